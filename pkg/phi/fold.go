package phi

import (
	"unicode"
	"unicode/utf8"
)

// foldRune maps a rune to lower case without diacritics for the Latin
// letters used in English and Portuguese names (and a few neighbours).
// It returns 0 for combining marks, which are dropped.
func foldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		if r == ocrJoiner {
			return 0
		}
		return r
	}
	if unicode.Is(unicode.Mn, r) {
		return 0
	}
	switch r {
	case 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'à', 'á', 'â', 'ã', 'ä', 'å', 'Ā', 'ā', 'Ă', 'ă', 'Ą', 'ą':
		return 'a'
	case 'Ç', 'ç', 'Ć', 'ć', 'Č', 'č':
		return 'c'
	case 'È', 'É', 'Ê', 'Ë', 'è', 'é', 'ê', 'ë', 'Ē', 'ē', 'Ę', 'ę', 'Ě', 'ě':
		return 'e'
	case 'Ì', 'Í', 'Î', 'Ï', 'ì', 'í', 'î', 'ï', 'Ī', 'ī', 'İ', 'ı':
		return 'i'
	case 'Ñ', 'ñ', 'Ń', 'ń', 'Ň', 'ň':
		return 'n'
	case 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø', 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'Ō', 'ō', 'Ő', 'ő':
		return 'o'
	case 'Ù', 'Ú', 'Û', 'Ü', 'ù', 'ú', 'û', 'ü', 'Ū', 'ū', 'Ů', 'ů', 'Ű', 'ű':
		return 'u'
	case 'Ý', 'ý', 'ÿ', 'Ÿ':
		return 'y'
	case 'Ś', 'ś', 'Š', 'š', 'Ş', 'ş':
		return 's'
	case 'Ź', 'ź', 'Ż', 'ż', 'Ž', 'ž':
		return 'z'
	case 'Ł', 'ł':
		return 'l'
	case 'Ř', 'ř':
		return 'r'
	case 'Ť', 'ť':
		return 't'
	case 'Ď', 'ď', 'Đ', 'đ':
		return 'd'
	case 'Ğ', 'ğ':
		return 'g'
	case 'ß':
		return 's'
	case '’', 'ʼ', '‘':
		return '\''
	}
	return unicode.ToLower(r)
}

// appendFold appends the folded form of s to dst: byte by byte when s is
// ASCII (a capital lowered, a joiner dropped), rune by rune otherwise
// (foldRune, which also drops a NUL). One loop reads the ASCII bytes up
// to the first non-ASCII one, folding them as it goes, and the runes go
// on from there (foldRune of any other ASCII rune is that byte's fold);
// an ASCII scan and then a copy were two loops, each with an exit the
// predictor misses. (Should a NUL come before the non-ASCII byte, s is
// folded again rune by rune.)
func appendFold(dst []byte, s string) []byte {
	n0 := len(dst)
	nul := false
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			break
		}
		if c == ocrJoiner {
			continue
		}
		nul = nul || c == 0
		// (a table, not a test: whether a letter is a capital is what the
		// branch predictor cannot guess)
		dst = append(dst, c+upperDelta[c])
	}
	if i == len(s) {
		return dst
	}
	if nul {
		dst, i = dst[:n0], 0
	}
	for _, r := range s[i:] {
		if f := foldRune(r); f != 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

// upperDelta holds 32 for the ASCII capitals, 0 for the other bytes.
var upperDelta = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 32
	}
	return
}()

// foldString returns the folded form of s.
func foldString(s string) string { return string(appendFold(nil, s)) }
