package phi

import "strings"

// Round 36 rules (legal and administrative paperwork, and the dev genres
// again): the offices of a county or a town named by the officer who
// holds them ("Pike County Coroner's Office"); a vehicle's make and model
// kept from the names; Brazilian court case numbers; chat senders with
// their relation, names typed in lower case where a message gives a
// person's identity, relatives named beside the relation; practices named
// by common words in a field of their own; street addresses the patterns
// leave in pieces; a legal paper's day ("this 21st day of October");
// identifiers a chat asks for and the next message gives; and, against
// over-reach, statutes' numbers, documents' titles, laws and posts.

// officeRoles hold an office of a county or a town: "Lassen County
// Sheriff's Office", "Pima County Public Defender's Office",
// "Harnett County Medical Examiner".
var officeRoles = set(`sheriff coroner defender attorney examiner clerk prosecutor marshal assessor treasurer recorder solicitor auditor constable`)

// localBodyWords name the local unit an office serves.
var localBodyWords = set(`county parish city town township borough village district`)

// detectPublicOffices reads the office of a county's or a town's officer:
// "<Place> County <Role>'s Office", and a county's coroner or medical
// examiner without it ("Harnett County Medical Examiner"). The words
// before the role must name the place: a county word after a capitalised
// word, or a listed place ("Deputy County Attorney" names no one's
// office).
func (a *analysis) detectPublicOffices() {
	n := len(a.toks)
	for _, ci := range a.caps {
		k := int(ci)
		if a.toks[k].nl || k < 2 {
			continue
		}
		// (the apostrophe or the word first: most capitalised words fail
		// there, before the map)
		f := a.folded(k)
		r := k + 1 // the end of the office's name
		if k+3 < n && (a.toks[k+1].ch == '\'' || a.isPunct(k+1, "’")) && a.toks[k+1].gap == 0 && a.isWord(k+2) && a.folded(k+2) == "s" && a.toks[k+2].gap == 0 &&
			a.isWord(k+3) && a.folded(k+3) == "office" && a.capShape(k+3) && a.toks[k+3].gap == 1 && !a.toks[k+3].nl && officeRoles[f] {
			r = k + 4
		} else if f != "coroner" && f != "examiner" {
			continue
		}
		// back over the capitalised words of the place ("Medical", "Public",
		// "District" qualify the role)
		l, placed := k, false
		for l > 0 && k-l < 6 {
			p := l - 1
			if !a.isWord(p) || !a.capShape(p) || a.toks[l].nl || a.toks[l].gap != 1 || a.lexOf(p)&(lxTitle|lxStop|lxLabel|lxNameLabel|lxCred) != 0 && !localBodyWords[a.folded(p)] && a.folded(p) != "medical" {
				break
			}
			if x := a.lexOf(p); localBodyWords[a.folded(p)] && p > 0 && a.isWord(p-1) && a.capShape(p-1) && !a.toks[p].nl && a.toks[p].gap == 1 && a.lexOf(p-1)&(lxTitle|lxStop|lxLabel|lxNameLabel|lxCred) == 0 || x&(lxPlace|lxRegion) != 0 && a.toks[p].shape == shTitle {
				placed = true
			}
			l = p
		}
		if !placed || l == k {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.85, pOrg)
	}
}

// protectVehicles keeps a vehicle's make and model from the names, places
// and organisations (as protectRegions keeps a state's): "2016 Toyota
// Tacoma", "blue 2009 Chevy Silverado, KY plate …", "moto Honda Biz,
// placa …" (productRun wants a year, a vehicle's word or a colour before
// the make, or a plate after the model).
func (a *analysis) protectVehicles() {
	if !a.hasCue(cuVehicle) {
		return
	}
	n := len(a.toks)
	wide := int16(1)
	if a.ocr {
		wide = 3 // "moto  Honda  Biz"
	}
	for _, ci := range a.caps {
		i := int(ci)
		if a.cue(i)&cuVehicle == 0 {
			continue
		}
		j := i + 1
		for j < n && j < i+4 && !a.toks[j].nl && a.toks[j].gap <= wide {
			t := a.toks[j]
			if t.kind == kPunct && t.ch == '-' && t.gap == 0 && j+1 < n && a.toks[j+1].gap == 0 && a.toks[j+1].kind != kPunct {
				j += 2 // "F-150", "CR-V"
				continue
			}
			if t.gap == 0 || !(t.kind == kAlnum || t.kind == kWord && a.capShape(j) && a.lexOf(j)&(lxStop|lxMonth) == 0) {
				break
			}
			j++
		}
		if a.productRun(i, j) {
			a.regions = append(a.regions, [2]int{int(a.toks[i].s), int(a.toks[j-1].e)})
		}
	}
}

// detectCourtNumbers reads a Brazilian court case's unified number (CNJ:
// NNNNNNN-DD.AAAA.J.TR.OOOO), with or without the label before it
// ("RTOrd 0021734-55.2023.5.15.0011"): its year and court are no date.
func (a *analysis) detectCourtNumbers() {
	for _, cl := range a.numericClusters() {
		if cl.digits != 20 || cl.seps&6 != 6 || cl.glued {
			continue
		}
		for _, m := range a.findShapes(cl, "ddddddd-dd.dddd.d.dd.dddd") {
			a.addNorm(m[0], m[1], TypeID, 0.9, pChecksum)
		}
	}
}

// detectKinSenders reads the sender of a chat message who gives their
// relation to the patient: in brackets before the colon ("[21:03]
// Zuleide (neta): …"), or as the relative of a person named after
// "D." or "Dona" ("[19:32] Cris filha D. Lurdes: …", the mother named as
// the sender's reference).
func (a *analysis) detectKinSenders() {
	if !a.hasPunct(':') || !a.hasPunct('(') && !a.hasPunct('.') {
		return
	}
	n := len(a.toks)
	for _, li := range a.lineOrAfter(']') {
		i := int(li)
		if i > 0 && !a.toks[i].nl && !a.isPunct(i-1, "]") {
			continue
		}
		// the sender's words, one to three in title case
		j := i
		for j < n && j < i+3 && a.isWord(j) && a.toks[j].shape == shTitle && (j == i || !a.toks[j].nl && a.toks[j].gap == 1) {
			j++
		}
		if j == i || j+3 >= n || a.toks[j].nl || a.claimedAt(i) {
			continue
		}
		// (a word that is also a common one, "Zuleide", names the sender
		// before a relation in brackets; the lists vouch for the other)
		bad, listed := false, true
		for k := i; k < j; k++ {
			x := a.lexOf(k)
			if x&(lxStop|lxLabel|lxNameLabel|lxTitle|lxCred|lxMonth|lxMedical|lxOrgHead|lxRelation|lxGreet|lxRegion) != 0 {
				bad = true
			}
			if !(x&(lxGiven|lxName) != 0 || a.unknownWord(k)) {
				listed = false
			}
		}
		if bad {
			continue
		}
		switch {
		case a.isPunct(j, "(") && a.isWord(j+1) && a.lexOf(j+1)&lxRelation != 0 && a.isPunct(j+2, ")") && a.isPunct(j+3, ":") && a.toks[j+3].gap == 0:
			a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeName, 0.8, pName)
		case listed && a.pt && a.isWord(j) && a.lexOf(j)&lxRelation != 0 && a.toks[j].shape == shLower:
			// "Cris filha D. Lurdes:", "Rosa filha de Dona Lurdes:"
			k := j + 1
			if k < n && a.isWord(k) && (a.folded(k) == "de" || a.folded(k) == "da" || a.folded(k) == "do") {
				k++
			}
			if k+1 < n && a.isWord(k) && (a.tokText(k) == "D" && a.isPunct(k+1, ".") && a.toks[k+1].gap == 0 || a.folded(k) == "dona" || a.folded(k) == "seu") {
				if a.isPunct(k+1, ".") {
					k++
				}
				k++
				if k+1 < n && a.isWord(k) && a.toks[k].shape == shTitle && !a.toks[k].nl && a.isPunct(k+1, ":") && a.lexOf(k)&(lxStop|lxLabel|lxTitle|lxMonth|lxMedical) == 0 {
					a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeName, 0.8, pName)
					a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.8, pName)
				}
			}
		}
	}
}

// attnWords open the line under an addressee's name ("Attn: Medical
// Records", "A/C Setor de Faturamento").
var attnWords = set(`attn attention att`)

// detectFieldOrgs reads a practice named by common words before its head
// that fills its own field: the addressee's line above "Attn:"
// ("Ridgeline Dermatology⏎Attn: Medical Records"), or the last field of a
// signature after a credential ("Lena Brandt, MD | Colorectal Surgery |
// Thornbury Health"). Two to four capitalised words ending in an
// organisation's head; a specialty after a credential is no name.
func (a *analysis) detectFieldOrgs() {
	n := len(a.toks)
	for _, ci := range a.caps {
		h := int(ci)
		if a.cue(h)&cuOrgSuffix == 0 || a.claimedAt(h) || a.toks[h].nl || h+1 < n && !a.toks[h+1].nl && !a.isPunct(h+1, "|") {
			continue
		}
		l := h
		for l > 0 && h-l < 3 && a.isWord(l-1) && a.capShape(l-1) && !a.toks[l].nl && a.toks[l].gap == 1 && !a.claimedAt(l-1) &&
			a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxCred|lxNameLabel|lxLabel) == 0 {
			l--
		}
		if l == h {
			continue
		}
		switch {
		case (l == 0 || a.toks[l].nl) && h+3 < n && a.toks[h+1].nl && a.isWord(h+1) && attnWords[a.folded(h+1)] && (a.isPunct(h+2, ":") || a.isPunct(h+2, ".")):
		case l >= 3 && a.isPunct(l-1, "|") && !a.toks[l-1].nl && (h+1 >= n || a.toks[h+1].nl) && a.credOnLine(l-1) && !a.specialtyAfterClinician(l, h+1):
		default:
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[h].e), TypeOrganization, 0.8, pOrg)
	}
}

// credOnLine: a credential stands before token k on its line.
func (a *analysis) credOnLine(k int) bool {
	for q := k - 1; q >= 0; q-- {
		if a.isWord(q) && a.lexOf(q)&lxCred != 0 && a.toks[q].shape == shUpper {
			return true
		}
		if a.toks[q].nl {
			return false
		}
	}
	return false
}

// bridgeNameParticles joins two names of the note that a particle
// separates into the one name they are ("Rodnei das Graças Pinto" found
// as "Rodnei" and "Graças Pinto": the rules weigh the runs apart).
func (a *analysis) bridgeNameParticles() {
	n := len(a.toks)
	for ci, m := 0, len(a.cands); ci < m; ci++ {
		c := a.cands[ci]
		if c.typ != TypeName {
			continue
		}
		k := a.tokAt(c.e) // the particle, right after the name
		if k == 0 || k+1 >= n || int(a.toks[k-1].e) != c.e || !a.isWord(k) || a.toks[k].shape != shLower || a.raws[k]&lxParticle == 0 ||
			a.toks[k].nl || a.toks[k+1].nl || a.toks[k].gap != 1 || a.toks[k+1].gap != 1 || !a.capShape(k+1) || a.lexOf(k)&lxParticle == 0 || a.claimedAt(k) || a.twoGiven42(k) || a.pt && a.twoNames46(k) {
			continue
		}
		if r := a.candAt(int(a.toks[k+1].s), TypeName); r >= 0 && a.cands[r].s == int(a.toks[k+1].s) {
			a.add(c.s, a.cands[r].e, TypeName, max(c.score, a.cands[r].score), pName)
		}
	}
}

// spelledNumber: f writes a building's number in words ("One Steadfast
// Plaza").
func spelledNumber(f string) bool {
	switch f {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// extendStreetAddresses completes the US street addresses the patterns
// leave in pieces: a house number and a direction before a street named
// by a number ("2200 E 12 Mile Rd", found as "12 Mile Rd"); two streets
// of a crossing joined by "and" ("Lomas Blvd and Eubank Ave"); and a
// building numbered in words, "Two Meridian Plaza", before its town and
// ZIP on the line; and, in OCR, a suite after the blank OCR puts before
// the comma, its number spaced ("… Pkwy ,  Ste  2 O 4").
func (a *analysis) extendStreetAddresses() {
	if !a.en {
		return
	}
	nt := len(a.toks)
	for ci, m := 0, len(a.cands); ci < m; ci++ {
		c := a.cands[ci]
		if c.typ != TypeAddress {
			continue
		}
		r := a.tokAt(c.s)
		if r < 1 || r >= nt || int(a.toks[r].s) != c.s || a.toks[r].nl {
			continue
		}
		// "2200 E 12 Mile Rd": the street's number is one or two digits
		if t := a.toks[r]; t.kind == kNum && t.e-t.s <= 2 && r >= 2 {
			q := r - 1
			if a.isWord(q) && compassAbbr[a.tokText(q)] && a.toks[q].gap == 1 && !a.toks[q].nl {
				q--
			}
			if q >= 0 && q < r && a.toks[q].kind == kNum && a.toks[q].e-a.toks[q].s <= 6 && a.toks[q+1].gap == 1 && !a.toks[q+1].nl &&
				(q == 0 || a.toks[q].nl || a.toks[q].gap >= 2 || a.isPunct(q-1, ",") || a.isPunct(q-1, ":")) {
				a.add(int(a.toks[q].s), c.e, TypeAddress, c.score, pAddress)
			}
		}
		// "Lomas Blvd and Eubank Ave"
		if k := r - 1; k >= 1 && a.isWord(k) && (a.folded(k) == "and" || a.tokText(k) == "&") && !a.toks[k].nl && a.toks[k].gap == 1 {
			e := int(a.toks[k-1].e)
			for _, d := range a.cands[:m] {
				if d.typ == TypeAddress && d.e == e && a.cue(k-1)&cuUSStreet != 0 {
					a.add(d.s, c.e, TypeAddress, c.score, pAddress)
					break
				}
			}
		}
	}
	// "4 1 0  Medical  Pkwy ,  Ste  2 O 4": the suite after OCR's blank
	// before the comma, its number spaced
	for ci, m := 0, len(a.cands); a.ocr && ci < m; ci++ {
		c := a.cands[ci]
		if c.typ != TypeAddress {
			continue
		}
		r := a.tokAt(c.e)
		if r+2 >= nt || !a.isPunct(r, ",") || a.toks[r].nl || a.toks[r].gap == 0 || !a.isWord(r+1) || !unitWordsOCR[a.folded(r+1)] || a.toks[r+1].nl {
			continue
		}
		k := r + 2
		if a.isPunct(k, ".") {
			k++
		}
		e, digits := k, 0
		for e < nt && !a.toks[e].nl && (e == k || a.toks[e].gap == 1) && (a.toks[e].kind == kNum || a.toks[e].kind == kWord && a.toks[e].e-a.toks[e].s == 1 ||
			e > k && a.isPunct(e, "-") && e+1 < nt && a.toks[e+1].gap <= 1 && a.toks[e+1].e-a.toks[e+1].s == 1 && !a.toks[e+1].nl) { // "1 0 4 - C"
			if a.toks[e].kind == kNum {
				digits++
			}
			e++
		}
		if digits > 0 && e-k <= 6 {
			a.add(c.s, int(a.toks[e-1].e), TypeAddress, c.score, pAddress)
		}
	}
	// "Two Meridian Plaza · Columbus, OH 43215"
	for _, ci := range a.caps {
		i := int(ci)
		if a.toks[i].shape != shTitle || a.toks[i].e-a.toks[i].s > 5 || !spelledNumber(a.folded(i)) || a.claimedAt(i) || !(i == 0 || a.toks[i].nl || a.toks[i].gap >= 2 || a.toks[i-1].kind == kPunct) {
			continue
		}
		j := i + 1
		for j < nt && j < i+4 && a.isWord(j) && a.toks[j].shape == shTitle && a.toks[j].gap == 1 && !a.toks[j].nl && a.cue(j)&cuStreet == 0 && a.lexOf(j)&(lxStop|lxMonth) == 0 {
			j++
		}
		if j == i+1 || j >= nt || !a.isWord(j) || a.cue(j)&cuStreet == 0 || a.toks[j].shape != shTitle || a.toks[j].nl || a.toks[j].gap != 1 || !a.zipOnLine(j+1) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[j].e), TypeAddress, 0.8, pAddress)
	}
}

// unitWordsOCR open a unit's number after a street address.
var unitWordsOCR = set(`ste suite apt unit rm room`)

// zipOnLine: a five-digit ZIP after a state code follows token k on its
// line ("… · Columbus, OH 43215").
func (a *analysis) zipOnLine(k int) bool {
	for q := k; q < len(a.toks) && q < k+12; q++ {
		if q > k && a.toks[q].nl {
			return false
		}
		if a.toks[q].kind == kNum && a.toks[q].e-a.toks[q].s == 5 && q > 0 && a.isWord(q-1) && usStates[a.tokText(q-1)] {
			return true
		}
	}
	return false
}

// lowerNameRun reads a name typed in lower case from token k: a listed
// given name, then listed names, particles between them and initials
// with their dot ("marcos antonio feitosa lima", "lucia m.
// barreto"). Common words are allowed when listed as names; function,
// clinical, month and cue words are not; a word in no list is let in
// without counting. It returns the end of the run and the number of
// listed name words in it.
func (a *analysis) lowerNameRun(k int) (int, int) {
	const bad = lxStop | lxMedical | lxMonth | lxCred | lxTitle | lxRegion | lxRelation
	n := len(a.toks)
	if k >= n || !a.isWord(k) || a.toks[k].shape != shLower || a.lexOf(k)&lxGiven == 0 || a.lexOf(k)&bad != 0 || a.toks[k].e-a.toks[k].s < 3 {
		return k, 0
	}
	j, words, last := k+1, 1, k+1
	for j < n && a.isWord(j) && !a.toks[j].nl && a.toks[j].gap == 1 && a.toks[j].shape == shLower {
		x := a.lexOf(j)
		switch {
		case x&lxParticle != 0 && j+1 < n && a.isWord(j+1) && a.toks[j+1].gap == 1:
			j++
			continue
		case a.toks[j].e-a.toks[j].s == 1 && j+1 < n && a.isPunct(j+1, ".") && a.toks[j+1].gap == 0:
			j += 2 // "a."
			last = j
			continue
		case x&(lxGiven|lxName) != 0 && x&bad == 0 && a.toks[j].e-a.toks[j].s >= 3:
			words++
			j++
			last = j
			continue
		case a.unknownWord(j) && a.toks[j].e-a.toks[j].s >= 4:
			// a surname the lists lack ("feitosa"), inside the run
			j++
			last = j
			continue
		}
		break
	}
	return last, words
}

// detectLowerNameFields reads names typed in lower case in a chat where
// the message gives the person's identity: a name before the date of
// birth or the CPF ("Dona Tereza: marcos antonio feitosa lima,
// 02/02/1958, cpf …", "sebastião ferraz de lima cpf 320 …"), or after a name label and the identifier that
// fills it first ("Cliente: 529.982.247-25, lucia m. barreto").
func (a *analysis) detectLowerNameFields() {
	if !a.hasPunct(':') {
		return
	}
	n := len(a.toks)
	for _, ci := range a.lineOrAfter(':') {
		k := int(ci)
		if k == 0 || a.toks[k].nl || !a.isPunct(k-1, ":") || k >= n {
			continue
		}
		// "Cliente: 529.982.247-25, lucia …": past the identifier
		if (a.toks[k].kind == kNum || a.toks[k].kind == kAlnum) && a.claimedAt(k) && k >= 2 && a.isWord(k-2) && a.lexOf(k-2)&lxNameLabel != 0 {
			q := k
			for q < n && !a.toks[q].nl && (a.claimedAt(q) || a.toks[q].kind == kPunct && a.toks[q].gap == 0 && !a.isPunct(q, ",")) {
				q++
			}
			if q+1 < n && a.isPunct(q, ",") && !a.toks[q+1].nl {
				if e, w := a.lowerNameRun(q + 1); w >= 2 && (e >= n || a.toks[e].nl || a.toks[e].kind == kPunct) && !a.claimedAt(q+1) {
					a.add(int(a.toks[q+1].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
				}
			}
			continue
		}
		e, w := a.lowerNameRun(k)
		if w >= 2 && a.identityAfter43(e) && !a.claimedAt(k) {
			// (no comma: "sebastião ferraz de lima cpf 320 …")
			a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
			continue
		}
		if w < 2 || e+1 >= n || !a.isPunct(e, ",") || a.toks[e+1].nl || a.claimedAt(k) {
			continue
		}
		// the identity after it: a date of birth, a CPF
		if nx := e + 1; a.toks[nx].kind == kNum && a.claimedAt(nx) && a.candAt(int(a.toks[nx].s), TypeAddress) < 0 || a.isWord(nx) && identityWords[a.folded(nx)] { // (not a street's number, round 56)
			a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
		}
	}
}

// identityWords label a person's identity after their name.
var identityWords = set(`cpf rg cns dn nasc nascida nascido dob born`)

// kinPossessives come before a relation that names a relative next ("his
// wife june", "her sister ivy"; "a carmen minha esposa").
var kinPossessives = set(`his her my our their your minha meu sua seu nossa nosso`)

// lowerKinAt reads a relative's given name typed in lower case next to
// the relation, as chats write it: after "his wife", "my son" ("his wife
// june just left"), or before "minha mulher" ("posso levar a rita minha
// mulher?"). The word must be a listed given name; a month or a common
// word is one there ("august", "ivy"), a modal verb is not ("my son may").
func (a *analysis) lowerKinAt(i int) {
	n := len(a.toks)
	t := a.toks[i]
	if i+1 >= n || t.shape != shLower || t.nl || a.lexOf(i)&lxRelation == 0 {
		return
	}
	// "her husband august"
	if a.isWord(i-1) && kinPossessives[a.folded(i-1)] && a.en {
		if k := i + 1; a.kinGiven(k) {
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.7, pName)
		}
		return
	}
	// "a carmen minha esposa"
	if a.pt && i >= 3 && a.isWord(i-1) && kinPossessives[a.folded(i-1)] && !a.toks[i-1].nl && a.kinGiven(i-2) && a.isWord(i-3) &&
		(a.folded(i-3) == "a" || a.folded(i-3) == "o") {
		a.add(int(a.toks[i-2].s), int(a.toks[i-2].e), TypeName, 0.7, pName)
	}
}

// detectLowerChatNames walks the words once for lowerKinAt (a relation in
// lower case) and textMessageNameAt (a listed given name), the vocabulary
// flags first.
func (a *analysis) detectLowerChatNames() {
	dash := a.hasPunct('-')
	for k := 1; k < len(a.toks); k++ {
		r := a.raws[k] // (zero for a token that is no word)
		if r&(lxRelation|lxGiven) == 0 {
			continue
		}
		if r&lxRelation != 0 {
			a.lowerKinAt(k)
		}
		if dash && r&lxGiven != 0 {
			a.textMessageNameAt(k)
		}
	}
}

// kinGiven: token k, on the relation's line, is a given name in lower case
// that may be read as one there.
func (a *analysis) kinGiven(k int) bool {
	t := a.toks[k]
	if t.kind != kWord || t.shape != shLower || t.nl || t.gap != 1 || t.e-t.s < 3 || a.claimedAt(k) {
		return false
	}
	x := a.lexOf(k)
	return x&lxGiven != 0 && x&(lxStop|lxCred|lxTitle|lxRelation|lxParticle) == 0 && !modalWords[a.folded(k)]
}

var modalWords = set(`may will can shall might must`)

// dayOfMonthDates extends a date that opens with its month back over the
// day written as legal papers write it: "this 21st day of October, 2023",
// "aos 14 dias do mês de março de 2024", and OCR's "1 4 th  day  of
// March , 2 0 2 4".
func (a *analysis) dayOfMonthDates() {
	nc := len(a.cands)
	for ci := 0; ci < nc; ci++ {
		c := a.cands[ci]
		if c.typ != TypeDate {
			continue
		}
		m := a.tokAt(c.s)
		if m < 3 || m >= len(a.toks) || int(a.toks[m].s) != c.s || !a.isWord(m) || a.lexOf(m)&lxMonth == 0 {
			continue
		}
		// "of", "de", "do mês de"
		k := m - 1
		switch {
		case a.isWord(k) && a.folded(k) == "of":
			k--
		case a.isWord(k) && a.folded(k) == "de" && k >= 2 && a.isWord(k-1) && a.folded(k-1) == "mes" && a.isWord(k-2) && a.folded(k-2) == "do":
			k -= 3
		case a.isWord(k) && a.folded(k) == "de":
			k--
		default:
			continue
		}
		if k < 1 || !a.isWord(k) || !dayWords[a.folded(k)] || a.toks[k+1].nl {
			continue
		}
		k--
		s := -1
		switch t := a.toks[k]; {
		case t.kind == kAlnum && ordinalDay(a.tokText(k)):
			s = k // "14th"
		case t.kind == kNum && t.e-t.s <= 2 && atoi(a.tokText(k)) >= 1 && atoi(a.tokText(k)) <= 31:
			s = k // "aos 14 dias"
		case t.kind == kWord && ordinalSuffixes[a.folded(k)] && k > 0:
			// "14 th", "2 1 st" (OCR)
			if d, nd, first := a.spacedDigits(k-1, -1, 2); nd >= 1 && d >= 1 && d <= 31 && a.toks[k].gap <= 1 {
				s = first
			} else if a.toks[k-1].kind == kNum && a.toks[k-1].e-a.toks[k-1].s <= 2 && a.toks[k].gap <= 1 {
				s = k - 1
			}
		case t.kind == kWord && a.pt:
			s = a.ptDayWords49(k) // "aos vinte e dois dias do mês de abril" (round49.go)
		}
		if s >= 0 && !a.toks[k].nl {
			a.add(int(a.toks[s].s), c.e, TypeDate, c.score, pDate)
		}
	}
}

var dayWords = set(`day dia dias`)
var ordinalSuffixes = set(`st nd rd th`)

// ordinalDay: v is a day written as an ordinal, "14th", "1st", "22nd".
func ordinalDay(v string) bool {
	n := len(v)
	if n < 3 || n > 4 || !ordinalSuffixes[strings.ToLower(v[n-2:])] {
		return false
	}
	d := atoi(v[:n-2])
	return d >= 1 && d <= 31
}

// statuteWords name a law, a code or an article of one: the numbers after
// them cite the law ("Lei 8.213/91", "Decreto 3.298/99", "45 CFR
// 164.508", "KRS 508.020", "A.R.S. 13-1204", "s. 627.736, F.S."), not
// anyone's record; nor does a public body's bulletin ("BOLETIM
// EPIDEMIOLÓGICO Nº 19/2024", round 45; an "Ofício nº 211/2024" is a
// letter's, an identifier).
var statuteWords = set(`lei leis decreto resolucao portaria instrucao normativa art arts artigo artigos inciso paragrafo
	cfr usc krs ars rcw ors nrs ilcs mcl section sections sec lc
	epidemiologico`)

// statuteBefore: the number at token k cites a law: a statute word before
// it on its line, past "nº" or "no." and an issuer's acronym ("Resolução
// CFM nº 2.381/2024"), the letters of an abbreviation joined ("A.R.S.").
func (a *analysis) statuteBefore(k int) bool {
	q := k - 1
	acronym := false
	for q >= 0 && k-q <= 8 && !a.toks[q+1].nl {
		t := a.toks[q]
		switch {
		case t.kind == kPunct && (t.ch == '.' || t.ch == ':' || t.ch == '(' || t.ch == '#' || t.ch == ','):
			q--
			continue
		case t.kind == kWord && (a.folded(q) == "nº" || a.folded(q) == "no" || a.folded(q) == "n" || a.folded(q) == "numero"):
			q--
			continue
		case t.kind == kWord && t.shape == shSingle || t.kind == kWord && t.e-t.s == 1 && a.text[t.s] == 's' && a.isPunct(q+1, "."):
			// "A.R.S.", "F.S.", "s." (a section)
			var b [8]byte
			w, p := b[:0], q
			for p >= 0 && len(w) < 6 && a.isWord(p) && a.toks[p].e-a.toks[p].s == 1 && a.isPunct(p+1, ".") && a.toks[p+1].gap == 0 {
				w = append(w, a.text[a.toks[p].s]|0x20)
				if p < 2 || !a.isPunct(p-1, ".") || a.toks[p].gap != 0 {
					break
				}
				p -= 2
			}
			if len(w) == 1 && w[0] == 's' {
				return true
			}
			for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
				w[i], w[j] = w[j], w[i]
			}
			return len(w) >= 2 && statuteWords[string(w)] || string(w) == "fs" || string(w) == "usc"
		case t.kind == kWord:
			if statuteWords[a.folded(q)] {
				return true
			}
			// an issuer's acronym between the law and its number
			if !acronym && t.shape == shUpper && t.e-t.s <= 5 {
				acronym = true
				q--
				continue
			}
			return false
		case t.kind == kNum && q == k-1:
			q-- // "45 CFR": the title's number
			continue
		default:
			return false
		}
	}
	return false
}

// titleKinds name the kind of a document in its title.
var titleKinds = set(`certification certificate evaluation evaluations report notice request application authorization
	affidavit petition subpoena order motion statement summary form assessment referral declaration
	views view log consent registro avaliacao relatorio ficha atestado termo laudo declaracao notificacao formulario solicitacao
	note record follow`)

// titleLine: the tokens [l, r), all in capitals, sit in a field of
// capitals (its line, up to a spaced dash, a bar or a wide gap; sixteen
// words at most) that is a document's title: a kind of document opens
// the field or closes it ("EVALUATION OF …", "… LABORATORY REPORT"), or
// follows their head h ("COURT-ORDERED EVALUATION"); or an imaging
// study's modality opens them ("XR KNEE"). A letterhead beside its
// form's title ("HIGHLAND PARK FAMILY PRACTICE      REFERRAL FORM") is
// another field.
func (a *analysis) titleLine(l, r, h int) bool {
	if a.isWord(l) && imagingModalities[a.folded(l)] {
		return true
	}
	fieldEnd := func(k int) bool { // token k opens another field
		t := a.toks[k]
		return t.nl || t.gap >= 3 || (t.ch == '-' || t.ch == '|') && t.gap > 0
	}
	s := l
	for s > 0 && !fieldEnd(s) {
		s--
	}
	n := len(a.toks)
	first, last, words := -1, -1, 0
	kind := false
	for k := s; k < n && (k == s || !fieldEnd(k)); k++ {
		if !a.isWord(k) {
			continue
		}
		if a.toks[k].shape != shUpper && a.toks[k].shape != shSingle {
			return false
		}
		if words++; words > 16 {
			return false
		}
		if first < 0 {
			first = k
		}
		last = k
		// (or after the name: "TELEHEALTH PSYCHIATRY FOLLOW-UP", round 45)
		if k > h && titleKinds[a.folded(k)] {
			kind = true
		}
		// (a kind before its preposition: "… REPORT TO THE COURT",
		// round42.go)
		if k >= l && k < r && titleKinds[a.folded(k)] && k+1 < n && a.isWord(k+1) && titlePreps42[a.folded(k+1)] && !a.toks[k+1].nl {
			kind = true
		}
	}
	return kind || first >= 0 && (first < l && titleKinds[a.folded(first)] || last >= r && titleKinds[a.folded(last)])
}

var imagingModalities = set(`xr cxr ct mri mr us usg dexa`)

// actAfter: a law's name goes on after token r to its "Act" ("Family and
// Medical Leave Act"): the words before it name the law, not a body.
func (a *analysis) actAfter(r int) bool {
	for k := r; k < len(a.toks) && k < r+3 && a.isWord(k) && !a.toks[k].nl && a.toks[k].shape == shTitle; k++ {
		if a.folded(k) == "act" {
			return true
		}
	}
	return false
}

// roleOfWords open the name of a post, "Director of Nursing", "Diretora de
// Enfermagem"; postTails close one, "Chief Medical Officer".
var roleOfWords = set(`director directora diretor diretora chief head manager coordinator coordenador coordenadora
	supervisor supervisora chefe gerente dean`)
var postTails = set(`officer director manager coordinator`)

// jobTitleAt: the words [l, r) name a post, not a body ("Director of
// Nursing", "Chief Medical" before "Officer"); or a federal programme
// opens them ("the Medicare Beneficiary Ombudsman Center").
func (a *analysis) jobTitleAt(l, r int) bool {
	if !a.isWord(l) {
		return false
	}
	f := a.folded(l)
	if f == "medicare" || f == "medicaid" {
		return r > l+1
	}
	if roleOfWords[f] && l+1 < r && a.isWord(l+1) && (a.folded(l+1) == "of" || a.folded(l+1) == "de" || a.folded(l+1) == "da" || a.folded(l+1) == "do") {
		return true
	}
	return roleOfWords[f] && r < len(a.toks) && a.isWord(r) && !a.toks[r].nl && a.toks[r].shape == shTitle && postTails[a.folded(r)]
}

// detectAnsweredIDs reads an identifier a chat asks for and the next
// message gives: "… MRN?⏎Tess (chief) 02:12: 8831-2207. his daughter …".
// The question is an identifier's label and a question mark ending its
// message; the answer opens the next line's message, after its sender's
// colon, and is typed by the label.
func (a *analysis) detectAnsweredIDs() {
	if !a.hasPunct('?') || !a.hasPunct(':') {
		return
	}
	n := len(a.toks)
	for q := 1; q+1 < n; q++ {
		if a.toks[q].ch != '?' || !a.toks[q+1].nl || !a.isWord(q-1) || a.toks[q].gap != 0 {
			continue
		}
		def, ok := labelTable[a.folded(q-1)]
		if !ok || !def.strong || a.toks[q-1].shape != shUpper {
			continue
		}
		// the answer: the first token after the next line's first colon
		// (a time's colon is glued to its minutes: "02:12:")
		k := q + 1
		for k+1 < n && k < q+12 && !(a.isPunct(k, ":") && a.toks[k+1].gap > 0) && (k == q+1 || !a.toks[k].nl) {
			k++
		}
		k++
		if k >= n || a.toks[k].nl || a.toks[k].kind != kNum && a.toks[k].kind != kAlnum || a.claimedAt(k) {
			continue
		}
		p := a.normPos(int(a.toks[k].s))
		v := labelValue(a.norm[p:min(len(a.norm), p+40)])
		if digitCount(v) < 5 || isDecimalOrTime(v) {
			continue
		}
		a.addNorm(p, p+len(v), def.typ, 0.7, pLabeled)
	}
}

// textMessageNameAt reads two ways text messages name people: a
// given name in capitals filled into an automated message after "for"
// ("Reminder for MATILDA - flu shot …"), and a writer signing a message
// in lower case after a dash at its end ("… new cell is 425 555 0193 btw
// - jenna"). The word must be a listed given name that is no cue,
// clinical or month word.
func (a *analysis) textMessageNameAt(k int) {
	n := len(a.toks)
	t := a.toks[k]
	if k < 2 || t.nl || t.e-t.s < 4 || a.claimedAt(k) {
		return
	}
	if x := a.lexOf(k); x&lxGiven == 0 || x&(lxStop|lxMedical|lxCred|lxMonth|lxTitle|lxRelation|lxRegion) != 0 {
		return
	}
	switch {
	case t.shape == shUpper && a.isWord(k-1) && a.toks[k-1].shape == shLower && (a.folded(k-1) == "for" || a.folded(k-1) == "para") &&
		k+1 < n && a.isPunct(k+1, "-") && a.toks[k+1].gap > 0:
	case t.shape == shLower && a.isPunct(k-1, "-") && a.toks[k-1].gap > 0 && t.gap > 0 && !a.toks[k-1].nl &&
		(k+1 >= n || a.toks[k+1].nl) && a.lexOf(k)&lxCommon == 0:
	default:
		return
	}
	a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
}

// secretariatWords name a public secretariat by its kind only: "Secretaria
// Municipal de Saúde", "Secretaria de Estado da Educação" (which town's it
// is the name does not say; "Secretaria Municipal de Saúde de Itu" does).
var secretariatWords = set(`secretaria municipal estadual de da do das dos estado saude educacao assistencia social
	desenvolvimento meio ambiente obras transportes seguranca publica administracao fazenda governo`)

// genericSecretariat: the words [l, r) open with "Secretaria" and are
// all secretariatWords.
func (a *analysis) genericSecretariat(l, r int) bool {
	if !a.isWord(l) || a.folded(l) != "secretaria" {
		return false
	}
	for k := l; k < r; k++ {
		if !a.isWord(k) || !secretariatWords[a.folded(k)] {
			return false
		}
	}
	return true
}

// bodyWordOf: the word at i follows "de" ("da", "do") at the end of the
// name of a public body's department or of a leave, opened by a word of
// departmentHeads: "Secretaria Municipal de Saúde", "Departamento de
// Saúde do Servidor", "LICENÇA PARA TRATAMENTO DE SAÚDE". (A centre's
// or an operator's name goes on: "Centro de Saúde Três Poderes".)
func (a *analysis) bodyWordOf(i int) bool {
	if i < 2 || a.toks[i].nl || a.toks[i-1].nl || !a.isWord(i-1) || !a.isWord(i-2) {
		return false
	}
	if f := a.folded(i - 1); f != "de" && f != "da" && f != "do" && f != "em" {
		return false
	}
	for p := i - 2; p >= 0 && p >= i-4 && a.isWord(p) && a.capShape(p); p-- {
		if departmentHeads[a.folded(p)] {
			return true
		}
		if a.toks[p].nl {
			break
		}
	}
	return false
}

// departmentHeads open the name of a public body's department or of an
// administrative act, which a common word closes after "de".
var departmentHeads = set(`secretaria departamento ministerio diretoria coordenacao gerencia superintendencia vigilancia
	tratamento licenca cartao estabelecimento estabelecimentos avaliacao atestado agente agentes
	servico servicos planos plano evento atencao promocao educacao profissional profissionais
	setor modulo secao unidade inspecao organizacao nucleo posto`)
