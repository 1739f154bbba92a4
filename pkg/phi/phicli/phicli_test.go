package phicli

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/agnomedical/agno/pkg/phi"
)

var (
	once sync.Once
	det  *phi.Detector
	derr error
)

func detector(t *testing.T) *phi.Detector {
	t.Helper()
	once.Do(func() { det, derr = phi.NewDetector() })
	if derr != nil {
		t.Fatal(derr)
	}
	return det
}

const input = `{"id":"n1","lang":"en","text":"Pt Quillon Farraday, DOB 1/9/1989, call 614-555-0123."}
{"id":"n2","lang":"pt-BR","text":"Paciente: Josefa dos Reis, CPF 529.982.247-25."}

{"id":"n3","lang":"en","text":"No PHI here: BP 120/80."}
`

func TestDetectJSONL(t *testing.T) {
	var out bytes.Buffer
	counts := map[string]int{}
	if err := Detect(strings.NewReader(input), &out, detector(t), func(typ string) { counts[typ]++ }); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 output lines, got %d:\n%s", len(lines), out.String())
	}
	var ids []string
	for _, l := range lines {
		var o struct {
			ID    string `json:"id"`
			Spans []struct {
				Start, End int
				Type       string
			} `json:"spans"`
		}
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, o.ID)
		if o.Spans == nil {
			t.Fatalf("spans must be an array, even when empty: %s", l)
		}
	}
	if strings.Join(ids, ",") != "n1,n2,n3" {
		t.Fatalf("order changed: %v", ids)
	}
	if !strings.Contains(lines[0], `"type":"NAME"`) || !strings.Contains(lines[0], `"start":3`) {
		t.Fatalf("unexpected first line %s", lines[0])
	}
	if strings.Contains(out.String(), "Farraday") {
		t.Fatal("detect output must not contain values")
	}
	if counts["NAME"] < 2 || counts["CPF"] != 1 || counts["PHONE"] != 1 {
		t.Fatalf("observer counts %v", counts)
	}
	if !strings.Contains(lines[2], `"spans":[]`) {
		t.Fatalf("empty spans should be []: %s", lines[2])
	}
}

func TestScrubJSONL(t *testing.T) {
	var out bytes.Buffer
	if err := Scrub(strings.NewReader(input), &out, detector(t), phi.ScrubOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, leak := range []string{"Farraday", "614-555-0123", "529.982.247-25", "Josefa"} {
		if strings.Contains(s, leak) {
			t.Fatalf("scrub output leaks %q: %s", leak, s)
		}
	}
	if !strings.Contains(s, `"text":"Pt [NAME], DOB [DATE], call [PHONE]."`) {
		t.Fatalf("unexpected scrub output: %s", s)
	}
	if !strings.Contains(s, `"id":"n3","text":"No PHI here: BP 120/80."`) {
		t.Fatalf("non-PHI note changed: %s", s)
	}
}

func TestBadLines(t *testing.T) {
	d := detector(t)
	secret := "Quillon Farraday 614-555-0123"
	for _, c := range []struct{ in, want string }{
		{`{"id":"a","text":"ok"}` + "\n" + `{"id":"b","text":"` + secret + `"`, "line 2"},
		{`not json ` + secret, "line 1"},
		{`{"id":"a","lang":"fr","text":"` + secret + `"}`, "line 1"},
		{`{"id":"a","lang":"en"}`, `line 1: missing "text"`},
		{`{"id":"a","text":"x","extra":"` + secret + `"}`, "line 1"},
		{`{"id":"a","text":5}`, "line 1"},
		{`["` + secret + `"]`, "line 1"},
	} {
		var out bytes.Buffer
		err := Detect(strings.NewReader(c.in), &out, d, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("input %q: error %v, want %q", c.in, err, c.want)
			continue
		}
		if strings.Contains(err.Error(), "Farraday") || strings.Contains(err.Error(), "555") {
			t.Errorf("error text carries input content: %v", err)
		}
	}
}
