package agents

import (
	"context"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound6Pipeline checks the heldout6 fixes end to end (triage plus the
// specialists' debate): the psychiatrist and nephrologist no longer raise
// passive ideation or a passed stone to urgent, while plan/intent and an
// ongoing colic still are; a narrative low glucose superseded by the current
// value raises no critical-lab alert.
func TestRound6Pipeline(t *testing.T) {
	fp := func(v float64) *float64 { return &v }
	age := func(v int) *int { return &v }
	vit := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	}
	gluc := vit()
	gluc.GlucoseMgDl = fp(118)
	cases := []struct {
		name   string
		in     casemodel.Input
		want   string
		alerts int
	}{
		{"pt passive ideation", casemodel.Input{Language: "pt-BR", Patient: &casemodel.Patient{Age: age(45), Sex: "female"}, Symptoms: "pensamentos de que seria melhor não acordar",
			ClinicalNotes: "Depressão moderada. Pensamentos passivos de morte, sem plano e sem intenção. Boa rede de apoio.", Vitals: vit(), Medications: []string{"sertralina 50 mg"}}, "urgent", 0},
		{"en ideation with plan", casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: age(34), Sex: "male"}, Symptoms: "suicidal thoughts",
			ClinicalNotes: "Intends to hang himself this weekend, has bought a rope.", Vitals: vit()}, "emergency", 0},
		{"en stone passed, incidental nodule", casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: age(52), Sex: "male"}, Symptoms: "incidental lung nodule on CT",
			ClinicalNotes: "CT abdomen done for renal colic last week reported an incidental 6 mm nodule. Renal stone passed. No cough.", Vitals: vit()}, "non_urgent", 0},
		{"en ongoing renal colic", casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: age(40), Sex: "male"}, Symptoms: "renal colic, loin to groin pain since this morning", Vitals: vit()}, "urgent", 0},
		{"pt resolved hypoglycaemia", casemodel.Input{Language: "pt-BR", Patient: &casemodel.Patient{Age: age(71), Sex: "male"}, Symptoms: "hipoglicemia pela manhã, já resolvida",
			ClinicalNotes: "Glicemia capilar de 52 mg/dL, tomou suco e melhorou.", Vitals: gluc, Medications: []string{"glibenclamida 5 mg 2x ao dia"}}, "non_urgent", 0},
	}
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.in.PatientID = "p"
			a, _ := AnalyzeWithTrace(context.Background(), c.in, nil, Options{ReferenceTime: ref})
			if a.Triage == nil || a.Triage.UrgencyLevel != c.want {
				t.Errorf("urgency %+v, want %s", a.Triage, c.want)
			}
			if len(a.Alerts) != c.alerts {
				t.Errorf("alerts %+v, want %d", a.Alerts, c.alerts)
			}
		})
	}
}
