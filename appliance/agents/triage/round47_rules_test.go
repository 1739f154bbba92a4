package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound47Rules pins the heldout47 fixes: an overdose "at age 19, none
// since" is history; a reaction "na adolescência" is a past allergy, not
// anaphylaxis now; a stiff hip in a child under 8 is no slipped epiphysis;
// ascites with fever in cirrhosis is a suspected SBP (AASLD 2021);
// haemoglobin under 8 with ongoing bleeding and breathlessness is seen the
// same day (BSH 2018); a memory decline slowly getting worse over years is
// a routine referral.
func TestRound47Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	}
	in := func(lang, sex string, age int, sym, dur, notes string, v *casemodel.Vitals, labs ...casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v, Labs: labs}
	}
	cases := []ruleCase{
		{"en past overdose", in("en", "male", 34, "feeling flat, not enjoying things", "6 weeks", "PHQ-9 12. Took an overdose at age 17, none since. Denies suicidal thoughts, plan or intent now.", normal()), "routine", ""},
		{"en stiff hip age 5", in("en", "male", 5, "limping, sore left hip", "1 day", "Cold last week. Walks with a limp, slightly reduced internal rotation of the left hip. Afebrile, playing.", normal()), "non_urgent", ""},
		{"pt cirrhosis ascites fever", in("pt-BR", "male", 61, "barriga inchada e febre", "2 dias", "Cirrose por hepatite C com ascite. Orientado, sem sangramento.", &casemodel.Vitals{HeartRate: fp(94), SystolicBP: fp(112), DiastolicBP: fp(70), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(38.0), Consciousness: "alert"}), "urgent", "sbp_suspected"},
		{"en Hb 7.6 bleeding breathless", in("en", "female", 42, "heavy periods, tired, breathless on the stairs", "4 months", "Fibroids. Still bleeding heavily. No chest pain, no dizziness at rest.", normal(),
			casemodel.Lab{Name: "hemoglobin", Value: 7.6, Unit: "g/dL"}), "urgent", "anaemia_symptomatic_moderate"},
		{"en slow memory decline", in("en", "male", 79, "more forgetful, loses his keys, repeats stories", "3 years, slowly getting worse", "Wife reports a gradual decline. Independent in self-care. No sudden change, no falls, no hallucinations.", normal()), "routine", ""},
	}
	checkRules(t, cases)
}
