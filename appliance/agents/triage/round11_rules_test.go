package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound11Rules pins the heldout11 fixes: HINTS-central vertigo is a
// posterior stroke; Bell's palsy (forehead involved) is not a stroke call
// and its drooling is not a deep neck infection; stridor only when crying
// is mild croup; a typical seizure in known epilepsy, recovered, is not
// urgent; chronic back pain with retention is not cauda equina; suspected
// ACS pain-free now with no acute ECG change is urgent (NICE CG95);
// pleuritic pain in a chest infection is left to CURB-65; digoxin without
// a heart rate is no bradycardia; light painless bleeding with a confirmed
// intrauterine pregnancy is a threatened miscarriage; face-and-neck
// petechiae after vomiting in an afebrile child are not a NICE red feature;
// "hardly moved" is reduced fetal movements.
func TestRound11Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sex, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	cases := []ruleCase{
		{"en HINTS central", in("en", 60, "male", "sudden room spinning, vomiting", "Head impulse test normal, direction-changing nystagmus, skew deviation.", normal()), "emergency", "posterior_stroke"},
		{"en vertigo, can't walk", in("en", 66, "female", "sudden vertigo, can't walk straight", "Cannot stand unaided.", normal()), "emergency", "posterior_stroke"},
		{"en Bell's palsy", in("en", 45, "female", "right face drooping, drooling", "Unable to raise right eyebrow or wrinkle the forehead. No arm weakness, speech clear.", normal()), "non_urgent", "bells_palsy"},
		{"en facial droop sparing forehead", in("en", 70, "male", "face drooping on the left", "Forehead spared. Started 1 hour ago.", normal()), "emergency", "stroke_befast"},
		{"en mild croup", in("en", 3, "male", "barking cough, hoarse voice", "Stridor only when he cries, none at rest. Playing.", &casemodel.Vitals{SpO2: fp(98)}), "non_urgent|urgent", ""},
		{"en stridor at rest", in("en", 3, "male", "barking cough", "Stridor at rest, drooling.", &casemodel.Vitals{SpO2: fp(95)}), "emergency", "airway"},
		{"en typical seizure, known epilepsy", in("en", 32, "male", "had one of his usual seizures, now back to normal", "Known epilepsy. Missed a dose. No head strike.", normal()), "non_urgent", "seizure_typical_epilepsy"},
		{"en first seizure", in("en", 32, "male", "had a seizure at work, now back to normal", "No previous seizures.", normal()), "urgent", ""},
		{"pt retention with chronic back pain", in("pt-BR", 70, "male", "não consegue urinar desde ontem", "Lombalgia crônica. Globo vesical palpável.", normal()), "urgent", "urinary_retention"},
		{"pt ACS pain-free, ECG no acute change", in("pt-BR", 64, "male", "dor no peito em aperto aos esforços, ontem teve dor em repouso", "No momento sem dor. ECG sem supra ou infra de ST novos.", normal()), "urgent", "acs_pain_free"},
		{"pt ACS with pain now", in("pt-BR", 64, "male", "dor no peito em aperto aos esforços há 1 hora, irradiando para o braço", "ECG sem supra.", normal()), "emergency", ""},
		{"en pleuritic pain in pneumonia", in("en", 35, "male", "cough with green phlegm, fever, chest pain when breathing in", "Crackles right base.", normal()), "non_urgent", ""},
		{"en digoxin, no vitals, no symptoms", in("en", 74, "female", "here for cholesterol results", "No nausea, no visual disturbance.", nil, "digoxin 125 mcg", "amiodarone 200 mg"), "routine|non_urgent", ""},
		{"pt threatened miscarriage", in("pt-BR", 28, "female", "sangramento vaginal pequeno, sem cólica", "IG 9 semanas. USG: gestação tópica, embrião com BCF presente.", normal()), "non_urgent", "threatened_miscarriage"},
		{"en reduced fetal movements", in("en", 30, "female", "baby has hardly moved since last evening", "36 weeks pregnant.", normal()), "urgent", "reduced_fetal_movements"},
	}
	checkRules(t, cases)
	// SVC petechiae after vomiting in an afebrile toddler stay urgent (for
	// the dehydration), not emergency.
	tod := in("pt-BR", 1, "female", "diarreia e vômitos, pouco xixi", "Olhos fundos, mucosas secas. Petéquias finas em face e pescoço surgidas após os vômitos; tronco sem lesões. Afebril.",
		&casemodel.Vitals{HeartRate: fp(150), RespiratoryRate: fp(32), SpO2: fp(98), TemperatureC: fp(37.4), Consciousness: "alert"})
	checkRules(t, []ruleCase{{"pt SVC petechiae after vomiting", tod, "urgent", ""}})
	fev := tod
	fev.Vitals = &casemodel.Vitals{HeartRate: fp(160), RespiratoryRate: fp(34), SpO2: fp(98), TemperatureC: fp(39.1), Consciousness: "alert"}
	checkRules(t, []ruleCase{{"pt petechiae with fever", fev, "emergency", "nice_red"}})
}
