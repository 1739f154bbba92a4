package triage

import (
	"regexp"
	"strconv"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Altitude illness, as trek doctors and travel clinics see it: acute
// mountain sickness is graded by the Lake Louise score, and any ataxia
// or confusion at altitude is high-altitude cerebral oedema (Wilderness
// Medical Society 2024 clinical practice guidelines; 2018 Lake Louise
// AMS score). Low saturations expected at the altitude are left out of
// the physiology score (altitudeSpO2 in triage.go).

var (
	amsRx        = regexp.MustCompile(`\b(acute mountain sickness|mountain sickness|altitude sickness|\bams\b|mal (da|de) montanha|mal de altitude|soroche|lake louise)\b`)
	lakeLouiseRx = regexp.MustCompile(`\blake louise( score| ams score)?( of| de)? (\d{1,2})\b|\b(escore|pontuacao) (de )?lake louise( de)? (\d{1,2})\b`)
	haceRx       = regexp.MustCompile(`\b(hace|high.altitude cerebral (o)?edema|edema cerebral (de|da) (grande )?altitude)\b`)
)

// atAltitude: the case is told at 2,500 m or more, or as altitude illness.
func atAltitude(c *clinical.Case, t string) bool {
	if amsRx.MatchString(t) || haceRx.MatchString(t) {
		return true
	}
	if !altitudeWordRx.MatchString(t) && !altitudeFlewRx.MatchString(t) {
		return false
	}
	return highestAltitude(t) >= 2500
}

var altitudeFlewRx = regexp.MustCompile(`\b(chegou a|arrived at|flew (in )?to|voou para|subiu a|reached)\b`)

func (a *assessor) altitudeIllness() {
	c := a.c
	t := clinical.Fold(c.Text)
	if !atAltitude(c, t) {
		return
	}
	// High-altitude cerebral oedema: ataxia or confusion at altitude —
	// descend now, oxygen and dexamethasone (WMS 2024).
	if haceRx.MatchString(t) && !c.Denied("ataxia") || (c.Has("headache") || amsRx.MatchString(t)) && (c.HasAny("ataxia", "confusion", "drowsy") || Altered(c)) {
		a.flag(Emergency, "presentation", "hace", clinical.T("ataxia or confusion at altitude: high-altitude cerebral oedema, descend now with oxygen and dexamethasone (WMS 2024)", "ataxia ou confusão na altitude: edema cerebral de altitude, descer já com oxigênio e dexametasona (WMS 2024)"))
		return
	}
	if !c.Has("headache") && !amsRx.MatchString(t) {
		return
	}
	// Acute mountain sickness: headache after a recent ascent with
	// nausea, fatigue, dizziness or poor sleep. Severe (Lake Louise 6 or
	// more, or repeated vomiting): stop ascending or descend, oxygen,
	// dexamethasone, seen the same day; mild: rest at the same altitude
	// and simple analgesia (WMS 2024).
	score := 0
	if m := lakeLouiseRx.FindStringSubmatch(t); m != nil {
		for _, g := range []string{m[3], m[6]} {
			if v, err := strconv.Atoi(g); err == nil {
				score = v
			}
		}
	}
	severe := score >= 6 || affirmedMatch(repeatedVomitRx, t) || c.Has("vomiting") && c.Severity >= 7
	if severe {
		a.flag(Urgent, "presentation", "ams_severe", clinical.T("severe acute mountain sickness: stop the ascent or descend, oxygen and dexamethasone, same-day review (WMS 2024)", "mal agudo da montanha grave: interromper a subida ou descer, oxigênio e dexametasona, avaliação no mesmo dia (WMS 2024)"))
	} else if c.Has("headache") {
		a.flag(NonUrgent, "presentation", "ams_mild", clinical.T("mild acute mountain sickness: rest at the same altitude, fluids and simple analgesia, descend if worse (WMS 2024)", "mal agudo da montanha leve: repouso na mesma altitude, hidratação e analgesia simples, descer se piorar (WMS 2024)"))
	}
}

var repeatedVomitRx = regexp.MustCompile(`\b(repeated|persistent|recurrent|several times|multiple times|keeps) (\w+ )?vomit\w*|vomit\w* (\w+ ){0,2}(repeatedly|several times|all night|non.?stop)|vomitos? (repetid\w*|persistentes|incoercive\w*)|vomitou (\w+ ){0,2}vezes\b`)
