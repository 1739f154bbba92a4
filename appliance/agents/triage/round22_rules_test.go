package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound22Rules pins the heldout22 fixes: asking for help with alcohol
// dependence needs an assessment within days; a barking cough described in
// plain Portuguese is croup (moderate, not a threatened airway); an old scan
// "3 weeks ago for renal colic" is history; leg cramps are no abdominal
// pain; a stable PCOS follow-up and an asymptomatic incidental finding are
// routine.
func TestRound22Rules(t *testing.T) {
	adult := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(120), DiastolicBP: fp(76), TemperatureC: fp(36.6), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: adult()}
	}
	croup := casemodel.Input{Patient: &casemodel.Patient{Age: i(2), Sex: "male"}, Language: "pt-BR",
		Symptoms:      "tosse rouca parecendo latido de cachorro, barulho quando puxa o ar",
		ClinicalNotes: "Estridor audível em repouso, tiragem subcostal leve, boa entrada de ar, sem cianose. Consolável.",
		Vitals:        &casemodel.Vitals{HeartRate: fp(130), RespiratoryRate: fp(34), SpO2: fp(96), TemperatureC: fp(38), Consciousness: "alert"}}
	checkRules(t, []ruleCase{
		{"en wants to cut down drinking", in("en", 49, "I want to cut down on my drinking, my wife is worried", "8 beers a day for years. No tremor, no hallucinations. No suicidal thoughts."), "non_urgent", "alcohol_dependence"},
		{"pt quer parar de beber", in("pt-BR", 52, "quero parar de beber, bebo todo dia", "Sem tremores, sem alucinações."), "non_urgent", "alcohol_dependence"},
		{"pt croup in plain words", croup, "urgent", "croup_moderate"},
		{"en old scan for renal colic", in("en", 58, "a small spot was seen on my lung on a scan, I have no symptoms", "CT abdomen 3 weeks ago for renal colic incidentally showed a 4 mm nodule. Never smoker."), "routine", ""},
		{"en PCOS follow-up with leg cramps", in("en", 27, "PCOS follow-up, the extra hair is slowly getting better", "On spironolactone and metformin, taking a supplement for leg cramps. Feels well."), "routine", ""},
	})
}
