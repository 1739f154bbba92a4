package phi

import "strings"

// Round 41 rules: emergency and pre-hospital records and the papers
// around them (run sheets, dispatch logs, fire and police reports,
// triage tags, forensic and death notifications). They name the crew
// and the officers by their rank or role, with a corps between ("Cb BM
// Leandro Vieira", "Sd PM Caio Bastos", "Chief Dale Roebuck") and
// their badge's or register's number after the name ("…, mat.
// 30.441.882", "…, DSN 8126"); the scene by a highway and its mile or
// kilometre ("I-70 westbound at mile marker 41", "BR-116, km 442");
// the victims in a table whose lines open with their tag ("ES-0441",
// "GA-TT-2281"); vehicles by an aircraft's tail number or a boat's
// registration.

// Kinds of this round's trigger words (recorded with round 39's, see
// r39Kinds and note39).
const (
	r41Rank    uint64 = r39Num << (1 + iota) // rankWords41
	r41Highway                               // highwayWords41
	r41Tail                                  // tailWords41
	r41Unit                                  // policeUnits41
	r41Cross                                 // crossWords41
)

// rankWords41 are ranks and roles of the crew, police and forensic staff
// that stand before a person's name. (Titles of titleWords come here
// too: their names are read by detectNames, and this round reads the
// ones it leaves, with a corps between, and the number after them.)
var rankWords41 = set(`officer ofc deputy trooper sgt sergeant det detective lt lieutenant capt captain chief ff
	firefighter marshal investigator inspector cpl corporal paramedic medic emt dispatcher
	cb cabo sd soldado sgto sargento ten tenente cap capitao maj cel subten cmt comandante perito perita escrivao
	escriva delegado delegada agente inspetor investigador investigadora socorrista condutor condutora policial`)

// rankDotted41 are ranks read only abbreviated with their dot or before
// a corps ("Ten. BM Gustavo Rezende", "Cap PM …"): bare, "ten" is a
// number and "cap" a capsule.
var rankDotted41 = set(`ten cap maj cel lt det`)

// corpsWords41 name the corps between a rank and the name ("Sd BM",
// "Sgt PM", "Cb PMERJ"): never part of the name.
var corpsWords41 = set(`bm pm cbm prf pc gcm pmerj pmesp pmmg pmdf pmba pmpr pmsc pmrs cbmerj cbmdf cbmmg qpbm qpmp`)

// titleBefore41: the word before token i is a title or a rank (with its
// dot: "Ofc. Ruiz").
func (a *analysis) titleBefore41(i int) bool {
	p := i - 1
	if p >= 0 && a.isPunct(p, ".") {
		p--
	}
	return p >= 0 && a.isWord(p) && (a.cue(p)&cuTitle != 0 || a.cue(p)&cuRound39 != 0 && rankWords41[a.folded(p)])
}

// detectRankNames41 reads a name after a rank or role, across a corps
// ("Cb BM Leandro Vieira e Sd BM Érica Faria", "Sd  Kowalski  /  Cb
// Andrade"), and the number of the badge or register after the name
// ("Officer Kristen Alvarado, serial 8841", "Cb BM Fabiana Rosário, RE
// 921.447-3"). It runs after the name rules, so it adds only what they
// left.
func (a *analysis) detectRankNames41() {
	if !a.has39(r41Rank) {
		return
	}
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r41Rank == 0 || !a.isWord(i) {
			continue
		}
		k := i + 1
		dot := k < n && a.isPunct(k, ".") && a.toks[k].gap == 0
		if dot {
			k++
		}
		corps := false
		if k < n && a.isWord(k) && a.toks[k].shape == shUpper && !a.toks[k].nl && corpsWords41[a.folded(k)] {
			corps = true
			k++
			if k < n && a.isPunct(k, ".") && a.toks[k].gap == 0 {
				k++
			}
		}
		if rankDotted41[a.folded(i)] && !dot && !corps {
			continue
		}
		caps := a.toks[i].shape == shUpper
		if caps && !corps && a.toks[i].e-a.toks[i].s <= 2 && !a.ocr {
			continue // "Hartford, SD. Brought …": a state
		}
		s, e := a.rankNameRun41(k, caps)
		if e <= s {
			continue
		}
		if !a.claimedAt(s) || a.candAt(int(a.toks[s].s), TypeName) < 0 {
			a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
		}
		a.badgeAfter41(e)
	}
}

// rankNameRun41 returns the name that starts at token k, if one does:
// capitalised words that are listed names or in no list (a surname that
// is also a common word, "Rosário", only beside a given name or a name
// in no other list), an initial with its dot first, particles inside; at
// most four words, on the line (OCR's wide gaps allowed). Words in capitals count only where
// the rank is written so too, or in OCR ("registro policial BO …" is a
// police report's number).
func (a *analysis) rankNameRun41(k int, caps bool) (int, int) {
	n := len(a.toks)
	maxGap := int16(1)
	if a.ocr {
		maxGap = 3
	}
	if k >= n || a.toks[k].nl || a.toks[k].gap > maxGap || !a.capShape(k) {
		return k, k
	}
	s, e, words, strong := k, k, 0, 0
	for j := k; j < n && words < 4; {
		t := a.toks[j]
		if j > k && (t.nl || t.gap > maxGap) || t.kind != kWord {
			break
		}
		if t.shape == shSingle && j+1 < n && a.isPunct(j+1, ".") && a.toks[j+1].gap == 0 && j+2 < n && !a.toks[j+2].nl && words == 0 {
			j += 2 // an initial: "D. Huang"
			continue
		}
		if j > k && a.lexOf(j)&lxParticle != 0 && t.shape == shLower && j+1 < n && a.capShape(j+1) && !a.toks[j+1].nl &&
			a.lexOf(j+1)&lxStop == 0 && !(a.cue(j+1)&cuRound39 != 0 && rankWords41[a.folded(j+1)]) {
			j++
			continue
		}
		if !a.capShape(j) || t.shape == shSingle || t.shape == shUpper && !caps && !a.ocr {
			break
		}
		x := a.lexOf(j)
		switch {
		case a.nameStrong(j) || a.unknownWord(j) || x&lxGiven != 0 && x&(lxStop|lxCred|lxMonth|lxOrgHead|lxRegion) == 0:
			strong++
		case x&(lxGiven|lxName) != 0 && x&(lxStop|lxCred|lxMonth|lxOrgHead|lxRegion) == 0,
			strong > 0 && x&(lxStop|lxCred|lxMonth|lxOrgHead|lxRegion|lxMedical) == 0 && t.shape == shTitle:
			// a name that is also a word, or a surname that is one
			// after a name ("Fabiana Rosário")
		default:
			j = n
			continue
		}
		words++
		j++
		e = j
	}
	if strong == 0 || e == k {
		return k, k
	}
	return s, e
}

// badgeLabels41 name the number of an officer's or a crew member's badge
// or register after the name.
var badgeLabels41 = set(`serial badge dsn id mat matricula re rg nº no n° num numero registro cert unit star shield`)

// badgeAfter41 marks the number of a badge or a register after the name
// that ends before token j: ", serial 8841", ", mat. 30.441.882", ", RE
// 921.447-3", ", #1442", ", nº BM 128.441-7".
func (a *analysis) badgeAfter41(j int) {
	n := len(a.toks)
	if j+1 >= n || !a.isPunct(j, ",") || a.toks[j+1].nl {
		return
	}
	k := j + 1
	for w := 0; w < 3 && k < n && !a.toks[k].nl; w++ {
		switch {
		case a.isPunct(k, "#") || a.isPunct(k, ".") && a.toks[k].gap == 0:
		case a.isWord(k) && (badgeLabels41[a.folded(k)] || w > 0 && corpsWords41[a.folded(k)]):
		default:
			w = 3
			continue
		}
		k++
	}
	if k == j+1 || k >= n || a.toks[k].kind != kNum || a.toks[k].nl || a.claimedAt(k) {
		return
	}
	e := k + 1
	for e+1 < n && a.toks[e].gap == 0 && a.toks[e+1].gap == 0 && (a.isPunct(e, ".") || a.isPunct(e, "-")) && a.toks[e+1].kind == kNum {
		e += 2
	}
	if e < n && a.toks[e].gap == 0 && a.toks[e].kind != kPunct {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeID, 0.7, pGenericID)
}

// highwayWords41 are the words of a road's place that this round starts
// from: a mile marker, a direction of travel, a kilometre.
var highwayWords41 = set(`marker markers milepost mileposts westbound eastbound northbound southbound km`)

// highwayCodes41 name a numbered road before its number ("I-70", "US 30",
// "SR-99", "Hwy 1", "Route 9"); Brazilian roads are a state's code (or
// BR) and three digits ("BR-116", "PR-151").
var highwayCodes41 = set(`i us sr sh hwy highway route rte rt interstate cr`)

// travelDirs41 follow a road's number: "I-70 westbound", "US-50 EB".
var travelDirs41 = set(`westbound eastbound northbound southbound wb eb nb sb`)

// highwayCodeEnd41: the numbered road whose number is token q, if one is,
// and its first token. A road's word with a hyphen or a blank before a
// number of one to three digits (an optional letter after it: "9W"); a
// Brazilian state's code, a hyphen and three digits.
func (a *analysis) highwayCodeEnd41(q int) (int, bool) {
	if q < 1 || q >= len(a.toks) {
		return 0, false
	}
	t := a.toks[q]
	if t.kind != kNum && t.kind != kAlnum || t.nl || !isDigit(a.text[t.s]) {
		return 0, false
	}
	v := a.tokText(q)
	d := 0
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	if d > 3 || len(v)-d > 1 {
		return 0, false
	}
	w := q - 1
	hy := a.isPunct(w, "-") && t.gap == 0
	if hy {
		w--
		if w < 0 || a.toks[w+1].gap != 0 {
			return 0, false
		}
	} else if t.gap != 1 {
		return 0, false
	}
	if !a.isWord(w) || a.toks[w].shape == shLower {
		return 0, false
	}
	f := a.folded(w)
	if highwayCodes41[f] && (f != "i" || hy) && (f != "us" && f != "sr" || a.toks[w].shape == shUpper) {
		return w, true
	}
	if hy && d == 3 && len(v) == 3 && a.toks[w].shape == shUpper && (f == "br" || brStates[a.tokText(w)]) {
		return w, true
	}
	if hy && a.toks[w].shape == shUpper && usStates[a.tokText(w)] && !a.pt {
		return w, true // a state's route: "NY-9 northbound" (round 56)
	}
	return 0, false
}

// detectHighways41 reads a place on a numbered road: the road with its
// direction and the mile marker or the cross street where it happened
// ("I-70 westbound at mile marker 41", "US-50 eastbound at Watt Ave",
// "I-94 near mile marker 212", "US-30 and County Road 450 E"), and a
// Brazilian road with its kilometre ("BR-116, km 442"). A road alone ("a
// rollover on I-90 near Clinton") names no place of a person.
func (a *analysis) detectHighways41() {
	n := len(a.toks)
	if a.has39(r41Highway) {
		for x, p := range a.r39Pos {
			i := int(p)
			if a.r39Kind[x]&r41Highway == 0 || !a.isWord(i) || a.toks[i].nl {
				continue
			}
			switch f := a.folded(i); {
			case f == "km":
				// "BR-116, km 442", "PR-151 km 312,5"
				q := i - 1
				if q >= 0 && a.isPunct(q, ",") {
					q--
				}
				// (the road's side after its number: "SE-100 Sul, km 14",
				// round 57)
				if q >= 1 && a.pt && a.isWord(q) && !a.toks[q].nl && roadSides57[a.folded(q)] {
					q--
				}
				s, ok := a.highwayCodeEnd41(q)
				if !ok || i+1 >= n || a.toks[i+1].kind != kNum || a.toks[i+1].nl {
					continue
				}
				e := i + 2
				if e+1 < n && (a.isPunct(e, ",") || a.isPunct(e, ".")) && a.toks[e].gap == 0 && a.toks[e+1].gap == 0 && a.toks[e+1].kind == kNum {
					e += 2
				}
				a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeAddress, 0.8, pAddress)
				// (and the kilometre alone, kept where another rule took
				// the road: "SP-280" read as a plate)
				a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeAddress, 0.8, pAddress)
			case travelDirs41[f]:
				// the road before its direction, the place after it
				if s, ok := a.highwayCodeEnd41(i - 1); ok {
					if e := a.highwayTail41(i + 1); e > i+1 {
						a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeAddress, 0.8, pAddress)
					}
				}
			default:
				// a mile marker after a road and a preposition, no direction
				m := i
				if (f == "marker" || f == "markers") && i > 0 && a.isWord(i-1) && a.folded(i-1) == "mile" {
					m = i - 1
				}
				a.highwayBefore41(m - 1)
			}
		}
	}
	// a cross street after a road and a preposition ("US-30 and County
	// Road 450 E"): from the streets found
	if !a.has39(r41Highway) && !a.hasCue(cuRare37|cuCounty) && !a.hasPunct('-') {
		return
	}
	for c := 0; c < len(a.cands); c++ {
		// (a preposition and a blank before the street: a precheck)
		if s := a.cands[c].s; a.cands[c].typ != TypeAddress || s < 6 || a.text[s-1] != ' ' || !highwayPrepEnd41(a.text[:s-1]) {
			continue
		}
		j, ok := a.tokenAt(a.cands[c].s)
		if ok && j >= 3 {
			a.highwayBefore41(j - 1)
		}
	}
}

// highwayPrepEnd41: v ends with a preposition that may join a road to a
// cross street ("and", "at", "&", "@", "x" after a blank).
func highwayPrepEnd41(v string) bool {
	n := len(v)
	return strings.HasSuffix(v, " and") || strings.HasSuffix(v, " at") || n >= 2 && v[n-2] == ' ' && (v[n-1] == '&' || v[n-1] == '@' || v[n-1] == 'x')
}

// highwayBefore41 marks the road before the preposition at token k and
// the place after it, when there is one.
func (a *analysis) highwayBefore41(k int) {
	if k < 2 || a.toks[k].nl {
		return
	}
	q := k - 1
	if a.isWord(q) && travelDirs41[a.folded(q)] {
		return // (read from the direction)
	}
	if s, ok := a.highwayCodeEnd41(q); ok {
		if e := a.highwayTail41(k); e > k {
			a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeAddress, 0.8, pAddress)
		}
	}
}

// highwayTail41 reads, from token k after a road (and its direction), a
// preposition and a mile marker ("at mile marker 41", "near MM 212",
// "at milepost 143") or a cross street ("at Watt Ave", "and County Road
// 450 E"), and returns the token after it (k if none).
func (a *analysis) highwayTail41(k int) int {
	n := len(a.toks)
	if k+1 >= n || !a.isWord(k) && !a.isPunct(k, "&") && !a.isPunct(k, "@") && !a.isPunct(k, ",") || a.toks[k].nl || a.toks[k+1].nl {
		return k
	}
	switch a.folded(k) {
	case "at", "near", "by", "and", "&", "@", "x":
	case ",":
		// a mile marker after a comma: "I-40 westbound, mile marker 288"
		// (round 56)
		if f := a.folded(k + 1); f != "mile" && f != "milepost" {
			return k
		}
	default:
		return k
	}
	j := k + 1
	// a mile marker
	m := j
	if a.isWord(m) && a.folded(m) == "mile" && m+1 < n && a.isWord(m+1) && (a.folded(m+1) == "marker" || a.folded(m+1) == "post") {
		m += 2
	} else if a.isWord(m) && (a.folded(m) == "milepost" || a.folded(m) == "mm" && a.toks[m].shape == shUpper || a.folded(m) == "mp" && a.toks[m].shape == shUpper) {
		m++
	}
	if m > j {
		if m < n && a.isPunct(m, "#") {
			m++
		}
		if m < n && a.toks[m].kind == kNum && !a.toks[m].nl {
			e := m + 1
			if e+1 < n && a.isPunct(e, ".") && a.toks[e].gap == 0 && a.toks[e+1].gap == 0 && a.toks[e+1].kind == kNum {
				e += 2
			}
			return e
		}
		return k
	}
	// another numbered road: "and County Road 450 E", "at SR 9"
	if a.isWord(j) && a.folded(j) == "county" && j+2 < n && a.isWord(j+1) && a.folded(j+1) == "road" && a.toks[j+2].kind == kNum {
		e := j + 3
		if e < n && a.isWord(e) && a.toks[e].shape == shSingle && compassLetter(a.tokText(e)) && !a.toks[e].nl {
			e++
		}
		return e
	}
	for q := j + 1; q < j+3 && q < n; q++ {
		if _, ok := a.highwayCodeEnd41(q); ok && (q == j+1 || a.isPunct(j+1, "-")) {
			return q + 1
		}
	}
	// a cross street another rule found ("Watt Ave")
	if c := a.candAt(int(a.toks[j].s), TypeAddress); c >= 0 && a.cands[c].s == int(a.toks[j].s) {
		return a.firstTokenFrom(a.cands[c].e)
	}
	return k
}

// compassLetter: v is a compass point of one letter.
func compassLetter(v string) bool { return v == "N" || v == "S" || v == "E" || v == "W" }

// extendStreetAddresses41: extendStreetAddresses37, then the places on
// numbered roads (a wrapper, so that the lines of run keep their
// places; see round37.go).
func (a *analysis) extendStreetAddresses41() {
	a.extendStreetAddresses37()
	a.detectHighways41()
	a.detectCrossStreetFields41()
}

// detectPrefixedCodes41: detectPrefixedCodes40, then the tags that open
// the lines of a table and the marks of vehicles (a wrapper, so that the lines of run keep their
// places; see round37.go).
func (a *analysis) detectPrefixedCodes41() {
	a.detectPrefixedCodes40()
	if a.hasPunct('-') && len(a.lineStarts) >= 3 {
		a.detectTagColumns41()
	}
	a.detectVehicleMarks41()
}

// tagCodeAt41 reads a tag at token k: letters (one part or more, upper
// case, up to four letters each) and a number of four digits or more,
// joined by hyphens ("ES-0441", "GA-TT-2281"), then a wide gap or a
// capitalised word. It returns the token after the tag, the end of its
// letters (the byte where its number starts) and whether it is one.
func (a *analysis) tagCodeAt41(k int) (int, int, bool) {
	n := len(a.toks)
	j := k
	for j+1 < n && a.isWord(j) && a.toks[j].shape == shUpper && a.toks[j].e-a.toks[j].s <= 4 && a.isPunct(j+1, "-") &&
		a.toks[j+1].gap == 0 && (j == k || a.toks[j].gap == 0) && a.cue(j)&cuBed == 0 {
		j += 2
	}
	if j == k || j >= n || a.toks[j].kind != kNum || a.toks[j].gap != 0 || a.toks[j].e-a.toks[j].s < 4 {
		return 0, 0, false
	}
	v := a.tokText(j)
	if len(v) == 4 && (v[:2] == "19" || v[:2] == "20") {
		return 0, 0, false // a year ("Q-2024")
	}
	e := j + 1
	if e < n && !a.toks[e].nl && a.toks[e].gap < 2 && !a.capShape(e) {
		return 0, 0, false
	}
	return e, int(a.toks[j].s), true
}

// detectTagColumns41 marks the tags that open the lines of a table of
// victims or patients, two lines at least with the same letters and
// another number ("ES-0441    Cleber Rosa Nunes, …", "GA-TT-2281
// Hernandez, Rubén …"): a triage tag's or a card's number.
func (a *analysis) detectTagColumns41() {
	type tag struct{ k, e, ns int }
	var buf [32]tag
	tags := buf[:0]
	for _, p := range a.lineStarts {
		k := int(p)
		if a.toks[k].kind != kWord || a.toks[k].shape != shUpper {
			continue
		}
		if e, ns, ok := a.tagCodeAt41(k); ok && len(tags) < len(buf) {
			tags = append(tags, tag{k, e, ns})
		}
	}
	if len(tags) < 2 {
		return
	}
	for x, t := range tags {
		pre := a.text[a.toks[t.k].s:t.ns]
		for y, u := range tags {
			if y != x && a.text[a.toks[u.k].s:u.ns] == pre {
				a.add(int(a.toks[t.k].s), int(a.toks[t.e-1].e), TypeID, 0.7, pGenericID)
				break
			}
		}
	}
}

// tailWords41 introduce a vehicle's mark: an aircraft's tail number, a
// boat's or a car's registration, a plate an OCR spaced out.
var tailWords41 = set(`tail aircraft registration placa plate`)

// vehicleWords41 are vehicles a registration may follow ("boat, NC
// registration NC 4471 CR").
var vehicleWords41 = set(`boat vessel pontoon vehicle car truck trailer motorcycle jet-ski jetski rv camper`)

// detectVehicleMarks41 reads an aircraft's tail number ("tail N912AL",
// "Aircraft N407MF"), a registration after a state's code or a vehicle
// ("NC registration NC 4471 CR") and a plate whose characters an OCR
// spaced out ("placa  AWR - 2 H 1 7").
func (a *analysis) detectVehicleMarks41() {
	if !a.has39(r41Tail) {
		return
	}
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r41Tail == 0 || !a.isWord(i) || i+1 >= n {
			continue
		}
		k := i + 1
		for k < n && k < i+3 && (a.isPunct(k, "#") || a.isPunct(k, ":")) && !a.toks[k].nl {
			k++
		}
		if k >= n || a.toks[k].nl || a.claimedAt(k) {
			continue
		}
		switch f := a.folded(i); f {
		case "tail", "aircraft":
			if a.toks[k].kind == kAlnum && tailNumber41(a.tokText(k)) && (k+1 >= n || a.toks[k+1].gap > 0 || a.toks[k+1].kind == kPunct) {
				a.add(int(a.toks[k].s), int(a.toks[k].e), TypeVehicle, 0.85, pLabeled)
			}
		case "registration":
			q := i - 1
			if q >= 0 && a.isPunct(q, ",") {
				q--
			}
			if !(a.isWord(q) && (a.toks[q].shape == shUpper && usStates[a.tokText(q)] || vehicleWords41[a.folded(q)]) ||
				i >= 3 && a.isPunct(i-1, ",") && vehicleWords41[a.folded(i-2)]) {
				continue
			}
			if e := a.plateRun41(k); e > k {
				a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeVehicle, 0.85, pLabeled)
			}
		default: // plate, placa
			if !a.ocr {
				continue
			}
			if e := a.plateRun41(k); e > k+1 {
				a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeVehicle, 0.85, pLabeled)
			}
		}
	}
}

// tailNumber41: v is an aircraft's registration in the United States, N
// and one to five digits and up to two letters ("N912AL", "N407MF").
func tailNumber41(v string) bool {
	if len(v) < 3 || len(v) > 6 || v[0] != 'N' || !isDigit(v[1]) || v[1] == '0' {
		return false
	}
	d := 1
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	for p := d; p < len(v); p++ {
		if !isASCIIUpper(v[p]) {
			return false
		}
	}
	return len(v)-d <= 2
}

// plateRun41 reads a plate or a registration from token k: groups of
// capitals and digits joined by blanks or hyphens ("NC 4471 CR", "AWR -
// 2 H 1 7"), five to eight characters with a letter and a digit; it
// returns the token after it (k if none).
func (a *analysis) plateRun41(k int) int {
	n := len(a.toks)
	maxGap := int16(1)
	if a.ocr {
		maxGap = 2
	}
	chars, digits, letters, e := 0, 0, 0, k
	for j := k; j < n; j++ {
		t := a.toks[j]
		if j > k && (t.nl || t.gap > maxGap) {
			break
		}
		if a.isPunct(j, "-") && j > k && j+1 < n {
			continue
		}
		if t.kind == kPunct || t.kind == kWord && (t.shape != shUpper && t.shape != shSingle || t.e-t.s > 3) {
			break
		}
		v := a.tokText(j)
		if chars+len(v) > 8 {
			break
		}
		for p := 0; p < len(v); p++ {
			switch {
			case isDigit(v[p]):
				digits++
			case isASCIIUpper(v[p]):
				letters++
			default:
				return k
			}
		}
		chars += len(v)
		e = j + 1
	}
	if chars < 5 || digits == 0 || letters == 0 {
		return k
	}
	return e
}

// policeUnits41 are the units of a police or a fire brigade numbered by
// an ordinal ("4ª DP", "40ª CIPM", "5º BPM"): a local station.
var policeUnits41 = set(`dp bpm cipm deam ddm dpm bbm gbm cpm cibm dpc cpc`)

// detectUnits41 marks a police or fire unit named by its ordinal and
// acronym ("registro na 4ª DP", "(40ª CIPM)").
func (a *analysis) detectUnits41() {
	if !a.pt || !a.has39(r41Unit) {
		return
	}
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r41Unit == 0 || i < 1 || !a.isWord(i) || a.toks[i].shape != shUpper || a.toks[i].nl || a.toks[i].gap != 1 || !a.ordinalAt(i-1) {
			continue
		}
		a.add(int(a.toks[i-1].s), int(a.toks[i].e), TypeOrganization, 0.8, pOrg)
	}
}

// detectNameBeforeRelation41 reads a name before a relation in brackets,
// as lists of occupants and victims write them: "3. Milo (grandson, 7
// M)", "Dona Neide (vizinha) …". The words must be listed names or in no
// list.
func (a *analysis) detectNameBeforeRelation41() {
	if !a.hasPunct('(') {
		return
	}
	n := len(a.toks)
	for _, ci := range a.caps {
		i := int(ci)
		if i+3 >= n || a.toks[i+1].ch != '(' || a.toks[i+1].nl || a.toks[i+1].gap > 1 || a.claimedAt(i) {
			continue
		}
		r := i + 2
		// (or with a possessive: "Lou (his son)", round42.go; there a given
		// name the medical lists hold too is a name)
		poss := false
		if a.isWord(r) && a.toks[r].gap == 0 && possessives42[a.folded(r)] && r+2 < n && a.isWord(r+1) && a.toks[r+1].gap == 1 && !a.toks[r+1].nl {
			r++
			poss = true
		} else if a.isWord(r) && a.toks[r].gap != 0 {
			continue
		}
		if !a.isWord(r) || a.lexOf(r)&lxRelation == 0 || !(a.toks[r+1].ch == ',' || a.toks[r+1].ch == ')') {
			continue
		}
		l := i + 1
		for k := i; k >= 0 && k > i-3 && (a.rosterWord41(k) || poss && a.givenAnyway42(k)) && (k == i || !a.toks[k+1].nl && a.toks[k+1].gap == 1); k-- {
			l = k
		}
		if l > i {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[i].e), TypeName, 0.75, pName)
	}
}

// rosterWord41: token k can be a word of a person's name in a list: a
// capitalised word that is a listed name or in no list, and no cue,
// place or medical word.
func (a *analysis) rosterWord41(k int) bool {
	if !a.isWord(k) || a.toks[k].shape != shTitle || a.claimedAt(k) {
		return false
	}
	x := a.lexOf(k)
	if x&(lxStop|lxMonth|lxOrgHead|lxRegion|lxCred|lxTitle|lxRelation|lxNameLabel) != 0 {
		return false
	}
	return x&(lxGiven|lxName) != 0 && x&lxMedical == 0 || a.unknownWord(k)
}

// sheriffOffices41 close the name of a county's officer before "'s"
// and the office ("Pima County Sheriff's Department").
var sheriffOffices41 = set(`sheriff coroner marshal examiner`)

// extendOrgs41 grows an organisation over a county officer's possessive
// and office: "Pima County Sheriff" + "'s Department" (the office's word
// after the possessive, which extendOrgs reads only for a plural kind).
func (a *analysis) extendOrgs41() {
	if !a.hasPunct('\'') && !a.hasPunct('-') && !a.pt {
		return
	}
	n := len(a.toks)
	for ci := 0; ci < len(a.cands); ci++ {
		c := a.cands[ci]
		if c.typ != TypeOrganization || c.e+3 >= len(a.text) {
			continue
		}
		switch a.text[c.e] {
		case '\'', ' ', 0xE2: // "'s", " - Santos", " ao Idoso", "’s"
		default:
			continue
		}
		j := a.tokAt(c.e)
		if j < n && int(a.toks[j].s) == c.e+1 && a.text[c.e] == ' ' {
			a.orgTail41(c, j)
			continue
		}
		if j < 1 || j+2 >= n || int(a.toks[j-1].e) != c.e || !a.isWord(j-1) || !sheriffOffices41[a.folded(j-1)] {
			continue
		}
		if (a.isPunct(j, "'") || a.isPunct(j, "’")) && a.toks[j].gap == 0 && a.isWord(j+1) && a.folded(j+1) == "s" && a.toks[j+1].gap == 0 &&
			a.isWord(j+2) && a.toks[j+2].gap == 1 && !a.toks[j+2].nl && a.toks[j+2].shape == shTitle {
			switch a.folded(j + 2) {
			case "department", "office", "dept":
				a.add(c.s, int(a.toks[j+2].e), TypeOrganization, c.score, c.prio)
			}
		}
	}
}

// protectionWords41 end the name of a public service before whom it
// serves: "Delegacia de Polícia de Proteção ao Idoso", "Centro de
// Atendimento à Mulher".
var protectionWords41 = set(`protecao atendimento apoio atencao assistencia defesa combate referencia acolhimento`)

// orgTail41 reads what follows the organisation c at token j: whom a
// public service serves ("… de Proteção ao Idoso") and the town after a
// letterhead's dash ("Grupamento de Bombeiros Marítimo - Santos     Posto
// 5", a listed place closing the line or its field).
func (a *analysis) orgTail41(c cand, j int) {
	n := len(a.toks)
	if j+1 >= n || a.toks[j].nl || a.toks[j+1].nl {
		return
	}
	if a.pt && a.isWord(j) && j > 0 && a.isWord(j-1) && protectionWords41[a.folded(j-1)] {
		switch a.folded(j) {
		case "ao", "a", "aos", "as":
			if a.toks[j+1].shape == shTitle && a.lexOf(j+1)&(lxStop|lxMonth) == 0 && a.toks[j+1].gap == 1 {
				a.add(c.s, int(a.toks[j+1].e), TypeOrganization, c.score, c.prio)
			}
		}
		return
	}
	if !a.isPunct(j, "-") || a.toks[j+1].gap == 0 || !a.capShape(j+1) || a.claimedAt(j+1) {
		return
	}
	e, ok := a.placeMatch(j + 1)
	if !ok || e < n && !a.toks[e].nl && a.toks[e].gap < 3 && !a.isPunct(e, "/") {
		return
	}
	a.add(int(a.toks[j+1].s), int(a.toks[e-1].e), TypeLocation, 0.7, pLocation)
}

// extendLicenseStates41 grows a licence or an identifier in brackets over
// the state's code before it: "Paramedic (TX P-1180242)".
func (a *analysis) extendLicenseStates41() {
	if !a.en || !a.hasPunct('(') || !a.hasPunct(')') {
		return
	}
	for ci := 0; ci < len(a.cands); ci++ {
		// ("(TX " before it: a precheck)
		c := a.cands[ci]
		if c.typ != TypeLicense && c.typ != TypeID || c.s < 4 || a.text[c.s-4] != '(' || a.text[c.s-1] != ' ' {
			continue
		}
		k, ok := a.tokenAt(c.s)
		if !ok || k < 2 || a.toks[k].gap != 1 || a.toks[k].nl || !a.isWord(k-1) || a.toks[k-1].shape != shUpper || !usStates[a.tokText(k-1)] || a.tokText(k-1) == "ID" ||
			a.toks[k-1].gap != 0 || !a.isPunct(k-2, "(") {
			continue
		}
		e := a.firstTokenFrom(c.e)
		if e >= len(a.toks) || !a.isPunct(e, ")") || a.toks[e].gap != 0 {
			continue
		}
		a.add(int(a.toks[k-1].s), c.e, c.typ, c.score, c.prio)
	}
}

// capsProperIn41: a word of [l, r) in capitals other than the head h is
// a listed place or name (and no cue word): "USINA SANTA CLARA".
func (a *analysis) capsProperIn41(l, r, h int) bool {
	for k := l; k < r; k++ {
		if k == h || !a.isWord(k) {
			continue
		}
		if x := a.lexOf(k); x&(lxPlace|lxGiven|lxName) != 0 && x&(lxStop|lxMedical|lxMonth|lxCred) == 0 {
			return true
		}
	}
	return false
}

// detectAddresseeLines41 reads a name written surname first on a line of
// its own above the street address, as a pharmacy's label or an
// envelope's window prints it: "HOPE, CHRISTIAN M⏎4418 TAWAS TRL, …"
// (the words may be common ones: the address makes them a person's).
func (a *analysis) detectAddresseeLines41() {
	if !a.hasPunct(',') || len(a.lineStarts) < 2 {
		return
	}
	n := len(a.toks)
	ls := a.lineStarts
	for x := 0; x+1 < len(ls); x++ {
		k, nx := int(ls[x]), int(ls[x+1])
		if nx-k < 3 || nx-k > 6 || !a.isWord(k) || a.toks[k].shape != shUpper && a.toks[k].shape != shTitle || a.claimedAt(k) {
			continue
		}
		// the next line opens with a street address
		if a.toks[nx].kind != kNum || !a.claimedAt(nx) || a.candAt(int(a.toks[nx].s), TypeAddress) < 0 {
			continue
		}
		// SURNAME[-SURNAME], GIVEN [I]
		sh := a.toks[k].shape
		j := k + 1
		for j+1 < nx && a.isPunct(j, "-") && a.toks[j].gap == 0 && a.isWord(j+1) && a.toks[j+1].shape == sh {
			j += 2
		}
		if j+1 >= nx || !a.isPunct(j, ",") || !a.isWord(j+1) || a.toks[j+1].shape != sh {
			continue
		}
		e := j + 2
		if e < nx && a.isWord(e) && a.toks[e].shape == shSingle {
			e++
			if e < nx && a.isPunct(e, ".") {
				e++
			}
		}
		if e != nx {
			continue
		}
		ok := true
		for q := k; q < e; q++ {
			if a.isWord(q) && (a.lexOf(q)&(lxStop|lxMedical|lxMonth|lxCred|lxOrgHead) != 0 && a.lexOf(q)&(lxGiven|lxName) == 0 || a.claimedAt(q)) {
				ok = false
			}
		}
		if ok && e <= n {
			a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
		}
	}
}

// late41 runs this round's passes over the identifiers found.
func (a *analysis) late41() {
	a.extendLicenseStates41()
	a.extendCPFChecks41()
	a.detectSceneBusinesses41()
}

// extendCPFChecks41 grows a CPF written in groups over its check digits
// set off by a spaced dash: "389 342 185 - 84" (the rule read the nine
// digits, valid with the check digits after them).
func (a *analysis) extendCPFChecks41() {
	if !a.pt || !a.hasPunct('-') {
		return
	}
	n := len(a.toks)
	for ci := 0; ci < len(a.cands); ci++ {
		// (a blank and a dash after it: a precheck)
		c := a.cands[ci]
		if c.typ != TypeCPF || c.e+2 >= len(a.text) || a.text[c.e] != ' ' || a.text[c.e+1] != '-' && a.text[c.e+2] != '-' {
			continue
		}
		e := a.firstTokenFrom(c.e)
		if e+1 >= n || !a.isPunct(e, "-") || a.toks[e].nl || a.toks[e+1].nl || a.toks[e+1].kind != kNum || a.toks[e+1].e-a.toks[e+1].s != 2 ||
			e+2 < n && a.toks[e+2].gap == 0 && a.toks[e+2].kind != kPunct {
			continue
		}
		d := 0
		for p := c.s; p < c.e; p++ {
			if isDigit(a.text[p]) {
				d++
			}
		}
		if d != 9 || !ValidCPF(a.text[c.s:c.e]+a.tokText(e+1)) {
			continue
		}
		a.add(c.s, int(a.toks[e+1].e), TypeCPF, c.score, c.prio)
	}
}

// districtFieldAt41: token i opens the value of a district's field
// ("Bairro :  JARDIM  BOA  ESPERANÇA", "bairro VILA NOVA").
func (a *analysis) districtFieldAt41(i int) bool {
	p := i - 1
	if p >= 0 && a.isPunct(p, ":") {
		p--
	}
	return p >= 0 && p < i && !a.toks[i].nl && a.isWord(p) && a.cue(p)&cuDistrictCue != 0
}

// serviceOpeners41 open the name of a hospital's or a network's service
// named by its kind ("Central de Regulação de Leitos", "Centro de
// Tratamento de Queimados", "Pronto-Socorro Cirúrgico", "Núcleo de
// Segurança do Paciente"), and serviceKinds41 are the words of such a
// name: none names a place or a person, so the service is no
// organisation of its own (its hospital's or town's name, when it has
// one, makes it one: "Pronto-Socorro Municipal de Cotia").
var serviceOpeners41 = set(`central centro nucleo servico pronto pronto-socorro unidade`)
var serviceKinds41 = set(`central centro nucleo servico pronto socorro pronto-socorro unidade de da do das dos e
	regulacao regulacoes leitos leito vagas internacao internacoes tratamento queimados queimadura queimaduras
	urgencia urgencias emergencia emergencias terapia intensiva intensivo atendimento triagem infantil adulto
	cirurgico cirurgica clinico medica medico hospitalar interno interna seguranca paciente pacientes
	obito obitos verificacao informacoes estadual remocao remocoes`) // (round 51: "Central Estadual de Regulação", "… de Remoções")

// genericService41: the words [l, r) name a service by its kind (see
// serviceOpeners41).
func (a *analysis) genericService41(l, r int) bool {
	if !a.pt || !a.isWord(l) || !serviceOpeners41[a.folded(l)] {
		return false
	}
	for k := l; k < r; k++ {
		if a.isWord(k) && !serviceKinds41[a.folded(k)] || !a.isWord(k) && !a.isPunct(k, "-") {
			return false
		}
	}
	return true
}

// crossWords41 open a dispatch record's cross-street field ("X-st: SE
// 17th St", "Cross st: Elm Ave", "XST: …").
var crossWords41 = set(`x cross xst xsts`)

// detectCrossStreetFields41 reads the street after a cross street's
// label: a compass point, words or an ordinal, and the street's type.
func (a *analysis) detectCrossStreetFields41() {
	if !a.has39(r41Cross) {
		return
	}
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r41Cross == 0 || !a.isWord(i) || i+3 >= n || a.toks[i].shape == shLower && a.folded(i) == "x" {
			continue
		}
		k := i + 1
		if f := a.folded(i); f == "x" || f == "cross" {
			if k < n && a.isPunct(k, "-") && a.toks[k].gap == 0 {
				k++
			}
			if !a.isWord(k) || a.toks[k].nl || k > i+1 && a.toks[k].gap != 0 {
				continue
			}
			switch a.folded(k) {
			case "st", "sts", "street", "streets":
			default:
				continue
			}
			k++
		}
		if k < n && a.isPunct(k, ".") && a.toks[k].gap == 0 {
			k++
		}
		if k >= n || !a.isPunct(k, ":") {
			continue
		}
		s := k + 1
		e := s
		for q := s; q < n && q < s+5; q++ {
			t := a.toks[q]
			if t.nl || q > s && t.gap > 1 || a.claimedAt(q) {
				break
			}
			if a.isWord(q) && t.shape != shLower && a.cue(q)&cuUSStreet != 0 && q > s {
				e = q + 1
				break
			}
			if !(a.isWord(q) && t.shape != shLower || t.kind == kAlnum && capsOrdinalRx.MatchString(strings.ToUpper(a.tokText(q))) || t.kind == kNum) {
				break
			}
		}
		if e > s {
			a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeAddress, 0.75, pAddress)
		}
	}
}

// sceneLabels41 name the field of the place where a call or an incident
// happened.
var sceneLabels41 = set(`location loc scene local`)

// detectSceneBusinesses41 reads the business a scene's field names before
// its street address: "Location: Circle K, 4400 W Ina Rd, Marana",
// "Scene: Southgate Lanes, 1180 Hebron Rd" (capitalised words up to the
// comma, the address after it).
func (a *analysis) detectSceneBusinesses41() {
	if !a.hasPunct(':') || !a.hasPunct(',') {
		return
	}
	n := len(a.toks)
	for _, p := range a.lineOrAfter(':') {
		i := int(p)
		if i < 2 || !a.isPunct(i-1, ":") || !a.isWord(i-2) || !a.capShape(i) || a.toks[i].nl || a.claimedAt(i) || a.lexOf(i)&lxGiven != 0 || !sceneLabels41[a.folded(i-2)] {
			continue
		}
		j := i
		for j < n && j < i+4 && a.isWord(j) && a.capShape(j) && !a.toks[j].nl && !a.claimedAt(j) && a.lexOf(j)&(lxStop|lxMonth|lxRegion) == 0 {
			j++
		}
		if j == i || j+1 >= n || !a.isPunct(j, ",") || a.toks[j].gap != 0 || a.toks[j+1].kind != kNum || a.candAt(int(a.toks[j+1].s), TypeAddress) < 0 {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeOrganization, 0.7, pOrg)
	}
}

// Exact prechecks of two age passes that walked every token of every
// note (each cost about as much as this round's passes together): the
// digits they need, found with strings.IndexByte.

// spacedNineIn41: s may hold a lone "9", one blank and a lone digit
// (detectSpacedAges wants two spaced digits from 90 up: "9 4 anos").
func spacedNineIn41(s string) bool {
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '9')
		if k < 0 {
			return false
		}
		k += i
		i = k + 1
		if k > 0 && isDigit(s[k-1]) || k+2 >= len(s) {
			continue
		}
		c := s[k+1]
		if c >= 0x80 {
			return true // (a blank of another script, perhaps)
		}
		if (c <= ' ' || c == 0x7f) && isDigit(s[k+2]) {
			return true
		}
	}
	return false
}

// ageNumberIn41: s may hold a number of two or three digits from 90 to
// 115 after a bracket (blanks between) or after a comma and one blank
// (detectParenAges): the brackets and commas are few, the digits after
// them are read.
func ageNumberIn41(s string) bool {
	for _, c := range [2]byte{'(', ','} {
		for i := 0; i < len(s); {
			k := strings.IndexByte(s[i:], c)
			if k < 0 {
				break
			}
			k += i
			i = k + 1
			q := k + 1
			if c == '(' {
				for q < len(s) && (s[q] <= ' ' || s[q] == 0x7f) {
					q++
				}
			} else if q < len(s) && s[q] < 0x80 {
				if s[q] > ' ' && s[q] != 0x7f {
					continue // (one blank after the comma)
				}
				q++
			}
			if q >= len(s) {
				continue
			}
			if s[q] >= 0x80 {
				return true // (a blank or a digit of another script, perhaps)
			}
			r := q
			for r < len(s) && isDigit(s[r]) {
				r++
			}
			if r-q != 2 && r-q != 3 {
				continue
			}
			if r < len(s) && s[r] >= 0x80 {
				return true
			}
			if v := atoi(s[q:r]); v >= 90 && v <= 115 {
				return true
			}
		}
	}
	return false
}
