package phi

import "strings"

// Round 58 rules: hospital IT and machine-made records (HL7 v2, FHIR
// JSON, DICOM dumps, analysers' printouts, labels, bed boards, audit
// logs, integration engines' errors, bounced mail, fax covers, e-SUS
// PEC and TISS XML), social work and safeguarding records (case notes,
// child and adult protection referrals, domestic abuse assessments,
// Conselho Tutelar and CRAS/CREAS reports, housing and benefits
// letters, foster care, police liaison) and dev-imitating notes.

// late58 runs this round's passes that read what the others found.
func (a *analysis) late58() {
	if a.pt && a.has39(r58) {
		a.detectTriggers58()
	}
	if a.hasPunct('(') {
		a.agedList58()
	}
	a.candPass58()
	if a.hasPunct('^') {
		a.caretZips58()
	}
	if a.hasPunct(':') && len(a.lineStarts) >= 3 {
		a.lowerSenders58()
	}
	if a.hasPunct('-') {
		a.hyphenCodes58()
	}
	if a.hasPunct('"') && (a.hasPunct(':') || a.hasPunct('=')) {
		a.standardRefs58()
	}
	if a.hasPunct('"') && a.hasPunct('/') && strings.Contains(a.text, `"reference"`) {
		a.fhirReferences58()
	}
	if a.hasPunct('.') || a.hasPunct(':') || a.hasPunct(']') || a.hasPunct(')') || a.hasPunct('=') {
		a.userNames58()
	}
	if a.hasPunct('<') && a.hasPunct('>') && strings.Contains(a.text, "nome") {
		a.xmlNameTags58()
	}
}

// systemKeys58 are the keys whose value is the address of a standard, a
// code system, a schema or a namespace, never of anyone's record: FHIR's
// "system" and "profile", JSON's "$schema", XML's "xmlns" (and
// "xmlns:ans") and "schemaLocation".
var systemKeys58 = set(`system profile $schema xmlns schemalocation xsi:schemalocation valueset codesystem`)

// standardRefs58 drops the URLs, and the numbers of an OID ("urn:oid:
// 2.16.840.1.113883…"), that are the value of a key naming a standard
// (systemKeys58): "system": "http://hl7.org/fhir/sid/us-ssn",
// xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas".
func (a *analysis) standardRefs58() {
	t := a.text
	for ci := range a.cands {
		c := &a.cands[ci]
		if c.typ != TypeURL && c.typ != TypeID || c.score == 0 || c.s == 0 {
			continue
		}
		q := c.s
		for q > 0 && q > c.s-64 && t[q-1] != '"' && t[q-1] != ' ' && t[q-1] != '\n' {
			q--
		}
		if q == 0 || t[q-1] != '"' {
			continue
		}
		if c.typ == TypeID && q == c.s && c.e < len(t) && t[c.e] == '"' && keyBefore58(t, q-1) == "code" {
			c.score = 0 // "code": "110110", a code system's code
			continue
		}
		if c.typ == TypeID && !strings.HasPrefix(t[q:c.s], "urn:oid:") || c.typ == TypeURL && q != c.s {
			continue
		}
		if systemKeys58[keyBefore58(t, q-1)] {
			c.score = 0
		}
	}
}

// keyBefore58 returns, folded, the key whose value opens with the quote
// at byte p: a JSON key (`"system": "…"`, `"profile": [ "…"`) or an XML
// attribute's name (`xmlns:ans="…"`, its prefix dropped after "xmlns");
// "" when there is none.
func keyBefore58(t string, p int) string {
	k := p - 1
	for k >= 0 && (t[k] == ' ' || t[k] == '[') {
		k--
	}
	if k < 1 {
		return ""
	}
	switch t[k] {
	case ':':
		k--
		for k >= 0 && t[k] == ' ' {
			k--
		}
		if k < 1 || t[k] != '"' {
			return ""
		}
		e := k
		k--
		for k >= 0 && k > e-24 && t[k] != '"' {
			k--
		}
		if k < 0 || t[k] != '"' {
			return ""
		}
		return strings.ToLower(t[k+1 : e])
	case '=':
		e := k
		k--
		for k >= 0 && k > e-32 && (isASCIILetter(t[k]) || t[k] == ':') {
			k--
		}
		key := strings.ToLower(t[k+1 : e])
		if strings.HasPrefix(key, "xmlns") {
			return "xmlns"
		}
		return key
	}
	return ""
}

// xmlPeople58 and xmlOrgs58 are what an XML element named "nome…" holds
// (TISS, e-SUS): a person ("<ans:nomeBeneficiario>", "nomeProfissional",
// "nomeProf") or an organisation ("nomeContratado", "nomeOperadora").
var (
	xmlPeople58 = []string{"beneficiario", "profissional", "prof", "paciente", "solicitante", "responsavel", "mae", "pai", "social", "cidadao", "medico", "usuario"}
	xmlOrgs58   = []string{"contratado", "operadora", "prestador", "estabelecimento", "hospital", "instituicao", "empresa", "unidade", "laboratorio"}
)

// xmlNameTags58 reads the text of an XML element named "nome…" whose
// name says a person or an organisation (xmlPeople58, xmlOrgs58):
// "<ans:nomeBeneficiario>ANA LUZ</ans:nomeBeneficiario>" NAME,
// "<ans:nomeContratado>CLINICA …</ans:nomeContratado>" ORGANIZATION.
func (a *analysis) xmlNameTags58() {
	t := a.text
	for from := 0; from < len(t); {
		j := strings.Index(t[from:], "nome")
		if j < 0 {
			break
		}
		s := from + j
		from = s + 4
		if s < 1 || !(t[s-1] == '<' || t[s-1] == ':') {
			continue
		}
		gt := strings.IndexByte(t[s:], '>')
		if gt < 5 || gt > 40 {
			continue
		}
		tag := t[s : s+gt]
		if strings.IndexByte(tag, ' ') >= 0 || strings.IndexByte(tag, '/') >= 0 {
			continue
		}
		rest := strings.ToLower(tag[4:])
		typ := ""
		for _, w := range xmlPeople58 {
			if rest == w {
				typ = TypeName
			}
		}
		for _, w := range xmlOrgs58 {
			if rest == w {
				typ = TypeOrganization
			}
		}
		if typ == "" {
			continue
		}
		vs := s + gt + 1
		lt := strings.IndexByte(t[vs:], '<')
		if lt < 2 || lt > 100 || t[vs+lt+1] != '/' || strings.IndexAny(t[vs:vs+lt], "\n0123456789@") >= 0 {
			continue
		}
		v := strings.TrimSpace(t[vs : vs+lt])
		if len(v) < 3 || strings.Count(v, " ") > 9 {
			continue
		}
		off := strings.Index(t[vs:vs+lt], v)
		a.add(vs+off, vs+off+len(v), typ, 0.85, pStruct)
	}
}

// fhirReferences58 reads the identifier of a FHIR reference, after the
// resource's type and its slash: "reference": "Patient/88104-c",
// "Practitioner/prac-20931" (ID; the type is none). An identifier with
// no digit ("Patient/example") is none.
func (a *analysis) fhirReferences58() {
	t := a.text
	const key = `"reference"`
	for from := 0; from < len(t); {
		j := strings.Index(t[from:], key)
		if j < 0 {
			break
		}
		p := from + j + len(key)
		from = p
		for p < len(t) && (t[p] == ' ' || t[p] == ':') {
			p++
		}
		if p >= len(t) || t[p] != '"' {
			continue
		}
		p++
		q := p
		for q < len(t) && q < p+40 && isASCIILetter(t[q]) {
			q++
		}
		if q == p || q >= len(t) || t[q] != '/' || t[p] < 'A' || t[p] > 'Z' {
			continue
		}
		s := q + 1
		e := s
		digit := false
		for e < len(t) && e < s+64 && (isAlnumByte(t[e]) || t[e] == '-' || t[e] == '.' || t[e] == '_') {
			digit = digit || isDigit(t[e])
			e++
		}
		if e >= len(t) || t[e] != '"' || !digit || e-s < 2 {
			continue
		}
		a.add(s, e, TypeID, 0.85, pLabeled)
	}
}

// userNames58 reads the user names of a system's log that the earlier
// rules leave: a dotted name in lower case with a given name in it after
// "por", "by" or a user's label ("impresso … por juliana.prates",
// "operador enf.carla.mota"), a word alone closing its line after a
// user's label and a colon ("Operator : bkesler"), closing the brackets
// after "user" ("[reprinted … user tdoyle]"), after a log line's "by" and
// its time ("exported … 07:50 by jdoe-adm"; a system's account is
// none, serviceUsers58) or in an XML attribute ("UserID=\"jdoe\"").
// NAME.
func (a *analysis) userNames58() {
	n := len(a.toks)
	label := func(b int) bool {
		return a.isWord(b) && (a.cue(b)&cuBy != 0 || userLabels[a.folded(b)])
	}
	for _, pi := range a.classToks('.') {
		p := int(pi)
		s := p - 1
		if s < 1 || p+1 >= n || a.toks[p].gap != 0 || a.toks[p+1].gap != 0 || !a.isWord(s) || a.toks[s].shape != shLower || a.toks[s].gap == 0 && a.toks[s-1].ch == '.' {
			continue
		}
		e, strong := a.userName47(s)
		if !strong || e < s+3 || a.claimedAt(s) && a.claimedAt(e-1) {
			continue
		}
		given := false
		for k := s; k < e; k += 2 {
			if !a.isWord(k) || a.toks[k].shape != shLower {
				given = false
				break
			}
			x := a.lexOf(k)
			given = given || a.toks[k].e-a.toks[k].s >= 3 && x&lxGiven != 0 && x&(lxStop|lxMedical|lxMonth) == 0
		}
		if !given {
			continue
		}
		b := s - 1
		if a.isPunct(b, ":") {
			b--
		}
		if b < 0 || a.toks[b+1].nl || !label(b) {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
	}
	for _, pi := range a.classToks(':') {
		i, k := int(pi)-1, int(pi)+1
		if i < 0 || k >= n || a.toks[k].nl || a.toks[k].kind != kWord || a.toks[k].shape != shLower || !a.isWord(i) || k+1 < n && !a.toks[k+1].nl && a.toks[k+1].gap < 2 {
			continue
		}
		if !a.weakUser47(k) || !userLabels[a.folded(i)] || a.claimedAt(k) {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
	}
	// a log line's "by" and a user name closing it or before its blanks
	// ("exported 2025-02-03 08:15 by jdoe-adm", "… from PRN-4 by
	// mkessler        Children's …"), a time before it on the line
	for _, pi := range a.classToks(':') {
		// (from each time "07:50" on to the line's "by")
		q := int(pi)
		if q < 1 || q+1 >= n || a.toks[q].gap != 0 || a.toks[q+1].gap != 0 || a.toks[q-1].kind != kNum || a.toks[q+1].kind != kNum {
			continue
		}
		i := q + 2
		for i < n && i < q+12 && !a.toks[i].nl && !(a.isWord(i) && a.cue(i)&cuBy != 0) {
			i++
		}
		if i+1 >= n || i >= q+12 || a.toks[i].nl || a.toks[i].shape != shLower || a.toks[i+1].nl || a.toks[i+1].gap != 1 {
			continue
		}
		k := i + 1
		e, strong := a.userName47(k)
		if e == k || a.claimedAt(k) || !strong && !a.weakUser47(k) || e < n && !a.toks[e].nl && a.toks[e].gap < 2 && e+1 < n || serviceUsers58[a.folded(k)] {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
	}
	// an XML attribute's user ("<ActiveParticipant UserID="jdoe" …>")
	for _, pi := range a.classToks('=') {
		p := int(pi)
		if p < 1 || p+3 >= n || a.toks[p].gap != 0 || a.toks[p+1].gap != 0 || !a.isPunct(p+1, `"`) || !a.isWord(p-1) {
			continue
		}
		if f := a.folded(p - 1); f != "userid" && f != "username" && f != "user" && f != "login" {
			continue
		}
		k := p + 2
		e, strong := a.userName47(k)
		if e == k || e >= n || !a.isPunct(e, `"`) || !strong && !a.weakUser47(k) || serviceUsers58[a.folded(k)] {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
	}
	for _, c := range []int{']', ')'} {
		for _, pi := range a.classToks(c) {
			k := int(pi) - 1
			if k < 1 || a.toks[k+1].gap != 0 || a.toks[k].gap != 1 || a.toks[k].kind != kWord || a.toks[k].shape != shLower || !a.isWord(k-1) || !userWords47[a.folded(k-1)] || !a.weakUser47(k) || a.claimedAt(k) {
				continue
			}
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
		}
	}
}

// r58 is the kind of this round's trigger words (words58): they share
// r48Tail's bit, as rounds 50 to 57 do; detectTriggers58 tells them
// apart by the word.
const r58 = r48Tail

// words58 are this round's trigger words: Brazilian public bodies named
// by their kind and their town (bodyHeads58), a school named by its
// kind's letters and its number (schoolHeads58).
var words58 = set(bodyList58 + ` ` + schoolList58 + ` ` + profList58 + ` casa lote`)

const bodyList58 = `guarda juizado promotoria defensoria forum companhia`

var bodyHeads58 = set(bodyList58)

// schoolList58 are the letters of Brazil's public schools by their kind
// ("CEF 316 de Ceilândia", "EMEF 12 de Outubro" is a date's and no
// school's); a number follows them.
const schoolList58 = `cef ced cem emef emei cmei caic ciep`

var schoolHeads58 = set(schoolList58)

// detectTriggers58 runs the rules of this round's trigger words.
func (a *analysis) detectTriggers58() {
	n := len(a.toks)
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r58 == 0 || k+2 >= n || !a.isWord(k) {
			continue
		}
		f := a.folded(k)
		if a.toks[k].shape == shLower {
			if profWords58[f] {
				a.profName58(k)
			} else if f == "casa" || f == "lote" {
				a.streetUnit58(k)
			}
			continue
		}
		switch {
		case schoolHeads58[f]:
			if a.toks[k].shape == shUpper {
				a.schoolNumber58(k)
			}
		case bodyHeads58[f]:
			a.bodyOfPlace58(k)
		}
	}
}

// bodyOfPlace58 reads a public body named by its kind at k, the words
// of its remit and its town after "de" ("Guarda Civil Municipal de
// Curitiba", "Juizado de Violência Doméstica e Familiar contra a
// Mulher de Londrina", "Companhia de Habitação Popular de Londrina",
// "Fórum Regional de Madureira"): capitalised words and connectors on one line, the last
// "de" before a place the gazetteer knows closing it. ORGANIZATION.
func (a *analysis) bodyOfPlace58(k int) {
	n := len(a.toks)
	wide := a.wide53()
	end := -1
	for e := k + 1; e < n && e < k+16 && !a.toks[e].nl && int(a.toks[e].gap) <= wide && a.isWord(e); e++ {
		f := a.folded(e)
		if nameConnector53(f) || f == "contra" || f == "para" {
			if f == "de" || f == "do" || f == "da" || f == "dos" || f == "das" {
				// (a town named like a word closes the name: "… de
				// Serra⏎", never "… de Saúde e …")
				if p, ok := a.placeMatch(e + 1); ok && p > e+1 && (a.lexOf(e+1)&lxCommon == 0 || p >= n || a.toks[p].nl || a.toks[p].kind == kPunct) {
					end = p
				}
			}
			continue
		}
		if a.toks[e].shape == shLower {
			break
		}
		if a.lexOf(e)&lxLabel != 0 {
			break
		}
	}
	if end < 0 && a.folded(k) == "forum" && k+3 < n && a.folded(k+1) == "regional" && a.folded(k+2) == "de" && !a.toks[k+3].nl && a.toks[k+3].shape == shTitle &&
		(k+4 >= n || a.toks[k+4].nl) {
		end = k + 4 // "Fórum Regional de Madureira⏎" (a district the gazetteer may lack)
	}
	if end < 0 || end-k < 3 {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[end-1].e), TypeOrganization, 0.8, pOrg)
}

// schoolNumber58 reads a public school by its kind's letters at k and
// its number, with its town after "de" when the gazetteer knows it
// ("CEF 316 de Ceilândia", "EMEI 12"). ORGANIZATION.
func (a *analysis) schoolNumber58(k int) {
	n := len(a.toks)
	q := k + 1
	if a.toks[q].nl || a.toks[q].gap != 1 || a.toks[q].kind != kNum || a.toks[q].e-a.toks[q].s > 4 {
		return
	}
	if q+1 < n && a.toks[q+1].gap == 0 && (a.isPunct(q+1, "/") || a.isPunct(q+1, ".")) {
		return
	}
	e := q + 1
	if e+1 < n && !a.toks[e].nl && a.isWord(e) && a.folded(e) == "de" {
		if p, ok := a.placeMatch(e + 1); ok && a.lexOf(e+1)&lxMonth == 0 && (a.lexOf(e+1)&lxCommon == 0 || p >= n || a.toks[p].nl || a.toks[p].kind == kPunct) {
			e = p
		}
	}
	a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// socialUnits58 are the words of a hospital's or a school's social work
// team or a shelter's kind: a name of them only ("HOSPITAL SOCIAL WORK",
// "School Social Worker", "NICU Social Work", "DV SHELTER") names no
// organisation.
var socialUnits58 = set(`hospital school nicu picu icu social work worker workers dv shelter`)

// unitTails58 are a hospital's units, cut off its name after its head
// ("Riverbend Hospital NICU").
var unitTails58 = set(`nicu picu icu sicu micu cicu`)

// serviceTags58 are a service's letters after a chat sender's name ("Ju
// CREAS:") or before a colleague's ("GCM Lívia Torres"): no part of
// the name.
var serviceTags58 = set(`cras creas caps gcm`)

// candPass58 mends the organisations and names the others found: a
// social work team's heading or a shelter's kind is none
// (socialUnits58), a unit's letters are cut off a hospital's name
// (unitTails58), a service's letters off a name (serviceTags58), and a
// Portuguese name joined to another by "e" is two.
func (a *analysis) candPass58() {
	n := len(a.toks)
	nc := len(a.cands)
	for ci := 0; ci < nc; ci++ {
		c := &a.cands[ci]
		if c.typ == TypeID {
			if c.score > 0 && c.e+2 < len(a.text) && a.text[c.e] == ':' {
				a.dateHour58(c)
			}
			continue
		}
		if c.typ == TypeDate && c.e-c.s > 13 && a.text[c.s+10] == 'T' && isDigit(a.text[c.s+11]) && a.text[c.s+4] == '-' && a.text[c.s+7] == '-' {
			c.e = c.s + 10 // an ISO time stamp's date ("2024-04-11T10:35:00-03:00"): the time stays out
			continue
		}
		if c.score == 0 || c.typ != TypeOrganization && c.typ != TypeName || c.e-c.s < 3 || !a.cand58(c) {
			continue
		}
		i, k := a.tokAt(c.s), a.tokAt(c.e)
		if i >= n || k < 1 || k > n || int(a.toks[i].s) != c.s || int(a.toks[k-1].e) != c.e {
			continue
		}
		if c.typ == TypeOrganization {
			all, social := true, false
			for j := i; j < k && all; j++ {
				f := a.folded(j)
				all = a.isWord(j) && socialUnits58[f]
				social = social || f == "social" || f == "shelter"
			}
			if all && social && k-i >= 2 {
				c.score = 0
				continue
			}
			if k+2 < n && a.en && !a.toks[k].nl && a.toks[k].gap == 1 && a.isWord(k) {
				a.orgTail58(ci, i, k)
				c = &a.cands[ci]
			}
			if a.pt && k < n && k-i >= 2 && !a.toks[k].nl && a.folded(i) == "conselho" && a.folded(i+1) == "tutelar" {
				a.councilArea58(c, k)
			}
			if k-i >= 3 && (unitTails58[a.folded(k-1)] && a.toks[k-1].shape == shUpper || a.folded(k-1) == "care" && k < n && a.isWord(k) && a.folded(k) == "coordination") {
				if h := a.folded(k - 2); h == "hospital" || h == "center" || h == "centre" {
					c.e = int(a.toks[k-2].e)
				}
			}
			// a hospital's social work service before its name ("Serviço
			// Social Hospital Santa Clara")
			if k-i >= 4 && a.folded(i) == "servico" && a.folded(i+1) == "social" && a.folded(i+2) == "hospital" {
				c.s = int(a.toks[i+2].s)
			}
			continue
		}
		// names: a caret name's prefix or suffix ("Okonkwo^Daniel^R^^MD")
		if k-i >= 3 && a.hasPunct('^') && (a.isPunct(k-2, "^") && a.toks[k-1].gap == 0) && a.lexOf(k-1)&(lxTitle|lxCred) != 0 {
			e := k - 2
			for e > i+1 && a.isPunct(e-1, "^") {
				e--
			}
			c.e = int(a.toks[e-1].e)
			continue
		}
		// a title opening the name ("| Dr. Akira |" in a table's cell):
		// the title stays out, as everywhere
		if k-i >= 3 && a.isWord(i) && a.lexOf(i)&lxTitle != 0 && a.toks[i].shape == shTitle && a.toks[i].e-a.toks[i].s <= 3 && a.isPunct(i+1, ".") && a.toks[i+1].gap == 0 &&
			a.isWord(i+2) && a.toks[i+2].shape != shLower && !a.toks[i+2].nl {
			i += 2
			c.s = int(a.toks[i].s)
		}
		if k-i >= 2 && a.toks[i].shape == shUpper && serviceTags58[a.folded(i)] {
			i++
			c.s = int(a.toks[i].s)
		}
		if k-i >= 2 && a.toks[k-1].shape == shUpper && serviceTags58[a.folded(k-1)] {
			k--
			c.e = int(a.toks[k-1].e)
		}
		if !a.pt || k-i < 3 {
			continue
		}
		wide := a.wide53()
		for j := i + 1; j < k-1; j++ {
			if a.isWord(j) && a.tokText(j) == "e" && a.toks[j].gap >= 1 && a.toks[j+1].gap >= 1 && a.toks[j-1].kind == kWord && a.toks[j+1].kind == kWord {
				r := j + 1
				if r < k-1 && a.toks[r].shape == shUpper && serviceTags58[a.folded(r)] {
					r++
				}
				// (two names of two words or more each: "… dos Santos e
				// Sousa" is one name)
				w := r
				for w < n && w < r+4 && a.isWord(w) && a.toks[w].shape != shLower && (w == r || int(a.toks[w].gap) <= wide && !a.toks[w].nl) {
					w++
				}
				if w-r < 2 {
					break
				}
				e2 := c.e
				if x := int(a.toks[w-1].e); x > e2 {
					e2 = x // (the run the name goes on in: "… e GCM Hugo" before "Marcondes")
				}
				c.e = int(a.toks[j-1].e)
				a.add(int(a.toks[r].s), e2, TypeName, c.score, c.prio)
				break
			}
		}
	}
}

// profWords58 are Portuguese professions and roles written in lower
// case before a colleague's name in running text ("pela psicóloga
// Renata Campos", "a conselheira Ivone Lima", "agente de saúde
// Lucineia"). ("assistente social" and "agente de saúde" name the
// role in two or three words.)
const profList58 = `psicologa psicologo enfermeira enfermeiro assistente conselheira conselheiro educadora educador
	cuidadora cuidador agente advogada advogado defensora defensor pedagoga pedagogo orientadora orientador
	nutricionista fisioterapeuta terapeuta fonoaudiologa fonoaudiologo`

var profWords58 = set(profList58)

// profName58 reads the name after a profession in lower case at k
// (profWords58): one to four capitalised words, connectors inside, the
// first a listed given name or a word in no list. NAME.
func (a *analysis) profName58(k int) {
	n := len(a.toks)
	q := k + 1
	switch a.folded(k) {
	case "assistente":
		if q >= n || !a.isWord(q) || a.folded(q) != "social" {
			return
		}
		q++
	case "agente":
		if q+1 >= n || !a.isWord(q) || a.folded(q) != "de" || a.folded(q+1) != "saude" {
			return
		}
		q += 2
	}
	if q >= n || a.toks[q].nl || a.toks[q].gap != 1 || !a.isWord(q) || a.toks[q].shape != shTitle || a.claimedAt(q) {
		return
	}
	x := a.lexOf(q)
	if x&(lxStop|lxMedical|lxMonth|lxTitle|lxOrgHead|lxRegion) != 0 || x&lxGiven == 0 && x&(lxCommon|lxPlace|lxName) != 0 {
		return
	}
	e, words := q+1, 1
	for e < n && words < 4 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) {
		if a.toks[e].shape == shTitle && a.lexOf(e)&(lxStop|lxMedical|lxMonth|lxOrgHead) == 0 {
			e++
			words++
			continue
		}
		f := a.folded(e)
		if (f == "de" || f == "da" || f == "do" || f == "dos" || f == "das") && e+1 < n && a.toks[e+1].gap == 1 && a.isWord(e+1) && a.toks[e+1].shape == shTitle {
			e++
			continue
		}
		break
	}
	for e > q+1 && a.toks[e-1].shape == shLower {
		e--
	}
	a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeName, 0.75, pName)
}

// kinLists58 are the plural relations before a list of children with
// their ages ("CHILDREN: Brooklyn (9) and Dallas (5)", "filhos em
// comum: Davi (8) e Aurora (2)").
var kinLists58 = set(`children kids sons daughters siblings grandchildren stepchildren filhos filhas netos netas irmaos criancas enteados`)

// agedList58 reads the names of a list of people each with an age in
// brackets after a plural relation on the line (kinLists58): two
// entries at least, "and", "e" or a comma between them. NAME.
func (a *analysis) agedList58() {
	n := len(a.toks)
	last := -1
	for _, pi := range a.classToks('(') {
		p := int(pi)
		if p <= last || p < 1 || p+2 >= n || a.toks[p+1].kind != kNum || a.toks[p+1].e-a.toks[p+1].s > 2 || !a.isPunct(p+2, ")") {
			continue
		}
		// the list: entries "Word (N)" joined by and/e/commas
		var es [6]int
		m := 0
		q := p
		for m < len(es) {
			w := q - 1
			if w < 0 || !a.isWord(w) || a.toks[w].shape != shTitle || a.toks[q].gap != 1 || q+2 >= n || a.toks[q+1].kind != kNum || a.toks[q+1].e-a.toks[q+1].s > 2 || !a.isPunct(q+2, ")") {
				break
			}
			es[m] = w
			m++
			r := q + 3
			if r < n && a.isPunct(r, ",") {
				r++
			}
			if r < n && a.isWord(r) && (a.folded(r) == "and" || a.folded(r) == "e") {
				r++
			}
			if r+2 >= n || a.toks[r].nl || !a.isPunct(r+1, "(") {
				break
			}
			q = r + 1
		}
		last = q
		if m < 2 {
			continue
		}
		// a plural relation before the first entry on its line
		ok := false
		for k := es[0] - 1; k >= 0 && k >= es[0]-6; k-- {
			if a.isWord(k) && kinLists58[a.folded(k)] {
				ok = true
				break
			}
			if a.toks[k+1].nl {
				break
			}
		}
		if !ok {
			continue
		}
		for _, w := range es[:m] {
			if x := a.lexOf(w); x&(lxStop|lxMedical|lxMonth) == 0 && (x&lxCommon == 0 || x&lxGiven != 0) && !a.claimedAt(w) {
				a.add(int(a.toks[w].s), int(a.toks[w].e), TypeName, 0.75, pName)
			}
		}
	}
}

// caretZips58 reads the end of an address written with carets (HL7's
// XAD, a DICOM dump's PatientAddress): "…^Modesto^CA^95350": the town
// before a state's code (LOCATION) and the ZIP after it; a name read
// over the town and the state is dropped.
func (a *analysis) caretZips58() {
	t := a.text
	for from := 0; from < len(t); {
		j := strings.IndexByte(t[from:], '^')
		if j < 0 {
			break
		}
		p := from + j // the caret before the state
		from = p + 1
		if p+9 > len(t) || t[p+3] != '^' || !usStates[t[p+1:p+3]] || !isDigit(t[p+4]) {
			continue
		}
		z := p + 4
		ze := z
		for ze < len(t) && isDigit(t[ze]) {
			ze++
		}
		if ze-z != 5 || ze < len(t) && isAlnumByte(t[ze]) {
			continue
		}
		if ze+5 <= len(t) && t[ze] == '-' && isDigit(t[ze+1]) && isDigit(t[ze+4]) {
			ze += 5
		}
		// the town: letters and blanks back to the caret before it
		cs := p
		for cs > 0 && p-cs < 40 && (isASCIILetter(t[cs-1]) || t[cs-1] == ' ' || t[cs-1] == '.' || t[cs-1] >= 0x80) {
			cs--
		}
		if cs == 0 || t[cs-1] != '^' || cs == p {
			continue
		}
		for ci := range a.cands {
			c := &a.cands[ci]
			if c.typ == TypeName && c.s < p+3 && c.e > cs {
				c.score = 0
			}
		}
		a.add(cs, p, TypeLocation, 0.85, pStruct)
		a.add(z, ze, TypeZIP, 0.9, pStruct)
	}
}

// lowerSenders58 marks a chat sender found once in lower case at a
// line's start ("nadia (charge RN) 02:10: …") wherever the same word
// opens another line before a time ("nadia 02:15: …"). NAME.
func (a *analysis) lowerSenders58() {
	n := len(a.toks)
	timed := func(k int) bool {
		return k+3 < n && a.isWord(k) && a.toks[k].shape == shLower && a.toks[k+1].gap == 1 && a.toks[k+1].kind == kNum && a.isPunct(k+2, ":") && a.toks[k+2].gap == 0
	}
	any := false
	for _, ls := range a.lineStarts {
		if timed(int(ls)) {
			any = true
			break
		}
	}
	if !any {
		return
	}
	var seen [4]string
	m := 0
	nc := len(a.cands)
	for ci := 0; ci < nc && m < len(seen); ci++ {
		c := &a.cands[ci]
		if c.typ != TypeName || c.score == 0 || c.s > 0 && a.text[c.s-1] != '\n' || a.text[c.s] < 'a' || a.text[c.s] > 'z' {
			continue
		}
		k := a.tokAt(c.s)
		if k >= n || int(a.toks[k].s) != c.s || int(a.toks[k].e) != c.e || a.toks[k].shape != shLower || !(k == 0 || a.toks[k].nl) || c.e-c.s < 3 {
			continue
		}
		v := a.text[c.s:c.e]
		dup := false
		for _, w := range seen[:m] {
			dup = dup || w == v
		}
		if !dup {
			seen[m] = v
			m++
		}
	}
	if m == 0 {
		return
	}
	for _, ls := range a.lineStarts {
		k := int(ls)
		if !timed(k) {
			continue
		}
		v := a.tokText(k)
		for _, w := range seen[:m] {
			if w == v {
				a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
			}
		}
	}
}

// orgOfHeads58 are the last words of a body's name that its region or
// remit can follow after "of the" ("Area Agency on Aging of the Coastal
// Bend", "Lutheran Family Services of the Plains").
var orgOfHeads58 = set(`aging services agency council society charities alliance coalition network association authority ministries`)

// orgTail58 grows the organisation at ci (tokens i to k) over what its
// name goes on with: "of the" and one to three capitalised words after
// a body's last word (orgOfHeads58), or "Office" after a county's
// service ("Bradford County Assistance Office").
func (a *analysis) orgTail58(ci, i, k int) {
	n := len(a.toks)
	f := a.folded(k)
	switch {
	case f == "office" && a.toks[k].shape == shTitle && k-i >= 2 && a.folded(k-1) == "assistance":
		a.cands[ci].e = int(a.toks[k].e)
	case f == "of" && k+2 < n && a.folded(k+1) == "the" && orgOfHeads58[a.folded(k-1)] && a.toks[k+1].gap == 1 && !a.toks[k+1].nl:
		e := k + 2
		for e < n && e < k+5 && a.isWord(e) && a.toks[e].shape == shTitle && a.toks[e].gap == 1 && !a.toks[e].nl && a.lexOf(e)&(lxStop|lxMonth) == 0 {
			e++
		}
		if e > k+2 {
			a.cands[ci].e = int(a.toks[e-1].e)
		}
	}
}

// streetUnit58 reads a Brazilian street with no house number before a
// house's or a lot's number after its comma ("Beco São Jorge, casa 12",
// "Rua 48, lote 9"): a street's head in title case, one to four
// capitalised words or a number, the comma, the unit's word and its
// number. ADDRESS.
func (a *analysis) streetUnit58(k int) {
	n := len(a.toks)
	if k < 3 || k+1 >= n || !a.isPunct(k-1, ",") || a.toks[k+1].kind != kNum || a.toks[k+1].gap != 1 || a.toks[k].nl {
		return
	}
	h := -1
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if a.toks[j].nl && j != k-2 && !a.isWord(j) {
			break
		}
		if a.isWord(j) && a.toks[j].shape == shTitle && (a.folded(j) == "beco" || a.folded(j) == "rua" || a.folded(j) == "travessa" || a.folded(j) == "viela") {
			h = j
			break
		}
		if !(a.isWord(j) && (a.toks[j].shape == shTitle || nameConnector53(a.folded(j))) || a.toks[j].kind == kNum && j == k-2) || a.toks[j].nl {
			break
		}
	}
	if h < 0 || h == k-2 {
		return
	}
	for j := h + 1; j < k-1; j++ {
		if a.toks[j].nl {
			return
		}
	}
	a.add(int(a.toks[h].s), int(a.toks[k+1].e), TypeAddress, 0.8, pAddress)
}

// medical58 are laboratory words the lists lack: a high-sensitivity
// troponin ("TROP-HS"), an analyser's "NEUT%", a nucleic acid
// amplification test ("by NAA"), point-of-care testing (POCT).
var medical58 = set(`trop neut naa poct`)

// stop58 are a log's and a form's abbreviations that look like names or
// organisations: a log's level (WARN), a web application firewall
// (WAF), Brazil's data protection law (LGPD), a pharmacy label's
// "Prescr." and "Manip.", a collector's "Init" box.
var stop58 = set(`warn waf lgpd prescr manip init`)

// dateHour58 mends an identifier read over a date and the hour of its
// time ("Printed 04/09/2024 07:41" read as "04/09/2024 07"): the date
// alone, a DATE.
func (a *analysis) dateHour58(c *cand) {
	t := a.text
	if c.e+2 >= len(t) || t[c.e] != ':' || !isDigit(t[c.e+1]) || c.e-c.s < 11 || c.e-c.s > 13 {
		return
	}
	sp := strings.LastIndexByte(t[c.s:c.e], ' ')
	if sp < 8 {
		return
	}
	d := t[c.s : c.s+sp]
	for _, h := range t[c.s+sp+1 : c.e] {
		if h < '0' || h > '9' {
			return
		}
	}
	if strings.Count(d, "/")+strings.Count(d, "-") != 2 || strings.Trim(d, "0123456789/-") != "" {
		return
	}
	c.e = c.s + sp
	c.typ = TypeDate
}

// hyphenCodes58 reads a record's code of capitals (a modality's or a
// label's, with a year's two digits or none) and two groups of four
// digits ("MR24-0611-0457", "XR23-0102-0311", "BMK-0410-0007": an
// accession's or a specimen's number). ID.
func (a *analysis) hyphenCodes58() {
	n := len(a.toks)
	t := a.text
	last := -1
	for _, pi := range a.classToks('-') {
		p := int(pi)
		k := p - 1
		if k <= last || k < 0 || p+3 >= n || a.toks[p].gap != 0 || a.toks[p+1].gap != 0 || a.toks[p+2].gap != 0 || a.toks[p+3].gap != 0 || !a.isPunct(p+2, "-") {
			continue
		}
		last = p
		pre := t[a.toks[k].s:a.toks[k].e]
		if len(pre) < 2 || len(pre) > 5 || pre[0] < 'A' || pre[0] > 'Z' || a.toks[k].kind == kNum {
			continue
		}
		letters := 0
		for x := 0; x < len(pre); x++ {
			switch {
			case pre[x] >= 'A' && pre[x] <= 'Z':
				if letters != x {
					pre = ""
				}
				letters++
			case isDigit(pre[x]):
			default:
				pre = ""
			}
		}
		if pre == "" || letters < 2 || letters > 3 || len(pre)-letters != 0 && len(pre)-letters != 2 {
			continue
		}
		d1, d2 := a.toks[p+1], a.toks[p+3]
		if d1.kind != kNum || d2.kind != kNum || d1.e-d1.s != 4 || d2.e-d2.s != 4 {
			continue
		}
		if y, z := t[d2.s:d2.s+2], t[d1.s:d1.s+2]; letters == len(pre) && (y == "19" || y == "20" || z == "19" || z == "20") {
			continue // (a standard's number and year: "ISO-9001-2015")
		}
		if p+4 < n && a.toks[p+4].gap == 0 && (a.toks[p+4].kind != kPunct || a.isPunct(p+4, "-") || a.isPunct(p+4, "/")) {
			continue
		}
		if s := int(a.toks[k].s); s > 0 && (isAlnumByte(t[s-1]) || t[s-1] == '-' || t[s-1] == '/' || t[s-1] == '.' || t[s-1] == '_') {
			continue
		}
		a.add(int(a.toks[k].s), int(d2.e), TypeID, 0.8, pGenericID)
	}
}

// councilArea58 grows a Conselho Tutelar's name (the candidate c, the
// token k after it) over its area: its number ("Conselho Tutelar
// Microrregião 4") or, after a spaced dash closing the line, one to
// three capitalised words and a Roman numeral ("… de Belém - Região
// Norte II", "… DE OSASCO - CENTRO").
func (a *analysis) councilArea58(c *cand, k int) {
	n := len(a.toks)
	if a.toks[k].kind == kNum && a.toks[k].gap == 1 && a.toks[k].e-a.toks[k].s <= 2 && (k+1 >= n || a.toks[k+1].nl || a.toks[k+1].kind == kPunct) {
		c.e = int(a.toks[k].e)
		return
	}
	if !a.spacedDash(k) || k+1 >= n || a.toks[k+1].nl {
		return
	}
	e := k + 1
	for e < n && e < k+5 && (e == k+1 || !a.toks[e].nl && a.toks[e].gap <= 2) && a.isWord(e) && a.toks[e].shape != shLower && a.lexOf(e)&lxLabel == 0 {
		e++
	}
	if e == k+1 || e < n && !a.toks[e].nl {
		return
	}
	c.e = int(a.toks[e-1].e)
}

// serviceUsers58 open the user names of a system's accounts, no
// person's ("svc_nightly", "sys.batch", "root").
var serviceUsers58 = set(`svc sys system admin service batch root daemon app api bot cron job integration interface`)

// cand58 tells by the candidate's bytes whether candPass58 may have
// something to do with it (most have nothing: the token walk is spared).
func (a *analysis) cand58(c *cand) bool {
	t := a.text
	v := t[c.s:c.e]
	if c.typ == TypeOrganization {
		if a.en && c.e+4 < len(t) && t[c.e] == ' ' && (t[c.e+1] == 'o' || t[c.e+1] == 'O') && t[c.e+2] == 'f' {
			return true // " of the …", " Office"
		}
		l := v[len(v)-1]
		switch {
		case (l == 'k' || l == 'K' || l == 'r' || l == 'R' || l == 's' || l == 'S') && (hasSuffixFold58(v, " work") || hasSuffixFold58(v, " worker") || hasSuffixFold58(v, " workers") || hasSuffixFold58(v, " shelter")):
			return true // a social work team, a shelter: "… Social Work", "DV SHELTER"
		case l == 'U' || l == 'e' && strings.HasSuffix(v, " Care"):
			return true // "… Hospital NICU", "… Hospital Care Coordination"
		case (v[0] == 'S' || v[0] == 's') && len(v) > 16 && strings.EqualFold(v[:5], "servi"):
			return true // "Serviço Social Hospital …"
		case a.pt && (v[0] == 'C' || v[0] == 'c') && len(v) >= 15 && strings.EqualFold(v[:8], "conselho"):
			return true
		}
		return false
	}
	if len(v) > 4 && (v[2] == '.' || v[3] == '.') || a.hasPunct('^') && strings.IndexByte(v, '^') >= 0 {
		return true
	}
	if len(v) > 4 && (v[0] == 'C' || v[0] == 'G') && v[1] >= 'A' && v[1] <= 'Z' || (v[len(v)-1] == 'S' || v[len(v)-1] == 'M') && v[len(v)-2] >= 'A' && v[len(v)-2] <= 'Z' {
		return true
	}
	return a.pt && len(v) >= 9 && strings.Contains(v, " e ")
}

// hasSuffixFold58: v ends with suf (lower case ASCII), whatever its case.
func hasSuffixFold58(v, suf string) bool {
	return len(v) >= len(suf) && strings.EqualFold(v[len(v)-len(suf):], suf)
}
