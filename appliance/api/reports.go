package api

import (
	"context"
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/agnomedical/agno/appliance/agents/communicator"
	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/appliance/knowledge"
	"github.com/agnomedical/agno/appliance/reports"
	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/httpx"
	"github.com/agnomedical/agno/pkg/keys"
)

// Reports (CONTRACT.md): GET /v1/reports/{id}/physician|patient|audio|fhir
// and POST /v1/reports/{id}/regenerate. Reports are generated on the fly
// from the stored (sealed) analysis, in the language and with the options
// the physician last chose (report_settings, through raft), so every node
// serves the same report and nothing extra is stored.

// ext is per-server state of the report, knowledge and memory handlers
// (caches and a bound on concurrent speech synthesis), kept beside the
// Server so that server.go only gains routes.
type ext struct {
	audioSlots chan struct{}

	kbMu      sync.Mutex
	kbVersion string
	kbIndex   *knowledge.Index

	memMu sync.Mutex
	mem   map[string]memEntry
}

var exts sync.Map // *Server → *ext

func (s *Server) ext() *ext {
	if v, ok := exts.Load(s); ok {
		return v.(*ext)
	}
	v, _ := exts.LoadOrStore(s, &ext{audioSlots: make(chan struct{}, 2), mem: map[string]memEntry{}})
	return v.(*ext)
}

// reportSettings are the options a report is rendered with.
type reportSettings struct {
	Language           string `json:"language"`
	IncludeEvidence    bool   `json:"include_evidence"`
	IncludeIdentifiers bool   `json:"include_identifiers"`
}

// reportCase loads, checks and decrypts a case for reporting: 404 when
// missing or erased, 409 while it is still being analysed or when the
// analysis failed.
func (s *Server) reportCase(r *http.Request, id string) (reports.Case, error) {
	if err := s.consistentRead(r); err != nil {
		return reports.Case{}, err
	}
	c, err := s.liveCase(r, id)
	if err != nil {
		return reports.Case{}, err
	}
	switch c.Status {
	case "completed", "escalated":
	case "processing":
		return reports.Case{}, httpx.Errorf(httpx.CodeConflict, "case %s is still being analysed; its reports are available once its status is completed or escalated", c.CaseID).WithDetails("status", c.Status)
	default:
		return reports.Case{}, httpx.Errorf(httpx.CodeConflict, "case %s has no report: its analysis ended with status %s; re-run the agents first", c.CaseID, c.Status).WithDetails("status", c.Status)
	}
	dek, err := s.Store.DataKey(c.KeyID)
	if err != nil {
		return reports.Case{}, httpx.Errorf(httpx.CodeNotFound, "case %s not found (erased)", c.CaseID)
	}
	var rc reports.Case
	rc.CaseID, rc.PatientRef, rc.Status, rc.Priority, rc.Created = c.CaseID, c.PatientRef, c.Status, c.Priority, c.CreatedAt.UTC()
	if c.CompletedAt.Valid {
		rc.Completed = c.CompletedAt.Time.UTC()
	}
	plain, err := keys.Open(dek, c.InputCT, keys.FieldAAD("cases", c.CaseID, "input"))
	if err != nil {
		return rc, err
	}
	if err := json.Unmarshal(plain, &rc.Input); err != nil {
		return rc, err
	}
	if c.AnalysisCT == nil {
		return rc, httpx.Errorf(httpx.CodeConflict, "case %s has no stored analysis yet", c.CaseID)
	}
	plain, err = keys.Open(dek, c.AnalysisCT, keys.FieldAAD("cases", c.CaseID, "analysis"))
	if err != nil {
		return rc, err
	}
	if err := json.Unmarshal(plain, &rc.Analysis); err != nil {
		return rc, err
	}
	docs, err := s.Store.CaseDocuments(r.Context(), c.CaseID)
	if err != nil {
		return rc, err
	}
	rc.Documents = documentViews(dek, docs)
	if err := reports.Ready(rc); err != nil {
		return rc, httpx.Errorf(httpx.CodeConflict, "case %s has no usable analysis for a report", c.CaseID)
	}
	return rc, nil
}

// settingsFor returns the stored choices for a case (defaults: the case's
// language, evidence listed, no identifiers on patient outputs), with an
// optional ?language= override.
func (s *Server) settingsFor(r *http.Request, c reports.Case) (reportSettings, error) {
	q := r.URL.Query()
	for k := range q {
		if k != "language" && k != "consistency" {
			return reportSettings{}, httpx.Invalid(k, "unknown query parameter %q", k)
		}
	}
	st := reportSettings{Language: reports.CaseLanguage(c), IncludeEvidence: true}
	saved, err := s.Store.CaseReportSettings(r.Context(), c.CaseID)
	switch {
	case err == nil:
		st = reportSettings{Language: saved.Language, IncludeEvidence: saved.IncludeEvidence, IncludeIdentifiers: saved.IncludeIdentifiers}
	case !errors.Is(err, store.ErrNotFound):
		return st, err
	}
	if l := q.Get("language"); l != "" {
		if !casemodel.Contains(casemodel.Languages, l) {
			return st, enumErr("language", casemodel.Languages)
		}
		st.Language = l
	}
	return st, nil
}

func (st reportSettings) options() reports.Options {
	return reports.Options{Language: st.Language, IncludeEvidence: st.IncludeEvidence, IncludeIdentifiers: st.IncludeIdentifiers}
}

// reportError maps library errors: a case without a usable analysis is a
// conflict, the rest are internal.
func reportError(err error) error {
	var na reports.ErrNoAnalysis
	if errors.As(err, &na) {
		return httpx.Errorf(httpx.CodeConflict, "the case has no usable analysis for a report (status %s)", na.Status)
	}
	if errors.Is(err, reports.ErrAudioTools) {
		return &httpx.Error{Code: httpx.CodeInternal, Message: err.Error(), Details: map[string]any{"packages": []string{"espeak-ng", "lame"}}, Cause: err}
	}
	return err
}

// sendFile audits the read, then writes the body. Reports hold PHI: never
// cached by browsers or proxies.
func (s *Server) sendFile(w http.ResponseWriter, r *http.Request, ctype, filename, lang string, body []byte) error {
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Content-Disposition", mime.FormatMediaType("inline", map[string]string{"filename": filename}))
	h.Set("Content-Language", lang)
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write(body)
	return nil
}

// reportFile serves one report built on the fly from the stored analysis.
func (s *Server) reportFile(contentType, prefix, ext string, build func(reports.Case, reports.Options) ([]byte, error)) func(http.ResponseWriter, *http.Request, httprouter.Params) error {
	return func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
		c, err := s.reportCase(r, ps.ByName("id"))
		if err != nil {
			return err
		}
		st, err := s.settingsFor(r, c)
		if err != nil {
			return err
		}
		body, err := build(c, st.options())
		if err != nil {
			return reportError(err)
		}
		return s.sendFile(w, r, contentType, prefix+c.CaseID+ext, st.Language, body)
	}
}

func (s *Server) handleReportAudio(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	c, err := s.reportCase(r, ps.ByName("id"))
	if err != nil {
		return err
	}
	st, err := s.settingsFor(r, c)
	if err != nil {
		return err
	}
	if err := reports.AudioAvailable(); err != nil {
		return reportError(err)
	}
	// Speech synthesis is CPU-bound: at most two at a time per node.
	slots := s.ext().audioSlots
	select {
	case slots <- struct{}{}:
		defer func() { <-slots }()
	case <-r.Context().Done():
		return r.Context().Err()
	}
	ctx, cancel := context.WithTimeout(r.Context(), reports.AudioTimeout)
	defer cancel()
	mp3, err := reports.SpokenMP3(ctx, c, st.options())
	if err != nil {
		return reportError(err)
	}
	return s.sendFile(w, r, "audio/mpeg", "patient-summary-"+c.CaseID+".mp3", st.Language, mp3)
}

// regenerateRequest is the body of POST /v1/reports/{id}/regenerate.
// include_identifiers is an Agno extension: the physician's explicit choice
// to show name, birth date and id on patient-facing outputs.
type regenerateRequest struct {
	Language           string `json:"language"`
	IncludeEvidence    *bool  `json:"include_evidence"`
	IncludeIdentifiers *bool  `json:"include_identifiers"`
}

// handleReportRegenerate re-runs the communicator in the requested language
// over the stored analysis, records the choices through raft (so every node
// serves the same reports) and returns the new patient text and the links.
func (s *Server) handleReportRegenerate(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	var req regenerateRequest
	if err := httpx.DecodeJSON(r.Body, s.Config.MaxJSONBytes, &req); err != nil {
		return err
	}
	if req.Language != "" && !casemodel.Contains(casemodel.Languages, req.Language) {
		return enumErr("language", casemodel.Languages)
	}
	c, err := s.reportCase(r, ps.ByName("id"))
	if err != nil {
		return err
	}
	st, err := s.settingsFor(r, c)
	if err != nil {
		return err
	}
	if req.Language != "" {
		st.Language = req.Language
	}
	if req.IncludeEvidence != nil {
		st.IncludeEvidence = *req.IncludeEvidence
	}
	if req.IncludeIdentifiers != nil {
		st.IncludeIdentifiers = *req.IncludeIdentifiers
	}
	lc, err := reports.Localize(c, st.Language)
	if err != nil {
		return reportError(err)
	}
	pt := reports.PatientText(lc, st.options())
	p := principalFrom(r.Context())
	now := s.now().UTC().Truncate(time.Microsecond)
	cmd := &store.Command{Type: store.CmdReportSettings, At: now, Ignorable: true, Report: &store.ReportSettingsCmd{
		CaseID: c.CaseID, Language: st.Language, IncludeEvidence: st.IncludeEvidence, IncludeIdentifiers: st.IncludeIdentifiers, UpdatedBy: p.UserID}}
	s.withAudit(r, cmd)
	if _, err := s.apply(r.Context(), cmd); err != nil {
		return s.writeErr(err)
	}
	ease := communicator.Flesch(pt.Text())
	if st.Language == reports.LangPT {
		ease = communicator.FleschPT(pt.Text())
	}
	base := "/v1/reports/" + c.CaseID
	httpx.WriteJSON(w, http.StatusOK, map[string]any{
		"case_id": c.CaseID, "language": st.Language, "include_evidence": st.IncludeEvidence, "include_identifiers": st.IncludeIdentifiers,
		"regenerated_at":  now.Format(time.RFC3339Nano),
		"synthesis":       lc.Analysis.FinalReport.Synthesis,
		"recommendations": lc.Analysis.FinalReport.Recommendations,
		"patient_summary": pt.Text(),
		"reading_ease":    ease,
		"links":           map[string]string{"physician": base + "/physician", "patient": base + "/patient", "audio": base + "/audio", "fhir": base + "/fhir"},
	})
	return nil
}
