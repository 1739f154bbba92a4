package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound35Rules pins the heldout35 fixes: symptomatic bradycardia, a
// ruptured extensor tendon, jaundice with a prolonged INR and an AKI
// against a creatinine "two months ago" are urgent; kidney stones named
// without pain are no colic; an abscess growing without fever or failed
// antibiotics is not urgent.
func TestRound35Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, labs []casemodel.Lab, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Labs: labs, Medications: meds}
	}
	slow := normal()
	slow.HeartRate = fp(41)
	cases := []ruleCase{
		{"en symptomatic bradycardia", in("en", 71, "tired, lightheaded when walking, heart feels slow", "Verapamil added to ivabradine 10 days ago.", slow, nil, "ivabradine 7.5 mg twice daily", "verapamil SR 240 mg daily"), "urgent", "bradycardia_symptomatic"},
		{"en quadriceps rupture", in("en", 69, "knee gave way when I missed a step, can't straighten or lift my leg", "Palpable gap above the kneecap, patella sits low.", normal(), nil), "urgent", "tendon_rupture"},
		{"pt acute hepatitis", in("pt-BR", 24, "pele e olhos amarelos, urina escura, vomitando", "Orientada.", normal(), []casemodel.Lab{{Name: "INR", Value: 1.7}, {Name: "TGP", Value: 2860, Unit: "U/L"}}), "urgent", "acute_hepatitis_severe"},
		{"en aki baseline ago", in("en", 72, "itchy rash, passing less urine, tired", "Creatinine 0.9 two months ago. Omeprazole started 8 weeks ago.", normal(), []casemodel.Lab{{Name: "creatinine", Value: 3.1, Unit: "mg/dL"}}), "urgent", "aki"},
		{"en stones without pain", in("en", 62, "told a lump was seen on my adrenal gland on a scan", "CT for kidney stones showed a 2.1 cm adrenal nodule. No symptoms.", normal(), nil), "routine|non_urgent", ""},
		{"en tamponade", in("en", 58, "breathless even sitting still, can't lie flat, feel faint", "Raised JVP, muffled heart sounds, pulsus paradoxus 20 mmHg.", normal(), nil), "emergency", "tamponade"},
		{"pt methanol", in("pt-BR", 40, "vista embaçada como neblina, dor de barriga, vômitos", "Bebeu cachaça sem rótulo há 20 h; amigos da mesma garrafa internados. Ânion gap 30.", normal(), nil), "emergency", "toxic_alcohol"},
		{"en cyst abscess no fever", in("en", 33, "painful red lump on my back that keeps getting bigger", "2.5 cm fluctuant swelling, no fever.", normal(), nil), "non_urgent", ""},
	}
	checkRules(t, cases)
}
