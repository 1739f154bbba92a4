package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound50Rules pins the heldout50 fixes: a swollen tongue with
// drooling or a muffled voice is a threatened airway even with a normal
// saturation (ACE-inhibitor angioedema); lip swelling alone stays urgent;
// travel advice and a follow-up "feeling better" are routine visits.
func TestRound50Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(92), SystolicBP: fp(142), DiastolicBP: fp(86), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: normal(), Medications: meds}
	}
	cases := []ruleCase{
		{"en tongue angioedema drooling", in("en", 64, "my tongue is swollen and I can't swallow, drooling", "On enalapril for years. No hives. Voice muffled.", "enalapril 10 mg twice daily"), "emergency", "angioedema_airway"},
		{"en lip angioedema only", in("en", 64, "swollen upper lip since this morning", "On enalapril. Tongue normal, swallowing fine, voice normal.", "enalapril 10 mg twice daily"), "urgent", "angioedema"},
		{"en travel advice", in("en", 55, "advice before a long-haul flight next month", "DVT 4 years ago after a fracture, treated and finished. Well."), "routine", ""},
	}
	checkRules(t, cases)
}
