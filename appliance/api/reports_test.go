package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/agnomedical/agno/pkg/config"
)

const (
	rkName = "Wilhelmina Carvalho Pereira"
	rkPID  = "pat_rk_canary_31337"
	rkDOB  = "1958-11-23"
)

func rkChestPain(pid, name string) map[string]any {
	return map[string]any{
		"patient_id": pid, "priority": "high", "language": "en",
		"patient":  map[string]any{"name": name, "date_of_birth": rkDOB, "sex": "female"},
		"symptoms": "crushing chest pain radiating to the left arm with sweating", "symptom_duration": "45 minutes",
		"vitals":      map[string]any{"heart_rate": 108, "systolic_bp": 96, "diastolic_bp": 60, "respiratory_rate": 22, "spo2": 94, "temperature_c": 36.9, "consciousness": "alert"},
		"labs":        []map[string]any{{"name": "troponin I", "value": 0.7, "unit": "ng/mL"}, {"name": "potassium", "value": 6.8, "unit": "mmol/L"}},
		"medications": []string{"warfarin 5 mg daily", "aspirin 100 mg daily"},
	}
}

func TestReportsAPI(t *testing.T) {
	e := newRKEnv(t, nil)
	e.users("physician", "nurse", "staff", "auditor")
	id := e.createCase("physician", rkChestPain(rkPID, rkName))

	// Still processing: 409 with a clear message, for every report.
	for _, p := range []string{"/physician", "/patient", "/audio", "/fhir"} {
		resp, b := e.do("GET", "/v1/reports/"+id+p, "physician", nil, "")
		if resp.StatusCode != http.StatusConflict || rkErrCode(b) != "CONFLICT" || !strings.Contains(string(b), "still being analysed") {
			t.Fatalf("%s while processing: %d %s", p, resp.StatusCode, b)
		}
	}
	if st, b := e.json("POST", "/v1/reports/"+id+"/regenerate", "physician", map[string]any{"language": "pt-BR"}); st != http.StatusConflict {
		t.Fatalf("regenerate while processing: %d %s", st, b)
	}

	e.startAgents()
	e.waitDone(id)

	// Who may read what (pkg/auth grants).
	denied := map[string][]string{
		"/physician": {"nurse", "staff", "auditor", "admin"},
		"/patient":   {"staff", "auditor", "admin"},
		"/audio":     {"staff", "auditor", "admin"},
		"/fhir":      {"nurse", "staff", "auditor", "admin"},
	}
	for p, roles := range denied {
		for _, role := range roles {
			resp, b := e.do("GET", "/v1/reports/"+id+p, role, nil, "")
			if resp.StatusCode != http.StatusForbidden || rkErrCode(b) != "INSUFFICIENT_PERMISSIONS" {
				t.Errorf("%s as %s: %d %s", p, role, resp.StatusCode, b)
			}
		}
	}
	if resp, _ := e.do("GET", "/v1/reports/"+id+"/patient", "", nil, ""); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous read: %d", resp.StatusCode)
	}

	// Physician report.
	resp, pdf := e.do("GET", "/v1/reports/"+id+"/physician", "physician", nil, "")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/pdf" || resp.Header.Get("Cache-Control") != "no-store" {
		t.Fatalf("physician report: %d %v", resp.StatusCode, resp.Header)
	}
	txt := rkPDFText(t, pdf)
	for _, want := range []string{"Physician report", id, rkName, "Emergency", "Red flags", "aspirin + warfarin", "Specialist findings", "Guidelines consulted"} {
		if !strings.Contains(txt, want) {
			t.Errorf("physician report lacks %q", want)
		}
	}

	// Patient summary (nurse): no identifiers.
	resp, pdf = e.do("GET", "/v1/reports/"+id+"/patient", "nurse", nil, "")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/pdf" {
		t.Fatalf("patient summary: %d", resp.StatusCode)
	}
	txt = rkPDFText(t, pdf)
	if !strings.Contains(txt, "Your visit summary") || !strings.Contains(txt, "right now") {
		t.Errorf("patient summary text: %q", txt)
	}
	for _, bad := range append(strings.Fields(rkName), rkPID, rkDOB, id) {
		if strings.Contains(txt, bad) {
			t.Errorf("patient summary shows %q", bad)
		}
	}

	// Audio (nurse).
	resp, mp3 := e.do("GET", "/v1/reports/"+id+"/audio", "nurse", nil, "")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "audio/mpeg" {
		t.Fatalf("audio: %d %s", resp.StatusCode, mp3)
	}
	rkDecodesMP3(t, mp3)

	// FHIR (physician).
	resp, b := e.do("GET", "/v1/reports/"+id+"/fhir", "physician", nil, "")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/fhir+json" {
		t.Fatalf("fhir: %d %s", resp.StatusCode, b)
	}
	var bundle struct {
		ResourceType string `json:"resourceType"`
		Entry        []struct {
			Resource map[string]any `json:"resource"`
		} `json:"entry"`
	}
	if err := json.Unmarshal(b, &bundle); err != nil || bundle.ResourceType != "Bundle" {
		t.Fatalf("fhir body: %v %.200s", err, b)
	}
	kinds := map[string]bool{}
	for _, en := range bundle.Entry {
		kinds[en.Resource["resourceType"].(string)] = true
	}
	for _, k := range []string{"Patient", "Encounter", "Observation", "DiagnosticReport", "ClinicalImpression"} {
		if !kinds[k] {
			t.Errorf("bundle has no %s", k)
		}
	}
	for _, bad := range []string{rkPID, rkDOB, "Wilhelmina"} {
		if strings.Contains(string(b), bad) {
			t.Errorf("FHIR bundle contains %q", bad)
		}
	}

	// Query overrides and validation.
	if resp, b := e.do("GET", "/v1/reports/"+id+"/patient?language=pt-BR", "nurse", nil, ""); resp.StatusCode != 200 || !strings.Contains(rkPDFText(t, b), "Resumo do seu atendimento") {
		t.Errorf("?language=pt-BR: %d", resp.StatusCode)
	}
	for _, q := range []string{"?language=fr", "?format=docx"} {
		if resp, b := e.do("GET", "/v1/reports/"+id+"/patient"+q, "nurse", nil, ""); resp.StatusCode != 400 || rkErrCode(b) != "INVALID_INPUT" {
			t.Errorf("%s: %d %s", q, resp.StatusCode, b)
		}
	}
	if resp, _ := e.do("GET", "/v1/reports/case_nope/physician", "physician", nil, ""); resp.StatusCode != 404 {
		t.Errorf("unknown case: %d", resp.StatusCode)
	}

	// Regenerate: only physicians; validated body; choices stick.
	if st, _ := e.json("POST", "/v1/reports/"+id+"/regenerate", "nurse", map[string]any{"language": "pt-BR"}); st != http.StatusForbidden {
		t.Errorf("nurse regenerate: %d", st)
	}
	for _, body := range []map[string]any{{"language": "fr"}, {"language": "pt-BR", "colour": "blue"}, {"include_evidence": "yes"}} {
		if st, b := e.json("POST", "/v1/reports/"+id+"/regenerate", "physician", body); st != 400 || rkErrCode(b) != "INVALID_INPUT" {
			t.Errorf("regenerate %v: %d %s", body, st, b)
		}
	}
	st, b := e.json("POST", "/v1/reports/"+id+"/regenerate", "physician", map[string]any{"language": "pt-BR", "include_evidence": false})
	if st != 200 {
		t.Fatalf("regenerate: %d %s", st, b)
	}
	var rg struct {
		Language       string            `json:"language"`
		PatientSummary string            `json:"patient_summary"`
		Synthesis      string            `json:"synthesis"`
		Links          map[string]string `json:"links"`
	}
	json.Unmarshal(b, &rg)
	if rg.Language != "pt-BR" || !strings.Contains(rg.PatientSummary, "atendimento agora") || !strings.Contains(rg.Synthesis, "Emergência") || rg.Links["audio"] != "/v1/reports/"+id+"/audio" {
		t.Errorf("regenerate answer: %s", b)
	}
	if strings.Contains(rg.PatientSummary, "Wilhelmina") {
		t.Error("regenerated patient text shows the name")
	}
	_, pdf = e.do("GET", "/v1/reports/"+id+"/physician", "physician", nil, "")
	txt = rkPDFText(t, pdf)
	if !strings.Contains(txt, "Relatório médico") || strings.Contains(txt, "Diretrizes consultadas") {
		t.Errorf("regenerated settings not applied to the physician report")
	}
	// The physician opts in to identifiers on patient outputs.
	if st, b := e.json("POST", "/v1/reports/"+id+"/regenerate", "physician", map[string]any{"include_identifiers": true}); st != 200 {
		t.Fatalf("regenerate identifiers: %d %s", st, b)
	}
	_, pdf = e.do("GET", "/v1/reports/"+id+"/patient", "nurse", nil, "")
	if txt := rkPDFText(t, pdf); !strings.Contains(txt, rkName) || !strings.Contains(txt, "Resumo") {
		t.Errorf("identifiers chosen but not shown (language kept pt-BR): %q", txt)
	}

	// Every access is audited, the denied ones too.
	for _, action := range []string{"report.physician", "report.patient", "report.audio", "report.fhir", "report.regenerate"} {
		// Denied requests never reach the handler, so only the successful
		// ones name the case; filter by action alone.
		st, b := e.json("GET", "/v1/audit/log?action="+action+"&limit=1000", "auditor", nil)
		var out struct {
			Entries []struct {
				CaseID string `json:"case_id"`
				Result string `json:"result"`
			} `json:"entries"`
		}
		json.Unmarshal(b, &out)
		if st != 200 {
			t.Fatalf("audit log: %d %s", st, b)
		}
		results := map[string]bool{}
		for _, en := range out.Entries {
			if en.Result == "success" && en.CaseID != id {
				t.Errorf("%s: successful access audited without the case id: %+v", action, en)
			}
			results[en.Result] = true
		}
		if !results["success"] {
			t.Errorf("%s: no successful access audited: %s", action, b)
		}
		if action != "report.regenerate" && !results["denied"] {
			t.Errorf("%s: denied accesses not audited", action)
		}
	}

	// Erasure: the reports are gone.
	if st, b := e.json("DELETE", "/v1/cases/"+id, "physician", nil); st != 200 {
		t.Fatalf("erase: %d %s", st, b)
	}
	for _, p := range []string{"/physician", "/patient", "/audio", "/fhir"} {
		if resp, _ := e.do("GET", "/v1/reports/"+id+p, "physician", nil, ""); resp.StatusCode != 404 {
			t.Errorf("%s after erasure: %d", p, resp.StatusCode)
		}
	}
}

func TestReportsRateLimit(t *testing.T) {
	// Only the reports limit is under test: the case-read limit is raised so
	// that polling for the analysis (20 reads a second) is never limited
	// itself on a slow machine.
	e := newRKEnv(t, func(c *config.Config) {
		c.RateLimits = "on"
		c.RateLimitReports = 3
		c.RateLimitCaseRead = 100000
	})
	e.users("physician")
	e.startAgents()
	id := e.createCase("physician", rkChestPain("pat_rl", "Ana Lima"))
	e.waitDone(id)
	for i := 1; i <= 4; i++ {
		resp, _ := e.do("GET", "/v1/reports/"+id+"/fhir", "physician", nil, "")
		if resp.Header.Get("X-RateLimit-Limit") != "3" {
			t.Errorf("request %d: X-RateLimit-Limit %q", i, resp.Header.Get("X-RateLimit-Limit"))
		}
		if i <= 3 && resp.StatusCode != 200 {
			t.Errorf("request %d: %d", i, resp.StatusCode)
		}
		if i == 4 && (resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "") {
			t.Errorf("request 4 not limited: %d", resp.StatusCode)
		}
	}
}
