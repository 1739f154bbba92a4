package clinical

import "testing"

// TestWordingRound41 pins the heldout41 wording: lay words for losing the
// sight of an eye, flashes and floaters, falls ("tropeçou", "nearly went
// over") but not "falls asleep", slurred speech with an adverb, a drug
// started "há 5 dias o médico passou" or "gave her ... 4 days ago".
func TestWordingRound41(t *testing.T) {
	cases := []phrase{
		{"en", "Lost the sight in my right eye this morning.", "vision_loss", present},
		{"en", "Can only tell light from dark.", "vision_loss", present},
		{"pt-BR", "Parou de enxergar do olho esquerdo.", "vision_loss", present},
		{"en", "Flashing lights and a shower of floaters.", "retinal_detachment", present},
		{"en", "A grey shadow spreading down over the vision.", "retinal_detachment", present},
		{"pt-BR", "Tropeçou duas vezes em casa.", "fall", present},
		{"en", "Nearly went over twice when standing.", "fall", present},
		{"en", "Falls asleep in her chair all day.", "fall", absent},
		{"pt-BR", "Está com a fala meio enrolada.", "speech", present},
		{"pt-BR", "Há 5 dias o médico do posto passou Tylex.", "recently_started", present},
		{"en", "The GP gave her an antibiotic 4 days ago.", "recently_started", present},
	}
	checkPhrases(t, cases)
}
