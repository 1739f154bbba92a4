package validator

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/safety"
	"github.com/agnomedical/agno/appliance/agents/specialists"
	"github.com/agnomedical/agno/appliance/agents/triage"
	"github.com/agnomedical/agno/appliance/casemodel"
)

// LowConfidence is the final confidence below which a human must review.
const LowConfidence = 0.55

// Conflict is a contradiction found between agents.
type Conflict struct {
	Kind   string   `json:"kind"` // drug|urgency|diagnosis
	Topic  string   `json:"topic"`
	Agents []string `json:"agents"`
}

// Rec is a validated recommendation.
type Rec struct {
	Text     clinical.Text `json:"text"`
	Agent    string        `json:"agent"`
	Priority int           `json:"priority"`
}

// Result is the validator's output.
type Result struct {
	Level              int                `json:"-"`
	Urgency            string             `json:"urgency_level"`
	TriageUrgency      string             `json:"triage_urgency_level"`
	Conflicts          []Conflict         `json:"conflicts"`
	Debates            []casemodel.Debate `json:"-"`
	Recommendations    []Rec              `json:"recommendations"`
	Withheld           []string           `json:"withheld_drugs,omitempty"`
	Confidence         float64            `json:"confidence"`
	HumanReview        bool               `json:"human_review_required"`
	HumanReviewReasons []string           `json:"human_review_reasons,omitempty"`
	Critical           bool               `json:"critical_flag"`
	Leading            []string           `json:"leading_hypotheses"`
}

// Input is what the validator reads.
type Input struct {
	Case     *clinical.Case
	Triage   triage.Result
	Opinions []specialists.Opinion
	Safety   safety.Result
}

func saferLevel(a, b string) bool { return triage.LevelOf(a) > triage.LevelOf(b) }

// Validate runs the checks and debates. ctx bounds the debates.
func Validate(ctx context.Context, in Input) Result {
	c, t := in.Case, in.Triage
	r := Result{Level: t.Level, TriageUrgency: t.Urgency}
	ops := make([]specialists.Opinion, 0, len(in.Opinions))
	for _, o := range in.Opinions {
		if o.Status == "ok" {
			ops = append(ops, o)
		}
	}
	// 1. Urgency divergence.
	r.Level = urgencyDebate(ctx, &r, t, ops)
	// a care plan that keeps treatment at home holds every agent at urgent
	if triage.CeilingOfCare(t) && r.Level > triage.Urgent {
		r.Level = triage.Urgent
	}
	// a follow-up after an injury or exposure that has healed stays at
	// triage's level: the specialists would grade the first visit's story
	if triage.RecoveredFollowUp(t) && r.Level > t.Level {
		r.Level = t.Level
	}
	r.Urgency = triage.LevelName(r.Level)

	// 2. Drug conflicts: a recommended drug that is contraindicated.
	withhold := drugDebates(ctx, &r, c, ops)

	// 3. Competing diagnoses.
	diagnosisDebates(ctx, &r, c, ops)

	// Recommendations.
	r.Recommendations = assemble(c, ops, in.Safety, withhold, r.Level)
	for g := range withhold {
		r.Withheld = append(r.Withheld, g)
	}
	sort.Strings(r.Withheld)

	// Confidence: triage and the leading specialist opinions, less unresolved debates.
	conf := 0.45 * t.Confidence
	lead := leading(ops)
	if len(lead) > 0 {
		s, w := 0.0, 0.0
		for i, o := range lead {
			wt := 1.0 / float64(i+1)
			s += wt * o.Confidence
			w += wt
			r.Leading = append(r.Leading, o.Agent+":"+o.Code)
		}
		conf += 0.55 * s / w
	} else {
		conf += 0.55 * 0.5
	}
	for _, d := range r.Debates {
		if !d.Consensus {
			conf -= 0.1
		}
	}
	r.Confidence = math.Round(math.Max(0.1, math.Min(0.97, conf))*100) / 100

	for _, d := range r.Debates {
		if !d.Consensus {
			r.HumanReview = true
			r.HumanReviewReasons = append(r.HumanReviewReasons, "no consensus: "+d.Topic)
		}
	}
	if r.Confidence < LowConfidence {
		r.HumanReview = true
		r.HumanReviewReasons = append(r.HumanReviewReasons, fmt.Sprintf("low confidence %.2f (< %.2f)", r.Confidence, LowConfidence))
	}
	r.Critical = r.Level == triage.Emergency
	for _, a := range in.Safety.Alerts {
		if a.Kind == "critical_lab" {
			r.Critical = true
		}
	}
	return r
}

// leading returns the opinions with a specific hypothesis, strongest first.
func leading(ops []specialists.Opinion) []specialists.Opinion {
	var out []specialists.Opinion
	for _, o := range ops {
		if o.Code != "no_specific_finding" {
			out = append(out, o)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		si := out[i].Confidence + 0.1*float64(out[i].Level) + b2f(out[i].MustNotMiss)*0.05
		sj := out[j].Confidence + 0.1*float64(out[j].Level) + b2f(out[j].MustNotMiss)*0.05
		if si != sj {
			return si > sj
		}
		return out[i].Agent < out[j].Agent
	})
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// urgencyDebate reconciles triage with specialists that propose a different
// level. Specialists proposing a lower level only take part when their
// assessment answers every triage flag at the triage level (Resolves).
func urgencyDebate(ctx context.Context, r *Result, t triage.Result, ops []specialists.Opinion) int {
	topFlags := map[string]bool{}
	hardTriage := false
	for _, f := range t.Flags {
		if f.Level == t.Level {
			topFlags[f.Code] = true
			if f.Kind == "physiology" || f.Kind == "lab" {
				hardTriage = true
			}
		}
	}
	triageW := t.Confidence
	var ps []Position
	var diverge []string
	for _, o := range ops {
		if o.Level < 0 || o.Confidence < 0.5 {
			continue
		}
		switch {
		case o.Level > t.Level:
			diverge = append(diverge, o.Agent)
			ps = append(ps, Position{Agent: o.Agent, Claim: triage.LevelName(o.Level), Text: triage.LevelName(o.Level) + " — " + o.UrgencyReason.EN,
				Weight: o.Confidence * SafetyBias, Evidence: o.Evidence, Hard: o.MustNotMiss && o.Confidence >= 0.8})
		case o.Level < t.Level:
			all := len(topFlags) > 0
			for f := range topFlags {
				if !contains(o.Resolves, f) {
					all = false
				}
			}
			if all && !hardTriage {
				diverge = append(diverge, o.Agent)
				ps = append(ps, Position{Agent: o.Agent, Claim: triage.LevelName(o.Level), Text: triage.LevelName(o.Level) + " — " + o.UrgencyReason.EN,
					Weight: o.Confidence, Evidence: o.Evidence})
				triageW = t.Confidence * 0.6
			}
		default:
			ps = append(ps, Position{Agent: o.Agent, Claim: t.Urgency, Text: t.Urgency + " — " + o.UrgencyReason.EN, Weight: o.Confidence, Evidence: o.Evidence})
		}
	}
	if len(diverge) == 0 {
		return t.Level
	}
	tp := Position{Agent: "triage", Claim: t.Urgency, Text: t.Urgency + " — " + strings.Join(flagTexts(t), "; "), Weight: triageW, Hard: hardTriage, Evidence: []string{"kb:esi-triage"}}
	if hardTriage {
		tp.Weight *= SafetyBias
	}
	ps = append([]Position{tp}, ps...)
	sort.SliceStable(ps[1:], func(i, j int) bool { return ps[1+i].Agent < ps[1+j].Agent })
	d, win := Run(ctx, "urgency: triage "+t.Urgency+" vs "+strings.Join(diverge, ", "), ps, saferLevel)
	r.Conflicts = append(r.Conflicts, Conflict{Kind: "urgency", Topic: d.Topic, Agents: d.Participants})
	r.Debates = append(r.Debates, d)
	lvl := triage.LevelOf(win)
	if !d.Consensus {
		// Without consensus keep the safest level argued.
		for _, p := range ps {
			if l := triage.LevelOf(p.Claim); l > lvl {
				lvl = l
			}
		}
	}
	if lvl < 0 {
		lvl = t.Level
	}
	return lvl
}

func flagTexts(t triage.Result) []string {
	var out []string
	for _, f := range t.Flags {
		if f.Level == t.Level {
			out = append(out, f.Text.EN)
		}
		if len(out) == 3 {
			break
		}
	}
	return out
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func avoidMatches(a specialists.Avoid, generic string) bool {
	if cl, ok := strings.CutPrefix(a.Drug, "class:"); ok {
		d, found := clinical.DrugByName(generic)
		return found && d.HasClass(cl)
	}
	return a.Drug == generic
}

// drugDebates checks every drug a specialist recommends against allergies,
// current medications and other specialists' contraindications.
func drugDebates(ctx context.Context, r *Result, c *clinical.Case, ops []specialists.Opinion) map[string]clinical.Text {
	withhold := map[string]clinical.Text{}
	// Co-medications some agent wants stopped do not count as interactions.
	stopping := map[string]bool{}
	for _, o := range ops {
		for _, a := range o.Avoid {
			for _, m := range c.Meds {
				if avoidMatches(a, m.Generic) {
					stopping[m.Generic] = true
				}
			}
		}
	}
	type rec struct {
		op   specialists.Opinion
		drug string
	}
	var recs []rec
	seen := map[string]bool{}
	for _, o := range ops {
		for _, rc := range o.Recommendations {
			for _, g := range rc.Drugs {
				if !seen[o.Agent+g] {
					seen[o.Agent+g] = true
					recs = append(recs, rec{o, g})
				}
			}
		}
	}
	decided := map[string]bool{}
	for _, rc := range recs {
		if decided[rc.drug] {
			continue
		}
		var objections []Position
		var reasons []clinical.Text
		for _, cn := range safety.CheckDrug(c, rc.drug) {
			if cn.Kind == "interaction" && stopping[cn.With] {
				continue
			}
			if cn.Kind == "interaction" && c.OnDrug(rc.drug) {
				continue // already taking it: the safety alert covers it
			}
			w := 0.9
			hard := cn.Kind == "allergy" || cn.Severity == "contraindicated"
			if hard {
				w = 0.95
			}
			objections = append(objections, Position{Agent: "safety", Claim: "withhold", Weight: w * SafetyBias, Hard: hard, Evidence: []string{"kb:drug-interactions", "kb:drug-allergy-cross-reactivity"},
				Text: fmt.Sprintf("withhold %s: %s with %s (%s)", rc.drug, cn.Kind, cn.With, cn.Reason.EN)})
			kindPT := map[string]string{"allergy": "alergia a", "interaction": "interação com"}[cn.Kind]
			kindEN := map[string]string{"allergy": "allergy to", "interaction": "interaction with"}[cn.Kind]
			reasons = append(reasons, clinical.T(fmt.Sprintf("%s %s: %s", kindEN, cn.With, cn.Reason.EN), fmt.Sprintf("%s %s: %s", kindPT, cn.With, cn.Reason.PT)))
		}
		for _, o := range ops {
			if o.Agent == rc.op.Agent {
				continue
			}
			for _, a := range o.Avoid {
				if avoidMatches(a, rc.drug) {
					objections = append(objections, Position{Agent: o.Agent, Claim: "withhold", Weight: o.Confidence * SafetyBias, Hard: o.MustNotMiss && o.Confidence >= 0.8, Evidence: o.Evidence,
						Text: fmt.Sprintf("withhold %s: %s", rc.drug, a.Reason.EN)})
					reasons = append(reasons, clinical.T(o.Agent+": "+a.Reason.EN, o.Agent+": "+a.Reason.PT))
					break
				}
			}
		}
		if len(objections) == 0 {
			continue
		}
		decided[rc.drug] = true
		w := rc.op.Confidence
		if rc.op.Level == triage.Emergency {
			w *= 1.2
		}
		give := Position{Agent: rc.op.Agent, Claim: "give", Weight: w, Evidence: rc.op.Evidence, Hard: rc.op.MustNotMiss && rc.op.Level == triage.Emergency && rc.op.Confidence >= 0.85,
			Text: fmt.Sprintf("give %s for %s", rc.drug, rc.op.Hypothesis.EN)}
		ps := append([]Position{give}, objections...)
		d, win := Run(ctx, "drug: "+rc.drug+" recommended by "+rc.op.Agent, ps, func(a, b string) bool { return a == "withhold" && b == "give" })
		r.Conflicts = append(r.Conflicts, Conflict{Kind: "drug", Topic: d.Topic, Agents: d.Participants})
		r.Debates = append(r.Debates, d)
		if win == "withhold" || !d.Consensus {
			withhold[rc.drug] = reasons[0]
		}
	}
	return withhold
}

// diagnosisDebates: a benign and a must-not-miss hypothesis explaining the
// same presenting complaint compete; the dangerous one must be excluded first.
func diagnosisDebates(ctx context.Context, r *Result, c *clinical.Case, ops []specialists.Opinion) {
	done := map[string]bool{}
	for i, a := range ops {
		for j, b := range ops {
			if i == j || !a.MustNotMiss || b.MustNotMiss || a.Confidence < 0.45 || b.Confidence < 0.45 || a.Code == b.Code {
				continue
			}
			shared := overlap(c, a.Explains, b.Explains)
			if len(shared) == 0 {
				continue
			}
			key := a.Agent + "|" + b.Agent
			if done[key] {
				continue
			}
			done[key] = true
			ps := []Position{
				{Agent: a.Agent, Claim: a.Code, Weight: a.Confidence * SafetyBias, Evidence: a.Evidence, Hard: a.Confidence >= 0.8,
					Text: fmt.Sprintf("%s explains %s and must be excluded first", a.Hypothesis.EN, strings.Join(shared, ", "))},
				{Agent: b.Agent, Claim: b.Code, Weight: b.Confidence, Evidence: b.Evidence, Text: fmt.Sprintf("%s explains %s", b.Hypothesis.EN, strings.Join(shared, ", "))},
			}
			d, _ := Run(ctx, "diagnosis: "+a.Hypothesis.EN+" vs "+b.Hypothesis.EN, ps, func(x, y string) bool { return x == a.Code })
			if d.Consensus {
				d.Resolution = "consensus: work up " + a.Hypothesis.EN + " first; " + b.Hypothesis.EN + " only after it is excluded"
			}
			r.Conflicts = append(r.Conflicts, Conflict{Kind: "diagnosis", Topic: d.Topic, Agents: d.Participants})
			r.Debates = append(r.Debates, d)
		}
	}
}

func overlap(c *clinical.Case, a, b []string) []string {
	var out []string
	for _, x := range a {
		if contains(b, x) && c.Has(x) {
			out = append(out, x)
		}
	}
	return out
}

var alternatives = map[string][]string{
	"amoxicillin":             {"doxycycline", "clarithromycin"},
	"phenoxymethylpenicillin": {"clarithromycin", "azithromycin"},
	"flucloxacillin":          {"clindamycin", "doxycycline"},
	"ibuprofen":               {"acetaminophen"},
	"naproxen":                {"acetaminophen"},
	"diclofenac":              {"acetaminophen"},
	"aspirin":                 {"clopidogrel"},
	"ceftriaxone":             {"levofloxacin"},
	"cephalexin":              {"ciprofloxacin"},
	"diazepam":                {"cyproheptadine"},
}

func assemble(c *clinical.Case, ops []specialists.Opinion, s safety.Result, withhold map[string]clinical.Text, level int) []Rec {
	var out []Rec
	seen := map[string]bool{}
	add := func(r Rec) {
		if seen[r.Text.EN] {
			return
		}
		seen[r.Text.EN] = true
		out = append(out, r)
	}
	// Safety actions first.
	for _, f := range s.Findings {
		a := f.Alert
		switch a.Kind {
		case "critical_lab":
			add(Rec{Agent: "safety", Priority: 0, Text: clinical.T(
				fmt.Sprintf("Critical %s value: confirm and act now (notify the responsible clinician)", a.Analyte),
				fmt.Sprintf("Valor crítico de %s: confirmar e agir agora (comunicar o médico responsável)", a.Analyte))})
		case "allergy":
			add(Rec{Agent: "safety", Priority: 0, Text: clinical.T(
				fmt.Sprintf("Stop %s and choose a non-cross-reactive alternative (%s)", strings.Join(a.Drugs, ", "), f.Detail.EN),
				fmt.Sprintf("Suspender %s e escolher alternativa sem reatividade cruzada (%s)", strings.Join(a.Drugs, ", "), f.Detail.PT))})
		case "drug_interaction":
			add(Rec{Agent: "safety", Priority: 1, Text: clinical.T(
				fmt.Sprintf("Review %s (%s interaction): %s", strings.Join(a.Drugs, " + "), f.Severity, f.Detail.EN),
				fmt.Sprintf("Rever %s (interação %s): %s", strings.Join(a.Drugs, " + "), map[string]string{"major": "grave", "contraindicated": "contraindicada"}[f.Severity], f.Detail.PT))})
		}
	}
	// Specialist recommendations, leading opinions first.
	ordered := append([]specialists.Opinion(nil), ops...)
	sort.SliceStable(ordered, func(i, j int) bool {
		si := ordered[i].Confidence + 0.1*float64(ordered[i].Level)
		sj := ordered[j].Confidence + 0.1*float64(ordered[j].Level)
		if si != sj {
			return si > sj
		}
		return ordered[i].Agent < ordered[j].Agent
	})
	var recs []Rec
	for _, o := range ordered {
		if o.Code == "no_specific_finding" {
			continue
		}
		for _, rc := range o.Recommendations {
			blocked := ""
			for _, g := range rc.Drugs {
				if _, ok := withhold[g]; ok {
					blocked = g
					break
				}
			}
			if blocked != "" {
				alt := ""
				for _, a := range alternatives[blocked] {
					if len(safety.CheckDrug(c, a)) == 0 && !withheldAlt(withhold, a) {
						alt = a
						break
					}
				}
				txt := clinical.T(
					fmt.Sprintf("Do not give %s (%s)", blocked, withhold[blocked].EN),
					fmt.Sprintf("Não administrar %s (%s)", blocked, withhold[blocked].PT))
				if alt != "" {
					txt.EN += fmt.Sprintf("; consider %s instead", alt)
					txt.PT += fmt.Sprintf("; considerar %s como alternativa", alt)
				}
				recs = append(recs, Rec{Agent: "validator", Priority: rc.Priority, Text: txt})
				continue
			}
			recs = append(recs, Rec{Agent: o.Agent, Priority: rc.Priority, Text: rc.Text})
		}
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Priority < recs[j].Priority })
	for _, r := range recs {
		add(r)
	}
	// Disposition line.
	add(Rec{Agent: "validator", Priority: 9, Text: dispositionText(level)})
	if len(out) > 10 {
		out = append(out[:9], out[len(out)-1])
	}
	return out
}

func withheldAlt(w map[string]clinical.Text, g string) bool { _, ok := w[g]; return ok }

func dispositionText(level int) clinical.Text {
	switch level {
	case triage.Emergency:
		return clinical.T("Disposition: immediate emergency care", "Destino: atendimento de emergência imediato")
	case triage.Urgent:
		return clinical.T("Disposition: same-day assessment", "Destino: avaliação no mesmo dia")
	case triage.NonUrgent:
		return clinical.T("Disposition: review within 24-48 hours; return sooner if worse", "Destino: reavaliar em 24-48 horas; retornar antes se piorar")
	}
	return clinical.T("Disposition: routine scheduled appointment", "Destino: consulta de rotina agendada")
}
