// Package agents runs the offline clinical pipeline on one case:
// intake (parse) → triage → specialists in parallel + safety checks →
// validator (contradictions, bounded debate) → communicator. It is a pure,
// deterministic library: the same input gives the same Analysis on every
// node. Durations are measured for metrics but kept out of the result.
package agents

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/communicator"
	"github.com/agnomedical/agno/appliance/agents/safety"
	"github.com/agnomedical/agno/appliance/agents/specialists"
	"github.com/agnomedical/agno/appliance/agents/triage"
	"github.com/agnomedical/agno/appliance/agents/validator"
	"github.com/agnomedical/agno/appliance/casemodel"
)

// Error codes (contract).
const (
	ErrTimeout  = "AGENT_TIMEOUT"
	ErrInternal = "INTERNAL_ERROR"
)

// Defaults for Options.
const (
	DefaultAgentTimeout  = 2 * time.Second
	DefaultDebateTimeout = time.Second
)

// Options tune a run. The zero value is valid.
type Options struct {
	// AgentTimeout bounds each agent; an agent that does not finish in time
	// makes the analysis fail with AGENT_TIMEOUT instead of hanging the case.
	AgentTimeout time.Duration
	// DebateTimeout bounds the validator's debates.
	DebateTimeout time.Duration
	// ReferenceTime is "now" for ages computed from a date of birth. Pass the
	// case's creation time so every node computes the same age. When zero,
	// the context value set by WithReferenceTime is used, then the wall clock.
	ReferenceTime time.Time

	delay map[string]time.Duration // tests: make an agent slow
}

type refKey struct{}

// WithReferenceTime attaches the case reference time (e.g. created_at) to ctx
// for Analyze.
func WithReferenceTime(ctx context.Context, t time.Time) context.Context {
	return context.WithValue(ctx, refKey{}, t)
}

// AgentTiming is one agent's measured run, for agent_inference_seconds and
// agent_confidence_score.
type AgentTiming struct {
	Agent      string        `json:"agent"`
	Type       string        `json:"agent_type"` // triage|specialist|safety|validator|communicator
	Duration   time.Duration `json:"-"`
	Seconds    float64       `json:"seconds"`
	Confidence float64       `json:"confidence"`
	Status     string        `json:"status"` // ok|error
	Error      string        `json:"error,omitempty"`
}

// Trace is the side structure of a run: per-agent timings and confidences,
// the debate duration (debate_resolution_seconds) and the total. It is not
// part of the Analysis so that results stay deterministic.
type Trace struct {
	Agents        []AgentTiming `json:"agents"`
	Debates       int           `json:"debates"`
	DebateTime    time.Duration `json:"-"`
	DebateSeconds float64       `json:"debate_seconds"`
	Total         time.Duration `json:"-"`
	TotalSeconds  float64       `json:"total_seconds"`
}

// Analyze runs the pipeline with default options.
func Analyze(ctx context.Context, in casemodel.Input, docLabs []casemodel.Lab) casemodel.Analysis {
	a, _ := AnalyzeWithTrace(ctx, in, docLabs, Options{})
	return a
}

type agentErr struct{ agent, code string }

func (e agentErr) Error() string { return e.agent + ": " + e.code }

// runAgent runs f with a per-agent timeout. The agent runs in its own
// goroutine; if it does not finish before the deadline the caller stops
// waiting and reports AGENT_TIMEOUT (a pure agent leaks nothing but CPU until
// it returns). Panics become INTERNAL_ERROR.
func runAgent[T any](ctx context.Context, o Options, name, typ string, f func() T) (T, AgentTiming, error) {
	var zero T
	tm := AgentTiming{Agent: name, Type: typ, Status: "ok"}
	timeout := o.AgentTimeout
	if timeout <= 0 {
		timeout = DefaultAgentTimeout
	}
	actx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	start := time.Now()
	finish := func(err error) (T, AgentTiming, error) {
		tm.Duration = time.Since(start)
		tm.Seconds = tm.Duration.Seconds()
		if err != nil {
			tm.Status = "error"
			tm.Error = err.(agentErr).code
		}
		return zero, tm, err
	}
	if actx.Err() != nil {
		return finish(agentErr{name, ErrTimeout})
	}
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{err: agentErr{name, ErrInternal + fmt.Sprintf(" (%v)", p)}}
			}
		}()
		if d := o.delay[name]; d > 0 {
			select {
			case <-time.After(d):
			case <-actx.Done():
			}
		}
		done <- result{v: f()}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return finish(r.err)
		}
		if actx.Err() != nil && o.delay[name] > 0 {
			return finish(agentErr{name, ErrTimeout})
		}
		_, tm, _ = finish(nil)
		return r.v, tm, nil
	case <-actx.Done():
		return finish(agentErr{name, ErrTimeout})
	}
}

// AnalyzeWithTrace runs the pipeline and also returns the timing trace.
func AnalyzeWithTrace(ctx context.Context, in casemodel.Input, docLabs []casemodel.Lab, o Options) (casemodel.Analysis, Trace) {
	start := time.Now()
	var tr Trace
	an := casemodel.Analysis{Status: "completed", Alerts: []casemodel.Alert{}, AgentsInvolved: []string{}, Debates: []casemodel.Debate{}, Outputs: map[string]any{}}
	ref := o.ReferenceTime
	if ref.IsZero() {
		if t, ok := ctx.Value(refKey{}).(time.Time); ok {
			ref = t
		} else {
			ref = time.Now().UTC()
		}
	}
	fail := func(err error) (casemodel.Analysis, Trace) {
		an.Status = "error"
		an.Error = ErrInternal
		if e, ok := err.(agentErr); ok {
			if e.code == ErrTimeout {
				an.Error = ErrTimeout
			}
			an.Outputs["error"] = map[string]string{"agent": e.agent, "code": e.code}
		}
		an.FinalReport = nil
		sort.Strings(an.AgentsInvolved)
		tr.Total = time.Since(start)
		tr.TotalSeconds = tr.Total.Seconds()
		return an, tr
	}

	// Intake and triage.
	var c *clinical.Case
	t, tm, err := runAgent(ctx, o, "triage", "triage", func() triage.Result {
		c = clinical.Build(in, docLabs, ref)
		return triage.Assess(c)
	})
	tm.Confidence = t.Confidence
	tr.Agents = append(tr.Agents, tm)
	an.AgentsInvolved = append(an.AgentsInvolved, "triage")
	if err != nil {
		return fail(err)
	}
	lang := c.Lang
	an.Triage = t.Contract(lang)
	an.Outputs["intake"] = intakeSummary(c)
	an.Outputs["triage"] = t

	// Specialists in parallel, plus the safety checks.
	type spRes struct {
		op  specialists.Opinion
		tm  AgentTiming
		err error
	}
	results := make([]spRes, len(t.Specialties))
	safetyCh := make(chan struct {
		r   safety.Result
		tm  AgentTiming
		err error
	}, 1)
	go func() {
		r, tm, err := runAgent(ctx, o, "safety", "safety", func() safety.Result { return safety.Check(c) })
		tm.Confidence = 0.95
		safetyCh <- struct {
			r   safety.Result
			tm  AgentTiming
			err error
		}{r, tm, err}
	}()
	doneCh := make(chan int, len(t.Specialties))
	for i, name := range t.Specialties {
		go func(i int, name string) {
			fn := specialists.Registry[name]
			op, tm, err := runAgent(ctx, o, name, "specialist", func() specialists.Opinion { return fn(c, &t) })
			tm.Confidence = op.Confidence
			results[i] = spRes{op, tm, err}
			doneCh <- i
		}(i, name)
	}
	for range t.Specialties {
		<-doneCh
	}
	sres := <-safetyCh
	tr.Agents = append(tr.Agents, sres.tm)
	an.AgentsInvolved = append(an.AgentsInvolved, "safety")
	if sres.err == nil {
		an.Alerts = sres.r.Alerts
		an.Outputs["safety"] = sres.r
	}
	var ops []specialists.Opinion
	var firstErr error
	for i, r := range results {
		tr.Agents = append(tr.Agents, r.tm)
		an.AgentsInvolved = append(an.AgentsInvolved, t.Specialties[i])
		if r.err != nil {
			if firstErr == nil {
				firstErr = r.err
			}
			continue
		}
		ops = append(ops, r.op)
		an.Outputs[t.Specialties[i]] = r.op
	}
	if sres.err != nil {
		return fail(sres.err)
	}
	if firstErr != nil {
		return fail(firstErr)
	}

	// Validator with debate.
	dt := o.DebateTimeout
	if dt <= 0 {
		dt = DefaultDebateTimeout
	}
	vstart := time.Now()
	v, tm, err := runAgent(ctx, o, "validator", "validator", func() validator.Result {
		dctx, cancel := context.WithTimeout(ctx, dt)
		defer cancel()
		return validator.Validate(dctx, validator.Input{Case: c, Triage: t, Opinions: ops, Safety: sres.r})
	})
	tm.Confidence = v.Confidence
	tr.Agents = append(tr.Agents, tm)
	an.AgentsInvolved = append(an.AgentsInvolved, "validator")
	if err != nil {
		return fail(err)
	}
	tr.Debates = len(v.Debates)
	if tr.Debates > 0 {
		tr.DebateTime = time.Since(vstart)
		tr.DebateSeconds = tr.DebateTime.Seconds()
	}
	an.Debates = append(an.Debates, v.Debates...)
	an.Outputs["validator"] = v
	// The validated urgency is the case urgency; triage's own verdict stays in
	// Outputs["triage"] and Outputs["validator"].triage_urgency_level.
	an.Triage.UrgencyLevel = v.Urgency
	if v.Level != t.Level {
		an.Triage.Specialties = adjustRouting(an.Triage.Specialties, v.Level)
	}

	// Communicator.
	co, tm, err := runAgent(ctx, o, "communicator", "communicator", func() communicator.Output {
		return communicator.Write(communicator.Input{Case: c, Triage: t, Opinions: ops, Validated: v, Alerts: an.Alerts})
	})
	tm.Confidence = v.Confidence
	tr.Agents = append(tr.Agents, tm)
	an.AgentsInvolved = append(an.AgentsInvolved, "communicator")
	if err != nil {
		return fail(err)
	}
	an.Outputs["communicator"] = co
	an.FinalReport = &casemodel.FinalReport{Synthesis: co.Synthesis, Recommendations: co.Recommendations, ConfidenceScore: v.Confidence,
		CriticalFlag: v.Critical, HumanReviewRequired: v.HumanReview}
	if an.FinalReport.Recommendations == nil {
		an.FinalReport.Recommendations = []string{}
	}
	// Status rule: escalated when a human must review or the case is
	// critical (emergency urgency or a critical lab); otherwise completed.
	if v.HumanReview || v.Critical {
		an.Status = "escalated"
	}
	tr.Total = time.Since(start)
	tr.TotalSeconds = tr.Total.Seconds()
	return an, tr
}

// adjustRouting adds emergency medicine when the validated level became an
// emergency (emergencies always include it).
func adjustRouting(sp []string, level int) []string {
	if level != triage.Emergency {
		return sp
	}
	for _, s := range sp {
		if s == "emergency_medicine" {
			return sp
		}
	}
	out := append([]string{}, sp...)
	out = append(out, "emergency_medicine")
	order := map[string]int{}
	for i, s := range casemodel.Specialties {
		order[s] = i
	}
	sort.Slice(out, func(i, j int) bool { return order[out[i]] < order[out[j]] })
	return out
}

func intakeSummary(c *clinical.Case) map[string]any {
	return map[string]any{
		"language": c.Lang, "age_years": c.Age, "age_source": c.AgeSource, "sex": c.Sex, "pregnant": c.Pregnant, "gestational_weeks": c.GestWeeks,
		"vitals": c.Vitals, "labs": c.Labs, "medications": c.Meds, "stopped_medications": c.StoppedMeds, "allergies": c.Allergies,
		"findings": c.Findings, "negated_findings": c.Negated, "history": c.History, "missing": c.Missing, "duration_hours": c.DurationHours,
	}
}
