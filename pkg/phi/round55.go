package phi

import "strings"

// Round 55 rules: dental, orthodontic and oral-surgery records, school
// counselling and school nurses, sports pre-participation medicals,
// occupational health surveillance, pharmacy benefit and prior
// authorisation letters and appeals, home-care agencies' schedules and
// visit logs, clinical trial monitoring and site correspondence,
// interpreter and transport bookings, and dev-imitating notes.

// medical55 are clinical words the lists lack, read as unknown
// capitalised words at a sentence's or a line's start ("Neutropenic
// fever", "Midlines coincident", "Hemostasis achieved", "Incisional
// biopsy"), a dental scan and a torque's unit ("CBCT", "35 Ncm"), a
// frequency's unit ("kHz"), a blood count's abbreviated columns ("Leuc.
// Neutr. Plaq."), a plan's appeal ("Coverage Redeterminations"), a
// drug's brand (Prolia) and an aligner.
var medical55 = set(`neutropenic midline midlines cbct ncm hemostasis hemostatic incisional excisional khz leuc neutr plaq linf
	redetermination redeterminations prolia aligner aligners`)

// common55 are words the lists lack: Portuguese verbs a note opens a
// sentence with ("Aguarde no ponto").
var common55 = set(`aguarde aguardem`)

// ptCommon55 are Portuguese verbs that are names in English ("Sai hoje
// pra entrega"): common words in a Portuguese note only.
var ptCommon55 = set(`sai saiu`)

// stop55 are abbreviations that look like names in capitals or at a
// line's start: hepatitis C in Portuguese (VHC), an appointment (Appt),
// an academy's and a board's (AAP, ABOMP), a therapeutic use exemption
// in Portuguese (AUT), out-of-home treatment (TFD), a pharmacy claim's
// processor control number (PCN), a board's "Diplomate", a title of a
// martial art's teacher, a credential's coined word, an interpreter's
// abbreviation.
var stop55 = set(`vhc appt abomp aap aut tfd pcn diplomate corechi interp sptc lic`)

// r55 is the kind of this round's trigger words (words55): they share
// r48Tail's bit, as rounds 50 to 54 do; detectTriggers55 tells them
// apart by the word.
const r55 = r48Tail

// words55 are this round's trigger words: a key safe's or a gate's code
// ("lockbox 5120", "senha do portão 3318"); a sports federation or
// club, a refinery, an ethics board, a research site, a supplement
// plan, a dental practice's brand ("… Smiles"), universities by their
// acronyms (universities55); a licence's letter, a specimen's and a
// staff register's number, an SSN's last four; a street in lower case;
// a school's office and a storm's name.
var words55 = set(`lockbox keybox keysafe keypad senha codigo federacao confederacao clube club fc refinaria refinery
	irb board research medigap smiles lic spec mat ssn rua avenida travessa alameda office hurricane furacao typhoon cyclone
	abrigo albergue caritas hc subscore vehicle veiculo criteria criterios bolsa disability ` + universities55 + ` ` + toothWords55)

// late55 runs this round's passes that read what the others found.
func (a *analysis) late55() {
	if a.has39(r55) {
		a.detectTriggers55()
	}
	if a.hasPunct('.') {
		a.lowerInitialSurnames55()
	}
	if a.has39(r43Initials) {
		a.initialsNoColon55()
	}
	if a.pt {
		a.titleAbbreviations55()
	}
	if a.hasPunct('#') && a.has39(r55) {
		a.toothNumbers55()
	}
	if a.hasPunct(':') {
		a.colons55()
	}
	if a.hasPunct('/') {
		a.slashNumbers55()
	}
	if a.hasPunct('-') {
		a.dashes55()
	}
	if a.hasPunct('<') {
		a.mailDepartments55()
	}
	if a.hasPunct('(') {
		a.givenBeforeRole55()
	}
	a.nameCands55()
	a.lineStartNames55()
}

// colons55 runs the rules read at a colon: a dilution before it
// (dilutionAt55), a chat's sender in lower case (lowerSenderAt55), a
// staff member's name in lower case after a credential's field
// (lowerStaffAt55).
func (a *analysis) colons55() {
	n := len(a.toks)
	for _, ci := range a.classToks(':') {
		c := int(ci)
		if c < 1 || c+1 >= n || a.toks[c].gap != 0 {
			continue
		}
		switch {
		case a.toks[c+1].gap == 0:
			a.dilutionAt55(c)
		case a.toks[c-1].shape == shUpper:
			a.lowerStaffAt55(c)
		case a.toks[c-1].shape == shLower:
			a.lowerSenderAt55(c)
		}
	}
}

// dashes55 runs the rules read at a hyphen or a dash: a legend's
// numbered items (legendItem55), a log's signature after a spaced dash
// (signatureAt55), tests named with a hyphen (hyphenTestAt55).
func (a *analysis) dashes55() {
	first, last, items := -1, -1, 0
	flush := func() {
		if items >= 2 {
			a.codes43 = append(a.codes43, [2]int{int(a.toks[first-1].s), int(a.toks[last+1].e)})
		}
	}
	for _, di := range a.classToks('-') {
		d := int(di)
		if a.toks[d].gap != 0 {
			a.signatureAt55(d)
			continue
		}
		// (a letter after the hyphen: bytes first)
		if e := int(a.toks[d].e); e >= len(a.text) || !isASCIILetter(a.text[e]) {
			continue
		}
		if !a.legendItem55(d) {
			a.hyphenTestAt55(d)
			continue
		}
		if last >= 0 && d-last <= 6 && !a.lineBreakBetween55(last, d) {
			last = d
			items++
			continue
		}
		flush()
		first, last, items = d, d, 1
	}
	flush()
}

// detectTriggers55 runs the rules of this round's trigger words
// (words55).
func (a *analysis) detectTriggers55() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r55 == 0 || k+1 >= n || !a.isWord(k) {
			continue
		}
		f := a.folded(k)
		sh := a.toks[k].shape
		switch f {
		case "lockbox", "keybox", "keysafe", "keypad":
			a.accessCode55(k, k+1)
		case "senha", "codigo":
			if a.pt {
				a.doorCode55(k)
			}
		case "federacao", "confederacao":
			if a.pt && sh != shLower {
				a.federation55(k)
			}
		case "clube", "club", "fc":
			if sh != shLower {
				a.sportsClub55(k)
			}
		case "refinaria", "refinery":
			if sh != shLower {
				a.refinery55(k)
			}
		case "irb", "board", "medigap", "smiles":
			if sh != shLower && (f != "irb" || sh == shUpper) && (f != "board" || k >= 2 && a.folded(k-1) == "review" && a.folded(k-2) == "institutional") {
				a.namedBefore55(k, f == "smiles")
			}
		case "abrigo", "albergue":
			if a.pt && sh == shLower {
				a.lowerShelter55(k)
			}
		case "hc":
			if a.pt && sh == shUpper {
				a.townHospital55(k)
			}
		case "subscore":
			// an eponym's score: "a Mayo endoscopic subscore"
			if p := k - 2; p >= 0 && a.toks[k-1].shape == shLower && a.toks[p].shape == shTitle && a.isWord(p) && !a.toks[k].nl && !a.toks[k-1].nl {
				a.regions = append(a.regions, [2]int{int(a.toks[p].s), int(a.toks[p].e)})
			}
		case "criteria", "criterios":
			a.criteriaRegion55(k)
		case "bolsa":
			// a federal programme: "beneficiária do Bolsa Família"
			if a.pt && sh == shTitle && a.isWord(k+1) && a.folded(k+1) == "familia" && !a.toks[k+1].nl {
				a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[k+1].e)})
			}
		case "disability":
			if sh == shTitle {
				a.disabilityKind55(k)
			}
		case "vehicle", "veiculo":
			if sh != shLower {
				a.vehiclePlate55(k)
			}
		case "caritas":
			if sh == shTitle && (k+1 >= n || a.toks[k+1].nl || !a.capShape(k+1)) && !a.claimedAt(k) {
				a.add(int(a.toks[k].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
			}
		case "research":
			if sh == shTitle {
				a.researchTail55(k)
			}
		case "lic":
			if sh != shLower {
				a.licenceLetter55(k)
			}
		case "spec":
			if sh == shUpper {
				a.specimenNumber55(k)
			}
		case "mat":
			if a.pt && sh == shLower {
				a.registerNumber55(k)
			}
		case "ssn":
			if sh == shUpper {
				a.ssnLastFour55(k)
			}
		case "rua", "avenida", "travessa", "alameda":
			if a.pt && sh == shLower {
				a.lowerStreet55(k)
			}
		case "office":
			if sh == shTitle {
				a.schoolOffice55(k)
			}
		case "hurricane", "furacao", "typhoon", "cyclone":
			if sh == shTitle && a.isWord(k+1) && a.toks[k+1].shape == shTitle && a.toks[k+1].gap == 1 && !a.toks[k+1].nl {
				// a storm's name names no one ("after Hurricane Delia")
				a.regions = append(a.regions, [2]int{int(a.toks[k+1].s), int(a.toks[k+1].e)})
			}
		default:
			if universitySet55[f] && sh == shUpper {
				a.add(int(a.toks[k].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
			}
		}
	}
}

// universities55 are Brazilian universities by their acronyms (the
// federal ones are "UF" and their state's: UFSC, UFMG), written in
// capitals.
const universities55 = `ufsc ufmg ufrj ufpr ufba ufpe ufrgs ufpa uff ufg ufu ufjf ufscar ufrn ufpb ufal ufs ufma ufpi ufam ufms ufmt
	ufes ufop ufla ufv ufcg ufersa ufrr ufac ufap ufopa ufsm ufpel ufcspa unifesp unicamp unesp usp unb uerj uel uem uepg unirio utfpr
	uece uneb uefs uesc unimontes unioeste unicentro udesc furb univali unisinos pucrs pucpr pucsp pucrio pucminas pucgoias`

var universitySet55 = set(universities55)

// doorWords55 name what a code opens in Portuguese ("senha do portão",
// "código da porta de serviço", "senha do cadeado").
var doorWords55 = set(`portao porta portaria interfone cadeado garagem predio condominio alarme fechadura chave`)

// doorCode55 reads the code of a door or a gate after "senha" or
// "código" at k and what it opens ("senha da porta de serviço
// 4471*09", "senha do portão da garagem 3318"). ID.
func (a *analysis) doorCode55(k int) {
	n := len(a.toks)
	door := false
	q := k + 1
	for q < n && q < k+7 && a.isWord(q) && a.toks[q].shape == shLower && !a.toks[q].nl {
		if doorWords55[a.folded(q)] {
			door = true
		}
		q++
	}
	if door {
		a.accessCode55(k, q)
	}
}

// accessCode55 reads a key safe's or a door's code from token q (after
// its word at k): "lockbox 5120", "lockbox code: 5120", "keypad #2207",
// "4471*09": three to eight digits, with a star or a hash inside. ID.
func (a *analysis) accessCode55(k, q int) {
	n := len(a.toks)
	for q < n && q < k+4 && !a.toks[q].nl && (a.isWord(q) && (a.folded(q) == "code" || a.folded(q) == "is" || a.folded(q) == "e") || a.isPunct(q, ":") || a.isPunct(q, "#")) {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].kind != kNum || a.toks[q].gap > 2 || a.claimedAt(q) {
		return
	}
	e := q
	for e+2 < n && (a.isPunct(e+1, "*") || a.isPunct(e+1, "#")) && a.toks[e+1].gap == 0 && a.toks[e+2].gap == 0 && a.toks[e+2].kind == kNum {
		e += 2
	}
	s := int(a.toks[q].s)
	if a.isPunct(q-1, "#") && a.toks[q].gap == 0 {
		s = int(a.toks[q-1].s)
	}
	v := a.text[a.toks[q].s:a.toks[e].e]
	if d := digitCount(v); d < 3 || d > 8 || len(v) != d+(e-q)/2 {
		return
	}
	a.add(s, int(a.toks[e].e), TypeID, 0.75, pLabeled)
}

// titleAbbreviations55 makes regions of the abbreviated titles of
// Portuguese care workers and ladies before a name ("TE Rosilda Franco",
// a nursing technician's; "CD Lúcia Prado", a dental surgeon's; "Dª
// Amélia"): the name is read without them.
func (a *analysis) titleAbbreviations55() {
	n := len(a.toks)
	for _, ci := range a.caps {
		k := int(ci)
		t := a.toks[k]
		if t.e-t.s < 2 || t.e-t.s > 3 || k+1 >= n {
			continue
		}
		switch a.text[t.s:t.e] {
		case "TE", "CD", "Dª":
		default:
			continue
		}
		q := k + 1
		if a.toks[q].nl || a.toks[q].gap != 1 || !a.isWord(q) || a.toks[q].shape != shTitle || a.lexOf(q)&(lxGiven|lxName) == 0 && !a.unknownWord(q) {
			continue
		}
		a.regions = append(a.regions, [2]int{int(t.s), int(t.e)})
	}
}

// toothWords55 say a note is a dental one (its "#3", "#18-19" are
// teeth); they are trigger words (words55), so that the note's words are
// not searched.
const toothWords55 = `tooth teeth dental dentist dentistry occlusal prophy perio periodontal caries molar molars implant crown dds dmd`

var toothWordSet55 = set(toothWords55)

// dentalNote55: a trigger word of this round says the note is a dental
// one (toothWords55).
func (a *analysis) dentalNote55() bool {
	for x, ps := range a.r39Pos {
		if a.r39Kind[x]&r55 != 0 && toothWordSet55[a.folded(int(ps))] {
			return true
		}
	}
	return false
}

// toothNumbers55 makes code regions (codes43) of the teeth a dental note
// numbers ("BOP #2-3 and #14-15", "flap #28-30"): a hash, a number from
// 1 to 32 and another after a hyphen, in a note with dental words.
func (a *analysis) toothNumbers55() {
	n := len(a.toks)
	dental := 0
	for _, hi := range a.classToks('#') {
		h := int(hi)
		q := h + 1
		if q >= n || a.toks[q].kind != kNum || a.toks[q].gap != 0 || !toothNumber55(a.tokText(q)) {
			continue
		}
		e := q
		if e+2 < n && a.isPunct(e+1, "-") && a.toks[e+1].gap == 0 && a.toks[e+2].gap == 0 && a.toks[e+2].kind == kNum && toothNumber55(a.tokText(e+2)) {
			e += 2
		}
		if e+1 < n && a.toks[e+1].gap == 0 && (a.toks[e+1].kind != kPunct || a.isPunct(e+1, "-") || a.isPunct(e+1, "/")) {
			continue
		}
		if dental == 0 {
			dental = 2
			if a.dentalNote55() {
				dental = 1
			}
		}
		if dental != 1 {
			return
		}
		a.codes43 = append(a.codes43, [2]int{int(a.toks[h].s), int(a.toks[e].e)})
	}
}

// toothNumber55: v is a tooth's number, 1 to 32.
func toothNumber55(v string) bool {
	if len(v) == 1 {
		return v[0] >= '1' && v[0] <= '9'
	}
	return len(v) == 2 && (v[0] >= '1' && v[0] <= '2' && isDigit(v[1]) || v[0] == '3' && v[1] >= '0' && v[1] <= '2')
}

// dilutionAt55 makes a code region (codes43) of a drug's dilution at
// the colon c ("epinefrina 1:200.000", "epinephrine 1:100,000"): a one,
// the colon and thousands.
func (a *analysis) dilutionAt55(c int) {
	if a.toks[c+1].kind != kNum || a.tokText(c-1) != "1" {
		return
	}
	v := labelValue(a.text[a.toks[c+1].s:])
	if !thousands55(v) {
		return
	}
	e := int(a.toks[c+1].s) + len(v)
	// (and the long number a rule read from it: "1:200.000 (1
	// tubete)")
	for ci := range a.cands {
		if cd := &a.cands[ci]; cd.s == int(a.toks[c+1].s) && cd.typ == TypeID && cd.prio == pGenericID {
			e = max(e, cd.e)
		}
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[c-1].s), e})
}

// thousands55: v is a round number of thousands ("100.000", "200,000",
// "1000").
func thousands55(v string) bool {
	d := digitCount(v)
	if d < 4 || d > 7 || !strings.HasSuffix(v, "000") {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) && v[i] != '.' && v[i] != ',' {
			return false
		}
	}
	return true
}

// lowerInitialSurnames55 reads a staff member's initial and surname in
// lower case after a field's colon or "by" ("Chairside assist: m. pruett",
// "Supervisor review: j. whitford, RN", "by t. garrity (vendor …)"): one
// letter, its dot and a listed surname that is no common word. NAME.
func (a *analysis) lowerInitialSurnames55() {
	n := len(a.toks)
	text := a.text
	for _, di := range a.classToks('.') {
		d := int(di)
		// (one letter before the dot, after a blank: bytes first)
		if s := int(a.toks[d].s); d < 2 || d+1 >= n || s < 2 || !isASCIILetter(text[s-1]) || text[s-2] != ' ' && text[s-2] != '\n' && text[s-2] != '.' {
			continue
		}
		i, w := d-1, d+1
		ti, tw := a.toks[i], a.toks[w]
		if ti.shape == shSingle && i > 0 && a.isPunct(i-1, ",") {
			a.dottedDegree55(i)
			continue
		}
		if b2u(ti.e-ti.s == 1)&b2u(ti.shape == shLower)&b2u(a.toks[d].gap == 0)&b2u(tw.gap == 1) == 0 || tw.nl || !a.isWord(i) || !a.isWord(w) {
			continue
		}
		if tw.shape != shLower && !(a.pt && a.text[ti.s] == 'd') {
			continue
		}
		if a.pt && a.text[ti.s] == 'd' {
			a.ladyTitle55(i, w)
			continue
		}
		if x := a.lexOf(w); x&lxName == 0 || x&(lxCommon|lxStop|lxMonth|lxCred) != 0 || tw.e-tw.s < 4 || a.claimedAt(w) {
			continue
		}
		if f := a.folded(w); f == "coli" {
			continue // "E. coli"
		}
		p := i - 1
		if a.toks[i].nl || !(a.isPunct(p, ":") || a.isWord(p) && (a.folded(p) == "by" || a.folded(p) == "per")) {
			continue
		}
		// (the name closes its field)
		if q := w + 1; q < n && !a.toks[q].nl && a.isWord(q) && a.toks[q].gap <= 1 {
			continue
		}
		a.add(int(ti.s), int(tw.e), TypeName, 0.75, pName)
	}
}

// initialsNoColon55 reads a subject's initials after their label
// without its colon, joined by hyphens or dots ("Initials K-L-P",
// "Subject initials J.M.K."). NAME.
func (a *analysis) initialsNoColon55() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r43Initials == 0 || !a.isWord(i) || i+3 >= n || a.toks[i].shape == shLower {
			continue
		}
		k := i + 1
		if a.toks[k].nl || a.toks[k].shape != shSingle || a.claimedAt(k) {
			continue
		}
		e := k
		seps := 0
		for e < n && (e == k || a.toks[e].gap == 0) && (a.toks[e].shape == shSingle && a.isWord(e) || e > k && (a.isPunct(e, ".") || a.isPunct(e, "-"))) {
			if a.toks[e].kind == kPunct {
				seps++
			}
			e++
		}
		if seps == 0 || e < n && a.toks[e].gap == 0 && a.toks[e].kind != kPunct {
			continue
		}
		s, t := int(a.toks[k].s), int(a.toks[e-1].e)
		if a.text[t-1] == '.' {
			t--
		}
		if initials43(a.text[s:t]) {
			a.add(s, t, TypeName, 0.8, pName)
		}
	}
}

// federation55 reads a sports federation or confederation named by its
// state's adjective and its sport ("Federação Catarinense de Handebol",
// "Confederação Brasileira de Judô"): capitalised words after it, a
// "de" among them. ORGANIZATION.
func (a *analysis) federation55(k int) {
	e := a.capRun53(k, a.wide53())
	if e < k+3 || a.toks[k+1].nl {
		return
	}
	de := false
	for q := k + 1; q < e; q++ {
		if a.isWord(q) && a.toks[q].shape == shLower {
			de = true
		}
	}
	if !de {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// sportWords55 come before a club's word ("Futebol Clube", "Hockey
// Club", "Esporte Clube").
var sportWords55 = set(`futebol esporte esportivo atletico regatas tenis recreativo soccer hockey swim swimming tennis golf football
	rugby athletic athletics country yacht boxing lacrosse volleyball baseball softball running rowing ski skating gymnastics
	basketball cricket cycling wrestling judo karate`)

// sportsClub55 reads a sports club by its name before "Clube", "Club"
// or "FC" ("ATLÉTICO SERRANO FUTEBOL CLUBE", "Lakeside Youth Hockey
// Club", "Mesa Verde FC"), or after "Esporte Clube" ("Esporte Clube
// Serrano"): capitalised words on its line, a sport's word before the
// club's or two words at least. ORGANIZATION.
func (a *analysis) sportsClub55(k int) {
	n := len(a.toks)
	if a.folded(k) == "clube" && k > 0 && a.folded(k-1) == "esporte" && k+1 < n && !a.toks[k+1].nl && a.capShape(k+1) {
		// "Esporte Clube Vitória"
		if e := a.titleRun(k+1, 3); e > k+1 {
			a.add(int(a.toks[k-1].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
		}
		return
	}
	l := k
	for l > 0 && k-l < 4 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxLabel|lxGreet) == 0 && !a.claimedAt(l-1) {
		l--
	}
	if l == k || k-l < 2 && !sportWords55[a.folded(k-1)] || a.folded(k) == "fc" && k-l < 1 {
		return
	}
	if k-l == 1 && sportWords55[a.folded(l)] {
		return // ("Futebol Clube" alone)
	}
	a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// refinery55 reads a refinery by its name ("Refinaria Gabriel Passos",
// "Bayou Ridge Refinery"). ORGANIZATION.
func (a *analysis) refinery55(k int) {
	if a.folded(k) == "refinaria" {
		if e := a.titleRun(k+1, 4); e > k+1 && !a.toks[k+1].nl {
			a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
		}
		return
	}
	a.namedBefore55(k, true)
}

// namedBefore55 reads an organisation named by capitalised words before
// its kind at k ("Summit Central IRB", "Prairie Institutional Review
// Board", "Liberty Medigap", "Glenview Smiles", "Bayou Ridge
// Refinery"): one to three words on its line, no label, title or
// greeting; where its kind is a common word ("Smiles", "Refinery"), one
// of them no common word (a place, a name or an unlisted word).
// ORGANIZATION (over a name another rule read there: "Summit Central").
func (a *analysis) namedBefore55(k int, needProper bool) {
	h := k
	if a.folded(k) == "board" {
		h = k - 2 // "Institutional Review Board"
	}
	if (h < k || a.folded(k) == "irb") && h > 0 && a.isWord(h-1) && a.lexOf(h-1)&lxOrgHead != 0 {
		return // an institution's own board: "… Medical Center Institutional Review Board"
	}
	l := h
	proper := false
	for l > 0 && h-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxLabel|lxGreet|lxNameLabel) == 0 {
		l--
		if x := a.lexOf(l); x&lxCommon == 0 || x&(lxPlace|lxName) != 0 {
			proper = true
		}
	}
	if l == h || needProper && (!proper || a.sentenceStart(l) && h-l < 2 && a.lexOf(l)&lxCommon != 0) {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// researchTails55 close a research site's name after "Research".
var researchTails55 = set(`institute center centre unit group network partners associates lab laboratory foundation trust`)

// researchTail55 extends an organisation over "Research" after it
// ("Delta Cardiology Research", "High Desert Neurology
// Research"), its name closing there. ORGANIZATION.
func (a *analysis) researchTail55(k int) {
	n := len(a.toks)
	if k < 1 || a.toks[k].nl || a.toks[k].gap != 1 {
		return
	}
	if q := k + 1; q < n && !a.toks[q].nl && a.isWord(q) && a.capShape(q) && !researchTails55[a.folded(q)] {
		return // ("… Research Coordinator")
	}
	if ci := a.orgEndingAt53(int(a.toks[k-1].e)); ci >= 0 {
		a.add(a.cands[ci].s, int(a.toks[k].e), TypeOrganization, a.cands[ci].score, pOrg)
	}
}

// licenceLetter55 reads a licence's letter and number after "Lic" ("NV
// Lic B 204417", "NM Lic. C 30412"): one capital, then four digits or
// more. LICENSE.
func (a *analysis) licenceLetter55(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isPunct(q, ".") && a.toks[q].gap == 0 {
		q++
	}
	if q+1 >= n || a.toks[q].nl || a.toks[q].shape != shSingle || !a.isWord(q) || a.toks[q+1].nl || a.toks[q+1].gap != 1 || a.toks[q+1].kind != kNum || a.toks[q+1].e-a.toks[q+1].s < 4 {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[q+1].e), TypeLicense, 0.8, pLabeled)
	// (the state before "Lic" is the licence's, no name: "AZ Lic D …")
	if p := k - 1; p >= 0 && a.toks[p].shape == shUpper && usStates[a.tokText(p)] && !a.toks[k].nl {
		a.regions = append(a.regions, [2]int{int(a.toks[p].s), int(a.toks[k].e)})
	}
}

// specimenNumber55 reads a specimen's number after "SPEC" on a
// laboratory's print-out ("SPEC 25-118-2041 HEPATIC PANEL"):
// digits in three groups or more joined by hyphens. ID.
func (a *analysis) specimenNumber55(k int) {
	n := len(a.toks)
	q := a.skipNumberSign48(k + 1)
	if q >= n || a.toks[q].nl || a.toks[q].kind != kNum || a.toks[q].gap > 2 || a.claimedAt(q) {
		return
	}
	v := labelValue(a.text[a.toks[q].s:])
	if strings.Count(v, "-") < 2 || digitCount(v) < 7 {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[q].s)+len(v), TypeID, 0.8, pLabeled)
}

// registerNumber55 reads a staff register's number after "mat." (a
// matrícula: "atendente: sônia - mat. 44812"): four digits or more. ID.
func (a *analysis) registerNumber55(k int) {
	n := len(a.toks)
	q := k + 1
	if q+1 >= n || !a.isPunct(q, ".") || a.toks[q].nl || a.toks[q+1].nl || a.toks[q+1].kind != kNum || int(a.toks[q+1].gap) > a.wide53() || a.claimedAt(q+1) {
		return
	}
	v := labelValue(a.text[a.toks[q+1].s:])
	if digitCount(v) < 4 || len(v) > 12 {
		return
	}
	a.add(int(a.toks[q+1].s), int(a.toks[q+1].s)+len(v), TypeID, 0.8, pLabeled)
}

// ssnLastFour55 reads the last four digits of an SSN given after it
// ("confirmed with DOB and last 4 of SSN, 7731"): "last 4 of" before
// "SSN", four digits after its comma or colon. SSN.
func (a *analysis) ssnLastFour55(k int) {
	n := len(a.toks)
	if k < 3 || a.folded(k-1) != "of" || a.folded(k-3) != "last" || a.toks[k-2].kind != kNum && a.folded(k-2) != "four" {
		return
	}
	q := k + 1
	if q < n && (a.isPunct(q, ",") || a.isPunct(q, ":")) {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].kind != kNum || a.toks[q].e-a.toks[q].s != 4 || a.claimedAt(q) {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[q].e), TypeSSN, 0.8, pLabeled)
}

// flatWords55 name a flat, a house or a block after a street's number in
// lower case ("… 2210 ap 31").
var flatWords55 = set(`ap apto apt apartamento casa bloco bl sala lote`)

// unitWords55 count time or measure after a number, no house's.
var unitWords55 = set(`anos ano dias dia meses mes semanas semana horas hora vezes min minutos kg km metros m`)

// lowerStreet55 reads a street written in lower case in a chat ("rua
// barão de itapura 2210 ap 31"): its type, one to four words (one of
// them no common word; "situação de rua há cerca de 3 anos" is none), a
// house number and the flat's. ADDRESS.
func (a *analysis) lowerStreet55(k int) {
	n := len(a.toks)
	q := k + 1
	proper := 0
	for q < n && q-k <= 4 && a.isWord(q) && a.toks[q].shape == shLower && !a.toks[q].nl && a.toks[q].gap == 1 && a.lexOf(q)&(lxStop|lxMonth) == 0 {
		if a.lexOf(q)&lxCommon == 0 {
			proper++
		}
		q++
	}
	if q == k+1 || q >= n || a.toks[q].kind != kNum || a.toks[q].nl || a.toks[q].gap != 1 || a.toks[q].e-a.toks[q].s > 5 || proper == 0 || a.lexOf(k+1)&lxParticle != 0 {
		return
	}
	if a.lexOf(q-1)&lxParticle != 0 || q+1 < n && a.isWord(q+1) && !a.toks[q+1].nl && unitWords55[a.folded(q+1)] {
		return // ("rua há cerca de 3 anos")
	}
	e := q
	if e+2 < n && a.isWord(e+1) && flatWords55[a.folded(e+1)] && !a.toks[e+1].nl && a.toks[e+2].kind == kNum && !a.toks[e+2].nl && a.toks[e+2].gap == 1 {
		e += 2
	}
	a.add(int(a.toks[k].s), int(a.toks[e].e), TypeAddress, 0.75, pAddress)
}

// schoolOffices55 name an office of a school before "Office"
// ("Counseling Office", "Health Office").
var schoolOffices55 = set(`counseling counselling guidance health nurse nurses attendance admissions registrar main front`)

// schoolOffice55 makes a code region of a school's office after its
// name ("Jefferson Middle School Counseling Office", "Maple Elementary
// Health Office"): the school is named, its office is none.
func (a *analysis) schoolOffice55(k int) {
	p := k - 1
	if p < 1 || a.toks[k].nl || a.toks[p].nl || !a.isWord(p) || !schoolOffices55[a.folded(p)] || !a.isWord(p-1) {
		return
	}
	switch a.folded(p - 1) {
	case "school", "elementary", "academy", "college", "preschool", "university", "middle":
	default:
		return
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[p].s), int(a.toks[k].e)})
}

// careWorkers55 name a worker of a school, a team or a care agency
// before a given name in brackets ("team manager (Pat)", "the
// scheduler (Dee)"; parenGiven54).
var careWorkers55 = set(`manager coach teacher aide trainer scheduler dispatcher professora professor orientadora coordenadora
	coordenador motorista cuidadora cuidador supervisor supervisora`)

// languages55 are languages that name no one where a field gives them
// ("Language: Mam (requested)"): indigenous languages of the Americas
// an interpreter is booked for (lxDemonym, as languageNames42).
var languages55 = set(`mam qeqchi kekchi kanjobal qanjobal chuj ixil akateko mixteco mixtec zapotec zapoteco triqui trique tzotzil
	tzeltal nahuatl otomi mazateco garifuna chatino`)

// ladyTitle55 reads the name after a lady's short title "d." (dona) at
// i in Portuguese ("a esposa, d. Iracema,", "d. carminha já acordada"): a
// listed given name, or a pet form in lower case ("-inha", "-inho")
// that is no common word. NAME.
func (a *analysis) ladyTitle55(i, w int) {
	t := a.toks[w]
	if a.claimedAt(w) || t.e-t.s < 3 || i > 0 && a.toks[i].gap == 0 && !a.toks[i].nl {
		return
	}
	x := a.lexOf(w)
	if x&(lxStop|lxMedical|lxMonth|lxTitle|lxLabel|lxRelation) != 0 {
		return
	}
	f := a.folded(w)
	switch {
	case t.shape == shTitle && x&lxGiven != 0:
	case t.shape == shLower && x&(lxCommon|lxGiven) == 0 && (strings.HasSuffix(f, "inha") || strings.HasSuffix(f, "inho")):
	default:
		return
	}
	a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
}

// lowerSenderAt55 reads a chat's sender written in lower case before
// the colon c, after the message's time ("Tue 3/4 9:12 AM  omar
// khalil: can she go …"): a listed given name and a listed surname, after
// "AM", "PM" or a time of day on the same line. NAME.
func (a *analysis) lowerSenderAt55(c int) {
	if c < 3 || a.toks[c].nl {
		return
	}
	g, sn, p := c-2, c-1, c-3
	if b2u(a.toks[g].shape == shLower)&b2u(a.toks[sn].gap == 1)&b2u(a.toks[g].gap >= 1) == 0 || a.toks[sn].nl || a.toks[g].nl || !a.isWord(g) || !a.isWord(sn) {
		return
	}
	if pf := a.folded(p); !(a.isWord(p) && (pf == "am" || pf == "pm") || a.toks[p].kind == kNum && p > 0 && a.isPunct(p-1, ":")) {
		return
	}
	xg, xs := a.lexOf(g), a.lexOf(sn)
	if xg&lxGiven == 0 || xs&(lxName|lxGiven) == 0 || (xg|xs)&(lxCommon|lxStop|lxMonth|lxMedical|lxCred) != 0 || a.claimedAt(g) {
		return
	}
	a.add(int(a.toks[g].s), int(a.toks[sn].e), TypeName, 0.8, pName)
}

// slashNumbers55 reads the dates a Portuguese note writes with the
// first day's ordinal ("a partir de 1º/03/2025"), DATE; and makes code
// regions (codes43) of fractions that no rule should read as a date:
// a part before "of" ("eating about 3/4 of usual").
func (a *analysis) slashNumbers55() {
	n := len(a.toks)
	text := a.text
	for _, si := range a.classToks('/') {
		d := int(si)
		if d < 1 || d+1 >= n || a.toks[d+1].kind != kNum || a.toks[d].nl || a.toks[d+1].nl {
			continue
		}
		// (an ordinal's sign before the slash, or a word after the
		// number: bytes first)
		if s, e := int(a.toks[d].s), int(a.toks[d+1].e); !(s >= 2 && text[s-2] == 0xC2 || e+2 < len(text) && text[e] == ' ' && (text[e+1] == 'o' || text[e+1] == 'd')) {
			continue
		}
		p := d - 1
		if a.toks[d].gap != a.toks[d+1].gap || a.toks[d].gap > 2 || a.toks[d].gap > 0 && !a.isWord(d+2) {
			continue // (spaced only before a days' supply)
		}
		v := a.tokText(p)
		if a.pt && (strings.HasSuffix(v, "º") || strings.HasSuffix(v, "°")) && len(v) <= 4 && isDigit(v[0]) && d+3 < n && a.isPunct(d+2, "/") && a.toks[d+2].gap == 0 && a.toks[d+3].gap == 0 && a.toks[d+3].kind == kNum {
			m, y := a.tokText(d+1), a.tokText(d+3)
			if len(m) <= 2 && atoi(m) >= 1 && atoi(m) <= 12 && (len(y) == 4 || len(y) == 2) && !a.claimedAt(d+1) {
				a.add(int(a.toks[p].s), int(a.toks[d+3].e), TypeDate, 0.8, pDate)
			}
			continue
		}
		if a.toks[p].kind != kNum || d+2 >= n || !a.isWord(d+2) || a.toks[d+2].nl {
			continue
		}
		if f := a.folded(d + 2); f == "d" || f == "days" || f == "dias" {
			// a quantity and its days' supply: "Qty 2 / 28 d"
			if p > 0 && a.isWord(p-1) && (a.folded(p-1) == "qty" || a.folded(p-1) == "qtd" || a.folded(p-1) == "quantity") {
				a.codes43 = append(a.codes43, [2]int{int(a.toks[p].s), int(a.toks[d+1].e)})
			}
			continue
		}
		if a.folded(d+2) != "of" {
			continue
		}
		if x, y := atoi(v), atoi(a.tokText(d+1)); len(v) > 2 || x < 1 || y > 10 || x >= y {
			continue
		}
		a.codes43 = append(a.codes43, [2]int{int(a.toks[p].s), int(a.toks[d+1].e)})
	}
}

// ptKinGiven55 are Portuguese relations that are English given names
// ("Nora Delahunt, MD"): in an English note they open a name.
var ptKinGiven55 = set(`nora tia`)

// postWords55 close a post after a name and its credentials ("- School
// Counselor", "- Credentialed School Nurse"), no organisation's name.
var postWords55 = set(`counselor counsellor nurse psychologist worker coordinator director teacher principal secretary specialist
	manager liaison advocate interventionist therapist`)

// nameCands55 reads what the other rules found: a given name before a
// surname they read ("Eugene Whitebird" where "Eugene" is a town's,
// "Nora Delahunt" where "Nora" is a Portuguese relation), NAME; a
// given name that is a month after a surname's comma in a roster
// ("Okafor, August (ST20931)"), NAME; and a post after a name's dash
// read as an organisation ("…, LCPC - School Counselor"), a code region.
func (a *analysis) nameCands55() {
	n := len(a.toks)
	m := len(a.cands)
	text := a.text
	for ci := 0; ci < m; ci++ {
		c := &a.cands[ci] // (an add that grows a.cands leaves it readable, unchanged)
		switch c.typ {
		case TypeName:
			// (the bytes around the name first: a capital and a blank
			// before it, a comma or a spaced dash after it)
			before := c.s >= 3 && text[c.s-1] == ' ' && text[c.s-2] >= 'a' && text[c.s-2] <= 'z'
			if before {
				// (a capitalised word before it)
				b := c.s - 2
				for b > 0 && text[b-1] >= 'a' && text[b-1] <= 'z' {
					b--
				}
				before = b > 0 && text[b-1] >= 'A' && text[b-1] <= 'Z'
			}
			comma := c.e+2 < len(text) && text[c.e] == ',' && text[c.e+1] == ' '
			dash := c.e+3 < len(text) && text[c.e] == ' ' && text[c.e+1] == '-' && text[c.e+2] == ' '
			if !before && !comma && !dash {
				continue
			}
			k, ok := a.tokenAt(c.s)
			if !ok {
				continue
			}
			if p := k - 1; before && p >= 0 && !a.toks[k].nl && a.toks[k].gap == 1 && a.isWord(p) && a.toks[p].shape == shTitle && !a.claimedAt(p) {
				x := a.lexOf(p)
				if x&lxGiven != 0 && (x&(lxCommon|lxStop|lxMonth|lxTitle|lxCred|lxLabel|lxNameLabel|lxRelation|lxMedical|lxGreet) == 0 || a.en && ptKinGiven55[a.folded(p)] && x&lxCommon == 0) {
					a.add(int(a.toks[p].s), c.e, TypeName, c.score, c.prio)
				}
			}
			e := a.firstTokenFrom(c.e)
			// a chat sender's practice after the name's dash: "Dra. Lia
			// Moura - Clínica Sorriso da Serra: Boa noite"
			if dash && e+2 < n && a.spacedDash(e) && !a.toks[e].nl && !a.toks[e+1].nl && a.cue(e+1)&cuOrgPrefix != 0 && a.toks[e+1].shape == shTitle {
				// (two words at least after the head: "Jussara - Clínica
				// Médica:" is a specialty's)
				if r := a.capRun53(e+1, a.wide53()); r > e+3 && r < n && a.isPunct(r, ":") && a.toks[r].gap == 0 {
					a.add(int(a.toks[e+1].s), int(a.toks[r-1].e), TypeOrganization, 0.75, pOrg)
				}
			}
			if comma && e+2 < n && a.isPunct(e, ",") && !a.toks[e+1].nl && a.toks[e+1].gap == 1 && a.isWord(e+1) && a.toks[e+1].shape == shTitle && a.lexOf(e+1)&(lxMonth|lxGiven) == lxMonth|lxGiven &&
				(a.toks[e+2].nl || a.isPunct(e+2, "(") || a.toks[e+2].gap >= 3) && k == e-1 && a.lexOf(k)&lxName != 0 {
				a.add(c.s, int(a.toks[e+1].e), TypeName, c.score, c.prio)
			}
		case TypeOrganization:
			// (a dash before it or inside it first)
			inner := a.pt && (strings.Contains(text[c.s:c.e], "- ") || strings.Contains(text[c.s:c.e], "— "))
			outer := c.s >= 3 && text[c.s-1] == ' ' && (text[c.s-2] == '-' || a.pt && c.s >= 5 && text[c.s-4:c.s-1] == "—")
			if !inner && !outer {
				continue
			}
			k, ok := a.tokenAt(c.s)
			if !ok {
				continue
			}
			if a.pt {
				// (the unit's head after the dash opens the candidate or
				// stands inside it)
				unit := false
				for u := k; u < n && int(a.toks[u].s) < c.e && u < k+12; u++ {
					if a.isWord(u) && unitHeads55[a.folded(u)] && a.toks[u].gap >= 1 && a.toks[u].shape != shLower && (a.isPunct(u-1, "-") || a.isPunct(u-1, "—")) && a.toks[u-1].gap >= 1 &&
						(u > k || a.placeOrOrgEndingAt55(int(a.toks[u-1].s))) {
						a.unitAfterDash55(u, c.e)
						unit = true
						break
					}
				}
				if unit {
					continue
				}
			}
			if k < 2 || a.toks[k].nl || !a.spacedDash(k-1) {
				continue
			}
			last := a.firstTokenFrom(c.e) - 1
			if last > k && last < n && a.isWord(last) && postWords55[a.folded(last)] && (last+1 >= n || a.toks[last+1].nl) {
				a.codes43 = append(a.codes43, [2]int{c.s, c.e})
			}
		}
	}
}

// lowerShelter55 reads a shelter named after "abrigo" in lower case
// ("mora no abrigo Esperança 2"): capitalised words and the shelter's
// short number. ORGANIZATION.
func (a *analysis) lowerShelter55(k int) {
	n := len(a.toks)
	q := k + 1
	if q >= n || a.toks[q].nl || a.toks[q].gap != 1 || a.toks[q].shape != shTitle || a.claimedAt(q) {
		return
	}
	e := a.titleRun(q, 3)
	if e == q || e >= n || a.toks[e].kind != kNum || a.toks[e].nl || a.toks[e].gap != 1 || a.toks[e].e-a.toks[e].s > 2 {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e].e), TypeOrganization, 0.75, pOrg)
}

// legendItem55: tokens d-1, d, d+1 are a numbered item of a legend, a
// number of one or two digits glued by a hyphen to a word ("1-TCLE",
// "2-triagem").
func (a *analysis) legendItem55(d int) bool {
	if d < 1 || d+1 >= len(a.toks) || !a.isPunct(d, "-") {
		return false
	}
	p, w := a.toks[d-1], a.toks[d+1]
	if p.kind != kNum || p.e-p.s > 2 || a.toks[d].gap != 0 || w.gap != 0 || w.kind != kWord || w.e-w.s < 2 || !(p.gap > 0 || d == 1 || p.nl) {
		return false
	}
	// (no date: "01-Feb-2024")
	return a.lexOf(d+1)&lxMonth == 0 && !(d+2 < len(a.toks) && a.toks[d+2].gap == 0 && (a.isPunct(d+2, "-") || a.isPunct(d+2, "/")))
}

// lineBreakBetween55: a line break comes between tokens i and j.
func (a *analysis) lineBreakBetween55(i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if a.toks[k].nl {
			return true
		}
	}
	return false
}

// signatureAt55 reads the writer who signs an entry of a log after the
// spaced dash d closing the line, after the entry's full stop ("14h
// banho no leito, sem intercorrências. - Joana"): a listed given name or an
// unlisted word, or a common word written as a name elsewhere in the
// note (mid-sentence in title case), read there too. NAME.
func (a *analysis) signatureAt55(d int) {
	n := len(a.toks)
	w := d + 1
	if d < 1 || w >= n || !a.isPunct(d-1, ".") || !a.spacedDash(d) || a.toks[d].nl || a.toks[w].nl || w+1 < n && !a.toks[w+1].nl {
		return
	}
	if !a.isWord(w) || a.toks[w].shape != shTitle || a.toks[w].e-a.toks[w].s < 3 || a.claimedAt(w) {
		return
	}
	x := a.lexOf(w)
	if x&(lxStop|lxMedical|lxMonth|lxPlace|lxRegion|lxOrgHead|lxTitle|lxCred|lxLabel|lxGreet) != 0 {
		return
	}
	if x&lxGiven == 0 && !a.unknownWord(w) && !a.namedElsewhere55(w) {
		return
	}
	a.add(int(a.toks[w].s), int(a.toks[w].e), TypeName, 0.75, pName)
}

// namedElsewhere55: the word at w is written in title case elsewhere in
// the note inside a sentence, as a name is ("pra Joana."); those
// mentions are read as the name too.
func (a *analysis) namedElsewhere55(w int) bool {
	v := a.tokText(w)
	found := false
	for _, ci := range a.caps {
		k := int(ci)
		if k == w || a.toks[k].shape != shTitle || a.tokText(k) != v || a.sentenceStart(k) || a.claimedAt(k) {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
		found = true
	}
	return found
}

// lineStartNames55 reads a name found by a late rule where it opens a
// line as a person's subject ("Hope called out today" after "covering
// for Hope"): a given name that is also a common word, before a
// person's verb (weakNameOpens), the same spelling a name elsewhere.
// NAME.
func (a *analysis) lineStartNames55() {
	for _, li := range a.lineStarts {
		k := int(li)
		switch a.toks[k].shape {
		case shTitle:
		case shUpper:
			if a.pt && a.raws[k]&lxOrgHead != 0 && schoolHeads55[a.folded(k)] {
				a.honoreeInCaps55(k)
			}
			continue
		default:
			continue
		}
		if a.raws[k]&lxGiven == 0 || !a.isWord(k) || a.claimedAt(k) {
			continue
		}
		if x := a.lexOf(k); x&lxCommon == 0 || x&(lxStop|lxMonth|lxMedical) != 0 || !a.weakNameOpens(k) {
			continue
		}
		v, s := a.tokText(k), int(a.toks[k].s)
		for _, c := range a.cands {
			if c.typ == TypeName && c.s != s && c.e-c.s >= len(v) && containsWord55(a.text[c.s:c.e], v) {
				a.add(s, int(a.toks[k].e), TypeName, 0.75, pName)
				break
			}
		}
	}
}

// containsWord55: v stands in s as a word of its own.
func containsWord55(s, v string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], v)
		if i < 0 {
			return false
		}
		i += off
		e := i + len(v)
		if (i == 0 || !isAlnumByte(s[i-1]) && s[i-1] < 0x80) && (e == len(s) || !isAlnumByte(s[e]) && s[e] < 0x80) {
			return true
		}
		off = i + 1
	}
}

// mailDepts55 name a department of a plan, a hospital or an agency that
// writes or is written to before its organisation's name in a mail's
// header ("Para: Ouvidoria Serra Azul Saúde <…>", "De: Central de
// Remoções Rota Viva Ambulâncias <…>", "From: Front Desk <…>").
var mailDepts55 = set(`ouvidoria autorizacoes autorizacao faturamento agendamento regulacao cadastro central setor departamento
	nucleo coordenacao gerencia scheduling billing intake appeals admissions referrals front`)

// mailDepartments55 makes a code region (codes43) of the department
// that opens a mail header's display name before its organisation or
// alone: the organisation is read without it, a department alone is
// none.
func (a *analysis) mailDepartments55() {
	n := len(a.toks)
	for _, li := range a.lineStarts {
		i := int(li)
		if i+3 >= n || !a.isWord(i) || !a.isPunct(i+1, ":") || a.toks[i+2].nl {
			continue
		}
		switch a.folded(i) {
		case "de", "para", "from", "to", "cc", "cco":
		default:
			continue
		}
		k := i + 2
		if !a.isWord(k) || a.toks[k].shape == shLower || !mailDepts55[a.folded(k)] {
			continue
		}
		e := k
		switch {
		case e+2 < n && a.isWord(e+1) && (a.folded(e+1) == "de" || a.folded(e+1) == "of") && a.isWord(e+2) && a.capShape(e+2) && !a.toks[e+2].nl:
			e += 2 // "Central de Remoções"
		case a.folded(k) == "front":
			if !a.isWord(e+1) || a.folded(e+1) != "desk" {
				continue
			}
			e++
		case a.folded(k) == "central":
			continue
		case e+1 < n && a.isWord(e+1) && a.toks[e+1].shape == shTitle && a.lexOf(e+1)&lxCommon != 0 && a.lexOf(e+1)&(lxPlace|lxGiven) == 0 && !a.toks[e+1].nl:
			e++ // "Departamento Médico"
		}
		// (up to the address's bracket on the line)
		q := e + 1
		for q < n && q < e+10 && !a.toks[q].nl && !a.isPunct(q, "<") {
			q++
		}
		if q >= n || !a.isPunct(q, "<") || a.toks[q].nl {
			continue
		}
		a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[e].e)})
	}
}

// townHospital55 reads a town's Hospital das Clínicas by its acronym and
// town ("Residência - HC de Ribeirão Preto", "no HC da UFPR"): "HC", "de" and a
// listed place or a university's acronym. ORGANIZATION.
func (a *analysis) townHospital55(k int) {
	n := len(a.toks)
	q := k + 1
	if q+1 >= n || !a.isWord(q) || a.toks[q].nl || a.toks[q+1].nl || (a.folded(q) != "de" && a.folded(q) != "da" && a.folded(q) != "do") {
		return
	}
	e := q + 1
	if a.toks[e].shape == shUpper && universitySet55[a.folded(e)] {
		a.add(int(a.toks[k].s), int(a.toks[e].e), TypeOrganization, 0.8, pOrg)
		return
	}
	if a.toks[e].shape != shTitle {
		return
	}
	if r, ok := a.placeMatch(e); ok {
		a.add(int(a.toks[k].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
	}
}

// vehiclePlate55 reads a plate after its state's code on a vehicle's
// line ("Vehicle: white Honda Odyssey, NM 8-2210K"): the code after a
// comma, then letters and digits joined by a hyphen, with a digit.
// VEHICLE.
func (a *analysis) vehiclePlate55(k int) {
	n := len(a.toks)
	for q := k + 1; q+2 < n && q < k+12 && !a.toks[q].nl; q++ {
		if !a.isPunct(q, ",") || a.toks[q+1].shape != shUpper || a.toks[q+1].e-a.toks[q+1].s != 2 || !usStates[a.tokText(q+1)] || a.toks[q+2].nl || a.toks[q+2].gap != 1 {
			continue
		}
		s := int(a.toks[q+2].s)
		v := labelValue(a.text[s:])
		if len(v) < 5 || len(v) > 9 || digitCount(v) == 0 || a.claimedAt(q+2) {
			return
		}
		for i := 0; i < len(v); i++ {
			if !isAlnumByte(v[i]) && v[i] != '-' {
				return
			}
		}
		a.add(s, s+len(v), TypeVehicle, 0.8, pLabeled)
		return
	}
}

// lowerStaffAt55 reads a staff member's name written in lower case
// after a credential's field at the colon c ("Charge RN: wendy marsh"):
// a listed given name and a listed surname closing the line. NAME.
func (a *analysis) lowerStaffAt55(c int) {
	n := len(a.toks)
	g, sn := c+1, c+2
	if sn >= n || b2u(a.toks[g].shape == shLower)&b2u(a.toks[sn].shape == shLower)&b2u(a.toks[sn].gap == 1) == 0 || a.toks[g].nl || a.toks[sn].nl || !a.isWord(g) || !a.isWord(sn) {
		return
	}
	if sn+1 < n && !a.toks[sn+1].nl || !a.isWord(c-1) || a.lexOf(c-1)&lxCred == 0 {
		return
	}
	xg, xs := a.lexOf(g), a.lexOf(sn)
	if xg&lxGiven == 0 || xs&(lxName|lxGiven) == 0 || (xg|xs)&(lxStop|lxMonth|lxMedical|lxCred) != 0 || a.claimedAt(g) || a.toks[sn].e-a.toks[sn].s < 3 {
		return
	}
	a.add(int(a.toks[g].s), int(a.toks[sn].e), TypeName, 0.75, pName)
}

// hyphenTestAt55 makes a code region (codes43) of a test or a score
// named with the hyphen d that reads as a name at a sentence's start:
// an antibody's "Anti-" before its acronym ("Anti-TPO reagente"), the
// Child-Pugh class.
func (a *analysis) hyphenTestAt55(d int) {
	if d < 1 || d+1 >= len(a.toks) || a.toks[d+1].gap != 0 || a.toks[d-1].shape != shTitle || !a.isWord(d-1) {
		return
	}
	switch a.folded(d - 1) {
	case "anti":
		if sh := a.toks[d+1].shape; sh != shUpper && sh != shMixed {
			return
		}
	case "child":
		if a.folded(d+1) != "pugh" {
			return
		}
	default:
		return
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[d-1].s), int(a.toks[d+1].e)})
}

// givenBeforeRole55 reads a given name before the role it holds in
// brackets ("Ciente: Marlene (coordenadora pedagógica)", "Denise (nurse
// manager) called"): a listed given name that is no other word, a
// worker's or a relation's word opening the bracket. NAME.
func (a *analysis) givenBeforeRole55() {
	n := len(a.toks)
	for _, pi := range a.classToks('(') {
		i := int(pi)
		g, r := i-1, i+1
		if r+1 < n && a.toks[r+1].ch == ')' && a.toks[r].shape == shTitle && g >= 0 && a.toks[g].shape == shTitle {
			a.districtInBrackets55(i)
			continue
		}
		if g < 0 || r >= n || a.toks[i].gap != 1 || a.toks[r].gap != 0 || a.toks[i].nl || !a.isWord(g) || !a.isWord(r) || a.toks[g].shape != shTitle || a.toks[r].shape != shLower {
			continue
		}
		if x := a.lexOf(g); x&lxGiven == 0 || x&(lxCommon|lxStop|lxMonth|lxMedical|lxPlace|lxRegion|lxOrgHead|lxTitle|lxCred|lxLabel) != 0 || a.claimedAt(g) {
			continue
		}
		if f := a.folded(r); !careWorkers54[f] && !careWorkers55[f] && a.lexOf(r)&lxRelation == 0 {
			continue
		}
		a.add(int(a.toks[g].s), int(a.toks[g].e), TypeName, 0.75, pName)
	}
}

// criteriaRegion55 makes a code region (codes43) of the one or two
// capitalised words that name a set of criteria before it ("ECG (Seattle
// criteria)", "per the Rome IV Criteria"): an eponym, a place or
// a body that names no one there.
func (a *analysis) criteriaRegion55(k int) {
	l := k
	for l > 0 && k-l < 2 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle) == 0 {
		l--
	}
	if l < k {
		a.codes43 = append(a.codes43, [2]int{int(a.toks[l].s), int(a.toks[k].e)})
	}
}

// disabilityKind55 makes a code region (codes43) of a kind of
// disability a school's plan names in title case ("Specific Learning
// Disability", "Intellectual Disability"): medical words before
// "Disability", no proper one ("Guardian Mutual Disability" is an
// insurer).
func (a *analysis) disabilityKind55(k int) {
	l := k
	for l > 0 && k-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.toks[l-1].shape == shTitle {
		if x := a.lexOf(l - 1); x&lxMedical == 0 || x&(lxPlace|lxRegion|lxGiven) != 0 {
			break
		}
		l--
	}
	if l == k || l > 0 && !a.toks[l].nl && a.isWord(l-1) && a.capShape(l-1) {
		return // ("Social Security Disability": a body's)
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[l].s), int(a.toks[k].e)})
}

// degrees55 are academic degrees written with dots after a name's comma
// ("Maya Ortiz, M.Ed.", "Lena Park, M.S., LCPC").
var degrees55 = set(`med ms ma msc mba mph msw msn mat edd eds edm phd psyd bs ba bsc bsn jd`)

// dottedDegree55 makes a region of a degree written with dots after a
// comma from token i ("M.Ed.", "M.S.", "Ph.D."): no name is read in it.
func (a *analysis) dottedDegree55(i int) {
	n := len(a.toks)
	var buf [8]byte
	b := buf[:0]
	e := i
	for e+1 < n && len(b) < 6 && a.isWord(e) && a.toks[e].e-a.toks[e].s <= 3 && (e == i || a.toks[e].gap == 0) && a.isPunct(e+1, ".") && a.toks[e+1].gap == 0 {
		b = append(b, a.folded(e)...)
		e += 2
	}
	if e-i < 4 || !degrees55[string(b)] {
		return
	}
	a.regions = append(a.regions, [2]int{int(a.toks[i].s), int(a.toks[e-1].e)})
}

// unitHeads55 open the name of a unit, a department or a branch of the
// organisation or the place before a dash ("… do Piauí - Núcleo de
// Saúde", "Cidade/UF — Unidade de Laminação", "Escola Nova — Unidade
// Boa Vista").
var unitHeads55 = set(`unidade nucleo setor departamento divisao coordenacao gerencia`)

// unitAfterDash55 makes a code region (codes43) of a unit's head after a
// dash, with the kind of work it names after "de" in one or two common
// or unlisted words (a department: "Núcleo de Saúde"); the place a
// branch is named for stays ("Unidade Boa Vista" leaves the
// district). The dash follows an organisation or a place (a document's
// title before it heads a unit's own name: "RECEITUÁRIO - Unidade de
// Saúde da Família …").
func (a *analysis) unitAfterDash55(k, e int) {
	n := len(a.toks)
	r := k + 1
	if r+1 < n && a.isWord(r) && (a.folded(r) == "de" || a.folded(r) == "da" || a.folded(r) == "do") && !a.toks[r].nl {
		q := r + 1
		for q < n && int(a.toks[q].e) <= e && a.isWord(q) && a.lexOf(q)&(lxGiven|lxRegion) == 0 && (a.lexOf(q)&(lxPlace|lxName) == 0 || a.lexOf(q)&(lxCommon|lxOrgHead) != 0) {
			q++
		}
		if int(a.toks[q-1].e) == e && q > r+1 && q <= r+3 {
			a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), e})
		}
		return
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[k].e)})
}

// placeOrOrgEndingAt55: an organisation or a place the rules read ends
// before byte p (its blanks between).
func (a *analysis) placeOrOrgEndingAt55(p int) bool {
	for p > 0 && a.text[p-1] == ' ' {
		p--
	}
	if p >= 3 && a.text[p-3] == '/' && isASCIIUpper(a.text[p-2]) && isASCIIUpper(a.text[p-1]) {
		p -= 3 // (a town and its state: "Cidade/UF — Unidade de …")
	}
	for _, c := range a.cands {
		if c.e == p && (c.typ == TypeOrganization || c.typ == TypeLocation) {
			return true
		}
	}
	return false
}

// districtInBrackets55 reads a district in brackets after the place it
// holds ("Freguesia (Anil), Rio de Janeiro"): one capitalised
// word in no list, after a place the rules read. LOCATION.
func (a *analysis) districtInBrackets55(i int) {
	w := i + 1
	if a.toks[i].gap != 1 || a.toks[w].gap != 0 || a.toks[i].nl || !a.isWord(w) || !a.unknownWord(w) || a.toks[w].e-a.toks[w].s < 5 || a.claimedAt(w) {
		return
	}
	e := int(a.toks[i-1].e)
	for _, c := range a.cands {
		if c.e == e && c.typ == TypeLocation {
			a.add(int(a.toks[w].s), int(a.toks[w].e), TypeLocation, 0.7, pLocation)
			return
		}
	}
}

// schoolHeads55 open a school's name.
var schoolHeads55 = set(`escola colegio creche emef emei cmei emeb emeif eeef`)

// honoreeInCaps55 reads a school named for a person in a line of
// capitals ("ESCOLA MUNICIPAL DE ENSINO FUNDAMENTAL
// ANA NERI — Cidade/UF"): its head opening the line, capitals up
// to a dash or the line's end, a listed given name and a listed surname
// among them. ORGANIZATION.
func (a *analysis) honoreeInCaps55(k int) {
	n := len(a.toks)
	e := k + 1
	for e < n && e-k < 10 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && a.toks[e].shape == shUpper {
		e++
	}
	if e-k < 3 || e < n && !a.toks[e].nl && !a.isPunct(e, "-") && !a.isPunct(e, "—") {
		return
	}
	named := false
	for q := k + 1; q+1 < e; q++ {
		if a.lexOf(q)&lxGiven != 0 && a.lexOf(q+1)&lxName != 0 && a.lexOf(q)&(lxStop|lxMonth|lxParticle|lxOrgHead) == 0 && a.lexOf(q+1)&(lxStop|lxMonth|lxParticle|lxOrgHead) == 0 {
			named = true
			break
		}
	}
	if named {
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.75, pOrg)
	}
}
