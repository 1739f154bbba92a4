package triage

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Paracetamol taken above the daily maximum for a day or more is a
// staggered overdose: liver injury comes without symptoms, so the dose,
// not how the patient feels, decides (MHRA 2012 intravenous acetylcysteine
// advice; TOXBASE: treat 75 mg/kg or more in any 24 hours). The dose is
// read from the medication lines that name paracetamol (a strength and a
// frequency) or from the text ("about 6-7 g a day").

// paracetamolLineRx finds the paracetamol strength in a medication line,
// also inside a combination ("powder (paracetamol 1 g + phenylephrine)").
var paracetamolLineRx = regexp.MustCompile(`\b(paracetamol|acetaminophen|acetaminofeno|tylenol|panadol)\b[^+;,/]{0,12}?(\d+(?:[.,]\d+)?)\s*(mg|g)\b`)

// strengthRx: a strength written before the name ("500 mg paracetamol").
var strengthRx = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*(mg|g)\b`)

// perDayRx: how often a line is taken.
var (
	everyHoursRx = regexp.MustCompile(`\b(?:every|q|de)\s*(\d{1,2})\s*(?:(?:/|-|to|a)\s*\d{1,2}\s*)?(?:h|hrs?|hours?|horas)\b|\b(\d{1,2})\s*/\s*\d{1,2}\s*h\b`)
	timesDayRx   = regexp.MustCompile(`\b(\d|one|two|three|four|five|six|once|twice)\s*(?:or\s*(\d|two|three|twice)\s*)?(?:times|x|vezes)?\s*(?:a|per|ao|por|/)\s*(?:day|dia)\b|\b(\d)\s*x\s*/?\s*dia\b|\b(\d|two|three|four|five|six)\s*doses\s*(?:a|per)\s*day\b`)
	latinFreqRx  = regexp.MustCompile(`\b(od|bd|bid|tds|tid|qds|qid)\b`)
	gramsDayRx   = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*(?:(?:-|to|a)\s*(\d+(?:[.,]\d+)?))?\s*(g|grams|gramas)\s*(?:(?:of |de )?(?:paracetamol|acetaminophen|tylenol)\s*)?(?:a|per|/|por|ao)\s*(?:day|dia|24\s*h)\b`)
	weightKgRx   = regexp.MustCompile(`\b(?:weight|weighs|weighing|peso|pesa|wt)\D{0,12}?(\d{2,3}(?:[.,]\d)?)\s*kg\b`)
)

var freqWords = map[string]float64{"one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "four": 4, "five": 5, "six": 6}

func num(s string) float64 {
	if v, ok := freqWords[s]; ok {
		return v
	}
	v, _ := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	return v
}

// timesPerDay reads the highest frequency a line allows (0 when none).
func timesPerDay(line string) float64 {
	best := 0.0
	for _, m := range everyHoursRx.FindAllStringSubmatch(line, -1) {
		h := m[1]
		if h == "" {
			h = m[2]
		}
		if v := num(h); v >= 1 && v <= 24 {
			best = max(best, 24/v)
		}
	}
	for _, m := range timesDayRx.FindAllStringSubmatch(line, -1) {
		for _, g := range m[1:] {
			if g != "" {
				best = max(best, num(g))
			}
		}
	}
	if m := latinFreqRx.FindStringSubmatch(line); m != nil {
		best = max(best, map[string]float64{"od": 1, "bd": 2, "bid": 2, "tds": 3, "tid": 3, "qds": 4, "qid": 4}[m[1]])
	}
	return best
}

// paracetamolMgPerDay sums the daily paracetamol dose of the medication
// lines (ok when at least one line has a strength and a frequency) and
// takes the larger of that and a daily amount told in the text.
func paracetamolMgPerDay(c *clinical.Case) (mg float64, ok bool) {
	for _, m := range c.Meds {
		if m.Generic != "acetaminophen" || m.Stopped {
			continue
		}
		line := clinical.Fold(m.Raw)
		var dose float64
		if g := paracetamolLineRx.FindStringSubmatch(line); g != nil {
			dose = num(g[2])
			if g[3] == "g" {
				dose *= 1000
			}
		} else if g := strengthRx.FindStringSubmatch(line); g != nil {
			dose = num(g[1])
			if g[2] == "g" {
				dose *= 1000
			}
		}
		// (a per-dose strength is at most 1 g; larger numbers are not one)
		if n := timesPerDay(line); dose > 0 && dose <= 1000 && n > 0 {
			mg += dose * n
			ok = true
		}
	}
	t := clinical.Fold(c.Text)
	if strings.Contains(t, "paracetamol") || strings.Contains(t, "acetaminophen") || strings.Contains(t, "tylenol") {
		for _, g := range gramsDayRx.FindAllStringSubmatch(t, -1) {
			v := num(g[1])
			if g[2] != "" {
				v = max(v, num(g[2]))
			}
			if v >= 1 && v <= 50 {
				mg = max(mg, v*1000)
				ok = true
			}
		}
	}
	return mg, ok
}

// weightKg: a body weight told in the text.
func weightKg(c *clinical.Case) (float64, bool) {
	if m := weightKgRx.FindStringSubmatch(clinical.Fold(c.Text)); m != nil {
		if v := num(m[1]); v >= 3 && v <= 250 {
			return v, true
		}
	}
	return 0, false
}

// paracetamolDose flags a daily paracetamol dose above 75 mg/kg (6 g when
// no weight is told) as a staggered overdose, and one above 4 g a day in
// an adult as a dose to cut within days.
func (a *assessor) paracetamolDose() {
	c := a.c
	mg, ok := paracetamolMgPerDay(c)
	if !ok || c.Has("overdose") && !StaggeredUnintended(c) {
		return
	}
	limit := 6000.0
	if kg, ok := weightKg(c); ok {
		limit = 75 * kg
	} else if c.IsChild() {
		return
	}
	switch {
	case mg >= limit && c.DurationHours >= 12 || mg >= limit && c.DurationHours < 0:
		a.flag(Urgent, "presentation", "staggered_paracetamol_overdose", clinical.T(
			"paracetamol above 75 mg/kg a day (a staggered overdose): emergency department for acetylcysteine and liver tests, whatever the symptoms (MHRA 2012)",
			"paracetamol acima de 75 mg/kg por dia (sobredose escalonada): pronto-socorro para acetilcisteína e provas hepáticas, com ou sem sintomas (MHRA 2012)"))
	case mg > 4000 && !c.IsChild():
		a.flag(NonUrgent, "presentation", "paracetamol_above_max", clinical.T(
			"paracetamol above 4 g a day: cut to the licensed dose and check liver tests within days",
			"paracetamol acima de 4 g por dia: reduzir à dose máxima e checar provas hepáticas em poucos dias"))
	}
}

// unintendedRx: too much taken by mistake, not to self-harm.
var unintendedRx = regexp.MustCompile(`\b(unintentional\w*|accidental\w*|by mistake|didn'?t reali[sz]e|did not reali[sz]e|not realising|without realising|therapeutic (excess|misadventure)|sem querer|acidental\w*|nao sabia|sem saber|por engano|no (self.harm(ing)?|suicidal|suicide) (intent\w*|ideation)|not (intentional|deliberate|on purpose)|sem (intencao|intuito) (suicida|de (se )?(machucar|morrer|autoexterminio)))\b`)

// StaggeredUnintended reports a staggered paracetamol overdose taken by
// mistake over a day or more (too much for pain, two products holding
// paracetamol): it is treated as a staggered overdose, urgent, and not
// as an acute poisoning (MHRA 2012; TOXBASE).
func StaggeredUnintended(c *clinical.Case) bool {
	mg, ok := paracetamolMgPerDay(c)
	if !ok || c.DurationHours < 24 || !unintendedRx.MatchString(clinical.Fold(c.Text)) || c.HasAny("suicidal", "suicide_plan", "self_harm_act") {
		return false
	}
	limit := 6000.0
	if kg, ok := weightKg(c); ok {
		limit = 75 * kg
	}
	return mg >= limit
}

var (
	// acuteMgKgRx: a paracetamol ingestion told in mg/kg ("~48 mg/kg").
	acuteMgKgRx = regexp.MustCompile(`(\d{1,3}(?:[.,]\d)?)\s*mg/kg`)
	// acuteGramsRx: the grams swallowed ("3 g de paracetamol").
	acuteGramsRx = regexp.MustCompile(`(\d{1,2}(?:[.,]\d)?)\s*(?:g|grams|gramas) (?:de |of )?(?:paracetamol|acetaminophen|acetaminofeno|tylenol|panadol)\b`)
	// acuteTabletsRx: tablets of a paracetamol product with their strength
	// ("6 comprimidos de Tylenol 500").
	acuteTabletsRx = regexp.MustCompile(`(\d{1,2}) (?:comprimidos|tablets|tabs|pills|caps\w*) (?:de |of )?(?:paracetamol|acetaminophen|acetaminofeno|tylenol|panadol)(?: (\d{3,4}) ?(?:mg)?)?\b`)
	// onlyParacetamolRx: no other drug or alcohol taken with it.
	onlyParacetamolRx = regexp.MustCompile(`\b(sem outras (substancias|medicac\w+|drogas)|no other (substances?|drugs?|medications?|tablets)|nothing else (taken|ingested)|paracetamol only|only paracetamol|apenas paracetamol|somente paracetamol)\b`)
)

// SubToxicParacetamol reports one paracetamol ingestion told as below
// 75 mg/kg, taken four or more hours ago with nothing else, in a patient
// with no symptoms: no antidote or level is needed (TOXBASE; MHRA 2012),
// so the patient is medically fit and the self-harm assessment decides
// what happens the same day (NICE NG225).
func SubToxicParacetamol(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	if !c.Has("overdose") || c.DurationHours < 4 || !onlyParacetamolRx.MatchString(t) ||
		c.HasAny("vomiting", "abdominal_pain", "jaundice", "drowsy", "confusion") || Altered(c) {
		return false
	}
	if !strings.Contains(t, "paracetamol") && !strings.Contains(t, "acetaminophen") && !strings.Contains(t, "tylenol") && !strings.Contains(t, "panadol") {
		return false
	}
	kg, hasKg := weightKg(c)
	var mgkg float64
	for _, g := range acuteMgKgRx.FindAllStringSubmatch(t, -1) {
		mgkg = max(mgkg, num(g[1]))
	}
	if hasKg {
		for _, g := range acuteGramsRx.FindAllStringSubmatch(t, -1) {
			mgkg = max(mgkg, num(g[1])*1000/kg)
		}
		for _, g := range acuteTabletsRx.FindAllStringSubmatch(t, -1) {
			strength := 500.0
			if g[2] != "" {
				strength = num(g[2])
			}
			mgkg = max(mgkg, num(g[1])*strength/kg)
		}
	}
	return mgkg > 0 && mgkg < 75
}
