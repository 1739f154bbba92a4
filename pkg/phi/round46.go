package phi

import "strings"

// Round 46 rules: health care inside institutions (military and
// veterans' records, prison and jail health, immigration detention,
// boarding schools and residence halls, ships and offshore rigs) and
// dev-imitating notes. Institutions name their members by a rank and
// their unit ("SPC Tyrell Banks, B Battery, 3rd Battalion, 12th Field
// Artillery", "Cap Méd Felipe Moura", "C/O Rodel Manalo"), their
// numbers by a letter and digit groups ("A-Number: A 219-604-381"),
// their homes by a hall and a room ("Whitcombe Hall, Room 412") and
// their ships by a name before the IMO number ("drilling rig Atlas
// Sentinel (IMO 8771203)").

// medical46 are terms of the clinic and its products that the lists
// lack, read as unknown capitalised words at a sentence's start or in a
// heading ("Exertional heat stroke", "Sporicidal wipes", "TBI/POLYTRAUMA
// CLINIC", "Genograma atualizado", "Grip (Jamar pos 2)").
var medical46 = set(`exertional sporicidal norfentanyl norbuprenorphine thinprep tmax aquaphor eucerin
	genogram genograma gemelares gemelar laparotomy impedance impedances mycotic excisional polytrauma
	moud xpert jamar audiogram tympanometry otoacoustic`)

// common46 are words of institutions' records the word lists lack: a
// ship's crew's and a boarding school's posts, the forces' short names,
// satellite telephony ("Reynaldo Cabanilla, Oiler", "Housemaster, Mr.
// Pemberton", "via Inmarsat").
var common46 = set(`oiler wiper bosun messman housemaster housemistress inmarsat usmc usaf uscg offsite`)

// posts46 are the posts of common46 that a record writes after a name
// and its comma, as a credential ("Reynaldo Cabanilla, Oiler, DOB …"):
// no name.
var posts46 = set(`oiler wiper bosun messman housemaster housemistress prosector medicolegal`)

// Kinds of this round's trigger words (recorded with round 39's, see
// r39Kinds and note39).
const (
	r46Unit   uint64 = r45Unit << (1 + iota) // unitHeads46
	r46Rank                                  // ranks46
	r46Vessel                                // "imo", "sign" (a call sign)
	r46Room                                  // "hall", "bloco"
	r46Port                                  // portWords46
	r46Role                                  // roleAbbr46
	r46Prof                                  // professions46
	r46Number                                // "number", "numero"
	r46Ref                                   // "ref", "reference"
)

// unitHeads46 close a military unit's name after its ordinal ("2nd
// Battalion", "44th Infantry Regiment", "20º Regimento de Cavalaria
// Blindado", "4TH SUST CMD"); a letter opens a company's, a battery's or
// a troop's ("D Company").
var unitHeads46 = set(`battalion bn regiment regt brigade bde squadron sqdn company battery btry troop platoon
	division wing command cmd infantry cavalry artillery armor armour aviation engineers
	regimento batalhao brigada companhia esquadrao esquadrilha pelotao bateria divisao grupamento aerea naval`)

// letterUnits46 are the units a letter names ("B Battery").
var letterUnits46 = set(`company battery troop`)

// unitAcronyms46 are a headquarters' company or battery before its
// battalion ("HHC, 1-38 Infantry").
var unitAcronyms46 = set(`hhc hhb hhd hht hsc fsc hqs`)

// branchAbbr46 name a battalion's regiment after its numbers in the
// army's short form ("1-38 IN", "2-7 CAV").
var branchAbbr46 = set(`in inf cav fa ar av en`)

// verbObjects46 follow a verb of the present after a name that opens
// its sentence ("Ivy stays with her", "Adam recalls that …"; "Blood
// cultures x2" is a noun's plural).
var verbObjects46 = set(`that with to at in on the her his him them a an up out home about for from back by over`)

// ranks46 are ranks and ship's posts that stand before a name in the
// records of the forces, ships and prisons ("SPC Tyrell Banks", "SSgt
// Devon Pickett", "Cap Méd Felipe Moura", "MN-RC Kauê", "AB Jomar
// Dizon", "CO Renee Walsh", "Master H. Lien"): never part of the name.
var ranks46 = set(`pvt pv2 pfc spc cpl sgt ssg sfc msg 1sg sgm csm 2lt 1lt cpt maj ltc col bg ltg wo1 cw2 cw3 cw4 cw5
	lcpl ssgt gysgt msgt 1stsgt mgysgt sgtmaj 2ndlt 1stlt capt ltcol amn a1c sra tsgt smsgt cmsgt
	ens ltjg lcdr cdr adm hn hm1 hm2 hm3 po1 po2 po3 cpo scpo mcpo sm
	sd cb sgto ten cap cel tc subten asp suboficial cmt comandante mn so
	ab master bosun co ptl ps`)

// ranksPT46 are the Brazilian forces' ranks of ranks46, read in
// Portuguese only ("MN" is Minnesota in English, "SO" a word).
var ranksPT46 = set(`sd cb sgto ten cap cel tc subten asp suboficial cmt comandante mn so`)

// rankUpperOnly46 are the ranks above that stand so only in capitals
// (a word's sense otherwise: "Co", "So", "Ab"); the others in capitals,
// in title case or in their own mixed case ("SSgt", "LtCol").
var rankUpperOnly46 = set(`co so sm ab mn sd cb tc hn sra amn bg ps`)

// corps46 follow a rank before the name: a corps or a service
// ("Cap Méd", "Ten Cel Méd", "Maj Dent").
var corps46 = set(`med dent farm enf vet int cel bm pm qoc qcoe`)

// late46 runs this round's passes that read what the others found.
func (a *analysis) late46() {
	if a.has39(r46Unit) {
		a.detectUnits46()
	}
	if a.has39(r46Rank) {
		a.detectRanks46()
	}
	if a.hasPunct('/') {
		a.detectShipOfficers46()
	}
	if a.has39(r46Vessel) {
		a.detectVessels46()
	}
	if a.has39(r46Room) {
		a.detectRooms46()
	}
	if a.has39(r46Port) {
		a.detectPorts46()
	}
	if a.has39(r46Number) || a.hasPunct('#') {
		a.detectLetterIDs46()
	}
	if a.hasPunct(':') {
		a.detectCoinedSenders46()
	}
	if a.has39(r46Ref) && a.hasPunct('/') {
		a.detectRefCodes46()
	}
	if a.pt && a.has39(r46Role) {
		a.detectRoleNames46()
	}
	if a.has39(r46Prof) {
		a.detectProfessionFields46()
	}
	if a.hasPunct(']') && a.hasPunct(':') {
		a.detectLowerSenders46()
	}
	if a.hasPunct(':') {
		a.detectLineSenders46()
	}
	if a.hasCue(cuBaby) && a.hasPunct('(') {
		a.detectBabyParens46()
	}
}

// ordinal46: token k is an ordinal number ("2nd", "44TH", "20º", "1ª").
func (a *analysis) ordinal46(k int) bool {
	t := a.toks[k]
	if t.kind != kAlnum || t.e-t.s < 2 || t.e-t.s > 6 {
		return false
	}
	v := a.tokText(k)
	d := 0
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	if d == 0 || d > 3 {
		return false
	}
	switch s := v[d:]; s {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH", "º", "ª", "o", "a":
		return true
	}
	return false
}

// battalionNumbers46: tokens k-2..k are a battalion's and a regiment's
// numbers joined by a hyphen ("1-38"); it returns the first (or -1).
func (a *analysis) battalionNumbers46(k int) int {
	if k < 2 || a.toks[k].kind != kNum || a.toks[k].gap != 0 || !a.isPunct(k-1, "-") || a.toks[k-1].gap != 0 ||
		a.toks[k-2].kind != kNum || a.toks[k].e-a.toks[k].s > 3 || a.toks[k-2].e-a.toks[k-2].s > 2 {
		return -1
	}
	return k - 2
}

// detectUnits46 reads a military unit: its ordinal, up to three
// capitalised words and its head ("2nd Combat Engineer Battalion",
// "12th Field Artillery", "4TH SUST CMD"), a Portuguese head's
// complement ("20º Regimento de Cavalaria Blindado"), a battalion's
// numbers ("1-38 Infantry", "1-38 IN"), a lettered company before a
// numbered unit ("D Company, 2nd Battalion"), a headquarters' company
// ("HHC"); the units of one chain, apart by commas or blanks, make one
// organisation ("C Troop, 3rd Squadron, 71st Cavalry"). A Brazilian air
// or naval base is one too ("Base Aérea de Canoas").
func (a *analysis) detectUnits46() {
	n := len(a.toks)
	lastS, lastE := -1, -1
	maxGap := int16(1)
	if a.ocr {
		maxGap = 3
	}
	for x, p := range a.r39Pos {
		h := int(p)
		if a.r39Kind[x]&r46Unit == 0 || !a.isWord(h) || !a.capShape(h) || a.toks[h].shape == shSingle {
			continue
		}
		// (the capitalised words between the ordinal and the head)
		l := h
		for l > 0 && h-l < 3 && !a.toks[l].nl && a.toks[l].gap <= maxGap && a.isWord(l-1) && a.capShape(l-1) && a.toks[l-1].shape != shSingle &&
			a.lexOf(l-1)&(lxStop|lxMonth|lxCred|lxTitle) == 0 {
			l--
		}
		s := -1
		switch {
		case (a.folded(h) == "aerea" || a.folded(h) == "naval") && h > 0 && a.isWord(h-1) && a.folded(h-1) == "base" && a.capShape(h-1) && !a.toks[h].nl:
			s = h - 1 // "Base Aérea de Canoas"
		case l > 0 && !a.toks[l].nl && a.toks[l].gap <= maxGap && a.ordinal46(l-1):
			s = l - 1
		case l > 0 && !a.toks[l].nl && a.toks[l].gap == 1 && a.battalionNumbers46(l-1) >= 0:
			s = a.battalionNumbers46(l - 1)
		case l == h && h > 0 && a.toks[h-1].shape == shSingle && a.isWord(h-1) && !a.toks[h].nl && a.toks[h].gap == 1 && letterUnits46[a.folded(h)] &&
			h+2 < n && a.isPunct(h+1, ",") && !a.toks[h+2].nl && (a.ordinal46(h+2) || a.battalionNumbers46(h+4) == h+2):
			s = h - 1 // "D Company, 2nd Battalion"
		}
		if s < 0 {
			continue
		}
		e := h + 1
		// a Portuguese head's complement: "de Cavalaria Blindado"
		if a.toks[h].shape == shTitle {
			for q := e; q < n && q < h+6 && !a.toks[q].nl && a.toks[q].gap <= 1 && a.isWord(q); {
				f := a.folded(q)
				if a.toks[q].shape == shLower && (f == "de" || f == "da" || f == "do" || f == "dos" || f == "das") && q+1 < n && a.capShape(q+1) && !a.toks[q+1].nl {
					q++
					continue
				}
				if a.toks[q].shape != shTitle || a.lexOf(q)&(lxStop|lxMonth|lxCred|lxTitle) != 0 || a.cue(q)&cuDocType != 0 {
					break
				}
				q++
				e = q
			}
		}
		// (a headquarters' company before it: "HHC, 1-38 Infantry")
		if q := s - 1; q >= 0 && !a.toks[s].nl {
			if a.isPunct(q, ",") && q > 0 && !a.toks[q].nl {
				q--
			}
			if a.isWord(q) && a.toks[q].shape == shUpper && unitAcronyms46[a.folded(q)] && a.toks[q+1].gap <= maxGap {
				s = q
			}
		}
		// (the units of one chain)
		if lastE >= 0 && (s < lastE || s == lastE && !a.toks[s].nl || s == lastE+1 && a.isPunct(lastE, ",") && !a.toks[s].nl) {
			s = min(s, lastS)
		}
		lastS, lastE = s, e
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
	}
	// a battalion's numbers and its regiment's short form ("1-38 IN")
	for _, p := range a.classToks('-') {
		k := int(p)
		if k < 1 || k+2 >= n || a.toks[k+1].kind != kNum || a.battalionNumbers46(k+1) != k-1 {
			continue
		}
		h := k + 2
		if a.isWord(h) && a.toks[h].shape == shUpper && !a.toks[h].nl && a.toks[h].gap == 1 && branchAbbr46[a.folded(h)] && !a.claimedAt(k-1) &&
			(h+1 >= n || a.toks[h+1].nl || a.toks[h+1].kind == kPunct) {
			a.add(int(a.toks[k-1].s), int(a.toks[h].e), TypeOrganization, 0.75, pOrg)
		}
	}
}

// rankNeedsCorps46 are ranks in title case that are words too ("Ten",
// "Cap"): a rank only before a corps or another rank ("Ten Cel Méd",
// "Cap Méd").
var rankNeedsCorps46 = set(`ten cap cel tc so`)

// rankAt46: token i is a rank of ranks46 in a shape ranks take.
func (a *analysis) rankAt46(i int) bool {
	t := a.toks[i]
	if t.kind != kWord && t.kind != kAlnum || a.cue(i)&cuRound39 == 0 || !ranks46[a.folded(i)] {
		return false
	}
	if t.kind == kAlnum {
		return true
	}
	f := a.folded(i)
	if !a.pt && ranksPT46[f] {
		return false
	}
	switch t.shape {
	case shUpper, shMixed:
		return true
	case shTitle:
		return !rankUpperOnly46[f]
	}
	return false
}

// detectRanks46 keeps a rank out of the name after it ("SPC Tyrell M.
// Banks", "Ten Cel Méd Augusto Lemes", "MN-RC Kauê Monteiro"): a name,
// an organisation or an identifier read from the rank on is cut at the
// name (a code region over the rank, its specialty and its corps,
// codes43); and reads the name after it that no rule read ("CO J.
// Pruitt", "Master H. Lien").
func (a *analysis) detectRanks46() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r46Rank == 0 || !a.rankAt46(i) || i+1 >= n {
			continue
		}
		k := i + 1
		if a.isPunct(k, ".") && a.toks[k].gap == 0 {
			k++
		}
		if k+1 < n && a.isPunct(k, "-") && a.toks[k].gap == 0 && a.toks[k+1].gap == 0 && a.toks[k+1].shape == shUpper && a.toks[k+1].e-a.toks[k+1].s <= 3 {
			k += 2 // a specialty: "MN-RC"
		}
		corps := false
		for k < n && !a.toks[k].nl && a.toks[k].gap <= 3 && a.isWord(k) && a.capShape(k) && (corps46[a.folded(k)] || a.rankAt46(k)) {
			corps = true
			if k++; k < n && a.isPunct(k, ".") && a.toks[k].gap == 0 {
				k++
			}
		}
		if a.toks[i].shape == shTitle && rankNeedsCorps46[a.folded(i)] && !corps {
			continue
		}
		if k >= n || a.toks[k].nl || a.toks[k].gap > 3 || !a.capShape(k) || !a.ocr && a.toks[k].gap > 1 {
			continue
		}
		a.rankRegion46(i, k)
		// (a name in capitals after a rank in capitals, but not after a
		// short one that is a word or a state's code: "CO PMP")
		a.nameAfterRank46(k, a.toks[i].shape == shUpper && !rankUpperOnly46[a.folded(i)])
	}
}

// nameAfterRank46 reads the name at token k after a rank or a post that
// no rule read, or its initials that one left ("Master H. Lien", "C/O
// Rodel S. Manalo": the surname found, the initial not).
func (a *analysis) nameAfterRank46(k int, caps bool) {
	n := len(a.toks)
	s, e := k, k
	if a.candAt(int(a.toks[k].s), TypeName) < 0 {
		s, e = a.rankNameRun41(k, caps)
	}
	if e == s {
		// an initial before a name that was read
		if a.initialAt46(k) && (a.candAt(int(a.toks[k+2].s), TypeName) >= 0 || a.isWord(k+2) && a.capShape(k+2) && a.toks[k+2].shape != shSingle &&
			a.lexOf(k+2)&(lxStop|lxMonth|lxOrgHead|lxCred|lxTitle|lxLabel) == 0 && a.lexOf(k+2)&(lxMedical|lxName) != lxMedical) {
			a.add(int(a.toks[k].s), int(a.toks[k+2].e), TypeName, 0.8, pName)
		}
		return
	}
	// a middle initial before a surname that was read
	if e+2 < n && a.initialAt46(e) && a.candAt(int(a.toks[e+2].s), TypeName) >= 0 {
		e += 3
	}
	a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
}

// initialAt46: token k is an initial, its dot and a capitalised word on
// the line ("H. Lien").
func (a *analysis) initialAt46(k int) bool {
	n := len(a.toks)
	return k+2 < n && a.toks[k].shape == shSingle && a.isPunct(k+1, ".") && a.toks[k+1].gap == 0 && !a.toks[k+2].nl && a.toks[k+2].gap <= 2 && a.capShape(k+2)
}

// rankRegion46 makes the rank and corps [i, k) a code region when a
// candidate starts in it (a name, organisation or identifier read from
// the rank on), so that the name after it is cut off it.
func (a *analysis) rankRegion46(i, k int) {
	s, e := int(a.toks[i].s), int(a.toks[k-1].e)
	for _, c := range a.cands {
		if c.s >= s && c.s < e {
			a.codes43 = append(a.codes43, [2]int{s, e})
			return
		}
	}
}

// detectShipOfficers46 reads a ship's officer by post ("C/O Rodel S.
// Manalo", "2/O Vikram Shetty", "C/E"): the post is kept out, the name
// after it read.
func (a *analysis) detectShipOfficers46() {
	n := len(a.toks)
	for _, p := range a.classToks('/') {
		k := int(p)
		// (the bytes around the slash first: "C/O", "2/E")
		s := int(a.toks[k].s)
		if s < 1 || s+2 >= len(a.text) || a.text[s+1] != 'O' && a.text[s+1] != 'E' || a.text[s-1] != 'C' && (a.text[s-1] < '1' || a.text[s-1] > '4') {
			continue
		}
		if k < 1 || k+2 >= n || a.toks[k].gap != 0 || a.toks[k+1].gap != 0 || a.toks[k+1].shape != shSingle || a.toks[k-1].e-a.toks[k-1].s != 1 {
			continue
		}
		j := k + 2
		if a.toks[j].nl || a.toks[j].gap > 2 || !a.capShape(j) {
			continue
		}
		a.rankRegion46(k-1, k+2)
		a.nameAfterRank46(j, false)
	}
}

// shipPrefixes46 open a ship's or a rig's name and are no part of it
// ("FPSO Atlântico Sul II", "M/V NORDIC TERN").
var shipPrefixes46 = set(`mv ms ss mt fv nm rms my fpso fso fpu msv psv ahts`)

// detectVessels46 reads a ship's name before its IMO number ("drilling
// rig Atlas Sentinel (IMO 8771203)", "bulk carrier Kestrel Bay, IMO
// 9364150", "M/V NORDIC TERN     IMO 9512848"), the number itself, and
// a radio call sign ("Call sign LAQT7").
func (a *analysis) detectVessels46() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r46Vessel == 0 || !a.isWord(i) || i+1 >= n || a.toks[i+1].nl {
			continue
		}
		if a.folded(i) == "sign" {
			// a call sign: "Call sign LAQT7", "call sign: PPXZ"
			k := i + 1
			if a.isPunct(k, ":") && k+1 < n && !a.toks[k+1].nl {
				k++
			}
			t := a.toks[k]
			if i > 0 && a.isWord(i-1) && a.folded(i-1) == "call" && t.gap <= 2 && (t.kind == kAlnum || t.kind == kWord && t.shape == shUpper) &&
				t.e-t.s >= 4 && t.e-t.s <= 7 && upperAlnum46(a.tokText(k)) {
				a.add(int(t.s), int(t.e), TypeVehicle, 0.8, pLabeled)
			}
			continue
		}
		if a.toks[i].shape != shUpper {
			continue
		}
		k := i + 1
		for k < n && k < i+3 && !a.toks[k].nl && (a.isPunct(k, ":") || a.isPunct(k, "#") || a.isWord(k) && (a.folded(k) == "no" || a.folded(k) == "number" || a.folded(k) == "nº")) {
			k++
		}
		if k >= n || a.toks[k].nl || a.toks[k].kind != kNum || a.toks[k].e-a.toks[k].s != 7 {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeVehicle, 0.85, pLabeled)
		// the name before it
		q := i - 1
		if q >= 0 && !a.toks[i].nl && (a.isPunct(q, "(") || a.isPunct(q, ",") || a.isPunct(q, "-")) {
			q--
		}
		if q < 0 || a.toks[q+1].nl || a.toks[q+1].gap > 6 {
			continue
		}
		e := q + 1
		l := e
		for l > 0 && e-l < 4 && a.isWord(l-1) && (a.toks[l-1].shape == shTitle || a.toks[l-1].shape == shUpper) && (l == e || !a.toks[l].nl && a.toks[l].gap <= 2) &&
			!shipPrefixes46[a.folded(l-1)] && a.lexOf(l-1)&(lxStop|lxMonth|lxCred|lxTitle|lxLabel) == 0 {
			l--
		}
		if l < e && !a.toks[l].nl && l > 0 && !a.isPunct(l-1, ".") {
			a.add(int(a.toks[l].s), int(a.toks[e-1].e), TypeVehicle, 0.8, pLabeled)
		}
	}
}

// upperAlnum46: v is capitals and digits only.
func upperAlnum46(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) && (v[i] < 'A' || v[i] > 'Z') {
			return false
		}
	}
	return true
}

// roomWords46 number a room after its hall or building ("Whitcombe
// Hall, Room 412", "bloco C, apto 204").
var roomWords46 = set(`room rm suite ste apt apto ap apartamento quarto sala`)

// detectRooms46 reads a residence hall's room ("lives in Whitcombe
// Hall, Room 412", "Hargrove Hall, room 318") and a block's flat after
// the building's name ("Moradia: Casa do Estudante, bloco C, apto
// 204") as an address.
func (a *analysis) detectRooms46() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		h := int(p)
		if a.r39Kind[x]&r46Room == 0 || !a.isWord(h) || h+3 >= n || h == 0 || a.toks[h].nl {
			continue
		}
		hall := a.folded(h) == "hall"
		if hall && a.toks[h].shape != shTitle || !hall && a.toks[h].shape == shUpper {
			continue
		}
		// the room after it
		k := h + 1
		if !hall {
			// "bloco C, apto 204"
			if a.toks[k].nl || a.toks[k].gap != 1 || !(a.toks[k].shape == shSingle || a.toks[k].kind == kNum && a.toks[k].e-a.toks[k].s <= 2) {
				continue
			}
			k++
		}
		if !a.isPunct(k, ",") || k+2 >= n || a.toks[k+1].nl || !a.isWord(k+1) || !roomWords46[a.folded(k+1)] {
			continue
		}
		r := k + 2
		if a.isPunct(r, ".") && a.toks[r].gap == 0 && r+1 < n {
			r++
		}
		if a.toks[r].nl || a.toks[r].gap > 1 || a.toks[r].kind != kNum && a.toks[r].kind != kAlnum || a.toks[r].e-a.toks[r].s > 5 {
			continue
		}
		// the building before it: capitalised words (particles between)
		// after a label, a preposition or the line's start
		s := h
		if !hall {
			if h < 2 || !a.isPunct(h-1, ",") {
				continue
			}
			s = h - 1
		}
		l := s
		for l > 0 && s-l < 5 && !a.toks[l].nl && a.isWord(l-1) && (a.capShape(l-1) && a.toks[l-1].shape != shSingle && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle) == 0 ||
			a.toks[l-1].shape == shLower && a.lexOf(l-1)&lxParticle != 0 && l-2 >= 0 && a.capShape(l-2)) {
			l--
		}
		if l == s || a.toks[l].shape == shLower {
			continue
		}
		if !(a.toks[l].nl || l > 0 && (a.isPunct(l-1, ":") || a.isWord(l-1) && a.toks[l-1].shape == shLower)) {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[r].e), TypeAddress, 0.8, pAddress)
	}
}

// portWords46 introduce a ship's port or a voyage's places ("Next port:
// Houston", "Voyage: Rotterdam -> Houston", "heliporto de Macaé").
var portWords46 = set(`port ports voyage porto heliporto`)

// detectPorts46 reads the listed places a ship's port or voyage names:
// after the word, its colon or preposition, capitalised words that make
// a listed town or city, and the next ones after an arrow or "to".
func (a *analysis) detectPorts46() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r46Port == 0 || !a.isWord(i) || i+2 >= n || a.toks[i+1].nl {
			continue
		}
		k := i + 1
		switch {
		case a.isPunct(k, ":"):
			k++
		case a.isWord(k) && a.toks[k].shape == shLower && (a.folded(k) == "of" || a.folded(k) == "de" || a.folded(k) == "do" || a.folded(k) == "da"):
			k++
		default:
			continue
		}
		for hops := 0; hops < 4 && k < n && !a.toks[k].nl && a.toks[k].gap <= 2; hops++ {
			e := k
			place := false
			for e < n && e < k+3 && a.isWord(e) && a.toks[e].shape == shTitle && (e == k || !a.toks[e].nl && a.toks[e].gap == 1) &&
				a.lexOf(e)&(lxStop|lxMonth|lxTitle|lxCred|lxLabel) == 0 {
				place = place || a.lexOf(e)&(lxPlace|lxForeignPlace) != 0
				e++
			}
			if e == k || !place {
				break
			}
			if !a.claimedAt(k) {
				a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeLocation, 0.75, pLocation)
			}
			// the next place: "-> Houston", "to Santos"
			q := e
			for q < n && q < e+2 && !a.toks[q].nl && (a.isPunct(q, "-") || a.isPunct(q, ">") || a.isPunct(q, "→")) {
				q++
			}
			if q == e && q < n && a.isWord(q) && (a.folded(q) == "to" || a.folded(q) == "para") {
				q++
			}
			if q == e {
				break
			}
			k = q
		}
	}
}

// detectLetterIDs46 reads an identifier of a letter and digit groups
// after its label ("A-Number: A 219-604-381", "A# A 220 118 463", "VA
// File Number: C 28 441 907"): the letter is part of it. It walks the
// labels' "number" words and the hash signs.
func (a *analysis) detectLetterIDs46() {
	if a.has39(r46Number) {
		for x, p := range a.r39Pos {
			if k := int(p) + 1; a.r39Kind[x]&r46Number != 0 && k < len(a.toks) {
				if a.isPunct(k, ":") && a.toks[k].gap == 0 {
					k++
				}
				a.letterID46(k)
			}
		}
	}
	for _, p := range a.classToks('#') {
		a.letterID46(int(p) + 1)
	}
}

// letterID46: token k after a label opens an identifier of a letter and
// seven to ten digits in groups ("A 219-604-381", "C 28 441 907").
func (a *analysis) letterID46(k int) {
	n := len(a.toks)
	v := k + 1
	if v >= n || a.toks[k].shape != shSingle || a.toks[k].nl || a.toks[v].kind != kNum || a.toks[v].gap != 1 || a.toks[v].nl || !a.isWord(k) {
		return
	}
	e, digits := v, 0
	for e < n && a.toks[e].kind == kNum && (e == v || !a.toks[e].nl && (a.toks[e].gap == 1 && !a.isPunct(e-1, "-") || a.toks[e].gap == 0 && a.isPunct(e-1, "-"))) {
		digits += int(a.toks[e].e - a.toks[e].s)
		if e+2 < n && a.isPunct(e+1, "-") && a.toks[e+1].gap == 0 && a.toks[e+2].kind == kNum && a.toks[e+2].gap == 0 {
			e += 2
			continue
		}
		e++
	}
	if digits >= 7 && digits <= 10 {
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeID, 0.8, pLabeled)
	}
}

// painAfter46: a pain named within two words after a score out of ten,
// on its clause ("reports 2/10 knee pain", "8/10 dor lombar" is the
// other order, fractionContext's).
func painAfter46(s string) bool {
	if i := strings.IndexAny(s, "\n.;,("); i >= 0 {
		s = s[:i]
	}
	f := strings.Fields(strings.ToLower(s))
	for i := 0; i < len(f) && i < 3; i++ {
		if f[i] == "pain" || f[i] == "dor" || f[i] == "ache" {
			return true
		}
	}
	return false
}

// conjunctionSplit46 (emitName): the run [i, j) holds two people joined
// by a lower-case "e" (a particle inside a Portuguese name, "… de Souza
// e Silva", but a conjunction between two full names: "Aline Matsumoto
// e Fábio Prado"); it returns the "e", or 0.
func (a *analysis) conjunctionSplit46(i, j int) int {
	for m := i + 2; m+2 < j; m++ {
		if a.twoNames46(m) {
			return m
		}
	}
	return 0
}

// twoNames46: the "e" at token m joins two full names: two capitalised
// words before it, a given name and a capitalised word after it
// ("Márcio Antunes Kobayashi e Renata Kobayashi"; "de Souza e Silva" is
// one name).
func (a *analysis) twoNames46(m int) bool {
	n := len(a.toks)
	return m >= 2 && m+2 < n && a.toks[m].kind == kWord && a.toks[m].shape == shLower && a.toks[m].e-a.toks[m].s == 1 && a.text[a.toks[m].s] == 'e' &&
		a.toks[m+1].shape == shTitle && a.isWord(m+1) && a.lexOf(m+1)&lxGiven != 0 && a.lexOf(m+1)&lxParticle == 0 && !a.toks[m+1].nl &&
		a.isWord(m+2) && a.capShape(m+2) && !a.toks[m+2].nl && a.toks[m+2].gap == 1 &&
		a.capShape(m-1) && a.capShape(m-2) && !a.toks[m-1].nl
}

// deathWords46 open a clause whose "at" gives the age at death ("died
// in 2020 at 96").
var deathWords46 = set(`died passed faleceu morreu`)

// age90Cue46 (detectPronounAges): the number at token i, from 90 to
// 120, is an age by what comes before it: a chat's "shes 91", "hes
// 96"; "who is 90"; a person's ", now 95," or ", at 93," between
// commas; "died in 2020 at 96".
func (a *analysis) age90Cue46(i int) bool {
	n := len(a.toks)
	p := i - 1
	if !a.isWord(p) {
		return false
	}
	closes := i+1 >= n || a.toks[i+1].nl || a.isPunct(i+1, ",") || a.isPunct(i+1, ".") && !(i+2 < n && a.toks[i+2].kind == kNum && a.toks[i+2].gap == 0) ||
		a.isPunct(i+1, ";") || a.isWord(i+1) && (a.cue(i+1)&cuAgeWord != 0 || a.folded(i+1) == "and" || a.folded(i+1) == "but" || a.folded(i+1) == "e")
	switch a.folded(p) {
	case "shes", "hes":
		return a.toks[p].shape == shLower && closes
	case "is", "was":
		return p > 0 && a.isWord(p-1) && a.folded(p-1) == "who" && closes
	case "herself", "himself":
		// "Marguerite, herself 90 and …" (round 47)
		return p > 0 && a.isPunct(p-1, ",") && closes
	case "now", "at":
		if !closes || p < 2 {
			return false
		}
		if a.isPunct(p-1, ",") && a.isPunct(i+1, ",") && (a.folded(p) == "now" && a.toks[p-2].kind == kNum && a.toks[p-2].e-a.toks[p-2].s == 4 || a.toks[p-2].shape == shTitle && a.nameAt(p-2)) {
			return true // "…, DOB 08/09/1928, now 95, …", "Lorraine, at 93, …"
		}
		// (or a person named by a relation or a role: "The applicant, at
		// 93, is able …", "her mother, now 91, lives …", round 52)
		if a.isPunct(p-1, ",") && a.isPunct(i+1, ",") && a.personNoun52(p-2) {
			return true
		}
		if a.folded(p) == "at" {
			for q := p - 1; q >= 0 && q >= p-5 && !a.toks[q+1].nl && !a.isPunct(q, "."); q-- {
				if a.isWord(q) && deathWords46[a.folded(q)] {
					return true
				}
			}
		}
	}
	return false
}

// designationWords46 name a person by a letter after them ("Patient A",
// "Twin B", "Donor C", "RN gemelar A").
var designationWords46 = set(`patient patients twin twins donor recipient partner paciente gemelar gemeo gemea doador doadora receptor receptora`)

// designation46 (emitName): the run [i, j) ends in a lone capital letter
// that designates a person, no initial: right after "Patient" or "Twin"
// ("Patient A:", "Twin B"), or closing a newborn's name ("Baby Girl
// Halvorsen A,"; a dot would make it an initial).
func (a *analysis) designation46(i, j int) bool {
	k := j - 1
	if a.toks[k].shape != shSingle || j < len(a.toks) && a.isPunct(j, ".") {
		return false
	}
	if j == i+1 {
		return i > 0 && a.isWord(i-1) && !a.toks[i].nl && designationWords46[a.folded(i-1)]
	}
	return i > 0 && a.isWord(i-1) && a.cue(i-1)&cuBaby != 0 && a.toks[k].gap == 1
}

// licenceLetters46 (detectLabels): a licence's value of one to four
// capitals and four digits or more after a licence's label ("license
// MNT 2289", "MN license LP 6214"; letterPrefixed wants five).
func licenceLetters46(v string) bool {
	sp := strings.IndexByte(v, ' ')
	if sp < 1 || sp > 4 || !allDigits(v[sp+1:]) || len(v)-sp-1 < 4 || len(v)-sp-1 > 10 {
		return false
	}
	for i := 0; i < sp; i++ {
		if !isASCIIUpper(v[i]) {
			return false
		}
	}
	return true
}

// parenFacility46 (orgOK): the facility [l, r) fills a bracket of its
// own ("na escola (Colégio Catarinense), durou …").
func (a *analysis) parenFacility46(l, r int) bool {
	return a.isPunct(l-1, "(") && r < len(a.toks) && a.isPunct(r, ")")
}

// residentialHeads46 open a district's name before a particle ("Bairro
// da Paz", "Jardim das Flores", "Vila do Sossego"); "Setor de Saúde" and
// "Núcleo de Apoio" name services.
var residentialHeads46 = set(`bairro jardim jd vila parque conjunto recanto morro comunidade`)

// districtParticle46 (detectLocations): the district head at token i is
// followed by a particle and a title-case name that is no medical or
// service word; it returns the end of the name (or i).
func (a *analysis) districtParticle46(i int) int {
	n := len(a.toks)
	if a.toks[i].shape != shTitle || i+2 >= n || !residentialHeads46[a.folded(i)] || a.toks[i+1].nl || a.toks[i+1].gap != 1 || a.toks[i+1].shape != shLower ||
		a.lexOf(i+1)&lxParticle == 0 || a.toks[i+2].nl || a.toks[i+2].gap != 1 || a.toks[i+2].shape != shTitle {
		return i
	}
	j := a.titleRun(i+2, 3)
	for k := i + 2; k < j; k++ {
		if a.lexOf(k)&(lxMedical|lxStop|lxMonth|lxOrgHead) != 0 || departmentHeads[a.folded(k)] {
			return i
		}
	}
	return j
}

// coined46: the word at token i is coined from two words in title case,
// a business's name ("LabVida", "SaúdeMar", "OceanMed"): a capital
// inside it parts two listed words of three letters or more ("McKenzie"
// parts none; a person's "MaryAnn" writing in a chat is as well read).
func (a *analysis) coined46(i int) bool {
	t := a.toks[i]
	if t.shape != shMixed || t.e-t.s < 6 || !isASCIIUpper(a.text[t.s]) {
		return false
	}
	w := a.text[t.s:t.e]
	m := -1
	for k := 1; k < len(w); k++ {
		if isASCIIUpper(w[k]) {
			if m >= 0 {
				return false
			}
			m = k
		}
	}
	if m < 3 || len(w)-m < 3 {
		return false
	}
	for _, part := range []string{w[:m], w[m:]} {
		if a.v.lookup(foldString(part)) == 0 {
			return false
		}
	}
	return true
}

// detectCoinedSenders46 reads a business that writes in a chat under a
// coined name ("LabVida: Olá, RAIMUNDO! …" at two lines' starts or
// more, after the line's start or the time's bracket).
func (a *analysis) detectCoinedSenders46() {
	n := len(a.toks)
	for _, p := range a.lineOrAfter(']') {
		i := int(p)
		if a.toks[i].shape != shMixed || i+1 >= n || !a.isPunct(i+1, ":") || a.toks[i+1].gap != 0 || !a.isWord(i) || a.claimedAt(i) || !a.coined46(i) {
			continue
		}
		w := a.tokText(i)
		c := strings.Count(a.text, "\n"+w+":") + strings.Count(a.text, "] "+w+":")
		if strings.HasPrefix(a.text, w+":") {
			c++
		}
		if c < 2 {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[i].e), TypeOrganization, 0.8, pOrg)
	}
}

// roleAbbr46 are the community health roles a Portuguese note writes
// before the worker's given name ("a ACS Quitéria informa", "o ACE
// Josué"); "agente" too, in title case or not.
var roleAbbr46 = set(`acs ace agente`)

// detectRoleNames46 reads the given name after a community health
// worker's role and its article ("A ACS Quitéria informa …"): a
// capitalised word that is no common, medical or cue word of the lists
// (a Portuguese name may read as a verb's form), up to two.
func (a *analysis) detectRoleNames46() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r46Role == 0 || !a.isWord(i) || i < 1 || i+1 >= n || a.toks[i+1].nl || a.toks[i+1].gap != 1 || a.toks[i+1].shape != shTitle || a.claimedAt(i+1) {
			continue
		}
		if f := a.folded(i); f != "agente" && a.toks[i].shape != shUpper {
			continue
		}
		if !a.isWord(i-1) || a.toks[i-1].nl || !articles46[a.folded(i-1)] {
			continue
		}
		e := i + 1
		for e < n && e < i+3 && a.isWord(e) && a.toks[e].shape == shTitle && (e == i+1 || !a.toks[e].nl && a.toks[e].gap == 1) &&
			a.lexOf(e)&(lxStop|lxMonth|lxMedical|lxOrgHead|lxPlace|lxRegion|lxCred|lxTitle|lxLabel) == 0 && a.cue(e)&^(cuPresence|cuFilter) == 0 {
			e++
		}
		if e > i+1 && (e >= n || a.toks[e].kind == kPunct || a.isWord(e) && a.toks[e].shape == shLower) {
			a.add(int(a.toks[i+1].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
		}
	}
}

// articles46 go before a role and the worker's name.
var articles46 = set(`a o da do pela pelo com na no à ao`)

// givenPair46 (dictName): a run of three names or more opening a
// sentence or a field in Portuguese, its first two words listed given
// names ("Ciente e de acordo: Maria Eduarda Leal", "Obs: Ana Paula
// Costa veio"): a compound given name and a surname, though the lists
// hold each as a word too.
func (a *analysis) givenPair46(i, j, words, weak int) bool {
	if words < 3 || weak < 3 || weak < words-1 || a.toks[i].shape != shTitle || a.toks[i+1].shape != shTitle {
		return false
	}
	for k := i; k < i+2; k++ {
		if a.lexOf(k)&lxGiven == 0 || a.lexOf(k)&(lxMedical|lxStop|lxMonth|lxPlace|lxRegion|lxOrgHead) != 0 {
			return false
		}
	}
	return true
}

// professions46 label the clinician of an allied-health field ("Podóloga:
// Ivone", "Hygienist: Jolene, RDH", "Fonoaudióloga: Camila Reis").
var professions46 = set(`podologa podologo hygienist higienista dentista dentist fisioterapeuta physiotherapist fonoaudiologa fonoaudiologo
	nutricionista dietitian dietician psicologa psicologo optometrist optometrista audiologist audiologista ortoptista
	terapeuta protetico protetica ortesista prosthetist orthotist vacinadora vacinador`)

// detectProfessionFields46 reads the name that fills a clinician's
// field after its profession and colon: given names and capitalised
// words to the line's end, a comma, a dash or a credential.
func (a *analysis) detectProfessionFields46() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r46Prof == 0 || !a.isWord(i) || a.toks[i].shape == shLower || i+2 >= n || !a.isPunct(i+1, ":") || a.toks[i+1].gap != 0 {
			continue
		}
		k := i + 2
		if a.toks[k].nl || !a.isWord(k) || a.toks[k].shape != shTitle || a.lexOf(k)&(lxGiven|lxName) == 0 && !a.unknownWord(k) ||
			a.lexOf(k)&(lxStop|lxMonth|lxMedical|lxTitle|lxOrgHead) != 0 || a.claimedAt(k) {
			continue
		}
		e := k + 1
		for e < n && e < k+4 && a.isWord(e) && a.capShape(e) && !a.toks[e].nl && a.toks[e].gap == 1 && a.lexOf(e)&(lxStop|lxMonth|lxCred|lxTitle|lxOrgHead) == 0 {
			e++
		}
		if e < n && !a.toks[e].nl && !a.isPunct(e, ",") && !a.isPunct(e, "-") && !a.isPunct(e, "|") && a.toks[e].gap < 3 {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
	}
}

// detectLowerSenders46 reads a chat's sender written in lower case after
// the time's bracket ("[5/17/24 8:05 AM] daisy: morning!"): a listed
// given name that sends two messages or more, or a name the note gives
// elsewhere ("Good morning Daisy"); and at a line's start in a thread
// whose lines open with such labels, three at least ("mom: …⏎jess: omg
// …⏎danny: im off at 5"), a given name that is no word.
func (a *analysis) detectLowerSenders46() {
	n := len(a.toks)
	for _, p := range a.classToks(']') {
		i := int(p) + 1
		if i+1 >= n || a.toks[i].nl || !a.lowerSender46(i) {
			continue
		}
		w := a.tokText(i)
		ok := a.lexOf(i)&lxGiven != 0 && strings.Count(a.text, "] "+w+":") >= 2
		for _, c := range a.cands {
			if ok {
				break
			}
			ok = c.typ == TypeName && c.e-c.s == len(w) && strings.EqualFold(a.text[c.s:c.e], w)
		}
		if ok {
			a.add(int(a.toks[i].s), int(a.toks[i].e), TypeName, 0.75, pName)
		}
	}
}

// detectLineSenders46 reads the given names among the lower-case
// senders that open a thread's lines (see detectLowerSenders46).
func (a *analysis) detectLineSenders46() {
	labels := 0
	for _, p := range a.lineStarts {
		i := int(p)
		if i+1 < len(a.toks) && a.toks[i].shape == shLower && a.isPunct(i+1, ":") && a.toks[i+1].gap == 0 && a.isWord(i) {
			labels++
		}
	}
	if labels < 3 {
		return
	}
	for _, p := range a.lineStarts {
		i := int(p)
		if i+1 < len(a.toks) && a.lowerSender46(i) && a.lexOf(i)&lxGiven != 0 && a.lexOf(i)&(lxCommon|lxMedical|lxPlace) == 0 {
			a.add(int(a.toks[i].s), int(a.toks[i].e), TypeName, 0.75, pName)
		}
	}
}

// lowerSender46: token i is a word in lower case before a glued colon,
// no function word, title, relation, credential, label or month, and
// unclaimed.
func (a *analysis) lowerSender46(i int) bool {
	return a.isWord(i) && a.toks[i].shape == shLower && a.isPunct(i+1, ":") && a.toks[i+1].gap == 0 && !a.claimedAt(i) &&
		a.toks[i].e-a.toks[i].s >= 3 && a.lexOf(i)&(lxStop|lxTitle|lxRelation|lxCred|lxLabel|lxMonth) == 0
}

// idLetters46 (extendIDPrefixes): the word in capitals before the
// identifier at token i opens it when the identifier's label stands a
// few words before ("ID changed to VHP 3318 0942 77", "his MRN if u call
// is SV 0088 4172", "Cartão de saúde: FUNSA 00-2847911-03"): two to
// five capitals in no list, after a lower-case word or the label's
// colon, an identifier's word on the line within six words before.
func (a *analysis) idLetters46(i int) bool {
	p := i - 1
	t := a.toks[p]
	if t.e-t.s < 2 || t.e-t.s > 5 || t.nl || a.toks[i].gap != 1 || a.claimedAt(p) || a.cue(p) != 0 ||
		a.lexOf(p)&(lxCommon|lxStop|lxLabel|lxCred|lxRegion|lxMedical|lxMonth|lxTitle) != 0 {
		return false
	}
	if !(a.isWord(p-1) && a.toks[p-1].shape == shLower || a.isPunct(p-1, ":")) {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-7 && !a.toks[q+1].nl; q-- {
		if a.isWord(q) && a.cue(q)&(cuIDWord|cuIDMRN|cuIDPlan) != 0 {
			return true
		}
	}
	return false
}

// detectBabyParens46 reads a newborn's given name in brackets after the
// newborn's designation ("RN gemelar 1 (Lorena), prontuário …", "Twin B
// (Theo)"): one listed given name in title case.
func (a *analysis) detectBabyParens46() {
	n := len(a.toks)
	for _, p := range a.classToks('(') {
		k := int(p)
		if k < 1 || k+2 >= n || !a.isPunct(k+2, ")") || a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 || !a.isWord(k+1) || a.toks[k+1].shape != shTitle ||
			a.lexOf(k+1)&lxGiven == 0 || a.lexOf(k+1)&(lxStop|lxMonth|lxMedical|lxTitle|lxRelation) != 0 || a.claimedAt(k+1) {
			continue
		}
		for q := k - 1; q >= 0 && q >= k-3 && !a.toks[q+1].nl; q-- {
			if a.isWord(q) && a.cue(q)&cuBaby != 0 {
				a.add(int(a.toks[k+1].s), int(a.toks[k+1].e), TypeName, 0.75, pName)
				break
			}
		}
	}
}

// planKindsPT46 make "Plano de …" a plan of care, not an insurer
// ("Plano de Tratamento", "Plano de Cuidados").
var planKindsPT46 = set(`tratamento cuidado cuidados acao parto alta terapeutico terapeutica alimentar seguranca`)

// rangeUnitAfter46 (detectPhones, detectLabels): a unit of measure
// follows a range of numbers, which is no phone nor identifier ("15 dB
// HL 250-1000 Hz", "Plano: 1.900-2.000 kcal/dia").
func rangeUnitAfter46(s string) bool {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	// (the first letter first: few values have one of these after them)
	if i == len(s) || !strings.ContainsRune("hHkKdDcCmMuUiI", rune(s[i])) {
		return false
	}
	r := s[i:]
	for _, u := range rangeUnits46 {
		if len(r) >= len(u) && strings.EqualFold(r[:len(u)], u) && (len(r) == len(u) || !isASCIILetter(r[len(u)])) {
			return true
		}
	}
	return false
}

var rangeUnits46 = []string{"hz", "khz", "db", "kcal", "cal", "mg", "ml", "mcg", "ui", "iu", "units"}

// detectRefCodes46 reads a letter's reference after "Our ref:" or "Ref.:"
// ("NAM/CR/24/1187"): letters first, then groups of letters or digits
// glued by slashes, three digits at least ("ref 3.5-5.0", a range,
// opens with no letters).
func (a *analysis) detectRefCodes46() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r46Ref == 0 || !a.isWord(i) || i+2 >= n {
			continue
		}
		k := i + 1
		for k < n && k < i+3 && (a.isPunct(k, ":") || a.isPunct(k, ".")) && !a.toks[k].nl {
			k++
		}
		if k >= n || a.toks[k].nl || a.toks[k].gap == 0 || !a.isWord(k) || a.toks[k].shape != shUpper {
			continue
		}
		e, digits, slashes := k+1, 0, 0
		for e+1 < n && a.isPunct(e, "/") && a.toks[e].gap == 0 && a.toks[e+1].gap == 0 && (a.toks[e+1].kind == kNum || a.toks[e+1].kind == kAlnum || a.isWord(e+1) && a.toks[e+1].shape == shUpper) {
			slashes++
			for _, c := range a.tokText(e + 1) {
				if c >= '0' && c <= '9' {
					digits++
				}
			}
			e += 2
		}
		if slashes >= 2 && digits >= 3 {
			a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeID, 0.75, pLabeled)
		}
	}
}
