package store

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/agnomedical/agno/pkg/audit"
	"github.com/agnomedical/agno/pkg/keys"
)

// UserByName finds an account by user name (case-insensitive).
func (s *Store) UserByName(name string) (User, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	id, ok := s.userByName[keys.Normalize(name)]
	if !ok {
		return User{}, false
	}
	return *s.users[id], true
}

// UserByID finds an account by id.
func (s *Store) UserByID(id string) (User, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	u, ok := s.users[id]
	if !ok {
		return User{}, false
	}
	return *u, true
}

// Users lists every account, by user name.
func (s *Store) Users() []User {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]User, 0, len(s.users))
	for _, u := range s.users {
		out = append(out, *u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Username < out[j].Username })
	return out
}

// UserCount is the number of accounts.
func (s *Store) UserCount() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.users)
}

// SessionByID returns a copy of a session.
func (s *Store) SessionByID(id string) (Session, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	x, ok := s.sessions[id]
	if !ok {
		return Session{}, false
	}
	return *x, true
}

// SessionByRefreshHash finds the session a refresh token belongs to, and
// whether the token was already rotated out (reuse).
func (s *Store) SessionByRefreshHash(hash string) (sess Session, reused bool, ok bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if id, used := s.refreshUsed[hash]; used {
		if x := s.sessions[id]; x != nil {
			return *x, true, true
		}
	}
	for _, x := range s.sessions {
		if x.RefreshHash == hash {
			return *x, false, true
		}
	}
	return Session{}, false, false
}

// ActiveSessions counts sessions usable at now.
func (s *Store) ActiveSessions(userID string, now time.Time) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := 0
	for _, x := range s.sessions {
		if x.UserID == userID && x.Active(now, IdleTimeout) {
			n++
		}
	}
	return n
}

// JWTKeys returns the signing keys, oldest first.
func (s *Store) JWTKeys() []JWTKey {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return append([]JWTKey(nil), s.jwtKeys...)
}

// LockedUntil returns when a user name's lockout ends, or zero if it is not
// locked. Unknown user names lock the same way, so lockout reveals nothing.
func (s *Store) LockedUntil(username string, now time.Time) time.Time {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var recent []time.Time
	for _, t := range s.failures[keys.Normalize(username)] {
		if now.Sub(t) < LockoutWindow {
			recent = append(recent, t)
		}
	}
	if len(recent) < LockoutFailures {
		return time.Time{}
	}
	return recent[len(recent)-LockoutFailures].Add(LockoutWindow)
}

// PatientKeyID returns the current data key id of a patient, if any.
func (s *Store) PatientKeyID(patientRef string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	id, ok := s.newestKey[patientRef]
	return id, ok
}

// ErrShredded means the data key is gone: the patient was erased.
var ErrShredded = errors.New("data erased")

// DataKey returns an unwrapped patient data key (cached).
func (s *Store) DataKey(keyID string) ([]byte, error) {
	if k, ok := s.dekCache.Load(keyID); ok {
		return k.([]byte), nil
	}
	s.mu.RLock()
	pk, ok := s.patientKeys[keyID]
	s.mu.RUnlock()
	if !ok {
		return nil, ErrShredded
	}
	dek, err := s.ring.UnwrapDataKey(pk.PatientRef, pk.KeyID, pk.Wrapped)
	if err != nil {
		return nil, err
	}
	s.dekCache.Store(keyID, dek)
	return dek, nil
}

// CaseRow is a case as stored: metadata in clear, PHI sealed.
type CaseRow struct {
	CaseID      string
	PatientRef  string
	KeyID       string
	Status      string
	Priority    string
	Language    string
	CreatedBy   string
	CreatedAt   time.Time
	UpdatedAt   time.Time
	CompletedAt sql.NullTime
	DeletedAt   sql.NullTime
	Specialties []string
	InputCT     []byte
	AnalysisCT  []byte
}

const caseCols = "case_id, patient_ref, key_id, status, priority, language, created_by, created_at, updated_at, completed_at, deleted_at, specialties, input_ct, analysis_ct"

func scanCase(r interface{ Scan(...any) error }) (CaseRow, error) {
	var c CaseRow
	var spec sql.NullString
	err := r.Scan(&c.CaseID, &c.PatientRef, &c.KeyID, &c.Status, &c.Priority, &c.Language, &c.CreatedBy, &c.CreatedAt, &c.UpdatedAt, &c.CompletedAt, &c.DeletedAt, &spec, &c.InputCT, &c.AnalysisCT)
	if spec.String != "" {
		c.Specialties = strings.Split(spec.String, ",")
	}
	return c, err
}

// GetCase returns a case, including erased ones (DeletedAt set).
func (s *Store) GetCase(ctx context.Context, id string) (CaseRow, error) {
	var c CaseRow
	err := s.withDB(func(db *sql.DB) error {
		var err error
		c, err = scanCase(db.QueryRowContext(ctx, "SELECT "+caseCols+" FROM cases WHERE case_id=?", id))
		return err
	})
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	return c, err
}

// CaseFilter selects cases for listing.
type CaseFilter struct {
	Status, Priority, PatientRef string
	From, To                     time.Time
	Limit, Offset                int
}

// ListCases returns one page of live cases, newest first, and the total.
func (s *Store) ListCases(ctx context.Context, f CaseFilter) ([]CaseRow, int, error) {
	where := []string{"deleted_at IS NULL"}
	var args []any
	if f.Status != "" {
		where, args = append(where, "status=?"), append(args, f.Status)
	}
	if f.Priority != "" {
		where, args = append(where, "priority=?"), append(args, f.Priority)
	}
	if f.PatientRef != "" {
		where, args = append(where, "patient_ref=?"), append(args, f.PatientRef)
	}
	if !f.From.IsZero() {
		where, args = append(where, "created_at>=?"), append(args, f.From)
	}
	if !f.To.IsZero() {
		where, args = append(where, "created_at<?"), append(args, f.To)
	}
	cond := strings.Join(where, " AND ")
	var out []CaseRow
	total := 0
	err := s.withDB(func(db *sql.DB) error {
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM cases WHERE "+cond, args...).Scan(&total); err != nil {
			return err
		}
		var err error
		out, err = collect(ctx, db, scanCase, "SELECT "+caseCols+" FROM cases WHERE "+cond+" ORDER BY created_at DESC, case_id LIMIT ? OFFSET ?", append(args, f.Limit, f.Offset)...)
		return err
	})
	return out, total, err
}

// DocumentRow is a document's metadata and extraction result (sealed).
type DocumentRow struct {
	DocumentID  string
	CaseID      string
	PatientRef  string
	KeyID       string
	FilenameCT  []byte
	ContentType string
	Size        int64
	Status      string // pending|stored|done|error
	Pages       int
	Method      string
	Quality     float64
	Error       string
	ResultCT    []byte
	CreatedAt   time.Time
}

const docCols = "document_id, case_id, patient_ref, key_id, filename_ct, content_type, size, status, coalesce(pages,0), coalesce(method,''), coalesce(quality,0), coalesce(error,''), result_ct, created_at"

func scanDoc(r interface{ Scan(...any) error }) (DocumentRow, error) {
	var d DocumentRow
	err := r.Scan(&d.DocumentID, &d.CaseID, &d.PatientRef, &d.KeyID, &d.FilenameCT, &d.ContentType, &d.Size, &d.Status, &d.Pages, &d.Method, &d.Quality, &d.Error, &d.ResultCT, &d.CreatedAt)
	return d, err
}

func (s *Store) docs(ctx context.Context, where string, args ...any) ([]DocumentRow, error) {
	var out []DocumentRow
	err := s.withDB(func(db *sql.DB) error {
		var err error
		out, err = collect(ctx, db, scanDoc, "SELECT "+docCols+" FROM documents WHERE deleted_at IS NULL AND "+where+" ORDER BY created_at, document_id", args...)
		return err
	})
	return out, err
}

// CaseDocuments lists a case's documents.
func (s *Store) CaseDocuments(ctx context.Context, caseID string) ([]DocumentRow, error) {
	return s.docs(ctx, "case_id=?", caseID)
}

// Document returns one live document's metadata.
func (s *Store) Document(ctx context.Context, id string) (DocumentRow, error) {
	ds, err := s.docs(ctx, "document_id=?", id)
	if err != nil {
		return DocumentRow{}, err
	}
	if len(ds) == 0 {
		return DocumentRow{}, ErrNotFound
	}
	return ds[0], nil
}

// DocumentsToExtract lists documents whose bytes are stored but not yet
// extracted (work left by a previous leader included).
func (s *Store) DocumentsToExtract(ctx context.Context) ([]DocumentRow, error) {
	return s.docs(ctx, "status='stored'")
}

// DocumentContent returns a document's sealed bytes.
func (s *Store) DocumentContent(ctx context.Context, id string) ([]byte, error) {
	var ct []byte
	err := s.withDB(func(db *sql.DB) error {
		return db.QueryRowContext(ctx, "SELECT content_ct FROM documents WHERE document_id=? AND deleted_at IS NULL", id).Scan(&ct)
	})
	if errors.Is(err, sql.ErrNoRows) || (err == nil && ct == nil) {
		return nil, ErrNotFound
	}
	return ct, err
}

// ProcessingCases lists cases still waiting for their analysis, oldest first.
func (s *Store) ProcessingCases() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]string, 0, len(s.processing))
	for id := range s.processing {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// IsProcessing reports whether a case still waits for its analysis.
func (s *Store) IsProcessing(caseID string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.processing[caseID]
}

// AuditFilter selects audit entries.
type AuditFilter struct {
	UserID, Action, CaseID string
	From, To               time.Time
	Limit                  int
}

const auditCols = "seq, entry_id, ts, user_id, role, action, case_id, patient_ref, ip, user_agent, result, reason, prev_hash, hash"

func scanAudit(r interface{ Scan(...any) error }) (audit.Entry, error) {
	var e audit.Entry
	var user, role, caseID, ref, ip, ua, reason sql.NullString
	err := r.Scan(&e.Seq, &e.EntryID, &e.Timestamp, &user, &role, &e.Action, &caseID, &ref, &ip, &ua, &e.Result, &reason, &e.PrevHash, &e.Hash)
	e.UserID, e.Role, e.CaseID, e.PatientRef, e.IPAddress, e.UserAgent, e.Reason = user.String, role.String, caseID.String, ref.String, ip.String, ua.String, reason.String
	e.Timestamp = e.Timestamp.UTC()
	return e, err
}

// AuditLog returns matching entries, newest first, and how many match.
func (s *Store) AuditLog(ctx context.Context, f AuditFilter) ([]audit.Entry, int, error) {
	var where []string
	var args []any
	if f.UserID != "" {
		where, args = append(where, "user_id=?"), append(args, f.UserID)
	}
	if f.Action != "" {
		where, args = append(where, "action=?"), append(args, f.Action)
	}
	if f.CaseID != "" {
		where, args = append(where, "case_id=?"), append(args, f.CaseID)
	}
	if !f.From.IsZero() {
		where, args = append(where, "ts>=?"), append(args, f.From)
	}
	if !f.To.IsZero() {
		where, args = append(where, "ts<?"), append(args, f.To)
	}
	cond := "true"
	if len(where) > 0 {
		cond = strings.Join(where, " AND ")
	}
	var out []audit.Entry
	total := 0
	err := s.withDB(func(db *sql.DB) error {
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM audit_log WHERE "+cond, args...).Scan(&total); err != nil {
			return err
		}
		var err error
		out, err = collect(ctx, db, scanAudit, "SELECT "+auditCols+" FROM audit_log WHERE "+cond+" ORDER BY seq DESC LIMIT ?", append(args, f.Limit)...)
		return err
	})
	return out, total, err
}

// AuditVerification is the result of checking the whole chain.
type AuditVerification struct {
	OK            bool   `json:"ok"`
	Entries       int64  `json:"entries"`
	FirstBadEntry string `json:"first_bad_entry"`
}

// VerifyAudit walks the chain in order and checks every link, then that the
// chain ends where the state machine says it ends (so truncation shows).
func (s *Store) VerifyAudit(ctx context.Context) (AuditVerification, error) {
	v := audit.NewVerifier()
	var headSeq int64
	var headHash string
	err := s.withDB(func(db *sql.DB) error {
		// One snapshot for the chain and its head: an entry appended
		// between two separate reads (a case finishing its analysis) would
		// otherwise look like entries missing at the end.
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if err := tx.QueryRowContext(ctx, "SELECT audit_seq, audit_hash FROM fsm_state").Scan(&headSeq, &headHash); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, "SELECT "+auditCols+" FROM audit_log ORDER BY seq")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			e, err := scanAudit(rows)
			if err != nil {
				return err
			}
			v.Next(&e)
		}
		return rows.Err()
	})
	if err != nil {
		return AuditVerification{}, err
	}
	res := AuditVerification{OK: v.OK(), Entries: v.Checked, FirstBadEntry: v.FirstBad}
	if res.OK && (headHash != v.LastHash() || headSeq != v.Checked) {
		res.OK = false
		res.FirstBadEntry = "seq " + strconv.FormatInt(v.Checked+1, 10) + " (entries missing after the last one)"
	}
	return res, nil
}

// OpenConnections is the database pool's open connection count.
func (s *Store) OpenConnections() int {
	n := 0
	s.withDB(func(db *sql.DB) error { n = db.Stats().OpenConnections; return nil })
	return n
}

// IsRemoved reports whether a node id was removed from the cluster.
func (s *Store) IsRemoved(nodeID string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.removed[nodeID]
}

// collect runs a query and scans every row with scan.
func collect[T any](ctx context.Context, db *sql.DB, scan func(interface{ Scan(...any) error }) (T, error), q string, args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// HasDocuments reports whether a case ever had documents (so workers can
// skip the documents query for the many cases without any).
func (s *Store) HasDocuments(caseID string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.hasDocs[caseID]
}
