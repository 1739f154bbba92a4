package phi

import (
	"strings"
	"unicode/utf8"
)

// OCR output breaks numbers apart ("0 5/1 9/24", "( 3 1 9 ) 5 5 5 - 0 1 2 8")
// and confuses O/0 and l/1 ("1O/O3/2O23"). For such text the pattern
// detectors run on a normalised copy that maps back byte by byte.

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
	// read the look-alikes of digits inside numbers first, so that the
	// spacing rules below see "O6 / O8" as the digits they are (same
	// length: offsets do not move)
	if numeric := ocrNumericRuns(text); numeric != nil {
		b := []byte(text)
		for i, m := range numeric {
			if m {
				b[i], _ = ocrDigit(b[i])
			}
		}
		text = string(b)
	}
	out := make([]byte, 0, len(text))
	idx := make([]int32, 0, len(text))
	n := len(text)
	prevSig := byte(0) // last emitted non-space byte
	for i := 0; i < n; i++ {
		c := text[i]
		if c == ocrJoiner {
			continue // a space inside a letter-spaced word (despaceLetters)
		}
		if c == ' ' {
			j := i
			for j < n && text[j] == ' ' {
				j++
			}
			if j < n && (j-i == 1 || j-i == 2 && (prevSig == ')' || prevSig == '-' || prevSig == '/' || text[j] == '(' || text[j] == '-' || text[j] == '/')) && digitish(prevSig) && digitish(text[j]) &&
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
		// a one between two capitals is an I ("M1LWAUKEE", "SUNSH1NE")
		if b[i] == '1' && i > 0 && i+1 < len(b) && isASCIIUpper(b[i-1]) && isASCIIUpper(b[i+1]) {
			b[i] = 'I'
			changed = true
			continue
		}
		// a lower-case l among capitals is an I ("PATlENT", "lNS", "lD #")
		if b[i] == 'l' && i+1 < len(b) && isASCIIUpper(b[i+1]) &&
			(i > 0 && isASCIIUpper(b[i-1]) || (i == 0 || !isASCIILetter(b[i-1]) && b[i-1] < 0x80) && (i+2 >= len(b) || !isASCIILower(b[i+2]))) {
			b[i] = 'I'
			changed = true
			continue
		}
		if b[i] != '0' {
			continue
		}
		// an Irish surname's O before its apostrophe: "0'Rourke" (round 53)
		if i+2 < len(b) && b[i+1] == '\'' && isASCIIUpper(b[i+2]) && (i == 0 || !isASCIILetter(b[i-1]) && !isDigit(b[i-1]) && b[i-1] < 0x80) {
			b[i] = 'O'
			changed = true
			continue
		}
		// (a byte of a multi-byte letter counts: "SEBASTIÃ0", "FRAZÃ0")
		prevL := i > 0 && (isASCIILetter(b[i-1]) || b[i-1] >= 0x80)
		nextL := i+1 < len(b) && (isASCIILetter(b[i+1]) || b[i+1] >= 0xC0)
		prevD := i > 0 && isDigit(b[i-1])
		nextD := i+1 < len(b) && isDigit(b[i+1])
		// a double O between letters: "Sch00l", "W00DARD" (the first zero
		// was read already; this one is between letters once it is)
		if !nextL && nextD && b[i+1] == '0' && i+2 < len(b) && (isASCIILetter(b[i+2]) || b[i+2] >= 0xC0) && (prevL || i > 0 && b[i-1] == 'O') {
			b[i], b[i+1] = 'O', 'O'
			changed = true
			continue
		}
		if prevL && !nextD || nextL && !prevD {
			// (a small o closing a word in lower case: "risc0", "Ginási0",
			// round 45)
			// (and one after a word's capital before a lower-case letter:
			// "H0spital", "J0hnsbury", round 53)
			if !nextL && i > 0 && isASCIILower(b[i-1]) || nextL && i > 0 && isASCIIUpper(b[i-1]) && isASCIILower(b[i+1]) && (i < 2 || !isASCIILetter(b[i-2]) && b[i-2] < 0x80) {
				b[i] = 'o'
			} else {
				b[i] = 'O'
			}
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
// ocrJoinChains applies only the joins of words in three or four pieces
// (ocrChain), which clean text never has; it runs when the text does not
// look like OCR otherwise.
//
// Only capitalised chains are tried ("Ri car do", "Cam pi nas"), found by a
// byte scan: a capital after a non-letter, at most four letters, one space,
// a lower-case letter.
func ocrJoinChains(text string, v *vocab) string {
	var b []byte
	for i := 0; i+4 < len(text); i++ {
		// on to the next capital, eight bytes at a time
		for {
			if i+8 > len(text) {
				for i+4 < len(text) && !isASCIIUpper(text[i]) {
					i++
				}
				break
			}
			if m := rangeLanes(load64(text, i), 'A', 'Z'); m != 0 {
				i += firstLane(m)
				break
			}
			i += 8
		}
		if i+4 >= len(text) {
			break
		}
		if i > 0 && (isASCIILetter(text[i-1]) || text[i-1] >= 0x80) {
			continue
		}
		// (a chain's first piece ends at a blank within four letters: with
		// no blank in the next four bytes, as after most capitals, the
		// test below fails; a capital inside the word it starts is passed
		// by the test above)
		if i+8 <= len(text) && byteLanes(load64(text, i), ' ')&0x0000008080808000 == 0 {
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
		{
			// a word in three or four short pieces: "Ri car do", "Wor ces ter"
			if end, ok := ocrChain(text, s, e, v); ok {
				if b == nil {
					b = []byte(text)
				}
				for k := s; k < end; k++ {
					if b[k] == ' ' {
						b[k] = ocrJoiner
					}
				}
				i = end
				prevS, prevE = -1, -1
				continue
			}
		}
		if prevE >= 0 && s == prevE+1 && text[prevE] == ' ' && e-prevS <= 40 {
			a, z := text[prevS:prevE], text[s:e]
			caseOK := isASCIIUpper(z[0]) == isASCIIUpper(a[len(a)-1]) || len(a) == 1
			if caseOK {
				j := appendFold(buf[:0], a)
				la := len(j)
				j = appendFold(j, z)
				fa, fz, fj := v.lookupBytes(j[:la]), v.lookupBytes(j[la:]), v.lookupBytes(j)
				const known = lxGiven | lxName | lxCommon | lxMedical | lxPlace | lxForeignPlace | lxMonth | lxOrgHead | lxStop | vfEN | vfPT
				// a name broken in two words: "Go mes", "Fen wick" (a
				// capitalised piece, then a lower-case one, making a listed
				// name that is no common word)
				nameSplit := len(a) <= 4 && len(z) <= 4 && len(a) >= 2 && len(z) >= 2 && isASCIIUpper(a[0]) && isASCIILower(z[0]) &&
					fj&(lxGiven|lxName) != 0 && fj&(lxCommon|lxMedical|lxStop|vfEN|vfPT) == 0
				// a town broken in two words before its state code and
				// ZIP or a "St :" field: "Nash ville TN 37206", "Tol edo
				// 0H 43623", "City : Glen dale St : AZ"
				placeSplit := len(a) >= 2 && len(z) >= 2 && isASCIIUpper(a[0]) && isASCIILower(z[0]) &&
					fj&lxPlace != 0 && stateFieldAfter(text, e)
				if fj&known != 0 && len(j) >= 4 && (fa&known == 0 || fz&known == 0 || len(z) <= 2 || nameSplit || placeSplit) {
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

// stateFieldAfter reports whether a US state code follows text[e:] on its
// line, one to four spaces (or a comma) on, then a ZIP-like number ("TN
// 37206", ", 0H 43623", "IA  528O6", "M0   6 5 1 O 1"), or a "St :" field
// label follows.
func stateFieldAfter(text string, e int) bool {
	p, k := e, 0
	for p < len(text) && text[p] == ' ' && k < 5 {
		p++
		k++
	}
	if p < len(text) && text[p] == ',' {
		p++
		for p < len(text) && text[p] == ' ' && k < 8 {
			p++
			k++
		}
	}
	if k == 0 || p+2 >= len(text) {
		return false
	}
	if text[p] == 'S' && text[p+1] == 't' {
		q := p + 2
		for q < len(text) && text[q] == ' ' && q-p < 7 {
			q++
		}
		return q < len(text) && text[q] == ':'
	}
	var st [2]byte
	for x := 0; x < 2; x++ {
		c := text[p+x]
		if c == '0' {
			c = 'O'
		}
		if !isASCIIUpper(c) {
			return false
		}
		st[x] = c
	}
	if !usStates[string(st[:])] {
		return false
	}
	q := p + 2
	for q < len(text) && text[q] == ' ' && q-p < 7 {
		q++
	}
	if q == p+2 || q+5 > len(text) {
		return false
	}
	zipChar := func(c byte) bool { return isDigit(c) || c == 'O' || c == 'o' || c == 'l' }
	whole := true
	for x := q; x < q+5; x++ {
		if !zipChar(text[x]) {
			whole = false
			break
		}
	}
	if whole {
		return true
	}
	// (or spaced digit by digit: "M0   6 5 1 O 1")
	if q+9 > len(text) {
		return false
	}
	for x := q; x < q+9; x += 2 {
		if !zipChar(text[x]) || x+1 < q+9 && text[x+1] != ' ' {
			return false
		}
	}
	return true
}

// ocrScan reports, in one walk over the tokens of text, whether text
// shows OCR noise (ocr) and whether it is letter-spaced (spaced, as
// letterSpacedToks). OCR noise is spaces before punctuation,
// zeros inside words, or digits spaced one by one. toks are the tokens of
// text: each sign sits at a token of its own kind, so only those tokens
// are looked at, not every byte (ocrtoks_test.go holds the byte scan this
// equals):
//
//   - "word ." — a blank, then a full stop, comma or colon that ends its
//     word (a punctuation token), the byte before the blank no blank
//     (one point);
//   - a zero between two capitals, "H0SPITAL" (inside an alphanumeric
//     token, where any run of ASCII letters and digits lies; two points);
//   - a digit alone between two single blanks, a digit on either side,
//     "1 9 8" (a one-digit number token; one point).
//
// Four points make OCR.
func ocrScan(text string, toks []token) (ocr, spaced bool) {
	score, run := 0, 0
	n := len(text)
	for k := range toks {
		t := &toks[k]
		// (the tokens either test wants, without a branch each — see b2u:
		// alphanumerics, a one-digit number or a '.', ',' or ':' after a
		// blank, words of one letter)
		one := b2u(t.kind == kWord) & (b2u(t.e-t.s == 1) | b2u(t.e-t.s == 2)&b2u(text[t.s] >= 0xc0))
		if b2u(t.kind == kAlnum)|(b2u(t.kind == kNum)&b2u(t.e-t.s == 1)|b2u(t.ch == ',')|b2u(t.ch == ':')|b2u(t.ch == '.'))&b2u(t.gap != 0)|one == 0 {
			run = 0
			continue
		}
		if one != 0 {
			if run > 0 && (t.gap != 1 || t.nl) {
				run = 0
			}
			run++
			if run >= 3 {
				spaced = true
			}
			continue
		}
		run = 0
		switch t.kind {
		case kPunct:
			j := int(t.s)
			if c := t.ch; (c == ',' || c == ':' || c == '.') && j >= 2 && text[j-1] == ' ' && text[j-2] != ' ' && text[j-2] != '\n' &&
				(j+1 >= n || text[j+1] == ' ' || text[j+1] == '\n') {
				score++
			}
		case kAlnum:
			for i := int(t.s) + 1; i+1 < int(t.e); i++ {
				if text[i] == '0' && isASCIIUpper(text[i-1]) && isASCIIUpper(text[i+1]) {
					score += 2
				}
			}
		case kNum:
			j := int(t.s)
			if t.e-t.s == 1 && j >= 2 && j+2 < n && text[j-1] == ' ' && isDigit(text[j-2]) && isDigit(text[j]) && text[j+1] == ' ' && isDigit(text[j+2]) {
				score++
			}
		}
		if score >= 4 {
			ocr = true
			if spaced {
				return
			}
		}
	}
	return
}

// letterSpacedToks reports whether some line spells words letter by
// letter ("R u a  d a s  F l o r e s"): three one-letter words in a row,
// each one space from the last. (The tokens are at hand; a scan of the
// bytes would cost more.) despaceLetters then decides line by line.
func letterSpacedToks(text string, toks []token) bool {
	run := 0
	for i := range toks {
		t := &toks[i]
		// one letter: one byte, or one two-byte rune ("é") (tested without
		// a branch each, see b2u: few tokens are)
		if b2u(t.kind == kWord)&(b2u(t.e-t.s == 1)|b2u(t.e-t.s == 2)&b2u(text[t.s] >= 0xc0)) == 0 {
			run = 0
			continue
		}
		if run > 0 && (t.gap != 1 || t.nl) {
			run = 0
		}
		run++
		if run >= 3 {
			return true
		}
	}
	return false
}

// despaceLetters is the de-spacing view of letter-spaced OCR: on each line
// where words are spelled one character at a time (single characters
// make most of the line's words, and at least three letters stand one
// space from the next), the single spaces between two letters or two
// digits become ocrJoiner, so "R u a  d a s  F l o r e s  1 2 3" is read
// as "Rua das Flores 123" with the offsets of the original; double spaces
// stay word gaps. Other lines are left alone.
func despaceLetters(text string) string {
	var b []byte
	type run struct {
		s, e   int
		single bool
		letter bool
	}
	var runs []run
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		runs = runs[:0]
		for i := ls; i < le; {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isLetter(r) && !isDigitRune(r) {
				i += size
				continue
			}
			s, n, letters := i, 0, 0
			for i < le {
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if !isLetter(r2) && !isDigitRune(r2) {
					break
				}
				if isLetter(r2) {
					letters++
				}
				n++
				i += s2
			}
			runs = append(runs, run{s, i, n == 1, letters == n})
		}
		singles, pairs := 0, 0
		for k, r := range runs {
			if r.single {
				singles++
				if k > 0 && runs[k-1].single && runs[k-1].letter && r.letter && r.s == runs[k-1].e+1 && text[r.s-1] == ' ' {
					pairs++
				}
			}
		}
		if pairs >= 3 && 2*singles >= len(runs) {
			for k := 1; k < len(runs); k++ {
				p, r := runs[k-1], runs[k]
				if p.single && r.single && p.letter == r.letter && r.s == p.e+1 && text[p.e] == ' ' {
					if b == nil {
						b = []byte(text)
					}
					b[p.e] = ocrJoiner
				}
			}
		}
		ls = le + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// ocrChain joins the letter run [s,e) with the next two or three runs when
// each is one space from the last, all are short (four bytes at most, the
// later ones in lower case) and together they spell a listed word, name or
// place of five letters or more that none of them is. It returns the end
// of the joined word.
func ocrChain(text string, s, e int, v *vocab) (int, bool) {
	if e-s > 4 {
		return 0, false
	}
	var ends [4]int
	ends[0] = e
	n := 1
	for n < 4 {
		p := ends[n-1]
		if p+1 >= len(text) || text[p] != ' ' || !isASCIILower(text[p+1]) && text[p+1] < 0x80 {
			break
		}
		q := p + 1
		for q < len(text) && (isASCIILetter(text[q]) || text[q] >= 0x80 && text[q] != 0xc2) {
			q++
		}
		if q-p-1 > 4 || q-p-1 == 0 {
			break
		}
		ends[n] = q
		n++
	}
	var buf [64]byte
	const known = lxGiven | lxName | lxCommon | lxMedical | lxPlace | lxForeignPlace | lxOrgHead | vfEN | vfPT
	// (a street's or a title's abbreviation before a conjunction is two
	// words: "N. Rampart St and back", never "Standback"; round 50)
	if n >= 2 && e-s <= 3 && abbrevBeforeAnd50(text[s:e], text[ends[0]+1:ends[1]]) {
		return 0, false
	}
	for m := n; m >= 3; m-- {
		j := buf[:0]
		for k := 0; k < m; k++ {
			from := s
			if k > 0 {
				from = ends[k-1] + 1
			}
			j = appendFold(j, text[from:ends[k]])
		}
		if len(j) >= 5 && v.lookupBytes(j)&known != 0 {
			// one piece at least must be no common word of its own (the
			// name lists hold nearly every short string)
			for k := 0; k < m; k++ {
				from := s
				if k > 0 {
					from = ends[k-1] + 1
				}
				p := appendFold(buf[:0], text[from:ends[k]])
				if v.lookupBytes(p)&(lxCommon|lxMedical|vfEN|vfPT) == 0 {
					return ends[m-1], true
				}
			}
		}
	}
	return 0, false
}

func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }

// ocrNumericRuns marks the O/o/l/I bytes that OCR put in place of digits
// inside numbers: a run of digits and those letters with at least one real
// digit and no other letter ("Ol28", "4l9", "8Ol"), and lone O/l one or two
// spaces from such a run or from a digit ("l l O 4 5 7", "O4 / l7"). It
// returns nil when there is nothing to mark.
func ocrNumericRuns(text string) []bool {
	n := len(text)
	var mark []bool
	isLook := func(c byte) bool { return c == 'O' || c == 'o' || c == 'l' || c == 'I' }
	type run struct {
		s, e     int
		numeric  bool
		lookOnly bool
	}
	var runs []run
	for i := 0; i < n; {
		c := text[i]
		if !isDigit(c) && !isASCIILetter(c) {
			i++
			continue
		}
		j := i
		digits, other := 0, 0
		for j < n && (isDigit(text[j]) || isASCIILetter(text[j])) {
			if isDigit(text[j]) {
				digits++
			} else if !isLook(text[j]) {
				other++
			}
			j++
		}
		runs = append(runs, run{s: i, e: j, numeric: digits > 0 && other == 0, lookOnly: digits == 0 && other == 0 && j-i <= 2})
		i = j
	}
	// near reports whether runs a and b are separated by at most two
	// spaces or one number separator on the same line.
	near := func(a, b run) bool {
		gap := text[a.e:b.s]
		if len(gap) == 0 || len(gap) > 3 {
			return false
		}
		for k := 0; k < len(gap); k++ {
			if g := gap[k]; g != ' ' && g != '/' && g != '-' && g != '.' && g != '(' && g != ')' {
				return false
			}
		}
		return true
	}
	// lone look-alikes take the numeric state of a neighbour, both ways
	for pass := 0; pass < 2; pass++ {
		for k := range runs {
			if !runs[k].lookOnly || runs[k].numeric {
				continue
			}
			if k > 0 && runs[k-1].numeric && near(runs[k-1], runs[k]) || k+1 < len(runs) && runs[k+1].numeric && near(runs[k], runs[k+1]) {
				runs[k].numeric = true
			}
		}
		for k := len(runs) - 1; k >= 0; k-- {
			if !runs[k].lookOnly || runs[k].numeric {
				continue
			}
			if k+1 < len(runs) && runs[k+1].numeric && near(runs[k], runs[k+1]) || k > 0 && runs[k-1].numeric && near(runs[k-1], runs[k]) {
				runs[k].numeric = true
			}
		}
	}
	for _, r := range runs {
		if !r.numeric {
			continue
		}
		for k := r.s; k < r.e; k++ {
			if isLook(text[k]) {
				if mark == nil {
					mark = make([]bool, n)
				}
				mark[k] = true
			}
		}
	}
	return mark
}
