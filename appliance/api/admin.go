package api

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"math/big"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/audit"
	"github.com/agnomedical/agno/pkg/auth"
	"github.com/agnomedical/agno/pkg/httpx"
)

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	services := map[string]string{"api": "up", "database": "up", "raft": "up", "agents": "not_configured", "ocr": "not_configured", "sync": "not_configured", "backup": "not_configured"}
	if s.Services != nil {
		for k, v := range s.Services() {
			services[k] = v
		}
	}
	status, code := "healthy", http.StatusOK
	if err := s.Store.Ping(ctx); err != nil {
		services["database"] = "down"
	}
	st := s.Raft.Status()
	s.Metrics.SetRaftState(st.State)
	switch {
	case st.State == "shutdown":
		services["raft"] = "down"
	case st.LeaderID == "":
		services["raft"] = "no_leader"
	}
	if services["database"] != "up" || services["raft"] != "up" {
		status, code = "unhealthy", http.StatusServiceUnavailable
	} else {
		for k, v := range services {
			if k != "database" && k != "raft" && (v == "down" || v == "degraded") {
				status = "degraded"
			}
		}
	}
	httpx.WriteJSON(w, code, map[string]any{
		"status": status, "version": s.Version, "node_id": s.NodeID, "services": services,
		"raft":      map[string]any{"state": st.State, "leader_id": st.LeaderID, "term": st.Term, "applied_index": st.AppliedIndex, "commit_index": st.CommitIndex, "can_write": st.LeaderID != ""},
		"timestamp": time.Now().UTC().Format(time.RFC3339),
	})
	return nil
}

// handleMetrics serves Prometheus text to an admin token or the configured
// scrape token.
func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	h := r.Header.Get("Authorization")
	tok, _ := strings.CutPrefix(h, "Bearer ")
	if s.Config.MetricsToken != "" && tok != "" && subtle.ConstantTimeCompare([]byte(tok), []byte(s.Config.MetricsToken)) == 1 {
		s.refreshGauges()
		s.Metrics.Handler().ServeHTTP(w, r)
		return nil
	}
	p, err := s.authenticate(r)
	if err != nil {
		return err
	}
	if !auth.Allowed(p.Role, auth.MetricsRead) {
		return httpx.Errorf(httpx.CodeForbidden, "metrics need an admin token or the scrape token")
	}
	s.refreshGauges()
	s.Metrics.Handler().ServeHTTP(w, r)
	return nil
}

func (s *Server) refreshGauges() {
	st := s.Raft.Status()
	s.Metrics.SetRaftState(st.State)
	s.Metrics.RaftTerm.Set(float64(st.Term))
	s.Metrics.RaftCommitIndex.Set(float64(st.CommitIndex))
	s.Metrics.RaftAppliedIndex.Set(float64(st.AppliedIndex))
	s.Metrics.RaftLastContact.Set(st.LastContact.Seconds())
	s.Metrics.DBConnections.Set(float64(s.Store.OpenConnections()))
}

func (s *Server) handleAuditLog(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	q := r.URL.Query()
	for k := range q {
		switch k {
		case "user_id", "action", "case_id", "from_date", "to_date", "limit", "consistency":
		default:
			return httpx.Invalid(k, "unknown query parameter %q", k)
		}
	}
	f := store.AuditFilter{UserID: q.Get("user_id"), Action: q.Get("action"), CaseID: q.Get("case_id")}
	var err error
	if f.From, err = parseDateParam(q.Get("from_date"), "from_date", false); err != nil {
		return err
	}
	if f.To, err = parseDateParam(q.Get("to_date"), "to_date", true); err != nil {
		return err
	}
	if f.Limit, err = intParam(q.Get("limit"), "limit", 100, 1, 1000); err != nil {
		return err
	}
	if err := s.consistentRead(r); err != nil {
		return err
	}
	entries, total, err := s.Store.AuditLog(r.Context(), f)
	if err != nil {
		return err
	}
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	list := make([]any, 0, len(entries))
	for _, e := range entries {
		list = append(list, e)
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"entries": list, "total": total, "limit": f.Limit})
	return nil
}

func (s *Server) handleAuditVerify(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	v, err := s.Store.VerifyAudit(r.Context())
	if err != nil {
		return err
	}
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	var first any
	if v.FirstBadEntry != "" {
		first = v.FirstBadEntry
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"ok": v.OK, "entries": v.Entries, "first_bad_entry": first})
	return nil
}

type userBody struct {
	Username string `json:"username"`
	Password string `json:"password"`
	Role     string `json:"role"`
}

func (s *Server) handleCreateUser(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	var b userBody
	if err := httpx.DecodeJSON(r.Body, 64<<10, &b); err != nil {
		return err
	}
	b.Username = strings.TrimSpace(b.Username)
	if b.Username == "" || len(b.Username) > 64 || !validUsername(b.Username) {
		return httpx.Invalid("username", "username must be 1 to 64 letters, digits, dots, dashes or underscores")
	}
	role, err := auth.ParseRole(b.Role)
	if err != nil {
		return enumErr("role", roleNames())
	}
	b.Role = string(role) // canonical: "Nurse" would be stored as is and fail at sign-in
	if err := passwordPolicy(b.Password, b.Username); err != nil {
		return err
	}
	hash, err := auth.HashPassword(b.Password)
	if err != nil {
		return err
	}
	id := auth.NewID("usr")
	cmd := &store.Command{Type: store.CmdUserCreate, At: s.now().UTC(), User: &store.UserCmd{UserID: id, Username: b.Username, Role: b.Role, PasswordHash: hash}}
	s.withAudit(r, cmd)
	res, err := s.apply(r.Context(), cmd)
	if err != nil {
		return s.writeErr(err)
	}
	if errors.Is(res.Err, store.ErrConflict) {
		return httpx.Errorf(httpx.CodeConflict, "user name %q is taken", b.Username).WithDetails("field", "username")
	}
	if res.Err != nil {
		return res.Err
	}
	httpx.WriteJSON(w, http.StatusCreated, map[string]any{"user_id": id, "username": b.Username, "role": b.Role})
	return nil
}

func passwordPolicy(pw, username string) error {
	if err := auth.CheckPolicy(pw, username); err != nil {
		var pe *auth.PolicyError
		if errors.As(err, &pe) {
			return httpx.Invalid("password", "%s", pe.Error()).WithDetails("rules", pe.Rules)
		}
		return httpx.Invalid("password", "%s", err.Error())
	}
	return nil
}

func validUsername(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' || r == '@') {
			return false
		}
	}
	return true
}

func roleNames() []string {
	var out []string
	for _, r := range auth.Roles() {
		out = append(out, string(r))
	}
	return out
}

func (s *Server) handleListUsers(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	users := s.Store.Users()
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	now := s.now()
	list := make([]map[string]any, 0, len(users))
	for _, u := range users {
		list = append(list, map[string]any{"user_id": u.UserID, "username": u.Username, "role": u.Role, "disabled": u.Disabled,
			"created_at": u.CreatedAt.UTC().Format(time.RFC3339), "active_sessions": s.Store.ActiveSessions(u.UserID, now)})
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"users": list, "total": len(list)})
	return nil
}

func (s *Server) handleUserByName(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	u, ok := s.Store.UserByName(ps.ByName("name"))
	if !ok {
		return httpx.Errorf(httpx.CodeNotFound, "no user named %q", ps.ByName("name"))
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"user_id": u.UserID, "username": u.Username, "role": u.Role, "disabled": u.Disabled})
	return nil
}

func (s *Server) handleUpdateUser(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	var b struct {
		Role     *string `json:"role"`
		Disabled *bool   `json:"disabled"`
	}
	if err := httpx.DecodeJSON(r.Body, 64<<10, &b); err != nil {
		return err
	}
	if b.Role == nil && b.Disabled == nil {
		return httpx.Errorf(httpx.CodeInvalidInput, "nothing to change: give role and/or disabled")
	}
	uc := &store.UserCmd{UserID: ps.ByName("id"), Disabled: b.Disabled}
	if b.Role != nil {
		role, err := auth.ParseRole(*b.Role)
		if err != nil {
			return enumErr("role", roleNames())
		}
		uc.Role = string(role)
	}
	p := principalFrom(r.Context())
	if uc.UserID == p.UserID && ((b.Disabled != nil && *b.Disabled) || (b.Role != nil && uc.Role != string(p.Role))) {
		return httpx.Errorf(httpx.CodeConflict, "administrators cannot disable themselves or change their own role")
	}
	return s.updateUser(w, r, uc)
}

func (s *Server) updateUser(w http.ResponseWriter, r *http.Request, uc *store.UserCmd) error {
	cmd := &store.Command{Type: store.CmdUserUpdate, At: s.now().UTC(), User: uc}
	s.withAudit(r, cmd)
	res, err := s.apply(r.Context(), cmd)
	if err != nil {
		return s.writeErr(err)
	}
	if errors.Is(res.Err, store.ErrNotFound) {
		return httpx.Errorf(httpx.CodeNotFound, "user %s not found", uc.UserID)
	}
	if res.Err != nil {
		return res.Err
	}
	u, ok := res.Value.(store.User)
	if !ok { // forwarded from a follower: read the committed state
		if u, ok = s.Store.UserByID(uc.UserID); !ok {
			return httpx.Errorf(httpx.CodeNotFound, "user %s not found", uc.UserID)
		}
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"user_id": u.UserID, "username": u.Username, "role": u.Role, "disabled": u.Disabled})
	return nil
}

func (s *Server) handleSetPassword(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	var b struct {
		Password string `json:"password"`
	}
	if err := httpx.DecodeJSON(r.Body, 64<<10, &b); err != nil {
		return err
	}
	u, ok := s.Store.UserByID(ps.ByName("id"))
	if !ok {
		return httpx.Errorf(httpx.CodeNotFound, "user %s not found", ps.ByName("id"))
	}
	if err := passwordPolicy(b.Password, u.Username); err != nil {
		return err
	}
	hash, err := auth.HashPassword(b.Password)
	if err != nil {
		return err
	}
	return s.updateUser(w, r, &store.UserCmd{UserID: u.UserID, PasswordHash: hash})
}

func (s *Server) handleClusterStatus(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	st := s.Raft.Status()
	members := []ClusterMember{}
	leaderAPI := ""
	if s.Cluster != nil {
		members = s.Cluster.Members()
		leaderAPI = s.Cluster.APIAddrOf(st.LeaderID)
	}
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"node_id": s.NodeID, "state": st.State, "leader_id": st.LeaderID, "leader_api_addr": leaderAPI,
		"members": members, "applied_index": st.AppliedIndex, "commit_index": st.CommitIndex, "term": st.Term,
		"last_contact_ms": st.LastContact.Milliseconds()})
	return nil
}

func (s *Server) handleClusterJoin(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	var b struct {
		Address string `json:"address"`
	}
	if err := httpx.DecodeJSON(r.Body, 64<<10, &b); err != nil {
		return err
	}
	if _, _, err := net.SplitHostPort(b.Address); err != nil {
		return httpx.Invalid("address", "address must be the gossip host:port of a node")
	}
	if s.Cluster == nil {
		return httpx.Errorf(httpx.CodeConflict, "clustering is not running on this node")
	}
	if err := s.Cluster.JoinCluster(b.Address); err != nil {
		return httpx.Errorf(httpx.CodeNotFound, "%v", err)
	}
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"message": "joined the gossip of " + b.Address + "; the leader adds this node to raft within seconds (see /v1/cluster/status)"})
	return nil
}

func (s *Server) handleClusterRemove(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	id := ps.ByName("id")
	if s.Cluster == nil {
		return httpx.Errorf(httpx.CodeConflict, "clustering is not running on this node")
	}
	err := s.Cluster.RemoveNode(r.Context(), id, s.Commit, func(cmd *store.Command) { s.withAudit(r, cmd) })
	if errors.Is(err, store.ErrNotFound) {
		return httpx.Errorf(httpx.CodeNotFound, "no cluster member %q", id)
	}
	if err != nil {
		return s.writeErr(err)
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"message": "node " + id + " removed; it cannot rejoin with its old state (wipe its data directory and give it a new node_id)"})
	return nil
}

func (s *Server) handleRotateJWT(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	if err := s.rotateJWT(r.Context(), r); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"message": "new JWT signing key in use; tokens signed with the previous key stay valid until they expire (30 minutes)"})
	return nil
}

func (s *Server) handleInvalidateSessions(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	var b struct {
		User string `json:"user"`
		All  bool   `json:"all"`
	}
	if err := httpx.DecodeJSON(r.Body, 64<<10, &b); err != nil {
		return err
	}
	sc := &store.SessionCmd{AllUsers: b.All, Reason: "invalidated by administrator"}
	if !b.All {
		u, ok := s.Store.UserByName(b.User)
		if !ok {
			return httpx.Errorf(httpx.CodeNotFound, "no user named %q", b.User)
		}
		sc.UserID = u.UserID
	}
	cmd := &store.Command{Type: store.CmdSessionRevoke, At: s.now().UTC(), Session: sc}
	s.withAudit(r, cmd)
	if _, err := s.apply(r.Context(), cmd); err != nil {
		return s.writeErr(err)
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"message": "sessions invalidated"})
	return nil
}

// BootstrapAdmin creates the first administrator when there are no users.
// It returns the password when it generated one (to print once).
func (s *Server) BootstrapAdmin(ctx context.Context, password string) (generated string, created bool, err error) {
	if s.Store.UserCount() > 0 {
		return "", false, nil
	}
	if password == "" {
		password = generatePassword()
		generated = password
	} else if err := auth.CheckPolicy(password, "admin"); err != nil {
		return "", false, errors.New("admin_password does not meet the password policy: " + err.Error())
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		return "", false, err
	}
	cmd := &store.Command{Type: store.CmdUserCreate, At: s.now().UTC(), User: &store.UserCmd{UserID: auth.NewID("usr"), Username: "admin", Role: string(auth.RoleAdmin), PasswordHash: hash, CreateOnlyIfEmpty: true}}
	cmd.Audit = append(cmd.Audit, s.finishEntry(&auditRec{entry: s.systemEntry("user.bootstrap_admin")}))
	res, err := s.apply(ctx, cmd)
	if err != nil {
		return "", false, err
	}
	if res.Err != nil {
		return "", false, nil // someone else bootstrapped first
	}
	return generated, true, nil
}

func (s *Server) systemEntry(action string) (e audit.Entry) {
	e.UserID, e.Role, e.Action, e.Result = "system", "system", action, "success"
	return e
}

// generatePassword returns a random password that meets the policy: 20
// characters from each required class, shuffled.
func generatePassword() string {
	const (
		upper   = "ABCDEFGHJKLMNPQRSTUVWXYZ"
		lower   = "abcdefghijkmnopqrstuvwxyz"
		digits  = "23456789"
		special = "!#-?@_*" // safe in URLs, forms and shells
	)
	all := upper + lower + digits + special
	pick := func(set string) byte {
		n, _ := rand.Int(rand.Reader, big.NewInt(int64(len(set))))
		return set[n.Int64()]
	}
	b := []byte{pick(upper), pick(lower), pick(digits), pick(special)}
	for len(b) < 20 {
		b = append(b, pick(all))
	}
	for i := len(b) - 1; i > 0; i-- {
		n, _ := rand.Int(rand.Reader, big.NewInt(int64(i+1)))
		j := int(n.Int64())
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
