package agents

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound74Alerts (heldout71–73): efavirenz induces methadone (FDA
// label); metoclopramide with an antipsychotic
// (FDA label: extrapyramidal reactions and NMS); a home INR meter whose
// reading is told as "it said 6.1" is a critical INR.
func TestRound74Alerts(t *testing.T) {
	age := func(v int) *int { return &v }
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   casemodel.Input
		want string
	}{
		{casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(30), Sex: "male"}, Symptoms: "stiff and shaky since the new anti-sickness tablets",
			Medications: []string{"haloperidol 5 mg twice daily", "metoclopramide 10 mg three times daily"}}, "drug_interaction:haloperidol+metoclopramide"},
		{casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(64), Sex: "male"}, Symptoms: "indigestion not shifting",
			Medications: []string{"Nitrostat spray as needed", "Viagra 100 mg (took one last night)"}}, "drug_interaction:nitroglycerin+sildenafil"},
		{casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(45), Sex: "male"}, Symptoms: "HIV and methadone programme review",
			Medications: []string{"Atripla 1 tablet nightly", "methadone 100 mg daily"}}, "drug_interaction:efavirenz+methadone"},
		{casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(77), Sex: "male"}, Symptoms: "gums bleeding when I brush",
			ClinicalNotes: "I check my own INR with the CoaguChek. This morning it said 6.3.", Medications: []string{"Coumadin 5 mg nightly"}}, "critical_lab:inr"},
	} {
		a, _ := AnalyzeWithTrace(context.Background(), c.in, nil, Options{ReferenceTime: ref})
		var got []string
		for _, al := range a.Alerts {
			got = append(got, al.Kind+":"+al.Analyte+strings.Join(al.Drugs, "+"))
		}
		found := false
		for _, g := range got {
			found = found || g == c.want
		}
		if !found {
			t.Errorf("%q: alerts %v, want %s", c.in.Symptoms, got, c.want)
		}
	}
}

// TestRound76Alerts: a home glucose meter that "said 498"; "INR de ontem:
// 6,2" on a slip from the health post.
func TestRound76Alerts(t *testing.T) {
	age := func(v int) *int { return &v }
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   casemodel.Input
		want string
	}{
		{casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(5), Sex: "male"}, Symptoms: "vomiting and very sleepy",
			ClinicalNotes: "Grandma checked him with her sugar meter in the car, said 512."}, "critical_lab:glucose"},
		{casemodel.Input{PatientID: "p", Language: "pt-BR", Patient: &casemodel.Patient{Age: age(70), Sex: "male"}, Symptoms: "fezes pretas",
			ClinicalNotes: "Filha trouxe papel do posto com INR de ontem: 6,4."}, "critical_lab:inr"},
	} {
		a, _ := AnalyzeWithTrace(context.Background(), c.in, nil, Options{ReferenceTime: ref})
		found := false
		for _, al := range a.Alerts {
			found = found || al.Kind+":"+al.Analyte+strings.Join(al.Drugs, "+") == c.want
		}
		if !found {
			t.Errorf("%q: no %s alert (%v)", c.in.ClinicalNotes, c.want, a.Alerts)
		}
	}
}

// TestRound78Alerts: mefenamic acid is an NSAID that conflicts with an
// ibuprofen allergy (class cross-reactivity); a fever "not settling with
// paracetamol" beside a rash is no paracetamol allergy.
func TestRound78Alerts(t *testing.T) {
	age := func(v int) *int { return &v }
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	kinds := func(in casemodel.Input) []string {
		a, _ := AnalyzeWithTrace(context.Background(), in, nil, Options{ReferenceTime: ref})
		var out []string
		for _, al := range a.Alerts {
			out = append(out, al.Kind+":"+strings.Join(al.Drugs, "+"))
		}
		return out
	}
	got := kinds(casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(20), Sex: "female"}, Symptoms: "painful periods",
		Medications: []string{"mefenamic acid 500 mg three times daily"}, Allergies: []string{"ibuprofen"}})
	if !strings.Contains(strings.Join(got, " "), "allergy:mefenamic acid") {
		t.Errorf("mefenamic acid with an ibuprofen allergy: alerts %v", got)
	}
	got = kinds(casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: age(4), Sex: "male"}, Symptoms: "fever for 5 days not settling with paracetamol, red eyes, rash",
		Medications: []string{"paracetamol 15 mg/kg as needed"}})
	if strings.Contains(strings.Join(got, " "), "allergy:") {
		t.Errorf("a fever not settling with paracetamol read as an allergy: %v", got)
	}
}
