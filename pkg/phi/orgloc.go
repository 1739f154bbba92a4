package phi

import "strings"

// Organisations and locations.

// orgShaped: a token that may sit inside an organisation name.
func (a *analysis) orgShaped(k int) bool {
	t := a.toks[k]
	switch t.kind {
	case kWord:
		return t.shape != shLower || orgConnector(a.folded(k))
	case kNum, kAlnum:
		return true
	case kPunct:
		c := a.tokText(k)
		// (a glued slash between capitals: "Harbor OB/GYN Associates")
		return c == "&" || c == "'" || c == "’" || c == "-" || c == "." || c == "#" ||
			c == "/" && t.gap == 0 && k > 0 && k+1 < len(a.toks) && a.toks[k+1].gap == 0 && a.toks[k-1].shape == shUpper && a.toks[k+1].shape == shUpper
	}
	return false
}

func orgConnector(f string) bool {
	switch f {
	case "of", "the", "and", "for", "de", "da", "do", "das", "dos", "e", "s", "y", "del", "la", "at", "em", "na", "no", "nas", "nos", "por", "ao", "aos":
		return true
	}
	return false
}

// orgHeadAt reports a head word at k and whether it is a prefix head.
func (a *analysis) orgHeadAt(k int) (prefix, suffix bool, width int) {
	t := a.toks[k]
	if t.kind != kWord || t.shape == shLower {
		return false, false, 0
	}
	f := a.folded(k)
	// multi-token heads
	if f == "pronto" && k+2 < len(a.toks) && a.isPunct(k+1, "-") && a.folded(k+2) == "socorro" {
		return true, false, 3
	}
	// "Pronto Atendimento do Hospital X" names the hospital's emergency unit
	// (in title case: a heading in capitals names the service, "PRONTO
	// ATENDIMENTO PEDIÁTRICO")
	if f == "pronto" && t.shape == shTitle && k+1 < len(a.toks) && a.folded(k+1) == "atendimento" && a.toks[k+1].shape == shTitle {
		return true, false, 2
	}
	// "Ministério Público de Goiás": the public prosecutors' office ("Ministério
	// da Saúde" alone names a government department, no PHI)
	if f == "ministerio" && t.shape != shLower && k+1 < len(a.toks) && a.folded(k+1) == "publico" && !a.toks[k+1].nl {
		return true, false, 2
	}
	if f == "santa" && k+1 < len(a.toks) && a.folded(k+1) == "casa" {
		return true, false, 2
	}
	switch f {
	case "ong":
		// a non-governmental organisation in Portuguese: "ONG Patas que
		// Curam" (round 52)
		if a.pt && t.shape == shUpper {
			return true, false, 1
		}
	case "complexo", "samu", "rx":
		if p, s, w := a.orgHeadAt40(k, f); p || s {
			return p, s, w
		}
	}
	// "Children's Nebraska", "Children's Mercy": a children's hospital
	// named by its state or town ("Children's Tylenol" is a medicine)
	if f == "children" && t.shape == shTitle && k+3 < len(a.toks) && (a.isPunct(k+1, "'") || a.isPunct(k+1, "’")) && a.toks[k+1].gap == 0 &&
		a.folded(k+2) == "s" && a.toks[k+2].gap == 0 && a.toks[k+3].shape == shTitle && a.toks[k+3].gap == 1 && !a.toks[k+3].nl && a.lexOf(k+3)&(lxStop|lxMedical|lxMonth) == 0 &&
		!a.childrensHead52(k) {
		return true, false, 3
	}
	// "Pronto Socorro Municipal …" (the hyphen left out; in capitals a
	// heading names the service: "PRONTO SOCORRO INFANTIL")
	if f == "pronto" && t.shape == shTitle && k+1 < len(a.toks) && a.folded(k+1) == "socorro" && a.toks[k+1].shape == shTitle && a.toks[k+1].gap == 1 && !a.toks[k+1].nl {
		return true, false, 2
	}
	// "Corpo de Bombeiros Militar de Rondônia"
	if f == "corpo" && k+2 < len(a.toks) && a.folded(k+1) == "de" && a.folded(k+2) == "bombeiros" {
		return true, false, 3
	}
	if f == "home" && k+1 < len(a.toks) && (a.folded(k+1) == "care" || a.folded(k+1) == "health") {
		return false, true, 2
	}
	if f == "nursing" && k+1 < len(a.toks) && a.folded(k+1) == "home" {
		return false, true, 2
	}
	// "S/A" after a company name: "Cerâmica Porto Ferreira S/A"
	if f == "s" && a.toks[k].shape == shSingle && k+2 < len(a.toks) && a.isPunct(k+1, "/") && a.toks[k+1].gap == 0 && a.folded(k+2) == "a" && a.toks[k+2].gap == 0 {
		return false, true, 3
	}
	// "S.A." after a company name: "Ampara Saúde Assistência Médica S.A."
	if f == "s" && a.toks[k].shape == shSingle && k+2 < len(a.toks) && a.isPunct(k+1, ".") && a.toks[k+1].gap == 0 && a.folded(k+2) == "a" && a.toks[k+2].gap == 0 && k > 0 && a.capShape(k-1) {
		return false, true, 3
	}
	// "P.C." after a firm's name and a comma: "Harrell, Boone & Whitaker,
	// P.C." (the professional corporation of lawyers or physicians)
	if f == "p" && t.shape == shSingle && k+3 < len(a.toks) && a.isPunct(k+1, ".") && a.toks[k+1].gap == 0 && a.tokText(k+2) == "C" && a.toks[k+2].gap == 0 &&
		a.isPunct(k+3, ".") && a.toks[k+3].gap == 0 && k > 1 && a.isPunct(k-1, ",") {
		return false, true, 4
	}
	// "Chicago Fire Department", "Police Department", "Health Department"
	if f == "department" && k > 0 {
		switch a.folded(k - 1) {
		case "fire", "police", "health", "sheriff", "sheriffs", "transportation":
			return false, true, 1
		}
	}
	// a public body named by its state or town: "Oregon Department of
	// Motor Vehicles", "Departamento de Trânsito de Goiás" (a hospital's
	// "Department of Medicine" names no one)
	if f == "department" && k > 0 && !t.nl && a.toks[k-1].shape == shTitle && a.lexOf(k-1)&(lxRegion|lxPlace) != 0 &&
		k+2 < len(a.toks) && a.folded(k+1) == "of" && a.capShape(k+2) && !a.toks[k+2].nl {
		return true, true, 1
	}
	switch f {
	case "departamento", "nucleo", "promotoria", "servico", "coordenadoria":
		if a.placeEndsBody(k) && !a.serviceOfHead52(k, f) {
			return true, false, 1
		}
	case "ambulatorio": // (round 45)
		if a.placeEndsAmbulatory45(k) {
			return true, false, 1
		}
	}
	// "5º Distrito Policial de Campinas": a police station, not a district
	// (nor is "Distrito Sanitário Nordeste", a town's health district,
	// round 45)
	if f == "distrito" && k+1 < len(a.toks) && (a.folded(k+1) == "policial" || a.folded(k+1) == "sanitario") && !a.toks[k+1].nl {
		return true, false, 2
	}
	// "Maricopa County Juvenile Detention Complex" (a "QRS complex" or
	// "Tuberous Sclerosis Complex" has no such word before it)
	if f == "complex" && k > 0 && !t.nl && custodyWords[a.folded(k-1)] {
		return false, true, 1
	}
	// "SMS Maracanaú", "SMS Central de Regulação": the town's health
	// secretariat in Portuguese (a text message in English)
	if f == "sms" && a.pt && t.shape == shUpper && k+1 < len(a.toks) && !a.toks[k+1].nl && a.toks[k+1].gap == 1 && a.capShape(k+1) && (a.lexOf(k+1)&lxGiven == 0 || a.lexOf(k+1)&lxPlace != 0) {
		return true, false, 1
	}
	// "Uroclínica", "Policlínica", "Odontoclínica": a clinic by its name
	if len(f) > 8 && (strings.HasSuffix(f, "clinica") || strings.HasSuffix(f, "clinic")) {
		return true, false, 1
	}
	// in a letterhead in capitals, a specialty closes a practice's name as
	// "CARDIOLOGY" does, listed or not: "NORTHERN VALLEY CYTOPATHOLOGY"
	// (the medical shape of "-ology" words keeps them from being proper)
	if t.shape == shUpper && len(f) > 7 && strings.HasSuffix(f, "ology") && (k == 0 || t.nl || k+1 >= len(a.toks) || a.toks[k+1].nl || a.toks[k+1].gap >= 3) {
		return false, true, 1
	}
	c := a.cue(k)
	// "Physicians for Human Rights", "Center for Victims of Torture": a
	// head that names whom it serves after "for" (round 52)
	if c&cuOrgSuffix != 0 && t.shape == shTitle && k+2 < len(a.toks) && a.forServed52(k, f) {
		return true, false, 1
	}
	return c&cuOrgPrefix != 0, c&cuOrgSuffix != 0, 1
}

// legalForms close a firm's name, after a comma too ("Acme, Inc.");
// not "PC", a ventilator mode after a comma ("VM: PCV, PC 16"), but "P.C."
// with its dots ("p", the head orgHeadAt reads over them).
var legalForms = set(`llc pllc llp inc ltd ltda corp p`)

// custodyWords come before "Complex" in the name of a jail or a
// government campus.
var custodyWords = set(`detention correctional corrections justice juvenile government civic medical`)

// placeEndsBody: a "Departamento" at k whose name, on its line, ends in a
// state or a town after "de": "Departamento de Estradas de Rodagem do
// Paraná" (a hospital's "Departamento de Pediatria" does not).
func (a *analysis) placeEndsBody(k int) bool {
	n := len(a.toks)
	if k+2 >= n || a.folded(k+1) != "de" || a.toks[k+1].nl {
		return false
	}
	for j := k + 2; j < n && j < k+12 && !a.toks[j].nl; j++ {
		if !a.isWord(j) || !a.capShape(j) && !orgConnector(a.folded(j)) {
			return false
		}
		// (or an institution's acronym: "Núcleo de Apoio Jurídico ao
		// Refugiado da PUCPR", round 52)
		if j > k+3 && a.acronymEnd52(j) {
			return true
		}
		// (or a town of two words: "… de Belo Horizonte")
		if j > k+3 && a.toks[j].shape == shTitle && (a.lexOf(j)&(lxRegion|lxPlace) != 0 || a.raws[j]&lxRegionPrefix != 0 ||
			a.lexOf(j)&lxPlacePrefix != 0 && a.isWord(j+1) && a.toks[j+1].shape == shTitle && !a.toks[j+1].nl && a.lexOf(j+1)&(lxPlace|lxPlacePrefix) != 0) && a.isWord(j-1) && orgConnector(a.folded(j-1)) && a.toks[j-1].shape == shLower {
			return true
		}
	}
	return false
}

// orgRoleLabels are words that label an organisation's role in a note
// ("Employer Acme Roofing"); they are never part of its name.
var orgRoleLabels = set(`employer empregador employers insurer payer carrier supplier fornecedor contratante called contacted faxed emailed phoned ligou liguei`)

func (a *analysis) detectOrgs() {
	n := len(a.toks)
	wide := 1
	if a.ocr {
		wide = 3
	}
	next := 0 // the first token not yet consumed by a match
	// (orgHeadAt wants a capitalised word)
	for _, ci := range a.caps {
		h := int(ci)
		if h < next || a.claimedAt(h) || a.toks[h].shape == shMixed && a.cue(h)&(cuOrgPrefix|cuOrgSuffix) == 0 && a.compoundBrand(h) {
			continue
		}
		prefix, suffix, width := a.orgHeadAt(h)
		if !prefix && !suffix {
			continue
		}
		// the second word of a hospital's department ("… Hospital Blood
		// Bank", "… Hospital Pediatric Endocrinology") heads nothing
		if suffix && h >= 2 && !a.toks[h-1].nl && a.departmentAfter(h-1) {
			if p, s, _ := a.orgHeadAt(h - 2); (p || s) && !a.toks[h].nl {
				continue
			}
		}
		f := a.folded(h)
		// "Casa"/"Centro" need "de": Centro de Imagem, Casa de Saúde
		if (f == "centro" || f == "casa" || f == "comunidade" || f == "instituto" || f == "posto" || f == "unidade" || f == "empresa" || f == "loja" || f == "banco" || f == "espaco") && !(h+1 < n && a.isWord(h+1) && (a.folded(h+1) == "de" || a.folded(h+1) == "da" || a.folded(h+1) == "do" || a.capShape(h+1) ||
			a.folded(h+1) == "del" && !a.pt)) { // (a shelter in Spanish: "Casa del Peregrino", round 52)
			continue
		}
		// a head that can go both ways ("Hospital") acts as a suffix when a
		// capitalised word precedes it on the line
		if prefix && suffix {
			lc := h - 1
			if lc >= 2 && a.isWord(lc) && a.folded(lc) == "s" && a.toks[lc].gap == 0 && (a.isPunct(lc-1, "'") || a.isPunct(lc-1, "’")) {
				lc -= 2 // "Children's Hospital"
			}
			leftCap := h > 0 && !a.toks[h].nl && int(a.toks[h].gap) <= wide && lc >= 0 && a.capShape(lc) && !a.claimedAt(lc) && a.lexOf(lc)&lxTitle == 0
			// (or a campus glued by a hyphen: "Lehigh Valley Hospital-Cedar Crest")
			rightCap := h+1 < n && !a.toks[h+1].nl && int(a.toks[h+1].gap) <= wide && (a.capShape(h+1) ||
				a.isPunct(h+1, "-") && a.toks[h+1].gap == 0 && h+2 < n && a.toks[h+2].gap == 0 && a.toks[h+2].shape == shTitle && a.lexOf(h+2)&(lxStop|lxMedical) == 0 || a.isWord(h+1) && orgConnector(a.folded(h+1)) && h+2 < n && a.capShape(h+2) ||
				a.isWord(h+1) && a.folded(h+1) == "of" && h+3 < n && a.isWord(h+2) && a.folded(h+2) == "the" && a.capShape(h+3)) && // "Hospital of the Ozarks"
				!(a.tokText(h+1) == "ED" || a.tokText(h+1) == "ER" || a.cue(h+1)&cuDocType != 0 || leftCap && a.departmentAfter(h+1))
			switch {
			case leftCap && !rightCap:
				prefix = false
			case !leftCap:
				suffix = false
			}
		}
		// extend left over org-shaped tokens (suffix heads only)
		l := h
		for l > 0 && suffix && h-l < 12 {
			p := l - 1
			t := a.toks[l]
			if t.nl || int(t.gap) > wide {
				break
			}
			// "Whitcomb & Decker, PLLC": a firm's legal form after a comma
			if l == h && a.isPunct(p, ",") && a.toks[p].gap == 0 && p > 0 && legalForms[f] && a.toks[h].shape != shLower && a.capShape(p-1) && !a.claimedAt(p-1) {
				l = p
				continue
			}
			// a business named for its street: "Smiles on Main Pediatric
			// Dentistry" (round 50)
			if a.isWord(p) && a.toks[p].shape == shLower && a.folded(p) == "on" && a.en && p > 0 && !a.toks[p].nl && a.toks[p].gap == 1 && a.toks[l].shape == shTitle &&
				a.isWord(p-1) && a.toks[p-1].shape == shTitle && !a.claimedAt(p-1) && a.lexOf(p-1)&(lxStop|lxMonth|lxTitle) == 0 && a.cue(p-1)&cuPersonVerb == 0 {
				l = p
				continue
			}
			if !a.orgShaped(p) || a.claimedAt(p) {
				break
			}
			if a.toks[p].kind == kWord && a.toks[p].shape == shLower && !(a.folded(p) == "of" || a.folded(p) == "s" || a.folded(p) == "de" || a.folded(p) == "do" || a.folded(p) == "da" || a.folded(p) == "and" ||
				a.folded(p) == "for" && a.forInName52(p, l, h) || a.spanishDel54(p)) {
				break
			}
			// a person's verb opening the sentence: "Attends Little Acorns
			// Montessori" (round 50)
			if a.toks[p].kind == kWord && a.toks[p].shape == shTitle && a.cue(p)&cuPersonVerb != 0 && a.sentenceStart(p) {
				break
			}
			// a sentence's full stop ends it too ("... Bella Capri. Sapucaí
			// Imaging"), but not an abbreviation's ("St. Luke's"); and one
			// after a value ("Cr 0.9. Sleep 6 h", round 45)
			if a.isPunct(p, ".") && t.gap > 0 && p > 0 && (a.isWord(p-1) && a.toks[p-1].e-a.toks[p-1].s > 4 || a.toks[p-1].kind == kNum ||
				// (and after a time of day: "visited this AM. Funeral home",
				// round 50)
				a.isWord(p-1) && (a.folded(p-1) == "am" || a.folded(p-1) == "pm")) {
				break
			}
			// a label ends the left side: "Facility: X", "CLIENT: X"
			if a.isPunct(p, ":") || a.isPunct(p, "-") && a.toks[p].gap > 0 {
				break
			}
			// a person before "of": "Kathleen Dorsey of Midwest Legal Aid",
			// "Dr. Adaeze Nwankwo of Bull City Pediatrics" (round 52)
			if a.isWord(p) && a.toks[p].shape == shLower && a.folded(p) == "of" && l < h && a.personBeforeOf52(p) {
				break
			}
			// a hospital's department before it: "Treated in the ED of
			// Covington Regional Hospital" (round 50)
			if a.isWord(p) && a.folded(p) == "of" && p > 0 && a.isWord(p-1) && a.toks[p-1].shape == shUpper && deptAbbr50(a.tokText(p-1)) {
				break
			}
			// (a role spelled out right before the head is part of the name:
			// "Visiting Nurse Association", not "Dr. Clinic")
			// (nor one glued to the next word by a hyphen: "Nurse-Family
			// Partnership", round42.go)
			if a.toks[p].kind == kWord && (a.cue(p)&cuTitle != 0 && a.folded(p) != "st") && !(p == h-1 && a.toks[p].e-a.toks[p].s >= 5 && !a.isPunct(l, ".")) &&
				!(a.isPunct(p+1, "-") && a.toks[p+1].gap == 0 && a.toks[p+2].gap == 0 && a.toks[p].e-a.toks[p].s >= 5) {
				break
			}
			// "BIBA Cincinnati Fire": a clinical abbreviation is no part of it
			if a.toks[p].kind == kWord && arrivalAbbr[a.folded(p)] {
				break
			}
			// "Pt of Broad Street Pediatrics": a label word is no part of it
			// (but "Tri-State Patient Service Center": a collection site)
			if a.toks[p].kind == kWord && patientWords[a.folded(p)] && !a.patientServiceAt(p) {
				break
			}
			// "Employer Rio Grande Roofing": the role word names the field
			// (a plural inside the name is none: "Lone Star Employers
			// Mutual", round42.go)
			if a.toks[p].kind == kWord && orgRoleLabels[a.folded(p)] && !(a.folded(p) == "employers" && p > 0 && a.toks[p].shape == shTitle && !a.toks[p].nl && a.capShape(p-1) && !a.claimedAt(p-1)) {
				break
			}
			// two organisations joined by "and": "… Food Bank and Legal Aid
			// Society" (the one before the "and" is whole: an
			// institution's head after a capitalised word; a specialty
			// before "and" is part of one name: "Spine and Pain Center")
			if a.isWord(p) && (a.folded(p) == "and" || a.folded(p) == "e") && a.toks[p].shape == shLower && p >= 2 && a.isWord(p-1) && wholeOrgHeads[a.folded(p-1)] &&
				!a.toks[p].nl && !a.toks[p-1].nl && a.capShape(p-2) {
				break
			}
			// "À Amparo Saúde": the addressee's preposition
			if a.pt && a.toks[p].kind == kWord && (a.folded(p) == "a" || a.folded(p) == "ao" || a.folded(p) == "aos" || a.folded(p) == "as") && (p == 0 || a.toks[p].nl) {
				break
			}
			l = p
		}
		// a brand in mixed case before a prefix head names the place:
		// "DermaVale Clínica de Dermatologia"
		if prefix && !suffix && l == h && h > 0 && a.toks[h-1].kind == kWord && a.toks[h-1].shape == shMixed && isASCIIUpper(a.text[a.toks[h-1].s]) && !a.claimedAt(h-1) &&
			!a.toks[h].nl && int(a.toks[h].gap) <= wide && a.lexOf(h-1)&(lxMedical|lxStop) == 0 {
			l = h - 1
		}
		// a numbered court or office: "3ª Vara Cível de Itu", "1º Cartório"
		if prefix && l == h && h > 0 && a.ordinalAt(h-1) && !a.toks[h].nl && a.toks[h].gap <= 1 && !a.claimedAt(h-1) {
			l = h - 1
		}
		// drop leading connectors and punctuation ("Del Sol Medical Center"
		// keeps its capitalised "Del")
		for l < h && (a.toks[l].kind == kPunct || a.toks[l].kind == kWord && orgConnector(a.folded(l)) && a.toks[l].shape == shLower || a.toks[l].kind == kNum) {
			l++
		}
		// extend right ("Electric Co-op" keeps its "-op")
		r := h + width
		if r+1 < n && a.isPunct(r, "-") && a.toks[r].gap == 0 && a.toks[r+1].gap == 0 && a.isWord(r+1) && a.folded(r+1) == "op" && a.folded(r-1) == "co" {
			r += 2
		}
		for r < n && r-h < 14 {
			t := a.toks[r]
			if t.nl || int(t.gap) > wide || a.claimedAt(r) {
				break
			}
			if !a.orgShaped(r) {
				break
			}
			if t.kind == kPunct {
				c := a.tokText(r)
				if c == "-" && t.gap > 0 {
					break // " - " separates fields
				}
				if c == "-" && r+1 < n && a.toks[r+1].gap == 0 && a.isWord(r+1) && a.folded(r+1) == "op" && a.folded(r-1) == "co" {
					r += 2 // "Valley Electric Co-op"
					continue
				}
				if c == "." && !(r > 0 && a.toks[r-1].kind == kWord && (a.toks[r-1].e-a.toks[r-1].s <= 4)) {
					break
				}
				// "ESF Vila Nova. Acompanha na UBS": a full stop before a
				// sentence's first common word ends the name
				if c == "." && r+1 < n && a.toks[r+1].gap > 0 && !a.toks[r+1].nl && a.isWord(r+1) &&
					a.isWord(r-1) && a.toks[r-1].e-a.toks[r-1].s >= 3 && a.lexOf(r-1)&(lxTitle|lxCred) == 0 && a.lexOf(r+1)&(lxCommon|lxStop) != 0 && a.lexOf(r+1)&(lxOrgHead|lxPlace|lxName|lxGiven) == 0 {
					break
				}
				r++
				continue
			}
			if t.kind == kWord {
				g := a.folded(r)
				if r > h+width && (a.tokText(r) == "ED" || a.tokText(r) == "ER") {
					break // "Hospital-Cedar Crest ED": the department
				}
				// (a record's word right after a prefix head's "de" names the
				// office: "Cartório de Registro Civil")
				if docTypeWords[g] && t.shape != shLower && !((g == "department" || g == "dept") && r > 0 && (a.folded(r-1) == "police" || a.folded(r-1) == "fire" || a.folded(r-1) == "sheriff")) &&
					!a.publicBodyTail45(r) &&
					!(g == "service" && r == h+width && serviceFirms[a.folded(r-1)]) && !(prefix && r == h+width+1 && a.pt && a.isWord(r-1) && orgConnector(a.folded(r-1))) {
					break
				}
				if g == "department" || g == "dept" || g == "unit" && a.publicBodyTail45(r) {
					r++
					if r < n && a.isPunct(r, ".") && a.toks[r].gap == 0 && g == "dept" {
						r++
					}
					continue
				}
				// a unit's level in roman numerals: "CER IV Garanhuns",
				// "CAPS II de Barbalha"
				if prefix && r == h+width && t.shape == shUpper && romanLevels[a.tokText(r)] && unitAcronyms[a.folded(h)] && r+1 < n && !a.toks[r+1].nl &&
					(a.capShape(r+1) || a.isWord(r+1) && orgConnector(a.folded(r+1)) && r+2 < n && a.capShape(r+2)) {
					r++
					continue
				}
				// "S.A.", "S/A"
				if (g == "s" || g == "a") && t.shape == shSingle {
					r++
					continue
				}
				if t.shape == shLower && !orgConnector(g) {
					break
				}
				// (another institution after "at" is one of its own: "Diabetes
				// Clinic at Children's Nebraska")
				if g == "at" && t.shape == shLower && r+1 < n && a.capShape(r+1) && a.orgHeadStarts(r+1) {
					break
				}
				if prefix || a.orgHeadContinues(r) || orgConnector(g) && r+1 < n && a.capShape(r+1) ||
					// "Spine & Pain", "Ear Nose & Throat", "Drug & Compounding"
					t.shape != shLower && r > h && a.isPunct(r-1, "&") && !a.toks[r].nl && a.lexOf(r)&(lxStop|lxMonth) == 0 ||
					g == "of" && r+2 < n && a.isWord(r+1) && a.folded(r+1) == "the" && a.capShape(r+2) ||
					g == "service" && r == h+width && serviceFirms[a.folded(r-1)] ||
					// a union's chapter: "Pipefitters Union Local 204"
					g == "local" && t.shape == shTitle && a.folded(r-1) == "union" && r+1 < n && a.toks[r+1].kind == kNum && !a.toks[r+1].nl ||
					// whom a centre serves: "Medical Center for Women & Children"
					suffix && t.shape == shTitle && r > h+width && a.isWord(r-1) && a.folded(r-1) == "for" && a.toks[r-1].shape == shLower && a.lexOf(r)&(lxStop|lxMonth|lxMedical) == 0 && a.servedRun(r) ||
					// the name after a connector: "Home Health of the Ozarks"
					t.shape != shLower && r > h+width && a.isWord(r-1) && nameConnectors[a.folded(r-1)] && a.toks[r-1].shape == shLower &&
						(a.lexOf(r)&lxCommon == 0 || a.lexOf(r)&lxPlace != 0 || a.greaterPlace42(r)) ||
					r > h+width && a.isWord(r-1) && a.greaterPlace42(r-1) ||
					// "Cooperativa Médica", "Assistência Médica" close an
					// insurer's name ("Clínica Médica" alone is a ward)
					(g == "medica" || g == "medico") && r > 0 && (a.folded(r-1) == "cooperativa" || a.folded(r-1) == "assistencia") ||
					// a campus: "Baptist Medical Center East"
					suffix && l < h && (r == h+width || a.cue(r-1)&cuOrgSuffix != 0) && t.shape == shTitle && campusWords[g] ||
					// one qualifier after the head when the name fills its
					// line or field: "Vitalis Saúde Suplementar - Núcleo"
					suffix && l < h && r == h+width && t.shape == shTitle && a.lexOf(r)&(lxStop|lxMonth|lxGiven|lxName) == 0 && !docTypeWords[g] && a.properBefore(l, h) &&
						(r+1 >= n || a.toks[r+1].nl || (a.isPunct(r+1, "-") || a.isPunct(r+1, "–") || a.isPunct(r+1, "|")) && a.toks[r+1].gap > 0) {
					r++
					continue
				}
				break
			}
			if t.kind == kNum || t.kind == kAlnum {
				// "#412", "II", store numbers after '#' (or a union's local)
				if r > 0 && a.isPunct(r-1, "#") || r > 1 && a.isWord(r-1) && a.folded(r-1) == "local" && a.folded(r-2) == "union" {
					r++
					continue
				}
				// "UBS 2 Sobradinho": a unit number between head and name
				// (or "UBS 5 de Ceilândia")
				if prefix && r == h+width && t.kind == kNum && t.e-t.s <= 2 && r+1 < n && !a.toks[r+1].nl && (a.capShape(r+1) ||
					r+2 < n && a.isWord(r+1) && a.toks[r+1].shape == shLower && (a.folded(r+1) == "de" || a.folded(r+1) == "do" || a.folded(r+1) == "da") && a.capShape(r+2) && !a.toks[r+2].nl) {
					r++
					continue
				}
				// an ordinal after a connector: "do 3º Subdistrito de
				// Recife", "da 3ª Região"
				if r > h+width && a.ordinalAt(r) && a.isWord(r-1) && orgConnector(a.folded(r-1)) && r+1 < n && a.toks[r+1].shape == shTitle && !a.toks[r+1].nl {
					r++
					continue
				}
				// "UPA 24h Campo Limpo", "Farmácia 24 Horas"
				if prefix && (a.folded(r) == "24h" || a.tokText(r) == "24" && r+1 < n && (a.folded(r+1) == "horas" || a.folded(r+1) == "hours")) {
					r++
					continue
				}
				break
			}
			break
		}
		// trim trailing connectors/punct
		for r > h+width && (a.toks[r-1].kind == kPunct && a.tokText(r-1) != "." || a.toks[r-1].kind == kWord && orgConnector(a.folded(r-1))) {
			r--
		}
		// a sentence's full stop after a short word that is no abbreviation
		// ("da Missão Paz.") is no part of the name
		if r > h+width+1 && a.isPunct(r-1, ".") && (r == n || a.toks[r].nl || a.toks[r].gap > 0) && a.isWord(r-2) && a.toks[r-2].e-a.toks[r-2].s >= 3 &&
			a.lexOf(r-2)&(lxCommon|lxName|lxGiven|lxPlace) != 0 && a.lexOf(r-2)&lxStop == 0 && a.cue(r-2)&cuOrgSuffix == 0 {
			r--
		}
		if prefix && !suffix && r == h+width {
			// a prefix head alone: "Hospital", "UBS" — needs a name after
			if !(f == "senai" || f == "sesi" || f == "sesc" || f == "senac" || f == "unimed") {
				continue
			}
		}
		if suffix && !prefix && l == h {
			continue // "Hospital" alone, "Clinic"
		}
		if !a.orgAcceptable(l, r, h) {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.85, pOrg)
		next = r
	}
}

// dosingWord: f writes a prescription's directions on a pharmacy label
// ("TAKE 1 TABLET BY MOUTH DAILY OR AS DIRECTED BY …").
func dosingWord(f string) bool {
	switch f {
	case "take", "tablet", "tablets", "capsule", "capsules", "mouth", "daily", "directed", "twice", "inhale", "inhalation", "apply",
		"inject", "puffs", "tome", "comprimido", "comprimidos", "capsula", "capsulas", "via", "oral":
		return true
	}
	return false
}

// dosingRun: two dosing words among the words [l, r): the directions of
// a label, which an organisation's head at their end ("… CLINIC") does not
// make a name.
func (a *analysis) dosingRun(l, r int) bool {
	c := 0
	for k := l; k < r; k++ {
		if a.toks[k].kind == kWord && dosingWord(a.folded(k)) {
			c++
		}
	}
	return c >= 2
}

// specialtyWords name a specialty, a service or a programme with the
// medical words (a place's or brand's word, "Valley", "Coal River",
// makes a practice's name instead).
var specialtyWords = set(`general internal family pediatric pediatrics paediatric adult adolescent geriatric
	maternal fetal neonatal critical emergency transplant movement disorders disorder disease diseases
	surgery surgical medicine clinic program programme service services division department dept unit
	center centre of and hand upper lower extremity sports spine pain sleep lung liver heart kidney
	memory women's womens men's children's s interventional vascular oncology hematology
	infectious gynecologic gynecology obstetric obstetrics urologic orthopedic orthopaedic colorectal thoracic
	plastic reconstructive bariatric trauma acute`)

// specialtyAfterClinician: the words [l, r) name a specialty or a
// programme by its kind (every word a common or medical one) right after
// a clinician's credential: "Ana Ruiz, MD (General Surgery)", "MD |
// Maternal-Fetal Medicine |", or on the line under the signature, above
// the institution's own line ("…, MD⏎Pulmonary Hypertension Clinic⏎
// Riverside University Hospital"). The practice is named by the line
// after it; the service line is not an organisation of its own.
func (a *analysis) specialtyAfterClinician(l, r int) bool {
	for k := l; k < r; k++ {
		if a.toks[k].kind != kWord {
			continue
		}
		// (the medical list holds "valley" and "coal" too: a word that is
		// also a place or a name is no specialty's)
		x := a.lexOf(k)
		if a.toks[k].shape == shMixed || !specialtyWords[a.folded(k)] && (x&lxMedical == 0 || x&(lxPlace|lxName|lxGiven|lxRegion) != 0) {
			return false
		}
	}
	if l >= 2 && (a.isPunct(l-1, "(") || a.isPunct(l-1, "|")) && !a.toks[l-1].nl && a.isWord(l-2) && a.lexOf(l-2)&lxCred != 0 {
		return true
	}
	n := len(a.toks)
	return l >= 1 && a.toks[l].nl && a.isWord(l-1) && a.lexOf(l-1)&lxCred != 0 && a.toks[l-1].shape == shUpper &&
		r+1 < n && a.toks[r].nl && a.capShape(r) && !a.toks[r+1].nl
}

// ordinalAt: token k is a Portuguese ordinal number, "2ª", "1º", "12a".
func (a *analysis) ordinalAt(k int) bool {
	t := a.toks[k]
	if t.kind != kAlnum || t.e-t.s > 4 {
		return false
	}
	v := a.text[t.s:t.e]
	d := 0
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	return d > 0 && d <= 2 && (v[d:] == "ª" || v[d:] == "º")
}

// facilityLabels name the field an organisation fills on a form.
var facilityLabels = set(`facility client employer hospital clinic pharmacy school lab laboratory agency site provider practice insurer payer prestador dme vendor supplier
	hospice estabelecimento empresa unidade empregador instituicao destino origem destination
	venue establishment caterer operator workplace`)

// shiftWords sit between a work verb and its employer: "works nights at".
var shiftWords = set(`nights days weekends evenings mornings overnights shifts nightshift part-time full-time there`)

// orgHeadContinues: a word after a suffix head that still belongs to the
// name: another head (Medical Center), or a corporate suffix.
func (a *analysis) orgHeadContinues(r int) bool {
	p, s, _ := a.orgHeadAt(r)
	return p || s || a.toks[r].shape != shLower && orgTails[a.folded(r)]
}

// orgTails continue a name after its head but head none ("Pioneer State
// Mutual Life", "Sonoma Home Helpers", "Lakeland Choice PPO").
var orgTails = set(`life helpers ppo hmo epo house benefits respite`)

// orgAcceptable rejects header lines and generic department names.
func (a *analysis) orgAcceptable(l, r, h int) bool {
	if r-l >= 2 && notPHIPhrases[a.phraseText(l, r)] {
		return false // "New York Heart Association"
	}
	words, proper, upper := 0, 0, 0
	for k := l; k < r; k++ {
		if a.toks[k].kind != kWord {
			continue
		}
		words++
		if a.toks[k].shape == shUpper {
			upper++
		}
		x := a.lexOf(k)
		p, s, _ := a.orgHeadAt(k)
		if !p && !s && !orgConnector(a.folded(k)) && (x&(lxCommon|lxStop|lxMedical) == 0 || orgProperWords[a.folded(k)] || x&(lxGiven|lxPlace|lxRegion) != 0 && x&lxStop == 0 && a.toks[k].shape != shUpper) {
			proper++
		} else if !p && !s && a.toks[k].shape == shUpper && k < h && a.toks[h].shape == shTitle && a.toks[k].e-a.toks[k].s <= 4 && x&(lxStop|lxMedical|lxCred|lxMonth) == 0 &&
			!(r < len(a.toks) && a.capShape(r) && !a.toks[r].nl && a.lexOf(r)&(lxCommon|lxStop) != 0 && a.folded(r) != "st" && a.folded(r) != "saint") {
			proper++ // an acronym before a head in title case: "CHI Health" (not "DOT Medical Examination")
		}
		// a coined compound of clinic is a brand itself: "Neuroclínica";
		// so is a word in mixed case ("DermaVale")
		if (p || s) && coinedClinic(a.folded(k)) || !p && !s && a.toks[k].shape == shMixed && isASCIIUpper(a.text[a.toks[k].s]) && x&(lxMedical|lxStop) == 0 {
			proper++
		}
	}
	if words < 2 || a.specialtyAfterClinician(l, r) || a.dosingRun(l, r) || a.inGroup54(l, h) {
		return false
	}
	// a drug's effect is no firm: "Suspected Adverse Drug Reaction" (round 50)
	if r < len(a.toks) && a.isWord(r) && !a.toks[r].nl && (a.folded(h) == "drug" || a.folded(h) == "drugs") && drugEvent50(a.folded(r)) {
		return false
	}
	// (a form named by its subject: "na Declaração de Saúde", round 47)
	if proper == 0 && a.toks[l].shape == shTitle && formWords47[a.folded(l)] {
		return false
	}
	// (a head that is also a plain word of care wants a proper word:
	// "Lane Mobile Crisis Team", never "the Palliative Care Team")
	if proper == 0 && properOnlyHeads[a.folded(h)] || a.folded(h) == "team" && !a.placedTeam(l, h) || a.carePlanAt(l, h) {
		return false
	}
	// a document's title in capitals ("CERTIFICATION OF HEALTH CARE
	// PROVIDER FOR …", "HISTOCOMPATIBILITY LABORATORY REPORT"), or an
	// imaging study's ("XR KNEE LEFT 2 VIEWS"), names no one
	if upper > 0 && a.titleLine(l, r, h) || a.actAfter(r) || a.jobTitleAt(l, r) || a.genericSecretariat(l, r) || a.genericService41(l, r) {
		return false
	}
	// (a "Departamento" heads a name only when a place closes it)
	if proper > 0 || a.facilityField(l, r, h) || h == l && (a.folded(h) == "departamento" || a.folded(h) == "nucleo" || a.folded(h) == "promotoria" || a.folded(h) == "ambulatorio" ||
		a.folded(h) == "servico" || a.folded(h) == "coordenadoria") {
		return true
	}
	// a public-service acronym names its unit with any title-case word:
	// "UBS Pajuçara", "CAPS Esperança", "EMEF Liberdade"
	// (also after its opening hours: "UPA 24h Ipiranga")
	if words == 2 && h == l && (r == l+2 || r == l+3 && a.folded(h+1) == "24h") && (a.toks[h].shape == shUpper || a.toks[h].shape == shMixed) && unitAcronyms[a.folded(h)] && a.toks[r-1].shape == shTitle && a.lexOf(r-1)&(lxStop|lxMonth|lxRegion|lxMedical|lxCred) == 0 {
		return true
	}
	// followed by ":" → a section header ("HOSPITAL COURSE:"); a chat
	// sender in title case ("Clínica Bem Nascer: Bom dia") is a name
	midSentence := l > 0 && !a.toks[l].nl && a.isWord(l-1) && a.toks[l-1].shape == shLower
	if r < len(a.toks) && a.isPunct(r, ":") && !(upper == 0 && words >= 3 && (a.chatSender(l) || a.lineSender(l, r) || midSentence)) {
		return false
	}
	// the name ends its line or its field: letterheads go on with " - CNPJ",
	// " | address", " - LABORATÓRIO CENTRAL"
	endsLine := r >= len(a.toks) || a.toks[r].nl || a.toks[r].gap >= 3 ||
		(a.isPunct(r, "-") || a.isPunct(r, "–") || a.isPunct(r, "|") || upper == words && a.isPunct(r, "·")) && a.toks[r].gap > 0
	// mid-sentence, a facility head and one capitalised word that is no
	// specialty or kind name make a name: "da Clínica Tapajós", "na
	// Maternidade Aurora" (never "Clínica Médica", "Hospital Municipal")
	// and so do they as the letterhead, the note's first line
	// ("POLICLÍNICA CAIMBÉ")
	if words == 2 && h == l && r == l+2 && namedFacilityHeads[a.folded(h)] && a.capShape(h+1) && a.toks[h+1].shape == a.toks[h].shape &&
		(l > 0 && !a.toks[l].nl && (a.isWord(l-1) && a.toks[l-1].shape == shLower || a.isPunct(l-1, ":") || a.parenFacility46(l, r)) && a.toks[h].shape == shTitle || l == 0 && endsLine ||
			endsLine && a.fieldStart52(l, h)) &&
		(a.lexOf(h+1)&(lxStop|lxMonth|lxRegion|lxMedical|lxCred|lxDemonym) == 0 || a.communityHospital43(h)) && !facilityKinds[a.folded(h+1)] && a.cue(h+1)&cuDocType == 0 {
		return true
	}
	// and in English, one capitalised word before "Hospital" mid-sentence
	// that is no kind of hospital: "from Regions Hospital", "at Mercy
	// Hospital" (never "the General Hospital", "a Community Hospital")
	if words == 2 && h == l+1 && r == l+2 && a.folded(h) == "hospital" && !a.pt && a.toks[l].shape == shTitle && a.toks[h].shape == shTitle &&
		l > 0 && !a.toks[l].nl && (a.isWord(l-1) && a.toks[l-1].shape == shLower && !determiners[a.folded(l-1)] || a.isPunct(l-1, ",")) &&
		a.lexOf(l)&(lxStop|lxMonth|lxRegion|lxMedical|lxCred|lxDemonym|lxTitle) == 0 && !hospitalKindsEN[a.folded(l)] {
		return true
	}
	// (and so before "Clinic": "referral to Hanger Clinic", never "in
	// Resident Clinic", round 52)
	if words == 2 && h == l+1 && r == l+2 && a.namedClinic52(l, h) {
		return true
	}
	// mid-sentence, a capitalised word before a business's head is its
	// name: "relies on Prairie Transit", "hauls for Redrock Freight"
	if words == 2 && h == l+1 && r == l+2 && corporateHeads[a.folded(h)] && a.toks[l].shape == shTitle && a.toks[h].shape == shTitle &&
		l > 0 && !a.toks[l].nl && a.isWord(l-1) && a.toks[l-1].shape == shLower && !determiners[a.folded(l-1)] &&
		a.lexOf(l)&(lxStop|lxMonth|lxRegion|lxMedical|lxCred|lxDemonym|lxTitle) == 0 {
		return true
	}
	// a store number makes a branch of a named chain: "CORNERSTONE PHARMACY #0417"
	if r >= l+4 && a.isPunct(r-2, "#") && a.toks[r-1].kind == kNum && a.toks[r-1].gap == 0 && a.isWord(r-3) && a.capShape(r-4) {
		return true
	}
	// a plan operator's brand on its own line or field: "Catarinense
	// Saúde - Gerência", "MARAJOARA SAÚDE" (never "Sua Saúde")
	if words == 2 && r == l+2 && h == l+1 && a.folded(h) == "saude" && endsLine && a.capShape(l) &&
		a.lexOf(l)&(lxStop|lxMedical|lxMonth|lxRegion|lxTitle) == 0 && !determiners[a.folded(l)] && !saudeQualifiers[a.folded(l)] {
		return true
	}
	// all generic words: accept in title case with three or more words
	// ("Mercy General Hospital", "University Hospital Laboratory Services").
	if words < 3 {
		return false
	}
	// ... but not a department or programme named by its kind, after a
	// hospital's name or in a sentence: "Department of Pathology",
	// "Serviço de Imagem", "Equipe de Saúde da Família", "Programa
	// Farmácia Popular"
	if a.toks[l].shape == shTitle && (a.cue(l)&cuDocType != 0 || deptWords[a.folded(l)]) {
		return false
	}
	if a.genericNotOrg(l, r, h) {
		return false
	}
	// "Women's Health", "Children's Health" name a practice the way
	// "Pediatrics" does: a capitalised word before them makes the name
	// ("Front Range Women's Health", "Kingdom Women's Health")
	if a.folded(h) == "health" && h-3 > l && a.isWord(h-1) && a.folded(h-1) == "s" && (a.isPunct(h-2, "'") || a.isPunct(h-2, "’")) &&
		a.isWord(h-3) && (a.folded(h-3) == "women" || a.folded(h-3) == "children" || a.folded(h-3) == "men") && a.capShape(h-3) && a.capShape(l) && !determiners[a.folded(l)] {
		return true
	}
	if upper == words && midSentence && words >= 2 && a.capsProperIn41(l, r, h) && (r >= len(a.toks) || a.toks[r].nl || a.toks[r].kind == kPunct || a.isWord(r) && a.toks[r].shape == shLower) {
		// in capitals inside a sentence, a place's or a person's name
		// after the head: "funcionário da USINA SANTA CLARA , foi …"
		return true
	}
	if upper == words {
		// ALL-CAPS generic names only as a line of their own (letterheads);
		// with a weak head ("ROGUE VALLEY SLEEP CENTER", "THUMB BUTTE
		// MEDICAL GROUP") only in the first lines of the note
		// (or after a facility label on its line: "FACILITY: ROSEWOOD
		// GARDENS NURSING CENTER     UNIT: B")
		afterLabel := l > 1 && a.isPunct(l-1, ":") && a.isWord(l-2) && facilityLabels[a.folded(l-2)] && words >= 3
		if !endsLine || !(l == 0 || a.toks[l].nl || afterLabel) {
			return false
		}
		if afterLabel {
			return true
		}
		if a.cue(h)&cuWeakOrgHead == 0 || words >= 3 && h == r-1 && a.lineOf(l) < 3 && a.plainLetterhead(l, r) {
			return true
		}
		// a strong head later in the line: "CAMPOS GERAIS SAÚDE
		// COOPERATIVA MÉDICA"
		for k := h + 1; k < r; k++ {
			if p, s, _ := a.orgHeadAt(k); (p || s) && a.cue(k)&cuWeakOrgHead == 0 && words >= 3 && a.lineOf(l) < 3 {
				return true
			}
		}
		return false
	}
	// four or more title-case words ending in the head are a name however
	// generic each word ("Black Hills Regional Medical Center, Pediatric Unit")
	return a.cue(h)&cuWeakOrgHead == 0 || endsLine && (l == 0 || a.toks[l].nl) || !a.sentenceStart(l) || words >= 4 && h >= r-2 && a.allTitle(l, r) && !a.hasConnector(l, r) && !determiners[a.folded(l)]
}

// departmentAfter: the capitalised words from token k name a department of
// the hospital named before them, not part of its name: "Emergency
// Department", "Blood Bank", "Pediatric Endocrinology", "Level III NICU".
func (a *analysis) departmentAfter(k int) bool {
	n := len(a.toks)
	if !a.en || k+1 >= n || a.toks[k+1].nl || !a.isWord(k+1) {
		return false
	}
	f, g := a.folded(k), a.folded(k+1)
	switch {
	case a.cue(k+1)&cuDocType != 0 && a.toks[k+1].shape == shTitle:
		return true // "Emergency Department", "Surgery Unit"
	case f == "blood" && g == "bank", f == "level" && romanLevels[a.tokText(k+1)]:
		return true
	case adjectiveShaped(f) && a.lexOf(k)&(lxName|lxPlace|lxRegion) == 0 && strings.HasSuffix(g, "ology") && (k+2 >= n || a.toks[k+2].nl || a.toks[k+2].kind == kPunct):
		return true // "Pediatric Endocrinology"
	}
	return false
}

// facilityField: the name fills a field that only an organisation fills —
// after a facility label ("Prestador executante: Centro de Nefrologia do
// Vale") or after a clinician's credential and a dash in an address line
// ("To: Ana Reis, MD - Harbor Orthopedics", two words whose head is no
// weak one such as "Center" or "Group").
func (a *analysis) facilityField(l, r, h int) bool {
	if l < 2 || a.toks[l].nl || a.wordCount(l, r) < 2 || a.toks[h].shape != shTitle {
		return false
	}
	if a.spacedDash(l-1) && a.isCredAt(l-2) {
		// (not a specialty: "MD - Internal Medicine", "MD - Pediatric
		// Orthopedics", "DO - Hospital Medicine")
		return a.cue(h)&cuWeakOrgHead == 0 && r == l+2 && h == l+1 && a.folded(h) != "medicine" && a.toks[l].shape == shTitle &&
			a.lexOf(l)&(lxMedical|lxOrgHead|lxStop|lxRegion) == 0 && !adjectiveShaped(a.folded(l))
	}
	if !a.isPunct(l-1, ":") || a.wordCount(l, r) < 3 {
		return false
	}
	for k := l - 2; k >= 0 && k >= l-4 && a.isWord(k); k-- {
		if facilityLabels[a.folded(k)] {
			return true
		}
		if a.toks[k].nl {
			break
		}
	}
	return false
}

// adjectiveShaped: an English adjective's ending ("Pediatric",
// "Internal", "Digestive"), which makes a specialty of the head after it.
func adjectiveShaped(f string) bool {
	return strings.HasSuffix(f, "ic") || strings.HasSuffix(f, "al") || strings.HasSuffix(f, "ive") || strings.HasSuffix(f, "ary")
}

// wordCount counts the word tokens of [l,r).
func (a *analysis) wordCount(l, r int) int {
	w := 0
	for k := l; k < r; k++ {
		if a.toks[k].kind == kWord {
			w++
		}
	}
	return w
}

// coinedClinic: a word made on "clínica"/"clinic" that no list holds
// ("Neuroclínica", "Uroclinic"); lookupAll makes it a head.
func coinedClinic(f string) bool {
	return len(f) > 8 && (strings.HasSuffix(f, "clinica") || strings.HasSuffix(f, "clinic")) && !orgPrefixHeads[f] && !orgSuffixHeads[f]
}

// deptWords open the name of a hospital's department or a public
// programme (with docTypeWords: department, service, program …).
var deptWords = set(`servico setor departamento divisao secao equipe programa nucleo section`)

// saudeQualifiers make "X Saúde" a phrase, not a brand.
var saudeQualifiers = set(`sua seu nossa nosso mais boa bom sem com pela pelo para atencao promocao vigilancia educacao
	agente agentes equipe secretaria ministerio plano planos posto unidade centro sistema servico servicos
	area setor conselho direito rede mental bucal publica`)

// hasConnector: a lower-case connector (de, da, of) sits inside [l,r).
func (a *analysis) hasConnector(l, r int) bool {
	for k := l; k < r; k++ {
		if a.isWord(k) && a.toks[k].shape == shLower && orgConnector(a.folded(k)) && !a.possessiveS(k) {
			return true
		}
	}
	return false
}

// nameConnectors join an organisation's head to the name of a place or a
// person after it ("Home Health of the Ozarks", "Clínica do Sertão").
var nameConnectors = set(`of the de do da dos das`)

// unitAcronyms are Brazilian public units always followed by their name.
// romanLevels grade Brazilian specialised units (CER II, CAPS III).
var romanLevels = set(`I II III IV`)

// hospitalKindsEN are the kinds of hospital a capitalised word before
// "Hospital" may name instead of the hospital itself.
var hospitalKindsEN = set(`general community regional university county state city memorial children childrens women womens teaching district
	local private public mental psychiatric veterans military field cottage rural main district provincial national federal municipal
	specialist specialty rehabilitation rehab maternity cancer eye heart orthopedic orthopaedic pediatric paediatric academic
	tertiary referral base army naval navy day home new old same other nearest another previous prior outside receiving sending`)

// namedFacilityHeads name a facility with any one proper word after them.
var namedFacilityHeads = set(`clinica policlinica maternidade hospital drogaria farmacia laboratorio banco missao
	viacao hotel pousada usina hostal hostel
	ceramica olaria serraria madeireira marcenaria serralheria metalurgica vidracaria padaria pizzaria lanchonete
	borracharia mercearia distribuidora construtora transportadora supermercado ginasio salao colegio escola
	instituto abrigo associacao albergue`)

// corporateHeads close the name of a business, never of a ward or a
// specialty.
var corporateHeads = set(`transit logistics airlines freight trucking transport transportation construction
	manufacturing industries motors foods solutions technologies consulting software bank
	drug tavern chemical chemicals companies millwork florist
	inn motel resort casino spa grill bistro cafe smokehouse steakhouse brewery pub catering salon
	shop farm ranch dairy kennels aviaries hatchery stables`)

// facilityKinds after a facility head name a ward, a kind or a programme.
var facilityKinds = set(`medica medico geral cirurgica cirurgico pediatrica ortopedica ginecologica obstetrica psiquiatrica
	neurologica cardiologica oncologica dermatologica odontologica oftalmologica urologica integrada ampliada escola
	universitario universitaria municipal regional estadual federal central popular publica publico particular privada
	privado dia geriatrica veterinaria infantil escola-modelo comunitaria comunitario militar penitenciario basica basico
	especializada especializado
	psiquiatrico santa sao sagrado evangelico`)

var unitAcronyms = set(`ubs ubsf upa caps capsi capsij usf ame emef emei cmei etec cras creas esf cacon unacon apae casai ubsi emad nasf dsei crer ceim cer ecr sms cerest
	uai iml svo opo ong uaps`)

// lineSender: a title-case name at the start of a line followed by ":"
// and a message on the same line ("Clínica Visão Plena: Olá, Sr. …"), as
// chat exports without timestamps print their senders.
func (a *analysis) lineSender(l, r int) bool {
	return (l == 0 || a.toks[l].nl) && r+1 < len(a.toks) && !a.toks[r+1].nl && a.toks[r+1].kind == kWord
}

// plainLetterhead: every word of a capitalised letterhead is a plain word,
// no connector, label, record or clinical word ("PATIENT ACCOUNT
// SERVICES", "MINISTÉRIO DA SAÚDE", "REFERRAL TO PHYSICAL THERAPY" are
// headings, not a practice's name).
func (a *analysis) plainLetterhead(l, r int) bool {
	for k := l; k < r; k++ {
		if a.toks[k].kind != kWord {
			continue
		}
		// (a head word may open a label or name a document elsewhere:
		// "Group number", "Medical record"; here it is the name's: "…
		// MEDICAL GROUP")
		label, doc := lxLabel, cuDocType
		if p, s, _ := a.orgHeadAt(k); p || s {
			label, doc = 0, 0
		}
		if a.lexOf(k)&(lxStop|lxParticle|label|lxNameLabel|lxRegion) != 0 || orgConnector(a.folded(k)) || a.cue(k)&doc != 0 {
			return false
		}
	}
	return true
}

var patientWords = set(`pt pts patient patients paciente pacientes pct pcte`)

// lineOf returns the index of the line token k is on (0 for the first).
func (a *analysis) lineOf(k int) int {
	line := 0
	for i := 1; i <= k && i < len(a.toks); i++ {
		if a.toks[i].nl {
			line++
		}
	}
	return line
}

// chatSender reports whether the tokens before l on its line are a chat
// timestamp ("[14/05/2024 08:03] "), perhaps with the writer's name or
// role before the organisation she writes for ("] Dayane - Clínica …",
// "] Recepção Clínica …").
func (a *analysis) chatSender(l int) bool {
	if l == 0 || a.toks[l].nl {
		return false
	}
	words, dash := 0, false
	for k := l - 1; k >= 0; k-- {
		if a.isPunct(k, "]") {
			return true
		}
		if a.toks[k+1].nl {
			return false // the line began without a timestamp
		}
		switch {
		case a.isWord(k) && a.toks[k].shape == shTitle && words < 2:
			words++
		case (a.isPunct(k, "-") || a.isPunct(k, "–")) && !dash && k == l-1:
			dash = true
		default:
			return false
		}
	}
	return false
}

// detectLocations finds cities and districts.
func (a *analysis) detectLocations() {
	n := len(a.toks)
	next := 0 // the first token not yet consumed by a match
	for _, ci := range a.caps {
		i := int(ci)
		t := a.toks[i]
		if i < next || a.claimedAt(i) {
			continue
		}
		// an indigenous land: "Terra Indígena Xapecó", "TI Yanomami"
		if (a.folded(i) == "terra" && i+2 < len(a.toks) && a.isWord(i+1) && a.folded(i+1) == "indigena" && a.capShape(i+2) && !a.toks[i+2].nl) ||
			(a.tokText(i) == "TI" && i+1 < len(a.toks) && a.toks[i+1].shape == shTitle && !a.toks[i+1].nl && a.toks[i+1].gap == 1) {
			k := i + 1
			if a.folded(i) == "terra" {
				k = i + 2
			}
			if j := a.titleRun(k, 3); j > k {
				a.add(int(t.s), int(a.toks[j-1].e), TypeLocation, 0.8, pLocation)
				next = j
				continue
			}
		}
		// a settlement named after a lower-case head: "da aldeia Maçaranduba",
		// "no povoado Lagoa Seca", "bairro Cabula"
		// (also after "de": "no distrito de Rajada")
		headAt := i - 1
		if i > 1 && a.isWord(i-1) && a.toks[i-1].shape == shLower && (a.folded(i-1) == "de" || a.folded(i-1) == "do" || a.folded(i-1) == "da") {
			headAt = i - 2
		}
		if i > 0 && !t.nl && t.gap == 1 && t.shape == shTitle && headAt >= 0 && a.toks[headAt].shape == shLower && lowerSettlementHeads[a.folded(headAt)] {
			if j := a.titleRun(i, 4); j > i {
				a.add(int(t.s), int(a.toks[j-1].e), TypeLocation, 0.65, pLocation)
				a.lastLocEnd = j
				i = j - 1
				continue
			}
		}
		if a.cue(i)&cuDistrictHead != 0 && (a.toks[i].shape == shTitle || a.toks[i].shape == shUpper && i+1 < n && a.toks[i+1].shape == shUpper && a.districtFieldAt41(i)) {
			// "Jardim Ângela", "Vila Nova Cachoeirinha", "Parque São Lucas"
			// (in capitals on a form: "Bairro :  JARDIM  BOA  ESPERANÇA")
			if j := a.titleRun(i+1, 4); j > i+1 && !a.toks[i+1].nl && int(a.toks[i+1].gap) <= 1+a.ocrGap() && a.toks[i+1].shape == a.toks[i].shape {
				a.add(int(t.s), int(a.toks[j-1].e), TypeLocation, 0.65, pLocation)
				a.lastLocEnd = j
				next = j
				continue
			}
			// (and with a particle: "Bairro da Paz", "Jardim das Flores",
			// round 46)
			if j := a.districtParticle46(i); j > i {
				a.add(int(t.s), int(a.toks[j-1].e), TypeLocation, 0.65, pLocation)
				a.lastLocEnd = j
				next = j
				continue
			}
		}
		// "bairro Goiás": a district cue names what follows, state name or not
		if a.lexOf(i)&lxRegion != 0 && a.lexOf(i)&lxStop == 0 && t.shape == shTitle && i > 0 && !t.nl && a.isWord(i-1) && a.cue(i-1)&cuDistrictCue != 0 {
			a.add(int(t.s), int(t.e), TypeLocation, 0.75, pLocStrong)
			next = i + 1
			continue
		}
		// a multi-word place opening with a cue word ("in Sun Prairie",
		// weekday "Sun") in a place context
		if a.lexOf(i)&lxStop != 0 && a.lexOf(i)&(lxPlace|lxPlacePrefix) != 0 && t.shape == shTitle {
			if j, ok := a.placeMatch(i); ok && j-i >= 2 && a.allTitle(i, j) && a.locContext(i, j) >= 1 {
				a.add(int(t.s), int(a.toks[j-1].e), TypeLocation, 0.75, pLocation)
				a.lastLocEnd = j
				next = j
				continue
			}
		}
		if x := a.lexOf(i); x&lxStop != 0 || x&lxRegion != 0 && a.regionTown54(i) || a.eponymContext(i) && !a.durationAt48(i+1) || a.formSubject47(i) {
			continue
		}
		if a.cue(i)&cuLocCue != 0 && i+1 < n && a.isWord(i+1) && a.lexOf(i+1)&lxParticle != 0 {
			continue // "Natural do Paraná": the cue, not a place
		}
		// longest gazetteer match starting at i
		j, ok := i, false
		if a.lexOf(i)&(lxPlace|lxPlacePrefix|lxForeignPlace) != 0 {
			j, ok = a.placeMatch(i)
		}
		// (a city named as its state after its district and a comma is the
		// city: "Vila Kennedy, Rio de Janeiro", round 45)
		if ok && j-i > 1 && a.phraseFlags(i, j)&lxRegion != 0 && a.locContext(i, j) < 3 && !(i > 1 && a.lastLocEnd == i-1 && a.isPunct(i-1, ",")) {
			next = j // a state or country written in words: "Minas Gerais"
			continue
		}
		if ok && j-i == 1 && a.toks[i].shape == shUpper && a.toks[i].e-a.toks[i].s <= 4 {
			ok = false // acronyms: ITU, ER
		}
		// "Taguatinga Norte", "Ocean Beach": a direction or beach word after
		if ok && j < n && !a.toks[j].nl && a.toks[j].gap <= 1 && a.capShape(j) && a.cue(j)&cuCompass != 0 {
			j++
		}
		if !ok {
			if !a.locCueNear(i) || t.shape == shUpper && a.cardIssuer54(i) {
				continue
			}
			// "City, ST 12345", "City - SP", "City (MG)", "bairro X" with an
			// unlisted place
			j2 := a.titleRun(i, 3)
			if j2 > i+1 && a.phraseFlags(i, j2)&lxRegion != 0 && a.locContext(i, j2) < 3 {
				next = j2
				continue
			}
			proper := false
			for k := i; k < j2; k++ {
				if a.toks[k].kind == kWord && (a.lexOf(k)&(lxCommon|lxMedical) == 0 || a.lexOf(k)&(lxName|lxPlace) != 0 && a.toks[k].shape == shTitle) {
					proper = true
				}
			}
			ctx2 := a.locContext(i, j2)
			if !proper && ctx2 >= 3 && a.allTitle(i, j2) && i > 0 && a.isWord(i-1) && a.cue(i-1)&cuDistrictCue != 0 {
				proper = true // "bairro Itapuã": a district cue names what follows
			}
			if (!proper || ctx2 < 2) && a.pt && a.districtField45(i, j2) {
				proper, ctx2 = true, 3 // "Área: Raiz, Manaus/AM"
			}
			if !proper && j2-i >= 2 && ctx2 >= 2 && a.allTitle(i, j2) {
				proper = true // "Santa Felicidade, Curitiba"
			}
			// (a unit of the organisation before the comma is no place:
			// "… Court, Probate Division", "… Center, Palliative Care
			// Service", round42.go)
			if j2 > i && proper && ctx2 >= 2 && !(j2-i >= 2 && a.isWord(j2-1) && a.cue(j2-1)&cuDocType != 0 && a.toks[j2-1].shape == shTitle) && !a.roomRun45(i, j2) {
				{
					prio := pLocation
					if ctx2 >= 3 {
						prio = pLocStrong
					}
					a.add(int(t.s), int(a.toks[j2-1].e), TypeLocation, 0.75, prio)
					a.lastLocEnd = j2
				}
				next = j2
			}
			continue
		}
		// a place named like a common word that completes a body's name in
		// Portuguese: "Secretaria Municipal de Saúde", "Departamento de
		// Saúde do Servidor", "LICENÇA PARA TRATAMENTO DE SAÚDE"
		if j == i+1 && a.pt && a.lexOf(i)&(lxCommon|lxOrgHead) != 0 && a.bodyWordOf(i) {
			continue
		}
		ctx := a.locContext(i, j)
		if ctx < 2 && i > 1 && a.isPunct(i-1, ",") && a.lastLocEnd == i-1 {
			ctx = 2 // "Astoria, Queens"
		}
		if ctx == 1 && a.lastLocEnd > 0 && a.lastLocEnd >= i-3 && a.lastLocEnd < i {
			ctx = 2 // "bairro Jardim Janaína, em Biguaçu"
		}
		score := 0.0
		switch {
		case ctx >= 2:
			score = 0.85
		case ctx == 1:
			clean := true
			for k := i; k < j; k++ {
				if a.toks[k].kind == kWord && a.lexOf(k)&(lxCommon|lxMedical) != 0 {
					clean = false
				}
			}
			if clean || j-i >= 2 {
				score = 0.7
			}
			// a town named like a common word, capitalised after "em" or
			// "para" inside a sentence: "sem leito em Cascavel"
			if !clean && j-i == 1 && a.pt && t.shape == shTitle && i > 0 && !t.nl && t.gap == 1 && a.isWord(i-1) && a.toks[i-1].shape == shLower &&
				townPreps[a.folded(i-1)] && a.lexOf(i)&(lxMedical|lxGiven|lxName|lxStop) == 0 && !a.sentenceStart(i) {
				score = 0.65
			}
			// and in English after "in" ("hospitalized last spring in
			// Sandwich", round 45)
			if !clean && j-i == 1 && a.en && !a.pt && t.shape == shTitle && i > 0 && !t.nl && t.gap == 1 && a.isWord(i-1) && a.folded(i-1) == "in" &&
				a.lexOf(i)&(lxMedical|lxGiven|lxName|lxStop|lxOrgHead|lxDemonym) == 0 && a.toks[i].e-a.toks[i].s >= 5 &&
				(j >= n || a.toks[j].nl || a.toks[j].kind == kPunct || a.isWord(j) && a.toks[j].shape == shLower && (a.lexOf(j)&lxStop != 0 || afterTown45[a.folded(j)])) {
				score = 0.65
			}
		default:
			// a listed place without context: only when it is not also a
			// name or a common word
			allClean := true
			for k := i; k < j; k++ {
				if a.toks[k].kind == kWord && (a.lexOf(k)&(lxCommon|lxGiven|lxName|lxMedical|lxStop|lxRegion|lxMonth) != 0) {
					allClean = false
				}
			}
			// (a line's label is none: "Combinado: o filho busca …", round 45)
			if allClean && !(j-i == 1 && a.toks[i].shape == shUpper) && !(j < n && a.isPunct(j, ":") && (i == 0 || a.toks[i].nl)) {
				score = 0.55
			}
			// multi-word place names in title case ("Belo Horizonte"), or
			// in capitals as a form's field ("Município :  APARECIDA  DE
			// GOIÂNIA")
			if j-i >= 2 && a.toks[i].shape == shTitle && a.toks[j-1].shape == shTitle && !(j < n && a.isPunct(j, ":")) ||
				j-i >= 2 && a.toks[i].shape == shUpper && a.toks[j-1].shape == shUpper && i > 0 && a.isPunct(i-1, ":") && (j >= n || a.toks[j].nl || a.toks[j].gap >= 2) {
				score = 0.6
			}
			// "Manaus, 4/jul/2023." — a dateline
			// (in OCR the day may carry a letter for a digit: "O4 de novembro")
			if a.sentenceStart(i) && j < n && a.isPunct(j, ",") && j+1 < n && (a.toks[j+1].kind == kNum || a.ocr && a.dayOCR(j+1)) {
				score = 0.7
			}
		}
		if score > 0 {
			prio := pLocation
			if ctx >= 3 {
				prio = pLocStrong
			}
			a.add(int(t.s), int(a.toks[j-1].e), TypeLocation, score, prio)
			a.lastLocEnd = j
			next = j
		}
	}
}

// dayOCR: token k is a day of the month as OCR may read it ("O4").
func (a *analysis) dayOCR(k int) bool {
	_, ok := a.ocrDayAt(k)
	return ok
}

// allTitle: every word of [i,j) is capitalised (particles and the "s" of
// a possessive aside: "Children's Diabetes Center").
func (a *analysis) allTitle(i, j int) bool {
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord && a.toks[k].shape != shTitle && a.lexOf(k)&lxParticle == 0 && !a.possessiveS(k) {
			return false
		}
	}
	return true
}

// possessiveS: token k is the "s" of "Children's".
func (a *analysis) possessiveS(k int) bool {
	return k > 0 && a.tokText(k) == "s" && a.toks[k].gap == 0 && (a.isPunct(k-1, "'") || a.isPunct(k-1, "’")) && a.toks[k-1].gap == 0
}

// districtHeads open the names of Brazilian districts and neighbourhoods.
var districtHeads = set(`jardim jd vila vl parque pq conjunto residencial recanto chacara sitio fazenda nucleo
	setor cidade morro lago asa loteamento condominio bairro aldeia povoado comunidade assentamento quilombo`)

var lowerSettlementHeads = set(`aldeia povoado comunidade assentamento quilombo bairro distrito vila sitio fazenda chacara localidade lugarejo
	corrego riacho igarape ribeirao praia enseada ilha`)

var districtCue = set(`bairro distrito municipio`)

var compassWords = set(`norte sul leste oeste north south east west central beach heights hills park springs`)

// titleRun: up to max capitalised words (with de/da/do) from i.
func (a *analysis) titleRun(i, max int) int {
	j, words := i, 0
	for j < len(a.toks) && words < max {
		t := a.toks[j]
		if j > i && (t.nl || t.gap > 2) || a.claimedAt(j) {
			break
		}
		if t.kind == kWord && a.capShape(j) && a.lexOf(j)&(lxStop|lxRegion|lxMonth) == 0 {
			j++
			words++
			continue
		}
		if t.kind == kWord && j > i && (a.folded(j) == "de" || a.folded(j) == "do" || a.folded(j) == "da" || a.folded(j) == "dos" || a.folded(j) == "das") && j+1 < len(a.toks) && a.capShape(j+1) {
			j++
			continue
		}
		break
	}
	return j
}

// placeMatch returns the longest listed place starting at token i.
func (a *analysis) placeMatch(i int) (int, bool) {
	best := -1
	buf := a.buf[:0]
	j := i
	for w := 0; w < a.v.maxPlace && j < len(a.toks); w++ {
		t := a.toks[j]
		if t.kind != kWord || j > i && (t.nl || t.gap > 2) {
			break
		}
		if w > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, a.folded(j)...) // (appendFold of its text)
		j++
		fl := a.v.lookupBytes(buf)
		if fl&(lxPlace|lxForeignPlace) != 0 && a.capShape(j-1) {
			best = j
		}
		if fl&lxPlacePrefix == 0 {
			break
		}
		// hyphenated places: "Igarapé-Açu" (and "Port-au-Prince", round 48)
		for h := 0; h < 3 && j+1 < len(a.toks) && a.isPunct(j, "-") && a.toks[j].gap == 0 && a.toks[j+1].gap == 0 && a.toks[j+1].kind == kWord; h++ {
			buf = append(buf, '-')
			j++
			buf = append(buf, a.folded(j)...)
			j++
			fl := a.v.lookupBytes(buf)
			if fl&(lxPlace|lxForeignPlace) != 0 {
				best = j
			}
			if fl&lxPlacePrefix == 0 {
				break
			}
		}
	}
	a.buf = buf
	if best < 0 {
		return i, false
	}
	return best, true
}

// locContext scores the context of a candidate place [i,j): 3 = a state or
// ZIP follows, 2 = a location cue precedes, 1 = a weak cue, 0 = none.
func (a *analysis) locContext(i, j int) int {
	n := len(a.toks)
	score := 0
	// after: ", OH 43219", ", Ohio", " - SP", "/AM", " (MG)", "-MG"
	k := j
	if k < n && a.toks[k].kind == kPunct && !a.toks[k].nl {
		c := a.tokText(k)
		if c == "," || c == "-" || c == "/" || c == "(" || c == "–" {
			k++
		}
	}
	if k < n && !a.toks[k].nl && a.toks[k].kind == kWord {
		v := a.tokText(k)
		if a.toks[k].shape == shUpper && len(v) == 2 && (usStates[v] && a.zipAfter(k+1) || brStates[v] && (a.pt || a.isPunct(k-1, "-") || a.isPunct(k-1, "/") || a.isPunct(k-1, "("))) {
			score = 3
		} else if len(v) == 2 && a.toks[k].shape == shUpper && usStates[v] && a.placeListed(i, j) && v != "MD" && v != "PA" && v != "DO" && v != "OR" && v != "ME" &&
			// (a capital particle inside a heading in capitals is no
			// state: "PASSAGEM DE PLANTÃO")
			!(k+1 < n && !a.toks[k+1].nl && a.toks[k+1].kind == kWord && a.toks[k+1].shape == shUpper && a.lexOf(k)&lxParticle != 0) {
			score = 3
		} else if a.lexOf(k)&lxRegion != 0 && a.toks[k].shape != shLower && a.toks[k].e-a.toks[k].s > 2 {
			score = 3
		}
	}
	if score > 0 {
		return score
	}
	// a distance in brackets after it: "Família de Luz (90 km)"
	if a.distanceAt(j) && !a.sentenceStart(i) {
		return 2
	}
	// before
	p := i - 1
	if p >= 0 && a.toks[p].kind == kWord && !a.toks[i].nl {
		f := a.folded(p)
		switch f {
		case "bairro", "municipio", "naturalidade", "cidade", "distrito", "city", "town", "povoado", "comunidade", "assentamento", "aldeia", "vilarejo", "township", "village":
			return 3
		case "residente", "procedente", "natural", "moram", "mora", "reside", "lives", "live", "living":
			return 2
		case "arrived", "arriving", "departed", "landed":
			// a traveller's port of arrival or departure right after the
			// verb, on a form ("Arrived Atlanta 03/17/2025 on flight …")
			if a.en && a.toks[p].shape != shUpper {
				return 2
			}
		case "a", "ao":
			// "de visita a Luanda", "viajou a Lisboa" (round 48)
			if a.pt && p > 0 && a.isWord(p-1) && a.toks[p-1].shape == shLower && travelBefore48(a.folded(p-1)) {
				return 2
			}
		case "in", "from", "to", "near", "at", "via":
			if !a.en {
				return 0
			}
			// a stop between a country and the destination ("a trip to
			// Romania via Frankfurt")
			if f == "via" && p > 0 && a.isWord(p-1) && a.lexOf(p-1)&(lxRegion|lxPlace) != 0 && a.toks[p-1].shape == shTitle {
				return 2
			}
			fallthrough
		case "em", "para", "de", "no", "na":
			if !a.pt && (f == "em" || f == "para" || f == "de" || f == "no" || f == "na") {
				return 0
			}
			// "residente em X", "lives in X", "home in X"
			if p > 0 && a.toks[p-1].kind == kWord {
				g := a.folded(p - 1)
				// (a resident doctor's specialty: "residente de Clínica
				// Médica", round 50)
				if g == "residente" && f == "de" && (a.deptWord44(i) || a.lexOf(i)&lxMedical != 0) {
					return 0
				}
				switch g {
				case "residente", "procedente", "natural", "moram", "mora", "reside", "lives", "live", "living", "home", "moved",
					"mudou", "mudaram", "mudei", "mudando", "morando", "vivendo", "nasceu", "nascido", "nascida", "relocated", "moving",
					"povoado", "comunidade", "rural", "distrito", "aldeia", "assentamento", "vilarejo", "interior", "viajando", "transferida", "transferido", "vindo", "vinda", "born", "resides", "located", "based", "raised", "grew", "visiting", "traveling", "travelling", "arrives", "return", "returned", "trip",
					"route", "driving", "drove", "coming", "flying", "flew", "arriving", "arrived", "aposentado", "aposentada",
					"veio", "vieram", "vem", "vim", "viemos",
					"retornou", "retornando", "voltou", "voltando", "regressou", "chegou", "chegando", "visita", "visitando", "viagem", "viajou":
					return 2
				}
			}
			return 1
		}
	}
	if p >= 0 && a.isPunct(p, ":") && p > 0 && a.toks[p-1].kind == kWord {
		switch a.folded(p - 1) {
		case "municipio", "naturalidade", "cidade", "city", "coleta", "local", "procedencia", "residencia", "bairro",
			"residence", "localidade": // ("County of residence: Olmsted")
			return 3
		}
	}
	// "Org, City": "University Hospital Laboratory Services, Albuquerque"
	// (not a unit's name: "Police Department, Special Victims Unit", round 53)
	if p >= 1 && a.isPunct(p, ",") && a.orgEndsAt(p) && !(j < n && a.isWord(j) && !a.toks[j].nl && a.toks[j].gap == 1 && unitTails53[a.folded(j)]) {
		return 2
	}
	// a heading's place after a spaced dash, last on its line:
	// "Maternidade Santa Luzia - Teresina", "Central SAMU 192 - Recife"
	if p >= 1 && (a.isPunct(p, "-") || a.isPunct(p, "–")) && a.toks[p].gap > 0 && !a.toks[p].nl && a.toks[i].gap > 0 &&
		(j >= n || a.toks[j].nl) && (a.orgEndsAt(p) || a.toks[p-1].kind == kNum && !a.toks[p-1].nl) {
		return 2
	}
	// "X, City" where City is a place: "Santa Felicidade, Curitiba"
	if j < n && a.isPunct(j, ",") && j+1 < n && !a.toks[j+1].nl && a.capShape(j+1) {
		if e, ok := a.placeMatch(j + 1); ok && (p < 0 || a.isPunct(p, "(") || a.isPunct(p, ",")) && (a.placeClean(j+1, e) || a.locContext(j+1, e) >= 2) {
			return 2
		}
	}
	return 0
}

// placeClean: the words of [i,j) are in no list but the places.
func (a *analysis) placeClean(i, j int) bool {
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord && a.lexOf(k)&(lxCommon|lxGiven|lxName|lxMedical|lxStop|lxRegion|lxMonth) != 0 {
			return false
		}
	}
	return true
}

func (a *analysis) placeListed(i, j int) bool {
	e, ok := a.placeMatch(i)
	return ok && e == j
}

// zipAfter: a US ZIP follows at token k.
func (a *analysis) zipAfter(k int) bool {
	if k >= len(a.toks) || a.toks[k].kind != kNum {
		return false
	}
	return a.toks[k].e-a.toks[k].s == 5
}

// detectContextOrgs: employers and sites named without a head word:
// "job with Delta Air Lines", "Employer: X", "from Walgreens pharmacist".
func (a *analysis) detectContextOrgs() {
	n := len(a.toks)
	next := 1 // the first token not yet consumed by a run
	for _, ci := range a.caps {
		i := int(ci)
		t := a.toks[i]
		if i < next || a.claimedAt(i) {
			continue
		}
		cue, payer, bracket := false, false, false
		p := i - 1
		if a.isPunct(p, ":") && p > 0 && a.isWord(p-1) {
			switch a.folded(p - 1) {
			case "insurance", "ins", "insurer", "payer", "carrier", "convenio", "operadora", "seguradora", "seguro":
				payer = true
			}
			switch a.folded(p - 1) {
			case "employer", "empregador", "empregadora", "empresa", "insurance", "ins", "seguro", "seguradora", "carrier", "plano", "supplier", "fornecedor", "agency", "vendor", "center", "centre", "facility", "client", "site", "pharmacy", "farmacia", "school", "escola", "contratado", "executante", "laboratorio", "lab", "insurer", "payer", "plan", "operadora", "convenio", "hospital", "clinic", "clinica", "unidade", "origem", "destino", "from", "de", "to", "para",
				"hospice", "daycare", "nursing home", "home health", "shelter", "abrigo", "creche", "estabelecimento",
				"venue", "establishment", "caterer", "operator", "workplace":
				// (a centre's label in lower case, "Transplant center:"; a
				// sender "… Mohs Center:" names itself)
				cue = !((a.folded(p-1) == "center" || a.folded(p-1) == "centre") && a.toks[p-1].shape != shLower)
			}
		}
		// "no trabalho (Amazônia Sistemas Integrados)": the employer in
		// brackets; "her plan (Bluegrass Senior Choice, ID …)": the payer
		if a.isPunct(p, "(") && p > 0 && a.isWord(p-1) {
			switch a.folded(p - 1) {
			case "trabalho", "emprego", "servico", "firma", "work", "job", "employer", "empregador", "workplace":
				cue, bracket = true, true
			case "plan", "insurance", "insurer", "plano", "convenio", "seguradora", "operadora",
				"medicaid", "medicare": // "Medicaid (Healthy Connections)": the state's managed plan
				cue, payer = true, true
			}
		}
		// "for her employer, Silverline Semiconductor,": the employer after
		// the word and a comma
		if a.isPunct(p, ",") && p > 0 && a.isWord(p-1) && i > 0 && !a.toks[i].nl {
			switch a.folded(p - 1) {
			case "employer", "empregador", "empregadora", "employers":
				cue = true
			}
		}
		if a.isWord(p) {
			switch a.folded(p) {
			case "at", "with", "for", "from", "via", "through", "by", "na", "no", "pela", "pelo", "em":
				// "works nights at UPS", "trabalha de noite na X"
				q := p - 1
				if q > 0 && a.isWord(q) && shiftWords[a.folded(q)] && a.isWord(q-1) {
					q--
				}
				if q >= 0 && a.isWord(q) {
					switch a.folded(q) {
					case "job", "work", "works", "working", "employed", "student", "teaches", "teacher", "call", "rep", "employee", "staff", "nurse", "volunteer", "daycare", "studies", "job's", "worked", "retired", "enrolled", "attends", "manager", "cashier", "driver", "mechanic", "engineer", "clerk", "technician", "trabalha", "trabalhava", "estuda", "aposentado", "aposentada", "funcionario", "funcionaria":
						cue = true
					}
					// "drives a bus for PVTA", "drives for Lyft": a driver's
					// employer (only after "for": "took a bus from Macon")
					if a.folded(p) == "for" {
						switch a.folded(q) {
						case "bus", "truck", "cab", "taxi", "forklift", "drives", "drove", "driving", "delivers", "delivering":
							cue = true
						}
					}
				}
			}
		}
		// a care plan's section names no insurer: "Plan: Both children
		// remain …" (round 53)
		if cue && a.toks[p].ch == ':' && a.toks[p-1].e-a.toks[p-1].s == 4 && a.toks[p-1].shape != shUpper && a.folded(p-1) == "plan" && a.lexOf(i)&lxCommon != 0 && (i+1 >= n || a.toks[i+1].nl || a.toks[i+1].shape == shLower) {
			cue = false
		}
		// a chat line "Clínica: Olá, Gilmara!" greets, it names no unit
		// (nor does any message after the time's bracket: "[…] Clínica:
		// Pode sim", the sender's, round 50)
		if cue && (a.lexOf(i)&lxGreet != 0 || a.isPunct(p, ":") && p >= 2 && a.isPunct(p-2, "]") && !a.toks[p-1].nl) {
			cue = false
		}
		j := a.titleRun(i, 4)
		if payer || bracket {
			// a payer's or employer's name may hold words that are headings
			// or regions elsewhere ("Passport Health Plan", "Amazônia
			// Sistemas Integrados")
			j = max(j, a.capRun(i, 5))
		}
		if j <= i {
			continue
		}
		// a firm of partners after a label: "Employer: Pryor & Lockhart"
		if cue && j+1 < n && a.isPunct(j, "&") && !a.toks[j].nl && !a.toks[j+1].nl && a.toks[j+1].shape == shTitle && a.isWord(j+1) {
			j = a.titleRun(j+1, 3)
		}
		// a weekday's short form inside the name: "for Rising Sun
		// Propane" (round 45)
		if cue && j > i && j+1 < n && a.isWord(j) && a.toks[j].shape == shTitle && a.cue(j)&cuWeekday != 0 && a.toks[j].e-a.toks[j].s == 3 &&
			!a.toks[j].nl && a.toks[j].gap == 1 && !a.toks[j+1].nl && a.toks[j+1].gap == 1 && a.isWord(j+1) && a.toks[j+1].shape == shTitle && a.lexOf(j+1)&(lxStop|lxMonth) == 0 {
			j = max(j+2, a.titleRun(j+1, 3))
		}
		// "the UPMC Shadyside ED"
		if !cue && j < n && a.isWord(j) && (a.tokText(j) == "ED" || a.tokText(j) == "ER") && p >= 0 && a.isWord(p) && (a.folded(p) == "the" || a.folded(p) == "to" || a.folded(p) == "at") {
			cue = true
		}
		if !cue && j < n && a.isWord(j) {
			switch a.folded(j) {
			case "pharmacist", "pharmacy", "rep", "representative", "cargo", "driver", "employee", "staff":
				if p >= 0 && a.isWord(p) && (a.folded(p) == "from" || a.folded(p) == "at" || a.folded(p) == "with") {
					cue = true
				}
			}
		}
		if !cue {
			a.titleRunOrg(i, j)
			next = j
			continue
		}
		generic := true
		for k := i; k < j; k++ {
			if a.toks[k].kind == kWord && (a.lexOf(k)&(lxCommon|lxStop) == 0 || a.lexOf(k)&(lxName|lxPlace) != 0 && a.toks[k].shape == shTitle) {
				generic = false
			}
		}
		// one capitalised word after "works at" mid-sentence is the
		// employer's brand even when it is a word too ("Intel", "Target"),
		// unless it names a kind of workplace ("works at Home")
		if generic && j == i+1 && (t.shape == shTitle || t.shape == shUpper && t.e-t.s >= 2 && a.lexOf(i)&(lxMedical|lxRegion|lxCred|lxMonth) == 0) && a.lexOf(i)&lxStop == 0 && a.isWord(p) && p > 0 && a.isWord(p-1) && !a.sentenceStartWord(i) && !genericWorkplaces[a.folded(i)] {
			q := p - 1
			if q > 0 && shiftWords[a.folded(q)] && a.isWord(q-1) {
				q--
			}
			switch a.folded(q) {
			case "work", "works", "worked", "working", "employed", "job", "trabalha", "trabalhava", "trabalhou", "funcionario", "funcionaria":
				generic = false
			}
		}
		// after a facility label, a name ending in an organisation's head
		// is the organisation whatever its words ("Hospice: Crossroads
		// Hospice")
		if generic && cue && j-i >= 2 && a.isPunct(p, ":") {
			if pre, suf, _ := a.orgHeadAt(j - 1); pre || suf {
				generic = false
			}
		}
		// after "Insurance:" or "Convênio:" a name of several words is the
		// payer's, even in common words ("Passport Health Plan",
		// "Golden Coast Health"); public programmes and self-pay are not
		// organisations of the patient ("Medicare Part B", "SUS")
		if generic && payer && j-i >= 2 && !a.publicPayerRun(i, j) {
			generic = false
		}
		// an employer in brackets: three capitalised words, or two with a
		// region's or a head word in them
		if generic && bracket && a.isPunct(j, ")") && j-i >= 3 {
			generic = false
		}
		if generic && bracket && a.isPunct(j, ")") && j-i >= 2 {
			for k := i; k < j; k++ {
				if a.lexOf(k)&(lxRegion|lxOrgHead) != 0 || a.cue(k)&(cuOrgPrefix|cuOrgSuffix) != 0 {
					generic = false
				}
			}
		}
		if generic || notPHIPhrases[a.phraseText(i, j)] || payer && a.publicPayerRun(i, j) || a.genericService41(i, j) {
			continue
		}
		// a hyphen joins a second founder's name: "Anheuser-Busch", and
		// OCR spaces it: "Anheuser - Busch"
		for j+1 < len(a.toks) && a.isPunct(j, "-") && !a.toks[j].nl && !a.toks[j+1].nl && a.capShape(j+1) && a.toks[j+1].kind == kWord &&
			(a.toks[j].gap == 0 && a.toks[j+1].gap == 0 || a.ocr && a.toks[j].gap >= 1 && a.toks[j].gap <= 2 && a.toks[j+1].gap == a.toks[j].gap) &&
			a.lexOf(j+1)&(lxStop|lxMonth|lxLabel|lxCred) == 0 && j-i < 4 {
			j += 2
		}
		a.add(int(t.s), int(a.toks[j-1].e), TypeOrganization, 0.7, pCtxOrg)
		next = j
	}
}

// capRun: up to max capitalised words from i on one line, none claimed.
func (a *analysis) capRun(i, max int) int {
	j := i
	for j < len(a.toks) && j-i < max {
		if a.toks[j].kind != kWord || !a.capShape(j) || a.claimedAt(j) || j > i && (a.toks[j].nl || a.toks[j].gap > 2) {
			break
		}
		j++
	}
	return j
}

// publicPayers are the programmes and payment kinds written after an
// insurance label that name no organisation.
var publicPayers = set(`medicare medicaid sus tricare particular private self pay selfpay cash none nenhum
	part parte a b c d plus pending pendente sem`)

// publicPayerRun: every word of tokens [i, j) is a public payer word or a
// state's abbreviation ("NM Medicaid").
func (a *analysis) publicPayerRun(i, j int) bool {
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord && !publicPayers[a.folded(k)] && !usStates[a.tokText(k)] {
			return false
		}
	}
	return true
}

// propagateNames marks other mentions of names already found.
func (a *analysis) propagateNames() {
	// mark the bytes of confident NAME candidates
	var mark []bool
	for _, c := range a.cands {
		if c.typ == TypeName && c.score >= 0.5 {
			if mark == nil {
				mark = a.boolBuf(len(a.text))
			}
			for i := c.s; i < c.e; i++ {
				mark[i] = true
			}
		}
	}
	if mark == nil {
		return
	}
	if a.sc.names == nil {
		a.sc.names, a.sc.weakNames = map[string]bool{}, map[string]bool{}
	}
	names, weakNames := a.sc.names, a.sc.weakNames
	// seen has the bit of the fold hash of every word put in names or
	// weakNames (a word of weakNames folds to its token's fold), so that
	// the loop below looks up only the tokens that may be there
	var seen [64]uint64
	for _, wi := range a.wordToks {
		k := int(wi)
		t := a.toks[k]
		if !mark[t.s] || t.kind != kWord || t.shape == shSingle || !mark[t.e-1] {
			continue
		}
		f := a.folded(k)
		x := a.lexOf(k)
		if len(f) < 2 || x&lxParticle != 0 || x&(lxCred|lxStop) != 0 && x&lxGiven == 0 || a.isLabelWord(k) {
			continue
		}
		if x&(lxCommon|lxMedical|lxMonth|lxRegion) != 0 {
			weakNames[a.tokText(k)] = true // only the same spelling
		} else {
			names[f] = true
		}
		b := a.hashes[k] >> 52
		seen[b>>6] |= 1 << (b & 63)
	}
	if len(names) == 0 && len(weakNames) == 0 {
		return
	}
	for _, wi := range a.wordToks {
		k := int(wi)
		t := a.toks[k]
		// (the filter first: few tokens pass it)
		if b := a.hashes[k] >> 52; seen[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		if t.kind != kWord || a.claimedAt(k) || mark[t.s] {
			continue // in neither names nor weakNames
		}
		f := a.folded(k)
		// (a lower-case word that is an inflected Portuguese word is the
		// word: "falta de amparo" after "Amparo Lins")
		strongHit := names[f] && (t.shape != shLower || a.lexOf(k)&lxCommon == 0 && !(a.pt && a.v.ptDerived(f)))
		weakHit := !strongHit && t.shape != shLower && weakNames[a.tokText(k)] && (!a.sentenceStart(k) || a.weakNameOpens(k))
		// a relative named in lower case, met again as the object of a
		// call or the subject of a person's verb ("her husband august … I'll
		// call august", "june called")
		if !strongHit && !weakHit && t.shape == shLower && weakNames[a.tokText(k)] {
			weakHit = k > 0 && a.isWord(k-1) && addressVerbs[a.folded(k-1)] || k+1 < len(a.toks) && a.isWord(k+1) && a.cue(k+1)&cuPersonVerb != 0 ||
				a.chatAddress53(k)
		}
		// a signature alone on its line, in any case ("thx" / "mark")
		if !strongHit && !weakHit && a.lineOnly(k, k+1) && len(f) >= 3 && a.lexOf(k)&(lxStop|lxMonth) == 0 {
			weakHit = names[f] || foldedIn(weakNames, f)
		}
		if !strongHit && !weakHit {
			continue
		}
		if a.eponymContext(k) || a.isLabelWord(k) || a.insideLongerPlace(k) {
			continue
		}
		// (a state after its town's comma is the state: "moved from
		// Savannah, Georgia" after "Georgia Abernathy", round 53)
		if weakHit && k >= 2 && a.lexOf(k)&lxRegion != 0 && a.isPunct(k-1, ",") && a.lexOf(k-2)&lxPlace != 0 && a.capShape(k-2) {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.8, pName)
	}
}

// insideLongerPlace: token k is one word of a place of several words
// ("São José de Ribamar" after a patient named Ribamar): the name found
// elsewhere does not cut the place.
func (a *analysis) insideLongerPlace(k int) bool {
	c := a.candAt(int(a.toks[k].s), TypeLocation)
	return c >= 0 && (a.cands[c].s < int(a.toks[k].s) || a.cands[c].e > int(a.toks[k].e))
}

// orgEndsAt: an ORGANIZATION candidate ends right before token k.
func (a *analysis) orgEndsAt(k int) bool {
	if a.orgEnds == nil {
		a.orgEnds = map[int]bool{}
		for _, c := range a.cands {
			if c.typ == TypeOrganization {
				a.orgEnds[c.e] = true
			}
		}
	}
	return a.orgEnds[int(a.toks[k-1].e)]
}

// locCueNear is a cheap pre-test for unlisted places: a cue word or a
// colon before token i, or a comma, hyphen, slash or bracket within the
// next four tokens of the line.
func (a *analysis) locCueNear(i int) bool {
	if p := i - 1; p >= 0 {
		if a.toks[p].kind == kWord && a.cue(p)&cuLocCue != 0 || a.isPunct(p, ":") || a.isPunct(p, ",") {
			return true
		}
	}
	for k := i + 1; k < len(a.toks) && k <= i+4; k++ {
		if a.toks[k].nl {
			return false
		}
		if a.toks[k].kind == kPunct {
			switch a.tokText(k) {
			case ",", "-", "/", "(", "–":
				return true
			}
			return false
		}
	}
	return false
}

// phraseFlags looks up the folded words of tokens [i,j) as one phrase.
func (a *analysis) phraseFlags(i, j int) uint32 {
	buf := a.buf[:0]
	for k := i; k < j; k++ {
		if a.toks[k].kind != kWord {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, a.folded(k)...) // (appendFold of its text)
	}
	a.buf = buf
	return a.v.lookupBytes(buf)
}

// wholeOrgHeads close an institution's name; "X Bank and Y Society" are
// two organisations (see detectOrgs).
var wholeOrgHeads = set(`bank hospital church school university college agency society association library
	company inc llc corp foundation ministries pantry shelter`)

// orgPreps are the words after which a run of capitalised words inside a
// sentence is most often the name of a place of work, care or study:
// "treated at Good Samaritan", "works for Bright Horizons", "caixa no
// Assaí Atacadista".
var orgPreps = set(`at the with for from by via through na no pela pelo numa num`)

// titleRunOrg: two or more capitalised words [i,j) inside a sentence after
// one of orgPreps, none of them a cue, month, region or medical word, and
// not already a name or a place, are taken as an organisation.
func (a *analysis) titleRunOrg(i, j int) {
	if j-i < 2 || i == 0 || a.sentenceStart(i) || a.toks[i].shape != shTitle {
		return
	}
	if a.folded(j-1) == "act" || a.jobTitleAt(i, j) || a.genericService41(i, j) {
		return // a law: "the No Surprises Act"; a post: "the Chief Medical Officer"; a service by its kind
	}
	// a device's or a drug's brand before its model names a product:
	// "marca-passo Medtronic Azure XT", "card says Xience Skypoint" (round 53)
	if x := a.lexOf(i); x&lxMedical != 0 && x&(lxCommon|lxName|lxGiven|lxPlace|lxRegion|lxDemonym|lxPlacePrefix) == 0 {
		return
	}
	p := i - 1
	if !a.isWord(p) || a.toks[i].nl {
		return
	}
	cue := a.cue(p)&cuOrgPrep != 0
	// (a Portuguese preposition is an English note's word: "no Part D",
	// round 50)
	if cue && a.en && !a.pt && a.toks[p].e-a.toks[p].s == 2 {
		switch a.folded(p) {
		case "no", "na", "em":
			cue = false
		}
	}
	if j < len(a.toks) && (a.isPunct(j, ":") || a.toks[j].kind == kNum && !a.toks[j].nl) {
		return
	}
	// (an eponym of two words before its noun: "no Austin Flint murmur",
	// round 47)
	if j < len(a.toks) && a.isWord(j) && !a.toks[j].nl && a.cue(j)&cuEponymAfter != 0 || formWords47[a.folded(i)] {
		return // (nor a form: "na Declaração de Saúde")
	}
	words, medical, proper := 0, 0, 0
	for k := i; k < j; k++ {
		if a.toks[k].kind != kWord {
			continue
		}
		x := a.lexOf(k)
		if x&lxParticle != 0 && a.toks[k].shape == shLower {
			continue
		}
		words++
		if x&lxMedical != 0 || a.eponymContext(k) {
			medical++
		} else if x&(lxCommon|lxStop|lxMonth|lxRegion|lxTitle|lxCred) == 0 {
			proper++
		}
	}
	// Without a preposition before it, a run of capitalised common words is
	// more often a heading or a form's title ("Attending Physician
	// Statement") than a name: it needs one word in no common list
	// ("Oakridge Primary Care").
	if words < 2 || medical == words || !cue && proper == 0 || notPHIPhrases[a.phraseText(i, j)] || proper == 0 && a.postOrProduct54(i, j) || a.eponymOf(i) {
		return
	}
	// the words of a plan of care ("per the Asthma Action Plan")
	if j < len(a.toks) && a.isWord(j) && a.folded(j) == "plan" && planKinds[a.folded(j-1)] {
		return
	}
	// without the preposition, a run that starts with a given name is a
	// person ("Encaminho Natália Barreto para …")
	if !cue && a.lexOf(i)&lxGiven != 0 {
		return
	}
	// with it, a given name and a surname are still a person ("spoke
	// with Gustavo Ferreira")
	if a.lexOf(i)&lxGiven != 0 && a.lexOf(j-1)&lxName != 0 && j-i == 2 && a.lexOf(j-1)&(lxOrgHead|lxPlace|lxRegion) == 0 && !a.orgHeadContinues(j-1) {
		return
	}
	s, e := int(a.toks[i].s), int(a.toks[j-1].e)
	for _, c := range a.cands {
		if c.s < e && s < c.e && (c.typ == TypeLocation && (c.prio > pLocation || c.s <= s && c.e >= e) || c.typ == TypeName && (c.prio > pDictName || !cue) || c.typ == TypeOrganization) {
			return
		}
	}
	a.add(s, e, TypeOrganization, 0.5, pCtxOrg)
}

// propagatePlaces marks other mentions of the distinctive words of places
// and organisations already found ("Eastside Family Clinic" … "Eastside";
// "CER Itapevi" after "em Itapevi"): capitalised words in no common list.
func (a *analysis) propagatePlaces() {
	var words map[string]string
	var covered []bool
	for _, c := range a.cands {
		if c.score < 0.6 || c.typ != TypeLocation && c.typ != TypeOrganization {
			continue
		}
		if covered == nil {
			covered = a.boolBuf(len(a.text))
		}
		for i := c.s; i < c.e; i++ {
			covered[i] = true
		}
	}
	if covered == nil {
		return
	}
	// (a.caps holds the word tokens that are not lower-case, in order)
	var seen [64]uint64 // the bits of the fold hashes of the words
	for _, ck := range a.caps {
		k := int(ck)
		t := a.toks[k]
		if t.shape == shSingle || !covered[t.s] || t.e-t.s < 4 {
			continue
		}
		x := a.lexOf(k)
		if x&(lxCommon|lxStop|lxOrgHead|lxParticle|lxRegion|lxMonth|lxMedical|lxTitle|lxCred) != 0 {
			continue
		}
		if words == nil {
			words = map[string]string{}
		}
		f := a.folded(k)
		if _, ok := words[f]; !ok {
			words[f] = a.typeAt(int(t.s))
			b := a.hashes[k] >> 52
			seen[b>>6] |= 1 << (b & 63)
		}
	}
	if len(words) == 0 {
		return
	}
	for _, ck := range a.caps {
		k := int(ck)
		t := a.toks[k]
		if covered[t.s] || a.claimedAt(k) {
			continue
		}
		if b := a.hashes[k] >> 52; seen[b>>6]&(1<<(b&63)) == 0 {
			continue // not in words
		}
		typ, ok := words[a.folded(k)]
		if !ok || typ == "" || a.eponymContext(k) {
			continue
		}
		a.add(int(t.s), int(t.e), typ, 0.6, pLocation)
	}
}

// propagateOrgLeads marks a later mention of an organisation by the first
// word of its name, when that word is a common one (propagatePlaces takes
// only words in no list): "Heartland Home Health" … "case manager with
// Heartland,", "Summit Physical Therapy" … "she goes to Summit on
// Fridays". The short mention must follow one of orgPreps inside a
// sentence and stand alone (no capitalised word after it).
func (a *analysis) propagateOrgLeads() {
	var leads map[string]bool
	for _, c := range a.cands {
		if c.typ != TypeOrganization || c.score < 0.6 || c.prio < pOrg {
			continue
		}
		k := a.tokAt(c.s)
		if k+1 >= len(a.toks) || int(a.toks[k].s) != c.s || a.toks[k].shape != shTitle || a.toks[k].e-a.toks[k].s < 4 ||
			int(a.toks[k+1].e) > c.e || a.lexOf(k)&(lxStop|lxOrgHead|lxParticle|lxRegion|lxMonth|lxMedical|lxTitle|lxCred|lxGiven) != 0 {
			continue
		}
		if leads == nil {
			leads = map[string]bool{}
		}
		leads[a.folded(k)] = true
	}
	if len(leads) == 0 {
		return
	}
	n := len(a.toks)
	for _, ck := range a.caps {
		k := int(ck)
		t := a.toks[k]
		if t.shape != shTitle || k == 0 || t.nl || a.claimedAt(k) || !leads[a.folded(k)] || a.cue(k-1)&cuOrgPrep == 0 || a.toks[k-1].shape != shLower {
			continue
		}
		if k+1 < n && !a.toks[k+1].nl && (a.capShape(k+1) || a.isPunct(k+1, "-") || a.isPunct(k+1, "'")) {
			continue
		}
		if a.coveredBy(int(t.s), TypeOrganization) {
			continue
		}
		a.add(int(t.s), int(t.e), TypeOrganization, 0.6, pCtxOrg)
	}
}

// coveredBy: a candidate of type typ covers byte i.
func (a *analysis) coveredBy(i int, typ string) bool {
	for _, c := range a.cands {
		if c.typ == typ && c.s <= i && i < c.e {
			return true
		}
	}
	return false
}

// typeAt: the type of the best location or organisation candidate at byte i.
func (a *analysis) typeAt(i int) string {
	best, prio := "", -1
	for _, c := range a.cands {
		if c.s <= i && i < c.e && (c.typ == TypeLocation || c.typ == TypeOrganization) && c.prio > prio {
			best, prio = c.typ, c.prio
		}
	}
	return best
}

// residenceVerbs say where someone lives or comes from; a capitalised word
// after them in mid-sentence is a place even when no gazetteer has it
// ("morador de Xaxim", "mora no Coroado", "lives in Tuba City"); so is one
// after a town's own nouns in lower case ("prefeitura de Crateús",
// "município de Xaxim").
var residenceVerbs = set(`mora moram morava morador moradora moradores reside residem residia residente residentes
	procedente procedentes oriundo oriunda lives live lived living resides resided prefeitura municipio cidade`)

// residencePrep: f may come between the verb and the place.
func residencePrep(f string) bool {
	switch f {
	case "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "in":
		return true
	}
	return false
}

// detectResidencePlaces reads the place after a residence verb.
func (a *analysis) detectResidencePlaces() {
	n := len(a.toks)
	next := 0 // (a place's tokens are passed over)
	for _, ck := range a.caps {
		// the place's capital first: most tokens fail there
		k := int(ck)
		i := k - 2
		if i < next {
			continue
		}
		// (the verb may open the sentence: "Lives in Normal with …")
		if a.toks[k].shape != shTitle || a.toks[i].kind != kWord || a.toks[i].shape != shLower && !(a.toks[i].shape == shTitle && a.sentenceStart(i)) || !a.isWord(i+1) ||
			a.toks[i+1].nl || !residencePrep(a.folded(i+1)) || !residenceVerbs[a.folded(i)] {
			continue
		}
		saint := k < n && (a.folded(k) == "sao" || a.folded(k) == "santa" || a.folded(k) == "santo") // "São José de Ribamar"
		// a town named by two words joined by a hyphen ("Ceará-Mirim",
		// "Embu-Guaçu"), whatever its first half names elsewhere
		hyphened := k+2 < n && a.isPunct(k+1, "-") && a.toks[k+1].gap == 0 && a.toks[k+2].gap == 0 && a.toks[k+2].shape == shTitle && a.pt
		if hyphened && a.toks[k].gap == 1 && !a.toks[k].nl && !a.claimedAt(k) && !a.claimedAt(k+2) && a.lexOf(k)&(lxStop|lxMonth|lxCred|lxTitle|lxRelation) == 0 {
			a.add(int(a.toks[k].s), int(a.toks[k+2].e), TypeLocation, 0.7, pLocation)
			next = k + 3
			continue
		}
		// (a listed town that is also a clinical word stays one after "lives
		// in": "She lives in Normal")
		stopPlace := a.lexOf(k)&(lxStop|lxPlace) == lxStop|lxPlace && a.lexOf(k)&(lxMonth|lxRegion|lxTitle|lxCred) == 0 && a.toks[k].shape == shTitle
		if k >= n || a.toks[k].nl || a.toks[k].gap != 1 || a.toks[k].shape != shTitle || a.claimedAt(k) ||
			!saint && (a.lexOf(k)&(lxRegion|lxStop|lxMonth|lxGiven|lxCred|lxTitle|lxRelation) != 0 && !stopPlace || a.lexOf(k)&lxName != 0 && a.lexOf(k)&(lxPlace|lxCommon) == 0) {
			continue
		}
		// (English capitalises "Home" or "Section 8 housing" often enough
		// that a common word needs a gazetteer there)
		if !a.pt && a.lexOf(k)&lxCommon != 0 && a.lexOf(k)&lxPlace == 0 {
			continue
		}
		// (a resident doctor's specialty: "residente de Cirurgia Geral",
		// round 50)
		if a.folded(i) == "residente" && a.folded(i+1) == "de" && a.lexOf(k)&lxPlace == 0 && (a.deptWord44(k) || a.lexOf(k)&lxMedical != 0) {
			continue
		}
		j := a.titleRun(k, 3)
		if stopPlace && j == k {
			j = k + 1
		}
		if j <= k {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[j-1].e), TypeLocation, 0.7, pLocation)
		next = j
	}
}

// addressVerbs take a person as their object ("call august").
var addressVerbs = set(`call called calling text texted tell told ask asked page paged update updated notify notified inform informed ligar liguei avisar avisei`)

// townPreps put a town after them in Portuguese.
var townPreps = set(`em para pra ate`)

// properBefore reports a word in no common, stop or medical list among
// tokens [l, h): the proper part of an organisation's name ("Vitalis").
func (a *analysis) properBefore(l, h int) bool {
	for k := l; k < h; k++ {
		if a.isWord(k) && a.lexOf(k)&(lxCommon|lxStop|lxMedical) == 0 {
			return true
		}
	}
	return false
}

// campusWords name a branch after an organisation's head.
var campusWords = set(`east west north south northeast northwest southeast southwest downtown midtown uptown norte sul leste oeste`)

// genericWorkplaces are kinds of place, not employers, after "works at".
var genericWorkplaces = set(`home night nights school church hospital office factory farm shop store market
	restaurant bar warehouse site construction casa escola igreja fazenda loja mercado obra noite`)

// determiners start a description, not a name ("The Women's Health clinic").
var determiners = set(`the a an our your my his her their this that these those its o a os as nosso nossa`)

// arrivalAbbr: how a patient arrived ("BIBA" brought in by ambulance,
// "BIBPD" by police, "POV" private vehicle), never part of a name.
var arrivalAbbr = set(`biba bibems bibpd bibfd pov`)
