package clinical

import (
	"regexp"
	"strings"
)

// Mention is one occurrence of a lexicon concept in the folded free text,
// with its context as judged by a NegEx-style scope check: negated ("no chest
// pain", "nega dor torácica", "sem febre"), historical ("history of stroke",
// "AVC há 3 anos"), family ("mother had"), hypothetical ("return if fever") or
// resolved ("pain resolved", "já passou").
type Mention struct {
	Concept      string `json:"concept"`
	Text         string `json:"text"`
	Negated      bool   `json:"negated,omitempty"`
	Historical   bool   `json:"historical,omitempty"`
	Family       bool   `json:"family,omitempty"`
	Hypothetical bool   `json:"hypothetical,omitempty"`
	Resolved     bool   `json:"resolved,omitempty"`
	start, end   int
	sent         span
}

// Current reports whether the mention asserts the finding now.
func (m Mention) Current() bool {
	return !m.Negated && !m.Historical && !m.Family && !m.Hypothetical
}

func re(p string) *regexp.Regexp { return regexp.MustCompile(p) }

var (
	negPreEN = re(`\b(nobody|no one|ninguem|didnae|dinnae|disnae|wasnae|isnae|hasnae|havenae|cannae|couldnae|wouldnae|no|not|denies|denied|deny|denying|without|negative for|free of|absence of|never|nor|none|neither|non|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|hasn'?t|haven'?t|afebrile)\b`)
	// Portuguese triggers are safe in English text and vice versa, except the
	// English "no"/"non"/"nor", which are common Portuguese words ("dor no
	// peito"), so Portuguese text uses the unambiguous English ones only.
	negPrePT   = re(`\b(ninguem|nao|nunca|jamais|nega|negou|negam|nego|negando|sem|nem|ausencia de|nenhum|nenhuma|negativo para|afebril|not|never|denies|denied|without|negative for)\b`)
	negPreENPT = re(`\b(nobody|no one|ninguem|didnae|dinnae|disnae|wasnae|isnae|hasnae|havenae|cannae|couldnae|wouldnae|no|not|denies|denied|deny|denying|without|negative for|free of|absence of|never|nor|none|neither|non|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|hasn'?t|haven'?t|afebrile|nao|nunca|jamais|nega|negou|negam|sem|nem|ausencia de|nenhum|nenhuma|afebril)\b`)
	// "never had a pain like this", "nunca sentiu uma dor assim": a
	// comparison with everything before asserts the finding (the worst
	// ever), it does not deny it. neverFeltRx is "never" with a verb of
	// experiencing, close before the mention; the comparison follows the
	// mention (likeThisRx) or sits between the two ("never had such a
	// headache", "nunca teve tanta dor").
	neverFeltRx = re(`\b(never|nunca|jamais)( (ever|before|in (my|his|her|their) (life|lives)|antes|na vida))?( (had|have had|has had|felt|experienced|known|suffered|sentiu|senti|sentia|teve|tive|tinha (sentido|tido)|passou por))\b[^.;,]{0,30}$`)
	likeThisRx  = re(`^\W*(\S+\s+){0,3}?(like (this|that|it|the one)|as (bad|severe|strong|intense|painful|sudden|awful|violent)|this (bad|severe|strong|intense|painful)|so (bad|severe|strong|intense|painful)|assim|igual|tao (forte|intens[ao]|ruim|grande|violent[ao])|dess[ea] (jeito|forma|tipo|intensidade)|parecid[ao]|como (esta|essa|este|esse|agora|hoje))\b`)
	suchRx      = re(`\b(such|so (bad|severe|strong|intense|awful)|tanta|tamanha|tao (forte|intens[ao]|ruim))\b`)
	listConj    = re(`\b(or|nor|and|ou|nem|e)\b`)
	// Pseudo-negations: phrases that contain a trigger but do not negate.
	negPseudo = re(`\b(non.?valvular|non.?small.?cell|non.?hodgkin\w*|nao.?pequenas celulas|nao.?hodgkin|non.?st.?(segment.?)?elevation|non.?st.?elevat\w*|non.?steroidal|non.?insulin|non.?alcoholic|nao.?alcoolic\w*|nao.?valvar|(better|better off|melhor|melhores) (off )?(sem|without) (mim|ela|ele|voce|nos|me|her|him|you|us|them)|(sem|without|with no|no|non|nao) (iv |ev |intravenous )?(contraste|contrast)|(it )?(doesn'?t|does not|don'?t|didn'?t) matter|nao importa|(nao|nem) faz diferenca|nao (fala|falava|esta falando|ta falando|falando) coisa com coisa|(didn'?t|doesn'?t|don'?t|did not|does not) make (any )?sense|no (improvement|change|relief|response|better)|nao (e|foi|deve ser|era|seja) nada|(acho|acredito) que nao (e|foi) nada|(it'?s |is )?(probably|likely|maybe|most likely) nothing|nothing (serious|much|to worry about)|(isn'?t|aren'?t|wasn'?t|doesn'?t|didn'?t|won'?t) (touch\w*|help\w*|work\w*|shift\w*|budg\w*|doing anything|do anything|eas\w*|settl\w*|going away|get\w* better)|nao (adianta\w*|fez efeito|faz efeito|alivi\w*)|not (improv\w*|better|respond\w*|help\w*|only|relieved|working|settling|resolv\w*)|no longer|not been able|sem (melhora|resposta|alivio|sucesso)|nao (melhor\w*|consegue|responde|ajud\w*|resolv\w*|so|passa|cede)|sem conseguir|nao (para|param|parou|parava) de|nao (consigo|consegue) parar|won'?t stop|wont stop|(doesn'?t|does not|can'?t|cannot) stop|(hasn'?t|haven'?t) (stopped|been able)|(never|nunca|jamais) (\w+ ){0,2}(admitted|hospitali[sz]ed|intubated|ventilated|internad[oa]|hospitalizad[oa]|intubad[oa]) (\w+ ){0,2}(for|with|due to|por|com|devido a|de))\b`)
	// ("seizure-free for 6 years", "pain-free")
	negPost = re(`^-free\b|^\s*(neg|negat)\.?(\s|,|;|$)|^\s*,?\s*(nao|não) (tem|teve|ha|houve)( nao)?\s*([,.;]|$)|^[^\w,;]*(absent|negative|ruled out|excluded|not (present|seen|found|elicited)|ausentes?|negativ[oa]s?|descartad[oa]s?|afastad[oa]s?)\b|^[^\w,;]*([^\s,;]+\s+){1,2}?(absent|negative|ruled out|excluded|not (present|seen|found|elicited)|ausentes?|negativ[oa]s?|descartad[oa]s?|afastad[oa]s?)\b`)
	// Scope terminators: a contrast or a new assertion ends the scope of a
	// negation, history or hypothetical trigger.
	termRe  = re(`\b(but|however|although|though|except|apart from|aside from|yet|now|currently|today|presents?|presenting|complains?|reports?|says|said|states|stated|tells|told|mas|porem|entretanto|contudo|todavia|exceto|embora|apesar|agora|atualmente|hoje|refere|relata|apresenta|queixa|evoluiu|evolui|evoluindo|e (ta|esta|estava|ficou|fica|ficando|comecou)|and (is|was|he'?s|she'?s|has (gone|become|started|turned)))\b`)
	histPre = re(`\b((after|since|before|apos|desde|antes d[ao]) (the|his|her|my|their|a|o|sua|seu) (last|previous|ultima|ultimo)|(in|em|during|durante) (19|20)\d\d,? (with|com|causing|leaving|que causou|deixando)|(in|em) (19|20)\d\d,? (he |she |they |i |ele |ela |eu )?(had|developed|suffered|teve|apresentou)|(anaphyla\w*|anafilaxia|allergic reaction|reacao alergica)( [\w-]+){0,4},? (in|em|at age|aos) (19|20)\d\d|(allerg\w*|drugs?|medicines?|tablets?|pills?|nsaids?|aspirin|ibuprofen|naproxen|diclofenac|dipirona|metamizole|penicillin|codeine|morphine|\w+cillin|\w+profen|\w+mycin|\w+floxacin|\w+sulfa\w*) (always |usually |once |reportedly )?(gives|gave|causes|caused|brings out|brought out) (him|her|me|them|you)|(once|twice|\d+ times) (this|last|in the last|in the past) (year|month|\d+ months)|(once|previously|before|in the past|always|last time) (gave|gives|caused|causes|made|makes|brought on) (him|her|me|them|you)|(uma vez|ja|antes|da ultima vez) (me |lhe )?(deu|causou|provocou|dava|causava)|uma vez (fiquei|tive|senti|ficou|teve|sentiu)|(once|one time) (i |he |she )?(got|went|became|ended up)|allerg(y|ies|ic)( \w+)?:?( [\w-]+){0,2} \(|alergia( \w+)? \(|((stopped|discontinued|withdrawn|switched|changed|suspens[oa]|trocad[oa]) (\w+ ){0,4}(after|due to|because of|apos|por causa de|devido a)|(\d+|two|three|four|five|six|several|a few) (weeks?|months?|years?) ago (for|with|due to|because of|after)|(after|following|apos|depois d[aeo]) (an? |the |his |her |their |uma? |a |o )?(\w+ ){0,2}(laparotomy|laparoscop\w*|surgery|operation|resection|repair|cholecystectom\w*|appendic\w*ctom\w*|cirurgia|operacao|laparotomia|videolaparoscopia|ressecao) (for|por|de|devido a|due to)|(follow.?up|review|check.?up|revisao|retorno|seguimento|consulta de (seguimento|retorno)) (appointment |visit |consultation )?(after|following|apos|pos|depois d[eao]) (an? |the |his |her |their |uma? |a |o )?(\w+ ){0,2}(visit|attendance|admission|presentation|stay|consulta|internacao|atendimento|passagem|ida) (to (the |an? )?[\w&]+ |(no|na|ao|a) \w+ )?(for|with|por|com)|alergi(a|ca|co) (a|ao|a) \w+|allerg(y|ic) to \w+|ha (\d+|duas|tres|quatro|cinco|seis|varias|alguns|algumas) (semanas|meses|anos) (por|devido a)|as a (child|kid|teenager|baby)|childhood|(in|during) (early )?infancy|quando (era )?crianca|na infancia|last (winter|summer|spring|autumn|fall|year)|(no )?(inverno|verao|ano) passado|history of|hx of|hx|h/o|past (medical )?history( of)?|pmh|previous|prior|background of|known|historia (previa )?de|historico de|antecedentes? (pessoa(l|is) )?(de )?|hpp( de)?|passado de|ja teve|sabidamente|previa de|(na|nas|numa|em) (gestacao|gravidez|gestacoes|gravidezes|internacao|internacoes|ocasiao|vez) anteriore?s?|(in|during) (a |her |his |the |my )?(last|earlier|first) (pregnancy|admission|stay)|(retorno|revisao|controle|seguimento|follow.?up|review) (pos|post)|(no|in|during|durante o|after|apos o) (primeiro |first |1o |segundo |second )?(ciclo|cycle) (\d{1,2}|one|two|um|dois|anterior|previous|earlier|passado)|(last|previous|earlier|prior) (cycle|course)|ciclo (anterior|passado)|antes d[ao] (stent|cirurgia|angioplastia|procedimento|operacao|tratamento|transplante|marca.?passo|ablacao|implante)|before (the |his |her |my )?(stent|surgery|operation|procedure|angioplasty|pci|cabg|bypass|ablation|pacemaker|transplant|implant)))\b`)
	// a lone year right after the mention ("facial angioedema 2021",
	// "AVC 2019"), not a full date
	histPost = re(`^[^.;]{0,40}\b(years|months|a while|some time|a long time|ages) back\b|^[^.;]{0,40}\b(anos|tempos) atras\b|^[ (,]{0,3}(19|20)\d\d([^\d/.\-]|$)|^\s*(at|aos|com) (the age of |age |idade de )?\d{1,2} (months?|mos?|years?|meses|anos)( old| of age| de idade)?\b|^\W*([^\s,;(]+\s+){0,6}?\((19|20)\d\d\)|^\W*([^\s,;(]+\s+){0,6}?((\d+|two|three|four|five|six|several|many|a few|some) (years?|yrs?|months?) ago|years ago|ages ago|a long time ago|ha (\d+|dois|duas|tres|quatro|cinco|varios|varias|muitos|alguns) (anos|meses)|(in|em) (19|20)\d\d|(after|apos|with|com) \w+ (19|20)\d\d\b|(19|20)\d\d (needing|requiring|with|com|que)|no passado|in the past|previously|(em|nas) (tentativas|vezes|ocasioes|abstinencias|internacoes) anteriores|(in|during|on) (previous|prior|past|earlier) (attempts?( to stop)?|detox\w*|withdrawals?|occasions|admissions?)|last (summer|winter|spring|autumn|fall|year)|(years|months|a while|some time|long time|ages) back|anos atras|tempos atras|(no )?(verao|inverno|ano) passado|previo|previa|antigo|antiga|as a (child|kid|teenager|baby)|in (childhood|infancy)|na infancia|quando (era )?crianca|na adolescencia|(in|during) (his |her |my )?(teens|adolescence)|in (his|her|my|their) (20s|30s|40s|twenties|thirties|forties)|quando (era )?adolescente|at (the )?age (of )?\d{1,2}|aged \d{1,2}|aos \d{1,2} (anos|meses)|at (\d{1,2}|six|nine|twelve|eighteen) months (old|of age)|(none|nothing|no episodes?|nenhuma?) (since|desde entao))\b`)
	famPre   = re(`\b(family history|fh of|historia familiar|antecedentes? familiar(es)?|(mother|father|brother|sister|sibling|grandmother|grandfather|parents?|uncle|aunt|cousin)('s)? ((was|is|has been|were|also|recently|just) ){0,3}(had|has|with|died|diagnosed)|(mae|pai|irmao|irma|avo|tio|tia|primo|prima) (teve|tem|com|faleceu|morreu))\b`)
	hypoPre  = re(`\b(thought (i|he|she|they) (was|were|had|might)( having| be having)?|(read|looked up|googled|saw|seen) (\w+ ){0,2}(online|on the internet|on google|on facebook|on tiktok|on tv)( about| that)?|(read|googled|looked up) (about|that)|(leu|viu|pesquisou|ouviu) (\w+ ){0,2}(na internet|no google|no facebook|no tiktok|na tv) (sobre|que)|(i|he|she) thought it was|convinced (it'?s|it was|i'?m|i was)|achei que (era|fosse|estava|ia)|pensei que (era|fosse|estava|ia)|if|unless|return if|in case|watch for|advised to return|risk of|worried about|concerned about|fear of|afraid of|se houver|caso (haja|tenha|apresente)|retornar se|orientad[oa] a|risco de|preocupad[oa] com|medo de)\b`)
	resolved = re(`^\s*(has |have |is |are |now )?(all |completely )?gone\s*([,.;]|$)|^\W*(que |which |that )(\S+\s+){0,5}?(ja )?(sumiu|sumiram|desapareceu|desapareceram|went away|has gone|had gone|cleared)\b|^\W*(i|he|she|they|we) (had|was having|used to have) (\S+\s+){0,2}?(has|have) (gone|cleared|settled|resolved|stopped)\b|^\W*(\S+\s+){0,3}?((resolved|settled|subsided|stopped|has passed|went away|gone away|gone (for|since|now|completely)|cleared up|wore off|ja passou|passou|resolveu|resolvid[oa]|cessou|cedeu|melhorou|regrediu|regrediram|recovered fully|fully recovered|(now )?(asymptomatic|symptom.free)|(agora |ja )?(sem sintomas|assintomatic[oa]))\b|passed(\s*[.,;]|\s*$| and\b| now\b| overnight\b| completely\b))`)
)

// "over the last year", "for the past year": a span of time up to now,
// so the trouble is ongoing, not history ("more forgetful over the last
// year")
// monthPastRx: an event placed in a named month ("pancreatite aguda
// biliar leve em março", "admitted in early June") is a past episode;
// monthNotPastRx: the words of a date still to come or of a span running
// up to now ("due in March", "cirurgia marcada para março", "since June")
var (
	monthPastRx    = re(`^\W*([^\s,;(]+\s+){0,6}?(in|em) (early |late |mid.?|inicio de |fim de |final de |meados de )?(january|february|march|april|june|july|august|september|october|november|december|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b`)
	monthNotPastRx = re(`\b(due|dpp|previst[oa]|expected|esperad[oa]|scheduled|agendad[oa]|marcad[oa]|booked|planned|planejad[oa]|until|ate|from|a partir|since|desde|next|proximo|starting|started|comecou|began|onset|inicio|iniciou)\b`)
)

var ongoingSpan = re(`^\W*([^\s,;(]+\s+){0,6}?(over|for|throughout) the (last|past) (summer|winter|spring|autumn|fall|year)\b`)

// triggerBefore reports whether a trigger of rx occurs in prefix (the part of
// the sentence before a mention) within maxWords of the mention, with no
// scope terminator in between. Pseudo-triggers are skipped.
func triggerBefore(rx *regexp.Regexp, prefix string, maxWords int, pseudo *regexp.Regexp) bool {
	return triggerBeforeS(rx, prefix, "", maxWords, pseudo)
}

// triggerBeforeS is triggerBefore with the rest of the sentence: a scope
// crosses a comma only inside a short list closed by a conjunction ("no
// fever, cough or dyspnoea"), not into a new clause ("no blood in stool,
// drinking fluids well").
func triggerBeforeS(rx *regexp.Regexp, prefix, suffix string, maxWords int, pseudo *regexp.Regexp) bool {
	locs := rx.FindAllStringIndex(prefix, -1)
	if len(locs) == 0 {
		return false
	}
	var pseudoLocs [][]int
	if pseudo != nil {
		pseudoLocs = pseudo.FindAllStringIndex(prefix, -1)
	}
	for i := len(locs) - 1; i >= 0; i-- {
		l := locs[i]
		skip := false
		for _, p := range pseudoLocs {
			if l[0] >= p[0] && l[1] <= p[1] {
				skip = true
				break
			}
		}
		if skip {
			continue
		}
		between := prefix[l[1]:]
		// a spaced dash closes a statement: "no symptoms - surveillance
		// colonoscopy result"
		if strings.Contains(between, " - ") || strings.Contains(between, " – ") || strings.Contains(between, " — ") {
			return false
		}
		// a long list closed by "or"/"nor"/"ou" right before the mention
		// stays in scope: "No headache, chest pain, breathlessness, blurred
		// vision, weakness or confusion"
		closedList := strings.Contains(between, ",") && words(between) <= 3*maxWords && listEndRx.MatchString(between) && itemsAtMost(between, 4)
		if words(between) > maxWords && !(strongListNeg[prefix[l[0]:l[1]]] && strings.Contains(between, ",") && words(between) <= 2*maxWords) && !closedList {
			return false
		}
		if termRe.MatchString(between) {
			return false
		}
		if strings.Contains(between, ",") {
			// "nega dor no peito ao esforço, desmaios, …": a denial governs
			// longer items than a plain "no"
			limit := 4
			if strongListNeg[prefix[l[0]:l[1]]] {
				limit = 6
			}
			for _, seg := range strings.Split(between, ",") {
				// (the closing "or" before the mention is no word of an item)
				if words(listEndRx.ReplaceAllString(seg, "")) > limit {
					return false
				}
			}
			if !listConj.MatchString(between) && !listClosed(suffix) && !(strongListNeg[prefix[l[0]:l[1]]] && (shortItems(between) || denialList(between))) {
				return false
			}
		}
		return true
	}
	return false
}

// strongListNeg are denials that govern a whole comma list in clinical
// shorthand even without a closing conjunction ("Denies CP, SOB, hypos").
var strongListNeg = map[string]bool{"denies": true, "denied": true, "denying": true, "nega": true, "negou": true, "negando": true}

// listEndRx: a list's closing conjunction right before the mention.
var listEndRx = regexp.MustCompile(`\b(or|nor|ou|nem)\s*$`)

// itemsAtMost reports whether every comma segment of s (the last one split
// at its conjunction) has at most n words.
func itemsAtMost(s string, n int) bool {
	for _, seg := range strings.Split(s, ",") {
		seg = listEndRx.ReplaceAllString(seg, "")
		for _, part := range strings.Split(seg, " or ") {
			if words(part) > n {
				return false
			}
		}
	}
	return true
}

// denialList: after a denial, a list of items of up to four words each
// with the mention opening the next item ("Denies shortness of breath,
// chest pain"; not "denies smoking, lives alone, has chest pain").
func denialList(s string) bool {
	segs := strings.Split(s, ",")
	if strings.TrimSpace(segs[len(segs)-1]) != "" {
		return false
	}
	for _, seg := range segs[:len(segs)-1] {
		if n := words(seg); n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// shortItems reports whether every comma segment of s has at most two words.
func shortItems(s string) bool {
	for _, seg := range strings.Split(s, ",") {
		if words(seg) > 2 {
			return false
		}
	}
	return true
}

// listClosed reports whether the rest of a sentence continues a short list
// that a conjunction closes: "… fever, neck stiffness or deficit" after the
// mention, also when the mention is followed directly by a comma ("denies
// thunderclap onset, fever, neck stiffness or …"). Each list item before the
// conjunction is short (at most 4 words).
func listClosed(suffix string) bool {
	segs := strings.Split(suffix, ",")
	for i, seg := range segs {
		if listConj.MatchString(seg) {
			return true
		}
		if i > 0 && words(seg) > 4 || i >= 6 {
			return false
		}
	}
	return false
}

// atTheTimeRx: a finding told as what happened "at the time" of an
// earlier event ("PCI in 2016 (crushing chest pain and troponin 18 at the
// time)"); "at the time of the fall" is the same episode and is not it.
var atTheTimeRx = re(`^[^.;]{0,60}?\b(at the time|back then|na epoca|naquela (epoca|ocasiao)|na ocasiao|during (that|his|her|the previous|the earlier) (admission|stay|episode)|naquela internacao)(\s*[),;]|\s*$|\s+(and|but|e|mas)\b)`)

// lastExposureRx: a sentence that tells what happened the last time a
// drug or food was taken ("Last time he had amoxicillin he broke out in
// hives and his lips swelled up") is a past reaction throughout.
var lastExposureRx = re(`^\W*(\w+:\W*)?(the )?(last|one|other) time (that )?(he|she|i|they|you|we) (had|took|was given|were given|got|tried|ate|used|received)\b|^\W*(\w+:\W*)?(da|a|na) ultima vez (que )?(ele |ela |eu )?(tomou|tomei|usou|usei|comeu|comi|recebeu|recebi)\b`)

// pastVisitRx: a visit last week or days ago "with" the mention ("fui na
// UPA semana passada com cólica renal", "went to A&E last week with"):
// the episode that visit was for, not what is happening now.
var pastVisitRx = re(`\b(went|attended|was seen|were seen|came|fui|foi|fomos|esteve|estive|passou|passei|levei|levou|took (him|her|them)|seen) (\w+ ){0,5}(last week|last month|semana passada|mes passado|(\d+|two|three|four|five|six|a few|several) (days|weeks) ago|ha (\d+|dois|duas|tres|quatro|cinco|seis|uns|umas) (dias|semanas)) (with|com|for|por|because of|devido a)( an?| the| uma?| o| a)?\s*$`)

// whoHasRx and isSomeoneElseRx: "quem está com cólica renal agora é meu
// cunhado", "the one who has the rash is her sister": the finding is
// named to say it belongs to somebody else.
var (
	whoHasRx        = re(`\b(quem|who|the one who)( (esta|ta|tem|teve|has|had|is|was))?( com| with)?\s*$`)
	isSomeoneElseRx = re(`^[^.;]{0,20}?\b(e|is|was|era|foi) (o |a |the )?(meu|minha|my|his|her|our|nosso|nossa|seu|sua) (\w+ )?(cunhad[oa]|irmao|irma|pai|mae|filh[oa]|marido|esposa|mulher|brother|sister|father|mother|son|daughter|husband|wife|in-laws?|neighbou?r|vizinh[oa]|colega|friend|amig[oa]|sogr[oa]|genro|nora|prim[oa]|ti[oa]|cousin|uncle|aunt|partner|parceir[oa]|flatmate|roommate)\b`)
)

// markerNegativeRx: a negative marker that names a phase of the disease,
// not its absence ("hepatite B crônica HBeAg negativo")
var markerNegativeRx = re(`^[^\w,;]*([^\s,;]+\s+){0,1}?(hbeag|hbe ag|hbe|anti-hbe|hcv rna|hbv dna|er|pr|her2|hla-b27)[ -]?(negativ[oa]s?|negative)\b`)

// outbreakPlaceRx: "surto" followed by the place it spreads in
var outbreakPlaceRx = re(`^ (na|no|em|nesta|neste|nessa|nesse) (ala|enfermaria|andar|unidade|lar|casa|ilpi|instituicao|escola|creche|bairro|setor|abrigo|predio|residencia)\b`)

// beforeProcedureRx: a finding placed before an operation or an implant
// that treated it ("teve um desmaio antes do implante, nenhum depois")
var beforeProcedureRx = re(`^\W*([^\s,;(]+\s+){0,2}?(antes d[ao] (stent|cirurgia|angioplastia|procedimento|operacao|transplante|marca.?passo|ablacao|implante)|before (the |his |her |my )?(stent|surgery|operation|procedure|angioplasty|pci|cabg|bypass|ablation|pacemaker|transplant|implant))\b`)

// durationSymptoms are complaints that last: "tosse há 2 meses" is a
// cough for two months, not one two months ago (an event such as a stroke
// or a fall "há 2 meses" is past). durationRx: the "há N meses" right
// after the mention; hadBeforeRx: "teve tosse há 2 meses" is past again.
var (
	durationSymptoms = map[string]bool{"cough": true, "productive_cough": true, "dyspnea": true, "headache": true, "back_pain": true, "joint_pain": true,
		"abdominal_pain": true, "diarrhea": true, "weight_loss": true, "rash": true, "dyspepsia": true, "constipation": true,
		"dizziness": true, "night_sweats": true, "hoarse": true, "dysphagia": true, "insomnia": true, "depression": true, "anxiety": true}
	durationRx  = re(`^\W*(ha|faz|desde ha) (\d+|um|uma|dois|duas|tres|quatro|cinco|seis|alguns|algumas|varios|varias|muitos) (dias|semanas|meses|anos)\b`)
	hadBeforeRx = re(`\b(teve|tive|tinha|apresentou|apresentava|had)\b(\s+\S+){0,3}\s*$`)
)

// symptomDuration reports that "há N meses" after a lasting complaint
// gives its duration.
func symptomDuration(concept, prefix, suffix string) bool {
	return durationSymptoms[concept] && durationRx.MatchString(suffix) && !hadBeforeRx.MatchString(prefix)
}

// monthPast reports that the words after a mention place it in a named
// month of the past; a pregnancy's month is its due date.
func monthPast(concept, suffix string) bool {
	loc := monthPastRx.FindStringIndex(suffix)
	return loc != nil && concept != "pregnancy" && !monthNotPastRx.MatchString(suffix[:loc[1]])
}

// deniedInsideRx: a pattern with a gap can span the denial itself ("the
// whole testicle isnt swollen", "barriga não está inchada"): the mention
// ends in a negated state.
var deniedInsideRx = re(`\b(isnt|isn't|is not|arent|aren't|are not|wasnt|wasn't|was not|nao (esta|ta|estava|ficou|parece)) (\w+ )?(swollen|red|painful|sore|tender|hot|inchad[oa]s?|vermelh[oa]s?|doloros[oa]s?|quentes?)$`)

// judge fills in the context flags of a mention found at [start,end) of text.
func judge(text, lang string, m *Mention) {
	prefix := text[m.sent.start:m.start]
	// A pattern with a gap (".{0,30}") or trailing punctuation may run past
	// the end of the sentence it starts in: no suffix then.
	suffix := ""
	if m.end < m.sent.end {
		suffix = text[m.end:m.sent.end]
	}
	negPrefix := prefix
	if loc := neverFeltRx.FindStringSubmatchIndex(prefix); loc != nil && (likeThisRx.MatchString(suffix) || suchRx.MatchString(prefix[loc[0]:])) {
		// mask the "never" of a comparison; any other trigger still counts
		negPrefix = prefix[:loc[2]] + strings.Repeat("x", loc[3]-loc[2]) + prefix[loc[3]:]
	}
	// ("no pain now, none since Saturday": a concept that is itself a
	// negative statement is neither negated nor made past by the words
	// around it)
	// (the list may close inside the mention itself: "no blisters, skin
	// peeling, mouth or eye sores")
	listRest := suffix
	if m.end <= len(text) && m.start < m.end {
		listRest = text[m.start:m.end] + suffix
	}
	m.Negated = !selfNegative[m.Concept] && (triggerBeforeS(negPreFor(lang), negPrefix, listRest, 7, negPseudo) || negPost.MatchString(suffix) && !markerNegativeRx.MatchString(suffix) ||
		m.start < m.end && m.end <= len(text) && deniedInsideRx.MatchString(text[m.start:m.end]))
	m.Historical = !selfNegative[m.Concept] && (triggerBefore(histPre, prefix, 6, nil) || histPost.MatchString(suffix) && !ongoingSpan.MatchString(suffix) && !symptomDuration(m.Concept, prefix, suffix) || beforeProcedureRx.MatchString(suffix) || monthPast(m.Concept, suffix) ||
		lastExposureRx.MatchString(prefix) || atTheTimeRx.MatchString(suffix) || pastAdmission(prefix) || pastVisitRx.MatchString(prefix) || allergyLabelRx.MatchString(prefix))
	m.Family = triggerBefore(famPre, prefix, 8, nil) || whoHasRx.MatchString(prefix) && isSomeoneElseRx.MatchString(suffix)
	m.Hypothetical = triggerBefore(hypoPre, prefix, 6, nil) ||
		// a worried question names a diagnosis, not a finding: "is it
		// measles?" (never a symptom: "is this chest pain serious?")
		questionDiagnoses[m.Concept] && triggerBefore(questionPre, prefix, 4, nil)
	m.Resolved = resolved.MatchString(suffix)
}

// allergyLabelRx: a reaction named as an allergy's label right before
// the mention ("penicillin allergy - rash", "alergia a dipirona:
// urticária").
var allergyLabelRx = re(`\b(allerg(y|ies|ic)( to [\w-]+)?|alergi(a|co|ca)( (a|ao|à) [\w-]+)?) ?[-–:] ?$`)

// selfNegative concepts state an absence themselves ("no pain now").
var selfNegative = map[string]bool{"pain_free_now": true}

// allergyRecordConcepts are excluded after an allergy record ("penicillin
// allergy (hives, throat swelling)") but not during a reaction now.
var allergyRecordConcepts = map[string]bool{"airway": true, "angioedema": true, "urticaria": true, "wheeze": true}

// reactionNowRx: a reaction happening now ("having an allergic reaction:
// throat closing").
var reactionNowRx = re(`\b(having|has|had|now|currently|just|started|starting|developed|developing|is|tendo|teve|tem|agora|comecou|esta|estou|ta) (\w+ ){0,2}(an? |uma )?(allergic|alergic\w*|reaction|reacao)`)

// questionPre: a question about what the trouble is.
var questionPre = re(`\b(is it|could it be|might it be|can it be|could this be|is this|sera que (e|eh|ta|esta|foi)|pode ser|(scared|afraid|terrified|worried|frightened) (it'?s|its|it is|it was|of|about)|freaking out (a bit |a little )?(about|that)|com medo de ser|medo de ser|(medo|receio) de (que seja|ser))\b`)

// questionDiagnoses are the concepts that name a diagnosis a worried
// person may ask about.
var questionDiagnoses = map[string]bool{"measles": true, "meningitis": true, "stroke_event": true, "mi_event": true, "dengue": true, "malaria": true,
	"sepsis": true, "cancer": true, "ectopic": true, "pneumonia": true, "kawasaki": true, "zoster": true}

// excludeBefore drops a match when the text just before it changes its
// meaning ("ST depression" is an ECG finding, not a mood).
var excludeBefore = map[string]*regexp.Regexp{
	// "mother says she is exhausted": the carer's tiredness, not the
	// patient's exhaustion in an asthma attack
	"life_threat_asthma": re(`\b(mother|mum|mom|father|dad|parents?|carer|caregiver|wife|husband|partner|mae|pai|cuidador[a]?|esposa|marido)\b[^.;]{0,25}$`),
	// "carbon monoxide poisoning" is graded by the carbon monoxide rules,
	// not as a swallowed overdose
	// (or a fear or a belief of being poisoned: "won't eat because he
	// thinks the food is poisoned" is a delusion, not an ingestion)
	"overdose": re(`\b(carbon monoxide|monoxido de carbono|\bco|smoke|fumaca|cyanide|cianeto)\s*$|\b(believes?|believed|convinced|paranoid|accus\w*|convencid[oa])\b[^.;]{0,40}$|\b(thinks?|thought|afraid|scared|fears?|feared|worried|acha que|achando que|pensa que|com medo de que|desconfia que) (that )?(it|the food|the water|his food|her food|the drink|the meals?|the tea|the coffee|someone is|they are|people are|a comida|o remedio|a agua|estao|alguem esta) ?(might |may |could |is |was |are |esta |foi )?(be |been |being )?$`),
	// "sleep paralysis", "hypnagogic hallucinations": the borderland of
	// sleep (narcolepsy, or normal), not a stroke or a psychosis
	"paralysis": re(`\bsleep $`),
	"psychosis": re(`\b(hypnagogic|hypnopompic|hipnagogic[ao]s?|hipnopompic[ao]s?) $`),
	// "vacinas de 12 meses (tríplice viral, reforços pneumocócica e
	// meningocócica)": a vaccine named in a list after the word vaccine
	"meningitis": re(`\b(vaccines?|vaccinations?|immuni[sz]ations?|jabs|boosters?|vacinas?|vacinacao|reforcos?)\b[^.;:]{0,70}$`),
	// "descascando embaixo da mama, saindo um líquido claro": fluid from
	// the skin, a wound or a drain, not the waters
	"rom": re(`\b(pele|skin|ferida|wound|mama|breast|seio|dreno|drain|corte|cicatriz|scar|incis\w*|olho|eye|ouvido|ear|nariz|nose|umbigo|navel|stoma|estoma|blisters?|bolhas?|curativo|dressing|queimadura|burn)\b[^.;]{0,60}$`),
	// "tomou vacina da gripe e da pneumonia": the vaccine's name
	"pneumonia": re(`\b(vaccines?|vaccinations?|jabs?|shots?|vacinas?|vacinad[oa]|imunizad[oa])\b (\w+ ){0,4}(da|de|contra( a)?|for|against)\s*$`),
	// "occasional ventricular ectopics", "isolated extrasystoles": benign
	// single beats, not an arrhythmia
	"arrhythmia": re(`\b(occasional|isolated|infrequent|rare|few|single|odd|some|raras?|isolad[oa]s?|ocasiona\w*)\s*$`),
	// "Dix-Hallpike positive with torsional nystagmus": the provoked
	// nystagmus of positional vertigo, not a cerebellar sign
	"ataxia": re(`\b(dix.?hallpike|hallpike|positional (test|manoeuvre|maneuver)|roll test|manobra de (dix|hallpike))\b[^.;]{0,60}$`),
	// "alvéolo vazio com osso exposto": bone in a tooth socket, not an
	// open fracture
	"open_fracture": re(`\b(alveol\w*|socket|extraction|exodontia|extracao|gum|gengiva)\b[^.]{0,40}$`),
	// ("25 degrees angulation" on the X-ray report is a measurement, not a
	// deformity seen at the bedside)
	"deformity": re(`\b(ortolani|barlow)\b[^.;]{0,40}$|\b(alveol\w*|socket|extraction|exodontia|extracao|gum|gengiva)\b[^.]{0,40}$|\d+ ?(degrees?|graus|°) (of |de )?$`),
	// "last abdominal injection site", "away from injection sites": a
	// depot or a drug user's injection, not a vaccine
	"vaccine_local_reaction": re(`\b(abdominal|depot|away from|heroin|fentanyl|drug|insulin|buprenorphine|methadone|enoxaparin|heparin|old)\s+$`),
	// "when can he drive again after a single seizure": a licence
	// question about an old event
	"seizure": re(`\b(keeps?|keeping|very|physically|quite|generally|otherwise|medically|declared|deemed|found) $|\b(drive|driving|dirigir|licen[cs]e|dvla|detran|cnh)\b[^.;]{0,40}\b(after|since|apos|desde)\b (a |an |his |her |my |uma |o )?(single |first |one |only |unica |primeira )?$`),
	// a small or trivial effusion is no tamponade
	"tamponade": re(`\b(small|trivial|tiny|mild|minimal|pequeno|discreto|leve|minimo)\s*$`),
	// "he has HIV": the partner's, not the patient's
	"hiv_known": re(`\b(he|she|partner|source|boyfriend|girlfriend|husband|wife|namorado|namorada|parceir[oa]|marido|esposa|ele|ela)\b (\w+ ){0,3}(has|is|have|tem|e|esta com|vive com)( the)? $`),
	// "vacinação para hepatite B desconhecida": a vaccine, not the disease
	"viral_hepatitis": re(`\b(vacina\w*|vaccin\w*|imuniza\w*|immuni[sz]\w*|booster|dose)\b (\w+ ){0,2}$`),
	// "regular withdrawal bleeds": the pill's planned bleed
	"bleeding": re(`\bwithdrawal\s*$`),
	// "metallic densities in the left upper quadrant": where an X-ray
	// shows something, not a pain
	// (or a bulge at the belly button: an umbilical hernia, not a pain)
	"abdominal_pain": re(`\b(densit\w*|opacit\w*|objects?|foreign bod\w*|seen|visible|located|lying|sits?|projected|projecting|shadow|cluster|calcificat\w*) (\w+ ){0,3}(in|on|over|at|within) (the )?$|\b(bulge|bulging|bump|lump|swelling|hernia|sticking out|stump|cord) (\w+ ){0,2}(at|in|around|on|of) (his|her|the|my|their) $`),
	// "colo 80% apagado": an effaced cervix, not a patient who passed out
	"unresponsive": re(`(\bcolo\b[^.;]{0,25}|\d+ ?%\s*)$`),
	"depression":   re(`\bst[- ]?(segment )?$`),
	// "his face fall down on one side": a face that drops, not a fall
	"fall":   re(`\b(face|mouth|eye|eyelid|smile|cheek|lip|filling|crown|tooth|teeth|obturacao|restauracao|coroa|dente|hair|cabelo|coto|umbilical|umbigo|stump|cord|scab|crosta|casquinha|stitch(es)?|pontos?|unha|nail|cast|gesso|curativo|dressing) (\w+ )?$`),
	"injury": re(`\b(face|mouth|eye|eyelid|smile|cheek|lip|filling|crown|tooth|teeth|obturacao|restauracao|coroa|dente|hair|cabelo|coto|umbilical|umbigo|stump|cord|scab|crosta|casquinha|stitch(es)?|pontos?|unha|nail|cast|gesso|curativo|dressing) (\w+ )?$`),
	// an arm held "em rotação externa" is a shoulder dislocation's posture,
	// not a hip fracture's
	"hip_fracture_sign": re(`\b(braco|ombro|arm|shoulder|umer\w*|humer\w*|abducao|abduction)\b[^.;]{0,40}$`),
	// "Mom calling, panicked": the caller's fright, not the patient's
	// anxiety
	"anxiety": re(`\b(mom|mum|mother|dad|father|parents?|caller|wife|husband|carer|caregiver|grandma|grandmother|grandpa|mae|pai|esposa|marido|cuidador\w*|avo)\b( (is|was|calling|called|sounds|sounding|ligou|ligando|esta|estava))?,? (very |really |quite |a bit |muito |bem )?$`),
	// "turf burn", "rug burn", "razor burn": a graze or a rash, not a
	// thermal burn
	"burn": re(`\b(turf|rug|carpet|rope|mat|friction|razor|road|wind)\s*$`),
	// "on warfarin for recurrent DVT", "anticoagulada por TVP": the
	// reason for a treatment, not a new clot
	// (or the drug alone opening the sentence: "Warfarin for recurrent DVT")
	"dvt_signs": re(`\b(((on|taking|takes|em uso de|usa|toma) (\w+ ){0,3})?(warfarin|varfarina|anticoag\w*|apixaban\w*|rivaroxaban\w*|edoxaban\w*|dabigatran\w*|enoxaparin\w*|enoxaparina|marevan|xarelto|eliquis|pradaxa|heparin\w*)|anticoagulated|anticoagulad[oa]) (\w+ ){0,3}(for|por|devido a|para|after|apos) (a |an |his |her |uma |recurrent |recorrente |previous |prior |provoked |unprovoked |two |2 )*$`),
	// "outside the window for PEP", "fora da janela para PEP": a PEP
	// that no longer applies
	"pep_needed": re(`\b(fora da janela (para|de)|outside the (\d+.hour )?window (for|of)|too late for|beyond the window for|not eligible for|nao elegivel (para|a))\s*(a |o )?$`),
	// "in PE" at school is gym class, not a pulmonary embolism
	"vte_event": re(`\b(in|during|doing|skipped|skipping|skips|hates) $`),
	// "shaking so badly she can't hold a cup" is a tremor, not weakness
	"arm_weakness": re(`\b(shak\w*|trembl\w*|tremor\w*|tremend\w*|tremul\w*) (\w+ ){0,4}$`),
	// "residual dysarthria", "mild residual facial weakness": left by an
	// old stroke, not new
	"speech":       re(`\b(residual|chronic|longstanding|long-standing|baseline|old|sequelar) (\w+ )?$`),
	"facial_droop": re(`\b(residual|chronic|longstanding|long-standing|baseline|old|sequelar) (\w+ )?$`),
	// "almost fainted", "felt like I was going to pass out", "pre-syncope",
	// "quase desmaiou", "sensação de desmaio": presyncope, no loss of
	// consciousness
	// ("colo 80% apagado": an effaced cervix, not a faint)
	"syncope":  re(`(\b(almost|nearly|near|about to|going to|gonna|quase|sensacao de|impressao de|ia|vai|iria|fosse)|\bpre)[- ]?$|(\bcolo\b[^.;]{0,25}|\d+ ?%\s*)$`),
	"headache": re(`(no|sem)\s*$`),
	// "next INR check friday", "próxima consulta": a later visit is
	// named, not the reason for this one
	// (nor someone else's lack of complaints, "parceiro sem queixas", nor
	// a daily routine forgotten, "esquece a rotina")
	"routine": re(`\b(next|upcoming|proxim[ao])\s*$|\b(parceir[oa]|namorad[oa]|companheir[oa]) (esta |ta )?$|\b(partner|husband|wife|boyfriend|girlfriend) (has|had|reports|is) $|\b(esquece|esqueceu|esquecendo|forgets?|forgot|forgetting|perdeu|perde|lost|loses|muda|mudou|changed|changes) (a |da |na |sua |her |his |the |their )?$`),
	// "o catarro tá amarelo", "urine going yellow": a secretion, not the skin
	"jaundice": re(`\b(catarro|secrecao|xixi|urina|fezes|coco|pus|vomito|corrimento|escarro|muco|ranho|meleca|unhas?|dentes?|lingua|phlegm|sputum|snot|mucus|urine|pee|wee|stools?|poo|discharge|teeth|nails?|tongue|vomit)\b[^.,;]{0,15}$`),
	// "playin ball, bit swollen": a sport, not a testicle
	"testicular": re(`\b(playin\w*|played|play|plays|kick\w*|throw\w*|threw|catch\w*|caught|basket|foot|soccer|base|volley|hand|golf|tennis|bowling|dodge|beach)\s*$`),
	// "hurts when he takes a deep breath" is pleuritic pain, not the deep
	// breathing of acidosis
	"kussmaul": re(`\b(take|takes|taking|took|draw|draws|drawing|breathe in|breathes in|breathing in|on)( a| one)?\s*$`),
	// "an uncle who died suddenly at 40": family history, not an onset
	// ("nothing sudden": the onset denied)
	"sudden_onset": re(`\b(died|dropped dead|passed away|collapsed and died|morreu|faleceu|nothing|nada|not|nao|never)\s*$`),
	// "caroço arroxeado", "hematoma arroxeado": a purple lump or bruise,
	// not a blue patient
	"cyanosis": re(`\b(scrotum|scrotal|penis|testicles?|testis|escroto|bruis\w*|hematoma|haematoma|wound|incision|toes?|ferida)\b (\w+ ){0,2}$|\b(caroco|carocinho|nodulo|bolinha|hematoma|mancha|lesao|inchaco|hemorroida|veia|varizes|unha|lump|bruise)\s*$`),
	// "a cortisone shot in the knee" is an injection, not a gunshot
	"penetrating_trauma": re(`\b(cortisone|steroid|steroids|flu|covid|booster|b12|insulin|botox|allergy|tetanus|vaccine|vitamin|hormone|depo|testosterone|a|the|my|his|her|an)\s*$`),
	// blood "on my pad", a sanitary pad: no peripheral arterial disease
	"vascular_disease": re(`\b(on|onto|in) (my|her|the|a|his)\s*$|\b(sanitary|maternity|menstrual|absorvente)\s*$`),
	// "mild subcostal recession" is not the NICE red "moderate or severe
	// chest indrawing".
	// (and "right arm floppy": a weak limb, a brachial plexus injury, not
	// a floppy baby)
	"ill_appearing": re(`\b(mild|slight|minimal|leve|discreta|discreto|minima)\s*$|\b(arm|leg|limb|hand|wrist|foot|braco|perna|mao|pe)\b[^.;,]{0,15}$`),
	// "penicillin allergy - anaphylaxis" describes a past reaction.
	// "poorly controlled", "mal controlada" and "haemodynamically stable"
	// do not document a stable chronic condition.
	"stable_chronic": re(`\b(poorly|badly|sub.?optimally|inadequately|not well|not|mal|pouco|nao|ha?emodynamically|clinically|hemodinamicamente|clinicamente)\s*$`),
	// a swelling named in an allergy history ("penicillin allergy: rash
	// and facial swelling") is a past reaction, not angioedema now
	// ("ibuprofeno já deixou os lábios inchados": what the drug did before)
	// ("hereditary angioedema" names the condition, not swelling now)
	"angioedema": re(`\bhereditary\s*$|\b(allergy|allergies|alergia|alergias) (record\w*|list\w*|history|on file|documented|noted|registrad\w*|anotad\w*)\b[^.;]{0,60}$|\b(allerg\w*|alergi\w*|alergic\w*|reaction|reacao|intoleran\w*|teve|tive|tinha tido|apresentou)\b[^.;]{0,40}$|\bja (deixou|causou|deu|provocou)\b[^.;]{0,15}$`),
	// "penicillin allergy (hives, throat swelling)": the past reaction
	"airway": re(`\bhereditary\s*$|\b(allerg\w*|alergi\w*|alergic\w*|reaction|reacao|intoleran\w*)\b[^.;]{0,30}$`),
	// "mildly reduced air entry" is a Westley point, not a silent chest
	"decreased_air_entry": re(`\b(mild|mildly|slightly|somewhat|levemente|discretamente|pouco)\s*$`),
	// petechiae on the palate (glandular fever, strep throat) are no rash of
	// the skin
	"nonblanching_rash": re(`\b(palatal|oral|conjunctival|subconjunctival)\s*$`),
	// a rash named in an allergy record ("penicillin allergy (hives)") is
	// the past reaction
	"urticaria": re(`\b(allergy|allergies|alergia|alergias) (record\w*|list\w*|history|on file|documented|noted|registrad\w*|anotad\w*)\b[^.;]{0,60}$|\b(allerg\w*|alergi\w*|alergic\w*|reaction|reacao|intoleran\w*)\b[^.;]{0,25}$|\b(gives|give) (me|him|her|them)\s*$|\bmakes? (me|him|her|them) (break|come) out in\s*$|\b(breaks?|broke) (me|him|her|them) out in\s*$`),
	// "allergies: says aspirin makes him wheezy": the reaction the drug
	// gives, not a wheeze now
	// "aspirin allergy (wheezing and hives)": the recorded reaction, unless
	// a reaction is happening now (allergyRecordConcepts)
	"wheeze": re(`\b(allerg\w*|alergi\w*|intoleran\w*)\b[^.;()]{0,15}\(\s*$|\b(allerg\w*|alergi\w*)\b[^.;]{0,40}\b(makes?|made|gives?|gave) (me|him|her|them)\s*$|\b(aspirin|aas|nsaids?|ibuprofen|naproxen|penicillin\w*|sulfa|codeine)\s+(makes?|made|gives?|gave) (me|him|her|them)\s*$`),
	// "periods have been flooding": heavy menstrual bleeding, not floodwater
	"flood_exposure": re(`\b(periods?|menstruation|menses|bleeding|bleed|menstrual)\b[^.;]{0,20}$`),
	// "his usual morning smoker's cough": a baseline, not a new complaint
	// ("a bit of a morning cough" in a smoker is the same)
	"cough": re(`\b(usual|baseline|habitual)( [\w']+){0,2}\s*$|\b(morning|smoker'?s'?)\s*$`),
	// "yellow fever" vaccination, "typhoid fever", "hay fever" are no fever
	"fever": re(`\b(yellow|typhoid|scarlet|rheumatic|hay|glandular|dengue|lassa|valley|q)\s*$`),
	// "penicillin anaphylaxis", "anafilaxia a dipirona": an allergy record
	"anaphylaxis_word": re(`\b(allerg\w*|alergi\w*|alergic\w*|reaction|reacao|penicillin\w*|amoxicillin|cephalosporin\w*|sulfa|sulpha|latex|peanut|nut|bee|wasp|contrast|iodine|nsaid|aspirin|codeine|morphine|penicilina|amoxicilina|dipirona|histor\w*|previous|prior|past)\b[^.;]{0,30}$`),
}

// excludeAfter drops a match when the words right after it change its
// meaning: "tiragem subcostal leve" is mild recession (NICE amber, not
// red); "torsional nystagmus" is an eye sign, not a twisted testis.
var excludeAfter = map[string]*regexp.Regexp{
	// a treponemal titre left after treatment ("VDRL 1:2, cicatriz
	// sorológica", "serofast") is no new infection
	"sti_positive": re(`^[^.;]{0,25}\b(cicatriz sorologica|serological scar|sero.?scar|serofast|apos tratamento|after treatment)\b`),
	// "dor torácica dorsal", "thoracic back pain": the back, not the chest
	"chest_pain": re(`^\s*(dorsal|posterior|nas costas|in the back)\b`),
	// "sem pulso paradoxal": no pulsus paradoxus, not a pulseless limb
	"limb_ischemia": re(`^\s*paradox\w*`),
	// "varicella IgG positive", "chickenpox vaccine": immunity, not the
	// illness
	"varicella": re(`^\s*(\(?vzv\)? )?(igg|antibod\w*|serolog\w*|immun\w*|vaccin\w*|vacina\w*|titres?|titers?|status)\b`),
	// "tetanus booster", "tetanus-prone wound", "tétano em dia": the vaccine
	// or the risk, not the disease
	"tetanus": re(`^\w*[ -]*(booster|jab|shot|vaccin\w*|immuni[sz]\w*|toxoid|prophyla\w*|status|cover|prone|immunoglobulin|up to date|reforco|vacina\w*|imunoglobulina|em dia|profilaxia|\(td|td\b|tdap)`),
	// "paralisia do sono"; "alucinações ao adormecer", "hallucinations
	// as she falls asleep": the borderland of sleep, not a stroke or a
	// psychosis
	"paralysis": re(`^\s*(do|de) sono\b|^\s*cerebral\b`),
	"psychosis": re(`^\w*\s+(\w+ )?(ao (adormecer|acordar|despertar|pegar no sono)|on (falling asleep|waking)|(when|while|as) (\w+ )?(falling asleep|waking|drifting off|(falls?|fell|drifts?|drifted) (asleep|off))|at sleep onset)`),
	// "ventricular ectopics", "ectopic beats": extra heartbeats, not an
	// ectopic pregnancy
	"ectopic": re(`^(s\b| (beats?|rhythm|atrial|ventricular|focus|activity))`),
	// "the poisons information line", "poison control center": the
	// service the caller rang, not a poisoning
	// "took 15 g glucose tablets" after a hypo is the treatment
	"overdose": re(`^\s*(information |info |control |advice |specialist |help )*(service|line|helpline|hotline|centre|center|unit|database|team|specialist)s?\b|^[^.;]{0,12}\b(glucose|dextrose|glicose|sugar|acucar) (tablets|tabs|gel|comprimidos|pastilhas)`),
	// "an anxious first-time mother", "a worried caller": the caller's
	// fright, not the patient's anxiety
	"anxiety": re(`^\s*(first.time |new |young |elderly )?(mom|mum|mother|dad|father|parents?|caller|wife|husband|carer|caregiver|daughter|son|neighbou?r|mae|pai|esposa|marido|cuidador\w*|filh[oa]|vizinh[oa])\b`),
	// "CT urogram for a kidney stone 6 weeks ago": an earlier episode
	"renal_colic": re(`^\s*(\d+|two|three|four|five|six|several) (weeks|months|years) ago`),
	// "flu, COVID, pneumonia and shingles jabs": the vaccine's name
	"pneumonia": re(`^\s*(and (\w+ ){0,2})?(jabs?|vaccin\w*|shots?|vacina\w*|immuni[sz]\w*)`),
	// "tablets in hand luggage", "hand gel": things, not the hand
	"limb": re(`^\s*(luggage|baggage|sanitiser|sanitizer|cream|gel|towel|brake|bag|wash|soap)\b`),
	// "juvenile myoclonic epilepsy": a syndrome's name, not jerks now
	"clonus": re(`^\s*(epilep\w*|seizures?|astatic)`),
	// "small pericardial effusion, no tamponade physiology"
	"tamponade": re(`^[^.;]{0,30}\b(no|without|sem) (\w+ )?(tamponade|tamponamento|signs of tamponade|sinais de tamponamento|haemodynamic|hemodynamic|hemodinamic\w*)`),
	// "flooding through pads", "flooding on days 1-2": a heavy period
	"flood_exposure": re(`^\s*(through|on|during|onto|into) (\w+ ){0,2}(pads?|clothes|days?|periods?|sheets|bed|towels?|tampons?)\b`),
	// "withdrawal bleeds" on the pill: not a drug or alcohol withdrawal
	"withdrawal": re(`^\s*(bleed\w*|sangramento)`),
	// "recurrent DVT on long-term warfarin": a known, treated condition
	"dvt_signs": re(`^\s*(\w+ ){0,2}(on|em uso de|usa) (long.term |lifelong |indefinite |chronic |continuous |life.long |uso continuo de )(\w+ )?(warfarin|varfarina|anticoag\w*|apixaban|rivaroxaban|edoxaban|dabigatran|enoxaparin|marevan|xarelto|eliquis)`),
	// "plano de segurança", "plano de cuidados": the team's plan, not a
	// plan to die
	"suicide_plan": re(`^(ned|ning|s)\b|^\s*(de |para )?(seguranca|cuidados?|tratamento|acao|crise|alta|acompanhamento|protecao|safety|care|crisis|treatment|saude|vacinacao|vacinas|parto|gravidez|gestacao|contracepcao|dieta|emagrecimento|exercicios?|reabilitacao|fisioterapia|internacao|cirurgia|viagem|ferias|trabalho|estudos?|familiar|reprodutivo)\b|^\s*for (the|this|that|tomorrow|discharge|the morning) (\w+ )?(amiodarone|drug|drugs|infusion|drip|medication|medicines|antibiotics?|fluids?|access|line|cannula|management|discharge|morning|day|team|ward|surgery|operation)\b`),
	// "can't stand the heat", "cannot stand being touched": intolerance,
	// not an inability to bear weight
	"non_weight_bearing": re(`^\s*(the (heat|cold|noise|light|smell|taste|pain|sight)|heat|cold|noise|loud|bright|being|people|crowds|anyone|anybody|him|her|them|it|this|that|my (boss|job|husband|wife))\b`),
	// "TB negative", "TB screen", "TB skin test": a test, not the disease
	"tb_suspected": re(`^\s*(is |was )?(negative|neg\b|ruled out|excluded|screen\w*|test\w*|skin test|quantiferon|igra|ppd|vaccin\w*|bcg)\b`),
	// "violaceous and pale areas" of a skin plaque: the lesion's colour,
	// not a pale patient
	"pallor": re(`^\s*(areas?|centre|center|patch(es)?|zones?|halo|borders?|edges?|ring)\b`),
	// "menopause at 50", "menopausa aos 48": the age it happened, a fact of
	// her history rather than a complaint now
	"menopause": re(`^\s*(at|aged|aos|com)\s+\d{2}\b`),
	// "not drinking loads": no excess thirst, not a poor intake
	"dehydration": re(`^\s*(loads|a lot|lots|excessively|much more|more than usual|extra|too much|all the time|constantly)\b`),
	// "HBV immune", "Hep A vaccinated": a serology or vaccine status
	"viral_hepatitis": re(`^([\s,]+[\w/()-]+){0,5}?[\s,]+(nao reagentes?|nao reativ[oa]s?|non.?reactive|not detected)\b|^\s*(is |are )?(immune|vaccinated|vaccine|vaccination|immunised|immunized|non.?immune|serology|status|negative|neg\b|screen\w*|surface antibody|sab|anti.?hbs|imune|vacinad[oa]|vacina|sorologia|negativ[oa])\b`),
	// "was drinking a lot at my brother's wedding": alcohol, not thirst
	"polydipsia": re(`^\s*(of )?(at (a|the|my|his|her|our|their) (\w+'?s? )?(party|wedding|pub|bar|club|barbecue|bbq|festival|birthday)|over the (weekend|holidays?)|on (the )?(weekend|holiday|night out)|(of )?(beer|wine|alcohol|booze|vodka|whisky|whiskey|spirits|cachaca|cerveja))\b`),
	// "had a concussion in 7th grade, fully better": a past injury
	"head_injury": re(`^\s*(a |an |his |her |my |the |two |some )?(\w+ ){0,3}(tooth|teeth|incisors?)\b|^\s*(\w+ ){0,2}(in (\d+(st|nd|rd|th) grade|(19|20)\d\d|(high|middle|primary|elementary|secondary) school|college|childhood)|(\d+|two|three|four|five|many|several) years ago|as a (kid|child|teen(ager)?)|na infancia|quando (era )?crianca|ha (\d+|muitos|varios) anos)\b`),
	// "NS1 e IgM dengue não reagentes", "dengue serology negative": a
	// negative test, not dengue
	"dengue": re(`^\s*(\w+ ){0,2}(nao reagentes?|nao reativ[oa]s?|negativ[oa]s?|non.?reactive|negative|neg\b|excluded|excluida|descartad[oa])`),
	// "HIV test negative", "HIV Ag/Ab today non-reactive": a negative
	// screen, not a person living with HIV
	"immunosuppressed": hivNegativeAfter,
	"hiv_known":        hivNegativeAfter,
	// "gets mixed up which is which" with his tablet boxes: muddled
	// pills, not confusion
	// "not sure of the date of my last period": an uncertain date, not
	// disorientation
	"confusion": re(`^\s*(about |over |with |on )?(which (one )?is which|(his|her|my|the|their) (tablets|pills|boxes|medicines|medications|meds|doses|appointments)|(what|which) (tablets|pills|boxes|medicines|medications) (to|are))|^\s*(of|da|do|de) (my |her |his |the |a |o |sua |minha |seu |meu )?(last |ultima |ultimo )?(period|lmp|menstrua\w*|conception|concepcao|appointment|consulta|scan|ultrassom|surgery|cirurgia|operation|vaccin\w*|vacina\w*|injection|dose|test|exame|booking|delivery|parto)`),
	// "teve crise forte de falta de ar": an attack of something else
	// "her seizure medicine", "seizure-free 4 years": the treatment or
	// the control of epilepsy, not a seizure now
	// ("Fit, runs regularly", "fit and well", "fit to fly": the
	// adjective, not a seizure)
	"seizure": re(`^,? (and |& )?(well|healthy|active|runs|exercises|plays|walks|works|independent|otherwise)\b|^ (to|for) (fly|flying|dive|diving|travel|work|drive|duty|purpose|surgery|discharge)\b|^ (notes?|certificates?|test|check)\b|^[ -]*(frequency|control|threshold|types?|pattern|semiology)\b|^[ -]*(care |action |management |rescue |emergency |safety )?(plans?|diary|diaries|charts?|log|clinic|nurse|review|passport|protocol|plano|diario)\b|^\s*(de|da|do) (falta de ar|asma|tosse|ansiedade|panico|choro|dor|enxaqueca|riso|bronquite|broncoespasmo|alergia|rinite|hipertens\w*|pressao|gota|colica|labirintite|sinusite|falta)|^\s*(medicine|medicines|medication|medications|meds|drugs?|tablets|pills|prophylaxis|threshold|action plan|diary)\b|^-?\s?free\b|^\s*(\w+ ){0,2}(no (seu )?padrao habitual|na frequencia habitual|(at|in) (his|her|their) usual (pattern|frequency|rate)|in the usual pattern|unchanged from (his|her|their) baseline|sem mudanca no padrao)`),
	// "anafilaxia a penicilina", "anaphylaxis to contrast": the allergy
	// record of a drug, not a reaction now
	"anaphylaxis_word": re(`^\s*(a|ao|as|aos|to|with|com) (penicil\w*|amoxicil\w*|ampicil\w*|cefalo\w*|cephalo\w*|sulfa\w*|dipiron\w*|metamizol\w*|aas|aspirin\w*|ibuprofen\w*|diclofenac\w*|nsaids?|aines?|contrast\w*|iod\w*|latex|codein\w*|morfin\w*|morphin\w*|\w+cillin|\w+cilina|\w+micina|\w+mycin)\b`),
	// "I burn easily": skin type, not a burn
	// ("burns a lil when i pee": dysuria, not a burn)
	// "the meningitis booster", "meningite (vacina)": a vaccine, not the disease
	// (or a list of vaccines: "meningococcal and influenza vaccines")
	"meningitis": re(`^\s*((,? ?(and |or |e |ou )?[\w-]+ ){1,3}(vaccin\w*|jabs?|shots?|boosters?|vacinas?)\b|c\b|(b|c|w|y) \(?(reforc\w*|boosters?|doses?)\b|(b |c |acwy |w |y )?(booster|vaccine|vaccination|vaccinated|shot|jab|immuni[sz]ation|conjugate|dose|vacina)\b|acwy\b|a,? ?c,? ?w,? ?(and |e )?y\b)`),
	// "not breathing fast": a normal observation, not an arrest
	"cardiac_arrest": re(`^\s*(fast|faster|quick\w*|hard|heavily|heavy|rapid\w*|too fast|too quick\w*|any faster|noisily|loud\w*)\b`),
	"burn":           re(`^\s*(easily|quickly|in the sun|fast|facil|facilmente|((a )?(lil|little|bit|lot|some|badly|bad) )?(when|while|as|after) (i |she |he |you |they )?(pee|wee|urinate|pass(es)? (water|urine)|go(es)? to the (toilet|bathroom|loo)))\b`),
	// "the shingles vaccine", "vacina do herpes zoster": a vaccine, not the rash
	"zoster": re(`^\s*(\(?(recombinant|live|shingrix|zostavax)\)? )?(vaccine|vaccination|vaccinated|shot|jab|immuni[sz]ation|dose|vacina)`),
	// "malaria tablets": prophylaxis before travel, not the disease
	"malaria": re(`^\s*(tablets?|pills?|prophyla\w*|chemoprophyla\w*|prevention|profilaxia|comprimidos?|vaccin\w*|vacina)`),
	// "hemiparesia esquerda sequelar", "residual left weakness": a deficit
	// left by an old stroke
	// (or an arm that cannot be lifted for the pain: "can't lift my arm
	// because it hurts so much" is a painful shoulder, not a weak limb)
	"arm_weakness": re(`^\s*(\w+ )?(sequelar|sequela|residual|antiga|previa|cronica|de base|baseline|chronic|longstanding|old)\b|^\s*(\w+ ){0,3}(because (of )?(the )?(pain|it hurts|it'?s (too |so )?(painful|sore))|as it hurts|(it )?hurts (too|so) much|due to (the )?pain|for (the )?pain|limited by pain|pain.limited|por causa da dor|porque doi|de tanta dor|pela dor)`),
	// "disartria leve residual estável", "dysarthria, residual": the same
	// for speech and the face
	"speech":       re(`^\W{0,2}(\w+ ){0,2}(sequelar|sequela|residual|antiga|previa|cronica|de base|baseline|chronic|longstanding|unchanged since|inalterada desde)\b`),
	"facial_droop": re(`^\W{0,2}(\w+ ){0,2}(sequelar|sequela|residual|antiga|previa|cronica|de base|baseline|chronic|longstanding|unchanged since|inalterada desde)\b`),
	// an EPDS or PHQ-9 item named with its score: "item 10 (self-harm)
	// scored 0"
	"self_harm_act": re(`^\W{0,3}(scored?|score|=|:|pontuou|pontuacao)\s*0\b`),
	"suicidal":      re(`^\W{0,3}(scored?|score|=|:|pontuou|pontuacao)\s*0\b`),
	// "unconscious for about 15 seconds", "inconsciente por 1 minuto": a
	// loss of consciousness that is over (syncope), not unresponsive now
	"unresponsive": re(`^ (for|por|durante|about|around|approx\w*|nearly|almost|under|less than|just|only|maybe|cerca de|uns|umas|aproximadamente|menos de)( (about|around|approx\w*|nearly|almost|under|less than|just|only|maybe|cerca de|uns|umas|aproximadamente|menos de|alguns|poucos))? (\d+|a few|few|several|some|a couple of|one|two|three|ten|fifteen|twenty|thirty|half a|a|um|uma|dois|duas|tres|dez|quinze|vinte|trinta|meio)( or so| ou so)? ?(seconds?|segundos?|minutes?|minutos?|secs?|mins?|s)\b`),
	// "falls asleep in her chair" is no fall
	// "fell asleep"; "the cup fell out of his hand": an object fell, not
	// the patient
	// "Epworth fell from 14 to 6", "caiu de 14 para 6": a number fell
	"injury": re(`^\s*((from|de) \d+([.,]\d+)? ?%? (to|para|a) \d|out(\s*[.,;:)]|\s*$|\s+(and|at|this|during|overnight|earlier|yesterday|today|when|while|again|by itself|on its own|\d+)))`),
	// ("the drain fell out", "a cannula fell out overnight": a device
	// came out, nobody fell; "fell out of bed" stays a fall)
	"fall":          re(`^\s*((asleep|to sleep|off to sleep|back to sleep)|out(\s*[.,;:)]|\s*$|\s+(and|at|this|during|overnight|earlier|yesterday|today|when|while|again|by itself|on its own|\d+))|(out of|from|off) (his|her|my|the|their) (\w+ )?(hands?|grip|pocket|mouth|fingers)|(from|de) \d+([.,]\d+)? ?%? (to|para|a) \d)`),
	"ill_appearing": re(`^( (subcostal|intercostal|de furcula|furcular))?\s*(leve|discreta|discreto|minima|mild|slight|minimal)\b`),
	"testicular":    re(`^(al|ais|ional)\b`),
	"fever":         re(`^\s*(amarela|tifoide|reumatica|maculosa)\b`),
	// "pior nos primeiros passos", "worse in the morning": when the pain is
	// worse, not a course that is getting worse
	"worsening": re(`^\s*(nos|no|na|de manha|pela manha|a noite|ao|quando|com|pra|para|at|in the|when|on|with|after|first thing|going|climbing|walking)\b`),
	// "púrpura trombocitopênica imune", "thrombocytopenic purpura": the
	// name of a blood disease (ITP, TTP), not a rash seen now
	"nonblanching_rash": re(`^\s*(on|in|of|no|em|do) (the )?(soft |hard )?(palate|palato|mouth|boca|throat|garganta|oropharynx|orofaringe)|^\s*(trombocitopenica|thrombocytopenic|trombotica|thrombotic)\b`),
	// "menstruação normal", "menstruation regular": a period asked about
	// and found normal is no gynaecological problem
	"gynecology": re(`^\s*(is |was |has been |esta |estava )?(normal|normais|regular|regulares|sem alteracoes|unremarkable|ok)\b`),
	// a sanitary pad is no peripheral arterial disease
	"vascular_disease": re(`\b(my|her|the|a|sanitary|maternity|on|incontinence|pads?)\s*$`),
	// blood blisters inside the mouth are wet purpura (low platelets), not
	// the bullae of a necrotising skin infection
	"necrotizing": re(`^\s*(enterocolit\w*|enterocolite|pancreatit\w*|pancreatite|papillit\w*|vasculit\w*|lymphadenit\w*|scleritis|esclerite|gingivit\w*|ulcerative gingiv\w*)\b|^\s*(on|in|inside|of|no|na|nos|nas|em|do|da|dentro da) (the |his |her |a |o )?(oral mucosa|mucosa( oral| bucal| jugal)?|buccal mucosa|mouth|boca|cheeks?|bochechas?|tongue|lingua|gums?|gengivas?|lips?|labios?|(soft |hard )?palate|palato)\b|^\s*(\w+ )?(over|at|of|from|on|in|sobre|no|na|nos|nas) (the |his |her |a |o )?((right|left|lower|upper|direit[oa]s?|esquerd[oa]s?) )*(ribs?|costelas?|chest wall|parede toracica|knees?|joelhos?|joint|articulacao|fracture|fratura|bone|osso|patell\w*|shoulder|ombro|tendon|tendao|neck|pescoco)\b`),
	// "hives and facial swelling with amoxicillin at age 3" is an allergy history
	"angioedema": re(`^\s*hereditari[oa]|^[^.;]{0,25}\b(with|after|to|com|apos|ao|from) (\w+ )?(\w*mycin\w*|\w*micina|\w*cillin\w*|\w*cilina|aspirin|ibuprofen|naproxen|diclofenac|dipirona|sulfa\w*|contrast|peanuts?|nuts|shellfish|latex|bees?|wasps?|cipro\w*|\w*floxacin\w*)\b|^[^.;]{0,40}\b(at|aged) (age )?\d+\b`),
	// "stridor only when he cries", with none at rest, is mild croup
	// (Westley), not a threatened airway.
	"airway": re(`^\s*hereditari[oa]|^\s*(is |was )?(only|just) (when|with|on) (\w+ )?(cr(y|ies|ying)|upset|agitat\w*|distress\w*|exert\w*)|^\s*(apenas|so) (ao|quando) (chorar|chora|agitad\w*)`),
}

// excludeIn drops a match whose own words deny it ("calf soft,
// non-tender" is matched by a pattern with a gap).
var excludeIn = map[string]*regexp.Regexp{
	// "took 15 g glucose tablets": the treatment of a hypo, not a poisoning
	"overdose": re(`\b(glucose|dextrose|glicose|sugar|acucar|glucagon)\b`),
	// "coto umbilical seco e sem hiperemia": the redness is denied inside
	// the phrase
	"omphalitis": re(`\b(sem|no|without|nao|not|free of)\b`),
	// "wound clean, no pus": the pus denied inside a long wound match
	"wound_infection": re(`\b(no|not|without|nil|sem|nao|nenhuma?)\b`),
	// "knee not hot or red": the joint's heat denied inside the match
	"hot_joint": re(`\b(not|nao|no|nem|never|without|sem)\b`),
	// "arm not swollen": the swelling denied inside the match
	"arm_swelling": re(`\b(not|nao|no|nem|never|without|sem)\b`),
	"dvt_signs":    re(`non.?tender|not tender|nontender|\bsoft\b|indolor|sem dor`),
	"abnormal_ecg": re(`\b(no|sem|without|nil|nenhuma|normal)\b`),
	// "skin pulling in a bit between his ribs" is mild recession (NICE
	// amber), not the moderate or severe indrawing of the red features
	"ill_appearing": re(`\b(a little bit|a little|a bit|um pouco|um pouquinho)\b`),
	// "HIV Ag/Ab non-reactive": a negative screen
	"sti_positive": re(`\b(non|nao|not)[- ]?(reactive|reagente|detected|detectad[oa])\b`),
}

// A persecutory belief ("convinced the neighbours are poisoning his
// food", "acha que estão envenenando a comida") is a psychotic symptom,
// not an ingestion.
func delusionalPoisoning(text string, start, end int) bool {
	w := text[start:end]
	if !strings.HasPrefix(w, "poison") && !strings.HasPrefix(w, "envenen") {
		return false
	}
	before := text[max(0, start-60):start]
	if !beliefRx.MatchString(before) {
		return false
	}
	// Only a plot against the patient counts: "poisoning his food",
	// "trying to poison me". "Mum thinks he was poisoned" stays an ingestion.
	return plotObjectRx.MatchString(text[end:min(len(text), end+30)]) || plotVerbRx.MatchString(before)
}

var (
	beliefRx     = re(`\b(convinced|believes?|thinks?|paranoid|accus\w*|suspects?|delusion\w*|voices (saying|telling|say|tell)|acha que|convencid[ao]|certeza de que|desconfia|vozes (dizendo|falando|dizem))\b[^.;]{0,50}$`)
	plotObjectRx = re(`^ (\w+ ){0,2}(his|her|my|their|the|a|sua|seu|minha|meu|a|o)? ?(food|meals?|water|drinks?|coffee|tea|comida|agua|bebida|cafe|refeic\w*)\b`)
	plotVerbRx   = re(`\b(trying|want\w*|plotting|out|tentando|querem|quer)( to)? $`)
)

// drinkBeforeRx: drinking told just before a black-out.
var drinkBeforeRx = re(`\b(drinks?|drinking|drunk|shots|beers?|alcohol|vodka|tequila|bebi|bebida|bebendo|cerveja|doses)\b[^.;]{0,40}$`)

// "Fit" is a seizure in British English, but also "fit and well", "fit for
// surgery", "keep fit" and the faecal immunochemical test ("FIT negative").
var (
	fitWord   = re(`^fits?$`)
	fitBefore = re(`\b(mechanism|story|history|explanation|account|pattern|picture|presentation|injury|injuries|this|which|that|it|everything|all|description|size|shoe|cast|brace|mask|dentures?|(\w+ )?(hat|helmet|ring|clothes|shoes)|coughing|sneezing|crying|laughing|coughing|tosse|acessos? de tosse|choro|medically|physically|keeps?|keeping|kept|stays?|staying|very|quite|otherwise|deemed|declared|judged|considered|assessed as|feels|feel|felt|looks|seems|appears|is|was|remains|unfit|negative|positive|abnormal|normal|faecal|fecal|screening|quantitative|qfit)\s*$`)
	fitAfter  = re(`^\s*(and (well|healthy|active|independent)|for\b|to (fly|work|drive|travel|return|exercise|be discharged|go home)|enough|test\w*|screen\w*|kit|result\w*|sample|(was |is |came back )?(negative|positive|normal)|\d+ ?(ug|mcg|micrograms?|ng)\b)`)
)

func notAFit(text string, start, end int) bool {
	if !fitWord.MatchString(text[start:end]) {
		return false
	}
	return fitBefore.MatchString(text[max(0, start-30):start]) || fitAfter.MatchString(text[end:min(len(text), end+30)])
}

func negPreFor(lang string) *regexp.Regexp {
	if strings.HasPrefix(lang, "pt") {
		return negPrePT
	}
	return negPreENPT
}

// hivNegativeAfter: a negative HIV result right after the word.
// (a list of tests may come first: "TR para HIV, sífilis e hepatite B
// não reagentes")
var hivNegativeAfter = re(`^([\s,]+[\w/()-]+){0,7}?[\s,]+(non.?reactive|negative|neg|not detected|nao reagentes?|nao reativ[oa]s?|negativ[oa]s?|nao detectad[oa]s?)\b`)

// afterWindow is how far past a match excludeAfter looks: further for a
// screening result that may close a list of tests.
// beforeWindow is how far back an exclusion looks: an allergy record
// names the drug between the word "allergy" and the reaction it caused
// ("Allergy recorded on admission: ibuprofen - facial swelling").
func beforeWindow(id string) int {
	if id == "angioedema" || id == "urticaria" || id == "ataxia" {
		return 90
	}
	return 40
}

func afterWindow(id string) int {
	if id == "hiv_known" || id == "viral_hepatitis" {
		return 70
	}
	return 30
}

// padItemRx: words before "pad" that make it a sanitary or heating pad.
var padItemRx = re(`\b(on|in|the|a|her|my|one|per|each|every|sanitary|maxi|heating|changing|soaked|soaking|through|new|fresh)\s*$`)

// findMentions runs every compiled concept over the folded text.
// prefilterOff disables the literal prefilter (tests compare both ways).
var prefilterOff bool

func findMentions(text, lang string) []Mention {
	sents := sentences(text)
	sentOf := func(pos int) span {
		for _, s := range sents {
			if pos >= s.start && pos < s.end {
				return s
			}
		}
		return span{0, len(text)}
	}
	var out []Mention
	for _, c := range compiledLexicon() {
		if c.lang != "" && !strings.HasPrefix(lang, c.lang) {
			continue
		}
		if !prefilterOff && !mayMatch(text, c.lits) {
			continue
		}
		for _, loc := range c.rx.FindAllStringIndex(text, -1) {
			if ex, ok := excludeBefore[c.id]; ok && ex.MatchString(text[max(0, loc[0]-beforeWindow(c.id)):loc[0]]) && !(allergyRecordConcepts[c.id] && reactionNowRx.MatchString(text[max(0, loc[0]-90):loc[0]])) {
				continue
			}
			if ex, ok := excludeAfter[c.id]; ok && ex.MatchString(text[loc[1]:min(len(text), loc[1]+afterWindow(c.id))]) {
				continue
			}
			if ex, ok := excludeIn[c.id]; ok && ex.MatchString(text[loc[0]:loc[1]]) {
				continue
			}
			// "surto de chikungunya" is an outbreak, "surto psicótico" a psychosis
			// ("surto na ala B", "surto no lar": an outbreak on a ward or in a home)
			if c.id == "psychosis" && text[loc[0]:loc[1]] == "surto" && (strings.HasPrefix(text[loc[1]:], " d") || outbreakPlaceRx.MatchString(text[loc[1]:])) {
				continue
			}
			// "dark blood on pad": a sanitary pad, not peripheral arterial disease
			if c.id == "vascular_disease" && text[loc[0]:loc[1]] == "pad" && padItemRx.MatchString(text[max(0, loc[0]-25):loc[0]]) {
				continue
			}
			if c.id == "overdose" && delusionalPoisoning(text, loc[0], loc[1]) {
				continue
			}
			// "had 2 drinks but I blacked out": amnesia after a drink, not a faint
			if c.id == "syncope" && strings.HasPrefix(text[loc[0]:loc[1]], "black") && drinkBeforeRx.MatchString(text[max(0, loc[0]-60):loc[0]]) {
				continue
			}
			if c.id == "seizure" && notAFit(text, loc[0], loc[1]) {
				continue
			}
			m := Mention{Concept: c.id, Text: text[loc[0]:loc[1]], start: loc[0], end: loc[1]}
			m.sent = sentOf(loc[0])
			judge(text, lang, &m)
			out = append(out, m)
		}
	}
	return out
}
