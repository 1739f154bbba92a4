package api

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/pkg/httpx"
)

// Field limits: generous for real notes, small enough that one request cannot
// exhaust the node.
const (
	maxIDLen    = 128
	maxNoteLen  = 100_000
	maxShortLen = 2_000
	maxListLen  = 100
)

// validateInput checks a case input against the contract and fills defaults.
// Every error names the field at fault and never echoes the value (it may be
// PHI).
func validateInput(in *casemodel.Input) error {
	in.PatientID = strings.TrimSpace(in.PatientID)
	if in.PatientID == "" {
		return httpx.Invalid("patient_id", "patient_id is required")
	}
	if len(in.PatientID) > maxIDLen || !printable(in.PatientID) {
		return httpx.Invalid("patient_id", "patient_id must be 1 to %d printable characters", maxIDLen)
	}
	if in.Priority == "" {
		in.Priority = "medium"
	}
	if !casemodel.Contains(casemodel.Priorities, in.Priority) {
		return enumErr("priority", casemodel.Priorities)
	}
	if in.Language == "" {
		in.Language = "en"
	}
	if !casemodel.Contains(casemodel.Languages, in.Language) {
		return enumErr("language", casemodel.Languages)
	}
	for _, f := range []struct {
		name string
		v    string
		max  int
	}{{"clinical_notes", in.ClinicalNotes, maxNoteLen}, {"symptoms", in.Symptoms, maxNoteLen}, {"symptom_duration", in.SymptomDuration, maxShortLen}} {
		if err := text(f.name, f.v, f.max); err != nil {
			return err
		}
	}
	if in.SeverityRating != nil && (*in.SeverityRating < 0 || *in.SeverityRating > 10) {
		return httpx.Invalid("severity_rating", "severity_rating must be between 0 and 10")
	}
	if p := in.Patient; p != nil {
		if err := text("patient.name", p.Name, 256); err != nil {
			return err
		}
		if p.DateOfBirth != "" {
			dob, err := time.Parse("2006-01-02", p.DateOfBirth)
			if err != nil {
				return httpx.Invalid("patient.date_of_birth", "patient.date_of_birth must be a date as YYYY-MM-DD")
			}
			if dob.After(time.Now()) || dob.Year() < 1880 {
				return httpx.Invalid("patient.date_of_birth", "patient.date_of_birth must be a past date after 1880")
			}
		}
		if p.Age != nil && (*p.Age < 0 || *p.Age > 130) {
			return httpx.Invalid("patient.age", "patient.age must be between 0 and 130")
		}
		if p.Sex != "" && !casemodel.Contains(casemodel.Sexes, p.Sex) {
			return enumErr("patient.sex", casemodel.Sexes)
		}
	}
	if v := in.Vitals; v != nil {
		for _, r := range []struct {
			name     string
			v        *float64
			min, max float64
		}{
			{"vitals.heart_rate", v.HeartRate, 0, 350},
			{"vitals.systolic_bp", v.SystolicBP, 0, 350},
			{"vitals.diastolic_bp", v.DiastolicBP, 0, 250},
			{"vitals.respiratory_rate", v.RespiratoryRate, 0, 120},
			{"vitals.spo2", v.SpO2, 0, 100},
			{"vitals.temperature_c", v.TemperatureC, 20, 46},
			{"vitals.glucose_mg_dl", v.GlucoseMgDl, 0, 5000},
		} {
			if r.v != nil && (*r.v < r.min || *r.v > r.max || *r.v != *r.v) {
				return httpx.Invalid(r.name, "%s must be between %g and %g", r.name, r.min, r.max)
			}
		}
		if v.GCS != nil && (*v.GCS < 3 || *v.GCS > 15) {
			return httpx.Invalid("vitals.gcs", "vitals.gcs must be between 3 and 15")
		}
		if v.Consciousness != "" && !casemodel.Contains(casemodel.Consciousness, v.Consciousness) {
			return enumErr("vitals.consciousness", casemodel.Consciousness)
		}
	}
	if len(in.Labs) > maxListLen {
		return httpx.Invalid("labs", "at most %d labs", maxListLen)
	}
	for i, l := range in.Labs {
		f := fmt.Sprintf("labs[%d]", i)
		if strings.TrimSpace(l.Name) == "" {
			return httpx.Invalid(f+".name", "%s.name is required", f)
		}
		if err := text(f+".name", l.Name, 200); err != nil {
			return err
		}
		if err := text(f+".unit", l.Unit, 50); err != nil {
			return err
		}
		if l.Flag != "" {
			return httpx.Invalid(f+".flag", "%s.flag is set by document extraction, not by clients", f)
		}
	}
	for _, list := range []struct {
		name string
		v    []string
	}{{"medications", in.Medications}, {"allergies", in.Allergies}} {
		if len(list.v) > maxListLen {
			return httpx.Invalid(list.name, "at most %d %s", maxListLen, list.name)
		}
		for i, s := range list.v {
			if err := text(fmt.Sprintf("%s[%d]", list.name, i), s, 500); err != nil {
				return err
			}
		}
	}
	for i, sp := range in.SpecialtiesHint {
		if !casemodel.Contains(casemodel.Specialties, sp) {
			return enumErr(fmt.Sprintf("specialties_hint[%d]", i), casemodel.Specialties)
		}
	}
	return nil
}

func enumErr(field string, allowed []string) error {
	return httpx.Invalid(field, "%s must be one of: %s", field, strings.Join(allowed, ", ")).WithDetails("allowed", allowed)
}

func text(field, v string, max int) error {
	if !utf8.ValidString(v) {
		return httpx.Invalid(field, "%s must be valid UTF-8", field)
	}
	if len(v) > max {
		return httpx.Invalid(field, "%s is longer than %d bytes", field, max).WithDetails("limit_bytes", max)
	}
	if strings.ContainsRune(v, 0) {
		return httpx.Invalid(field, "%s must not contain NUL characters", field)
	}
	return nil
}

func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}
