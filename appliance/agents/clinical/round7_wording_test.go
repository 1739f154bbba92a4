package clinical

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestClinicianWordingRound7 pins the wording fixes of the heldout7 round
// (cross-language phrasings, negated scary words, Brazilian brand names): a
// negated list whose mention is followed directly by a comma, irritable bowel
// syndrome, joint-replacement surgery, and a visit to discuss prevention.
func TestClinicianWordingRound7(t *testing.T) {
	cases := []phrase{
		// A mention in the middle of a negated list ("X, fever, Y or Z").
		{"en", "Denies thunderclap onset, fever, neck stiffness or neurological deficit.", "fever", denied},
		{"en", "Denies thunderclap onset, fever, neck stiffness or neurological deficit.", "neck_stiffness", denied},
		{"pt-BR", "Nega dispneia, febre, tosse ou dor.", "fever", denied},
		// A new clause after the comma is not part of the list.
		{"en", "No rash, vomiting since this morning.", "vomiting", present},
		{"pt-BR", "Sem febre, vomitando desde ontem à noite muitas vezes.", "vomiting", present},
		{"pt-BR", "SII estável, sem sangue nas fezes.", "ibs", present},
		{"pt-BR", "Síndrome do intestino irritável há anos.", "ibs", present},
		{"en", "Known irritable bowel syndrome.", "ibs", present},
		{"en", "Day 7 after total knee replacement.", "orthopedic_surgery", present},
		{"pt-BR", "Pós-operatório de artroplastia de quadril.", "orthopedic_surgery", present},
		{"en", "Wants to discuss migraine prevention.", "routine", present},
		{"pt-BR", "Veio discutir profilaxia da enxaqueca.", "routine", present},
		{"en", "DVT prophylaxis with enoxaparin.", "routine", absent},
	}
	checkPhrases(t, cases)
}

// TestBrazilianBrandCombinations: combination products resolve to every
// generic they contain (Buscopan Composto = hyoscine butylbromide +
// metamizole), so an allergy to one component is checked.
func TestBrazilianBrandCombinations(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"buscopan composto", []string{"metamizole", "hyoscine butylbromide"}},
		{"buscopan", []string{"hyoscine butylbromide"}},
		{"novalgina", []string{"metamizole"}},
		{"marevan", []string{"warfarin"}},
		{"clexane", []string{"enoxaparin"}},
		{"rivotril", []string{"clonazepam"}},
		{"puran t4", []string{"levothyroxine"}},
		{"glifage", []string{"metformin"}},
	} {
		k := Build(casemodel.Input{PatientID: "p", Language: "pt-BR", Medications: []string{c.name + " 1 comprimido"}}, nil, ref)
		for _, w := range c.want {
			if !k.OnDrug(w) {
				t.Errorf("%q: not on %s (meds %+v)", c.name, w, k.Meds)
			}
		}
	}
}
