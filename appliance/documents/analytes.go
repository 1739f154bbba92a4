package documents

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed analytes.csv
var analytesCSV string

// Synonym is one row of the embedded analyte table.
type Synonym struct {
	Canonical string // lower-case English canonical name ("troponin I" keeps its capital)
	Lang      string // en | pt | any
	Text      string // the printed spelling, as written in the table
	Source    string // where the spelling comes from (see analytes.csv header)
	key       string // normalised Text
}

type analyteIndex struct {
	byKey map[string]string // normalised synonym -> canonical
	keys  []string          // normalised synonyms, longest first
	canon map[string]bool
	err   error
}

var (
	analyteOnce sync.Once
	analytes    analyteIndex
)

func loadAnalytes() *analyteIndex {
	analyteOnce.Do(func() {
		syns, err := parseAnalyteTable(analytesCSV)
		analytes = analyteIndex{byKey: map[string]string{}, canon: map[string]bool{}, err: err}
		for _, s := range syns {
			if prev, ok := analytes.byKey[s.key]; ok && prev != s.Canonical {
				analytes.err = fmt.Errorf("analytes.csv: %q maps to both %q and %q", s.Text, prev, s.Canonical)
				continue
			}
			if _, ok := analytes.byKey[s.key]; !ok {
				analytes.keys = append(analytes.keys, s.key)
			}
			analytes.byKey[s.key] = s.Canonical
			analytes.canon[s.Canonical] = true
		}
		sort.SliceStable(analytes.keys, func(i, j int) bool {
			return len(analytes.keys[i]) > len(analytes.keys[j])
		})
	})
	return &analytes
}

func parseAnalyteTable(data string) ([]Synonym, error) {
	var lines []string
	for _, l := range strings.Split(data, "\n") {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
			lines = append(lines, l)
		}
	}
	r := csv.NewReader(strings.NewReader(strings.Join(lines, "\n")))
	r.FieldsPerRecord = 4
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("analytes.csv: %w", err)
	}
	out := make([]Synonym, 0, len(recs))
	for _, rec := range recs {
		s := Synonym{Canonical: rec[0], Lang: rec[1], Text: rec[2], Source: rec[3], key: normLabel(rec[2])}
		if s.key == "" || s.Canonical == "" {
			return nil, fmt.Errorf("analytes.csv: empty field in %q", rec)
		}
		out = append(out, s)
	}
	return out, nil
}

// Synonyms returns the embedded analyte synonym table.
func Synonyms() []Synonym {
	syns, _ := parseAnalyteTable(analytesCSV)
	return syns
}

// CanonicalAnalyte maps a printed analyte name or abbreviation in English or
// Portuguese ("potássio", "K", "TnI", "Glicemia de jejum") to its canonical
// lower-case English name ("potassium", "troponin I", "glucose").
func CanonicalAnalyte(name string) (string, bool) {
	idx := loadAnalytes()
	return idx.match(normLabel(name))
}

// AlertAnalyte folds a canonical lab name into the analyte family used in
// alerts (CONTRACT.md: "troponin" for I, T and high-sensitivity alike).
func AlertAnalyte(canonical string) string {
	switch canonical {
	case "troponin I", "troponin T":
		return "troponin"
	}
	return canonical
}

// qualifierWords may follow a short abbreviation in a row label without
// changing which analyte it is ("PTH, Intact", "Cortisol, AM", "CPK total").
var qualifierWords = map[string]bool{
	"total": true, "intact": true, "intacto": true, "am": true, "pm": true, "fasting": true,
	"random": true, "serum": true, "plasma": true, "serico": true, "serica": true, "calc": true,
	"calculated": true, "calculado": true, "jejum": true, "em": true, "massa": true, "mass": true,
	"hs": true, "ultrassensivel": true, "blood": true, "sangue": true, "arterial": true,
	"venous": true, "venoso": true, "whole": true, "absolute": true, "absoluto": true,
	"abs": true, "count": true, "level": true, "de": true, "do": true, "da": true, "a1c": true,
	"alc": true, "result": true, "resultado": true,
}

// match finds the canonical analyte for a normalised row label: the longest
// synonym that is the whole label or starts it at a word boundary. Short
// abbreviations (K, Na, PT, Hb …) only match when what follows them is a
// parenthesis or known qualifier words, so prose never turns into labs.
func (idx *analyteIndex) match(label string) (string, bool) {
	if label == "" {
		return "", false
	}
	if c, ok := idx.byKey[label]; ok {
		return c, true
	}
	for _, k := range idx.keys {
		if !strings.HasPrefix(label, k) {
			continue
		}
		rest := label[len(k):]
		r, _ := utf8.DecodeRuneInString(rest)
		if r != ' ' && r != '(' && r != '/' && r != '-' {
			continue
		}
		if r == '-' && len(k) <= 3 {
			continue
		}
		if len(k) <= 4 && !qualifiedRest(rest) {
			continue
		}
		return idx.byKey[k], true
	}
	return "", false
}

// exactOrQualified: label is a synonym, or a synonym followed only by a
// parenthesis or qualifier words ("Cortisol, AM", "Glicose em jejum").
func (idx *analyteIndex) exactOrQualified(label string) bool {
	if _, ok := idx.byKey[label]; ok {
		return true
	}
	for _, k := range idx.keys {
		if strings.HasPrefix(label, k) && len(label) > len(k) && (label[len(k)] == ' ' || label[len(k)] == '(') && qualifiedRest(label[len(k):]) {
			return true
		}
	}
	return false
}

func qualifiedRest(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || strings.HasPrefix(rest, "(") {
		return true
	}
	words := strings.Fields(rest)
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, "()")
		if w != "" && !qualifierWords[w] {
			return false
		}
	}
	return true
}

// fuzzyMatch tolerates one OCR slip (two for long names) in a label that
// otherwise looks like a result row.
func (idx *analyteIndex) fuzzyMatch(label string) (string, bool) {
	if len(label) < 5 {
		return "", false
	}
	best, bestD := "", 99
	for _, k := range idx.keys {
		if len(k) < 5 {
			continue
		}
		cand := label
		if len(cand) > len(k) {
			// compare against the label prefix of the same number of words
			n := len(strings.Fields(k))
			f := strings.Fields(label)
			if len(f) < n {
				continue
			}
			cand = strings.Join(f[:n], " ")
		}
		max := 1
		if len(k) >= 10 {
			max = 2
		}
		if abs(len(cand)-len(k)) > max {
			continue
		}
		if d := levenshtein(cand, k, max); d <= max && d < bestD {
			best, bestD = idx.byKey[k], d
		}
	}
	return best, best != ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// levenshtein returns the edit distance, or max+1 once it exceeds max.
func levenshtein(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// normLabel lower-cases, strips accents, turns commas, dots and colons into
// spaces and collapses whitespace: "Bilirubin, Total" -> "bilirubin total".
func normLabel(s string) string {
	s = foldAccents(strings.ToLower(s))
	var b strings.Builder
	space := true
	for _, r := range s {
		switch {
		case r == ',' || r == ';' || r == ':' || r == '.' || r == '_' || r == '*' || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		case r == '–' || r == '—' || r == '‐':
			b.WriteByte('-')
			space = false
		default:
			b.WriteRune(r)
			space = false
		}
	}
	out := strings.TrimSpace(b.String())
	if strings.ContainsRune(out, '|') {
		// OCR reads a capital I as "|": "Troponina |". A leading bar is a table rule.
		f := strings.Fields(out)
		for len(f) > 0 && strings.Trim(f[0], "|") == "" {
			f = f[1:]
		}
		for i := range f {
			if f[i] == "|" {
				f[i] = "i"
			}
		}
		out = strings.Join(f, " ")
	}
	return out
}

// foldAccents removes diacritics from Latin letters: "potássio" -> "potassio".
// (Only Latin-1 and the few Latin Extended-A letters lab reports use; the
// standard library has no Unicode normaliser.)
func foldAccents(s string) string {
	isASCII := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			isASCII = false
			break
		}
	}
	if isASCII {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := accentFold[r]; ok {
			b.WriteRune(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, set := range map[rune]string{
		'a': "àáâãäåāă", 'A': "ÀÁÂÃÄÅĀĂ", 'e': "èéêëēĕė", 'E': "ÈÉÊËĒĔĖ",
		'i': "ìíîïĩī", 'I': "ÌÍÎÏĨĪ", 'o': "òóôõöøō", 'O': "ÒÓÔÕÖØŌ",
		'u': "ùúûüũū", 'U': "ÙÚÛÜŨŪ", 'c': "çć", 'C': "ÇĆ", 'n': "ñ", 'N': "Ñ", 'y': "ýÿ", 'Y': "Ý",
	} {
		for _, r := range set {
			m[r] = base
		}
	}
	return m
}()
