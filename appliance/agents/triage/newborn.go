package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// The first 28 days of life, as midwives, health visitors and newborn
// clinics see them: what needs a paediatrician today, what is referred
// within days, and the normal newborn findings a worried parent brings,
// which need reassurance only. Fever, poor feeding, breathing and
// colour are graded with the physiology and the NICE traffic lights.

var (
	// sticky eyes that are swollen, pouring pus or stained positive in
	// the first weeks: ophthalmia neonatorum (gonococcal or chlamydial)
	ophthalmiaRx        = regexp.MustCompile(`\b(eyes? (\w+ ){0,3}swollen shut|(copious|thick|profuse) (\w+ )?(purulent|yellow|green) (\w+ )?(discharge|pus)|purulent (eye )?discharge (\w+ ){0,6}(re.?accumulat\w*|returns|within minutes)|chemosis|gram.negative (intracellular )?diplococci|ophthalmia neonatorum|conjuntivite neonatal|olhos? (\w+ ){0,3}(inchados?|fechados?) (\w+ ){0,3}(pus|secrecao purulenta)|secrecao purulenta (abundante|intensa))\b`)
	ddhRx               = regexp.MustCompile(`\b(ortolani|barlow)( (test|sign|manoeuvre|maneuver))? (is |was )?(positive|\+)|(positive|\+) (ortolani|barlow)|(developmental )?dysplasia of the hip|\bddh\b|clunk (\w+ ){0,3}hip|displasia (do desenvolvimento )?do quadril|manobra de (ortolani|barlow) positiva\b`)
	firstDayRx          = regexp.MustCompile(`\b([1-9]|1\d|2[0-3]) ?(hours?|hrs?|h|horas) (old|of age|de vida)\b|\b(first|primeiras) 24 ?(hours|h|horas)|\bday (0|1) of life\b|\bnas primeiras 24 horas\b`)
	prolongedJaundiceRx = regexp.MustCompile(`\b(at|still (\w+ ){0,2}at|beyond|after|past|over) (1[4-9]|2\d) days|prolonged (neonatal )?jaundice|ictericia prolongada|(1[4-9]|2\d) dias de vida\b`)
	// normal newborn findings parents bring: skin, breathing noises,
	// stools, spitting up and sleep
	newbornBenignRx = regexp.MustCompile(`\b((baby|neonatal|infantile) acne|(pimples|spots|white spots|papules) on (the |his |her )?(face|cheeks?|nose|forehead)|(espinhas|pontinhos brancos) (no|na|nas|nos) (rosto|nariz|bochechas)|milia|neonatal cephalic pustulosis|stork (mark|bite)s?|salmon patch\w*|mongolian (spot|blue)|(slate.grey|blue) spots?|congenital dermal melanocytosis|erythema toxicum|hiccups?|sneez\w*|snuffl\w*|(seedy|mustard.yellow|mustard) (\w+ )?(stools?|poos?|poo)|regurgit\w*|possett?\w*|spit(ting)? up|golfad\w*|safe sleep|sono seguro|sleeps? (most|a lot|\d+)|soluco\w*|espirr\w*|(mancha|manchas) (mongolica|salmao)|primeira consulta do recem.nascido|first (newborn|baby) (check|visit)|newborn (check|visit|review))\b`)
	thrivingRx      = regexp.MustCompile(`\b(feeding (well|vigorously)|gaining( \d+ ?g)?|gaining weight|back (above|to|over) birth ?weight|(plenty|lots) of (wet|dirty) nappies|wet nappies|thriving|alert and active|contented|mamando bem|ganhando( \d+ ?g)? ?(peso|por dia)?|aleitamento materno exclusivo|fraldas molhadas|tranquil[oa]|ativ[oa])\b`)
	newbornRedRx    = regexp.MustCompile(`\b(bilious|green vomit|projectile|blood|apnoea|apnea|pauses? in (her |his )?breathing|blue|cyanos\w*|grunting|floppy|lethargic|hard to wake|not feeding|poor feeding|seizure|fever|verde|sangue|apneia|roxo|cianose|gemencia|moleza|nao mama)\b`)
)

var screenPositiveRx = regexp.MustCompile(`\b(teste do pezinho (alterado|positivo)|triagem neonatal (alterada|positiva)|(positive|abnormal) (newborn )?(blood.?spot|heel.?prick|newborn) (screen\w*|test|result)|(newborn|heel.?prick|blood.?spot) screen\w* (\w+ )?(positive|abnormal))\b`)

// newborn: a baby in the first 28 days (and a little beyond, as the age
// is told in years). An age of 0 covers the whole first year, so the text
// must place the baby in its first weeks.
func newborn(c *clinical.Case) bool {
	return c.IsChild() && c.AgeOr(1) < 0.085 && newbornAgeRx.MatchString(clinical.Fold(c.Text))
}

var newbornAgeRx = regexp.MustCompile(`\b(([1-9]|[1-3]\d)[- ]?days?[- ]old|([1-9]|[1-3]\d) dias de vida|(recem.nascid[oa]|rn) (de|com) ([1-9]|[1-3]\d) dias|([1-9]|1\d|2[0-3]|[1-9]\d) ?(hours?|hrs?|h|horas) (old|of age|de vida)|[1-4][- ]?weeks?[- ]old|[1-4] semanas de vida|neonate|newborn (check|examination|exam|baby|visit|review)|recem.nascid[oa])\b`)

func (a *assessor) newbornChecks() {
	c := a.c
	if !newborn(c) {
		return
	}
	t := clinical.Fold(c.Text)
	temp, hasT := val(c.Vitals.TemperatureC)
	// Swollen eyelids with pus that returns within minutes in the first
	// weeks is ophthalmia neonatorum (gonococcal until shown otherwise):
	// same-day systemic antibiotics (WHO 2016; NICE CKS conjunctivitis).
	if affirmedMatch(ophthalmiaRx, t) {
		a.flag(Urgent, "presentation", "ophthalmia_neonatorum", clinical.T("purulent conjunctivitis in a newborn (ophthalmia neonatorum): swabs and same-day systemic antibiotics, the parents treated too (WHO 2016)", "conjuntivite purulenta no recém-nascido (oftalmia neonatal): swabs e antibiótico sistêmico no mesmo dia, tratar também os pais (OMS 2016)"))
	}
	// An unstable hip at the newborn check: ultrasound and paediatric
	// orthopaedic review within two weeks (NIPE; NICE CKS DDH).
	if affirmedMatch(ddhRx, t) {
		a.flag(NonUrgent, "presentation", "unstable_hip_newborn", clinical.T("unstable hip at the newborn examination (Ortolani or Barlow positive): hip ultrasound and orthopaedic review within two weeks (NIPE)", "quadril instável no exame do recém-nascido (Ortolani ou Barlow positivo): ultrassom do quadril e ortopedia em até duas semanas"))
	}
	if c.Has("jaundice") && !c.Denied("jaundice") && !c.Passing("jaundice") {
		switch {
		// Jaundice in the first 24 hours is pathological (haemolysis,
		// infection): bilirubin within 2 hours (NICE CG98).
		case affirmedMatch(firstDayRx, t):
			a.flag(Urgent, "presentation", "jaundice_first_day", clinical.T("jaundice in the first 24 hours of life: bilirubin within 2 hours and same-day paediatric review (NICE CG98)", "icterícia nas primeiras 24 horas de vida: bilirrubina em até 2 horas e avaliação pediátrica no mesmo dia (NICE CG98)"))
		// Jaundice beyond 14 days with normal stools in a thriving baby:
		// the prolonged-jaundice screen within days (NICE CG98).
		case prolongedJaundiceRx.MatchString(t) && !c.Has("acholic_stools") && !darkUrineRx.MatchString(t):
			a.flag(NonUrgent, "presentation", "prolonged_jaundice", clinical.T("jaundice beyond 14 days with normal stools and urine: prolonged-jaundice screen (split bilirubin) within days (NICE CG98)", "icterícia após 14 dias com fezes e urina normais: investigação de icterícia prolongada em poucos dias (NICE CG98)"))
		// Any other visible jaundice in a baby over 24 hours old: a
		// bilirubin within 6 hours, plotted on the treatment chart (NICE
		// CG98).
		default:
			a.flag(Urgent, "presentation", "newborn_jaundice", clinical.T("visible jaundice in a newborn: bilirubin within 6 hours and plotted on the treatment-threshold chart (NICE CG98)", "icterícia visível no recém-nascido: bilirrubina em até 6 horas, comparada ao gráfico de limiar de tratamento (NICE CG98)"))
		}
	}
	// A positive newborn blood-spot screen (a raised TSH, "teste do pezinho
	// alterado") is confirmed and treated the same day: thyroxine before
	// two weeks of age protects development (ESPE 2020 congenital
	// hypothyroidism; Ministério da Saúde triagem neonatal).
	if tsh, ok := c.LabValue("tsh"); ok && tsh > 20 || affirmedMatch(screenPositiveRx, t) {
		a.flag(Urgent, "lab", "newborn_screen_positive", clinical.T("positive newborn blood-spot screen (e.g. a raised TSH): same-day confirmatory tests and treatment (ESPE 2020)", "teste do pezinho alterado (por exemplo TSH elevado): exames confirmatórios e tratamento no mesmo dia (ESPE 2020)"))
	}
	// Normal newborn findings in a baby who is feeding and gaining, with
	// no fever or red flag: reassurance and advice at the routine checks
	// (NICE CG37 postnatal care; NICE NG194).
	if a.level == Routine && newbornBenignRx.MatchString(t) && thrivingRx.MatchString(t) && !affirmedMatch(newbornRedRx, t) &&
		!(hasT && (temp >= 38 || temp < 36)) && !c.HasAny("jaundice", "omphalitis", "dehydration", "bilious_vomiting", "ill_appearing") {
		a.flag(Routine, "context", "newborn_normal", clinical.T("normal newborn findings in a baby who is feeding and gaining: reassurance and advice at the routine checks (NICE CG37)", "achados normais do recém-nascido em bebê que mama e ganha peso: tranquilizar e orientar nas consultas de rotina"))
	}
}
