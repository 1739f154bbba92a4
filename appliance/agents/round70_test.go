package agents

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound70Alerts (heldout69–70): poppers are a nitrate with sildenafil
// (FDA label); an abacavir combination tablet conflicts with an abacavir
// allergy; Priadel is lithium and a thiazide reduces its clearance;
// "Anafilaxia a penicilina" is an allergy record, not anaphylaxis now.
func TestRound70Alerts(t *testing.T) {
	age := func(v int) *int { return &v }
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	run := func(in casemodel.Input) (string, []string) {
		a, _ := AnalyzeWithTrace(context.Background(), in, nil, Options{ReferenceTime: ref})
		var out []string
		for _, al := range a.Alerts {
			out = append(out, al.Kind+":"+al.Analyte+strings.Join(al.Drugs, "+"))
		}
		level := ""
		if a.Triage != nil {
			level = a.Triage.UrgencyLevel
		}
		return level, out
	}
	has := func(got []string, want string) bool {
		for _, g := range got {
			if g == want {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		in   casemodel.Input
		want string
	}{
		{casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(33), Sex: "male"}, Symptoms: "wants PrEP",
			Medications: []string{"Viagra 50 mg as needed", "poppers at weekends"}}, "drug_interaction:amyl nitrite+sildenafil"},
		{casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(49), Sex: "male"}, Symptoms: "HIV review, well",
			Medications: []string{"Triumeq 1 tablet daily (new)"}, Allergies: []string{"abacavir"}}, "allergy:abacavir"},
		{casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(70), Sex: "female"}, Symptoms: "shaky hands",
			Medications: []string{"Priadel 400 mg at night", "water tablet (bendroflumethiazide 2.5 mg)"}}, "drug_interaction:bendroflumethiazide+lithium"},
	} {
		if _, got := run(c.in); !has(got, c.want) {
			t.Errorf("%v: alerts %v, want %s", c.in.Medications, got, c.want)
		}
	}
	level, _ := run(casemodel.Input{PatientID: "p", Language: "pt-BR", Patient: &casemodel.Patient{Age: age(30), Sex: "female"},
		Symptoms: "corrimento há uma semana", ClinicalNotes: "Anafilaxia a penicilina em 2015. Sem febre.",
		Vitals: &casemodel.Vitals{HeartRate: func(v float64) *float64 { return &v }(78)}})
	if level == "emergency" {
		t.Errorf("an allergy record read as anaphylaxis now: %s", level)
	}
}
