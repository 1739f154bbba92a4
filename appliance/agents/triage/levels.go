// Package triage is the first agent: it sets the urgency of a case from
// published criteria (NEWS2, qSOFA, shock index, NICE sepsis and paediatric
// fever traffic lights, red-flag presentations, age and pregnancy modifiers),
// shows the scores and red flags it used, errs towards safety when data is
// missing and routes the case to the contract's specialties.
package triage

import "github.com/agnomedical/agno/appliance/agents/clinical"

// Urgency levels, most urgent last so that max() is "safest".
const (
	Routine = iota
	NonUrgent
	Urgent
	Emergency
)

var levelNames = []string{"routine", "non_urgent", "urgent", "emergency"}

// LevelName returns the contract name of a level.
func LevelName(l int) string {
	if l < 0 || l >= len(levelNames) {
		return "urgent"
	}
	return levelNames[l]
}

// LevelOf parses a contract urgency name (-1 when unknown).
func LevelOf(s string) int {
	for i, n := range levelNames {
		if n == s {
			return i
		}
	}
	return -1
}

// LevelText is the localised label of a level.
func LevelText(l int) clinical.Text {
	switch l {
	case Emergency:
		return clinical.T("emergency (immediate assessment)", "emergência (avaliação imediata)")
	case Urgent:
		return clinical.T("urgent (same-day assessment)", "urgente (avaliação no mesmo dia)")
	case NonUrgent:
		return clinical.T("non-urgent (assessment within 24-48 hours)", "não urgente (avaliação em 24-48 horas)")
	}
	return clinical.T("routine (scheduled appointment)", "rotina (consulta agendada)")
}
