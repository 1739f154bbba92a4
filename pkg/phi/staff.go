package phi

// Staff initials in the places a service's records put them: after the
// role that did the work ("sonographer JMK", "read back to tech mdp"),
// in the last cell of a log's row ("| 412 | JW"), and in brackets after
// the verb of a consultation ("consultation obtained (LPW)").

// staffRoleWords name the worker whose initials may follow the role
// without a colon.
var staffRoleWords = set(`sonographer technologist tech rph pharmacist scribe verifier screener cytotech
	cytotechnologist phlebotomist transcriptionist typist`)

// consultVerbs close a clause whose agent is given in brackets by
// initials ("obtained (LPW)", "discussed (kbm)").
var consultVerbs = set(`obtained consulted discussed reviewed verified confirmed notified paged informed`)

// detectStaffInitials marks the three shapes above.
func (a *analysis) detectStaffInitials() {
	n := len(a.toks)
	for _, wi := range a.wordToks {
		i := int(wi)
		if i < 1 {
			continue
		}
		t := a.toks[i]
		// (a word of two to four letters of one case first, before the line's end or punctuation as every case below wants: see b2u)
		u := &a.toks[min(i+1, n-1)]
		if b2u(t.kind == kWord)&b2u(!t.nl)&b2u(uint32(t.e-t.s-2) <= 2)&(b2u(t.shape == shLower)|b2u(t.shape == shUpper))&(b2u(i+1 >= n)|b2u(u.nl)|b2u(u.kind == kPunct)) == 0 || a.claimedAt(i) || !a.initialsShape(i) {
			continue
		}
		last := i+1 >= n || a.toks[i+1].nl
		switch {
		case a.isWord(i-1) && staffRoleWords[a.folded(i-1)] && t.gap == 1 &&
			(last || a.toks[i+1].kind == kPunct && !a.isPunct(i+1, "-") && !a.isPunct(i+1, "/")):
		case a.isPunct(i-1, "|") && last && a.pipeRow(i):
		case a.isPunct(i-1, "(") && i >= 2 && a.isWord(i-2) && consultVerbs[a.folded(i-2)] && i+1 < n && a.isPunct(i+1, ")"):
		default:
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
	}
}

// initialsShape: word k is two to four letters of one case in no list.
func (a *analysis) initialsShape(k int) bool {
	t := a.toks[k]
	if t.shape != shLower && t.shape != shUpper {
		return false
	}
	if t.shape == shUpper && t.e-t.s > 3 {
		return false
	}
	return a.unknownOrShort(k) && !wordMorph(a.folded(k))
}

// pipeRow: the line of token k is a table row of three pipes or more.
func (a *analysis) pipeRow(k int) bool {
	pipes := 0
	for j := k; j >= 0; j-- {
		if a.isPunct(j, "|") {
			pipes++
		}
		if a.toks[j].nl {
			break
		}
	}
	return pipes >= 3
}

// detectMonthGiven: a given name spelt like a month after a surname and
// its comma, closing the field ("Tanabe, Jun / 0812", "Reyes, May |"):
// the comma order makes it a name; a day or a year after it would make
// it a date, so a number may not follow.
func (a *analysis) detectMonthGiven() {
	n := len(a.toks)
	for _, ck := range a.caps { // (a month in title case)
		k := int(ck)
		if k < 2 {
			continue
		}
		t := a.toks[k]
		// (the month first, a flag of the vocabulary that lexOf passes on
		// unchanged: few tokens have it)
		if a.raws[k]&lxMonth == 0 || t.kind != kWord || t.shape != shTitle || t.nl || a.claimedAt(k) {
			continue
		}
		if !a.isPunct(k-1, ",") || a.toks[k-1].nl || !a.isWord(k-2) || a.candAt(int(a.toks[k-2].s), TypeName) < 0 {
			continue
		}
		if k+1 < n && !a.toks[k+1].nl && a.toks[k+1].gap < 3 && !a.isPunct(k+1, "/") && !a.isPunct(k+1, "|") {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.7, pName)
	}
}
