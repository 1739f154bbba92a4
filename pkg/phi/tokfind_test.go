package phi

import (
	"math/rand"
	"sort"
	"testing"
)

// TestTokenSearch checks the searches over the tokens, by the index and
// branch-free, against sort.Search on random token layouts.
func TestTokenSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for k := 0; k < 20000; k++ {
		n := rng.Intn(40)
		toks := make([]token, n)
		p := rng.Intn(3)
		for i := range toks {
			p += rng.Intn(3)
			e := p + 1 + rng.Intn(4)
			toks[i] = token{s: int32(p), e: int32(e)}
			p = e
		}
		a := &analysis{toks: toks}
		if k%2 == 1 {
			// with the index of newAnalysis, over a text of p bytes or more
			a.text = string(make([]byte, p+rng.Intn(3)))
			a.sc = new(scratch)
			a.indexTokens()
		}
		for q := -1; q <= p+2; q++ {
			from := sort.Search(n, func(i int) bool { return int(toks[i].s) >= q })
			after := sort.Search(n, func(i int) bool { return int(toks[i].e) > q })
			if got := a.firstTokenFrom(q); got != from {
				t.Fatalf("firstTokenFrom(%d) = %d, want %d (%v)", q, got, from, toks)
			}
			if got := a.firstTokenEndingAfter(q); got != after {
				t.Fatalf("firstTokenEndingAfter(%d) = %d, want %d (%v)", q, got, after, toks)
			}
			if got, found := a.tokenAt(q); got != from || found != (from < n && int(toks[from].s) == q) {
				t.Fatalf("tokenAt(%d) = %d, %v", q, got, found)
			}
		}
	}
}
