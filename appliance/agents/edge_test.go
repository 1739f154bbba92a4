package agents

import (
	"context"
	"strings"
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

func TestEdgeInputs(t *testing.T) {
	cases := []casemodel.Input{
		{PatientID: "only_id"},
		{PatientID: "p", ClinicalNotes: strings.Repeat("Paciente com dor no peito e febre. No chest pain. ", 400)},
		{PatientID: "p", Patient: &casemodel.Patient{}, Vitals: &casemodel.Vitals{}, Labs: []casemodel.Lab{{Name: "unknown thing", Value: 3}}, Medications: []string{"", "xyzzy 10 mg"}, Allergies: []string{""}},
		{PatientID: "p", Language: "pt-BR", Symptoms: "tosse"},
	}
	for i, in := range cases {
		a := Analyze(context.Background(), in, nil)
		if a.Status == "error" || a.Triage == nil || a.FinalReport == nil {
			t.Fatalf("case %d: %+v", i, a)
		}
		if !casemodel.Contains(casemodel.UrgencyLevels, a.Triage.UrgencyLevel) || len(a.Triage.Specialties) == 0 {
			t.Errorf("case %d: triage %+v", i, a.Triage)
		}
		if a.Alerts == nil || a.Debates == nil || a.AgentsInvolved == nil {
			t.Errorf("case %d: nil slices in contract output", i)
		}
	}
	// Nothing known: not routine, low confidence, flagged for a human.
	a := Analyze(context.Background(), cases[0], nil)
	if a.Triage.UrgencyLevel == "routine" || !a.FinalReport.HumanReviewRequired {
		t.Errorf("empty case: %s review %v", a.Triage.UrgencyLevel, a.FinalReport.HumanReviewRequired)
	}
}
