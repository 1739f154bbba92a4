// Package reports turns an analysed case into what leaves the appliance for
// people and systems: the physician report and the patient summary (PDF,
// with embedded UTF-8 fonts so Portuguese renders), the spoken patient
// summary (espeak-ng → lame → MP3) and a FHIR R4 Bundle. It is a library:
// callers pass the decrypted case; nothing here touches the store or keys.
//
// Language: a report may be asked for in the other contract language than
// the case's. Localize re-runs the communicator over the stored agent
// outputs (which keep every clinical sentence in both languages), so the
// clinical content is the stored analysis, only worded in the new language.
package reports

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/communicator"
	"github.com/agnomedical/agno/appliance/agents/safety"
	"github.com/agnomedical/agno/appliance/agents/specialists"
	"github.com/agnomedical/agno/appliance/agents/triage"
	"github.com/agnomedical/agno/appliance/agents/validator"
	"github.com/agnomedical/agno/appliance/casemodel"
)

// Languages.
const (
	LangEN = "en"
	LangPT = "pt-BR"
)

// Case is an analysed case as the reports need it (decrypted by the caller).
type Case struct {
	CaseID     string
	PatientRef string // keyed pseudonym of the patient id (FHIR Patient identifier)
	Status     string // completed|escalated (processing cases have no report)
	Priority   string
	Created    time.Time
	Completed  time.Time
	Input      casemodel.Input
	Analysis   casemodel.Analysis
	Documents  []casemodel.Document
}

// Options choose a report's language and content.
type Options struct {
	// Language is en or pt-BR; empty means the case's language.
	Language string
	// IncludeEvidence lists the knowledge-base guidelines behind the
	// specialists' opinions (titles and citations) in the physician report.
	IncludeEvidence bool
	// IncludeIdentifiers puts the patient's name, date of birth and id on
	// patient-facing outputs (patient PDF, audio). Off by default: only a
	// physician's explicit choice turns it on.
	IncludeIdentifiers bool
}

// NormLang maps a language tag to LangEN or LangPT.
func NormLang(lang string) string {
	if clinical.IsPT(lang) {
		return LangPT
	}
	return LangEN
}

// CaseLanguage is the language the case's texts were written in: the
// communicator's, else the input's, else English.
func CaseLanguage(c Case) string {
	var co communicator.Output
	if decode(c.Analysis.Outputs, "communicator", &co) && co.Language != "" {
		return NormLang(co.Language)
	}
	if c.Input.Language != "" {
		return NormLang(c.Input.Language)
	}
	return LangEN
}

// ErrNoAnalysis means the case has no usable analysis (still processing, or
// the agents failed).
type ErrNoAnalysis struct{ Status, Reason string }

func (e ErrNoAnalysis) Error() string {
	if e.Reason != "" {
		return fmt.Sprintf("case has no report: analysis status %s (%s)", e.Status, e.Reason)
	}
	return "case has no report: analysis status " + e.Status
}

// Ready checks that a case can be reported on.
func Ready(c Case) error {
	switch c.Status {
	case "completed", "escalated":
	default:
		return ErrNoAnalysis{Status: c.Status, Reason: c.Analysis.Error}
	}
	if c.Analysis.Triage == nil || c.Analysis.FinalReport == nil {
		return ErrNoAnalysis{Status: c.Status, Reason: "analysis incomplete"}
	}
	return nil
}

// decode re-reads one agent's stored output (a JSON round trip: the
// analysis is stored as JSON, so Outputs hold generic maps).
func decode(outputs map[string]any, key string, v any) bool {
	raw, ok := outputs[key]
	if !ok || raw == nil {
		return false
	}
	b, err := json.Marshal(raw)
	if err != nil {
		return false
	}
	return json.Unmarshal(b, v) == nil
}

// opinions returns the specialists' stored opinions in routing order.
func opinions(an casemodel.Analysis) []specialists.Opinion {
	var names []string
	if an.Triage != nil {
		names = append(names, an.Triage.Specialties...)
	}
	var t triage.Result
	if decode(an.Outputs, "triage", &t) {
		names = append(names, t.Specialties...)
	}
	names = append(names, an.AgentsInvolved...)
	seen := map[string]bool{}
	var out []specialists.Opinion
	for _, n := range names {
		if seen[n] || specialists.Registry[n] == nil {
			continue
		}
		seen[n] = true
		var op specialists.Opinion
		if decode(an.Outputs, n, &op) && op.Agent != "" {
			op.Level = triage.LevelOf(op.Urgency)
			if op.Urgency == "" {
				op.Level = -1
			}
			out = append(out, op)
		}
	}
	return out
}

// Localize returns the case with its texts (synthesis, recommendations,
// patient summary, red flags, alert messages) in lang. The clinical content
// is the stored analysis: the communicator is re-run over the stored triage,
// specialist and validator outputs, which carry every sentence in both
// languages. A case already in lang is returned unchanged.
func Localize(c Case, lang string) (Case, error) {
	lang = NormLang(lang)
	if CaseLanguage(c) == lang {
		return c, nil
	}
	return relocalize(c, lang)
}

func relocalize(c Case, lang string) (Case, error) {
	if err := Ready(c); err != nil {
		return c, err
	}
	an := c.Analysis
	var t triage.Result
	var v validator.Result
	if !decode(an.Outputs, "triage", &t) || !decode(an.Outputs, "validator", &v) {
		return c, ErrNoAnalysis{Status: c.Status, Reason: "stored analysis lacks the triage or validator output"}
	}
	t.Level = triage.LevelOf(t.Urgency)
	v.Level = triage.LevelOf(v.Urgency)
	v.Debates = an.Debates
	in := c.Input
	cc := &clinical.Case{Lang: lang, Input: &in}
	co := communicator.Write(communicator.Input{Case: cc, Triage: t, Opinions: opinions(an), Validated: v, Alerts: an.Alerts})

	out := c
	na := an
	na.Outputs = map[string]any{}
	for k, val := range an.Outputs {
		na.Outputs[k] = val
	}
	na.Outputs["communicator"] = co
	if an.Triage != nil {
		tr := *an.Triage
		tr.RedFlags = t.RedFlags(lang)
		na.Triage = &tr
	}
	fr := *an.FinalReport
	fr.Synthesis = co.Synthesis
	fr.Recommendations = append([]string{}, co.Recommendations...)
	na.FinalReport = &fr
	na.Alerts = localAlerts(an, lang)
	out.Analysis = na
	out.Input.Language = lang
	return out, nil
}

// localAlerts rewrites alert messages from the safety agent's bilingual
// finding details.
func localAlerts(an casemodel.Analysis, lang string) []casemodel.Alert {
	var sr safety.Result
	decode(an.Outputs, "safety", &sr)
	out := make([]casemodel.Alert, 0, len(an.Alerts))
	for _, a := range an.Alerts {
		na := a
		na.Message = alertText(a, lang)
		for _, f := range sr.Findings {
			if f.Alert.Kind == a.Kind && f.Alert.Analyte == a.Analyte && strings.Join(f.Alert.Drugs, "+") == strings.Join(a.Drugs, "+") {
				if d := f.Detail.In(lang); d != "" {
					na.Message = alertText(a, lang) + ": " + d
				}
			}
		}
		out = append(out, na)
	}
	return out
}

// alertText is a short structured description of an alert in lang.
func alertText(a casemodel.Alert, lang string) string {
	switch a.Kind {
	case "critical_lab":
		s := L("alert.critical_lab", lang) + " " + a.Analyte
		if a.Value != nil {
			s += " " + num(*a.Value)
			if a.Unit != "" {
				s += " " + a.Unit
			}
		}
		return s
	case "drug_interaction":
		return L("alert.drug_interaction", lang) + " " + strings.Join(a.Drugs, " + ")
	case "allergy":
		return L("alert.allergy", lang) + " " + strings.Join(a.Drugs, ", ")
	}
	return a.Kind
}

func num(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

// evidence lists the knowledge-base ids cited by the specialists, the
// safety checks and the debates, sorted.
func evidence(an casemodel.Analysis) []string {
	seen := map[string]bool{}
	for _, op := range opinions(an) {
		for _, e := range op.Evidence {
			seen[e] = true
		}
	}
	var sr safety.Result
	if decode(an.Outputs, "safety", &sr) && len(an.Alerts) > 0 {
		for _, e := range sr.Evidence {
			seen[e] = true
		}
	}
	for _, d := range an.Debates {
		for _, t := range d.Turns {
			for _, e := range t.Evidence {
				if strings.HasPrefix(e, "kb:") {
					seen[e] = true
				}
			}
		}
	}
	out := make([]string, 0, len(seen))
	for e := range seen {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}

// PatientSummary is the communicator's plain-language text for the patient
// in the case's (localized) language.
func PatientSummary(c Case) string {
	var co communicator.Output
	if decode(c.Analysis.Outputs, "communicator", &co) && strings.TrimSpace(co.PatientSummary) != "" {
		return co.PatientSummary
	}
	return ""
}

// docLabs lists the labs of extracted documents.
func docLabs(docs []casemodel.Document) []casemodel.Lab {
	var out []casemodel.Lab
	for _, d := range docs {
		if d.Status == "done" {
			out = append(out, d.LabsExtracted...)
		}
	}
	return out
}
