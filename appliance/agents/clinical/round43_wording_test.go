package clinical

import "testing"

// TestWordingRound43 pins the heldout43 wording: a plain body weight is no
// weight gain; a follow-up where things are better and a wish to come off
// a long-term medicine are routine visits.
func TestWordingRound43(t *testing.T) {
	cases := []phrase{
		{"en", "Took 32 tablets; weight 52 kg (about 308 mg/kg).", "hf_decompensation", absent},
		{"en", "Weight up 3 kg this week, ankles swollen.", "hf_decompensation", present},
		{"en", "Follow-up, hot flushes much better.", "routine", present},
		{"pt-BR", "Quer parar o remédio para dormir que usa há muitos anos.", "routine", present},
		{"en", "Wants to come off her sleeping tablets.", "routine", present},
		{"en", "Here to go over my cholesterol results, feels well.", "routine", present},
		{"pt-BR", "Trouxe o eletro que o psiquiatra pediu.", "routine", present},
		{"en", "I need my sick note extending.", "routine", present},
		{"en", "Ringing for Dad's repeat prescriptions.", "routine", present},
		{"en", "A small spot was seen on my scan two months ago.", "routine", present},
	}
	checkPhrases(t, cases)
}
