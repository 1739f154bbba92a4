package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Hereditary angioedema: an attack is treated early with on-demand
// therapy (C1 inhibitor, icatibant); a swelling in the throat is an
// emergency because adrenaline does not help it (WAO/EAACI 2021
// guideline on hereditary angioedema).

var (
	haeThroatRx = regexp.MustCompile(`\b(throat|larynx|laryngeal|tongue|voice (change|hoarse)|hoarse\w*|stridor|garganta|laringe|lingua|rouquidao|voz (alterada|rouca)|estridor)\b`)
	haeNegRx    = regexp.MustCompile(`\b(no|not|without|denies|sem|nao|nega|normal)\b`)
	haeAttackRx = regexp.MustCompile(`\b(attack|attacks|crise|crises|episode|episodio|swelling|swollen|inchac\w*|inchad\w*|edema)\b`)
)

func (a *assessor) hereditaryAngioedema() {
	c := a.c
	if !c.Has("hae") {
		return
	}
	t := clinical.Fold(c.Text)
	switch {
	case haeThroat(t):
		a.flag(Emergency, "presentation", "hae_laryngeal", clinical.T("hereditary angioedema with throat or voice involvement: on-demand C1 inhibitor or icatibant now and airway watch, adrenaline does not help (WAO/EAACI 2021)", "angioedema hereditário com acometimento da garganta ou voz: C1-inibidor ou icatibanto já e vigilância de via aérea (WAO/EAACI 2021)"))
	case c.HasAny("abdominal_pain", "vomiting") && !c.Denied("abdominal_pain") || !c.Has("routine") && affirmedMatch(haeAttackRx, t):
		a.flag(Urgent, "presentation", "hae_attack", clinical.T("hereditary angioedema attack: on-demand therapy the same day (WAO/EAACI 2021)", "crise de angioedema hereditário: tratamento sob demanda no mesmo dia (WAO/EAACI 2021)"))
	}
}

// haeThroat: a sentence that places the swelling in the throat or voice
// with no negation before it ("sem edema de face, língua ou garganta"
// rules it out).
func haeThroat(t string) bool {
	for _, s := range sentenceEnd.Split(t, -1) {
		if loc := haeThroatRx.FindStringIndex(s); loc != nil && !haeNegRx.MatchString(s[:loc[0]]) && !haeNegRx.MatchString(s[loc[1]:min(len(s), loc[1]+8)]) {
			return true
		}
	}
	return false
}
