// Package metrics declares the Prometheus families of the contract in one
// place, on a private registry, with known label values initialised so every
// family is present from start-up. Labels never carry PHI or raw paths.
package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// AgentTypes are the agent_type label values known at start-up.
var AgentTypes = []string{"triage", "cardiology", "neurology", "endocrinology", "radiology", "emergency_medicine", "pulmonology", "gastroenterology", "infectious_disease", "nephrology", "psychiatry", "obstetrics_gynecology", "pediatrics", "orthopedics", "general_medicine", "safety", "validator", "communicator"}

// PHITypes are the phi_detections_total type values of the contract.
var PHITypes = []string{"NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "ZIP", "LOCATION", "ORGANIZATION", "CPF", "CNPJ", "CNS", "RG", "ID"}

// Metrics holds every family.
type Metrics struct {
	Registry *prometheus.Registry

	HTTPRequests     *prometheus.CounterVec
	HTTPDuration     *prometheus.HistogramVec
	Cases            *prometheus.CounterVec
	PHIDetections    *prometheus.CounterVec
	AgentInference   *prometheus.HistogramVec
	AgentConfidence  *prometheus.HistogramVec
	CaseProcessing   prometheus.Histogram
	DebateResolution prometheus.Histogram
	ActiveAgents     *prometheus.GaugeVec
	DBConnections    prometheus.Gauge

	RaftState         *prometheus.GaugeVec
	RaftTerm          prometheus.Gauge
	RaftCommitIndex   prometheus.Gauge
	RaftAppliedIndex  prometheus.Gauge
	RaftLastContact   prometheus.Gauge
	RaftLeaderChanges prometheus.Counter
	RaftApplyDuration prometheus.Histogram
	SyncBatchLag      prometheus.Gauge
	SyncLastSuccess   prometheus.Gauge
	SyncQueue         prometheus.Gauge
	BackupLastSuccess prometheus.Gauge
	BackupLastRaftIdx prometheus.Gauge
	AuditEntries      prometheus.Counter
	LoginFailures     prometheus.Counter
	RateLimited       *prometheus.CounterVec
}

// New builds the families and registers them with Go and process collectors.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{Registry: reg}
	f := func(c prometheus.Collector) { reg.MustRegister(c) }
	m.HTTPRequests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "http_requests_total", Help: "HTTP requests served, by method, route pattern and status code."}, []string{"method", "endpoint", "status"})
	m.HTTPDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "http_request_duration_seconds", Help: "HTTP request latency by method and route pattern.", Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}}, []string{"method", "endpoint"})
	m.Cases = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "cases_total", Help: "Cases by status reached and priority."}, []string{"status", "priority"})
	m.PHIDetections = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "phi_detections_total", Help: "PHI spans detected by the scrubber, by type (never values)."}, []string{"type"})
	m.AgentInference = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "agent_inference_seconds", Help: "Time one agent spent on one case.", Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 5, 30}}, []string{"agent_type"})
	m.AgentConfidence = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "agent_confidence_score", Help: "Confidence an agent reported for its output (0..1).", Buckets: []float64{.1, .2, .3, .4, .5, .6, .7, .8, .9, 1}}, []string{"agent_type"})
	m.CaseProcessing = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "case_processing_seconds", Help: "Time from case creation to a final status.", Buckets: []float64{.01, .05, .1, .25, .5, 1, 2, 5, 10, 30, 60}})
	m.DebateResolution = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "debate_resolution_seconds", Help: "Time the validator's debates took.", Buckets: []float64{.0005, .001, .005, .01, .05, .1, .5, 1, 5}})
	m.ActiveAgents = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "active_agents", Help: "Agents currently working, by type."}, []string{"agent_type"})
	m.DBConnections = prometheus.NewGauge(prometheus.GaugeOpts{Name: "database_connections", Help: "Open connections to the local DuckDB database."})

	m.RaftState = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "raft_state", Help: "1 for this node's current raft state, 0 for the others."}, []string{"state"})
	m.RaftTerm = prometheus.NewGauge(prometheus.GaugeOpts{Name: "raft_term", Help: "Current raft term."})
	m.RaftCommitIndex = prometheus.NewGauge(prometheus.GaugeOpts{Name: "raft_commit_index", Help: "Raft commit index."})
	m.RaftAppliedIndex = prometheus.NewGauge(prometheus.GaugeOpts{Name: "raft_applied_index", Help: "Raft index applied to the local database."})
	m.RaftLastContact = prometheus.NewGauge(prometheus.GaugeOpts{Name: "raft_last_contact_seconds", Help: "Seconds since a follower last heard from the leader (0 on the leader)."})
	m.RaftLeaderChanges = prometheus.NewCounter(prometheus.CounterOpts{Name: "raft_leader_changes_total", Help: "Leader changes this node observed (elections)."})
	m.RaftApplyDuration = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "raft_apply_duration_seconds", Help: "Time to commit and apply one command through raft.", Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 5}})
	m.SyncBatchLag = prometheus.NewGauge(prometheus.GaugeOpts{Name: "sync_batch_lag", Help: "Outbox events not yet sent to the hub."})
	m.SyncLastSuccess = prometheus.NewGauge(prometheus.GaugeOpts{Name: "sync_last_success_timestamp_seconds", Help: "Unix time of the last batch the hub storage accepted (0: never)."})
	m.SyncQueue = prometheus.NewGauge(prometheus.GaugeOpts{Name: "sync_queue_batches", Help: "Sealed batches waiting for upload."})
	m.BackupLastSuccess = prometheus.NewGauge(prometheus.GaugeOpts{Name: "backup_last_success_timestamp_seconds", Help: "Unix time of the last verified backup (0: never)."})
	m.BackupLastRaftIdx = prometheus.NewGauge(prometheus.GaugeOpts{Name: "backup_last_raft_index", Help: "Raft index the newest backup covers."})
	m.AuditEntries = prometheus.NewCounter(prometheus.CounterOpts{Name: "audit_entries_total", Help: "Audit entries this node proposed."})
	m.LoginFailures = prometheus.NewCounter(prometheus.CounterOpts{Name: "auth_login_failures_total", Help: "Failed sign-ins (no user names recorded)."})
	m.RateLimited = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "http_rate_limited_total", Help: "Requests refused by a rate limit, by limit class."}, []string{"class"})

	for _, c := range []prometheus.Collector{m.HTTPRequests, m.HTTPDuration, m.Cases, m.PHIDetections, m.AgentInference, m.AgentConfidence, m.CaseProcessing, m.DebateResolution, m.ActiveAgents, m.DBConnections, m.RaftState, m.RaftTerm, m.RaftCommitIndex, m.RaftAppliedIndex, m.RaftLastContact, m.RaftLeaderChanges, m.RaftApplyDuration, m.SyncBatchLag, m.SyncLastSuccess, m.SyncQueue, m.BackupLastSuccess, m.BackupLastRaftIdx, m.AuditEntries, m.LoginFailures, m.RateLimited} {
		f(c)
	}
	f(collectors.NewGoCollector())
	f(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	for _, a := range AgentTypes {
		m.AgentInference.WithLabelValues(a)
		m.AgentConfidence.WithLabelValues(a)
		m.ActiveAgents.WithLabelValues(a)
	}
	for _, t := range PHITypes {
		m.PHIDetections.WithLabelValues(t)
	}
	for _, s := range []string{"processing", "completed", "escalated", "error", "deleted"} {
		for _, p := range []string{"low", "medium", "high", "critical"} {
			m.Cases.WithLabelValues(s, p)
		}
	}
	for _, s := range []string{"leader", "follower", "candidate", "shutdown"} {
		m.RaftState.WithLabelValues(s)
	}
	for _, c := range []string{"auth", "case_create", "case_read", "knowledge", "reports"} {
		m.RateLimited.WithLabelValues(c)
	}
	return m
}

// InitRoute makes a route's request families present before its first hit.
func (m *Metrics) InitRoute(method, pattern, okStatus string) {
	m.HTTPRequests.WithLabelValues(method, pattern, okStatus)
	m.HTTPDuration.WithLabelValues(method, pattern)
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
}

// SetRaftState marks the current raft state.
func (m *Metrics) SetRaftState(state string) {
	for _, s := range []string{"leader", "follower", "candidate", "shutdown"} {
		v := 0.0
		if s == state {
			v = 1
		}
		m.RaftState.WithLabelValues(s).Set(v)
	}
}
