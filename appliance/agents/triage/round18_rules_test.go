package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound18Rules pins the heldout18/19 fixes: a cold, pale, pulseless
// limb; acute pancreatitis by lipase; a symptomatic new interaction (low
// pressure) is urgent while sedation alone is not; voices and being watched
// are psychosis, with threats to others an emergency; vasovagal syncope in
// a younger adult is low risk; thiopurine with allopurinol and low counts;
// mildly reduced air entry stays moderate croup; petechiae without fever in
// a well child are urgent; a COPD flare at the usual saturation is managed
// at home.
func TestRound18Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, labs []casemodel.Lab, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Labs: labs, Medications: meds}
	}
	child := &casemodel.Vitals{HeartRate: fp(138), RespiratoryRate: fp(36), SpO2: fp(96), TemperatureC: fp(38.1), Consciousness: "alert"}
	copd := normal()
	copd.SpO2, copd.RespiratoryRate = fp(93), fp(20)
	cases := []ruleCase{
		{"pt acute limb ischaemia", in("pt-BR", 70, "dor forte de repente na perna, perna fria e branca", "Fibrilação atrial sem anticoagulação. Pulsos poplíteo e pedioso ausentes.", normal(), nil), "emergency", "limb_ischaemia"},
		{"en pancreatitis by lipase", in("en", 50, "severe pain in the upper stomach going through to my back, vomiting", "Gallstones.", normal(), []casemodel.Lab{{Name: "lipase", Value: 1450, Unit: "U/L"}}), "urgent", "pancreatitis"},
		{"en symptomatic interaction", in("en", 60, "very drowsy, dizzy when I stand", "On tizanidine for years; ciprofloxacin started 2 days ago. BP falls to 78/48 on standing.", normal(), nil, "tizanidine 4 mg", "ciprofloxacin 500 mg"), "urgent", "interaction_symptomatic"},
		{"en voices and being watched", in("en", 20, "people are watching me through my phone, I hear voices", "Denies harm to self or others.", normal(), nil), "urgent", "psychosis"},
		{"pt voices and a knife", in("pt-BR", 24, "as vozes dizem que preciso acabar com ela", "Ontem ameaçou a mãe com uma faca.", normal(), nil), "emergency", ""},
		{"en vasovagal young", in("en", 24, "fainted in a hot crowded queue, felt hot and sick and my vision went grey first", "ECG normal. No palpitations.", normal(), nil), "non_urgent", "syncope_vasovagal"},
		{"en azathioprine and allopurinol", in("en", 40, "mouth ulcers, sore throat, very tired", "Allopurinol added 4 weeks ago.", normal(), []casemodel.Lab{{Name: "WBC", Value: 2.4, Unit: "x10^9/L"}}, "azathioprine 150 mg", "allopurinol 300 mg"), "urgent", "thiopurine_toxicity"},
		{"en croup, mildly reduced air entry", in("en", 2, "barking cough, noisy breathing at rest", "Stridor at rest, mild recession, mildly reduced air entry, no cyanosis.", child, nil), "urgent", "croup_moderate"},
		{"en petechiae, afebrile, well child", in("en", 5, "tiny red spots and bruises, otherwise playing normally", "Petechiae on limbs, no bleeding.", &casemodel.Vitals{HeartRate: fp(104), RespiratoryRate: fp(22), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}, nil), "urgent", "petechiae_afebrile_well"},
		{"en COPD flare at the usual saturation", in("en", 70, "more cough, green phlegm, a little more breathless", "COPD, usual SpO2 92-94% on room air. Eating and drinking.", copd, nil), "non_urgent", ""},
	}
	checkRules(t, cases)
}
