package agents

import (
	"context"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestCeilingOfCareOverSpecialists: a plan that keeps a dying person at
// home holds the whole pipeline (triage, specialists, validator) at
// urgent; the same crisis with a plan for hospital treatment stays an
// emergency.
func TestCeilingOfCareOverSpecialists(t *testing.T) {
	age, f := 78, func(v float64) *float64 { return &v }
	in := casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: &age, Sex: "male"},
		Symptoms:      "jerking of the arms, drowsy, seeing people who are not there",
		ClinicalNotes: "Metastatic bladder cancer, recognised as dying. DNACPR; ReSPECT: wishes to die at home, not for hospital admission. Pinpoint pupils, creatinine rising.",
		Vitals:        &casemodel.Vitals{HeartRate: f(100), SystolicBP: f(110), RespiratoryRate: f(9), SpO2: f(93), Consciousness: "voice"},
		Medications:   []string{"morphine sulfate MR 40 mg twice daily"}}
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	a, _ := AnalyzeWithTrace(context.Background(), in, nil, Options{ReferenceTime: ref})
	if a.Triage == nil || a.Triage.UrgencyLevel != "urgent" {
		t.Fatalf("ceiling of care: %+v", a.Triage)
	}
	in.ClinicalNotes = "Metastatic bladder cancer on chemotherapy; for full active treatment. Pinpoint pupils, creatinine rising."
	a, _ = AnalyzeWithTrace(context.Background(), in, nil, Options{ReferenceTime: ref})
	if a.Triage == nil || a.Triage.UrgencyLevel != "emergency" {
		t.Fatalf("no ceiling, same crisis: %+v", a.Triage)
	}
}
