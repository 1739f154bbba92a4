package phi

import "strings"

// Round 35 rules: names found once that are common words, met again where
// a sentence opens ("S: Iris reports …", "Dawn woke at 3 am", "Hope,"
// opening a letter, "mark" signing a message); callers who introduce
// themselves in a chat ("hi its bill tran"); a name addressed at the
// start of a chat message ("Pharmacy: GRACE, your refill …").

// pastVerbs are irregular past forms of what a person does, after a name
// that opens a sentence ("Dawn woke at 3 am").
var pastVerbs = set(`woke fell took got saw left ran drove slept ate spoke told thought knew kept began became
	heard sat stood forgot brought bought found gave lost made met paid sent spent tried
	drew wrote grew threw won sang swam rode hid`)

// weakNameOpens: the word at k, a name of the note that is also a common
// word, opens its sentence as that person: before a verb of what a person
// does (after an adverb in -ly: "Dawn initially planned"), as the
// salutation of a letter ("Hope," alone on its line), or alone on its line.
func (a *analysis) weakNameOpens(k int) bool {
	n := len(a.toks)
	j := k + 1
	if j >= n || a.toks[j].nl {
		return k == 0 || a.toks[k].nl
	}
	if a.isPunct(j, ",") && a.toks[j].gap == 0 && (k == 0 || a.toks[k].nl) && (j+1 >= n || a.toks[j+1].nl) {
		return true
	}
	// the first of a list after a field's colon: "Present: Destiny,
	// infant, …" (round42.go)
	if a.isPunct(j, ",") && a.toks[j].gap == 0 && k > 0 && a.isPunct(k-1, ":") && !a.toks[k].nl && !a.toks[k-1].nl {
		return true
	}
	// a chat's speaker after the time's bracket: "[…] Lurdinha: pix."
	// (round 50)
	if a.isPunct(j, ":") && a.toks[j].gap == 0 && k > 0 && a.isPunct(k-1, "]") && !a.toks[k].nl {
		return true
	}
	// a rota's cell after its shift's colon: "AM: Precious / lunch: …"
	// (round 50)
	if a.isPunct(j, "/") && a.toks[j].gap > 0 && k > 0 && a.isPunct(k-1, ":") && !a.toks[k].nl {
		return true
	}
	// her possessive: "Marco's appointment is separate" (round 46)
	if j+1 < n && (a.isPunct(j, "'") || a.isPunct(j, "’")) && a.toks[j].gap == 0 && a.isWord(j+1) && a.folded(j+1) == "s" && a.toks[j+1].gap == 0 {
		return true
	}
	if !a.isWord(j) || a.toks[j].shape != shLower || a.toks[j].gap != 1 {
		return false
	}
	if f := a.folded(j); len(f) > 4 && strings.HasSuffix(f, "ly") && j+1 < n && a.isWord(j+1) && !a.toks[j+1].nl && a.toks[j+1].shape == shLower {
		j++
	}
	f := a.folded(j)
	if a.cue(j)&cuPersonVerb != 0 {
		return f != "and" && f != "e"
	}
	return pastVerbs[f] || len(f) > 4 && strings.HasSuffix(f, "ed") && a.lexOf(j)&lxCommon != 0 || a.pt && ptPreterite53(f) && a.lexOf(j)&(lxGiven|lxName|lxPlace|lxMedical) == 0 ||
		// (or a verb of the present: "Ivy stays with her", "Adam recalls
		// that …", round 46)
		a.en && len(f) > 4 && f[len(f)-1] == 's' && f[len(f)-2] != 's' && f[len(f)-2] != 'u' && a.lexOf(j)&(lxCommon|lxGiven|lxName|lxMedical) == lxCommon &&
			j+1 < n && a.isWord(j+1) && !a.toks[j+1].nl && verbObjects46[a.folded(j+1)]
}

// foldedIn: some key of m folds to f.
func foldedIn(m map[string]bool, f string) bool {
	for w := range m {
		if foldString(w) == f {
			return true
		}
	}
	return false
}

// detectChatSelfNames reads a writer who introduces themself in lower case
// at the start of a message: "hi its bill tran, my sugars …", "hey, i'm
// rosa". The first word must be a listed given name, the next ones listed
// names or words in no list, and the run must end the clause.
func (a *analysis) detectChatSelfNames() {
	if !a.hasCue(cuGreet) {
		return
	}
	n := len(a.toks)
	// a greeting that opens the message ("hi its", "hey, it's")
	for _, pi := range a.lineOrAfter(':') {
		p := int(pi)
		if p+2 >= n || a.cue(p)&cuGreet == 0 || !a.isWord(p) {
			continue
		}
		i := p + 1
		if a.toks[i].ch == ',' {
			i++
		}
		t := a.toks[i]
		if t.kind != kWord || t.shape != shLower || t.e-t.s > 3 || t.nl {
			continue
		}
		f := a.folded(i)
		k := -1 // the first token after "its", "it's", "im", "i'm"
		switch {
		case f == "its" || f == "im":
			k = i + 1
		case (f == "it" || f == "i") && i+3 < n && (a.isPunct(i+1, "'") || a.isPunct(i+1, "’")) && a.toks[i+1].gap == 0 && a.toks[i+2].gap == 0 &&
			a.isWord(i+2) && (f == "it" && a.folded(i+2) == "s" || f == "i" && a.folded(i+2) == "m"):
			k = i + 3
		default:
			continue
		}
		if k >= n || !a.isWord(k) || a.toks[k].nl || a.toks[k].shape != shLower || a.claimedAt(k) {
			continue
		}
		x := a.lexOf(k)
		if x&lxGiven == 0 || x&(lxStop|lxCred|lxParticle|lxMonth|lxMedical) != 0 || a.toks[k].e-a.toks[k].s < 3 {
			continue
		}
		j := k + 1
		for j < n && j < k+3 && a.isWord(j) && !a.toks[j].nl && a.toks[j].shape == shLower && !a.claimedAt(j) &&
			(a.lexOf(j)&(lxGiven|lxName) != 0 && a.lexOf(j)&(lxCommon|lxStop|lxMedical) == 0 || a.unknownWord(j)) {
			j++
		}
		if j < n && !a.toks[j].nl && !(a.toks[j].kind == kPunct && a.tokText(j) != "'" || a.isWord(j) && lowerCallerEnds[a.folded(j)]) {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[j-1].e), TypeName, 0.7, pName)
	}
}

// answerWords open a reply, not an address: "Clínica X: Sim, traga a
// carteirinha".
var answerWords = set(`sim nao claro certo isso exato pronto otimo perfeito beleza yes yeah yep sure right okay great perfect fine thanks`)

// detectAddressedNames reads a listed given name addressed at the start of
// a chat message, after the sender's colon and before a comma: "Lakeside
// Pharmacy: GRACE, your refill is ready", "Dra. Helena Prado: Luz, a
// febre …" (a word that is also common, "Grace", "Luz", is a name there).
func (a *analysis) detectAddressedNames() {
	if !a.hasPunct(':') || !a.hasPunct(',') {
		return
	}
	n := len(a.toks)
	for _, ci := range a.caps { // (a capitalised word)
		i := int(ci)
		if i < 2 || i+2 >= n || a.toks[i-1].ch != ':' {
			continue
		}
		t := a.toks[i]
		if t.kind != kWord || t.nl || a.toks[i-1].nl || !a.claimedAt(i-2) || a.claimedAt(i) {
			continue
		}
		if t.shape != shTitle && t.shape != shUpper || t.e-t.s < 3 || !a.isPunct(i+1, ",") || a.toks[i+1].gap != 0 {
			continue
		}
		if answerWords[a.folded(i)] {
			continue
		}
		if x := a.lexOf(i); x&lxGiven == 0 || x&(lxStop|lxMonth|lxMedical|lxCred|lxTitle|lxRelation|lxGreet|lxLabel|lxRegion) != 0 {
			continue
		}
		if u := a.toks[i+2]; u.kind != kWord || u.nl || u.shape != shLower {
			continue
		}
		// the sender's name or organisation ends right before the colon
		if a.candAt(int(a.toks[i-2].s), TypeName, TypeOrganization) < 0 {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.8, pName)
	}
}

// bracketedValue: s opens with a value in brackets, "(KPRT8812WQ05)" (a
// value after a label, see detectLabels).
func bracketedValue(s string) bool {
	if len(s) < 3 || s[0] != '(' {
		return false
	}
	v := labelValue(s[1:])
	return v != "" && 1+len(v) < len(s) && s[1+len(v)] == ')'
}

// labelFirsts holds the first word of every label of labelTable.
var labelFirsts = func() map[string]bool {
	m := map[string]bool{}
	for w := range labelTable {
		if i := strings.IndexAny(w, " -/'"); i > 0 {
			w = w[:i]
		}
		m[w] = true
	}
	return m
}()

// letterPrefixed: a labelled value of one to four capitals before its
// digits, five or more: "DN 30417" (a dental licence), "QRX 814 220 17".
// The letters must be no label of their own ("Medicare MBI 5QW7-…"), the
// rest digits and their separators only ("PA 150x100" is a pressure).
func letterPrefixed(v string) bool {
	sp := strings.IndexByte(v, ' ')
	if sp < 1 || sp > 4 {
		return false
	}
	for i := 0; i < sp; i++ {
		if !isASCIIUpper(v[i]) {
			return false
		}
	}
	// (a longer word that only opens a label, "MED" of "med rec", is a
	// plan's prefix: "member PRI 0093 1120 47")
	f := strings.ToLower(v[:sp])
	if labelTable[f] != (labelDef{}) || len(f) <= 2 && labelFirsts[f] || idWords[f] {
		return false
	}
	for i := sp; i < len(v); i++ {
		if c := v[i]; !isDigit(c) && c != ' ' && c != '-' && c != '.' && c != '/' {
			return false
		}
	}
	// (four capitals want a longer number: "DYPD 23-118402", not a
	// reading's range, "FSBG 240-260")
	d := digitCount(v[sp:])
	// (or a credential's four, "license LMSW 84120")
	// (or a record's number grouped by a dot, "prontuário HUSM 552.874")
	return d >= 5 && d <= 12 && (sp < 4 || d >= 7 || credWords[f] || d == 6 && dottedThousands(v[sp+1:]))
}

// detectIDPrefixes reads what opens an identifier found by the generic
// rules. A professional's certification number after the credential it
// certifies ("Paramedic (ME EMT-P 0081932)", "RRT 338120") is a licence
// with it (a level glued by a hyphen, "EMT-P", included; a state code
// alone, "RN 448120" in Brazil, is left alone). A plan's or programme's
// number after its label keeps the state code that opens it ("Medicaid #:
// AZ 77204185": a state's Medicaid numbers carry it).
func (a *analysis) detectIDPrefixes() {
	n := len(a.cands)
	for ci := 0; ci < n; ci++ {
		c := a.cands[ci]
		if c.prio != pGenericID && c.prio != pLabeled || c.typ != TypeID && c.typ != TypeLicense && c.typ != TypeHealthPlan {
			continue
		}
		d := digitCount(a.text[c.s:c.e])
		if d < 5 {
			continue
		}
		i := a.tokAt(c.s)
		if i < 2 || i >= len(a.toks) || int(a.toks[i].s) != c.s || a.toks[i].nl || a.toks[i].gap == 0 || a.toks[i].kind != kNum && a.toks[i].kind != kAlnum {
			continue
		}
		// "EMT-P 0081932"
		if c.typ != TypeHealthPlan && a.toks[i].gap == 1 {
			p := i - 1
			if p >= 2 && a.toks[p].kind == kWord && a.toks[p].e-a.toks[p].s == 1 && a.isPunct(p-1, "-") && a.toks[p].gap == 0 && a.toks[p-1].gap == 0 && a.isCredAt(p-2) {
				p -= 2
			} else if !a.isCredAt(p) || a.toks[p].shape != shUpper || usStates[a.tokText(p)] || brStates[a.tokText(p)] {
				p = -1
			}
			if p >= 0 && !a.claimedAt(p) {
				a.add(int(a.toks[p].s), c.e, TypeLicense, 0.8, pLabeled)
				continue
			}
		}
		// "Medicaid #: AZ 77204185"
		if c.typ != TypeLicense && d >= 6 {
			p := a.toks[i-1]
			if p.kind == kWord && p.shape == shUpper && !p.nl && usStates[a.tokText(i-1)] && (a.isPunct(i-2, ":") || a.isPunct(i-2, "#")) && !a.claimedAt(i-1) {
				a.add(int(p.s), c.e, c.typ, c.score, c.prio)
			}
		}
	}
}

// gridNumber: a house number of a rural grid address, a compass letter and
// digits ("W4417", "N12290").
func gridNumber(v string) bool {
	if len(v) < 4 || len(v) > 7 || strings.IndexByte("NSEW", v[0]) < 0 {
		return false
	}
	for i := 1; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// roadKinds name a rural road that carries a letter or a number
// ("County Road KK", "County Hwy M", "Farm Road 1960").
var roadKinds = set(`road rd highway hwy trunk`)
var roadOwners = set(`county state farm township forest ranch co`)

// extendRuralAddresses completes a rural address found by its road: the
// grid number before it ("W4417 County Road JJ", Wisconsin and Illinois)
// and the letters or number that name a county road after it.
func (a *analysis) extendRuralAddresses() {
	n := len(a.cands)
	for ci := 0; ci < n; ci++ {
		c := a.cands[ci]
		if c.typ != TypeAddress {
			continue
		}
		i := a.tokAt(c.s)
		if i >= len(a.toks) || int(a.toks[i].s) != c.s {
			continue
		}
		k := a.tokAt(c.e) - 1 // the last token
		if k < i || int(a.toks[k].e) != c.e {
			continue
		}
		s, e := c.s, c.e
		if i > 0 && !a.toks[i].nl && a.toks[i].gap == 1 && a.toks[i-1].kind == kAlnum && gridNumber(a.tokText(i-1)) && !a.claimedAt(i-1) {
			s = int(a.toks[i-1].s)
		}
		if k >= 1 && k+1 < len(a.toks) && a.isWord(k) && roadKinds[a.folded(k)] && a.isWord(k-1) && roadOwners[a.folded(k-1)] {
			r := a.toks[k+1]
			v := a.tokText(k + 1)
			if !r.nl && r.gap == 1 && (r.kind == kWord && (r.shape == shUpper || r.shape == shSingle) && len(v) <= 3 || r.kind == kNum && len(v) <= 4) &&
				(k+2 >= len(a.toks) || a.toks[k+2].nl || a.isPunct(k+2, ",") || a.isPunct(k+2, ";") || a.isPunct(k+2, ".")) {
				e = int(r.e)
			}
		}
		if s != c.s || e != c.e {
			a.add(s, e, TypeAddress, max(c.score, 0.8), pAddress)
		}
	}
}

// detectCrossStreets reads a place given by two streets that cross,
// "Av. Paraná x Rua Tiradentes": a Brazilian street written without
// its number before the "x", and a street found after it.
func (a *analysis) detectCrossStreets() {
	if !a.pt {
		return
	}
	nt := len(a.toks)
	n := len(a.cands)
	for ci := 0; ci < n; ci++ {
		c := a.cands[ci]
		if c.typ != TypeAddress {
			continue
		}
		r := a.tokAt(c.s)
		if r < 3 || r >= nt || int(a.toks[r].s) != c.s || a.toks[r].nl || a.cue(r)&cuBRStreet == 0 {
			continue
		}
		m := r - 1
		if !a.isWord(m) || a.tokText(m) != "x" || a.toks[m].nl || a.toks[m].gap != 1 || a.toks[r].gap != 1 {
			continue
		}
		// back over the first street's name to its street word
		l := -1
		for q := m - 1; q >= 0 && q >= m-7; q-- {
			if a.toks[q+1].nl {
				break
			}
			if a.isPunct(q, ".") && a.toks[q].gap == 0 {
				continue
			}
			if !a.isWord(q) || !(a.capShape(q) || a.lexOf(q)&lxParticle != 0) {
				break
			}
			if a.cue(q)&cuBRStreet != 0 && a.toks[q].shape == shTitle && q < m-1 {
				l = q
				break
			}
		}
		if l < 0 {
			continue
		}
		a.add(int(a.toks[l].s), c.e, TypeAddress, 0.8, pAddress)
	}
}

// serviceFirms are the heads that "Service" continues as part of a
// firm's name ("Valley Ambulance Service"), where it is no
// department.
var serviceFirms = set(`ambulance rescue ems transport transportation paratransit taxi courier`)

// ocrOnes reads a one inside a lower-case word as the letter l when the
// word so read is listed and the word as written is not: "Fami1y",
// "Hea1th", "H0spita1" (its zero was read by ocrWords). Same length, so
// offsets are unchanged. (The digit must follow two letters and end the
// word or come before a lower-case letter: "HbA1c", "T1a" stay.)
func ocrOnes(text string, v *vocab) string {
	var b []byte
	for i := 2; i < len(text); i++ {
		if text[i] != '1' || !isASCIILower(text[i-1]) || !isASCIILetter(text[i-2]) {
			continue
		}
		if i+1 < len(text) && !isASCIILower(text[i+1]) && (isASCIILetter(text[i+1]) || isDigit(text[i+1]) || text[i+1] >= 0x80) {
			continue
		}
		s, e := i, i+1
		for s > 0 && (isASCIILetter(text[s-1]) || text[s-1] == '1') {
			s--
		}
		for e < len(text) && (isASCIILetter(text[e]) || text[e] == '1') {
			e++
		}
		if s > 0 && (isDigit(text[s-1]) || text[s-1] >= 0x80) || e < len(text) && (isDigit(text[e]) || text[e] >= 0x80) {
			continue
		}
		w := []byte(strings.ToLower(text[s:e]))
		for k := range w {
			if w[k] == '1' {
				w[k] = 'l'
			}
		}
		if v.lookup(string(w)) == 0 || v.lookup(strings.ToLower(text[s:e])) != 0 {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for k := s; k < e; k++ {
			if b[k] == '1' {
				b[k] = 'l'
			}
		}
		i = e
	}
	if b == nil {
		return text
	}
	return string(b)
}

// detectCNPJOrgs reads the company that a line names before its CNPJ, the
// Brazilian company number: "ÓTICA VISÃO CLARA - CNPJ 11.222.333/…",
// "Ótica Visão Clara, CNPJ: …". The capitalised words from the line's
// start (or a field's colon) up to the separator are its name.
func (a *analysis) detectCNPJOrgs() {
	if !a.pt {
		return
	}
	for _, ck := range a.caps {
		k := int(ck)
		if k < 2 || a.toks[k].kind != kWord || a.toks[k].e-a.toks[k].s != 4 || a.folded(k) != "cnpj" {
			continue
		}
		if a.toks[k].nl {
			a.letterheadAboveCNPJ47(k) // (round 47)
			continue
		}
		p := k - 1
		if !(a.isPunct(p, "-") || a.isPunct(p, "–") || a.isPunct(p, ",") || a.isPunct(p, "|")) || a.toks[p].nl {
			continue
		}
		r := p // the name ends before r
		l := r
		for q := r - 1; q >= 0 && r-q <= 10; q-- {
			if a.claimedAt(q) || a.toks[q].kind == kNum {
				l = -1
				break
			}
			if a.isWord(q) && (a.capShape(q) || a.lexOf(q)&lxParticle != 0 && a.toks[q].shape == shLower) || a.isPunct(q, "&") || a.isPunct(q, ".") && a.toks[q].gap == 0 {
				l = q
				if q == 0 || a.toks[q].nl {
					break
				}
				continue
			}
			if !a.isPunct(q, ":") {
				l = -1
			}
			break
		}
		if l < 0 || l >= r || !a.capShape(l) {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
	}
}

// detectStopTowns: a town named like a clinical or common word that the
// rules pass over ("Normal"), right before a state's code or name after a
// comma, inside a sentence: "a machinist from Normal, IL", "near Normal,
// Illinois".
func (a *analysis) detectStopTowns() {
	n := len(a.toks)
	for _, ci := range a.caps {
		i := int(ci)
		if i+2 >= n {
			break
		}
		t := a.toks[i]
		if i == 0 || a.toks[i+1].ch != ',' || t.kind != kWord || t.shape != shTitle || t.nl || a.lexOf(i)&lxStop == 0 || a.lexOf(i)&lxPlace == 0 || a.claimedAt(i) {
			continue
		}
		if a.toks[i+1].gap != 0 || !a.isWord(i+2) || a.toks[i+2].nl ||
			!(a.toks[i+2].shape == shUpper && usStates[a.tokText(i+2)] || a.toks[i+2].shape == shTitle && usStateNames[a.folded(i+2)]) {
			continue
		}
		if !(a.isWord(i-1) && placePreps[a.folded(i-1)] && a.toks[i-1].shape == shLower || a.isPunct(i-1, ",")) {
			continue
		}
		a.add(int(t.s), int(t.e), TypeLocation, 0.75, pLocStrong)
	}
}

// distanceUnits measure how far a place is.
var distanceUnits = set(`km kms mi miles milhas quilometros`)

// distanceAt: a distance in brackets opens at token j, "(90 km)".
func (a *analysis) distanceAt(j int) bool {
	return j+3 < len(a.toks) && a.toks[j].ch == '(' && !a.toks[j].nl && a.toks[j+1].kind == kNum && a.toks[j+3].ch == ')' && a.isWord(j+2) && distanceUnits[a.folded(j+2)]
}

// servedRun: the capitalised words from r (joined by "&" or "and") name
// whom a centre serves, not another institution: "… Center for Women &
// Children", not "… Teleradiology for Prairie Rural Health Clinic".
func (a *analysis) servedRun(r int) bool {
	for k := r; k < len(a.toks) && k < r+6 && !(k > r && a.toks[k].nl); k++ {
		if a.isWord(k) && a.capShape(k) {
			if p, s, _ := a.orgHeadAt(k); p || s {
				return false
			}
			continue
		}
		if a.isPunct(k, "&") || a.isWord(k) && a.folded(k) == "and" {
			continue
		}
		break
	}
	return true
}

// orgHeadStarts: a prefix head opens an institution's name at k
// ("Children's Nebraska", "University of Iowa").
func (a *analysis) orgHeadStarts(k int) bool {
	p, _, _ := a.orgHeadAt(k)
	return p
}

// goesByWords open the phrase before the name a person goes by.
var goesByWords = set(`goes went known conhecido conhecida chamado chamada apelido prefers prefere`)

// detectGoesBy reads the name a person goes by: `goes by "MJ"`, "known as
// Bud", "conhecida como Nena". In quotes any capitalised word counts;
// without them, a listed given name or a word in no list.
func (a *analysis) detectGoesBy() {
	if !a.hasCue(cuGoesBy) {
		return
	}
	n := len(a.toks)
	for i := 0; i+1 < n; i++ {
		if a.cue(i)&cuGoesBy == 0 || a.toks[i].kind != kWord || a.toks[i].shape != shLower && a.folded(i) != "apelido" {
			continue
		}
		f := a.folded(i)
		// ("prefers" takes the name in quotes only: `Dominic Chee (prefers
		// "Dom")`)
		prefers := f == "prefers" || f == "prefere"
		if prefers && !(i+1 < n && (a.isPunct(i+1, `"`) || a.isPunct(i+1, "“"))) {
			continue
		}
		if f != "apelido" && !prefers {
			i++
			if a.toks[i].kind != kWord || a.toks[i].shape != shLower || a.toks[i].nl {
				continue
			}
			g := a.folded(i)
			if !(g == "by" && (f == "goes" || f == "went") || g == "as" && f == "known" ||
				g == "como" && (f == "conhecido" || f == "conhecida") || g == "de" && (f == "chamado" || f == "chamada")) {
				continue
			}
		}
		k := i + 1
		quoted := false
		if k < n && (a.isPunct(k, ":") || a.isPunct(k, ",")) && a.toks[k].gap == 0 {
			k++
		}
		if k < n && a.toks[k].kind == kPunct {
			if q := a.tokText(k); q == `"` || q == "“" || q == "'" || q == "‘" {
				quoted = true
				k++
			}
		}
		if k >= n || !a.isWord(k) || a.toks[k].nl || a.claimedAt(k) || !a.capShape(k) || a.toks[k].e-a.toks[k].s < 2 || a.lexOf(k)&(lxStop|lxMonth|lxCred) != 0 ||
			a.lexOf(k)&lxMedical != 0 && !(quoted && a.lexOf(k)&lxGiven != 0) {
			continue
		}
		if quoted {
			if c := k + 1; c >= n || a.toks[c].kind != kPunct || a.toks[c].gap != 0 {
				continue
			} else if q := a.tokText(c); q != `"` && q != "”" && q != "'" && q != "’" {
				continue
			}
		} else if a.toks[k].shape != shTitle || a.lexOf(k)&lxGiven == 0 && !a.unknownWord(k) {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.8, pName)
	}
}

// signedWords say that an author signed.
var signedWords = set(`signed`)

// detectSignerInitials reads the initials an author signs with after
// "signed": "e-signed tq 09:41", "Signed: MT 08/02/2024". The initials
// (two or three letters in one case, in no list) must end the line or come
// before the time or date of the signature.
func (a *analysis) detectSignerInitials() {
	if !a.hasCue(cuSigned) {
		return
	}
	n := len(a.toks)
	for i := 0; i+1 < n; i++ {
		if a.cue(i)&cuSigned == 0 || a.toks[i].kind != kWord {
			continue
		}
		k := i + 1
		if a.isPunct(k, ":") && a.toks[k].gap == 0 {
			k++
		}
		if k >= n {
			continue
		}
		t := a.toks[k]
		if t.kind != kWord || t.nl || t.gap != 1 || t.e-t.s < 2 || t.e-t.s > 3 || t.shape != shLower && t.shape != shUpper || a.claimedAt(k) ||
			a.lexOf(k)&(lxCommon|lxStop|lxMedical|lxCred|lxRegion|lxMonth|lxOrgHead|lxTitle) != 0 {
			continue
		}
		if k+1 < n && !a.toks[k+1].nl && a.toks[k+1].kind != kNum {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
	}
}

// placeDistrictBeforeCity: the one word q after an address, a listed
// place that is also an organisation's head ("Saúde", a district of São
// Paulo), comes before a comma and a listed city: "…, casa 2 - Saúde,
// São Paulo".
func (a *analysis) placeDistrictBeforeCity(q, j int) bool {
	if a.lexOf(q)&lxPlace == 0 || a.lexOf(q)&lxCred != 0 || j+1 >= len(a.toks) || !a.isPunct(j, ",") || a.toks[j+1].nl || !a.capShape(j+1) {
		return false
	}
	_, ok := a.placeMatch(j + 1)
	return ok
}

// eponymNouns follow an eponym used as the name of a sign, a structure,
// a device or a tool ("Gottron papules", "Kussmaul respirations", "Baker
// cyst", "Morgan lens", "Lund and Browder chart", "Parkland formula"),
// in addition to the words eponymContext lists.
var eponymNouns = set(`papules papule respirations respiration breathing cyst cysts lens lenses chart charts formula hump
	gangrene fat nodes node contracture hernia tenosynovitis binocular positivos positivas negativos negativas
	dynamometer dinamometro lamp lamps rules hugger pump modificado modificada indireto direto carcinoma ankle
	ophthalmopathy orbitopathy rings applanation endothelial dystrophy atlas pattern anomaly smear nomogram
	segment pouch predicted iif lateralizes lateralized standards
	patch spots spot alignment injury clamp prehospital foot knee stain stains staining
	depth disability
	murmur murmurs space spaces spectrum malformation
	test tests sign signs maneuver manoeuvre reflex teste sinal manobra
	technique spiral phenomenon criteria nodule frame
	spirals contractions scores sequencing gene genes`) // (round 47: "Austin Flint murmur", "Dandy-Walker spectrum", "Watson shift test"; round 50: "Seldinger technique", "Zimmer frame"; round 54: "Braxton Hicks contractions", "Sanger sequencing", "Lynch genes")

// eponymBefore come before an eponymous test or tool ("positive Lachman",
// "negative Phalen", "dinamômetro Jamar", "tabela Snellen").
var eponymBefore = set(`positive negative positivo positiva negativo negativa dynamometer dinamometro tabela`)

// coordinatedEponym: the word j joins two eponyms of one finding ("Phalen
// e Tinel positivos", "Lund and Browder chart"): and, e, or, "/" between
// two capitalised words, the second one before an eponym's noun.
func (a *analysis) coordinatedEponym(j int) bool {
	if a.toks[j].shape != shLower || a.toks[j].e-a.toks[j].s > 3 {
		return false
	}
	if f := a.folded(j); f != "and" && f != "e" && f != "or" && f != "ou" {
		return false
	}
	k := j + 1
	if k+1 >= len(a.toks) || !a.isWord(k) || a.toks[k].shape != shTitle || a.toks[k].nl || a.toks[k+1].nl || !a.isWord(k+1) {
		return false
	}
	if a.cue(k+1)&cuEponymAfter != 0 {
		return true
	}
	// (an eponym of two words: "Cullen or Grey Turner sign", round 47)
	if k+2 < len(a.toks) && a.toks[k+1].shape == shTitle && a.toks[k+1].gap == 1 && a.isWord(k+2) && !a.toks[k+2].nl && a.toks[k+2].gap == 1 && eponymHead47(a.folded(k+2)) {
		return true
	}
	switch a.folded(k + 1) {
	case "positive", "negative", "positivo", "positiva", "negativo", "negativa", "sign", "signs", "sinal", "sinais", "test", "tests", "teste", "testes", "maneuver", "maneuvers":
		return true
	}
	return false
}

// scaleAfter: the words after a fraction, in its clause, name the scale it
// was read on ("1/10 on the faces scale").
func scaleAfter(s string) bool {
	if i := strings.IndexAny(s, "\n.;,"); i >= 0 {
		s = s[:i]
	}
	for i := 0; i+6 <= len(s); i++ {
		if s[i] == ' ' && (strings.EqualFold(s[i+1:i+6], "scale") || i+7 <= len(s) && strings.EqualFold(s[i+1:i+7], "escala") && !layover51(s[i+7:])) {
			return true
		}
	}
	return false
}

// vehicleMakes are car and motorcycle makes, which a year, a vehicle's
// word or a colour before them, or a plate after them, makes a vehicle
// rather than a person ("a 2011 Buick LaCrosse", "automóvel VW Gol", "the
// blue Chevy"; invented in the tests).
var vehicleMakes = set(`ford chevrolet chevy gmc buick cadillac dodge ram jeep chrysler toyota honda nissan hyundai
	kia subaru mazda mitsubishi volkswagen vw audi bmw mercedes lexus acura infiniti volvo tesla lincoln fiat
	renault peugeot citroen suzuki yamaha harley kawasaki jac troller`)
var vehicleWords = set(`car cars vehicle truck van suv pickup minivan sedan motorcycle carro automovel veiculo caminhonete
	moto motocicleta caminhao onibus`)
var colourWords = set(`blue red black white silver gray grey green gold brown tan maroon azul vermelho vermelha preto
	preta branco branca prata cinza verde`)

// deviceWords follow a device's maker and model before its number
// ("an ICD (Abbott Gallant VR, serial …)").
var deviceWords = set(`serial sn model modelo udi lot lote`)

// productRun: the run [i,j) names a vehicle or a device, not a person.
func (a *analysis) productRun(i, j int) bool {
	n := len(a.toks)
	// (past a model's letters or number: "… Sterling DR, serial"; not
	// after a title: "Officer Kristen Alvarado, serial 8841" is the
	// officer's number)
	for k := j; k < j+3 && k < n && !a.toks[k].nl; k++ {
		if a.toks[k].ch == ',' && k+1 < n && a.cue(k+1)&cuDevice != 0 && a.isWord(k+1) && !a.toks[k+1].nl {
			return !a.titleBefore41(i)
		}
		if a.cue(k)&cuDevice != 0 && a.isWord(k) {
			return !a.titleBefore41(i)
		}
		if !(a.toks[k].kind == kWord && a.toks[k].shape == shUpper || a.toks[k].kind == kAlnum || a.toks[k].kind == kNum) {
			break
		}
	}
	if a.cue(i)&cuVehicle == 0 || !a.isWord(i) {
		return false
	}
	p := i - 1
	if p >= 0 && a.toks[p].kind == kPunct && !a.toks[i].nl && (a.tokText(p) == `"` || a.tokText(p) == "“") {
		p--
	}
	if p >= 0 && !a.toks[p+1].nl {
		if a.toks[p].kind == kNum && a.toks[p].e-a.toks[p].s == 4 && (a.text[a.toks[p].s] == '1' || a.text[a.toks[p].s] == '2') {
			return true // "2011 Buick"
		}
		if a.isWord(p) && (vehicleWords[a.folded(p)] || colourWords[a.folded(p)]) {
			return true
		}
	}
	for q := j; q < n && q < j+4 && !a.toks[q].nl; q++ {
		if a.isWord(q) && (a.folded(q) == "plate" || a.folded(q) == "placa") {
			return true
		}
	}
	return false
}

// docTitleWords name the kind of a document after its title's dash
// ("HOME HEALTH PHYSICAL THERAPY - INITIAL EVALUATION").
var docTitleWords = set(`evaluation evaluations report note summary assessment consult consultation referral visit
	notice letter form request avaliacao relatorio evolucao laudo ficha encaminhamento parecer notificacao review
	intake`)

// planKinds make "… Plan" a plan of care, not an insurer ("Asthma Action
// Plan", "Crisis Safety Plan").
var planKinds = set(`action care treatment safety crisis birth discharge emergency management feeding exercise
	diet meal behavior behaviour transition`)

// genericNotOrg: a name [l,r) of generic words only, with head h, is no
// organisation: a plan of care; or, when every word names a kind of care
// (serviceWords), the title of a document before a dash and its kind, or
// a programme or service of the organisation named before a dash
// ("Lakeshore Geriatrics - Home-Based Primary Care").
func (a *analysis) genericNotOrg(l, r, h int) bool {
	if a.folded(h) == "plan" && h > l && planKinds[a.folded(h-1)] {
		return true
	}
	// (in Portuguese the kind comes after: "PLANO DE TRATAMENTO E
	// ORÇAMENTO", round 46)
	if a.folded(h) == "plano" && h == l && h+2 < r && a.isWord(h+1) && a.folded(h+1) == "de" && planKindsPT46[a.folded(h+2)] {
		return true
	}
	// (the letterhead of a place named by common words stays: "Sacred
	// Heart Vascular Institute - INPATIENT DISCHARGE SUMMARY")
	lab := false // (a laboratory of such a kind: "Molecular Genetics Laboratory")
	for k := l; k < r; k++ {
		if a.isWord(k) && !serviceWords[a.folded(k)] && a.lexOf(k)&lxMedical == 0 {
			if k == r-1 && labHeads43[a.folded(k)] {
				lab = true
				continue
			}
			return false
		}
	}
	n := len(a.toks)
	if !lab && r < n && a.spacedDash(r) && !a.toks[r].nl {
		for k := r + 1; k < n && k <= r+4 && !a.toks[k].nl; k++ {
			if a.isWord(k) && docTitleWords[a.folded(k)] {
				return true
			}
		}
	}
	if l >= 2 && a.spacedDash(l-1) && !a.toks[l-1].nl {
		e := int(a.toks[l-2].e)
		for _, c := range a.cands {
			if c.typ == TypeOrganization && c.e == e {
				return true
			}
		}
	}
	return false
}

// serviceWords name a kind of care or service, not a place: a name made
// of them only is a service line or a document's subject ("Home Health
// Physical Therapy", "Adult Protective Services", "Home-Based Primary
// Care").
var serviceWords = set(`home health physical occupational speech therapy therapies adult adults child children protective
	services service care primary based hospice behavioral mental social work nursing infusion wound palliative
	community public family medicine rehabilitation rehab respiratory pediatric pediatrics geriatric geriatrics
	senior seniors case management program programs outpatient inpatient day skilled private duty
	molecular genetics genetic genomic genomics cytogenetics neurodiagnostic diagnostic diagnostics clinical
	counseling counselling nutrition dietetics
	urgent virtual on demand`) // (round 47: "ON-DEMAND VIRTUAL URGENT CARE - INTAKE")

// scaleNamed: the place [i,j) names a scale or a protocol, after "escala
// de", "scale of", "protocolo de", or before a score ("Cincinnati 3/3").
func (a *analysis) scaleNamed(i, j int) bool {
	if i >= 2 && a.isWord(i-1) && a.isWord(i-2) && !a.toks[i].nl && !a.toks[i-1].nl {
		if f := a.folded(i - 1); f == "de" || f == "of" {
			switch a.folded(i - 2) {
			case "escala", "scale", "escore", "score", "protocolo", "protocol", "criterios", "criteria", "classificacao", "classification", "teste", "test":
				return true
			}
		}
	}
	n := len(a.toks)
	// (or the scale's other words and its noun: "Cincinnati Prehospital
	// Stroke Scale", "Ottawa Ankle Rules", round44.go)
	for k := j; k < n && k < j+3 && a.isWord(k) && !a.toks[k].nl && a.toks[k].gap == 1 && a.toks[k].shape == shTitle; k++ {
		switch a.folded(k) {
		case "scale", "score", "rule", "rules", "criteria", "classification":
			return true
		}
	}
	return j+2 < n && !a.toks[j].nl && a.toks[j].kind == kNum && a.toks[j].e-a.toks[j].s <= 2 && a.isPunct(j+1, "/") && a.toks[j+1].gap == 0 &&
		a.toks[j+2].gap == 0 && a.toks[j+2].kind == kNum && a.toks[j+2].e-a.toks[j+2].s <= 2
}

// detectChatSenderRoles reads a chat sender written with the role after
// the name, after the message's timestamp: "[02/04/25 07:10] Dalvinha ACS:"
// (the name need not be listed; the role in capitals is no part of it).
func (a *analysis) detectChatSenderRoles() {
	if !a.hasPunct(']') {
		return
	}
	n := len(a.toks)
	for _, ci := range a.lineOrAfter(']') {
		i := int(ci)
		if i+2 >= n {
			break
		}
		t := a.toks[i]
		if i == 0 || !a.isPunct(i-1, "]") || t.nl || t.kind != kWord || t.shape != shTitle || t.e-t.s < 3 || a.claimedAt(i) {
			continue
		}
		r := a.toks[i+1]
		if r.kind != kWord || r.shape != shUpper || r.e-r.s > 4 || r.gap != 1 || !a.isPunct(i+2, ":") || a.toks[i+2].gap != 0 {
			continue
		}
		// (a common word too when the role is a credential's: "Nice ACS:",
		// round 45)
		if x := a.lexOf(i); x&(lxStop|lxLabel|lxMonth|lxMedical|lxParticle|lxNameLabel|lxTitle|lxCred) != 0 || x&lxGiven == 0 && !a.unknownWord(i) && !a.morphCommon(i) && a.lexOf(i+1)&lxCred == 0 {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.8, pName)
	}
}

// compassSaintTown: "St." at i is a saint's, after a compass word and
// before a given name: "North St. Paul", "East St. Louis" (a town, not a
// street called North St).
func (a *analysis) compassSaintTown(i int) bool {
	n := len(a.toks)
	return a.folded(i) == "st" && a.cue(i-1)&cuCompass != 0 && i+2 < n && a.isPunct(i+1, ".") && a.toks[i+1].gap == 0 &&
		a.toks[i+2].gap == 1 && !a.toks[i+2].nl && a.toks[i+2].shape == shTitle && a.lexOf(i+2)&lxGiven != 0
}
