package phi

import "strings"

// Round 57 rules: legal and insurance medical paperwork (medico-legal
// reports, personal-injury and workers' compensation claims, life and
// disability insurers' forms, independent examinations, subpoenas and
// depositions, records releases, police statements, laudos periciais,
// perícias do INSS, DPVAT claims), pharmacy and supplier records
// (dispensing labels and logs, compounding worksheets, controlled-drug
// registers, home ventilation, oxygen and DME deliveries, telemedicine
// logs and chats, e-prescriptions, receipts, notificações de receita,
// pharmacists' interventions) and dev-imitating notes.

// r57 is the kind of this round's trigger words (words57): they share
// r48Tail's bit, as rounds 50 to 56 do; detectTriggers57 tells them
// apart by the word.
const r57 = r48Tail

// words57 are this round's trigger words: the courts of Brazil's
// regions and sections and their numbered juizados and police districts
// ("Tribunal Regional do Trabalho da 3ª Região", "Seção Judiciária de
// Goiás", "2º Juizado Especial Federal de Londrina", "9º Distrito
// Policial - Vila Mariana"); "attn"; a legal paper's deponent; a
// courier's word; law firms' heads; corporate suffixes ("P.C.", ",
// LLC"); a supplier in apposition; a federal docket's kind ("cv", "cr");
// a policy's, a pathology report's, a notificação's, an invoice's and a
// user's numbers; a messaging standard; lots; workers' compensation
// boards; a vehicle's plate ("placa"); a chain's branch ("filial"); a
// device's serial; parcel carriers; relatives in Portuguese ("mãe do
// …"); SAMU; a community health agent (ACS); the issuers of an RG
// (rgIssuersList57).
var words57 = set(`tribunal juizado distrito secao attn deposition affidavit declaration testimony courier law advogados advocacia
	p llc inc supplier vendor cv cr policy anatomopatologico histopatologico citopatologico
	notif notificacao nf nfe usuario user ncpdp lot lote board commission placa filial sn serial ups usps dhl
	mae pai filho filha avo esposa marido neto neta tia tio irma irmao samu acs ` + rgIssuersList57)

// late57 runs this round's passes that read what the others found.
func (a *analysis) late57() {
	lots := false
	if a.has39(r57) {
		lots = a.detectTriggers57()
	}
	if a.has39(r49Court) {
		a.courtAddresses57()
	}
	if a.hasPunct('.') && len(a.lineStarts) >= 2 && strings.Contains(a.text, "Q.") {
		a.transcriptMarks57()
	}
	if a.hasPunct('-') {
		a.acronymDash57()
	}
	if a.hasPunct('=') {
		a.keyValueNames57()
	}
	if a.hasPunct('(') && a.hasPunct(':') && len(a.lineStarts) >= 2 {
		a.timedSenders57()
	}
	if a.en && a.hasPunct('\'') {
		a.kinPossessive57()
	}
	a.candPass57()
	if a.hasPunct('.') {
		a.icfCodes57()
	}
	if lots && a.hasPunct('|') && len(a.lineStarts) >= 3 {
		a.lotColumn57()
	}
	if a.pt && a.hasPunct(',') {
		a.productCodes57()
	}
}

// detectTriggers57 runs the rules of this round's trigger words
// (words57); it reports whether a lot's word in capitals or title case
// (a table's header for lotColumn57) is in the note.
func (a *analysis) detectTriggers57() (lots bool) {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r57 == 0 || k+1 >= n || !a.isWord(k) {
			continue
		}
		f := a.folded(k)
		if a.toks[k].shape == shLower && !lowerWord57(f) {
			continue
		}
		switch f {
		case "tribunal":
			if a.pt {
				a.regionalCourt57(k)
			}
		case "juizado":
			if a.pt && k > 0 && a.ordinalAt(k-1) {
				a.policeStation53(k)
			}
		case "distrito":
			if a.pt && k > 0 && a.ordinalAt(k-1) && a.isWord(k+1) && a.folded(k+1) == "policial" {
				a.policeStation53(k)
			}
		case "secao":
			if a.pt {
				a.judicialSection57(k)
			}
		case "attn":
			a.attnName57(k)
		case "deposition", "affidavit", "declaration", "testimony":
			if a.en {
				a.deponent57(k)
			}
		case "courier":
			if a.toks[k].shape == shTitle {
				a.roleOutOfName57(k)
			}
		case "law", "advogados", "advocacia":
			if a.toks[k].shape == shTitle && (f == "law") == a.en {
				a.lawFirm57(k)
			}
		case "p", "llc", "inc":
			if a.en && a.toks[k].shape != shLower {
				a.corpSuffix57(k)
			}
		case "supplier", "vendor":
			if a.en && a.toks[k].shape == shLower && a.isPunct(k+1, ",") {
				a.employerApposition53(k)
			}
		case "cv", "cr":
			if a.toks[k].shape == shLower {
				a.docketNumber57(k)
			}
		case "policy":
			if !a.isPunct(k+1, ":") && !a.isPunct(k+1, "#") {
				a.policyPrefix57(k)
			}
		case "anatomopatologico", "histopatologico", "citopatologico":
			if a.pt {
				a.reportPrefix57(k)
			}
		case "notif", "notificacao":
			if a.pt {
				a.notificationNumber57(k)
			}
		case "nf", "nfe":
			if a.pt && a.toks[k].shape == shUpper {
				a.invoiceNumber57(k)
			}
		case "usuario", "user":
			a.userNumber57(k)
		case "ncpdp":
			a.standardVersion57(k)
		case "lot", "lote":
			lots = lots || a.toks[k].shape != shLower
			if a.en && f == "lot" {
				a.lotCode57(k)
			}
		case "placa":
			a.vehicleModel57(k)
		case "mae", "pai", "filho", "filha", "avo", "esposa", "marido", "neto", "neta", "tia", "tio", "irma", "irmao":
			// "mãe do caio henrique" in a chat's line in lower case, in a note
			// that is not (the note's own rule reads it otherwise)
			if a.pt && a.toks[k].shape == shLower && k+2 < n && a.isWord(k+1) && (a.folded(k+1) == "do" || a.folded(k+1) == "da") && !a.toks[k+1].nl &&
				a.isWord(k+2) && a.toks[k+2].shape == shLower && a.lexOf(k+2)&lxGiven != 0 && a.toks[k+2].gap == 1 && (k+3 >= n || !a.isPunct(k+3, "-")) && !a.lowerNote() {
				a.lowerCuedAt(k, true)
			}
		case "acs":
			if a.pt && a.toks[k].shape == shUpper {
				a.agentName57(k)
			}
		case "samu":
			if a.pt && a.toks[k].shape == shUpper {
				a.samuRegion57(k)
			}
		case "ups", "usps", "dhl":
			// a parcel's carrier after the shipping's verb: "Shipped UPS
			// Next Day Air", "sent via USPS"
			if a.toks[k].shape == shUpper && k > 0 && a.isWord(k-1) && !a.toks[k].nl && shipCues57[a.folded(k-1)] && !a.claimedAt(k) {
				a.add(int(a.toks[k].s), int(a.toks[k].e), TypeOrganization, 0.75, pOrg)
			}
		case "sn", "serial":
			if a.en {
				a.deviceRow57(k)
			}
		case "filial":
			if a.pt && a.toks[k].shape == shLower {
				a.branchPlace57(k)
			}
		case "board", "commission":
			if a.en {
				a.compensationBoard57(k)
			}
		default:
			if a.pt && a.toks[k].shape == shUpper && rgIssuers57[f] {
				a.rgByIssuer57(k)
			}
		}
	}
	return lots
}

// lowerWord57: f is one of the trigger words read in lower case too
// (a switch: every round's trigger word in lower case asks it).
func lowerWord57(f string) bool {
	switch f {
	case "mae", "pai", "filho", "filha", "avo", "esposa", "marido", "neto", "neta", "tia", "tio", "irma", "irmao", "filial", "placa", "attn",
		"supplier", "vendor", "cv", "cr", "policy", "anatomopatologico", "histopatologico", "citopatologico", "notif", "notificacao",
		"usuario", "user", "lot":
		return true
	}
	return false
}

// captionIn57: a caption's "In the" opens the line before token l ("In
// the 57th Judicial District Court, Travis County, Texas").
func (a *analysis) captionIn57(l int) bool {
	return l >= 2 && a.isWord(l-1) && a.folded(l-1) == "the" && a.isWord(l-2) && a.folded(l-2) == "in" && (l == 2 || a.toks[l-2].nl) && !a.toks[l-1].nl && !a.toks[l].nl
}

// regionalCourt57 reads a Brazilian court named by its region or its
// state after "Tribunal" at k ("Tribunal Regional do Trabalho da 3ª
// Região", "TRIBUNAL REGIONAL FEDERAL DA 4ª REGIÃO", "Tribunal Regional
// Eleitoral de Goiás"): "Regional" after it, the capitalised words and
// connectors of the line, closed by "Região" or by a state. A court of
// the nation ("Tribunal Superior do Trabalho") names no place.
// ORGANIZATION.
func (a *analysis) regionalCourt57(k int) {
	n := len(a.toks)
	q := k + 1
	if a.toks[q].nl || !a.isWord(q) || a.folded(q) != "regional" {
		return
	}
	wide := a.wide53()
	e := q + 1
	last := -1
	for e < n && !a.toks[e].nl && int(a.toks[e].gap) <= wide && e-k < 12 {
		switch {
		case a.ordinalAt(e):
		case a.isWord(e) && a.toks[e].shape != shLower && a.lexOf(e)&lxLabel == 0:
			if f := a.folded(e); f == "regiao" || a.lexOf(e)&(lxRegion|lxRegionPrefix) != 0 {
				last = e
			}
		case a.isWord(e) && nameConnector53(a.folded(e)):
		default:
			e = n
			continue
		}
		e++
	}
	if last < 0 {
		return
	}
	// (a state of two words: "Rio Grande do Sul", "Mato Grosso")
	for last+1 < n && !a.toks[last+1].nl && a.isWord(last+1) && a.toks[last+1].shape != shLower && a.lexOf(last)&lxRegionPrefix != 0 && a.lexOf(last)&lxRegion == 0 {
		last++
	}
	a.add(int(a.toks[k].s), int(a.toks[last].e), TypeOrganization, 0.85, pOrg)
}

// judicialSection57 reads a federal court's section by its state after
// "Seção" at k ("Seção Judiciária de Goiás", "JUSTIÇA FEDERAL - SEÇÃO
// JUDICIÁRIA DE MINAS GERAIS"), with the federal court's name before its
// dash. ORGANIZATION.
func (a *analysis) judicialSection57(k int) {
	n := len(a.toks)
	q := k + 1
	if q+2 >= n || a.toks[q].nl || !a.isWord(q) || a.folded(q) != "judiciaria" || a.toks[q+1].nl || !a.isWord(q+1) {
		return
	}
	switch a.folded(q + 1) {
	case "de", "do", "da":
	default:
		return
	}
	s := q + 2
	if a.toks[s].nl || !a.isWord(s) || a.toks[s].shape == shLower || a.lexOf(s)&(lxRegion|lxRegionPrefix) == 0 {
		return
	}
	e := s + 1
	for e < n && e < s+4 && !a.toks[e].nl && a.isWord(e) && (a.toks[e].shape != shLower || nameConnector53(a.folded(e))) && a.lexOf(e-1)&lxRegion == 0 {
		e++
	}
	for e > s+1 && a.toks[e-1].shape == shLower {
		e--
	}
	b := k
	// ("Justiça Federal - " before it)
	if k >= 3 && a.spacedDash(k-1) && !a.toks[k-1].nl && !a.toks[k].nl && a.isWord(k-2) && a.folded(k-2) == "federal" && a.isWord(k-3) && a.folded(k-3) == "justica" && !a.toks[k-2].nl {
		b = k - 3
	}
	a.add(int(a.toks[b].s), int(a.toks[e-1].e), TypeOrganization, 0.85, pOrg)
}

// courtAddresses57 drops the street address a court's name looks like
// ("1   UNITED STATES DISTRICT COURT FOR …", a deposition's line number
// before a court that another rule reads): a number and words ending in
// "Court" after one of its kinds (courtKinds49) that an organisation
// covers.
func (a *analysis) courtAddresses57() {
	for ci := range a.cands {
		c := &a.cands[ci]
		if c.typ != TypeAddress {
			continue
		}
		k := a.tokAt(c.e) - 1
		if k < 2 || int(a.toks[k].e) != c.e || !a.isWord(k) || a.folded(k) != "court" || !a.isWord(k-1) || !courtKinds49[a.folded(k-1)] {
			continue
		}
		if o := a.candAt(int(a.toks[k].s), TypeOrganization); o >= 0 && a.cands[o].s <= int(a.toks[k-1].s) {
			c.score = 0
		}
	}
}

// medical57 are clinical words the lists lack, read as unknown
// capitalised words at a sentence's start or in a table: a creatinine
// clearance (CrCl), coagulation studies ("Coags"), arthroscopic
// repairs, a Pfannenstiel scar, a glucose meter's brand ("ACCU-CHEK"), a
// pulse oximeter's maker (Masimo), an angiography ("Angio-TC").
var medical57 = set(`crcl coags arthroscopic pfannenstiel accu chek masimo angio`)

// common57 are words the lists lack: an insurer's "Apólice" and
// "Imóvel financiado", the income tax's "Renda", an assignment's
// "Assignor".
var common57 = set(`apolice imovel renda assignor assignee`)

// stop57 are abbreviations that look like names: a prescription's "USO
// ORAL" header, Brazil's road-accident insurance (DPVAT), a lawyer's
// "Adv" after a chat sender's name, an assistant public defender (APD),
// a rule of criminal procedure ("Fla. R. Crim. P."), an acupuncturist's
// "Dipl. OM", a notificação's "Notif.", an app, the federal staff
// register (SIAPE: "Matrícula SIAPE 1234567" is the number alone), a CT
// scan in Portuguese ("por TC trifásica").
var stop57 = set(`uso dpvat adv apd crim dipl notif app siape tc`)

// nameLabels57 label a person's name on legal, insurance and delivery
// papers: a life insurance's applicant ("Proponente:"), a child's
// parent in a custody report ("Genitor:", "Genitora:"), a postman or a
// delivery person who received or brought something ("Carteiro:",
// "Entregador:").
var nameLabels57 = set(`proponente genitor genitora carteiro entregador entregadora`)

// labelQualifiers57 close a name's label of two or three words in title
// case after a post ("Perito Médico Federal:", "Médico Perito
// Judicial:").
var labelQualifiers57 = set(`federal estadual municipal judicial legista examinador examinadora`)

// wordNotName57 (captureLabeledName): the one word [i, j) after a name's
// label is a common word that opens something else: a label of its own
// ("received by Board: 02/02/2024") or a compound's first half ("RE:
// Time-limited demand").
func (a *analysis) wordNotName57(i, j int) bool {
	n := len(a.toks)
	if j+1 >= n || a.toks[j].gap != 0 || a.lexOf(i)&lxCommon == 0 || a.toks[j].nl {
		return false
	}
	if a.isPunct(j, ":") {
		return true
	}
	return a.isPunct(j, "-") && a.toks[j+1].gap == 0 && a.isWord(j+1) && a.toks[j+1].shape == shLower && a.lexOf(j+1)&lxCommon != 0
}

// transcriptMarks57 drops the names and organisations a deposition's
// question and answer marks open ("A. The EMS run sheet …" read as an
// initial before a name): "Q." and "A." opening lines (after a line's
// number), both in the note.
func (a *analysis) transcriptMarks57() {
	n := len(a.toks)
	var buf [32]int32
	marks := buf[:0]
	q, an := false, false
	for _, p := range a.lineStarts {
		k := int(p)
		if b := a.text[a.toks[k].s]; b != 'Q' && b != 'A' && !isDigit(b) {
			continue
		}
		if a.toks[k].kind == kNum && k+1 < n && !a.toks[k+1].nl {
			k++
		}
		if k+2 >= n || a.toks[k].shape != shSingle || !a.isPunct(k+1, ".") || a.toks[k+1].gap != 0 || a.toks[k+2].nl || a.toks[k+2].gap == 0 {
			continue
		}
		switch a.text[a.toks[k].s] {
		case 'Q':
			q = true
		case 'A':
			an = true
		default:
			continue
		}
		if len(marks) < len(buf) {
			marks = append(marks, int32(k))
		}
	}
	if !q || !an {
		return
	}
	for _, m := range marks {
		s := int(a.toks[m].s)
		for ci := range a.cands {
			if c := &a.cands[ci]; c.s == s && (c.typ == TypeName || c.typ == TypeOrganization || c.typ == TypeLocation) {
				c.score = 0
			}
		}
	}
}

// monthGiven57 reads a given name spelt like a month before its surname
// in a name's field ("Off-going: Jun Alcott, RN -> …", "May Ferreira,
// LPN"): the month in title case after a colon or opening its line
// before the name c (at index ci), and a credential after that name's
// comma. NAME.
func (a *analysis) monthGiven57(ci, i, e int) {
	k := i - 1
	if k < 0 || a.raws[k]&lxMonth == 0 || a.toks[k].shape != shTitle || a.lexOf(k)&(lxGiven|lxName) == 0 || a.toks[i].nl || a.toks[i].gap != 1 || a.toks[i].shape != shTitle || a.claimedAt(k) {
		return
	}
	if !(k == 0 || a.toks[k].nl || a.isPunct(k-1, ":")) || !a.credAfterComma57(e) {
		return
	}
	c := a.cands[ci]
	a.add(int(a.toks[k].s), c.e, TypeName, c.score, pName)
}

// credAfterComma57: a comma at token e and a credential after it.
func (a *analysis) credAfterComma57(e int) bool {
	return e+1 < len(a.toks) && a.isPunct(e, ",") && !a.toks[e+1].nl && a.isCredAt(e+1)
}

// attnName57 reads the person a fax or a letter is for after "attn:"
// ("…, attn: Greta.", "ATTN: Rosa Delgado"): one to three capitalised
// words, the first a given name that is no common word, closed by
// punctuation or the line's end. NAME.
func (a *analysis) attnName57(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isPunct(q, ":") && a.toks[q].gap == 0 {
		q++
	}
	if q >= n || q == k+1 && a.toks[q].gap > 2 || a.toks[q].nl || !a.isWord(q) || a.toks[q].shape != shTitle && a.toks[q].shape != shUpper || a.claimedAt(q) {
		return
	}
	if x := a.lexOf(q); x&lxGiven == 0 || x&(lxCommon|lxStop|lxMedical|lxMonth|lxOrgHead|lxPlace|lxRegion) != 0 {
		return
	}
	e := q + 1
	for e < n && e < q+3 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && a.toks[e].shape == a.toks[q].shape && a.lexOf(e)&(lxStop|lxMedical|lxOrgHead|lxCred|lxMonth) == 0 {
		e++
	}
	if e < n && !a.toks[e].nl && a.toks[e].kind != kPunct {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
}

// surnameCommaGiven57 reads the surname before a given name c (at
// index ci) another rule found, written surname first with a credential
// after the given name ("FROM  Sundberg, Ingrid, MD"): a capitalised
// word in no list or a listed surname opening its field, its comma and
// the name. NAME.
func (a *analysis) surnameCommaGiven57(ci, i, e int) {
	p := i - 1
	s := p - 1
	if s < 0 || !a.isPunct(p, ",") || a.toks[p].gap != 0 || a.toks[i].nl || a.toks[i].gap != 1 || !a.isWord(s) || a.toks[s].shape != shTitle || a.claimedAt(s) {
		return
	}
	if !(s == 0 || a.toks[s].nl || a.toks[s].gap >= 2 || a.isPunct(s-1, ":")) {
		return
	}
	if x := a.lexOf(s); x&(lxCommon|lxStop|lxMedical|lxMonth|lxOrgHead|lxPlace|lxRegion|lxCred|lxTitle|lxLabel) != 0 || x&lxName == 0 && !a.unknownWord(s) {
		return
	}
	if !a.credAfterComma57(e) {
		return
	}
	c := a.cands[ci]
	a.add(int(a.toks[s].s), c.e, TypeName, c.score, pName)
}

// deponent57 reads the person a legal paper's title names after "of"
// ("VIDEOTAPED DEPOSITION OF GRETA M. SOLBERG, M.D.", "Affidavit of
// Rosa Delgado"): a given name first, capitalised words and initials in
// the title's case, closed by a credential's comma or the line's end;
// a name read over the title's words is cut to it. NAME.
func (a *analysis) deponent57(k int) {
	n := len(a.toks)
	q := k + 2
	if q >= n || a.toks[k+1].nl || a.toks[q].nl || !a.isWord(k+1) || a.folded(k+1) != "of" || !a.isWord(q) || a.lexOf(q)&lxGiven == 0 || a.lexOf(q)&(lxStop|lxMonth|lxMedical) != 0 {
		return
	}
	sh := a.toks[q].shape
	if sh != shUpper && sh != shTitle || a.toks[k].shape != shUpper && sh == shUpper {
		return
	}
	e, words := q, 0
	for e < n && !a.toks[e].nl && e < q+8 {
		if a.isWord(e) && (a.toks[e].shape == sh && a.lexOf(e)&(lxStop|lxCred|lxMonth) == 0 || a.toks[e].shape == shSingle && words > 0 && a.isPunct(e+1, ".")) || a.isPunct(e, "-") && a.toks[e].gap == 0 && words > 0 {
			if a.isWord(e) {
				words++
			}
			e++
			if e < n && a.isPunct(e, ".") && a.toks[e].gap == 0 && a.toks[e-1].shape == shSingle {
				e++
			}
			continue
		}
		break
	}
	if words < 2 || words > 5 || e < n && !a.toks[e].nl && !(a.isPunct(e, ",") && e+1 < n && a.isCredAt(e+1)) {
		return
	}
	s := int(a.toks[q].s)
	for ci := range a.cands {
		if c := &a.cands[ci]; c.typ == TypeName && c.s < s && c.s >= int(a.toks[k].s) && c.e > s {
			c.s = s
		}
	}
	a.add(s, int(a.toks[e-1].e), TypeName, 0.85, pName)
}

// roleOutOfName57 cuts a role's word at k off the name read over it at
// a sentence's start when the role's rule read the name after it
// ("Courier Tomas Eklund delivered …": courierName53's "Ray
// Valenzuela").
func (a *analysis) roleOutOfName57(k int) {
	s := int(a.toks[k+1].s)
	if c := a.candAt(s, TypeName); c < 0 || a.cands[c].s != s {
		return
	}
	for ci := range a.cands {
		if c := &a.cands[ci]; c.typ == TypeName && c.s == int(a.toks[k].s) && c.e > s {
			c.s = s
		}
	}
}

// capRunBack57 returns the start of the run of capitalised words that
// ends before token e on its line (up to max words, "&" and "and"
// between them), and how many of them are proper: in no list, or
// listed names or places.
func (a *analysis) capRunBack57(e, max int) (int, int) {
	l := e
	proper := 0
	for l > 0 && e-l < max+2 && !a.toks[l].nl {
		k := l - 1
		if a.isWord(k) && a.capShape(k) && a.lexOf(k)&(lxStop|lxLabel|lxMonth|lxTitle|lxCred) == 0 && a.cue(k)&cuDocType == 0 {
			if x := a.lexOf(k); x&(lxCommon|lxMedical) == 0 || x&(lxName|lxPlace) != 0 && x&lxGiven == 0 {
				proper++
			}
			l = k
			if a.toks[k].nl {
				break
			}
			continue
		}
		if k > 0 && l < e && (a.isPunct(k, "&") || a.isWord(k) && a.folded(k) == "and") && a.isWord(k-1) && a.capShape(k-1) && !a.toks[k].nl {
			l = k
			continue
		}
		break
	}
	for l < e && !a.isWord(l) || l < e && a.folded(l) == "and" {
		l++
	}
	return l, proper
}

// lawFirm57 reads a law firm by the partners' surnames before "Law"
// ("Quarles Everly Law", "Quill Dorsey Injury Law | …", "Reyes &
// Park Law Group") or "Advogados" ("Benvenutti Advogados Associados",
// "Rocha & Lima Advocacia"): one to four capitalised words, one a
// surname (proper), and the head closing its field. ORGANIZATION.
func (a *analysis) lawFirm57(k int) {
	n := len(a.toks)
	e := k + 1
	switch a.folded(k) {
	case "law":
		if e < n && !a.toks[e].nl && a.isWord(e) && a.toks[e].shape == shTitle && lawTails57[a.folded(e)] {
			e++
		}
	case "advogados":
		if e < n && !a.toks[e].nl && a.isWord(e) && (a.folded(e) == "associados" || a.folded(e) == "associadas") {
			e++
		}
	}
	if e < n && !a.toks[e].nl && a.toks[e].gap < 2 && !(a.toks[e].kind == kPunct && !a.isPunct(e, "&")) {
		return
	}
	l, proper := a.capRunBack57(k, 4)
	if l == k || proper == 0 || k-l > 5 {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// lawTails57 close a law firm's name after "Law".
var lawTails57 = set(`group firm offices office partners center`)

// corpSuffix57 reads a company named before its corporate suffix in
// letters and full stops ("Tidewater Acupuncture P.C.", "Gulf Coast
// Orthopedics, P.A.") or after a comma ("BLUE MESA OUTFITTERS, LLC",
// "Alder Home Medical, Inc."): two to five capitalised words. The suffix
// is token k ("P" of "P.C.", or "LLC", "Inc"). ORGANIZATION.
func (a *analysis) corpSuffix57(k int) {
	n := len(a.toks)
	e := k + 1
	if a.toks[k].shape == shSingle {
		// "P.C.", "P.A.", "L.L.C."
		for e+1 < n && a.isPunct(e, ".") && a.toks[e].gap == 0 && a.toks[e+1].gap == 0 && a.toks[e+1].shape == shSingle {
			e += 2
		}
		if e == k+1 {
			return
		}
		if e < n && a.isPunct(e, ".") && a.toks[e].gap == 0 {
			e++
		}
		switch strings.ToUpper(strings.ReplaceAll(a.text[a.toks[k].s:a.toks[e-1].e], ".", "")) {
		case "PC", "PA", "LLC", "PLLC", "LLP":
		default:
			return
		}
	} else if e < n && a.isPunct(e, ".") && a.toks[e].gap == 0 {
		e++
	}
	b := k
	if k >= 2 && a.isPunct(k-1, ",") && a.toks[k-1].gap == 0 && !a.toks[k].nl {
		b = k - 1
	}
	if a.toks[b].nl || a.toks[k].gap != 1 {
		return
	}
	l, _ := a.capRunBack57(b, 5)
	if b-l < 2 || b-l > 6 {
		return
	}
	s := int(a.toks[l].s)
	if ci := a.orgEndingAt53(int(a.toks[b-1].e)); ci >= 0 && a.cands[ci].s < s {
		s = a.cands[ci].s // (the head's rule read more of it)
	}
	a.add(s, int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// orgTail57 grows an organisation another rule found (c at index ci,
// its tokens s to k) over what still belongs to it: a state's disability determination service
// ("Idaho Division of Disability Determination"), a police force's
// division or bureau ("CITY OF DAYTONA POLICE DIVISION"), a store's or
// a branch's number ("DROGARIA SÃO BENTO FILIAL 208", "FARMÁCIA PAGUE
// MENOS LOJA 1182", "Kroger Pharmacy #M-318"), a plan's last words in
// its field ("Insurance: Carolina Healthcare Alliance     ID …"),
// and a pharmacy's head before a chain's name ("FARMÁCIA PAGUE MENOS").
func (a *analysis) orgTail57(ci, s, k int) {
	n := len(a.toks)
	c := a.cands[ci]
	if k+1 >= n || c.score < a.d.minScore {
		return
	}
	e := k
	q := k + 1
	if !a.toks[q].nl && a.toks[q].gap <= 1 {
		switch g := a.folded(q); {
		case !a.isWord(q):
			// "#J-455": a store's code after its hash
			if a.isPunct(q, "#") && q+3 < n && a.toks[q+1].gap == 0 && a.isPunct(q+2, "-") && a.toks[q+2].gap == 0 && a.toks[q+3].gap == 0 && a.toks[q+3].kind == kNum &&
				(a.toks[q+1].shape == shSingle || a.toks[q+1].kind == kAlnum) && a.text[a.toks[q+1].s] >= 'A' && a.text[a.toks[q+1].s] <= 'Z' {
				e = q + 3
			}
			// (a branch's number after the word the head's rule took:
			// "DROGARIA SÃO BENTO FILIAL 208")
			if a.toks[q].kind == kNum && a.toks[q].e-a.toks[q].s <= 5 && a.isWord(k) && k > s && a.toks[k].shape != shLower && branchWords57[a.folded(k)] {
				e = q
			}
		case (g == "evaluations" || g == "examinations") && a.toks[q].shape == shTitle && a.isWord(k) && a.folded(k) == "medical",
			(g == "determination" || g == "determinations") && a.isWord(k) && a.folded(k) == "disability",
			(g == "division" || g == "bureau") && a.isWord(k) && a.folded(k) == "police":
			e = q
			if e+1 < n && !a.toks[e+1].nl && a.isWord(e+1) && a.folded(e+1) == "services" {
				e++
			}
		case branchWords57[g]:
			r := q + 1
			if r < n && a.isPunct(r, "#") {
				r++
			}
			if r < n && !a.toks[r].nl && a.toks[r].kind == kNum && a.toks[r].gap <= 1 && a.toks[r].e-a.toks[r].s <= 5 && a.toks[q].shape != shLower {
				e = r
			}
		case a.toks[q].shape == shTitle && a.lexOf(q)&(lxStop|lxLabel|lxMonth|lxCred) == 0 && s >= 2 && a.isPunct(s-1, ":") && a.isWord(s-2) && planFields57[a.folded(s-2)]:
			// (the field closes after it)
			if r := q + 1; r >= n || a.toks[r].nl || a.toks[r].gap >= 3 {
				e = q
			}
		}
	}
	b := s
	if s > 0 && !a.toks[s].nl && a.toks[s].gap == 1 && a.isWord(s-1) && a.toks[s-1].shape == a.toks[s].shape && a.cue(s)&cuKnown != 0 {
		switch a.folded(s - 1) {
		case "farmacia", "drogaria", "drogarias":
			b = s - 1
		}
	}
	if e > k || b < s {
		a.add(int(a.toks[b].s), int(a.toks[e].e), TypeOrganization, c.score, c.prio)
	}
}

// branchWords57 number a chain's store or branch.
var branchWords57 = set(`filial loja store branch`)

// planFields57 label a health plan's or an insurer's field.
var planFields57 = set(`insurance insurer plan payer carrier coverage`)

// docketNumber57 reads a US federal court's case number around its
// kind at k ("Civil Action No. 3:22-cv-01912-JAM", "2:19-cr-00451-JLR"):
// the office's digit, a colon, the year's two digits, the kind, the
// number, and the judges' initials after hyphens. ID.
func (a *analysis) docketNumber57(k int) {
	n := len(a.toks)
	if k < 4 || k+2 >= n || !a.isPunct(k-1, "-") || !a.isPunct(k+1, "-") || a.toks[k].gap != 0 || a.toks[k-1].gap != 0 || a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 {
		return
	}
	y, c, o := k-2, k-3, k-4
	if a.toks[y].kind != kNum || a.toks[y].e-a.toks[y].s != 2 || a.toks[y].gap != 0 || !a.isPunct(c, ":") || a.toks[c].gap != 0 || a.toks[o].kind != kNum || a.toks[o].e-a.toks[o].s != 1 {
		return
	}
	if d := a.toks[k+2].e - a.toks[k+2].s; a.toks[k+2].kind != kNum || d < 3 || d > 6 {
		return
	}
	e := k + 2
	for e+2 < n && a.isPunct(e+1, "-") && a.toks[e+1].gap == 0 && a.toks[e+2].gap == 0 && (a.toks[e+2].kind == kNum || a.isWord(e+2) && a.toks[e+2].shape == shUpper && a.toks[e+2].e-a.toks[e+2].s <= 4) {
		e += 2
	}
	a.add(int(a.toks[o].s), int(a.toks[e].e), TypeID, 0.85, pLabeled)
}

// policyPrefix57 reads an insurance policy's number with its letters
// after "Policy" and no colon ("Policy  GX 4401-118"): two to four
// capitals, then numbers joined by hyphens. HEALTH_PLAN.
func (a *analysis) policyPrefix57(k int) {
	n := len(a.toks)
	q := k + 1
	if q+1 >= n || a.toks[q].nl || a.toks[q].gap > 3 || !a.isWord(q) || a.toks[q].shape != shUpper || a.toks[q].e-a.toks[q].s > 4 || a.lexOf(q)&(lxStop|lxLabel) != 0 {
		return
	}
	r := q + 1
	if a.toks[r].nl || a.toks[r].gap != 1 || a.toks[r].kind != kNum {
		return
	}
	e, digits := a.numberGroups53(r, false)
	if digits < 5 {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeHealthPlan, 0.8, pLabeled)
}

// reportPrefix57 reads a pathology report's number with its letters
// after its kind ("laudo anatomopatológico AP 3310-0912",
// "histopatológico nº HP-24-00871"): "nº" may come between; letters,
// then numbers joined by hyphens. ID.
func (a *analysis) reportPrefix57(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isWord(q) && (a.folded(q) == "n" || a.folded(q) == "no" || a.folded(q) == "nº" || a.folded(q) == "numero") {
		q++
		if q < n && (a.isPunct(q, ".") || a.isPunct(q, "º") || a.isPunct(q, "°")) {
			q++
		}
	}
	if q < n && a.isPunct(q, ":") {
		q++
	}
	if q+1 >= n || a.toks[q].nl || a.toks[q].gap > 2 || !a.isWord(q) || a.toks[q].shape != shUpper && a.toks[q].shape != shSingle || a.toks[q].e-a.toks[q].s > 3 || a.claimedAt(q) {
		return
	}
	r := q + 1
	if a.isPunct(r, "-") && a.toks[r].gap == 0 {
		r++
	}
	if r >= n || a.toks[r].nl || a.toks[r].gap > 1 || a.toks[r].kind != kNum {
		return
	}
	e, digits := a.numberGroups53(r, false)
	if digits < 5 || e == r+1 && a.toks[r].e-a.toks[r].s < 5 {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeID, 0.8, pLabeled)
}

// rgIssuers57 issue a Brazilian identity card, written after its
// number with the state ("4.221.907 SPTC/ES", "12.345.678-9 SDS/PE").
var rgIssuers57 = set(rgIssuersList57)

const rgIssuersList57 = `ssp sptc sds sspds detran ifp igp sjs sesp sejusp pc pcmg sesdc ssppi dgpc iit`

// rgByIssuer57 reads an identity card's number by its issuer after it
// (rgIssuers57 at k, "/" and a state): the number's groups before it,
// six digits at least. RG.
func (a *analysis) rgByIssuer57(k int) {
	n := len(a.toks)
	if k < 1 || k+2 >= n || !a.isPunct(k+1, "/") || a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 || !brStates[a.tokText(k+2)] || a.toks[k].nl || a.toks[k].gap != 1 {
		return
	}
	e := k - 1
	if a.toks[e].kind != kNum && !(a.toks[e].shape == shSingle && (a.text[a.toks[e].s] == 'X' || a.text[a.toks[e].s] == 'x')) {
		return
	}
	s := e
	for s >= 2 && a.toks[s].gap == 0 && (a.isPunct(s-1, ".") || a.isPunct(s-1, "-")) && a.toks[s-1].gap == 0 && a.toks[s-2].kind == kNum && !a.toks[s].nl && !a.toks[s-1].nl {
		s -= 2
	}
	if a.claimedAt(s) || a.claimedAt(e) {
		return
	}
	digits := 0
	for j := s; j <= e; j++ {
		if a.toks[j].kind == kNum {
			digits += int(a.toks[j].e - a.toks[j].s)
		}
	}
	if digits < 6 || digits > 11 || s == e {
		return
	}
	a.add(int(a.toks[s].s), int(a.toks[e].e), TypeRG, 0.8, pLabeled)
}

// notificationNumber57 reads a prescription notification's number
// with its state ("Notif. A BA 0771234", "Notificação de Receita B1 SP
// 1234567"): the state's code and the number, five digits at least. ID.
func (a *analysis) notificationNumber57(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isPunct(q, ".") && a.toks[q].gap == 0 {
		q++
	}
	if q+1 < n && a.isWord(q) && a.folded(q) == "de" && a.isWord(q+1) && a.folded(q+1) == "receita" {
		q += 2
	}
	// (its list: A, B, B1, B2, C)
	if q < n && !a.toks[q].nl && (a.toks[q].shape == shSingle || a.toks[q].kind == kAlnum && a.toks[q].e-a.toks[q].s == 2) {
		switch a.tokText(q) {
		case "A", "B", "B1", "B2", "C":
			q++
		}
	}
	if q+1 >= n || a.toks[q].nl || !a.isWord(q) || !brStates[a.tokText(q)] || a.toks[q+1].nl || a.toks[q+1].gap > 2 || a.toks[q+1].kind != kNum {
		return
	}
	e, digits := a.numberGroups53(q+1, false)
	if digits < 5 {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeID, 0.8, pLabeled)
}

// invoiceNumber57 reads an invoice's number after "NF" ("NF
// 000.221.340", "NF nº 88120", "NF-e 000337102"): six digits at least
// in groups. ID.
func (a *analysis) invoiceNumber57(k int) {
	n := len(a.toks)
	q := k + 1
	if q+1 < n && a.isPunct(q, "-") && a.toks[q].gap == 0 && a.isWord(q+1) && a.folded(q+1) == "e" {
		q += 2
	}
	if q < n && a.isWord(q) && (a.folded(q) == "n" || a.folded(q) == "nº" || a.folded(q) == "no") {
		q++
		if q < n && (a.isPunct(q, "º") || a.isPunct(q, ".") || a.isPunct(q, "°")) {
			q++
		}
	}
	if q < n && a.isPunct(q, ":") {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 || a.toks[q].kind != kNum || a.claimedAt(q) {
		return
	}
	e, digits := a.numberGroups53(q, false)
	if digits < 6 {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeID, 0.8, pLabeled)
}

// userNumber57 reads a user's number of four digits or more after "ID
// usuário" or "user ID" ("ID usuário 40917"). ID.
func (a *analysis) userNumber57(k int) {
	n := len(a.toks)
	q := k + 1
	switch a.folded(k) {
	case "usuario":
		if k < 1 || !a.isWord(k-1) || a.folded(k-1) != "id" {
			return
		}
	case "user":
		if !a.isWord(q) || a.folded(q) != "id" {
			return
		}
		q++
	}
	if q < n && (a.isPunct(q, ":") || a.isPunct(q, "#")) {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 || a.toks[q].kind != kNum || a.toks[q].e-a.toks[q].s < 4 || a.claimedAt(q) {
		return
	}
	if q+1 < n && a.toks[q+1].gap == 0 && !a.toks[q+1].nl && a.toks[q+1].kind != kPunct {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[q].e), TypeID, 0.8, pLabeled)
}

// standardVersion57 keeps a messaging standard's version out of the
// identifiers ("NCPDP SCRIPT 2023011"): the number after "NCPDP" at k
// and its standard's name (a pharmacy's "NCPDP 2430187" is its
// number). A code region.
func (a *analysis) standardVersion57(k int) {
	n := len(a.toks)
	q := k + 1
	// (its standard's name: a pharmacy's NCPDP number is an identifier)
	if q+1 >= n || !a.isWord(q) || a.toks[q].nl || a.folded(q) != "script" && a.folded(q) != "telecommunication" {
		return
	}
	q++
	if a.toks[q].nl || a.toks[q].gap > 1 || a.toks[q].kind != kNum {
		return
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[q].s), int(a.toks[q].e)})
}

// lotCode57 keeps a drug's or a supply's lot out of the identifiers
// and devices ("Omnipod 5 Pods   10   lot L249911", "vaccine lot
// 7K29X"): the code after "lot" at k (not a trailer park's "Lot 14",
// which an address holds). A code region over the word and the code.
func (a *analysis) lotCode57(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && (a.isPunct(q, "#") || a.isPunct(q, ":")) {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 || a.toks[q].kind != kAlnum && a.toks[q].kind != kNum {
		return
	}
	if c := a.candAt(int(a.toks[k].s), TypeAddress); c >= 0 {
		return
	}
	e := q
	for e+2 < n && a.isPunct(e+1, "-") && a.toks[e+1].gap == 0 && a.toks[e+2].gap == 0 && (a.toks[e+2].kind == kAlnum || a.toks[e+2].kind == kNum) {
		e += 2
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[e].e)})
}

// yearMake57 (detectPlates): the capitals at i are a vehicle's make
// after its model year ("2020 RAM 2500, TX plate …"), and the number
// after them its model, no plate.
func (a *analysis) yearMake57(i int) bool {
	if i < 1 || a.toks[i].nl || a.toks[i].gap != 1 {
		return false
	}
	p := a.toks[i-1]
	return p.kind == kNum && p.e-p.s == 4 && (a.text[p.s] == '1' || a.text[p.s] == '2') && vehicleMakes[a.folded(i)]
}

// dateOfYear57 grows a month's day (c at index ci, the token after it
// k) over the year a speaker gives after "of" ("March 3rd of 2022").
// DATE.
func (a *analysis) dateOfYear57(ci, k int) {
	n := len(a.toks)
	if k+1 >= n || k < 1 || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(k) || a.folded(k) != "of" || a.toks[k+1].nl || a.toks[k+1].gap != 1 || a.toks[k+1].kind != kNum {
		return
	}
	if t := a.toks[k-1]; t.kind != kAlnum || !a.enOrdinal49(k-1) {
		return
	}
	if v := a.tokText(k + 1); len(v) != 4 || v[:2] != "19" && v[:2] != "20" {
		return
	}
	c := a.cands[ci]
	a.add(c.s, int(a.toks[k+1].e), TypeDate, c.score, c.prio)
}

// icfCodes57 keeps the codes of the International Classification of
// Functioning out of the identifiers ("Atividades e participação:
// d450.2, d510.1, d640.3"): a letter of its components (b, d, e, s) and
// three to five digits, with a qualifier after a full stop, two of them
// at least in the note. Code regions.
func (a *analysis) icfCodes57() {
	n := len(a.toks)
	var buf [16]int32
	codes := buf[:0]
	for _, ki := range a.classToks(tcAlnum) {
		k := int(ki)
		v := a.tokText(k)
		if len(v) < 4 || len(v) > 6 || v[0] != 'b' && v[0] != 'd' && v[0] != 'e' && v[0] != 's' || !allDigits(v[1:]) {
			continue
		}
		if k+2 >= n || !a.isPunct(k+1, ".") || a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 || a.toks[k+2].kind != kNum || a.toks[k+2].e-a.toks[k+2].s != 1 {
			continue
		}
		if len(codes) < len(buf) {
			codes = append(codes, int32(k))
		}
	}
	if len(codes) < 2 {
		return
	}
	for _, k := range codes {
		a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[k+2].e)})
	}
}

// lotColumn57 keeps the lots of a table's "Lote" or "Lot" column out
// of the identifiers (a compounding worksheet's "| Omeprazol … |
// 2310-OMP-02 | …", a vaccine log's "… | Fluzone | 661200 | …"): the
// cells under that header, counted by their pipes, in the rows of pipes
// that follow it. Code regions.
func (a *analysis) lotColumn57() {
	n := len(a.toks)
	col := -1
	for _, p := range a.lineStarts {
		k := int(p)
		cell, start, pipes := 0, k, 0
		hit := false
		for j := k; j <= n; j++ {
			end := j == n || j > k && a.toks[j].nl
			if !end && !a.isPunct(j, "|") {
				continue
			}
			if j == k {
				start = j + 1
				continue
			}
			if !end {
				pipes++
			}
			if j > start {
				if col < 0 && a.isWord(start) && (a.folded(start) == "lote" || a.folded(start) == "lot") && j-start <= 3 && a.toks[start].shape != shLower {
					col = cell
					hit = true
				} else if col >= 0 && cell == col && !hit && pipes > 0 {
					a.codes43 = append(a.codes43, [2]int{int(a.toks[start].s), int(a.toks[j-1].e)})
				}
			}
			if end {
				break
			}
			cell++
			start = j + 1
		}
		if pipes == 0 {
			col = -1
		}
	}
}

// productCodes57 keeps a receipt's product codes out of the
// identifiers ("1  7891234  DIPIRONA 500MG …  18,90"): seven to
// thirteen digits opening with Brazil's GS1 prefixes (789, 790) before
// a product's name in capitals, on a line with a price. Code regions.
func (a *analysis) productCodes57() {
	n := len(a.toks)
	for _, ki := range a.classToks(tcNum) {
		k := int(ki)
		t := a.toks[k]
		if d := t.e - t.s; d < 7 || d > 13 || a.text[t.s] != '7' || a.text[t.s+1] != '8' && a.text[t.s+1] != '9' || a.text[t.s+2] != '9' && a.text[t.s+2] != '0' {
			continue
		}
		if a.text[t.s:t.s+3] != "789" && a.text[t.s:t.s+3] != "790" || k+1 >= n || a.toks[k+1].nl || !a.isWord(k+1) || a.toks[k+1].shape != shUpper {
			continue
		}
		price := false
		for j := k + 2; j+2 < n && !a.toks[j].nl && j < k+30; j++ {
			if a.toks[j].kind == kNum && a.isPunct(j+1, ",") && a.toks[j+1].gap == 0 && a.toks[j+2].gap == 0 && a.toks[j+2].kind == kNum && a.toks[j+2].e-a.toks[j+2].s == 2 {
				price = true
				break
			}
		}
		if price {
			a.codes43 = append(a.codes43, [2]int{int(t.s), int(t.e)})
		}
	}
}

// cellLead57 (csvCellValue) reads the word that opens an identifier's
// cell in a table of supplies ("LOT / SERIAL" column): a lot's code
// ("lot L249911") is no identifier (ok false), a serial's label ("SN
// PDM5-0000001A") is left out (skip, its bytes with the blank).
func cellLead57(v string) (skip int, ok bool) {
	x := strings.IndexByte(v, ' ')
	if x < 2 || x > 6 {
		return 0, true
	}
	switch strings.ToLower(v[:x]) {
	case "lot", "lote", "lot#":
		return 0, false
	case "sn", "s/n", "serial", "sn#":
		return x + 1, true
	}
	return 0, true
}

// shipCues57 come before a parcel's carrier.
var shipCues57 = set(`shipped ship via sent shipping courier carrier`)

// roadSides57 name a Brazilian road's side or stretch after its number
// ("SE-100 Sul, km 14").
var roadSides57 = set(`norte sul leste oeste`)

// candPass57 walks the candidates of the other rules once and runs
// this round's rules that start from one: it mends a Queens house
// number's first part before its hyphen ("71-20 Austin St"), drops an
// insurance's kind read as an insurer ("LONG TERM DISABILITY - …"), a
// public service read by its kind ("Corpo de Bombeiros"), a ventilator's
// mode ("AC/PC"), the pharmacopeia's chapter ("USP <797>"), a kit
// ("HOSPICE COMFORT KIT"), a credential read as a place ("…, PharmD
// (MT)"), cuts a sentence's next word after a short word's full stop ("…
// Sul da Ilha. Filho (…)"); and grows or reads from it (orgTail57,
// dateOfYear57, nameInitial57, monthGiven57, surnameCommaGiven57,
// cpfHolder57, lowerDistrict57).
func (a *analysis) candPass57() {
	n := len(a.toks)
	nc := len(a.cands)
	text := a.text
	dot, comma, cred := a.hasPunct('.'), a.hasPunct(','), a.hasCue(cuCred)
	for ci := 0; ci < nc; ci++ {
		c := &a.cands[ci]
		// (the bytes around the candidate first: most have nothing this
		// round reads)
		after := byte(0)
		if c.e+1 < len(text) {
			after = text[c.e]
		}
		switch c.typ {
		case TypeName:
			// "gabriel p." after it, or ", MD" (a given name's surname or
			// month before it)
			if dot && after == ' ' && c.e+2 < len(text) && text[c.e+2] == '.' || comma && cred && after == ',' && c.s > 0 {
				i, k := a.tokAt(c.s), a.tokAt(c.e)
				if i >= n || k < 1 || int(a.toks[i].s) != c.s || int(a.toks[k-1].e) != c.e {
					continue
				}
				if after == ' ' {
					a.nameInitial57(ci, k)
				} else if i >= 1 {
					a.monthGiven57(ci, i, k)
					a.surnameCommaGiven57(ci, i, k)
				}
			}
		case TypeAddress:
			if a.pt && comma && after == ',' {
				a.lowerDistrict57(a.tokAt(c.e))
			}
			// "71-20 Austin St"
			if c.s < 3 || text[c.s-1] != '-' || !isDigit(text[c.s-2]) {
				continue
			}
			i := a.tokAt(c.s)
			if i < 3 || i >= n || int(a.toks[i].s) != c.s || a.toks[i].kind != kNum || a.toks[i].gap != 0 || !a.isPunct(i-1, "-") || a.toks[i-1].gap != 0 {
				continue
			}
			p := a.toks[i-2]
			if p.kind != kNum || p.e-p.s > 3 || !(p.nl || p.gap >= 1) || a.isPunct(i-3, "-") || a.isPunct(i-3, "/") {
				continue
			}
			a.cands[ci].s = int(p.s)
		case TypeDate:
			// "… 7th of 2023"
			if after == ' ' && c.e+8 < len(text) && text[c.e+1] == 'o' && text[c.e+2] == 'f' && text[c.e+3] == ' ' {
				a.dateOfYear57(ci, a.tokAt(c.e))
			}
		case TypeCPF:
			if a.pt && after == ' ' && c.e+2 < len(text) && text[c.e+1] == '-' {
				a.cpfHolder57(a.tokAt(c.e))
			}
		case TypeLocation:
			// a credential read as a place after a name's comma ("Ilse
			// Brandvik, PharmD (IB)")
			if c.e-c.s <= 6 && c.s >= 2 && text[c.s-2] == ',' {
				if i := a.tokAt(c.s); i < n && int(a.toks[i].e) == c.e && a.isWord(i) && a.lexOf(i)&lxCred != 0 && a.toks[i].shape == shMixed {
					c.score = 0
				}
			}
		case TypeOrganization:
			a.orgFix57(ci)
		}
	}
}

// orgFix57 (candPass57) mends or drops the organisation at index ci,
// then grows it (orgTail57).
func (a *analysis) orgFix57(ci int) {
	n := len(a.toks)
	c := &a.cands[ci]
	// (the bytes first: a blank after it for its tail and most of what it
	// drops, a slash in a ventilator's modes, a service in Portuguese, a
	// pharmacy's head before it)
	if !(c.e < len(a.text) && a.text[c.e] == ' ' || c.e-c.s <= 9 && strings.IndexByte(a.text[c.s:c.e], '/') > 0 || a.pt && c.prio == pCtxOrg || a.pharmacyBefore57(c.s)) {
		return
	}
	i, k := a.tokAt(c.s), a.tokAt(c.e)
	if i >= n || k < 1 || int(a.toks[i].s) != c.s {
		return
	}
	// a ventilator's mode ("AC/PC, IPAP 18"), the pharmacopeia's chapter
	// ("USP <797>"), a kit ("HOSPICE COMFORT KIT")
	if a.ventMode57(i, k) || k < n && k == i+1 && a.isWord(i) && a.folded(i) == "usp" && (a.isPunct(k, "<") || a.toks[k].kind == kNum) ||
		k-1 > i && a.isWord(k-1) && a.folded(k-1) == "kit" && int(a.toks[k-1].e) == c.e {
		c.score = 0
		return
	}
	if i+1 < n && a.isWord(i) && a.isWord(i+1) {
		// (a sentence's next word after a short one's full stop: "… Sul
		// da Serra. Filho (Renan) chegará …")
		if l := k - 1; l > i+2 && int(a.toks[l].e) == c.e && a.isPunct(l-1, ".") && a.toks[l-1].gap == 0 && a.toks[l].gap >= 1 && !a.toks[l].nl && a.lexOf(l)&lxRelation != 0 && a.lexOf(l)&lxOrgHead == 0 {
			c.e = int(a.toks[l-2].e)
			return
		}
		if i+2 < n && int(a.toks[i+2].e) == c.e && a.folded(i+1) == "term" && a.folded(i+2) == "disability" {
			if f := a.folded(i); f == "long" || f == "short" {
				c.score = 0
			}
			return
		}
		// a public service named by its kind alone, no town or state
		// after it ("trazido pelo Corpo de Bombeiros")
		if a.pt && c.prio == pCtxOrg {
			switch {
			case i+2 < n && int(a.toks[i+2].e) == c.e && a.folded(i) == "corpo" && a.folded(i+1) == "de" && a.folded(i+2) == "bombeiros",
				int(a.toks[i+1].e) == c.e && a.folded(i) == "guarda" && a.folded(i+1) == "municipal":
				c.score = 0
				return
			}
		}
	}
	if l := k - 1; l >= i && int(a.toks[l].e) == c.e {
		a.orgTail57(ci, i, l)
	}
}

// acronymDash57 joins an institution's acronym to its name across a
// spaced dash in running text (", NUPREV - Centro Estadual de Prevenção
// e Reabilitação,", "no Hospital São Lucas de Itabuna - ASSOLUC."):
// capitals in no list (four to eight letters) after a comma or a bracket
// and before a head that opens the name, or after an organisation
// another rule found, closing the sentence or the clause (a ward's or a
// committee's acronym after its hospital's dash on a heading, "… -
// CIHDOTT", "UTIN - Maternidade …", is its own). ORGANIZATION.
func (a *analysis) acronymDash57() {
	n := len(a.toks)
	for _, di := range a.classToks('-') {
		d := int(di)
		if d < 2 || d+1 >= n || a.toks[d].gap == 0 || a.toks[d+1].gap == 0 || a.toks[d].nl || a.toks[d+1].nl {
			continue
		}
		// before the name: ", NUPREV - Centro …"
		if k := d - 1; a.acronym57(k) && (a.isPunct(k-1, ",") || a.isPunct(k-1, "(") || a.isPunct(k-1, ":")) && !a.toks[k].nl &&
			a.isWord(d+1) && a.toks[d+1].shape == shTitle && a.cue(d+1)&cuOrgPrefix != 0 {
			if e := a.capRun53(d+1, 1); e-(d+1) >= 3 && e < n && !a.toks[e].nl && (a.isPunct(e, ",") || a.isPunct(e, ".") || a.isPunct(e, ")")) {
				a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
				continue
			}
		}
		// after it: "… Itabuna - ASSOLUC."
		if k := d + 1; k+1 < n && a.acronym57(k) && a.toks[k+1].gap == 0 && (a.isPunct(k+1, ".") || a.isPunct(k+1, ",")) {
			if ci := a.orgEndingAt53(int(a.toks[d-1].e)); ci >= 0 {
				c := a.cands[ci]
				a.add(c.s, int(a.toks[k].e), TypeOrganization, c.score, c.prio)
			}
		}
	}
}

// acronym57: token k is an acronym in no list, four to eight capitals.
func (a *analysis) acronym57(k int) bool {
	t := a.toks[k]
	return k > 0 && t.kind == kWord && t.shape == shUpper && t.e-t.s >= 4 && t.e-t.s <= 8 && a.unknownWord(k) && !a.claimedAt(k)
}

// compensationBoard57 reads a state's workers' compensation board or
// commission ("WORKERS' COMPENSATION BOARD OF THE STATE OF OREGON",
// "Workers' Compensation Commission of Arkansas"): "Workers'" and
// "Compensation" before "Board" or "Commission" at k, and "of (the
// State of)" and the state after it. ORGANIZATION.
func (a *analysis) compensationBoard57(k int) {
	n := len(a.toks)
	l := k - 1
	if l < 0 || !a.isWord(l) || a.folded(l) != "compensation" || a.toks[k].nl {
		return
	}
	if l >= 2 && a.isPunct(l-1, "'") && a.isWord(l-2) && a.folded(l-2) == "workers" && !a.toks[l].nl {
		l -= 2
	} else if l >= 1 && a.isWord(l-1) && (a.folded(l-1) == "workers" || a.folded(l-1) == "worker's") && !a.toks[l].nl {
		l--
	} else {
		return
	}
	e := k + 1
	q := e
	if q+1 < n && a.isWord(q) && a.folded(q) == "of" && !a.toks[q].nl {
		q++
		if q+2 < n && a.folded(q) == "the" && a.folded(q+1) == "state" && a.folded(q+2) == "of" {
			q += 3
		}
		if q < n && !a.toks[q].nl && a.isWord(q) && a.lexOf(q)&(lxRegion|lxRegionPrefix) != 0 {
			r := q + 1
			for r < n && r < q+3 && !a.toks[r].nl && a.isWord(r) && a.toks[r].shape == a.toks[q].shape && a.lexOf(r-1)&lxRegion == 0 {
				r++
			}
			e = r
		}
	}
	a.add(int(a.toks[l].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// clauseVerbs57 are Portuguese verbs of where one lives or works that
// the name lists hold as names ("Mora"), before a preposition: "O
// colaborador mora em Canela" is no name.
var clauseVerbs57 = set(`mora morava reside residia vive vivia trabalha trabalhava`)

// clauseVerb57 (detectNames): the lower-case word i is one of
// clauseVerbs57 before its preposition.
func (a *analysis) clauseVerb57(i int) bool {
	if !a.pt || i+1 >= len(a.toks) || !clauseVerbs57[a.folded(i)] || !a.isWord(i+1) || a.toks[i+1].nl {
		return false
	}
	switch a.folded(i + 1) {
	case "em", "no", "na", "nos", "nas", "com", "sozinho", "sozinha", "ha", "de", "ali", "aqui":
		return true
	}
	return false
}

// vehicleModel57 keeps a vehicle's model named without its make out of
// the names ("fugiu em um Uno branco, placa QRT1A22", "motorista … -
// Strada placa QKX1B22"): one capitalised word before "placa" at k, or
// before a colour and its comma. A region, as protectVehicles makes.
func (a *analysis) vehicleModel57(k int) {
	m := k - 1
	if m >= 0 && a.isPunct(m, ",") {
		m--
	}
	if m >= 0 && a.isWord(m) && colourWords[a.folded(m)] && a.toks[m].shape == shLower {
		m--
	}
	if m < 0 || m == k-1 && a.toks[k].gap != 1 || !a.isWord(m) || a.toks[m].shape != shTitle || a.toks[m].nl && m != k-1 || a.lexOf(m)&(lxStop|lxLabel|lxMonth|lxGiven) != 0 {
		return
	}
	a.regions = append(a.regions, [2]int{int(a.toks[m].s), int(a.toks[m].e)})
}

// nameKeys57 are the keys of a log's key=value pairs that hold a
// person's name ("display_name=\"ines v\"", "author=\"Dr. Lee\"").
var nameKeys57 = set(`name displayname display_name username user_name fullname full_name patientname patient_name author caller sender recipient`)

// keyValueNames57 reads the name a log's key=value pair holds
// ("participant_added display_name=\"ines v\" relation=spouse"): the
// quoted value or the bare word after "=", one to four words with no
// digit, the first no common or function word unless a name. NAME.
func (a *analysis) keyValueNames57() {
	n := len(a.toks)
	for _, pi := range a.classToks('=') {
		p := int(pi)
		if p < 1 || p+1 >= n || a.toks[p].gap != 0 || a.toks[p+1].gap != 0 || !a.isWord(p-1) {
			continue
		}
		key := a.folded(p - 1)
		if p >= 3 && a.isPunct(p-2, "_") && a.toks[p-2].gap == 0 && a.toks[p-1].gap == 0 && a.isWord(p-3) {
			key = a.folded(p-3) + "_" + key
		}
		if !nameKeys57[key] {
			continue
		}
		q := p + 1
		quote := a.isPunct(q, `"`) || a.isPunct(q, "'")
		if quote {
			q++
		}
		if q >= n || a.toks[q].nl || !a.isWord(q) {
			continue
		}
		if x := a.lexOf(q); x&lxStop != 0 && x&lxTitle == 0 || x&lxCommon != 0 && x&(lxGiven|lxName|lxTitle) == 0 {
			continue
		}
		e, words := q, 0
		for e < n && !a.toks[e].nl && (e == q || quote && a.toks[e].gap <= 1) && words < 5 {
			if a.isWord(e) {
				words++
				e++
				continue
			}
			if quote && (a.isPunct(e, ".") || a.isPunct(e, "-") || a.isPunct(e, "'")) && a.toks[e].gap == 0 {
				e++
				continue
			}
			break
		}
		if quote && (e >= n || !a.isPunct(e, a.tokText(p+1))) || words == 0 || words > 4 {
			continue
		}
		for e > q && a.toks[e-1].kind == kPunct {
			e--
		}
		a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
	}
}

// timedSenders57 reads a chat's senders written with the message's time
// in brackets before the colon ("lena k (8:14 PM): hey …", "Agent
// Priscilla (8:15 PM): Hi …"): one to three words opening the line, a
// role's word first left out, two such lines at least. NAME.
func (a *analysis) timedSenders57() {
	n := len(a.toks)
	type sender struct{ s, e int }
	var buf [32]sender
	found := buf[:0]
	for _, pi := range a.classToks('(') {
		e := int(pi)
		// "(", a time, ")" and ":" after one to three words opening the line
		if e < 1 || e+5 >= n || a.toks[e].nl || a.toks[e+1].kind != kNum || !a.isPunct(e+2, ":") || a.toks[e+3].kind != kNum || !a.isWord(e-1) {
			continue
		}
		c := e + 4
		if a.isWord(c) && (a.folded(c) == "am" || a.folded(c) == "pm") {
			c++
		}
		if c+1 >= n || !a.isPunct(c, ")") || !a.isPunct(c+1, ":") || a.toks[c+1].gap != 0 {
			continue
		}
		k := e - 1
		for k > 0 && e-k < 3 && !a.toks[k].nl && a.toks[k].gap == 1 && a.isWord(k-1) {
			k--
		}
		if k > 0 && !a.toks[k].nl {
			continue
		}
		s := k
		if a.lexOf(s)&(lxRelation|lxTitle|lxStop) != 0 || chatRoles57[a.folded(s)] {
			s++
		}
		if s == e || a.lexOf(s)&(lxStop|lxMonth) != 0 || a.lexOf(s)&lxCommon != 0 && a.lexOf(s)&(lxGiven|lxName) == 0 && !a.unknownWord(s) {
			continue
		}
		if len(found) < len(buf) {
			found = append(found, sender{s, e})
		}
	}
	if len(found) < 2 {
		return
	}
	for _, f := range found {
		if !a.claimedAt(f.s) || !a.claimedAt(f.e-1) {
			a.add(int(a.toks[f.s].s), int(a.toks[f.e-1].e), TypeName, 0.8, pName)
		}
	}
}

// chatRoles57 open a chat sender's line before the name.
var chatRoles57 = set(`agent rep representative pharmacist tech technician nurse support atendente farmaceutica farmaceutico`)

// nameInitial57 grows a name (c at index ci, the token after it k) over
// the initial of its surname written after it in lower case with a full
// stop, where a chat writes its sender ("19:03 gabriel p.: …", "Cliente:
// gabriel p.     Loja: …"): a single letter and its stop, then a colon, a
// wide gap or the line's end. NAME.
func (a *analysis) nameInitial57(ci, k int) {
	n := len(a.toks)
	if k+1 >= n || a.toks[k].nl || a.toks[k].gap != 1 || a.toks[k].e-a.toks[k].s != 1 || a.toks[k].shape != shLower || !a.isPunct(k+1, ".") || a.toks[k+1].gap != 0 {
		return
	}
	if r := k + 2; r < n && !a.toks[r].nl && a.toks[r].gap < 2 && !(a.isPunct(r, ":") && a.toks[r].gap == 0) {
		return
	}
	c := a.cands[ci]
	a.add(c.s, int(a.toks[k].e), TypeName, c.score, c.prio)
}

// cpfHolder57 reads the name after a CPF (the token after it d) and its
// spaced dash, closing the line, as a receipt names its buyer
// ("CONSUMIDOR - CPF 111.444.777-35 - ANA LUCIA DOS SANTOS"): two to
// six words, a given name first, in the case of the first. NAME.
func (a *analysis) cpfHolder57(d int) {
	n := len(a.toks)
	q := d + 1
	if q >= n || !a.spacedDash(d) || a.toks[d].nl || a.toks[q].nl || !a.isWord(q) || a.lexOf(q)&lxGiven == 0 || a.lexOf(q)&(lxStop|lxMonth) != 0 {
		return
	}
	sh := a.toks[q].shape
	e, words := q, 0
	for e < n && (e == q || !a.toks[e].nl && a.toks[e].gap <= 2) && a.isWord(e) && (a.toks[e].shape == sh || a.lexOf(e)&lxParticle != 0) {
		words++
		e++
	}
	if words < 2 || words > 6 || e < n && !a.toks[e].nl {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeName, 0.85, pName)
}

// branchPlace57 reads the district a chain's branch is named by after
// "filial" ("Panvel - filial Petrópolis - …", "Drogasil filial Boa
// Viagem"): capitalised words closing the field. LOCATION.
func (a *analysis) branchPlace57(k int) {
	n := len(a.toks)
	q := k + 1
	if q >= n || a.toks[q].nl || a.toks[q].gap != 1 || !a.isWord(q) || a.toks[q].shape != shTitle || a.lexOf(q)&(lxStop|lxLabel|lxMonth|lxOrgHead) != 0 || a.claimedAt(q) {
		return
	}
	e := a.capRun53(q, 1)
	if e-q > 3 || e < n && !a.toks[e].nl && !(a.toks[e].kind == kPunct && a.toks[e].gap >= 0) {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeLocation, 0.75, pLocStrong)
}

// deviceRow57 keeps a device's maker and model out of the names and
// organisations in a table of equipment ("Primary ventilator  Philips
// Trilogy Evo   SN TV2K0000001", "Pulse oximeter  Masimo Rad-97  SN
// 1100001"): the capitalised words and model numbers of the cell before
// a serial's label at k, after a wide gap that follows the device's
// kind in lower case. A region.
func (a *analysis) deviceRow57(k int) {
	if k < 3 || a.toks[k].nl || a.toks[k].gap < 2 {
		return
	}
	e := k
	l := e
	for l > 0 && e-l < 5 && !a.toks[l].nl {
		j := l - 1
		t := a.toks[j]
		if l < e && a.toks[l].gap >= 2 {
			break
		}
		if t.kind == kWord && a.capShape(j) && a.lexOf(j)&(lxStop|lxLabel|lxMonth|lxTitle|lxCred) == 0 || t.kind == kAlnum || t.kind == kNum && (l < e || t.gap == 0) ||
			t.kind == kPunct && t.ch == '-' && t.gap == 0 && l < e && a.toks[l].gap == 0 {
			l = j
			continue
		}
		break
	}
	if l == e || a.toks[l].nl || a.toks[l].gap < 2 || l < 1 || !a.isWord(l-1) || a.toks[l-1].shape != shLower || a.lexOf(l-1)&(lxGiven|lxName) != 0 && a.lexOf(l-1)&(lxCommon|lxMedical) == 0 {
		return
	}
	a.regions = append(a.regions, [2]int{int(a.toks[l].s), int(a.toks[e-1].e)})
}

// ventModes57 are a ventilator's modes, written joined by a slash
// ("AC/PC", "SIMV/PS").
var ventModes57 = set(`ac pc vc ps prvc simv cmv cpap bipap psv`)

// ventMode57: the tokens [i, k) are two ventilator's modes joined by a
// slash.
func (a *analysis) ventMode57(i, k int) bool {
	return k == i+3 && a.isWord(i) && a.isPunct(i+1, "/") && a.isWord(i+2) && ventModes57[a.folded(i)] && ventModes57[a.folded(i+2)]
}

// devicePreps57 come before a device's word in the label of a person's
// field ("Responsável pelo equipamento:", "Person responsible for the
// device:").
var devicePreps57 = set(`pelo pela do da the for`)

// samuRegion57 reads a regional ambulance service by its number and
// the region it serves ("SAMU 192 Grande Recife", "SAMU 192
// Regional Norte"; a town's SAMU is the town's, as round 40 reads it):
// the capitalised words after "192" closing the line or the field, a
// region's word first and a place among them. ORGANIZATION.
func (a *analysis) samuRegion57(k int) {
	n := len(a.toks)
	q := k + 1
	if q+1 >= n || a.toks[q].nl || a.tokText(q) != "192" || a.toks[q+1].nl {
		return
	}
	s := q + 1
	if !a.isWord(s) || a.toks[s].shape == shLower || !samuRegions57[a.folded(s)] {
		return
	}
	e := a.capRun53(s, 1)
	if e == s || e-s > 4 || e < n && !a.toks[e].nl && !(a.toks[e].kind == kPunct && !a.isPunct(e, "-")) && a.toks[e].gap < 2 {
		return
	}
	place := false
	for j := s; j < e; j++ {
		if a.lexOf(j)&(lxPlace|lxPlacePrefix|lxRegion) != 0 || a.cue(j)&cuKnown != 0 {
			place = true
		}
	}
	if place {
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
	}
}

// samuRegions57 open a region's name after "SAMU 192".
var samuRegions57 = set(`grande regional metropolitano metropolitana litoral vale`)

// lowerDistrict57 reads the district a chat writer gives in lower case
// after a street address (the token after it p: "rua joão de barros
// 77, jardim das rosas", "rua Bento Correia 40 ap 12, meireles, cep
// 60160-110"): one to four words in lower case after the address's
// comma, closed by the line's end or by a comma and "cep"; a district's
// head first when the line closes. LOCATION.
func (a *analysis) lowerDistrict57(p int) {
	n := len(a.toks)
	q := p + 1
	if q >= n || !a.isPunct(p, ",") || a.toks[p].gap != 0 || a.toks[q].nl || !a.isWord(q) || a.toks[q].shape != shLower || a.claimedAt(q) {
		return
	}
	e := q
	for e < n && e < q+4 && (e == q || !a.toks[e].nl && a.toks[e].gap == 1) && a.isWord(e) && a.toks[e].shape == shLower && (e == q || a.lexOf(e)&lxStop == 0 || a.lexOf(e)&lxParticle != 0) {
		e++
	}
	cep := e+1 < n && a.isPunct(e, ",") && a.isWord(e+1) && a.folded(e+1) == "cep"
	if !cep && !(e >= n || a.toks[e].nl) || !cep && a.cue(q)&cuDistrictHead == 0 || a.lexOf(q)&(lxStop|lxMonth) != 0 && a.cue(q)&cuDistrictHead == 0 {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeLocation, 0.75, pLocStrong)
}

// kinPossessive57 reads a name in lower case before "'s" and a
// relation, as a parent writes it in a chat ("hi its tanya, kaden's
// mom"): a listed given name that is no common word. NAME.
func (a *analysis) kinPossessive57() {
	n := len(a.toks)
	for _, pi := range a.classToks('\'') {
		p := int(pi)
		k := p - 1
		if k < 0 || p+2 >= n || a.toks[p].gap != 0 || !a.isWord(k) || a.toks[k].shape != shLower || a.toks[k].e-a.toks[k].s < 3 || a.claimedAt(k) {
			continue
		}
		if !a.isWord(p+1) || a.folded(p+1) != "s" || a.toks[p+1].gap != 0 || !a.isWord(p+2) || a.toks[p+2].gap != 1 || a.lexOf(p+2)&lxRelation == 0 || !kinWords[a.folded(p+2)] && !possessiveKin57[a.folded(p+2)] {
			continue
		}
		if x := a.lexOf(k); x&(lxCommon|lxStop|lxMedical|lxMonth|lxRelation|lxPlace) != 0 || x&lxGiven == 0 {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
	}
}

// possessiveKin57 are relations a chat writes after a child's name and
// "'s" besides kinWords ("kaden's mom").
var possessiveKin57 = set(`mom dad mommy daddy mum grandma grandpa granddad nana aunt uncle`)

// agentName57 reads a community health agent's name after "ACS" at k
// where a team signs ("Enf. Clara Dias; ACS Ivonete"): one to three
// capitalised words, a listed given name first, closing the field.
// NAME.
func (a *analysis) agentName57(k int) {
	n := len(a.toks)
	q := k + 1
	if a.toks[q].nl || a.toks[q].gap != 1 || !a.isWord(q) || a.toks[q].shape != shTitle || a.lexOf(q)&lxGiven == 0 || a.lexOf(q)&(lxStop|lxMonth|lxMedical|lxOrgHead) != 0 || a.claimedAt(q) {
		return
	}
	e := q + 1
	for e < n && e < q+3 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && (a.toks[e].shape == shTitle || a.lexOf(e)&lxParticle != 0 && e+1 < n && a.isWord(e+1) && a.toks[e+1].shape == shTitle) && a.lexOf(e)&(lxStop|lxMonth|lxMedical|lxOrgHead) == 0 {
		e++
	}
	if e < n && !a.toks[e].nl && a.toks[e].kind != kPunct {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
}

// pharmacyBefore57: a pharmacy's head word ends right before byte s
// ("FARMÁCIA PAGUE MENOS"), by its bytes.
func (a *analysis) pharmacyBefore57(s int) bool {
	t := a.text
	return s >= 10 && t[s-1] == ' ' && (strings.EqualFold(t[s-9:s-1], "drogaria") || strings.EqualFold(t[s-10:s-1], "farmácia") || s >= 11 && strings.EqualFold(t[s-10:s-1], "drogarias"))
}
