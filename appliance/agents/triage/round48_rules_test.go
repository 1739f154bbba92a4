package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound48Rules pins the heldout48 fixes: "took a bunch of Tylenol" and
// "swallowed about 30 of them" are overdoses (emergency however well the
// patient looks); a rash with mouth sores and peeling skin is SJS/TEN; a
// drug started "na sexta" is recently started, so a near-fall on an
// opioid with a benzodiazepine is a symptomatic interaction.
func TestRound48Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(88), SystolicBP: fp(118), DiastolicBP: fp(74), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	}
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	febrile := &casemodel.Vitals{HeartRate: fp(110), SystolicBP: fp(112), DiastolicBP: fp(70), RespiratoryRate: fp(20), SpO2: fp(97), TemperatureC: fp(38.5), Consciousness: "alert"}
	cases := []ruleCase{
		{"en took a bunch of tylenol", in("en", "male", 22, "I took a bunch of Tylenol last night, I feel fine now", "Says he swallowed about 25 of them after an argument.", normal()), "emergency", "overdose"},
		{"en SJS", in("en", "female", 34, "spreading rash, sores all over my mouth, sore red eyes", "Started allopurinol three weeks ago. Skin on her back is peeling where her clothes rub.", febrile), "emergency", "sjs_ten"},
		{"pt benzo opioid near fall", in("pt-BR", "male", 81, "muito sonolento, quase caiu no corredor", "Usa clonazepam 2 mg há anos. Na sexta o médico passou Tylex 30 mg de 6/6h e desde então dorme o dia todo.", normal(), "clonazepam 2 mg à noite", "Tylex 30 mg 6/6h"), "urgent", "interaction_symptomatic"},
	}
	checkRules(t, cases)
}
