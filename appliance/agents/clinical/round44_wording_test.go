package clinical

import "testing"

// TestWordingRound44 pins the heldout44 wording: a weakness left by an
// old stroke is no new deficit, a screening item named with a score of 0
// is no self-harm, hives in an allergy record are the past reaction.
func TestWordingRound44(t *testing.T) {
	cases := []phrase{
		{"pt-BR", "AVC há 2 anos (hemiparesia esquerda sequelar, sem déficit novo).", "arm_weakness", absent},
		{"pt-BR", "Hemiparesia esquerda desde as 8h.", "arm_weakness", present},
		{"en", "EPDS 15, item 10 (self-harm) scored 0.", "self_harm_act", absent},
		{"en", "Cut her forearms last night (self-harm).", "self_harm_act", present},
		{"en", "Penicillin allergy (hives).", "urticaria", absent},
		{"en", "Hives all over since this morning.", "urticaria", present},
	}
	checkPhrases(t, cases)
}
