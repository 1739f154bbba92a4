package agents

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound68Alerts (heldout66–68): Dorflex is dipyrone (metamizole); the
// allergy named in "allergic to peanuts and his EpiPen is in the office"
// is peanuts, not adrenaline; a digoxin level filed as "digoxin" above
// 2.0 ng/mL is critical (FDA label).
func TestRound68Alerts(t *testing.T) {
	age := func(v int) *int { return &v }
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	alerts := func(in casemodel.Input) []string {
		a, _ := AnalyzeWithTrace(context.Background(), in, nil, Options{ReferenceTime: ref})
		var out []string
		for _, al := range a.Alerts {
			out = append(out, al.Kind+":"+al.Analyte+strings.Join(al.Drugs, "+"))
		}
		return out
	}
	has := func(got []string, want string) bool {
		for _, g := range got {
			if g == want {
				return true
			}
		}
		return false
	}
	got := alerts(casemodel.Input{PatientID: "p", Language: "pt-BR", Patient: &casemodel.Patient{Age: age(38), Sex: "male"},
		Symptoms: "dor nas costas depois de carregar peso", Medications: []string{"Dorflex 1 comprimido 8/8h"}, Allergies: []string{"dipirona"}})
	if !has(got, "allergy:metamizole") {
		t.Errorf("Dorflex with a dipyrone allergy: alerts %v, want allergy:metamizole", got)
	}
	got = alerts(casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(11), Sex: "female"},
		Symptoms: "itchy mouth after a cereal bar", ClinicalNotes: "She is allergic to peanuts and her EpiPen is in her school bag.", Medications: []string{"EpiPen 0.3 mg"}})
	if has(got, "allergy:epinephrine") {
		t.Errorf("an adrenaline auto-injector read as an allergen: alerts %v", got)
	}
	got = alerts(casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(84), Sex: "male"},
		Symptoms: "nausea and seeing yellow", Medications: []string{"digoxin 125 mcg daily"}, Labs: []casemodel.Lab{{Name: "digoxin", Value: 2.9, Unit: "ng/mL"}}})
	if !has(got, "critical_lab:digoxin") {
		t.Errorf("digoxin 2.9 ng/mL: alerts %v, want critical_lab:digoxin", got)
	}
}
