package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
)

type rkKBResults struct {
	Results []struct {
		DocumentID     string  `json:"document_id"`
		Title          string  `json:"title"`
		Source         string  `json:"source"`
		RelevanceScore float64 `json:"relevance_score"`
		Excerpt        string  `json:"excerpt"`
		Specialty      string  `json:"specialty"`
		Language       string  `json:"language"`
	} `json:"results"`
}

func (e *rkEnv) search(role, query string, extra string) (int, rkKBResults, []byte) {
	e.t.Helper()
	st, b := e.json("GET", "/v1/knowledge/search?query="+url.QueryEscape(query)+extra, role, nil)
	var r rkKBResults
	json.Unmarshal(b, &r)
	return st, r, b
}

func TestKnowledgeSearchAPI(t *testing.T) {
	e := newRKEnv(t, nil)
	e.users("staff", "auditor", "physician")
	// Any user may search; abbreviations work across languages.
	for _, role := range []string{"staff", "auditor", "admin", "physician"} {
		st, r, b := e.search(role, "IAM supra ST reperfusão", "")
		if st != 200 || len(r.Results) == 0 || r.Results[0].DocumentID != "kb:stemi-reperfusion" {
			t.Fatalf("%s search: %d %s", role, st, b)
		}
		top := r.Results[0]
		if top.Title == "" || top.Source == "" || top.Excerpt == "" || top.Specialty != "cardiology" || top.RelevanceScore <= 0 {
			t.Errorf("result fields: %+v", top)
		}
	}
	_, r, _ := e.search("staff", "COPD exacerbation", "&language=pt-BR&top_k=3")
	if len(r.Results) == 0 || r.Results[0].DocumentID != "kb:copd-exacerbation-gold" || r.Results[0].Language != "pt-BR" || len(r.Results) > 3 {
		t.Errorf("cross-language search: %+v", r.Results)
	}
	_, r, _ = e.search("staff", "pain", "&specialty=orthopedics&top_k=20")
	for _, x := range r.Results {
		if x.Specialty != "orthopedics" {
			t.Errorf("specialty filter leaked %s", x.DocumentID)
		}
	}
	for _, q := range []string{"/v1/knowledge/search", "/v1/knowledge/search?query=x&top_k=21", "/v1/knowledge/search?query=x&top_k=0",
		"/v1/knowledge/search?query=x&specialty=astrology", "/v1/knowledge/search?query=x&lang=en", "/v1/knowledge/search?query=" + strings.Repeat("a", 600)} {
		if st, b := e.json("GET", q, "staff", nil); st != 400 || rkErrCode(b) != "INVALID_INPUT" {
			t.Errorf("%.60s: %d %s", q, st, b)
		}
	}
	if st, _ := e.json("GET", "/v1/knowledge/search?query=x", "", nil); st != http.StatusUnauthorized {
		t.Errorf("anonymous search: %d", st)
	}
}

func TestKnowledgeAddAPI(t *testing.T) {
	e := newRKEnv(t, nil)
	e.users("physician", "auditor")
	text := "Local protocol: scorpion sting in children.\nGive analgesia and observe for 6 hours; antivenom for systemic envenomation signs such as vomiting, sweating or agitation.\n"
	body, ct := rkMultipart(t, map[string]string{"specialty": "pediatrics", "source": "Clinic protocol 2025"}, "scorpion.txt", []byte(text))
	if resp, b := e.do("POST", "/v1/knowledge/add", "physician", body, ct); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("physician upload: %d %s", resp.StatusCode, b)
	}
	body, ct = rkMultipart(t, map[string]string{"specialty": "pediatrics", "source": "Clinic protocol 2025"}, "scorpion.txt", []byte(text))
	resp, b := e.do("POST", "/v1/knowledge/add", "admin", body, ct)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("upload: %d %s", resp.StatusCode, b)
	}
	var added struct {
		DocumentID string `json:"document_id"`
		Title      string `json:"title"`
		Language   string `json:"language"`
	}
	json.Unmarshal(b, &added)
	if !strings.HasPrefix(added.DocumentID, "kbd_") || added.Title != "Local protocol: scorpion sting in children." || added.Language != "en" {
		t.Errorf("upload answer: %s", b)
	}
	_, r, sb := e.search("auditor", "scorpion antivenom", "")
	if len(r.Results) == 0 || r.Results[0].DocumentID != added.DocumentID || !strings.Contains(r.Results[0].Excerpt, "antivenom") || r.Results[0].Source != "Clinic protocol 2025" {
		t.Fatalf("uploaded text not found: %s", sb)
	}

	// A PDF goes through appliance/documents' text extraction.
	p := fpdf.New("P", "mm", "A4", "")
	p.AddPage()
	p.SetFont("Helvetica", "", 12)
	p.MultiCell(0, 6, "Protocolo de acidente ofidico. Soro antibotropico conforme a gravidade; observar coagulacao por 24 horas.", "", "L", false)
	var pdf bytes.Buffer
	if err := p.Output(&pdf); err != nil {
		t.Fatal(err)
	}
	body, ct = rkMultipart(t, map[string]string{"specialty": "emergency_medicine", "source": "Ministério da Saúde, Manual de acidentes por animais peçonhentos, 2001", "title": "Acidente ofídico"}, "ofidico.pdf", pdf.Bytes())
	resp, b = e.do("POST", "/v1/knowledge/add", "admin", body, ct)
	if resp.StatusCode != http.StatusCreated || !strings.Contains(string(b), `"language":"pt-BR"`) || !strings.Contains(string(b), "application/pdf") {
		t.Fatalf("PDF upload: %d %s", resp.StatusCode, b)
	}
	_, r, sb = e.search("auditor", "soro antibotrópico", "")
	if len(r.Results) == 0 || r.Results[0].Title != "Acidente ofídico" {
		t.Fatalf("uploaded PDF not found: %s", sb)
	}

	// Bad uploads.
	bad := []struct {
		fields map[string]string
		name   string
		file   []byte
	}{
		{map[string]string{"specialty": "pediatrics"}, "a.txt", []byte("text")},                         // no source
		{map[string]string{"specialty": "astrology", "source": "x 2020"}, "a.txt", []byte("text")},      // bad specialty
		{map[string]string{"specialty": "pediatrics", "source": "x 2020"}, "a.bin", []byte{0, 1, 2, 3}}, // binary
		{map[string]string{"specialty": "pediatrics", "source": "x 2020"}, "", nil},                     // no file
		{map[string]string{"specialty": "pediatrics", "source": "x 2020", "colour": "red"}, "a.txt", []byte("text")},
	}
	for i, c := range bad {
		body, ct := rkMultipart(t, c.fields, c.name, c.file)
		if resp, b := e.do("POST", "/v1/knowledge/add", "admin", body, ct); resp.StatusCode != 400 || rkErrCode(b) != "INVALID_INPUT" {
			t.Errorf("bad upload %d: %d %s", i, resp.StatusCode, b)
		}
	}
	if resp, _ := e.do("POST", "/v1/knowledge/add", "admin", strings.NewReader("{}"), "application/json"); resp.StatusCode != 400 {
		t.Errorf("JSON upload: %d", resp.StatusCode)
	}
	// The upload is audited with the change.
	st, ab := e.json("GET", "/v1/audit/log?action=knowledge.add&limit=100", "auditor", nil)
	if st != 200 || strings.Count(string(ab), `"result":"success"`) != 2 || !strings.Contains(string(ab), `"result":"denied"`) {
		t.Errorf("audit of uploads: %s", ab)
	}
}
