package phi

// Numbers spoken in words, as voicemail and call transcriptions write them:
// a phone number read digit by digit or in groups ("call me back at four
// one seven five five five zero one nine two", "o celular dela é noventa e
// nove, oito um três, quarenta e quatro, vinte e dois") and a date of birth
// read out ("date of birth two fourteen nineteen thirty", "zero four
// twenty-two nineteen fifty-one"). Only a run of number words is read, so
// the pass is one scan of the tokens.

// Kinds of spoken number words.
const (
	swUnit    = iota + 1 // zero … nine: one digit
	swTeen               // ten … nineteen: two digits
	swTens               // twenty … ninety: two digits, or the first of two
	swHundred            // "hundred" after a unit, or a Portuguese hundred
)

// spokenWords maps folded number words (English and Portuguese) to their
// kind. "oh" is a zero only inside a run ("four oh seven").
var spokenWords = map[string]uint8{
	"zero": swUnit, "oh": swUnit, "one": swUnit, "two": swUnit, "three": swUnit, "four": swUnit,
	"five": swUnit, "six": swUnit, "seven": swUnit, "eight": swUnit, "nine": swUnit,
	"ten": swTeen, "eleven": swTeen, "twelve": swTeen, "thirteen": swTeen, "fourteen": swTeen,
	"fifteen": swTeen, "sixteen": swTeen, "seventeen": swTeen, "eighteen": swTeen, "nineteen": swTeen,
	"twenty": swTens, "thirty": swTens, "forty": swTens, "fifty": swTens, "sixty": swTens,
	"seventy": swTens, "eighty": swTens, "ninety": swTens, "hundred": swHundred,
	"um": swUnit, "uma": swUnit, "dois": swUnit, "duas": swUnit, "tres": swUnit, "quatro": swUnit,
	"cinco": swUnit, "seis": swUnit, "meia": swUnit, "sete": swUnit, "oito": swUnit, "nove": swUnit,
	"dez": swTeen, "onze": swTeen, "doze": swTeen, "treze": swTeen, "catorze": swTeen, "quatorze": swTeen,
	"quinze": swTeen, "dezesseis": swTeen, "dezessete": swTeen, "dezoito": swTeen, "dezenove": swTeen,
	"vinte": swTens, "trinta": swTens, "quarenta": swTens, "cinquenta": swTens, "sessenta": swTens,
	"setenta": swTens, "oitenta": swTens, "noventa": swTens,
	"cem": swHundred, "cento": swHundred, "duzentos": swHundred, "trezentos": swHundred,
	"quatrocentos": swHundred, "quinhentos": swHundred, "seiscentos": swHundred,
	"setecentos": swHundred, "oitocentos": swHundred, "novecentos": swHundred,
}

// spokenPhoneCues are the words that announce a number to call back
// (a few tokens before the run).
var spokenPhoneCues = set(`call calling callback phone number cell cellphone mobile reach text
	telefone tel celular numero fone contato whatsapp zap ligar ligue liga retornar retorno`)

// spokenDOBCues end a date-of-birth phrase ("date of birth", "birthday",
// "born", "DOB", "data de nascimento", "nasceu").
var spokenDOBCues = set(`birth birthday birthdate dob born nascimento nasceu nascido nascida`)

// spokenWord returns the kind of number word k, or 0.
func (a *analysis) spokenWord(k int) uint8 {
	if !a.isWord(k) || a.cue(k)&cuSpoken == 0 {
		return 0
	}
	return spokenWords[a.folded(k)]
}

// spokenRun reads a run of number words from token i on one line: words
// joined by blanks, commas, hyphens, and "e"/"and" between a ten and a
// unit or after a hundred. It returns the token after the run, the digits
// the run spells, and the number of words read.
func (a *analysis) spokenRun(i int) (end, digits, words int) {
	n := len(a.toks)
	k := i
	for k < n && (k == i || !a.toks[k].nl) {
		w := a.spokenWord(k)
		if w == 0 || w == swUnit && a.folded(k) == "oh" && words == 0 {
			break
		}
		words++
		next := k + 1
		switch w {
		case swUnit:
			digits++
			if next+1 < n && a.isWord(next) && a.folded(next) == "hundred" && !a.toks[next].nl {
				digits += 2
				words++
				next++
				next = a.spokenTail(next, &digits, &words, true)
			}
		case swTeen:
			digits += 2
		case swTens:
			digits += 2
			next = a.spokenTail(next, &digits, &words, false)
		case swHundred:
			digits += 3
			next = a.spokenTail(next, &digits, &words, true)
		}
		k = next
		end = k
		// separators before the next word: a comma or a blank; a hyphen
		// only between words
		if k < n && !a.toks[k].nl && (a.isPunct(k, ",") || a.isPunct(k, "-")) && a.spokenWord(k+1) != 0 && !a.toks[k+1].nl {
			k++
		}
	}
	return end, digits, words
}

// spokenTail consumes the unit (or, after a hundred, the ten and unit)
// that completes a ten or a hundred ("ninety-four", "noventa e nove",
// "oitocentos e treze"); the digits stay those of the head word.
func (a *analysis) spokenTail(k int, digits, words *int, hundred bool) int {
	n := len(a.toks)
	j := k
	if j < n && !a.toks[j].nl && (a.isPunct(j, "-") && a.toks[j].gap == 0 || a.isWord(j) && (a.folded(j) == "e" || a.folded(j) == "and")) {
		j++
	}
	if j >= n || a.toks[j].nl {
		return k
	}
	w := a.spokenWord(j)
	switch {
	case w == swUnit && a.folded(j) != "oh" && a.folded(j) != "zero":
		*words++
		return j + 1
	case hundred && (w == swTeen || w == swTens):
		*words++
		if w == swTens {
			return a.spokenTail(j+1, digits, words, false)
		}
		return j + 1
	}
	return k
}

// cueWordBefore reports whether one of the cue words is among the max word
// tokens before i on i's line.
func (a *analysis) cueWordBefore(i, max int, cues map[string]bool) bool {
	for k, seen := i-1, 0; k >= 0 && seen < max; k-- {
		if a.isWord(k) {
			if cues[a.folded(k)] {
				return true
			}
			seen++
		}
		if a.toks[k].nl {
			break
		}
	}
	return false
}

// detectSpokenNumbers marks phone numbers and dates of birth spoken in
// words (see the file comment).
func (a *analysis) detectSpokenNumbers() {
	if !a.hasCue(cuSpoken) {
		return // (no number word in the note)
	}
	n := len(a.toks)
	for i := 0; i < n; i++ {
		if a.spokenWord(i) == 0 || a.spokenWord(i-1) != 0 && !a.toks[i].nl {
			continue
		}
		end, digits, words := a.spokenRun(i)
		if words == 0 || end <= i {
			continue
		}
		s, e := int(a.toks[i].s), int(a.toks[end-1].e)
		switch {
		case words >= 2 && digits >= 4 && digits <= 8 && a.cueWordBefore(i, 3, spokenDOBCues):
			// a date read out: month, day and year, "two fourteen
			// nineteen thirty" (the cue is nearer than any phone cue)
			a.add(s, e, TypeDate, 0.8, pDate)
		case digits >= 7 && digits <= 11 && words >= 4 && (a.cueWordBefore(i, 8, spokenPhoneCues) || digits >= 10 && words >= 7):
			// a phone number: seven digits (local), nine (a Brazilian
			// mobile), ten or eleven (with the area code)
			a.add(s, e, TypePhone, 0.8, pPhone)
		}
		i = end - 1
	}
}

// birthAskedBefore reports whether a date-of-birth word stands among the
// 25 words before norm offset i, on its line or the one before: a
// transcript answers "what's your date of birth?" with "Frank Delvecchio
// 12-1-55".
func (a *analysis) birthAskedBefore(i int) bool {
	if a.nidx != nil && i < len(a.nidx) {
		i = int(a.nidx[i])
	}
	return a.birthWordBefore(a.tokAt(i), 0)
}

// birthWordBefore scans the 25 words before token k, across at most one
// line break beyond the lines already counted, for a date-of-birth word.
func (a *analysis) birthWordBefore(k, lines int) bool {
	for j, words := k-1, 0; j >= 0 && words < 25; j-- {
		if a.isWord(j) {
			if spokenDOBCues[a.folded(j)] {
				return true
			}
			words++
		}
		if a.toks[j].nl {
			if lines++; lines > 1 {
				break
			}
		}
	}
	return false
}
