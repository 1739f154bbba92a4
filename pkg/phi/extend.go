package phi

import "strings"

// Passes that grow organisation names found by the other rules over the
// words that still belong to them.

// candAt returns the index of the best candidate of one of the given
// types that covers byte i, or -1.
func (a *analysis) candAt(i int, types ...string) int {
	best := -1
	for k, c := range a.cands {
		if c.s > i || i >= c.e {
			continue
		}
		for _, t := range types {
			if c.typ == t && (best < 0 || c.prio > a.cands[best].prio) {
				best = k
			}
		}
	}
	return best
}

// tokAt returns the index of the first token that starts at or after byte i.
func (a *analysis) tokAt(i int) int { return a.firstTokenFrom(i) }

// stateCodeAt: token k is a US state's postal code that closes its field
// (a line break, a wide gap or punctuation after it), not a credential.
func (a *analysis) stateCodeAt(k int) bool {
	n := len(a.toks)
	if k >= n || !a.isWord(k) || a.toks[k].nl || a.toks[k].shape != shUpper || !usStates[a.tokText(k)] || a.lexOf(k)&lxCred != 0 {
		return false
	}
	return k+1 >= n || a.toks[k+1].nl || a.toks[k+1].gap >= 2 || a.toks[k+1].kind == kPunct
}

// stateAfterOrg: token j, right after an organisation, is a US state's
// abbreviation closing the field — the state's branch of a plan ("Ins:
// BlueCross BlueShield TN    ID # …"), not a city's state (no ZIP after)
// nor a credential ("PA").
func (a *analysis) stateAfterOrg(j int) bool {
	n := len(a.toks)
	if j <= 0 || j >= n || !a.isWord(j) || a.toks[j].nl || a.toks[j].gap > 2 || a.toks[j].shape != shUpper || !usStates[a.tokText(j)] || a.lexOf(j)&lxCred != 0 || a.claimedAt(j) {
		return false
	}
	return j+1 >= n || a.toks[j+1].nl || a.toks[j+1].gap >= 3 || a.isPunct(j+1, ";") || a.isPunct(j+1, ")")
}

// branchWords name a numbered branch of a public body after its name.
var branchWords = set(`regiao regional unidade nucleo polo distrito sede`)

// branchAfterOrg: after an organisation ending before token j, a spaced
// dash, a branch word and its number closing the line ("Conselho Tutelar
// de Caruaru - Região III") or its place's name ("… - REGIÃO NORTE
// VELHO"), or a unit's acronym and its name ("Centro de Referência de
// Assistência Social - CRAS Vila Rica"); it returns the byte end of the
// branch, or 0.
func (a *analysis) branchAfterOrg(j int) int {
	n := len(a.toks)
	if j <= 0 || j+2 >= n || a.toks[j].nl || !a.spacedDash(j) || !a.isWord(j+1) || a.toks[j+2].nl {
		return 0
	}
	f, sh := a.folded(j+1), a.toks[j+1].shape
	if sh == shUpper && unitAcronyms[f] {
		return a.capsToLineEnd(j+2, 3)
	}
	if sh != shTitle && sh != shUpper || !branchWords[f] {
		return 0
	}
	v := a.toks[j+2]
	if !(v.kind == kNum && v.e-v.s <= 2 || v.kind == kWord && v.shape == shUpper && romanLevels[a.tokText(j+2)]) {
		// (a region by its name; a "Núcleo de Autorizações" is a desk)
		if f == "regiao" || f == "regional" || f == "distrito" {
			return a.capsToLineEnd(j+2, 2)
		}
		return 0
	}
	if j+3 < n && !a.toks[j+3].nl {
		return 0
	}
	return int(v.e)
}

// capsToLineEnd: tokens k… are one to max capitalised words (a de/da/do
// between them) that close their line, none a stop, month, label or
// medical word; it returns their byte end, or 0.
func (a *analysis) capsToLineEnd(k, max int) int {
	n := len(a.toks)
	words := 0
	for ; k < n && !a.toks[k].nl && a.toks[k].gap <= 1; k++ {
		if a.isWord(k) && a.toks[k].shape == shLower && nameConnectors[a.folded(k)] && k+1 < n && a.capShape(k+1) && !a.toks[k+1].nl {
			continue
		}
		if !a.capShape(k) || a.lexOf(k)&(lxStop|lxMonth|lxMedical|lxLabel|lxTitle|lxCred) != 0 || a.cue(k)&cuDocType != 0 {
			return 0
		}
		words++
		if words > max {
			return 0
		}
		if k+1 >= n || a.toks[k+1].nl {
			return int(a.toks[k].e)
		}
	}
	return 0
}

// serviceHeads name a hospital's clinic before "do/da" and the hospital,
// as one name: "Ambulatório de Saúde Mental do Hospital X" ("Serviço de
// Neurologia do Hospital X" addresses a department, the dev convention).
var serviceHeads = set(`ambulatorio`)

// serviceBeforeOrg: the tokens before token i (an organisation's first)
// are a service of it, "Ambulatório de Neurologia do"; it returns the
// service head's index, or -1.
func (a *analysis) serviceBeforeOrg(i int) int {
	if i < 4 || a.toks[i].nl || !a.isWord(i-1) || a.toks[i-1].shape != shLower || a.toks[i-1].nl {
		return -1
	}
	switch a.folded(i - 1) {
	case "do", "da", "dos", "das":
	default:
		return -1
	}
	k := i - 2
	for w := 0; k > 0 && w < 3 && (a.toks[k].shape == shTitle || a.toks[k].shape == shUpper) && a.isWord(k) && !a.toks[k+1].nl && !a.claimedAt(k); w++ {
		k--
	}
	if k == i-2 || k < 1 || a.toks[k+1].nl || !a.isWord(k) || a.toks[k].shape != shLower || a.folded(k) != "de" && a.folded(k) != "da" {
		return -1
	}
	h := k - 1
	// (on its own line, as a letterhead or an addressee block writes it:
	// "Ao Ambulatório de … do Hospital X" in a sentence is the dev
	// convention's department)
	if !a.isWord(h) || a.toks[h].shape == shLower || !serviceHeads[a.folded(h)] || a.toks[k].nl || a.claimedAt(h) || !(h == 0 || a.toks[h].nl) {
		return -1
	}
	return h
}

// unitBeforeOrg: the line opens with a unit's acronym and level and a
// spaced dash before the organisation at token i ("CER III - Centro
// Especializado em Reabilitação de …"); it returns the acronym's index,
// or -1.
func (a *analysis) unitBeforeOrg(i int) int {
	if i < 2 || !a.spacedDash(i-1) || a.toks[i-1].nl || a.toks[i].nl {
		return -1
	}
	k := i - 2
	if k >= 1 && a.toks[k].shape == shUpper && romanLevels[a.tokText(k)] && !a.toks[k].nl {
		k--
	}
	if !a.isWord(k) || a.toks[k].shape != shUpper || !unitAcronyms[a.folded(k)] || !(k == 0 || a.toks[k].nl) {
		return -1
	}
	return k
}

// extendOrgs grows organisation candidates:
//   - over "of"/"do"/"da" and a state or city: "Blue Cross Blue Shield of
//     Michigan", "LifeFlight of Maine", "Hospital do Câncer de Barretos";
//   - over a plan's state and a public body's region (stateAfterOrg,
//     branchAfterOrg);
//   - back over a possessive word: "Children's Mercy", "Rosario's Cantina";
//   - back over a hospital's service or a unit's acronym before it
//     (serviceBeforeOrg, unitBeforeOrg).
func (a *analysis) extendOrgs() {
	n := len(a.toks)
	for ci := 0; ci < len(a.cands); ci++ {
		c := a.cands[ci]
		if c.typ != TypeOrganization || c.score < 0.5 {
			continue
		}
		j := a.tokAt(c.e)
		// (OCR'd forms space words two apart: "BlueShield  of  TN")
		wg := 1 + a.ocrGap()
		if j+1 < n && j > 0 && int(a.toks[j-1].e) == c.e && a.isWord(j) && !a.toks[j].nl && !a.toks[j+1].nl && int(a.toks[j+1].gap) <= wg {
			switch a.folded(j) {
			case "of", "do", "da", "de":
				k := j + 1
				for k < n && k < j+4 && a.capShape(k) && !a.toks[k].nl && int(a.toks[k].gap) <= wg && a.lexOf(k)&(lxRegion|lxPlace|lxPlacePrefix) != 0 {
					k++
				}
				// a plan's state by its postal code: "BlueShield of TN"
				if k == j+1 && a.folded(j) == "of" && a.stateCodeAt(k) {
					k++
				}
				if k > j+1 {
					a.add(c.s, int(a.toks[k-1].e), TypeOrganization, c.score, c.prio)
				}
			}
		}
		// "Kosair Children's": the possessive of a plural kind closes the
		// hospital's name
		if j > 0 && j+1 < n && int(a.toks[j-1].e) == c.e && (a.isPunct(j, "'") || a.isPunct(j, "’")) && a.toks[j].gap == 0 && a.isWord(j+1) && a.folded(j+1) == "s" && a.toks[j+1].gap == 0 &&
			a.isWord(j-1) && (a.folded(j-1) == "children" || a.folded(j-1) == "women") && (j+2 >= n || a.toks[j+2].gap > 0 || a.toks[j+2].nl || a.toks[j+2].ch == ';' || a.toks[j+2].ch == ',') {
			a.add(c.s, int(a.toks[j+1].e), TypeOrganization, c.score, c.prio)
		}
		if j > 0 && j < n && int(a.toks[j-1].e) == c.e {
			if a.stateAfterOrg(j) {
				a.add(c.s, int(a.toks[j].e), TypeOrganization, c.score, c.prio)
			}
			if e := a.branchAfterOrg(j); e > 0 {
				a.add(c.s, e, TypeOrganization, c.score, c.prio)
			}
		}
		// possessive before the organisation: "X's <org>"
		i := a.tokAt(c.s)
		if i < n && int(a.toks[i].s) == c.s {
			if h := a.serviceBeforeOrg(i); h >= 0 {
				a.add(int(a.toks[h].s), c.e, TypeOrganization, c.score, c.prio)
			} else if h := a.unitBeforeOrg(i); h >= 0 {
				a.add(int(a.toks[h].s), c.e, TypeOrganization, c.score, c.prio)
			}
		}
		if i >= 3 && i < n && int(a.toks[i].s) == c.s && a.isWord(i-1) && a.folded(i-1) == "s" && a.toks[i-1].gap == 0 &&
			(a.isPunct(i-2, "'") || a.isPunct(i-2, "’")) && a.toks[i-2].gap == 0 && a.capShape(i-3) && !a.toks[i].nl && a.toks[i].gap <= 1 {
			a.add(int(a.toks[i-3].s), c.e, TypeOrganization, c.score, c.prio)
		}
	}
	// "Rosario's Cantina": two capitalised words joined by a possessive,
	// the first already a name and the second a capitalised word in no
	// common list or a candidate: one organisation.
	for _, qi := range a.classToksOf('\'', tcUPunct) { // (an apostrophe)
		i := int(qi)
		if i < 1 {
			continue
		}
		if i+2 >= n {
			break
		}
		if !(a.isPunct(i, "'") || a.isPunct(i, "’")) || a.toks[i].gap != 0 || !a.isWord(i+1) || a.folded(i+1) != "s" || a.toks[i+1].gap != 0 {
			continue
		}
		if !a.capShape(i-1) || !a.capShape(i+2) || a.toks[i+2].nl || a.toks[i+2].gap > 1 {
			continue
		}
		left := a.candAt(int(a.toks[i-1].s), TypeName, TypeOrganization, TypeLocation)
		right := a.candAt(int(a.toks[i+2].s), TypeName, TypeOrganization, TypeLocation)
		if left < 0 || right < 0 {
			continue
		}
		a.add(a.cands[left].s, a.cands[right].e, TypeOrganization, 0.6, a.cands[right].prio)
	}
}

// detectCommaNames finds names written surname first with a comma, as
// lists, wristbands and bed boards do: "DELGADO, ROSA", "Pellegrino,
// Augustine R.". Both words must be in the name lists (the second as a
// given name), neither a medical, cue, month or region word, and both in
// the same case.
func (a *analysis) detectCommaNames() {
	n := len(a.toks)
	const bad = lxMedical | lxStop | lxMonth | lxRegion | lxTitle | lxCred | lxOrgHead
	if !a.hasPunct(',') {
		return
	}
	next := 0 // the first token not yet consumed by a match
	// (the capitalised words only: the name starts with one)
	for _, ci := range a.caps {
		i := int(ci)
		if i+2 >= n {
			break
		}
		t := a.toks[i]
		if i < next || t.kind != kWord || (t.shape != shUpper && t.shape != shTitle) || t.e-t.s < 2 || a.claimedAt(i) {
			continue
		}
		// (OCR spaces the comma off: "SK0GLUND ,  MATE0")
		if !a.isPunct(i+1, ",") || int(a.toks[i+1].gap) > a.ocrGap() {
			continue
		}
		k := i + 2
		u := a.toks[k]
		// (the same case on both sides, or a surname in capitals before a
		// listed given name in title case: "COLÓN RIVERA, Wilfredo")
		mixed := t.shape == shUpper && u.shape == shTitle && a.lexOf(k)&lxGiven != 0
		if u.kind != kWord || u.shape != t.shape && !mixed || u.nl || u.gap > 3 || u.e-u.s < 2 || a.isClaimed(u) {
			continue
		}
		// "SELAH , WA": a town and its state
		if u.e-u.s == 2 && (usStates[a.tokText(k)] || brStates[a.tokText(k)]) {
			continue
		}
		x, y := a.lexOf(i), a.lexOf(k)
		// (a given name the medical lists hold too, "Peter", after a
		// surname that is nothing else: "Kowalczyk, Peter")
		if y&bad == lxMedical && y&lxGiven != 0 && a.nameStrong(i) {
			y &^= lxMedical
		}
		// (nor a surname the medical lists hold, after a title: "DR.
		// PARKINSON, ELLIS", round 46)
		if x&bad == lxMedical && x&lxName != 0 && y&bad == 0 && y&lxGiven != 0 && a.titleBefore41(i) {
			x &^= lxMedical
		}
		// (a month that is a given name, with a middle initial after it, at
		// a line's start: "ABERNATHY-SOLIS, JUNE M", a label's row)
		if y&lxMonth != 0 && y&lxGiven != 0 && y&(lxMedical|lxRegion|lxTitle|lxCred|lxOrgHead) == 0 && k+1 < n && a.toks[k+1].shape == shSingle &&
			!a.toks[k+1].nl && a.toks[k+1].gap <= 2 && (k+2 >= n || a.toks[k+2].nl || a.isPunct(k+2, ".")) && a.lineStartBefore(i) {
			y &^= lxMonth | lxStop
		}
		// (nor a greeting before the name greeted: "Olá, Rosimeire!")
		if x&(bad|lxGreet) != 0 || y&bad != 0 || a.eponymContext(i) {
			continue
		}
		e := k + 1
		// a middle initial: "AUGUSTINE R", "Rosa M."
		if e < n && a.toks[e].shape == shSingle && !a.toks[e].nl && a.toks[e].gap <= 2 {
			e++
			if e < n && a.isPunct(e, ".") && a.toks[e].gap == 0 {
				e++
			}
		}
		// a hyphenated surname: "NDLOVU-JOHANSSON, NALEDI"
		s := i
		if i >= 2 && a.isPunct(i-1, "-") && a.toks[i-1].gap == 0 && t.gap == 0 && a.isWord(i-2) && a.toks[i-2].shape == t.shape && !a.claimedAt(i-2) {
			s = i - 2
		}
		if x&lxName == 0 || y&lxGiven == 0 {
			// a given name that is only in the surname lists, or words in no
			// list at all: only as a whole line
			// (or a field of it), the way labels, wristbands and list
			// rows print them ("Kaczmarek, Wiktoria     Acc XR5508127")
			// (a table's column opens with a wide gap: "GA-TT-2282  Pham, Linh")
			lineStart := s == 0 || a.toks[s].nl || a.toks[s].gap >= 2 && !a.ocr && s > 0 && a.toks[s-1].kind != kWord
			lineEnd := e >= n || a.toks[e].nl || a.toks[e].gap >= 3 || a.isPunct(e, "|") && a.toks[e].gap >= 1 || a.slashRecord44(e) // (round44.go)
			unknownX, unknownY := a.unknownWord(i) && !wordMorph(a.folded(i)), a.unknownWord(k) && !wordMorph(a.folded(k))
			// ("PSA, TOTAL    6.8"; a date after it is a birth's: "Pham, Linh     11/21/1995")
			labRow := e < n && !a.toks[e].nl && a.toks[e].kind == kNum && !(e+1 < n && a.isPunct(e+1, "/") && a.toks[e+1].gap == 0)
			if !lineStart || !lineEnd || labRow || (x|y)&lxCommon != 0 || !((x&lxName != 0 || unknownX) && (y&(lxName|lxGiven) != 0 || unknownY)) {
				continue
			}
		}
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.7, pDictName)
		next = e
	}
}

// detectNicknames: a given name, a nickname in quotes and a surname,
// `Theodore "Teddy" Grabowski`, is a name wherever it stands.
func (a *analysis) detectNicknames() {
	// (the quotes it opens with: '"', '\'' or "“", a precheck)
	if !a.hasPunct('"') && !a.hasPunct('\'') && !strings.Contains(a.text, "“") {
		return
	}
	n := len(a.toks)
	next := 1 // (a name's tokens are passed over)
	for _, qi := range a.classToksOf('"', '\'', tcUPunct) {
		i := int(qi)
		if i < next {
			continue
		}
		if i+2 >= n {
			break
		}
		// (a quote first, see b2u: '"', '\'' or a three-byte punctuation)
		if t := a.toks[i]; b2u(t.ch == '"')|b2u(t.ch == '\'')|b2u(t.kind == kPunct)&b2u(t.e-t.s == 3) == 0 {
			continue
		}
		q := a.tokText(i)
		if a.toks[i].kind != kPunct || q != `"` && q != "“" && q != "'" || a.toks[i].gap == 0 {
			continue
		}
		if !a.isWord(i-1) || a.toks[i-1].shape != shTitle || !a.isWord(i+1) || a.toks[i+1].shape != shTitle || a.toks[i+1].gap != 0 {
			continue
		}
		c := i + 2
		if c >= n || a.toks[c].kind != kPunct || a.toks[c].gap != 0 {
			continue
		}
		if cq := a.tokText(c); cq != `"` && cq != "”" && cq != "'" {
			continue
		}
		s := c + 1
		if s >= n || !a.isWord(s) || a.toks[s].shape != shTitle && a.toks[s].shape != shUpper || a.toks[s].nl || a.toks[s].gap > 1 {
			continue
		}
		if a.lexOf(i-1)&(lxMedical|lxStop|lxMonth|lxRegion) != 0 || a.lexOf(i-1)&lxGiven == 0 && a.lexOf(i-1)&lxCommon != 0 {
			continue
		}
		a.add(int(a.toks[i-1].s), int(a.toks[s].e), TypeName, 0.8, pDictName)
		next = s + 1
	}
}

// initialStop are dotted capitals that are no one's initials.
var initialStop = set(`u.s u.s.a u.k a.m p.m d.c n.b p.s r.n m.d d.o p.a e.g i.e n.a o.d o.s o.u b.i.d t.i.d q.i.d p.o p.r i.v i.m s.c q.d h.s a.c p.c u.n e.u s.a s/a c.c
	a.r.s f.s u.s.c c.f.r r.c.w o.r.s i.d`)

// detectDottedInitials marks a person written as dotted initials alone,
// "M.A.F.P., 38a", "R.H.W.,71,M": two to five single capitals each with a
// dot, not a common abbreviation.
// detectChatSenders reads the sender of a chat line: "ACS Lucineide: Bom
// dia", "R1 Iago: anotado", "[10:41] Enf. Daiane: ok". A role or title may
// come first; the name is a listed given name followed by a colon.
func (a *analysis) detectChatSenders() {
	n := len(a.toks)
	for _, ci := range a.lineOrAfter(']') {
		i := int(ci)
		if i+1 >= n {
			break
		}
		t := a.toks[i]
		if t.kind != kWord && t.kind != kAlnum || !(i == 0 || t.nl || a.isPunct(i-1, "]") && !t.nl) {
			continue
		}
		k := i
		// an optional role: ACS, RN, R1, Enf., Dra.
		if (t.kind == kWord && t.shape == shUpper && t.e-t.s <= 4 || t.kind == kAlnum && t.e-t.s <= 3 && isASCIIUpper(a.text[t.s])) && k+1 < n && a.isWord(k+1) && a.toks[k+1].gap == 1 && !a.toks[k+1].nl {
			k++
		} else if a.lexOf(i)&(lxTitle|lxCred) != 0 && k+1 < n {
			k++
			if a.isPunct(k, ".") && k+1 < n {
				k++
			}
		}
		// a bare word at the start of a line is a field label ("De:",
		// "Sig:") unless a timestamp or a role comes first
		if k == i && !(i > 0 && a.isPunct(i-1, "]")) {
			continue
		}
		if k >= n || !a.isWord(k) || a.toks[k].shape != shTitle || a.isClaimed(a.toks[k]) || a.lexOf(k)&lxGiven == 0 && !(k > i && (a.unknownWord(k) || i > 0 && a.isPunct(i-1, "]") && a.morphCommon(k))) || a.lexOf(k)&(lxStop|lxLabel|lxMonth|lxMedical|lxParticle|lxNameLabel) != 0 {
			continue
		}
		if k+1 < n && a.isPunct(k+1, ":") && a.toks[k+1].gap == 0 && (k+2 >= n || !a.toks[k+2].nl) {
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.8, pName)
		}
	}
	// a sender of two words with no timestamp, chatting: "Célia Ramos: oi
	// doutora, consigo sim" (a given name, a surname, then words on the
	// line), and a name greeted first after a sender: "Dra. Yasmin: Célia,
	// o resultado saiu"
	for _, ci := range a.lineStarts {
		i := int(ci)
		if i+3 >= n {
			break
		}
		if a.chatPairSender(i) {
			a.add(int(a.toks[i].s), int(a.toks[i+1].e), TypeName, 0.75, pName)
		}
		c := i
		for c < n && c < i+4 && (c == i || !a.toks[c].nl) && !a.isPunct(c, ":") {
			c++
		}
		if c+2 < n && c > i && a.isPunct(c, ":") && a.toks[c].gap == 0 && !a.toks[c+1].nl && a.isWord(c+1) && a.toks[c+1].shape == shTitle &&
			a.isPunct(c+2, ",") && a.toks[c+2].gap == 0 && a.lexOf(c+1)&lxGiven != 0 && a.lexOf(c+1)&(lxCommon|lxStop|lxLabel|lxMonth|lxMedical|lxNameLabel|lxTitle) == 0 &&
			(a.senderAt(i, c) || a.chatPairSender(i)) {
			a.add(int(a.toks[c+1].s), int(a.toks[c+1].e), TypeName, 0.7, pName)
		}
	}
	// a sender after a bare time at the start of a line: "10:02 nkechi
	// (pharm): hey", "09:14 Rosa: ok"
	for _, pi := range a.classToks(':') { // (a time's colon)
		i := int(pi) - 1
		if i < 0 {
			continue
		}
		if i+4 >= n {
			break
		}
		// (a WhatsApp export puts the date first: "8/3/24 07:41 - Ximena:")
		if a.toks[i].kind != kNum || !a.isPunct(i+1, ":") || a.toks[i+1].gap != 0 || a.toks[i+2].kind != kNum || a.toks[i+2].gap != 0 ||
			!(i == 0 || a.toks[i].nl || a.lineStartsWithDate(i) || i >= 1 && a.isWord(i-1) && a.cue(i-1)&cuWeekday != 0 && (i == 1 || a.toks[i-1].nl)) {
			continue
		}
		k := i + 3
		// "8:14 AM Nkechi (HHA): hi" (there a capitalised sender: "5:16 PM
		// client:" is a role)
		if k+1 < n && a.isWord(k) && !a.toks[k].nl && (a.folded(k) == "am" || a.folded(k) == "pm") {
			k++
			if !a.isWord(k) || a.toks[k].shape == shLower {
				continue
			}
		}
		if k+1 < n && a.isPunct(k, "-") && !a.toks[k].nl {
			k++
		}
		// a role before the name: "06:10 charge Benji:" (or in capitals:
		// "09:30 - ACS Cleiton:", round 47)
		if k+1 < n && a.isWord(k) && (a.toks[k].shape == shLower && chatRoleWords[a.folded(k)] || a.toks[k].shape == shUpper && (chatRoleWords[a.folded(k)] || roleAbbr46[a.folded(k)])) && !a.toks[k+1].nl {
			k++
		}
		if !a.isWord(k) || a.toks[k].nl || a.isClaimed(a.toks[k]) || a.toks[k].e-a.toks[k].s < 3 ||
			a.lexOf(k)&(lxStop|lxLabel|lxMonth|lxMedical|lxParticle|lxNameLabel|lxCred|lxTitle|lxRelation) != 0 || !(a.lexOf(k)&(lxGiven|lxName) != 0 || a.unknownWord(k)) {
			continue
		}
		// "8/3/24 07:41 - Maria Souza:": a sender of several words
		if e := k + 1; e < n && !a.toks[e].nl && a.isWord(e) {
			c := e
			for c < n && c < k+4 && a.isWord(c) && !a.toks[c].nl {
				c++
			}
			if c < n && a.isPunct(c, ":") && a.toks[c].gap == 0 && a.senderRun(k, c) >= 0 {
				a.add(int(a.toks[k].s), int(a.toks[c-1].e), TypeName, 0.75, pName)
				continue
			}
		}
		c := k + 1
		if c+2 < n && a.isPunct(c, "(") { // "(pharm)", "(RN)"
			if a.roleBeforeName47(k, c) {
				continue // "Staff (Corinne):": the name is in the brackets
			}
			c++
			for c < n && c < k+6 && !a.isPunct(c, ")") && !a.toks[c].nl {
				c++
			}
			c++
		}
		if c < n && a.isPunct(c, ":") && (c+1 >= n || !a.toks[c+1].nl) {
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
		}
	}
	// a sender before the time: "Reba 07:55: ok", "Dênis (enf. OPO)
	// 02:14: pessoal"
	for _, ci := range a.lineStarts {
		i := int(ci)
		if i+4 >= n {
			break
		}
		if a.senderBeforeTime(i) {
			a.add(int(a.toks[i].s), int(a.toks[i].e), TypeName, 0.75, pName)
		}
	}
	// a sender after a role of several words: "[08:20] Enf. navegadora
	// Thaíssa:", "[09:31] Agendamento - Daiane:"
	for i := 1; i+1 < n && a.hasPunct(']'); i++ {
		if !a.isPunct(i-1, "]") || a.toks[i].nl {
			continue
		}
		c := i
		for c < n && c < i+6 && !a.toks[c].nl && !a.isPunct(c, ":") {
			c++
		}
		k := c - 1
		// "[19:02] Téc. Rosivânia Maternidade:", "[08:02] Rafa Enf UBS:":
		// the sender's role and unit after the name
		// (or the service's: "[08:15] Renata Vigilância:", round 45)
		for k-1 >= i && a.isWord(k) && (a.lexOf(k)&(lxOrgHead|lxCred|lxTitle) != 0 || unitAcronyms[a.folded(k)] || chatRoleWords[a.folded(k)] || teamWords45[a.folded(k)]) && a.isWord(k-1) {
			k--
		}
		if c >= n || !a.isPunct(c, ":") || a.toks[c].gap != 0 || k < i || k == i && k == c-1 || !a.isWord(k) || a.toks[k].shape != shTitle || a.isClaimed(a.toks[k]) {
			continue
		}
		if a.lexOf(k)&(lxStop|lxLabel|lxMonth|lxMedical|lxParticle|lxNameLabel|lxOrgHead|lxRelation|lxCred|lxTitle) != 0 {
			continue
		}
		// "[08:40] Sebastião Firmino:": a given name opening a title-case
		// sender of two to four words, whatever the last one is
		if s := a.senderRun(i, c); s >= 0 {
			a.add(int(a.toks[s].s), int(a.toks[k].e), TypeName, 0.75, pName)
			continue
		}
		if !(a.lexOf(k)&lxGiven != 0 || a.unknownWord(k)) {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
	}
}

// detectParenPatients reads a patient named in lower case before a record
// number in a chat: "bed 12 (hal brewster 00448172)", "(luis ortega
// 00917730)".
func (a *analysis) detectParenPatients() {
	n := len(a.toks)
	if !a.hasPunct('(') {
		return
	}
	for _, pi := range a.classToks('(') { // (the tokens after a bracket)
		i := int(pi) + 1
		if i+2 >= n {
			break
		}
		if !a.isPunct(i-1, "(") || !a.isWord(i) || a.toks[i].shape != shLower || a.lexOf(i)&lxGiven == 0 || a.lexOf(i)&(lxStop|lxMedical|lxCred) != 0 {
			continue
		}
		j := i + 1
		for j < n && j < i+3 && a.isWord(j) && a.toks[j].shape == shLower && !a.toks[j].nl && a.lexOf(j)&(lxStop|lxMedical) == 0 && a.toks[j].e-a.toks[j].s >= 2 {
			j++
		}
		if j == i+1 || j >= n || a.toks[j].kind != kNum || a.toks[j].e-a.toks[j].s < 5 || a.isClaimed(a.toks[i]) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeName, 0.8, pName)
	}
}

// detectSignoffs reads the short sign-offs of notes and messages: initials
// after a dash at the end of a line ("RTC 6 mo. -NKH"), a given name alone
// on the line after a closing ("Thank you,⏎Imelda, Surgery Scheduler") or
// before a comma as the salutation of a message ("Kris,⏎Saw your patient").
func (a *analysis) detectSignoffs() {
	n := len(a.toks)
	for _, ci := range a.caps { // (both rules want a capitalised word)
		i := int(ci)
		if i < 1 {
			continue
		}
		t := a.toks[i]
		if t.kind != kWord || a.isClaimed(t) {
			continue
		}
		lineEnd := i+1 >= n || a.toks[i+1].nl
		// "-NKH" at the end of a line
		// (after a sentence's full stop or as the note's last word, so that
		// "Sodium 140 -WNL" stays)
		if t.shape == shUpper && t.e-t.s >= 2 && t.e-t.s <= 4 && t.gap == 0 && a.isPunct(i-1, "-") && a.toks[i-1].gap >= 1 && !a.toks[i-1].nl && lineEnd &&
			(i+1 >= n || i >= 2 && a.isPunct(i-2, ".")) &&
			a.lexOf(i)&(lxStop|lxCred|lxMedical|lxRegion|lxLabel|lxMonth) == 0 && !usStates[a.tokText(i)] && !brStates[a.tokText(i)] {
			a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
			continue
		}
		if t.shape != shTitle || !t.nl || a.lexOf(i)&lxGiven == 0 || a.lexOf(i)&(lxStop|lxCommon|lxMedical|lxMonth|lxLabel|lxCred|lxTitle|lxGreet) != 0 || i+1 >= n || !a.isPunct(i+1, ",") || a.toks[i+1].gap != 0 {
			continue
		}
		// after a closing line, or as the salutation when the next line
		// starts right after the comma
		if a.closingBefore(i) != 0 || i+2 < n && a.toks[i+2].nl {
			a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
		}
	}
}

// detectParenRelatives reads relatives named in brackets after their role:
// "esposa (Cida)", "brought by parents (Roselaure and Wesner Jean-Louis",
// "her new niece [Adaeze]".
func (a *analysis) detectParenRelatives() {
	n := len(a.toks)
	if !a.hasPunct('(') && !a.hasPunct('[') {
		return
	}
	for _, pi := range a.classToksOf('(', '[') {
		i := int(pi)
		if i < 1 {
			continue
		}
		if i+1 >= n {
			break
		}
		if !(a.isPunct(i, "(") || a.isPunct(i, "[")) || !a.isWord(i-1) || !(a.lexOf(i-1)&lxRelation != 0 || relationPlurals[a.folded(i-1)] || parenRoles[a.folded(i-1)]) {
			continue
		}
		j := i + 1
		for j < n && !a.toks[j].nl {
			k := j
			for k < n && k < j+3 && a.isWord(k) && a.capShape(k) && a.toks[k].shape != shUpper && !a.toks[k].nl && a.lexOf(k)&(lxStop|lxMedical|lxMonth|lxLabel|lxRegion) == 0 {
				k++
				for k+1 < n && a.isPunct(k, "-") && a.toks[k].gap == 0 && a.isWord(k+1) && a.toks[k+1].gap == 0 && a.capShape(k+1) {
					k += 2 // "Jean-Louis"
				}
			}
			if k == j || a.claimedAt(j) {
				break
			}
			a.add(int(a.toks[j].s), int(a.toks[k-1].e), TypeName, 0.8, pName)
			// "(X and Y", "(X e Y", "(X, Y"
			if k+1 < n && (a.isWord(k) && (a.folded(k) == "and" || a.folded(k) == "e") || a.isPunct(k, ",")) {
				j = k + 1
				continue
			}
			break
		}
	}
}

// parenRoles name a person in brackets after them as relatives do:
// "Doula (Francielle)", "interpreter (Dong-hyun)".
var parenRoles = set(`doula interpreter interprete translator tradutora tradutor caregiver cuidadora cuidador chaplain capelao acs
	neighbour neighbor vizinha vizinho landlord landlady sponsor madrinha padrinho caseworker advocate`)

// detectChatOrgSenders reads a business writing in a chat: "Harbor Skin &
// Laser: Hi Anh!" — capitalised words joined by "&" at the start of a
// line (or after the timestamp), then ":" and the message.
func (a *analysis) detectChatOrgSenders() {
	n := len(a.toks)
	next := 0
	// (the tokens that start a line or follow "]", in order)
	for _, i32 := range a.lineOrAfter(']') {
		i := int(i32)
		if i+3 >= n {
			break
		}
		if i < next || !(i == 0 || a.toks[i].nl || a.isPunct(i-1, "]") && !a.toks[i].nl) || !a.isWord(i) || a.toks[i].shape != shTitle || a.claimedAt(i) {
			continue
		}
		k, words, amp := i, 0, false
		for k < n && k-i < 8 && !(k > i && a.toks[k].nl) {
			if a.isWord(k) && a.toks[k].shape == shTitle && a.lexOf(k)&(lxMonth|lxTitle) == 0 {
				words++
				k++
				continue
			}
			if a.isPunct(k, "&") && k > i && words > 0 {
				amp = true
				k++
				continue
			}
			break
		}
		if !amp || words < 2 || k+1 >= n || !a.isPunct(k, ":") || a.toks[k].gap != 0 || a.toks[k+1].nl || a.isPunct(k-1, "&") {
			continue
		}
		// a sender greets or writes more than once; "Assessment & Plan:"
		// is a heading
		name := a.text[a.toks[i].s:a.toks[k].e]
		if !(a.isWord(k+1) && a.lexOf(k+1)&lxGreet != 0) && strings.Count(a.text, name) < 2 {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[k-1].e), TypeOrganization, 0.8, pOrg)
		next = k + 1
	}
}

// detectMailDisplayNames reads the person before an address in angle
// brackets on a mail header line: "From: bobby trujillo
// <btrujillo61@gmail.com>", "Para: Ana Ruiz <ana@…>" — any case.
func (a *analysis) detectMailDisplayNames() {
	n := len(a.toks)
	if !a.hasPunct('<') {
		return
	}
	for k := 1; k+1 < n; k++ {
		if !a.isPunct(k, "<") || a.toks[k].nl {
			continue
		}
		// the address inside: a word, then "@" before ">"
		at := false
		for q := k + 1; q < n && q < k+12 && !a.toks[q].nl; q++ {
			if a.isPunct(q, "@") {
				at = true
			}
			if a.isPunct(q, ">") {
				break
			}
		}
		if !at {
			continue
		}
		// the display name: up to four words back to a header label
		e := k
		s := k
		for s > 0 && e-s < 4 && a.isWord(s-1) && !a.toks[s].nl {
			s--
		}
		if s == e || !(s > 1 && a.isPunct(s-1, ":") && a.isWord(s-2) && mailHeaderWords[a.folded(s-2)]) {
			continue
		}
		// a person's name, not a department's ("Release of Information",
		// "Núcleo de Telessaúde", "Intake"): no common word that is no
		// name, and a listed name among the words
		person, listed := true, false
		for q := s; q < e; q++ {
			x := a.lexOf(q)
			if x&(lxGiven|lxName) != 0 {
				listed = true
			}
			if x&(lxStop|lxMedical|lxMonth|lxOrgHead) != 0 && x&lxGiven == 0 || x&lxCommon != 0 && x&(lxGiven|lxName) == 0 {
				person = false
			}
		}
		if !person || !listed {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
	}
}

// mailHeaderWords label the sender and recipients of an e-mail.
var mailHeaderWords = set(`from to cc bcc de para cc reply-to sender remetente destinatario`)

// detectParenAges marks an age over 89 in brackets after a name, as
// household lists write it: "mother, Maria da Luz Fortes (91, homebound)".
func (a *analysis) detectParenAges() {
	if !a.hasPunct('(') && !a.hasPunct(',') || !ageNumberIn41(a.text) {
		return // (no bracket or comma before, no number from 90 to 115: round41.go)
	}
	n := len(a.toks)
	for _, ni := range a.classToks(tcNum) {
		i := int(ni)
		if i < 2 || i+1 >= n {
			continue
		}
		t := a.toks[i]
		// (or after a comma: "Rm 12 - Walter P. Ostrander, 94. Hospice …",
		// as a census line writes a resident's age)
		if b2u(t.kind == kNum)&(b2u(t.e-t.s == 2)|b2u(t.e-t.s == 3)) == 0 || !(a.isPunct(i-1, "(") || a.isPunct(i-1, ",") && a.toks[i-1].gap == 0 && t.gap == 1) || !a.isWord(i-2) {
			continue
		}
		// (a marital status between the name and the age: "Norma
		// Cantrell, widow, 91,", round42.go)
		p, marital := i-2, false
		if a.toks[p].shape == shLower && i >= 4 && a.isPunct(i-1, ",") && maritalWords42[a.folded(p)] && a.isPunct(p-1, ",") {
			p -= 2
			marital = true
		}
		if !a.isWord(p) || !a.capShape(p) {
			continue
		}
		v := atoi(a.tokText(i))
		if v < 90 || v > 115 {
			continue
		}
		// closed by ")" or "," or an age unit; never a dose or a percentage
		nx := i + 1
		ok := a.isPunct(nx, ")") || a.isPunct(nx, ",") || a.isPunct(nx, ";") || a.isPunct(i-1, ",") && a.isPunct(nx, ".") && a.toks[nx].gap == 0 && (nx+1 >= n || a.toks[nx+1].gap > 0) ||
			// (or a remark in brackets after the comma's age: "mother Sufia
			// Begum, 91 (bedridden)", round 52)
			a.isPunct(i-1, ",") && a.isPunct(nx, "(") && a.toks[nx].gap == 1 && !a.toks[nx].nl && nx+1 < n && a.isWord(nx+1) && a.toks[nx+1].shape == shLower
		if a.isWord(nx) {
			switch a.folded(nx) {
			case "y", "yo", "yrs", "years", "a", "anos", "aa", "y/o":
				ok = true
			}
		}
		// (or by a word after the comma's age: "Furaha Mugisha, 92 per
		// documents", round42.go)
		if !ok && a.isPunct(i-1, ",") && !marital && nx < n && a.isWord(nx) && !a.toks[nx].nl && a.toks[nx].shape == shLower && a.lexOf(nx)&lxMedical == 0 &&
			!unitWords[a.folded(nx)] && a.folded(nx) != "percent" {
			ok = true
		}
		if ok && a.nameAt(p) {
			a.add(int(t.s), int(t.e), TypeAge, 0.8, pLabeled)
		}
	}
}

// detectNamesWithAges reads a person written with an age in brackets, as
// family and household lists do: "parents Yuliia (38) and Andrii (41)",
// "children Sofiia (9) and Maksym (4)". The word must be capitalised, no
// common, clinical or cue word and no drug.
func (a *analysis) detectNamesWithAges() {
	n := len(a.toks)
	if !a.hasPunct('(') {
		return
	}
	for _, ci := range a.caps { // (a title-case word)
		i := int(ci)
		if i+3 >= n {
			break
		}
		t := a.toks[i]
		if t.kind != kWord || t.shape != shTitle || t.e-t.s < 3 || a.claimedAt(i) {
			continue
		}
		if !a.isPunct(i+1, "(") || a.toks[i+1].gap > 1 || a.toks[i+2].kind != kNum || a.toks[i+2].gap != 0 || !a.isPunct(i+3, ")") || a.toks[i+3].gap != 0 {
			continue
		}
		if age := atoi(a.tokText(i + 2)); a.toks[i+2].e-a.toks[i+2].s > 3 || age > 110 {
			continue
		}
		x := a.lexOf(i)
		if x&(lxStop|lxMedical|lxMonth|lxLabel|lxRegion|lxOrgHead|lxCred|lxTitle|lxRelation|lxPlace) != 0 || x&lxCommon != 0 && x&lxGiven == 0 || hasDrugSuffix(a.folded(i)) || a.drugContext(i) {
			continue
		}
		s := i
		// a listed or unknown word before it on the line is its first name
		if i > 0 && a.isWord(i-1) && a.toks[i-1].shape == shTitle && !a.toks[i].nl && a.toks[i].gap == 1 && !a.nonName(i-1) {
			s = i - 1
		}
		a.add(int(a.toks[s].s), int(t.e), TypeName, 0.7, pDictName)
	}
}

var relationPlurals = set(`parents sons daughters brothers sisters children kids grandparents pais filhos filhas irmaos irmas netos netas avos`)

// detectTypistInitials: the initials of whoever typed a note, after
// "transcribed by", "dictated by", "digitado por" ("transcribed by kdl").
func (a *analysis) detectTypistInitials() {
	n := len(a.toks)
	if !a.hasCue(cuTypist) {
		return // both rules want a typist's verb
	}
	// further on a typist's line: "Transcribed 07/09/2025 17:22 (jmb)",
	// "scanned into chart 05/06/2025 by kls"
	for _, wi := range a.wordToks {
		i := int(wi)
		if i < 1 {
			continue
		}
		t := a.toks[i]
		if t.kind != kWord || t.shape != shLower || t.e-t.s < 2 || t.e-t.s > 4 || t.nl || a.isClaimed(t) ||
			a.lexOf(i)&(lxCommon|lxStop|lxMedical|lxCred|lxRegion|lxMonth|lxOrgHead) != 0 {
			continue
		}
		paren := a.isPunct(i-1, "(") && i+1 < n && a.isPunct(i+1, ")")
		if !paren && !(a.isWord(i-1) && a.cue(i-1)&cuBy != 0) {
			continue
		}
		for k := i - 2; k >= 0 && k >= i-10; k-- {
			if a.toks[k+1].nl {
				break
			}
			if a.isWord(k) && typistVerbs[a.folded(k)] {
				a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
				break
			}
		}
	}
	for i := 1; i+1 < n; i++ {
		// "transcribed by kdl", "Transcribed: jmc"
		if !(a.isWord(i) && a.cue(i)&cuBy != 0 && a.isWord(i-1) && typistVerbs[a.folded(i-1)] ||
			a.isPunct(i, ":") && a.isWord(i-1) && typistVerbs[a.folded(i-1)]) {
			continue
		}
		k := i + 1
		t := a.toks[k]
		if t.kind != kWord || t.nl || t.gap > 1 || t.e-t.s < 2 || t.e-t.s > 4 || a.isClaimed(t) || t.shape != shLower && t.shape != shUpper {
			continue
		}
		if a.lexOf(k)&(lxCommon|lxStop|lxMedical|lxCred|lxRegion|lxMonth|lxOrgHead) != 0 {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
	}
}

// detectDashInitials: a signer's initials after a dash that closes a
// note or a line, vouched for by a credential or a role after them:
// "-RT, LPN", "—BKW (PA student)". (Without that, "-CBC" is a lab.)
func (a *analysis) detectDashInitials() {
	n := len(a.toks)
	for _, ci := range a.caps { // (a word in capitals)
		i := int(ci)
		if i < 1 {
			continue
		}
		if i+2 >= n {
			break
		}
		t := a.toks[i]
		if t.kind != kWord || t.shape != shUpper || t.e-t.s < 2 || t.e-t.s > 3 || t.gap != 0 || a.claimedAt(i) ||
			!(a.isPunct(i-1, "-") || a.isPunct(i-1, "—")) || !(a.toks[i-1].nl || i == 1 || a.toks[i-1].gap > 0) ||
			a.lexOf(i)&(lxStop|lxCred|lxRegion|lxMonth|lxOrgHead) != 0 {
			continue
		}
		// (a credential vouches even for letters that spell a word, "-KM, MA")
		cred := a.isPunct(i+1, ",") && a.isCredAt(i+2) && !a.toks[i+2].nl
		if !cred && a.lexOf(i)&(lxCommon|lxMedical) != 0 {
			continue
		}
		role := a.isPunct(i+1, "(") && a.isWord(i+2) && (signoffRoleWords[a.folded(i+2)] ||
			i+3 < n && a.isWord(i+3) && signoffRoleWords[a.folded(i+3)] || a.lexOf(i+2)&lxCred != 0)
		if cred || role {
			a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
		}
	}
}

// detectInitialSurnames reads a person written as an initial and a
// surname after a title or a preposition that names whom: "dr s. ahn",
// "phoned to J. PARK-LOZANO", "discussed with R. Okafor". The surname may
// be a common word (Park, Young) but no cue, clinical or month word.
func (a *analysis) detectInitialSurnames() {
	n := len(a.toks)
	// (from an initial's dot; a surname's tokens are passed over)
	next := 1
	for _, pi := range a.classToks('.') {
		i := int(pi) - 1
		if i < next {
			continue
		}
		if i+2 >= n {
			break
		}
		t := a.toks[i]
		if b2u(t.kind == kWord)&b2u(t.e-t.s == 1)&b2u(!t.nl) == 0 || !a.isPunct(i+1, ".") || int(a.toks[i+1].gap) > a.ocrGap() || a.claimedAt(i) {
			continue
		}
		p := i - 1
		// a role label with a colon: "Triage RN: d. oyelowo-banks",
		// "RPh : T. Oyelaran", "Farm. : R. Tavares"
		labelled := false
		if a.isPunct(p, ":") && p > 0 {
			q := p - 1
			if a.isPunct(q, ".") && q > 0 {
				q--
			}
			if a.isWord(q) && (titleInitialWords[a.folded(q)] || initialRoleLabels[a.folded(q)]) {
				p, labelled = q, true
			}
		}
		// a title with its dot: "Dr. R. Lauff CRM-ES 7.219" (the title's
		// own run stops at the council after it)
		if !labelled && a.isPunct(p, ".") && p > 0 && a.toks[p].gap == 0 && a.isWord(p-1) && titleInitialWords[a.folded(p-1)] {
			p--
		}
		if !a.isWord(p) {
			continue
		}
		if a.folded(p) == "dr" && a.folded(i) == "a" {
			continue // "Dr a." is "Dra." split by a scanner
		}
		title := a.lexOf(p)&(lxTitle|lxCred) != 0 && titleInitialWords[a.folded(p)] || labelled
		// (or a relative or a role in lower case: "farmacêutico R.
		// Magalhães", "caseworker M. Ortiz")
		if !title && !initialCueWords[a.folded(p)] && !(a.lexOf(p)&lxRelation != 0 && a.toks[p].shape == shLower) {
			continue
		}
		k := i + 2
		u := a.toks[k]
		if u.kind != kWord || u.nl || int(u.gap) > 1+a.ocrGap() || u.e-u.s < 2 || a.isClaimed(u) {
			continue
		}
		// lower case only after a title ("dr s. ahn"): "E. coli", "C. diff"
		if !title && (t.shape != shSingle || u.shape == shLower) {
			continue
		}
		if a.lexOf(k)&(lxStop|lxMedical|lxMonth|lxCred|lxLabel|lxTitle|lxOrgHead|lxRegion) != 0 {
			continue
		}
		e := k + 1
		for e+1 < n && a.isPunct(e, "-") && a.toks[e].gap == 0 && a.isWord(e+1) && a.toks[e+1].gap == 0 {
			e += 2 // "PARK-LOZANO"
		}
		a.add(int(t.s), int(a.toks[e-1].e), TypeName, 0.75, pName)
		next = e
	}
}

// ocrGap is the extra blank OCR puts between tokens (0 in typed text).
func (a *analysis) ocrGap() int {
	if a.ocr {
		return 1
	}
	return 0
}

// initialRoleLabels are roles written as a label before a signer.
var initialRoleLabels = set(`rph pharmacist farm farmaceutico farmaceutica investigador investigadora ordering attending resident nurse enf tech technician tecnico tecnica`)

var initialCueWords = set(`to by with from per cc attn`)

var titleInitialWords = set(`dr dra mr mrs ms sr sra dona rn np lpn pa cna enf enfa`)

// signoffRoleWords precede a signer's initials and surname.
var signoffRoleWords = set(`staff attending resident fellow intern preceptor cosign cosigned supervisor student`)

// countyWords are the heads of detectCounties (a cue set: hasCue).
var countyWords = set(`county parish`)

var typistVerbs = set(`transcribed dictated typed entered scribed keyed scanned transcrito transcrita digitado digitada digitalizado digitalizada`)

func (a *analysis) detectDottedInitials() {
	n := len(a.toks)
	// (a single letter is a capital; the initials read are passed over)
	next := 0
	for _, ci := range a.caps {
		i := int(ci)
		if i < next {
			continue
		}
		if i+1 >= n {
			break
		}
		t := a.toks[i]
		if t.shape != shSingle || a.claimedAt(i) || i > 0 && a.toks[i].gap == 0 && (a.toks[i-1].kind == kWord || a.toks[i-1].kind == kNum || a.isPunct(i-1, ".")) {
			continue
		}
		k, letters := i, 0
		buf := a.buf[:0]
		for k+1 < n && a.toks[k].shape == shSingle && a.isPunct(k+1, ".") && a.toks[k+1].gap == 0 && (k == i || a.toks[k].gap <= 1 && !a.toks[k].nl) {
			if len(buf) > 0 {
				buf = append(buf, '.')
			}
			buf = append(buf, a.text[a.toks[k].s]|0x20)
			letters++
			k += 2
		}
		a.buf = buf
		if letters < 2 || letters > 5 || initialStop[string(buf)] {
			next = k + 1
			continue
		}
		// a surname after the initials is the name rules' business, but
		// a sign-off line or a "/"-separated pair of them is read here:
		// "W. C. Brayner / K. L. Valença", "staff C. R. Montenegro"
		if k < n && a.isWord(k) && !a.toks[k].nl && a.toks[k].gap <= 1 && a.capShape(k) {
			lineStartOrSlash := i == 0 || t.nl || a.isPunct(i-1, "/") || i >= 2 && a.isWord(i-1) && signoffRoleWords[a.folded(i-1)]
			if lineStartOrSlash && a.lexOf(k)&(lxStop|lxMedical|lxMonth|lxOrgHead|lxCred|lxLabel) == 0 {
				a.add(int(t.s), int(a.toks[k].e), TypeName, 0.75, pName)
			}
			next = k + 1
			continue
		}
		// (an acronym before a test's noun: "patch testing (T.R.U.E.
		// test)", round 50)
		if k < n && a.isWord(k) && !a.toks[k].nl && a.toks[k].shape == shLower && a.cue(k)&cuEponymAfter != 0 {
			next = k + 1
			continue
		}
		a.add(int(t.s), int(a.toks[k-1].e), TypeName, 0.6, pDictName)
		next = k + 1
	}
}

// detectDefinedInitials: a name followed by its initials in brackets,
// "Maribel Jiménez (MJ)", makes every later "MJ" the same person (flow
// sheets and logs sign with them).
func (a *analysis) detectDefinedInitials() {
	n := len(a.toks)
	var defined map[string]bool
	if !a.hasPunct('(') {
		return
	}
	for _, pi := range a.classToks('(') {
		i := int(pi)
		if i < 1 || i+2 >= n {
			continue
		}
		if !a.isPunct(i, "(") || !a.isPunct(i+2, ")") || a.toks[i+1].kind != kWord || a.toks[i+1].shape != shUpper && a.toks[i+1].shape != shMixed {
			continue
		}
		ini := a.tokText(i + 1)
		if len(ini) < 2 || len(ini) > 4 {
			continue
		}
		// (or after the name's credential: "Tomas Marsh, LVN (TM)", round 45)
		end := i - 1
		// (in mixed case too: "Ilse Brandvik, PharmD (IB)", round 57)
		if end >= 2 && a.isWord(end) && a.lexOf(end)&lxCred != 0 && (a.toks[end].shape == shUpper || a.toks[end].shape == shMixed) && a.isPunct(end-1, ",") && a.toks[i].gap > 0 {
			end -= 2
		}
		c := a.candAt(int(a.toks[end].s), TypeName)
		if c < 0 || int(a.toks[end].e) != a.cands[c].e {
			continue
		}
		// the initials must be those of the name's words
		words := []byte{}
		for k := a.tokAt(a.cands[c].s); k <= end; k++ {
			if a.isWord(k) && a.capShape(k) {
				words = append(words, a.text[a.toks[k].s]&^0x20)
			}
		}
		up := []byte(strings.ToUpper(ini))
		if len(words) < 2 || up[0] != words[0] || up[len(up)-1] != words[len(words)-1] || end < i-1 && len(up) != len(words) {
			continue
		}
		if defined == nil {
			defined = map[string]bool{}
		}
		defined[ini] = true
	}
	if defined == nil {
		return
	}
	for k, t := range a.toks {
		if t.kind == kWord && defined[a.tokText(k)] {
			a.add(int(t.s), int(t.e), TypeName, 0.7, pName)
		}
	}
}

// detectCaretNames reads HL7-style names, "WHITE-FEATHER^DANIEL^J" and
// "1397796172^OKONJO^ADAEZE": capitalised parts joined by carets, one of
// them a listed given name.
func (a *analysis) detectCaretNames() {
	if !strings.Contains(a.text, "^") {
		return
	}
	n := len(a.toks)
	for i := 0; i < n; i++ {
		if !a.isWord(i) || !a.capShape(i) {
			continue
		}
		j, parts, given := i, 0, false
		for j < n {
			// one part: words joined by hyphens or apostrophes
			k := j
			for k < n && (a.isWord(k) && a.capShape(k) || (a.isPunct(k, "-") || a.isPunct(k, "'")) && k > j && a.toks[k].gap == 0) && (k == j || a.toks[k].gap == 0) {
				if a.isWord(k) && a.lexOf(k)&lxGiven != 0 && a.lexOf(k)&(lxMedical|lxStop) == 0 {
					given = true
				}
				k++
			}
			if k == j {
				break
			}
			parts++
			j = k
			if j+1 < n && a.isPunct(j, "^") && a.toks[j].gap == 0 && a.isWord(j+1) && a.toks[j+1].gap == 0 {
				j++
				continue
			}
			break
		}
		if parts >= 2 && given && (i > 0 && a.isPunct(i-1, "^") || j < n && a.isPunct(j, "^") || i > 0 && a.isPunct(i-1, "|")) {
			a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeName, 0.8, pName)
		}
		if j > i {
			i = j - 1
		}
	}
}

// extendIDPrefixes grows identifiers over a letter prefix joined by a
// hyphen that the value rules left out: "pront. HSVP-338120", "MRN is
// HC-00719934", "path PS24-11873".
func (a *analysis) extendIDPrefixes() {
	for ci := range a.cands {
		c := a.cands[ci]
		switch c.typ {
		case TypeMRN, TypeID, TypeAccount, TypeHealthPlan, TypeDevice:
		default:
			continue
		}
		i := a.tokAt(c.s)
		// a facility prefix between the label and the number: "MRN SCM
		// 0082147", "Prontuário HRG 2200913"
		// or a plan's letters before its digits: "Carteirinha: AMP 0091 4417"
		// (OCR doubles the blanks: "Mbr #  MHH  00447 1928")
		if (c.typ == TypeMRN || c.typ == TypeHealthPlan || c.typ == TypeID) && i >= 2 && i < len(a.toks) && int(a.toks[i].s) == c.s && a.toks[i].gap >= 1 && int(a.toks[i].gap) <= 1+a.ocrGap() && !a.toks[i].nl {
			p := a.toks[i-1]
			labelBefore := c.typ == TypeMRN && (a.cue(i-2)&cuIDMRN != 0 || (a.isPunct(i-2, ":") || a.isPunct(i-2, "#")) && i >= 3 && a.cue(i-3)&cuIDMRN != 0) ||
				c.typ == TypeHealthPlan && (a.cue(i-2)&(cuIDPlan|cuIDWord) != 0 || a.isPunct(i-2, ":") || a.isPunct(i-2, "#") ||
					a.isPunct(i-2, ".") && a.toks[i-2].gap == 0 && i >= 3 && a.cue(i-3)&cuIDWord != 0) || // "Policy No. KX 448120"
				c.typ == TypeID && (a.isPunct(i-2, ":") || a.isPunct(i-2, "#"))
			// (an upper-case article before a number after a colon is a
			// prefix too: "ORDEM DE SERVIÇO: OS 4417-0082")
			stopOK := a.lexOf(i-1)&lxStop == 0 || (a.isPunct(i-2, ":") || a.isPunct(i-2, "#")) && a.lexOf(i-1)&(lxLabel|lxCred|lxRegion|lxMedical) == 0
			if p.kind == kWord && p.shape == shUpper && p.e-p.s >= 2 && p.e-p.s <= 4 && !a.toks[i-1].nl && p.gap >= 1 && int(p.gap) <= 1+a.ocrGap() && stopOK &&
				a.lexOf(i-1)&(lxLabel|lxCred|lxRegion|lxMedical) == 0 && a.cue(i-1)&(cuIDWord|cuIDMRN|cuIDPlan) == 0 && (labelBefore || a.planNameBefore(i, c)) {
				a.add(int(p.s), c.e, c.typ, c.score, c.prio)
				continue
			}
			// a form's number with its state: "Nº SP 4418207"
			// (or its form's letters: "nº FC 0815522", round 57)
			if a.pt && c.typ == TypeID && p.kind == kWord && p.shape == shUpper && (brStates[a.tokText(i-1)] || p.e-p.s <= 3 && a.lexOf(i-1)&(lxStop|lxLabel|lxCred|lxMedical|lxCommon) == 0) && !a.toks[i-1].nl && p.gap >= 1 && a.isWord(i-2) && (a.folded(i-2) == "nº" || a.folded(i-2) == "n°") {
				a.add(int(p.s), c.e, c.typ, c.score, c.prio)
				continue
			}
			// letters whose label stands a few words before: "ID changed
			// to VHP 3318 0942 77" (round46.go)
			if p.kind == kWord && p.shape == shUpper && a.idLetters46(i) {
				a.add(int(p.s), c.e, c.typ, c.score, c.prio)
				continue
			}
		}
		// (prefixes chain: "SC-LEITOS-2024-031188", the state before the
		// service)
		for step := 0; step < 3 && a.hyphenPrefix(i, c); step++ {
			c.s = int(a.toks[i-2].s)
			a.add(c.s, c.e, c.typ, c.score, c.prio)
			i -= 2
		}
	}
}

// hyphenPrefix: the token two before i, glued by a hyphen to the value of
// candidate c that starts at token i, is a prefix of the value (letters
// in capitals or a short code), not a word or a medical term.
func (a *analysis) hyphenPrefix(i int, c cand) bool {
	if i < 2 || i >= len(a.toks) || int(a.toks[i].s) != c.s || a.toks[i].gap != 0 || !a.isPunct(i-1, "-") || a.toks[i-1].gap != 0 {
		return false
	}
	p := a.toks[i-2]
	// (a word in capitals before a value of several groups names the
	// programme that issued it: "PASSPORT-24-118307")
	program := p.kind == kWord && p.shape == shUpper && p.e-p.s <= 10 && strings.IndexByte(a.text[c.s:c.e], '-') > 0 && isDigit(a.text[c.s]) && a.lexOf(i-2)&lxMedical == 0
	if !program && (p.e-p.s > 6 || !(p.kind == kAlnum || p.kind == kWord && (p.shape == shUpper || p.shape == shSingle))) {
		return false
	}
	if !program && p.kind == kWord && (a.lexOf(i-2)&(lxCommon|lxStop|lxLabel) != 0 && p.e-p.s > 3 || a.lexOf(i-2)&lxMedical != 0) || strings.EqualFold(a.tokText(i-2), "covid") {
		return false
	}
	return true
}

// detectSaintNames reads the saints that name hospitals, parishes and
// towns: "St. Joachim's Parish", "St. Vincent's East", "Saint Alphonsus",
// "(Olive Garden, St. Marys)". A saint's name with a possessive or a
// capitalised word after it is an organisation; after a comma, alone, a
// town.
func (a *analysis) detectSaintNames() {
	n := len(a.toks)
	next := 0
	// (a word that starts with "S" is capitalised: a.caps holds it)
	for _, i32 := range a.caps {
		i := int(i32)
		if i+1 >= n {
			break
		}
		if c := a.text[a.toks[i].s]; i < next || c != 'S' || a.toks[i].kind != kWord || a.toks[i].e-a.toks[i].s > 5 || a.claimedAt(i) {
			continue
		}
		f := a.folded(i)
		if f != "st" && f != "saint" && f != "ste" {
			continue
		}
		k := i + 1
		if f != "saint" {
			if !a.isPunct(k, ".") || a.toks[k].gap != 0 {
				continue
			}
			k++
		}
		if k >= n || !a.isWord(k) || !a.capShape(k) || a.toks[k].nl || a.toks[k].gap > 1 || a.lexOf(k)&lxMonth != 0 {
			continue
		}
		// "St. Jude Medical" and eponyms are not about anyone
		if notPHIPhrases[a.phraseText(i, k+2)] || a.eponymContext(k) {
			continue
		}
		e := k + 1
		poss := false
		if e+1 < n && (a.isPunct(e, "'") || a.isPunct(e, "’")) && a.toks[e].gap == 0 && a.isWord(e+1) && a.folded(e+1) == "s" && a.toks[e+1].gap == 0 {
			e += 2
			poss = true
		}
		// the rest of the name: capitalised words on the line
		j := e
		for j < n && j < e+3 && a.isWord(j) && a.capShape(j) && !a.toks[j].nl && a.toks[j].gap <= 1 && a.lexOf(j)&(lxMonth|lxCred) == 0 {
			j++
		}
		// herbs and old disease names: "St. John's wort", "St. Vitus dance"
		if e < n && a.isWord(e) && (a.folded(e) == "wort" || a.folded(e) == "dance" || a.folded(e) == "fire") {
			next = e + 1
			continue
		}
		switch {
		case poss || j > e:
			a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeOrganization, 0.7, pOrg)
		case i > 0 && (a.isPunct(i-1, ",") || a.isPunct(i-1, "(")) || i > 0 && a.isWord(i-1) && placePreps[a.folded(i-1)] && a.toks[i-1].shape == shLower:
			// "(Red Lobster, St. Marys)", "a farm outside St. Albans"
			a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeLocation, 0.6, pLocation)
		case i > 1 && a.isWord(i-1) && a.cue(i-1)&cuCompass != 0 && a.toks[i-1].shape == shTitle && !a.toks[i].nl && a.toks[i].gap == 1 && !a.claimedAt(i-1) &&
			(a.isPunct(i-2, ",") || a.isWord(i-2) && placePreps[a.folded(i-2)] && a.toks[i-2].shape == shLower):
			// with its compass word: "…, North St. Paul", "in East St. Louis"
			a.add(int(a.toks[i-1].s), int(a.toks[e-1].e), TypeLocation, 0.6, pLocation)
		}
		next = j
	}
}

// placePreps put a town after them ("outside St. Albans").
var placePreps = set(`in outside near from to into toward towards`)

// usStateNames are the one-word US state names ("Jordan, Minnesota").
var usStateNames = set(`alabama alaska arizona arkansas california colorado connecticut delaware florida
	georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
	michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
	tennessee texas utah vermont virginia washington wisconsin wyoming`)

// detectRegionCities: a country or state name that is also a US town,
// right before ", ST" ("from Lebanon, OH", "Paris, TX", "Mexico, MO").
func (a *analysis) detectRegionCities() {
	n := len(a.toks)
	for _, ci := range a.caps { // (a title-case word)
		i := int(ci)
		if i+2 >= n {
			break
		}
		if a.toks[i].kind != kWord || a.toks[i].shape != shTitle || !a.isPunct(i+1, ",") || a.lexOf(i)&lxRegion == 0 || a.claimedAt(i) {
			continue
		}
		if a.toks[i+1].gap != 0 || !a.isWord(i+2) || a.toks[i+2].nl ||
			!(a.toks[i+2].shape == shUpper && usStates[a.tokText(i+2)] || a.toks[i+2].shape == shTitle && usStateNames[a.folded(i+2)] && a.folded(i+2) != a.folded(i)) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[i].e), TypeLocation, 0.75, pLocStrong)
	}
}

// detectPlaceBeforeState: a capitalised run right before "/UF" or " - UF"
// that the gazetteer does not know or knows as a common word
// ("Posto Graal - Registro/SP", "Madalena - Recife/PE").
func (a *analysis) detectPlaceBeforeState() {
	n := len(a.toks)
	for _, pk := range a.classToks('/') {
		k := int(pk)
		if k < 1 {
			continue
		}
		if k+1 >= n {
			break
		}
		if !a.isPunct(k, "/") || a.toks[k].gap != 0 || !a.isWord(k+1) || a.toks[k+1].gap != 0 || !brStates[a.tokText(k+1)] {
			continue
		}
		j := k
		i := j
		for i > 0 && i > j-3 && a.isWord(i-1) && (a.capShape(i-1) || a.lexOf(i-1)&lxParticle != 0) && !a.toks[i].nl && (i == j || a.toks[i].gap <= 1) {
			i--
		}
		for i < j && a.lexOf(i)&lxParticle != 0 && a.toks[i].shape == shLower {
			i++
		}
		if i == j || a.claimedAt(i) || a.lexOf(i)&(lxOrgHead|lxCred|lxMonth) != 0 || a.lexOf(i)&lxStop != 0 && a.lexOf(i)&lxPlace == 0 {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeLocation, 0.7, pLocation)
	}
}

// detectCounties: "Fresno County", "COOK COUNTY", "Jefferson Parish"
// (Louisiana), "Condado de X": a county is a place smaller than a state.
func (a *analysis) detectCounties() {
	n := len(a.toks)
	if !a.hasCue(cuCounty) {
		return
	}
	for i := 1; i < n; i++ {
		if !a.isWord(i) || a.claimedAt(i) {
			continue
		}
		f := a.folded(i)
		if f != "county" && f != "parish" || !a.capShape(i) {
			continue
		}
		j := i
		for j > 0 && j > i-3 && a.isWord(j-1) && a.capShape(j-1) && !a.toks[j].nl && a.toks[j].gap <= 1 && a.lexOf(j-1)&(lxStop|lxTitle|lxOrgHead) == 0 && !orgConnector(a.folded(j-1)) {
			j--
		}
		if j == i || a.claimedAt(j) {
			continue
		}
		// "St. Mary's Parish" is a church; a parish needs no possessive
		if f == "parish" && i >= 2 && a.isWord(i-1) && a.folded(i-1) == "s" {
			continue
		}
		a.add(int(a.toks[j].s), int(a.toks[i].e), TypeLocation, 0.7, pLocStrong)
	}
}

// detectParenNicknames: a nickname in quotes in brackets right after a
// name, `Okonkwo-Hale, Adaeze ("Daisy")`.
func (a *analysis) detectParenNicknames() {
	n := len(a.toks)
	if !a.hasPunct('(') {
		return
	}
	for _, pi := range a.classToks('(') {
		i := int(pi)
		if i < 1 || i+4 >= n {
			continue
		}
		if !a.isPunct(i, "(") || !a.isPunct(i+4, ")") || !a.isWord(i+2) || a.toks[i+2].shape != shTitle {
			continue
		}
		q1, q2 := a.tokText(i+1), a.tokText(i+3)
		if a.toks[i+1].kind != kPunct || a.toks[i+3].kind != kPunct || (q1 != `"` && q1 != "“" && q1 != "'") || (q2 != `"` && q2 != "”" && q2 != "'") {
			continue
		}
		if a.candAt(int(a.toks[i-1].s), TypeName) < 0 {
			continue
		}
		a.add(int(a.toks[i+2].s), int(a.toks[i+2].e), TypeName, 0.8, pName)
	}
}

// detectParenGiven: a listed given name alone in brackets right after a
// name is its bearer's nickname ("Francisco Alves (Chico)", "Robert
// Haines (Bobby)"); the quoted form is detectParenNicknames'.
func (a *analysis) detectParenGiven() {
	n := len(a.toks)
	if !a.hasPunct('(') {
		return
	}
	for _, pi := range a.classToks('(') {
		i := int(pi)
		if i < 1 || i+2 >= n {
			continue
		}
		if !a.isPunct(i, "(") || !a.isPunct(i+2, ")") || !a.isWord(i+1) || a.toks[i+1].shape != shTitle || a.toks[i+1].nl || a.toks[i+1].gap != 0 {
			continue
		}
		x := a.lexOf(i + 1)
		// (or a nickname no list knows: "Maria José Bezerra (Lulinha)",
		// round 47)
		if x&lxGiven == 0 && !a.nicknameShape47(i+1) || x&(lxStop|lxMedical|lxMonth|lxCred|lxOrgHead|lxRegion|lxRelation|lxTitle|lxLabel|lxNameLabel) != 0 {
			continue
		}
		if a.candAt(int(a.toks[i-1].s), TypeName) < 0 {
			continue
		}
		a.add(int(a.toks[i+1].s), int(a.toks[i+1].e), TypeName, 0.75, pName)
	}
}

// detectListedNames: a numbered list of people ("Passageiros:", a
// roster) — an item "3. Antônia Rocha Veloso - hemodiálise" whose words
// are all listed names (a given name first) and end at a spaced dash, a
// comma or the line's end, in a list where another item was found to be
// a name. The lists' common-word readings alone ("Rocha", "Veloso") kept
// it out of dictName.
func (a *analysis) detectListedNames() {
	n := len(a.toks)
	var items []int
	found := false
	for _, i32 := range a.lineStarts {
		i := int(i32)
		if i+2 < n && a.toks[i].kind == kNum && a.toks[i].e-a.toks[i].s <= 2 && a.isPunct(i+1, ".") && a.isWord(i+2) && !a.toks[i+2].nl {
			items = append(items, i+2)
			if a.nameAt(i + 2) {
				found = true
			}
		}
	}
	if !found || len(items) < 2 {
		return
	}
	for _, k := range items {
		if a.isClaimed(a.toks[k]) || a.lexOf(k)&lxGiven == 0 || a.toks[k].shape != shTitle {
			continue
		}
		j := k
		for j < n && a.isWord(j) && !a.toks[j].nl && (j == k || a.toks[j].gap == 1) && j-k < 5 {
			x := a.lexOf(j)
			if x&lxParticle != 0 && a.toks[j].shape == shLower && j > k {
				j++
				continue
			}
			if a.toks[j].shape != shTitle || x&(lxGiven|lxName) == 0 || x&(lxStop|lxMedical|lxMonth|lxCred|lxOrgHead|lxRegion|lxLabel) != 0 {
				break
			}
			j++
		}
		if j-k < 2 || a.lexOf(j-1)&lxParticle != 0 {
			continue
		}
		if j < n && !a.toks[j].nl && !a.spacedDash(j) && !a.isPunct(j, ",") {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[j-1].e), TypeName, 0.75, pName)
	}
}

// detectArrowHandoff: a handover written "AS Mônica -> AS Eduardo"
// hands a shift from one person to another: when one side of the arrow
// is a name, a listed given name on the other side (after the same kind
// of role word, if any) is one too.
func (a *analysis) detectArrowHandoff() {
	n := len(a.toks)
	if !a.hasPunct('>') {
		return
	}
	for i := 1; i+2 < n; i++ {
		if !a.isPunct(i, "-") || !a.isPunct(i+1, ">") || a.toks[i+1].gap != 0 || a.toks[i+1].nl || a.toks[i+2].nl {
			continue
		}
		l, r := i-1, i+2
		if a.isWord(r) && r+1 < n && a.toks[r].shape == shUpper && a.isWord(r+1) && !a.toks[r+1].nl {
			r++ // the role before the second name: "AS Eduardo"
		}
		if !a.isWord(l) || !a.isWord(r) {
			continue
		}
		switch {
		case a.nameAt(r) && a.handoffGiven(l):
			a.add(int(a.toks[l].s), int(a.toks[l].e), TypeName, 0.7, pName)
		case a.nameAt(l) && a.handoffGiven(r):
			a.add(int(a.toks[r].s), int(a.toks[r].e), TypeName, 0.7, pName)
		}
	}
}

// handoffGiven: word k is a capitalised listed given name, unclaimed and
// no cue or clinical word.
func (a *analysis) handoffGiven(k int) bool {
	x := a.lexOf(k)
	return a.toks[k].shape == shTitle && !a.isClaimed(a.toks[k]) && x&lxGiven != 0 &&
		x&(lxStop|lxMedical|lxMonth|lxCred|lxOrgHead|lxRegion|lxRelation|lxTitle|lxLabel|lxNameLabel) == 0
}

// senderBeforeTime: word i opens its line as a chat sender, a given name
// or a word in no list, then an optional role in brackets, then a time
// and a colon ("Reba 07:55:", "Adaeze (chaplain) 09:14:").
func (a *analysis) senderBeforeTime(i int) bool {
	n := len(a.toks)
	if !a.isWord(i) || a.toks[i].shape != shTitle || a.toks[i].e-a.toks[i].s < 3 || a.isClaimed(a.toks[i]) ||
		a.lexOf(i)&(lxStop|lxLabel|lxMonth|lxMedical|lxParticle|lxNameLabel|lxCred|lxTitle|lxRelation|lxOrgHead) != 0 || !(a.lexOf(i)&(lxGiven|lxName) != 0 || a.unknownWord(i)) {
		return false
	}
	k := i + 1
	if k < n && a.isPunct(k, "(") && !a.toks[k].nl {
		for k < n && k < i+7 && !a.isPunct(k, ")") && !a.toks[k].nl {
			k++
		}
		k++
	}
	return k+3 < n && a.toks[k].kind == kNum && !a.toks[k].nl && a.toks[k].gap == 1 && a.toks[k].e-a.toks[k].s <= 2 && a.isPunct(k+1, ":") && a.toks[k+1].gap == 0 &&
		a.toks[k+2].kind == kNum && a.toks[k+2].gap == 0 && a.toks[k+2].e-a.toks[k+2].s == 2 && a.isPunct(k+3, ":") && a.toks[k+3].gap == 0
}

// senderRun returns the first token of a title-case run of two to four
// words that fills [i, c) and opens with a listed given name, or -1.
func (a *analysis) senderRun(i, c int) int {
	if c-i < 2 || c-i > 4 || a.lexOf(i)&lxGiven == 0 {
		return -1
	}
	for k := i; k < c; k++ {
		if !a.isWord(k) || a.toks[k].shape != shTitle && !(k > i && a.toks[k].shape == shLower && a.lexOf(k)&lxParticle != 0) ||
			a.lexOf(k)&(lxStop|lxLabel|lxMonth|lxMedical|lxNameLabel|lxOrgHead|lxRelation|lxCred|lxTitle) != 0 && !(k > i && a.lexOf(k)&lxParticle != 0) {
			return -1
		}
	}
	return i
}

// chatRoleWords come between a chat line's time and the sender's name.
var chatRoleWords = set(`charge rn nurse dr doc tech np pa md resident fellow enf tec`)

// lineStartsWithDate reports whether the tokens before i on its line are a
// numeric date alone ("8/3/24", "14/10/2024", "2024-10-14").
func (a *analysis) lineStartsWithDate(i int) bool {
	s := i - 1
	for s > 0 && !a.toks[s].nl {
		s--
	}
	if i-s < 3 || i-s > 6 {
		return false
	}
	for k := s; k < i; k++ {
		if !(a.toks[k].kind == kNum || a.isPunct(k, "/") || a.isPunct(k, "-") || a.isPunct(k, ".") || a.isPunct(k, ",")) {
			return false
		}
	}
	return a.toks[s].kind == kNum
}

// detectAgeSexNames reads the patient of a handover or census line, where
// a name stands before an age-and-sex token: "rm 402  hollis, margaret
// 89F", "Tran, Bao  52M", "Ana Souza 78F". Either word may be in lower
// case or unlisted ("Bao"); none may be a cue, clinical, month or common
// word (unless a listed name).
func (a *analysis) detectAgeSexNames() {
	for _, am := range a.classToks(tcAlnum) {
		m := int(am)
		if m < 3 {
			continue
		}
		t := a.toks[m]
		if t.kind != kAlnum || t.nl || t.gap == 0 || t.e-t.s < 2 || t.e-t.s > 4 {
			continue
		}
		s := a.tokText(m)
		last := s[len(s)-1]
		if last != 'M' && last != 'F' && last != 'm' && last != 'f' || !allDigits(s[:len(s)-1]) {
			continue
		}
		if atoi(s[:len(s)-1]) > 110 {
			continue
		}
		w2 := m - 1
		if a.isPunct(w2, ",") && a.toks[w2].gap == 0 {
			w2-- // "Abioye, Funmilayo, 58F"
		}
		if !a.ageSexNameWord(w2) {
			continue
		}
		w1 := w2 - 1
		comma := a.isPunct(w1, ",") && a.toks[w1].gap == 0 && !a.toks[w2].nl
		if comma {
			w1--
		} else if w1 >= 0 && (a.toks[w2].nl || a.toks[w2].gap != 1) {
			continue
		}
		if w1 < 0 || !a.ageSexNameWord(w1) {
			continue
		}
		if !comma && (a.lexOf(w1)&(lxGiven|lxName) == 0 || a.lexOf(w2)&(lxGiven|lxName) == 0) {
			continue
		}
		if a.claimedAt(w1) || a.claimedAt(w2) {
			continue
		}
		a.add(int(a.toks[w1].s), int(a.toks[w2].e), TypeName, 0.8, pName)
	}
}

// ageSexNameWord: a word that may be a name before an age-and-sex token.
func (a *analysis) ageSexNameWord(k int) bool {
	if k < 0 || a.toks[k].kind != kWord || a.toks[k].e-a.toks[k].s < 2 {
		return false
	}
	x := a.lexOf(k)
	if x&(lxStop|lxMedical|lxMonth|lxLabel|lxCred|lxTitle|lxRelation|lxOrgHead|lxRegion) != 0 || hasDrugSuffix(a.folded(k)) {
		return false
	}
	return x&lxCommon == 0 || x&(lxGiven|lxName) != 0
}

// chatPairSender: "Given Surname:" at line start i, then words on the line.
func (a *analysis) chatPairSender(i int) bool {
	n := len(a.toks)
	if i+3 >= n || !a.isWord(i) || !a.isWord(i+1) || a.toks[i+1].nl || a.toks[i+1].gap != 1 || !a.isPunct(i+2, ":") || a.toks[i+2].gap != 0 || a.toks[i+3].nl {
		return false
	}
	const bad = lxStop | lxLabel | lxMonth | lxMedical | lxNameLabel | lxOrgHead | lxTitle | lxCred | lxRegion
	x, y := a.lexOf(i), a.lexOf(i+1)
	return a.toks[i].shape == shTitle && a.toks[i+1].shape == shTitle && x&lxGiven != 0 && x&(bad|lxCommon) == 0 && y&bad == 0 &&
		a.toks[i+1].e-a.toks[i+1].s >= 3 && a.isWord(i+3) && a.toks[i+3].shape == shLower
}

// senderAt: the tokens [i,c) before a colon at line start are a title and
// a name ("Dra. Yasmin", "Enf. Carla") or a role and a name.
func (a *analysis) senderAt(i, c int) bool {
	if c-i < 2 || !a.isWord(c-1) || a.toks[c-1].shape != shTitle || a.lexOf(c-1)&(lxGiven|lxName) == 0 {
		return false
	}
	return a.lexOf(i)&(lxTitle|lxCred) != 0 || a.toks[i].shape == shUpper && a.toks[i].e-a.toks[i].s <= 4
}

// detectInitialSurnameCred: an initial, a surname and a credential ("H.
// Ravensworth, RN") is a clinician even when the surname is a town the
// location rules took; the name outranks the place.
func (a *analysis) detectInitialSurnameCred() {
	n := len(a.toks)
	for _, pi := range a.classToks('.') { // (an initial's dot)
		i := int(pi) - 1
		if i < 0 {
			continue
		}
		if i+4 >= n {
			break
		}
		if a.toks[i].shape != shSingle || !a.isPunct(i+1, ".") || a.toks[i+1].gap != 0 || !a.isWord(i+2) || a.toks[i+2].nl || a.toks[i+2].gap != 1 ||
			a.toks[i+2].shape != shTitle || !a.isPunct(i+3, ",") || a.toks[i+3].gap != 0 || !a.isCredAt(i+4) || a.toks[i+4].nl {
			continue
		}
		if i > 0 && a.toks[i].gap == 0 && !a.isPunct(i-1, "(") {
			continue
		}
		if a.lexOf(i+2)&(lxStop|lxMedical|lxMonth|lxCred|lxRegion|lxOrgHead) != 0 || usStates[a.tokText(i+4)] && a.zipAfter(i+5) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[i+2].e), TypeName, 0.85, pOrg)
	}
}

// contactWords name a way to reach someone after a possessive.
var contactWords = set(`cell phone number mobile email e-mail pager cellphone`)

// detectContactPossessives: a capitalised word in no list or a given
// name, whose cell or phone follows ("Laila's cell is …"), is a person.
func (a *analysis) detectContactPossessives() {
	n := len(a.toks)
	if !a.hasCue(cuContact) {
		return
	}
	for _, ck := range a.caps {
		k := int(ck)
		if k+3 >= n {
			break
		}
		if !a.isWord(k) || a.toks[k].shape != shTitle || a.toks[k].e-a.toks[k].s < 3 || a.claimedAt(k) ||
			!(a.isPunct(k+1, "'") || a.isPunct(k+1, "’")) || a.toks[k+1].gap != 0 || a.folded(k+2) != "s" || a.toks[k+2].gap != 0 ||
			!a.isWord(k+3) || a.toks[k+3].nl || !contactWords[a.folded(k+3)] {
			continue
		}
		x := a.lexOf(k)
		if x&(lxStop|lxLabel|lxMonth|lxMedical|lxOrgHead|lxRegion|lxTitle|lxCred|lxNameLabel|lxRelation) != 0 || !(x&lxGiven != 0 || a.unknownWord(k)) {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
	}
}

// includePlaceHyphenTail: a place found as the first half of a hyphenated
// name takes the second ("Rio Preto-Jacundá", "Vila Nova-Itapuã"); a
// state's abbreviation after the hyphen ("Rio Preto-SP") stays out.
func (a *analysis) includePlaceHyphenTail() {
	a.extendHyphenTails(TypeLocation, func(t token, k int) bool {
		return t.shape == shTitle && t.e-t.s >= 4 && a.lexOf(k)&(lxStop|lxMedical|lxMonth|lxLabel) == 0
	})
}
