package phi

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// Detection time must grow linearly with the input: a pathological input
// ten times longer may not take much more than ten times as long.
func TestLinearTime(t *testing.T) {
	d := detector(t)
	pieces := []string{"Dr. ", "Maria ", "da ", "Silva ", "Rua ", "123, ", "(11) ", "9", "8", "7", "-", "/", ".", " ",
		"\n", "Hospital ", "de ", "São ", "Paulo ", "MRN: ", "A1", "0", "1", ":", "- ", "Jan ", "2024 ", "O", "l", "  ",
		"www.", "x@y.com ", "::", "CPF ", "Paciente: ", "wife, ", "ABC", "DEF ", "@", "#", "'", "s ", "é", "\xff"}
	gen := func(n int, seed int64) string {
		r := rand.New(rand.NewSource(seed))
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		return b.String()
	}
	timeIt := func(s string) time.Duration {
		start := time.Now()
		d.Detect(s, "")
		d.Scrub(s, "pt-BR", ScrubOptions{Mode: Surrogate, Key: []byte("k")})
		return time.Since(start)
	}
	for _, oneLine := range []bool{false, true} {
		small, big := gen(20_000, 1), gen(200_000, 1)
		if oneLine {
			small, big = strings.ReplaceAll(small, "\n", " "), strings.ReplaceAll(big, "\n", " ")
		}
		timeIt(small)
		ts, tb := timeIt(small), timeIt(big)
		if tb > 40*ts+200*time.Millisecond {
			t.Fatalf("not linear (one line: %v): 20 kB %v, 200 kB %v", oneLine, ts, tb)
		}
		t.Logf("one line %v: 20 kB %v, 200 kB %v", oneLine, ts, tb)
	}
}
