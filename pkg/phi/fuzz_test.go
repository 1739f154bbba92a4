package phi

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// maxFuzzLen keeps each fuzz execution short under coverage
// instrumentation; TestLinearTime covers long inputs.
const maxFuzzLen = 16 << 10

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"", "a", "\xff\xfe", "Dr.", "Dr. ", "MRN:", "CPF 529.982.247-25", "( 3 1 9 )  5 5 5 - 0 1 2 8",
		"Patient: Harold J. Whitaker    MRN: 00482913    DOB: 07/22/1931",
		"Paciente: José da Silva, 91 anos, CNS 700 0123 0000 0002, CEP 05844-000",
		"D0B : O9/ 12/1947  H0SPITAL", "www.", "a@b.co", "::1", "1.2.3.4.5", "12/12/12/12",
		"Jan 4th", "14 de março de", "Rua , 1", "QNL 14, Conjunto", "- -NKH", "]: :", "x" + strings.Repeat("9", 40),
	} {
		f.Add(s, "en")
		f.Add(s, "pt-BR")
	}
}

func FuzzDetect(f *testing.F) {
	fuzzSeeds(f)
	d := detector(f)
	f.Fuzz(func(t *testing.T, text, lang string) {
		if len(text) > maxFuzzLen {
			return // long inputs are covered by TestLinearTime
		}
		spans := d.Detect(text, lang)
		checkSpans(t, text, spans)
		for _, s := range spans {
			if s.Score == 0 && s.Start == 0 && s.End == len(text) && s.Type == TypeID && len(text) > 0 {
				t.Fatalf("detector recovered from a panic on %q", text)
			}
		}
	})
}

func FuzzScrub(f *testing.F) {
	fuzzSeeds(f)
	d := detector(f)
	f.Fuzz(func(t *testing.T, text, lang string) {
		if len(text) > maxFuzzLen {
			return // long inputs are covered by TestLinearTime
		}
		for _, m := range []Mode{Redact, Surrogate, SafeHarbor} {
			out, spans := d.Scrub(text, lang, ScrubOptions{Mode: m, Key: []byte("k"), PatientKey: "p", ShiftDates: m == Redact})
			checkSpans(t, text, spans)
			if utf8.ValidString(text) && !utf8.ValidString(out) {
				t.Fatalf("mode %d produced invalid UTF-8 from valid input %q: %q", m, text, out)
			}
			if len(spans) == 0 && out != text {
				t.Fatalf("mode %d changed text without spans", m)
			}
		}
	})
}
