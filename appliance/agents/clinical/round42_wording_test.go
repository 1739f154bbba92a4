package clinical

import "testing"

// TestWordingRound42 pins the heldout42 wording: a negated list closed by
// "or" keeps four-word items in scope ("reduced need for sleep"); "teve
// crise forte de falta de ar" is no seizure; malaria tablets before a trip
// are travel medicine, not malaria.
func TestWordingRound42(t *testing.T) {
	cases := []phrase{
		{"en", "No increased energy, reduced need for sleep or grandiosity.", "mania", denied},
		{"en", "Grandiose and talking fast, up all night.", "mania", present},
		{"pt-BR", "Asmático; teve crise forte de falta de ar depois de tomar AAS.", "seizure", absent},
		{"pt-BR", "Teve crise forte em casa, ficou roxo e babando.", "seizure", present},
		{"en", "Going to Ghana next month, wants jabs and malaria tablets.", "malaria", absent},
		{"en", "Going to Ghana next month, wants jabs and malaria tablets.", "travel_medicine", present},
		{"en", "Fever since returning from Ghana; malaria film positive.", "malaria", present},
	}
	checkPhrases(t, cases)
}
