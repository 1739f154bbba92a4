package clinical

import (
	"math"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// Session 23 (heldout321-323, invented text): units written with a
// superscript or as mU/L and IFCC HbA1c are read, not dropped; a value
// "a year ago" is an earlier one; a fever that paracetamol does not bring
// down is no allergy to it; a past admission for an attempt is history.
func TestRound321Extraction(t *testing.T) {
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lab     casemodel.Lab
		analyte string
		want    float64
	}{
		{casemodel.Lab{Name: "neutrófilos", Value: 240, Unit: "/mm³"}, "neutrophils", 0.24},
		{casemodel.Lab{Name: "neutrophils", Value: 1500, Unit: "cells/mm3"}, "neutrophils", 1.5},
		{casemodel.Lab{Name: "plaquetas", Value: 210000, Unit: "/mm³"}, "platelets", 210},
		{casemodel.Lab{Name: "TSH", Value: 9.8, Unit: "mU/L"}, "tsh", 9.8},
		{casemodel.Lab{Name: "free T4", Value: 0.7, Unit: "ng/dL"}, "free_t4", 9.0},
		{casemodel.Lab{Name: "HbA1c", Value: 64, Unit: "mmol/mol"}, "hba1c", 8.0},
	} {
		c := Build(casemodel.Input{Symptoms: "review", Labs: []casemodel.Lab{tc.lab}}, nil, ref)
		got, ok := c.LabValue(tc.analyte)
		if !ok || math.Abs(got-tc.want) > 0.06*tc.want {
			t.Errorf("%s %v %s: read %v (%v), want %s about %v", tc.lab.Name, tc.lab.Value, tc.lab.Unit, got, ok, tc.analyte, tc.want)
		}
	}
	// the structured TSH, not last year's one in the notes
	c := Build(casemodel.Input{Symptoms: "tired", ClinicalNotes: "TSH was 3.1 a year ago.", Labs: []casemodel.Lab{{Name: "TSH", Value: 9.8, Unit: "mU/L"}}}, nil, ref)
	for _, l := range c.Labs {
		if l.Analyte == "tsh" && l.Value < 5 && !l.Earlier {
			t.Errorf("last year's TSH read as a current value: %+v", c.Labs)
		}
	}
	for notes, wantAllergy := range map[string]bool{
		"Fever for 4 days that won't come down properly with Calpol, rash on her tummy.": false,
		"Febre que não baixa direito com dipirona, manchas no corpo.":                    false,
		"Hives and lip swelling with amoxicillin last year.":                             true,
	} {
		c := Build(casemodel.Input{Symptoms: "fever", ClinicalNotes: notes}, nil, ref)
		if got := len(c.Allergies) > 0; got != wantAllergy {
			t.Errorf("%q: allergies %+v, want an allergy %v", notes, c.Allergies, wantAllergy)
		}
	}
	adm := Build(casemodel.Input{Language: "pt-BR", Symptoms: "sem queixas", ClinicalNotes: "Teve internação em 2015 por tentativa de suicídio."}, nil, ref)
	if adm.Has("overdose") || adm.Has("self_harm_act") {
		t.Errorf("an attempt in a 2015 admission read as current: %v", adm.Findings)
	}
	rec := Build(casemodel.Input{Symptoms: "oximeter query", ClinicalNotes: "Pneumonia virtual ward day 5, improving."}, nil, ref)
	if !rec.Has("recovering") {
		t.Errorf("\"virtual ward day 5, improving\" not read as recovering")
	}
}

// Session 23, second round (heldout324-326, invented text): a relative
// who writes about "my father" means the patient; a drug asked about is
// not taken; "a icterícia ... já sumiu" is over.
func TestRound324Extraction(t *testing.T) {
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	male := &casemodel.Patient{Sex: "male"}
	c := Build(casemodel.Input{Language: "pt-BR", Patient: male, Symptoms: "confuso", ClinicalNotes: "Filha escreveu: meu pai tem câncer de pulmão e está confuso."}, nil, ref)
	if !c.Has("cancer") {
		t.Errorf("the patient's own cancer, told by his daughter, read as family history")
	}
	c = Build(casemodel.Input{Language: "en", Patient: male, Symptoms: "chest pain", ClinicalNotes: "My father had lung cancer."}, nil, ref)
	if c.Has("cancer") {
		t.Errorf("a patient's father's cancer read as the patient's")
	}
	c = Build(casemodel.Input{Symptoms: "INR check", ClinicalNotes: "Knee pain - daughter asked whether she could take ibuprofen; advised against, not started.", Medications: []string{"warfarin 3 mg daily"}}, nil, ref)
	for _, m := range c.Meds {
		if m.Generic == "ibuprofen" {
			t.Errorf("ibuprofen only asked about read as taken")
		}
	}
	c = Build(casemodel.Input{Language: "pt-BR", Symptoms: "consulta de rotina; a icterícia que apareceu no 3º dia já sumiu"}, nil, ref)
	if !c.Passing("jaundice") {
		t.Errorf("jaundice that has gone not read as over")
	}
}

// Session 23, third round: gestation in shorthand.
func TestRound327Extraction(t *testing.T) {
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for notes, want := range map[string]int{
		"Gestante, IG 32s1d, contrações.":         32,
		"To com 30 semanas, barriga endurecendo.": 30,
		"Pregnant, 35+2, headache.":               35,
		"Cough for 3 weeks, 20 weeks pregnant.":   20,
	} {
		age := 28
		c := Build(casemodel.Input{Patient: &casemodel.Patient{Age: &age, Sex: "female"}, Symptoms: "review", ClinicalNotes: notes}, nil, ref)
		if c.GestWeeks != want {
			t.Errorf("%q: %d weeks, want %d (pregnant %v)", notes, c.GestWeeks, want, c.Pregnant)
		}
	}
}
