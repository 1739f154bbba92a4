package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound30Rules pins the heldout30 fixes: an angioedema that made the
// doctor stop a drug is history; a follow-up where the complaint is "much
// better" is routine.
func TestRound30Rules(t *testing.T) {
	in := func(lang string, age int, sym, notes string, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Medications: meds,
			Vitals: &casemodel.Vitals{HeartRate: fp(66), SystolicBP: fp(118), DiastolicBP: fp(70), SpO2: fp(97)}}
	}
	checkRules(t, []ruleCase{
		{"en angioedema that stopped a drug", in("en", 62, "heart failure check-up, breathing stable", "HFrEF, NYHA II, weight stable, no oedema. ACE inhibitor stopped after angioedema."), "routine", ""},
		{"en follow-up much better", in("en", 51, "follow-up for hot flushes, much better on the new tablet", "Mood good, no new breast symptoms."), "routine", ""},
	})
}
