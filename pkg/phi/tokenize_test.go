package phi

import (
	"math/rand"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is tokenize as it was, byte by byte in one loop (the
// oracle of TestTokenizeSame).
func tokenizeRef(text string, toks []token) []token {
	toks = toks[:0]
	gap, nl := 0, false
	i := 0
	for i < len(text) {
		if c := text[i]; c < 0x80 && asciiClass[c] == acSpace {
			// ASCII fast path for blanks
			if c == '\n' || c == '\r' {
				nl = true
			}
			gap++
			i++
			continue
		}
		if c := text[i]; c < 0x80 && asciiClass[c] == acOther {
			// ASCII fast path for controls (part of the gap, as below)
			// and punctuation
			if c < 0x20 || c == 0x7f {
				gap++
				i++
				continue
			}
			if gap > 30000 {
				gap = 30000
			}
			toks = append(toks, token{s: int32(i), e: int32(i + 1), gap: int16(gap), nl: nl, kind: kPunct, ch: c})
			gap, nl = 0, false
			i++
			continue
		}
		// (an ASCII byte here is a letter or a digit: blanks, controls and
		// punctuation took the fast paths above)
		r, size := rune(text[i]), 1
		if r >= 0x80 {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n' || r == '\r':
			nl = true
			gap++
			i += size
		case r >= 0x80 && (unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r)):
			gap++
			i += size
		case r < 0x80 && asciiClass[r] >= acUpper || isLetter(r) || unicode.IsDigit(r):
			// (ASCII letters and digits first: unicode.Is(Mn) is a table
			// search)
			start := i
			letters, digits := 0, 0
			upper, lower := 0, 0
			slow := false // a byte outside the ASCII fast path was taken
			firstUpper := unicode.IsUpper(r)
			for i < len(text) {
				if c := text[i]; c < 0x80 {
					// ASCII fast path
					switch asciiClass[c] {
					case acUpper:
						letters++
						upper++
						i++
						continue
					case acLower:
						letters++
						lower++
						i++
						continue
					case acDigit:
						digits++
						i++
						continue
					}
					if c != ocrJoiner {
						break
					}
				}
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if r2 == ocrJoiner && i > start && i+1 < len(text) && text[i+1] != ' ' {
					i++ // a space inside an OCR-broken word
					slow = true
					continue
				}
				if isLetter(r2) {
					letters++
					if unicode.IsUpper(r2) {
						upper++
					} else if unicode.IsLower(r2) {
						lower++
					}
				} else if unicode.IsDigit(r2) {
					digits++
				} else {
					break
				}
				i += s2
				slow = true // (a non-ASCII letter or digit)
			}
			// (a token has a letter or a digit: with no digit it is a word)
			t := token{s: int32(start), e: int32(i), nl: nl, fold: (upper > 0 || slow) && letters > 0}
			if gap > 30000 {
				gap = 30000
			}
			t.gap = int16(gap)
			switch {
			case digits == 0:
				t.kind = kWord
				switch {
				case upper == 1 && lower == 0:
					t.shape = shSingle
				case upper == 0:
					t.shape = shLower
				case lower == 0:
					t.shape = shUpper
				case firstUpper && upper == 1:
					t.shape = shTitle
				case firstUpper:
					t.shape = shMixed
				default:
					t.shape = shMixed
				}
			case letters == 0:
				t.kind = kNum
			default:
				t.kind = kAlnum
			}
			toks = append(toks, t)
			gap, nl = 0, false
		default:
			if gap > 30000 {
				gap = 30000
			}
			toks = append(toks, token{s: int32(i), e: int32(i + size), gap: int16(gap), nl: nl, kind: kPunct})
			gap, nl = 0, false
			i += size
		}
	}
	return toks
}

// TestTokenizeSame checks tokenize against tokenizeRef on the test notes
// and on random texts.
func TestTokenizeSame(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := tokenize(s, nil), tokenizeRef(s, nil); !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", s, got, want)
		}
	}
	for _, n := range loadMarked(t) {
		check(n.text)
	}
	pieces := []string{"a", "Z", "Ab", "AB", "aB", "é", "É", "ß", "ǅ", "ª", "1", "09", "٣", "x\x1fy", "\x1f", "\x1f ", " ", "  ", "\n", "\r", "\t",
		"\v", "\x00", "\x7f", "-", ".", ":", "(", "\u0301", "Ⅻ", "\xff", "\xc3", "’", "\u00a0", "\u2028", "\u200b", "ab", "São", "X1"}
	rng := rand.New(rand.NewSource(6))
	for k := 0; k < 300000; k++ {
		var b []byte
		for n := rng.Intn(14); n > 0; n-- {
			if rng.Intn(8) == 0 {
				b = append(b, byte(rng.Intn(256)))
			} else {
				b = append(b, pieces[rng.Intn(len(pieces))]...)
			}
		}
		check(string(b))
	}
}
