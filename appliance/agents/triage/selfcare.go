package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// First-aid problems that need only self-care advice, as seen at event
// medical tents, pharmacies and phone lines: intact friction blisters,
// sunburn without blisters, a sting that swelled only where it went in,
// a hangover that is settling. Each is routine only when nothing else
// was found. Sources are in each comment.

var (
	frictionBlisterRx = regexp.MustCompile(`\b(blisters?|bolhas?) (\w+ ){0,4}(heels?|toes?|soles?|feet|foot|calcanhar\w*|dedos? do pe|pes|planta do pe)|\b(heels?|toes?|calcanhar\w*) (\w+ ){0,2}(blisters?|bolhas?)`)
	blisterCleanRx    = regexp.MustCompile(`\b(intact|clear fluid|intactas?|liquido claro|no (surrounding )?(redness|warmth|pus|discharge)|sem (vermelhidao|calor|secrecao|pus))\b`)
	sunburnRx         = regexp.MustCompile(`\b(sun.?burn\w*|from the sun|queimadura (de|do|pelo) sol|vermelh\w* (\w+ ){0,3}(do|pelo) sol)\b`)
	noBlistersRx      = regexp.MustCompile(`\b(no blisters?|without blisters?|sem bolhas?|blanching)\b`)
	stingLocalRx      = regexp.MustCompile(`\b(at the site only|only at the site|only around the (sting|bite)|local (swelling|reaction) only|no (hives|rash|swelling) elsewhere|so no local|apenas no local|somente no local)\b`)
	bigSwellingRx     = regexp.MustCompile(`\b((1\d|[2-9]\d) ?cm|very swollen|large (local )?(reaction|swelling)|whole (arm|hand|forearm|leg|foot)|muito inchad\w*)\b`)
	hangoverRx        = regexp.MustCompile(`\b(hangover|ressaca|after (the |a )?(party|night out|drinking)|drank (about )?\d+ (glasses|pints|drinks|beers|units)|bebeu (cerca de )?\d+ (copos|latas|doses))\b`)
	unilateralNoseRx  = regexp.MustCompile(`\b(one.sided|unilateral|only (the )?(left|right) (side|nostril)|de um lado so|unilateral)\b (\w+ ){0,3}(block\w*|obstruct\w*|bleed\w*|discharge|obstrucao|sangramento)`)
	improvingRx       = regexp.MustCompile(`\b(improving|settling|getting better|better now|melhorando|passando)\b`)
)

func (a *assessor) selfCare() {
	c := a.c
	if a.level > Routine || c.IsChild() && c.AgeOr(10) < 1 {
		return
	}
	t := clinical.Fold(c.Text)
	temp, hasT := val(c.Vitals.TemperatureC)
	if c.HasAny("fever", "diabetes", "vascular_disease", "immunosuppressed", "cellulitis", "worsening", "head_injury", "vomiting", "dyspnea", "urticaria", "angioedema", "airway") || hasT && temp >= 38 || feverOnChart(c) {
		return
	}
	rt := func(code, en, pt string) { a.flag(Routine, "context", code, clinical.T(en, pt)) }
	switch {
	// intact friction blisters without infection: leave intact, pad and
	// protect (NICE CKS blisters; St John Ambulance first aid)
	case frictionBlisterRx.MatchString(t) && blisterCleanRx.MatchString(t):
		rt("self_care_blisters", "intact friction blisters without infection: pad and protect, self-care", "bolhas de atrito íntegras sem infecção: proteger, autocuidado")
	// sunburn without blisters or heat illness: cool, moisturise,
	// analgesia (NICE CKS sunburn)
	case sunburnRx.MatchString(t) && noBlistersRx.MatchString(t) && !c.HasAny("headache", "dizziness", "confusion"):
		rt("self_care_sunburn", "sunburn without blisters or heat illness: cooling, moisturiser and analgesia at home (NICE CKS)", "queimadura solar sem bolhas nem sinais de insolação: resfriar, hidratar e analgesia em casa")
	// a sting with swelling only where it went in: cold compress and an
	// antihistamine (NICE CKS insect bites and stings)
	// (a swelling of 10 cm or more is a large local reaction, reviewed)
	case c.Has("insect_bite") && stingLocalRx.MatchString(t) && !bigSwellingRx.MatchString(t):
		rt("self_care_sting", "sting or bite with a local reaction only: cold compress and antihistamine at home (NICE CKS)", "picada com reação apenas local: compressa fria e anti-histamínico em casa")
	// hay fever without asthma, fever or a one-sided blocked or bleeding
	// nose: a steroid spray and an antihistamine (NICE CKS allergic
	// rhinitis)
	case hayFeverRx.MatchString(t) && !c.HasAny("wheeze", "epistaxis", "sinusitis", "dyspnea") && !unilateralNoseRx.MatchString(t):
		rt("self_care_hay_fever", "hay fever without asthma or red flags: nasal steroid and antihistamine, pharmacy or routine review (NICE CKS)", "rinite alérgica sem asma nem sinais de alerta: corticoide nasal e anti-histamínico, farmácia ou consulta de rotina")
	// snoring without witnessed apnoeas or daytime sleepiness: lifestyle
	// advice (NICE NG202 OSAHS)
	case snoringRx.MatchString(t) && noApnoeaRx.MatchString(t) && !c.Has("dyspnea"):
		rt("simple_snoring", "snoring without apnoeas or daytime sleepiness: advice on weight, alcohol and sleep position (NICE NG202)", "ronco sem apneias nem sonolência diurna: orientação sobre peso, álcool e posição (NICE NG202)")
	// a hangover that is settling, no head injury or vomiting: fluids
	// and rest
	case hangoverRx.MatchString(t) && improvingRx.MatchString(t) && !c.HasAny("chest_pain", "abdominal_pain", "seizure"):
		rt("self_care_hangover", "hangover that is settling, no head injury or vomiting: fluids, rest and simple analgesia", "ressaca melhorando, sem trauma de crânio ou vômitos: hidratação, repouso e analgesia simples")
	}
}
