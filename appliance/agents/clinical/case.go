package clinical

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// Vitals are the presentation vitals after merging structured fields with
// values found in the notes (structured wins). Source records "input" or
// "text" per field for transparency.
type Vitals struct {
	HeartRate       *float64 `json:"heart_rate,omitempty"`
	SystolicBP      *float64 `json:"systolic_bp,omitempty"`
	DiastolicBP     *float64 `json:"diastolic_bp,omitempty"`
	RespiratoryRate *float64 `json:"respiratory_rate,omitempty"`
	SpO2            *float64 `json:"spo2,omitempty"`
	TemperatureC    *float64 `json:"temperature_c,omitempty"`
	Consciousness   string   `json:"consciousness,omitempty"` // alert|confused|voice|pain|unresponsive
	OnOxygen        *bool    `json:"on_oxygen,omitempty"`
	GCS             *int     `json:"gcs,omitempty"`
	CapRefillS      *float64 `json:"cap_refill_s,omitempty"`
	PEFPercent      *float64 `json:"pef_percent,omitempty"`
	// LVADDoppler is the single pressure recorded for a patient on a
	// continuous-flow LVAD (a Doppler opening pressure, near the mean
	// arterial pressure), kept apart from the systolic pressure.
	LVADDoppler *float64          `json:"lvad_doppler_pressure,omitempty"`
	Source      map[string]string `json:"source,omitempty"`
}

// Lab is a laboratory value in canonical units.
type Lab struct {
	Analyte  string  `json:"analyte"`
	Name     string  `json:"name"` // as given
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`
	RawValue float64 `json:"raw_value"`
	RawUnit  string  `json:"raw_unit,omitempty"`
	Source   string  `json:"source"` // input|text|document|vitals
	Flag     string  `json:"flag,omitempty"`
	Def      *LabDef `json:"-"`
	HS       bool    `json:"-"` // troponin: high-sensitivity assay (reported in ng/L)
	Kind     string  `json:"-"` // troponin: "i" or "t"
	// Earlier: a critical value in the notes measured before the current
	// structured one ("HGT 38 on EMS arrival, now 96"). It raises its
	// critical-lab alert but is not the current value the rules score.
	Earlier bool `json:"earlier,omitempty"`
}

// Med is one active (or stopped) medication mapped to its generic name.
type Med struct {
	Generic string `json:"generic"`
	Raw     string `json:"raw"`
	Source  string `json:"source"` // list|text
	Stopped bool   `json:"stopped,omitempty"`
	// Local: applied to skin, ear or eye ("cream", "ear drops"), so it
	// takes no part in systemic interactions (oral gels and oral drops
	// are systemic)
	Local bool  `json:"local,omitempty"`
	Drug  *Drug `json:"-"`
}

// Allergy is one allergy entry resolved to a drug or a drug class when
// possible ("penicillin" → class penicillin, "dipirona" → metamizole).
type Allergy struct {
	Raw     string `json:"raw"`
	Generic string `json:"generic,omitempty"`
	Class   string `json:"class,omitempty"`
	Source  string `json:"source"`
}

// Case is everything the agents know about one input.
type Case struct {
	Lang          string    `json:"language"`
	Age           *float64  `json:"age_years,omitempty"`
	AgeSource     string    `json:"age_source,omitempty"`
	Sex           string    `json:"sex,omitempty"`
	Pregnant      bool      `json:"pregnant"`
	GestWeeks     int       `json:"gestational_weeks,omitempty"`
	Vitals        Vitals    `json:"vitals"`
	Labs          []Lab     `json:"labs"`
	Meds          []Med     `json:"medications"`
	StoppedMeds   []Med     `json:"stopped_medications,omitempty"`
	Allergies     []Allergy `json:"allergies"`
	Mentions      []Mention `json:"-"`
	DurationHours float64   `json:"duration_hours"` // -1 unknown
	Severity      int       `json:"severity"`       // -1 unknown
	Priority      string    `json:"priority,omitempty"`
	Hints         []string  `json:"specialties_hint,omitempty"`
	Text          string    `json:"-"` // folded free text
	Findings      []string  `json:"findings"`
	Negated       []string  `json:"negated_findings"`
	History       []string  `json:"history"`
	Missing       []string  `json:"missing"`
	present       map[string]bool
	negated       map[string]bool
	hist          map[string]bool
	firstMention  map[string]Mention
	Input         *casemodel.Input `json:"-"`
}

// Has reports whether a concept is asserted now (for chronic conditions a
// historical mention counts too).
func (c *Case) Has(id string) bool { return c.present[id] }

// HasAny reports whether any of the concepts is present.
func (c *Case) HasAny(ids ...string) bool {
	for _, id := range ids {
		if c.present[id] {
			return true
		}
	}
	return false
}

// Denied reports whether a concept is explicitly negated and never asserted.
func (c *Case) Denied(id string) bool { return c.negated[id] && !c.present[id] }

// DeniedSomewhere reports a denial of the finding even when another
// mention affirms it: after a contact, "the niece developed the rash"
// and "no rash" are about two people.
func (c *Case) DeniedSomewhere(id string) bool { return c.negated[id] }

// Hx reports a past (historical) mention of an event ("history of stroke").
func (c *Case) Hx(id string) bool { return c.hist[id] }

// Passing reports whether every current mention of a finding is told as
// over or getting better in its own sentence ("o enjoo passou", "cough
// almost gone, much better"), so a reply after care is no new complaint.
// (It is enough that one mention is: the same finding is often named
// again in the chart line of the visit it follows; a complaint never
// told as passing, "BP much better. But I've had a cough", is new.)
func (c *Case) Passing(id string) bool {
	for _, m := range c.Mentions {
		if m.Concept != id || !m.Current() {
			continue
		}
		if m.Resolved {
			return true
		}
		for _, r := range c.Mentions {
			if r.Concept == "recovering" && r.Current() && r.sent == m.sent {
				return true
			}
		}
	}
	return false
}

// Evidence returns the text of the first current mention of a concept.
func (c *Case) Evidence(id string) string {
	if m, ok := c.firstMention[id]; ok {
		return m.Text
	}
	return ""
}

// Lab returns the most extreme value of an analyte (furthest outside its
// reference range) and whether one exists.
func (c *Case) Lab(analyte string) (Lab, bool) {
	var best Lab
	found := false
	bestScore := -1.0
	for _, l := range c.Labs {
		if l.Analyte != analyte || l.Earlier {
			continue
		}
		s := deviation(l)
		if !found || s > bestScore {
			best, bestScore, found = l, s, true
		}
	}
	return best, found
}

// LabValue is Lab returning just the value.
func (c *Case) LabValue(analyte string) (float64, bool) {
	l, ok := c.Lab(analyte)
	return l.Value, ok
}

// LabPtr is LabValue as a pointer, nil when not measured (the scores take
// optional inputs this way).
func (c *Case) LabPtr(analyte string) *float64 {
	if v, ok := c.LabValue(analyte); ok {
		return &v
	}
	return nil
}

func deviation(l Lab) float64 {
	if l.Def == nil {
		return 0
	}
	if l.Def.RefHigh != nil && l.Value > *l.Def.RefHigh && *l.Def.RefHigh > 0 {
		return l.Value / *l.Def.RefHigh
	}
	if l.Def.RefLow != nil && l.Value < *l.Def.RefLow && l.Value > 0 {
		return *l.Def.RefLow / l.Value
	}
	return 0
}

// OnDrug reports whether an active medication has the generic name.
// OnAnyDrug reports whether any of the generics is on the medication list.
func (c *Case) OnAnyDrug(generics ...string) bool {
	for _, g := range generics {
		if c.OnDrug(g) {
			return true
		}
	}
	return false
}

func (c *Case) OnDrug(generic string) bool {
	for _, m := range c.Meds {
		if m.Generic == generic {
			return true
		}
	}
	return false
}

// OnClass reports whether an active medication belongs to the class.
func (c *Case) OnClass(class string) bool {
	for _, m := range c.Meds {
		if m.Drug != nil && m.Drug.HasClass(class) {
			return true
		}
	}
	return false
}

// AgeOr returns the age or def when unknown.
func (c *Case) AgeOr(def float64) float64 {
	if c.Age == nil {
		return def
	}
	return *c.Age
}

// IsChild reports an age under 16 (NEWS2 does not apply).
func (c *Case) IsChild() bool { return c.Age != nil && *c.Age < 16 }

// Female reports female sex.
func (c *Case) Female() bool { return c.Sex == "female" }

// Build parses an input (plus labs extracted from documents) into a Case.
// ref is the reference date for ages computed from a date of birth.
func Build(in casemodel.Input, docLabs []casemodel.Lab, ref time.Time) *Case {
	c := &Case{DurationHours: -1, Severity: -1, Priority: in.Priority, Input: &in,
		present: map[string]bool{}, negated: map[string]bool{}, hist: map[string]bool{}, firstMention: map[string]Mention{}}
	var parts []string
	for _, p := range []string{in.Symptoms, in.SymptomDuration, in.ClinicalNotes} {
		if strings.TrimSpace(p) != "" {
			parts = append(parts, strings.TrimSpace(p))
		}
	}
	c.Text = spokenNumbers(dedupSentences(Fold(strings.Join(parts, ". \n"))))
	c.Lang = in.Language
	if c.Lang == "" {
		c.Lang = DetectLanguage(c.Text)
	}
	lang := "en"
	if IsPT(c.Lang) {
		lang = "pt"
	}
	compiledLexicon()
	c.Mentions = findMentions(c.Text, lang)
	sex := sexFromText(c.Text)
	if in.Patient != nil && in.Patient.Sex != "" {
		sex = in.Patient.Sex
	}
	c.relativeIsPatient(sex)
	c.spouseIsSomeoneElse(sex)
	if adultPatient(in, ref) {
		c.householdIllness()
	}
	for _, m := range c.Mentions {
		// (a conditions' history is still the patient's condition; the
		// reason for a visit stays the reason when the sentence mentions
		// years: "quer parar o remédio que usa há muitos anos")
		isCond := condKinds[m.Concept] || m.Concept == "routine"
		switch {
		case m.Current():
			c.present[m.Concept] = true
			if _, ok := c.firstMention[m.Concept]; !ok {
				c.firstMention[m.Concept] = m
			}
		case isCond && m.Historical && !m.Negated && !m.Family && !m.Hypothetical:
			c.present[m.Concept] = true
			c.hist[m.Concept] = true
			if _, ok := c.firstMention[m.Concept]; !ok {
				c.firstMention[m.Concept] = m
			}
		case m.Negated:
			c.negated[m.Concept] = true
		case m.Historical && !m.Family:
			c.hist[m.Concept] = true
		}
	}
	c.Findings = sortedKeys(c.present)
	for _, k := range sortedKeys(c.negated) {
		if !c.present[k] {
			c.Negated = append(c.Negated, k)
		}
	}
	c.History = sortedKeys(c.hist)

	// Demographics.
	if in.Patient != nil {
		c.Sex = in.Patient.Sex
		if in.Patient.Age != nil {
			a := float64(*in.Patient.Age)
			c.Age, c.AgeSource = &a, "input"
		} else if dob, err := time.Parse("2006-01-02", in.Patient.DateOfBirth); err == nil && !ref.IsZero() {
			a := ageAt(dob, ref)
			c.Age, c.AgeSource = &a, "date_of_birth"
		}
	}
	if c.Age != nil && *c.Age == 0 {
		// An age of 0 years is an infant: take the months from the text
		// ("bebê de 8 meses", "8-month-old") when they are given.
		if a, ok := ageFromText(c.Text); ok && a < 1 {
			c.Age, c.AgeSource = &a, "text"
		}
	}
	if c.Age == nil {
		if a, ok := ageFromText(c.Text); ok {
			c.Age, c.AgeSource = &a, "text"
		}
	}
	if c.Sex == "" {
		c.Sex = sexFromText(c.Text)
	}
	c.Severity = -1
	if in.SeverityRating != nil {
		c.Severity = *in.SeverityRating
	}
	c.DurationHours = parseDuration(Fold(in.SymptomDuration))
	if c.DurationHours < 0 {
		c.DurationHours = parseDuration(Fold(in.Symptoms))
	}
	if c.DurationHours < 0 && c.Has("chronic") && !c.HasAny("sudden_onset", "worsening") {
		c.DurationHours = 24 * 90 // "chronic", "crônica estável", "for months"
	}
	c.Hints = append(c.Hints, in.SpecialtiesHint...)

	c.extractVitals(in.Vitals)
	c.lvadDopplerPressure()
	c.extractLabs(in, docLabs)
	c.extractMeds(in.Medications)
	c.extractAllergies(in.Allergies)

	// Pregnancy. (A trans man recorded as male can be pregnant: the
	// text that says so lets the pregnancy rules see it.)
	// (nor a young child: proteinuria in a six-year-old is no
	// pre-eclampsia)
	canBePregnant := (c.Sex != "male" || transMascRx.MatchString(Fold(c.Text))) && c.AgeOr(30) >= 9
	if canBePregnant && (c.Has("pregnancy") || c.HasAny("preeclampsia", "rom", "reduced_fetal_movements", "miscarriage")) {
		c.Pregnant = true
	}
	if canBePregnant && (c.AgeOr(30) >= 10 && c.AgeOr(30) <= 55) && c.Has("missed_period") && !c.Denied("pregnancy") {
		c.Pregnant = true
	}
	// a positive hCG or pregnancy test told in words is a pregnancy, even
	// where an earlier visit went "without a pregnancy test"
	if canBePregnant && c.AgeOr(30) >= 10 && c.AgeOr(30) <= 55 && hcgPositiveRx.MatchString(Fold(c.Text)) {
		c.Pregnant = true
	}
	// a positive serum hCG (over 25 IU/L) is a pregnancy, wherever it is
	// (RCOG/NICE NG126: a pregnancy of unknown location until scanned)
	// ("no intrauterine pregnancy seen" is where the pregnancy is not,
	// not a denied one)
	if v, ok := c.LabValue("hcg"); ok && v >= 25 && canBePregnant && c.AgeOr(30) >= 10 && c.AgeOr(30) <= 55 && (!c.Denied("pregnancy") || notInUterusRx.MatchString(c.Text)) {
		c.Pregnant = true
	}
	if c.Pregnant {
		c.GestWeeks = gestWeeks(c.Text)
	}

	// What is missing.
	v := c.Vitals
	for _, m := range []struct {
		name string
		ok   bool
	}{{"heart_rate", v.HeartRate != nil}, {"systolic_bp", v.SystolicBP != nil}, {"respiratory_rate", v.RespiratoryRate != nil},
		{"spo2", v.SpO2 != nil}, {"temperature", v.TemperatureC != nil}, {"consciousness", v.Consciousness != ""}, {"age", c.Age != nil}} {
		if !m.ok {
			c.Missing = append(c.Missing, m.name)
		}
	}
	c.reconcile()
	return c
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k, v := range m {
		if v {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func ageAt(dob, ref time.Time) float64 {
	y := ref.Year() - dob.Year()
	if ref.YearDay() < dob.YearDay() {
		y--
	}
	if y < 1 {
		months := (ref.Year()-dob.Year())*12 + int(ref.Month()) - int(dob.Month())
		if months < 0 {
			months = 0
		}
		return math.Round(float64(months)/12*100) / 100
	}
	return float64(y)
}

var (
	ageYearsRx  = regexp.MustCompile(`\b(\d{1,3})[- ]?(?:year|yr)s?[- ]old\b|\b(\d{1,3}) ?(?:yo|y/o|y\.o\.)\b|\baged (\d{1,3})\b|\b(?:paciente|homem|mulher|menino|menina|crianca|idoso|idosa|senhor|senhora|masculino|feminino)(?:,)? (?:de |com )?(\d{1,3}) anos\b|\b(\d{1,3}) anos de idade\b`)
	ageWeeksRx  = regexp.MustCompile(`\b(\d{1,2})[- ]?(?:week|wk)s?[- ]old\b|\b(\d{1,2}) semanas de (?:vida|idade)\b|\b(\d{1,3})[- ]?days?[- ]old\b|\b(\d{1,3}) dias de vida\b`)
	ageMonthsRx = regexp.MustCompile(`\b(\d{1,2})[- ]?(?:month|mo)s?[- ]old\b|\b(?:lactente|bebe|crianca)(?:,)? (?:de |com )?(\d{1,2}) mes(?:es)?\b|\b(\d{1,2}) meses de idade\b`)
	maleRx      = regexp.MustCompile(`\b(male|man|boy|he|his|homem|masculino|menino|senhor)\b`)
	femaleRx    = regexp.MustCompile(`\b(female|woman|girl|she|her|mulher|feminino|menina|senhora|gestante|paciente do sexo feminino)\b`)
)

func ageFromText(t string) (float64, bool) {
	// neonates and young infants: "3 weeks old", "21 dias de vida"
	if m := ageWeeksRx.FindStringSubmatch(t); m != nil {
		for i, g := range m[1:] {
			if g == "" {
				continue
			}
			v, _ := strconv.Atoi(g)
			days := float64(v)
			if i < 2 { // weeks
				days *= 7
			}
			if days <= 120 {
				return math.Round(days/365.25*1000) / 1000, true
			}
		}
	}
	if m := ageMonthsRx.FindStringSubmatch(t); m != nil {
		for _, g := range m[1:] {
			if g != "" {
				v, _ := strconv.Atoi(g)
				return math.Round(float64(v)/12*100) / 100, true
			}
		}
	}
	if m := ageYearsRx.FindStringSubmatch(t); m != nil {
		for _, g := range m[1:] {
			if g != "" {
				v, _ := strconv.Atoi(g)
				if v <= 120 {
					return float64(v), true
				}
			}
		}
	}
	return 0, false
}

func sexFromText(t string) string {
	m, f := len(maleRx.FindAllString(t, -1)), len(femaleRx.FindAllString(t, -1))
	switch {
	case f > m:
		return "female"
	case m > f:
		return "male"
	}
	return ""
}

var durRx = regexp.MustCompile(`\b(\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|alguns|algumas|varios|varias|muitos|muitas|few|several|many|couple of|couple)\s*(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|mos?|years?|yrs?|minutos?|horas?|dias?|semanas?|meses|mes|anos?|winters?|summers?|invernos?|veroes|verao)\b`)

var numWords = map[string]float64{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
	"um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "doze": 12, "alguns": 3, "algumas": 3, "few": 3, "several": 3, "couple of": 2, "couple": 2,
	"varios": 3, "varias": 3, "muitos": 3, "muitas": 3, "many": 3}

// parseDuration reads "30 minutes", "2 semanas", "since yesterday" into hours
// (-1 when unknown). The longest stated duration wins ("headache since
// yesterday, seizure 20 minutes ago" → 24 h).
var ageAfterRx = regexp.MustCompile(`^[- ]?(old|de idade|de vida)\b`)

func parseDuration(t string) float64 {
	if t == "" {
		return -1
	}
	best := -1.0
	for _, loc := range durRx.FindAllStringSubmatchIndex(t, -1) {
		// an age is no duration: "my 6 week old", "a 3-month-old", "bebê de 8 meses de idade"
		if rest := t[loc[1]:]; ageAfterRx.MatchString(rest) {
			continue
		}
		m := []string{t[loc[0]:loc[1]], t[loc[2]:loc[3]], t[loc[4]:loc[5]]}
		// a number word runs into its unit only in other words: "and"
		// is not "an d", "ah" is not "a h"
		if _, word := numWords[m[1]]; word && loc[3] == loc[4] {
			continue
		}
		n, ok := numWords[m[1]]
		if !ok {
			v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "."), 64)
			if err != nil {
				continue
			}
			n = v
		}
		u := m[2]
		var h float64
		switch {
		case strings.HasPrefix(u, "win"), strings.HasPrefix(u, "sum"), strings.HasPrefix(u, "inv"), strings.HasPrefix(u, "ver"):
			// "every cold spell for 3 winters": one season a year
			h = n * 24 * 365
		case strings.HasPrefix(u, "min"):
			h = n / 60
		case strings.HasPrefix(u, "h"):
			h = n
		case strings.HasPrefix(u, "d"):
			h = n * 24
		case strings.HasPrefix(u, "w"), strings.HasPrefix(u, "sem"):
			h = n * 24 * 7
		case strings.HasPrefix(u, "mo"), strings.HasPrefix(u, "mes"):
			h = n * 24 * 30
		case strings.HasPrefix(u, "y"), strings.HasPrefix(u, "ano"):
			h = n * 24 * 365
		}
		if h > best {
			best = h
		}
	}
	if best < 0 {
		switch {
		case lastYearRx.MatchString(t):
			best = 24 * 365
		case lastMonthsRx.MatchString(t):
			best = 24 * 90
		case strings.Contains(t, "yesterday") || strings.Contains(t, "ontem"):
			best = 24
		case strings.Contains(t, "this morning") || strings.Contains(t, "today") || strings.Contains(t, "hoje") || strings.Contains(t, "esta manha") || strings.Contains(t, "since morning"):
			best = 6
		case strings.Contains(t, "this afternoon") || strings.Contains(t, "this evening") || strings.Contains(t, "tonight") || strings.Contains(t, "esta tarde") || strings.Contains(t, "essa tarde") || strings.Contains(t, "a tarde") || strings.Contains(t, "since lunch"):
			best = 3
		}
	}
	return best
}

// lastYearRx, lastMonthsRx: a period told without a number ("over the
// last year or so", "for the past few months", "no último ano").
var lastYearRx = regexp.MustCompile(`\b(over|for|in|during|across) the (last|past) (year|twelve months|couple of years)\b|\b(a year|about a year|a year or so)\b|\b(no|durante o|ao longo do|nesse|neste) (ultimo|ultimos) (ano|anos)\b|\bha (mais de )?um ano\b`)
var lastMonthsRx = regexp.MustCompile(`\b(over|for|in|during) the (last|past) (few|couple of|several) months\b|\b(nos|durante os) ultimos (meses)\b`)

var gpRx = regexp.MustCompile(`\bg\d ?p\d`)

// (also the shorthand "IG 32s1d", "35s" and "32+1")
var gestRx = regexp.MustCompile(`\b(\d{1,2})(?:\s*(?:\+\d\s*)?(?:weeks?|wks?|semanas?|sem)\b|s(?:\s?\d\s?d)?\b|\+[0-6](?:\s?d)?\b)`)

func gestWeeks(t string) int {
	for _, m := range gestRx.FindAllStringSubmatchIndex(t, -1) {
		ctx := t[max(0, m[0]-40):min(len(t), m[1]+40)]
		pre := t[max(0, m[0]-10):m[0]]
		if strings.HasSuffix(pre, "to com ") || strings.HasSuffix(pre, "estou com ") || strings.HasSuffix(pre, "to de ") || strings.HasSuffix(pre, "estou de ") || strings.HasSuffix(pre, "i'm ") || strings.HasSuffix(pre, "i am ") ||
			strings.Contains(ctx, "gestat") || strings.Contains(ctx, "pregnan") || strings.Contains(ctx, "gestac") || strings.Contains(ctx, "gravid") || strings.Contains(ctx, "gestante") || strings.Contains(ctx, "atraso menstrual") || strings.Contains(ctx, "amenorr") || strings.Contains(ctx, "missed period") || gpRx.MatchString(ctx) || strings.Contains(ctx, " ig ") {
			v, _ := strconv.Atoi(t[m[2]:m[3]])
			if v >= 4 && v <= 43 {
				return v
			}
		}
	}
	return 0
}

// bismuth blackens the stool ("Pepto-Bismol", "subsalicilato de bismuto").
var bismuthRx = regexp.MustCompile(`bismut\w*|pepto.?bismol`)

// seizureWeeksAgoRx, noNewSeizuresRx: a seizure dated weeks or more ago,
// and none since.
var (
	seizureWeeksAgoRx = regexp.MustCompile(`\b(seizures?|fits?|convulsions?|crises?( convulsivas?| epilepticas?)?)\b[^.;]{0,30}\b((\d+|two|three|four|five|six|several) (weeks?|months?|years?) ago|last month|in the last (month|few weeks)|(no )?mes passado|ha (\d+|duas|tres|quatro|cinco|seis|varias|alguns) (semanas|meses|anos))`)
	noNewSeizuresRx   = regexp.MustCompile(`\b(no (new|further|more) (seizures|fits|episodes)|no seizures since|seizure.free since|sem (novas|outras) crises|nenhuma (nova )?crise desde|sem crises desde|nao teve (mais|novas) crises)\b`)
)

// backToNormalRx: a child told to be fully recovered after an episode.
var backToNormalRx = regexp.MustCompile(`\b(back to (normal|(his|her) (usual|normal) self)|(now )?(playing|eating|running around|smiling) (again|normally|normal)|(came|coming) round (in|within|after) (under |less than )?(a|one|\d+) (minute|seconds?)|voltou ao normal|ja (esta|ta) brincando)\b`)

// notTarryRx: dark stools described as not the sticky tar of melaena.
var notTarryRx = regexp.MustCompile(`\bnot (sticky|tarry|sticky or tarry|tarry or sticky|like tar|tar.like)\b|\b(formed|solid|firm),? (\w+ )?(green.?black|black|dark)\b|\bnao (sao |e |esta |estao )?(pegajos\w*|como piche|tipo piche|alcatroad\w*)`)

// jointCrepitusRx: crepitus told of a joint, a tendon or a movement;
// lungWordRx: the chest, where crackles are listened for
var (
	jointCrepitusRx   = regexp.MustCompile(`\b((bony|joint|patellofemoral|retropatellar|articular|fine|coarse) crepitus|crepitus (\w+ ){0,3}(knees?|joints?|hips?|shoulders?|ankles?|elbows?|wrists?|patell\w*|tendons?|(on|with|during) (movement|flexion|extension|range))|(knees?|joints?|hips?|shoulders?) (\w+ ){0,3}crepitus|crepitac\w* (articular|(nos|no|dos|do) (joelhos?|ombros?)|patelar)|(artrose|osteoartrose|osteoartrite|osteoarthritis) (\w+ ){0,8}crepita\w*)`)
	crepitusMentionRx = regexp.MustCompile(`^crepit`)
	poisoningWordRx   = regexp.MustCompile(`^(poisoning|intoxicacao|envenenamento)$`)
	lungWordRx        = regexp.MustCompile(`\b(lungs?|chest|breath\w*|auscultat\w*|bases?|basal|pulm\w*|torax|toracic\w*|ausculta\w*|respira\w*|pneumon\w*)\b`)
)

// bloatingOnlyRx: a distended belly named alone, with nothing of an
// obstruction (no vomit, no wind held back)
var bloatingOnlyRx = regexp.MustCompile(`^(abdominal distension|distended abdomen|distensao abdominal|abdome distendido)$`)

// hivPreventionRx: HIV pre- or post-exposure prophylaxis;
// arvDrugMentionRx: an antiretroviral named as a drug
var (
	hivPreventionRx  = regexp.MustCompile(`\b(prep|pep|pre.?exposure|post.?exposure|profilaxia (pre|pos).?exposicao)\b`)
	arvDrugMentionRx = regexp.MustCompile(`^(tenofovir|dolutegravir|efavirenz|antiretrovir\w*)$`)
)

// allCurrentResolved reports that every current mention of a concept is
// told as over.
func (c *Case) allCurrentResolved(id string) bool {
	found := false
	for _, m := range c.Mentions {
		if m.Concept == id && m.Current() {
			if !m.Resolved {
				return false
			}
			found = true
		}
	}
	return found
}

// OnlyMentionsIn reports that every current mention of a concept has a
// text the pattern matches ("tight chest" as the only chest pain).
func (c *Case) OnlyMentionsIn(id string, rx *regexp.Regexp) bool { return c.onlyMentionsIn(id, rx) }

// onlyMentionsIn reports that every current mention of a concept has a
// text the pattern matches.
func (c *Case) onlyMentionsIn(id string, rx *regexp.Regexp) bool {
	for _, m := range c.Mentions {
		if m.Concept == id && m.Current() && !rx.MatchString(m.Text) {
			return false
		}
	}
	return true
}

// treatedJointInfectionRx: "septic arthritis" at a mention;
// treatmentForRx: the words of a course of treatment before its
// indication ("IV vancomycin, week 3, for", "after washout of a",
// "antibioticoterapia ... para").
var (
	treatedJointInfectionRx = regexp.MustCompile(`^(septic arthritis|septic (knee|hip|ankle|joint|shoulder|elbow|wrist)|artrite septica|septica (de|do|da) (joelho|quadril|tornozelo|ombro|cotovelo|punho))`)
	treatmentForRx          = regexp.MustCompile(`\b((iv|intravenous|ev|endovenos\w*|antibiotics?|antibioticos?|antibioticoterapia|opat|(week|day|semana|dia) \d+)\b[^.;]{0,80}\b(for|para|por)|(after|following|post|apos|pos) (an? |the |uma? |his |her )?(arthroscopic )?(washout|drainage|debridement|lavagem|drenagem|desbridamento|artrotomia) (of|de|do|da)) (an? |the |uma? |o |his |her |sua? )?([\w-]+ ){0,5}$`)
)

// jointInfectionUnderTreatment reports that every current mention of id
// is a septic arthritis named as the indication of a course of treatment.
func (c *Case) jointInfectionUnderTreatment(id string) bool {
	found := false
	for _, m := range c.Mentions {
		if m.Concept != id || !m.Current() {
			continue
		}
		from := m.start
		if id == "sepsis" {
			// ("artrite septica": the sepsis word follows "artrite")
			if k := strings.LastIndex(c.Text[max(m.sent.start, m.start-9):m.start], "artrite "); k >= 0 {
				from = max(m.sent.start, m.start-9) + k
			}
		}
		if !treatedJointInfectionRx.MatchString(c.Text[from:min(len(c.Text), from+40)]) || !treatmentForRx.MatchString(c.Text[max(m.sent.start, from-160):from]) {
			return false
		}
		found = true
	}
	return found
}

// cprDecisionRx: the words of a decision about resuscitation before a
// CPR mention.
var cprDecisionRx = regexp.MustCompile(`\b(preferences?|wishes|decisions?|decide|discuss\w*|conversation|forms?|respect|treatment escalation|ceiling|dnacpr|dnr|dnar|not for|against|refuses?|declines?|about|regarding|decisao|sobre|contra|recusa|diretivas?|preferencias?|nao (quer|deseja))\b[^.;]{0,40}$`)

// cprOnlyInDecisions reports that every current cardiac-arrest mention is
// "CPR"/"RCP" inside a decision about resuscitation.
func (c *Case) cprOnlyInDecisions() bool {
	found := false
	for _, m := range c.Mentions {
		if m.Concept != "cardiac_arrest" || !m.Current() {
			continue
		}
		if m.Text != "cpr" && m.Text != "rcp" || !cprDecisionRx.MatchString(c.Text[max(m.sent.start, m.start-60):m.start]) {
			return false
		}
		found = true
	}
	return found
}

// hcgPositiveRx: a positive hCG or pregnancy test in words
var hcgPositiveRx = regexp.MustCompile(`\b((urine |serum |urinary )?(beta.?hcg|b.?hcg|hcg|pregnancy test) (is |was |came back |now )?(positive|reactive)|(positive|reactive) (urine |serum )?(hcg|pregnancy test)|(teste de gravidez|beta.?hcg|bhcg) (\w+ )?(positivo|reagente))\b`)

// reactionNowCueRx: a reaction placed in the present
var reactionNowCueRx = regexp.MustCompile(`\b(now|today|tonight|this (morning|afternoon|evening)|just|minutes? ago|an hour ago|agora|hoje|ha (poucos )?minutos|ha (uma|1) hora|esta manha)\b`)

// reactionIsAllergyRecord reports that every current mention of a
// reaction sits in a sentence whose drugs are all recorded allergens the
// patient no longer takes, with nothing placing it today.
func (c *Case) reactionIsAllergyRecord(id string) bool {
	found := false
	for _, m := range c.Mentions {
		if m.Concept != id || !m.Current() {
			continue
		}
		sent := c.Text[m.sent.start:m.sent.end]
		spans := drugSpans(sent, false)
		if len(spans) == 0 || reactionNowCueRx.MatchString(sent) {
			return false
		}
		for _, sp := range spans {
			if c.OnDrug(sp.drug.Generic) || !c.allergicTo(sp.drug) {
				return false
			}
		}
		found = true
	}
	return found
}

// allergicTo reports a recorded allergy to the drug or to its class.
func (c *Case) allergicTo(d *Drug) bool {
	for _, a := range c.Allergies {
		if a.Generic != "" && a.Generic == d.Generic || a.Class != "" && d.HasClass(a.Class) {
			return true
		}
	}
	return false
}

// reconcile drops findings that the rest of the record explains away:
// dark stools on oral iron with a negative occult blood test are the iron,
// not melaena.
func (c *Case) reconcile() {
	// a finding told only as over ("neutropenia febril, já resolvido")
	// and denied now ("hoje sem febre") is past, not present (but a fever
	// reported in a baby under three months counts even when gone: NICE
	// NG143)
	for _, id := range sortedKeys(c.present) {
		if c.negated[id] && c.allCurrentResolved(id) && !(id == "fever" && c.AgeOr(1) < 0.25) {
			delete(c.present, id)
			c.hist[id] = true
			c.Findings = sortedKeys(c.present)
			c.History = sortedKeys(c.hist)
		}
	}
	// a single seizure weeks ago that started treatment, with none since,
	// is the history behind the medicine, not a seizure now
	if c.present["seizure"] && seizureWeeksAgoRx.MatchString(c.Text) && noNewSeizuresRx.MatchString(c.Text) {
		delete(c.present, "seizure")
		c.Findings = sortedKeys(c.present)
	}
	// the blue colour of a breath-holding spell in a young child who is back
	// to normal is the spell's, not a child in respiratory failure now
	if c.present["breath_holding"] && c.Age != nil && *c.Age >= 1 && *c.Age <= 6 &&
		backToNormalRx.MatchString(c.Text) && !c.present["fever"] && !c.present["seizure"] {
		delete(c.present, "cyanosis")
		// (the limpness was the spell's too)
		delete(c.present, "ill_appearing")
		c.Findings = sortedKeys(c.present)
	}
	// the crepitus of a worn joint or a tendon, felt on movement, is no
	// gas in the tissues and no crackle in the lungs
	if (c.present["necrotizing"] || c.present["crackles"]) && jointCrepitusRx.MatchString(Fold(c.Text)) && !lungWordRx.MatchString(Fold(c.Text)) {
		for _, id := range []string{"necrotizing", "crackles"} {
			if c.present[id] && c.onlyMentionsIn(id, crepitusMentionRx) {
				delete(c.present, id)
			}
		}
		c.Findings = sortedKeys(c.present)
	}
	// bloating that has come and gone for a month or more without
	// vomiting is a functional or malabsorptive complaint (coeliac, IBS),
	// not an obstructed bowel (NICE CG61; BSG coeliac guidance)
	if c.present["bowel_obstruction"] && c.DurationHours >= 24*28 && !c.present["vomiting"] && c.onlyMentionsIn("bowel_obstruction", bloatingOnlyRx) {
		delete(c.present, "bowel_obstruction")
		c.Findings = sortedKeys(c.present)
	}
	// tenofovir or dolutegravir taken as PrEP or PEP is prevention in
	// someone HIV-negative, not HIV infection
	if c.present["hiv_known"] && hivPreventionRx.MatchString(Fold(c.Text)) && c.onlyMentionsIn("hiv_known", arvDrugMentionRx) {
		delete(c.present, "hiv_known")
		c.Findings = sortedKeys(c.present)
	}
	// a reaction told with the drug that caused it, when that drug is on
	// the allergy record and not among today's medicines, is the allergy's
	// story ("inchaço nos lábios (angioedema) após tomar AAS na
	// Venezuela", AAS recorded as the allergy), not a reaction now
	for _, id := range []string{"angioedema", "urticaria", "airway", "anaphylaxis"} {
		if c.present[id] && c.reactionIsAllergyRecord(id) {
			delete(c.present, id)
			c.hist[id] = true
			c.Findings = sortedKeys(c.present)
		}
	}
	// "poisoning" in a note about carbon monoxide is that poisoning, not
	// a swallowed overdose
	if c.present["overdose"] && c.present["co_poisoning"] && c.onlyMentionsIn("overdose", poisoningWordRx) {
		delete(c.present, "overdose")
		c.Findings = sortedKeys(c.present)
	}
	// a joint infection named as what a course of IV antibiotics or a
	// washout is treating ("week 2 of home IV daptomycin for MRSA septic
	// arthritis", "após lavagem de artrite séptica do joelho") is the
	// course's indication, not a hot joint or sepsis presenting now
	for _, id := range []string{"hot_joint", "sepsis"} {
		if c.present[id] && c.jointInfectionUnderTreatment(id) {
			delete(c.present, id)
			c.Findings = sortedKeys(c.present)
		}
	}
	// CPR named in a decision about resuscitation ("preferences about
	// admission and CPR on a ReSPECT form", "not for CPR", "decisão
	// sobre RCP") is a care plan, not an arrest now
	if c.present["cardiac_arrest"] && c.cprOnlyInDecisions() {
		delete(c.present, "cardiac_arrest")
		c.Findings = sortedKeys(c.present)
	}
	onIron := c.OnClass("iron") || c.OnDrug("ferrous sulfate")
	// (or black stools told as formed and not tarry on oral iron, with no
	// sign of blood loss: NICE CKS iron-deficiency anaemia)
	ironStool := onIron && notTarryRx.MatchString(c.Text) && !c.present["hematemesis"] && !c.present["syncope"] && !c.present["presyncope"] && !c.present["dizziness"]
	if c.present["melena"] && (c.present["occult_blood_negative"] && onIron || ironStool || bismuthRx.MatchString(c.Text)) {
		delete(c.present, "melena")
		c.Findings = sortedKeys(c.present)
	}
}

// notInUterusRx: a scan that finds no pregnancy in the womb, the mark of
// a pregnancy of unknown location or an ectopic one.
var notInUterusRx = regexp.MustCompile(`(?i)\bno (\w+ )?(intra-?uterine|iup|gestational sac)|pregnancy of unknown location|\bpul\b|sem (saco gestacional|gestacao (topica|intrauterina))|gravidez de localizacao desconhecida`)

// transMascRx: a man or boy assigned female at birth, who may have a
// uterus and be pregnant.
var transMascRx = regexp.MustCompile(`\b(trans (man|men|boy|masculine)|transgender (man|male|boy)|homem trans|rapaz trans|menino trans|transmasculin\w*|ftm|afab|assigned female at birth|designad[oa] (do sexo )?feminin[oa] ao nascer)\b`)

var (
	// childCallerRx and spouseCallerRx: the writer or caller is the
	// patient's son or daughter, or husband or wife.
	childCallerRx  = regexp.MustCompile(`\b((filh[oa]|daughter|son)( do paciente| da paciente| of the patient)? (escreveu|escreve|ligou|liga|ligando|relata|conta|informa|diz|mandou|writes|wrote|calls|called|calling|rang|says|said|reports|reported|messaged)|(ligacao|mensagem|contato) d[ao] filh[oa]|(call|message|phone call) from (the |his |her )?(daughter|son))\b`)
	spouseCallerRx = regexp.MustCompile(`\b((esposa|marido|wife|husband)( do paciente| da paciente| of the patient)? (escreveu|escreve|ligou|liga|ligando|relata|conta|informa|diz|mandou|writes|wrote|calls|called|calling|rang|says|said|reports|reported|messaged)|(ligacao|mensagem|contato) d[ao] (esposa|marido)|(call|message|phone call) from (the |his |her )?(wife|husband))\b`)
	// ownFatherRx and the others: the relative named just before a
	// mention, in the same sentence ("meu pai tem câncer").
	ownFatherRx  = regexp.MustCompile(`\b(meu|minha|my|o|a|the) (pai|father|dad|daddy)\b[^.;]*$`)
	ownMotherRx  = regexp.MustCompile(`\b(meu|minha|my|o|a|the) (mae|mother|mum|mom|mummy|mommy)\b[^.;]*$`)
	ownHusbandRx = regexp.MustCompile(`\b(meu|minha|my|o|a|the) (marido|husband)\b[^.;]*$`)
	ownWifeRx    = regexp.MustCompile(`\b(meu|minha|my|o|a|the) (esposa|mulher|wife)\b[^.;]*$`)
)

// husbandHadRx and wifeHadRx: the spouse named as the one who has or
// had the finding ("marido teve pneumonia mês passado").
var (
	// (the verb right after the spouse: "wife says he has chest pain" is
	// the wife telling the patient's own complaint)
	husbandHadRx = regexp.MustCompile(`\b(marido|esposo|husband)( tambem| also| ja| recently)? (teve|tem|tinha|esta com|ta com|estava com|pegou|had|has|got|caught)\b([^.;,]{0,30})$`)
	wifeHadRx    = regexp.MustCompile(`\b(esposa|wife)( tambem| also| ja| recently)? (teve|tem|tinha|esta com|ta com|estava com|pegou|had|has|got|caught)\b([^.;,]{0,30})$`)
	// (a new clause about the patient ends it: "husband has flu and now
	// I have a fever"), and "had to", "teve que" are no illness of the
	// spouse ("wife had to give him glucose gel")
	backToPatientRx = regexp.MustCompile(`\b(and|but|e|mas|now|agora|i|eu|she|ela|he|ele|me|her|him|his|dele|paciente|patient|to|que)\b`)
)

// spouseIsSomeoneElse marks as another person's the findings told of a
// husband when the patient is a woman, or of a wife when the patient is
// a man: the spouse cannot be the patient then. (Told of a spouse of the
// patient's own sex, or with the sex unknown, nothing changes: the
// spouse may be the one writing about themselves.)
func (c *Case) spouseIsSomeoneElse(sex string) {
	var rx *regexp.Regexp
	switch sex {
	case "female":
		rx = husbandHadRx
	case "male":
		rx = wifeHadRx
	default:
		return
	}
	c.markOthersFindings(rx, backToPatientRx, nil)
}

// markOthersFindings marks as another person's each mention whose
// sentence, before it, names a relative with a verb of having (rx, whose
// last group is the words between that verb and the mention), unless
// those words come back to the patient (stop) or keep() says no.
func (c *Case) markOthersFindings(rx, stop *regexp.Regexp, keep func(i int, m *Mention) bool) {
	for i := range c.Mentions {
		m := &c.Mentions[i]
		if m.Family || keep != nil && !keep(i, m) {
			continue
		}
		if sm := rx.FindStringSubmatch(c.Text[m.sent.start:m.start]); sm != nil && !stop.MatchString(sm[len(sm)-1]) {
			m.Family = true
		}
	}
}

// householdHadRx: a member of the household named as the one who has or
// had the finding ("my daughter has had a temperature and a cough")
var householdHadRx = regexp.MustCompile(`\b(my|minha|meu|our|nossa|nosso|her|his|sua|seu) (daughter|son|kids?|children|child|grandson|granddaughter|grandchild|husband|wife|partner|flatmate|roommate|neighbou?r|colleague|friend|filha|filho|filhos|filhas|neto|neta|netos|marido|esposa|esposo|companheir[oa]|vizinh[oa]|colega|amig[oa])( \w+){0,3} (has|had|have|got|caught|tem|teve|esta com|ta com|estava com|pegou)\b([^.;]{0,40})$`)

// householdIllness marks as another person's a finding told of a son,
// daughter, spouse or housemate ("my daughter has had a temperature since
// yesterday") when the same finding is denied of the patient elsewhere in
// the case ("she herself feels well, no fever"): the two statements only
// agree if the finding is the relative's. Without that denial nothing
// changes, because a parent writing "my daughter has a fever" is most
// often telling the patient's own.
func (c *Case) householdIllness() {
	c.markOthersFindings(householdHadRx, tailBackToPatientRx, func(i int, m *Mention) bool {
		return !m.Negated && c.negatedElsewhere(m.Concept, i)
	})
}

// adultPatient: the input gives an age, or a date of birth, of 18 or
// more. (A child's notes are written by a parent: "her daughter has had a
// fever" is then the patient's own, and the rule above stays off.)
func adultPatient(in casemodel.Input, ref time.Time) bool {
	if in.Patient == nil {
		return false
	}
	if in.Patient.Age != nil {
		return *in.Patient.Age >= 18
	}
	if dob, err := time.Parse("2006-01-02", in.Patient.DateOfBirth); err == nil && !ref.IsZero() {
		return ageAt(dob, ref) >= 18
	}
	return false
}

// tailBackToPatientRx: a new clause about the patient between the
// relative and the finding
var tailBackToPatientRx = regexp.MustCompile(`\b(but|mas|now|agora|i|eu|me|paciente|patient|to|que)\b`)

// negatedElsewhere reports a denied mention of the concept other than the
// i-th.
func (c *Case) negatedElsewhere(concept string, i int) bool {
	for j, m := range c.Mentions {
		if j != i && m.Concept == concept && m.Negated {
			return true
		}
	}
	return false
}

// relativeIsPatient clears the family flag of findings told about "my
// father" or "my wife" when the son, daughter or spouse is the one
// writing and that relative is the patient ("Filha escreveu: meu pai tem
// câncer de pulmão"): the cancer is the patient's, not family history.
func (c *Case) relativeIsPatient(sex string) {
	var own *regexp.Regexp
	switch {
	case sex == "male" && childCallerRx.MatchString(c.Text):
		own = ownFatherRx
	case sex == "female" && childCallerRx.MatchString(c.Text):
		own = ownMotherRx
	case sex == "male" && spouseCallerRx.MatchString(c.Text):
		own = ownHusbandRx
	case sex == "female" && spouseCallerRx.MatchString(c.Text):
		own = ownWifeRx
	default:
		return
	}
	for i := range c.Mentions {
		m := &c.Mentions[i]
		if m.Family && own.MatchString(c.Text[m.sent.start:m.start]) {
			m.Family = false
		}
	}
}
