// Package jobs runs the leader's background jobs: document extraction and
// case analysis. Jobs come from store events (a case was created, a
// document's bytes arrived, an extraction finished) and from a scan of the
// database whenever this node becomes leader, so work left by a dead leader
// is resumed. Results are committed through raft; the state machine keeps
// only the first result of a case, so a job that runs twice commits once.
package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/agnomedical/agno/appliance/agents"
	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/appliance/documents"
	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/audit"
	"github.com/agnomedical/agno/pkg/keys"
	"github.com/agnomedical/agno/pkg/metrics"
)

// Commit proposes a command through raft and waits until it is visible.
type Commit func(ctx context.Context, cmd *store.Command) (store.Result, error)

// Config of the runner.
type Config struct {
	Store     *store.Store
	Commit    Commit
	IsLeader  func() bool
	Extractor *documents.Extractor // nil: documents are not extracted (tool missing)
	Metrics   *metrics.Metrics
	Log       *slog.Logger

	CaseWorkers  int           // default 2×CPU
	DocWorkers   int           // default CPU
	CaseTimeout  time.Duration // whole pipeline; default 30 s
	AgentTimeout time.Duration // per agent; default agents' default
	DocTimeout   time.Duration // per document; default 3 min
	// StaleUpload is how long a document announced by a case may stay
	// without bytes before the case is analysed without it.
	StaleUpload time.Duration
}

// DocResult is the sealed part of an extraction.
type DocResult struct {
	Text string          `json:"text"`
	Labs []casemodel.Lab `json:"labs"`
}

// Runner owns the worker pools.
type Runner struct {
	cfg   Config
	cases chan string
	docs  chan string

	mu       sync.Mutex
	queued   map[string]bool // case or document ids queued or running
	wasLead  bool
	stats    map[string]*agentStats
	running  int
	wg       sync.WaitGroup
	cancel   context.CancelFunc
	stopOnce sync.Once
}

type agentStats struct {
	runs, ok int
	total    time.Duration
}

// New builds a runner; Start starts it.
func New(cfg Config) *Runner {
	if cfg.CaseWorkers <= 0 {
		cfg.CaseWorkers = 2 * runtime.NumCPU()
	}
	if cfg.DocWorkers <= 0 {
		cfg.DocWorkers = runtime.NumCPU()
	}
	if cfg.CaseTimeout <= 0 {
		cfg.CaseTimeout = 30 * time.Second
	}
	if cfg.DocTimeout <= 0 {
		cfg.DocTimeout = 3 * time.Minute
	}
	if cfg.StaleUpload <= 0 {
		cfg.StaleUpload = 2 * time.Minute
	}
	return &Runner{cfg: cfg, cases: make(chan string, 8192), docs: make(chan string, 1024), queued: map[string]bool{}, stats: map[string]*agentStats{}}
}

// Start launches the workers and the leadership watcher.
func (r *Runner) Start(ctx context.Context) {
	ctx, r.cancel = context.WithCancel(ctx)
	r.cfg.Store.OnEvent(r.onEvent)
	for i := 0; i < r.cfg.CaseWorkers; i++ {
		r.wg.Add(1)
		go r.loop(ctx, r.cases, r.analyse)
	}
	for i := 0; i < r.cfg.DocWorkers; i++ {
		r.wg.Add(1)
		go r.loop(ctx, r.docs, r.extract)
	}
	r.wg.Add(1)
	go r.watch(ctx)
}

// Close stops taking work and waits (up to ctx) for jobs in flight. A job
// cut short leaves its case "processing"; the next leader resumes it.
func (r *Runner) Close(ctx context.Context) error {
	r.stopOnce.Do(func() { r.cancel() })
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return errors.New("background jobs still running at shutdown; they resume on the next leader")
	}
}

// watch rescans the database when this node becomes leader, and every
// minute as a safety net for a missed event.
func (r *Runner) watch(ctx context.Context) {
	defer r.wg.Done()
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	last := time.Time{}
	for {
		lead := r.cfg.IsLeader()
		r.mu.Lock()
		became := lead && !r.wasLead
		r.wasLead = lead
		r.mu.Unlock()
		if became || (lead && time.Since(last) > time.Minute) {
			last = time.Now()
			r.scan(ctx)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (r *Runner) scan(ctx context.Context) {
	docs, err := r.cfg.Store.DocumentsToExtract(ctx)
	if err != nil {
		r.cfg.Log.Warn("scan for documents to extract", "error", err)
	}
	for _, d := range docs {
		r.enqueue(r.docs, d.DocumentID)
	}
	for _, id := range r.cfg.Store.ProcessingCases() {
		r.enqueue(r.cases, id)
	}
}

func (r *Runner) onEvent(ev store.Event) {
	if !r.cfg.IsLeader() {
		return
	}
	switch ev.Kind {
	case store.EventCaseCreated:
		r.enqueue(r.cases, ev.CaseID)
	case store.EventDocumentStored:
		r.enqueue(r.docs, ev.DocumentID)
	case store.EventDocumentDone:
		if d, err := r.cfg.Store.Document(context.Background(), ev.DocumentID); err == nil {
			r.enqueue(r.cases, d.CaseID)
		}
	}
}

// enqueue never blocks the caller (events fire on the apply path); when a
// queue is full the periodic scan picks the work up later.
func (r *Runner) enqueue(q chan string, id string) {
	r.mu.Lock()
	if r.queued[id] {
		r.mu.Unlock()
		return
	}
	r.queued[id] = true
	r.mu.Unlock()
	select {
	case q <- id:
	default:
		r.mu.Lock()
		delete(r.queued, id)
		r.mu.Unlock()
	}
}

func (r *Runner) loop(ctx context.Context, q chan string, job func(context.Context, string)) {
	defer r.wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case id := <-q:
			if r.cfg.IsLeader() {
				job(ctx, id)
			}
			r.mu.Lock()
			delete(r.queued, id)
			r.mu.Unlock()
		}
	}
}

// extract runs one document through the extractor and commits the result.
func (r *Runner) extract(ctx context.Context, id string) {
	st := r.cfg.Store
	d, err := st.Document(ctx, id)
	if err != nil || d.Status != "stored" {
		return
	}
	res := &store.DocResultCmd{DocumentID: id, Status: "done"}
	if r.cfg.Extractor == nil {
		res.Status, res.Error = "error", "document extraction is not available on this node (OCR tools missing)"
	} else if out, err := r.runExtraction(ctx, d); err != nil {
		if ctx.Err() != nil {
			return // shutting down: the next leader extracts it
		}
		res.Status, res.Error = "error", documents.UserMessage(err)
	} else {
		dek, err := st.DataKey(d.KeyID)
		if err != nil {
			return // erased meanwhile
		}
		plain, _ := json.Marshal(DocResult{Text: out.Text, Labs: nonNilLabs(out.Labs)})
		res.Pages, res.Method, res.Quality = out.Pages, out.Method, out.Quality
		res.ResultCT = keys.Seal(dek, plain, keys.FieldAAD("documents", id, "result"))
	}
	if _, err := r.cfg.Commit(ctx, &store.Command{Type: store.CmdDocumentDone, At: time.Now().UTC(), DocDone: res}); err != nil {
		r.cfg.Log.Warn("document result not committed; it will be retried", "document_id", id, "error", err)
	}
}

func (r *Runner) runExtraction(ctx context.Context, d store.DocumentRow) (documents.Result, error) {
	st := r.cfg.Store
	ct, err := st.DocumentContent(ctx, d.DocumentID)
	if err != nil {
		return documents.Result{}, err
	}
	dek, err := st.DataKey(d.KeyID)
	if err != nil {
		return documents.Result{}, err
	}
	data, err := keys.Open(dek, ct, keys.FieldAAD("documents", d.DocumentID, "content"))
	if err != nil {
		return documents.Result{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, r.cfg.DocTimeout)
	defer cancel()
	return r.cfg.Extractor.Extract(ctx, data)
}

func nonNilLabs(l []casemodel.Lab) []casemodel.Lab {
	if l == nil {
		return []casemodel.Lab{}
	}
	return l
}

// analyse runs the agents on one case, once its documents are extracted.
func (r *Runner) analyse(ctx context.Context, caseID string) {
	if !r.cfg.Store.IsProcessing(caseID) {
		return
	}
	if _, err := r.run(ctx, caseID, false); err != nil && !errors.Is(err, errNotReady) && ctx.Err() == nil {
		r.cfg.Log.Warn("case analysis not committed; it will be retried", "case_id", caseID, "error", err)
	}
}

// errNotReady: documents are still being extracted (or uploaded).
var errNotReady = errors.New("documents not ready")

// ErrCaseGone is returned for a case that does not exist or was erased.
var ErrCaseGone = errors.New("case not found or erased")

// Outcome is what a run decided, without clinical content (an admin who
// re-runs agents must not read the case).
type Outcome struct {
	Status     string        `json:"status"`
	Error      string        `json:"error,omitempty"`
	Agents     []AgentResult `json:"agents"`
	DurationMS float64       `json:"duration_ms"`
}

// AgentResult is one agent's run in an Outcome.
type AgentResult struct {
	Agent      string  `json:"agent"`
	Status     string  `json:"status"`
	Confidence float64 `json:"confidence"`
	DurationMS float64 `json:"duration_ms"`
}

// Rerun analyses a case again (POST /v1/agents/spawn), even if it already
// has a result; the new result replaces the old one.
func (r *Runner) Rerun(ctx context.Context, caseID string) (Outcome, error) {
	return r.run(ctx, caseID, true)
}

func (r *Runner) run(ctx context.Context, caseID string, rerun bool) (Outcome, error) {
	st := r.cfg.Store
	c, err := st.GetCase(ctx, caseID)
	if err != nil || c.DeletedAt.Valid {
		return Outcome{}, ErrCaseGone
	}
	var docs []store.DocumentRow
	if st.HasDocuments(caseID) {
		if docs, err = st.CaseDocuments(ctx, caseID); err != nil {
			return Outcome{}, err
		}
	}
	dek, err := st.DataKey(c.KeyID)
	if err != nil {
		return Outcome{}, ErrCaseGone
	}
	var docLabs []casemodel.Lab
	for _, d := range docs {
		switch {
		case d.Status == "stored":
			return Outcome{}, errNotReady // its extraction re-queues the case
		case d.Status == "pending" && time.Since(d.CreatedAt) < r.cfg.StaleUpload:
			return Outcome{}, errNotReady // bytes still arriving
		case d.Status == "done" && d.ResultCT != nil:
			plain, err := keys.Open(dek, d.ResultCT, keys.FieldAAD("documents", d.DocumentID, "result"))
			var dr DocResult
			if err == nil && json.Unmarshal(plain, &dr) == nil {
				docLabs = append(docLabs, dr.Labs...)
			}
		}
	}
	plain, err := keys.Open(dek, c.InputCT, keys.FieldAAD("cases", caseID, "input"))
	if err != nil {
		return Outcome{}, err
	}
	var in casemodel.Input
	if err := json.Unmarshal(plain, &in); err != nil {
		return Outcome{}, err
	}

	r.track(+1)
	actx, cancel := context.WithTimeout(ctx, r.cfg.CaseTimeout)
	an, tr := agents.AnalyzeWithTrace(actx, in, docLabs, agents.Options{ReferenceTime: c.CreatedAt, AgentTimeout: r.cfg.AgentTimeout})
	cancel()
	r.track(-1)
	if ctx.Err() != nil {
		return Outcome{}, ctx.Err() // shutting down: resumed by the next leader
	}
	r.observe(tr)

	sealed, _ := json.Marshal(an)
	now := time.Now().UTC()
	cmd := &store.Command{Type: store.CmdCaseResult, At: now, Result: &store.CaseResultCmd{
		CaseID: caseID, Status: an.Status, AnalysisCT: keys.Seal(dek, sealed, keys.FieldAAD("cases", caseID, "analysis")), Summary: summary(an), Rerun: rerun,
	}}
	if an.Triage != nil {
		cmd.Result.Urgency = an.Triage.UrgencyLevel
	}
	// The analysis (and its debate transcript) is audited like any access.
	reason := an.Status
	if an.Error != "" {
		reason = an.Status + ": " + an.Error
	}
	result := "success"
	if an.Status == "error" {
		result = "failure"
	}
	cmd.Audit = []audit.Entry{{EntryID: "aud_" + strings.TrimPrefix(caseID, "case_") + "_" + strconv.FormatInt(now.UnixNano(), 36), Timestamp: now,
		UserID: "system:agents", Role: "system", Action: "case.analyse", CaseID: caseID, PatientRef: c.PatientRef, Result: result,
		Reason: fmt.Sprintf("%s; agents %d; debates %d", reason, len(tr.Agents), tr.Debates)}}
	res, err := r.cfg.Commit(ctx, cmd)
	if err != nil {
		return Outcome{}, err
	}
	out := Outcome{Status: an.Status, Error: an.Error, DurationMS: float64(tr.Total.Microseconds()) / 1000}
	for _, a := range tr.Agents {
		out.Agents = append(out.Agents, AgentResult{Agent: a.Agent, Status: a.Status, Confidence: a.Confidence, DurationMS: float64(a.Duration.Microseconds()) / 1000})
	}
	if res.Err == nil {
		m := r.cfg.Metrics
		m.Cases.WithLabelValues(an.Status, c.Priority).Inc()
		if !rerun {
			m.CaseProcessing.Observe(time.Since(c.CreatedAt).Seconds())
		}
	}
	return out, nil
}

// summary is the PHI-free part of an analysis that may leave the clinic:
// structured enumerations and numbers only, never free text.
func summary(an casemodel.Analysis) map[string]any {
	s := map[string]any{"alerts": len(an.Alerts), "agents": an.AgentsInvolved}
	if an.Triage != nil {
		s["urgency"] = an.Triage.UrgencyLevel
		s["specialties"] = an.Triage.Specialties
		s["scores"] = an.Triage.Scores
	}
	if an.FinalReport != nil {
		s["confidence"] = an.FinalReport.ConfidenceScore
		s["critical"] = an.FinalReport.CriticalFlag
		s["human_review"] = an.FinalReport.HumanReviewRequired
	}
	return s
}

func (r *Runner) track(delta int) {
	r.mu.Lock()
	r.running += delta
	n := r.running
	r.mu.Unlock()
	r.cfg.Metrics.ActiveAgents.WithLabelValues("triage").Set(float64(n))
}

func (r *Runner) observe(tr agents.Trace) {
	m := r.cfg.Metrics
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, a := range tr.Agents {
		m.AgentInference.WithLabelValues(a.Agent).Observe(a.Duration.Seconds())
		if a.Status == "ok" {
			m.AgentConfidence.WithLabelValues(a.Agent).Observe(a.Confidence)
		}
		s := r.stats[a.Agent]
		if s == nil {
			s = &agentStats{}
			r.stats[a.Agent] = s
		}
		s.runs++
		s.total += a.Duration
		if a.Status == "ok" {
			s.ok++
		}
	}
	if tr.Debates > 0 {
		m.DebateResolution.Observe(tr.DebateTime.Seconds())
	}
}

// AgentStatus is one agent type's figures for GET /v1/agents/status.
type AgentStatus struct {
	InstancesActive     int     `json:"instances_active"`
	AvgProcessingTimeMS float64 `json:"avg_processing_time_ms"`
	SuccessRate         float64 `json:"success_rate"`
	CurrentLoad         float64 `json:"current_load"`
	Runs                int     `json:"runs"`
}

// Status reports per-agent figures since start-up and the pool's load.
func (r *Runner) Status(agentNames []string) (map[string]AgentStatus, int, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]AgentStatus{}
	load := float64(r.running) / float64(r.cfg.CaseWorkers)
	for _, name := range agentNames {
		s := r.stats[name]
		a := AgentStatus{InstancesActive: r.running, CurrentLoad: load, SuccessRate: 1}
		if s != nil && s.runs > 0 {
			a.Runs = s.runs
			a.AvgProcessingTimeMS = float64(s.total.Microseconds()) / 1000 / float64(s.runs)
			a.SuccessRate = float64(s.ok) / float64(s.runs)
		}
		out[name] = a
	}
	return out, len(r.cases), len(r.docs)
}
