// Package knowledge is the appliance's clinical knowledge base: guideline
// summaries written for this product and shipped inside the binary (English
// and Brazilian Portuguese, one record per "kb:" evidence id the agents
// cite), plus documents administrators upload (stored through raft by the
// API). Search is BM25 over short passages with accent folding, light
// stemming and cross-language medical synonyms and abbreviations
// (IAM/MI, AVC/stroke, DPOC/COPD, TEP/PE, ICC/HF, DM/diabetes, HAS/hypertension…).
// The package is a pure library: no I/O beyond its embedded data.
package knowledge

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

// Languages of the knowledge base (the contract's case languages).
const (
	LangEN = "en"
	LangPT = "pt-BR"
)

// Doc is one knowledge-base document in one language.
type Doc struct {
	ID        string `json:"document_id"` // "kb:…" (shipped) or "kbd_…" (uploaded)
	Language  string `json:"language"`    // en | pt-BR
	Title     string `json:"title"`
	Specialty string `json:"specialty"` // a contract specialty name
	Source    string `json:"source"`    // citation of the guideline or the uploader's reference
	Text      string `json:"text"`
	Shipped   bool   `json:"shipped"`
}

//go:embed data/*.kb
var dataFS embed.FS

var (
	shippedOnce sync.Once
	shippedDocs []Doc
	shippedErr  error
)

// Shipped returns the embedded guideline summaries, both languages, sorted
// by id then language. The data is checked by the package tests, so an
// error here means a broken build.
func Shipped() ([]Doc, error) {
	shippedOnce.Do(func() {
		shippedDocs, shippedErr = loadShipped(dataFS)
	})
	return shippedDocs, shippedErr
}

// Lookup finds a shipped document by evidence id in a language ("pt",
// "pt-BR" → Portuguese), falling back to the other language.
func Lookup(id, lang string) (Doc, bool) {
	docs, err := Shipped()
	if err != nil {
		return Doc{}, false
	}
	want := NormLang(lang)
	var other Doc
	found := false
	for _, d := range docs {
		if d.ID != id {
			continue
		}
		if d.Language == want {
			return d, true
		}
		other, found = d, true
	}
	return other, found
}

// NormLang maps a language tag to LangEN or LangPT.
func NormLang(lang string) string {
	if strings.HasPrefix(strings.ToLower(lang), "pt") {
		return LangPT
	}
	return LangEN
}

// loadShipped parses every data/*.kb file. Record format (one field a line,
// records start with "@ <id>", "#" lines are comments):
//
//	@ kb:acs-heart-score
//	specialty: cardiology
//	source: <citation>
//	en.title: …
//	en.text: …
//	pt.title: …
//	pt.text: …
func loadShipped(fsys fs.FS) ([]Doc, error) {
	names, err := fs.Glob(fsys, "data/*.kb")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Doc
	seen := map[string]string{}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		docs, err := parseKB(name, string(b))
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			key := d.ID + "|" + d.Language
			if prev, dup := seen[key]; dup {
				return nil, fmt.Errorf("knowledge: %s: %s defined again (first in %s)", name, d.ID, prev)
			}
			seen[key] = name
			out = append(out, d)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ID != out[j].ID {
			return out[i].ID < out[j].ID
		}
		return out[i].Language < out[j].Language
	})
	return out, nil
}

type record struct {
	id, line string
	fields   map[string]string
}

func parseKB(name, data string) ([]Doc, error) {
	var recs []*record
	var cur *record
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "@ ") {
			cur = &record{id: strings.TrimSpace(line[2:]), line: fmt.Sprintf("%s:%d", name, n), fields: map[string]string{}}
			recs = append(recs, cur)
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("knowledge: %s:%d: field outside a record", name, n)
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("knowledge: %s:%d: want \"key: value\"", name, n)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if _, dup := cur.fields[k]; dup {
			return nil, fmt.Errorf("knowledge: %s:%d: %s repeated in %s", name, n, k, cur.id)
		}
		cur.fields[k] = v
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []Doc
	for _, r := range recs {
		if !strings.HasPrefix(r.id, "kb:") {
			return nil, fmt.Errorf("knowledge: %s: id %q must start with kb:", r.line, r.id)
		}
		for _, k := range []string{"specialty", "source", "en.title", "en.text", "pt.title", "pt.text"} {
			if r.fields[k] == "" {
				return nil, fmt.Errorf("knowledge: %s: %s has no %s", r.line, r.id, k)
			}
		}
		for k := range r.fields {
			switch k {
			case "specialty", "source", "en.title", "en.text", "pt.title", "pt.text":
			default:
				return nil, fmt.Errorf("knowledge: %s: %s has unknown field %q", r.line, r.id, k)
			}
		}
		base := Doc{ID: r.id, Specialty: r.fields["specialty"], Source: r.fields["source"], Shipped: true}
		en, pt := base, base
		en.Language, en.Title, en.Text = LangEN, r.fields["en.title"], r.fields["en.text"]
		pt.Language, pt.Title, pt.Text = LangPT, r.fields["pt.title"], r.fields["pt.text"]
		out = append(out, en, pt)
	}
	return out, nil
}
