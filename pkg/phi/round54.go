package phi

import "strings"

// Round 54 rules: death and the paperwork after it (death certificates
// and Declarações de Óbito, coroner and medical-examiner referrals and
// reports, verification-of-death notes, funeral homes, cemeteries and
// crematoria, organ and tissue donation referrals, bereavement letters,
// life-insurance and pension claims, mortuary releases), genetics,
// genomics and biobanks (counselling letters with pedigrees, test
// reports, research consents, newborn screening), and dev-imitating
// notes.

// medical54 are clinical words the lists lack: findings and procedures
// named at a sentence's start ("Anoxic brain injury", "Explanted by …",
// "Perinatal bereavement nurse", "Hepatopetal flow", "Oropharyngeal
// dysphagia", "Chromosomal microarray", "Antithrombin activity"), a
// unit's and a specialty's words ("Neurocritical Care"), eponyms of a
// syndrome, a scale, a mutation and a method ("Jod-Basedow", "Hoehn and
// Yahr", "Factor V Leiden", "Sanger sequencing", "Archimedes spirals")
// and a valve's brand ("Evolut PRO+").
var medical54 = set(`anoxic explanted explant explantation perinatal neurocritical hepatopetal hepatofugal oropharyngeal
	chromosomal antithrombin jod basedow hoehn yahr leiden archimedes evolut miralax recontact
	cytogenomics cytogenomic cytogenetics cytogenetic citogenetica exome exoma genoma genomic sequencing illumina novaseq miseq nextseq hiseq`)

// common54 are words the lists lack: a notary's formula ("Dou fé").
var common54 = set(`dou`)

// stop54 are abbreviations and numerals that look like names: a death
// registration system (EDRS), roman numerals of a form's sections ("VII
// - MÉDICO"), a delivery's and an age's abbreviations (SVD, CRL), a
// laboratory's method (HPLC), a lens (IOL), point of care (POC), over the
// counter (OTC), amino acids ("Phe/Tyr").
var stop54 = set(`edrs vii viii xii xiii xiv xv xvi xvii xviii xix svd crl hplc iol poc otc phe tyr sas exa exas morte sanger hht surg esta ela`)

// deptWords54 name a clinic or a laboratory by what it treats or tests
// (genericOrg44's department words, with deptWords44): "Hereditary
// Cancer Clinic", "Inherited Cardiac Disease Clinic", "Developmental &
// Behavioral Pediatrics", "Adult & Child Psychiatry", "CYTOGENOMICS
// LABORATORY", "Laboratório de Citogenética Humana".
var deptWords54 = set(`hereditary inherited familial cardiovascular cardiac heart disease diseases cancer cancers biochemical metabolic
	cardiomyopathy cardiomyopathies cytogenomics cytogenomic citogenetica citogenomica humana human developmental psychiatry
	psychiatric client clinic clinics laboratorio laboratory screening newborn neonatal prenatal perinatal reproductive`)

// r54 is the kind of this round's trigger words (words54): they share
// r48Tail's bit, as rounds 50 to 53 do; detectTriggers54 tells them
// apart by the word.
const r54 = r48Tail

// words54 are this round's trigger words: a civil registry's and a
// notary's office ("Registro Civil do 4º Ofício - …", "2º Tabelião de
// Notas de …"), a registry's entry ("termo 88102") and its digital seal
// ("Selo digital: …"), a veterans' post by its number ("VFW Post 1332"),
// posts that label a name ("Registrar: …", "Analista: …"), a donor
// network ("… Donor Network"), a county's clerk ("Wayne County Clerk"),
// a state's medical investigator ("Office of the Medical Investigator"),
// a life insurer heading its letter ("… Life"), a grave's space or plot
// ("space GP-112-B") and an aliquot's code, a coined brand before
// "referral", a benefits fund, a Belém "Passagem", a death verification
// service, a device's maker ("Fabricante …"), "V. Sas.", a brand after
// "Saúde", a benefits administrator, a biobank, a town after "municipal
// de", a district named for a country ("Jardim Japão"); and the words
// that say a note reports genes (geneWords54) or a family's history
// (familyWords54).
var words54 = set(`registro tabeliao tabelionato termo selo post registrar analista escrevente donor clerk recorder
	investigator life space plot grave crypt niche quadra referral fund passagem verificacao
	fabricante manufacturer sas exa aliquota aliquot aliquots saude administradora biobanco biobank municipal jardim vila parque
	` + geneWords54 + ` ` + familyWords54)

// familyWords54 say a note draws a family's history or a pedigree (the
// ages from 90 pedigreeAges54 reads are given there).
const familyWords54 = `alive living diagnosed deceased maternal paternal proband pedigree materna materno paterna paterno heredograma
	familial cascade relatives relationship`

var familyWordSet54 = set(familyWords54)

// geneWords54 say a note reports genes or variants: its gene symbols,
// variant names and databases' numbers are no identifiers
// (protectGenomic54).
const geneWords54 = `gene genes variant variants variante variantes allele alleles genotype genotipo heterozygous homozygous
	heterozigose homozigose heterozigota heterozigoto dbsnp omim mutation mutacao pathogenic patogenica
	prothrombin protrombina mthfr thrombophilia trombofilia polymorphism polimorfismo sequencing sequenciamento`

var geneWordSet54 = set(geneWords54)

// late54 runs this round's passes that read what the others found.
func (a *analysis) late54() {
	if a.has39(r54) {
		a.detectTriggers54()
	}
	if a.hasPunct('(') && a.hasPunct(')') {
		a.parenGiven54()
	}
	if a.hasPunct('-') {
		a.pedigreeNames54()
	}
	if a.hasPunct('[') && a.hasPunct(']') {
		a.boxInitials54()
	}
	if a.pt {
		a.townAfterZip54()
	}
}

// detectTriggers54 runs the rules of this round's trigger words
// (words54).
func (a *analysis) detectTriggers54() {
	n := len(a.toks)
	genes, family := false, false
	for x, ps := range a.r39Pos {
		k := int(ps)
		if a.r39Kind[x]&r54 == 0 || k+1 >= n || !a.isWord(k) {
			continue
		}
		f := a.folded(k)
		if familyWordSet54[f] {
			family = true
			continue
		}
		if geneWordSet54[f] {
			genes = true
			if f == "omim" {
				a.omimNumber54(k)
			}
			continue
		}
		switch f {
		case "registro":
			if a.pt && a.toks[k].shape != shLower {
				a.civilRegistry54(k)
			}
		case "tabeliao", "tabelionato":
			if a.pt && a.toks[k].shape != shLower {
				a.notaryOffice54(k)
			}
		case "termo":
			if a.pt {
				a.registryEntry54(k)
			}
		case "selo":
			if a.pt {
				a.digitalSeal54(k)
			}
		case "post":
			if a.toks[k].shape == shTitle {
				a.veteransPost54(k)
			}
		case "registrar", "analista", "escrevente":
			if a.toks[k].shape != shLower && a.isPunct(k+1, ":") {
				a.roleLabel52(k)
			}
		case "donor":
			if a.toks[k].shape != shLower {
				a.donorNetwork54(k)
			}
		case "clerk", "recorder":
			if a.toks[k].shape != shLower {
				a.countyClerk54(k)
			}
		case "investigator":
			if a.toks[k].shape != shLower {
				a.investigatorOffice54(k)
			}
		case "referral":
			if k > 0 && a.toks[k-1].shape == shMixed && a.toks[k].shape == shLower {
				a.coinedBrandBefore54(k)
			}
		case "fund":
			if a.toks[k].shape != shLower {
				a.benefitFund54(k)
			}
		case "county":
			// (round 48's trigger word, read here too)
			if a.toks[k].shape != shLower && k > 1 && a.spacedDash(k-1) {
				a.countyDepartment54(k)
			}
		case "passagem":
			if a.pt && a.toks[k].shape == shTitle {
				a.passageAddress54(k)
			}
		case "verificacao":
			if a.pt && a.toks[k].shape != shLower {
				a.deathVerification54(k)
			}
		case "fabricante", "manufacturer":
			a.makerRegion54(k)
		case "sas", "exa":
			// "V. Sas.", "V. Exa.": the reader addressed, no initial and
			// surname (a region: no name is read in it)
			if a.pt && k >= 2 && a.isPunct(k-1, ".") && a.tokText(k-2) == "V" && a.toks[k-1].gap == 0 {
				a.regions = append(a.regions, [2]int{int(a.toks[k-2].s), int(a.toks[k].e)})
			}
		case "life":
			if a.toks[k].shape != shLower {
				a.lifeInsurer54(k)
			}
		case "space", "plot", "grave", "crypt", "niche", "quadra":
			// ("grave" and "quadra" in their own language: "moderada a
			// grave (CID-10 …)" is a severity)
			if a.toks[k].shape == shLower && (f != "grave" || !a.pt) && (f != "quadra" || a.pt) {
				a.graveSpace54(k)
			}
		case "aliquota", "aliquot", "aliquots":
			a.graveSpace54(k)
		case "saude":
			if a.pt && a.toks[k].shape == shTitle && k > 0 && a.spacedDash(k-1) {
				a.brandAfterDash54(k)
			}
		case "administradora":
			if a.pt && a.toks[k].shape != shLower {
				a.benefitsAdministrator54(k)
			}
		case "municipal":
			if a.pt && a.toks[k].shape == shLower {
				a.townOfBody54(k)
			}
		case "jardim", "vila", "parque":
			if a.pt && a.toks[k].shape == shTitle {
				a.districtOfRegion54(k)
			}
		case "biobanco", "biobank":
			if a.toks[k].shape == shTitle {
				a.biobank54(k)
			}
		}
	}
	if genes {
		a.protectGenomic54()
	}
	if family {
		a.pedigreeAges54()
	}
}

// registryPrefix54 returns the start of the office's name before a
// registry's word at k: "Oficial de", "Cartório do" (k itself if none).
func (a *analysis) registryPrefix54(k int) int {
	if k >= 2 && !a.toks[k].nl && !a.toks[k-1].nl && a.isWord(k-1) && a.isWord(k-2) && a.toks[k-2].shape != shLower {
		switch a.folded(k - 1) {
		case "de", "do", "da":
			switch a.folded(k - 2) {
			case "oficial", "cartorio", "oficio", "servico":
				return k - 2
			}
		}
	}
	return k
}

// registryDistrict54 reads the district of a registry's or a notary's
// office from token q: an ordinal and a part ("do 4º Ofício", "- 1º
// OFÍCIO"), then "de <Town>" or a spaced dash and its district; or "de
// <Town>" alone. The end, or q if there is none.
func (a *analysis) registryDistrict54(q int, partWords map[string]bool) int {
	n := len(a.toks)
	wide := a.wide53()
	e := q
	k := q
	if k+1 < n && !a.toks[k].nl && (a.isPunct(k, "-") || a.isPunct(k, "–") || a.isWord(k) && (a.folded(k) == "do" || a.folded(k) == "da" || a.folded(k) == "de")) {
		k++
	}
	if k+1 < n && k > q && !a.toks[k].nl && a.ordinalAt(k) && a.isWord(k+1) && partWords[a.folded(k+1)] && !a.toks[k+1].nl {
		e = k + 2
	} else if k > q && a.isWord(k-1) && a.toks[k-1].shape == shLower || k > q && a.toks[k-1].shape == shUpper && a.isWord(k-1) {
		// "de Araraquara", "DE SOUSA" (no ordinal): the town
		if r := a.titleRun(k, 4); r > k && !a.toks[k].nl && a.lexOf(k)&(lxStop|lxMonth|lxLabel) == 0 {
			return r
		}
		return q
	} else {
		return q
	}
	// the town after the part ("… de Campinas"), or the district after a
	// spaced dash ("… Ofício - Portão")
	if e+1 < n && a.isWord(e) && !a.toks[e].nl && (a.folded(e) == "de" || a.folded(e) == "do" || a.folded(e) == "da") && a.capShape(e+1) && !a.toks[e+1].nl {
		if r := a.titleRun(e+1, 4); r > e+1 {
			return r
		}
	}
	if d := a.dashTail53(e, wide); d > e {
		return d
	}
	return e
}

// registryParts54 name a registry's or a notary's district after its
// ordinal.
var registryParts54 = set(`zona subdistrito distrito circunscricao oficio tabeliao tabelionato`)

// civilRegistry54 reads a civil registry named by its district or town
// ("Registro Civil do 4º Ofício - Portão", "Oficial de Registro Civil de
// Araraquara", "CARTÓRIO DO REGISTRO CIVIL - 1º OFÍCIO DE SOUSA"), the
// office's word before it kept ("Oficial de", "Cartório do"); the
// registry's kind alone ("REGISTRO CIVIL DAS PESSOAS NATURAIS" heading a
// certificate) names none. ORGANIZATION.
func (a *analysis) civilRegistry54(k int) {
	n := len(a.toks)
	if k+2 >= n || !a.isWord(k+1) || a.folded(k+1) != "civil" || a.toks[k+1].nl || a.toks[k+1].shape == shLower {
		return
	}
	e := k + 2
	// "… das Pessoas Naturais"
	if e+2 < n && a.isWord(e) && a.folded(e) == "das" && a.isWord(e+1) && a.folded(e+1) == "pessoas" && a.isWord(e+2) && a.folded(e+2) == "naturais" && !a.toks[e+2].nl {
		e += 3
	}
	r := a.registryDistrict54(e, registryParts54)
	if r == e {
		return
	}
	a.add(int(a.toks[a.registryPrefix54(k)].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
}

// notaryOffice54 reads a notary's office by its ordinal or its town ("2º
// Tabelião de Notas de Sorocaba", "Tabelionato de Notas e Protesto de
// Itu"). ORGANIZATION.
func (a *analysis) notaryOffice54(k int) {
	n := len(a.toks)
	l := k
	if k > 0 && a.ordinalAt(k-1) && !a.toks[k].nl {
		l = k - 1
	}
	e := k + 1
	// "de Notas", "de Notas e Protestos", "de Protesto de Títulos"
	for e+1 < n && a.isWord(e) && !a.toks[e].nl && (a.folded(e) == "de" || a.folded(e) == "e") && a.isWord(e+1) && !a.toks[e+1].nl {
		switch a.folded(e + 1) {
		case "notas", "protesto", "protestos", "titulos":
			e += 2
			continue
		}
		break
	}
	r := e
	if e+1 < n && a.isWord(e) && !a.toks[e].nl && (a.folded(e) == "de" || a.folded(e) == "da" || a.folded(e) == "do") && a.capShape(e+1) && !a.toks[e+1].nl {
		r = a.titleRun(e+1, 4)
	} else if d := a.dashTail53(e, a.wide53()); d > e {
		r = d
	}
	if r == e && l == k {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
}

// registryEntry54 reads a registry's entry after "termo" ("… - termo
// 88102", "termo nº 61.290"): four digits or more, closing its phrase.
// ID.
func (a *analysis) registryEntry54(k int) {
	n := len(a.toks)
	q := a.skipNumberSign48(k + 1)
	if q >= n || a.toks[q].nl || a.toks[q].kind != kNum || a.claimedAt(q) || a.toks[q].gap > 1 {
		return
	}
	v := labelValue(a.text[a.toks[q].s:])
	if digitCount(v) < 4 || len(v) > 14 {
		return
	}
	e := int(a.toks[q].s) + len(v)
	r := a.firstTokenFrom(e)
	if r < n && !a.toks[r].nl && a.isWord(r) && a.toks[r].gap <= 1 {
		return // "termo 2 de …"
	}
	a.add(int(a.toks[q].s), e, TypeID, 0.8, pLabeled)
}

// digitalSeal54 reads a registry's seal after "Selo digital:" or "selo
// nº": a code of letters and digits joined by dots or hyphens, up to its
// blank. ID.
func (a *analysis) digitalSeal54(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isWord(q) && !a.toks[q].nl {
		switch a.folded(q) {
		case "digital", "eletronico", "de":
			q++
			if q < n && a.isWord(q) && a.folded(q) == "fiscalizacao" {
				q++
			}
		}
	}
	q = a.skipNumberSign48(q)
	if q >= n || a.toks[q].nl || a.toks[q].gap > 2 || a.toks[q].kind == kPunct || a.claimedAt(q) {
		return
	}
	s := int(a.toks[q].s)
	e := s
	for e < len(a.text) && a.text[e] != ' ' && a.text[e] != '\n' && a.text[e] != '\t' && a.text[e] != ',' && a.text[e] != ';' {
		e++
	}
	for e > s && (a.text[e-1] == '.' || a.text[e-1] == ')') {
		e--
	}
	v := a.text[s:e]
	if len(v) < 8 || digitCount(v) < 2 {
		return
	}
	a.add(s, e, TypeID, 0.8, pLabeled)
}

// veteransPost54 reads a veterans' post by its number ("VFW Post 1332",
// "American Legion Post 44"): capitalised words before "Post" and its
// number. ORGANIZATION.
func (a *analysis) veteransPost54(k int) {
	n := len(a.toks)
	q := k + 1
	if a.isPunct(q, "#") && !a.toks[q].nl {
		q++
	}
	if q >= n || a.toks[q].kind != kNum || a.toks[q].nl || a.toks[q].gap > 1 || a.toks[k].nl {
		return
	}
	l := k
	for l > 0 && k-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle) == 0 {
		l--
	}
	if l == k {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[q].e), TypeOrganization, 0.8, pOrg)
}

// donorNetworks54 close the name of an organ procurement organisation
// or an eye or tissue bank after "Donor" ("Inland Donor Network",
// "Upstate Donor Services").
var donorNetworks54 = set(`network services alliance program programme registry center centre bank`)

// donorNetwork54 reads an organ procurement organisation named by
// "Donor" and its head, with the capitalised words before it, at a
// line's start or anywhere. ORGANIZATION.
func (a *analysis) donorNetwork54(k int) {
	n := len(a.toks)
	h := k + 1
	if h >= n || a.toks[h].nl || a.toks[h].gap != 1 || !a.isWord(h) || a.toks[h].shape == shLower || !donorNetworks54[a.folded(h)] {
		return
	}
	l := k
	for l > 0 && k-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxLabel) == 0 {
		l--
	}
	if l == k {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[h].e), TypeOrganization, 0.8, pOrg)
}

// countyClerk54 reads a county's or a town's clerk or recorder as its
// office ("the Wayne County Clerk", "Town Clerk of Shaftsbury" is left
// to the town): "County" and the place before the word at k.
// ORGANIZATION.
func (a *analysis) countyClerk54(k int) {
	p := k - 1
	if p < 1 || a.toks[k].nl || a.toks[k].gap != 1 || !a.isWord(p) || a.folded(p) != "county" || a.toks[p].shape == shLower || a.toks[p].nl {
		return
	}
	l := p
	for l > 0 && p-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxLabel) == 0 {
		l--
	}
	if l == p {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// lifeInsurer54 reads a life insurer named by its words and "Life" alone
// on its line at a letter's head ("Keystone Heritage Life" above "Claims
// Service Center, P.O. Box …"): two or three capitalised words from the
// line's start, in a note that speaks of a policy or a claim.
// ORGANIZATION.
func (a *analysis) lifeInsurer54(k int) {
	n := len(a.toks)
	if k+1 < n && !a.toks[k+1].nl {
		return
	}
	l := k
	for l > 0 && k-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxLabel|lxMedical) == 0 && a.toks[l-1].shape == a.toks[k].shape {
		l--
	}
	if l == k || !(l == 0 || a.toks[l].nl) || l > 0 && a.lineFrom54(l) > 3 {
		return
	}
	if !a.insuranceNote54() {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// lineFrom54 returns the number of the line that token k opens (0 for
// the first), counting at most 5.
func (a *analysis) lineFrom54(k int) int {
	lines := 0
	for _, ls := range a.lineStarts {
		if int(ls) > k || lines > 4 {
			break
		}
		if int(ls) < k {
			lines++
		}
	}
	return lines
}

// insuranceNote54: the note speaks of a policy, a claim or a
// beneficiary.
func (a *analysis) insuranceNote54() bool {
	for _, w := range [...]string{"olicy", "laim", "eneficiar"} {
		if containsFold(a.text, w) {
			return true
		}
	}
	return false
}

// graveSpace54 reads the space, plot or grave a cemetery gives after its
// word ("space GP-112-B", "plot 14-C-3", "quadra 12-A"): a code of
// letters and digits joined by hyphens, with a digit. ID.
func (a *analysis) graveSpace54(k int) {
	n := len(a.toks)
	q := a.skipNumberSign48(k + 1)
	if q >= n || a.toks[q].nl || a.toks[q].gap > 1 || a.toks[q].kind == kPunct || a.claimedAt(q) {
		return
	}
	v := labelValue(a.text[a.toks[q].s:])
	if len(v) < 4 || digitCount(v) == 0 || !containsAnyByte(v, "-") {
		return
	}
	a.add(int(a.toks[q].s), int(a.toks[q].s)+len(v), TypeID, 0.8, pLabeled)
}

// postWords54 close a post's name, no body's ("Medical Examiner",
// "Chief Investigator", "Deputy Registrar"), or a test's ("Whole Genome
// Sequencing", "Newborn Screening").
var postWords54 = set(`examiner coroner investigator registrar clerk sequencing screening testing genotyping microarray exome genome exoma genoma`)

// productNouns54 follow the name of an insurance policy's product ("the
// Accidental Death Benefit rider", "… Survivor Benefit plan").
var productNouns54 = set(`rider riders plan plans policy policies coverage claim claims form forms benefit benefits program`)

// postOrProduct54 (titleRunOrg): the capitalised common words [i,j)
// name a post or a policy's product.
func (a *analysis) postOrProduct54(i, j int) bool {
	if postWords54[a.folded(j-1)] {
		return true
	}
	return j < len(a.toks) && a.isWord(j) && a.toks[j].shape == shLower && !a.toks[j].nl && productNouns54[a.folded(j)]
}

// demonymPair54 (emitName): the two words from i are an ancestry, no
// name ("Ashkenazi Jewish", "Puerto Rican").
func (a *analysis) demonymPair54(i int) bool {
	return a.lexOf(i+1)&lxDemonym != 0 && (a.lexOf(i)&lxDemonym != 0 || a.lexOf(i)&lxRegionPrefix != 0 && a.toks[i+1].gap == 1)
}

// verbAfterTitle54 (lowerCuedAt): the word [k,e) after a Portuguese
// title is a verb, an article and a noun after it ("a senhora lia o
// jornal").
func (a *analysis) verbAfterTitle54(k, e int) bool {
	n := len(a.toks)
	if !a.pt || e != k+1 || a.toks[k].shape != shLower || e+1 >= n || !a.isWord(e) || !a.isWord(e+1) || a.toks[e].nl || a.toks[e+1].nl || a.toks[e+1].shape != shLower {
		return false
	}
	switch a.folded(e) {
	case "o", "a", "os", "as", "um", "uma", "seu", "sua":
		return true
	}
	// an auxiliary before its infinitive: "e a dra vai pedir exame"
	f := a.folded(e)
	return len(f) >= 4 && f[len(f)-1] == 'r' && (f[len(f)-2] == 'a' || f[len(f)-2] == 'e' || f[len(f)-2] == 'i') && a.lexOf(e)&lxCommon != 0 && a.lexOf(e)&(lxGiven|lxName) == 0
}

// investigatorOffice54 reads a state's office of the medical
// investigator ("the Office of the Medical Investigator, case no. …"):
// "Office of the", "Chief", "Medical" before "Investigator" at k, a
// body of its own with no place after it. ORGANIZATION.
func (a *analysis) investigatorOffice54(k int) {
	l := k
	if l > 0 && a.isWord(l-1) && a.folded(l-1) == "medical" && !a.toks[l].nl {
		l--
	}
	if l == k {
		return
	}
	if l > 0 && a.isWord(l-1) && a.folded(l-1) == "chief" && !a.toks[l].nl {
		l--
	}
	if l < 3 || a.toks[l].nl || a.toks[l-1].nl || a.toks[l-2].nl || !a.isWord(l-1) || a.folded(l-1) != "the" || !a.isWord(l-2) || a.folded(l-2) != "of" || !a.isWord(l-3) || a.folded(l-3) != "office" || a.toks[l-3].shape == shLower {
		return
	}
	a.add(int(a.toks[l-3].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// coinedBrandBefore54 reads an organisation named by a coined word in
// mixed case before "referral" ("Donation: Gulf Coast LifeShare referral
// made at 03:02"): that word, no medical or listed word, and the
// capitalised words before it on its line. ORGANIZATION.
func (a *analysis) coinedBrandBefore54(k int) {
	b := k - 1
	t := a.toks[b]
	if t.nl || a.toks[k].nl || a.toks[k].gap != 1 || t.e-t.s < 6 || !a.isWord(b) || !isASCIIUpper(a.text[t.s]) || a.lexOf(b)&(lxMedical|lxStop|lxCommon|lxGiven|lxName) != 0 || a.claimedAt(b) {
		return
	}
	l := b
	for l > 0 && b-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.toks[l-1].shape == shTitle && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxLabel) == 0 && !a.claimedAt(l-1) {
		l--
	}
	a.add(int(a.toks[l].s), int(t.e), TypeOrganization, 0.75, pOrg)
}

// fundKinds54 name a fund that pays benefits before "Fund".
var fundKinds54 = set(`pension pensions retirement relief welfare benefit benefits annuity trust`)

// benefitFund54 reads a pension or welfare fund named before its kind
// and "Fund" ("GREAT LAKES TEAMSTERS PENSION FUND", "Carpenters Health
// and Welfare Fund"): one to four capitalised words before the kind, one
// of them no common word. ORGANIZATION.
func (a *analysis) benefitFund54(k int) {
	p := k - 1
	if p < 1 || a.toks[k].nl || a.toks[k].gap > 2 || !a.isWord(p) || !fundKinds54[a.folded(p)] || a.toks[p].shape == shLower {
		return
	}
	l, proper := p, false
	for l > 0 && p-l < 4 && !a.toks[l].nl && a.toks[l].gap <= 2 && a.isWord(l-1) && (a.capShape(l-1) || a.folded(l-1) == "and") && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxLabel) == 0 {
		l--
		if a.lexOf(l)&lxCommon == 0 || a.lexOf(l)&(lxPlace|lxRegion|lxPlacePrefix) != 0 {
			proper = true
		}
	}
	if l == p || !proper {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
}

// countyDepartment54 reads a county's department that names its county
// after a spaced dash ("DEPARTMENT OF HEALTH - COUNTY OF ALBANY"): the
// department or office, "of" and its words before the dash, "County of"
// and the place after it. ORGANIZATION.
func (a *analysis) countyDepartment54(k int) {
	n := len(a.toks)
	if k+2 >= n || !a.isWord(k+1) || a.folded(k+1) != "of" || a.toks[k+1].nl || a.toks[k+2].nl || !a.capShape(k+2) {
		return
	}
	e := a.titleRun(k+2, 3)
	if e == k+2 {
		return
	}
	d := k - 1
	l := d
	for l > 0 && d-l < 6 && !a.toks[l].nl && a.isWord(l-1) && (a.capShape(l-1) || a.folded(l-1) == "of") {
		l--
	}
	if l == d || !a.isWord(l) {
		return
	}
	switch a.folded(l) {
	case "department", "office", "board", "bureau", "division", "departamento":
	default:
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
}

// passageAddress54 reads a street of Belém's kind, a "Passagem" named by
// capitalised words before its number ("Passagem Santa Luzia, 48"; never
// "Passagem de plantão"). ADDRESS.
func (a *analysis) passageAddress54(k int) {
	n := len(a.toks)
	// (its words may be a place's already: "Passagem São Jorge")
	e := k + 1
	for e < n && e-k <= 5 && !a.toks[e].nl && a.toks[e].gap == 1 && a.isWord(e) && (a.capShape(e) || a.lexOf(e)&lxParticle != 0 && e+1 < n && a.capShape(e+1)) {
		e++
	}
	if e == k+1 || a.toks[k+1].nl || a.toks[k+1].gap != 1 || e+1 >= n || !a.isPunct(e, ",") || a.toks[e+1].kind != kNum || a.toks[e+1].nl || a.toks[e+1].e-a.toks[e+1].s > 5 {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[e+1].e), TypeAddress, 0.75, pAddress)
}

// deathVerification54 reads a town's death verification service by its
// place or its acronym ("SERVIÇO DE VERIFICAÇÃO DE ÓBITOS DE RECIFE -
// SVO-PE", "Serviço de Verificação de Óbito da Capital"); the service's
// kind alone ("não há indicação de SVO") names none. ORGANIZATION.
func (a *analysis) deathVerification54(k int) {
	n := len(a.toks)
	if k < 2 || a.toks[k].nl || !a.isWord(k-1) || !a.deOrOf(k-1) || !a.isWord(k-2) || a.folded(k-2) != "servico" || a.toks[k-2].shape == shLower {
		return
	}
	e := k + 1
	if e+1 < n && a.isWord(e) && a.folded(e) == "de" && a.isWord(e+1) && (a.folded(e+1) == "obitos" || a.folded(e+1) == "obito") && !a.toks[e+1].nl {
		e += 2
	} else {
		return
	}
	r := e
	if r+1 < n && a.isWord(r) && !a.toks[r].nl && (a.folded(r) == "de" || a.folded(r) == "da" || a.folded(r) == "do") && a.capShape(r+1) && !a.toks[r+1].nl {
		r = a.capRun53(r+1, a.wide53())
	}
	if d := a.dashTail53(r, a.wide53()); d > r {
		r = d
	}
	if r == e {
		return
	}
	a.add(int(a.toks[k-2].s), int(a.toks[r-1].e), TypeOrganization, 0.8, pOrg)
}

// careWorkers54 name a service or a worker of the care team in lower
// case ("psicologia hospitalar", "serviço social", "the chaplain").
var careWorkers54 = set(`psicologia psicologa psicologo hospitalar enfermagem enfermeira enfermeiro fisioterapia fisioterapeuta nutricao
	nutricionista fonoaudiologia fonoaudiologa capelania capelao social luto psychology psychologist chaplain chaplaincy
	nursing nurse counselor counsellor therapist pharmacist bereavement`)

// parenGiven54 reads a given name alone in brackets after the worker or
// the service it names ("acolhimento pela psicologia hospitalar
// (Samara)", "the chaplain (Ruth) visited"): a listed given name that is
// no cue, month or medical word. NAME.
func (a *analysis) parenGiven54() {
	n := len(a.toks)
	for _, pi := range a.classToks('(') {
		i := int(pi)
		// (a word in title or mixed case alone in the bracket first)
		if i < 1 || i+2 >= n || b2u(a.toks[i+1].shape == shTitle)&b2u(a.toks[i+2].ch == ')')|b2u(a.toks[i+1].shape == shMixed) == 0 || !a.isWord(i-1) || a.toks[i-1].shape != shLower {
			continue
		}
		if a.toks[i+1].shape == shMixed {
			if brandNouns54[a.folded(i-1)] {
				a.parenBrand54(i)
			}
			continue
		}
		if !careWorkers54[a.folded(i-1)] && !careWorkers55[a.folded(i-1)] { // (round55.go: "team manager (Pat)")
			continue
		}
		w := i + 1
		if !a.isWord(w) || a.toks[w].shape != shTitle || a.toks[w].gap != 0 || a.toks[w].nl || a.claimedAt(w) {
			continue
		}
		if x := a.lexOf(w); x&lxGiven == 0 || x&(lxStop|lxMedical|lxMonth|lxCred|lxOrgHead|lxRegion|lxRelation|lxTitle|lxLabel|lxNameLabel) != 0 {
			continue
		}
		a.add(int(a.toks[w].s), int(a.toks[w].e), TypeName, 0.75, pName)
	}
}

// makerRegion54 makes a region of the maker a device's field names
// ("Fabricante St. Jude, nº de série …", "Manufacturer: Boston
// Scientific"): capitalised words to the field's end name a company's
// product, no one.
func (a *analysis) makerRegion54(k int) {
	n := len(a.toks)
	q := k + 1
	if q < n && a.isPunct(q, ":") {
		q++
	}
	if q >= n || a.toks[q].nl || !a.capShape(q) {
		return
	}
	e := q
	for e < n && e-q < 6 && (e == q || !a.toks[e].nl && a.toks[e].gap <= 1) && (a.isWord(e) && a.capShape(e) || a.isPunct(e, ".") && a.toks[e].gap == 0) {
		e++
	}
	if e > q {
		a.regions = append(a.regions, [2]int{int(a.toks[q].s), int(a.toks[e-1].e)})
	}
}

// omimNumber54 makes a code region (codes43) of a catalogue's number
// after "OMIM" ("(OMIM 613721)", "OMIM #176920"): six digits.
func (a *analysis) omimNumber54(k int) {
	n := len(a.toks)
	q := k + 1
	for q < n && q < k+3 && (a.toks[q].ch == '#' || a.toks[q].ch == ':' || a.toks[q].ch == '*') && !a.toks[q].nl {
		q++
	}
	if q < n && a.toks[q].kind == kNum && !a.toks[q].nl && a.toks[q].e-a.toks[q].s == 6 {
		a.codes43 = append(a.codes43, [2]int{int(a.toks[q].s), int(a.toks[q].e)})
	}
}

// protectGenomic54 makes code regions (codes43) of the names a genetic
// report gives genes, transcripts and variants, in a note that speaks of
// them (geneWords54): RefSeq accessions ("NM_021007.3",
// "NC_000017.11"), ISCN breakpoints ("22q11.21(18912231_21465672)x1"),
// dbSNP numbers ("rs121913638"), cytochromes' genes ("CYP2C19"),
// Ensembl accessions and nucleotide changes ("G20210A"). They identify
// no one.
func (a *analysis) protectGenomic54() {
	text := a.text
	if a.hasPunct('_') {
		for off := 0; ; {
			u := strings.IndexByte(text[off:], '_')
			if u < 0 {
				break
			}
			u += off
			off = u + 1
			s := u
			for s > 0 && isAlnumByte(text[s-1]) {
				s--
			}
			e := u + 1
			for e < len(text) && (isDigit(text[e]) || text[e] == '.' && e+1 < len(text) && isDigit(text[e+1])) {
				e++
			}
			if e == u+1 {
				continue
			}
			if p := text[s:u]; refSeqPrefix54(p) || len(p) >= 4 && digitCount(p) == len(p) {
				a.codes43 = append(a.codes43, [2]int{s, e})
			}
		}
	}
	for _, ti := range a.classToks(tcAlnum) {
		t := a.toks[ti]
		if genomicToken54(text[t.s:t.e]) {
			a.codes43 = append(a.codes43, [2]int{int(t.s), int(t.e)})
		}
	}
}

// refSeqPrefix54: p opens a RefSeq accession before its underscore.
func refSeqPrefix54(p string) bool {
	switch p {
	case "NM", "NR", "NC", "NG", "NP", "XM", "XR", "XP", "NT", "NW":
		return true
	}
	return false
}

// genomicToken54: v is a dbSNP number ("rs121913638"), a cytochrome's
// gene ("CYP2C19", "CYP3A4"), an Ensembl accession ("ENST00000357654")
// or a nucleotide change ("G20210A", "C677T").
func genomicToken54(v string) bool {
	n := len(v)
	if n < 4 {
		return false
	}
	switch {
	case v[0] == 'r' && v[1] == 's' && n >= 5 && digitCount(v) == n-2:
		return true
	case v[0] == 'C' && strings.HasPrefix(v, "CYP") && isDigit(v[3]):
		return true
	case v[0] == 'E' && strings.HasPrefix(v, "ENS") && digitCount(v) >= 8:
		return true
	case n >= 5 && strings.IndexByte("ACGT", v[0]) >= 0 && strings.IndexByte("ACGT", v[n-1]) >= 0 && digitCount(v) == n-2:
		return true
	}
	return false
}

// brandAfterDash54 reads a health plan's or a laboratory's brand of
// "Saúde" and one proper word closing a signature's line after its
// department and a spaced dash ("Núcleo de Autorizações - Saúde
// Cerrado"): no kind of care after it ("- Saúde Mental", "- Saúde da
// Família"). ORGANIZATION.
func (a *analysis) brandAfterDash54(k int) {
	n := len(a.toks)
	q := k + 1
	if q >= n || a.toks[q].nl || a.toks[q].gap != 1 || !a.isWord(q) || a.toks[q].shape != shTitle || a.lexOf(q)&(lxMedical|lxStop|lxMonth|lxRegion|lxParticle) != 0 || careKinds54[a.folded(q)] {
		return
	}
	if q+1 < n && !a.toks[q+1].nl {
		return
	}
	a.add(int(a.toks[k].s), int(a.toks[q].e), TypeOrganization, 0.75, pOrg)
}

// careKinds54 name a kind of care after "Saúde", no brand.
var careKinds54 = set(`mental bucal publica coletiva integral familia indigena prisional suplementar ocupacional trabalhador mulher
	crianca idoso homem escolar digital complementar`)

// benefitsAdministrator54 reads a benefits administrator named before
// its kind ("SAÚDE CERRADO ADMINISTRADORA DE BENEFÍCIOS"): one to three
// capitalised words before "Administradora de Benefícios".
// ORGANIZATION.
func (a *analysis) benefitsAdministrator54(k int) {
	n := len(a.toks)
	if k+2 >= n || !a.isWord(k+1) || a.folded(k+1) != "de" || !a.isWord(k+2) || a.folded(k+2) != "beneficios" || a.toks[k+2].nl {
		return
	}
	l := k
	for l > 0 && k-l < 3 && !a.toks[l].nl && a.toks[l].gap <= 2 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxLabel) == 0 {
		l--
	}
	if l == k {
		return
	}
	a.add(int(a.toks[l].s), int(a.toks[k+2].e), TypeOrganization, 0.8, pOrg)
}

// biobank54 reads a biobank by its name: capitalised words after
// "Biobanco" ("Biobanco Genômico da Amazônia") or before "Biobank"
// ("Prairie Health Biobank"). ORGANIZATION.
func (a *analysis) biobank54(k int) {
	wide := a.wide53()
	if a.folded(k) == "biobanco" {
		// (not before the institution it belongs to: "Biobanco de
		// Cardiopatias Hereditárias - Instituto do Coração …" is its
		// department)
		if e := a.capRun53(k, wide); e > k+1 && !a.toks[k+1].nl {
			if d := e; d+1 < len(a.toks) && a.spacedDash(d) && !a.toks[d+1].nl && a.cue(d+1)&(cuOrgPrefix|cuOrgSuffix) != 0 {
				return
			}
			a.add(int(a.toks[k].s), int(a.toks[e-1].e), TypeOrganization, 0.8, pOrg)
		}
		return
	}
	l := k
	for l > 0 && k-l < 3 && !a.toks[l].nl && a.toks[l].gap == 1 && a.isWord(l-1) && a.capShape(l-1) && a.lexOf(l-1)&(lxStop|lxMonth|lxTitle|lxLabel) == 0 {
		l--
	}
	if l < k {
		a.add(int(a.toks[l].s), int(a.toks[k].e), TypeOrganization, 0.8, pOrg)
	}
}

// dateThenAt54 (detectDeathAges43): a date a rule read opens at token
// k and "at" follows it ("died 01/06/2021 at 97"); the "at" after the
// date, or k.
func (a *analysis) dateThenAt54(k int) int {
	n := len(a.toks)
	if k >= n || a.toks[k].kind != kNum || !a.claimedAt(k) || a.toks[k].nl {
		return k
	}
	ci := a.candAt(int(a.toks[k].s), TypeDate)
	if ci < 0 {
		return k
	}
	q := a.firstTokenFrom(a.cands[ci].e)
	if q < n && a.isWord(q) && a.folded(q) == "at" && !a.toks[q].nl {
		return q
	}
	return k
}

// pedigreeAges54 reads an age from 90 that a pedigree or a family
// history gives a relative: "Bernice Pike, is 92 and unaffected",
// "alive at 94 in Glasgow", "| father, 91 |". AGE.
func (a *analysis) pedigreeAges54() {
	n := len(a.toks)
	for _, ni := range a.classToks(tcNum) {
		k := int(ni)
		t := &a.toks[k]
		// (two digits from 9 or three from 1 first: few numbers are)
		c, w := a.text[t.s], t.e-t.s
		if b2u(w == 2)&b2u(c == '9')|b2u(w == 3)&b2u(c == '1') == 0 || k < 2 || t.nl {
			continue
		}
		if v := a.text[t.s:t.e]; w == 3 && v > "115" || a.claimedAt(k) {
			continue
		}
		// what follows: the clause goes on or ends
		if j := k + 1; j < n && !a.toks[j].nl {
			u := a.toks[j]
			switch {
			case u.ch == ',' || u.ch == ';' || u.ch == '|' || u.ch == ')' || u.ch == '.' && !(j+1 < n && a.toks[j+1].kind == kNum && a.toks[j+1].gap == 0):
			case a.isWord(j) && u.gap == 1:
				switch a.folded(j) {
				case "and", "in", "with", "without", "e", "em", "com", "sem":
				default:
					continue
				}
			default:
				continue
			}
		}
		p := k - 1
		ok := false
		switch {
		case a.isWord(p) && !a.toks[k].nl && a.toks[k].gap == 1:
			switch a.folded(p) {
			case "is", "esta":
				// after a name's or a relation's comma ("…, is 92 and")
				ok = p >= 2 && a.isPunct(p-1, ",") && a.isWord(p-2) && (a.lexOf(p-2)&(lxRelation|lxName|lxGiven) != 0 && a.capShape(p-2) || a.lexOf(p-2)&lxRelation != 0 || a.nameEndsAt54(int(a.toks[p-2].e)))
			case "at":
				ok = p >= 1 && a.isWord(p-1) && (a.folded(p-1) == "alive" || a.folded(p-1) == "living" || a.folded(p-1) == "diagnosed" || a.folded(p-1) == "deceased")
			}
		case a.isPunct(p, ",") && !a.toks[k].nl:
			// "| father, 91 |": a relation and a table's bar after it
			ok = a.isWord(p-1) && a.lexOf(p-1)&lxRelation != 0 && k+1 < n && a.toks[k+1].ch == '|'
		}
		if ok {
			a.add(int(t.s), int(t.e), TypeAge, 0.8, pAge)
		}
	}
}

// nameEndsAt54: a name candidate ends at byte e.
func (a *analysis) nameEndsAt54(e int) bool {
	for i := len(a.cands) - 1; i >= 0; i-- {
		if c := &a.cands[i]; c.e == e && c.typ == TypeName {
			return true
		}
	}
	return false
}

// pedigreeNames54 reads the name after a pedigree's position opening its
// line ("IV-1 Nora, proband's daughter, 4: …", "II-3 Wayne Pruitt,
// paternal uncle"): a roman generation, a hyphen and a number, then
// capitalised words that a comma or a colon closes. NAME.
func (a *analysis) pedigreeNames54() {
	n := len(a.toks)
	for _, li := range a.lineStarts {
		i := int(li)
		// (the hyphen glued to a word first: few lines open so)
		if i+4 >= n || a.toks[i+1].ch != '-' || b2u(a.toks[i+1].gap == 0)&b2u(a.toks[i+2].kind == kNum)&b2u(a.toks[i+2].gap == 0)&b2u(a.toks[i].kind == kWord) == 0 ||
			a.toks[i].shape != shUpper && a.toks[i].shape != shSingle || a.toks[i+2].e-a.toks[i+2].s > 2 || !romanLevels[a.tokText(i)] {
			continue
		}
		q := i + 3
		// (the relation before the name: "II-2 Father Dominic Russo, 74")
		for q+1 < n && a.isWord(q) && a.lexOf(q)&lxRelation != 0 && !a.toks[q+1].nl && a.toks[q+1].gap == 1 && a.toks[q+1].shape == shTitle {
			q++
		}
		if !a.isWord(q) || a.toks[q].shape != shTitle || a.toks[q].nl || a.claimedAt(q) {
			continue
		}
		e := q
		for e < n && e-q < 4 && a.isWord(e) && a.toks[e].shape == shTitle && (e == q || !a.toks[e].nl && a.toks[e].gap == 1) {
			e++
		}
		if e >= n || a.toks[e].nl || !a.isPunct(e, ",") && !a.isPunct(e, ":") && !a.isPunct(e, "(") {
			continue
		}
		// (a given name alone is one even when it is a word: "IV-1 Nora,")
		if strong, weak, unknown, bad, _ := a.runEvidence(q, e); (strong+weak+unknown == 0 || bad > strong+unknown) && !(e == q+1 && a.lexOf(q)&lxGiven != 0) {
			continue
		}
		a.add(int(a.toks[q].s), int(a.toks[e-1].e), TypeName, 0.8, pName)
	}
}

// boxInitials54 reads a participant's initials in a consent's ticked
// boxes ("Please initial your choices:⏎[ DW ] I agree …"): two or three
// capitals alone in brackets opening a line, in a note that asks for
// initials. NAME.
func (a *analysis) boxInitials54() {
	n := len(a.toks)
	asked := false
	for _, li := range a.lineStarts {
		i := int(li)
		if i+2 >= n || a.toks[i].ch != '[' {
			continue
		}
		q := i + 1
		if !a.isWord(q) || a.toks[q].shape != shUpper || a.toks[q].e-a.toks[q].s < 2 || a.toks[q].e-a.toks[q].s > 3 || a.toks[q+1].ch != ']' || a.toks[q].nl || a.lexOf(q)&(lxStop|lxCommon|lxMedical|lxCred) != 0 {
			continue
		}
		if !asked {
			if !containsFold(a.text, "initial") && !containsFold(a.text, "rubrica") {
				return
			}
			asked = true
		}
		a.add(int(a.toks[q].s), int(a.toks[q].e), TypeName, 0.75, pName)
	}
}

// regionTown54 (detectLocations, at a state's name or a cue word, which
// it passes over: it reports true) reads a listed town whose first word
// is a state's name ("Virginia Beach", "Pará de Minas", "Kansas City").
// LOCATION.
func (a *analysis) regionTown54(i int) bool {
	if a.raws[i]&(lxRegion|lxPlacePrefix) != lxRegion|lxPlacePrefix || a.toks[i].shape != shTitle || a.claimedAt(i) {
		return true
	}
	j, ok := a.placeMatch(i)
	if !ok || j-i < 2 || a.phraseFlags(i, j)&lxRegion != 0 || a.toks[j-1].shape != shTitle || a.claimedAt(j-1) {
		return true
	}
	a.add(int(a.toks[i].s), int(a.toks[j-1].e), TypeLocation, 0.7, pLocation)
	return true
}

// spanishDel54 (detectOrgs, extending a name left): "del" at p joins a
// Spanish name in an English note ("Mesa del Sol Medical Center").
func (a *analysis) spanishDel54(p int) bool {
	return a.en && p > 0 && a.toks[p-1].shape == shTitle && !a.toks[p].nl && a.folded(p) == "del"
}

// inGroup54 (orgAcceptable): "em grupo" is how a thing is done or held,
// no group's name ("SEGURO DE VIDA EM GRUPO", "Terapia em Grupo").
func (a *analysis) inGroup54(l, h int) bool {
	return h > l && a.folded(h) == "grupo" && a.folded(h-1) == "em"
}

// cardIssuer54 (detectLocations): the capitals at i after a number are
// an identity card's issuer before its state ("RG 4.552.019 PC/PA").
func (a *analysis) cardIssuer54(i int) bool {
	return i > 0 && a.toks[i-1].kind == kNum && a.lexOf(i)&lxOrgHead != 0
}

// regionalTeam54 (detectRegionalHospitals44): the place at w and
// "Regional" at k follow a heading's spaced dash and come before the
// team they name ("[Secure chat - Hollins Regional hospitalist team]").
func (a *analysis) regionalTeam54(w, k int) bool {
	return a.spacedDash(w-1) && k+1 < len(a.toks) && a.isWord(k+1) && a.toks[k+1].shape == shLower && !a.toks[k+1].nl
}

// townAfterZip54 reads a town in lower case after its CEP in a chat's
// address ("rua são josé 44 cep 56304-110 petrolina"): one listed place
// closing the line. LOCATION.
func (a *analysis) townAfterZip54() {
	n := len(a.toks)
	for ci := range a.cands {
		c := a.cands[ci]
		if c.typ != TypeZIP {
			continue
		}
		q := a.firstTokenFrom(c.e)
		if q >= n || a.toks[q].nl || !a.isWord(q) || a.toks[q].shape != shLower || a.toks[q].gap != 1 || a.claimedAt(q) || a.lexOf(q)&lxPlace == 0 || a.lexOf(q)&(lxStop|lxCommon) != 0 {
			continue
		}
		if q+1 < n && !a.toks[q+1].nl && a.toks[q+1].kind == kWord {
			continue
		}
		a.add(int(a.toks[q].s), int(a.toks[q].e), TypeLocation, 0.7, pLocation)
	}
}

// townOfBody54 reads the town a public body serves after "municipal
// de" in lower case ("o hospital municipal de Itaberaba"): a listed
// place in title case. LOCATION.
func (a *analysis) townOfBody54(k int) {
	n := len(a.toks)
	q := k + 1
	if q+1 >= n || !a.isWord(q) || (a.folded(q) != "de" && a.folded(q) != "do" && a.folded(q) != "da") || a.toks[q].nl || a.toks[q+1].nl || a.toks[q+1].shape != shTitle || a.claimedAt(q+1) {
		return
	}
	if e, ok := a.placeMatch(q + 1); ok {
		a.add(int(a.toks[q+1].s), int(a.toks[e-1].e), TypeLocation, 0.75, pLocStrong)
	}
}

// districtOfRegion54 reads a district named for a state or a country
// after its head ("no Jardim Japão", "Vila Portugal", "Parque
// Paraná"): the location rule passes over the region's word. LOCATION.
func (a *analysis) districtOfRegion54(k int) {
	n := len(a.toks)
	q := k + 1
	if q >= n || a.toks[q].nl || a.toks[q].gap != 1 || !a.isWord(q) || a.toks[q].shape != shTitle || a.lexOf(q)&lxRegion == 0 {
		return
	}
	if q+1 < n && !a.toks[q+1].nl && a.toks[q+1].gap == 1 && a.capShape(q+1) {
		return // ("Vila Nova Cachoeirinha": the place rules)
	}
	a.add(int(a.toks[k].s), int(a.toks[q].e), TypeLocation, 0.75, pLocStrong)
}

// brandNouns54 name a business whose brand a bracket gives after them
// ("a consumer genetics service (GenoQuest; kit …)").
var brandNouns54 = set(`service company laboratory lab vendor provider app kit`)

// parenBrand54 reads a coined brand in mixed case alone in the bracket
// at i after a business's noun ("service (GenoQuest; kit barcode …)"):
// no listed or medical word. ORGANIZATION.
func (a *analysis) parenBrand54(i int) {
	n := len(a.toks)
	w := i + 1
	if w+1 >= n || !a.isWord(w) || a.toks[w].shape != shMixed || a.toks[w].gap != 0 || a.toks[w].e-a.toks[w].s < 5 || !isASCIIUpper(a.text[a.toks[w].s]) || a.claimedAt(w) {
		return
	}
	if c := a.toks[w+1].ch; c != ')' && c != ';' && c != ',' {
		return
	}
	if a.lexOf(w)&(lxMedical|lxStop|lxCommon|lxGiven|lxName) != 0 {
		return
	}
	a.add(int(a.toks[w].s), int(a.toks[w].e), TypeOrganization, 0.75, pOrg)
}
