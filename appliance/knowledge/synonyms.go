package knowledge

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
)

//go:embed data/synonyms.tsv
var synonymsTSV string

// synTerm is one phrase of a concept group, as folded words.
type synTerm struct {
	words   []string
	upper   bool // ambiguous abbreviation: counts only in capitals
	concept string
}

// lexicon maps phrases to concepts, indexed by their first word.
type lexicon struct {
	byFirst  map[string][]synTerm // longest phrase first
	concepts map[string][]string  // concept → its terms as written (docs, tests)
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

func theLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = parseLexicon(synonymsTSV) })
	return lex, lexErr
}

func parseLexicon(data string) (*lexicon, error) {
	l := &lexicon{byFirst: map[string][]synTerm{}, concepts: map[string][]string{}}
	sc := bufio.NewScanner(strings.NewReader(data))
	n := 0
	seen := map[string]string{}
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		concept, terms, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(concept) == "" {
			return nil, fmt.Errorf("knowledge: synonyms line %d: want concept<TAB>term|term", n)
		}
		concept = strings.TrimSpace(concept)
		if _, dup := l.concepts[concept]; dup {
			return nil, fmt.Errorf("knowledge: synonyms line %d: concept %q defined twice", n, concept)
		}
		for _, raw := range strings.Split(terms, "|") {
			raw = strings.TrimSpace(raw)
			if raw == "" {
				continue
			}
			t := synTerm{concept: concept}
			if strings.HasPrefix(raw, "=") {
				t.upper = true
				raw = raw[1:]
			}
			for _, tok := range tokenize(raw) {
				t.words = append(t.words, tok.fold)
			}
			if len(t.words) == 0 {
				continue
			}
			key := strings.Join(t.words, " ")
			if prev, dup := seen[key]; dup {
				if prev == concept {
					continue
				}
				return nil, fmt.Errorf("knowledge: synonyms line %d: term %q is in %s and %s", n, raw, prev, concept)
			}
			seen[key] = concept
			l.concepts[concept] = append(l.concepts[concept], raw)
			l.byFirst[t.words[0]] = append(l.byFirst[t.words[0]], t)
		}
	}
	for k := range l.byFirst {
		ts := l.byFirst[k]
		sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].words) > len(ts[j].words) })
	}
	return l, sc.Err()
}

// conceptsAt returns the concept of the longest phrase starting at toks[i]
// and its length in words (0 when none matches).
func (l *lexicon) conceptsAt(toks []token, i int) (string, int) {
	for _, t := range l.byFirst[toks[i].fold] {
		if i+len(t.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range t.words {
			if toks[i+k].fold != w || (t.upper && !toks[i+k].upper) {
				ok = false
				break
			}
		}
		if ok {
			return t.concept, len(t.words)
		}
	}
	return "", 0
}

// terms analyses text into index terms: stemmed content words plus one
// "~concept" term per synonym phrase found, so "IAM", "infarto agudo do
// miocárdio" and "myocardial infarction" all meet on "~mi".
func (l *lexicon) terms(text string) []string {
	toks := tokenize(text)
	out := make([]string, 0, len(toks)+4)
	for i := 0; i < len(toks); i++ {
		if l != nil {
			if c, n := l.conceptsAt(toks, i); n > 0 {
				out = append(out, "~"+c)
				if n > 1 {
					// The phrase's own words still count (below), so an
					// exact phrase outranks a mere synonym.
					for k := i; k < i+n; k++ {
						if w := toks[k].fold; !stopwords[w] {
							out = append(out, stem(w))
						}
					}
					i += n - 1
					continue
				}
			}
		}
		if w := toks[i].fold; !stopwords[w] && w != "" {
			out = append(out, stem(w))
		}
	}
	return out
}

// Expand returns the concepts a text mentions (for tests and diagnostics).
func Expand(text string) []string {
	l, err := theLexicon()
	if err != nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range l.terms(text) {
		if strings.HasPrefix(t, "~") && !seen[t] {
			seen[t] = true
			out = append(out, t[1:])
		}
	}
	return out
}
