package phi

import (
	"math/rand"
	"slices"
	"testing"
)

// TestClassIndex checks classToks and lineOrAfter against walks over all
// the tokens.
func TestClassIndex(t *testing.T) {
	d := detector(t)
	check := func(text string) {
		t.Helper()
		a := newAnalysis(d, text, "en")
		defer a.release()
		var want []int32
		for i, tk := range a.toks {
			if tk.ch == '"' || tk.kind == kNum || tk.kind == kPunct && tk.ch == 0 {
				want = append(want, int32(i))
			}
		}
		if got := a.classToksOf('"', tcNum, tcUPunct); !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("%q: classToksOf = %v, want %v", text, got, want)
		}
		for c := 1; c < tcCount; c++ {
			var want []int32
			for i, tk := range a.toks {
				if int(tk.ch) == c || c == tcNum && tk.kind == kNum || c == tcAlnum && tk.kind == kAlnum || c == tcUPunct && tk.kind == kPunct && tk.ch == 0 {
					want = append(want, int32(i))
				}
			}
			if got := a.classToks(c); !slices.Equal(got, want) {
				t.Fatalf("%q: classToks(%#x) = %v, want %v", text, c, got, want)
			}
			if c >= 0x80 {
				continue
			}
			want = want[:0]
			for i := range a.toks {
				if i == 0 || a.toks[i].nl || a.toks[i-1].ch == byte(c) {
					want = append(want, int32(i))
				}
			}
			if got := a.lineOrAfter(byte(c)); !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
				t.Fatalf("%q: lineOrAfter(%q) = %v, want %v", text, rune(c), got, want)
			}
		}
	}
	for _, n := range loadMarked(t) {
		check(n.text)
	}
	pieces := []string{"a", "Bc", "12", "x9", ":", "]", "(", ".", "-", "/", "'", "\"", "\n", " ", "  ", "é", "“"}
	rng := rand.New(rand.NewSource(3))
	for k := 0; k < 3000; k++ {
		var b []byte
		for n := 1 + rng.Intn(150); n > 0; n-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		check(string(b))
	}
}
