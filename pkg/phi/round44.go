package phi

import "strings"

// Round 44 rules: medicines, vaccines and the operating theatre
// (prescriptions, dispensing labels, controlled-drug registers,
// vaccination cards, operative notes, implant logs, sterilisation
// traceability, transfusion records) and how staff talk to each other
// (e-mails, secure chats, bleep logs, handovers, rotas, incident
// reports, referral letters).

// checkboxAt44: the "]" at token k closes a form's box, ticked or not
// ("[x]", "[X]", "[ ]", "[✓]"): the word after it opens the box's line,
// as a sentence does, not a chat message after its sender's bracket.
func (a *analysis) checkboxAt44(k int) bool {
	if k < 1 {
		return false
	}
	p := k - 1
	if a.isPunct(p, "[") {
		return true // "[ ]"
	}
	if p < 1 || !a.isPunct(p-1, "[") || a.toks[p].gap != 0 || a.toks[k].gap != 0 {
		return false
	}
	switch a.tokText(p) {
	case "x", "X", "✓", "✔", "v", "V":
		return true
	}
	return false
}

// products44 are the medicines, vaccines, sutures, needles and devices a
// theatre's or a vaccination room's papers name by their brand, and the
// makers that name them (a maker that is also a common surname, Abbott,
// Baxter, is left to its context): none is a person. Eponyms of
// equations, anatomy and injuries too ("Cockcroft-Gault", "triângulo de
// Calot", "Lisfranc"); a maker's second word (Bio-Manguinhos), and the
// short forms of potassium's disorders ("per hyperK protocol").
var products44 = set(`vicryl prolene monocryl ethilon pds maxon dexon biosyn stratafix dermabond steri-strips steristrips
	tisseel surgicel floseal whitacre quincke sprotte tuohy tranexamic
	fluzone flublok fluad afluria flucelvax fluarix flulaval comirnaty spikevax novavax nuvaxovid prevnar vaxneuvance
	pneumovax rotateq rotarix gardasil boostrix adacel pentacel pediarix vaxelis kinrix quadracel bexsero trumenba
	menveo menquadfi nimenrix havrix vaqta engerix heplisav recombivax twinrix varivax proquad priorix shingrix arexvy abrysvo
	beyfortus synagis stamaril ixiaro vivotif typhim dengvaxia qdenga imovax rabavert hexaxim infanrix
	pfizer sanofi moderna astrazeneca glaxosmithkline gsk seqirus sinovac butantan fiocruz novartis
	cockcroft gault calot lisfranc manguinhos hyperk hypok`)

// common44 are the words of a ward's and a theatre's traffic that the
// word lists lack (abbreviations that open a line: "Premeds confirmed",
// "Signout to day team", "Prelim J. Ferris") and the names of the
// information systems staff write in (a rota's Kronos, remote access
// through Citrix, the national notification and regulation systems
// Notivisa and SISREG), which name no one; and Portuguese words the
// hunspell list lacks ("[x] Via aérea difícil", "Aguardo orientação",
// "Anotações da consulta", "Ligue para …").
var common44 = set(`premeds premed intra handoff handoffs signout signouts prelim phys attendings hospitalist hospitalists
	kronos citrix tigerconnect vocera pyxis omnicell notivisa sisreg sinan
	iwrs ivrs irt edc ctms
	via aguardo aguardamos aguardando anotacao anotacoes ligue`)

// Kinds of this round's trigger words (recorded with round 39's, see
// r39Kinds and note39).
const (
	r44Ext   uint64 = r43Research << (1 + iota) // extWords44
	r44Code                                     // codeWords44
	r44Role                                     // roleWords44
	r44Shift                                    // shiftWords44
)

// extWords44 come before an internal number that a hospital's staff
// dial or bleep (with round 39's "ext", "extension", "ramal"): "bleep
// 4410", "pager 3391", "bipe 212".
var extWords44 = set(`bleep bipe pager`)

// late44 runs this round's passes that read what the others found.
func (a *analysis) late44() {
	if a.ocr {
		a.detectOCRFields44()
	}
	if a.has39(r44Code) {
		a.protectProductCodes44()
	}
	if a.hasPunct('/') && a.hasPunct('-') {
		a.protectSutureSizes44()
	}
	a.detectUDI44()
	a.detectDIN44()
	a.detectExtensions44()
	if a.hasPunct('\'') {
		a.detectElidedParticles44()
	}
	if a.hasPunct(',') {
		a.detectCommaInitials44()
	}
	if a.hasPunct(':') && a.hasCue(cuOrgSuffix) {
		a.detectOrgSenders44()
	}
	if a.hasPunct('(') && a.hasPunct(']') {
		a.detectParenSpeakers44()
	}
	if a.hasPunct(')') && a.hasPunct(',') {
		a.detectBracketAges44()
	}
	if a.hasPunct('|') {
		a.detectPipeTables44()
	}
	if a.en && a.hasPunct(',') && strings.Contains(a.text, "Flat ") {
		a.detectFlatAddresses44()
	}
	if strings.Contains(a.text, "Regional") {
		if a.en {
			a.detectRegionalHospitals44()
		} else {
			a.detectRegionalSAMU44()
		}
	}
	if a.hasPunct('/') && a.hasPunct('.') {
		a.detectShortLinks44()
	}
}

// detectUDI44 reads a device's unique identifier in its GS1 form, the
// product's number after "(01)" and the application identifiers after
// it, expiry, lot and serial ("(01)00889024412345(17)290131(10)
// 64419823(21)Z117004"): the serial makes the whole string one implant's.
func (a *analysis) detectUDI44() {
	n := len(a.toks)
	for _, p := range a.classToks('(') {
		k := int(p)
		// ("(01)" and a digit, a byte precheck)
		if ks := int(a.toks[k].s); ks+4 >= len(a.text) || a.text[ks+1] != '0' || a.text[ks+2] != '1' || a.text[ks+3] != ')' {
			continue
		}
		if k+3 >= n || a.toks[k+1].kind != kNum || a.tokText(k+1) != "01" || a.toks[k+1].gap != 0 || !a.isPunct(k+2, ")") || a.toks[k+2].gap != 0 {
			continue
		}
		if t := a.toks[k+3]; t.kind != kNum || t.gap != 0 || t.e-t.s != 14 {
			continue
		}
		e := k + 4
		// "(17)290131", "(10)64419823", "(21)Z117004"
		for e+3 < n && a.isPunct(e, "(") && a.toks[e].gap == 0 && a.toks[e+1].kind == kNum && a.toks[e+1].gap == 0 && a.toks[e+1].e-a.toks[e+1].s <= 4 &&
			a.isPunct(e+2, ")") && a.toks[e+2].gap == 0 && a.toks[e+3].gap == 0 && a.toks[e+3].kind != kPunct {
			e += 4
			for e < n && a.toks[e].gap == 0 && (a.toks[e].kind != kPunct || a.isPunct(e, "-") && e+1 < n && a.toks[e+1].gap == 0 && a.toks[e+1].kind != kPunct) {
				e++
			}
		}
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeDevice, 0.9, pLabeled)
	}
}

// detectDIN44 reads the donation identification number of a blood
// component in its eye-readable ISBT 128 form: the collecting facility
// (a letter and four digits), the year (two digits), the donation's
// number (six digits) and its check character ("W1207 24 330918 4").
func (a *analysis) detectDIN44() {
	n := len(a.toks)
	for _, p := range a.classToks(tcAlnum) {
		k := int(p)
		t := a.toks[k]
		if t.e-t.s != 5 || !isASCIIUpper(a.text[t.s]) {
			if t.e-t.s >= 4 && t.e-t.s <= 6 && isDigit(a.text[t.s]) && clockOrTerm44(a.text[t.s:t.e]) {
				// (a time or a pregnancy's term: "10h40", "12w4d", "11s2d")
				a.codes43 = append(a.codes43, [2]int{int(t.s), int(t.e)})
			} else if t.e-t.s <= 3 && a.text[t.e-1] == 'a' && isDigit(a.text[t.s]) && k+1 < n {
				// (an age in years and months: "Idade: 3a 2m", round 45)
				if e := a.yearsMonths45(k); e > k {
					a.codes43 = append(a.codes43, [2]int{int(t.s), int(a.toks[e].e)})
				}
			}
			continue
		}
		if !allDigits(a.text[t.s+1:t.e]) || k+2 >= n {
			continue
		}
		y, d := a.toks[k+1], a.toks[k+2]
		if y.kind != kNum || y.e-y.s != 2 || y.nl || y.gap != 1 || d.kind != kNum || d.e-d.s != 6 || d.nl || d.gap != 1 {
			continue
		}
		e := k + 3
		if e < n && !a.toks[e].nl && a.toks[e].gap == 1 && a.toks[e].e-a.toks[e].s == 1 && a.toks[e].kind != kPunct &&
			(e+1 >= n || a.toks[e+1].nl || a.toks[e+1].gap > 0 || a.toks[e+1].kind == kPunct) {
			e++ // the check character
		}
		a.add(int(t.s), int(a.toks[e-1].e), TypeID, 0.85, pLabeled)
		// the component's product code after it names no one ("W0412 24
		// 118372 8    E0336V00")
		if e < n && !a.toks[e].nl && a.toks[e].kind == kAlnum && isbtProduct44(a.tokText(e)) {
			a.codes43 = append(a.codes43, [2]int{int(a.toks[e].s), int(a.toks[e].e)})
		}
	}
}

// isbtProduct44: v is an ISBT 128 product code, a letter, four digits, a
// letter or a digit and two digits ("E0336V00").
func isbtProduct44(v string) bool {
	return len(v) == 8 && isASCIIUpper(v[0]) && allDigits(v[1:5]) && (isASCIIUpper(v[5]) || isDigit(v[5])) && allDigits(v[6:])
}

// clockOrTerm44: v is a time written with an "h" ("10h40") or a
// pregnancy's term in weeks and days ("12w4d", "11s2d").
func clockOrTerm44(v string) bool {
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	if i == 0 || i > 2 || i+1 >= len(v) {
		return false
	}
	switch v[i] {
	case 'h', 'H':
		return len(v)-i-1 == 2 && allDigits(v[i+1:])
	case 'w', 's':
		j := i + 1
		for j < len(v) && isDigit(v[j]) {
			j++
		}
		return j > i+1 && j == len(v)-1 && v[j] == 'd'
	}
	return false
}

// detectExtensions44 reads an internal number after the word that
// introduces it ("ext 5521", "(bleep 4410)", "ramal 3318", "Ramal do
// posto: 4412"): three to five digits, standing alone (not a dose, a
// time or a decimal: "ext" is never a measure's word).
func (a *analysis) detectExtensions44() {
	if !a.has39(r39Ext | r44Ext) {
		return
	}
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&(r39Ext|r44Ext) == 0 || !a.isWord(i) {
			continue
		}
		k := i + 1
		// "ext.", "ext:", "ramal nº", "Ramal do posto:"
		for k < n && k < i+5 && !a.toks[k].nl && (a.isPunct(k, ".") || a.isPunct(k, ":") || a.isPunct(k, "#") ||
			a.isWord(k) && (a.folded(k) == "no" || a.folded(k) == "nº" || a.folded(k) == "number" || a.folded(k) == "do" || a.folded(k) == "da" || k > i+1 && (a.folded(k-1) == "do" || a.folded(k-1) == "da"))) {
			k++
		}
		if k >= n || a.toks[k].nl || a.toks[k].kind != kNum || a.toks[k].gap > 2 || a.toks[k].e-a.toks[k].s < 3 || a.toks[k].e-a.toks[k].s > 5 ||
			a.claimedAt(k) && a.candAt(int(a.toks[k].s), TypeAddress) < 0 {
			continue
		}
		if e := k + 1; e < n && a.toks[e].gap == 0 && (a.toks[e].kind != kPunct || a.toks[e].ch == 0 || (a.isPunct(e, ".") || a.isPunct(e, ",") || a.isPunct(e, ":") || a.isPunct(e, "/") || a.isPunct(e, "-")) && e+1 < n && a.toks[e+1].gap == 0 && a.toks[e+1].kind == kNum) {
			continue // "4410.5", "2214/2215", "4412-3", a knee's "ext 110°" are none of it
		}
		if te := int(a.toks[k].e); unitAfter(a.text[te:min(len(a.text), te+8)]) || strings.HasPrefix(a.text[te:min(len(a.text), te+5)], " deg") {
			continue // ("ext 120 degrees")
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypePhone, 0.8, pPhone)
	}
}

// notificationLabels44 label the number of a Brazilian prescription's
// notification, which its state's code opens ("NOTIFICAÇÃO DE RECEITA
// B - NÚMERO MG 0812256", a register's "NRB SC 2290417").
var notificationLabels44 = set(`numero nº no n nr nro nra nrb nrc notificacao`)

// statePrefix44 grows the number c over the state's code before it,
// after a notification's label.
func (a *analysis) statePrefix44(c cand) {
	k := a.firstTokenFrom(c.s)
	if k < 2 || k >= len(a.toks) || int(a.toks[k].s) != c.s || a.toks[k].nl || a.toks[k].gap != 1 {
		return
	}
	u := k - 1
	if !a.isWord(u) || a.toks[u].e-a.toks[u].s != 2 || !brStates[a.tokText(u)] || a.toks[u].nl || a.toks[u].gap != 1 ||
		!a.isWord(u-1) || !notificationLabels44[a.folded(u-1)] {
		return
	}
	a.add(int(a.toks[u].s), c.e, TypeID, c.score, c.prio)
}

// roleAbbrevs44 are the short forms of professions that Brazilian staff
// write before a colleague's given name ("Fisio Marcelo:", "Farm.
// Juliana", "Fono Lia"): the profession, not the name.
var roleAbbrevs44 = set(`farm fisio fono nutri psico`)

// stop44 are the abbreviations of a theatre's and a ward's traffic that
// look like initials in capitals: a heart's chambers on a pacemaker's
// report ("RA lead", "RV R wave"), an electrophysiology lab, the
// sterile-processing department (SPD, the Brazilian CME) and an
// infection-control service (SCIH), a resident's year (PGY-3), a
// health-care assistant (HCA), a British registrar or house officer
// (SpR, SHO), nurses in the plural (RNs), the registers of doctors and of
// controlled substances (GMC, CSR), a pacemaker's anti-tachycardia
// pacing (ATP), a gestational age (IG); the Portuguese pronouns that
// open a declaration ("Eu, …, declaro", "Nós, abaixo assinados").
var stop44 = set(`ra rv ep spd cme scih pgy hca gmc csr atp ig eu nos spr sho rns lpns cnas`)

// detectEndInitials44: detectEndInitials, then this round's name rules
// that the propagation of names should see (a wrapper, so that the lines
// of run keep their places; see round37.go).
func (a *analysis) detectEndInitials44() {
	a.detectEndInitials()
	if a.has39(r44Role | r39Role) {
		a.detectRoleNames44()
	}
	if a.has39(r44Shift) {
		a.detectShiftNames44()
	}
	if a.hasPunct(':') || a.hasPunct('-') {
		a.detectLineNames44()
	}
}

// detectLineNames44 walks the line starts once for the names a line's
// layout gives: a rota's (rotaName44) and a handover list's
// (bedDashName44). Only a line that opens with a claimed token (a
// date), a number, a code or a bed's word can hold one: the test is made
// without a branch per line (see b2u).
func (a *analysis) detectLineNames44() {
	rota, dash := a.hasPunct(':'), a.hasPunct('-')
	for _, p := range a.lineStarts {
		i := int(p)
		t := &a.toks[i]
		if b2u(a.tokClaimed[i])|b2u(t.kind == kNum)|b2u(t.kind == kAlnum)|b2u(a.cues[i]&cuBed != 0) == 0 {
			continue
		}
		if rota && a.tokClaimed[i] && a.rotaName44(i) {
			continue
		}
		if dash {
			a.bedDashName44(i)
		}
	}
}

// bedDashName44 reads the patient of a handover list's line at token i,
// after the bed's or the row's mark and a spaced dash, before the age or
// a bracket ("Leito 304 - Jailson (pront. 558.201-4), 45a", "A2 -
// Adenilson 42a - cólica renal", "4B-05 - Pham Linh, 71M"): one to three
// capitalised words, each a listed name or in no list.
func (a *analysis) bedDashName44(i int) {
	n := len(a.toks)
	k := i
	// the mark: a bed's word and its number, or a short code ("A2",
	// "12", "4B-05")
	if a.toks[k].kind == kWord {
		if a.cue(k)&cuBed == 0 {
			return
		}
		k++
	}
	m := k
	for k < n && k < m+4 && (k == i || !a.toks[k].nl) && (a.toks[k].kind == kNum || a.toks[k].kind == kAlnum && a.toks[k].e-a.toks[k].s <= 4 || a.isPunct(k, "-") && a.toks[k].gap == 0) {
		k++
	}
	if k == m || k+1 >= n || !a.isPunct(k, "-") || a.toks[k].gap == 0 || a.toks[k].nl || a.toks[k+1].gap == 0 || a.toks[k+1].nl {
		return
	}
	s := k + 1
	e := a.staffName44(s, true, false)
	if e == s {
		// one word before the age: "Adenilson 42a"
		if x := a.lexOf(s); a.isWord(s) && a.capShape(s) && a.toks[s].shape == shTitle && !a.claimedAt(s) && x&(lxGiven|lxName) != 0 && x&(lxCommon|lxStop|lxMedical|lxMonth|lxOrgHead|lxRegion) == 0 {
			e = s + 1
		} else {
			return
		}
	}
	if e >= n || a.toks[e].nl || !(a.isPunct(e, "(") || a.isPunct(e, ",") && e+1 < n && a.ageUnitAt(e+1) || a.ageUnitAt(e)) {
		return
	}
	a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
}

// roleWords44 are posts written before a colleague's name, as a title is
// ("Ward Manager Rhiannon Pugh", "HCA Ross", "Runner: Kwame", "the
// facility nurse Perpetua Ames"); with round 39's roleCues.
var roleWords44 = set(`nurse hca runner sister matron registrar spr porter handler scribe circulator perfusionist`)

// shiftWords44 name the shift a rota gives a colleague ("diurno Ribamar /
// noturno Thaís Cordeiro").
var shiftWords44 = set(`diurno noturno diurna noturna`)

// staffName44 reads a colleague's name from token k: one to three
// capitalised words on the line, each a listed name or in no list, and
// none a common, medical or cue word; a single word must close its
// phrase. It returns the token
// after the name (k if none).
func (a *analysis) staffName44(k int, single, loose bool) int {
	n := len(a.toks)
	j := k
	for j < n && j < k+3 && a.isWord(j) && (j == k || !a.toks[j].nl && a.toks[j].gap == 1) && (a.toks[j].shape == shTitle || a.toks[j].shape == shUpper) && !a.claimedAt(j) {
		x := a.staffLex44(j, loose)
		if x&(lxStop|lxMedical|lxMonth|lxOrgHead|lxRegion|lxCred|lxTitle|lxParticle) != 0 || x&lxCommon != 0 && x&lxGiven == 0 || a.toks[j].e-a.toks[j].s < 2 {
			break
		}
		if x&(lxGiven|lxName) == 0 && !a.unknownWord(j) && x != 0 {
			break
		}
		j++
	}
	if j == k {
		return k
	}
	// (a hyphenated surname's second half: "Beaumont-Hale")
	for j+1 < n && a.isPunct(j, "-") && a.toks[j].gap == 0 && a.toks[j+1].gap == 0 && a.isWord(j+1) && a.capShape(j+1) {
		j += 2
	}
	x := a.staffLex44(k, loose)
	if j == k+1 {
		closed := j >= n || a.toks[j].nl || a.toks[j].kind == kPunct && a.tokText(j) != "-" && a.tokText(j) != "'"
		if !single || !closed || x&lxCommon != 0 || x&(lxGiven|lxName) == 0 && !a.unknownWord(k) && x != 0 {
			return k
		}
		return j
	}
	// two words or more: the first a given name, or all in the lists
	if x&lxCommon != 0 {
		return k
	}
	return j
}

// detectRoleNames44 reads the name after a post (roleWords44, round
// 39's roleCues): "Ward Manager Rhiannon Pugh", "Runner: Kwame".
func (a *analysis) detectRoleNames44() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&(r44Role|r39Role) == 0 || !a.isWord(i) || a.cue(i)&cuTitle != 0 && a.toks[i].shape != shLower || i+1 >= n {
			continue
		}
		k := i + 1
		if a.isPunct(k, ":") {
			k++
		}
		if k >= n || a.toks[k].nl || a.toks[k].gap > 2 || !a.isWord(k) {
			continue
		}
		if e := a.staffName44(k, true, false); e > k {
			a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.85, pName)
		}
	}
}

// detectShiftNames44 reads the colleague a rota gives a shift ("diurno
// Ribamar / noturno RIBAMAR (TROCA …)").
func (a *analysis) detectShiftNames44() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r44Shift == 0 || !a.isWord(i) || i+1 >= n || a.toks[i+1].nl || a.toks[i+1].gap != 1 {
			continue
		}
		if e := a.staffName44(i+1, true, true); e > i+1 {
			a.add(int(a.toks[i+1].s), int(a.toks[e-1].e), TypeName, 0.85, pName)
		}
	}
}

// rotaName44 reads a rota's line at token i, a date or a range of dates
// and a colleague's name after the colon ("Feb 5 - Feb 9: Okafor", "Feb
// 19 - Feb 23: LINDQVIST"): the date opens the line, and the name closes
// it (or a bracket follows it).
func (a *analysis) rotaName44(i int) bool {
	n := len(a.toks)
	k := i
	for k < n && k < i+12 && (k == i || !a.toks[k].nl) && (a.claimedAt(k) || a.isPunct(k, "-") || a.isWord(k) && a.cue(k)&cuWeekday != 0) {
		k++
	}
	if k+1 >= n || !a.isPunct(k, ":") || a.toks[k+1].nl || a.toks[k].gap != 0 || a.candAt(int(a.toks[i].s), TypeDate) < 0 {
		return false
	}
	e := a.staffName44(k+1, true, false)
	if e == k+1 || e < n && !a.toks[e].nl && !a.isPunct(e, "(") {
		return false
	}
	a.add(int(a.toks[k+1].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
	return true
}

// staffLex44 is lexOf(k), less a common word (and a place's first word)
// when loose: after a rota's shift a capitalised word names the one on
// duty ("diurno Ribamar", a given name the lists lack), and staffName44
// reads it as a word in no list.
func (a *analysis) staffLex44(k int, loose bool) uint32 {
	x := a.lexOf(k)
	if loose && x&(lxStop|lxMedical|lxMonth|lxOrgHead|lxRegion|lxCred|lxTitle|lxParticle|lxGiven|lxName) == 0 {
		x &^= lxCommon | lxPlacePrefix
	}
	return x
}

// detectElidedParticles44 reads a Dutch surname whose particle elides
// the article ("van 't Hoff", "in 't Veld", "op 't Hof"): the particle,
// the apostrophe and the "t", then the surname in capitals.
func (a *analysis) detectElidedParticles44() {
	n := len(a.toks)
	for _, p := range a.classToks('\'') {
		q := int(p)
		if q < 1 || q+2 >= n || a.toks[q].gap != 1 || a.toks[q].nl || !a.isWord(q-1) || a.toks[q+1].gap != 0 || a.tokText(q+1) != "t" ||
			!a.isWord(q+2) || a.toks[q+2].gap != 1 || a.toks[q+2].nl || !a.capShape(q+2) || a.lexOf(q+2)&(lxStop|lxMedical|lxMonth|lxOrgHead) != 0 {
			continue
		}
		switch a.folded(q - 1) {
		case "van", "in", "op":
		default:
			continue
		}
		s := q - 1
		// (the given name before it: "Cornelis van 't Hoff")
		if s > 0 && !a.toks[s].nl && a.toks[s].gap == 1 && a.isWord(s-1) && a.capShape(s-1) && a.lexOf(s-1)&(lxGiven|lxName) != 0 && a.lexOf(s-1)&(lxStop|lxCommon|lxMonth) == 0 {
			s--
		} else if a.folded(q-1) != "van" {
			continue // ("in 't", "op 't" only after a name)
		}
		a.add(int(a.toks[s].s), int(a.toks[q+2].e), TypeName, 0.85, pName)
	}
}

// detectCommaInitials44 reads a surname and its initial closing a line
// after a comma ("EP ALERT - ICD shock - Pellegrino, L."): a listed
// surname or a word in no list, in title case or capitals.
func (a *analysis) detectCommaInitials44() {
	n := len(a.toks)
	for _, p := range a.classToks(',') {
		k := int(p)
		// (a capital and a dot after ", ", a byte precheck with one branch)
		if ke := int(a.toks[k].e); ke+2 >= len(a.text) || b2u(a.text[ke+2] == '.')&b2u(a.text[ke+1] >= 'A')&b2u(a.text[ke+1] <= 'Z') == 0 {
			continue
		}
		if k < 1 || k+2 >= n || a.toks[k].gap != 0 || a.toks[k+1].shape != shSingle || a.toks[k+1].gap != 1 || a.toks[k+1].nl || !a.isPunct(k+2, ".") || a.toks[k+2].gap != 0 ||
			k+3 < n && !a.toks[k+3].nl {
			continue
		}
		w := k - 1
		x := a.lexOf(w)
		if !a.isWord(w) || !a.capShape(w) || a.toks[w].e-a.toks[w].s < 3 || x&(lxStop|lxCommon|lxMedical|lxMonth|lxOrgHead|lxRegion|lxPlace|lxCred) != 0 || x&lxName == 0 && !a.unknownWord(w) {
			continue
		}
		a.add(int(a.toks[w].s), int(a.toks[k+1].e), TypeName, 0.8, pName)
	}
}

// detectOrgSenders44 reads a business that writes in a text thread,
// its name at the start of two lines or more before a colon
// ("Tidewater Dermatology: Marcus, your Mohs surgery …"): title-case
// words ending in an organisation's head that needs no proper word
// before it (a common word may name the business: "Tidewater"); and
// the given name it greets after the colon.
func (a *analysis) detectOrgSenders44() {
	n := len(a.toks)
	for _, p := range a.classToks(':') {
		k := int(p)
		// (the head before the colon first: a cue bit)
		if k < 2 || a.cue(k-1)&cuOrgSuffix == 0 || a.cue(k-1)&cuWeakOrgHead != 0 || a.toks[k].gap != 0 || k+1 >= n || a.toks[k+1].nl {
			continue
		}
		i := k - 1
		for i > 0 && i > k-5 && !a.toks[i].nl && a.toks[i].gap == 1 && a.isWord(i-1) && a.toks[i-1].shape == shTitle {
			i--
		}
		// (or after a chat's time in brackets: "[08:12, 05/03/2024]
		// Movimento Fisioterapia:", round 46)
		bracket := i > 0 && !a.toks[i].nl && a.isPunct(i-1, "]")
		if i == k-1 || !(i == 0 || a.toks[i].nl || bracket) || !a.isWord(i) || a.toks[i].shape != shTitle || a.toks[k-1].shape != shTitle || a.claimedAt(i) || a.lexOf(i)&(lxStop|lxMonth|lxTitle) != 0 {
			continue
		}
		name := a.text[a.toks[i].s:a.toks[k].e]
		if c := strings.Count(a.text, "\n"+name); c < 2 && !(c == 1 && strings.HasPrefix(a.text, name)) && !(bracket && strings.Count(a.text, "] "+name) >= 2) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[k-1].e), TypeOrganization, 0.8, pOrg)
		// "…: Marcus, your …"
		g := k + 1
		if g+1 < n && a.isWord(g) && a.toks[g].shape == shTitle && a.lexOf(g)&lxGiven != 0 && a.lexOf(g)&(lxStop|lxMonth|lxCommon) == 0 && a.isPunct(g+1, ",") && a.toks[g+1].gap == 0 {
			a.add(int(a.toks[g].s), int(a.toks[g].e), TypeName, 0.8, pName)
		}
	}
}

// detectShortLinks44 reads a short link that a text message sends, a
// domain of any top-level domain and a path ("tdwderm.co/f/8Q3zK",
// "bfc.link/v/W7Q2"): a label of four letters or digits or more in lower
// case, a dot, two to four lower-case letters, then a slash and the path
// up to the blank (the URL pattern takes the domains it lists).
func (a *analysis) detectShortLinks44() {
	n := len(a.toks)
	for _, p := range a.classToks('/') {
		q := int(p)
		// (a lower-case letter before it and a dot before that, a byte
		// precheck made without a branch per test)
		qs := int(a.toks[q].s)
		if qs < 7 {
			continue
		}
		if b2u(a.text[qs-1] >= 'a')&b2u(a.text[qs-1] <= 'z')&(b2u(a.text[qs-3] == '.')|b2u(a.text[qs-4] == '.')|b2u(a.text[qs-5] == '.')) == 0 {
			continue
		}
		if q < 3 || q+1 >= n || a.toks[q].gap != 0 || a.toks[q-1].gap != 0 || a.toks[q-2].gap != 0 || a.toks[q+1].gap != 0 || !a.isPunct(q-2, ".") || a.claimedAt(q-1) {
			continue
		}
		tld, lab := a.toks[q-1], a.toks[q-3]
		if tld.kind != kWord || tld.shape != shLower || tld.e-tld.s < 2 || tld.e-tld.s > 4 || lab.kind != kWord && lab.kind != kAlnum || lab.e-lab.s < 4 ||
			!(q-3 == 0 || lab.gap > 0 || lab.nl) || strings.ToLower(a.tokText(q-3)) != a.tokText(q-3) {
			continue
		}
		e := q + 1
		for e < n && a.toks[e].gap == 0 && !a.toks[e].nl {
			e++
		}
		for e > q+1 && a.toks[e-1].kind == kPunct && !a.isPunct(e-1, "/") {
			e--
		}
		if e == q+1 {
			continue
		}
		a.add(int(lab.s), int(a.toks[e-1].e), TypeURL, 0.8, pNet)
	}
}

// townAfterAddress44 reads the town and the ZIP code after a street
// address with no state between them ("22 Tamarack Ln Hampton 23666", as
// a text message writes it): one to three capitalised words, places or
// in no list, and five digits closing the phrase.
func (a *analysis) townAfterAddress44(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	if a.isPunct(k, ",") && a.toks[k].gap == 0 {
		k++ // (after the street's comma: "77 Larkspur Ln apt 3, Fairborn 45324", round 50)
	}
	j := k
	for j < n && j < k+3 && a.isWord(j) && a.toks[j].shape == shTitle && !a.toks[j].nl && a.toks[j].gap == 1 && !a.claimedAt(j) &&
		(a.lexOf(j)&lxPlace != 0 || a.unknownWord(j)) && a.lexOf(j)&(lxStop|lxMonth|lxOrgHead) == 0 {
		j++
	}
	if j == k || j >= n || a.toks[j].kind != kNum || a.toks[j].e-a.toks[j].s != 5 || a.toks[j].nl || a.toks[j].gap != 1 ||
		j+1 < n && !a.toks[j+1].nl && (a.toks[j+1].gap == 0 && !a.isPunct(j+1, ".") && !a.isPunct(j+1, ",") || a.toks[j+1].kind == kWord && a.cue(j+1)&cuMeasure != 0) {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[j-1].e), TypeLocation, 0.7, pLocStrong)
	a.add(int(a.toks[j].s), int(a.toks[j].e), TypeZIP, 0.8, pZip)
}

// townZip44 reads the ZIP code after a town that closes a street
// address, with no state between them ("418 Dunstan Ln Norfolk 23505",
// as a text message writes it): five digits closing the phrase.
func (a *analysis) townZip44(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	if k >= n || a.toks[k].kind != kNum || a.toks[k].e-a.toks[k].s != 5 || a.toks[k].nl || a.toks[k].gap != 1 || a.claimedAt(k) ||
		k+1 < n && !a.toks[k+1].nl && (a.toks[k+1].gap == 0 && !a.isPunct(k+1, ".") && !a.isPunct(k+1, ",") || a.toks[k+1].kind == kWord && a.cue(k+1)&cuMeasure != 0) {
		return
	}
	t := a.firstTokenFrom(c.s)
	if t < 1 || a.toks[t].nl || a.toks[t].gap != 1 || a.candAt(int(a.toks[t-1].s), TypeAddress) < 0 {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[k].e), TypeZIP, 0.8, pZip)
}

// detectParenSpeakers44 reads a chat's speaker written in lower case
// with a role in brackets before the colon, after the message's time
// ("[03:12] hope (pharm): hi dr wu …"): a listed name, the bracket
// holding one short word.
func (a *analysis) detectParenSpeakers44() {
	n := len(a.toks)
	for _, p := range a.classToks('(') {
		k := int(p)
		s := k - 1
		if s < 1 || k+3 >= n || a.toks[k].gap != 1 || a.toks[k].nl || !a.isWord(s) || !a.isPunct(s-1, "]") || a.toks[s].nl ||
			!a.isWord(k+1) || a.toks[k+1].gap != 0 || a.toks[k+1].e-a.toks[k+1].s > 6 || !a.isPunct(k+2, ")") || !a.isPunct(k+3, ":") || a.toks[k+3].gap != 0 {
			continue
		}
		if x := a.lexOf(s); x&(lxGiven|lxName) == 0 || x&(lxStop|lxMonth|lxTitle|lxCred) != 0 || a.toks[s].e-a.toks[s].s < 3 || a.claimedAt(s) {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[s].e), TypeName, 0.8, pName)
	}
}

// pipeColumn44 types the column named h (folded) of a table whose cells
// a bar separates (a handover's whiteboard, an OR board): csvColumn's
// names, and the short heads of a board's staff and patient columns
// ("PT", "RN", "MD/APP", "SURGEON").
func pipeColumn44(h string) string {
	if t := csvColumn(h); t != "" {
		return t
	}
	for _, w := range strings.FieldsFunc(h, func(r rune) bool { return r == ' ' || r == '/' || r == '.' || r == '-' }) {
		switch w {
		case "pt", "rn", "md", "app", "np", "surgeon", "cirurgiao", "anestesista", "anesthesia", "anesthesiologist", "attending", "enf", "enfermeira", "enfermeiro":
			return TypeName
		}
	}
	return ""
}

// pipeCells44 splits the line [s, e) at its bars into trimmed cells.
func (a *analysis) pipeCells44(s, e int, out []spacedCell43) []spacedCell43 {
	out = out[:0]
	for p := s; p <= e; {
		q := p
		for q < e && a.text[q] != '|' {
			q++
		}
		cs, ce := p, q
		for cs < ce && (a.text[cs] == ' ' || a.text[cs] == '\t') {
			cs++
		}
		for ce > cs && (a.text[ce-1] == ' ' || a.text[ce-1] == '\t' || a.text[ce-1] == '\r') {
			ce--
		}
		out = append(out, spacedCell43{cs, ce})
		p = q + 1
	}
	return out
}

// detectPipeTables44 types the cells of a table whose cells a bar
// separates under its header ("RM | PT | AGE | CC | MD/APP | RN |
// NOTES"): a header of three columns or more, one of which pipeColumn44
// types, then the rows with as many cells; a name's cell loses the
// title or the credential before the name ("Dr. Baptiste", "PA
// Kowalczyk"), and must hold a listed name or a word in no list.
func (a *analysis) detectPipeTables44() {
	var hbuf, rbuf [16]spacedCell43
	var types [16]string
	last := -1
	for _, p := range a.classToks('|') {
		s := int(a.toks[p].s)
		for s > 0 && a.text[s-1] != '\n' {
			s--
		}
		if s <= last {
			continue
		}
		e := a.lineEnd(s)
		last = e
		hs := a.pipeCells44(s, e, hbuf[:0])
		if len(hs) < 3 || len(hs) > len(hbuf) {
			continue
		}
		typed := a.typeHeader43(hs, types[:], pipeColumn44)
		if typed <= 0 {
			continue
		}
		rows := 0
		for rs := e + 1; rs < len(a.text); {
			re := a.lineEnd(rs)
			if strings.IndexByte(a.text[rs:re], '|') < 0 {
				break
			}
			rc := a.pipeCells44(rs, re, rbuf[:0])
			if len(rc) == len(hs) {
				rows++
				for c, cell := range rc {
					switch types[c] {
					case "":
					case TypeName:
						a.pipeNameCell44(cell.s, cell.e)
					default:
						a.csvCellValue(types[c], cell.s, cell.e)
					}
				}
			}
			last = re
			rs = re + 1
		}
		if rows > 0 && typed >= 2 {
			// (the header names no one: "Risk group", "Relation /
			// exposure", "Lot", round 45)
			a.codes43 = append(a.codes43, [2]int{hs[0].s, hs[len(hs)-1].e})
		}
	}
}

// pipeNameCell44 reads the name in a name's cell [s, e) of a bar table.
func (a *analysis) pipeNameCell44(s, e int) {
	k := a.firstTokenFrom(s)
	n := len(a.toks)
	// (a title or a credential, and its dot)
	for k+1 < n && int(a.toks[k].e) < e && a.isWord(k) && a.lexOf(k)&(lxTitle|lxCred) != 0 && a.lexOf(k)&lxGiven == 0 {
		k++
		if a.isPunct(k, ".") {
			k++
		}
	}
	if k >= n || int(a.toks[k].s) >= e {
		return
	}
	s = int(a.toks[k].s)
	listed, words := false, 0
	// (a surname of common words before its comma and a listed given
	// name: "RED CLOUD, Dakota", round 45)
	commaGiven := a.commaGivenCell45(k, e)
	for q := k; q < n && int(a.toks[q].s) < e; q++ {
		if !a.isWord(q) {
			// (an initial's dot, a comma after the surname, a hyphen)
			if !(a.isPunct(q, ".") && q > k && a.toks[q-1].shape == shSingle || a.isPunct(q, ",") || a.isPunct(q, "-") || a.isPunct(q, "'")) {
				return
			}
			continue
		}
		if words++; words > 5 || !a.capShape(q) && a.lexOf(q)&lxParticle == 0 {
			return
		}
		if a.toks[q].shape == shSingle {
			continue // an initial
		}
		x := a.lexOf(q)
		if q < commaGiven && x&(lxStop|lxMonth|lxCred|lxTitle) == 0 {
			continue
		}
		if x&(lxStop|lxMedical|lxMonth|lxOrgHead|lxRegion) != 0 && x&lxGiven == 0 || x&lxCommon != 0 && x&(lxGiven|lxName) == 0 {
			return
		}
		listed = listed || x&(lxGiven|lxName) != 0 || a.unknownWord(q)
	}
	if listed {
		a.add(s, e, TypeName, 0.85, pStruct)
	}
}

// nameBeforeAge44 reads the name before an age and its comma inside a
// sentence ("constatado óbito de Ondina Cruz, 101 anos"): two to four
// capitalised words, the last a listed surname, the first no sentence's
// start; a first word the lists hold as a common word too (Ondina) is a
// name there.
func (a *analysis) nameBeforeAge44(c cand) {
	k := a.firstTokenFrom(c.s)
	if k < 3 || int(a.toks[k].s) != c.s || !a.isPunct(k-1, ",") || a.toks[k-1].gap != 0 {
		return
	}
	e := k - 1
	s := e
	for s > 0 && s > e-4 && a.isWord(s-1) && a.toks[s-1].shape == shTitle && !a.claimedAt(s-1) && (s == e || !a.toks[s].nl && a.toks[s].gap == 1) &&
		a.lexOf(s-1)&(lxStop|lxMedical|lxMonth|lxOrgHead|lxRegion|lxTitle|lxCred) == 0 {
		s--
	}
	if e-s < 2 || a.toks[s].nl || a.sentenceStart(s) || a.lexOf(e-1)&lxName == 0 || a.lexOf(s)&(lxPlace|lxPlacePrefix) != 0 {
		return
	}
	a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
}

// codeWords44 label the numbers of a product, which name no one: its
// catalogue number ("REF 42-5022-006-01", beside its lot), its lot (not
// a "batch": an upload's batch is a record's), a sterilisation load ("steam load 0709-02", "carga 231001-2-04",
// "lote de esterilização 240626-AC2-07"), its registration with the
// Brazilian regulator ("registro ANVISA 10417940089").
var codeWords44 = set(`ref lot lote lots lotes load carga anvisa`)

// protectProductCodes44 finds the numbers of products and of
// sterilisation loads (codes43, as a study's numbers): after "REF" when
// its line names a lot too; after a lot's label, the lots
// it lists ("LOT 2311A07 and 2311A09", "fabricante e lote:
// Bio-Manguinhos 224VFA031Z"), but not a plot of land in an address
// ("Quadra 5, Lote 12"); after a load's label; after "ANVISA".
func (a *analysis) protectProductCodes44() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r44Code == 0 || !a.isWord(i) || i+1 >= n {
			continue
		}
		f := a.folded(i)
		k := i + 1
		switch f {
		case "ref":
			if !a.lotOnLine44(i) {
				continue
			}
		case "lote", "lot", "lots", "lotes":
			if a.candAt(int(a.toks[i].s), TypeAddress) >= 0 || i > 0 && a.isWord(i-1) && (a.folded(i-1) == "quadra" || a.folded(i-1) == "qd") {
				continue
			}
			// "lote de esterilização"
			if k+1 < n && a.isWord(k) && (a.folded(k) == "de" || a.folded(k) == "do") && a.isWord(k+1) && !a.toks[k+1].nl {
				k += 2
			}
		case "load", "carga":
		case "anvisa":
		}
		for k < n && k < i+5 && !a.toks[k].nl && (a.isPunct(k, ".") || a.isPunct(k, ":") || a.isPunct(k, "#") ||
			a.isWord(k) && (a.folded(k) == "no" || a.folded(k) == "nº" || a.folded(k) == "number" || a.folded(k) == "numero" || a.folded(k) == "n")) {
			k++
		}
		for {
			e := a.productCode44(k)
			if e == k {
				break
			}
			a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[e-1].e)})
			// another lot in the list: "and 2311A09", ", 2311A10"
			if f == "ref" || f == "load" || f == "carga" || f == "anvisa" || e+1 >= n || a.toks[e+1].nl || a.toks[e+1].gap > 1 {
				break
			}
			if a.isWord(e) && (a.folded(e) == "and" || a.folded(e) == "e") || a.isPunct(e, ",") || a.isPunct(e, "/") {
				k = e + 1
				continue
			}
			break
		}
	}
}

// lotOnLine44: the line of token i names a lot.
func (a *analysis) lotOnLine44(i int) bool {
	n := len(a.toks)
	for k := i + 1; k < n && k < i+16 && !a.toks[k].nl; k++ {
		if a.isWord(k) {
			switch a.folded(k) {
			case "lot", "lote":
				return true
			}
		}
	}
	return false
}

// productCode44 reads a product's number from token k: numbers, codes of
// letters and digits, capitals (a maker's name and its code: "Bio-
// Manguinhos 224VFA031Z", "SRM-325"), joined by hyphens, dots or slashes
// without blanks, or one blank before a code with digits; it returns
// the token after it (k if it holds no digit).
func (a *analysis) productCode44(k int) int {
	n := len(a.toks)
	j, digits := k, false
	for j < n && !a.toks[j].nl && (j == k || a.toks[j].gap == 0 || a.toks[j].gap == 1 && a.toks[j].kind != kPunct && (a.toks[j].kind != kWord || a.capShape(j)) && !digits) {
		t := a.toks[j]
		switch {
		case t.kind == kNum || t.kind == kAlnum:
			digits = true
		case t.kind == kWord && (a.capShape(j) && !digits || j > k && t.gap == 0 && a.isPunct(j-1, "-")):
		case (t.ch == '-' || t.ch == '.' || t.ch == '/') && j > k && t.gap == 0 && j+1 < n && a.toks[j+1].gap == 0 && a.toks[j+1].kind != kPunct:
		default:
			if !digits {
				return k
			}
			return j
		}
		j++
	}
	if !digits {
		return k
	}
	return j
}

// protectSutureSizes44 finds a suture's sizes ("closure 2-0/3-0/4-0
// Vicryl"), which a cluster of digits made an identifier: each a
// number, a hyphen and a zero, joined by slashes.
func (a *analysis) protectSutureSizes44() {
	n := len(a.toks)
	last := -1
	for _, p := range a.classToks('/') {
		q := int(p)
		// ("-0/" before it, a byte precheck with one branch)
		if qs := a.toks[q].s; qs < 3 || b2u(a.text[qs-1] == '0')&b2u(a.text[qs-2] == '-') == 0 {
			continue
		}
		if q <= last || q < 3 || q+3 >= n || a.tokText(q-1) != "0" || !a.isPunct(q-2, "-") || a.toks[q-3].kind != kNum || a.toks[q-3].e-a.toks[q-3].s > 2 ||
			a.toks[q+1].kind != kNum || a.toks[q+1].e-a.toks[q+1].s > 2 || !a.isPunct(q+2, "-") || a.tokText(q+3) != "0" || a.toks[q+1].gap != 0 || a.toks[q].gap != 0 {
			continue
		}
		e := q + 4
		for e+3 < n && a.isPunct(e, "/") && a.toks[e].gap == 0 && a.toks[e+1].kind == kNum && a.isPunct(e+2, "-") && a.tokText(e+3) == "0" {
			e += 4
		}
		last = e - 1
		a.codes43 = append(a.codes43, [2]int{int(a.toks[q-3].s), int(a.toks[e-1].e)})
	}
}

// deptWords44 name a department, a service or a team by its kind, with
// serviceWords and serviceKinds41: a name made of them only names no
// organisation ("Health Information Management", "Direção Clínica",
// "Hospitalist Group", "Service Desk", "Equipe de Saúde da Família",
// "Rheumatology" in a letter's "To:"), and after a hospital's head they
// name its department ("… Hospital Sterile Processing Department",
// "… Cancer Center Infusion Pharmacy", "… Hospital Transfusion
// Service").
var deptWords44 = set(`department departamento dept division divisao direction direcao diretoria secretaria secretariat
	information informacoes management gestao hospitalist hospitalists group team equipe desk
	sterile processing transfusion pharmacy farmacia laboratory laboratorio lab emergency surgery
	cirurgia general geral internal interna medicine medicina clinica clinico clinical medica medico
	retrovigilancia hemovigilancia farmacovigilancia vigilancia tecnovigilancia familia saude of the and
	cardiology rheumatology endocrine endocrinology oncology neurology dermatology gastroenterology
	nephrology pulmonology urology radiology hematology orthopedics ophthalmology pediatrics
	international regulations attendings residents nurses staff
	board tumor orders triage portal support thoracic
	student students employee employees athletics compliance setor judiciaria judiciario psicossocial psicologia`) // (round 51: "Student Health Compliance", "… Center Employee Health"; round 50: "Tumor Board Coordinator", "Orders Desk", "Patient Portal Support")

// deptAll44 is deptWords44 with serviceWords and serviceKinds41 (one
// lookup).
var deptAll44 = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []map[string]bool{deptWords44, serviceWords, serviceKinds41, deptWords54, deptWords56} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// deptWord44: word k is a department's or a service's word.
func (a *analysis) deptWord44(k int) bool { return deptAll44[a.folded(k)] }

// genericOrg44 makes a region (see protectRegions) of the organisation
// c when its words only name a department or a service by its kind; it
// cuts the department's words off a hospital or a centre before them
// (codes43). (Only an organisation whose first word is a department's,
// or whose last word is a department's tail, is read word by word.)
func (a *analysis) genericOrg44(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.s)
	if k >= n || !a.isWord(k) {
		return
	}
	l := a.firstTokenFrom(c.e) - 1
	first := a.deptWord44(k)
	if !first && (l <= k || !a.isWord(l) || !deptTails44[a.folded(l)] && !specialtyWord44(a.folded(l))) {
		return
	}
	head, generic, words := -1, true, 0
	for j := k; j <= l; j++ {
		if !a.isWord(j) {
			if !a.isPunct(j, "&") && !a.isPunct(j, "-") {
				return
			}
			continue
		}
		words++
		if j == k && first || j > k && (a.deptWord44(j) || head >= 0 && specialtyWord44(a.folded(j))) {
			if head < 0 && !generic {
				// (a department's word after a proper word, not a head's:
				// "Froedtert Endocrine" stays as it is)
				head = -2
			}
			continue
		}
		generic = false
		head = -1
		switch a.folded(j) {
		case "hospital", "center", "centre", "institute", "infirmary", "university", "college": // (round 51: "… State University Department of Athletics")
			head = j
		}
	}
	if generic {
		// standing alone, after a field's label, a line's start, a
		// dash or "the" ("To: Health Information Management <…>", "call
		// the Service Desk", not "Cabinet for Health and Family
		// Services"); one word only when it names
		// a specialty ("Medica" is an insurer)
		p := k - 1
		alone := k == 0 || a.toks[k].nl || a.isPunct(p, ":") || a.isPunct(p, "-") || a.isPunct(p, ",") || a.isWord(p) && a.folded(p) == "the"
		if alone && (words >= 2 || specialtyWord44(a.folded(k))) {
			a.regions = append(a.regions, [2]int{c.s, c.e})
		}
		return
	}
	if head >= 0 && head < l && a.isWord(head+1) && a.toks[head+1].shape != shLower {
		// (a department of a specialty: "… Hospital Department of
		// Pathology", round 47)
		deptOf := a.deptOf47(head+1, l)
		for j := head + 1; j <= l; j++ {
			if a.isWord(j) && !deptTails44[a.folded(j)] && !deptOf {
				return // ("University Hospital Laboratory Services" is one)
			}
		}
		a.codes43 = append(a.codes43, [2]int{int(a.toks[head+1].s), c.e})
	}
}

// deptTails44 are the words of a hospital's department that genericOrg44
// cuts off its name (a laboratory's services stay with it).
var deptTails44 = set(`department dept departamento sterile processing transfusion infusion pharmacy farmacia service servico
	employee health athletics`) // (round 51: "… Medical Center Employee Health", "… University Department of Athletics")

// specialtyWord44: f names a specialty or a vigilance service, a
// department alone in a letter's "To:" ("Rheumatology").
func specialtyWord44(f string) bool {
	return strings.HasSuffix(f, "ology") || strings.HasSuffix(f, "vigilancia") || f == "endocrine" || f == "orthopedics" || f == "pediatrics"
}

// countyOfficeHeads44 end the name of a county's office or service
// ("Hennepin County Public Works", "Coffee County Animal Control").
var countyOfficeHeads44 = set(`works control services service department court courts jail library commission transit health`)

// countyOffice44 grows a county c into the office it names: one to
// three title-case words after it, the last a service's head.
func (a *analysis) countyOffice44(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	j, last := k, -1
	for j < n && j < k+3 && a.isWord(j) && a.toks[j].shape == shTitle && !a.toks[j].nl && a.toks[j].gap == 1 && a.lexOf(j)&(lxMonth|lxStop) == 0 {
		if countyOfficeHeads44[a.folded(j)] {
			last = j
		}
		j++
	}
	if last < 0 {
		return
	}
	a.add(c.s, int(a.toks[last].e), TypeOrganization, 0.8, pOrg)
}

// detectRegionalHospitals44 reads a hospital named by its place and
// "Regional" alone, after a preposition ("the ED of Washington
// Regional", "transferred to Mercy Regional"): a capitalised word that
// is no common word before it, and no head after it.
func (a *analysis) detectRegionalHospitals44() {
	n := len(a.toks)
	for _, p := range a.caps {
		k := int(p)
		if a.toks[k].e-a.toks[k].s != 8 || a.folded(k) != "regional" || k < 2 || a.toks[k].nl || a.toks[k].gap != 1 || a.claimedAt(k) {
			continue
		}
		w := k - 1
		// (a place of two words: "transfer to Sioux Falls Regional", round 53)
		if w >= 2 && a.isWord(w-1) && a.toks[w-1].shape == shTitle && !a.toks[w].nl && a.toks[w].gap == 1 {
			if e, ok := a.placeMatch(w - 1); ok && e == k {
				w--
			}
		}
		if !a.isWord(w) || a.toks[w].shape != shTitle || a.toks[w].nl || a.lexOf(w)&(lxCommon|lxStop|lxMonth|lxMedical) != 0 && a.lexOf(w)&(lxPlace|lxRegion|lxName) == 0 ||
			(!a.isWord(w-1) || a.toks[w-1].shape != shLower || !placePreps[a.folded(w-1)] && a.folded(w-1) != "of" && a.folded(w-1) != "at") && !a.regionalTeam54(w, k) {
			continue
		}
		if e := k + 1; e < n && a.isWord(e) && !a.toks[e].nl && a.capShape(e) {
			continue // ("Washington Regional Medical Center": the heads' rules)
		}
		a.add(int(a.toks[w].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
	}
}

// detectRegionalSAMU44 reads a regional base of the ambulance service
// named with its number ("SAMU 192 Regional Campos Gerais"), as round 40
// reads "SAMU Regional Sudoeste".
func (a *analysis) detectRegionalSAMU44() {
	n := len(a.toks)
	for _, p := range a.caps {
		k := int(p)
		if a.toks[k].shape != shUpper || a.toks[k].e-a.toks[k].s != 4 || a.tokText(k) != "SAMU" || k+3 >= n || a.tokText(k+1) != "192" || a.toks[k+1].nl ||
			a.folded(k+2) != "regional" || a.toks[k+2].nl || a.toks[k+2].gap != 1 {
			continue
		}
		e := k + 3
		for e < n && e < k+7 && a.isWord(e) && !a.toks[e].nl && a.toks[e].gap == 1 && (a.capShape(e) || a.lexOf(e)&lxParticle != 0 && e+1 < n && a.capShape(e+1)) {
			e++
		}
		if e > k+3 {
			a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
		}
	}
}

// detectFlatAddresses44 reads a British address that opens with its
// flat: "Flat 2, 9 Priestpopple, Hexham" (the flat, the house's number
// and the street's words, which need no street type there).
func (a *analysis) detectFlatAddresses44() {
	n := len(a.toks)
	for _, p := range a.caps {
		k := int(p)
		if a.tokText(k) != "Flat" || k+4 >= n || a.toks[k+1].nl || a.toks[k+1].kind != kNum && a.toks[k+1].kind != kAlnum || a.toks[k+1].e-a.toks[k+1].s > 4 ||
			!a.isPunct(k+2, ",") || a.toks[k+3].kind != kNum || a.toks[k+3].nl || a.toks[k+3].e-a.toks[k+3].s > 4 {
			continue
		}
		e := k + 4
		for e < n && e < k+8 && a.isWord(e) && !a.toks[e].nl && a.toks[e].gap == 1 && a.capShape(e) && a.lexOf(e)&(lxStop|lxMonth) == 0 {
			e++
		}
		if e == k+4 || e < n && !a.toks[e].nl && !a.isPunct(e, ",") {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeAddress, 0.8, pAddress)
	}
}

// courseDay44: v is a course's day out of its length, "4/5", "3/10": the
// day before the days, which are fourteen at most.
func courseDay44(v string) bool {
	d, t, ok := strings.Cut(v, "/")
	if !ok || len(d) == 0 || len(d) > 2 || len(t) == 0 || len(t) > 2 || !allDigits(d) || !allDigits(t) {
		return false
	}
	dd, tt := atoi(d), atoi(t)
	return dd >= 1 && dd < tt && tt <= 14
}

// allMedical44: every word of the run [i, j) is a medical word and no
// given name, place or common word (an equation's or a sign's eponyms,
// "Cockcroft-Gault"; "near Old Lyme" is a town).
func (a *analysis) allMedical44(i, j int) bool {
	for k := i; k < j; k++ {
		if a.isWord(k) && a.lexOf(k)&(lxMedical|lxGiven|lxPlace|lxCommon) != lxMedical {
			return false
		}
	}
	return true
}

// wardWing44: the word i names a ward by its wing after the floor's
// number ("5 North", "6 South") or a tower before its number ("Tower
// 9, bed 22").
func (a *analysis) wardWing44(i int) bool {
	n := len(a.toks)
	if i > 0 && a.cue(i)&cuCompass != 0 && a.toks[i-1].kind == kNum && a.toks[i-1].e-a.toks[i-1].s <= 2 && a.toks[i].gap == 1 && !a.toks[i].nl {
		return true
	}
	return a.folded(i) == "tower" && i+1 < n && a.toks[i+1].kind == kNum && a.toks[i+1].gap == 1 && !a.toks[i+1].nl
}

// phoneRamal44: the "Ramal" at token i is a telephone's extension, not
// a rural road: a lower-case word after its "do"/"da" and a colon
// ("Ramal do posto: 4412"), or a number right after it ("ramal 3318").
func (a *analysis) phoneRamal44(i int) bool {
	n := len(a.toks)
	if a.folded(i) != "ramal" || i+1 >= n {
		return false
	}
	k := i + 1
	if a.isWord(k) && (a.folded(k) == "do" || a.folded(k) == "da") && k+2 < n && a.isWord(k+1) && a.toks[k+1].shape == shLower && a.isPunct(k+2, ":") {
		return true
	}
	return a.toks[k].kind == kNum
}

// leadWord44 (emitName): the title-case word i opens the run [i, j)
// before the name without being part of it: a Brazilian profession's
// short form ("Fisio Marcelo:", "Farm. Juliana"), a newborn's "Baby
// Girl" before the surname, or a sentence's first word that is only a
// common word ("Called Loretta Pembroke", "Prelim J. Ferris").
func (a *analysis) leadWord44(i, j int) bool {
	n := len(a.toks)
	if a.pt && a.toks[i].e-a.toks[i].s <= 5 && roleAbbrevs44[a.folded(i)] && (i+1 < j || a.isPunct(i+1, ".") && i+2 < n && a.capShape(i+2)) {
		return true
	}
	if a.en && a.cue(i)&cuBaby != 0 && i+1 < j && a.capShape(i+1) {
		switch a.folded(i) {
		case "baby", "girl", "boy", "infant", "twin":
			return true // "Baby Girl Fontenot": the newborn's surname only
		}
	}
	// "Per Advarra reporting policy": a preposition opening the
	// sentence (round 49)
	if a.en && i+1 < j && a.folded(i) == "per" && a.sentenceStart(i) {
		return true
	}
	return a.en && a.lexOf(i)&(lxCommon|lxGiven|lxName|lxPlace) == lxCommon && i+1 < j &&
		(i == 0 || a.toks[i].nl || (a.toks[i-1].ch == '.' || a.toks[i-1].ch == '!' || a.toks[i-1].ch == '?') && a.sentenceStart(i) ||
			// (a log's entry after its time and dash: "02:20 - Paged
			// Brandon Yeh, RN", round 50)
			i >= 2 && a.spacedDash(i-1) && a.toks[i-2].kind == kNum)
}

// relationLead44 (trimRun): the relation at token i, which the lists
// give as a given name too, opens the run [i, j) before a given name
// ("Son Anthony driving in"; not a field's value: "Mãe: Irma Weber").
//
//go:noinline
func (a *analysis) relationLead44(i, j int) bool {
	return a.toks[i].shape == shTitle && i+1 < j && a.isWord(i+1) && a.toks[i+1].gap == 1 && !a.isPunct(i-1, ":") && a.lexOf(i+1)&lxGiven != 0 && a.lexOf(i+1)&lxRelation == 0
}

// ocrDigit44 reads a character of a number as a scanner may print it
// (l and I for 1, O and o for 0); -1 if it is none.
func ocrDigit44(c byte) int {
	switch {
	case isDigit(c):
		return int(c - '0')
	case c == 'l' || c == 'I':
		return 1
	case c == 'O' || c == 'o':
		return 0
	}
	return -1
}

// detectOCRFields44 reads two fields of a scanned face sheet that the
// scanner garbled: an age from 90 after "AGE :" with a letter for a
// digit ("AGE :  9l"), and a rural route and its box with the digits
// spaced out ("ADDR :  R0UTE  2 ,  B0X  l l 4").
func (a *analysis) detectOCRFields44() {
	n := len(a.toks)
	for _, p := range a.classToks(':') {
		k := int(p)
		if k < 1 || k+1 >= n || !a.isWord(k-1) || a.toks[k+1].nl {
			continue
		}
		switch a.folded(k - 1) {
		case "age", "idade":
			v := a.tokText(k + 1)
			if len(v) < 2 || len(v) > 3 || a.claimedAt(k+1) {
				continue
			}
			age := 0
			for i := 0; i < len(v); i++ {
				d := ocrDigit44(v[i])
				if d < 0 {
					age = -1
					break
				}
				age = age*10 + d
			}
			if age >= 90 && age <= 125 && (k+2 >= n || a.toks[k+2].nl || a.toks[k+2].gap >= 2) {
				a.add(int(a.toks[k+1].s), int(a.toks[k+1].e), TypeAge, 0.8, pAge)
			}
		case "addr", "address", "endereco":
			a.ocrRuralRoute44(k + 1)
		}
	}
}

// ocrRuralRoute44 reads "ROUTE 2 , BOX 1 1 4" from token k: the route's
// word and number, a comma the scanner may space off, the box's word and
// its digits one by one.
func (a *analysis) ocrRuralRoute44(k int) {
	n := len(a.toks)
	switch a.folded(k) {
	case "route", "rte", "rr":
	default:
		return
	}
	j := k + 1
	if j >= n || a.toks[j].nl || a.toks[j].kind != kNum || a.toks[j].e-a.toks[j].s > 4 {
		return
	}
	j++
	if j < n && a.isPunct(j, ",") && !a.toks[j].nl {
		j++
	}
	if j >= n || a.toks[j].nl || a.folded(j) != "box" {
		return
	}
	j++
	e := j
	for e < n && !a.toks[e].nl && a.toks[e].gap <= 2 && e-j < 6 {
		v := a.tokText(e)
		ok := len(v) > 0
		for i := 0; i < len(v); i++ {
			ok = ok && ocrDigit44(v[i]) >= 0
		}
		if !ok {
			break
		}
		e++
	}
	if e == j {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeAddress, 0.8, pAddress)
}

// ordinalStreets44 name the numbered streets in words ("on W. Fourth
// St"; address.go).
var ordinalStreets44 = set(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth`)

// nameBeforeParenAge44 reads the surname before an age in brackets on a
// handover's line ("bed 2 Whitfield (95) off BiPAP"): a capitalised
// listed surname, no common word, after a bed's number or a title.
func (a *analysis) nameBeforeParenAge44(c cand) {
	k := a.firstTokenFrom(c.s)
	w := k - 2
	if w < 1 || !a.isPunct(k-1, "(") || !a.isWord(w) || !a.capShape(w) || a.claimedAt(w) || a.toks[k-1].nl {
		return
	}
	if x := a.lexOf(w); x&lxName == 0 || x&(lxCommon|lxStop|lxMedical|lxMonth|lxOrgHead|lxRegion) != 0 {
		return
	}
	if p := a.toks[w-1]; !(p.kind == kNum || p.kind == kAlnum || a.isWord(w-1) && a.lexOf(w-1)&lxTitle != 0) || a.toks[w].nl {
		return
	}
	a.add(int(a.toks[w].s), int(a.toks[w].e), TypeName, 0.8, pName)
}

// detectBracketAges44 reads an age from 90 that closes a bracket after a
// name and the patient's number ("Mr Hartigan (hosp no. RN0334512,
// 91)"): two or three digits after a comma before ")", the bracket
// opening after a capitalised name or a word in no list.
func (a *analysis) detectBracketAges44() {
	n := len(a.toks)
	for _, p := range a.classToks(')') {
		k := int(p)
		if k < 4 || a.toks[k-1].kind != kNum || !a.isPunct(k-2, ",") || a.toks[k].gap != 0 || a.claimedAt(k-1) {
			continue
		}
		v := a.tokText(k - 1)
		if len(v) < 2 || len(v) > 3 || len(v) == 2 && v < "90" || len(v) == 3 && v > "125" {
			continue
		}
		o := k - 3
		for o > 0 && o > k-10 && !a.toks[o].nl && !a.isPunct(o, "(") {
			o--
		}
		if o < 1 || !a.isPunct(o, "(") || !a.isWord(o-1) || !a.capShape(o-1) || a.toks[o].nl || o+1 >= n {
			continue
		}
		if x := a.lexOf(o - 1); x&(lxName|lxGiven) == 0 && !a.unknownWord(o-1) || x&(lxCommon|lxMedical|lxStop|lxMonth|lxOrgHead) != 0 {
			continue // ("Troponin (12/01, 95)" is a value)
		}
		a.add(int(a.toks[k-1].s), int(a.toks[k-1].e), TypeAge, 0.8, pAge)
	}
}

// dateThenTime44: v is a date and a time after a blank ("05/09/2023
// 10h40", "12/01/2024 20:00"), a field's moment, no identifier
// (labels.go).
func dateThenTime44(v string) bool {
	sp := strings.IndexByte(v, ' ')
	if sp < 6 || sp > 10 || !isDecimalOrTime(v[sp+1:]) {
		return false
	}
	seps := 0
	for i := 0; i < sp; i++ {
		switch c := v[i]; {
		case c == '/' || c == '-' || c == '.':
			seps++
		case !isDigit(c):
			return false
		}
	}
	return seps == 2
}

// skipLeads44 (emitName) passes over the words that open the run [i, j)
// before the name (leadWord44, and the dot after a short form); j or
// more if nothing is left.
func (a *analysis) skipLeads44(i, j int) int {
	for i < j && a.toks[i].shape == shTitle && a.leadWord44(i, j) {
		if i++; i < j && a.isPunct(i, ".") {
			i++
		}
	}
	if a.pt && i+2 < j && a.lexOf(i)&(lxCommon|lxGiven|lxName|lxPlace) == lxCommon {
		i = a.ptLead49(i) // "Ligação de Osmar Lacerda" (round49.go)
	}
	return i
}

// timeSuffix44: token i is a time's "AM" or "PM" after its digits.
func (a *analysis) timeSuffix44(i int) bool {
	t := a.toks[i]
	return t.e-t.s == 2 && i > 0 && a.toks[i-1].kind == kNum && (a.tokText(i) == "AM" || a.tokText(i) == "PM")
}

// verbForm44 (detectNames): the lower-case word i after a relation is a
// Portuguese verb's form before its complement, no name ("meu pai mora
// comigo").
func (a *analysis) verbForm44(i int) bool {
	n := len(a.toks)
	return a.pt && i+1 < n && a.toks[i+1].shape == shLower && !a.toks[i+1].nl && a.lexOf(i+1)&lxCommon != 0 && a.lexOf(i+1)&lxGiven == 0 && a.v.ptDerived(a.folded(i))
}

// relativeGiven44 (detectNames): the run [ri, rj) after a relation is
// one given name in title case that the medical lists hold too ("Son
// Anthony driving in", "daughter Iris called").
func (a *analysis) relativeGiven44(ri, rj int) bool {
	return rj == ri+1 && a.toks[ri].shape == shTitle && a.lexOf(ri)&lxGiven != 0 && a.lexOf(ri)&(lxStop|lxMonth|lxRegion) == 0
}

// postOrWard44 (dictName): the word i opens a post ("Staff Nurse",
// "Charge Nurse") or names a ward (wardWing44).
func (a *analysis) postOrWard44(i, j int) bool {
	return j < len(a.toks) && a.isWord(j) && a.toks[j].gap == 1 && a.toks[j].shape == shTitle && a.lexOf(j)&(lxTitle|lxCred|lxRelation) != 0 || a.wardWing44(i)
}

// slashRecord44 (detectCommaNames): a register's record number follows
// the name at token e after a spaced slash ("NAKAGAWA, EMI /
// CV-004431").
func (a *analysis) slashRecord44(e int) bool {
	n := len(a.toks)
	return a.isPunct(e, "/") && a.toks[e].gap >= 1 && e+1 < n && !a.toks[e+1].nl && a.toks[e+1].gap >= 1 &&
		(a.toks[e+1].kind == kAlnum || a.toks[e+1].kind == kNum || a.toks[e+1].shape == shUpper && e+2 < n && a.isPunct(e+2, "-"))
}

// ordinalWordAt44 (detectAddresses): token k is a numbered street's
// ordinal in words, in title case ("Fourth").
func (a *analysis) ordinalWordAt44(k int) bool {
	return a.toks[k].shape == shTitle && ordinalStreets44[a.folded(k)]
}
