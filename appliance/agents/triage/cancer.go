package triage

import (
	"regexp"
	"strconv"
	"strings"

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

// ca125Rx, effusionOrAscitesRx and biradsSuspiciousRx: a CA-125 value,
// fluid in the abdomen or chest, a suspicious breast imaging category
var (
	ca125NameRx         = regexp.MustCompile(`\bca.?125\b`)
	ca125Rx             = regexp.MustCompile(`\bca.?125\b\D{0,20}(\d{2,5})`)
	effusionOrAscitesRx = regexp.MustCompile(`\b(ascites|ascite|shifting dullness|pleural effusion|derrame pleural|stony dullness|macicez movel)\b`)
	biradsSuspiciousRx  = regexp.MustCompile(`\bbi.?rads (category )?(4[abc]?|5)\b`)
)

// ca125High reports a CA-125 of 35 U/mL or more in the labs or named in
// the text (NICE CG122 threshold).
func ca125High(c *clinical.Case, t string) bool {
	for _, l := range c.Input.Labs {
		if ca125NameRx.MatchString(clinical.Fold(l.Name)) && l.Value >= 35 {
			return true
		}
	}
	for _, m := range ca125Rx.FindAllStringSubmatch(t, -1) {
		if v, err := strconv.Atoi(m[1]); err == nil && v >= 35 {
			return true
		}
	}
	return false
}

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
	// A solid lung nodule of 8 mm or more, or a spiculated one, on a CT
	// carries a malignancy risk that calls for PET-CT or a biopsy through
	// the lung cancer pathway within two weeks (BTS 2015 pulmonary nodules;
	// Fleischner 2017); a smaller smooth one is followed by CT, and a
	// calcified or long-stable one is benign.
	if suspiciousLungNodule(t) {
		a.flag(NonUrgent, "presentation", "lung_nodule_suspicious", clinical.T("lung nodule of 8 mm or more, or spiculated: lung cancer pathway (PET-CT or biopsy) within two weeks (BTS 2015; Fleischner 2017)", "nódulo pulmonar de 8 mm ou mais, ou espiculado: investigação de câncer de pulmão (PET-CT ou biópsia) em até duas semanas (BTS 2015; Fleischner 2017)"))
	}
	// A scrotal swelling or a lump in a testis without pain is a
	// hydrocele, a cyst or a tumour: an ultrasound within days to weeks
	// tells them apart (NICE CKS scrotal swellings; NG12 1.5.4 for a
	// testicular mass). A painful one is the torsion and epididymitis
	// rules' business.
	if c.Has("scrotal_swelling") && !c.Denied("scrotal_swelling") && !c.Female() && !c.Has("testicular") {
		a.flag(NonUrgent, "presentation", "scrotal_swelling", clinical.T("painless scrotal swelling or testicular lump: scrotal ultrasound within days to weeks (NICE CKS; NG12)", "aumento escrotal ou nódulo testicular sem dor: ultrassom de bolsa escrotal em dias a semanas (NICE CKS; NG12)"))
	}
	// Upper abdominal pain, indigestion or reflux with weight loss at 55
	// or more is a direct-access endoscopy within two weeks (NICE NG12
	// 1.2.2), not more antacids.
	if c.AgeOr(0) >= 55 && c.Has("weight_loss") && !c.Denied("weight_loss") && (c.Has("dyspepsia") || upperAbdoRx.MatchString(t)) && !intendedWeightLossRx.MatchString(t) && !c.Hx("weight_loss") {
		a.flag(NonUrgent, "presentation", "upper_gi_cancer_suspected", clinical.T("indigestion, reflux or upper abdominal pain with weight loss at 55 or more: endoscopy within two weeks (NICE NG12)", "dispepsia, refluxo ou dor no andar superior do abdome com perda de peso a partir dos 55 anos: endoscopia em até duas semanas (NICE NG12)"))
	}
	// Hoarseness for three weeks or more, or a neck lump that persists or
	// grows, at 45 or more is a suspected head and neck cancer: a
	// two-week referral (NICE NG12 1.8.1).
	if c.AgeOr(0) >= 45 && c.DurationHours >= 24*21 && (c.Has("hoarse") || affirmedMatch(neckLumpRx, t)) && !c.HasAny("fever", "sore_throat", "airway") && !c.Hx("hoarse") {
		a.flag(NonUrgent, "presentation", "head_neck_cancer_suspected", clinical.T("hoarseness or a neck lump for three weeks or more at 45 or over: suspected head and neck cancer, two-week referral (NICE NG12)", "rouquidão ou nódulo no pescoço há três semanas ou mais a partir dos 45 anos: suspeita de câncer de cabeça e pescoço, encaminhamento em duas semanas (NICE NG12)"))
	}
	if ironDeficiency(c) && !knownIronDeficiencyRx.MatchString(t) {
		a.flag(NonUrgent, "lab", "iron_deficiency_anaemia", clinical.T("new iron-deficiency anaemia: find the cause within days (in a man or after the menopause, suspected-cancer referral for endoscopy, NICE NG12; BSG 2021)", "anemia ferropriva nova: investigar a causa em poucos dias (em homem ou após a menopausa, encaminhamento por suspeita de câncer para endoscopia, NICE NG12; BSG 2021)"))
	}
	// Myeloma: bone or back pain at 60 or more with two of anaemia,
	// raised calcium, a raised creatinine, a high ESR or a high total
	// protein needs very urgent protein electrophoresis and a Bence-Jones
	// test, within 48 hours (NICE NG12 1.10; BSH myeloma guideline).
	// Bloating, early fullness, pelvic pain or urinary frequency in a
	// woman of 50 or more with a CA-125 of 35 or more is a suspected
	// ovarian cancer: ultrasound and a two-week referral (NICE CG122,
	// NG12 1.5); with ascites or a pleural effusion making her breathless
	// she is admitted the same day. A screening mammogram read BI-RADS 4
	// or 5 is a two-week referral for a core biopsy (NICE NG12 1.4).
	if ca125High(c, t) && c.Female() && c.AgeOr(0) >= 40 {
		if affirmedMatch(effusionOrAscitesRx, t) && (c.Has("dyspnea") || c.Vitals.SpO2 != nil && *c.Vitals.SpO2 < 95) {
			a.flag(Urgent, "presentation", "ovarian_cancer_effusion", clinical.T("a raised CA-125 with ascites or a pleural effusion and breathlessness: same-day admission for drainage and staging (NICE CG122)", "CA-125 elevado com ascite ou derrame pleural e falta de ar: internação no mesmo dia para drenagem e estadiamento"))
		} else {
			a.flag(NonUrgent, "lab", "ovarian_cancer_suspected", clinical.T("bloating or early fullness with a CA-125 of 35 or more: pelvic ultrasound and suspected-cancer referral within two weeks (NICE CG122)", "distensão ou saciedade precoce com CA-125 de 35 ou mais: ultrassom pélvico e encaminhamento por suspeita de câncer em duas semanas"))
		}
	}
	if affirmedMatch(biradsSuspiciousRx, t) {
		a.flag(NonUrgent, "presentation", "breast_imaging_suspicious", clinical.T("breast imaging read BI-RADS 4 or 5: core biopsy and breast clinic within two weeks (NICE NG12)", "imagem mamária BI-RADS 4 ou 5: biópsia e mastologia em até duas semanas"))
	}
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

// upperAbdoRx: pain or burning in the upper abdomen; intendedWeightLossRx:
// weight lost on purpose (a diet, a weight-loss medicine or operation).
var (
	upperAbdoRx          = regexp.MustCompile(`\b(upper (abdominal|tummy|stomach) (pain|burning|discomfort)|epigastri\w*|(pain|burning|discomfort) (in|at) the (upper abdomen|top of (the|my|his|her) (stomach|tummy))|dor (no|na) (estomago|boca do estomago|epigastrio)|queimacao no estomago)\b`)
	intendedWeightLossRx = regexp.MustCompile(`\b(trying to lose|on a diet|dieting|weight.loss (programme|program|medicine|injection|surgery)|bariatric|gastric (bypass|band|sleeve)|semaglutide|tirzepatide|liraglutide|ozempic|wegovy|mounjaro|saxenda|fazendo dieta|de dieta|cirurgia bariatrica)\b`)
)

// neckLumpRx: a lump in the neck (not the "lump in the throat" of
// globus).
var neckLumpRx = regexp.MustCompile(`\b((lump|mass|swelling|nodulo|caroco|massa) (\w+ ){0,4}(side of (the |my |his |her )?neck|in (the |my |his |her )?neck|no pescoco|cervical|level ii|submandibular|supraclavicular)|(neck|submandibular|supraclavicular|cervical) (lump|mass|swelling|node|nodulo|caroco|massa))\b`)

// lungNoduleRx finds a nodule with its size in a chest report; the size
// may come before or after the word. noduleSpiculatedRx: an irregular,
// spiculated edge; noduleBenignRx: calcified, long stable or of a kind
// followed by CT rather than sampled (perifissural, ground-glass).
var (
	lungNoduleRx       = regexp.MustCompile(`\b(?:nodule|nodulo)\b[^.;]{0,40}?\b(\d{1,2}(?:[.,]\d)?) ?mm\b|\b(\d{1,2}(?:[.,]\d)?) ?mm (?:\w+ ){0,3}(?:nodule|nodulo)\b`)
	lungContextRx      = regexp.MustCompile(`\b(lung|lobe|lobo|pulmonar|pulmao|chest ct|ct chest|ct thorax|ct of the chest|tc de torax|tomografia de torax|torax|thorax|pulmonary)\b`)
	noduleSpiculatedRx = regexp.MustCompile(`\b(spiculat\w*|espiculad\w*|irregular (margins?|borders?|edges?)|contornos irregulares|suspicious for (malignancy|cancer)|suspeito de (malignidade|neoplasia))\b`)
	noduleBenignRx     = regexp.MustCompile(`\b(calcified|calcificad[oa]|benign pattern|padrao benigno|stable (for|over) (2|two|3|three) years|estavel ha (2|dois|3|tres) anos|hamartoma|perifissural|ground.glass|vidro fosco)\b`)
)

// suspiciousLungNodule: a chest CT nodule of 8 mm or more, or one with a
// spiculated edge, that is neither calcified nor long stable.
func suspiciousLungNodule(t string) bool {
	if !lungContextRx.MatchString(t) || affirmedMatch(noduleBenignRx, t) {
		return false
	}
	if affirmedMatch(noduleSpiculatedRx, t) && lungNoduleRx.MatchString(t) {
		return true
	}
	for _, m := range lungNoduleRx.FindAllStringSubmatch(t, -1) {
		v := m[1]
		if v == "" {
			v = m[2]
		}
		if mm, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64); err == nil && mm >= 8 && mm <= 30 {
			return true
		}
	}
	return false
}
