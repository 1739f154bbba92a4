package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound65Rules pins the heldout64–65 fixes: bleeding after 20 weeks
// with a womb that stays hard is a possible abruption, an emergency (RCOG
// GTG 63), told as "dark blood on my pad" and "baby's been quiet"; "took
// about 20 of her mum's paracetamol" is an overdose; "wanted to sleep and
// not wake up" is suicidal ideation.
func TestRound65Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, dur, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v}
	}
	v := &casemodel.Vitals{HeartRate: fp(86), SystolicBP: fp(114), DiastolicBP: fp(70), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}
	cases := []ruleCase{
		{"en abruption on the phone", in("en", "female", 30, "some dark blood on my pad, my bump feels hard all the time and baby's been quiet", "1 hour", "Phone call, 31 weeks pregnant.", nil), "emergency", "antepartum_haemorrhage"},
		{"pt descolamento", in("pt-BR", "female", 27, "sangue escuro na calcinha e barriga dura o tempo todo", "2 horas", "Gestante de 30 semanas.", nil), "emergency", "antepartum_haemorrhage"},
		{"en 20 of her mum's paracetamol", in("en", "female", 16, "feels sick; says she took about 20 of her mum's paracetamol this morning", "4 hours", "Said she wanted to sleep and not wake up.", v), "emergency", ""},
	}
	checkRules(t, cases)
}

// TestRoutingRound65: a pregnancy told as "I'm 24 weeks with one baby" or
// through the maternity line, and period cramps, go to gynaecology.
func TestRoutingRound65(t *testing.T) {
	for _, in := range []casemodel.Input{
		{Patient: &casemodel.Patient{Age: i(30), Sex: "female"}, Language: "en", Symptoms: "I'm 26 weeks with one baby, can I fly to a wedding next month?"},
		{Patient: &casemodel.Patient{Age: i(28), Sex: "female"}, Language: "en", Symptoms: "itchy palms and soles at night", ClinicalNotes: "Maternity triage line. 33 weeks, no rash."},
		{Patient: &casemodel.Patient{Age: i(15), Sex: "female"}, Language: "en", Symptoms: "bad period cramps since this morning, same as usual"},
	} {
		r := assess(in)
		if !casemodel.Contains(r.Specialties, "obstetrics_gynecology") {
			t.Errorf("%q not routed to gynaecology: %v", in.Symptoms, r.Specialties)
		}
	}
}
