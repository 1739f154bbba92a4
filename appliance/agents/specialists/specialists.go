// Package specialists holds one small module per specialty of the contract.
// Each reads the parsed case and the triage verdict and returns an Opinion:
// a hypothesis, the standard scores of its field, recommendations (with any
// drugs it recommends, so the validator can check them), drugs or classes it
// considers contraindicated, a proposed urgency, a confidence and the
// knowledge-base evidence ids (kb:...) behind it. Modules are pure functions.
package specialists

import (
	"math"
	"sort"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/triage"
)

// Rec is one recommendation. Drugs lists generic names the recommendation
// would give, so that the validator can check them against allergies,
// interactions and other agents' contraindications.
type Rec struct {
	Text     clinical.Text `json:"text"`
	Drugs    []string      `json:"drugs,omitempty"`
	Priority int           `json:"priority"` // 1 = do first
}

// Avoid is a drug or class ("class:nsaid") the specialist considers
// contraindicated for this patient, with the reason.
type Avoid struct {
	Drug   string        `json:"drug"`
	Reason clinical.Text `json:"reason"`
}

// Score is a named score value with its interpretation.
type Score struct {
	Name           string        `json:"name"`
	Value          float64       `json:"value"`
	Interpretation clinical.Text `json:"interpretation"`
}

// Opinion is one specialist's assessment.
type Opinion struct {
	Agent           string             `json:"agent"`
	Status          string             `json:"status"` // ok|error
	Error           string             `json:"error,omitempty"`
	Code            string             `json:"hypothesis_code"`
	Hypothesis      clinical.Text      `json:"hypothesis"`
	MustNotMiss     bool               `json:"must_not_miss"`
	Explains        []string           `json:"explains,omitempty"` // presenting complaints the hypothesis accounts for
	Differential    []clinical.Text    `json:"differential,omitempty"`
	Level           int                `json:"-"`
	Urgency         string             `json:"proposed_urgency,omitempty"`
	UrgencyReason   clinical.Text      `json:"urgency_reason"`
	Resolves        []string           `json:"resolves,omitempty"` // triage flag codes this assessment answers
	Confidence      float64            `json:"confidence"`
	Scores          map[string]float64 `json:"scores"`
	ScoreDetail     []Score            `json:"score_detail,omitempty"`
	Findings        []clinical.Text    `json:"findings,omitempty"`
	Recommendations []Rec              `json:"recommendations"`
	Avoid           []Avoid            `json:"avoid,omitempty"`
	Evidence        []string           `json:"evidence"`
	Missing         []string           `json:"missing_data,omitempty"`
}

// Func is a specialist module.
type Func func(c *clinical.Case, t *triage.Result) Opinion

// Registry maps every contract specialty to its module.
var Registry = map[string]Func{
	"cardiology":            Cardiology,
	"neurology":             Neurology,
	"endocrinology":         Endocrinology,
	"radiology":             Radiology,
	"emergency_medicine":    EmergencyMedicine,
	"pulmonology":           Pulmonology,
	"gastroenterology":      Gastroenterology,
	"infectious_disease":    InfectiousDisease,
	"nephrology":            Nephrology,
	"psychiatry":            Psychiatry,
	"obstetrics_gynecology": ObstetricsGynecology,
	"pediatrics":            Pediatrics,
	"orthopedics":           Orthopedics,
	"general_medicine":      GeneralMedicine,
}

// builder accumulates an opinion.
type builder struct {
	o        Opinion
	c        *clinical.Case
	t        *triage.Result
	strength float64
}

func newBuilder(agent string, c *clinical.Case, t *triage.Result) *builder {
	return &builder{o: Opinion{Agent: agent, Status: "ok", Level: -1, Scores: map[string]float64{}}, c: c, t: t}
}

// hypo sets the primary hypothesis if stronger than the current one.
func (b *builder) hypo(code string, t clinical.Text, strength float64, mustNotMiss bool, explains ...string) {
	if b.o.Code != "" && strength <= b.strength {
		b.o.Differential = append(b.o.Differential, t)
		return
	}
	if b.o.Code != "" {
		b.o.Differential = append(b.o.Differential, b.o.Hypothesis)
	}
	b.o.Code, b.o.Hypothesis, b.o.MustNotMiss, b.o.Explains = code, t, mustNotMiss, explains
	b.strength = strength
}

func (b *builder) urgency(level int, why clinical.Text) {
	if level > b.o.Level {
		b.o.Level = level
		b.o.Urgency = triage.LevelName(level)
		b.o.UrgencyReason = why
	}
}

func (b *builder) rec(prio int, en, pt string, drugs ...string) {
	b.o.Recommendations = append(b.o.Recommendations, Rec{Text: clinical.T(en, pt), Drugs: drugs, Priority: prio})
}

func (b *builder) avoid(drug, en, pt string) {
	b.o.Avoid = append(b.o.Avoid, Avoid{Drug: drug, Reason: clinical.T(en, pt)})
}

func (b *builder) score(name string, v float64, en, pt string) {
	b.o.Scores[name] = v
	b.o.ScoreDetail = append(b.o.ScoreDetail, Score{Name: name, Value: v, Interpretation: clinical.T(en, pt)})
}

func (b *builder) ev(ids ...string) { b.o.Evidence = append(b.o.Evidence, ids...) }

func (b *builder) finding(en, pt string) { b.o.Findings = append(b.o.Findings, clinical.T(en, pt)) }

func (b *builder) missing(m ...string) { b.o.Missing = append(b.o.Missing, m...) }

// done finalises the opinion: confidence from the strength of the leading
// hypothesis and the completeness of the data it needed (a simple, monotone
// calibration: 0.35 + 0.6 × strength, shrunk by 0.06 per missing item).
func (b *builder) done() Opinion {
	o := b.o
	if o.Code == "" {
		o.Code = "no_specific_finding"
		o.Hypothesis = clinical.T("no specific "+humanAgent(o.Agent)+" problem identified", "nenhum problema específico de "+humanAgentPT(o.Agent)+" identificado")
		b.strength = 0.3
	}
	conf := 0.35 + 0.6*b.strength
	conf -= 0.06 * float64(len(uniq(o.Missing)))
	o.Confidence = math.Round(clamp(conf, 0.2, 0.95)*100) / 100
	o.Evidence = uniq(o.Evidence)
	o.Missing = uniq(o.Missing)
	sort.SliceStable(o.Recommendations, func(i, j int) bool { return o.Recommendations[i].Priority < o.Recommendations[j].Priority })
	return o
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func uniq(s []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func humanAgent(a string) string {
	return map[string]string{"cardiology": "cardiac", "neurology": "neurological", "endocrinology": "endocrine", "radiology": "imaging",
		"emergency_medicine": "emergency", "pulmonology": "respiratory", "gastroenterology": "digestive", "infectious_disease": "infectious",
		"nephrology": "renal", "psychiatry": "psychiatric", "obstetrics_gynecology": "obstetric or gynaecological", "pediatrics": "paediatric",
		"orthopedics": "musculoskeletal", "general_medicine": "general"}[a]
}

func humanAgentPT(a string) string {
	return map[string]string{"cardiology": "cardiologia", "neurology": "neurologia", "endocrinology": "endocrinologia", "radiology": "imagem",
		"emergency_medicine": "emergência", "pulmonology": "pneumologia", "gastroenterology": "gastroenterologia", "infectious_disease": "infectologia",
		"nephrology": "nefrologia", "psychiatry": "psiquiatria", "obstetrics_gynecology": "ginecologia e obstetrícia", "pediatrics": "pediatria",
		"orthopedics": "ortopedia", "general_medicine": "clínica geral"}[a]
}

func val(p *float64) (float64, bool) {
	if p == nil {
		return 0, false
	}
	return *p, true
}

// hasFlag reports whether triage raised a flag code.
func hasFlag(t *triage.Result, code string) bool { return t.HasFlag(code) }
