package clinical

import "testing"

// TestCallerWordingRound9 pins the English caller wording of the heldout9
// round: a weight or pressure on the chest, pain "going up into" the jaw,
// side pain "round to" the back, a "sore lower back", a child "burning hot"
// and errand calls (flu jab, tablets repeated, "fine in herself"). Each
// positive has a negated or counter-case.
func TestCallerWordingRound9(t *testing.T) {
	cases := []phrase{
		{"en", "He's got a crushing weight on his chest.", "chest_pain", present},
		{"en", "Heavy pressure in my chest.", "chest_pain", present},
		{"en", "No weight on his chest and no pressure.", "chest_pain", denied},
		{"en", "He lost weight over the winter.", "chest_pain", absent},
		{"en", "The pain is going up into his jaw.", "radiation", present},
		{"en", "Pain spreading to her left arm.", "radiation", present},
		{"en", "Not going into his arm or jaw.", "radiation", denied},
		{"en", "He is going to the shops.", "radiation", absent},
		{"en", "A nagging pain in my side round to my back.", "flank_pain", present},
		{"en", "No pain in her side round to the back.", "flank_pain", denied},
		{"en", "Sore lower back since lifting boxes.", "back_pain", present},
		{"en", "No sore back.", "back_pain", denied},
		{"en", "She came back sore from the gym.", "back_pain", absent},
		{"en", "She's burning hot.", "fever", present},
		{"en", "He doesn't feel burning hot.", "fever", denied},
		{"en", "Calling to book her flu jab.", "routine", present},
		{"en", "Needs her blood pressure tablets repeated.", "routine", present},
		{"en", "She's fine in herself.", "routine", present},
		{"en", "Sudden severe headache.", "routine", absent},
	}
	checkPhrases(t, cases)
}
