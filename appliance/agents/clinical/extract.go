package clinical

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/agnomedical/agno/appliance/casemodel"
)

const num = `(\d{1,3}(?:[.,]\d+)?)`

var (
	bpRx = regexp.MustCompile(`\b(?:pa|bp|ta|blood pressure|pressao arterial|pressao|nibp|abp)\s*(?:de|of|:|=|was|is|of about)?\s*(\d{2,3})\s*(?:/|x|por)\s*(\d{2,3})\b`)
	// a reading told by a lay person: "her wrist blood pressure machine
	// says 100 over 60", "o aparelho de pressão de casa deu 19 por 10"
	bpLayRx = regexp.MustCompile(`\b(?:bp|blood pressure|pressure|pressao|aparelho)(?:\s+[a-z']+){0,5}?\s+(?:says|said|reads|read|showed|shows|was|is|gave|came up|deu|da|dava|marcou|mostrou|mostra|ta|esta|estava)\s*(?:at |about |around |em |uns )?(\d{1,3})\s*(?:/|over|x|por)\s*(\d{1,3})\b`)
	// "the pulse thing on her finger says 118"
	hrLayRx = regexp.MustCompile(`\b(?:pulse|heart rate|pulso|batimentos?)(?:\s+[a-z']+){0,5}?\s+(?:says|said|reads|read|showed|shows|gave|came up|deu|da|marcou|mostrou|mostra)\s*(?:at |about |around |em |uns )?(\d{2,3})\b`)
	hrRx    = regexp.MustCompile(`\b(?:fc|hr|heart rate|pulse|pulso|frequencia cardiaca|ventricular rate|pulse rate|rate)\s*(?:de|of|:|=|was|is|of about|around)?\s*(\d{2,3})\b`)
	bpmRx   = regexp.MustCompile(`\b(\d{2,3})\s*(?:bpm|btm|batimentos)\b`)
	rrRx    = regexp.MustCompile(`\b(?:fr|rr|resp(?:iratory)? rate|frequencia respiratoria|respirations?)\s*(?:de|of|:|=|was|is)?\s*(\d{1,2})\b`)
	rrURx   = regexp.MustCompile(`\b(\d{1,2})\s*(?:irpm|ipm|rpm|mrm|breaths ?/ ?min|breaths per minute|resp/min)\b`)
	satRx   = regexp.MustCompile(`\b(?:spo2|sato2|sat o2|sao2|sat|saturacao(?: de o2| de oxigenio| periferica)?|o2 sat(?:uration)?s?|oxygen saturation|saturation|saturando|saturating)\s*(?:de|of|:|=|was|is|em)?\s*(\d{2,3})\s*%?`)
	// "breathing 23 a minute", "respirando 30 vezes por minuto"
	rrLayRx       = regexp.MustCompile(`\b(?:breathing|breaths|respirando|respiracao)(?: rate)?(?: at| of| is| was| about| around| de| em)?\s*(\d{1,2})\s*(?:times\s*|vezes\s*)?(?:a|per|/|por|an?)\s*min(?:ute|uto)?\b`)
	satLayRx      = regexp.MustCompile(`\b(?:oxygen|oxigenio|oxigenacao)(?: level| levels| reading| no dedo)?\s*(?:of|was|is|at|:|=|de|em|deu|da|reads|read)?\s*(\d{2,3})\s*%`)
	o2DoseAfterRx = regexp.MustCompile(`\b(via|mask|nrb|non.?rebreather|venturi|mascara|cateter|fio2|flow|l/min|lpm)\b`)
	tempRx        = regexp.MustCompile(`\b(?:t|temp|temperature|tax|taxilar|temperatura(?: axilar| corporal)?|tc|tr|febre de|fever of|temperature of)\s*(?:de|of|:|=|was|is)?\s*` + num + `\s*(°\s*[cf]|º\s*[cf]|[cf]\b|graus|degrees)?`)
	tempURx       = regexp.MustCompile(num + `\s*(?:°|º)\s*([cf])\b`)
	// a few words between the label and a value with its unit:
	// "axillary temperature at triage 100.9 F"
	tempLooseRx = regexp.MustCompile(`\b(?:temperature|temp|temperatura)(?:\s+[a-z]+){1,3}\s+(\d{2,3}(?:[.,]\d)?)\s*((?:°|º)?\s*[cf])\b`)
	gcsRx       = regexp.MustCompile(`\b(?:gcs|glasgow(?: coma scale| coma score)?|escala de (?:coma de )?glasgow|ecg)\s*(?:de|of|:|=|was|is|em)?\s*(\d{1,2})\b(\s*(?:weeks?|wks?|days?|months?|years?|hours?|hrs?|h|min\w*|semanas?|dias?|meses|mes|anos?|horas?|leads?|derivac\w*|ms|mm)\b)?`)
	crtRx       = regexp.MustCompile(`\b(?:capillary refill(?: time)?|cap(?:illary)? refill|crt|enchimento capilar|tec|tempo de enchimento capilar)\s*(?:of|de|:|=|was|is|>|<|em)?\s*` + num + `\s*(?:s|sec|secs|seconds|segundos|seg)\b`)
	pefPct      = regexp.MustCompile(`\b(\d{2,3})\s*% (?:of|do|da) (?:best|predicted|personal best|melhor|previsto|predito)`)
	pefRx       = regexp.MustCompile(`\b(?:peak (?:expiratory )?flow|pef|pfe|peak flow|pico de fluxo)\s*(?:of|de|:|=|was|is)?\s*(\d{2,3})`)
	pefBest     = regexp.MustCompile(`\b(?:best|personal best|melhor|previsto|predicted)\s*(?:of|de|:|=|is|was)?\s*(\d{2,3})`)
	roomAir     = regexp.MustCompile(`\b(room air|on air|ar ambiente|\baa\b|sem o2|sem oxigenio)`)
	onO2        = regexp.MustCompile(`\b(on (\d+ ?l|oxygen|o2|supplemental oxygen|nasal cannula|non.rebreather|high.flow)|em (o2|oxigenio|cateter nasal|mascara|\d+ ?l)|com (o2|oxigenio|cateter|mascara)|(\d+) ?l/min)`)
)

func parseNum(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", ".")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func fptr(v float64) *float64 { return &v }

func (c *Case) setVital(dst **float64, key string, v float64, lo, hi float64) {
	if *dst != nil || v < lo || v > hi {
		return
	}
	*dst = fptr(v)
	c.Vitals.Source[key] = "text"
}

// extractVitals merges the structured vitals with values written in the
// notes ("PA 80x50", "FC 128 bpm", "SatO2 86%", "T 101.3F", "Tax 38,5").
func (c *Case) extractVitals(v *casemodel.Vitals) {
	c.Vitals.Source = map[string]string{}
	if v != nil {
		set := func(dst **float64, src *float64, key string) {
			if src != nil {
				x := *src
				*dst = &x
				c.Vitals.Source[key] = "input"
			}
		}
		set(&c.Vitals.HeartRate, v.HeartRate, "heart_rate")
		set(&c.Vitals.SystolicBP, v.SystolicBP, "systolic_bp")
		set(&c.Vitals.DiastolicBP, v.DiastolicBP, "diastolic_bp")
		set(&c.Vitals.RespiratoryRate, v.RespiratoryRate, "respiratory_rate")
		set(&c.Vitals.SpO2, v.SpO2, "spo2")
		if v.TemperatureC != nil {
			t := *v.TemperatureC
			if t > 50 { // a Fahrenheit value typed into the Celsius field
				t = math.Round((t-32)*5/9*10) / 10
			}
			c.Vitals.TemperatureC = &t
			c.Vitals.Source["temperature_c"] = "input"
		}
		if v.Consciousness != "" {
			c.Vitals.Consciousness = v.Consciousness
			c.Vitals.Source["consciousness"] = "input"
		}
		if v.OnOxygen != nil {
			b := *v.OnOxygen
			c.Vitals.OnOxygen = &b
		}
		if v.GCS != nil {
			g := *v.GCS
			c.Vitals.GCS = &g
		}
		if v.GlucoseMgDl != nil {
			c.addLab(Lab{Analyte: "glucose", Name: "glucose_mg_dl", Value: *v.GlucoseMgDl, Unit: "mg/dL", RawValue: *v.GlucoseMgDl, RawUnit: "mg/dL", Source: "vitals"})
		}
	}
	t := c.Text
	m := bpRx.FindStringSubmatch(t)
	if m == nil {
		m = bpLayRx.FindStringSubmatch(t)
	}
	if m != nil {
		s, _ := parseNum(m[1])
		d, _ := parseNum(m[2])
		// "deu 14 por 9": Brazilians say a pressure in cmHg
		if s >= 6 && s <= 30 && d >= 3 && d <= 20 && s > d {
			s, d = s*10, d*10
		}
		if s > d && s >= 40 && s <= 300 && d >= 20 && d <= 200 {
			c.setVital(&c.Vitals.SystolicBP, "systolic_bp", s, 40, 300)
			c.setVital(&c.Vitals.DiastolicBP, "diastolic_bp", d, 20, 200)
		}
	}
	for _, rx := range []*regexp.Regexp{hrRx, bpmRx, hrLayRx} {
		if m := rx.FindStringSubmatch(t); m != nil {
			if x, ok := parseNum(m[1]); ok {
				c.setVital(&c.Vitals.HeartRate, "heart_rate", x, 20, 260)
			}
		}
	}
	for _, rx := range []*regexp.Regexp{rrRx, rrURx, rrLayRx} {
		if m := rx.FindStringSubmatch(t); m != nil {
			if x, ok := parseNum(m[1]); ok {
				c.setVital(&c.Vitals.RespiratoryRate, "respiratory_rate", x, 4, 80)
			}
		}
	}
	loc := satRx.FindStringSubmatchIndex(t)
	if loc == nil {
		// "oxygen 93% on air", said by a health worker with a pulse
		// oximeter; an oxygen percentage given through a mask is a dose.
		if l := satLayRx.FindStringSubmatchIndex(t); l != nil && !o2DoseAfterRx.MatchString(t[l[1]:min(len(t), l[1]+25)]) {
			loc = l
		}
	}
	if loc != nil {
		if x, ok := parseNum(t[loc[2]:loc[3]]); ok {
			c.setVital(&c.Vitals.SpO2, "spo2", x, 50, 100)
			if c.Vitals.OnOxygen == nil {
				after := t[loc[1]:min(len(t), loc[1]+40)]
				if roomAir.MatchString(after) {
					b := false
					c.Vitals.OnOxygen = &b
				} else if onO2.MatchString(after) {
					b := true
					c.Vitals.OnOxygen = &b
				}
			}
		}
	}
	if c.Vitals.TemperatureC == nil {
		for _, m := range append(append(tempRx.FindAllStringSubmatch(t, -1), tempURx.FindAllStringSubmatch(t, -1)...), tempLooseRx.FindAllStringSubmatch(t, -1)...) {
			x, ok := parseNum(m[1])
			if !ok {
				continue
			}
			unit := strings.TrimSpace(strings.Trim(m[2], "°º "))
			switch {
			case unit == "f" || (x >= 90 && x <= 110):
				x = math.Round((x-32)*5/9*10) / 10
			case unit == "" && strings.Contains(m[0], "t ") && x < 30:
				continue
			}
			if x >= 30 && x <= 44 {
				c.setVital(&c.Vitals.TemperatureC, "temperature_c", x, 30, 44)
				break
			}
		}
	}
	if c.Vitals.GCS == nil {
		// ("ECG 6 weeks ago", "12-lead ECG": an electrocardiogram, not the
		// Portuguese "ECG" for the Glasgow scale)
		for _, m := range gcsRx.FindAllStringSubmatch(t, -1) {
			if m[2] != "" {
				continue
			}
			if g, err := strconv.Atoi(m[1]); err == nil && g >= 3 && g <= 15 {
				c.Vitals.GCS = &g
				c.Vitals.Source["gcs"] = "text"
			}
			break
		}
	}
	if m := crtRx.FindStringSubmatch(t); m != nil {
		if x, ok := parseNum(m[1]); ok && x <= 15 {
			c.Vitals.CapRefillS = &x
		}
	}
	if m := pefPct.FindStringSubmatch(t); m != nil {
		if x, ok := parseNum(m[1]); ok && x <= 150 {
			c.Vitals.PEFPercent = &x
		}
	} else if m := pefRx.FindStringSubmatch(t); m != nil {
		if b := pefBest.FindStringSubmatch(t); b != nil {
			p, _ := parseNum(m[1])
			bb, _ := parseNum(b[1])
			if bb > 0 {
				x := math.Round(p / bb * 100)
				c.Vitals.PEFPercent = &x
			}
		}
	}
	if c.Vitals.OnOxygen == nil {
		if onO2.MatchString(t) && !roomAir.MatchString(t) {
			b := true
			c.Vitals.OnOxygen = &b
		}
	}
	if c.Vitals.Consciousness == "" {
		c.Vitals.Consciousness = c.consciousnessFromText()
		if c.Vitals.Consciousness != "" {
			c.Vitals.Source["consciousness"] = "text"
		}
	}
	if c.Vitals.Consciousness == "" && c.Vitals.GCS != nil {
		switch g := *c.Vitals.GCS; {
		case g == 15:
			c.Vitals.Consciousness = "alert"
		case g >= 13:
			c.Vitals.Consciousness = "confused"
		case g >= 9:
			c.Vitals.Consciousness = "voice"
		default:
			c.Vitals.Consciousness = "pain"
		}
		c.Vitals.Source["consciousness"] = "gcs"
	}
}

var (
	toPainRx = regexp.MustCompile(`\b(respond\w* (only )?to pain|responsive (only )?to pain|responde (apenas |somente |so )?a (estimulo )?dor\w*)`)
	// (a child who "responds to her name" among her milestones is a social
	// skill; only a response to the name and nothing more is the V of AVPU)
	toVoiceRx = regexp.MustCompile(`\b(respond\w* (only )?to voice|(only|just) respond\w* to (his|her|their) name|respond\w* only to (his|her|their) name|responds to (his|her) name (only|but|when (you )?shout\w*|if (you )?shout\w*)|responde (ao chamado|a voz|ao estimulo verbal|quando chamad[oa]))`)
	alertRx   = regexp.MustCompile(`\b(alert|alerta|lucid[oa]?|orientad[oa]|oriented)\b`)
)

func (c *Case) consciousnessFromText() string {
	t := c.Text
	switch {
	case c.Has("unresponsive"):
		return "unresponsive"
	case toPainRx.MatchString(t):
		return "pain"
	// (daytime sleepiness, a sleep complaint, and "a little drowsy" in a
	// patient talking to the clinician are no reduced consciousness)
	case toVoiceRx.MatchString(t) || c.Has("drowsy") && !notReducedDrowsyRx.MatchString(t):
		return "voice"
	case c.Has("confusion") && !c.Has("baseline_confusion"):
		return "confused"
	case alertRx.MatchString(t):
		return "alert"
	}
	return ""
}

// --- labs

var unitRx = `(mg/dl|mmol/l|meq/l|g/dl|g/l|ng/ml|ng/l|pg/ml|ug/l|mcg/l|umol/l|micromol/l|x ?10\^?[39]/[mu]?l|10\^?[39]/[mu]?l|mil/mm3|/mm3|/ul|%|u/l|ui/l|k/ul|miu/l|mui/l|uui/ml|kpa|mmhg|mosm/kg|ng/ml feu)?`

type labRx struct {
	def *LabDef
	rx  *regexp.Regexp
}

var labRxs []labRx

func compileLabRx() []labRx {
	if labRxs != nil {
		return labRxs
	}
	t := loadTables()
	names := make([]string, 0, len(t.labs))
	for n := range t.labs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d := t.labs[n]
		syns := append([]string(nil), d.TextSynonyms...)
		sort.Slice(syns, func(i, j int) bool { return len(syns[i]) > len(syns[j]) })
		var q []string
		for _, s := range syns {
			q = append(q, regexp.QuoteMeta(s))
		}
		if len(q) == 0 {
			continue
		}
		p := `\b(?:` + strings.Join(q, "|") + `)(?:\s+(?:level|serico|serica|total|venoso|arterial|capilar|plasmatico|plasmatica|[it]))?(?:\s+(?:de ontem|de hoje|yesterday|today|this morning|from yesterday|from today|at home|at the scene|on scene|by ems|by the paramedics|by the crew|em casa|no local|pelo samu|no hemocue|on hemocue|by hemocue|pelo hemocue|on the hemocue|point of care|poc|inicial|initial|de entrada|na chegada|on arrival|first))?\s*(?:de|of|:|=|was|is|em|of about|deu|marcou|mostrou|read|reads|said|says|showed|shows|came back at|came up at|came back|came up|was at|is at|tava|estava|esta|ta|era|foi|veio|veio em|deu em)?\s*([<>]=?)?\s*(\d+(?:[.,]\d+)*)\s*` + unitRx
		labRxs = append(labRxs, labRx{d, regexp.MustCompile(p)})
	}
	return labRxs
}

// plausible ranges (canonical units) for values read from free text.
var plausible = map[string][2]float64{
	"troponin": {0, 500000}, "glucose": {10, 2500}, "potassium": {1, 10}, "sodium": {95, 200}, "inr": {0.5, 25},
	"lactate": {0.1, 30}, "ph": {6.5, 8}, "hemoglobin": {2, 25}, "platelets": {1, 2500}, "creatinine": {0.1, 30},
	"calcium": {3, 20}, "magnesium": {0.3, 10}, "bicarbonate": {2, 60}, "wbc": {0.1, 500}, "neutrophils": {0, 100},
	"crp": {0, 700}, "hba1c": {3, 20}, "ketones": {0, 15}, "lithium": {0.05, 10}, "digoxin": {0.05, 20},
}

func (c *Case) addLab(l Lab) {
	if l.Def == nil {
		l.Def, _ = LabByAnalyte(l.Analyte)
	}
	c.Labs = append(c.Labs, l)
}

// normaliseLab converts a raw value to the analyte's canonical unit. Missing
// units are inferred from magnitude (glucose 34 → mmol/L, platelets 150000 →
// per µL). ok is false when the unit is unknown for the analyte.
func normaliseLab(d *LabDef, name string, v float64, unit string) (Lab, bool) {
	u := normUnit(unit)
	fname := Fold(name)
	l := Lab{Analyte: d.Analyte, Name: name, RawValue: v, RawUnit: unit, Unit: d.Unit, Def: d}
	if d.Analyte == "troponin" {
		if strings.Contains(fname, " t") || strings.HasSuffix(fname, "tnt") || strings.Contains(fname, "ctnt") {
			l.Kind = "t"
		} else {
			l.Kind = "i"
		}
		if u == "" {
			if v < 10 {
				u = "ng/ml"
			} else {
				u = "ng/l"
			}
		}
		l.HS = u == "ng/l" || u == "pg/ml" || strings.Contains(fname, "hs") || strings.Contains(fname, "ultra") || strings.Contains(fname, "high")
	}
	if d.Analyte == "bun" && (strings.Contains(fname, "ureia") || (strings.Contains(fname, "urea") && !strings.Contains(fname, "nitrogen"))) && (u == "mg/dl" || u == "") {
		l.Value = round(v/2.14, 2)
		return l, true
	}
	// an IFCC HbA1c in mmol/mol is not a multiple of the NGSP percentage:
	// % = 0.09148 × mmol/mol + 2.152 (IFCC-NGSP master equation)
	if d.Analyte == "hba1c" && u == "mmol/mol" {
		l.Value = round(0.09148*v+2.152, 1)
		return l, true
	}
	if u == "" {
		u = inferUnit(d.Analyte, v)
	}
	f, ok := d.Conv[u]
	if !ok {
		// tolerate decorations such as "x10^3/µL" written differently
		for k, fv := range d.Conv {
			if k != "" && strings.Contains(u, k) {
				f, ok = fv, true
				break
			}
		}
	}
	if !ok {
		if u == "" {
			f, ok = 1, true
		} else {
			return l, false
		}
	}
	l.Value = round(v*f, 4)
	return l, true
}

func inferUnit(analyte string, v float64) string {
	switch analyte {
	case "glucose":
		if v < 35 {
			return "mmol/l"
		}
		return "mg/dl"
	case "hemoglobin":
		if v > 30 {
			return "g/l"
		}
	case "platelets", "wbc", "neutrophils":
		if v > 2500 {
			return "/ul"
		}
	case "creatinine":
		if v > 25 {
			return "umol/l"
		}
	case "calcium":
		if v < 4 {
			return "mmol/l"
		}
	case "lactate":
		if v > 30 {
			return "mg/dl"
		}
	}
	d, ok := LabByAnalyte(analyte)
	if ok {
		return normUnit(d.Unit)
	}
	return ""
}

func round(v float64, p int) float64 {
	m := math.Pow(10, float64(p))
	return math.Round(v*m) / m
}

func (c *Case) extractLabs(in casemodel.Input, docLabs []casemodel.Lab) {
	add := func(src string, labs []casemodel.Lab) {
		for _, l := range labs {
			d := MatchLabName(l.Name)
			if d == nil {
				if l.Flag == "critical_high" || l.Flag == "critical_low" {
					c.Labs = append(c.Labs, Lab{Analyte: Fold(l.Name), Name: l.Name, Value: l.Value, RawValue: l.Value, Unit: l.Unit, RawUnit: l.Unit, Source: src, Flag: l.Flag})
				}
				continue
			}
			nl, ok := normaliseLab(d, l.Name, l.Value, l.Unit)
			if !ok {
				continue
			}
			nl.Source, nl.Flag = src, l.Flag
			c.Labs = append(c.Labs, nl)
		}
	}
	add("input", in.Labs)
	add("document", docLabs)
	c.markEarlierRepeats()
	// free text
	t := c.Text
	for _, lr := range compileLabRx() {
		for _, m := range lr.rx.FindAllStringSubmatch(t, -1) {
			raw := m[2]
			if thousandsRx.MatchString(raw) {
				raw = strings.ReplaceAll(raw, ".", "")
			}
			v, ok := parseNum(raw)
			if !ok {
				continue
			}
			if lr.def.Analyte == "glucose" && c.hasLab("glucose", v) {
				continue
			}
			// a finger-prick value right after "INR" is the INR taken that
			// way ("monthly INR check, fingerstick 2.7"), not a glucose
			if lr.def.Analyte == "glucose" && strings.HasPrefix(m[0], "finger") {
				if loc := strings.Index(t, m[0]); loc >= 0 && strings.Contains(t[max(0, loc-40):loc], "inr") {
					continue
				}
			}
			// A number in the notes for an analyte measured in a structured
			// field is narrative (often an earlier value: "glucose 52 this
			// morning, treated"); the structured measurement is the current one.
			structured := c.hasStructuredLab(lr.def.Analyte)
			nl, ok := normaliseLab(lr.def, m[0], v, m[3])
			if !ok {
				continue
			}
			if structured {
				// only a critical earlier value measured in this episode of
				// care (by EMS, on arrival) is kept, for its alert; a value
				// the patient took at home and treated is narrative
				loc := strings.Index(t, m[0])
				if !(lr.def.CritLow.Hit(nl.Value) || lr.def.CritHigh.Hit(nl.Value)) || loc < 0 || !episodeCueRx.MatchString(t[max(0, loc-60):min(len(t), loc+len(m[0])+60)]) {
					continue
				}
				nl.Earlier = true
			}
			if pr, ok := plausible[nl.Analyte]; ok && (nl.Value < pr[0] || nl.Value > pr[1]) {
				continue
			}
			// a value the note places in an earlier episode ("PCI in 2016
			// (troponin I 18 ng/mL at the time)") is history, not today's
			if loc := strings.Index(t, m[0]); loc >= 0 && pastValueAt(t, loc, len(m[0])) {
				continue
			}
			if c.hasLab(nl.Analyte, nl.Value) {
				continue
			}
			// the pH of a gastric aspirate, urine or vaginal swab is no
			// blood gas ("two gastric aspirates tested pH 6.5")
			if loc := strings.Index(t, m[0]); nl.Analyte == "ph" && loc >= 0 && nonBloodPHRx.MatchString(t[max(0, loc-30):min(len(t), loc+len(m[0])+20)]) {
				continue
			}
			nl.Name = strings.TrimSpace(m[0])
			nl.Source = "text"
			c.Labs = append(c.Labs, nl)
		}
	}
	// home meters' readings told in words: "her sugar meter … said 498",
	// "does his own finger-prick INR … Today's reading was 8.2"
	c.addMeterReading(glucoseMeterRx, "glucose", "", 10, 2500)
	c.addEarlierCriticalGlucose()
	c.addMeterReading(inrReadingRx, "inr", "", 0.8, 20)
}

// LVADRx: a left-ventricular assist device named in the notes
var LVADRx = regexp.MustCompile(`\b(lvad|l-vad|\bvad\b|ventricular assist device|heartmate|heartware|hvad|dispositivo de assistencia ventricular|assistencia circulatoria)\b`)

// lvadDopplerPressure: a continuous-flow LVAD leaves little or no pulse,
// so the one pressure recorded without a diastolic is the Doppler opening
// pressure, close to the mean arterial pressure (target 70-90 mmHg,
// ISHLT 2013/2023). Scored as a systolic pressure an LVAD patient's usual
// 80 looks like shock; it is kept apart and judged against the MAP targets.
func (c *Case) lvadDopplerPressure() {
	v := &c.Vitals
	if v.SystolicBP == nil || v.DiastolicBP != nil || *v.SystolicBP < 30 || *v.SystolicBP > 110 || !LVADRx.MatchString(Fold(c.Text)) {
		return
	}
	x := *v.SystolicBP
	v.LVADDoppler, v.SystolicBP = &x, nil
	v.Source["systolic_bp"] = "lvad_doppler"
}

// nonBloodPHRx: a pH measured on something other than blood
var nonBloodPHRx = regexp.MustCompile(`(?i)\b(aspirat\w*|gastric|nasogastric|ng tube|urine|urinalysis|dipstick|stool|faecal|fecal|vaginal|litmus|indicator (paper|strip)|ph (paper|strip)|saliva|conjunctiv\w*|tears?|ocular|eyes?|product|detergent|cleaner|solution|safety data sheet|aspirado|gastric[oa]|urina|fezes|fita|conjuntival|lagrima|produto)\b`)

// addMeterReading adds the reading rx captures for an analyte not
// measured in a structured field, when it is plausible (lo–hi).
// fingerstickRx: a capillary glucose told in the notes with its unit
// ("fingerstick glucose 41 mg/dL before juice", "HGT 38 mg/dL").
var fingerstickRx = regexp.MustCompile(`\b(?:fingerstick|finger.?stick|finger.?prick|capillary|point.of.care|hgt|dextro|glicemia capilar)\b(?: (?:blood )?(?:glucose|sugar))?(?: (?:inicial|initial|de entrada|na chegada|on arrival|first))?(?: (?:was|of|de|:))? (\d{2,3}) ?mg/dl\b`)

// addEarlierCriticalGlucose keeps a critically low or high capillary
// glucose told in the notes even when the vitals carry a later, normal
// reading: a sulfonylurea hypoglycaemia corrected before the visit is
// still a critical value to act on (the structured reading is the one
// after treatment).
func (c *Case) addEarlierCriticalGlucose() {
	m := fingerstickRx.FindStringSubmatch(c.Text)
	if m == nil {
		return
	}
	v, ok := parseNum(m[1])
	if !ok || v >= 50 && v <= 450 || c.hasLab("glucose", v) {
		return
	}
	d := MatchLabName("glucose")
	if d == nil {
		return
	}
	if nl, ok := normaliseLab(d, "glucose", v, "mg/dl"); ok {
		nl.Source = "text"
		c.Labs = append(c.Labs, nl)
	}
}

func (c *Case) addMeterReading(rx *regexp.Regexp, analyte, unit string, lo, hi float64) {
	m := rx.FindStringSubmatch(c.Text)
	if m == nil || c.hasStructuredLab(analyte) {
		return
	}
	// the reading is the first group that matched ("said 498" or
	// "was 38 on the meter")
	num := ""
	for _, g := range m[1:] {
		if g != "" {
			num = g
			break
		}
	}
	d := MatchLabName(analyte)
	v, ok := parseNum(num)
	if d == nil || !ok || c.hasLab(analyte, v) {
		return
	}
	// a home glucose meter shows mmol/L or mg/dL by country: a reading
	// under 35 is mmol/L (35 mg/dL would be a coma, 35 mmol/L is 630 mg/dL)
	if analyte == "glucose" && unit == "" {
		unit = "mg/dl"
		if v < 35 {
			unit = "mmol/l"
		}
	}
	if nl, ok := normaliseLab(d, analyte, v, unit); ok && nl.Value >= lo && nl.Value <= hi {
		nl.Source = "text"
		c.Labs = append(c.Labs, nl)
	}
}

// pastAdmissionRx and stillNowRx: a stay in hospital placed in an
// earlier year ("admitted in 2016 after a suicide attempt"), unless the
// sentence comes back to now after it.
var (
	pastAdmissionRx = regexp.MustCompile(`\b(?:admitted|hospitali[sz]ed|internad[oa]|admissions?|hospitali[sz]ations?|internac(?:ao|oes)|hospitalizac(?:ao|oes)|hospitalizad[oa]|ventilated|intubated|intubad[oa]|operated|operad[oa]|treated)(?: \w+){0,3} (?:in|em) (?:19|20)\d\d\b`)
	stillNowRx      = regexp.MustCompile(`\b(?:now|still|currently|today|since then|ever since|and (?:is|takes|has|was started|started)|agora|ainda|atualmente|hoje|desde entao|e (?:toma|usa|esta|tem))\b`)
)

// pastAdmission tells whether the words before a mention, from the start
// of its sentence, place it in an earlier admission: "admitted in 2021
// with potassium 6.9 after taking ibuprofen".
func pastAdmission(pre string) bool {
	loc := pastAdmissionRx.FindAllStringIndex(pre, -1)
	return loc != nil && !stillNowRx.MatchString(pre[loc[len(loc)-1][1]:])
}

// pastValueRx and pastEpisodeRx mark a lab value of an earlier episode:
// "at the time", "at that admission" or a past year just after it, or
// inside brackets that follow a past year ("PCI in 2016 (troponin I 18 ng/mL)").
var (
	pastValueRx   = regexp.MustCompile(`^[^.;\n(]{0,12}?\b(?:at the time|back then|(?:a|an|one|two|three|four|five|six|several|\d{1,2}) (?:years?|months?) ago|last year|a year before|ha (?:um|uma|dois|duas|tres|\d{1,2}) (?:anos?|meses)|(?:no )?ano passado|in (?:19|20)\d\d|na (?:epoca|ocasiao)|naquela (?:epoca|ocasiao)|em (?:19|20)\d\d|(?:during|at|on|from) (?:that|his|her|the previous|the earlier|an earlier|a previous|the index|last year's) (?:admission|stay|episode|event|hospitali[sz]ation|presentation)|naquela internacao|durante (?:aquela|a internacao anterior))\b`)
	pastEpisodeRx = regexp.MustCompile(`\b(?:in|em|back in|durante) (?:19|20)\d\d\b (?:com|with) [^()]{0,50}$|(?:\b(?:in|em|back in|during|durante) (?:19|20)\d\d|\b(?:\d+|two|three|four|five|several|many) years? ago|\bha (?:\d+|dois|tres|quatro|cinco|varios) anos|\banos atras)\s*$`)
)

// pastValueAt tells whether the lab value at t[loc:loc+n] belongs to an
// earlier episode of care.
func pastValueAt(t string, loc, n int) bool {
	if pastValueRx.MatchString(t[loc+n:]) {
		return true
	}
	start := strings.LastIndexAny(t[:loc], ".;\n")
	before := t[start+1 : loc]
	open := strings.LastIndex(before, "(")
	if open < 0 || strings.Contains(before[open:], ")") {
		return false
	}
	return pastEpisodeRx.MatchString(before[:open])
}

// glucoseMeterRx: a home glucose meter and what it "said": "checked him
// with her sugar meter in the car, said 498".
var glucoseMeterRx = regexp.MustCompile(`\b(?:sugar|glucose|blood sugar|glicose|glicemia|acucar)\b(?: (?:meter|machine|monitor|aparelho|aparelhinho)\b|[^\n.]{0,40}?\b(?:meter|machine|monitor|glucometer|aparelho|aparelhinho|glicosimetro)\b)[^\n.]{0,40}?\b(?:said|says|read|reads|showed|shows|gave|came up(?: with)?|deu|marcou|mostrou|mostra)(?: at| as| an?)? (\d{1,3}(?:[.,]\d{1,2})?)\b|\b(?:sugar|glucose|blood sugar|glicose|glicemia|acucar)\b (?:was|is|read|reads|came up|deu|foi|estava|esta|ta|tava)(?: at| as| an?| de)? (\d{1,3}(?:[.,]\d{1,2})?) (?:on|in|no|pelo|na) (?:the |his |her |my |our |o |a |meu |seu |dele |dela )?(?:meter|machine|monitor|glucometer|aparelho|aparelhinho|glicosimetro)\b`)

// inrReadingRx: an INR self-testing meter and, within a sentence or two,
// its reading.
var inrReadingRx = regexp.MustCompile(`\b(?:inr|coaguchek|coagucheck)\b[^\n]{0,160}?\b(?:(?:reading|result|number|value)s?(?: today)? (?:was|is|of|came back|came up|showed|said|gave|deu|foi)|it (?:said|read|showed|gave|came up(?: with)?))(?: at| as| an?)? (\d{1,2}(?:[.,]\d{1,2})?)\b`)

// episodeCueRx marks a measurement taken by the care team in this episode.
// (a paid carer's or care home's fingerprick counts: it is the care
// team's measurement of this episode)
var episodeCueRx = regexp.MustCompile(`\b(samu|ems|paramedic\w*|ambulance|on arrival|at arrival|na chegada|a chegada|at triage|na triagem|pre.?hospital\w*|bombeiros|resgate|in the ambulance|crew|carer|care home|nursing home|district nurse|cuidador[a]?|casa de repouso|ilpi)\b`)

func (c *Case) hasStructuredLab(analyte string) bool {
	for _, l := range c.Labs {
		if l.Analyte == analyte && l.Source != "text" {
			return true
		}
	}
	return false
}

func (c *Case) hasLab(analyte string, v float64) bool {
	for _, l := range c.Labs {
		if l.Analyte == analyte && (math.Abs(l.Value-v) < 1e-6 || math.Abs(l.RawValue-v) < 1e-6) {
			return true
		}
	}
	return false
}

// --- medications

var (
	stoppedRx    = regexp.MustCompile(`\b(stopped|discontinued|ceased|no longer (taking|takes|on)|suspens[oa]|suspendeu|suspendido|parou|interrompeu|nao (usa|toma) mais|deixou de (usar|tomar)|off since)\b`)
	activeCueRx  = regexp.MustCompile(`\b(on|taking|takes|take|started|starting|commenced|prescribed|given|received|using|uses|use of|treated with|course of|em uso de|uso de|usa|usando|toma|tomando|iniciou|iniciad[oa]|inicio de|comecou|prescrit[oa]|prescreveu|receitou|recebeu|recebendo|com|sob)\b`)
	startedAfter = regexp.MustCompile(`^\s*(\d+\s*(mg|mcg|g|ui|units?|ml)\b|(was |were )?(started|commenced|prescribed|added|iniciad[oa]|prescrit[oa]|introduzid[oa]))`)
	allergyCueRx = regexp.MustCompile(`\b(allerg\w*|alergi\w*|alergic[oa]|hives|urticaria|anaphyla\w*|anafila\w*|angioedema|rash with|reaction to|reacao|intoleran\w*|edema de glote|lip swelling|swelling with|inchaco (nos|dos|no|do) (labios|olhos|rosto|boca)|labios inchados|placas vermelhas|empolou|vergoes)\b`)
)

// avoidedAfterRx and avoidedBeforeRx: a drug named as avoided or not
// chosen, right after or before its name
var (
	avoidedAfterRx = regexp.MustCompile(`^\s*(was |were |is |has been |foi )?(avoided|not (used|given|started|suitable|chosen|an option)|contraindicated|evitad[oa]|contraindicad[oa]|nao indicad[oa])\b`)
	// (or asked about, not taken: "asked whether she could take ibuprofen")
	avoidedBeforeRx = regexp.MustCompile(`\b(avoid(ed|ing)?|not (give|given|prescribe|prescribed|start|started)|evitar|evitou|evitad[oa]|sem indicacao de|((whether|if|se) (she |he |they |i |you |ela |ele |eu )?(could|can|should|may|might|pode|podia|poderia|deve|deveria)|(can|could|may|should|posso|pode|poderia|devo) (i|he|she|we|they|you|eu|ele|ela)|is it (ok|okay|safe|alright) (for (me|him|her) )?to) (take|use|have|try|start|tomar|usar|comecar)( (some|the|a|an|um|uma|o|a))?( [\w-]+ (or|ou))?)\s+$`)
	// someoneElsesDrugRx: a relative named as the one taking the drug
	someoneElsesDrugRx = regexp.MustCompile(`\b(husband|wife|partner|boyfriend|girlfriend|son|daughter|mother|father|mum|dad|brother|sister|flatmate|roommate|marido|esposa|esposo|namorad[oa]|companheir[oa]|filh[oa]|mae|pai|irma|irmao)('s)? (\w+ ){0,2}(uses|takes|is on|was on|has|toma|usa|tomava|usava)( (some|the|a|an|um|uma|o|a))?\s+$`)
	// pastCourseBeforeRx and pastYearAfterRx: a drug given once in an
	// earlier year ("was prescribed co-trimoxazole for a UTI in 2022")
	pastCourseBeforeRx = regexp.MustCompile(`\b((was|were|had been) (prescribed|given|treated with)|(had|took) (a )?(course|courses|dose|single dose) of|(foi|tinha sido) (prescrit[oa]|receitad[oa]|dad[oa])|tomou|recebeu)\s+$`)
	pastYearAfterRx    = regexp.MustCompile(`^[^.;]{0,40}\b((in|em) (19|20)\d\d|(\d+|two|three|several) years? ago|last year|ano passado|ha \d+ anos)\b`)
)

// localRx: a product for the skin, ear or eye, or a hormonal coil that
// acts in the womb; oralRx overrides it
// ("miconazole oral gel", "gotas via oral").
var (
	localRx = regexp.MustCompile(`\b(ear|eye|otic|ophthalmic) drops?\b|\b(otic|ophthalmic|otologic\w*|oftalmic\w*)\b|\bcolirio\b|\bgotas (otologicas|oftalmicas|no ouvido|nos olhos|no olho)\b|\b(cream|creme|ointment|pomada|lotion|locao|shampoo|xampu)\b|\btopical(ly)?\b|\btopic[oa]\b|\b(skin|cutaneous|cutaneo) gel\b|\d ?% gel\b|\bgel (\d+ ?% )?(topically|on the skin|na pele)\b|\b(mirena|kyleena|jaydess|levosert|intrauterine (system|device)|\bius\b|sistema intrauterino|diu hormonal|siu)\b`)
	oralRx  = regexp.MustCompile(`\b(oral|orally|by mouth|via oral|vo|swallow\w*|mouth|boca)\b`)
)

func (c *Case) extractMeds(list []string) {
	seen := map[string]bool{}
	for _, e := range list {
		f := Fold(e)
		stopped := stoppedRx.MatchString(f)
		for _, d := range FindDrugs(e, true) {
			m := Med{Generic: d.Generic, Raw: e, Source: "list", Stopped: stopped, Drug: d, Local: localRx.MatchString(f) && !oralRx.MatchString(f)}
			if stopped {
				c.StoppedMeds = append(c.StoppedMeds, m)
				continue
			}
			if !seen[d.Generic] {
				seen[d.Generic] = true
				c.Meds = append(c.Meds, m)
			}
		}
	}
	// Drugs the notes say the patient is taking ("started on amiodarone",
	// "em uso de varfarina"), but not ones negated, stopped or named as the
	// cause of an allergy.
	t := c.Text
	sents := sentences(t)
	// a drug on the allergy list named in the notes is the reaction's
	// story ("crise de asma com AAS"), not a drug being taken
	allergic := map[string]bool{}
	if c.Input != nil {
		for _, a := range c.Input.Allergies {
			for _, d := range FindDrugs(a, true) {
				allergic[d.Generic] = true
			}
		}
	}
	for _, sp := range drugSpans(t, false) {
		if seen[sp.drug.Generic] || allergic[sp.drug.Generic] {
			continue
		}
		var s span
		for _, x := range sents {
			if sp.start >= x.start && sp.start < x.end {
				s = x
				break
			}
		}
		sent := t[s.start:s.end]
		before := t[max(s.start, sp.start-60):sp.start]
		after := t[sp.end:min(s.end, sp.end+40)]
		if allergyCueRx.MatchString(sent) {
			continue
		}
		if stoppedRx.MatchString(before[max(0, len(before)-30):]) || stoppedRx.MatchString(after[:min(len(after), 30)]) {
			continue
		}
		// "flecainide avoided because of coronary disease": named as not
		// chosen
		if avoidedAfterRx.MatchString(after) || avoidedBeforeRx.MatchString(before) {
			continue
		}
		if pastCourseBeforeRx.MatchString(before) && pastYearAfterRx.MatchString(after) {
			continue
		}
		// "her husband uses sildenafil": somebody else's medicine
		if someoneElsesDrugRx.MatchString(before) {
			continue
		}
		if triggerBefore(negPreFor(c.Lang), t[s.start:sp.start], 5, negPseudo) {
			continue
		}
		if !activeCueRx.MatchString(before) && !startedAfter.MatchString(after) {
			continue
		}
		// "admitted in 2021 with potassium 6.9 after taking ibuprofen": a
		// drug of an earlier episode, not one taken now
		if pastAdmission(t[s.start:sp.start]) {
			continue
		}
		seen[sp.drug.Generic] = true
		c.Meds = append(c.Meds, Med{Generic: sp.drug.Generic, Raw: t[sp.start:sp.end], Source: "text", Drug: sp.drug})
	}
	sort.SliceStable(c.Meds, func(i, j int) bool { return c.Meds[i].Generic < c.Meds[j].Generic })
}

// --- allergies

var (
	thousandsRx   = regexp.MustCompile(`^\d{1,3}(\.\d{3})+$`)
	reactionRx    = regexp.MustCompile(`\b(hives|urticaria|anaphyla\w*|angioedema|lip swelling|swelling|edema de glote|rash|reaction|reacao|alergia|allergy|inchaco|labios inchados|placas vermelhas|empolou|vergoes)\b`)
	linkRx        = regexp.MustCompile(`\b(with|after|to|com|apos|ao|a)\b`)
	linkEndRx     = regexp.MustCompile(`(with|after|to|apos|ao)\s*$`)
	allergyWordRx = regexp.MustCompile(`\b(allerg\w*|alergi\w*|alergic[oa])\b`)
	treatedForRx  = regexp.MustCompile(`\b(treated|treating|managed|tratad[oa]s?|medicad[oa]s?|conduzid[oa]s?) (as|for|como|para)\b`)
)

var (
	nkdaRx = regexp.MustCompile(`^(none|nkda|nka|no known (drug )?allergies|nega alergias?|sem alergias?( conhecidas)?|nenhuma|nao|no)$`)
	// (a spaced dash or a question starts a new clause too: "allergic to
	// penicillin - is the doxycycline safe?")
	allergyClauseEndRx = regexp.MustCompile(`\s-\s|\b((and|e) (his|her|their|the|my|a|an|it|he|she|they|has|had|is|was|o|a|os|as|seu|sua|ele|ela|tem|foi)|(is|are|can|could|should|would|will|does|do) (the|it|i|he|she|this|that|my)|but|which|who|so|because|when|since|mas|porque|quando|que|pois)\b`)
	allergyTextRx      = regexp.MustCompile(`\b(?:allergic to|allergy to|allergies to|alergia a|alergia ao|alergia à|alergic[oa] a|alergic[oa] ao)\s+([a-z0-9 \-/]+)`)
)

func resolveAllergy(raw, src string) Allergy {
	a := Allergy{Raw: raw, Source: src}
	if cl := FindClass(raw); cl != nil {
		a.Class = cl.Name
	}
	if ds := FindDrugs(raw, true); len(ds) > 0 {
		// "penicillin" names both a class and benzylpenicillin: the class wins.
		if a.Class == "" || !ds[0].HasClass(a.Class) {
			a.Generic = ds[0].Generic
		}
	}
	return a
}

// delabelledRx: an allergy label removed after a negative challenge or
// testing (BSACI 2022 penicillin allergy de-labelling).
var delabelledRx = regexp.MustCompile(`\b(de.?label\w*|label (was )?removed|removed (from the record|after)|negative (\w+ ){0,3}(challenge|provocation|testing)|not (truly )?allergic|nao (e )?alergic[oa]|desrotulad\w*|(teste de )?provocacao (oral )?negativ\w*|alergia (foi )?descartada)`)

func (c *Case) extractAllergies(list []string) {
	seen := map[string]bool{}
	add := func(a Allergy) {
		k := a.Generic + "|" + a.Class + "|" + Fold(a.Raw)
		if a.Generic != "" || a.Class != "" {
			k = a.Generic + "|" + a.Class
		}
		if seen[k] {
			return
		}
		seen[k] = true
		c.Allergies = append(c.Allergies, a)
	}
	for _, e := range list {
		if strings.TrimSpace(e) == "" || nkdaRx.MatchString(Fold(e)) || delabelledRx.MatchString(Fold(e)) {
			continue
		}
		add(resolveAllergy(e, "list"))
	}
	t := c.Text
	for _, m := range allergyTextRx.FindAllStringSubmatchIndex(t, -1) {
		frag := t[m[2]:m[3]]
		// the list ends where a new clause starts: "allergic to peanuts
		// and his EpiPen is in the office" names no allergy to adrenaline
		if loc := allergyClauseEndRx.FindStringIndex(frag); loc != nil {
			frag = frag[:loc[0]]
		}
		// (an allergy the same sentence says was disproven is no allergy)
		if delabelledRx.MatchString(Fold(t[m[0]:min(len(t), m[1]+120)])) {
			continue
		}
		if a := resolveAllergy(frag, "text"); a.Generic != "" || a.Class != "" {
			add(a)
		}
	}
	// "hives and lip swelling with ibuprofen in the past": a reaction sentence
	// naming a drug is an allergy history.
	for _, s := range sentences(t) {
		sent := t[s.start:s.end]
		if !reactionRx.MatchString(sent) {
			continue
		}
		if !linkRx.MatchString(sent) {
			continue
		}
		// "prescribed ciprofloxacin and clindamycin, but an allergy to
		// ciprofloxacin is recorded (anaphylaxis)": the sentence names
		// its allergy, read above; the reaction is that drug's
		if allergyTextRx.MatchString(sent) {
			continue
		}
		reactions := reactionRx.FindAllStringIndex(sent, -1)
		for _, sp := range drugSpans(sent, false) {
			before := sent[:sp.start]
			if activeCueRx.MatchString(before[max(0, len(before)-25):]) && !linkEndRx.MatchString(before) {
				continue
			}
			// "fever not settling with paracetamol": a treatment that did
			// not work, not a reaction to it
			if notHelpedRx.MatchString(before) {
				continue
			}
			// "treated as allergic eyelid swelling with cetirizine": the
			// drug treats the reaction named before it; no reaction is
			// told after it
			if treatedForRx.MatchString(before) && !reactionRx.MatchString(sent[sp.end:]) {
				continue
			}
			// the drug must sit by the reaction ("hives with ibuprofen"),
			// not elsewhere in a long sentence ("(penicillin allergy) and
			// colchicine for a gout flare")
			near := false
			for _, r := range reactions {
				// ("penicillin allergy (urticaria), so doxycycline
				// prescribed": the drug after "so" is the alternative
				// chosen because of the allergy)
				// ("gave fosfomycin because of a penicillin allergy": the
				// allergy named after "because of" is another drug's)
				if sp.start-r[1] <= 30 && sp.start >= r[1] && linkRx.MatchString(sent[r[1]:sp.start]) && !alternativeChosenRx.MatchString(sent[r[1]:sp.start]) || r[0]-sp.end <= 30 && r[0] >= sp.end && !becauseOfRx.MatchString(sent[sp.end:r[0]]) {
					near = true
				}
			}
			if !near {
				continue
			}
			add(Allergy{Raw: sent[sp.start:sp.end], Generic: sp.drug.Generic, Source: "text"})
		}
		if cl := FindClass(sent); cl != nil && allergyWordRx.MatchString(sent) {
			add(Allergy{Raw: sent, Class: cl.Name, Source: "text"})
		}
	}
	sort.SliceStable(c.Allergies, func(i, j int) bool {
		if c.Allergies[i].Source != c.Allergies[j].Source {
			return c.Allergies[i].Source < c.Allergies[j].Source
		}
		return Fold(c.Allergies[i].Raw) < Fold(c.Allergies[j].Raw)
	})
}

// becauseOfRx: a reason that follows the drug chosen for it.
var becauseOfRx = regexp.MustCompile(`(?i)\b(because of|due to|owing to|in view of|given (her|his|the|a)|por causa d[ae]|devido a|em razao d[ae])\b`)

// alternativeChosenRx: the words that introduce the drug given instead
// because of an allergy
var alternativeChosenRx = regexp.MustCompile(`(?i)\b(so|therefore|hence|instead|thus|switched to|changed to|given|prescribed|started|por isso|entao|portanto|trocad[oa] para|substituid[oa] por|prescrit[oa])\b`)

// currentLabRx and earlierLabRx read a structured lab's name for when it was
// taken: "capillary glucose (now)", "glucose (paramedic)".
var (
	currentLabRx = regexp.MustCompile(`\b(now|current|currently|latest|repeat|repeated|after (treatment|glucose|correction)|on review|atual|agora|repetid[oa]|controle|apos (tratamento|correcao))\b`)
	earlierLabRx = regexp.MustCompile(`\b(paramedics?|ems|ambulance|pre.?hospital|prehospital|initial|on arrival|earlier|previous|before (treatment|glucose)|samu|inicial|na chegada|anterior|antes)\b`)
)

// markEarlierRepeats: when one analyte is given twice and the names say
// which value is the current one, the others are earlier values (a
// hypoglycaemia corrected by the paramedics). They keep their alerts but do
// not grade the case now.
func (c *Case) markEarlierRepeats() {
	for i := range c.Labs {
		li := &c.Labs[i]
		if !currentLabRx.MatchString(Fold(li.Name)) || earlierLabRx.MatchString(Fold(li.Name)) {
			continue
		}
		for j := range c.Labs {
			lj := &c.Labs[j]
			if j != i && lj.Analyte == li.Analyte && !currentLabRx.MatchString(Fold(lj.Name)) {
				lj.Earlier = true
			}
		}
	}
}

// notReducedDrowsyRx: sleepiness that is no reduced consciousness, in
// folded text (a patient who says they "feel more drowsy than usual" is
// awake enough to say so).
var notReducedDrowsyRx = regexp.MustCompile(`\b(feel(s|ing)? (more |a bit |a little |quite |somewhat )?(drowsy|sleepy)( than (usual|normal))?|(excessive )?daytime (sleepiness|somnolence|drowsiness)|(sleepy|drowsy) (during|in) the day|sonolencia (durante o dia|diurna|de dia|excessiva diurna)|(a little|a bit|slightly|mildly|somewhat) (drowsy|sleepy)|(um pouco|levemente|meio) (sonolent[oa]|sonolencia)|epworth|(drowsy|drowsier|sleepy|sleepier|sonolent[oa]|mais sonolent[oa])[^.;]{0,30}\b(but|mas)\b (\w+ ){0,2}(wakes?|rous(es|able)|easily roused|acorda|desperta)\b|(sleepy|drowsy|sonolent[oa]) (for|por) (about |around |cerca de |uns )?(\d+|a few|few|ten|fifteen|twenty|alguns|uns) (minutes|mins|minutos)[^.;]{0,15}\b(but|and|mas|e) (now|agora|ja)\b)\b`)

// notHelpedRx: a drug that failed to relieve, just before its name.
var notHelpedRx = regexp.MustCompile(`\b(not settling|not settled|not responding|not helped|no better|not controlled|not (coming|going) down|not breaking|unresponsive|despite|even with|in spite of|nao cede|nao cedeu|nao melhora|nao melhorou|nao (baixa|baixou|abaixa|abaixou)|sem melhora|mesmo com|(won'?t|wont|doesn'?t|didn'?t|will not|does not|did not|isn'?t|is not) (come|go|settle|break|budge|shift|respond|help|improve|get better)( down| up)?( (properly|fully|much|at all|completely|really))?|nao (passa|passou|abaixa|baixa|cede|melhora)( direito| de jeito nenhum| nem)?)( with| to| by| com)?\s*$`)

// baselineCrRx finds a stated baseline creatinine in the folded notes:
// "baseline creatinine 1.2", "creatinina basal 1,2", "baseline creat 1.7",
// "Baseline creatinine 105 umol/L".
var baselineCrRx = regexp.MustCompile(`\b(?:(?:baseline|usual|basal|de base) (?:serum )?(?:creatinine|creatinina|creat|cr)|(?:creatinine|creatinina|creat) (?:basal|baseline|de base|habitual|usual))(?: was| de| of| era| is| e|:|=)? ?(\d+(?:[.,]\d+)?) ?(umol/l|micromol/l|µmol/l|mg/dl)?`)

// BaselineCreatinine returns the baseline creatinine in mg/dL stated in
// the notes, which KDIGO staging of an acute kidney injury needs.
func (c *Case) BaselineCreatinine() (float64, bool) {
	m := baselineCrRx.FindStringSubmatch(c.Text)
	if m == nil {
		return 0, false
	}
	v, ok := parseNum(m[1])
	if !ok || v <= 0 {
		return 0, false
	}
	if m[2] == "umol/l" || m[2] == "micromol/l" || m[2] == "µmol/l" || m[2] == "" && v > 20 {
		v /= 88.4
	}
	if v < 0.2 || v > 15 {
		return 0, false
	}
	return v, true
}
