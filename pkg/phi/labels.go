package phi

import (
	"strings"
)

// Labelled identifiers: "MRN: 00482913", "Acct 900144271", "Nº da carteira:
// 8887 0001 ...". The label tells the type; the value must hold a digit.

type labelDef struct {
	typ    string
	strong bool // no separator needed between label and value
}

var labelTable = map[string]labelDef{
	// medical record numbers
	"mrn": {TypeMRN, true}, "mr": {TypeMRN, false}, "medical record": {TypeMRN, true},
	"medical record number": {TypeMRN, true}, "record number": {TypeMRN, false}, "chart": {TypeMRN, false},
	"chart number": {TypeMRN, true}, "prontuario": {TypeMRN, true}, "patient id": {TypeMRN, true},
	"pt id": {TypeMRN, true}, "patient number": {TypeMRN, true}, "hospital number": {TypeMRN, true},
	"registro hospitalar": {TypeMRN, true}, "numero do prontuario": {TypeMRN, true}, "unit number": {TypeMRN, true},
	"med rec": {TypeMRN, true}, "med rec number": {TypeMRN, true}, "medical rec": {TypeMRN, true}, "mr number": {TypeMRN, true},
	"record": {TypeMRN, false}, "hospital": {TypeMRN, false}, "hosp": {TypeMRN, false}, "pront": {TypeMRN, true},
	"prontuario eletronico": {TypeMRN, true}, "mrn number": {TypeMRN, true}, "patient": {TypeMRN, false},
	"pt": {TypeMRN, false}, "emr": {TypeMRN, true}, "ehr": {TypeMRN, true}, "registro do paciente": {TypeMRN, true},
	"rh": {TypeMRN, false}, "reg": {TypeMRN, false}, "id paciente": {TypeMRN, true}, "codigo do paciente": {TypeMRN, true},
	"cod paciente": {TypeMRN, true}, "numero do paciente": {TypeMRN, true}, "patient no": {TypeMRN, true}, "chart no": {TypeMRN, true},
	"mrn no": {TypeMRN, true}, "record no": {TypeMRN, true}, "med rec no": {TypeMRN, true}, "hospital no": {TypeMRN, true},
	"subscriber no": {TypeHealthPlan, true}, "subscriber number": {TypeHealthPlan, true}, "plan number": {TypeHealthPlan, true},
	"ins id": {TypeHealthPlan, true}, "insurance number": {TypeHealthPlan, true}, "numero do cartao": {TypeHealthPlan, true},
	"cartao do convenio": {TypeHealthPlan, true}, "convenio": {TypeHealthPlan, false}, "codigo do beneficiario": {TypeHealthPlan, true},
	"matricula do beneficiario": {TypeHealthPlan, true}, "carteira do plano": {TypeHealthPlan, true}, "plano": {TypeHealthPlan, false},
	"invoice": {TypeAccount, false}, "fatura": {TypeAccount, false}, "account no": {TypeAccount, true}, "acct no": {TypeAccount, true},
	"nosso numero": {TypeID, true}, "codigo": {TypeID, false}, "code": {TypeID, false}, "cod": {TypeID, false},
	"laudo": {TypeID, false}, "exame": {TypeID, false}, "accession no": {TypeID, true},
	"acesso": {TypeID, false}, "chamado": {TypeID, false}, // (round 53: an accession's and a ticket's)
	// accounts
	"acct": {TypeAccount, true}, "account": {TypeAccount, false},
	"fin": {TypeAccount, true}, "billing": {TypeAccount, false}, "conta": {TypeAccount, false}, "conta corrente": {TypeAccount, true}, "conta poupanca": {TypeAccount, true},
	"conta hospitalar": {TypeAccount, true}, "billing number": {TypeAccount, true}, "har": {TypeAccount, true},
	"csn": {TypeAccount, true}, "visit account": {TypeAccount, true},
	// health plans
	"member id": {TypeHealthPlan, true}, "member": {TypeHealthPlan, false}, "member number": {TypeHealthPlan, true}, "mbr": {TypeHealthPlan, false},
	"subscriber id": {TypeHealthPlan, true}, "subscriber": {TypeHealthPlan, false}, "group": {TypeHealthPlan, false},
	"group number": {TypeHealthPlan, true}, "policy": {TypeHealthPlan, false}, "policy number": {TypeHealthPlan, true},
	"medicare": {TypeHealthPlan, true}, "medicare number": {TypeHealthPlan, true}, "medicare id": {TypeHealthPlan, true},
	"medicaid": {TypeHealthPlan, true}, "medicaid id": {TypeHealthPlan, true}, "medi-cal": {TypeHealthPlan, true},
	"insurance id": {TypeHealthPlan, true}, "plan id": {TypeHealthPlan, true}, "carteira": {TypeHealthPlan, false},
	"numero da carteira": {TypeHealthPlan, true}, "carteirinha": {TypeHealthPlan, true}, "matricula": {TypeHealthPlan, false},
	"cartao do plano": {TypeHealthPlan, true}, "beneficiario": {TypeHealthPlan, false}, "mbi": {TypeHealthPlan, true},
	"hicn": {TypeHealthPlan, true}, "insurance": {TypeHealthPlan, false},
	// licences
	"license": {TypeLicense, true}, "licence": {TypeLicense, true}, "license number": {TypeLicense, true},
	"driver license": {TypeLicense, true}, "drivers license": {TypeLicense, true}, "driver's license": {TypeLicense, true},
	"dl": {TypeLicense, false}, "oln": {TypeLicense, true}, "cnh": {TypeLicense, true}, "cdl": {TypeLicense, true}, "npi": {TypeLicense, true},
	"dea": {TypeLicense, true}, "lic": {TypeLicense, false}, "state license": {TypeLicense, true},
	"donor id": {TypeLicense, false}, "registro profissional": {TypeLicense, true},
	"cert": {TypeLicense, false}, "certification": {TypeLicense, false}, "certificate": {TypeLicense, false},
	"donor": {TypeID, false},
	// (round 49: "Rand # R40317", "Req # RQ5517930", "Cause No. DF-24-04418")
	"rand": {TypeID, false}, "req": {TypeID, false}, "cause": {TypeID, false}, "cause no": {TypeID, true},
	// other identifiers
	"accession": {TypeID, true}, "acc": {TypeID, true}, "accession number": {TypeID, true}, "case": {TypeID, false},
	"pathology": {TypeID, false}, "biopsia": {TypeID, false}, "contract": {TypeID, false}, "contrato": {TypeID, false},
	"ssn ending": {TypeSSN, true}, "ssn ending in": {TypeSSN, true}, "ssn on file ending": {TypeSSN, true}, "ssn on file ending in": {TypeSSN, true},
	"checking ending": {TypeAccount, true}, "checking ending in": {TypeAccount, true}, "savings ending": {TypeAccount, true}, "savings ending in": {TypeAccount, true},
	"account ending": {TypeAccount, true}, "account ending in": {TypeAccount, true},
	"cartao de final": {TypeAccount, true}, "cartao final": {TypeAccount, true}, "cartao com final": {TypeAccount, true},
	"pin": {TypeID, true}, "item": {TypeID, false}, "evidence item": {TypeID, true},
	"account on file ending": {TypeAccount, true}, "account on file ending in": {TypeAccount, true}, "card on file ending in": {TypeAccount, true}, "card on file ending": {TypeAccount, true},
	"unit": {TypeID, false}, "unidade": {TypeID, false}, "bolsa": {TypeID, false}, "card ending": {TypeAccount, true}, "card ending in": {TypeAccount, true},
	"case number": {TypeID, true}, "claim": {TypeID, false}, "claim number": {TypeID, true}, "reference": {TypeID, false},
	"ref": {TypeID, false}, "appeal": {TypeID, false}, "authorization": {TypeID, false}, "auth": {TypeID, false},
	"authorization number": {TypeID, true}, "specimen id": {TypeID, true}, "specimen": {TypeID, false},
	"kit": {TypeID, false}, "rx": {TypeID, false}, "rx number": {TypeID, true}, "order": {TypeID, false},
	"order number": {TypeID, true}, "encounter": {TypeID, false}, "visit number": {TypeID, true},
	"protocolo": {TypeID, true}, "senha": {TypeID, true}, "senha de acesso": {TypeID, true}, "codigo de acesso": {TypeID, true}, "atendimento": {TypeID, false},
	"numero de atendimento": {TypeID, true}, "n atendimento": {TypeID, true}, "solicitacao": {TypeID, false},
	"guia": {TypeID, false}, "numero da guia": {TypeID, true}, "subject": {TypeID, false}, "subject id": {TypeID, true},
	"employee id": {TypeID, true}, "employee": {TypeID, false}, "emp id": {TypeID, true}, "emp": {TypeID, true}, "matr": {TypeID, true}, "access code": {TypeID, true}, "armband id": {TypeID, true},
	"requisition": {TypeID, false}, "sample id": {TypeID, true}, "lab id": {TypeID, true}, "barcode": {TypeID, true},
	"ticket": {TypeID, false}, "grievance": {TypeID, false}, "visa ending": {TypeAccount, true}, "visa ending in": {TypeAccount, true},
	"mastercard ending": {TypeAccount, true}, "mastercard ending in": {TypeAccount, true}, "amex ending": {TypeAccount, true}, "amex ending in": {TypeAccount, true}, "study id": {TypeID, true}, "participant id": {TypeID, true}, "participant": {TypeID, false}, "participante": {TypeID, false}, "record id": {TypeID, true},
	"numero": {TypeID, false}, "numero da solicitacao": {TypeID, true}, "pedido": {TypeID, false},
	"requisicao": {TypeID, false}, "aih": {TypeID, true}, "nota fiscal": {TypeID, true}, "processo": {TypeID, false},
	"sinan": {TypeID, true}, "notificacao": {TypeID, false}, "registro": {TypeID, false}, "id": {TypeID, false},
	"confirmation": {TypeID, false}, "confirmation number": {TypeID, true}, "tracking": {TypeID, false},
	"passport": {TypeID, true}, "passaporte": {TypeID, true}, "titulo de eleitor": {TypeID, true}, "pis": {TypeID, true},
	"nis": {TypeID, true}, "badge": {TypeID, true}, "badge number": {TypeID, true},
	"username": {TypeID, true}, "user name": {TypeID, true}, "user id": {TypeID, true}, "login": {TypeID, false},
	"passcode": {TypeID, true}, "meeting passcode": {TypeID, true}, "meeting password": {TypeID, true}, "pasep": {TypeID, true}, "ctps": {TypeID, true}, "ein": {TypeID, true}, "tin": {TypeID, true},
	// devices, vehicles
	"serial": {TypeDevice, true}, "serial number": {TypeDevice, true}, "s/n": {TypeDevice, true}, "sn": {TypeDevice, false},
	"numero de serie": {TypeDevice, true}, "serie": {TypeDevice, false}, "imei": {TypeDevice, true}, "udi": {TypeDevice, true},
	"device id": {TypeDevice, true}, "transmitter": {TypeDevice, true}, "transmissor": {TypeDevice, true}, "device": {TypeDevice, false},
	"dispositivo": {TypeDevice, false}, "ssn last four": {TypeSSN, true}, "ssn last 4": {TypeSSN, true}, "last 4": {TypeSSN, true}, "last four": {TypeSSN, true}, "last4": {TypeSSN, true}, "last four of ssn": {TypeSSN, true},
	"plate": {TypeVehicle, true}, "license plate": {TypeVehicle, true},
	"placa": {TypeVehicle, true}, "vin": {TypeVehicle, true}, "chassi": {TypeVehicle, true}, "renavam": {TypeVehicle, true},
	// national identifiers
	"ssn": {TypeSSN, true}, "social security": {TypeSSN, true}, "social security number": {TypeSSN, true},
	"rg": {TypeRG, true}, "registro geral": {TypeRG, true}, "identidade": {TypeRG, true},
	"carteira de identidade": {TypeRG, true}, "cpf": {TypeCPF, true}, "cns": {TypeCNS, true},
	"cartao sus": {TypeCNS, true}, "cartao nacional de saude": {TypeCNS, true}, "cnpj": {TypeCNPJ, true},
	"zip": {TypeZIP, true}, "zip code": {TypeZIP, true}, "cep": {TypeZIP, true},
	// other countries' identity numbers (round 48): "RNM G218447-K",
	// "DNI 72581934T", "CURP …", "CNIC: 35202-…", "Aadhaar 5418 …"
	"rnm": {TypeID, true}, "rne": {TypeID, true}, "crnm": {TypeID, true}, "dni": {TypeID, true}, "curp": {TypeID, true},
	"cnic": {TypeID, true}, "aadhaar": {TypeID, true}, "nin": {TypeID, true}, "cccd": {TypeID, true}, "tazkira": {TypeID, true},
	"national id": {TypeID, true}, "citizen id": {TypeID, true},
	// an organ procurement or a donor's referral ("referral PDS-0216-118")
	"referral": {TypeID, false}, "referral number": {TypeID, true}, "referral no": {TypeID, true},
	// (round 52) a physician's stamp and its register, a meat plant's
	// federal inspection number ("SIF 4127")
	"stamp": {TypeLicense, false}, "carimbo": {TypeLicense, false}, "sif": {TypeID, true},
}

// labelValue returns the value at the start of s: chunks of ASCII letters
// and digits joined by - . / ; further chunks after one space only when
// they start with a digit. (A hand-written form of the greedy pattern
// `^[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*(?: [0-9][A-Za-z0-9]*(?:[-./][A-Za-z0-9]+)*)*`.)
func labelValue(s string) string {
	if len(s) == 0 || !isASCIIAlnum(s[0]) {
		return ""
	}
	p := 1
	for {
		for p < len(s) && isASCIIAlnum(s[p]) {
			p++
		}
		if p+1 < len(s) && (s[p] == '-' || s[p] == '.' || s[p] == '/') && isASCIIAlnum(s[p+1]) {
			p += 2
			continue
		}
		if p+1 < len(s) && s[p] == ' ' && '0' <= s[p+1] && s[p+1] <= '9' {
			p += 2
			continue
		}
		return s[:p]
	}
}

func isASCIIAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// labelAt returns the longest label starting at word token i: its type
// definition, key and the index of its last token.
func (a *analysis) labelAt(i int) (labelDef, string, int, bool) {
	var best labelDef
	bestKey, bestEnd, found := "", -1, false
	buf := a.buf[:0]
	k := i
	for words := 0; words < 5 && k < len(a.toks); words++ {
		t := a.toks[k]
		// ("SSN last 4": the one number a label holds)
		last4 := t.kind == kNum && k > i && a.tokText(k) == "4" && a.isWord(k-1) && a.folded(k-1) == "last"
		if t.kind != kWord && !last4 || k > i && (t.nl || t.gap > 2) {
			break
		}
		if words > 0 {
			// joiner between words: space, or / - ' when glued
			p := a.toks[k-1]
			if p.kind == kPunct {
				buf = append(buf, a.text[p.s:p.e]...)
			} else {
				buf = append(buf, ' ')
			}
		}
		mark := len(buf)
		buf = append(buf, a.folded(k)...) // (appendFold of its text)
		switch string(buf[mark:]) {
		case "nº", "n°", "nro", "num", "no.":
			buf = append(buf[:mark], "numero"...)
		}
		if def, ok := labelTable[string(buf)]; ok {
			best, bestKey, bestEnd, found = def, string(buf), k, true
		}
		k++
		if k < len(a.toks) && a.toks[k].kind == kPunct && a.toks[k].gap == 0 && k+1 < len(a.toks) && a.toks[k+1].gap == 0 && a.toks[k+1].kind == kWord {
			c := a.tokText(k)
			if c == "/" || c == "-" || c == "'" || c == "’" {
				k++
				continue
			}
		}
	}
	a.buf = buf
	return best, bestKey, bestEnd, found
}

func (a *analysis) detectLabels() {
	s := a.norm
	for i := 0; i < len(a.toks); i++ {
		t := a.toks[i]
		// (lxLabel first, a flag of the vocabulary that lexOf passes on
		// unchanged: few tokens have it)
		if a.raws[i]&lxLabel == 0 || t.kind != kWord || !labelFilter.may(a.folded(i)) {
			continue
		}
		def, key, last, ok := a.labelAt(i)
		if !ok {
			continue
		}
		lt := a.text[t.s:a.toks[last].e]
		// Short labels ("MR", "SN", "ID", "RG", "DL") must be written in
		// capitals to count.
		if len(key) <= 3 && lt != strings.ToUpper(lt) {
			switch key {
			case "acct", "fin", "acc", "rx", "mrn", "cpf", "cns", "npi", "dea", "ssn", "cnh", "lic", "emp":
			default:
				continue
			}
		}
		ls := a.normPos(int(t.s))
		le := a.normPos(int(a.toks[last].e))
		sep := labelSep(s[le:])
		hasSep := strings.TrimSpace(sep) != ""
		vs := le + len(sep)
		// "last four of SSN (2209)": the digits in brackets; and any value
		// closed in brackets after a strong label ("His CDL (KPRT8812WQ05)")
		if def.typ == TypeSSN {
			vs = lastDigitsNote47(s, vs) // "SSN (last 4) 4432" (round 47)
		}
		if def.typ == TypeSSN && vs+1 < len(s) && s[vs] == '(' && isDigit(s[vs+1]) || def.strong && bracketedValue(s[vs:]) {
			vs++
		}
		if vs >= len(s) {
			continue
		}
		val := labelValue(s[vs:])
		// the issuing state before a licence's or a plate's number: "OLN
		// KY F09-441-872"
		if (def.typ == TypeLicense || def.typ == TypeVehicle) && len(val) == 2 && usStates[val] && vs+3 < len(s) && s[vs+2] == ' ' {
			if v := labelValue(s[vs+3:]); strings.ContainsAny(v, "0123456789") {
				vs, val = vs+3, v
			}
		}
		// a Washington licence joins its parts with asterisks:
		// "WA driver license KEELBJ*218MN"
		if def.typ == TypeLicense && val != "" {
			for e := vs + len(val); e+1 < len(s) && s[e] == '*' && isASCIIAlnum(s[e+1]); e = vs + len(val) {
				val = s[vs : e+1+len(labelValue(s[e+1:]))]
			}
		}
		// (OCR spaces a prefix off its digits: "MRN :  KG  0 0 8 8 1 2 4")
		if a.ocr && len(val) >= 1 && len(val) <= 4 && vs+len(val)+3 < len(s) && s[vs+len(val)] == ' ' && s[vs+len(val)+1] == ' ' && isDigit(s[vs+len(val)+2]) {
			q := vs + len(val) + 2
			if v := s[vs : q+len(labelValue(s[q:]))]; letterPrefixed(v) {
				val = v
			}
		}
		if val == "" || !strings.ContainsAny(val, "0123456789") {
			// "Nº da guia no prestador: 8834217": a few words, then ":"
			// (but not another field's: "PATIENT  ADDRESS :  4410 …",
			// round42.go)
			if c := strings.IndexByte(s[le:min(len(s), le+40)], ':'); c > 0 && onlyWords(s[le:le+c]) && !otherFieldWords42(s[le:le+c]) {
				vs = le + c + 1
				for vs < len(s) && (s[vs] == ' ' || s[vs] == '\t') {
					vs++
				}
				val = labelValue(s[vs:])
				hasSep = true
			}
			if val == "" || !strings.ContainsAny(val, "0123456789") {
				continue
			}
		}
		first := val
		if sp := strings.IndexByte(first, ' '); sp >= 0 {
			first = first[:sp]
		}
		if !strings.ContainsAny(first, "0123456789") && !((def.strong || hasSep || digitCount(val) >= 8) && (letterPrefixed(val) || def.typ == TypeLicense && licenceLetters46(val))) {
			continue
		}
		if !hasSep && !def.strong && !(len(val) >= 5 && strings.ContainsAny(val, "-") || hasLetterAndDigit(val) && len(val) >= 5 || len(val) >= 6 && allDigits(val)) {
			continue
		}
		// "donor 2-haplotype match", "donor A2": a donor's code has digits
		if key == "donor" && digitCount(val) < 4 {
			continue
		}
		// a blood component's unit is named by its donation number
		// (ISBT 128: "W0371 24 118204", then a flag character); any other
		// value after "unit" is a ward or a dose
		if key == "unit" || key == "unidade" || key == "bolsa" {
			if !isbtDIN(val) {
				continue
			}
			if e := vs + len(val); e+2 <= len(s) && s[e] == ' ' && isASCIIAlnum(s[e+1]) && (e+2 == len(s) || !isASCIIAlnum(s[e+2])) {
				val = s[vs : e+2]
			}
		}
		// a plate typed letter by letter ("3 3 8 1 A M", an OCR'd run
		// sheet): its single spaced letters after the digits
		if def.typ == TypeVehicle {
			val = s[vs : vs+len(val)+spacedSingles(s[vs+len(val):])]
			// a plate's letters after its digits: "plate 318 KXB"
			if allDigits(val) {
				val = s[vs : vs+len(val)+plateLetters(s[vs+len(val):])]
			}
		}
		if def.typ == TypeZIP && !isZipValue(val) {
			continue
		}
		// masked values (XXX-XX-6621) are handled by the SSN pattern
		if strings.HasPrefix(strings.ToUpper(val), "XXX") {
			continue
		}
		// an age after a section's label: "HOSPITAL COURSE: 81-year-old";
		// a diagnosis's code after a weak one ("Diagnosis on claim: S62.102A")
		if hyphenedAge(val) || !def.strong && isCodeLike(val) || dateThenTime44(val) || dateThenHour47(val, s[vs+len(val):]) || frequency51(val) {
			continue // (nor a field's date and time: "05/09/2023 10h40", round44.go)
		}
		// a plain small number after a generic label is a quantity
		// (and any value before a unit: "Plano: 1.900-2.000 kcal/dia",
		// round 46)
		if !def.strong && isSmallNumber(val) || rangeUnitAfter46(s[vs+len(val):min(len(s), vs+len(val)+8)]) {
			continue
		}
		// a date after "Data do exame:", "Data da notificação:" is the
		// field's date, the dates' rule's (round 53)
		if !def.strong && slashDate53(val) && a.cueBefore(ls, 16, "data", "date") {
			continue
		}
		typ := def.typ
		if typ == TypeLicense && (key == "license" || key == "licence") && a.cueBefore(ls, 12, "plate") {
			typ = TypeVehicle
		}
		if typ == TypeID && key == "numero" && a.cueBefore(ls, 60, "crm", "conselho", "coren") {
			typ = TypeLicense
		}
		if typ == TypeID && a.procedureCode42(vs, val) {
			continue // a procedure's code in its table (round42.go)
		}
		a.addNorm(vs, vs+len(val), typ, 0.9, pLabeled)
		i = last
	}
}

// hyphenedAge: v is an age written with hyphens, "81-year-old",
// "3-month-old", "10-yo".
func hyphenedAge(v string) bool {
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	if i == 0 || i > 3 || i+1 >= len(v) || v[i] != '-' {
		return false
	}
	w := strings.ToLower(v[i+1:])
	for _, p := range []string{"year", "yr", "yo", "month", "mo-", "week", "wk", "day"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// spacedSingles: the length of the run of single letters or digits,
// each after one space, at the start of s (" A M" of "3 3 8 1 A M").
func spacedSingles(s string) int {
	p := 0
	for p+1 < len(s) && s[p] == ' ' && isASCIIAlnum(s[p+1]) {
		if p+2 == len(s) || !isASCIIAlnum(s[p+2]) {
			p += 2
			continue
		}
		// (the working copy joins spaced digits again: "0 N R 4 C 17")
		q := p + 1
		for q < len(s) && isDigit(s[q]) && q-p <= 4 {
			q++
		}
		if q > p+2 && (q == len(s) || !isASCIIAlnum(s[q])) && p > 0 {
			p = q
		}
		break
	}
	return p
}

// plateLetters: the length of " ABC" at the start of s, two to four
// capitals after one space that end a word (the letters of a plate after
// its digits, "318 KXB").
func plateLetters(s string) int {
	if len(s) < 3 || s[0] != ' ' {
		return 0
	}
	p := 1
	for p < len(s) && isASCIIUpper(s[p]) {
		p++
	}
	if p < 3 || p > 5 || p < len(s) && (isASCIIAlnum(s[p]) || s[p] >= 0x80) {
		return 0
	}
	return p
}

// isbtDIN: v opens with an ISBT 128 donation identification number as
// printed, a letter and four digits (the facility), two (the year) and six
// (the sequence): "W0371 24 118204".
func isbtDIN(v string) bool {
	if len(v) < 15 || !isASCIIUpper(v[0]) || v[5] != ' ' || v[8] != ' ' {
		return false
	}
	for _, k := range []int{1, 2, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14} {
		if !isDigit(v[k]) {
			return false
		}
	}
	return len(v) == 15 || !isDigit(v[15])
}

// digitCount counts the ASCII digits of v.
func digitCount(v string) int {
	d := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			d++
		}
	}
	return d
}

func isZipValue(v string) bool {
	d := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			d++
		} else if v[i] != '-' && v[i] != '.' {
			return false
		}
	}
	return d == 5 || d == 8 || d == 9
}

func isSmallNumber(v string) bool {
	if len(v) > 3 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// onlyWords: letters and spaces only, on one line.
func onlyWords(s string) bool {
	for _, r := range s {
		if r == '\n' || !(isLetter(r) || r == ' ' || r == '.' || r == 'º' || r == '°' || r == '(' || r == ')' || r == '#') {
			return false
		}
	}
	return true
}

func hasLetterAndDigit(s string) bool {
	l, d := false, false
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			d = true
		} else if isASCIILetter(s[i]) {
			l = true
		}
	}
	return l && d
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// labelSep returns the separator after a label: blanks and up to three of
// "#", ":", "=", "nº", "n°", "no.", "num", "number", "nr", "(s)".
func labelSep(s string) string {
	i := 0
	skipBlank := func() {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
	}
	skipBlank()
	for n := 0; n < 3; n++ {
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "#"), strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "="):
			i++
		case n == 0 && i == 0 && strings.HasPrefix(rest, "."):
			i++ // an abbreviated label: "pront. 778.412-0", "Reg. 4471
		case strings.HasPrefix(rest, "dela é "), strings.HasPrefix(rest, "dele é "), strings.HasPrefix(rest, "é "), strings.HasPrefix(rest, "is "):
			// "o prontuário dela é 774.019-2", "her MRN is 4471"
			if strings.HasPrefix(rest, "dela é ") || strings.HasPrefix(rest, "dele é ") {
				i += len("dela é ")
			} else {
				i += strings.IndexByte(rest, ' ') + 1
			}
		case strings.HasPrefix(rest, "nº"), strings.HasPrefix(rest, "n°"), strings.HasPrefix(rest, "Nº"), strings.HasPrefix(rest, "N°"):
			i += len("nº")
			if i < len(s) && s[i] == '.' {
				i++
			}
		case len(rest) >= 6 && strings.EqualFold(rest[:6], "number"):
			i += 6
		case len(rest) >= 3 && (strings.EqualFold(rest[:3], "no.") || strings.EqualFold(rest[:3], "nr.")):
			i += 3
		case len(rest) >= 3 && strings.EqualFold(rest[:3], "num") && (len(rest) == 3 || rest[3] == '.' || rest[3] == ' '):
			i += 3
			if i < len(s) && s[i] == '.' {
				i++
			}
		case len(rest) >= 2 && (strings.EqualFold(rest[:2], "no") || strings.EqualFold(rest[:2], "nr")) && (len(rest) == 2 || rest[2] == ' ' || rest[2] == ':'):
			i += 2
		case strings.HasPrefix(rest, "(s)"):
			i += 3
		default:
			return s[:i]
		}
		skipBlank()
	}
	return s[:i]
}

// Identifiers under labels that are not in labelTable: the value (letters
// and digits, at least three digits) follows, within the line, a short
// label that holds an identifier word in either language ("Registration
// No.: R-7741-2290", "Cód. internação: 77812", "Sample no. S24-7781",
// "Kit #: TX23-1184095", "EMT-P #P44120"). The label words pick the type.

// idWords make a label an identifier label; the maps below refine the type.
var idWords = set(`number numero no nº n nr nro num id ident identification identificacao identificador
	code codigo cod registration registro reg record ref reference referencia account acct conta
	protocolo protocol pedido ordem order requisicao requisition sample amostra specimen atendimento
	encounter enc visit visita case caso claim sinistro internacao admission adm matricula card cartao
	carteira carteirinha member policy apolice guia senha autorizacao authorization auth serial serie
	chart prontuario ficha barcode kit ticket laudo accession invoice fatura boleto receipt recibo
	confirmation confirmacao tracking rastreio certificate certidao certificado processo file arquivo
	requisicao cadastro inscricao subscriber beneficiario mrn acc fin har csn
	pulseira wristband bracelet`)

var idMRNWords = set(`registration registro prontuario chart record ficha mrn hospital hosp patient paciente pt pac
	cadastro unit`)
var idAccountWords = set(`account acct conta billing fatura invoice boleto fin har csn`)
var idPlanWords = set(`member mbr carteira carteirinha plan plano convenio policy apolice subscriber beneficiario
	insurance seguro insurer operadora`)

// studyWord: f names a study or trial right before its accession code
// ("(study EC23-44018)"); only a code of letters, digits and a hyphen
// follows them as an identifier ("sleep study 2019" is a year).
// A police report and a guardianship council's procedure are numbered so
// too ("police report PD-23-1187", "Procedimento CT-NOR 0211/2023").
func studyWord(f string) bool {
	switch f {
	case "study", "estudo", "exam", "exame", "report", "procedimento":
		return true
	}
	return false
}

func (a *analysis) detectGenericLabels() {
	n := len(a.toks)
	s := a.norm
	// (at the numbers, the alphanumeric tokens and the tokens before a
	// hyphen; the tokens of a value taken are passed over)
	next := 1
	for _, e := range a.classToksOf(tcNum, tcAlnum, '-') {
		v := int(e)
		if a.toks[v].ch == '-' {
			v--
		}
		if v < next {
			continue
		}
		next = v + 1
		t := a.toks[v]
		if t.kind != kNum && t.kind != kAlnum && !(t.kind == kWord && (t.shape == shUpper || t.shape == shSingle) && t.e-t.s <= 4 && v+1 < n && a.isPunct(v+1, "-") && a.toks[v+1].gap == 0) {
			continue
		}
		if a.isClaimed(t) || v > 0 && a.toks[v-1].kind != kPunct && t.gap == 0 {
			continue
		}
		// the label: separators, then up to four words on the line
		k := v - 1
		seps := 0
		for k >= 0 && seps < 4 && !a.toks[k+1].nl {
			tk := a.toks[k]
			if tk.kind == kPunct {
				c := a.tokText(k)
				if c == ":" || c == "#" || c == "=" || c == "." || c == "-" || c == "°" || c == "/" {
					k--
					seps++
					continue
				}
			}
			break
		}
		if k < 0 || a.toks[k+1].nl && k+1 != v {
			continue
		}
		hasID, typ := false, TypeID
		words, study := 0, false
		for q := k; q >= 0 && words < 4; q-- {
			tq := a.toks[q]
			if tq.kind == kPunct {
				c := a.tokText(q)
				if c == "#" {
					hasID = true
				}
				if c != "." && c != "/" && c != "'" && c != "-" && c != "#" && c != "°" {
					break
				}
				if a.toks[q+1].nl {
					break
				}
				continue
			}
			if tq.kind != kWord || q < k && a.toks[q+1].nl {
				break
			}
			words++
			f := a.folded(q)
			cu := a.cue(q)
			// ("no" a word before the label's end is a negation: "no
			// instability. PHQ-9 16", round 52)
			if cu&cuIDWord != 0 && !(len(f) <= 2 && f != "id" && f != "no" && f != "nº") && (seps > 0 || q == k) && !(f == "no" && q < k && a.toks[q].shape == shLower) {
				hasID = true
			}
			if q == k && studyWord(f) {
				study = true
			}
			if words == 1 && a.lexOf(q)&lxOrgHead != 0 && !a.isPunct(v-1, ":") {
				break // "Pharmacy #05421": a store number, part of the name ("Lab #:" labels one)
			}
			switch {
			case cu&cuIDMRN != 0:
				if typ == TypeID {
					typ = TypeMRN
				}
			case cu&cuIDAccount != 0:
				typ = TypeAccount
			case cu&cuIDPlan != 0:
				typ = TypeHealthPlan
			}
			if tq.nl {
				break
			}
		}
		if (k >= 0 && a.isPunct(k+1, "#") || k+1 < v && a.isPunct(v-1, "#")) && !(k >= 0 && a.toks[k].kind == kWord && a.lexOf(k)&lxOrgHead != 0 && !a.isPunct(v-1, ":")) {
			hasID = true
		}
		// any field label ("Xxx: value") will do for values that look
		// like identifiers on their own: five digits or more, or letters
		// and at least three digits
		fieldLabel := k >= 0 && k+1 < v && (a.isPunct(k+1, ":") || a.isPunct(k+1, "#")) && a.toks[k].kind == kWord
		if !hasID && !fieldLabel && !study {
			continue
		}
		p := a.normPos(int(t.s))
		val := labelValue(s[p:min(len(s), p+48)])
		digits, letters := 0, 0
		for i := 0; i < len(val); i++ {
			if isDigit(val[i]) {
				digits++
			} else if isASCIILetter(val[i]) {
				letters++
			}
		}
		if digits < 3 || len(val) < 4 || isDecimalOrTime(val) || dateThenTime44(val) || dateThenHour47(val, s[p+len(val):]) || study && !hasID && !fieldLabel && (letters == 0 || strings.IndexByte(val, '-') < 0) {
			continue
		}
		if !hasID && (digits < 5 && !(letters > 0 && len(val) >= 5) || isMeasure(val) || isCodeLike(val) || a.measureLabel(k)) {
			continue
		}
		// a diagnosis's code with its dot, whatever the label ("Diagnoses
		// on claim: S16.1XXA")
		if strings.IndexByte(val, '.') == 3 && isCodeLike(val) {
			continue
		}
		// a quantity: "150 mg", "1.200 mL"
		if e := p + len(val); e < len(s) && unitAfter(s[e:min(len(s), e+8)]) {
			continue
		}
		// a law's number: "Resolução CFM nº 2.217/2018"
		if a.statuteBefore(v) || a.procedureCode42(p, val) || tnmStage43(val) {
			continue
		}
		a.addNorm(p, p+len(val), typ, 0.6, pGenericID)
		for v+1 < n && int(a.toks[v+1].s) < p+len(val) {
			v++
		}
		next = v + 1
	}
}

// unitAfter: a unit of measure opens s (after blanks).
func unitAfter(s string) bool {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	r := strings.ToLower(s[i:])
	for _, u := range []string{"point", "ponto", "pts", "mg", "ml", "mcg", "kg", "g/", "g ", "mmhg", "mmol", "meq", "ui", "iu", "u/", "%", "bpm", "cm", "mm", "/mm", "/ul", "cells", "copies", "anos", "years", "célula", "celula", "cópia", "copia", "unidade", "units", "pg", "ng"} {
		if strings.HasPrefix(r, u) {
			return true
		}
	}
	return false
}

// isDecimalOrTime: "2.50", "1,25", "10h04", "10:45" — measures and times,
// not identifiers.
func isDecimalOrTime(v string) bool {
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	if i == 0 || i > 3 || i == len(v) {
		return false
	}
	switch v[i] {
	case '.', ',', 'h', 'H', ':':
	default:
		return false
	}
	rest := v[i+1:]
	return len(rest) >= 1 && len(rest) <= 2 && allDigits(rest)
}

// isMeasure: "120x80", "13x8", "3.5x2.1" — sizes and pressures.
func isMeasure(v string) bool {
	for i := 1; i+1 < len(v); i++ {
		if (v[i] == 'x' || v[i] == 'X') && isDigit(v[i-1]) && isDigit(v[i+1]) {
			return true
		}
	}
	return false
}

// isCodeLike: ICD-10 ("J18.9", "I10"), CID and similar classification
// codes: one letter, two digits, optionally a dot and more digits.
func isCodeLike(v string) bool {
	if len(v) < 3 || !isASCIILetter(v[0]) || !isDigit(v[1]) || !isDigit(v[2]) {
		return false
	}
	rest := v[3:]
	if rest == "" {
		return true
	}
	dot := rest[0] == '.'
	if dot || isASCIILetter(rest[0]) {
		rest = rest[1:]
	}
	// (ICD-10-CM's seven characters: "S62.102A", "S16.1XXA")
	return len(rest) <= 2 || dot && len(rest) <= 4 && isASCIIUpper(rest[len(rest)-1]) && strings.Trim(rest, "0123456789X") == rest[len(rest)-1:]
}

// measureLabel: the field label at token k names a measure, a dose, a
// place in the ward or a code system rather than an identifier.
func (a *analysis) measureLabel(k int) bool {
	if k < 0 || a.toks[k].kind != kWord {
		return false
	}
	return a.cue(k)&cuMeasure != 0 || a.lexOf(k)&lxMedical != 0
}

var measureLabels = set(`bed leito room quarto sala rm enfermaria box ward floor andar lot lote exp validade
	cid icd cpt tuss loinc dose dosage posologia qty quantidade refills peso weight height altura imc bmi
	pa bp hr fc fr rr temp spo2 sat glicemia glucose hgb hb plt plaquetas leucocitos wbc creatinina cr
	ureia k na valor value total result resultado vr ref range model modelo version versao time hora horario
	price preco custo cost dia day mg ml loc labs lab exames exams cbo cnae dx`)

// detectLongNumbers: any number of six digits or more (with or without
// separators) that nothing else has claimed, and that is no amount, lab
// count or measure, is taken as an identifier ("ref 4471290",
// "CLIA 20D0987412"); so are letter-digit codes with five digits or more.
func (a *analysis) detectLongNumbers() {
	s := a.norm
	for _, cl := range a.numericClusters() {
		if cl.digits < 6 || cl.glued {
			continue
		}
		ts := cl.s
		if a.nidx != nil {
			ts = int(a.nidx[cl.s])
		}
		if a.claimed != nil && a.claimed[ts] {
			continue
		}
		v := s[cl.s:cl.e]
		// (nor a code system's number: "TUSS 40304361", "RxCUI 313213")
		if smallGroups(v) || hasDecimal(v) || measureRange(v) || scoreFractions(v) || vitalsOrTimes51(v) || a.cueBefore(cl.s, 8, "lot", "exp", "val", "ndc", "cbo", "tuss", "rxcui", "loinc", "cpt", "gtin", "upc") || eanBefore50(s, cl.s) {
			continue
		}
		if k := a.tokAt(ts); k < len(a.toks) && a.statuteBefore(k) {
			continue
		}
		if thousandsGrouped(v) || priorValueGrouped43(v) || cl.e < len(s) && unitAfter(s[cl.e:min(len(s), cl.e+12)]) {
			continue
		}
		if a.loincAt(v, cl.s) {
			continue
		}
		if cl.s > 0 && (s[cl.s-1] == '$' || s[cl.s-1] == ' ' && cl.s > 1 && s[cl.s-2] == '$') {
			continue
		}
		if n := len(v); n > 3 && v[n-3] == ',' {
			continue // 1.350,00
		}
		// the value of a code-system or measure field ("CBO: 225120"); not
		// any medical word: "Central: 0800 771 4410" is a phone
		if k := a.tokAt(ts); k >= 2 && a.isPunct(k-1, ":") && a.isWord(k-2) && a.cue(k-2)&cuMeasure != 0 || a.procedureCode42(cl.s, v) {
			continue
		}
		a.addNorm(cl.s, cl.e, TypeID, 0.4, pGenericID)
	}
	for _, ki := range a.classToks(tcAlnum) {
		k, t := int(ki), a.toks[ki]
		if t.kind != kAlnum || a.isClaimed(t) || t.e-t.s < 6 {
			continue
		}
		// with a check character after a hyphen: "RNM F118207-3"
		if k+2 < len(a.toks) && a.isPunct(k+1, "-") && a.toks[k+1].gap == 0 && a.toks[k+2].gap == 0 && a.toks[k+2].kind != kPunct && a.toks[k+2].e-a.toks[k+2].s <= 2 {
			t.e = a.toks[k+2].e
		}
		v := a.text[t.s:t.e]
		d := 0
		for i := 0; i < len(v); i++ {
			if isDigit(v[i]) {
				d++
			}
		}
		if d >= 5 && !vitalPair(v) && !unitAfter(a.text[t.e:min(len(a.text), int(t.e)+8)]) && !a.cueBefore(a.normPos(int(t.s)), 8, "lot", "exp", "val") {
			a.add(int(t.s), int(t.e), TypeID, 0.4, pGenericID)
		}
	}
}

// loincAt: the numeric cluster v (at byte i of norm) opens with a LOINC
// code, the lab test's code after its name: three to five digits, a
// hyphen and a mod-10 (Luhn) check digit, in brackets ("LDL CHOLESTEROL
// (13457-7)  188") or after "LOINC".
func (a *analysis) loincAt(v string, i int) bool {
	paren := len(v) > 0 && v[0] == '('
	if paren {
		v = v[1:]
	}
	j := 0
	for j < len(v) && isDigit(v[j]) {
		j++
	}
	if j < 3 || j > 5 || j+2 > len(v) || v[j] != '-' || !isDigit(v[j+1]) || j+2 < len(v) && isDigit(v[j+2]) {
		return false
	}
	if paren && (j+2 >= len(v) || v[j+2] != ')') {
		return false
	}
	if !paren && !a.cueBefore(i, 8, "loinc") {
		return false
	}
	var buf [6]int
	return luhn(digitsOf(v[:j+2], buf[:0]))
}

// vitalPair: "130x80", "120X70" — a blood pressure or a dimension, not an
// identifier.
func vitalPair(v string) bool {
	x := strings.IndexAny(v, "xX")
	return x >= 2 && x <= 3 && len(v)-x-1 >= 2 && len(v)-x-1 <= 3 && allDigits(v[:x]) && allDigits(v[x+1:])
}

// thousandsGrouped: "210.000", "6.840", "12,500" — one group of three
// digits after one to three: counts and amounts, not identifiers.
func thousandsGrouped(v string) bool {
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	if i == 0 || i > 3 || i >= len(v) || v[i] != '.' && v[i] != ',' {
		return false
	}
	return len(v)-i-1 == 3 && allDigits(v[i+1:])
}

// smallGroups: every run of digits in v has four digits or fewer and v
// has at most two separators ("120-160", "11/2025", "3.5-4.0"): ranges,
// dates and measures.
func smallGroups(v string) bool {
	run, seps := 0, 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			run++
			if run > 4 {
				return false
			}
			continue
		}
		run = 0
		seps++
	}
	return seps <= 2 && !strings.ContainsAny(v, " ()")
}

// measureRange: v is a range of measures, not an identifier: a reference
// range in brackets ("(12.0-15.5)", "(150-450)"; the closing bracket of
// "(VR 140.000 a 400.000)" too), a pair of ranges ("132-150/78-90"), or a
// gas's values after its pH ("7.31/52/64"). Each part has at most three
// digits before its decimal mark or thousands group.
func measureRange(v string) bool {
	br := len(v) > 2 && v[0] == '(' && v[len(v)-1] == ')'
	if br {
		v = v[1 : len(v)-1]
	} else if len(v) > 1 && v[len(v)-1] == ')' && strings.IndexByte(v, '(') < 0 {
		v = v[:len(v)-1]
		br = true
	}
	var parts [5]string
	np, start := 0, 0
	var seps [4]byte
	for i := 0; i <= len(v); i++ {
		if i < len(v) && v[i] != '-' && v[i] != '/' {
			continue
		}
		if np == len(parts) {
			return false
		}
		parts[np] = v[start:i]
		if i < len(v) {
			if np == len(seps) {
				return false
			}
			seps[np] = v[i]
		}
		np++
		start = i + 1
	}
	for _, p := range parts[:np] {
		if !smallMeasure(p) {
			return false
		}
	}
	switch {
	case np == 2:
		return br
	case np == 1:
		return br && strings.ContainsAny(v, ".,")
	case np == 3:
		return seps[0] == '/' && seps[1] == '/' && strings.ContainsAny(parts[0], ".,")
	case np == 4:
		return seps[0] == '-' && seps[1] == '/' && seps[2] == '-'
	}
	return false
}

// smallMeasure: p is a measure of one to three digits, with decimals or a
// thousands group of up to three ("15.5", "140.000", "7.29").
func smallMeasure(p string) bool {
	i := 0
	for i < len(p) && isDigit(p[i]) {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	if i == len(p) {
		return true
	}
	if p[i] != '.' && p[i] != ',' {
		return false
	}
	d := p[i+1:]
	return len(d) >= 1 && len(d) <= 3 && allDigits(d)
}

// hasDecimal: a number with one or two decimals inside v ("-0.50 175",
// "2,5 10"): measures in a row, not an identifier.
func hasDecimal(v string) bool {
	for i := 1; i+1 < len(v); i++ {
		if (v[i] == '.' || v[i] == ',') && isDigit(v[i-1]) && isDigit(v[i+1]) {
			j := i + 1
			for j < len(v) && isDigit(v[j]) {
				j++
			}
			if j-i-1 <= 2 && (j == len(v) || v[j] == ' ') {
				return true
			}
		}
	}
	return false
}

// Label words that type an identifier found by the generic rules: the
// nearest one before it on its line decides ("Prontuário nº 448120" →
// MRN, "Carteirinha: 0 064 881200" → HEALTH_PLAN, "Fatura 8812-3" →
// ACCOUNT, "COREN 287441" → LICENSE).
var (
	typeMRNWords     = set(`prontuario mrn mr registro registration record chart ficha prontuarios`)
	typePlanWords    = set(`carteirinha carteira plano plan convenio member membro policy apolice subscriber beneficiario insurance seguro`)
	typeAccountWords = set(`conta account acct fatura invoice billing boleto`)
	typeLicenseWords = set(`crm coren crf crp cro crn crefito cremesp licenca license licence npi dea cnh rqe`)
)

// typeIDs re-types the identifiers typed ID by the generic rules (a label
// with an identifier word, or a long number nobody claimed) when a label
// word before them on their line names the kind.
func (a *analysis) typeIDs() {
	for ci := range a.cands {
		c := &a.cands[ci]
		if c.typ != TypeID || c.prio != pGenericID && c.prio != pLabeled {
			continue
		}
		// the token where the value starts
		k := a.firstTokenFrom(c.s)
		if k >= len(a.toks) || int(a.toks[k].s) != c.s {
			continue
		}
		if typ := a.labelTypeBefore(k); typ != "" {
			c.typ = typ
		}
	}
}

// labelTypeBefore returns the type named by the nearest label word among
// the six tokens before token k on its line, or "".
func (a *analysis) labelTypeBefore(k int) string {
	for q, seen := k-1, 0; q >= 0 && seen < 6; q, seen = q-1, seen+1 {
		if a.toks[q+1].nl {
			break
		}
		t := a.toks[q]
		switch t.kind {
		case kPunct:
			if c := a.tokText(q); c == ";" || c == "|" || c == "(" || c == ")" {
				return ""
			}
			continue
		case kNum, kAlnum:
			return "" // another value comes first
		}
		cu := a.cue(q)
		switch {
		case cu&cuTypeLicense != 0:
			return TypeLicense
		case cu&cuTypeMRN != 0:
			return TypeMRN
		case cu&cuTypePlan != 0:
			return TypeHealthPlan
		case cu&cuTypeAccount != 0:
			return TypeAccount
		}
	}
	return ""
}
