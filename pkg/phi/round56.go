package phi

import "strings"

// Round 56 rules: emergency medical services and dispatch (run sheets,
// 911 and SAMU 192 dispatch logs and call transcripts, poison centres'
// calls, mass-casualty tags, interfacility transfers, air medical
// records), public-system and insurer paperwork (SUS and ANS forms, INSS
// reports, TISS guides, CMS-1500 and UB-04 claims, ABNs, eligibility
// letters, EOBs, DME orders) and dev-imitating notes.

// medical56 are clinical words the lists lack, read as unknown
// capitalised words at a sentence's or an item's start ("Glucagon nasal
// powder", "Perinephric fluid"), a prostate's hyperplasia in Portuguese
// (HPB), ventilator modes (VCV, PCV) and a non-rebreather mask (MNR).
var medical56 = set(`glucagon perinephric hpb vcv pcv prvc simv mnr`)

// common56 are words the lists lack: a clerk's "Misfiled", a notice's
// "Notifier", a table's "Destino", a motorcycle ambulance, a letter's
// "Prezados".
var common56 = set(`misfiled notifier notifiers destino motolancia motolancias prezados prezadas prezado prezada`)

// stop56 are abbreviations that look like names in capitals: a mass
// casualty incident (MCI), a wildlife conservation officer (WCO), an
// all-terrain vehicle (ATV), a poison centre's specialist (SPI), a
// battalion chief (BC), the advanced and basic ambulances of the SAMU
// (USA, USB), a telecommunicator, a claim form's ICD indicator ("ICD
// Ind."), billing codes (PPS, HIPPS) and modifiers (NU), a knee's
// arthroplasty (TKA), a diagnosis (Diag.), the states' Medicaid
// programmes by their coined names (MassHealth, KanCare), a form's
// "SAME" and "Self" for the insured.
var stop56 = set(`usa usb mci wco atv spi bc telecommunicator icd ind pps hipps nu tka diag masshealth soonercare
	badgercare kancare same self`)

// r56 is the kind of this round's trigger words (words56): they share
// r48Tail's bit, as rounds 50 to 55 do; detectTriggers56 tells them
// apart by the word.
const r56 = r48Tail

// words56 are this round's trigger words: public bodies before their
// state or town ("Polícia Militar de Minas Gerais", "Defesa Civil de
// Petrópolis", "CIATox de Campinas"), the fire brigades' acronyms
// (cbmStates56), a street's block ("1900 block of …"), an incident's
// number without its label's colon, a township.
var words56 = set(`policia defesa ciatox block incident incidente event run township department cms nucc hcpcs cpt dme dmepos
	medicare medicaid mbi beneficiary supplier tricare champva equipe cbo tabela instituto sistema republica cartao agencia pessoa operadora sem
	centro central last card cards cartoes tag tags pulseira ` + cbmStates56)

// cbmStates56 are the states' military fire brigades by their acronyms
// ("CBMSC", "CBMERJ").
const cbmStates56 = `cbmsc cbmerj cbmmg cbmdf cbmgo cbmpr cbmrs cbmes cbmba cbmpe cbmce cbmam cbmpa cbmro cbmmt cbmms cbmal
	cbmse cbmpb cbmrn cbmpi cbmma cbmto cbmap cbmrr cbmac`

var cbmStateSet56 = set(cbmStates56)

// late56 runs this round's passes that read what the others found.
func (a *analysis) late56() {
	cards := false
	if a.has39(r56) {
		cards = a.detectTriggers56()
	}
	if a.hasPunct('?') && a.hasPunct(':') {
		a.nameAnswers56()
	}
	if len(a.lineStarts) >= 3 {
		a.tagColumns56()
		if cards {
			a.cardNumbers56()
		}
	}
	a.candWalk56()
	if a.en && a.hasPunct(',') {
		a.claimNames56()
	}
	if a.hasPunct(':') {
		if a.hasPunct('.') {
			a.formItems56()
		}
		a.orgAfterColon56()
	}
	if a.en && a.hasPunct('/') {
		a.visitDates56()
	}
}

// detectTriggers56 runs the rules of this round's trigger words
// (words56); it reports whether a word of cards opens a line (a table's
// header for cardNumbers56).
func (a *analysis) detectTriggers56() (cards bool) {
	n := len(a.toks)
	billing := false
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r56 == 0 || k+1 >= n || !a.isWord(k) {
			continue
		}
		f := a.folded(k)
		sh := a.toks[k].shape
		switch f {
		case "policia", "defesa", "ciatox":
			if a.pt && sh != shLower {
				a.publicBody56(k, f)
			}
		case "block":
			if sh == shLower {
				a.blockOf56(k)
			}
		case "incident", "incidente", "event", "run":
			if sh != shLower {
				a.bareNumber56(k)
			}
		case "county":
			if sh != shLower {
				a.county91156(k)
			}
		case "rua", "avenida", "travessa", "alameda":
			if a.pt && sh == shLower {
				a.lowerStreet56(k)
			}
		case "department":
			if sh != shLower {
				a.policeDepartment56(k)
			}
		case "cms", "nucc":
			if sh == shUpper {
				a.formNumber56(k)
			}
		case "hcpcs", "cpt", "dme", "dmepos", "medicare", "medicaid", "mbi", "beneficiary", "supplier":
			billing = true
		case "tricare", "champva":
			if sh == shUpper && a.checkboxNear56(k) {
				a.regions = append(a.regions, [2]int{int(a.toks[k].s), int(a.toks[k].e)})
			}
		case "equipe":
			if a.pt {
				a.teamColour56(k)
			}
		case "cbo":
			if sh == shUpper {
				a.labelledCode56(k, false)
			}
		case "tabela":
			if a.pt && sh != shLower {
				a.labelledCode56(k, true)
			}
		case "central":
			if a.pt && sh != shLower {
				a.regulationCentre56(k)
			}
		case "instituto", "sistema", "republica", "agencia", "pessoa", "operadora", "sem", "centro":
			if a.pt && sh != shLower {
				a.nationalBody56(k)
			}
		case "card", "cards", "cartao", "cartoes", "tag", "tags", "pulseira":
			cards = cards || a.toks[k].nl || k == 0
			if f == "cartao" && a.pt && sh != shLower {
				a.nationalBody56(k)
			}
		case "last":
			if sh == shUpper && a.en {
				a.lastFirst56(k)
			}
		case "township":
			if sh == shTitle {
				a.township56(k)
			}
		default:
			if cbmStateSet56[f] && sh == shUpper && !a.claimedAt(k) {
				a.add(int(a.toks[k].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
			}
		}
	}
	if billing && a.en {
		a.hcpcsCodes56()
	}
	return cards
}

// publicBody56 reads a public body named by its state or town after its
// kind at k: "Polícia Militar de Minas Gerais", "Polícia Civil do Estado
// do Rio de Janeiro", "DEFESA CIVIL MUNICIPAL DE PETRÓPOLIS", "CIATox de
// Campinas", "CIATox-BA", "CIATox/SC". The kind alone ("acionada a
// Polícia Militar", "CIATox comunicado") names no one. ORGANIZATION.
func (a *analysis) publicBody56(k int, f string) {
	n := len(a.toks)
	wide := a.wide53()
	q := k + 1
	switch f {
	case "ciatox":
		// "CIATox-BA", "CIATox/SC"
		if q+1 < n && (a.isPunct(q, "-") || a.isPunct(q, "/")) && a.toks[q].gap == 0 && a.toks[q+1].gap == 0 && a.isWord(q+1) && a.toks[q+1].shape == shUpper && brStates[a.tokText(q+1)] {
			a.add(int(a.toks[k].s), int(a.toks[q+1].e), TypeOrganization, 0.8, pOrg)
			return
		}
	case "policia":
		// its corps: "Militar", "Civil", "Federal", "Rodoviária Federal"
		for q < n && q < k+3 && a.isWord(q) && a.capShape(q) && !a.toks[q].nl && int(a.toks[q].gap) <= wide {
			switch a.folded(q) {
			case "militar", "civil", "federal", "rodoviaria", "penal", "cientifica":
				q++
				continue
			}
			break
		}
	case "defesa":
		if !a.isWord(q) || a.folded(q) != "civil" || a.toks[q].nl {
			return
		}
		q++
		if q < n && a.isWord(q) && (a.folded(q) == "municipal" || a.folded(q) == "estadual") && !a.toks[q].nl {
			q++
		}
	}
	if q == k+1 && f != "ciatox" {
		return
	}
	// "de", "do Estado de", then the state's or the town's name
	if q+1 >= n || !a.isWord(q) || a.toks[q].nl || int(a.toks[q].gap) > wide {
		return
	}
	switch a.folded(q) {
	case "de", "do", "da":
	default:
		return
	}
	q++
	if q+1 < n && a.isWord(q) && a.folded(q) == "estado" && a.isWord(q+1) && (a.folded(q+1) == "de" || a.folded(q+1) == "do" || a.folded(q+1) == "da") {
		q += 2
	}
	if q >= n || a.toks[q].nl || !a.capShape(q) || a.lexOf(q)&(lxStop|lxLabel|lxMonth) != 0 && a.lexOf(q)&(lxPlace|lxRegion|lxRegionPrefix|lxPlacePrefix) == 0 {
		return
	}
	e := a.capRun53(q, wide)
	if e == q || e-q > 5 {
		return
	}
	// (a place: listed, or in capitals as a heading's town is)
	place := false
	for j := q; j < e; j++ {
		if a.lexOf(j)&(lxPlace|lxRegion|lxRegionPrefix|lxPlacePrefix) != 0 || a.raws[j]&lxRegionPrefix != 0 || a.toks[j].shape == shUpper && j == q {
			place = true
		}
	}
	if !place {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// blockOf56 reads a street's block before its name ("Fire at 1900 block
// of Salem Ave"): a round hundred, "block of" and the street another
// rule found. ADDRESS.
func (a *analysis) blockOf56(k int) {
	n := len(a.toks)
	p := k - 1
	if p < 0 || k+2 >= n || a.toks[p].kind != kNum || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(k+1) || a.folded(k+1) != "of" || a.toks[k+2].nl {
		return
	}
	if v := a.tokText(p); len(v) < 3 || len(v) > 5 || !strings.HasSuffix(v, "00") {
		return
	}
	c := a.candAt(int(a.toks[k+2].s), TypeAddress)
	if c >= 0 && a.cands[c].s == int(a.toks[k+2].s) {
		a.add(int(a.toks[p].s), a.cands[c].e, TypeAddress, a.cands[c].score, pAddress)
		return
	}
	// (or one to three capitalised words and a street's type: "of Maple
	// Ave")
	for q := k + 2; q < n && q <= k+5 && a.isWord(q) && a.capShape(q) && !a.toks[q].nl; q++ {
		if q > k+2 && streetWords[strings.ToLower(a.tokText(q))] {
			a.add(int(a.toks[p].s), int(a.toks[q].e), TypeAddress, 0.8, pAddress)
			return
		}
	}
}

// bareNumber56 reads an incident's or a run's number after its word
// without the label's colon or hash ("Incident 2024-0311-0442 | …"):
// numbers joined by hyphens, eight digits at least. ID.
func (a *analysis) bareNumber56(k int) {
	n := len(a.toks)
	q := k + 1
	if a.toks[q].nl || a.toks[q].gap != 1 || a.toks[q].kind != kNum || a.claimedAt(q) {
		return
	}
	e, d := q, len(a.tokText(q))
	for e+2 < n && a.isPunct(e+1, "-") && a.toks[e+1].gap == 0 && a.toks[e+2].gap == 0 && a.toks[e+2].kind == kNum {
		e += 2
		d += len(a.tokText(e))
	}
	if e == q || d < 8 || e+1 < n && a.toks[e+1].gap == 0 && a.toks[e+1].kind != kPunct {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e].e), TypeID, 0.7, pGenericID)
}

// county91156 reads a county's emergency communications centre by its
// number ("Lycoming County 911", "DeKalb County E911"): the county's
// name, "County" at k and the number. ORGANIZATION.
func (a *analysis) county91156(k int) {
	n := len(a.toks)
	q := k + 1
	if a.toks[q].nl || a.toks[q].gap != 1 {
		return
	}
	switch a.tokText(q) {
	case "911", "E911", "E-911":
	default:
		return
	}
	l := k
	for l > 0 && k-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxLabel|lxMonth|lxTitle) == 0 {
		l--
	}
	if l == k {
		return
	}
	e := q + 1
	// ("… 911 Communications", "… 911 Dispatch Center")
	for e < n && e <= q+2 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && a.capShape(e) && dispatchWords56[a.folded(e)] {
		e++
	}
	a.add(int(a.toks[l].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// dispatchWords56 close a communications centre's name after its
// number.
var dispatchWords56 = set(`communications communication dispatch center centre emergency`)

// township56 reads a township by its name ("Cummings Township"), not
// an organisation named after it ("Wayne Township Fire"). LOCATION.
func (a *analysis) township56(k int) {
	n := len(a.toks)
	p := k - 1
	if p < 0 || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(p) || a.toks[p].shape != shTitle || a.lexOf(p)&(lxStop|lxLabel|lxMonth|lxTitle) != 0 || a.claimedAt(p) {
		return
	}
	if q := k + 1; q < n && !a.toks[q].nl && a.toks[q].gap == 1 && a.capShape(q) {
		return
	}
	a.add(int(a.toks[p].s), int(a.toks[k].e), TypeLocation, 0.75, pLocStrong)
}

// speakerTurn56 reads a transcript's turn on the line opened by token k:
// a speaker's label of one to three words and its colon ("TC:",
// "SOLICITANTE:", "Call-taker:"), a name in brackets after it ("MÉDICO
// REGULADOR (Dr. Ítalo Barreto):"). It returns the token after the colon
// and the label's end, or -1.
func (a *analysis) speakerTurn56(k int) (int, int) {
	n := len(a.toks)
	paren := false
	for c := k + 1; c < n && (c <= k+3 || paren && c <= k+10); c++ {
		if a.toks[c].nl {
			return -1, 0
		}
		if a.isPunct(c, ":") {
			if a.toks[c].gap != 0 || c+1 >= n || a.toks[c+1].nl {
				return -1, 0
			}
			return c + 1, int(a.toks[c-1].e)
		}
		if a.isPunct(c, "(") {
			paren = true
			continue
		}
		if !a.isWord(c) && !a.isPunct(c, "-") && !(paren && (a.isPunct(c, ".") || a.isPunct(c, ")"))) {
			return -1, 0
		}
	}
	return -1, 0
}

// nameQuestion56: the turn from token b asks a name ("what's your
// name?", "qual seu nome?", "nome dele e idade?", "como ela se
// chama?"), or asks for the next ("and yours?", "e o seu?") when
// follow is set: a question mark on its line and one of those words.
func (a *analysis) nameQuestion56(b int, follow bool) bool {
	n := len(a.toks)
	asked, q, words := false, false, 0
	for j := b; j < n && (j == b || !a.toks[j].nl); j++ {
		if a.isPunct(j, "?") {
			q = true
			continue
		}
		if !a.isWord(j) {
			continue
		}
		words++
		switch a.folded(j) {
		case "name", "nome", "chama", "chamam":
			asked = true
		case "yours", "seu", "sua", "o":
			if follow {
				asked = asked || a.folded(j) != "o"
			}
		}
	}
	return q && asked && (!follow || words <= 5)
}

// answerLeads56 open an answer before the name it gives ("it's …", "my
// name is …", "meu nome é …", "um, …").
var answerLeads56 = set(`um uh ah eh oh hm hmm er it its s this is i m im my name names meu minha nome e sou aqui his her he she ele ela dele dela the`)

// answerNot56 are answers that give no name.
var answerNot56 = set(`yes no yeah yep nope ok okay sure sim nao ta unknown desconhecido sei know idk dunno sorry desculpa what oi hello alo`)

// nameAnswers56 reads the name a caller gives in a call's transcript
// when the other side asked it on the turn before ("CT: What's your
// name?⏎C: tasha", "TARM: nome dele e idade?⏎SOLICITANTE: severino...
// severino ramos de lima, noventa e um anos."): the words of the
// answer up to their punctuation, one or two such groups ("Summer.
// Summer Gallardo."), in any case; then the given name met again as
// the other side addresses the caller ("TC: Tasha, is there …"). NAME.
func (a *analysis) nameAnswers56() {
	type turn struct{ line, body, labelEnd int }
	var buf [64]turn
	turns := buf[:0]
	for _, p := range a.lineStarts {
		k := int(p)
		if !a.isWord(k) {
			continue
		}
		if b, le := a.speakerTurn56(k); b > 0 && len(turns) < len(buf) {
			turns = append(turns, turn{k, b, le})
		}
	}
	if len(turns) < 2 {
		return
	}
	speaker := func(t turn) string { return a.text[a.toks[t.line].s:t.labelEnd] }
	var given [4]string
	ng := 0
	prevAsked := -1
	for x := 0; x+1 < len(turns); x++ {
		t, u := turns[x], turns[x+1]
		asked := a.nameQuestion56(t.body, false)
		if !asked && prevAsked >= 0 && x-prevAsked == 2 && speaker(turns[prevAsked]) == speaker(t) {
			asked = a.nameQuestion56(t.body, true)
		}
		if !asked || speaker(t) == speaker(u) {
			continue
		}
		prevAsked = x
		if f := a.nameAnswer56(u.body); f != "" && ng < len(given) {
			given[ng] = f
			ng++
		}
	}
	// the given name addressed at the start of the other side's turn
	for g := 0; g < ng; g++ {
		for _, t := range turns {
			k := t.body
			if k+1 < len(a.toks) && a.isWord(k) && a.folded(k) == given[g] && a.isPunct(k+1, ",") && !a.claimedAt(k) {
				a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
			}
		}
	}
}

// nameAnswer56 reads the answer from token b (see nameAnswers56) and
// returns the first word's folded form ("" if none).
func (a *analysis) nameAnswer56(b int) string {
	n := len(a.toks)
	k := b
	for k < n && k < b+5 && (k == b || !a.toks[k].nl) && (a.isWord(k) && a.toks[k].shape != shSingle && answerLeads56[a.folded(k)] || a.isPunct(k, "'") || a.isPunct(k, "’") || a.isPunct(k, ",")) {
		k++
	}
	if k >= n || k > b && a.toks[k].nl {
		return ""
	}
	first := ""
	for seg := 0; seg < 2 && k < n; seg++ {
		s, words, proper := k, 0, false
		for k < n && (k == s && (seg == 0 || !a.toks[k].nl) || !a.toks[k].nl && a.toks[k].gap <= 1) && a.isWord(k) {
			x := a.lexOf(k)
			f := a.folded(k)
			if answerNot56[f] || x&(lxStop|lxMonth|lxCred) != 0 && x&lxParticle == 0 || a.toks[k].e-a.toks[k].s < 2 {
				return first
			}
			if x&lxParticle != 0 && (k == s || k+1 >= n || !a.isWord(k+1)) {
				return first
			}
			if x&(lxGiven|lxName) != 0 || x&(lxCommon|lxMedical) == 0 || a.capShape(k) {
				proper = true
			}
			words++
			k++
			// (a hyphen inside a name: "Chen-Baker")
			if k+1 < n && a.isPunct(k, "-") && a.toks[k].gap == 0 && a.toks[k+1].gap == 0 && a.isWord(k+1) {
				k++
			}
		}
		if words == 0 || words > 5 || !proper {
			return first
		}
		// (the group closes at punctuation or the line's end)
		if k < n && !a.toks[k].nl && a.toks[k].kind != kPunct {
			return first
		}
		if !a.claimedAt(s) {
			a.add(int(a.toks[s].s), int(a.toks[k-1].e), TypeName, 0.75, pName)
		}
		if first == "" {
			first = a.folded(s)
		}
		// the next group after its punctuation ("vitória... vitória
		// santos", "Summer. Summer Gallardo.")
		for k < n && !a.toks[k].nl && a.toks[k].kind == kPunct && (a.isPunct(k, ".") || a.isPunct(k, "…")) {
			k++
		}
		if k >= n || a.toks[k].nl || k > 0 && a.toks[k-1].kind != kPunct {
			break
		}
	}
	return first
}

// tagCode56 reads a tag's or a card's code at token k: capitals (parts
// of up to four letters, or capitals and digits: "SF24") joined by
// hyphens before a number of three digits or more ("BA-SUD-118",
// "SV-1188"), or two to four capitals glued to three to six digits
// ("DY0311"). It returns the token after it and its key (the letters
// and the number's length), or -1.
func (a *analysis) tagCode56(k int) (int, string) {
	n := len(a.toks)
	t := a.toks[k]
	if t.kind == kAlnum {
		v := a.tokText(k)
		l := 0
		for l < len(v) && isASCIIUpper(v[l]) {
			l++
		}
		d := len(v) - l
		if l < 2 || l > 4 || d < 3 || d > 6 || !allDigits(v[l:]) {
			if k+1 >= n || !a.isPunct(k+1, "-") {
				return -1, ""
			}
		} else {
			return k + 1, v[:l] + string(rune('0'+d))
		}
	}
	j := k
	for j+1 < n && (a.isWord(j) && a.toks[j].shape == shUpper && a.toks[j].e-a.toks[j].s <= 4 || a.toks[j].kind == kAlnum && a.toks[j].e-a.toks[j].s <= 5 && isASCIIUpper(a.text[a.toks[j].s])) &&
		a.isPunct(j+1, "-") && a.toks[j+1].gap == 0 && (j == k || a.toks[j].gap == 0) && a.cue(j)&cuBed == 0 {
		j += 2
	}
	if j == k || j >= n || a.toks[j].kind != kNum || a.toks[j].gap != 0 {
		return -1, ""
	}
	v := a.tokText(j)
	if len(v) < 3 || len(v) > 8 {
		return -1, ""
	}
	return j + 1, a.text[t.s:a.toks[j].s] + string(rune('0'+len(v)))
}

// yearTag56: the code [s, e) ends in a year's number ("FY-2024"), which
// a sibling's other year does not make a tag.
func (a *analysis) yearTag56(e int) bool {
	v := a.tokText(e - 1)
	return len(v) == 4 && (v[:2] == "19" || v[:2] == "20")
}

// cellBound56: token k (a cell's first or the token after its last, at
// open) stands at a cell's border: a line's start or end, a wide gap or
// a pipe.
func (a *analysis) cellBound56(k int, open bool) bool {
	n := len(a.toks)
	if k >= n {
		return true
	}
	t := a.toks[k]
	if t.nl || t.gap >= 2 {
		return true
	}
	if open {
		return k > 0 && a.isPunct(k-1, "|")
	}
	return a.isPunct(k, "|")
}

// tagColumns56 marks the tags and cards of a table of victims or
// patients, a code in a cell of its own that another cell of the note
// repeats with other digits ("BA-SUD-118 | VERMELHO | …", "DY0311   RED
// …", "… 45a   SV-1188   Hospital …"); and a card's number of digits
// alone opening the rows under a header of cards ("Cartão nº   Cor
// …⏎0041   vermelho …"). ID.
func (a *analysis) tagColumns56() {
	type tag struct {
		s, e    int
		key     string
		claimed bool
	}
	var buf [48]tag
	tags := buf[:0]
	try := func(k int) {
		if !a.cellBound56(k, true) {
			return
		}
		e, key := a.tagCode56(k)
		if e < 0 || !a.cellBound56(e, false) || len(tags) == len(buf) {
			return
		}
		tags = append(tags, tag{k, e, key, a.claimedAt(k)})
	}
	text := a.text
	if a.hasPunct('-') {
		for _, hi := range a.classToks('-') {
			h := int(hi)
			// (bytes first: a capital or a digit glued on each side)
			if s := int(a.toks[h].s); s < 2 || s+1 >= len(text) || !isASCIIUpper(text[s-1]) && !isDigit(text[s-1]) || !isASCIIUpper(text[s+1]) && !isDigit(text[s+1]) {
				continue
			}
			// (the code's first part: the token before the first hyphen)
			if h < 1 || a.toks[h].gap != 0 || h >= 2 && a.isPunct(h-2, "-") && a.toks[h-1].gap == 0 {
				continue
			}
			if t := a.toks[h-1]; (t.kind == kWord && t.shape == shUpper || t.kind == kAlnum && isASCIIUpper(a.text[t.s])) && h+1 < len(a.toks) && a.toks[h+1].gap == 0 {
				try(h - 1)
			}
		}
	}
	for _, ki := range a.classToks(tcAlnum) {
		k := int(ki)
		// (bytes first: two capitals open it)
		if s := a.toks[k].s; !isASCIIUpper(text[s]) || !isASCIIUpper(text[s+1]) {
			continue
		}
		if k+1 < len(a.toks) && a.isPunct(k+1, "-") && a.toks[k+1].gap == 0 || k > 0 && a.isPunct(k-1, "-") && a.toks[k].gap == 0 {
			continue // (read from its hyphen, or a code's part)
		}
		try(k)
	}
	for x, t := range tags {
		if t.claimed {
			continue
		}
		for y, u := range tags {
			if y != x && u.key == t.key && a.text[a.toks[u.s].s:a.toks[u.e-1].e] != a.text[a.toks[t.s].s:a.toks[t.e-1].e] && (!a.yearTag56(t.e) || !a.yearTag56(u.e)) {
				a.add(int(a.toks[t.s].s), int(a.toks[t.e-1].e), TypeID, 0.7, pGenericID)
				break
			}
		}
	}
}

// cardWords56 head a table's column of cards or tags (trigger words,
// words56).
var cardWords56 = set(`cartao cartoes card cards tag tags pulseira`)

// cardNumbers56 reads the cards' numbers of digits alone that open the
// rows of a table under a header whose first cell names cards ("Cartão
// nº    Cor    Nome⏎0041    vermelho    …"): a zero first, three to six
// digits, a wide gap after, two rows at least. ID.
func (a *analysis) cardNumbers56() {
	n := len(a.toks)
	rows := 0
	for li, p := range a.lineStarts {
		k := int(p)
		if a.toks[k].kind != kNum || a.text[a.toks[k].s] != '0' || k+1 >= n || a.toks[k+1].nl || a.toks[k+1].gap < 2 {
			rows = 0
			continue
		}
		if d := a.toks[k].e - a.toks[k].s; d < 3 || d > 6 {
			rows = 0
			continue
		}
		if rows == 0 {
			// the header: the line before, its first cell naming cards
			if li == 0 || !a.isWord(int(a.lineStarts[li-1])) || !cardWords56[a.folded(int(a.lineStarts[li-1]))] {
				continue
			}
			// (and the next row of the same shape)
			if li+1 >= len(a.lineStarts) {
				continue
			}
			m := int(a.lineStarts[li+1])
			if a.toks[m].kind != kNum || a.toks[m].e-a.toks[m].s != a.toks[k].e-a.toks[k].s {
				continue
			}
		}
		rows++
		if !a.claimedAt(k) {
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeID, 0.7, pGenericID)
		}
	}
}

// lowerStreet56 reads a street a caller names with its type in lower
// case and its name capitalised or after a particle, its number after a
// comma and its unit ("rua Direta do Uruguai, 88", "rua do Futuro, 77,
// apartamento 1202"; lowerStreet55 reads those all in lower case and
// without the comma). ADDRESS.
func (a *analysis) lowerStreet56(k int) {
	n := len(a.toks)
	q := k + 1
	words, caps := 0, 0
	for q < n && q-k <= 6 && a.isWord(q) && !a.toks[q].nl && a.toks[q].gap == 1 && (a.lexOf(q)&(lxStop|lxMonth) == 0 || a.lexOf(q)&lxParticle != 0) {
		if a.lexOf(q)&lxParticle == 0 {
			words++
			if a.capShape(q) {
				caps++
			}
		}
		q++
	}
	if words == 0 || words > 4 || a.lexOf(q-1)&lxParticle != 0 {
		return
	}
	comma := q < n && a.isPunct(q, ",") && a.toks[q].gap == 0
	if comma {
		q++
	}
	if caps == 0 && !comma || q >= n || a.toks[q].kind != kNum || a.toks[q].nl || a.toks[q].gap != 1 || a.toks[q].e-a.toks[q].s > 5 {
		return
	}
	e := q
	if u := q + 2; u+1 < n && a.isPunct(q+1, ",") && a.toks[q+1].gap == 0 && a.isWord(u) && unitWords42[a.folded(u)] && !a.toks[u].nl && a.toks[u+1].kind == kNum && a.toks[u+1].gap == 1 && !a.toks[u+1].nl {
		e = u + 1
	}
	a.add(int(a.toks[k].s), int(a.toks[e].e), TypeAddress, 0.75, pAddress)
}

// policeDepartment56 reads a town's police or fire department by its
// name, where a rule read the town as a given name ("EUGENE POLICE
// DEPARTMENT"): one to three capitalised words before "Police
// Department", "Fire Department", "Sheriff's Department".
// ORGANIZATION.
func (a *analysis) policeDepartment56(k int) {
	h := k - 1
	if h < 1 || a.toks[k].nl || !a.isWord(h) {
		return
	}
	switch a.folded(h) {
	case "police", "fire", "sheriff", "sheriffs":
	default:
		return
	}
	l := h
	for l > 0 && h-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxLabel|lxMonth|lxTitle) == 0 {
		l--
	}
	if l == h || a.candAt(int(a.toks[l].s), TypeOrganization) >= 0 {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// candWalk56 walks the candidates once for the rules that read one: a
// service in capitals after an organisation (orgCaseTail56), a
// sentence in capitals before one (orgPreposition56), an organisation
// in capitals on an address's line (capsOrgAddress56).
func (a *analysis) candWalk56() {
	text := a.text
	for ci := range a.cands {
		c := a.cands[ci]
		if c.e-c.s < 5 {
			continue
		}
		// (bytes and the type's length first: ORGANIZATION, ADDRESS)
		switch len(c.typ) {
		case 12:
			// a capital and a small letter open it, two capitals close it
			if c.e-c.s >= 12 && isASCIIUpper(text[c.e-1]) && isASCIIUpper(text[c.e-2]) && isASCIIUpper(text[c.s]) && c.typ == TypeOrganization {
				if !isASCIIUpper(text[c.s+1]) {
					a.orgCaseTail56(c)
				} else if c.e-c.s >= 20 {
					a.orgPreposition56(c)
				}
			}
		case 7:
			// a digit opens it after a blank
			if c.s >= 4 && isDigit(text[c.s]) && (text[c.s-1] == ' ' || text[c.s-1] == '\n') && c.typ == TypeAddress {
				a.capsOrgAddress56(c)
			}
		}
	}
}

// orgCaseTail56 cuts off an organisation in title case the service
// named after it in capitals ("Children's Minnesota NEONATAL TRANSPORT
// TEAM", "OSF HealthCare TRANSFER CENTER"): two words in capitals or
// more, every one a common word, after a word in title case; the
// service names no one (a code region, which cuts the organisation).
func (a *analysis) orgCaseTail56(c cand) {
	k, ok := a.tokenAt(c.s)
	if !ok {
		return
	}
	e := a.firstTokenFrom(c.e)
	// the first word in capitals after one in title case
	u := -1
	for j := k + 1; j < e; j++ {
		if a.isWord(j) && a.toks[j].shape == shUpper && a.isWord(j-1) && (a.toks[j-1].shape == shTitle || a.toks[j-1].shape == shMixed) {
			u = j
			break
		}
	}
	if u < 0 || e-u < 2 {
		return
	}
	ok = true
	for j := u; j < e && ok; j++ {
		ok = a.isWord(j) && a.toks[j].shape == shUpper && a.toks[j].e-a.toks[j].s >= 3 && a.lexOf(j)&lxCommon != 0 && a.lexOf(j)&(lxPlace|lxRegion|lxGiven) == 0
	}
	if ok {
		a.codes43 = append(a.codes43, [2]int{int(a.toks[u].s), c.e})
	}
}

// formNumber56 makes code regions of a federal form's number and its
// revision's date ("CMS-1500 (02/12)", "CMS-484", "… COMMITTEE (NUCC)
// 02/12"): they name no one.
func (a *analysis) formNumber56(k int) {
	n := len(a.toks)
	e := k
	if a.folded(k) == "cms" {
		if k+2 >= n || !a.isPunct(k+1, "-") || a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 || a.toks[k+2].kind != kNum {
			return
		}
		e = k + 2
	} else if k+1 < n && a.isPunct(k+1, ")") && a.toks[k+1].gap == 0 {
		e = k + 1
	}
	// the revision: "(02/12)" or "02/12"
	q := e + 1
	paren := q < n && a.isPunct(q, "(") && !a.toks[q].nl
	if paren {
		q++
	}
	end := a.toks[e].e
	if q+2 < n && !a.toks[q].nl && a.toks[q].kind == kNum && a.toks[q].e-a.toks[q].s == 2 && a.isPunct(q+1, "/") && a.toks[q+2].kind == kNum && a.toks[q+2].e-a.toks[q+2].s == 2 &&
		a.toks[q+1].gap == 0 && a.toks[q+2].gap == 0 && (!paren || q+3 < n && a.isPunct(q+3, ")")) {
		end = a.toks[q+2].e
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(end)})
}

// hcpcsCodes56 makes code regions of the procedure and supply codes of
// a claim or an order (HCPCS level II: a letter and four digits,
// "E0601", "J1885", "K0823"), in a note that names the codes' system, a
// plan or a supplier: no identifier, and the word after one opens no
// name ("K0823 Power wheelchair").
func (a *analysis) hcpcsCodes56() {
	n := len(a.toks)
	for _, ki := range a.classToks(tcAlnum) {
		k := int(ki)
		v := a.tokText(k)
		if len(v) != 5 || v[0] < 'A' || v[0] > 'V' || !allDigits(v[1:]) {
			continue
		}
		e := a.toks[k].e
		// (and a capitalised common word after it: "Power wheelchair")
		if q := k + 1; q < n && !a.toks[q].nl && a.toks[q].gap == 1 && a.isWord(q) && a.toks[q].shape == shTitle && a.lexOf(q)&lxCommon != 0 && a.lexOf(q)&(lxPlace|lxGiven) == 0 {
			e = a.toks[q].e
		}
		a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(e)})
	}
}

// checkboxNear56: word k is an option of a form's checkboxes ("[ ]
// TRICARE", "TRICARE [ ]"): a bracket next to it.
func (a *analysis) checkboxNear56(k int) bool {
	n := len(a.toks)
	return k > 0 && a.isPunct(k-1, "]") && !a.toks[k].nl || k+1 < n && a.isPunct(k+1, "[") && !a.toks[k+1].nl
}

// colours56 name a care team by a colour ("equipe Verde", "Equipe:
// Azul").
var colours56 = set(`verde azul amarela amarelo vermelha vermelho branca branco laranja rosa lilas roxa roxo cinza marrom preta`)

// teamColour56 makes a region of the colour that names a family health
// team after "equipe" ("USF Alto do Cabrito - equipe Verde", "Equipe :
// Azul"): no name.
func (a *analysis) teamColour56(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isPunct(q, ":") && !a.toks[q].nl {
		q++
	}
	if q < n && !a.toks[q].nl && a.isWord(q) && a.capShape(q) && colours56[a.folded(q)] {
		a.regions = append(a.regions, [2]int{int(a.toks[q].s), int(a.toks[q].e)})
	}
}

// labelledCode56 makes a code region of a national table's code after
// its label: an occupation's code ("Código CBO: 225124", "CBO 225125")
// and, after a table's number, a procedure's ("Tabela 22 … Código:
// 41001052", the TUSS, when tabled is set).
func (a *analysis) labelledCode56(k int, tabled bool) {
	n := len(a.toks)
	q := k + 1
	if tabled {
		// "Tabela 22", then "Código:" on the line
		if q >= n || a.toks[q].kind != kNum || a.toks[q].nl {
			return
		}
		for q++; q < n && q < k+12 && !a.toks[q].nl; q++ {
			if a.isWord(q) && a.folded(q) == "codigo" {
				break
			}
		}
		if q >= n || q >= k+12 || a.toks[q].nl {
			return
		}
		q++
	}
	if q < n && a.isPunct(q, ":") && !a.toks[q].nl {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].kind != kNum || a.toks[q].gap > 2 {
		return
	}
	if d := a.toks[q].e - a.toks[q].s; d != 6 && !(tabled && d == 8) {
		return
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[q].s), int(a.toks[q].e)})
}

// nationalPhrases56 are national bodies, programmes, documents and legal
// kinds in Portuguese that name no one, by their first word: "Instituto
// Nacional do Seguro Social", "Sistema Único de Saúde", "República
// Federativa do Brasil", "Cartão Nacional de Saúde", "Agência Nacional
// de Saúde Suplementar", a benefit's "Pessoa com Deficiência", an
// insurer's legal kind ("Operadora de Planos de Assistência à Saúde"),
// a form's "Sem informação", a poison centre's kind ("Centro de
// Informação e Assistência Toxicológica"); not where a place follows
// ("… Toxicológica da Bahia").
var nationalPhrases56 = map[string][]string{
	"instituto": {"nacional do seguro social"},
	"sistema":   {"unico de saude"},
	"republica": {"federativa do brasil"},
	"cartao":    {"nacional de saude"},
	"agencia":   {"nacional de saude suplementar", "nacional de vigilancia sanitaria"},
	"pessoa":    {"com deficiencia", "idosa"},
	"operadora": {"de planos de assistencia a saude", "de plano de saude", "de planos de saude"},
	"sem":       {"informacao"},
	"centro":    {"de informacao e assistencia toxicologica"},
}

// nationalBody56 makes a region of a national phrase opening at k
// (nationalPhrases56): the names, places and organisations read in it
// are dropped.
func (a *analysis) nationalBody56(k int) {
	n := len(a.toks)
	for _, ph := range nationalPhrases56[a.folded(k)] {
		q := k + 1
		ok := true
		for _, w := range strings.Fields(ph) {
			if q >= n || !a.isWord(q) || a.folded(q) != w || a.toks[q].nl {
				ok = false
				break
			}
			q++
		}
		if ok && !(q < n && a.isWord(q) && !a.toks[q].nl && orgConnector(a.folded(q))) {
			a.regions = append(a.regions, [2]int{int(a.toks[k].s), int(a.toks[q-1].e)})
			return
		}
	}
}

// claimFields56 label a person's name in a claim's field without a
// colon ("8 PATIENT Rose, Jordan T", "17 DK PATEL, SUNIL", "2 PATIENT:
// PAGE, LUCINDA MAE").
var claimFields56 = set(`patient insured resident subscriber beneficiary enrollee member attending referring operating dk dn dq`)

// claimNames56 reads the names of a claim form written as "SURNAME,
// GIVEN" after a field's word without its colon ("8 PATIENT Rose,
// Jordan T", "17 DK PATEL, SUNIL") and with a middle name after the
// given one ("PAGE, LUCINDA MAE"). NAME.
func (a *analysis) claimNames56() {
	n := len(a.toks)
	wide := int16(a.wide53())
	for _, ci := range a.classToks(',') {
		c := int(ci)
		// (bytes first: a capital after the comma's blanks)
		if e := int(a.toks[c].e); e+2 >= len(a.text) || a.text[e] != ' ' || !isASCIIUpper(a.text[e+1]) && !(a.text[e+1] == ' ' && isASCIIUpper(a.text[e+2])) {
			continue
		}
		if c < 2 || c+1 >= n || a.toks[c+1].nl || a.toks[c].gap > wide-1 || a.toks[c+1].gap > wide {
			continue
		}
		s, g := c-1, c+1
		if !a.isWord(s) || !a.isWord(g) || a.toks[s].nl || a.toks[s].shape != shUpper && a.toks[s].shape != shTitle || a.toks[g].shape != a.toks[s].shape && !(a.toks[g].shape == shTitle && a.toks[s].shape == shUpper) {
			continue
		}
		l := s - 1
		if a.isPunct(l, ":") && a.toks[l].gap == 0 {
			l-- // ("2. PATIENT: PAGE, LUCINDA MAE")
		}
		if !a.isWord(l) || a.toks[l].shape != shUpper || a.toks[s].gap < 1 || !claimFields56[a.folded(l)] || a.lexOf(s)&(lxStop|lxCred|lxMonth) != 0 || a.lexOf(g)&(lxStop|lxCred|lxMonth) != 0 && a.lexOf(g)&lxGiven == 0 {
			continue
		}
		if x := a.lexOf(s); x&(lxCommon|lxMedical) != 0 && x&(lxName|lxGiven) == 0 {
			continue // ("ATTENDING PHYSICIAN, …")
		}
		// the given name, a middle name or an initial, then the field's end
		e := g + 1
		if e < n && !a.toks[e].nl && a.toks[e].gap <= wide && a.isWord(e) && (a.toks[e].shape == shSingle || a.toks[e].shape == a.toks[g].shape && a.lexOf(e)&(lxGiven|lxName) != 0) {
			e++
		}
		if e < n && !a.toks[e].nl && a.toks[e].gap < 2 && !a.spacedDash(e) {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.85, pLabeled)
	}
}

// lastFirst56 reads the attending's name in a UB-04's field "LAST
// OYELARAN   FIRST FOLAKE". NAME.
func (a *analysis) lastFirst56(k int) {
	n := len(a.toks)
	q := k + 1
	if q+1 >= n || a.toks[q].nl || !a.isWord(q) || a.toks[q].shape != shUpper || a.tokText(q+1) != "FIRST" || a.toks[q+1].nl || !a.isWord(q+2) || a.toks[q+2].shape != shUpper || a.toks[q+2].nl {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[q].e), TypeName, 0.85, pLabeled)
	a.add(int(a.toks[q+2].s), int(a.toks[q+2].e), TypeName, 0.85, pLabeled)
}

// visitWords56 name what a date without its year dates ("the 4/11
// visit").
var visitWords56 = set(`visit visits appointment appt encounter note admission surgery procedure dos session`)

// visitDates56 reads a month and a day without the year before a
// visit's word ("Can you addend the 4/11 visit?"): "the", a month and a
// day, the word. DATE.
func (a *analysis) visitDates56() {
	n := len(a.toks)
	text := a.text
	for _, si := range a.classToks('/') {
		x := int(si)
		m, d := x-1, x+1
		// (bytes first: "the " before the month)
		if s := int(a.toks[x].s); s < 6 || text[s-1] < '0' || text[s-1] > '9' || text[s-2] != ' ' && text[s-3] != ' ' {
			continue
		}
		if m < 1 || d+1 >= n || a.toks[x].gap != 0 || a.toks[d].gap != 0 || a.toks[m].kind != kNum || a.toks[d].kind != kNum || a.toks[m-1].e-a.toks[m-1].s != 3 {
			continue
		}
		mv, dv := a.tokText(m), a.tokText(d)
		if len(mv) > 2 || len(dv) > 2 || mv == "0" || dv == "0" || len(mv) == 2 && mv > "12" || len(dv) == 2 && dv > "31" {
			continue
		}
		if !a.isWord(m-1) || a.folded(m-1) != "the" || !a.isWord(d+1) || a.toks[d+1].gap != 1 || !visitWords56[a.folded(d+1)] || a.claimedAt(m) {
			continue
		}
		a.add(int(a.toks[m].s), int(a.toks[d].e), TypeDate, 0.8, pDate)
	}
}

// formItems56 reads the name after a label that follows a form's
// lettered or numbered item ("B. Patient Name: Bill Hope", "I.
// Signature: …"; detectNames reads labels at a line's or a field's
// start, nameLabelAt after the item's mark: itemMark56).
func (a *analysis) formItems56() {
	n := len(a.toks)
	for _, p := range a.lineStarts {
		i := int(p) + 2
		// (bytes first: a dot and a blank after a mark of one to three
		// bytes)
		if t := a.toks[p]; t.e-t.s > 3 || int(t.e)+1 >= len(a.text) || a.text[t.e] != '.' || a.text[t.e+1] != ' ' {
			continue
		}
		if i >= n || !a.itemMark56(i) || !a.isWord(i) || a.claimedAt(i) {
			continue
		}
		if le, ok := a.nameLabelAt(i); ok {
			a.captureLabeledName(le)
		}
	}
}

// itemMark56: token i opens a form's field after the item's mark that
// opens its line ("B. Patient Name:", "17. Referring provider:", "24A.
// …"): a letter, a number or both, and a dot.
func (a *analysis) itemMark56(i int) bool {
	m := i - 2
	if m < 0 || !a.isPunct(i-1, ".") || a.toks[i-1].gap != 0 || a.toks[i].gap == 0 || !(m == 0 || a.toks[m].nl) {
		return false
	}
	t := a.toks[m]
	return t.e-t.s <= 3 && (t.kind == kNum || t.kind == kAlnum || t.shape == shSingle)
}

// deptWords56 name a clinic by what it treats, with deptWords54
// ("Addiction Medicine Clinic", "Memory Disorders Clinic"): a name made
// of them only names no organisation (genericOrg44).
var deptWords56 = set(`addiction memory disorders disorder sleep headache bariatric`)

// regulationCentre56 reads a medical regulation centre named by its
// qualifier and its town ("Central de Regulação Médica de Manaus"): the
// kind alone ("Central de Regulação de Leitos") names none, and the
// town right after it is read alone ("Central de Regulação de
// Londrina"). ORGANIZATION.
func (a *analysis) regulationCentre56(k int) {
	n := len(a.toks)
	if k+3 >= n || !a.isWord(k+2) || a.folded(k+1) != "de" || a.folded(k+2) != "regulacao" || a.toks[k+1].nl || a.toks[k+2].nl || !a.isWord(k+3) || orgConnector(a.folded(k+3)) {
		return // (and its qualifier: "… Regulação Médica de Manaus"; the town right after names the service's place, "Central de Regulação de Londrina")
	}
	e := a.capRun53(k, a.wide53())
	l := e - 1
	if e-k > 10 || l < k+4 || !a.isWord(l) || a.toks[l].shape == shLower || a.lexOf(l)&(lxPlace|lxRegion) == 0 && a.raws[l]&lxRegionPrefix == 0 {
		return
	}
	// (the place after its connector: "… de Manaus"; or a place of two
	// words: "… de Porto Velho")
	if c := l - 1; !(a.isWord(c) && orgConnector(a.folded(c))) && !(a.isWord(c-1) && orgConnector(a.folded(c-1)) && a.capShape(c)) {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[l].e), TypeOrganization, 0.8, pOrg)
}

// capsOrgAddress56 reads the organisation a form names in capitals on
// its address's line before the comma ("33. RIVER BLUFFS AMBULANCE
// SERVICE, 210 E BROADWAY, ALTON IL") or on the line above it ("1
// WILLOW BEND NURSING & REHAB CTR⏎   902 N LIBERTY ST"): the words in
// capitals of the line up to its item's number, two to seven, one of
// them an organisation's head and one no department's or service's
// word. ORGANIZATION.
func (a *analysis) capsOrgAddress56(c cand) {
	n := len(a.toks)
	k, ok := a.tokenAt(c.s)
	if !ok || k < 2 || k >= n || a.toks[k].kind != kNum {
		return
	}
	e := -1
	switch {
	case a.isPunct(k-1, ",") && !a.toks[k].nl && a.toks[k-1].gap == 0:
		e = k - 2
	case a.toks[k].nl:
		e = k - 1
	}
	if e < 1 || !a.isWord(e) || a.toks[e].shape != shUpper {
		return
	}
	member := func(j int) bool {
		return j >= 0 && (a.isWord(j) && a.toks[j].shape == shUpper || a.isPunct(j, "&") && j < e)
	}
	l, words, head, proper := e, 0, false, false
	for {
		if a.isWord(l) {
			words++
			x := a.lexOf(l)
			if x&lxOrgHead != 0 {
				head = true
			} else if !a.deptWord44(l) && x&(lxStop|lxCred|lxMonth|lxRegion) == 0 {
				proper = true
			}
		}
		if a.isWord(l) && docTitleWords[a.folded(l)] {
			words = 0 // ("WORK STATUS REPORT")
			break
		}
		if a.toks[l].nl || l == 0 {
			break
		}
		if !member(l-1) || a.toks[l].gap > 2 {
			// (the run stops inside its line: only an item's number may
			// open the line, "33. …", "1  …")
			m := l - 1
			if a.isPunct(m, ".") && a.toks[m].gap == 0 {
				m--
			}
			if m < 0 || !(m == 0 || a.toks[m].nl) || a.toks[m].kind != kNum || a.toks[m].e-a.toks[m].s > 3 {
				words = 0
			}
			break
		}
		l--
	}
	if words < 2 || words > 7 || !head || !proper || a.candAt(int(a.toks[l].s), TypeOrganization) >= 0 {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[e].e), TypeOrganization, 0.8, pOrg)
}

// orgPreposition56 cuts off an organisation in capitals the words of
// its sentence before a preposition ("PT ARRIVED BY TRANSFER FROM
// LAKEWOOD URGENT CARE" is "LAKEWOOD URGENT CARE"): they name no one (a
// code region, which cuts the organisation).
func (a *analysis) orgPreposition56(c cand) {
	k, ok := a.tokenAt(c.s)
	if !ok {
		return
	}
	e := a.firstTokenFrom(c.e)
	for j := k + 1; j < e-1; j++ {
		if !a.isWord(j) || a.toks[j].shape != shUpper {
			continue
		}
		switch a.tokText(j) {
		case "FROM", "TO", "VIA":
			a.codes43 = append(a.codes43, [2]int{c.s, int(a.toks[j].e)})
			return
		}
	}
}

// orgAfterColon56 reads an organisation in capitals after a field's
// colon that a name's label read as a name ("Nome do estabelecimento
// solicitante: HOSPITAL REGIONAL DE JUAZEIRO"): a prefix head in
// capitals (Hospital, Clínica, UPA …) and the capitalised words after
// it. ORGANIZATION, over the name.
func (a *analysis) orgAfterColon56() {
	n := len(a.toks)
	for _, ci := range a.classToks(':') {
		k := int(ci) + 1
		if k+1 >= n || a.toks[k].nl || a.toks[k].shape != shUpper || a.cue(k)&cuOrgPrefix == 0 || a.toks[k].kind != kWord || a.toks[k+1].nl || a.toks[k+1].shape != shUpper {
			continue
		}
		// (its head may be a label's word too: "HOSPITAL")
		e := a.capRun53(k+1, a.wide53())
		if e-k < 2 || e-k > 8 || a.candAt(int(a.toks[k].s), TypeOrganization) >= 0 {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
	}
}
