package phi

import "strings"

// Round 49 rules: clinical research and legal paperwork (trial
// screening logs, case report forms, consent and assent forms, SAE
// reports; subpoenas, court orders, guardianship and custody papers,
// capacity evaluations, disability and workers' compensation claims,
// attorneys' letters) and dev-imitating notes.

// medical49 are clinical words the lists lack: drugs
// ("Cisatracurium off since 20:00"), a serovar ("sorovar
// Icterohaemorrhagiae") and eponyms of a deformity, an equation and a
// society's guideline that name no one ("No Madelung deformity", "LDL
// (Friedewald)", "per Fleischner Society").
var medical49 = set(`cisatracurium rocuronium vecuronium icterohaemorrhagiae copenhageni madelung friedewald fleischner`)

// common49 are words the lists lack: a Portuguese verb's irregular form
// that opens a consent's sentence ("Sei que posso desistir") and the
// abbreviations of a code's citation ("Code Civ. Proc. section …").
var common49 = set(`sei civ proc mdm`)

// stop49 are Portuguese function words the lists lack as such ("Pelo
// presente, …").
var stop49 = set(`pelo pela pelos pelas`)

// Kinds of this round's trigger words (recorded with round 39's, see
// r39Kinds and note39).
const (
	r49Court uint64 = r48Tail << (1 + iota) // courtWords49
	r49Field                                // fieldWords49
	r49Misc                                 // miscWords49
)

// courtWords49 open or head a court's name: "Circuit Court of Cook
// County", "3ª Vara Cível", "Comarca de Santos".
var courtWords49 = set(`court vara comarca judge`)

// courtKinds49 are the kinds of a court named before "Court" ("Superior
// Court", "180th District Court", "Probate Court").
var courtKinds49 = set(`superior circuit district probate family juvenile municipal county justice magistrate magistrates
	chancery surrogate surrogates orphans housing criminal civil judicial common pleas claims city domestic relations`)

// fieldWords49 label a research paper's organisations ("Site:", "CRO:",
// "Sponsor:", "Centro:") or head a research organisation's name
// ("<Proper> Oncology Research", "<Proper> Clinical Trials", "<Proper>
// CRO", "<Proper> Pesquisa Clínica").
var fieldWords49 = set(`site cro sponsor patrocinador centro research trials pesquisa
	study estudo trial ensaio protocol title ambulatorio`)

// researchHeads49 head a research organisation's name.
var researchHeads49 = set(`research trials pesquisa cro`)

// plainResearch49 are the words of a research organisation's name that
// name no one: "National Cancer Research", "Clinical Research".
var plainResearch49 = set(`clinical research trials trial pesquisa clinica national american international federal state
	general regional global medical health sciences science translational outcomes center centre institute
	unit office department program programme network group foundation university college school`)

// miscWords49 are the trigger words of detectMisc49: the subjects a
// list names ("participantes 09-021 e 09-024"), a case's number
// ("Case No. 2024 GRD 051187"), a card's last digits ("ClinCard ending
// in 4417").
var miscWords49 = set(`participants participantes subjects sujeitos case cause ending classe resolucao
	brasileira brasileiro bar rn mora moram reside plaintiff plaintiffs defendant defendants petitioner respondent appellant appellee`)

// late49 runs this round's passes that read what the others found.
func (a *analysis) late49() {
	if a.has39(r49Court) {
		a.detectCourts49()
	}
	if a.has39(r49Field) {
		a.detectResearchOrgs49()
	}
	if a.has39(r49Misc) {
		a.detectMisc49()
	}
	if a.hasPunct('*') {
		a.detectMaskedSSN49()
	}
	if a.pt && a.hasPunct('(') {
		a.protectInflections49()
	}
	a.protectCodes49()
	if a.hasPunct(',') || a.hasPunct('(') {
		a.detectLineNames49()
	}
	if a.hasPunct('?') && a.hasPunct(':') {
		a.detectAnsweredNames49()
	}
}

// ambulatoryService49: the "Ambulatório" at token i names a service of
// the organisation after it, in a sentence or after a field's colon: "no
// Ambulatório de Geriatria do Hospital das Clínicas de Botucatu", "no
// Ambulatório de Neurologia da UFF", "Local: Ambulatório de Pneumologia
// Pediátrica - Hospital Pediátrico …"; the service's words are a code
// region, so that only the organisation is read (on a letterhead's own
// line the service is part of the name: serviceBeforeOrg).
func (a *analysis) ambulatoryService49(i int) {
	n := len(a.toks)
	if i == 0 || a.toks[i].nl || i+3 >= n || !a.isWord(i+1) || a.folded(i+1) != "de" || a.toks[i+1].nl ||
		!(a.isWord(i-1) && a.toks[i-1].shape == shLower || a.isPunct(i-1, ":")) {
		return
	}
	k := i + 2
	for k < n && k < i+6 && !a.toks[k].nl && a.isWord(k) && a.capShape(k) && a.lexOf(k)&(lxMedical|lxCommon) != 0 {
		k++
	}
	if k == i+2 || k+1 >= n || a.toks[k].nl || a.toks[k+1].nl {
		return
	}
	switch {
	case a.isWord(k) && a.toks[k].shape == shLower && (a.folded(k) == "do" || a.folded(k) == "da") && a.capShape(k+1) && (a.cue(k+1)&(cuOrgPrefix|cuOrgSuffix) != 0 || a.toks[k+1].shape == shUpper):
		a.codes43 = append(a.codes43, [2]int{int(a.toks[i].s), int(a.toks[k].e)})
	case a.spacedDash(k) && a.isPunct(i-1, ":") && a.capShape(k+1) && a.cue(k+1)&cuOrgPrefix != 0:
		a.codes43 = append(a.codes43, [2]int{int(a.toks[i].s), int(a.toks[k-1].e)})
	}
}

// studyCode49 reads a study's acronym from token k: capitals glued by
// hyphens to capitals, digits or a title-case word ("AURORA-MS",
// "ELM-302", "VITAL-Falls", "HIPERTEN-BR"); it returns the token after
// it, or -1.
func (a *analysis) studyCode49(k int) int {
	n := len(a.toks)
	if k >= n || !a.isWord(k) || a.toks[k].shape != shUpper || a.toks[k].e-a.toks[k].s < 3 {
		return -1
	}
	q := k + 1
	digits := 0
	for q+1 < n && a.isPunct(q, "-") && a.toks[q].gap == 0 && a.toks[q+1].gap == 0 && (a.toks[q+1].kind != kPunct) {
		if a.toks[q+1].kind != kWord {
			for _, c := range []byte(a.tokText(q + 1)) {
				digits += int(b2u(isDigit(c)))
			}
		}
		q += 2
	}
	// (an accession's digits are many: "study EC23-44018")
	if q == k+1 || digits > 3 || q < n && a.toks[q].gap == 0 && a.toks[q].kind != kPunct {
		return -1
	}
	return q
}

// studyRegions49 makes code regions (codes43) of a study's names, which
// name no one:
//   - its acronym after "Study"/"Estudo"/"Trial" (and a colon: "Study:
//     AURORA-MS", "(Estudo HIPERTEN-BR)", "Study ELM-302 - Site 412")
//     or a few lower-case words before "trial"/"study" ("VITAL-Falls
//     vitamin D trial");
//   - its title after "Study title:" or after a protocol's code and
//     colon when the line reads as a title ("Protocol HLX-204-301: A
//     Phase 3, Randomized, Double-Blind … Study of …"), to the line's
//     end.
func (a *analysis) studyRegions49(i int) {
	n := len(a.toks)
	f := a.folded(i)
	switch f {
	case "study", "estudo", "trial":
		k := i + 1
		if a.isPunct(k, ":") {
			k++
		}
		if k < n && !a.toks[k].nl && a.toks[i].shape != shLower {
			if e := a.studyCode49(k); e > 0 {
				a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[e-1].e)})
			}
		}
		if a.toks[i].shape != shLower || f == "estudo" {
			return
		}
		// "VITAL-Falls vitamin D trial"
		for k := i - 1; k > 0 && k >= i-5 && !a.toks[k+1].nl; k-- {
			if a.isWord(k) && (a.toks[k].shape == shLower || a.toks[k].shape == shSingle) && k > 0 {
				continue
			}
			// (the acronym's last token)
			s := k
			for s >= 2 && a.isPunct(s-1, "-") && a.toks[s].gap == 0 && a.toks[s-1].gap == 0 {
				s -= 2
			}
			if s < k && a.studyCode49(s) == k+1 {
				a.codes43 = append(a.codes43, [2]int{int(a.toks[s].s), int(a.toks[k].e)})
			}
			return
		}
	case "title":
		// "Study title: …"
		if i == 0 || i+2 >= n || !a.isWord(i-1) || a.folded(i-1) != "study" || !a.isPunct(i+1, ":") || a.toks[i+2].nl {
			return
		}
		s := int(a.toks[i+2].s)
		a.codes43 = append(a.codes43, [2]int{s, a.lineEnd(s)})
	case "protocol":
		// "Protocol HLX-204-301: A Phase 3, Randomized, … Study of …"
		k := i + 1
		if k+1 >= n || a.toks[k].nl || a.toks[k].kind == kPunct {
			return
		}
		for k < n && !a.toks[k].nl && !a.isPunct(k, ":") && k < i+8 && a.toks[k].gap <= 1 {
			k++
		}
		if k+1 >= n || !a.isPunct(k, ":") || a.toks[k+1].nl {
			return
		}
		s := int(a.toks[k+1].s)
		e := a.lineEnd(s)
		studied := false
		for q := k + 1; q < n && int(a.toks[q].s) < e; q++ {
			if a.isWord(q) && a.toks[q].shape == shTitle {
				switch a.folded(q) {
				case "study", "trial", "randomized", "randomised", "phase", "placebo", "controlled", "blind":
					studied = true
				}
			}
		}
		if studied {
			a.codes43 = append(a.codes43, [2]int{s, e})
		}
	}
}

// codeRun49 reads a subject's code from token k: numbers and capitals
// glued by hyphens, a digit in its last part ("09-021", "05-T012",
// "1203-006"); it returns the token after it, or -1. Dates and plain
// numbers are none.
func (a *analysis) codeRun49(k int) int {
	n := len(a.toks)
	if k >= n || a.toks[k].kind != kNum && a.toks[k].kind != kAlnum {
		return -1
	}
	q := k + 1
	parts := 1
	for q+1 < n && a.isPunct(q, "-") && a.toks[q].gap == 0 && a.toks[q+1].gap == 0 &&
		(a.toks[q+1].kind == kNum || a.toks[q+1].kind == kAlnum || a.toks[q+1].shape == shUpper) {
		q += 2
		parts++
	}
	last := a.toks[q-1]
	if parts < 2 || parts > 3 || last.kind == kWord || last.e-last.s < 3 || q < n && a.toks[q].gap == 0 && (a.isPunct(q, "/") || a.isPunct(q, "-") || a.toks[q].kind != kPunct) {
		return -1
	}
	return q
}

// detectMisc49 reads:
//   - the subjects' codes a list names after its plural ("participantes
//     09-021 e 09-024", "subjects 1203-006, 1203-011 and 1203-014"),
//     ID, and the same codes wherever they come back ("1. 09-021: …",
//     "TCLE do 09-024");
//   - a case's number of a year, a court's letters and digits ("Case
//     No. 2024 GRD 051187"), ID;
//   - the last digits of a card, an account, a member's or a social
//     security number after "ending [in]" ("ClinCard ending in 4417",
//     "member ID ending 4471"), typed by the words before.
func (a *analysis) detectMisc49() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r49Misc == 0 || !a.isWord(i) {
			continue
		}
		switch a.folded(i) {
		case "participants", "participantes", "subjects", "sujeitos":
			k := i + 1
			if a.isPunct(k, ":") {
				k++
			}
			var codes [8][2]int
			nc := 0
			for k < n && !a.toks[k].nl && nc < len(codes) {
				e := a.codeRun49(k)
				if e < 0 {
					break
				}
				codes[nc] = [2]int{int(a.toks[k].s), int(a.toks[e-1].e)}
				nc++
				k = e
				if k+1 < n && !a.toks[k].nl && (a.isPunct(k, ",") || a.isWord(k) && (a.folded(k) == "e" || a.folded(k) == "and")) {
					k++
					if k+1 < n && a.isWord(k) && (a.folded(k) == "e" || a.folded(k) == "and") {
						k++
					}
					continue
				}
				break
			}
			for c := 0; c < nc; c++ {
				a.propagateCode49(a.text[codes[c][0]:codes[c][1]])
			}
		case "case", "cause":
			// "Case No. 2024 GRD 051187", "Case Number: 2024 COMH 001873"
			k := i + 1
			if a.isWord(k) && (a.folded(k) == "no" || a.folded(k) == "number") {
				k++
			} else if !a.isPunct(k, "#") {
				continue
			}
			for k < n && (a.isPunct(k, ".") || a.isPunct(k, ":") || a.isPunct(k, "#")) && !a.toks[k].nl {
				k++
			}
			if k+2 >= n || a.toks[k].kind != kNum || a.toks[k].e-a.toks[k].s != 4 || a.toks[k].nl {
				continue
			}
			l, m := a.toks[k+1], a.toks[k+2]
			if l.kind != kWord || l.shape != shUpper || l.e-l.s > 6 || l.gap != 1 || l.nl || m.kind != kNum || m.e-m.s < 4 || m.gap != 1 || m.nl {
				continue
			}
			a.add(int(a.toks[k].s), int(m.e), TypeID, 0.8, pLabeled)
		case "brasileira", "brasileiro":
			// a party's qualification in a petition: "MARIA JOSÉ
			// ALVARENGA PEREIRA, brasileira, casada, professora …"
			if !a.pt || i < 3 || !a.isPunct(i-1, ",") || a.toks[i-1].gap != 0 || a.toks[i].nl || !a.isPunct(i+1, ",") {
				continue
			}
			e := i - 1
			l := e
			proper := false
			for l > 0 && e-l < 8 && (l == e || !a.toks[l].nl) {
				q := l - 1
				if a.isWord(q) && a.capShape(q) && a.lexOf(q)&(lxStop|lxMedical|lxMonth|lxOrgHead|lxCred|lxTitle|lxRelation) == 0 {
					if a.lexOf(q)&(lxGiven|lxName) != 0 || a.unknownWord(q) {
						proper = true
					}
					l = q
					continue
				}
				if a.isWord(q) && a.toks[q].shape == shLower && a.lexOf(q)&lxParticle != 0 && l < e && q > 0 && a.capShape(q-1) {
					l = q
					continue
				}
				break
			}
			if e-l < 2 || !proper || !(l == 0 || a.toks[l].nl || a.isPunct(l-1, ",") || a.isPunct(l-1, ":")) {
				continue
			}
			a.add(int(a.toks[l].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
		case "plaintiff", "plaintiffs", "defendant", "defendants", "petitioner", "respondent", "appellant", "appellee":
			// a case's party before its role: "DANIEL R. ESCOBEDO,
			// Plaintiff, v. CAPITOL VALLEY TRANSIT AUTHORITY, et al.,
			// Defendants."
			a.casePartyBefore49(i)
		case "bar":
			// a lawyer's bar number: "(State Bar No. 287714)", "Fla. Bar
			// No. 0098127": the bar names no one, its number is a
			// licence
			if a.toks[i].shape != shTitle && a.toks[i].shape != shUpper || a.toks[i].nl {
				continue
			}
			k := i + 1
			if a.isWord(k) && (a.folded(k) == "no" || a.folded(k) == "number") {
				k++
			} else if !a.isPunct(k, "#") {
				continue
			}
			for k < n && (a.isPunct(k, ".") || a.isPunct(k, ":") || a.isPunct(k, "#")) && !a.toks[k].nl {
				k++
			}
			if k >= n || a.toks[k].kind != kNum || a.toks[k].nl || a.toks[k].e-a.toks[k].s < 4 {
				continue
			}
			l := i
			if i > 0 && !a.toks[i].nl && a.toks[i].gap == 1 && a.isPunct(i-1, ".") && i > 1 && a.isWord(i-2) && a.toks[i-1].gap == 0 {
				l = i - 2 // "Fla. Bar"
			} else if i > 0 && !a.toks[i].nl && a.toks[i].gap == 1 && a.isWord(i-1) && a.capShape(i-1) && a.lexOf(i-1)&(lxCommon|lxRegion) != 0 {
				l = i - 1 // "State Bar", "Texas Bar"
			}
			a.regions = append(a.regions, [2]int{int(a.toks[l].s), int(a.toks[i].e)})
			a.add(int(a.toks[k].s), int(a.toks[k].e), TypeLicense, 0.85, pLabeled)
		case "rn":
			// a newborn named by the mother: "o RN da Daiane (leito 6)"
			k := i + 1
			if !a.pt || a.toks[i].shape != shUpper || !a.isWord(k) || a.toks[k].nl || (a.folded(k) != "da" && a.folded(k) != "de") || k+1 >= n ||
				!a.isWord(k+1) || a.toks[k+1].shape != shTitle || a.toks[k+1].nl || a.lexOf(k+1)&lxGiven == 0 && !a.unknownWord(k+1) || a.lexOf(k+1)&(lxStop|lxMedical|lxPlace|lxMonth) != 0 {
				continue
			}
			e := k + 2
			for e < n && e < k+5 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && a.toks[e].shape == shTitle && a.lexOf(e)&(lxStop|lxMedical|lxMonth) == 0 {
				e++
			}
			a.add(int(a.toks[k+1].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
		case "mora", "moram", "reside":
			// a town in lower case after a chat's "mora em" ("ele mora em
			// são gonçalo"): a place the gazetteer holds as written,
			// one word that is no common word or a phrase
			k := i + 1
			if !a.pt || a.toks[i].shape != shLower || !a.isWord(k) || a.folded(k) != "em" || a.toks[k].nl || k+1 >= n {
				continue
			}
			s := k + 1
			if !a.isWord(s) || a.toks[s].shape != shLower || a.toks[s].nl || a.claimedAt(s) {
				continue
			}
			for e := min(n, s+4); e > s; e-- {
				if a.toks[e-1].nl && e-1 > s || !a.isWord(e-1) {
					continue
				}
				x := a.phraseFlags(s, e)
				if e == s+1 {
					x = a.lexOf(s)
				}
				if x&lxPlace != 0 && (e > s+1 || x&(lxCommon|lxStop|lxMedical|lxName|lxGiven) == 0) {
					a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeLocation, 0.75, pLocation)
					break
				}
			}
		case "classe":
			// a court's "Classe/Assunto: Procedimento Comum Cível -
			// Indenização por Dano Material e Moral": the case's class
			// and subject, no one's
			k := i + 1
			if !a.pt || !(i == 0 || a.toks[i].nl) {
				continue
			}
			if a.isPunct(k, "/") && a.isWord(k+1) && a.folded(k+1) == "assunto" {
				k += 2
			}
			if k+1 >= n || !a.isPunct(k, ":") || a.toks[k+1].nl {
				continue
			}
			s := int(a.toks[k+1].s)
			a.codes43 = append(a.codes43, [2]int{s, a.lineEnd(s)})
		case "resolucao":
			// "Resolução CFM nº 1.605/2000": a council's resolution
			k := i + 1
			if !a.pt || !a.isWord(k) || a.toks[k].nl || a.toks[k].shape != shUpper || k+2 >= n {
				continue
			}
			q := k + 1
			if a.isWord(q) && (a.folded(q) == "no" || a.folded(q) == "n") || a.tokText(q) == "nº" {
				q++
			}
			for q < n && (a.isPunct(q, ".") || a.isPunct(q, "º")) && !a.toks[q].nl {
				q++
			}
			if q >= n || a.toks[q].kind != kNum || a.toks[q].nl {
				continue
			}
			e := q
			for e+1 < n && a.toks[e+1].gap == 0 && (a.toks[e+1].kind == kNum || a.isPunct(e+1, ".") || a.isPunct(e+1, "/")) {
				e++
			}
			a.codes43 = append(a.codes43, [2]int{int(a.toks[i].s), int(a.toks[e].e)})
		case "ending":
			// "… ending in 4417", "… ending 4471"
			k := i + 1
			if a.isWord(k) && a.folded(k) == "in" {
				k++
			}
			if k >= n || a.toks[k].kind != kNum || a.toks[k].e-a.toks[k].s < 3 || a.toks[k].e-a.toks[k].s > 6 || a.toks[k].nl ||
				k+1 < n && a.toks[k+1].gap == 0 && (a.toks[k+1].kind != kPunct || a.isPunct(k+1, "-") || a.isPunct(k+1, "/")) {
				continue
			}
			typ := ""
			b := i - 1
			if b > 0 && a.isPunct(b, "(") && !a.toks[i].nl {
				b-- // "checking account (ending 6614)" (round 53)
			}
			for q := b; q >= 0 && q >= b-2 && a.isWord(q) && typ == ""; q-- {
				g := a.folded(q)
				switch {
				case g == "ssn" || g == "social":
					typ = TypeSSN
				case g == "member" || g == "policy" || g == "subscriber" || g == "medicaid" || g == "medicare":
					typ = TypeHealthPlan
				case g == "account" || g == "acct" || g == "checking" || g == "savings" || g == "debit" || g == "credit" || strings.HasSuffix(g, "card"):
					typ = TypeAccount
				}
				if a.toks[q].nl {
					break
				}
			}
			if typ != "" {
				a.add(int(a.toks[k].s), int(a.toks[k].e), typ, 0.8, pLabeled)
			}
		}
	}
}

// propagateCode49 marks a subject's code v, ID, wherever it stands as a
// whole (no letter, digit or hyphen glued to it).
func (a *analysis) propagateCode49(v string) {
	for p := 0; p < len(a.text); {
		j := strings.Index(a.text[p:], v)
		if j < 0 {
			return
		}
		s, e := p+j, p+j+len(v)
		p = e
		if s > 0 && (isAlnumByte(a.text[s-1]) || a.text[s-1] == '-') || e < len(a.text) && (isAlnumByte(a.text[e]) || a.text[e] == '-') {
			continue
		}
		a.add(s, e, TypeID, 0.8, pLabeled)
	}
}

// detectMaskedSSN49 reads the last four digits of a social security
// number masked with asterisks ("***-**-8824"), SSN.
func (a *analysis) detectMaskedSSN49() {
	n := len(a.toks)
	for _, p := range a.classToks('*') {
		k := int(p)
		// (the last asterisk of the second group, then "-" and the digits)
		if k < 2 || k+2 >= n || !a.isPunct(k+1, "-") || a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 || a.toks[k+2].kind != kNum || a.toks[k+2].e-a.toks[k+2].s != 4 ||
			!a.isPunct(k-1, "*") || a.toks[k].gap != 0 || !a.isPunct(k-2, "-") || a.toks[k-1].gap != 0 {
			continue
		}
		if k+3 < n && a.toks[k+3].gap == 0 && a.toks[k+3].kind != kPunct {
			continue
		}
		a.add(int(a.toks[k+2].s), int(a.toks[k+2].e), TypeSSN, 0.85, pStruct)
	}
}

// detectResearchOrgs49 reads the organisations of a study:
//   - the value of a research form's organisation field, up to the
//     field's end (a comma, a bracket, a wide gap, the line's end):
//     "Site: Tidewater Clinical Trials, Norfolk, VA", "Site No.: 31 -
//     Sound Oncology Research", "Site 08 - Rocky Mountain MS Center",
//     "CRO: Nexa Pesquisa Clínica", "Sponsor: Corvalis Biopharma" —
//     when it holds a head (an organisation's or a research one) or a
//     word in no list, and more than the plain words of research
//     (plainResearch49: "Site: Clinical Research Unit" is none; a body's
//     site, "Site: Right Deltoid", holds neither);
//   - a research organisation named by a proper word before its head:
//     "Lakeshore Oncology Research", "Vértice CRO".
func (a *analysis) detectResearchOrgs49() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r49Field == 0 || !a.isWord(i) {
			continue
		}
		f := a.folded(i)
		if a.toks[i].shape == shLower {
			if f == "trial" || f == "study" || f == "title" {
				a.studyRegions49(i)
			}
			continue
		}
		if researchHeads49[f] && i > 0 && !a.toks[i].nl && a.toks[i].gap == 1 && a.capShape(i-1) && !(i+1 < n && a.isPunct(i+1, ":")) {
			// "<Proper> [<specialty>] Research"
			l := i
			for l > 0 && i-l < 4 && !a.toks[l].nl && a.toks[l].gap == 1 && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxCred|lxLabel|lxNameLabel) == 0 {
				l--
			}
			if l < i && (!a.sentenceStart(l) || a.toks[l].nl || a.spacedDash(l-1)) {
				proper := false
				for k := l; k < i; k++ {
					if a.lexOf(k)&(lxCommon|lxMedical|lxStop|lxRegion|lxOrgHead|lxDemonym) == 0 && !plainResearch49[a.folded(k)] {
						proper = true
					}
				}
				if proper || f == "cro" && i == l+1 && !plainResearch49[a.folded(l)] && a.lexOf(l)&(lxMedical|lxRegion|lxDemonym) == 0 {
					a.add(int(a.toks[l].s), int(a.toks[i].e), TypeOrganization, 0.8, pOrg)
				}
			}
		}
		switch f {
		case "site", "cro", "sponsor", "patrocinador", "centro":
		case "study", "estudo", "trial", "ensaio", "protocol", "title":
			a.studyRegions49(i)
			continue
		case "ambulatorio":
			a.ambulatoryService49(i)
			continue
		default:
			continue
		}
		if i > 0 && !a.toks[i].nl && !a.spacedDash(i-1) && a.toks[i].gap < 2 {
			continue // a field's label opens its line or cell
		}
		// the label: "Site:", "Site No.: 31 -", "Site 08 -"
		v := i + 1
		if v+1 < n && a.isWord(v) && (a.folded(v) == "no" || a.folded(v) == "number") {
			v++
			if a.isPunct(v, ".") {
				v++
			}
		}
		colon := v < n && a.isPunct(v, ":")
		if colon {
			v++
		}
		if v+1 < n && a.toks[v].kind == kNum && a.toks[v].e-a.toks[v].s <= 4 && a.spacedDash(v+1) {
			v += 2
		} else if !colon || f == "centro" && v < n && a.toks[v].kind == kNum {
			continue
		}
		if v >= n || a.toks[v].nl || !a.capShape(v) {
			continue
		}
		// the value
		r := v
		head, unknown, distinct := false, false, false
		for r < n && r-v < 9 && !a.toks[r].nl && (r == v || a.toks[r].gap <= 1) {
			if a.isWord(r) && a.capShape(r) {
				g := a.folded(r)
				x := a.lexOf(r)
				if researchHeads49[g] || a.cue(r)&(cuOrgSuffix|cuOrgPrefix) != 0 {
					head = true
				}
				if x&(lxCommon|lxMedical|lxStop|lxMonth|lxRegion|lxCred|lxDemonym|lxOrgHead) == 0 {
					unknown = true
				}
				if !plainResearch49[g] && x&lxMedical == 0 && !specialtyWords[g] && !researchHeads49[g] && a.cue(r)&(cuOrgSuffix|cuOrgPrefix) == 0 {
					distinct = true
				}
				r++
				continue
			}
			if a.isWord(r) && orgConnector(a.folded(r)) && a.toks[r].shape == shLower && r+1 < n && a.capShape(r+1) && !a.toks[r+1].nl {
				r++
				continue
			}
			if (a.isPunct(r, "&") || a.isPunct(r, "-") && a.toks[r].gap == 0) && r+1 < n && a.capShape(r+1) && !a.toks[r+1].nl {
				r++
				continue
			}
			break
		}
		if r < n && !a.toks[r].nl && a.toks[r].gap <= 1 && !(a.isPunct(r, ",") || a.isPunct(r, "(") || a.isPunct(r, ";") || a.spacedDash(r)) {
			continue // (the field goes on in words of another kind)
		}
		if r-v < 2 && !(unknown && r == v+1 && a.toks[v].shape != shUpper) || !distinct || !(head || unknown) {
			continue
		}
		a.add(int(a.toks[v].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
	}
}

// enOrdinal49: token k is an English ordinal in digits ("180th",
// "301st") or in capitals or title case words ("Eleventh").
func (a *analysis) enOrdinal49(k int) bool {
	t := a.toks[k]
	if t.kind == kAlnum && t.e-t.s <= 6 {
		v := a.text[t.s:t.e]
		d := 0
		for d < len(v) && isDigit(v[d]) {
			d++
		}
		if d == 0 || d > 3 {
			return false
		}
		switch foldString(v[d:]) {
		case "st", "nd", "rd", "th":
			return true
		}
		return false
	}
	if t.kind != kWord {
		return false
	}
	switch a.folded(k) {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
		"thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth":
		return true
	}
	return false
}

// detectCourts49 reads the name of a court of a county, a city or a
// numbered district — a local body, as a county's office is — and
// leaves a state's or a country's court alone ("Supreme Court of
// Ohio"):
//   - "<kind> Court of <…> County", "<kind> Court of the Eleventh
//     Judicial Circuit in and for Miami-Dade County", "Superior Court of
//     California, County of Sacramento", "District Court, City and
//     County of Denver", "180th District Court"; the state's name after
//     a comma when it closes the line ("…, FLORIDA") is part of it, and
//     a caption's "IN THE" before it is not (a code region);
//   - "3ª Vara Cível" (an ordinal before a vara names one court);
//   - the town after "Comarca de" (a judicial district is named by its
//     seat), LOCATION.
func (a *analysis) detectCourts49() {
	n := len(a.toks)
	for x, p := range a.r39Pos {
		i := int(p)
		if a.r39Kind[x]&r49Court == 0 || !a.isWord(i) || a.toks[i].shape == shLower {
			continue
		}
		switch a.folded(i) {
		case "court":
			a.courtName49(i)
		case "vara":
			// "3ª VARA CÍVEL", "2ª Vara da Fazenda Pública": the rest of
			// the line's capitalised words and connectors
			if i == 0 || !a.ordinalAt(i-1) || a.toks[i].nl || a.toks[i].gap > 1 {
				continue
			}
			r := i + 1
			for r < n && !a.toks[r].nl && a.toks[r].gap <= 1 && a.isWord(r) && (a.capShape(r) || orgConnector(a.folded(r)) && r+1 < n && a.capShape(r+1) && !a.toks[r+1].nl) {
				r++
			}
			if r == i+1 {
				continue
			}
			a.add(int(a.toks[i-1].s), int(a.toks[r-1].e), TypeOrganization, 0.85, pOrg)
		case "judge":
			// a judge's post alone on the line under the signature
			// ("DISTRICT JUDGE"), which a name read over the line break
			// runs into: a code region
			l := i
			for l > 0 && !a.toks[l].nl && i-l < 3 && a.isWord(l-1) && courtKinds49[a.folded(l-1)] {
				l--
			}
			if !(l == 0 || a.toks[l].nl) || i+1 < n && !a.toks[i+1].nl {
				continue
			}
			a.codes43 = append(a.codes43, [2]int{int(a.toks[l].s), int(a.toks[i].e)})
		case "comarca":
			// "COMARCA DE SANTOS", "Comarca de Caxias do Sul"
			if i+2 >= n || !a.isWord(i+1) || a.toks[i+1].nl || !a.capShape(i+2) || a.toks[i+2].nl {
				continue
			}
			switch a.folded(i + 1) {
			case "de", "da", "do":
			default:
				continue
			}
			r := i + 3
			for r < n && !a.toks[r].nl && a.toks[r].gap <= 2 && a.isWord(r) && (a.capShape(r) || orgConnector(a.folded(r)) && r+1 < n && a.capShape(r+1) && !a.toks[r+1].nl) {
				r++
			}
			if r-(i+2) > 4 || a.lexOf(i+2)&(lxStop|lxMedical|lxMonth) != 0 {
				continue
			}
			a.add(int(a.toks[i+2].s), int(a.toks[r-1].e), TypeLocation, 0.8, pLocStrong)
		}
	}
}

// courtNumber49: "No" at token k after a court opens its case's number
// at token v ("King County Superior Court No. 23-3-04417-1 SEA"): a
// number of hyphens and six digits or more is a case's, not the court's
// own ("Travis County Probate Court No. 1"), so "No" is no part of the
// court's name (a code region); a county's letters after it that close
// the line are part of the number.
func (a *analysis) courtNumber49(k, v int) {
	n := len(a.toks)
	q, digits := v, 0
	for q < n && !a.toks[q].nl && (q == v || a.toks[q].gap == 0) && (a.toks[q].kind == kNum || a.toks[q].kind == kAlnum || a.isPunct(q, "-")) {
		if a.toks[q].kind == kNum {
			digits += int(a.toks[q].e - a.toks[q].s)
		}
		q++
	}
	if digits < 6 || a.toks[q-1].kind == kPunct {
		return
	}
	a.codes43 = append(a.codes43, [2]int{int(a.toks[k].s), int(a.toks[k].e)})
	if q < n && a.isWord(q) && a.toks[q].shape == shUpper && a.toks[q].gap == 1 && !a.toks[q].nl && a.toks[q].e-a.toks[q].s <= 4 && (q+1 >= n || a.toks[q+1].nl) {
		a.add(int(a.toks[v].s), int(a.toks[q].e), TypeID, 0.8, pLabeled)
	}
}

// courtName49 reads the court whose "Court" is token i (see
// detectCourts49).
func (a *analysis) courtName49(i int) {
	n := len(a.toks)
	if i+3 < n && a.isWord(i+1) && a.folded(i+1) == "no" && a.isPunct(i+2, ".") && !a.toks[i+3].nl {
		a.courtNumber49(i+1, i+3)
	}
	local := false
	// the kinds and an ordinal before "Court"
	l := i
	for l > 0 && !a.toks[l].nl && a.toks[l].gap <= 2 && i-l < 4 {
		k := l - 1
		if a.isWord(k) && courtKinds49[a.folded(k)] && a.toks[k].shape != shLower {
			l = k
			continue
		}
		if a.enOrdinal49(k) {
			l = k
			local = true
			continue
		}
		break
	}
	// (a federal court's "United States" before its kind, round 57)
	if l >= 2 && l < i && a.isWord(l-1) && a.folded(l-1) == "states" && a.isWord(l-2) && a.folded(l-2) == "united" && !a.toks[l].nl && !a.toks[l-1].nl {
		l -= 2
	}
	r := i + 1
	// "of [the] … County", "in and for … County"
	if r+1 < n && a.isWord(r) && !a.toks[r].nl && (a.folded(r) == "of" || a.folded(r) == "for") {
		q := r + 1
		words := 0
		county, proper := false, false
		for q < n && !a.toks[q].nl && a.toks[q].gap <= 2 && q-r < 16 {
			if a.toks[q].kind == kAlnum && a.enOrdinal49(q) {
				// ("of the 4TH Judicial Circuit": an ordinal in digits, round 57)
				local = true
				q++
				continue
			}
			if a.isWord(q) && (a.capShape(q) || orgConnector(a.folded(q)) || a.folded(q) == "in") {
				g := a.folded(q)
				switch {
				case g == "county" || g == "parish" || g == "city" || g == "district" && a.folded(r) == "for":
					// (and a federal court's district: "District Court for
					// the District of Nebraska", round 57)
					county = true
				case a.enOrdinal49(q):
					local = true
				case a.capShape(q) && !orgConnector(g) && g != "judicial" && g != "circuit" && g != "district" &&
					(a.lexOf(q)&(lxCommon|lxStop|lxMedical) == 0 || a.lexOf(q)&(lxGiven|lxPlace) != 0 && a.lexOf(q)&lxStop == 0):
					// (a proper word names the county: "Franklin County";
					// "Cook County" alone is read as a place, the court
					// with it a generic head)
					proper = true
				}
				if a.capShape(q) {
					words++
				}
				q++
				continue
			}
			if a.isPunct(q, "-") && a.toks[q].gap == 0 && q+1 < n && a.toks[q+1].gap == 0 && a.capShape(q+1) {
				q += 2 // "Miami-Dade"
				continue
			}
			break
		}
		for q > r+1 && !a.capShape(q-1) {
			q-- // (no connector at the end)
		}
		if words > 0 {
			r = q
		}
		local = local || county && proper
	}
	// ", County of Sacramento", ", City and County of Denver"
	for r+3 < n && a.isPunct(r, ",") && !a.toks[r+1].nl && a.isWord(r+1) {
		q := r + 1
		if a.folded(q) == "city" && q+2 < n && a.isWord(q+1) && a.folded(q+1) == "and" {
			q += 2
		}
		if q+2 >= n || a.folded(q) != "county" || !a.isWord(q+1) || a.folded(q+1) != "of" || !a.capShape(q+2) || a.toks[q+2].nl {
			// ", El Paso County" after a court that opens its line (round
			// 53; a caption's "STATE OF MINNESOTA - DISTRICT COURT, OLMSTED
			// COUNTY" names the state's court and the county's place)
			if e := a.countyAfterComma53(r + 1); e > r+1 && (l == 0 || a.toks[l].nl || a.captionIn57(l)) {
				r = e
				local = true
				continue
			}
			break
		}
		q += 3
		for q < n && !a.toks[q].nl && a.toks[q].gap <= 2 && a.capShape(q) && a.lexOf(q)&lxRegion == 0 {
			q++
		}
		r = q
		local = true
	}
	if !local || r == i+1 && l == i {
		return
	}
	// the state that closes the line: "…, FLORIDA", "…, New Mexico"
	if r+1 < n && a.isPunct(r, ",") && !a.toks[r+1].nl && a.isWord(r+1) && a.lexOf(r+1)&(lxRegion|lxRegionPrefix) != 0 {
		q := r + 1
		for q < n && q < r+4 && !a.toks[q].nl && a.capShape(q) {
			q++
		}
		if q >= n || a.toks[q].nl {
			r = q
		}
	}
	a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.85, pOrg)
	// a caption's "IN THE" before it
	if l >= 2 && a.isWord(l-1) && a.folded(l-1) == "the" && a.isWord(l-2) && a.folded(l-2) == "in" && (l == 2 || a.toks[l-2].nl) {
		a.codes43 = append(a.codes43, [2]int{int(a.toks[l-2].s), int(a.toks[l-1].e)})
	}
}

// versusIn49 returns the "v" or "vs" of a case's caption inside the name
// run [i, j) ("Hollis v. Hollis"), lower case before its full stop and
// between capitalised words, or -1.
func (a *analysis) versusIn49(i, j int) int {
	for k := i + 1; k+2 < j; k++ {
		t := a.toks[k]
		if t.shape == shLower && t.e-t.s <= 2 && a.toks[k+1].ch == '.' && a.toks[k+1].gap == 0 && (a.folded(k) == "v" || a.folded(k) == "vs") && a.capShape(k-1) && a.capShape(k+2) {
			return k
		}
	}
	return -1
}

// loneNonName49 (emitName): the word i, read alone as a name, is none:
// a Portuguese answer in capitals ("Responda SIM", "Paciente: SIM!"), a
// section's number, a seniority before a credential or role ("Senior
// CRA", "Lead CRC"), an eponym after "à" and a procedure.
func (a *analysis) loneNonName49(i int) bool {
	t := a.toks[i]
	// (one test: a word in capitals, or in title case before a word one
	// blank away or after "à")
	if b2u(t.kind == kWord)&(b2u(t.shape == shUpper || t.shape == shSingle)|b2u(t.shape == shTitle)&(b2u(i+1 < len(a.toks) && a.toks[i+1].gap == 1)|b2u(a.pt && i >= 2))) == 0 {
		return false
	}
	switch t.shape {
	case shUpper, shSingle:
		if a.pt && t.shape == shUpper && (a.folded(i) == "sim" || a.folded(i) == "nao") {
			return true
		}
		// a section's roman number opening its line: "II - DO DIREITO"
		return (i == 0 || t.nl) && romanLevels[a.tokText(i)] && i+1 < len(a.toks) && (a.spacedDash(i+1) || a.isPunct(i+1, ".") || a.isPunct(i+1, ")"))
	case shTitle:
		if i+1 < len(a.toks) && !a.toks[i+1].nl && a.toks[i+1].gap == 1 && a.isCredAt(i+1) {
			switch a.folded(i) {
			case "senior", "junior", "lead", "chief", "principal", "associate", "assistant", "staff", "head":
				return true
			}
		}
		// a procedure done after its author's way: "retossigmoidectomia
		// à Hartmann"
		return a.pt && i >= 2 && a.tokText(i-1) == "à" && a.isWord(i-2) && a.toks[i-2].shape == shLower && procedure49(a.folded(i-2))
	}
	return false
}

// protectInflections49 makes regions of the feminine or plural endings
// a Portuguese form writes in brackets after a word ("DOUTOR(A)",
// "Sr(a).", "JUIZ(A)"): a letter, not a name.
func (a *analysis) protectInflections49() {
	n := len(a.toks)
	for _, p := range a.classToks('(') {
		k := int(p)
		if k == 0 || k+2 >= n || a.toks[k].gap != 0 || !a.isWord(k-1) || !a.isWord(k+1) || a.toks[k+1].gap != 0 || !a.isPunct(k+2, ")") || a.toks[k+2].gap != 0 {
			continue
		}
		switch a.tokText(k + 1) {
		case "A", "a", "O", "o", "S", "s", "AS", "as", "OS", "os", "ES", "es":
			a.regions = append(a.regions, [2]int{int(a.toks[k+1].s), int(a.toks[k+1].e)})
		}
	}
}

// names49 is what extendName49 keeps over extendCands43's walk: the
// names of several words (made when first needed) and the last name
// read (a name found by several rules is read once).
type names49 struct {
	long         [24][2]int
	nlong        int
	built        bool
	lastS, lastE int
}

// orgAround49: the bytes around the organisation c may hold what
// extendOrg49 reads (c.e+3 < len(a.text)): one test, few organisations
// pass it.
func (a *analysis) orgAround49(c cand) bool {
	t := a.text
	x, y, z := t[c.e], t[c.e+1], t[c.e+2]
	return b2u(c.s > 2 && t[c.s-2] == ',')|b2u(x == ' ')&(b2u(isDigit(y))|b2u(isASCIIUpper(y))&b2u(isASCIIUpper(z)))|b2u(x == ',')&b2u(y == ' ')&b2u(t[c.e+3] == '.') != 0
}

// nameAround49: the name c (c.s >= 3) may be one extendName49 grows: a
// comma after it, an initial closing it, or a word in title case right
// before it.
func (a *analysis) nameAround49(c cand) bool {
	if c.e < len(a.text) && a.text[c.e] == ',' || c.e >= 2 && a.text[c.e-1] == '.' && isASCIIUpper(a.text[c.e-2]) {
		return true
	}
	k := a.firstTokenFrom(c.s)
	return k > 0 && k < len(a.toks) && b2u(a.toks[k-1].shape == shTitle)&b2u(a.toks[k].gap == 1)&b2u(!a.toks[k].nl) != 0
}

// extendOrg49 (extendCands43) grows an organisation c over what its
// line writes around it: the partners before a firm's "&" name
// (extendFirm49), a unit's number and place (extendOrgNumber49), a
// state's code or a professional association's dotted form
// (extendOrgTail49).
func (a *analysis) extendOrg49(c cand) {
	switch {
	case c.s > 2 && a.text[c.s-2] == ',' && strings.IndexByte(a.text[c.s:c.e], '&') > 0:
		a.extendFirm49(c)
	case c.e+3 >= len(a.text):
	case a.text[c.e] == ' ' && isDigit(a.text[c.e+1]):
		if c.e+4 < len(a.text) {
			a.extendOrgNumber49(c)
		}
	case a.text[c.e] == ' ' && isASCIIUpper(a.text[c.e+1]) && isASCIIUpper(a.text[c.e+2]) && (c.e+3 == len(a.text) || !isASCIILetter(a.text[c.e+3])),
		a.text[c.e] == ',' && a.text[c.e+1] == ' ' && isASCIIUpper(a.text[c.e+2]) && a.text[c.e+3] == '.':
		a.extendOrgTail49(c)
	}
}

// extendName49 (extendCands43) reads around a name c found:
//   - a drug's brand that is also a given name, in a list of drugs ("on
//     Allegra, Synthroid, Eliquis"), a region (drugInList49);
//   - a second initial and the surname after a name that ends in an
//     initial ("Enzo G." + "R. Lima"): the surname a listed name or a
//     word in no list;
//   - the words before it when they stand with it in a longer name of
//     the note ("Maria Eduarda Nóbrega Araújo" … "Maria Eduarda
//     demonstra", where only "Eduarda" was read again: "Maria" opens the
//     sentence).
func (a *analysis) extendName49(c cand, st *names49) {
	if c.s == st.lastS && c.e == st.lastE {
		return
	}
	st.lastS, st.lastE = c.s, c.e
	n := len(a.toks)
	if c.e+2 < len(a.text) && a.text[c.e] == ',' && a.drugInList49(c) {
		a.regions = append(a.regions, [2]int{c.s, c.e})
		return
	}
	if c.e >= 2 && a.text[c.e-1] == '.' && isASCIIUpper(a.text[c.e-2]) && (c.e-2 == c.s || a.text[c.e-3] == ' ') {
		// "Enzo G." + "R. Lima"
		k := a.firstTokenFrom(c.e)
		if k+2 < n && a.toks[k].shape == shSingle && a.toks[k].gap == 1 && !a.toks[k].nl && a.isPunct(k+1, ".") && a.toks[k+1].gap == 0 &&
			a.isWord(k+2) && a.toks[k+2].shape == shTitle && a.toks[k+2].gap == 1 && !a.toks[k+2].nl &&
			(a.lexOf(k+2)&lxName != 0 || a.unknownWord(k+2)) && a.lexOf(k+2)&(lxStop|lxMedical|lxMonth|lxCred|lxOrgHead) == 0 {
			a.add(c.s, int(a.toks[k+2].e), TypeName, c.score, c.prio)
		}
	}
	// "Maria" + "Eduarda": a word in title case right before it
	if c.s < 3 || a.text[c.s-1] != ' ' || !(a.text[c.s-2] >= 'a' && a.text[c.s-2] <= 'z' || a.text[c.s-2] >= 0x80) {
		return
	}
	k := a.firstTokenFrom(c.s)
	p := k - 1
	if k >= n || int(a.toks[k].s) != c.s || p < 0 || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(p) || a.toks[p].shape != shTitle || a.claimedAt(p) {
		return
	}
	if !st.built {
		st.built = true
		for _, d := range a.cands {
			if d.typ == TypeName && d.score >= 0.5 && st.nlong < len(st.long) && strings.IndexByte(a.text[d.s:d.e], ' ') > 0 {
				st.long[st.nlong] = [2]int{d.s, d.e}
				st.nlong++
			}
		}
	}
	// (back over as many words as the longer name has before it:
	// "Maria Elena" + "Quintanilla", where "Maria Elena" alone may be
	// read as a place)
	s := -1
	for p >= 0 && k-p <= 3 && st.nlong > 0 {
		pair := a.text[a.toks[p].s:c.e]
		found := false
		for _, l := range st.long[:st.nlong] {
			if l[0] != int(a.toks[p].s) && l[1]-l[0] >= len(pair) && strings.Contains(a.text[l[0]:l[1]], pair) {
				found = true
				break
			}
		}
		if !found {
			break
		}
		s = int(a.toks[p].s)
		if p == 0 || a.toks[p].nl || a.toks[p].gap != 1 || !a.isWord(p-1) || a.toks[p-1].shape != shTitle {
			break
		}
		p--
	}
	if s >= 0 {
		a.add(s, c.e, TypeName, c.score, c.prio)
	}
}

// ptDayWords49 reads a day of the month in Portuguese words that ends at
// token k ("primeiro", "quinze", "vinte e dois", "trinta e um") and
// returns its first token, or -1.
func (a *analysis) ptDayWords49(k int) int {
	v := ptNumber49(a.folded(k))
	if v <= 0 {
		return -1
	}
	if v < 10 && k >= 2 && a.isWord(k-1) && a.folded(k-1) == "e" && a.isWord(k-2) {
		if t := ptNumber49(a.folded(k - 2)); t == 20 || t == 30 {
			if t+v > 31 {
				return -1
			}
			return k - 2
		}
	}
	return k
}

// ptNumber49 is the value of a Portuguese number word up to thirty (0
// for another word).
func ptNumber49(f string) int {
	switch f {
	case "um", "uma", "primeiro":
		return 1
	case "dois", "duas":
		return 2
	case "tres":
		return 3
	case "quatro":
		return 4
	case "cinco":
		return 5
	case "seis":
		return 6
	case "sete":
		return 7
	case "oito":
		return 8
	case "nove":
		return 9
	case "dez":
		return 10
	case "onze":
		return 11
	case "doze":
		return 12
	case "treze":
		return 13
	case "quatorze", "catorze":
		return 14
	case "quinze":
		return 15
	case "dezesseis":
		return 16
	case "dezessete":
		return 17
	case "dezoito":
		return 18
	case "dezenove":
		return 19
	case "vinte":
		return 20
	case "trinta":
		return 30
	}
	return 0
}

// casePartyBefore49 reads the party a caption names before its role at
// token i ("…, Plaintiff", "…, et al., Defendants"): the capitalised
// words back to the line's start, a "v." or a comma — an organisation
// when a head is among them, else a name of two words or more.
func (a *analysis) casePartyBefore49(i int) {
	if a.toks[i].shape == shLower || i < 3 || !a.isPunct(i-1, ",") || a.toks[i].nl {
		return
	}
	e := i - 1 // (the comma)
	// ", et al.,"
	if e >= 5 && a.isPunct(e-1, ".") && a.isWord(e-2) && a.folded(e-2) == "al" && a.isWord(e-3) && a.folded(e-3) == "et" && a.isPunct(e-4, ",") {
		e -= 4
	}
	l := e
	head, words, named := false, 0, false
	for l > 0 && e-l < 12 {
		q := l - 1
		if a.isWord(q) && a.capShape(q) {
			if a.cue(q)&(cuOrgSuffix|cuOrgPrefix) != 0 {
				head = true
			}
			if a.lexOf(q)&(lxGiven|lxName) != 0 || a.unknownWord(q) {
				named = true
			}
			words++
		} else if !(a.isPunct(q, ".") && q > 0 && a.toks[q-1].shape == shSingle || a.isPunct(q, "&") || a.isWord(q) && orgConnector(a.folded(q)) && a.toks[q].shape == shLower) {
			break
		}
		l = q
		if a.toks[l].nl {
			break
		}
	}
	for l < e && !a.capShape(l) {
		l++
	}
	if words < 2 || l >= e {
		return
	}
	if !(l == 0 || a.toks[l].nl || a.isPunct(l-1, ".") && l >= 2 && (a.folded(l-2) == "v" || a.folded(l-2) == "vs") || a.isPunct(l-1, ":")) {
		return
	}
	switch {
	case head:
		a.add(int(a.toks[l].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
	case named && words <= 5:
		a.add(int(a.toks[l].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
	}
}

// extendFirm49 grows a firm's name c of partners joined by "&" back over
// the partners its line names before it, each before a comma
// ("WHITFIELD, ARBOGAST & CHU, P.C.", "Lowe, Baird, Hunt & Sato LLP").
func (a *analysis) extendFirm49(c cand) {
	k := a.firstTokenFrom(c.s)
	l := k
	for l >= 2 && k-l < 8 && a.isPunct(l-1, ",") && a.toks[l-1].gap == 0 && !a.toks[l].nl && a.isWord(l-2) && a.capShape(l-2) &&
		a.lexOf(l-2)&(lxStop|lxMonth|lxMedical|lxCred|lxTitle) == 0 {
		l -= 2
		if l == 0 || a.toks[l].nl {
			a.add(int(a.toks[l].s), c.e, TypeOrganization, c.score, c.prio)
			return
		}
	}
}

// painClause49 (fractionContext): the score out of ten at byte st of s
// rates a pain its clause names before it ("aching with overhead work,
// 3/10", "Refere dores no coto (6/10)"); w is the word right before it,
// which is no preposition of time ("back pain since 3/10" is a date).
func painClause49(s string, st int, w string) bool {
	switch strings.TrimRight(w, ",;:") {
	case "since", "on", "from", "until", "till", "by", "of", "at", "desde", "em", "dia", "de", "date", "data", "ate":
		return false
	}
	lo := max(0, st-32)
	var b [32]byte
	c := b[:0]
	for i := lo; i < st; i++ {
		x := s[i]
		if x == '.' || x == '\n' || x == ';' {
			c = c[:0]
			continue
		}
		if x >= 'A' && x <= 'Z' {
			x += 'a' - 'A'
		}
		c = append(c, x)
	}
	cs := string(c)
	for _, p := range []string{"pain", "aching", "ache", "sore", "discomfort", "hurt", "cramp", "dor ", "dores", "dolor"} {
		if strings.Contains(cs, p) {
			return true
		}
	}
	return false
}

// extendOrgNumber49 grows an organisation c over its unit's number and
// the place after it: "Escola Classe 18 de Ceilândia" (the school's
// number in its district), "Centro de Ensino Fundamental 03 do Gama".
func (a *analysis) extendOrgNumber49(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	if k+2 >= n || a.toks[k].kind != kNum || a.toks[k].e-a.toks[k].s > 3 || a.toks[k].gap != 1 || a.toks[k].nl || !a.isWord(k+1) || a.toks[k+1].nl {
		return
	}
	switch a.folded(k + 1) {
	case "de", "do", "da":
	default:
		return
	}
	p := k + 2
	if !a.capShape(p) || a.toks[p].nl || a.lexOf(p)&(lxPlace|lxPlacePrefix) == 0 {
		return
	}
	e := p + 1
	for e < n && !a.toks[e].nl && a.toks[e].gap == 1 && (a.capShape(e) || a.isWord(e) && orgConnector(a.folded(e)) && e+1 < n && a.capShape(e+1)) && e-p < 4 {
		e++
	}
	a.add(c.s, int(a.toks[e-1].e), TypeOrganization, c.score, c.prio)
}

// extendOrgTail49 grows an organisation c over what closes its name:
//   - a state's code before the field's end ("Blue Cross NC, ID …",
//     "BlueCross BlueShield TN (PPO)"), as a plan's branch;
//   - a professional association's dotted form after a comma
//     ("PIEDMONT HERITAGE PATHOLOGY, P.A.", "…, P.C.", "…, L.L.C.").
func (a *analysis) extendOrgTail49(c cand) {
	n := len(a.toks)
	k := a.firstTokenFrom(c.e)
	if k+1 >= n || a.toks[k].nl {
		return
	}
	if a.isWord(k) && a.toks[k].e-a.toks[k].s == 2 && a.toks[k].gap == 1 && usStates[a.tokText(k)] {
		if e := k + 1; e >= n || a.toks[e].nl || a.isPunct(e, ",") || a.isPunct(e, "(") || a.isPunct(e, ";") || a.toks[e].gap >= 3 {
			a.add(c.s, int(a.toks[k].e), TypeOrganization, c.score, c.prio)
		}
		return
	}
	if !a.isPunct(k, ",") || a.toks[k].gap != 0 {
		return
	}
	q := k + 1
	letters := 0
	for q+1 < n && a.toks[q].shape == shSingle && a.isPunct(q+1, ".") && a.toks[q+1].gap == 0 && (q == k+1 && a.toks[q].gap == 1 || q > k+1 && a.toks[q].gap == 0) {
		letters++
		q += 2
	}
	if letters < 2 || letters > 3 || q < n && !a.toks[q].nl && a.toks[q].gap == 0 {
		return
	}
	switch strings.ReplaceAll(strings.ToLower(a.text[a.toks[k+1].s:a.toks[q-1].e]), ".", "") {
	case "pa", "pc", "llc", "plc", "sc":
		a.add(c.s, int(a.toks[q-1].e), TypeOrganization, c.score, c.prio)
	}
}

// protectCodes49 makes code regions (codes43) of the clinical notations
// that other rules read as identifiers:
//   - an obstetric history ("G2P1001", "G3P2"): gravida and para;
//   - an age and sex glued under ninety ("67M presented with …");
//   - a visual acuity before its eye ("HOTV chart 20/25 OU", "6/9 OD"),
//     which a chart's label would take for its number.
func (a *analysis) protectCodes49() {
	n := len(a.toks)
	// (only where a rule read something: a region costs every
	// candidate a test)
	for _, p := range a.classToks(tcAlnum) {
		t := a.toks[p]
		l, c, z := t.e-t.s, a.text[t.s], a.text[t.e-1]
		if b2u(a.tokClaimed[p])&(b2u(c == 'G')&b2u(l >= 4)&b2u(l <= 9)|b2u(z == 'M' || z == 'F')&b2u(l <= 3)&b2u(isDigit(c))) == 0 {
			continue
		}
		if v := a.text[t.s:t.e]; c == 'G' && obstetric49(v) || c != 'G' && (l == 2 || isDigit(v[1]) && c < '9') {
			a.codes43 = append(a.codes43, [2]int{int(t.s), int(t.e)})
		}
	}
	if !a.hasPunct('/') {
		return
	}
	for _, p := range a.classToks('/') {
		k := int(p)
		if k < 1 || k+1 >= n {
			continue
		}
		// (a score over its maximum, round50.go: a maximum of two digits
		// ending in 0 from 1 or 3, or a "D" glued before; one branch)
		num, den := &a.toks[k-1], &a.toks[k+1]
		if dc := a.text[den.s]; b2u(den.e-den.s == 2 && a.text[den.s+1] == '0')&b2u(dc == '1' || dc == '3')|b2u(num.kind == kAlnum)&b2u(a.text[num.s] == 'D') != 0 {
			a.scoreAt50(k)
		}
		if k+2 >= n || a.text[a.toks[k+2].s] != 'O' || a.toks[k-1].kind != kNum || a.toks[k+1].kind != kNum || a.toks[k].gap != 0 || a.toks[k+1].gap != 0 || a.toks[k+2].nl || !a.claimedAt(k+1) {
			continue
		}
		switch a.tokText(k + 2) {
		case "OD", "OS", "OU":
			a.codes43 = append(a.codes43, [2]int{int(a.toks[k-1].s), int(a.toks[k+1].e)})
		}
	}
}

// obstetric49: v is a gravida-para notation: "G" and one or two digits,
// "P" and one to four digits ("G2P1001", "G10P3").
func obstetric49(v string) bool {
	i := 1
	for i < len(v) && i < 3 && isDigit(v[i]) {
		i++
	}
	if i == 1 || i >= len(v) || v[i] != 'P' {
		return false
	}
	j := i + 1
	for j < len(v) && isDigit(v[j]) {
		j++
	}
	return j > i+1 && j-i-1 <= 4 && j == len(v)
}

// drugInList49: the name c, one word, stands in a list of drugs ("on
// Allegra, Synthroid, Eliquis."): a drug's brand that is also a given
// name, after "on" or a drug and a comma, before a comma and a drug.
func (a *analysis) drugInList49(c cand) bool {
	n := len(a.toks)
	k := a.firstTokenFrom(c.s)
	if k < 2 || k+2 >= n || int(a.toks[k].e) != c.e || !a.isWord(k) || a.toks[k].shape != shTitle || a.toks[k].nl {
		return false
	}
	drug := func(q int) bool {
		return a.isWord(q) && !a.toks[q].nl && a.lexOf(q)&lxMedical != 0 && a.lexOf(q)&(lxGiven|lxName|lxPlace) == 0 && a.toks[q].e-a.toks[q].s >= 4
	}
	before := a.isWord(k-1) && (a.folded(k-1) == "on" || a.folded(k-1) == "takes" || a.folded(k-1) == "taking") ||
		a.isPunct(k-1, ",") && drug(k-2)
	after := a.isPunct(k+1, ",") && a.toks[k+1].gap == 0 && drug(k+2)
	return before && after
}

// eponymEquation49 (eponymPairRun): the hyphenated pair of names [i, j)
// names an equation or a device, not a person: in brackets right after
// a test's acronym ("LDL (Martin-Hopkins)", "CrCl (Cockcroft-Gault)"),
// after "calculated by" ("LDL calculated by Martin-Hopkins"), or before
// a device's verb ("Swan-Ganz not placed", "… removed").
func (a *analysis) eponymEquation49(i, j int) bool {
	n := len(a.toks)
	if i >= 2 && a.isPunct(i-1, "(") && a.toks[i].gap == 0 && a.isWord(i-2) && (a.toks[i-2].shape == shUpper || a.toks[i-2].shape == shMixed) && a.toks[i-2].e-a.toks[i-2].s <= 6 &&
		j < n && a.isPunct(j, ")") {
		return true
	}
	if i >= 2 && a.isWord(i-1) && a.folded(i-1) == "by" && a.isWord(i-2) && (a.folded(i-2) == "calculated" || a.folded(i-2) == "estimated" || a.folded(i-2) == "calculado" || a.folded(i-2) == "estimado") {
		return true
	}
	if j < n && a.isWord(j) && !a.toks[j].nl && a.toks[j].shape == shLower {
		g := a.folded(j)
		if g == "not" && j+1 < n && a.isWord(j+1) {
			g = a.folded(j + 1)
		}
		switch g {
		case "placed", "inserted", "removed", "floated", "wedged":
			return true
		}
	}
	return false
}

// countedParts49 are the parts of the body an anatomy counts by
// ordinals (with the medical words: "the 2nd and 3rd metatarsal
// shafts", "the 4th and 5th ribs").
var countedParts49 = set(`ribs rib digits digit fingers finger toes toe metatarsals metacarpals vertebrae molars premolars ventricles`)

// procedure49: f names a surgical procedure or technique ("…ectomia",
// "…plastia", "anastomose", "técnica"), after which "à <Name>" is the
// author's way, an eponym.
func procedure49(f string) bool {
	switch f {
	case "cirurgia", "tecnica", "operacao", "anastomose", "reconstrucao", "gastrectomia", "procedimento":
		return true
	}
	for _, x := range []string{"ectomia", "tomia", "stomia", "plastia", "rafia", "pexia", "ectomy", "plasty"} {
		if strings.HasSuffix(f, x) {
			return true
		}
	}
	return false
}

// detectLineNames49 reads names at the lines' starts:
//   - a patient's banner line that opens with "Surname, Given [I.]"
//     before a field's separator and an identifier's label ("Alder, Ray
//     T.  |  MRN E-00291844  |  DOB …", "Okafor, Ada     MRN 553201"):
//     the surname no common or cue word, the given name a listed one
//     (bannerName49);
//   - a given name before its role in brackets (roleParenName49).
func (a *analysis) detectLineNames49() {
	n := len(a.toks)
	for _, li := range a.lineStarts {
		i := int(li)
		if i+3 >= n {
			break
		}
		ch := a.toks[i+1].ch
		if b2u(ch == ',')|b2u(ch == '(') == 0 {
			continue
		}
		if ch == ',' {
			a.bannerName49(i)
		} else {
			a.roleParenName49(i)
		}
	}
}

// bannerName49: see detectLineNames49.
func (a *analysis) bannerName49(i int) {
	n := len(a.toks)
	if a.toks[i+1].gap != 0 || !a.isWord(i) || a.toks[i].shape != shTitle && a.toks[i].shape != shUpper {
		return
	}
	g := i + 2
	if !a.isWord(g) || a.toks[g].nl || a.toks[g].gap != 1 || a.toks[g].shape != a.toks[i].shape || a.lexOf(g)&lxGiven == 0 ||
		a.lexOf(g)&(lxStop|lxMonth|lxMedical|lxCred) != 0 || a.lexOf(i)&(lxStop|lxMonth|lxCred|lxOrgHead|lxLabel|lxRegion) != 0 || a.lexOf(i)&(lxMedical|lxName) == lxMedical || a.claimedAt(i) {
		return
	}
	e := g + 1
	if e+1 < n && a.toks[e].shape == shSingle && a.toks[e].gap == 1 && !a.toks[e].nl {
		e++
		if a.isPunct(e, ".") && a.toks[e].gap == 0 {
			e++
		}
	}
	if e+1 >= n || a.toks[e].nl {
		return
	}
	k := e
	if a.isPunct(k, "|") && a.toks[k].gap >= 1 {
		k++
	} else if a.toks[k].gap < 3 {
		return
	}
	if k >= n || a.toks[k].nl || !a.isWord(k) || a.lexOf(k)&lxLabel == 0 && a.cue(k)&(cuIDWord|cuIDMRN) == 0 && a.folded(k) != "dob" {
		return
	}
	a.add(int(a.toks[i].s), int(a.toks[e-1].e), TypeName, 0.85, pName)
}

// roleParenName49 reads a given name at a line's start before its
// role in brackets, signing or speaking ("Joy (triage tech) / D.
// Marchetti, RN", "tasha (charge): …"): a listed given name (a common
// word too, the role vouching for it) and one or two role words.
func (a *analysis) roleParenName49(i int) {
	n := len(a.toks)
	if a.toks[i+1].gap != 1 || a.toks[i+1].nl || !a.isWord(i) || a.claimedAt(i) {
		return
	}
	x := a.lexOf(i)
	if x&lxGiven == 0 || x&(lxStop|lxMonth|lxMedical|lxCred|lxTitle|lxRelation) != 0 || a.toks[i].shape == shUpper {
		return
	}
	k := i + 2
	roles := 0
	for k < n && k < i+5 && a.isWord(k) && !a.toks[k].nl {
		if chatRoleWords[a.folded(k)] || a.isCredAt(k) || triageRoles49[a.folded(k)] {
			roles++
		}
		k++
	}
	if roles == 0 || k >= n || !a.isPunct(k, ")") || k+1 < n && !a.toks[k+1].nl && !(a.isPunct(k+1, "/") || a.isPunct(k+1, ":") || a.isPunct(k+1, ",") || a.spacedDash(k+1) || a.timeColon50(k+1)) {
		return
	}
	a.add(int(a.toks[i].s), int(a.toks[i].e), TypeName, 0.8, pName)
}

// triageRoles49 are roles written in brackets after a staff member's
// given name besides chatRoleWords ("(triage tech)", "(unit clerk)").
var triageRoles49 = set(`triage clerk secretary scribe medic emt paramedic registrar coordinator cna lpn aide`)

// speakerCore49 (detectRepeatedSpeakers): the label [i, e) is a title and
// a name ("dr ng", "Dra. Yasmin") or a name and its role in brackets
// ("tasha (charge)"); it returns the name's tokens [s, e2), or -1. A
// title vouches for a short name in lower case that no list knows.
func (a *analysis) speakerCore49(i, e int) (int, int) {
	if b2u(e-i >= 3)&b2u(a.toks[e-1].ch == ')')|b2u(e-i >= 2)&b2u(a.lexOf(i)&lxTitle != 0) == 0 {
		return -1, -1
	}
	s, e2 := i, e
	if e2-s >= 3 && a.isPunct(e2-1, ")") {
		p := e2 - 2
		for p > s && a.isWord(p) && (a.toks[p].shape == shLower || chatRoleWords[a.folded(p)]) {
			p--
		}
		if p == s || !a.isPunct(p, "(") || e2-2-p > 2 || e2-2 == p {
			return -1, -1
		}
		e2 = p
	}
	titled := false
	if e2-s >= 2 && a.isWord(s) && a.lexOf(s)&lxTitle != 0 {
		s++
		if a.isPunct(s, ".") && e2-s >= 2 {
			s++
		}
		titled = true
	}
	if s == i && e2 == e {
		return -1, -1
	}
	if a.speakerName(s, e2) {
		return s, e2
	}
	if titled && e2 == s+1 && a.isWord(s) && a.toks[s].e-a.toks[s].s >= 2 && a.lexOf(s)&(speakerBad|lxCommon) == 0 {
		return s, e2
	}
	return -1, -1
}

// detectAnsweredNames49 reads the name a chat's message gives when the
// one before asked for it ("dr ng: me. name/mrn?⏎tasha: ruth ann
// pickering 00662174."): after the next line's speaker and colon, two to
// four words the name lists know (in any case), up to a number or the
// clause's end; the record's number after it is the MRN asked for.
func (a *analysis) detectAnsweredNames49() {
	n := len(a.toks)
	for _, p := range a.classToks('?') {
		q := int(p)
		if q < 1 || q+1 >= n || !a.toks[q+1].nl {
			continue
		}
		asked, mrn := false, false
		for k := q - 1; k >= 0 && k >= q-4; k-- {
			if a.isWord(k) {
				switch a.folded(k) {
				case "name", "nome":
					asked = true
				case "mrn", "prontuario":
					mrn = true
				}
			}
			if a.toks[k].nl {
				break
			}
		}
		if !asked {
			continue
		}
		k := q + 1
		for k+1 < n && k < q+8 && !(a.isPunct(k, ":") && a.toks[k+1].gap > 0) && (k == q+1 || !a.toks[k].nl) {
			k++
		}
		k++
		if k >= n || a.toks[k].nl || !a.isWord(k) {
			continue
		}
		e := k
		for e < n && e < k+4 && a.isWord(e) && !a.toks[e].nl && (e == k || a.toks[e].gap == 1) &&
			a.lexOf(e)&(lxGiven|lxName) != 0 && a.lexOf(e)&(lxStop|lxMedical|lxMonth|lxCred|lxTitle|lxRelation) == 0 {
			e++
		}
		if e-k < 2 || e < n && !a.toks[e].nl && !(a.toks[e].kind == kNum || a.isPunct(e, ",") || a.isPunct(e, ".")) {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
		if mrn && e < n && a.toks[e].kind == kNum && a.toks[e].e-a.toks[e].s >= 6 && !a.toks[e].nl {
			a.add(int(a.toks[e].s), int(a.toks[e].e), TypeMRN, 0.8, pLabeled)
		}
	}
}

// ptLead49 (skipLeads44) passes over a Portuguese sentence's first common
// word and its "de" before the name the run [i, …) holds: "Ligação de
// Osmar Guilherme Lacerda"; it returns the name's first token.
//
//go:noinline
func (a *analysis) ptLead49(i int) int {
	if a.toks[i].shape == shTitle && a.lexOf(i)&(lxCommon|lxGiven|lxName|lxPlace) == lxCommon && a.isWord(i+1) && a.lexOf(i+1)&lxParticle != 0 && a.capShape(i+2) && a.sentenceStart(i) {
		return i + 2
	}
	return i
}
