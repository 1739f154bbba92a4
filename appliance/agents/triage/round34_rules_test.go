package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound34Rules pins the heldout34 fixes: a pulsatile mass with back
// pain and low pressure, and headache with papilloedema or a focal
// seizure, are emergencies; SVC obstruction, upper-limb DVT (not a stroke),
// measles and endocarditis (not a dissection) are urgent; swallowed blood
// after a nosebleed and a breath-holding spell are not; "mania de" is a
// habit and a normal QTc is a normal ECG.
func TestRound34Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	shocky := &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(108), DiastolicBP: fp(66), RespiratoryRate: fp(20), SpO2: fp(96), TemperatureC: fp(36.6), Consciousness: "alert"}
	febrile := normal()
	febrile.TemperatureC = fp(38.3)
	child := &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(98), DiastolicBP: fp(60), RespiratoryRate: fp(20), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}
	cases := []ruleCase{
		{"en leaking aneurysm", in("en", 74, "back pain going into my left groin, GP thinks sciatica", "Tender pulsatile mass left of the umbilicus, flank bruising.", shocky), "emergency", "aaa_symptomatic"},
		{"en raised icp", in("en", 29, "headache getting worse, worse lying down, my right hand was twitching on its own", "Bilateral papilloedema. On the combined pill.", normal()), "emergency", "raised_icp"},
		{"en svc obstruction", in("en", 64, "shirt collar feels tight, face puffy in the morning, cough", "Facial swelling, distended non-pulsatile neck veins, dilated collateral veins over the upper chest. No stridor.", normal()), "urgent", "svc_obstruction"},
		{"en upper limb dvt", in("en", 22, "right arm feels heavy and tight, the veins on my shoulder are sticking out and it's gone a bit blue", "Swimmer. Right arm 3 cm larger, dusky.", normal()), "urgent", "upper_limb_dvt"},
		{"en measles", in("en", 23, "bad cold, sore red eyes and a blotchy rash that started on my face", "Unvaccinated. Koplik spots.", febrile), "urgent", "measles_suspected"},
		{"en endocarditis", in("en", 68, "flu I can't shake off, sweats at night, achy lower back", "Biological aortic valve replacement. New early diastolic murmur. Splinter haemorrhages.", febrile), "urgent", "endocarditis_suspected"},
		{"pt swallowed blood", in("pt-BR", 6, "o menino vomitou sangue escuro hoje cedo, de madrugada o nariz sangrou", "Tem mania de cutucar o nariz. Sangramento nasal parou com compressão. Corado, ativo.", child), "non_urgent", "swallowed_blood_epistaxis"},
		{"pt breath holding", in("pt-BR", 1, "chorou muito de birra, perdeu o fôlego, ficou roxo e apagou", "Voltou ao normal brincando. ECG normal, QTc 410 ms.", child), "non_urgent", "breath_holding_spell"},
	}
	checkRules(t, cases)
}
