package clinical

import "testing"

// TestWordingRound39 pins the heldout39 wording: lay words for psychosis,
// amaurosis and a positive pregnancy test; a persecutory belief about
// poisoned food is no ingestion while a worried parent's "thinks he was
// poisoned" still is; "sleepy at nap time" is not drowsiness.
func TestWordingRound39(t *testing.T) {
	cases := []phrase{
		{"en", "Convinced his neighbours are poisoning his food.", "overdose", absent},
		{"en", "Convinced his neighbours are poisoning his food.", "psychosis", present},
		{"en", "She thinks they are trying to poison her.", "overdose", absent},
		{"pt-BR", "Acha que estão envenenando a comida dele.", "overdose", absent},
		{"en", "Mum thinks he was poisoned by the berries.", "overdose", present},
		{"en", "Swallowed rat poison an hour ago.", "overdose", present},
		{"en", "Hearing voices when no one is there.", "psychosis", present},
		{"en", "Vision in my left eye went dark, like a blind pulled down.", "amaurosis", present},
		{"en", "Positive pregnancy test last week.", "early_pregnancy_pain", present},
		{"en", "A bit sleepy at nap time, otherwise playing.", "drowsy", absent},
		{"en", "He is very sleepy and floppy.", "drowsy", present},
	}
	checkPhrases(t, cases)
}
