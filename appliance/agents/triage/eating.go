package triage

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Eating and weight: the medical risk of restrictive eating (MEED 2022,
// RCPsych CR233), refeeding risk (NICE CG32), a child's weight falling
// across the centiles (NICE NG75 faltering growth) and hypoglycaemia
// after bariatric surgery (late dumping). The slow pulse, low pressure
// and low temperature of MEED are graded with the presentations.

var (
	bmiRx       = regexp.MustCompile(`\b(?:bmi|imc)\b:?\s*(?:of |de |=\s*)?(\d{1,2}(?:[.,]\d{1,2})?)\b`)
	heightMRx   = regexp.MustCompile(`\b(?:height|altura|ht)\b:?\s*(?:of |de )?(1[.,]\d{1,2})\s*m\b|\b(?:height|altura|ht)\b:?\s*(?:of |de )?(1\d{2})\s*cm\b`)
	nilIntakeRx = regexp.MustCompile(`\b(intake (of |under |below |less than )?\d{2,3} ?kcal|under \d{3} ?kcal|(\d{2,3}) ?kcal (a|per|/) ?day|(hardly|barely|almost not|not) eating (anything|at all)|(almost )?nothing to eat|no food for|sem comer|quase nada|(ingesta|ingestao) (de |abaixo de )?\d{2,3} ?kcal)\b`)
	// samRx: the signs of severe acute malnutrition in a young child
	samRx       = regexp.MustCompile(`\b(severe acute malnutrition|\bsam\b|kwashiorkor|marasm\w*|desnutricao (aguda )?grave|(bilateral|both) (\w+ ){0,2}(pitting )?(o?edema|swelling) (\w+ ){0,3}(feet|legs|pes)|(pitting )?o?edema (\w+ ){0,3}(of )?(both|bilateral) (feet|legs)|edema bilateral (\w+ ){0,2}(pes|membros inferiores)|muac (\w+ ){0,2}(1[01]|[5-9])([.,]\d)? ?cm|flaky.paint|(visible )?severe wasting|emagrecimento grave)\b`)
	centilesRx  = regexp.MustCompile(`\b((dropp\w*|fall\w*|fallen|crossed|crossing|down) (\w+ ){0,6}(centiles?|percentiles?|weight charts?|growth charts?)|(centiles?|percentiles?) (\w+ ){0,3}(to|down to) the \d{1,2}(st|nd|rd|th)|faltering growth|weight faltering|failure to thrive|caiu (\w+ ){0,3}(percentil|curva)|(cruzou|cruzando) (\w+ ){0,2}percentis)\b`)
	arfidRx     = regexp.MustCompile(`\b(arfid|avoidant.restrictive|restrictive food intake|(only|just) (eats|eating|accepts?) (about )?(\d+|a few|few|a handful of|some) ('|")?safe('|")? foods|selective eat\w*|seletividade alimentar|so come (\w+ ){0,2}alimentos)\b`)
	bariatricRx = regexp.MustCompile(`\b(gastric bypass|roux.en.y|sleeve gastrectomy|gastric sleeve|bariatric surgery|weight.loss surgery|bypass gastrico|gastrectomia vertical|cirurgia bariatrica|reducao de estomago)\b`)
	meterLowRx  = regexp.MustCompile(`\b(?:meter|glucose|sugar|glicemia|dextro|hgt|glicosimetro|fingerstick|finger.prick|capillary|readings?)\D{0,25}?\b([2-6]\d)(?:\s?[-–]\s?[2-6]\d)?\s?mg`)
)

// bmiOf reads a body-mass index told in the text, or works it out from
// a weight and a height.
func bmiOf(c *clinical.Case) (float64, bool) {
	t := clinical.Fold(c.Text)
	if m := bmiRx.FindStringSubmatch(t); m != nil {
		if v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "."), 64); err == nil && v >= 8 && v <= 80 {
			return v, true
		}
	}
	kg, ok := weightKg(c)
	if !ok {
		return 0, false
	}
	m := heightMRx.FindStringSubmatch(t)
	if m == nil {
		return 0, false
	}
	var h float64
	if m[1] != "" {
		h, _ = strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "."), 64)
	} else {
		cm, _ := strconv.ParseFloat(m[2], 64)
		h = cm / 100
	}
	if h < 1.0 || h > 2.3 {
		return 0, false
	}
	return kg / (h * h), true
}

// lowGlucoseChild reports a blood glucose under 3 mmol/L (54 mg/dL), the
// WHO threshold for hypoglycaemia in a malnourished child.
func lowGlucoseChild(c *clinical.Case) bool {
	g, ok := c.LabValue("glucose")
	return ok && g < 54
}

func (a *assessor) eatingAndWeight() {
	c := a.c
	t := clinical.Fold(c.Text)
	bmi, hasBMI := bmiOf(c)
	// A BMI under 13 in an adult with an eating disorder is MEED red, and
	// near-nil intake for days with a BMI under 16 is high refeeding risk:
	// same-day medical admission, feeding started slowly with phosphate,
	// potassium and thiamine (MEED 2022; NICE CG32).
	if c.Has("eating_disorder") && !c.IsChild() && (hasBMI && bmi < 13 || hasBMI && bmi < 16 && affirmedMatch(nilIntakeRx, t)) {
		a.flag(Urgent, "presentation", "eating_disorder_bmi_red", clinical.T(f("eating disorder with BMI %.1f (under 13, or under 16 with almost no intake): same-day medical admission with careful refeeding (MEED 2022; NICE CG32)", bmi), f("transtorno alimentar com IMC %.1f (abaixo de 13, ou de 16 com ingestão quase nula): internação clínica no mesmo dia com realimentação cuidadosa (MEED 2022; NICE CG32)", bmi)))
	}
	// Little or no food for five days or more with potassium, phosphate
	// or magnesium already low before feeding (or a BMI under 16) is
	// high refeeding risk (NICE CG32 1.5.1): thiamine and supervised slow
	// refeeding with daily electrolytes, arranged the same day.
	if !c.IsChild() && !a.r.HasFlag("eating_disorder_bmi_red") && (affirmedMatch(nilIntakeRx, t) || affirmedMatch(barelyEatenRx, t)) && (c.DurationHours >= 24*5 || intakeDaysRx.MatchString(t)) && (lowBeforeFeeding(c) || hasBMI && bmi < 16) {
		a.flag(Urgent, "presentation", "refeeding_risk_high", clinical.T("little or no food for five days or more with low potassium, phosphate or magnesium (or a BMI under 16): high refeeding risk, same-day thiamine and supervised slow refeeding (NICE CG32)", "pouca ou nenhuma ingestão por cinco dias ou mais com potássio, fósforo ou magnésio baixos (ou IMC abaixo de 16): alto risco de realimentação, tiamina e realimentação lenta supervisionada no mesmo dia (NICE CG32)"))
	}
	// Severe acute malnutrition in a young child (oedema of both feet,
	// a mid-upper-arm circumference under 11.5 cm, visible severe
	// wasting) is stabilised in hospital the same day when complicated
	// (oedema, a failed appetite test, no appetite, any illness); with
	// lethargy, hypoglycaemia, hypothermia or shock it is an emergency
	// (WHO 2013 SAM guideline; ETAT).
	if c.IsChild() && c.AgeOr(99) < 6 && affirmedMatch(samRx, t) {
		if c.HasAny("drowsy", "unresponsive") || Altered(c) || lowGlucoseChild(c) || c.Vitals.TemperatureC != nil && *c.Vitals.TemperatureC < 35.5 {
			a.flag(Emergency, "presentation", "severe_acute_malnutrition_complicated", clinical.T("severe acute malnutrition with lethargy, hypoglycaemia or hypothermia: resuscitation and admission now (WHO 2013)", "desnutrição aguda grave com letargia, hipoglicemia ou hipotermia: estabilização e internação já (OMS 2013)"))
		} else {
			a.flag(Urgent, "presentation", "severe_acute_malnutrition", clinical.T("severe acute malnutrition (oedema of both feet, MUAC under 11.5 cm or severe wasting): same-day inpatient stabilisation (WHO 2013)", "desnutrição aguda grave (edema bilateral, perímetro braquial abaixo de 11,5 cm ou emagrecimento grave): estabilização hospitalar no mesmo dia (OMS 2013)"))
		}
	}
	// A child whose weight falls across the centiles, or who eats only a
	// few safe foods and is losing weight, is assessed within days
	// (NICE NG75 faltering growth; DSM-5 ARFID).
	if c.IsChild() && (affirmedMatch(centilesRx, t) && !centilesUp(t) || arfidRx.MatchString(t) && c.Has("weight_loss")) {
		a.flag(NonUrgent, "presentation", "faltering_growth", clinical.T("weight falling across the centiles or restrictive eating in a child: paediatric assessment within days (NICE NG75)", "peso caindo nos percentis ou alimentação restritiva em criança: avaliação pediátrica em poucos dias (NICE NG75)"))
	}
	// Sweating, shakiness or muddle one to three hours after meals after
	// a gastric bypass or sleeve, with a low meter reading, is late
	// dumping (post-bariatric hypoglycaemia): dietetic and endocrine
	// review within days (ASMBS; Endocrine Society).
	if bariatricRx.MatchString(t) && !c.OnClass("insulin") && !c.OnClass("sulfonylurea") {
		if m := meterLowRx.FindStringSubmatch(t); m != nil {
			if v, err := strconv.Atoi(m[1]); err == nil && v < 70 {
				a.flag(NonUrgent, "presentation", "post_bariatric_hypoglycaemia", clinical.T("low glucose after meals after bariatric surgery (late dumping): dietetic and endocrine review within days", "hipoglicemia pós-prandial após cirurgia bariátrica (dumping tardio): avaliação nutricional e endocrinológica em poucos dias"))
			}
		}
	}
}

// barelyEatenRx: hardly any food told in other words; intakeDaysRx: for
// how many days (five or more).
var (
	barelyEatenRx = regexp.MustCompile(`\b((has |have )?(barely|hardly|not) (eaten|eating|been eating)( anything| at all| for)?|(little|no) (food|oral intake|intake) (for|in)|(quase )?nao (come|comeu|tem comido|esta comendo)|sem se alimentar)\b`)
	intakeDaysRx  = regexp.MustCompile(`\b(for|in|over|the (last|past)|ha|por|nos ultimos) ([5-9]|1\d|2\d|five|six|seven|eight|nine|ten|twelve|fourteen|cinco|seis|sete|oito|nove|dez|doze|quatorze) (days|dias)\b|\b(a|one|two|uma|duas) (weeks?|semanas?)\b`)
)

// lowBeforeFeeding: potassium, phosphate or magnesium under its
// reference range.
func lowBeforeFeeding(c *clinical.Case) bool {
	return labBelow(c, "potassium", 3.5) || labBelow(c, "phosphate", 2.5) || labBelow(c, "magnesium", 1.7)
}

// centileRiseRx reads "from the 25th to the 75th centile"; centilesUp
// reports a weight that crossed the centiles upwards, which is no
// faltering.
var centileRiseRx = regexp.MustCompile(`\bfrom the (\d{1,2})(?:st|nd|rd|th)? (?:centile |percentile )?to the (\d{1,2})(?:st|nd|rd|th)?\b|\bdo (?:percentil )?(\d{1,2}) (?:para|ao) (?:o )?(?:percentil )?(\d{1,2})\b`)

func centilesUp(t string) bool {
	m := centileRiseRx.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	from, to := m[1], m[2]
	if from == "" {
		from, to = m[3], m[4]
	}
	a, err1 := strconv.Atoi(from)
	b, err2 := strconv.Atoi(to)
	return err1 == nil && err2 == nil && b > a
}
