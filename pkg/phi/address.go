package phi

import (
	"regexp"
	"strings"
)

const streetTypes = `Street|St|Avenue|Ave|Av|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Terrace|Ter|Trail|Trl|Circle|Cir|Highway|Hwy|Square|Sq|Loop|Alley|Aly|Pike|Plaza|Path|Row|Crossing|Xing|Run|Walk|Pass|Point|Bend|Creek|Ridge|Hill|Heights|Hts|Turnpike|Tpke|Expressway|Expy|Freeway|Fwy|Broadway|Commons|Cove|Glen|Grove|Park|View|Vista|Landing|Harbor|Meadow|Meadows|Mews|Close|Crescent|Cres|Gardens|Estates|Trace|Spur|Center|Ctr|Route|Rte|Thruway|Throughway|Causeway|Cswy|Beltway|Bypass|Terr|Quay|Concourse`

var (
	// US street addresses ("4410 Sunbury Road", "2200 N. Lakeshore Dr.,
	// Suite 410", "1091 Boulevard SE", "5100 Broadway") are matched by
	// addrUSAt (addrus.go), which does what the pattern in addrus_test.go did.

	// Utah-style grid addresses: "455 N 300 E".
	reAddrGrid = regexp.MustCompile(`^\d{1,6}\s+[NSEW]\.?\s+\d{1,5}\s+[NSEW]\b\.?(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?\s*[A-Za-z0-9\-]{1,6}\b)?`)
	// Spanish street names in the US Southwest: "1847 Calle de Oro",
	// "12 Camino del Sol", "209 Calle Santa Rita"; French ones in
	// Louisiana: "612 Rue Belle Terre"
	reAddrCalle = regexp.MustCompile(`^\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:Calle|Camino|Paseo|Avenida|Vereda|Callejon|Rue|Via)\s+(?:(?:de|del|de la|de los|de las|la|las|los|el|du|des|le)\s+)?\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,3}`)
	rePOBox     = regexp.MustCompile(`^(?i)(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Caixa\s+Postal)\s*#?\s*\d+`)
	// rural routes: "RR 2 Box 418", "HC 64 Box 12", "Rural Route 3, Box 7",
	// "Rte 4 Box 27"
	reRuralRoute = regexp.MustCompile(`^(?:RR|R\.R\.|HC|Rural\s+Route|Star\s+Route|Rte?\.?|Route)\s*#?\s*\d{1,4},?\s+(?:Box|BOX)\s*#?\s*\d{1,5}`)
	// numbered routes: "45 Route 9W, Suite 3", "1200 State Hwy 30"
	reAddrRoute = regexp.MustCompile(`^\d{1,6}\s+(?:(?:State|County|US|U\.S\.|SR|CR)\s+)?(?:Route|Rte|Highway|Hwy|Road)\s+\d{1,4}[A-Z]?\b(?:,?\s+(?:Suite|Ste|Unit|Apt|Floor|Fl|#)\.?\s*#?\s*[A-Za-z0-9\-]+)?`)
	// Brazilian addresses ("Rua Luís Bordini, 80", "Av. Djalma Batista,
	// 1661, loja 12") are matched by addrBRAt (addrbr.go), which does what
	// the pattern in addrbr_test.go did.
	// Brasília: "QNL 14, Conjunto C, Casa 22", "SQN 308 Bloco C apto 201".
	reAddrDF = regexp.MustCompile(`^(?:Q[A-Z]{1,3}|SQ[NS]W?|SH[A-Z]{1,3}|SC[A-Z]{1,3}|SB[NS]|SRTV[NS]|SE[NS]|CL[NS]|EQ[NS]|SMPW|SMDB|SMLN|SHIN|SHIS|QI|QL)\s+(?:\d{1,4}|(?i:Quadra|Qd\.?)\s*\d{1,4})(?:\s*,?\s*(?i:Conjunto|Conj\.?|Bloco|Bl\.?|Casa|Lote|Lt\.?|Apto?\.?|Apartamento|Quadra|Qd\.?|Sala|Loja|Andar|Torre)\s*[\w\-]+)+`)
	// Planned-city blocks outside Brasília: "Quadra 12, Conjunto B, Casa 9".
	// (and Palmas's: "Quadra 208 Sul, Alameda 9, Lote 12")
	reAddrQuadra = regexp.MustCompile(`^(?:Quadra|QUADRA|Qd\.?|QD\.?)\s*\d{1,4}[A-Z]?(?:\s+(?:Norte|Sul|NORTE|SUL))?(?:\s*,?\s*(?i:Conjunto|Conj\.?|Bloco|Bl\.?|Casa|Lote|Lt\.?|Apto?\.?|Apartamento|Sala|Loja|Alameda|Al\.)\s*[\w\-]+)+`)
	// rural Brazil: "Linha 94, lote 12, gleba 3", "Ramal do Pau Rosa, km 12"
	reAddrRural   = regexp.MustCompile(`^(?:Linha|Travess[aã]o|Ramal|Vicinal|Gleba|Estrada Vicinal)\s+(?:\d{1,4}|[A-Z]-?\d{1,4}|(?:d[aoe]s?\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2})(?:\s*,?\s*(?:(?i:lote|lt\.?|gleba|km|quadra|qd\.?|s[ií]tio|ch[aá]cara)\s*\d{1,4}))+`)
	reAddrBRLower = regexp.MustCompile(`^(?:rua|avenida|av\.?|travessa|alameda|estrada)\s+(?:(?:d[aeo]s?|[a-zà-úA-ZÀ-Ú][a-zà-ú]{2,})\s+){1,4}(?:n[º°o]?\.?\s*)?\d{1,5}\b(?:\s*,?\s*(?:casa|apto?|ap|bloco|bl)\s*\w{1,4}|\s*,?\s*fundos)?`)
)

func (a *analysis) detectAddresses() {
	s := a.norm
	n := len(a.toks)
	for i := 0; i < n; i++ {
		t := a.toks[i]
		p := int(t.s)
		if a.nidx != nil {
			p = a.normPos(p) // (not inlined in a function this size: most notes need no call)
		}
		switch t.kind {
		case kNum, kAlnum:
			if !isDigit(a.text[t.s]) || t.e-t.s > 7 || i+1 >= n || a.toks[i+1].nl || a.toks[i+1].gap > 3 {
				continue
			}
			if i > 0 && a.toks[i].gap == 0 && a.toks[i-1].kind != kPunct {
				continue
			}
			nx := a.toks[i+1]
			if nx.kind == kWord && nx.gap <= 2 && i+2 < n && !a.toks[i+2].nl && (calleWord(a.folded(i+1)) ||
				nx.shape == shSingle && compassAbbr[a.tokText(i+1)] && (a.isWord(i+2) && calleWord(a.folded(i+2)) || a.isPunct(i+2, ".") && i+3 < n && a.isWord(i+3) && calleWord(a.folded(i+3)))) {
				if m := a.matchAt(reAddrCalle, p, 80); m != nil {
					a.addNorm(m[0], m[1], TypeAddress, 0.8, pAddress)
					continue
				}
			}
			// (OCR spaces house numbers digit by digit: "1 4 8 Donner Pass Rd")
			if (nx.kind == kWord && (nx.shape != shLower || a.ocr) || nx.kind == kAlnum || a.ocr && nx.kind == kNum && nx.gap == 1 && nx.e-nx.s == 1) && a.streetWordAhead(i+1) {
				if m := a.matchAt(reAddrRoute, p, 60); m != nil {
					a.addNorm(m[0], m[1], TypeAddress, 0.8, pAddress)
					continue
				}
				w := window(s, p, 120)
				if e := addrUSAt(w); e >= 0 && !a.addrFalse(s[p:p+e]) {
					a.addNorm(p, p+numberedRoadEnd(w, e), TypeAddress, 0.85, pAddress)
					continue
				}
				if gridStart(window(s, p, 40)) {
					if m := a.matchAt(reAddrGrid, p, 60); m != nil {
						a.addNorm(m[0], m[1], TypeAddress, 0.8, pAddress)
					}
				}

			}
		case kWord:
			if t.shape == shLower && !a.ocr {
				// chat messages write streets in lower case: "rua
				// itapiranga 221 casa 2"; a house number is required
				if a.cue(i)&cuBRLowStreet != 0 && brLowerStreets[a.tokText(i)] && i+1 < n && a.isWord(i+1) && (a.lexOf(i+1)&lxParticle != 0 || a.lexOf(i+1)&lxStop == 0 && (a.lexOf(i+1)&lxCommon == 0 || a.lexOf(i+1)&(lxPlace|lxName|lxGiven) != 0)) {
					if m := a.matchAt(reAddrBRLower, p, 90); m != nil && !quantityAfter(s[m[1]:]) {
						a.addNorm(m[0], m[1], TypeAddress, 0.75, pAddress)
					}
				}
				continue
			}
			// "on NE 3rd St", "off W 14th Street": a numbered street after a
			// place preposition
			if t.shape == shTitle && i >= 2 && !a.toks[i].nl && a.toks[i].gap == 1 && a.cue(i)&cuUSStreet != 0 && (a.toks[i-1].kind == kAlnum && ordinalRx.MatchString(a.tokText(i-1)) || a.ordinalWordAt44(i-1)) { // (or in words, "on W. Fourth St": round44.go)
				l := i - 1
				if l > 0 && a.isWord(l-1) && a.toks[l].gap == 1 && compassAbbr[a.tokText(l-1)] {
					l--
				} else if l > 1 && a.isPunct(l-1, ".") && a.toks[l].gap == 1 && a.toks[l-1].gap == 0 && a.isWord(l-2) && compassAbbr[a.tokText(l-2)] {
					l -= 2 // "N. 72nd St"
				}
				if l > 0 && a.isWord(l-1) && streetPreps[a.folded(l-1)] && !a.isClaimed(a.toks[l]) {
					e := int(t.e)
					if i+1 < n && a.isPunct(i+1, ".") && a.toks[i+1].gap == 0 {
						e = int(a.toks[i+1].e)
					}
					a.add(int(a.toks[l].s), e, TypeAddress, 0.6, pAddress)
				}
			}
			// (not when an organisation's head follows: "Park Street
			// Pharmacy", "Broad Street Pediatrics" are practices)
			if t.shape == shTitle && i > 0 && !a.toks[i].nl && a.toks[i].gap == 1 && a.toks[i-1].shape == shTitle && a.cue(i)&cuUSStreet != 0 &&
				!(i+1 < n && a.isWord(i+1) && a.toks[i+1].gap == 1 && a.cue(i+1)&cuOrgSuffix != 0 && a.toks[i+1].shape == shTitle) && !a.compassSaintTown(i) && !(a.pt && a.folded(i) == "st") &&
				// (nor a word before the head: "Wichita Street Outreach
				// Collaborative")
				!(i+2 < n && a.isWord(i+1) && a.isWord(i+2) && a.toks[i+1].shape == shTitle && a.toks[i+2].shape == shTitle && a.toks[i+1].gap == 1 && a.toks[i+2].gap == 1 &&
					!a.toks[i+1].nl && !a.toks[i+2].nl && a.cue(i+2)&cuOrgSuffix != 0 && a.cue(i+2)&cuWeakOrgHead == 0) {
				// "on Flatbush Ave", "off Route 9": a street without a number
				if l := a.streetLeft(i); l < i {
					e := int(t.e)
					if i+1 < n && a.isPunct(i+1, ".") && a.toks[i+1].gap == 0 {
						e = int(a.toks[i+1].e)
					}
					a.add(int(a.toks[l].s), e, TypeAddress, 0.5, pAddress)
				}
			}
			f := a.folded(i)
			switch {
			// (a lone "R." in English text is an initial: "Eugene R. Pelkey")
			// ("Vara da Fazenda Pública": the treasury, no farm)
			// (nor after a given name in Portuguese: "Celso R. Wakabayashi")
			case a.cue(i)&cuBRStreet != 0 && !(f == "r" && !a.pt) && !(f == "fazenda" && i+1 < n && treasuryWords[a.folded(i+1)]) &&
				!(f == "r" && t.shape == shSingle && i > 0 && !t.nl && t.gap == 1 && a.isWord(i-1) && a.toks[i-1].shape == shTitle && a.lexOf(i-1)&lxGiven != 0 && a.lexOf(i-1)&(lxStop|lxPlace) == 0) &&
				// (nor "AV" without its dot before a lower-case or clinical
				// word: "AV block", "AV OE conta dedos" is an acuity)
				!(f == "av" && t.shape == shUpper && !a.isPunct(i+1, ".") && i+1 < n && (!a.isWord(i+1) || a.toks[i+1].shape == shLower || a.lexOf(i+1)&(lxStop|lxMedical|lxCred) != 0 || a.toks[i+1].e-a.toks[i+1].s <= 2)):
				e := -1
				if w := window(s, p, 140); brNumberAhead(w) {
					e = addrBRAt(w)
					// (an initial before a surname and a dash, "R. Medeiros -
					// COREN-RN 412.009", "R. Magalhães - 11/06/2024": a
					// signer, not "Rua")
					// (nor a farm's name before its CNPJ: "Fazenda Nova Aliança -
					// CNPJ 38.146.921/0001-30")
					if e >= 0 && (f == "r" && t.shape == shSingle || ruralPropertyWords[f]) && strings.Contains(w[:addrBRHead(w)], " - ") {
						e = -1
					}
					// (nor a name whose number is another field's: "Fazenda
					// Santa Rita Agropecuária Ltda.     CNPJ: 15.218.409/…",
					// round 51)
					if e >= 0 && otherFieldBefore51(w[:addrBRHead(w)], a.ocr) {
						e = -1
					}
					// (nor an ordinal the name ran on to, past a sentence:
					// "na Rua Augusta. Procurou a 1ª Delegacia")
					if e >= 0 && (strings.HasPrefix(w[e:], "ª") || strings.HasPrefix(w[e:], "º")) {
						e = -1
					}
				}
				if e < 0 && ruralRoadWords[f] {
					if m := a.matchAt(reAddrRural, p, 90); m != nil {
						a.addNorm(m[0], m[1], TypeAddress, 0.8, pAddress)
						continue
					}
				}
				if e >= 0 {
					a.addNorm(p, p+e, TypeAddress, 0.85, pAddress)
				} else if (len(f) > 2 || f == "av" && a.isPunct(i+1, ".")) && t.shape == shTitle && !a.sentenceStartWord(i) &&
					// (in English "Alameda" names a county: "the Alameda
					// County Assessor's Office", round 46)
					(a.pt || i+1 >= n || !a.isWord(i+1) || !localBodyWords[a.folded(i+1)]) &&
					// (a farm inside a longer name: "Comunidade Terapêutica
					// Fazenda Nova Aliança")
					!(ruralPropertyWords[f] && a.capShape(i-1) && !t.nl && t.gap == 1) &&
					// (nor one that names a body after its head: "Policlínica
					// Regional do Largo da Batalha")
					!(i >= 2 && a.isWord(i-1) && a.toks[i-1].shape == shLower && orgConnector(a.folded(i-1)) && !t.nl && !a.toks[i-1].nl && a.capShape(i-2) && a.orgRunBefore(i-2)) {
					// a street named without its number: "na Rua Tabapuã"
					k := i + 1
					if k < n && a.isPunct(k, ".") {
						k++
					}
					if j := a.streetNameRun(k); j > k {
						a.add(int(t.s), int(a.toks[j-1].e), TypeAddress, 0.55, pAddress)
					}
				}
			case f == "rr" || f == "hc" || f == "rural" || f == "star" || f == "r" && t.shape == shSingle || (f == "rt" || f == "rte" || f == "route") && t.shape == shTitle:
				if m := a.matchAt(reRuralRoute, p, 40); m != nil {
					a.addNorm(m[0], m[1], TypeAddress, 0.85, pAddress)
				}
			case f == "po" || f == "p" || f == "post" || f == "caixa":
				if m := a.matchAt(rePOBox, p, 40); m != nil {
					a.addNorm(m[0], m[1], TypeAddress, 0.9, pAddress)
				}
			case a.cue(i)&cuRuralRoad != 0 && t.shape == shTitle && !a.isClaimed(t) && !a.phoneRamal44(i):
				if m := a.matchAt(reAddrRural, p, 90); m != nil {
					a.addNorm(m[0], m[1], TypeAddress, 0.8, pAddress)
				}
			case (f == "quadra" || f == "qd") && !a.isClaimed(t):
				if m := a.matchAt(reAddrQuadra, p, 80); m != nil {
					a.addNorm(m[0], m[1], TypeAddress, 0.8, pAddress)
				}
			case t.shape == shUpper && t.e-t.s >= 2 && t.e-t.s <= 4 && strings.IndexByte("QSCE", a.text[t.s]) >= 0:
				if !dfStart(window(s, p, 80)) {
					// reAddrDF cannot match
				} else if m := a.matchAt(reAddrDF, p, 80); m != nil {
					a.addNorm(m[0], m[1], TypeAddress, 0.85, pAddress)
				}
			}
		}
	}
	for _, cl := range a.numericClusters() {
		if cl.glued {
			continue
		}
		v := s[cl.s:cl.e]
		if cl.digits == 8 && cl.seps&2 != 0 {
			if isCEP(v) {
				a.addNorm(cl.s, cl.e, TypeZIP, 0.8, pZip)
			}
			continue
		}
		// (a ZIP closing a bracket: "(…, Salt Lake City, UT 84116)")
		e := cl.e
		if cl.seps&16 != 0 && strings.IndexByte(v, '(') < 0 && strings.IndexByte(v, ')') == len(v)-1 {
			e--
			v = v[:len(v)-1]
		}
		if (cl.digits == 5 && len(v) == 5 || cl.digits == 5 && cl.seps&^8 == 0 || cl.digits == 9 && cl.seps == 2) && a.stateBefore(cl.s) {
			a.addNorm(cl.s, e, TypeZIP, 0.9, pZip)
		}
	}
}

// isCEP reports whether v is a whole CEP, 12345-678 or 12.345-678 (what
// the pattern \b\d{5}-\d{3}\b|\b\d{2}\.\d{3}-\d{3}\b matched from its
// first byte to its last).
func isCEP(v string) bool {
	switch len(v) {
	case 9:
		return digitsN(v, 0, 5) && v[5] == '-' && digitsN(v, 6, 3)
	case 10:
		return digitsN(v, 0, 2) && v[2] == '.' && digitsN(v, 3, 3) && v[6] == '-' && digitsN(v, 7, 3)
	}
	return false
}

// streetTypeSet holds the street types of addrUSAt, as written.
var streetTypeSet = set(strings.ReplaceAll(streetTypes, "|", " "))

// window returns the at most n bytes of s from pos (what matchAt reads).
func window(s string, pos, n int) string {
	if pos < 0 || pos >= len(s) {
		return ""
	}
	return s[pos:min(pos+n, len(s))]
}

// gridStart reports whether w starts as reAddrGrid needs: one to six
// digits, blanks, then N, S, E or W.
func gridStart(w string) bool {
	d := 0
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	if d == 0 || d > 6 || d == len(w) || !isRESpace(w[d]) {
		return false
	}
	for d < len(w) && isRESpace(w[d]) {
		d++
	}
	return d < len(w) && strings.IndexByte("NSEW", w[d]) >= 0
}

// treasuryWords after "Fazenda" make it the treasury, not a farm.
var treasuryWords = set(`publica nacional estadual municipal`)

var brStreetWords = set(`rua r avenida av travessa tv trav alameda al estrada estr rodovia rod praca pca largo viela beco ladeira servidao
	ramal sitio fazenda chacara vicinal linha`)

// stateBefore: a US state (abbreviation or name) right before norm offset i.
func (a *analysis) stateBefore(i int) bool {
	s := a.norm
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == ',' || s[k-1] == '.') && i-k < 4 {
		k--
	}
	j := k
	for j > 0 && (isASCIILetter(s[j-1]) || s[j-1] == ' ' && j-2 >= 0 && isASCIILetter(s[j-2]) && k-j < 14 && isASCIIUpper(s[j])) {
		j--
	}
	// take the last one or two words
	w := strings.TrimSpace(s[j:k])
	if w == "" || k == i {
		return false
	}
	last := w
	if sp := strings.LastIndexByte(w, ' '); sp >= 0 {
		last = w[sp+1:]
	}
	if len(last) == 2 && usStates[last] {
		return true
	}
	return a.v.lookup(foldString(w))&lxRegion != 0 || a.v.lookup(foldString(last))&lxRegion != 0
}

// addrFalse rejects street-shaped clinical phrases ("2 Dr visits").
func (a *analysis) addrFalse(v string) bool {
	f := strings.Fields(v)
	if len(f) < 2 {
		return true
	}
	last := strings.TrimRight(f[len(f)-1], ".,")
	if (last == "Dr" || last == "St" || last == "Pl" || last == "Ct" || last == "Center" || last == "Park" || last == "View" || last == "Point" || last == "Run" || last == "Walk" || last == "Pass") && len(f) == 2 {
		return true
	}
	// a dose or quantity before the words: "40 mg", "3 Way"
	w := strings.ToLower(f[1])
	switch w {
	case "mg", "ml", "units", "days", "weeks", "tabs", "x":
		return true
	}
	return false
}

var streetWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(streetTypes, "|") {
		m[strings.ToLower(w)] = true
	}
	for _, w := range []string{"n", "s", "e", "w"} {
		m[w] = true // grid addresses
	}
	return m
}()

// streetWordAhead: a street type word among the next few tokens of the line.
func (a *analysis) streetWordAhead(i int) bool {
	for k := i; k < len(a.toks) && k < i+8; k++ {
		if k > i && a.toks[k].nl {
			return false
		}
		if a.toks[k].kind == kWord && (a.toks[k].shape != shLower || a.ocr) && a.cue(k)&cuStreet != 0 {
			return true
		}
	}
	return false
}

// Street types that name a street on their own after a proper word.
var usStreetTypes = set(`street st avenue ave road rd boulevard blvd lane ln highway hwy parkway pkwy turnpike expressway
	freeway pike drive`)

// streetLeft returns the first of one to three capitalised words before
// the street type at i that are no cue, month or medical word, and not
// claimed; i if there are none.
func (a *analysis) streetLeft(i int) int {
	l, med := i, false
	for l > 0 && i-l < 3 {
		p := l - 1
		if a.toks[p].kind != kWord || a.toks[p].shape != shTitle || a.claimedAt(p) || a.toks[l].nl || a.toks[l].gap > 1 {
			break
		}
		// a state or a month names streets too ("Washington St", "Virginia
		// Ave") when it is right before the street type
		if a.lexOf(p)&(lxStop|lxTitle|lxOrgHead) != 0 || a.lexOf(p)&(lxRegion|lxMonth) != 0 && p != i-1 {
			break
		}
		med = med || a.lexOf(p)&lxMedical != 0
		l = p
	}
	// (a word that is also a medical one, "Walnut", "Little", names a
	// street only after a street's preposition: "off Little Walnut Rd")
	if med && !(l > 0 && a.isWord(l-1) && a.toks[l-1].shape == shLower && streetPreps[a.folded(l-1)] && !a.toks[l].nl) {
		l = i
		for l > 0 && i-l < 3 && a.isWord(l-1) && a.lexOf(l-1)&lxMedical == 0 && a.toks[l-1].shape == shTitle && !a.claimedAt(l-1) && !a.toks[l].nl && a.toks[l].gap <= 1 &&
			a.lexOf(l-1)&(lxStop|lxTitle|lxOrgHead) == 0 && !(a.lexOf(l-1)&(lxRegion|lxMonth) != 0 && l-1 != i-1) {
			l--
		}
	}
	for l < i && a.sentenceStart(l) && a.lexOf(l)&lxCommon != 0 && a.lexOf(l)&(lxName|lxPlace) == 0 {
		l++ // "Also Main Street"
	}
	if l == i || a.sentenceStartWord(l) && i-l < 2 {
		return i
	}
	// "Ave" after a single common word needs a word that is no common
	// word ("Flatbush Ave"; not "Main Street" alone is fine, it is an address)
	return l
}

// quantityAfter: the number read as a house number is a quantity ("2 dias").
func quantityAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, u := range []string{"dia", "hora", "ano", "mes", "mês", "semana", "vez", "min", "x ", "mg", "ml", "kg", "km", "anos", "h "} {
		if strings.HasPrefix(rest, u) {
			return true
		}
	}
	return false
}

// ruralPropertyWords head a farm's or a country house's name, which a
// dash and a document's label may follow before any number.
var ruralPropertyWords = set(`fazenda sitio chacara`)

var brLowerStreets = map[string]bool{"rua": true, "avenida": true, "av": true, "travessa": true, "alameda": true, "estrada": true}

var (
	ordinalRx   = regexp.MustCompile(`^\d{1,3}(?:st|nd|rd|th)$`)
	compassAbbr = map[string]bool{"N": true, "S": true, "E": true, "W": true, "NE": true, "NW": true, "SE": true, "SW": true}
	streetPreps = set(`on off at near along`)
)

func (a *analysis) sentenceStartWord(i int) bool { return a.sentenceStart(i) }

// streetNameRun: capitalised words (with da, de, do, das, dos) naming a
// street from token k; returns the end.
func (a *analysis) streetNameRun(k int) int {
	j, words := k, 0
	for j < len(a.toks) && words < 5 {
		t := a.toks[j]
		if t.nl || t.gap > 1 || a.claimedAt(j) || t.kind != kWord {
			break
		}
		if t.shape == shTitle || t.shape == shUpper && t.e-t.s > 1 {
			if a.lexOf(j)&(lxStop|lxMonth) != 0 {
				// a street named after a titled person: "Av. Madre Leônia
				// Milito", "Rua Padre Anchieta" (round 53)
				if q := a.titledStreet53(j); j == k && q > j {
					j = q
					continue
				}
				break
			}
			j++
			words++
			continue
		}
		if a.lexOf(j)&lxParticle != 0 && j+1 < len(a.toks) && a.capShape(j+1) {
			j++
			continue
		}
		break
	}
	if words == 0 {
		return k
	}
	return j
}

// districtAfterAddress: a district or city written right after a street
// address, before the end of the line or the next separator ("Rua Barão
// de Jaguara, 1120, Centro", "Praça Almeida Couto, 500 - Nazaré - Salvador").
func (a *analysis) districtAfterAddress() {
	for ci := range a.cands {
		c := a.cands[ci]
		if c.typ != TypeAddress {
			continue
		}
		for seg := 0; seg < 2; seg++ {
			e, ok := a.segmentAfter(c.e)
			if !ok {
				break
			}
			c.e = e
		}
		if !a.pt {
			a.zipAfterAddress(c.e)
		}
	}
}

// zipAfterAddress: a US address whose state was left out, said or typed as
// "2216 Elm Street, 54703" or "…Mill Rd, Grafton, 53024" (a district or
// town already read by segmentAfter): a five-digit number after a comma,
// closing the line or the sentence; a spoken filler word or two between
// ("…Street, yep, 54703").
func (a *analysis) zipAfterAddress(end int) {
	n := len(a.toks)
	k := a.firstTokenFrom(end)
	if k >= n || a.toks[k].nl || !a.isPunct(k, ",") {
		return
	}
	k++
	for w := 0; w < 2 && k < n && a.isWord(k) && a.toks[k].shape == shLower && !a.toks[k].nl; w++ {
		j := k + 1 // ("uh-huh")
		for j+1 < n && a.isPunct(j, "-") && a.toks[j].gap == 0 && a.isWord(j+1) && a.toks[j+1].gap == 0 && j-k < 4 {
			j += 2
		}
		if !a.isPunct(j, ",") {
			break
		}
		k = j + 1
	}
	if k >= n || a.toks[k].nl || a.toks[k].kind != kNum || a.toks[k].e-a.toks[k].s != 5 || a.claimedAt(k) {
		return
	}
	if k+1 < n && !a.toks[k+1].nl && !(a.isPunct(k+1, ".") || a.isPunct(k+1, ",") || a.isPunct(k+1, ";") || a.isPunct(k+1, ")")) {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[k].e), TypeZIP, 0.8, pZip)
}

// segmentAfter reads, after an address (or a district) ending at byte end,
// the next comma- or dash-separated run of capitalised words on the line
// ("…, 4214 - Batel, Curitiba/PR") and adds it as a location. It returns
// the end of that run.
func (a *analysis) segmentAfter(end int) (int, bool) {
	n := len(a.toks)
	{
		k := a.firstTokenFrom(end)
		if k+1 >= n || a.toks[k].nl || !(a.isPunct(k, ",") || a.isPunct(k, "-") || a.isPunct(k, "–")) {
			return 0, false
		}
		i := k + 1
		// "Rua Sanhauá, 312, no Varadouro": a preposition before the district
		if i+1 < n && !a.toks[i].nl && a.isWord(i) && a.toks[i].shape == shLower && districtPreps[a.folded(i)] && !a.toks[i+1].nl {
			i++
		}
		if a.toks[i].nl || a.toks[i].shape != shTitle || a.claimedAt(i) {
			return 0, false
		}
		j, words := i, 0
		for j < n && !a.toks[j].nl && words < 4 {
			if a.toks[j].kind == kWord && (a.toks[j].shape == shTitle || j > i && a.lexOf(j)&lxParticle != 0 && a.toks[j].shape == shLower) {
				j++
				words++
				continue
			}
			break
		}
		for j > i && a.toks[j-1].shape == shLower {
			j--
		}
		if j == i {
			return 0, false
		}
		// a numbered zone: "…, 1530 - Zona 7, Maringá/PR"
		if j == i+1 && (a.folded(i) == "zona" || a.folded(i) == "setor") && j+1 < n && a.toks[j].kind == kNum && a.toks[j].e-a.toks[j].s <= 2 && !a.toks[j].nl &&
			(a.isPunct(j+1, ",") || a.isPunct(j+1, "-") || a.isPunct(j+1, "–") || a.toks[j+1].nl) {
			j++
		}
		// a town and its ZIP with no state between: "…6th St, Wausau 54403"
		zip := j < n && !a.toks[j].nl && a.toks[j].kind == kNum && a.toks[j].e-a.toks[j].s == 5 && !a.pt && (j+1 >= n || a.toks[j+1].nl || a.toks[j+1].kind == kPunct)
		// the run must end the line or meet a separator, never a number
		// ("Suite 4", "Casa 22") or more words of a sentence
		// (or closes the bracket the address opened: "(…, Slavic Village)")
		// (or a semicolon: "…, 1930, Aldeota; contato com …", round 53)
		if j < n && !a.toks[j].nl && !zip && !(a.isPunct(j, ",") || a.isPunct(j, "-") || a.isPunct(j, "–") || a.isPunct(j, "/") || a.isPunct(j, ")") && a.toks[j].gap == 0 || a.isPunct(j, ".") && (j+1 >= n || a.toks[j+1].nl) || a.isPunct(j, ";") && a.toks[j].gap == 0) {
			return 0, false
		}
		bad := false
		for q := i; q < j; q++ {
			if q > i && a.toks[q].shape == shLower && a.lexOf(q)&lxParticle != 0 {
				continue // "do" in "Ilha do Governador"
			}
			if a.lexOf(q)&(lxMonth|lxOrgHead|lxTitle|lxCred) != 0 && !(j == i+1 && (a.folded(q) == "centro" || a.placeDistrictBeforeCity(q, j))) && !(q > i && a.lexOf(q)&lxMonth != 0) || usStates[a.tokText(q)] || a.claimedAt(q) {
				bad = true
				break
			}
		}
		if bad {
			return 0, false
		}
		a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeLocation, 0.7, pLocation)
		if zip {
			a.add(int(a.toks[j].s), int(a.toks[j].e), TypeZIP, 0.8, pLabeled)
			return int(a.toks[j].e), true
		}
		return int(a.toks[j-1].e), true
	}
}

// dfStart reports whether w (from an upper-case word on) may match
// reAddrDF: the word is one of its block prefixes, then blanks, then a
// digit or the Q of "Quadra" or "Qd". A cheap test that spares most
// upper-case words the pattern; it never says no where the pattern
// matches.
func dfStart(w string) bool {
	l := 0
	for l < len(w) && isASCIIUpper(w[l]) {
		l++
	}
	// every prefix is upper-case letters followed by \s, so it is the
	// whole run of capitals
	if l < 2 || l > 5 || l == len(w) || !isRESpace(w[l]) || !dfPrefix(w[:l]) {
		return false
	}
	for l < len(w) && isRESpace(w[l]) {
		l++
	}
	return l < len(w) && (isDigit(w[l]) || w[l] == 'Q' || w[l] == 'q')
}

// dfPrefix reports whether p is matched whole by the prefixes of reAddrDF:
// Q[A-Z]{1,3}|SQ[NS]W?|SH[A-Z]{1,3}|SC[A-Z]{1,3}|SB[NS]|SRTV[NS]|SE[NS]|
// CL[NS]|EQ[NS]|SMPW|SMDB|SMLN|SHIN|SHIS|QI|QL.
func dfPrefix(p string) bool {
	switch {
	case p[0] == 'Q' && len(p) <= 4:
		return true
	case (p[:2] == "SH" || p[:2] == "SC") && len(p) >= 3:
		return true
	}
	switch p {
	case "SQN", "SQS", "SQNW", "SQSW", "SBN", "SBS", "SRTVN", "SRTVS", "SEN", "SES", "CLN", "CLS", "EQN", "EQS", "SMPW", "SMDB", "SMLN":
		return true
	}
	return false
}

// brNumberAhead reports whether w (from a street word on) may match
// addrBRAt (the pattern reAddrBR of addrbr_test.go): the number, "s/n" or "S/N" that ends the pattern's first part
// comes before any ';', '(' or ')' and before a second ','. A cheap test
// that spares street words without a number their backtracking; it never
// says no where the pattern matches.
func brNumberAhead(w string) bool {
	commas := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; c {
		case ';', '(', ')':
			return false
		case ',':
			if commas++; commas == 2 {
				return false
			}
		case '/':
			if i > 0 && i+1 < len(w) && (w[i-1] == 's' && w[i+1] == 'n' || w[i-1] == 'S' && w[i+1] == 'N') {
				return true
			}
		default:
			if isDigit(c) {
				return true
			}
		}
	}
	return false
}

// capsStreetType: v is a street type as pharmacy labels, claim forms and
// faxes print them, in capitals ("44 MAIN ST", "19 LEROY ST APT 2").
func capsStreetType(v string) bool {
	switch v {
	case "ST", "STREET", "AVE", "AVENUE", "RD", "ROAD", "DR", "DRIVE", "BLVD", "BOULEVARD", "LN", "LANE", "WAY", "CT", "COURT",
		"PL", "PLACE", "PKWY", "PARKWAY", "TER", "TERRACE", "TRL", "TRAIL", "CIR", "CIRCLE", "HWY", "HIGHWAY", "RTE", "ROUTE", "BROADWAY":
		return true
	}
	return false
}

// capsUnitWords open a unit after a capitals address.
var capsUnitWords = set(`APT APARTMENT STE SUITE UNIT RM ROOM BLDG LOT TRLR`)

// detectCapsAddresses reads street addresses written in capitals: a house
// number, one to three capital name words, a street type and an optional
// unit. (The mixed-case matcher wants "St", not "ST"; ECG shorthand such
// as "2 MM ST ELEVATION" is kept out by the name words and what follows.)
func (a *analysis) detectCapsAddresses() {
	n := len(a.toks)
	next := 0 // the first token not yet consumed by a match
	// (a street type in capitals)
	for _, ci := range a.caps {
		k := int(ci)
		t := a.toks[k]
		if k < 2 || k < next || t.kind != kWord || t.shape != shUpper || t.nl || !capsStreetType(a.tokText(k)) || a.claimedAt(k) {
			continue
		}
		if k+1 < n && !a.toks[k+1].nl && a.isWord(k+1) && a.lexOf(k+1)&lxMedical != 0 && a.toks[k+1].gap < 2 {
			continue // "ST ELEVATION" (not the town of the next field: "AVE  GRAND JUNCTION")
		}
		j := k - 1
		// (name words of three letters or more, a caps ordinal "15TH", a
		// compass letter or a lettered street: "944 E 15TH ST", "1035 G AVE")
		// (any word right before the type names streets too: "S UNION ST")
		for j >= 0 && k-j <= 3 && !a.toks[j+1].nl && (a.isWord(j) && a.toks[j].shape == shUpper && a.toks[j].e-a.toks[j].s >= 3 &&
			(a.lexOf(j)&(lxMedical|lxStop|lxCred|lxMonth) == 0 || j == k-1 && a.lexOf(j)&(lxCred|lxMonth) == 0 ||
				// (a common word the medical lists hold too: "GRAND RIVER AVE")
				a.lexOf(j)&(lxStop|lxCred|lxMonth) == 0 && a.lexOf(j)&lxCommon != 0 && a.toks[j].e-a.toks[j].s >= 3) && !capsStreetType(a.tokText(j)) ||
			a.toks[j].kind == kAlnum && capsOrdinalRx.MatchString(a.tokText(j)) ||
			a.isWord(j) && a.toks[j].e-a.toks[j].s == 1 && isASCIIUpper(a.text[a.toks[j].s]) && j > 0 && a.toks[j-1].kind != kPunct ||
			// a compass point of two letters after the number: "3318 NW 62ND ST"
			a.isWord(j) && a.toks[j].e-a.toks[j].s == 2 && compassAbbr[a.tokText(j)] && j > 0 && a.toks[j-1].kind == kNum && !a.toks[j].nl ||
			// a compass letter's full stop: "2210 S. DIXIE HWY" (round 57)
			a.isPunct(j, ".") && a.toks[j].gap == 0 && j >= 2 && a.isWord(j-1) && a.toks[j-1].e-a.toks[j-1].s == 1 && compassAbbr[a.tokText(j-1)] && a.toks[j-2].kind == kNum) {
			if a.toks[j].nl {
				j--
				break
			}
			j--
		}
		if j == k-1 || j < 0 || a.toks[j].kind != kNum || a.toks[j].e-a.toks[j].s > 6 || a.toks[j+1].nl || a.claimedAt(j) {
			continue
		}
		e := k + 1
		// a direction after the type: "3300 17TH AVE NW"
		if e < n && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && compassAbbr[a.tokText(e)] && (e+1 >= n || a.toks[e+1].nl || a.toks[e+1].gap >= 2 || a.isPunct(e+1, ",")) {
			e++
		}
		if e+1 < n && !a.toks[e].nl && a.isWord(e) && capsUnitWords[a.tokText(e)] && !a.toks[e+1].nl && (a.toks[e+1].kind == kNum || a.toks[e+1].kind == kAlnum || a.toks[e+1].kind == kWord && a.toks[e+1].e-a.toks[e+1].s <= 2) {
			e += 2
		}
		a.add(int(a.toks[j].s), int(a.toks[e-1].e), TypeAddress, 0.85, pAddress)
		next = e
	}
}

// capsOrdinalRx: a numbered street in capitals, "15TH", "2ND", "101ST".
var capsOrdinalRx = regexp.MustCompile(`^\d{1,3}(ST|ND|RD|TH)$`)

// districtPreps may introduce the district after an address.
var districtPreps = set(`no na em bairro`)

// calleWord: f starts a Spanish street name after a house number.
func calleWord(f string) bool {
	switch f {
	case "calle", "camino", "paseo", "avenida", "vereda", "callejon", "rue", "via":
		return true
	}
	return false
}

// ruralRoadWords start a rural address in Brazil ("Linha 94, lote 12").
var ruralRoadWords = set(`linha travessao ramal vicinal gleba estrada`)
