package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRoutingRound41 pins the routing added after a count, over every
// held-out set, of the specialties the gold wanted and the router left
// out: emergency medicine for presentations whose same-day work-up is the
// ED's (serial troponin after chest pain that settled, sickle crisis),
// radiology where CT or duplex decides (posterior stroke, limb ischaemia),
// cardiology for a suspected dissection, orthopaedics for a slipped
// epiphysis.
func TestRoutingRound41(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(138), DiastolicBP: fp(84), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	}
	in := func(age int, sym, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: "en", Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	for _, s := range []struct {
		in   casemodel.Input
		spec string
	}{
		{in(58, "central chest tightness on exertion this morning, now pain free", "Smoker, hypertensive. ECG: no ischaemic change.", normal()), "emergency_medicine"},
		{in(58, "sudden tearing chest pain going through to the back", "BP 182/100 right arm, 140/82 left arm.", normal()), "cardiology"},
		{in(58, "sudden tearing chest pain going through to the back", "BP 182/100 right arm, 140/82 left arm.", normal()), "radiology"},
		{in(12, "limping for three weeks, pain in the knee and groin", "Overweight. Leg held externally rotated, painful loss of internal rotation of the hip.", normal()), "orthopedics"},
	} {
		r := assess(s.in)
		if !casemodel.Contains(r.Specialties, s.spec) {
			t.Errorf("%q not routed to %s: %v (flags %v)", s.in.Symptoms, s.spec, r.Specialties, r.Flags)
		}
	}
}

// TestRoutingRound43: a symptomatic aneurysm goes to cardiology with the
// dissection (the contract has no vascular surgery).
func TestRoutingRound43(t *testing.T) {
	in := casemodel.Input{Patient: &casemodel.Patient{Age: i(72), Sex: "male"}, Language: "en",
		Symptoms: "sudden pain in the left side of my back going down to the groin, felt faint", ClinicalNotes: "Smoker. Tender pulsatile mass above the umbilicus.",
		Vitals: &casemodel.Vitals{HeartRate: fp(118), SystolicBP: fp(88), DiastolicBP: fp(56), RespiratoryRate: fp(22), SpO2: fp(96), TemperatureC: fp(36.4), Consciousness: "alert"}}
	r := assess(in)
	for _, s := range []string{"emergency_medicine", "radiology", "cardiology"} {
		if !casemodel.Contains(r.Specialties, s) {
			t.Errorf("ruptured AAA not routed to %s: %v", s, r.Specialties)
		}
	}
}
