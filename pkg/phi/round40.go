package phi

import (
	"strings"
	"unicode"
)

// Round 40 rules: records that move between institutions and machines.
// A message or a dump of a machine says what each value is by where it
// stands, not by a word before it: the field of an HL7 segment
// ("PID|1||…||SURNAME^GIVEN^MIDDLE||19490730|F|||street^^town^ST^zip"),
// the tag and value representation of a DICOM header ("(0010,0010)
// PatientName PN [SURNAME^GIVEN]", "(0008,0020) StudyDate DA
// [20240305]"), the column of a CSV export named by its header
// ("mrn,last_name,first_name,dob,…"). These rules read the structure and
// type the values by it: names joined by carets, compact timestamps,
// identifiers, addresses split in components, institutions. Unique
// identifiers of studies and series (dotted numbers of six parts or
// more) are identifiers wherever they stand.

// hl7 field kinds (hl7Kind).
const (
	hkNone  = iota
	hkXPN   // a person's name: family^given^middle
	hkXCN   // a clinician: id^family^given^middle
	hkCX    // an identifier with its type code in component 5
	hkEI    // an order's or a message's identifier
	hkAcct  // an account or a visit number
	hkPlan  // a plan's group or policy number
	hkSSN   // a social security number
	hkLic   // a licence (a driver's)
	hkDate  // a timestamp
	hkXAD   // an address: street^other^town^state^zip
	hkXTN   // a phone: number, or ^use^type^^country^area^local
	hkOrg   // an organisation's name (XON, HD)
	hkPlace // a place's name (birth place)
)

// hl7Kind returns the kind of field n of segment seg (MSH counted as
// the standard counts it: MSH-1 is the field separator).
func hl7Kind(seg string, n int) int {
	switch seg {
	case "MSH":
		switch n {
		case 4, 6:
			return hkOrg
		case 7:
			return hkDate
		case 10:
			return hkEI
		}
	case "EVN":
		switch n {
		case 2, 3, 6:
			return hkDate
		case 5:
			return hkXCN
		}
	case "PID":
		switch n {
		case 2, 3, 4, 21:
			return hkCX
		case 5, 6, 9:
			return hkXPN
		case 7, 29:
			return hkDate
		case 11:
			return hkXAD
		case 13, 14:
			return hkXTN
		case 18:
			return hkAcct
		case 19:
			return hkSSN
		case 20:
			return hkLic
		case 23:
			return hkPlace
		}
	case "PD1":
		switch n {
		case 3:
			return hkOrg
		case 4:
			return hkXCN
		}
	case "NK1":
		switch n {
		case 2, 30:
			return hkXPN
		case 4, 32:
			return hkXAD
		case 5, 6, 31:
			return hkXTN
		case 13:
			return hkOrg
		case 16:
			return hkDate
		case 33:
			return hkCX
		}
	case "PV1":
		switch n {
		case 7, 8, 9, 17:
			return hkXCN
		case 19, 50:
			return hkAcct
		case 44, 45:
			return hkDate
		}
	case "ORC":
		switch n {
		case 2, 3, 4:
			return hkEI
		case 9, 15:
			return hkDate
		case 10, 11, 12, 19:
			return hkXCN
		case 21:
			return hkOrg
		case 22, 24:
			return hkXAD
		case 23:
			return hkXTN
		}
	case "OBR":
		switch n {
		case 2, 3:
			return hkEI
		case 6, 7, 8, 14, 22, 36:
			return hkDate
		case 10, 16, 28:
			return hkXCN
		}
	case "OBX":
		switch n {
		case 14, 19:
			return hkDate
		case 16, 25:
			return hkXCN
		case 23:
			return hkOrg
		case 24:
			return hkXAD
		}
	case "SPM":
		switch n {
		case 2, 3:
			return hkEI
		case 17, 18:
			return hkDate
		}
	case "IN1":
		switch n {
		case 4, 11:
			return hkOrg
		case 5, 19:
			return hkXAD
		case 6, 16:
			return hkXPN
		case 7:
			return hkXTN
		case 8, 36:
			return hkPlan
		case 18:
			return hkDate
		case 49:
			return hkCX
		}
	case "GT1":
		switch n {
		case 3:
			return hkXPN
		case 5, 17:
			return hkXAD
		case 6, 7:
			return hkXTN
		case 8:
			return hkDate
		case 12:
			return hkSSN
		case 16:
			return hkOrg
		}
	case "MRG":
		switch n {
		case 1, 4:
			return hkCX
		case 3:
			return hkAcct
		case 7:
			return hkXPN
		}
	case "TXA":
		switch n {
		case 4, 6, 7:
			return hkDate
		case 9, 10, 11:
			return hkXCN
		case 12:
			return hkEI
		}
	case "DG1", "AL1", "PR1":
		switch {
		case seg == "DG1" && n == 5, seg == "AL1" && n == 6, seg == "PR1" && n == 5:
			return hkDate
		}
	}
	return hkNone
}

// numericValue: v is a measurement's value ("21.400", "<0.01", "6,3").
func numericValue(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isDigit(c) && c != '.' && c != ',' && c != '<' && c != '>' && c != '=' && c != '-' && c != '+' {
			return false
		}
	}
	return hasDigit(v)
}

// hl7PlainField: field n of segment seg, of no kind (hl7Kind), holds
// no PHI: a standard segment's code, flag or value; not a comment (NTE),
// an observation's value (OBX-5), a patient's location (PV1's PL fields,
// whose fourth part is the facility) or a segment this file does not
// know.
func hl7PlainField(seg string, n int) bool {
	switch seg {
	case "MSH", "EVN", "PID", "PD1", "NK1", "ORC", "OBR", "SPM", "IN1", "GT1", "MRG", "TXA", "DG1", "AL1", "PR1", "PV2":
		return true
	case "OBX":
		return n != 5
	case "PV1":
		return n != 3 && n != 6 && n != 11 && n != 42 && n != 43
	}
	return false
}

// hl7NameShaped: the field [p, q) holds what reads as a name, family^
// given (or an identifier then family^given, as a clinician's field
// has): a writer may have put a name a field off.
func (a *analysis) hl7NameShaped(p, q int) bool {
	var c [8][2]int
	nc := a.comps(p, q, &c)
	f := 0
	if nc >= 3 && hasDigit(a.text[c[0][0]:c[0][1]]) {
		f = 1
	}
	return nc >= f+2 && a.namePart(a.text[c[f][0]:c[f][1]]) && a.namePart(a.text[c[f+1][0]:c[f+1][1]])
}

// namePart: v is words of a name (hl7Word), none a clinical or common
// word that is no listed name.
func (a *analysis) namePart(v string) bool {
	if !hl7Word(v) {
		return false
	}
	for _, w := range strings.Fields(v) {
		x := a.v.lookup(foldString(w))
		if x&(lxMedical|lxStop) != 0 || x&vfEN != 0 && x&(lxGiven|lxName) == 0 {
			return false
		}
	}
	return true
}

// segmentID: s[i:] starts with three capitals or digits (a capital
// first) and a pipe: "PID|", "PV1|".
func segmentID(s string, i int) bool {
	if i+4 > len(s) || s[i+3] != '|' || s[i] < 'A' || s[i] > 'Z' {
		return false
	}
	for _, c := range []byte(s[i+1 : i+3]) {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// detectHL7 types the fields of the HL7 segments of the note (a line
// that starts with a segment's name and a pipe), by their place
// (hl7Kind).
func (a *analysis) detectHL7() {
	if !a.hasPunct('|') {
		return
	}
	for _, ls := range a.lineStarts {
		t := a.toks[ls]
		s := int(t.s)
		if t.e-t.s != 3 || !segmentID(a.text, s) {
			continue
		}
		e := strings.IndexByte(a.text[s:], '\n')
		if e < 0 {
			e = len(a.text)
		} else {
			e += s
		}
		seg := a.text[s : s+3]
		// fields, numbered from 1 after the name (MSH-2 follows MSH's
		// name: MSH-1 is the pipe)
		n := 1
		if seg == "MSH" {
			n = 2
		}
		for p := s + 4; p <= e; n++ {
			q := p
			for q < e && a.text[q] != '|' {
				q++
			}
			k := hl7Kind(seg, n)
			if k == hkNone && q > p && hl7PlainField(seg, n) && !a.hl7NameShaped(p, q) {
				// a coded field of no PHI ("80061^LIPID PANEL^C4",
				// "SER^Serum"): no name, place or organisation in it
				a.regions = append(a.regions, [2]int{p, q})
				// and an observation's code, numeric value and range, a
				// service's code are no identifiers ("13457-7^LDL…",
				// "4.000-10.000")
				if seg == "OBX" && (n == 3 || n == 6 || n == 7) || seg == "OBR" && n == 4 {
					a.claimSpan(p, q)
				}
			}
			if seg == "OBX" && n == 5 && q > p && numericValue(a.text[p:q]) {
				a.claimSpan(p, q)
			}
			if q > p {
				// (repetitions apart: "name^^^^^L~maiden^^^^^M")
				for r := p; r < q; {
					x := r
					for x < q && a.text[x] != '~' {
						x++
					}
					a.hl7Value(k, r, x)
					r = x + 1
				}
			}
			p = q + 1
		}
	}
}

// comps splits a.text[s:e] at the carets into at most len(out) pieces
// (the last holds the rest) and returns their number.
func (a *analysis) comps(s, e int, out *[8][2]int) int {
	n := 0
	for p := s; n < len(out); n++ {
		q := p
		for q < e && a.text[q] != '^' {
			q++
		}
		out[n] = [2]int{p, q}
		if q >= e {
			return n + 1
		}
		p = q + 1
	}
	return n
}

// hl7Value types one value of field kind k at [s, e).
func (a *analysis) hl7Value(k, s, e int) {
	var c [8][2]int
	nc := a.comps(s, e, &c)
	comp := func(i int) (int, int) {
		if i >= nc {
			return e, e
		}
		return c[i][0], c[i][1]
	}
	add := func(i int, typ string, ok func(string) bool) {
		x, y := comp(i)
		if y > x && ok(a.text[x:y]) {
			a.add(x, y, typ, 0.9, pStruct)
		}
	}
	switch k {
	case hkXPN, hkXCN, hkXAD, hkXTN, hkOrg, hkPlace:
		// (a timestamp where a writer put the field one off)
		if d := compactStamp(a.text[s:e]); d > 0 {
			a.add(s, s+d, TypeDate, 0.85, pStruct)
			return
		}
	}
	switch k {
	case hkNone:
		// a timestamp in a field of no known kind
		for i := 0; i < nc; i++ {
			x, y := c[i][0], c[i][1]
			if y-x >= 8 && isDigit(a.text[x]) {
				if d := compactStamp(a.text[x:y]); d > 0 {
					a.add(x, x+d, TypeDate, 0.85, pStruct)
				}
			}
		}
	case hkXPN:
		a.hl7Name(&c, nc, 0)
	case hkXCN:
		x, y := comp(0)
		switch {
		case y > x && hasDigit(a.text[x:y]):
			typ := TypeID
			if v := a.text[x:y]; len(v) == 10 && allDigits(v) {
				typ = TypeLicense // an NPI
			}
			a.add(x, y, typ, 0.9, pStruct)
		case y > x && nc == 1 && hl7Word(a.text[x:y]):
			// a user's initials alone: "…||||rdm|||"
			a.add(x, y, TypeName, 0.8, pStruct)
		}
		a.hl7Name(&c, nc, 1)
	case hkCX:
		typ := TypeID
		if nc > 4 {
			switch a.text[c[4][0]:c[4][1]] {
			case "MR", "MRN", "PI", "PT":
				typ = TypeMRN
			case "SS":
				typ = TypeSSN
			case "AN", "VN":
				typ = TypeAccount
			case "DL", "NPI":
				typ = TypeLicense
			case "MC", "MA", "MB", "HC", "SN":
				typ = TypeHealthPlan
			}
		}
		add(0, typ, hasDigit)
	case hkEI:
		add(0, TypeID, hasDigit)
	case hkAcct:
		add(0, TypeAccount, hasDigit)
	case hkPlan:
		add(0, TypeHealthPlan, hasDigit)
	case hkSSN:
		x, y := comp(0)
		if v := a.text[x:y]; countDigits(v) == 9 && (len(v) == 9 || len(v) == 11 && v[3] == '-' && v[6] == '-') {
			a.add(x, y, TypeSSN, 0.9, pStruct)
		} else {
			add(0, TypeID, hasDigit)
		}
	case hkLic:
		add(0, TypeLicense, hasDigit)
	case hkDate:
		x, y := comp(0)
		if d := compactStamp(a.text[x:y]); d > 0 {
			a.add(x, x+d, TypeDate, 0.9, pStruct)
		}
	case hkXAD:
		add(0, TypeAddress, hasLetter)
		add(1, TypeAddress, hasAlnum)
		add(2, TypeLocation, hl7Word)
		add(4, TypeZIP, postalCode)
	case hkXTN:
		x, y := comp(0)
		if y > x && countDigits(a.text[x:y]) >= 7 {
			a.add(x, y, TypePhone, 0.9, pStruct)
		}
		if nc > 6 {
			x, y = c[5][0], c[6][1]
			if countDigits(a.text[x:y]) >= 7 {
				if c[5][1] == c[5][0] {
					x = c[6][0]
				}
				a.add(x, y, TypePhone, 0.9, pStruct)
			}
		}
	case hkOrg:
		add(0, TypeOrganization, func(v string) bool { return hl7Word(v) && (strings.IndexByte(v, ' ') > 0 || len(v) >= 5) })
	case hkPlace:
		add(0, TypeLocation, hl7Word)
	}
}

// hl7Name marks the family, given and middle names of a name that
// starts at component f (XPN: 0; XCN: 1).
func (a *analysis) hl7Name(c *[8][2]int, nc, f int) {
	s, e, parts := -1, -1, 0
	for i := f; i < f+3 && i < nc; i++ {
		x, y := c[i][0], c[i][1]
		if y == x {
			continue
		}
		if !hl7Word(a.text[x:y]) {
			if i == f {
				return
			}
			break
		}
		if s < 0 {
			s = x
		}
		e = y
		parts++
	}
	// (two parts at least: a field's plain words are no name)
	if parts >= 2 {
		a.add(s, e, TypeName, 0.9, pStruct)
	}
}

// hl7Word: v is letters, blanks, dots, hyphens and apostrophes, with a
// letter.
func hl7Word(v string) bool {
	letter := false
	for _, r := range v {
		switch {
		case isLetter(r):
			letter = true
		case r == ' ' || r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letter
}

func hasDigit(v string) bool { return strings.IndexAny(v, "0123456789") >= 0 }

func hasLetter(v string) bool {
	for _, r := range v {
		if isLetter(r) {
			return true
		}
	}
	return false
}

// postalCode: a US ZIP (five digits, or nine with a hyphen) or a CEP
// (eight digits, or five and three with a hyphen).
func postalCode(v string) bool {
	switch len(v) {
	case 5, 8:
		return allDigits(v)
	case 9:
		return allDigits(v[:5]) && v[5] == '-' && allDigits(v[6:])
	case 10:
		return allDigits(v[:5]) && v[5] == '-' && allDigits(v[6:])
	}
	return false
}

// compactStamp returns the length of the timestamp v starts with
// (YYYYMMDD, then hours, minutes, seconds and fractions, up to the
// end of v or a time zone), or 0 if v is none.
func compactStamp(v string) int {
	d := 0
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	switch d {
	case 8, 10, 12, 14:
	default:
		return 0
	}
	y := int(v[0]-'0')*1000 + int(v[1]-'0')*100 + int(v[2]-'0')*10 + int(v[3]-'0')
	m := int(v[4]-'0')*10 + int(v[5]-'0')
	dd := int(v[6]-'0')*10 + int(v[7]-'0')
	if y < 1870 || y > 2100 || m < 1 || m > 12 || dd < 1 || dd > 31 {
		return 0
	}
	if d >= 12 && (int(v[8]-'0')*10+int(v[9]-'0') > 24 || int(v[10]-'0')*10+int(v[11]-'0') > 59) {
		return 0
	}
	e := d
	if e < len(v) && v[e] == '.' {
		e++
		for e < len(v) && isDigit(v[e]) {
			e++
		}
	}
	if e < len(v) && (v[e] == '-' || v[e] == '+') && e+5 == len(v) && allDigits(v[e+1:]) {
		e = len(v)
	}
	if e != len(v) {
		return 0
	}
	return d
}

// detectLabels40: detectLabels37, then the structured records of round
// 40 (HL7 segments, DICOM headers, unique identifiers, CSV exports).
func (a *analysis) detectLabels40() {
	a.detectLabels37()
	a.detectHL7()
	a.detectDICOM()
	a.detectUIDs()
	a.detectCSV()
	a.detectLowerAddresses()
}

// dicomVRs are the value representations of DICOM.
var dicomVRs = set(`AE AS AT CS DA DS DT FL FD IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV`)

// dicomKeywords type the values of DICOM attributes whose value
// representation does not (keywords folded).
var dicomKeywords = map[string]string{
	"patientid": TypeMRN, "otherpatientids": TypeID, "accessionnumber": TypeID, "studyid": TypeID,
	"requestedprocedureid": TypeID, "scheduledprocedurestepid": TypeID, "performedprocedurestepid": TypeID,
	"placerordernumberimagingservicerequest": TypeID, "fillerordernumberimagingservicerequest": TypeID,
	"medicalrecordlocator": TypeMRN, "admissionid": TypeAccount, "deviceserialnumber": TypeDevice,
	"institutionname": TypeOrganization, "patienttelephonenumbers": TypePhone,
	"referringphysiciantelephonenumbers": TypePhone,
}

// dicomPlainKeywords hold values that are never PHI: a name, place or
// organisation read in them is none (the machine's model, the study's
// description).
var dicomPlainKeywords = set(`modality manufacturer manufacturermodelname studydescription seriesdescription
	protocolname bodypartexamined softwareversions imagetype scanningsequence sequencevariant
	performedprocedurestepdescription requestedproceduredescription contrastbolusagent`)

// detectDICOM types the values of a DICOM header dump, one attribute a
// line: "(0010,0010) PatientName PN [SURNAME^GIVEN]" (or the VR first
// and the keyword after a "#", as dcmdump writes them). A PN is a name,
// a DA or DT a date, an AS over 89 years an age, a UI an identifier
// (but the standard's own UIDs, 1.2.840.10008.…); the keyword types the
// rest (dicomKeywords). The keyword and a plain value are kept from the
// name rules (regions).
func (a *analysis) detectDICOM() {
	if !a.hasPunct('(') || !a.hasPunct(',') {
		return
	}
	for _, ls := range a.lineStarts {
		i := int(ls)
		if !a.isPunct(i, "(") {
			continue
		}
		s := int(a.toks[i].s)
		if s+11 > len(a.text) || a.text[s+5] != ',' || !hex4(a.text[s+1:s+5]) {
			continue
		}
		p := s + 6
		if a.text[p] == ' ' {
			p++ // pydicom: "(0010, 0010)"
		}
		if p+5 > len(a.text) || !hex4(a.text[p:p+4]) || a.text[p+4] != ')' {
			continue
		}
		e := strings.IndexByte(a.text[p:], '\n')
		if e < 0 {
			e = len(a.text)
		} else {
			e += p
		}
		a.dicomLine(p+5, e)
	}
}

func hex4(v string) bool {
	for i := 0; i < 4; i++ {
		c := v[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// dicomLine reads the rest of a dump's line [p, e) after the tag.
func (a *analysis) dicomLine(p, e int) {
	line := a.text[p:e]
	// the VR: the first word of two capitals that is one, followed by a
	// blank or a colon
	vr, vs := "", -1
	for j := 0; j+2 <= len(line); j++ {
		if (j == 0 || line[j-1] == ' ' || line[j-1] == '\t') && dicomVRs[line[j:j+2]] &&
			(j+2 == len(line) || line[j+2] == ' ' || line[j+2] == ':' || line[j+2] == '\t') {
			vr, vs = line[j:j+2], j
			break
		}
	}
	if vs < 0 {
		return
	}
	kw := strings.TrimSpace(line[:vs])
	kwAt := p + strings.Index(line, kw)
	// the value
	v := vs + 2
	for v < len(line) && (line[v] == ' ' || line[v] == ':' || line[v] == '\t') {
		v++
	}
	if v >= len(line) {
		return
	}
	ve := len(line)
	switch line[v] {
	case '[':
		v++
		if x := strings.IndexByte(line[v:], ']'); x >= 0 {
			ve = v + x
		}
	case '\'', '"':
		q := line[v]
		v++
		if x := strings.IndexByte(line[v:], q); x >= 0 {
			ve = v + x
		}
	default:
		if x := strings.Index(line[v:], " #"); x >= 0 {
			ve = v + x
		}
	}
	if kw == "" {
		// dcmdump: "(0010,0010) PN [X^Y]   #  8, 1 PatientName"
		if x := strings.LastIndexByte(line, ' '); x > ve {
			kw = line[x+1:]
			kwAt = p + x + 1
		}
	}
	for ve > v && line[ve-1] == ' ' {
		ve--
	}
	if ve <= v {
		return
	}
	vs0, ve0 := p+v, p+ve
	fk := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(kw, " ", ""), "'", ""))
	if kw != "" && !strings.ContainsAny(kw, " ") && dicomKeywords[fk] == "" && vr != "PN" {
		a.regions = append(a.regions, [2]int{kwAt, kwAt + len(kw)})
	}
	switch vr {
	case "PN":
		// several values apart: "A^B\C^D"
		for x := vs0; x < ve0; {
			y := x
			for y < ve0 && a.text[y] != '\\' {
				y++
			}
			if v := a.text[x:y]; hasLetter(v) && dicomName(v) {
				for y2 := y; y2 > x; y2-- {
					if a.text[y2-1] != '^' && a.text[y2-1] != ' ' {
						a.add(x, y2, TypeName, 0.9, pStruct)
						break
					}
				}
			}
			x = y + 1
		}
		return
	case "DA", "DT":
		if d := compactStamp(a.text[vs0:ve0]); d > 0 {
			a.add(vs0, vs0+d, TypeDate, 0.9, pStruct)
		}
		return
	case "AS":
		if v := a.text[vs0:ve0]; len(v) == 4 && allDigits(v[:3]) && v[3] == 'Y' && v >= "090" {
			a.add(vs0, ve0, TypeAge, 0.9, pStruct)
		}
		return
	case "UI":
		if v := a.text[vs0:ve0]; uidShape(v) && !strings.HasPrefix(v, "1.2.840.10008.") {
			a.add(vs0, ve0, TypeID, 0.9, pNet)
		}
		return
	}
	if typ := dicomKeywords[fk]; typ != "" {
		if v := a.text[vs0:ve0]; typ == TypeOrganization && hasLetter(v) || typ != TypeOrganization && hasDigit(v) {
			a.add(vs0, ve0, typ, 0.9, pStruct)
		}
		return
	}
	switch {
	case dicomPlainKeywords[fk], vr == "CS", vr == "DS", vr == "IS", vr == "TM":
		a.regions = append(a.regions, [2]int{vs0, ve0})
		if vr != "LO" && vr != "SH" {
			a.claimSpan(vs0, ve0) // (a time, a count: no identifier)
		}
	}
}

// dicomName: v is a person's name as DICOM writes it (letters, carets,
// blanks, dots, hyphens and apostrophes).
func dicomName(v string) bool {
	for _, r := range v {
		if !(isLetter(r) || r == '^' || r == ' ' || r == '.' || r == '-' || r == '\'') {
			return false
		}
	}
	return true
}

// uidShape: v is a dotted number of six parts or more (an OID or a
// DICOM UID), twelve digits at least, no part empty.
func uidShape(v string) bool {
	parts, digits, run := 1, 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
			run++
		case c == '.' && run > 0:
			parts++
			run = 0
		default:
			return false
		}
	}
	return run > 0 && parts >= 6 && digits >= 12
}

// detectUIDs marks the unique identifiers of studies, series and
// documents wherever they stand: a dotted number of six parts or more
// (uidShape; "1.2.840.113619.2.417.3.2831164421.771.1712845023.88"), but
// the standard's own (1.2.840.10008.…, the classes and transfer
// syntaxes). A version or an address has fewer parts.
func (a *analysis) detectUIDs() {
	for _, cl := range a.numericClusters() {
		if cl.dots < 5 || cl.seps != 4 || cl.digits < 12 {
			continue
		}
		e := cl.e
		for e > cl.s && a.norm[e-1] == '.' {
			e--
		}
		if v := a.norm[cl.s:e]; uidShape(v) && !strings.HasPrefix(v, "1.2.840.10008.") {
			a.addNorm(cl.s, e, TypeID, 0.9, pNet)
		}
	}
}

// detectCaretNames40: detectCaretNames, then a name written as HL7 and
// DICOM write it, family^given^middle, where a label or a field's
// border stands before it ("Patient: HOLLIS^MAUREEN^E", "demographics:
// HARTWELL^ROY^D |", "Paciente: PEREIRA^JOÃO VITOR^NASCIMENTO"): two
// parts at least, each of capitalised words, particles and initials, no
// clinical, common or cue word among them and a listed name (or, after
// a name's label, words in no list).
func (a *analysis) detectCaretNames40() {
	a.detectCaretNames()
	if !a.hasPunct('^') {
		return
	}
	n := len(a.toks)
	for i := 1; i < n; i++ {
		if !a.isPunct(i, "^") || a.toks[i].gap != 0 || a.claimedAt(i-1) {
			continue
		}
		// back to the start of the first part
		s := i - 1
		for s > 0 && !a.toks[s].nl && a.toks[s].gap == 1 && a.caretWord(s-1) {
			s--
		}
		if !a.caretWord(s) {
			continue
		}
		p := s - 1
		border := s == 0 || a.toks[s].nl || a.toks[s].gap >= 2 || a.isPunct(p, ":") || a.isPunct(p, "[") || a.isPunct(p, "|")
		if !border {
			continue
		}
		labelled := a.isPunct(p, ":") && p > 0 && a.isWord(p-1) && a.lexOf(p-1)&lxNameLabel != 0
		// the parts
		parts, listed, e := 0, false, s
		ok := true
		for k := s; k < n; {
			// one part: words apart by one blank
			j := k
			for j < n && a.caretWord(j) && (j == k || a.toks[j].gap == 1 && !a.toks[j].nl) {
				x := a.lexOf(j)
				if a.toks[j].shape != shSingle && x&lxParticle == 0 {
					if a.nonName(j) {
						ok = false
					}
					if x&(lxGiven|lxName) != 0 {
						listed = true
					}
				}
				j++
			}
			if j == k {
				break
			}
			parts++
			e = j
			if j+1 < n && a.isPunct(j, "^") && a.toks[j].gap == 0 && a.toks[j+1].gap == 0 && a.caretWord(j+1) {
				k = j + 1
				continue
			}
			break
		}
		if ok && parts >= 2 && parts <= 4 && (listed || labelled) && !(e < n && a.toks[e].gap == 0 && (a.toks[e].kind == kNum || a.toks[e].kind == kAlnum)) {
			a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
		}
		// (never back: a part that ends before the caret, as in invalid
		// text the fuzzer found, would revisit it for ever)
		i = max(i, e)
	}
}

// caretWord: token k is a word in capitals or capitalised, or a
// particle, not claimed.
func (a *analysis) caretWord(k int) bool {
	if k < 0 || k >= len(a.toks) || a.toks[k].kind != kWord || a.claimedAt(k) {
		return false
	}
	return a.capShape(k) || a.lexOf(k)&lxParticle != 0
}

// csvCell is one cell of a CSV line: the bytes of its value (quotes
// off) and whether it began with a blank.
type csvCell struct {
	s, e  int
	blank bool
}

// csvSplit splits the line [s, e) at the delimiter d (quotes kept
// together) into out, and returns it.
func (a *analysis) csvSplit(s, e int, d byte, out []csvCell) []csvCell {
	out = out[:0]
	for p := s; p <= e; {
		c := csvCell{s: p, blank: p < e && (a.text[p] == ' ' || a.text[p] == '\t')}
		q := p
		for q < e && (a.text[q] == ' ' || a.text[q] == '\t') {
			q++
		}
		if q < e && a.text[q] == '"' {
			x := q + 1
			for x < e && !(a.text[x] == '"' && (x+1 >= e || a.text[x+1] != '"')) {
				if a.text[x] == '"' {
					x++
				}
				x++
			}
			c.s, c.e = q+1, x
			for x < e && a.text[x] != d {
				x++
			}
			out = append(out, c)
			p = x + 1
			continue
		}
		x := q
		for x < e && a.text[x] != d {
			x++
		}
		c.s, c.e = q, x
		for c.e > c.s && (a.text[c.e-1] == ' ' || a.text[c.e-1] == '\t' || a.text[c.e-1] == '\r') {
			c.e--
		}
		out = append(out, c)
		p = x + 1
	}
	return out
}

// csvNotWords make a column's name no person's, place's or
// identifier's (a drug's name, a code, a lot).
var csvNotWords = set(`drug medication med meds medicamento product produto test exame exam procedure procedimento
	study device model modelo brand platform code codigo loinc ndc cpt tuss icd cid lot lote dose qty quantity
	vaccine vacina imunobiologico unit unidade ward dept department file status type tipo result resultado
	flag group grupo checked payment route units site`)

// csvCodeWords name a column of codes, lots and quantities.
var csvCodeWords = set(`ndc loinc code codigo cpt tuss icd cid lot lote dose qty quantity quantidade gtin ean rxcui days units`)

// csvCodeColumn: the column named h (folded) holds codes or quantities.
func csvCodeColumn(h string) bool {
	for _, w := range strings.FieldsFunc(h, func(r rune) bool { return r == '_' || r == '.' || r == '-' || r == ' ' || r == '/' || r == '#' }) {
		if csvCodeWords[w] {
			return true
		}
	}
	return false
}

// csvColumn types the column named h (folded words apart by _ . - or
// blanks), "" if it holds no PHI.
func csvColumn(h string) string {
	words := strings.FieldsFunc(h, func(r rune) bool { return r == '_' || r == '.' || r == '-' || r == ' ' || r == '/' || r == '#' })
	has := func(ws ...string) bool {
		for _, w := range words {
			for _, x := range ws {
				if w == x {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has("dob", "birth", "nasc", "nascimento", "birthdate", "dn"):
		return TypeDate
	case has("zip", "cep", "postal", "zipcode"):
		return TypeZIP
	case has("phone", "tel", "telefone", "celular", "cell", "mobile", "fone", "telephone"):
		return TypePhone
	case has("fax"):
		return TypeFax
	case has("ssn"):
		return TypeSSN
	case has("mrn", "prontuario", "chart"):
		return TypeMRN
	case has("serial", "sn"):
		return TypeDevice
	case has("workstation", "estacao", "terminal", "hostname", "computador"):
		return TypeDevice // (an asset's code, round 47)
	case has("dea", "npi", "license", "licence", "crm", "coren"):
		return TypeLicense
	}
	for _, w := range words {
		if csvNotWords[w] {
			return ""
		}
	}
	switch {
	case has("role", "perfil", "cargo", "funcao", "profissao", "profession"):
		return typeNone47 // (a role names no one, round 47)
	case has("user", "usuario", "usuaria", "username", "userid", "login"):
		return typeUser47 // (round 47)
	case has("date", "data", "dt", "appt", "admit", "admission", "discharge", "visit"):
		return TypeDate
	case has("age", "idade"):
		return TypeAge
	case has("city", "cidade", "municipio", "town"):
		return TypeLocation
	case has("address", "addr", "endereco", "street", "logradouro"):
		return TypeAddress
	case has("member", "policy", "carteirinha", "subscriber"):
		return TypeHealthPlan
	case has("account", "acct", "conta"):
		return TypeAccount
	case has("payer", "insurer", "insurance", "convenio", "plan", "facility", "clinic", "hospital", "employer",
		"pharmacy", "estabelecimento", "school", "escola", "empresa"):
		return TypeOrganization
	case has("name", "nome", "last", "first", "surname", "sobrenome", "given", "middle", "prescriber", "provider", "pcp",
		"physician", "doctor", "medico", "vacinador", "nurse", "patient", "paciente", "caregiver", "responsavel",
		"mae", "mother", "father", "pai", "guardian", "contact", "profissional", "prescritor", "contato"):
		return TypeName
	case has("id", "number", "num", "no", "numero", "nr", "registro", "matricula"):
		return TypeID // ("matricula": a worker's or a student's, round 55)
	}
	return ""
}

// csvHeaderCell: a cell of a header names a column: letters first, then
// letters, digits, underscores, dots, hyphens or a blank, 32 bytes at
// most.
func csvHeaderCell(v string) bool {
	if len(v) == 0 || len(v) > 32 || !isLetter(rune(v[0])) && v[0] < 0x80 {
		return false
	}
	for _, r := range v {
		if !(isLetter(r) || isDigitRune(r) || r == '_' || r == '.' || r == ' ' || r == '#' || r == '/' || r == '-') {
			return false
		}
	}
	return true
}

// csvHeaderLine: every cell of the line [s, e), apart by d, names a
// column (csvHeaderCell); it allocates nothing, so that a line of prose
// with commas costs a scan.
func (a *analysis) csvHeaderLine(s, e int, d byte) bool {
	for p := s; p <= e; {
		q := p
		for q < e && a.text[q] != d {
			q++
			if q-p > 40 {
				return false // (a cell of prose)
			}
		}
		x, y := p, q
		for x < y && (a.text[x] == ' ' || a.text[x] == '"' || a.text[x] == '\t') {
			x++
		}
		for y > x && (a.text[y-1] == ' ' || a.text[y-1] == '"' || a.text[y-1] == '\t' || a.text[y-1] == '\r') {
			y--
		}
		if !csvHeaderCell(a.text[x:y]) {
			return false
		}
		p = q + 1
	}
	return true
}

// detectCSV types the cells of a CSV export by its header: a line of
// four column names or more apart by commas, semicolons, tabs or pipes,
// one of which at least names PHI (csvColumn), then its rows (those
// with as many cells; a cell that begins with a blank goes with the one
// before when a row has too many: "Oduya, K" unquoted).
func (a *analysis) detectCSV() {
	if !a.hasPunct(',') && !a.hasPunct(';') && !a.hasPunct('|') {
		return
	}
	var cells, row []csvCell
	var types []string
	var codes []bool
	n := len(a.toks)
	for li := 0; li < len(a.lineStarts); li++ {
		// (a header's first cells are short: a delimiter among its first
		// tokens, none spaced wide before it; three delimiters at least)
		i0 := int(a.lineStarts[li])
		if a.toks[i0].kind != kWord && a.toks[i0].ch != '"' || i0+1 >= n {
			continue
		}
		// (the first cell's next token is glued to it, a pipe or after a
		// tab: "mrn,", "last_name", "Data |"; prose has a blank and a word)
		if x := a.toks[i0+1]; x.gap != 0 && x.ch != '|' && !(x.gap == 1 && a.text[x.s-1] == '\t') {
			continue
		}
		var d byte
		for j := i0 + 1; j < n && j < i0+7 && !a.toks[j].nl && a.toks[j].gap <= 1; j++ {
			if c := a.toks[j].ch; (c == ',' || c == ';') && a.toks[j].gap == 0 || c == '|' {
				d = c
				break
			}
			if a.toks[j].gap == 1 && a.text[a.toks[j].s-1] == '\t' {
				d = '\t'
				break
			}
		}
		if d == 0 {
			continue
		}
		s := int(a.toks[i0].s)
		e := a.lineEnd(s)
		if strings.Count(a.text[s:e], string(d)) < 3 {
			continue
		}
		if !a.csvHeaderLine(s, e, d) {
			continue
		}
		cells = a.csvSplit(s, e, d, cells)
		types, codes = types[:0], codes[:0]
		typed := 0
		for _, c := range cells {
			v := a.text[c.s:c.e]
			if !csvHeaderCell(v) {
				typed = -1
				break
			}
			fv := foldString(v)
			t := csvColumn(fv)
			if t != "" && t != typeNone47 {
				typed++
			}
			types = append(types, t)
			codes = append(codes, t == "" && csvCodeColumn(fv))
		}
		if typed < 2 {
			continue
		}
		// the rows
		for li+1 < len(a.lineStarts) {
			rs := int(a.toks[a.lineStarts[li+1]].s)
			re := a.lineEnd(rs)
			row = a.csvSplit(rs, re, d, row)
			// (a blank after the delimiter: the cell goes on, "Oduya, K")
			for len(row) > len(types) {
				j := 1
				for j < len(row) && !row[j].blank {
					j++
				}
				if j == len(row) {
					break
				}
				row[j-1].e = row[j].e
				row = append(row[:j], row[j+1:]...)
			}
			if len(row) != len(types) {
				if len(row) < 2 {
					break
				}
				li++
				continue
			}
			for k, c := range row {
				switch {
				case types[k] != "" && c.e > c.s:
					a.csvCellValue(types[k], c.s, c.e)
				case codes[k] && c.e > c.s && hasDigit(a.text[c.s:c.e]):
					// a drug's code, a lot, a dose: no identifier of anyone's
					a.claimSpan(c.s, c.e)
				}
			}
			li++
		}
	}
}

// lineEnd returns the end of the line that holds byte s.
func (a *analysis) lineEnd(s int) int {
	if e := strings.IndexByte(a.text[s:], '\n'); e >= 0 {
		return s + e
	}
	return len(a.text)
}

// startsUpper: v begins with a capital letter.
func startsUpper(v string) bool {
	for _, r := range v {
		return unicode.IsUpper(r)
	}
	return false
}

// nameCell: v reads as a person's name: up to six words, each
// capitalised, an initial or a particle, of letters, dots, hyphens and
// apostrophes, with at most one comma ("Oduya, K", "Pa Nhia", "LUZIA DE
// FÁTIMA CAMARGO"; not "DESTRUCTION (expired), witnessed A. Lutz").
func nameCell(v string) bool {
	if len(v) > 60 || strings.Count(v, ",") > 1 {
		return false
	}
	words := strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if !hl7Word(w) {
			return false
		}
		if !startsUpper(w) && !particleWords[foldString(w)] {
			return false
		}
	}
	return true
}

// csvNulls are the cells that say nothing.
var csvNulls = set(`none null n/a na unknown unk self desconhecido nao sim yes no on file self-pay cash`)

// csvCellValue types the value [s, e) of a column of type typ.
func (a *analysis) csvCellValue(typ string, s, e int) {
	v := a.text[s:e]
	if csvNulls[strings.ToLower(v)] {
		return
	}
	switch typ {
	case typeUser47:
		a.userCell47(s, e)
		return
	case typeNone47:
		a.codes43 = append(a.codes43, [2]int{s, e})
		return
	case TypeDate:
		// (a time after the date stays out: "03/02/2024 14:22:05", round 47)
		if x := strings.IndexByte(v, ' '); x >= 6 && timeOnly47(v[x+1:]) {
			v, e = v[:x], s+x
		}
	}
	ok := false
	switch typ {
	case TypeName:
		ok = nameCell(v)
	case TypeOrganization, TypeLocation:
		ok = len(v) <= 60 && !hasDigit(v) && strings.IndexAny(v, "()") < 0 && startsUpper(v)
	case TypeDate:
		ok = countDigits(v) >= 4 && strings.IndexFunc(v, func(r rune) bool {
			return !isDigitRune(r) && r != '/' && r != '-' && r != '.' && r != ' ' && r != ':' && r != 'T'
		}) < 0
	case TypeAge:
		// (with the sex after it in an "Age/Sex" column: "93 F", round 45)
		if d := leadingDigits45(v); d < len(v) && d >= 2 && sexAfterAge45(v[d:]) {
			v, e = v[:d], s+d
		}
		ok = allDigits(v) && len(v) <= 3 && v >= "90" && (len(v) == 3 || v[0] == '9')
	case TypePhone, TypeFax:
		ok = countDigits(v) >= 7
		// (a contact's name before the number is no part of it: "Silvana
		// Rocha, (21) 97712-4408", round 45)
		if ok {
			if p := a.phoneCellStart45(s, e); p > s {
				s = p
			}
		}
	case TypeZIP:
		ok = postalCode(v)
	case TypeAddress:
		ok = hasLetter(v)
	default:
		ok = hasDigit(v) && len(v) >= 4
		// (a lot's code is none, a serial's label no part of it, round 57)
		if ok {
			var skip int
			skip, ok = cellLead57(v)
			s += skip
		}
	}
	if ok && typ == TypeName {
		// (a credential after the name's comma stays out: "J. Ortiz, LVN")
		if x := strings.LastIndex(v, ", "); x > 0 && a.v.lookup(foldString(v[x+2:]))&lxCred != 0 && len(v)-x > 3 {
			e = s + x
		}
	}
	if ok {
		a.add(s, e, typ, 0.85, pStruct)
	}
}

// staffVerbs name the work a record's staff did and sign with their
// initials or their user name after "by" ("verified by jmk", "collected
// … by a. whitlock", "comunicado … por jpo").
var staffVerbs = set(`verified collected called phoned reported received performed reviewed released resulted
	drawn entered accessioned notified faxed signed documented completed processed prepared checked
	dispensed filled packed shipped logged recorded acknowledged
	comunicado comunicada coletado coletada liberado liberada conferido conferida verificado verificada
	realizado realizada recebido recebida assinado assinada registrado registrada enviado enviada`)

// userLabels name whoever a system logs as its user: "Operador
// regulador: cristiane.v", "User: t.abernathy".
var userLabels = set(`operador operadora regulador reguladora usuario usuaria user username login operator
	atendente digitador digitadora tech technologist technician tecnico tecnica`)

// detectStaffInitials40: detectStaffInitials, then the initials, the
// initial and surname in lower case, or the user name ("t.abernathy",
// "cristiane.v") of whoever did a record's work, after "by" or "por"
// and a staff verb before on the line (staffVerbs), or after a user's
// label (userLabels).
func (a *analysis) detectStaffInitials40() {
	a.detectStaffInitials()
	n := len(a.toks)
	byCue, users := a.hasCue(cuBy), a.hasPunct(':') && a.hasPunct('.')
	if !byCue && !users {
		return
	}
	// a user's label: "Operador regulador: joana.p" (the word before each
	// colon; round 53: a walk of the colons, not of every word)
	if users {
		for _, p := range a.classToks(':') {
			i := int(p) - 1
			if i < 0 || i+4 >= n || a.toks[i+2].shape != shLower || a.toks[i+3].ch != '.' || a.toks[i+2].nl || !a.isWord(i) || !userLabels[a.folded(i)] {
				continue
			}
			if e := a.userNameAt(i + 2); e > i+2 {
				a.add(int(a.toks[i+2].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
			}
		}
	}
	// staff after "by" and a staff verb (userLabels hold no by word)
	if !byCue {
		return
	}
	for _, wi := range a.wordToks {
		i := int(wi)
		if i+2 >= n {
			break
		}
		if a.cue(i)&cuBy == 0 || i < 1 || !a.staffVerbBefore(i) {
			continue
		}
		a.staffAfterBy(i)
	}
}

// staffAfterBy reads the staff member after "by" or "por" (token i):
// a user name, an initial and a surname, or initials.
func (a *analysis) staffAfterBy(i int) {
	n := len(a.toks)
	k := i + 1
	t := a.toks[k]
	if t.kind != kWord || t.nl || t.gap != 1 || t.shape != shLower {
		return
	}
	if e := a.userNameAt(k); e > k {
		a.add(int(t.s), int(a.toks[e-1].e), TypeName, 0.75, pName)
		return
	}
	if a.claimedAt(k) {
		return
	}
	// "by t. abernathy"
	if t.e-t.s == 1 && k+2 < n && a.isPunct(k+1, ".") && a.toks[k+1].gap == 0 && a.toks[k+2].gap == 1 && !a.toks[k+2].nl &&
		a.isWord(k+2) && a.toks[k+2].shape == shLower && a.toks[k+2].e-a.toks[k+2].s >= 3 && !a.claimedAt(k+2) &&
		a.lexOf(k+2)&(lxCommon|lxStop|lxMedical|lxMonth|lxCred|lxRegion|lxOrgHead) == 0 {
		a.add(int(t.s), int(a.toks[k+2].e), TypeName, 0.75, pName)
		return
	}
	// "verified by jmk 02/14/2024", "por jpo."
	last := k+1 >= n || a.toks[k+1].nl || a.toks[k+1].kind == kPunct || a.toks[k+1].kind == kNum
	if last && t.e-t.s >= 2 && t.e-t.s <= 4 && a.initialsShape(k) {
		a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
	}
}

// staffVerbBefore: a staff verb stands before token i on its line
// (within twenty tokens).
func (a *analysis) staffVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		if a.isWord(k) && staffVerbs[a.folded(k)] {
			return true
		}
		if a.toks[k].nl {
			break
		}
	}
	return false
}

// userNameAt returns the end of a user name in lower case that starts
// at token k, a word, a dot and a word with no blank ("cristiane.v",
// "t.abernathy"): one part a letter or both listed names, the other a
// listed name or a word in no list; not an address's or a file's
// ("…@", ".com"). It returns k if there is none.
func (a *analysis) userNameAt(k int) int {
	n := len(a.toks)
	if k+2 >= n || !a.isWord(k) || !a.isWord(k+2) || !a.isPunct(k+1, ".") || a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 ||
		a.toks[k].shape != shLower || a.toks[k+2].shape != shLower {
		return k
	}
	if k+3 < n && a.toks[k+3].gap == 0 && (a.isPunct(k+3, "@") || a.isPunct(k+3, ".") && k+4 < n && a.toks[k+4].gap == 0 && a.isWord(k+4)) {
		return k
	}
	one := func(j int) bool { return a.toks[j].e-a.toks[j].s == 1 }
	name := func(j int) bool {
		x := a.lexOf(j)
		return x&(lxGiven|lxName) != 0 && x&(lxStop|lxMedical|lxMonth) == 0 || x&(lxCommon|lxStop|lxMedical|lxMonth|lxRegion|lxPlace) == 0
	}
	if one(k) && name(k+2) && !one(k+2) || one(k+2) && name(k) && !one(k) || name(k) && name(k+2) && a.lexOf(k)&lxGiven != 0 {
		return k + 3
	}
	return k
}

// detectPrefixedCodes40: detectPrefixedCodes, then codes of several
// parts joined by hyphens with letters and six digits or more ("tube
// S0506-3318", "slides labelled KH-S24-3307", "conta lv-br-4471-2208"),
// and the identifiers listed after one ("Container IDs: BC0419A
// (aerobic), BC0419B").
func (a *analysis) detectPrefixedCodes40() {
	a.detectPrefixedCodes()
	if a.hasPunct('-') {
		a.detectHyphenCodes()
	}
	if a.hasPunct(',') || a.hasPunct(';') {
		a.detectListedIDs()
	}
}

// idTypes are the types of identifiers a code or a list may continue.
var idTypes = []string{TypeID, TypeMRN, TypeAccount, TypeHealthPlan, TypeDevice, TypeLicense}

// detectHyphenCodes marks the hyphen codes above; a code that overlaps
// an identifier already found takes its type. (It starts from the
// numeric clusters by a hyphen, fewer than the tokens.)
func (a *analysis) detectHyphenCodes() {
	n := len(a.toks)
	next := 0
	for _, cl := range a.numericClusters() {
		// (a letter in the code: glued to the digits, or one hyphen away;
		// dates and phones have none)
		m := a.norm
		if !cl.glued && !(cl.s >= 2 && m[cl.s-1] == '-' && isASCIILetter(m[cl.s-2])) &&
			!(cl.e+1 < len(m) && (m[cl.e] == '-' || isASCIILetter(m[cl.e])) && isASCIILetter(m[cl.e+1])) {
			continue
		}
		p := cl.s
		if a.nidx != nil {
			p = int(a.nidx[cl.s])
		}
		k := a.firstTokenEndingAfter(p)
		// back to the code's first part
		for k >= 2 && a.toks[k].gap == 0 && a.toks[k-1].ch == '-' && a.toks[k-1].gap == 0 && a.toks[k-2].kind != kPunct {
			k -= 2
		}
		if k < next || k+2 >= n {
			continue
		}
		next = a.hyphenCodeAt(k)
	}
}

// hyphenCodeAt reads the hyphen code that starts at token k (see
// detectPrefixedCodes40) and returns the token after it.
func (a *analysis) hyphenCodeAt(k int) int {
	n := len(a.toks)
	t := a.toks[k]
	if t.kind == kPunct || a.toks[k+1].ch != '-' || a.toks[k+1].gap != 0 {
		return k + 1
	}
	if k > 0 && t.gap == 0 && a.toks[k-1].kind == kPunct && !a.isPunct(k-1, "(") {
		return k + 1 // inside a longer value ("x/AB-1234…", "1.2-…")
	}
	e, parts, digits, letter := k, 0, 0, false
	for j := k; j < n; j += 2 {
		u := a.toks[j]
		if u.kind == kPunct || j > k && u.gap != 0 {
			break
		}
		parts++
		e = j + 1
		for p := u.s; p < u.e; p++ {
			if isDigit(a.text[p]) {
				digits++
			} else {
				letter = true
			}
		}
		if u.kind == kWord && (u.shape == shLower && u.e-u.s > 3 || a.lexOf(j)&lxMedical != 0) {
			parts = -100
		}
		if !(j+2 < n && a.isPunct(j+1, "-") && a.toks[j+1].gap == 0 && a.toks[j+2].gap == 0) {
			break
		}
	}
	if parts < 2 || digits < 6 || !letter || !a.letterPartIn(k, e) {
		return e
	}
	if e < n && a.toks[e].gap == 0 && a.toks[e].kind == kPunct && !a.isPunct(e, ")") && !a.isPunct(e, ",") && !a.isPunct(e, ";") &&
		!(a.isPunct(e, ".") && (e+1 >= n || a.toks[e+1].gap > 0)) {
		return e // inside a longer value
	}
	if a.claimedAt(k) && a.claimedAt(e-1) {
		return e // (found whole by another rule)
	}
	s, end := int(t.s), int(a.toks[e-1].e)
	if unitAfter(a.text[end:min(len(a.text), end+8)]) || a.cueBefore(a.normPos(s), 8, "lot", "exp", "val") {
		return e
	}
	typ, prio := TypeID, pGenericID
	for j := k; j < e; j++ {
		if a.claimedAt(j) {
			c := a.candAt(int(a.toks[j].s), idTypes...)
			if c < 0 {
				return e // another type's
			}
			typ, prio = a.cands[c].typ, a.cands[c].prio
		}
	}
	a.add(s, end, typ, 0.6, prio)
	a.claimSpan(s, end)
	return e
}

// claimSpan marks the bytes [s, e) and their tokens claimed, as claim
// does for a candidate of a priority it takes, so that the passes before
// the next claim (the organisations' left reach) stop at the code.
func (a *analysis) claimSpan(s, e int) {
	for i := s; i < e; i++ {
		a.claimed[i] = true
	}
	for j := a.firstTokenEndingAfter(s); j < len(a.toks) && int(a.toks[j].s) < e; j++ {
		t := a.toks[j]
		a.tokClaimed[j] = a.claimed[t.s] || a.claimed[t.e-1]
	}
}

// letterPartIn: one of the parts [k, e) of a hyphen code starts with a
// letter ("S0506-3318", "KH-S24-3307"; not "140-150s").
func (a *analysis) letterPartIn(k, e int) bool {
	for j := k; j < e; j += 2 {
		if c := a.text[a.toks[j].s]; !isDigit(c) {
			return true
		}
	}
	return false
}

// detectListedIDs marks an identifier listed after another of the same
// shape (letters and digits in the same places): "BC0419A (aerobic),
// BC0419B (anaerobic)", "tubes S0506; S0507".
func (a *analysis) detectListedIDs() {
	n := len(a.toks)
	for ci := 0; ci < len(a.cands); ci++ {
		c := a.cands[ci]
		switch c.typ {
		case TypeID, TypeMRN, TypeAccount, TypeDevice:
		default:
			continue
		}
		k := a.tokAt(c.s)
		if k >= n || int(a.toks[k].s) != c.s || int(a.toks[k].e) != c.e || a.toks[k].kind != kAlnum {
			continue
		}
		j := k + 1
		// a note in brackets after it: "(aerobic)"
		if j < n && a.isPunct(j, "(") && !a.toks[j].nl {
			x := j + 1
			for x < n && x < j+6 && !a.isPunct(x, ")") && !a.toks[x].nl {
				x++
			}
			if x < n && a.isPunct(x, ")") {
				j = x + 1
			}
		}
		if j+1 >= n || !(a.isPunct(j, ",") || a.isPunct(j, ";")) || a.toks[j].nl || a.toks[j+1].nl {
			continue
		}
		u := a.toks[j+1]
		if u.kind != kAlnum || int(u.e-u.s) != c.e-c.s || a.claimedAt(j+1) || j+2 < n && a.toks[j+2].gap == 0 && (a.isPunct(j+2, "-") || a.isPunct(j+2, ".")) {
			continue
		}
		same := true
		for p := 0; p < c.e-c.s; p++ {
			x, y := a.text[c.s+p], a.text[int(u.s)+p]
			if isDigit(x) != isDigit(y) {
				same = false
				break
			}
		}
		if same {
			a.add(int(u.s), int(u.e), c.typ, c.score, c.prio)
			a.claimSpan(int(u.s), int(u.e))
		}
	}
}

// complexoKinds follow "Complexo" in the name of a public body or a
// campus: "Complexo Regulador Municipal de Contagem", "Complexo
// Hospitalar …" (never "complexo QRS", "complexo B").
var complexoKinds = set(`regulador reguladora hospitalar penitenciario prisional escolar esportivo educacional`)

// orgHeadAt40 reads the heads of round 40 (orgHeadAt): "Complexo
// Regulador …", a regional base of the ambulance service ("SAMU
// Regional Sudoeste", a capitalised word after it) and "Rx" closing a
// pharmacy's name.
func (a *analysis) orgHeadAt40(k int, f string) (prefix, suffix bool, width int) {
	n := len(a.toks)
	if f == "rx" {
		// a pharmacy's or a benefit manager's name: "Meridian Specialty
		// Rx", "ClearPath Rx Benefits" (in title case only: "RX de mãos"
		// is an X-ray; a proper word wanted, properOnlyHeads)
		if a.tokText(k) == "Rx" && k > 0 && !a.toks[k].nl && a.toks[k].gap == 1 && a.capShape(k-1) {
			return false, true, 1
		}
		return false, false, 0
	}
	if k+1 >= n || a.toks[k+1].nl || a.toks[k+1].gap != 1 || a.toks[k+1].kind != kWord {
		return false, false, 0
	}
	switch f {
	case "complexo":
		if complexoKinds[a.folded(k+1)] && a.capShape(k+1) {
			return true, false, 2
		}
	case "samu":
		// (not a town's service: "SAMU Porto Alegre" names the city's)
		if x := a.lexOf(k + 1); a.toks[k].shape == shUpper && a.toks[k+1].shape == shTitle && x&(lxStop|lxMonth|lxPlace|lxPlacePrefix) == 0 && (x&lxMedical == 0 || x&lxCommon != 0) {
			return true, false, 1
		}
	}
	return false, false, 0
}

// patientServiceAt: the patient word at token p names a service between
// capitalised words ("Tri-State Patient Service Center").
func (a *analysis) patientServiceAt(p int) bool {
	return p > 0 && p+1 < len(a.toks) && a.toks[p].shape == shTitle && a.capShape(p-1) && !a.toks[p].nl && a.isWord(p+1) &&
		a.toks[p+1].shape == shTitle && !a.toks[p+1].nl && a.lexOf(p-1)&(lxTitle|lxNameLabel|lxStop) == 0 &&
		(a.folded(p+1) == "service" || a.folded(p+1) == "services" || a.folded(p+1) == "care" || a.folded(p+1) == "access")
}

// extendSpacedValues40: in OCR text, an identifier of one character that
// its label's rule took where the scanner spaced the value out goes on
// over the single characters and hyphens after it on the line
// ("Medicare : 5 R K 2 - H J 8 - W T 4 4"), and a street address over
// the spaced digits of its house number before it ("2 0 4  N0RTH …").
func (a *analysis) extendSpacedValues40() {
	if !a.ocr {
		return
	}
	n := len(a.toks)
	m := len(a.cands)
	for ci := 0; ci < m; ci++ {
		c := a.cands[ci]
		switch c.typ {
		case TypeHealthPlan, TypeMRN, TypeID, TypeAccount, TypeLicense:
			k, ok := a.tokenAt(c.s)
			if !ok || int(a.toks[k].e) != c.e || a.toks[k].e-a.toks[k].s != 1 {
				continue
			}
			j, chars := k+1, 1
			for j < n && !a.toks[j].nl && a.toks[j].gap <= 1 && a.toks[j].e-a.toks[j].s == 1 && (a.toks[j].kind != kPunct || a.isPunct(j, "-")) {
				if a.toks[j].kind != kPunct {
					chars++
				}
				j++
			}
			for j > k+1 && a.isPunct(j-1, "-") {
				j--
			}
			if chars >= 6 && (j >= n || a.toks[j].nl || a.toks[j].gap >= 2) {
				a.add(c.s, int(a.toks[j-1].e), c.typ, c.score, c.prio)
			}
		case TypeAddress:
			k, ok := a.tokenAt(c.s)
			if !ok || k == 0 || a.toks[k].kind != kNum || a.toks[k].e-a.toks[k].s != 1 || a.toks[k].nl {
				continue
			}
			s := k
			for s > 0 && s > k-4 && !a.toks[s].nl && a.toks[s].gap == 1 && a.toks[s-1].kind == kNum && a.toks[s-1].e-a.toks[s-1].s == 1 {
				s--
			}
			if s < k && (s == 0 || a.toks[s].nl) {
				a.add(int(a.toks[s].s), c.e, TypeAddress, c.score, c.prio)
			}
		}
	}
}

// detectWrappedNumbers40: detectWrappedNumbers39, then the spaced
// values of OCR text.
func (a *analysis) detectWrappedNumbers40() {
	a.detectWrappedNumbers39()
	a.extendSpacedValues40()
	a.extendTitleCommaGiven()
}

// extendTitleCommaGiven: a name after a title written surname first,
// its given name after the comma closing the line ("DR. FENWICK,
// ORLA"): the given name in the same case, a listed name or a word in
// no list, nothing after it on the line.
func (a *analysis) extendTitleCommaGiven() {
	if !a.hasPunct(',') || !a.hasCue(cuTitle) {
		return
	}
	n := len(a.toks)
	m := len(a.cands)
	for ci := 0; ci < m; ci++ {
		c := a.cands[ci]
		if c.typ != TypeName || c.e >= len(a.text) || a.text[c.e] != ',' {
			continue
		}
		k, ok := a.tokenAt(c.s)
		if !ok || k < 1 {
			continue
		}
		p := k - 1
		if a.isPunct(p, ".") && p > 0 {
			p--
		}
		if !a.isWord(p) || a.cue(p)&cuTitle == 0 || a.toks[k].nl {
			continue
		}
		e := a.firstTokenFrom(c.e)
		if e+1 >= n || int(a.toks[e-1].e) != c.e || !a.isPunct(e, ",") || a.toks[e].gap != 0 || a.toks[e+1].nl || a.toks[e+1].gap != 1 {
			continue
		}
		g := e + 1
		if !a.isWord(g) || a.toks[g].shape != a.toks[e-1].shape || a.claimedAt(g) || !(g+1 >= n || a.toks[g+1].nl) {
			continue
		}
		if x := a.lexOf(g); x&(lxStop|lxCred|lxMonth|lxRegion|lxTitle|lxLabel) != 0 || x&(lxCommon|lxMedical|lxPlace) != 0 && x&(lxGiven|lxName) == 0 {
			continue
		}
		a.add(c.s, int(a.toks[g].e), TypeName, c.score, c.prio)
	}
}

// detectLowerAddresses reads a street address written in lower case, as
// chats write them, when a ZIP closes it: "moved to 41 willow bend rd
// mansfield 76063" (a house number, one to three words, a street's type,
// one or two words of a town, five digits; a state's code between them
// allowed). Without the ZIP, "2 tabs by mouth" and "3 way st" stay.
func (a *analysis) detectLowerAddresses() {
	if !a.hasCue(cuStreet) {
		return
	}
	n := len(a.toks)
	next := 0
	// (from each ZIP back: five digits alone, rarer than the numbers)
	for _, cl := range a.numericClusters() {
		if cl.digits != 5 || cl.e-cl.s != 5 || cl.glued {
			continue
		}
		ts := cl.s
		if a.nidx != nil {
			ts = int(a.nidx[cl.s])
		}
		k, ok := a.tokenAt(ts)
		if !ok || k < 4 || k < next || a.toks[k].kind != kNum || a.toks[k].nl || a.toks[k].gap != 1 ||
			k+1 < n && a.toks[k+1].gap == 0 && (a.toks[k+1].kind == kNum || a.isPunct(k+1, "-") || a.isPunct(k+1, "/")) {
			continue
		}
		// back over the words in lower case to the house number
		i := k - 1
		for i > 0 && i >= k-10 && (a.lowerWordAt(i) || a.toks[i].kind != kPunct && i+1 < k && unitWords40[a.folded(i-1)]) {
			i--
		}
		if i >= k-1 || a.toks[i].kind != kNum || a.toks[i].e-a.toks[i].s > 5 || a.text[a.toks[i].s] == '0' || a.claimedAt(i) {
			continue
		}
		// the street's words, its type (the last type word, "willow bend
		// rd"), an apartment, the town's
		j, st, unit := i+1, -1, -1
		for j < k {
			if a.lowerWordAt(j) {
				if countWords40[a.folded(j)] {
					break
				}
				if a.cue(j)&cuStreet != 0 && len(a.folded(j)) > 1 && j > i+1 && unit < 0 && !unitWords40[a.folded(j)] {
					st = j
				}
				j++
				continue
			}
			// "apt 4", "unit 2b"
			if st > 0 && j == st+2 && unitWords40[a.folded(j-1)] && (a.toks[j].kind == kNum || a.toks[j].kind == kAlnum) && a.toks[j].gap == 1 && !a.toks[j].nl {
				unit = j
				j++
				continue
			}
			break
		}
		if st < 0 || j != k || k <= st+1 || k-1 == unit {
			continue
		}
		if unit > 0 {
			st = unit
		}
		town := k
		if k-1 > st+1 && a.toks[k-1].e-a.toks[k-1].s == 2 && usStates[strings.ToUpper(a.tokText(k-1))] {
			town = k - 1
		}
		a.add(int(a.toks[i].s), int(a.toks[st].e), TypeAddress, 0.75, pAddress)
		a.add(int(a.toks[st+1].s), int(a.toks[town-1].e), TypeLocation, 0.7, pLocStrong)
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeZIP, 0.8, pZip)
		next = k + 1
	}
}

// countWords40 count what a number before them counts ("2 days").
var countWords40 = set(`day days week weeks month months year years hour hours tab tabs tablet tablets times mg ml pills`)

// unitWords40 name an apartment or a suite after a street.
var unitWords40 = set(`apt unit suite ste apartment`)

// lowerWordAt: token k is a word in lower case on the line, one blank
// after the token before it, no month and no clinical word but a
// common one ("oak", "maple").
func (a *analysis) lowerWordAt(k int) bool {
	t := a.toks[k]
	x := a.lexOf(k)
	return t.kind == kWord && t.shape == shLower && !t.nl && t.gap == 1 && x&lxMonth == 0 && (x&lxMedical == 0 || x&lxCommon != 0) && !a.claimedAt(k)
}

// deviceLabels name a machine's field: its value (a model, a brand, an
// app) is no person, place or organisation of the patient's ("Scanner:
// SOMATOM Force", "Monitor: MyCareLink Smart app", "Analyzer: GEM
// Premier 5000").
var deviceLabels = set(`scanner analyzer analyser instrument monitor model modelo equipamento aparelho device
	dispositivo transmitter transmissor pump bomba sensor ventilator ventilador generator gerador platform
	software firmware modality modalidade`)

// deviceLabelList holds deviceLabels with their fold hashes, to ask
// labelSeen (the bit filter of the note's labels) before the map.
var deviceLabelList = func() []struct {
	w string
	h uint64
} {
	var l []struct {
		w string
		h uint64
	}
	for _, w := range keys(deviceLabels) {
		l = append(l, struct {
			w string
			h uint64
		}{w, hashString(w)})
	}
	return l
}()

// modelWord: token k is a capitalised word or letters and digits (a
// model's name or number).
func (a *analysis) modelWord(k int) bool {
	t := a.toks[k]
	return t.kind == kAlnum || t.kind == kWord && t.shape != shLower
}

// protectDeviceFields keeps the names rules off the value of a device's
// field (deviceLabels), its capitalised words and model numbers up to
// the first other token (a comma, a word in lower case, a wide gap): a
// region, as for a state's name. The rest of the line ("…, implanted at
// St. Ignatius Heart Institute") is read as ever. (The label opens its
// line or its field, so collectLabelWords has it: a note without one
// costs a few lookups.)
func (a *analysis) protectDeviceFields() {
	if a.labelWords == nil {
		return
	}
	found := false
	for _, w := range deviceLabelList {
		if b := w.h >> 52; a.labelSeen[b>>6]&(1<<(b&63)) != 0 && a.labelWords[w.w] {
			found = true
			break
		}
	}
	if !found {
		return
	}
	n := len(a.toks)
	for k := 2; k < n; k++ {
		if a.toks[k-1].ch != ':' || a.toks[k].nl || !a.isWord(k-2) || !deviceLabels[a.folded(k-2)] || !a.modelWord(k) {
			continue
		}
		// (a person's field named after the device: "Responsável pelo
		// equipamento: Neusa Prado", round 57)
		if k >= 3 && a.isWord(k-3) && !a.toks[k-2].nl && devicePreps57[a.folded(k-3)] {
			continue
		}
		e := k
		for e+1 < n && !a.toks[e+1].nl && a.toks[e+1].gap < 2 && a.modelWord(e+1) {
			e++
		}
		// (a person's name and credential fill a monitor's field too:
		// "Monitor: Renata Calloway, RN", round 45)
		if e+2 < n && a.isPunct(e+1, ",") && a.isWord(e+2) && a.lexOf(e+2)&lxCred != 0 && a.toks[e+2].shape == shUpper && a.lexOf(k)&lxGiven != 0 {
			continue
		}
		a.regions = append(a.regions, [2]int{int(a.toks[k].s), int(a.toks[e].e)})
	}
}

// collectLabelWords40: collectLabelWords, then the regions of devices'
// fields (protectDeviceFields), which want the note's labels.
func (a *analysis) collectLabelWords40() {
	a.collectLabelWords()
	a.protectDeviceFields()
}

// vocativeAfter are the words after a name addressed at the start of a
// sentence and its comma: "Kiran, can you confirm …", "Maya, please
// call", "Paty, consegue pedir …" (round44.go).
var vocativeAfter = set(`can could would will please pls do did are when if let
	consegue consegues pode poderia podia favor voce vc sabe`)

// detectArrowHandoff40: detectArrowHandoff, then a name addressed at a
// sentence's start before a request ("Kiran, can you confirm the
// list?": a listed name, no common, clinical or cue word) and the value
// of a nickname's field ("Preferred name: "Buck"", in quotes or
// capitalised).
func (a *analysis) detectArrowHandoff40() {
	a.detectArrowHandoff()
	if !a.hasPunct(',') && !a.hasPunct(':') {
		return
	}
	n := len(a.toks)
	for _, ci := range a.caps {
		i := int(ci)
		if i+2 >= n {
			break
		}
		t := a.toks[i]
		if a.toks[i+1].ch == ':' || a.toks[i+2].ch == ':' {
			a.nicknameAt(i)
			continue
		}
		if a.toks[i+1].ch != ',' || a.toks[i+1].gap != 0 {
			continue
		}
		// a sentence's start: the line's, or after its stop
		if !(i == 0 || t.nl || a.toks[i-1].ch == '.' || a.toks[i-1].ch == '?' || a.toks[i-1].ch == '!') || t.shape != shTitle || a.claimedAt(i) {
			continue
		}
		u := a.toks[i+2]
		if u.kind != kWord || u.nl || u.shape != shLower || !vocativeAfter[a.folded(i+2)] {
			continue
		}
		if x := a.lexOf(i); x&(lxGiven|lxName) == 0 || x&(lxCommon|lxStop|lxMonth|lxMedical|lxCred|lxTitle|lxRelation|lxGreet|lxLabel|lxRegion|lxPlace) != 0 {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.75, pName)
	}
}

// nicknameAt reads the value of a nickname's field whose label starts at
// the capitalised word i: "Nickname:", "Apelido:", "Preferred name:",
// "Nome social:" (in quotes, or a capitalised name).
func (a *analysis) nicknameAt(i int) {
	n := len(a.toks)
	k := i + 1 // the colon
	f := a.folded(i)
	if a.toks[k].ch != ':' {
		// "Preferred name:", "Nome social:"
		f2 := a.folded(i + 1)
		if !a.isWord(i+1) || !(f == "preferred" && f2 == "name" || f == "nome" && f2 == "social") {
			return
		}
		k = i + 2
	} else if f != "nickname" && f != "apelido" {
		// (the field of the name a person goes by, "Nickname: Dottie",
		// "Apelido: Nena": two words compared, not a map's lookup for
		// every label, round 47)
		return
	}
	if k+1 >= n {
		return
	}
	j := k + 1
	quoted := a.toks[j].ch == '"' || a.tokText(j) == "“"
	if quoted {
		j++
	}
	if j >= n || a.toks[j].nl || !a.isWord(j) || !a.capShape(j) || a.claimedAt(j) {
		return
	}
	if x := a.lexOf(j); !quoted && x&(lxCommon|lxStop|lxMedical|lxMonth) != 0 && x&(lxGiven|lxName) == 0 || x&(lxStop|lxMonth|lxCred|lxTitle) != 0 {
		return
	}
	a.add(int(a.toks[j].s), int(a.toks[j].e), TypeName, 0.75, pName)
}
