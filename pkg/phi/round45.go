package phi

import "strings"

// Round 45 rules: public-health surveillance and outbreak work
// (notifiable-disease reports and SINAN/e-SUS fichas, contact-tracing
// line lists, outbreak investigations, vaccination campaign logs,
// vector-control visits, TB DOT cards, laboratory surveillance logs) and
// dev-imitating notes.

// medical45 are the terms of surveillance and the clinic the lists lack:
// viruses by their short forms (hepatitis A and E, the Portuguese VSR for
// RSV), bacteria and toxins by their genus or serovar ("Salmonella
// Enteritidis", Brucella, Botulinum), eponyms of scores, manoeuvres,
// devices and blood groups ("Westley croup score", "Dix-Hallpike",
// "Fogarty", "anti-Kell"), and words of a mental state's or a ward's
// notes ("Euthymic", "Bedbound", "Lactulose" at a sentence's start).
var medical45 = set(`hav hev hdv vsr pcr botulinum brucella enteritidis typhimurium
	salmonella shigella listeria campylobacter escherichia klebsiella pseudomonas clostridium clostridioides
	neisseria mycobacterium staphylococcus streptococcus enterococcus acinetobacter yersinia vibrio
	westley hallpike fogarty kell duffy kidd euthymic euthymia bedbound lactulose`)

// common45 are words of surveillance and forms the word lists lack.
var common45 = set(`interjurisdictional pag`)

// fullDateAt45: the number at token k opens a date candidate with its
// year (eight characters at least: "03/17/2025", "2024-11-18").
func (a *analysis) fullDateAt45(k int) bool {
	// (a byte check: a separator after the first number)
	if e := int(a.toks[k].e); e >= len(a.text) || a.text[e] != '/' && a.text[e] != '-' && a.text[e] != '.' {
		return false
	}
	c := a.candAt(int(a.toks[k].s), TypeDate)
	return c >= 0 && a.cands[c].s == int(a.toks[k].s) && a.cands[c].e-a.cands[c].s >= 8
}

// Kinds of this round's trigger words (recorded with round 39's, see
// r39Kinds and note39).
const (
	r45Travel uint64 = r44Shift << (1 + iota) // travelWords45
	r45Place                                  // placePlurals45
	r45Sample                                 // sampleWords45
	r45Thanks                                 // thanksWords45
	r45Camp                                   // "camp", "acampamento"
	r45Venue                                  // venueWords45
	r45OCR                                    // "box", "www", "dependents" (an OCR's fields)
	r45Chart                                  // "prontuario", "pront"
	r45Unit                                   // lowerUnits45
)

// lowerUnits45 are the public health units a chat names in lower case
// before their name ("no posto (ubs jardim são pedro)").
var lowerUnits45 = set(`ubs usf ubsf upa cmei emef emei`)

// venueWords45 are kinds of business or venue written in lower case
// after the venue's capitalised name ("climbing partner, Granite Peak
// gym", "lunch at Hana Garden restaurant").
var venueWords45 = set(`gym restaurant cafe diner salon spa motel pub brewery bakery casino`)

// thanksWords45 thank a person by the given name after them ("obrigada
// Bia!", "thanks Deb,").
var thanksWords45 = set(`obrigada obrigado brigada brigado valeu thanks thx ty`)

// sampleWords45 label a laboratory's sample, whose number an OCR may
// space out ("amostra  2 4 - H V - 0 4 4 1 7").
var sampleWords45 = set(`amostra sample specimen accession`)

// travelWords45 introduce a traveller's conveyance: a flight's number
// ("flight UA 1487", "Voo: G3 1424"), an aircraft's registration
// ("matrícula PR-GUM", "registration G-EZTK"), a ship's name ("Vessel:
// MV Northern Aurora").
var travelWords45 = set(`flight flights flt voo vuelo matricula prefixo registration vessel ship navio embarcacao aboard`)

// placePlurals45 name several places before the list of them
// ("Bairros com mais casos: Jardim Primavera, Coqueiral e Vila
// Esperança", "neighborhoods of Eastbrook and Millcreek").
var placePlurals45 = set(`bairros localidades distritos municipios cidades comunidades povoados
	neighborhoods neighbourhoods towns townships villages`)

// late45 runs this round's passes that read what the others found.
func (a *analysis) late45() {
	if a.has39(r45Travel) {
		a.detectTravel45()
	}
	if a.has39(r45Place) {
		a.detectPlaceLists45()
	}
	if a.ocr && a.has39(r45Sample) {
		a.detectSpacedSamples45()
	}
	if a.ocr && a.has39(r45OCR) {
		a.detectOCRCard45()
	}
	if a.has39(r45Venue) {
		a.detectVenueNames45()
	}
	if a.has39(r45Camp) {
		a.detectCamps45()
	}
	if a.pt && a.has39(r45Unit) {
		a.detectLowerUnits45()
	}
	if a.has39(r45Chart) {
		a.detectPrefixedCharts45()
	}
	if a.has39(r45Thanks) {
		a.detectThankedNames45()
	}
	if a.hasPunct('(') && a.hasPunct(':') {
		a.detectTimedSpeakers45()
	}
	if strings.Contains(a.text, "DOT") {
		a.protectDOT45()
	}
	if a.pt && strings.Contains(a.text, "LACEN") {
		a.detectStateLabs45()
	}
}

// detectStateLabs45 reads a state's central public-health laboratory
// with its state's code ("LACEN-MT", "LACEN / SC"): the laboratory of one
// place, as a town's hospital is.
func (a *analysis) detectStateLabs45() {
	n := len(a.toks)
	for _, ci := range a.caps {
		k := int(ci)
		if a.toks[k].shape != shUpper || a.tokText(k) != "LACEN" || k+2 >= n {
			continue
		}
		if (a.isPunct(k+1, "-") || a.isPunct(k+1, "/")) && !a.toks[k+1].nl && !a.toks[k+2].nl && a.toks[k+2].gap <= 2 && a.isWord(k+2) &&
			a.toks[k+2].shape == shUpper && brStates[a.tokText(k+2)] {
			a.add(int(a.toks[k].s), int(a.toks[k+2].e), TypeOrganization, 0.85, pOrg)
		}
	}
}

// shipPrefixes45 open a ship's name ("MV Northern Aurora", "NM" in
// Portuguese).
var shipPrefixes45 = set(`mv ms ss nm rms my fv`)

// detectTravel45 reads, after its word, a flight's number (an airline's
// code of two characters and one to four digits, "TP 221", "DL201",
// "G3 1424"), an aircraft's registration (a country's one or two letters,
// a hyphen and three to five: "PR-GUM", "G-EZTK"; "N417S" is round 41's)
// and a ship's name (after a ship's prefix, or a label's colon: "Vessel:
// MV Northern Aurora").
func (a *analysis) detectTravel45() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r45Travel == 0 || !a.isWord(i) || i+1 >= n {
			continue
		}
		k := i + 1
		colon := false
		for k < n && k < i+4 && !a.toks[k].nl && (a.isPunct(k, ":") || a.isPunct(k, "#") || a.isWord(k) && (a.folded(k) == "number" || a.folded(k) == "no" || a.folded(k) == "nº")) {
			colon = colon || a.isPunct(k, ":")
			k++
		}
		if k >= n || a.toks[k].nl || a.toks[k].gap > 2 {
			continue
		}
		switch a.folded(i) {
		case "flight", "flights", "flt", "voo", "vuelo":
			if e := a.flightNumber45(k); e > k {
				a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeID, 0.85, pLabeled)
			}
		case "matricula", "prefixo", "registration":
			if e := a.aircraftMark45(k); e > k {
				a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeVehicle, 0.85, pLabeled)
			}
		default: // a ship ("aboard the MV …")
			if a.isWord(k) && a.folded(k) == "the" && k+1 < n && !a.toks[k+1].nl {
				k++
			}
			s := k
			if a.isWord(k) && a.toks[k].shape == shUpper && shipPrefixes45[a.folded(k)] {
				k++
			} else if !colon {
				continue
			}
			e := k
			for e < n && e < k+4 && a.isWord(e) && (e == s || !a.toks[e].nl && a.toks[e].gap == 1) && (a.toks[e].shape == shTitle || a.toks[e].shape == shUpper) &&
				a.lexOf(e)&(lxStop|lxMonth|lxCred|lxLabel) == 0 {
				e++
			}
			if e > k {
				a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeVehicle, 0.85, pLabeled)
			}
		}
	}
}

// flightNumber45 reads a flight's number from token k: an airline's code
// in capitals (two letters, or a letter and a digit) and one to four
// digits, apart ("TP 221") or joined ("TP221"); it returns the token
// after it (k if none).
func (a *analysis) flightNumber45(k int) int {
	n := len(a.toks)
	t := a.toks[k]
	v := a.tokText(k)
	if len(v) == 2 && (t.kind == kWord && t.shape == shUpper || t.kind == kAlnum && isASCIIUpper(v[0]) && (isDigit(v[1]) || isASCIIUpper(v[1])) || t.kind == kAlnum && isDigit(v[0]) && isASCIIUpper(v[1])) {
		if k+1 < n && a.toks[k+1].kind == kNum && a.toks[k+1].gap <= 1 && !a.toks[k+1].nl && a.toks[k+1].e-a.toks[k+1].s <= 4 &&
			(k+2 >= n || a.toks[k+2].gap > 0 || a.toks[k+2].kind == kPunct && a.toks[k+2].ch != '/' && a.toks[k+2].ch != '-' && a.toks[k+2].ch != '.') {
			return k + 2
		}
		return k
	}
	if t.kind == kAlnum && len(v) >= 3 && len(v) <= 6 && isASCIIUpper(v[0]) && (isASCIIUpper(v[1]) || isDigit(v[1])) && allDigits(v[2:]) {
		return k + 1
	}
	return k
}

// aircraftMark45 reads an aircraft's registration from token k: one or
// two capitals, a hyphen, and three to five capitals ("PR-GUM",
// "G-EZTK", "D-AIBL"); it returns the token after it (k if none).
func (a *analysis) aircraftMark45(k int) int {
	n := len(a.toks)
	if k+2 >= n || !a.isWord(k) || a.toks[k].shape != shUpper && a.toks[k].shape != shSingle || a.toks[k].e-a.toks[k].s > 2 ||
		!a.isPunct(k+1, "-") || a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 {
		return k
	}
	t := a.toks[k+2]
	v := a.tokText(k + 2)
	if len(v) < 3 || len(v) > 5 || !(t.kind == kWord && t.shape == shUpper || t.kind == kAlnum && isASCIIUpper(v[0])) {
		return k
	}
	if k+3 < n && a.toks[k+3].gap == 0 && a.toks[k+3].kind != kPunct {
		return k
	}
	return k + 3
}

// detectPlaceLists45 reads the places a list names after their plural
// ("Bairros com mais casos: Jardim Primavera, Coqueiral e Vila
// Esperança"): after the plural, a few words in lower case and a
// colon, two places or more, each one to four capitalised words (with
// their particles), apart by commas, semicolons, "e" or "and", to the
// sentence's end.
func (a *analysis) detectPlaceLists45() {
	n := len(a.toks)
	var items [12][2]int
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r45Place == 0 || !a.isWord(i) || i+2 >= n {
			continue
		}
		k := i + 1
		for k < n && k < i+7 && a.isWord(k) && a.toks[k].shape == shLower && !a.toks[k].nl {
			k++
		}
		if k < n && a.isPunct(k, ":") && !a.toks[k].nl {
			k++
		}
		m := 0
		for k < n && m < len(items) && !a.toks[k].nl && a.capShape(k) {
			s := k
			for k < n && k < s+6 && a.isWord(k) && (k == s || !a.toks[k].nl && a.toks[k].gap == 1) {
				if a.capShape(k) && a.lexOf(k)&(lxStop|lxMonth|lxCred|lxTitle|lxMedical) == 0 {
					k++
					continue
				}
				if k > s && a.toks[k].shape == shLower && a.lexOf(k)&lxParticle != 0 && a.folded(k) != "e" && k+1 < n && a.capShape(k+1) {
					k++
					continue
				}
				break
			}
			if k == s || a.toks[k-1].shape == shLower {
				break
			}
			items[m] = [2]int{s, k}
			m++
			// the separator
			if k+1 < n && !a.toks[k+1].nl && (a.isPunct(k, ",") || a.isPunct(k, ";") || a.isWord(k) && (a.folded(k) == "e" || a.folded(k) == "and")) {
				k++
				continue
			}
			break
		}
		if m < 2 {
			continue
		}
		for _, it := range items[:m] {
			if !a.claimedAt(it[0]) {
				a.add(int(a.toks[it[0]].s), int(a.toks[it[1]-1].e), TypeLocation, 0.7, pLocStrong)
			}
		}
	}
}

// publicBodyTail45: the department's word at token r closes a public
// body's name after its service ("Brookfield Health and Human Services
// Department", "Lincoln County Public Health Dept", "Lincoln County
// Health Unit"), as it does after "Police" or "Fire".
func (a *analysis) publicBodyTail45(r int) bool {
	if r < 1 || !a.isWord(r-1) {
		return false
	}
	switch a.folded(r) {
	case "department", "dept":
		switch a.folded(r - 1) {
		case "health", "services", "works":
			return true
		}
	case "unit":
		// (a public body's, "County Health Unit", not a ward's:
		// "Behavioral Health Unit")
		if a.folded(r-1) != "health" || a.toks[r].shape != shTitle || r < 2 || !a.isWord(r-2) {
			return false
		}
		switch a.folded(r - 2) {
		case "county", "district", "public", "city", "municipal", "regional":
			return true
		}
		return a.lexOf(r-2)&(lxPlace|lxRegion) != 0 && a.lexOf(r-2)&lxMedical == 0
	}
	return false
}

// placeEndsAmbulatory45: an "Ambulatório" at token k names a facility of
// its own when its name, on its line, ends in a town or a region after
// "do", "da" or "de" ("Ambulatório de Especialidades de Sorocaba", in
// capitals too); a hospital's "Ambulatório de Nefrologia" is a
// department of the hospital named after it.
func (a *analysis) placeEndsAmbulatory45(k int) bool {
	n := len(a.toks)
	if k+3 >= n || !a.isWord(k+1) || a.folded(k+1) != "de" || a.toks[k+1].nl {
		return false
	}
	sh := a.toks[k].shape
	for j := k + 2; j < n && j < k+10 && !a.toks[j].nl && a.isWord(j); j++ {
		if orgConnector(a.folded(j)) {
			continue
		}
		if a.toks[j].shape != sh {
			return false
		}
		if j > k+3 && a.lexOf(j)&(lxPlace|lxRegion) != 0 && a.isWord(j-1) && (orgConnector(a.folded(j-1)) || a.lexOf(j-1)&(lxPlace|lxPlacePrefix) != 0) &&
			(j+1 >= n || a.toks[j+1].nl || !a.isWord(j+1)) {
			return true
		}
	}
	return false
}

// commaGivenCell45 returns the comma's token when the cell from token k
// to byte e reads "SURNAME, Given" with a listed given name after the
// comma that is no common word ("RED CLOUD, Dakota"), else -1: the
// surname's words may be common ones then.
func (a *analysis) commaGivenCell45(k, e int) int {
	n := len(a.toks)
	for q := k; q < n && q < k+5 && int(a.toks[q].s) < e; q++ {
		if a.isPunct(q, ",") {
			if q == k || q+1 >= n || int(a.toks[q+1].s) >= e || !a.isWord(q+1) || a.toks[q+1].shape != shTitle && a.toks[q+1].shape != shUpper {
				return -1
			}
			if x := a.lexOf(q + 1); x&lxGiven != 0 && x&(lxCommon|lxStop|lxMedical|lxMonth) == 0 {
				return q
			}
			return -1
		}
		if !a.isWord(q) || a.toks[q].shape != shUpper {
			return -1
		}
	}
	return -1
}

// leadingDigits45 counts the digits that open v.
func leadingDigits45(v string) int {
	d := 0
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	return d
}

// sexAfterAge45: v, after an age's digits, is the sex (or the unit) of an
// "Age/Sex" cell: " F", "M", " y".
func sexAfterAge45(v string) bool {
	if len(v) > 0 && v[0] == ' ' {
		v = v[1:]
	}
	switch v {
	case "F", "M", "f", "m", "y", "a":
		return true
	}
	return false
}

// phoneCellStart45 returns where the number of a phone's cell [s, e)
// starts when a contact's name comes first ("Silvana Rocha, (21)
// 97712-4408", "via Pastor Amado, 555-0100"): the first digit, "(" or
// "+" after a letter, and a name of two to four capitalised words, listed
// names or in no list, before a comma or a dash becomes a name. It returns
// s when the cell opens with the number.
func (a *analysis) phoneCellStart45(s, e int) int {
	p := s
	for p < e && !isDigit(a.text[p]) && a.text[p] != '(' && a.text[p] != '+' {
		p++
	}
	if p == s || p >= e || !hasLetter(a.text[s:p]) {
		return s
	}
	// the contact's name
	k := a.firstTokenFrom(s)
	q := k
	for q < len(a.toks) && int(a.toks[q].e) <= p && q < k+4 && a.isWord(q) && (a.toks[q].shape == shTitle || a.toks[q].shape == shUpper) {
		x := a.lexOf(q)
		if x&(lxStop|lxMedical|lxMonth|lxOrgHead|lxCred|lxTitle|lxRegion) != 0 || x&(lxGiven|lxName) == 0 && !a.unknownWord(q) {
			break
		}
		q++
	}
	if q-k >= 2 && q < len(a.toks) && (a.isPunct(q, ",") || a.isPunct(q, "-") || a.isPunct(q, "(")) && int(a.toks[q].s) < p+1 && a.lexOf(k)&lxGiven != 0 {
		a.add(int(a.toks[k].s), int(a.toks[q-1].e), TypeName, 0.8, pName)
	}
	return p
}

// detectSpacedSamples45 reads, in an OCR'd form, a sample's number that
// the scanner spaced out after its label without a colon: single digits,
// capitals and hyphens, five digits at least and a letter or a hyphen
// ("amostra  2 4 - H V - 0 4 4 1 7").
func (a *analysis) detectSpacedSamples45() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r45Sample == 0 || !a.isWord(i) || i+1 >= n {
			continue
		}
		k := i + 1
		if a.isPunct(k, ":") {
			k++
		}
		s, digits, other := k, 0, 0
		for k < n && !a.toks[k].nl && a.toks[k].gap <= 2 && !a.claimedAt(k) {
			t := a.toks[k]
			switch {
			case t.kind == kNum && t.e-t.s <= 3:
				digits += int(t.e - t.s)
			case t.kind == kWord && t.shape == shSingle && isASCIIUpper(a.text[t.s]), t.ch == '-' && k > s:
				other++
			default:
				goto done
			}
			k++
		}
	done:
		for k > s && a.toks[k-1].ch == '-' {
			k--
		}
		if digits >= 5 && other >= 1 && k-s >= 6 {
			a.add(int(a.toks[s].s), int(a.toks[k-1].e), TypeID, 0.8, pLabeled)
		}
	}
}

// detectTimedSpeakers45 reads a chat's speakers written at the lines'
// starts with their role in brackets and the message's time before the
// colon ("li (RN) 07:02: bed 9 …", "KD (charge) 07:20: family …"): one
// word, in lower case, initials or a name, no title or credential; it
// takes two such lines in the note.
func (a *analysis) detectTimedSpeakers45() {
	n := len(a.toks)
	var found [16]int32
	m := 0
	for _, p := range a.classToks('(') {
		k := int(p)
		s := k - 1
		if s < 0 || k+6 >= n || m == len(found) || !(s == 0 || a.toks[s].nl) || !a.isWord(s) || a.toks[k].gap != 1 || a.toks[k].nl {
			continue
		}
		if !a.isWord(k+1) || a.toks[k+1].gap != 0 || a.toks[k+1].e-a.toks[k+1].s > 8 || !a.isPunct(k+2, ")") || a.toks[k+2].gap != 0 ||
			a.toks[k+3].kind != kNum || a.toks[k+3].gap != 1 || a.toks[k+3].e-a.toks[k+3].s > 2 || !a.isPunct(k+4, ":") || a.toks[k+4].gap != 0 ||
			a.toks[k+5].kind != kNum || a.toks[k+5].gap != 0 || a.toks[k+5].e-a.toks[k+5].s != 2 || !a.isPunct(k+6, ":") || a.toks[k+6].gap != 0 {
			continue
		}
		if x := a.lexOf(s); x&(lxTitle|lxCred|lxOrgHead|lxMonth) != 0 || a.toks[s].e-a.toks[s].s > 12 {
			continue
		}
		found[m] = int32(s)
		m++
	}
	if m < 2 {
		return
	}
	for _, s := range found[:m] {
		if !a.claimedAt(int(s)) {
			a.add(int(a.toks[s].s), int(a.toks[s].e), TypeName, 0.8, pName)
		}
	}
}

// detectThankedNames45 reads the given name after a word of thanks, in
// title case and closing the phrase ("obrigada Bia!", "thanks Deb, see
// you"): a listed name, no title, cue, clinical or month word.
func (a *analysis) detectThankedNames45() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		k := i + 1
		if a.r39Kind[x]&r45Thanks == 0 || !a.isWord(i) || k >= n || !a.isWord(k) || a.toks[k].nl || a.toks[k].gap != 1 || a.toks[k].shape != shTitle || a.claimedAt(k) {
			continue
		}
		if x := a.lexOf(k); x&(lxGiven|lxName) == 0 || x&(lxStop|lxMedical|lxMonth|lxTitle|lxCred|lxOrgHead|lxRegion|lxLabel) != 0 {
			continue
		}
		if e := k + 1; e < n && !a.toks[e].nl && !(a.isPunct(e, "!") || a.isPunct(e, ",") || a.isPunct(e, ".")) {
			continue
		}
		a.emitName(k, k+1, 0.75, pName)
	}
}

// particleSurname45 grows the name c over a last word that is also a
// particle, a Vietnamese surname before a comma or the line's end ("Quoc
// Le, 713-…"; from extendCands43's walk, behind its byte check: a
// capital after the blank).
func (a *analysis) particleSurname45(c cand) {
	n := len(a.toks)
	j := a.firstTokenFrom(c.e + 1)
	if j >= n || !a.isWord(j) || a.toks[j].shape != shTitle || a.toks[j].nl || a.toks[j].gap != 1 || a.toks[j].e-a.toks[j].s > 3 ||
		a.raws[j]&lxParticle == 0 || a.raws[j]&lxName == 0 {
		return
	}
	if e := j + 1; e < n && !a.toks[e].nl && !a.isPunct(e, ",") && !a.isPunct(e, ";") && !a.isPunct(e, ")") {
		return
	}
	a.add(c.s, int(a.toks[j].e), TypeName, c.score, c.prio)
}

// phoneCountryCode45 grows the phone c over its country's code, spaced
// off before it ("+39 347 555 0166"; from extendCands43's walk, behind
// its byte check: a digit and a blank before it).
func (a *analysis) phoneCountryCode45(c cand) {
	k := a.firstTokenFrom(c.s)
	if k < 2 || k >= len(a.toks) || int(a.toks[k].s) != c.s || a.toks[k].gap != 1 || a.toks[k].nl || a.toks[k-1].kind != kNum || a.toks[k-1].e-a.toks[k-1].s > 3 ||
		a.toks[k-1].gap != 0 || !a.isPunct(k-2, "+") {
		return
	}
	a.add(int(a.toks[k-2].s), c.e, TypePhone, c.score, c.prio)
}

// teamWords45 name the service a chat's sender writes for after the
// sender's given name ("Renata Vigilância:", "Cris Regulação:"): no
// surname.
var teamWords45 = set(`vigilancia epidemiologia enfermagem recepcao regulacao agendamento triagem coordenacao
	nutricao fisioterapia psicologia odontologia imunizacao vacinacao zoonoses endemias
	utin uti ucin uci cti ubs usf`)

// detectCamps45 reads a camp named after its head inside a sentence or
// after a label ("attended Camp Tamarack Hollow 7/14-7/19",
// "Acampamento Terra Livre"): one to three capitalised words, no cue, clinical or
// month word; the head after a capitalised word ("Pine Flats Camp")
// is a place's, not this.
func (a *analysis) detectCamps45() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r45Camp == 0 || !a.isWord(i) || a.toks[i].shape != shTitle || i == 0 || a.toks[i].nl || a.claimedAt(i) {
			continue
		}
		if !(a.isWord(i-1) && a.toks[i-1].shape == shLower || a.isPunct(i-1, ":") || a.isPunct(i-1, ",") || a.isPunct(i-1, "(")) {
			continue
		}
		e := i + 1
		for e < n && e < i+4 && a.isWord(e) && !a.toks[e].nl && a.toks[e].gap == 1 && a.capShape(e) && !a.claimedAt(e) &&
			a.lexOf(e)&(lxStop|lxMonth|lxMedical|lxCred|lxTitle|lxOrgHead) == 0 && a.cue(e)&cuStreet == 0 {
			e++
		}
		if e > i+1 {
			a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeOrganization, 0.75, pOrg)
		}
	}
}

// districtLabels45 label the district of a form's field ("Área:
// Raiz, Manaus/AM", "Setor: Coroado, Manaus").
var districtLabels45 = set(`area localidade bairro setor microarea`)

// districtField45: the capitalised words [i, j) fill a district's field
// and a listed town follows their comma: a district named like a common
// word ("Raiz") is a place there.
func (a *analysis) districtField45(i, j int) bool {
	n := len(a.toks)
	return i > 1 && j+1 < n && j > i && a.isPunct(i-1, ":") && a.isWord(i-2) && districtLabels45[a.folded(i-2)] && a.allTitle(i, j) &&
		a.isPunct(j, ",") && !a.toks[j+1].nl && a.toks[j+1].shape == shTitle && a.lexOf(j+1)&lxPlace != 0
}

// ampersandAfter45: an "&" stands among the tokens (k, e).
func (a *analysis) ampersandAfter45(k, e int) bool {
	for q := k + 1; q < e; q++ {
		if a.isPunct(q, "&") {
			return true
		}
	}
	return false
}

// practiceAboveAddress45 reads the practice a letter's addressee block
// names on its own line between the clinician's signature and the
// address c ("Helena Ostrow, MD⏎Harborline Rheumatology⏎12 Wharf Rd,
// …"): two to five capitalised words (connectors and "&" between) ending
// in an organisation's head, on the line after one that ends in a
// credential.
func (a *analysis) practiceAboveAddress45(c cand) {
	k := a.firstTokenFrom(c.s)
	if k < 4 || k >= len(a.toks) || int(a.toks[k].s) != c.s || !a.toks[k].nl {
		return
	}
	h := k - 1 // the practice's last word
	if !a.isWord(h) || a.toks[h].nl || a.claimedAt(h) {
		return
	}
	if _, suf, _ := a.orgHeadAt(h); !suf {
		return
	}
	l, words := h, 1
	for l > 0 && !a.toks[l].nl {
		p := l - 1
		switch {
		case a.isWord(p) && a.capShape(p) && a.lexOf(p)&(lxStop|lxMonth|lxCred|lxTitle|lxLabel) == 0 && !a.claimedAt(p):
			words++
		case a.isWord(p) && a.toks[p].shape == shLower && orgConnector(a.folded(p)), a.isPunct(p, "&"):
		default:
			return
		}
		l = p
	}
	if words < 2 || words > 5 || l < 2 || !a.isWord(l-1) || a.lexOf(l-1)&lxCred == 0 || a.toks[l-1].shape != shUpper {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[h].e), TypeOrganization, 0.8, pOrg)
}

// detectVenueNames45 reads a business named before its kind in lower
// case inside a sentence ("climbing partner, Granite Peak gym 1/5"):
// two or three capitalised words, or one in no list, none a cue,
// clinical, month, place's or people's word, not opening the sentence.
func (a *analysis) detectVenueNames45() {
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r45Venue == 0 || !a.isWord(i) || a.toks[i].shape != shLower || a.toks[i].nl || a.toks[i].gap != 1 || i < 2 {
			continue
		}
		l := i
		for l > 0 && i-l < 3 && a.isWord(l-1) && (a.toks[l-1].shape == shTitle || a.toks[l-1].shape == shUpper && a.toks[l-1].e-a.toks[l-1].s > 1) &&
			!a.toks[l].nl && a.toks[l].gap == 1 && a.lexOf(l-1)&(lxStop|lxMonth|lxCred|lxTitle|lxRegion|lxDemonym|lxLabel|lxRelation) == 0 &&
			a.lexOf(l-1)&(lxMedical|lxCommon) != lxMedical {
			l--
		}
		if l == i || a.toks[l].nl || a.sentenceStart(l) || i-l == 1 && !a.unknownWord(l) {
			continue
		}
		// (typed over the name rules' reading of its words, unless they
		// read as a given name and a surname)
		prio := pOrg
		if a.lexOf(l)&lxGiven != 0 && a.lexOf(l)&lxCommon == 0 {
			prio = pCtxOrg
		}
		a.add(int(a.toks[l].s), int(a.toks[i-1].e), TypeOrganization, 0.7, prio)
	}
}

// ocrDigits45: v reads as digits in an OCR ("2231O", "l4").
func ocrDigits45(v string) bool {
	for i := 0; i < len(v); i++ {
		if ocrDigit44(v[i]) < 0 {
			return false
		}
	}
	return len(v) > 0
}

// detectOCRCard45 reads the fields an OCR spaced out on a scanned card:
// a PO box ("P0  B0X  2231O"), a web address ("www . blueprairiehealth
// . com") and the names after "Dependents :" ("JEROME    ZURI", each a
// listed given name or in no list, apart by wide gaps).
func (a *analysis) detectOCRCard45() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r45OCR == 0 || !a.isWord(i) || i+2 >= n {
			continue
		}
		switch a.folded(i) {
		case "box":
			if i < 1 || a.folded(i-1) != "po" || a.toks[i].nl || a.toks[i].gap > 2 {
				continue
			}
			e := i + 1
			for e < n && e < i+7 && !a.toks[e].nl && a.toks[e].gap <= 2 && ocrDigits45(a.tokText(e)) {
				e++
			}
			if e > i+1 && !a.claimedAt(i-1) {
				a.add(int(a.toks[i-1].s), int(a.toks[e-1].e), TypeAddress, 0.85, pAddress)
			}
		case "www":
			e := i + 1
			for e+1 < n && a.isPunct(e, ".") && !a.toks[e].nl && a.toks[e].gap <= 1 && !a.toks[e+1].nl && a.toks[e+1].gap <= 1 && a.toks[e+1].kind != kPunct {
				e += 2
			}
			if e >= i+5 {
				a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeURL, 0.85, pNet)
			}
		default: // dependents
			k := i + 1
			if a.isPunct(k, ":") {
				k++
			}
			for k < n && !a.toks[k].nl {
				s := k
				for k < n && k < s+3 && a.isWord(k) && (k == s || a.toks[k].gap <= 2) && a.capShape(k) && !a.toks[k].nl {
					k++
				}
				if k == s {
					break
				}
				ok := true
				for q := s; q < k; q++ {
					if xq := a.lexOf(q); xq&(lxStop|lxMonth|lxMedical|lxLabel|lxCred|lxTitle|lxOrgHead) != 0 || xq&(lxGiven|lxName) == 0 && !a.unknownWord(q) {
						ok = false
					}
				}
				if ok && !a.claimedAt(s) {
					a.add(int(a.toks[s].s), int(a.toks[k-1].e), TypeName, 0.8, pName)
				}
				if k < n && a.isPunct(k, ",") {
					k++
				}
				if k < n && !a.toks[k].nl && a.toks[k].gap < 3 && !ok {
					break
				}
			}
		}
	}
}

// detectPrefixedCharts45 reads a chart's number after its label and the
// hospital's letters ("prontuário HRAS 12.447", "pront. HRG 4.412-7"): the
// letters in capitals (two to five, no cue word), then digits glued by
// dots, hyphens or slashes, four digits at least.
func (a *analysis) detectPrefixedCharts45() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		k := i + 1
		if a.r39Kind[x]&r45Chart == 0 || !a.isWord(i) || k+1 >= n {
			continue
		}
		if a.isPunct(k, ".") && a.toks[k].gap == 0 || a.isPunct(k, ":") || a.isPunct(k, "#") {
			k++
		}
		if k+1 >= n || !a.isWord(k) || a.toks[k].shape != shUpper || a.toks[k].nl || a.toks[k].e-a.toks[k].s < 2 || a.toks[k].e-a.toks[k].s > 5 || a.claimedAt(k) ||
			a.lexOf(k)&(lxStop|lxCred|lxLabel|lxRegion|lxMedical|lxMonth) != 0 {
			continue
		}
		v := k + 1
		if a.toks[v].kind != kNum || a.toks[v].nl || a.toks[v].gap != 1 {
			continue
		}
		e, digits := v, 0
		for e < n && (e == v || a.toks[e].gap == 0) && (a.toks[e].kind == kNum || e > v && e+1 < n && (a.isPunct(e, ".") || a.isPunct(e, "-") || a.isPunct(e, "/")) && a.toks[e+1].kind == kNum && a.toks[e+1].gap == 0) {
			if a.toks[e].kind == kNum {
				digits += int(a.toks[e].e - a.toks[e].s)
			}
			e++
		}
		if digits >= 4 {
			a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeMRN, 0.85, pLabeled)
		}
	}
}

// detectLowerUnits45 reads a health unit or a school named in lower case
// after its acronym ("(ubs jardim são pedro)", "na usf vila nova"): up to
// four words in lower case on the line, each a listed name or place, a
// district's head, a saint's word, a particle or a word in no list, one
// of them a name or a place.
func (a *analysis) detectLowerUnits45() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r45Unit == 0 || !a.isWord(i) || a.toks[i].shape != shLower || a.claimedAt(i) {
			continue
		}
		e, proper := i+1, false
		for e < n && e < i+5 && a.isWord(e) && a.toks[e].shape == shLower && !a.toks[e].nl && a.toks[e].gap == 1 && !a.claimedAt(e) {
			f, xl := a.folded(e), a.lexOf(e)
			switch {
			case xl&(lxName|lxGiven|lxPlace) != 0 && xl&(lxStop|lxMonth) == 0 && (xl&lxMedical == 0 || xl&lxGiven != 0) || a.unknownWord(e):
				proper = true
			case a.cue(e)&cuDistrictHead != 0 || f == "sao" || f == "santa" || f == "santo" || xl&lxParticle != 0 && e > i+1:
			default:
				goto done
			}
			e++
		}
	done:
		for e > i+1 && a.lexOf(e-1)&lxParticle != 0 && a.cue(e-1)&cuDistrictHead == 0 {
			e--
		}
		if proper && e > i+1 {
			a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeOrganization, 0.75, pOrg)
		}
	}
}

// credHyphen45: the credential at token k and the word after its hyphen
// make one credential ("CCC-SLP", "ODS-C").
func (a *analysis) credHyphen45(k int) bool {
	var b [64]byte
	f, g := a.folded(k), a.folded(k+2)
	if len(f)+len(g)+1 > len(b) {
		return false
	}
	return credWords[string(append(append(append(b[:0], f...), '-'), g...))]
}

// specimenWords45 are kinds of specimen after the site's abbreviation,
// which is no credential then ("NP swab", "OT swab", "NP aspirate").
var specimenWords45 = set(`swab swabs aspirate aspirates wash washes specimen specimens`)

// afterTown45 are the words that may follow a town named like a common
// word after "in" ("in Sandwich for a fracture"); a noun there makes
// the capitalised word a brand's or a kind's ("in Cactus sink").
var afterTown45 = set(`for to and or with on at in by after before until since when where while last this that then but from during over`)

// protectDOT45 keeps "DOT" in capitals from the names (a code region):
// directly observed therapy ("3HP by DOT"), or the Department of
// Transportation; "Grandma Dot" is written in title case.
func (a *analysis) protectDOT45() {
	for _, ci := range a.caps {
		k := int(ci)
		if a.toks[k].shape == shUpper && a.tokText(k) == "DOT" {
			a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[k].e)})
		}
	}
}

// vsFraction45: the fraction at st is compared with one before "vs" that
// is no date ("pulled pork 38/70 vs 3/26": an attack rate's shares).
func vsFraction45(s string, st int) bool {
	p := st
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	switch {
	case p >= 3 && s[p-3:p] == " vs":
		p -= 3
	case p >= 4 && s[p-4:p] == " vs.":
		p -= 4
	default:
		return false
	}
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	// the fraction before: digits "/" digits, one of them over 31
	e := p
	q := p
	for q > 0 && isDigit(s[q-1]) && e-q < 4 {
		q--
	}
	if q == e || q < 2 || s[q-1] != '/' {
		return false
	}
	d := q - 1
	b := d
	for b > 0 && isDigit(s[b-1]) && d-b < 4 {
		b--
	}
	return b < d && (atoi(s[b:d]) > 31 || atoi(s[q:e]) > 31)
}

// roomWords45 name a part of a building ("Toddler Room B", "Sala 3"):
// after an organisation's comma, a room of it, not a town.
var roomWords45 = set(`room rooms classroom sala wing floor building bldg bay pod suite`)

// roomRun45: a word of [i, j) names a room or a part of a building.
func (a *analysis) roomRun45(i, j int) bool {
	for k := i; k < j; k++ {
		if a.isWord(k) && roomWords45[a.folded(k)] {
			return true
		}
	}
	return false
}

// yearsMonths45 returns the months' token when the token k, years with
// an "a" ("22a"), and the next, months with an "m" ("6m"), write an age
// ("Idade: 3a 2m"), else k: no identifier.
func (a *analysis) yearsMonths45(k int) int {
	if !allDigits(a.text[a.toks[k].s : a.toks[k].e-1]) {
		return k
	}
	m := a.toks[k+1]
	v := a.text[m.s:m.e]
	if m.kind != kAlnum || m.gap != 1 || m.nl || len(v) < 2 || len(v) > 3 || v[len(v)-1] != 'm' || !allDigits(v[:len(v)-1]) {
		return k
	}
	return k + 1
}
