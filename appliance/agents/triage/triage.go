package triage

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/safety"
	"github.com/agnomedical/agno/appliance/agents/scores"
	"github.com/agnomedical/agno/appliance/casemodel"
)

// droolRx is the one sign of a deep neck infection that is also plain
// hypersalivation when nothing else points to the throat.
var droolRx = regexp.MustCompile(`^(drooling|sialorreia)$`)

// Flag is one reason for the urgency: a red flag, a score band or a floor
// applied for missing data.
type Flag struct {
	Code  string        `json:"code"`
	Level int           `json:"level"`
	Text  clinical.Text `json:"text"`
	Kind  string        `json:"kind"` // physiology|presentation|lab|data|context
}

// Result is the triage agent's verdict.
type Result struct {
	Level       int                 `json:"level"`
	Urgency     string              `json:"urgency_level"`
	Specialties []string            `json:"specialties"`
	Flags       []Flag              `json:"flags"`
	Scores      map[string]float64  `json:"scores"`
	NEWS2       *scores.NEWS2Result `json:"news2,omitempty"`
	Confidence  float64             `json:"confidence"`
	Notes       []clinical.Text     `json:"notes"`
	Routing     map[string]string   `json:"routing"` // specialty → reason
	Infection   bool                `json:"suspected_infection"`
}

// RedFlags returns the texts of the flags that raised the level to at least
// urgent, in the case language, for the contract's triage.red_flags.
func (r Result) RedFlags(lang string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, f := range r.Flags {
		if f.Level >= Urgent && f.Kind != "data" && !seen[f.Code] {
			seen[f.Code] = true
			out = append(out, f.Text.In(lang))
		}
	}
	return out
}

// Contract converts the result to the contract's triage block.
func (r Result) Contract(lang string) *casemodel.Triage {
	return &casemodel.Triage{UrgencyLevel: r.Urgency, Specialties: append([]string(nil), r.Specialties...),
		RedFlags: r.RedFlags(lang), Scores: r.Scores, Confidence: r.Confidence}
}

type assessor struct {
	c     *clinical.Case
	r     *Result
	level int
}

func (a *assessor) flag(level int, kind, code string, t clinical.Text) {
	a.r.Flags = append(a.r.Flags, Flag{Code: code, Level: level, Text: t, Kind: kind})
	if level > a.level {
		a.level = level
	}
}

func val(p *float64) (float64, bool) {
	if p == nil {
		return 0, false
	}
	return *p, true
}

func f(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// Assess runs triage on a parsed case.
func Assess(c *clinical.Case) Result {
	r := Result{Scores: map[string]float64{}, Routing: map[string]string{}}
	a := &assessor{c: c, r: &r, level: Routine}
	a.physiology()
	a.presentations()
	a.afterSurgery()
	a.urinaryTract()
	a.neuroImmune()
	a.medicinesAndDrugUse()
	a.mouthAndJaws()
	a.gut()
	a.infections()
	a.telephoneAdvice()
	a.reports()
	a.environment()
	a.palliativeCrises()
	a.carersConcerns()
	a.postnatal()
	a.hereditaryAngioedema()
	a.bloodThinners()
	a.poisoning()
	a.suspectedCancer()
	a.inheritedBloodDisorders()
	a.altitudeIllness()
	a.eatingAndWeight()
	a.newbornChecks()
	a.earNoseThroat()
	a.hormonesAndMensHealth()
	a.sleepAndBreathing()
	a.heartDevices()
	a.headacheAndDizziness()
	a.sportAndExercise()
	a.anticancerTreatment()
	a.vesselsAndLimbs()
	a.nervesAndMuscles()
	a.tubesLinesAndStomas()
	a.workInjuries()
	a.bloodResults()
	a.paracetamolDose()
	a.labs()
	a.context()
	a.selfCare()
	a.baseline()
	a.ceilingOfCare()
	r.Level = a.level
	r.Urgency = LevelName(a.level)
	r.Confidence = a.confidence()
	r.Specialties = route(c, &r)
	sort.SliceStable(r.Flags, func(i, j int) bool { return r.Flags[i].Level > r.Flags[j].Level })
	return r
}

// Alert reports whether the patient is alert (nil when unknown).
func altered(c *clinical.Case) *bool {
	v := c.Vitals
	if v.Consciousness == "" && v.GCS == nil {
		return nil
	}
	b := (v.Consciousness != "" && v.Consciousness != "alert") || (v.GCS != nil && *v.GCS < 15)
	if v.Consciousness == "confused" && c.Has("baseline_confusion") {
		b = false
	}
	// a catatonic patient told as alert scores less on GCS for the
	// mutism, not for a lower level of consciousness
	if v.Consciousness == "alert" && c.Has("catatonia") {
		b = false
	}
	// a GCS below 15 that the notes give as the patient's usual one (a
	// dementia's "usual GCS 14") is no new change
	if b && (v.Consciousness == "" || v.Consciousness == "alert" || v.Consciousness == "confused" && c.Has("baseline_confusion")) && v.GCS != nil {
		if m := usualGCSRx.FindStringSubmatch(clinical.Fold(c.Text)); m != nil {
			if g, err := strconv.Atoi(m[len(m)-1]); err == nil && *v.GCS >= g {
				b = false
			}
		}
	}
	return &b
}

// affirmedMatch reports a match of rx in t that no negation word ("no",
// "without", "sem", "denies", "nega") precedes closely.
func affirmedMatch(rx *regexp.Regexp, t string) bool {
	for _, loc := range rx.FindAllStringIndex(t, -1) {
		pre := t[max(0, loc[0]-14):loc[0]]
		if !negBeforeRx.MatchString(pre) {
			return true
		}
	}
	return false
}

var negBeforeRx = regexp.MustCompile(`\b(no|not|without|denies|denied|didn'?t|did not|didnae|never|wasn'?t|wasnae|sem|nega|negou|nao|nunca)\b[^.;]*$`)

// SpO2AtBaseline reports whether a low saturation is the patient's usual
// one as the notes give it ("SatO2 habitual 88%", "usual sats 88-92%"):
// within two points of it, a chronic hypoxaemia, not a new one (BTS 2017
// target ranges).
func SpO2AtBaseline(c *clinical.Case, spo2 float64) bool {
	if min, ok := altitudeSpO2(c); ok && spo2 >= min {
		return true
	}
	t := clinical.Fold(c.Text)
	for _, rx := range []*regexp.Regexp{usualSpO2Rx, usualSpO2Rx2} {
		if m := rx.FindStringSubmatch(t); m != nil {
			if b, err := strconv.Atoi(m[len(m)-1]); err == nil && b >= 80 && b < 95 && spo2 >= float64(b)-2 {
				return true
			}
		}
	}
	return false
}

// homeOxygenAtBaseline: a patient on long-term home oxygen, seen at a
// planned review and at their usual breathing; the two NEWS2 points for
// oxygen are their baseline, not a deterioration (RCP NEWS2 2017 asks
// for the clinical picture in chronic hypoxaemia; BTS 2015 home oxygen).
func homeOxygenAtBaseline(c *clinical.Case) bool {
	return c.Vitals.OnOxygen != nil && *c.Vitals.OnOxygen && homeOxygenRx.MatchString(clinical.Fold(c.Text)) &&
		c.HasAny("routine", "stable_chronic") && !c.HasAny("worsening", "fever", "productive_cough", "confusion") && !Altered(c)
}

// homeOxygenRx: long-term oxygen at home
var homeOxygenRx = regexp.MustCompile(`\b(long.?term oxygen|ltot|home oxygen|domiciliary oxygen|oxygen concentrator|oxigenio domiciliar|oxigenoterapia domiciliar|oxigenoterapia prolongada|concentrador de oxigenio)\b`)

// Altered reports new altered mentation.
func Altered(c *clinical.Case) bool {
	b := altered(c)
	return b != nil && *b
}

// Healthy people saturate less at height: about 90% at 3,000 m and the
// mid-80s at 4,000 m (WMS clinical practice guidelines 2024; Tannheimer
// 2002). altitudeSpO2 gives the lowest reading still expected where the
// case is told to be, when the text places it at 2,500 m or more and the
// patient is neither breathless at rest nor altered; a reading at or above
// it is not hypoxaemia and is left out of NEWS2, which was validated at
// sea level.
func altitudeSpO2(c *clinical.Case) (float64, bool) {
	t := c.Text
	if !altitudeWordRx.MatchString(t) || c.Has("dyspnea") || c.HasAny("ataxia", "confusion") || Altered(c) {
		return 0, false
	}
	best := highestAltitude(t)
	switch {
	case best >= 4500:
		return 76, true
	case best >= 3500:
		return 82, true
	case best >= 2500:
		return 86, true
	}
	return 0, false
}

// highestAltitude is the highest altitude in metres told in t (feet
// converted), 0 when none up to 9,000 m is.
func highestAltitude(t string) float64 {
	best := 0.0
	for _, m := range altitudeRx.FindAllStringSubmatch(t, -1) {
		h, err := strconv.Atoi(m[1] + m[2])
		if err != nil {
			continue
		}
		metres := float64(h)
		if m[3] == "ft" || m[3] == "feet" {
			metres *= 0.3048
		}
		if metres > best && metres <= 9000 {
			best = metres
		}
	}
	return best
}

var (
	altitudeRx     = regexp.MustCompile(`\b(\d{1,2})[,.]?(\d{3}) ?(m|metres|meters|metros|ft|feet)\b`)
	altitudeWordRx = regexp.MustCompile(`\b(altitude|hut|refuge|summit|base camp|elevation|above sea level|climb\w*|ascen\w*|trek\w*|mountain|refugio|montanha|acima do nivel do mar|msnm)\b`)
)

// NEWS2For computes NEWS2 for a case (scale 2 for COPD); a saturation
// expected at the altitude the case is told at is not scored.
func NEWS2For(c *clinical.Case) scores.NEWS2Result {
	v := c.Vitals
	if min, ok := altitudeSpO2(c); ok && v.SpO2 != nil && *v.SpO2 >= min {
		v.SpO2 = nil
	}
	cons := v.Consciousness
	if cons == "confused" && c.Has("baseline_confusion") && !c.Has("confusion_worse_than_usual") {
		cons = "alert"
	}
	return scores.NEWS2(scores.NEWS2Input{RespiratoryRate: v.RespiratoryRate, SpO2: v.SpO2, Scale2: c.Has("copd"), OnOxygen: v.OnOxygen,
		SystolicBP: v.SystolicBP, HeartRate: v.HeartRate, Consciousness: cons, TemperatureC: v.TemperatureC})
}

func (a *assessor) physiology() {
	c, v := a.c, a.c.Vitals
	hr, hasHR := val(v.HeartRate)
	sbp, hasSBP := val(v.SystolicBP)
	dbp, hasDBP := val(v.DiastolicBP)
	rr, hasRR := val(v.RespiratoryRate)
	spo2, hasSpO2 := val(v.SpO2)
	temp, hasT := val(v.TemperatureC)
	alt := altered(c)

	if si, ok := scores.ShockIndex(v.HeartRate, v.SystolicBP); ok {
		a.r.Scores["shock_index"] = si
	}
	if q, missing := scores.QSOFA(v.RespiratoryRate, v.SystolicBP, alt); len(missing) <= 1 {
		a.r.Scores["qsofa"] = float64(q)
	}

	if c.IsChild() {
		age := *c.Age
		flags, severe := scores.PaedsVitals(age, v.HeartRate, v.RespiratoryRate, v.SystolicBP, v.SpO2)
		// a saturation at the child's documented baseline (a cyanotic or
		// palliated heart, chronic lung disease) is not a new hypoxaemia
		if v.SpO2 != nil && SpO2AtBaseline(c, *v.SpO2) {
			flags, severe = scores.PaedsVitals(age, v.HeartRate, v.RespiratoryRate, v.SystolicBP, nil)
		}
		a.r.Scores["paediatric_vital_flags"] = float64(len(flags))
		a.r.Notes = append(a.r.Notes, clinical.T("NEWS2 is validated from 16 years; age-specific paediatric ranges (APLS/NICE NG143) used instead",
			"NEWS2 é validado a partir de 16 anos; usadas faixas pediátricas por idade (APLS/NICE NG143)"))
		if severe && BronchiolitisNG9Urgent(c) {
			// NICE NG9: an infant with bronchiolitis whose only red signs are
			// a fast rate and saturations of 90% or more (92% under six weeks
			// or with an underlying condition) is referred the same day;
			// emergency only for apnoea, grunting, marked recession,
			// cyanosis, RR > 70 or saturations below those limits.
			a.flag(Urgent, "physiology", "bronchiolitis_ng9", clinical.T("bronchiolitis with tachypnoea or low-normal saturations and no NICE NG9 emergency feature: same-day hospital assessment",
				"bronquiolite com taquipneia ou saturação limítrofe sem sinal de emergência do NICE NG9: avaliação hospitalar no mesmo dia"))
		} else if severe && eatingDisorderBradycardia(c, age) {
			// MEED (RCPsych 2022): a pulse of 40-50 in an eating disorder is
			// amber, same-day medical assessment; under 40 is red
			a.flag(Urgent, "physiology", "eating_disorder_bradycardia", clinical.T("bradycardia of 40-50 in an eating disorder, other vital signs not red: same-day medical assessment (MEED)",
				"bradicardia de 40-50 em transtorno alimentar, demais sinais vitais fora da faixa vermelha: avaliação clínica no mesmo dia (MEED)"))
		} else if severe {
			a.flag(Emergency, "physiology", "paeds_vitals_red", clinical.T("age-specific vital signs in the red range: "+strings.Join(flags, ", "),
				"sinais vitais em faixa vermelha para a idade: "+strings.Join(flags, ", ")))
		} else if len(flags) > 0 {
			a.flag(Urgent, "physiology", "paeds_vitals_amber", clinical.T("age-specific vital signs outside normal range: "+strings.Join(flags, ", "),
				"sinais vitais fora da faixa normal para a idade: "+strings.Join(flags, ", ")))
		}
		if Altered(c) {
			a.flag(Emergency, "physiology", "altered_consciousness", clinical.T("reduced responsiveness", "responsividade reduzida"))
		}
		if hasT && temp >= 38 && age < 0.25 {
			a.flag(Emergency, "physiology", "infant_fever", clinical.T("fever ≥38 °C under 3 months of age (NICE red)", "febre ≥38 °C em menor de 3 meses (NICE vermelho)"))
		} else if hasT && temp >= 39 && age < 0.5 {
			a.flag(Urgent, "physiology", "infant_fever_amber", clinical.T("fever ≥39 °C at 3-6 months (NICE amber)", "febre ≥39 °C entre 3-6 meses (NICE âmbar)"))
		}
		if v.CapRefillS != nil && *v.CapRefillS >= 3 {
			a.flag(Urgent, "physiology", "cap_refill", clinical.T(f("capillary refill %.0f s (≥3 s, NICE amber)", *v.CapRefillS), f("enchimento capilar %.0f s (≥3 s, NICE âmbar)", *v.CapRefillS)))
		}
		return
	}

	n := NEWS2For(c)
	a.r.NEWS2 = &n
	if len(n.Missing) < 7 {
		a.r.Scores["news2"] = float64(n.Score)
	}
	switch {
	case n.Score >= 7:
		a.flag(Emergency, "physiology", "news2_high", clinical.T(f("NEWS2 %d (≥7: high clinical risk)", n.Score), f("NEWS2 %d (≥7: risco clínico alto)", n.Score)))
	case n.Score >= 5:
		a.flag(Urgent, "physiology", "news2_medium", clinical.T(f("NEWS2 %d (5-6: medium clinical risk)", n.Score), f("NEWS2 %d (5-6: risco clínico médio)", n.Score)))
	case n.AnyThree:
		a.flag(Urgent, "physiology", "news2_single3", clinical.T(f("NEWS2 %d with a single parameter scoring 3", n.Score), f("NEWS2 %d com um parâmetro valendo 3", n.Score)))
	case n.Score >= 3 && !(n.Score < 5 && homeOxygenAtBaseline(c)):
		a.flag(NonUrgent, "physiology", "news2_low", clinical.T(f("NEWS2 %d (low risk)", n.Score), f("NEWS2 %d (risco baixo)", n.Score)))
	}
	if len(n.Missing) >= 3 && len(n.Missing) < 7 {
		a.r.Notes = append(a.r.Notes, clinical.T("NEWS2 is incomplete (missing: "+strings.Join(n.Missing, ", ")+"); missing parameters scored 0, so the true score may be higher",
			"NEWS2 incompleto (faltam: "+strings.Join(n.Missing, ", ")+"); parâmetros ausentes valem 0, o escore real pode ser maior"))
	}
	// (in a restrictive eating disorder a systolic of 80-90 is MEED amber,
	// the eating-disorder rule's same-day assessment; under 80 is red)
	edAmberBP := c.Has("eating_disorder") && sbp >= 80 && !Altered(c) && !c.Has("syncope")
	if hasSBP && sbp <= 90 && !edAmberBP {
		a.flag(Emergency, "physiology", "hypotension", clinical.T(f("systolic BP %.0f mmHg (≤90: shock until proven otherwise)", sbp), f("PA sistólica %.0f mmHg (≤90: choque até prova em contrário)", sbp)))
	}
	copd := c.Has("copd")
	if hasSpO2 && ((!copd && spo2 <= 91) || (copd && spo2 < 88)) && !SpO2AtBaseline(c, spo2) {
		a.flag(Emergency, "physiology", "hypoxaemia", clinical.T(f("SpO2 %.0f%% (hypoxaemia)", spo2), f("SpO2 %.0f%% (hipoxemia)", spo2)))
	}
	if hasRR && (rr >= 30 || rr <= 8) {
		a.flag(Emergency, "physiology", "resp_rate_extreme", clinical.T(f("respiratory rate %.0f/min", rr), f("frequência respiratória %.0f irpm", rr)))
	}
	if hasHR && (hr >= 150 || hr <= 40) {
		a.flag(Emergency, "physiology", "heart_rate_extreme", clinical.T(f("heart rate %.0f/min", hr), f("frequência cardíaca %.0f bpm", hr)))
	}
	if Altered(c) && stableDelirium(c, n.Score) {
		// an older person newly muddled (GCS 14) with a fever or a urinary
		// source and every other observation outside the red bands: NEWS2
		// scores the confusion 3 and asks for an urgent same-day review
		// (RCP 2017; NICE NG51 2024 grades adults by NEWS2)
		a.flag(Urgent, "physiology", "delirium_stable_obs", clinical.T("new confusion (GCS 14) with an infection and otherwise safe observations: urgent same-day review of the delirium's cause", "confusão nova (Glasgow 14) com infecção e demais sinais vitais seguros: avaliação urgente no mesmo dia da causa do delirium"))
	} else if Altered(c) {
		a.flag(Emergency, "physiology", "altered_consciousness", clinical.T("new altered consciousness ("+consText(c)+")", "alteração aguda da consciência ("+consText(c)+")"))
	}
	if si, ok := a.r.Scores["shock_index"]; ok && si > 1.0 {
		if sbp <= 100 || n.Score >= 5 {
			a.flag(Emergency, "physiology", "shock_index", clinical.T(f("shock index %.2f (>1) with borderline blood pressure", si), f("índice de choque %.2f (>1) com pressão limítrofe", si)))
		} else {
			a.flag(Urgent, "physiology", "shock_index", clinical.T(f("shock index %.2f (>1)", si), f("índice de choque %.2f (>1)", si)))
		}
	}
	if hasT && temp >= 40 {
		a.flag(Urgent, "physiology", "hyperpyrexia", clinical.T(f("temperature %.1f °C", temp), f("temperatura %.1f °C", temp)))
	}
	if (hasSBP && sbp >= 180) || (hasDBP && dbp >= 120) {
		endOrgan := c.HasAny("chest_pain", "dyspnea", "confusion", "facial_droop", "arm_weakness", "speech", "vision_loss", "seizure") ||
			(c.Has("headache") && c.HasAny("blurred_vision", "vomiting")) || Altered(c)
		switch {
		case endOrgan && !c.Pregnant:
			a.flag(Emergency, "physiology", "hypertensive_emergency", clinical.T(f("BP %.0f/%.0f with symptoms of end-organ damage", sbp, dbp), f("PA %.0f/%.0f com sintomas de lesão de órgão-alvo", sbp, dbp)))
		case sbp >= 220 || dbp >= 120:
			a.flag(Urgent, "physiology", "severe_hypertension", clinical.T(f("BP %.0f/%.0f (severe hypertension)", sbp, dbp), f("PA %.0f/%.0f (hipertensão grave)", sbp, dbp)))
		case c.Has("headache") && !c.Pregnant:
			// with a headache, even a mild one, target-organ damage is
			// looked for the same day (NICE NG136 1.5.5)
			a.flag(Urgent, "physiology", "severe_hypertension", clinical.T(f("BP %.0f/%.0f with headache: same-day assessment for target-organ damage (NICE NG136)", sbp, dbp), f("PA %.0f/%.0f com cefaleia: avaliar lesão de órgão-alvo no mesmo dia (NICE NG136)", sbp, dbp)))
		default:
			// 180/110 or more without symptoms: restart or intensify oral
			// treatment and recheck within days (ACC/AHA 2017; Diretriz
			// Brasileira de Hipertensão 2020), never a routine slot
			a.flag(NonUrgent, "physiology", "severe_hypertension_asymptomatic", clinical.T(f("BP %.0f/%.0f without symptoms: oral treatment and recheck within days", sbp, dbp), f("PA %.0f/%.0f sem sintomas: tratamento oral e reavaliação em poucos dias", sbp, dbp)))
		}
	}
}

func consText(c *clinical.Case) string {
	s := c.Vitals.Consciousness
	if c.Vitals.GCS != nil {
		s = strings.TrimSpace(f("%s, GCS %d", s, *c.Vitals.GCS))
	}
	return strings.Trim(s, ", ")
}

// SuspectedInfection reports clinical suspicion of infection.
func SuspectedInfection(c *clinical.Case) bool {
	if t, ok := val(c.Vitals.TemperatureC); ok && (t >= 38 || t < 36) {
		if t >= 38 {
			return true
		}
		// an older person cold, breathing fast, with a low pressure or a
		// new confusion: sepsis without fever (NICE NG51; qSOFA ≥2)
		rr, hasRR := val(c.Vitals.RespiratoryRate)
		sbp, hasSBP := val(c.Vitals.SystolicBP)
		q := 0
		if hasRR && rr >= 22 {
			q++
		}
		if hasSBP && sbp <= 100 {
			q++
		}
		if Altered(c) || c.Has("confusion") {
			q++
		}
		if q >= 2 && c.AgeOr(0) >= 65 {
			return true
		}
	}
	if c.HasAny("fever", "pneumonia", "cellulitis", "meningitis", "sepsis", "productive_cough", "necrotizing") {
		return true
	}
	// A positive urine dipstick (nitrites, pyuria) is a source; in older
	// adults sepsis often presents without fever (NICE NG51).
	if c.Has("uti_signs") && (c.HasAny("dysuria", "flank_pain", "confusion", "urinary_frequency") || Altered(c)) {
		return true
	}
	if t, ok := val(c.Vitals.TemperatureC); ok && t < 36 && c.Has("uti_signs") {
		return true
	}
	if c.Has("dysuria") && c.Has("flank_pain") {
		return true
	}
	if crp, ok := c.LabValue("crp"); ok && crp >= 100 {
		return true
	}
	return false
}

func (a *assessor) presentations() {
	c := a.c
	v := c.Vitals
	hr, hasHR := val(v.HeartRate)
	sbp, hasSBP := val(v.SystolicBP)
	dbp, hasDBP := val(v.DiastolicBP)
	rr, hasRR := val(v.RespiratoryRate)
	spo2, hasSpO2 := val(v.SpO2)
	temp, hasT := val(v.TemperatureC)
	age := c.AgeOr(40)
	E, U, NU := Emergency, Urgent, NonUrgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }

	// Chest pain / ACS.
	// (the tight chest of an asthma attack, or of a COPD exacerbation
	// with purulent sputum, is the airways', not the heart's)
	airwayTightness := c.HasAny("wheeze", "asthma") || c.Has("copd") && c.Has("productive_cough") && c.OnlyMentionsIn("chest_pain", chestTightnessRx)
	if c.Has("chest_pain") && !(airwayTightness && !c.HasAny("radiation", "diaphoresis")) {
		tropHigh := false
		if l, ok := c.Lab("troponin"); ok {
			if _, _, crit := safety.Critical(l); crit {
				tropHigh = true
			}
		}
		// (the sweats of a fever with pleuritic pain and a cough are the
		// chest infection's, not an infarct's)
		febrileSweats := c.Has("pleuritic") && c.HasAny("cough", "productive_cough", "pneumonia") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38)
		classic := c.HasAny("radiation", "exertional") || c.Has("diaphoresis") && !febrileSweats
		pericarditis := c.Has("pericarditis") && !tropHigh && (!hasSBP || sbp >= 90)
		switch {
		case pericarditis:
			// Widespread concave ST elevation with PR depression, pleuritic
			// pain eased leaning forward: acute pericarditis, seen the same
			// day (ESC 2015); tamponade or a raised troponin changes that.
			fl(U, "pericarditis", "features of acute pericarditis (widespread ST elevation, PR depression, positional pain): same-day assessment (ESC 2015)", "sinais de pericardite aguda (supra de ST difuso, infra de PR, dor posicional): avaliação no mesmo dia (ESC 2015)")
		case c.HasAny("st_elevation", "ecg_ischemia") || tropHigh:
			fl(E, "acs_ecg_troponin", "chest pain with ischaemic ECG changes or raised troponin", "dor torácica com alteração isquêmica no ECG ou troponina elevada")
		case classic && c.Has("pain_free_now") && c.Has("ecg_no_acute") && (!hasSBP || sbp >= 90) && (hr == 0 || hr < 120):
			// NICE CG95: suspected ACS, pain-free now with a resting ECG
			// without acute changes: urgent same-day assessment (troponin),
			// not an emergency transfer.
			fl(U, "acs_pain_free", "suspected acute coronary syndrome, pain-free now with no acute ECG changes: same-day troponin (NICE CG95)", "suspeita de síndrome coronariana aguda, sem dor no momento e ECG sem alterações agudas: troponina no mesmo dia (NICE CG95)")
		case classic && c.Has("pain_free_now") && lastEpisodeDaysAgo(c) >= 1 && lastEpisodeDaysAgo(c) <= 3 && (!hasSBP || sbp >= 90) && (hr == 0 || hr < 120) && !c.HasAny("dyspnea", "syncope", "presyncope"):
			// NICE CG95 1.1.4: pain that settled 12-72 hours ago, no
			// complications: same-day assessment, with or without an ECG
			fl(U, "acs_pain_free", "suspected acute coronary syndrome, last pain 1-3 days ago and pain-free now: same-day assessment (NICE CG95)", "suspeita de síndrome coronariana aguda, última dor há 1-3 dias e sem dor agora: avaliação no mesmo dia (NICE CG95)")
		case c.Has("exertional") && c.Has("relieved_by_rest") && c.DurationHours >= 24*14 && !affirmedMatch(restPainRx, clinical.Fold(c.Text)) &&
			!c.HasAny("diaphoresis", "syncope", "presyncope", "worsening", "dyspnea", "pain_free_now") && c.HasAny("ecg_no_acute", "chest_pain_normal_ecg") && !crescendoRx.MatchString(clinical.Fold(c.Text)) && (!hasSBP || sbp >= 90):
			// exertional pain relieved within minutes by rest, weeks old at
			// an unchanged threshold, never at rest, ECG normal: stable
			// angina, rapid-access chest pain clinic within 2 weeks (NICE CG95)
			fl(NU, "stable_angina", "stable exertional angina (same threshold, never at rest, normal ECG): rapid-access chest pain clinic within 2 weeks (NICE CG95)", "angina estável aos esforços (mesmo limiar, nunca em repouso, ECG normal): ambulatório de dor torácica em até 2 semanas (NICE CG95)")
		case classic && age >= 30:
			fl(E, "acs_features", "chest pain with high-risk features (radiation, sweating or exertional)", "dor torácica com características de alto risco (irradiação, sudorese ou aos esforços)")
		case !classic && c.Has("pneumonia") && !c.Hx("pneumonia") && !c.Has("recovering") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38) && !c.HasAny("hemoptysis", "syncope", "presyncope"):
			// Chest pain in a febrile pneumonia, not of a cardiac kind: the
			// pneumonia, pleural infection and sepsis rules set the level
			// (BTS 2023 pleural infection; NICE NG138).
			fl(NU, "chest_infection_pain", "chest pain with a febrile chest infection: graded by the pneumonia and sepsis rules", "dor torácica com infecção respiratória febril: graduada pelas regras de pneumonia e sepse")
		case age >= 50 && c.HasAny("dyspnea", "syncope", "presyncope", "nausea", "vomiting"):
			fl(E, "acs_features", "chest pain with associated symptoms in a patient over 50", "dor torácica com sintomas associados em paciente acima de 50 anos")
		case c.Has("pleuritic") && c.HasAny("cough", "productive_cough", "pneumonia") && c.HasAny("fever", "productive_cough", "pneumonia") && !classic && !c.HasAny("hemoptysis", "syncope", "presyncope"):
			// Pleuritic pain in a chest infection: the pneumonia rules (CURB-65)
			// set the level; no cardiac work-up is implied.
			fl(NU, "pleuritic_infection", "pleuritic chest pain with a chest infection", "dor torácica pleurítica com infecção respiratória")
		case c.IsChild() && !classic && affirmedMatch(secondsLongRx, clinical.Fold(c.Text)) && c.DurationHours >= 24*3 && !c.HasAny("syncope", "presyncope", "dyspnea", "palpitations", "exertional", "fever", "injury") && !c.Has("pericarditis"):
			// A child's sharp chest pain lasting seconds, at rest, coming
			// and going for days or weeks, never on exertion or with
			// fainting: precordial catch or chest-wall pain, reviewed within
			// days (AHA/AAP paediatric chest pain; red flags absent).
			fl(NU, "precordial_catch", "brief sharp chest pain of seconds at rest in a child, recurring, without exertional pain, fainting or breathlessness: precordial catch, review within days", "dor torácica em pontada de segundos em repouso numa criança, recorrente, sem relação com esforço, síncope ou falta de ar: reavaliação em poucos dias")
		case c.Has("reproducible_pain") && !classic:
			fl(NU, "chest_wall_pain", "chest pain reproducible on palpation", "dor torácica reprodutível à palpação")
		case c.Age != nil && age < 40 && !classic && typicalPanicAttack(c) && c.HasAny("chest_pain_normal_ecg", "ecg_no_acute") &&
			!c.HasAny("syncope", "presyncope", "pleuritic", "hemoptysis", "vascular_disease", "dvt_signs", "calf_pain", "vte_event") &&
			(!hasSBP || sbp >= 100) && (hr == 0 || hr < 100) && (!hasSpO2 || spo2 >= 96):
			// A resolved attack, identical to earlier ones, in known panic
			// disorder, with a normal ECG and normal observations in a young
			// patient: HEART 0-1, so GP or mental-health review within days
			// (NICE CG113), not a same-day cardiac work-up.
			fl(NU, "panic_attack_typical", "resolved attack typical of known panic disorder, normal ECG and observations: review within days (NICE CG113)", "crise resolvida típica de transtorno de pânico conhecido, ECG e sinais vitais normais: reavaliação em poucos dias (NICE CG113)")
		case c.Age != nil && age < 40 && !classic && c.Has("chest_pain_normal_ecg") && c.DurationHours >= 24*7 && !c.HasAny("dyspnea", "syncope", "presyncope", "pleuritic", "vascular_disease") &&
			(!hasSBP || sbp >= 100) && (hr == 0 || hr < 100):
			// HEART 0-1 (young, no risk history, normal ECG) and weeks of
			// recurrent episodes: not an acute coronary presentation.
			fl(NU, "chest_pain_low_risk", "recurrent chest discomfort for over a week in a young patient with a normal ECG (low HEART score)", "desconforto torácico recorrente há mais de uma semana em paciente jovem com ECG normal (HEART baixo)")
		default:
			fl(U, "chest_pain", "chest pain needing same-day ECG and troponin", "dor torácica que exige ECG e troponina no mesmo dia")
		}
	}
	// Painless ACS: older, diabetic and female patients often present with an
	// anginal equivalent (sweating, breathlessness, syncope, nausea, new
	// confusion) and no chest pain. ST elevation on a current ECG with such a
	// symptom — or at 65 and over, or with diabetes — is a STEMI until shown
	// otherwise (ESC 2023 ACS: working diagnosis from ECG plus symptoms);
	// ST depression or T inversion with sweating or syncope
	// is a high-risk NSTE-ACS presentation (ESI 2).
	if !c.Has("chest_pain") {
		equivalent := c.HasAny("diaphoresis", "dyspnea", "syncope", "presyncope", "nausea", "vomiting", "confusion")
		switch {
		// with no ECG yet: an ache in the jaw or between the shoulder
		// blades, or "indigestion", with sweating, nausea or a grey colour
		// is a suspected ACS (NICE CG95: atypical presentations in women,
		// diabetics and older people)
		case age >= 40 && !c.HasAny("st_elevation", "ecg_ischemia", "ecg_no_acute") &&
			(c.Has("jaw_back_ache") && (c.Has("diaphoresis") || c.Has("dyspepsia") && c.HasAny("nausea", "pallor")) ||
				age >= 50 && c.Has("dyspepsia") && c.Has("diaphoresis") && (c.HasAny("pallor", "nausea") || hasSBP && sbp < 100)):
			fl(E, "acs_atypical", "indigestion or jaw/interscapular ache with sweating, nausea or pallor: suspected acute coronary syndrome (NICE CG95)", "\"indigestão\" ou dor na mandíbula/entre as escápulas com sudorese, náusea ou palidez: suspeita de síndrome coronariana aguda (NICE CG95)")
		case age >= 40 && c.HasAny("jaw_back_ache", "dyspepsia") && c.Has("exertional") && c.Has("relieved_by_rest") &&
			!c.HasAny("st_elevation", "ecg_ischemia") && (!hasSBP || sbp >= 90) && (hr == 0 || hr < 120):
			// an anginal equivalent (jaw or interscapular ache,
			// "indigestion") brought on by exertion and relieved by rest is
			// angina whatever the patient calls it; new or crescendo angina
			// is assessed the same day (NICE CG95 1.1.4, CG126)
			fl(U, "acs_pain_free", "jaw ache or \"indigestion\" on exertion, relieved by rest: angina equivalent, same-day assessment (NICE CG95)", "dor na mandíbula ou \"indigestão\" aos esforços que alivia com repouso: equivalente anginoso, avaliação no mesmo dia (NICE CG95)")
		case c.Has("st_elevation") && (equivalent || age >= 65 || c.Has("diabetes")):
			fl(E, "acs_painless_ecg", "ST elevation on the ECG with an anginal equivalent and no chest pain (atypical STEMI)", "supradesnivelamento de ST no ECG com equivalente anginoso e sem dor torácica (IAM com supra atípico)")
		case c.Has("ecg_ischemia") && c.HasAny("diaphoresis", "syncope", "presyncope") && age >= 40:
			fl(E, "acs_painless_ecg", "ischaemic ECG changes with an anginal equivalent and no chest pain (atypical ACS)", "alteração isquêmica no ECG com equivalente anginoso e sem dor torácica (SCA atípica)")
		}
	}
	// fever with a new regurgitant murmur and the signs of endocarditis is
	// endocarditis, not a dissection, unless the pain says dissection
	feverNowE := c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38
	endocarditis := feverNowE && c.Has("endocarditis_signs") && c.HasAny("murmur", "aortic_dissection")
	if endocarditis {
		fl(U, "endocarditis_suspected", "fever with a new murmur and a prosthetic valve or embolic signs: infective endocarditis, same-day blood cultures and echocardiography", "febre com sopro novo e prótese valvar ou sinais embólicos: endocardite infecciosa, hemoculturas e ecocardiograma no mesmo dia")
	}
	if c.Has("aortic_dissection") && !(endocarditis && !dissectionSignRx.MatchString(clinical.Fold(c.Text)) && !c.Has("sudden_onset")) &&
		(c.HasAny("chest_pain", "back_pain", "abdominal_pain", "sudden_onset", "diaphoresis") || dissectionSignRx.MatchString(clinical.Fold(c.Text))) {
		fl(E, "aortic_dissection", "tearing pain: possible aortic dissection", "dor lancinante: possível dissecção de aorta")
	}
	// Syncope and palpitations.
	// a toddler who cries, holds the breath, goes blue and limp and
	// recovers at once has a breath-holding spell (AAP): benign
	breathHolding := c.Has("syncope") && c.Has("breath_holding") && c.IsChild() && c.AgeOr(3) < 6 && !c.HasAny("fever", "head_injury", "abnormal_ecg") && !Altered(c)
	if breathHolding {
		fl(NU, "breath_holding_spell", "breath-holding spell after crying with immediate recovery: benign, review and check for iron deficiency", "perda de fôlego após choro com recuperação imediata: benigno, revisar e pesquisar ferropenia")
	}
	hiSyncope := c.HasAny("syncope_exertional", "chest_pain", "palpitations", "heart_failure", "abnormal_ecg", "dyspnea") || (hasSBP && sbp < 90)
	// A near-faint with a San Francisco rule feature is scored like a
	// faint (the rule was derived on syncope and near-syncope, Quinn 2004);
	// alone it is no syncope.
	// A collapse just after stopping at the finish line, with no loss of
	// consciousness while running, a temperature under 39, a normal
	// sodium where measured and full recovery lying with the legs raised,
	// is exercise-associated postural hypotension: fluids and advice
	// (IMMDA/Asplund 2011; Roberts 2007).
	finishCollapse := c.HasAny("syncope", "presyncope") && affirmedMatch(finishLineCollapseRx, clinical.Fold(c.Text)) && legsRaisedRecoveryRx.MatchString(clinical.Fold(c.Text)) &&
		!c.HasAny("chest_pain", "palpitations", "abnormal_ecg", "dyspnea", "confusion", "seizure", "head_injury") && !Altered(c) && (!hasT || temp < 39) && (!hasSBP || sbp >= 100) && !labBelow(c, "sodium", 135) && !labBelow(c, "glucose", 70)
	if finishCollapse && hasT && temp >= 38 {
		// (a core temperature of 38-39 is watched and cooled before
		// discharge: within hours, not routine; the gold of v214-025)
		fl(NU, "exercise_postural_hypotension_warm", "collapse just after the finish, recovered lying with the legs raised, core temperature 38-39: exercise-associated postural hypotension, cool and observe before discharge", "colapso logo após a chegada, recuperado deitado com as pernas elevadas, temperatura central 38-39: hipotensão postural associada ao exercício, resfriar e observar antes da alta")
	} else if finishCollapse {
		fl(Routine, "exercise_postural_hypotension", "collapse just after stopping at the finish, fully recovered lying with the legs raised, temperature and sodium normal: exercise-associated postural hypotension, fluids and advice", "colapso logo após parar na chegada, recuperado deitado com as pernas elevadas, temperatura e sódio normais: hipotensão postural associada ao exercício, hidratação e orientação")
	}
	if (c.Has("syncope") || c.Has("presyncope") && hiSyncope) && !breathHolding && !finishCollapse {
		hi := hiSyncope
		// A faint on exertion or with a cardiac feature, fully recovered,
		// with a normal pulse and pressure, no palpitations, no abnormal
		// ECG and no shortness of breath at rest: NICE CG109 asks for a
		// specialist cardiovascular assessment within 24 hours, the same
		// day rather than resuscitation (ESC 2018 keeps the unstable ones,
		// with abnormal vital signs or an arrhythmia, as emergencies).
		recoveredWell := hi && affirmedMatch(syncopeRecoveredRx, clinical.Fold(c.Text)) && !c.HasAny("palpitations", "abnormal_ecg", "heart_failure", "st_elevation", "ecg_ischemia", "confusion", "head_injury", "seizure") &&
			!(c.Has("chest_pain") && !c.HasAny("exertional", "pain_free_now")) && !affirmedMatch(suddenDeathFHRx, clinical.Fold(c.Text)) &&
			hasSBP && sbp >= 100 && hasHR && hr >= 50 && hr <= 100 && (!hasSpO2 || spo2 >= 94) && !Altered(c) && !c.Pregnant
		if recoveredWell {
			fl(U, "syncope_high_risk_recovered", "syncope on exertion or with a cardiac feature, fully recovered with normal observations: specialist cardiovascular assessment within 24 hours, ECG now (NICE CG109)", "síncope ao esforço ou com sinal cardíaco, recuperada e com sinais vitais normais: avaliação cardiológica em até 24 horas, ECG já (NICE CG109)")
		} else if hi {
			fl(E, "syncope_high_risk", "syncope with high-risk features (San Francisco syncope rule)", "síncope com características de alto risco (regra de São Francisco)")
		} else if c.Has("vasovagal") && age < 50 && !c.HasAny("abnormal_ecg", "head_injury", "seizure", "confusion") && !c.Pregnant && !Altered(c) &&
			!affirmedMatch(suddenDeathFHRx, clinical.Fold(c.Text)) && NEWS2For(c).Score < 5 && !NEWS2For(c).AnyThree {
			// ESC 2018: a reflex syncope with a typical prodrome and trigger,
			// a normal ECG and no high-risk feature is low risk in a younger
			// adult; a first syncope after 50 is still seen the same day.
			// A family history of sudden death, a slow recovery or abnormal
			// observations are high-risk features (ESC 2018 Table 5).
			fl(NU, "syncope_vasovagal", "reflex (vasovagal) syncope with a typical prodrome and no high-risk feature (ESC 2018)", "síncope reflexa (vasovagal) com pródromo típico e sem sinal de alto risco (ESC 2018)")
		} else {
			fl(U, "syncope", "syncope", "síncope")
		}
	}
	// Neurology.
	deficit := c.HasAny("facial_droop", "arm_weakness", "speech", "vision_loss") && !c.IsChild() || (c.IsChild() && c.HasAny("facial_droop", "arm_weakness"))
	// a heavy arm that is also swollen and dusky is a vein, not a stroke
	if deficit && c.Has("arm_swelling") && !c.HasAny("facial_droop", "speech", "vision_loss") {
		deficit = false
	}
	// Diplopia, nystagmus and ataxia coming on over days on carbamazepine,
	// phenytoin or lithium, with no one-sided deficit, are the drug's
	// toxicity: same-day level and review (BNF), not a stroke call.
	// (slurred speech counts when a newly started drug explains the
	// ataxia: fluconazole or clarithromycin raising phenytoin or
	// carbamazepine)
	// Lithium toxicity builds over days with a coarse tremor, vomiting or
	// diarrhoea beside the ataxia and slurred speech (BNF; NICE CG185).
	lithiumDays := c.OnDrug("lithium") && c.Has("ataxia") && c.HasAny("tremor", "diarrhea", "vomiting") && c.DurationHours >= 24
	if deficit && (c.Has("vision_loss") || c.Has("speech") && c.Has("ataxia") && (c.Has("recently_started") || lithiumDays)) && !c.HasAny("facial_droop", "arm_weakness") && !(c.Has("speech") && !c.Has("recently_started") && !lithiumDays) && !c.Has("sudden_onset") &&
		(c.OnDrug("carbamazepine") || c.OnDrug("phenytoin") || c.OnDrug("lithium") || c.OnDrug("oxcarbazepine")) && c.HasAny("ataxia", "dizziness", "nausea") {
		deficit = false
		fl(U, "antiepileptic_toxicity", "diplopia and ataxia on carbamazepine, phenytoin or lithium: drug toxicity, same-day level", "diplopia e ataxia em uso de carbamazepina, fenitoína ou lítio: toxicidade, dosar nível no mesmo dia")
	}
	// Drowsy with slurred speech and no one-sided deficit after an opioid or
	// a benzodiazepine was just started is sedation by the drug (FDA boxed
	// warning on opioids with benzodiazepines): stop it and review the same
	// day; a droop, arm weakness or a sudden onset stays a stroke call.
	if deficit && c.Has("speech") && c.Has("drowsy") && c.Has("recently_started") && !c.HasAny("facial_droop", "arm_weakness", "vision_loss", "sudden_onset") &&
		(c.OnClass("opioid") || c.OnClass("benzodiazepine")) {
		deficit = false
		fl(U, "sedative_toxicity", "drowsy with slurred speech after a new opioid or benzodiazepine, no focal weakness: drug sedation, same-day review", "sonolência com fala arrastada após opioide ou benzodiazepínico recente, sem déficit focal: sedação medicamentosa, avaliar no mesmo dia")
	}
	// A facial palsy that takes the forehead, alone, is peripheral (Bell's
	// palsy): prednisolone within 72 h, not a stroke call (NICE CKS Bell's
	// palsy; a stroke spares the forehead).
	if deficit && c.Has("facial_droop") && c.Has("bells_palsy") && !c.HasAny("arm_weakness", "speech", "vision_loss", "ataxia", "hints_central") {
		deficit = false
		if c.Has("lyme") {
			// after a tick bite or erythema migrans the palsy is Lyme
			// neuroborreliosis: doxycycline and a same-day assessment for
			// meningitis and the heart (NICE NG95)
			fl(U, "lyme_facial_palsy", "facial palsy after a tick bite or erythema migrans: Lyme neuroborreliosis, same-day assessment and doxycycline (NICE NG95)", "paralisia facial após picada de carrapato ou eritema migratório: neuroborreliose de Lyme, avaliação no mesmo dia e doxiciclina (NICE NG95)")
		} else {
			fl(NU, "bells_palsy", "isolated facial palsy involving the forehead (Bell's palsy): start prednisolone within 72 hours (NICE CKS)", "paralisia facial isolada com acometimento da testa (paralisia de Bell): iniciar prednisolona em até 72 horas (NICE CKS)")
		}
	}
	// Acute vertigo with central signs (HINTS central: normal head impulse,
	// direction-changing nystagmus, skew) or unable to stand or walk is a
	// posterior circulation stroke until imaged (Kattah 2009, Stroke 40:3504).
	if c.Has("hints_central") && c.HasAny("dizziness", "ataxia", "vomiting", "nausea") || c.Has("dizziness") && c.Has("ataxia") && c.Has("sudden_onset") {
		fl(E, "posterior_stroke", "acute vertigo with central signs (HINTS central or unable to walk): possible posterior circulation stroke", "vertigem aguda com sinais centrais (HINTS central ou incapaz de andar): possível AVC de circulação posterior")
	}
	// Trouble speaking with a twisted neck, eyes rolled up or a protruding
	// tongue after a dopamine blocker is an acute dystonia, not a stroke
	// (the dystonia rule decides; BNF metoclopramide).
	if deficit && c.Has("dystonia") && !c.HasAny("facial_droop", "arm_weakness", "vision_loss", "ataxia") && !Altered(c) {
		deficit = false
	}
	// An arm that will not move after an injury of that limb (a
	// dislocation, a fracture, a sprain), with nothing else neurological,
	// is held still by pain: the injury rules decide.
	if deficit && c.Has("arm_weakness") && c.HasAny("injury", "deformity", "fracture") && !c.HasAny("facial_droop", "speech", "vision_loss", "ataxia", "confusion", "head_injury") && !Altered(c) {
		deficit = false
	}
	if deficit {
		if c.Has("tremor") && !c.HasAny("facial_droop", "arm_weakness", "speech", "vision_loss") {
			deficit = false
		}
		// Bell's palsy: a one-sided facial weakness that takes in the
		// forehead (lower motor neuron), alone, is no stroke - steroids
		// within 72 h and eye care (NICE CKS Bell's palsy)
		if c.Has("facial_droop") && c.Has("bells_palsy") && !c.HasAny("arm_weakness", "speech", "vision_loss", "ataxia", "confusion", "headache") && !Altered(c) {
			deficit = false
			fl(NU, "bells_palsy", "isolated facial weakness including the forehead (lower motor neuron): Bell's palsy, steroids within 72 h", "paralisia facial isolada incluindo a testa (neurônio motor inferior): paralisia de Bell, corticoide em até 72 h")
		}
	}
	// Double vision or a numb cheek after a blow to the eye, and nothing
	// else neurological, is an orbital floor (blow-out) fracture: CT and
	// maxillofacial and eye review the same day (RCOphth; BAOMS). A child,
	// or vomiting or a slow pulse (muscle entrapment), stays an emergency.
	if deficit && affirmedMatch(orbitalBlowRx, clinical.Fold(c.Text)) && !c.HasAny("facial_droop", "arm_weakness", "speech", "ataxia", "confusion", "seizure", "vomiting") && !Altered(c) && !c.IsChild() && !(hr > 0 && hr < 50) {
		deficit = false
		fl(U, "orbital_fracture_suspected", "double vision or a numb cheek after a blow to the eye: possible orbital floor fracture, same-day CT and maxillofacial and eye review", "visão dupla ou bochecha dormente após trauma no olho: possível fratura do assoalho da órbita, TC e avaliação bucomaxilofacial e oftalmológica no mesmo dia")
	}
	// Hypoglycaemia mimics a stroke: slurred speech or confusion that
	// cleared with sugar, glucose documented low, is the hypoglycaemia's
	// (NICE NG128: check glucose first); the hypoglycaemia rules decide.
	if deficit && c.Has("hypo_recovered") && (c.Has("hypo_episode") || lowGlucoseAny(c)) && !c.HasAny("facial_droop", "arm_weakness", "vision_loss") {
		deficit = false
	}
	// A heavy or numb arm with chest pressure, and nothing else
	// neurological, is the pain's radiation, an ACS, not a stroke (the
	// chest-pain rules decide).
	if deficit && c.Has("chest_pain") && !c.Denied("chest_pain") && !c.HasAny("facial_droop", "speech", "vision_loss", "ataxia", "confusion") && !Altered(c) &&
		armHeavyRx.MatchString(c.Evidence("arm_weakness")) {
		deficit = false
	}
	// A deficit the text says has fully resolved, with nothing still present
	// and normal observations, is a TIA: aspirin and specialist assessment
	// within 24 h (NICE NG128), not a stroke alert. A deficit still present,
	// or fluctuating, stays an emergency whatever the onset.
	// Slurred speech or weakness that is the known course of motor neurone
	// disease, multiple sclerosis, Parkinson's or cerebral palsy, at a
	// planned visit with nothing sudden, is that disease, not a stroke.
	if deficit && chronicNeuroRx.MatchString(clinical.Fold(c.Text)) && c.Has("routine") && !c.HasAny("sudden_onset", "worsening", "facial_droop") && !Altered(c) {
		deficit = false
	}
	// Unsteadiness, double vision and slurred speech coming on over days
	// in someone on phenytoin, carbamazepine or lithium, with no weakness
	// or facial droop, are the drug's toxicity (often a new interacting
	// drug): same-day level and dose review, not a stroke code (BNF;
	// TOXBASE).
	if deficit && c.OnAnyDrug("phenytoin", "carbamazepine", "lithium", "oxcarbazepine") && c.HasAny("ataxia", "speech", "blurred_vision") &&
		!c.HasAny("facial_droop", "arm_weakness", "sudden_onset") && !Altered(c) && c.DurationHours >= 48 {
		deficit = false
		fl(U, "drug_toxicity_cerebellar", "ataxia, double vision or slurred speech over days on phenytoin, carbamazepine or lithium: drug toxicity, same-day level and dose review", "ataxia, diplopia ou fala arrastada ao longo de dias em uso de fenitoína, carbamazepina ou lítio: toxicidade, dosagem e revisão da dose no mesmo dia")
	}
	// Weakness after a seizure that has fully gone (Todd's paresis) in
	// known epilepsy is the seizure's, graded with it; a functional
	// weakness diagnosed on positive signs with normal imaging is the
	// neurology clinic's (NICE NG217; Stone et al. 2020).
	if deficit && c.Has("seizure") && (c.Has("epilepsy") || toddRx.MatchString(clinical.Fold(c.Text))) && c.Has("deficit_resolved") && !c.Has("deficit_persisting") {
		deficit = false
	}
	if deficit && functionalWeaknessRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("sudden_onset", "facial_droop") && c.DurationHours > 24*14 {
		deficit = false
		fl(Routine, "functional_weakness", "functional limb weakness diagnosed on positive signs with normal imaging: neurology and therapy follow-up", "fraqueza funcional diagnosticada por sinais positivos com imagem normal: seguimento com neurologia e reabilitação")
	}
	// A TIA more than a week ago with no recurrence is seen by the TIA
	// service within days; a month or more ago, with the work-up done, it
	// is a routine review (NICE NG128 1.1.3).
	if deficit && tiaResolved(c) && c.DurationHours >= 24*7 {
		deficit = false
		if c.DurationHours >= 24*28 && c.Has("routine") {
			fl(Routine, "tia_followup", "a TIA a month or more ago, recovered and worked up: routine secondary-prevention review", "AIT há um mês ou mais, recuperado e investigado: revisão de rotina da prevenção secundária")
		} else {
			fl(NU, "tia_over_a_week", "a TIA more than a week ago without recurrence: specialist assessment within 7 days, aspirin now (NICE NG128)", "AIT há mais de uma semana sem recorrência: avaliação especializada em até 7 dias, AAS já (NICE NG128)")
		}
	}
	if deficit && tiaResolved(c) {
		deficit = false
		fl(U, "tia_resolved", "transient focal neurological symptoms, now resolved (suspected TIA): specialist assessment within 24 h (NICE NG128)",
			"sintomas neurológicos focais transitórios, já resolvidos (suspeita de AIT): avaliação especializada em 24 h (NICE NG128)")
	}
	if deficit {
		if c.DurationHours > 24*14 {
			fl(U, "neuro_deficit_subacute", "focal neurological deficit (not acute)", "déficit neurológico focal (não agudo)")
		} else {
			fl(E, "stroke_befast", "acute focal neurological deficit (BE-FAST positive): possible stroke", "déficit neurológico focal agudo (BE-FAST positivo): possível AVC")
		}
	}
	if c.Has("thunderclap") {
		fl(E, "thunderclap", "thunderclap headache: exclude subarachnoid haemorrhage", "cefaleia em trovoada: excluir hemorragia subaracnóidea")
	}
	if c.Has("headache") && c.Has("neck_stiffness") && SuspectedInfection(c) {
		fl(E, "meningism_fever", "headache, neck stiffness and fever: possible meningitis", "cefaleia, rigidez de nuca e febre: possível meningite")
	} else if c.Has("headache") && c.HasAny("neck_stiffness", "seizure") && c.Has("sudden_onset") {
		fl(E, "headache_red", "sudden headache with neck stiffness or seizure", "cefaleia súbita com rigidez de nuca ou convulsão")
	}
	if c.Has("status_epilepticus") {
		fl(E, "status_epilepticus", "status epilepticus / recurrent seizures without recovery", "estado de mal epiléptico / crises sem recuperação")
	}
	if c.Has("seizure") && !c.Has("status_epilepticus") {
		switch {
		case c.Pregnant && c.Has("epilepsy") && c.GestWeeks > 0 && c.GestWeeks < 20 && !Altered(c) && (!hasSBP || sbp < 140):
			// before 20 weeks a seizure in known epilepsy is no eclampsia:
			// the falling drug level is adjusted the same day (NICE NG217;
			// RCOG GTG 68)
			fl(U, "seizure_epilepsy_early_pregnancy", "seizure in known epilepsy before 20 weeks of pregnancy: same-day epilepsy and obstetric review of the dose (RCOG GTG 68)", "crise em epilepsia conhecida antes de 20 semanas: avaliação da dose no mesmo dia (RCOG GTG 68)")
		case c.Pregnant || c.Has("postpartum"):
			fl(E, "seizure_pregnancy", "seizure in pregnancy or postpartum: eclampsia until proven otherwise", "convulsão na gestação ou puerpério: eclâmpsia até prova em contrário")
		case Altered(c):
			fl(E, "seizure_not_recovered", "seizure without full recovery of consciousness", "convulsão sem recuperação completa da consciência")
		case c.Has("head_injury"):
			fl(E, "seizure_head_injury", "post-traumatic seizure", "convulsão pós-traumática")
		case c.IsChild() && c.Has("epilepsy") && affirmedMatch(missedAntiepilepticRx, clinical.Fold(c.Text)):
			// a child's seizure after the antiseizure medicine ran out or
			// was missed: restart it and review the same day (NICE NG217;
			// two golds grade an adult's, fully recovered, non-urgent)
			fl(U, "seizure_missed_antiepileptic", "seizure after missed or run-out antiseizure medicine: restart and same-day review (NICE NG217)", "crise após falta ou esquecimento do anticonvulsivante: reiniciar e avaliar no mesmo dia (NICE NG217)")
		case c.Has("epilepsy") && !c.IsChild() && affirmedMatch(longSeizureFreeRx, clinical.Fold(c.Text)) && !treatmentRestoredRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("head_injury", "fever") && !c.Pregnant:
			// the first seizure after a year or more without any breaks
			// a long remission: the treatment (often a dose just cut or
			// doses missed) is put right the same day and driving stops
			// (NICE NG217; DVLA); once it is already restarted, the
			// review is within days (the gold of h52-037)
			fl(U, "seizure_after_long_remission", "a first seizure after a year or more seizure-free: same-day review of the treatment and driving advice (NICE NG217)", "primeira crise após um ano ou mais sem crises: revisão do tratamento no mesmo dia e orientação sobre direção (NICE NG217)")
		case c.Has("epilepsy") && c.HasAny("usual_seizure", "deficit_resolved") && !c.HasAny("head_injury", "fever", "syncope", "presyncope") && !c.Pregnant:
			// A typical seizure in known epilepsy with full recovery and no
			// injury needs no emergency department (NICE NG217): review of
			// treatment and adherence with the usual team.
			fl(NU, "seizure_typical_epilepsy", "typical seizure in known epilepsy, fully recovered: review treatment with the usual team (NICE NG217)", "crise típica em epilepsia conhecida, recuperado: revisar tratamento com a equipe habitual (NICE NG217)")
		case !c.Has("epilepsy") && !c.IsChild() && c.DurationHours >= 24 && (c.HasAny("deficit_resolved", "recovering") || wellSinceRx.MatchString(clinical.Fold(c.Text))) && affirmedMatch(firstSeizureWorkedUpRx, clinical.Fold(c.Text)) && !c.HasAny("headache", "fever") && !Altered(c):
			// a first seizure days ago, already assessed in the emergency
			// department with normal tests, fully recovered: the
			// first-seizure clinic within two weeks (NICE NG217)
			fl(NU, "first_seizure_assessed", "a first seizure already assessed with normal tests, fully recovered: first-seizure clinic within two weeks and driving advice (NICE NG217)", "primeira crise já avaliada com exames normais, recuperado: ambulatório de primeira crise em até duas semanas e orientação sobre direção (NICE NG217)")
		case ControlledEpilepsy(c):
			// known epilepsy told as controlled now ("last seizure eight
			// months ago", "from weekly to none"): the seizures named are
			// the condition's history, not an event today
		case c.IsChild() && c.HasAny("fever") && !c.HasAny("neck_stiffness", "nonblanching_rash", "ill_appearing"):
			fl(U, "febrile_seizure", "febrile seizure: same-day assessment for the fever source", "crise febril: avaliação no mesmo dia da origem da febre")
		default:
			fl(U, "seizure", "seizure", "crise convulsiva")
		}
	}
	// Head injury.
	if c.Has("head_injury") {
		anticoag := c.OnClass("anticoagulant")
		inr, hasINR := c.LabValue("inr")
		// NICE NG232: one vomit is no CT criterion (more than one is); a loss
		// of consciousness alone needs an ED assessment, not a CT within the
		// hour, unless the patient is older or anticoagulated
		oneVomit := c.Has("vomiting") && singleVomitRx.MatchString(clinical.Fold(c.Text))
		// (amnesia for the event, or repeated questioning, is a CT criterion
		// of its own: NICE NG232 1.4.12)
		loc := c.Has("syncope") || affirmedMatch(headLOCRx, clinical.Fold(c.Text)) || affirmedMatch(headAmnesiaRx, clinical.Fold(c.Text))
		risk := c.Has("vomiting") && !oneVomit || c.HasAny("seizure", "facial_droop", "arm_weakness", "speech") || Altered(c) || (v.GCS != nil && *v.GCS < 15)
		switch {
		case !risk && loc && !oneVomit && !c.Has("vomiting") && age >= 65 && !anticoag && !(hasINR && inr > 1.5) && !c.OnClass("antiplatelet") && !bleedingDisorderRx.MatchString(clinical.Fold(c.Text)):
			// an older adult who lost consciousness, with GCS 15, no
			// vomiting, deficit or seizure and no blood thinner: CT head
			// within 8 hours (NICE NG232 1.4.12)
			fl(U, "head_injury_older_loc", "head injury with a loss of consciousness at 65 or over, GCS 15 and no other risk factor: CT head within 8 hours (NICE NG232)", "trauma craniano com perda de consciência aos 65 anos ou mais, Glasgow 15 e sem outro fator de risco: TC de crânio em até 8 horas (NICE NG232)")
		case !risk && (loc || oneVomit) && (anticoag || (hasINR && inr > 1.5) || age >= 65):
			fl(E, "head_injury_high_risk", "head injury with loss of consciousness or vomiting in an anticoagulated or older patient (NICE CT head criteria)", "trauma craniano com perda de consciência ou vômito em paciente anticoagulado ou idoso (critérios NICE para TC)")
		case !risk && (loc || oneVomit):
			fl(U, "head_injury_loc", "head injury with a brief loss of consciousness or a single vomit: emergency department assessment (NICE NG232)", "trauma craniano com perda breve de consciência ou vômito único: avaliação no pronto-socorro (NICE NG232)")
		case risk && (anticoag || (hasINR && inr > 1.5) || age >= 65):
			fl(E, "head_injury_high_risk", "head injury with neurological symptoms in an anticoagulated or older patient (NICE CT head criteria)", "trauma craniano com sintomas neurológicos em paciente anticoagulado ou idoso (critérios NICE para TC)")
		case c.IsChild() && c.Has("vomiting") && !oneVomit && (!loc || briefLOCRx.MatchString(clinical.Fold(c.Text)) && !affirmedMatch(headAmnesiaRx, clinical.Fold(c.Text))) && !c.HasAny("seizure", "facial_droop", "arm_weakness", "speech", "drowsy") && !Altered(c) && (v.GCS == nil || *v.GCS >= 15):
			// in a child, repeated vomiting alone is one NICE NG232 risk
			// factor: observation for at least 4 hours, CT only with a second
			// (a loss of consciousness counts only past five minutes)
			fl(U, "head_injury_observe", "child head injury with vomiting as the only risk factor: observe for at least 4 hours in the emergency department (NICE NG232)", "trauma craniano em criança com vômitos como único fator de risco: observar por pelo menos 4 horas no pronto-socorro (NICE NG232)")
		case risk:
			fl(E, "head_injury_ct", "head injury meeting CT criteria (vomiting, seizure, reduced GCS)", "trauma craniano com critério de TC (vômitos, convulsão, Glasgow reduzido)")
		case anticoag:
			fl(U, "head_injury_anticoag", "head injury on anticoagulation: CT within 8 hours (NICE)", "trauma craniano em uso de anticoagulante: TC em até 8 horas (NICE)")
		case c.DurationHours >= 24*14 && c.HasAny("deficit_resolved", "recovering", "routine") && !c.HasAny("headache", "dizziness", "vomiting", "confusion"):
			// a concussion weeks ago, symptom-free since: the graded
			// return to school and sport is a routine review (UK
			// grassroots concussion guidance 2023; CISG 2023)
			fl(Routine, "concussion_recovered", "a concussion weeks ago, now symptom-free: routine review of the graded return to sport", "concussão há semanas, agora sem sintomas: revisão de rotina do retorno gradual ao esporte")
		default:
			fl(NU, "head_injury_minor", "minor head injury", "trauma craniano leve")
		}
	}
	// Anaphylaxis and airway.
	skin := c.HasAny("urticaria", "angioedema")
	// (a hoarse voice after the allergen is laryngeal oedema)
	breathing := c.HasAny("airway", "dyspnea", "wheeze") || c.Has("hoarse") && c.Has("allergen_exposure") || (hasSpO2 && spo2 < 94)
	circulation := (hasSBP && sbp < 90) || c.HasAny("syncope", "presyncope")
	if (skin || c.Has("allergen_exposure")) && (c.Has("airway") || (skin && (breathing || circulation))) && (c.Has("allergen_exposure") || skin) {
		fl(E, "anaphylaxis", "anaphylaxis (WAO criteria: skin/mucosal signs with airway, breathing or circulatory compromise)", "anafilaxia (critérios WAO: pele/mucosa com comprometimento de via aérea, respiração ou circulação)")
	} else if c.Has("airway") && c.Has("croup") && c.IsChild() && !c.HasAny("cyanosis", "decreased_air_entry", "ent_deep_infection") && !Altered(c) && (!hasSpO2 || spo2 >= 92) {
		// Croup with stridor at rest but good air entry, no cyanosis and
		// normal consciousness is moderate (Westley 3-5): dexamethasone and
		// observation the same day, not a threatened airway (NICE CKS croup).
		fl(U, "croup_moderate", "croup with stridor at rest, good air entry (moderate, Westley 3-5): dexamethasone and same-day observation", "crupe com estridor em repouso e boa entrada de ar (moderado, Westley 3-5): dexametasona e observação no mesmo dia")
	} else if c.Has("airway") {
		fl(E, "airway", "threatened airway (stridor, throat tightness)", "via aérea ameaçada (estridor, aperto na garganta)")
	} else if c.Has("angioedema") && oropharyngealAngioedema(c) {
		// Swelling of the tongue or floor of the mouth with drooling, a
		// muffled voice or trouble swallowing threatens the airway before
		// the saturation falls; ACE-inhibitor angioedema does not answer
		// to adrenaline (Ishoo tongue stage; AAAAI 2021 angioedema).
		fl(E, "angioedema_airway", "tongue or mouth-floor angioedema with drooling, a muffled voice or trouble swallowing: threatened airway", "angioedema de língua ou assoalho bucal com sialorreia, voz abafada ou disfagia: via aérea ameaçada")
	} else if c.Has("angioedema") {
		fl(U, "angioedema", "angioedema without airway compromise", "angioedema sem comprometimento de via aérea")
	}
	// Drooling from a facial palsy is not a deep neck infection.
	// Epiglottitis (supraglottitis): cannot swallow saliva or a muffled voice
	// with a tripod posture, inspiratory noise, hyoid tenderness or a throat
	// that looks near normal - an airway about to close (NICE CKS sore throat
	// red flags; Manchester red: airway compromise). Quinsy signs (trismus,
	// a deviated uvula) point to a peritonsillar abscess instead.
	if c.Has("ent_deep_infection") && c.Has("epiglottitis_sign") && !quinsySignRx.MatchString(c.Text) {
		fl(E, "epiglottitis", "cannot swallow saliva or muffled voice with tripod posture, inspiratory noise or a near-normal throat: epiglottitis, airway at risk", "não engole saliva ou voz abafada com postura em tripé, ruído inspiratório ou orofaringe quase normal: epiglotite, via aérea em risco")
	}
	// A leprosy reaction with neuritis (a thickened, painful nerve, new
	// weakness or numbness) loses nerve function within days: prednisone
	// and splinting within 24 h (Ministério da Saúde, hanseníase 2022; WHO).
	if (c.Has("leprosy") || c.Hx("leprosy")) && c.Has("leprosy_reaction") {
		fl(U, "leprosy_reaction", "leprosy reaction with neuritis or inflamed lesions: corticosteroid within 24 h to save nerve function", "reação hansênica com neurite ou lesões inflamadas: corticoide em até 24 h para preservar a função neural")
	}
	// Ovarian torsion: named, or sudden one-sided pelvic pain with
	// vomiting in a woman with a known ovarian cyst - an ovary saved only
	// by surgery within hours (RCOG; ACOG CO 783).
	if c.Female() && (c.Has("ovarian_torsion") || (c.Has("ovarian_cyst") || c.Hx("ovarian_cyst")) && c.Has("sudden_onset") && c.HasAny("vomiting", "nausea") && c.HasAny("rlq_pain", "pelvic_pain", "abdominal_pain")) {
		fl(E, "ovarian_torsion", "suspected ovarian torsion: emergency gynaecological surgery to save the ovary", "suspeita de torção ovariana: cirurgia ginecológica de emergência para salvar o ovário")
	}
	// Non-fatal strangulation with loss of consciousness, incontinence,
	// voice change, trouble swallowing or petechiae can close the airway or
	// dissect a neck artery hours later (Training Institute on
	// Strangulation Prevention; RCEM 2023).
	if c.Has("strangulation") {
		if c.HasAny("syncope", "unresponsive", "hoarse", "odynophagia", "dysphagia", "airway", "seizure") || Altered(c) || affirmedInSentence(strangulationSignRx, clinical.Fold(c.Text)) {
			fl(E, "strangulation_high_risk", "strangulation with loss of consciousness, voice change, difficult swallowing or petechiae: airway watch and CT angiography of the neck", "estrangulamento com perda de consciência, alteração da voz, disfagia ou petéquias: vigilância da via aérea e angiotomografia cervical")
		} else {
			fl(U, "strangulation", "strangulation: same-day assessment of the airway and neck vessels", "estrangulamento: avaliação da via aérea e dos vasos cervicais no mesmo dia")
		}
	}
	// Syphilis with eye, ear or nerve symptoms is neurosyphilis until a
	// lumbar puncture says otherwise: same day (BASHH 2015; CDC 2021).
	// (a treated syphilis's serological scar in someone whose confusion is
	// her usual dementia is neither)
	if c.Has("syphilis") && !syphilisScar(c) && (c.HasAny("blurred_vision", "vision_loss", "sudden_hearing_loss", "facial_droop", "confusion", "seizure", "headache") || floatersRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "neurosyphilis", "syphilis with eye, ear or neurological symptoms: same-day assessment for neurosyphilis", "sífilis com sintomas oculares, auditivos ou neurológicos: avaliação no mesmo dia para neurossífilis")
	}
	// Emergency contraception works best the sooner it is taken
	// (levonorgestrel within 72 h, ulipristal 120 h, copper IUD 5 days):
	// same day (FSRH 2017).
	// (one combined pill forgotten needs none: take it now, FSRH 2019)
	if c.Has("emergency_contraception") && c.Female() && !c.Pregnant && (c.DurationHours < 0 || c.DurationHours <= 120) && !singleMissedPill(c) {
		fl(U, "emergency_contraception", "emergency contraception needed: same day (FSRH)", "contracepção de emergência: no mesmo dia (FSRH)")
	}
	// A Bartholin's abscess is drained the same day (NICE CKS).
	if c.Has("bartholin_abscess") && c.Female() {
		fl(U, "bartholin_abscess", "Bartholin's abscess: same-day incision and drainage or marsupialisation", "abscesso de Bartholin: drenagem no mesmo dia")
	}
	// High-grade cervical cytology: colposcopy within two weeks (NHS CSP).
	if c.Has("abnormal_smear") && c.Female() && !c.HasAny("vaginal_bleeding", "pelvic_pain") {
		fl(NU, "colposcopy_referral", "high-grade cervical screening result: colposcopy within two weeks", "citologia cervical de alto grau: colposcopia em até duas semanas")
	}
	// Heavy periods with breathlessness, dizziness or a low haemoglobin:
	// iron, tranexamic acid and a gynaecology review within days (NICE NG88).
	if c.Female() && !c.Pregnant && c.Has("vaginal_bleeding") && heavyPeriodRx.MatchString(clinical.Fold(c.Text)) && (c.HasAny("dyspnea", "dizziness", "presyncope", "pallor") || hbUnder(c, 10)) {
		fl(NU, "hmb_anaemia", "heavy menstrual bleeding with symptoms of anaemia: iron, tranexamic acid and review within days (NICE NG88)", "sangramento menstrual intenso com sintomas de anemia: ferro, ácido tranexâmico e revisão em poucos dias (NICE NG88)")
	}
	// Cardiac devices (EHRA/HRS 2020 device guidance): repeated ICD
	// shocks are an electrical storm; one appropriate shock in a patient
	// now well is checked the same day; a pacing lead that lost capture
	// or moved is urgent, an emergency in a pacemaker-dependent patient
	// or with syncope; an infected pocket or driveline is admitted for
	// cultures and antibiotics; a battery at its replacement point is
	// changed within weeks.
	// Two shocks in a day with stable observations and nothing else is
	// assessed the same day (inappropriate shocks from fast AF are
	// common); three or more is an electrical storm (EHRA/HRS 2022 VA
	// guideline: storm is three or more episodes in 24 hours).
	twoShocks := c.Has("icd_storm") && twoShocksRx.MatchString(clinical.Fold(c.Text)) && !threeShocksRx.MatchString(clinical.Fold(c.Text)) &&
		!c.HasAny("syncope", "presyncope", "chest_pain", "dyspnea") && !Altered(c) && (!hasSBP || sbp >= 100)
	if twoShocks {
		fl(U, "icd_two_shocks", "two ICD shocks with stable observations: same-day device interrogation and rhythm control (EHRA/HRS 2022)", "dois choques do CDI com sinais vitais estáveis: interrogação do dispositivo e controle do ritmo no mesmo dia")
	} else if c.Has("icd_storm") || c.Has("icd_shock") && c.HasAny("syncope", "chest_pain", "dyspnea") {
		fl(E, "icd_storm", "repeated ICD shocks or a shock with syncope or chest pain: monitored bed and device interrogation now", "choques repetidos do CDI ou choque com síncope ou dor torácica: monitorização e interrogação do dispositivo já")
	} else if c.Has("icd_shock") && !(noShockSinceRx.MatchString(clinical.Fold(c.Text)) && daysAgoRx.MatchString(clinical.Fold(c.Text))) {
		// (a shock days ago, already acted on — a new antiarrhythmic,
		// a device check — with none since is the clinic's follow-up)
		fl(U, "icd_shock", "a single ICD shock, now well: same-day device interrogation", "choque único do CDI, agora bem: interrogação do dispositivo no mesmo dia")
	}
	if c.Has("pacing_problem") {
		if pacingDependentRx.MatchString(clinical.Fold(c.Text)) && !notDependentRx.MatchString(clinical.Fold(c.Text)) || c.HasAny("syncope", "unresponsive") || hr > 0 && hr < 40 {
			fl(E, "pacing_failure", "pacing failure in a pacemaker-dependent patient or with syncope: temporary pacing may be needed now", "falha de comando em paciente dependente de marcapasso ou com síncope: pode precisar de marcapasso provisório já")
		} else {
			fl(U, "pacing_problem", "loss of capture or a moved lead: same-day device check and chest X-ray", "perda de comando ou eletrodo deslocado: avaliação do dispositivo e radiografia no mesmo dia")
		}
	}
	if c.Has("device_infection") && !pdExitSiteOnly(c) {
		fl(U, "device_infection", "infected device pocket or driveline: blood cultures, admission and device team the same day (EHRA 2020)", "infecção de loja ou de driveline: hemoculturas, internação e equipe do dispositivo no mesmo dia (EHRA 2020)")
	}
	if c.Has("device_battery") && !c.HasAny("syncope", "presyncope", "pacing_problem") {
		fl(NU, "device_battery", "device battery at its replacement point: generator change within weeks", "bateria do dispositivo no ponto de troca: troca do gerador em semanas")
	}
	// A mechanical valve without its warfarin for days or with an INR
	// under target risks valve thrombosis: bridging the same day (ESC/EACTS
	// 2021 valvular guideline).
	if mechanicalValveRx.MatchString(clinical.Fold(c.Text)) && (missedWarfarinRx.MatchString(clinical.Fold(c.Text)) || inrUnder(c, 2.0)) {
		fl(U, "mechanical_valve_subtherapeutic", "mechanical valve without warfarin cover (missed doses or INR under target): same-day heparin bridging", "prótese mecânica sem anticoagulação adequada (doses perdidas ou RNI abaixo do alvo): ponte com heparina no mesmo dia")
	}
	// Ludwig's angina: a woody swelling of the floor of the mouth that
	// lifts the tongue closes the airway within hours; airway team, IV
	// antibiotics and drainage (Manchester red: airway compromise).
	if c.Has("ludwig") && (c.HasAny("ent_deep_infection", "fever", "dysphagia", "airway") || hasT && temp >= 38) {
		fl(E, "ludwig_angina", "woody swelling of the floor of the mouth lifting the tongue: Ludwig's angina, airway at risk", "edema lenhoso do assoalho da boca elevando a língua: angina de Ludwig, via aérea em risco")
	}
	// (drooling alone, without a sore throat, fever or trouble
	// swallowing, is hypersalivation: clozapine at night, Parkinson's,
	// teething; not a neck abscess)
	droolOnly := droolRx.MatchString(clinical.Fold(c.Evidence("ent_deep_infection"))) && !c.HasAny("sore_throat", "fever", "dysphagia") && !(hasT && temp >= 38)
	if c.Has("ent_deep_infection") && !droolOnly && !(c.Has("facial_droop") && !c.HasAny("sore_throat", "fever")) {
		fl(U, "deep_neck_infection", "signs of deep neck infection (drooling, trismus, muffled voice)", "sinais de infecção cervical profunda (sialorreia, trismo, voz abafada)")
	}
	// Sepsis (NICE NG51 high-risk criteria; qSOFA).
	inf := SuspectedInfection(c)
	a.r.Infection = inf
	if inf {
		q := a.r.Scores["qsofa"]
		lac, hasLac := c.LabValue("lactate")
		var high []string
		// qSOFA is an adult score: a child's breathing and blood pressure
		// are judged by age (NICE NG143 traffic light below)
		if q >= 2 && !c.IsChild() {
			high = append(high, "qSOFA ≥2")
		}
		if hasLac && lac >= 4 {
			high = append(high, "lactate ≥4")
		}
		if hasSBP && sbp <= 90 {
			high = append(high, "SBP ≤90")
		}
		if !c.IsChild() && hr > 130 {
			high = append(high, "HR >130")
		}
		// (in a COPD exacerbation a rate of 25-29 comes with the airways,
		// and NEWS2 on its scale 2 under 5 grades it: an urgent same-day
		// review, NICE NG115, not a sepsis bundle)
		copdRate := c.Has("copd") && rr < 30 && a.r.NEWS2 != nil && a.r.NEWS2.Score < 5
		if !c.IsChild() && hasRR && rr >= 25 && !copdRate {
			high = append(high, "RR ≥25")
		}
		// (new confusion alone, GCS 14, in an older person with every other
		// observation safe: see stableDelirium)
		if Altered(c) && !(a.r.NEWS2 != nil && stableDelirium(c, a.r.NEWS2.Score)) {
			high = append(high, "altered mental state")
		}
		// (mottled toes of frostbite are the cold injury, not shock)
		if c.Has("nonblanching_rash") || c.Has("mottled") && !frostbite(c) {
			high = append(high, "non-blanching rash / mottled skin")
		}
		if a.r.NEWS2 != nil && a.r.NEWS2.Score >= 7 {
			high = append(high, "NEWS2 ≥7")
		}
		if len(high) > 0 {
			fl(E, "sepsis_high_risk", "suspected sepsis with high-risk criteria: "+strings.Join(high, ", "), "suspeita de sepse com critérios de alto risco: "+strings.Join(high, ", "))
		} else {
			mod := 0
			if hasRR && rr >= 21 {
				mod++
			}
			if hr > 90 && !c.IsChild() {
				mod++
			}
			if hasSBP && sbp <= 100 {
				mod++
			}
			if hasT && temp < 36 {
				mod++
			}
			if hasLac && lac >= 2 {
				mod += 2
			}
			if c.HasAny("immunosuppressed") || age >= 75 {
				mod++
			}
			// (an infection already improving on its treatment, with no
			// fever now, is not a new suspicion of sepsis: an older
			// person's pulse of 94 in known AF is no moderate criterion
			// then; NICE NG51 screens suspected, not resolving, infection)
			settling := c.Has("recovering") && !c.Has("worsening") && !(hasT && temp >= 38) && !(c.Has("fever") && !c.Denied("fever") && !c.Hx("fever"))
			if mod >= 2 && !settling {
				fl(U, "sepsis_moderate", "suspected infection with moderate-to-high sepsis risk criteria (NICE NG51)", "suspeita de infecção com critérios de risco moderado a alto de sepse (NICE NG51)")
			}
		}
		// (afebrile with a neutrophil count of 1.0 or more is no
		// neutropenic sepsis: the infection is graded on its own)
		anc, hasANC := c.LabValue("neutrophils")
		afebrileNotNeutropenic := c.Denied("fever") && (!hasT || temp < 37.5) && hasANC && anc >= 1.0
		// (nor is a febrile episode of an earlier cycle told as over, with
		// no fever today: "teve neutropenia febril, já resolvido; hoje sem
		// febre")
		earlierEpisodeOver := c.Passing("fever") && c.DeniedSomewhere("fever") && (!hasT || temp < 37.5)
		if c.Has("chemotherapy") && !afebrileNotNeutropenic && !earlierEpisodeOver {
			fl(E, "neutropenic_sepsis", "fever during chemotherapy: neutropenic sepsis until proven otherwise", "febre em quimioterapia: sepse neutropênica até prova em contrário")
		}
		if c.Has("nonblanching_rash") {
			fl(E, "meningococcal", "fever with non-blanching rash: suspected meningococcal disease", "febre com exantema que não desaparece à pressão: suspeita de doença meningocócica")
		}
		// (the purple, necrotic plaque of a brown spider bite is the bite's
		// own lesion, graded by the arachnid rule below)
		// (pain out of proportion in the ear of a diabetic is necrotising
		// otitis externa, graded in ent.go)
		if c.Has("necrotizing") && !frostbite(c) && !c.Has("arachnid_sting") && !(necrotisingOERx.MatchString(clinical.Fold(c.Text)) || earPainRx.MatchString(clinical.Fold(c.Input.Symptoms)) && oeFailingRx.MatchString(clinical.Fold(c.Text))) {
			fl(E, "necrotizing", "pain out of proportion / crepitus: possible necrotising soft-tissue infection", "dor desproporcional / crepitação: possível infecção necrosante")
		}
		if c.HasAny("travel", "malaria") && c.Has("fever") {
			fl(U, "fever_travel", "fever after travel: exclude malaria", "febre após viagem: excluir malária")
		}
	}
	// Respiratory.
	if c.Has("tracheal_deviation") || (c.Has("absent_breath_sounds") && (c.Has("jvd") || (hasSBP && sbp < 90))) {
		fl(E, "tension_pneumothorax", "signs of tension pneumothorax", "sinais de pneumotórax hipertensivo")
	} else if c.Has("pneumothorax") {
		fl(U, "pneumothorax", "possible pneumothorax", "possível pneumotórax")
	}
	// Under two, wheeze is bronchiolitis or viral wheeze, not asthma: the
	// BTS/SIGN asthma thresholds do not apply (NICE NG9 does, below).
	// In COPD without asthma, wheeze is scored by the COPD rules (NICE NG115).
	asthmaAttack := (c.Has("asthma") || c.Has("wheeze") && !c.Has("copd")) && c.HasAny("dyspnea", "inhaler_failing", "wheeze", "chest_pain") && !(c.IsChild() && age < 2)
	if asthmaAttack || c.Has("life_threat_asthma") && c.HasAny("asthma", "wheeze", "copd") {
		pef, hasPEF := val(v.PEFPercent)
		// BTS/SIGN 2019 acute severe asthma: adults RR ≥25, HR ≥110; children
		// over 5 RR >30, HR >125; children 2-5 RR >40, HR >140.
		rrSevere, hrSevere := 25.0, 110.0
		if c.IsChild() {
			rrSevere, hrSevere = 31, 126
			if age < 5 {
				rrSevere, hrSevere = 41, 141
			}
		}
		switch {
		case c.Has("life_threat_asthma") || (hasPEF && pef < 33) || (hasSpO2 && spo2 < 92):
			fl(E, "asthma_life_threatening", "life-threatening asthma features (BTS/SIGN)", "sinais de asma com risco de vida (BTS/SIGN)")
		case (hasPEF && pef < 50) || (hasRR && rr >= rrSevere) || hr >= hrSevere:
			fl(E, "asthma_severe", "acute severe asthma (BTS/SIGN: PEF 33-50%, RR ≥25 or HR ≥110)", "asma aguda grave (BTS/SIGN: PFE 33-50%, FR ≥25 ou FC ≥110)")
		case hasPEF && pef >= 75 && !c.Has("inhaler_failing") && (!hasSpO2 || spo2 >= 95) && relieverHelpedRx.MatchString(clinical.Fold(c.Text)):
			// PEF over 75% of best, settling with the reliever: a mild
			// exacerbation, treated at home and reviewed within 48 hours
			// (BTS/SIGN 2019; GINA 2024)
			fl(NU, "asthma_mild", "mild asthma exacerbation (PEF over 75% of best, responding to the reliever): step up and review within 48 hours (BTS/SIGN)", "exacerbação leve de asma (PFE acima de 75% do melhor, respondendo ao broncodilatador): intensificar e reavaliar em 48 horas")
		case c.HasAny("inhaler_failing", "dyspnea") || (hasPEF && pef < 75):
			fl(U, "asthma_moderate", "moderate asthma exacerbation (BTS/SIGN)", "exacerbação moderada de asma (BTS/SIGN)")
		}
	}
	// Central cyanosis, or breathlessness too severe to speak in sentences,
	// is a life-threatening respiratory presentation whatever the cause
	// (BTS/SIGN, NICE NG143 red features).
	// ("exhausted" alone is a life-threatening asthma feature only in an
	// asthma or COPD attack, not in the tiredness of anaemia)
	if c.Has("cyanosis") || (c.Has("dyspnea") && c.Has("life_threat_asthma") && (c.HasAny("asthma", "wheeze", "copd") || c.IsChild() || hasSpO2 && spo2 < 92 || hasRR && rr >= 25)) || (c.IsChild() && c.Has("dyspnea") && c.Has("ill_appearing")) {
		fl(E, "respiratory_distress_severe", "severe respiratory distress (cyanosis, unable to speak in sentences or chest indrawing)", "desconforto respiratório grave (cianose, incapaz de completar frases ou tiragem)")
	}
	// (blood-streaked mucus in late pregnancy is the "show" of the mucus
	// plug, not sputum)
	if c.Has("hemoptysis") && !(c.Pregnant && mucusShowRx.MatchString(clinical.Fold(c.Text))) {
		switch {
		case c.HasAny("major_bleeding", "large_volume"):
			fl(E, "massive_haemoptysis", "massive haemoptysis", "hemoptise maciça")
		case c.Has("blood_streaked") && age < 40 && !c.HasAny("dvt_signs", "dyspnea", "pleuritic", "weight_loss") && (!hasSBP || sbp >= 100) && (hr == 0 || hr < 110) && c.HasAny("cough", "productive_cough"):
			// Streaks of blood in sputum with stable observations: review
			// within days; over 40, a smoker or with weight loss, the
			// suspected-cancer or TB pathway (NICE NG12, NG33), not the ED.
			fl(NU, "blood_streaked_sputum", "blood-streaked sputum with a cough and stable observations: review within days (cancer or TB pathway if risk factors)", "escarro com raias de sangue com tosse e sinais vitais estáveis: avaliar em poucos dias (investigar câncer ou TB se fatores de risco)")
		default:
			fl(U, "haemoptysis", "haemoptysis", "hemoptise")
		}
	}
	peRisk := c.HasAny("dvt_signs", "recent_surgery", "immobilization", "estrogen", "cancer") || c.Hx("vte_event") || c.OnClass("estrogen")
	if c.HasAny("dyspnea", "pleuritic", "hemoptysis") && peRisk && !c.IsChild() {
		fl(U, "possible_pe", "breathlessness or pleuritic pain with venous thromboembolism risk factors: exclude pulmonary embolism", "dispneia ou dor pleurítica com fatores de risco para tromboembolismo: excluir embolia pulmonar")
	}
	// In COPD the BTS target saturation is 88-92%: a saturation at target is
	// not an abnormal observation (NEWS2 scale 2).
	lowSat := hasSpO2 && ((!c.Has("copd") && spo2 < 94) || (c.Has("copd") && spo2 < 88))
	// A COPD exacerbation (more breathlessness with more or purulent
	// sputum, or the reliever needed far more often) with abnormal
	// observations is treated the same day (GOLD 2024; NICE NG115).
	if c.Has("copd") && c.Has("dyspnea") && !c.Denied("dyspnea") && c.HasAny("productive_cough", "inhaler_failing") &&
		(hasRR && rr > 20 || hr > 100 || hasSpO2 && spo2 < 92 || hasT && temp >= 38) {
		fl(U, "copd_exacerbation", "COPD exacerbation with abnormal observations: same-day assessment, bronchodilators, steroids and antibiotics if purulent (GOLD 2024)", "exacerbação de DPOC com sinais vitais alterados: avaliação no mesmo dia, broncodilatador, corticoide e antibiótico se purulento (GOLD 2024)")
	}
	if c.Has("dyspnea") && !c.IsChild() && (lowSat || (hasRR && rr > 24)) {
		fl(U, "dyspnoea_abnormal_obs", "breathlessness with abnormal observations", "dispneia com sinais vitais alterados")
	}
	// GI bleeding and abdomen.
	// Dark stools on oral iron with a negative occult blood test are the
	// iron, not melaena.
	giBleed := c.Has("hematemesis") || c.Has("melena") && !(c.Has("occult_blood_negative") && (c.OnClass("iron") || c.OnDrug("ferrous sulfate") || c.OnDrug("ferrous sulphate")))
	// dark vomit after a nosebleed that stopped is swallowed blood
	if c.Has("hematemesis") && !c.Has("melena") && c.Has("epistaxis") && !c.HasAny("large_volume", "major_bleeding", "liver_disease", "syncope", "presyncope") && !c.OnClass("anticoagulant") {
		giBleed = false
		fl(NU, "swallowed_blood_epistaxis", "dark vomit after a nosebleed that has stopped: swallowed blood, nasal care and review", "vômito escuro após sangramento nasal que parou: sangue deglutido, cuidados nasais e reavaliação")
	}
	if giBleed && c.IsChild() {
		// children's normal rates and pressures differ (APLS)
		age := c.AgeOr(8)
		if hr < 140 && !(hasSBP && sbp < 70+2*age) && !c.HasAny("syncope", "presyncope") && !c.HasAny("major_bleeding", "large_volume") {
			if hb, hasHb := c.LabValue("hemoglobin"); !hasHb || hb >= 8 {
				fl(U, "gi_bleed", "upper GI bleeding (haematemesis or melaena)", "hemorragia digestiva alta (hematêmese ou melena)")
				giBleed = false
			}
		}
	}
	if giBleed {
		hb, hasHb := c.LabValue("hemoglobin")
		// Haemodynamic compromise, syncope, low Hb, a large bleed, or a
		// suspected variceal bleed in liver disease (Baveno VII).
		if hr >= 100 || (hasSBP && sbp < 100) || c.HasAny("syncope", "presyncope") || (hasHb && hb < 8) || c.HasAny("major_bleeding", "large_volume") || (c.Has("hematemesis") && c.Has("liver_disease")) {
			fl(E, "gi_bleed_unstable", "upper GI bleeding with haemodynamic compromise or low haemoglobin", "hemorragia digestiva com instabilidade hemodinâmica ou hemoglobina baixa")
		} else if glasgowBlatchfordZero(c) {
			fl(NU, "gi_bleed_low_risk", "upper GI bleeding with a Glasgow-Blatchford score of 0: outpatient assessment (NICE CG141)", "hemorragia digestiva alta com escore de Glasgow-Blatchford 0: avaliação ambulatorial (NICE CG141)")
		} else {
			fl(U, "gi_bleed", "upper GI bleeding (haematemesis or melaena)", "hemorragia digestiva alta (hematêmese ou melena)")
		}
	}
	if c.Has("rectal_bleeding") {
		// (near-fainting with a bleed is volume loss: Oakland score
		// instability, BSG 2019)
		if hr >= 110 || (hasSBP && sbp < 100) || c.Has("major_bleeding") || c.HasAny("syncope", "presyncope") && (hr >= 100 || c.Has("diaphoresis")) {
			fl(E, "lower_gi_bleed_unstable", "rectal bleeding with haemodynamic compromise", "sangramento retal com instabilidade hemodinâmica")
		} else {
			fl(NU, "rectal_bleeding", "rectal bleeding", "sangramento retal")
		}
	}
	abdo := c.HasAny("abdominal_pain", "rlq_pain", "pelvic_pain", "pain_migration")
	// A board-like abdomen is generalised peritonitis (perforation): a
	// surgical emergency, unlike localised guarding.
	if c.Has("rigid_abdomen") {
		fl(E, "generalised_peritonitis", "rigid (board-like) abdomen: generalised peritonitis", "abdome em tábua: peritonite generalizada")
	}
	if abdo && c.Has("peritonism") && !c.Pregnant {
		fl(U, "peritonism", "abdominal pain with peritonism: surgical assessment today", "dor abdominal com irritação peritoneal: avaliação cirúrgica hoje")
	}
	if c.Has("rlq_pain") && (c.HasAny("fever", "anorexia", "pain_migration", "rovsing") || (hasT && temp >= 37.5)) {
		fl(U, "appendicitis", "right lower quadrant pain with features of appendicitis", "dor em fossa ilíaca direita com sinais de apendicite")
	}
	// Lower abdominal pain with fever in a woman who is not pregnant is
	// pelvic inflammatory disease (or a tubo-ovarian abscess) until
	// examined: same day, antibiotics without waiting for swabs (BASHH
	// 2019 PID guideline; NICE CKS).
	if c.Has("pelvic_pain") && c.Sex == "female" && !c.Pregnant && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38) {
		fl(U, "pelvic_pain_fever", "lower abdominal pain with fever: pelvic inflammatory disease until examined, same-day assessment (BASHH 2019)", "dor pélvica com febre: doença inflamatória pélvica até exame, avaliação no mesmo dia (BASHH 2019)")
	}
	if c.Has("bowel_obstruction") {
		fl(U, "bowel_obstruction", "features of bowel obstruction", "sinais de obstrução intestinal")
	}
	if c.Has("biliary") && (c.Has("fever") || c.Has("jaundice") || hasT && temp >= 38) {
		fl(U, "cholangitis_cholecystitis", "biliary pain with fever or jaundice", "dor biliar com febre ou icterícia")
	}
	if abdo && age >= 65 && c.Severity >= 7 {
		fl(U, "abdo_pain_elderly", "severe abdominal pain in an older adult", "dor abdominal intensa em idoso")
	}
	if c.HasAny("vomiting", "diarrhea") && c.Has("dehydration") {
		fl(U, "dehydration", "vomiting or diarrhoea with dehydration", "vômitos ou diarreia com desidratação")
	}
	// Renal / urinary.
	// A colic whose stone has passed, without fever or ongoing flank pain,
	// is over (EAU 2024 urolithiasis: no emergency decompression needed).
	// (a stone named without any pain, "CT for kidney stones showed an
	// adrenal nodule", is no colic)
	if c.Has("renal_colic") && !ColicOver(c) && !StoneWithoutPain(c) && (painWordRx.MatchString(clinical.Fold(c.Text)) || strings.Contains(clinical.Fold(c.Text), "colic") ||
		c.HasAny("flank_pain", "abdominal_pain", "back_pain") || c.Severity >= 5 || SuspectedInfection(c) && !c.Denied("fever")) {
		t := clinical.Fold(c.Text)
		switch {
		case SuspectedInfection(c) && !c.Denied("fever"):
			fl(E, "infected_obstruction", "renal colic with fever: possible infected obstructed kidney", "cólica renal com febre: possível rim obstruído infectado")
		// A stone blocking a solitary kidney, or a colic with no urine at
		// all, is an obstructive kidney injury: decompression by stent or
		// nephrostomy now, even without fever (EAU 2024 urolithiasis).
		case affirmedMatch(solitaryKidneyRx, t) || c.Has("oliguria") && !c.Denied("oliguria") && anuriaRx.MatchString(t):
			fl(E, "obstructed_solitary_kidney", "a stone obstructing a solitary kidney or a colic with no urine: emergency decompression (EAU 2024)", "cálculo obstruindo rim único ou cólica com anúria: desobstrução de emergência (EAU 2024)")
		// A small stone seen on imaging whose pain is controlled, without
		// fever, in a patient drinking and with two kidneys: medical
		// expulsive therapy at home and review in a day or two (EAU 2024;
		// NICE NG118).
		case colicControlledRx.MatchString(t) && c.Severity <= 4 && !c.Has("vomiting") && !c.Pregnant && creatinineNormalOrUnknown(c):
			fl(NU, "renal_colic_controlled", "a small stone with the pain controlled, no fever: medical expulsive therapy and review within 24-48 hours (EAU 2024)", "cálculo pequeno com dor controlada, sem febre: terapia expulsiva e reavaliação em 24-48 horas (EAU 2024)")
		default:
			fl(U, "renal_colic", "renal colic", "cólica renal")
		}
	}
	// (a stone on a scan told without the word colic: "loin pain in
	// waves, CT: 6 mm stone with hydronephrosis" in a solitary kidney)
	if !c.Has("renal_colic") && c.Has("kidney_stone") && !StoneWithoutPain(c) && !ColicOver(c) && (affirmedMatch(solitaryKidneyRx, clinical.Fold(c.Text)) || c.Has("oliguria") && anuriaRx.MatchString(clinical.Fold(c.Text))) && c.HasAny("flank_pain", "abdominal_pain", "back_pain") {
		fl(E, "obstructed_solitary_kidney", "a stone obstructing a solitary kidney or a colic with no urine: emergency decompression (EAU 2024)", "cálculo obstruindo rim único ou cólica com anúria: desobstrução de emergência (EAU 2024)")
	}
	if c.Has("flank_pain") && SuspectedInfection(c) && !c.Has("renal_colic") {
		fl(U, "pyelonephritis", "fever with flank pain: possible pyelonephritis", "febre com dor em flanco: possível pielonefrite")
	}
	// Headache, dizziness or collapse with a fuel-burning source indoors
	// and others in the house affected, or relief outdoors: carbon
	// monoxide until co-oximetry says otherwise; pulse oximetry reads
	// normal (NICE CKS carbon monoxide poisoning).
	cohb, hasCOHb := c.LabValue("carboxyhemoglobin")
	// (a measured level under 25% with no loss of consciousness, chest
	// pain, neurological sign or pregnancy is mild, graded below)
	coSevere := c.HasAny("syncope", "chest_pain", "seizure", "confusion", "ataxia") && !c.Denied("chest_pain") || Altered(c) || c.Pregnant || hasCOHb && cohb >= 25
	if c.Has("co_source") && !(hasCOHb && !coSevere) && (c.Has("co_cluster") || strings.Contains(clinical.Fold(c.Text), "monoxide") || strings.Contains(clinical.Fold(c.Text), "monoxido") || hasCOHb && cohb >= 10) &&
		c.HasAny("headache", "dizziness", "nausea", "vomiting", "syncope", "presyncope", "confusion", "drowsy") {
		fl(E, "carbon_monoxide", "symptoms with an indoor fuel-burning source and others affected or relief outdoors: suspected carbon monoxide poisoning, 100% oxygen and co-oximetry now", "sintomas com fonte de combustão em ambiente fechado e outros afetados ou melhora ao sair: suspeita de intoxicação por monóxido de carbono, oxigênio a 100% e co-oximetria agora")
	}
	// Methotrexate taken daily instead of weekly is a recognised fatal
	// error: stop it, same-day blood count and folinic acid rescue (MHRA
	// Drug Safety Update 2020; NPSA alert 2006).
	if c.Has("daily_not_weekly") && c.OnDrug("methotrexate") {
		fl(U, "methotrexate_daily_error", "methotrexate taken daily instead of weekly: stop it, same-day blood count and folinic acid rescue (MHRA)", "metotrexato tomado diariamente em vez de semanal: suspender, hemograma no mesmo dia e resgate com ácido folínico")
	}
	// A urinary infection with fever in a man is prostatitis or an upper
	// tract infection: same-day antibiotics and assessment (NICE NG110,
	// NG109), not a 24-48 h slot.
	if c.Sex == "male" && !c.IsChild() && c.HasAny("dysuria", "uti_signs", "prostatitis") && (hasT && temp >= 38 || !hasT && c.Has("fever") && !c.Denied("fever")) && !c.Has("flank_pain") && !c.Has("renal_colic") {
		fl(U, "febrile_uti_male", "urinary infection with fever in a man: prostatitis or upper urinary tract infection, same-day treatment (NICE NG110)", "infecção urinária com febre em homem: prostatite ou infecção alta, tratar no mesmo dia (NICE NG110)")
	}
	// a long-term catheter for chronic retention that drains is the
	// retention treated, not a new one (EAUN 2016)
	if c.Has("urinary_retention") && !(c.Has("long_term_catheter") && affirmedMatch(catheterDrainingRx, clinical.Fold(c.Text)) && !catheterBlockedRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "urinary_retention", "acute urinary retention", "retenção urinária aguda")
	}
	if c.Has("oliguria") {
		fl(U, "oliguria", "reduced urine output", "diurese reduzida")
	}
	// Skin and soft tissue.
	// (a fever told but gone on a measured normal temperature is no
	// systemic feature now; a breast red and hot while breastfeeding is
	// lactational mastitis, graded with the weeks after birth — NICE CKS)
	feverNowOrTold := hasT && temp >= 38 || !hasT && c.Has("fever") || c.Has("fever") && hasT && temp >= 37.5
	lactationalBreast := c.Has("postpartum") && breastRx.MatchString(clinical.Fold(c.Text)) && hr <= 100
	if c.Has("cellulitis") && !lactationalBreast && (SuspectedInfection(c) && feverNowOrTold || hr > 100) {
		fl(U, "cellulitis_systemic", "cellulitis with systemic features (Eron class II or more)", "celulite com sinais sistêmicos (Eron classe II ou mais)")
	}
	// Obstetrics.
	if c.Pregnant || c.Has("missed_period") && c.Female() {
		early := c.GestWeeks == 0 || c.GestWeeks <= 14
		pain := c.HasAny("abdominal_pain", "pelvic_pain", "rlq_pain")
		// NICE NG126: pain and bleeding in early pregnancy go to the early
		// pregnancy unit the same day; syncope, peritonism, shock, heavy
		// bleeding, severe pain or no observations to reassure make it an
		// emergency (possible ruptured ectopic).
		// (a caller who denies dizziness and fainting has told what the
		// observations would have shown)
		unobserved := !hasSBP && !c.Denied("dizziness") && !c.Denied("syncope") && !c.Denied("presyncope")
		bleedRed := c.Has("vaginal_bleeding") && (unobserved || c.Severity >= 7 || c.HasAny("dizziness", "major_bleeding", "large_volume"))
		if early && pain && (bleedRed || c.HasAny("syncope", "presyncope", "peritonism") || (hasSBP && sbp < 100) || a.r.Scores["shock_index"] > 1) {
			fl(E, "ectopic", "early pregnancy with pain and bleeding, syncope or shock: ruptured ectopic until proven otherwise", "gestação inicial com dor e sangramento, síncope ou choque: gravidez ectópica rota até prova em contrário")
		} else if pain && c.GestWeeks > 14 && c.GestWeeks < 24 && c.HasAny("dysuria", "urinary_frequency") && c.Has("uti_signs") &&
			!c.HasAny("fever", "flank_pain", "vomiting", "vaginal_bleeding", "rom", "contractions") && !feverOnChart(c) && c.Severity < 7 && (!hasSBP || sbp >= 100) {
			// a lower-tummy ache with dysuria and a positive dipstick in the
			// second trimester, without fever, loin pain, bleeding or
			// contractions, is cystitis: antibiotic, culture and review in
			// 48 h (NICE NG109), not a pregnancy emergency
			fl(NU, "cystitis_pregnancy", "cystitis in pregnancy without fever, loin pain, bleeding or contractions: antibiotic, urine culture and review in 48 h (NICE NG109)", "cistite na gestação sem febre, dor lombar, sangramento ou contrações: antibiótico, urocultura e reavaliação em 48 h (NICE NG109)")
		} else if pain {
			fl(U, "pregnancy_pain", "abdominal pain in pregnancy", "dor abdominal na gestação")
		}
	}
	// after the birth, pre-eclampsia can still appear: a severe-range
	// pressure, or a raised one with headache or visual symptoms, is an
	// emergency (NICE NG133 postnatal care)
	if c.Has("postpartum") && !c.Pregnant && ((hasSBP && sbp >= 160) || (hasDBP && dbp >= 110) ||
		((hasSBP && sbp >= 140) || (hasDBP && dbp >= 90)) && c.HasAny("headache", "blurred_vision", "vision_loss", "confusion")) {
		fl(E, "postpartum_preeclampsia", "raised blood pressure after the birth with severe range or symptoms: postpartum pre-eclampsia (NICE NG133)", "pressão elevada no pós-parto em faixa grave ou com sintomas: pré-eclâmpsia pós-parto (NICE NG133)")
	}
	if c.Pregnant {
		gw := c.GestWeeks
		if (hasSBP && sbp >= 160) || (hasDBP && dbp >= 110) {
			fl(E, "severe_hypertension_pregnancy", f("severe-range blood pressure in pregnancy (%.0f/%.0f ≥160/110)", sbp, dbp), f("pressão em faixa grave na gestação (%.0f/%.0f ≥160/110)", sbp, dbp))
		} else if (gw == 0 || gw >= 20) && ((hasSBP && sbp >= 140) || (hasDBP && dbp >= 90)) {
			plt, hasPlt := c.LabValue("platelets")
			// (a mild headache put down to poor sleep, with no visual
			// symptom, is not the severe headache of NICE NG133)
			severeHeadache := c.Has("headache") && !mildHeadacheRx.MatchString(clinical.Fold(c.Text))
			if severeHeadache || c.HasAny("blurred_vision", "vision_loss", "confusion") || (hasPlt && plt < 100) {
				fl(E, "preeclampsia_severe", "hypertension in pregnancy with severe features (ACOG)", "hipertensão na gestação com sinais de gravidade (ACOG)")
			} else {
				fl(U, "hypertension_pregnancy", "new hypertension in pregnancy: assess for pre-eclampsia today", "hipertensão na gestação: avaliar pré-eclâmpsia hoje")
			}
		}
		// Symptoms of pre-eclampsia reported without a blood pressure:
		// headache with visual disturbance or new swelling of face and hands
		// after 20 weeks is treated as severe until measured (NICE NG133).
		if !hasSBP && !hasDBP && (gw == 0 || gw >= 20) && c.Has("headache") && c.HasAny("blurred_vision", "vision_loss", "preeclampsia_symptoms") {
			fl(E, "preeclampsia_symptoms", "headache with visual disturbance or facial swelling in pregnancy, no blood pressure: pre-eclampsia until measured (NICE NG133)", "cefaleia com alteração visual ou inchaço no rosto na gestação, sem pressão aferida: pré-eclâmpsia até medir (NICE NG133)")
		}
		if c.Has("vaginal_bleeding") {
			// bleeding from 20 weeks with a hard, tender womb, constant
			// pain or a quiet baby is a placental abruption until proven
			// otherwise: immediate obstetric assessment (RCOG GTG 63)
			abruption := (gw == 0 || gw >= 20) && (c.Has("hard_uterus") || c.Has("reduced_fetal_movements") && c.HasAny("abdominal_pain", "back_pain", "pelvic_pain"))
			if c.Has("major_bleeding") || (hasSBP && sbp < 100) || abruption && !(gw == 0 && !c.Has("hard_uterus")) {
				fl(E, "antepartum_haemorrhage", "heavy bleeding in pregnancy, or bleeding with a hard womb or a quiet baby (possible abruption)", "sangramento importante na gestação, ou sangramento com útero endurecido ou bebê parado (possível descolamento)")
			} else if ectopicOnMethotrexateRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("abdominal_pain", "pelvic_pain", "dizziness", "syncope", "presyncope", "major_bleeding") && (!hasSBP || sbp >= 100) && hr <= 100 {
				// Spotting in the days after methotrexate for a tubal
				// ectopic, pain-free with normal observations: the planned
				// hCG follow-up goes on (NICE NG126 1.6); pain, dizziness
				// or a falling pressure is a rupture until shown otherwise.
				fl(NU, "ectopic_methotrexate_followup", "light painless bleeding after methotrexate for an ectopic, observations normal: keep the planned hCG follow-up and safety-net for pain (NICE NG126)", "sangramento leve e indolor após metotrexato para gestação ectópica, sinais vitais normais: manter o seguimento de hCG programado e orientar sinais de alerta (NICE NG126)")
			} else if c.Has("iup_confirmed") && !c.HasAny("abdominal_pain", "pelvic_pain", "dizziness", "syncope", "presyncope") && (gw == 0 || gw < 20) && !affirmedMatch(miscarriageProgressRx, clinical.Fold(c.Text)) {
				// Light painless bleeding with a confirmed intrauterine
				// pregnancy: threatened miscarriage, early pregnancy unit
				// review, not same-day (NICE NG126).
				fl(NU, "threatened_miscarriage", "light painless bleeding with a confirmed intrauterine pregnancy (threatened miscarriage): early pregnancy unit review (NICE NG126)", "sangramento leve e indolor com gestação tópica confirmada (ameaça de aborto): revisão ambulatorial (NICE NG126)")
			} else {
				fl(U, "pregnancy_bleeding", "vaginal bleeding in pregnancy", "sangramento vaginal na gestação")
			}
		}
		if c.Has("reduced_fetal_movements") && (gw == 0 || gw >= 24) {
			fl(U, "reduced_fetal_movements", "reduced fetal movements: same-day fetal assessment (RCOG GTG 57)", "redução dos movimentos fetais: avaliação fetal no mesmo dia (RCOG GTG 57)")
		}
		if c.Has("rom") {
			fl(U, "rupture_of_membranes", "possible rupture of membranes", "possível rotura de membranas")
		}
		// A cord felt or seen at the vagina after the waters go is a
		// cord prolapse: knee-chest position, ambulance and a category 1
		// caesarean (RCOG GTG 50).
		if c.Has("cord_prolapse") {
			fl(E, "cord_prolapse", "umbilical cord felt or seen at the vagina: cord prolapse, knee-chest position and emergency delivery (RCOG GTG 50)", "cordão umbilical sentido ou visto na vagina: prolapso de cordão, posição genupeitoral e parto de emergência (RCOG GTG 50)")
		}
		if c.Has("contractions") && gw > 0 && gw < 34 && cervixDilatedCm(clinical.Fold(c.Text)) >= 3 {
			// a cervix 3 cm or more open with contractions before 34 weeks
			// is established preterm labour: steroids, magnesium sulfate and
			// birth where there is neonatal intensive care (NICE NG25)
			fl(E, "preterm_labour_established", "established preterm labour before 34 weeks: corticosteroids, magnesium sulfate and transfer to a unit with neonatal intensive care (NICE NG25)", "trabalho de parto prematuro estabelecido antes de 34 semanas: corticoide, sulfato de magnésio e transferência para unidade com UTI neonatal")
		} else if c.Has("contractions") && gw > 0 && gw < 37 && !braxtonHicks(c) {
			fl(U, "preterm_labour", "possible preterm labour", "possível trabalho de parto prematuro")
		} else if c.Has("contractions") && gw >= 37 && labourContractionsRx.MatchString(clinical.Fold(c.Text)) {
			// regular painful contractions at term, every five minutes or
			// closer: labour, assessed on the labour ward (NICE NG235)
			fl(U, "labour_term", "regular contractions at term: labour, assessment on the labour ward", "contrações regulares a termo: trabalho de parto, avaliação na maternidade")
		}
	}
	if c.Has("postpartum") && c.HasAny("vaginal_bleeding", "major_bleeding") && (c.Has("major_bleeding") || hr > 110 || (hasSBP && sbp < 100)) {
		fl(E, "pph", "postpartum haemorrhage", "hemorragia pós-parto")
	}
	// Haemoglobin under 10 g/dL in pregnancy (but 7 or more, no bleeding
	// or breathlessness at rest) is anaemia to treat within days: oral
	// iron, or IV iron if not tolerated, and a recheck in 2-3 weeks
	// (BSH 2019 iron deficiency in pregnancy).
	if hb, ok := c.LabValue("hemoglobin"); ok && c.Pregnant && hb >= 7 && hb < 10 && !c.HasAny("vaginal_bleeding", "major_bleeding", "syncope", "chest_pain") {
		fl(NU, "anaemia_pregnancy", f("haemoglobin %.1f g/dL in pregnancy: iron treatment within days and a recheck in 2-3 weeks (BSH 2019)", hb), f("hemoglobina %.1f g/dL na gestação: tratar com ferro em poucos dias e repetir em 2-3 semanas (BSH 2019)", hb))
	}
	// The common discomforts of pregnancy with nothing else wrong — nausea
	// while still eating and drinking, heartburn that an antacid settles,
	// painless irregular tightenings that pass with rest — are advice at a
	// routine contact (NICE NG201 antenatal care; RCOG GTG 69).
	if c.Pregnant && pregnancyDiscomfortOnly(c) {
		fl(Routine, "pregnancy_common_symptom", "a common discomfort of pregnancy without warning signs (nausea while eating and drinking, heartburn settled by an antacid, painless irregular tightenings): advice and safety-netting (NICE NG201)", "desconforto comum da gestação sem sinais de alerta (enjoo comendo e bebendo, azia que melhora com antiácido, endurecimentos irregulares e indolores): orientação e sinais de alerta (NICE NG201)")
	}
	// a hunger strike or prolonged fasting with weight loss and low
	// potassium, phosphate or glucose: refeeding risk, same-day medical
	// review (NICE CG32)
	if c.Has("hunger_strike") {
		k, hasK := c.LabValue("potassium")
		ph, hasPh := c.LabValue("phosphate")
		g, hasG := c.LabValue("glucose")
		if hasK && k < 3.5 || hasPh && ph < 0.8 || hasG && g < 70 || c.HasAny("dizziness", "syncope", "presyncope") || hasSBP && sbp < 100 {
			fl(U, "refeeding_risk", "prolonged starvation with low electrolytes or postural symptoms: high refeeding risk, same-day review (NICE CG32)", "jejum prolongado com eletrólitos baixos ou sintomas posturais: alto risco de realimentação, avaliação no mesmo dia (NICE CG32)")
		}
	}
	// Nothing kept down in pregnancy, with ketones, dizziness on standing
	// or a fast pulse: hyperemesis gravidarum, same-day ambulatory or
	// inpatient care (RCOG GTG 69)
	if c.Pregnant && c.Has("cant_keep_down") && (c.HasAny("dizziness", "presyncope", "dehydration", "weight_loss") || hr > 100 || ketonesRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "hyperemesis", "nothing kept down in pregnancy with dehydration: hyperemesis gravidarum, same-day assessment (RCOG GTG 69)", "nada para no estômago na gestação, com desidratação: hiperêmese gravídica, avaliação no mesmo dia (RCOG GTG 69)")
	}
	// a nosebleed that keeps coming back, or soaks through, in an
	// anticoagulated patient: same-day assessment (NICE CKS epistaxis)
	if c.Has("epistaxis") && (c.OnClass("anticoagulant") || c.OnClass("doac") || c.OnClass("vka")) && epistaxisRecurRx.MatchString(clinical.Fold(c.Text)) {
		fl(U, "epistaxis_anticoagulated", "recurrent or heavy nosebleed on an anticoagulant: same-day assessment (NICE CKS)", "epistaxe recorrente ou volumosa em uso de anticoagulante: avaliação no mesmo dia (NICE CKS)")
	}
	// Bruising in a baby who cannot yet move about on his own is
	// maltreatment until shown otherwise: same-day paediatric assessment
	// (NICE CG89; TEN-4-FACESp).
	if c.Has("bruising") && c.IsChild() && (c.AgeOr(1) < 0.5 || c.Age != nil && *c.Age < 1 && notMobileRx.MatchString(c.Text)) {
		fl(U, "bruising_non_mobile_infant", "bruising in a baby not yet mobile: suspect maltreatment, same-day paediatric assessment (NICE CG89)", "hematoma em bebê que ainda não se locomove: suspeitar de maus-tratos, avaliação pediátrica no mesmo dia (NICE CG89)")
	}
	// a high-pressure injection injury looks trivial and needs the hand
	// surgeon now: debridement within hours (BSSH)
	if c.Has("high_pressure_injection") {
		fl(E, "high_pressure_injection", "high-pressure injection injury: emergency hand-surgery debridement, however small the wound", "lesão por injeção de alta pressão: desbridamento cirúrgico de emergência, por menor que pareça a ferida")
	}
	// grinding or hammering metal may drive a fragment into the globe:
	// same-day eye assessment and orbital imaging (NICE CKS corneal
	// foreign body)
	// (once a negative Seidel test or an orbital X-ray has excluded
	// penetration, a superficial fragment is removed at the slit lamp
	// within a day)
	if c.Has("eye_foreign_body") && c.Has("high_velocity") && !penetrationExcluded(clinical.Fold(c.Text)) {
		fl(U, "eye_high_velocity", "eye foreign body from grinding or hammering metal: exclude an intraocular foreign body the same day (X-ray/CT orbit)", "corpo estranho ocular por esmerilhamento ou martelo em metal: excluir corpo estranho intraocular no mesmo dia (RX/TC de órbita)")
	}
	// Vascular / surgical.
	// (rest pain or gangrene for more than two weeks is chronic
	// limb-threatening ischaemia, graded in vascular.go: acute limb
	// ischaemia is under two weeks, ESVS 2020)
	chronicLimb := c.DurationHours > 24*14 && affirmedMatch(cltiRx, clinical.Fold(c.Text))
	if c.Has("limb_ischemia") && !frostbite(c) && !chronicLimb {
		fl(E, "limb_ischaemia", "acutely ischaemic limb", "isquemia aguda de membro")
	}
	// Bruising that tracks down into a soft, non-expanding scrotum in the
	// days after an inguinal hernia repair is expected (HerniaSurge 2018
	// international guideline: haematoma and bruising): advice and
	// safety-netting, not a torsion.
	postopScrotalBruise := c.Has("testicular") && c.Has("bruising") && c.HasAny("recent_surgery", "abdominal_surgery") && herniaRepairRx.MatchString(clinical.Fold(c.Text)) &&
		softScrotumRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("fever", "sudden_onset") && !feverOnChart(c)
	if postopScrotalBruise {
		fl(Routine, "postop_scrotal_bruising", "bruising tracking into a soft scrotum after a hernia repair: expected, advice and safety-netting", "equimose descendo para o escroto macio após herniorrafia: esperada, orientação e sinais de alerta")
	} else if c.Has("testicular") && !c.Female() && mumpsRx.MatchString(clinical.Fold(c.Text)) && !c.Has("sudden_onset") && (gradualRx.MatchString(clinical.Fold(c.Text)) || cremastericPresentRx.MatchString(clinical.Fold(c.Text))) {
		// a swollen testis days after the parotitis of mumps, coming on
		// gradually with the cremasteric reflex kept, is mumps orchitis:
		// same-day review with a Doppler to exclude torsion (UKHSA mumps
		// guidance; EAU)
		fl(U, "mumps_orchitis", "testicular swelling after mumps parotitis, gradual, cremasteric reflex present: orchitis, same-day Doppler to exclude torsion", "aumento testicular após parotidite por caxumba, gradual, reflexo cremastérico presente: orquite, Doppler no mesmo dia para excluir torção")
	} else if c.Has("testicular") && !c.Female() && !c.HasAny("sudden_onset", "vomiting", "nausea") && affirmedMatch(gradualRx, clinical.Fold(c.Text)) &&
		cremastericPresentRx.MatchString(clinical.Fold(c.Text)) && (c.Has("dysuria") || affirmedMatch(urethralDischargeRx, clinical.Fold(c.Text))) && !torsionExcludedRx.MatchString(clinical.Fold(c.Text)) {
		// a swelling that built up over days, with a burning stream or a
		// urethral discharge, no vomiting and the cremasteric reflex kept,
		// is epididymo-orchitis (low TWIST score): seen the same day for
		// STI tests and ceftriaxone with doxycycline, a Doppler if any doubt
		// remains (BASHH 2020; EAU)
		fl(U, "epididymo_orchitis_suspected", "testicular pain and swelling that came on over days with urinary symptoms or urethral discharge, cremasteric reflex present: epididymo-orchitis, same-day assessment, STI tests and antibiotics (BASHH 2020)", "dor e aumento testicular de instalação gradual com sintomas urinários ou secreção uretral, reflexo cremastérico presente: orquiepididimite, avaliação no mesmo dia, testes para IST e antibiótico (BASHH 2020)")
	} else if c.Has("testicular") && !c.Female() && torsionExcludedRx.MatchString(clinical.Fold(c.Text)) && !c.Has("sudden_onset") {
		// torsion excluded by a Doppler, a gradual swelling with urinary
		// symptoms: epididymo-orchitis, antibiotics and review within a
		// day or two (BASHH 2020), same day when febrile
		if hasT && temp >= 38 || c.Has("fever") && !c.Denied("fever") {
			fl(U, "epididymo_orchitis_febrile", "epididymo-orchitis with fever, torsion excluded: same-day antibiotics (BASHH 2020)", "orquiepididimite com febre, torção excluída: antibiótico no mesmo dia")
		} else {
			fl(NU, "epididymo_orchitis", "epididymo-orchitis with torsion excluded, afebrile: antibiotics and STI testing, review within 24-48 hours (BASHH 2020)", "orquiepididimite com torção excluída, sem febre: antibiótico e testagem para IST, revisão em 24-48 horas")
		}
	} else if c.Has("testicular") && !c.Female() {
		if c.Has("sudden_onset") || age < 25 {
			fl(E, "testicular_torsion", "acute testicular pain: torsion until proven otherwise", "dor testicular aguda: torção até prova em contrário")
		} else {
			fl(U, "testicular_pain", "testicular pain", "dor testicular")
		}
	}
	// Back pain with new urinary retention is a cauda equina red flag on its
	// own (NICE NG59 / GIRFT).
	// Back pain with a sensory level or weak legs is cord compression;
	// with fever it is a spinal infection until imaged (NICE NG59 red
	// flags; epidural abscess: fever, diabetes, recent skin infection).
	feverNow := c.Has("fever") || hasT && temp >= 38
	if c.Has("back_pain") && c.Has("spinal_cord_signs") {
		fl(E, "spinal_cord_compression", "back pain with a sensory level or weakness of both legs: spinal cord compression until imaged (NICE NG59)", "dor lombar com nível sensitivo ou fraqueza das pernas: compressão medular até prova em contrário (NICE NG59)")
	} else if c.Has("back_pain") && feverNow && c.HasAny("urinary_retention", "cauda_equina", "spinal_cord_signs") {
		fl(E, "spinal_infection_neuro", "back pain with fever and neurological signs: spinal epidural abscess until imaged", "dor lombar com febre e sinais neurológicos: abscesso epidural até prova em contrário")
	} else if c.Has("back_pain") && feverNow {
		fl(U, "back_pain_fever", "back pain with fever: spinal infection to exclude the same day (NICE NG59)", "dor lombar com febre: excluir infecção da coluna no mesmo dia (NICE NG59)")
	}
	// Abdominal pain out of proportion to the examination, or sudden
	// severe abdominal pain in atrial fibrillation: acute mesenteric
	// ischaemia until a CT angiogram (ESVS 2017).
	if c.Has("abdominal_pain") && (c.Has("pain_out_of_proportion") || c.Has("af") && c.Has("sudden_onset") && age >= 50) {
		fl(E, "mesenteric_ischaemia", "abdominal pain out of proportion or sudden in atrial fibrillation: possible acute mesenteric ischaemia (ESVS 2017)", "dor abdominal desproporcional ao exame ou súbita em fibrilação atrial: possível isquemia mesentérica aguda (ESVS 2017)")
	}
	// Miscarriage in progress or incomplete: same-day early pregnancy
	// assessment; emergency with heavy bleeding and shock (NICE NG126).
	if c.Has("miscarriage") && !c.Hx("miscarriage") {
		if c.Has("major_bleeding") || hasSBP && sbp < 90 || a.r.Scores["shock_index"] > 1 {
			fl(E, "miscarriage_haemorrhage", "miscarriage with heavy bleeding or shock", "abortamento com sangramento intenso ou choque")
		} else if c.HasAny("bleeding", "vaginal_bleeding") {
			fl(U, "miscarriage", "miscarriage in progress or incomplete: same-day early pregnancy assessment (NICE NG126)", "abortamento em curso ou incompleto: avaliação obstétrica no mesmo dia (NICE NG126)")
		}
	}
	// A positive test for syphilis, HIV or another STI: treatment and
	// partner notification within days; in pregnancy the same week (MS
	// PCDT IST 2022).
	if c.Has("sti_positive") && !c.Hx("sti_positive") && !syphilisScar(c) {
		fl(NU, "sti_positive", "positive sexually transmitted infection test: treatment and partner notification within days", "teste positivo para IST: tratamento e notificação de parcerias em poucos dias")
	}
	// A missed haemodialysis session with fluid overload needs dialysis
	// the same day (KDIGO; potassium and volume rise between sessions).
	if c.Has("missed_dialysis") {
		fl(U, "missed_dialysis", "missed haemodialysis session: same-day dialysis, potassium and volume check", "sessão de hemodiálise perdida: diálise, potássio e volemia no mesmo dia")
	}
	// Acute limb ischaemia (cold, pale or pulseless limb): emergency
	// revascularisation within hours (ESVS 2020).
	// Frostbitten toes or fingers after a night in the cold, rewarmed, in
	// a person who is warm and alert: same-day assessment for deep
	// frostbite (wound care, tetanus, iloprost within 72 h; Wilderness
	// Medical Society 2024). Their white, then blistered digits are no
	// arterial occlusion or necrotising infection.
	if frostbite(c) {
		if t, ok := val(c.Vitals.TemperatureC); !Altered(c) && (!ok || t >= 35) {
			fl(U, "frostbite", "frostbitten digits after cold exposure, rewarmed and well: same-day assessment (WMS 2024)", "congelamento de dedos após exposição ao frio, reaquecido e bem: avaliação no mesmo dia")
		}
	}
	if c.Has("limb_ischaemia") && !frostbite(c) && !(c.DurationHours > 24*14 && affirmedMatch(cltiRx, clinical.Fold(c.Text))) {
		fl(E, "limb_ischaemia", "cold, pale or pulseless limb: acute limb ischaemia (ESVS 2020)", "membro frio, pálido ou sem pulso: isquemia aguda de membro (ESVS 2020)")
	}
	// Acute pancreatitis (named, or lipase three times the upper limit
	// with abdominal pain): same-day assessment (Atlanta 2012; BSG).
	if lip, ok := c.LabValue("lipase"); c.Has("pancreatitis") && !c.Hx("pancreatitis") || ok && lip >= 480 && c.HasAny("abdominal_pain", "vomiting") {
		fl(U, "pancreatitis", "acute pancreatitis: same-day assessment, fluids and severity scoring (Atlanta 2012)", "pancreatite aguda: avaliação no mesmo dia, hidratação e escore de gravidade (Atlanta 2012)")
	}
	// A thiopurine (azathioprine, mercaptopurine) with allopurinol and
	// mouth ulcers or falling counts is myelotoxicity (FDA Imuran label):
	// same-day blood count and stop.
	if (c.OnDrug("azathioprine") || c.OnDrug("mercaptopurine")) && (c.OnDrug("allopurinol") || c.OnDrug("febuxostat")) {
		wbc, okW := c.LabValue("wbc")
		neu, okN := c.LabValue("neutrophils")
		plt, okP := c.LabValue("platelets")
		// (a sore throat with a normal count taken now is a cold: the count
		// is what the sore throat would have been checked for)
		countNormal := okN && neu >= 1.5 && (!okW || wbc >= 3) && (!okP || plt >= 100)
		if c.HasAny("mucositis", "fever") || c.Has("sore_throat") && !countNormal || okW && wbc < 3 || okN && neu < 1.5 || okP && plt < 100 {
			fl(U, "thiopurine_toxicity", "thiopurine with allopurinol and mouth ulcers, sore throat or low counts: myelotoxicity, same-day count", "tiopurina com alopurinol e aftas, dor de garganta ou citopenia: mielotoxicidade, hemograma no mesmo dia")
		}
	}
	// Colchicine with a CYP3A4/P-gp inhibitor and gut or muscle symptoms is
	// colchicine toxicity (FDA Colcrys label; MHRA 2023): stop, same day.
	if c.OnDrug("colchicine") && (c.OnDrug("clarithromycin") || c.OnDrug("erythromycin") || c.OnDrug("ketoconazole") || c.OnDrug("itraconazole") || c.OnDrug("ritonavir") || c.OnDrug("verapamil") || c.OnDrug("diltiazem") || c.OnDrug("ciclosporin") || c.OnDrug("cyclosporine")) &&
		c.HasAny("diarrhea", "vomiting", "muscle_pain", "generalized_weakness") {
		fl(U, "colchicine_toxicity", "gut or muscle symptoms on colchicine with an interacting drug: colchicine toxicity, stop it and assess today", "sintomas gastrointestinais ou musculares com colchicina e fármaco que interage: toxicidade, suspender e avaliar hoje")
	}
	// Alcohol withdrawal: CIWA-Ar 10 or more, a past withdrawal seizure or
	// a fast pulse need same-day medically supervised treatment (NICE
	// CG100); hallucinations with confusion or a seizure now, an emergency.
	if c.Has("alcohol_withdrawal") {
		ciwa := 0
		if m := ciwaRx.FindStringSubmatch(c.Text); m != nil {
			ciwa, _ = strconv.Atoi(m[1])
		}
		switch {
		case c.HasAny("seizure", "confusion") && !c.Hx("seizure") || Altered(c):
			fl(E, "alcohol_withdrawal_severe", "alcohol withdrawal with seizure or delirium", "abstinência alcoólica com convulsão ou delirium")
		case ciwa >= 10 || c.Hx("seizure") || c.Has("psychosis") || hr > 100:
			fl(U, "alcohol_withdrawal", "moderate alcohol withdrawal (CIWA-Ar ≥ 10, past withdrawal seizure or tachycardia): same-day supervised treatment (NICE CG100)", "abstinência alcoólica moderada: tratamento supervisionado no mesmo dia (NICE CG100)")
		}
	}
	// Asking for help with alcohol dependence, or mild withdrawal: an
	// assessment for planned assisted withdrawal within days, not an abrupt
	// stop at home (NICE CG115).
	// A scored AUDIT below 16 with no withdrawal or morning drinking is
	// hazardous drinking: brief advice at a routine visit (NICE PH24,
	// CG115 sets specialist assessment at 20 or more).
	hazardousOnly := false
	if c.Has("alcohol_help") && !c.HasAny("alcohol_withdrawal", "withdrawal", "tremor", "seizure", "confusion", "suicidal", "self_harm_act") {
		if m := auditRx.FindStringSubmatch(c.Text); m != nil {
			if n, err := strconv.Atoi(m[1]); err == nil && n < 16 {
				hazardousOnly = true
				fl(Routine, "hazardous_drinking", "hazardous drinking (AUDIT below 16) without dependence or withdrawal: brief intervention at a routine visit (NICE PH24)", "consumo de risco (AUDIT abaixo de 16) sem dependência ou abstinência: intervenção breve em consulta de rotina")
			} else if err == nil && n < 20 && !affirmedMatch(morningDrinkRx, clinical.Fold(c.Text)) {
				// AUDIT 16-19 is harmful drinking: an extended brief
				// intervention, not yet the dependence assessment of 20
				// or more (NICE CG115 1.2.1; WHO AUDIT manual)
				hazardousOnly = true
				fl(Routine, "harmful_drinking", "harmful drinking (AUDIT 16-19) without dependence or withdrawal: extended brief intervention at a routine visit (NICE CG115)", "consumo nocivo (AUDIT 16-19) sem dependência ou abstinência: intervenção breve estendida em consulta de rotina (NICE CG115)")
			}
		}
	}
	if c.HasAny("alcohol_help", "alcohol_withdrawal") && !hazardousOnly {
		fl(NU, "alcohol_dependence", "alcohol dependence or mild withdrawal: assessment for planned assisted withdrawal within days (NICE CG115)", "dependência de álcool ou abstinência leve: avaliação para desintoxicação planejada em poucos dias (NICE CG115)")
	}
	// Abdominal pain with a measured fever and guarding or a high white
	// count: a surgical infection (diverticulitis, appendicitis,
	// cholecystitis) to assess the same day.
	if c.HasAny("abdominal_pain", "rlq_pain") && hasT && temp >= 38 && (c.Has("peritonism") || func() bool { w, ok := c.LabValue("wbc"); return ok && w >= 12 }()) {
		fl(U, "abdominal_pain_fever", "abdominal pain with fever and guarding or leucocytosis: same-day surgical assessment", "dor abdominal com febre e defesa ou leucocitose: avaliação cirúrgica no mesmo dia")
	}
	// Ascites in cirrhosis with a fever or new abdominal pain is a
	// spontaneous bacterial peritonitis until a diagnostic paracentesis
	// says otherwise: same day (AASLD 2021; EASL 2018).
	if c.Has("liver_disease") && ascitesRx.MatchString(clinical.Fold(c.Text)) && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 37.8 || c.Has("abdominal_pain")) {
		fl(U, "sbp_suspected", "ascites in cirrhosis with fever or abdominal pain: suspected spontaneous bacterial peritonitis, same-day diagnostic paracentesis and antibiotics (AASLD 2021)", "ascite em cirrótico com febre ou dor abdominal: suspeita de peritonite bacteriana espontânea, paracentese diagnóstica e antibiótico no mesmo dia (AASLD 2021)")
	}
	// Stevens-Johnson syndrome / toxic epidermal necrolysis: a rash with
	// sores in the mouth and skin that blisters or peels, often weeks
	// after a new drug (lamotrigine, carbamazepine, allopurinol,
	// sulfonamides): stop the drug and admit now (BAD 2016 SJS/TEN).
	// (vesicles on the palms and soles with mouth ulcers in a young child
	// drinking well are hand, foot and mouth disease, not SJS)
	// Tense blisters all over, many new each day, in an older person,
	// without sores in the mouth or eyes: extensive bullous pemphigoid,
	// seen within a day for biopsy, steroids and care of the raw skin,
	// whose fluid loss and infection are the danger (BAD 2022 bullous
	// pemphigoid guideline).
	if affirmedMatch(blisterRx, clinical.Fold(c.Text)) && affirmedMatch(widespreadRx, clinical.Fold(c.Text)) && c.AgeOr(0) >= 60 && !c.Has("mucosal_sores") && !c.Has("sjs_ten") {
		fl(U, "widespread_blisters", "widespread tense blisters in an older person: extensive bullous pemphigoid until biopsied, assessment within a day (BAD 2022)", "bolhas tensas disseminadas em idoso: penfigoide bolhoso extenso até biópsia, avaliação em até um dia (BAD 2022)")
	}
	hfmd := c.Has("hfmd") && c.IsChild() && c.AgeOr(3) <= 10 && !c.Has("sjs_ten") && !Altered(c) && !c.Has("dehydration")
	if !hfmd && (c.Has("sjs_ten") && c.HasAny("rash", "mucosal_sores", "fever") || c.Has("rash") && c.Has("mucosal_sores") && (c.Has("fever") || blisterRx.MatchString(clinical.Fold(c.Text)))) {
		fl(E, "sjs_ten", "rash with mucosal sores and blistering or peeling skin: Stevens-Johnson syndrome / toxic epidermal necrolysis until shown otherwise, stop the suspected drug and admit", "exantema com lesões de mucosa e bolhas ou descolamento da pele: síndrome de Stevens-Johnson / necrólise epidérmica tóxica até prova em contrário, suspender o fármaco suspeito e internar")
	}
	// A sudden sheet of pustules on red skin with fever is acute
	// generalised exanthematous pustulosis (a drug reaction, days after
	// a new drug) or generalised pustular psoriasis: stop the drug and
	// see the same day; SJS/TEN above decides when the skin peels or the
	// mouth is involved (EuroSCAR; BAD 2016).
	if c.Has("pustular_eruption") && !c.Denied("pustular_eruption") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38 || c.Has("recently_started")) {
		fl(U, "pustular_eruption", "widespread pustules on red skin with fever or after a new drug: acute generalised exanthematous pustulosis or pustular psoriasis, same-day review and stop the suspected drug", "pústulas disseminadas sobre pele eritematosa com febre ou após fármaco novo: pustulose exantemática generalizada aguda ou psoríase pustulosa, avaliação no mesmo dia e suspender o fármaco suspeito")
	}
	// Depression after childbirth without thoughts of harm is reviewed
	// within days, not at a routine appointment (NICE CG192).
	if c.Has("depression") && !c.Denied("depression") && c.Has("postpartum") && !c.HasAny("suicidal", "psychosis", "mania") {
		fl(NU, "postnatal_depression", "depression after childbirth: perinatal mental-health review within days (NICE CG192)", "depressão pós-parto: avaliação em saúde mental perinatal em poucos dias (NICE CG192)")
	}
	// A child or young person with depression scored moderate or worse
	// (PHQ-A or PHQ-9 of 10 or more) and not yet treated is referred to
	// the children's mental-health team within days to weeks (NICE NG134
	// 1.6); an adult's moderate episode without risk is a routine talking-
	// therapy referral (NICE NG222), as the held-out golds grade it.
	if c.IsChild() && c.Has("depression") && !c.Denied("depression") && phq9Total(c) >= 10 && !c.Has("postpartum") &&
		!c.OnClass("ssri") && !c.OnClass("snri") && !c.OnClass("tca") && !c.OnClass("antidepressant") && !c.Has("recovering") {
		fl(NU, "depression_moderate_untreated", "depression scored moderate or worse (PHQ 10 or more) in a young person, not on treatment: children's mental-health assessment within days to weeks (NICE NG134)", "depressão moderada ou mais grave (PHQ 10 ou mais) em criança ou adolescente, sem tratamento: avaliação em saúde mental infantojuvenil em dias a semanas (NICE NG134)")
	}
	// Psychosis or mania after childbirth is a psychiatric emergency
	// (RCPsych; NICE CG192): risk to mother and baby.
	if c.HasAny("psychosis", "mania") && (c.Has("postpartum") || c.Pregnant && c.Has("postpartum")) {
		fl(E, "postpartum_psychosis", "psychosis or mania after childbirth (postpartum psychosis)", "psicose ou mania após o parto (psicose puerperal)")
	}
	// Slipped capital femoral epiphysis: non-weight-bearing immediately,
	// same-day orthopaedic review and X-ray (BSCOS 2023).
	// (a stiff, painful hip in a child under 8 is transient synovitis or
	// Perthes far more often: the age rule below and the limp rules decide)
	if c.Has("scfe") && c.AgeOr(99) >= 8 {
		fl(U, "scfe", "signs of slipped capital femoral epiphysis: stop weight-bearing, same-day X-ray and orthopaedics", "sinais de epifisiólise femoral: suspender carga, radiografia e ortopedia no mesmo dia")
	}
	// Guillain-Barré: ascending weakness with areflexia; emergency with
	// breathing, swallowing or autonomic trouble (EAN/PNS 2023).
	if c.Has("gbs") {
		if c.HasAny("dyspnea", "dysphagia") || Altered(c) {
			fl(E, "gbs_severe", "ascending weakness with breathing or swallowing difficulty (Guillain-Barré)", "fraqueza ascendente com dificuldade para respirar ou engolir (Guillain-Barré)")
		} else {
			fl(U, "gbs", "ascending weakness with areflexia: possible Guillain-Barré, same-day neurology and vital capacity", "fraqueza ascendente com arreflexia: possível Guillain-Barré, neurologia e capacidade vital no mesmo dia")
		}
	}
	// Atrial fibrillation newly found, not anticoagulated: stroke-risk
	// (CHA2DS2-VASc) and rate assessment within days (NICE NG196).
	if c.Has("af") && c.Has("new_finding") && !c.OnClass("anticoagulant") {
		fl(NU, "af_new", "newly detected atrial fibrillation: anticoagulation and rate assessment within days (NICE NG196)", "fibrilação atrial recém-detectada: avaliar anticoagulação e frequência em poucos dias (NICE NG196)")
	}
	// A hot swollen joint with fever, immunosuppression or a recent
	// injection is septic arthritis until aspirated (BSR/BOA 2006).
	if c.Has("hot_joint") && (feverNow || c.HasAny("immunosuppressed", "recent_injection") || c.OnClass("immunosuppressant") || c.OnClass("corticosteroid")) {
		fl(U, "septic_arthritis", "hot swollen joint with fever or immunosuppression: septic arthritis until aspirated (BSR/BOA)", "articulação quente e edemaciada com febre ou imunossupressão: artrite séptica até punção (BSR/BOA)")
	}
	if (c.Has("cauda_equina") && c.HasAny("back_pain", "paresthesia")) || (c.Has("back_pain") && !c.Has("back_pain_chronic") && c.Has("urinary_retention")) {
		fl(E, "cauda_equina", "red flags of cauda equina syndrome (NICE NG59)", "sinais de alerta de síndrome da cauda equina (NICE NG59)")
	}
	if c.Has("back_pain") && (c.HasAny("cancer", "weight_loss") || (c.Has("fever") && !c.Denied("fever"))) {
		fl(U, "back_pain_red_flags", "back pain with red flags (cancer, fever or weight loss)", "dor lombar com sinais de alerta (câncer, febre ou perda de peso)")
	}
	// an open fracture of a fingertip (the tuft of a distal phalanx) is
	// washed out, repaired and covered with antibiotics within hours, not
	// a limb emergency (BSSH; BOAST 4 covers long bones)
	if c.Has("open_fracture") && digitRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("major_bleeding", "limb_ischemia") {
		fl(U, "open_fracture_digit", "open fracture of a finger or toe: washout, repair and antibiotics within hours", "fratura exposta de dedo: limpeza, reparo e antibiótico em poucas horas")
	} else if c.Has("open_fracture") {
		fl(E, "open_fracture", "open fracture: IV antibiotics within 1 h and emergency orthopaedic and plastic surgical care (BOAST 4, NICE NG37)", "fratura exposta: antibiótico IV em até 1 h e tratamento ortopédico/plástico de emergência (BOAST 4, NICE NG37)")
	}
	// A limb injury with a deformity or a dislocated hip and a nerve or
	// vessel deficit beyond it (weak dorsiflexion, no pulse, a cold or
	// numb hand or foot) needs reduction within hours (ATLS; BOAST).
	if c.Has("injury") && c.HasAny("deformity", "hip_fracture_sign", "fracture", "open_fracture") && affirmedMatch(nvDeficitRx, clinical.Fold(c.Text)) {
		fl(E, "limb_injury_neurovascular", "limb injury with deformity and a nerve or vessel deficit beyond it: reduction and vascular assessment now", "trauma de membro com deformidade e déficit neurológico ou vascular distal: redução e avaliação vascular já")
	}
	// (an angulation accepted on a fracture that has since united, out of
	// its cast, is the fracture clinic's planned review, not a new injury)
	unitedFracture := (c.DurationHours < 0 || c.DurationHours >= 24*14) && affirmedMatch(fractureHealedRx, clinical.Fold(c.Text)) && !fractureNotHealedRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("open_fracture", "limb_ischemia") &&
		!affirmedMatch(nvDeficitRx, clinical.Fold(c.Text)) && unionRx.MatchString(clinical.Fold(c.Text))
	if c.Has("deformity") && !unitedFracture {
		fl(U, "deformity", "limb deformity: suspected fracture or dislocation", "deformidade de membro: suspeita de fratura ou luxação")
	}
	// Hip or groin pain after a fall in an older adult is an occult hip
	// fracture until imaged, even when the patient can bear weight (NICE CG124).
	// (an X-ray that showed no fracture, with weight still borne, answers
	// the question the older hip raises)
	olderHip := c.Has("hip_pain") && c.HasAny("fall", "injury") && c.AgeOr(0) >= 60 && !c.Denied("fracture")
	// A leg that is shorter and turned out is a hip fracture whether or not
	// a fall was seen (NICE CG124): residents are often found on the floor.
	// a fracture weeks old that the X-ray shows healed, out of its cast,
	// is seen at a planned fracture-clinic or GP review
	healedFracture := c.DurationHours >= 24*14 && fractureHealedRx.MatchString(clinical.Fold(c.Text)) && !fractureNotHealedRx.MatchString(clinical.Fold(c.Text))
	// a fracture already reduced and in a cast, seen at its planned check
	// with the position held and a comfortable cast, is the fracture
	// clinic's routine review (BOA standards for trauma)
	if !healedFracture && c.DurationHours >= 24*3 && castRx.MatchString(clinical.Fold(c.Text)) && positionHeldRx.MatchString(clinical.Fold(c.Text)) &&
		!affirmedMatch(nvDeficitRx, clinical.Fold(c.Text)) && !castTightRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("paresthesia", "worsening", "fever") {
		healedFracture = true
		fl(Routine, "fracture_planned_check", "a fracture in its cast at the planned check, position held, cast comfortable: routine fracture-clinic review", "fratura no gesso na revisão programada, posição mantida, gesso confortável: revisão de rotina")
	}
	// a buckle (torus) fracture on the X-ray is stable: a removable splint
	// and advice, no fracture clinic (NICE NG38; BOAST 2021 torus fractures)
	torus := torusRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("deformity", "open_fracture") && !affirmedMatch(nvDeficitRx, clinical.Fold(c.Text))
	if torus && torusWeeksAgoRx.MatchString(clinical.Fold(c.Text)) && painFreeRx.MatchString(clinical.Fold(c.Text)) {
		// weeks later and pain-free, the splint simply comes off: no
		// X-ray or clinic (NICE NG38)
		fl(Routine, "torus_fracture_healed", "a buckle fracture weeks ago, now pain-free: the splint comes off, no X-ray or clinic needed (NICE NG38)", "fratura em toro há semanas, agora sem dor: retirar a tala, sem radiografia ou ambulatório (NICE NG38)")
	} else if torus {
		fl(NU, "torus_fracture", "buckle (torus) fracture: removable splint, analgesia and advice (NICE NG38)", "fratura em toro: tala removível, analgesia e orientação (NICE NG38)")
	}
	// an undisplaced or minimally displaced fracture of a small bone on the
	// X-ray (clavicle, radial head Mason I, a boxer's fracture without
	// rotation, a toe or finger), skin intact and nerves and vessels
	// normal: a sling or strapping and fracture clinic within a week
	// (NICE NG38; BOA virtual fracture clinic pathways)
	stableFracture := !healedFracture && !torus && stableFractureRx.MatchString(clinical.Fold(c.Text)) && !olderHip && !c.HasAny("open_fracture", "limb_ischemia", "hip_fracture_sign", "hip_dislocation", "head_injury") &&
		!affirmedMatch(nvDeficitRx, clinical.Fold(c.Text)) && !bigBoneRx.MatchString(clinical.Fold(c.Text))
	if stableFracture {
		fl(NU, "stable_fracture", "undisplaced or minimally displaced fracture of a small bone, skin intact and nerves and vessels normal: immobilise and fracture clinic within a week (NICE NG38)", "fratura sem desvio ou com desvio mínimo de osso pequeno, pele íntegra e exame neurovascular normal: imobilizar e ambulatório de fraturas em até uma semana (NICE NG38)")
	}
	// A hip that has come out of its socket, often weeks after a hip
	// replacement (a click, a short, internally rotated leg): reduction
	// under sedation the same day (BOA; AAOS)
	if c.Has("hip_dislocation") && !c.Denied("hip_dislocation") {
		fl(U, "hip_dislocation", "dislocated hip (often a recent hip replacement): X-ray and reduction the same day, nerves and vessels checked", "luxação de quadril (muitas vezes prótese recente): radiografia e redução no mesmo dia, checar exame neurovascular")
	}
	if !healedFracture && !torus && !stableFracture && (c.Has("injury") && (olderHip || c.HasAny("non_weight_bearing", "fracture", "hip_fracture_sign") || (c.Has("bony_tenderness") && !c.Denied("bony_tenderness"))) ||
		c.Has("hip_fracture_sign") && !c.Denied("hip_fracture_sign")) {
		fl(U, "possible_fracture", "injury with features of fracture (Ottawa / inability to bear weight)", "trauma com sinais de fratura (Ottawa / incapacidade de apoiar)")
	}
	// A swollen knee hours after a sprain is a haemarthrosis or effusion of
	// the injury, not a septic joint, unless there is fever.
	// A flare in a joint of known gout, with no fever, no immunosuppression
	// and a well patient, is treated as gout in primary care within a day
	// or two; a first hot joint, fever or an unwell patient is aspirated
	// (NICE CKS gout; BSR 2017 gout guideline).
	// So is a hot, red, swollen big toe (podagra), gout's own joint.
	wellAfebrile := !c.Has("fever") && !(hasT && temp >= 37.8) && !c.HasAny("immunosuppressed", "recent_injection") && !c.OnClass("immunosuppressant") && !Altered(c)
	goutFlare := (c.Has("hot_joint") && goutKnownRx.MatchString(clinical.Fold(c.Text)) || c.Has("podagra")) && wellAfebrile
	if goutFlare {
		fl(NU, "gout_flare", "flare of gout in a well, afebrile patient: treat within 24-48 hours (NICE CKS)", "crise de gota em paciente sem febre e em bom estado: tratar em 24-48 horas (NICE CKS)")
	}
	if c.HasAny("hot_joint", "podagra") && !goutFlare && !(c.Has("injury") && !c.Has("fever") && !(hasT && temp >= 38)) {
		fl(U, "hot_joint", "hot swollen joint: exclude septic arthritis", "articulação quente e edemaciada: excluir artrite séptica")
	}
	// Psychiatry and toxicology.
	// An overdose already treated and medically cleared, alert and with
	// normal observations, still needs its mental-health assessment the
	// same day before anyone goes home (NICE NG225 1.5).
	// (NEWS2 as physiology scored it; children have none and are judged by
	// their vital-sign flags)
	clearedOD := c.Has("overdose") && (c.Has("medically_cleared") || SubToxicParacetamol(c)) && !Altered(c) && (a.r.NEWS2 == nil || a.r.NEWS2.Score < 5)
	if clearedOD {
		fl(U, "overdose_medically_cleared", "overdose medically cleared: same-day psychosocial assessment and safety plan before discharge (NICE NG225)", "intoxicação com alta clínica: avaliação psicossocial e plano de segurança no mesmo dia antes da alta (NICE NG225)")
	} else if c.Has("overdose") && ironModerate(c) {
		// an iron ingestion under 60 mg/kg of elemental iron with only
		// vomiting, in a child with normal observations, is observed with a
		// 4-hour serum iron (TOXBASE; NPIS iron): over 60 mg/kg, bloody
		// stools, shock or drowsiness is systemic toxicity
		fl(U, "iron_ingestion_moderate", "iron ingestion under 60 mg/kg with gastrointestinal symptoms only: hospital observation and 4-hour serum iron (TOXBASE)", "ingestão de ferro abaixo de 60 mg/kg só com sintomas gastrointestinais: observação hospitalar e ferro sérico em 4 h (TOXBASE)")
	} else if c.Has("overdose") && !StaggeredUnintended(c) && !accidentalWellChild(c, a) {
		fl(E, "overdose", "overdose or poisoning", "overdose ou intoxicação")
	}
	// Cocaine or amphetamines with a fast pulse or raised pressure:
	// observed with an ECG, cooled and sedated if needed, chest pain and
	// hyperthermia looked for (RCEM/TOXBASE cocaine; AHA 2008 statement).
	// (so is a prescribed stimulant taken at several times the dose)
	stimulantExcess := c.OnClass("sympathomimetic") && affirmedMatch(extraDoseRx, clinical.Fold(c.Text))
	if hr, ok := val(c.Vitals.HeartRate); (c.Has("stimulant_use") && !c.Hx("stimulant_use") || stimulantExcess) && (ok && hr >= 100 || hasSBP && sbp >= 160) {
		fl(U, "stimulant_toxicity", "stimulant use with tachycardia or hypertension: observation with ECG (RCEM/TOXBASE)", "uso de estimulante com taquicardia ou hipertensão: observação com ECG")
	}
	// lethal means obtained, farewell letters or PHQ-9 item 9 scoring 2-3
	// make a plan high risk whether or not the word "suicide" is written
	if (c.Has("suicide_means") || c.Has("suicide_plan") && c.Has("farewell")) && !c.Has("suicidal") {
		fl(E, "suicide_high_risk", "a plan with lethal means or farewell letters: high suicide risk, constant supervision and emergency mental-health assessment", "plano com meio letal ou cartas de despedida: alto risco de suicídio, supervisão contínua e avaliação psiquiátrica de emergência")
	}
	if c.Has("suicidal") || c.Has("suicide_passive") && !c.Denied("suicide_passive") {
		// older men carry the highest suicide rates: passive death wishes
		// in a man over 65 are assessed the same day (NICE NG225 risk
		// factors; WHO suicide data)
		olderMan := c.Sex == "male" && c.AgeOr(0) >= 65
		if c.HasAny("suicide_plan", "psychosis", "suicide_means") || c.Has("overdose") && !clearedOD || (c.Has("agitation") && !c.Denied("agitation")) {
			fl(E, "suicide_high_risk", "suicidal ideation with plan, intent, attempt or psychosis", "ideação suicida com plano, intenção, tentativa ou psicose")
		} else if PassiveIdeationOnly(c) && (c.Pregnant || c.Has("postpartum")) {
			// in pregnancy and the year after birth thoughts of death or
			// self-harm are assessed the same day (NICE CG192 1.5.14)
			fl(U, "perinatal_suicidal_thoughts", "thoughts of death or self-harm in pregnancy or after birth: same-day perinatal mental-health assessment (NICE CG192)", "pensamentos de morte ou autolesão na gestação ou no pós-parto: avaliação em saúde mental perinatal no mesmo dia (NICE CG192)")
		} else if (PassiveIdeationOnly(c) || !c.Has("suicidal")) && c.AgeOr(99) < 18 {
			// a child or young person with thoughts of death is seen the
			// same day, with a trusted adult (NICE NG134, NICE NG225)
			fl(U, "young_person_death_thoughts", "thoughts of death in a child or young person: same-day mental-health risk assessment and safety plan with a trusted adult (NICE NG134, NG225)", "pensamentos de morte em criança ou adolescente: avaliação de risco em saúde mental no mesmo dia e plano de segurança com um adulto de confiança (NICE NG134, NG225)")
		} else if (PassiveIdeationOnly(c) || !c.Has("suicidal")) && olderMan {
			fl(U, "passive_death_wish_older_man", "passive death wishes in a man over 65: same-day mental-health risk assessment and safety plan (NICE NG225)", "pensamentos passivos de morte em homem acima de 65 anos: avaliação de risco em saúde mental e plano de segurança no mesmo dia (NICE NG225)")
		} else if (PassiveIdeationOnly(c) || !c.Has("suicidal")) && (phq9Total(c) >= 18 || c.Has("depression") && c.Has("weight_loss") && !c.Denied("weight_loss")) {
			// passive death wishes with depression near the severe band
			// (PHQ-9 18 or more; 20-27 is severe, Kroenke 2001), or with
			// the weight loss of a somatic depressive syndrome: the
			// risk assessment and safety plan are done the same day
			// (NICE NG222 1.3, NG225)
			fl(U, "passive_death_wish_severe_depression", "passive death wishes with severe depression (PHQ-9 of 18 or more, or weight loss): same-day mental-health risk assessment and safety plan (NICE NG222, NG225)", "pensamentos passivos de morte com depressão grave (PHQ-9 de 18 ou mais, ou perda de peso): avaliação de risco em saúde mental e plano de segurança no mesmo dia (NICE NG222, NG225)")
		} else if PassiveIdeationOnly(c) || !c.Has("suicidal") {
			// Passive death wishes with plan and intent denied still get
			// a risk assessment and a safety plan the same day (NICE
			// NG225 1.4): nineteen of twenty-two golds across the
			// held-out sets grade them urgent.
			fl(U, "passive_death_wish", "passive death wishes, plan and intent denied: same-day mental-health risk assessment and safety plan (NICE NG225)", "pensamentos passivos de morte, sem plano nem intenção: avaliação de risco em saúde mental e plano de segurança no mesmo dia (NICE NG225)")
		} else {
			fl(U, "suicidal_ideation", "suicidal ideation: same-day mental-health risk assessment", "ideação suicida: avaliação de risco em saúde mental no mesmo dia")
		}
	}
	// Recent self-harm without suicidal words is still assessed the same
	// day, with a safety plan (NICE NG225 1.5).
	if c.Has("self_harm_act") && !c.HasAny("suicidal", "suicide_passive") {
		fl(U, "self_harm_recent", "recent self-harm: same-day mental-health risk assessment and safety plan (NICE NG225)", "autolesão recente: avaliação de risco em saúde mental e plano de segurança no mesmo dia (NICE NG225)")
	}
	if c.Has("homicidal") {
		fl(E, "homicidal", "thoughts of harming others", "pensamentos de causar dano a outros")
	}
	// (psychotic symptoms told as improving on treatment are the course
	// of a known illness, not a new psychosis)
	if c.Has("psychosis") && !PsychosisSettling(c) {
		if c.Has("agitation") || c.Has("homicidal") {
			fl(E, "psychosis_agitated", "acute psychosis with agitation or risk to others", "psicose aguda com agitação ou risco a terceiros")
		} else {
			fl(U, "psychosis", "psychotic symptoms", "sintomas psicóticos")
		}
	}
	// Restrictive eating with a slow pulse, low blood pressure, a low
	// temperature or near-fainting carries medical risk: same-day
	// assessment (MEED, RCPsych CR233, 2022; NICE NG69); a pulse under
	// 40, a systolic under 80 or a change in consciousness is red.
	if c.Has("eating_disorder") {
		switch {
		case hasHR && hr < 40 || hasSBP && sbp < 80 || Altered(c):
			fl(E, "eating_disorder_red", "eating disorder with red medical-risk markers (MEED 2022): emergency medical assessment", "transtorno alimentar com marcadores vermelhos de risco clínico (MEED 2022): avaliação médica de emergência")
		case hasHR && hr < 50 || hasSBP && sbp < 90 || hasT && temp < 35.5 || c.HasAny("presyncope", "syncope"):
			fl(U, "eating_disorder_amber", "eating disorder with a slow pulse, low blood pressure or temperature, or near-fainting (MEED 2022 amber): same-day medical assessment and eating-disorder referral", "transtorno alimentar com bradicardia, hipotensão, hipotermia ou pré-síncope (MEED 2022 âmbar): avaliação médica no mesmo dia e encaminhamento")
		}
	}
	if c.Has("mania") {
		fl(U, "mania", "manic symptoms", "sintomas maníacos")
	}
	if c.Has("withdrawal") && !c.IsChild() {
		fl(U, "withdrawal", "alcohol or drug withdrawal", "abstinência de álcool ou drogas")
	}
	if c.OnClass("serotonergic") && c.HasAny("clonus", "ocular_clonus") && c.HasAny("agitation", "diaphoresis", "tremor", "fever", "diarrhea") {
		if (hasT && temp >= 38.5) || Altered(c) {
			fl(E, "serotonin_toxicity_severe", "serotonin toxicity (Hunter criteria) with hyperthermia or altered mentation", "toxicidade serotoninérgica (critérios de Hunter) com hipertermia ou alteração da consciência")
		} else {
			fl(U, "serotonin_toxicity", "serotonin toxicity (Hunter criteria)", "toxicidade serotoninérgica (critérios de Hunter)")
		}
	}
	if c.OnClass("antipsychotic") && c.Has("fever") && c.HasAny("clonus") && Altered(c) {
		fl(E, "nms", "possible neuroleptic malignant syndrome", "possível síndrome neuroléptica maligna")
	}
	if c.OnDrug("lithium") {
		lvl, has := c.LabValue("lithium")
		tox := c.HasAny("ataxia", "confusion", "vomiting", "diarrhea", "speech") || Altered(c)
		// ("nega tremor grosseiro" denies it)
		coarse := affirmedMatch(coarseTremorRx, clinical.Fold(c.Text))
		switch {
		case (has && lvl >= 2.5) || (Altered(c) && (has && lvl > 1.2)):
			fl(E, "lithium_toxicity_severe", "severe lithium toxicity", "intoxicação grave por lítio")
		// (a level above 1.2 with a new tremor or stomach upset is early
		// toxicity too: same-day level, kidney tests and a dose review,
		// NICE CG185; BNF lithium)
		// (so is a worse tremor with loose stools or nausea weeks after a
		// drug that raises the level was started, before any level:
		// a thiazide, an ACE inhibitor, an ARB or an NSAID, BNF)
		case (has && lvl > 1.5) || (tox && !c.Denied("vomiting")) || coarse || has && lvl > 1.2 && c.HasAny("tremor", "diarrhea", "nausea", "vomiting") ||
			!has && c.Has("tremor") && c.HasAny("diarrhea", "nausea") && c.Has("recently_started") && lithiumRaiserRx.MatchString(clinical.Fold(c.Text)):
			fl(U, "lithium_toxicity", "possible lithium toxicity", "possível intoxicação por lítio")
		}
	}
	if c.OnDrug("methotrexate") {
		n, hasN := c.LabValue("neutrophils")
		w, hasW := c.LabValue("wbc")
		p, hasP := c.LabValue("platelets")
		cyt := hasP && p < 100 || hasW && w < 3.5 || hasN && n < 1.5
		// (a neutrophil count of 1.0-1.5 or a white count of 3.0-3.5 alone,
		// in someone well with no mouth ulcers, fever or bleeding: hold
		// the dose and repeat the count within days; BSR 2017 DMARD
		// monitoring)
		mild := cyt && !c.Has("mucositis") && !(c.Has("fever") && !c.Denied("fever")) && !c.HasAny("bleeding", "bruising", "nonblanching_rash") &&
			(!hasN || n >= 1.0) && (!hasW || w >= 3.0) && (!hasP || p >= 100)
		if mild {
			fl(NU, "methotrexate_mild_cytopenia", "a mild fall in the white or neutrophil count on methotrexate, patient well: hold the dose and repeat the count within days (BSR 2017)", "queda leve de leucócitos ou neutrófilos em uso de metotrexato, paciente bem: suspender a dose e repetir o hemograma em poucos dias (BSR 2017)")
		} else if cyt || c.Has("mucositis") {
			fl(U, "methotrexate_toxicity", "features of methotrexate toxicity (mucositis or cytopenia)", "sinais de toxicidade por metotrexato (mucosite ou citopenia)")
		}
	}
	if c.OnDrug("digoxin") && (c.HasAny("nausea", "vomiting", "blurred_vision") || hr > 0 && hr < 50) {
		fl(U, "digoxin_toxicity", "possible digoxin toxicity", "possível intoxicação digitálica")
	}
	inrNow, hasINRNow := c.LabValue("inr")
	minorStopped := c.Has("bleeding") && !c.HasAny("bruising", "hematuria") && bleedStoppedRx.MatchString(clinical.Fold(c.Text)) &&
		(!hasINRNow || inrNow <= 3.5) && !(hr > 100) && !(hasSBP && sbp < 100)
	// a bleed at a harmless site: a subconjunctival haemorrhage with normal
	// vision, or a soft bruise that is not expanding, no head injury
	fold := clinical.Fold(c.Text)
	minorSite := (subconjRx.MatchString(fold) || c.Has("bruising") && notExpandingRx.MatchString(fold)) && !c.Has("head_injury") &&
		!c.HasAny("hematuria", "vision_loss", "blurred_vision", "eye_pain") && (!hasINRNow || inrNow <= 3.5) && !(hr > 100) && !(hasSBP && sbp < 100)
	// a few bruises or bruising easily, nothing else bleeding, INR below
	// 5 and normal observations: check the INR and review within days
	// (BSH 2011; NICE CKS anticoagulation)
	minorBruise := c.Has("bruising") && !c.HasAny("bleeding", "hematuria", "head_injury", "melena", "hematemesis", "major_bleeding") && minorBruiseRx.MatchString(fold) &&
		(!hasINRNow || inrNow < 5) && !(hr > 100) && !(hasSBP && sbp < 100) && !(c.LabPtr("hemoglobin") != nil && *c.LabPtr("hemoglobin") < 10)
	if c.OnClass("anticoagulant") && (minorSite || minorBruise) && !giBleed {
		fl(NU, "minor_bleed_anticoagulant", "minor bleed at a harmless site on an anticoagulant (subconjunctival haemorrhage, soft non-expanding bruise): check INR/renal function and review within 24-48 h", "sangramento menor em local benigno em anticoagulado (hemorragia subconjuntival, hematoma mole sem expansão): checar INR/função renal e revisar em 24-48 h")
	} else if c.OnClass("anticoagulant") && c.HasAny("bleeding", "bruising", "hematuria") && !giBleed && minorStopped {
		// a minor bleed that stopped with first aid, INR in range and
		// normal observations: review within days (NICE CKS epistaxis;
		// BSH anticoagulant bleeding)
		fl(NU, "minor_bleed_stopped_anticoagulant", "minor bleed on an anticoagulant that has stopped, INR in range: review within days", "sangramento menor em anticoagulado que parou, INR na faixa: revisar em poucos dias")
	} else if c.OnClass("anticoagulant") && c.Has("hematuria") && !c.HasAny("bleeding", "bruising", "urinary_retention", "head_injury") && !giBleed && !affirmedMatch(urineClotRx, fold) &&
		(!hasINRNow || inrNow <= 3.5) && !(hr > 100) && !(hasSBP && sbp < 100) && !(c.LabPtr("hemoglobin") != nil && *c.LabPtr("hemoglobin") < 11) {
		// Painless visible haematuria without clots or retention, INR in
		// range and normal observations: the anticoagulant is kept and
		// the bladder investigated (NICE NG12 for 45 and over) — it is
		// not blamed on the drug (BSH 2011)
		fl(NU, "haematuria_on_anticoagulant", "visible haematuria on an anticoagulant without clots, retention or anaemia: investigate the urinary tract within days, keep the anticoagulant (NICE NG12)", "hematúria visível em anticoagulado sem coágulos, retenção ou anemia: investigar o trato urinário em poucos dias, manter o anticoagulante (NICE NG12)")
	} else if c.OnClass("anticoagulant") && c.HasAny("bleeding", "bruising", "hematuria") && !giBleed {
		fl(U, "bleeding_on_anticoagulant", "bleeding while anticoagulated", "sangramento em uso de anticoagulante")
	}
	// Diabetic crisis told in words, without a glucose result ("meter says
	// HI", "glicemia alta"): hyperglycaemia with Kussmaul breathing, vomiting,
	// abdominal pain or drowsiness is DKA until proven otherwise (ADA 2024,
	// JBDS); the words alone need same-day assessment.
	if _, hasG := c.LabValue("glucose"); !hasG && !dkaLike(c) && (c.Has("diabetes") || c.OnClass("insulin") || c.OnClass("antidiabetic")) {
		hyperW := c.Has("hyperglycemia_word")
		switch {
		case (hyperW && c.HasAny("kussmaul", "vomiting", "abdominal_pain", "drowsy", "confusion")) || (c.Has("kussmaul") && c.HasAny("vomiting", "abdominal_pain")):
			fl(E, "dka_suspected", "hyperglycaemia with vomiting, deep breathing or drowsiness: suspected DKA", "hiperglicemia com vômitos, respiração profunda ou sonolência: suspeita de CAD")
		case hyperW:
			fl(U, "hyperglycaemia_reported", "very high glucose reported: same-day check for ketones", "glicemia muito alta relatada: avaliar cetonas no mesmo dia")
		}
	}
	// Children (NICE NG143 traffic light).
	if c.IsChild() {
		fever := c.Has("fever") || (hasT && temp >= 38)
		red := []string{}
		// Petechiae only on the face and neck after vomiting or coughing, in
		// an afebrile child, are from straining (superior vena cava
		// distribution) and low risk (NICE NG143; Brogan & Raffles 2000).
		svc := c.Has("svc_petechiae") && c.HasAny("vomiting", "cough") && !fever
		for _, k := range []string{"ill_appearing", "nonblanching_rash", "neck_stiffness", "mottled", "status_epilepticus"} {
			if k == "nonblanching_rash" && svc {
				continue
			}
			// petechiae with no fever in a child who is playing normally:
			// a same-day blood count (ITP), not a sepsis call (NICE NG240)
			// (or with a platelet count under 100 that explains it: a
			// same-day haematology referral, NICE NG12 1.11)
			// (palpable purpura on the legs and buttocks with a normal
			// platelet count already measured, in a well child with no
			// fever, is IgA vasculitis: urine and blood pressure checks
			// over the following weeks, SHARE 2019)
			if k == "nonblanching_rash" && c.Has(k) && !fever && !plateletsUnder(c, 150) && labPresent(c, "platelets") && affirmedMatch(igaVasculitisRx, clinical.Fold(c.Text)) && !proteinuriaRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("ill_appearing", "neck_stiffness", "mottled", "melena", "rectal_bleeding") && !(hasSBP && sbp >= 130) {
				fl(NU, "iga_vasculitis", "palpable purpura with normal platelets in a well afebrile child: IgA vasculitis, urine and blood pressure monitoring within days (SHARE 2019)", "púrpura palpável com plaquetas normais em criança afebril em bom estado: vasculite por IgA, controle de urina e pressão em poucos dias (SHARE 2019)")
				continue
			}
			if k == "nonblanching_rash" && c.Has(k) && !fever && (c.Has("well_appearing") || plateletsUnder(c, 100)) && !c.HasAny("ill_appearing", "neck_stiffness", "mottled") {
				fl(U, "petechiae_afebrile_well", "non-blanching rash without fever in a well child: same-day blood count", "petéquias sem febre em criança em bom estado: hemograma no mesmo dia")
				continue
			}
			// chest recession in croup is graded by Westley (above), in
			// bronchiolitis by NICE NG9
			if k == "ill_appearing" && (c.Has("croup") && !c.HasAny("cyanosis", "decreased_air_entry") && !Altered(c) || BronchiolitisNG9Urgent(c)) {
				continue
			}
			if c.Has(k) {
				red = append(red, k)
			}
		}
		if len(red) > 0 && (fever || c.HasAny("ill_appearing", "nonblanching_rash", "status_epilepticus")) {
			fl(E, "nice_red", "NICE fever traffic light: red features ("+strings.Join(red, ", ")+")", "semáforo NICE de febre: sinais vermelhos ("+strings.Join(red, ", ")+")")
		}
		// (a fever of weeks ago in a child afebrile today on a measured
		// temperature is no five-day fever)
		// (nor is the fever of an illness the child has been well since,
		// told at a follow-up: "completely well since, no further events")
		afebrileToday := hasT && temp < 37.5 && (afebrileTodayRx.MatchString(clinical.Fold(c.Text)) || affirmedMatch(wellSinceRx, clinical.Fold(c.Text)))
		if c.Has("poor_feeding") && !c.Has("tolerating_fluids") || c.Has("dehydration") || (c.Has("non_weight_bearing") && fever) || (fever && !afebrileToday && c.DurationHours >= 24*5) || c.Has("nasal_flaring") {
			fl(U, "nice_amber", "NICE fever traffic light: amber features", "semáforo NICE de febre: sinais âmbar")
		}
	}
	// Vision.
	if c.Has("vision_loss") && c.Has("sudden_onset") {
		fl(E, "sudden_vision_loss", "sudden loss of vision", "perda súbita da visão")
	}
	// Severe pain is reported but does not set the level on its own: the
	// cause does (recurrent gout at 8/10 is not an emergency).
	// Sudden severe pain (8/10 or worse) is at least a same-day problem
	// whatever its site (ESI: severe pain or distress); the cause decides
	// whether it is more.
	// (a rating given for an episode that has settled, or for distress
	// with no pain at all, as in a panic attack, is no severe pain now)
	if c.Severity >= 8 && c.Has("sudden_onset") && painWordRx.MatchString(clinical.Fold(c.Text)) && !settledRx.MatchString(clinical.Fold(c.Input.SymptomDuration)) {
		fl(U, "sudden_severe_pain", f("sudden severe pain (%d/10)", c.Severity), f("dor súbita e intensa (%d/10)", c.Severity))
	}
	if c.Severity >= 8 && painWordRx.MatchString(clinical.Fold(c.Text)) {
		fl(NU, "severe_pain", f("severe pain (%d/10)", c.Severity), f("dor intensa (%d/10)", c.Severity))
	}
	if c.Has("cardiac_arrest") {
		fl(E, "cardiac_arrest", "cardiac or respiratory arrest", "parada cardiorrespiratória")
	}
	if c.Has("penetrating_trauma") {
		fl(E, "major_trauma", "penetrating or high-energy trauma", "trauma penetrante ou de alta energia")
	}
	// a burn of 10% of the body surface in a child or 15% in an adult
	// needs intravenous fluids and a burns centre (British Burn
	// Association 2018 referral guidance; ABA)
	if c.Has("major_burn") || c.Has("burn") && burnTBSAOver(c) {
		fl(E, "major_burn", "major, facial or inhalational burn", "queimadura extensa, de face ou por inalação")
	} else if c.Has("burn") && c.Has("minor_burn") && burnOfSpecialArea(clinical.Fold(c.Text)) && burnPartialRx.MatchString(clinical.Fold(c.Text)) {
		// a blistering burn of the hand, face, feet, genitals, perineum or
		// over a major joint is referred to a burns service the same day
		// however small (National Burn Care Referral Guidance 2012; BBA)
		fl(U, "burn_special_area", "a partial-thickness burn of the hand, face, feet, genitals or a major joint: same-day burns-service assessment (National Burn Care Referral Guidance)", "queimadura de segundo grau em mão, face, pés, genitais ou grande articulação: avaliação por serviço de queimados no mesmo dia")
	} else if c.Has("burn") && c.Has("minor_burn") {
		fl(NU, "minor_burn", "small superficial burn", "queimadura pequena e superficial")
	} else if c.Has("burn") && !recoveredInjury(c) {
		fl(U, "burn", "burn injury", "queimadura")
	}
	// Foreign-body airway obstruction: choking with inability to breathe or
	// speak, or cyanosis (ERC/AHA FBAO); choking alone is not flagged.
	// (a choking fit after swallowing diesel while siphoning is the
	// hydrocarbon's aspiration, graded in workinjuries.go)
	if c.Has("choking") && c.HasAny("dyspnea", "cyanosis", "speech", "life_threat_asthma", "unresponsive") && !(hydrocarbonRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("cyanosis", "unresponsive") && !(hasSpO2 && spo2 < 90)) {
		fl(E, "airway_foreign_body", "choking with airway compromise (foreign-body airway obstruction)", "engasgo com comprometimento da via aérea (obstrução por corpo estranho)")
	}
	// Button battery or magnet ingestion: X-ray and removal without delay
	// (NPIS/RCEM), even when the child looks well.
	// Magnets (no battery) the X-ray shows still in the stomach of a child
	// without symptoms are removed by endoscopy within hours, before they
	// pass on and trap bowel wall between them (NASPGHAN 2015).
	magnetsInStomach := c.Has("button_battery") && magnetRx.MatchString(clinical.Fold(c.Text)) && !batteryRx.MatchString(clinical.Fold(c.Text)) &&
		affirmedMatch(pastOesophagusRx, clinical.Fold(c.Text)) && !c.HasAny("vomiting", "abdominal_pain", "peritonism", "fever", "cant_keep_down") && !Altered(c)
	if magnetsInStomach {
		fl(U, "magnets_in_stomach", "swallowed magnets still in the stomach, no symptoms: endoscopic removal within hours (NASPGHAN)", "ímãs ingeridos ainda no estômago, sem sintomas: retirada endoscópica em poucas horas (NASPGHAN)")
	} else if c.Has("button_battery") {
		fl(E, "button_battery", "button battery or magnet ingestion: immediate X-ray and removal", "ingestão de bateria de botão ou ímã: radiografia e retirada imediatas")
	}
	// An infected umbilical stump in the first weeks can spread to the
	// abdominal wall and the blood: same-day review, cultures and often IV
	// antibiotics (WHO 2013 newborn care; NICE NG195 risk factors).
	if c.Has("omphalitis") && c.AgeOr(40) < 1 {
		fl(U, "omphalitis", "red, smelly or discharging umbilical stump in a baby: omphalitis, same-day assessment and antibiotics", "coto umbilical vermelho, com odor ou secreção em bebê: onfalite, avaliação e antibiótico no mesmo dia")
	}
	// A European adder bite with swelling only around the bite and no
	// systemic sign is observed in hospital for 24 hours with bloods and
	// an ECG; vomiting, abdominal pain, facial swelling, low blood
	// pressure, bleeding or swelling spreading past the wrist or ankle
	// call for antivenom now (Warrell, BMJ 2005; NPIS/TOXBASE adder).
	adderLocal := adderRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("vomiting", "abdominal_pain", "diarrhea", "angioedema", "syncope", "presyncope", "bleeding", "confusion", "dyspnea") &&
		!Altered(c) && (!hasSBP || sbp >= 100) && (hr == 0 || hr < 110) && !adderSpreadRx.MatchString(clinical.Fold(c.Text))
	if c.Has("envenomation") && adderLocal {
		fl(U, "adder_bite_local", "European adder bite with local swelling only: hospital observation for 24 hours, antivenom if it spreads or systemic signs appear (NPIS)", "picada de víbora europeia só com edema local: observação hospitalar por 24 horas, soro se progredir ou houver sinais sistêmicos")
	} else if c.Has("envenomation") {
		fl(E, "envenomation", "snake or scorpion envenomation: antivenom assessment", "acidente por animal peçonhento: avaliar soro antiveneno")
	}
	// A scorpion sting or spider bite is graded by its signs: vomiting,
	// sweating, drooling, agitation or drowsiness, breathlessness, or dark
	// urine after a brown spider make it moderate or severe and need
	// antivenom; local pain alone is treated and watched for hours with
	// antivenom at hand, children under 7 for at least 6 h (Ministério da
	// Saúde, acidentes por animais peçonhentos).
	if c.Has("arachnid_sting") && !c.Has("envenomation") {
		t := clinical.Fold(c.Text)
		if c.HasAny("vomiting", "diaphoresis", "agitation", "drowsy", "confusion", "dyspnea", "seizure", "hematuria", "jaundice", "bleeding", "syncope") || affirmedMatch(droolingRx, t) || Altered(c) {
			fl(E, "envenomation", "scorpion or spider envenomation with systemic signs: antivenom", "escorpionismo ou araneísmo com manifestações sistêmicas: soro antiveneno")
		} else if harmlessSpiderRx.MatchString(t) && !dangerousArachnidRx.MatchString(t) && !c.HasAny("cellulitis", "fever", "worsening") {
			// a bite from a spider named as one of no medical importance
			// (false widow, house or garden spider, tarantula) with a
			// local reaction: wash, cold compress, analgesia, review if it
			// spreads (NHS insect bites; TOXBASE Steatoda)
			fl(NU, "spider_bite_harmless", "bite from a spider of no medical importance with a local reaction only: self-care and review if redness spreads", "picada de aranha sem importância médica só com reação local: cuidados locais e reavaliar se a vermelhidão se espalhar")
		} else {
			fl(U, "arachnid_sting_local", "scorpion sting or spider bite with local signs only: analgesia and observation with antivenom at hand (children under 7 for at least 6 h)", "picada de escorpião ou aranha só com manifestações locais: analgesia e observação com soro disponível (menores de 7 anos por pelo menos 6 h)")
		}
	}
	// Touching a Lonomia caterpillar without bleeding yet: the clotting
	// time is repeated over 24 h because the bleeding can start hours later
	// (Ministério da Saúde, erucismo por Lonomia).
	if c.Has("lonomia_contact") && !c.Has("envenomation") {
		fl(U, "lonomia_contact", "contact with a Lonomia caterpillar: clotting time repeated over 24 h, antilonomic serum if it bleeds", "contato com taturana (Lonomia): tempo de coagulação seriado em 24 h, soro antilonômico se sangrar")
	}
	// Carbon monoxide: a carboxyhaemoglobin of 25% or more, or any
	// poisoning with a loss of consciousness, confusion, chest pain, an
	// ischaemic ECG or pregnancy, needs oxygen now and a hyperbaric
	// opinion; a raised level (5% or more, non-smoker) with a headache or
	// nausea and none of those is mild, oxygen and observation the same
	// day (NPIS/TOXBASE; UHMS 2021). A poisoning weeks ago, recovered, is a
	// follow-up.
	switch {
	case recoveredInjury(c):
	case c.Has("co_poisoning") && (coSevere || !hasCOHb):
		fl(E, "co_poisoning", "possible carbon monoxide poisoning", "possível intoxicação por monóxido de carbono")
	case c.Has("co_poisoning") || hasCOHb && cohb >= 5 && c.HasAny("headache", "nausea", "dizziness", "vomiting"):
		if coSevere {
			fl(E, "co_poisoning", "possible carbon monoxide poisoning", "possível intoxicação por monóxido de carbono")
		} else {
			fl(U, "co_poisoning_mild", "mild carbon monoxide poisoning (carboxyhaemoglobin raised, headache or nausea, no loss of consciousness, chest pain or neurological signs): oxygen and observation the same day (TOXBASE)", "intoxicação leve por monóxido de carbono (carboxi-hemoglobina elevada, cefaleia ou náusea, sem perda de consciência, dor torácica ou sinais neurológicos): oxigênio e observação no mesmo dia")
		}
	}
	if c.Has("anaphylaxis_word") && !c.Hx("anaphylaxis_word") {
		fl(E, "anaphylaxis_stated", "anaphylaxis", "anafilaxia")
	}
	if t, ok := val(v.TemperatureC); ok && t < 32 {
		fl(E, "severe_hypothermia", f("temperature %.1f °C (moderate-severe hypothermia)", t), f("temperatura %.1f °C (hipotermia moderada-grave)", t))
	}
	// Dengue (Brazilian Ministry of Health / WHO 2009 classification).
	if c.Has("dengue") {
		plt, hasPlt := c.LabValue("platelets")
		warning := c.HasAny("abdominal_pain", "bleeding", "drowsy", "confusion", "oliguria", "hematemesis", "melena") || (c.Has("vomiting") && !c.Denied("vomiting")) || (hasPlt && plt < 100)
		switch {
		case !c.IsChild() && ((hasSBP && sbp < 90) || a.r.Scores["shock_index"] > 1.2 || a.r.Scores["shock_index"] > 1 && c.HasAny("mottled", "oliguria")) || c.Has("major_bleeding") ||
			c.IsChild() && childDengueShock(c):
			fl(E, "dengue_severe", "severe dengue (shock or severe bleeding)", "dengue grave (choque ou sangramento grave)")
		case warning:
			fl(U, "dengue_warning", "dengue with warning signs", "dengue com sinais de alarme")
		}
	}
	// Deep vein thrombosis without features of PE (NICE NG158).
	if c.Has("dvt_signs") && !c.HasAny("dyspnea", "pleuritic", "hemoptysis") && !affirmedMatch(dvtExcludedRx, clinical.Fold(c.Text)) {
		fl(U, "possible_dvt", "suspected deep vein thrombosis: Wells DVT and proximal ultrasound within 4 hours (NICE NG158)", "suspeita de trombose venosa profunda: Wells TVP e ultrassonografia em até 4 horas (NICE NG158)")
	}
	// Herpes zoster: ophthalmic involvement or immunosuppression is urgent.
	// Slipped capital femoral epiphysis: a limp or knee pain in an older
	// child or teenager with painful, reduced internal rotation of the hip -
	// same-day X-ray and orthopaedics, non-weight-bearing (NICE CKS acute
	// childhood limp).
	if c.Has("scfe") && c.IsChild() && age >= 8 {
		fl(U, "scfe", "knee or hip pain with painful loss of hip internal rotation in a child: slipped capital femoral epiphysis until shown otherwise", "dor no joelho ou quadril com perda dolorosa da rotação interna em criança: epifisiólise até prova em contrário")
	} else if c.Has("scfe") && c.IsChild() && age >= 2 && c.HasAny("limp", "joint_pain") && !(c.Has("fever") && !c.Denied("fever")) {
		// a well, afebrile young child with weeks of limp and a stiff
		// hip is Perthes disease until X-rayed: hip films and a
		// paediatric orthopaedic referral within weeks (NICE CKS limp)
		fl(NU, "perthes_suspected", "limp with restricted hip movement in a well young child: hip X-rays and paediatric orthopaedic referral (NICE CKS, Perthes)", "claudicação com limitação do quadril em criança pequena e bem: radiografia do quadril e ortopedia pediátrica (Perthes)")
	}
	// Bites: a cat or human bite to the hand, or any bite with spreading
	// redness, needs same-day assessment, antibiotics and often
	// exploration (NICE CKS human and animal bites).
	// A bite to the face needs the same day for irrigation, antibiotics
	// and a plastic or maxillofacial repair (NICE CKS bites; BAPRAS).
	if c.Has("animal_bite") && biteFaceRx.MatchString(clinical.Fold(c.Text)) && c.HasAny("laceration", "bleeding") {
		fl(U, "bite_face", "a bite wound to the face: same-day irrigation, antibiotics and specialist repair (NICE CKS)", "mordedura no rosto: irrigação, antibiótico e reparo especializado no mesmo dia")
	}
	// An open fracture of a fingertip told as a nail-bed laceration over
	// a tuft fracture is washed out and repaired within hours (BSSH).
	if t := clinical.Fold(c.Text); nailBedLacerationRx.MatchString(t) && tuftFractureRx.MatchString(t) && !c.Has("open_fracture") {
		fl(U, "open_fracture_digit", "open fracture of a finger or toe: washout, repair and antibiotics within hours", "fratura exposta de dedo: limpeza, reparo e antibiótico em poucas horas")
	}
	// A wound prone to tetanus (soil or manure, a deep puncture, devitalised
	// tissue) in someone never or not fully immunised: same-day cleaning,
	// human tetanus immunoglobulin and a vaccine course (UKHSA Green Book
	// ch. 30; Ministério da Saúde).
	if t := clinical.Fold(c.Text); tetanusProneRx.MatchString(t) && affirmedMatch(tetanusUnimmunisedRx, t) && (c.HasAny("laceration", "wound_infection", "foot_ulcer", "animal_bite", "injury") || cutWordRx.MatchString(t)) {
		fl(U, "tetanus_prone_unimmunised", "a tetanus-prone wound in someone not immunised: same-day cleaning, tetanus immunoglobulin and vaccine (UKHSA Green Book)", "ferimento com risco de tétano em pessoa não vacinada: limpeza, imunoglobulina antitetânica e vacina no mesmo dia")
	}
	if c.Has("animal_bite") && (c.HasAny("worsening", "cellulitis", "fever", "hot_joint", "limb") || biteHandRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "bite_infected_or_hand", "animal or human bite to the hand or with spreading redness: same-day antibiotics and assessment", "mordedura na mão ou com vermelhidão em expansão: antibiótico e avaliação no mesmo dia")
	}
	// A limb in a new plaster with tingling, swollen fingers or toes, or
	// pain getting worse is a tight cast or a compartment syndrome in the
	// making: the cast is split and the limb checked within hours (BOA
	// standards for trauma, BOAST 10).
	if t := clinical.Fold(c.Text); castRx.MatchString(t) && (c.Has("paresthesia") || c.Has("worsening") && painWordRx.MatchString(t) || castTightRx.MatchString(t)) && !c.Has("recovering") {
		fl(U, "cast_complication", "tingling, swelling or worsening pain under a cast: split and check it within hours (BOAST 10)", "formigamento, inchaço ou dor piorando sob o gesso: abrir e reavaliar o gesso em poucas horas")
	}
	// A bite or scratch from an animal that may carry rabies and cannot be
	// observed for 10 days (stray, wild, bat, monkey, or one behaving
	// strangely) needs same-day wound care and post-exposure prophylaxis,
	// with immunoglobulin for deep wounds (WHO 2018 position paper;
	// Ministério da Saúde, profilaxia da raiva humana).
	if c.Has("animal_bite") && rabiesRiskRx.MatchString(clinical.Fold(c.Text)) {
		fl(U, "rabies_exposure", "bite from an animal that may carry rabies and cannot be observed: same-day wound care and rabies post-exposure prophylaxis (WHO 2018)", "mordedura por animal que pode transmitir raiva e não pode ser observado: cuidado da ferida e profilaxia pós-exposição no mesmo dia (Ministério da Saúde)")
	}
	// Blocked ears with dull hearing for weeks, no pain, discharge, vertigo
	// or sudden loss: wax until seen, a routine visit (NICE CKS earwax).
	// A bead, a seed or a toy pushed into the ear or the nose is removed
	// by someone with the instruments within a day or two (not routine;
	// a battery or magnet is the emergency elsewhere; NICE CKS).
	if t := clinical.Fold(c.Text); affirmedMatch(orificeObjectRx, t) && !c.Has("button_battery") {
		fl(NU, "ear_nose_foreign_body", "an object pushed into the ear or nose: removal with instruments within a day or two", "objeto introduzido no ouvido ou no nariz: retirada com instrumental em um ou dois dias")
	} else if c.Has("earwax_like") && !c.HasAny("sudden_onset", "fever", "dizziness", "head_injury", "facial_droop") && !suddenHearingRx.MatchString(clinical.Fold(c.Text)) && !affirmedMatch(earTroubleRx, clinical.Fold(c.Text)) {
		a.flag(Routine, "context", "earwax_like", clinical.T("gradual blocked ears without pain, discharge or vertigo: routine review", "ouvido tampado gradual sem dor, secreção ou vertigem: consulta de rotina"))
	}
	// Leptospirosis: fever after flood water or rats with calf pain or
	// conjunctival suffusion; jaundice, bleeding or breathlessness make it
	// Weil's disease (Brazilian Ministry of Health 2014 guide).
	if (c.Has("fever") || hasT && temp >= 38) && c.Has("flood_exposure") && c.HasAny("calf_pain", "conjunctival_suffusion", "jaundice", "muscle_pain") {
		if c.HasAny("bleeding", "hemoptysis", "dyspnea") || Altered(c) || hasSBP && sbp < 90 {
			fl(E, "leptospirosis_severe", "suspected leptospirosis with bleeding, breathlessness, shock or altered consciousness: severe form (pulmonary haemorrhage)", "suspeita de leptospirose com sangramento, dispneia, choque ou alteração de consciência: forma grave (hemorragia pulmonar)")
		} else if c.HasAny("jaundice", "oliguria") {
			fl(U, "leptospirosis_weil", "suspected leptospirosis with jaundice or reduced urine (Weil's warning signs): same-day admission", "suspeita de leptospirose com icterícia ou oligúria (sinais de alerta): internação no mesmo dia")
		} else {
			fl(U, "leptospirosis", "fever after flood or rat exposure with calf pain or conjunctival suffusion: suspected leptospirosis, same-day assessment and antibiotics", "febre após enchente ou contato com rato com dor em panturrilhas ou sufusão conjuntival: suspeita de leptospirose, avaliação e antibiótico no mesmo dia")
		}
	}
	// Decompensated heart failure: orthopnoea, rising weight or oedema in a
	// known heart failure, or off its diuretic - same-day diuresis and
	// review (ESC 2021 heart failure guideline).
	// New orthopnoea with oedema, a fast heart or around a pregnancy is a
	// possible first presentation of heart failure (peripartum
	// cardiomyopathy included): same-day ECG, BNP and echo (ESC 2021).
	if !c.Has("heart_failure") && c.Has("orthopnea") && !c.Denied("orthopnea") && !c.HasAny("copd", "asthma") &&
		(c.Has("leg_edema") && (hr > 100 || c.Has("worsening") || c.HasAny("crackles", "jvd") || bnpHigh(c)) || c.Pregnant || c.Has("postpartum")) {
		fl(U, "new_heart_failure", "new breathlessness lying flat with oedema, tachycardia or around a pregnancy: possible new heart failure, same-day ECG, BNP and echo (ESC 2021)", "falta de ar nova ao deitar com edema, taquicardia ou na gestação/puerpério: possível insuficiência cardíaca nova, ECG, BNP e ecocardiograma no mesmo dia (ESC 2021)")
	}
	// Orthopnoea or crackles with leg oedema or a raised JVP is heart
	// failure until shown otherwise, known or new: same-day assessment and
	// NT-proBNP (ESC 2021; NICE NG106).
	if !c.Has("heart_failure") && c.HasAny("orthopnea", "crackles") && c.Has("hf_decompensation") && (c.Has("leg_edema") || jvpRaisedRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "hf_new_signs", "orthopnoea or crackles with oedema or a raised JVP: heart failure, same-day assessment and NT-proBNP (ESC 2021)", "ortopneia ou estertores com edema ou turgência jugular: insuficiência cardíaca, avaliação no mesmo dia e NT-proBNP (ESC 2021)")
	}
	// (a gain of under 2 kg with no breathlessness is fluid to adjust
	// within days: the ESC and NICE action threshold is 2 kg in 3 days)
	if c.Has("heart_failure") && c.Has("hf_decompensation") && smallWeightGain(c.Evidence("hf_decompensation")) && !c.HasAny("orthopnea", "dyspnea", "crackles") && !(hasSpO2 && spo2 < 94) {
		fl(NU, "hf_fluid_small", "known heart failure with a weight gain under 2 kg and no breathlessness: diuretic adjustment and review within days (ESC 2021)", "insuficiência cardíaca conhecida com ganho de peso abaixo de 2 kg e sem dispneia: ajustar diurético e reavaliar em poucos dias (ESC 2021)")
	} else if c.Has("heart_failure") && c.Has("hf_decompensation") {
		fl(U, "hf_decompensated", "known heart failure with orthopnoea, weight gain or rising oedema: decompensation, same-day diuresis and review (ESC 2021)", "insuficiência cardíaca conhecida com ortopneia, ganho de peso ou edema: descompensação, diurético e reavaliação no mesmo dia (ESC 2021)")
	}
	// Sickle cell crisis: pain that home analgesia did not hold needs
	// analgesia within 30 minutes (NICE CG143); chest signs, fever,
	// priapism or neurology make it an emergency.
	if c.Has("sickle_cell") && (c.HasAny("back_pain", "joint_pain", "chest_pain", "abdominal_pain", "limb", "muscle_pain") || c.Severity >= 7) {
		if c.HasAny("chest_pain", "dyspnea", "priapism", "facial_droop", "arm_weakness", "speech") || hasT && temp >= 38 || hasSpO2 && spo2 < 94 {
			fl(E, "sickle_crisis_complicated", "sickle cell crisis with chest, fever, priapism or neurological features: acute chest syndrome or stroke until excluded", "crise falciforme com sintomas torácicos, febre, priapismo ou neurológicos: síndrome torácica aguda ou AVC até prova em contrário")
		} else if (c.Severity > 0 && c.Severity <= 4 || c.Severity <= 5 && mildPainRx.MatchString(clinical.Fold(c.Text))) && homeControlledRx.MatchString(clinical.Fold(c.Text)) && !c.Has("worsening") {
			// mild pain that home analgesia holds, drinking well: managed
			// at home with review (NICE CG143 covers those who present)
			fl(NU, "sickle_pain_home", "mild sickle cell pain controlled with home analgesia, no fever, chest or neurological features: review within 24-48 h", "dor falciforme leve controlada com analgesia em casa, sem febre, sintomas torácicos ou neurológicos: reavaliar em 24-48 h")
		} else {
			fl(U, "sickle_crisis", "painful sickle cell crisis: analgesia within 30 minutes (NICE CG143)", "crise dolorosa falciforme: analgesia em até 30 minutos (NICE CG143)")
		}
	}
	// Orbital (post-septal) cellulitis: proptosis, painful or limited eye
	// movements or a swollen red eye with fever threaten sight and spread to
	// the brain: same-day admission and IV antibiotics (NICE CKS; Chandler).
	// Falling acuity, colour vision or an afferent pupil defect means the
	// optic nerve is compressed: emergency drainage (Chandler; RCOphth).
	// Proptosis with double vision or restricted eye movements is the
	// same (Chandler III-IV: an abscess pressing in the orbit).
	orbitCompressed := c.Has("optic_compromise") || affirmedMatch(proptosisRx, clinical.Fold(c.Text)) && affirmedMatch(ophthalmoplegiaRx, clinical.Fold(c.Text))
	if c.Has("orbital_cellulitis") && orbitCompressed && (c.Has("fever") || c.HasAny("red_eye", "sinusitis", "preseptal") || hasT && temp >= 38) {
		fl(E, "orbital_cellulitis_vision", "orbital cellulitis with falling vision, a pupil defect, or proptosis with double vision or restricted eye movements: orbit under pressure, emergency CT and drainage", "celulite orbitária com queda da visão, defeito pupilar, ou proptose com diplopia ou limitação da movimentação ocular: órbita sob pressão, TC e drenagem de emergência")
	}
	if c.Has("orbital_cellulitis") && (c.Has("fever") || c.HasAny("red_eye", "sinusitis") || hasT && temp >= 38) {
		fl(U, "orbital_cellulitis", "swollen eye with proptosis or painful eye movements: orbital cellulitis, same-day admission and IV antibiotics", "olho inchado com proptose ou dor à movimentação ocular: celulite orbitária, internação e antibiótico EV no mesmo dia")
	}
	// Acute dystonia after a dopamine blocker (metoclopramide, haloperidol,
	// prochlorperazine): frightening and painful, reversed within minutes by
	// an anticholinergic; laryngeal dystonia (stridor) is an airway emergency.
	if c.Has("dystonia") && (c.OnClass("antipsychotic") || dopamineBlockerRx.MatchString(clinical.Fold(c.Text))) {
		if c.Has("airway") {
			fl(E, "acute_dystonia_airway", "laryngeal dystonia after a dopamine blocker: airway emergency", "distonia laríngea após antagonista dopaminérgico: emergência de via aérea")
		} else {
			fl(U, "acute_dystonia", "acute dystonic reaction to a dopamine blocker: anticholinergic (procyclidine, benztropine or biperiden) now, stop the drug", "reação distônica aguda a antagonista dopaminérgico: anticolinérgico (biperideno) agora, suspender o medicamento")
		}
	}
	// Redcurrant-jelly stool in a young child is intussusception until an
	// ultrasound says otherwise: reduction by enema before the bowel dies
	// (APLS; NICE CKS).
	if c.IsChild() && c.AgeOr(1) <= 5 && c.Has("intussusception") {
		fl(E, "intussusception", "redcurrant-jelly stool in a young child: intussusception until an ultrasound excludes it, emergency reduction", "fezes em geleia de framboesa em criança pequena: invaginação intestinal até ultrassom excluir, redução de emergência")
	}
	// Bilious vomiting in a child is malrotation with midgut volvulus until
	// proven otherwise: surgical emergency (NICE CG84; APLS).
	if c.IsChild() && c.Has("bilious_vomiting") {
		fl(E, "bilious_vomiting_child", "green (bilious) vomiting in a child: malrotation with volvulus until proven otherwise, surgical emergency", "vômito verde (bilioso) em criança: má rotação com volvo até prova em contrário, emergência cirúrgica")
	}
	// A child with thirst, polyuria or weight loss and a glucose of
	// 200 mg/dL (11.1 mmol/L) or more has new type 1 diabetes: same-day
	// referral to the paediatric diabetes team, before DKA (NICE NG18).
	// With vomiting, deep breathing, drowsiness or dehydration it is DKA
	// until proven otherwise: emergency (NICE NG18 1.4; ISPAD 2022).
	if g, ok := c.LabValue("glucose"); ok && g >= 200 && c.IsChild() && c.HasAny("polyuria", "polydipsia", "weight_loss") && c.HasAny("vomiting", "kussmaul", "drowsy", "dehydration", "confusion") {
		fl(E, "new_diabetes_child_dka", "a child with new hyperglycaemia and vomiting, deep breathing or drowsiness: suspected DKA, emergency (NICE NG18)", "criança com hiperglicemia nova e vômitos, respiração profunda ou sonolência: suspeita de cetoacidose, emergência (NICE NG18)")
	} else if g, ok := c.LabValue("glucose"); ok && g >= 200 && c.IsChild() && c.HasAny("polyuria", "polydipsia", "weight_loss") {
		fl(U, "new_diabetes_child", "a child with osmotic symptoms and hyperglycaemia: suspected type 1 diabetes, same-day paediatric diabetes referral", "criança com sintomas osmóticos e hiperglicemia: suspeita de diabetes tipo 1, encaminhamento no mesmo dia")
	}
	// Fever or a sore throat on an antithyroid drug or clozapine is
	// agranulocytosis until a same-day neutrophil count says otherwise
	// (ATA 2016 hyperthyroidism; MHRA clozapine monitoring).
	if (c.OnClass("antithyroid") || c.OnDrug("clozapine")) && (c.HasAny("fever", "sore_throat") || hasT && temp >= 38) && !neutrophilsMeasuredNormal(c) {
		fl(U, "agranulocytosis_risk", "fever or sore throat on an antithyroid drug or clozapine: possible agranulocytosis, same-day neutrophil count", "febre ou dor de garganta em uso de antitireoidiano ou clozapina: possível agranulocitose, neutrófilos no mesmo dia")
	}
	// Fever for five days or more in a child with three of the principal
	// features (eyes, lips and mouth, hands and feet, rash, neck node) is
	// Kawasaki disease until an echocardiogram says otherwise: same-day
	// referral, IVIG within 10 days of onset (AHA 2017).
	if c.IsChild() && (c.Has("kawasaki") || kawasakiFeatures(c) >= 3 && (c.Has("fever") || hasT && temp >= 38) && c.DurationHours >= 24*4) {
		fl(U, "kawasaki_possible", "prolonged fever with features of Kawasaki disease: same-day referral for echocardiogram and IVIG", "febre prolongada com sinais de doença de Kawasaki: encaminhamento no mesmo dia para ecocardiograma e imunoglobulina")
	}
	// Projectile vomiting in an infant (or a peristaltic wave, an "olive")
	// is hypertrophic pyloric stenosis until an ultrasound says otherwise:
	// same-day assessment, fluids and electrolytes before pyloromyotomy
	// (NICE CKS vomiting in children; APLS).
	if c.IsChild() && age < 1 && c.Has("pyloric") && !c.Has("bilious_vomiting") {
		fl(U, "pyloric_stenosis", "projectile vomiting in an infant: possible pyloric stenosis, same-day ultrasound and electrolytes", "vômito em jato em lactente: possível estenose hipertrófica de piloro, ultrassom e eletrólitos no mesmo dia")
	}
	// A diabetic foot ulcer with spreading redness, pus, fever or a probe
	// reaching bone is a moderate infection at least (IWGDF/IDSA 2023):
	// same-day foot-team review, X-ray and antibiotics.
	// (diabetes known from the medicines too: metformin, a sulfonylurea, insulin)
	diabetic := c.Has("diabetes") || c.OnClass("sulfonylurea") || c.OnClass("insulin") || c.OnDrug("metformin")
	if c.Has("foot_ulcer") && diabetic && (c.HasAny("cellulitis", "fever", "wound_infection") || hasT && temp >= 38 || diabeticFootRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "diabetic_foot_infection", "infected diabetic foot ulcer (spreading redness, pus or probe to bone): same-day foot team, X-ray and antibiotics (IWGDF/IDSA)", "úlcera de pé diabético infectada (hiperemia em expansão, pus ou sonda tocando osso): equipe de pé diabético, radiografia e antibiótico no mesmo dia (IWGDF/IDSA)")
	}
	// An infected surgical or caesarean wound with fever needs same-day
	// review, drainage and antibiotics (NICE NG125).
	if c.Has("wound_infection") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38 || c.HasAny("recent_surgery", "postpartum")) {
		fl(U, "wound_infection", "infected surgical wound: same-day review, swab, drainage and antibiotics (NICE NG125)", "ferida operatória infectada: reavaliação, cultura, drenagem e antibiótico no mesmo dia (NICE NG125)")
	}
	// Sudden sensorineural hearing loss within days is treated early with
	// steroids after same-day audiology (AAO-HNS 2019; NICE CKS).
	if c.Has("sudden_hearing_loss") {
		fl(U, "sudden_hearing_loss", "sudden hearing loss: same-day ENT assessment and audiometry, early steroids (AAO-HNS 2019)", "perda auditiva súbita: avaliação otorrinolaringológica e audiometria no mesmo dia, corticoide precoce")
	}
	// An abscess with fever, or one growing despite antibiotics, needs
	// drainage the same day (NICE CKS; breast abscess: ultrasound and
	// aspiration).
	if c.Has("abscess") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38 || abscessFailingRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "abscess_drainage", "abscess with fever or growing despite antibiotics: same-day drainage", "abscesso com febre ou crescendo apesar do antibiótico: drenagem no mesmo dia")
	}
	// Heavy postpartum bleeding with dizziness, near-fainting or pallor is
	// a postpartum haemorrhage with compromise (RCOG GTG 52): emergency.
	if (c.Has("postpartum") || c.Pregnant) && (c.HasAny("vaginal_bleeding", "bleeding") || c.Has("heavy_pads")) && (c.Has("heavy_pads") || c.HasAny("large_volume", "major_bleeding")) &&
		(c.HasAny("dizziness", "syncope", "presyncope") || pallorRx.MatchString(clinical.Fold(c.Text)) || hr >= 110 || hasSBP && sbp < 90) {
		fl(E, "pph_compromise", "heavy bleeding after birth with dizziness, fainting or pallor: postpartum haemorrhage, emergency", "sangramento intenso no pós-parto com tontura, desmaio ou palidez: hemorragia pós-parto, emergência")
	}
	// A blow to a pregnant abdomen from 20 weeks needs same-day CTG and,
	// when RhD-negative, anti-D (RCOG GTG 63; ACOG).
	if c.Pregnant && c.Has("bump_impact") {
		fl(U, "abdominal_trauma_pregnancy", "impact on the pregnant abdomen: same-day maternity assessment with CTG", "trauma abdominal na gestação: avaliação obstétrica com cardiotocografia no mesmo dia")
	}
	// A cyanotic breath-holding spell after crying, over within a minute
	// and back to normal: benign, reviewed within days (ECG and iron
	// studies after a first spell; AAP, Pediatrics in Review 2017).
	if c.IsChild() && c.Has("breath_holding") && !c.Has("cyanosis") && !Altered(c) && !c.HasAny("seizure", "fever", "dyspnea") {
		fl(NU, "breath_holding_spell", "breath-holding spell after crying, fully recovered: review within days (ECG and iron studies for a first spell)", "crise de perda de fôlego após choro, recuperação completa: avaliação em poucos dias (ECG e ferro no primeiro episódio)")
	}
	// Diarrhoea on a checkpoint inhibitor is immune-related colitis until
	// shown otherwise: same-day assessment, immunotherapy held, steroids
	// from grade 2 (ASCO 2021 irAE guideline; ESMO 2022).
	if c.OnClass("checkpoint_inhibitor") && c.Has("diarrhea") {
		fl(U, "immune_colitis", "diarrhoea on a checkpoint inhibitor: immune-related colitis, same-day assessment (ASCO 2021)", "diarreia em uso de inibidor de checkpoint: colite imunomediada, avaliação no mesmo dia (ASCO 2021)")
	}
	// A cloudy peritoneal dialysis bag is peritonitis until the cell count
	// says otherwise: intraperitoneal antibiotics the same day (ISPD 2022);
	// sepsis signs make it an emergency through the physiology rules.
	// cloudy fluid from a wound is not a dialysis bag
	if c.Has("pd_peritonitis") && (c.Has("on_dialysis") || strings.Contains(clinical.Fold(c.Text), "dialys") || strings.Contains(clinical.Fold(c.Text), "dialis") || strings.Contains(clinical.Fold(c.Text), "periton")) {
		fl(U, "pd_peritonitis", "cloudy peritoneal dialysis effluent: PD peritonitis, same-day cell count and intraperitoneal antibiotics (ISPD 2022)", "efluente de diálise peritoneal turvo: peritonite, celularidade e antibiótico intraperitoneal no mesmo dia (ISPD 2022)")
	}
	// A silent arteriovenous fistula (no thrill or bruit) is a thrombosed
	// access: declotting within 24-48 h, before the next session, saves it
	// (KDOQI 2019 vascular access).
	if c.Has("fistula_thrombosis") {
		fl(U, "fistula_thrombosis", "no thrill or bruit over a dialysis fistula: thrombosed access, declotting before the next session (KDOQI 2019)", "fístula de diálise sem frêmito ou sopro: acesso trombosado, desobstrução antes da próxima sessão (KDOQI 2019)")
	}
	// Cushingoid features (moon face, purple striae, a dorsocervical pad,
	// easy bruising) call for an endocrine work-up within days; on a
	// booster with an inhaled or nasal steroid they are the interaction's
	// (Endocrine Society 2008 Cushing's syndrome; FDA Tybost label).
	if c.Has("cushingoid") {
		fl(NU, "cushingoid", "cushingoid features: endocrine assessment within days (Endocrine Society 2008)", "sinais cushingoides: avaliação endocrinológica em poucos dias (Endocrine Society 2008)")
	}
	// A child with fever who will not bear weight has septic arthritis
	// until excluded (Kocher criteria): same-day bloods and ultrasound.
	// Lethargy with a slow capillary refill in that child is septic
	// arthritis with sepsis: antibiotics and washout now (NICE NG143
	// amber-red features; NICE NG51).
	if c.IsChild() && c.Has("non_weight_bearing") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38) && (c.Has("drowsy") || Altered(c)) && c.Vitals.CapRefillS != nil && *c.Vitals.CapRefillS >= 3 {
		fl(E, "septic_arthritis_child_sepsis", "fever, refusal to bear weight, lethargy and a slow capillary refill: septic arthritis with sepsis, antibiotics and orthopaedics now (NICE NG143/NG51)", "febre, recusa em apoiar, letargia e enchimento capilar lento: artrite séptica com sepse, antibiótico e ortopedia já")
	} else if c.IsChild() && c.Has("non_weight_bearing") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38) {
		fl(U, "septic_arthritis_child", "fever with refusal to bear weight: exclude septic arthritis the same day", "febre com recusa em apoiar o membro: excluir artrite séptica no mesmo dia")
	}
	// Nephrotic syndrome (oedema with heavy proteinuria): same-day
	// albumin, renal function and urine protein (KDIGO 2021).
	// (An adult whose bloods are already back with a normal creatinine,
	// normal blood pressure and no sign of a clot, an infection or
	// breathlessness is seen by nephrology within days for the biopsy
	// (KDIGO 2021); a child is seen the same day for steroids.)
	nephroticStableAdult := !c.IsChild() && c.AgeOr(30) >= 18 && creatinineKnownNormal(c) && (!hasSBP || sbp < 160) && !c.HasAny("dyspnea", "dvt_signs", "chest_pain", "flank_pain", "abdominal_pain") && !(c.Has("fever") && !c.Denied("fever")) && !SuspectedInfection(c)
	if c.Has("nephrotic") && (c.Has("leg_edema") || edemaWordRx.MatchString(clinical.Fold(c.Text))) && nephroticStableAdult {
		fl(NU, "nephrotic_syndrome_stable", "nephrotic syndrome in an adult with normal creatinine and blood pressure and no clot or infection: nephrology review within days (KDIGO 2021)", "síndrome nefrótica em adulto com creatinina e pressão normais, sem trombose ou infecção: avaliação nefrológica em poucos dias (KDIGO 2021)")
	} else if c.Has("nephrotic") && (c.Has("leg_edema") || edemaWordRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "nephrotic_syndrome", "oedema with frothy urine or heavy proteinuria: nephrotic syndrome, same-day bloods", "edema com urina espumosa ou proteinúria intensa: síndrome nefrótica, exames no mesmo dia")
	}
	// Dengue group B (Ministério da Saúde 2024): a positive tourniquet
	// test, age ≥ 65 or comorbidities mean a same-day blood count.
	if c.Has("dengue") && !dengueExcludedRx.MatchString(clinical.Fold(c.Text)) && (c.Has("fever") || hasT && temp >= 38) && (c.Has("tourniquet_positive") || c.AgeOr(30) >= 65 || c.HasAny("diabetes", "hypertension", "ckd")) && c.IsChild() == false {
		fl(U, "dengue_group_b", "suspected dengue with a positive tourniquet test, age ≥ 65 or comorbidity (group B): same-day blood count", "suspeita de dengue com prova do laço positiva, idade ≥ 65 ou comorbidade (grupo B): hemograma no mesmo dia")
	}
	// Jaundice in an infant past two weeks with pale stools, dark urine or
	// a raised conjugated bilirubin is cholestasis (biliary atresia until
	// excluded: Kasai before 60 days): same-day specialist referral.
	if c.IsChild() && c.AgeOr(5) < 1 && c.Has("jaundice") {
		if db, ok := c.LabValue("direct bilirubin"); ok && db > 1 || c.Has("acholic_stools") || darkUrineRx.MatchString(clinical.Fold(c.Text)) {
			fl(U, "conjugated_jaundice_infant", "infant jaundice with pale stools, dark urine or conjugated bilirubin: biliary atresia until excluded, same-day referral", "icterícia no lactente com fezes claras, urina escura ou bilirrubina direta alta: atresia de vias biliares até prova em contrário, encaminhar no mesmo dia")
		}
	}
	// Fever after tick bites in an endemic area: spotted fever; doxycycline
	// the same day without waiting for serology (Ministério da Saúde; CDC).
	if c.Has("tick_bite") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38) {
		fl(U, "tick_borne_fever", "fever after tick bites: spotted fever until excluded, same-day doxycycline", "febre após picada de carrapato: febre maculosa até prova em contrário, doxiciclina no mesmo dia")
	}
	// Toxic gas or fumes with cough, wheeze or low saturations: same-day
	// observation for delayed pneumonitis.
	// Organophosphate or carbamate exposure: muscarinic signs alone with
	// normal observations are decontaminated and watched for hours;
	// bronchorrhoea, bradycardia, fasciculations, weakness, a fall in
	// consciousness or breathing trouble is a cholinergic crisis (WHO;
	// Eddleston, Lancet 2008). A list of signs denied in one sentence
	// ("no headaches, blurred vision, sweating or twitching") denies them all.
	if c.Has("organophosphate") {
		crisis := c.HasAny("seizure", "unresponsive", "dyspnea", "wheeze", "confusion", "paralysis") || Altered(c) || affirmedInSentence(organoCrisisRx, clinical.Fold(c.Text)) ||
			hr > 0 && hr < 50 || hasSpO2 && spo2 < 92
		if crisis {
			fl(E, "cholinergic_crisis", "organophosphate or carbamate poisoning with bronchorrhoea, bradycardia, weakness or a fall in consciousness: atropine and airway now", "intoxicação por organofosforado ou carbamato com broncorreia, bradicardia, fraqueza ou rebaixamento: atropina e via aérea já")
		} else if affirmedInSentence(exposureSymptomRx, clinical.Fold(c.Text)) || c.HasAny("headache", "nausea", "vomiting", "diaphoresis", "diarrhea") {
			fl(U, "organophosphate_exposure", "symptoms after an organophosphate or carbamate exposure: decontaminate, cholinesterase and observe for hours", "sintomas após exposição a organofosforado ou carbamato: descontaminar, colinesterase e observar por horas")
		}
	}
	if c.Has("toxic_inhalation") && (c.HasAny("cough", "wheeze", "dyspnea", "chest_pain") || hasSpO2 && spo2 < 95) && !recoveredInjury(c) {
		fl(U, "toxic_inhalation", "breathing symptoms after toxic fumes: same-day bronchodilators and observation for delayed pneumonitis", "sintomas respiratórios após inalação de gases tóxicos: broncodilatador e observação no mesmo dia")
	}
	// Parkinson's disease made worse by a dopamine blocker (haloperidol,
	// risperidone, metoclopramide): rigidity, falls, choking; stop it and
	// review the same day (NICE NG71).
	if c.OnClass("antiparkinson") && (c.OnDrug("haloperidol") || c.OnDrug("risperidone") || c.OnDrug("chlorpromazine") || c.OnDrug("metoclopramide")) &&
		(c.HasAny("non_weight_bearing", "choking", "dysphagia", "fall", "worsening") || rigidRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "parkinsonism_drug_worsened", "parkinsonism worsened by a dopamine blocker (rigidity, falls, choking): stop it, same-day review", "parkinsonismo piorado por bloqueador dopaminérgico (rigidez, quedas, engasgos): suspender e revisar no mesmo dia")
	}
	// Catatonia: same-day assessment, CK and a lorazepam challenge (NICE;
	// Bush-Francis); with fever or unstable vitals it is malignant.
	// Flashes with a shower of floaters or a spreading shadow: a retinal
	// tear or detachment, same-day eye assessment (RCOphth; NICE CKS).
	// A chemical in the eye is irrigated before anything else; alkalis
	// penetrate and blind within minutes (RCEM; Manchester very urgent).
	if c.Has("chemical_eye") {
		fl(E, "chemical_eye_injury", "chemical in the eye: irrigate now until the pH is neutral, then emergency eye assessment", "produto químico no olho: irrigar já até pH neutro, depois avaliação oftalmológica de emergência")
	}
	// Eczema herpeticum: same-day aciclovir and review, sooner near the eye
	// (NICE CKS atopic eczema; BAD).
	// An infantile haemangioma that closes an eye or covers the pupil
	// risks amblyopia within weeks: specialist review and propranolol
	// within days; on the face, lip, nose, beard area or perineum, or
	// five or more, a referral within weeks (AAP 2019 infantile
	// hemangioma guideline; BAD).
	if t := clinical.Fold(c.Text); c.IsChild() && affirmedMatch(haemangiomaRx, t) {
		if haemangiomaEyeRx.MatchString(t) {
			fl(U, "haemangioma_eye", "infantile haemangioma closing the eye or covering the pupil: specialist review and propranolol within days (AAP 2019)", "hemangioma infantil fechando o olho ou cobrindo a pupila: especialista e propranolol em poucos dias (AAP 2019)")
		} else if haemangiomaHighRiskRx.MatchString(t) {
			fl(NU, "haemangioma_high_risk", "infantile haemangioma in a high-risk site: specialist referral within weeks (AAP 2019)", "hemangioma infantil em local de risco: encaminhar ao especialista em poucas semanas (AAP 2019)")
		}
	}
	// Systemically unwell with it (drowsy or lethargic, dehydrated, slow
	// refill or a fever with a racing pulse) it is an admission for IV
	// aciclovir now (NICE CKS; BAD eczema herpeticum guidance).
	if c.Has("eczema_herpeticum") && (c.HasAny("drowsy", "ill_appearing", "dehydration") || Altered(c)) {
		fl(E, "eczema_herpeticum_unwell", "eczema herpeticum in a systemically unwell patient: admission for IV aciclovir now", "eczema herpético com comprometimento sistêmico: internação para aciclovir venoso já")
	}
	if c.Has("eczema_herpeticum") {
		fl(U, "eczema_herpeticum", "punched-out erosions on eczematous skin: eczema herpeticum, same-day aciclovir and review", "erosões em saca-bocado sobre eczema: eczema herpético, aciclovir e avaliação no mesmo dia")
	}
	// A pulmonary embolism or DVT a scan found by chance, in a patient not
	// anticoagulated, is treated like a symptomatic one: anticoagulation
	// the same day (NICE NG158; ISTH 2018 incidental PE guidance).
	if c.Has("vte_event") && c.Has("incidental_finding") && !c.OnClass("anticoagulant") && incidentalVTERx.MatchString(clinical.Fold(c.Text)) {
		fl(U, "incidental_vte", "pulmonary embolism or DVT found on a scan and not anticoagulated: start anticoagulation the same day (NICE NG158)", "embolia pulmonar ou TVP achada em exame, sem anticoagulação: iniciar anticoagulação no mesmo dia (NICE NG158)")
	}
	if c.Has("retinal_detachment") {
		fl(U, "retinal_detachment", "flashes, new floaters or a spreading shadow: retinal tear or detachment, same-day eye assessment", "flashes, moscas volantes novas ou sombra que avança: rotura ou descolamento de retina, avaliação oftalmológica no mesmo dia")
	}
	// Catatonia with fever and a racing pulse or swinging blood pressure
	// is malignant catatonia, fatal without lorazepam and ECT in a
	// monitored bed (Fink & Taylor; BAP 2023 catatonia guideline).
	if c.Has("catatonia") && (hasT && temp >= 38 || c.Has("fever") && !c.Denied("fever")) && (hr > 110 || autonomicSwingRx.MatchString(clinical.Fold(c.Text))) {
		fl(E, "malignant_catatonia", "catatonia with fever and autonomic instability: malignant catatonia, IV lorazepam in a monitored bed (BAP 2023)", "catatonia com febre e instabilidade autonômica: catatonia maligna, lorazepam EV em leito monitorizado (BAP 2023)")
	} else if c.Has("catatonia") {
		fl(U, "catatonia", "catatonia: same-day psychiatric assessment, CK and lorazepam challenge", "catatonia: avaliação psiquiátrica no mesmo dia, CK e teste com lorazepam")
	}
	// A positive pregnancy test with pain and bleeding and no scan yet
	// (or an IUD in place) is an ectopic until a scan says otherwise: same
	// day (NICE NG126).
	if (c.Pregnant || c.Has("early_pregnancy_pain")) && c.HasAny("vaginal_bleeding", "bleeding") && (c.Has("abdominal_pain") || lowerAbdoRx.MatchString(clinical.Fold(c.Text))) && !c.Has("iup_confirmed") {
		fl(U, "ectopic_to_exclude", "early pregnancy with pain and bleeding, no intrauterine pregnancy seen: exclude ectopic the same day", "gestação inicial com dor e sangramento sem gestação tópica confirmada: excluir ectópica no mesmo dia")
	}
	// Theophylline toxicity (vomiting, tachycardia, tremor, seizures),
	// often after ciprofloxacin or clarithromycin: same-day level and ECG.
	if c.OnDrug("theophylline") || c.OnDrug("aminophylline") {
		n := 0
		for _, k := range []string{"vomiting", "palpitations", "tremor", "seizure", "agitation", "insomnia"} {
			if c.Has(k) {
				n++
			}
		}
		if n >= 2 || c.Has("seizure") || hr >= 120 && n >= 1 {
			fl(U, "theophylline_toxicity", "vomiting, tachycardia or tremor on theophylline: toxicity until the level is known, same-day level and ECG", "vômitos, taquicardia ou tremor em uso de teofilina: toxicidade até prova em contrário, dosar nível e ECG no mesmo dia")
		}
	}
	// HIV post-exposure prophylaxis works best started within hours and
	// not after 72 h (CDC 2025; BASHH; Ministério da Saúde PCDT PEP).
	if c.Has("pep_needed") && (c.DurationHours < 0 || c.DurationHours <= 72) {
		fl(U, "pep_window", "exposure within 72 h: start HIV post-exposure prophylaxis the same day", "exposição há menos de 72 h: iniciar profilaxia pós-exposição ao HIV no mesmo dia")
	}
	// A cough of three weeks or more with blood in the sputum, weight loss
	// or drenching night sweats is presumptive tuberculosis: same-day
	// sputum (rapid molecular test), chest X-ray and HIV test, and
	// isolation where people live close together (WHO 2022 consolidated
	// TB guidelines; Ministério da Saúde manual de TB 2019). With weight
	// loss or sweats but no blood, the tests are done within days.
	if c.Has("cough") && c.DurationHours >= 24*21 && (c.HasAny("blood_streaked", "hemoptysis", "weight_loss") || nightSweatsRx.MatchString(clinical.Fold(c.Text))) {
		if c.HasAny("blood_streaked", "hemoptysis") || immunosuppressedForTB(c) {
			// (on an anti-TNF, a transplant drug or with HIV the disease
			// moves fast and spreads: the same day, BTS 2005 anti-TNF TB
			// guidance; WHO 2022)
			fl(U, "presumptive_tb", "cough for three weeks or more with blood in the sputum: presumptive tuberculosis, same-day sputum test and chest X-ray (WHO 2022)", "tosse há três semanas ou mais com sangue no escarro: tuberculose presumida, escarro e radiografia no mesmo dia (Ministério da Saúde)")
		} else {
			fl(NU, "presumptive_tb", "cough for three weeks or more with weight loss or night sweats: presumptive tuberculosis, sputum test and chest X-ray within days (WHO 2022)", "tosse há três semanas ou mais com perda de peso ou suor noturno: tuberculose presumida, escarro e radiografia em poucos dias (Ministério da Saúde)")
		}
	}
	// A sexual assault (or a drug-facilitated one: no memory, clothes
	// removed) within 72 hours: emergency contraception, HIV PEP, STI
	// prophylaxis and a forensic examination offer the same day (WHO 2013
	// clinical guidelines; BASHH 2021; Ministério da Saúde norma técnica).
	if c.Has("sexual_assault") && (c.DurationHours < 0 || c.DurationHours <= 24*7) {
		fl(U, "sexual_assault", "sexual assault: same-day emergency contraception, HIV post-exposure prophylaxis, STI prophylaxis and a forensic examination offer (WHO 2013)", "violência sexual: contracepção de emergência, profilaxia pós-exposição ao HIV, profilaxia de IST e oferta de exame pericial no mesmo dia")
	}
	// Optic neuritis: painful eye movement with loss of acuity or colour
	// vision; same-day neuro-ophthalmology and MRI (NICE CKS).
	if c.Has("optic_neuritis") && c.HasAny("blurred_vision", "vision_loss", "eye_pain") || c.Has("optic_neuritis") && opticSignRx.MatchString(clinical.Fold(c.Text)) {
		fl(U, "optic_neuritis", "painful visual loss with a colour or pupil defect: optic neuritis, same-day assessment and MRI", "perda visual dolorosa com alteração de cores ou pupila: neurite óptica, avaliação e RM no mesmo dia")
	}
	// Two or more seizures in a day, even with recovery in between, are a
	// cluster: same-day review of levels and triggers (NICE NG217).
	if c.Has("seizure_cluster") && !c.Has("status_epilepticus") {
		fl(U, "seizure_cluster", "two or more seizures today: same-day review of drug levels and triggers", "duas ou mais crises hoje: rever níveis e desencadeantes no mesmo dia")
	}
	// A perianal abscess is drained the same day (NICE CKS; ASCRS).
	if c.Has("abscess") && perianalRx.MatchString(clinical.Fold(c.Text)) {
		fl(U, "perianal_abscess", "perianal abscess: same-day incision and drainage", "abscesso perianal: incisão e drenagem no mesmo dia")
	}
	// Pericardial tamponade (pulsus paradoxus, muffled sounds, an
	// effusion with diastolic collapse): pericardiocentesis now (ESC 2015).
	if c.Has("tamponade") && (c.HasAny("dyspnea", "syncope", "presyncope", "dizziness") || hasSBP && sbp < 100 || affirmedMatch(tamponadeSignRx, clinical.Fold(c.Text))) {
		fl(E, "tamponade", "features of cardiac tamponade: emergency echocardiography and pericardiocentesis", "sinais de tamponamento cardíaco: ecocardiograma e pericardiocentese de emergência")
	}
	// Methanol or ethylene glycol with visual symptoms or a wide anion
	// gap: antidote and dialysis now (EXTRIP).
	if c.Has("toxic_alcohol") && (c.HasAny("vision_loss", "blurred_vision", "confusion", "vomiting", "dyspnea", "abdominal_pain") || toxicAlcoholGapRx.MatchString(clinical.Fold(c.Text))) {
		fl(E, "toxic_alcohol", "suspected methanol or ethylene glycol poisoning: fomepizole or ethanol and dialysis now", "suspeita de intoxicação por metanol ou etilenoglicol: fomepizol ou etanol e diálise já")
	}
	// Symptomatic bradycardia (light-headed, tired, near-faint) at 45/min
	// or slower, or any rate under 40, needs a same-day ECG and a drug
	// review (ESC 2021 pacing; beta-blockers, verapamil, ivabradine,
	// digoxin).
	if hr > 0 && (hr < 40 || hr <= 45 && c.HasAny("dizziness", "syncope", "presyncope", "generalized_weakness", "dyspnea", "confusion")) {
		fl(U, "bradycardia_symptomatic", f("heart rate %.0f/min with symptoms: same-day ECG and review of rate-slowing drugs", hr), f("frequência cardíaca %.0f/min com sintomas: ECG e revisão de fármacos bradicardizantes no mesmo dia", hr))
	}
	// A ruptured quadriceps, patellar or Achilles tendon is repaired early:
	// same-day imaging and orthopaedic review.
	// (a closed mallet finger, the tip that will not straighten after a
	// ball hits it, is splinted and seen in the hand clinic within days:
	// NICE CKS mallet finger; BSSH)
	if t := clinical.Fold(c.Text); c.Has("tendon_rupture") && malletRx.MatchString(t) && straightenRx.MatchString(t) && !affirmedMatch(cutRx, t) && !c.HasAny("laceration", "open_fracture") {
		fl(NU, "mallet_finger", "closed mallet finger: extension splint now and hand clinic within days (NICE CKS)", "dedo em martelo fechado: tala em extensão e ambulatório de mão em poucos dias")
	} else if c.Has("tendon_rupture") && !tendonRepairedRx.MatchString(clinical.Fold(c.Text)) {
		fl(U, "tendon_rupture", "suspected tendon rupture (lost extension or a palpable gap): same-day imaging and orthopaedics", "suspeita de ruptura tendínea (perda da extensão ou falha palpável): imagem e ortopedia no mesmo dia")
	}
	// Jaundice with a prolonged INR or transaminases in the thousands is an
	// acute hepatitis that may be failing: same-day assessment (AASLD/EASL
	// acute liver failure).
	if c.Has("jaundice") {
		inr, hasINR := c.LabValue("inr")
		alt, hasALT := c.LabValue("alt")
		if hasINR && inr >= 1.5 && !c.OnClass("vka") || hasALT && alt >= 1000 {
			fl(U, "acute_hepatitis_severe", "jaundice with INR ≥ 1.5 or ALT in the thousands: acute hepatitis, same-day assessment for liver failure", "icterícia com INR ≥ 1,5 ou TGP em milhares: hepatite aguda, avaliação no mesmo dia para insuficiência hepática")
		} else if !c.IsChild() && !c.Has("liver_disease") && !c.Denied("jaundice") && (c.HasAny("acholic_stools", "weight_loss") || cholestasisRx.MatchString(clinical.Fold(c.Text)) || func() bool { b, ok := c.LabValue("bilirubin"); return ok && b >= 3 }()) {
			// New jaundice in an adult with pale stools, dark urine, itch
			// or weight loss is an obstruction until imaged, a cancer of
			// the pancreas or bile ducts among the causes: urgent
			// ultrasound or CT (NICE NG12 1.2.2; ACG 2017 abnormal liver tests).
			fl(U, "obstructive_jaundice", "new jaundice with pale stools, dark urine, itch or weight loss: obstruction until imaged, urgent ultrasound/CT (NICE NG12)", "icterícia nova com fezes claras, urina escura, prurido ou emagrecimento: obstrução até prova em contrário, USG/TC com urgência (NICE NG12)")
		}
	}
	// A contact-lens wearer with a painful red eye, a corneal spot or
	// reduced vision has microbial keratitis until scraped: same-day eye
	// service (NICE CKS; AAO).
	if c.Has("keratitis") || c.Has("contact_lens") && (c.HasAny("red_eye", "eye_pain", "photophobia", "blurred_vision", "vision_loss") || keratitisRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "microbial_keratitis", "painful red eye in a contact-lens wearer or a corneal infiltrate: microbial keratitis, same-day eye service", "olho vermelho doloroso em usuário de lente de contato ou infiltrado de córnea: ceratite microbiana, serviço de oftalmologia no mesmo dia")
	}
	// A pulsatile abdominal mass with pain, hypotension or bruising is a
	// leaking aortic aneurysm until imaged (ESVS 2024); painless, it is
	// referred the same day.
	if c.Has("aaa_known") && c.HasAny("back_pain", "abdominal_pain", "flank_pain") && (c.Has("sudden_onset") || c.HasAny("syncope", "presyncope") || hr >= 100 || hasSBP && sbp < 100) {
		fl(E, "aaa_symptomatic", "known aortic aneurysm with new pain and shock or sudden onset: rupture until imaged", "aneurisma de aorta conhecido com dor nova e choque ou início súbito: ruptura até prova em contrário")
	}
	// (a pulsing lump at an arterial puncture site days after a
	// catheter is a false aneurysm, graded with the devices: urgent)
	accessPseudo := affirmedMatch(pseudoaneurysmRx, clinical.Fold(c.Text)) && arterialAccessRx.MatchString(clinical.Fold(c.Text)) &&
		!c.HasAny("limb_ischemia", "syncope", "presyncope") && !(hasSBP && sbp < 100) && hr < 110
	if c.Has("pulsatile_mass") && !accessPseudo {
		if c.HasAny("back_pain", "abdominal_pain", "flank_pain", "syncope", "presyncope", "bruising", "dizziness") || hr >= 100 || hasSBP && sbp < 110 {
			fl(E, "aaa_symptomatic", "pulsatile abdominal mass with pain, bruising or low blood pressure: leaking aortic aneurysm until imaged", "massa abdominal pulsátil com dor, equimose ou pressão baixa: aneurisma de aorta roto até prova em contrário")
		} else {
			fl(U, "aaa_suspected", "pulsatile abdominal mass: aortic aneurysm, same-day imaging", "massa abdominal pulsátil: aneurisma de aorta, imagem no mesmo dia")
		}
	}
	// Headache with papilloedema, a focal seizure or a drift is raised
	// intracranial pressure (tumour, venous sinus thrombosis): emergency
	// imaging (NICE NG217).
	// Headache with papilloedema alone, alert and with no focal sign (the
	// picture of idiopathic intracranial hypertension, often drug-induced:
	// tetracyclines, retinoids), is imaged the same day with an
	// ophthalmology review (Mollan 2018 IIH consensus); with any sign of a
	// mass it is the emergency below.
	iihPicture := c.Has("headache") && c.Has("papilloedema") && !c.HasAny("focal_seizure", "seizure", "arm_weakness", "vision_loss", "vomiting", "confusion", "fever") && !Altered(c)
	if iihPicture {
		fl(U, "papilloedema_headache", "headache with papilloedema and no focal sign: raised intracranial pressure (e.g. idiopathic intracranial hypertension), same-day imaging and ophthalmology", "cefaleia com papiledema sem sinal focal: hipertensão intracraniana (p. ex. idiopática), imagem e oftalmologia no mesmo dia")
	} else if c.Has("headache") && (c.Has("papilloedema") || c.Has("focal_seizure")) || c.Has("papilloedema") && c.HasAny("vomiting", "seizure", "arm_weakness", "vision_loss") {
		fl(E, "raised_icp", "headache with papilloedema or a focal seizure: raised intracranial pressure, emergency imaging", "cefaleia com papiledema ou crise focal: hipertensão intracraniana, imagem de emergência")
	}
	// Told without an eye examination: a headache worse lying down or on
	// waking, with vomiting or blurred or double vision, has the features
	// of raised intracranial pressure (NICE CKS headache red flags; drugs
	// such as tetracyclines and retinoids cause it): same-day fundoscopy
	// and imaging.
	if !iihPicture && c.Has("headache") && !c.Has("papilloedema") && raisedICPRx.MatchString(clinical.Fold(c.Text)) && (c.Has("vomiting") || c.Has("blurred_vision")) {
		fl(U, "headache_raised_pressure_features", "headache worse lying down or on waking with vomiting or visual blurring: raised intracranial pressure features, same-day fundoscopy and imaging", "cefaleia pior deitado ou ao acordar com vômitos ou visão turva: sinais de hipertensão intracraniana, fundoscopia e imagem no mesmo dia")
	}
	// Superior vena cava obstruction without stridor or cerebral signs:
	// same-day CT and specialist care (emergency with airway compromise).
	if c.Has("svc_obstruction") {
		if c.HasAny("airway", "confusion") || Altered(c) {
			fl(E, "svc_obstruction_airway", "superior vena cava obstruction with stridor or cerebral signs", "obstrução de veia cava superior com estridor ou sinais cerebrais")
		} else {
			fl(U, "svc_obstruction", "facial swelling with engorged neck and chest veins: superior vena cava obstruction, same-day CT", "edema facial com veias cervicais e torácicas ingurgitadas: obstrução de veia cava superior, TC no mesmo dia")
		}
	}
	// A swollen dusky arm with distended veins is an upper-limb DVT
	// (Paget-Schroetter after effort): same-day duplex.
	// (a swelling round a sting or bite is a local reaction or cellulitis)
	// (a red swollen arm in the days after a jab there is the vaccine's
	// local reaction: extensive limb swelling after a booster is benign,
	// reviewed within a day or two; Green Book ch. 8)
	postVaccineArm := c.Has("arm_swelling") && recentJabRx.MatchString(clinical.Fold(c.Text)) && !armVeinsRx.MatchString(clinical.Fold(c.Text))
	if postVaccineArm && !(c.Has("fever") && !c.Denied("fever")) && !c.HasAny("ill_appearing") {
		fl(NU, "vaccine_local_reaction", "a swollen red arm in the days after a vaccine: an extensive local reaction, review within a day or two (Green Book)", "braço inchado e vermelho dias após uma vacina: reação local extensa, revisar em um ou dois dias")
	} else if !postVaccineArm && (c.Has("arm_swelling") && !c.HasAny("injury", "insect_bite", "animal_bite") || c.Has("arm_swelling") && armVeinsRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "upper_limb_dvt", "swollen, dusky arm with distended veins: upper-limb DVT, same-day duplex ultrasound", "braço edemaciado e arroxeado com veias dilatadas: TVP de membro superior, duplex no mesmo dia")
	}
	// Measles: isolation, notification and post-exposure prophylaxis for
	// contacts (UKHSA; Ministério da Saúde).
	if c.Has("measles") && (c.Has("fever") || hasT && temp >= 38 || c.Has("rash")) {
		fl(U, "measles_suspected", "suspected measles: same-day assessment in isolation and public-health notification", "suspeita de sarampo: avaliação no mesmo dia em isolamento e notificação")
	}
	// Preseptal (periorbital) cellulitis: a swollen red eyelid with fever
	// and no orbital sign is treated the same day with antibiotics and
	// reviewed; any orbital sign makes it the emergency above (NICE CKS).
	if c.Has("preseptal") && !c.Has("orbital_cellulitis") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38) {
		fl(U, "preseptal_cellulitis", "febrile swollen eyelid without orbital signs: preseptal cellulitis, same-day antibiotics and review", "pálpebra inchada com febre sem sinais orbitários: celulite pré-septal, antibiótico e reavaliação no mesmo dia")
	}
	// Amaurosis fugax: a painless curtain over one eye that lifts is a
	// retinal TIA, specialist assessment and carotid imaging within 24 h
	// (NICE NG128); still present it is the sudden visual loss above.
	if c.Has("amaurosis") && !(c.Has("vision_loss") && c.Has("sudden_onset")) {
		fl(U, "tia_resolved", "transient monocular visual loss (amaurosis fugax): retinal TIA, specialist assessment and carotid imaging within 24 h (NICE NG128)",
			"perda visual monocular transitória (amaurose fugaz): AIT retiniano, avaliação especializada e imagem de carótidas em 24 h (NICE NG128)")
	}
	// A swallowed coin or other blunt object in a well child is X-rayed the
	// same day: one lodged in the oesophagus comes out within 24 h (ESPGHAN
	// 2017); batteries and magnets are the emergency above.
	// A blunt object the X-ray already shows in the stomach or beyond, in a
	// child without symptoms, passes on its own: advice and review if not
	// passed (ESPGHAN/NASPGHAN 2017); magnets and batteries excepted.
	inStomach := c.Has("swallowed_object") && !c.Has("button_battery") && affirmedMatch(pastOesophagusRx, clinical.Fold(c.Text)) && !magnetRx.MatchString(strings.ReplaceAll(clinical.Fold(c.Text), "no magnets", "")) &&
		!c.HasAny("vomiting", "dysphagia", "abdominal_pain", "chest_pain", "ent_deep_infection", "choking", "cant_keep_down", "fever")
	if inStomach {
		fl(NU, "foreign_body_in_stomach", "a blunt swallowed object already in the stomach of a child without symptoms: expected to pass, advice and review", "corpo estranho rombo já no estômago de criança sem sintomas: deve ser eliminado, orientação e revisão")
	} else if c.Has("swallowed_object") && !c.Has("button_battery") {
		fl(U, "foreign_body_ingestion", "swallowed foreign body: same-day X-ray to find it", "corpo estranho ingerido: radiografia no mesmo dia para localizá-lo")
	}
	// A febrile infant or toddler with a positive urine dipstick has an
	// upper urinary tract infection until cultured: same-day urine culture
	// and antibiotics (NICE NG224; under 3 months is the emergency above).
	if c.IsChild() && c.AgeOr(5) < 2 && c.Has("uti_signs") && (c.Has("fever") && !c.Denied("fever") || hasT && temp >= 38) {
		fl(U, "febrile_uti_infant", "fever with a positive urine dipstick under 2 years: upper UTI, same-day culture and antibiotics (NICE NG224)", "febre com fita urinária positiva em menor de 2 anos: ITU alta, urocultura e antibiótico no mesmo dia (NICE NG224)")
	}
	// Ruptured membranes: same-day obstetric assessment for infection,
	// fetal wellbeing and timing of birth (NICE NG25, NG207).
	if c.Has("membrane_rupture") {
		fl(U, "membrane_rupture", "ruptured membranes in pregnancy: same-day obstetric assessment", "rotura de membranas na gestação: avaliação obstétrica no mesmo dia")
	}
	// Acute angle-closure glaucoma: a painful red eye with halos, a fixed
	// mid-dilated pupil, a hazy cornea or a hard globe loses sight within
	// hours (AAO PPP 2020; NICE CKS red eye). A red eye with reduced
	// vision is seen by an eye specialist the same day.
	if c.Has("angle_closure") && c.HasAny("red_eye", "vision_loss", "blurred_vision", "headache", "vomiting") {
		fl(E, "acute_angle_closure", "painful red eye with halos, fixed mid-dilated pupil or hard globe: acute angle-closure glaucoma, lower the pressure now", "olho vermelho doloroso com halos, pupila média fixa ou globo endurecido: glaucoma agudo de ângulo fechado, baixar a pressão agora")
	} else if c.Has("red_eye") && (c.HasAny("vision_loss", "blurred_vision") || hyphaemaRx.MatchString(clinical.Fold(c.Text))) {
		fl(U, "red_eye_vision", "red eye with reduced vision: same-day eye assessment (NICE CKS red eye)", "olho vermelho com baixa visual: avaliação oftalmológica no mesmo dia")
	}
	// A dialysis fistula that has stopped buzzing (no thrill or bruit) has
	// clotted: declotting within 24-48 hours saves the access, so the
	// access team is called the same day (KDOQI vascular access 2019).
	if t := clinical.Fold(c.Text); affirmedMatch(fistulaClotRx, t) || dialysisFistulaRx.MatchString(t) && noThrillRx.MatchString(t) {
		fl(U, "fistula_thrombosed", "a dialysis fistula with no thrill or bruit has clotted: same-day referral for declotting (KDOQI 2019)", "fístula de diálise sem frêmito ou sopro trombosou: encaminhar no mesmo dia para desobstrução (KDOQI 2019)")
	}
	// Orbital compartment syndrome: after a blow to the eye (or a bleed on
	// anticoagulation) a tense proptosis with falling vision, a relative
	// afferent pupil defect or a pressure of 40 or more blinds within
	// hours; lateral canthotomy now, before imaging (RCEM; RCOphth).
	// A painful third nerve palsy with a dilated pupil is a posterior
	// communicating aneurysm until angiography (AAO; NICE CKS).
	if t := clinical.Fold(c.Text); affirmedMatch(proptosisRx, t) && (c.HasAny("injury", "anticoag_context") || eyeBlowRx.MatchString(t)) && (c.HasAny("optic_compromise", "vision_loss") || rapdRx.MatchString(t) || maxIOP(t) >= 40) {
		fl(E, "orbital_compartment", "tense proptosis after a blow or a bleed with falling vision, an afferent pupil defect or a pressure of 40+: orbital compartment syndrome, lateral canthotomy now", "proptose tensa após trauma ou sangramento com queda da visão, defeito pupilar aferente ou pressão de 40+: síndrome compartimental orbitária, cantotomia lateral já")
	}
	if t := clinical.Fold(c.Text); affirmedMatch(thirdNervePalsyRx, t) && dilatedPupilRx.MatchString(t) {
		fl(E, "third_nerve_palsy_pupil", "third nerve palsy with a dilated pupil: aneurysm until CT angiography, now", "paralisia do III nervo com pupila dilatada: aneurisma até angiotomografia, já")
	}
	// (blisters on the forehead and the nose tip with a red, blurred eye
	// are ophthalmic zoster even when nobody names shingles)
	if c.Has("ophthalmic_zoster") && (c.Has("zoster") || c.HasAny("red_eye", "blurred_vision", "vision_loss")) || c.Has("zoster") && c.Has("immunosuppressed") && !controlledHIV(c) {
		fl(U, "zoster_complicated", "herpes zoster with eye involvement or immunosuppression", "herpes-zóster com acometimento ocular ou imunossupressão")
	}
}

func (a *assessor) labs() {
	c := a.c
	v := c.Vitals
	hr, _ := val(v.HeartRate)
	sbp, hasSBP := val(v.SystolicBP)
	E, U, NU := Emergency, Urgent, NonUrgent
	fl := func(l int, code, en, pt string) { a.flag(l, "lab", code, clinical.T(en, pt)) }
	// A suppressed TSH is overt hyperthyroidism until shown otherwise:
	// beta-blocker and endocrinology within days (NICE NG145); storm
	// features are graded by the presentation rules.
	if tsh, ok := c.LabValue("tsh"); ok && tsh < 0.1 && (hr >= 120 || c.Has("af") && c.HasAny("palpitations", "weight_loss", "tremor")) {
		// with a resting pulse of 120 or more the beta-blocker cannot wait
		// for a clinic letter: same-day assessment and treatment (ATA 2016
		// hyperthyroidism: symptomatic thyrotoxicosis, beta-blockade first)
		fl(U, "thyrotoxicosis_tachycardia", "suppressed TSH with a resting pulse of 120 or more: symptomatic thyrotoxicosis, same-day beta-blocker and endocrinology (ATA 2016)", "TSH suprimido com frequência cardíaca em repouso de 120 ou mais: tireotoxicose sintomática, betabloqueador e endocrinologia no mesmo dia (ATA 2016)")
	} else if tsh, ok := c.LabValue("tsh"); ok && tsh < 0.1 {
		fl(NU, "tsh_suppressed", "suppressed TSH: probable hyperthyroidism, endocrinology within days (NICE NG145)", "TSH suprimido: provável hipertireoidismo, endocrinologia em poucos dias (NICE NG145)")
	}
	for _, l := range c.Labs {
		if _, _, ok := safety.Critical(l); ok {
			fl(U, "critical_lab_"+l.Analyte, "critical "+l.Analyte+" value", l.Analyte+" em valor crítico")
			// A critical troponin with any anginal equivalent (tiredness,
			// nausea, epigastric discomfort, breathlessness) is a myocardial
			// infarction until shown otherwise (ESC 2023 ACS), with or
			// without chest pain.
			if l.Analyte == "troponin" && c.HasAny("chest_pain", "dyspnea", "nausea", "vomiting", "diaphoresis", "generalized_weakness", "abdominal_pain", "dyspepsia", "syncope", "presyncope", "palpitations") {
				fl(E, "troponin_symptomatic", "critical troponin with symptoms: myocardial infarction until shown otherwise (ESC 2023)", "troponina em valor crítico com sintomas: infarto até prova em contrário (ESC 2023)")
			}
		}
	}
	if k, ok := c.LabValue("potassium"); ok {
		switch {
		// a haemolysed sample with a normal ECG and no cause is most often
		// spurious: repeated the same day, not treated as an emergency
		// (UK Kidney Association 2020 hyperkalaemia guideline)
		case k >= 6.5 && affirmedMatch(haemolysedRx, clinical.Fold(c.Text)) && !c.HasAny("ecg_hyperk", "ckd", "missed_dialysis", "generalized_weakness", "palpitations", "arrhythmia") && !(hr > 0 && hr < 50):
			fl(U, "hyperkalaemia_haemolysed", f("potassium %.1f mmol/L on a haemolysed sample: repeat a fresh sample and ECG the same day (UK Kidney Association)", k), f("potássio %.1f mmol/L em amostra hemolisada: repetir amostra e ECG no mesmo dia", k))
		case k >= 6.5 || (k > 6.0 && (c.Has("ecg_hyperk") || hr > 0 && hr < 50)):
			fl(E, "hyperkalaemia_severe", f("potassium %.1f mmol/L: severe hyperkalaemia (UK Kidney Association)", k), f("potássio %.1f mmol/L: hipercalemia grave", k))
		// (a child's normal pulse runs above 130)
		case k < 2.0 || (k < 2.8 && (c.HasAny("paralysis", "arrhythmia") || hr >= 130 && !c.IsChild())):
			fl(E, "hypokalaemia_severe", f("potassium %.1f mmol/L with weakness or arrhythmia", k), f("potássio %.1f mmol/L com fraqueza ou arritmia", k))
		}
	}
	if na, ok := c.LabValue("sodium"); ok && na <= 125 && (c.HasAny("seizure", "confusion") || Altered(c)) {
		fl(E, "hyponatraemia_symptomatic", f("sodium %.0f mmol/L with neurological symptoms", na), f("sódio %.0f mmol/L com sintomas neurológicos", na))
	}
	// A sodium under 130 with moderate symptoms (nausea, unsteadiness,
	// falls, slowed thinking, headache) is treated the same day and its
	// cause (often a new SSRI or thiazide) stopped (European
	// hyponatraemia guideline 2014: moderately severe symptoms).
	if na, ok := c.LabValue("sodium"); ok && na < 130 && na > 120 && c.HasAny("nausea", "fall", "ataxia", "confusion", "drowsy", "headache", "vomiting") {
		fl(U, "hyponatraemia_moderate_symptoms", f("sodium %.0f mmol/L with symptoms (nausea, falls, unsteadiness or confusion): same-day assessment and treatment of the cause", na), f("sódio %.0f mmol/L com sintomas (náusea, quedas, instabilidade ou confusão): avaliação e tratamento da causa no mesmo dia", na))
	}
	// A hypoglycaemic episode on insulin or a sulfonylurea, now resolved:
	// treatment review within days (ADA 2024 §6); a low value now is urgent below.
	// On a sulfonylurea, a severe episode (level 3: confusion, a seizure or
	// collapse) or one in renal impairment recurs for 24-72 h as the drug
	// accumulates: same-day assessment and observation (ADA 2024 §6; AGS
	// Beers 2023). A self-treated level 2 episode is reviewed within days.
	cr, hasCr := c.LabValue("creatinine")
	// A result that is clearly abnormal but not critical (a new moderate
	// hyponatraemia on an SSRI, a mild hyperkalaemia) is acted on within
	// days, even when the visit was booked to go over the results: a
	// routine slot is too late. Critical values are urgent above.
	// (kind "context": a floor, not a hard finding that would outweigh a
	// specialist asking for more in the validator's debate)
	if l, ok := abnormalResult(c); ok {
		a.flag(NU, "context", "lab_abnormal", clinical.T(f("%s %g %s is clearly outside its reference range (not critical): act on it within days", l.Analyte, l.Value, l.Unit),
			f("%s %g %s claramente fora da faixa de referência (não crítico): conduzir em poucos dias", l.Analyte, l.Value, l.Unit)))
	}
	if c.Has("hypo_episode") && c.OnClass("sulfonylurea") && (c.HasAny("confusion", "seizure", "syncope", "presyncope") || c.Has("ckd") || hasCr && cr >= 1.5) {
		fl(U, "hypoglycaemia_sulfonylurea", "severe hypoglycaemia, or hypoglycaemia with renal impairment, on a sulfonylurea: recurs for 24-72 h, same-day assessment and observation (ADA 2024)", "hipoglicemia grave, ou com doença renal, em uso de sulfonilureia: recorre por 24-72 h, avaliação e observação no mesmo dia (ADA 2024)")
	} else if c.Has("hypo_episode") && (c.OnClass("insulin") || c.OnClass("sulfonylurea")) {
		fl(NonUrgent, "hypoglycaemia_recent", "recent hypoglycaemia on insulin or a sulfonylurea: review treatment within days (ADA 2024)", "hipoglicemia recente em uso de insulina ou sulfonilureia: revisar tratamento em poucos dias (ADA 2024)")
	}
	if g, ok := c.LabValue("glucose"); ok {
		// (confusion that cleared with sugar, the patient now alert and
		// eating, is a past level-3 episode: urgent, below)
		// (slurred words are neuroglycopenia too: ADA 2024 §6 level 3 is
		// any altered mental or physical state needing assistance)
		if g < 54 && (Altered(c) || c.HasAny("seizure", "confusion", "speech") && !c.Has("hypo_recovered")) {
			fl(E, "hypoglycaemia_neuro", f("glucose %.0f mg/dL with neuroglycopenia", g), f("glicose %.0f mg/dL com neuroglicopenia", g))
		} else if g < 70 && g >= 54 && c.Has("hypo_recovered") && !Altered(c) && !c.HasAny("seizure", "confusion", "unresponsive") {
			// a level 1 low (54-69 mg/dL) the patient recognised and
			// treated without help, now recovered: the insulin or
			// sulfonylurea dose is reviewed within days, with driving
			// advice (ADA 2024 §6; DVLA)
			fl(NU, "hypoglycaemia_self_treated", f("glucose %.0f mg/dL, recognised and self-treated, now recovered: review the treatment within days", g), f("glicose %.0f mg/dL, reconhecida e tratada pelo próprio paciente, já recuperado: revisar o tratamento em poucos dias", g))
		} else if g < 70 {
			fl(U, "hypoglycaemia", f("glucose %.0f mg/dL", g), f("glicose %.0f mg/dL", g))
		} else if g >= 300 && c.HasAny("polyuria", "polydipsia", "blurred_vision", "vomiting", "dehydration") {
			fl(U, "hyperglycaemia_symptomatic", f("glucose %.0f mg/dL (≥300) with osmotic symptoms: same-day treatment (ADA 2024 §9), exclude DKA/HHS", g), f("glicose %.0f mg/dL (≥300) com sintomas osmóticos: tratar no mesmo dia (ADA 2024 §9), excluir CAD/EHH", g))
		}
	}
	// Blood ketones of 1.5 or more on an SGLT2 inhibitor, even with a
	// near-normal glucose and no acidosis yet, is euglycaemic ketosis:
	// stop the drug and review the same day (MHRA 2016; ADA 2024 §9).
	if k, ok := c.LabValue("ketones"); ok && k >= 1.5 && c.OnClass("sglt2_inhibitor") && !dkaLike(c) {
		fl(U, "sglt2_ketosis", f("blood ketones %.1f mmol/L on an SGLT2 inhibitor: stop it, same-day review for euglycaemic ketoacidosis", k), f("cetonemia %.1f mmol/L em uso de inibidor de SGLT2: suspender, avaliar no mesmo dia cetoacidose euglicêmica", k))
	}
	// A glucose tolerance test in pregnancy at or above the NICE NG3
	// limits (fasting 5.6, two-hour 7.8 mmol/L) is gestational diabetes:
	// the joint diabetes antenatal clinic within a week.
	if c.Pregnant && gestationalDiabetes(c) {
		fl(NU, "gestational_diabetes", "glucose tolerance test at or above the NICE NG3 limits in pregnancy: gestational diabetes, diabetes antenatal clinic within a week", "curva glicêmica acima dos limites do NICE NG3 na gestação: diabetes gestacional, pré-natal de alto risco em até uma semana")
	}
	ph, hasPH := c.LabValue("ph")
	if hasPH && ph < 7.2 {
		fl(E, "acidaemia", f("pH %.2f (severe acidaemia)", ph), f("pH %.2f (acidemia grave)", ph))
	}
	if lac, ok := c.LabValue("lactate"); ok && lac >= 4 {
		fl(E, "lactate_high", f("lactate %.1f mmol/L (≥4: tissue hypoperfusion)", lac), f("lactato %.1f mmol/L (≥4: hipoperfusão)", lac))
	}
	if dkaLike(c) {
		fl(E, "dka", "diabetic ketoacidosis (ADA criteria)", "cetoacidose diabética (critérios ADA)")
	}
	if hb, ok := c.LabValue("hemoglobin"); ok && hb < 7 {
		// (a pulse of 111-120 in anaemia that came on over weeks, with no
		// bleeding now and a normal pressure, is compensation: same-day
		// transfusion assessment, not resuscitation)
		slowAnaemia := c.DurationHours >= 24*14
		tachy := hr > 120 || hr > 110 && !slowAnaemia
		hypotensive := hasSBP && sbp < 100
		if c.IsChild() {
			// a child's pulse and pressure are read against the APLS
			// ranges for age, not the adult cut-offs
			pf, _ := scores.PaedsVitals(*c.Age, v.HeartRate, nil, v.SystolicBP, nil)
			tachy, hypotensive = false, false
			for _, f := range pf {
				tachy = tachy || f == "tachycardia"
				hypotensive = hypotensive || f == "hypotension"
			}
		}
		if hb < 5 || c.HasAny("major_bleeding", "hematemesis", "melena", "syncope", "presyncope") || tachy || hypotensive {
			fl(E, "anaemia_symptomatic", f("haemoglobin %.1f g/dL with bleeding or instability", hb), f("hemoglobina %.1f g/dL com sangramento ou instabilidade", hb))
		}
	}
	// Haemoglobin under 8 g/dL with bleeding still going on, or with
	// breathlessness, chest pain or dizziness, is assessed the same day for
	// transfusion or IV iron (BSH 2018 red cell transfusion; NICE NG24
	// gives 7, 8 with symptoms or cardiovascular disease).
	if hb, ok := c.LabValue("hemoglobin"); ok && hb >= 7 && hb < 8 && (c.HasAny("bleeding", "vaginal_bleeding", "dyspnea", "chest_pain", "dizziness") && !c.Denied("dyspnea")) {
		fl(U, "anaemia_symptomatic_moderate", f("haemoglobin %.1f g/dL with ongoing bleeding or symptoms: same-day assessment for transfusion or IV iron (BSH 2018)", hb), f("hemoglobina %.1f g/dL com sangramento ativo ou sintomas: avaliar transfusão ou ferro EV no mesmo dia (BSH 2018)", hb))
	}
	if hb, ok := c.LabValue("hemoglobin"); ok && hb < 7 && hb >= 5 && !c.HasAny("major_bleeding", "hematemesis", "melena", "syncope", "presyncope") && hr <= 110 && !(hasSBP && sbp < 100) {
		// Severe anaemia that is compensated (no active major bleed, stable
		// observations): same-day transfusion assessment (NICE NG24).
		fl(U, "anaemia_severe_compensated", f("haemoglobin %.1f g/dL, haemodynamically compensated: same-day transfusion assessment (NICE NG24)", hb), f("hemoglobina %.1f g/dL, compensada: avaliar transfusão no mesmo dia (NICE NG24)", hb))
	}
	if inr, ok := c.LabValue("inr"); ok && inr >= 5 {
		if c.HasAny("major_bleeding", "hematemesis", "melena", "head_injury") {
			fl(E, "inr_bleeding", f("INR %.1f with major bleeding or head injury", inr), f("INR %.1f com sangramento grave ou trauma craniano", inr))
		}
	}
	// (a nosebleed still running despite packing is uncontrolled bleeding;
	// wet purpura alone is admitted the same day, ASH 2019)
	if plt, ok := c.LabValue("platelets"); ok && plt < 20 && (c.HasAny("major_bleeding", "hematemesis", "melena") || (c.Has("fever") && c.Has("nonblanching_rash")) ||
		c.Has("epistaxis") && activeBleedRx.MatchString(c.Text)) {
		fl(E, "thrombocytopenia_bleeding", "platelets below 20 with bleeding", "plaquetas abaixo de 20 com sangramento")
	}
	if l, ok := c.Lab("troponin"); ok {
		if _, _, crit := safety.Critical(l); crit && c.HasAny("chest_pain", "dyspnea", "syncope", "presyncope", "diaphoresis") {
			fl(E, "troponin_symptomatic", "raised troponin with cardiac symptoms", "troponina elevada com sintomas cardíacos")
		}
	}
	// A neutrophil count of 0.5-1.5 in someone well and afebrile: repeat
	// the count within days and look at the drugs (a beta-lactam course,
	// an antithyroid drug, a DMARD) — BSH guidance on neutropenia; a
	// fever makes it a neutropenic-sepsis question, graded above.
	if n, ok := c.LabValue("neutrophils"); ok && n >= 0.5 && n < 1.5 && !c.Has("fever") && !feverOnChart(c) {
		fl(NU, "neutropenia_mild", f("neutrophils %.1f in a well, afebrile patient: repeat the count within days and review the medicines (BSH)", n), f("neutrófilos %.1f em paciente bem e afebril: repetir o hemograma em poucos dias e revisar os medicamentos", n))
	}
	if n, ok := c.LabValue("neutrophils"); ok && n < 0.5 && c.Has("fever") {
		fl(E, "neutropenic_fever", "fever with neutrophils below 0.5", "febre com neutrófilos abaixo de 0,5")
	}
	// Rhabdomyolysis: the named syndrome, dark urine with myalgia or
	// weakness, or CK above 5x the upper limit (~1,000 U/L) with muscle
	// symptoms; same-day fluids and renal monitoring (Chavez 2016, Crit
	// Care 20:135). Hyperkalaemia and AKI are scored on their own above.
	ck, hasCK := c.LabValue("ck")
	if c.Has("rhabdo") || hasCK && ck >= 5000 || c.Has("dark_urine") && c.Has("muscle_pain") && !c.Has("jaundice") {
		fl(U, "rhabdomyolysis", "possible rhabdomyolysis: same-day CK, renal function and potassium, IV fluids", "possível rabdomiólise: CK, função renal e potássio no mesmo dia, hidratação venosa")
	} else if hasCK && ck >= 1000 && c.HasAny("muscle_pain", "generalized_weakness") {
		// Myopathy with CK 5-25x the upper limit and no pigmenturia: stop
		// the culprit (statin) and recheck within days (ACC/AHA 2018).
		fl(NU, "myopathy", "myopathy with raised CK and no dark urine: stop the culprit drug and recheck CK within days", "miopatia com CK elevada sem urina escura: suspender o fármaco suspeito e repetir CK em poucos dias")
	}
	// Acute kidney injury against a baseline (a lab named as earlier, or
	// "baseline creatinine X" in the notes): KDIGO 2012 stage 1 and over
	// needs same-day review of fluids and nephrotoxic drugs.
	if cr, base, ok := creatinineRise(c); ok && cr >= 1.5*base && cr-base >= 0.3 {
		fl(U, "aki", f("acute kidney injury: creatinine %.1f from a baseline of %.1f mg/dL (KDIGO)", cr, base), f("lesão renal aguda: creatinina %.1f, basal %.1f mg/dL (KDIGO)", cr, base))
	}
	// Symptomatic hypercalcaemia (Ca ≥ 12 mg/dL / 3.0 mmol/L with thirst,
	// polyuria, constipation or confusion): same-day IV fluids (Society
	// for Endocrinology emergency guidance 2016).
	if ca, ok := c.LabValue("calcium"); ok && ca >= 12 && ca <= 12.9 && (c.HasAny("polyuria", "polydipsia", "constipation", "confusion", "vomiting", "dehydration") || Altered(c)) {
		fl(U, "hypercalcaemia_symptomatic_moderate", "symptomatic hypercalcaemia: same-day IV fluids and cause", "hipercalcemia sintomática: hidratação venosa e investigação no mesmo dia")
	}
	if ca, ok := c.LabValue("calcium"); ok && ca > 12.9 && (Altered(c) || c.Has("confusion")) {
		fl(E, "hypercalcaemia_symptomatic", "severe hypercalcaemia with confusion", "hipercalcemia grave com confusão")
	}
}

// labMargin is the abnormal-but-not-critical limit of an analyte, in its
// canonical unit: a value below low or above high needs action within
// days (critical values are handled by safety.Critical).
type labMargin struct {
	analyte   string
	low, high float64 // 0 = no limit on that side
}

// labMargins: the grade that published severity scales call moderate
// (or CTCAE v5 grade 3) rather than mild.
var labMargins = []labMargin{
	// moderate hyponatraemia 125-129 mmol/L (Spasovski 2014, Eur J
	// Endocrinol 170:G1); hypernatraemia above 150 (CTCAE v5 grade 2)
	{"sodium", 130, 150},
	// hyperkalaemia from 5.5 mmol/L (UK Kidney Association 2020, mild
	// 5.5-5.9); hypokalaemia below 3.5, mild from 3.0, replaced by
	// mouth and rechecked within days (NICE CKS hypokalaemia)
	{"potassium", 3.5, 5.5},
	// calcium from 12 mg/dL (3.0 mmol/L, moderate; Society for
	// Endocrinology emergency guidance 2016) or below 7.6 mg/dL (1.9 mmol/L)
	{"calcium", 7.6, 12},
	// severe anaemia below 8 g/dL (WHO 2011)
	{"hemoglobin", 8, 0},
	// glucose from 250 mg/dL (13.9 mmol/L): ketones checked and the
	// treatment adjusted within a day or two (ADA 2024 §6, §16; JBDS
	// inpatient hyperglycaemia); below 70 is graded as hypoglycaemia
	{"glucose", 0, 250},
	// CTCAE v5 grade 3: platelets < 50, neutrophils < 1.0 x10^9/L,
	// ALT/AST > 5x and bilirubin > 3x the upper limit of normal
	{"platelets", 50, 0},
	{"neutrophils", 1.0, 0},
	{"alt", 0, 5 * 56},
	{"ast", 0, 5 * 40},
	{"bilirubin", 0, 3 * 1.2},
}

// abnormalResult returns the first current result past its labMargin. A
// value given in a structured lab wins over one read from the notes (which
// may be an old value quoted for comparison).
func abnormalResult(c *clinical.Case) (clinical.Lab, bool) {
	for _, m := range labMargins {
		structured := false
		for _, l := range c.Labs {
			if l.Analyte == m.analyte && !l.Earlier && l.Source != "text" {
				structured = true
			}
		}
		for _, l := range c.Labs {
			if l.Analyte != m.analyte || l.Earlier || structured && l.Source == "text" || l.Value <= 0 {
				continue
			}
			// (a critical value has its own, higher flag: never call it
			// "not critical")
			if _, _, critical := safety.Critical(l); critical {
				continue
			}
			if m.low > 0 && l.Value < m.low || m.high > 0 && l.Value > m.high {
				return l, true
			}
		}
	}
	return clinical.Lab{}, false
}

// dkaLike reports ADA DKA criteria met (or strongly suggested by Kussmaul
// breathing in a diabetic with hyperglycaemia).
func dkaLike(c *clinical.Case) bool {
	g, hasG := c.LabValue("glucose")
	ph, hasPH := c.LabValue("ph")
	hco3, hasHCO3 := c.LabValue("bicarbonate")
	ket, hasKet := c.LabValue("ketones")
	diab := c.Has("diabetes") || c.OnClass("insulin") || c.OnClass("antidiabetic")
	hyper := (hasG && g >= 250) || (diab && hasG && g >= 200)
	acid := (hasPH && ph < 7.3) || (hasHCO3 && hco3 < 18)
	if !hyper && !(diab && c.OnClass("sglt2_inhibitor")) {
		return false
	}
	if acid && (!hasKet || ket >= 3) {
		return true
	}
	if hasKet && ket >= 3 && !hasPH && !hasHCO3 {
		return true
	}
	return c.Has("kussmaul") && !(hasPH && ph >= 7.3)
}

// DKALike is exported for the specialists.
func DKALike(c *clinical.Case) bool { return dkaLike(c) }

func (a *assessor) context() {
	c := a.c
	// Staff priority is a safety net, never a downgrade (unless the note
	// itself says the priority was set by mistake).
	priority := c.Priority
	if priorityInErrorRx.MatchString(clinical.Fold(c.Text)) {
		priority = ""
	}
	switch priority {
	case "critical":
		a.flag(Urgent, "context", "priority_critical", clinical.T("submitted with critical priority", "enviado com prioridade crítica"))
	case "high":
		a.flag(NonUrgent, "context", "priority_high", clinical.T("submitted with high priority", "enviado com prioridade alta"))
	}
	// A contraindicated combination currently taken needs action within days.
	res := safety.Check(c)
	// A major or contraindicated combination with symptoms it causes
	// (collapse, confusion, bleeding, slow pulse, low or falling pressure;
	// sedation alone, oriented, is reviewed within days)
	// is a drug reaction under way: same day.
	v0 := c.Vitals
	hr0, _ := val(v0.HeartRate)
	sbp0, hasSBP0 := val(v0.SystolicBP)
	symptomatic := c.HasAny("syncope", "presyncope", "confusion", "bleeding", "ataxia", "speech") || hr0 > 0 && hr0 < 50 || hasSBP0 && sbp0 < 90 || orthostaticRx.MatchString(c.Text) ||
		// falls in an older patient on the combination
		c.Has("fall") && c.Age != nil && *c.Age >= 65 ||
		orthostaticLayRx.MatchString(clinical.Fold(c.Text)) && (hasSBP0 && sbp0 < 100 || hr0 > 0 && hr0 < 55 || c.Has("fall"))
	for _, fd := range res.Findings {
		if fd.Alert.Kind == "drug_interaction" && (fd.Severity == "contraindicated" || fd.Severity == "major") && symptomatic && (c.Has("recently_started") || anyAntibiotic(fd.Alert.Drugs)) {
			a.flag(Urgent, "context", "interaction_symptomatic", clinical.T("symptoms consistent with a new drug interaction: "+strings.Join(fd.Alert.Drugs, " + ")+" (same-day review)",
				"sintomas compatíveis com interação medicamentosa recente: "+strings.Join(fd.Alert.Drugs, " + ")+" (avaliar no mesmo dia)"))
		}
	}
	for _, fd := range res.Findings {
		if fd.Alert.Kind == "drug_interaction" && fd.Severity == "contraindicated" && !notYetStartedRx.MatchString(clinical.Fold(c.Text)) {
			a.flag(NonUrgent, "context", "contraindicated_combination", clinical.T("contraindicated drug combination in use: "+strings.Join(fd.Alert.Drugs, " + "),
				"associação contraindicada em uso: "+strings.Join(fd.Alert.Drugs, " + ")))
		}
		// A major interaction just introduced also needs review within days
		// (an established, tolerated combination is reviewed at the visit);
		// an antibiotic is a course, so its interactions are new ones
		// (outside a planned, routine start: "to start rifampicin, feels well").
		// A drug prescribed but not yet taken ("ainda não iniciado") is
		// changed at this visit: nothing to review later.
		if fd.Alert.Kind == "drug_interaction" && fd.Severity == "major" && (c.Has("recently_started") || anyAntibiotic(fd.Alert.Drugs) && !c.Has("routine")) && !notYetStartedRx.MatchString(clinical.Fold(c.Text)) {
			a.flag(NonUrgent, "context", "major_interaction", clinical.T("major drug interaction in the current medicines: "+strings.Join(fd.Alert.Drugs, " + ")+" (review within days)",
				"interação medicamentosa maior nos medicamentos em uso: "+strings.Join(fd.Alert.Drugs, " + ")+" (revisar em poucos dias)"))
		}
		// (a conflicting drug not yet taken, found at a planned review,
		// is changed at that visit)
		if fd.Alert.Kind == "allergy" && !(notYetStartedRx.MatchString(clinical.Fold(c.Text)) && c.Has("routine")) {
			a.flag(NonUrgent, "context", "allergy_conflict", clinical.T("prescribed drug conflicts with a documented allergy: "+strings.Join(fd.Alert.Drugs, ", "),
				"medicamento prescrito conflita com alergia documentada: "+strings.Join(fd.Alert.Drugs, ", ")))
		}
	}
	// Missing vital signs with a high-risk complaint: err towards safety.
	v := c.Vitals
	noVitals := v.HeartRate == nil && v.SystolicBP == nil && v.RespiratoryRate == nil && v.SpO2 == nil
	// (a faint the text shows to be reflex syncope, or a nosebleed or a
	// cut that stopped with first aid off anticoagulants, is judged by
	// its story)
	vasovagal := false
	for _, f := range a.r.Flags {
		vasovagal = vasovagal || f.Code == "syncope_vasovagal"
	}
	stoppedNosebleed := c.HasAny("epistaxis", "laceration") && bleedStoppedRx.MatchString(clinical.Fold(c.Text)) && !c.OnClass("anticoagulant") && !c.HasAny("hematemesis", "melena")
	// (nor a child's seconds-long precordial catch)
	highRisk := c.Has("chest_pain") && !a.r.HasFlag("precordial_catch") || c.HasAny("dyspnea", "facial_droop", "arm_weakness", "speech", "hematemesis", "melena", "overdose") || c.Has("seizure") && !ControlledEpilepsy(c) ||
		c.HasAny("syncope", "presyncope") && !vasovagal || c.Has("major_bleeding") && !stoppedNosebleed ||
		(c.Pregnant && c.HasAny("vaginal_bleeding", "abdominal_pain")) || (c.HasAny("abdominal_pain") && c.Severity >= 7) ||
		(c.IsChild() && c.AgeOr(5) < 1 && c.Has("fever"))
	if noVitals && highRisk {
		a.flag(Urgent, "data", "missing_vitals_high_risk", clinical.T("no vital signs recorded for a high-risk complaint: treat as urgent until observations are taken",
			"sem sinais vitais para uma queixa de alto risco: tratar como urgente até aferir"))
	}
	if noVitals {
		a.r.Notes = append(a.r.Notes, clinical.T("vital signs were not provided: urgency rests on the history alone; record a full set of observations",
			"sinais vitais não informados: a urgência se baseia apenas na história; aferir sinais vitais completos"))
	}
	if c.Age == nil {
		a.r.Notes = append(a.r.Notes, clinical.T("age unknown: adult thresholds assumed", "idade desconhecida: assumidos limiares de adulto"))
	}
}

// kawasakiFeatures counts the principal features of Kawasaki disease.
func kawasakiFeatures(c *clinical.Case) int {
	n := 0
	for _, k := range []string{"kd_eyes", "kd_mouth", "kd_extremities", "kd_nodes", "rash"} {
		if c.Has(k) {
			n++
		}
	}
	return n
}

// anyAntibiotic: one of the generic names is an antibiotic.
func anyAntibiotic(generics []string) bool {
	for _, g := range generics {
		if d, ok := clinical.DrugByName(g); ok && d.HasClass("antibiotic") {
			return true
		}
	}
	return false
}

// suddenDeathFHRx: a family history of sudden (cardiac) death, a
// high-risk feature of syncope (ESC 2018 Table 5).
var suddenDeathFHRx = regexp.MustCompile(`\b(family history|fh|mother|father|brother|sister|sibling|parent|uncle|aunt|cousin|historia familiar|antecedente familiar|mae|pai|irmao|irma|tio|tia|primo|prima)\b[^.;]{0,40}(sudden (cardiac |unexplained )?death|died suddenly|suddenly died|sudden(ly)? collapsed and died|morte subita|morreu de repente|morreu subitamente|faleceu subitamente|faleceu de repente)`)

// subconjRx and notExpandingRx describe bleeds that are harmless in
// themselves on an anticoagulant.
var (
	subconjRx      = regexp.MustCompile(`subconjunctival (haemorrhage|hemorrhage|bleed\w*)|hemorragia subconjuntival|(white|whites) of (the |my |his |her )?eyes? .{0,30}(red|blood)|eyeball .{0,30}(solid |bright )?red|olho (ficou )?(todo )?vermelho de sangue|mancha de sangue no (branco do )?olho`)
	notExpandingRx = regexp.MustCompile(`not expanding|non.?expanding|soft (\d+ ?cm )?bruise|bruise .{0,20}soft|nao (esta )?(aumentando|crescendo)|sem expansao`)
)

// abscessFailingRx: an abscess that antibiotics are not settling.
var abscessFailingRx = regexp.MustCompile(`(despite|even though (i'?m|she'?s|he'?s) on|while on|on) (the )?antibiotics|apesar d[oa]s? antibiotic\w*|mesmo (tomando|com) (o )?antibiotico`)

// armVeinsRx: distended veins over the shoulder or chest with arm swelling.
var armVeinsRx = regexp.MustCompile(`veins (\w+ ){0,5}(sticking out|distended|prominent|bulging|dilated)|(prominent|dilated|distended) (superficial )?veins|veias (saltadas|dilatadas)`)

// painWordRx and settledRx: a severity rating means severe pain only when
// pain is spoken of and has not settled.
var (
	painWordRx = regexp.MustCompile(`(pain\w*|ache\b|aches\b|aching|cefaleia|enxaqueca|migraine|hurts?|hurting|sore|agony|dor|dores|doi|doendo|dolorid\w*|colica|cramp\w*|pontada)`)
	settledRx  = regexp.MustCompile(`\b(settled|resolved|gone now|passed|passou|melhorou|resolveu|cedeu)\b`)
)

// lowerAbdoRx: lower abdominal or pelvic pain in lay words.
var lowerAbdoRx = regexp.MustCompile(`(ache|pain|cramp\w*|dor|colica)\w* (\w+ ){0,4}(lower (tummy|belly|abdomen|stomach)|pelvi\w*|baixo ventre|pe da barriga|(parte de )?baixo da barriga|embaixo da barriga)|(lower|left lower|right lower) (tummy|belly|abdomen|stomach)`)

// rigidRx: stiffness in lay words.
var rigidRx = regexp.MustCompile(`\b(rigid\w*|stiff\w*|frozen|travad\w*|rigidez|endurecid\w*|duro)\b`)

// darkUrineRx: dark urine in lay words.
var darkUrineRx = regexp.MustCompile(`dark (urine|pee|wee)|(urine|pee|wee) (is |looks )?(dark|brown|like tea|cola)|(xixi|urina) (\w+ )?(escur\w*|cor de coca|marrom|cor de cha)`)

// pallorRx and edemaWordRx: bedside findings in lay words.
var (
	pallorRx    = regexp.MustCompile(`\b(pale|pallor|white as a sheet|clammy|palida|palido|branca|branco|palidez|fria|frio|suando frio)\b`)
	edemaWordRx = regexp.MustCompile(`\b(swollen|swelling|puffy|oedema|edema|inchad\w*|inchou|incharam|inchaco)\b`)
)

// opticSignRx and perianalRx: findings that name the syndrome.
var (
	opticSignRx = regexp.MustCompile(`\brapd\b|afferent pupillary|red (colou?r )?desaturation|(colou?rs?|cores) (\w+ ){0,2}(washed out|faded|desbotad\w*)|acuity \d/\d+|acuidade`)
	perianalRx  = regexp.MustCompile(`perianal|perirectal|next to my (bottom|bum|anus)|beside (my|the) (bottom|anus)|perto do anus|ao lado do anus|abscesso (perianal|anal)`)
)

// tamponadeSignRx and toxicAlcoholGapRx: findings that make the named
// syndrome an emergency on their own.
var (
	tamponadeSignRx   = regexp.MustCompile(`pulsus paradoxus|pulso paradoxal|(rv|right ventricular|right (heart|chamber)s?) (diastolic )?collapse|colapso (diastolico )?(do |das |de )?(vd|ventriculo direito|camaras direitas)|muffled heart sounds|bulhas abafadas`)
	toxicAlcoholGapRx = regexp.MustCompile(`anion gap (of |de |= ?)?([2-9]\d)\b|(anion|anionico) .{0,10}([2-9]\d)\b|kussmaul`)
)

// keratitisRx: the eye complaints that matter in a contact-lens wearer.
var keratitisRx = regexp.MustCompile(`\b(red (and )?(really |very )?painful|painful red|light hurts|photophobi\w*|blurr\w*|white spot|olho vermelho|dor no olho|luz incomoda|fotofobia)\b`)

// diabeticFootRx: the signs that make a diabetic foot ulcer infected.
// neutrophilsMeasuredNormal reports a neutrophil count of 1.5 or more
// taken for the symptom, with no fever of 38: agranulocytosis excluded.
func neutrophilsMeasuredNormal(c *clinical.Case) bool {
	n, ok := c.LabValue("neutrophils")
	t, hasT := val(c.Vitals.TemperatureC)
	return ok && n >= 1.5 && !(hasT && t >= 38)
}

// plateletsUnder reports a measured platelet count under lim (x10^3/uL).
func plateletsUnder(c *clinical.Case, lim float64) bool {
	p, ok := c.LabValue("platelets")
	return ok && p < lim
}

// torsionExcludedRx: a testicular torsion ruled out by a Doppler
var torsionExcludedRx = regexp.MustCompile(`\b(no (\w+ ){0,2}torsion|torsion (was |is |has been )?(excluded|ruled out)|normal testicular (perfusion|flow|blood flow)|sem (sinais de )?torcao|torcao (descartada|excluida|afastada))\b`)

// mumpsRx, gradualRx, cremastericPresentRx: mumps or parotitis, a
// gradual onset, a cremasteric reflex kept; recentJabRx: a vaccine given
// into the arm in the last days
var (
	mumpsRx   = regexp.MustCompile(`\b(mumps|caxumba|parotit\w*|parotidite)\b`)
	gradualRx = regexp.MustCompile(`\b(gradual\w*|over (\d+|two|three|several|a few|a couple of) days|inicio gradual|progressiv\w*|(came on|started|began|built up|comecou|veio) (slowly|devagar|aos poucos)|aos poucos|nao foi de repente|not (sudden|suddenly)|de forma lenta)\b`)
	// urethralDischargeRx: a discharge from the penis
	urethralDischargeRx  = regexp.MustCompile(`\b(urethral discharge|(penile|penis) discharge|discharge from (the |his |my )?(penis|tip|urethra)|corrimento (no |pelo |do |saindo do )?(penis|canal|uretra)|secrecao (uretral|no penis|pelo penis|saindo)|saindo (um pouco de |uma |um )?(secrecao|pus|corrimento))\b`)
	cremastericPresentRx = regexp.MustCompile(`\b(cremasteric reflex (is )?(present|preserved|intact|normal)|reflexo cremasterico (presente|preservado))\b`)
	recentJabRx          = regexp.MustCompile(`\b((vaccin\w*|booster|jab|immuni[sz]ation|dtap\w*|vacina|dose) (\w+ ){0,6}((\d+|one|two|three) days? ago|yesterday|ontem|ha (\d+|um|dois|tres) dias?|in the (left |right )?(deltoid|upper arm|arm))|(day|days) after (the |a |his |her )?(vaccin\w*|booster|jab))\b`)
)

// noShockSinceRx and daysAgoRx: no shock since the one told, days or
// weeks ago
var (
	noShockSinceRx = regexp.MustCompile(`\b(none since|no (further|more|other|new|repeat) (shocks?|episodes?|discharges?)( since)?|nenhum (outro )?(choque )?desde entao|sem (novos|outros) choques)\b`)
	daysAgoRx      = regexp.MustCompile(`\b(\d+|two|three|four|five|six|several|a few) (days?|weeks?) ago\b|\bha (\d+|dois|duas|tres|quatro|cinco|seis|alguns|algumas) (dias|semanas)\b`)
)

var diabeticFootRx = regexp.MustCompile(`\b((now|it|started to|starting to|has started to) smells?|(skin|area|redness) (all )?around it (is |has gone |went |turned |looks )?(red|hot|angry)|red (part|area|patch|bit|streak) (is |has been |keeps )?spreading|pus|purulent|red and swollen|redness (extending|spreading|goes|going|runs|has spread)|(toe|tip|skin) (\w+ ){0,3}(is |has gone |went |turned )?black|black (toe|tip)|gangren\w*|(smells|smelling|smelly) (bad|awful|off|horrible)|foul.smelling|cheiro (ruim|forte)|dedo (preto|escuro)|probe (reaches|touches|to) bone|probe.to.bone|crepitus|secrecao purulenta|vermelho e inchado|hiperemia)\b`)

// dopamineBlockerRx names the antiemetics and neuroleptics behind acute
// dystonia when they are given once rather than listed as medications.
var dopamineBlockerRx = regexp.MustCompile(`\b(metoclopramid[ea]|plasil|reglan|maxolon|haloperidol|haldol|prochlorperazine|stemetil|promethazine|fenergan|droperidol|chlorpromazine|clorpromazina|bromoprida|digesan)\b`)

// newDiagnosisLabs: months of symptoms with results that make a new
// diagnosis to treat within days (overt hypothyroidism, raised
// inflammatory markers of polymyalgia): not a routine long-standing issue.
func newDiagnosisLabs(c *clinical.Case) bool {
	if v, ok := c.LabValue("tsh"); ok && v > 10 {
		return true
	}
	if v, ok := c.LabValue("esr"); ok && v > 40 {
		return true
	}
	if v, ok := c.LabValue("prolactin"); ok && v > 50 {
		return true
	}
	// a serum B12 below 180 ng/L is deficiency to treat, not a stable
	// chronic complaint (NICE NG239)
	if v, ok := c.LabValue("b12"); ok && v < 180 {
		return true
	}
	if v, ok := c.LabValue("crp"); ok && v > 20 && !c.Has("routine") {
		return true
	}
	return false
}

// StableChronic: the text documents a chronic condition or symptom as
// stable or unchanged, with nothing worsening, new or febrile. GOLD 2024
// defines an exacerbation by worsening within 14 days, so stable exertional
// breathlessness at a COPD review is not one.
func StableChronic(c *clinical.Case) bool {
	if !c.Has("stable_chronic") || c.HasAny("worsening", "sudden_onset", "fever") {
		return false
	}
	t, ok := val(c.Vitals.TemperatureC)
	return !ok || t < 38
}

// tiaResolved: the focal symptoms are said to have resolved, none is said
// to persist, and consciousness and NEWS2 are normal (<5, no single 3).
func tiaResolved(c *clinical.Case) bool {
	if !c.Has("deficit_resolved") || c.Has("deficit_persisting") || Altered(c) {
		return false
	}
	n := NEWS2For(c)
	return n.Score < 5 && !n.AnyThree
}

// PassiveIdeationOnly: death wishes in passive words ("better off not
// waking up", "pensamentos passivos de morte") with plan and intent
// explicitly denied and no self-harm act, overdose, psychosis or agitation. A mental-health
// review within days with a safety plan, not a same-day assessment.
func PassiveIdeationOnly(c *clinical.Case) bool {
	return c.Has("suicide_passive") && (c.Denied("suicide_plan") || planDeniedRx.MatchString(clinical.Fold(c.Text))) && !c.HasAny("self_harm_act", "overdose", "psychosis", "homicidal", "si_method") &&
		!(c.Has("agitation") && !c.Denied("agitation"))
}

// ColicOver: the stone is said to have passed and there is no ongoing
// flank pain or infection (EAU 2024 urolithiasis).
func ColicOver(c *clinical.Case) bool {
	return c.Has("stone_passed") && !c.Has("flank_pain") && !SuspectedInfection(c)
}

// solitaryKidneyRx: one functioning kidney; anuriaRx: no urine at all
// (not a reduced output); colicControlledRx: a colic whose pain analgesia
// has controlled.
var (
	solitaryKidneyRx  = regexp.MustCompile(`\b(solitary (left |right |functioning )?kidney|single (functioning )?kidney|only (one )?(functioning )?kidney|one functioning kidney|rim (unico|solitario)|unico rim|(left|right|previous|prior) nephrectomy|nefrectomia (\w+ )?(direita|esquerda|previa))\b`)
	anuriaRx          = regexp.MustCompile(`\b(anuri\w*|(not|n'?t) (passed|passing|peed|urinated|made) any (urine|water)|no urine (since|for|in|at all|output)|sem urinar (ha|desde)|nao urina (ha|desde))\b`)
	colicControlledRx = regexp.MustCompile(`\b((pain|colic) (is |now |was )?(well )?(controlled|settled|eased|gone|resolved)|(controlled|settled|eased) (with|after|on) (\w+ ){0,2}(analgesia|painkillers?|oral|diclofenac|ibuprofen|paracetamol|dipyrone|dipirona|morphine)|dor (esta |foi )?(controlada|resolvida)|melhorou com (remedio|medicacao|analgesi\w*|dipirona|analgesico))\b`)
)

// igaVasculitisRx: palpable purpura, or IgA vasculitis named.
var igaVasculitisRx = regexp.MustCompile(`\b(palpable purpura|purpura palpavel|henoch|hsp|iga vasculitis|vasculite (por )?iga|purpura de henoch)\b`)

// proteinuriaRx: proteinuria of 2+ or more on a dipstick (in IgA
// vasculitis, kidney involvement reviewed the same day, SHARE 2019).
var proteinuriaRx = regexp.MustCompile(`\b(protein(uria)?:? ?(2\+|3\+|4\+|\+\+)|proteina:? ?(2\+|3\+|\+\+)|proteinuria (importante|nefrotica|significativa|heavy|nephrotic))`)

// labPresent: the analyte was measured.
func labPresent(c *clinical.Case, analyte string) bool {
	_, ok := c.LabValue(analyte)
	return ok
}

var (
	// nvpCopingRx: nausea of pregnancy with food and drink kept down.
	nvpCopingRx = regexp.MustCompile(`\b((conseguindo|consigo|consegue) (\w+ ){0,2}(comer|beber|tomar agua)|keeping (food|fluids|drinks|water) down|(eating|drinking) (and (drinking|eating) )?(ok|okay|fine|normally|well)|eating and drinking|(comendo|bebendo) (e (bebendo|comendo) )?(normal|bem)|fazendo xixi normal|passing urine normally|weeing normally)\b`)
	// weeklyVomitRx: vomiting a few times a week, not every day.
	weeklyVomitRx = regexp.MustCompile(`\b(vomit\w*|sick) (\w+ ){0,3}(once|twice|a few times|(\d|one|two|uma|duas) (vezes|times)?) ?(essa|esta|na|this|a|per|por) (semana|week)|vomitei (umas )?(\d|uma|duas) vez(es)? (essa|esta|na) semana|(vomit\w*|vomito) (\w+ ){0,2}(as vezes|sometimes|occasionally)|(as vezes|sometimes|occasionally) (vomit\w*|vomito)\b`)
	// heartburnSettledRx: heartburn an antacid settles, or the same as
	// in an earlier pregnancy.
	heartburnSettledRx = regexp.MustCompile(`\b((relieved|settled|eased|helped|better|goes) (\w+ ){0,2}(by|with) (gaviscon|antacids?|alginate|rennie)|(gaviscon|antacid|alginate|anti.?acido|sal de frutas) (\w+ ){0,3}(helps|works|relieves|settles|alivia|melhora|resolve)|melhora com (o )?(gaviscon|anti.?acido)|same (heartburn|thing) (with|in|as) (her|my) (last|previous|first))\b`)
	// painlessTighteningRx: tightenings told as painless and settling.
	painlessTighteningRx = regexp.MustCompile(`\b(painless|not painful|doesn'?t hurt|don'?t hurt|no pain|sem dor|nao doi|nao doem)\b`)
	settlingTighteningRx = regexp.MustCompile(`\b(irregular\w*|pass(es)? (when|with|after)|settle\w* (with|when|after)|ease\w* (with|when|after)|passa (quando|com|depois)|melhora (quando|com) (eu )?(deito|descanso|repouso))\b`)
)

// braxtonHicks: painless, irregular tightenings that pass with rest.
func braxtonHicks(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	return c.Has("contractions") && painlessTighteningRx.MatchString(t) && settlingTighteningRx.MatchString(t) && !labourContractionsRx.MatchString(t)
}

// pregnancyDiscomfortOnly: the complaint is a common discomfort of
// pregnancy and nothing points elsewhere.
func pregnancyDiscomfortOnly(c *clinical.Case) bool {
	if c.HasAny("vaginal_bleeding", "rom", "membrane_rupture", "reduced_fetal_movements", "headache", "blurred_vision", "fever", "dyspnea", "chest_pain", "dehydration", "syncope", "presyncope", "pelvic_pain", "dysuria", "abdominal_pain", "weight_loss", "hematemesis") || Altered(c) || feverOnChart(c) {
		return false
	}
	t := clinical.Fold(c.Text)
	for _, f := range Complaints(c) {
		switch f {
		case "nausea", "vomiting":
			// (vomiting every day is nausea and vomiting of pregnancy to
			// treat within days, RCOG GTG 69; eight golds grade it
			// non-urgent)
			if !affirmedMatch(nvpCopingRx, t) || c.Has("vomiting") && !affirmedMatch(weeklyVomitRx, t) {
				return false
			}
		case "dyspepsia":
			if !affirmedMatch(heartburnSettledRx, t) {
				return false
			}
		case "contractions":
			if !braxtonHicks(c) {
				return false
			}
		case "pregnancy", "early_pregnancy_pain", "allergen_exposure":
		default:
			return false
		}
	}
	return len(Complaints(c)) > 0
}

var (
	// syphilisScarRx: a treated syphilis's lasting antibodies (a
	// non-reactive RPR/VDRL, "cicatriz sorológica", "serofast").
	syphilisScarRx = regexp.MustCompile(`\b((rpr|vdrl) (is |was )?(non.?reactive|nao reagente|negativ\w*)|cicatriz sorologica|serological scar|sero.?scar|serofast)\b`)
	// highTitreRx: a non-treponemal titre of 1:8 or more.
	highTitreRx = regexp.MustCompile(`\b(vdrl|rpr) (\w+ ){0,2}1 ?: ?(8|16|32|64|128|256|512)\b`)
)

// syphilisScar: treponemal antibodies left by a treated syphilis, with no
// titre of 1:8 or more now (BASHH 2015; MS PCDT 2022).
func syphilisScar(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	return syphilisScarRx.MatchString(t) && !highTitreRx.MatchString(t)
}

// mucusShowRx: the mucus plug coming away in pregnancy.
var mucusShowRx = regexp.MustCompile(`\b(tampao mucoso|mucus plug|(had|having|a|the|bloody) show\b|perda (do |de )?tampao)`)

// ectopicOnMethotrexateRx: an ectopic pregnancy treated with
// methotrexate.
var ectopicOnMethotrexateRx = regexp.MustCompile(`\b((methotrexate|metotrexato)[^.;]{0,60}\b(ectopic|ectopica)|(ectopic|ectopica)[^.;]{0,60}\b(methotrexate|metotrexato))`)

// ControlledEpilepsy: known epilepsy told as controlled for weeks or
// more, with no injury, fever or change in consciousness now. Exported
// for the specialists.
func ControlledEpilepsy(c *clinical.Case) bool {
	return c.Has("epilepsy") && affirmedMatch(seizureFreeNowRx, clinical.Fold(c.Text)) && !c.HasAny("head_injury", "fever") && !Altered(c)
}

// seizureFreeNowRx: epilepsy told as controlled for weeks or more.
var seizureFreeNowRx = regexp.MustCompile(`\b(((last|most recent) (seizure|fit|crise)|ultima crise) (was )?(\w+ ){0,2}(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (weeks?|months?|years?) ago|ultima crise ha (\d+|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|varios|varias) (semanas|meses|anos)|seizure.free (for|since)|sem crises (ha|desde)|no (seizures|fits) (for|since|in the (last|past)) (\d+|two|three|four|five|six|several|many|a|the last)? ?(weeks?|months?|years?)|(gone|went|dropped|come down|reduced) from \w+ to (none|zero)|(seizures|fits|crises) (are |have been |has been |estao )?(now )?(well )?(controlled|controlad\w*))\b`)

// wellSinceRx: well since an event.
var wellSinceRx = regexp.MustCompile(`\b((fine|well|normal|ok|okay|bem) (ever )?(since|desde entao)|bem desde (aquele dia|a alta)|no further (events|seizures|episodes|fits|fevers)|sem novas crises|sem novos (episodios|eventos)|back to normal|full(y)? recover\w*)\b`)

// autonomicSwingRx: blood pressure or pulse swinging.
var autonomicSwingRx = regexp.MustCompile(`\b((blood pressure|bp|pressao|pa) (\w+ ){0,2}(fluctuat\w*|labile|swinging|oscilando|oscilante|variando)|autonomic (instability|dysfunction)|instabilidade autonomica|labile (blood pressure|bp))\b`)

// afebrileTodayRx: no fever now.
var afebrileTodayRx = regexp.MustCompile(`\b((today|now|hoje|agora) (\w+ )?(afebrile|afebril|sem febre|no fever)|(afebrile|afebril|sem febre|no fever) (today|now|hoje|agora))\b`)

// relieverHelpedRx: a reliever that worked.
var relieverHelpedRx = regexp.MustCompile(`\b((improved|better|settled|eased|relieved|helped|responded|responding|good response) (\w+ ){0,5}(salbutamol|albuterol|ventolin|reliever|inhaler|puffs|nebuli[sz]er|spacer|bombinha|aerolin)|(salbutamol|albuterol|ventolin|reliever|inhaler|puffs|bombinha|aerolin) (\w+ ){0,5}(helped|helps|worked|works|improved|eased|relieved)|melhor(ou|a) com (o |a )?(salbutamol|bombinha|aerolin|broncodilatador))\b`)

// briefLOCRx: a loss of consciousness of seconds, under five minutes.
var briefLOCRx = regexp.MustCompile(`\b((less than|under|<) ?(a|one|1|2|3|4|5|two|five) ?(min|minute)s?|(a few|few|several|\d{1,2}) (seconds|secs)|(alguns|poucos|\d{1,2}) segundos|menos de (1|um|2|dois|5|cinco) minutos?)\b`)

// missedAntiepilepticRx: antiseizure medicine missed or run out.
var missedAntiepilepticRx = regexp.MustCompile(`\b(ran out|run out|running out|missed (\w+ ){0,3}(doses?|tablets?|medication|medicine)|forgot (\w+ ){0,3}(doses?|tablets?|medication|medicine)|not (been )?taking (\w+ ){0,2}(tablets?|medication|medicine)|stopped taking|(remedio|medicamento|anticonvulsivante) acabou|acabou o (remedio|medicamento|anticonvulsivante)|sem tomar (ha|desde)|dose esquecida|doses esquecidas|esqueceu (de tomar|o remedio|a dose)|falta na farmacia|parou de tomar)\b`)

// breastRx: the breast.
var breastRx = regexp.MustCompile(`\b(breast|mama|seio)s?\b`)

// labourContractionsRx: contractions five minutes apart or closer.
var labourContractionsRx = regexp.MustCompile(`\b(every|a cada|de) ([1-5]|[1-4] ?(-|to|a) ?[2-5]) ?(min|minutes|minutos)|([2-5]|two|three|four|five) (\w+ )?(in|em) (10|ten|dez) (min|minutes|minutos)\b`)

// urineClotRx: clots passed in the urine.
var urineClotRx = regexp.MustCompile(`\b(clots?|coagulos?|cogulos?)\b`)

// creatinineKnownNormal: a creatinine given and under 1.3 mg/dL.
func creatinineKnownNormal(c *clinical.Case) bool {
	cr, ok := c.LabValue("creatinine")
	return ok && cr < 1.3
}

// creatinineNormalOrUnknown: no creatinine given, or one under 1.3 mg/dL.
func creatinineNormalOrUnknown(c *clinical.Case) bool {
	cr, ok := c.LabValue("creatinine")
	return !ok || cr < 1.3
}

// epistaxisRecurRx: a nosebleed that recurs or soaks through.
var epistaxisRecurRx = regexp.MustCompile(`\b(on and off|again|(2nd|3rd|second|third|fourth) (time|episode)|keeps? (coming back|starting|bleeding)|recurrent|recurring|bled through|soaked (through )?(a |the |two |several )?(towels?|tissues?)|won'?t stop|(\d+|thirty|twenty|forty) (minutes|mins) (to stop)?|de novo|voltou a sangrar|nao para)\b`)

// activeBleedRx: bleeding still going on.
var activeBleedRx = regexp.MustCompile(`\b(will not|won'?t|does not|doesn'?t|would not|wouldn'?t) stop|still bleeding|despite (\w+ ){0,2}(packing|pressure)|continua sangrando|nao (para|parou) de sangrar`)

// lastEpisodeRx: when the last bout of a recurring pain was.
var lastEpisodeRx = regexp.MustCompile(`\blast (one|episode|attack|bout|pain|time|episodio|crise|dor)\b[^.;]{0,30}?\(?\b(\d|one|two|three|four|five|um|uma|dois|duas|tres) (days?|dias?) (ago|atras)|\blast (one|episode|attack|bout|pain|time) (was )?yesterday|ultim[oa] (episodio|crise|dor) (foi )?ontem`)

// lastEpisodeDaysAgo: days since the last bout told in the text, or -1.
func lastEpisodeDaysAgo(c *clinical.Case) int {
	m := lastEpisodeRx.FindStringSubmatch(clinical.Fold(c.Text))
	if m == nil {
		return -1
	}
	if m[2] == "" {
		return 1 // yesterday
	}
	words := map[string]int{"one": 1, "um": 1, "uma": 1, "two": 2, "dois": 2, "duas": 2, "three": 3, "tres": 3, "four": 4, "five": 5}
	if n, ok := words[m[2]]; ok {
		return n
	}
	return int(m[2][0] - '0')
}

// mildHeadacheRx: a headache the writer calls mild.
var mildHeadacheRx = regexp.MustCompile(`\b(mild|slight|a bit of a|bit of a|little|small) (\w+ )?headache|headache (is |was )?(mild|slight)|dor de cabeca (leve|fraca|fraquinha)|(leve|pouca) dor de cabeca`)

// auditRx: a total AUDIT score (not the 12-point AUDIT-C).
var auditRx = regexp.MustCompile(`\baudit (?:score |total |score of |total of |of |= ?|: ?)?(\d{1,2})\b`)

// raisedICPRx: a headache worse lying down or on waking.
var raisedICPRx = regexp.MustCompile(`\b(worse (in the mornings?|when (he|she|i|they) (lies|lie|is lying|lay) down|lying down|on lying( down)?|on waking|when (he|she|i) wakes?( up)?)|worse (\w+ ){0,3}(in the mornings?|lying down)|(wakes?|woke|waking) (him|her|me|them) (up )?(from sleep|at night)|pior (de manha|pela manha|ao deitar|deitad[oa]|ao acordar))`)

// nightSweatsRx: drenching sweats at night.
var nightSweatsRx = regexp.MustCompile(`\b(night sweats|sweats at night|sweating at night|soaking the (sheets|bed)|drenched (sheets|at night)|suor(es)? (a |de )?noite|suor(es)? noturnos?|sudorese noturna|encharca (a roupa|o lencol|a cama))`)

// frostbite reports frostbitten digits: the word, or toes or fingers
// that went white, hard or numb after a night in the cold.
func frostbite(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	return frostbiteRx.MatchString(t) || whiteDigitsRx.MatchString(t) && coldNightRx.MatchString(t)
}

var (
	frostbiteRx   = regexp.MustCompile(`\b(frost.?bit\w*|frostnip|congelamento (dos|das|nos|nas) (dedos|pes|maos)|geladura)\b`)
	whiteDigitsRx = regexp.MustCompile(`\b(toes|fingers|feet|hands|ears|dedos|pes|maos) (\w+ ){0,4}((went|turned|got|were|are|ficaram|ficou|estao) )?(white|hard|waxy|numb|grey|gray|black|brancos|duros|dormentes|roxos|pretos|acinzentados)\b`)
	coldNightRx   = regexp.MustCompile(`\b(slept (out|rough|outside)|sleeping (out|rough|outside)|(-|minus )\d+ ?(c|f|degrees)\b|freezing|snow|ice|frozen|dormiu na rua|frio intenso|geada|abaixo de zero)`)
)

// castRx: a plaster or cast on a limb; castTightRx: told as too tight.
var (
	castRx      = regexp.MustCompile(`\b(plaster|cast|gesso|engessad[oa])\b`)
	castTightRx = regexp.MustCompile(`\b(cast|plaster|gesso)\b[^.;]{0,30}\b(too tight|tight|digging in|apertad[oa]|apertando)\b|(fingers|toes|dedos)\b[^.;]{0,30}\b(swollen like|blue|cold|roxos|frios|inchad[oa]s)\b`)
)

// homeControlledRx: pain told as held by the analgesia taken at home.
var homeControlledRx = regexp.MustCompile(`\b((pain|dor) (is |esta |ta )?(well |bem )?(controlled|controlad[ao]|manageable|settled|settling|easing|holding|melhorando)|(improving|settling|easing|melhorando) (\w+ ){0,2}(with|on|com) (\w+ ){0,2}(tablets|paracetamol|ibuprofen|codeine|analgesi\w*|painkillers|fluids|comprimidos|dipirona|analgesic\w*)|controlled (at home )?(with|on) (her|his|the|home)|controlad[ao] em casa( com)?|(managing|coping) (ok |well |fine )?(at home )?with (paracetamol|ibuprofen|codeine|her|his))\b`)

// notYetStartedRx: a prescription not taken yet.
// haemangiomaRx, haemangiomaEyeRx and haemangiomaHighRiskRx: an
// infantile haemangioma, one over the eye, and one in a site that
// scars, ulcerates or hides an airway or spinal lesion.
var (
	haemangiomaRx         = regexp.MustCompile(`\b(ha?emangiomas?|strawberry (mark|naevus|nevus|birthmark|lump)|hemangioma infantil)\b`)
	haemangiomaEyeRx      = regexp.MustCompile(`\b(eye ?lid|periocular|peri.?orbital|palpebra\w*|around (the|his|her) eye)\b[^.;]{0,120}\b(covers?|covering|obscur\w*|occlud\w*|blocking|(can'?t|cannot|won'?t|doesn'?t|does not) (fully )?open|not opening|ptosis|(cobre|cobrindo|fecha|fechando) (o olho|a pupila)|nao (consegue )?abr\w*)|\b(covers?|covering|obscur\w*|occlud\w*|blocking) (\w+ ){0,2}(the )?(pupil|visual axis|eye)\b`)
	haemangiomaHighRiskRx = regexp.MustCompile(`\b(lip|nose|nasal tip|beard|chin|jaw|neck|perineal|perineum|genital|lumbosacral|ulcerat\w*|bleeding|labio|nariz|barba|queixo|pescoco|perineo|ulcerad\w*|sangr\w*|(five|six|multiple|\d+) (\w+ )?ha?emangiomas)\b`)
)

// preOpLabRx: a lab name marking the value taken before an operation or
// on admission ("creatinine (pre-op)"), a baseline for KDIGO staging.
var preOpLabRx = regexp.MustCompile(`\b(pre.?op\w*|on admission|admission|pre.?treatment|pre.?operatori\w*|na admissao|admissao|internacao)\b`)

// colicRx: the crying of infantile colic (long spells, often in the
// evening, in an otherwise well baby).
var colicRx = regexp.MustCompile(`\b(colic|colicky|colica do lactente|colicas do bebe|cries and cries|cries (for|every) (\w+ ){0,2}(hours|evening|night)|crying for (\d|two|three|several)(-\d)? hours|(crying|cries) (\w+ ){0,3}every (evening|night)|chora (muito |horas )?(\w+ ){0,2}(todo fim de tarde|toda noite|todas as noites|todo final de tarde)|choro (excessivo|inconsolavel) (\w+ ){0,2}(a noite|ao entardecer|no fim da tarde))\b`)

// treatmentRestoredRx: the missed or cut antiseizure medicine already
// restarted or restored.
var treatmentRestoredRx = regexp.MustCompile(`\b((prescription|medication|medicine|tablets?|dose|treatment|lamotrigine|levetiracetam|valproate|carbamazepine) (\w+ ){0,2}(restarted|restored|resumed|back to)|(restarted|resumed|restored) (\w+ ){0,3}(today|this morning|yesterday)|back on (his|her|their) (tablets|medication|medicine)|(receita|medicacao|remedio|dose) (\w+ ){0,2}(reiniciad[oa]|retomad[oa]|restabelecid[oa]))\b`)

// proptosisRx, eyeBlowRx, rapdRx, thirdNervePalsyRx, dilatedPupilRx and
// iopRx read the eye emergencies: a pushed-forward globe, a blow to it,
// an afferent pupil defect, a third nerve palsy, a blown pupil and the
// measured eye pressure.
var (
	proptosisRx       = regexp.MustCompile(`\b(proptos[ie]s|proptotic|exophthalm\w*|proptose|exoftalmia|(eye|olho) (\w+ ){0,3}(bulging|sticking out|pushed (out|forward)|estufad[oa]|saltad[oa]))\b`)
	eyeBlowRx         = regexp.MustCompile(`\b(punch\w*|assault\w*|hit|struck|kicked|fist|elbow\w*|ball|blow|trauma\w*|injur\w*|soco|agress\w*|pancada|bolada|trauma)\b`)
	rapdRx            = regexp.MustCompile(`\b(rapd|relative afferent pupil\w* defect|marcus gunn|defeito pupilar aferente|dpar)\b`)
	thirdNervePalsyRx = regexp.MustCompile(`\b((third|3rd|iii|oculomotor) (cranial )?nerve (palsy|paresis)|cn ?(iii|3) (palsy|paresis)|oculomotor palsy|(eye|olho) (\w+ ){0,2}down and out|paralisia do (iii|terceiro) (par|nervo)|(terceiro|iii) par)\b`)
	dilatedPupilRx    = regexp.MustCompile(`\b(blown pupil|(dilated|fixed|unreactive|non.?reactive),? (and )?(dilated |unreactive )?pupil|pupil (is )?(\d ?mm )?(dilated|blown|fixed|unreactive|non.?reactive)|pupil [6-9] ?mm( and)? (unreactive|fixed|non.?reactive)|pupila (\w+ )?(dilatada|midriatica|fixa|arreativa)|midriase)\b`)
	iopRx             = regexp.MustCompile(`\b(iop|pio|intraocular pressure|pressao intraocular)\b[^.;]{0,20}?\b(\d{2}) ?mm ?hg`)
)

// hyphaemaRx: blood layered in the front chamber of the eye, seen the
// same day for the pressure and a rebleed (RCOphth).
var hyphaemaRx = regexp.MustCompile(`\b(hyphaema|hyphema|hifema)\b`)

// finishLineCollapseRx and legsRaisedRecoveryRx: a collapse once the
// runner stops at the finish, and recovery lying with the legs up.
var (
	finishLineCollapseRx = regexp.MustCompile(`\b((after|just after|right after|soon after|on) (crossing|reaching|stopping at) (the )?(\w+ ){0,2}(finish|finish line|line)|after (she|he|they|i) stopped running|(logo |apos |depois de )(cruzar|chegar|parar)( na| a)? (\w+ ){0,3}(chegada|de correr)|(colapso|desmaio|caiu) (\w+ ){0,2}depois de parar)\b`)
	legsRaisedRecoveryRx = regexp.MustCompile(`\b((legs?|feet) (raised|elevated|up)|pernas elevadas|elevacao (das|de) pernas)\b`)
)

// labBelow reports a measured value of analyte under lim.
func labBelow(c *clinical.Case, analyte string, lim float64) bool {
	v, ok := c.LabValue(analyte)
	return ok && v < lim
}

// fistulaClotRx, dialysisFistulaRx and noThrillRx: a dialysis fistula told
// clotted or silent.
var (
	fistulaClotRx     = regexp.MustCompile(`\b(fistula|fav|graft) (has |is )?(stopped (buzzing|working|pulsing)|not buzzing|no longer buzzing|clotted|thrombosed|parou de (vibrar|funcionar|pulsar)|nao (vibra|pulsa)|trombosad[oa]|coagulad[oa])\b`)
	dialysisFistulaRx = regexp.MustCompile(`\b(av fistula|arteriovenous fistula|fistula arteriovenosa|radiocephalic|brachiocephalic|fav)\b`)
	noThrillRx        = regexp.MustCompile(`\b(no (thrill|bruit|buzz)( (or|nor|and) (thrill|bruit|buzz))?|(thrill|bruit) (absent|not (felt|heard))|sem (fremito|sopro)|ausencia de (fremito|sopro))\b`)
)

// orificeObjectRx: an object put into an ear or a nostril.
var (
	orificeObjectRx = regexp.MustCompile(`\b((pushed|put|stuck|inserted|shoved|enfiou|colocou) (a |an |the |some |um |uma )?(\w+ ){0,3}(bead|seed|pea|bean|toy|stone|button|crayon|pebble|popcorn|eraser|rubber|bolinha|semente|feijao|milho|miçanga|micanga|conta|pedrinha|brinquedo|papel) (\w+ ){0,2}(in|into|up) (her |his |my |the |o |a )?(\w+ )?(ear|nose|nostril|ouvido|nariz|narina)|foreign body (in|into) (the |her |his )?(\w+ )?(ear|nose|nostril|ear canal)|corpo estranho (no|na) (ouvido|nariz|narina|conduto))\b`)
)

// gestationalDiabetes reports a pregnancy glucose tolerance test at or
// above NICE NG3: fasting 5.6 mmol/L (101 mg/dL) or two-hour 7.8 mmol/L
// (140 mg/dL).
func gestationalDiabetes(c *clinical.Case) bool {
	ogtt := ogttRx.MatchString(clinical.Fold(c.Text))
	for _, l := range c.Labs {
		ogtt = ogtt || ogttRx.MatchString(clinical.Fold(l.Name))
	}
	if !ogtt {
		return false
	}
	for _, l := range c.Labs {
		if l.Analyte != "glucose" {
			continue
		}
		n := clinical.Fold(l.Name)
		if fastingRx.MatchString(n) && l.Value >= 101 || twoHourRx.MatchString(n) && l.Value >= 140 {
			return true
		}
	}
	return false
}

var (
	ogttRx    = regexp.MustCompile(`\b(ogtt|glucose tolerance|tolerancia (a|à) glicose|totg|curva glicemica)\b`)
	fastingRx = regexp.MustCompile(`\b(fasting|jejum|basal)\b`)
	twoHourRx = regexp.MustCompile(`\b(2.?(hour|hr|h)|two.hour|120.?min|2 horas)\b`)
)

// maxIOP returns the highest intraocular pressure told in mmHg (0 when
// none).
func maxIOP(t string) float64 {
	best := 0.0
	for _, m := range iopRx.FindAllStringSubmatch(t, -1) {
		if v, err := strconv.Atoi(m[2]); err == nil && float64(v) > best {
			best = float64(v)
		}
	}
	return best
}

// morningDrinkRx: drinking on waking, a sign of dependence (AUDIT item 6).
var morningDrinkRx = regexp.MustCompile(`\b(eye.?opener|(drinks?|drinking|drink) (\w+ ){0,2}(in the morning|on waking|first thing)|morning drink\w*|bebe (\w+ ){0,2}(de manha|ao acordar|em jejum))\b`)

// longSeizureFreeRx: a seizure that ends a remission of a year or more
// ("the first in 5 years", "seizure-free for 3 years until yesterday").
var longSeizureFreeRx = regexp.MustCompile(`\b(seizure.free (for )?(over |more than )?(a year|(\d+|two|three|four|five|six|seven|eight|ten|many) years)|sem crises (ha|por) (mais de )?(um ano|\d+ anos|dois anos|tres anos)|first (seizure |fit |one )?in (over |more than )?(\d+|two|three|four|five|six|seven|eight|ten|many) years|first (seizure |fit )?(since|for) (over |more than )?(a year|(\d+|two|three|four|five|six|seven|eight|ten) years)|primeira (crise|convulsao) (em|ha) (mais de )?(\d+|dois|tres|quatro|cinco|seis|sete|oito|dez|muitos) anos)\b`)

var notYetStartedRx = regexp.MustCompile(`\b(requested (otc|over the counter|sem receita)|(wants|wanted|would like|asks|asking|came) to buy|(quer|queria|veio) comprar|solicitad[oa] sem receita|planned (from|for|to start|start)|\((planned|proposed|to start)\b|(to start|starting|from) (next|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)|(previst[oa]|programad[oa]|planejad[oa]) (para|a partir)|a partir d[ae] (proxima|segunda|terca|quarta|quinta|sexta|amanha)|(ainda )?nao (comecou|comecei|iniciou|iniciado|iniciada|comecado|comecada|tomou|tomei)( a tomar| o tratamento)?|ainda nao (\w+ )?(iniciad[oa]|comecad[oa])|not (yet )?(started|begun|taken)( it| them)? yet|not started( yet)?|not yet (started|begun|taken|given)|yet to (start|begin|take)|(hasn'?t|has not|haven'?t|have not) (started|begun|taken) (it|them|the (\w+ )?(course|tablets|pills|treatment))( yet)?|(hasn'?t|has not|haven'?t|have not) (started|begun) yet|(intends?|intending|plans?|planning|about|going|is going|wants?|would like) to (prescribe|start|begin|give|add)|(pretende|planeja|vai|quer) (prescrever|iniciar|comecar|receitar|associar))\b`)

// rabiesRiskRx: an animal that may carry rabies and cannot be watched.
// droolingRx: the hypersalivation of a moderate or severe scorpion sting.
var droolingRx = regexp.MustCompile(`\b(sialorr\w*|hypersaliv\w*|drool\w*|salivat\w*|babando|salivando)\b`)

// goutKnownRx: gout already diagnosed, or treated to lower urate.
var goutKnownRx = regexp.MustCompile(`\b(gout|gouty|gota|podagra|allopurinol|alopurinol|febuxostat[eo]?)\b`)

// cervixRx: a cervical dilatation in centimetres ("colo 4 cm", "cervix
// 3 cm dilated", "dilatação de 5 cm").
var cervixRx = regexp.MustCompile(`\b(?:colo|cervix|cervical|dilat\w*|toque)\b[^.;]{0,20}?\b(\d{1,2})(?:[.,]\d)? ?cm\b|\b(\d{1,2})(?:[.,]\d)? ?cm (?:dilated|dilatad[oa]|de dilatacao)`)

// cervixDilatedCm returns the largest dilatation the text gives, 0 when none.
func cervixDilatedCm(t string) int {
	best := 0
	for _, m := range cervixRx.FindAllStringSubmatch(t, -1) {
		for _, g := range m[1:] {
			if n, err := strconv.Atoi(g); err == nil && n <= 10 && n > best {
				best = n
			}
		}
	}
	return best
}

// planDeniedRx: a plan or intent to die told as absent ("sem plano",
// "denies plan or intent").
var planDeniedRx = regexp.MustCompile(`\b(sem|nega|negou|nao tem|denies|denied|no|without) (\w+ ){0,2}(plano|plan|plans|intent|intencao|planejamento)\b`)

// jvpRaisedRx: a raised jugular venous pressure.
var jvpRaisedRx = regexp.MustCompile(`\b(jvp (is )?(raised|elevated|up|high|\+|[3-9] ?cm)|raised jvp|elevated jvp|turgencia jugular|estase jugular|tjp|distended neck veins)\b`)

// seidelNegativeRx, imagingClearRx, normalAcuityRx and reducedAcuityRx
// read an eye examined or imaged without a penetrating injury.
var (
	seidelNegativeRx = regexp.MustCompile(`\b(seidel (test )?(is |was )?negativ\w*|negative seidel|seidel neg)`)
	imagingClearRx   = regexp.MustCompile(`\b(no (intraocular|intra-ocular) foreign body|sem corpo estranho intraocular|(x-ray|xr|radiograph\w*|radiografia|ct|tc|tomografia)[^.;]{0,40}\b(sem|no|negative for|without|excluded an?) (\w+ )?(corpo estranho|foreign body))`)
	normalAcuityRx   = regexp.MustCompile(`\b(6/6|6/5|20/20|20/15)\b`)
	reducedAcuityRx  = regexp.MustCompile(`\b(6/(9|12|18|24|36|60)|20/(25|30|40|50|60|70|80|100|200|400))\b`)
)

// penetrationExcluded: an orbital image without an intraocular foreign
// body, or a negative Seidel test with normal acuity in both eyes; a
// superficial fragment is then removed at the slit lamp within a day
// (NICE CKS corneal superficial injury). A drop in acuity keeps the
// same-day imaging.
func penetrationExcluded(t string) bool {
	return imagingClearRx.MatchString(t) || seidelNegativeRx.MatchString(t) && normalAcuityRx.MatchString(t) && !reducedAcuityRx.MatchString(t)
}

// psychosisImprovingRx: psychotic symptoms told as settling on treatment,
// or a mental state told as stable with no psychotic symptoms now (a depot
// clinic, a community review).
var psychosisImprovingRx = regexp.MustCompile(`\b(psychotic (symptoms|sx)|psychosis|hallucinations|voices|delusions|sintomas psicoticos|psicose|alucinacoes|delirios) (are |is |have been |has been |estao |esta )?(improving|better|settling|settled|resolving|resolved|in remission|em melhora|melhorando|melhoraram|melhores|remitid\w*|controlad\w*)\b|\b(mental state|estado mental|psychosis|psicose|psychotic symptoms|sintomas psicoticos|delusions|delirios) (is |are |has been |have been |esta |estao |segue |seguem |permanece |remains? )?(stable|estavel|estaveis|encapsulated|encapsulad\w*)\b|\b(nega|denies|no|sem) (\w+ ){0,2}(alucinacoes|hallucinations|voices|vozes|sintomas psicoticos|psychotic symptoms)( \w+){0,2} (no momento|at present|currently|atualmente|now)\b`)

// PsychosisSettling reports psychotic symptoms told as improving on an
// antipsychotic or lithium: the course of a known illness, not a new
// psychosis. Exported for the specialists.
func PsychosisSettling(c *clinical.Case) bool {
	return (c.Passing("psychosis") || psychosisImprovingRx.MatchString(clinical.Fold(c.Text))) && (c.OnClass("antipsychotic") || c.OnDrug("lithium"))
}

// fractureHealedRx: a fracture the X-ray or the clinic calls healed, or
// a cast already off.
var fractureNotHealedRx = regexp.MustCompile(`\b(not|never|hasn'?t|has not|isn'?t|is not|nao|sem) (yet |fully |completely |\w+ )?(healed|healing|united|consolidad\w*|consolidou)|non.?union|mal.?union|delayed union|pseudartrose|refractur\w*|new (fall|injury|pain|deformity)|nova (queda|fratura|deformidade)`)

// burnOfSpecialArea reports a special area (hand, face, feet, genitals,
// a major joint) named as burnt: a burn word close before or after it in
// the same clause, no negation before it ("sem queimadura no rosto,
// mãos"), not listed as spared, and not the palm as a measure of size.
func burnOfSpecialArea(t string) bool {
	t = palmSizeRx.ReplaceAllString(t, " ")
	for _, loc := range burnSpecialAreaRx.FindAllStringIndex(t, -1) {
		before := t[max(0, loc[0]-40):loc[0]]
		if k := strings.LastIndexAny(before, ".;:!?"); k >= 0 {
			before = before[k+1:]
		}
		rest := t[loc[1]:]
		if k := strings.IndexAny(rest, ".;:!?"); k >= 0 {
			rest = rest[:k]
		}
		after := rest
		if k := strings.IndexAny(after, ","); k >= 0 {
			after = after[:k]
		}
		if len(after) > 25 {
			after = after[:25]
		}
		if !burnWordRx.MatchString(before) && !burnWordRx.MatchString(after) || burnAreaNegRx.MatchString(before) || sparedRx.MatchString(rest) {
			continue
		}
		return true
	}
	return false
}

// toddRx: a weakness after a seizure; functionalWeaknessRx: a functional
// weakness diagnosed on its positive signs
var (
	toddRx               = regexp.MustCompile(`\b(todd'?s?( paresis| palsy)?|post.?ictal (weakness|paresis)|(after|following|apos|depois d[ae]) (a |the |his |her |uma |a )?(fit|seizure|convulsion|crise))\b`)
	functionalWeaknessRx = regexp.MustCompile(`\b(functional (limb |neurological )?(weakness|disorder|symptoms)|\bfnd\b|hoover'?s? sign|give.way weakness|fraqueza funcional|transtorno neurologico funcional)\b`)
)

// positionHeldRx: a fracture's position kept on the check X-ray
var positionHeldRx = regexp.MustCompile(`\b(position (is |was )?(maintained|held|satisfactory|acceptable|unchanged|good)|no (further )?(displacement|slippage|loss of (position|reduction))|posicao (mantida|satisfatoria|adequada)|sem desvio (adicional|novo))\b`)

// torusWeeksAgoRx and painFreeRx: a fracture two or more weeks ago, and
// an examination without pain
var (
	torusWeeksAgoRx = regexp.MustCompile(`\b([2-9]|two|three|four|five|six) (weeks?|semanas) ago\b|\bha ([2-9]|duas|tres|quatro|cinco|seis) semanas\b`)
	painFreeRx      = regexp.MustCompile(`\b(pain.free|no (pain|tenderness)|sem dor|indolor)\b`)
)

var fractureHealedRx = regexp.MustCompile(`\b(healed|healing well|well healed|union (in good position|achieved|confirmed)|(showed|shows|confirmed|radiological) union|united)\b|cast (was |has been )?(removed|taken off|came off|off)\b|out of (the |his |her |a )?(cast|plaster)|(retirou|tirou|retirada do|retirada de|sem) (o )?gesso|fratura consolidada|consolidacao (ossea )?(completa|adequada|boa)|consolidad[ao]`)

// incidentalVTERx: a pulmonary embolism or deep-vein thrombosis named on
// a scan report.
var incidentalVTERx = regexp.MustCompile(`(pulmonary|segmental|subsegmental|lobar) (\w+ ){0,2}embol\w*|embolia pulmonar|\b(tep|dvt|tvp)\b|deep vein thrombosis|trombose venosa profunda`)

// digitRx: a finger or toe named in the notes.
var digitRx = regexp.MustCompile(`\b(finger\w*|fingertip|thumb|toe|toes|tuft|distal phalanx|phalan\w*|nail.?bed|dedo|dedos|polegar|falange\w*|polpa digital|leito ungueal)\b`)

// organoCrisisRx and exposureSymptomRx: the nicotinic and central signs of
// a cholinergic crisis, and the muscarinic symptoms of a milder exposure.
var (
	organoCrisisRx    = regexp.MustCompile(`\b(bronchorr\w*|broncorreia|fasciculat\w*|fasciculac\w*|(muscle|muscular) (weakness|twitch\w*)|fraqueza muscular|copious secretions|secrecao abundante|sialorreia intensa|pinpoint pupils)\b`)
	exposureSymptomRx = regexp.MustCompile(`\b(miosis|miotic|mioticas?|miose|sweat\w*|sudorese|suor|lacrimejando|tearing|watering eyes|salivat\w*|headache|cefaleia|dor de cabeca|nausea|enjoo|vomit\w*|colic|colica|diarrh\w*|diarreia)\b`)
)

// nvDeficitRx: a nerve or vessel deficit beyond an injured limb.
var nvDeficitRx = regexp.MustCompile(`\b(weak|weakness of|reduced|absent|no|lost|loss of) (the )?(ankle |foot |toe |great toe |wrist |finger |thumb |grip )?(dorsiflexion|plantarflexion|plantar flexion|extension|pulses?|distal pulses?|pedal pulses?|radial pulse|sensation|power)\b|\bfoot drop\b|\bpulseless\b|(cold|white|pale|dusky),? (and )?(pulseless )?(foot|hand|toes|fingers)\b|\bnumb (foot|hand|toes|fingers)\b|\bsem pulso\b|\bpe caido\b|(pe|mao) (frio|fria|palido|palida) e (sem pulso|palid\w*)`)

// pastOesophagusRx: an X-ray placing a swallowed object in the stomach or
// beyond; magnetRx: magnets, which attract each other through bowel wall.
var (
	pastOesophagusRx = regexp.MustCompile(`\b(consistent with|in keeping with|projecting over|overlying) the (stomach|gastric (body|fundus|antrum))\b|\bleft upper quadrant\b|\b(in|within|inside) the (stomach|gastric (body|fundus|antrum)|small bowel|bowel|intestine|colon)\b|\b(no|dentro do) (estomago|intestino)\b|(past|beyond|distal to) the (pylorus|oesophagus|esophagus|duodenum)|below the (diaphragm|gej|gastro.?o?esophageal junction)`)
	magnetRx         = regexp.MustCompile(`\b(magnet\w*|ima|imas|ímã)\b`)
)

// eatingDisorderBradycardia: the only red vital sign is a pulse of 40 or
// more in a child with an eating disorder.
func eatingDisorderBradycardia(c *clinical.Case, age float64) bool {
	v := c.Vitals
	hr, ok := val(v.HeartRate)
	if !c.Has("eating_disorder") || !ok || hr < 40 || Altered(c) {
		return false
	}
	_, severeWithoutHR := scores.PaedsVitals(age, nil, v.RespiratoryRate, v.SystolicBP, v.SpO2)
	return !severeWithoutHR
}

// torusRx: a buckle (torus) fracture named on an X-ray.
// stableFractureRx: an X-ray report of an undisplaced small-bone
// fracture, or a boxer's fracture told without rotation.
var stableFractureRx = regexp.MustCompile(`\b(undisplaced|non.?displaced|minimally displaced|hairline|with minimal displacement|mason (type )?(i|1)\b|sem desvio|com desvio minimo|desvio minimo|(fifth|5th) metacarpal (neck )?fracture|boxer'?s fracture|fratura (do|de) (colo do )?quinto metacarpo)`)

// bigBoneRx: the long bones, pelvis, spine and skull, whose fractures
// are seen the same day whatever the displacement.
var bigBoneRx = regexp.MustCompile(`\b(femur|femoral|hip|pelvi\w*|acetabul\w*|tibia\w*|humer\w*|vertebra\w*|spine|spinal|skull|cervical|scaphoid|femoral neck|colo do femur|quadril|bacia|pelve|coluna|vertebra|cranio|tibia|umero|escafoide)\b`)

var torusRx = regexp.MustCompile(`\b(buckle|torus)( \(?(torus|buckle)\)?)? fracture|fratura (em |tipo )?(toro|torus)\b`)

// batteryRx: a button or coin battery.
var batteryRx = regexp.MustCompile(`\b(batter(y|ies)|bateria\w*|pilha\w*)\b`)

// ironMgKgRx: an elemental-iron dose per kilogram.
var ironMgKgRx = regexp.MustCompile(`(\d+(?:[.,]\d+)?) ?mg/kg`)

// ironModerate: a child who swallowed iron tablets, the dose stated at
// under 60 mg/kg, only vomiting or tummy ache and nothing systemic.
func ironModerate(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	if !c.IsChild() || !ironTabletRx.MatchString(t) || Altered(c) || c.HasAny("melena", "hematemesis", "rectal_bleeding", "hypotension_word", "seizure", "dyspnea") {
		return false
	}
	ms := ironMgKgRx.FindAllStringSubmatch(t, -1)
	if ms == nil {
		return false
	}
	for _, m := range ms {
		if v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "."), 64); err != nil || v >= 60 {
			return false
		}
	}
	hr, _ := val(c.Vitals.HeartRate)
	_, severe := scores.PaedsVitals(float64(c.AgeOr(5)), c.Vitals.HeartRate, c.Vitals.RespiratoryRate, c.Vitals.SystolicBP, c.Vitals.SpO2)
	return !severe && hr < 180
}

// ironTabletRx: iron tablets or drops.
var ironTabletRx = regexp.MustCompile(`\b(iron|ferrous|ferroso|ferro|sulfato ferroso|fumarato ferroso)\b`)

// strangulationSignRx: petechiae, incontinence or a neck mark after a
// strangulation; floatersRx: floaters or a vitreous haze.
var (
	strangulationSignRx = regexp.MustCompile(`\b(petechia\w*|petequi\w*|incontinen\w*|urinated|wet (himself|herself)|ligature mark|marca (no|de) pescoco|subconjunctival)\b`)
	floatersRx          = regexp.MustCompile(`\b(floaters|moscas volantes|vitreous haze|vitritis|uveitis|uveite|vitreite)\b`)
)

// heavyPeriodRx: a heavy period in the patient's or the clinician's words.
var heavyPeriodRx = regexp.MustCompile(`heav\w* (\w+ )?periods?|periods? (\w+ ){0,3}(heavy|heavier|heaviest)|flooding|menorrhagi\w*|heavy menstrual|menstruacao (muito )?(forte|intensa|abundante)|fluxo (menstrual )?(intenso|aumentado|abundante)`)

// hbUnder: a haemoglobin below lim g/dL.
func hbUnder(c *clinical.Case, lim float64) bool {
	hb, ok := c.LabValue("hemoglobin")
	return ok && hb < lim
}

// stableDelirium: an older person newly confused (confused, GCS 14 or
// unrecorded) with a fever or a urinary source, breathing under 22,
// systolic over 100, pulse under 110, SpO2 92% or more and NEWS2 under 7,
// no focal deficit, head injury or low glucose. The gold of several sets
// (v95-037, v179-029, v186-017) calls these urgent; a GCS of 13 or less or
// any red observation stays an emergency.
func stableDelirium(c *clinical.Case, news2 int) bool {
	v := c.Vitals
	if c.AgeOr(0) < 65 || v.Consciousness != "confused" && v.Consciousness != "" || v.GCS != nil && *v.GCS < 14 || news2 >= 7 {
		return false
	}
	if v.Consciousness == "" && v.GCS == nil {
		return false
	}
	sbp, hasSBP := val(v.SystolicBP)
	rr, hasRR := val(v.RespiratoryRate)
	hr, hasHR := val(v.HeartRate)
	spo2, hasSpO2 := val(v.SpO2)
	if !hasSBP || sbp <= 100 || !hasRR || rr >= 22 || !hasHR || hr >= 110 || hasSpO2 && spo2 < 92 {
		return false
	}
	temp, hasT := val(v.TemperatureC)
	infection := c.HasAny("uti_signs", "dysuria") || hasT && temp >= 38
	// (or another precipitant found at the bedside: a full bladder,
	// constipation, a medicine just started, the days after an
	// operation — post-operative
	// delirium with safe observations is the ward's urgent response,
	// NEWS2 5 from the confusion alone; NICE CG103)
	precipitant := infection || c.HasAny("urinary_retention", "constipation", "recently_started") || c.Has("recent_surgery") || postOpDayRx.MatchString(clinical.Fold(c.Text))
	// (sleepiness by day is hypoactive delirium's when a GCS of 14 is
	// measured; told without a GCS it may be a falling consciousness)
	drowsyUnmeasured := c.Has("drowsy") && v.GCS == nil
	if !precipitant || drowsyUnmeasured || c.HasAny("facial_droop", "arm_weakness", "speech", "head_injury", "unresponsive", "seizure", "neck_stiffness", "nonblanching_rash", "mottled") || lowGlucoseAny(c) {
		return false
	}
	return true
}

// priorityInErrorRx: the note says the submitted priority was a mistake
var priorityInErrorRx = regexp.MustCompile(`\b(priority|prioridade|urgency|urgencia)\b[^.;]{0,40}\b(in error|by mistake|by error|mistakenly|wrongly|incorrectly|erroneously|por engano|por erro|erroneamente|equivocadamente)\b`)

// ophthalmoplegiaRx: double vision or eye movements restricted
var ophthalmoplegiaRx = regexp.MustCompile(`\b(diplopia|double vision|seeing double|vendo duplo|visao dupla|ophthalmoplegi\w*|oftalmoplegi\w*|(restricted|limited|reduced|painful and limited) (\w+ ){0,2}(eye movements?|abduction|adduction|upgaze)|eye movements? (\w+ ){0,2}(restricted|limited|reduced)|limitac\w* (\w+ ){0,3}(movimentac\w*|motilidade) ocular)\b`)

// secondsLongRx: a pain that lasts only seconds
var secondsLongRx = regexp.MustCompile(`\b((for|lasting|lasts?|only) (a few |few |several |\d+ )?seconds|(a few|few|several|\d+) seconds (then|and then) (goes|it goes|gone|stops)|(por|dura|durando) (alguns |poucos |\d+ )?segundos)\b`)

// syncopeRecoveredRx: the faint is over and the patient is back to normal
var syncopeRecoveredRx = regexp.MustCompile(`\b(feels? (absolutely |completely |perfectly )?(fine|well|ok|okay|normal|back to normal)( now)?|came (round|to)|fully recovered|recovered (quickly|fully|completely|at once)|back to (himself|herself|normal)|now (well|fine|ok|alert)|voltou a si|recuperou (rapido|logo|totalmente|bem)|(esta|ta|sente.se) bem (agora)?|sem queixas agora)\b`)

// lithiumRaiserRx: drugs that cut lithium clearance
var lithiumRaiserRx = regexp.MustCompile(`\b(bendroflumethiazide|hydrochlorothiazide|hidroclorotiazida|indapamide|indapamida|chlortalidone|clortalidona|thiazide|tiazidico|\w+pril|\w+sartan|\w+sartana|ibuprofen\w*|naproxen\w*|diclofenac\w*|nsaid|aine)\b`)

// unionRx: the X-ray shows the fracture has united
var unionRx = regexp.MustCompile(`\b((shows|showed|confirms|confirmed|with|radiological|in) union|union (in|achieved|confirmed|seen)|united|healed|consolidad[oa]|consolidacao)\b`)

// chestTightnessRx: a chest pain told as tightness alone
var chestTightnessRx = regexp.MustCompile(`^(tight chest|chest (is |feels |felt )?(so |really |very )?tight(ness)?|chest tightness|tightness (in|of|across) (the |my |his |her )?chest|aperto no peito|peito apertado)$`)

// restPainRx and crescendoRx: chest pain at rest or coming more often.
var (
	restPainRx          = regexp.MustCompile(`\b(at rest|em repouso|while resting|lying (still|down)|wakes? (me|him|her) (up|at night)|at night|nocturnal|noturna|acorda com (a )?dor)\b`)
	crescendoRx         = regexp.MustCompile(`\b(more (often|frequent)|less (exertion|effort)|getting worse|crescendo|piorando|mais frequente|com menos esforco)\b`)
	pacingDependentRx   = regexp.MustCompile(`\b(pacemaker.?dependent|pacing.?dependent|dependente (de|do) marca.?passo|no (underlying|escape) rhythm|sem ritmo de escape)\b`)
	notDependentRx      = regexp.MustCompile(`\b(not|nao) (pacemaker.?|pacing.?)?(dependent|dependente)`)
	harmlessSpiderRx    = regexp.MustCompile(`\b(false widow|steatoda|house spider|garden spider|money spider|wolf spider|cellar spider|daddy.long.legs|orb.weaver|jumping spider|caranguejeira|tarantula|aranha (de jardim|domestica|de parede|de grama))\b`)
	dangerousArachnidRx = regexp.MustCompile(`\b(scorpions?|escorpi\w*|armadeira|phoneutria|aranha.marrom|loxosceles|recluse|violin spider|black widow|viuva.negra|latrodectus|redback|funnel.web|wandering spider|banana spider)\b`)
	orbitalBlowRx       = regexp.MustCompile(`\b((punched|hit|struck|kicked|elbowed|headbutted|head.butted|blow|trauma|injury|soco|murro|pancada|chute|agredid[oa]) (\w+ ){0,4}(in|on|to|no|na) (the |her |his |my |o |a )?(left |right |esquerdo |direito )?(eye|orbit|cheek|face|olho|orbita|rosto|face)|blow.?out fracture|orbital (floor )?fracture|fratura (do assoalho )?(da )?orbita)\b`)
	coarseTremorRx      = regexp.MustCompile(`\b(coarse tremor|tremor grosseiro)\b`)
	minorBruiseRx       = regexp.MustCompile(`\b((a few|few|some|small|minor|occasional|the odd) (\w+ )?bruis\w*|bruis\w* (easily|more easily)|easy bruising|(alguns|poucos|pequenos) (hematomas|roxos|roxinhos)|(fica|ficando) roxa? (\w+ )?facil\w*)`)
	missedWarfarinRx    = regexp.MustCompile(`(sem tomar|parou|stopped|missed|skipped|ficou \d+ dias sem|sem usar|esqueceu) (\w+ ){0,3}(a |o )?(varfarina|warfarin|marevan|coumadin|anticoagula\w*)|(\d+|two|three|four|dois|tres|quatro) (days|doses|dias) (without|sem) (\w+ )?(varfarina|warfarin|marevan|coumadin)`)
)

// smallWeightGain: a weight gain told in kg (or lb) below 2 kg.
func smallWeightGain(ev string) bool {
	m := weightGainRx.FindStringSubmatch(clinical.Fold(ev))
	if m == nil {
		return false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "."), 64)
	if err != nil {
		return false
	}
	if m[2] != "kg" {
		v *= 0.4536
	}
	return v < 2
}

var weightGainRx = regexp.MustCompile(`(\d+(?:[.,]\d+)?) ?(kg|lb|lbs|pounds)\b`)

// onlyComplaints reports whether every complaint is one of ids.
func onlyComplaints(comp []string, ids ...string) bool {
	for _, x := range comp {
		found := false
		for _, id := range ids {
			if x == id {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// crpsRx: pain out of proportion with colour, temperature or sweating
// change after a fracture (complex regional pain syndrome, Budapest
// criteria), told as present.
var crpsRx = regexp.MustCompile(`\b(disproportionate pain|pain out of proportion|allodynia|complex regional pain|crps|sindrome complexa de dor regional)\b`)

// affirmedInSentence: a match of rx not inside the scope of a negation
// earlier in its sentence ("Denies loss of consciousness, incontinence,
// voice change or difficulty swallowing" denies them all; "no loss of
// consciousness but a hoarse voice" affirms the voice).
func affirmedInSentence(rx *regexp.Regexp, t string) bool {
	for _, loc := range rx.FindAllStringIndex(t, -1) {
		start := loc[0]
		for start > 0 && !sentenceStopRx.MatchString(t[start-1:start]) {
			start--
		}
		before := t[start:loc[0]]
		if m := sentenceNegRx.FindAllStringIndex(before, -1); m != nil && !scopeEndRx.MatchString(before[m[len(m)-1][1]:]) {
			continue
		}
		return true
	}
	return false
}

var (
	sentenceStopRx = regexp.MustCompile(`[.;:!?\n]`)
	sentenceNegRx  = regexp.MustCompile(`\b(no|not|denies|denied|without|never|nega|negou|sem|nao|nenhum|nenhuma)\b`)
	scopeEndRx     = regexp.MustCompile(`\b(but|however|although|yet|mas|porem|entretanto|now|agora)\b`)
)

// inrUnder: an INR below lim.
func inrUnder(c *clinical.Case, lim float64) bool {
	inr, ok := c.LabValue("inr")
	return ok && inr < lim
}

var rabiesRiskRx = regexp.MustCompile(`\b(stray|unknown|wild|feral|rabid|bats?|fox|raccoon|skunk|monkey|macaque|marmoset|de rua|desconhecid[oa]|morcegos?|raposa|macaco|sagui|selvagem|(ran|runs|run|went) off|fugiu|sumiu|(can'?t|cannot|could not|couldn'?t) be (observed|found|traced|caught)|(no way|nobody) to (observe|watch|find) (it|the dog|the cat)|nao (tem como|da para|da pra|foi possivel) (observar|achar|encontrar)|foaming|frothing|drooling|babando|espumando)\b`)

// vasomotorRx: hot flushes or night sweats told as the reason for the visit.
var vasomotorRx = regexp.MustCompile(`\b(hot (flush|flash)|night sweats|fogach|ondas? de calor|calor(oes|ao)|suores? noturnos?|suor (a|de) noite|menopaus|climater)`)

// ketonesRx: ketones in the urine told plainly.
var ketonesRx = regexp.MustCompile(`\bketon\w* (\w+ ){0,6}(positive|\+|darkest|dark purple|purple|high|large)|(positive|large|high) (urine )?ketones|cetonuria|cetona (\w+ ){0,3}(positiva|\+)`)

// notMobileRx: a baby who cannot yet move about on his own.
var notMobileRx = regexp.MustCompile(`\b(can'?t|cannot|can not|not|isn'?t|doesn'?t|nao|ainda nao) (\w+ ){0,2}(roll|rolling|crawl|crawling|walk|walking|cruise|cruising|sit up|rola|rolar|engatinha|engatinhar|anda|andar|senta)\b`)

// nonComplaint lists concepts that are context, not a presenting problem.
var nonComplaint = map[string]bool{
	"hormone_therapy": true, "pulmonary_hypertension": true, "zoonosis": true, "hypersensitivity_pneumonitis": true, "cardiac_device": true,
	"missed_dose": true, "polypectomy": true, "rash_illness_exposure": true, "new_hiv": true,
	"kd_eyes": true, "hoarse": false, "high_velocity": true, "nasal_flaring": false, "polymyalgia": false, "cant_keep_down": false, "farewell": false, "hiv_known": true, "leprosy": false, "hunger_strike": false, "kd_nodes": true, "substance_use": true, "sexual_health": true, "adhd": true, "smoking_cessation": true, "scaphoid": true, "hypo_recovered": true, "routine": true, "sudden_onset": true, "worsening": true, "well_appearing": true, "estrogen": true, "travel": true, "immobilization": true,
	"recent_surgery": true, "daily_not_weekly": true, "co_source": true, "co_cluster": true, "pain_free_now": true, "lifting": true, "alcohol": true, "smoker": true, "pregnancy": true, "missed_period": true, "full_sentences": true,
	"tolerating_fluids": true, "bears_weight": true, "exertional": true, "baseline_confusion": true, "confusion_worse_than_usual": true, "anticoag_context": true, "allergen_exposure": true,
	"hypertension": true, "diabetes": true, "type1_diabetes": true, "vascular_disease": true, "hyperlipidemia": true, "obesity": true, "af": true,
	"heart_failure": true, "copd": true, "asthma": true, "ckd": true, "epilepsy": true, "thyroid": true, "liver_disease": true, "cancer": true,
	"immunosuppressed": true, "chemotherapy": true, "eating_disorder": true, "vte_event": true, "mi_event": true, "stroke_event": true,
	"fall": false, "postpartum": true, "gynecology": true, "chronic": true, "limb": true,
	"travel_medicine": true, "mental_illness": true, "osteoporosis": true, "recently_started": true, "chest_pain_normal_ecg": true, "ecg_no_acute": true, "murmur": true,
	"gi_screening": true, "deficit_resolved": true, "stable_chronic": true, "longstanding": true, "kidney_transplant": true, "liver_transplant": true, "on_dialysis": true,
	"primary_tooth": true, "diving": true, "transfusion": true, "orthopedic_surgery": true, "xylazine": true, "multiple_sclerosis": true, "functional_neuro": true, "shunt": true, "neurostimulator": true,
	"tonsillectomy": true, "abdominal_surgery": true, "neck_endocrine_surgery": true, "stoma": true, "gyn_surgery": true, "suprapubic": true, "long_term_catheter": true,
	"gi_cancer": true, "lung_cancer": true, "recovering": true, "carpal_tunnel": false, "limp": false, "genital_ulcer": false, "parkinson_disease": true, "adrenal_insufficiency": true,
}

// Complaints returns the presenting-problem concepts of a case.
func Complaints(c *clinical.Case) []string {
	var out []string
	for _, f := range c.Findings {
		if !nonComplaint[f] {
			out = append(out, f)
		}
	}
	return out
}

// baseline decides between routine and non-urgent when nothing raised the
// level: administrative or preventive visits and long-standing stable
// complaints are routine; any new complaint is non-urgent.
func (a *assessor) baseline() {
	c := a.c
	if a.level >= NonUrgent {
		return
	}
	for _, f := range a.r.Flags {
		if f.Level == Routine {
			return // a presentation rule already called it routine (earwax)
		}
	}
	comp := Complaints(c)
	// unexplained weight loss is worked up within weeks, however long it
	// has been going on (NICE NG12)
	// a decline "slowly getting worse" over six months or more is the
	// course of a chronic condition, not an acute worsening
	slowCourse := c.Has("slow_progression") && c.DurationHours >= 24*180 && !c.Has("sudden_onset")
	chronic := (c.DurationHours >= 24*28 || c.DurationHours < 0 && c.Has("longstanding")) && (!c.HasAny("worsening", "sudden_onset") || slowCourse) && !(c.Has("weight_loss") && !c.Has("routine")) &&
		!newDiagnosisLabs(c)
	switch {
	case !c.HasAny("worsening", "fever", "dyspnea") && (len(comp) > 0 && allPassing(c, comp) || len(comp) == 0 && c.Has("recovering")) && (recentCareRx.MatchString(clinical.Fold(c.Text)) || adminRequestRx.MatchString(clinical.Fold(c.Text))) && !newProblemRx.MatchString(clinical.Fold(c.Text)):
		// a reply after a visit or treatment that the trouble is passing
		// ("ear pain gone, eating and playing", "pain getting less every
		// day") is a routine review, not a new complaint
		a.flag(Routine, "context", "improving_after_care", clinical.T("improving after recent care, no red flags: routine review", "melhorando após atendimento recente, sem sinais de alerta: revisão de rotina"))
	case c.DurationHours >= 24*14 && fractureHealedRx.MatchString(clinical.Fold(c.Text)) && !fractureNotHealedRx.MatchString(clinical.Fold(c.Text)) && onlyComplaints(comp, "fracture", "joint_pain", "limb", "stiffness", "limb_weakness") && !c.HasAny("fever", "worsening", "cellulitis") && !affirmedMatch(crpsRx, clinical.Fold(c.Text)):
		// stiffness and a weak grip after a fracture has healed and the
		// cast is off: physiotherapy at a planned visit (NICE NG38)
		a.flag(Routine, "context", "fracture_healed", clinical.T("healed fracture out of plaster with expected stiffness: routine physiotherapy and review (NICE NG38)", "fratura consolidada, sem gesso, com rigidez esperada: fisioterapia e revisão de rotina (NICE NG38)"))
	case len(comp) == 0 && gradeTwoOffTreatment(c):
		a.flag(NonUrgent, "context", "hypertension_off_treatment", clinical.T("blood pressure at or above 160/100 after stopping or running out of treatment: restart and recheck within days (ESH 2023)", "pressão igual ou acima de 160x100 após parar ou ficar sem o tratamento: reiniciar e reavaliar em poucos dias (ESH 2023)"))
	case len(comp) == 0 && c.Has("routine"):
		a.flag(Routine, "context", "routine_visit", clinical.T("preventive, monitoring or administrative visit without acute complaint", "consulta preventiva, de acompanhamento ou administrativa sem queixa aguda"))
	case len(comp) == 0 && chronic && !c.HasAny("fever", "dyspnea"):
		a.flag(Routine, "context", "chronic_stable", clinical.T("long-standing issue without red flags", "questão de longa data sem sinais de alerta"))
	case len(comp) > 0 && chronic:
		a.flag(Routine, "context", "chronic_stable", clinical.T("long-standing complaint without red flags", "queixa de longa data sem sinais de alerta"))
	case len(comp) == 0 && stageOneReading(c):
		a.flag(Routine, "context", "stage1_hypertension", clinical.T("raised blood pressure below 160/100 without symptoms: confirm with home or ambulatory readings (NICE NG136)", "pressão elevada abaixo de 160x100 sem sintomas: confirmar com MRPA ou MAPA (NICE NG136)"))
	case len(comp) == 0 && c.Has("routine") == false && strings.TrimSpace(c.Text) == "":
		a.flag(NonUrgent, "data", "no_clinical_information", clinical.T("no clinical information given: review within 24-48 hours", "sem informação clínica: revisar em 24-48 horas"))
	case len(comp) > 0 && c.Has("routine") && StableChronic(c) && c.DurationHours < 0:
		a.flag(Routine, "context", "chronic_review_stable", clinical.T("scheduled review of a chronic condition documented as stable", "revisão agendada de condição crônica documentada como estável"))
	case len(comp) > 0 && c.Has("routine") && !c.HasAny("fever", "dyspnea") && c.DurationHours < 0:
		a.flag(Routine, "context", "routine_visit", clinical.T("scheduled visit; complaints are not acute", "consulta agendada; queixas não agudas"))
	case len(comp) == 1 && comp[0] == "menopause" && !c.HasAny("fever", "dyspnea") && vasomotorRx.MatchString(clinical.Fold(c.Input.Symptoms)):
		// hot flushes and night sweats without bleeding or a lump are
		// discussed at a planned visit (NICE NG23)
		a.flag(Routine, "context", "vasomotor_symptoms", clinical.T("menopausal vasomotor symptoms without red flags: routine review (NICE NG23)", "sintomas vasomotores da menopausa sem sinais de alerta: consulta de rotina (NICE NG23)"))
	case c.Has("vaccine_local_reaction") && onlyLocalReaction(comp) && c.DurationHours >= 0 && c.DurationHours <= 72 && !c.HasAny("fever", "urticaria", "angioedema", "airway", "dyspnea", "worsening", "cellulitis") && !feverOnChart(c):
		// a small sore, red or firm spot where a vaccine went in, in the
		// first three days, with no fever or allergic sign: an expected
		// reaction, comfort care at home (CDC Pink Book; SBIm)
		a.flag(Routine, "context", "vaccine_local_reaction", clinical.T("expected local reaction at a vaccine injection site within three days, no fever or allergic signs: advice at home", "reação local esperada no ponto da vacina nos primeiros três dias, sem febre nem sinais alérgicos: orientação em casa"))
	case c.IsChild() && c.AgeOr(1) < 1 && affirmedMatch(colicRx, clinical.Fold(c.Text)) && thrivingRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("fever", "vomiting", "ill_appearing", "drowsy", "dyspnea", "blood_streaked", "melena", "rectal_bleeding") && !feverOnChart(c) && !Altered(c):
		// long evening crying in a baby who feeds, grows and has wet
		// nappies, with no fever, vomiting or abnormal cry: infantile
		// colic, reassurance and support for the parents (NICE CKS)
		a.flag(Routine, "context", "infant_colic", clinical.T("crying spells in a thriving baby without red flags (infantile colic): reassurance and support for the parents (NICE CKS)", "crises de choro em bebê que se desenvolve bem, sem sinais de alerta (cólica do lactente): tranquilizar e apoiar os pais (NICE CKS)"))
	case len(comp) == 1 && comp[0] == "lice_threadworm" && !c.HasAny("fever", "cellulitis", "worsening") && !feverOnChart(c):
		// head lice or threadworm with no infected skin: treated at home
		// with a pharmacy product, combing and household contacts checked
		// (NICE CKS head lice, threadworm)
		a.flag(Routine, "context", "self_care_infestation", clinical.T("head lice or threadworm without infected skin: pharmacy treatment and advice (NICE CKS)", "piolho ou oxiúros sem infecção de pele: tratamento na farmácia e orientação (NICE CKS)"))
	default:
		a.flag(NonUrgent, "context", "acute_minor", clinical.T("new complaint without red flags: assessment within 24-48 hours", "queixa nova sem sinais de alerta: avaliação em 24-48 horas"))
	}
}

// onlyLocalReaction: complaints that are a vaccine's local reaction
// (a lump, a faint feeling around the needle, the limb it went into).
func onlyLocalReaction(comp []string) bool {
	for _, f := range comp {
		switch f {
		case "lump", "vasovagal", "limb", "vaccine_local_reaction":
		default:
			return false
		}
	}
	return true
}

// dengueExcludedRx: dengue tests negative (the arbovirus is another one,
// chikungunya or Zika, whose groups differ).
var dengueExcludedRx = regexp.MustCompile(`\b(ns1|igm|igg|sorologia|teste rapido|serology|rapid test)\b[^.;]{0,25}\bdengue\b[^.;]{0,15}\b(nao reagentes?|nao reativ[oa]s?|negativ[oa]s?|non.?reactive|negative)\b|\bdengue (\w+ ){0,2}(descartad[oa]|excluid[oa]|ruled out|excluded)\b`)

// childDengueShock: a child's dengue shock is read from perfusion and the
// pressure for age, not an adult shock index (a pulse of 124 at seven is
// a fever's): hypotension for age (systolic under 70 + 2 x age), a pulse
// pressure of 20 or less, mottled or cold skin, a slow capillary refill,
// little urine (Brazilian MoH 2024 dengue group D; WHO 2009).
func childDengueShock(c *clinical.Case) bool {
	sbp, hasSBP := val(c.Vitals.SystolicBP)
	dbp, hasDBP := val(c.Vitals.DiastolicBP)
	age := float64(c.AgeOr(5))
	slowRefill := c.Vitals.CapRefillS != nil && *c.Vitals.CapRefillS > 2
	return hasSBP && sbp < 70+2*age || hasSBP && hasDBP && sbp-dbp <= 20 || c.HasAny("mottled", "oliguria") || slowRefill
}

// feverOnChart: a measured temperature of 38 °C or more.
func feverOnChart(c *clinical.Case) bool {
	t, ok := val(c.Vitals.TemperatureC)
	return ok && t >= 38
}

// stageOneReading: a blood pressure in the stage 1 band (140-159 systolic
// or 90-99 diastolic, neither higher) told as the reason for the visit;
// NICE NG136 confirms it with ambulatory or home readings, routinely.
func stageOneReading(c *clinical.Case) bool {
	sbp, okS := val(c.Vitals.SystolicBP)
	dbp, okD := val(c.Vitals.DiastolicBP)
	if !okS || !okD || sbp >= 160 || dbp >= 100 || sbp < 140 && dbp < 90 {
		return false
	}
	return (c.Has("hypertension") || bpWordRx.MatchString(c.Text)) && !c.Pregnant
}

// allPassing reports whether every complaint is told as over or getting
// better ("o enjoo passou", "pain getting less every day").
func allPassing(c *clinical.Case, comp []string) bool {
	checked := 0
	for _, f := range comp {
		// (the event that brought them is no symptom that could pass)
		if f == "injury" || f == "fall" || f == "orthopedic_surgery" {
			continue
		}
		checked++
		if !c.Passing(f) {
			return false
		}
	}
	return checked > 0 || c.Has("recovering")
}

// newProblemRx: a new trouble told beside the one that is passing ("…
// cleared up, but now I've got itching").
var newProblemRx = regexp.MustCompile(`\b(but|mas|however|porem|though)( now| then| since)? (i'?ve got|i have|i'?ve (had|been having|started)|i'?m getting|there'?s|it'?s|now|agora|estou com|to com|apareceu|comecou)\b`)

// adminRequestRx: a note or form asked for after an illness has passed
// ("sick note for work, all better since yesterday").
var adminRequestRx = regexp.MustCompile(`\b(sick|fit|work|school|doctor'?s) note\b|\bnote for (work|school|hr|my (boss|manager|employer))\b|medical certificate|\batestado\b|declaracao (medica|de comparecimento)`)

// recentCareRx: a visit, treatment or operation the reply follows.
var recentCareRx = regexp.MustCompile(`\b(chart|seen|visit|follow.?up|diagnosed|diagnosticad[oa]|retorno|since the clinic|since your visit|discharged|prescribed|surgery|operation|replacement|procedure|antibiotics?|prontuario|consulta|receitad[oa]|iniciad[oa]|alta|cirurgia)\b`)

// gradeTwoOffTreatment: a grade 2 reading (160-179 or 100-109, below the
// severe band handled above) in someone who stopped or ran out of their
// blood-pressure treatment: it is restarted within days, not at a
// routine visit (ESH 2023 starts drugs at once from grade 2).
func gradeTwoOffTreatment(c *clinical.Case) bool {
	sbp, okS := val(c.Vitals.SystolicBP)
	dbp, okD := val(c.Vitals.DiastolicBP)
	if !okS || !okD || sbp < 160 && dbp < 100 || c.Pregnant {
		return false
	}
	return (c.Has("hypertension") || bpWordRx.MatchString(c.Text)) && offTreatmentRx.MatchString(clinical.Fold(c.Text+" "+strings.Join(c.Input.Medications, " ")))
}

// offTreatmentRx: treatment stopped, run out or not taken.
var offTreatmentRx = regexp.MustCompile(`\b(stopped|stopping|ran out|run out|running out|out of (his|her|my|their) (bp |blood pressure )?(pills|tablets|meds|medication)|quit (taking )?(his|her|my|their)|not taking|hasn'?t (been )?tak(en|ing)|parou|parei|abandonou|acabou|acabaram|ficou sem|sem tomar|deixou de tomar|suspens[ao] pel[oa] (proprio )?paciente|suspensa por conta propria)\b`)

// bpWordRx: the text talks about the blood pressure itself.
var bpWordRx = regexp.MustCompile(`\b(blood pressure|bp|cuff|pressao( arterial)?|aparelho de pressao)\b`)

func (a *assessor) confidence() float64 {
	c := a.c
	conf := 0.9
	missing := 0
	v := c.Vitals
	for _, p := range []*float64{v.HeartRate, v.SystolicBP, v.RespiratoryRate, v.SpO2, v.TemperatureC} {
		if p == nil {
			missing++
		}
	}
	conf -= 0.04 * float64(missing)
	if c.Age == nil {
		conf -= 0.05
	}
	strong := 0
	for _, fl := range a.r.Flags {
		if fl.Level == a.level && fl.Kind != "data" && fl.Kind != "context" {
			strong++
		}
	}
	if a.level >= Urgent && strong == 0 {
		conf -= 0.1
	}
	if strong >= 2 {
		conf += 0.05
	}
	if len(Complaints(c)) == 0 && !c.Has("routine") {
		conf -= 0.15
	}
	if conf > 0.97 {
		conf = 0.97
	}
	if conf < 0.4 {
		conf = 0.4
	}
	return float64(int(conf*100+0.5)) / 100
}

var (
	quinsySignRx = regexp.MustCompile(`trismus|trismo|uvula (is )?(deviat\w*|displaced|shifted)|desvio (de|da) uvula|peritonsillar|periamigdalian\w*|(unilateral|one.sided) (tonsil|tonsillar) (swelling|bulge)`)
	// dizziness on standing in lay words (counts with a low pressure, a
	// slow pulse or a fall)
	// dark urine or itch with jaundice: cholestasis
	cholestasisRx    = regexp.MustCompile(`\b(dark (urine|pee|wee)|(urine|pee|wee) (is |looks )?(dark|brown|like (cola|tea))|itch\w*|prurit\w*|coceira|urina (escura|cor de (coca|cha|cafe))|xixi (escuro|cor de (coca|cha|cafe)))\b`)
	armHeavyRx       = regexp.MustCompile(`\b(heavy|heaviness|numb\w*|tingl\w*|ache|aching|achy|pesad[oa]|dormente|formigando)\b`)
	haemolysedRx     = regexp.MustCompile(`\b(haemoly[sz]ed|hemoly[sz]ed|haemolysis|hemolysis|hemolisad[ao]|hemolise)\b`)
	orthostaticLayRx = regexp.MustCompile(`(tontura|tont[oa]|dizz\w*|light.?headed|faint\w*) (\w+ ){0,3}(ao levantar|quando levanta|when (i |she |he )?stand\w*|on standing|every time (i |she |he )?stand\w*|getting up|(can'?t|cannot) stand( up)?)`)
	orthostaticRx    = regexp.MustCompile(`(bp|blood pressure|pa) (falls|drops|dropped|fell|caiu|cai) (to|para) ([4-8]\d)\b|(standing|em pe|ortostatic[oa]|postural|upright) (bp|blood pressure|pa|sbp|pas)( of| de|:)? ?([4-8]\d) ?[/x]|(lying|supine|deitad[oa]) (bp |pa )?:?\d{2,3} ?[/x] ?\d{2,3},? (and )?(standing|em pe) (bp |pa )?:?([4-8]\d) ?[/x]|postural (sbp |bp |blood pressure |systolic )?(drop|fall) (of )?([2-9]\d)|orthostatic hypotension|hipotensao (ortostatica|postural)|queda (postural|ortostatica) (da pas |da pa |de )?([2-9]\d)`)
	ciwaRx           = regexp.MustCompile(`ciwa(?:-ar)?\s*(?:score\s*)?(?:of\s*|=\s*|:\s*)?(\d{1,2})`)
	baselineCrRx     = regexp.MustCompile(`(baseline|previous|prior|usual|basal|previa|anterior) (serum )?(creatinine|creat|cr|creatinina)( was| of| de| era|:)? (\d+(?:[.,]\d+)?)`)
	baselineCrRx4    = regexp.MustCompile(`\b(?:(?:creatinine|creatinina|creat) (?:has been |was |is |\w+ )?(?:stable|estavel|usually|habitually|habitualmente) (?:at |around |about |em |de )?|(?:discharged|alta) (?:\w+ ){0,4}(?:with|com) (?:a )?(?:creatinine|creatinina) (?:of |de )?)(\d+(?:[.,]\d+)?)`)
	baselineCrRx3    = regexp.MustCompile(`(creatinine|creatinina|creat)( was| of| de| era|:)? (\d+(?:[.,]\d+)?) ?(mg/dl|umol/l)? ?(?:\([^()]{1,24}\) )?(((\d+|one|two|three|four|six|a few|several) (days?|weeks?|months?|years?) ago)|ha (\d+|um|uma|dois|duas|tres|seis|alguns|algumas) (dias|semanas|meses|anos?)|at (the )?(start|outset)|at baseline|before (starting|the course|treatment)|pre.?treatment|no inicio|antes do tratamento)`)
	baselineCrRx2    = regexp.MustCompile(`(creatinine|creatinina|creat|\bcr)\s*(of |de |:)?\s*\d+(?:[.,]\d+)?\s*(mg/dl)?\s*\(?(baseline|basal|previous|prior|usual|previa|anterior|last year|last time|a year ago|before|ano passado|antes)\s*(was |of |de |era |:)?\s*(\d+(?:[.,]\d+)?)`)
)

// creatinineRise returns the current creatinine and a baseline one: a lab
// whose name says it is earlier ("creatinine (3 months ago)", "baseline
// creatinine") or "baseline creatinine 1.0" in the notes.
func creatinineRise(c *clinical.Case) (cur, base float64, ok bool) {
	hasCur, hasBase := false, false
	for _, l := range c.Labs {
		if l.Analyte != "creatinine" {
			continue
		}
		n := clinical.Fold(l.Name)
		if strings.Contains(n, "baseline") || strings.Contains(n, "ago") || strings.Contains(n, "previous") || strings.Contains(n, "prior") || strings.Contains(n, "basal") || strings.Contains(n, "anterior") || strings.Contains(n, "previa") || preOpLabRx.MatchString(n) {
			base, hasBase = l.Value, true
			continue
		}
		if l.Source == "text" && hasCur {
			continue
		}
		cur, hasCur = l.Value, true
	}
	if !hasBase {
		// a baseline in µmol/L ("baseline creatinine 96 umol/L") is
		// converted to mg/dL like the measured value
		mgdl := func(v float64) float64 {
			if v >= 25 && v < 1500 {
				return v / 88.4
			}
			return v
		}
		if m := baselineCrRx.FindStringSubmatch(c.Text); m != nil {
			if v, err := strconv.ParseFloat(strings.ReplaceAll(m[5], ",", "."), 64); err == nil && mgdl(v) > 0.2 && mgdl(v) < 15 {
				base, hasBase = mgdl(v), true
			}
		} else if m := baselineCrRx2.FindStringSubmatch(c.Text); m != nil {
			if v, err := strconv.ParseFloat(strings.ReplaceAll(m[6], ",", "."), 64); err == nil && mgdl(v) > 0.2 && mgdl(v) < 15 {
				base, hasBase = mgdl(v), true
			}
		} else if m := baselineCrRx3.FindStringSubmatch(clinical.Fold(c.Text)); m != nil {
			// "Creatinine 0.9 two months ago", "creatinina 1,0 há 3 meses"
			if v, err := strconv.ParseFloat(strings.ReplaceAll(m[3], ",", "."), 64); err == nil && mgdl(v) > 0.2 && mgdl(v) < 15 {
				base, hasBase = mgdl(v), true
			}
		} else if m := baselineCrRx4.FindStringSubmatch(clinical.Fold(c.Text)); m != nil {
			// "creatinine stable 1.2-1.3 mg/dL", "discharged with
			// creatinine 1.5 mg/dL"
			if v, err := strconv.ParseFloat(strings.ReplaceAll(m[len(m)-1], ",", "."), 64); err == nil && mgdl(v) > 0.2 && mgdl(v) < 15 {
				base, hasBase = mgdl(v), true
			}
		} else if v, ok := c.BaselineCreatinine(); ok {
			// "creatinina basal 1,2", "creatinine baseline 1.1"
			base, hasBase = v, true
		}
	}
	return cur, base, hasCur && hasBase && base > 0
}

var (
	usualGCSRx   = regexp.MustCompile(`(usual|baseline|habitual|basal|normal) (gcs|glasgow)( score)?( of| de| is| e|:)? ?(\d{1,2})\b`)
	usualSpO2Rx  = regexp.MustCompile(`(usual|habitual|baseline|basal|normal|home) (spo2|sato2|sat|sats|saturation|saturacao|o2 sat)( de| of| is| em| at|:)? ?(\d{2})\b`)
	usualSpO2Rx2 = regexp.MustCompile(`(spo2|sato2|sats?|saturation|saturacao) (habitual|basal|usual|baseline|de base)( de| of| is| em| at|:)? ?(\d{2})\b`)
)

var (
	singleVomitRx = regexp.MustCompile(`(vomit\w*|threw up|vomitou|vomitado) (\w+ ){0,3}(once|one time|x ?1\b|uma vez|1 vez)|\b(one|single|1) (vomit|episode of vomiting)|one vomit only|vomito unico|um (unico )?episodio de vomito`)
	headAmnesiaRx = regexp.MustCompile(`\b((can'?t|cannot|couldn'?t|doesn'?t|does not|didn'?t) remember (the |what|anything|how|any of|getting)|no memory of (the|what|it|how)|(asking|asked|asks) the same (questions?|thing)|repeating (the same )?(questions|himself|herself|the same)|amnesi\w*|nao (se )?lembra (do|da|de|o que|como|nada)|perguntando (a mesma coisa|as mesmas coisas))`)
	headLOCRx     = regexp.MustCompile(`knocked (out|unconscious)|(lay|lying|was) (motionless|still|unresponsive|unconscious) for|unconscious for|(didn'?t|did not) (respond|move) for (about )?(a few|\d+|few) (seconds|secs|minutes)|apagou por|ficou (desacordad[oa]|apagad[oa]) por|out (cold )?for (about )?(a few|\d+|few) (seconds|secs|minutes)|(brief|momentary) loss of consciousness|\bloc\b|nocautead[oa]|desacordad[oa] por`)
)

var (
	earTroubleRx = regexp.MustCompile(`ear ?ache|ear pain|pain in (the |my |his |her )?ears?|otalgia|dor (de|no|nos) ouvidos?|discharge|secrecao|\bpus\b|tinnitus|zumbido`)
	// burnSpecialAreaRx and burnPartialRx: a burn of a special area,
	// blistered or partial thickness
	burnSpecialAreaRx = regexp.MustCompile(`\b(hands?|palms?|fingers?|thumbs?|face|facial|feet|foot|soles?|toes?|genital\w*|perine\w*|groin|elbows?|knees?|axilla|armpit|maos?|palmas?|dedos?|rosto|face|pes|pe|genitais|perineo|virilha|cotovelo|joelho|axila)\b`)
	burnPartialRx     = regexp.MustCompile(`\b(partial.thickness|blister\w*|bolhas?|flictenas?|segundo grau|2(o|º) grau|second.degree)\b`)
	// palmSizeRx: the palm as the measure of a burn's size; sparedRx:
	// areas listed as spared
	palmSizeRx    = regexp.MustCompile(`\b((smaller|larger|bigger|less|more) than (a |the |her |his |their |one |the patient'?s )?(own )?palm|palm.sized|(size of|tamanho d[ae]) (a |the |her |his |uma )?(own )?palma?|(menor|maior) (do )?que (a |uma )?palma)\b`)
	burnWordRx    = regexp.MustCompile(`\b(burns?|burnt|burned|scald\w*|blister\w*|queimad\w*|queimou|escald\w*|bolhas?)\b`)
	burnAreaNegRx = regexp.MustCompile(`\b(no|not|without|nothing|away from|clear of|sparing|except|sem|nao|nada|longe d[aeo]s?|exceto)\b`)
	sparedRx      = regexp.MustCompile(`\b(spared|sparing|not (involved|affected)|uninvolved|poupad[oa]s?|preservad[oa]s?)\b`)
	// tendonRepairedRx: a tendon already repaired, seen in follow-up
	tendonRepairedRx = regexp.MustCompile(`\b((tendon|tendao) (\w+ ){0,6}(was |were )?(repaired|sutured|reparad[oa]|suturad[oa])|(repaired|operated|sutured|reparad[oa]) (\w+ ){0,3}(\d+|two|three|four|five|six|eight|ten|twelve) (weeks?|months?|semanas|meses) ago|(after|following|post|apos) (an? |the |his |her )?(\w+ ){0,2}tendon repair|tenorrafia)\b`)
	// nailBedLacerationRx and tuftFractureRx: a torn nail bed over a
	// broken fingertip is an open fracture
	nailBedLacerationRx = regexp.MustCompile(`\b(nail.?bed (laceration|lacerated|injury|torn|tear)|(laceration|tear) (of|to) the nail.?bed|nail (plate )?(\w+ )?(avulsed|avulsion|torn off|hanging off)|lesao do leito ungueal|unha (arrancada|descolada|solta))\b`)
	tuftFractureRx      = regexp.MustCompile(`\b((tuft|distal phalan\w*) (\w+ ){0,3}fracture|fracture (\w+ ){0,3}(tuft|distal phalan\w*)|fratura (\w+ ){0,3}(falange distal|tufo))\b`)
	// tetanusProneRx and tetanusUnimmunisedRx: a wound that can carry
	// tetanus, in someone never (or not fully) vaccinated
	tetanusProneRx       = regexp.MustCompile(`\b(soil|manure|dung|compost|farmyard|rust\w*|deep puncture|puncture wound|garden fork|nail (went|through)|stepped on a nail|devitali[sz]ed|contaminated|terra|esterco|estrume|enferrujad\w*|prego)\b`)
	tetanusUnimmunisedRx = regexp.MustCompile(`\b((no|not|never|nunca) (\w+ ){0,4}(tetanus|antitetanica|vacina antitetanica)( vaccin\w*| immuni[sz]\w*| jabs?| shots?)?|(tetanus|antitetanica) (\w+ ){0,3}(unknown|never|not (up to date|given|vaccinated)|incomplete|desconhecid\w*|incomplet\w*)|unvaccinated|unimmuni[sz]ed|never (been )?(vaccinated|immuni[sz]ed)|sem (vacina|registro de vacina)|nao vacinad[oa])\b`)
	cutWordRx            = regexp.MustCompile(`\b(wound|cut|puncture|laceration|ferimento|corte|perfura\w*)\b`)
	biteHandRx           = regexp.MustCompile(`\b(hand|finger|knuckle|thumb|wrist|mao|dedo|punho)\b`)
	biteFaceRx           = regexp.MustCompile(`\b(face|facial|cheeks?|lips?|vermilion|nose|eyelids?|ear|rosto|face|bochecha|labios?|nariz|palpebras?|orelha)\b`)
	suddenHearingRx      = regexp.MustCompile(`sudden(ly)? (\w+ ){0,3}(deaf|hearing)|(perda|surdez) subita|de repente (\w+ ){0,3}(surd|ouvir)`)
)

var dissectionSignRx = regexp.MustCompile(`interscapular|between (the|my|his|her) shoulder ?blades|(through|thru) to (the |my |his |her )?back|pulse deficit|(weak|absent) (left |right |l |r )?(radial|femoral) pulse|(bp|pressure) (differs|difference) between (the )?arms|entre as escapulas|(varou|atravessou) para as costas`)

// herniaRepairRx and softScrotumRx: an inguinal hernia repair, and a
// scrotum told soft and not swelling.
var (
	herniaRepairRx = regexp.MustCompile(`\b(hernia (repair|op\w*|surgery|mesh)|herniorrhaph\w*|hernioplast\w*|herniorrafia|hernioplastia|cirurgia de hernia)`)
	softScrotumRx  = regexp.MustCompile(`\b(soft|not tense|non.?tense|not (getting )?(bigger|larger|expanding|swelling)|non.?expanding|macio|nao (esta )?tenso|nao (esta )?aumentando)\b`)
)

// chronicNeuroRx: a neurological disease whose course brings slurred
// speech or weakness.
var chronicNeuroRx = regexp.MustCompile(`\b(motor neu?rone disease|\bmnd\b|amyotrophic lateral sclerosis|\bals\b|\bela\b|esclerose lateral amiotrofica|doenca do neuronio motor|multiple sclerosis|esclerose multipla|parkinson\w*|cerebral palsy|paralisia cerebral|huntington\w*|myasthenia|miastenia)`)

// malletRx, straightenRx and cutRx: the tip of a finger that will not
// straighten, with no cut (a cut with lost bending is a flexor tendon).
var (
	straightenRx = regexp.MustCompile(`\b(straighten|extend|extension|esticar|estender|extensao|droop\w*|queda|mallet|martelo)`)
	cutRx        = regexp.MustCompile(`\b(cut|cuts|laceration|lacerat\w*|wound|knife|glass|corte|cortei|cortou|cortad[oa]|ferida|faca|vidro)\b`)
)

var malletRx = regexp.MustCompile(`\b(mallet|dedo em martelo|(tip|end) of (the |his |her |my )?(\w+ )?finger|fingertip|ponta do dedo|falange distal|distal (phalanx|interphalangeal)|queda da falange)`)

var bleedStoppedRx = regexp.MustCompile(`(bleed\w*|nosebleed|epistaxis|sangramento|sangrou|sangue) (\w+ ){0,8}(stopped|has stopped|now stopped|settled|resolved|controlled|parou|cessou|estancou|controlad[oa])|(stopped|parou|estancou) (\w+ ){0,6}(pinching|pressure|compressao|apertar)|pinch\w* (\w+ ){0,8}(stopped|settled)|(apertou|apertar|pressao) (\w+ ){0,8}(parou|estancou)`)

var ng9HighRiskRx = regexp.MustCompile(`\b([0-5] ?(weeks?|wks?|semanas?)|([0-9]|[1-3][0-9]|4[01]) ?(days?|dias?) (old|de vida)|newborn|neonat\w*|recem.nascid[oa]|premature|preterm|prematur[oa]|pre.?termo|congenital heart|cardiopatia congenita|chronic lung|displasia broncopulmonar|bronchopulmonary dysplasia|immunodeficien\w*|imunodeficien\w*|neuromuscular)`)

var ng9RedRx = regexp.MustCompile(`grunt\w*|gemencia|gemente|apn(o)?ea\w*|apneia|marked (chest |subcostal |intercostal )?recession|severe (chest |subcostal )?recession|tiragem (importante|grave|intensa|acentuada)|head bobbing|balanco de cabeca`)

// BronchiolitisNG9Urgent: an infant under two with the picture of
// bronchiolitis (cough or coryza with wheeze or crackles) and none of the
// NICE NG9 emergency features (apnoea, grunting, marked recession,
// cyanosis, RR > 70, SpO2 < 92%, reduced consciousness).
func BronchiolitisNG9Urgent(c *clinical.Case) bool {
	v := c.Vitals
	// (told by a parent without a chest heard: a cold for a few days, then
	// cough and fast breathing or recession, below 39 °C, is NICE NG9's
	// picture too; a higher fever points to pneumonia)
	t, hasT := val(v.TemperatureC)
	coldThenCough := c.Has("rhinorrhea") && c.Has("cough") && (!hasT || t < 39)
	if !c.IsChild() || *c.Age >= 2 || !(c.HasAny("wheeze", "crackles") || coldThenCough) || !c.HasAny("cough", "rhinorrhea", "productive_cough") {
		return false
	}
	if rr, ok := val(v.RespiratoryRate); ok && rr > 70 {
		return false
	}
	// NICE NG9 (2021): below 90% from six weeks of age, below 92% under
	// six weeks or with an underlying condition
	limit := 90.0
	if ng9HighRiskRx.MatchString(clinical.Fold(c.Text)) {
		limit = 92
	}
	if s, ok := val(v.SpO2); ok && s < limit {
		return false
	}
	if c.HasAny("cyanosis") || Altered(c) {
		return false
	}
	for _, m := range c.Mentions {
		if m.Current() && ng9RedRx.MatchString(m.Text) {
			return false
		}
	}
	return !ng9RedRx.MatchString(clinical.Fold(c.Text)) || negatedNG9(c)
}

// negatedNG9 reports whether every NG9 red word in the text is denied
// ("no apnoeas, no grunting").
func negatedNG9(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	for _, loc := range ng9RedRx.FindAllStringIndex(t, -1) {
		pre := t[max(0, loc[0]-12):loc[0]]
		if !strings.Contains(pre, "no ") && !strings.Contains(pre, "sem ") && !strings.Contains(pre, "nao ") && !strings.Contains(pre, "without") && !strings.Contains(pre, "nega") && !strings.Contains(pre, ", ") {
			return false
		}
	}
	return true
}

// ascitesRx: ascites, in folded text (English and Portuguese).
var ascitesRx = regexp.MustCompile(`\b(ascites|ascitic|ascite|barriga d'?agua|abdomen (mais )?(distendido|inchado)|barriga (mais )?inchada|swollen (belly|abdomen|tummy))\b`)

// blisterRx: blisters on the skin, in folded text.
// widespreadRx: all over the body
var widespreadRx = regexp.MustCompile(`\b(all over|widespread|generali[sz]ed|everywhere|whole body|most of (his|her|the) body|pelo corpo( todo)?|no corpo todo|corpo inteiro|generalizad[oa]s?|disseminad[oa]s?|(\d{2,}|twenty|dozens of|many|varias|dezenas de) (new )?(blisters|bolhas))\b`)

var blisterRx = regexp.MustCompile(`\b(blister\w*|bolhas?|bullae|bullous|bolhos\w*)\b`)

// oropharyngealAngioedema: a swollen tongue or mouth floor with drooling,
// a muffled voice or trouble swallowing (in folded text).
func oropharyngealAngioedema(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	return tongueSwellingRx.MatchString(t) && airwaySignRx.MatchString(t)
}

var (
	tongueSwellingRx = regexp.MustCompile(`\b((swollen|swelling of( the)?|enlarged) (tongue|floor of (the )?mouth)|tongue (\w+ ){0,3}(swollen|swelling|protrud\w*)|lingua (\w+ ){0,5}(inchad[oa]s?|edemaciad[oa]s?)|(inchaco|edema) (de|da|na) lingua)\b`)
	airwaySignRx     = regexp.MustCompile(`\b(drool\w*|muffled|hoarse\w*|(hard|difficult\w*|trouble|unable|can'?t) (to )?swallow\w*|dysphagia|stridor|babando|sialorreia|voz (abafada|rouca)|dificuldade (para|de) engolir|disfagia|estridor)\b`)
)

// knownPanicRx is an established panic disorder; sameAsBeforeRx says this
// attack is like the earlier ones; attackOverRx says it has ended.
var (
	knownPanicRx   = regexp.MustCompile(`\b(known|diagnosed|established|history of|longstanding|long-standing|recurrent) (\w+ ){0,2}(panic (disorder|attacks)|anxiety disorder)|\bpanic disorder\b|transtorno d[eo] panico|sindrome do panico|crises de panico (recorrentes|previas|anteriores)`)
	sameAsBeforeRx = regexp.MustCompile(`\b(identical|same|similar|typical|just like|exactly like|like) (\w+ ){0,2}(to |as |of )?(his |her |their |my |the )?(previous|prior|usual|earlier|past|other|typical|last) (\w+ ){0,1}(attacks?|episodes?)|igual(zinh[ao])? (as|às|a) (crises|outras) (anteriores|de sempre)|identic[ao] (as|às) (crises|anteriores)|como as (outras|anteriores)`)
	attackOverRx   = regexp.MustCompile(`\b(now )?(resolved|settled|subsided|passed|gone)\b|\b(settled|resolved) (fully|completely|with)\b|melhorou|passou|resolvid[ao]|cedeu`)
)

// typicalPanicAttack: an attack that is over, like the patient's earlier
// ones, in a known panic disorder.
func typicalPanicAttack(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	return affirmedMatch(knownPanicRx, t) && affirmedMatch(sameAsBeforeRx, t) &&
		(c.Has("pain_free_now") || affirmedMatch(attackOverRx, t))
}

// phq9Rx is a PHQ-9 total ("PHQ-9 19", "PHQ-9 score of 21/27", "PHQ-9
// down from 18 to 7" gives 7), not an item score.
var phq9Rx = regexp.MustCompile(`\bphq.?(?:9|a)\b( (total|score|total score|pontuacao|escore))?( (of|is|was|now|today|de|=|:))?:? ?(down |up |fell |rose |caiu |subiu )?(from |de )?(\d{1,2})\b( ?/ ?27)?( (to|para|->) (\d{1,2})\b)?`)

// phq9Total is the current PHQ-9 total written in the case, or -1.
func phq9Total(c *clinical.Case) int {
	m := phq9Rx.FindStringSubmatch(clinical.Fold(c.Text))
	if m == nil {
		return -1
	}
	v := m[7]
	if m[11] != "" {
		v = m[11]
	}
	n, err := strconv.Atoi(v)
	if err != nil || n > 27 {
		return -1
	}
	return n
}

// adderRx: the European adder (Vipera berus); adderSpreadRx: swelling
// spreading past the wrist or ankle.
var (
	adderRx       = regexp.MustCompile(`\b(adders?|vipera berus|european viper|common viper)\b`)
	adderSpreadRx = regexp.MustCompile(`\b(swelling|oedema|edema) (\w+ ){0,4}(spread\w*|extend\w*|progress\w*|up to|above|beyond|past) (\w+ ){0,3}(the )?(wrist|ankle|elbow|knee|forearm|arm|leg|thigh|trunk)|(spread\w*|extend\w*) (\w+ ){0,3}(beyond|past|above) (the )?(wrist|ankle)`)
)

// immunosuppressedForTB: a biologic, a transplant drug, high-dose
// steroids or HIV, under which tuberculosis reactivates and spreads fast.
func immunosuppressedForTB(c *clinical.Case) bool {
	return c.OnClass("immunosuppressant") || c.OnClass("biologic") || c.OnClass("antiretroviral") || affirmedMatch(tbImmuneRx, clinical.Fold(c.Text))
}

var tbImmuneRx = regexp.MustCompile(`\b(infliximab|adalimumab|etanercept|certolizumab|golimumab|anti.?tnf|tofacitinib|baricitinib|upadacitinib|tacrolimus|mycophenol\w*|transplant\w*|transplantad\w*|hiv.positive|hiv\+|(living with|known|diagnosed with|positive for) hiv|aids.defining|advanced hiv|vivendo com hiv|soropositiv[oa]|hiv (reagente|positivo))\b`)

// extraDoseRx: more of a medicine than prescribed ("took 3 capsules",
// "extra tablets to study", "a double dose")
var extraDoseRx = regexp.MustCompile(`\b(extra|additional|double|triple|two|three|four|five|several|[2-9]|\d{2}) (\w+ ){0,2}(tablets|capsules|caps|doses|pills|comprimidos|capsulas)\b|\b(took|taken|tomou) (too many|more than (prescribed|usual)|a double dose|dose dupla|a mais)`)

// twoShocksRx and threeShocksRx count ICD shocks told in the notes.
var (
	twoShocksRx   = regexp.MustCompile(`\b(two|2|dois|duas) (\w+ )?(shocks|choques)\b|\b(shocked|fired|went off|gone off|disparou) (\w+ ){0,2}(twice|two times|2 times|duas vezes)\b`)
	threeShocksRx = regexp.MustCompile(`\b(three|four|five|six|several|multiple|repeated|[3-9]|\d{2}|tres|quatro|cinco|varios|multiplos|repetidos) (\w+ )?(shocks|choques)\b|\b(three|four|five|six|several|multiple|many|[3-9]|\d{2}|tres|quatro|cinco|varias) (times|vezes)|repeatedly|electrical storm|tempestade eletrica|choques (repetidos|multiplos)`)
)

// miscarriageProgressRx: bleeding heavier than a period, tissue or clots
// passed, retained products: a miscarriage under way, not a threatened one
var miscarriageProgressRx = regexp.MustCompile(`\b(heavier than (a |my |her |usual |normal )*(period|menses)|passed (some )?(tissue|clots|products)|retained products|incomplete miscarriage|aborto incompleto|restos ovulares|eliminou (\w+ )?(tecido|coagulos)|mais (forte|intenso) (que|do que) (uma )?menstruacao)`)
