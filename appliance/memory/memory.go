// Package memory is the appliance's case memory: it describes an analysed
// case by de-identified features only (urgency, specialties, red-flag
// categories, scores, age band, sex, alert kinds, hypothesis codes: no
// names, ids, dates or free text) and ranks past cases by similarity. It is
// a pure library; the API decides which cases it may read (live, decryptable).
package memory

import (
	"encoding/json"
	"math"
	"sort"
	"strings"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// Features are the de-identified description of one analysed case. Every
// value is an enumeration code or a number.
type Features struct {
	Urgency     string             `json:"urgency"`
	Specialties []string           `json:"specialties"`
	RedFlags    []string           `json:"red_flags"`  // triage flag codes (presentation, physiology, lab, context)
	Alerts      []string           `json:"alerts"`     // alert kinds, critical labs with their analyte
	Hypotheses  []string           `json:"hypotheses"` // specialists' leading hypothesis codes
	Scores      map[string]float64 `json:"scores"`
	AgeBand     string             `json:"age_band"` // 0-4, 5-17, 18-39, 40-64, 65-79, 80+ or unknown
	Sex         string             `json:"sex"`      // male|female|other|unknown
}

// FromAnalysis extracts the features of an analysed case. Only structured
// outputs are read: the intake's computed age and sex, triage flag codes,
// alert kinds and analytes, specialists' hypothesis codes and scores.
func FromAnalysis(an casemodel.Analysis) Features {
	f := Features{Urgency: "unknown", Scores: map[string]float64{}, AgeBand: "unknown", Sex: "unknown",
		Specialties: []string{}, RedFlags: []string{}, Alerts: []string{}, Hypotheses: []string{}}
	if an.Triage != nil {
		f.Urgency = an.Triage.UrgencyLevel
		f.Specialties = sortedUniq(an.Triage.Specialties)
		for k, v := range an.Triage.Scores {
			f.Scores[k] = v
		}
	}
	var intake struct {
		Age *float64 `json:"age_years"`
		Sex string   `json:"sex"`
	}
	if decode(an.Outputs, "intake", &intake) {
		if intake.Age != nil && *intake.Age >= 0 {
			f.AgeBand = AgeBand(*intake.Age)
		}
		switch intake.Sex {
		case "male", "female", "other":
			f.Sex = intake.Sex
		}
	}
	var tri struct {
		Flags []struct {
			Code  string `json:"code"`
			Level int    `json:"level"`
			Kind  string `json:"kind"`
		} `json:"flags"`
	}
	if decode(an.Outputs, "triage", &tri) {
		var codes []string
		for _, fl := range tri.Flags {
			if fl.Kind != "data" && fl.Code != "" {
				codes = append(codes, fl.Code)
			}
		}
		f.RedFlags = sortedUniq(codes)
	}
	var alerts []string
	for _, a := range an.Alerts {
		k := a.Kind
		if a.Kind == "critical_lab" && a.Analyte != "" {
			k += ":" + a.Analyte
		}
		alerts = append(alerts, k)
	}
	f.Alerts = sortedUniq(alerts)
	var hyps []string
	for name, raw := range an.Outputs {
		if !casemodel.Contains(casemodel.Specialties, name) {
			continue
		}
		var op struct {
			Code   string             `json:"hypothesis_code"`
			Scores map[string]float64 `json:"scores"`
		}
		if !decodeValue(raw, &op) {
			continue
		}
		if op.Code != "" && op.Code != "no_specific_finding" {
			hyps = append(hyps, op.Code)
		}
		for k, v := range op.Scores {
			f.Scores[k] = v
		}
	}
	f.Hypotheses = sortedUniq(hyps)
	return f
}

// AgeBand maps an age in years to a coarse band (never the age itself).
func AgeBand(age float64) string {
	switch {
	case age < 5:
		return "0-4"
	case age < 18:
		return "5-17"
	case age < 40:
		return "18-39"
	case age < 65:
		return "40-64"
	case age < 80:
		return "65-79"
	}
	return "80+"
}

var bandOrder = map[string]int{"0-4": 0, "5-17": 1, "18-39": 2, "40-64": 3, "65-79": 4, "80+": 5}

var urgencyOrder = map[string]int{"routine": 0, "non_urgent": 1, "urgent": 2, "emergency": 3}

// scoreRange is the span used to compare a score's values.
var scoreRange = map[string]float64{"news2": 20, "qsofa": 3, "shock_index": 2, "heart": 10, "cha2ds2_vasc": 9, "curb65": 5, "wells_pe": 12.5,
	"centor": 5, "glasgow_blatchford": 23, "alvarado": 10, "kdigo_stage": 3}

// Weights of the similarity's parts (they sum to 1).
const (
	wUrgency    = 0.20
	wRedFlags   = 0.20
	wSpecialty  = 0.15
	wHypotheses = 0.15
	wAlerts     = 0.10
	wScores     = 0.10
	wAge        = 0.05
	wSex        = 0.05
)

// Similarity is a weighted mix of urgency distance, set overlaps (red flags,
// specialties, hypotheses, alerts), score closeness and demographics, in
// [0,1]; 1 means identical features.
func Similarity(a, b Features) float64 {
	s := wUrgency * urgencySim(a.Urgency, b.Urgency)
	s += wRedFlags * jaccard(a.RedFlags, b.RedFlags)
	s += wSpecialty * jaccard(a.Specialties, b.Specialties)
	s += wHypotheses * jaccard(a.Hypotheses, b.Hypotheses)
	s += wAlerts * jaccard(a.Alerts, b.Alerts)
	s += wScores * scoreSim(a.Scores, b.Scores)
	s += wAge * bandSim(a.AgeBand, b.AgeBand)
	if a.Sex != "unknown" && a.Sex == b.Sex {
		s += wSex
	} else if a.Sex == "unknown" || b.Sex == "unknown" {
		s += wSex / 2
	}
	return math.Round(s*1000) / 1000
}

func urgencySim(a, b string) float64 {
	la, oka := urgencyOrder[a]
	lb, okb := urgencyOrder[b]
	if !oka || !okb {
		return 0.5
	}
	return 1 - math.Abs(float64(la-lb))/3
}

func bandSim(a, b string) float64 {
	la, oka := bandOrder[a]
	lb, okb := bandOrder[b]
	switch {
	case !oka || !okb:
		return 0.5
	case la == lb:
		return 1
	case la-lb == 1 || lb-la == 1:
		return 0.5
	}
	return 0
}

// jaccard is |A∩B|/|A∪B|; two empty sets count as half-similar (absence of
// findings is weak evidence of likeness).
func jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0.5
	}
	set := map[string]int{}
	for _, x := range a {
		set[x] |= 1
	}
	for _, x := range b {
		set[x] |= 2
	}
	inter := 0
	for _, v := range set {
		if v == 3 {
			inter++
		}
	}
	return float64(inter) / float64(len(set))
}

// scoreSim averages closeness over the scores either case has; a score only
// one case has counts as 0.
func scoreSim(a, b map[string]float64) float64 {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	if len(keys) == 0 {
		return 0.5
	}
	sum := 0.0
	for k := range keys {
		va, oka := a[k]
		vb, okb := b[k]
		if !oka || !okb {
			continue
		}
		r := scoreRange[k]
		if r == 0 {
			r = 10
		}
		sum += math.Max(0, 1-math.Abs(va-vb)/r)
	}
	return sum / float64(len(keys))
}

// Shared lists the features two cases have in common, as "kind:code"
// strings (for the user to see why they match).
func Shared(a, b Features) []string {
	var out []string
	if a.Urgency == b.Urgency && a.Urgency != "unknown" {
		out = append(out, "urgency:"+a.Urgency)
	}
	add := func(prefix string, x, y []string) {
		set := map[string]bool{}
		for _, v := range x {
			set[v] = true
		}
		for _, v := range y {
			if set[v] {
				out = append(out, prefix+":"+v)
			}
		}
	}
	add("red_flag", a.RedFlags, b.RedFlags)
	add("hypothesis", a.Hypotheses, b.Hypotheses)
	add("alert", a.Alerts, b.Alerts)
	add("specialty", a.Specialties, b.Specialties)
	if a.AgeBand == b.AgeBand && a.AgeBand != "unknown" {
		out = append(out, "age_band:"+a.AgeBand)
	}
	return out
}

// Candidate is one past case to rank.
type Candidate struct {
	CaseID   string
	Status   string
	Features Features
}

// Match is a ranked similar case.
type Match struct {
	CaseID          string   `json:"case_id"`
	SimilarityScore float64  `json:"similarity_score"`
	Status          string   `json:"status"`
	Urgency         string   `json:"urgency"`
	Specialties     []string `json:"specialties"`
	AgeBand         string   `json:"age_band"`
	Sex             string   `json:"sex"`
	KeyFeatures     Features `json:"key_features"`
	SharedFeatures  []string `json:"shared_features"`
}

// Rank orders candidates by similarity to q (ties by case id) and returns
// the best topK.
func Rank(q Features, cands []Candidate, topK int) []Match {
	out := make([]Match, 0, len(cands))
	for _, c := range cands {
		f := c.Features
		out = append(out, Match{CaseID: c.CaseID, SimilarityScore: Similarity(q, f), Status: c.Status, Urgency: f.Urgency,
			Specialties: f.Specialties, AgeBand: f.AgeBand, Sex: f.Sex, KeyFeatures: f, SharedFeatures: nonNil(Shared(q, f))})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].SimilarityScore != out[j].SimilarityScore {
			return out[i].SimilarityScore > out[j].SimilarityScore
		}
		return out[i].CaseID < out[j].CaseID
	})
	if topK >= 0 && len(out) > topK {
		out = out[:topK]
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func sortedUniq(s []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, x := range s {
		x = strings.TrimSpace(x)
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

func decode(outputs map[string]any, key string, v any) bool {
	raw, ok := outputs[key]
	if !ok {
		return false
	}
	return decodeValue(raw, v)
}

func decodeValue(raw any, v any) bool {
	if raw == nil {
		return false
	}
	b, err := json.Marshal(raw)
	if err != nil {
		return false
	}
	return json.Unmarshal(b, v) == nil
}
