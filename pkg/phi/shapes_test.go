package phi

import (
	"math/rand"
	"regexp"
	"slices"
	"testing"
)

// The patterns findShapes replaced; the hand-written scanners must find
// exactly what they found.
var shapeOracles = []struct {
	re     *regexp.Regexp
	shapes []string
}{
	{regexp.MustCompile(`\b\d{3}-\d{4}\b`), []string{"ddd-dddd"}},
	{regexp.MustCompile(`\b9\d{4}-\d{4}\b`), []string{"9dddd-dddd"}},
	{regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b`), []string{"ddd-dd-dddd"}},
	{regexp.MustCompile(`\b\d{3}\.\d{3}\.\d{3}[\-.]\d{2}\b|\b\d{11}\b|\b\d{9}-\d{2}\b`), []string{"ddd.ddd.dddSdd", "ddddddddddd", "ddddddddd-dd"}},
	{regexp.MustCompile(`\b[1-9]\d{2}[ .]?\d{4}[ .]?\d{4}[ .]?\d{4}\b`), []string{"Nddoddddoddddodddd"}},
	// (in a numeric cluster, which holds no letter)
	{reCNPJ, []string{"dd.ddd.ddd/dddd-dd", "dddddddddddddd"}},
}

var labelValueOracle = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9]*(?:[\-./][A-Za-z0-9]+)*(?: [0-9][A-Za-z0-9]*(?:[\-./][A-Za-z0-9]+)*)*(?:-[0-9A-Z])?`)

func TestShapesMatchPatterns(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alpha := "0123456789999-- ..a/_é"
	for n := 0; n < 200000; n++ {
		b := make([]byte, 1+rng.Intn(24))
		for i := range b {
			b[i] = alpha[rng.Intn(len(alpha))]
		}
		s := string(b)
		a := &analysis{norm: s}
		cl := cluster{s: 0, e: len(s)}
		for _, o := range shapeOracles {
			want := o.re.FindAllStringIndex(s, -1)
			got := a.findShapes(cl, o.shapes...)
			if !slices.EqualFunc(want, got, slices.Equal[[]int]) {
				t.Fatalf("%q %v: regexp %v, shapes %v", s, o.shapes, want, got)
			}
		}
		if w, g := labelValueOracle.FindString(s), labelValue(s); w != g {
			t.Fatalf("labelValue(%q) = %q, regexp %q", s, g, w)
		}
	}
	// near-matches: the shapes spelled out, joined and mutated
	for n := 0; n < 100000; n++ {
		var b []byte
		for k := rng.Intn(3); k >= 0; k-- {
			o := shapeOracles[rng.Intn(len(shapeOracles))]
			for _, c := range []byte(o.shapes[rng.Intn(len(o.shapes))]) {
				switch c {
				case 'd', 'N':
					c = "0123456789"[rng.Intn(10)]
				case 'S':
					c = "-."[rng.Intn(2)]
				case 'o':
					c = " ._"[rng.Intn(3)]
				}
				b = append(b, c)
			}
			if rng.Intn(2) == 0 {
				b = append(b, alpha[rng.Intn(len(alpha))])
			}
		}
		for k := rng.Intn(3); k > 0; k-- {
			b[rng.Intn(len(b))] = alpha[rng.Intn(len(alpha))]
		}
		s := string(b)
		a := &analysis{norm: s}
		cl := cluster{s: 0, e: len(s)}
		for _, o := range shapeOracles {
			want := o.re.FindAllStringIndex(s, -1)
			got := a.findShapes(cl, o.shapes...)
			if !slices.EqualFunc(want, got, slices.Equal[[]int]) {
				t.Fatalf("%q %v: regexp %v, shapes %v", s, o.shapes, want, got)
			}
		}
	}
}
