package phi

// Round 52 rules: immigration and refugee health paperwork (I-693
// examinations, refugee and asylum assessments, shelters and reception
// centres, interpreters, NGO and UNHCR case notes, detention logs,
// Istanbul Protocol reports), animals, zoonoses and the people around
// them (rabies prophylaxis, vets' letters, farm workers, poison-centre
// calls, assistance dogs) and dev-imitating notes.

// phoneAfterName52: the number at token j opens a phone that a rule
// claimed, so the run of names before it is a contact's name, no lab's
// or score's ("lawyer is Grace Whitfield 319-555-0133").
func (a *analysis) phoneAfterName52(j int) bool {
	return a.claimedAt(j) && a.candAt(int(a.toks[j].s), TypePhone) >= 0
}

// roleLabel52 reads the name after a person's post that introduces it —
// a manager's, a lawyer's, an attorney's — at token k: before a field's
// colon ("Case manager: Deb Strand", "Advogada: …"), as a name's label,
// or in lower case before the name ("the lawyer Ana Ruiz"); a post in
// title case closes a signature's line instead ("RN Manager, Labor &
// Delivery", "PA Attorney I.D. 309114").
func (a *analysis) roleLabel52(k int) {
	n := len(a.toks)
	q := k + 1
	if q+1 < n && a.isPunct(q, ":") && !a.toks[q+1].nl && a.toks[q+1].gap <= 2 {
		a.captureLabeledName(q + 1)
		return
	}
	if a.toks[k].shape != shLower || q >= n || a.toks[q].nl || a.toks[q].gap != 1 || !a.isWord(q) || a.toks[q].shape != shTitle || a.claimedAt(q) {
		return
	}
	j := a.nameRun(q, runOpts{wide: 1})
	if j <= q || j > q+4 {
		return
	}
	if strong, weak, unknown, bad, words := a.runEvidence(q, j); words > 0 && bad == 0 && (strong+unknown > 0 || words >= 2 && weak == words) {
		a.emitName(q, j, 0.8, pName)
	}
}

// personNoun52: token k names a person by a relation or by the part a
// person plays in the paper (the patient, an applicant, a client …), in
// lower case.
func (a *analysis) personNoun52(k int) bool {
	if !a.isWord(k) || a.toks[k].shape != shLower {
		return false
	}
	if a.lexOf(k)&lxRelation != 0 {
		return true
	}
	switch a.folded(k) {
	case "patient", "applicant", "client", "resident", "claimant", "beneficiary", "veteran", "petitioner", "member", "decedent",
		"paciente", "requerente", "solicitante", "residente", "beneficiaria", "beneficiario", "idosa", "idoso":
		return true
	}
	return false
}

// fieldStart52 (orgAcceptable): the facility named by its head at token
// l and one word in title case opens its line ("Instituto Travessias -
// (11) …" under a signature) or follows a title's spaced dash ("FICHA DE
// ACOMPANHAMENTO - Abrigo Caimbé").
func (a *analysis) fieldStart52(l, h int) bool {
	return a.toks[h].shape == shTitle && (a.toks[l].nl || l > 0 && a.isPunct(l-1, "-") && a.toks[l-1].gap > 0 && a.toks[l].gap > 0 && !a.toks[l-1].nl)
}

// clinicKinds52 name a kind of clinic, no clinic's own name ("Resident
// Clinic", "Walk-in Clinic", "Travel Clinic").
var clinicKinds52 = set(`resident residents teaching free student students staff employee employees faculty continuity travel
	family general specialty specialist walk-in walk fracture eye foot wound pain memory sleep weight lipid
	outpatient inpatient day night evening weekend same-day mobile virtual video phone satellite main new old
	primary urgent community county city state public private university hospital veterans military
	refugee immigrant immigration asylum migrant newcomer international tb std sti hiv vaccine immunization flu`)

// namedClinic52 (orgAcceptable): one capitalised word before "Clinic"
// inside a sentence that is no kind of clinic names one, as "Hospital"
// does ("referral to Hanger Clinic", "seen at Mayo Clinic").
func (a *analysis) namedClinic52(l, h int) bool {
	// (a branch's place after it is read by the rules that follow: "at
	// Hanger Clinic Montgomery")
	if h+1 < len(a.toks) && !a.toks[h+1].nl && a.capShape(h+1) {
		return false
	}
	return a.folded(h) == "clinic" && !a.pt && a.toks[l].shape == shTitle && a.toks[h].shape == shTitle &&
		l > 0 && !a.toks[l].nl && a.toks[h].gap == 1 && a.isWord(l-1) && a.toks[l-1].shape == shLower && !determiners[a.folded(l-1)] &&
		a.lexOf(l)&(lxStop|lxMonth|lxRegion|lxMedical|lxCred|lxDemonym|lxTitle) == 0 && !clinicKinds52[a.folded(l)]
}

// personBeforeOf52: the words before the "of" at token p name a person,
// not the first part of an organisation's name: a title before one or
// two capitalised words ("Dr. Adaeze Nwankwo of …"), or a listed given
// name that is no common word before a capitalised word ("Kathleen
// Dorsey of …"; "Sisters of Mercy Hospital" stays whole).
func (a *analysis) personBeforeOf52(p int) bool {
	if p < 2 || a.toks[p].nl || !a.isWord(p-1) || a.toks[p-1].shape != shTitle || !a.isWord(p-2) || a.toks[p-2].shape != shTitle || a.toks[p-1].nl {
		return false
	}
	if a.lexOf(p-2)&lxGiven != 0 && a.lexOf(p-2)&(lxCommon|lxStop) == 0 && a.lexOf(p-1)&(lxStop|lxOrgHead) == 0 && a.cue(p-1)&(cuOrgPrefix|cuOrgSuffix) == 0 {
		return true
	}
	for q := p - 2; q >= 0 && q >= p-4; q-- {
		if a.isWord(q) && a.lexOf(q)&lxTitle != 0 && a.cue(q)&cuTitle != 0 {
			return true
		}
		if a.toks[q].nl {
			break
		}
	}
	return false
}

// r52 is the kind of this round's trigger words (words52): they share
// r48Tail's bit, as rounds 50 and 51 do; detectTriggers51 passes over
// them, and detectTriggers52 tells them apart by the word (and reads
// round 50's "bairro", which shares the bit).
const r52 = r48Tail

// words52 are this round's trigger words: a refugee camp or a settlement
// named before its word ("the Mae La camp", "Kakuma refugee camp"), the
// part of a camp named in brackets after it ("Dadaab camp complex
// (Hagadera)") and a camp's shelter address ("Camp 14, Block E-3,
// shelter 211"); an interpreting business's "Language Access"; a
// specialty's "Família" ("Médica de Família - CRM-ES …"), no surname;
// the posts roleLabel52 reads before a name ("Case manager: …"); a
// shelter's "Abrigo" and "Albergue" before its number; and a pet's name,
// which names no person (petName52): the animals' nouns and breeds,
// "named", an animal's name's label and a species' field.
var words52 = set(`camp camps settlement access familia manager lawyer attorney advogada advogado abrigo albergue ` + petWords52 + ` named chamado chamada called animal pet species especie ` + breeds52)

// petWords52 name animals kept by people, in English and Portuguese.
const petWords52 = `dog dogs puppy cat kitten feline canine bird parrot cockatiel parakeet budgie horse pony mare gelding
	rabbit hamster ferret lizard dragon tortoise turtle snake macaque monkey
	cao cachorro cachorra cadela gato gata filhote papagaio calopsita periquito cavalo egua coelho`

var petNouns52 = set(petWords52)

// late52 runs this round's passes that read what the others found.
func (a *analysis) late52() {
	if a.has39(r52) {
		a.detectTriggers52()
	}
	if a.hasPunct('.') && a.en {
		a.detectPublicSchools52()
	}
	if a.ocr && a.hasPunct(':') {
		a.idLetters52()
	}
	if a.ocr && a.hasPunct('-') {
		a.spacedHyphenNames52()
	}
	if a.hasPunct('(') && a.hasPunct(':') {
		a.bracketNameLabels52()
	}
	if a.hasPunct(',') && a.hasCue(cuStreet|cuUSStreet|cuBRStreet) {
		a.townAfterAddress52()
	}
}

// townAfterAddress52 reads the town or the district after a street
// address's comma with no state or ZIP after it ("the bedroom at 3390 Elk
// Meadow Dr, Evergreen was tested", "Rua …, 141, casa 2, Botafogo."): a
// listed place of one or two words, closed by punctuation, the line's
// end or a word in lower case. LOCATION.
func (a *analysis) townAfterAddress52() {
	n := len(a.toks)
	m := len(a.cands)
	for ci := 0; ci < m; ci++ {
		c := a.cands[ci]
		if c.typ != TypeAddress {
			continue
		}
		k := a.firstTokenFrom(c.e)
		q := k + 1
		if q >= n || !a.isPunct(k, ",") || a.toks[k].gap != 0 || a.toks[k].nl || !a.isWord(q) || a.toks[q].shape != shTitle || a.toks[q].nl || a.toks[q].gap != 1 || a.claimedAt(q) ||
			a.lexOf(q)&(lxRegion|lxStop|lxMonth|lxLabel) != 0 || unitWords47[a.folded(q)] {
			continue
		}
		e, ok := a.placeMatch(q)
		if !ok || e > n {
			continue
		}
		if e < n && !a.toks[e].nl && !(a.toks[e].kind == kPunct && !a.isPunct(e, "-") || a.isWord(e) && a.toks[e].shape == shLower) {
			continue
		}
		a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeLocation, 0.75, pLocStrong)
	}
}

// shelterNumber52 puts a shelter's number after its name into the
// organisation ("do Abrigo Rondon 5 (orientador …)"): one or two digits
// closed by punctuation or the line's end, after the organisation that
// "Abrigo" or "Albergue" at token k opens.
func (a *analysis) shelterNumber52(k int) {
	n := len(a.toks)
	if !a.pt || a.toks[k].shape == shLower {
		return
	}
	s := int(a.toks[k].s)
	for _, c := range a.cands {
		if c.s != s || c.typ != TypeOrganization {
			continue
		}
		j := a.firstTokenFrom(c.e)
		if j >= n {
			return
		}
		t := a.toks[j]
		if t.kind == kNum && t.e-t.s <= 2 && t.gap == 1 && !t.nl && (j+1 >= n || a.toks[j+1].nl || a.toks[j+1].kind == kPunct && !a.isPunct(j+1, "/") && !a.isPunct(j+1, "-") && !a.isPunct(j+1, ":")) {
			a.add(c.s, int(t.e), TypeOrganization, c.score, c.prio)
		}
		return
	}
}

// bracketNameLabels52 reads a name after a name's label that opens a
// bracket ("RN de Keila Barros (nome escolhido: Gael)", "(name on ID:
// …)"), as detectNames reads one that opens a line.
func (a *analysis) bracketNameLabels52() {
	n := len(a.toks)
	for _, p := range a.classToks('(') {
		i := int(p) + 1
		if i+2 >= n || a.raws[i]&lxNameLabel == 0 || !a.isWord(i) || a.toks[i].gap != 0 || a.toks[i].nl || a.claimedAt(i) {
			continue
		}
		if le, ok := a.nameLabelAt(i); ok && le < n && !a.toks[le].nl {
			a.captureLabeledName(le)
		}
	}
}

// spacedHyphenNames52 joins to a name the surname an OCR wrote with its
// hyphen spaced off ("son  Ziad  Al - Khatib", "Huong  T.  Le - Barrett",
// "Name :  AL - KHATIB ,  MUNA  SALEH"): after the name, a capitalised
// word, a hyphen with blanks and a capitalised word; before it, the same
// and a comma after a label's colon. NAME.
func (a *analysis) spacedHyphenNames52() {
	n := len(a.toks)
	for ci := range a.cands {
		c := a.cands[ci]
		if c.typ != TypeName {
			continue
		}
		k := a.firstTokenFrom(c.e)
		// after: "Ziad" + "Al - Khatib"
		if k+2 < n && a.surnamePart52(k) && a.isPunct(k+1, "-") && a.toks[k+1].gap > 0 && a.toks[k+2].gap > 0 && a.surnamePart52(k+2) &&
			a.toks[k].gap <= 2 && !a.toks[k+1].nl && !a.toks[k+2].nl && a.toks[k+1].gap <= 2 && a.toks[k+2].gap <= 2 {
			e := int(a.toks[k+2].e)
			for _, d := range a.cands {
				if d.typ == TypeName && d.s == int(a.toks[k+2].s) && d.e > e {
					e = d.e
				}
			}
			a.add(c.s, e, TypeName, c.score, c.prio)
			continue
		}
		// before: "AL - KHATIB ,  MUNA  SALEH" after "Name :"
		s := a.firstTokenFrom(c.s)
		if s >= 5 && s < n && int(a.toks[s].s) == c.s && a.isPunct(s-1, ",") && a.toks[s-1].gap == 1 && a.surnamePart52(s-2) && a.isPunct(s-3, "-") && a.toks[s-3].gap > 0 &&
			a.toks[s-2].gap > 0 && a.toks[s-2].gap <= 2 && a.toks[s-3].gap <= 2 && a.surnamePart52(s-4) && !a.toks[s].nl && !a.toks[s-1].nl && !a.toks[s-2].nl && !a.toks[s-3].nl &&
			(a.toks[s-4].nl || a.isPunct(s-5, ":") && !a.toks[s-4].nl) {
			a.add(int(a.toks[s-4].s), c.e, TypeName, c.score, c.prio)
		}
	}
}

// surnamePart52: token k is a capitalised word that may be part of a
// surname: no cue, month, label or medical word (a particle is one: "Al",
// "Le").
func (a *analysis) surnamePart52(k int) bool {
	if k < 0 || k >= len(a.toks) || !a.isWord(k) || !a.capShape(k) {
		return false
	}
	x := a.lexOf(k)
	return x&lxParticle != 0 || x&(lxStop|lxMonth|lxLabel|lxCred|lxTitle|lxOrgHead|lxNameLabel) == 0 && x&(lxMedical|lxCommon) != lxMedical
}

// idLetters52 puts the letters an OCR's identifier opens with, spaced off
// its digits after the label's colon, into the identifier a rule read
// from its digits ("A-Number :  A 2 O 9  8 8 3 …", "Case  No :  AMM - 2 3 -
// 0 4 4 …"): one to four capitals, a spaced hyphen or none. The
// identifier's type.
func (a *analysis) idLetters52() {
	for ci := range a.cands {
		c := a.cands[ci]
		switch c.typ {
		case TypeID, TypeMRN, TypeHealthPlan, TypeAccount, TypeLicense:
		default:
			continue
		}
		k := a.firstTokenFrom(c.s)
		if k < 2 || k >= len(a.toks) || int(a.toks[k].s) != c.s || a.toks[k].nl || a.toks[k].gap > 2 {
			continue
		}
		p := k - 1
		if a.isPunct(p, "-") && !a.toks[p].nl && a.toks[p].gap <= 2 {
			p--
		}
		t := a.toks[p]
		if p < 1 || t.kind != kWord || t.shape != shUpper && t.shape != shSingle || t.e-t.s > 4 || t.nl || t.gap > 2 || !a.isPunct(p-1, ":") || a.lexOf(p)&(lxStop|lxLabel|lxCred) != 0 {
			continue
		}
		a.add(int(t.s), c.e, c.typ, c.score, c.prio)
	}
}

// detectTriggers52 runs the rules of this round's trigger words
// (words52).
func (a *analysis) detectTriggers52() {
	n := len(a.toks)
	var pets []int32
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r52 == 0 || k+1 > n || !a.isWord(k) {
			continue
		}
		switch a.folded(k) {
		case "camp", "camps", "settlement":
			if a.toks[k].shape == shTitle && k+1 < n && a.toks[k+1].kind == kNum {
				a.campAddress52(k)
				continue
			}
			a.campPlace52(k)
		case "access":
			a.languageFirm52(k)
		case "manager", "lawyer", "attorney", "advogada", "advogado":
			a.roleLabel52(k)
		case "bairro":
			a.districtAfter52(k)
		case "abrigo", "albergue":
			a.shelterNumber52(k)
		case "familia":
			// "Médico de Família", "Medicina de Família e Comunidade"
			if k >= 2 && a.toks[k].shape == shTitle && a.isWord(k-1) && a.folded(k-1) == "de" && a.isWord(k-2) && !a.toks[k-1].nl {
				switch a.folded(k - 2) {
				case "medico", "medica", "medicina", "residente", "especialista":
					a.regions = append(a.regions, [2]int{int(a.toks[k].s), int(a.toks[k].e)})
				}
			}
		case "named", "chamado", "chamada", "called", "animal", "pet", "species", "especie":
			pets = a.petName52(k, pets)
		default:
			if f := a.folded(k); petNouns52[f] || common52[f] {
				pets = a.petName52(k, pets)
			}
		}
	}
	if len(pets) > 0 {
		a.protectPets52(pets)
	}
}

// campWord52: token k is a word that may stand between a camp's name and
// "camp" ("Kakuma refugee camp", "Zaatari Refugee Camp", "the Bidi Bidi
// transit camp").
func (a *analysis) campWord52(k int) bool {
	if !a.isWord(k) {
		return false
	}
	switch a.folded(k) {
	case "refugee", "refugees", "idp", "transit", "displacement":
		return true
	}
	return false
}

// campPlace52 reads a refugee camp or a settlement named before its word
// in lower case ("from the Mae La camp", "Kakuma refugee camp",
// "Nyarugusu Refugee Camp"): one to three capitalised words on its line
// (a particle among them: "Mae La"), one of them no common word or a
// listed place, that open no sentence alone. LOCATION. Then a part of
// the camp in brackets after it ("Dadaab camp complex (Hagadera)"): a
// capitalised word in no list but the places'. LOCATION.
func (a *analysis) campPlace52(k int) {
	n := len(a.toks)
	if a.toks[k].shape != shLower && !(a.toks[k].shape == shTitle && k > 0 && a.campWord52(k-1) && a.toks[k-1].shape == shTitle) {
		return
	}
	e := k
	for e > 0 && e > k-2 && a.campWord52(e-1) && !a.toks[e].nl && a.toks[e].gap == 1 {
		e--
	}
	s, proper := e, false
	for s > 0 && e-s < 3 && !a.toks[s].nl && a.toks[s].gap == 1 {
		p := s - 1
		if !a.isWord(p) || a.toks[p].shape != shTitle || a.claimedAt(p) {
			break
		}
		x := a.lexOf(p)
		if x&lxParticle != 0 && x&lxGiven == 0 {
			// ("Mae La": a particle inside the name, never its first word)
			if p == 0 || !a.isWord(p-1) || a.toks[p-1].shape != shTitle || a.toks[p].nl {
				break
			}
			s = p
			continue
		}
		// (a given name is one in any case: "Mae", a mother in Portuguese)
		if x&(lxMonth|lxCred|lxTitle|lxLabel|lxDemonym) != 0 || x&(lxStop|lxRelation) != 0 && x&lxGiven == 0 || x&(lxMedical|lxCommon) == lxMedical ||
			a.cue(p)&(cuOrgPrefix|cuOrgSuffix) != 0 {
			break
		}
		proper = proper || x&(lxCommon|lxStop|lxMedical) == 0 || x&(lxPlace|lxForeignPlace|lxGiven) != 0
		s = p
	}
	if s < e && proper && !(e-s == 1 && a.lexOf(s)&lxCommon != 0 && a.sentenceStart(s)) {
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeLocation, 0.8, pLocStrong)
	}
	// a part in brackets: "camp complex (Hagadera)", "camps (Ifo, Dagahaley)"
	q := k + 1
	if q < n && a.isWord(q) && a.toks[q].shape == shLower && a.folded(q) == "complex" && !a.toks[q].nl {
		q++
	}
	if q+2 < n && a.isPunct(q, "(") && !a.toks[q].nl && a.toks[q].gap <= 1 {
		for j := q + 1; j+1 < n && j < q+8 && !a.toks[j].nl; j += 2 {
			x := a.lexOf(j)
			if !a.isWord(j) || a.toks[j].shape != shTitle || j > q+1 && a.toks[j].gap != 1 || j == q+1 && a.toks[j].gap != 0 || x&(lxCommon|lxStop|lxMedical|lxMonth|lxGiven|lxDemonym|lxRegion) != 0 && x&(lxPlace|lxForeignPlace) == 0 {
				break
			}
			if !(a.isPunct(j+1, ")") || a.isPunct(j+1, ",")) || a.toks[j+1].gap != 0 {
				break
			}
			a.add(int(a.toks[j].s), int(a.toks[j].e), TypeLocation, 0.75, pLocStrong)
			if a.isPunct(j+1, ")") {
				break
			}
		}
	}
}

// campUnit52: f names a part of a camp's address after its number.
func campUnit52(f string) bool {
	switch f {
	case "block", "blk", "shelter", "house", "tent", "hut", "plot", "sector", "zone", "phase", "section", "quadra", "lote", "setor", "modulo":
		return true
	}
	return false
}

// campAddress52 reads a camp's address: "Camp" and its number, then one
// or more of its parts with their codes ("Camp 14, Block E-3, shelter
// 211", "Camp 4 Extension, Block C, Tent 17"). ADDRESS.
func (a *analysis) campAddress52(k int) {
	n := len(a.toks)
	e := k + 2 // past the camp's number
	if e < n && a.toks[e].gap == 0 && (a.toks[e].kind == kWord && a.toks[e].shape == shSingle || a.toks[e].kind == kAlnum) {
		e++ // "Camp 4W"
	}
	if e < n && a.isWord(e) && a.folded(e) == "extension" && !a.toks[e].nl {
		e++
	}
	parts := 0
	for e+1 < n && !a.toks[e].nl {
		q := e
		if a.isPunct(q, ",") && a.toks[q].gap == 0 {
			q++
		}
		if q+1 >= n || a.toks[q].nl || !a.isWord(q) || !campUnit52(a.folded(q)) || a.toks[q+1].nl || a.toks[q+1].gap != 1 {
			break
		}
		v := q + 1
		t := a.toks[v]
		if !(t.kind == kNum || t.kind == kAlnum || t.kind == kWord && t.shape == shSingle) || t.e-t.s > 6 {
			break
		}
		v++
		// ("E-3", "A-12")
		if v+1 < n && a.isPunct(v, "-") && a.toks[v].gap == 0 && a.toks[v+1].gap == 0 && (a.toks[v+1].kind == kNum || a.toks[v+1].kind == kAlnum) {
			v += 2
		}
		if v < n && a.toks[v].gap == 0 && !a.toks[v].nl && a.toks[v].kind != kPunct {
			break
		}
		e = v
		parts++
	}
	if parts == 0 {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeAddress, 0.8, pAddress)
}

// languageFirm52 reads an interpreting business named before "Language
// Access" ("Video interpreter Nadège (Voxa Language Access)"): one or two
// capitalised words, one of them proper (in no list, or a name or a
// place's word that is no common word). ORGANIZATION.
func (a *analysis) languageFirm52(k int) {
	if a.toks[k].shape != shTitle || k < 2 || !a.isWord(k-1) || a.folded(k-1) != "language" || a.toks[k-1].shape != shTitle || a.toks[k].nl || a.toks[k].gap != 1 {
		return
	}
	s, proper := k-1, false
	for s > 0 && s > k-4 && !a.toks[s].nl && a.toks[s].gap == 1 {
		p := s - 1
		if !a.isWord(p) || !a.capShape(p) {
			break
		}
		x := a.lexOf(p)
		if x&(lxStop|lxMonth|lxCred|lxTitle|lxLabel|lxRelation) != 0 || a.cue(p)&(cuOrgPrefix|cuOrgSuffix) != 0 && a.cue(p)&cuWeakOrgHead == 0 {
			break
		}
		proper = proper || x&(lxCommon|lxStop|lxMedical) == 0 || a.toks[p].shape == shMixed
		s = p
	}
	if s < k-1 && proper {
		a.add(int(a.toks[s].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
	}
}

// detectPublicSchools52 reads a public school of New York's kind, named
// by its letters and number ("P.S. 46 Edgar Allan Poe", "I.S. 318",
// "J.H.S. 22"), with the name after the number when a rule read it.
// ORGANIZATION.
func (a *analysis) detectPublicSchools52() {
	n := len(a.toks)
	// (at the dot after the "S": "P.S. 46")
	for _, d := range a.classToks('.') {
		k := int(d) - 1
		if k < 3 || k+3 >= n || a.toks[k].e-a.toks[k].s != 1 || a.text[a.toks[k].s] != 'S' || a.toks[k+1].gap != 0 || a.toks[k+2].kind != kNum ||
			a.toks[k+2].nl || a.toks[k+2].gap != 1 || a.toks[k+2].e-a.toks[k+2].s > 3 {
			continue
		}
		// "P.S.", "I.S.", "M.S.", "J.H.S."
		s := k - 2
		if !a.isPunct(k-1, ".") || a.toks[k-1].gap != 0 || a.toks[k].gap != 0 || a.toks[s].kind != kWord || a.toks[s].e-a.toks[s].s != 1 {
			continue
		}
		switch a.text[a.toks[s].s] {
		case 'P', 'I', 'M':
		case 'H':
			if s < 2 || a.tokText(s-2) != "J" || !a.isPunct(s-1, ".") {
				continue
			}
			s -= 2
		default:
			continue
		}
		if a.toks[s].gap == 0 && s > 0 {
			continue
		}
		e := int(a.toks[k+2].e)
		// (a school by its number after a preposition or a school's word,
		// or with its name after the number)
		if k+3 < n && !a.toks[k+3].nl && a.toks[k+3].gap == 1 && a.capShape(k+3) {
			for _, c := range a.cands {
				if c.s == int(a.toks[k+3].s) && c.e > e && (c.typ == TypeName || c.typ == TypeOrganization) {
					e = c.e
					break
				}
			}
		} else if p := s - 1; p < 0 || !a.isWord(p) || a.toks[s].nl || !schoolBefore52(a.folded(p)) {
			continue
		}
		a.add(int(a.toks[s].s), e, TypeOrganization, 0.8, pOrg)
	}
}

// schoolBefore52: f comes before a school named by its number ("enrolled
// at P.S. 46", "attends I.S. 318").
func schoolBefore52(f string) bool {
	switch f {
	case "at", "attends", "attended", "to", "from", "enrolled", "school":
		return true
	}
	return false
}

// childrensHead52 (orgHeadAt): the "Children's" at token k is no head of
// its own when a capitalised word before it and a head after it make
// one name ("Hope Harbor Children's Shelter", "Rainbow Children's
// Hospital"): the head after it reads the name leftwards.
func (a *analysis) childrensHead52(k int) bool {
	return k > 0 && !a.toks[k].nl && a.toks[k].gap == 1 && a.capShape(k-1) && a.cue(k+3)&cuOrgSuffix != 0 && a.lexOf(k-1)&(lxStop|lxMonth|lxTitle|lxCred) == 0
}

// streetHeads52 head a farm's name ("Prairie Sun Egg Farm", a cue of
// orgSuffixHeads) but name streets as often ("W2210 Old Farm Rd",
// "Ranch Rd"): they carry no lxOrgHead flag, which the street rules read.
var streetHeads52 = set(`farm ranch dairy hatchery stables`)

// medical52 are clinical words the lists lack: drugs and tests named at a
// sentence's or a table's start ("Permethrin given", "Mitogen - Nil",
// "Transdermal.", "Fusiform swelling", "stool Shiga toxin", "positive
// by DFA", "EBUS-TBNA", "Mucositis pain"), a vaccine's short forms ("Hib",
// "Hep A"), a surgical specialty ("Bucomaxilofacial").
var medical52 = set(`permethrin mitogen transdermal fusiform shiga dfa ebus tbna mucositis hib hep bucomaxilofacial`)

// stop52 are abbreviations that look like names: the immigration
// courts' office (EOIR), the vaccine committee (ACIP), a cat's coat
// (DSH, DLH), a prescription's quantity ("Disp #30"), a veterinarian's
// degree (DVM, VMD; credentials too, as "MD" is both).
var stop52 = set(`eoir acip dsh dlh disp dvm vmd`)

// common52 are words the lists lack: dogs' breeds, which name a pet's
// kind, not a person or a place ("Breed: Labrador mix").
var common52 = set(breeds52)

const breeds52 = `labrador beagle dachshund chihuahua rottweiler pitbull schnauzer poodle weimaraner corgi collie spaniel pomeranian`

// petName52 reads a pet's name by the animal's noun or its label at
// token k and appends it to pets for protectPets52 (pets' names are no
// PHI):
//   - after the noun in lower case, the name alone ("a gata Mel, que",
//     "the dog Tank"), in quotes ("dog \"Tank\"", "macaque (\"Bodhi\","),
//     or between commas ("The family's cat, Juniper, is", "o papagaio, o
//     Louro,");
//   - before the noun in brackets ("our patient \"Miso\" (feline, DSH");
//   - after "named" with an animal's noun or breed a few words before it
//     ("a 9-year-old boxer named Duke", "a Lab named Scout");
//   - after an animal's name's label ("Nome do animal: Thor", "ANIMAL
//     NAME : Lola", "Species: dog   Breed: …   Name: \"Bruno\"").
func (a *analysis) petName52(k int, pets []int32) []int32 {
	n := len(a.toks)
	f := a.folded(k)
	switch f {
	case "named", "chamado", "chamada", "called":
		if a.toks[k].shape != shLower || k+1 >= n || a.toks[k+1].nl {
			return pets
		}
		for p := k - 1; p >= 0 && p >= k-4 && !a.toks[p+1].nl; p-- {
			if a.isWord(p) && (petNouns52[a.folded(p)] || common52[a.folded(p)] || a.folded(p) == "lab" || a.folded(p) == "boxer" || a.folded(p) == "retriever") {
				pets = a.petAt52(k+1, pets)
				return pets
			}
		}
		return pets
	case "animal", "pet":
		// "Nome do animal:", "ANIMAL NAME :", "Pet name:"
		q := k + 1
		if q < n && a.isWord(q) && (a.folded(q) == "name" || a.folded(q) == "nome") && !a.toks[q].nl {
			q++
		} else if !(k >= 2 && a.isWord(k-1) && a.folded(k-1) == "do" && a.isWord(k-2) && a.folded(k-2) == "nome") {
			return pets
		}
		if q+1 < n && a.isPunct(q, ":") && !a.toks[q+1].nl {
			pets = a.petAt52(q+1, pets)
		}
		return pets
	case "species", "especie":
		// a "Name:" field on the species' line
		for q := k + 1; q+2 < n && q < k+24 && !a.toks[q].nl; q++ {
			if a.isWord(q) && (a.folded(q) == "name" || a.folded(q) == "nome") && a.isPunct(q+1, ":") && !a.toks[q+2].nl {
				pets = a.petAt52(q+2, pets)
				return pets
			}
		}
		return pets
	}
	if a.toks[k].shape != shLower && !(common52[f] && a.toks[k].shape == shTitle) {
		return pets
	}
	// before the noun, in quotes: "\"Miso\" (feline,"
	if k >= 4 && a.isPunct(k-1, "(") && a.quoteAt52(k-2) && a.quoteAt52(k-4) && a.isWord(k-3) && a.capShape(k-3) {
		pets = a.petAt52(k-3, pets)
	}
	q := k + 1
	// ("cão-guia Bento")
	if q+1 < n && a.isPunct(q, "-") && a.toks[q].gap == 0 && a.isWord(q+1) && a.toks[q+1].gap == 0 && a.toks[q+1].shape == shLower {
		q += 2
	}
	if q+1 >= n || a.toks[q].nl {
		return pets
	}
	switch {
	case a.isPunct(q, ",") && a.toks[q].gap == 0:
		x := q + 1
		if x+1 < n && a.isWord(x) && (a.folded(x) == "o" || a.folded(x) == "a") && a.toks[x].shape == shLower {
			x++
		}
		if x+1 < n && !a.toks[x].nl && a.isWord(x) && a.capShape(x) && (a.isPunct(x+1, ",") || a.isPunct(x+1, ")")) && a.toks[x+1].gap == 0 || a.quoteAt52(x) {
			pets = a.petAt52(x, pets)
		}
	case a.isPunct(q, "(") || a.quoteAt52(q):
		pets = a.petAt52(q, pets)
	case a.isWord(q) && a.capShape(q) && a.toks[q].gap == 1:
		// (one word: "the dog Max Power" is none)
		if q+1 < n && a.isWord(q+1) && a.capShape(q+1) && !a.toks[q+1].nl && a.toks[q+1].gap == 1 {
			return pets
		}
		pets = a.petAt52(q, pets)
	}
	return pets
}

// quoteAt52: token k is a quotation mark.
func (a *analysis) quoteAt52(k int) bool {
	if k < 0 || k >= len(a.toks) || a.toks[k].kind != kPunct {
		return false
	}
	switch a.tokText(k) {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// petAt52 keeps the pet's name at token k — after an opening bracket or
// a quotation mark, one capitalised word that is no cue word, closed by
// its quotation mark when one opened it.
func (a *analysis) petAt52(k int, pets []int32) []int32 {
	n := len(a.toks)
	quoted := false
	if k < n && a.isPunct(k, "(") {
		k++
	}
	if a.quoteAt52(k) {
		k++
		quoted = true
	}
	if k >= n || !a.isWord(k) || !a.capShape(k) || a.toks[k].nl && k > 0 && !a.isPunct(k-1, ":") {
		return pets
	}
	x := a.lexOf(k)
	if x&(lxStop|lxMonth|lxTitle|lxCred|lxLabel|lxOrgHead|lxRegion) != 0 || a.cue(k)&(cuTitle|cuOrgPrefix|cuOrgSuffix) != 0 {
		return pets
	}
	if quoted && !(k+1 < n && a.quoteAt52(k+1)) {
		return pets
	}
	return append(pets, int32(k))
}

// protectPets52 makes the pets' names regions (no name, place or
// organisation is read in them), and so the same word where it stands
// alone elsewhere in the note ("Miso is on clindamycin", "a Nina também
// come"): not beside another capitalised word nor after a title.
func (a *analysis) protectPets52(pets []int32) {
	n := len(a.toks)
	for _, pk := range pets {
		k := int(pk)
		a.regions = append(a.regions, [2]int{int(a.toks[k].s), int(a.toks[k].e)})
	}
	for _, ci := range a.caps {
		i := int(ci)
		if a.toks[i].kind != kWord {
			continue
		}
		f := a.folded(i)
		for _, pk := range pets {
			k := int(pk)
			if i == k || a.folded(k) != f {
				continue
			}
			// (nor after an initial's or a title's dot: "J. Miso", "Dr. Miso")
			if i > 0 && !a.toks[i].nl && a.toks[i].gap <= 1 && (a.isWord(i-1) && (a.capShape(i-1) || a.lexOf(i-1)&lxTitle != 0) ||
				i > 1 && a.isPunct(i-1, ".") && a.isWord(i-2) && (a.toks[i-2].shape == shSingle || a.lexOf(i-2)&lxTitle != 0)) ||
				i+1 < n && !a.toks[i+1].nl && a.toks[i+1].gap <= 1 && a.isWord(i+1) && a.capShape(i+1) {
				break
			}
			a.regions = append(a.regions, [2]int{int(a.toks[i].s), int(a.toks[i].e)})
			break
		}
	}
}

// acronymEnd52 (placeEndsBody): token j, after "da" or "do", is an
// institution's acronym in capitals that closes the name on its line
// ("… ao Refugiado da PUCPR"): four letters or more, no cue word, no
// state's code.
func (a *analysis) acronymEnd52(j int) bool {
	n := len(a.toks)
	t := a.toks[j]
	if t.shape != shUpper || t.e-t.s < 4 || a.lexOf(j)&(lxStop|lxCred|lxLabel|lxMedical|lxMonth) != 0 || !a.isWord(j-1) || a.toks[j-1].shape != shLower {
		return false
	}
	if f := a.folded(j - 1); f != "da" && f != "do" {
		return false
	}
	return j+1 >= n || a.toks[j+1].nl || a.toks[j+1].kind == kPunct
}

// serviceOfHead52 (orgHeadAt): a "Serviço" or a "Coordenadoria" at
// token k whose name on its line holds another organisation's head is
// that organisation's service ("Serviço de Neurologia do Hospital Escola
// …"), no body named by its town ("Serviço de Zoonoses de Eldorado").
func (a *analysis) serviceOfHead52(k int, f string) bool {
	if f != "servico" && f != "coordenadoria" {
		return false
	}
	for j := k + 1; j < len(a.toks) && j < k+12 && !a.toks[j].nl; j++ {
		if a.isWord(j) && a.toks[j].shape != shLower && a.cue(j)&(cuOrgPrefix|cuOrgSuffix) != 0 {
			return true
		}
	}
	return false
}

// districtAfter52 reads a district after "bairro" that the district
// rules leave: after its kind ("bairro rural Ribeirão Fundo") or with a
// state's name in it ("no bairro Nova Califórnia"): capitalised words
// and their particles to the name's end. LOCATION.
func (a *analysis) districtAfter52(k int) {
	n := len(a.toks)
	if !a.pt || a.toks[k].shape != shLower {
		return
	}
	q := k + 1
	kind := q < n && a.isWord(q) && a.toks[q].shape == shLower && (a.folded(q) == "rural" || a.folded(q) == "urbano") && !a.toks[q].nl
	if kind {
		q++
	}
	e, words, region := q, 0, false
	for e < n && words < 4 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) {
		if a.toks[e].shape == shLower {
			if f := a.folded(e); (f == "de" || f == "do" || f == "da" || f == "dos" || f == "das") && e > q && e+1 < n && a.capShape(e+1) && !a.toks[e+1].nl {
				e++
				continue
			}
			break
		}
		x := a.lexOf(e)
		if !a.capShape(e) || x&(lxStop|lxMonth|lxLabel|lxCred|lxTitle) != 0 || a.cue(e)&(cuOrgPrefix|cuOrgSuffix) != 0 {
			break
		}
		region = region || x&lxRegion != 0 && e > q
		words++
		e++
	}
	if words == 0 || !kind && !region {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeLocation, 0.8, pLocStrong)
}

// monthYearAt52 (eponymContext): the number at token j opens a month and
// a year a rule read as a date ("panel exam in Manila 08/2023: …"), no
// score after an eponym.
func (a *analysis) monthYearAt52(j int) bool {
	n := len(a.toks)
	if j+2 >= n || a.toks[j].e-a.toks[j].s > 2 || !a.isPunct(j+1, "/") || a.toks[j+1].gap != 0 || a.toks[j+2].gap != 0 || a.toks[j+2].e-a.toks[j+2].s != 4 {
		return false
	}
	return a.candAt(int(a.toks[j].s), TypeDate) >= 0
}

// forServed52 (orgHeadAt, for a suffix head): the head f at token k, a
// plural profession's or a centre's, opens the name before "for" and
// the capitalised words of whom or what it serves ("Physicians for
// Asylum Rights", "Center for Healing from Torture").
func (a *analysis) forServed52(k int, f string) bool {
	switch f {
	case "physicians", "nurses", "center", "centre":
	default:
		return false
	}
	// (a name before it makes the head a suffix's: "Pinecrest Center for
	// Eating Recovery")
	if k > 0 && !a.toks[k].nl && a.toks[k].gap <= 1 && a.capShape(k-1) {
		return false
	}
	q := k + 1
	return a.isWord(q) && a.toks[q].shape == shLower && a.folded(q) == "for" && !a.toks[q].nl && a.toks[q].gap == 1 &&
		a.capShape(q+1) && !a.toks[q+1].nl && a.toks[q+1].gap == 1 && a.lexOf(q+1)&(lxStop|lxMonth) == 0
}

// forInName52 (detectOrgs): the "for" at token p, before the words [l, h]
// of a name that ends in its head, joins a capitalised word before it to
// the name ("Paws for Healing Alliance"): a word in title case that is no
// cue, month or name and opens no sentence nor bracket.
func (a *analysis) forInName52(p, l, h int) bool {
	if p < 1 || l >= h+1 || a.toks[p].nl || a.toks[l].gap != 1 || a.toks[p].gap != 1 || !a.isWord(p-1) || a.toks[p-1].shape != shTitle {
		return false
	}
	// (not a verb or a word that opens a sentence or a bracket: "Drives
	// for Lone Star Freight Lines", "(Zoom for Healthcare)")
	if a.sentenceStart(p-1) || p >= 2 && a.isPunct(p-2, "(") {
		return false
	}
	x := a.lexOf(p - 1)
	return x&(lxStop|lxMonth|lxTitle|lxCred|lxGiven|lxName|lxLabel) == 0 && a.cue(p-1)&(cuPersonVerb|cuOrgPrefix|cuOrgSuffix) == 0
}
