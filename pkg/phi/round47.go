package phi

import "strings"

// Round 47 rules: digital health platforms (telehealth session logs,
// patient-portal threads and account records, device exports, app audit
// trails, EHR access logs, booking confirmations and reminders) and
// dev-imitating notes. Platforms name their people by a user name
// ("Portal user: jdoe_runner", "(user dwhitcomb)", "login (leo.ferraz09)",
// "@ohaddad.icu"), their machines by an asset code ("Workstation:
// MCH-ED-RT04", "patrimônio PMC-TAB-0217") or a hardware address
// ("Bluetooth address 3C:71:BF:0A:22:9D"), and write records as tables
// ("USER ID   NAME   ROLE   WORKSTATION") or JSON ("given": ["Ann",
// "Marie"]).

// medical47 are devices' makers and products and clinical terms the lists
// lack, read as unknown capitalised words ("my Garmin has been showing",
// "Omron Connect", "Crepitus L chest wall", "Oncotype not sent").
var medical47 = set(`garmin fitbit omron withings biotronik phonak oticon alivecor kardia kardiamobile myphonak
	adderall crepitus oncotype roux`)

// formWords47 open the name of a form or a paper, never of an
// organisation ("Declaração de Saúde", "Termo de Consentimento").
var formWords47 = set(`declaracao termo atestado formulario certidao declaration statement waiver`)

// common47 are words of platforms and chats the lists lack or hold only
// as names ("Bluetooth stethoscope", "Link enviado por SMS", "Tele-ED",
// "Sou o assistente", "Acesse o link"), and a letter's honorifics
// ("Ilmo. Sr.").
var common47 = set(`bluetooth sms chatbot tele sou acesse ilmo ilma exmo exma`)

// Kinds of this round's trigger words (recorded with round 39's, see
// r39Kinds and note39).
const (
	r47User    uint64 = r46Ref << (1 + iota) // userWords47
	r47Device                                // deviceLabels47
	r47Agent                                 // "mozilla"
	r47Channel                               // "channel"
	r47Plan                                  // planCards47
	r47Branch                                // "unidade", "filial"
	r47Hon                                   // "dona", "sra", "d"
	r47Maker                                 // deviceMakers47
	r47Kin                                   // kinIs47
	r47MAC                                   // macWords47
)

// macWords47 name a hardware address ("Bluetooth address 3C:71:…",
// "endereço MAC D8:3A:…", "Wi-Fi MAC").
var macWords47 = set(`mac bluetooth ble bt wifi hardware`)

// kinIs47 are the Portuguese relations a chat names before "é o" and the
// relative ("o filho é o Juninho").
var kinIs47 = set(`filho filha neto neta sobrinho sobrinha genro nora marido esposa esposo irmao irma
	pai mae tio tia primo prima`) // (pai … prima: round 49)

// planCards47 label a health plan's card, before the plan's name and the
// card's number ("Carteirinha Vitalmed 0093 1120 4471 8").
var planCards47 = set(`carteirinha carteira convenio`)

// deviceMakers47 make consumers' devices named by the maker and a
// product word (gadgets47: "Apple Watch", "Samsung Galaxy Watch"): the
// product names no one. ("Apple Health" is also Washington's Medicaid.)
var deviceMakers47 = set(`apple samsung google garmin fitbit withings`)

// gadgets47 are the product words after a device maker.
var gadgets47 = set(`watch band ring scale galaxy pixel`)

// userWords47 label a platform's user name: "Portal user: jdoe_runner",
// "(user dwhitcomb)", "login (leo.ferraz09)", "usuária brunaksf".
var userWords47 = set(`user username userid login logon usuario usuaria`)

// deviceLabels47 label a machine's asset code: "Workstation:
// MCH-ED-RT04", "asset tag SVH-TELE-03", "patrimônio PMC-TAB-0217".
var deviceLabels47 = set(`workstation estacao terminal asset patrimonio hostname computador`)

// Column kinds of csvColumn beyond the span types: a user name's column
// (typeUser47: "USER ID", "USUÁRIO", "login") and a column of roles that
// holds no PHI (typeNone47: "ROLE", "PERFIL"; its cells are code
// regions, so that "Unit Clerk", "Téc. Radiol." are no names).
const (
	typeUser47 = "user47"
	typeNone47 = "none47"
)

// late47 runs this round's passes that read what the others found.
func (a *analysis) late47() {
	if a.has39(r47MAC) {
		a.detectMACs47()
	}
	if a.has39(r47User) {
		a.detectUsers47()
	}
	if a.hasPunct('@') {
		a.detectHandles47()
	}
	if len(a.users47) > 0 {
		a.propagateUsers47()
	}
	if a.has39(r47Device) && a.hasPunct('-') {
		a.detectAssetCodes47()
	}
	if a.hasPunct('{') && a.hasPunct('"') && a.hasPunct(':') {
		a.detectJSON47()
	}
	if a.has39(r47Agent) && a.hasPunct('/') {
		a.protectUserAgents47()
	}
	if a.has39(r47Channel | r47Plan | r47Branch | r47Hon | r47Maker | r47Kin) {
		a.detectTriggers47()
	}
	if a.hasPunct('-') {
		a.protectAcronymCountries47()
	}
}

// unitWords47 name a unit after a street address.
var unitWords47 = set(`apt apartment suite ste unit bldg building rm room fl floor lot trailer trlr spc space plot`)

// addressUnit47 extends the address candidate ci over the unit after it
// (a unit's word, its dot or "#", then a number, letters and digits or a
// letter): "…, Bldg C", "… APT 3", "…, Suite 200".
func (a *analysis) addressUnit47(ci int) {
	c := a.cands[ci]
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	if k < n && a.toks[k].ch == ',' && a.toks[k].gap == 0 {
		k++
	}
	if k+1 >= n || !a.isWord(k) || a.toks[k].nl || a.toks[k].gap != 1 || !unitWords47[a.folded(k)] {
		return
	}
	k++
	if a.toks[k].ch == '.' && a.toks[k].gap == 0 {
		k++
	}
	if k < n && a.toks[k].ch == '#' {
		k++
	}
	if k >= n || a.toks[k].nl || a.toks[k].gap > 1 {
		return
	}
	v := a.toks[k]
	if !(v.kind == kNum && v.e-v.s <= 5 || v.kind == kAlnum && v.e-v.s <= 5 || v.kind == kWord && v.shape == shSingle) {
		return
	}
	if k+1 < n && a.toks[k+1].gap == 0 && a.toks[k+1].kind != kPunct {
		return
	}
	a.add(c.s, int(v.e), TypeAddress, c.score, c.prio)
}

func isHexByte47(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// detectMACs47 reads a hardware (MAC, Bluetooth) address: six pairs of
// hex digits joined by colons or hyphens ("3C:71:BF:0A:22:9D",
// "00-0E-9F-4A-21-C8"), DEVICE, in a note that names one (macWords47).
// It walks the separators and tests bytes.
func (a *analysis) detectMACs47() {
	t := a.text
	for _, sep := range [2]byte{':', '-'} {
		for _, p := range a.classToks(int(sep)) {
			q := int(a.toks[p].s)
			s := q - 2
			// (the bytes three and twelve on first: a time's or a label's
			// colon and a word's hyphen fail there)
			if s < 0 || s+17 > len(t) || t[q+3] != sep || t[q+12] != sep || !a.hexPair47(s) || s > 0 && (isAlnumByte(t[s-1]) || t[s-1] == sep) {
				continue
			}
			ok := true
			for g := 1; g < 6 && ok; g++ {
				x := s + 3*g
				ok = t[x-1] == sep && a.hexPair47(x)
			}
			if !ok || s+17 < len(t) && (isAlnumByte(t[s+17]) || t[s+17] == sep) {
				continue
			}
			a.add(s, s+17, TypeDevice, 0.9, pStruct)
		}
	}
}

// hexPair47: the bytes at x and x+1 are hex digits (an OCR view reads a
// zero between letters as O: "00:OE:9F").
func (a *analysis) hexPair47(x int) bool {
	c, d := a.text[x], a.text[x+1]
	return (isHexByte47(c) || a.ocr && c == 'O') && (isHexByte47(d) || a.ocr && d == 'O')
}

// userPart47: token k can be part of a user name: a word, a number or
// letters and digits, in ASCII.
func (a *analysis) userPart47(k int) bool {
	t := a.toks[k]
	return (t.kind == kWord || t.kind == kNum || t.kind == kAlnum) && a.text[t.s] < 0x80
}

// userEnds47 are the last parts of a file's or a domain's name, never a
// user name's ("report.pdf", "site.com").
var userEnds47 = set(`com org net gov edu br io pdf png jpg jpeg doc docx txt csv xml json html htm exe zip`)

// userName47 reads the user name that starts at token k: parts joined
// with no blank by dots, underscores or hyphens, the first one opening
// with a lower-case letter, not an address's or a file's. It returns the
// end token (k when there is none) and whether the name is strong (a
// dot, an underscore or a digit in it: "jdoe_runner", "leo.ferraz09",
// "rdesai4") rather than one word ("dwhitcomb").
func (a *analysis) userName47(k int) (int, bool) {
	n := len(a.toks)
	if k >= n || !a.userPart47(k) {
		return k, false
	}
	if c := a.text[a.toks[k].s]; c < 'a' || c > 'z' {
		return k, false
	}
	e := k + 1
	strong := a.toks[k].kind == kAlnum
	for e+1 < n && a.toks[e].gap == 0 && a.toks[e+1].gap == 0 && (a.toks[e].ch == '.' || a.toks[e].ch == '_' || a.toks[e].ch == '-') && a.userPart47(e+1) {
		strong = true
		e += 2
	}
	if e < n && a.toks[e].gap == 0 && (a.toks[e].ch == '@' || a.toks[e].kind != kPunct) {
		return k, false // an e-mail address
	}
	if e > k+1 && userEnds47[a.folded(e-1)] {
		return k, false
	}
	return e, strong
}

// weakUser47: the word k alone can be a user name: lower case, three
// letters or more, no common, clinical or function word.
func (a *analysis) weakUser47(k int) bool {
	t := a.toks[k]
	return t.kind == kWord && t.shape == shLower && t.e-t.s >= 3 && a.lexOf(k)&(lxCommon|lxStop|lxMedical|lxMonth|lxRegion|lxCred|lxOrgHead) == 0
}

// detectUsers47 reads a user name after its label: "Portal user:
// jdoe_runner", "PDMP user aruiz_np", "(user dwhitcomb)", "login
// (leo.ferraz09)", "(usuária brunaksf)", "usuário do RH rh.marcia". A
// word alone must follow the label at once, the two in brackets; a
// strong name may come a few words after it on the line. ID; the name is then found again
// wherever it comes back (propagateUsers47).
func (a *analysis) detectUsers47() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r47User == 0 || !a.isWord(i) || i+1 >= n {
			continue
		}
		k := i + 1
		colon := false
		if a.toks[k].ch == ':' && a.toks[k].gap == 0 {
			colon = true
			k++
		}
		if k < n && a.toks[k].ch == '(' {
			k++
		}
		for q := k; q < n && q <= k+3 && !a.toks[q].nl; q++ {
			if a.toks[q].kind == kPunct && !(q > k && a.toks[q].ch == ':') {
				break
			}
			if a.toks[q].ch == ':' {
				continue
			}
			e, strong := a.userName47(q)
			if e == q || !strong && (q > k || colon || e > q+1 || !a.weakUser47(q) || !a.bracketedUser47(i, e)) {
				continue
			}
			if q > k && a.toks[q].gap == 0 {
				continue
			}
			a.addUser47(q, e)
			break
		}
	}
}

// bracketedUser47: the label i and the word before e stand in brackets
// of their own ("(user dwhitcomb)", "(usuária brunaksf),"), as a user
// name of one word is written; in a sentence it is a verb ("usuária
// pediu").
func (a *analysis) bracketedUser47(i, e int) bool {
	return i > 0 && a.toks[i-1].ch == '(' && e < len(a.toks) && (a.toks[e].ch == ')' || a.toks[e].ch == ',' || a.toks[e].ch == ';')
}

// addUser47 marks the user name [k, e) (tokens) as an identifier and
// records it for propagateUsers47.
func (a *analysis) addUser47(k, e int) {
	s, t := int(a.toks[k].s), int(a.toks[e-1].e)
	a.add(s, t, TypeID, 0.85, pLabeled)
	if len(a.users47) < 8 && t-s >= 4 {
		a.users47 = append(a.users47, a.text[s:t])
	}
}

// detectHandles47 reads a messaging app's handle: "@" and a user name,
// not glued to a word before it (an e-mail address): "(@ohaddad.icu)",
// "@lpark3N:". A word alone must be no common word.
func (a *analysis) detectHandles47() {
	n := len(a.toks)
	for _, p := range a.classToks('@') {
		i := int(p)
		if i+1 >= n || a.toks[i+1].gap != 0 || i > 0 && a.toks[i].gap == 0 && a.toks[i-1].kind != kPunct {
			continue
		}
		k := i + 1
		e, strong := a.userName47(k)
		if e == k {
			// (a handle may have capitals after its first letter)
			continue
		}
		if !strong && !a.weakUser47(k) {
			continue
		}
		a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeID, 0.85, pLabeled)
	}
}

// propagateUsers47 marks the user names found again where they come back
// ("jdoe_runner: Hi Dr. …" in the thread after "Portal user:
// jdoe_runner"), whole: no letter, digit, dot or underscore glued on
// either side.
func (a *analysis) propagateUsers47() {
	t := a.text
	for x, v := range a.users47 {
		dup := false
		for _, w := range a.users47[:x] {
			dup = dup || w == v
		}
		if dup {
			continue
		}
		for from := 0; from < len(t); {
			j := strings.Index(t[from:], v)
			if j < 0 {
				break
			}
			s := from + j
			e := s + len(v)
			from = e
			if s > 0 && (isAlnumByte(t[s-1]) || t[s-1] == '.' || t[s-1] == '_' || t[s-1] >= 0x80) {
				continue
			}
			if e < len(t) && (isAlnumByte(t[e]) || t[e] == '_' || t[e] >= 0x80 || (t[e] == '.' || t[e] == '@') && e+1 < len(t) && isAlnumByte(t[e+1])) {
				continue
			}
			a.add(s, e, TypeID, 0.85, pLabeled)
		}
	}
}

// userCell47 reads the cell [s, e) of a user's column: a user name
// (ID) or a person's name.
func (a *analysis) userCell47(s, e int) {
	k := a.firstTokenFrom(s)
	if k < len(a.toks) && int(a.toks[k].s) == s {
		if x, strong := a.userName47(k); x > k && int(a.toks[x-1].e) == e && (strong || a.weakUser47(k)) {
			a.addUser47(k, x)
			return
		}
	}
	if nameCell(a.text[s:e]) {
		a.add(s, e, TypeName, 0.85, pStruct)
	}
}

// assetCode47: the tokens from k make a machine's code: two parts or
// more of capitals, digits or both joined by hyphens with no blank, a
// digit and a capital in it ("MCH-ED-RT04", "PMC-TAB-0217",
// "NWH-5E-WOW03"). It returns the end token, or k.
func (a *analysis) assetCode47(k int) int {
	n := len(a.toks)
	part := func(j int) bool {
		t := a.toks[j]
		if t.kind == kWord {
			return t.shape == shUpper || t.shape == shSingle
		}
		if t.kind == kAlnum {
			v := a.text[t.s:t.e]
			return strings.ToUpper(v) == v
		}
		return t.kind == kNum
	}
	if k >= n || !part(k) {
		return k
	}
	e := k + 1
	for e+1 < n && a.toks[e].ch == '-' && a.toks[e].gap == 0 && a.toks[e+1].gap == 0 && part(e+1) {
		e += 2
	}
	if e == k+1 || e < n && a.toks[e].gap == 0 && a.toks[e].kind != kPunct {
		return k
	}
	v := a.text[a.toks[k].s:a.toks[e-1].e]
	if !hasDigit(v) || !hasLetter(v) {
		return k
	}
	return e
}

// detectAssetCodes47 reads a machine's asset code after its label:
// "Workstation: MCH-ED-RT04", "Cart asset tag SVH-TELE-03",
// "patrimônio PMC-TAB-0217", DEVICE.
func (a *analysis) detectAssetCodes47() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r47Device == 0 || !a.isWord(i) {
			continue
		}
		for k := i + 1; k < n && k <= i+3 && !a.toks[k].nl; k++ {
			t := a.toks[k]
			if t.kind == kPunct {
				if t.ch == ':' || t.ch == '#' {
					continue
				}
				break
			}
			if t.kind == kWord && t.shape == shLower {
				switch a.folded(k) {
				case "tag", "id", "name", "no", "number", "numero", "n":
					continue
				}
				break
			}
			// (a site's letters open it, no word: not "SCAN-01")
			if e := a.assetCode47(k); e > k && !(t.kind == kWord && a.lexOf(k)&(lxCommon|lxStop|lxMedical) != 0) {
				a.add(int(t.s), int(a.toks[e-1].e), TypeDevice, 0.85, pLabeled)
			}
			break
		}
	}
}

// jsonColumn47 types the values of a JSON key (a FHIR resource's
// "family", "given", "line", "postalCode", "birthDate", "id"), by
// csvColumn's names after the camel case is split.
func jsonColumn47(key string) string {
	switch key {
	case "family", "given", "middle":
		return TypeName
	case "line":
		return TypeAddress
	case "id":
		return TypeID
	}
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		c := key[i]
		if isASCIIUpper(c) {
			if i > 0 {
				b.WriteByte(' ')
			}
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	t := csvColumn(b.String())
	if t == typeUser47 || t == typeNone47 {
		return ""
	}
	return t
}

// detectJSON47 types the string values of a JSON record by their keys
// (jsonColumn47): "given": ["Lorraine", "Marie"], "postalCode":
// "70501", "line": ["1205 Evangeline Thwy, Apt 3B"]. It walks the
// colons and reads the bytes.
func (a *analysis) detectJSON47() {
	t := a.text
	n := len(a.toks)
	for _, p := range a.classToks(':') {
		c := int(p)
		if c < 3 || c+1 >= n || a.toks[c].gap != 0 || a.toks[c-1].ch != '"' || a.toks[c-1].gap != 0 {
			continue
		}
		q := c - 2
		for q > 0 && c-q < 6 && a.toks[q].ch != '"' && a.toks[q].gap == 0 {
			q--
		}
		if a.toks[q].ch != '"' || q == c-2 {
			continue
		}
		key := t[a.toks[q].e:a.toks[c-1].s]
		if len(key) > 24 || strings.IndexByte(key, ' ') >= 0 {
			continue
		}
		typ := jsonColumn47(key)
		if typ == "" {
			continue
		}
		x := int(a.toks[c].e)
		for x < len(t) && t[x] == ' ' {
			x++
		}
		list := x < len(t) && t[x] == '['
		if list {
			x++
		}
		for x < len(t) {
			for x < len(t) && t[x] == ' ' {
				x++
			}
			if x >= len(t) || t[x] != '"' {
				break
			}
			y := x + 1
			for y < len(t) && t[y] != '"' && t[y] != '\n' {
				y++
			}
			if y >= len(t) || t[y] != '"' {
				break
			}
			if y > x+1 {
				a.csvCellValue(typ, x+1, y)
			}
			x = y + 1
			if !list {
				break
			}
			for x < len(t) && t[x] == ' ' {
				x++
			}
			if x >= len(t) || t[x] != ',' {
				break
			}
			x++
		}
	}
}

// protectUserAgents47 makes a browser's user agent a code region, to
// its line's end: "Mozilla/5.0 (Linux; Android 13) … Mobile Safari/537.36"
// names no one.
func (a *analysis) protectUserAgents47() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r47Agent == 0 || !a.isWord(i) || i+1 >= n || a.toks[i+1].ch != '/' || a.toks[i+1].gap != 0 {
			continue
		}
		s := int(a.toks[i].s)
		a.codes43 = append(a.codes43, [2]int{s, a.lineEnd(s)})
	}
}

// timeOnly47: v is a time of day and nothing else ("14:22", "07:42:10").
func timeOnly47(v string) bool {
	if len(v) < 4 || len(v) > 8 || !isDigit(v[0]) || strings.IndexByte(v, ':') < 0 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) && v[i] != ':' {
			return false
		}
	}
	return true
}

// alignedRow47: the row rc (starting at byte rs) has its first cells
// where the header hs (starting at byte s) has its columns, so that the
// cells after them are a remark past the last column ("…   Print face
// sheet   ** FLAG").
func alignedRow47(hs, rc []spacedCell43, s, rs int) bool {
	for c := 1; c < len(hs); c++ {
		if rc[c].s-rs != hs[c].s-s {
			return false
		}
	}
	return true
}

// dateThenHour47: the value v a label's rule read stops at a time's
// colon: a date, a blank and the hour ("11/09/2023 19" before ":15"),
// no identifier (dateThenTime44 reads the whole time).
func dateThenHour47(v, rest string) bool {
	sp := strings.IndexByte(v, ' ')
	if sp < 0 || len(v)-sp-1 < 1 || len(v)-sp-1 > 2 || !allDigits(v[sp+1:]) || len(rest) < 2 || rest[0] != ':' && rest[0] != 'h' || !isDigit(rest[1]) {
		return false
	}
	return dateThenTime44(v[:sp] + " 00:00")
}

// roleBeforeName47: the word k before the bracket at c is a common word
// (a role: "Staff", "Nurse") and the bracket holds a given name in title
// case ("Staff (Corinne):"): the sender is the name, not the word.
func (a *analysis) roleBeforeName47(k, c int) bool {
	return a.raws[k]&(vfEN|vfPT) != 0 && c+1 < len(a.toks) && a.isWord(c+1) && a.toks[c+1].shape == shTitle && a.lexOf(c+1)&lxGiven != 0
}

// botWords47 are a platform's automatic speakers, never a person's name
// however often they come back ("Bot: Good morning!", "Assistente:").
var botWords47 = set(`bot chatbot robo assistente assistant sistema system`)

// detectTriggers47 walks this round's trigger words once:
//   - a broadcaster's call letters before "Channel" and its number
//     ("WQRT Channel 4"), ORGANIZATION;
//   - a plan's name between its card's label and the card's number
//     ("Carteirinha Vitalmed 0093 1120 …"), ORGANIZATION: a word in
//     title case no list knows;
//   - a branch named by its district after "unidade" or "filial"
//     ("na unidade Stiep:"), LOCATION: a word in title case no list
//     knows or a listed place;
//   - a given name that folds to a relation's word after "dona" or
//     "Sra." ("dona Irma": not "irmã"), NAME;
//   - a device maker and its product ("Apple Watch"), a code region.
func (a *analysis) detectTriggers47() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		kind := a.r39Kind[x]
		i := int(p)
		if kind&(r47Channel|r47Plan|r47Branch|r47Hon|r47Maker|r47Kin) == 0 || !a.isWord(i) || i+1 >= n || a.toks[i+1].nl {
			continue
		}
		k := i + 1
		switch {
		case kind&r47Channel != 0:
			if a.toks[i].shape != shTitle || a.toks[k].kind != kNum || a.toks[k].gap != 1 || i < 1 || a.toks[i].nl {
				continue
			}
			s := i
			for s > 0 && s > i-3 && !a.toks[s].nl && a.isWord(s-1) && a.toks[s-1].gap <= 1 && (a.toks[s-1].shape == shUpper || a.toks[s-1].shape == shTitle && a.lexOf(s-1)&(lxCommon|lxStop) == 0) {
				s--
			}
			if s == i || a.lexOf(s)&(lxStop|lxMonth|lxRegion) != 0 {
				continue
			}
			a.add(int(a.toks[s].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
		case kind&r47Plan != 0:
			if k+1 >= n || a.toks[k].shape != shTitle || a.toks[k].gap != 1 || a.toks[k+1].kind != kNum || a.toks[k+1].gap != 1 || a.toks[k+1].nl ||
				a.lexOf(k)&(lxCommon|lxStop|lxMedical|lxGiven|lxName|lxPlace|lxRegion|lxMonth|lxOrgHead) != 0 {
				continue
			}
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeOrganization, 0.75, pOrg)
		case kind&r47Branch != 0:
			// (or opening a line before the branch's address: "Unidade
			// Aldeota - Rua …", round 50)
			head := a.toks[i].shape == shTitle && (i == 0 || a.toks[i].nl) && k+1 < n && (a.spacedDash(k+1) || a.isPunct(k+1, ":") || a.toks[k+1].nl)
			if a.toks[i].shape != shLower && !head || a.toks[k].shape != shTitle || a.toks[k].gap != 1 || a.claimedAt(k) {
				continue
			}
			// (there, a word no list holds that only an inflection's rule
			// reads as common: "Aldeota")
			if x := a.lexOf(k); x&(lxCommon|lxStop|lxMedical|lxGiven|lxMonth|lxOrgHead|lxRegion) != 0 && x&lxPlace == 0 && !(head && a.raws[k] == 0) {
				continue
			}
			if k+1 < n && !a.toks[k+1].nl && a.isWord(k+1) && a.toks[k+1].gap == 1 && a.capShape(k+1) {
				continue // (a longer name: another rule's)
			}
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeLocation, 0.7, pLocation)
		case kind&r47Hon != 0:
			if a.isPunct(k, ".") {
				k++
			}
			if k >= n || a.toks[k].gap != 1 || a.toks[k].nl || !a.isWord(k) || a.claimedAt(k) || a.lexOf(k)&lxGiven == 0 {
				continue
			}
			if a.toks[i].e-a.toks[i].s == 1 {
				// "a d. marlene": a lady's short title in a chat, before a
				// given name in lower case
				if !a.pt || a.tokText(i) != "d" || k != i+2 || a.toks[k].shape != shLower || a.lexOf(k)&(lxStop|lxMedical|lxMonth) != 0 {
					continue
				}
			} else if a.toks[k].shape != shTitle || a.lexOf(k)&lxRelation == 0 {
				continue
			}
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.8, pName)
		case kind&r47Kin != 0:
			// "o filho é o Juninho": a relative named after "é o"
			if !a.pt || k+2 >= n || a.folded(k) != "e" || a.text[a.toks[k].s] == 'e' || !a.isWord(k+1) || a.toks[k+1].e-a.toks[k+1].s != 1 {
				continue
			}
			q := k + 2
			// (in lower case, a listed given name, the relation vouching:
			// "o pai é o wellington né?", round 49)
			lower := a.toks[q].shape == shLower && a.lexOf(q)&lxGiven != 0 && a.lexOf(q)&(lxStop|lxMedical|lxMonth|lxRegion) == 0
			if a.toks[q].shape != shTitle && !lower || a.toks[q].gap != 1 || a.toks[q].nl || a.claimedAt(q) || a.toks[q].e-a.toks[q].s < 3 ||
				a.raws[q] != 0 && (a.lexOf(q)&lxGiven == 0 || a.lexOf(q)&(lxStop|lxMedical|lxMonth|lxRegion) != 0) {
				continue
			}
			a.add(int(a.toks[q].s), int(a.toks[q].e), TypeName, 0.75, pName)
		case kind&r47Maker != 0:
			if a.toks[i].shape != shTitle || a.toks[k].shape != shTitle || a.toks[k].gap != 1 || !gadgets47[a.folded(k)] {
				continue
			}
			a.codes43 = append(a.codes43, [2]int{int(a.toks[i].s), int(a.toks[k].e)})
		}
	}
}

// protectAcronymCountries47 makes a national body's acronym glued to its
// country a code region: "ICP-Brasil", "MSF-Brasil" name no place of
// anyone's.
func (a *analysis) protectAcronymCountries47() {
	n := len(a.toks)
	for _, p := range a.classToks('-') {
		h := int(p)
		if h+1 >= n || a.raws[h+1]&lxRegion == 0 || h < 1 || a.toks[h].gap != 0 || a.toks[h+1].gap != 0 {
			continue
		}
		u, c := a.toks[h-1], a.toks[h+1]
		if u.kind != kWord || u.shape != shUpper || u.e-u.s > 6 || c.kind != kWord || c.shape != shTitle || a.lexOf(h+1)&lxRegion == 0 || a.lexOf(h+1)&lxPlace != 0 && a.lexOf(h+1)&lxGiven != 0 {
			continue
		}
		if h+2 < n && a.toks[h+2].gap == 0 && a.toks[h+2].kind != kPunct {
			continue
		}
		a.codes43 = append(a.codes43, [2]int{int(u.s), int(c.e)})
	}
}

// eponymHead47: f names a sign or a test after an eponym and a word of
// its own ("Watson shift test", "Grey Turner sign").
func eponymHead47(f string) bool {
	switch f {
	case "test", "tests", "sign", "signs", "maneuver", "manoeuvre", "reflex", "teste", "sinal", "manobra":
		return true
	}
	return false
}

// eponymAround47 (eponymContext): the capitalised word k, whose run ends
// before token j, names a sign, a test, a scale or a device by what
// stands around it: a lower-case word then a test's or a sign's noun
// ("Watson shift test"); a hyphenated pair in brackets before an
// eponym's noun ("(Virchow-Robin) spaces"); a pair joined by "&" before
// the score ("Hoehn & Yahr 3"); a device's eponym alone after "no" ("No
// Foley.").
//
//go:noinline
func (a *analysis) eponymAround47(k, j int) bool {
	n := len(a.toks)
	t := a.toks[j]
	if t.kind == kPunct && a.cue(k)&cuDeviceEponym != 0 {
		// "No Foley." (a device's eponym alone after "no")
		return a.isWord(k-1) && (a.folded(k-1) == "no" || a.folded(k-1) == "sem")
	}
	if j+1 >= n || a.toks[j+1].nl {
		return false
	}
	switch {
	case t.kind == kWord && t.shape == shLower && t.gap == 1:
		return a.isWord(j+1) && a.toks[j+1].gap == 1 && eponymHead47(a.folded(j+1)) && a.lexOf(j)&(lxGiven|lxName) == 0 // (a cue word: eponymNouns)
	case t.ch == ')' && t.gap == 0:
		return j > k+1 && k > 0 && a.toks[k-1].ch == '(' && a.isWord(j+1) && a.toks[j+1].gap == 1 && a.cue(j+1)&cuEponymAfter != 0
	case t.ch == '&' && t.gap == 1:
		return j+2 < n && a.isWord(j+1) && a.toks[j+1].shape == shTitle && a.toks[j+1].gap == 1 && a.toks[j+2].kind == kNum && a.toks[j+2].gap == 1
	}
	return false
}

// monthsNoWord47 are the short English months that are no other word,
// a date in lower case before a day ("oct 14").
var monthsNoWord47 = set(`jan feb apr jun jul aug sep oct nov`)

// lastDigitsNote47 passes over a bracket that says the value is a
// number's last digits ("SSN (last 4) 4432", "(last four):") and the
// blanks after it; vs if there is none.
func lastDigitsNote47(s string, vs int) int {
	if vs+6 >= len(s) || s[vs] != '(' || !strings.EqualFold(s[vs+1:vs+5], "last") {
		return vs
	}
	c := strings.IndexByte(s[vs:min(len(s), vs+24)], ')')
	if c < 0 {
		return vs
	}
	e := vs + c + 1
	for e < len(s) && (s[e] == ' ' || s[e] == ':') {
		e++
	}
	if e < len(s) && isDigit(s[e]) {
		return e
	}
	return vs
}

// letterheadAboveCNPJ47 (detectCNPJOrgs): a line that opens with "CNPJ"
// belongs to the business named alone on the line above ("IMAGICLIN -
// Centro de Imagem do Seridó⏎CNPJ 12.345.678/0001-95"):
// capitalised words, particles and short function words ("por"), "&",
// dots and spaced dashes, no number. Each part between the dashes is a
// name when it is a brand (one word in no list) or an organisation's
// head with a proper word; a part that says what the business is
// ("Operadora de Planos de Saúde", "SERVIÇO DE MICROBIOLOGIA") or that a
// rule already read is none.
func (a *analysis) letterheadAboveCNPJ47(k int) {
	l := k - 1
	for l > 0 && !a.toks[l].nl {
		l--
	}
	if k-l > 14 || !a.capShape(l) {
		return
	}
	for q := l; q < k; q++ {
		t := a.toks[q]
		switch {
		case t.kind == kWord && (a.capShape(q) || t.shape == shLower && (a.lexOf(q)&lxParticle != 0 || t.e-t.s <= 3)):
		case t.ch == '-' && t.gap > 0 || t.ch == '&' || t.ch == '.' && t.gap == 0:
		default:
			return
		}
	}
	for p := l; p < k; {
		e := p
		for e < k && !(a.toks[e].ch == '-' && a.toks[e].gap > 0) {
			e++
		}
		if e > p && a.letterheadPart47(p, e) {
			a.add(int(a.toks[p].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
		}
		p = e + 1
	}
}

// letterheadPart47: the words [p, e) of a letterhead name a business: one
// word in no list ("IMAGICLIN"), or a head with a proper word; and no
// candidate overlaps them.
func (a *analysis) letterheadPart47(p, e int) bool {
	if !a.isWord(e-1) || !a.capShape(p) {
		return false
	}
	s, t := int(a.toks[p].s), int(a.toks[e-1].e)
	for _, c := range a.cands {
		if c.s < t && s < c.e {
			return false
		}
	}
	if e == p+1 {
		return a.toks[p].e-a.toks[p].s >= 4 && a.lexOf(p)&(lxCommon|lxStop|lxMedical|lxGiven|lxName|lxPlace|lxRegion|lxMonth|lxOrgHead|lxCred) == 0
	}
	head, proper := false, false
	for q := p; q < e; q++ {
		if !a.isWord(q) || !a.capShape(q) {
			continue
		}
		x := a.lexOf(q)
		if x&lxOrgHead != 0 {
			head = true
		} else if x&(lxCommon|lxStop|lxMedical|lxMonth|lxCred) == 0 {
			proper = true
		} else if q == e-1 && q > p+1 && a.toks[q].shape == shTitle && a.lexOf(q-1)&lxParticle != 0 && x&(lxStop|lxMedical|lxMonth|lxCred) == 0 {
			proper = true // a region's name after its particle: "… do Seridó"
		}
	}
	return head && proper
}

// sentenceCap47 (triggerBefore): the word i, in title case, is a common
// English or Portuguese word, a sentence's first after a list's dash at
// a line's start ("- The notification", "- On 4/30", "- Wean O2"): no
// name that a cue on the line before names.
func (a *analysis) sentenceCap47(i int) bool {
	return a.toks[i].gap == 1 && a.isWord(i) && a.toks[i].shape == shTitle && a.lexOf(i)&(lxCommon|lxStop) != 0
}

// nicknameShape47 (detectParenGiven): the word k reads as a nickname:
// four to ten bytes, no medical shape, in no list ("Lulinha"; a
// Portuguese inflection may read it as a word: "Nandinho"), or a
// Portuguese word only as a diminutive or with a stressed last vowel
// ("Lulinha", "Tatá"), never a role ("(Acompanhante)").
func (a *analysis) nicknameShape47(k int) bool {
	t := a.toks[k]
	if t.e-t.s < 4 || t.e-t.s > 10 || wordMorph(a.folded(k)) {
		return false
	}
	if r := a.raws[k]; r != 0 {
		if r&^vfPT != 0 {
			return false
		}
		f := a.folded(k)
		v := a.text[t.s:t.e]
		return strings.HasSuffix(f, "inho") || strings.HasSuffix(f, "inha") ||
			strings.HasSuffix(v, "é") || strings.HasSuffix(v, "á") || strings.HasSuffix(v, "ó") || strings.HasSuffix(v, "ê") || strings.HasSuffix(v, "ô")
	}
	return true
}

// eyeRow47 (triggerAfter): the capitals at k name an eye before its
// measures in a refraction's table ("Longe  OD  -1,75  -0,50  180°"),
// not an optometrist's credential.
func (a *analysis) eyeRow47(k int) bool {
	switch a.tokText(k) {
	case "OD", "OE", "OS":
	default:
		return false
	}
	q := k + 1
	if q < len(a.toks) && (a.toks[q].ch == '-' || a.toks[q].ch == '+') && !a.toks[q].nl {
		q++
	}
	return q < len(a.toks) && a.toks[q].kind == kNum && !a.toks[q].nl && a.toks[k+1].gap >= 1
}

// formSubject47: the word i is what a form is about, after the form's
// word and "de" ("Declaração de Saúde"), no place.
func (a *analysis) formSubject47(i int) bool {
	if i < 2 {
		return false
	}
	p := a.toks[i-1]
	return p.e-p.s == 2 && a.text[p.s] == 'd' && a.text[p.s+1] == 'e' && a.isWord(i-2) && formWords47[a.folded(i-2)]
}

// deptOf47 (genericOrg44): the words [k, l] are a department of a
// specialty, "Department of Pathology", "Departamento de Cirurgia".
func (a *analysis) deptOf47(k, l int) bool {
	if l != k+2 || !a.isWord(k+1) {
		return false
	}
	switch a.folded(k) {
	case "department", "departamento", "division", "divisao":
	default:
		return false
	}
	switch a.folded(k + 1) {
	case "of", "de":
	default:
		return false
	}
	return specialtyWord44(a.folded(l)) || deptWords44[a.folded(l)]
}

// localOrOffice47 (trimRun): f is in localBodyWords or officeRoles, as a
// switch: a Go map's lookup hashes the word each time, a switch on a
// string compares lengths first (so are residencePrep, dosingWord,
// studyWord, spelledNumber, capsStreetType and calleWord, sets once).
func localOrOffice47(f string) bool {
	switch f {
	case "county", "parish", "city", "town", "township", "borough", "village", "district",
		"sheriff", "coroner", "defender", "attorney", "examiner", "clerk", "prosecutor", "marshal", "assessor", "treasurer",
		"recorder", "solicitor", "auditor", "constable":
		return true
	}
	return false
}
