package phi

import (
	"math/rand"
	"testing"
)

// TestLanes checks the lane masks on every byte value in every lane, the
// other lanes random (or random but unmarked, so that a carry from a
// marked lane would show).
func TestLanes(t *testing.T) {
	masks := []struct {
		name string
		f    func(uint64) uint64
		want func(byte) bool
	}{
		{"capitals", func(x uint64) uint64 { return rangeLanes(x, 'A', 'Z') }, isASCIIUpper},
		{"digits", func(x uint64) uint64 { return rangeLanes(x, '0', '9') }, isDigit},
		{"0x01-0x7f", func(x uint64) uint64 { return rangeLanes(x, 1, 0x7f) }, func(c byte) bool { return c >= 1 && c < 0x80 }},
		{"'('", func(x uint64) uint64 { return byteLanes(x, '(') }, func(c byte) bool { return c == '(' }},
		{"0", func(x uint64) uint64 { return byteLanes(x, 0) }, func(c byte) bool { return c == 0 }},
		{"0xff", func(x uint64) uint64 { return byteLanes(x, 0xff) }, func(c byte) bool { return c == 0xff }},
	}
	rng := rand.New(rand.NewSource(2))
	for _, m := range masks {
		for lane := 0; lane < 8; lane++ {
			for b := 0; b < 256; b++ {
				for k := 0; k < 32; k++ {
					var w [8]byte
					for j := range w {
						w[j] = byte(rng.Intn(256))
						for k%2 == 0 && m.want(w[j]) {
							w[j] = byte(rng.Intn(256))
						}
					}
					w[lane] = byte(b)
					var want uint64
					for j, c := range w {
						if m.want(c) {
							want |= 0x80 << (8 * j)
						}
					}
					got := m.f(load64(string(w[:]), 0))
					if got != want {
						t.Fatalf("%s lanes of %q = %#x, want %#x", m.name, w, got, want)
					}
					if got != 0 && !m.want(w[firstLane(got)]) {
						t.Fatalf("%s: firstLane(%#x) = %d", m.name, got, firstLane(got))
					}
				}
			}
		}
	}
}
