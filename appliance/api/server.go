// Package api is the appliance's HTTP surface: routing, authentication,
// authorisation, validation, auditing and the handlers that turn requests
// into raft commands (writes) or store queries (reads).
package api

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/agnomedical/agno/appliance/jobs"
	"github.com/agnomedical/agno/appliance/reports"
	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/audit"
	"github.com/agnomedical/agno/pkg/auth"
	"github.com/agnomedical/agno/pkg/config"
	"github.com/agnomedical/agno/pkg/httpx"
	"github.com/agnomedical/agno/pkg/keys"
	"github.com/agnomedical/agno/pkg/metrics"
	"github.com/agnomedical/agno/replication/raftnode"
)

// Committer is the write path (raftnode.Node).
type Committer interface {
	Apply(ctx context.Context, data []byte) (any, error)
	ReadIndex(ctx context.Context) (uint64, error)
	Status() raftnode.Status
	Snapshot() error
}

// ClusterMember is one node for /v1/cluster/status.
type ClusterMember struct {
	NodeID   string `json:"node_id"`
	RaftAddr string `json:"raft_addr"`
	APIAddr  string `json:"api_addr"`
	Suffrage string `json:"suffrage"`
	Healthy  bool   `json:"healthy"`
}

// Cluster is membership management (appliance/node).
type Cluster interface {
	Members() []ClusterMember
	APIAddrOf(id string) string
	JoinCluster(addr string) error
	RemoveNode(ctx context.Context, id string, commit func(context.Context, *store.Command) (store.Result, error), audit func(*store.Command)) error
}

// Deps is what the server needs from main.
type Deps struct {
	Config  config.Config
	Store   *store.Store
	Raft    Committer
	Ring    *keys.Ring
	Metrics *metrics.Metrics
	Log     *slog.Logger
	Version string
	NodeID  string
	// Services reports extra components' health for /health
	// (agents, ocr, sync, backup as they are added).
	Services func() map[string]string
	// Runner runs the leader's background jobs (agents, documents).
	Runner *jobs.Runner
	// Cluster manages membership; nil in tests of a bare server.
	Cluster Cluster
}

// Server holds the handlers' shared state.
type Server struct {
	Deps
	jwt       *auth.Keyring
	jwtSeen   string // kids the keyring was built from
	jwtMu     sync.Mutex
	limiters  map[string]*httpx.Limiter
	touches   sync.Map     // session id → time.Time of the last request seen here
	proposed  sync.Map     // session id → time.Time of the last touch sent through raft
	lastSweep atomic.Value // time.Time of the last sweep of the two maps above
	now       func() time.Time
	// pwSlots bounds concurrent password checks: each argon2id check holds
	// 64 MiB, so a burst of sign-ins must queue rather than exhaust memory.
	pwSlots chan struct{}
}

// New builds a server. The JWT keyring is loaded lazily from the store, so a
// rotation committed anywhere in the cluster is picked up on the next request.
func New(d Deps) *Server {
	s := &Server{Deps: d, now: time.Now, pwSlots: make(chan struct{}, 2), limiters: map[string]*httpx.Limiter{
		"auth":        httpx.NewLimiter(d.Config.RateLimitAuth),
		"case_create": httpx.NewLimiter(d.Config.RateLimitCaseCreate),
		"case_read":   httpx.NewLimiter(d.Config.RateLimitCaseRead),
		"knowledge":   httpx.NewLimiter(d.Config.RateLimitKnowledge),
		"reports":     httpx.NewLimiter(d.Config.RateLimitReports),
	}}
	return s
}

// principal is the authenticated caller.
type principal struct {
	UserID    string
	Username  string
	Role      auth.Role
	SessionID string
	Local     bool // the local admin socket (CLI)
}

type ctxKey int

const (
	principalKey ctxKey = iota
	auditKey
)

// auditRec is filled during a request and committed once.
type auditRec struct {
	entry     audit.Entry
	committed bool
}

func principalFrom(ctx context.Context) *principal {
	p, _ := ctx.Value(principalKey).(*principal)
	return p
}

func recFrom(ctx context.Context) *auditRec {
	r, _ := ctx.Value(auditKey).(*auditRec)
	return r
}

// route is one API route with its audit action and rate-limit class.
type route struct {
	method, path string
	action       string          // audit action; "" = not audited (health, metrics)
	perm         auth.Permission // "" = no authentication required
	limit        string          // rate-limit class, "" = none
	ok           int             // success status, for metric initialisation
	h            func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error
}

func (s *Server) routes() []route {
	return []route{
		{"GET", "/health", "", "", "", 200, s.handleHealth},
		{"GET", "/metrics", "", "", "", 200, s.handleMetrics},
		{"POST", "/auth/token", "auth.login", "", "auth", 200, s.handleToken},
		{"POST", "/auth/refresh", "auth.refresh", "", "auth", 200, s.handleRefresh},
		{"POST", "/auth/logout", "auth.logout", "*", "", 200, s.handleLogout},
		{"POST", "/v1/cases", "case.create", auth.CaseCreate, "case_create", 201, s.handleCreateCase},
		{"GET", "/v1/cases", "case.list", auth.CaseList, "case_read", 200, s.handleListCases},
		{"GET", "/v1/cases/:id", "case.read", auth.CaseRead, "case_read", 200, s.handleGetCase},
		{"DELETE", "/v1/cases/:id", "case.delete", auth.CaseDelete, "", 200, s.handleDeleteCase},
		{"GET", "/v1/audit/log", "audit.read", auth.AuditRead, "", 200, s.handleAuditLog},
		{"GET", "/v1/audit/verify", "audit.verify", auth.AuditRead, "", 200, s.handleAuditVerify},
		{"POST", "/v1/users", "user.create", auth.UserManage, "", 201, s.handleCreateUser},
		{"GET", "/v1/users", "user.list", auth.UserManage, "", 200, s.handleListUsers},
		{"PATCH", "/v1/users/:id", "user.update", auth.UserManage, "", 200, s.handleUpdateUser},
		{"POST", "/v1/users/:id/password", "user.password", auth.UserManage, "", 200, s.handleSetPassword},
		{"GET", "/v1/cluster/status", "cluster.status", auth.ClusterManage, "", 200, s.handleClusterStatus},
		{"POST", "/v1/cluster/join", "cluster.join", auth.ClusterManage, "", 200, s.handleClusterJoin},
		{"DELETE", "/v1/cluster/nodes/:id", "cluster.remove", auth.ClusterManage, "", 200, s.handleClusterRemove},
		{"POST", "/v1/cases/:id/documents", "document.add", auth.DocumentAdd, "case_create", 201, s.handleAddDocuments},
		{"GET", "/v1/documents/:id", "document.read", auth.DocumentRead, "case_read", 200, s.handleGetDocument},
		{"GET", "/v1/documents/:id/text", "document.read_text", auth.DocumentRead, "case_read", 200, s.handleGetDocumentText},
		{"GET", "/v1/agents/status", "agents.status", auth.AgentsStatus, "", 200, s.handleAgentsStatus},
		{"POST", "/v1/agents/spawn", "agents.spawn", auth.AgentsSpawn, "", 201, s.handleSpawn},
		// Reports, knowledge base and case memory (reports.go, knowledge.go, memory.go).
		{"GET", "/v1/reports/:id/physician", "report.physician", auth.ReportRead, "reports", 200, s.reportFile("application/pdf", "physician-report-", ".pdf", reports.PhysicianPDF)},
		{"GET", "/v1/reports/:id/patient", "report.patient", auth.ReportPatientRead, "reports", 200, s.reportFile("application/pdf", "patient-summary-", ".pdf", reports.PatientPDF)},
		{"GET", "/v1/reports/:id/audio", "report.audio", auth.ReportAudio, "reports", 200, s.handleReportAudio},
		{"GET", "/v1/reports/:id/fhir", "report.fhir", auth.ReportFHIR, "reports", 200, s.reportFile("application/fhir+json", "bundle-", ".json", reports.FHIRBundle)},
		{"POST", "/v1/reports/:id/regenerate", "report.regenerate", auth.ReportRegenerate, "reports", 200, s.handleReportRegenerate},
		{"GET", "/v1/knowledge/search", "knowledge.search", auth.KnowledgeSearch, "knowledge", 200, s.handleKnowledgeSearch},
		{"POST", "/v1/knowledge/add", "knowledge.add", auth.KnowledgeAdd, "knowledge", 201, s.handleKnowledgeAdd},
		{"GET", "/v1/memory/similar-cases", "memory.similar", auth.MemorySimilar, "case_read", 200, s.handleSimilarCases},
	}
}

// localRoutes exist only on the local admin socket used by the CLI.
func (s *Server) localRoutes() []route {
	return []route{
		{"POST", "/local/keys/rotate-jwt", "keys.rotate_jwt", auth.UserManage, "", 200, s.handleRotateJWT},
		{"POST", "/local/sessions/invalidate", "sessions.invalidate", auth.UserManage, "", 200, s.handleInvalidateSessions},
		{"GET", "/local/users/by-name/:name", "user.lookup", auth.UserManage, "", 200, s.handleUserByName},
	}
}

// Handler is the LAN-facing HTTP handler.
func (s *Server) Handler() http.Handler { return s.build(s.routes(), false) }

// LocalHandler is served on the unix socket: same routes plus local ones,
// callers are trusted as the local administrator by the socket's file
// permissions (like the Docker socket).
func (s *Server) LocalHandler() http.Handler {
	return s.build(append(s.routes(), s.localRoutes()...), true)
}

func (s *Server) build(rs []route, local bool) http.Handler {
	router := httprouter.New()
	router.RedirectTrailingSlash = false
	router.RedirectFixedPath = false
	router.HandleMethodNotAllowed = true
	router.NotFound = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.count(r, "unmatched", http.StatusNotFound, time.Now())
		httpx.WriteError(w, r, httpx.Errorf(httpx.CodeNotFound, "no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	router.MethodNotAllowed = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.count(r, "unmatched", http.StatusMethodNotAllowed, time.Now())
		e := httpx.Errorf(httpx.CodeInvalidInput, "method %s is not allowed here", r.Method)
		httpx.WriteJSON(w, http.StatusMethodNotAllowed, map[string]any{"error": map[string]any{"code": e.Code, "message": e.Message, "details": map[string]any{"allow": w.Header().Get("Allow")}, "timestamp": time.Now().UTC().Format(time.RFC3339), "request_id": httpx.RequestID(r.Context())}})
	})
	for _, rt := range rs {
		s.Metrics.InitRoute(rt.method, rt.path, strconv.Itoa(rt.ok))
		router.Handle(rt.method, rt.path, s.wrap(rt, local))
	}
	var h http.Handler = router
	h = httpx.Recover(s.Log)(h)
	h = httpx.SecurityHeaders(h)
	h = httpx.RequestIDs(h)
	return h
}

// wrap is the per-route middleware: metrics, rate limits, authentication,
// authorisation, audit of the outcome, and the error shape.
func (s *Server) wrap(rt route, local bool) httprouter.Handle {
	return func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
		start := time.Now()
		rec := &httpx.StatusRecorder{ResponseWriter: w}
		ar := &auditRec{entry: audit.Entry{Action: rt.action, IPAddress: clientIP(r), UserAgent: truncate(r.UserAgent(), 256), Result: audit.ResultSuccess}}
		if id := ps.ByName("id"); id != "" && strings.HasPrefix(rt.path, "/v1/cases/") {
			// Name the target case even when the request is refused before
			// the handler runs (denied, rate-limited), so "who tried to open
			// case X" has an answer.
			ar.entry.CaseID = truncate(id, maxIDLen)
		}
		ctx := context.WithValue(r.Context(), auditKey, ar)
		var p *principal
		if local {
			p = &principal{UserID: "local:cli", Username: "local-admin", Role: auth.RoleAdmin, Local: true}
			ar.entry.UserID, ar.entry.Role = p.UserID, string(p.Role)
			ctx = context.WithValue(ctx, principalKey, p)
		}
		r = r.WithContext(ctx)

		err := func() error {
			if rt.perm != "" && !local {
				var err error
				if p, err = s.authenticate(r); err != nil {
					return err
				}
				ar.entry.UserID, ar.entry.Role = p.UserID, string(p.Role)
				r = r.WithContext(context.WithValue(r.Context(), principalKey, p))
				if rt.perm != "*" && !auth.Allowed(p.Role, rt.perm) {
					return httpx.Errorf(httpx.CodeForbidden, "role %s may not %s", p.Role, strings.ReplaceAll(rt.action, ".", " "))
				}
			}
			if rt.limit != "" && s.Config.RateLimitsOn() && !local {
				key := clientIP(r)
				if p != nil {
					key = p.UserID
				}
				d := s.limiters[rt.limit].Allow(key, start)
				d.SetHeaders(rec, start)
				if !d.Allowed {
					s.Metrics.RateLimited.WithLabelValues(rt.limit).Inc()
					return httpx.Errorf(httpx.CodeRateLimited, "rate limit of %d requests per minute exceeded; retry after the time in Retry-After", d.Limit).WithDetails("limit", d.Limit, "class", rt.limit)
				}
			}
			return rt.h(rec, r, ps)
		}()
		if err != nil {
			var he *httpx.Error
			if !errors.As(err, &he) {
				s.Log.Error("request failed", "request_id", httpx.RequestID(r.Context()), "endpoint", rt.path, "error", err)
			}
			if rec.Status == 0 {
				httpx.WriteError(rec, r, err)
			}
			ar.entry.Result = audit.ResultFailure
			if he != nil {
				if he.Code == httpx.CodeForbidden {
					ar.entry.Result = audit.ResultDenied
				}
				if ar.entry.Reason == "" { // keep a handler's more precise reason ("locked out")
					ar.entry.Reason = he.Code
				}
			} else {
				ar.entry.Reason = httpx.CodeInternal
			}
		}
		if rt.action != "" && !ar.committed {
			// Failures (and anything a handler did not audit itself) are
			// recorded after the response; a failure to audit is logged.
			if err := s.commitAudit(context.WithoutCancel(r.Context()), ar); err != nil {
				s.Log.Warn("audit entry not recorded", "request_id", httpx.RequestID(r.Context()), "action", rt.action, "error", err)
			}
		}
		s.count(r, rt.path, rec.Status, start)
	}
}

func (s *Server) count(r *http.Request, endpoint string, status int, start time.Time) {
	if status == 0 {
		status = 200
	}
	s.Metrics.HTTPRequests.WithLabelValues(r.Method, endpoint, strconv.Itoa(status)).Inc()
	s.Metrics.HTTPDuration.WithLabelValues(r.Method, endpoint).Observe(time.Since(start).Seconds())
}

// commitAudit proposes the request's audit entry on its own (reads, failures).
func (s *Server) commitAudit(ctx context.Context, ar *auditRec) error {
	if ar == nil || ar.committed {
		return nil
	}
	ar.committed = true
	cmd := &store.Command{Type: store.CmdAuditOnly, At: s.now().UTC(), Audit: []audit.Entry{s.finishEntry(ar)}}
	_, err := s.apply(ctx, cmd)
	return err
}

// finishEntry stamps an entry with its id and time.
func (s *Server) finishEntry(ar *auditRec) audit.Entry {
	e := ar.entry
	e.EntryID = auth.NewID("aud")
	e.Timestamp = s.now().UTC()
	s.Metrics.AuditEntries.Inc()
	return e
}

// withAudit attaches the request's audit entry to a write command, so the
// change and its record commit together.
func (s *Server) withAudit(r *http.Request, cmd *store.Command) {
	if ar := recFrom(r.Context()); ar != nil && !ar.committed {
		ar.committed = true
		cmd.Audit = append(cmd.Audit, s.finishEntry(ar))
	}
}

// auditBeforeRead commits the audit entry of a successful read before any
// data is written to the client: no record, no data.
func (s *Server) auditBeforeRead(r *http.Request) error {
	if err := s.commitAudit(r.Context(), recFrom(r.Context())); err != nil {
		return s.writeErr(err)
	}
	return nil
}

// setAuditCase names the case and patient an entry is about.
func setAuditCase(r *http.Request, caseID, patientRef string) {
	if ar := recFrom(r.Context()); ar != nil {
		ar.entry.CaseID, ar.entry.PatientRef = caseID, patientRef
	}
}

// Commit proposes a command and waits until it is visible (for background
// workers, which have no request).
func (s *Server) Commit(ctx context.Context, cmd *store.Command) (store.Result, error) {
	return s.apply(ctx, cmd)
}

// apply encodes and commits a command, measuring raft latency.
func (s *Server) apply(ctx context.Context, cmd *store.Command) (store.Result, error) {
	data, err := cmd.Encode()
	if err != nil {
		return store.Result{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, s.Config.ApplyTimeout)
	defer cancel()
	start := time.Now()
	v, err := s.Raft.Apply(ctx, data)
	s.Metrics.RaftApplyDuration.Observe(time.Since(start).Seconds())
	if err != nil {
		return store.Result{}, err
	}
	res, _ := v.(store.Result)
	if err := s.Store.WaitVisible(ctx, res.Index); err != nil {
		return res, err
	}
	return res, nil
}

// writeErr maps write-path failures to the contract's codes.
func (s *Server) writeErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, raftnode.ErrOutcomeUnknown) {
		return &httpx.Error{Code: httpx.CodeNotLeader, Message: "the leader changed during the write; it may or may not have been saved: check before retrying", Cause: err}
	}
	if errors.Is(err, raftnode.ErrNotLeader) || errors.Is(err, context.DeadlineExceeded) {
		st := s.Raft.Status()
		return &httpx.Error{Code: httpx.CodeNotLeader, Message: "no raft leader could accept the write in time; retry shortly", Details: map[string]any{"leader_id": st.LeaderID}, Cause: err}
	}
	return err
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// consistentRead honours ?consistency=strong: the read waits until this node
// has applied everything the leader had committed when the read began
// (raft read index), so it sees every write acknowledged before it. The
// default, local, reads this node's state as it is.
func (s *Server) consistentRead(r *http.Request) error {
	switch r.URL.Query().Get("consistency") {
	case "", "local":
		return nil
	case "strong":
	default:
		return httpx.Invalid("consistency", "consistency must be local or strong")
	}
	return s.barrier(r.Context())
}

// barrier waits until this node reflects every write acknowledged anywhere
// before the call (used by strong reads, and by writes that first look
// state up, so they never act on a stale local view).
func (s *Server) barrier(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.Config.ApplyTimeout)
	defer cancel()
	idx, err := s.Raft.ReadIndex(ctx)
	if err != nil {
		return s.writeErr(err)
	}
	if err := s.Store.WaitVisible(ctx, idx); err != nil {
		return s.writeErr(err)
	}
	return nil
}
