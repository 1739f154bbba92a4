package e2e

import (
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// caseIDs lists the case ids of a list response, in order.
func caseIDs(r *Resp) []string {
	var ids []string
	list, _ := r.Get("cases").([]any)
	for _, c := range list {
		if m, ok := c.(map[string]any); ok {
			id, _ := m["case_id"].(string)
			ids = append(ids, id)
		}
	}
	return ids
}

// TestNewcomerPath walks the first day of a clinic: admin signs in, creates a
// physician, the physician records, finds and erases cases, operations reads
// metrics and audit, and everything survives a restart.
func TestNewcomerPath(t *testing.T) {
	t.Parallel()
	n := startNode(t, nil)
	admin := n.AdminToken(t)

	physID, physPW := n.CreateUser(t, admin, "dr.ana", "physician")
	phys := n.Login(t, "dr.ana", physPW)
	if phys.UserID != physID || phys.Role != "physician" {
		t.Fatalf("physician login: user_id %q role %q, want %q physician", phys.UserID, phys.Role, physID)
	}

	full := map[string]any{
		"patient_id": "pat_alpha_001", "priority": "high", "language": "en",
		"clinical_notes": "55 y/o with crushing chest pain since 08:00, diaphoretic.",
		"patient":        map[string]any{"name": "Marta Quintela", "date_of_birth": "1970-03-14", "age": 55, "sex": "female"},
		"symptoms":       "severe chest pain radiating to left arm", "symptom_duration": "30 minutes", "severity_rating": 9,
		"vitals": map[string]any{"heart_rate": 110, "systolic_bp": 85, "diastolic_bp": 50, "respiratory_rate": 24,
			"spo2": 91, "temperature_c": 38.9, "consciousness": "alert", "on_oxygen": false, "gcs": 15, "glucose_mg_dl": 65},
		"labs":             []any{map[string]any{"name": "troponin I", "value": 0.8, "unit": "ng/mL"}},
		"medications":      []string{"warfarin 5 mg daily", "aspirin 100 mg"},
		"allergies":        []string{"penicillin"},
		"specialties_hint": []string{"cardiology"},
	}
	r := n.Do(t, "POST", "/v1/cases", phys.Access, full)
	wantStatus(t, r, 201, "create full case")
	c1 := r.Str("case_id")
	if !strings.HasPrefix(c1, "case_") || r.Str("status") != "processing" {
		t.Fatalf("create case: want case_id case_… and status processing, got %s", r)
	}
	if _, err := time.Parse(time.RFC3339, r.Str("created_at")); err != nil {
		t.Errorf("created_at %q is not RFC 3339", r.Str("created_at"))
	}
	if _, err := time.Parse(time.RFC3339, r.Str("estimated_completion")); err != nil {
		t.Errorf("estimated_completion %q is not RFC 3339", r.Str("estimated_completion"))
	}
	agents, _ := r.Get("agents_assigned").([]any)
	if len(agents) == 0 || !slices.Contains(agents, any("cardiology")) {
		t.Errorf("agents_assigned should list the hinted specialty: %v", r.Get("agents_assigned"))
	}

	c2 := n.CreateCase(t, phys.Access, map[string]any{"patient_id": "pat_alpha_001", "priority": "low"})
	between := time.Now().UTC()
	time.Sleep(5 * time.Millisecond)
	c3 := n.CreateCase(t, phys.Access, map[string]any{"patient_id": "pat_bravo_002", "priority": "critical", "patient": map[string]any{"name": "Bruno Carvalhal"}})
	c4 := n.CreateCase(t, phys.Access, map[string]any{"patient_id": "pat_charlie_003"})

	// The case reads back as entered.
	r = n.Do(t, "GET", "/v1/cases/"+c1, phys.Access, nil)
	wantStatus(t, r, 200, "get case")
	for path, want := range map[string]any{
		"case_id": c1, "patient_id": "pat_alpha_001", "priority": "high",
		"input.patient_id": "pat_alpha_001", "input.clinical_notes": full["clinical_notes"], "input.patient.name": "Marta Quintela",
		"input.patient.date_of_birth": "1970-03-14", "input.patient.sex": "female", "input.vitals.heart_rate": 110.0,
		"input.vitals.temperature_c": 38.9, "input.vitals.consciousness": "alert", "input.labs.0.name": "troponin I",
		"input.labs.0.value": 0.8, "input.medications.1": "aspirin 100 mg", "input.allergies.0": "penicillin",
		"input.specialties_hint.0": "cardiology", "input.severity_rating": 9.0,
	} {
		if got := r.Get(path); got != want {
			t.Errorf("GET case: %s = %v, want %v", path, got, want)
		}
	}
	if !slices.Contains(caseStatuses, r.Get("status")) {
		t.Errorf("GET case: status %v is not one of the contract's", r.Get("status"))
	}
	if r.Get("input.vitals.on_oxygen") != false {
		t.Errorf("GET case: input.vitals.on_oxygen = %v, want false (an explicit false must survive)", r.Get("input.vitals.on_oxygen"))
	}
	// A minimal case gets the default priority and language.
	r = n.Do(t, "GET", "/v1/cases/"+c4, phys.Access, nil)
	wantStatus(t, r, 200, "get minimal case")
	if r.Str("priority") != "medium" || r.Str("language") != "en" {
		t.Errorf("minimal case: want default priority medium and language en, got %s", r)
	}

	// Listing and every filter.
	list := func(q string) *Resp {
		t.Helper()
		r := n.Do(t, "GET", "/v1/cases?"+q, phys.Access, nil)
		wantStatus(t, r, 200, "list "+q)
		return r
	}
	type want struct {
		q     string
		ids   []string
		total int
	}
	today := time.Now().UTC().Format("2006-01-02")
	// The agents move cases on from "processing"; let them settle, then
	// check the status filter against what the unfiltered list shows.
	statuses := settledStatuses(t, n, phys.Access, 4)
	for _, st := range []string{"processing", "completed", "escalated", "error"} {
		var ids []string
		for _, id := range []string{c4, c3, c2, c1} {
			if statuses[id] == st {
				ids = append(ids, id)
			}
		}
		r := list("status=" + st)
		if got := caseIDs(r); !slices.Equal(got, ids) || int(r.Num("total")) != len(ids) {
			t.Errorf("list ?status=%s: cases %v total %v, want %v", st, got, r.Get("total"), ids)
		}
	}
	for _, w := range []want{
		{"", []string{c4, c3, c2, c1}, 4},
		{"priority=high", []string{c1}, 1},
		{"priority=critical", []string{c3}, 1},
		{"priority=medium", []string{c4}, 1},
		{"patient_id=pat_alpha_001", []string{c2, c1}, 2},
		{"patient_id=PAT_ALPHA_001", []string{c2, c1}, 2},
		{"patient_id=nobody", nil, 0},
		{"from_date=" + url.QueryEscape(between.Format(time.RFC3339Nano)), []string{c4, c3}, 2},
		{"to_date=" + url.QueryEscape(between.Format(time.RFC3339Nano)), []string{c2, c1}, 2},
		{"from_date=" + today + "&to_date=" + today, []string{c4, c3, c2, c1}, 4},
		{"to_date=" + time.Now().UTC().AddDate(0, 0, -1).Format("2006-01-02"), nil, 0},
		{"from_date=" + time.Now().UTC().AddDate(0, 0, 1).Format("2006-01-02"), nil, 0},
		{"patient_id=pat_alpha_001&priority=low", []string{c2}, 1},
	} {
		r := list(w.q)
		if got := caseIDs(r); !slices.Equal(got, w.ids) {
			t.Errorf("list ?%s: cases %v, want %v", w.q, got, w.ids)
		}
		if int(r.Num("total")) != w.total {
			t.Errorf("list ?%s: total %v, want %d", w.q, r.Get("total"), w.total)
		}
	}
	r = list("limit=2")
	if got := caseIDs(r); !slices.Equal(got, []string{c4, c3}) || r.Num("total") != 4 || r.Get("has_more") != true || r.Num("limit") != 2 || r.Num("offset") != 0 {
		t.Errorf("list limit=2: %s", r)
	}
	r = list("limit=2&offset=2")
	if got := caseIDs(r); !slices.Equal(got, []string{c2, c1}) || r.Num("total") != 4 || r.Get("has_more") != false || r.Num("offset") != 2 {
		t.Errorf("list limit=2&offset=2: %s", r)
	}
	r = list("limit=3&offset=4")
	if len(caseIDs(r)) != 0 || r.Num("total") != 4 || r.Get("has_more") != false {
		t.Errorf("list offset past the end: %s", r)
	}
	r = list("")
	if r.Num("limit") != 50 || r.Num("offset") != 0 {
		t.Errorf("list defaults: want limit 50 offset 0, got %s", r)
	}
	if row, _ := r.Get("cases.0").(map[string]any); row == nil || !slices.Contains(caseStatuses, row["status"]) || row["created_at"] == nil || row["priority"] == nil {
		t.Errorf("list row lacks status/priority/created_at: %v", r.Get("cases.0"))
	}

	// Erasure.
	r = n.Do(t, "DELETE", "/v1/cases/"+c3, phys.Access, nil)
	wantStatus(t, r, 200, "delete case")
	if r.Get("audit_trail_retained") != true || !strings.Contains(strings.ToLower(r.Str("message")), "eras") {
		t.Errorf("delete: want an erasure message and audit_trail_retained true, got %s", r)
	}
	if _, err := time.Parse(time.RFC3339, r.Str("deleted_at")); err != nil {
		t.Errorf("delete: deleted_at %q is not RFC 3339", r.Str("deleted_at"))
	}
	r = n.Do(t, "GET", "/v1/cases/"+c3, phys.Access, nil)
	wantError(t, r, 404, "RESOURCE_NOT_FOUND", "GET erased case")
	if strings.Contains(string(r.Raw), "Bruno") || strings.Contains(string(r.Raw), "pat_bravo") {
		t.Errorf("404 of an erased case leaks its content: %s", r)
	}
	r = n.Do(t, "DELETE", "/v1/cases/"+c3, phys.Access, nil)
	wantError(t, r, 404, "RESOURCE_NOT_FOUND", "DELETE erased case again")
	r = n.Do(t, "GET", "/v1/cases/case_doesnotexist", phys.Access, nil)
	wantError(t, r, 404, "RESOURCE_NOT_FOUND", "GET unknown case")
	for _, id := range []string{c1, c2, c4} {
		wantStatus(t, n.Do(t, "GET", "/v1/cases/"+id, phys.Access, nil), 200, "other patients' cases after an erasure")
	}
	r = list("")
	if got := caseIDs(r); !slices.Equal(got, []string{c4, c2, c1}) || r.Num("total") != 3 {
		t.Errorf("list after erasure: %v total %v, want [%s %s %s] 3", got, r.Get("total"), c4, c2, c1)
	}

	// Metrics.
	r = n.Do(t, "GET", "/metrics", "", nil)
	wantError(t, r, 401, "AUTHENTICATION_FAILED", "metrics without a token")
	r = n.Do(t, "GET", "/metrics", phys.Access, nil)
	wantError(t, r, 403, "INSUFFICIENT_PERMISSIONS", "metrics with a physician token")
	r = n.Do(t, "GET", "/metrics", admin, nil)
	wantStatus(t, r, 200, "metrics with admin token")
	checkMetrics(t, string(r.Raw))

	// Audit.
	checkAudit(t, n, admin, phys.UserID, c1, c3)

	// Restart: users, sessions, cases, audit all survive.
	n.Restart()
	r = n.Do(t, "GET", "/v1/cases/"+c1, phys.Access, nil)
	wantStatus(t, r, 200, "old physician token after restart")
	if r.Str("input.patient.name") != "Marta Quintela" || r.Str("input.clinical_notes") != full["clinical_notes"] {
		t.Errorf("case content after restart: %s", r)
	}
	wantError(t, n.Do(t, "GET", "/v1/cases/"+c3, phys.Access, nil), 404, "RESOURCE_NOT_FOUND", "erased case after restart")
	r = list("")
	if got := caseIDs(r); !slices.Equal(got, []string{c4, c2, c1}) {
		t.Errorf("cases after restart: %v", got)
	}
	r = n.Do(t, "GET", "/v1/users", admin, nil)
	wantStatus(t, r, 200, "old admin token after restart")
	if !strings.Contains(string(r.Raw), `"dr.ana"`) {
		t.Errorf("users after restart lack dr.ana: %s", r)
	}
	n.Login(t, "dr.ana", physPW)
	r = n.Do(t, "GET", "/v1/audit/log?action=case.delete", admin, nil)
	wantStatus(t, r, 200, "audit after restart")
	if !strings.Contains(string(r.Raw), c3) {
		t.Errorf("audit after restart lost the case.delete entry of %s: %s", c3, r)
	}
	r = n.Do(t, "GET", "/v1/audit/verify", admin, nil)
	if r.Get("ok") != true {
		t.Errorf("audit chain after restart: %s", r)
	}

	// Erasure is per patient, as its message says: erasing c1 makes the
	// same patient's c2 unreadable too. The patient can come back later as
	// a new case under a fresh key.
	wantStatus(t, n.Do(t, "DELETE", "/v1/cases/"+c1, phys.Access, nil), 200, "erase pat_alpha_001")
	for _, id := range []string{c1, c2} {
		wantError(t, n.Do(t, "GET", "/v1/cases/"+id, phys.Access, nil), 404, "RESOURCE_NOT_FOUND", "case of an erased patient")
	}
	c5 := n.CreateCase(t, phys.Access, map[string]any{"patient_id": "pat_alpha_001", "symptoms": "back again"})
	r = n.Do(t, "GET", "/v1/cases/"+c5, phys.Access, nil)
	wantStatus(t, r, 200, "new case of a previously erased patient")
	if r.Str("input.symptoms") != "back again" {
		t.Errorf("new case of an erased patient: %s", r)
	}
	if got := caseIDs(list("patient_id=pat_alpha_001")); !slices.Equal(got, []string{c5}) {
		t.Errorf("cases of pat_alpha_001 after erasure and re-entry: %v, want [%s]", got, c5)
	}
}

var caseStatuses = []any{"processing", "completed", "escalated", "error"}

// settledStatuses waits (up to 15 s) until no case is "processing" any more
// and returns every case's status; if the agents are slower than that it
// returns what it sees.
func settledStatuses(t *testing.T, n *Node, tok string, want int) map[string]string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		r := n.Do(t, "GET", "/v1/cases?limit=200", tok, nil)
		wantStatus(t, r, 200, "list")
		out := map[string]string{}
		busy := false
		list, _ := r.Get("cases").([]any)
		for _, c := range list {
			m := c.(map[string]any)
			st, _ := m["status"].(string)
			if !slices.Contains(caseStatuses, any(st)) {
				t.Errorf("case %v has status %q, not one of the contract's", m["case_id"], st)
			}
			out[m["case_id"].(string)] = st
			busy = busy || st == "processing"
		}
		if len(out) != want {
			t.Fatalf("want %d cases, list shows %d", want, len(out))
		}
		if !busy || time.Now().After(deadline) {
			return out
		}
		time.Sleep(100 * time.Millisecond)
	}
}

var rawIDInLabel = regexp.MustCompile(`endpoint="[^"]*(case_|usr_|doc_)[a-z0-9]`)

func checkMetrics(t *testing.T, text string) {
	t.Helper()
	lines := strings.Split(text, "\n")
	has := func(pred func(string) bool) bool { return slices.ContainsFunc(lines, pred) }
	if !has(func(l string) bool {
		return strings.HasPrefix(l, "http_requests_total{") && strings.Contains(l, `endpoint="/v1/cases"`) && strings.Contains(l, `method="POST"`) && strings.Contains(l, `status="201"`) && !strings.HasSuffix(l, " 0")
	}) {
		t.Errorf("metrics: no non-zero http_requests_total{endpoint=\"/v1/cases\",method=\"POST\",status=\"201\"}")
	}
	if !has(func(l string) bool {
		return strings.HasPrefix(l, "http_requests_total{") && (strings.Contains(l, `endpoint="/v1/cases/:id"`) || strings.Contains(l, `endpoint="/v1/cases/{id}"`)) && strings.Contains(l, `method="GET"`)
	}) {
		t.Errorf("metrics: GET /v1/cases/{id} is not counted under its route pattern")
	}
	if m := rawIDInLabel.FindString(text); m != "" {
		t.Errorf("metrics: a raw path with an id is used as a label: %s", m)
	}
	for _, fam := range []string{"http_requests_total", "http_request_duration_seconds", "cases_total", "phi_detections_total",
		"agent_inference_seconds", "agent_confidence_score", "case_processing_seconds", "debate_resolution_seconds", "active_agents", "database_connections"} {
		if !strings.Contains(text, "# HELP "+fam+" ") || !strings.Contains(text, "\n"+fam) {
			t.Errorf("metrics: family %s missing (or without HELP)", fam)
		}
	}
	if !has(func(l string) bool {
		return strings.HasPrefix(l, "cases_total{") && strings.Contains(l, `priority="high"`) && strings.Contains(l, `status="processing"`) && !strings.HasSuffix(l, " 0")
	}) {
		t.Errorf("metrics: cases_total{status=processing,priority=high} did not count the high-priority case")
	}
	for _, prefix := range []string{"raft_", "sync_", "backup_"} {
		if !has(func(l string) bool { return strings.HasPrefix(l, "# HELP "+prefix) }) || !has(func(l string) bool { return strings.HasPrefix(l, prefix) }) {
			t.Errorf("metrics: no %s* family", prefix)
		}
	}
	if !strings.Contains(text, `phi_detections_total{type="NAME"}`) || !strings.Contains(text, `active_agents{agent_type="triage"}`) {
		t.Errorf("metrics: known label values (phi type NAME, agent triage) are not initialised")
	}
	for _, phi := range []string{"Marta", "Quintela", "pat_alpha", "Bruno"} {
		if strings.Contains(text, phi) {
			t.Errorf("metrics contain PHI %q", phi)
		}
	}
}

type auditEntry struct {
	EntryID    string `json:"entry_id"`
	Timestamp  string `json:"timestamp"`
	UserID     string `json:"user_id"`
	Role       string `json:"role"`
	Action     string `json:"action"`
	CaseID     string `json:"case_id"`
	PatientRef string `json:"patient_ref"`
	IPAddress  string `json:"ip_address"`
	UserAgent  string `json:"user_agent"`
	Result     string `json:"result"`
	Reason     string `json:"reason"`
}

func auditEntries(t testing.TB, n *Node, tok, query string) []auditEntry {
	t.Helper()
	r := n.Do(t, "GET", "/v1/audit/log?"+query, tok, nil)
	wantStatus(t, r, 200, "audit log ?"+query)
	var body struct {
		Entries []auditEntry `json:"entries"`
		Total   *int         `json:"total"`
		Limit   *int         `json:"limit"`
	}
	if err := json.Unmarshal(r.Raw, &body); err != nil || body.Total == nil || body.Limit == nil {
		t.Fatalf("audit log body: %v: %s", err, r)
	}
	return body.Entries
}

func checkAudit(t *testing.T, n *Node, admin, physID, readCase, deletedCase string) {
	t.Helper()
	r := n.Do(t, "GET", "/v1/audit/log?limit=1000", admin, nil)
	wantStatus(t, r, 200, "audit log")
	for _, phi := range []string{"pat_alpha_001", "pat_bravo_002", "pat_charlie_003", "Marta", "Quintela", "Bruno", "Carvalhal", "chest pain"} {
		if strings.Contains(strings.ToLower(string(r.Raw)), strings.ToLower(phi)) {
			t.Errorf("audit log contains PHI %q", phi)
		}
	}
	all := auditEntries(t, n, admin, "limit=1000")
	find := func(action, caseID string) *auditEntry {
		for i := range all {
			if all[i].Action == action && all[i].CaseID == caseID && all[i].Result == "success" {
				return &all[i]
			}
		}
		t.Errorf("audit log: no %s entry for %s", action, caseID)
		return nil
	}
	var refs []string
	for _, want := range []struct{ action, caseID string }{{"case.create", readCase}, {"case.read", readCase}, {"case.delete", deletedCase}} {
		e := find(want.action, want.caseID)
		if e == nil {
			continue
		}
		if e.UserID != physID || e.Role != "physician" || e.IPAddress != "127.0.0.1" || e.Result != "success" || !strings.HasPrefix(e.EntryID, "aud_") {
			t.Errorf("audit %s: want user %s, role physician, ip 127.0.0.1, result success; got %+v", want.action, physID, *e)
		}
		if !strings.HasPrefix(e.PatientRef, "pt_") {
			t.Errorf("audit %s: patient_ref %q is not a pseudonym", want.action, e.PatientRef)
		}
		if _, err := time.Parse(time.RFC3339, e.Timestamp); err != nil {
			t.Errorf("audit %s: timestamp %q", want.action, e.Timestamp)
		}
		if e.UserAgent != "agnomed-e2e/1" {
			t.Errorf("audit %s: user_agent %q", want.action, e.UserAgent)
		}
		refs = append(refs, e.PatientRef)
	}
	// The second DELETE of the erased case failed, and says so.
	failed := false
	for _, e := range all {
		if e.Action == "case.delete" && e.CaseID == deletedCase && e.Result == "failure" && e.Reason == "RESOURCE_NOT_FOUND" {
			failed = true
		}
	}
	if !failed {
		t.Errorf("audit: the failed second DELETE of %s is not recorded as a failure with reason RESOURCE_NOT_FOUND", deletedCase)
	}
	if len(refs) == 3 && (refs[0] != refs[1] || refs[0] == refs[2]) {
		t.Errorf("patient_ref should be stable per patient and differ between patients: %v", refs)
	}
	// Filters.
	for _, e := range auditEntries(t, n, admin, "action=case.delete") {
		if e.Action != "case.delete" {
			t.Errorf("audit ?action=case.delete returned %s", e.Action)
		}
	}
	got := auditEntries(t, n, admin, "case_id="+readCase)
	if len(got) < 2 {
		t.Errorf("audit ?case_id=%s: want create and read entries, got %d", readCase, len(got))
	}
	for _, e := range got {
		if e.CaseID != readCase {
			t.Errorf("audit ?case_id filter returned case %q", e.CaseID)
		}
	}
	for _, e := range auditEntries(t, n, admin, "user_id="+physID+"&limit=5") {
		if e.UserID != physID {
			t.Errorf("audit ?user_id filter returned user %q", e.UserID)
		}
	}
	if got := auditEntries(t, n, admin, "limit=2"); len(got) != 2 {
		t.Errorf("audit ?limit=2 returned %d entries", len(got))
	}
	r = n.Do(t, "GET", "/v1/audit/verify", admin, nil)
	wantStatus(t, r, 200, "audit verify")
	if r.Get("ok") != true || r.Num("entries") < float64(len(all)) || r.Get("first_bad_entry") != nil {
		t.Errorf("audit verify on an untouched chain: %s", r)
	}
}
