package phi

import (
	"slices"
	"strings"
)

// Person names. Runs of name-shaped tokens are found after cues (titles,
// labels, relations, greetings, signatures), before cues (credentials,
// ages, "DOB"), or on their own when the name lists vouch for them; names
// found once are then propagated to their other mentions in the text.

type runOpts struct {
	lower  bool // accept listed names written in lower case
	anyLow bool // the first token may be a listed name that is also a common word
	nl     bool // may cross a line break
	wide   int  // largest gap (in spaces) inside the run
	maxTok int
}

// nameRun returns the end (exclusive) of the name-shaped run that starts at
// token i; i itself if there is none.
func (a *analysis) nameRun(i int, o runOpts) int {
	if o.maxTok == 0 {
		o.maxTok = 6
	}
	if o.wide == 0 {
		o.wide = 1
		if a.ocr {
			o.wide = 2
		}
	}
	j, last, words := i, i, 0
	lowPrev := false
	for j < len(a.toks) && words < o.maxTok {
		t := a.toks[j]
		if j > i && (t.nl && !o.nl || int(t.gap) > o.wide) {
			break
		}
		if a.isClaimed(t) {
			break
		}
		if t.kind == kWord {
			ok, apos := false, false
			switch {
			case a.capShape(j):
				ok = t.shape != shSingle || !a.spelledCredAfter(i, j)
			case j > i+1 && a.isPunct(j-1, "-") && t.gap == 0 && a.toks[j-1].gap == 0 && t.shape == shLower && t.e-t.s >= 2 && t.e-t.s <= 5 && a.capShape(j-2) &&
				a.lexOf(j)&(lxCommon|lxStop|lxMedical) == 0 && a.lexOf(j-2)&(lxCommon|lxStop|lxMedical|lxRegion) == 0:
				// the lower-case half of a hyphenated given name: "Hyun-soo", "Soo-ah"
				ok = true
			case a.lexOf(j)&lxParticle != 0 && j > i:
				// "da", "dos", "van" only between name words; "van der",
				// "de la", "van den" as a pair (but "e" between two given
				// names joins two people: "Gabriel e Rafael", round42.go)
				ok = j+1 < len(a.toks) && !a.toks[j+1].nl && !a.twoGiven42(j) && (a.capShape(j+1) || o.lower && a.lowerName(j+1) ||
					a.isWord(j+1) && a.lexOf(j+1)&lxParticle != 0 && a.toks[j+1].shape == shLower && j+2 < len(a.toks) && !a.toks[j+2].nl && a.capShape(j+2))
			case j > i && a.folded(j) == "st" && a.toks[j].shape == shTitle && j+2 < len(a.toks) && a.isPunct(j+1, ".") && a.toks[j+1].gap == 0 &&
				a.capShape(j+2) && !a.toks[j+2].nl && a.toks[j+2].gap == 1 && a.lexOf(j+2)&(lxOrgHead|lxStop|lxMedical) == 0:
				// "Lorenzo St. Clair": a saint's name as a surname
				ok = true
			case j > i+1 && a.isPunct(j-1, "'") && t.gap == 0 && a.toks[j-1].gap == 0 && t.shape == shLower && t.e-t.s >= 3 && a.capShape(j-2):
				// "Fa'asalele", "Ka'ahumanu": an apostrophe inside a surname
				// (not a contraction: the part after it is three letters or more)
				ok, apos = true, true
			case o.lower && a.lowerName(j):
				ok = true
			case o.lower && t.e-t.s == 1 && j+2 < len(a.toks) && a.isPunct(j+1, ".") && a.toks[j+1].gap == 0 && a.isWord(j+2):
				// "k. brooks": a lower-case initial
				j += 2
				last = j
				lowPrev = true
				continue
			case o.anyLow && j == i && a.lexOf(j)&(lxGiven|lxName) != 0 && a.lexOf(j)&(lxStop|lxCred|lxParticle) == 0 && t.e-t.s >= 3 && !nameFunctionWords[a.folded(j)]:
				ok = true
			case o.anyLow && j == i && a.unknownWord(j) && t.e-t.s >= 4:
				ok = true // "my aunt roshonda's" (the caller vouches for it)
			case o.lower && j > i && t.gap <= 1 && lowPrev && a.lexOf(j)&(lxGiven|lxName) != 0 && a.lexOf(j)&(lxStop|lxCred|lxParticle|lxGreet) == 0 && !nameFunctionWords[a.folded(j)]:
				ok = true // "kayla brooks", "k. brooks" (not a greeting: "dra helena bom dia", round 52)
			case o.lower && j > i && t.gap == 0 && a.lexOf(j)&(lxGiven|lxName) != 0:
				ok = true // "brooks" in "kayla brooks-mendez"
			}
			if !ok {
				break
			}
			lowPrev = t.shape == shLower && !apos
			j++
			words++
			if a.lexOf(j-1)&lxParticle == 0 || j-1 > i && a.credSurname(j-1) {
				last = j
			}
			// initials: "J." and "O'"
			if j+1 < len(a.toks) && a.folded(j-1) == "st" && a.toks[j-1].shape == shTitle && j-1 > i && a.isPunct(j, ".") && a.toks[j].gap == 0 && a.capShape(j+1) {
				j++ // the dot of "St. Clair"
			}
			// (OCR spaces the dot off: "Daniela  R .  Teles")
			if j < len(a.toks) && a.toks[j-1].shape == shSingle && a.isPunct(j, ".") && (a.toks[j].gap == 0 || a.ocr && a.toks[j].gap == 1 && a.toks[j-1].shape == shSingle && a.text[a.toks[j-1].s] >= 'A' && a.text[a.toks[j-1].s] <= 'Z') {
				j++
				last = j
			}
			continue
		}
		if t.kind == kPunct && j > i && t.gap == 0 && j+1 < len(a.toks) && a.toks[j+1].gap == 0 && a.toks[j+1].kind == kWord {
			c := a.tokText(j)
			if c == "-" || c == "'" || c == "’" {
				j++
				continue
			}
		}
		// a nickname in quotes inside the name: FRANCISCO DE ASSIS "CHICO" TAVARES
		if t.kind == kPunct && j > i && t.gap == 1 && j+2 < len(a.toks) && (a.tokText(j) == "\"" || a.tokText(j) == "“") &&
			a.isWord(j+1) && a.toks[j+1].gap == 0 && a.capShape(j+1) && a.lexOf(j+1)&(lxStop|lxMedical|lxMonth|lxLabel|lxCred) == 0 &&
			(a.isPunct(j+2, "\"") || a.isPunct(j+2, "”")) && a.toks[j+2].gap == 0 {
			j += 3
			words++
			last = j
			if j < len(a.toks) && a.isWord(j) && !a.toks[j].nl && a.toks[j].gap == 1 && a.capShape(j) && a.lexOf(j)&(lxStop|lxLabel|lxMedical|lxMonth) == 0 {
				continue
			}
			break
		}
		break
	}
	return last
}

// morphCommon: a capitalised word in no list at all that is common only
// because the Portuguese suffix rules derive it from a listed stem.
func (a *analysis) morphCommon(k int) bool {
	return a.pt && a.toks[k].shape == shTitle && a.raws[k]&(vfEN|vfPT|lxGiven|lxName|lxMedical|lxPlace) == 0 && a.lexOf(k)&^lxCommon == 0 && a.lexOf(k) != 0
}

// credSurname: a capitalised particle before a comma and a credential is
// a surname ("Priya Das, RN", "Lúcia Dos, enf.").
func (a *analysis) credSurname(k int) bool {
	return a.toks[k].shape == shTitle && k+2 < len(a.toks) && a.isPunct(k+1, ",") && a.toks[k+1].gap == 0 && a.isWord(k+2) && !a.toks[k+2].nl && a.lexOf(k+2)&lxCred != 0
}

// lowerName: a lower-case token that is a listed name and not a common word.
func (a *analysis) lowerName(i int) bool {
	if i < 0 || i >= len(a.toks) || a.toks[i].kind != kWord {
		return false
	}
	x := a.lexOf(i)
	if x&(lxGiven|lxName) == 0 || x&(lxCommon|lxStop|lxMedical|lxCred|lxParticle|lxMonth) != 0 || a.toks[i].e-a.toks[i].s < 3 {
		return false
	}
	// Portuguese verb forms and short words in lower case ("mora", "tem")
	if a.pt && (x&lxGiven == 0 && a.toks[i].e-a.toks[i].s <= 3 || a.v.ptDerived(a.folded(i))) {
		return false
	}
	return true
}

// trimRun drops cue words from the ends of a run.
func (a *analysis) trimRun(i, j int) (int, int) {
	for i < j && a.toks[i].kind == kWord {
		if (a.toks[i].shape == shSingle || a.toks[i].e-a.toks[i].s == 1) && i+1 < j && a.isPunct(i+1, ".") {
			break // an initial
		}
		if i+1 < j && a.toks[i+1].gap == 0 && a.isPunct(i+1, "-") {
			break // "Sun-Hee"
		}
		x := a.lexOf(i)
		// a capitalised particle that is also a given name starts the name
		// ("Della Whitford", "Van Morrison")
		givenParticle := x&lxParticle != 0 && x&lxGiven != 0 && a.toks[i].shape == shTitle && x&(lxGreet|lxTitle) == 0 && i+1 < j ||
			// "DE LA CRUZ, ROSARIO": a capitalised particle opening a
			// surname written first (or "Le Thi Mai": viFamily48)
			x&lxParticle != 0 && a.toks[i].shape != shLower && (a.commaBefore(i, j) || a.viFamily48(i, j))
		// (a unit in capitals before a credential is no given name, even
		// when it spells one: "ED RN Jody", "OR RN Cass")
		unitCred := x&lxStop != 0 && a.toks[i].shape == shUpper && i+2 < j && a.toks[i+1].shape == shUpper && a.lexOf(i+1)&lxCred != 0
		// ("Deputy County Attorney Jae Park": the post before the name)
		// (the flag before the maps: most runs open with a given name)
		post := a.toks[i].shape == shTitle && i+1 < j && x&lxGiven == 0 && localOrOffice47(a.folded(i)) || x&(lxRelation|lxStop|lxGiven) == lxRelation|lxStop|lxGiven && a.en && a.relationLead44(i, j) // (and "Son Anthony", round44.go)
		// (or a unit's acronym before a rank, last: "CIT Officer M. Baca")
		if !givenParticle && (x&(lxGreet|lxTitle|lxParticle) != 0 || x&lxNameLabel != 0 && x&lxGiven == 0 || a.isLabelWord(i) && x&lxGiven == 0 || (x&(lxStop|lxCred) != 0 && x&lxGiven == 0) || unitCred || post ||
			a.toks[i].shape == shUpper && i+2 < j && x&(lxGiven|lxName) == 0 && a.toks[i+1].shape == shTitle && a.cue(i+1)&cuTitle != 0 && !a.toks[i+1].nl) {
			i++
			if i < j && a.isPunct(i, ".") {
				i++
			}
			continue
		}
		break
	}
	for j > i {
		k := j - 1
		if a.toks[k].kind == kPunct {
			if a.tokText(k) == "." && k > i && a.toks[k-1].shape == shSingle {
				break
			}
			j--
			continue
		}
		if a.cue(k)&cuNameSuffix != 0 && k > i && a.toks[k-1].kind == kWord {
			break
		}
		// a specialist after the name: "Dr. Renan Pediatra"
		if k > i && a.toks[k].shape == shTitle && a.lexOf(k)&(lxGiven|lxName|lxMedical) == lxMedical && specialistNoun(a.folded(k)) {
			j--
			continue
		}
		// (a listed surname that is also a stop word before a comma and a
		// credential stays: "L. Domingo, PA-C"; so does the surname after
		// "O'" or "D'", whatever the lists say: "Dr. O'Dea", round42.go)
		if a.lexOf(k)&lxParticle != 0 && !(k > i && a.credSurname(k)) || a.lexOf(k)&lxCred != 0 && a.toks[k].shape != shTitle ||
			a.lexOf(k)&lxStop != 0 && a.lexOf(k)&lxGiven == 0 && !(k > i && a.lexOf(k)&lxName != 0 && a.credSurname(k)) && !a.apostropheSurname42(i, k) {
			j--
			continue
		}
		// a state after a town in capitals: "BOONE  NC"
		if k > i && a.toks[k].shape == shUpper && a.toks[k].gap > 0 && a.toks[k].e-a.toks[k].s == 2 && usStates[a.tokText(k)] &&
			(a.lexOf(k-1)&lxGiven == 0 || k+1 >= len(a.toks) || a.toks[k+1].nl || a.toks[k+1].kind == kNum) {
			j--
			continue
		}
		// a lower-case word that is no given name ends a lower-case name
		// before it: "ana júlia ta com febre"
		if k > i && a.toks[k].shape == shLower && a.lexOf(k)&lxCommon != 0 && a.lexOf(k)&lxGiven == 0 {
			j--
			// ("will go": a common word left alone is no name either)
			if j == i+1 && a.toks[i].shape == shLower && a.lexOf(i)&lxCommon != 0 {
				return i, i
			}
			continue
		}
		break
	}
	return i, j
}

// runEvidence counts what the lists say about the words of a run.
func (a *analysis) runEvidence(i, j int) (strong, weak, unknown, bad, words int) {
	for k := i; k < j; k++ {
		if a.toks[k].kind != kWord || a.lexOf(k)&lxParticle != 0 && a.toks[k].shape == shLower {
			continue
		}
		words++
		switch {
		case a.toks[k].shape == shSingle:
			// initials are neutral
		case a.toks[k].shape == shUpper && a.toks[k].e-a.toks[k].s <= 3 && a.lexOf(k)&(lxCommon|lxStop|lxMedical|lxCred|lxRegion|lxOrgHead) == 0:
			unknown++ // "KT", "JTR"
		case a.nameStrong(k):
			strong++
		case a.unknownWord(k):
			unknown++
		case a.nameWeak(k) && !a.nonName(k):
			weak++
		case a.nameWeak(k):
			weak++
			if a.lexOf(k)&(lxMedical|lxStop|lxMonth|lxOrgHead) != 0 {
				bad++
			}
		default:
			bad++
		}
	}
	return
}

func (a *analysis) emitName(i, j int, score float64, prio int) {
	i, j = a.trimRun(i, j)
	if i >= j {
		return
	}
	// a chat sender's service after the given name is no surname:
	// "Renata Vigilância:" (round 45)
	if j-i >= 2 && j < len(a.toks) && a.toks[j].ch == ':' && teamWords45[a.folded(j-1)] {
		j--
	}
	// nor the pronoun of a contraction after it ("tell Mia I'm sorry",
	// round 53)
	if j-i >= 2 && a.toks[j-1].shape == shSingle && a.iContraction53(j-1) {
		j--
	}
	// nor a social worker's "SW" before the given name, nor a bed's
	// letter after its number ("Rm 204-B Ida Marsh", round 45)
	if j-i >= 2 && (a.toks[i].shape == shUpper && a.folded(i) == "sw" && a.lexOf(i+1)&lxGiven != 0 ||
		a.toks[i].shape == shSingle && i > 1 && a.toks[i].gap == 0 && a.toks[i-1].ch == '-' && a.toks[i-1].gap == 0 && a.toks[i-2].kind == kNum) {
		i++
	}
	// two parties of a case joined by "v." are two names ("Hollis v.
	// Hollis", round 49)
	if j-i >= 4 {
		if m := a.versusIn49(i, j); m > 0 {
			a.emitName(i, m, score, prio)
			a.emitName(m+2, j, score, prio)
			return
		}
	}
	// one token that cannot be a name: a Brazilian state after a slash
	// ("SSP/DF", "São Gonçalo/RJ") or a lower-case function word
	if a.en && a.contraction(i, j) {
		return // "I'll", "Didn't": a verb's contraction, not "O'Neil"
	}
	// two people joined by "e" are two names ("Aline Matsumoto e Fábio
	// Prado", round 46; "… de Souza e Silva" is one)
	if a.pt && j-i >= 3 {
		if m := a.conjunctionSplit46(i, j); m > 0 {
			a.emitName(i, m, score, prio)
			a.emitName(m+1, j, score, prio)
			return
		}
	}
	if i = a.skipLeads44(i, j); i >= j || a.productRun(i, j) {
		return // "2011 Buick LaCrosse", "(Abbott Gallant VR, serial …)"
	}
	// a Portuguese article opening the sentence is no initial: "A Neide
	// confirmou", "O assistido, CPF …" (round 50)
	if a.pt && a.toks[i].shape == shSingle && a.ptArticle50(i) {
		if i++; i >= j {
			return
		}
	}
	if a.eponymPairRun(i, j) || prio == pDictName && a.allMedical44(i, j) || j-i == 2 && a.demonymPair54(i) {
		return // "per Schmitt-Thompson adult fall protocol", "CrCl (Cockcroft-Gault, …)" (round44.go); "Ashkenazi Jewish" (round54.go)
	}
	if a.toks[j-1].shape == shSingle && a.designation46(i, j) {
		if j--; i >= j {
			return // "Patient A:", "Twin B", "Baby Girl Halvorsen A" (round 46)
		}
	}
	if j == i+1 {
		t := a.toks[i]
		if a.en && a.tokText(i) == "I" || t.shape == shUpper && a.timeSuffix44(i) {
			return // the pronoun: "my name is Tavita Smith and I need"; "10:17 AM"
		}
		if a.pt && a.folded(i) == "deus" && !(i > 0 && a.isWord(i-1) && a.folded(i-1) == "de") {
			return // God ("glória a Deus"), not "Maria de Deus"
		}
		if t.shape == shUpper && t.e-t.s == 2 && brStates[a.tokText(i)] && i > 0 && a.isPunct(i-1, "/") {
			return
		}
		if t.shape == shLower && a.lexOf(i)&lxStop != 0 && a.lexOf(i)&(lxGiven|lxName) == 0 {
			return
		}
		if a.speakerTurn(i) && a.turnOpener(i) {
			return // "DR: Perfect.", "PATIENT: Yeah, …", "Dra.: Tá bom."
		}
		if a.loneNonName49(i) {
			return // "Responda SIM", "Senior CRA" (round49.go)
		}
		if t.e-t.s >= 8 && t.shape != shLower && partyWords53[a.folded(i)] || t.e-t.s <= 5 && t.shape == shTitle && a.en && determiners[a.folded(i)] {
			return // "… v. Defendants: …", a party's label; "The phone we have is …" (round53.go)
		}
	}
	a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeName, score, prio)
}

// contraction: the run [i,j) is an English contraction, a word, an
// apostrophe and its tail ("I'll", "Didn't", "We're"), read as a name
// when it opens a sentence. A name's apostrophe takes a capital after it
// ("O'Neil", "D'Arcy"), so the lower-case tails below are safe.
func (a *analysis) contraction(i, j int) bool {
	if j < i+1 || j > i+3 {
		return false
	}
	k := i + 1
	if k+1 >= len(a.toks) || !(a.isPunct(k, "'") || a.isPunct(k, "’")) || a.toks[k].gap != 0 || a.toks[k+1].gap != 0 || !a.isWord(k+1) {
		return false
	}
	if j != i+1 && j != k+2 {
		return false
	}
	switch a.tokText(k + 1) {
	case "t":
		f := a.folded(i)
		return len(f) >= 3 && f[len(f)-1] == 'n' && a.lexOf(i)&lxGiven == 0
	case "ll", "re", "ve", "m", "d":
		return a.tokText(i) == "I" || a.lexOf(i)&(lxCommon|lxStop) != 0 && a.lexOf(i)&lxGiven == 0
	}
	return false
}

// speakerTurn: token i opens the text after a speaker's label in a
// transcript or chat ("DR: …", "[00:01:20] PATIENT: …", "Dra.: …"): up
// to three words and a colon starting the line or following a
// timestamp's bracket. What follows the label is a sentence, so its first
// word is capitalised for that reason, not because it is a name.
func (a *analysis) speakerTurn(i int) bool {
	if i < 2 || a.ocr || !a.isPunct(i-1, ":") || a.toks[i].nl || a.toks[i-1].nl {
		return false
	}
	words := 0
	for k := i - 2; k >= 0 && k > i-8; k-- {
		t := a.toks[k]
		switch {
		case t.kind == kWord:
			words++
			if words > 3 {
				return false
			}
		case a.isPunct(k, ".") || a.isPunct(k, "(") || a.isPunct(k, ")"):
		default:
			return words > 0 && !t.nl && (a.isPunct(k, "]") || a.spacedDash(k))
		}
		if k == 0 || t.nl {
			return words > 0
		}
	}
	return false
}

// turnOpener: word i, opening a speaker's turn, is an ordinary word
// starting a sentence ("Perfect.", "Yeah, yeah", "Some. I sat", "With
// stops every hour", "A senhora fez", "I'll"): a common or function
// word that is no listed given name, followed by the sentence's
// punctuation or a lower-case word. A surname-first field ("Patient:
// Young, Robert") and a capitalised run are left alone.
func (a *analysis) turnOpener(i int) bool {
	x := a.lexOf(i)
	if x&lxGiven != 0 || x&(lxCommon|lxStop) == 0 {
		return false
	}
	n := len(a.toks)
	if i+1 >= n || a.toks[i+1].nl {
		return false
	}
	nx := i + 1
	switch {
	case a.isPunct(nx, ","):
		return !(nx+1 < n && a.capShape(nx+1) && !a.toks[nx+1].nl)
	case a.isPunct(nx, ".") || a.isPunct(nx, "!") || a.isPunct(nx, "?") || a.isPunct(nx, "'") || a.isPunct(nx, "’"):
		return true
	case a.isWord(nx):
		return a.toks[nx].shape == shLower && a.toks[nx].gap == 1
	}
	return false
}

// Label words that introduce a name ("Patient:", "Dictated by").
var nameLabels = set(`patient pt paciente name nome claimant caller attending pcp ordering
	referring prescriber provider physician reviewer mro collector adjuster submitter mother
	father infant guardian contact contato acompanhante cuidadora cuidador usuario usuaria
	solicitante responsavel sonographer signed signature circulante filiacao mae pai beneficiario beneficiaria
	titular assinatura medico medica enfermeiro enfermeira tecnico tecnica surgeon anesthesiologist
	resident fellow nurse midwife therapist counselor technologist tech author autor executante
	requisitante plantonista preceptor residente supervisor re to from cc de para donor member
	interessado requerente parent declarante recebido atendente operador operadora agent atendida
	atendido rn lpn np cliente pcte pct assinado informant informante social civil assistant scribe interpreter interprete witness testemunha
	profissional terapeuta fonoaudiologa fonoaudiologo fisioterapeuta psicologa psicologo nutricionista supervising supervisor cosigner cosigned preceptora cytotechnologist cytotech screener
	encaminhado encaminhada victim vitima periciando periciado periciada equipe crew socorrista
	condutor escrivao escriva witness testemunha subscriber dependent dependente student aluno aluna
	acs ais aisan notificador notificadora agente athlete bystander caregiver regulador first last mi middle surname sobrenome prenome given
	autorizador autorizadora auditor auditora director diretor diretora
	crianca menor lactente party insured segurado segurada falecido falecida obito declarado
	oncoming offgoing outgoing incoming going coming employee tester asst ligou tarm
	dispatcher dispatch rep driver motorista doador doadora rph investigador investigadora investigator
	reclamante reclamado reclamada requerido requerida autora plaintiff defendant decedent respondent petitioner
	contacts contatos appellant inventariante curador curadora curatelado curatelada interditando interditanda exequente executado executada
	auxiliar perito perita escrevente
	utente deceased instituidor instituidora`)

// Generic words that may precede a newborn's or an unnamed patient's name.
var babyWords = set(`baby girl boy infant twin newborn female male unknown bebe menina menino recem-nascido rn gemeo gemea`)

// Beds and rooms used as the label of a patient line.
var bedWords = set(`leito bed quarto room rm box enfermaria apto`)

// rosterWords label a dialysis or infusion roster's lines like beds
// ("Chair 5 - …", "Máq 07 - …"); read only before a dash (rosterName).
var rosterWords = set(`chair cadeira poltrona maq maquina`)

// clergyTitles name a person after them even in lower case ("chaplain
// Ruth Abebe", "rabbi Klein"), as the courtesy titles do.
var clergyTitles = set(`chaplain rabbi imam pastor pastora reverend`)

// Multi-word label endings: "... by", "... por".
var byWords = set(`by por pela pelo`)

// Greetings and closings.
var greetWords = set(`hi hello hey dear oi ola prezado prezada caro cara querido querida bom boa ola`)
var closingWords = set(`sincerely thanks thank regards best cheers cordially respectfully yours
	abraco abracos abs att atenciosamente cordialmente obrigado obrigada grato grata saudacoes beijos bjs mahalo`)

// Roles written after a name: "Patrícia Yamamoto - psicóloga".
var roleAfterWords = set(`psicologa psicologo enfermeira enfermeiro medico medica radiologista dentista
	cirurgia-dentista cirurgia cirurgiao fisioterapeuta nutricionista farmaceutica farmaceutico
	assistente tecnica tecnico clinical claims reviewer specialist manager coordinator director
	counselor nurse physician pharmacist resident intern fellow attending plantonista`)

// Words that cannot start a name run after a cue ("Dr. on call").
func (a *analysis) detectNames() {
	n := len(a.toks)
	for i := 0; i < n; i++ {
		t := a.toks[i]
		// (every rule below wants a word that starts a line or a field — at
		// a line's start, after a wide gap or after '|', ']', ';' or '-' —
		// or a bed's word, or a word before "by" (nameLabelAt): the other
		// tokens go on at once, one branch in all, before the coin toss of
		// whether a token is a word; see b2u)
		var prev byte
		if i > 0 {
			prev = a.toks[i-1].ch
		}
		var byNext uint64
		if i+1 < n {
			byNext = a.cue(i+1) & cuBy
		}
		if b2u(i == 0)|b2u(t.nl)|b2u(t.gap >= 2)|b2u(prev == '|')|b2u(prev == ']')|b2u(prev == ';')|b2u(prev == '-')|
			b2u(a.cue(i)&cuBed != 0)|b2u(byNext != 0) == 0 {
			continue
		}
		if t.kind != kWord || a.claimedAt(i) {
			continue
		}
		// A roster's chair or machine: "Chair 5 - Ana Lima: …"
		if (i == 0 || t.nl) && a.cue(i)&cuRoster != 0 && i+3 < n && a.toks[i+1].kind == kNum && !a.toks[i+1].nl && a.rosterName(i+3) {
			continue
		}
		// A bed or room as the label: "Leito 301-A: Maria …", "Bed 12: …"
		if a.cue(i)&cuBed != 0 && (i == 0 || t.nl || t.gap >= 2 || a.isPunct(i-1, "|") || a.isPunct(i-1, "-")) {
			k := i + 1
			for k < n && k < i+5 && !a.toks[k].nl && (a.toks[k].kind == kNum || a.toks[k].kind == kAlnum || a.isPunct(k, "-") || a.toks[k].kind == kWord && a.toks[k].e-a.toks[k].s == 1) {
				k++
			}
			if k > i+1 && k < n && a.isPunct(k, ":") && k+1 < n && !a.toks[k+1].nl {
				a.captureLabeledName(k + 1)
				continue
			}
			if k > i+2 && k < n && a.rosterName(k) {
				continue
			}
		}
		// Name labels: "Patient: X", "Dictated by X".
		if le, ok := a.nameLabelAt(i); ok {
			a.captureLabeledName(le)
			continue
		}
		// a label word with no colon before a given name: "Parent Chidi
		// Okonkwo", "Victim Renata Szymanski"
		if (i == 0 || t.nl) && t.shape == shTitle && a.lexOf(i)&lxNameLabel != 0 && i+1 < n && a.isWord(i+1) && !a.toks[i+1].nl &&
			a.toks[i+1].gap == 1 && a.toks[i+1].shape == shTitle && a.lexOf(i+1)&lxGiven != 0 && a.lexOf(i+1)&(lxCommon|lxMedical|lxPlace|lxMonth) == 0 {
			a.captureLabeledName(i + 1)
		}
	}
	// (the words this loop takes are listed first, see nameWords; "go on
	// from token j" is p = nextWord(wl, p, j) - 1)
	wl := a.nameWords()
	for p := 0; p < len(wl); p++ {
		i := int(wl[p])
		t := a.toks[i]
		if a.abbrevLabelAt(i) {
			continue // "Nasc.:", "Tel.:" — a field label, not a name
		}
		lowStart := t.shape == shLower
		// (a word in no list right after a relative, closing the phrase, may
		// be a name: "my aunt roshonda's", "his son keanu,")
		relUnknown := lowStart && !a.pt && i > 0 && a.isWord(i-1) && a.lexOf(i-1)&lxRelation != 0 && a.unknownWord(i) && t.e-t.s >= 4 && !wordMorph(a.folded(i)) &&
			(i+1 >= n || a.toks[i+1].kind == kPunct || a.toks[i+1].nl) ||
			// "appt with dr oduya": a word in no list after a lower-case title
			lowStart && t.e-t.s >= 4 && i > 0 && a.isWord(i-1) && a.cue(i-1)&cuTitleInitial != 0 && titleInitialWords[a.tokText(i-1)] && a.unknownWord(i) && !wordMorph(a.folded(i)) ||
			// "(dr. okonjo)"
			lowStart && t.e-t.s >= 4 && i > 1 && a.isPunct(i-1, ".") && a.toks[i-1].gap == 0 && a.isWord(i-2) && a.cue(i-2)&cuTitleInitial != 0 && titleInitialWords[a.tokText(i-2)] && a.unknownWord(i) && !wordMorph(a.folded(i))
		if relUnknown {
			// with the rest of a hyphenated surname: "dr. mbeki-hartley"
			j := i + 1
			for j+1 < n && a.isPunct(j, "-") && a.toks[j].gap == 0 && a.isWord(j+1) && a.toks[j+1].gap == 0 {
				j += 2
			}
			a.emitName(i, j, 0.7, pName)
			p = nextWord(wl, p, j) - 1
			continue
		}
		if lowStart && a.lexOf(i)&(lxGiven|lxName) == 0 {
			continue // a lower-case word that is no listed name: nothing below can use it
		}
		// "tell nurse bettina", "a doula francielle": a role before a
		// lower-case listed given name, and a surname after it
		if lowStart && i > 0 && a.isWord(i-1) && a.cue(i-1)&cuRoleBefore != 0 && a.lexOf(i)&lxGiven != 0 && a.lexOf(i)&(lxStop|lxCommon|lxMedical|lxMonth) == 0 {
			j := i + 1
			if j < n && a.isWord(j) && a.toks[j].shape == shLower && !a.toks[j].nl && a.lexOf(j)&lxName != 0 && a.lexOf(j)&(lxStop|lxCommon|lxMedical) == 0 {
				j++
			}
			a.emitName(i, j, 0.75, pName)
			p = nextWord(wl, p, j) - 1
			continue
		}
		trig := a.triggerBefore(i)
		// "call his son marco", "a filha ana": a relation before a lower-case
		// given name, even one that is also a word
		// (a word that is also common or a month must end the phrase:
		// "his son marco 555…", not "his wife will come")
		// (after the relation's comma, a word before a common one is the
		// clause's verb: "(neta, mora em Guaianases)", round42.go)
		// (nor a verb no name takes: "mãe, mora na casa", round 45)
		if lowStart && trig == trigRelation && a.isPunct(i-1, ",") && i+1 < n && a.isWord(i+1) && a.toks[i+1].shape == shLower && a.lexOf(i+1)&(lxStop|lxCommon) != 0 && a.lexOf(i+1)&lxParticle == 0 ||
			lowStart && trig == trigRelation && a.pt && ptFunctionWords[a.folded(i)] {
			continue
		}
		relLow := lowStart && trig == trigRelation && a.lexOf(i)&lxGiven != 0 && a.lexOf(i)&(lxStop|lxMedical|lxCred) == 0 && t.e-t.s >= 3 && !a.verbForm44(i) &&
			(a.lexOf(i)&(lxCommon|lxMonth) == 0 || i+1 >= n || a.toks[i+1].kind != kWord || a.toks[i+1].nl || a.actsAfter(i+1) ||
				// "minha filha ana júlia": a second given name that is no word
				a.toks[i+1].shape == shLower && a.lexOf(i+1)&lxGiven != 0 && a.lexOf(i+1)&(lxCommon|lxStop|lxMedical|lxMonth) == 0 ||
				// or one that is, before what the person does: "meu filho
				// joão paulo vai me levar" (round 50)
				a.toks[i+1].shape == shLower && a.lexOf(i+1)&lxGiven != 0 && a.lexOf(i+1)&(lxStop|lxMedical|lxMonth) == 0 && i+2 < n && !a.toks[i+2].nl && a.isWord(i+2) &&
					(a.actsAfter(i+2) || a.pt && ptActs50(a.folded(i+2))))
		// ("hi, this is roberto trujillo": a listed given name after "this
		// is", "sou", "me chamo")
		verbLow := lowStart && trig == trigVerb && a.lexOf(i)&lxGiven != 0 && a.lexOf(i)&(lxCommon|lxStop|lxMedical|lxMonth) == 0 && !a.clauseVerb57(i)
		if lowStart && trig == trigTitle && a.isPunct(i-1, ",") {
			continue // "Doctor, when did you …": a title addressed (round 57)
		}
		if !(a.capShape(i) || a.lowerName(i) || lowStart && trig == trigTitle && a.lexOf(i)&(lxGiven|lxName) != 0 && a.lexOf(i)&lxStop == 0 || relLow || verbLow) {
			if lowStart && a.sentenceStart(i) && a.lexOf(i)&(lxGiven|lxName) != 0 {
				// "will tran is a 27 yo M": a lower-case name before an age
				o := runOpts{lower: true, anyLow: true, maxTok: 3}
				if j := a.nameRun(i, o); j > i+1 && a.triggerAfter(j) != 0 {
					a.emitName(i, j, 0.8, pName)
					p = nextWord(wl, p, j) - 1
				}
			}
			continue
		}
		if trig == trigClosing && a.capShape(i) && a.lexOf(i)&lxGiven != 0 && t.shape != shUpper {
			// a signature line under "Atenciosamente,": read as after a
			// label ("Lívia Carvalhal Duarte", a surname that is a word)
			// (or before its post after a spaced dash: "Rebeca Tourinho -
			// Auditoria Médica - CRM-BA …", round 50)
			if j := a.nameRun(i, runOpts{lower: true, wide: 1}); j > i+1 && (a.lineOnly(i, j) || a.toks[i].nl && j+1 < len(a.toks) && a.spacedDash(j) && !a.toks[j].nl) {
				if ri, rj := a.trimRun(i, j); ri == i && rj == j {
					strong, weak, unknown, bad, words := a.runEvidence(ri, rj)
					// (a surname in no list that only an inflection's rule
					// reads as a word, "Tourinho", is an unknown one, round 50)
					m := a.morphOnly50(ri, rj)
					if words >= 2 && words <= 5 && strong+unknown+weak+m > bad-m {
						a.emitName(ri, rj, 0.9, pName)
						p = nextWord(wl, p, j) - 1
						continue
					}
				}
			}
		}
		relOf := i >= 2 && a.isWord(i-1) && (a.folded(i-1) == "de" || a.folded(i-1) == "da" || a.folded(i-1) == "do") && a.isWord(i-2) &&
			(kinWords[a.folded(i-2)] || a.pt && a.folded(i-2) == "rn") // "filho de", "RN de" (a newborn)
		// (or after a profession's short form in lower case: "com a fisio
		// Tainara", round 50)
		if (trig == trigRelation || relOf || a.pt && i > 0 && a.toks[i-1].shape == shLower && a.toks[i].shape == shTitle && !a.toks[i].nl && a.isWord(i-1) && profAbbr50(a.folded(i-1))) && a.properCommon(i) {
			// "minha esposa Cida", "filho de Tainara Cruz dos Santos": a
			// capitalised common word after a relative starts a name, alone
			// or before listed name words
			j := i + 1
			if j < n && a.capShape(j) && !a.toks[j].nl && a.toks[j].gap == 1 {
				if k := a.nameRun(j, runOpts{lower: true}); k > j {
					if strong, _, _, bad, _ := a.runEvidence(j, k); strong >= 1 && bad < strong {
						j = k
					}
				}
			}
			if j == i+1 && i+1 < n && a.capShape(i+1) && !a.toks[i+1].nl {
				continue // "Maria Auxiliadora Hospital" and the like: leave it to the rules below
			}
			a.emitName(i, j, 0.7, pName)
			p = nextWord(wl, p, j) - 1
			continue
		}
		o := runOpts{lower: trig != 0 || lowStart, anyLow: trig == trigTitle || relLow || verbLow, nl: trig == trigTitle && a.ocr}
		j := a.nameRun(i, o)
		if o.nl {
			j = a.cutAtField(i, j)
		}
		if j <= i {
			continue
		}
		ri, rj := a.trimRun(i, j)
		if ri >= rj {
			continue
		}
		if ri > i {
			// the run began with a cue word ("Officer T. Reyes"): start
			// again after it so that the cue counts as a trigger
			p = nextWord(wl, p, ri) - 1
			continue
		}
		if c := a.cutAtCred(ri, rj); c < rj {
			rj, j = c, c // (the words after the credential are read again)
		}
		strong, weak, unknown, bad, words := a.runEvidence(ri, rj)
		after := a.triggerAfter(rj)
		switch {
		case trig == trigTitle:
			// anything name-shaped after a title, unless it is clearly not a name
			initials := a.allInitials(ri, rj)
			if words > 0 && (strong+unknown >= 1 || initials || weak >= 1 && bad == 0 && (!a.allUpperRun(ri, rj) || words >= 2 && weak == words) || a.properAfterTitle(ri) || a.apostropheSurname42(ri, rj-1)) && !a.nonNameAfterTitle(ri) && !a.verbAfterTitle54(ri, rj) {
				a.emitName(ri, rj, 0.95, pName)
			}
		case lowStart && trig == 0 && after == 0:
			// lower-case words need a cue
		case trig == trigVerb && words == 1 && rj == ri+1 && a.wordNotName57(ri, rj):
			// "received by Board: …" (round 57)
		case trig != 0 || after != 0:
			if a.allInitials(ri, rj) && words == 1 && trig == 0 {
				// a lone letter before "MRN" or "," is not enough
			} else if words == 1 && a.languageUse(ri) {
				// "speaks Lingala and French": a language, not a relative
			} else if words == 1 && trig == 0 && rj == ri+1 && a.toks[ri].shape == shUpper && ri == 0 && a.spacedDash(rj) && a.upperLineFrom(rj+1) {
				// a document's title in capitals, its kind before a dash and
				// the service after: "ALTA - CIRURGIA GERAL"
			} else if after != 0 && words == 2 && rj == ri+3 && a.toks[ri].shape == shSingle && (ri == 0 || a.toks[ri].nl) && a.lexOf(rj-1)&lxName != 0 && a.credSurname(rj-1) {
				// an initial and a listed surname that is also a word, alone
				// at a signature line's start before a credential: "L.
				// Domingo, PA-C"
				a.emitName(ri, rj, 0.85, pName)
			} else if strong+unknown+weak > 0 && (bad == 0 || strong+unknown > bad || strong+unknown >= 1 && strong+unknown >= bad && (trig != 0 || after != 0) ||
				after != 0 && a.toks[ri].nl && words >= 2 && strong+unknown+weak > bad ||
				trig == trigVerb && words >= 2 && strong+unknown+weak > bad ||
				// a given name and a surname that is also a place, before a
				// role: "Márcia Vilhena - Assistente Social"
				after != 0 && words >= 2 && words <= 4 && a.lexOf(ri)&lxGiven != 0 && a.capShape(ri) && strong+unknown+weak >= bad ||
				// a given name in no list that Portuguese morphology reads
				// as a verb form ("Tainara" as "tainar"), before listed
				// surnames and an age: "a Jussara Lima Prado, 31 anos"
				words >= 2 && words <= 4 && a.morphCommon(ri) && bad == 1 && strong+weak == words-1 && rj+1 < n && a.isPunct(rj, ",") && a.ageUnitAt(rj+1)) {
				a.emitName(ri, rj, 0.9, pName)
			} else if words >= 1 && bad == 0 && a.capShape(ri) || trig == trigRelation && a.relativeGiven44(ri, rj) {
				a.emitName(ri, rj, 0.7, pName)

			}
		default:
			a.dictName(ri, rj, strong, weak, unknown, bad, words)
		}
		p = nextWord(wl, p, j) - 1
	}
}

// nameWords lists the tokens the second loop of detectNames takes: the
// words not claimed, less the lower-case words that are listed common,
// medical or cue words and no names (no unknownWord: relUnknown is false
// for them, and the test after relUnknown skips them). The list is made
// without a branch per token (see b2u): whether a token is a word, and
// whether a word is such a lower-case one, are coin tosses that the loop
// asked of every token.
func (a *analysis) nameWords() []int32 {
	toks := a.toks
	n := len(toks)
	lexs, claimed := a.lexs[:n], a.tokClaimed[:n]
	words := a.sc.words
	if cap(words) < n {
		words = make([]int32, n+n/4)
	}
	words = words[:n]
	m := 0
	for i := range toks {
		t := &toks[i]
		// (the flags of a word classified already, or classified here: few
		// are not by now)
		x := lexs[i] &^ lexKnown
		if b2u(lexs[i] == 0)&b2u(t.kind == kWord) != 0 {
			x = a.lexOf(i)
		}
		knownLower := b2u(t.shape == shLower) & b2u(x&(lxGiven|lxName) == 0) &
			b2u(x&(lxCommon|lxMedical|lxPlace|lxRegion|lxStop|lxOrgHead|lxParticle|lxCred|lxMonth) != 0)
		words[m] = int32(i)
		m += int(b2u(t.kind == kWord) & b2u(!claimed[i]) & (knownLower ^ 1))
	}
	a.sc.words = words
	return words[:m]
}

// nextWord returns the index in words (in order) of the first token at or
// after token j, looking on from index p (the loop's jumps go forward;
// one that did not would be found by a binary search).
func nextWord(words []int32, p, j int) int {
	if p < len(words) && int(words[p]) < j {
		for p < len(words) && int(words[p]) < j {
			p++
		}
		return p
	}
	k, _ := slices.BinarySearch(words, int32(j))
	return k
}

// cutAtCred ends the run [i,j) at a credential inside it, so that the
// credential vouches for the name before it: "Marisol Ybarra RN CM" (a
// second role after the credential made the whole run look like no name).
// The words before it must open with a listed given name and hold no
// word that is no name ("RESSONÂNCIA MAGNÉTICA DO …", "PACU RN …").
func (a *analysis) cutAtCred(i, j int) int {
	if a.lexOf(i)&lxGiven == 0 || a.toks[i].shape == shUpper {
		return j
	}
	for c := i + 1; c < j; c++ {
		if a.isCredAt(c) && a.lexOf(c)&(lxGiven|lxParticle) == 0 && a.toks[c].gap == 1 {
			if _, _, _, bad, _ := a.runEvidence(i, c); bad > 0 {
				return j
			}
			return c
		}
	}
	return j
}

// abbrevLabelAt: an abbreviated field label "Nasc.:" at the start of a
// line or field.
func (a *analysis) abbrevLabelAt(i int) bool {
	t := a.toks[i]
	if !(i == 0 || t.nl || t.gap >= 2) || i+2 >= len(a.toks) {
		return false
	}
	return a.isPunct(i+1, ".") && a.toks[i+1].gap == 0 && a.isPunct(i+2, ":") && a.toks[i+2].gap == 0
}

// cutAtField ends a name run [k,j) that crossed a line (OCR text) before
// the next field: "Nasc.:", "Read by".
func (a *analysis) cutAtField(k, j int) int {
	n := len(a.toks)
	for q := k + 1; q < j; q++ {
		if a.toks[q].nl && q+1 < n && (a.isPunct(q+1, ":") || a.isPunct(q+1, ".") && q+2 < n && a.isPunct(q+2, ":") ||
			a.isWord(q+1) && a.cue(q+1)&cuBy != 0) {
			return q
		}
		// a two- or three-word label opens the next line: "Birth date :"
		if a.toks[q].nl && a.isWord(q) && q+1 < n && a.isWord(q+1) && !a.toks[q+1].nl &&
			(q+2 < n && a.isPunct(q+2, ":") || q+3 < n && a.isWord(q+2) && !a.toks[q+2].nl && a.isPunct(q+3, ":")) {
			return q
		}
	}
	return j
}

// lineOnly reports whether tokens [i,j) make up their whole line.
func (a *analysis) lineOnly(i, j int) bool {
	if !(i == 0 || a.toks[i].nl) {
		return false
	}
	return j >= len(a.toks) || a.toks[j].nl
}

// collectLabelWords records words used as field labels in this text
// ("MRO:", "LMP:"): they are not names elsewhere in it.
func (a *analysis) collectLabelWords() {
	// (left nil when the text has none: a lookup in a nil map is free;
	// labelSeen gets the bit of each word's fold hash, see isLabelWord)
	for k := 1; k < len(a.toks); k++ {
		if a.isPunct(k, ":") && a.toks[k-1].kind == kWord && (k-1 == 0 || a.toks[k-1].nl || a.toks[k-1].gap >= 2) {
			if x := a.lexOf(k - 1); x&lxGiven != 0 && x&(lxCommon|lxNameLabel|lxMedical|lxStop|lxTitle) == 0 && a.toks[k-1].shape == shTitle {
				continue // a chat speaker ("Gilvan: doutora…"), not a field label
			}
			if a.toks[k-1].shape == shUpper || a.toks[k-1].shape == shTitle {
				if a.labelWords == nil {
					a.labelWords = a.sc.labelWords
					if a.labelWords == nil {
						a.labelWords = map[string]bool{}
						a.sc.labelWords = a.labelWords
					}
				}
				a.labelWords[a.folded(k-1)] = true
				b := a.hashes[k-1] >> 52
				a.labelSeen[b>>6] |= 1 << (b & 63)
			}
		}
	}
}

// eponymContext: "Doença de Chagas", "Glasgow 12", "Foley catheter",
// "Babinski sign", "Killip II" — a capitalised word used as an eponym or a
// score name rather than as a person.
func (a *analysis) eponymContext(k int) bool {
	n := len(a.toks)
	// "dreno de Blake", "sinal de Murphy", "esquema de Zuspan"
	// and the second of two: "nódulos de Heberden ou de Bouchard",
	// "técnicas de Kabat e de Maitland"
	if k >= 2 && a.toks[k-1].e-a.toks[k-1].s == 2 && a.toks[k-1].kind == kWord && a.deOrOf(k-1) && a.eponymAfterOf(k) {
		return true
	}
	j := k + 1
	for j < n && a.toks[j].gap == 0 && (a.isPunct(j, "-") || a.isPunct(j, "'") || a.isPunct(j, "’")) && j+1 < n && a.toks[j+1].gap == 0 {
		j += 2 // Hunt-Hess, Parkinson's
	}
	if j+1 < n && j == k+1 && a.toks[j].gap == 0 && (a.isPunct(j, "'") || a.isPunct(j, "’")) && a.toks[j+1].gap == 1 && a.isWord(j+1) {
		j++ // Colles' fracture
	}
	if j < n && !a.toks[j].nl {
		t := a.toks[j]
		// (not a phone number: "therapist Owen Marsh 215-555-0140")
		// (nor a full date: "Arrived Atlanta 03/17/2025")
		// (nor a given name's day: "father 2/22 and 3/7; Zion 3/12", round 53)
		if t.kind == kNum && t.gap <= 1 && !(a.claimedAt(j) && (a.candAt(int(t.s), TypePhone) >= 0 || a.fullDateAt45(j) || a.monthYearAt52(j) || a.givenDay53(k, j))) {
			return true
		}
		// a classification grade: "Weber B", "Garden IV"
		if t.shape == shSingle && t.gap <= 1 && strings.IndexByte("ABCD", a.text[t.s]) >= 0 && (j+1 >= n || a.toks[j+1].kind == kPunct || a.toks[j+1].nl || a.toks[j+1].shape == shLower) && k > 0 && (!a.isPunct(k-1, ",") || j > k+1) && !a.initialBefore(j) &&
			!a.signedInitial50(k, j) {
			return true // (a hyphenated pair after a comma too: "MELD 14, Child-Pugh B")
		}
		// a pair of eponyms before the tool they name ("Schmitt-Thompson
		// adult fall protocol"), a genus before its species ("Proteus
		// mirabilis"), a sign read as present ("Blumberg +,")
		if (j > k+1 || t.shape == shLower && t.e-t.s >= 6 && a.lexOf(j)&(lxCommon|lxGiven|lxName|lxPlace|lxStop) == 0 || t.ch == '+') && a.eponymTool(k, j) {
			return true
		}
		if t.kind == kWord && t.shape == shLower && a.cue(k)&cuDeviceEponym != 0 {
			return true // "Foley removed", "Holter placed"
		}
		if t.kind == kPunct && a.cue(k)&cuDeviceEponym != 0 && (k == 0 || !a.capShape(k-1) && !a.isPunct(k-1, ".")) {
			return true // alone in a list: "OGT, Foley." "via Foley."
		}
		if j+1 < n && (t.kind == kPunct || a.cue(j+1)&cuEponymAfter != 0) && a.eponymAround47(k, j) {
			return true // (round 47)
		}
		// (the pronoun's contraction after a name is no type's numeral:
		// "tell Mia I'm sorry", round 53)
		if t.kind == kWord && (t.gap <= 1 || a.ocr && t.gap <= 2) && (a.cue(j)&cuEponymAfter != 0 || a.coordinatedEponym(j)) && !(t.shape == shSingle && a.iContraction53(j)) {
			return true
		}
		if t.kind == kWord && (t.gap <= 1 || a.ocr && t.gap <= 2 && t.e-t.s >= 3) && !a.pronounI(k, j) {
			f := a.folded(j)
			if eponymFollower(f) && !(t.shape == shSingle && a.iContraction53(j)) {
				return true
			}
			switch f {
			case "was", "is", "foi":
				// "Dix-Hallpike was negative"
				if j+1 < n && a.isWord(j+1) && !a.toks[j+1].nl {
					switch a.folded(j + 1) {
					case "positive", "negative", "positivo", "positiva", "negativo", "negativa", "normal":
						return true
					}
				}
			}
		}
	}
	p := k - 1
	if p >= 0 && a.isWord(p) && (a.folded(p) == "de" || a.folded(p) == "of") {
		p--
	}
	if p >= 0 && a.isWord(p) {
		switch a.folded(p) {
		case "y", "doenca", "sindrome", "sinal", "escala", "mal", "teste", "manobra", "classificacao", "criterios",
			"reflexo", "disease", "syndrome", "sign", "scale", "tetralogia", "tetralogy", "cateter", "sonda", "ambulatorio", "pinca", "clamp", "forceps", "needle", "agulha":
			return true
		}
		// a test read as found: "positive Lachman", "dinamômetro Jamar"
		if a.cue(p)&cuEponymBefore != 0 && a.toks[p].shape == shLower && !a.toks[k].nl {
			return true
		}
	}
	return false
}

// eponymFollower: f follows an eponym used as the name of a sign, a
// lesion, a scale, a tool or a class ("Babinski sign", "Weber class",
// "Roux-en-Y"); out of eponymContext, so that the inliner keeps it there.
func eponymFollower(f string) bool {
	switch f {
	case "lesion", "lesions", "thickness", "level", "response", "midline", "fall", "monofilament", "class", "nodes",
		"body", "bodies", "en", "disease", "syndrome", "sign", "signs", "scale", "score", "catheter", "test", "maneuver",
		"manoeuvre", "reflex", "classification", "criteria", "coma", "rule", "procedure", "surgery",
		"operation", "ulcer", "fracture", "tube", "stage", "grade", "type", "phenomenon", "law", "triad",
		"ii", "iii", "iv", "i", "s", "disorder", "palsy", "lymphoma", "sarcoma", "tumor", "tumour", "features",
		"dementia", "demencia", "pneumoniae", "coli", "aureus", "virus", "bacillus", "cell", "cells",
		"protocol", "protocolo", "regimen", "overlap", "positive", "negative", "positivo", "positiva", "negativo", "negativa",
		"drain", "drains", "dreno", "drenos", "lactate", "lactato", "shunt", "splint", "incision", "forceps", "lines",
		"esophagus", "oesophagus", "esofago", "lift", "grau", "symptoms", "sintomas",
		"tear", "tears", "discriminant", "ia", "ib", "iia", "iib", "iiia", "iiib",
		"pupil", "pupils", "ring", "fields", "index", "carrier", "carriers", "phase", "category", "guidelines",
		"ausente", "ausentes", "absent", // (round 47: "Babinski ausente, Hoffmann ausente")
		"maneuvers", "manoeuvres", "deformity", "deformities": // (round 49: "Leopold maneuvers")
		return true
	}
	return false
}

// Eponymous devices named alone: "Foley removed 06:00".
var deviceEponyms = set(`foley holter doppler hickman`)

// languageCues are words near a language or nationality ("speaks
// excellent English", "French interpreter", "Language: English").
var languageCues = set(`speaks speak speaking spoke language languages lang interpreter interpreters translator
	fala falante idioma lingua interprete tradutor native fluent prefers preferred phrase phrases
	ethnicity ethnic ancestry descent etnia raca ascendencia`)

// languageUse: token k is a demonym used for a language or a nationality,
// with a language cue just after it or up to five words before it in the
// same clause ("speaks Lingala and French", "English interpreter").
func (a *analysis) languageUse(k int) bool {
	if a.lexOf(k)&lxDemonym == 0 {
		// any word but a given name straight after "speaks" or
		// "Language:" names a language ("speaks Tigrinya")
		p := k - 1
		if p > 0 && a.isPunct(p, ":") {
			p--
		}
		return p >= 0 && a.isWord(p) && languageCues[a.folded(p)] && a.folded(p) != "interpreter" && a.lexOf(k)&lxGiven == 0
	}
	if k+1 < len(a.toks) && !a.toks[k+1].nl && a.isWord(k+1) && languageCues[a.folded(k+1)] {
		return true
	}
	for p := k - 1; p >= 0 && p >= k-5; p-- {
		if a.toks[p+1].nl || a.isPunct(p, ".") || a.isPunct(p, ";") || a.isPunct(p, "(") {
			return false
		}
		if a.isWord(p) && languageCues[a.folded(p)] {
			return true
		}
	}
	return false
}

// dictName decides on a run with no cue around it.
func (a *analysis) dictName(i, j, strong, weak, unknown, bad, words int) {
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord && (a.eponymContext(k) || a.isLabelWord(k)) {
			return
		}
	}
	// followed by a number or a colon: a lab, a score or a field label
	// (not a contact's phone: "lawyer is Grace Whitfield 319-555-0133")
	// (but a patient's name of listed words inside a list's line before
	// the finding: "…, acc EV23120100466, Ayesha Qureshi: US pelvis …",
	// "RX de tórax de Raimundo Nonato Sales: …", round 53)
	if j < len(a.toks) && !a.toks[j].nl && (a.toks[j].kind == kNum && a.toks[j].gap <= 1 && !a.phoneAfterName52(j) || a.isPunct(j, ":") && !a.nameBeforeColon53(i, j, strong, words)) {
		return
	}
	if bad > 0 {
		// Split: a run like "Patient Harold Whitaker" or "Baby Girl Monroe"
		// keeps its name-like tail.
		k := i
		for k < j && (a.toks[k].kind != kWord || a.nonName(k) || a.lexOf(k)&lxCommon != 0 && a.lexOf(k)&lxGiven == 0) {
			// an initial before the name stays with it ("RN A. Cantú")
			if a.toks[k].shape == shSingle && k+2 < j && a.isPunct(k+1, ".") && a.toks[k+1].gap == 0 && a.capShape(k+2) && k > i && a.lexOf(k-1)&(lxCred|lxTitle) != 0 {
				break
			}
			k++
		}
		if k > i && k < j {
			s2, w2, u2, b2, n2 := a.runEvidence(k, j)
			if b2 == 0 && n2 > 0 {
				a.dictName(k, j, s2, w2, u2, b2, n2)
			}
		}
		return
	}
	allUpper := true
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord && a.toks[k].shape != shUpper && a.toks[k].shape != shSingle {
			allUpper = false
		}
	}
	first := a.toks[i].kind == kWord && a.lexOf(i)&lxGiven != 0 && a.lexOf(i)&lxCommon == 0
	// a line holding nothing but a name: a signature ("Lisa", "Jill Whitfield")
	if a.lineOnly(i, j) && words <= 4 && (strong+unknown >= 1 || weak >= 1 && words >= 2) && !allUpper {
		a.emitName(i, j, 0.7, pDictName)
		return
	}
	// an ALL-CAPS line of two to four name words ("NGOZI ADEYEMI-PARKS"
	// under a pharmacy header)
	if allUpper && a.lineOnly(i, j) && words >= 2 && words <= 4 && (strong >= 1 || unknown >= 1 && a.shortWords(i, j, 10)) && strong+unknown+weak >= 2 && !a.drugContext(i) {
		a.emitName(i, j, 0.6, pDictName)
		return
	}
	// a demonym used as an adjective is no name: "Danish-born",
	// "Hmong-speaking", "a Korean interpreter" (Dr. French is found by the
	// title rules, not here)
	if words == 1 && j+1 < len(a.toks) && a.isPunct(j, "-") && a.toks[j].gap == 0 && a.toks[j+1].gap == 0 && (a.folded(j+1) == "speaking" || a.folded(j+1) == "born" || a.folded(j+1) == "falante") {
		return // "Hmong-speaking", "Haiti-born"
	}
	if words == 1 && a.lexOf(i)&lxDemonym != 0 && j < len(a.toks) && !a.toks[j].nl &&
		(a.isPunct(j, "-") && a.toks[j].gap == 0 && j+1 < len(a.toks) && a.toks[j+1].shape == shLower || a.lowerWordAfter(j) && a.lexOf(j)&lxCommon != 0) {
		return
	}
	for k := i; k < j; k++ {
		if a.languageUse(k) {
			return
		}
	}
	switch {
	case words >= 2 && strong >= 1 && (first || strong+unknown >= 2 || !allUpper):
		a.emitName(i, j, 0.75, pDictName)
	case words >= 2 && unknown >= 1 && weak >= 1 && !allUpper:
		a.emitName(i, j, 0.6, pDictName)
	case words == 1 && strong == 1 && !allUpper && !a.sentenceStart(i) && a.lexOf(i)&lxGiven != 0:
		a.emitName(i, j, 0.6, pDictName)
	case words == 1 && (strong == 1 || unknown == 1 && !wordMorph(a.folded(i))) && !allUpper && !a.sentenceStart(i) && a.toks[i].shape == shTitle &&
		a.toks[i].e-a.toks[i].s >= 3 && !a.drugLike(i) && !a.drugContext(i):
		// a capitalised surname or an unknown capitalised word mid-sentence
		a.emitName(i, j, 0.5, pDictName)
	case words >= 2 && weak >= 2 && !allUpper && (!a.sentenceStart(i) || a.pt && a.givenPair46(i, j, words, weak)):
		a.emitName(i, j, 0.5, pDictName)
	case words == 1 && weak == 1 && a.toks[i].shape == shTitle && !a.sentenceStart(i) && a.toks[i].e-a.toks[i].s >= 3 &&
		a.lexOf(i)&(lxMedical|lxStop|lxMonth|lxOrgHead|lxRegion|lxCred|lxTitle) == 0 && !a.drugLike(i) && !a.drugContext(i) && !a.inTitleLine(i) &&
		a.toks[i].gap < 2 && !(j < len(a.toks) && a.isPunct(j, "-") && a.toks[j].gap == 0) && !a.postOrWard44(i, j):
		// a listed name that is also a common word, capitalised inside a
		// sentence ("a filha Rosa", "seen by Hope"): in running text a
		// capital there marks a proper noun
		a.emitName(i, j, 0.4, pDictName)
	case words == 1 && unknown == 1 && a.toks[i].shape == shTitle && a.toks[i].e-a.toks[i].s >= 4 && !a.drugLike(i) && !a.drugContext(i) && !wordMorph(a.folded(i)):
		// a capitalised word found in no list, at the start of a sentence
		// ("Pham reports ...", "Edileuza relata ..."): a name far more
		// often than not, once common words of both languages (with their
		// inflections), medical words and cue words are ruled out
		a.emitName(i, j, 0.45, pDictName)
	case words == 1 && strong == 1 && a.toks[i].shape == shTitle && a.toks[i].e-a.toks[i].s >= 3 && !a.drugLike(i) && !a.drugContext(i) && (a.nameVerbAfter(j) || a.lowerWordAfter(j)) && !(a.pt && a.v.ptDerived(a.folded(i))):
		// a listed name opening a sentence, before a verb ("Lisa called")
		a.emitName(i, j, 0.5, pDictName)
	case words >= 2 && !allUpper && a.allInitialsBut(i, j) && a.toks[j-1].shape == shTitle && (strong >= 1 || unknown >= 1 && !a.sentenceStart(i)) && a.lexOf(j-1)&(lxCommon|lxMedical) == 0:
		// "T. Halvorsen", "R. K. Thornbury": initials and a surname
		a.emitName(i, j, 0.6, pDictName)
	}
}

// shortWords: every word of [i,j) has at most max letters (names rarely
// run longer; "TRANSTHORACIC ECHOCARDIOGRAM" does).
func (a *analysis) shortWords(i, j, max int) bool {
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord && int(a.toks[k].e-a.toks[k].s) > max {
			return false
		}
	}
	return true
}

// allInitialsBut reports whether every word of [i,j) but the last is an
// initial.
func (a *analysis) allInitialsBut(i, j int) bool {
	last := -1
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord {
			last = k
		}
	}
	if last < 0 {
		return false
	}
	for k := i; k < last; k++ {
		if a.toks[k].kind == kWord && a.toks[k].shape != shSingle {
			return false
		}
	}
	return last > i && a.toks[last].shape != shSingle
}

// lowerWordAfter: a lower-case word (not a particle) follows on the line.
func (a *analysis) lowerWordAfter(j int) bool {
	return j < len(a.toks) && a.toks[j].kind == kWord && !a.toks[j].nl && a.toks[j].shape == shLower &&
		a.toks[j].gap <= 1 && a.lexOf(j)&lxParticle == 0
}

// nameVerbAfter: the word after a run is a verb of report or a clinical
// action that a person does ("Lisa called", "Maria relata").
func (a *analysis) nameVerbAfter(j int) bool {
	if j >= len(a.toks) || a.toks[j].kind != kWord || a.toks[j].nl {
		return false
	}
	return a.cue(j)&cuPersonVerb != 0
}

// actingWords: what a relative in a chat is doing ("his wife june asking
// for a call").
var actingWords = set(`asking calling requesting waiting wants asks calls`)

// actsAfter: word j says what the person named before it does.
func (a *analysis) actsAfter(j int) bool {
	return a.toks[j].shape == shLower && (actingWords[a.folded(j)] || a.nameVerbAfter(j) && a.lexOf(j)&lxStop == 0)
}

var personVerbs = set(`reports reported states stated says said denies denied called calls asks asked notes noted
	presents presented returns returned is was has had will would wants wanted feels felt agrees agreed declines declined
	complains complained endorses endorsed arrived arrives lives lived works worked brought came comes went goes
	attends attended stays stayed
	relata relatou refere referiu nega negou informa informou diz disse chegou chega procurou procura retorna retornou
	apresenta apresentou queixa queixou mora morava trabalha trabalhou veio vem ligou liga esteve esta estava foi tem teve
	and e`)

// drugContext: the word before i introduces a medicine ("uso de X",
// "started X", "take X", "switch to X").
func (a *analysis) drugContext(i int) bool {
	p := i - 1
	if p >= 0 && a.toks[p].kind == kPunct && (a.isPunct(p, "(") || a.isPunct(p, "+") || a.isPunct(p, "/")) {
		return true
	}
	if p >= 1 && a.isPunct(p, ":") && a.toks[p-1].kind == kWord && a.cue(p-1)&cuDrugCue != 0 {
		return true // "Meds: Zyrtec"
	}
	if p < 0 || a.toks[p].kind != kWord {
		return false
	}
	f := a.folded(p)
	if a.cue(p)&cuDrugCue != 0 {
		return true
	}
	if (f == "de" || f == "to" || f == "com" || f == "with") && p > 0 && a.toks[p-1].kind == kWord && a.cue(p-1)&cuDrugCue != 0 {
		return true
	}
	if j := i + 1; j < len(a.toks) && a.toks[j].kind == kWord && !a.toks[j].nl && a.cue(j)&cuDrugAfter != 0 {
		return true
	}
	return false
}

var drugCueWords = set(`on started start starting take takes taking took prescribed prescribe increase increased
	decrease decreased stop stopped continue continued resume resumed switch switched change changed add added
	hold held restart restarted discontinue discontinued dc'd dose dosing refill refills allergic allergy allergies
	uso usa usando tomar toma tomando tomou iniciar iniciado iniciada iniciou suspender suspenso suspensa manter
	mantido trocar trocado prescrevo prescrito receita receitado alergia alergico alergica aumentar reduzir dose
	associar associado vacina vaccine tab tabs cap caps comprimido comprimidos inhaler inalador gotas pomada creme cream
	meds medications medication medicacoes medicacao medicamentos medicamento rx prescricao prescription`)

var drugAfterWords = set(`mg mcg ml tablet tablets tab tabs capsule capsules cp comprimido comprimidos gotas drops
	inhaler puff puffs patch injection pen xr er sr dr xl cr la hct plus prn qd bid tid qid daily sos`)

// properAfterTitle: a capitalised word after a title that is a common
// word but no cue, medical or place word ("dona Lurdinha", "Dr. Bastos").
func (a *analysis) properAfterTitle(i int) bool {
	p := i - 1
	if p >= 0 && a.isPunct(p, ".") {
		p--
	}
	if p < 0 || a.toks[p].kind != kWord || a.cue(p)&cuTitle == 0 || a.lexOf(p)&lxCred != 0 {
		return false
	}
	return a.toks[i].shape == shTitle && a.toks[i].e-a.toks[i].s >= 3 &&
		a.lexOf(i)&(lxStop|lxMedical|lxMonth|lxOrgHead|lxRegion|lxCred|lxParticle) == 0
}

// nonNameAfterTitle rejects "Dr. Office" style non-names.
func (a *analysis) nonNameAfterTitle(i int) bool {
	x := a.lexOf(i)
	if a.mrImaging53(i) {
		return true // "MR Conditional", "MR Safety Officer" (round53.go)
	}
	return x&(lxOrgHead|lxMonth) != 0 && x&(lxGiven|lxName) == 0 ||
		// a post's first word ("RN, Care Coordinator", round 50)
		x&lxCommon != 0 && a.toks[i].shape == shTitle && i+1 < len(a.toks) && a.toks[i+1].gap == 1 && a.toks[i+1].shape == shTitle && a.isWord(i+1) && !a.toks[i+1].nl && a.lexOf(i+1)&lxRelation != 0 && a.lexOf(i+1)&(lxGiven|lxName) == 0
}

const (
	trigTitle = 1 + iota
	trigRelation
	trigGreeting
	trigClosing
	trigDash
	trigSpeaker
	trigVerb
)

// triggerBefore looks at the tokens before i for a cue.
func (a *analysis) triggerBefore(i int) int {
	k := i - 1
	// skip punctuation: "Dr. X", "wife, X", "mom (X", "Enf. X"
	skipped := 0
	for k >= 0 && a.toks[k].kind == kPunct && skipped < 2 {
		c := a.tokText(k)
		if c != "." && c != "," && c != ":" && c != "(" && c != "-" && c != "–" {
			break
		}
		if a.toks[k].nl && c != "-" {
			break
		}
		if a.toks[k].nl && a.sentenceCap47(i) {
			return 0 // a list's dash opens a sentence: "- The notification …" (round 47)
		}
		k--
		skipped++
	}
	if k < 0 {
		return 0
	}
	if a.toks[i].nl && skipped > 0 && a.closingBefore(i) != 0 {
		return trigClosing // "Atenciosamente,⏎Lívia …"
	}
	if a.toks[i].nl && skipped == 0 {
		// a cue on the previous line only counts for closings
		return a.closingBefore(i)
	}
	skippedDot := false
	for q := k + 1; q < i; q++ {
		if a.isPunct(q, ".") {
			skippedDot = true
		}
	}
	if a.toks[k].kind == kWord {
		f := a.folded(k)
		isTitle := a.lexOf(k)&lxTitle != 0
		if (f == "att" || f == "attn" || f == "cc" || f == "resp" && skippedDot) && a.toks[k].shape != shLower && !a.toks[i].nl {
			return trigVerb // "Att. Gwendolyn Farrow", "Resp. Luzia"
		}
		// "Dr(a). Eunice Prado"
		if f == "a" && k >= 2 && a.isPunct(k-1, "(") && a.isWord(k-2) && (a.folded(k-2) == "dr" || a.folded(k-2) == "sr") && a.isPunct(k+1, ")") {
			return trigTitle
		}
		// a pharmacist's signature: "Farm. Letícia Prado" (only abbreviated
		// and in Portuguese: "farm" is a place elsewhere)
		if f == "farm" && a.pt && skippedDot && a.toks[k].shape == shTitle && i == k+2 {
			return trigTitle
		}
		if skippedDot && !isTitle && f != "enf" && f != "enfa" {
			return 0
		}
		if f == "fr" && k > 0 && a.toks[k-1].kind == kNum {
			return 0 // "16 Fr Blake drain": a catheter gauge, not Father
		}
		if f == "ms" && a.toks[k].shape == shLower && k > 0 && a.toks[k-1].kind == kNum {
			return 0 // "QTc 468 ms.": milliseconds, not a title (round 50)
		}
		if isTitle && dottedTitles[f] && !(skippedDot && a.capShape(i)) {
			return 0 // "Lt knee": left, not a lieutenant; "Det. Ruiz" is one
		}
		if isTitle && (a.toks[k].shape != shLower || f == "dr" || f == "dra" || f == "dona" || f == "seu" || f == "mr" || f == "mrs" || f == "ms" || f == "sr" || f == "sra" || clergyTitles[f] && a.capShape(i)) {
			if f == "seu" || f == "dona" || f == "miss" || f == "sir" {
				if skipped > 0 {
					return 0
				}
			}
			return trigTitle
		}
		// (not across a wide gap, which opens another field: "Occupation:
		// crane operator   Start date: …")
		if (a.lexOf(k)&lxRelation != 0 || (a.tokText(k) == "vó" || a.tokText(k) == "vô" || a.tokText(k) == "Vó" || a.tokText(k) == "Vô")) && !(k == i-1 && a.toks[i].gap >= 3 && !a.ocr) {
			return trigRelation // ("vó" with its accent: "Vo" is a surname)
		}
		// "son-in-law Gustavo", "her mom is Noriko", "a filha dele, Cida"
		if f == "law" && k >= 2 && a.isPunct(k-1, "-") && a.isWord(k-2) && a.folded(k-2) == "in" ||
			f == "is" && skipped == 0 && k > 0 && a.isWord(k-1) && a.lexOf(k-1)&lxRelation != 0 ||
			a.pt && (f == "dele" || f == "dela") && k > 0 && a.isWord(k-1) && a.lexOf(k-1)&lxRelation != 0 {
			return trigRelation
		}
		// ("bom"/"boa" greet only before dia, tarde, noite, below: "a Boa
		// Vista", "Bom Jesus" are places)
		if a.lexOf(k)&lxGreet != 0 && a.cue(k)&cuGreet != 0 && f != "boa" && f != "bom" {
			return trigGreeting
		}
		if f == "dia" || f == "tarde" || f == "noite" {
			if k > 0 && (a.folded(k-1) == "bom" || a.folded(k-1) == "boa") {
				return trigGreeting
			}
		}
		if a.cue(k)&cuBy != 0 || f == "is" && k > 0 && a.folded(k-1) == "this" || f == "e" && k > 0 && a.folded(k-1) == "aqui" ||
			(f == "a" || f == "o") && k > 1 && a.folded(k-1) == "e" && a.folded(k-2) == "aqui" || f == "per" ||
			f == "para" && k > 0 && a.folded(k-1) == "liguei" || f == "de" && k > 0 && a.folded(k-1) == "recebida" ||
			f == "is" && k > 1 && a.folded(k-1) == "name" || f == "sou" || f == "im" ||
			// "meu nome (completo) é X", "me chamo X"
			f == "e" && k > 1 && (a.folded(k-1) == "nome" || a.folded(k-1) == "completo" && a.folded(k-2) == "nome") ||
			f == "chamo" && k > 0 && a.folded(k-1) == "me" ||
			isPatientWord(f) && a.toks[k].shape != shUpper && !(k == i-1 && a.toks[i].gap >= 3 && !a.ocr) ||
			f == "de" && k > 0 && (a.folded(k-1) == "recebi" || a.folded(k-1) == "recebemos") {
			return trigVerb
		}
		if (f == "rn" || f == "to") && k > 0 && a.folded(k-1) == "called" {
			return trigVerb
		}
		if f == "rn" || f == "lpn" || f == "np" || f == "enf" || f == "enfa" || f == "chr" || f == "chw" || f == "cna" || f == "emt" ||
			f == "nnp" || f == "fnp" || f == "aprn" || f == "crnp" || f == "cnm" || f == "crna" || f == "pnp" {
			// (not a sender's role before a message in lower case: "nate
			// RN: done. …")
			// (nor the post after a signature's comma: "Noreen Fitz, RN,
			// Director of Nursing")
			if (a.toks[k].shape == shUpper || f == "enf") && !(a.isPunct(k+1, ":") && a.toks[i].shape == shLower) && !(a.isPunct(k+1, ",") && roleOfWords[a.folded(i)]) {
				return trigTitle
			}
		}
		// "nurse bettina", "doula Francielle": a role before a listed given
		// name (the name rules still want a given name after it)
		if a.cue(k)&cuRoleBefore != 0 && i < len(a.toks) && a.toks[i].shape != shLower && a.lexOf(i)&lxGiven != 0 && a.lexOf(i)&(lxStop|lxCommon|lxMedical|lxMonth) == 0 {
			return trigTitle
		}
	}
	if a.toks[k].kind == kPunct {
		c := a.tokText(k)
		if c == "]" && !a.checkboxAt44(k) {
			return trigSpeaker // (not a form's ticked box: "[x] Risk of …", round44.go)
		}
		// "Sr(a) MARIA", "Dr(a) Eunice"
		if c == ")" && k >= 3 && a.isWord(k-1) && a.folded(k-1) == "a" && a.isPunct(k-2, "(") && a.isWord(k-3) && (a.folded(k-3) == "dr" || a.folded(k-3) == "sr") {
			return trigTitle
		}
		if (c == "/" || c == "&" || c == "->") && a.nameEndsAt(k) {
			return trigRelation
		}
	}
	if a.toks[k].kind == kWord && (a.folded(k) == "e" || a.folded(k) == "and") && a.nameEndsAt(k) {
		return trigRelation
	}
	// signature dash: "- Rui Tanaka, MD", "-NKH"
	if i > 0 && a.isPunct(i-1, "-") && (a.toks[i-1].nl || i-1 == 0 || a.toks[i-1].gap > 0 && i >= 2 && a.isPunct(i-2, ".")) {
		return trigDash
	}
	return 0
}

// isPatientWord: a word for the person a note is about, or a verb of
// seeing them, before a name ("Paciente Jorge", "atendi Rosa"); a switch,
// as triggerBefore asks it of nearly every name candidate.
func isPatientWord(f string) bool {
	switch f {
	case "paciente", "patient", "pt", "pte", "pcte", "pct", "encaminho", "encaminhamos", "atendi", "examinei", "usuario", "usuaria", "claimant", "member", "beneficiario", "beneficiaria", "colaborador", "colaboradora", "gestante", "puerpera", "parturiente", "servidor", "servidora", "empregado", "empregada", "titular", "segurado", "segurada", "parent":
		return true
	}
	return false
}

// closingBefore: the previous line ends with "Sincerely," or similar.
func (a *analysis) closingBefore(i int) int {
	k := i - 1
	for k >= 0 && a.toks[k].kind == kPunct && !a.toks[k].nl {
		k--
	}
	if k >= 0 && a.toks[k].kind == kWord && a.cue(k)&cuClosing != 0 {
		return trigClosing
	}
	// "Thank you,", "Best wishes,", "Muito obrigada,"
	if k >= 1 && a.toks[k].kind == kWord && !a.toks[k].nl && a.isWord(k-1) && a.cue(k-1)&cuClosing != 0 && closingTails[a.folded(k)] {
		return trigClosing
	}
	return 0
}

var closingTails = set(`you wishes again much`)

// triggerAfter looks after the run (ending at j) for a cue.
func (a *analysis) triggerAfter(j int) int {
	n := len(a.toks)
	if j >= n {
		return 0
	}
	k := j
	sawComma := false
	for k < n && a.toks[k].kind == kPunct && !a.toks[k].nl {
		c := a.tokText(k)
		if c == "," || c == "-" || c == "–" || c == "(" {
			sawComma = sawComma || c == ","
			k++
			continue
		}
		if c == ":" && j > 0 {
			// speaker "Sam Okonkwo:" at the start of a message
			return 0
		}
		break
	}
	// (an OCR'd declaration wraps its lines anywhere: "que GERSON
	// NETO ,⏎RG 23.114.502-1")
	if k >= n || a.toks[k].nl && !(a.ocr && sawComma && k == j+1) {
		return 0
	}
	t := a.toks[k]
	switch t.kind {
	case kWord:
		f := a.folded(k)
		if a.isPunct(k-1, "(") && k+1 < n && a.isCredAt(k+1) {
			return 1 // "Grace (day RN)"
		}
		if f == "from" && k+1 < n && a.capShape(k+1) && j > 0 && a.lexOf(j-1)&lxGiven != 0 && a.lexOf(j-1)&(lxRegion|lxPlace) == 0 && a.lexOf(k+1)&lxMonth == 0 && j-1 == a.runStartBefore(j) {
			return 1 // "Devon from LabCorp"
		}
		if a.isCredAt(k) && !(usStates[a.tokText(k)] && (a.zipAfter(k+1) || a.placeListed(a.runStartBefore(j), j))) && !a.roleLabelCred43(j, k) && !a.eyeRow47(k) {
			return 1
		}
		if a.cue(k)&cuRoleAfter != 0 && (k > j) {
			return 1
		}
		if sawComma && a.lexOf(k)&lxRelation != 0 && t.shape == shLower {
			return 1 // "Kátia, vizinha, acompanha"
		}
		// and a role with one word before it, closing the phrase: "(Minh,
		// staff interpreter)", "Rosa, home caregiver."
		if sawComma && t.shape == shLower && a.lexOf(k)&lxStop == 0 && k+1 < n && a.isWord(k+1) && a.toks[k+1].shape == shLower && !a.toks[k+1].nl &&
			a.lexOf(k+1)&lxRelation != 0 && (k+2 >= n || a.toks[k+2].kind == kPunct) {
			return 1
		}
		if f == "dob" || f == "dn" || f == "mrn" || f == "nascido" || f == "nascida" || f == "nasc" || f == "prontuario" || f == "cpf" || f == "cns" || f == "rg" || f == "ssn" || f == "crm" || f == "coren" || f == "crp" || f == "cro" {
			// (not a question's label, "Tem CPF?", nor one a form's wide
			// gap sets in the next field: "Sim     CPF:", round 45)
			if k+1 < n && a.toks[k+1].ch == '?' || k == j && int(t.gap) >= 3+a.ocrGap() && a.lexOf(j-1)&lxCommon != 0 && (j < 2 || !a.isWord(j-2) && !a.isPunct(j-2, ",")) {
				return 0
			}
			return 1
		}
		if f == "is" && k+2 < n && (a.folded(k+1) == "a" || a.folded(k+1) == "an") && (a.toks[k+2].kind == kNum || a.toks[k+2].kind == kAlnum) {
			return 1
		}
		// "Hunter and his mother", "Lívia e sua avó": a relative of
		// theirs after the name (round42.go)
		if (f == "and" || f == "e") && k == j && k+2 < n && t.shape == shLower && !a.toks[k+1].nl && possessives42[a.folded(k+1)] && a.isWord(k+2) && !a.toks[k+2].nl && a.lexOf(k+2)&lxRelation != 0 {
			return 1
		}
		// ", de 11 anos" (round42.go)
		if sawComma && f == "de" && a.pt && k+1 < n && (a.toks[k+1].kind == kNum || a.toks[k+1].kind == kAlnum) && !a.toks[k+1].nl && a.ageUnitAt(k+1) {
			return 1
		}
		if f == "tel" || f == "telefone" || f == "phone" || f == "cell" || f == "celular" {
			// ("trace AC cell": a chamber's cells, no one's phone)
			if f == "cell" && j > 0 && a.toks[j-1].shape == shUpper && a.toks[j-1].e-a.toks[j-1].s <= 3 {
				return 0
			}
			// ("Merkel cell carcinoma": a kind of cell)
			if f == "cell" && k+1 < n && a.isWord(k+1) && !a.toks[k+1].nl && a.lexOf(k+1)&lxMedical != 0 && a.lexOf(k+1)&(lxGiven|lxName) == 0 {
				return 0
			}
			return 1
		}
		// "…, portadora do CPF", "…, inscrito no CPF", "…, brasileira,
		// casada": a declaration's identity clause
		if sawComma && (f == "portador" || f == "portadora" || f == "inscrito" || f == "inscrita" || f == "titular") && k+2 < n && a.isWord(k+1) && a.isWord(k+2) {
			switch a.folded(k + 2) {
			case "cpf", "rg", "documento", "cartao", "carteira", "cedula", "cns", "identidade", "passaporte", "cnh":
				return 1
			}
		}
	case kNum, kAlnum:
		// a resident's year before a chat colon: "Thiago R2:"
		// or after a spaced dash, as a resident signs: "Ana Reis - R2 Clínica"
		if v := a.tokText(k); len(v) == 2 && (v[0] == 'R' || v[0] == 'r') && v[1] >= '1' && v[1] <= '6' && (k+1 < n && a.isPunct(k+1, ":") || v[0] == 'R' && a.spacedDash(k-1) && k-1 == j) {
			return 1
		}
		// ", 34 anos", ", 34M", ", 92-year-old", ", 4 y/o"
		if sawComma || a.isPunct(k-1, "(") {
			if a.ageUnitAt(k) {
				return 1
			}
		}
	}
	return 0
}

// isCredAt: "MD", "M.D.", "RN", "PsyD" at token k.
func (a *analysis) isCredAt(k int) bool {
	t := a.toks[k]
	if t.kind != kWord {
		return false
	}
	f := a.folded(k)
	if t.shape == shSingle && k+2 < len(a.toks) && a.isPunct(k+1, ".") {
		var b [64]byte // "m.d" without building a string
		g := append(append(append(b[:0], f...), '.'), a.folded(k+2)...)
		if credWords[string(g)] {
			return true
		}
	}
	if a.cue(k)&cuCred == 0 {
		return false
	}
	// lower-case "do", "pa", "ms" are words, not credentials
	if !(t.shape == shUpper || t.shape == shMixed || f == "psyd" || f == "phd" || f == "pharmd") {
		return false
	}
	// (a test's name glued to the next word is no credential: "RT-PCR",
	// round 45; "PA-C" is one; nor a specimen's site before its kind:
	// "NP swab")
	if k+2 < len(a.toks) && a.toks[k+1].ch == '-' && a.toks[k+1].gap == 0 && a.toks[k+2].gap == 0 && a.toks[k+2].kind == kWord && a.toks[k+2].e-a.toks[k+2].s >= 2 && !a.credHyphen45(k) ||
		k+1 < len(a.toks) && a.toks[k+1].kind == kWord && a.toks[k+1].shape == shLower && a.toks[k+1].gap == 1 && specimenWords45[a.folded(k+1)] {
		return false
	}
	return true
}

// ageUnitAt: token k is a number followed by an age unit, or "34M".
func (a *analysis) ageUnitAt(k int) bool {
	t := a.toks[k]
	v := a.text[t.s:t.e]
	if t.kind == kAlnum {
		// 34M, 71F, 52a
		d := 0
		for d < len(v) && isDigit(v[d]) {
			d++
		}
		if d == 0 || d > 3 {
			return false
		}
		u := strings.ToLower(v[d:])
		return u == "m" || u == "f" || u == "a" || u == "yo" || u == "y" || u == "mo"
	}
	if len(v) > 3 {
		return false
	}
	if k+1 >= len(a.toks) {
		return false
	}
	k2 := k + 1
	if a.isPunct(k2, "-") {
		k2++
	}
	if k2 >= len(a.toks) || a.toks[k2].kind != kWord {
		return false
	}
	switch a.folded(k2) {
	case "anos", "ano", "a", "yo", "y", "year", "years", "yr", "yrs", "m", "f", "mo", "months", "meses", "dias", "days", "wk", "weeks", "semanas", "mes":
		return true
	}
	return false
}

// roleBeforeName are roles written before a person's given name like a
// title: "nurse Bettina", "doula Francielle".
var roleBeforeName = set(`nurse doula midwife enfermeira enfermeiro`)

// byParticiple: the word before "by" in a signature, "Dictated by",
// "Read by", "Seen by", "Assinado por".
func byParticiple(f string) bool {
	return strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ado") || strings.HasSuffix(f, "ada") || strings.HasSuffix(f, "ido") || strings.HasSuffix(f, "ida") || byParticiples[f]
}

var byParticiples = set(`read seen done drawn taken given sent made written shown met brought ran run`)

// rosterName: after a bed or chair and a spaced dash, a name closed by a
// colon is the patient of a roster line ("Chair 5 - Ana Lima: K 6.1").
func (a *analysis) rosterName(k int) bool {
	if !a.isPunct(k-1, "-") || a.toks[k-1].gap == 0 || a.toks[k].gap == 0 || !a.capShape(k) || a.claimedAt(k) {
		return false
	}
	j := a.nameRun(k, runOpts{})
	if j <= k+1 || !a.isPunct(j, ":") || a.toks[j].gap != 0 {
		return false
	}
	strong, weak, unknown, bad, words := a.runEvidence(k, j)
	if words < 2 || strong+weak+unknown < 2 || bad > 0 && strong < 2 {
		return false
	}
	a.emitName(k, j, 0.85, pName)
	return true
}

// nameLabelAt reports whether a name label ends at or after token i and is
// followed by ":" (or is a "by" label); it returns the token after the label.
func (a *analysis) nameLabelAt(i int) (int, bool) {
	// the label must start a line or a field
	t := a.toks[i]
	// "Dictated by", "Read by" may sit mid-line (a participle before
	// "by": not "1 TABLET BY MOUTH")
	byLabel := i+1 < len(a.toks) && a.isWord(i+1) && a.cue(i+1)&cuBy != 0 && byParticiple(a.folded(i))
	if !(i == 0 || t.nl || t.gap >= 2 || a.isPunct(i-1, "|") || a.isPunct(i-1, "]") || a.isPunct(i-1, ";") || a.isPunct(i-1, "-") && a.spacedDash(i-1) ||
		a.isPunct(i-1, "(") && t.gap == 0 || a.itemMark56(i)) { // (a bracket's, round 52: bracketNameLabels52; a form's item, round 56)
		if !byLabel {
			return 0, false
		}
	}
	if a.lexOf(i)&(lxNameLabel|lxStop|lxRelation|lxTitle) == 0 && !byLabel {
		// multi-word labels start with a cue word ("Ordering provider",
		// "Dictated by", "Médico responsável")
		// (or a hyphenated one: "Off-going")
		h := i + 1
		if h+1 < len(a.toks) && a.isPunct(h, "-") && a.toks[h].gap == 0 && a.toks[h+1].gap == 0 {
			h++
		}
		if !(h < len(a.toks) && a.isWord(h) && a.lexOf(h)&lxNameLabel != 0) {
			return 0, false
		}
	}
	k := i
	words := 0
	for k < len(a.toks) && words < 4 {
		t := a.toks[k]
		if t.kind == kWord {
			if k > i && (t.nl || t.gap > 2) {
				break
			}
			words++
			k++
			if a.cue(k-1)&cuBy != 0 && words >= 2 {
				return k, true
			}
			if a.lexOf(k-1)&lxNameLabel != 0 && k < len(a.toks) && a.isPunct(k, ":") {
				return k + 1, true
			}
			// a role qualified in lower case after it: "Auxiliar de
			// necropsia:", "Técnico de enfermagem:"
			if (words >= 3 || words == 2 && nameQualifiers[a.folded(k-1)]) && k < len(a.toks) && a.isPunct(k, ":") && a.lexOf(i)&lxNameLabel != 0 && a.isWord(i+1) && a.toks[i+1].shape == shLower && a.toks[k-1].shape == shLower {
				return k + 1, true
			}
			// (or in title case with its service's qualifier: "Perito
			// Médico Federal:", round 57)
			if words >= 2 && k < len(a.toks) && a.isPunct(k, ":") && a.lexOf(i)&lxNameLabel != 0 && a.toks[k-1].shape != shLower && labelQualifiers57[a.folded(k-1)] {
				return k + 1, true
			}
			// "Name (Last, First, MI):" — the order of the field in brackets
			if a.lexOf(k-1)&lxNameLabel != 0 && k < len(a.toks) && a.isPunct(k, "(") {
				if c := a.nameOrderNote(k); c > 0 && c < len(a.toks) && a.isPunct(c, ":") {
					return c + 1, true
				}
			}
			continue
		}
		if t.kind == kPunct && (a.tokText(k) == "/" || a.tokText(k) == "'" || a.tokText(k) == "-" && k+1 < len(a.toks) && a.toks[k+1].gap == 0) && t.gap == 0 {
			k++
			continue
		}
		break
	}
	return 0, false
}

// spacedDash: token k is a dash with blanks on both sides, a field
// separator ("14h38 - Atendente: ...").
func (a *analysis) spacedDash(k int) bool {
	return k >= 0 && a.isPunct(k, "-") && a.toks[k].gap >= 1 && k+1 < len(a.toks) && a.toks[k+1].gap >= 1
}

// properCommon: word k, capitalised inside a sentence of running text,
// is a common word and nothing else (no name, cue, medical or place
// word) — after a relative it is a name the lists lack ("Cida",
// "Tainara"), the capital being the writer's mark of a proper noun.
func (a *analysis) properCommon(k int) bool {
	return a.toks[k].shape == shTitle && a.lexOf(k)&lxCommon != 0 && !a.sentenceStart(k) && !a.inTitleLine(k) &&
		a.lexOf(k)&(lxGiven|lxName|lxStop|lxMedical|lxMonth|lxOrgHead|lxRegion|lxCred|lxLabel|lxTitle|lxRelation|lxGreet|lxNameLabel) == 0 &&
		a.cue(k)&^(cuPresence|cuFilter) == 0 && !a.drugLike(k)
}

// kinWords are the family relations of "filho de X", "mother of X".
var kinWords = set(`filho filha mae pai esposa esposo marido mulher neto neta irmao irma avo tio tia sobrinho sobrinha primo prima
	son daughter mother father wife husband brother sister grandson granddaughter nephew niece`)

// nameQualifiers qualify a name label: "Nome completo:", "Name legal:".
var nameQualifiers = set(`completo completa civil legal registrado registrada escolhido escolhida`)

// nameOrderWords say in which order a name field is written.
var nameOrderWords = set(`last first mi middle initial surname given family name sobrenome nome prenome`)

// nameOrderNote: the bracket at k holds only name-order words, "(Last,
// First, MI)"; it returns the token after the closing bracket, or 0.
func (a *analysis) nameOrderNote(k int) int {
	for j := k + 1; j < len(a.toks) && j < k+10; j++ {
		switch {
		case a.toks[j].nl:
			return 0
		case a.isPunct(j, ")"):
			if j == k+1 {
				return 0
			}
			return j + 1
		case a.isWord(j) && nameOrderWords[a.folded(j)], a.isPunct(j, ","), a.isPunct(j, "/"), a.isPunct(j, "."):
		default:
			return 0
		}
	}
	return 0
}

// captureLabeledName reads the name after a label at token k.
func (a *analysis) captureLabeledName(k int) {
	a.captureDepth++
	defer func() { a.captureDepth-- }()
	if a.captureDepth > 3 {
		return
	}
	n := len(a.toks)
	// skip separators and signature lines: "Signed : ______ D. Holloway"
	for k < n && a.toks[k].kind == kPunct && !a.toks[k].nl {
		c := a.tokText(k)
		if c == "_" || c == "-" || c == ":" || c == "." || c == "*" {
			k++
			continue
		}
		break
	}
	if k >= n || a.toks[k].nl && !a.ocr {
		return
	}
	if a.toks[k].kind != kWord {
		return
	}
	// skip a title: "Patient: Mr. X", "Solicitante: Dra. X"
	if a.lexOf(k)&lxTitle != 0 && k+1 < n {
		k++
		if a.isPunct(k, ".") {
			k++
		}
	}
	if k >= n || a.toks[k].kind != kWord || a.claimedAt(k) {
		return
	}
	if a.loneInitials(k) || a.loneCapInitials(k) || a.middleInitialField(k) {
		// "Dispatcher: jmcg", "Operator: kdl": a user's initials fill the field
		a.add(int(a.toks[k].s), int(a.toks[k].e), TypeName, 0.75, pName)
		return
	}
	o := runOpts{lower: true, nl: a.ocr, wide: 1}
	if a.ocr {
		o.wide = 3
	}
	j := a.nameRun(k, o)
	// (emitted as it stands: trimRun would cut "lima" as a common word)
	if f := a.lowerNameField(k); f > k && f > j {
		a.add(int(a.toks[k].s), int(a.toks[f-1].e), TypeName, 0.9, pName)
		return
	}
	if j <= k {
		return
	}
	// OCR runs may cross lines: not into the next field ("Nasc.:", "Read by")
	j = a.cutAtField(k, j)
	// a double surname joined by a spaced hyphen before the comma:
	// "GUTIERREZ - PAZ , ESTELA"
	if j+3 < n && a.isPunct(j, "-") && !a.toks[j].nl && !a.toks[j+1].nl && a.isWord(j+1) && a.capShape(j+1) && a.toks[j+1].shape == a.toks[k].shape &&
		a.lexOf(j+1)&(lxStop|lxMedical|lxMonth|lxCred) == 0 && a.isPunct(j+2, ",") && a.isWord(j+3) && !a.toks[j+3].nl && a.capShape(j+3) {
		j += 2
	}
	// Surname first: "NGUYEN, APRIL T", "Okoro, Benedict".
	if j+1 < n && a.isPunct(j, ",") && a.toks[j+1].kind == kWord && !a.toks[j+1].nl && int(a.toks[j+1].gap) <= o.wide+1 && a.capShape(j+1) {
		if !a.isCredAt(j+1) && !a.acronymPost53(j+1) && (a.lexOf(j+1)&lxGiven != 0 || a.nameStrong(j+1) || a.unknownWord(j+1) || a.toks[j+1].shape == shSingle) {
			if j2 := a.cutAtField(j+1, a.nameRun(j+1, o)); j2 > j+1 {
				j = j2
			}
		}
	}
	ri, rj := a.trimRun(k, j)
	if ri >= rj {
		return
	}
	// "Baby Girl Monroe": generic words before the name
	for ri+1 < rj && a.toks[ri].kind == kWord && a.toks[ri].e-a.toks[ri].s > 1 && a.nonName(ri) && a.lexOf(ri)&lxGiven == 0 &&
		(a.lexOf(ri)&(lxStop|lxMedical|lxOrgHead|lxRegion|lxMonth) != 0 || a.cue(ri)&cuBaby != 0 || a.toks[ri].shape == shLower) {
		ri++
	}
	strong, weak, unknown, bad, words := a.runEvidence(ri, rj)
	if words == 0 || words > 7 {
		return
	}
	if bad > 0 && strong+unknown+weak == 0 {
		return
	}
	if bad > strong+unknown+weak && !a.wholeFieldName(ri, rj) {
		return
	}
	if words == 1 && a.wordNotName57(ri, rj) {
		return
	}
	a.emitName(ri, rj, 0.92, pName)
	// "JOSÉ DE PAULA / MARIA APARECIDA DE PAULA", "X e Y"
	if j+1 < n && (a.isPunct(j, "/") || a.isWord(j) && a.folded(j) == "e" || a.isWord(j) && a.folded(j) == "and") && !a.toks[j+1].nl {
		a.captureLabeledName(j + 1)
	}
}

// loneInitials: token k is a user's initials alone in a field, two to
// four lower-case letters in no list, ending the line ("jmcg").
func (a *analysis) loneInitials(k int) bool {
	t := a.toks[k]
	if t.shape != shLower || t.e-t.s < 2 || t.e-t.s > 4 || !a.unknownOrShort(k) {
		return false
	}
	return k+1 >= len(a.toks) || a.toks[k+1].nl
}

// loneCapInitials: token k is a signer's initials in capitals alone on
// the rest of the line after a name label ("RPh: KLS"), two or three
// letters in no list (acronyms of the lists stay out).
func (a *analysis) loneCapInitials(k int) bool {
	t := a.toks[k]
	if t.shape != shUpper || t.e-t.s < 2 || t.e-t.s > 3 || !a.unknownOrShort(k) || wordMorph(a.folded(k)) {
		return false
	}
	return k+1 >= len(a.toks) || a.toks[k+1].nl
}

// middleInitialField: token k is the one letter of a "MI:" field,
// ending the field ("FIRST: ANA   MI: R").
func (a *analysis) middleInitialField(k int) bool {
	if a.toks[k].shape != shSingle || k < 2 || !a.isPunct(k-1, ":") || !a.isWord(k-2) || a.folded(k-2) != "mi" {
		return false
	}
	return k+1 >= len(a.toks) || a.toks[k+1].nl || a.toks[k+1].gap >= 2
}

// unknownOrShort: word k is in no list (two letters included).
func (a *analysis) unknownOrShort(k int) bool {
	return a.lexOf(k)&(lxGiven|lxName|lxCommon|lxMedical|lxPlace|lxRegion|lxStop|lxOrgHead|lxParticle|lxCred|lxMonth|lxLabel) == 0
}

// lowerNameField: a name typed in lower case fills the field after a name
// label ("Nome: francisco erivan de lima    CNS: ..."): two to five words to
// the end of the field, each a listed given name or surname (or a
// particle between them), none a function, clinical or month word. The
// words may be common words too ("lima"), which lowerName refuses
// without a label. It returns the end of the field, or k.
func (a *analysis) lowerNameField(k int) int {
	n := len(a.toks)
	if a.lexOf(k)&lxGiven == 0 {
		return k
	}
	j, words, clear := k, 0, 0
	for j < n && a.toks[j].kind == kWord && (j == k || !a.toks[j].nl && a.toks[j].gap == 1) {
		x := a.lexOf(j)
		switch {
		case x&lxParticle != 0 && j > k && a.toks[j].shape == shLower:
		case x&(lxGiven|lxName) != 0 && x&(lxStop|lxMedical|lxMonth|lxCred|lxTitle|lxRegion) == 0 && a.toks[j].shape == shLower && a.toks[j].e-a.toks[j].s >= 3:
			words++
			if x&lxCommon == 0 {
				clear++
			}
		default:
			return k
		}
		j++
	}
	if words < 2 || words > 5 || clear == 0 || a.lexOf(j-1)&lxParticle != 0 {
		return k
	}
	// the field ends here: a line end, a wide gap, a separator or the end
	// (not a sentence: "Paciente: bom dia!")
	if j < n && !a.toks[j].nl && a.toks[j].gap < 2 && !a.isPunct(j, ",") && !a.isPunct(j, "|") && !a.isPunct(j, ";") {
		return k
	}
	return j
}

// wholeFieldName: after a name label, two to five capitalised words that
// fill the field are the name even when they are also common words or
// places ("Paciente: Ícaro Gonçalves Bonfim"), if one is a listed name;
// words that cannot be names (clinical, function, month, region,
// organisation words) veto it.
func (a *analysis) wholeFieldName(i, j int) bool {
	words, named := 0, 0
	for k := i; k < j; k++ {
		if a.toks[k].kind != kWord {
			continue
		}
		if a.lexOf(k)&lxParticle != 0 && a.toks[k].shape == shLower {
			continue
		}
		if !a.capShape(k) || a.toks[k].shape == shUpper && a.toks[k].e-a.toks[k].s > 1 && !a.allUpperRun(i, j) {
			return false
		}
		if a.lexOf(k)&(lxMedical|lxStop|lxOrgHead|lxRegion|lxMonth|lxCred|lxLabel) != 0 && a.lexOf(k)&(lxGiven|lxName) == 0 {
			return false
		}
		words++
		if a.lexOf(k)&(lxGiven|lxName) != 0 {
			named++
		}
	}
	if words < 2 || words > 5 || named == 0 {
		return false
	}
	n := len(a.toks)
	return j >= n || a.toks[j].nl || a.toks[j].gap >= 2 || a.toks[j].kind == kPunct && (a.isPunct(j, ",") || a.isPunct(j, ";") || a.isPunct(j, "|") || a.isPunct(j, "(") || a.isPunct(j, "-") && a.toks[j].gap > 0)
}

// runStartBefore: the start of the capitalised run that ends at j.
func (a *analysis) runStartBefore(j int) int {
	i := j
	for i > 0 && a.capShape(i-1) && !a.toks[i].nl && j-i < 4 {
		i--
	}
	return i
}

func (a *analysis) allInitials(i, j int) bool {
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord && a.toks[k].shape != shSingle {
			return false
		}
	}
	return true
}

func (a *analysis) allUpperRun(i, j int) bool {
	for k := i; k < j; k++ {
		if a.toks[k].kind == kWord && a.toks[k].shape != shUpper && a.toks[k].shape != shSingle {
			return false
		}
	}
	return true
}

// upperLineFrom: the words from token k to the end of its line are all in
// capitals (two at least).
func (a *analysis) upperLineFrom(k int) bool {
	w := 0
	for ; k < len(a.toks) && !a.toks[k].nl; k++ {
		if a.toks[k].kind == kWord {
			if a.toks[k].shape != shUpper {
				return false
			}
			w++
		}
	}
	return w >= 2
}

// nameEndsAt reports whether a NAME candidate ends right before token k.
func (a *analysis) nameEndsAt(k int) bool {
	if k == 0 {
		return false
	}
	p := k - 1
	for p >= 0 && a.toks[p].kind == kPunct && a.tokText(p) != "." {
		p--
	}
	if p < 0 {
		return false
	}
	end := int(a.toks[p].e)
	for i := len(a.cands) - 1; i >= 0 && i >= len(a.cands)-8; i-- {
		if c := a.cands[i]; c.typ == TypeName && c.e == end {
			return true
		}
	}
	return false
}

// drugLike: a capitalised word in a drug's position or with a drug's
// ending ("Zyrtec (cetirizine)", "(Marevan)", "Dexcom G7", "Lovenox").
func (a *analysis) drugLike(i int) bool {
	n := len(a.toks)
	if i+1 < n && !a.toks[i+1].nl && (a.isPunct(i+1, "(") && !a.personParen42(i+1) || a.toks[i+1].kind == kNum || a.toks[i+1].kind == kAlnum) {
		return true
	}
	if i > 0 && a.isPunct(i-1, "(") && i+1 < n && a.isPunct(i+1, ")") {
		return true
	}
	return hasDrugSuffix(a.folded(i))
}

// hasDrugSuffix: the folded word ends like a drug's generic name.
func hasDrugSuffix(f string) bool {
	for _, suf := range drugSuffixes {
		if len(f) > len(suf)+2 && f[len(f)-len(suf):] == suf {
			return true
		}
	}
	return false
}

var drugSuffixes = []string{"pril", "sartan", "sartana", "statin", "statina", "prazole", "prazol", "xaban",
	"parin", "parina", "cillin", "cilina", "mycin", "micina", "cycline", "ciclina", "olol", "dipine", "dipino",
	"mab", "nib", "vir", "azepam", "zolam", "tidine", "tidina", "floxacin", "floxacino", "gliptin", "gliptina"}

// inTitleLine: most words of token i's line are capitalised (a heading or
// a letterhead, where capitals mark nothing).
func (a *analysis) inTitleLine(i int) bool {
	l := i
	for l > 0 && !a.toks[l].nl {
		l--
	}
	caps, words := 0, 0
	for k := l; k < len(a.toks) && (k == l || !a.toks[k].nl); k++ {
		if a.toks[k].kind != kWord {
			continue
		}
		words++
		if a.toks[k].shape != shLower {
			caps++
		}
	}
	return words >= 2 && caps*4 >= words*3
}

// wordMorph reports an ending that English and Portuguese words have and
// given names and surnames almost never do ("Afebrile", "Ambulates",
// "Neurovascularly", "Centrilobular", "Oncologist", "Aguardando",
// "Postvoid"). It only vetoes words found in no list: listed names such as
// Kelly or Fernando never reach it.
func wordMorph(f string) bool {
	for _, suf := range wordSuffixes {
		if len(f) > len(suf)+2 && strings.HasSuffix(f, suf) {
			// (a name made on "-elly", "-illy", "-olly" is no adverb:
			// "Gabrielly", "Kamilly", "Nicolly")
			if suf == "ly" && len(f) > 5 && f[len(f)-3] == 'l' && strings.IndexByte("eioy", f[len(f)-4]) >= 0 {
				continue
			}
			return true
		}
	}
	return false
}

// initialBefore reports whether the single letter at j reads as an initial
// ("Lamar D. Winter", "RN A. Cantú"): a period then a capitalised word on
// the same line.
func (a *analysis) initialBefore(j int) bool {
	n := len(a.toks)
	if j+2 >= n || !a.isPunct(j+1, ".") {
		return false
	}
	u := a.toks[j+2]
	return !u.nl && (u.shape == shTitle || u.shape == shUpper) && u.kind == kWord
}

var wordSuffixes = []string{"patia", "pathy", "ly", "ates", "ated", "ating", "brile", "ular", "ologist", "ologista", "ectomy", "ectomia",
	"itis", "osis", "ism", "ness", "ment", "tion", "sion", "ive", "ous", "void", "ical", "ology", "emia", "uria",
	"ando", "endo", "indo", "mente", "ista", "ist", "able", "ible", "ize", "ized", "izes", "ing"}

// includeParticlesAfterTitle adds the lower-case particles between a
// title and the name it found: "Dr. van Houten", "Dra. de la Cruz", "Dr.
// van der Berg" (the name rules start a run at a capitalised word, so the
// particles were left out).
func (a *analysis) includeParticlesAfterTitle() {
	n := len(a.toks)
	// from each title (rare) rather than each token
	next := 0 // (a name's tokens are passed over)
	for _, wp := range a.wordToks {
		p := int(wp)
		if p < next {
			continue
		}
		if p+2 >= n {
			break
		}
		if a.cue(p)&cuTitle == 0 || a.toks[p].kind != kWord || a.lexOf(p)&lxTitle == 0 {
			continue
		}
		k := p + 1
		if a.isPunct(k, ".") {
			k++
		}
		if k+1 >= n {
			continue
		}
		if t := a.toks[k]; t.kind != kWord || t.shape != shLower && !a.titleParticle48(k) || t.e-t.s > 3 || t.nl || a.lexOf(k)&lxParticle == 0 && !arabicParticles[a.folded(k)] || a.claimedAt(k) {
			continue
		}
		// "Dr. al-Tamimi", "Dr. el-Sayed": the particle joined by a hyphen
		if k+2 < n && a.isPunct(k+1, "-") && a.toks[k+1].gap == 0 && a.toks[k+2].gap == 0 && a.isWord(k+2) && a.capShape(k+2) {
			a.add(int(a.toks[k].s), int(a.toks[k+2].e), TypeName, 0.9, pName)
			next = k + 3
			continue
		}
		e := k + 1
		if e < n && a.isWord(e) && a.toks[e].shape == shLower && a.lexOf(e)&lxParticle != 0 && !a.toks[e].nl {
			e++ // "van der", "de la"
		}
		if e >= n || a.toks[e].nl || a.toks[e].gap > 1 || !a.capShape(e) || !a.nameAt(e) {
			continue
		}
		if a.pt && e == k+1 && a.toks[p].shape == shLower && a.toks[p].e-a.toks[p].s > 4 && a.lexOf(e)&lxGiven != 0 {
			continue // "a professora de Lívia": whose teacher (round 57)
		}
		a.add(int(a.toks[k].s), int(a.toks[e].e), TypeName, 0.9, pName)
		next = e + 1
	}
}

// commaBefore reports whether a comma follows a capitalised word within
// tokens (i, j) — the surname-first form "DE LA CRUZ, ROSARIO".
func (a *analysis) commaBefore(i, j int) bool {
	for k := i + 1; k < j && k < i+5; k++ {
		if a.isPunct(k, ",") {
			return k > i+1 && a.capShape(k-1) && a.lexOf(k-1)&lxParticle == 0
		}
		if !a.isWord(k) {
			return false
		}
	}
	return false
}

// arabicParticles open surnames joined by a hyphen: "al-Tamimi".
var arabicParticles = set(`al el bin ibn abu abd`)

// nameAt reports whether a name candidate covers token k.
func (a *analysis) nameAt(k int) bool {
	s, e := int(a.toks[k].s), int(a.toks[k].e)
	for _, c := range a.cands {
		if c.typ == TypeName && c.s <= s && c.e >= e {
			return true
		}
	}
	return false
}

// includeHyphenedGiven adds the first half of a hyphenated given name a
// rule left out: "Jae-sung Oh, MD", "Bok-soon Kang" were found from the
// lower-case half on.
func (a *analysis) includeHyphenedGiven() {
	a.eachNameStart(func(c cand, k int, found bool) {
		// "Jun-ho Yoon" found as "Yoon": start at the lower-case half
		if found && k >= 3 && a.toks[k].gap == 1 && !a.toks[k].nl && a.isWord(k-1) && a.toks[k-1].shape == shLower && a.toks[k-1].e-a.toks[k-1].s <= 5 &&
			a.toks[k-1].gap == 0 && a.isPunct(k-2, "-") && a.toks[k-2].gap == 0 && a.lexOf(k-1)&(lxStop|lxMedical) == 0 && a.toks[k].shape == shTitle &&
			(a.lexOf(k-1)&lxCommon == 0 || a.toks[k-1].e-a.toks[k-1].s <= 3) {
			k--
		}
		// ("-seo Park": the run began at the hyphen)
		if found && k+1 < len(a.toks) && a.isPunct(k, "-") && a.toks[k+1].gap == 0 {
			k++
		}
		if !found || k < 2 || a.toks[k].gap != 0 || a.toks[k].shape != shLower || !a.isPunct(k-1, "-") || a.toks[k-1].gap != 0 {
			return
		}
		p := k - 2
		// ("Jun-seo": a month's abbreviation that is also a given name)
		if !a.isWord(p) || a.toks[p].shape != shTitle || a.toks[p].e-a.toks[p].s > 5 || a.claimedAt(p) && !a.nameAt(p) || a.lexOf(p)&(lxStop|lxMedical) != 0 ||
			a.lexOf(p)&lxMonth != 0 && a.lexOf(p)&(lxGiven|lxName) == 0 {
			return
		}
		a.add(int(a.toks[p].s), c.e, TypeName, c.score, c.prio)
	})
}

// includeHyphenTail: a name found as its first half takes the lower-case
// second half of a hyphenated given name: "Eun-ji", "Ji-hoon" (Korean
// given names are written so).
func (a *analysis) includeHyphenTail() {
	a.extendHyphenTails(TypeName, func(t token, k int) bool {
		return t.shape == shLower && t.e-t.s <= 4 && a.lexOf(k)&(lxStop|lxMedical|lxCommon) == 0
	})
}

// extendHyphenTails: a candidate of type typ that ends right before a
// glued hyphen takes the word after it when tail accepts that word (token
// t at index k).
func (a *analysis) extendHyphenTails(typ string, tail func(t token, k int) bool) {
	n := len(a.toks)
	for ci, m := 0, len(a.cands); ci < m; ci++ {
		c := a.cands[ci]
		if c.typ != typ {
			continue
		}
		j := a.tokAt(c.e)
		if j == 0 || j+1 >= n || int(a.toks[j-1].e) != c.e || !a.isPunct(j, "-") || a.toks[j].gap != 0 {
			continue
		}
		if t := a.toks[j+1]; t.kind == kWord && t.gap == 0 && tail(t, j+1) {
			a.add(c.s, int(t.e), typ, c.score, c.prio)
		}
	}
}

// includeMiddleInitial: a name written surname first, "DUB0SE ,  TAMEKA
// R", ends with the middle initial that forms print after the given name
// (the passes that find such names by their label stop at the last word).
func (a *analysis) includeMiddleInitial() {
	n := len(a.toks)
	for ci, m := 0, len(a.cands); ci < m; ci++ {
		c := a.cands[ci]
		if c.typ != TypeName || strings.IndexByte(a.text[c.s:c.e], ',') < 0 {
			continue
		}
		j := a.tokAt(c.e)
		if j >= n || j == 0 || int(a.toks[j-1].e) != c.e || !a.isWord(j-1) {
			continue
		}
		t := a.toks[j]
		if t.kind != kWord || t.shape != shSingle || !isASCIIUpper(a.text[t.s]) || t.nl || t.gap > 2 || a.claimedAt(j) && !a.nameAt(j) {
			continue
		}
		// the initial ends the field: a line break, a wide gap, a dot
		if !(j+1 >= n || a.toks[j+1].nl || a.toks[j+1].gap >= 3 || a.isPunct(j+1, ".") && a.toks[j+1].gap <= 1) {
			continue
		}
		a.add(c.s, int(t.e), TypeName, c.score, c.prio)
	}
}

// includeUpperLineBefore: a name in capitals broken over two lines, found
// on its second line by the clause after it ("que JANAÍNA DOS SANTOS⏎
// RAPOSO, portadora do CPF"), takes the capitalised name words that end
// the line before (OCR declarations and forms).
func (a *analysis) includeUpperLineBefore() {
	a.eachNameStart(func(c cand, k int, found bool) {
		if !found || k == 0 || !a.toks[k].nl || a.toks[k].shape != shUpper {
			return
		}
		p, evidence := k, false
		for p > 0 && k-p < 4 {
			q := p - 1
			if !a.isWord(q) || a.toks[q].shape != shUpper || a.claimedAt(q) && !a.nameAt(q) || q < k-1 && a.toks[q+1].nl {
				break
			}
			x := a.lexOf(q)
			if x&(lxStop|lxMedical|lxMonth|lxRegion|lxCred|lxTitle) != 0 && x&lxParticle == 0 {
				break
			}
			if x&(lxGiven|lxName) != 0 || a.unknownWord(q) {
				evidence = true
			}
			p = q
		}
		// the words must follow a lower-case word on their line ("que",
		// "declaro"), never fill a heading
		if p == k || !evidence || p == 0 || a.toks[p].nl || !a.isWord(p-1) || a.toks[p-1].shape != shLower || a.lexOf(p)&lxParticle != 0 {
			return
		}
		a.add(int(a.toks[p].s), c.e, TypeName, c.score, c.prio)
	})
}

// eachNameStart calls fn for every NAME candidate found so far (not the
// ones fn adds), with the token its span starts on.
func (a *analysis) eachNameStart(fn func(c cand, k int, found bool)) {
	n := len(a.cands)
	for ci := 0; ci < n; ci++ {
		c := a.cands[ci]
		if c.typ != TypeName {
			continue
		}
		k, found := a.tokenAt(c.s)
		fn(c, k, found)
	}
}
