package phi

// detectTextDates handles dates written with month names, driven by the
// month tokens: "March 12", "Jan 4th", "Sept 28, 2023", "14 March 2024",
// "14 de março de 2024", "March 2024", "jan/2024", "4/jul/2023".
func (a *analysis) detectTextDates() {
	n := len(a.toks)
	// (at the word tokens, the only ones with vocabulary flags; the
	// tokens of a date taken are passed over)
	next := 0
	for _, wi := range a.wordToks {
		i := int(wi)
		t := a.toks[i]
		// (the month first, a flag of the vocabulary that lexOf passes on
		// unchanged: few tokens have it)
		if a.raws[i]&lxMonth == 0 || i < next || t.e-t.s < 3 || t.e-t.s > 10 {
			continue
		}
		if !monthFilter.may(a.folded(i)) {
			continue
		}
		f := a.folded(i)
		s, e := i, i+1 // token range of the date
		k := i + 1
		if k < n && a.isPunct(k, ".") && a.toks[k].gap == 0 {
			k++
		}
		day, year := false, false
		// month/year and day/month/year with slashes or hyphens
		if k < n && (a.isPunct(k, "/") || a.isPunct(k, "-")) && a.toks[k].gap == 0 && k+1 < n && a.toks[k+1].kind == kNum && a.toks[k+1].gap == 0 {
			yv := a.tokText(k + 1)
			if len(yv) == 4 && (yv[:2] == "19" || yv[:2] == "20") || len(yv) == 2 {
				e = k + 2
				year = true
				// the month, the day and the year: "Nov-02-1933" (round 50)
				if d := atoi(yv); len(yv) == 2 && d >= 1 && d <= 31 && e+1 < n && a.toks[e].ch == a.toks[k].ch && a.toks[e].gap == 0 && a.toks[e+1].gap == 0 && isYearTok(a, e+1) {
					e += 2
					day = true
				}
				if i >= 2 && (a.isPunct(i-1, "/") || a.isPunct(i-1, "-")) && a.toks[i].gap == 0 && a.toks[i-1].gap == 0 && a.toks[i-2].kind == kNum {
					if d := atoi(a.tokText(i - 2)); d >= 1 && d <= 31 {
						s = i - 2
						day = true
					}
				}
			}
		}
		// dots as separators: "15.jan.24", "03.MAR.2024"
		if !year && k == i+2 && i >= 2 && a.isPunct(i-1, ".") && a.toks[i].gap == 0 && a.toks[i-1].gap == 0 && a.toks[i-2].kind == kNum &&
			k < n && a.toks[k].kind == kNum && a.toks[k].gap == 0 {
			yv := a.tokText(k)
			if d := atoi(a.tokText(i - 2)); d >= 1 && d <= 31 && a.toks[i-2].e-a.toks[i-2].s <= 2 && (len(yv) == 4 && (yv[:2] == "19" || yv[:2] == "20") || len(yv) == 2) {
				s, e = i-2, k+1
				day, year = true, true
			}
		}
		if !year {
			// a day in words after the month: "January the twenty-third, 2025"
			k1 := k
			if k1 < n && a.isWord(k1) && a.folded(k1) == "the" && !a.toks[k1].nl {
				k1++
			}
			if k1 < n && !a.toks[k1].nl && a.isWord(k1) {
				if d, next := a.dayWordsForward(k1); d > 0 {
					e = next
					day = true
					k2 := next
					if k2 < n && a.isPunct(k2, ",") {
						k2++
					}
					if k2 < n && a.isWord(k2) && (a.folded(k2) == "de" || a.folded(k2) == "of") {
						k2++
					}
					if k2 < n && !a.toks[k2].nl && isYearTok(a, k2) {
						e = k2 + 1
						year = true
					}
				}
			}
		}
		if !year && !day {
			// day after the month: "March 12", "Jan 4th", "Sept 28, 2023"
			if k < n && !a.toks[k].nl && a.toks[k].gap <= 2 && (a.toks[k].kind == kNum || a.toks[k].kind == kAlnum) {
				if d, ok := dayValue(a.tokText(k)); ok && d >= 1 && d <= 31 {
					e = k + 1
					day = true
					k2 := k + 1
					if k2 < n && a.isPunct(k2, ",") {
						k2++
					}
					if k2 < n && !a.toks[k2].nl && isYearTok(a, k2) {
						e = k2 + 1
						year = true
					}
				}
			}
			// day before the month: "14 March", "14 de março de 2024", "1º de maio"
			if !day {
				p := i - 1
				if p >= 0 && a.isWord(p) && (a.folded(p) == "de" || a.folded(p) == "of") {
					p--
				}
				if p >= 0 && !a.toks[p+1].nl && (a.toks[p].kind == kNum || a.toks[p].kind == kAlnum) {
					d, ok := dayValue(a.tokText(p))
					if !ok && a.ocr {
						d, ok = a.ocrDayAt(p) // "Maceió ,  O8  de  abril  de  2O24"
					}
					// (not a street named after a date: "Travessa 14 de Março, 822")
					if ok && d >= 1 && d <= 31 && !(p > 0 && (a.isPunct(p-1, "/") || a.isPunct(p-1, ".")) && a.toks[p].gap == 0) &&
						!(p > 0 && a.isWord(p-1) && a.cue(p-1)&cuBRStreet != 0) && !(p > 1 && a.isPunct(p-1, ".") && a.isWord(p-2) && a.cue(p-2)&cuBRStreet != 0) {
						s = p
						day = true
					}
				} else if p >= 0 && p < i-1 && !a.toks[p+1].nl && a.isWord(p) {
					// a day in words: "the seventeenth of January",
					// "vinte e sete de maio" (the "of"/"de" is required)
					// (not a place named after a date: "Rua Sete de
					// Setembro", "UPA Treze de Maio", "Vila Primeiro de Maio")
					if d, start := a.dayWordsBackward(p); d > 0 && !(start > 0 && a.isWord(start-1) && a.cue(start-1)&cuBRStreet != 0) &&
						!(start > 1 && a.isPunct(start-1, ".") && a.isWord(start-2) && a.cue(start-2)&cuBRStreet != 0) &&
						!(a.toks[start].shape != shLower && start > 0 && !a.toks[start].nl && a.capShape(start-1)) {
						s = start
						day = true
					}
				}
				// year after: "March 2024", "14 March 2024", "março de 2024"
				k2 := k
				if k2 < n && a.isPunct(k2, ",") {
					k2++
				}
				if k2 < n && a.isWord(k2) && (a.folded(k2) == "de" || a.folded(k2) == "of") {
					k2++
				}
				if k2 < n && !a.toks[k2].nl && isYearTok(a, k2) {
					e = k2 + 1
					year = true
				}
			}
		}
		if !day && !year {
			continue
		}
		if !a.monthOK(i, f, day, year) {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeDate, 0.9, pDate)
		next = e
	}
}

// spacedDigits reads the one-digit tokens that OCR spaced apart starting at
// token k and going in direction dir (+1 or -1): "1 2", "2 0 2 3". Each
// digit is one space from the next, on one line. It returns the value,
// the number of digits and the last token read.
func (a *analysis) spacedDigits(k, dir, max int) (val, digits, last int) {
	last = k
	for digits < max && k >= 0 && k < len(a.toks) {
		t := a.toks[k]
		// (after a digit, OCR reads a one as l or I and a zero as O:
		// "Oct  1 l ,  2 0 2 2")
		d := 0
		switch c := a.text[t.s]; {
		case t.e-t.s != 1:
			return val, digits, last
		case t.kind == kNum:
			d = int(c - '0')
		case digits > 0 && (c == 'l' || c == 'I'):
			d = 1
		case digits > 0 && c == 'O':
			d = 0
		default:
			return val, digits, last
		}
		if digits > 0 {
			// the gap between the previous digit and this one
			g := a.toks[k]
			if dir < 0 {
				g = a.toks[k+1]
			}
			if g.gap != 1 || g.nl {
				break
			}
		}
		if dir > 0 {
			val = val*10 + d
		} else {
			p := 1
			for x := 0; x < digits; x++ {
				p *= 10
			}
			val += d * p
		}
		digits++
		last = k
		k += dir
	}
	return val, digits, last
}

// ocrDayAt reads a day of one or two characters in which OCR may have put
// a letter for a digit ("O4", "1O", "l2"); at least one real digit.
func (a *analysis) ocrDayAt(k int) (int, bool) {
	t := a.toks[k]
	if t.e-t.s < 1 || t.e-t.s > 2 || t.kind == kPunct {
		return 0, false
	}
	v, real := 0, false
	for i := t.s; i < t.e; i++ {
		c := a.text[i]
		if isDigit(c) {
			real = true
		} else if d, ok := ocrDigit(c); ok {
			c = d
		} else {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, real && v >= 1 && v <= 31
}

// detectSpacedTextDates reads dates with month names whose digits OCR
// spaced apart: "1 2 de junho de 2 0 2 3", "J une 1 4 , 2 0 1 8". Only
// for text that looks like OCR, and only when the digits make a valid day
// and a 19xx/20xx year.
func (a *analysis) detectSpacedTextDates() {
	if !a.ocr {
		return
	}
	n := len(a.toks)
	for i := 0; i < n; i++ {
		t := a.toks[i]
		if t.kind != kWord || t.e-t.s < 3 || t.e-t.s > 12 || a.lexOf(i)&lxMonth == 0 {
			continue
		}
		s, e := -1, -1
		// day before: "1 2 de junho"
		p := i - 1
		if p >= 0 && a.isWord(p) && (a.folded(p) == "de" || a.folded(p) == "of") {
			p--
			// "2 1 st  day  of  May": a legal paper's day
			if p >= 2 && a.isWord(p) && dayWords[a.folded(p)] && a.isWord(p-1) && ordinalSuffixes[a.folded(p-1)] {
				p -= 2
			}
		}
		if p >= 0 && !a.toks[p+1].nl {
			if d, nd, first := a.spacedDigits(p, -1, 2); nd == 2 && d >= 1 && d <= 31 {
				s = first
			} else if _, ok := a.ocrDayAt(p); ok {
				s = p // "O4 de novembro": a zero read as the letter O
			}
		}
		// day after: "June 1 4" (or "Aug .  3 0", the month's dot)
		k := i + 1
		if k+1 < n && a.isPunct(k, ".") && a.toks[k].gap <= 2 && !a.toks[k].nl && !a.toks[k+1].nl {
			k++
		}
		if s < 0 && k < n && !a.toks[k].nl {
			if d, nd, last := a.spacedDigits(k, 1, 2); nd == 2 && d >= 1 && d <= 31 {
				s, k = i, last+1
			}
		}
		if s < 0 {
			continue
		}
		// year after: ", 2 0 1 8", "de 2 0 2 3"
		if k < n && a.isPunct(k, ",") {
			k++
		}
		if k < n && a.isWord(k) && (a.folded(k) == "de" || a.folded(k) == "of") {
			k++
		}
		if k < n && !a.toks[k].nl {
			if y, nd, last := a.spacedDigits(k, 1, 4); nd == 4 && y >= 1900 && y < 2100 {
				e = last
			} else if a.toks[k].kind == kNum && a.toks[k].e-a.toks[k].s == 4 && (a.text[a.toks[k].s] == '1' || a.text[a.toks[k].s] == '2') {
				e = k // the year whole: "O4 de novembro de 2023"
			}
		}
		if e < 0 {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[e].e), TypeDate, 0.85, pDate)
		i = e
	}
}

// detectDayMonthAbbrev reads a day and a month name joined by a slash or a
// hyphen without a year, as Brazilian notes write appointments: "em 2/abr",
// "ter., 9/jul", "15-Mar".
func (a *analysis) detectDayMonthAbbrev() {
	n := len(a.toks)
	for _, wi := range a.wordToks {
		i := int(wi)
		if i < 2 {
			continue
		}
		t := a.toks[i]
		// (the month first, a flag of the vocabulary that lexOf passes on
		// unchanged: few tokens have it)
		if a.raws[i]&lxMonth == 0 || t.kind != kWord || t.gap != 0 || t.e-t.s < 3 || t.e-t.s > 9 || a.toks[i-2].kind != kNum || !(a.isPunct(i-1, "/") || a.isPunct(i-1, "-")) || a.toks[i-1].gap != 0 {
			continue
		}
		if a.isClaimed(t) || a.lexOf(i)&lxMonth == 0 {
			continue
		}
		d := atoi(a.tokText(i - 2))
		if d < 1 || d > 31 || a.toks[i-2].e-a.toks[i-2].s > 2 {
			continue
		}
		// "2/abr/2024" is read by detectTextDates; a number glued before the
		// day ("12.5/mar") is no date
		if i+1 < n && (a.isPunct(i+1, "/") || a.isPunct(i+1, "-")) && a.toks[i+1].gap == 0 {
			continue
		}
		if i >= 3 && a.toks[i-2].gap == 0 && (a.toks[i-3].kind == kNum || a.isPunct(i-3, ".") || a.isPunct(i-3, "/")) {
			continue
		}
		a.add(int(a.toks[i-2].s), int(t.e), TypeDate, 0.8, pDate)
	}
}

// Days written in words, English ordinals and Portuguese cardinals.
var (
	enDayOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
		"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
		"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
	ptDayWords = map[string]int{"primeiro": 1, "um": 1, "dois": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
		"dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezessete": 17, "dezoito": 18,
		"dezenove": 19, "vinte": 20, "trinta": 30}
	dayTens = map[string]int{"twenty": 20, "thirty": 30, "vinte": 20, "trinta": 30}
)

// dayWordsForward reads a day in words starting at token k: "seventeenth",
// "twenty-third", "twenty third", "vinte e sete". It returns the day (0 if
// none) and the token after it.
func (a *analysis) dayWordsForward(k int) (int, int) {
	n := len(a.toks)
	if k >= n || !a.isWord(k) {
		return 0, k
	}
	f := a.folded(k)
	if t, ok := dayTens[f]; ok {
		j := k + 1
		if j < n && (a.isPunct(j, "-") || a.isWord(j) && a.folded(j) == "e") && !a.toks[j].nl {
			j++
		}
		if j < n && a.isWord(j) && !a.toks[j].nl && j > k {
			u, ok1 := enDayOrdinals[a.folded(j)]
			if !ok1 {
				u, ok1 = ptDayWords[a.folded(j)]
			}
			if ok1 && u < 10 && t+u <= 31 {
				return t + u, j + 1
			}
		}
		if a.pt || f == "vinte" || f == "trinta" {
			return t, k + 1
		}
		return 0, k
	}
	if d, ok := enDayOrdinals[f]; ok {
		return d, k + 1
	}
	if d, ok := ptDayWords[f]; ok && a.pt {
		return d, k + 1
	}
	return 0, k
}

// dayWordsBackward reads a day in words ending at token p, the word before
// "of"/"de": "seventeenth", "twenty-third", "vinte e sete". It returns the
// day (0 if none) and its first token.
func (a *analysis) dayWordsBackward(p int) (int, int) {
	if p >= 2 && a.isWord(p-2) && !a.toks[p].nl && !a.toks[p-1].nl {
		if t, ok := dayTens[a.folded(p-2)]; ok && (a.isPunct(p-1, "-") || a.isWord(p-1) && a.folded(p-1) == "e") {
			if d, next := a.dayWordsForward(p - 2); d > t && next == p+1 {
				return d, p - 2
			}
		}
	}
	if d, next := a.dayWordsForward(p); d > 0 && next == p+1 {
		return d, p
	}
	return 0, p
}
