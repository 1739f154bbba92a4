package agents

import (
	"context"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound59Pipeline (heldout58): chest pain at rest in the last days,
// pain-free with a normal ECG and troponin, scores a moderate HEART when a
// parent or sibling had coronary disease, so it is seen the same day
// (NICE CG95); without the family history and other risk factors the
// same story stays low risk.
func TestRound59Pipeline(t *testing.T) {
	fp := func(v float64) *float64 { return &v }
	age := func(v int) *int { return &v }
	vit := &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(138), DiastolicBP: fp(84), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	in := func(notes string) casemodel.Input {
		return casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(54), Sex: "male"},
			Symptoms: "tight central chest pain at rest two days ago, lasted 20 minutes, none since", SymptomDuration: "2 days",
			ClinicalNotes: notes, Vitals: vit, Labs: []casemodel.Lab{{Name: "hs-troponin T", Value: 8, Unit: "ng/L"}}}
	}
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, notes, want string
	}{
		{"family history and two risk factors", "Smoker, type 2 diabetes; his brother had a heart attack at 49. ECG today normal. Pain-free now.", "urgent"},
		{"no risk factors", "Never smoked, no diabetes. ECG today normal. Pain-free now.", "non_urgent"},
	} {
		a, _ := AnalyzeWithTrace(context.Background(), in(c.notes), nil, Options{ReferenceTime: ref})
		if a.Triage == nil || a.Triage.UrgencyLevel != c.want {
			t.Errorf("%s: urgency %v, want %s", c.name, a.Triage, c.want)
		}
	}
}
