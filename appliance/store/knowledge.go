package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// This file holds the state for the knowledge base (admin uploads), the
// physician's report settings and the case-memory queries. None of it is
// PHI: knowledge documents are guidelines and protocols, report settings
// are a language and two flags, and case memory reads only metadata here
// (analyses stay sealed until the API opens them with the patient's key).

// MaxKnowledgeText bounds an uploaded document's text (one raft entry).
const MaxKnowledgeText = 4 << 20

// KnowledgeCmd adds one document to the knowledge base.
type KnowledgeCmd struct {
	DocumentID  string `json:"document_id"`
	Title       string `json:"title"`
	Specialty   string `json:"specialty"`
	Source      string `json:"source"`
	Language    string `json:"language"`
	Filename    string `json:"filename,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	Text        string `json:"text"`
	AddedBy     string `json:"added_by"`
}

// ReportSettingsCmd records a physician's choices for a case's reports
// (POST /v1/reports/{id}/regenerate).
type ReportSettingsCmd struct {
	CaseID             string `json:"case_id"`
	Language           string `json:"language"`
	IncludeEvidence    bool   `json:"include_evidence"`
	IncludeIdentifiers bool   `json:"include_identifiers"`
	UpdatedBy          string `json:"updated_by"`
}

func (s *Store) applyKnowledgeAdd(b *batch, k *KnowledgeCmd, at time.Time) error {
	if k == nil {
		return nil
	}
	// INSERT OR IGNORE: a replayed entry can never stop the node.
	return b.exec("INSERT OR IGNORE INTO knowledge_docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		k.DocumentID, k.Title, k.Specialty, k.Source, k.Language, k.Filename, k.ContentType, k.Text, k.AddedBy, at)
}

func (s *Store) applyReportSettings(b *batch, r *ReportSettingsCmd, at time.Time) error {
	if r == nil {
		return nil
	}
	return b.exec("INSERT OR REPLACE INTO report_settings VALUES (?, ?, ?, ?, ?, ?)",
		r.CaseID, r.Language, r.IncludeEvidence, r.IncludeIdentifiers, r.UpdatedBy, at)
}

// KnowledgeDoc is one uploaded knowledge-base document.
type KnowledgeDoc struct {
	DocumentID  string
	Title       string
	Specialty   string
	Source      string
	Language    string
	Filename    string
	ContentType string
	Text        string
	AddedBy     string
	AddedAt     time.Time
}

// KnowledgeVersion changes whenever a document is added: the count and the
// newest addition time. Callers cache their search index on it.
func (s *Store) KnowledgeVersion(ctx context.Context) (string, error) {
	var n int64
	var last sql.NullTime
	err := s.withDB(func(db *sql.DB) error {
		return db.QueryRowContext(ctx, "SELECT count(*), max(added_at) FROM knowledge_docs").Scan(&n, &last)
	})
	if err != nil {
		return "", err
	}
	v := time.Time{}
	if last.Valid {
		v = last.Time
	}
	return v.UTC().Format(time.RFC3339Nano) + "#" + itoa(n), nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// KnowledgeDocs lists the uploaded documents, oldest first.
func (s *Store) KnowledgeDocs(ctx context.Context) ([]KnowledgeDoc, error) {
	var out []KnowledgeDoc
	err := s.withDB(func(db *sql.DB) error {
		rows, err := db.QueryContext(ctx, "SELECT document_id, title, specialty, source, language, coalesce(filename,''), coalesce(content_type,''), text, coalesce(added_by,''), added_at FROM knowledge_docs ORDER BY added_at, document_id")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var d KnowledgeDoc
			if err := rows.Scan(&d.DocumentID, &d.Title, &d.Specialty, &d.Source, &d.Language, &d.Filename, &d.ContentType, &d.Text, &d.AddedBy, &d.AddedAt); err != nil {
				return err
			}
			out = append(out, d)
		}
		return rows.Err()
	})
	return out, err
}

// ReportSettings are a case's stored report choices.
type ReportSettings struct {
	Language           string
	IncludeEvidence    bool
	IncludeIdentifiers bool
	UpdatedBy          string
	UpdatedAt          time.Time
}

// CaseReportSettings returns the choices stored for a case, or ErrNotFound.
func (s *Store) CaseReportSettings(ctx context.Context, caseID string) (ReportSettings, error) {
	var r ReportSettings
	var by sql.NullString
	err := s.withDB(func(db *sql.DB) error {
		return db.QueryRowContext(ctx, "SELECT language, include_evidence, include_identifiers, updated_by, updated_at FROM report_settings WHERE case_id=?", caseID).
			Scan(&r.Language, &r.IncludeEvidence, &r.IncludeIdentifiers, &by, &r.UpdatedAt)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	r.UpdatedBy = by.String
	return r, err
}

// AnalysedCase is the metadata of a live case with a stored analysis.
type AnalysedCase struct {
	CaseID      string
	PatientRef  string
	KeyID       string
	Status      string
	CompletedAt time.Time
}

// AnalysedCases lists live (not erased) completed or escalated cases, newest
// first, without their ciphertext.
func (s *Store) AnalysedCases(ctx context.Context) ([]AnalysedCase, error) {
	var out []AnalysedCase
	err := s.withDB(func(db *sql.DB) error {
		rows, err := db.QueryContext(ctx, "SELECT case_id, patient_ref, key_id, status, completed_at FROM cases WHERE deleted_at IS NULL AND analysis_ct IS NOT NULL AND status IN ('completed','escalated') ORDER BY completed_at DESC, case_id")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c AnalysedCase
			var done sql.NullTime
			if err := rows.Scan(&c.CaseID, &c.PatientRef, &c.KeyID, &c.Status, &done); err != nil {
				return err
			}
			c.CompletedAt = done.Time
			out = append(out, c)
		}
		return rows.Err()
	})
	return out, err
}

// CaseAnalysisCT returns a live case's sealed analysis.
func (s *Store) CaseAnalysisCT(ctx context.Context, caseID string) ([]byte, error) {
	var ct []byte
	err := s.withDB(func(db *sql.DB) error {
		return db.QueryRowContext(ctx, "SELECT analysis_ct FROM cases WHERE case_id=? AND deleted_at IS NULL", caseID).Scan(&ct)
	})
	if errors.Is(err, sql.ErrNoRows) || (err == nil && ct == nil) {
		return nil, ErrNotFound
	}
	return ct, err
}
