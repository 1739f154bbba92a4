package communicator

import (
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/triage"
	"github.com/agnomedical/agno/appliance/agents/validator"
	"github.com/agnomedical/agno/appliance/casemodel"
)

func TestFlesch(t *testing.T) {
	if got := Flesch("The cat sat on the mat."); got < 100 {
		t.Errorf("simple sentence %v", got)
	}
	if got := Flesch("Pharmacological anticoagulation necessitates individualised consideration of haemorrhagic complications."); got > 10 {
		t.Errorf("complex sentence %v", got)
	}
	for w, n := range map[string]int{"cat": 1, "water": 2, "medicine": 3, "doctor": 2, "ambulance": 3} {
		if Syllables(w) != n {
			t.Errorf("Syllables(%s) = %d, want %d", w, Syllables(w), n)
		}
	}
}

func TestPatientSummaryPlainAndAnonymous(t *testing.T) {
	for _, lang := range []string{"en", "pt-BR"} {
		for lvl := triage.Routine; lvl <= triage.Emergency; lvl++ {
			in := casemodel.Input{PatientID: "pat_999", Language: lang, Patient: &casemodel.Patient{Name: "Maria Testcase", DateOfBirth: "1980-01-01"}}
			c := clinical.Build(in, nil, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
			alerts := []casemodel.Alert{{Kind: "allergy", Drugs: []string{"amoxicillin"}}, {Kind: "drug_interaction", Drugs: []string{"aspirin", "warfarin"}}, {Kind: "critical_lab", Analyte: "potassium"}}
			o := Write(Input{Case: c, Triage: triage.Result{Level: lvl, Urgency: triage.LevelName(lvl)}, Validated: validator.Result{Urgency: triage.LevelName(lvl)}, Alerts: alerts})
			for _, id := range []string{"Maria", "Testcase", "1980", "pat_999"} {
				if strings.Contains(o.PatientSummary, id) || strings.Contains(o.Synthesis, id) {
					t.Errorf("%s level %d: identifier %q in output", lang, lvl, id)
				}
			}
			if lang == "en" && o.ReadingEase < 60 {
				t.Errorf("level %d: Flesch %v < 60: %s", lvl, o.ReadingEase, o.PatientSummary)
			}
			if lang == "pt-BR" && (!strings.Contains(o.PatientSummary, "médico") || o.Language != "pt-BR") {
				t.Errorf("Portuguese summary: %s", o.PatientSummary)
			}
		}
	}
}
