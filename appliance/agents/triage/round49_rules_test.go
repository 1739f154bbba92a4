package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound49Rules pins the heldout49 fix: a visit to plan a pregnancy is
// a routine (preconception) visit.
func TestRound49Rules(t *testing.T) {
	in := func(lang string, age int, sym, notes string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes,
			Vitals: &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(116), DiastolicBP: fp(72)}}
	}
	cases := []ruleCase{
		{"en preconception", in("en", 31, "wants to start trying for a baby", "Well controlled epilepsy on lamotrigine, seizure-free 5 years. Not pregnant."), "routine", ""},
		{"pt preconception", in("pt-BR", 28, "quer engravidar no próximo ano", "Hipotireoidismo em uso de levotiroxina, TSH normal. Sem queixas."), "routine", ""},
	}
	checkRules(t, cases)
}
