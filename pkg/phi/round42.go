package phi

import "strings"

// Round 42 rules: care in the community (social work and safeguarding
// reports, child protection referrals, home visits with household lists
// and family trees, care-home handovers, hospice notes, interpreters' and
// advocates' notes, multi-agency minutes) and insurance and benefits
// paperwork (prior authorisations, TISS guides, court and guardianship
// letters). They name many people in lists, by a relation or with an age
// after them ("children Grace 12, Divine 9", "os filhos Adelino e
// Teresinha Zanatta", "Furaha Mugisha, 92"), chat in family groups
// ("Cida: …", "Tricia (1/7, 7:52 PM): …"), and write a house's unit
// ("Trailer 9", "casa 31", "galpão 4") and a district after the street.

// deceasedWords42 say in brackets after a name that the person has died:
// "a esposa, Rosinha (falecida)".
var deceasedWords42 = set(`falecida falecido falecidos falecidas deceased late died obito`)

// possessives42 stand between a name's bracket and a relation: "Lou (his
// son)", "Dete (sua irmã)".
var possessives42 = set(`his her their my our seu sua dele dela`)

// personParen42: the bracket at token k opens a person's relation or
// says the person has died ("(neta, …)", "(his son)", "(falecida)"): the
// word before it is a person's name, no drug's ("Rosinha (falecida)").
func (a *analysis) personParen42(k int) bool {
	r := k + 1
	if !a.isWord(r) || a.toks[r].gap != 0 || a.toks[r].shape != shLower {
		return false
	}
	if possessives42[a.folded(r)] && a.isWord(r+1) && !a.toks[r+1].nl {
		r++
	}
	return a.lexOf(r)&lxRelation != 0 || deceasedWords42[a.folded(r)]
}

// apostropheSurname42: word k of the name run starting at i is a surname
// glued after "O'" or "D'" ("O'Dea", whose "Dea" is a stop word).
func (a *analysis) apostropheSurname42(i, k int) bool {
	if k < i+2 || a.toks[k].gap != 0 || a.toks[k].shape != shTitle || a.toks[k-1].gap != 0 || !(a.isPunct(k-1, "'") || a.isPunct(k-1, "’")) {
		return false
	}
	switch a.tokText(k - 2) {
	case "O", "D":
		return true
	}
	return false
}

// givenAnyway42: token k is a listed given name in title case that the
// medical lists hold too ("Lou"), and no cue word.
func (a *analysis) givenAnyway42(k int) bool {
	if !a.isWord(k) || a.toks[k].shape != shTitle || a.claimedAt(k) {
		return false
	}
	x := a.lexOf(k)
	return x&lxGiven != 0 && x&(lxStop|lxMonth|lxOrgHead|lxRegion|lxCred|lxTitle|lxRelation|lxNameLabel) == 0
}

// stampParenEnd42 reads the time a chat's label puts in brackets before
// its colon, "(1/7, 7:52 PM)", from the bracket at token c: numbers and
// their separators, "am"/"pm" or "h"; it returns the token after the
// closing bracket, or c.
func (a *analysis) stampParenEnd42(c int) int {
	n := len(a.toks)
	digits := false
	for k := c + 1; k < n && k < c+12 && !a.toks[k].nl; k++ {
		t := a.toks[k]
		switch {
		case t.kind == kNum:
			digits = true
		case t.ch == '/' || t.ch == ',' || t.ch == ':' || t.ch == '.' || t.ch == '-':
		case t.kind == kWord:
			switch a.folded(k) {
			case "am", "pm", "h", "a", "p", "m":
			default:
				return c
			}
		case t.ch == ')':
			if digits && k+1 < n && a.toks[k+1].gap == 0 {
				return k + 1
			}
			return c
		default:
			return c
		}
	}
	return c
}

// speakerParty42: the words [i, e) label a party of a chat that is no
// person named: a business by its coined name ("LabVida Goiânia:"), a
// role or a relative ("Mãe:", "Enfermeira:"); capitalised words, no
// month or clinical word. It counts as a second speaker
// (detectRepeatedSpeakers).
func (a *analysis) speakerParty42(i, e int) bool {
	if e-i > 3 || !a.isWord(i) || !a.capShape(i) {
		return false
	}
	role := a.toks[i].shape == shMixed
	for k := i; k < e; k++ {
		if !a.isWord(k) || !a.capShape(k) || k > i && a.toks[k].gap != 1 {
			return false
		}
		x := a.lexOf(k)
		if x&(lxMonth|lxMedical) != 0 {
			return false
		}
		role = role || x&(lxRelation|lxNameLabel|lxOrgHead|lxCred) != 0
	}
	return role && !rxFieldWords[a.folded(i)]
}

// speakerWeak42: the word [i, e) is a Portuguese common word and nothing
// else (listed, or read as one by the suffix rules), in title case, that
// a chat's speaker may be called by ("Neca", "Zezinho"): a name only when
// it comes back as a label three times or more beside another speaker
// (detectRepeatedSpeakers; a field's label comes back once per visit).
func (a *analysis) speakerWeak42(i, e int) bool {
	return a.pt && e == i+1 && a.isWord(i) && a.toks[i].shape == shTitle && a.toks[i].e-a.toks[i].s >= 3 && a.lexOf(i) == lxCommon &&
		a.raws[i]&vfEN == 0 && !rxFieldWords[a.folded(i)]
}

// late42 runs this round's passes that read what the others found.
func (a *analysis) late42() {
	a.protectLaws42()
	a.detectKinLists42()
	a.detectReferenceInitials42()
	a.detectGreetedNames42()
	a.extendGridAddresses42()
	a.detectInitialNames42()
	a.detectSpacedIDs42()
	a.extendCands42()
}

// maritalWords42 describe a person between the name and the age in a
// list: "Norma Cantrell, widow, 91, 417-555-…".
var maritalWords42 = set(`widow widower widowed married single divorced separated viuva viuvo casada casado solteira solteiro divorciada divorciado`)

// ageAfterBirth42 reads an age from 90 up that a list writes after the
// date of birth c, before the sex: "DOB 5/1/1930     93 F" (the age and
// the year making a year of this century).
func (a *analysis) ageAfterBirth42(c cand) {
	n := len(a.toks)
	i := a.firstTokenFrom(c.e)
	if i+1 >= n || a.toks[i].kind != kNum || a.toks[i].nl || a.toks[i].e-a.toks[i].s != 2 || a.text[a.toks[i].s] != '9' {
		return
	}
	p := i - 1
	if a.toks[p].kind != kNum || a.toks[p].e-a.toks[p].s != 4 || int(a.toks[p].e) != c.e {
		return
	}
	nx := i + 1
	if !a.isWord(nx) || a.toks[nx].nl || a.toks[nx].gap != 1 || !(a.tokText(nx) == "F" || a.tokText(nx) == "M") || nx+1 < n && !a.toks[nx+1].nl && a.toks[nx+1].gap < 2 {
		return
	}
	if v, y := atoi(a.tokText(i)), atoi(a.tokText(p)); y+v >= 2000 && y+v <= 2035 {
		a.add(int(a.toks[i].s), int(a.toks[i].e), TypeAge, 0.8, pLabeled)
	}
}

// kinPlurals42 name several relatives before their names (with
// relationPlurals): "grandchildren Kai 7 and Mila 4".
var kinPlurals42 = set(`siblings grandchildren grandsons granddaughters stepchildren twins cousins bisnetos bisnetas primos primas sobrinhos sobrinhas enteados gemeos
	bisavos trisavos tios tias great-grandparents`)

// Kinds of this round's trigger words (recorded with round 39's, see
// r39Kinds and note39).
const (
	r42Kin uint64 = r41Cross << (1 + iota) // relationPlurals, kinPlurals42
	r42Law                                 // "lei", "estatuto" (protectLaws42)
)

// detectKinLists42 reads the names a list gives after a plural relation:
// "children Grace 12, Divine 9, Shukuru 5", "os filhos Adelino e
// Teresinha Zanatta". Each item is one to three words in title case (no
// cue, month, clinical or place word first), with an age after it or
// not, the items joined by commas, "and" or "e"; two items at least, or
// ages after them.
func (a *analysis) detectKinLists42() {
	if !a.has39(r42Kin) {
		return
	}
	n := len(a.toks)
	var items [8][2]int
	for x, p := range a.r39Pos {
		k := int(p)
		if a.r39Kind[x]&r42Kin == 0 || !a.isWord(k) || k+2 >= n {
			continue
		}
		j := k + 1
		// (a qualifier before the colon: "Bisavós comuns:", "Avós
		// maternos:", round 46)
		if a.isWord(j) && a.toks[j].shape == shLower && !a.toks[j].nl && j+2 < n && a.isPunct(j+1, ":") {
			j++
		}
		colon := a.isPunct(j, ":") && !a.toks[j].nl
		if colon {
			j++
		}
		if a.toks[j].nl || !a.capShape(j) {
			continue
		}
		m, aged := 0, 0
		for m < len(items) && j < n && !a.toks[j].nl {
			s := j
			for j < n && j < s+3 && a.kinListWord42(j, j == s) && (j == s || a.toks[j].gap == 1 && !a.toks[j].nl) {
				j++
			}
			if j == s {
				break
			}
			items[m] = [2]int{s, j}
			m++
			if j < n && a.toks[j].kind == kNum && !a.toks[j].nl && a.toks[j].gap == 1 && a.toks[j].e-a.toks[j].s <= 2 {
				aged++
				j++
				if j < n && a.isWord(j) && a.toks[j].gap == 0 && !a.toks[j].nl {
					j++ // "9a", "5m"
				}
			}
			if j+1 >= n || a.toks[j].nl || a.toks[j+1].nl {
				break
			}
			if a.isPunct(j, ",") && a.toks[j].gap == 0 {
				j++
			}
			if a.isWord(j) && (a.folded(j) == "and" || a.folded(j) == "e") && a.toks[j].shape == shLower {
				j++
			}
			if j >= n || a.toks[j].gap != 1 || !a.capShape(j) {
				break
			}
		}
		// (one full name after the colon will do: "Bisavós comuns: Severino
		// Bezerra, falecido …", round 46)
		if m < 2 && !(m == 1 && (aged == 1 || colon && items[0][1]-items[0][0] >= 2)) || aged > 0 && aged < m-1 {
			continue
		}
		for _, it := range items[:m] {
			if !a.claimedAt(it[0]) {
				a.add(int(a.toks[it[0]].s), int(a.toks[it[1]-1].e), TypeName, 0.7, pName)
			}
		}
	}
}

// kinListWord42: token k can be a word of a relative's name in a list
// (the first one no common word unless a name is listed too).
func (a *analysis) kinListWord42(k int, first bool) bool {
	if !a.isWord(k) || a.toks[k].shape != shTitle || a.claimedAt(k) || a.toks[k].e-a.toks[k].s < 2 {
		return false
	}
	x := a.lexOf(k)
	if x&(lxStop|lxMonth|lxMedical|lxRegion|lxOrgHead|lxLabel|lxCred|lxTitle|lxRelation|lxNameLabel|lxPlace) != 0 && x&lxGiven == 0 {
		return false
	}
	return x&(lxStop|lxMonth|lxOrgHead|lxCred|lxTitle|lxRelation) == 0
}

// detectReferenceInitials42 reads the reference initials that close a
// letter, the signer's in capitals and the typist's in lower case, alone
// on their line: "CH/ym".
func (a *analysis) detectReferenceInitials42() {
	n := len(a.toks)
	for _, si := range a.classToks('/') {
		k := int(si)
		if k < 1 || k+1 >= n {
			continue
		}
		i, j := k-1, k+1
		ti, tj := a.toks[i], a.toks[j]
		if !(i == 0 || ti.nl) || a.toks[k].gap != 0 || tj.gap != 0 || !(j+1 >= n || a.toks[j+1].nl) || !a.isWord(i) || !a.isWord(j) ||
			ti.shape != shUpper || tj.shape != shLower || ti.e-ti.s < 2 || ti.e-ti.s > 3 || tj.e-tj.s < 2 || tj.e-tj.s > 3 {
			continue
		}
		// (a letter's end: a signature, "Enclosures" or "cc" near it)
		if !a.letterEndNear42(i) {
			continue
		}
		a.add(int(ti.s), int(ti.e), TypeName, 0.7, pName)
		a.add(int(tj.s), int(tj.e), TypeName, 0.7, pName)
	}
}

// letterEndWords42 close a letter near its reference initials.
var letterEndWords42 = set(`enclosure enclosures encl enc cc sincerely respectfully regards esq anexos atenciosamente`)

// letterEndNear42: a word of a letter's end is within the three lines
// before or after line token i, or a credential or a bar number's line
// is just above it.
func (a *analysis) letterEndNear42(i int) bool {
	n := len(a.toks)
	lines := 0
	for k := i - 1; k >= 0 && k > i-40; k-- {
		if a.isWord(k) && (letterEndWords42[a.folded(k)] || a.lexOf(k)&lxCred != 0 || a.folded(k) == "bar") {
			return true
		}
		if a.toks[k].nl {
			if lines++; lines > 3 {
				break
			}
		}
	}
	lines = 0
	for k := i + 1; k < n && k < i+40; k++ {
		if a.toks[k].nl {
			if lines++; lines > 3 {
				break
			}
		}
		if a.isWord(k) && letterEndWords42[a.folded(k)] {
			return true
		}
	}
	return false
}

// detectGreetedNames42 reads the name a message opens with before the
// greeting: "Bianca, boa noite.", "Tom, good morning -".
func (a *analysis) detectGreetedNames42() {
	if !a.hasPunct(',') {
		return
	}
	n := len(a.toks)
	for _, li := range a.lineStarts {
		i := int(li)
		if i+3 >= n || a.toks[i+1].ch != ',' || !a.isWord(i) || a.toks[i].shape != shTitle || a.toks[i+1].gap != 0 || !a.isWord(i+2) || !a.isWord(i+3) || a.toks[i+3].nl {
			continue
		}
		if !greetingAt42(a.folded(i+2), a.folded(i+3)) {
			continue
		}
		x := a.lexOf(i)
		if a.claimedAt(i) || x&(lxStop|lxMonth|lxMedical|lxOrgHead|lxRegion|lxRelation|lxNameLabel|lxTitle|lxCred|lxLabel|lxGreet) != 0 ||
			!(x&(lxGiven|lxName) != 0 || a.unknownWord(i) || a.morphCommon(i)) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[i].e), TypeName, 0.75, pName)
	}
}

// greetingAt42: the words f, g greet by the time of day ("boa noite",
// "good morning").
func greetingAt42(f, g string) bool {
	switch f {
	case "boa":
		return g == "noite" || g == "tarde"
	case "bom":
		return g == "dia"
	case "good":
		return g == "morning" || g == "afternoon" || g == "evening"
	}
	return false
}

// weekdayAfter42 passes over a weekday and its comma at token k, as a
// dateline writes it between the place and the date ("Quixadá,
// terça-feira, 9 de abril de 2024", "Boston, Monday, May 6, 2024"): it
// returns the token after them, or k.
func (a *analysis) weekdayAfter42(k int) int {
	n := len(a.toks)
	if !a.isWord(k) || a.cue(k)&cuWeekday == 0 {
		return k
	}
	j := k + 1
	if j+1 < n && a.isPunct(j, "-") && a.toks[j].gap == 0 && a.isWord(j+1) && a.folded(j+1) == "feira" && a.toks[j+1].gap == 0 {
		j += 2
	}
	if j+1 < n && a.isPunct(j, ",") && a.toks[j].gap == 0 && !a.toks[j+1].nl {
		return j + 1
	}
	return k
}

// unitWords42 name a house's unit after a Brazilian street: "…, casa
// 31", "…, galpão 4", "…, bloco B" (and its number: "…, nº 48").
var unitWords42 = set(`casa apto apt ap apartamento bloco bl lote lt quadra qd galpao sala loja conj cj box beco`)

// addressTail42 grows a Brazilian street address over what its
// rules left after it on the line: a unit and its number ("…, casa 31")
// and the district's field ("…, 118, Bairro Brasil").
func (a *analysis) addressTail42(c cand) {
	n := len(a.toks)
	{
		j := a.firstTokenFrom(c.e)
		if j+2 >= n || !a.isPunct(j, ",") || a.toks[j+1].nl || !a.isWord(j+1) {
			return
		}
		k := j + 1
		e := -1
		switch f := a.folded(k); {
		case unitWords42[f] || f == "n" || f == "nº" || f == "n°":
			q := k + 1
			if q < n && a.isPunct(q, ".") && a.toks[q].gap == 0 {
				q++
			}
			if q < n && !a.toks[q].nl && a.toks[q].gap <= 1 && (a.toks[q].kind == kNum || a.toks[q].kind == kAlnum || a.isWord(q) && a.toks[q].shape == shSingle) {
				e = q
			}
		case f == "bairro" && a.toks[k].shape == shTitle:
			q := k + 1
			for q < n && q < k+5 && !a.toks[q].nl && a.toks[q].gap == 1 && a.isWord(q) && (a.capShape(q) || q > k+1 && a.lexOf(q)&lxParticle != 0 && q+1 < n && a.capShape(q+1)) && a.lexOf(q)&(lxMonth|lxLabel) == 0 {
				e = q
				q++
			}
		}
		if e > 0 {
			a.add(c.s, int(a.toks[e].e), TypeAddress, c.score, c.prio)
		}
	}
}

// servedWords42 are whom a public body serves by its standard name ("…
// Area Agency on Aging", "… Council on Aging"): the name ends there.
var servedWords42 = set(`aging ageing`)

// orgCounty42 grows an organisation named after a town over the
// county joined to it: "Family Safety Center of Memphis and Shelby
// County", "Health Department of Lincoln and Lancaster County".
func (a *analysis) orgCounty42(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	if k < 2 || k+2 >= n || a.toks[k].nl || a.toks[k+1].nl || !a.isWord(k-2) || a.folded(k-2) != "of" || !a.capShape(k+1) {
		return
	}
	// the county's name, one to three capitalised words, and "County"
	for e := k + 2; e < n && e <= k+4 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && a.toks[e].shape == shTitle; e++ {
		if a.cue(e)&cuCounty != 0 {
			a.add(c.s, int(a.toks[e].e), TypeOrganization, c.score, c.prio)
			return
		}
		if a.lexOf(e)&(lxStop|lxMonth) != 0 {
			return
		}
	}
}

// greaterPlace42: token k is "Greater" before a listed place, as a body
// names its region: "… Partnership of Greater Memphis".
func (a *analysis) greaterPlace42(k int) bool {
	return a.folded(k) == "greater" && k+1 < len(a.toks) && !a.toks[k+1].nl && a.toks[k+1].gap == 1 && a.capShape(k+1) && a.lexOf(k+1)&lxPlace != 0
}

// placeHyphenHead42 grows a place over the first half of its
// hyphenated name, which no list holds: "the Martindale-Brightwood
// neighborhood" (found from "Brightwood").
func (a *analysis) placeHyphenHead42(c cand) {
	k, ok := a.tokenAt(c.s)
	if !ok || k < 2 || a.toks[k].gap != 0 || !a.isPunct(k-1, "-") || a.toks[k-1].gap != 0 || !a.isWord(k-2) || a.toks[k-2].shape != shTitle || a.claimedAt(k-2) ||
		a.lexOf(k-2)&(lxStop|lxMonth|lxMedical|lxTitle|lxCred) != 0 || a.toks[k-2].e-a.toks[k-2].s < 3 {
		return
	}
	a.add(int(a.toks[k-2].s), c.e, TypeLocation, c.score, c.prio)
}

// extendGridAddresses42 grows a street found without its first word back
// to a rural grid number: "N4112 Old Hickory Rd" (found from "Hickory
// Rd"; "W4417 County Road JJ" is extendRuralAddresses').
func (a *analysis) extendGridAddresses42() {
	n := len(a.toks)
	for _, gi := range a.classToks(tcAlnum) {
		g := int(gi)
		if g+2 >= n || a.claimedAt(g) || !gridNumber(a.tokText(g)) {
			continue
		}
		w := g + 1
		if !a.isWord(w) || a.toks[w].shape != shTitle || a.toks[w].nl || a.toks[w].gap != 1 || a.toks[w+1].nl || a.toks[w+1].gap != 1 || a.claimedAt(w) || !a.claimedAt(w+1) {
			continue
		}
		// (the street the address rules claimed after it, to its type)
		for e := w + 1; e < n && e < w+6 && a.claimedAt(e) && (e == w+1 || !a.toks[e].nl); e++ {
			if a.isWord(e) && a.cue(e)&cuUSStreet != 0 && e > w+1 {
				a.add(int(a.toks[g].s), int(a.toks[e].e), TypeAddress, 0.8, pAddress)
				break
			}
		}
	}
}

// numberedOrg42 grows an organisation that ends in "No" (its dot in it
// or after it) over its number: "Travis County Probate Court No. 1".
func (a *analysis) numberedOrg42(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e) // (the dot, in the name or after it)
	if a.text[c.e-1] == '.' {
		k--
	}
	if k+1 >= n || !a.isPunct(k, ".") || a.toks[k+1].kind != kNum || a.toks[k+1].nl || a.toks[k+1].gap != 1 || a.toks[k+1].e-a.toks[k+1].s > 3 {
		return
	}
	a.add(c.s, int(a.toks[k+1].e), TypeOrganization, c.score, c.prio)
}

// languageNames42 are languages that the demonyms' list lacks, read as
// languages near a language's cue ("Languages: Swahili, Kinyarwanda",
// "the Somali phrase"), not as names.
var languageNames42 = set(`kinyarwanda kirundi swahili warao cajun tigrinya amharic oromo pashto farsi nepali hmong quechua kiche
	guarani wolof lingala yoruba igbo hausa twi bambara fula fulani tagalog ilocano cebuano chuukese marshallese`)

// titlePreps42 follow a document's kind in its title: "REPORT TO THE
// COURT", "REQUEST FOR …", "RELATÓRIO DE …".
var titlePreps42 = set(`to for of de da do para`)

// detectInitialNames42 reads a name written given name, middle initial,
// surname: "Raimundo N. Cordeiro Filho", "Marcia T. Ellwood" — a listed
// given name, a capital and its dot, a listed name or a word in no list
// (and a suffix after it). No word may be a cue, month, clinical or
// place word.
func (a *analysis) detectInitialNames42() {
	if !a.hasPunct('.') {
		return
	}
	n := len(a.toks)
	for _, di := range a.classToks('.') {
		d := int(di)
		if d < 2 || d+1 >= n {
			continue
		}
		m, g, s := d-1, d-2, d+1
		if a.toks[m].shape != shSingle || a.toks[d].gap != 0 || !a.isWord(m) || a.toks[m].gap != 1 || a.toks[m].nl || !a.isWord(g) || a.toks[g].shape != shTitle ||
			!a.isWord(s) || a.toks[s].shape != shTitle || a.toks[s].gap != 1 || a.toks[s].nl || a.claimedAt(g) || a.claimedAt(s) {
			continue
		}
		const bad = lxStop | lxMonth | lxMedical | lxOrgHead | lxRegion | lxCred | lxTitle | lxLabel | lxNameLabel | lxRelation
		xg, xs := a.lexOf(g), a.lexOf(s)
		if xg&lxGiven == 0 || xg&bad != 0 || xs&bad != 0 || !(xs&(lxGiven|lxName) != 0 || a.unknownWord(s)) {
			continue
		}
		e := s + 1
		if e < n && a.isWord(e) && !a.toks[e].nl && a.toks[e].gap == 1 && a.cue(e)&cuNameSuffix != 0 && a.toks[e].shape == shTitle {
			e++
		}
		a.add(int(a.toks[g].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
	}
}

// thiName42 grows a Vietnamese name cut at its middle name "Thị"
// over the given name after it, whatever the lists say of it (a
// weekday's abbreviation: "Nguyen Thi Thu").
func (a *analysis) thiName42(c cand) {
	k := a.firstTokenFrom(c.e)
	if k >= len(a.toks) || !a.isWord(k) || a.toks[k].shape != shTitle || a.toks[k].nl || a.toks[k].gap != 1 || a.claimedAt(k) {
		return
	}
	a.add(c.s, int(a.toks[k].e), TypeName, c.score, c.prio)
}

// twoGiven42: the particle "e" at token j stands between two listed given
// names in title case, which name two people ("Gabriel e Rafael", "Ana
// Beatriz e José Arthur"), not one name's parts.
func (a *analysis) twoGiven42(j int) bool {
	if j < 1 || j+1 >= len(a.toks) || a.folded(j) != "e" || !a.isWord(j-1) || !a.isWord(j+1) || a.toks[j-1].shape != shTitle || a.toks[j+1].shape != shTitle {
		return false
	}
	// (after a title the run is read whole: "téc. Wellington e Jaqueline")
	if p := j - 2; p >= 0 && (a.isWord(p) && a.cue(p)&cuTitle != 0 || a.isPunct(p, ".") && p > 0 && a.isWord(p-1) && a.cue(p-1)&cuTitle != 0) {
		return false
	}
	return a.lexOf(j-1)&lxGiven != 0 && a.lexOf(j+1)&lxGiven != 0
}

// procedureCode42: the value val at offset p of the working text is a
// procedure's code in a national table, no one's identifier: the SUS
// table's shape ("03.04.02.013-3"), or eight digits (TUSS, "40202615")
// or five (CPT) in a field that names a procedure ("Código do
// procedimento:", "Procedure:").
func (a *analysis) procedureCode42(p int, val string) bool {
	if sigtapCode42(val) {
		return true
	}
	if len(val) != 8 && len(val) != 5 || !allDigits(val) {
		return false
	}
	s := a.norm
	b := max(0, p-40)
	if nl := strings.LastIndexByte(s[b:p], '\n'); nl >= 0 {
		b += nl + 1
	}
	w := s[b:p]
	return strings.Contains(w, "rocedimento") || strings.Contains(w, "ROCEDIMENTO") || strings.Contains(w, "rocedure") || strings.Contains(w, "ROCEDURE")
}

// sigtapCode42: v has the shape of a procedure's code in the SUS table,
// "NN.NN.NN.NNN-N".
func sigtapCode42(v string) bool {
	if len(v) != 14 {
		return false
	}
	for i := 0; i < len(v); i++ {
		switch i {
		case 2, 5, 8:
			if v[i] != '.' {
				return false
			}
		case 12:
			if v[i] != '-' {
				return false
			}
		default:
			if !isDigit(v[i]) {
				return false
			}
		}
	}
	return true
}

// protectLaws42 keeps the names of laws from the name and organisation
// rules, as a state's name is kept (a region): "Lei Maria da Penha",
// "Estatuto da Pessoa Idosa", "Lei nº 10.216" — a law named after a
// person names no patient.
func (a *analysis) protectLaws42() {
	if !a.pt || !a.has39(r42Law) {
		return
	}
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r42Law == 0 || a.toks[i].shape != shTitle || i+1 >= n || a.toks[i+1].nl {
			continue
		}
		e := i + 1
		for k := i + 1; k < n && k < i+8 && !a.toks[k].nl && a.toks[k].gap == 1 && a.isWord(k); k++ {
			if a.toks[k].shape == shTitle {
				e = k + 1
				continue
			}
			g := a.folded(k)
			if a.lexOf(k)&lxParticle != 0 && g != "e" || g == "e" && k+1 < n && a.isWord(k+1) && a.lexOf(k+1)&lxParticle != 0 && a.toks[k+1].shape == shLower {
				continue
			}
			break
		}
		if e == i+1 && !(a.isWord(i+1) && (a.folded(i+1) == "n" || a.lexOf(i+1)&lxLabel != 0) || a.toks[i+1].kind == kNum) {
			continue // "Lei" alone before a number or "nº" is one too
		}
		a.regions = append(a.regions, [2]int{int(a.toks[i].s), int(a.toks[e-1].e)})
	}
}

// fractionTests42 name a test whose score follows "de" or "of": "MEEM de
// 8/30", "MoCA of 21/30".
var fractionTests42 = set(`meem mmse moca mini-mental minimental escore score`)

// scoreListBefore42: the month/day s[st:en] ends in "/5" or "/10", and
// right before it, after a comma, a score of the same scale and the word
// it scores: "3/5 hips, 4/5 arms" (a list of scores, no dates).
func scoreListBefore42(s string, st, en int) bool {
	k := strings.IndexByte(s[st:en], '/')
	if k < 0 {
		return false
	}
	den := s[st+k : en]
	if den != "/5" && den != "/10" || st < 2 || s[st-1] != ' ' || s[st-2] != ',' {
		return false
	}
	p := st - 2
	q := p
	for q > 0 && isASCIILetter(s[q-1]) {
		q--
	}
	if q == p || q < len(den)+2 || s[q-1] != ' ' || s[q-1-len(den):q-1] != den {
		return false
	}
	return isDigit(s[q-2-len(den)])
}

// planLabels42 label a plan's group or routing numbers on a card: "Rx
// Group : MKE 0 4 1 2".
var planLabels42 = set(`group grp bin pcn rxgrp rxbin grupo`)

// detectSpacedIDs42 reads, in an OCR'd form, an identifier the scanner
// spaced out after its label's colon, its letters first: "Member ID :
// N W R 4 4 0 1 9 2 7 7", "MRN  S C H - 2 0 7 7 4 1", "ID : YPP W88
// 12O447", "NUMBER : 7 7 4 1 0 2 9 3 6 B" (the digits alone are found by
// the number rules; the letters were left). Four digits at least; typed
// by the label's words.
func (a *analysis) detectSpacedIDs42() {
	if !a.ocr {
		return
	}
	n := len(a.toks)
	for _, ci := range a.classToks(':') {
		c := int(ci)
		if c < 1 || c+2 >= n || !a.isWord(c-1) || a.toks[c+1].nl {
			continue
		}
		if a.cue(c-1)&(cuIDWord|cuIDMRN|cuIDPlan|cuIDAccount) == 0 && !planLabels42[a.folded(c-1)] {
			continue
		}
		v := c + 1
		if ls := a.labelStart42(c); otherFieldWords42(a.text[a.toks[ls].s:a.toks[c].s]) {
			continue // "Address on file :", "Phone number :"
		}
		k, letters, digits := v, 0, 0
		// the letters: short words in capitals, single letters, short
		// codes ("W88"), a hyphen
		for k < n && k < v+4 && (k == v || !a.toks[k].nl && a.toks[k].gap <= 2) {
			t := a.toks[k]
			if t.kind == kWord && t.shape == shSingle && isASCIIUpper(a.text[t.s]) || t.kind == kWord && t.shape == shUpper && t.e-t.s <= 4 || t.kind == kAlnum && t.e-t.s <= 4 {
				letters++
				k++
				continue
			}
			if letters > 0 && a.isPunct(k, "-") {
				k++
				continue
			}
			break
		}
		d := k
		for k < n && (k == v || !a.toks[k].nl && a.toks[k].gap <= 2) && (a.toks[k].kind == kNum || a.toks[k].kind == kAlnum) {
			for _, b := range []byte(a.tokText(k)) {
				digits += int(b2u(isDigit(b)))
			}
			k++
		}
		// a check letter after the digits (a long number's)
		if k < n && k > d && digits >= 6 && !a.toks[k].nl && a.toks[k].gap == 1 && a.isWord(k) && a.toks[k].shape == shSingle && isASCIIUpper(a.text[a.toks[k].s]) && (k+1 >= n || a.toks[k+1].nl || a.toks[k+1].gap >= 2) {
			letters++
			k++
		}
		if digits < 4 || letters == 0 || k == d || !(k >= n || a.toks[k].nl || a.toks[k].gap >= 2) || a.lexOf(v)&(lxStop|lxMonth) != 0 && a.toks[v].shape != shSingle {
			continue
		}
		typ := TypeID
		for p := c - 1; p >= 0 && p >= c-4 && a.isWord(p); p-- {
			switch x := a.cue(p); {
			case x&cuIDPlan != 0 || planLabels42[a.folded(p)]:
				typ = TypeHealthPlan
			case x&cuIDMRN != 0 && typ == TypeID:
				typ = TypeMRN
			case x&cuIDAccount != 0 && typ == TypeID:
				typ = TypeAccount
			}
			if a.toks[p].nl {
				break
			}
		}
		a.add(int(a.toks[v].s), int(a.toks[k-1].e), typ, 0.8, pLabeled)
	}
}

// spacedLetters42 grows an identifier spaced out by an OCR over the
// letters before it that a label's rule left with no colon: "MRN  S C H
// - 2 0 7 7 4 1".
func (a *analysis) spacedLetters42(c cand) {
	k, ok := a.tokenAt(c.s)
	if !ok || a.toks[k].nl {
		return
	}
	l := k
	for l > 0 && l > k-6 && !a.toks[l].nl && a.toks[l].gap <= 2 && (a.isPunct(l-1, "-") && l == k || a.isWord(l-1) && a.toks[l-1].shape == shSingle && isASCIIUpper(a.text[a.toks[l-1].s])) {
		l--
	}
	if l == k || a.toks[l].nl || !a.isWord(l-1) || a.cue(l-1)&(cuIDWord|cuIDMRN|cuIDPlan|cuIDAccount) == 0 || a.isPunct(l, "-") {
		return
	}
	a.add(int(a.toks[l].s), c.e, c.typ, c.score, c.prio)
}

// extendCands42 walks the candidates once for this round's passes that
// grow one (each behind an exact check of its bytes): a Brazilian
// street's unit or district after its comma (addressTail42), an
// organisation's county after " and " (orgCounty42) and its number after
// "No." (numberedOrg42), a place's first hyphenated half
// (placeHyphenHead42), a Vietnamese given name after "Thi" (thiName42),
// and, in OCR, an identifier's spaced letters (spacedLetters42).
func (a *analysis) extendCands42() {
	county := a.hasCue(cuCounty)
	t := a.text
	for ci := 0; ci < len(a.cands); ci++ {
		// (the bytes around it first: few candidates pass; the candidate
		// is read whole only then)
		s, e := a.cands[ci].s, a.cands[ci].e
		if e+2 >= len(t) || e < 5 {
			continue
		}
		switch t[e] {
		case ',':
			if a.cands[ci].typ == TypeAddress {
				if a.pt {
					a.addressTail42(a.cands[ci])
				}
				a.addressUnit47(ci) // (round 47)
			}
		case ' ':
			if t[e+1] >= 'A' && a.cands[ci].typ == TypeAddress {
				a.addressUnit47(ci) // "310 W 2200 S APT 12" (round 47)
			}
			switch t[e-1] {
			case 'i', 0x8b: // "Thi", "Thị"
				if e >= 5 && (t[e-3:e] == "Thi" || t[e-5:e] == "Thị") && a.cands[ci].typ == TypeName {
					a.thiName42(a.cands[ci])
				}
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				if a.cands[ci].typ == TypeDate {
					a.ageAfterBirth42(a.cands[ci])
				}
			}
			if county && t[e+1] == 'a' && e+6 < len(t) && t[e:e+5] == " and " && a.cands[ci].typ == TypeOrganization {
				a.orgCounty42(a.cands[ci])
			}
		}
		if (t[e-1] == '.' && t[e-3:e] == "No." || t[e] == '.' && t[e-2:e] == "No") && a.cands[ci].typ == TypeOrganization {
			a.numberedOrg42(a.cands[ci])
		}
		if s > 2 && t[s-1] == '-' && a.cands[ci].typ == TypeLocation {
			a.placeHyphenHead42(a.cands[ci])
		}
		if a.ocr && isDigit(t[s]) {
			if c := a.cands[ci]; c.typ == TypeMRN || c.typ == TypeID || c.typ == TypeHealthPlan || c.typ == TypeAccount {
				a.spacedLetters42(c)
			}
		}
	}
}

// otherFieldWords42: the words w between an identifier's label word and
// the colon name another field, an address or a phone ("PATIENT
// ADDRESS :", "Patient phone:", "Endereço:"), whose value is no
// identifier.
func otherFieldWords42(w string) bool {
	for i := 0; i+4 <= len(w); i++ {
		switch w[i] | 0x20 {
		case 'd':
			if i+6 <= len(w) && strings.EqualFold(w[i:i+6], "ddress") {
				return true
			}
		case 'h':
			if strings.EqualFold(w[i:i+4], "hone") {
				return true
			}
		case 'n':
			if i+5 <= len(w) && strings.EqualFold(w[i:i+5], "ndere") {
				return true
			}
		case 'l':
			if i+6 <= len(w) && strings.EqualFold(w[i:i+6], "lefone") {
				return true
			}
		}
	}
	return false
}

// labelStart42 returns the first token of the label before the colon at
// token k: its line's first token, or the eighth before it (bounded, so
// that a line of colons is read in linear time).
func (a *analysis) labelStart42(k int) int {
	for q := k; k > 0 && q-k < 8 && !a.toks[k].nl; k-- {
	}
	return k
}

// brIDWordIn42: s holds "CPF", "CNPJ" or "CNS" (one scan of its capital
// C's, where three searches of the text were made).
func brIDWordIn42(s string) bool {
	for i := 0; i+3 <= len(s); {
		k := strings.IndexByte(s[i:], 'C')
		if k < 0 {
			return false
		}
		k += i
		if k+3 <= len(s) && (s[k+1] == 'P' && s[k+2] == 'F' || s[k+1] == 'N' && (s[k+2] == 'S' || s[k+2] == 'P' && k+4 <= len(s) && s[k+3] == 'J')) {
			return true
		}
		i = k + 1
	}
	return false
}
