package phi

// Round 39 rules (dictations, call and voicemail transcriptions, portal
// and chat messages, written by speech recognition: little punctuation,
// names in lower case, numbers spelled out in words). Numbers in words
// are read as phrases ("forty one fifty" is 41 and 50, "dois mil e vinte
// e quatro" is 2024) and are PHI only where a cue or a shape says so: a
// month before a day and a year ("april fifth twenty twenty three"), a
// date of birth asked for on the turn before ("date of birth?⏎CALLER:
// six eighteen nineteen forty-four"), an identifier's label before
// letters and digits spelled one by one ("claim number K T four four
// dash two nine one seven zero", "prontuário cinco cinco oito dois um
// sete"), a phone's extension, a ZIP after a state or a town, a house
// number before a street's name and type ("nine oak hollow lane").
// "two tablets", "one twenty over eighty" and "twenty milligrams" have
// none of these.

// spokenValues are the values of the number words (spokenWords' keys;
// "oh" is a zero inside a run only, "meia" a six in a phone number).
var spokenValues = map[string]int{
	"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100,
	"um":      1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "meia": 6, "sete": 7, "oito": 8, "nove": 9,
	"dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16,
	"dezessete": 17, "dezoito": 18, "dezenove": 19,
	"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90,
	"cem": 100, "cento": 100, "duzentos": 200, "trezentos": 300, "quatrocentos": 400, "quinhentos": 500,
	"seiscentos": 600, "setecentos": 700, "oitocentos": 800, "novecentos": 900,
}

// spokenPhrase is one number read in words: tokens [s, e), its value,
// and its kind (of spokenWords: the kind of its first word).
type spokenPhrase struct {
	s, e int32
	val  int32
	kind uint8
}

// digits is the number of digits the phrase stands for in a number read
// out in pieces ("oh" and "zero" are one).
func (p spokenPhrase) digits() int {
	switch v := p.val; {
	case v < 10:
		return 1
	case v < 100:
		return 2
	case v < 1000:
		return 3
	case v < 10000:
		return 4
	}
	return 5
}

// thousandAt: token k is "thousand" or "mil" on the line.
func (a *analysis) thousandAt(k int) bool {
	return k < len(a.toks) && a.isWord(k) && !a.toks[k].nl && (a.folded(k) == "thousand" || a.folded(k) == "mil")
}

// andAt: token k is the "and" ("e") that joins the parts of a number.
func (a *analysis) andAt(k int) bool {
	return k < len(a.toks) && a.isWord(k) && !a.toks[k].nl && (a.folded(k) == "and" || a.folded(k) == "e")
}

// phraseAt reads one number phrase at token k: a unit, a teen, a ten and
// its unit ("forty one", "ninety-four", "noventa e cinco"), a hundred and
// what follows ("two hundred and twelve", "quatrocentos e doze"), a
// thousand and what follows ("dois mil e vinte e quatro", "dezenove mil
// trezentos e doze"). "oh" reads as a zero only when first is false.
func (a *analysis) phraseAt(k int, first bool) (spokenPhrase, bool) {
	w := a.spokenWord(k)
	if w == 0 && !(first && a.thousandAt(k) && a.folded(k) == "mil") {
		return spokenPhrase{}, false
	}
	f := a.folded(k)
	if f == "oh" && first || f == "hundred" {
		return spokenPhrase{}, false
	}
	p := spokenPhrase{s: int32(k), e: int32(k + 1), kind: w}
	val := spokenValues[f]
	j := k + 1
	if f == "mil" {
		val, p.kind = 1, swHundred
		j = k // (the thousand below)
	}
	switch w {
	case swUnit:
		if f != "oh" && f != "zero" && j < len(a.toks) && a.isWord(j) && !a.toks[j].nl && a.folded(j) == "hundred" {
			val *= 100
			j = a.phraseRest(j+1, &val, 99)
		}
	case swTeen:
		if j < len(a.toks) && a.isWord(j) && !a.toks[j].nl && a.folded(j) == "hundred" {
			val *= 100 // "nineteen hundred"
			j = a.phraseRest(j+1, &val, 99)
		}
	case swTens:
		j = a.tensUnit(j, &val)
	case swHundred:
		j = a.phraseRest(j, &val, 99)
	}
	if f != "oh" && f != "zero" && val < 1000 && a.thousandAt(j) {
		val *= 1000
		j = a.phraseRest(j+1, &val, 999)
	}
	p.e, p.val = int32(j), int32(val)
	return p, true
}

// tensUnit reads the unit after a ten at token j ("-four", " four", " e
// quatro"), adding it to *val; it returns the token after.
func (a *analysis) tensUnit(j int, val *int) int {
	n := len(a.toks)
	k := j
	if k < n && !a.toks[k].nl && (a.isPunct(k, "-") && a.toks[k].gap == 0 || a.andAt(k)) {
		k++
	}
	if k < n && !a.toks[k].nl && a.spokenWord(k) == swUnit {
		if f := a.folded(k); f != "oh" && f != "zero" && !(k+1 < n && a.isWord(k+1) && a.folded(k+1) == "hundred") {
			*val += spokenValues[f]
			return k + 1
		}
	}
	return j
}

// phraseRest reads what follows a hundred or a thousand: an optional
// "and" ("e"), then a part under max+1 (a hundred and its rest, a ten
// and its unit, a teen, a unit), adding it to *val.
func (a *analysis) phraseRest(j int, val *int, max int) int {
	n := len(a.toks)
	k := j
	if a.andAt(k) {
		k++
	}
	if k >= n || a.toks[k].nl {
		return j
	}
	w := a.spokenWord(k)
	f := a.folded(k)
	if w == 0 || f == "oh" || f == "zero" || f == "hundred" {
		return j
	}
	v := spokenValues[f]
	e := k + 1
	switch w {
	case swHundred:
		if max < 100 {
			return j
		}
		e = a.phraseRest(e, &v, 99)
	case swTens:
		e = a.tensUnit(e, &v)
	case swUnit:
		if max >= 100 && e < n && a.isWord(e) && !a.toks[e].nl && a.folded(e) == "hundred" {
			v *= 100
			e = a.phraseRest(e+1, &v, 99)
		}
	}
	if v > max {
		return j
	}
	*val += v
	return e
}

// spokenPhrases reads the phrases of a run of number words from token i
// on its line (joined by blanks, commas and hyphens), up to len(out); it
// returns how many it read and the token after the last.
func (a *analysis) spokenPhrases(i int, out []spokenPhrase) (int, int) {
	n := len(a.toks)
	k, np := i, 0
	end := i
	for np < len(out) && k < n && (k == i || !a.toks[k].nl) {
		p, ok := a.phraseAt(k, np == 0)
		if !ok {
			break
		}
		out[np] = p
		np++
		k = int(p.e)
		end = k
		if k+1 < n && !a.toks[k].nl && (a.isPunct(k, ",") || a.isPunct(k, "-")) && !a.toks[k+1].nl && a.spokenWord(k+1) != 0 {
			k++
		}
	}
	return np, end
}

// spokenDigits is the number of digits of the phrases.
func spokenDigits(ps []spokenPhrase) int {
	d := 0
	for _, p := range ps {
		d += p.digits()
	}
	return d
}

// spokenYear reads a year said in words at token k: "nineteen thirty
// one", "twenty twenty four", "twenty nineteen", "nineteen oh five",
// "two thousand (and) eight", "dois mil e vinte e quatro", "mil
// novecentos e trinta e um". It returns the token after, or k.
func (a *analysis) spokenYear(k int) int {
	var buf [2]spokenPhrase
	np, end := a.spokenPhrases(k, buf[:])
	if np == 0 {
		return k
	}
	p := buf[0]
	switch {
	case p.val >= 1900 && p.val <= 2099:
		return int(p.e)
	case (p.val == 19 || p.val == 20) && p.kind == swTeen || p.val == 20 && p.kind == swTens && p.e == p.s+1:
		if np < 2 {
			return k
		}
		q := buf[1]
		if q.val >= 10 && q.val <= 99 || q.val < 10 && a.folded(int(q.s)) == "oh" {
			if q.val == 0 && q.e == q.s+1 && int(q.e) < len(a.toks) && a.spokenWord(int(q.e)) == swUnit && !a.toks[q.e].nl {
				return int(q.e) + 1 // "nineteen oh five"
			}
			if q.val >= 10 {
				return int(q.e)
			}
		}
	}
	_ = end
	return k
}

// ordinalWords are the days of a month said as ordinals.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// spokenDay reads a day of the month in words at token k: an ordinal
// ("ninth", "twenty sixth", "thirty-first") or a number from one to
// thirty-one. It returns the token after (k if none) and whether it was
// an ordinal.
func (a *analysis) spokenDay(k int) (int, bool) {
	n := len(a.toks)
	if k >= n || !a.isWord(k) || a.toks[k].nl {
		return k, false
	}
	f := a.folded(k)
	if d, ok := ordinalWords[f]; ok && d > 0 {
		return k + 1, true
	}
	if f == "twenty" || f == "thirty" {
		j := k + 1
		if j < n && a.isPunct(j, "-") && a.toks[j].gap == 0 {
			j++
		}
		if j < n && a.isWord(j) && !a.toks[j].nl {
			if d, ok := ordinalWords[a.folded(j)]; ok && d < 10 && (f == "twenty" || d == 1) {
				return j + 1, true
			}
		}
	}
	p, ok := a.phraseAt(k, true)
	if !ok || p.val < 1 || p.val > 31 || p.kind == swHundred {
		return k, false
	}
	return int(p.e), false
}

// detectSpokenDates39 marks dates said in words: a month before its day
// and year ("april fifth twenty twenty three", "november nine twenty
// twenty two", "may twenty first"), a Portuguese month before "de" and
// its year ("doze de março de dois mil e vinte e dois"), and a date
// of birth read out as month, day and year on the turn after the
// question ("date of birth?⏎CALLER: six eighteen nineteen forty-four",
// "name and date of birth⏎Speaker 2: bronwyn c… three nine eighty
// two").
func (a *analysis) detectSpokenDates39() {
	if !a.has39(r39Num | r39Ordinal) {
		return
	}
	n := len(a.toks)
	next := 0 // (the first token not yet in a date)
	for x, p := range a.r39Pos {
		if a.r39Kind[x]&(r39Num|r39Ordinal) == 0 || int(p) < next || p < 1 {
			continue
		}
		k := int(p)
		i := k - 1
		if a.pt && i > 0 && a.isWord(i) && a.folded(i) == "de" && a.raws[i-1]&lxMonth != 0 && a.isWord(i-1) && !a.toks[i].nl && !a.toks[k].nl {
			// "março de dois mil e vinte e dois"
			if e := a.spokenYear(k); e > k {
				a.add(int(a.toks[i-1].s), int(a.toks[e-1].e), TypeDate, 0.8, pDate)
				next = e
			}
			continue
		}
		if !a.en || a.raws[i]&lxMonth == 0 || !a.isWord(i) || a.toks[k].nl {
			continue
		}
		e, ordinal := a.spokenDay(k)
		if e == k {
			continue
		}
		y := e
		if y+1 < n && a.isPunct(y, ",") && !a.toks[y+1].nl {
			y++
		}
		ye := a.spokenYear(y)
		if ye == y && !ordinal {
			continue // "october seventeen" alone
		}
		if ye > y {
			e = ye
		}
		a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeDate, 0.8, pDate)
		next = e
	}
	if !a.has39(r39Birth) || !a.has39(r39Num) {
		return
	}
	var buf [6]spokenPhrase
	next = 0
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r39Num == 0 || i < next || a.spokenWord(i-1) != 0 && !a.toks[i].nl {
			continue
		}
		np, end := a.spokenPhrases(i, buf[:])
		next = end
		if np < 3 || np > 4 {
			continue
		}
		if spokenMDY(buf[:np]) && (end >= n || a.toks[end].nl || !a.isWord(end) || a.spokenWord(end) == 0) && a.birthAskedNear(i) {
			a.add(int(a.toks[i].s), int(a.toks[end-1].e), TypeDate, 0.8, pDate)
			// the name given before it, alone after the speaker's label:
			// "Speaker 2: bronwyn castellano three nine eighty two"
			if s0, strong := a.lowerRunBefore(i, true); s0 < i && strong && s0 > 0 && a.isPunct(s0-1, ":") && !a.toks[s0].nl {
				a.add(int(a.toks[s0].s), int(a.toks[i-1].e), TypeName, 0.75, pName)
			}
		}
	}
}

// spokenMDY: the phrases read as a month, a day and a year ("six eighteen
// nineteen forty-four", "three nine eighty two").
func spokenMDY(ps []spokenPhrase) bool {
	if len(ps) < 3 || ps[0].val < 1 || ps[0].val > 12 || ps[1].val < 1 || ps[1].val > 31 || ps[0].kind == swHundred || ps[1].kind == swHundred {
		return false
	}
	switch y := ps[2:]; len(y) {
	case 1:
		return y[0].val >= 10 && y[0].val <= 99 || y[0].val >= 1900 && y[0].val <= 2099
	case 2:
		return (y[0].val == 19 || y[0].val == 20) && y[1].val >= 10 && y[1].val <= 99
	}
	return false
}

// birthAskedNear: a date-of-birth word stands among the 25 words before
// token i, on its line or the one before.
func (a *analysis) birthAskedNear(i int) bool {
	lines := 0
	if a.toks[i].nl {
		lines = 1
	}
	return a.birthWordBefore(i, lines)
}

// spokenIDLabels are the words that label an identifier read out in
// words, with its type. Those in spokenIDWeak label one only before
// "number" ("claim number", "group number", "record number"; "medical
// record" is one too).
var spokenIDLabels = map[string]string{
	"mrn": TypeMRN, "record": TypeMRN, "prontuario": TypeMRN, "chart": TypeMRN,
	"member": TypeHealthPlan, "group": TypeHealthPlan, "policy": TypeHealthPlan, "subscriber": TypeHealthPlan,
	"carteirinha": TypeHealthPlan, "carteira": TypeHealthPlan, "matricula": TypeHealthPlan,
	"serial": TypeDevice,
	"plate":  TypeVehicle, "placa": TypeVehicle,
	"claim": TypeID, "accession": TypeID, "case": TypeID, "reference": TypeID, "confirmation": TypeID,
	"authorization": TypeID, "authorisation": TypeID, "id": TypeID, "atendimento": TypeID, "protocolo": TypeID,
	"ocorrencia": TypeID, "requisicao": TypeID, "pedido": TypeID, "guia": TypeID, "notificacao": TypeID,
	"account": TypeAccount,
	"crm":     TypeLicense, "coren": TypeLicense, "license": TypeLicense, "licence": TypeLicense, "npi": TypeLicense, "dea": TypeLicense,
	"cpf": TypeCPF, "rg": TypeRG, "cns": TypeCNS, "sus": TypeCNS, "ssn": TypeSSN, "security": TypeSSN,
}

var spokenIDWeak = set(`record group claim case reference confirmation authorization authorisation account policy member
	atendimento pedido guia chart id security`)

// spokenIDFillers may stand between the label and the value: "claim
// number is", "member ID is", "CRM paraná", "número do cartão
// do SUS dela é".
var spokenIDFillers = set(`number numero no nr is e the its it s of um o a da do de dele dela id`)

// spokenDashWords are read as the hyphen of an identifier.
var spokenDashWords = set(`dash hyphen traco hifen`)

// spokenIDValue reads an identifier spelled out from token k on its
// line: number words read digit by digit or in groups, capital letters
// one by one and "dash" ("K T four four dash two nine one seven zero",
// "R J zero zero seven one three five two"). It returns the token after
// the value (k if none), its digits and its letters.
func (a *analysis) spokenIDValue(k int) (end, digits, letters int) {
	n := len(a.toks)
	end = k
	var buf [12]spokenPhrase
	for j := k; j < n && (j == k || !a.toks[j].nl); {
		t := a.toks[j]
		switch {
		case t.kind == kWord && t.shape == shSingle:
			letters++
			j++
		case t.kind == kWord && a.cue(j)&cuSpoken != 0:
			np, e := a.spokenPhrases(j, buf[:])
			if np == 0 {
				return
			}
			if e <= j {
				return
			}
			for _, p := range buf[:np] {
				digits += p.digits()
			}
			j = e
		case t.kind == kWord && spokenDashWords[a.folded(j)] && j > k:
			j++
			continue // (not an end)
		case t.kind == kPunct && t.ch == '-' && j > k && t.gap <= 1:
			j++
			continue
		default:
			return
		}
		end = j
	}
	return
}

// detectSpokenIDs marks identifiers read out in words after their label
// (spokenIDLabels), or on the turn after the question that names the
// label ("and the group number⏎CALLER: four oh two eight one"): at
// least four digits, with letters spelled one by one.
func (a *analysis) detectSpokenIDs() {
	n := len(a.toks)
	next := 0
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r39ID == 0 || i < next || i+1 >= n || !a.isWord(i) {
			continue
		}
		typ, ok := spokenIDLabels[a.folded(i)]
		if !ok {
			continue
		}
		f := a.folded(i)
		k := i + 1
		if spokenIDWeak[f] {
			// "claim number", "member ID", "medical record"
			nx := ""
			if k < n && a.isWord(k) && !a.toks[k].nl {
				nx = a.folded(k)
			}
			med := f == "record" && i > 0 && a.isWord(i-1) && a.folded(i-1) == "medical"
			if nx != "number" && nx != "numero" && nx != "id" && nx != "no" && !med && !(f == "id" && i > 0 && a.isWord(i-1)) {
				continue
			}
			if f == "id" && i > 0 && a.isWord(i-1) {
				if t, ok := spokenIDLabels[a.folded(i-1)]; ok {
					typ = t // "member ID"
				}
			}
		}
		// fillers, state names after a council ("CRM paraná")
		for steps := 0; k < n && steps < 4 && !a.toks[k].nl; steps++ {
			if a.isWord(k) && (spokenIDFillers[a.folded(k)] && a.cue(k)&cuSpoken == 0 || typ == TypeLicense && (a.lexOf(k)&(lxRegion|lxRegionPrefix) != 0 || brStates[a.tokText(k)])) ||
				a.toks[k].kind == kPunct && (a.toks[k].ch == ':' || a.toks[k].ch == '#' || a.toks[k].ch == '\'' || a.toks[k].ch == ',') {
				k++
				continue
			}
			if typ == TypeLicense && a.isWord(k) && a.cue(k)&cuSpoken == 0 && steps < 3 {
				k++ // a council's state, in words ("CRM paraná")
				continue
			}
			break
		}
		// the answer on the next turn, after the speaker's label
		if k+1 < n && a.isPunct(k, "?") && a.toks[k+1].nl {
			k++
		}
		if k < n && a.toks[k].nl && k+1 < n {
			q := k
			for q < n && q < k+5 && a.toks[q].ch != ':' && (q == k || !a.toks[q].nl) {
				q++
			}
			if q+1 >= n || a.toks[q].ch != ':' || a.toks[q+1].nl {
				continue
			}
			k = q + 1
		}
		e, digits, letters := a.spokenIDValue(k)
		if e == k || digits < 4 || digits+letters < 5 || a.cue(e-1)&cuSpoken == 0 && a.toks[e-1].shape != shSingle {
			continue
		}
		// (a value must hold a number word: digits alone are another rule's)
		s := k
		if typ == TypeLicense && a.toks[i].shape == shUpper {
			s = i // a council's number with its name and state ("CRM santa catarina …")
		}
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), typ, 0.8, pLabeled)
		next = e
	}
}

// Kinds of round 39's trigger words and number words (analysis.r39).
const (
	r39ID      uint64 = 1 << iota // spokenIDLabels, spokenDashWords
	r39Ext                        // spokenExtWords
	r39Spelled                    // "spelled", "spelling"
	r39Birth                      // spokenDOBCues, "date"
	r39Role                       // roleCues, personTitles
	r39Ordinal                    // ordinalWords
	r39Num                        // a number word (cuSpoken)
)

// r39Kinds maps each trigger word to its kinds.
var r39Kinds = func() map[string]uint64 {
	m := map[string]uint64{}
	add := func(k uint64, ws []string) {
		for _, w := range ws {
			m[w] |= k
		}
	}
	add(r39ID, keys(spokenIDLabels))
	add(r39ID, keys(spokenDashWords))
	add(r39Ext, keys(spokenExtWords))
	add(r39Spelled, []string{"spelled", "spelling"})
	add(r39Birth, keys(spokenDOBCues))
	add(r39Birth, []string{"date"})
	add(r39Role, keys(roleCues))
	add(r39Role, keys(personTitles))
	add(r39Ordinal, keys(ordinalWords))
	add(r41Rank, keys(rankWords41)) // (round41.go)
	add(r41Highway, keys(highwayWords41))
	add(r41Tail, keys(tailWords41))
	add(r41Unit, keys(policeUnits41))
	add(r41Cross, keys(crossWords41))
	add(r42Kin, keys(relationPlurals)) // (round42.go)
	add(r42Kin, keys(kinPlurals42))
	add(r42Law, []string{"lei", "estatuto"})
	add(r43Code, keys(codeLabels43)) // (round43.go)
	add(r43Column, keys(columnWords43))
	add(r43Death, keys(deathWords43))
	add(r43Initials, keys(initialsWords43))
	add(r43Research, []string{"research", "pesquisa"})
	add(r44Ext, keys(extWords44)) // (round44.go)
	add(r44Role, keys(roleWords44))
	add(r44Shift, keys(shiftWords44))
	add(r44Code, keys(codeWords44))
	add(r45Travel, keys(travelWords45)) // (round45.go)
	add(r45Place, keys(placePlurals45))
	add(r45Sample, keys(sampleWords45))
	add(r45Thanks, keys(thanksWords45))
	add(r45Camp, []string{"camp", "acampamento"})
	add(r45Venue, keys(venueWords45))
	add(r45OCR, []string{"box", "www", "dependents", "dependentes"})
	add(r45Chart, []string{"prontuario", "pront"})
	add(r45Unit, keys(lowerUnits45))
	add(r46Unit, keys(unitHeads46)) // (round46.go)
	add(r46Rank, keys(ranks46))
	add(r46Vessel, []string{"imo", "sign"})
	add(r46Room, []string{"hall", "bloco"})
	add(r46Port, keys(portWords46))
	add(r46Role, keys(roleAbbr46))
	add(r46Prof, keys(professions46))
	add(r46Number, []string{"number", "numero"})
	add(r46Ref, []string{"ref", "reference"})
	add(r47User, keys(userWords47)) // (round47.go)
	add(r47Device, keys(deviceLabels47))
	add(r47Agent, []string{"mozilla"})
	add(r47Channel, []string{"channel"})
	add(r47Plan, keys(planCards47))
	add(r47Branch, []string{"unidade", "filial"})
	add(r47Hon, []string{"dona", "sra", "d"})
	add(r47Kin, keys(kinIs47))
	add(r47MAC, keys(macWords47))
	add(r47Maker, keys(deviceMakers47))
	add(r48IDDoc, keys(idDocWords48)) // (round48.go)
	add(r48Consulate, keys(consulateWords48))
	add(r48Kind, keys(lowerKinds48))
	add(r48Area, keys(areaWords48))
	add(r48Registry, []string{"naturais", "livro"})
	add(r48BIN, []string{"bin", "rxbin"})
	add(r48Pack, keys(fractionAfter48))
	add(r48Age, []string{"age", "idade"})
	add(r48Hon, []string{"chief", "padre", "msgr", "monsignor", "consul", "consulesa", "ba", "ong", "co", "chu", "chi", "daw"})
	add(r48Tail, []string{"memorial", "county"})
	add(r50, keys(words50)) // (round50.go)
	add(r51, keys(words51)) // (round51.go)
	add(r52, keys(words52)) // (round52.go)
	add(r53, keys(words53)) // (round53.go)
	add(r54, keys(words54)) // (round54.go)
	add(r55, keys(words55)) // (round55.go)
	add(r56, keys(words56)) // (round56.go)
	add(r57, keys(words57)) // (round57.go)
	add(r58, keys(words58)) // (round58.go)
	add(r48Burial, keys(burialHeads48))
	add(r48Tattoo, []string{"tattoo", "tattoos", "tatuagem", "tatuagens"})
	add(r49Court, keys(courtWords49)) // (round49.go)
	add(r49Field, keys(fieldWords49))
	add(r49Misc, keys(miscWords49))
	return m
}()

// round39Words are the trigger words of this round's passes (cuRound39,
// a filter: a token whose bit is clear is in none of the sets).
func round39Words() []string { return keys(r39Kinds) }

// note39 records token i, whose cue bits are c, when it is a trigger
// word of this round or a number word, and returns c (called from
// lookupAll's loop, so that the passes walk these tokens only).
func (a *analysis) note39(i int, c, kinds uint64) uint64 {
	if c&(cuRound39|cuSpoken) != 0 {
		a.add39(i, c, kinds)
	}
	return c
}

// add39 records token i, its kinds (the cue table's, kinds, and r39Num
// for a number word) and the note's.
//
//go:noinline
func (a *analysis) add39(i int, c, kinds uint64) {
	if a.r39Pos == nil {
		a.r39Pos = a.sc.r39Pos[:0]
		a.r39Kind = a.sc.r39Kind[:0]
	}
	if c&cuSpoken != 0 {
		kinds |= r39Num
	}
	a.r39Pos = append(a.r39Pos, int32(i))
	a.r39Kind = append(a.r39Kind, kinds)
	a.sc.r39Pos, a.sc.r39Kind = a.r39Pos, a.r39Kind
	a.r39 |= kinds
}

// has39 reports whether the note holds a trigger word of one of the
// kinds.
func (a *analysis) has39(kinds uint64) bool { return a.r39&kinds != 0 }

// spokenExtWords introduce a phone's extension.
var spokenExtWords = set(`extension ext ramal`)

// detectSpokenNumbers39: detectSpokenNumbers, then this round's numbers
// in words (a wrapper, so that the lines of run keep their places; see
// round37.go).
func (a *analysis) detectSpokenNumbers39() {
	a.detectSpokenNumbers()
	a.detectSpokenDates39()
	if !a.has39(r39Num) {
		return
	}
	if a.has39(r39ID) {
		a.detectSpokenIDs()
	}
	if a.has39(r39Ext) {
		a.extendSpokenExtensions()
	}
	a.detectSpokenZips()
	a.detectSpokenAddresses()
}

// extendSpokenExtensions extends a phone number read out in words over
// its extension ("… oh one four four extension two three", "… ramal
// três um").
func (a *analysis) extendSpokenExtensions() {
	n := len(a.toks)
	nc := len(a.cands)
	var buf [4]spokenPhrase
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r39Ext == 0 || i < 1 || i+1 >= n || a.toks[i].nl || a.toks[i+1].nl {
			continue
		}
		np, e := a.spokenPhrases(i+1, buf[:])
		if np == 0 || spokenDigits(buf[:np]) > 5 {
			continue
		}
		p := int(a.toks[i-1].e)
		for c := 0; c < nc; c++ {
			if cd := a.cands[c]; cd.typ == TypePhone && cd.e == p {
				a.add(cd.s, int(a.toks[e-1].e), TypePhone, cd.score, pPhone)
				break
			}
		}
	}
}

// spokenZipCues may come before a ZIP read out: "zip", "zip code".
var spokenZipCues = set(`zip code zipcode`)

// detectSpokenZips marks a ZIP read out in five digits after a state's
// name, a town or "zip" ("dayton ohio four five four two nine",
// "fresno nine three seven one one"), and the town before it in lower
// case ("dayton" before "ohio", "fresno" before the ZIP).
func (a *analysis) detectSpokenZips() {
	n := len(a.toks)
	var buf [6]spokenPhrase
	next := 0
	for x, ps := range a.r39Pos {
		i := int(ps)
		if a.r39Kind[x]&r39Num == 0 || i < 1 || i < next || a.toks[i].nl || a.spokenWord(i-1) != 0 || !a.isWord(i-1) {
			continue
		}
		p := i - 1
		x := a.lexOf(p)
		place := x&lxPlace != 0 && x&(lxCommon|lxStop) == 0
		region := x&lxRegion != 0 || usStates[a.tokText(p)]
		if !place && !region && !spokenZipCues[a.folded(p)] {
			continue
		}
		np, e := a.spokenPhrases(i, buf[:])
		if np == 0 || spokenDigits(buf[:np]) != 5 || e < n && !a.toks[e].nl && a.spokenWord(e) != 0 {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeZIP, 0.8, pZip)
		// the town before it, in lower case
		t := p
		if region && t > 0 && !a.toks[t].nl {
			t--
		}
		if y := a.lexOf(t); a.isWord(t) && a.toks[t].shape == shLower && y&lxPlace != 0 && y&(lxCommon|lxStop|lxRegion) == 0 && !a.claimedAt(t) {
			a.add(int(a.toks[t].s), int(a.toks[t].e), TypeLocation, 0.75, pLocStrong)
		}
		next = e
	}
}

// spokenStreetTypes end a street's name said in full ("oak hollow lane",
// "birchwood drive"); spokenUnitWords open the flat after it.
var spokenStreetTypes = set(`street road avenue drive lane court way boulevard place circle trail terrace parkway highway pike`)
var spokenUnitWords = set(`apartment apt unit suite number`)

// detectSpokenAddresses marks a house number read out in words before a
// street's name and type, and the flat after it ("nine oak
// hollow lane", "forty two ten birchwood drive apartment three"), and a
// Brazilian street's head and name before its number in words ("rua
// das palmeiras trezentos e vinte", "travessa são josé número dezoito"). The name is one to three words that are no function, number
// or clinical word.
func (a *analysis) detectSpokenAddresses() {
	n := len(a.toks)
	var buf [4]spokenPhrase
	next := 0
	for x, ps := range a.r39Pos {
		i := int(ps)
		if a.r39Kind[x]&r39Num == 0 || i < next || i == 0 || i+2 >= n || a.toks[i].nl || !a.isWord(i-1) || !a.en || !spokenAddressCues[a.folded(i-1)] {
			continue
		}
		np, e := a.spokenPhrases(i, buf[:])
		if np == 0 || np > 3 || spokenDigits(buf[:np]) > 5 || e >= n {
			continue
		}
		j := e
		for j < n && j < e+3 && a.streetNameWord(j) {
			j++
		}
		if j == e || j >= n || !a.isWord(j) || a.toks[j].nl || !spokenStreetTypes[a.folded(j)] {
			continue
		}
		end := j + 1
		// "apartment six"
		if end+1 < n && a.isWord(end) && !a.toks[end].nl && spokenUnitWords[a.folded(end)] && !a.toks[end+1].nl {
			if np2, e2 := a.spokenPhrases(end+1, buf[:]); np2 > 0 && np2 <= 2 {
				end = e2
			} else if a.toks[end+1].kind == kNum || a.toks[end+1].shape == shSingle {
				end += 2
			}
		}
		a.add(int(a.toks[i].s), int(a.toks[end-1].e), TypeAddress, 0.8, pAddress)
		next = end
	}
	if !a.pt || !a.hasCue(cuBRLowStreet) {
		return
	}
	for i := 0; i+2 < n; i++ {
		if a.cue(i)&cuBRLowStreet == 0 || !a.isWord(i) || a.toks[i].shape != shLower || a.toks[i+1].nl || !brLowerStreets[a.folded(i)] {
			continue
		}
		j := i + 1
		words := 0
		for j < n && j < i+6 && a.isWord(j) && !a.toks[j].nl && a.cue(j)&cuSpoken == 0 && !a.claimedAt(j) {
			if x := a.lexOf(j); x&lxParticle != 0 && words > 0 {
				j++
				continue
			} else if x&(lxMedical|lxMonth|lxCred|lxRelation) != 0 || a.toks[j].e-a.toks[j].s < 3 || spokenUnitWords[a.folded(j)] || a.folded(j) == "numero" {
				break
			}
			words++
			j++
		}
		if words == 0 || j >= n {
			continue
		}
		if a.isWord(j) && (a.folded(j) == "numero" || a.folded(j) == "n") || a.isPunct(j, ",") {
			j++
		}
		np, e := a.spokenPhrases(j, buf[:])
		if np == 0 || np > 2 || spokenDigits(buf[:np]) > 5 {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeAddress, 0.8, pAddress)
		i = e - 1
	}
}

// streetNameWord: token k may be a word of a street's name said in
// lower case: a word of three letters or more, no function, number,
// clinical or month word, nor a street's type.
func (a *analysis) streetNameWord(k int) bool {
	if !a.isWord(k) || a.toks[k].nl || a.toks[k].e-a.toks[k].s < 3 || a.cue(k)&cuSpoken != 0 || a.claimedAt(k) {
		return false
	}
	x := a.lexOf(k)
	return x&(lxStop|lxMonth|lxCred|lxTitle|lxRelation) == 0 && !spokenStreetTypes[a.folded(k)] && !spokenUnitWords[a.folded(k)]
}

// spokenAddressCues come before a house number said in words ("seen at
// home at nine …", "it's forty two ten …", "lives on …").
var spokenAddressCues = set(`at on is s address endereco mora`)

// lowerNote: the note is written mostly in lower case (a dictation or a
// transcription): fewer than one word in seven is capitalised.
func (a *analysis) lowerNote() bool {
	return len(a.caps)*7 < len(a.wordToks) && len(a.wordToks) >= 12
}

// personTitles are the titles said before a name ("doctor helga
// brandvold", "mister okafor", "missus lund", "dona zilda", "doutora
// odete"); a common word that is a name is one after them.
var personTitles = set(`doctor dr doutor doutora dra mister mr missus mrs miss ms dona seu senhor senhora sr sra`)

// roleCues are roles said before a name in lower case that the lists do
// not mark as relations ("her adjuster mae ellen", "our enrollment
// specialist odalys").
var roleCues = set(`adjuster specialist teacher officer caseworker coordinator manager navigator aide therapist counselor
	pharmacist scheduler interpreter chaplain worker paramedic receptionist agente enfermeira enfermeiro assistente
	residente plantonista physician practitioner assistant`)

// nameFunctionWords are words the lists give as names that a run of
// names in lower case does not take ("said", "will", "the").
var nameFunctionWords = set(`the and for with who was are has had his her its not but you she him this that said can how may
	says did does per all one our out day way new old see saw got get let say may might must shall should would could
	yes okay dia tarde noite ele ela que com sem mas por para pra mae pai filho filha ne aqui ta la ai entao`)

// ptFunctionWords are Portuguese words the lists give as names or know
// not at all, that no name in lower case takes.
var ptFunctionWords = set(`pelo pela pelos pelas vai vou vao mais via volta mora tem foi sou era muito pouco ate apos entre sobre
	sob desde quando onde como porque pois tambem ainda logo depois antes agora hoje ontem amanha bem mal`)

// dictPunct are the punctuation marks a dictation says in words.
var dictPunct = set(`period comma colon paragraph virgula ponto paragrafo`)

// lowerNameKind classifies token k for a name in lower case: 2 a strong
// name word (a listed name that is no common word, or, in a note in
// lower case, a word in no list), 1 a weak one (a listed name that is
// also a common word: "rocha", "marsh", "june"), 3 a particle, 0 none.
func (a *analysis) lowerNameKind(k int, lower bool) int {
	if !a.isWord(k) || a.toks[k].shape != shLower || a.claimedAt(k) || a.cue(k)&cuSpoken != 0 {
		return 0
	}
	x := a.lexOf(k)
	if x&lxParticle != 0 && a.pt {
		return 3
	}
	if a.toks[k].e-a.toks[k].s < 3 || x&(lxTitle|lxCred|lxRelation|lxLabel|lxNameLabel|lxMonth|lxGreet|lxRegion|lxOrgHead) != 0 || nameFunctionWords[a.folded(k)] || dictPunct[a.folded(k)] {
		return 0
	}
	if a.pt && x&lxGiven == 0 {
		if ptFunctionWords[a.folded(k)] {
			return 0 // ("vai", "pelo")
		}
		if a.v.ptDerived(a.folded(k)) {
			if x&lxName != 0 || x&lxCommon == 0 && a.unknownWord(k) {
				return 1 // a surname that reads as an inflected word ("dias", "nunes"), or a word in no list
			}
			return 0
		}
	}
	if x&(lxGiven|lxName) != 0 {
		if x&(lxCommon|lxStop) == 0 {
			return 2
		}
		if x&lxStop != 0 {
			return 0
		}
		return 1
	}
	if lower && a.unknownWord(k) {
		if a.pt && (a.v.ptDerived(a.folded(k)) || a.v.ptFolded(a.folded(k))) {
			return 1 // (perhaps an inflected word: "pediu", "finas")
		}
		return 2
	}
	return 0
}

// lowerNameEnd: token k closes a name said in lower case: the end of the
// line or of a sentence, a dictated punctuation mark, a credential, a
// title or a role, a number in words, or a word that follows a caller's
// name.
func (a *analysis) lowerNameEnd(k int) bool {
	if k >= len(a.toks) || a.toks[k].nl || a.toks[k].kind == kPunct {
		return true
	}
	if !a.isWord(k) {
		return false
	}
	f := a.folded(k)
	return a.lexOf(k)&(lxCred|lxTitle|lxRelation|lxNameLabel) != 0 || a.cue(k)&cuSpoken != 0 || dictPunct[f] || lowerCallerEnds[f] ||
		f == "is" || f == "was" || f == "who" || f == "date" || f == "dob" || f == "ela" || f == "ele" || f == "que" || f == "has" || f == "needs" || roleCues[f]
}

// pauseAt: token k closes a clause: the end of a line or text, a
// punctuation mark or one said in words, a credential, a number in
// words, a date of birth.
func (a *analysis) pauseAt(k int) bool {
	if k >= len(a.toks) || a.toks[k].nl || a.toks[k].kind == kPunct {
		return true
	}
	f := a.folded(k)
	return a.isWord(k) && (dictPunct[f] || a.lexOf(k)&(lxCred|lxTitle|lxRelation) != 0 || a.cue(k)&cuSpoken != 0 || roleCues[f] || f == "date" || f == "dob" || f == "ela" || f == "ele")
}

// lowerCuedRun reads a name said in lower case from token k (see
// lowerNameKind): up to four words and the particles between them. It
// returns the end of the name (k if none) and whether it holds a strong
// word. A weak word is kept at the start or the end of the run when a
// strong word is beside it or the run closes there (lowerNameEnd).
func (a *analysis) lowerCuedRun(k int, lower bool) (int, bool) {
	n := len(a.toks)
	j, words, strong, last := k, 0, false, k
	for j < n && words < 4 && (j == k || !a.toks[j].nl) {
		kind := a.lowerNameKind(j, lower)
		if kind == 0 {
			break
		}
		if kind == 3 {
			if words == 0 || a.lowerNameKind(j+1, lower) == 0 || a.lowerNameKind(j+1, lower) == 3 {
				break
			}
			j++
			continue
		}
		if kind == 2 {
			strong = true
		}
		words++
		j++
		last = j
	}
	return last, strong
}

// detectLowerCuedNames reads names said in lower case after a title
// ("doctor helga brandvold", "mister okafor", "dona zilda maria das
// graças moura", "doutora odete"), a relation or a role ("her
// adjuster mae ellen", "a neta kauany", "pai do cauã"), "patient"
// ("paciente rosineide carvalho dantas"), a caller's "this is" or "aqui é
// a" ("this is colleen lund nurse practitioner") and "dictated by"
// ("ditado por"). A run of common words only ("doctor said he …")
// must follow a title or "this is" and close there.
func (a *analysis) detectLowerCuedNames() {
	n := len(a.toks)
	lower := a.lowerNote()
	if !lower {
		// (a title, a role, "dictated by", "this is": the recorded words)
		if !a.has39(r39Role) {
			return
		}
		next := 0
		for x, p := range a.r39Pos {
			if i := int(p); a.r39Kind[x]&r39Role != 0 && i >= next && i+1 < n {
				next = a.lowerCuedAt(i, false)
			}
		}
		return
	}
	for i := 0; i+1 < n; i++ {
		// (a relation, a role, "patient" too in a note in lower case)
		if a.cue(i)&(cuRound39|cuBy|cuSelfIntro) != 0 || a.raws[i]&(lxRelation|lxNameLabel|lxTitle) != 0 {
			i = max(i, a.lowerCuedAt(i, true)-1)
		}
	}
}

// lowerCuedAt reads the name after the cue at token i (see
// detectLowerCuedNames) and returns the token after it (i+1 if none).
func (a *analysis) lowerCuedAt(i int, lower bool) int {
	n := len(a.toks)
	if !a.isWord(i) || a.toks[i+1].nl {
		return i + 1
	}
	x := a.raws[i]
	f := a.folded(i)
	if x&(lxTitle|lxRelation|lxNameLabel) == 0 && a.cue(i)&(cuBy|cuSelfIntro) == 0 && !roleCues[f] && !personTitles[f] {
		return i + 1
	}
	if x&(lxTitle|lxRelation) == 0 && x&lxNameLabel != 0 && !isPatientWord(f) && !roleCues[f] {
		return i + 1 // ("first", "last": a name's label)
	}
	if (len(f) < 3 || a.lexOf(i)&lxParticle != 0) && a.cue(i)&cuBy == 0 && f != "dr" && f != "mr" && f != "ms" && f != "sr" {
		return i + 1 // ("de", "do")
	}
	k := i + 1
	title := personTitles[f]
	switch {
	case title:
	case a.cue(i)&cuBy != 0:
		// "dictated by", "ditado por"
		if i == 0 || !a.isWord(i-1) || a.cue(i-1)&cuTypist == 0 {
			return i + 1
		}
	case a.cue(i)&cuSelfIntro != 0:
		// "this is", "my name is", "aqui é (a)"
		if !a.isWord(k) || (a.folded(k) != "is" && a.folded(k) != "e") {
			return i + 1
		}
		k++
		if a.pt && a.isWord(k) && (a.folded(k) == "a" || a.folded(k) == "o") {
			k++
		}
		title = true
	default:
		// a relation, a role, "patient" (in a note in lower case)
		if !lower {
			return i + 1
		}
		if a.isWord(k) && (a.folded(k) == "do" || a.folded(k) == "da" || dictPunct[a.folded(k)]) || a.isPunct(k, ",") {
			k++ // "pai do cauã", "à mãe vírgula luzinete"
		}
		if k < n && personTitles[a.folded(k)] && a.isWord(k) {
			return i + 1 // (the title is a cue of its own)
		}
	}
	if k >= n || a.toks[k].nl && k > i+1 || a.claimedAt(k) {
		return i + 1
	}
	e, strong := a.lowerCuedRun(k, lower)
	if e == k {
		return i + 1
	}
	// (a relative's name alone before a comma: "a neta kauany
	// vírgula"; a title's before the end of its clause)
	if !strong && !(title && a.lexOf(k)&lxGiven != 0 && a.pauseAt(e) && !modalWords[a.folded(k)]) &&
		!(x&lxRelation != 0 && e == k+1 && a.lexOf(k)&lxCommon == 0 && (e >= n || a.toks[e].kind == kPunct || a.isWord(e) && dictPunct[a.folded(e)])) {
		return i + 1
	}
	// a weak word last must close the run ("rocha vírgula", "hill
	// date of birth")
	for e > k+1 && a.lowerNameKind(e-1, lower) == 1 && !(lower && a.pauseAt(e)) {
		e--
	}
	if a.lowerNameKind(e-1, lower) == 1 && !a.lowerNameEnd(e) && e == k+1 && !title || title && a.verbAfterTitle54(k, e) {
		return i + 1
	}
	a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
	return e
}

// detectLowerCallers39: detectLowerCallers, then this round's names in
// lower case (a wrapper, so that the lines of run keep their places;
// see round37.go).
func (a *analysis) detectLowerCallers39() {
	a.detectLowerCallers()
	a.detectLowerCuedNames()
	a.detectLowerNamesBefore()
	a.detectParenRoleSpeakers()
}

// spelledCreds are credentials spelled letter by letter after a name in
// a dictation ("ingrid solvang R N", "lorenzo bassi M D").
var spelledCreds = set(`md rn np pa do lpn cna dds dmd fnp`)

// lowerRunBefore reads a name said in lower case that ends right before
// token j: up to three name words (lowerNameKind), back to the first
// that is not one. It returns the run's first token (j if none) and
// whether it holds a strong word; a run whose words are all weak must
// be two listed given names and names or more.
func (a *analysis) lowerRunBefore(j int, lower bool) (int, bool) {
	i, strong, words := j, false, 0
	for i > 0 && words < 3 && !a.toks[i].nl {
		kind := a.lowerNameKind(i-1, lower)
		if kind == 0 || kind == 3 {
			break
		}
		if kind == 2 {
			strong = true
		}
		words++
		i--
		if a.toks[i].nl {
			break
		}
	}
	return i, strong
}

// detectLowerNamesBefore reads names said in lower case before what
// names them: "spelled" and the letters ("desmond okafor spelled o k a f
// o r"; the letters too, and "Hale, H-A-L-E"), a date of birth ("a
// visit for imani radcliffe date of birth …"), a relative's possessive
// ("jaylen fairweather's dad"), a credential spelled out ("ingrid solvang
// R N"). The run must hold a strong name word (lowerNameKind), or be two
// listed given names or names.
func (a *analysis) detectLowerNamesBefore() {
	n := len(a.toks)
	lower := a.lowerNote()
	if !lower {
		// ("spelled" only: the recorded words)
		if a.has39(r39Spelled) {
			for x, p := range a.r39Pos {
				if a.r39Kind[x]&r39Spelled != 0 && a.toks[p].shape == shLower {
					a.spelledAt(int(p), false)
				}
			}
		}
		return
	}
	for j := 1; j < n; j++ {
		t := a.toks[j]
		// (a trigger word, a letter, an apostrophe first: few tokens)
		if a.cue(j)&cuRound39 == 0 && t.shape != shSingle && !(t.kind == kPunct && (t.ch == '\'' || t.ch == 0)) {
			continue
		}
		var s int // the run's start (j: none)
		switch {
		case t.kind == kWord && t.shape == shLower && (a.folded(j) == "spelled" || a.folded(j) == "spelling"):
			a.spelledAt(j, lower)
			continue
		case t.kind == kWord && t.shape == shLower && a.folded(j) == "date" && j+2 < n && a.folded(j+1) == "of" && a.folded(j+2) == "birth" ||
			t.kind == kWord && t.shape == shLower && (a.folded(j) == "dob" || a.folded(j) == "born"):
			s = j
		case t.kind == kPunct && (t.ch == '\'' || t.ch == 0) && j+2 < n && t.gap == 0 && a.isWord(j+1) && a.folded(j+1) == "s" && a.toks[j+1].gap == 0 &&
			a.isWord(j+2) && a.lexOf(j+2)&lxRelation != 0:
			// "jaylen fairweather's dad"
			s = j
		case t.kind == kWord && t.shape == shSingle && j+1 < n && a.toks[j+1].shape == shSingle && a.toks[j+1].gap == 1 && !a.toks[j+1].nl &&
			(j+2 >= n || a.toks[j+2].nl || a.toks[j+2].kind == kPunct) && a.spelledCred(j):
			// "ingrid solvang R N" at the end of a line
			s = j
		default:
			continue
		}
		s0, strong := a.lowerRunBefore(s, lower)
		if s0 == s || !strong && s-s0 < 2 {
			continue
		}
		// (two weak words: both listed given names or names)
		a.add(int(a.toks[s0].s), int(a.toks[s-1].e), TypeName, 0.75, pName)
	}
}

// spelledCred: the single letters at tokens j and j+1 spell a credential
// ("R N", "M D"; spelledCreds).
func (a *analysis) spelledCred(j int) bool {
	b := [2]byte{a.text[a.toks[j].s] | 0x20, a.text[a.toks[j+1].s] | 0x20}
	return spelledCreds[string(b[:])]
}

// spelledAt reads the letters after "spelled" at token j and the name
// said before it ("desmond okafor spelled o k a f o r").
func (a *analysis) spelledAt(j int, lower bool) {
	n := len(a.toks)
	// the letters after it
	k := j + 1
	for k < n && !a.toks[k].nl && a.isWord(k) && a.toks[k].e-a.toks[k].s == 1 && (k == j+1 || a.toks[k].gap <= 1) {
		k++
		if k+1 < n && a.isPunct(k, "-") && a.toks[k].gap == 0 && a.isWord(k+1) && a.toks[k+1].gap == 0 {
			k++
		}
	}
	if k-j-1 >= 2 {
		a.add(int(a.toks[j+1].s), int(a.toks[k-1].e), TypeName, 0.8, pName)
	}
	s0, strong := a.lowerRunBefore(j, lower)
	if s0 < j && (strong || j-s0 >= 2) {
		a.add(int(a.toks[s0].s), int(a.toks[j-1].e), TypeName, 0.75, pName)
	}
}

// hyphenLetters reads the letters of a name spelled with hyphens after
// the name and a comma, from token j (a single letter before a hyphen),
// and returns the last letter's token.
func (a *analysis) hyphenLetters(j int) int {
	n := len(a.toks)
	// "Ruth Hale, H-A-L-E": letters joined by hyphens after a
	// name and its comma
	k := j
	for k+2 < n && a.isPunct(k+1, "-") && a.toks[k+1].gap == 0 && a.toks[k+2].gap == 0 && a.toks[k+2].shape == shSingle {
		k += 2
	}
	if (k-j)/2+1 >= 3 && a.isWord(j-2) && a.toks[j-2].shape == shTitle && (a.lexOf(j-2)&(lxName|lxGiven) != 0) &&
		hasPrefixFold(a.tokText(j-2), a.tokText(j)) {
		a.add(int(a.toks[j].s), int(a.toks[k].e), TypeName, 0.8, pName)
	}
	return k
}

// hasPrefixFold: letter l is the first letter of word w, in any case.
func hasPrefixFold(w, l string) bool {
	return len(w) > 0 && len(l) == 1 && (w[0]|0x20) == (l[0]|0x20)
}

// lowerOrgPreps come before an organisation named in lower case ("at
// maple grove senior center", "through riverbend home care", "calling
// cedar ridge family health", "na padaria estrela dalva").
var lowerOrgPreps = set(`at to through with from calling for via na no pela pelo`)

// genericOrgWords name a kind of care or of place, not an organisation:
// "home health care", "the regional medical center", "urgent care".
var genericOrgWords = set(`home health care medical regional family community urgent primary mental behavioral physical therapy
	rehab rehabilitation dental eye vision women children pediatric pediatrics cancer heart sleep pain wound dialysis
	imaging surgery surgical orthopedic orthopaedic senior the local nearby same new main general public private
	walk day night high middle elementary junior learning early child adult recovery treatment crisis wellness fitness
	counseling diagnostic diagnostics lab laboratory infusion cardiac cardiology neurology oncology kidney vein skin
	dermatology hearing speech nursing assisted living memory hospice palliative emergency trauma transplant birth
	birthing maternity county city state hospital clinic center school his her their our my your a an this that
	big small old other same closest nearest specialty specialist outpatient inpatient health's women's children's
	s`)

// detectLowerOrgs reads organisations named in lower case in a note
// written in lower case: words before a head that ends the name, after
// a preposition ("at maple grove senior center", "to saint columba's
// community hospital"), and a Portuguese head before its name ("na
// padaria estrela dalva", "na clínica de imagem serra azul"). One
// word at least must be no word of a kind of care (genericOrgWords).
func (a *analysis) detectLowerOrgs() {
	n := len(a.toks)
	for h := 1; h < n; h++ {
		c := a.cue(h)
		if c&(cuOrgSuffix|cuOrgPrefix) == 0 && !(a.isWord(h) && lowerBizHeads[a.folded(h)]) || a.toks[h].shape != shLower || !a.isWord(h) || a.toks[h].e-a.toks[h].s < 4 || a.claimedAt(h) {
			continue
		}
		if c&cuOrgSuffix != 0 || lowerBizHeads[a.folded(h)] {
			// walk left over the name, to the preposition
			i, proper, propers := h, false, 0
			for i > 0 && h-i < 7 && !a.toks[i].nl {
				p := i - 1
				if a.isPunct(p, "'") && p > 0 && a.toks[p].gap == 0 {
					i = p // "columba's"
					continue
				}
				if !a.isWord(p) || a.toks[p].shape != shLower || a.claimedAt(p) || a.cue(p)&cuSpoken != 0 || dictPunct[a.folded(p)] {
					break
				}
				if lowerOrgPreps[a.folded(p)] || a.folded(p) == "the" {
					break
				}
				if x := a.lexOf(p); x&lxStop != 0 && x&(lxPlace|lxName) == 0 || nameFunctionWords[a.folded(p)] && !genericOrgWords[a.folded(p)] {
					break
				}
				if !genericOrgWords[a.folded(p)] && a.cue(p)&(cuOrgSuffix|cuOrgPrefix) == 0 {
					proper = true
				}
				if a.properLower(p) {
					propers++
				}
				i = p
			}
			// the name opens with a proper word ("saint", a listed name or
			// place, a word in no list), after a preposition or "the"
			for i < h && a.isWord(i) && (a.folded(i) == "the" || !a.properLower(i)) {
				i++
			}
			// (after "and", a name of three words or more: "… and lakeshore
			// home medical supply will bring it")
			if i == h || !proper || !a.isWord(i-1) || !lowerOrgPreps[a.folded(i-1)] && a.folded(i-1) != "the" && !(a.folded(i-1) == "and" && propers >= 1 && h-i >= 3) {
				continue
			}
			a.add(int(a.toks[i].s), int(a.toks[h].e), TypeOrganization, 0.7, pOrg)
			continue
		}
		// a Portuguese head before its name
		if !a.pt || !a.isWord(h-1) || !lowerOrgPreps[a.folded(h-1)] {
			continue
		}
		j, proper, last := h+1, false, h+1
		for j < n && j-h <= 5 && a.isWord(j) && !a.toks[j].nl && a.toks[j].shape == shLower && !a.claimedAt(j) {
			x := a.lexOf(j)
			f := a.folded(j)
			if f == "e" || f == "unidade" {
				break
			}
			if x&lxParticle != 0 && j > h+1 {
				j++
				continue
			}
			if x&lxStop != 0 && x&(lxPlace|lxName) == 0 || nameFunctionWords[f] || dictPunct[f] || a.cue(j)&cuSpoken != 0 || len(f) < 3 ||
				a.unknownWord(j) && (a.v.ptDerived(f) || a.v.ptFolded(f)) {
				break
			}
			if x&(lxName|lxGiven|lxPlace) != 0 || a.unknownWord(j) {
				proper = true
			}
			j++
			last = j
		}
		if !proper || last == h+1 && !a.unknownWord(h+1) && a.lexOf(h+1)&(lxName|lxGiven|lxPlace) == 0 {
			continue
		}
		a.add(int(a.toks[h].s), int(a.toks[last-1].e), TypeOrganization, 0.7, pOrg)
		h = last - 1
	}
}

// properLower: word token k, in lower case, may open a proper name:
// "saint", a listed name or place, a word in no list.
func (a *analysis) properLower(k int) bool {
	f := a.folded(k)
	return f == "saint" || f == "st" || a.lexOf(k)&(lxName|lxGiven|lxPlace) != 0 && !genericOrgWords[f] || a.unknownWord(k)
}

// lowerBizHeads end a business's name said in lower case, as the heads
// of orgloc.go do in title case ("harbor point logistics", "maple
// valley unified").
var lowerBizHeads = set(`storage logistics unified foods farms manufacturing construction trucking industries distribution`)

// lowerPlacePreps come before a town named in lower case.
var lowerPlacePreps = set(`in from near outside em unidade`)

// detectLowerPlaces reads towns named in lower case after a preposition
// in a note written in lower case: a listed place that is no common word
// ("from paducah", "near bakersfield", "em cachoeirinha"), or a place of
// two words ("from new braunfels").
func (a *analysis) detectLowerPlaces() {
	n := len(a.toks)
	for i := 1; i < n; i++ {
		if a.raws[i]&(lxPlace|lxPlacePrefix) == 0 || !a.isWord(i) || a.toks[i].shape != shLower || a.toks[i].nl || a.claimedAt(i) {
			continue
		}
		if !a.isWord(i-1) || !lowerPlacePreps[a.folded(i-1)] {
			continue
		}
		x := a.lexOf(i)
		e := i + 1
		if x&lxPlacePrefix != 0 && e < n && a.isWord(e) && !a.toks[e].nl && a.toks[e].shape == shLower && a.phraseFlags(i, e+1)&lxPlace != 0 {
			e++ // "new braunfels"
		} else if x&lxPlace == 0 || x&(lxCommon|lxStop|lxMonth|lxMedical) != 0 && !(a.pt && x&lxCommon != 0 && x&(lxStop|lxMonth|lxMedical|lxName|lxGiven) == 0 && a.folded(i-1) == "em") {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeLocation, 0.7, pLocStrong)
		i = e - 1
	}
}

// detectFieldOrgs39: detectFieldOrgs37, then this round's organisations
// and towns in lower case (a wrapper, so that the lines of run keep
// their places; see round37.go).
func (a *analysis) detectFieldOrgs39() {
	a.detectFieldOrgs37()
	if a.lowerNote() {
		a.detectLowerOrgs()
		a.detectLowerPlaces()
		a.detectLowerStreets()
		if a.hasCue(cuKnown) {
			a.detectLowerKnown()
		}
		if a.pt && a.hasCue(cuDistrictHead|cuDistrictCue) {
			a.detectLowerDistricts()
		}
	}
}

// lowerKnownCues come before a curated brand or city said in lower case
// ("switched to humana", "insurance still aetna", "at the walmart",
// "vírgula campinas vírgula").
var lowerKnownCues = set(`to at with through from still in near by for na no em virgula insurance plan convenio`)

// detectLowerKnown reads the curated organisations and cities (known.go)
// said in lower case in a note written in lower case, after a cue word
// (lowerKnownCues, or "the" after one); an organisation of several words
// needs none.
func (a *analysis) detectLowerKnown() {
	n := len(a.toks)
	for i := 1; i < n; i++ {
		if a.cue(i)&cuKnown == 0 || !a.isWord(i) || a.toks[i].shape != shLower || a.claimedAt(i) {
			continue
		}
		p := i - 1
		if a.isWord(p) && a.folded(p) == "the" && p > 0 {
			p--
		}
		cued := a.isWord(p) && lowerKnownCues[a.folded(p)]
		ends := a.knownMatch(i)
		switch {
		case ends[2] > i && (cued || ends[2] > i+1):
			a.add(int(a.toks[i].s), int(a.toks[ends[2]-1].e), TypeOrganization, 0.75, pOrg)
			i = ends[2] - 1
		case ends[0] > i && ends[1] < 0 && cued && p == i-1:
			a.add(int(a.toks[i].s), int(a.toks[ends[0]-1].e), TypeLocation, 0.75, pLocStrong)
			i = ends[0] - 1
		}
	}
}

// detectLowerDistricts reads a district said in lower case: after
// "bairro" ("bairro santa luzia vírgula"), or opening with its head after
// "no", "do", "na", "da" ("aqui do jardim das acácias falou"), to a pause
// or a function word.
func (a *analysis) detectLowerDistricts() {
	n := len(a.toks)
	for i := 1; i+1 < n; i++ {
		c := a.cue(i)
		if c&(cuDistrictHead|cuDistrictCue) == 0 || !a.isWord(i) || a.toks[i].shape != shLower || a.toks[i+1].nl {
			continue
		}
		s := i + 1
		if c&cuDistrictCue == 0 {
			if f := a.folded(i - 1); !a.isWord(i-1) || f != "no" && f != "do" && f != "na" && f != "da" {
				continue
			}
			s = i
		}
		j, words := i+1, 0
		for j < n && j-i <= 4 && a.isWord(j) && !a.toks[j].nl && a.toks[j].shape == shLower && !a.claimedAt(j) {
			x := a.lexOf(j)
			f := a.folded(j)
			if x&lxParticle != 0 && words > 0 && f != "e" {
				j++
				continue
			}
			if dictPunct[f] || nameFunctionWords[f] || a.cue(j)&cuSpoken != 0 || x&(lxStop|lxMonth|lxMedical) != 0 && x&lxPlace == 0 ||
				a.unknownWord(j) && (a.v.ptDerived(f) || a.v.ptFolded(f)) || x&(lxName|lxPlace|lxGiven|lxCommon) == 0 && !a.unknownWord(j) {
				break
			}
			words++
			j++
		}
		for j > i+1 && a.lexOf(j-1)&lxParticle != 0 {
			j--
		}
		if words == 0 || j-i > 4 {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[j-1].e), TypeLocation, 0.7, pLocStrong)
		i = j - 1
	}
}

// extendLowerNames39 grows names said in lower case, after the names are
// propagated, in a note written in lower case: over the strong name
// words that follow a name ("cauã ferreira lopes" after "cauã"),
// and back over a given name that is also a month before it ("counseling
// with april lindqvist LCSW").
func (a *analysis) extendLowerNames39() {
	if !a.lowerNote() {
		return
	}
	nc := len(a.cands)
	for c := 0; c < nc; c++ {
		cd := a.cands[c]
		if cd.typ != TypeName || cd.score < 0.5 {
			continue
		}
		j := a.firstTokenFrom(cd.e)
		k := j
		for k < len(a.toks) && k < j+2 && !a.toks[k].nl && a.toks[k].gap == 1 && a.lowerNameKind(k, true) == 2 && a.lexOf(k)&(lxName|lxGiven) != 0 {
			k++
		}
		if k > j && int(a.toks[j].s) > cd.e && a.toks[j-1].shape == shLower {
			a.add(int(a.toks[j].s), int(a.toks[k-1].e), TypeName, 0.7, pName)
		}
		i := a.firstTokenFrom(cd.s)
		if p := i - 1; p > 0 && i < len(a.toks) && int(a.toks[i].s) == cd.s && a.toks[i].shape == shLower && !a.toks[i].nl && a.isWord(p) &&
			a.toks[p].shape == shLower && a.raws[p]&lxMonth != 0 && a.lexOf(p)&lxGiven != 0 && a.isWord(p-1) && !monthPreps[a.folded(p-1)] &&
			!(a.toks[p-1].kind == kNum) {
			a.add(int(a.toks[p].s), int(a.toks[p].e), TypeName, 0.7, pName)
		}
	}
}

// monthPreps come before a month named as a date ("in june", "since
// april"), never before a given name that is a month.
var monthPreps = set(`in on since until till by of from during early late last next this every each before after through`)

// detectWillBeAges reads an age over 89 said in words after "he'll be",
// "she will be" ("she'll be ninety-two in may").
func (a *analysis) detectWillBeAges() {
	n := len(a.toks)
	for i := 2; i < n; i++ {
		if a.cue(i)&cuAgeTens == 0 || !a.isWord(i) || a.toks[i].nl || !a.isWord(i-1) || a.folded(i-1) != "be" {
			continue
		}
		p := i - 2
		if a.isWord(p) && (a.folded(p) == "will" || a.folded(p) == "ll") {
			p--
		}
		if p >= 0 && (a.isPunct(p, "'") || a.isPunct(p, "’")) {
			p--
		}
		if !a.isWord(p) || !(a.folded(p) == "he" || a.folded(p) == "she") || p >= i-2 {
			continue
		}
		e := i + 1
		val := 90
		if ps, ok := a.phraseAt(i, true); ok {
			e, val = int(ps.e), int(ps.val)
		}
		if val < 90 || val > 125 || e < n && !a.toks[e].nl && (a.isPunct(e, "%") || a.isWord(e) && (unitWords[a.folded(e)] || a.folded(e) == "percent")) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeAge, 0.75, pAge)
	}
}

// detectTurnedAges39: detectTurnedAges, then this round's late passes
// (a wrapper, so that the lines of run keep their places; see
// round37.go).
func (a *analysis) detectTurnedAges39() {
	a.detectTurnedAges()
	if a.hasCue(cuAgeTens) {
		a.detectWillBeAges()
	}
	a.extendLowerNames39()
}

// detectParenRoleSpeakers reads the speakers of a chat who sign their
// messages with their role in brackets: "Marguerite (aide): he ate …",
// twice at least. The name is a listed given name or a capitalised word
// in no list, the role one or two words.
func (a *analysis) detectParenRoleSpeakers() {
	if !a.hasPunct('(') || !a.hasPunct(':') || len(a.lineStarts) < 2 {
		return
	}
	n := len(a.toks)
	first := -1
	count := 0
	for _, li := range a.lineStarts {
		i := int(li)
		// (or initials in capitals: "JP (PGY1):", round 40)
		if i+4 >= n || !a.isWord(i) || a.toks[i].shape != shTitle && !(a.toks[i].shape == shUpper && a.toks[i].e-a.toks[i].s <= 3 && a.initialsShape(i)) ||
			!a.isPunct(i+1, "(") || a.toks[i+1].gap != 1 {
			continue
		}
		j := i + 2
		for j < n && j < i+4 && (a.isWord(j) || a.toks[j].kind == kAlnum) && !a.toks[j].nl {
			j++
		}
		if j == i+2 || j+1 >= n || !a.isPunct(j, ")") || !a.isPunct(j+1, ":") || a.toks[j+1].gap != 0 {
			continue
		}
		x := a.lexOf(i)
		if rxFieldWords[a.folded(i)] || !(x&lxGiven != 0 && x&(lxStop|lxMonth|lxTitle|lxCred|lxRelation|lxLabel|lxNameLabel) == 0 || a.unknownWord(i) || a.toks[i].shape == shUpper) {
			continue
		}
		if first < 0 {
			first = i
		} else if a.tokText(i) != a.tokText(first) {
			continue
		}
		count++
	}
	if count < 2 {
		return
	}
	for _, li := range a.lineStarts {
		i := int(li)
		if i+1 < n && a.isWord(i) && a.tokText(i) == a.tokText(first) && a.isPunct(i+1, "(") {
			a.add(int(a.toks[i].s), int(a.toks[i].e), TypeName, 0.75, pName)
		}
	}
}

// detectLowerStreets reads a street named in lower case without its
// number after "on" or "off" in a note written in lower case ("the walgreens
// on elmwood avenue", "the pharmacy off birch lane"): one or two
// words of a name (streetNameWord, one of them a listed name or place
// or a word in no list) and a street's type said in full.
func (a *analysis) detectLowerStreets() {
	n := len(a.toks)
	for i := 0; i+2 < n; i++ {
		if f := a.folded(i); !a.isWord(i) || f != "on" && f != "off" {
			continue
		}
		j, proper := i+1, false
		for j < n && j < i+3 && a.toks[j].shape == shLower && a.streetNameWord(j) {
			if a.properLower(j) {
				proper = true
			}
			j++
		}
		if j == i+1 || !proper || j >= n || !a.isWord(j) || a.toks[j].nl || !spokenStreetTypes[a.folded(j)] {
			continue
		}
		a.add(int(a.toks[i+1].s), int(a.toks[j].e), TypeAddress, 0.7, pAddress)
		i = j
	}
}

// wrappedPhoneLabels name a phone number before its digits.
var wrappedPhoneLabels = set(`ph phone tel telefone fone cel cell celular fax at`)

// detectWrappedNumbers39: detectWrappedNumbers, then the ends of
// numbers that a form cut at a line's end and that go on in their line
// ("( 4 1 4 )  5 5 5 -⏎0 3 8 2 ;  wife …", "CPF  5 2 9 . 9 8 2 .⏎2 4
// 7 - 2 5 ,  esteve …"), or whose start no rule took ("ph 414 . 555
// .⏎0382"): the digits before and after the break must make the number
// (six and four for a phone, nine and two for a CPF).
func (a *analysis) detectWrappedNumbers39() {
	a.detectWrappedNumbers()
	a.late39()
	if !a.ocr {
		return
	}
	n := len(a.toks)
	for _, li := range a.lineStarts {
		i := int(li)
		if i < 3 || a.claimedAt(i) {
			continue
		}
		if _, ok := a.ocrDigitsTok(i); !ok || a.toks[i].kind == kWord {
			continue
		}
		if a.candAt(int(a.toks[i].s), TypePhone, TypeFax, TypeSSN, TypeMRN, TypeHealthPlan, TypeAccount, TypeLicense, TypeID, TypeCPF, TypeCNS, TypeRG) >= 0 {
			continue // (detectWrappedNumbers took it)
		}
		// the digits on this line, with their separators
		j, after := i, 0
		for j < n && j < i+12 && (j == i || !a.toks[j].nl && a.toks[j].gap <= 2) {
			if d, ok := a.ocrDigitsTok(j); ok && a.toks[j].kind != kWord {
				after += d
				j++
				continue
			}
			if a.isPunct(j, "-") || a.isPunct(j, ".") {
				if j+1 < n && !a.toks[j+1].nl {
					if _, ok := a.ocrDigitsTok(j + 1); ok && a.toks[j+1].kind != kWord {
						j++
						continue
					}
				}
			}
			break
		}
		if j < n && !a.toks[j].nl && !(a.toks[j].kind == kPunct && (a.toks[j].ch == ';' || a.toks[j].ch == ',' || a.toks[j].ch == '.' || a.toks[j].ch == ')')) {
			continue
		}
		// the digits that end the line before, back to their label
		p := i - 1
		if a.isPunct(p, "-") || a.isPunct(p, ".") || a.isPunct(p, "/") {
			p--
		}
		s, before := -1, 0
		for q := p; q >= 0 && q > p-14; q-- {
			if d, ok := a.ocrDigitsTok(q); ok && a.toks[q].kind != kWord {
				before += d
				s = q
			} else if !(a.isPunct(q, "-") || a.isPunct(q, ".") || a.isPunct(q, "(") || a.isPunct(q, ")")) {
				break
			} else if a.isPunct(q, "(") {
				s = q
			}
			if a.toks[q].nl {
				break
			}
		}
		if s < 0 {
			continue
		}
		l := s - 1
		for l >= 0 && a.toks[l].kind == kPunct && a.toks[l].ch == ':' {
			l--
		}
		label := ""
		if a.isWord(l) {
			label = a.folded(l)
		}
		switch {
		case before+after == 10 && before >= 3 && after >= 4 && (wrappedPhoneLabels[label] || a.candAt(int(a.toks[p].s), TypeID, TypePhone) >= 0):
			a.add(int(a.toks[s].s), int(a.toks[j-1].e), TypePhone, 0.8, pPhone)
		case before+after == 11 && before >= 3 && label == "cpf":
			a.add(int(a.toks[s].s), int(a.toks[j-1].e), TypeCPF, 0.85, pChecksum)
		}
	}
}

// late39 runs this round's growth passes at the end of run (from
// detectWrappedNumbers39).
func (a *analysis) late39() {
	if a.hasPunct('-') {
		// a place joined by hyphens: "from Aix-les-Bains" (the start of
		// a place's name first, a flag few capitalised words have)
		n := len(a.toks)
		for _, ci := range a.caps {
			if i := int(ci); a.raws[i]&lxPlacePrefix != 0 && i > 0 && i+2 < n && a.toks[i+1].ch == '-' && a.toks[i+1].gap == 0 &&
				a.toks[i].shape == shTitle && a.isWord(i-1) && placePreps[a.folded(i-1)] && !a.claimedAt(i) {
				a.hyphenPlace(i)
			}
		}
	}
	nc := len(a.cands)
	for c := 0; c < nc; c++ {
		cd := a.cands[c]
		// (cheap tests of the text first: a capital and a newline before,
		// a comma after, "d'" after)
		switch t := a.text; cd.typ {
		case TypeName:
			if cd.s > 2 && isASCIIUpper(t[cd.s]) && cd.s+1 < len(t) && isASCIIUpper(t[cd.s+1]) && a.ocr {
				a.wrappedUpperName(cd)
			}
			if cd.e+3 < len(t) && t[cd.e] == ',' && t[cd.e+1] == ' ' && isASCIIUpper(t[cd.e+2]) {
				if cd.e+3 == len(t) || t[cd.e+3] == '\n' || t[cd.e+3] == '\r' {
					a.initialAfterComma(cd) // "WHITLOCK, J"
				} else if t[cd.e+3] == '-' {
					a.hyphenLetters(a.firstTokenFrom(cd.e + 2)) // "Arthur Bell, B-E-L-L"
				}
			}
		case TypeAddress:
			// a compass point after the street's type or before its name:
			// "52nd Street NW", "the E Colfax Ave store"
			if cd.e+2 < len(t) && t[cd.e] == ' ' && (t[cd.e+1] == 'N' || t[cd.e+1] == 'S' || t[cd.e+1] == 'E' || t[cd.e+1] == 'W') {
				a.compassAfter(cd)
			}
			if cd.s > 2 && t[cd.s-1] == ' ' && (t[cd.s-2] == 'N' || t[cd.s-2] == 'S' || t[cd.s-2] == 'E' || t[cd.s-2] == 'W') && t[cd.s-3] == ' ' {
				a.compassBefore(cd)
			}
			// (with its dot: "on E. Apache Blvd", round 41)
			if cd.s > 3 && t[cd.s-1] == ' ' && t[cd.s-2] == '.' && (t[cd.s-3] == 'N' || t[cd.s-3] == 'S' || t[cd.s-3] == 'E' || t[cd.s-3] == 'W') && cd.s > 4 && t[cd.s-4] == ' ' {
				a.compassBefore(cd)
			}
		case TypeLocation:
			if cd.e+3 < len(t) && t[cd.e] == ' ' && t[cd.e+1] == 'd' {
				a.elidedPlaceTail(cd)
			}
		}
	}
}

// wrappedUpperName extends a name in capitals that opens a line (after
// its particles: "DA  SILVA  MOURA") back over the capitalised given
// names that end the line before ("… que  MARILENE  JOSEFA⏎DA  SILVA
// MOURA"): one to three words in capitals, listed given names or words
// in no list.
func (a *analysis) wrappedUpperName(cd cand) {
	k := a.firstTokenFrom(cd.s)
	if k >= len(a.toks) || int(a.toks[k].s) != cd.s || a.toks[k].shape != shUpper {
		return
	}
	i := k
	for i > 0 && !a.toks[i].nl && a.isWord(i-1) && a.toks[i-1].shape == shUpper && a.lexOf(i-1)&lxParticle != 0 {
		i--
	}
	if !a.toks[i].nl || i == 0 {
		return
	}
	s := i
	for s > 0 && i-s < 3 && a.isWord(s-1) && a.toks[s-1].shape == shUpper && a.toks[s-1].e-a.toks[s-1].s >= 3 && !a.claimedAt(s-1) &&
		a.lexOf(s-1)&(lxStop|lxLabel|lxNameLabel|lxMedical|lxOrgHead|lxCred|lxTitle|lxMonth|lxRegion) == 0 &&
		(a.lexOf(s-1)&lxGiven != 0 || a.unknownWord(s-1)) {
		s--
		if a.toks[s].nl {
			break
		}
	}
	if s == i || a.lexOf(s)&lxGiven == 0 {
		return
	}
	a.add(int(a.toks[s].s), cd.e, TypeName, cd.score, pName)
}

// initialAfterComma extends a surname in capitals before a comma over
// the initial that ends its line: "ORDERED BY: WHITLOCK, J".
func (a *analysis) initialAfterComma(cd cand) {
	j := a.firstTokenFrom(cd.e)
	if j+1 >= len(a.toks) || !a.isPunct(j, ",") || a.toks[j].gap != 0 || a.toks[j].nl || a.toks[j+1].shape != shSingle || a.toks[j+1].nl || a.toks[j-1].shape != shUpper {
		return
	}
	if e := j + 2; e < len(a.toks) && !a.toks[e].nl {
		return // (not "MORRISON, M.D.")
	}
	a.add(cd.s, int(a.toks[j+1].e), TypeName, cd.score, pName)
}

// elidedPlaceTail extends a town over an elided particle and the word
// after it: "São Jorge d'Oeste", "Herval d'Oeste".
func (a *analysis) elidedPlaceTail(cd cand) {
	j := a.firstTokenFrom(cd.e)
	if j+2 >= len(a.toks) || int(a.toks[j].s) != cd.e+1 || a.toks[j].nl || !a.isWord(j) {
		return
	}
	if f := a.folded(j); f != "d" || !(a.isPunct(j+1, "'") || a.isPunct(j+1, "’")) || a.toks[j+1].gap != 0 || a.toks[j+2].gap != 0 || a.toks[j+2].shape != shTitle {
		return
	}
	a.add(cd.s, int(a.toks[j+2].e), TypeLocation, cd.score, cd.prio)
}

// hyphenPlace reads a place whose name is joined by hyphens after a
// preposition, when the gazetteer knows it so: "from Aix-les-Bains".
func (a *analysis) hyphenPlace(i int) {
	n := len(a.toks)
	buf := appendFold(a.buf[:0], a.tokText(i))
	j, best := i, -1
	for j+2 < n && j-i < 8 && a.isPunct(j+1, "-") && a.toks[j+1].gap == 0 && a.toks[j+2].gap == 0 && a.isWord(j+2) {
		buf = append(buf, '-')
		buf = appendFold(buf, a.tokText(j+2))
		j += 2
		if a.v.lookupBytes(buf)&(lxPlace|lxForeignPlace) != 0 {
			best = j
		}
	}
	a.buf = buf
	if best > 0 {
		a.add(int(a.toks[i].s), int(a.toks[best].e), TypeLocation, 0.75, pLocStrong)
	}
}

// pastNow steps back over "now" before an age: "she is now 93" reads as
// "she is 93" (detectPronounAges).
func (a *analysis) pastNow(p int) int {
	if p > 1 && a.isWord(p) && a.folded(p) == "now" && a.isWord(p-1) && (a.folded(p-1) == "is" || a.folded(p-1) == "s") {
		return p - 1
	}
	return p
}

// Helpers that the older passes call (each on a line of its own pass, so
// that the lines of those passes keep their places for the PGO profile;
// see DESIGN.md).

// afterDistrictHead: the region at token i follows a district's head
// ("Vila Minas Gerais"), whose name it is (protectRegions).
func (a *analysis) afterDistrictHead(i int) bool {
	return i > 0 && a.toks[i].gap == 1 && !a.toks[i].nl && a.isWord(i-1) && a.capShape(i-1) && a.cue(i-1)&cuDistrictHead != 0
}

// pastOld steps over "old" after an age's "year": "ninety one year old"
// (detectWordAges).
func (a *analysis) pastOld(e int) int {
	if e < len(a.toks) && a.isWord(e) && !a.toks[e].nl && a.folded(e) == "old" && a.isWord(e-1) && a.folded(e-1) != "old" {
		return e + 1
	}
	return e
}

// spelledCredAfter: the capital letter at token j, inside a name run
// from i, and the next one spell a credential after a name said in lower
// case ("lorenzo bassi M D"; nameRun).
func (a *analysis) spelledCredAfter(i, j int) bool {
	return a.toks[j].shape == shSingle && j > i && a.toks[j-1].shape == shLower && j+1 < len(a.toks) && a.toks[j+1].shape == shSingle && !a.toks[j+1].nl && a.spelledCred(j)
}

// pronounI: the word at token j after a name in lower case at k is the
// pronoun "I" before a verb, no roman numeral ("okay bronwyn I see you";
// eponymContext).
func (a *analysis) pronounI(k, j int) bool {
	return a.folded(j) == "i" && j+1 < len(a.toks) && a.isWord(j+1) && !a.toks[j+1].nl && a.toks[j+1].shape == shLower && a.toks[k].shape == shLower
}

// compassAfter extends a street over the compass point that ends it
// ("52nd Street NW"), before the end of its line or a punctuation mark.
func (a *analysis) compassAfter(cd cand) {
	j := a.firstTokenFrom(cd.e)
	if j >= len(a.toks) || a.toks[j].nl || !a.isWord(j) || !compassAbbr[a.tokText(j)] || !a.isWord(j-1) || a.cue(j-1)&cuStreet == 0 {
		return
	}
	if e := j + 1; e < len(a.toks) && !a.toks[e].nl && a.toks[e].kind != kPunct {
		return
	}
	a.add(cd.s, int(a.toks[j].e), TypeAddress, cd.score, cd.prio)
}

// compassBefore extends a street named without its number back over the
// compass letter before it ("at the E Colfax Ave store").
func (a *analysis) compassBefore(cd cand) {
	i := a.firstTokenFrom(cd.s)
	p := i - 1
	if p >= 2 && a.isPunct(p, ".") && a.toks[p].gap == 0 {
		p-- // "E. Apache Blvd"
	}
	if p < 1 || i >= len(a.toks) || int(a.toks[i].s) != cd.s || a.toks[i].nl || a.toks[p].shape != shSingle || !compassAbbr[a.tokText(p)] ||
		!a.isWord(p-1) || a.folded(p-1) != "the" && a.folded(p-1) != "on" && a.folded(p-1) != "at" {
		return
	}
	a.add(int(a.toks[p].s), cd.e, TypeAddress, cd.score, cd.prio)
}
