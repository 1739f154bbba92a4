package phi

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	testDetOnce sync.Once
	testDet     *Detector
	testDetErr  error
)

func detector(t testing.TB) *Detector {
	t.Helper()
	testDetOnce.Do(func() { testDet, testDetErr = NewDetector() })
	if testDetErr != nil {
		t.Fatal(testDetErr)
	}
	return testDet
}

type goldSpan struct {
	start, end int
	typ        string
}

type markedNote struct {
	id, lang, text string
	spans          []goldSpan
}

// parseMarked turns "{{TYPE|value}}" markup into text and spans.
func parseMarked(m string) (string, []goldSpan) {
	var b strings.Builder
	var spans []goldSpan
	for {
		i := strings.Index(m, "{{")
		if i < 0 {
			b.WriteString(m)
			break
		}
		b.WriteString(m[:i])
		m = m[i+2:]
		bar := strings.IndexByte(m, '|')
		end := strings.Index(m, "}}")
		typ, val := m[:bar], m[bar+1:end]
		start := b.Len()
		b.WriteString(val)
		spans = append(spans, goldSpan{start, b.Len(), typ})
		m = m[end+2:]
	}
	return b.String(), spans
}

func loadMarked(t testing.TB) []markedNote {
	t.Helper()
	f, err := os.Open("testdata/marked.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []markedNote
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct{ ID, Lang, Marked string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		text, spans := parseMarked(r.Marked)
		out = append(out, markedNote{r.ID, r.Lang, text, spans})
	}
	return out
}

// checkSpans asserts the output invariants: sorted, non-overlapping, in
// range, on UTF-8 boundaries, known types.
func checkSpans(t testing.TB, text string, spans []Span) {
	t.Helper()
	known := map[string]bool{}
	for _, ty := range Types() {
		known[ty] = true
	}
	bounds := make(map[int]bool, len(text)+1)
	for k := range text {
		bounds[k] = true
	}
	bounds[len(text)] = true
	last := 0
	for i, s := range spans {
		if s.Start < last || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %+v out of order or range (len %d, last %d)", i, s, len(text), last)
		}
		if !runeBoundary(text, s.Start) || !runeBoundary(text, s.End) || !bounds[s.Start] || !bounds[s.End] {
			t.Fatalf("span %d %+v not on a UTF-8 boundary", i, s)
		}
		if !known[s.Type] {
			t.Fatalf("span %d has unknown type %q", i, s.Type)
		}
		last = s.End
	}
}

// covered reports whether [s,e) of text is inside one detected span.
func covered(spans []Span, s, e int) (Span, bool) {
	for _, sp := range spans {
		if sp.Start <= s && e <= sp.End {
			return sp, true
		}
	}
	return Span{}, false
}

// overlaps reports whether any detected span overlaps [s,e).
func overlaps(spans []Span, s, e int) bool {
	for _, sp := range spans {
		if sp.Start < e && s < sp.End {
			return true
		}
	}
	return false
}

// find returns the byte range of the first occurrence of sub in text.
func find(t testing.TB, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return i, i + len(sub)
}

func mustDate(t testing.TB, s, layout string) time.Time {
	t.Helper()
	d, err := time.Parse(layout, s)
	if err != nil {
		t.Fatalf("parse %q: %v", s, err)
	}
	return d
}

// typedCase: value must be covered by one span of type typ.
type typedCase struct{ lang, text, value, typ string }

// cleanCase: clean must not be touched by any span.
type cleanCase struct{ lang, text, clean string }

func checkTyped(t *testing.T, d *Detector, cases []typedCase) {
	t.Helper()
	for _, c := range cases {
		spans := d.Detect(c.text, c.lang)
		checkSpans(t, c.text, spans)
		s, e := find(t, c.text, c.value)
		sp, ok := covered(spans, s, e)
		if !ok {
			t.Errorf("%s %q: %q not covered by one span; got %s", c.lang, c.text, c.value, show(c.text, spans))
			continue
		}
		if sp.Type != c.typ {
			t.Errorf("%s %q: %q typed %s, want %s", c.lang, c.text, c.value, sp.Type, c.typ)
		}
	}
}

func checkClean(t *testing.T, d *Detector, cases []cleanCase) {
	t.Helper()
	for _, c := range cases {
		s, e := find(t, c.text, c.clean)
		for _, sp := range d.Detect(c.text, c.lang) {
			if sp.Start < e && s < sp.End {
				t.Errorf("%q: %q should stay, got %s %q", c.text, c.clean, sp.Type, c.text[sp.Start:sp.End])
			}
		}
	}
}
