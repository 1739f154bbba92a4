package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// infectedWoundRx: pus or spreading redness around a wound.
var infectedWoundRx = regexp.MustCompile(`\b(pus|purulent|foul|offensive|(spreading|surrounding) redness|secrecao purulenta|fetid\w*|mau cheiro)\b`)

// cloudyUrineRx: urine that looks or smells off; fallsReviewRx: a falls
// review asked for; ulcerHealingRx and plannedDressingRx: a wound getting
// smaller at its scheduled dressings
var (
	cloudyUrineRx     = regexp.MustCompile(`\b(cloudy|smelly|foul.smelling|strong.smelling|sediment|debris|turva|turvo|cheiro forte|mau cheiro|cheirando forte|grumos)\b`)
	fallsReviewRx     = regexp.MustCompile(`\b(falls? (risk )?(review|assessment|clinic|referral|prevention)|avaliacao (multifatorial )?de (risco de )?quedas?|prevencao de quedas)\b`)
	ulcerHealingRx    = regexp.MustCompile(`\b(healing|smaller|reduced|reducing|shrinking|granulat\w*|epitheliali[sz]\w*|cicatriz\w*|reduziu|diminuiu|diminuindo|menor|granulacao|epitelizac\w*)\b`)
	plannedDressingRx = regexp.MustCompile(`\b((weekly|planned|scheduled|routine|twice.weekly) (\w+ ){0,3}(dressings?|wound care|visits?)|(dressings?|curativos?) (\w+ ){0,2}(weekly|semana\w*|programad\w*|de rotina)|(curativo|visita) (\w+ ){0,2}semanal|semanal (\w+ ){0,3}(curativo|visita))\b`)
)

// What carers notice in people who cannot say what is wrong (a learning
// disability, autism, advanced dementia): bruises with the pattern of
// inflicted injury, a pressure ulcer down to bone, a gastrostomy that
// has come out. Sources are in each comment.

func (a *assessor) carersConcerns() {
	c := a.c
	U := Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	t := clinical.Fold(c.Text)
	temp, hasT := val(c.Vitals.TemperatureC)
	febrile := c.Has("fever") && !c.Denied("fever") || hasT && temp >= 37.8
	// Cloudy or smelly urine in the bag of a long-term catheter, in
	// someone afebrile and well, is colonisation, not a catheter-
	// associated infection: no urine culture, no antibiotic, the planned
	// change stands (NICE NG113; SIGN 160).
	if c.Has("long_term_catheter") && affirmedMatch(cloudyUrineRx, t) && !febrile && onlyComplaints(Complaints(c), "uti_signs", "long_term_catheter") && !Altered(c) {
		fl(Routine, "catheter_cloudy_urine", "cloudy or smelly urine alone in a well, afebrile patient with a long-term catheter: not an infection, no antibiotic (NICE NG113)", "urina turva ou com cheiro na sonda de demora, sem febre e bem: não é infecção, sem antibiótico (NICE NG113)")
	}
	// A fall without harm, hours or a day ago, checked and observed, with
	// the person moving as usual, is followed by a multifactorial falls
	// assessment at a planned visit (NICE NG249; AGS/BGS); one explained
	// by dizziness on standing is a medicines review within days.
	if c.Has("fall") && c.DeniedSomewhere("injury") && affirmedMatch(fallsReviewRx, t) && !c.HasAny("head_injury", "syncope", "presyncope", "dizziness", "non_weight_bearing", "hip_fracture_sign", "fracture", "confusion", "bruising") &&
		!c.OnClass("anticoagulant") && !Altered(c) && !febrile {
		fl(Routine, "fall_without_harm", "a fall without injury, checked and observed, moving as usual: multifactorial falls assessment at a planned visit (NICE NG249)", "queda sem lesão, examinada e observada, deambulando como antes: avaliação multifatorial de quedas em consulta programada (NICE NG249)")
	}
	// A leg ulcer shrinking at its planned dressings, with no pus, smell,
	// spreading redness or fever, goes on with the plan (SIGN 120 venous
	// leg ulcers; NICE CKS).
	if c.Has("foot_ulcer") && affirmedMatch(ulcerHealingRx, t) && plannedDressingRx.MatchString(t) && !affirmedMatch(infectedWoundRx, t) && !febrile && !c.HasAny("cellulitis", "wound_infection", "limb_ischemia") {
		fl(Routine, "ulcer_healing", "a leg ulcer healing at its planned dressings, no sign of infection: continue the plan (SIGN 120)", "úlcera de perna cicatrizando nos curativos programados, sem sinal de infecção: manter o plano (SIGN 120)")
	}
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
