package api

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/appliance/memory"
	"github.com/agnomedical/agno/pkg/httpx"
	"github.com/agnomedical/agno/pkg/keys"
)

// Case memory (CONTRACT.md): GET /v1/memory/similar-cases?case_id&top_k
// (physician). Similarity is computed over de-identified features only
// (appliance/memory); the answer names past cases by case id with their
// coarse features, never identities or free text. Only live cases whose
// data key still exists take part: an erased patient's cases are gone.

const maxSimilar = 10

// memEntry caches one case's features (valid while completed_at is unchanged).
type memEntry struct {
	completed  time.Time
	patientRef string
	status     string
	f          memory.Features
}

// caseFeatures returns a live case's features, decrypting its analysis on
// a cache miss. ok is false when the case cannot be read (erased).
func (s *Server) caseFeatures(ctx context.Context, id, keyID, patientRef, status string, completed time.Time) (memEntry, bool) {
	e := s.ext()
	// The key check comes first, cached or not: erasure must win at once.
	dek, err := s.Store.DataKey(keyID)
	if err != nil {
		e.memMu.Lock()
		delete(e.mem, id)
		e.memMu.Unlock()
		return memEntry{}, false
	}
	e.memMu.Lock()
	m, ok := e.mem[id]
	e.memMu.Unlock()
	if ok && m.completed.Equal(completed) && m.status == status {
		return m, true
	}
	ct, err := s.Store.CaseAnalysisCT(ctx, id)
	if err != nil {
		return memEntry{}, false
	}
	plain, err := keys.Open(dek, ct, keys.FieldAAD("cases", id, "analysis"))
	if err != nil {
		return memEntry{}, false
	}
	var an casemodel.Analysis
	if json.Unmarshal(plain, &an) != nil {
		return memEntry{}, false
	}
	m = memEntry{completed: completed, patientRef: patientRef, status: status, f: memory.FromAnalysis(an)}
	e.memMu.Lock()
	e.mem[id] = m
	e.memMu.Unlock()
	return m, true
}

func (s *Server) handleSimilarCases(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	q := r.URL.Query()
	for k := range q {
		switch k {
		case "case_id", "top_k", "consistency":
		default:
			return httpx.Invalid(k, "unknown query parameter %q", k)
		}
	}
	id := q.Get("case_id")
	if id == "" {
		return httpx.Invalid("case_id", "case_id is required")
	}
	topK, err := intParam(q.Get("top_k"), "top_k", 5, 1, maxSimilar)
	if err != nil {
		return err
	}
	if err := s.consistentRead(r); err != nil {
		return err
	}
	c, err := s.liveCase(r, id)
	if err != nil {
		return err
	}
	if c.Status != "completed" && c.Status != "escalated" {
		return httpx.Errorf(httpx.CodeConflict, "case %s has no analysis to compare yet (status %s)", c.CaseID, c.Status).WithDetails("status", c.Status)
	}
	var completed time.Time
	if c.CompletedAt.Valid {
		completed = c.CompletedAt.Time
	}
	qe, ok := s.caseFeatures(r.Context(), c.CaseID, c.KeyID, c.PatientRef, c.Status, completed)
	if !ok {
		return httpx.Errorf(httpx.CodeNotFound, "case %s not found (erased)", c.CaseID)
	}
	rows, err := s.Store.AnalysedCases(r.Context())
	if err != nil {
		return err
	}
	var cands []memory.Candidate
	for _, row := range rows {
		// The case itself and the same patient's other cases are not
		// "similar cases": the physician sees those in the patient's record.
		if row.CaseID == c.CaseID || row.PatientRef == c.PatientRef {
			continue
		}
		m, ok := s.caseFeatures(r.Context(), row.CaseID, row.KeyID, row.PatientRef, row.Status, row.CompletedAt)
		if !ok {
			continue
		}
		cands = append(cands, memory.Candidate{CaseID: row.CaseID, Status: row.Status, Features: m.f})
	}
	matches := memory.Rank(qe.f, cands, topK)
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{
		"case_id": c.CaseID, "features": qe.f, "top_k": topK, "cases_compared": len(cands), "similar_cases": matches,
	})
	return nil
}
