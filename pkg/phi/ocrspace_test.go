package phi

import (
	"strings"
	"testing"
)

// spanOf returns the type of the span that covers sub in text, or "".
func spanOf(spans []Span, text, sub string) string {
	i := strings.Index(text, sub)
	if i < 0 {
		return "?"
	}
	for _, s := range spans {
		if s.Start <= i && i+len(sub) <= s.End {
			return s.Type
		}
	}
	return ""
}

func TestLetterSpacedOCR(t *testing.T) {
	d := detector(t)
	cases := []struct {
		lang, text, sub, typ string
	}{
		{"pt-BR", "E n d e r e ç o :  R u a  d a s  F l o r e s  1 2 3  -  C E N T R O\nC E P  0 1 3 1 0 - 1 0 0\n", "R u a  d a s  F l o r e s  1 2 3", TypeAddress},
		{"pt-BR", "E n d e r e ç o :  R u a  d a s  F l o r e s  1 2 3  -  C E N T R O\nC E P  0 1 3 1 0 - 1 0 0\n", "0 1 3 1 0 - 1 0 0", TypeZIP},
		{"pt-BR", "P a c i e n t e :  J o s é  C a r l o s  P e r e i r a\nQueixa: dor lombar.", "J o s é  C a r l o s  P e r e i r a", TypeName},
		{"en", "Address: 4 1 2  E l m  S t r e e t, Lo we ll, MA 0 1 8 5 2\n", "Lo we ll", TypeLocation},
		{"pt-BR", "Paciente Fran cis ca Gomes, 71 anos, residente em Cam pi nas.", "Cam pi nas", TypeLocation},
	}
	for _, c := range cases {
		spans := d.Detect(c.text, c.lang)
		if got := spanOf(spans, c.text, c.sub); got != c.typ {
			t.Errorf("%q in %q: %q, want %q (spans %v)", c.sub, c.text, got, c.typ, spans)
		}
	}
	// ordinary prose is left alone: nothing is joined
	for _, s := range []string{"He is on it. We do a lot.", "Go to the ER if it is bad.", "a b c"} {
		a := newAnalysis(d, s, "en")
		if a.text != s || a.ocr {
			t.Errorf("%q: working copy %q, ocr %v", s, a.text, a.ocr)
		}
		a.release()
	}
}

func TestIDTypedByLabel(t *testing.T) {
	d := detector(t)
	cases := []struct {
		lang, text, sub, typ string
	}{
		{"pt-BR", "Registro do paciente nº 8812044 na internação.", "8812044", TypeMRN},
		{"pt-BR", "Carteirinha do convênio 0 064 881200 77 válida.", "881200", TypeHealthPlan},
		{"pt-BR", "Enfermeira responsável: Rita Paiva, COREN 287441.", "287441", TypeLicense},
		{"en", "Invoice no. INV-8830211 is due.", "8830211", TypeAccount},
		{"en", "Attending license # MD-0448812.", "0448812", TypeLicense},
	}
	for _, c := range cases {
		spans := d.Detect(c.text, c.lang)
		if got := spanOf(spans, c.text, c.sub); got != c.typ {
			t.Errorf("%q in %q: %q, want %q (spans %v)", c.sub, c.text, got, c.typ, spans)
		}
	}
}
