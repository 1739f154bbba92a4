package store

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/agnomedical/agno/pkg/audit"
	"github.com/agnomedical/agno/pkg/keys"
	"github.com/agnomedical/agno/replication/raftnode"
)

// Limits the state machine enforces (the same on every node).
const (
	LockoutWindow   = 15 * time.Minute
	LockoutFailures = 5
	IdleTimeout     = 30 * time.Minute
)

// batch records one raft batch's database writes. The state machine decides
// everything from memory; the writes it records are blind (no reads), so the
// writer can group many batches into one DuckDB transaction.
type batch struct {
	ops     []op
	eraseOK []string
	events  []Event
}

// op is one row to insert (table set) or one statement to execute.
type op struct {
	table  string
	query  string
	args   []any
	result bool // a case result: batched into one UPDATE per group
}

func (b *batch) insert(table string, vals ...any) {
	b.ops = append(b.ops, op{table: table, args: vals})
}

// exec records a statement; it never fails here (the writer runs it).
func (b *batch) exec(q string, args ...any) error {
	b.ops = append(b.ops, op{query: q, args: args})
	return nil
}

// ApplyBatch applies committed entries in one transaction. A database error
// here is fatal: the node stops, and on restart replays from the last
// committed index, so nothing is half-applied.
func (s *Store) ApplyBatch(entries []raftnode.Entry) []any {
	out := make([]any, len(entries))
	b := &batch{}
	var last uint64
	for i, e := range entries {
		if e.Index <= s.applied || e.Data == nil {
			out[i] = Result{Index: e.Index}
			if e.Index > s.applied {
				last = e.Index
			}
			continue
		}
		last = e.Index
		cmd, err := DecodeCommand(e.Data)
		if err != nil {
			panic(fmt.Sprintf("state machine: raft entry %d: %v", e.Index, err))
		}
		res, err := s.apply(b, cmd)
		if err != nil {
			panic(fmt.Sprintf("state machine: apply %s at index %d: %v", cmd.Type, e.Index, err))
		}
		res.Index = e.Index
		out[i] = res
	}
	if last == 0 {
		return out
	}
	s.applied = last
	s.writerP.Load().submit(&writeSet{index: last, ops: b.ops, auditSeq: s.chain.LastSeq, auditHash: s.chain.LastHash, outboxSeq: s.outboxSeq, erased: b.eraseOK, events: b.events})
	return out
}

// apply runs one command. The returned error is a database failure (fatal);
// a command that loses a race returns its reason in Result.Err.
func (s *Store) apply(b *batch, c *Command) (Result, error) {
	// DuckDB keeps microseconds; so does everything derived from a command,
	// so that state rebuilt from the tables equals state built by applying.
	at := c.At.UTC().Truncate(time.Microsecond)
	var res Result
	var err error
	s.mu.Lock()
	switch c.Type {
	case CmdAuditOnly:
	case CmdUserCreate:
		res, err = s.applyUserCreate(b, c.User, at)
	case CmdUserUpdate:
		res, err = s.applyUserUpdate(b, c.User, at)
	case CmdSessionCreate:
		res, err = s.applySessionCreate(b, c.Session, at)
	case CmdSessionRotate:
		res, err = s.applySessionRotate(b, c.Session, at)
	case CmdSessionTouch:
		if x := s.sessions[c.Session.SessionID]; x != nil && at.After(x.LastSeen) {
			x.LastSeen = at
			err = b.exec("UPDATE sessions SET last_seen=? WHERE session_id=?", at, x.SessionID)
		}
	case CmdSessionRevoke:
		err = s.applySessionRevoke(b, c.Session, at)
	case CmdJWTKeyAdd:
		err = s.applyJWTKey(b, c.JWTKey, at)
	case CmdLoginFailed:
		u := keys.Normalize(c.Login.Username)
		s.failures[u] = append(recentFailures(s.failures[u], at), at)
		b.insert("login_failures", u, at)
	case CmdCaseCreate:
		res, err = s.applyCaseCreate(b, c, at)
	case CmdDocumentPut:
		err = b.exec("UPDATE documents SET content_ct=?, status='stored' WHERE document_id=? AND deleted_at IS NULL", c.Blob, c.Doc.DocumentID)
		b.events = append(b.events, Event{Kind: EventDocumentStored, CaseID: c.Doc.CaseID, DocumentID: c.Doc.DocumentID})
	case CmdDocumentDone:
		d := c.DocDone
		err = b.exec("UPDATE documents SET status=?, pages=?, method=?, quality=?, error=?, result_ct=? WHERE document_id=? AND deleted_at IS NULL", d.Status, d.Pages, d.Method, d.Quality, d.Error, d.ResultCT, d.DocumentID)
		b.events = append(b.events, Event{Kind: EventDocumentDone, DocumentID: d.DocumentID})
	case CmdDocumentsAdd:
		res, err = s.applyDocsAdd(b, c.DocsAdd, at)
	case CmdNodeRemoved:
		if !s.removed[c.NodeID] {
			s.removed[c.NodeID] = true
			b.insert("removed_nodes", c.NodeID, at)
		}
	case CmdCaseResult:
		res, err = s.applyCaseResult(b, c.Result, at)
	case CmdKnowledgeAdd:
		err = s.applyKnowledgeAdd(b, c.Knowledge, at)
	case CmdReportSettings:
		err = s.applyReportSettings(b, c.Report, at)
	case CmdPatientErase:
		res, err = s.applyErase(b, c.Erase, at)
	default:
		s.mu.Unlock()
		if c.Ignorable {
			return Result{}, nil
		}
		return Result{}, fmt.Errorf("unknown command type %q (version %d): this node is older than the cluster; upgrade it", c.Type, c.V)
	}
	s.mu.Unlock()
	if err != nil {
		return res, err
	}
	for i := range c.Audit {
		e := c.Audit[i]
		e.Timestamp = e.Timestamp.UTC().Truncate(time.Microsecond)
		if res.Err != nil && e.Result == audit.ResultSuccess {
			e.Result, e.Reason = audit.ResultFailure, res.Err.Error()
		}
		s.chain.Link(&e)
		b.insert("audit_log", e.Seq, e.EntryID, e.Timestamp.UTC(), e.UserID, e.Role, e.Action, e.CaseID, e.PatientRef, e.IPAddress, e.UserAgent, e.Result, e.Reason, e.PrevHash, e.Hash)
	}
	return res, nil
}

func recentFailures(ts []time.Time, now time.Time) []time.Time {
	out := ts[:0]
	for _, t := range ts {
		if now.Sub(t) < LockoutWindow {
			out = append(out, t)
		}
	}
	return out
}

func (s *Store) outbox(b *batch, at time.Time, kind, caseID, patientRef string, body map[string]any) {
	s.outboxSeq++
	js, _ := json.Marshal(body)
	b.insert("outbox", s.outboxSeq, at, kind, caseID, patientRef, string(js))
}

func (s *Store) applyUserCreate(b *batch, u *UserCmd, at time.Time) (Result, error) {
	if u.CreateOnlyIfEmpty && len(s.users) > 0 {
		return Result{Err: ErrConflict}, nil
	}
	if _, taken := s.userByName[keys.Normalize(u.Username)]; taken {
		return Result{Err: ErrConflict}, nil
	}
	if _, taken := s.users[u.UserID]; taken {
		return Result{Err: ErrConflict}, nil
	}
	nu := &User{UserID: u.UserID, Username: u.Username, Role: u.Role, PasswordHash: u.PasswordHash, CreatedAt: at, UpdatedAt: at}
	s.users[nu.UserID] = nu
	s.userByName[keys.Normalize(nu.Username)] = nu.UserID
	b.insert("users", nu.UserID, nu.Username, nu.Role, nu.PasswordHash, false, at, at)
	return Result{Value: *nu}, nil
}

func (s *Store) applyUserUpdate(b *batch, u *UserCmd, at time.Time) (Result, error) {
	cur := s.users[u.UserID]
	if cur == nil {
		return Result{Err: ErrNotFound}, nil
	}
	revoke := ""
	if u.Role != "" && u.Role != cur.Role {
		cur.Role = u.Role
		revoke = "role changed"
	}
	if u.Disabled != nil {
		cur.Disabled = *u.Disabled
		if cur.Disabled {
			revoke = "account disabled"
		}
	}
	if u.PasswordHash != "" {
		cur.PasswordHash = u.PasswordHash
		revoke = "password changed"
		delete(s.failures, keys.Normalize(cur.Username))
		if err := b.exec("DELETE FROM login_failures WHERE username=?", keys.Normalize(cur.Username)); err != nil {
			return Result{}, err
		}
	}
	cur.UpdatedAt = at
	if err := b.exec("UPDATE users SET role=?, disabled=?, password_hash=?, updated_at=? WHERE user_id=?", cur.Role, cur.Disabled, cur.PasswordHash, at, cur.UserID); err != nil {
		return Result{}, err
	}
	if revoke != "" {
		if err := s.revokeWhere(b, at, revoke, func(x *Session) bool { return x.UserID == cur.UserID }); err != nil {
			return Result{}, err
		}
	}
	return Result{Value: *cur}, nil
}

func (s *Store) applySessionCreate(b *batch, c *SessionCmd, at time.Time) (Result, error) {
	u := s.users[c.UserID]
	if u == nil || u.Disabled {
		return Result{Err: ErrNotFound}, nil
	}
	// A successful sign-in clears the failure count.
	name := keys.Normalize(u.Username)
	if len(s.failures[name]) > 0 {
		delete(s.failures, name)
		if err := b.exec("DELETE FROM login_failures WHERE username=?", name); err != nil {
			return Result{}, err
		}
	}
	// At most MaxPerUser active sessions: evict the oldest.
	if c.MaxPerUser > 0 {
		var active []*Session
		for _, x := range s.sessions {
			if x.UserID == c.UserID && x.Active(at, IdleTimeout) {
				active = append(active, x)
			}
		}
		sort.Slice(active, func(i, j int) bool {
			if !active[i].CreatedAt.Equal(active[j].CreatedAt) {
				return active[i].CreatedAt.Before(active[j].CreatedAt)
			}
			return active[i].SessionID < active[j].SessionID
		})
		for len(active) >= c.MaxPerUser {
			if err := s.revoke(b, active[0], at, "evicted: too many concurrent sessions"); err != nil {
				return Result{}, err
			}
			active = active[1:]
		}
	}
	x := &Session{SessionID: c.SessionID, UserID: c.UserID, RefreshHash: c.RefreshHash, CreatedAt: at, LastSeen: at, ExpiresAt: c.ExpiresAt.UTC().Truncate(time.Microsecond)}
	s.sessions[x.SessionID] = x
	b.insert("sessions", x.SessionID, x.UserID, x.RefreshHash, at, at, x.ExpiresAt, nil, nil)
	return Result{Value: *x}, nil
}

func (s *Store) applySessionRotate(b *batch, c *SessionCmd, at time.Time) (Result, error) {
	if sid, used := s.refreshUsed[c.OldHash]; used {
		// Reuse of a rotated-out refresh token: someone holds a copy.
		// Revoke the whole family.
		if x := s.sessions[sid]; x != nil && x.RevokedAt.IsZero() {
			if err := s.revoke(b, x, at, "refresh token reuse detected"); err != nil {
				return Result{}, err
			}
		}
		return Result{Err: ErrRefreshReuse, Value: sid}, nil
	}
	x := s.sessions[c.SessionID]
	if x == nil || x.RefreshHash != c.OldHash || !x.Active(at, IdleTimeout) {
		return Result{Err: ErrSessionGone}, nil
	}
	if u := s.users[x.UserID]; u == nil || u.Disabled {
		return Result{Err: ErrSessionGone}, nil
	}
	s.refreshUsed[c.OldHash] = x.SessionID
	b.insert("refresh_used", c.OldHash, x.SessionID)
	x.RefreshHash, x.LastSeen = c.RefreshHash, at
	if err := b.exec("UPDATE sessions SET refresh_hash=?, last_seen=? WHERE session_id=?", x.RefreshHash, at, x.SessionID); err != nil {
		return Result{}, err
	}
	return Result{Value: *x}, nil
}

func (s *Store) applySessionRevoke(b *batch, c *SessionCmd, at time.Time) error {
	reason := c.Reason
	if reason == "" {
		reason = "revoked"
	}
	return s.revokeWhere(b, at, reason, func(x *Session) bool {
		return c.AllUsers || (c.SessionID != "" && x.SessionID == c.SessionID) || (c.UserID != "" && x.UserID == c.UserID)
	})
}

func (s *Store) revokeWhere(b *batch, at time.Time, reason string, match func(*Session) bool) error {
	ids := make([]string, 0)
	for id, x := range s.sessions {
		if x.RevokedAt.IsZero() && match(x) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		if err := s.revoke(b, s.sessions[id], at, reason); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) revoke(b *batch, x *Session, at time.Time, reason string) error {
	x.RevokedAt, x.RevokeReason = at, reason
	return b.exec("UPDATE sessions SET revoked_at=?, revoke_reason=? WHERE session_id=?", at, reason, x.SessionID)
}

func (s *Store) applyJWTKey(b *batch, k *JWTKeyCmd, at time.Time) error {
	for i := range s.jwtKeys {
		if s.jwtKeys[i].KID == k.KID {
			return nil
		}
		if s.jwtKeys[i].RetiredAt.IsZero() {
			s.jwtKeys[i].RetiredAt = at
			if err := b.exec("UPDATE jwt_keys SET retired_at=? WHERE kid=?", at, s.jwtKeys[i].KID); err != nil {
				return err
			}
		}
	}
	s.jwtKeys = append(s.jwtKeys, JWTKey{KID: k.KID, Wrapped: k.Wrapped, CreatedAt: at})
	return b.exec("INSERT INTO jwt_keys VALUES (?, ?, ?, NULL)", k.KID, k.Wrapped, at)
}

func (s *Store) applyCaseCreate(b *batch, c *Command, at time.Time) (Result, error) {
	cc := c.Case
	if _, ok := s.patientKeys[cc.KeyID]; !ok {
		if cc.NewKey == nil {
			return Result{Err: ErrKeyShredded}, nil
		}
		k := PatientKey{KeyID: cc.KeyID, PatientRef: cc.PatientRef, Wrapped: cc.NewKey}
		s.patientKeys[k.KeyID] = k
		s.newestKey[k.PatientRef] = k.KeyID
		b.insert("patient_keys", k.KeyID, k.PatientRef, k.Wrapped, at)
	}
	b.insert("cases", cc.CaseID, cc.PatientRef, cc.KeyID, "processing", cc.Priority, cc.Language, cc.CreatedBy, at, at, nil, nil, strings.Join(cc.Specialties, ","), nil, cc.InputCT, nil)
	for _, d := range cc.Documents {
		b.insert("documents", d.DocumentID, cc.CaseID, cc.PatientRef, cc.KeyID, d.FilenameCT, d.ContentType, d.Size, "pending", nil, nil, nil, nil, nil, nil, at, nil)
	}
	s.processing[cc.CaseID] = true
	s.caseOwner[cc.CaseID] = cc.PatientRef
	if len(cc.Documents) > 0 {
		s.hasDocs[cc.CaseID] = true
	}
	b.events = append(b.events, Event{Kind: EventCaseCreated, CaseID: cc.CaseID})
	s.outbox(b, at, "case.created", cc.CaseID, cc.PatientRef, map[string]any{"priority": cc.Priority, "language": cc.Language, "documents": len(cc.Documents)})
	return Result{Value: cc.CaseID}, nil
}

func (s *Store) applyErase(b *batch, e *EraseCmd, at time.Time) (Result, error) {
	var ids []string
	for id, k := range s.patientKeys {
		if k.PatientRef == e.PatientRef {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		delete(s.patientKeys, id)
		s.dekCache.Delete(id)
	}
	delete(s.newestKey, e.PatientRef)
	for id, ref := range s.caseOwner {
		if ref == e.PatientRef {
			delete(s.processing, id)
			delete(s.caseOwner, id)
		}
	}
	for _, q := range []string{
		"DELETE FROM patient_keys WHERE patient_ref=?",
		"UPDATE cases SET input_ct=NULL, analysis_ct=NULL, deleted_at=? WHERE patient_ref=? AND deleted_at IS NULL",
		"UPDATE documents SET content_ct=NULL, filename_ct=NULL, result_ct=NULL, deleted_at=? WHERE patient_ref=? AND deleted_at IS NULL",
	} {
		args := []any{e.PatientRef}
		if strings.Contains(q, "deleted_at=?") {
			args = []any{at, e.PatientRef}
		}
		if err := b.exec(q, args...); err != nil {
			return Result{}, err
		}
	}
	b.insert("erasures", e.PatientRef, e.CaseID, e.By, at)
	s.outbox(b, at, "patient.erased", e.CaseID, e.PatientRef, map[string]any{"keys_destroyed": len(ids)})
	b.eraseOK = append(b.eraseOK, e.PatientRef)
	return Result{Value: len(ids)}, nil
}

func (s *Store) applyCaseResult(b *batch, r *CaseResultCmd, at time.Time) (Result, error) {
	if !s.processing[r.CaseID] && !r.Rerun {
		// Already decided (a resumed job finishing twice): first result wins.
		return Result{Err: ErrConflict}, nil
	}
	delete(s.processing, r.CaseID)
	delete(s.caseOwner, r.CaseID)
	b.ops = append(b.ops, op{result: true, args: []any{r.CaseID, r.Status, r.Urgency, r.AnalysisCT, at}})
	body := map[string]any{"status": r.Status}
	for k, v := range r.Summary {
		body[k] = v
	}
	s.outbox(b, at, "case.analysed", r.CaseID, "", body)
	b.events = append(b.events, Event{Kind: EventCaseDone, CaseID: r.CaseID})
	return Result{}, nil
}

func (s *Store) applyDocsAdd(b *batch, d *DocsAddCmd, at time.Time) (Result, error) {
	if _, ok := s.patientKeys[d.KeyID]; !ok {
		return Result{Err: ErrKeyShredded}, nil
	}
	for _, m := range d.Documents {
		b.insert("documents", m.DocumentID, d.CaseID, d.PatientRef, d.KeyID, m.FilenameCT, m.ContentType, m.Size, "pending", nil, nil, nil, nil, nil, nil, at, nil)
	}
	if err := b.exec("UPDATE cases SET status='processing', updated_at=? WHERE case_id=? AND deleted_at IS NULL", at, d.CaseID); err != nil {
		return Result{}, err
	}
	s.processing[d.CaseID] = true
	s.caseOwner[d.CaseID] = d.PatientRef
	s.hasDocs[d.CaseID] = true
	return Result{}, nil
}
