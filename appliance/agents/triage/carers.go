package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// infectedWoundRx: pus or spreading redness around a wound.
var infectedWoundRx = regexp.MustCompile(`\b(pus|purulent|foul|offensive|(spreading|surrounding) redness|secrecao purulenta|fetid\w*|mau cheiro)\b`)

// What carers notice in people who cannot say what is wrong (a learning
// disability, autism, advanced dementia): bruises with the pattern of
// inflicted injury, a pressure ulcer down to bone, a gastrostomy that
// has come out. Sources are in each comment.

func (a *assessor) carersConcerns() {
	c := a.c
	U := Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	// Bruises on the ears or neck, fingertip or grip marks, bites, or
	// bruises of different ages suggest maltreatment: same-day
	// safeguarding assessment (NICE CG89 child maltreatment; Care Act
	// 2014 safeguarding adults).
	if c.Has("abuse_pattern") {
		fl(U, "suspected_abuse", "bruises with a pattern of inflicted injury: same-day safeguarding assessment and medical examination (NICE CG89)", "hematomas com padrão de lesão infligida: avaliação de proteção e exame médico no mesmo dia")
	}
	// A category 4 pressure ulcer, or one with bone showing, with pus,
	// spreading redness or fever is an ulcer with osteomyelitis or
	// spreading infection until shown otherwise: same-day assessment
	// (NICE CG179; NICE NG15 osteomyelitis).
	if c.Has("pressure_ulcer_severe") && (c.HasAny("fever", "cellulitis", "wound_infection") || infectedWoundRx.MatchString(clinical.Fold(c.Text)) || feverOnChart(c)) {
		fl(U, "pressure_ulcer_infected", "deep pressure ulcer with infection: same-day assessment for osteomyelitis and sepsis (NICE CG179)", "lesão por pressão profunda infectada: avaliação no mesmo dia para osteomielite e sepse")
	}
	// A gastrostomy out of its tract closes within hours, and feeds and
	// medicines stop: reinsert or place a catheter to keep the tract open
	// the same day (NPSA 2010; BSG/BAPEN guidance on gastrostomy care).
	if c.Has("gastrostomy_out") {
		fl(U, "gastrostomy_dislodged", "gastrostomy out of its tract: keep the tract open and replace it within hours, feeds and medicines depend on it", "gastrostomia fora do trajeto: manter o trajeto aberto e recolocar em poucas horas, dieta e medicamentos dependem dela")
	}
}
