package triage

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Men's health and hormone therapy: testosterone (prescribed, bought or
// anabolic), gender-affirming hormones and the penis. Torsion, priapism,
// Fournier's gangrene and the nitrate interactions are graded elsewhere;
// sources are in each comment.

var (
	// a broken erect penis: the crack, the sudden loss of erection, the
	// "eggplant" swelling
	penileFractureRx = regexp.MustCompile(`\b(penile fracture|fractured? (of )?(the |his |my )?penis|broken penis|fratura (peniana|de penis|do penis|no penis)|penis (\w+ ){0,2}fractur\w*|eggplant deformity|aubergine deformity|deformidade em berinjela|(crack\w*|snap\w*|popp?\w*|estalo) (\w+ ){0,4}(penis|penile|during (sex|intercourse))\b[^.;]{0,80}\b(loss of (the |his )?erection|detumescen\w*|lost (the |his )?erection|swell\w*|perda (subita )?da erecao|inchaco))`)
	// pituitarySurgeryRx: an operation on the pituitary; polyuriaRx: large
	// volumes of urine, or thirst that does not settle
	pituitarySurgeryRx = regexp.MustCompile(`\b(transsphenoidal|transesfenoidal|(pituitary|hipofise|hipofisario|hipofisaria) (\w+ ){0,3}(surgery|resection|operation|cirurgia|ressec\w*)|(surgery|resection|cirurgia|ressec\w*) (\w+ ){0,4}(pituitary|hipofise|macroadenoma|adenoma hipofisario|craniopharyngioma|craniofaringioma))\b`)
	polyuriaRx         = regexp.MustCompile(`\b(polyuria|poliuria|urinando (muito|demais|toda hora)|passing (lots of|large (amounts|volumes) of|a lot of) (urine|water)|(urine|urina) (\w+ ){0,3}(feito agua|like water|clear as water|clarinha)|(sede|thirst) (que nao passa|intensa|excessiva|insaciavel|constant\w*|extreme)|(extremely|very|always) thirsty|bebendo (\w+ ){0,2}\d+ ?(l|litros)|drinking (\w+ ){0,2}\d+ ?(l|litres|liters))\b`)
	// urethralInjuryRx: blood at the urethral opening or in the urine
	urethralInjuryRx = regexp.MustCompile(`\b(blood (at|from) (the )?(meatus|urethra|tip)|meatal blood|(blood|bleeding) (\w+ ){0,2}(urethral meatus|meatus)|sangue (no|pelo) (meato|canal|uretra)|sangramento uretral|uretrorragia|hematuria|blood in (the |his )?urine|sangue na urina)\b`)
	// a haematocrit written in the notes ("haematocrit 55%", "Ht 0.56")
	hctTextRx = regexp.MustCompile(`\b(ha?ematocrit|hematocrito|hct)( (of|is|was|now|at|de|em))?:? ?(0?[.,]\d{2}|\d{2}(?:[.,]\d)?) ?(%|l/l)?`)
)

func (a *assessor) hormonesAndMensHealth() {
	c := a.c
	t := clinical.Fold(c.Text)
	// A penile fracture (an audible crack, immediate detumescence, the
	// swollen deviated "eggplant" shaft) is explored and repaired the same
	// day; blood at the meatus or retention means a urethral injury
	// (AUA Urotrauma guideline 2020; EAU urological trauma 2023).
	// Without a urethral injury the repair is done within 24 hours, so
	// the same day rather than at once.
	if !c.Female() && (affirmedMatch(penileFractureRx, t) || c.Has("penile_fracture") && !c.Denied("penile_fracture")) {
		if affirmedMatch(urethralInjuryRx, t) || c.Has("urinary_retention") {
			a.flag(Emergency, "presentation", "penile_fracture", clinical.T("suspected penile fracture with signs of urethral injury (blood at the meatus, unable to pass urine): immediate surgical exploration and repair (AUA urotrauma 2020)", "suspeita de fratura peniana com sinais de lesão uretral (sangue no meato, retenção): exploração e reparo cirúrgico imediatos (AUA 2020)"))
		} else {
			a.flag(Urgent, "presentation", "penile_fracture", clinical.T("suspected penile fracture without signs of urethral injury: surgical repair within 24 hours (EAU 2024; AUA urotrauma 2020)", "suspeita de fratura peniana sem sinais de lesão uretral: correção cirúrgica em até 24 horas (EAU 2024; AUA 2020)"))
		}
	}
	// Passing large volumes of dilute urine with a thirst that will not
	// settle in the days after pituitary surgery is cranial diabetes
	// insipidus: same-day sodium, osmolalities and desmopressin, because
	// the sodium climbs fast when drinking cannot keep up (Society for
	// Endocrinology 2018 inpatient DI guidance; Endocrine Society).
	if pituitarySurgeryRx.MatchString(t) && affirmedMatch(polyuriaRx, t) {
		a.flag(Urgent, "presentation", "post_pituitary_di", clinical.T("large volumes of dilute urine and thirst after pituitary surgery: cranial diabetes insipidus, same-day sodium and desmopressin (Society for Endocrinology)", "muita urina diluída e sede após cirurgia de hipófise: diabetes insípido central, sódio e desmopressina no mesmo dia"))
	}
	// Testosterone raises the haematocrit; above 54 % the dose is held
	// and the count repeated (Endocrine Society 2018, Bhasin). Without
	// headache, visual or neurological symptoms or a clot that is a
	// review within days, not a same-day problem.
	if c.OnClass("androgen") {
		if hct, ok := haematocrit(c, t); ok && hct > 54 && hct < 65 && len(Complaints(c)) == 0 {
			a.flag(NonUrgent, "presentation", "testosterone_erythrocytosis", clinical.T("haematocrit above 54% on testosterone without symptoms: hold the dose and repeat the count within days (Endocrine Society 2018)", "hematócrito acima de 54% em uso de testosterona, sem sintomas: suspender a dose e repetir o hemograma em poucos dias (Endocrine Society 2018)"))
		}
	}
}

// haematocrit from the labs, or from the notes, as a percentage.
func haematocrit(c *clinical.Case, t string) (float64, bool) {
	v, ok := c.LabValue("hematocrit")
	if !ok {
		m := hctTextRx.FindStringSubmatch(t)
		if m == nil {
			return 0, false
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(m[4], ",", "."), 64)
		if err != nil {
			return 0, false
		}
		v = f
	}
	if v > 0 && v < 1 {
		v *= 100
	}
	return v, true
}
