package agents

import (
	"context"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound7Pipeline checks the heldout7 fixes end to end: a painless STEMI
// in an elderly diabetic is an emergency with cardiology; a dipyrone allergy
// conflicts with Buscopan Composto (hyoscine + dipyrone) and routes IBS to
// gastroenterology; Brazilian brand names raise their interactions
// (Marevan + Advil, Clexane + Advil, Rivotril + Tramal).
func TestRound7Pipeline(t *testing.T) {
	fp := func(v float64) *float64 { return &v }
	age := func(v int) *int { return &v }
	vit := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	}
	type alert struct{ kind, a, b string }
	cases := []struct {
		name   string
		in     casemodel.Input
		want   string
		spec   string
		alerts []alert
	}{
		{"pt painless STEMI", casemodel.Input{Language: "pt-BR", Patient: &casemodel.Patient{Age: age(81), Sex: "male"}, Symptoms: "mal-estar e confusão de início súbito, suando frio",
			ClinicalNotes: "Diabético. Nega dor no peito. ECG: supradesnivelamento do segmento ST em DII, DIII e aVF.", Vitals: vit(), Medications: []string{"Glifage 850 mg 2x/dia"}}, "emergency", "cardiology", nil},
		{"pt Buscopan Composto with dipyrone allergy", casemodel.Input{Language: "pt-BR", Patient: &casemodel.Patient{Age: age(34), Sex: "female"}, Symptoms: "cólicas intestinais leves, retorno da síndrome do intestino irritável",
			ClinicalNotes: "SII estável. Usa Buscopan Composto nas crises.", Allergies: []string{"dipirona"}, Vitals: vit(), Medications: []string{"Buscopan Composto se cólica"}}, "non_urgent", "gastroenterology", []alert{{"allergy", "metamizole", ""}}},
		{"pt plain Buscopan with dipyrone allergy: no alert", casemodel.Input{Language: "pt-BR", Patient: &casemodel.Patient{Age: age(34), Sex: "female"}, Symptoms: "cólicas intestinais leves, retorno da síndrome do intestino irritável",
			ClinicalNotes: "SII estável. Usa Buscopan nas crises.", Allergies: []string{"dipirona"}, Vitals: vit(), Medications: []string{"Buscopan 10 mg se cólica"}}, "routine", "gastroenterology", nil},
		{"en Marevan + Advil started this week", casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: age(72), Sex: "female"}, Symptoms: "knee pain, wants advice on painkillers",
			ClinicalNotes: "AF on Marevan. Started Advil 4 days ago. No bleeding.", Vitals: vit(), Medications: []string{"Marevan 5 mg daily", "Advil 400 mg three times daily"}}, "non_urgent", "", []alert{{"drug_interaction", "ibuprofen", "warfarin"}}},
		{"en Clexane + Advil after knee replacement", casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: age(64), Sex: "female"}, Symptoms: "post-op check, wound fine",
			ClinicalNotes: "Day 7 after total knee replacement on Clexane 40 mg daily. No calf swelling.", Vitals: vit(), Medications: []string{"Clexane 40 mg daily", "Advil 400 mg three times daily"}}, "", "orthopedics", []alert{{"drug_interaction", "enoxaparin", "ibuprofen"}}},
		{"pt Rivotril + Tramal", casemodel.Input{Language: "pt-BR", Patient: &casemodel.Patient{Age: age(74), Sex: "female"}, Symptoms: "sonolência durante o dia",
			ClinicalNotes: "Iniciou Tramal há 5 dias.", Vitals: vit(), Medications: []string{"Rivotril 2 mg à noite", "Tramal 50 mg 8/8h"}}, "non_urgent", "", []alert{{"drug_interaction", "clonazepam", "tramadol"}}},
	}
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.in.PatientID = "p"
			a, _ := AnalyzeWithTrace(context.Background(), c.in, nil, Options{ReferenceTime: ref})
			if a.Triage == nil {
				t.Fatal("no triage")
			}
			if c.want != "" && a.Triage.UrgencyLevel != c.want {
				t.Errorf("urgency %s, want %s (flags %v)", a.Triage.UrgencyLevel, c.want, a.Triage.RedFlags)
			}
			if c.spec != "" && !casemodel.Contains(a.Triage.Specialties, c.spec) {
				t.Errorf("specialties %v, want %s", a.Triage.Specialties, c.spec)
			}
			if len(a.Alerts) != len(c.alerts) {
				t.Fatalf("alerts %+v, want %+v", a.Alerts, c.alerts)
			}
			for _, w := range c.alerts {
				found := false
				for _, g := range a.Alerts {
					if g.Kind == w.kind && casemodel.Contains(g.Drugs, w.a) && (w.b == "" || casemodel.Contains(g.Drugs, w.b)) {
						found = true
					}
				}
				if !found {
					t.Errorf("alert %+v missing: %+v", w, a.Alerts)
				}
			}
		})
	}
}
