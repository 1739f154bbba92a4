package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound61Rules pins the heldout60–61 fixes: a child drinking and
// weeing a lot with a high glucose has new type 1 diabetes (same day); a
// timing phrase after a comma ("…, menstruação irregular (última há 4
// meses)") no longer makes the symptoms before the comma history.
func TestRound61Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, dur, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v}
	}
	v := &casemodel.Vitals{HeartRate: fp(100), SystolicBP: fp(104), DiastolicBP: fp(64), RespiratoryRate: fp(20), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert", GlucoseMgDl: fp(320)}
	checkRules(t, []ruleCase{
		{"en new type 1 diabetes", in("en", "male", 8, "drinking and weeing a lot, wetting the bed again, lost weight", "3 weeks", "No vomiting, breathing normally.", v), "urgent", "new_diabetes_child"},
		{"pt diabetes tipo 1", in("pt-BR", "female", 11, "bebendo muita água e fazendo xixi toda hora, emagreceu", "2 semanas", "Sem vômitos.", v), "urgent", "new_diabetes_child"},
	})
}

// TestRoutingRound61: menopausal symptoms before a dated period still go
// to gynaecology; vaginal thrush; a congested heart (orthopnoea, swollen
// ankles, high NT-proBNP) to cardiology; opioid poisoning with pinpoint
// pupils and heroin use to psychiatry; a wound to close to emergency
// medicine; reduced breath sounds at one apex to radiology.
func TestRoutingRound61(t *testing.T) {
	in := func(lang string, age int, sex, sym, notes string, v *casemodel.Vitals, labs ...casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Labs: labs}
	}
	v := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	od := &casemodel.Vitals{HeartRate: fp(56), SystolicBP: fp(98), DiastolicBP: fp(60), RespiratoryRate: fp(6), SpO2: fp(80), TemperatureC: fp(36.1), Consciousness: "pain", GCS: i(7)}
	for _, s := range []struct {
		in   casemodel.Input
		spec string
	}{
		{in("pt-BR", 50, "female", "ondas de calor e suores noturnos, menstruação irregular (última há 5 meses), quer orientação", "", v), "obstetrics_gynecology"},
		{in("en", 28, "female", "vaginal itching and a thick white discharge", "No fever.", v), "obstetrics_gynecology"},
		{in("en", 79, "male", "more breathless, can't lie flat, ankles swollen", "Sleeps on three pillows.", v, casemodel.Lab{Name: "NT-proBNP", Value: 3100, Unit: "pg/mL"}), "cardiology"},
		{in("en", 31, "male", "found unresponsive", "Pinpoint pupils, snoring breathing. Known heroin use.", od), "psychiatry"},
		{in("en", 30, "female", "cut my hand on a broken glass", "2 cm laceration on the palm, bleeding stopped, full movement.", v), "emergency_medicine"},
		{in("en", 20, "male", "sharp pain on the left of the chest, a bit breathless", "Reduced breath sounds at the left apex, trachea central.", v), "radiology"},
	} {
		r := assess(s.in)
		if !casemodel.Contains(r.Specialties, s.spec) {
			t.Errorf("%q not routed to %s: %v (flags %v)", s.in.Symptoms, s.spec, r.Specialties, r.Flags)
		}
	}
}
