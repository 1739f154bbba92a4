package phi

import "strings"

// Round 43 rules: research, registries and specialist reports (clinical
// trial screening logs, consent audit trails, adverse-event reports,
// biobank manifests, pedigrees, tumour boards, sleep and hearing
// reports). They lay their subjects out in tables aligned by blanks
// ("117-0041   RTH    BNR-440912    02-Feb-2024"), name them by
// initials ("Initials: M-J-K") and by participant codes that come back
// in the notes under the table ("PKD-3321: recollection booked"), and
// carry the numbers of the study itself — the sponsor's protocol, the
// trial's registration, the ethics approval ("Protocol CRD-4417-302
// (NCT05588214)", "CAAE 71120423.7.1001.0068") — which name no one.

// Kinds of this round's trigger words (recorded with round 39's, see
// r39Kinds and note39).
const (
	r43Code     uint64 = r42Law << (1 + iota) // codeLabels43
	r43Column                                 // columnWords43
	r43Death                                  // deathWords43
	r43Initials                               // initialsWords43
	r43Research                               // "research", "pesquisa"
)

// codeLabels43 label the numbers of a study that identify no one: its
// ethics approval (CAAE, the committee's "parecer", an IRB's number),
// the sponsor's protocol, the study's own code, a resolution's number
// ("Resolução CNS 466/12").
var codeLabels43 = set(`caae parecer irb protocol protocolo resolucao study estudo`)

// columnWords43 head the columns of a table of subjects that hold
// their initials or their codes (tableColumn43): a header holds one of
// them ("Scr No.  Init.  MRN", "Subject  Site  Age  Sex"), and the
// pass types its other columns too. (Not "age" nor "mrn": common words
// of every note, which would make the trigger list long.)
var columnWords43 = set(`init initials iniciais participant participante subject sujeito workstation estacao
	lot lote batch exp expiry validade rubrica`) // (round 50: a product's lot and expiry, no PHI; round 55: a delegation log's "RUBRICA")

// deathWords43 come before the age at which a relative died: "died at
// 96", "Age at death: 94", "faleceu aos 93".
var deathWords43 = set(`died death faleceu falecida falecido morreu obito`)

// initialsWords43 label a subject's initials: "Initials: M-J-K",
// "Iniciais: CMR".
var initialsWords43 = set(`initials iniciais`)

// outsideCodes43 drops a candidate wholly inside a study's number or a
// table's header (codes43): they hold no PHI, whatever rule read them
// as an identifier, a date or a name. A candidate may end on the
// punctuation after the number ("71120423.7.1001.0068)"). A name, place
// or organisation that runs into one is cut off it, as at a region
// ("IRB Mountain West University #22" is "Mountain West University").
func (a *analysis) outsideCodes43(c *cand) bool {
	for _, r := range a.codes43 {
		e := c.e
		for e > c.s && !isAlnumByte(a.text[e-1]) && a.text[e-1] < 0x80 {
			e--
		}
		switch {
		case e <= r[0] || c.s >= r[1]:
		case c.s >= r[0] && e <= r[1]:
			return false
		case c.typ != TypeName && c.typ != TypeOrganization && c.typ != TypeLocation:
		case c.s < r[0] && e <= r[1]:
			c.e = r[0]
			for c.e > c.s && strings.IndexByte(" ,;-/(#", a.text[c.e-1]) >= 0 {
				c.e--
			}
		case c.s >= r[0] && e > r[1]:
			c.s = r[1]
			for c.s < c.e && strings.IndexByte(" ,;-/)#", a.text[c.s]) >= 0 {
				c.s++
			}
		}
	}
	return c.e > c.s
}

func isAlnumByte(c byte) bool { return isDigit(c) || isASCIILetter(c) }

// late43 runs this round's passes that read what the others found.
func (a *analysis) late43() {
	a.protectStudyCodes43()
	a.detectSpacedTables43()
	a.detectLabelledInitials43()
	a.detectDeathAges43()
	a.detectAgeLabels43()
	a.detectPedigreeNames43()
	a.detectCountyFields43()
	a.detectResearchOrgs43()
	a.extendCands43()
}

// code43 is a subject's code a rule found, for propagateCodes43.
type code43 struct {
	v, key string
	nd     int
	typ    string
}

// extendCands43 walks the candidates once for the passes that grow
// one or read one (as extendCands42 does): a label's surname before a
// name's comma, an organisation's region or possessive, a letterhead's
// name before its CNPJ, the subjects' codes that propagateCodes43 looks
// for elsewhere; and round 44's: a notification's number after its
// state's code, a ZIP after a town or a street, a name before an age's
// comma.
func (a *analysis) extendCands43() {
	var buf [24]code43
	codes := buf[:0]
	var n49 names49 // (round49.go)
	n49.lastS = -1
	dash, plus := a.hasPunct('-'), a.hasPunct('+')
	nc := len(a.cands)
	for ci := 0; ci < nc; ci++ {
		c := &a.cands[ci]
		switch c.typ {
		case TypeName:
			if c.s >= 4 && a.text[c.s-1] == ' ' && a.text[c.s-2] == ',' {
				a.labelSurname43(*c)
				a.surnameBefore53(*c) // (round53.go: "… - DuBois, Marcel, acc …")
			}
			// (round53.go: an OCR's initial spaced off after a surname's
			// comma, "STRAUB ,  K .")
			if a.ocr && c.e+4 < len(a.text) && a.text[c.e] == ' ' {
				a.ocrInitial53(*c)
			}
			// (round50.go: "Szabo, Gyula (LG-3311047)")
			if c.e+4 < len(a.text) && a.text[c.e] == ',' && a.text[c.e+1] == ' ' && isASCIIUpper(a.text[c.e+2]) && strings.IndexByte(a.text[c.e+3:min(len(a.text), c.e+24)], '(') >= 0 {
				a.givenBeforeCode50(*c)
			}
			// (round45.go: a surname that is also a particle, "Quoc Le,")
			if c.e+3 < len(a.text) && a.text[c.e] == ' ' && isASCIIUpper(a.text[c.e+1]) && a.text[c.e+3] < 'a' {
				a.particleSurname45(*c)
			}
			// (round49.go: a drug's brand in a list of drugs, a second
			// initial and the surname, the word before a name met in a
			// longer one)
			if c.s >= 3 && b2u(c.e < len(a.text) && a.text[c.e] == ',')|b2u(a.text[c.e-1] == '.')|b2u(a.text[c.s-1] == ' ') != 0 && a.nameAround49(*c) {
				a.extendName49(*c, &n49)
			}
		case TypePhone:
			// (round45.go: a country's code spaced off, "+39 347 …")
			if c.s >= 4 && a.text[c.s-1] == ' ' && isDigit(a.text[c.s-2]) && plus {
				a.phoneCountryCode45(*c)
			}
			// (round50.go: the person whose number it is, before the
			// colon: "…, Divina Alves: (62) 98457-1320")
			if c.s >= 8 && a.text[c.s-1] == ' ' && a.text[c.s-2] == ':' {
				a.namedPhone50(*c)
			}
		case TypeOrganization:
			if c.e+1 < len(a.text) && (a.text[c.e] == ' ' || a.text[c.e] == '\'' || a.text[c.e] == 0xE2) {
				a.extendOrgRegion43(*c)
			}
			a.genericOrg44(*c) // (round44.go)
			if c.e+3 < len(a.text) && a.orgAround49(*c) {
				a.extendOrg49(*c) // (round49.go)
			}
			// (round53.go: a state's health plan, a kind of court)
			if c.e-c.s >= 12 && (a.text[c.e-1] == 'n' || a.text[c.e-1] == 't') {
				a.orgKinds53(*c)
			}
			// (round50.go: "FirstHealth Moore Regional")
			if c.e+9 <= len(a.text) && a.text[c.e] == ' ' && a.text[c.e+1] == 'R' && a.text[c.e:c.e+9] == " Regional" {
				a.orgRegional50(*c)
			}
		case TypeCNPJ:
			if a.pt {
				a.dashedCNPJOrg43(*c)
			}
		case TypeDate:
			// (round53.go: a score or a size read as a day and a month,
			// "MoCA today 11/30", "3/4\" needle")
			if c.e-c.s <= 5 && c.e-c.s >= 3 && (a.text[c.e-2] == '/' || a.text[c.e-3] == '/') {
				a.scoreFraction53(*c)
			}
		case TypeVehicle:
			// (round53.go: a blood pressure after "PA", no plate)
			if c.e-c.s >= 8 && a.text[c.s] == 'P' {
				a.pressurePlate53(*c)
			}
		case TypeID, TypeMRN:
			if dash && len(codes) < len(buf) && c.e-c.s >= 5 && c.e-c.s <= 24 {
				codes = a.collectCode43(*c, codes)
			}
			// (round44.go: a notification's number after its state's code)
			if a.pt && c.typ == TypeID && c.s >= 4 && a.text[c.s-1] == ' ' && isASCIIUpper(a.text[c.s-2]) && isASCIIUpper(a.text[c.s-3]) {
				a.statePrefix44(*c)
			}
		case TypeLocation:
			// (round44.go: a ZIP after the town that closes an address; a
			// county's office after its name)
			if c.e+6 <= len(a.text) && a.text[c.e] == ' ' && isDigit(a.text[c.e+1]) {
				a.townZip44(*c)
			} else if c.e+3 < len(a.text) && a.text[c.e] == ' ' && isASCIIUpper(a.text[c.e+1]) && strings.HasSuffix(a.text[c.s:c.e], "County") {
				a.countyOffice44(*c)
			}
		case TypeAddress:
			// (round44.go: a town and a ZIP after the street)
			if c.e+8 < len(a.text) && a.text[c.e] == ' ' && isASCIIUpper(a.text[c.e+1]) {
				a.townAfterAddress44(*c)
			} else if c.e+9 < len(a.text) && a.text[c.e] == ',' && a.text[c.e+1] == ' ' && isASCIIUpper(a.text[c.e+2]) {
				a.townAfterAddress44(*c) // (round50.go: after the street's comma)
			}
			// (round50.go: the part of the house, "…, 2nd floor rear",
			// "casa 3 (fundos)")
			if c.e+4 < len(a.text) && a.text[c.e] == ' ' && (a.text[c.e+1] == '(' || 'a' <= a.text[c.e+1] && a.text[c.e+1] <= 'z') {
				a.addressPart50(*c)
			}
			// (round45.go: the practice on the line above, under a
			// clinician's signature)
			if c.s > 8 && a.text[c.s-1] == '\n' {
				a.practiceAboveAddress45(*c)
			}
		case TypeAge:
			// (round44.go: the name before the age's comma or bracket)
			if c.s >= 4 && a.text[c.s-1] == ' ' && a.text[c.s-2] == ',' {
				a.nameBeforeAge44(*c)
			} else if c.s >= 4 && a.text[c.s-1] == '(' && a.text[c.s-2] == ' ' {
				a.nameBeforeParenAge44(*c)
			}
		}
	}
	if len(codes) > 0 {
		a.propagateCodes43(codes)
	}
}

// studyCodeRun43 reads a sponsor's protocol code at token k: a group of
// two to six capitals, then groups of capitals, letters and digits or
// numbers of four digits at most, joined by hyphens without blanks
// ("CRD-4417-302", "ONC-BR-HER2-204", "NPB-2021-07"), seven digits at
// most; a ticket's or a sample's "protocolo" and a site's IRB protocol
// have longer numbers ("PR-2024-7718423", "LM-24-0205-3381",
// "LMU-IRB-2023-0417"), and they are identifiers. It returns the
// token after the code and the number of its groups of letters (k if
// none).
func (a *analysis) studyCodeRun43(k int) (int, int) {
	n := len(a.toks)
	if k >= n || !a.isWord(k) || a.toks[k].shape != shUpper || a.toks[k].e-a.toks[k].s < 2 || a.toks[k].e-a.toks[k].s > 6 {
		return k, 0
	}
	j, letters, digits := k+1, 1, 0
	for j+1 < n && a.isPunct(j, "-") && a.toks[j].gap == 0 && a.toks[j+1].gap == 0 {
		t := a.toks[j+1]
		switch {
		case t.kind == kNum && t.e-t.s <= 4:
			digits += int(t.e - t.s)
		case t.kind == kAlnum && t.e-t.s <= 6:
			digits += countDigits(a.tokText(j + 1))
			letters++
		case t.kind == kWord && (t.shape == shUpper || t.shape == shSingle) && t.e-t.s <= 6:
			letters++
		default:
			return k, 0
		}
		j += 2
	}
	if j == k+1 || digits == 0 || digits > 7 || j < n && a.toks[j].gap == 0 && (a.toks[j].kind != kPunct || a.isPunct(j, "-")) {
		return k, 0
	}
	return j, letters
}

// codeValue43 reads the number of an approval after its label, from
// token k: numbers, alphanumeric tokens, dots, hyphens and slashes on
// the line (an OCR's spaced digits too: "5 8 8 1 2 4 2 2 . 0 . 0 0 0
// 0"); it returns the token after it (k if it holds no digit).
func (a *analysis) codeValue43(k int) int {
	n := len(a.toks)
	j, digits := k, false
	for j < n && !a.toks[j].nl && (j == k || a.toks[j].gap <= 2) {
		t := a.toks[j]
		if t.kind == kNum || t.kind == kAlnum {
			digits = true
		} else if !(t.ch == '.' || t.ch == '-' || t.ch == '/') || j == k {
			break
		}
		j++
	}
	for j > k && a.toks[j-1].kind == kPunct {
		j--
	}
	if !digits {
		return k
	}
	return j
}

// protectStudyCodes43 finds the numbers of a study (codes43): the CAAE
// and the "parecer" of a Brazilian ethics committee, an IRB's number
// ("IRB # 2022-0611", "IRB protocol STUDY00018842", "IRB Mountain West
// University #22-1184"), a sponsor's protocol code after "protocol"
// ("Sponsor protocol: ONC-PD1-2210", "Protocolo do patrocinador:
// ONC-BR-HER2-204") or after a study's label ("Estudo: MET-NASH-301"),
// a resolution's number ("Resolução CNS 466/12"), and the registrations
// of trials (NCT05588214, ISRCTN12345678), which public registries
// list.
func (a *analysis) protectStudyCodes43() {
	n := len(a.toks)
	for _, p := range a.classToks(tcAlnum) {
		k := int(p)
		if v := a.tokText(k); trialRegistration43(v) {
			a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[k].e)})
		}
	}
	if a.has39(r43Code) {
		for x, p := range a.r39Pos {
			i := int(p)
			if a.r39Kind[x]&r43Code == 0 || !a.isWord(i) || i+1 >= n {
				continue
			}
			f := a.folded(i)
			k := i + 1
			switch f {
			case "protocol", "protocolo":
				// "Protocol: X", "protocolo do patrocinador: X", "protocol # X"
				if k+1 < n && a.isWord(k) && a.folded(k) == "do" && a.folded(k+1) == "patrocinador" {
					k += 2
				}
				for k < n && k < i+5 && !a.toks[k].nl && (a.isPunct(k, ":") || a.isPunct(k, "#") || a.isPunct(k, ".") || a.isWord(k) && (a.folded(k) == "no" || a.folded(k) == "nº" || a.folded(k) == "number" || a.folded(k) == "numero")) {
					k++
				}
				if k >= n || a.toks[k].nl {
					continue
				}
				if e, _ := a.studyCodeRun43(k); e > k {
					a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[e-1].e)})
				}
			case "irb":
				// up to five words of the board's name, "protocol", "#"
				// (one of them, or a code of letters and digits: "Reported
				// to IRB: 02/20/2024" is a date)
				marked := false
				for k < n && k < i+8 && !a.toks[k].nl && (a.isPunct(k, "#") || a.isPunct(k, ":") || a.isWord(k) && (a.capShape(k) || a.folded(k) == "protocol" || a.folded(k) == "no" || a.folded(k) == "number" || a.folded(k) == "approval")) {
					if a.isWord(k) && a.toks[k].shape == shUpper && k+1 < n && a.toks[k+1].gap == 0 && a.toks[k+1].kind == kNum {
						break // "STUDY00018842" is a word and a number
					}
					marked = marked || a.isPunct(k, "#") || a.isWord(k) && (a.folded(k) == "protocol" || a.folded(k) == "no" || a.folded(k) == "number" || a.folded(k) == "approval")
					k++
				}
				if k >= n || !marked && a.toks[k].kind != kAlnum {
					continue
				}
				if e := a.codeValue43(k); e > k {
					a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[e-1].e)})
					if a.toks[i].shape == shUpper {
						// (the board's acronym is none of the name before
						// its number: "IRB Mountain West University #…")
						a.codes43 = append(a.codes43, [2]int{int(a.toks[i].s), int(a.toks[i].e)})
					}
				}
			case "study", "estudo":
				// a study's label before its code: "Estudo: MET-NASH-301",
				// "Study: GYN-ADC-118" (two groups of letters; "Study ID:
				// HC-0412" is a subject's)
				if k+1 < n && a.isPunct(k, ":") && !a.toks[k+1].nl {
					if e, l := a.studyCodeRun43(k + 1); e > k+1 && l >= 2 {
						a.codes43 = append(a.codes43, [2]int{int(a.toks[k+1].s), int(a.toks[e-1].e)})
					}
				}
			case "caae", "parecer", "resolucao":
				if f == "resolucao" && k < n && a.isWord(k) && a.toks[k].shape == shUpper && a.toks[k].e-a.toks[k].s <= 6 {
					k++ // the council: "Resolução CNS 466/12"
				}
				for k < n && k < i+5 && !a.toks[k].nl && (a.isPunct(k, ":") || a.isPunct(k, "#") || a.isPunct(k, ".") || a.isWord(k) && (a.folded(k) == "no" || a.folded(k) == "nº" || a.folded(k) == "n" || a.folded(k) == "numero")) {
					k++
				}
				if k >= n || a.toks[k].nl || a.toks[k].kind != kNum {
					continue
				}
				if e := a.codeValue43(k); e > k {
					a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[e-1].e)})
				}
			}
		}
	}
}

// trialRegistration43: v is a trial's public registration number:
// NCT and eight digits, ISRCTN and eight digits.
func trialRegistration43(v string) bool {
	switch {
	case len(v) == 11 && strings.HasPrefix(v, "NCT"):
		return allDigits(v[3:])
	case len(v) == 14 && strings.HasPrefix(v, "ISRCTN"):
		return allDigits(v[6:])
	}
	return false
}

// spacedCell43 is a cell of a line laid out in columns by blanks.
type spacedCell43 struct{ s, e int }

// spacedCells43 splits the line [s, e) at runs of two blanks or more
// or a tab (one blank stays inside a cell: "Sample ID", "EDTA plasma").
// typeHeader43 types the columns of a header row with column (from the
// folded cell text) into types and returns how many got a type, or -1
// when a cell cannot be a header (shared by blank-laid and pipe tables).
func (a *analysis) typeHeader43(hs []spacedCell43, types []string, column func(string) string) int {
	typed := 0
	for c, h := range hs {
		v := a.text[h.s:h.e]
		if !headerCell43(v) {
			return -1
		}
		types[c] = column(foldString(v))
		if types[c] != "" {
			typed++ // (a column of no PHI too: its cells are code regions, round 50)
		}
	}
	return typed
}

func (a *analysis) spacedCells43(s, e int, out []spacedCell43) []spacedCell43 {
	out = out[:0]
	p := s
	for p < e {
		for p < e && (a.text[p] == ' ' || a.text[p] == '\t' || a.text[p] == '\r') {
			p++
		}
		if p >= e {
			break
		}
		q := p
		for q < e {
			c := a.text[q]
			if c == '\t' || c == ' ' && q+1 < e && (a.text[q+1] == ' ' || a.text[q+1] == '\t') {
				break
			}
			q++
		}
		x := q
		for x > p && (a.text[x-1] == ' ' || a.text[x-1] == '\r') {
			x--
		}
		out = append(out, spacedCell43{p, x})
		p = q
	}
	return out
}

// headerCell43: v can name a column of a table: 30 bytes at most, a
// letter first, letters, blanks and the marks of a heading ("Scr
// No.", "Vol (mL)", "Nº triagem", "Status / reason"), no digit, colon
// or comma (a field's "Label: value", "DOB 12/24/1975").
func headerCell43(v string) bool {
	if v == "#" {
		return true // (a row's number, round 45)
	}
	if len(v) == 0 || len(v) > 30 || !isLetter(rune(v[0])) && v[0] < 0x80 {
		return false
	}
	for i, r := range v {
		// (a digit only after "#": "TST/IGRA #1", round 45)
		if !(isLetter(r) || strings.IndexRune(" ./()#-%º°", r) >= 0 || isDigit(byte(r)) && i > 0 && v[i-1] == '#') {
			return false
		}
	}
	return true
}

// typeInitials43 types a column of initials (tableColumn43).
const typeInitials43 = "initials"

// tableColumn43 types the column named h (folded) of a table laid out
// by blanks: a subject's initials, a participant's or subject's code,
// then the column names of a CSV export (csvColumn).
func tableColumn43(h string) string {
	for _, w := range strings.FieldsFunc(h, func(r rune) bool { return r == ' ' || r == '.' || r == '/' || r == '-' }) {
		switch w {
		case "init", "initials", "iniciais", "inic", "rubrica":
			return typeInitials43
		case "participant", "participante", "subject", "sujeito":
			return TypeID
		case "lot", "lote", "batch", "exp", "expiry", "validade":
			// a product's lot and expiry (a compounding record's, a
			// dispensing log's) name no one (round 50)
			if len(h) <= 10 {
				return typeNone47
			}
		case "screening", "triagem", "scr":
			// (round 49: "Nº triagem", "Screening #"; not "Screening
			// date")
			if c := csvColumn(h); c != "" && c != TypeID {
				return c
			}
			return TypeID
		}
	}
	return csvColumn(h)
}

// initials43: v is a person's initials: two to four capitals ("RTH"),
// or capitals after dots or hyphens ("M.J.S.", "M-J-K").
func initials43(v string) bool {
	letters, run, maxRun := 0, 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isASCIIUpper(c):
			letters++
			run++
			maxRun = max(maxRun, run)
		case (c == '.' || c == '-') && i > 0 && isASCIIUpper(v[i-1]):
			run = 0
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 4 && (maxRun == letters || maxRun == 1)
}

// detectSpacedTables43 types the cells of a table laid out by blanks
// under its header: a line of three column names or more apart by wide
// gaps, one of which a trigger word opens (columnWords43), then the
// rows with as many cells (up to a blank line): "Scr No.    Init.
// MRN", "Pos  Sample ID   Participant   Collected", "Subject   Site
// Age   Sex". The initials, the participant's code, the record's number,
// an age from 90 and the columns of a CSV export's names (csvColumn).
func (a *analysis) detectSpacedTables43() {
	if a.ocr || !a.has39(r43Column) {
		return
	}
	var hbuf, rbuf [16]spacedCell43
	var types [16]string
	lastLine := -1
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r43Column == 0 || !a.isWord(i) || !(a.toks[i].nl || a.toks[i].gap >= 2 || i == 0) || !a.cellEndsNear43(i) {
			continue
		}
		s := int(a.toks[i].s)
		for s > 0 && a.text[s-1] != '\n' && int(a.toks[i].s)-s < 240 {
			s--
		}
		if s == lastLine || s > 0 && a.text[s-1] != '\n' {
			continue
		}
		lastLine = s
		e := a.lineEnd(s)
		hs := a.spacedCells43(s, e, hbuf[:0])
		if len(hs) < 3 || len(hs) > len(hbuf) {
			continue
		}
		if a.typeHeader43(hs, types[:], tableColumn43) <= 0 {
			continue
		}
		// the rows
		rows := 0
		for rs := e + 1; rs < len(a.text); {
			re := a.lineEnd(rs)
			rc := a.spacedCells43(rs, re, rbuf[:0])
			if len(rc) < 2 {
				break // a blank line, or prose
			}
			if len(rc) > len(hs) && alignedRow47(hs, rc, s, rs) {
				rc = rc[:len(hs)] // (a remark after the last column, round 47)
			}
			if len(rc) == len(hs) {
				rows++
				for c, cell := range rc {
					if types[c] == "" {
						continue
					}
					v := a.text[cell.s:cell.e]
					if types[c] == typeInitials43 {
						if initials43(v) {
							a.add(cell.s, cell.e, TypeName, 0.85, pStruct)
						}
						continue
					}
					a.csvCellValue(types[c], cell.s, cell.e)
				}
			}
			rs = re + 1
		}
		if rows > 0 {
			// (the header names no one: "Init.", "Vol.", "Arm  SAE term")
			a.codes43 = append(a.codes43, [2]int{hs[0].s, hs[len(hs)-1].e})
		}
	}
}

// cellEndsNear43: the cell that token i opens ends within four tokens
// at a wide gap or the line's end ("Init.  MRN", "Sample ID
// Participant"), as a header's cell does ("Age: 45" does not).
func (a *analysis) cellEndsNear43(i int) bool {
	n := len(a.toks)
	for k := i + 1; k < n && k <= i+4; k++ {
		t := a.toks[k]
		if t.nl || t.gap >= 2 {
			return true
		}
		if t.ch == ':' || t.ch == ',' {
			return false
		}
	}
	return i+4 >= n
}

// detectLabelledInitials43 reads a subject's initials after their
// label: "Initials: M-J-K", "Subject initials: LRM", "Iniciais: CMR".
func (a *analysis) detectLabelledInitials43() {
	if !a.has39(r43Initials) {
		return
	}
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r43Initials == 0 || !a.isWord(i) || i+2 >= n || !a.isPunct(i+1, ":") || a.toks[i+2].nl {
			continue
		}
		k := i + 2
		e := k
		for e < n && (e == k || a.toks[e].gap == 0) && (a.isWord(e) && a.toks[e].shape == shUpper || a.toks[e].shape == shSingle || e > k && (a.isPunct(e, ".") || a.isPunct(e, "-"))) {
			e++
		}
		if e == k || e < n && a.toks[e].gap == 0 && a.toks[e].kind != kPunct {
			continue
		}
		s, t := int(a.toks[k].s), int(a.toks[e-1].e)
		if initials43(a.text[s:t]) && !a.claimedAt(k) {
			a.add(s, t, TypeName, 0.8, pName)
		}
	}
}

// detectDeathAges43 reads the age from 90 at which a relative died, in
// a pedigree or a death's record: "died at 96", "died at 102", "Age at
// death: 94", "faleceu aos 93"; and (round 54) with the cause or the
// place after it ("died at 93 of heart failure") or the date before
// ("died 01/06/2021 at 97", dateThenAt54).
func (a *analysis) detectDeathAges43() {
	if !a.has39(r43Death) {
		return
	}
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r43Death == 0 || !a.isWord(i) || i+2 >= n {
			continue
		}
		k, b := a.dateThenAt54(i+1), a.dateThenAt54(i+1)
		for k < n && k < b+2 && !a.toks[k].nl && (a.isPunct(k, ":") || a.isWord(k) && a.toks[k].shape == shLower) {
			switch {
			case a.isPunct(k, ":"):
			case a.folded(k) == "at" || a.folded(k) == "aged" || a.folded(k) == "age" || a.folded(k) == "aos" || a.folded(k) == "com":
			default:
				k = n
				continue
			}
			k++
		}
		if k >= n || k == b || a.toks[k].kind != kNum || a.toks[k].nl {
			continue
		}
		v := a.tokText(k)
		if len(v) < 2 || len(v) > 3 || v < "90" && len(v) == 2 || len(v) == 3 && v > "125" {
			continue
		}
		if j := k + 1; j < n && !a.toks[j].nl {
			t := a.toks[j]
			switch {
			case t.ch == '.' || t.ch == ',' || t.ch == ';' || t.ch == ')':
				if t.ch == '.' && t.gap == 0 && j+1 < n && a.toks[j+1].kind == kNum && a.toks[j+1].gap == 0 {
					continue // a decimal
				}
			case a.isWord(j) && t.gap == 1:
				switch a.folded(j) {
				case "years", "year", "yrs", "y", "yo", "anos", "ano", "a", "of", "from", "in", "without", "with", "after", "de", "em", "sem", "por", "and", "e":
				default:
					continue
				}
			case t.gap >= 2:
			default:
				continue
			}
		}
		if !a.claimedAt(k) {
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeAge, 0.8, pAge)
		}
	}
}

// hyphenRun43 reads the code joined by hyphens around the hyphen at
// token h: numbers, alphanumeric tokens and words of capitals, no
// blank between them ("PA-023-0007", "012-S-031", "PKD-3321"). It
// returns its first and last tokens, or -1.
func (a *analysis) hyphenRun43(h int) (int, int) {
	n := len(a.toks)
	part := func(k int) bool {
		if k < 0 || k >= n {
			return false
		}
		t := a.toks[k]
		return t.kind == kNum || t.kind == kAlnum || t.kind == kWord && (t.shape == shUpper || t.shape == shSingle)
	}
	if h < 1 || h+1 >= n || a.toks[h].gap != 0 || a.toks[h+1].gap != 0 || !part(h-1) || !part(h+1) {
		return -1, -1
	}
	s := h - 1
	for s >= 2 && a.isPunct(s-1, "-") && a.toks[s].gap == 0 && a.toks[s-1].gap == 0 && part(s-2) {
		s -= 2
	}
	e := h + 1
	for e+2 < n && a.isPunct(e+1, "-") && a.toks[e+1].gap == 0 && a.toks[e+2].gap == 0 && part(e+2) {
		e += 2
	}
	if s > 0 && a.toks[s].gap == 0 && a.toks[s-1].kind != kPunct || e+1 < n && a.toks[e+1].gap == 0 && a.toks[e+1].kind != kPunct {
		return -1, -1
	}
	return s, e
}

// siblingKey43 is the letters of a code of capitals, a hyphen and
// digits ("PKD-3321" → "PKD-", 4), or "" for another shape.
func siblingKey43(v string) (string, int) {
	i := 0
	for i < len(v) && isASCIIUpper(v[i]) {
		i++
	}
	if i < 2 || i > 5 || i+4 > len(v) || v[i] != '-' || !allDigits(v[i+1:]) {
		return "", 0
	}
	return v[:i+1], len(v) - i - 1
}

// collectCode43 appends the subject's code that candidate c holds (an
// identifier or a record's number of letters and digits joined by
// hyphens, no study's code) to codes, once.
func (a *analysis) collectCode43(c cand, codes []code43) []code43 {
	v := a.text[c.s:c.e]
	if strings.IndexByte(v, '-') < 0 || strings.IndexByte(v, ' ') >= 0 || !hasDigit(v) {
		return codes
	}
	if cc := c; len(a.codes43) > 0 && (!a.outsideCodes43(&cc) || cc.s != c.s || cc.e != c.e) {
		return codes
	}
	for _, o := range codes {
		if o.v == v {
			return codes
		}
	}
	key, nd := siblingKey43(v)
	return append(codes, code43{v, key, nd, c.typ})
}

// propagateCodes43 marks the other mentions of the subjects' codes that
// the rules found (a table's, a label's): the same code in the notes
// under a table ("PA-023-0007: thrombus seen …", "- 012-S-032:
// encaminhada …"), and a code with the same capitals and as many digits
// ("MAL-1127" beside "MAL-1120", "MAL-1133").
func (a *analysis) propagateCodes43(codes []code43) {
	next := 0
	for _, hp := range a.classToks('-') {
		h := int(hp)
		if h < next || h < 1 || a.claimedAt(h-1) {
			continue // (a date's, a phone's, an identifier's found early)
		}
		s, e := a.hyphenRun43(h)
		if s < 0 {
			continue
		}
		next = e + 1
		v := a.text[a.toks[s].s:a.toks[e].e]
		key, nd := siblingKey43(v)
		for _, c := range codes {
			if c.v == v || key != "" && c.key == key && c.nd == nd {
				if a.candAt(int(a.toks[s].s), TypeID, TypeMRN) < 0 {
					a.add(int(a.toks[s].s), int(a.toks[e].e), c.typ, 0.7, pGenericID)
				}
				break
			}
		}
	}
}

// ethnicWords43 name an ancestry or a people beyond a country
// ("Ethnicity: European, Ashkenazi Jewish"): demonyms, no names.
var ethnicWords43 = set(`jewish ashkenazi sephardic sephardi european hispanic latino latina latinx asian african
	caucasian arab mestizo pardo parda indigena afrodescendente rican ricans`)

// roleLabelCred43: the credential at token k, right after the run that
// ends before token j, labels a role with its colon ("Lead CRC: Tessa
// Moravec", "Charge RN: …"): the word before it is the role's, no
// name. A name before its credential has a comma ("Moravec, CCRP").
func (a *analysis) roleLabelCred43(j, k int) bool {
	return k == j && k+1 < len(a.toks) && a.isPunct(k+1, ":") && a.toks[k+1].gap == 0 && a.isWord(j-1) && a.lexOf(j-1)&lxCommon != 0
}

// communityDemonyms43 name the communities that founded Brazilian
// hospitals ("Hospital Português", "Hospital Alemão", "Hospital
// Israelita"): after "Hospital" they make its name, though a language
// or a people elsewhere.
var communityDemonyms43 = set(`portugues alemao espanhol italiano israelita japones frances ingles suico libanes sirio arabe`)

// communityHospital43: "Hospital" at token h and a community's demonym
// after it, in Portuguese.
func (a *analysis) communityHospital43(h int) bool {
	return a.pt && a.folded(h) == "hospital" && communityDemonyms43[a.folded(h+1)]
}

// dashedCNPJOrg43 reads a letterhead's name before its CNPJ c
// when a dash parts the brand from the kind of business: "GENOMA SUL -
// LABORATÓRIO DE GENÉTICA MÉDICA LTDA - CNPJ …" (detectCNPJOrgs stops
// at the inner dash). The part after the dash holds an organisation's
// head; the name opens its line.
func (a *analysis) dashedCNPJOrg43(c cand) {
	k := a.firstTokenFrom(c.s)
	for k > 0 && a.toks[k-1].kind == kPunct && !a.toks[k].nl && !a.spacedDash(k-1) {
		k-- // "CNPJ: …", "CNPJ nº …"
	}
	if k > 0 && a.isWord(k-1) && a.folded(k-1) == "n" {
		k--
	}
	if k < 3 || !a.isWord(k-1) || a.folded(k-1) != "cnpj" || a.toks[k-1].nl || !a.spacedDash(k-2) {
		return
	}
	r := k - 2 // the name ends before r
	l, dash, head := -1, -1, false
	for q := r - 1; q >= 0 && r-q <= 14; q-- {
		if a.claimedAt(q) || a.toks[q].kind == kNum {
			l = -1
			break
		}
		if a.isWord(q) && (a.capShape(q) || a.lexOf(q)&lxParticle != 0 && a.toks[q].shape == shLower) || a.isPunct(q, "&") || a.isPunct(q, ".") && a.toks[q].gap == 0 {
			l = q
			if dash < 0 && a.lexOf(q)&lxOrgHead != 0 {
				head = true
			}
			if q == 0 || a.toks[q].nl {
				break
			}
			continue
		}
		if dash < 0 && head && a.spacedDash(q) && !a.toks[q].nl {
			dash = q
			continue
		}
		l = -1
		break
	}
	if l < 0 || dash < 0 || l >= dash || !a.capShape(l) || !(l == 0 || a.toks[l].nl) {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
}

// pedigreeMark43: the bracket at token k holds a pedigree's position, a
// generation in Roman numerals and a number ("(III-2)", "(I-1)").
func (a *analysis) pedigreeMark43(k int) bool {
	n := len(a.toks)
	if k+4 >= n || !a.isWord(k+1) || !a.isPunct(k+2, "-") || a.toks[k+3].kind != kNum || !a.isPunct(k+4, ")") ||
		a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 || a.toks[k+3].gap != 0 || a.toks[k+3].e-a.toks[k+3].s > 2 {
		return false
	}
	v := a.tokText(k + 1)
	return len(v) <= 4 && strings.Trim(v, "IVX") == ""
}

// detectPedigreeNames43 reads the relatives a pedigree names before
// their position in brackets: "Irmã Helena (III-2), 1 ano", "Grandmother
// Concetta Russo (I-2)". The words in title case before the bracket, a
// relation, title or cue word stopping them.
func (a *analysis) detectPedigreeNames43() {
	if !a.hasPunct('(') {
		return
	}
	for _, bp := range a.classToks('(') {
		k := int(bp)
		if k < 1 || a.toks[k].gap != 1 || !a.pedigreeMark43(k) {
			continue
		}
		s := k
		for q := k - 1; q >= 0 && q > k-5 && a.isWord(q) && a.toks[q].shape == shTitle && !a.claimedAt(q) && (q == k-1 || a.toks[q+1].gap == 1 && !a.toks[q+1].nl); q-- {
			if a.lexOf(q)&(lxStop|lxRelation|lxTitle|lxMonth|lxOrgHead|lxCred|lxNameLabel|lxMedical) != 0 && a.lexOf(q)&(lxGiven|lxName) == 0 || a.lexOf(q)&(lxRelation|lxTitle) != 0 {
				break
			}
			s = q
		}
		if s < k {
			a.add(int(a.toks[s].s), int(a.toks[k-1].e), TypeName, 0.8, pName)
		}
	}
}

// labelSurname43 takes the surname before a name's comma into the
// name c a rule found after it, when the surname fills a label's
// field: "Recipient: Nguyen, Bao Chau", "Case 2: HOSSEINI, Parisa,
// MRN …" (the given name found, the surname in capitals or a word of
// the lists).
func (a *analysis) labelSurname43(c cand) {
	const bad = lxStop | lxMedical | lxMonth | lxRegion | lxCred | lxTitle | lxRelation | lxOrgHead | lxNameLabel | lxLabel
	k := a.firstTokenFrom(c.s)
	if k < 3 || !a.isPunct(k-1, ",") || a.toks[k-1].gap != 0 || a.toks[k].nl || a.toks[k].gap != 1 {
		return
	}
	j := k - 2
	if !(a.isPunct(j-1, ":") && !a.toks[j].nl || a.toks[j].nl) {
		return
	}
	if !a.isWord(j) || !a.capShape(j) || a.toks[j].e-a.toks[j].s < 2 || a.claimedAt(j) || a.lexOf(j)&(bad|lxGreet) != 0 || a.cue(j)&(cuGreet|cuClosing) != 0 ||
		a.lexOf(j)&lxCommon != 0 && a.lexOf(j)&lxName == 0 || a.candAt(int(a.toks[j].s), TypeName) >= 0 {
		return
	}
	a.add(int(a.toks[j].s), c.e, TypeName, c.score, c.prio)
}

// detectCountyFields43 reads the county a form's "County:" field names:
// "Residence: Sauk Rapids, MN 56379     County: Benton".
func (a *analysis) detectCountyFields43() {
	if !a.hasCue(cuCounty) || !a.hasPunct(':') {
		return
	}
	n := len(a.toks)
	for _, ci := range a.caps {
		i := int(ci)
		if a.cue(i)&cuCounty == 0 || a.toks[i].shape != shTitle || i+2 >= n || !a.isPunct(i+1, ":") || a.toks[i+2].nl || !(a.toks[i].nl || a.toks[i].gap >= 2 || i == 0) {
			continue
		}
		k := i + 2
		e := k
		for e < n && e < k+3 && a.isWord(e) && a.toks[e].shape == shTitle && (e == k || a.toks[e].gap == 1 && !a.toks[e].nl) && a.lexOf(e)&(lxStop|lxMonth|lxCred|lxOrgHead|lxLabel|lxNameLabel) == 0 {
			e++
		}
		if e == k || e < n && !a.toks[e].nl && a.toks[e].gap < 2 && !a.isPunct(e, ",") && !a.isPunct(e, ";") || a.claimedAt(k) {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeLocation, 0.8, pLocation)
	}
}

// labHeads43 head a laboratory that a name of kinds of care only makes
// a hospital's service after its dash ("Children's Hospital of the
// Bluegrass - Neurodiagnostic Laboratory"; genericNotOrg).
var labHeads43 = set(`laboratory laboratories lab labs`)

// detectResearchOrgs43 reads a research organisation named by a proper
// word before "Clinical Research" or "Pesquisa Clínica" ("Corvalis
// Clinical Research", "Lumina Pesquisa Clínica"): a contract research
// organisation's usual name; "Heart Failure Research" names a field.
func (a *analysis) detectResearchOrgs43() {
	if !a.has39(r43Research) {
		return
	}
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r43Research == 0 || !a.isWord(i) || a.toks[i].shape != shTitle || a.toks[i].nl {
			continue
		}
		var l, r int // the name [l, r)
		switch a.folded(i) {
		case "research":
			// "<Proper> Clinical Research"
			if i < 2 || !a.isWord(i-1) || a.folded(i-1) != "clinical" || a.toks[i-1].shape != shTitle || a.toks[i-1].nl || a.toks[i].gap != 1 {
				continue
			}
			l, r = i-2, i+1
		case "pesquisa":
			// "<Proper> Pesquisa Clínica"
			if i < 1 || i+1 >= n || !a.isWord(i+1) || a.folded(i+1) != "clinica" || a.toks[i+1].shape != shTitle || a.toks[i+1].gap != 1 || a.toks[i+1].nl {
				continue
			}
			l, r = i-1, i+2
		default:
			continue
		}
		if !a.isWord(l) || a.toks[l].shape != shTitle || a.toks[l+1].nl || a.toks[l+1].gap != 1 || a.lexOf(l)&(lxCommon|lxMedical|lxStop|lxMonth|lxRegion|lxOrgHead|lxTitle|lxCred|lxRelation|lxLabel|lxNameLabel) != 0 {
			continue
		}
		a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
	}
}

// regionTails43 name the region of a service after its head: "Mercy
// Flight Central", "Life Flight North".
var regionTails43 = set(`central north south east west northwest northeast southwest southeast midwest`)

// extendOrgRegion43 takes the region word after an organisation c that
// ends on its head into the name: "Mercy Flight Central" ("… from",
// at the line's end, before punctuation); and the possessive that
// closes a name ending in a common word ("Evergreen Children's.").
func (a *analysis) extendOrgRegion43(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	if k+1 < n && c.e < len(a.text) && (a.isPunct(k, "'") || a.isPunct(k, "’")) && a.toks[k].gap == 0 && a.isWord(k+1) && a.toks[k+1].gap == 0 && a.folded(k+1) == "s" &&
		(k+2 >= n || a.toks[k+2].nl || a.toks[k+2].kind == kPunct) && a.lexOf(k-1)&lxCommon != 0 {
		// "the ED at Evergreen Children's.": the name's possessive
		a.add(c.s, int(a.toks[k+1].e), TypeOrganization, c.score, c.prio)
		return
	}
	if c.e >= len(a.text) || a.text[c.e] != ' ' {
		return
	}
	if k < 1 || k >= n || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(k) || a.toks[k].shape != shTitle || !regionTails43[a.folded(k)] ||
		a.lexOf(k-1)&lxOrgHead == 0 || int(a.toks[k-1].e) != c.e {
		return
	}
	if j := k + 1; j < n && !a.toks[j].nl && a.toks[j].gap < 2 && a.toks[j].kind == kWord && a.toks[j].shape != shLower {
		return
	}
	a.add(c.s, int(a.toks[k].e), TypeOrganization, c.score, c.prio)
}

// identityAfter43: token e, right after a name typed in lower case, is
// an identity's label in lower case with its number after it, found:
// "… de lima cpf 320 619 610 88".
func (a *analysis) identityAfter43(e int) bool {
	n := len(a.toks)
	return e+1 < n && a.isWord(e) && a.toks[e].shape == shLower && !a.toks[e].nl && a.toks[e].gap == 1 && identityWords[a.folded(e)] &&
		a.toks[e+1].kind == kNum && !a.toks[e+1].nl && a.claimedAt(e+1)
}

// priorValueGrouped43: v is a count with a thousands dot and, in
// brackets, the count it had before: "2.900 (1.800)", "88.000
// (41.000)" — a laboratory's values, no identifier.
func priorValueGrouped43(v string) bool {
	i := strings.Index(v, " (")
	if i < 0 || !strings.HasSuffix(v, ")") {
		return false
	}
	return thousandsGrouped(v[:i]) && thousandsGrouped(v[i+2:len(v)-1])
}

// ageSexWords43 follow "Age/" in a label that gives the age and the sex
// together: "Age/Sex: 91 / F", "Idade/Sexo: 93/F".
var ageSexWords43 = set(`sex gender sexo genero`)

// detectAgeLabels43 reads an age from 90 after a label that gives it
// with the sex: "Age/Sex: 91 / F", "Idade/Sexo: 93 F" (at the label's
// slash).
func (a *analysis) detectAgeLabels43() {
	n := len(a.toks)
	for _, sp := range a.classToks('/') {
		i := int(sp) - 1
		if i < 0 || i+4 >= n || a.toks[i].kind != kWord || a.toks[i+1].gap != 0 || a.toks[i+2].gap != 0 || a.toks[i+4].kind != kNum || !a.isPunct(i+3, ":") || a.toks[i+4].nl {
			continue
		}
		if f := a.folded(i); f != "age" && f != "idade" || !a.isWord(i+2) || !ageSexWords43[a.folded(i+2)] {
			continue
		}
		k := i + 4
		v := a.tokText(k)
		if len(v) < 2 || len(v) > 3 || len(v) == 2 && v < "90" || len(v) == 3 && v > "125" || a.claimedAt(k) {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeAge, 0.8, pAge)
	}
}

// tnmStage43: v is a tumour's TNM stage ("cT2aN2M0", "pT1bN0M0",
// "ypT0N0"): a prefix of c, p, y, r or a, then T, N and M with their
// categories — a stage, no identifier.
func tnmStage43(v string) bool {
	i := 0
	for i < len(v) && i < 3 && strings.IndexByte("cpyra", v[i]) >= 0 {
		i++
	}
	parts := 0
	for _, l := range []byte("TNM") {
		if i >= len(v) || v[i] != l {
			break
		}
		i++
		if strings.HasPrefix(v[i:], "is") {
			i += 2
		} else if i < len(v) && (isDigit(v[i]) || v[i] == 'X' || v[i] == 'x') {
			i++
		} else {
			return false
		}
		for i < len(v) && v[i] >= 'a' && v[i] <= 'd' {
			i++
		}
		parts++
	}
	return parts >= 2 && i == len(v)
}
