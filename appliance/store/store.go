// Package store is the appliance's state machine: it applies committed raft
// commands to DuckDB in one transaction per batch, keeps the audit hash chain
// and the outbox, and answers the API's queries. It holds only ciphertext for
// PHI; decryption happens in the API with keys it asks the store for.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" driver

	"github.com/agnomedical/agno/pkg/audit"
	"github.com/agnomedical/agno/pkg/keys"
)

// DBFile is the database file name inside the data directory.
const DBFile = "agnomed.duckdb"

// Store is the state machine plus its read side.
type Store struct {
	dir    string
	dbPath string
	ring   *keys.Ring
	log    *slog.Logger

	dbMu sync.RWMutex // write-locked only while a snapshot is restored
	db   *sql.DB

	// Touched only by the apply goroutine (raft serialises applies,
	// snapshots and restores).
	applied   uint64
	chain     audit.Chain
	outboxSeq int64
	writerP   atomic.Pointer[writer] // replaced when a snapshot is restored

	mu          sync.RWMutex // guards the caches below
	users       map[string]*User
	userByName  map[string]string
	sessions    map[string]*Session
	refreshUsed map[string]string // refresh hash → session id
	jwtKeys     []JWTKey
	failures    map[string][]time.Time
	patientKeys map[string]PatientKey // key id → key
	newestKey   map[string]string     // patient ref → newest key id
	dekCache    sync.Map              // key id → []byte (unwrapped)

	removed    map[string]bool   // node ids removed from the cluster
	hasDocs    map[string]bool   // cases with at least one document
	processing map[string]bool   // cases still waiting for their analysis
	caseOwner  map[string]string // processing case → patient ref

	// OnErase is called (on every node) after a patient's keys are destroyed.
	OnErase func(patientRef string)
	onEvent atomic.Pointer[func(Event)]
}

// Event tells background workers that committed state needs their attention.
// Events fire on every node once the change is visible in the database; the
// leader's workers act on them, the others ignore them.
type Event struct {
	Kind       string
	CaseID     string
	DocumentID string
}

// Event kinds.
const (
	EventCaseCreated    = "case.created"
	EventDocumentStored = "document.stored"
	EventDocumentDone   = "document.done"
	EventCaseDone       = "case.done"
)

// OnEvent registers the (single) event handler; it must not block.
func (s *Store) OnEvent(f func(Event)) { s.onEvent.Store(&f) }

// User is an account.
type User struct {
	UserID       string    `json:"user_id"`
	Username     string    `json:"username"`
	Role         string    `json:"role"`
	PasswordHash string    `json:"-"`
	Disabled     bool      `json:"disabled"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// Session is one signed-in device: a refresh-token family.
type Session struct {
	SessionID    string
	UserID       string
	RefreshHash  string
	CreatedAt    time.Time
	LastSeen     time.Time
	ExpiresAt    time.Time
	RevokedAt    time.Time
	RevokeReason string
}

// Active reports whether the session can be used at now given an idle limit.
func (s *Session) Active(now time.Time, idle time.Duration) bool {
	return s.RevokedAt.IsZero() && now.Before(s.ExpiresAt) && now.Sub(s.LastSeen) <= idle
}

// JWTKey is a wrapped signing key.
type JWTKey struct {
	KID       string
	Wrapped   []byte
	CreatedAt time.Time
	RetiredAt time.Time
}

// PatientKey is a wrapped per-patient data key.
type PatientKey struct {
	KeyID      string
	PatientRef string
	Wrapped    []byte
}

// Open opens (creating if needed) the database in dir.
func Open(dir string, ring *keys.Ring, log *slog.Logger) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	s := &Store{dir: dir, dbPath: filepath.Join(dir, DBFile), ring: ring, log: log}
	if err := s.openDB(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Store) openDB() error {
	db, err := sql.Open("duckdb", s.dbPath+"?threads=2&memory_limit=1GB")
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	db.SetMaxOpenConns(8)
	for _, q := range schema {
		if _, err := db.Exec(q); err != nil {
			db.Close()
			return fmt.Errorf("migrate database: %w", err)
		}
	}
	s.db = db
	if err := s.load(); err != nil {
		db.Close()
		return err
	}
	s.writerP.Store(newWriter(s, s.applied))
	return nil
}

// Close closes the database.
func (s *Store) Close() error {
	if w := s.writerP.Swap(nil); w != nil {
		w.close()
	}
	s.dbMu.Lock()
	defer s.dbMu.Unlock()
	if s.db == nil {
		return nil
	}
	_, _ = s.db.Exec("CHECKPOINT")
	err := s.db.Close()
	s.db = nil
	return err
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	s.dbMu.RLock()
	defer s.dbMu.RUnlock()
	if s.db == nil {
		return errors.New("database closed")
	}
	var one int
	return s.db.QueryRowContext(ctx, "SELECT 1").Scan(&one)
}

// DB runs f with the database while no restore can swap it.
func (s *Store) withDB(f func(db *sql.DB) error) error {
	s.dbMu.RLock()
	defer s.dbMu.RUnlock()
	if s.db == nil {
		return errors.New("database closed")
	}
	return f(s.db)
}

// load rebuilds in-memory state from the tables (after open or restore).
func (s *Store) load() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users = map[string]*User{}
	s.userByName = map[string]string{}
	s.sessions = map[string]*Session{}
	s.refreshUsed = map[string]string{}
	s.jwtKeys = nil
	s.failures = map[string][]time.Time{}
	s.patientKeys = map[string]PatientKey{}
	s.newestKey = map[string]string{}
	s.processing = map[string]bool{}
	s.removed = map[string]bool{}
	s.hasDocs = map[string]bool{}
	s.caseOwner = map[string]string{}
	s.dekCache = sync.Map{}
	s.applied, s.outboxSeq = 0, 0
	s.chain = audit.NewChain()

	if err := s.db.QueryRow("SELECT applied_index, audit_seq, audit_hash, outbox_seq FROM fsm_state").Scan(&s.applied, &s.chain.LastSeq, &s.chain.LastHash, &s.outboxSeq); err != nil {
		return fmt.Errorf("load state: %w", err)
	}

	steps := []struct {
		q string
		f func(*sql.Rows) error
	}{
		{"SELECT user_id, username, role, password_hash, disabled, created_at, updated_at FROM users", func(r *sql.Rows) error {
			u := &User{}
			if err := r.Scan(&u.UserID, &u.Username, &u.Role, &u.PasswordHash, &u.Disabled, &u.CreatedAt, &u.UpdatedAt); err != nil {
				return err
			}
			s.users[u.UserID] = u
			s.userByName[keys.Normalize(u.Username)] = u.UserID
			return nil
		}},
		{"SELECT session_id, user_id, refresh_hash, created_at, last_seen, expires_at, revoked_at, revoke_reason FROM sessions", func(r *sql.Rows) error {
			x := &Session{}
			var rev sql.NullTime
			var reason sql.NullString
			if err := r.Scan(&x.SessionID, &x.UserID, &x.RefreshHash, &x.CreatedAt, &x.LastSeen, &x.ExpiresAt, &rev, &reason); err != nil {
				return err
			}
			x.RevokedAt, x.RevokeReason = rev.Time, reason.String
			s.sessions[x.SessionID] = x
			return nil
		}},
		{"SELECT hash, session_id FROM refresh_used", func(r *sql.Rows) error {
			var h, id string
			if err := r.Scan(&h, &id); err != nil {
				return err
			}
			s.refreshUsed[h] = id
			return nil
		}},
		{"SELECT kid, wrapped, created_at, retired_at FROM jwt_keys ORDER BY created_at", func(r *sql.Rows) error {
			k := JWTKey{}
			var ret sql.NullTime
			if err := r.Scan(&k.KID, &k.Wrapped, &k.CreatedAt, &ret); err != nil {
				return err
			}
			k.RetiredAt = ret.Time
			s.jwtKeys = append(s.jwtKeys, k)
			return nil
		}},
		{"SELECT username, failed_at FROM login_failures ORDER BY failed_at", func(r *sql.Rows) error {
			var u string
			var at time.Time
			if err := r.Scan(&u, &at); err != nil {
				return err
			}
			s.failures[u] = append(s.failures[u], at)
			return nil
		}},
		{"SELECT DISTINCT case_id FROM documents WHERE deleted_at IS NULL", func(r *sql.Rows) error {
			var id string
			if err := r.Scan(&id); err != nil {
				return err
			}
			s.hasDocs[id] = true
			return nil
		}},
		{"SELECT node_id FROM removed_nodes", func(r *sql.Rows) error {
			var id string
			if err := r.Scan(&id); err != nil {
				return err
			}
			s.removed[id] = true
			return nil
		}},
		{"SELECT case_id, patient_ref FROM cases WHERE status='processing' AND deleted_at IS NULL", func(r *sql.Rows) error {
			var id, ref string
			if err := r.Scan(&id, &ref); err != nil {
				return err
			}
			s.processing[id], s.caseOwner[id] = true, ref
			return nil
		}},
		{"SELECT key_id, patient_ref, wrapped FROM patient_keys ORDER BY created_at", func(r *sql.Rows) error {
			k := PatientKey{}
			if err := r.Scan(&k.KeyID, &k.PatientRef, &k.Wrapped); err != nil {
				return err
			}
			s.patientKeys[k.KeyID] = k
			s.newestKey[k.PatientRef] = k.KeyID
			return nil
		}},
	}
	for _, st := range steps {
		if err := s.queryEach(st.q, nil, st.f); err != nil {
			return fmt.Errorf("load state: %w", err)
		}
	}
	return nil
}

func (s *Store) queryEach(q string, args []any, f func(*sql.Rows) error) error {
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// AppliedIndex is the raft index of the last applied command.
func (s *Store) AppliedIndex() uint64 { return s.applied }

// Snapshot checkpoints the database and copies the file; the copy is what
// gets persisted (sealed by raftnode), so later applies don't disturb it.
func (s *Store) Snapshot() (func(io.Writer) error, func(), error) {
	s.writerP.Load().flush()
	s.dbMu.RLock()
	defer s.dbMu.RUnlock()
	if _, err := s.db.Exec("FORCE CHECKPOINT"); err != nil {
		return nil, nil, fmt.Errorf("checkpoint: %w", err)
	}
	tmp, err := os.CreateTemp(s.dir, ".snapshot-*.duckdb")
	if err != nil {
		return nil, nil, err
	}
	src, err := os.Open(s.dbPath)
	if err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, nil, err
	}
	_, err = io.Copy(tmp, src)
	src.Close()
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return nil, nil, err
	}
	name := tmp.Name()
	persist := func(w io.Writer) error {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	}
	return persist, func() { os.Remove(name) }, nil
}

// Restore replaces the database with a snapshot's: written to a temp file,
// validated by opening it, then swapped in by rename.
func (s *Store) Restore(r io.Reader) error {
	tmp, err := os.CreateTemp(s.dir, ".restore-*.duckdb")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer os.Remove(name)
	if _, err := io.Copy(tmp, r); err != nil {
		tmp.Close()
		return fmt.Errorf("read snapshot: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	tmp.Close()
	check, err := sql.Open("duckdb", name)
	if err == nil {
		var v string
		err = check.QueryRow("SELECT applied_index FROM fsm_state").Scan(&v)
		check.Close()
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("snapshot is not a valid database: %w", err)
	}
	os.Remove(name + ".wal")

	s.writerP.Load().close()
	s.dbMu.Lock()
	defer s.dbMu.Unlock()
	if s.db != nil {
		s.db.Close()
		s.db = nil
	}
	os.Remove(s.dbPath + ".wal")
	if err := os.Rename(name, s.dbPath); err != nil {
		return err
	}
	if d, err := os.Open(s.dir); err == nil {
		d.Sync()
		d.Close()
	}
	if err := s.openDB(); err != nil {
		return err
	}
	s.log.Info("database restored from a raft snapshot", "applied_index", s.applied)
	return nil
}
