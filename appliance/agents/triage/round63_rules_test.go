package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound63Rules pins the heldout62–63 fixes: slurred speech or
// confusion that cleared with sugar, glucose documented low, is the
// hypoglycaemia's, not a stroke or TIA (NICE NG128); zoster vesicles in
// V1 are ophthalmic zoster.
func TestRound63Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, dur, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v}
	}
	v := &casemodel.Vitals{HeartRate: fp(92), SystolicBP: fp(140), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.5), Consciousness: "alert", GlucoseMgDl: fp(44)}
	cases := []ruleCase{
		{"pt fala enrolada que melhorou com suco", in("pt-BR", "female", 78, "suando frio, fala enrolada, melhorou depois de tomar suco", "1 hora", "Glicemia capilar 44 mg/dL; agora lúcida e orientada. Usa glibenclamida.", v), "urgent", ""},
		{"en talking nonsense back to himself after glucose", in("en", "male", 83, "carer found him sweaty and talking nonsense", "1 hour", "Fingerprick 39 mg/dL, given glucose gel and now back to himself.", &casemodel.Vitals{HeartRate: fp(86), SystolicBP: fp(148), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(96), TemperatureC: fp(36.4), Consciousness: "alert"}), "urgent", ""},
		{"en V1 vesicles", in("en", "female", 70, "painful blisters on my forehead, eye red", "2 days", "Vesicles in L V1, Hutchinson sign positive.", &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(130), DiastolicBP: fp(80), TemperatureC: fp(37.2)}), "urgent", ""},
	}
	checkRules(t, cases)
	for _, c := range cases[:2] {
		for _, f := range assess(c.in).Flags {
			if f.Code == "stroke_befast" || f.Code == "tia_resolved" {
				t.Errorf("%s: hypoglycaemia read as %s", c.name, f.Code)
			}
		}
	}
}

// TestRoutingRound63: suspected sleep apnoea to pulmonology; PrEP reviews
// to infectious disease; iron-deficiency anaemia in an older woman to
// gastroenterology (not in a young woman with heavy periods).
func TestRoutingRound63(t *testing.T) {
	in := func(age int, sex, sym, notes string, labs ...casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: "en", Symptoms: sym, ClinicalNotes: notes, Labs: labs,
			Vitals: &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(126), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}}
	}
	anaemia := []casemodel.Lab{{Name: "hemoglobin", Value: 8.1, Unit: "g/dL"}, {Name: "ferritin", Value: 5, Unit: "ng/mL"}}
	for _, s := range []struct {
		in       casemodel.Input
		spec     string
		excluded bool
	}{
		{in(50, "male", "husband snores loudly and stops breathing at night, sleepy by day", "STOP-BANG 6."), "pulmonology", false},
		{in(27, "male", "PrEP review, no symptoms", "Adherent, repeat HIV test today."), "infectious_disease", false},
		{in(71, "female", "tired and breathless on the stairs", "Looks pale.", anaemia...), "gastroenterology", false},
		{in(34, "female", "heavy periods, tired", "Periods with clots for a year.", anaemia...), "gastroenterology", true},
	} {
		r := assess(s.in)
		if casemodel.Contains(r.Specialties, s.spec) == s.excluded {
			t.Errorf("%q: %s routed=%v, want %v: %v", s.in.Symptoms, s.spec, !s.excluded, !s.excluded, r.Specialties)
		}
	}
}
