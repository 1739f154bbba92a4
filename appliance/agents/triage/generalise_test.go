package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestGeneralisationRules pins the rules added after the held-out sets.
func TestGeneralisationRules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	}
	cases := []struct {
		name string
		in   casemodel.Input
		want string
		flag string
	}{
		// BTS/SIGN: a 7-year-old with HR 124, RR 28 and PEF 60% is moderate,
		// not severe (child thresholds HR >125, RR >30).
		{"child moderate asthma", casemodel.Input{Patient: &casemodel.Patient{Age: i(7)}, Symptoms: "wheezy, using inhaler every 3 hours", ClinicalNotes: "Talks in sentences. Peak flow 60% of best. Mild subcostal recession.",
			Vitals: &casemodel.Vitals{HeartRate: fp(124), RespiratoryRate: fp(28), SpO2: fp(94), TemperatureC: fp(37.4)}}, "urgent", "asthma_moderate"},
		{"adult severe asthma by HR", casemodel.Input{Patient: &casemodel.Patient{Age: i(30)}, Symptoms: "asthma attack, wheeze, short of breath", Vitals: &casemodel.Vitals{HeartRate: fp(115), RespiratoryRate: fp(22), SpO2: fp(95), SystolicBP: fp(120), TemperatureC: fp(37)}}, "emergency", "asthma_severe"},
		{"glucose 420 with osmotic symptoms", casemodel.Input{Patient: &casemodel.Patient{Age: i(54)}, Language: "pt-BR", Symptoms: "muita sede, urinando toda hora", Labs: []casemodel.Lab{{Name: "glicose", Value: 420, Unit: "mg/dL"}}, Vitals: normal()}, "urgent", "hyperglycaemia_symptomatic"},
		{"glucose 280 with osmotic symptoms stays non-urgent", casemodel.Input{Patient: &casemodel.Patient{Age: i(54)}, Symptoms: "very thirsty, urinating a lot", Labs: []casemodel.Lab{{Name: "glucose", Value: 280, Unit: "mg/dL"}}, Vitals: normal()}, "non_urgent", "lab_abnormal"},
		{"young recurrent chest tightness, normal ECG", casemodel.Input{Patient: &casemodel.Patient{Age: i(32), Sex: "female"}, Language: "pt-BR", Symptoms: "crises de ansiedade com aperto no peito", SymptomDuration: "1 mês", ClinicalNotes: "ECG normal. Sem ideação suicida.", Vitals: normal()}, "non_urgent", "chest_pain_low_risk"},
		{"older chest tightness, normal ECG stays urgent", casemodel.Input{Patient: &casemodel.Patient{Age: i(58), Sex: "female"}, Symptoms: "chest tightness", SymptomDuration: "1 month", ClinicalNotes: "ECG normal.", Vitals: normal()}, "urgent", "chest_pain"},
		{"back pain with urinary retention", casemodel.Input{Patient: &casemodel.Patient{Age: i(50)}, Language: "pt-BR", Symptoms: "dor lombar forte e não consegue urinar", Vitals: normal()}, "emergency", "cauda_equina"},
		{"pre-eclampsia from G-notation", casemodel.Input{Patient: &casemodel.Patient{Age: i(24), Sex: "female"}, Language: "pt-BR", Symptoms: "dor de cabeça forte, vendo pontos brilhantes", ClinicalNotes: "G1 com 33 semanas.",
			Vitals: &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(170), DiastolicBP: fp(115), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(36.8)}}, "emergency", "severe_hypertension_pregnancy"},
		{"allergy described as anaphylaxis is not anaphylaxis now", casemodel.Input{Patient: &casemodel.Patient{Age: i(19)}, Symptoms: "sore throat", ClinicalNotes: "Penicillin allergy - anaphylaxis as a child.", Vitals: normal()}, "non_urgent", "acute_minor"},
		{"hypothermic urosepsis in the elderly", casemodel.Input{Patient: &casemodel.Patient{Age: i(84), Sex: "female"}, Symptoms: "off her legs, more muddled", ClinicalNotes: "Dementia. Urine dipstick: nitrites +.",
			Vitals: &casemodel.Vitals{HeartRate: fp(118), SystolicBP: fp(88), RespiratoryRate: fp(26), SpO2: fp(94), TemperatureC: fp(35.4), Consciousness: "confused"}}, "emergency", "sepsis_high_risk"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assess(c.in)
			if r.Urgency != c.want {
				t.Errorf("urgency %s, want %s (flags %+v)", r.Urgency, c.want, r.Flags)
			}
			found := false
			for _, f := range r.Flags {
				if f.Code == c.flag {
					found = true
				}
			}
			if !found {
				t.Errorf("flag %s missing: %+v", c.flag, r.Flags)
			}
		})
	}
}
