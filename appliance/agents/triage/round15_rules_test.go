package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound15Rules pins the heldout15 fixes: a Portuguese paracetamol
// overdose in tablets or grams is an overdose; chest "pressure in the
// middle of my chest" is chest pain; moderate croup (stridor at rest, good
// air entry) is urgent, with cyanosis or poor air entry an emergency;
// diplopia and ataxia on carbamazepine are toxicity, not a stroke call;
// follow-ups, renewals and weight-loss help are routine.
func TestRound15Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	child := &casemodel.Vitals{HeartRate: fp(136), RespiratoryRate: fp(36), SpO2: fp(95), TemperatureC: fp(37.9), Consciousness: "alert"}
	cases := []ruleCase{
		{"pt paracetamol overdose", in("pt-BR", 22, "tomei um monte de comprimidos de paracetamol, estou enjoada", "Ingeriu cerca de 40 comprimidos de paracetamol 500 mg há 3 horas. Queria sumir.", normal()), "emergency", "overdose"},
		{"en crescendo angina pain-free", in("en", 58, "pressure in the middle of my chest walking up the hill, went away with rest", "Pain-free now. ECG: no ST changes.", normal()), "urgent", ""},
		{"pt moderate croup", in("pt-BR", 2, "tosse de cachorro, barulho ao respirar", "Estridor audível em repouso, tiragem subcostal moderada, entrada de ar normal, sem cianose.", child), "urgent", "croup_moderate"},
		{"pt severe croup", in("pt-BR", 2, "tosse ladrante, muito cansado", "Estridor em repouso, entrada de ar diminuída, cianose labial.", child), "emergency", ""},
		{"pt carbamazepine toxicity", in("pt-BR", 40, "tontura, visão dupla, andando cambaleando", "Epilepsia em uso de carbamazepina; iniciou claritromicina há 4 dias. Nistagmo e ataxia.", normal(), "carbamazepina 400 mg", "claritromicina 500 mg"), "urgent", "antiepileptic_toxicity"},
		{"en follow-up of results", in("en", 50, "follow-up of blood sugar results, no symptoms", "BMI 31.", normal()), "routine", ""},
		{"en prescriptions renewed", in("en", 60, "need my prescriptions renewed", "Feels well.", normal()), "routine", ""},
		{"en weight loss help", in("en", 40, "wants help losing weight", "BMI 36, no symptoms.", normal()), "routine", ""},
	}
	checkRules(t, cases)
}
