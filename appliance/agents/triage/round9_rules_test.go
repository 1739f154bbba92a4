package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound9Rules pins the heldout9 fixes: lay ischaemic chest pain ("crushing
// weight on his chest going up into his jaw"), pyelonephritis worded as side
// pain round to the back, errand calls kept routine, and symptomatic
// hyperglycaemia ≥ 300 mg/dL (ADA 2024 §9); each with a counter-case.
func TestRound9Rules(t *testing.T) {
	in := func(lang string, age int, sex, sym, notes string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes}
	}
	cases := []ruleCase{
		{"en crushing weight into the jaw, sweaty", in("en", 61, "male", "crushing weight on his chest going up into his jaw, he's sweaty", ""), "emergency", "acs_features"},
		{"en no weight on the chest", in("en", 61, "male", "calling for his repeat prescription, no weight on his chest, fine in himself", ""), "routine|non_urgent", ""},
		{"en side round to the back with shivers", in("en", 34, "female", "burning when I wee, pain in my side round to my back and the shivers", ""), "urgent", ""},
		{"en flu jab errand", in("en", 74, "female", "ringing to book her flu jab and get her tablets repeated, she's fine in herself", ""), "routine", ""},
		{"pt glicemia 380 com poliúria", in("pt-BR", 48, "female", "poliúria e polidipsia, glicemia capilar 380 mg/dL", "DM2"), "urgent", "hyperglycaemia_symptomatic"},
		{"pt glicemia 250 com poliúria", in("pt-BR", 48, "female", "poliúria, glicemia capilar 250 mg/dL", "DM2"), "routine|non_urgent", ""},
		{"pt glicemia 380 assintomática", in("pt-BR", 48, "female", "sem queixas, glicemia capilar 380 mg/dL no controle", "DM2"), "routine|non_urgent", ""},
	}
	checkRules(t, cases)
}
