package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound32Rules pins the heldout32 fixes: green vomit in a baby is an
// emergency; an infected diabetic foot ulcer, an infected caesarean wound
// with fever and sudden hearing loss are urgent; "seizure-free" is no
// seizure; phenytoin toxicity after fluconazole (slurred speech and
// ataxia over days) is urgent, not a stroke call.
func TestRound32Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	baby := &casemodel.Vitals{HeartRate: fp(150), RespiratoryRate: fp(40), SpO2: fp(98), TemperatureC: fp(36.9), Consciousness: "alert"}
	febrile := normal()
	febrile.TemperatureC = fp(38.3)
	febrile.HeartRate = fp(104)
	cases := []ruleCase{
		{"en bilious vomiting newborn", in("en", 0, "baby keeps being sick and the sick is bright green", "9-day-old, feeding well until today.", baby), "emergency", "bilious_vomiting_child"},
		{"pt bilious vomiting", in("pt-BR", 0, "bebê vomitando verde desde cedo", "Recém-nascido de 12 dias.", baby), "emergency", "bilious_vomiting_child"},
		{"en diabetic foot infection", in("en", 64, "sore on the bottom of my foot that won't heal, now the front of the foot is red and swollen", "Type 2 diabetes. Ulcer under the first metatarsal head, pus draining, probe reaches bone.", normal(), "metformin 1000 mg twice daily"), "urgent", "diabetic_foot_infection"},
		{"pt caesarean wound infection", in("pt-BR", 27, "o corte da cesárea ficou vermelho e está saindo pus, tive febre", "Puérpera, cesariana há 7 dias.", febrile), "urgent", "wound_infection"},
		{"en sudden hearing loss", in("en", 46, "woke up yesterday and can barely hear out of my left ear", "Otoscopy normal, Weber to the right.", normal()), "urgent", "sudden_hearing_loss"},
		{"en phenytoin toxicity", in("en", 58, "everything is doubled and my speech sounds thick, unsteady", "Epilepsy, seizure-free on phenytoin for 6 years. Fluconazole started 8 days ago. Nystagmus, broad-based gait, dysarthria. No limb weakness.", normal(), "phenytoin 300 mg daily", "fluconazole 200 mg daily"), "urgent", ""},
	}
	checkRules(t, cases)
}
