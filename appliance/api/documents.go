package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/appliance/jobs"
	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/auth"
	"github.com/agnomedical/agno/pkg/httpx"
	"github.com/agnomedical/agno/pkg/keys"
)

// docMetas seals the file names of new uploads and assigns their ids.
func docMetas(dek []byte, files []upload) []store.DocMeta {
	out := make([]store.DocMeta, 0, len(files))
	for _, f := range files {
		id := auth.NewID("doc")
		out = append(out, store.DocMeta{DocumentID: id, ContentType: f.contentType, Size: int64(len(f.data)),
			FilenameCT: keys.Seal(dek, []byte(f.name), keys.FieldAAD("documents", id, "filename"))})
	}
	return out
}

// putDocuments commits each file's sealed bytes, one raft entry per file so
// no entry nears the log's size limit.
func (s *Server) putDocuments(ctx context.Context, caseID string, dek []byte, metas []store.DocMeta, files []upload, at time.Time) error {
	for i, f := range files {
		d := store.DocCmd{DocumentID: metas[i].DocumentID, CaseID: caseID}
		blob := keys.Seal(dek, f.data, keys.FieldAAD("documents", d.DocumentID, "content"))
		if _, err := s.apply(ctx, &store.Command{Type: store.CmdDocumentPut, At: at, Doc: &d, Blob: blob}); err != nil {
			return s.writeErr(err)
		}
	}
	return nil
}

func (s *Server) handleAddDocuments(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	c, err := s.liveCase(r, ps.ByName("id"))
	if err != nil {
		return err
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct != "multipart/form-data" {
		return httpx.Errorf(httpx.CodeInvalidInput, "Content-Type must be multipart/form-data with files[]").WithDetails("field", "Content-Type")
	}
	_, files, err := s.readCaseInput(w, r)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return httpx.Invalid("files[]", "no files[] in the request")
	}
	dek, err := s.Store.DataKey(c.KeyID)
	if err != nil {
		return httpx.Errorf(httpx.CodeNotFound, "case %s not found (erased)", c.CaseID)
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	metas := docMetas(dek, files)
	cmd := &store.Command{Type: store.CmdDocumentsAdd, At: now, DocsAdd: &store.DocsAddCmd{CaseID: c.CaseID, PatientRef: c.PatientRef, KeyID: c.KeyID, Documents: metas}}
	s.withAudit(r, cmd)
	res, err := s.apply(r.Context(), cmd)
	if err != nil {
		return s.writeErr(err)
	}
	if res.Err != nil {
		return httpx.Errorf(httpx.CodeNotFound, "case %s not found (erased)", c.CaseID)
	}
	if err := s.putDocuments(r.Context(), c.CaseID, dek, metas, files, now); err != nil {
		return err
	}
	list := make([]map[string]any, 0, len(metas))
	for i, m := range metas {
		list = append(list, map[string]any{"document_id": m.DocumentID, "filename": files[i].name, "content_type": m.ContentType, "size": m.Size, "status": "pending"})
	}
	httpx.WriteJSON(w, http.StatusCreated, map[string]any{"case_id": c.CaseID, "status": "processing", "documents": list})
	return nil
}

// liveDocument loads a document of a live case and its key.
func (s *Server) liveDocument(r *http.Request, id string) (store.DocumentRow, []byte, error) {
	if id == "" || len(id) > maxIDLen {
		return store.DocumentRow{}, nil, httpx.Invalid("id", "document id is malformed")
	}
	d, err := s.Store.Document(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return d, nil, httpx.Errorf(httpx.CodeNotFound, "document %s not found", id)
	}
	if err != nil {
		return d, nil, err
	}
	setAuditCase(r, d.CaseID, d.PatientRef)
	dek, err := s.Store.DataKey(d.KeyID)
	if err != nil {
		return d, nil, httpx.Errorf(httpx.CodeNotFound, "document %s not found (erased)", id)
	}
	return d, dek, nil
}

func (s *Server) handleGetDocument(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	d, dek, err := s.liveDocument(r, ps.ByName("id"))
	if err != nil {
		return err
	}
	ct, err := s.Store.DocumentContent(r.Context(), d.DocumentID)
	if errors.Is(err, store.ErrNotFound) {
		return httpx.Errorf(httpx.CodeNotFound, "document %s has no content yet (upload in progress)", d.DocumentID)
	}
	if err != nil {
		return err
	}
	data, err := keys.Open(dek, ct, keys.FieldAAD("documents", d.DocumentID, "content"))
	if err != nil {
		return err
	}
	name, _ := keys.Open(dek, d.FilenameCT, keys.FieldAAD("documents", d.DocumentID, "filename"))
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	w.Header().Set("Content-Type", d.ContentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": safeName(string(name), d)}))
	w.WriteHeader(http.StatusOK)
	w.Write(data)
	return nil
}

func safeName(name string, d store.DocumentRow) string {
	if name == "" {
		exts, _ := mime.ExtensionsByType(d.ContentType)
		ext := ""
		if len(exts) > 0 {
			ext = exts[0]
		}
		return d.DocumentID + ext
	}
	return name
}

func (s *Server) handleGetDocumentText(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	d, dek, err := s.liveDocument(r, ps.ByName("id"))
	if err != nil {
		return err
	}
	if d.Status != "done" {
		msg := fmt.Sprintf("document %s is not extracted yet (status %s)", d.DocumentID, d.Status)
		if d.Status == "error" {
			msg = fmt.Sprintf("document %s could not be extracted: %s", d.DocumentID, d.Error)
		}
		return httpx.Errorf(httpx.CodeConflict, "%s", msg).WithDetails("status", d.Status)
	}
	dr, err := openDocResult(dek, d)
	if err != nil {
		return err
	}
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"document_id": d.DocumentID, "method": d.Method, "pages": d.Pages, "quality": d.Quality, "text": dr.Text, "labs_extracted": dr.Labs})
	return nil
}

func openDocResult(dek []byte, d store.DocumentRow) (jobs.DocResult, error) {
	var dr jobs.DocResult
	if d.ResultCT == nil {
		return dr, nil
	}
	plain, err := keys.Open(dek, d.ResultCT, keys.FieldAAD("documents", d.DocumentID, "result"))
	if err != nil {
		return dr, err
	}
	return dr, json.Unmarshal(plain, &dr)
}

// documentViews is the contract's documents list for a case.
func documentViews(dek []byte, docs []store.DocumentRow) []casemodel.Document {
	out := make([]casemodel.Document, 0, len(docs))
	for _, d := range docs {
		name, _ := keys.Open(dek, d.FilenameCT, keys.FieldAAD("documents", d.DocumentID, "filename"))
		v := casemodel.Document{DocumentID: d.DocumentID, Filename: string(name), ContentType: d.ContentType, Size: d.Size,
			Pages: d.Pages, Method: d.Method, Quality: d.Quality, Status: docStatus(d.Status), Error: d.Error, LabsExtracted: []casemodel.Lab{}}
		if dr, err := openDocResult(dek, d); err == nil && dr.Labs != nil {
			v.LabsExtracted = dr.Labs
		}
		out = append(out, v)
	}
	return out
}

// docStatus maps storage states to what users see: pending until extracted.
func docStatus(s string) string {
	if s == "stored" {
		return "pending"
	}
	return s
}

func (s *Server) handleAgentsStatus(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	names := agentNames()
	status := map[string]any{}
	health := "not_running"
	queued, docs := 0, 0
	if s.Runner != nil {
		var st map[string]jobs.AgentStatus
		st, queued, docs = s.Runner.Status(names)
		for k, v := range st {
			status[k] = v
		}
		health = "healthy"
		if !s.Raft.Status().CanWrite() {
			health = "degraded"
		}
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"agents": status, "system_health": health, "queued_cases": queued, "queued_documents": docs, "processing_cases": len(s.Store.ProcessingCases())})
	return nil
}

func agentNames() []string {
	return append([]string{"triage"}, append(append([]string{}, casemodel.Specialties...), "safety", "validator", "communicator")...)
}

// handleSpawn re-runs the agents on a case (POST /v1/agents/spawn). The
// pipeline runs whole, so the validator reconciles the re-run agent with the
// others; the answer names the requested agent's run but carries no clinical
// content (an administrator may spawn agents but not read cases).
func (s *Server) handleSpawn(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	var b struct {
		CaseID    string `json:"case_id"`
		AgentType string `json:"agent_type"`
	}
	if err := httpx.DecodeJSON(r.Body, 64<<10, &b); err != nil {
		return err
	}
	if b.CaseID == "" {
		return httpx.Invalid("case_id", "case_id is required")
	}
	if !casemodel.Contains(agentNames(), b.AgentType) {
		return enumErr("agent_type", agentNames())
	}
	if err := s.barrier(r.Context()); err != nil {
		return err
	}
	c, err := s.liveCase(r, b.CaseID)
	if err != nil {
		return err
	}
	if s.Runner == nil {
		return httpx.Errorf(httpx.CodeConflict, "agents are not running on this node")
	}
	if s.Store.IsProcessing(c.CaseID) {
		return httpx.Errorf(httpx.CodeConflict, "case %s is still being analysed; spawn again once it is done", c.CaseID)
	}
	out, err := s.Runner.Rerun(r.Context(), c.CaseID)
	if errors.Is(err, jobs.ErrCaseGone) {
		return httpx.Errorf(httpx.CodeNotFound, "case %s not found", c.CaseID)
	}
	if err != nil {
		return s.writeErr(err)
	}
	var agent any
	for _, a := range out.Agents {
		if a.Agent == b.AgentType {
			agent = a
		}
	}
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, map[string]any{"spawn_id": auth.NewID("spn"), "case_id": c.CaseID, "agent_type": b.AgentType,
		"status": out.Status, "error": out.Error, "agent": agent, "agents_run": len(out.Agents), "duration_ms": out.DurationMS})
	return nil
}
