package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// fakeNode answers like the appliance: sign-in, user creation, case
// creation and case reads (processing twice, then the canned analysis).
func fakeNode(t *testing.T, limited bool) *httptest.Server {
	var mu sync.Mutex
	polls := map[string]int{}
	inputs := map[string]string{}
	n := 0
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case r.URL.Path == "/auth/token":
			w.Write([]byte(`{"access_token":"tok"}`))
		case r.URL.Path == "/v1/users":
			w.WriteHeader(201)
			w.Write([]byte(`{}`))
		case r.URL.Path == "/v1/cases" && r.Method == "POST":
			if limited {
				w.WriteHeader(429)
				return
			}
			if r.Header.Get("Authorization") != "Bearer tok" {
				w.WriteHeader(401)
				return
			}
			b, _ := io.ReadAll(r.Body)
			var in struct {
				PatientID string `json:"patient_id"`
			}
			json.Unmarshal(b, &in)
			n++
			id := "case_" + in.PatientID
			inputs[id] = in.PatientID
			w.WriteHeader(201)
			w.Write([]byte(`{"case_id":"` + id + `","status":"processing"}`))
		case strings.HasPrefix(r.URL.Path, "/v1/cases/"):
			id := strings.TrimPrefix(r.URL.Path, "/v1/cases/")
			polls[id]++
			if polls[id] < 3 {
				w.Write([]byte(`{"status":"processing"}`))
				return
			}
			// p1 is answered like the gold of v-001; p2 under-triaged.
			if inputs[id] == "p1" {
				w.Write([]byte(`{"status":"completed","processing_time_seconds":0.05,"triage":{"urgency_level":"non_urgent","specialties":["general_medicine"]},"alerts":[],"final_report":{"critical_flag":false}}`))
				return
			}
			w.Write([]byte(`{"status":"escalated","processing_time_seconds":0.2,"triage":{"urgency_level":"urgent","specialties":["cardiology"]},"alerts":[{"kind":"drug_interaction","drugs":["amiodarone","warfarin"]},{"kind":"critical_lab","analyte":"inr"}],"final_report":{"critical_flag":true}}`))
		default:
			w.WriteHeader(404)
		}
	}))
}

func TestAPIMode(t *testing.T) {
	srv := fakeNode(t, false)
	defer srv.Close()
	vs, _ := load(strings.NewReader(sample), "all")
	c, err := apiLogin(srv.URL, "", "", "Admin-Pass!1")
	if err != nil {
		t.Fatal(err)
	}
	outs, e2e, err := apiOutcomes(c, vs, 2, 0x7fffffff)
	if err != nil {
		t.Fatal(err)
	}
	m := score(vs, outs, false, io.Discard)
	if m.Cases != 2 || m.UrgencyAccuracy != 0.5 || m.UnderTriagedEmerg != 1 || m.AlertRecall != 1 || m.AlertPrecision != 1 || m.CriticalAgreement != 1 {
		t.Errorf("metrics %+v", m)
	}
	if m.P95Millis != 200 {
		t.Errorf("server processing p95 %v, want 200 ms", m.P95Millis)
	}
	p, max := p95(e2e)
	if p <= 0 || max < p {
		t.Errorf("create→done p95 %v max %v", p, max)
	}
}

func TestAPIModeNeedsCredentialsAndNoRateLimits(t *testing.T) {
	if _, err := apiLogin("http://127.0.0.1:1", "", "", ""); err == nil || !strings.Contains(err.Error(), "admin-password") {
		t.Errorf("no credentials: %v", err)
	}
	srv := fakeNode(t, true)
	defer srv.Close()
	vs, _ := load(strings.NewReader(sample), "all")
	c, err := apiLogin(srv.URL, "doc", "pw", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := apiOutcomes(c, vs, 1, 0x7fffffff); err == nil || !strings.Contains(err.Error(), "AGNOMED_RATE_LIMITS=off") {
		t.Errorf("rate-limited node: %v", err)
	}
}

func TestP95(t *testing.T) {
	xs := make([]float64, 100)
	for i := range xs {
		xs[i] = float64(i + 1)
	}
	if p, m := p95(xs); p != 95 || m != 100 {
		t.Errorf("p95 %v max %v", p, m)
	}
	if p, m := p95(nil); p != 0 || m != 0 {
		t.Error("empty")
	}
}
