package phi

// Round 38 rules (chats, OCR faxes and forms, referral letters): speakers
// of a chat named by a bare label at the start of their lines ("raj:",
// "Lauren K:", "Nkechi:"), repeated, and businesses writing the same
// way ("CLÍNICA DE OLHOS SANTA LUZIA: Olá"); numbers an OCR'd form cut
// at the end of a line ("Home ph : 608 - 555 -⏎0 1 9 4"); a month's date
// whose year OCR spaced off after the comma ("Feb 3 , l 9 4 l"); streets
// named with particles ("Ponce de Leon Ave"); insurers in brackets after
// a state's Medicaid and employers after "drives a bus for".

// detectKinSenders38: detectKinSenders, then detectRepeatedSpeakers
// (a wrapper, so that the lines of run keep their places; see round37.go).
func (a *analysis) detectKinSenders38() {
	a.detectKinSenders()
	a.detectRepeatedSpeakers()
}

// speakerLabel is a label at the start of a line: its words' tokens
// [s, e), and its text.
type speakerLabel struct {
	s, e  int32
	org   bool
	party bool // another party's label, no name's (speakerParty42)
	weak  bool // a common word as a name (speakerWeak42)
	words bool // the message opens with a word
	text  string
}

// rxFieldWords are the fields of a prescription, which repeat at the
// start of lines as a chat's speakers do ("Sig: 1 tab PO daily").
var rxFieldWords = set(`sig disp qty rx dx hx tx sx abx refills refill dose route`)

// detectRepeatedSpeakers reads the speakers of a chat written with a
// bare label at the start of each message: "raj: anyone covering 9W?",
// "Lauren K: me. on my way.", "Nkechi: guys …". A label is one or two
// words before a colon with the message on the same line: a given name
// (in any case when the lists vouch for it, in title case when no list
// knows it), optionally followed by an initial or a surname. A bare word
// before a colon is most often a field's label ("Plan:", "Abx:"), so the
// label must come back at the start of another line, and the note must
// have two such speakers (a conversation). A business writes the same
// way: an organisation's head and proper words, "CLÍNICA DE OLHOS SANTA
// LUZIA: Olá, GRAÇA!", twice.
func (a *analysis) detectRepeatedSpeakers() {
	if !a.hasPunct(':') || len(a.lineStarts) < 3 {
		return
	}
	n := len(a.toks)
	var buf [24]speakerLabel
	labs := buf[:0]
	// (a label that names no one listed, a party's or a common word's, is
	// read only when a person's label is found: pend, round42.go)
	var pend [8][3]int32
	np, names := 0, false
	paren := a.hasPunct('(')
	for _, li := range a.lineStarts {
		i := int(li)
		if i+2 >= n || a.toks[i].kind != kWord {
			continue
		}
		// the colon within six tokens, on the line (or the time in
		// brackets between a label of one or two words and its colon:
		// "Tricia (1/7, 7:52 PM): …", round42.go)
		c, e := i+1, -1
		if p := i + 1 + int(b2u(a.toks[i+1].ch != '(')); paren && a.toks[p].ch == '(' && !a.toks[p].nl {
			if q := a.stampParenEnd42(p); q > p {
				c, e = q, p
			}
		}
		if e < 0 {
			for c < n && c < i+7 && !a.toks[c].nl && a.toks[c].ch != ':' {
				c++
			}
			e = c
		}
		if c+1 >= n || c == i+7 || a.toks[c].ch != ':' || a.toks[c].gap != 0 || a.toks[c].nl || a.toks[c+1].nl {
			continue
		}
		if a.isPunct(e-1, ".") && e-2 > i && a.toks[e-2].shape == shSingle {
			e-- // "Lauren K.:"
		}
		if len(labs) == len(buf) {
			break
		}
		if a.speakerName(i, e) && !rxFieldWords[a.folded(i)] && !botWords47[a.folded(i)] {
			labs = append(labs, speakerLabel{int32(i), int32(e), false, false, false, a.isWord(c + 1), a.text[a.toks[i].s:a.toks[e-1].e]})
			names = true
		} else if s, e2 := a.speakerCore49(i, e); s >= 0 {
			// (a title before the name or a role in brackets after it:
			// "dr ng:", "tasha (charge):", round49.go)
			labs = append(labs, speakerLabel{int32(s), int32(e2), false, false, false, a.isWord(c + 1), a.text[a.toks[s].s:a.toks[e2-1].e]})
			names = true
		} else if a.speakerOrg(i, e) {
			labs = append(labs, speakerLabel{int32(i), int32(e), true, false, false, a.isWord(c + 1), a.text[a.toks[i].s:a.toks[e-1].e]})
		} else if np < len(pend) && e-i <= 3 && a.capShape(i) {
			pend[np] = [3]int32{int32(i), int32(e), int32(c + 1)}
			np++
		}
	}
	for _, p := range pend[:np*int(b2u(names))] {
		if len(labs) == len(buf) {
			break
		}
		i, e, w := int(p[0]), int(p[1]), int(p[2])
		if weak := a.speakerWeak42(i, e); weak || a.speakerParty42(i, e) {
			labs = append(labs, speakerLabel{p[0], p[1], false, !weak, weak, a.isWord(w), a.text[a.toks[i].s:a.toks[e-1].e]})
		}
	}
	if len(labs) < 2 {
		return
	}
	// the labels that come back, and how many distinct ones do
	// (a speaker writes words: "Disp: #12", "Qty: 30" are fields; a
	// label counts when one of its messages opens with a word)
	// (a common word is a speaker's name only when it comes back three
	// times or more: "Cida:", round42.go)
	var rep, talks [24]bool
	var count [24]uint8
	distinct := 0
	for x := range labs {
		first := true
		talks[x] = labs[x].words
		count[x] = 1
		for y := range labs {
			if y != x && labs[y].text == labs[x].text {
				rep[x] = true
				count[x]++
				talks[x] = talks[x] || labs[y].words
				if y < x {
					first = false
				}
			}
		}
		if rep[x] && first && talks[x] && (!labs[x].weak || count[x] >= 3) {
			distinct++
		}
	}
	for x, l := range labs {
		// (a business's label needs no second speaker)
		if !rep[x] || !talks[x] || !l.org && distinct < 2 || a.claimedAt(int(l.s)) || l.weak && count[x] < 3 {
			continue
		}
		if l.party {
			// (another party counts as a speaker; a business's coined
			// name is one: "LabVida Goiânia:", round42.go)
			if a.toks[l.s].shape == shMixed {
				a.add(int(a.toks[l.s].s), int(a.toks[l.e-1].e), TypeOrganization, 0.7, pOrg)
			}
			continue
		}
		if l.org {
			a.add(int(a.toks[l.s].s), int(a.toks[l.e-1].e), TypeOrganization, 0.75, pOrg)
		} else {
			a.add(int(a.toks[l.s].s), int(a.toks[l.e-1].e), TypeName, 0.75, pName)
		}
	}
}

// speakerBad are the flags of words that name no speaker.
const speakerBad = lxStop | lxLabel | lxNameLabel | lxTitle | lxCred | lxMonth | lxMedical | lxOrgHead | lxRelation | lxGreet | lxRegion | lxParticle

// speakerName reports whether the words [i, e) are a person's chat
// label: a name (listed, and no common word when in lower case; or
// a title-case word in no list), then at most an initial or a surname
// in title case.
func (a *analysis) speakerName(i, e int) bool {
	if e-i > 2 || !a.isWord(i) || a.toks[i].e-a.toks[i].s < 3 {
		return false
	}
	x := a.lexOf(i)
	switch a.toks[i].shape {
	case shTitle:
		if x&speakerBad != 0 || !(x&(lxGiven|lxName) != 0 || a.unknownWord(i)) {
			return false
		}
	case shLower:
		if x&speakerBad != 0 || x&(lxGiven|lxName) == 0 || x&lxCommon != 0 {
			return false
		}
	default:
		return false
	}
	if e == i+2 {
		k := i + 1
		if !a.isWord(k) || a.toks[k].gap != 1 {
			return false
		}
		switch a.toks[k].shape {
		case shSingle:
		case shTitle:
			if a.lexOf(k)&speakerBad != 0 || !(a.lexOf(k)&(lxGiven|lxName) != 0 || a.unknownWord(k)) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// speakerOrg reports whether the words [i, e) are a business's chat
// label: an organisation's head first, then two to five words (particles
// among them) in the head's case, one of them a proper word.
func (a *analysis) speakerOrg(i, e int) bool {
	if e-i < 3 || a.lexOf(i)&lxOrgHead == 0 || a.toks[i].shape != shTitle && a.toks[i].shape != shUpper {
		return false
	}
	proper := false
	for k := i + 1; k < e; k++ {
		if !a.isWord(k) || a.toks[k].gap != 1 {
			return false
		}
		x := a.lexOf(k)
		if x&lxParticle != 0 {
			continue
		}
		if !a.capShape(k) || x&(lxLabel|lxNameLabel|lxMonth|lxCred) != 0 {
			return false
		}
		if x&(lxGiven|lxName|lxPlace) != 0 || a.unknownWord(k) {
			proper = true
		}
	}
	return proper
}

// extendStreetParticles extends a street's name back over the words
// before its particles: "the Publix on Ponce de Leon Ave", "1200 Paseo
// de la Reforma Blvd" — a title-case word, then one or two particles (de,
// del, de la, van, von, du …) in lower case, then the street the
// address rules found (which start at the word after the particles).
func (a *analysis) extendStreetParticles() {
	m := len(a.cands)
	for ci := 0; ci < m; ci++ {
		c := a.cands[ci]
		if c.typ != TypeAddress {
			continue
		}
		// (the street's own name first: "Leon Ave"; an address that opens
		// with its street's type, "da Trav. das Acácias", follows a
		// person's name and its particle)
		k, ok := a.tokenAt(c.s)
		if !ok || k < 2 || a.toks[k].nl || !a.isWord(k) || a.toks[k].shape != shTitle || a.cue(k)&(cuStreet|cuUSStreet|cuBRStreet) != 0 {
			continue
		}
		p := k - 1
		if !a.isWord(p) || a.toks[p].shape != shLower || a.lexOf(p)&lxParticle == 0 || a.toks[p].nl || a.toks[p].gap != 1 {
			continue
		}
		if a.isWord(p-1) && a.toks[p-1].shape == shLower && a.lexOf(p-1)&lxParticle != 0 && !a.toks[p-1].nl && a.toks[p-1].gap == 1 {
			p-- // "de la"
		}
		w := p - 1
		if w < 0 || !a.isWord(w) || a.toks[w].shape != shTitle || a.toks[p].nl || a.lexOf(w)&(lxStop|lxMonth|lxTitle|lxCred|lxLabel|lxNameLabel|lxOrgHead) != 0 || a.claimedAt(w) {
			continue
		}
		s := w
		// a house number before the name: "1450 Ponce de Leon Ave"
		if w > 0 && a.toks[w-1].kind == kNum && !a.toks[w].nl && a.toks[w].gap == 1 && a.toks[w-1].e-a.toks[w-1].s <= 6 {
			s = w - 1
		}
		a.add(int(a.toks[s].s), c.e, TypeAddress, c.score, c.prio)
	}
}

// numericTypes are the types of identifiers a line break may cut.
func numericType(t string) bool {
	switch t {
	case TypePhone, TypeFax, TypeSSN, TypeMRN, TypeHealthPlan, TypeAccount, TypeLicense, TypeID, TypeCPF, TypeCNS, TypeRG:
		return true
	}
	return false
}

// ocrDigitsTok reports whether token k is digits, or digits and the
// letters OCR reads for them ("2O", "l"), and returns their count.
func (a *analysis) ocrDigitsTok(k int) (int, bool) {
	t := a.toks[k]
	if t.kind != kNum && t.kind != kAlnum && t.kind != kWord || t.e-t.s > 6 {
		return 0, false
	}
	d := 0
	for p := t.s; p < t.e; p++ {
		c := a.text[p]
		if isDigit(c) {
			d++
		} else if _, ok := ocrDigit(c); !ok {
			return 0, false
		}
	}
	// a letter alone is a word unless a real digit is in the token or the
	// line is an OCR'd one
	return int(t.e - t.s), d > 0 || a.nidx != nil
}

// detectWrappedNumbers reads the end of an identifier that a form cut at
// the end of its line: "Home ph : 608 - 555 -⏎0 1 9 4", "CPF : 973 .
// 414 . 862 -⏎10", "CNS do cidadão : 887 3352 9437⏎9167". A line of
// nothing but one to six digits (OCR's look-alikes among them) continues
// the identifier that ends the line before it, when that line ends on a
// separator or the note is OCR'd; three and three digits before four
// make a phone.
func (a *analysis) detectWrappedNumbers() {
	n := len(a.toks)
	for _, li := range a.lineStarts {
		i := int(li)
		if i < 2 || a.toks[i].kind != kNum && a.toks[i].kind != kAlnum && (a.nidx == nil || a.toks[i].kind != kWord) {
			continue
		}
		j, digits := i, 0
		for j < n && j < i+6 && (j == i || !a.toks[j].nl && a.toks[j].gap <= 2) {
			d, ok := a.ocrDigitsTok(j)
			if !ok {
				break
			}
			digits += d
			j++
		}
		if j == i || digits > 6 || j < n && !a.toks[j].nl || a.claimedAt(i) {
			continue
		}
		p, sep := i-1, false
		if a.toks[p].kind == kPunct && (a.isPunct(p, "-") || a.isPunct(p, ".") || a.isPunct(p, "/")) && !a.toks[p].nl {
			p, sep = p-1, true
		}
		if !sep && a.nidx == nil || !(a.toks[p].kind == kNum || a.toks[p].kind == kAlnum) {
			continue
		}
		pe := int(a.toks[p].e)
		for ci := range a.cands {
			c := a.cands[ci]
			if c.e != pe || !numericType(c.typ) {
				continue
			}
			typ, prio := c.typ, c.prio
			if before := countDigits(a.text[c.s:c.e]); (typ == TypeID || typ == TypePhone) && before == 6 && digits == 4 {
				typ, prio = TypePhone, max(prio, pPhone)
			}
			a.add(c.s, int(a.toks[j-1].e), typ, c.score, prio)
			break
		}
	}
}

// countDigits counts the digits of s.
func countDigits(s string) int {
	d := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			d++
		}
	}
	return d
}

// extendSpacedYears extends a month's date in a field over a year that
// OCR spaced off after the comma: "D0B : Feb 3 , l 9 4 l", "Admit : Mar
// 12 , 19 52": a comma one or two blanks after the day, then four digits
// (or OCR's look-alikes) in one to four tokens on the line, 19xx or
// 20xx.
func (a *analysis) extendSpacedYears() {
	if !a.hasPunct(',') {
		return
	}
	n := len(a.toks)
	m := len(a.cands)
	for ci := 0; ci < m; ci++ {
		c := a.cands[ci]
		if c.typ != TypeDate {
			continue
		}
		k := a.firstTokenFrom(c.e) // (the comma, after its blanks)
		if k < 1 || k >= n || !a.isPunct(k, ",") || a.toks[k].nl || a.toks[k].gap > 2 || a.toks[k-1].kind != kNum || int(a.toks[k-1].e) != c.e {
			continue
		}
		// in a field ("D0B : Feb 3 , l 9 4 l"): a letter's dateline may
		// be left unmarked by its writer, its year with it
		if !a.fieldBefore(k - 1) {
			continue
		}
		var y [4]byte
		nd, j := 0, k+1
		for j < n && j < k+5 && !a.toks[j].nl && a.toks[j].gap <= 2 && nd < 4 {
			t := a.toks[j]
			if t.kind != kNum && t.kind != kWord && t.kind != kAlnum || int(t.e-t.s) > 4-nd {
				break
			}
			bad := false
			for p := t.s; p < t.e; p++ {
				d, _ := ocrDigit(a.text[p])
				if !isDigit(d) {
					bad = true
					break
				}
				y[nd] = d
				nd++
			}
			if bad {
				break
			}
			j++
		}
		if nd != 4 || !(y[0] == '1' && y[1] == '9' || y[0] == '2' && y[1] == '0') || j < n && !a.toks[j].nl && a.toks[j].gap == 0 {
			continue
		}
		a.add(c.s, int(a.toks[j-1].e), TypeDate, c.score, c.prio)
	}
}

// fieldBefore reports whether a colon comes before token k on its line,
// within six tokens (the date is a field's value).
func (a *analysis) fieldBefore(k int) bool {
	for j := k; j > 0 && j > k-6; j-- {
		if a.toks[j].nl {
			return false
		}
		if a.isPunct(j-1, ":") {
			return true
		}
	}
	return false
}
