package reports

import (
	"regexp"
	"sort"
	"strings"
)

// PatientDoc is the patient-facing text, shared by the PDF and the audio.
type PatientDoc struct {
	Language   string
	Title      string
	Identity   [][2]string // label, value; only filled when identifiers are included
	Paragraphs []string
}

// Text is the whole patient-facing text as one string (what the audio
// speaks after any identity line, and what readability is measured on).
func (p PatientDoc) Text() string { return strings.Join(p.Paragraphs, " ") }

// PatientText builds the patient summary from the communicator's plain
// language text (already localized by the caller) and a short closing. No
// name, date of birth or patient id appears unless opt.IncludeIdentifiers.
func PatientText(c Case, opt Options) PatientDoc {
	lang := CaseLanguage(c)
	p := PatientDoc{Language: lang, Title: L("patient.title", lang)}
	summary := PatientSummary(c)
	if summary == "" {
		summary = L("patient.fallback", lang)
	}
	p.Paragraphs = append(p.Paragraphs, splitSentences(dedupeSentences(summary))...)
	p.Paragraphs = append(p.Paragraphs, L("patient.closing", lang))
	if opt.IncludeIdentifiers {
		in := c.Input
		if in.Patient != nil && in.Patient.Name != "" {
			p.Identity = append(p.Identity, [2]string{L("name", lang), in.Patient.Name})
		}
		if in.Patient != nil && in.Patient.DateOfBirth != "" {
			p.Identity = append(p.Identity, [2]string{L("dob", lang), in.Patient.DateOfBirth})
		}
		if in.PatientID != "" {
			p.Identity = append(p.Identity, [2]string{L("patient_id", lang), in.PatientID})
		}
		return p
	}
	for i := range p.Paragraphs {
		p.Paragraphs[i] = ScrubIdentifiers(p.Paragraphs[i], c)
	}
	return p
}

// dedupeSentences drops repeated sentences (two alerts of one kind give
// the same plain-language sentence twice).
func dedupeSentences(s string) string {
	seen := map[string]bool{}
	var out []string
	for _, para := range splitSentences(s) {
		for _, sent := range sentencesOf(para) {
			if !seen[sent] {
				seen[sent] = true
				out = append(out, sent)
			}
		}
	}
	return strings.Join(out, " ")
}

func sentencesOf(s string) []string {
	var sent []string
	start := 0
	for i := 0; i < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && (i+1 == len(s) || s[i+1] == ' ') {
			sent = append(sent, strings.TrimSpace(s[start:i+1]))
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		sent = append(sent, rest)
	}
	return sent
}

// splitSentences groups a summary into short paragraphs of up to two
// sentences, which reads (and sounds) better than one block.
func splitSentences(s string) []string {
	sent := sentencesOf(s)
	var out []string
	for i := 0; i < len(sent); i += 2 {
		j := i + 2
		if j > len(sent) {
			j = len(sent)
		}
		out = append(out, strings.Join(sent[i:j], " "))
	}
	return out
}

// ScrubIdentifiers removes the case's identifiers (patient id, name and
// its parts, date of birth in common formats) from text: a last safety net
// for patient-facing outputs.
func ScrubIdentifiers(text string, c Case) string {
	in := c.Input
	var ids []string
	if in.PatientID != "" {
		ids = append(ids, in.PatientID)
	}
	if in.Patient != nil {
		if in.Patient.Name != "" {
			ids = append(ids, in.Patient.Name)
			ids = append(ids, strings.Fields(in.Patient.Name)...)
		}
		if dob := in.Patient.DateOfBirth; dob != "" {
			ids = append(ids, dob)
			if len(dob) == 10 { // YYYY-MM-DD → DD/MM/YYYY and MM/DD/YYYY
				ids = append(ids, dob[8:10]+"/"+dob[5:7]+"/"+dob[0:4], dob[5:7]+"/"+dob[8:10]+"/"+dob[0:4])
			}
		}
	}
	sort.Slice(ids, func(i, j int) bool { return len(ids[i]) > len(ids[j]) })
	for _, id := range ids {
		if len([]rune(id)) < 3 {
			continue
		}
		rx := regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}_])` + regexp.QuoteMeta(id) + `($|[^\p{L}\p{N}_])`)
		for rx.MatchString(text) {
			text = rx.ReplaceAllString(text, "$1$2")
		}
	}
	return strings.Join(strings.Fields(text), " ")
}

func sortStrings(s []string) { sort.Strings(s) }
