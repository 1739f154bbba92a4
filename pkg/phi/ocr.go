package phi

// OCR output breaks numbers apart ("0 5/1 9/24", "( 3 1 9 ) 5 5 5 - 0 1 2 8")
// and confuses O/0 and l/1 ("1O/O3/2O23"). For such text the pattern
// detectors run on a normalised copy that maps back byte by byte.

// looksOCR reports whether text shows OCR noise: spaces before punctuation,
// zeros inside words, or digits spaced one by one.
func looksOCR(text string) bool {
	score := 0
	n := len(text)
	for i := 1; i+1 < n; i++ {
		c := text[i]
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

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIIUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isASCIILetter(c byte) bool { return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' }

// digitish bytes take part in numbers: digits and the separators of dates,
// phones and identifiers.
func digitish(c byte) bool {
	return isDigit(c) || c == '/' || c == '-' || c == '.' || c == '(' || c == ')'
}

// ocrDigit reads O/o as 0 and l/I as 1.
func ocrDigit(c byte) (byte, bool) {
	switch c {
	case 'O', 'o':
		return '0', true
	case 'l', 'I':
		return '1', true
	}
	return c, false
}

// normalizeOCR drops runs of one or two spaces between digit-like bytes
// and reads O/l as digits when a digit is next to them.
func normalizeOCR(text string) (string, []int32) {
	out := make([]byte, 0, len(text))
	idx := make([]int32, 0, len(text))
	n := len(text)
	prevSig := byte(0) // last emitted non-space byte
	for i := 0; i < n; i++ {
		c := text[i]
		if c == ' ' {
			j := i
			for j < n && text[j] == ' ' {
				j++
			}
			if (j-i == 1 || j-i == 2 && (prevSig == ')' || prevSig == '-' || prevSig == '/' || text[j] == '(' || text[j] == '-' || text[j] == '/')) && j < n && digitish(prevSig) && digitish(text[j]) &&
				(isDigit(prevSig) || isDigit(text[j]) || looksDigitAt(text, j)) {
				i = j - 1
				continue
			}
		}
		if d, ok := ocrDigit(c); ok {
			left := i > 0 && isDigit(text[i-1])
			right := i+1 < n && isDigit(text[i+1])
			if (left || right) && !(i > 0 && isASCIILetter(text[i-1]) && i+1 < n && isASCIILetter(text[i+1])) {
				c = d
			}
		}
		out = append(out, c)
		idx = append(idx, int32(i))
		if c != ' ' {
			prevSig = c
		}
	}
	return string(out), idx
}

// looksDigitAt reports whether a digit follows the separators at i.
func looksDigitAt(text string, i int) bool {
	for k := i; k < len(text) && k < i+3; k++ {
		if isDigit(text[k]) {
			return true
		}
		if text[k] != ' ' && !digitish(text[k]) {
			return false
		}
	}
	return false
}

// ocrWords reads a zero inside a word as the letter O ("H0SPITAL",
// "NIK0LAI", "D0B"); numbers are left alone.
func ocrWords(text string) string {
	b := []byte(text)
	changed := false
	for i := range b {
		if b[i] != '0' {
			continue
		}
		prevL := i > 0 && isASCIILetter(b[i-1])
		nextL := i+1 < len(b) && isASCIILetter(b[i+1])
		prevD := i > 0 && isDigit(b[i-1])
		nextD := i+1 < len(b) && isDigit(b[i+1])
		if prevL && !nextD || nextL && !prevD {
			b[i] = 'O'
			changed = true
		}
	}
	if !changed {
		return text
	}
	return string(b)
}

// ocrJoiner stands, in the working copy of an OCR text, for a space that
// splits a word in two ("Fami ly", "H OSPITAL", "J une"): the tokenizer
// reads it as part of the word and folding drops it, so the word is looked
// up whole while offsets stay those of the original text.
const ocrJoiner = '\x1f'

// ocrJoin replaces such spaces by ocrJoiner: two letter runs on one line,
// one space apart, of which at least one is no word of its own, whose
// concatenation is a listed word, name, place, month or cue word.
func ocrJoin(text string, v *vocab) string {
	var b []byte
	var buf [64]byte
	// letter runs: [s, e)
	prevS, prevE := -1, -1
	i := 0
	for i < len(text) {
		c := text[i]
		if !isASCIILetter(c) && c < 0x80 {
			i++
			continue
		}
		s := i
		for i < len(text) && (isASCIILetter(text[i]) || text[i] >= 0x80 && text[i] != 0xc2) {
			i++
		}
		if i == s {
			i++
			continue
		}
		e := i
		if prevE >= 0 && s == prevE+1 && text[prevE] == ' ' && e-prevS <= 40 {
			a, z := text[prevS:prevE], text[s:e]
			caseOK := isASCIIUpper(z[0]) == isASCIIUpper(a[len(a)-1]) || len(a) == 1
			if caseOK {
				j := appendFold(buf[:0], a)
				la := len(j)
				j = appendFold(j, z)
				fa, fz, fj := v.lookupBytes(j[:la]), v.lookupBytes(j[la:]), v.lookupBytes(j)
				const known = lxGiven | lxName | lxCommon | lxMedical | lxPlace | lxForeignPlace | lxMonth | lxOrgHead | lxStop | vfEN | vfPT
				if fj&known != 0 && len(j) >= 4 && (fa&known == 0 || fz&known == 0 || len(z) <= 2) {
					if b == nil {
						b = []byte(text)
					}
					b[prevE] = ocrJoiner
					// a third piece may join on: "Ad min is tration" stays,
					// but the joined run is the new left side
					prevE = e
					continue
				}
			}
		}
		prevS, prevE = s, e
	}
	if b == nil {
		return text
	}
	return string(b)
}
