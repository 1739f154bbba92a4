package triage

import (
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/casemodel"
)

var ref = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

func fp(v float64) *float64 { return &v }
func i(v int) *int          { return &v }

func assess(in casemodel.Input) Result {
	in.PatientID = "p"
	return Assess(clinical.Build(in, nil, ref))
}

func TestUrgencyCriteria(t *testing.T) {
	adult := &casemodel.Patient{Age: i(45), Sex: "male"}
	cases := []struct {
		name string
		in   casemodel.Input
		want string
		flag string
	}{
		{"NEWS2 7", casemodel.Input{Patient: adult, Symptoms: "unwell", Vitals: &casemodel.Vitals{RespiratoryRate: fp(26), SpO2: fp(93), SystolicBP: fp(105), HeartRate: fp(100), Consciousness: "alert", TemperatureC: fp(37)}}, "emergency", "news2_high"},
		{"NEWS2 5", casemodel.Input{Patient: adult, Symptoms: "cough", Vitals: &casemodel.Vitals{RespiratoryRate: fp(22), SpO2: fp(95), SystolicBP: fp(120), HeartRate: fp(105), Consciousness: "alert", TemperatureC: fp(38.5)}}, "urgent", "news2_medium"},
		{"single parameter 3", casemodel.Input{Patient: adult, Symptoms: "palpitations", Vitals: &casemodel.Vitals{HeartRate: fp(140), SystolicBP: fp(125), RespiratoryRate: fp(16), SpO2: fp(98), Consciousness: "alert", TemperatureC: fp(36.8)}}, "urgent", "news2_single3"},
		{"qSOFA 2 with infection", casemodel.Input{Patient: adult, Symptoms: "fever and cough", Vitals: &casemodel.Vitals{RespiratoryRate: fp(23), SystolicBP: fp(98), HeartRate: fp(100), Consciousness: "alert", TemperatureC: fp(38.6), SpO2: fp(95)}}, "emergency", "sepsis_high_risk"},
		{"shock index >1", casemodel.Input{Patient: adult, Symptoms: "dizzy", Vitals: &casemodel.Vitals{HeartRate: fp(120), SystolicBP: fp(98)}}, "emergency", "shock_index"},
		{"hypotension", casemodel.Input{Patient: adult, ClinicalNotes: "BP 80/50"}, "emergency", "hypotension"},
		{"chest pain with diaphoresis", casemodel.Input{Patient: adult, Symptoms: "chest pain with sweating"}, "emergency", "acs_features"},
		{"thunderclap", casemodel.Input{Patient: adult, Symptoms: "worst headache of my life, sudden"}, "emergency", "thunderclap"},
		{"stroke", casemodel.Input{Patient: adult, Symptoms: "facial droop and slurred speech for 40 minutes"}, "emergency", "stroke_befast"},
		{"history of stroke is not a stroke", casemodel.Input{Patient: adult, Symptoms: "sore throat", ClinicalNotes: "History of stroke 2019.", Vitals: &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(130), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(37), Consciousness: "alert"}}, "non_urgent", "acute_minor"},
		{"no chest pain (negated)", casemodel.Input{Patient: adult, Language: "en", Symptoms: "cough", ClinicalNotes: "No chest pain. Nega dor torácica.", Vitals: &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(130), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(37), Consciousness: "alert"}}, "non_urgent", "acute_minor"},
		{"pregnancy severe BP", casemodel.Input{Patient: &casemodel.Patient{Age: i(30), Sex: "female"}, ClinicalNotes: "Gestante de 32 semanas. PA 165x112."}, "emergency", "severe_hypertension_pregnancy"},
		{"infant fever", casemodel.Input{Patient: &casemodel.Patient{Age: i(0), Sex: "male"}, Symptoms: "fever", Vitals: &casemodel.Vitals{TemperatureC: fp(38.2)}}, "emergency", "infant_fever"},
		{"routine visit", casemodel.Input{Patient: adult, Symptoms: "annual check-up, no complaints", Vitals: &casemodel.Vitals{HeartRate: fp(70), SystolicBP: fp(120), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.6), Consciousness: "alert"}}, "routine", "routine_visit"},
		{"chronic stable complaint", casemodel.Input{Patient: adult, Symptoms: "knee pain", SymptomDuration: "3 years"}, "routine", "chronic_stable"},
		{"minor acute illness", casemodel.Input{Patient: adult, Symptoms: "runny nose and cough", SymptomDuration: "3 days"}, "non_urgent", "acute_minor"},
		{"critical lab", casemodel.Input{Patient: adult, Symptoms: "tired", Labs: []casemodel.Lab{{Name: "sodium", Value: 118, Unit: "mmol/L"}}}, "urgent", "critical_lab_sodium"},
		{"severe hyperkalaemia", casemodel.Input{Patient: adult, Symptoms: "weak", Labs: []casemodel.Lab{{Name: "potassium", Value: 6.9, Unit: "mmol/L"}}}, "emergency", "hyperkalaemia_severe"},
		{"staff priority is a floor", casemodel.Input{Patient: adult, Priority: "critical", Symptoms: "feels unwell"}, "urgent", "priority_critical"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assess(c.in)
			if r.Urgency != c.want {
				t.Errorf("urgency %s, want %s (flags %+v)", r.Urgency, c.want, r.Flags)
			}
			found := false
			for _, fl := range r.Flags {
				if fl.Code == c.flag {
					found = true
				}
			}
			if !found {
				t.Errorf("flag %s missing: %+v", c.flag, r.Flags)
			}
			if r.Urgency == "emergency" && !casemodel.Contains(r.Specialties, "emergency_medicine") {
				t.Errorf("emergency without emergency_medicine: %v", r.Specialties)
			}
			for _, s := range r.Specialties {
				if !casemodel.Contains(casemodel.Specialties, s) {
					t.Errorf("unknown specialty %s", s)
				}
			}
			if r.Confidence <= 0 || r.Confidence > 1 {
				t.Errorf("confidence %v", r.Confidence)
			}
		})
	}
}

func TestMissingDataErrsTowardsSafety(t *testing.T) {
	r := assess(casemodel.Input{Patient: &casemodel.Patient{Age: i(40)}, Symptoms: "chest pain"})
	if LevelOf(r.Urgency) < Urgent {
		t.Errorf("chest pain without vitals = %s", r.Urgency)
	}
	saysSo := false
	for _, n := range r.Notes {
		if strings.Contains(n.EN, "vital signs were not provided") {
			saysSo = true
		}
	}
	if !saysSo {
		t.Errorf("notes do not mention missing vitals: %+v", r.Notes)
	}
	full := assess(casemodel.Input{Patient: &casemodel.Patient{Age: i(40)}, Symptoms: "chest pain",
		Vitals: &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(130), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}})
	if full.Confidence <= r.Confidence {
		t.Errorf("confidence with vitals %v should exceed without %v", full.Confidence, r.Confidence)
	}
	// NEWS2 is not used under 16; age-specific ranges are.
	kid := assess(casemodel.Input{Patient: &casemodel.Patient{Age: i(3)}, Symptoms: "fever", Vitals: &casemodel.Vitals{HeartRate: fp(130), RespiratoryRate: fp(30), TemperatureC: fp(38.5)}})
	if _, ok := kid.Scores["news2"]; ok {
		t.Error("NEWS2 computed for a child")
	}
	if !casemodel.Contains(kid.Specialties, "pediatrics") {
		t.Errorf("child not routed to pediatrics: %v", kid.Specialties)
	}
}

func TestRouting(t *testing.T) {
	cases := []struct {
		in   casemodel.Input
		want []string
	}{
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(60)}, Symptoms: "chest pain radiating to the left arm"}, []string{"cardiology", "emergency_medicine"}},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(30), Sex: "female"}, Symptoms: "burning when urinating", Vitals: &casemodel.Vitals{TemperatureC: fp(36.8)}}, []string{"general_medicine"}},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(30)}, Symptoms: "thoughts of suicide"}, []string{"psychiatry"}},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(30)}, Symptoms: "knee pain after a fall, cannot bear weight"}, []string{"orthopedics", "radiology"}},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(30)}, Symptoms: "cough", SpecialtiesHint: []string{"pulmonology", "astrology"}}, []string{"pulmonology"}},
	}
	for _, c := range cases {
		r := assess(c.in)
		for _, w := range c.want {
			if !casemodel.Contains(r.Specialties, w) {
				t.Errorf("%q: %v lacks %s", c.in.Symptoms, r.Specialties, w)
			}
		}
		if casemodel.Contains(r.Specialties, "astrology") {
			t.Error("unknown hint accepted")
		}
	}
}

func TestLevels(t *testing.T) {
	for l := Routine; l <= Emergency; l++ {
		if LevelOf(LevelName(l)) != l || !casemodel.Contains(casemodel.UrgencyLevels, LevelName(l)) {
			t.Errorf("level %d", l)
		}
	}
	if LevelOf("bogus") != -1 {
		t.Error("bogus level")
	}
}
