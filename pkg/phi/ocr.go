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
