package phi

import (
	"math/rand"
	"testing"
)

// looksOCRBytes is the byte scan that ocrScan (which reads the tokens)
// must equal.
func looksOCRBytes(text string) bool {
	score := 0
	n := len(text)
	for i := 1; i+1 < n; i++ {
		c := text[i]
		if c != ' ' && c != '0' {
			continue // (no rule below scores it)
		}
		switch {
		case c == ' ' && (text[i+1] == ',' || text[i+1] == ':' || text[i+1] == '.') && text[i-1] != ' ' && text[i-1] != '\n':
			if i+2 >= n || text[i+2] == ' ' || text[i+2] == '\n' {
				score++
			}
		case c == '0' && isASCIIUpper(text[i-1]) && isASCIIUpper(text[i+1]):
			score += 2
		case c == ' ' && isDigit(text[i-1]) && isDigit(text[i+1]) && i+3 < n && text[i+2] == ' ' && isDigit(text[i+3]):
			score++
		}
		if score >= 4 {
			return true
		}
	}
	return false
}

// randomOCRText draws short strings from the bytes the OCR signs and the
// tokenizer care about.
func randomOCRText(rng *rand.Rand) string {
	const alphabet = " \n\t\r,:.0123O9AZaz-/\x1f\x00é\xc3\xa9\u00a0\u2003٣"
	rs := []rune(alphabet)
	// and pieces near the signs
	pieces := []string{" , ", " .", " :\n", "a ,", "  ,", "\n,", "A0B", "A0", "0B", "Z00Z", "1 2 3", "1 2", " 3 ", "9 9\n9", "1\x1f2 3"}
	n := rng.Intn(40)
	b := make([]byte, 0, 4*n)
	for k := 0; k < n; k++ {
		switch rng.Intn(10) {
		case 0:
			b = append(b, byte(rng.Intn(256))) // any byte, invalid UTF-8 included
		case 1, 2, 3:
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		default:
			b = append(b, string(rs[rng.Intn(len(rs))])...)
		}
	}
	return string(b)
}

// ocrOf is the OCR half of ocrScan.
func ocrOf(s string) bool {
	ocr, _ := ocrScan(s, tokenize(s, nil))
	return ocr
}

func TestLooksOCRTokens(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := ocrOf(s), looksOCRBytes(s); got != want {
			t.Fatalf("ocrScan(%q) reads OCR %v, the byte scan says %v", s, got, want)
		}
	}
	for _, s := range []string{
		"", "a", "H0SPITAL N0TE D0B", "0 5/1 9/24 and 1 9 8 7", "x , y : z . w .", "A0B A0B",
		"Paciente : Maria . Nasc : 1 2 3", "\n, \n: a .\n", "1 2 3 4 5 6 7 8", "B0B0B0B0",
	} {
		check(s)
	}
	for _, n := range loadMarked(t) {
		check(n.text)
	}
	rng := rand.New(rand.NewSource(1))
	yes := 0
	for k := 0; k < 300000; k++ {
		s := randomOCRText(rng)
		check(s)
		if looksOCRBytes(s) {
			yes++
		}
	}
	if yes < 10000 {
		t.Fatalf("only %d random texts look like OCR: the test draws too few", yes)
	}
}

// ocrJoinChainsBytes is ocrJoinChains before it passed eight bytes at a
// time.
func ocrJoinChainsBytes(text string, v *vocab) string {
	var b []byte
	for i := 0; i+4 < len(text); i++ {
		if !isASCIIUpper(text[i]) || i > 0 && (isASCIILetter(text[i-1]) || text[i-1] >= 0x80) {
			continue
		}
		e := i + 1
		for e < len(text) && e-i <= 4 && (isASCIILetter(text[e]) || text[e] >= 0x80 && text[e] != 0xc2) {
			e++
		}
		if e-i > 4 || e+1 >= len(text) || text[e] != ' ' || !isASCIILower(text[e+1]) && text[e+1] < 0x80 {
			i = e - 1
			continue
		}
		if end, ok := ocrChain(text, i, e, v); ok {
			if b == nil {
				b = []byte(text)
			}
			for k := i; k < end; k++ {
				if b[k] == ' ' {
					b[k] = ocrJoiner
				}
			}
			e = end
		}
		i = e - 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

func TestOCRJoinChainsSkip(t *testing.T) {
	v := detector(t).v
	joined := 0
	check := func(s string) {
		t.Helper()
		got, want := ocrJoinChains(s, v), ocrJoinChainsBytes(s, v)
		if got != want {
			t.Fatalf("ocrJoinChains(%q) = %q, want %q", s, got, want)
		}
		if want != s {
			joined++
		}
	}
	for _, s := range []string{"Ri car do", "Cam pi nas e Wor ces ter", "x Ri car do", "5Ri car do", "éRi car do", "ABCDEFGH Ri car do"} {
		check(s)
	}
	for _, n := range loadMarked(t) {
		check(n.text)
	}
	rng := rand.New(rand.NewSource(3))
	pieces := []string{"Ri car do", "Cam pi nas", "Wor ces ter", "Ri", " car", " do", "Cam", " pi", " nas", " ", "x", "é", "5", "\n", "ABCDEFGHIJ", "abcdefgh"}
	for k := 0; k < 200000; k++ {
		var b []byte
		for n := rng.Intn(20); n > 0; n-- {
			if rng.Intn(6) == 0 {
				b = append(b, byte(rng.Intn(256)))
			} else {
				b = append(b, pieces[rng.Intn(len(pieces))]...)
			}
		}
		check(string(b))
	}
	if joined < 1000 {
		t.Fatalf("only %d texts had a chain joined: the test draws too few", joined)
	}
}
