package phi

import "strings"

// Round 37 rules (behavioural health and social care, and the dev genres
// again): the names of a group's attendance sheet ("3. Faith O. -
// present"), a given name that is also a title after a name's label
// ("Student: Justice Okafor"), particles opening a surname, signers by
// initial before a council's number; organisations named on after their
// head by whom or what they serve ("… Council on Aging", "… Center for
// Mental Health and IDD") or by their campus's saint, on their address's
// line, after a clinician's name, in a contact's "(work, …)", by a
// coined word ("AdventHealth") or before a plan's kind ("(HMO)"); plates
// after a state's "tag", ages one turns, numbered highways, places one
// calls or comes from; and, against over-reach, plans of care, eponyms
// before their tool, species, scores read as fractions and codes'
// prefixes before digits that look like a phone.

// The passes of this round that run before the name rules are called
// from these wrappers, each in the place of the pass it follows, so that
// the lines of run before the name rules stay where the PGO profile
// (default.pgo) has its hot call sites.

// detectLabels37: detectLabels, then detectStateTags.
func (a *analysis) detectLabels37() {
	a.detectLabels()
	a.detectStateTags()
}

// extendStreetAddresses37: extendStreetAddresses, then detectHighways.
func (a *analysis) extendStreetAddresses37() {
	a.extendStreetAddresses()
	a.detectHighways()
	a.extendStreetParticles() // (round 38)
}

// detectFieldOrgs37: detectFieldOrgs, then detectOrgBeforeAddress and
// detectBracketPlans.
func (a *analysis) detectFieldOrgs37() {
	a.detectFieldOrgs()
	a.detectOrgBeforeAddress()
	a.detectBracketPlans()
}

// attendanceWords mark a roster's item: "Faith O. - present", "Luz -
// presente", "M. das Dores S. - falta justificada".
var attendanceWords = set(`present absent presente ausente falta faltou excused tardy attended compareceu`)

// detectRosterNames reads the names of an attendance sheet: lines that
// name a person (an optional item number, then given names, surnames,
// initials and particles, then an optional bracket: "(JP)", `("Jéssy")`)
// before a dash, colon or comma and an attendance word. The words must
// be no cue, medical or month word, and one of them a listed name or a
// word in no list; it takes two such lines in the note ("Pulses -
// present" is an examination's line, and names no one). An upper-case
// bracket that spells the name's initials ("Jordan P. (JP)") is the
// person's name too.
func (a *analysis) detectRosterNames() {
	if !a.hasCue(cuAttend) || !a.hasPunct('-') && !a.hasPunct(':') && !a.hasPunct(',') {
		return
	}
	n := len(a.toks)
	var items [][3]int // name run [l, r), and the initials' token (or -1)
	for _, li := range a.lineStarts {
		k := int(li)
		if k+1 < n && a.toks[k].kind == kNum && a.toks[k].e-a.toks[k].s <= 2 && (a.isPunct(k+1, ".") || a.isPunct(k+1, ")")) && a.toks[k+1].gap == 0 {
			k += 2
		}
		if k >= n || !a.capShape(k) || k > int(li) && a.toks[k].nl {
			continue
		}
		l, j, vouched, initial := k, k, false, false
		for j < n && j-l < 8 && (j == l || !a.toks[j].nl && a.toks[j].gap <= 1) {
			t := a.toks[j]
			if t.kind != kWord {
				break
			}
			if t.shape == shSingle {
				initial = true
				j++
				if j < n && a.isPunct(j, ".") && a.toks[j].gap == 0 {
					j++
				}
				continue
			}
			x := a.lexOf(j)
			if t.shape == shLower {
				if j > l && x&lxParticle != 0 && j+1 < n && a.capShape(j+1) {
					j++
					continue
				}
				break
			}
			if x&(lxStop|lxMedical|lxMonth|lxCred|lxOrgHead|lxLabel|lxTitle|lxRelation|lxNameLabel|lxRegion) != 0 && x&lxGiven == 0 ||
				x&(lxMedical|lxCred|lxOrgHead|lxLabel|lxNameLabel) != 0 {
				break
			}
			if x&(lxGiven|lxName) != 0 || a.unknownWord(j) || initial {
				vouched = true // (or a word after an initial: "M. das Graças P.")
			}
			j++
		}
		r := j
		if r == l || !vouched {
			continue
		}
		ini := -1
		p := r
		if p < n && a.isPunct(p, "(") && !a.toks[p].nl {
			q := p + 1
			for q < n && q < p+6 && !a.toks[q].nl && !a.isPunct(q, ")") {
				q++
			}
			if q >= n || !a.isPunct(q, ")") {
				continue
			}
			if q == p+2 && a.isWord(p+1) && a.toks[p+1].shape == shUpper && a.initialsOf(l, r, p+1) {
				ini = p + 1
			}
			p = q + 1
		}
		if p+1 >= n || a.toks[p].nl || a.toks[p+1].nl || !(a.isPunct(p, "-") || a.isPunct(p, "–") || a.isPunct(p, ":") || a.isPunct(p, ",")) || !a.isWord(p+1) {
			continue
		}
		if !attendanceWords[a.folded(p+1)] && !(a.folded(p+1) == "no" && p+3 < n && a.isPunct(p+2, "-") && a.isWord(p+3) && a.folded(p+3) == "show") {
			continue
		}
		items = append(items, [3]int{l, r, ini})
	}
	if len(items) < 2 {
		return
	}
	for _, it := range items {
		a.add(int(a.toks[it[0]].s), int(a.toks[it[1]-1].e), TypeName, 0.8, pName)
		if it[2] >= 0 {
			a.add(int(a.toks[it[2]].s), int(a.toks[it[2]].e), TypeName, 0.8, pName)
		}
	}
}

// initialsOf: the upper-case word k spells the initials of the name's
// words [l, r) (particles left out): "Jordan P." → "JP".
func (a *analysis) initialsOf(l, r, k int) bool {
	w := a.tokText(k)
	c := 0
	for j := l; j < r; j++ {
		if !a.isWord(j) || a.toks[j].shape == shLower {
			continue
		}
		if c >= len(w) || a.text[a.toks[j].s] != w[c] {
			return false
		}
		c++
	}
	return c == len(w) && c >= 2
}

// includeGivenTitles adds a given name that is also a title ("Justice")
// to the name found after it when the two fill a name's field: after a
// name label and its colon ("Student: Justice Okafor", "Patient: Justice
// Amankwah-Reid"); a title there would have its dot or be written out
// ("Patient: Judge …" is no form's way).
func (a *analysis) includeGivenTitles() {
	if !a.hasPunct(':') || !a.hasCue(cuTitle) {
		return
	}
	n := len(a.toks)
	for _, ci := range a.lineOrAfter(':') {
		t := int(ci)
		if a.cue(t)&cuTitle == 0 || t < 2 || t+1 >= n || a.toks[t].shape != shTitle || a.toks[t].nl || a.toks[t+1].nl || a.toks[t+1].gap != 1 {
			continue
		}
		if x := a.lexOf(t); x&lxGiven == 0 || x&(lxCred|lxMonth|lxMedical) != 0 {
			continue
		}
		if !a.isPunct(t-1, ":") || !a.isWord(t-2) || a.lexOf(t-2)&lxNameLabel == 0 || a.toks[t-1].nl {
			continue
		}
		if c := a.candAt(int(a.toks[t+1].s), TypeName); c >= 0 && a.cands[c].s == int(a.toks[t+1].s) {
			a.add(int(a.toks[t].s), a.cands[c].e, TypeName, a.cands[c].score, pName)
		}
	}
}

// servesPreps join an organisation's head to whom or what it serves:
// "Council on Aging", "Center for Mental Health and IDD".
var servesPreps = set(`for on`)

// extendOrgTails extends the organisations found up to their head over
// whom they serve (serveTail) and the saint that names their campus
// (saintTail), in one walk of the candidates.
//
// serveTail: an organisation found up to its head extends over
// "for" or "on" and the capitalised words after it, when they run to the
// end of the name's field (the line's end, a comma, a semicolon, a
// bracket, a spaced dash or a bar): "Bay Area Council on Aging;",
// "Willow Creek Center for Eating Recovery⏎". A month, a weekday or a
// cue word after the preposition ("… Clinic on Monday") is no part of
// it, nor is a word in lower case or a number.
func (a *analysis) extendOrgTails() {
	m := len(a.cands)
	for c := 0; c < m; c++ {
		cd := a.cands[c]
		if cd.e+4 >= len(a.text) || a.text[cd.e] != ' ' {
			continue
		}
		t := a.text[cd.e+1 : cd.e+4]
		switch {
		case t == "for" || t[0] == 'o' && t[1] == 'n' && t[2] == ' ': // " for ", " on "
			if cd.typ == TypeOrganization || cd.typ == TypeName && cd.prio == pDictName {
				a.serveTail(cd)
			}
		case t[0] == 'S' && (t[1] == 't' || t[1] == 'a'): // " St.", " Saint"
			if cd.typ == TypeOrganization {
				a.saintTail(cd)
			}
		}
	}
}

// serveTail extends the organisation cd over whom it serves
// (extendOrgTails).
func (a *analysis) serveTail(cd cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(cd.e)
	if k+1 >= n || k == 0 || a.toks[k].shape != shLower || !servesPreps[a.folded(k)] || a.toks[k].nl || a.toks[k].gap != 1 {
		return
	}
	if cd.typ == TypeName && !a.orgTitled(k-1) {
		return
	}
	// (the organisation's own head must end it: "CVS on Broadway" is
	// a pharmacy's street)
	if p, s, _ := a.orgHeadAt(k - 1); !p && !s && !a.orgTitled(k-1) {
		return
	}
	// (nor a drug after "for": "Family Clinic for Ozempic")
	if x := a.lexOf(k + 1); x&lxMedical != 0 && x&lxCommon == 0 {
		return
	}
	j, strong := k+1, false
	for j < n && j-k <= 6 && !a.toks[j].nl && a.toks[j].gap <= 1 {
		if a.isWord(j) && a.capShape(j) {
			x := a.lexOf(j)
			if x&(lxStop|lxMonth|lxTitle|lxCred|lxNameLabel|lxLabel) != 0 || a.cue(j)&cuWeekday != 0 || j == k+1 && a.toks[j].shape != shTitle {
				break
			}
			// another institution after the preposition is one of its
			// own: "Summit Teleradiology for Cottonwood Rural Health
			// Clinic"
			if p, s, _ := a.orgHeadAt(j); p || s && a.cue(j)&cuWeakOrgHead == 0 {
				strong = true
			}
			j++
			continue
		}
		if j > k+1 && (a.isPunct(j, "&") || a.isWord(j) && (a.folded(j) == "and" || a.folded(j) == "the") && j+1 < n && a.capShape(j+1)) {
			j++
			continue
		}
		break
	}
	for j > k+1 && !a.capShape(j-1) {
		j--
	}
	if j == k+1 || strong {
		return
	}
	// (whom a public body serves by its standard name needs no field's
	// end: "Area Agency on Aging for respite", round42.go)
	if !(j >= n || a.toks[j].nl || a.toks[j].gap >= 3 || a.isPunct(j, ",") || a.isPunct(j, ";") || a.isPunct(j, "(") || j == k+2 && servedWords42[a.folded(k+1)] ||
		a.isPunct(j, "|") || a.isPunct(j, "<") || (a.isPunct(j, "-") || a.isPunct(j, "–")) && a.toks[j].gap > 0 ||
		a.isPunct(j, ".") && (j+1 >= n || a.toks[j+1].nl || a.toks[j+1].gap > 0)) {
		return
	}
	a.add(cd.s, int(a.toks[j-1].e), TypeOrganization, 0.8, pOrg)
}

// orgTitled: the capitalised run that ends at token e names an
// organisation by its last word ("Bay Area Council", "… Coalition").
func (a *analysis) orgTitled(e int) bool {
	return a.isWord(e) && a.toks[e].shape == shTitle && orgBodyWords[a.folded(e)]
}

// orgBodyWords close the name of a body that serves someone or
// something: "Council on Aging", "Coalition for the Homeless".
var orgBodyWords = set(`council coalition alliance commission committee league network association society`)

// detectStateTags reads a plate named by its state and "tag", as a
// Southern writer calls it: "GA tag CTR4409", "KS tag 427 GHT" (the
// state's code before "tag" tells the plate from an ID tag or a price
// tag). The value has a digit; a plate's letters after its digits count.
func (a *analysis) detectStateTags() {
	if !a.hasCue(cuRare37) {
		return
	}
	n := len(a.toks)
	for _, ci := range a.caps {
		i := int(ci)
		if i+2 >= n || a.toks[i].shape != shUpper || a.toks[i].e-a.toks[i].s != 2 || a.tokText(i) == "ID" || !a.isWord(i+1) || a.folded(i+1) != "tag" ||
			a.toks[i+1].nl || a.toks[i+1].gap != 1 || a.toks[i+2].nl || !usStates[a.tokText(i)] {
			continue
		}
		s := a.norm
		vs := a.normPos(int(a.toks[i+2].s))
		val := labelValue(s[vs:])
		if len(val) < 3 || len(val) > 9 || !strings.ContainsAny(val, "0123456789") {
			continue
		}
		if allDigits(val) {
			val = s[vs : vs+len(val)+plateLetters(s[vs+len(val):])]
		}
		a.addNorm(vs, vs+len(val), TypeVehicle, 0.9, pLabeled)
	}
}

// turnVerbs say that a person reaches an age: "turns 96 on April 18",
// "just turned 90".
var turnVerbs = []string{"turns ", "turned ", "turning ", "turn "}

// detectTurnedAges reads an age over 89 after a verb of reaching it
// ("Ms. Teague turns 96 on April 18", "just turned 90 and says …"); a
// unit after the number ("turned 90 degrees", "turned 90°") makes it
// an angle or a measure.
func (a *analysis) detectTurnedAges() {
	if !a.hasCue(cuTurn37) {
		return
	}
	s := a.norm
	for _, cl := range a.numericClusters() {
		if cl.digits < 2 || cl.digits > 3 || cl.seps != 0 || cl.glued || cl.e-cl.s != cl.digits || cl.s < 5 {
			continue
		}
		v := 0
		for i := cl.s; i < cl.e; i++ {
			v = v*10 + int(s[i]-'0')
		}
		if v < 90 || v > 125 {
			continue
		}
		verb := false
		for _, w := range turnVerbs {
			if cl.s >= len(w) && strings.EqualFold(s[cl.s-len(w):cl.s], w) && (cl.s == len(w) || !isASCIILetter(s[cl.s-len(w)-1])) {
				verb = true
				break
			}
		}
		if !verb {
			continue
		}
		rest := s[cl.e:min(len(s), cl.e+9)]
		if rest != "" && (rest[0] == '%' || rest[0] == '/' || rest[0] == '.' && len(rest) > 1 && isDigit(rest[1]) || !strings.HasPrefix(rest, " ") && rest[0] != ',' && rest[0] != '.' && rest[0] != ';' && rest[0] != ')' && rest[0] != '\n') {
			continue
		}
		if r := strings.ToLower(strings.TrimLeft(rest, " ")); strings.HasPrefix(r, "deg") || strings.HasPrefix(r, "°") || strings.HasPrefix(r, "mg") || strings.HasPrefix(r, "min") ||
			strings.HasPrefix(r, "ml") || strings.HasPrefix(r, "percent") || strings.HasPrefix(r, "%") {
			continue
		}
		a.addNorm(cl.s, cl.e, TypeAge, 0.85, pAge)
	}
}

// detectCouncilSigners reads a signer written as an initial and a
// surname alone at a line's start before a spaced dash and a council's
// registration or a credential: "R. Medeiros - COREN-RN 412.009",
// "T. Okafor - LCSW".
func (a *analysis) detectCouncilSigners() {
	if !a.hasPunct('-') || !a.hasCue(cuCouncil|cuCred) {
		return
	}
	n := len(a.toks)
	for _, li := range a.lineStarts {
		i := int(li)
		if i+4 >= n || a.toks[i].shape != shSingle || !a.isPunct(i+1, ".") || a.toks[i+1].gap != 0 || a.claimedAt(i) {
			continue
		}
		k := i + 2
		if !a.isWord(k) || a.toks[k].nl || a.toks[k].gap > 1+int16(a.ocrGap()) || a.toks[k].shape != shTitle && a.toks[k].shape != shUpper || a.claimedAt(k) ||
			a.lexOf(k)&(lxStop|lxMedical|lxMonth|lxCred|lxLabel|lxTitle|lxOrgHead|lxRegion) != 0 {
			continue
		}
		e := k + 1
		for e+1 < n && a.isPunct(e, "-") && a.toks[e].gap == 0 && a.isWord(e+1) && a.toks[e+1].gap == 0 {
			e += 2
		}
		if e+1 >= n || !a.spacedDash(e) || a.toks[e+1].nl || !a.isWord(e+1) {
			continue
		}
		if c := a.toks[e+1]; !(c.shape == shUpper && (a.cue(e+1)&cuCouncil != 0 && councilWords[a.tokText(e+1)] || a.lexOf(e+1)&lxCred != 0)) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
	}
}

// properOnlyHeads head an organisation only with a proper word in its
// name ("Northstar Recovery", "Lane Mobile Crisis Team"; not "Full
// Recovery", "the Palliative Care Team").
var properOnlyHeads = set(`toxicology gym energy intermediate recovery probation council team comunidade rx league management`)

// detectOrgBeforeAddress reads the organisation a line names before its
// street address: "Prairie Counseling & Assessment, 301 N. Main St,
// Bloomington, IL 61701". The words between the line's start (or a
// label's colon, a spaced dash, a bar) and the comma before the house
// number must hold an organisation's head and be capitalised words,
// connectors and "&" only; a title or a credential among them makes it
// a person's address.
func (a *analysis) detectOrgBeforeAddress() {
	if !a.hasPunct(',') || !a.hasCue(cuOrgSuffix|cuOrgPrefix) {
		return
	}
	m := len(a.cands)
	for c := 0; c < m; c++ {
		cd := a.cands[c]
		if cd.typ != TypeAddress {
			continue
		}
		k, ok := a.tokenAt(cd.s)
		if !ok || k < 3 || a.toks[k].kind != kNum || a.toks[k].nl || !a.isPunct(k-1, ",") || a.toks[k-1].gap != 0 {
			continue
		}
		r := k - 1
		l, head := r, false
		for l > 0 && r-l < 8 {
			p := l - 1
			if a.toks[l].nl && l < r || a.claimedAt(p) {
				break
			}
			t := a.toks[p]
			if t.kind == kWord && t.shape != shLower {
				x := a.lexOf(p)
				if x&(lxTitle|lxCred|lxMonth|lxLabel|lxNameLabel) != 0 && x&lxOrgHead == 0 || x&lxStop != 0 && (x&lxCommon == 0 || t.shape != shTitle) {
					break
				}
				if pre, suf, _ := a.orgHeadAt(p); pre || suf {
					head = true
				}
				l = p
				continue
			}
			if a.isPunct(p, "&") || t.kind == kWord && orgConnector(a.folded(p)) && t.shape == shLower {
				l = p
				continue
			}
			break
		}
		for l < r && !a.capShape(l) {
			l++
		}
		if !head || r-l < 2 || !a.capShape(l) {
			continue
		}
		// the run opens its line or its field (or follows where a paper
		// went: "Transmitted … to Mainline Apothecary, 41 E Lancaster
		// Ave", round 49)
		if !(l == 0 || a.toks[l].nl || a.isPunct(l-1, ":") || a.isPunct(l-1, "|") || a.spacedDash(l-1) ||
			a.isWord(l-1) && a.toks[l-1].shape == shLower && (a.folded(l-1) == "to" || a.folded(l-1) == "at" || a.folded(l-1) == "from")) {
			continue
		}
		if a.nameAt(l) {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
	}
}

// brandTails end a health system's or a pharmacy's coined name written
// in one word: "AdventHealth", "PeaceHealth", "MultiCare", "BayCare".
var brandTails = set(`health care med clinic clinics pharmacy labs`)

// compoundBrand reads a health system named by one coined word in
// mixed case whose last part is an organisation's head ("AdventHealth
// Ocala", "MultiCare"), with the town after it that names the campus.
func (a *analysis) compoundBrand(i int) bool {
	n := len(a.toks)
	t := a.toks[i]
	if t.shape != shMixed || a.claimedAt(i) || t.e-t.s < 7 || a.candAt(int(t.s), TypeOrganization, TypeLocation) >= 0 {
		return false
	}
	w := a.tokText(i)
	if !isASCIIUpper(w[0]) {
		return false
	}
	// the last capital inside the word opens its tail
	c := -1
	for p := len(w) - 1; p >= 2; p-- {
		if isASCIIUpper(w[p]) {
			c = p
			break
		}
	}
	if c < 0 || !isASCIILower(w[c-1]) || !brandTails[strings.ToLower(w[c:])] || strings.HasPrefix(w, "My") || statePrefix(strings.ToLower(w[:c])) {
		return false // (a patient portal, "MyHealth", is a product; "MassHealth", "TennCare" a state's Medicaid)
	}
	// (nor a device's model after its maker: "Medtronic MiniMed 780G")
	if i > 0 && a.isWord(i-1) && a.lexOf(i-1)&lxMedical != 0 && !a.toks[i].nl || i+1 < n && (a.toks[i+1].kind == kAlnum || a.toks[i+1].kind == kNum) && !a.toks[i+1].nl {
		return false
	}
	if a.lexOf(i)&(lxMedical|lxStop) != 0 {
		return false
	}
	// (a state's Medicaid plan before its member number, "KanCare ID
	// 5071849926", is no local body)
	if i+1 < n && a.isWord(i+1) && !a.toks[i+1].nl && (a.lexOf(i+1)&lxLabel != 0 || a.cue(i+1)&cuIDWord != 0) {
		return false
	}
	e := i + 1
	if e < n && a.isWord(e) && a.toks[e].shape == shTitle && !a.toks[e].nl && a.toks[e].gap == 1 && a.lexOf(e)&lxPlace != 0 && a.lexOf(e)&(lxStop|lxMonth) == 0 {
		e++
	}
	// (below pOrg: claim leaves it to the organisation and place rules
	// after detectOrgs, "TennCare Select", "BlueCare Tennessee")
	a.add(int(t.s), int(a.toks[e-1].e), TypeOrganization, 0.8, pCtxOrg)
	return true
}

// codePrefixed: the digits at s[i:] follow a code's capitals and a
// hyphen, one to four of them after a blank or the start: "ref
// PA-24-0916-7712" is a reference, not a phone number.
func codePrefixed(s string, i int) bool {
	if i < 2 || s[i-1] != '-' || !isASCIIUpper(s[i-2]) {
		return false
	}
	p := i - 2
	for p > 0 && isASCIIUpper(s[p-1]) {
		p--
	}
	if i-1-p > 4 || !(p == 0 || s[p-1] == ' ' || s[p-1] == '\t' || s[p-1] == '\n' || s[p-1] == '(' || s[p-1] == ':') {
		return false
	}
	switch s[p : i-1] {
	case "TEL", "PH", "FAX", "CEL", "FONE", "CELL", "TELL", "MOB", "WHATS", "PHONE":
		return false // the phone's own label
	}
	return true
}

// lineStartBefore: token i opens its line, or the hyphenated word it
// ends does ("ABERNATHY-SOLIS").
func (a *analysis) lineStartBefore(i int) bool {
	for i >= 2 && a.isPunct(i-1, "-") && a.toks[i-1].gap == 0 && a.toks[i].gap == 0 && a.isWord(i-2) {
		i -= 2
	}
	return i == 0 || a.toks[i].nl
}

// leadParticles open a Dutch or German surname written first or alone:
// "van der Merwe, Pieter", "von Hassel, Margarethe".
var leadParticles = set(`van von der den ter ten vom zu vander`)

// includeLeadingParticles adds the lower-case particles that open a
// surname to the name found after them, when the particles open a field
// (the line's start, a label's colon, a spaced dash, a bracket or a
// comma before them): "Subject: SNF referral - van der Merwe, Pieter",
// "Name: von Hassel, Margarethe".
func (a *analysis) includeLeadingParticles() {
	if !a.hasCue(cuRare37) {
		return
	}
	m := len(a.cands)
	for c := 0; c < m; c++ {
		cd := a.cands[c]
		// (a particle's last letter and a blank before the name: most
		// names fail there, before the search for their token)
		if cd.s < 4 || a.text[cd.s-1] != ' ' || !particleEnd(a.text[cd.s-2]) || cd.typ != TypeName {
			continue
		}
		k, ok := a.tokenAt(cd.s)
		if !ok || k < 1 || a.toks[k].nl || !a.capShape(k) {
			continue
		}
		l := k
		for l > 0 && k-l < 3 && a.isWord(l-1) && a.toks[l-1].shape == shLower && leadParticles[a.folded(l-1)] && a.toks[l].gap == 1 && !a.toks[l].nl {
			l--
		}
		if l == k {
			continue
		}
		if !(l == 0 || a.toks[l].nl || a.isPunct(l-1, ":") || a.isPunct(l-1, "(") || a.isPunct(l-1, ",") || a.spacedDash(l-1)) {
			continue
		}
		a.add(int(a.toks[l].s), cd.e, TypeName, cd.score, pName)
	}
}

// saintTail extends an organisation found up to its head over the
// saint that names its campus: "CHI Health St. Francis", "Mercy Health
// Saint Mary's" (a saint's given name after "St." or "Saint").
func (a *analysis) saintTail(cd cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(cd.e)
	if k+1 >= n || k == 0 || !a.isWord(k) || a.toks[k].nl || a.toks[k].gap != 1 {
		return
	}
	if p, s, _ := a.orgHeadAt(k - 1); !p && !s {
		return
	}
	f := a.folded(k)
	j := k + 1
	if f == "st" && a.tokText(k) == "St" && a.isPunct(j, ".") && a.toks[j].gap == 0 {
		j++
	} else if f != "saint" || a.toks[k].shape != shTitle {
		return
	}
	if j >= n || !a.isWord(j) || a.toks[j].shape != shTitle || a.toks[j].nl || a.toks[j].gap != 1 || a.lexOf(j)&lxGiven == 0 || a.lexOf(j)&(lxStop|lxMonth) != 0 {
		return
	}
	e := j + 1
	if e+1 < n && (a.isPunct(e, "'") || a.isPunct(e, "’")) && a.toks[e].gap == 0 && a.isWord(e+1) && a.folded(e+1) == "s" && a.toks[e+1].gap == 0 {
		e += 2
	}
	a.add(cd.s, int(a.toks[e-1].e), TypeOrganization, cd.score, pOrg)
}

// planTypes are the kinds of a health plan written in brackets after
// its name: "Heartland Senior Choice (HMO)".
var planTypes = set(`hmo ppo epo pos snp hmo-pos d-snp`)

// detectBracketPlans reads a health plan named before its kind in
// brackets: "Heartland Senior Choice (HMO)", "Sun Valley Care (PPO)".
// Two to five capitalised words on the line, no cue or month word.
func (a *analysis) detectBracketPlans() {
	if !a.hasPunct('(') || !a.hasCue(cuRare37) {
		return
	}
	n := len(a.toks)
	for _, ci := range a.caps {
		i := int(ci)
		if i < 3 || a.toks[i-1].ch != '(' || i+1 >= n || a.toks[i].shape != shUpper || !a.isPunct(i+1, ")") || a.toks[i-1].nl || !planTypes[a.folded(i)] {
			continue
		}
		r := i - 1
		l := r
		for l > 0 && r-l < 5 && a.isWord(l-1) && a.capShape(l-1) && !a.toks[l].nl && a.toks[l].gap <= 1 && !a.claimedAt(l-1) &&
			a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxCred|lxLabel|lxNameLabel) == 0 {
			l--
		}
		if r-l < 2 || a.nameAt(l) {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
	}
}

// detectPracticeAfterName reads a practice named after a clinician and a
// comma, as a referral or a PCP field gives them: "PCP: Dr. Aldana,
// Rosewood Pediatrics." — one to three capitalised words before a
// strong organisation head, ending the field.
func (a *analysis) detectPracticeAfterName() {
	if !a.hasPunct(',') || !a.hasCue(cuOrgSuffix) {
		return
	}
	n := len(a.toks)
	m := len(a.cands)
	for c := 0; c < m; c++ {
		cd := a.cands[c]
		// (a comma and a blank right after a name: most candidates fail
		// there)
		if cd.e+3 >= len(a.text) || a.text[cd.e] != ',' || a.text[cd.e+1] != ' ' || !isASCIIUpper(a.text[cd.e+2]) || cd.typ[0] != 'N' || cd.typ != TypeName {
			continue
		}
		l := a.firstTokenFrom(cd.e) + 1
		if l >= n || a.toks[l].nl || a.toks[l].gap != 1 {
			continue
		}
		h := l
		for h < n && h-l < 3 && a.isWord(h) && a.toks[h].shape == shTitle && (h == l || !a.toks[h].nl && a.toks[h].gap == 1) && !a.claimedAt(h) &&
			a.cue(h)&(cuOrgSuffix|cuWeakOrgHead) != cuOrgSuffix && a.lexOf(h)&(lxStop|lxMonth|lxTitle|lxCred|lxLabel|lxNameLabel|lxMedical) == 0 {
			h++
		}
		if h == l || h >= n || !a.isWord(h) || a.toks[h].shape != shTitle || a.cue(h)&(cuOrgSuffix|cuWeakOrgHead) != cuOrgSuffix || a.claimedAt(h) || a.toks[h].nl || a.toks[h].gap != 1 {
			continue
		}
		if r := h + 1; !(r >= n || a.toks[r].nl || a.isPunct(r, ".") || a.isPunct(r, ",") || a.isPunct(r, ";") || a.isPunct(r, ")") || a.toks[r].gap >= 3) {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[h].e), TypeOrganization, 0.8, pOrg)
	}
}

// placedTeam: a team's name [l, h) holds a place's, a person's or a
// region's word, or an acronym in capitals ("Lane Mobile Crisis Team",
// "Crescent City ACT Team"); a ward's shorthand ("Gen Surg Team B")
// names no organisation.
func (a *analysis) placedTeam(l, h int) bool {
	for k := l; k < h; k++ {
		if !a.isWord(k) {
			continue
		}
		if a.lexOf(k)&(lxPlace|lxGiven|lxRegion) != 0 && a.lexOf(k)&lxStop == 0 || a.toks[k].shape == shUpper && a.toks[k].e-a.toks[k].s >= 3 && a.lexOf(k)&(lxStop|lxMedical) == 0 {
			return true
		}
	}
	return false
}

// eponymNounsOf name a sign, a finding, a tool or a method before "de"
// and the eponym that names it ("sinal de Murphy", "nódulos de
// Heberden", "tela de Amsler", "equação de Friedewald", "zona II de
// Kramer", "crises de Stokes-Adams").
var eponymNounsOf = set(`dreno sinal manobra teste escala criterios classificacao sindrome doenca
	esquema solucao sign criteria scale classification test tabela fratura cisto tenossinovite tendinite
	lente formula escore protocolo protocol nodulos nodulo equacao zona tela tecnica tecnicas
	monofilamento crises crise metodo manobras sinais reflexo nomograma encefalopatia cirurgia
	triangulo ligamento paralisia canal sindromes doencas barras`) // (round 55: "barras de Erich")

// eponymOf: word k follows "de" (or "of") after a noun that an eponym
// names, a grade's numeral between them allowed ("zona II de Kramer").
func (a *analysis) eponymOf(k int) bool {
	if k < 2 || a.toks[k-1].e-a.toks[k-1].s != 2 || !a.isWord(k-1) || a.toks[k].nl || a.toks[k-1].nl || !a.deOrOf(k-1) {
		return false
	}
	p := k - 2
	// (or in digits: "zona 2 de Kramer", round42.go)
	if p > 0 && (a.toks[p].shape == shUpper && romanLevels[a.tokText(p)] || a.toks[p].kind == kNum && a.toks[p].e-a.toks[p].s == 1) && !a.toks[p].nl {
		p--
	}
	return a.isWord(p) && eponymNounsOf[a.folded(p)]
}

// deOrOf: word i is "de" or "of".
func (a *analysis) deOrOf(i int) bool {
	f := a.folded(i)
	return f == "de" || f == "of"
}

// pairedToolNouns follow a hyphenated pair of eponyms within a few
// words: the protocol, plan, score or device they name.
var pairedToolNouns = set(`protocol protocols plan score scores catheter classification criteria scale rule rules sign maneuver test tool
	pattern predicted smear rings exercises spaces`)

// pairedEponymBefore: the words from j, up to three and in lower case,
// end in a tool's noun ("adult fall protocol", "safety plan"), or say
// a device is in place ("in place").
func (a *analysis) pairedEponymBefore(j int) bool {
	n := len(a.toks)
	if j+1 < n && a.isWord(j) && a.folded(j) == "in" && a.isWord(j+1) && a.folded(j+1) == "place" && !a.toks[j].nl && !a.toks[j+1].nl {
		return true
	}
	for q := j; q < n && q < j+3 && a.isWord(q) && !a.toks[q].nl && a.toks[q].gap <= 1; q++ {
		if pairedToolNouns[a.folded(q)] {
			return true
		}
		if a.toks[q].shape != shLower && a.toks[q].shape != shUpper {
			return false
		}
	}
	return false
}

// eponymPairRun: the run [i, j) is only a hyphenated pair of names
// before the tool they name ("per Schmitt-Thompson adult fall
// protocol"), with no title before it ("Dr. Osei-Bonsu plan" names the
// doctor).
func (a *analysis) eponymPairRun(i, j int) bool {
	if j != i+3 || !a.isPunct(i+1, "-") || a.toks[i+1].gap != 0 || a.toks[i+2].gap != 0 || !a.isWord(i) || !a.isWord(i+2) {
		return false
	}
	p := i - 1
	if p >= 0 && a.isPunct(p, ".") {
		p--
	}
	if p >= 0 && a.isWord(p) && (a.cue(p)&cuTitle != 0 || a.lexOf(p)&(lxTitle|lxRelation|lxNameLabel) != 0) {
		return false
	}
	return a.pairedEponymBefore(j) || a.eponymEquation49(i, j)
}

// speciesEndings end a species' Latin epithet.
var speciesEndings = []string{"is", "us", "um", "ae", "ii", "ti", "ni", "ri", "ns", "le", "osa", "ata", "ica", "oides", "ides"}

// speciesEpithet: the lower-case word j reads as a species' epithet: in
// no list but the medical one, six letters or more, with a Latin ending.
func (a *analysis) speciesEpithet(j int) bool {
	t := a.toks[j]
	if t.e-t.s < 6 {
		return false
	}
	switch a.text[t.e-1] {
	case 's', 'm', 'e', 'i', 'a':
	default:
		return false
	}
	x := a.lexOf(j)
	if x&(lxCommon|lxGiven|lxName|lxPlace|lxStop) != 0 {
		return false
	}
	f := a.folded(j)
	for _, e := range speciesEndings {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// scoreFractions: v is two or more scores read as fractions, side by side
// or one in brackets ("19/30 (24/30", a MoCA now and before), not an
// identifier: each piece one to three digits over one to three.
func scoreFractions(v string) bool {
	pieces := 0
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '(' || r == ')' }) {
		num, den, ok := strings.Cut(p, "/")
		if !ok || len(num) == 0 || len(num) > 3 || len(den) == 0 || len(den) > 3 || !allDigits(num) || !allDigits(den) {
			return false
		}
		pieces++
	}
	return pieces >= 2
}

// motionVerbs say where someone called or came from: "o pai ligou de
// Guarulhos", "veio de Caruaru", "chegou de Imperatriz".
var motionVerbs = set(`ligou ligando liga veio vem vindo vinda chegou chegando voltou viajou mudou mudaram`)

// detectMotionPlaces reads a listed place after a verb of calling or
// coming and "de", "do", "da" or "para" ("ligou de Guarulhos"), and after
// a person named with "in" ("daughter Charlene Pritchard in Derby"): a
// town there, even one that is also a word, where it ends the phrase.
func (a *analysis) detectMotionPlaces() {
	if a.pt && a.hasCue(cuMotion) {
		for _, ci := range a.caps {
			k := int(ci)
			if k < 2 || a.cue(k-2)&cuMotion == 0 || a.toks[k].shape != shTitle || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(k-2) || a.toks[k-1].nl {
				continue
			}
			if p := a.folded(k - 1); p == "de" || p == "do" || p == "da" || p == "para" {
				a.motionPlace(k)
			}
		}
	}
	if a.en {
		// (after a name: " in " follows a NAME candidate)
		m := len(a.cands)
		for c := 0; c < m; c++ {
			cd := a.cands[c]
			if cd.e+4 >= len(a.text) || a.text[cd.e] != ' ' || a.text[cd.e+1] != 'i' || a.text[cd.e+2] != 'n' || a.text[cd.e+3] != ' ' || cd.typ != TypeName {
				continue
			}
			k := a.firstTokenFrom(cd.e) + 1
			if k < len(a.toks) && a.toks[k].shape == shTitle && a.toks[k].gap == 1 && !a.toks[k].nl {
				a.motionPlace(k)
			}
		}
	}
}

// motionPlace adds the place that starts at token k (detectMotionPlaces).
func (a *analysis) motionPlace(k int) {
	n := len(a.toks)
	if a.claimedAt(k) || !a.isWord(k-1) {
		return
	}
	x := a.lexOf(k)
	if x&lxPlace == 0 || x&(lxStop|lxMonth|lxRegion|lxTitle|lxCred|lxRelation|lxMedical) != 0 {
		return
	}
	{
		j := a.titleRun(k, 3)
		if j <= k {
			j = k + 1
		}
		// (the place ends the phrase: a bracket, a stop, a comma, the line)
		if j < n && !a.toks[j].nl && a.toks[j].kind == kWord && a.toks[j].shape == shLower && !(a.pt && motionAfter[a.folded(j)]) {
			return
		}
		a.add(int(a.toks[k].s), int(a.toks[j-1].e), TypeLocation, 0.7, pLocation)
	}
}

// motionAfter may follow the place in Portuguese: "ligou de Guarulhos às
// 05h", "veio de Caruaru ontem".
var motionAfter = set(`as às ontem hoje agora e para pra de em com`)

// dottedThousands: v is "ddd.ddd", a Brazilian record's number grouped
// by a dot.
func dottedThousands(v string) bool {
	return len(v) == 7 && v[3] == '.' && allDigits(v[:3]) && allDigits(v[4:])
}

// orgRunBefore: the capitalised words on the line that end at token e
// hold an organisation's prefix head ("Policlínica Regional").
func (a *analysis) orgRunBefore(e int) bool {
	for k := e; k >= 0 && e-k < 4 && a.capShape(k); k-- {
		if p, _, _ := a.orgHeadAt(k); p {
			return true
		}
		if a.toks[k].nl {
			break
		}
	}
	return false
}

// highwayWords name a numbered road: "Hwy 51", "Highway 61" ("Route 9"
// where a crash happened is left to the street rules).
var highwayWords = set(`hwy highway`)

// highwayPreps put a place on a road: "the CVS on Hwy 51", "off Route 9".
var highwayPreps = set(`on off along near`)

// detectHighways reads a numbered road named without a house number
// after a preposition of place: "the CVS on Hwy 51 in Hernando",
// "lives off Route 9W" (the road's word capitalised, its number of one
// to three digits and an optional letter).
func (a *analysis) detectHighways() {
	if !a.hasCue(cuRare37) {
		return
	}
	n := len(a.toks)
	for _, ci := range a.caps {
		i := int(ci)
		if i < 1 || i+1 >= n || a.toks[i+1].kind != kNum && a.toks[i+1].kind != kAlnum || a.toks[i].nl || !a.isWord(i-1) || a.toks[i-1].shape != shLower || a.claimedAt(i) {
			continue
		}
		if !highwayWords[a.folded(i)] || !highwayPreps[a.folded(i-1)] {
			continue
		}
		k := i + 1
		t := a.toks[k]
		if t.nl || t.gap != 1 || a.claimedAt(k) || t.kind != kNum && t.kind != kAlnum || t.e-t.s > 4 || !isDigit(a.text[t.s]) {
			continue
		}
		v := a.tokText(k)
		d := 0
		for d < len(v) && isDigit(v[d]) {
			d++
		}
		if d > 3 || len(v)-d > 1 {
			continue
		}
		if k+1 < n && !a.toks[k+1].nl && a.isWord(k+1) && (doseUnits[a.folded(k+1)] || a.cue(k+1)&cuMeasure != 0) {
			continue
		}
		a.add(int(a.toks[i].s), int(t.e), TypeAddress, 0.6, pAddress)
	}
}

// doseUnits follow a dose's number ("Route 2 mg" is no road).
var doseUnits = set(`mg mcg ml g kg units unit iu meq mmol tabs tab caps puffs drops`)

// detectWorkParens reads the employer a contact's bracket names after
// "work": "608-555-0102 x 231 (work, Epic Systems)", "(work: Tyson
// Foods)". Capitalised words to the closing bracket, with an
// organisation's head or two words or more that no name rule took.
func (a *analysis) detectWorkParens() {
	if !a.hasPunct('(') || !a.hasCue(cuTurn37) {
		return
	}
	n := len(a.toks)
	for _, ci := range a.caps {
		l := int(ci)
		if l < 4 || a.toks[l-1].ch != ',' && a.toks[l-1].ch != ':' || a.toks[l-3].ch != '(' || a.folded(l-2) != "work" {
			continue
		}
		r, head := l, false
		for r < n && r-l < 5 && a.isWord(r) && a.capShape(r) && !a.toks[r].nl && !a.claimedAt(r) && a.lexOf(r)&(lxStop|lxMonth|lxTitle|lxCred) == 0 {
			if p, s, _ := a.orgHeadAt(r); p || s {
				head = true
			}
			r++
		}
		if r == l || r >= n || !a.isPunct(r, ")") || !head && r-l < 2 || a.nameAt(l) {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.75, pOrg)
	}
}

// statePrefix: p opens the name of a US state ("mass", "tenn", "kan"):
// a state's Medicaid plan ("MassHealth", "TennCare") names no local
// body.
func statePrefix(p string) bool {
	if len(p) < 3 {
		return false
	}
	for st := range usStateNames {
		if strings.HasPrefix(st, p) {
			return true
		}
	}
	return false
}

// particleEnd: c ends one of the leadParticles.
func particleEnd(c byte) bool { return c == 'n' || c == 'r' || c == 'm' || c == 'u' }

// rare37Words trigger round 37's rarer passes (hasCue): the state's
// "tag" of a plate, a numbered highway, the particles that open a
// surname and a health plan's kind.
var rare37Words = set(`tag hwy highway van von der den ter ten vom zu vander hmo ppo epo snp`)

// turn37Words trigger the passes of an age one turns and of an employer
// in a contact's brackets (hasCue).
var turn37Words = set(`turns turned turning turn work`)

// eponymAfterOf: the eponym k follows "de" after a noun it names ("sinal
// de Murphy"), or is the second of two ("nódulos de Heberden ou de
// Bouchard", "técnicas de Kabat e de Maitland"). (Out of line: eponymContext
// is inlined in the hot loops.)
//
//go:noinline
func (a *analysis) eponymAfterOf(k int) bool {
	return a.eponymOf(k) ||
		k >= 4 && a.isWord(k-1) && a.folded(k-1) == "de" && a.isWord(k-2) && (a.folded(k-2) == "e" || a.folded(k-2) == "ou") && a.capShape(k-3) && !a.toks[k-2].nl && a.eponymOf(k-3)
}

// eponymTool: the capitalised word k, with the tokens up to j (a
// hyphenated pair's second half), names a tool, a sign or a species: a
// pair of eponyms before the tool they name ("Schmitt-Thompson adult fall
// protocol", "Stanley-Brown safety plan", "Swan-Ganz in place"), a sign
// read as present ("Blumberg +"), a genus before its species ("Proteus
// mirabilis", "Babesia microti").
//
//go:noinline
func (a *analysis) eponymTool(k, j int) bool {
	if j > k+1 {
		return a.pairedEponymBefore(j)
	}
	t := a.toks[j]
	if t.ch == '+' {
		// a sign read as present, before a comma or a stop: "Blumberg +,
		// Rovsing +" ("school forms for Milo + insurance" is an "and")
		return t.gap == 1 && (j+1 >= len(a.toks) || a.toks[j+1].nl || a.toks[j+1].kind == kPunct)
	}
	return t.gap == 1 && t.kind == kWord && a.speciesEpithet(j)
}

// planNameBefore: the identifier c, which starts at token i after a
// prefix in capitals, follows a plan's name found as an organisation:
// "Delta Dental DD 00417 7732 01" (the plan's letters before its digits).
func (a *analysis) planNameBefore(i int, c cand) bool {
	if c.typ != TypeID && c.typ != TypeHealthPlan || i < 2 || !a.isWord(i-2) || a.toks[i-1].gap != 1 {
		return false
	}
	e := int(a.toks[i-2].e)
	for _, o := range a.cands {
		if o.e == e && o.typ == TypeOrganization {
			return true
		}
	}
	return false
}

// countNouns open (by their first four letters) what a share after a
// fraction counts: days, doses taken, meals, group sessions, opacities.
var countNouns = set(`days take meal grou opac visi atte corr item nigh pill indi supp site pont poin`)

// carePlanAt: the head h is "Plan" after a plan of care's kind ("Stanley-Brown
// Safety Plan", "CRISIS PLAN"): a document, not an insurer's plan ("…
// Care Plan" and "… Health Plan" stay insurers').
func (a *analysis) carePlanAt(l, h int) bool {
	if h <= l || a.folded(h) != "plan" || !a.isWord(h-1) {
		return false
	}
	f := a.folded(h - 1)
	return planKinds[f] && f != "care"
}
