package phi

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// needsFold reports whether folding would change s: an upper-case ASCII
// letter, a non-ASCII byte or an OCR joiner (what foldAll asked of every
// word and alphanumeric token before the tokenizer kept it in token.fold).
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c-'A' < 26 || c >= 0x80 || c == ocrJoiner {
			return true
		}
	}
	return false
}

func TestTokenFold(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for _, tk := range tokenize(s, nil) {
			want := (tk.kind == kWord || tk.kind == kAlnum) && needsFold(s[tk.s:tk.e])
			if tk.fold != want {
				t.Fatalf("token %q of %q: fold = %v, want %v", s[tk.s:tk.e], s, tk.fold, want)
			}
		}
	}
	for _, n := range loadMarked(t) {
		check(n.text)
	}
	pieces := []string{"a", "Z", "é", "É", "ß", "ǅ", "1", "٣", "x\x1fy", "\x1f", "\x1f ", " ", "-", ".", "\u0301", "Ⅻ", "\xff", "\xc3", "’", "ab", "AB"}
	rng := rand.New(rand.NewSource(4))
	for k := 0; k < 200000; k++ {
		var b []byte
		for n := rng.Intn(12); n > 0; n-- {
			if rng.Intn(8) == 0 {
				b = append(b, byte(rng.Intn(256)))
			} else {
				b = append(b, pieces[rng.Intn(len(pieces))]...)
			}
		}
		check(string(b))
	}
}

// appendFoldTwoLoops is appendFold as it was: an ASCII scan, then byte by
// byte for ASCII text and rune by rune for any other.
func appendFoldTwoLoops(dst []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == ocrJoiner {
				continue
			}
			dst = append(dst, c+upperDelta[c])
		}
		return dst
	}
	for _, r := range s {
		if f := foldRune(r); f != 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

func TestAppendFold(t *testing.T) {
	pieces := []string{"a", "Z", "é", "É", "ß", "1", "x\x1fy", "\x1f", " ", "-", "\u0301", "\xff", "\xc3", "’", "AB", "İ", "Ǆ", "\x00"}
	rng := rand.New(rand.NewSource(6))
	for k := 0; k < 200000; k++ {
		var b []byte
		for n := rng.Intn(10); n > 0; n-- {
			if rng.Intn(8) == 0 {
				b = append(b, byte(rng.Intn(256)))
			} else {
				b = append(b, pieces[rng.Intn(len(pieces))]...)
			}
		}
		s := string(b)
		if got, want := string(appendFold([]byte("p"), s)), string(appendFoldTwoLoops([]byte("p"), s)); got != want {
			t.Fatalf("appendFold(%q) = %q, want %q", s, got, want)
		}
	}
}
