package phi

// Addresses and organisations read from the layout of a line: a street
// line that ends in a state and ZIP, and the letterhead above it.

// lineUnitWords open a suite or unit after a street line's first comma.
var lineUnitWords = set(`ste suite apt unit bldg fl floor rm room`)

// detectLineAddresses: a line (or a field after a label's colon) that
// opens with a house number and a street name and ends in a US state and
// ZIP is a street address even when its street has no type the patterns
// know ("1775 E Lincolnway, Ste 3, Cheyenne, WY 82001") or is numbered on
// Wisconsin's grid ("S76 W19380 Prospect Dr, Muskego WI 53150").
func (a *analysis) detectLineAddresses() {
	n := len(a.toks)
	added := false
	// (the tokens that start a line or follow ":", in order)
	for _, i32 := range a.lineOrAfter(':') {
		i := int(i32)
		if i+3 >= n {
			break
		}
		if !(i == 0 || a.toks[i].nl || a.isPunct(i-1, ":") && a.toks[i].gap >= 1) || a.claimedAt(i) {
			continue
		}
		k := a.houseNumberEnd(i)
		if k == i {
			continue
		}
		if k < n && !a.toks[k].nl && a.isWord(k) && compassAbbr[a.tokText(k)] {
			k++
		}
		j := k
		for j < n && j-k < 4 && !a.toks[j].nl && a.toks[j].gap <= 3 && a.isWord(j) && a.toks[j].shape == shTitle &&
			(a.lexOf(j)&(lxStop|lxMonth|lxMedical|lxLabel) == 0 || j > k && streetTypeSet[a.tokText(j)]) {
			j++
		}
		if j == k || j >= n || !a.isPunct(j, ",") {
			continue
		}
		// "…, Ste 3": the unit goes with the street
		if j+3 < n && !a.toks[j+1].nl && a.isWord(j+1) && lineUnitWords[a.folded(j+1)] && (a.toks[j+2].kind == kNum || a.toks[j+2].kind == kAlnum) && !a.toks[j+2].nl {
			j += 3
		}
		if !a.stateZIPOnLine(j) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeAddress, 0.75, pAddress)
		added = true
	}
	if added {
		a.claim(pAddress)
	}
}

// houseNumberEnd returns the token after the house number at i: digits,
// or a grid pair "S76 W19380"; i if there is none.
func (a *analysis) houseNumberEnd(i int) int {
	t := a.toks[i]
	if t.kind == kNum && t.e-t.s <= 6 && isDigit(a.text[t.s]) {
		return i + 1
	}
	if t.kind == kAlnum && gridHalf(a.tokText(i)) && i+1 < len(a.toks) && a.toks[i+1].kind == kAlnum && !a.toks[i+1].nl && a.toks[i+1].gap >= 1 && gridHalf(a.tokText(i+1)) {
		return i + 2
	}
	return i
}

// gridHalf: a compass letter and one to six digits ("S76", "W19380").
func gridHalf(s string) bool {
	if len(s) < 2 || len(s) > 7 || (s[0] != 'N' && s[0] != 'S' && s[0] != 'E' && s[0] != 'W') {
		return false
	}
	return allDigits(s[1:])
}

// stateZIPOnLine: within the next ten tokens of the line after k, a US
// state's abbreviation followed by a five-digit ZIP.
func (a *analysis) stateZIPOnLine(k int) bool {
	for q := k; q+1 < len(a.toks) && q < k+10; q++ {
		if q > k && a.toks[q].nl {
			return false
		}
		if a.toks[q].kind == kWord && usStates[a.tokText(q)] && a.toks[q+1].kind == kNum && a.toks[q+1].e-a.toks[q+1].s == 5 && !a.toks[q+1].nl {
			return true
		}
	}
	return false
}

// detectLetterheadOrgs: the note's first line, two to six capitalised
// words and nothing else (up to a spaced dash), above a line that opens
// with a street address, is the letterhead of a practice ("Tri-Rivers
// Pain Management⏎2300 Liberty Ave, …"); above a form's title, with an
// organisation's head word ("VIDA PLENA SAÚDE⏎GUIA DE …"). A person's
// name (all listed names) is left to the name rules.
func (a *analysis) detectLetterheadOrgs() {
	n := len(a.toks)
	r := 1
	for r < n && !a.toks[r].nl {
		r++
	}
	if r >= n || r > 12 {
		return
	}
	form := a.formTitleAt(r)
	if !form && !a.addressStartsAt(int(a.toks[r].s)) {
		return
	}
	words, plain, head := 0, 0, false
	e := r
	for k := 0; k < e; k++ {
		switch {
		case a.spacedDash(k):
			e = k // "… School - Health Office": the department stays out
		case a.isWord(k) && a.capShape(k) && a.lexOf(k)&(lxStop|lxMonth|lxLabel|lxNameLabel|lxCred|lxTitle) == 0 && a.cue(k)&cuDocType == 0:
			words++
			if a.lexOf(k)&(lxGiven|lxName) == 0 {
				plain++
			}
			if p, sf, _ := a.orgHeadAt(k); p || sf {
				head = true
			}
		case k > 0 && a.isWord(k) && a.toks[k].shape == shLower && orgConnector(a.folded(k)):
		case k > 0 && (a.isPunct(k, "-") || a.isPunct(k, "&") || a.isPunct(k, "'") || a.isPunct(k, "’")):
		// (a list of the practice's kinds: "Bayshore Ear, Nose & Throat",
		// round 45)
		case k > 0 && a.isPunct(k, ",") && a.toks[k].gap == 0 && a.capShape(k+1) && a.ampersandAfter45(k, e):
		default:
			return
		}
	}
	if words < 2 || words > 6 || plain == 0 || a.claimedAt(0) || form && !head {
		return
	}
	a.add(int(a.toks[0].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// formWords open the title of a form printed under an operator's
// letterhead ("GUIA DE SOLICITAÇÃO DE INTERNAÇÃO").
var formWords = set(`guia formulario requisicao solicitacao receituario autorizacao`)

// formTitleAt: the line starting at token r is a form's title in capitals.
func (a *analysis) formTitleAt(r int) bool {
	return a.isWord(r) && a.toks[r].shape == shUpper && formWords[a.folded(r)]
}

// addressStartsAt: an ADDRESS candidate starts at byte s.
func (a *analysis) addressStartsAt(s int) bool {
	for _, c := range a.cands {
		if c.typ == TypeAddress && c.s == s {
			return true
		}
	}
	return false
}

// detectDatelinePlaces: a line that holds only a place, a comma and a
// date is the dateline of a letter or certificate ("Porto Velho, 05 de
// setembro de 2024.", "Catas Altas do Mato, 06/03/2024."); the place is
// whatever capitalised words (and particles) stand before the comma.
func (a *analysis) detectDatelinePlaces() {
	n := len(a.toks)
	for _, ci := range a.lineStarts {
		i := int(ci)
		if i+2 >= n {
			break
		}
		if !(i == 0 || a.toks[i].nl) || !a.isWord(i) || !a.capShape(i) {
			continue
		}
		// (OCR'd certificates double the blanks and loosen the comma:
		// "Feira  de  Ramos , 0 5  de  março  de  2 0 2 4")
		gap := int16(1)
		if a.ocr {
			gap = 2
		}
		// (a weekday may open a place's name, "Feira de Ramos", but a
		// run of weekday words alone is the date's weekday: "Sexta Feira,")
		j, place := i, false
		for j < n && j < i+6 && (j == i || !a.toks[j].nl && a.toks[j].gap >= 1 && a.toks[j].gap <= gap) && a.isWord(j) && a.datelineWord(j, i) {
			if a.toks[j].shape != shLower && a.cue(j)&cuWeekday == 0 {
				place = true
			}
			j++
		}
		// (one short word is a weekday's abbreviation: "Qua, 17/01/2024")
		if !place || j == i+1 && a.toks[i].e-a.toks[i].s <= 3 || j+1 >= n || !a.isPunct(j, ",") || a.toks[j].gap >= gap || a.toks[j+1].nl || !a.capShape(j-1) {
			continue
		}
		if e := a.dateEndAt(int(a.toks[a.weekdayAfter42(j+1)].s)); e > 0 && a.lineEndsAt(e) {
			a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeLocation, 0.75, pLocation)
		}
	}
}

// datelineWord: token k may be part of a dateline's place opening at i.
func (a *analysis) datelineWord(k, i int) bool {
	if k > i && a.toks[k].shape == shLower {
		return a.lexOf(k)&lxParticle != 0
	}
	return a.capShape(k) && (a.lexOf(k)&(lxStop|lxLabel|lxMonth|lxMedical|lxNameLabel|lxTitle|lxCred|lxGreet) == 0 || a.cue(k)&cuWeekday != 0)
}

// dateEndAt returns the end of a DATE candidate that starts at byte s, or 0.
func (a *analysis) dateEndAt(s int) int {
	for _, c := range a.cands {
		if c.typ == TypeDate && c.s == s {
			return c.e
		}
	}
	return 0
}

// lineEndsAt: only blanks and a full stop follow byte e on its line.
func (a *analysis) lineEndsAt(e int) bool {
	for ; e < len(a.text) && a.text[e] != '\n'; e++ {
		if c := a.text[e]; c != ' ' && c != '.' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}
