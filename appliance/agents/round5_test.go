package agents

import (
	"context"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound5Pipeline checks the heldout5 fixes end to end (triage plus the
// specialists' debate): a stable COPD review stays routine (GOLD 2024: an
// exacerbation is a worsening), a worsening COPD is still urgent, a resolved
// TIA is urgent and a current deficit an emergency.
func TestRound5Pipeline(t *testing.T) {
	fp := func(v float64) *float64 { return &v }
	age := func(v int) *int { return &v }
	vit := func(spo2 float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(134), DiastolicBP: fp(82), RespiratoryRate: fp(18), SpO2: fp(spo2), TemperatureC: fp(36.6), Consciousness: "alert"}
	}
	cases := []struct {
		name string
		in   casemodel.Input
		want string
	}{
		{"pt COPD stable review", casemodel.Input{Language: "pt-BR", Patient: &casemodel.Patient{Age: age(70), Sex: "male"}, Symptoms: "retorno ambulatorial de DPOC, sem piora",
			ClinicalNotes: "DPOC GOLD 2 estável. Dispneia aos grandes esforços inalterada, sem aumento de escarro.", Vitals: vit(93)}, "routine"},
		{"en COPD worsening", casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: age(70), Sex: "male"}, Symptoms: "COPD, breathlessness getting worse with more sputum",
			SymptomDuration: "3 days", Vitals: vit(91)}, "urgent"},
		{"en resolved TIA", casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: age(66), Sex: "male"}, Symptoms: "episode of left arm weakness and slurred speech",
			SymptomDuration: "20 minutes this morning, now back to normal", ClinicalNotes: "Power 5/5, speech normal.", Vitals: vit(97)}, "urgent"},
		{"pt AIT regrediu", casemodel.Input{Language: "pt-BR", Patient: &casemodel.Patient{Age: age(71), Sex: "female"}, Symptoms: "perda de força no braço esquerdo e dificuldade para falar",
			SymptomDuration: "15 minutos, há 2 dias; sintomas regrediram completamente", ClinicalNotes: "Exame neurológico atual normal.", Vitals: vit(97)}, "urgent"},
		{"en current deficit", casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: age(74), Sex: "female"}, Symptoms: "sudden right facial droop and arm weakness",
			SymptomDuration: "started 1 hour ago", Vitals: vit(96)}, "emergency"},
	}
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.in.PatientID = "p"
			a, _ := AnalyzeWithTrace(context.Background(), c.in, nil, Options{ReferenceTime: ref})
			if a.Triage == nil || a.Triage.UrgencyLevel != c.want {
				t.Errorf("urgency %+v, want %s", a.Triage, c.want)
			}
		})
	}
}
