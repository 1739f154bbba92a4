package phi

import "strings"

// Round 53 rules: courts, police and legal medicine (court-ordered
// psychiatric assessments, involuntary and compulsory admission papers,
// police custody notes, forensic examinations and autopsies, guardianship
// and capacity assessments, child-protection conferences, subpoenas and
// solicitors' letters), radiology and imaging paperwork (DICOM header
// dumps, PACS and HL7 tickets, reports, MRI safety forms, recall letters,
// laudos, SP/SADT requests) and dev-imitating notes.

// medical53 are clinical words the lists lack: imaging's and
// neuromodulation's words ("Modality worklist", "Neurostimulator /
// spinal cord stimulator?", "Fluoroscopy time", "Ureteral jets",
// "Imaging Informatics"), signs and devices named at a sentence's start
// ("Areflexic at ankles", "two Perclose devices"), eponyms of a clip, a
// grid and a monofilament ("Yasargil clip", "Amsler grid",
// "Semmes-Weinstein"), Portuguese findings and a profession
// ("Anormalidades pleurais", "Biomédica responsável"), coronary stents'
// brands ("card says Xience Skypoint").
var medical53 = set(`modality modalities stimulator neurostimulator informatics fluoroscopy fluoroscopic ureteral areflexic
	perclose yasargil amsler semmes anormalidade anormalidades biomedica biomedico xience promus orsiro`)

// stop53 are abbreviations that look like names: agencies and posts of
// courts, prisons and child protection (DOC, DCS, an MHT, a CCO, a
// records office's ROI), imaging's (PACS, an AE title, an MRMD), an
// insulin sensitivity factor (ISF), a form's short labels ("Nasc.",
// "Susp.", "Eval"), a records or privacy office's word ("Legal Records",
// "Custodian of Records", "Hi Privacy team") and Portuguese words that
// open a clause ("Mas", "Não").
var stop53 = set(`doc dcs mht cco roi pacs ae mrmd isf nasc susp eval mas nao records privacy`)

// common53 are words the lists lack: a legal paper's Latin ("subpoena
// duces tecum", "guardian ad litem"), a police verb ("Tased once"), the
// Portuguese spine, custody and maker ("Coluna lombar", "Ação de Guarda",
// "Fabricante/modelo:").
var common53 = set(`duces tecum litem tased tasered coluna guarda fabricante`)

// r53 is the kind of this round's trigger words (words53): they share
// r48Tail's bit, as rounds 50 to 52 do; detectTriggers53 tells them
// apart by the word.
const r53 = r48Tail

// words53 are this round's trigger words: a police force's or an
// agency's short form after its town or state ("Tucson PD", "Tennessee
// DCS"); a police car's word and a unit's ("patrol car SC-2218",
// "viatura 9.1147", "unit TPD 4417"); a police station's and a court's
// heads that go on past a dash ("12ª Delegacia Territorial - Itapuã",
// "… - Núcleo de Campinas", "Foro de X - 1ª Vara Cível"); a programme's
// and a public defender's office after a name ("Four Corners Recovery
// Program", "(Metropolitan Public Defender)"); an employer in apposition
// ("your employer, H-E-B,"); a staff register's number ("matrícula TJMG
// 4.118-2", "mat. CMTU-5118"); officers and couriers before their names
// ("officers Perez (badge …) and Kowalczyk", "courier D. Speck"); a
// judge's post after the name ("RICARDO T. MORI, MM. Juiz de Direito");
// a medical examiner's office, a children's hospital by its region, a
// parent's "filiação", a slashed reference's "ref", a prosecutor's
// "Promotoria", a statute's "Code", an imaging centre's "CDI" and "Open
// MRI".
var words53 = set(`pd dcs dhs dfps car viatura vtr cruiser unit delegacia nucleo vara program programme defender
	employer matricula mat officers deputies troopers detectives policiais agentes courier juiz juiza
	examiner coroner children filiacao ref promotoria code cdi mri`)

// late53 runs this round's passes that read what the others found.
func (a *analysis) late53() {
	if a.has39(r53) {
		a.detectTriggers53()
	}
	if a.hasPunct('^') {
		a.caretChains53()
	}
	if a.hasPunct('"') {
		a.quotedRelatives53()
	}
	if a.hasPunct(',') {
		a.commaRules53()
	}
	if a.hasPunct('(') && a.hasPunct(')') {
		a.bracketRules53()
	}
	if a.hasPunct(']') {
		a.lowerSpeakers53()
	}
	if a.ocr {
		a.wrappedOrgs53()
	}
	a.dicomKeywordLines53()
}

// commaRules53 runs this round's rules that start at a comma, in one
// walk of the commas: a specialty after a credential's comma
// (specialtyAt53), a relative's name in lower case between commas
// (relativeAt53), "SURNAME, GIVEN" in capitals (capsSurnameAt53).
func (a *analysis) commaRules53() {
	n := len(a.toks)
	ocr := a.ocr
	for _, pi := range a.classToks(',') {
		p := int(pi)
		k := p + 1
		// (what few commas have first: capitals before it, or another
		// comma one word on)
		if p < 1 || k+1 >= n || b2u(a.toks[p-1].shape == shUpper)|b2u(a.toks[k+1].ch == ',') == 0 {
			continue
		}
		if a.toks[p].gap != 0 || a.toks[k].nl || a.toks[k].kind != kWord {
			continue
		}
		switch a.toks[k].shape {
		case shTitle:
			if a.toks[p-1].shape == shUpper {
				a.specialtyAt53(p)
			}
		case shLower:
			if a.toks[k+1].ch == ',' {
				a.relativeAt53(p)
			}
		case shUpper:
			if !ocr && a.toks[p-1].shape == shUpper {
				a.capsSurnameAt53(p)
			}
		}
	}
}

// bracketRules53 runs this round's rules that start at an opening
// bracket, in one walk: a specialty after a credential's bracket
// (specialtyAt53), a town before its state's code or after a facility
// (placeAt53), an institution before its kind's acronym (kindAt53).
func (a *analysis) bracketRules53() {
	n := len(a.toks)
	for _, pi := range a.classToks('(') {
		p := int(pi)
		if p < 1 || p+2 >= n || a.toks[p].nl || a.toks[p+1].gap != 0 || a.toks[p+1].kind != kWord {
			continue
		}
		switch a.toks[p+1].shape {
		case shTitle:
			if a.toks[p-1].shape == shUpper {
				a.specialtyAt53(p)
			}
			a.placeAt53(p)
		case shUpper:
			a.placeAt53(p)
			a.kindAt53(p)
		}
	}
}

// detectTriggers53 runs the rules of this round's trigger words
// (words53).
func (a *analysis) detectTriggers53() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r53 == 0 || k+1 >= n || !a.isWord(k) {
			continue
		}
		switch a.folded(k) {
		case "pd", "dcs", "dhs", "dfps":
			if a.toks[k].shape == shUpper {
				a.placeAgency53(k)
			}
		case "car", "cruiser":
			if k > 0 && a.isWord(k-1) && (a.folded(k-1) == "patrol" || a.folded(k-1) == "squad" || a.folded(k-1) == "police") {
				a.policeCar53(k)
			}
		case "viatura", "vtr":
			a.policeCar53(k)
		case "unit":
			if a.toks[k].shape == shLower {
				a.policeUnit53(k)
			}
		case "delegacia":
			if a.toks[k].shape != shLower {
				a.policeStation53(k)
			}
		case "nucleo":
			if a.toks[k].shape != shLower {
				a.nucleus53(k)
			}
		case "vara":
			if a.toks[k].shape != shLower {
				a.courtDivision53(k)
			}
		case "program", "programme":
			if a.toks[k].shape == shTitle {
				a.programTail53(k)
			}
		case "defender":
			if a.toks[k].shape == shTitle {
				a.defenderOffice53(k)
			}
		case "employer":
			a.employerApposition53(k)
		case "matricula", "mat":
			a.staffNumber53(k)
		case "officers", "deputies", "troopers", "detectives", "policiais", "agentes":
			if a.toks[k].shape == shLower {
				a.pluralPosts53(k)
			}
		case "courier":
			a.courierName53(k)
		case "juiz", "juiza":
			a.judgeBefore53(k)
		case "examiner", "coroner":
			if a.toks[k].shape != shLower {
				a.examinerOffice53(k)
			}
		case "children":
			if a.toks[k].shape == shTitle {
				a.childrensBrand53(k)
			}
		case "filiacao":
			// "…, RG …, filiação: Márcia Santana / pai não declarado"
			if a.isPunct(k+1, ":") && k+2 < n && !a.toks[k+2].nl {
				a.captureLabeledName(k + 2)
			}
		case "ref":
			a.slashReference53(k)
		case "code":
			if a.toks[k].shape == shTitle {
				a.statuteSection53(k)
			}
		case "cdi":
			// an imaging centre by its acronym and place ("CDI Vale do
			// Itajaí - Diagnóstico por Imagem"), in Portuguese only ("CDI"
			// is C. difficile's infection in English)
			if a.pt && a.toks[k].shape == shUpper {
				if r := a.capRun53(k+1, a.wide53()); r > k+1 && !a.toks[k+1].nl && a.toks[k+1].gap == 1 && a.lexOf(k+1)&(lxStop|lxMonth|lxMedical) == 0 {
					a.add(int(a.toks[k].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
				}
			}
		case "mri":
			// an imaging centre named for its open magnet ("Bayside Open
			// MRI: Hi TERRENCE, …", "Upright MRI of Tampa")
			if a.toks[k].shape == shUpper && k >= 2 && a.isWord(k-1) && a.toks[k-1].shape == shTitle && (a.folded(k-1) == "open" || a.folded(k-1) == "upright") && !a.toks[k].nl && a.toks[k].gap == 1 {
				l := k - 1
				for l > 0 && k-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.toks[l-1].shape == shTitle && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle) == 0 {
					l--
				}
				if l < k-1 {
					a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
				}
			}
		case "promotoria":
			// a prosecutor's office heading its letter ("Promotoria de
			// Justiça de Direitos Humanos - …"; after a state's Ministério
			// Público on its line, the state's unit)
			if (k == 0 || a.toks[k].nl) && a.toks[k].shape != shLower {
				if r := a.capRun53(k, a.wide53()); r-k >= 3 {
					a.add(int(a.toks[k].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
				}
			}
		}
	}
}

// placeAgency53 reads a police force's or a public agency's short form
// after the town or the state it serves ("w/ Tucson PD crisis team",
// "Renata Solis from Tennessee DCS"): one to three capitalised words of
// the gazetteer or the states before the capitals at k. ORGANIZATION.
func (a *analysis) placeAgency53(k int) {
	p := k - 1
	if p < 0 || !a.isWord(p) || a.toks[k].nl || a.toks[k].gap != 1 || a.toks[p].shape == shLower || a.lexOf(p)&(lxPlace|lxRegion|lxPlacePrefix|lxForeignPlace) == 0 || a.lexOf(p)&lxStop != 0 {
		return
	}
	s := p
	for s > 0 && s > p-2 && !a.toks[s].nl && a.toks[s].gap == 1 && a.isWord(s-1) && a.toks[s-1].shape != shLower && a.lexOf(s-1)&(lxPlace|lxRegion|lxPlacePrefix) != 0 && a.lexOf(s-1)&lxStop == 0 {
		s--
	}
	a.add(int(a.toks[s].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// policeCar53 reads a police car's number after its word ("patrol car
// SC-2218", "viatura FHZ-4C17", "da viatura 9.1147"): a plate's groups
// of capitals and digits (plateRun41) or a fleet number of four to eight
// digits that dots or hyphens may group. VEHICLE.
func (a *analysis) policeCar53(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && (a.isPunct(q, ":") || a.isPunct(q, "#")) && !a.toks[q].nl {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 {
		return
	}
	switch a.toks[q].kind {
	case kWord, kAlnum:
		if a.isWord(q) && (a.toks[q].shape != shUpper && a.toks[q].shape != shSingle || a.lexOf(q)&(lxLabel|lxStop) != 0 && !(a.isPunct(q+1, "-") && a.toks[q+1].gap == 0)) {
			return
		}
		if e := a.plateRun41(q); e > q {
			// (a Brazilian plate has seven characters: an ambulance's unit
			// after "Viatura:" is none, "USA-07", "USB 03")
			if f := a.folded(k); (f == "viatura" || f == "vtr") && a.alnumCount53(q, e) != 7 {
				return
			}
			a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeVehicle, 0.8, pLabeled)
		}
	case kNum:
		if e, digits := a.numberGroups53(q, false); digits >= 4 && digits <= 8 {
			a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeVehicle, 0.8, pLabeled)
		}
	}
}

// numberGroups53 reads digits from token q grouped by dots, hyphens or
// slashes ("9.1147", "4.118-2", "198.441-1-7"; an OCR's spaced "8 1 4 .
// 2 2 7 - 3" when spaced), a check letter after the last hyphen
// ("22.718-X"): the end and the count of digits.
func (a *analysis) numberGroups53(q int, spaced bool) (e, digits int) {
	n := len(a.toks)
	maxGap := int16(0)
	if spaced {
		maxGap = 1
	}
	e = q
	for j := q; j < n; j++ {
		t := a.toks[j]
		if j > q && (t.nl || t.gap > maxGap) {
			break
		}
		if t.kind == kNum {
			digits += int(t.e - t.s)
			e = j + 1
			continue
		}
		if j > q && j+1 < n && !a.toks[j+1].nl && a.toks[j+1].gap <= maxGap && (a.isPunct(j, ".") || a.isPunct(j, "-") || a.isPunct(j, "/")) {
			if a.toks[j+1].kind == kNum {
				continue
			}
			if a.isPunct(j, "-") && a.toks[j+1].shape == shSingle && (a.text[a.toks[j+1].s] == 'X' || a.text[a.toks[j+1].s] == 'x') {
				e = j + 2
			}
		}
		break
	}
	return e, digits
}

// policeUnit53 reads a police unit's number after ", unit" on the line
// of an officer's title ("Trooper: Caleb Ruhlman, unit 1582", "Officer
// …: … ETA 10 min, unit TPD 4417"): the force's capitals, if any, and
// three to five digits closing the field. VEHICLE with the capitals,
// else ID.
func (a *analysis) policeUnit53(k int) {
	n := len(a.toks)
	q := k + 1
	if q+1 >= n || a.toks[q].nl || a.toks[q].gap != 1 {
		return
	}
	typ := TypeID
	if a.isWord(q) && a.toks[q].shape == shUpper && a.toks[q].e-a.toks[q].s >= 2 && a.toks[q].e-a.toks[q].s <= 4 && a.lexOf(q)&(lxStop|lxLabel|lxCred|lxMonth) == 0 {
		q++
		typ = TypeVehicle
	}
	t := a.toks[q]
	if k < 1 || !a.isPunct(k-1, ",") || t.kind != kNum || t.nl || t.gap != 1 || t.e-t.s < 3 || t.e-t.s > 5 || q+1 < n && !a.toks[q+1].nl && (a.toks[q+1].kind != kPunct || a.isPunct(q+1, "-") || a.isPunct(q+1, "/") || a.isPunct(q+1, ".") && q+2 < n && a.toks[q+2].kind == kNum) {
		return
	}
	// an officer's title earlier on the line
	found := false
	for j := k - 1; j >= 0 && !found; j-- {
		if a.isWord(j) && a.lexOf(j)&lxTitle != 0 && policeTitles53[a.folded(j)] {
			found = true
		}
		if a.toks[j].nl {
			break
		}
	}
	if found {
		a.add(int(a.toks[k+1].s), int(t.e), typ, 0.8, pLabeled)
	}
}

// policeTitles53 are the titles of police officers.
var policeTitles53 = set(`officer ofc trooper tpr deputy sgt sergeant det detective cpl lt`)

// capRun53 returns the end of the run of capitalised words from k on its
// line (apart by at most wide blanks), with the lower-case connectors of
// a name between them ("Proteção à Criança e ao Adolescente") and words
// glued by a hyphen ("TÉCNICO-CIENTÍFICA"); k itself if k is none.
func (a *analysis) capRun53(k, wide int) int {
	n := len(a.toks)
	r := k
	for r < n && (r == k || !a.toks[r].nl && int(a.toks[r].gap) <= wide) {
		switch {
		case a.isWord(r) && a.capShape(r) && a.lexOf(r)&lxLabel == 0:
			r++
			continue
		case r > k && a.isWord(r) && a.toks[r].shape == shLower && nameConnector53(a.folded(r)):
			q := r + 1
			for q < n && q < r+3 && a.isWord(q) && a.toks[q].shape == shLower && nameConnector53(a.folded(q)) && !a.toks[q].nl {
				q++
			}
			if q < n && !a.toks[q].nl && int(a.toks[q].gap) <= wide && a.capShape(q) {
				r = q
				continue
			}
		case r > k && a.isPunct(r, "-") && a.toks[r].gap == 0 && r+1 < n && a.toks[r+1].gap == 0 && a.capShape(r+1):
			r++
			continue
		}
		break
	}
	return r
}

// nameConnector53: f joins the words of a public body's name.
func nameConnector53(f string) bool {
	switch f {
	case "de", "da", "do", "das", "dos", "e", "em", "a", "ao", "aos", "as", "of", "the", "and", "for":
		return true
	}
	return false
}

// dashTail53 reads the part of a name after a spaced dash at token d (a
// district, a branch, an acronym: "… Territorial - Itapuã", "… À PESSOA -
// DHPP"): capitalised words closing the line or the field. The end, or d
// if there is none.
func (a *analysis) dashTail53(d, wide int) int {
	n := len(a.toks)
	if d+1 >= n || !a.isPunct(d, "-") || a.toks[d].gap == 0 || a.toks[d].nl || a.toks[d+1].nl || a.toks[d+1].gap == 0 || int(a.toks[d+1].gap) > wide+1 {
		return d
	}
	q := d + 1
	if !a.isWord(q) || !a.capShape(q) || a.lexOf(q)&(lxStop|lxLabel|lxMonth) != 0 || a.cue(q)&cuDocType != 0 {
		return d
	}
	e := a.capRun53(q, wide)
	if e-q > 4 || e < n && !a.toks[e].nl && !(a.toks[e].kind == kPunct && !a.isPunct(e, "-") && !a.isPunct(e, "/") || a.toks[e].gap >= 3) {
		return d
	}
	return e
}

// orgEndingAt53 returns the index of an organisation that ends at byte
// e, or -1.
func (a *analysis) orgEndingAt53(e int) int {
	for ci := range a.cands {
		if a.cands[ci].e == e && a.cands[ci].typ == TypeOrganization {
			return ci
		}
	}
	return -1
}

// orgStartingAt53 returns the index of the longest organisation that
// starts at byte s, or -1.
func (a *analysis) orgStartingAt53(s int) int {
	best := -1
	for ci := range a.cands {
		if a.cands[ci].s == s && a.cands[ci].typ == TypeOrganization && (best < 0 || a.cands[ci].e > a.cands[best].e) {
			best = ci
		}
	}
	return best
}

// wide53 is the widest blank inside a name (an OCR's are wider).
func (a *analysis) wide53() int {
	if a.ocr {
		return 2
	}
	return 1
}

// policeStation53 reads a police station from its "Delegacia" at k with
// its ordinal before it or its district after a spaced dash ("12ª
// Delegacia Territorial - Itapuã", "DELEGACIA DE HOMICÍDIOS E PROTEÇÃO À
// PESSOA - DHPP"), or with the rest of the name after a connector that
// the head's rule left out ("Delegacia Especializada em Proteção à
// Criança e ao Adolescente"). ORGANIZATION.
func (a *analysis) policeStation53(k int) {
	n := len(a.toks)
	wide := a.wide53()
	s := k
	if k > 0 && a.ordinalAt(k-1) && !a.toks[k].nl && int(a.toks[k].gap) <= wide {
		s = k - 1
	}
	r := a.capRun53(k, wide)
	e := a.dashTail53(r, wide)
	if r < n && e == r && a.isPunct(r, "-") {
		return
	}
	if s == k && e == r {
		// (only past an organisation the head's rule found)
		ci := a.orgStartingAt53(int(a.toks[k].s))
		if ci < 0 || a.cands[ci].e >= int(a.toks[r-1].e) {
			return
		}
	}
	if r-k < 2 && e == r {
		return
	}
	a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// nucleus53 reads a "Núcleo" that names a branch in a town after its
// institution's dash ("INSTITUTO MÉDICO LEGAL - NÚCLEO DE CAMPINAS"): the
// whole as one organisation (a department's "Núcleo de Regulação" before
// or after its plan is none).
func (a *analysis) nucleus53(k int) {
	n := len(a.toks)
	r := a.capRun53(k, a.wide53())
	q := k + 1
	if k < 2 || q+1 >= r || !a.isPunct(k-1, "-") || a.toks[k-1].gap == 0 || a.toks[k].gap == 0 || a.toks[k-1].nl || a.toks[k].nl ||
		r < n && !a.toks[r].nl && (a.toks[r].kind != kPunct || a.isPunct(r, "-")) ||
		!a.isWord(q) || a.folded(q) != "de" && a.folded(q) != "da" && a.folded(q) != "do" {
		return
	}
	if e, ok := a.placeMatch(q + 1); !ok || e != r || a.lexOf(q+1)&lxCommon != 0 {
		return // (a town's name that is a word is the word: "Núcleo de Saúde")
	}
	if ci := a.orgEndingAt53(int(a.toks[k-2].e)); ci >= 0 {
		c := a.cands[ci]
		a.add(c.s, int(a.toks[r-1].e), TypeOrganization, c.score, c.prio)
	}
}

// courtDivision53 reads a court's numbered division after its forum's
// dash ("FORO DE GUARULHOS - 1ª VARA CÍVEL"): one organisation.
func (a *analysis) courtDivision53(k int) {
	wide := a.wide53()
	if k < 3 || !a.ordinalAt(k-1) || a.toks[k].nl || int(a.toks[k].gap) > wide || !a.isPunct(k-2, "-") || a.toks[k-2].gap == 0 || a.toks[k-1].gap == 0 || a.toks[k-2].nl || a.toks[k-1].nl {
		return
	}
	if ci := a.orgEndingAt53(int(a.toks[k-3].e)); ci >= 0 {
		c := a.cands[ci]
		a.add(c.s, int(a.toks[a.capRun53(k, wide)-1].e), TypeOrganization, c.score, c.prio)
	}
}

// programTail53 grows an organisation or a place over the words of a
// programme it runs ("Mental Health Court Liaison Program", "our Four
// Corners Recovery Program", "Piedmont Lung Screening Program"): up to
// four capitalised words between it and "Program"; a hospital's or a
// clinic's programme is a department of it, no name. ORGANIZATION.
func (a *analysis) programTail53(k int) {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := a.toks[j+1]
		if t.nl || t.gap != 1 || !a.isWord(j) || !a.capShape(j) || a.lexOf(j)&(lxStop|lxMonth) != 0 {
			return
		}
		e := int(a.toks[j].e)
		for ci := range a.cands {
			c := a.cands[ci]
			// (a facility's programme is its department: "… Behavioral
			// Health Intensive Outpatient Program", "… Medical Center
			// Forensic Nursing Program")
			if c.e == e && (c.typ == TypeLocation || c.typ == TypeOrganization && !facilityEnd53(a.folded(j))) && j < k-1 {
				a.add(c.s, int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
				return
			}
		}
	}
}

// defenderOffice53 reads a public defender's office named by a proper
// word before "Public Defender" ("(Metropolitan Public Defender)", "at
// Lakeside Public Defender"), never a post ("Chief Public Defender", "the
// Public Defender", a state's). ORGANIZATION.
func (a *analysis) defenderOffice53(k int) {
	if k < 3 || !a.isWord(k-1) || a.folded(k-1) != "public" || a.toks[k-1].shape != shTitle || a.toks[k].gap != 1 || a.toks[k].nl || a.toks[k-1].nl || a.toks[k-1].gap != 1 {
		return
	}
	l := k - 2
	if !a.isWord(l) || a.toks[l].shape != shTitle || a.lexOf(l)&(lxStop|lxMonth|lxTitle|lxRegion) != 0 || defenderPosts53[a.folded(l)] {
		return
	}
	p := l - 1
	if !(a.isPunct(p, "(") || a.isPunct(p, ",") || a.isWord(p) && a.toks[p].shape == shLower && (a.folded(p) == "at" || a.folded(p) == "of" || a.folded(p) == "from" || a.folded(p) == "with" || a.folded(p) == "to")) {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// defenderPosts53 open a public defender's post, not an office's name.
var defenderPosts53 = set(`chief deputy assistant senior supervising state federal county district managing trial appellate`)

// employerApposition53 reads an employer named in apposition ("Lost
// wages from your employer, H-E-B, are pending") or after a two-word
// label ("Employer group: Target (team member plan)"): capitalised words,
// letters glued by hyphens, "&", closed by punctuation or the line's end.
// ORGANIZATION.
func (a *analysis) employerApposition53(k int) {
	n := len(a.toks)
	q := k + 1
	switch {
	case q+1 < n && a.isPunct(q, ",") && a.toks[q].gap == 0 && !a.toks[q+1].nl && a.toks[q+1].gap == 1:
		q++
	case q+2 < n && a.isWord(q) && (a.folded(q) == "group" || a.folded(q) == "name") && a.isPunct(q+1, ":") && a.toks[q+1].gap == 0 && !a.toks[q+2].nl:
		q += 2
	default:
		return
	}
	if q >= n || a.claimedAt(q) || !a.isWord(q) || !a.capShape(q) || a.lexOf(q)&(lxStop|lxMonth|lxTitle|lxLabel) != 0 {
		return
	}
	e := q
	for e < n && e-q < 8 && (e == q || !a.toks[e].nl && a.toks[e].gap <= 1) {
		switch {
		case a.isWord(e) && a.capShape(e):
			e++
			continue
		case e > q && (a.isPunct(e, "-") || a.isPunct(e, "&") || a.isPunct(e, "'")) && e+1 < n && a.capShape(e+1) && !a.toks[e+1].nl:
			e++
			continue
		}
		break
	}
	if e < n && !a.toks[e].nl && a.toks[e].kind != kPunct {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeOrganization, 0.75, pCtxOrg)
}

// staffNumber53 reads a staff register's number after "matrícula" or
// "mat." with the body's capitals before it ("Escrivão Judicial -
// matrícula TJMG 4.118-2", "(mat. CMTU-5118)") or spaced by a scanner
// ("mat . 8 1 4 . 2 2 7 - 3"). ID.
func (a *analysis) staffNumber53(k int) {
	n := len(a.toks)
	q := k + 1
	if a.folded(k) == "mat" {
		if !a.isPunct(q, ".") || a.toks[q].gap > 1 {
			return
		}
		q++
	}
	if q < n && (a.isPunct(q, ":") || a.isPunct(q, "#")) {
		q++
	}
	if q+1 >= n || a.toks[q].nl || a.toks[q].gap > 2 {
		return
	}
	s := q
	if a.isWord(q) && a.toks[q].shape == shUpper && a.toks[q].e-a.toks[q].s >= 2 && a.toks[q].e-a.toks[q].s <= 6 && a.lexOf(q)&(lxStop|lxLabel|lxCred|lxMonth) == 0 {
		q++
		if a.isPunct(q, "-") && a.toks[q].gap == 0 {
			q++
		}
		if q >= n || a.toks[q].nl || a.toks[q].gap > 1 {
			return
		}
	}
	if a.toks[q].kind != kNum || a.claimedAt(q) && s == q {
		return
	}
	e, digits := a.numberGroups53(q, a.ocr)
	if digits < 3 || digits > 12 {
		return
	}
	a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeID, 0.8, pLabeled)
}

// pluralPosts53 reads the names a plural post lists ("current officers
// Perez (badge 16620) and Kowalczyk", "policiais penais A. Modesto e R.
// Salgueiro"): capitalised name words or an initial and a surname, a
// remark in brackets after each, joined by commas, "and" or "e". NAME.
func (a *analysis) pluralPosts53(k int) {
	n := len(a.toks)
	q := k + 1
	// (a qualifier in lower case: "policiais penais", "agentes federais")
	if q+1 < n && a.pt && a.isWord(q) && a.toks[q].shape == shLower && a.toks[q].gap == 1 && !a.toks[q].nl && a.capShape(q+1) {
		q++
	}
	if q < n && a.isPunct(q, ":") {
		q++
	}
	for names := 0; names < 4 && q < n && !a.toks[q].nl && a.toks[q].gap == 1; names++ {
		e := a.postName53(q)
		if e == q {
			return
		}
		a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
		q = e
		// a remark in brackets: "(badge 16620)"
		if q < n && a.isPunct(q, "(") && !a.toks[q].nl {
			j := q + 1
			for j < n && j < q+8 && !a.toks[j].nl && !a.isPunct(j, ")") {
				j++
			}
			if j >= n || !a.isPunct(j, ")") {
				return
			}
			q = j + 1
		}
		if q+1 < n && !a.toks[q].nl && (a.isPunct(q, ",") || a.isWord(q) && (a.folded(q) == "and" || a.folded(q) == "e")) {
			q++
			continue
		}
		return
	}
}

// postName53 returns the end of a name at token q after a post: an
// initial and a surname ("D. Speck"), or one or two capitalised words
// that are listed names or in no list; q if there is none.
func (a *analysis) postName53(q int) int {
	n := len(a.toks)
	if q+2 < n && a.toks[q].shape == shSingle && isASCIIUpper(a.text[a.toks[q].s]) && a.isPunct(q+1, ".") && a.toks[q+1].gap == 0 && a.capShape(q+2) && a.toks[q+2].gap == 1 && !a.toks[q+2].nl &&
		a.toks[q+2].shape != shSingle && a.lexOf(q+2)&(lxStop|lxMonth|lxLabel|lxOrgHead) == 0 {
		return q + 3
	}
	e := q
	for e < n && e < q+2 && (e == q || a.toks[e].gap == 1 && !a.toks[e].nl) && a.isWord(e) && a.toks[e].shape == shTitle && a.toks[e].e-a.toks[e].s >= 2 {
		x := a.lexOf(e)
		if x&(lxStop|lxMonth|lxLabel|lxOrgHead|lxTitle|lxCred) != 0 || x&(lxGiven|lxName) == 0 && !a.unknownWord(e) {
			break
		}
		e++
	}
	return e
}

// courierName53 reads the name after "courier" in a chain of custody
// ("-> courier D. Speck 04/29/2024"). NAME.
func (a *analysis) courierName53(k int) {
	q := k + 1
	if q < len(a.toks) && a.isPunct(q, ":") {
		q++
	}
	if q >= len(a.toks) || a.toks[q].nl || a.toks[q].gap != 1 {
		return
	}
	if e := a.postName53(q); e > q {
		a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
	}
}

// judgeBefore53 reads a judge's name before the post in a Brazilian
// warrant ("O(A) DOUTOR(A) RICARDO TAKESHI MORI , MM. Juiz de Direito"):
// two to five capitalised words before the comma and "MM.". NAME.
func (a *analysis) judgeBefore53(k int) {
	p := k - 1
	if p >= 0 && a.isPunct(p, ".") {
		p--
	}
	if p < 2 || !a.isWord(p) || a.folded(p) != "mm" || !a.isPunct(p-1, ",") || a.toks[p-1].nl || a.toks[p].nl {
		return
	}
	e := p - 1
	s := e
	wide := a.wide53()
	for s > 0 && e-s < 5 && a.isWord(s-1) && a.capShape(s-1) && a.toks[s-1].shape != shSingle && a.lexOf(s-1)&(lxStop|lxLabel|lxTitle|lxMonth|lxOrgHead) == 0 &&
		!a.toks[s].nl && int(a.toks[s].gap) <= wide+1 {
		s--
		if a.toks[s].nl {
			break
		}
	}
	if e-s < 2 {
		return
	}
	a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
}

// caretChains53 reads a name written as a DICOM person name anywhere
// ("Correct patient is HARTIGAN^CONNOR^JAMES,", "A) NOVAK^JOSEPHINE^M",
// "ReferringPhysicianName . SANDOVAL^MARCO"): two to four parts of
// capitalised words glued by carets, one of them a listed name, none a
// cue, common or medical word (detectCaretNames40 wants a field's border
// before it, and a part no rule claimed). NAME.
func (a *analysis) caretChains53() {
	n := len(a.toks)
	next := 0
	for _, pi := range a.classToks('^') {
		p := int(pi)
		if p < next || p < 1 || p+1 >= n || a.toks[p].gap != 0 || a.toks[p+1].gap != 0 || !a.caretPart53(p-1) || !a.caretPart53(p+1) {
			continue
		}
		s := p - 1
		parts, listed, ok := 0, false, true
		e := s
		for k := s; k < n; k += 2 {
			if !a.caretPart53(k) || k > s && (a.toks[k].gap != 0 || !a.isPunct(k-1, "^")) {
				break
			}
			x := a.lexOf(k)
			if a.toks[k].shape != shSingle {
				if x&(lxGiven|lxName) != 0 {
					listed = true
				}
				if a.nonName(k) && x&lxParticle == 0 {
					ok = false
				}
			} else if parts < 2 {
				ok = false // (the family and the given names are words)
			}
			parts++
			e = k + 1
			if k+2 >= n || !a.isPunct(k+1, "^") || a.toks[k+1].gap != 0 {
				break
			}
		}
		next = e
		if !ok || !listed || parts < 2 || parts > 4 || e < n && a.toks[e].gap == 0 && (a.toks[e].kind == kNum || a.toks[e].kind == kAlnum || a.isPunct(e, "^")) {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
	}
}

// caretPart53: token k is a capitalised word that a rule claimed as a
// name or none claimed.
func (a *analysis) caretPart53(k int) bool {
	if k < 0 || k >= len(a.toks) || a.toks[k].kind != kWord || !a.capShape(k) {
		return false
	}
	return !a.claimedAt(k) || a.candAt(int(a.toks[k].s), TypeName) >= 0
}

// countyAfterComma53 returns the end of a county named after a court's
// comma ("DISTRICT COURT, EL PASO COUNTY, COLORADO"): one to three
// capitalised words that are no cue, state or common word alone, then
// "County" or "Parish"; q if there is none.
func (a *analysis) countyAfterComma53(q int) int {
	n := len(a.toks)
	proper := false
	for j := q; j < n && j < q+4; j++ {
		if a.toks[j].nl || j > q && a.toks[j].gap > 2 || !a.isWord(j) || !a.capShape(j) {
			return q
		}
		g := a.folded(j)
		if j > q && (g == "county" || g == "parish") {
			if !proper {
				return q
			}
			return j + 1
		}
		x := a.lexOf(j)
		if x&(lxStop|lxMonth|lxRegion) != 0 {
			return q
		}
		if x&(lxCommon|lxMedical) == 0 || x&(lxGiven|lxName|lxPlace|lxPlacePrefix) != 0 {
			proper = true
		}
	}
	return q
}

// examinerOffice53 reads the office of a medical examiner or a coroner
// before the place it serves ("OFFICE OF THE CHIEF MEDICAL EXAMINER -
// BALTIMORE", "Office of the Medical Examiner, Pima County"): "Office of
// the", "Chief", "Medical" before the word at k, and a listed place or
// a county after a spaced dash or a comma. ORGANIZATION, the place left
// to its own rules.
func (a *analysis) examinerOffice53(k int) {
	n := len(a.toks)
	l := k
	if l > 0 && a.isWord(l-1) && a.folded(l-1) == "medical" && !a.toks[l].nl {
		l--
	}
	if l > 0 && a.isWord(l-1) && a.folded(l-1) == "chief" && !a.toks[l].nl {
		l--
	}
	if l < 3 || a.toks[l].nl || a.toks[l-1].nl || a.toks[l-2].nl || !a.isWord(l-1) || a.folded(l-1) != "the" || !a.isWord(l-2) || a.folded(l-2) != "of" || !a.isWord(l-3) || a.folded(l-3) != "office" || a.toks[l-3].shape == shLower {
		return
	}
	q := k + 1
	if q+1 >= n || a.toks[q].nl || a.toks[q+1].nl || !(a.isPunct(q, "-") && a.toks[q].gap > 0 || a.isPunct(q, ",") && a.toks[q].gap == 0) || !a.capShape(q+1) {
		return
	}
	if _, ok := a.placeMatch(q + 1); !ok && a.countyAfterComma53(q+1) == q+1 {
		return
	}
	a.add(int(a.toks[l-3].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// childrensBrand53 reads a children's hospital named by its region alone
// ("office at East Tennessee Children's for the refill"): one to three
// capitalised words before "Children's", one a listed place or state,
// after a preposition or at a line's start, and no head after it.
// ORGANIZATION.
func (a *analysis) childrensBrand53(k int) {
	n := len(a.toks)
	if k+2 >= n || !(a.isPunct(k+1, "'") || a.isPunct(k+1, "’")) || a.toks[k+1].gap != 0 || !a.isWord(k+2) || a.folded(k+2) != "s" || a.toks[k+2].gap != 0 {
		return
	}
	if e := k + 3; e < n && !a.toks[e].nl && a.toks[e].gap <= 1 && a.capShape(e) {
		return // a head's rule reads "… Children's Hospital"
	}
	l, place := k, false
	for l > 0 && k-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.toks[l-1].shape == shTitle && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle) == 0 {
		l--
		if a.lexOf(l)&(lxPlace|lxRegion|lxPlacePrefix) != 0 {
			place = true
		}
	}
	if l == k || !place || !(a.toks[l].nl || l == 0 || a.isWord(l-1) && a.toks[l-1].shape == shLower && (a.folded(l-1) == "at" || a.folded(l-1) == "to" || a.folded(l-1) == "from" || a.folded(l-1) == "in")) {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k+2].e), TypeOrganization, 0.75, pOrg)
}

// iContraction53: token j is the pronoun "I" of a contraction ("I'm",
// "I'll", "I'd", "I've").
func (a *analysis) iContraction53(j int) bool {
	t := a.toks[j]
	return t.shape == shSingle && a.text[t.s] == 'I' && j+2 < len(a.toks) && a.toks[j+1].gap == 0 && (a.isPunct(j+1, "'") || a.isPunct(j+1, "’")) && a.toks[j+2].gap == 0 && a.toks[j+2].shape == shLower
}

// givenDay53: the name word k, a given name that is no common or medical
// word, stands before a day and month that a date's rule read at j
// ("visits: father 2/22 and 3/7; Zion 3/12 (office)"): no score's number.
func (a *analysis) givenDay53(k, j int) bool {
	x := a.lexOf(k)
	if x&lxGiven == 0 || x&(lxCommon|lxMedical|lxStop) != 0 {
		return false
	}
	c := a.candAt(int(a.toks[j].s), TypeDate)
	return c >= 0 && a.cands[c].s == int(a.toks[j].s)
}

// ptPreterite53: f is a Portuguese verb in the third person of the past
// ("mostrou", "voltou", "recebeu", "saiu"), what a person did after the
// name that opens the sentence ("Lara mostrou-se comunicativa").
func ptPreterite53(f string) bool {
	if len(f) < 5 {
		return false
	}
	switch f[len(f)-2:] {
	case "ou", "eu", "iu":
		return true
	}
	return false
}

// slashReference53 reads a reference whose parts slashes join after
// "ref" ("Our ref: HW/PI/24-0713", "ref MP/COP/3318"): capitals and
// digits glued by slashes, hyphens or dots, two slashes or a slash and
// digits at least. ID.
func (a *analysis) slashReference53(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isPunct(q, ".") && a.toks[q].gap == 0 {
		q++
	}
	if q < n && (a.isPunct(q, ":") || a.isPunct(q, "#")) {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 || a.toks[q].kind == kPunct {
		return
	}
	e, slashes, digits := q, 0, 0
	for j := q; j < n; j++ {
		t := a.toks[j]
		if j > q && (t.gap != 0 || t.nl) {
			break
		}
		switch {
		case t.kind == kNum || t.kind == kAlnum:
			digits++
			e = j + 1
			continue
		case t.kind == kWord && (t.shape == shUpper || t.shape == shSingle):
			e = j + 1
			continue
		case j > q && (t.ch == '/' || t.ch == '-' || t.ch == '.') && j+1 < n && a.toks[j+1].gap == 0 && a.toks[j+1].kind != kPunct:
			if t.ch == '/' {
				slashes++
			}
			continue
		}
		break
	}
	if slashes == 0 || digits == 0 || e < n && !a.toks[e].nl && a.toks[e].gap == 0 && a.toks[e].kind != kPunct {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeID, 0.8, pLabeled)
}

// quotedRelatives53 reads a name in quotes after a relation ("a caller
// claiming to be his cousin "Tay" called twice"): one capitalised word
// that is no cue word. NAME.
func (a *analysis) quotedRelatives53() {
	n := len(a.toks)
	for _, pi := range a.classToks('"') {
		p := int(pi)
		k := p + 1
		if p < 1 || k+1 >= n || a.toks[p].gap != 1 || a.toks[p].nl || a.toks[k].gap != 0 || !a.isPunct(k+1, "\"") || a.toks[k+1].gap != 0 ||
			!a.isWord(k) || a.toks[k].shape != shTitle || a.claimedAt(k) || !a.isWord(p-1) || a.toks[p-1].shape != shLower || a.lexOf(p-1)&lxRelation == 0 ||
			a.lexOf(k)&(lxStop|lxMonth|lxLabel) != 0 || a.lexOf(k)&(lxMedical|lxCommon) != 0 && a.lexOf(k)&(lxGiven|lxName) == 0 {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
	}
}

// titledStreet53: the title at token j (its dot after it) opens a
// street's name before a capitalised word that is no cue word ("Madre
// Leônia", "Padre Anchieta", "Dr. Arnaldo"); the token after the title,
// or j.
func (a *analysis) titledStreet53(j int) int {
	if a.lexOf(j)&lxTitle == 0 {
		return j
	}
	q := j + 1
	if q < len(a.toks) && a.isPunct(q, ".") && a.toks[q].gap == 0 {
		q++
	}
	if q >= len(a.toks) || a.toks[q].nl || a.toks[q].gap != 1 || !a.isWord(q) || a.toks[q].shape != shTitle || a.lexOf(q)&(lxStop|lxMonth) != 0 {
		return j
	}
	return q
}

// specialtyAt53 makes a region of a specialty named after a
// clinician's credential and its comma or bracket at p ("…, MD, Geriatric Psychiatry", "…, MD, Child &
// Adolescent and Forensic Psychiatry", "…, MD (Child Abuse Pediatrics,
// …)"): capitalised words of specialties and the groups they serve,
// ending in a specialty's noun, closing the field. No place, name or
// organisation is read in it.
func (a *analysis) specialtyAt53(p int) {
	n := len(a.toks)
	k := p + 1
	if !a.isWord(p-1) || a.lexOf(p-1)&lxCred == 0 || a.toks[k].gap > 1 || a.toks[k].shape != shTitle {
		return
	}
	e, last := k, -1
	for j := k; j < n && j < k+8; j++ {
		if j > k && (a.toks[j].nl || a.toks[j].gap > 1) {
			break
		}
		if a.isPunct(j, "&") || a.isWord(j) && a.toks[j].shape == shLower && (a.folded(j) == "and" || a.folded(j) == "of") {
			continue
		}
		if !a.isWord(j) || a.toks[j].shape != shTitle {
			break
		}
		f := a.folded(j)
		if !specialtyWords[f] && !specialtyServed53[f] && !specialtyNoun53(f) {
			break
		}
		e = j + 1
		if specialtyNoun53(f) {
			last = j + 1
		}
	}
	if last < 0 || last != e {
		return
	}
	if e < n && !a.toks[e].nl && a.toks[e].gap < 2 && !a.isPunct(e, ",") && !a.isPunct(e, ")") && !a.isPunct(e, "|") && !a.isPunct(e, ";") {
		return
	}
	a.regions = append(a.regions, [2]int{int(a.toks[k].s), int(a.toks[e-1].e)})
}

// specialtyServed53 are the words of a specialty's name that are no
// specialty's noun: whom it serves, its field.
var specialtyServed53 = set(`child children adolescent adolescents adult adults abuse forensic addiction consultation liaison developmental behavioral behavioural geriatric pediatric`)

// specialtyNoun53: f names a specialty ("Psychiatry", "Pediatrics",
// "Radiology", "Medicine", "Surgery").
func specialtyNoun53(f string) bool {
	if f == "medicine" || f == "surgery" || f == "psychology" {
		return true
	}
	return len(f) > 7 && (strings.HasSuffix(f, "iatry") || strings.HasSuffix(f, "ology") || strings.HasSuffix(f, "iatrics") || strings.HasSuffix(f, "pedics") || strings.HasSuffix(f, "paedics"))
}

// scoreFraction53 (extendCands43) makes a code region (codes43) of the
// date c when it is a score or a size that the dates' rule read as a day
// and a month: a score after its scale's name a few words before ("MoCA
// today 11/30", "EHL 4/5", "profusão 1/1", "categoria 1/1"), a muscle's
// grade out of five after another on its line ("MRC 4+/5 proximal, 4/5
// ankle"), a size in inches ("a 20G 3/4" needle").
func (a *analysis) scoreFraction53(c cand) {
	n := len(a.toks)
	p := a.firstTokenFrom(c.s) + 1
	if p < 1 || p+1 >= n || !a.isPunct(p, "/") || int(a.toks[p+1].e) != c.e || a.toks[p-1].kind != kNum || a.toks[p+1].kind != kNum || a.toks[p].gap != 0 || a.toks[p+1].gap != 0 {
		return
	}
	den := a.tokText(p + 1)
	ok := p+2 < n && a.isPunct(p+2, "\"") && a.toks[p+2].gap == 0 && inchFraction53(a.tokText(p-1), den) // inches
	for j := p - 2; j >= 0 && j >= p-9 && !ok; j-- {
		if a.isWord(j) && scoreScales53[a.folded(j)] && j >= p-4 {
			ok = true
		}
		// another grade out of five before it on the line
		if den == "5" && a.isPunct(j, "/") && a.toks[j].gap == 0 && j+1 < n && a.tokText(j+1) == "5" {
			ok = true
		}
		if a.toks[j].nl {
			break
		}
	}
	if ok {
		a.codes43 = append(a.codes43, [2]int{c.s, c.e})
	}
}

// scoreScales53 name scales whose scores are written as fractions.
var scoreScales53 = set(`moca mmse meem slums mrc ehl strength power categoria category profusao profusion`)

// orgKinds53 (extendCands43) reads an organisation that is none: a
// state's health plan named after the state is its Medicaid programme
// ("an Oregon Health Plan member ID"), a kind of court in a sentence
// ("accepted into Mental Health Court on …"); a region.
func (a *analysis) orgKinds53(c cand) {
	n := len(a.toks)
	if c.e-c.s > 30 {
		return
	}
	k := a.firstTokenFrom(c.s)
	e := a.firstTokenFrom(c.e)
	if k+2 < n && e == k+3 && a.isWord(k) && a.lexOf(k)&lxRegion != 0 && a.toks[k].shape == shTitle &&
		a.isWord(k+1) && a.folded(k+1) == "health" && a.isWord(k+2) && a.folded(k+2) == "plan" {
		a.regions = append(a.regions, [2]int{c.s, c.e})
	}
	if a.kindOfCourt53(k, e) {
		a.regions = append(a.regions, [2]int{c.s, c.e})
	}
}

// pressurePlate53 (extendCands43): a blood pressure after its Portuguese
// label is no plate with its state ("Sinais vitais: PA 100x60 mmHg"); a
// code region.
func (a *analysis) pressurePlate53(c cand) {
	if v := a.text[c.s:c.e]; len(v) >= 8 && len(v) <= 10 && v[:3] == "PA " && bloodPressure53(v[3:]) {
		a.codes43 = append(a.codes43, [2]int{c.s, c.e})
	}
}

// ocrInitial53 (extendCands43): a surname in capitals takes the initial
// a scanner spaced off after its comma ("Reporting Officer : STRAUB ,  K
// .   # 21047"). NAME.
func (a *analysis) ocrInitial53(c cand) {
	n := len(a.toks)
	j := a.firstTokenFrom(c.e)
	if j+1 >= n || j < 1 || !a.isPunct(j, ",") || a.toks[j].nl || a.toks[j].gap > 2 || a.toks[j-1].shape != shUpper || a.toks[j+1].shape != shSingle || a.toks[j+1].nl || a.toks[j+1].gap > 2 || !isASCIIUpper(a.text[a.toks[j+1].s]) {
		return
	}
	e := j + 2
	if e < n && a.isPunct(e, ".") && !a.toks[e].nl && a.toks[e].gap <= 1 {
		e++
	}
	if e < n && !a.toks[e].nl && a.toks[e].gap < 2 {
		return
	}
	a.add(c.s, int(a.toks[e-1].e), TypeName, c.score, c.prio)
}

// wrappedOrgs53 joins an organisation that a scanned page wrapped after
// its "de" to the town that opens the next line ("… , ao  Hospital  Geral
// de⏎Guarulhos , para …"): a prefix head and capitalised words before
// the "de" closing a line, a listed place opening the next. ORGANIZATION.
func (a *analysis) wrappedOrgs53() {
	for _, ki := range a.lineStarts {
		k := int(ki)
		p := k - 1
		if p < 2 || !a.isWord(p) || a.toks[p].shape != shLower || a.folded(p) != "de" && a.folded(p) != "da" && a.folded(p) != "do" || !a.capShape(k) {
			continue
		}
		h := -1
		for q := p - 1; q >= 0 && q >= p-4; q-- {
			if !a.isWord(q) || !a.capShape(q) || a.toks[q+1].nl || a.toks[q+1].gap > 3 {
				break
			}
			if pre, _, _ := a.orgHeadAt(q); pre {
				h = q
				break
			}
		}
		if h < 0 {
			continue
		}
		if e, ok := a.placeMatch(k); ok {
			a.add(int(a.toks[h].s), int(a.toks[e-1].e), TypeOrganization, 0.75, pOrg)
		}
	}
}

// unitTails53 close the name of a department's unit or section.
var unitTails53 = set(`unit units section division bureau squad task`)

// partyWords53 name the parties of a case, not persons ("… v.
// Defendants: …").
var partyWords53 = set(`plaintiff plaintiffs defendant defendants petitioner petitioners respondent respondents appellant appellants appellee appellees requerente requerido requerida`)

// kindOfCourt53: the words [k, e) name a kind of court inside a sentence
// ("was accepted into Mental Health Court on …", "graduated from Drug
// Court"): common words before "Court", after a word in lower case.
func (a *analysis) kindOfCourt53(k, e int) bool {
	if e-k < 2 || e-k > 4 || k < 1 || a.toks[k].nl || !a.isWord(k-1) || a.toks[k-1].shape != shLower || !a.isWord(e-1) || a.folded(e-1) != "court" {
		return false
	}
	for j := k; j < e-1; j++ {
		if !a.isWord(j) || a.toks[j].shape != shTitle || a.lexOf(j)&lxCommon == 0 || a.lexOf(j)&(lxPlace|lxRegion|lxGiven|lxPlacePrefix) != 0 {
			return false
		}
	}
	return true
}

// statuteSection53 makes a code region (codes43) of a statute's section
// after its code's name ("W&I Code 5150", "Penal Code 187", "Vehicle Code
// § 23152"): a number, no identifier. ("ZIP Code 80903" is none of them.)
func (a *analysis) statuteSection53(k int) {
	n := len(a.toks)
	if k < 1 || !a.isWord(k-1) || a.toks[k].nl || !statuteCodes53[a.folded(k-1)] && !(a.tokText(k-1) == "I" && a.isPunct(k-2, "&")) {
		return
	}
	q := k + 1
	if q < n && (a.isPunct(q, "§") || a.tokText(q) == "§" || a.isWord(q) && (a.folded(q) == "section" || a.folded(q) == "sec")) && !a.toks[q].nl {
		q++
		if q < n && a.isPunct(q, ".") && a.toks[q].gap == 0 {
			q++
		}
	}
	if q >= n || a.toks[q].kind != kNum || a.toks[q].nl || a.toks[q].gap > 1 {
		return
	}
	e := q + 1
	for e+1 < n && a.toks[e].gap == 0 && a.isPunct(e, ".") && a.toks[e+1].gap == 0 && a.toks[e+1].kind == kNum {
		e += 2
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[q].s), int(a.toks[e-1].e)})
}

// statuteCodes53 name a state's codes of law before "Code".
var statuteCodes53 = set(`penal vehicle civil probate family evidence education government labor insurance welfare institutions safety criminal revised administrative municipal tax commercial`)

// chatAddress53: the lower-case word k, a name found elsewhere in the
// note that is also a word, is thanked ("thx dawn.") or speaks after the
// time's bracket ("[2/9/24 06:41] dawn (night RN 4W): …").
func (a *analysis) chatAddress53(k int) bool {
	n := len(a.toks)
	if k < 1 || a.toks[k].nl && !a.isPunct(k-1, "]") {
		return false
	}
	if a.isWord(k-1) && thanksWords45[a.folded(k-1)] && !a.toks[k].nl && a.toks[k].gap == 1 {
		return k+1 >= n || a.toks[k+1].kind == kPunct || a.toks[k+1].nl
	}
	return a.isPunct(k-1, "]") && k+1 < n && a.toks[k+1].gap <= 1 && (a.isPunct(k+1, ":") && a.toks[k+1].gap == 0 || a.isPunct(k+1, "("))
}

// lowerSpeakers53 marks again a chat speaker's name in lower case that
// the late passes read (detectLowerSenders46, after propagateNames) where
// it stands as a speaker with a role after it or is thanked
// (chatAddress53): "[…] dawn (night RN 4W): …", "thx dawn.".
func (a *analysis) lowerSpeakers53() {
	var hs [4]uint64
	m := 0
	for _, c := range a.cands {
		if c.typ != TypeName || c.score < 0.5 || c.e-c.s < 3 || c.e-c.s > 12 || m == len(hs) {
			continue
		}
		k := a.firstTokenFrom(c.s)
		if k >= len(a.toks) || int(a.toks[k].e) != c.e || a.toks[k].shape != shLower || a.lexOf(k)&(lxCommon|lxMonth) == 0 {
			continue
		}
		h := a.hashes[k]
		dup := false
		for _, x := range hs[:m] {
			dup = dup || x == h
		}
		if !dup {
			hs[m] = h
			m++
		}
	}
	if m == 0 {
		return
	}
	for _, wi := range a.wordToks {
		k := int(wi)
		h := a.hashes[k]
		hit := false
		for _, x := range hs[:m] {
			hit = hit || x == h
		}
		if hit && a.toks[k].shape == shLower && !a.claimedAt(k) && a.chatAddress53(k) {
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
		}
	}
}

// relativeAt53 reads a relative's name in lower case between the comma
// at p and the next after the relation ("a filha dele, socorro, deixou o
// número", "his daughter, hope, called"): a listed given name, even one
// that is also a word. NAME.
func (a *analysis) relativeAt53(p int) {
	n := len(a.toks)
	k := p + 1
	if p < 2 || k+1 >= n || a.toks[k].gap != 1 || a.toks[k].e-a.toks[k].s < 3 || !a.isPunct(k+1, ",") || a.toks[k+1].gap != 0 ||
		a.lexOf(k)&(lxGiven|lxName) == 0 || a.lexOf(k)&(lxStop|lxMonth|lxMedical|lxCommon) != 0 || a.claimedAt(k) {
		return
	}
	r := p - 1
	if a.isWord(r) && possessive53[a.folded(r)] && !a.toks[r].nl {
		r--
	}
	if !a.isWord(r) || a.lexOf(r)&lxRelation == 0 || a.toks[r].shape == shUpper || !kinWords[a.folded(r)] {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.7, pName)
}

// possessive53 stand between a relation and its comma ("a filha dele,").
var possessive53 = set(`dele dela deles delas his her their`)

// placeAt53 reads a town named like a word before its state's
// code in brackets ("brought from Normal (IL) with …", "lives in Hope
// (AR)"): a listed place of one or two capitalised words after a
// preposition of place or a field's colon; a facility's listed town in
// brackets after it ("Riverside Heights Hospital (Dubuque)"). LOCATION.
func (a *analysis) placeAt53(p int) {
	n := len(a.toks)
	// a facility's town in brackets after it: "Facility: Riverside
	// Heights Hospital (Dubuque)"
	if a.toks[p].gap == 1 && a.toks[p+1].shape == shTitle && !a.claimedAt(p+1) {
		if e, ok := a.placeMatch(p + 1); ok && e < n && a.isPunct(e, ")") && a.toks[e].gap == 0 && a.orgEndingAt53(int(a.toks[p-1].e)) >= 0 {
			a.add(int(a.toks[p+1].s), int(a.toks[e-1].e), TypeLocation, 0.75, pLocStrong)
		}
		return
	}
	if a.toks[p].gap != 1 || a.toks[p+1].shape != shUpper || !a.isPunct(p+2, ")") || a.toks[p+2].gap != 0 ||
		!usStates[a.tokText(p+1)] || !a.isWord(p-1) || a.toks[p-1].shape != shTitle || a.claimedAt(p-1) {
		return
	}
	for s := p - 1; s >= p-2 && s >= 0; s-- {
		if !a.isWord(s) || a.toks[s].shape != shTitle || s < p-1 && (a.toks[s+1].nl || a.toks[s+1].gap != 1) {
			break
		}
		if e, ok := a.placeMatch(s); ok && e == p && a.lexOf(s)&(lxMonth|lxTitle) == 0 && s > 0 && !a.toks[s].nl &&
			(a.isPunct(s-1, ":") || a.isWord(s-1) && a.toks[s-1].shape == shLower && placePreps53[a.folded(s-1)]) {
			a.add(int(a.toks[s].s), int(a.toks[p-1].e), TypeLocation, 0.75, pLocStrong)
			break
		}
	}
}

// placePreps53 put a place after them.
var placePreps53 = set(`from in to near at of em de da do no na`)

// kindAt53 reads an institution named by kind words before its
// kind's acronym in brackets ("Lar dos Idosos Recanto da Paz (ILPI)",
// "Centro Especializado em Reabilitação (CER III) de Juazeiro do Norte"):
// a prefix head and two capitalised words or more before the bracket,
// and the town after it when "de" follows. ORGANIZATION.
func (a *analysis) kindAt53(p int) {
	n := len(a.toks)
	q := p + 1
	if p < 3 || q+1 >= n || !unitAcronyms[a.folded(q)] && a.folded(q) != "ilpi" || !a.isWord(p-1) || !a.capShape(p-1) {
		return
	}
	r := q + 1
	if r < n && a.isWord(r) && romanLevels[a.tokText(r)] && a.toks[r].gap == 1 {
		r++
	}
	if r >= n || !a.isPunct(r, ")") || a.toks[r].gap != 0 {
		return
	}
	// back to the head
	h := -1
	for j := p - 1; j >= 0 && j >= p-8; j-- {
		if a.toks[j+1].nl || a.toks[j+1].gap > 1 || !(a.isWord(j) && (a.capShape(j) || a.toks[j].shape == shLower && nameConnector53(a.folded(j)))) {
			break
		}
		if pre, _, _ := a.orgHeadAt(j); pre && a.capShape(j) {
			h = j
		}
	}
	if h < 0 || a.wordCount(h, p) < 3 {
		return
	}
	e := p
	if t := r + 1; t+1 < n && a.isWord(t) && (a.folded(t) == "de" || a.folded(t) == "do" || a.folded(t) == "da") && !a.toks[t].nl && !a.toks[t+1].nl {
		if pe, ok := a.placeMatch(t + 1); ok {
			e = pe
		}
	}
	a.add(int(a.toks[h].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// bloodPressure53: v is a blood pressure written with an "x" ("100x60",
// "120x80"): two to three digits either side.
func bloodPressure53(v string) bool {
	i := strings.IndexByte(v, 'x')
	return i >= 2 && i <= 3 && len(v)-i-1 >= 2 && len(v)-i-1 <= 3 && allDigits(v[:i]) && allDigits(v[i+1:])
}

// inchFraction53: num/den is a fraction of an inch ("3/4", "5/8").
func inchFraction53(num, den string) bool {
	switch den {
	case "2", "4", "8", "16", "32", "64":
		return atoi(num) > 0 && atoi(num) < atoi(den)
	}
	return false
}

// mrImaging53: the word i after "MR" in capitals is magnetic resonance's
// word, no name ("MR Conditional", "MR Safety Officer", "Level 2 MR
// Personnel"): a common word in no name list.
func (a *analysis) mrImaging53(i int) bool {
	if i < 1 || a.tokText(i-1) != "MR" {
		return false
	}
	x := a.lexOf(i)
	return x&lxCommon != 0 && x&(lxGiven|lxName) == 0
}

// slashDate53: v is a day, a month and a year apart by slashes
// ("11/04/2024", "1/7/24").
func slashDate53(v string) bool {
	p := strings.Split(v, "/")
	if len(p) != 3 || len(p[0]) < 1 || len(p[0]) > 2 || len(p[1]) < 1 || len(p[1]) > 2 || len(p[2]) != 2 && len(p[2]) != 4 {
		return false
	}
	return allDigits(p[0]) && allDigits(p[1]) && allDigits(p[2])
}

// nameBeforeColon53 (dictName): the run [i, j) before a colon is a
// person's name inside a line, not a field's label: two to four words,
// two of them listed names that are no common words, after a comma or a
// word in lower case, and the colon followed by more of the line.
func (a *analysis) nameBeforeColon53(i, j, strong, words int) bool {
	n := len(a.toks)
	// (a first word that opens a place's name is left to the rules that
	// read the name met elsewhere: "Maria Elena Villalobos:")
	if words < 2 || words > 4 || i < 1 || a.toks[i].nl || j+1 >= n || a.toks[j].gap != 0 || a.toks[j+1].nl || a.toks[j+1].gap == 0 || a.lexOf(i)&(lxPlace|lxPlacePrefix) != 0 {
		return false
	}
	// (or a given name in no common list before listed surnames that are
	// words too: "Raimundo Nonato Sales")
	if strong < 2 && !(strong == 1 && a.lexOf(i)&lxGiven != 0 && a.lexOf(i)&lxCommon == 0 && a.toks[i].shape == shTitle) {
		return false
	}
	return a.isPunct(i-1, ",") || a.isWord(i-1) && a.toks[i-1].shape == shLower && a.toks[i-1].e-a.toks[i-1].s >= 2
}

// surnameBefore53 (extendCands43) grows the given name c over the
// surname written before it and its comma in a list's entry ("Pine Ridge Community Hospital -
// DuBois, Marcel, acc …", "… Medical Center - Standing Elk, Thomas, acc
// …"): one or two capitalised words that are no cue words, after a
// spaced dash, a colon, a bracket or the line's start. NAME.
func (a *analysis) surnameBefore53(c cand) {
	k := a.firstTokenFrom(c.s)
	p := k - 1
	if p < 2 || int(a.toks[k].e) != c.e || a.lexOf(k)&lxGiven == 0 || !a.isPunct(p, ",") || a.toks[p].gap != 0 || a.toks[k].nl {
		return
	}
	s := p
	for q := p - 1; q >= 0 && q >= p-2; q-- {
		if !a.isWord(q) || !a.capShape(q) || a.toks[q].shape == shSingle || a.toks[q+1].nl || q < p-1 && a.toks[q+1].gap != 1 ||
			a.lexOf(q)&(lxStop|lxMonth|lxTitle|lxOrgHead|lxLabel|lxRegion|lxGreet) != 0 || a.cue(q)&(cuGreet|cuClosing) != 0 || thanksWords45[a.folded(q)] {
			break // (nor a greeting or thanks: "Olá, Jaqueline!", "Thanks, Roz")
		}
		s = q
		if b := q - 1; q == 0 || a.toks[q].nl || b >= 0 && (a.isPunct(b, "-") && a.toks[b].gap > 0 || a.isPunct(b, ":") || a.isPunct(b, "(")) {
			a.add(int(a.toks[s].s), c.e, TypeName, c.score, c.prio)
			return
		}
	}
}

// capsSurnameAt53 reads "SURNAME, GIVEN" at the comma p in capitals inside a line of
// mixed case ("pt in scanner 2 for CTA head/neck, OKAFOR, CHINEDU acc
// 7740913"): two listed names that are no common, medical or cue words
// either side of the comma, and an initial after them. NAME.
func (a *analysis) capsSurnameAt53(p int) {
	n := len(a.toks)
	k := p + 1
	if a.toks[k].gap != 1 || !a.isWord(p-1) || a.toks[p-1].e-a.toks[p-1].s < 3 || a.toks[k].e-a.toks[k].s < 3 || a.claimedAt(k) {
		return
	}
	x, y := a.lexOf(p-1), a.lexOf(k)
	if y&(lxGiven|lxName) == 0 || y&(lxCommon|lxMedical|lxStop|lxMonth|lxPlace) != 0 || x&(lxGiven|lxName) == 0 || x&(lxCommon|lxMedical|lxStop|lxMonth|lxCred|lxRegion|lxOrgHead|lxLabel) != 0 {
		return
	}
	// (inside a line of mixed case: a word in lower case near)
	if !(p >= 2 && a.toks[p-2].shape == shLower || k+1 < n && a.toks[k+1].shape == shLower) {
		return
	}
	e := k + 1
	if e < n && a.toks[e].shape == shSingle && a.toks[e].gap == 1 && !a.toks[e].nl && isASCIIUpper(a.text[a.toks[e].s]) {
		e++
	}
	a.add(int(a.toks[p-1].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
}

// dicomKeywordLines53 reads a DICOM header copied as keywords and values
// without the value representation, in a ticket or a helpdesk note
// ("  StudyDescription ....... MRI CERVICAL SPINE W/WO", "(0008,0090)
// ReferringPhysicianName ANDRADE^CAMILA^R"): the keyword in mixed case
// opening its line (after its tag), then dots, blanks or a colon. The
// keyword and its leaders are a code region (no name or organisation
// runs into them), and so is a plain value (dicomPlainKeywords, a
// station's name). (detectDICOM reads the lines with a VR.)
func (a *analysis) dicomKeywordLines53() {
	n := len(a.toks)
	for _, li := range a.lineStarts {
		k := int(li)
		// (a tag first: "(0008,0090)")
		if t := &a.toks[k]; t.kind == kWord {
			if t.shape != shMixed {
				continue
			}
		} else if t.ch != '(' || k+5 >= n || a.toks[k+1].kind != kNum || !a.isPunct(k+2, ",") || !a.isPunct(k+4, ")") {
			continue
		} else {
			k += 5
		}
		if k >= n || !a.isWord(k) || a.toks[k].shape != shMixed || a.toks[k].e-a.toks[k].s < 6 {
			continue
		}
		f := a.folded(k)
		plain := dicomPlainKeywords[f] || dicomPlain53[f]
		if !plain && dicomKeywords[f] == "" && !dicomNamed53[f] {
			continue
		}
		v := k + 1
		for v < n && !a.toks[v].nl && (a.isPunct(v, ".") || a.isPunct(v, ":") || a.isPunct(v, "=")) {
			v++
		}
		if v >= n || a.toks[v].nl || dicomVRs[a.tokText(v)] {
			continue
		}
		a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[v-1].e)})
		if plain {
			e := v
			for e < n && !a.toks[e].nl {
				e++
			}
			a.codes43 = append(a.codes43, [2]int{int(a.toks[v].s), int(a.toks[e-1].e)})
		}
	}
}

// dicomPlain53 are DICOM keywords whose values hold no PHI beside
// dicomPlainKeywords: the machine's names and a sex.
var dicomPlain53 = set(`stationname patientsex studytime seriestime`)

// dicomNamed53 are DICOM keywords of names, dates and addresses (the
// values their own rules read).
var dicomNamed53 = set(`patientname referringphysicianname performingphysicianname operatorsname requestingphysician
	nameofphysiciansreadingstudy patientbirthdate studydate seriesdate acquisitiondate contentdate patientage
	patientaddress institutionaddress studyinstanceuid seriesinstanceuid sopinstanceuid institutionaldepartmentname`)

// acronymPost53 (captureLabeledName): the capitals at k after a name's
// comma open a post, not a given name ("Dr. Anneliese Borg, ED Medical
// Director", "Yolanda Brisbane, ROI Specialist"): an acronym of two to
// four letters, then title-case words to a post's noun.
func (a *analysis) acronymPost53(k int) bool {
	n := len(a.toks)
	if k+1 >= n || a.toks[k].shape != shUpper || a.toks[k].e-a.toks[k].s > 4 {
		return false
	}
	for j := k + 1; j < n && j < k+4; j++ {
		if a.toks[j].nl || a.toks[j].gap != 1 || !a.isWord(j) || a.toks[j].shape != shTitle {
			return false
		}
		if postNouns53[a.folded(j)] {
			return true
		}
	}
	return false
}

// postNouns53 close the name of a post.
var postNouns53 = set(`director specialist manager coordinator officer supervisor clerk technician technologist tech lead chief administrator analyst liaison assistant`)

// alnumCount53 counts the letters and digits of the tokens [q, e).
func (a *analysis) alnumCount53(q, e int) int {
	c := 0
	for j := q; j < e; j++ {
		if a.toks[j].kind != kPunct {
			c += int(a.toks[j].e - a.toks[j].s)
		}
	}
	return c
}

// facilityEnd53: f closes the name of a hospital, a clinic or a health
// system, whose programmes are its departments.
func facilityEnd53(f string) bool {
	switch f {
	case "center", "centre", "hospital", "health", "healthcare", "clinic", "clinics", "medical", "system", "services", "institute", "university", "college":
		return true
	}
	return false
}
