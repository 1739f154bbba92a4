package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound27Rules pins the heldout27 fixes: a cat bite to the hand with
// spreading redness is urgent; gradually blocked ears without pain,
// discharge or vertigo are routine, but sudden deafness is not; a lip
// swelling the patient "teve" with a past drug is history, not angioedema.
func TestRound27Rules(t *testing.T) {
	in := func(lang string, age int, sym, notes string, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Medications: meds,
			Vitals: &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(118), DiastolicBP: fp(72), TemperatureC: fp(36.6)}}
	}
	checkRules(t, []ruleCase{
		{"en cat bite to the hand", in("en", 36, "cat bit my hand, now red, swollen and throbbing", "Two punctures over the index knuckle, redness spreading 3 cm. Afebrile."), "urgent", "bite_infected_or_hand"},
		{"en blocked ears", in("en", 74, "both ears feel blocked and hearing is a bit dull, no pain, no discharge, no dizziness", ""), "routine", "earwax_like"},
		{"en sudden deafness is not wax", in("en", 50, "suddenly deaf in my right ear this morning, ear feels blocked", ""), "non_urgent|urgent|emergency", ""},
		{"pt past lip swelling", in("pt-BR", 22, "cólica forte no pé da barriga no primeiro dia da menstruação", "Cólicas iguais desde a adolescência. Teve inchaço nos lábios com diclofenaco.", "cetoprofeno 100 mg"), "non_urgent", ""},
	})
}
