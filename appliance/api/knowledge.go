package api

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/julienschmidt/httprouter"

	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/appliance/documents"
	"github.com/agnomedical/agno/appliance/knowledge"
	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/auth"
	"github.com/agnomedical/agno/pkg/httpx"
)

// Knowledge base (CONTRACT.md): GET /v1/knowledge/search (any user) and
// POST /v1/knowledge/add (admin). Shipped guideline summaries live in the
// binary; uploads go through raft into knowledge_docs, so every node
// searches the same corpus. Knowledge is not PHI.

const maxQueryLen = 500

// knowledgeIndex returns the search index over shipped and uploaded
// documents, rebuilt when an upload is committed.
func (s *Server) knowledgeIndex(ctx context.Context) (*knowledge.Index, error) {
	v, err := s.Store.KnowledgeVersion(ctx)
	if err != nil {
		return nil, err
	}
	e := s.ext()
	e.kbMu.Lock()
	defer e.kbMu.Unlock()
	if e.kbIndex != nil && e.kbVersion == v {
		return e.kbIndex, nil
	}
	shipped, err := knowledge.Shipped()
	if err != nil {
		return nil, err
	}
	up, err := s.Store.KnowledgeDocs(ctx)
	if err != nil {
		return nil, err
	}
	docs := append([]knowledge.Doc{}, shipped...)
	for _, d := range up {
		docs = append(docs, knowledge.Doc{ID: d.DocumentID, Language: d.Language, Title: d.Title, Specialty: d.Specialty, Source: d.Source, Text: d.Text})
	}
	e.kbIndex, e.kbVersion = knowledge.NewIndex(docs), v
	return e.kbIndex, nil
}

func (s *Server) handleKnowledgeSearch(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	q := r.URL.Query()
	for k := range q {
		switch k {
		case "query", "specialty", "top_k", "language":
		default:
			return httpx.Invalid(k, "unknown query parameter %q", k)
		}
	}
	query := strings.TrimSpace(q.Get("query"))
	if query == "" {
		return httpx.Invalid("query", "query is required")
	}
	if len(query) > maxQueryLen || !utf8.ValidString(query) {
		return httpx.Invalid("query", "query must be valid UTF-8 of at most %d bytes", maxQueryLen)
	}
	sp := q.Get("specialty")
	if sp != "" && !casemodel.Contains(casemodel.Specialties, sp) {
		return enumErr("specialty", casemodel.Specialties)
	}
	lang := q.Get("language")
	if lang != "" && !casemodel.Contains(casemodel.Languages, lang) {
		return enumErr("language", casemodel.Languages)
	}
	topK, err := intParam(q.Get("top_k"), "top_k", 5, 1, knowledge.MaxTopK)
	if err != nil {
		return err
	}
	ix, err := s.knowledgeIndex(r.Context())
	if err != nil {
		return err
	}
	res := ix.Search(knowledge.Query{Text: query, Specialty: sp, Language: lang, TopK: topK})
	if err := s.auditBeforeRead(r); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"query": query, "specialty": sp, "top_k": topK, "total": len(res), "results": res})
	return nil
}

// handleKnowledgeAdd takes multipart `file` (PDF or UTF-8 text) plus
// `specialty` and `source` (required), `title` and `language` (optional).
func (s *Server) handleKnowledgeAdd(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	ct, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct != "multipart/form-data" {
		return httpx.Errorf(httpx.CodeInvalidInput, "Content-Type must be multipart/form-data with a file part and specialty, source fields").WithDetails("field", "Content-Type")
	}
	mr := multipart.NewReader(http.MaxBytesReader(w, r.Body, s.Config.MaxUploadBytes+s.Config.MaxJSONBytes), params["boundary"])
	fields := map[string]string{}
	var data []byte
	filename := ""
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return tooLarge(s.Config.MaxUploadBytes)
			}
			return httpx.Errorf(httpx.CodeInvalidInput, "malformed multipart body")
		}
		name := part.FormName()
		switch name {
		case "file":
			if data != nil {
				return httpx.Invalid("file", "send one file per request")
			}
			b, err := io.ReadAll(io.LimitReader(part, s.Config.MaxUploadBytes+1))
			if err != nil {
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					return tooLarge(s.Config.MaxUploadBytes)
				}
				return httpx.Invalid("file", "could not read the uploaded file")
			}
			if int64(len(b)) > s.Config.MaxUploadBytes {
				return tooLarge(s.Config.MaxUploadBytes)
			}
			data, filename = b, truncate(path.Base(part.FileName()), 255)
		case "specialty", "source", "title", "language":
			b, err := io.ReadAll(io.LimitReader(part, 2049))
			if err != nil || len(b) > 2048 {
				return httpx.Invalid(name, "field %q is too long (2048 bytes at most)", name)
			}
			fields[name] = strings.TrimSpace(string(b))
		default:
			return httpx.Invalid(name, "unknown form field %q (want file, specialty, source, title, language)", name)
		}
	}
	if len(data) == 0 {
		return httpx.Invalid("file", "file is required and must not be empty")
	}
	sp := fields["specialty"]
	if !casemodel.Contains(casemodel.Specialties, sp) {
		return enumErr("specialty", casemodel.Specialties)
	}
	if fields["source"] == "" || !utf8.ValidString(fields["source"]) {
		return httpx.Invalid("source", "source is required: cite the guideline or protocol (issuer, title, year)")
	}
	if l := fields["language"]; l != "" && !casemodel.Contains(casemodel.Languages, l) {
		return enumErr("language", casemodel.Languages)
	}
	text, ctype, err := knowledgeText(r.Context(), data, s.Config.MaxUploadBytes)
	if err != nil {
		return err
	}
	if len(text) > store.MaxKnowledgeText {
		return httpx.Errorf(httpx.CodePayloadTooLarge, "the document's text is %d bytes; split it into parts of at most %d bytes", len(text), store.MaxKnowledgeText)
	}
	title := fields["title"]
	if title == "" {
		title = firstLineOf(text, filename)
	}
	lang := fields["language"]
	if lang == "" {
		lang = knowledge.DetectLanguage(text)
	}
	p := principalFrom(r.Context())
	now := s.now().UTC().Truncate(time.Microsecond)
	k := &store.KnowledgeCmd{DocumentID: auth.NewID("kbd"), Title: truncate(title, 300), Specialty: sp, Source: truncate(fields["source"], 1000),
		Language: lang, Filename: filename, ContentType: ctype, Text: text, AddedBy: p.UserID}
	cmd := &store.Command{Type: store.CmdKnowledgeAdd, At: now, Ignorable: true, Knowledge: k}
	s.withAudit(r, cmd)
	if _, err := s.apply(r.Context(), cmd); err != nil {
		return s.writeErr(err)
	}
	httpx.WriteJSON(w, http.StatusCreated, map[string]any{
		"document_id": k.DocumentID, "title": k.Title, "specialty": k.Specialty, "source": k.Source, "language": k.Language,
		"filename": k.Filename, "content_type": ctype, "characters": utf8.RuneCountInString(text), "added_at": now.Format(time.RFC3339Nano),
	})
	return nil
}

// knowledgeText extracts an upload's text: PDFs through appliance/documents
// (text layer, OCR when a page has none), plain UTF-8 text as is.
func knowledgeText(ctx context.Context, data []byte, maxBytes int64) (string, string, error) {
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		ex, err := documents.NewExtractor(documents.Limits{MaxBytes: maxBytes}, 1)
		if err != nil {
			return "", "", &httpx.Error{Code: httpx.CodeInternal, Message: "PDF text extraction is not available on this node: " + documents.UserMessage(err), Cause: err}
		}
		defer ex.Close()
		res, err := ex.Extract(ctx, data)
		if err != nil {
			return "", "", httpx.Invalid("file", "could not read the PDF: %s", documents.UserMessage(err))
		}
		text := strings.TrimSpace(strings.ReplaceAll(res.Text, "\f", "\n"))
		if text == "" {
			return "", "", httpx.Invalid("file", "no text could be extracted from the PDF")
		}
		return text, "application/pdf", nil
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return "", "", httpx.Invalid("file", "unsupported file: upload a PDF or a UTF-8 text file")
	}
	text := strings.TrimSpace(strings.TrimPrefix(string(data), "\ufeff"))
	if text == "" {
		return "", "", httpx.Invalid("file", "the text file is empty")
	}
	return text, "text/plain", nil
}

func firstLineOf(text, filename string) string {
	for _, line := range strings.Split(text, "\n") {
		if l := strings.TrimSpace(line); len(l) >= 4 {
			return truncate(l, 200)
		}
	}
	if filename != "" {
		return strings.TrimSuffix(filename, path.Ext(filename))
	}
	return "Untitled document"
}
