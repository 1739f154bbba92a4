package phi

import "strings"

// Curated lists of well-known places and organisations whose names the
// general rules cannot see: big cities named like common words, months or
// given names ("Natal", "Belém", "Vitória", "Salvador", "Mobile"), and
// brands of health plans, insurers and large employers that are common
// words or stand with no head word ("Amil", "SulAmérica", "Amazon",
// "Guardian Life"). They are short and hand-written (see data/SOURCES.md:
// "curated from public IBGE / US Census city listings and the public ANS /
// CMS operator listings"), folded, one phrase an entry.

// knownCities: Brazilian state capitals and municipalities of roughly
// 250k+ inhabitants (IBGE), and the largest US cities (Census).
var knownCities = phraseSet(`
	rio branco|maceio|macapa|manaus|salvador|fortaleza|brasilia|vitoria|goiania|sao luis|cuiaba|
	campo grande|belo horizonte|belem|joao pessoa|curitiba|recife|teresina|rio de janeiro|natal|
	porto alegre|porto velho|boa vista|florianopolis|sao paulo|aracaju|palmas|
	guarulhos|campinas|sao goncalo|duque de caxias|nova iguacu|sao bernardo do campo|santo andre|
	osasco|jaboatao dos guararapes|sao jose dos campos|ribeirao preto|uberlandia|sorocaba|contagem|
	feira de santana|joinville|juiz de fora|londrina|aparecida de goiania|serra|caxias do sul|
	ananindeua|niteroi|campos dos goytacazes|belford roxo|sao joao de meriti|vila velha|
	mogi das cruzes|florianopolis|santos|diadema|jundiai|campina grande|maua|carapicuiba|
	olinda|montes claros|piracicaba|betim|cariacica|bauru|maringa|canoas|anapolis|caucaia|
	itaquaquecetuba|sao jose do rio preto|franca|ponta grossa|blumenau|petrolina|paulista|
	uberaba|cascavel|guaruja|praia grande|taubate|limeira|camacari|suzano|petropolis|
	santarem|vitoria da conquista|mossoro|governador valadares|juazeiro do norte|
	novo hamburgo|sao vicente|sumare|barueri|embu das artes|pelotas|volta redonda|
	caruaru|ipatinga|imperatriz|gravatai|taboao da serra|marilia|sao carlos|foz do iguacu|
	viamao|americana|aracatuba|presidente prudente|rio verde|chapeco|itabuna|sete lagoas|
	lauro de freitas|parnamirim|maracanau|nossa senhora do socorro|macae|cabo frio|
	new york|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|
	san jose|austin|jacksonville|fort worth|columbus|charlotte|indianapolis|san francisco|
	seattle|denver|oklahoma city|nashville|el paso|boston|portland|las vegas|detroit|memphis|
	louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|mesa|kansas city|
	atlanta|omaha|colorado springs|raleigh|long beach|virginia beach|miami|oakland|
	minneapolis|tulsa|bakersfield|wichita|arlington|tampa|new orleans|cleveland|honolulu|
	anaheim|lexington|stockton|corpus christi|henderson|riverside|newark|saint paul|st paul|
	santa ana|cincinnati|irvine|orlando|pittsburgh|st louis|saint louis|greensboro|
	jersey city|anchorage|lincoln|plano|durham|buffalo|chandler|chula vista|toledo|madison|
	gilbert|reno|fort wayne|north las vegas|st petersburg|lubbock|irving|laredo|winston-salem|
	chesapeake|glendale|garland|scottsdale|norfolk|boise|fremont|spokane|santa clarita|
	baton rouge|richmond|hialeah|tacoma|modesto|fontana|des moines|moreno valley|
	fayetteville|birmingham|rochester|oxnard|huntsville|salt lake city|grand rapids|
	amarillo|montgomery|little rock|akron|augusta|knoxville|providence|worcester|
	chattanooga|jackson|savannah|springfield|hartford|dayton|syracuse|mobile|flint|
	sarasota|tallahassee|gainesville|charleston|columbia|knoxville|albany|trenton
`)

// regionCities are known cities that are also the name of a state (or a
// US capital written like a person's surname): LOCATION only with a cue.
var regionCities = phraseSet(`sao paulo|rio de janeiro|new york|washington|oklahoma city|kansas city|
	columbus|lincoln|jackson|henderson|montgomery|richmond|arlington|springfield|columbia|
	charlotte|augusta|madison|gilbert|fremont|irving|garland|glendale|buffalo|paulista|serra|franca|
	santos|flint|mobile|natal|phoenix|plano|mesa|reno|durham|akron|lexington|providence`)

// knownOrgs: health-plan operators (ANS registry, CMS plan listings),
// insurers and large employers commonly named in notes without a head word.
var knownOrgs = phraseSet(`
	unimed|hapvida|amil|sulamerica|sul america|bradesco saude|porto seguro saude|notredame intermedica|
	notre dame intermedica|intermedica|golden cross|prevent senior|care plus|careplus|omint|geap|
	cassi|postal saude|sami|hapvida notredame|seguros unimed|allianz saude|mediservice|saude caixa|
	petrobras|banco do brasil|caixa economica federal|itau|itau unibanco|bradesco|santander|
	ambev|embraer|magazine luiza|correios|sabesp|cemig|copel|eletrobras|jbs|brf|natura|
	assai|atacadao|carrefour|ifood|mercado livre|
	kaiser|kaiser permanente|aetna|cigna|humana|anthem|unitedhealthcare|united healthcare|
	unitedhealth|blue cross|blue cross blue shield|blue shield|bluecross|bluecross blueshield|blueshield|bcbs|highmark|molina|centene|
	ambetter|wellcare|oscar health|tricare|optum rx|optumrx|express scripts|cvs caremark|caremark|mutual of omaha|keystone first|sedgwick|communitycare|amerihealth|amerihealth caritas|upmc|upmc for life|upmc health plan|blue cross and blue shield|invitae|exact sciences|myriad genetics|ambry genetics|natera|guardant health|foundation medicine|genedx|medical mutual|medical mutual of ohio|caresource|amerigroup|emblemhealth|geisinger health plan|harvard pilgrim|tufts health plan|fidelis care|healthfirst|priority health|health net|guardian life|metlife|prudential|new york life|
	state farm|allstate|geico|liberty mutual|progressive insurance|nationwide insurance|
	quest diagnostics|labcorp|walgreens|cvs|cvs health|rite aid|
	amazon|walmart|costco|home depot|fedex|ups|usps|boeing|microsoft|google|starbucks|
	tyson foods|delta air lines|american airlines|united airlines|southwest airlines|
	general motors|general electric|lockheed martin|wells fargo|bank of america|jpmorgan|
	chase bank|goldman sachs|kroger|publix|lowe's|lowes|best buy|dollar general|
	pepsico|coca-cola|coca cola|procter & gamble|johnson & johnson|pfizer|merck|uber|lyft|doordash|
	anthem blue cross|anthem blue cross blue shield|healthpartners|vitalant|
	premera|premera blue cross|regence|excellus|florida blue|independence blue cross|
	olive garden|kindercare|bright horizons|progressive|chick-fil-a|dunkin|walmart supercenter|sam's club|
	drogasil|droga raia|drogaria sao paulo|pague menos|panvel|drogarias pacheco|raia drogasil|
	americanas|lojas americanas|ri happy|magalu|sodexo|rappi|99 taxi|localiza|cosan|raizen|ultrapar|
	davita|fresenius kidney care|fresenius medical care|american renal associates|satellite healthcare|
	amedisys|bayada|gentiva|lhc group|interim healthcare|visiting angels|home instead|encompass health|
	superior healthplan|aarp|aarp medicare supplement|aarp medicare advantage|aarp medicarerx|habitat for humanity|catholic charities|salvation army|meals on wheels|
	imip|incor|hcor|
	mckesson|cardinal health|amerisourcebergen|cencora|henry schein|owens & minor|morris & dickson
`)

// (the dialysis and home-health chains above are the largest providers in
// CMS Dialysis Facility Compare and Care Compare; IMIP, InCor and HCor are
// the public names of large Brazilian teaching hospitals in CNES; the
// drug wholesalers of round 57 fill pharmacies' orders of controlled
// drugs, CSOS.)

// Brands that are also ordinary words or names: organisations only after a
// work or coverage cue ("works at Target", "trabalha na Vale").
var cueOrgs = phraseSet(`target|vale|apple|meta|oracle|shell|gap|ford|chase|subway|oi|claro|vivo|tim|
	globo|sadia|perdigao|gerdau|extra|pao de acucar|casas bahia|renner|riachuelo|havan`)

// notPHIPhrases: device makers and scales named after cities.
var notPHIPhrases = phraseSet(`boston scientific|new york heart association|st jude medical|saint jude medical|
	san francisco syncope rule|ottawa ankle rules|canadian ct head rule|kansas city cardiomyopathy questionnaire|
	consultorio na rua|consultorios na rua|farmacia popular|ministerio da saude|republica federativa do brasil`)

func phraseSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(s, "|") {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			m[p] = true
		}
	}
	return m
}

const knownMaxWords = 5

// Kinds of curated phrases, as bits of one table (kpPrefix: a proper
// prefix of some phrase, so that the walk stops as soon as none matches).
const (
	kpCity uint8 = 1 << iota
	kpRegionCity
	kpOrg
	kpCueOrg
	kpNotPHI
	kpPrefix
)

var knownPhrases = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, x := range []struct {
		set  map[string]bool
		kind uint8
	}{{knownCities, kpCity}, {regionCities, kpRegionCity}, {knownOrgs, kpOrg}, {cueOrgs, kpCueOrg}, {notPHIPhrases, kpNotPHI}} {
		for p := range x.set {
			m[p] |= x.kind
			for k := 1; k < len(p); k++ {
				if p[k] == ' ' {
					m[p[:k]] |= kpPrefix
				}
			}
		}
	}
	return m
}()

// knownMatch walks the curated phrases from token i and returns, for each
// kind bit, the end of the longest phrase of that kind (or -1).
func (a *analysis) knownMatch(i int) (ends [6]int) {
	for k := range ends {
		ends[k] = -1
	}
	if a.cue(i)&cuKnown == 0 {
		return ends // not even the first word is a key
	}
	buf := a.buf[:0]
	j, words := i, 0
	wide := int16(1)
	if a.ocr {
		wide = 2 // "BLUE  CR0SS  BLUE  SHIELD"
	}
	for j < len(a.toks) && words < knownMaxWords {
		t := a.toks[j]
		if j > i && (t.nl || t.gap > wide) {
			break
		}
		switch {
		case t.kind == kWord:
			if words > 0 && t.gap > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, a.folded(j)...)
			words++
		case t.kind == kPunct && j > i && (a.tokText(j) == "-" || a.tokText(j) == "'" || a.tokText(j) == "&"):
			if t.gap > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, a.tokText(j)...)
			j++
			continue
		default:
			j = len(a.toks)
			continue
		}
		j++
		f, ok := knownPhrases[string(buf)]
		if !ok {
			break
		}
		for k := 0; k < 5; k++ {
			if f&(1<<k) != 0 {
				ends[k] = j
			}
		}
		if f&kpPrefix == 0 {
			break
		}
	}
	a.buf = buf
	return ends
}

// workCueBefore: "works at", "employed by", "trabalha na", "plano", a
// coverage or employer label before token i.
func (a *analysis) workCueBefore(i int) bool {
	k := i - 1
	if k >= 0 && a.isPunct(k, ":") {
		k--
		if k >= 0 && a.isWord(k) {
			switch a.folded(k) {
			case "employer", "empregador", "empresa", "insurance", "insurer", "plan", "plano", "convenio", "operadora", "payer", "carrier", "coverage", "cobertura", "seguradora":
				return true
			}
		}
		return false
	}
	if !a.isWord(k) {
		return false
	}
	switch a.folded(k) {
	case "at", "for", "by", "na", "no", "pela", "pelo", "da", "do", "with":
		if k > 0 && a.isWord(k-1) {
			switch a.folded(k - 1) {
			case "works", "worked", "work", "working", "employed", "employee", "job", "trabalha", "trabalhou", "trabalhava", "trabalhar", "emprego", "empregado", "empregada", "funcionario", "funcionaria", "covered", "coberto", "coberta", "insured", "contratado", "contratada", "shift", "servico", "trabalho":
				return true
			}
		}
	}
	return false
}

// detectKnown marks the curated cities and brands (after the organisation
// rules, before the gazetteer locations).
func (a *analysis) detectKnown() {
	n := len(a.toks)
	next := 0 // the first token not yet consumed by a match
	for _, ci := range a.caps {
		i := int(ci)
		t := a.toks[i]
		if i < next || a.claimedAt(i) {
			continue
		}
		ends := a.knownMatch(i)
		if j := ends[4]; j > i {
			next = j // "Boston Scientific", "New York Heart Association"
			continue
		}
		// a lone upper-case token of four letters or fewer is an acronym
		// more often than a brand or a city (CVS and UPS aside: headed)
		if j := ends[2]; j > i {
			if !(j == i+1 && a.lexOf(i)&(lxCommon|lxName) != 0 && a.sentenceStart(i) && !a.workCueBefore(i)) &&
				!(j == i+1 && a.toks[i].shape == shUpper && t.e-t.s <= 3 && !a.workCueBefore(i) && a.folded(i) != "cvs" && a.folded(i) != "bcbs") {
				// extend over a plan or branch word: "Kaiser Permanente",
				// "Unimed Paulistana", "Assaí Atacadista"
				for w := 0; w < 2 && j < n && a.isWord(j) && !a.toks[j].nl && a.toks[j].gap <= 1 && a.toks[j].shape == shTitle &&
					a.lexOf(j)&(lxStop|lxMonth|lxRegion|lxCred|lxMedical|lxTitle|lxNameLabel) == 0 && !a.claimedAt(j); w++ {
					j++
				}
				a.add(int(t.s), int(a.toks[j-1].e), TypeOrganization, 0.8, pOrg)
				next = j
				continue
			}
		}
		if a.workCueBefore(i) {
			if j := ends[3]; j > i {
				a.add(int(t.s), int(a.toks[j-1].e), TypeOrganization, 0.7, pOrg)
				next = j
				continue
			}
		}
		j := max(ends[0], ends[1])
		if j <= i || !a.allTitleOrUpper(i, j) {
			continue
		}
		// a name after a title or before a surname: "Dr. Salvador", "Natal Silva"
		if tr := a.triggerBefore(i); tr == trigTitle || tr == trigRelation || tr == trigGreeting {
			continue
		}
		// a scale named after a city: "Escala de Cincinnati", "Cincinnati 3/3"
		if a.scaleNamed(i, j) {
			continue
		}
		if j < n && !a.toks[j].nl && a.toks[j].gap <= 1 && a.toks[j].kind == kWord && a.capShape(j) && a.lexOf(j)&(lxName|lxGiven) != 0 && a.lexOf(j)&lxCommon == 0 && !brStates[a.tokText(j)] && !usStates[a.tokText(j)] {
			continue
		}
		// (the first of an eponym's two words: "Austin Flint murmur", round 47)
		if j+1 < n && a.isWord(j) && a.toks[j].shape == shTitle && a.toks[j].gap == 1 && a.isWord(j+1) && !a.toks[j+1].nl && a.cue(j+1)&cuEponymAfter != 0 {
			continue
		}
		ctx := a.locContext(i, j)
		phrase := a.phraseFlags(i, j)
		ambiguous := ends[1] == j || phrase&lxRegion != 0
		common := false
		for k := i; k < j; k++ {
			if a.isWord(k) && a.lexOf(k)&(lxCommon|lxGiven|lxMonth) != 0 {
				common = true
			}
		}
		dateline := j+1 < n && (a.isPunct(j, ",") || a.isPunct(j, "-") && a.toks[j].gap == 1) && a.toks[j+1].kind == kNum
		prev := ""
		if i > 0 && a.isWord(i-1) {
			prev = a.folded(i - 1)
		}
		switch {
		case ctx >= 2 || dateline:
		case common && ctx == 1 && !commonCityPreps[prev]:
			continue // "ceia de Natal", "no Natal"
		case ctx == 1:
		case ambiguous:
			continue
		case common && a.sentenceStart(i):
			continue
		}
		prio := pLocation
		if ctx >= 2 || dateline {
			prio = pLocStrong
		}
		a.add(int(t.s), int(a.toks[j-1].e), TypeLocation, 0.8, prio)
		a.lastLocEnd = j
		next = j
	}
}

func (a *analysis) allTitleOrUpper(i, j int) bool {
	for k := i; k < j; k++ {
		if a.isWord(k) && !a.capShape(k) && a.lexOf(k)&lxParticle == 0 {
			return false
		}
	}
	return true
}

// phraseText: the folded words of [i,j) joined by spaces.
func (a *analysis) phraseText(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if !a.isWord(k) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(a.folded(k))
	}
	return b.String()
}

// detectSpacedAges: OCR ages with a space between the digits ("9 1
// anos", "Idade: 9 3") over 89.
func (a *analysis) detectSpacedAges() {
	if !spacedNineIn41(a.text) {
		return // (no "9 d": round41.go)
	}
	n := len(a.toks)
	next := 0 // (the second digit of an age is passed over)
	for _, ni := range a.classToks(tcNum) {
		i := int(ni)
		if i < next {
			continue
		}
		if i+1 >= n {
			break
		}
		t, u := a.toks[i], a.toks[i+1]
		// (two numbers in a row first: few tokens are; see b2u)
		if b2u(t.kind == kNum)&b2u(u.kind == kNum) == 0 || t.e-t.s != 1 || u.e-u.s != 1 || u.gap != 1 || u.nl {
			continue
		}
		if i > 0 && a.toks[i].gap == 0 && a.toks[i-1].kind != kWord {
			continue
		}
		v := int(a.text[t.s]-'0')*10 + int(a.text[u.s]-'0')
		if v < 90 {
			continue
		}
		after := i+2 < n && a.isWord(i+2) && !a.toks[i+2].nl && a.cue(i+2)&cuAgeWord != 0
		// "9 4 - year - old": the hyphens spaced off as well
		hyph := !after && i+5 < n && a.isPunct(i+2, "-") && a.isWord(i+3) && a.cue(i+3)&cuAgeWord != 0 && a.isPunct(i+4, "-") && a.isWord(i+5) && a.folded(i+5) == "old" && !a.toks[i+5].nl
		before := false
		k := i - 1
		if k >= 0 && a.isPunct(k, ":") {
			k--
		}
		if k >= 0 && a.isWord(k) {
			switch a.folded(k) {
			case "idade", "age", "aged":
				before = true
			}
		}
		if k >= 0 && a.isWord(k) && a.folded(k) == "com" {
			before = after
		}
		if !after && !before && !hyph {
			continue
		}
		e := int(u.e)
		if after {
			e = int(a.toks[i+2].e)
		}
		if hyph {
			e = int(a.toks[i+5].e)
		}
		a.add(int(t.s), e, TypeAge, 0.8, pAge)
		next = i + 2
	}
}

// Prepositions before a city named like a common word: "em Natal", "in
// Mobile", not "no Natal" or "de Natal" (Christmas).
var commonCityPreps = set(`em para in from to near at`)

var ageWords = set(`anos ano years year yrs yr yo y/o`)

// ageVerbs before a number in words make it an age ("tem noventa e um").
var ageVerbs = set(`tem tinha completou completa fez faz is am was turned turns aged age idade`)

// Number words for ages written out ("noventa e três anos", "ninety-two
// years old", "one hundred and one"): only 90 and above matter.
var (
	ageTens  = map[string]int{"ninety": 90, "noventa": 90}
	ageHunds = map[string]int{"hundred": 100, "cem": 100, "cento": 100}
	ageUnits = map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
	}
)

// detectWordAges finds ages over 89 written in words, followed by an age
// word ("anos", "years", "year-old").
func (a *analysis) detectWordAges() {
	n := len(a.toks)
	if !a.hasCue(cuAgeTens | cuAgeHunds) {
		return
	}
	for i := 0; i < n; i++ {
		if !a.isWord(i) {
			continue
		}
		tens := a.cue(i)&cuAgeTens != 0
		hund := a.cue(i)&cuAgeHunds != 0
		if !tens && !hund {
			continue
		}
		s := i
		if hund && i > 0 && a.isWord(i-1) && (a.folded(i-1) == "one" || a.folded(i-1) == "a") {
			s = i - 1
		}
		// the rest of the number: "e três", "-two", "and one", "twenty"
		k := i + 1
		for steps := 0; steps < 4 && k < n && !a.toks[k].nl; steps++ {
			if a.isPunct(k, "-") || a.isWord(k) && (a.folded(k) == "e" || a.folded(k) == "and") {
				k++
				continue
			}
			if a.isWord(k) {
				g := a.folded(k)
				if _, ok := ageUnits[g]; ok {
					k++
					continue
				}
				if _, ok := ageTens[g]; ok {
					k++
					continue
				}
			}
			break
		}
		// back off separators left at the end
		for k > i+1 && (a.isPunct(k-1, "-") || a.isWord(k-1) && (a.folded(k-1) == "e" || a.folded(k-1) == "and")) {
			k--
		}
		j := k
		if j < n && a.isPunct(j, "-") {
			j++
		}
		if j >= n || !a.isWord(j) || a.cue(j)&cuAgeWord == 0 {
			// "ela tem noventa e um mas escuta bem", "she is ninety-one":
			// a verb of age before the number stands for the age word
			v := ""
			if s > 0 && a.isWord(s-1) {
				v = a.folded(s - 1)
			}
			// "he's ninety four": the contraction stands for "is" after
			// a pronoun
			contracted := false
			if v == "s" && s >= 3 && (a.isPunct(s-2, "'") || a.isPunct(s-2, "’")) && a.isWord(s-3) {
				switch a.folded(s - 3) {
				case "he", "she", "who":
					v, contracted = "is", true
				}
			}
			// (English "is", "was" need a person before them: "she is
			// ninety-one", not "the dose is ninety")
			person := contracted || s >= 2 && a.isWord(s-2) && (a.folded(s-2) == "i" || a.folded(s-2) == "she" || a.folded(s-2) == "he" || a.lexOf(s-2)&lxRelation != 0 || a.capShape(s-2) && (a.lexOf(s-2)&lxGiven != 0 && a.lexOf(s-2)&lxCommon == 0 || a.unknownWord(s-2)))
			if k > i && ageVerbs[v] && (person || v == "tem" || v == "tinha" || v == "completou" || v == "completa" || v == "fez" || v == "aged" || v == "idade") {
				a.add(int(a.toks[s].s), int(a.toks[k-1].e), TypeAge, 0.75, pAge)
				i = k - 1
			}
			continue
		}
		e := j + 1
		// "year-old", "years old"
		if e+1 < n && a.isPunct(e, "-") && a.isWord(e+1) && a.folded(e+1) == "old" {
			e += 2
		}
		a.add(int(a.toks[s].s), int(a.toks[a.pastOld(e)-1].e), TypeAge, 0.8, pAge)
		i = e - 1
	}
}

// detectPronounAges: an age over 89 stated about a person without a unit,
// "he's 91", "she is 94", "ela tem 92".
func (a *analysis) detectPronounAges() {
	n := len(a.toks)
	for _, ni := range a.classToks(tcNum) {
		i := int(ni)
		if i < 2 {
			continue
		}
		t := a.toks[i]
		// (a number of two or three bytes first, see b2u: one byte is a
		// digit, under 90)
		if b2u(t.kind == kNum)&(b2u(t.e-t.s == 2)|b2u(t.e-t.s == 3))&b2u(!t.nl) == 0 {
			continue
		}
		v := atoi(a.tokText(i))
		if v < 90 || v > 120 {
			continue
		}
		p := a.pastNow(i - 1) // ("she is now 93", round 39)
		ok := false
		switch {
		case a.isWord(p) && a.folded(p) == "s" && a.isPunct(p-1, "'") && p >= 2 && a.isWord(p-2):
			switch a.folded(p - 2) {
			case "he", "she", "who":
				ok = true
			}
		case a.isWord(p) && (a.folded(p) == "is" || a.folded(p) == "was" || a.folded(p) == "tem" || a.folded(p) == "tinha" || a.folded(p) == "turned" || a.folded(p) == "fez" || a.folded(p) == "completou") && (a.isWord(p-1) || a.isPunct(p-1, ",") && p >= 2 && a.isWord(p-2)):
			q := p - 1
			if a.isPunct(q, ",") {
				q-- // "my father, Anselm Gruber, is 93 now"
			}
			switch a.folded(q) {
			case "he", "she", "patient", "pt", "ele", "ela", "paciente", "mom", "dad", "mother", "father", "mae", "pai", "avo", "grandma", "grandpa",
				"participant", "participante", "subject", "resident", "client", "claimant", "examinee", "decedent", "beneficiary", "beneficiario", "beneficiaria": // (round 49)
				ok = q == p-1
			}
			// or after a person's name, as an obituary or a eulogy
			// writes it: "Mr. Lindqvist was 96 and …"
			// (a name in title case, the age closing its clause: never a
			// result, "tTG-IgA was 118 U/mL")
			ok = ok || a.toks[q].shape == shTitle && a.nameAt(q) && (i+1 >= n || a.toks[i+1].nl || a.isPunct(i+1, ".") || a.isPunct(i+1, ",") || a.isPunct(i+1, ";") ||
				a.isWord(i+1) && (a.cue(i+1)&cuAgeWord != 0 || a.folded(i+1) == "and" || a.folded(i+1) == "when" || a.folded(i+1) == "now" || a.folded(i+1) == "e" || a.folded(i+1) == "quando"))
		}
		if !ok && !a.age90Cue46(i) {
			continue
		}
		// "92 mg", "91 kg", "90%" are not ages
		if i+1 < n && !a.toks[i+1].nl && (a.isPunct(i+1, "%") || a.isWord(i+1) && (unitWords[a.folded(i+1)] || a.folded(i+1) == "percent")) {
			continue
		}
		e := int(t.e)
		if i+1 < n && a.isWord(i+1) && a.cue(i+1)&cuAgeWord != 0 {
			e = int(a.toks[i+1].e)
		}
		a.add(int(t.s), e, TypeAge, 0.75, pAge)
	}
}

// unitWords are measurement units that follow a number that is no age.
var unitWords = set(`mg kg g mcg ml l mmhg bpm cm mm lb lbs units ui mmol meq min minutes minutos dias days horas hours semanas weeks`)
