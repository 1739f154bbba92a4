package phi

import "strings"

// Round 51 rules: travel and transport around patients (airline medical
// clearance forms, fitness-to-fly letters, ship and offshore infirmary
// logs, travel clinics, medical evacuation and repatriation, transfers
// between hospitals, Brazil's TFD), work and school health
// (occupational-health files, school nurses, sports forms) and
// dev-imitating notes.

// medical51 are clinical words the lists lack: eponyms of signs, tests
// and diseases ("Goldmann applanation", "Krukenberg spindle",
// "Sampaolesi line", "corpos de Lewy", "Fleischner guidance",
// "Waldenström macroglobulinemia", "Giordano +"), examinations and drugs
// named at a sentence's start ("Gonioscopy shows", "Fundoscopy",
// "Spirometry FVC", "Echocardiogram ordered", "Artesunate release",
// "Mircera due"), a vaccine's groups ("Meningococcal ACWY") and the
// Portuguese short form of aspirin ("Em AAS").
var medical51 = set(`goldmann sampaolesi krukenberg fleischner lewy waldenstrom giordano gonioscopy fundoscopy
	spirometry echocardiogram artesunate mircera meningococcal acwy menacwy tonsillar lentigo aas`)

// stop51 are abbreviations that look like names: a yellow-fever
// certificate (ICVP, CIVP), a ship's designated person ashore (DPA),
// school health plans (IHP, DMMP), hearing conservation's and trucking's
// regulators (CAOHC, FMCSA), an immunisation registry (IIS), a work
// safety technician (TST), hospital epidemiology and surveillance units
// (NHE, CIEVS).
var stop51 = set(`icvp civp dpa ihp dmmp caohc fmcsa iis tst nhe cievs`)

// common51 are words the lists lack: a handover, "Onboard", a retest,
// a Portuguese participle ("Anotado").
var common51 = set(`handover onboard retest anotado`)

// r51 is the kind of this round's trigger words (words51): they share
// r48Tail's bit, as round 50's do, and detectTriggers51 tells them apart
// by the word.
const r51 = r48Tail

// words51 are this round's trigger words: a booking's reference
// ("booking M3QT7V", "localizador RZ4LQP"), an aircraft's or a road
// vehicle's mark ("aeronave PR-MVA", "helicopter N71PH", "vehicle S-RK
// 4471", "plate TX 4RK-2207"), a ship's or an offshore unit's name
// ("NAVIO Sereia do Atlântico", "FPSO Estrela do Atlântico"), the heads of
// travel businesses that want a proper word or a cue (airlines,
// assistance companies, travel insurers, cruise lines: "Nordlys Airways",
// "Harbour Assist", "Pilgrim Mutual", "Travessia Seguros"), a union's
// local ("… Workers Local 412"), a city's utility ("City of Kenosha Water
// Utility"), a journey's words (for the
// places of a route: "Charlotte (CLT) - Lisbon (LIS)", "Tabatinga x
// Manaus").
var words51 = set(`booking localizador pnr locator aeronave helicopter helicoptero aircraft vehicle veiculo
	navio fpso drillship plate placa
	airways aviation aereas cruises cruzeiros assistance assist mutual seguros international indemnity
	local city calle cracha lacen drilling ltda ra sala unidade
	decolagem excursao partida pouso embarque desembarque chegada
	itinerary itinerario roteiro trecho route voo voos flight flights escala transfer remocao repatriation travel fly flew viagem`)

// late51 runs this round's passes that read what the others found.
func (a *analysis) late51() {
	if a.has39(r51) {
		a.detectTriggers51()
	}
}

// detectTriggers51 runs the rules of this round's trigger words
// (words51).
func (a *analysis) detectTriggers51() {
	n := len(a.toks)
	route := false
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r51 == 0 || k+1 >= n || !a.isWord(k) {
			continue
		}
		switch f := a.folded(k); f {
		case "booking", "localizador", "pnr", "locator":
			a.bookingCode51(k)
		case "aeronave", "helicopter", "helicoptero", "aircraft":
			a.aircraftMark51(k)
		case "vehicle", "veiculo":
			a.vehiclePlate51(k)
		case "plate", "placa":
			a.statePlate51(k)
		case "navio", "fpso", "drillship":
			a.shipName51(k)
		case "airways", "aviation", "aereas", "cruises", "cruzeiros", "assistance", "assist", "mutual", "seguros", "international", "indemnity":
			if a.toks[k].shape != shLower {
				a.travelFirm51(k)
			}
		case "local":
			a.unionLocal51(k)
		case "city":
			a.cityBody51(k)
		case "calle":
			a.calleAddress51(k)
		case "cracha":
			a.badgeCode51(k)
		case "lacen":
			a.stateLab51(k)
		case "drilling":
			if a.isWord(k+1) && (a.folded(k+1) == "unit" || a.folded(k+1) == "rig") && !a.toks[k+1].nl {
				a.shipName51(k + 1)
			}
		case "ltda":
			a.joinedFirm51(k)
		case "ra":
			a.academicRecord51(k)
		case "sala":
			a.roomAfterAddress51(k)
		case "unidade":
			if a.toks[k].shape == shLower && a.isWord(k+1) && a.folded(k+1) == "de" {
				a.motionPlace51(k)
			}
		case "decolagem", "excursao", "partida", "pouso", "embarque", "desembarque", "chegada":
			a.motionPlace51(k)
		case "escala":
			// (a layover, "escala em Joanesburgo"; "escala de Rankin" is
			// a score's)
			if a.isWord(k+1) && (a.folded(k+1) == "em" || a.folded(k+1) == "no" || a.folded(k+1) == "na") {
				a.motionPlace51(k)
			}
			route = true
		default:
			route = route || !words52[f] && !words53[f] && !words54[f] && !words55[f] && !words56[f] && !words57[f] // (rounds 52's to 57's words are their own)
		}
	}
	if route {
		a.detectRoutes51()
	}
}

// bookingCode51 reads a booking's reference after its word (a passenger
// name record: "booking M3QT7V", "Localizador: RZ4LQP", "flight booking
// (TK4QZ8, …)"): five to eight capitals and digits, with a digit; six
// capitals alone after "localizador", "PNR" or "locator" when they are
// no word. ID.
func (a *analysis) bookingCode51(k int) {
	n := len(a.toks)
	q := k + 1
	for q < n && q < k+4 && !a.toks[q].nl {
		if a.toks[q].kind == kPunct && (a.isPunct(q, ":") || a.isPunct(q, "#") || a.isPunct(q, "(") || a.isPunct(q, ".")) {
			q++
			continue
		}
		if a.isWord(q) && a.toks[q].shape == shLower {
			switch a.folded(q) {
			case "ref", "reference", "code", "no", "number", "nº", "record", "codigo":
				q++
				continue
			}
		}
		break
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 3 {
		return
	}
	t := a.toks[q]
	v := a.tokText(q)
	if len(v) < 5 || len(v) > 8 || t.kind != kAlnum && (t.kind != kWord || t.shape != shUpper) {
		return
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		switch {
		case isDigit(v[i]):
			digits++
		case isASCIIUpper(v[i]):
		default:
			return
		}
	}
	if digits == len(v) || digits == 0 && (len(v) != 6 || a.folded(k) == "booking" || !a.unknownWord(q)) {
		return
	}
	if q+1 < n && a.toks[q+1].gap == 0 && (a.isPunct(q+1, "-") || a.isPunct(q+1, "/") || a.toks[q+1].kind != kPunct) {
		return
	}
	a.add(int(t.s), int(t.e), TypeID, 0.85, pLabeled)
}

// aircraftMark51 reads an aircraft's registration after "aircraft",
// "aeronave" or "helicopter" ("(aircraft G-SKBM)", "aeronave PR-MVA",
// "helicopter N71PH"): a country's letters, a hyphen and three to five
// characters (aircraftMark45), or a registration of the United States
// (tailNumber41). VEHICLE.
func (a *analysis) aircraftMark51(k int) {
	n := len(a.toks)
	q := k + 1
	for q < n && q < k+3 && !a.toks[q].nl && (a.isPunct(q, ":") || a.isPunct(q, "#")) {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 {
		return
	}
	if e := a.aircraftMark45(q); e > q {
		a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeVehicle, 0.85, pLabeled)
		return
	}
	if a.toks[q].kind == kAlnum && tailNumber41(a.tokText(q)) && (q+1 >= n || a.toks[q+1].gap > 0 || a.toks[q+1].kind == kPunct && !a.isPunct(q+1, "-")) {
		a.add(int(a.toks[q].s), int(a.toks[q].e), TypeVehicle, 0.85, pLabeled)
	}
}

// vehiclePlate51 reads a road vehicle's plate after "vehicle" ("vehicle
// S-RK 4471", "veículo ABC-1D23"): capitals and digits in groups
// (plateRun41) whose first group is capitals and that holds a hyphen.
// VEHICLE.
func (a *analysis) vehiclePlate51(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isPunct(q, ":") {
		q++
	}
	if q+2 >= n || a.toks[q].nl || a.toks[q].gap > 2 || !a.isWord(q) || a.toks[q].shape != shUpper && a.toks[q].shape != shSingle ||
		a.toks[q].shape == shUpper && a.lexOf(q)&(lxLabel|lxStop) != 0 {
		return
	}
	e := a.plateRun41(q)
	if e <= q+1 {
		return
	}
	for j := q + 1; j < e; j++ {
		if a.isPunct(j, "-") {
			a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeVehicle, 0.85, pLabeled)
			return
		}
	}
}

// statePlate51 reads a plate after its word with the state's code
// before it ("unit plate TX 4RK-2207", "plate WV 7HK-402"): the code of a
// state of the United States and a plate's groups (plateRun41). VEHICLE,
// the state's code with it.
func (a *analysis) statePlate51(k int) {
	n := len(a.toks)
	q := k + 1
	for q < n && q < k+3 && !a.toks[q].nl && (a.isPunct(q, ":") || a.isPunct(q, "#")) {
		q++
	}
	if q+1 >= n || a.toks[q].nl {
		return
	}
	// (an OCR's spaced plate that the label's rule took in part: "placa  0
	// S Q - 4 F 2 1"; round 41's reads only a plate nobody claimed)
	if a.ocr && a.claimedAt(q) {
		if e := a.plateRun41(q); e > q+1 {
			a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeVehicle, 0.85, pLabeled)
		}
		return
	}
	if !a.isWord(q) || a.toks[q].shape != shUpper || a.toks[q].e-a.toks[q].s != 2 || !usStates[a.tokText(q)] || a.toks[q+1].nl || a.toks[q+1].gap != 1 {
		return
	}
	if e := a.plateRun41(q + 1); e > q+1 {
		a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeVehicle, 0.85, pLabeled)
	}
}

// shipName51 reads a ship's or an offshore unit's name after its kind
// ("NAVIO Sereia do Atlântico (…)", "o navio Costa Serena", "FPSO
// Estrela do Atlântico", "drillship West Capella"): one to four
// capitalised words, with their particles, that are no cue, month,
// medical or label word, to the end of the name. VEHICLE.
func (a *analysis) shipName51(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isPunct(q, ":") {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 {
		return
	}
	e, words := q, 0
	for e < n && words < 4 && a.isWord(e) && (e == q || !a.toks[e].nl && a.toks[e].gap <= 2) {
		if a.toks[e].shape == shLower {
			if e > q && a.lexOf(e)&lxParticle != 0 && e+1 < n && a.capShape(e+1) && !a.toks[e+1].nl {
				e++
				continue
			}
			break
		}
		if !a.capShape(e) || a.lexOf(e)&(lxStop|lxMonth|lxLabel|lxTitle|lxCred) != 0 || a.lexOf(e)&(lxMedical|lxCommon) == lxMedical || a.cue(e)&(cuOrgPrefix|cuOrgSuffix) != 0 {
			break
		}
		words++
		e++
	}
	for e > q && a.toks[e-1].shape == shLower {
		e--
	}
	if words == 0 || e == q {
		return
	}
	// (the name ends there: a bracket, a comma, a dash or the line's end)
	if e < n && !a.toks[e].nl && a.isWord(e) && a.toks[e].gap < 3 {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeVehicle, 0.85, pLabeled)
}

// travelFirm51 reads a travel business named by one to three
// capitalised words before a head that names no one alone (an airline's
// "Airways", "Aviation", "Linhas Aéreas"; a cruise line's "Cruises"; an
// assistance company's or a travel insurer's "Assistance", "Assist",
// "Mutual", "Seguros", "International", "Indemnity"): the name's words
// are no cue, month, medical or label words, and one of them is proper (in
// no list, coined in mixed case, a place or a person's name), or a cue
// tells the business's trade — an insurer's or an airline's word before
// it on its line ("Insurer notified: Harbour Assist", "insurance card
// says Pilgrim Mutual", "seguro-viagem corporativo Travessia Seguros"),
// or a booking, a flight's number, a case or a policy after it ("Nordlys
// Airways booking …", "Transoceanic Airways TO 91", "Harbour Assist,
// case …"). ORGANIZATION.
func (a *analysis) travelFirm51(k int) {
	if a.toks[k].shape != shTitle && a.toks[k].shape != shUpper || a.toks[k].nl {
		return
	}
	h := k
	if a.folded(k) == "aereas" {
		if !a.isWord(k-1) || a.folded(k-1) != "linhas" || a.toks[k-1].nl || a.toks[k].gap != 1 {
			return
		}
		h = k - 1
	}
	// the name's words before the head
	l, proper := h, false
	for l > 0 && h-l < 5 && !a.toks[l].nl && a.toks[l].gap <= 1 {
		p := l - 1
		if a.isWord(p) && a.toks[p].shape == shLower {
			// ("Cruz del Sur Asistencia", "Aurelian Seas Cruises")
			if f := a.folded(p); (f == "del" || f == "do" || f == "da" || f == "de" || f == "of") && p > 0 && a.capShape(p-1) && l < h {
				l = p
				continue
			}
			break
		}
		// (another business's head ends it: "… Airways Special Assistance
		// Desk")
		// (a word both common and medical may: "Global")
		// (and a state's: "MN Medical Assistance" is its Medicaid)
		if !a.capShape(p) || a.lexOf(p)&(lxStop|lxMonth|lxTitle|lxCred|lxRelation|lxRegion) != 0 || a.lexOf(p)&(lxMedical|lxCommon) == lxMedical ||
			a.cue(p)&cuTitle != 0 || a.cue(p)&(cuOrgSuffix|cuOrgPrefix) != 0 && a.cue(p)&cuWeakOrgHead == 0 || a.toks[p].shape == shUpper && usStates[a.tokText(p)] ||
			firmHead51(a.folded(p)) {
			if !a.isPunct(p, "&") || l == h {
				break
			}
			l = p
			continue
		}
		x := a.lexOf(p)
		proper = proper || x&(lxCommon|lxStop|lxMedical) == 0 || a.toks[p].shape == shMixed || x&(lxGiven|lxName|lxPlace) != 0
		l = p
	}
	for l < h && !a.isWord(l) {
		l++
	}
	if l == h || h-l > 4 {
		return
	}
	// (one common word that opens a sentence or a chat's line is no
	// proper word for being a surname too: "[10:18] Special Assistance:")
	if proper && h-l == 1 && a.lexOf(l)&lxCommon != 0 && a.toks[l].shape != shMixed && a.sentenceStart(l) {
		proper = false
	}
	e := k + 1
	if !proper && !a.firmCueBefore51(l) && !a.firmCueAfter51(e) {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// firmCueBefore51: a word before token l on its line tells an insurer's,
// an assistance company's or an airline's trade ("insurer", "insurance",
// "seguro", "seguradora", "airline", "carrier", "companhia aérea",
// "assistance company").
func (a *analysis) firmCueBefore51(l int) bool {
	for j := l - 1; j >= 0 && j >= l-10; j-- {
		if a.isWord(j) {
			switch a.folded(j) {
			case "insurer", "insurance", "insured", "insurers", "underwriter", "seguro", "seguros", "seguradora", "airline", "airlines", "carrier",
				"assistance", "assist", "aerea", "cia":
				return true
			}
		}
		if a.toks[j].nl {
			break
		}
	}
	return false
}

// firmCueAfter51: the tokens from e follow a travel business's name with
// its booking, a flight's number, a case or a policy ("… booking
// M3QT7V", "… TO 91", ", case HA-0519-…", "(policy …)", ", localizador").
func (a *analysis) firmCueAfter51(e int) bool {
	n := len(a.toks)
	if e >= n || a.toks[e].nl {
		return false
	}
	q := e
	if a.isPunct(q, ",") || a.isPunct(q, "(") {
		q++
	}
	if q >= n || a.toks[q].nl {
		return false
	}
	if q == e && a.flightNumber45(q) > q {
		return true
	}
	if !a.isWord(q) {
		return false
	}
	switch a.folded(q) {
	case "booking", "flight", "case", "policy", "member", "localizador", "voo", "apolice", "caso", "processo", "claim":
		return true
	}
	return false
}

// firmHead51: f heads a travel business's name (travelFirm51).
func firmHead51(f string) bool {
	switch f {
	case "airways", "aviation", "aereas", "cruises", "cruzeiros", "assistance", "assist", "mutual", "seguros", "international", "indemnity":
		return true
	}
	return false
}

// unionLocal51 reads a trade union's local chapter ("United Food and
// Poultry Workers Local 412", "Mine and Mill Workers Local 915",
// "Teamsters Local 120"): "Local" and its number after a workers' plural
// or "Union", with the capitalised words and connectors before it on
// its line. ORGANIZATION.
func (a *analysis) unionLocal51(k int) {
	n := len(a.toks)
	p := k - 1
	if p < 0 || a.toks[k].shape != shTitle || a.toks[k].nl || a.toks[k].gap != 1 || a.toks[k+1].kind != kNum || a.toks[k+1].gap != 1 ||
		a.toks[k+1].nl || a.toks[k+1].e-a.toks[k+1].s > 5 || !a.isWord(p) || a.toks[p].shape != shTitle {
		return
	}
	if f := a.folded(p); !(f == "union" || f == "teamsters" || f == "brotherhood" || f == "federation" || f == "employees" || len(f) > 5 && f[len(f)-3:] == "ers") {
		return
	}
	l := p
	for l > 0 && p-l < 9 && !a.toks[l].nl && a.toks[l].gap <= 1 {
		q := l - 1
		if a.isWord(q) && a.toks[q].shape == shTitle && a.lexOf(q)&(lxStop|lxMonth|lxLabel|lxTitle|lxCred) == 0 && a.cue(q)&cuPersonVerb == 0 ||
			a.isPunct(q, "&") || a.isWord(q) && a.toks[q].shape == shLower && (a.folded(q) == "and" || a.folded(q) == "of") {
			l = q
			continue
		}
		break
	}
	for l < p && (!a.isWord(l) || a.toks[l].shape == shLower) {
		l++
	}
	if k+1 < n {
		a.add(int(a.toks[l].s), int(a.toks[k+1].e), TypeOrganization, 0.8, pOrg)
	}
}

// cityBody51 puts a city's "City of" before the organisation named after
// the city that follows it ("City of Kenosha Water Utility", "City of
// Tulsa Fire Department"). ORGANIZATION.
func (a *analysis) cityBody51(k int) {
	n := len(a.toks)
	if k+2 >= n || a.toks[k].shape != shTitle || !a.isWord(k+1) || a.folded(k+1) != "of" || a.toks[k+1].nl || a.toks[k+2].nl || !a.capShape(k+2) {
		return
	}
	s := int(a.toks[k+2].s)
	for _, c := range a.cands {
		if c.s == s && c.typ == TypeOrganization && c.e > int(a.toks[k+2].e) {
			a.add(int(a.toks[k].s), c.e, TypeOrganization, c.score, pOrg)
			return
		}
	}
}

// detectRoutes51 reads the places of a journey in a note that speaks of
// one (a flight, an itinerary, a transfer): a place before an airport's
// code in brackets ("Denver (DEN)"), and the places either side of a
// route's separator — a spaced dash, an "x", a spaced slash or an arrow
// ("Orlando - Guarulhos", "Tabatinga x Manaus", "Santos / Búzios") —
// when both are listed places. LOCATION.
func (a *analysis) detectRoutes51() {
	n := len(a.toks)
	for _, p := range a.classToks('(') {
		k := int(p)
		if k < 1 || k+2 >= n || a.toks[k].nl || a.toks[k+1].gap != 0 || !a.isWord(k+1) || a.toks[k+1].shape != shUpper ||
			a.toks[k+1].e-a.toks[k+1].s != 3 || !a.isPunct(k+2, ")") || a.toks[k+2].gap != 0 {
			continue
		}
		s := a.placeBefore51(k)
		if s < 0 && a.cityLike51(k-1) && a.toks[k].gap == 1 {
			s = k - 1
		}
		if s >= 0 {
			a.add(int(a.toks[s].s), int(a.toks[k-1].e), TypeLocation, 0.8, pLocStrong)
		}
	}
	for _, c := range [...]int{'-', '/', '>'} {
		for _, p := range a.classToks(c) {
			a.routeStep51(int(p))
		}
	}
	// (" x ", found in the text: a word of one letter has no class)
	for i := 0; i < len(a.text); {
		j := strings.Index(a.text[i:], " x ")
		if j < 0 {
			break
		}
		if k, ok := a.tokenAt(i + j + 1); ok {
			a.routeStep51(k)
		}
		i += j + 2
	}
}

// routeStep51 reads the places either side of the route's separator at
// token k (see detectRoutes51): both listed places, or one listed and
// the other a capitalised word in no list but the surnames' (a city the
// gazetteer leaves out as a surname: "Frankfurt - Toronto").
func (a *analysis) routeStep51(k int) {
	n := len(a.toks)
	if k < 1 || k+1 >= n || a.toks[k].gap == 0 || a.toks[k+1].gap == 0 || a.toks[k].nl || a.toks[k+1].nl {
		return
	}
	l := k
	if a.isPunct(k, ">") {
		if !a.isPunct(k-1, "-") || a.toks[k].gap != 0 {
			return
		}
		l-- // "->"
	}
	if a.isPunct(l-1, ")") && l >= 4 && a.isPunct(l-3, "(") {
		l -= 3 // "Charlotte (CLT) - Lisbon"
	}
	e, rOK := a.placeMatch(k + 1)
	// (in title case: a heading's capitals, "CRIANÇA FELIZ - REGISTRO", and
	// a state's code, "Aracaju - SE", are none)
	if rOK && a.toks[k+1].shape != shTitle {
		rOK = false
	}
	// (not the start of a longer name: "Central de Regulação")
	if rOK && e+1 < n && a.isWord(e) && a.toks[e].shape == shLower && orgConnector(a.folded(e)) && a.capShape(e+1) && !a.toks[e].nl {
		rOK = false
	}
	rListed := rOK
	if !rOK && a.cityLike51(k+1) && !(k+2 < n && a.isWord(k+2) && a.toks[k+2].shape == shLower && !a.toks[k+2].nl) {
		e, rOK = k+2, true // (no verb's clause after it: "Curitiba - Fale com a Equipe")
	}
	// (a word between two stops of a listed route: "Santos / Búzios /
	// Salvador")
	if !rOK && k+3 < n && a.toks[k+1].shape == shTitle && a.lexOf(k+1)&(lxStop|lxMonth|lxTitle|lxCred|lxMedical) == 0 && a.tokText(k+2) == a.tokText(k) &&
		!a.toks[k+2].nl && a.toks[k+2].gap > 0 {
		if _, ok := a.placeMatch(k + 3); ok {
			e, rOK, rListed = k+2, true, true
		}
	}
	if !rOK {
		return
	}
	s := a.placeBefore51(l)
	lListed := s >= 0
	if s < 0 && l > 0 && a.cityLike51(l-1) && !(l > 1 && a.isWord(l-2) && a.toks[l-2].shape == shLower && !a.toks[l-1].nl) {
		s = l - 1
	}
	if s < 0 || !lListed && !rListed {
		return
	}
	// (a word in no list beside a listed common word is no route:
	// "Fochesatto - Central")
	if !lListed && !a.routePlace51(k+1, e) || !rListed && !a.routePlace51(s, l) {
		return
	}
	a.add(int(a.toks[s].s), int(a.toks[l-1].e), TypeLocation, 0.8, pLocStrong)
	a.add(int(a.toks[k+1].s), int(a.toks[e-1].e), TypeLocation, 0.8, pLocStrong)
}

// routePlace51: the listed place [s, e) may stand for a stop of a route:
// a place of several words, or a word that is no common word ("Central
// de Regulação" is none).
func (a *analysis) routePlace51(s, e int) bool {
	return e-s > 1 || a.lexOf(s)&lxCommon == 0
}

// cityLike51: token k is a capitalised word of four letters or more in
// no list but the surnames' (a city the gazetteer leaves out: "Munich",
// "Frankfurt").
func (a *analysis) cityLike51(k int) bool {
	if !a.isWord(k) || a.toks[k].shape != shTitle || a.toks[k].e-a.toks[k].s < 4 {
		return false
	}
	x := a.lexOf(k)
	if x&lxName != 0 {
		x &^= lxMedical // ("Munich", a surname and a medical list's word)
	}
	return x&(lxCommon|lxStop|lxMedical|lxGiven|lxMonth|lxTitle|lxCred|lxLabel|lxOrgHead|lxRegion|lxRelation|lxDemonym) == 0 && a.cue(k)&(cuOrgPrefix|cuOrgSuffix) == 0
}

// placeBefore51 returns the first token of a listed place of one to
// three words that ends right before token k on its line, or -1.
func (a *analysis) placeBefore51(k int) int {
	for s := k - 1; s >= 0 && s >= k-3; s-- {
		if !a.isWord(s) || s < k-1 && a.toks[s+1].nl {
			break
		}
		if a.toks[s].shape == shTitle {
			if e, ok := a.placeMatch(s); ok && e == k {
				return s
			}
		}
	}
	return -1
}

// dottedCountry51: the four tokens before token i spell a country's
// dotted initials ("U.S.", "U.K."), glued to each other.
func (a *analysis) dottedCountry51(i int) bool {
	if i < 4 || a.toks[i].nl || a.toks[i].gap != 1 || !a.isPunct(i-1, ".") || !a.isPunct(i-3, ".") || a.toks[i-1].gap != 0 || a.toks[i-2].gap != 0 || a.toks[i-3].gap != 0 {
		return false
	}
	switch a.tokText(i-4) + a.tokText(i-2) {
	case "US", "UK":
		return true
	}
	return false
}

// calleAddress51 reads a Spanish street's address written with its
// number after the name ("Calle Tecsecocha 417", "Calle de la Merced
// 210"): "Calle", one to four capitalised words with their particles, and
// a number of one to five digits (with "#" or "No." before it). ADDRESS.
func (a *analysis) calleAddress51(k int) {
	n := len(a.toks)
	if a.toks[k].shape != shTitle && a.toks[k].shape != shUpper {
		return
	}
	q, words := k+1, 0
	for q < n && !a.toks[q].nl && a.toks[q].gap == 1 && a.isWord(q) && words < 4 {
		if a.toks[q].shape == shLower {
			switch a.folded(q) {
			case "de", "del", "la", "las", "los", "el":
				q++
				continue
			}
			break
		}
		if !a.capShape(q) || a.lexOf(q)&(lxStop|lxMonth|lxCred) != 0 {
			break
		}
		words++
		q++
	}
	if words == 0 || q >= n || a.toks[q].nl || a.toks[q].gap > 1 || a.toks[q-1].shape == shLower {
		return
	}
	if a.isPunct(q, "#") && q+1 < n && a.toks[q+1].gap == 0 {
		q++
	}
	t := a.toks[q]
	if t.kind != kNum || t.e-t.s > 5 || q+1 < n && a.toks[q+1].gap == 0 && (a.isPunct(q+1, "/") || a.isPunct(q+1, "-") || a.toks[q+1].kind != kPunct) {
		return
	}
	a.add(int(a.toks[k].s), int(t.e), TypeAddress, 0.8, pAddress)
}

// badgeCode51 reads a badge's number after "crachá" ("(tripulante,
// crachá CAZ-CR-30981)", "crachá nº 44172-B"): groups of capitals and
// digits glued by hyphens, three digits at least. ID.
func (a *analysis) badgeCode51(k int) {
	n := len(a.toks)
	q := k + 1
	for q < n && q < k+3 && !a.toks[q].nl && (a.isPunct(q, ":") || a.isPunct(q, "#") || a.isWord(q) && (a.folded(q) == "no" || a.folded(q) == "nº" || a.folded(q) == "n")) {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 {
		return
	}
	e, digits := q, 0
	for e < n && (e == q || a.toks[e].gap == 0) {
		t := a.toks[e]
		if t.kind == kNum || t.kind == kAlnum || t.kind == kWord && (t.shape == shUpper || t.shape == shSingle) {
			for _, c := range []byte(a.tokText(e)) {
				digits += int(b2u(isDigit(c)))
			}
			e++
			if e+1 < n && a.isPunct(e, "-") && a.toks[e+1].gap == 0 && a.toks[e+1].kind != kPunct {
				e++
				continue
			}
			break
		}
		break
	}
	if digits < 3 || e == q {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeID, 0.8, pLabeled)
}

// stateLab51 reads a state's central laboratory written in title case
// with its state's code ("Lacen-BA"; round 45's reads "LACEN-MT").
// ORGANIZATION.
func (a *analysis) stateLab51(k int) {
	n := len(a.toks)
	if !a.pt || a.toks[k].shape != shTitle || k+2 >= n || !(a.isPunct(k+1, "-") || a.isPunct(k+1, "/")) || a.toks[k+1].nl || a.toks[k+2].nl ||
		a.toks[k+2].gap > 1 || !a.isWord(k+2) || a.toks[k+2].shape != shUpper || !brStates[a.tokText(k+2)] {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[k+2].e), TypeOrganization, 0.85, pOrg)
}

// motionPlace51 reads the place a journey leaves from or reaches after
// its word in Portuguese ("Decolagem prevista de Manaus", "decolagem 6h30
// de Ilhéus", "pouso em Tabatinga", "excursão de Jundiaí"): the word, up
// to two words or a time, "de", "em", "para" or "a", and a listed place.
// LOCATION.
func (a *analysis) motionPlace51(k int) {
	n := len(a.toks)
	if !a.pt {
		return
	}
	q := k + 1
	for q < n && q < k+4 && !a.toks[q].nl {
		if a.isWord(q) {
			f := a.folded(q)
			if f == "de" || f == "em" || f == "para" || f == "a" || f == "do" || f == "da" {
				break
			}
			if a.toks[q].shape == shLower && (len(f) > 6 && (f[len(f)-6:] == "evista" || f[len(f)-6:] == "evisto") || f == "as") {
				q++
				continue
			}
			return
		}
		if a.toks[q].kind == kAlnum || a.toks[q].kind == kNum {
			q++
			continue
		}
		return
	}
	q++
	if q >= n || a.toks[q].nl || !a.capShape(q) {
		return
	}
	if e, ok := a.placeMatch(q); ok {
		a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeLocation, 0.8, pLocStrong)
	} else if f := a.folded(k); (f == "escala" || f == "decolagem" || f == "pouso") && a.cityLike51(q) {
		// (a stop of a flight in no list: "escala em Joanesburgo")
		a.add(int(a.toks[q].s), int(a.toks[q].e), TypeLocation, 0.75, pLocStrong)
	}
}

// frequency51: a labelled value is a frequency, no identifier ("PT
// 2x/week", "3x/dia").
func frequency51(v string) bool {
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	if i == 0 || i > 2 || i+2 >= len(v) || v[i] != 'x' && v[i] != 'X' || v[i+1] != '/' {
		return false
	}
	switch strings.ToLower(v[i+2:]) {
	case "week", "wk", "day", "d", "month", "mo", "year", "yr", "hour", "hr", "h", "dia", "semana", "mes", "ano", "sem":
		return true
	}
	return false
}

// vitalsOrTimes51: a numeric cluster is a range of blood pressures
// ("142/80-158/86") or a list of the hours of doses ("0600/1000/1400"),
// no identifier.
func vitalsOrTimes51(v string) bool {
	// hours: three groups of four digits or more, each a time of day
	groups, ok := 0, true
	for p := 0; p <= len(v) && ok; {
		q := p
		for q < len(v) && isDigit(v[q]) {
			q++
		}
		ok = q-p == 4 && (q == len(v) || v[q] == '/') && (v[p]-'0')*10+v[p+1]-'0' < 24 && (v[p+2]-'0')*10+v[p+3]-'0' < 60
		groups++
		p = q + 1
	}
	if ok && groups >= 3 {
		return true
	}
	// pressures: NNN/NN-NNN/NN
	var nums [4]int
	k, cur, digits := 0, 0, 0
	seps := "/-/"
	for i := 0; i <= len(v); i++ {
		if i < len(v) && isDigit(v[i]) {
			cur = cur*10 + int(v[i]-'0')
			digits++
			continue
		}
		if digits < 2 || digits > 3 || k == 4 || i < len(v) && (k == 3 || v[i] != seps[k]) {
			return false
		}
		nums[k] = cur
		k++
		cur, digits = 0, 0
	}
	return k == 4 && nums[0] > nums[1] && nums[2] > nums[3] && nums[0] >= 60 && nums[2] >= 60 && nums[0] <= 260 && nums[2] <= 260
}

// joinedFirm51 joins a firm's name that "e" or "&" splits into two
// organisations before its legal form ("Zanatta Logística e Armazéns
// Ltda."). ORGANIZATION.
func (a *analysis) joinedFirm51(k int) {
	if a.toks[k].shape == shLower {
		return
	}
	e := int(a.toks[k].e)
	c2 := -1
	for x, c := range a.cands {
		if c.typ == TypeOrganization && (c.e == e || c.e == e+1) && c.s < e {
			c2 = x
			break
		}
	}
	if c2 < 0 {
		return
	}
	s := a.firstTokenFrom(a.cands[c2].s)
	if s < 2 || !(a.isWord(s-1) && (a.folded(s-1) == "e" || a.folded(s-1) == "and") || a.isPunct(s-1, "&")) || a.toks[s].nl || a.toks[s-1].nl {
		return
	}
	pe := int(a.toks[s-2].e)
	for _, c := range a.cands {
		if c.typ == TypeOrganization && c.e == pe {
			a.add(c.s, a.cands[c2].e, TypeOrganization, c.score, pOrg)
			return
		}
	}
}

// academicRecord51 reads a student's academic record after "RA" in
// Portuguese ("RA 2022.10.4471", "RA: 11203344"): a number of six
// digits or more, dotted or not. ID.
func (a *analysis) academicRecord51(k int) {
	n := len(a.toks)
	if !a.pt || a.tokText(k) != "RA" {
		return
	}
	q := k + 1
	if q < n && a.isPunct(q, ":") {
		q++
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 || a.toks[q].kind != kNum {
		return
	}
	e, digits := q, 0
	for e < n && (e == q || a.toks[e].gap == 0) {
		if a.toks[e].kind == kNum {
			digits += int(a.toks[e].e - a.toks[e].s)
			e++
			if e+1 < n && (a.isPunct(e, ".") || a.isPunct(e, "-")) && a.toks[e+1].gap == 0 && a.toks[e+1].kind == kNum && a.toks[e].gap == 0 {
				e++
				continue
			}
		}
		break
	}
	if digits >= 6 {
		a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeID, 0.8, pLabeled)
	}
}

// roomAfterAddress51 puts a room's ", sala 5" into the Brazilian street
// address before it, over a letter glued to the house's number
// ("Av. Getúlio Vargas, 1340-N, sala 5"). ADDRESS.
func (a *analysis) roomAfterAddress51(k int) {
	n := len(a.toks)
	if !a.pt || k < 2 || k+1 >= n || a.toks[k].shape != shLower || !a.isPunct(k-1, ",") || a.toks[k+1].kind != kNum || a.toks[k+1].e-a.toks[k+1].s > 4 ||
		a.toks[k].nl || a.toks[k+1].nl || a.toks[k+1].gap != 1 {
		return
	}
	p := k - 2
	// ("1340-N")
	if p >= 2 && a.isWord(p) && a.toks[p].shape == shSingle && a.isPunct(p-1, "-") && a.toks[p].gap == 0 && a.toks[p-1].gap == 0 && a.toks[p-2].kind == kNum {
		p -= 2
	}
	e := int(a.toks[p].e)
	for _, c := range a.cands {
		if c.e == e && c.typ == TypeAddress {
			a.add(c.s, int(a.toks[k+1].e), TypeAddress, c.score, pAddress)
			return
		}
	}
}

// otherFieldBefore51: the words before a Brazilian address's number
// cross into another field: a CNPJ's or a CPF's label, or (outside OCR)
// a gap of three blanks between a form's fields.
func otherFieldBefore51(head string, ocr bool) bool {
	return strings.Contains(head, "CNPJ") || strings.Contains(head, "CPF") || !ocr && strings.Contains(head, "   ")
}

// layover51: the words after "escala" make it a flight's stop, no scale
// ("11/10: escala em Joanesburgo").
func layover51(s string) bool {
	return strings.HasPrefix(s, " em ") || strings.HasPrefix(s, " no ") || strings.HasPrefix(s, " na ")
}
