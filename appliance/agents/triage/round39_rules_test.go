package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound39Rules pins the heldout39 fixes: early pregnancy with lower
// abdominal pain and bleeding and no scan is an ectopic to exclude the same
// day; vision going dark in one eye "like a blind pulled down" is amaurosis;
// lay words for voices and poisoned food are psychosis; a toddler who is
// merely "sleepy at nap time" is not drowsy.
func TestRound39Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(82), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	cases := []ruleCase{
		{"en ectopic lay", in("en", "female", 27, "cramping in her lower tummy on one side and some spotting", "Positive pregnancy test last week, no scan yet.", normal()), "urgent|emergency", "ectopic_to_exclude"},
		{"pt ectopic", in("pt-BR", "female", 31, "cólica no pé da barriga e sangramento pequeno", "Teste de gravidez positivo há 10 dias; ainda sem ultrassom.", normal()), "urgent|emergency", "ectopic_to_exclude"},
		{"en amaurosis lay", in("en", "male", 68, "the vision in my right eye went dark for a few minutes then came back", "Felt like a blind being pulled down. Smoker, hypertensive.", normal()), "urgent|emergency", ""},
		{"en psychosis lay", in("en", "male", 24, "hearing voices when no one is there, not sleeping", "Convinced his neighbours are poisoning his food.", normal()), "urgent", ""},
		{"en sleepy toddler routine", in("en", "male", 2, "runny nose for two days, eating and playing, a bit sleepy at nap time", "Well-looking child.", &casemodel.Vitals{HeartRate: fp(110), RespiratoryRate: fp(26), SpO2: fp(98), TemperatureC: fp(37.4), Consciousness: "alert"}), "routine|non_urgent", ""},
	}
	checkRules(t, cases)
}
