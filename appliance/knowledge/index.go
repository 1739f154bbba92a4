package knowledge

import (
	"math"
	"sort"
	"strings"
	"sync"
)

// BM25 parameters (Robertson & Zaragoza's usual values).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
	// passageWords is the target passage length for long (uploaded)
	// documents; shipped summaries are one passage each.
	passageWords = 140
	// MaxTopK bounds a search's result count (the contract's top_k ≤ 20).
	MaxTopK = 20
	// excerptChars is the longest excerpt returned.
	excerptChars = 320
)

type passage struct {
	doc    int
	text   string
	tf     map[string]int
	length int
}

// Index is an immutable BM25 index over documents' passages.
type Index struct {
	docs     []Doc
	passages []passage
	df       map[string]int
	avgLen   float64
	lex      *lexicon
}

// NewIndex indexes docs. Titles count twice, so a query that names the
// topic ranks its summary first.
func NewIndex(docs []Doc) *Index {
	lex, _ := theLexicon()
	ix := &Index{docs: docs, df: map[string]int{}, lex: lex}
	total := 0
	for di, d := range docs {
		title := lex.terms(d.Title)
		for _, text := range splitPassages(d.Text) {
			p := passage{doc: di, text: text, tf: map[string]int{}}
			for _, t := range lex.terms(text) {
				p.tf[t]++
				p.length++
			}
			for _, t := range title {
				p.tf[t] += 2
				p.length += 2
			}
			for t := range p.tf {
				ix.df[t]++
			}
			total += p.length
			ix.passages = append(ix.passages, p)
		}
	}
	if len(ix.passages) > 0 {
		ix.avgLen = float64(total) / float64(len(ix.passages))
	}
	return ix
}

// Len is the number of documents indexed.
func (ix *Index) Len() int { return len(ix.docs) }

// splitPassages cuts long text into passages of about passageWords words at
// sentence boundaries.
func splitPassages(text string) []string {
	text = strings.TrimSpace(text)
	if len(strings.Fields(text)) <= passageWords*3/2 {
		return []string{text}
	}
	var out []string
	var cur []string
	words := 0
	for _, s := range sentences(text) {
		n := len(strings.Fields(s))
		if words > 0 && words+n > passageWords {
			out = append(out, strings.Join(cur, " "))
			cur, words = nil, 0
		}
		cur = append(cur, s)
		words += n
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}

// sentences splits on . ! ? ; and line breaks, keeping the punctuation.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := -1
		switch {
		case c == '\n' || c == '\f':
			end = i
		case (c == '.' || c == '!' || c == '?' || c == ';') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'):
			end = i + 1
		}
		if end >= 0 {
			if s := strings.TrimSpace(text[start:end]); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// Query is a search request.
type Query struct {
	Text      string
	Specialty string // optional filter: a contract specialty name
	Language  string // optional filter: en | pt-BR
	TopK      int    // 1..MaxTopK; 0 means 5
}

// Result is one ranked document.
type Result struct {
	DocumentID     string  `json:"document_id"`
	Title          string  `json:"title"`
	Source         string  `json:"source"`
	Specialty      string  `json:"specialty"`
	Language       string  `json:"language"`
	RelevanceScore float64 `json:"relevance_score"` // BM25, higher is better
	Excerpt        string  `json:"excerpt"`
	Shipped        bool    `json:"shipped"`
}

// Search ranks documents for q: each passage is scored with BM25 over the
// query's terms and concepts, a document takes its best passage, and a
// document present in both languages appears once (its better-scoring
// language, or the requested one).
func (ix *Index) Search(q Query) []Result {
	k := q.TopK
	if k <= 0 {
		k = 5
	}
	if k > MaxTopK {
		k = MaxTopK
	}
	qterms := uniqTerms(ix.lex.terms(q.Text))
	if len(qterms) == 0 || len(ix.passages) == 0 {
		return []Result{}
	}
	lang := ""
	if q.Language != "" {
		lang = NormLang(q.Language)
	}
	n := float64(len(ix.passages))
	idf := map[string]float64{}
	for _, t := range qterms {
		df := float64(ix.df[t])
		idf[t] = math.Log(1 + (n-df+0.5)/(df+0.5))
	}
	type hit struct {
		doc   int
		pass  int
		score float64
	}
	best := map[string]hit{} // document id → best passage
	for pi, p := range ix.passages {
		d := ix.docs[p.doc]
		if q.Specialty != "" && d.Specialty != q.Specialty {
			continue
		}
		if lang != "" && d.Language != lang {
			continue
		}
		score := 0.0
		norm := bm25K1 * (1 - bm25B + bm25B*float64(p.length)/ix.avgLen)
		for _, t := range qterms {
			tf := float64(p.tf[t])
			if tf == 0 {
				continue
			}
			score += idf[t] * tf * (bm25K1 + 1) / (tf + norm)
		}
		if score <= 0 {
			continue
		}
		if h, ok := best[d.ID]; !ok || score > h.score+1e-9 {
			best[d.ID] = hit{doc: p.doc, pass: pi, score: score}
		}
	}
	hits := make([]hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool {
		if math.Abs(hits[i].score-hits[j].score) > 1e-9 {
			return hits[i].score > hits[j].score
		}
		return ix.docs[hits[i].doc].ID < ix.docs[hits[j].doc].ID
	})
	if len(hits) > k {
		hits = hits[:k]
	}
	out := make([]Result, 0, len(hits))
	for _, h := range hits {
		d := ix.docs[h.doc]
		out = append(out, Result{DocumentID: d.ID, Title: d.Title, Source: d.Source, Specialty: d.Specialty, Language: d.Language,
			RelevanceScore: math.Round(h.score*1000) / 1000, Excerpt: ix.excerpt(ix.passages[h.pass].text, qterms), Shipped: d.Shipped})
	}
	return out
}

func uniqTerms(ts []string) []string {
	seen := map[string]bool{}
	out := ts[:0:0]
	for _, t := range ts {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// excerpt picks the passage's sentence that matches most query terms and
// continues with the next sentences up to excerptChars.
func (ix *Index) excerpt(text string, qterms []string) string {
	want := map[string]bool{}
	for _, t := range qterms {
		want[t] = true
	}
	ss := sentences(text)
	bestI, bestN := 0, -1
	for i, s := range ss {
		n := 0
		seen := map[string]bool{}
		for _, t := range ix.lex.terms(s) {
			if want[t] && !seen[t] {
				seen[t] = true
				n++
			}
		}
		if n > bestN {
			bestI, bestN = i, n
		}
	}
	var b strings.Builder
	for i := bestI; i < len(ss); i++ {
		if b.Len() > 0 && b.Len()+1+len(ss[i]) > excerptChars {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ss[i])
	}
	return clip(b.String(), excerptChars)
}

// clip shortens s to at most n bytes at a word boundary, adding "…".
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && (s[cut]&0xC0) == 0x80 { // not inside a UTF-8 sequence
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

var (
	shippedIdxOnce sync.Once
	shippedIndex   struct {
		ix  *Index
		err error
	}
)

// ShippedIndex is the index of the embedded summaries alone, built once.
func ShippedIndex() (*Index, error) {
	shippedIdxOnce.Do(func() {
		docs, err := Shipped()
		shippedIndex.ix, shippedIndex.err = NewIndex(docs), err
	})
	return shippedIndex.ix, shippedIndex.err
}
