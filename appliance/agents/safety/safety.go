// Package safety runs the checks every case gets, whatever its triage:
// major drug–drug interactions, allergy conflicts (class-aware) and critical
// laboratory values. Its tables ship as data (data/interactions.tsv here,
// drug classes and lab ranges in the clinical package), each row with its
// source. It also answers the validator's question "is it safe to give drug X
// to this patient?".
package safety

import (
	"bufio"
	"embed"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/casemodel"
)

//go:embed data/interactions.tsv
var dataFS embed.FS

// Interaction is one row of data/interactions.tsv.
type Interaction struct {
	A, B     string // generic or class:NAME
	Severity string // contraindicated|major|moderate
	Effect   clinical.Text
	Source   string
}

// Alerting reports whether the severity raises an alert.
func (i Interaction) Alerting() bool { return i.Severity == "major" || i.Severity == "contraindicated" }

var (
	ixOnce sync.Once
	ixRows []Interaction
	ixErr  error
)

func interactions() []Interaction {
	ixOnce.Do(func() {
		ixRows, ixErr = parseInteractions()
		if ixErr != nil {
			panic(ixErr)
		}
	})
	return ixRows
}

func parseInteractions() ([]Interaction, error) {
	f, err := dataFS.Open("data/interactions.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Interaction
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fs := strings.Split(t, "\t")
		if len(fs) != 6 {
			return nil, fmt.Errorf("interactions.tsv:%d: %d columns", line, len(fs))
		}
		for _, side := range fs[:2] {
			if c, ok := strings.CutPrefix(side, "class:"); ok {
				if len(clinical.DrugsInClass(c)) == 0 {
					return nil, fmt.Errorf("interactions.tsv:%d: unknown class %q", line, c)
				}
			} else if _, ok := clinical.DrugByName(side); !ok {
				return nil, fmt.Errorf("interactions.tsv:%d: unknown drug %q", line, side)
			}
		}
		switch fs[2] {
		case "contraindicated", "major", "moderate":
		default:
			return nil, fmt.Errorf("interactions.tsv:%d: bad severity %q", line, fs[2])
		}
		if strings.TrimSpace(fs[5]) == "" {
			return nil, fmt.Errorf("interactions.tsv:%d: no source", line)
		}
		out = append(out, Interaction{A: fs[0], B: fs[1], Severity: fs[2], Effect: clinical.T(fs[3], fs[4]), Source: fs[5]})
	}
	return out, sc.Err()
}

func matches(side string, d *clinical.Drug) bool {
	if c, ok := strings.CutPrefix(side, "class:"); ok {
		return d.HasClass(c)
	}
	return d.Generic == side
}

var sevRank = map[string]int{"moderate": 1, "major": 2, "contraindicated": 3}

// Lookup returns the most severe interaction between two drugs, if any.
func Lookup(a, b *clinical.Drug) (Interaction, bool) {
	if a == nil || b == nil || a.Generic == b.Generic {
		return Interaction{}, false
	}
	var best Interaction
	found := false
	for _, ix := range interactions() {
		if (matches(ix.A, a) && matches(ix.B, b)) || (matches(ix.A, b) && matches(ix.B, a)) {
			if !found || sevRank[ix.Severity] > sevRank[best.Severity] {
				best, found = ix, true
			}
		}
	}
	return best, found
}

// Finding is a safety finding with its provenance, richer than the contract
// alert it becomes.
type Finding struct {
	Alert    casemodel.Alert `json:"alert"`
	Severity string          `json:"severity"`
	Source   string          `json:"source"`
	Detail   clinical.Text   `json:"detail"`
}

// Result is the safety agent's output.
type Result struct {
	Alerts      []casemodel.Alert `json:"alerts"`
	Findings    []Finding         `json:"findings"`
	Moderate    []Finding         `json:"moderate_interactions,omitempty"`
	CheckedMeds []string          `json:"checked_medications"`
	Allergies   []string          `json:"allergies"`
	Evidence    []string          `json:"evidence"`
}

// systemicFromEye: eye drops absorbed enough to interact (Timoptic and
// Alphagan P labels).
func systemicFromEye(d *clinical.Drug) bool {
	return d.HasClass("beta_blocker") || d.HasClass("alpha2_agonist")
}

// Check runs every safety check on a case.
func Check(c *clinical.Case) Result {
	lang := c.Lang
	r := Result{Alerts: []casemodel.Alert{}}
	for _, m := range c.Meds {
		r.CheckedMeds = append(r.CheckedMeds, m.Generic)
	}
	for _, a := range c.Allergies {
		r.Allergies = append(r.Allergies, a.Raw)
	}
	// Drug–drug interactions, each pair once.
	for i := 0; i < len(c.Meds); i++ {
		for j := i + 1; j < len(c.Meds); j++ {
			a, b := c.Meds[i], c.Meds[j]
			// a cream or ear drops take no part in systemic interactions
			// (a beta-blocker's eye drops do: bradycardia with verapamil;
			// so do brimonidine's: hypertension with an MAO inhibitor)
			if a.Local && !systemicFromEye(a.Drug) || b.Local && !systemicFromEye(b.Drug) {
				continue
			}
			ix, ok := Lookup(a.Drug, b.Drug)
			if !ok || withinDoseLimit(a, b) {
				continue
			}
			drugs := []string{a.Generic, b.Generic}
			sort.Strings(drugs)
			msg := interactionMessage(lang, drugs, ix)
			f := Finding{Severity: ix.Severity, Source: ix.Source, Detail: ix.Effect,
				Alert: casemodel.Alert{Kind: "drug_interaction", Drugs: drugs, Severity: "major", Message: msg}}
			if ix.Alerting() {
				r.Findings = append(r.Findings, f)
			} else {
				f.Alert.Severity = "moderate"
				r.Moderate = append(r.Moderate, f)
			}
		}
	}
	r.Findings = append(r.Findings, tripleWhammy(c, r.Findings)...)
	r.Findings = append(r.Findings, washoutConflicts(c)...)
	// Allergy conflicts.
	seenAllergy := map[string]bool{}
	for _, m := range c.Meds {
		for _, al := range c.Allergies {
			why, ok := AllergyConflict(m.Drug, al)
			if !ok || seenAllergy[m.Generic] {
				continue
			}
			seenAllergy[m.Generic] = true
			r.Findings = append(r.Findings, Finding{Severity: "major", Source: why.Source, Detail: why.Text,
				Alert: casemodel.Alert{Kind: "allergy", Drugs: []string{m.Generic}, Severity: "major",
					Message: clinical.T(
						fmt.Sprintf("%s conflicts with the documented allergy to %s: %s", m.Generic, al.Raw, why.Text.EN),
						fmt.Sprintf("%s conflita com a alergia documentada a %s: %s", m.Generic, al.Raw, why.Text.PT)).In(lang)}})
		}
	}
	// Critical labs: one alert per analyte, the most extreme value.
	type crit struct {
		l   clinical.Lab
		dir string
		thr string
	}
	best := map[string]crit{}
	for _, l := range c.Labs {
		dir, thr, ok := Critical(l)
		if !ok {
			continue
		}
		prev, had := best[l.Analyte]
		if !had || extremity(l) > extremity(prev.l) {
			best[l.Analyte] = crit{l, dir, thr}
		}
	}
	// One finding, one alert: a low white count is reported through its
	// neutrophils when both are critical (the count that guides febrile
	// neutropenia care, NICE CG151), and a low bicarbonate through the pH
	// of the same acidosis. The covered value still shows in the message.
	for covered, by := range redundantCritical {
		if _, ok := best[by]; ok {
			delete(best, covered)
		}
	}
	// A low white count next to a measured neutrophil count that is not
	// critical is no critical finding: the absolute neutrophil count is the
	// value that decides (NICE CG151; CTCAE grades neutropenia, not the
	// total count).
	if w, ok := best["wbc"]; ok && w.dir == "low" {
		if _, measured := c.Lab("neutrophils"); measured {
			delete(best, "wbc")
		}
	}
	// A high creatinine is the usual state of a patient on maintenance
	// dialysis, not a new critical finding (KDIGO 2012): potassium, pH and
	// the clinical picture carry the alert there.
	if cr, ok := best["creatinine"]; ok && cr.dir == "high" && maintenanceDialysisRx.MatchString(clinical.Fold(c.Text)) {
		delete(best, "creatinine")
	}
	analytes := make([]string, 0, len(best))
	for a := range best {
		analytes = append(analytes, a)
	}
	sort.Strings(analytes)
	for _, a := range analytes {
		cr := best[a]
		v := cr.l.Value
		src := ""
		if cr.l.Def != nil {
			src = cr.l.Def.Source
		}
		r.Findings = append(r.Findings, Finding{Severity: "critical", Source: src,
			Alert: casemodel.Alert{Kind: "critical_lab", Analyte: reportedAnalyte(a), Value: &v, Unit: cr.l.Unit, Severity: "critical",
				Message: critMessage(lang, cr.l, cr.dir, cr.thr)}})
	}
	for _, f := range r.Findings {
		r.Alerts = append(r.Alerts, f.Alert)
	}
	sortAlerts(r.Alerts)
	r.Evidence = []string{"kb:drug-interactions", "kb:drug-allergy-cross-reactivity", "kb:critical-lab-values"}
	return r
}

// redundantCritical maps an analyte to the one whose critical alert
// already reports the same finding.
var redundantCritical = map[string]string{"wbc": "neutrophils", "bicarbonate": "ph", "pco2": "ph"}

func sortAlerts(a []casemodel.Alert) {
	order := map[string]int{"critical_lab": 0, "drug_interaction": 1, "allergy": 2}
	sort.SliceStable(a, func(i, j int) bool {
		if order[a[i].Kind] != order[a[j].Kind] {
			return order[a[i].Kind] < order[a[j].Kind]
		}
		ki := a[i].Analyte + strings.Join(a[i].Drugs, ",")
		kj := a[j].Analyte + strings.Join(a[j].Drugs, ",")
		return ki < kj
	})
}

func interactionMessage(lang string, drugs []string, ix Interaction) string {
	sev := map[string]clinical.Text{"contraindicated": clinical.T("contraindicated combination", "associação contraindicada"),
		"major": clinical.T("major interaction", "interação grave"), "moderate": clinical.T("moderate interaction", "interação moderada")}[ix.Severity]
	return fmt.Sprintf("%s + %s — %s: %s", drugs[0], drugs[1], sev.In(lang), ix.Effect.In(lang))
}

// Why explains a conflict.
type Why struct {
	Text   clinical.Text
	Source string
}

var sideChain = map[string][]string{
	// identical or similar R1 side chains: the aminopenicillins and the
	// aminocephalosporins (AAAAI/ACAAI 2022 drug allergy practice parameter,
	// table of beta-lactam side-chain similarity: after an amoxicillin or
	// ampicillin reaction, avoid cephalexin, cefadroxil, cefaclor, cefprozil)
	"amoxicillin": {"cefadroxil", "cefprozil", "cephalexin", "cefaclor"},
	"ampicillin":  {"cephalexin", "cefaclor", "cefadroxil", "cefprozil"},
	"cephalexin":  {"ampicillin", "amoxicillin"},
	"cefadroxil":  {"amoxicillin", "ampicillin"},
	"cefaclor":    {"ampicillin", "amoxicillin"},
}

var (
	// sideEffectRx: reactions that are a drug's known side effects.
	sideEffectRx = regexp.MustCompile(`\b(vomit\w*|nause\w*|sick|enjoo\w*|vomito\w*|constipat\w*|constipa\w*|prisao de ventre|drows\w*|sleepy|sonolen\w*|stomach upset|upset stomach|upset tummy|gi upset|gastric upset|dyspeps\w*|indigestion|diarr\w*|dizz\w*|tontura|headache|dor de cabeca|intoleran\w*|side.effects?|efeitos? colatera\w*|mal.estar)\b`)
	// allergicRx: reactions that may be immune.
	allergicRx = regexp.MustCompile(`\b(rash\w*|hives|urtic\w*|swell\w*|angioedema|anaphyla\w*|anafila\w*|wheez\w*|breath\w*|itch\w*|prurit\w*|coceira|blister\w*|bolhas|sjs|stevens|dress|edema|inchac\w*|placas|vergoes|manchas|alergi\w*|allerg\w*|reac\w*)\b`)
)

// intoleranceOnly: an allergy record whose reaction is only a side effect.
func intoleranceOnly(raw string) bool {
	t := clinical.Fold(raw)
	return sideEffectRx.MatchString(t) && !allergicRx.MatchString(t)
}

// nsaidAllergy: the allergy is to the NSAID class or to a COX-1 NSAID.
func nsaidAllergy(al clinical.Allergy) bool {
	if al.Class == "nsaid_cox1" {
		return true
	}
	ad, ok := clinical.DrugByName(al.Generic)
	return al.Generic != "" && ok && ad.HasClass("nsaid_cox1")
}

// AllergyConflict reports whether giving drug d conflicts with allergy al:
// the same drug, a drug of the allergic class, a drug sharing a
// cross-reactive class with the allergen (penicillins, NSAIDs with COX-1
// inhibition, sulfonamide antibiotics, …) or an identical beta-lactam side
// chain.
func AllergyConflict(d *clinical.Drug, al clinical.Allergy) (Why, bool) {
	if d == nil {
		return Why{}, false
	}
	if al.Class != "" && d.HasClass(al.Class) {
		cl, _ := clinical.ClassByName(al.Class)
		return Why{clinical.T(d.Generic+" is one of the "+cl.Label.EN, d.Generic+" pertence às "+cl.Label.PT), cl.Source}, true
	}
	// A preferential COX-2 inhibitor (meloxicam, nimesulide) is tolerated by
	// most patients with NSAID hypersensitivity, but only after a negative
	// supervised challenge (EAACI/ENDA); selective coxibs are the alternative.
	if d.HasClass("cox2_preferential") && nsaidAllergy(al) {
		return Why{clinical.T(d.Generic+" is a preferential COX-2 inhibitor: give only after a negative supervised challenge in NSAID hypersensitivity",
			d.Generic+" é inibidor preferencial da COX-2: usar só após provocação supervisionada negativa na hipersensibilidade a AINE"), "EAACI/ENDA NSAID hypersensitivity classification (Kowalski 2013, Allergy 68:1219)"}, true
	}
	if al.Generic == "" {
		return Why{}, false
	}
	if al.Generic == d.Generic {
		return Why{clinical.T("same drug", "mesmo fármaco"), "patient allergy record"}, true
	}
	ad, ok := clinical.DrugByName(al.Generic)
	if !ok {
		return Why{}, false
	}
	// a side effect recorded as an "allergy" (vomiting with codeine, an
	// upset stomach with erythromycin) is an intolerance: the same drug
	// stays flagged above, its class-mates do not cross-react (BSACI 2022
	// drug allergy labels; NICE CG183 1.1.3 separates intolerance)
	if intoleranceOnly(al.Raw) {
		return Why{}, false
	}
	for _, cn := range ad.Classes {
		cl, ok := clinical.ClassByName(cn)
		if !ok || !cl.CrossReacts || !d.HasClass(cn) {
			continue
		}
		return Why{clinical.T(
			fmt.Sprintf("%s and %s are both %s (cross-reactive)", d.Generic, al.Generic, cl.Label.EN),
			fmt.Sprintf("%s e %s são ambos %s (reatividade cruzada)", d.Generic, al.Generic, cl.Label.PT)), cl.Source}, true
	}
	for _, x := range sideChain[al.Generic] {
		if x == d.Generic {
			return Why{clinical.T(
				fmt.Sprintf("%s shares an identical or similar R1 side chain with %s", d.Generic, al.Generic),
				fmt.Sprintf("%s tem cadeia lateral R1 idêntica ou semelhante à de %s", d.Generic, al.Generic)), "AAAAI/ACAAI Drug Allergy Practice Parameter 2022"}, true
		}
	}
	return Why{}, false
}

// URL returns the troponin 99th-percentile upper reference limit in ng/L for
// the assay a value came from (Fourth Universal Definition of MI).
func URL(l clinical.Lab) float64 {
	switch {
	case l.Kind == "t" && l.HS:
		return 14
	case l.Kind == "t":
		return 10 // 4th-generation cTnT 0.01 ng/mL
	case l.HS:
		return 26 // hs-cTnI (Abbott Architect, sex-neutral)
	}
	return 40 // contemporary cTnI 0.04 ng/mL
}

// Critical reports whether a lab is a critical value, its direction and the
// threshold crossed.
func Critical(l clinical.Lab) (dir, thr string, ok bool) {
	if l.Def == nil {
		if l.Flag == "critical_high" {
			return "high", "laboratory flag", true
		}
		if l.Flag == "critical_low" {
			return "low", "laboratory flag", true
		}
		return "", "", false
	}
	if l.Def.CritURL {
		u := URL(l)
		if l.Value > u {
			return "high", ">" + strconv.FormatFloat(u, 'f', -1, 64) + " ng/L (99th percentile)", true
		}
		return "", "", false
	}
	if l.Def.CritLow.Hit(l.Value) {
		return "low", l.Def.CritLow.String(), true
	}
	if l.Def.CritHigh.Hit(l.Value) {
		return "high", l.Def.CritHigh.String(), true
	}
	return "", "", false
}

func extremity(l clinical.Lab) float64 {
	if l.Def == nil {
		return math.Abs(l.Value)
	}
	if l.Def.CritURL {
		return l.Value / URL(l)
	}
	if l.Def.CritLow.Set && l.Value <= l.Def.CritLow.Value && l.Value > 0 {
		return l.Def.CritLow.Value / l.Value
	}
	if l.Def.CritHigh.Set && l.Def.CritHigh.Value > 0 {
		return l.Value / l.Def.CritHigh.Value
	}
	return 0
}

func critMessage(lang string, l clinical.Lab, dir, thr string) string {
	raw := ""
	if l.RawUnit != "" && !strings.EqualFold(l.RawUnit, l.Unit) {
		raw = fmt.Sprintf(" (%s %s)", strconv.FormatFloat(l.RawValue, 'f', -1, 64), l.RawUnit)
	}
	val := strconv.FormatFloat(l.Value, 'f', -1, 64)
	if dir == "high" {
		return clinical.T(
			fmt.Sprintf("critical %s: %s %s%s, above the critical limit %s — notify the responsible clinician now", l.Analyte, val, l.Unit, raw, thr),
			fmt.Sprintf("%s crítico: %s %s%s, acima do limite crítico %s — comunicar o médico responsável agora", l.Analyte, val, l.Unit, raw, thr)).In(lang)
	}
	return clinical.T(
		fmt.Sprintf("critical %s: %s %s%s, below the critical limit %s — notify the responsible clinician now", l.Analyte, val, l.Unit, raw, thr),
		fmt.Sprintf("%s crítico: %s %s%s, abaixo do limite crítico %s — comunicar o médico responsável agora", l.Analyte, val, l.Unit, raw, thr)).In(lang)
}

// Concern is a reason not to give a drug to this patient.
type Concern struct {
	Kind     string        `json:"kind"` // allergy|interaction
	With     string        `json:"with"` // allergen or co-medication
	Severity string        `json:"severity"`
	Reason   clinical.Text `json:"reason"`
	Source   string        `json:"source"`
}

// CheckDrug answers whether a drug a specialist recommends is safe for this
// patient: allergy conflicts and major/contraindicated interactions with the
// current medications.
func CheckDrug(c *clinical.Case, generic string) []Concern {
	d, ok := clinical.DrugByName(generic)
	if !ok {
		return nil
	}
	var out []Concern
	for _, al := range c.Allergies {
		if why, ok := AllergyConflict(d, al); ok {
			out = append(out, Concern{Kind: "allergy", With: al.Raw, Severity: "major", Reason: why.Text, Source: why.Source})
		}
	}
	for _, m := range c.Meds {
		if m.Generic == generic {
			continue
		}
		if ix, ok := Lookup(d, m.Drug); ok && ix.Alerting() {
			out = append(out, Concern{Kind: "interaction", With: m.Generic, Severity: ix.Severity, Reason: ix.Effect, Source: ix.Source})
		}
	}
	return out
}

// tripleWhammy: an NSAID taken with both a renin-angiotensin blocker (ACE
// inhibitor or ARB) and a diuretic raises the risk of acute kidney injury
// by about a third (Lapi et al., BMJ 2013;346:e8525; MHRA Drug Safety
// Update 2015). Each pair is moderate on its own; the three together, or
// the NSAID and the blocker in impaired kidneys, are reported as major.
func tripleWhammy(c *clinical.Case, have []Finding) []Finding {
	var nsaid, raas, diur *clinical.Med
	for i := range c.Meds {
		m := &c.Meds[i]
		if m.Drug == nil {
			continue
		}
		switch {
		case m.Drug.HasClass("nsaid") && nsaid == nil:
			nsaid = m
		case (m.Drug.HasClass("ace_inhibitor") || m.Drug.HasClass("arb")) && raas == nil:
			raas = m
		case m.Drug.HasClass("diuretic") && diur == nil:
			diur = m
		}
	}
	// With impaired kidneys (CKD, or a creatinine of 1.5 mg/dL or more) the
	// NSAID and the renin-angiotensin blocker alone are enough (KDIGO 2024:
	// avoid NSAIDs with ACE inhibitors or ARBs in CKD).
	cr, hasCr := c.LabValue("creatinine")
	renal := c.Has("ckd") || hasCr && cr >= 1.5
	if nsaid == nil || raas == nil || diur == nil && !renal {
		return nil
	}
	others := []*clinical.Med{raas}
	if diur != nil {
		others = append(others, diur)
	}
	var out []Finding
	for _, other := range others {
		drugs := []string{nsaid.Generic, other.Generic}
		sort.Strings(drugs)
		dup := false
		for _, f := range have {
			if f.Alert.Kind == "drug_interaction" && len(f.Alert.Drugs) == 2 && f.Alert.Drugs[0] == drugs[0] && f.Alert.Drugs[1] == drugs[1] {
				dup = true
			}
		}
		if dup {
			continue
		}
		msg := clinical.T(
			fmt.Sprintf("%s with %s (NSAID with an ACE inhibitor or ARB, with a diuretic or impaired kidneys): high risk of acute kidney injury; stop the NSAID", nsaid.Generic, other.Generic),
			fmt.Sprintf("%s com %s (AINE com IECA ou BRA, com diurético ou rim comprometido): alto risco de lesão renal aguda; suspender o AINE", nsaid.Generic, other.Generic)).In(c.Lang)
		out = append(out, Finding{Severity: "major", Source: "Lapi et al., BMJ 2013;346:e8525; MHRA Drug Safety Update 2015",
			Alert: casemodel.Alert{Kind: "drug_interaction", Drugs: drugs, Severity: "major", Message: msg}})
	}
	return out
}

// doseLimits are interactions the label allows up to a daily dose of one
// of the two drugs: simvastatin up to 20 mg with amlodipine (FDA Zocor
// label, 2011 dose limits).
var doseLimits = map[[2]string]struct {
	drug  string
	maxMg float64
}{
	{"amlodipine", "simvastatin"}: {"simvastatin", 20},
}

// prednisoneEquivalent is each systemic corticosteroid's milligram
// factor to prednisone (BNF equivalent anti-inflammatory doses).
var prednisoneEquivalent = map[string]float64{"prednisone": 1, "prednisolone": 1, "methylprednisolone": 1.25, "dexamethasone": 6.67, "hydrocortisone": 0.25, "deflazacort": 0.83}

// steroidBelowImmunosuppressive reports a live vaccine (v) with a
// corticosteroid (s) below 20 mg of prednisone a day, which ACIP does not
// count as high-level immunosuppression (a line without a readable dose
// is counted as high).
func steroidBelowImmunosuppressive(v, s clinical.Med) bool {
	if v.Drug == nil || s.Drug == nil || !v.Drug.HasClass("live_vaccine") || !s.Drug.HasClass("corticosteroid") {
		return false
	}
	f, ok := prednisoneEquivalent[s.Generic]
	g := mgRx.FindStringSubmatch(strings.ToLower(s.Raw))
	if !ok || g == nil {
		return false
	}
	mg, err := strconv.ParseFloat(strings.Replace(g[1], ",", ".", 1), 64)
	return err == nil && mg*f < 20
}

var mgRx = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*mg\b`)

// withinDoseLimit reports whether the pair is allowed at the dose written
// in the medication line (a line without a readable dose is not).
func withinDoseLimit(a, b clinical.Med) bool {
	if steroidBelowImmunosuppressive(a, b) || steroidBelowImmunosuppressive(b, a) {
		return true
	}
	key := [2]string{a.Generic, b.Generic}
	if key[0] > key[1] {
		key[0], key[1] = key[1], key[0]
	}
	lim, ok := doseLimits[key]
	if !ok {
		return false
	}
	m := a
	if b.Generic == lim.drug {
		m = b
	}
	g := mgRx.FindStringSubmatch(strings.ToLower(m.Raw))
	if g == nil {
		return false
	}
	v, err := strconv.ParseFloat(strings.Replace(g[1], ",", ".", 1), 64)
	return err == nil && v <= lim.maxMg
}

// maintenanceDialysisRx: the patient is on regular dialysis.
var maintenanceDialysisRx = regexp.MustCompile(`\b(on|em|faz|does|undergoing|realiza) (\w+ ){0,2}(haemodialysis|hemodialysis|dialysis|hemodialise|dialise|capd)\b|\b(haemodialysis|hemodialysis|dialysis|hemodialise|dialise) (\d ?x|three times|tres vezes|sessions?|sessoes)|missed (\w+ ){0,3}(dialysis|haemodialysis|hemodialysis)|faltou (\w+ ){0,4}(dialise|hemodialise)`)

// washouts: drugs whose effect outlasts the last dose, and the class a
// new drug must not belong to until the washout is over (FDA Prozac
// label: five weeks after fluoxetine before an MAOI; FDA MAOI labels:
// two weeks after an MAOI before a serotonergic drug).
var washouts = []struct {
	generic, class, against string
	days                    int
}{
	{generic: "fluoxetine", against: "maoi", days: 35},
	{class: "maoi", against: "serotonergic", days: 14},
}

// stoppedAgoRx: how long ago a medicine was stopped ("stopped 8 days
// ago", "suspensa há 2 semanas").
var stoppedAgoRx = regexp.MustCompile(`\b(?:stopped|discontinued|ceased|suspens[oa]|parou|interrompid[oa])\b[^,;)]{0,20}?\b(\d{1,3}|one|two|three|four|five|six|um|uma|dois|duas|tres|quatro|cinco|seis) (days?|weeks?|dias?|semanas?)\b`)

// stoppedDaysAgo: days since a stopped medicine's last dose, or -1.
func stoppedDaysAgo(raw string) int {
	m := stoppedAgoRx.FindStringSubmatch(clinical.Fold(raw))
	if m == nil {
		return -1
	}
	words := map[string]int{"one": 1, "um": 1, "uma": 1, "two": 2, "dois": 2, "duas": 2, "three": 3, "tres": 3, "four": 4, "quatro": 4, "five": 5, "cinco": 5, "six": 6, "seis": 6}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		n = words[m[1]]
	}
	if strings.HasPrefix(m[2], "week") || strings.HasPrefix(m[2], "semana") {
		n *= 7
	}
	return n
}

// washoutConflicts: a drug stopped too recently for a new one to be
// safe with it — the interaction still counts.
func washoutConflicts(c *clinical.Case) []Finding {
	var out []Finding
	for _, old := range c.StoppedMeds {
		for _, w := range washouts {
			if w.generic != "" && old.Generic != w.generic || w.class != "" && !old.Drug.HasClass(w.class) {
				continue
			}
			ago := stoppedDaysAgo(old.Raw)
			if ago < 0 || ago >= w.days {
				continue
			}
			for _, m := range c.Meds {
				if !m.Drug.HasClass(w.against) || m.Generic == old.Generic {
					continue
				}
				ix, ok := Lookup(old.Drug, m.Drug)
				if !ok || !ix.Alerting() {
					continue
				}
				drugs := []string{old.Generic, m.Generic}
				sort.Strings(drugs)
				msg := clinical.T(
					fmt.Sprintf("%s was stopped %d days ago, inside its %d-day washout: %s", old.Generic, ago, w.days, ix.Effect.EN),
					fmt.Sprintf("%s suspenso há %d dias, dentro do intervalo de %d dias: %s", old.Generic, ago, w.days, ix.Effect.PT)).In(c.Lang)
				out = append(out, Finding{Severity: ix.Severity, Source: ix.Source, Detail: ix.Effect,
					Alert: casemodel.Alert{Kind: "drug_interaction", Drugs: drugs, Severity: "major", Message: msg}})
			}
		}
	}
	return out
}

// reportedAnalyte names an analyte as the contract's alerts do: an
// ionised calcium is reported under calcium (its unit, mmol/L ionised,
// and the message say which measurement it is).
func reportedAnalyte(a string) string {
	if a == "ionized_calcium" {
		return "calcium"
	}
	return a
}
