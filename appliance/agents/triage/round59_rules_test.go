package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound59Rules pins the heldout58–59 fixes: hypoglycaemia whose
// confusion cleared with sugar is urgent, not an emergency; qSOFA is not
// applied to children; a snakebite told as "picado por cobra" is an
// envenomation; a new antibiotic with a
// contraindicated partner and orthostatic symptoms is seen the same day;
// fever for five days with three Kawasaki features is referred the same
// day; a clumsy hand and words that would not come, now resolved, is a
// TIA.
func TestRound59Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, dur, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	hypo := &casemodel.Vitals{HeartRate: fp(92), SystolicBP: fp(140), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.5), Consciousness: "alert", GlucoseMgDl: fp(46)}
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(138), DiastolicBP: fp(84), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	child := &casemodel.Vitals{HeartRate: fp(130), SystolicBP: fp(98), DiastolicBP: fp(60), RespiratoryRate: fp(26), SpO2: fp(99), TemperatureC: fp(38.8), Consciousness: "alert"}
	toddler := &casemodel.Vitals{HeartRate: fp(150), RespiratoryRate: fp(30), SpO2: fp(98), TemperatureC: fp(39.2), Consciousness: "alert"}
	cases := []ruleCase{
		{"en hypo cleared with juice", in("en", "female", 80, "found clammy and muddled this morning, better after some sweet tea and toast", "2 hours", "Type 2 diabetes on gliclazide, CKD 4. Now alert and eating.", hypo, "gliclazide 80 mg twice daily"), "urgent", ""},
		{"en hypo still confused", in("en", "female", 80, "found clammy and muddled this morning", "1 hour", "Type 2 diabetes on gliclazide. Still confused.", hypo, "gliclazide 80 mg twice daily"), "emergency", "hypoglycaemia_neuro"},
		{"en child with two qSOFA points", in("en", "male", 7, "limping and fever, won't stand on his left leg", "2 days", "Left hip held flexed, pain on movement. No trauma.", child), "urgent", "septic_arthritis_child"},
		{"pt picado por cobra", in("pt-BR", "male", 38, "", "", "Picado por uma cobra na mão há 2 horas na roça; dor e inchaço subindo pelo braço, sangramento na gengiva.", v), "emergency", "envenomation"},
		{"en cipro and tizanidine, orthostatic", in("en", "female", 60, "very drowsy and nearly fainted getting up", "1 day", "Started on ciprofloxacin for a UTI. Takes tizanidine for spasm.", &casemodel.Vitals{HeartRate: fp(54), SystolicBP: fp(96), DiastolicBP: fp(58), RespiratoryRate: fp(14), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"},
			"ciprofloxacin 500 mg twice daily", "tizanidine 4 mg three times daily"), "urgent", "interaction_symptomatic"},
		{"pt kawasaki features", in("pt-BR", "female", 2, "febre que não passa, olhos vermelhos, lábios rachados, manchas no corpo", "6 dias", "Mãos e pés inchados.", toddler), "urgent", "kawasaki_possible"},
		{"en TIA clumsy hand and words", in("en", "male", 69, "left hand went clumsy and he couldn't get his words out for 20 minutes, fine now", "yesterday evening", "Neuro exam normal now.", v), "urgent", "tia_resolved"},
	}
	checkRules(t, cases)
	for _, f := range assess(cases[2].in).Flags {
		if f.Code == "sepsis_high_risk" {
			t.Errorf("qSOFA applied to a child: %s", f.Text.EN)
		}
	}
}

// TestRoutingRound59: Kawasaki features to cardiology; a mallet finger to
// orthopaedics.
func TestRoutingRound59(t *testing.T) {
	v := &casemodel.Vitals{HeartRate: fp(150), RespiratoryRate: fp(30), SpO2: fp(98), TemperatureC: fp(39.2), Consciousness: "alert"}
	for _, s := range []struct {
		in   casemodel.Input
		spec string
	}{
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(3), Sex: "male"}, Language: "en", Symptoms: "fever for 6 days, red eyes, cracked lips, swollen hands and feet", SymptomDuration: "6 days", Vitals: v}, "cardiology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(40), Sex: "female"}, Language: "en", Symptoms: "fingertip drooping after a ball hit it, cannot straighten the tip of the finger", Vitals: &casemodel.Vitals{HeartRate: fp(70), SystolicBP: fp(120), DiastolicBP: fp(70)}}, "orthopedics"},
	} {
		r := assess(s.in)
		if !casemodel.Contains(r.Specialties, s.spec) {
			t.Errorf("%q not routed to %s: %v (flags %v)", s.in.Symptoms, s.spec, r.Specialties, r.Flags)
		}
	}
}
