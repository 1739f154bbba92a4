package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound53Rules pins the heldout53 fixes: a critical troponin with an
// anginal equivalent and no chest pain is an emergency (ESC 2023); a
// depression after childbirth without thoughts of harm is reviewed within
// days (NICE CG192); a febrile seizure "aos 12 meses" is history.
func TestRound53Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, dur, notes string, v *casemodel.Vitals, labs ...casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v, Labs: labs}
	}
	v := &casemodel.Vitals{HeartRate: fp(94), SystolicBP: fp(142), DiastolicBP: fp(84), RespiratoryRate: fp(18), SpO2: fp(96), TemperatureC: fp(36.6), Consciousness: "alert"}
	cases := []ruleCase{
		{"en troponin no chest pain", in("en", "female", 81, "very tired and feeling sick since this morning, no chest pain", "12 hours", "Diabetic for 25 years.", v,
			casemodel.Lab{Name: "hs-troponin T", Value: 280, Unit: "ng/L"}), "emergency", "troponin_symptomatic"},
		{"pt postnatal depression", in("pt-BR", "female", 27, "choro fácil, desânimo e tristeza desde o parto", "6 semanas", "Parto há 7 semanas. EPDS 15. Nega ideação suicida e pensamentos de fazer mal ao bebê.", v), "non_urgent", "postnatal_depression"},
		{"pt past febrile seizure", in("pt-BR", "male", 2, "consulta de puericultura", "", "Teve uma convulsão febril simples aos 14 meses, sem recorrência. Desenvolvimento normal.", &casemodel.Vitals{HeartRate: fp(105), TemperatureC: fp(36.6)}), "routine", ""},
	}
	checkRules(t, cases)
}
