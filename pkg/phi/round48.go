package phi

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Round 48 rules: names and documents from many cultures (Arabic names
// with bin/ibn/al-, Spanish and Latin American double surnames, Chinese,
// Vietnamese, Korean and Hmong names written family first, South Asian
// names with initials, Slavic patronymics, names in their own script —
// Cyrillic, Chinese, Japanese, Korean —, foreign passports and national
// identity numbers, consulates), death and after-death paperwork
// (death certificates and declarações de óbito with the cartório's
// livro/folha/termo, medical examiners' and coroners' reports,
// cremation and burial permits, funeral homes, cemeteries, obituaries)
// and dev-imitating notes.

// medical48 are organisms' genera (read as unknown capitalised words:
// "Strongyloides serology", "malária por Plasmodium falciparum") and
// clinical words the lists lack.
var medical48 = set(`plasmodium strongyloides schistosoma toxoplasma giardia entamoeba cryptosporidium leishmania
	wuchereria onchocerca taenia echinococcus ascaris necator ancylostoma trichuris enterobius brucella coxiella
	rickettsia borrelia leptospira burkholderia histoplasma coccidioides blastomyces paracoccidioides cryptococcus
	aspergillus mucor rhizopus klebsiella pseudomonas acinetobacter enterococcus staphylococcus haemophilus
	neisseria moraxella bordetella treponema mycobacterium nocardia actinomyces shigella campylobacter yersinia
	vibrio clostridioides clostridium bacteroides fusobacterium serratia enterobacter citrobacter stenotrophomonas
	trichomonas babesia anaplasma ehrlichia bartonella francisella pasteurella sporothrix talaromyces hymenolepis
	fasciola clonorchis opisthorchis paragonimus toxocara trichinella filaria chikungunya
	hippocampal pano rsv cockcroft`)

// languages48 are languages and peoples the demonym lists lack ("Tamil,
// in person", "a Dari interpreter", "Language: Somali"), and faiths
// named as adjectives ("their Catholic tradition"): adjectives of
// peoples, no names (lxDemonym).
var languages48 = set(`tamil telugu kannada malayalam marathi gujarati punjabi bengali urdu hindi dari sindhi sinhala
	uzbek tajik dinka nuer krio mixteco mixtec zapoteco zapotec nahuatl aymara rohingya karenni kurmanji sorani
	yiddish tigre philippine
	catholic muslim hindu sikh buddhist protestant evangelical pentecostal mormon`)

// stop48 are feasts and calendars ("fast during Ramadan", "the Solar
// Hijri year 1362") and the placeholders a registration writes for a
// missing name ("FNU Murugan": first name unknown): no names.
var stop48 = set(`ramadan ramadã ramada eid diwali hanukkah passover hijri fnu lnu`)

// regions48 are countries the region lists lack as written ("in the
// United States", "República Democrática do Congo"): no places of
// anyone's.
var regions48 = []string{"united states", "usa", "korea", "south korea", "north korea", "republica democratica do congo",
	"republica do congo"}

// mark48 adds this round's words to the vocabulary (see loadVocab).
func (v *vocab) mark48() {
	for w := range medical48 {
		v.mark(w, lxMedical)
	}
	for w := range languages48 {
		v.mark(w, lxDemonym)
	}
	for w := range stop48 {
		v.mark(w, lxStop|vfEN|vfPT)
	}
	for _, w := range regions48 {
		v.mark(w, lxRegion)
		for i := 0; i < len(w); i++ {
			if w[i] == ' ' {
				v.mark(w[:i], lxRegionPrefix)
			}
		}
	}
}

// late48 runs this round's passes that read what the others found.
func (a *analysis) late48() {
	if a.has39(r48IDDoc) {
		a.detectIDDocs48()
	}
	if a.has39(r48Consulate | r48Kind) {
		a.detectTriggers48()
	}
	if a.has39(r48Area) && a.hasPunct(',') {
		a.detectAreaUnits48()
	}
	if a.has39(r48Age) {
		a.detectAgeLabels48()
	}
	if a.has39(r48Hon | r48Tail) {
		a.detectNameTriggers48()
	}
	if a.hasPunct('(') && a.hasPunct(')') {
		a.protectBrands48()
	}
	if a.pt && a.has39(r48Registry) {
		a.detectRegistry48()
	}
	if a.hasPunct('>') {
		a.detectArrowNames48()
	}
	if nativeIn48(a.sc.foldBuf) {
		a.detectNativeNames48()
	}
	a.candRegions48()
	if a.hasPunct('"') {
		a.detectQuotedNames48()
		a.detectNicknameNames48()
	}
	if a.hasPunct('<') {
		a.detectMRZNames48()
	}
	if a.has39(r48Pack) && a.hasPunct('/') {
		a.protectFractions48()
	}
	if a.has39(r48BIN) {
		a.protectBIN48()
	}
	if a.has39(r48Burial | r48Tattoo) {
		a.detectDeathTriggers48()
	}
	a.detectLineStarts48()
}

// viHonorific48: s is a Vietnamese honorific before a given name ("Bà
// Hoa", "Ông Tam"), written with its accent.
func viHonorific48(s string) bool {
	switch s {
	case "Bà", "Ông", "Cô", "Chú", "Chị":
		return true
	}
	return false
}

// genericOrgWords48 are the words a name of a clinic's service is made of
// besides the departments' and the specialties' (deptWord44,
// specialtyWord44): "Hepatology Clinic", "Cardiology Device Clinic",
// "Hospital Medicine Progress Note", "Oral & Maxillofacial Surgery",
// "Behavioral Health Intake".
var genericOrgWords48 = set(`clinic clinics hospital device devices intake progress note notes oral maxillofacial
	heart liver kidney sleep pain spine vascular cardiac transplant breast cancer pulmonary hypertension
	access informatics integrity data certificates death records remote check new post mortem postmortem morgue
	autopsy privacy office compliance billing scheduling admissions registration referrals medical
	movement disorders`)

// candRegions48 walks the candidates once and makes regions (no PHI) of:
//   - a demonym or a language read as a name alone ("Interpreter:
//     Tamil", "a Dari interpreter", "Peruvian DNI …", "(Korean)"),
//     never after a title ("Dr. French"); and an organisation of a
//     demonym and an acronym ("Guatemalan DPI card");
//   - a state's code read as a name or a place ("Albuquerque, NM", "AZ
//     plate", "Porto Alegre-RS"; stateCode48);
//   - an organisation whose words only name a service of a clinic,
//     standing alone ("INTERNAL MEDICINE CLINIC - NEW PATIENT", "To:
//     Hepatology Clinic, …", "6 West Cardiology"; serviceOnly48);
//   - a range of years read as an identifier ("1951-1953"), a code
//     region;
//
// and grows from the names it finds: Spanish particles after a
// conjunction (leadParticles48), a second given name in capitals
// (capsGivenTail48), a practice after the credential
// (practiceAfterCred48), an age from 90 before the sex
// (ageAfterName48); and from the addresses, a lane's house number
// (slashHouseNumber48). (Honorifics, brands, departments as addressees,
// memorials and counties' offices are read from their trigger words:
// detectNameTriggers48, protectBrands48, detectLineStarts48.)
func (a *analysis) candRegions48() {
	n := len(a.toks)
	// (the candidates as they were: a.add may move them, never change
	// them)
	cands := a.cands
	for ci := range cands {
		c := &cands[ci]
		switch c.typ {
		case TypeID:
			if c.e-c.s >= 9 && c.e-c.s <= 10 && a.yearRange48(*c) {
				a.codes43 = append(a.codes43, [2]int{c.s, c.s + 9})
			}
			continue
		case TypeAddress:
			a.slashHouseNumber48(*c)
			continue
		case TypeLocation, TypeOrganization, TypeName:
		default:
			continue
		}
		k, ok := a.tokenAt(c.s)
		if !ok || !a.isWord(k) {
			continue
		}
		e := a.firstTokenFrom(c.e) // (the token after the candidate)
		x := a.lexOf(k)
		if x&lxDemonym != 0 && a.toks[k].shape != shLower && !a.titleBefore48(k) {
			if e == k+1 && c.typ != TypeOrganization {
				a.regions = append(a.regions, [2]int{c.s, c.e})
				continue
			}
			if c.typ == TypeOrganization && e == k+2 && a.toks[k+1].shape == shUpper && a.toks[k+1].e-a.toks[k+1].s <= 5 && a.lexOf(k+1)&lxOrgHead == 0 {
				a.regions = append(a.regions, [2]int{c.s, c.e})
				continue
			}
		}
		if e == k+1 && a.toks[k].shape == shUpper && a.stateCode48(k) {
			a.regions = append(a.regions, [2]int{c.s, c.e})
			continue
		}
		if c.typ == TypeOrganization {
			if e >= k+2 && a.serviceOnly48(k, e) {
				a.regions = append(a.regions, [2]int{c.s, c.e})
			}
			continue
		}
		if c.typ != TypeName {
			continue
		}
		if e > k+2 && a.toks[e-1].shape == shUpper && a.stateCode48(e-1) {
			// ("Porto Alegre-RS": the town is a place, its state none)
			a.regions = append(a.regions, [2]int{int(a.toks[e-1].s), c.e})
		}
		if k > 1 && a.isWord(k-1) && a.toks[k-1].shape == shLower && a.lexOf(k-1)&lxParticle != 0 {
			a.leadParticles48(*c, k)
		}
		if a.toks[k].shape == shUpper {
			a.capsGivenTail48(*c, k, e)
		}
		if e+1 < n && a.toks[e].ch == ',' {
			if a.cue(e+1)&cuCred != 0 {
				a.practiceAfterCred48(e)
			}
			if a.toks[e+1].kind == kNum {
				a.ageAfterName48(e)
			}
		} else if e+1 < n && a.toks[e].kind == kNum && a.toks[e].gap >= 2 {
			a.ageAfterName48(e)
		}
	}
}

// honorificAt48: token k is an honorific that opens a name but is none
// of it ("Chief Babatunde Adebayo", "Padre Lucas", "Msgr. Keith
// DeBlanc", "Dear Consul Tan-Villanueva"; the Vietnamese "Bà" and "Ông"
// with their accents: viHonorific48).
func (a *analysis) honorificAt48(k int) bool {
	t := a.toks[k]
	if t.shape != shTitle || t.e-t.s > 9 {
		return false
	}
	switch a.folded(k) {
	case "chief", "padre", "msgr", "monsignor", "consul", "consulesa":
		return true
	case "daw":
		return true // (a Burmese woman's: "Daw Hla Myint", round 52)
	}
	return viHonorific48(a.tokText(k))
}

// spanishParticles48 open a Spanish or Portuguese surname ("de la Cruz",
// "del Valle", "dos Santos").
var spanishParticles48 = set(`de del la las los da das do dos`)

// leadParticles48 extends the name c, found from token k, over the
// particles that open the surname when a conjunction, a quote or a
// bracket stands before them ("and de la Cruz (maternal)", "(de los
// Santos)"); a lone "de" after another word is a preposition ("filho de
// Souza").
func (a *analysis) leadParticles48(c cand, k int) {
	l := k
	for l > 0 && k-l < 3 && a.isWord(l-1) && a.toks[l-1].shape == shLower && spanishParticles48[a.folded(l-1)] && a.toks[l].gap == 1 && !a.toks[l].nl {
		l--
	}
	if l == k || l == 0 || a.toks[l].nl {
		return
	}
	// (a compound particle, "de la", "del", or a lone one after a quote,
	// a bracket or a conjunction)
	compound := k-l >= 2 || a.folded(l) == "del"
	p := l - 1
	before := a.isPunct(p, "\"") || a.isPunct(p, "(") || a.isWord(p) && a.toks[p].shape == shLower && (a.folded(p) == "and" || a.folded(p) == "e" || a.folded(p) == "y")
	if !before || !compound && !a.isPunct(p, "\"") {
		return
	}
	a.add(int(a.toks[l].s), c.e, TypeName, c.score, pName)
}

// capsGivenTail48 extends a name written "SURNAME, GIVEN" in capitals
// over a second given name in capitals that the rule left out ("CHAN,
// KIN KWOK (Cantonese …)"): one or two words no list knows as common,
// before a bracket, the line's end or a wide gap.
func (a *analysis) capsGivenTail48(c cand, k, e int) {
	n := len(a.toks)
	if e-k < 3 || e >= n || a.toks[k].shape != shUpper || !a.isPunct(k+1, ",") || a.toks[e-1].shape != shUpper {
		return
	}
	j := e
	for j < n && j < e+2 && a.isWord(j) && a.toks[j].shape == shUpper && a.toks[j].gap == 1 && !a.toks[j].nl && a.toks[j].e-a.toks[j].s >= 2 &&
		a.lexOf(j)&(lxCommon|lxStop|lxMedical|lxCred|lxOrgHead|lxRegion|lxMonth|lxLabel) == 0 && !a.claimedAt(j) {
		j++
	}
	if j == e || j < n && !a.toks[j].nl && a.toks[j].gap < 2 && !a.isPunct(j, "(") {
		return
	}
	a.add(c.s, int(a.toks[j-1].e), TypeName, c.score, pName)
}

// titleBefore48: a title stands before word k ("Dr. French").
func (a *analysis) titleBefore48(k int) bool {
	p := k - 1
	if a.isPunct(p, ".") {
		p--
	}
	return a.isWord(p) && a.lexOf(p)&lxTitle != 0
}

// serviceOnly48: the words of [k,e) only name a service of a clinic (see
// genericOrgWords48); a ward before them ("6 West") is passed over.
func (a *analysis) serviceOnly48(k, e int) bool {
	// standing alone: at a line's start, after a field's colon, a dash,
	// a comma or a bracket ("Cabinet for Health and Family Services" is
	// the cabinet's name)
	p := k - 1
	if p >= 0 && a.toks[p].kind == kNum && !a.toks[k].nl {
		p-- // ("Requesting unit: 6 West Cardiology")
	}
	if !(p < 0 || a.toks[p+1].nl || a.isPunct(p, ":") || a.isPunct(p, "-") || a.isPunct(p, ",") || a.isPunct(p, "(") ||
		a.isWord(p) && (a.folded(p) == "by" || a.folded(p) == "the")) {
		return false
	}
	// (the last word first: a service's name ends in one of few words)
	if l := e - 1; !a.isWord(l) || !genericTail48(a.folded(l)) {
		return false
	}
	words := 0
	for j := k; j < e; j++ {
		if !a.isWord(j) {
			// (or a slash between two specialties: "HEMATOLOGY/ONCOLOGY
			// CLINIC", round 51)
			if !a.isPunct(j, "&") && !a.isPunct(j, "-") && !(a.isPunct(j, "/") && a.toks[j].gap == 0) {
				return false
			}
			continue
		}
		f := a.folded(j)
		if f == "hospital" && !(j+1 < e && a.isWord(j+1) && a.folded(j+1) == "medicine") {
			return false // (a hospital is a place; "Hospital Medicine" a specialty)
		}
		if genericOrgWords48[f] || a.deptWord44(j) || specialtyWord44(f) {
			words++
			continue
		}
		// ("6 West Cardiology": a ward's wing after its floor)
		if j == k && k > 0 && a.toks[k-1].kind == kNum && compassWord48(f) {
			continue
		}
		return false
	}
	return words >= 2 || words == 1 && e-k >= 2
}

// addresseeField48: the words from token k fill a letter's or a mail's
// addressee field ("To: Medical Records, …", "Attn: Health Information
// Management").
func (a *analysis) addresseeField48(k int) bool {
	if k < 2 || a.toks[k].nl || !a.isPunct(k-1, ":") || !a.isWord(k-2) {
		return false
	}
	switch a.folded(k - 2) {
	case "to", "attn", "para", "cc", "from", "de":
		return true
	}
	return false
}

// compassWord48: f names a wing of a ward ("6 West").
func compassWord48(f string) bool {
	switch f {
	case "north", "south", "east", "west", "norte", "sul", "leste", "oeste":
		return true
	}
	return false
}

// deptDisplay48: the display name [k,e) of a mail's address or an
// addressee's field is made of department and cue words only, none a
// listed given name ("Patient Access", "Medical Records"; never
// "Prairie Rheumatology").
func (a *analysis) deptDisplay48(k, e int) bool {
	for j := k; j < e; j++ {
		if !a.isWord(j) {
			if !a.isPunct(j, "&") {
				return false
			}
			continue
		}
		if f := a.folded(j); genericOrgWords48[f] || a.deptWord44(j) || specialtyWord44(f) {
			continue
		}
		if a.lexOf(j)&(lxStop|lxGiven) != lxStop {
			return false
		}
	}
	return true
}

// nativeIn48: the folded words of the note (b, foldAll's buffer: every
// word with a capital or a byte over 0x7F, folded) may hold a letter of a
// script whose names the lists spell in Latin letters — Cyrillic,
// Armenian, Hebrew, Arabic, the scripts of India (lead bytes 0xD0–0xE0)
// or Chinese, Japanese, Korean (0xE3–0xED) — eight bytes at a time
// (swar.go). The punctuation of 0xE2 ("–", "•", "“") and the Latin
// letters of 0xE1 (Vietnamese "ễ") are passed over; the folded words
// are a fraction of the note's text.
func nativeIn48(b []byte) bool {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		h := x & lanesHigh
		if h == 0 {
			continue
		}
		t := x & lanesLow7
		if (rangeLanes(t, 0x50, 0x60)|rangeLanes(t, 0x63, 0x6d))&h != 0 {
			return true
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 0xd0 && c <= 0xe0 || c >= 0xe3 && c <= 0xed {
			return true
		}
	}
	return false
}

// Scripts of detectNativeNames48.
const (
	scNone48  = iota
	scCased48 // Cyrillic, Armenian: a name's words are capitalised
	scPlain48 // Hebrew, Arabic, the scripts of India: no case
	scCJK48   // Chinese, Japanese, Korean: a name is one word of a few characters
)

// script48 is the script of the first letter of s.
func script48(s string) int {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r < 0x370:
		return scNone48
	case unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Armenian, r):
		return scCased48
	case unicode.Is(unicode.Hebrew, r) || unicode.Is(unicode.Arabic, r) || unicode.Is(unicode.Devanagari, r) ||
		unicode.Is(unicode.Bengali, r) || unicode.Is(unicode.Gurmukhi, r) || unicode.Is(unicode.Tamil, r):
		return scPlain48
	case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return scCJK48
	}
	return scNone48
}

// detectNativeNames48 reads a name written in its own script in a note
// in English or Portuguese ("Olga Ivanovna Petrova (Ольга Ивановна
// Петрова)", "Korean name 박순자", "NAME (NATIVE SCRIPT): 陈建国", "No
// registro japonês consta 比嘉トミ子"): such words are there to name
// someone. A run of one to four words of the script (capitalised ones
// in Cyrillic; one word of two to six characters in Chinese, Japanese
// or Korean, two at most) is a name; a longer run, or one beside a
// lower-case word of the script, is a sentence of that language.
func (a *analysis) detectNativeNames48() {
	n := len(a.toks)
	next := 0
	for _, wp := range a.wordToks {
		i := int(wp)
		if i < next || a.text[a.toks[i].s] < 0xd0 {
			continue
		}
		sc := script48(a.tokText(i))
		if sc == scNone48 {
			continue
		}
		// the run of words of the script from i, on the line, one blank
		// apart (a hyphen joins: "Петрова-Водкина")
		j, words, ok, lower := i, 0, true, false
		for j < n {
			t := a.toks[j]
			if j > i && (t.nl || t.gap > 1) {
				break
			}
			if t.kind == kPunct && a.text[t.s] == '-' && t.gap == 0 && j+1 < n && a.toks[j+1].gap == 0 && a.toks[j+1].kind == kWord {
				j++
				continue
			}
			if t.kind != kWord || script48(a.tokText(j)) != sc {
				break
			}
			words++
			runes := utf8.RuneCountInString(a.tokText(j))
			switch sc {
			case scCased48:
				ok = ok && t.shape != shLower && runes >= 2
				lower = lower || t.shape == shLower
			case scCJK48:
				ok = ok && runes >= 2 && runes <= 6
			default:
				ok = ok && runes >= 2
			}
			j++
		}
		next = j
		if sc == scCased48 && lower && words >= 2 {
			// a sentence of that language ("Принимать по одной таблетке"):
			// its capitalised first word is none of the name rules'
			a.regions = append(a.regions, [2]int{int(a.toks[i].s), int(a.toks[j-1].e)})
			continue
		}
		if !ok || words > 4 || sc == scCJK48 && words > 2 {
			continue
		}
		// (a word of the script glued before or after it, or the
		// script's own punctuation, "，" "：" "。", is a sentence's)
		if i > 0 && a.toks[i].gap == 0 && (a.toks[i-1].kind == kWord || a.toks[i-1].kind == kPunct && a.toks[i-1].ch == 0) ||
			j < n && a.toks[j].gap == 0 && (a.toks[j].kind == kWord || a.toks[j].kind == kPunct && a.toks[j].ch == 0) {
			continue
		}
		if a.claimedAt(i) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeName, 0.7, pName)
	}
}

// Kinds of this round's trigger words (recorded with round 39's, see
// r39Kinds and note39).
const (
	r48IDDoc     uint64 = r47Maker << (1 + iota) // idDocWords48
	r48Consulate                                 // consulateWords48
	r48Kind                                      // lowerKinds48
	r48Area                                      // areaWords48
	r48Registry                                  // "naturais", "livro"
	r48BIN                                       // "bin"
	r48Burial                                    // burialHeads48
	r48Tattoo                                    // "tattoo", "tatuagem"
	r48Pack                                      // fractionAfter48
	r48Age                                       // "age", "idade"
	r48Hon                                       // honorificAt48's words
	r48Tail                                      // "memorial", "county"
)

// idDocWords48 name an identity document or a professional register
// whose number follows, perhaps after the document's other words, the
// country's adjective and "nº" ("cédula de identidad paraguaya
// 4.218.773", "cédula venezuelana V-24.887.310", "passport (no. C
// 7720418)", "Cartão de Cidadão: 09412873 4 ZZ1", "cédula profissional
// OM n.º 48213", "medical registration RM 80.224.517").
var idDocWords48 = set(`cedula passport passaporte pasaporte cidadao registration`)

// detectIDDocs48 reads the number of an identity document after its
// name (see idDocWords48): up to three lower-case words (the document's
// other words, its country's adjective), a bracket, "no."/"nº"/"n.º"
// or a colon, then the value — a letter or an issuer's acronym spaced
// before digits stays with them ("C 7720418", "RM 80.224.517"; an
// acronym before "nº" does not), five digits at least, and a Portuguese
// card's letters and check digit after it ("… 4 ZZ1"). A professional
// register's number is a LICENSE; "registration" counts only after
// "medical" or "professional".
func (a *analysis) detectIDDocs48() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r48IDDoc == 0 || !a.isWord(i) || i+1 >= n {
			continue
		}
		f := a.folded(i)
		if !idDocWords48[f] {
			continue // (r48IDDoc's bit is r47Kin's too: "pai (participante 017-0042)", round 55)
		}
		typ := TypeID
		switch f {
		case "registration":
			if i == 0 || !a.isWord(i-1) || a.folded(i-1) != "medical" && a.folded(i-1) != "professional" {
				continue
			}
			typ = TypeLicense
		case "cidadao":
			if i < 2 || !a.isWord(i-2) || a.folded(i-2) != "cartao" {
				continue
			}
		}
		k := i + 1
		for w := 0; w < 3 && k < n && a.isWord(k) && a.toks[k].shape == shLower && !a.toks[k].nl && a.toks[k].gap <= 1 && a.toks[k].e-a.toks[k].s >= 2; w++ {
			if g := a.folded(k); g == "profissional" || g == "professional" {
				typ = TypeLicense
			}
			k++
		}
		k = a.skipNumberSign48(k)
		if k >= n || a.toks[k].nl {
			continue
		}
		vs := int(a.toks[k].s)
		// an issuer's acronym or a series letter before the digits
		if t := a.toks[k]; t.kind == kWord && (t.shape == shUpper || t.shape == shSingle) && t.e-t.s <= 4 && k+1 < n && !a.toks[k+1].nl && a.toks[k+1].gap == 1 {
			if a.toks[k+1].kind == kNum {
				vs = int(t.s)
				k++
			} else if q := a.skipNumberSign48(k + 1); q > k+1 && q < n && a.toks[q].kind == kNum {
				k = q
				vs = int(a.toks[k].s)
			}
		}
		if a.toks[k].kind != kNum && a.toks[k].kind != kAlnum && a.toks[k].kind != kWord {
			continue
		}
		v := labelValue(a.text[a.toks[k].s:])
		if digitCount(v) < 5 {
			continue
		}
		e := int(a.toks[k].s) + len(v)
		// a Portuguese citizen's card: "09412873 4 ZZ1"
		if e+4 <= len(a.text) && a.text[e] == ' ' && isUpperASCII(a.text[e+1]) && isUpperASCII(a.text[e+2]) && isDigit(a.text[e+3]) &&
			(e+4 == len(a.text) || !isAlnumByte(a.text[e+4])) {
			e += 4
		}
		a.add(vs, e, typ, 0.85, pLabeled)
	}
}

// skipNumberSign48 passes over a bracket, a colon and a number's sign
// ("no.", "nº", "n.º", "Nr.", "#") from token k.
func (a *analysis) skipNumberSign48(k int) int {
	n := len(a.toks)
	for w := 0; w < 4 && k < n && !a.toks[k].nl; w++ {
		t := a.toks[k]
		switch {
		case t.ch == '(' || t.ch == ':' || t.ch == '#' || t.ch == '.' && t.gap == 0:
			k++
		case t.kind == kWord && t.e-t.s <= 3 && numberSign48(a.folded(k)):
			k++
		case t.kind == kPunct && (a.tokText(k) == "º" || a.tokText(k) == "°") && t.gap == 0:
			k++
		default:
			return k
		}
	}
	return k
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// numberSign48: f abbreviates "number" ("no", "nº", "n" before ".º").
func numberSign48(f string) bool {
	switch f {
	case "no", "nr", "n", "nº", "n°", "º", "°":
		return true
	}
	return false
}

// travelBefore48 are the Portuguese words of a journey before "a" and
// its place ("de visita a Luanda", "viajou a Lisboa").
func travelBefore48(f string) bool {
	switch f {
	case "visita", "viagem", "viajou", "viajando", "foi", "ida", "voltou", "retornou", "chegou", "mudou":
		return true
	}
	return false
}

// durationUnits48 follow a number of a duration ("4 months ago").
var durationUnits48 = set(`day days week weeks month months year years yr yrs wk wks mo mos dia dias semana semanas mes meses ano anos`)

// durationAt48: the number at token j is a duration ("Chennai 4 months
// ago"), no score after an eponym ("Glasgow 12"): a place before it
// stays one (detectLocations).
func (a *analysis) durationAt48(j int) bool {
	return j+1 < len(a.toks) && a.isWord(j+1) && a.toks[j+1].gap == 1 && !a.toks[j+1].nl && durationUnits48[a.folded(j+1)]
}

// viFamily48: the capitalised particle at token i of the run [i,j) is a
// Vietnamese family name before the middle name ("Le Thi Mai", "Do Van
// Hung"), not a particle (trimRun keeps it).
func (a *analysis) viFamily48(i, j int) bool {
	return a.toks[i].shape == shTitle && i+2 < j && a.capShape(i+1) && a.capShape(i+2) && viMiddle48(a.folded(i+1))
}

// viMiddle48: f is a Vietnamese middle name that marks a name written
// family first ("Le Thi Mai", "Le Van Tam").
func viMiddle48(f string) bool { return f == "thi" || f == "van" }

// titleParticle48: the particle at token k, capitalised after a title,
// opens the surname: "Mr. Bin Khalid", "Mr. Le Van Tam" (a Vietnamese
// family name before its middle name, or an Arabic "son of").
func (a *analysis) titleParticle48(k int) bool {
	if a.toks[k].shape != shTitle || k+1 >= len(a.toks) || !a.capShape(k+1) || a.toks[k+1].gap != 1 || a.toks[k+1].nl {
		return false
	}
	f := a.folded(k)
	return f == "bin" || f == "ibn" || f == "bint" || viMiddle48(a.folded(k+1))
}

// detectQuotedNames48 reads a name in quotes as a whole when a rule found
// part of it: the way a document spells someone ("abreviado para "Maria
// da Conceicao P dos S e Sousa"", "His surnames are "de Albuquerque e
// Souza""). Between the quotes, on one line: capitalised words, initials,
// particles and hyphens only, two words at least, the first and the last
// capitalised (or a particle opening a surname).
func (a *analysis) detectQuotedNames48() {
	qs := a.classToks('"')
	n := len(a.toks)
	for x := 0; x+1 < len(qs); x++ {
		q, r := int(qs[x]), int(qs[x+1])
		if r-q < 3 || r-q > 16 {
			continue
		}
		words, named, ok := 0, false, true
		for k := q + 1; k < r && ok; k++ {
			t := a.toks[k]
			switch {
			case t.nl:
				ok = false
			case t.kind == kWord && t.shape != shLower:
				words++
			case t.kind == kWord && t.shape == shLower && a.lexOf(k)&lxParticle != 0 && t.e-t.s <= 3:
			case t.ch == '.' && t.gap == 0 && a.toks[k-1].shape == shSingle:
			case t.ch == '-' && t.gap == 0 && k+1 < r && a.toks[k+1].gap == 0:
			default:
				ok = false
			}
			if ok && !named && t.kind == kWord && a.nameAt(k) {
				named = true
			}
		}
		if !ok || !named || words < 2 || a.toks[r-1].kind != kWord && !a.isPunct(r-1, ".") || a.toks[q+1].gap != 0 || a.toks[r].gap != 0 {
			continue
		}
		a.add(int(a.toks[q+1].s), int(a.toks[r-1].e), TypeName, 0.8, pName)
		x++ // (the closing quote opens no other)
		_ = n
	}
}

// detectMRZNames48 reads the surname in a passport's machine-readable
// line: "P<INDSHARMA<<PRIYA<KUMARI<<<…" (the type, the country's three
// letters glued to the surname, then the given names; the given names
// are found again as the names they are).
func (a *analysis) detectMRZNames48() {
	n := len(a.toks)
	for _, lp := range a.lineStarts {
		i := int(lp)
		if i+3 >= n || a.tokText(i) != "P" || !a.isPunct(i+1, "<") || a.toks[i+1].gap != 0 {
			continue
		}
		k := i + 2
		if a.isPunct(k, "<") && a.toks[k].gap == 0 {
			k++ // ("P<<": no subtype)
		}
		t := a.toks[k]
		if t.kind != kWord || t.shape != shUpper || t.gap != 0 || t.e-t.s < 5 || k+1 >= n || !a.isPunct(k+1, "<") || a.toks[k+1].gap != 0 {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.8, pName)
	}
}

// consulateWords48 are a foreign country's offices in a city: its
// consulate or embassy, a local office that names where someone turned
// for help ("Consulate General of Mexico in Denver", "Philippine
// Consulate General", "CONSULADO-GERAL DO ESTADO PLURINACIONAL DA
// BOLÍVIA EM SÃO PAULO").
var consulateWords48 = set(`consulate consulado consulat embassy embaixada embajada`)

// lowerKinds48 are the kinds of a business that Portuguese writes in lower
// case before its name ("no restaurante Sabores de Alepo", "na
// lanchonete Ponto Certo").
var lowerKinds48 = set(`restaurante lanchonete padaria pizzaria mercearia oficina borracharia serralheria marcenaria
	academia pousada hotel loja mercado supermercado empresa`)

// detectTriggers48 reads, from this round's trigger words:
//   - a consulate or an embassy, ORGANIZATION: the country's adjective
//     before it, "General"/"-Geral" and "of"/"do"/"da" and the
//     country's words after it, up to "in"/"em", a comma, a dash or the
//     line's end; alone it names no office ("This Consulate has …");
//   - a business named after its kind in lower case, ORGANIZATION: the
//     capitalised words after it and their particles ("restaurante
//     Sabores de Alepo").
func (a *analysis) detectTriggers48() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		kind := a.r39Kind[x]
		i := int(p)
		if kind&(r48Consulate|r48Kind) == 0 || !a.isWord(i) || i+1 >= n || a.toks[i+1].nl {
			continue
		}
		if kind&r48Kind != 0 {
			k := i + 1
			if a.toks[i].shape != shLower || a.toks[k].shape != shTitle || a.toks[k].gap != 1 || a.claimedAt(k) || !a.pt {
				continue
			}
			j := a.titleRun(k, 4)
			if j == k || a.lexOf(k)&(lxStop|lxMonth|lxRegion|lxPlace|lxGiven|lxName) != 0 && j == k+1 {
				continue
			}
			a.add(int(a.toks[k].s), int(a.toks[j-1].e), TypeOrganization, 0.7, pOrg)
			continue
		}
		if a.toks[i].shape == shLower {
			continue
		}
		s, e := i, i+1
		if i > 0 && !a.toks[i].nl && a.toks[i].gap == 1 && a.isWord(i-1) && a.capShape(i-1) && a.lexOf(i-1)&(lxDemonym|lxRegion) != 0 {
			s = i - 1
		} else if a.dottedCountry51(i) {
			s = i - 4 // "U.S. Consulate General" (round 51)
		}
		// "General", "-Geral"
		if e+1 < n && a.isPunct(e, "-") && a.toks[e].gap == 0 && a.isWord(e+1) && a.toks[e+1].gap == 0 && generalWord48(a.folded(e+1)) {
			e += 2
		} else if e < n && a.isWord(e) && !a.toks[e].nl && a.toks[e].gap == 1 && generalWord48(a.folded(e)) && a.capShape(e) {
			e++
		}
		// "of Mexico", "do Estado Plurinacional da Bolívia"
		of := false
		if q := e; q+1 < n && a.isWord(q) && !a.toks[q].nl && (a.folded(q) == "of" || a.folded(q) == "do" || a.folded(q) == "da" || a.folded(q) == "de") {
			r := q + 1
			if a.isWord(r) && a.folded(r) == "the" {
				r++
			}
			words := 0
			for r < n && !a.toks[r].nl && a.isWord(r) && words < 6 {
				f := a.folded(r)
				if f == "in" || f == "em" || f == "en" {
					break
				}
				if a.capShape(r) {
					words++
				} else if !(f == "da" || f == "do" || f == "de" || f == "of" || f == "the") {
					break
				}
				r++
			}
			for r > q+1 && !a.capShape(r-1) {
				r--
			}
			if words > 0 {
				e, of = r, true
			}
		}
		if s == i && !of {
			continue // (the word alone names no office: "Este Consulado-Geral informa")
		}
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
	}
}

// generalWord48: f is the "General" of a consulate general.
func generalWord48(f string) bool { return f == "general" || f == "geral" || f == "generale" }

// slashHouseNumber48 extends a street address over the first part of a
// house number written with a slash, which the street's pattern began
// after: "48/12 Le Van Sy Street" (a lane's number and the house's).
func (a *analysis) slashHouseNumber48(c cand) {
	k, ok := a.tokenAt(c.s)
	if !ok || k < 2 || a.toks[k].kind != kNum || a.toks[k].gap != 0 || !a.isPunct(k-1, "/") || a.toks[k-1].gap != 0 || a.toks[k-2].kind != kNum {
		return
	}
	if h := k - 2; a.toks[h].e-a.toks[h].s > 4 || !(h == 0 || a.toks[h].nl || a.isPunct(h-1, ":") || a.isPunct(h-1, ",")) {
		return
	}
	a.add(int(a.toks[k-2].s), c.e, TypeAddress, c.score, c.prio)
}

// areaWords48 name the parts of a city that an address lists after its
// street, with their number ("…, Ward 13, District 3", "44, Sector 7",
// "Block C"), as Asian and South Asian addresses do.
var areaWords48 = set(`ward district sector block phase barangay purok khu phuong quan`)

// detectAreaUnits48 reads a city's numbered parts after an address: a
// comma, the part's word in title case and its number or letter. It
// extends the street address that ends before the comma ("48/12 Le Van
// Sy Street, Ward 13, District 3"), or starts one at a house number
// that a field's label or the line opens ("Address : 44 , Sector 7").
func (a *analysis) detectAreaUnits48() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r48Area == 0 || k < 2 || k+1 >= n || !a.isWord(k) || a.toks[k].shape != shTitle && a.toks[k].shape != shUpper {
			continue
		}
		v := a.toks[k+1]
		if v.nl || v.gap == 0 || !(v.kind == kNum && v.e-v.s <= 3 || v.kind == kWord && v.shape == shSingle) || !a.isPunct(k-1, ",") {
			continue
		}
		if k+2 < n && a.toks[k+2].gap == 0 && a.toks[k+2].kind != kPunct {
			continue
		}
		p := k - 2 // (the token before the comma)
		pe := int(a.toks[p].e)
		start := -1
		for _, c := range a.cands {
			if c.typ == TypeAddress && c.e == pe {
				start = c.s
				break
			}
		}
		if start < 0 && a.toks[p].kind == kNum && a.toks[p].e-a.toks[p].s <= 5 && a.addressField48(p) {
			start = int(a.toks[p].s)
		}
		if start < 0 {
			continue
		}
		a.add(start, int(v.e), TypeAddress, 0.8, pAddress)
	}
}

// addressField48: the house number at token p opens an address's field
// ("Address : 44 , …", "Endereço: 12, …").
func (a *analysis) addressField48(p int) bool {
	if !a.isPunct(p-1, ":") || p < 2 || !a.isWord(p-2) {
		return false
	}
	switch a.folded(p - 2) {
	case "address", "endereco", "residence", "residencia", "domicilio", "addr":
		return true
	}
	return false
}

// ageAfterName48 marks an age from 90 written before the sex (and the
// race) after a person's name that ends before token e, as a form's or a
// list's patient line does: "Patient: Mai Yer Thao, 92 F     MRN …",
// "Decedent: Vernon Kessler     90 W M     DOB …". The number follows
// the name's comma or a wide gap; single capitals follow it, then a
// gap, a bracket or the line's end. (Called from the walk of the names,
// candRegions48.)
func (a *analysis) ageAfterName48(e int) {
	n := len(a.toks)
	i := e
	if a.toks[e].ch == ',' {
		if a.toks[e].gap != 0 || e+1 >= n || a.toks[e+1].gap != 1 {
			return
		}
		i = e + 1
	} else if a.toks[e].gap < 2 {
		return
	}
	t := a.toks[i]
	if t.kind != kNum || t.nl || t.e-t.s != 2 && t.e-t.s != 3 || i+1 >= n {
		return
	}
	if v := atoi(a.tokText(i)); v < 90 || v > 115 {
		return
	}
	// the sex, perhaps after the race: "F", "W M"
	k := i + 1
	if a.toks[k].shape == shSingle && a.toks[k].gap == 1 && k+1 < n && a.toks[k+1].shape == shSingle && a.toks[k+1].gap == 1 && strings.IndexByte("WBHAO", a.text[a.toks[k].s]) >= 0 {
		k++
	}
	if a.toks[k].shape != shSingle || a.toks[k].gap != 1 || a.toks[k].nl || a.text[a.toks[k].s] != 'F' && a.text[a.toks[k].s] != 'M' {
		return
	}
	if k+1 < n && !a.toks[k+1].nl && a.toks[k+1].gap < 2 && !a.isPunct(k+1, "(") && !a.isPunct(k+1, ",") && !a.isPunct(k+1, ";") {
		return
	}
	a.add(int(t.s), int(t.e), TypeAge, 0.8, pLabeled)
	// (the letters of race and sex are no name's initials)
	a.regions = append(a.regions, [2]int{int(a.toks[i+1].s), int(a.toks[k].e)})
}

// detectAgeLabels48 marks an age from 90 after an age's label with a
// bracket: "Age (last birthday): 92", "Idade (anos): 93".
func (a *analysis) detectAgeLabels48() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		i := int(ps)
		if a.r39Kind[x]&r48Age == 0 || i+4 >= n || !a.isPunct(i+1, "(") {
			continue
		}
		for k := i + 2; k < n && k < i+8 && !a.toks[k].nl; k++ {
			if !a.isPunct(k, ")") {
				continue
			}
			if k+2 < n && a.isPunct(k+1, ":") && a.toks[k+2].kind == kNum && !a.toks[k+2].nl && a.ageLabelBracket48(k+2) {
				if t := a.toks[k+2]; t.e-t.s <= 3 {
					if v := atoi(a.tokText(k + 2)); v >= 90 && v <= 115 {
						a.add(int(t.s), int(t.e), TypeAge, 0.8, pLabeled)
					}
				}
			}
			break
		}
	}
}

// ageLabelBracket48: the number at token i follows an age's label with a
// bracket and a colon: "Age (last birthday): 92", "Idade (anos): 93".
func (a *analysis) ageLabelBracket48(i int) bool {
	if !a.isPunct(i-1, ":") || !a.isPunct(i-2, ")") {
		return false
	}
	for p := i - 3; p >= 1 && p > i-8 && !a.toks[p+1].nl; p-- {
		if a.isPunct(p, "(") {
			if !a.isWord(p - 1) {
				return false
			}
			f := a.folded(p - 1)
			return f == "age" || f == "idade"
		}
	}
	return false
}

// cemeteryTails48 close a memorial's name ("Kenwick Hills Memorial
// Gardens", "… Memorial Park").
var cemeteryTails48 = set(`gardens garden park cemetery chapel chapels`)

// detectNameTriggers48 reads, from this round's trigger words:
//   - an honorific that opens a name but is none of it ("Chief …",
//     "Padre Lucas", "Msgr. Keith DeBlanc", "Bà Hoa"; honorificAt48),
//     a region: the name is cut after it (a place named after it stays:
//     "Padre Eustáquio");
//   - a memorial's "Gardens" or "Park" after an organisation ending in
//     "Memorial" ("Kenwick Hills Memorial Gardens"), ORGANIZATION;
//   - a county's office named after "Office of (the)" ("Maricopa
//     County Office of the Medical Examiner"), ORGANIZATION, from the
//     county's place.
func (a *analysis) detectNameTriggers48() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		kind := a.r39Kind[x]
		k := int(ps)
		if kind&(r48Hon|r48Tail) == 0 || k+2 >= n || !a.isWord(k) || a.toks[k+1].nl {
			continue
		}
		if kind&r48Hon != 0 {
			q := k + 1
			if a.isPunct(q, ".") && a.toks[q].gap == 0 {
				q++
			}
			if q >= n || !a.capShape(q) || a.toks[q].nl || !a.honorificAt48(k) || !a.nameAt(k) && !a.nameAt(q) || a.placeOrOrgAt48(k) {
				continue
			}
			a.regions = append(a.regions, [2]int{int(a.toks[k].s), int(a.toks[q-1].e)})
			continue
		}
		if a.toks[k].shape == shLower || a.toks[k+1].gap != 1 || !a.isWord(k+1) || a.toks[k+1].shape == shLower {
			continue
		}
		ke := int(a.toks[k].e)
		switch a.folded(k) {
		case "memorial":
			if !cemeteryTails48[a.folded(k+1)] {
				continue
			}
			for _, c := range a.cands {
				if c.e == ke && c.typ == TypeOrganization {
					a.add(c.s, int(a.toks[k+1].e), TypeOrganization, c.score, pOrg)
					break
				}
			}
		case "county":
			if a.folded(k+1) != "office" || !a.isWord(k+2) || a.folded(k+2) != "of" || a.toks[k+2].nl {
				continue
			}
			q := k + 3
			if q < n && a.isWord(q) && a.folded(q) == "the" {
				q++
			}
			j := q
			for j < n && j < q+4 && a.isWord(j) && a.toks[j].shape != shLower && !a.toks[j].nl && a.toks[j].gap == 1 {
				j++
			}
			if j == q {
				continue
			}
			for _, c := range a.cands {
				if c.e == ke && (c.typ == TypeLocation || c.typ == TypeOrganization) {
					a.add(c.s, int(a.toks[j-1].e), TypeOrganization, 0.8, pOrg)
					break
				}
			}
		}
	}
}

// protectBrands48 makes a region of a drug's brand named in brackets
// after the drug ("fexofenadine (Allegra) 180 mg"; brandInBrackets48),
// and of the brand wherever a name rule read it again as a drug
// ("continue Allegra"; drugMention48), when a rule read it as a name.
func (a *analysis) protectBrands48() {
	n := len(a.toks)
	for _, bp := range a.classToks('(') {
		k := int(bp) + 1
		if k+1 >= n || !a.isWord(k) || a.toks[k].shape != shTitle || !a.brandInBrackets48(k) || !a.nameAt(k) {
			continue
		}
		w := a.tokText(k)
		for _, d := range a.cands {
			if d.typ != TypeName || d.e-d.s != len(w) || !strings.EqualFold(a.text[d.s:d.e], w) {
				continue
			}
			if q, ok := a.tokenAt(d.s); ok && (q == k || a.drugMention48(q)) {
				a.regions = append(a.regions, [2]int{d.s, d.e})
			}
		}
	}
}

// fractionAfter48 make a fraction of two small numbers before them a
// count, not a date: "1/2 ppd", "1/2 pack" ("next session 4/23", "last
// dose 1/27", "OR case 11/8" are dates).
var fractionAfter48 = set(`ppd pack packs cigarette cigarettes macos maco`)

// protectFractions48 makes a code region (codes43) of a fraction that
// counts packs (see fractionAfter48): the date rules read "1/2" as a day.
func (a *analysis) protectFractions48() {
	for x, ps := range a.r39Pos {
		i := int(ps)
		if a.r39Kind[x]&r48Pack == 0 || i < 3 || a.toks[i].nl || a.toks[i].gap != 1 {
			continue
		}
		g := i - 2 // (the slash)
		if !a.isPunct(g, "/") || a.toks[g].gap != 0 || a.toks[g+1].gap != 0 || a.toks[g-1].kind != kNum || a.toks[g+1].kind != kNum ||
			a.toks[g-1].e-a.toks[g-1].s > 2 || a.toks[g+1].e-a.toks[g+1].s > 2 {
			continue
		}
		a.codes43 = append(a.codes43, [2]int{int(a.toks[g-1].s), int(a.toks[g+1].e)})
	}
}

// yearRange48: the candidate c is a range of years ("Korea, 1951-1953",
// "2019-2021"), which the identifier rules read as one number: years
// alone are no PHI.
func (a *analysis) yearRange48(c cand) bool {
	e := c.e
	if e-c.s == 10 && !isAlnumByte(a.text[e-1]) {
		e-- // ("1951-1953)": a rule's candidate may end on its punctuation)
	}
	if e-c.s != 9 || a.text[c.s+4] != '-' {
		return false
	}
	v := a.text[c.s:e]
	if !allDigits(v[:4]) || !allDigits(v[5:]) {
		return false
	}
	y1, y2 := atoi(v[:4]), atoi(v[5:])
	return y1 >= 1900 && y2 <= 2099 && y2 > y1
}

// protectBIN48 makes a code region of a pharmacy benefit's BIN, six
// digits that name the claims processor, not the member ("Rx BIN
// 610014"; the member's ID after it stays one).
func (a *analysis) protectBIN48() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		i := int(ps)
		if a.r39Kind[x]&r48BIN == 0 || i+1 >= n {
			continue
		}
		// (and glued to the prescription's "Rx": "RxBIN 610014", round 50)
		if v := a.tokText(i); v != "BIN" && v != "RxBIN" && v != "RXBIN" {
			continue
		}
		k := i + 1
		if a.isPunct(k, ":") || a.isPunct(k, "#") {
			k++
		}
		if k < n && a.toks[k].kind == kNum && a.toks[k].e-a.toks[k].s == 6 && !a.toks[k].nl && (k+1 >= n || a.toks[k+1].gap > 0 || a.toks[k+1].kind == kPunct && !a.isPunct(k+1, "-")) {
			// (from the label: an identifier rule may take "BIN 004336"
			// whole, round 50)
			a.codes43 = append(a.codes43, [2]int{int(a.toks[i].s), int(a.toks[k].e)})
		}
	}
}

// brandInBrackets48: the capitalised word k stands alone in brackets
// right after a drug's name in lower case: its brand ("fexofenadine
// (Allegra) 180 mg"), whatever the name lists say.
func (a *analysis) brandInBrackets48(k int) bool {
	if k < 2 || !a.isPunct(k-1, "(") || a.toks[k].gap != 0 || !a.isPunct(k+1, ")") || a.toks[k+1].gap != 0 {
		return false
	}
	d := k - 2
	if !a.isWord(d) || a.toks[d].shape != shLower || a.toks[d].e-a.toks[d].s < 5 || a.lexOf(d)&(lxGiven|lxName) != 0 || a.toks[k-1].nl {
		return false
	}
	// (a dose after the bracket, or a drug's suffix: "our phlebotomist
	// (Keanu)" is a person)
	return hasDrugSuffix(a.folded(d)) || (a.lexOf(d)&lxMedical != 0 || a.unknownWord(d)) && a.drugMention48(k+1)
}

// drugMention48: the word at token q is named as a drug: after a drug's
// verb ("continue Allegra") or before a dose or a drug's word.
func (a *analysis) drugMention48(q int) bool {
	if q > 0 && a.isWord(q-1) && a.cue(q-1)&cuDrugCue != 0 {
		return true
	}
	return q+1 < len(a.toks) && !a.toks[q+1].nl && (a.toks[q+1].kind == kNum || a.isWord(q+1) && a.cue(q+1)&cuDrugAfter != 0)
}

// practiceAfterCred48 reads the practice a clinician signs with after
// the credential and a dash, filling the line ("From: Priya
// Venkataraman, DDS - Bright Smiles of Dubuque"): capitalised words and
// their connectors, two at least, not only a service's words ("…, MD -
// Internal Medicine").
func (a *analysis) practiceAfterCred48(e int) {
	n := len(a.toks)
	if e+4 >= n || !a.isPunct(e, ",") || !a.isWord(e+1) || a.cue(e+1)&cuCred == 0 || a.toks[e+1].nl {
		return
	}
	d := e + 2
	if a.isPunct(d, ".") && a.toks[d].gap == 0 {
		d++
	}
	if d+2 >= n || !a.spacedDash(d) || a.toks[d].nl || a.toks[d+1].nl {
		return
	}
	k := d + 1
	j, words := k, 0
	for j < n && !a.toks[j].nl && a.isWord(j) && j < k+6 {
		if a.capShape(j) && a.lexOf(j)&(lxStop|lxMonth|lxCred) == 0 {
			words++
		} else if !(a.toks[j].shape == shLower && orgConnector(a.folded(j))) {
			break
		}
		j++
	}
	if words < 2 || !(j >= n || a.toks[j].nl) || !a.capShape(j-1) || a.claimedAt(k) || a.serviceOnly48(k, j) {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[j-1].e), TypeOrganization, 0.75, pOrg)
}

// burialHeads48 end the name of a place of burial or cremation, which a
// death certificate's form writes in capitals after its field ("BURIAL ,
// HOLY CROSS BOHEMIAN CEMETERY , CHICAGO").
var burialHeads48 = set(`cemetery cemeteries crematory crematorium mausoleum`)

// detectDeathTriggers48 reads, from this round's trigger words of death
// papers:
//   - a place of burial in capitals, ORGANIZATION: the words in
//     capitals before its head, back to the field's punctuation (one to
//     four; title case is the organisation rules');
//   - a name a tattoo reads, NAME: a listed given name in quotes a few
//     words after "tattoo" ("Tattoo reading "KAYLEE" with a heart").
func (a *analysis) detectDeathTriggers48() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		i := int(ps)
		kind := a.r39Kind[x]
		if kind&(r48Burial|r48Tattoo) == 0 || !a.isWord(i) {
			continue
		}
		if kind&r48Burial != 0 {
			if a.toks[i].shape != shUpper || a.claimedAt(i) {
				continue
			}
			s := i
			for s > 0 && i-s < 4 && !a.toks[s].nl && a.toks[s].gap >= 1 && int(a.toks[s].gap) <= 1+a.ocrGap() && a.isWord(s-1) && a.toks[s-1].shape == shUpper &&
				a.lexOf(s-1)&(lxLabel|lxNameLabel|lxMonth|lxStop) == 0 && !burialStop48(a.folded(s-1)) && !a.claimedAt(s-1) {
				s--
			}
			if s == i || !(s == 0 || a.toks[s].nl || a.toks[s-1].kind == kPunct) {
				continue
			}
			a.add(int(a.toks[s].s), int(a.toks[i].e), TypeOrganization, 0.75, pOrg)
			continue
		}
		for k := i + 1; k < n && k <= i+4 && !a.toks[k].nl; k++ {
			if !a.isPunct(k, "\"") || k+2 >= n || !a.isWord(k+1) || a.toks[k+1].gap != 0 || !a.isPunct(k+2, "\"") || a.toks[k+2].gap != 0 {
				continue
			}
			if x := a.lexOf(k + 1); a.capShape(k+1) && x&lxGiven != 0 && x&(lxStop|lxMonth|lxMedical) == 0 {
				a.add(int(a.toks[k+1].s), int(a.toks[k+1].e), TypeName, 0.7, pName)
			}
			break
		}
	}
}

// detectLineStarts48 reads, at the start of a line:
//   - a name's field whose label goes on in lower-case words before its
//     colon ("Name given by parents: Mateo.", "Nome adotado pela
//     família: …"), NAME: the capitalised words after the colon, none
//     a cue, clinical or month word;
//   - an obituary's dateline, LOCATION: a listed place in capitals
//     before a spaced dash and a name ("LAFAYETTE - Lucille Marie
//     Beauchamp, 98, …").
func (a *analysis) detectLineStarts48() {
	n := len(a.toks)
	for _, lp := range a.lineStarts {
		i := int(lp)
		if i+3 >= n || !a.isWord(i) || a.toks[i].shape == shLower {
			continue
		}
		if a.toks[i].shape == shSingle && a.toks[i+1].ch == '.' || a.toks[i+1].shape == shSingle && a.toks[i+2].ch == '.' {
			a.initialSpeaker48(i)
			continue
		}
		if a.toks[i+1].ch == ':' && a.toks[i].e-a.toks[i].s <= 4 && a.addresseeField48(i+2) {
			// "To: Medical Records, …", "From: Clinical Informatics <…>":
			// a department as the addressee or the sender
			e := i + 2
			for e < n && !a.toks[e].nl && (a.isWord(e) || a.isPunct(e, "&")) {
				e++
			}
			if e > i+2 && a.isWord(e-1) && (e >= n || a.toks[e].nl || a.toks[e].ch == '<' || a.toks[e].ch == ',') && a.deptDisplay48(i+2, e) {
				a.regions = append(a.regions, [2]int{int(a.toks[i+2].s), int(a.toks[e-1].e)})
			}
			continue
		}
		if t := a.toks[i]; t.e-t.s == 4 && (a.text[t.s]|0x20) == 'n' {
			if f := a.folded(i); f != "name" && f != "nome" {
				continue
			}
			k := i + 1
			for k < n && k < i+5 && a.isWord(k) && a.toks[k].shape == shLower && !a.toks[k].nl {
				k++
			}
			if k == i+1 || k+1 >= n || !a.isPunct(k, ":") || a.toks[k+1].nl || a.claimedAt(k+1) || !a.capShape(k+1) {
				continue
			}
			if x := a.lexOf(k + 1); x&(lxStop|lxMedical|lxMonth|lxOrgHead|lxLabel|lxCred) != 0 && x&lxGiven == 0 {
				continue
			}
			j := k + 2
			for j < n && j < k+4 && a.isWord(j) && a.capShape(j) && !a.toks[j].nl && a.toks[j].gap == 1 && a.lexOf(j)&(lxStop|lxMonth|lxMedical) == 0 {
				j++
			}
			a.add(int(a.toks[k+1].s), int(a.toks[j-1].e), TypeName, 0.75, pName)
			continue
		}
		if a.toks[i].shape == shUpper && a.lexOf(i)&(lxPlace|lxPlacePrefix) != 0 && !a.claimedAt(i) {
			j, ok := a.placeMatch(i)
			if !ok || j >= n || !a.spacedDash(j) || a.toks[j].nl || j+1 >= n || a.toks[j+1].nl || !a.nameAt(j+1) {
				continue
			}
			a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeLocation, 0.75, pLocation)
		}
	}
}

// burialStop48: f is a function word before a burial place's head, no
// part of its name ("BURIAL IN CEMETERY PLOT").
func burialStop48(f string) bool {
	switch f {
	case "in", "at", "on", "of", "the", "and", "to", "no", "na", "em", "burial", "cremation", "entombment":
		return true
	}
	return false
}

// placeOrOrgAt48: a place or an organisation was found over token k
// ("Padre Eustáquio", a district).
func (a *analysis) placeOrOrgAt48(k int) bool {
	s, e := int(a.toks[k].s), int(a.toks[k].e)
	for _, c := range a.cands {
		if (c.typ == TypeLocation || c.typ == TypeOrganization || c.typ == TypeAddress) && c.s <= s && c.e >= e {
			return true
		}
	}
	return false
}

// stateCode48: the capitals of token k are a state's code after its town
// or its issuer ("Pelotas-RS", "SSP/RS", "Albuquerque, NM") or before a
// licence ("NM license CNM-0871"): no name.
func (a *analysis) stateCode48(k int) bool {
	t := a.toks[k]
	if t.shape != shUpper || t.e-t.s != 2 {
		return false
	}
	v := a.tokText(k)
	if !brStates[v] && !usStates[v] {
		return false
	}
	if k > 1 && t.gap == 0 && (a.isPunct(k-1, "-") || a.isPunct(k-1, "/")) && a.isWord(k-2) && a.toks[k-1].gap == 0 {
		return true
	}
	if k > 1 && a.isPunct(k-1, ",") && t.gap == 1 && a.placeOrOrgAt48(k-2) {
		return true
	}
	if k+1 < len(a.toks) && a.isWord(k+1) && a.toks[k+1].gap == 1 {
		switch a.folded(k + 1) {
		case "license", "licence", "plate", "tag", "licensed":
			return true
		}
	}
	return false
}

// detectRegistry48 reads a Brazilian civil registry's papers:
//   - the registry's name, ORGANIZATION: "Registro Civil das Pessoas
//     Naturais", with the district after its dash ("- 4ª Zona de Porto
//     Alegre", "- 2º Subdistrito de …") or after "do"/"da" ("do 1º
//     Subdistrito de Campinas");
//   - the book, leaf and entry of a registration, ID each: "Livro
//     C-187, folha 214, termo 61332" (fls., fl. and "Livro nº" too).
func (a *analysis) detectRegistry48() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		i := int(ps)
		if a.r39Kind[x]&r48Registry == 0 || !a.isWord(i) {
			continue
		}
		if a.folded(i) == "naturais" {
			// "Registro Civil das Pessoas Naturais"
			s := i - 4
			if s < 0 || a.folded(s) != "registro" || a.folded(s+1) != "civil" || a.folded(s+3) != "pessoas" || a.toks[s].shape == shLower {
				continue
			}
			e := i + 1
			k := e
			if k+2 < n && (a.isPunct(k, "-") || a.isPunct(k, "–")) && !a.toks[k].nl {
				k++
			} else if k+2 < n && a.isWord(k) && (a.folded(k) == "do" || a.folded(k) == "da") && !a.toks[k].nl {
				k++
			}
			if k > e && k+1 < n && a.ordinalAt(k) && a.isWord(k+1) && registryParts48[a.folded(k+1)] && !a.toks[k+1].nl {
				r := k + 2
				if r+1 < n && a.isWord(r) && !a.toks[r].nl && (a.folded(r) == "de" || a.folded(r) == "do" || a.folded(r) == "da") && a.capShape(r+1) {
					r = a.titleRun(r+1, 4)
				}
				e = r
			}
			if e == i+1 {
				// the registry's kind alone, heading a certificate, names
				// no office (round 54; civilRegistry54 reads it with a
				// town)
				continue
			}
			a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
			continue
		}
		// "Livro C-187, folha 214, termo 61332"
		k := a.skipNumberSign48(i + 1)
		if k >= n || a.toks[k].nl || a.toks[k].gap > 1 {
			continue
		}
		v := labelValue(a.text[a.toks[k].s:])
		if v == "" || digitCount(v) == 0 || len(v) > 12 {
			continue
		}
		ve := int(a.toks[k].s) + len(v)
		q := a.firstTokenFrom(ve)
		if !a.isPunct(q, ",") || q+2 >= n || !a.isWord(q+1) || !leafWords48[a.folded(q+1)] {
			continue
		}
		a.add(int(a.toks[k].s), ve, TypeID, 0.8, pLabeled)
		// the leaf, then the entry
		for q < n && a.isPunct(q, ",") && q+2 < n && a.isWord(q+1) && (leafWords48[a.folded(q+1)] || entryWords48[a.folded(q+1)]) && !a.toks[q+1].nl {
			r := a.skipNumberSign48(q + 2)
			if r >= n || a.toks[r].kind != kNum && a.toks[r].kind != kAlnum || a.toks[r].nl {
				break
			}
			w := labelValue(a.text[a.toks[r].s:])
			if w == "" {
				break
			}
			we := int(a.toks[r].s) + len(w)
			a.add(int(a.toks[r].s), we, TypeID, 0.8, pLabeled)
			q = a.firstTokenFrom(we)
		}
	}
}

// registryParts48 are a registry's districts after their ordinal.
var registryParts48 = set(`zona subdistrito distrito circunscricao oficio`)

// leafWords48 and entryWords48 follow a registry's book: the leaf
// ("folha", "fls.") and the entry ("termo").
var leafWords48 = set(`folha folhas fls fl`)
var entryWords48 = set(`termo`)

// detectArrowNames48 reads the colleague after a handoff's arrow when the
// one before it is a name with a credential after its comma:
// "Courtney, RN -> Deshaun, patient transport" (a capitalised word no
// list knows as common, before a comma, a full stop or the line's end).
func (a *analysis) detectArrowNames48() {
	n := len(a.toks)
	for _, gp := range a.classToks('>') {
		g := int(gp)
		if g < 4 || g+1 >= n || !a.isPunct(g-1, "-") || a.toks[g].gap != 0 || a.toks[g+1].nl {
			continue
		}
		l := g - 2
		if a.isWord(l) && a.lexOf(l)&lxCred != 0 && a.isPunct(l-1, ",") {
			l -= 2
		}
		r := g + 1
		if !a.isWord(l) || !a.nameAt(l) || !a.isWord(r) || a.toks[r].shape != shTitle || a.claimedAt(r) || a.toks[r].e-a.toks[r].s < 3 {
			continue
		}
		if x := a.lexOf(r); x&(lxCommon|lxStop|lxMedical|lxMonth|lxCred|lxOrgHead|lxRegion|lxTitle|lxLabel|lxNameLabel) != 0 && x&lxGiven == 0 {
			continue
		}
		if r+1 < n && !a.toks[r+1].nl && !a.isPunct(r+1, ",") && !a.isPunct(r+1, ".") && !a.isPunct(r+1, ";") {
			continue
		}
		a.add(int(a.toks[r].s), int(a.toks[r].e), TypeName, 0.7, pName)
	}
}

// detectNicknameNames48 reads a name with the nickname in quotes between
// the given names and the surname, as an obituary's heading writes it
// ("Dorothy Mae "Dot" Haskell"), when a rule found its surname or its
// given names are listed; then the nickname wherever it comes back
// capitalised before a person's verb ("Dot worked for 31 years").
func (a *analysis) detectNicknameNames48() {
	n := len(a.toks)
	qs := a.classToks('"')
	for x := 0; x+1 < len(qs); x++ {
		q := int(qs[x])
		w := q + 1
		if int(qs[x+1]) != q+2 || q < 1 || q+3 >= n || !a.isWord(w) || a.toks[w].shape != shTitle || a.toks[w].gap != 0 || a.toks[q+2].gap != 0 {
			continue
		}
		sn := q + 3
		if !a.isWord(sn) || !a.capShape(sn) || a.toks[sn].gap != 1 || a.toks[sn].nl || a.toks[q].gap != 1 || a.toks[q].nl || a.toks[w].nl {
			continue
		}
		// the given names before the quote
		s := q
		for s > 0 && q-s < 3 && a.isWord(s-1) && a.toks[s-1].shape == shTitle && a.lexOf(s-1)&lxGiven != 0 &&
			a.lexOf(s-1)&(lxMonth|lxTitle|lxCred) == 0 && (s == q || !a.toks[s].nl && a.toks[s].gap == 1) {
			s--
		}
		if s == q || !a.nameAt(sn) && a.lexOf(sn)&(lxGiven|lxName) == 0 {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[sn].e), TypeName, 0.8, pName)
		x++
		// the nickname where it comes back
		nick := a.folded(w)
		for _, cp := range a.caps {
			j := int(cp)
			if j != w && a.toks[j].shape == shTitle && !a.claimedAt(j) && a.folded(j) == nick && a.nameVerbAfter(j+1) {
				a.add(int(a.toks[j].s), int(a.toks[j].e), TypeName, 0.7, pName)
			}
		}
	}
}

// initialSpeaker48 reads a speaker written as an initial and a surname
// before the colon that opens a chat's line at token i, perhaps after a
// role or a post ("Security M. Ortega: ok.", "R. Stamps: on my way").
func (a *analysis) initialSpeaker48(i int) {
	n := len(a.toks)
	k := i
	if a.toks[k].shape == shTitle && a.toks[k].e-a.toks[k].s >= 3 && a.isWord(k+1) && a.toks[k+1].shape == shSingle && a.toks[k+1].gap == 1 {
		k++ // (a role: "Security", "Transport")
	}
	if k+3 >= n || a.toks[k].shape != shSingle || !a.isPunct(k+1, ".") || a.toks[k+1].gap != 0 || !a.isWord(k+2) || a.toks[k+2].shape != shTitle ||
		a.toks[k+2].gap != 1 || !a.isPunct(k+3, ":") || a.toks[k+3].gap != 0 || a.toks[k+2].e-a.toks[k+2].s < 2 {
		return
	}
	if x := a.lexOf(k + 2); x&(lxStop|lxMonth|lxMedical|lxLabel|lxNameLabel|lxCred|lxTitle|lxCommon) != 0 && x&(lxGiven|lxName) == 0 {
		return // ("A. Fib: rate controlled")
	}
	a.add(int(a.toks[k].s), int(a.toks[k+2].e), TypeName, 0.75, pName)
}

// genericTail48: f may end the name of a clinic's service
// (serviceOnly48): its kind ("Clinic", "Intake", "Office", "Care") or a
// specialty ("Cardiology", "Medicine", "Surgery").
func genericTail48(f string) bool {
	switch f {
	case "clinic", "clinics", "medicine", "surgery", "intake", "note", "notes", "care", "work", "office", "services", "service",
		"management", "department", "dept", "unit", "team", "program", "records", "access", "informatics", "check", "therapy",
		"health", "endocrine", "orthopedics", "pediatrics", "device", "devices", "nursing", "rehabilitation", "genetics",
		"medicina", "clinica", "cirurgia", "saude", "equipe", "progress", "mortem", "postmortem", "morgue", "autopsy":
		return true
	}
	return specialtyWord44(f)
}
