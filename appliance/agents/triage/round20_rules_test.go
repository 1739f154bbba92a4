package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound20Rules pins the heldout20 fixes: an overdose written as boxes
// or tablet counts with a wish not to wake up; pericarditis is not a STEMI
// call; a missed dialysis session is urgent; routine asks (mood checks,
// PrEP, bed-wetting, nodule follow-up, treatment questions).
func TestRound20Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: normal()}
	}
	cases := []ruleCase{
		{"en boxes of Tylenol", in("en", 22, "I took two full boxes of Tylenol last night because I wanted everything to stop", "~32 x 500 mg acetaminophen taken at once. Still wishes she hadn't woken up."), "emergency", "overdose"},
		{"en pericarditis", in("en", 30, "sharp chest pain, worse lying back, better leaning forward", "Friction rub. ECG: widespread concave ST elevation with PR depression."), "urgent", "pericarditis"},
		{"en missed dialysis", in("en", 60, "missed my dialysis on Friday, legs more swollen", "ESRD on HD. Speaking full sentences."), "urgent", "missed_dialysis"},
		{"en mood check", in("en", 45, "mood check, feeling much better", "PHQ-9 down to 6. No SI."), "routine", ""},
		{"en PrEP", in("en", 28, "want to start PrEP, feeling fine", "HIV test negative today."), "routine", ""},
		{"en bed-wetting", in("en", 7, "still wets the bed most nights", "Dry during the day."), "routine", ""},
	}
	checkRules(t, cases)
}

// TestRound21Rules: eating less while drinking well is no NICE amber
// feature; a pain worse at a time of day is no worsening course; a visit
// to discuss a scan result is routine.
func TestRound21Rules(t *testing.T) {
	child := &casemodel.Vitals{HeartRate: fp(118), TemperatureC: fp(37.9), Consciousness: "alert"}
	adult := &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(128), DiastolicBP: fp(82), TemperatureC: fp(36.5), Consciousness: "alert"}
	hfmd := casemodel.Input{Patient: &casemodel.Patient{Age: i(2), Sex: "male"}, Language: "pt-BR", Symptoms: "febre baixa, feridinhas na boca, bolinhas nas mãos, está comendo menos", ClinicalNotes: "Criança ativa e brincando, aceitando bem líquidos.", Vitals: child}
	heel := casemodel.Input{Patient: &casemodel.Patient{Age: i(45), Sex: "female"}, Language: "pt-BR", Symptoms: "dor no calcanhar, pior nos primeiros passos da manhã", SymptomDuration: "3 meses", Vitals: adult}
	dexa := casemodel.Input{Patient: &casemodel.Patient{Age: i(60), Sex: "female"}, Language: "en", Symptoms: "here to discuss my bone density scan result, no pain", Vitals: adult}
	checkRules(t, []ruleCase{
		{"pt HFMD drinking well", hfmd, "non_urgent", ""},
		{"pt plantar heel pain for months", heel, "routine", ""},
		{"en DEXA result", dexa, "routine", ""},
	})
}
