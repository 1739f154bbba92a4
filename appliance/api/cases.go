package api

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/appliance/documents"
	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/auth"
	"github.com/agnomedical/agno/pkg/httpx"
	"github.com/agnomedical/agno/pkg/keys"
)

// upload is one file of a multipart case.
type upload struct {
	name        string
	contentType string
	data        []byte
}

func (s *Server) handleCreateCase(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	in, files, err := s.readCaseInput(w, r)
	if err != nil {
		return err
	}
	if err := validateInput(&in); err != nil {
		return err
	}
	p := principalFrom(r.Context())
	now := s.now().UTC().Truncate(time.Microsecond)
	caseID := auth.NewID("case")
	ref := s.Ring.Pseudonym(in.PatientID)
	setAuditCase(r, caseID, ref)

	var created time.Time
	for attempt := 0; ; attempt++ {
		keyID, dek, wrapped, err := s.dataKeyFor(ref)
		if err != nil {
			return err
		}
		plain, _ := json.Marshal(in)
		cc := &store.CaseCmd{
			CaseID: caseID, PatientRef: ref, KeyID: keyID, NewKey: wrapped,
			Priority: in.Priority, Language: in.Language, CreatedBy: p.UserID,
			InputCT:     keys.Seal(dek, plain, keys.FieldAAD("cases", caseID, "input")),
			Specialties: in.SpecialtiesHint,
			Documents:   docMetas(dek, files),
		}
		cmd := &store.Command{Type: store.CmdCaseCreate, At: now, Case: cc}
		if attempt == 0 {
			s.withAudit(r, cmd)
		}
		res, err := s.apply(r.Context(), cmd)
		if err != nil {
			return s.writeErr(err)
		}
		if errors.Is(res.Err, store.ErrKeyShredded) && attempt == 0 {
			// The patient was erased while we held their old key; the
			// retry gets a fresh one. The audit entry was already written.
			continue
		}
		if res.Err != nil {
			return res.Err
		}
		if err := s.putDocuments(r.Context(), caseID, dek, cc.Documents, files, now); err != nil {
			return err
		}
		created = now
		break
	}
	s.Metrics.Cases.WithLabelValues("processing", in.Priority).Inc()
	agents := []string{"triage"}
	agents = append(agents, in.SpecialtiesHint...)
	agents = append(agents, "safety", "validator", "communicator")
	httpx.WriteJSON(w, http.StatusCreated, map[string]any{
		"case_id": caseID, "status": "processing", "created_at": created.Format(time.RFC3339Nano),
		"estimated_completion": created.Add(2 * time.Second).Format(time.RFC3339Nano),
		"agents_assigned":      agents,
	})
	return nil
}

// dataKeyFor returns the patient's current data key, or a new one (with its
// wrapped form, to travel in the command) for a first case.
func (s *Server) dataKeyFor(ref string) (keyID string, dek, wrapped []byte, err error) {
	if id, ok := s.Store.PatientKeyID(ref); ok {
		if dek, err := s.Store.DataKey(id); err == nil {
			return id, dek, nil, nil
		}
	}
	keyID = auth.NewID("dek")
	dek, wrapped, err = s.Ring.NewDataKey(ref, keyID)
	return keyID, dek, wrapped, err
}

// readCaseInput reads JSON, or multipart with a "case" JSON part (or plain
// form fields) and files[] uploads.
func (s *Server) readCaseInput(w http.ResponseWriter, r *http.Request) (casemodel.Input, []upload, error) {
	var in casemodel.Input
	ct, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json", "":
		return in, nil, httpx.DecodeJSON(r.Body, s.Config.MaxJSONBytes, &in)
	case "multipart/form-data":
	default:
		return in, nil, httpx.Errorf(httpx.CodeInvalidInput, "Content-Type must be application/json or multipart/form-data").WithDetails("field", "Content-Type")
	}
	limit := s.Config.MaxUploadBytes + s.Config.MaxJSONBytes
	mr := multipart.NewReader(http.MaxBytesReader(w, r.Body, limit), params["boundary"])
	var files []upload
	var total int64
	fields := map[string]string{}
	haveCase := false
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return in, nil, tooLarge(s.Config.MaxUploadBytes)
			}
			return in, nil, httpx.Errorf(httpx.CodeInvalidInput, "malformed multipart body")
		}
		name := part.FormName()
		switch {
		case name == "files[]" || name == "files":
			data, err := io.ReadAll(io.LimitReader(part, s.Config.MaxUploadBytes-total+1))
			if err != nil {
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					return in, nil, tooLarge(s.Config.MaxUploadBytes)
				}
				return in, nil, httpx.Errorf(httpx.CodeInvalidInput, "could not read an uploaded file")
			}
			total += int64(len(data))
			if total > s.Config.MaxUploadBytes {
				return in, nil, tooLarge(s.Config.MaxUploadBytes)
			}
			if len(files) >= 20 {
				return in, nil, httpx.Invalid("files[]", "at most 20 files per request")
			}
			ctype, err := sniffUpload(data)
			if err != nil {
				return in, nil, httpx.Invalid("files[]", "file %d: %v", len(files)+1, err).WithDetails("index", len(files))
			}
			files = append(files, upload{name: truncate(part.FileName(), 255), contentType: ctype, data: data})
		case name == "case" || name == "data":
			if err := httpx.DecodeJSON(part, s.Config.MaxJSONBytes, &in); err != nil {
				return in, nil, err
			}
			haveCase = true
		default:
			b, err := io.ReadAll(io.LimitReader(part, s.Config.MaxJSONBytes+1))
			if err != nil || int64(len(b)) > s.Config.MaxJSONBytes {
				return in, nil, httpx.Invalid(name, "form field %q is too large", name)
			}
			fields[name] = string(b)
		}
	}
	if !haveCase {
		if err := formToInput(fields, &in); err != nil {
			return in, nil, err
		}
	} else if len(fields) > 0 {
		for k := range fields {
			return in, nil, httpx.Invalid(k, "unknown form field %q (send case fields inside the \"case\" JSON part)", k)
		}
	}
	return in, files, nil
}

// formToInput maps simple form fields onto the input, rejecting unknown ones.
func formToInput(fields map[string]string, in *casemodel.Input) error {
	for k, v := range fields {
		switch k {
		case "patient_id":
			in.PatientID = v
		case "priority":
			in.Priority = v
		case "language":
			in.Language = v
		case "clinical_notes":
			in.ClinicalNotes = v
		case "symptoms":
			in.Symptoms = v
		case "symptom_duration":
			in.SymptomDuration = v
		case "severity_rating":
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				return httpx.Invalid(k, "field %q must be a number", k)
			}
			in.SeverityRating = &n
		default:
			return httpx.Invalid(k, "unknown field %q", k)
		}
	}
	return nil
}

func tooLarge(limit int64) error {
	return httpx.Errorf(httpx.CodePayloadTooLarge, "uploads exceed %d bytes in total", limit).WithDetails("limit_bytes", limit)
}

// sniffUpload names the real type from the bytes with the documents
// package's sniffer (magic numbers, polyglot checks); the declared type and
// the extension are never trusted.
func sniffUpload(b []byte) (string, error) {
	t, err := documents.Sniff(b)
	if err != nil {
		return "", errors.New(documents.UserMessage(err))
	}
	return t, nil
}

func (s *Server) handleGetCase(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	if err := s.consistentRead(r); err != nil {
		return err
	}
	c, err := s.liveCase(r, ps.ByName("id"))
	if err != nil {
		return err
	}
	out, err := s.caseView(r, c, true)
	if err != nil {
		return err
	}
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, out)
	return nil
}

// liveCase loads a case that exists and was not erased, naming it in the audit.
func (s *Server) liveCase(r *http.Request, id string) (store.CaseRow, error) {
	if id == "" || len(id) > maxIDLen {
		return store.CaseRow{}, httpx.Invalid("id", "case id is malformed")
	}
	c, err := s.Store.GetCase(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		setAuditCase(r, id, "")
		return c, httpx.Errorf(httpx.CodeNotFound, "case %s not found", id)
	}
	if err != nil {
		return c, err
	}
	setAuditCase(r, c.CaseID, c.PatientRef)
	if c.DeletedAt.Valid {
		return c, httpx.Errorf(httpx.CodeNotFound, "case %s not found (erased)", id).WithDetails("erased_at", c.DeletedAt.Time.UTC().Format(time.RFC3339))
	}
	return c, nil
}

// caseView decrypts a case into the contract's output shape. detail=false
// gives the list row (no clinical content), for roles without CaseRead.
func (s *Server) caseView(r *http.Request, c store.CaseRow, detail bool) (map[string]any, error) {
	out := map[string]any{
		"case_id": c.CaseID, "status": c.Status, "priority": c.Priority, "language": c.Language,
		"created_at": c.CreatedAt.UTC().Format(time.RFC3339Nano), "completed_at": nil, "processing_time_seconds": nil,
		"patient_ref": c.PatientRef,
	}
	if c.CompletedAt.Valid {
		out["completed_at"] = c.CompletedAt.Time.UTC().Format(time.RFC3339Nano)
		out["processing_time_seconds"] = c.CompletedAt.Time.Sub(c.CreatedAt).Seconds()
	}
	dek, err := s.Store.DataKey(c.KeyID)
	if err != nil {
		return nil, httpx.Errorf(httpx.CodeNotFound, "case %s not found (erased)", c.CaseID)
	}
	plain, err := keys.Open(dek, c.InputCT, keys.FieldAAD("cases", c.CaseID, "input"))
	if err != nil {
		return nil, err
	}
	var in casemodel.Input
	if err := json.Unmarshal(plain, &in); err != nil {
		return nil, err
	}
	out["patient_id"] = in.PatientID
	if !detail {
		return out, nil
	}
	out["input"] = in
	an := casemodel.Analysis{Alerts: []casemodel.Alert{}, AgentsInvolved: []string{}, Debates: []casemodel.Debate{}, Outputs: map[string]any{}}
	if c.AnalysisCT != nil {
		plain, err := keys.Open(dek, c.AnalysisCT, keys.FieldAAD("cases", c.CaseID, "analysis"))
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(plain, &an); err != nil {
			return nil, err
		}
	}
	out["triage"] = an.Triage
	out["alerts"] = nonNil(an.Alerts)
	out["final_report"] = an.FinalReport
	out["agents_involved"] = nonNil(an.AgentsInvolved)
	out["debates"] = nonNil(an.Debates)
	out["outputs"] = an.Outputs
	if an.Error != "" {
		out["error"] = map[string]any{"code": an.Error}
	}
	docs, err := s.Store.CaseDocuments(r.Context(), c.CaseID)
	if err != nil {
		return nil, err
	}
	out["documents"] = documentViews(dek, docs)
	return out, nil
}

func nonNil[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}

func (s *Server) handleListCases(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	q := r.URL.Query()
	for k := range q {
		switch k {
		case "status", "priority", "patient_id", "from_date", "to_date", "limit", "offset", "consistency":
		default:
			return httpx.Invalid(k, "unknown query parameter %q", k)
		}
	}
	f := store.CaseFilter{Status: q.Get("status"), Priority: q.Get("priority"), Limit: 50}
	if f.Status != "" && !casemodel.Contains(casemodel.Statuses, f.Status) {
		return enumErr("status", casemodel.Statuses)
	}
	if f.Priority != "" && !casemodel.Contains(casemodel.Priorities, f.Priority) {
		return enumErr("priority", casemodel.Priorities)
	}
	if pid := q.Get("patient_id"); pid != "" {
		f.PatientRef = s.Ring.Pseudonym(pid)
	}
	var err error
	if f.From, err = parseDateParam(q.Get("from_date"), "from_date", false); err != nil {
		return err
	}
	if f.To, err = parseDateParam(q.Get("to_date"), "to_date", true); err != nil {
		return err
	}
	if f.Limit, err = intParam(q.Get("limit"), "limit", 50, 1, 200); err != nil {
		return err
	}
	if f.Offset, err = intParam(q.Get("offset"), "offset", 0, 0, 1<<31-1); err != nil {
		return err
	}
	if err := s.consistentRead(r); err != nil {
		return err
	}
	rows, total, err := s.Store.ListCases(r.Context(), f)
	if err != nil {
		return err
	}
	cases := make([]map[string]any, 0, len(rows))
	for _, c := range rows {
		v, err := s.caseView(r, c, false)
		if err != nil {
			continue // erased between the query and now
		}
		cases = append(cases, v)
	}
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"cases": cases, "total": total, "limit": f.Limit, "offset": f.Offset, "has_more": f.Offset+len(rows) < total})
	return nil
}

// parseDateParam takes YYYY-MM-DD or RFC 3339; a bare to_date includes that day.
func parseDateParam(v, name string, endOfDay bool) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return t, httpx.Invalid(name, "%s must be a date (YYYY-MM-DD) or an RFC 3339 time", name)
	}
	if endOfDay {
		t = t.Add(24 * time.Hour)
	}
	return t, nil
}

func intParam(v, name string, def, min, max int) (int, error) {
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		return 0, httpx.Invalid(name, "%s must be an integer between %d and %d", name, min, max)
	}
	return n, nil
}

func (s *Server) handleDeleteCase(w http.ResponseWriter, r *http.Request, ps httprouter.Params) error {
	// Look the case up on a view that includes every acknowledged write: a
	// case created through another node a moment ago must be found.
	if err := s.barrier(r.Context()); err != nil {
		return err
	}
	c, err := s.liveCase(r, ps.ByName("id"))
	if err != nil {
		return err
	}
	p := principalFrom(r.Context())
	now := s.now().UTC()
	cmd := &store.Command{Type: store.CmdPatientErase, At: now, Erase: &store.EraseCmd{PatientRef: c.PatientRef, CaseID: c.CaseID, By: p.UserID}}
	s.withAudit(r, cmd)
	if _, err := s.apply(r.Context(), cmd); err != nil {
		return s.writeErr(err)
	}
	s.Metrics.Cases.WithLabelValues("deleted", c.Priority).Inc()
	// Push the erased patient's old entries out of the raft log soon.
	go func() {
		if err := s.Raft.Snapshot(); err != nil {
			s.Log.Warn("snapshot after erasure failed", "error", err)
		}
	}()
	httpx.WriteJSON(w, http.StatusOK, map[string]any{
		"message":              "patient data erased: the patient's data keys are destroyed, so every case and document of this patient is unreadable on every node; the audit trail is kept",
		"deleted_at":           now.Format(time.RFC3339Nano),
		"audit_trail_retained": true,
	})
	return nil
}
