package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestLayWordingRules pins the red-flag rules reached through lay wording
// (testdata/heldout4.jsonl blind run) and the negated forms that must not
// fire them.
func TestLayWordingRules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	}
	pt := func(age int, sym, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age)}, Language: "pt-BR", Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	en := func(age int, sym, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age)}, Language: "en", Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	cases := []ruleCase{
		{"pt chest tightness, breathless, cold sweat", pt(60, "peito apertado, falta de ar, suando frio", "", nil), "emergency", "acs_features"},
		{"en can't catch breath, heavy chest", en(64, "can't catch my breath and my chest feels heavy", "", nil), "emergency", "acs_features"},
		{"pt negated chest pain and dyspnoea", pt(45, "tosse seca há 5 dias", "Nega falta de ar, sem dor no peito.", normal()), "non_urgent", ""},
		{"en passed out with palpitations", en(50, "passed out after my heart was pounding", "", normal()), "emergency", "syncope_high_risk"},
		{"pt boca torta, fala enrolada", pt(70, "boca torta e fala enrolada", "", nil), "emergency", "stroke_befast"},
		{"pt seizure that does not stop", pt(9, "não para de convulsionar", "", nil), "emergency", "status_epilepticus"},
		{"en fit that won't stop", en(3, "fit that won't stop", "", nil), "emergency", "status_epilepticus"},
		{"en lips going blue", en(5, "lips going blue and struggling to breathe", "", nil), "emergency", "respiratory_distress_severe"},
		{"pt child ribs sucking in", pt(2, "cansaço pra respirar, costelas afundando", "", nil), "emergency", "respiratory_distress_severe"},
		{"en negated blue lips", en(30, "mild cough", "No blue lips, not short of breath.", normal()), "non_urgent", ""},
		{"pt massive haemoptysis", pt(58, "tossindo sangue vivo, bastante", "", nil), "emergency", "massive_haemoptysis"},
		{"en small haemoptysis stays urgent", en(58, "coughed up a streak of blood", "", normal()), "urgent", "haemoptysis"},
		{"pt haematemesis in cirrhosis", pt(50, "vomitando sangue", "Cirrose hepática.", nil), "emergency", "gi_bleed_unstable"},
		{"en black poo, stable", en(50, "black tarry poo", "", normal()), "urgent", "gi_bleed"},
		{"pt negated melaena", pt(60, "consulta de rotina", "Sem fezes pretas, sem sangue nas fezes.", normal()), "routine", ""},
		{"en DKA in words", en(19, "type 1 diabetic, meter says HI, puking", "", nil), "emergency", "dka_suspected"},
		{"pt DKA in words", pt(19, "diabético tipo 1, glicemia alta, respiração funda e rápida", "", nil), "emergency", "dka_suspected"},
		{"en high sugar alone is same-day", en(55, "type 2 diabetic, sugars really high this week", "", normal()), "urgent", "hyperglycaemia_reported"},
		{"pt whole blister of tablets", pt(22, "tomou a cartela toda de clonazepam", "", normal()), "emergency", "overdose"},
		{"pt purple spots and fever in a child", pt(1, "febre alta e manchinhas roxas", "", nil), "emergency", "meningococcal"},
		{"en pyelonephritis in lay words", en(34, "burning when i pee, pain in my side under the ribs, fever", "", &casemodel.Vitals{HeartRate: fp(98), SystolicBP: fp(122), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(38.6), Consciousness: "alert"}), "urgent", "pyelonephritis"},
		{"pt appendicitis in lay words", pt(20, "dor na barriga do lado direito embaixo, começou no umbigo", "", normal()), "urgent", "appendicitis"},
		{"pt calf swelling after a bus trip", pt(55, "batata da perna inchada e vermelha depois de viagem longa de ônibus", "", normal()), "urgent", ""},
		{"pt testicular pain in lay words", pt(15, "dor muito forte no saco de repente", "", normal()), "emergency", "testicular_torsion"},
		// NICE NG126: spotting with mild pain, normal observations → same day, not emergency.
		{"en early pregnancy spotting, stable", casemodel.Input{Patient: &casemodel.Patient{Age: i(30), Sex: "female"}, Symptoms: "some spotting and mild tummy cramps", ClinicalNotes: "7 weeks pregnant. No dizziness.", Vitals: normal()}, "urgent", "pregnancy_bleeding"},
		{"en early pregnancy bleeding, no observations", casemodel.Input{Patient: &casemodel.Patient{Age: i(30), Sex: "female"}, Symptoms: "bleeding down below and tummy pain", ClinicalNotes: "7 weeks pregnant."}, "emergency", "ectopic"},
	}
	checkRules(t, cases)
}
