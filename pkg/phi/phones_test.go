package phi

import (
	"math/rand"
	"regexp"
	"slices"
	"testing"
)

// The phone patterns phoneUSAt and phoneBRAt replaced; they must find
// exactly what the patterns found.
var (
	phoneUSOracle = regexp.MustCompile(`(?:\+\s?1[\s.\-]?|\b1[\s.\-])?(?:\(\s?\d{3}\s?\)\s?|\b\d{3}[\s.\-])\d{3}[\s.\-]\d{4}\b`)
	phoneBROracle = regexp.MustCompile(`(?:\+\s?55[\s.\-]?)?(?:\(\s?0?\d{2}\s?\)\s?|\b0?\d{2}[\s.\-])9?\s?\d{4}[\s.\-]\d{4}\b`)
)

func TestPhonesMatchPatterns(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphas := []string{
		"0123456789 -.()+1559",
		"0123456789  --..()+1555900",
		"0159  -.()+\t\na_é",
	}
	matched := 0
	for n := 0; n < 200000; n++ {
		alpha := alphas[n%len(alphas)]
		var b []byte
		if n%4 == 0 {
			b = make([]byte, 1+rng.Intn(30))
			for i := range b {
				b[i] = alpha[rng.Intn(len(alpha))]
			}
		} else {
			// phone-like pieces
			for k := rng.Intn(14); k >= 0; k-- {
				b = append(b, phonePieces[rng.Intn(len(phonePieces))]...)
			}
		}
		s := string(b)
		a := &analysis{norm: "x" + s}
		cl := cluster{s: 1, e: 1 + len(s)}
		for _, o := range []struct {
			re *regexp.Regexp
			at func(string, int) int
		}{{phoneUSOracle, phoneUSAt}, {phoneBROracle, phoneBRAt}} {
			want := o.re.FindAllStringIndex(s, -1)
			for _, m := range want {
				m[0]++
				m[1]++
			}
			got := a.findPhones(cl, o.at)
			if len(want) > 0 {
				matched++
			}
			if !slices.EqualFunc(want, got, slices.Equal[[]int]) {
				t.Fatalf("%q %v: regexp %v, matcher %v", s, o.re, want, got)
			}
		}
	}
	t.Logf("%d strings with a phone", matched)
	if matched < 10000 {
		t.Fatalf("only %d strings with a phone", matched)
	}
}

var phonePieces = []string{"+", "+ ", "+1", "+55", "1", "1-", "55", "(", ")", "( ", " )", " ", "-", ".", "0", "9", "9 ",
	"123", "45", "6789", "0123", "98765", "555", "2", "a", "\t", "é",
	"(614)", "(11) ", "614-", "555-0187", "99134-2087", "2963 4410", "(0 21)", "1 ", "+1 ", "+55 ", "7", "(614) 555-0187", "+55 11 2963-4410", "(16) 99134-2087", "1-800-555-0199", "773.555.0192"}
