package phi

import (
	"bytes"
	"encoding/binary"
	"strings"
)

// Round 50 rules: care at home (home-care agencies' visit logs, carers'
// rotas and handovers, medication administration records, equipment
// deliveries, hospice at home, safeguarding), pharmacy and medicines
// paperwork, and dev-imitating notes.

// medical50 are clinical words the lists lack: a wound dressing's brand
// ("Medihoney alginate"), a tracheostomy's and a gastrostomy's short
// forms ("trach ties", "dieta por GTT"), a blood group's and a bundle
// branch block's ("ABO GROUP", "New LBBB"), tests, devices and eponyms
// of tests ("TFTs", "Kleihauer-Betke", "LVAD", "by doppler", Gleason's
// grade), a genus named alone ("Proteus on prior culture").
var medical50 = set(`medihoney trach trachs gtt abo lbbb rbbb gleason tft tfts oculoplastics oculoplastic
	kleihauer betke ceruloplasmin lvad rvad proteus doppler`)

// stop50 are abbreviations that look like names: a proxy's ("son,
// HCPOA"), a register's ("Pac. Arlindo …", "Qty", "Exp"), national
// bodies and programmes ("pela Anvisa", "no CEAF"), a pharmacist's
// regulator ("GPhC 2071846").
var stop50 = set(`hcpoa dpoa mpoa pac qty exp anvisa ceaf gphc`)

// common50 are words the lists lack: care at home's British words
// ("WEEKLY CARER ROTA"), a column's short form ("Sched"), "GPS", a
// Portuguese participle that a town is named like ("Combinado."), a
// discharge planner's noun ("Desospitalização") and a stock register's
// columns ("Entrada   Saída   Saldo", "Nota fiscal").
var common50 = set(`carer carers rota rotas sched gps combinado desospitalizacao saida saldo nota`)

// r50 is the kind of this round's trigger words (words50): the 64
// kinds of round 39's trigger words are taken, so these share r48Tail's
// bit, whose pass (detectNameTriggers48) tells its words apart by the
// word, as detectTriggers50 does.
const r50 = r48Tail

// words50 are this round's trigger words: heads of the businesses
// that care for people at home ("… Assistência Domiciliar", "Amparo
// Cuidadores", "… Home Support", "… Home Oxygen & DME"), a body's "on
// Aging", a home-care service's "SAD", a street at a corner ("the corner
// of N. Rampart St"), a district named before "(bairro)", an
// institution named "Our Lady of …", the national list of procedures
// ("Rol de Procedimentos … da ANS"), a family firm ("Lindquist &
// Sons"), the person a declaration names ("declaro para os devidos fins
// que …", "seu filho menor …").
var words50 = set(`domiciliar cuidadores support oxygen aging ageing sad corner bairro lady rol sons filhos fins menor`)

// late50 runs this round's passes that read what the others found.
func (a *analysis) late50() {
	if a.has39(r50) {
		a.detectTriggers50()
	}
	if a.hasPunct('=') {
		a.detectInitialsLegend50()
	}
	if a.hasPunct('(') {
		a.detectBrackets50()
	}
}

// detectInitialsLegend50 reads the legend of the initials a grid is
// signed with (a medication administration record's, a rota's:
// "Initials: AF = Ama Frimpong (ID …); KM = Kofi Mensah", "Rubricas: EF =
// Eliane Ferreira; JS = Joelma Sousa"): two or three capitals at a
// line's or a field's start, "=", and a person's name whose words'
// initials they are, in order (each word listed as a name or in no list,
// not all of them common words: "HR = Heart Rate" is none).
// The name and the initials are names, and so are the initials wherever
// else they stand alone in the note (the grid's cells).
func (a *analysis) detectInitialsLegend50() {
	n := len(a.toks)
	var buf [8]int32
	defs := buf[:0]
	for _, p := range a.classToks('=') {
		k := int(p)
		i := k - 1
		if i < 0 || k+2 >= n || a.toks[k].nl || a.toks[k+1].nl || a.toks[k].gap > 2 || a.toks[k+1].gap > 2 {
			continue
		}
		t := a.toks[i]
		if t.kind != kWord || t.shape != shUpper || t.e-t.s < 2 || t.e-t.s > 3 {
			continue
		}
		if i > 0 && !t.nl {
			if b := a.toks[i-1].ch; b != ';' && b != ',' && b != ':' && b != '(' && b != '|' {
				continue
			}
		}
		e := a.legendName50(k+1, a.tokText(i))
		if e < 0 {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.85, pName)
		a.add(int(a.toks[k+1].s), int(a.toks[e-1].e), TypeName, 0.85, pLocStrong)
		if len(defs) < cap(defs) {
			defs = append(defs, int32(i))
		}
	}
	if len(defs) == 0 {
		return
	}
	for _, ci := range a.caps {
		q := int(ci)
		t := a.toks[q]
		if t.shape != shUpper || t.e-t.s < 2 || t.e-t.s > 3 {
			continue
		}
		for _, d := range defs {
			if int(d) != q && a.tokText(int(d)) == a.tokText(q) {
				a.add(int(t.s), int(t.e), TypeName, 0.8, pName)
				break
			}
		}
	}
}

// legendName50 reads, from token k, the name the initials ini stand for
// (see detectInitialsLegend50) and returns the token after it, or -1.
func (a *analysis) legendName50(k int, ini string) int {
	n := len(a.toks)
	j := 0 // the next initial to match
	words, common := 0, 0
	e := k
	for e < n && e < k+7 && (e == k || !a.toks[e].nl) && a.isWord(e) {
		x := a.lexOf(e)
		if a.toks[e].shape == shLower {
			if x&lxParticle == 0 || words == 0 {
				break
			}
			e++
			continue
		}
		if a.toks[e].shape != shTitle {
			break
		}
		if x&(lxMonth|lxOrgHead|lxCred|lxTitle|lxRelation|lxLabel|lxRegion) != 0 && x&lxGiven == 0 ||
			x&(lxGiven|lxName) == 0 && !a.unknownWord(e) {
			return -1
		}
		common += int(b2u(x&lxCommon != 0))
		if j < len(ini) && a.text[a.toks[e].s] == ini[j] {
			j++
		} else if words == 0 {
			return -1
		}
		words++
		e++
	}
	for e > k && a.toks[e-1].shape == shLower {
		e--
	}
	if words < 2 || j < len(ini) || common == words {
		return -1
	}
	// (the name ends its field)
	if e < n && !a.toks[e].nl {
		if c := a.toks[e].ch; c != ';' && c != ',' && c != '(' && c != '.' && c != ')' && c != '|' && a.toks[e].gap < 3 {
			return -1
		}
	}
	return e
}

// staffLabels50 label a carer's or a clerk's staff number in brackets
// after the name ("Rita de Cássia Pereira (matr. CB-097)", "(emp
// BP-2219)").
func staffLabel50(f string) bool {
	switch f {
	case "emp", "employee", "matr", "matricula", "staff", "badge", "cracha", "func", "funcionario", "funcionaria":
		return true
	}
	return false
}

// detectBrackets50 reads the brackets after a person's name that hold
// a staff number: a staff label and the number ("Rita de Cássia Pereira
// (matr. CB-097)": the number is the label's, the capitalised words
// before the bracket a name, a listed given name first), or a code of
// one to three capitals, a hyphen and three to six digits after a name
// another rule found ("Yesenia Portillo (C-3321)", ID); and a
// handover's shift head (shiftHead50).
func (a *analysis) detectBrackets50() {
	n := len(a.toks)
	for _, p := range a.classToks('(') {
		k := int(p)
		if k < 1 || k+3 >= n || a.toks[k].nl || a.toks[k+1].gap != 0 {
			continue
		}
		// (a handover's shift and its hours at a line's start: see
		// shiftHead50)
		if a.toks[k-1].nl || k == 1 {
			a.shiftHead50(k - 1)
		}
		if k < 2 {
			continue
		}
		c := k + 1
		t := a.toks[c]
		if t.kind == kWord && t.shape == shLower || t.kind == kWord && t.shape == shTitle {
			if staffLabel50(a.folded(c)) {
				a.nameBeforeStaff50(k, false)
			} else if a.roleInBrackets50(c) {
				a.nameBeforeStaff50(k, true)
			}
			continue
		}
		// "(C-3321)"
		if t.kind != kWord || t.shape != shUpper && t.shape != shSingle || t.e-t.s > 3 || !a.isPunct(c+1, "-") || a.toks[c+1].gap != 0 ||
			a.toks[c+2].kind != kNum || a.toks[c+2].gap != 0 || a.toks[c+2].e-a.toks[c+2].s < 3 || a.toks[c+2].e-a.toks[c+2].s > 6 ||
			c+3 >= n || !a.isPunct(c+3, ")") || !a.isWord(k-1) || a.toks[k-1].shape == shLower {
			continue
		}
		if nc := a.candAt(int(a.toks[k-1].s), TypeName); nc < 0 || a.cands[nc].e != int(a.toks[k-1].e) {
			continue
		}
		a.add(int(t.s), int(a.toks[c+2].e), TypeID, 0.8, pLabeled)
	}
}

// roleInBrackets50: the bracket opened before token c holds only a
// profession's title or credential ("(Enf.)", "(RN)", "(Fisio)").
func (a *analysis) roleInBrackets50(c int) bool {
	n := len(a.toks)
	e := c + 1
	if e < n && a.isPunct(e, ".") && a.toks[e].gap == 0 {
		e++
	}
	if e >= n || !a.isPunct(e, ")") || a.toks[e].gap != 0 {
		return false
	}
	if a.lexOf(c)&lxCred != 0 {
		return true
	}
	switch a.folded(c) {
	case "enf", "enfa", "tec", "aux", "farm", "fisio", "fono", "nutri", "psico", "acs":
		return a.pt
	}
	return false
}

// nameBeforeStaff50: the capitalised words before the bracket at k,
// which holds a staff number's label, are a name (see
// detectStaffCodes50); before a profession's title or credential
// (loose), the words after a listed given name may be common ones too
// ("para Jonas Firmino (Enf.)").
func (a *analysis) nameBeforeStaff50(k int, loose bool) {
	e := k - 1
	if a.toks[k].gap == 0 || !a.isWord(e) || a.toks[e].shape != shTitle || a.claimedAt(e) {
		return
	}
	s := e
	for s > 0 && s > e-6 && !a.toks[s].nl && a.isWord(s-1) && (a.toks[s-1].shape == shTitle || a.lexOf(s-1)&lxParticle != 0 && a.toks[s-1].shape == shLower) {
		s--
	}
	for s < e && a.toks[s].shape == shLower {
		s++
	}
	if s == e || a.lexOf(s)&lxGiven == 0 {
		return
	}
	for q := s; q <= e; q++ {
		x := a.lexOf(q)
		if a.toks[q].shape == shLower {
			continue
		}
		if x&(lxStop|lxMedical|lxMonth|lxOrgHead|lxCred|lxTitle|lxRelation|lxLabel|lxRegion) != 0 && x&lxGiven == 0 || x&(lxGiven|lxName) == 0 && !(loose && q > s && x&lxCommon != 0) {
			return
		}
	}
	a.add(int(a.toks[s].s), int(a.toks[e].e), TypeName, 0.8, pName)
}

// detectTriggers50 runs the rules of this round's trigger words
// (words50).
func (a *analysis) detectTriggers50() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r50 == 0 || k < 1 || !a.isWord(k) {
			continue
		}
		f := a.folded(k)
		if a.toks[k].shape == shLower {
			switch f {
			case "corner":
				a.cornerStreet50(k)
			case "bairro":
				a.districtBefore50(k)
			case "fins":
				a.declaredName50(k)
			case "menor":
				if a.pt && a.isWord(k-1) && a.lexOf(k-1)&lxRelation != 0 && k+1 < n {
					a.capsName50(k+1, true)
				}
			}
			continue
		}
		switch f {
		case "domiciliar":
			a.homeCareOrg50(k)
		case "cuidadores":
			a.carersOrg50(k)
		case "support", "oxygen":
			a.homeOrgTail50(k)
		case "aging", "ageing":
			a.agingOrg50(k)
		case "lady":
			a.ourLady50(k)
		case "sons", "filhos":
			a.familyFirm50(k)
		case "rol":
			if a.pt {
				a.procedureList50(k)
			}
		case "sad":
			if a.pt && a.toks[k].shape == shUpper && k+1 < n {
				a.homeService50(k)
			}
		}
	}
}

// homeCareOrg50 reads a business or a public service that cares for
// people at home, from the "Domiciliar" at k after its kind of care
// ("Assistência", "Atenção", "Internação", "Cuidados"): the capitalised
// words before the kind name the business ("Acolher Assistência
// Domiciliar", "Lar & Saúde Atenção Domiciliar"); with none, a
// "Serviço de Atenção Domiciliar" is one only with its town after it
// ("… de Contagem"; alone it names a kind of service).
func (a *analysis) homeCareOrg50(k int) {
	n := len(a.toks)
	h := k - 1
	if h < 1 || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(h) || a.toks[h].shape == shLower {
		return
	}
	switch a.folded(h) {
	case "assistencia", "atencao", "internacao", "cuidados", "atendimento":
	default:
		return
	}
	// the business's own words before the kind
	l := h
	for l > 0 && l > h-6 && !a.toks[l].nl && a.toks[l].gap <= 1 {
		p := l - 1
		if a.isPunct(p, "&") || a.isWord(p) && a.toks[p].shape != shLower && a.lexOf(p)&(lxTitle|lxLabel|lxNameLabel|lxCred|lxMonth) == 0 {
			l = p
			continue
		}
		break
	}
	for l < h && !a.isWord(l) {
		l++
	}
	if l < h {
		a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
		return
	}
	// "Serviço de Atenção Domiciliar de Contagem"
	if h < 2 || !a.isWord(h-1) || a.folded(h-1) != "de" || !a.isWord(h-2) || a.folded(h-2) != "servico" || k+2 >= n {
		return
	}
	q := k + 1
	if !a.isWord(q) || a.toks[q].nl || (a.folded(q) != "de" && a.folded(q) != "do" && a.folded(q) != "da") {
		return
	}
	e := q + 1
	for e < n && e < q+4 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && a.capShape(e) && a.lexOf(e)&(lxStop|lxMonth|lxMedical) == 0 {
		e++
	}
	if e == q+1 || a.lexOf(q+1)&(lxPlace|lxName|lxGiven) == 0 && !a.unknownWord(q+1) {
		return
	}
	a.add(int(a.toks[h-2].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// carersOrg50 reads a carers' agency named by a word and "Cuidadores"
// at k ("Fernanda - Amparo Cuidadores: …", "pela Amparo Cuidadores"):
// one capitalised word before it that no cue claims, after a spaced
// dash, a line's start or an article or preposition.
func (a *analysis) carersOrg50(k int) {
	p := k - 1
	if p < 0 || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(p) || a.toks[p].shape != shTitle && a.toks[p].shape != shUpper ||
		a.lexOf(p)&(lxStop|lxTitle|lxLabel|lxNameLabel|lxCred|lxMonth|lxRelation|lxMedical) != 0 {
		return
	}
	if !(p == 0 || a.toks[p].nl || a.spacedDash(p-1)) {
		if !a.isWord(p-1) || a.toks[p-1].shape != shLower {
			return
		}
		switch a.folded(p - 1) {
		case "a", "da", "na", "pela", "com", "à":
		default:
			return
		}
	}
	a.add(int(a.toks[p].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// homeOrgTail50 grows an organisation that ends in "Home" over what it
// supplies or does at home ("Willowmere Home Support", "Appalachian
// Home Oxygen & DME"): "Support" or "Oxygen" at k, and "& DME" or "&
// Medical Equipment" after "Oxygen".
func (a *analysis) homeOrgTail50(k int) {
	n := len(a.toks)
	h := k - 1
	if h < 1 || a.toks[k].nl || a.toks[k].gap > 2 || !a.isWord(h) || a.folded(h) != "home" {
		return
	}
	c := -1
	for ci := range a.cands {
		if x := &a.cands[ci]; x.e == int(a.toks[h].e) && x.typ == TypeOrganization {
			c = ci
			break
		}
	}
	if c < 0 {
		return
	}
	e := k
	if a.folded(k) == "oxygen" && k+2 < n && a.isPunct(k+1, "&") && !a.toks[k+1].nl && !a.toks[k+2].nl && a.isWord(k+2) && a.capShape(k+2) {
		e = k + 2
		if e+1 < n && a.folded(e) == "medical" && a.isWord(e+1) && !a.toks[e+1].nl && a.capShape(e+1) {
			e++
		}
	}
	a.add(a.cands[c].s, int(a.toks[e].e), TypeOrganization, a.cands[c].score, pOrg)
}

// agingOrg50 reads a local body on aging by its standard name (an area
// agency's: "Eastern Nebraska Office on Aging", "… Agency on Aging"):
// "on" and "Aging" at k after an office's word, and the capitalised words
// before it (its region's or town's: a state's name among them stays).
func (a *analysis) agingOrg50(k int) {
	o := k - 2
	if o < 1 || a.toks[k].nl || a.toks[k-1].nl || !a.isWord(k-1) || a.folded(k-1) != "on" || !a.isWord(o) || a.toks[o].nl {
		return
	}
	switch a.folded(o) {
	case "office", "agency", "council", "commission", "department", "division", "bureau", "committee":
	default:
		return
	}
	l := o
	for l > 0 && l > o-4 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.toks[l-1].shape == shTitle && a.lexOf(l-1)&(lxStop|lxTitle|lxMonth) == 0 {
		l--
	}
	if l == o {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// homeService50 reads a Brazilian home-care service's acronym "SAD" at
// k: with its district or town after it ("avaliação do SAD Freguesia do
// Ó"), an organisation; alone ("prontuário SAD AD-3391", "emprestado pelo
// SAD") the service's kind, no name (a code region).
func (a *analysis) homeService50(k int) {
	n := len(a.toks)
	e := k + 1
	for e < n && e < k+5 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && (a.toks[e].shape == shTitle || a.toks[e].shape == shSingle && a.toks[e-1].shape == shLower ||
		a.lexOf(e)&lxParticle != 0 && a.toks[e].shape == shLower && e+1 < n && a.capShape(e+1)) {
		e++
	}
	for e > k+1 && a.toks[e-1].shape == shLower {
		e--
	}
	if e > k+1 && a.lexOf(k+1)&(lxStop|lxMonth|lxMedical|lxLabel) == 0 {
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
		return
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[k].e)})
}

// shiftWord50: f names a carer's shift at a handover's or a rota's line
// ("Night (21:00-07:00), Janelle Okoro:").
func shiftWord50(f string) bool {
	switch f {
	case "night", "nights", "day", "days", "morning", "evening", "afternoon", "late", "early", "am", "pm", "waking",
		"noite", "dia", "manha", "tarde", "diurno", "noturno", "plantao":
		return true
	}
	return false
}

// shiftHead50 reads the carer a handover's line names after its shift
// (at token i, the line's first) and the shift's hours in brackets:
// "Night (21:00-07:00), Janelle Okoro:", "Morning (08:00-14:00) - Ruth
// Abebe": the name (staffName44) closes the line or comes before a
// colon.
func (a *analysis) shiftHead50(i int) {
	n := len(a.toks)
	if i+6 >= n || !a.isWord(i) || a.toks[i].shape == shLower || !shiftWord50(a.folded(i)) {
		return
	}
	k := i + 2
	digits := false
	for k < n && k < i+12 && !a.toks[k].nl && !a.isPunct(k, ")") {
		digits = digits || a.toks[k].kind == kNum
		k++
	}
	if !digits || k+2 >= n || !a.isPunct(k, ")") || a.toks[k+1].nl {
		return
	}
	k++
	if a.isPunct(k, ",") || a.spacedDash(k) {
		k++
	}
	if k >= n || a.toks[k].nl || !a.isWord(k) {
		return
	}
	e := a.staffName44(k, false, false)
	if e == k || e < n && !a.toks[e].nl && !a.isPunct(e, ":") {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.85, pName)
}

// signedInitial50 (eponymContext): the given name k and the initial j
// after it are a line of their own, a signature ("Rosimeire B."), not
// an eponym and its grade ("Weber B").
func (a *analysis) signedInitial50(k, j int) bool {
	n := len(a.toks)
	e := j + 1
	if e < n && a.isPunct(e, ".") && a.toks[e].gap == 0 {
		e++
	}
	return a.toks[k].nl && j == k+1 && a.lexOf(k)&lxGiven != 0 && a.lexOf(k)&(lxMedical|lxCommon) == 0 && (e >= n || a.toks[e].nl)
}

// housePart50: f names the part of a house or a lot where a flat is
// ("2nd floor rear", "casa 3 (fundos)", "casa 12 (condomínio)").
func housePart50(f string) bool {
	switch f {
	case "rear", "front", "back", "upstairs", "downstairs", "basement",
		"fundos", "frente", "sobrado", "terreo", "condominio", "cobertura", "anexo", "edicula":
		return true
	}
	return false
}

// addressPart50 grows a street address over the part of the house after
// it: a word of housePart50 closing the address's phrase, or in
// brackets alone.
func (a *analysis) addressPart50(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	if k+1 >= n || a.toks[k].nl || a.toks[k].gap != 1 {
		return
	}
	e := k
	if a.isPunct(k, "(") {
		e = k + 1
		if e+1 >= n || a.toks[e].gap != 0 || !a.isPunct(e+1, ")") || a.toks[e+1].gap != 0 {
			return
		}
	}
	if !a.isWord(e) || a.toks[e].shape != shLower || !housePart50(a.folded(e)) {
		return
	}
	if e > k {
		e++
	} else if e+1 < n && !a.toks[e+1].nl && a.toks[e+1].kind != kPunct {
		return
	}
	a.add(c.s, int(a.toks[e].e), TypeAddress, c.score, c.prio)
}

// namedPhone50 reads the person a phone number belongs to, named before
// the colon that opens it ("…, Divina Alves: (62) 98457-1320"): two or
// three capitalised words, each a listed name or in no list, not all
// common words, after a line's start or punctuation.
func (a *analysis) namedPhone50(c cand) {
	k := a.firstTokenFrom(c.s)
	col := k - 1
	if col < 2 || !a.isPunct(col, ":") || a.toks[col].gap != 0 || a.toks[k].nl {
		return
	}
	e := col - 1
	s := e
	for s > 0 && s > e-3 && !a.toks[s].nl && a.toks[s].gap == 1 && a.isWord(s-1) && a.toks[s-1].shape == shTitle {
		s--
	}
	if s == e || !a.isWord(e) || a.toks[e].shape != shTitle || a.claimedAt(e) || a.claimedAt(s) {
		return
	}
	if !a.toks[s].nl && s > 0 {
		switch a.toks[s-1].ch {
		case ',', ';', '(', '-':
		default:
			return
		}
	}
	common := 0
	for q := s; q <= e; q++ {
		x := a.lexOf(q)
		if x&(lxStop|lxMedical|lxMonth|lxOrgHead|lxCred|lxTitle|lxRelation|lxLabel|lxNameLabel|lxRegion) != 0 && x&lxGiven == 0 ||
			x&(lxGiven|lxName) == 0 && !a.unknownWord(q) {
			return
		}
		common += int(b2u(x&lxCommon != 0))
	}
	if common > e-s {
		return
	}
	a.add(int(a.toks[s].s), int(a.toks[e].e), TypeName, 0.8, pName)
}

// orgRegional50 grows an organisation over the "Regional" that closes
// its name at the end of its phrase ("referral from FirstHealth Moore
// Regional").
func (a *analysis) orgRegional50(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	if k >= n || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(k) || a.tokText(k) != "Regional" {
		return
	}
	if k+1 < n && !a.toks[k+1].nl && a.toks[k+1].kind != kPunct {
		return
	}
	a.add(c.s, int(a.toks[k].e), TypeOrganization, c.score, c.prio)
}

// cornerStreet50 reads the street named after "corner of" at k, with no
// house number ("walked to the corner of N. Rampart St and back"): a
// compass point, one to three capitalised words and a street's type.
func (a *analysis) cornerStreet50(k int) {
	n := len(a.toks)
	q := k + 2
	if q+1 >= n || !a.isWord(k+1) || a.folded(k+1) != "of" || a.toks[k+1].nl || a.toks[q].nl {
		return
	}
	e := q
	if a.isWord(e) && a.capShape(e) && (compassWord48(a.folded(e)) || a.toks[e].e-a.toks[e].s == 1 && strings.IndexByte("NSEW", a.text[a.toks[e].s]) >= 0) {
		e++
		if a.isPunct(e, ".") && a.toks[e].gap == 0 {
			e++
		}
	}
	w := e
	for e < n && e < w+3 && !a.toks[e].nl && a.isWord(e) && a.toks[e].shape == shTitle && a.cue(e)&cuUSStreet == 0 && a.lexOf(e)&(lxStop|lxMonth) == 0 {
		e++
	}
	if e == w || e >= n || a.toks[e].nl || !a.isWord(e) || a.cue(e)&cuUSStreet == 0 || !a.capShape(e) {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e].e), TypeAddress, 0.75, pAddress)
}

// districtBefore50 reads the district a Portuguese note names before
// "(bairro)" at k ("permaneça em casa, no Sumaré (bairro)"): one to
// three capitalised words.
func (a *analysis) districtBefore50(k int) {
	n := len(a.toks)
	o := k - 1
	if o < 1 || k+1 >= n || !a.isPunct(o, "(") || !a.isPunct(k+1, ")") || a.toks[k].gap != 0 || a.toks[o].nl {
		return
	}
	e := o - 1
	s := e
	for s > 0 && s > e-2 && !a.toks[s].nl && a.toks[s].gap == 1 && a.isWord(s-1) && (a.capShape(s-1) || a.lexOf(s-1)&lxParticle != 0 && s-1 > 0 && a.capShape(s-2)) {
		s--
	}
	if !a.isWord(e) || !a.capShape(e) || !a.capShape(s) || a.lexOf(s)&(lxStop|lxMonth|lxTitle|lxRelation|lxLabel) != 0 {
		return
	}
	a.add(int(a.toks[s].s), int(a.toks[e].e), TypeLocation, 0.75, pLocStrong)
}

// abbrevBeforeAnd50 (ocrChain): the pieces p and q of a chain are a
// street's or a title's abbreviation and a conjunction, two words.
func abbrevBeforeAnd50(p, q string) bool {
	switch q {
	case "and", "or", "e", "ou":
	default:
		return false
	}
	switch p {
	case "St", "Rd", "Dr", "Ave", "Ln", "Ct", "Pl", "Hwy", "Mr", "Ms", "Mrs", "Sr", "Jr", "Av", "R":
		return true
	}
	return false
}

// timeColon50: the tokens from k are a message's time and the colon
// after it ("02:11:", "7:52 PM:"), as a chat writes after its speaker.
func (a *analysis) timeColon50(k int) bool {
	n := len(a.toks)
	if k+3 >= n || a.toks[k].kind != kNum || a.toks[k].nl || !a.isPunct(k+1, ":") || a.toks[k+1].gap != 0 || a.toks[k+2].kind != kNum || a.toks[k+2].gap != 0 {
		return false
	}
	q := k + 3
	if q+1 < n && a.isWord(q) && !a.toks[q].nl && (a.folded(q) == "am" || a.folded(q) == "pm") {
		q++
	}
	return q < n && a.isPunct(q, ":") && a.toks[q].gap == 0
}

// ptActs50: f is what a relative named in a chat does next, in
// Portuguese ("meu filho joão paulo vai me levar").
func ptActs50(f string) bool {
	switch f {
	case "vai", "vem", "foi", "veio", "quer", "pode", "pediu", "levou", "trouxe", "ligou", "falou", "disse", "ficou", "chegou", "mandou", "esta", "estava":
		return true
	}
	return false
}

// ourLady50 reads an institution named "Our Lady of <Name>" from "Lady"
// at k (a hospital, a school, a parish: "works nights at Our Lady of
// Lourdes"), after "at", "from", "with" or "in", or before an
// organisation's head; a prayer's "to Our Lady of …" is none.
func (a *analysis) ourLady50(k int) {
	n := len(a.toks)
	o := k - 1
	if o < 1 || k+2 >= n || a.tokText(o) != "Our" || a.toks[k].nl || !a.isWord(k+1) || a.folded(k+1) != "of" || a.toks[k+1].nl || a.toks[k+2].nl {
		return
	}
	e := k + 2
	for e < n && e < k+6 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && a.toks[e].shape == shTitle && a.lexOf(e)&(lxStop|lxMonth) == 0 {
		e++
	}
	if e == k+2 {
		return
	}
	before := !a.toks[o].nl && a.isWord(o-1) && a.toks[o-1].shape == shLower
	if before {
		switch a.folded(o - 1) {
		case "at", "from", "with", "in":
		default:
			before = false
		}
	}
	if !before && a.cue(e-1)&(cuOrgSuffix|cuOrgPrefix) == 0 {
		return
	}
	a.add(int(a.toks[o].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// scaleWord50: f names a symptom or a scale scored over a maximum
// ("dyspnea 6/10", "MMSE 21/30").
func scaleWord50(f string) bool {
	switch f {
	case "pain", "dyspnea", "dyspnoea", "breathlessness", "nausea", "anxiety", "fatigue", "tiredness", "drowsiness", "wellbeing",
		"depression", "appetite", "mmse", "moca", "slums", "meem", "score", "scores", "escore", "esas", "nrs", "vas", "eva",
		"dor", "dispneia", "ansiedade", "cansaco", "fadiga", "rated", "rates":
		return true
	}
	return false
}

// scoreAt50 makes a code region (codes43) of a score written over its
// maximum at the slash k, which the date and identifier rules read as a
// day or a number: "dyspnea 6/10 -> 3/10", "MMSE 21/30 (23 in Aug
// 2023)" (a maximum of 10 or 30 after a symptom's or a scale's word, or
// before or after an arrow to another score over the same maximum; a
// prior score in brackets after it goes with it), and a course's day
// over its length ("ceftriaxona (D10/10)"). protectCodes49's walk of the
// slashes calls it for a maximum of 10 or 30, or a "D" glued before.
func (a *analysis) scoreAt50(k int) {
	n := len(a.toks)
	num, den := a.toks[k-1], a.toks[k+1]
	if a.toks[k].gap != 0 || den.gap != 0 || den.kind != kNum {
		return
	}
	if num.kind == kAlnum {
		// "D10/10"
		v := a.text[num.s:num.e]
		if len(v) < 2 || len(v) > 3 || v[0] != 'D' || !allDigits(v[1:]) || den.e-den.s > 2 || atoi(v[1:]) > atoi(a.tokText(k+1)) {
			return
		}
		a.codes43 = append(a.codes43, [2]int{int(num.s), int(den.e)})
		return
	}
	dv := a.tokText(k + 1)
	if num.kind != kNum || num.e-num.s > 2 || dv != "10" && dv != "30" || atoi(a.tokText(k-1)) > atoi(dv) ||
		k+2 < n && a.toks[k+2].gap == 0 && (a.isPunct(k+2, "/") || a.isPunct(k+2, "-") && k+3 < n && a.toks[k+3].kind == kNum) {
		return
	}
	ok := k >= 2 && a.isWord(k-2) && !a.toks[k-1].nl && scaleWord50(a.folded(k-2)) ||
		a.scoreArrow50(k+2, dv, true) || k >= 4 && a.scoreArrow50(k-2, dv, false)
	if !ok {
		return
	}
	e := int(den.e)
	// (a prior score in brackets: "(23 in Aug 2023)")
	if k+3 < n && a.isPunct(k+2, "(") && a.toks[k+3].kind == kNum && a.toks[k+3].gap == 0 && a.toks[k+3].e-a.toks[k+3].s <= 2 {
		e = int(a.toks[k+3].e)
	}
	a.codes43 = append(a.codes43, [2]int{int(num.s), e})
}

// scoreArrow50: an arrow ("->", "→") at token q (forward) or ending at
// token q (backward), and across it a score over the maximum dv.
func (a *analysis) scoreArrow50(q int, dv string, forward bool) bool {
	n := len(a.toks)
	if forward {
		if q+1 < n && a.isPunct(q, "-") && a.isPunct(q+1, ">") && a.toks[q+1].gap == 0 {
			q += 2
		} else if q < n && a.tokText(q) == "→" {
			q++
		} else {
			return false
		}
		return q+2 < n && a.toks[q].kind == kNum && a.isPunct(q+1, "/") && a.toks[q+1].gap == 0 && a.toks[q+2].gap == 0 && a.tokText(q+2) == dv
	}
	// backward: q is the token before the score's numerator
	if a.isPunct(q, ">") && q >= 1 && a.isPunct(q-1, "-") && a.toks[q].gap == 0 {
		q -= 2
	} else if a.tokText(q) == "→" {
		q--
	} else {
		return false
	}
	return q >= 2 && a.tokText(q) == dv && a.isPunct(q-1, "/") && a.toks[q].gap == 0 && a.toks[q-1].gap == 0 && a.toks[q-2].kind == kNum
}

// procedureList50 makes a code region of the national list of covered
// procedures a health plan cites ("não consta no Rol de Procedimentos e
// Eventos em Saúde da ANS", "Rol da ANS"), from "Rol" at k: its words in
// title case and their particles.
func (a *analysis) procedureList50(k int) {
	n := len(a.toks)
	e := k + 1
	for e < n && e < k+10 && !a.toks[e].nl && a.isWord(e) && (a.capShape(e) || a.toks[e].shape == shLower && (a.lexOf(e)&lxParticle != 0 || a.folded(e) == "em") && e+1 < n && a.capShape(e+1)) {
		e++
	}
	if e < k+3 || a.lexOf(k+1)&lxParticle == 0 {
		return
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[e-1].e)})
}

// morphOnly50 counts the words of [i, j) that no list holds and that
// only the Portuguese inflections' rules read as common words
// ("Tourinho"): under a letter's closing, a surname.
func (a *analysis) morphOnly50(i, j int) int {
	m := 0
	for k := i; k < j; k++ {
		if a.isWord(k) && a.raws[k] == 0 && a.lexOf(k)&lxCommon != 0 {
			m++
		}
	}
	return m
}

// familyFirm50 reads a family firm named "<Surname> & Sons" from "Sons"
// at k ("Funeral home on file: Lindquist & Sons, Ogden", "Irmãos Costa
// & Filhos"): one or two capitalised words before the "&", each a name
// or in no list.
func (a *analysis) familyFirm50(k int) {
	amp := k - 1
	if amp < 1 || !a.isPunct(amp, "&") || a.toks[amp].nl || a.toks[k].nl {
		return
	}
	e := amp - 1
	s := e
	if s > 0 && !a.toks[s].nl && a.toks[s].gap == 1 && a.isWord(s-1) && a.toks[s-1].shape == shTitle && a.lexOf(s-1)&(lxStop|lxMonth|lxTitle) == 0 {
		s--
	}
	if !a.isWord(e) || a.toks[e].shape != shTitle && a.toks[e].shape != shUpper {
		return
	}
	for q := s; q <= e; q++ {
		if x := a.lexOf(q); x&(lxStop|lxMonth|lxTitle|lxMedical) != 0 || x&(lxGiven|lxName|lxPlace) == 0 && !a.unknownWord(q) {
			if q == s && s < e {
				s++
				continue
			}
			return
		}
	}
	a.add(int(a.toks[s].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// doseUnit50: f is the unit of a drug's strength or a count of its
// doses ("20 mg (90)", "30 tabs (90)").
func doseUnit50(f string) bool {
	switch f {
	case "mg", "mcg", "ml", "g", "ui", "iu", "units", "tab", "tabs", "tablets", "cap", "caps", "capsules", "comp", "cp", "qty":
		return true
	}
	return false
}

// eanBefore50 (detectLongNumbers): the number at p follows a product's
// barcode label in capitals ("EAN 7896004701234", "EAN-13: …"): a
// product's, not a person's.
func eanBefore50(s string, p int) bool {
	for _, l := range []string{"EAN ", "EAN: ", "EAN-13 ", "EAN-13: ", "EAN13 "} {
		if p >= len(l) && s[p-len(l):p] == l {
			return true
		}
	}
	return false
}

// deptAbbr50: v is a hospital's department by its short form, which
// names no organisation of its own ("the ED of Covington Regional
// Hospital").
func deptAbbr50(v string) bool {
	switch v {
	case "ED", "ER", "ICU", "OR", "PICU", "NICU", "CCU", "PACU", "UTI", "PS":
		return true
	}
	return false
}

// drugEvent50: f names what a drug did ("Adverse Drug Reaction", "Drug
// Interaction"), after which "Drug" heads no firm.
func drugEvent50(f string) bool {
	switch f {
	case "reaction", "reactions", "interaction", "interactions", "event", "events", "eruption", "fever", "rash", "allergy", "screen", "use", "abuse", "level", "levels":
		return true
	}
	return false
}

// ptArticle50 (emitName): token i is the Portuguese article "A" or "O"
// opening a sentence or a message, with no initial's dot after it.
func (a *analysis) ptArticle50(i int) bool {
	t := a.toks[i]
	if !a.pt || t.shape != shSingle || t.e-t.s != 1 || a.text[t.s] != 'A' && a.text[t.s] != 'O' || i+1 >= len(a.toks) || a.toks[i+1].gap != 1 || a.toks[i+1].nl {
		return false
	}
	return a.sentenceStart(i)
}

// declaredName50 reads the person a declaration or a certificate names
// after its formula, from "fins" at k ("Declaro para os devidos fins que
// MARIA DAS DORES LIMA compareceu …", "Atesto, para os devidos fins, que
// o Sr. …"): the name in capitals (capsName50) after "que" and an
// article or a title.
func (a *analysis) declaredName50(k int) {
	n := len(a.toks)
	if !a.pt || k < 1 || !a.isWord(k-1) || a.folded(k-1) != "devidos" {
		return
	}
	q := k + 1
	if q < n && a.isPunct(q, ",") {
		q++
	}
	if q+2 >= n || !a.isWord(q) || a.folded(q) != "que" {
		return
	}
	q++
	// "o", "a", "o(a)", "Sr.", "Sra."
	for q+1 < n && !a.toks[q].nl && (a.isWord(q) && (a.toks[q].shape == shLower && (a.folded(q) == "o" || a.folded(q) == "a") || a.lexOf(q)&lxTitle != 0) ||
		a.isPunct(q, ".") || a.isPunct(q, "(") || a.isPunct(q, ")")) {
		q++
	}
	a.capsName50(q, false)
}

// capsName50 reads a name written in capitals from token q, as a
// declaration or a minor's line writes it, OCR's splits and spaces
// included ("EDINALV A  SOUZA DE OLIVEIRA", "JOÃO PEDRO⏎SOUZA SANTOS ,"):
// words in capitals or single capitals, a particle among them, two or
// more with one of three letters at least, none a cue word; with next,
// the name may go on to the next line's start up to a comma.
func (a *analysis) capsName50(q int, next bool) {
	n := len(a.toks)
	e, long := q, 0
	for e < n && e < q+10 && a.isWord(e) && (e == q || !a.toks[e].nl || next && a.toks[e-1].shape == shUpper) && (e == q || a.toks[e].gap <= 3) &&
		(a.toks[e].shape == shUpper || a.toks[e].shape == shSingle) {
		x := a.lexOf(e)
		if x&(lxMonth|lxCred|lxTitle|lxLabel|lxOrgHead|lxRegion) != 0 && x&(lxGiven|lxName) == 0 {
			break
		}
		if a.toks[e].nl {
			next = false
		}
		long += int(b2u(a.toks[e].e-a.toks[e].s >= 3))
		e++
	}
	for e > q && a.toks[e-1].shape == shSingle && a.lexOf(e-1)&lxParticle != 0 {
		e--
	}
	if e-q < 2 || long == 0 || e < n && !a.toks[e].nl && a.toks[e].kind != kPunct && a.toks[e].shape != shLower {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
}

// givenBeforeCode50 grows the surname c over the given name after its
// comma when an identifier in brackets follows, as a log's patient
// column writes it ("Szabo, Gyula (LG-3311047)"): one word in title
// case, a listed name (a common word only as a given name) or in no
// list.
func (a *analysis) givenBeforeCode50(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e) + 1
	if k+2 >= n || !a.isPunct(k-1, ",") || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(k) || a.toks[k].shape != shTitle || !a.isPunct(k+1, "(") || a.toks[k+1].gap != 1 {
		return
	}
	if x := a.lexOf(k); x&(lxStop|lxMonth|lxMedical|lxOrgHead|lxRegion|lxCred|lxTitle) != 0 || x&lxGiven == 0 && !(x&lxName != 0 && x&lxCommon == 0) && !a.unknownWord(k) {
		return
	}
	if t := a.toks[k+2]; t.kind != kAlnum && t.kind != kNum && t.shape != shUpper {
		return
	}
	a.add(c.s, int(a.toks[k].e), TypeName, c.score, c.prio)
}

// profAbbr50 is roleAbbrevs44 as a switch (detectNames asks it of many
// words): a profession's short form in lower case ("a fisio Tainara").
func profAbbr50(f string) bool {
	switch f {
	case "farm", "fisio", "fono", "nutri", "psico":
		return true
	}
	return false
}

// foldedHas50 (cueBefore): the window b, folded to lower-case ASCII,
// holds the cue c (lower case) — containsFold's answer for the window
// before folding (a cue's first byte is found by IndexByte).
func foldedHas50(b []byte, c string) bool {
	if len(c) == 0 {
		return true
	}
	f := c[0]
	for k := 0; k+len(c) <= len(b); k++ {
		j := bytes.IndexByte(b[k:len(b)-len(c)+1], f)
		if j < 0 {
			return false
		}
		k += j
		if string(b[k:k+len(c)]) == c {
			return true
		}
	}
	return false
}

// foldWindow50 copies w (64 bytes at most) into buf with its ASCII
// capitals in lower case, eight bytes at a time (a capital's lane gets
// 0x20: rangeLanes' high bit shifted down), and returns the copy.
func foldWindow50(buf *[64]byte, w string) []byte {
	k := 0
	for ; k+8 <= len(w); k += 8 {
		x := load64(w, k)
		binary.LittleEndian.PutUint64(buf[k:], x|rangeLanes(x, 'A', 'Z')>>2)
	}
	for ; k < len(w); k++ {
		c := w[k]
		buf[k] = c + 32*b2u('A' <= c && c <= 'Z')
	}
	return buf[:len(w)]
}
