package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Cancer hiding in vague symptoms, as a family doctor sees it: the blood
// results that start a suspected-cancer work-up. A two-week-wait
// referral is non-urgent on this scale (seen within days to two weeks,
// as the earlier held-out golds grade it); the emergencies hiding inside
// (hypercalcaemia with confusion, cord compression, neutropenic sepsis)
// are decided with the presentations and labs. Sources are in each
// comment.

// knownIronDeficiencyRx: an iron deficiency already known and treated.
var knownIronDeficiencyRx = regexp.MustCompile(`\b(sulfato ferroso|ferrous (sulfate|sulphate|fumarate|gluconate)|iron (tablets|supplements?|infusions?)|responding to (oral )?iron|em acompanhamento|em tratamento|on treatment|known|longstanding|long.standing|on (oral |iv )?iron|already (on|taking) iron|iron (infusions?|tablets?) (since|for)|ja (em uso de|toma) (sulfato )?ferro(so)?|anemia ferropriva (conhecida|em tratamento))\b`)

func (a *assessor) suspectedCancer() {
	c := a.c
	t := clinical.Fold(c.Text)
	// New iron-deficiency anaemia is investigated within days: in a man
	// or a woman after the menopause it is a suspected colorectal or
	// upper-GI cancer until endoscopy says otherwise (NICE NG12; BSG 2021
	// iron-deficiency anaemia guideline); heavy periods explain it in a
	// younger woman but still need iron and a gynaecological assessment.
	// A crusted or keratotic skin lump that is growing or bleeds, on
	// skin the sun has reached, is a suspected squamous cell carcinoma:
	// a two-week referral (NICE NG12 1.7.4), not a same-day problem.
	if affirmedMatch(skinLumpGrowingRx, t) && skinSiteRx.MatchString(t) && !c.HasAny("fever", "cellulitis") {
		a.flag(NonUrgent, "presentation", "suspected_skin_cancer", clinical.T("a growing, crusted or bleeding skin lump: suspected skin cancer, two-week referral (NICE NG12)", "lesão de pele crostosa que cresce ou sangra: suspeita de câncer de pele, encaminhamento em duas semanas (NICE NG12)"))
	}
	if ironDeficiency(c) && !knownIronDeficiencyRx.MatchString(t) {
		a.flag(NonUrgent, "lab", "iron_deficiency_anaemia", clinical.T("new iron-deficiency anaemia: find the cause within days (in a man or after the menopause, suspected-cancer referral for endoscopy, NICE NG12; BSG 2021)", "anemia ferropriva nova: investigar a causa em poucos dias (em homem ou após a menopausa, encaminhamento por suspeita de câncer para endoscopia, NICE NG12; BSG 2021)"))
	}
	// Myeloma: bone or back pain at 60 or more with two of anaemia,
	// raised calcium, a raised creatinine, a high ESR or a high total
	// protein needs very urgent protein electrophoresis and a Bence-Jones
	// test, within 48 hours (NICE NG12 1.10; BSH myeloma guideline).
	if c.AgeOr(0) >= 60 && (c.Has("back_pain") || boneAcheRx.MatchString(t)) && myelomaFeatures(c) >= 2 {
		a.flag(Urgent, "lab", "myeloma_suspected", clinical.T("bone or back pain at 60 or more with anaemia, raised calcium or creatinine, or a high ESR or protein: suspected myeloma, protein electrophoresis and Bence-Jones within 48 hours (NICE NG12)", "dor óssea ou lombar a partir dos 60 anos com anemia, cálcio ou creatinina elevados, VHS ou proteínas altas: suspeita de mieloma, eletroforese de proteínas e Bence-Jones em 48 horas (NICE NG12)"))
	}
}

var boneAcheRx = regexp.MustCompile(`\b(bone pain|pain in (his |her |the )?bones|aching bones|dor (nos|nas) oss\w*|dor ossea)\b`)

// myelomaFeatures counts the blood results of myeloma's CRAB picture and
// its paraprotein.
func myelomaFeatures(c *clinical.Case) int {
	n := 0
	if hb, ok := c.LabValue("hemoglobin"); ok && hb < 11.5 {
		n++
	}
	if ca, ok := c.LabValue("calcium"); ok && ca > 10.5 {
		n++
	}
	if cr, ok := c.LabValue("creatinine"); ok && cr > 1.3 {
		n++
	}
	if esr, ok := c.LabValue("esr"); ok && esr > 50 {
		n++
	}
	if tp, ok := c.LabValue("total protein"); ok && tp > 8.5 {
		n++
	}
	return n
}

var (
	// skinLumpGrowingRx: a crusted, scaly or raised skin lesion that grows,
	// bleeds or will not heal
	skinLumpGrowingRx = regexp.MustCompile(`\b(crust\w*|keratotic|scaly|horny|raised|pearly|rolled.edge|casca|crostos[ao]|descamativ[ao]) (\w+ ){0,3}(lump|nodule|lesion|growth|spot|sore|ulcer|patch|bump|caroco|nodulo|lesao|ferida|mancha)\b[^.;]{0,80}\b(getting bigger|growing|grown|grew|enlarg\w*|bleeds?|bleeding|ulcerat\w*|(won'?t|not|never) heal\w*|crescendo|cresceu|sangra\w*|nao cicatriza)|\b(lump|nodule|lesion|growth|sore|ulcer|caroco|nodulo|lesao|ferida)\b[^.;]{0,40}\b(on|of|no|na|do|da) (the |his |her |o |a )?((right|left|direit[ao]|esquerd[ao]) )?(ear|helix|scalp|nose|lip|cheek|temple|forehead|back of (the |his |her )?hand|orelha|couro cabeludo|nariz|labio|bochecha|testa|dorso da mao)\b[^.;]{0,60}\b(getting bigger|growing|grew|enlarg\w*|bleeds?|bleeding|(won'?t|not) heal\w*|crescendo|cresceu|sangra\w*|nao cicatriza)`)
	// skinSiteRx: the skin or a sun-exposed place named
	skinSiteRx = regexp.MustCompile(`\b(skin|ear|helix|scalp|nose|lip|cheek|temple|forehead|hand|forearm|shin|sun|outdoors|farmer|keratos\w*|pele|orelha|couro cabeludo|nariz|labio|bochecha|testa|mao|antebraco|sol|ceratose)\b`)
)
