package metrics_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/pkg/metrics"
)

// family is what the exposition says about one metric family.
type family struct {
	help, typ string
	samples   []sample
}

type sample struct {
	name   string // with suffix (_bucket, _sum, ...)
	labels string // raw label block, without braces
	value  float64
}

var sampleRE = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)`)

// scrape serves m's handler and parses the text format.
func scrape(t *testing.T, m *metrics.Metrics) (map[string]*family, []byte) {
	t.Helper()
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	if w.Code != 200 {
		t.Fatalf("metrics handler status %d: %s", w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Fatalf("Content-Type %q, want the Prometheus text format", ct)
	}
	body := w.Body.Bytes()
	fams := map[string]*family{}
	get := func(n string) *family {
		if fams[n] == nil {
			fams[n] = &family{}
		}
		return fams[n]
	}
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# HELP "):
			name, help, _ := strings.Cut(strings.TrimPrefix(line, "# HELP "), " ")
			get(name).help = help
		case strings.HasPrefix(line, "# TYPE "):
			name, typ, _ := strings.Cut(strings.TrimPrefix(line, "# TYPE "), " ")
			get(name).typ = typ
		case line == "" || strings.HasPrefix(line, "#"):
		default:
			m := sampleRE.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("unparsable line %q", line)
			}
			v, err := strconv.ParseFloat(m[3], 64)
			if err != nil {
				t.Fatalf("line %q: value: %v", line, err)
			}
			base := m[1]
			for _, suf := range []string{"_bucket", "_sum", "_count"} {
				if f, ok := fams[strings.TrimSuffix(m[1], suf)]; ok && strings.HasSuffix(m[1], suf) && (f.typ == "histogram" || f.typ == "summary") {
					base = strings.TrimSuffix(m[1], suf)
				}
			}
			get(base).samples = append(get(base).samples, sample{name: m[1], labels: m[2], value: v})
		}
	}
	return fams, body
}

// present fails unless name is exposed with HELP, the given TYPE and samples.
func present(t *testing.T, fams map[string]*family, name, typ string) *family {
	t.Helper()
	f := fams[name]
	if f == nil || len(f.samples) == 0 {
		t.Errorf("family %s is not in the exposition", name)
		return nil
	}
	if strings.TrimSpace(f.help) == "" {
		t.Errorf("family %s has no HELP text", name)
	}
	if f.typ != typ {
		t.Errorf("family %s has TYPE %q, want %q", name, f.typ, typ)
	}
	return f
}

func hasLabel(f *family, label, value string) bool {
	want := label + `="` + value + `"`
	for _, s := range f.samples {
		for _, part := range splitLabels(s.labels) {
			if part == want {
				return true
			}
		}
	}
	return false
}

func splitLabels(s string) []string {
	var out []string
	for s != "" {
		i := strings.Index(s, `",`)
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+2:]
	}
	return out
}

func value(t *testing.T, f *family, labels string) float64 {
	t.Helper()
	for _, s := range f.samples {
		if s.labels == labels {
			return s.value
		}
	}
	t.Fatalf("no sample with labels {%s}", labels)
	return 0
}

// ---- families of the contract -------------------------------------------------

var contractFamilies = map[string]string{
	"http_requests_total":           "counter",
	"cases_total":                   "counter",
	"phi_detections_total":          "counter",
	"http_request_duration_seconds": "histogram",
	"agent_inference_seconds":       "histogram",
	"agent_confidence_score":        "histogram",
	"case_processing_seconds":       "histogram",
	"debate_resolution_seconds":     "histogram",
	"active_agents":                 "gauge",
	"database_connections":          "gauge",
}

// perRoute families get their label values from the router at start-up
// (InitRoute for every route), not from New.
var perRoute = []string{"http_requests_total", "http_request_duration_seconds"}

func TestEveryContractFamilyIsPresentFromStartUp(t *testing.T) {
	m := metrics.New()
	fams, _ := scrape(t, m)
	for name, typ := range contractFamilies {
		if slices.Contains(perRoute, name) {
			continue
		}
		present(t, fams, name, typ)
	}

	// The server calls InitRoute for each route before serving.
	m.InitRoute("GET", "/health", "200")
	m.InitRoute("POST", "/v1/cases", "201")
	fams, _ = scrape(t, m)
	for _, name := range perRoute {
		present(t, fams, name, contractFamilies[name])
	}
	hr := fams["http_requests_total"]
	if hr != nil && (!hasLabel(hr, "endpoint", "/v1/cases") || !hasLabel(hr, "method", "POST") || !hasLabel(hr, "status", "201")) {
		t.Errorf("http_requests_total lacks the initialised route: %+v", hr.samples)
	}
	if d := fams["http_request_duration_seconds"]; d != nil && !hasLabel(d, "endpoint", "/health") {
		t.Errorf("http_request_duration_seconds lacks the initialised route")
	}
}

func TestCounterLabelsOfTheContract(t *testing.T) {
	fams, _ := scrape(t, metrics.New())
	cases := present(t, fams, "cases_total", "counter")
	if cases != nil {
		for _, st := range []string{"processing", "completed", "escalated", "error"} {
			for _, pr := range []string{"low", "medium", "high", "critical"} {
				if v := value(t, cases, `priority="`+pr+`",status="`+st+`"`); v != 0 {
					t.Errorf("cases_total{%s,%s} starts at %v", st, pr, v)
				}
			}
		}
	}
	for _, name := range []string{"agent_inference_seconds", "agent_confidence_score", "active_agents"} {
		f := fams[name]
		if f == nil {
			t.Errorf("%s missing", name)
			continue
		}
		// Triage plus every specialty of the contract.
		for _, a := range []string{"triage", "cardiology", "neurology", "endocrinology", "radiology", "emergency_medicine",
			"pulmonology", "gastroenterology", "infectious_disease", "nephrology", "psychiatry",
			"obstetrics_gynecology", "pediatrics", "orthopedics", "general_medicine"} {
			if !hasLabel(f, "agent_type", a) {
				t.Errorf("%s has no agent_type=%q from start-up", name, a)
			}
		}
	}
}

func TestPHITypeLabelsCoverTheContract(t *testing.T) {
	// CONTRACT.md, "PHI types".
	contract := strings.Fields("NAME DATE AGE PHONE FAX EMAIL SSN MRN HEALTH_PLAN ACCOUNT LICENSE VEHICLE DEVICE URL IP ADDRESS ZIP LOCATION ORGANIZATION CPF CNPJ CNS RG ID")
	fams, _ := scrape(t, metrics.New())
	f := present(t, fams, "phi_detections_total", "counter")
	if f == nil {
		return
	}
	for _, typ := range contract {
		if !slices.Contains(metrics.PHITypes, typ) {
			t.Errorf("PHITypes lacks %s", typ)
		}
		if v := value(t, f, `type="`+typ+`"`); v != 0 {
			t.Errorf("phi_detections_total{type=%q} starts at %v", typ, v)
		}
	}
	for _, s := range f.samples {
		typ := strings.TrimSuffix(strings.TrimPrefix(s.labels, `type="`), `"`)
		if !slices.Contains(contract, typ) {
			t.Errorf("phi_detections_total has type %q, which the contract does not name", typ)
		}
	}
}

func TestClusterSyncBackupFamilies(t *testing.T) {
	fams, _ := scrape(t, metrics.New())
	find := func(prefix, contains string) string {
		var names []string
		for n := range fams {
			if strings.HasPrefix(n, prefix) && strings.Contains(n, contains) {
				names = append(names, n)
			}
		}
		slices.Sort(names)
		if len(names) == 0 {
			t.Errorf("no %s* family about %q", prefix, contains)
			return ""
		}
		for _, n := range names {
			if fams[n].help == "" || len(fams[n].samples) == 0 {
				t.Errorf("%s lacks HELP or samples", n)
			}
		}
		return names[0]
	}
	// raft: leader (state), applied index; sync: batch lag, last success; backup: last success.
	if n := find("raft_", "state"); n != "" && !hasLabel(fams[n], "state", "leader") {
		t.Errorf("%s has no state=leader series", n)
	}
	find("raft_", "applied")
	find("raft_", "commit")
	find("sync_", "lag")
	for _, prefix := range []string{"sync_", "backup_"} {
		n := find(prefix, "last_success")
		if n != "" && !strings.HasSuffix(n, "_timestamp_seconds") {
			t.Errorf("%s: a last-success time should be a *_timestamp_seconds gauge (unix seconds)", n)
		}
	}
}

func TestGoAndProcessCollectors(t *testing.T) {
	fams, _ := scrape(t, metrics.New())
	present(t, fams, "go_goroutines", "gauge")
	present(t, fams, "process_resident_memory_bytes", "gauge")
}

// ---- behaviour -----------------------------------------------------------------

func raftStates(t *testing.T, m *metrics.Metrics) map[string]float64 {
	t.Helper()
	fams, _ := scrape(t, m)
	f := fams["raft_state"]
	if f == nil {
		t.Fatalf("raft_state missing")
	}
	out := map[string]float64{}
	for _, s := range f.samples {
		out[strings.TrimSuffix(strings.TrimPrefix(s.labels, `state="`), `"`)] = s.value
	}
	return out
}

func TestSetRaftStateSetsExactlyOne(t *testing.T) {
	m := metrics.New()
	for _, st := range []string{"follower", "candidate", "leader", "follower", "shutdown", "leader"} {
		m.SetRaftState(st)
		got := raftStates(t, m)
		ones := 0
		for s, v := range got {
			switch v {
			case 1:
				ones++
				if s != st {
					t.Errorf("after SetRaftState(%q), state %q is 1", st, s)
				}
			case 0:
			default:
				t.Errorf("raft_state{state=%q} = %v, want 0 or 1", s, v)
			}
		}
		if ones != 1 || got[st] != 1 {
			t.Fatalf("after SetRaftState(%q): %v, want exactly %q at 1", st, got, st)
		}
	}
	for _, s := range []string{"leader", "follower", "candidate"} {
		if _, ok := raftStates(t, m)[s]; !ok {
			t.Errorf("raft_state has no %q series", s)
		}
	}
}

func TestCountersCount(t *testing.T) {
	m := metrics.New()
	m.InitRoute("POST", "/v1/cases", "201")
	m.HTTPRequests.WithLabelValues("POST", "/v1/cases", "201").Inc()
	m.HTTPRequests.WithLabelValues("POST", "/v1/cases", "201").Inc()
	m.PHIDetections.WithLabelValues("CPF").Add(3)
	m.Cases.WithLabelValues("completed", "high").Inc()
	m.HTTPDuration.WithLabelValues("POST", "/v1/cases").Observe(0.02)
	fams, _ := scrape(t, m)
	if v := value(t, fams["http_requests_total"], `endpoint="/v1/cases",method="POST",status="201"`); v != 2 {
		t.Errorf("http_requests_total = %v, want 2", v)
	}
	if v := value(t, fams["phi_detections_total"], `type="CPF"`); v != 3 {
		t.Errorf("phi_detections_total{CPF} = %v, want 3", v)
	}
	if v := value(t, fams["cases_total"], `priority="high",status="completed"`); v != 1 {
		t.Errorf("cases_total = %v, want 1", v)
	}
	var count float64 = -1
	for _, s := range fams["http_request_duration_seconds"].samples {
		if s.name == "http_request_duration_seconds_count" {
			count = s.value
		}
	}
	if count != 1 {
		t.Errorf("http_request_duration_seconds_count = %v, want 1", count)
	}
}

func TestTwoInstancesDoNotConflict(t *testing.T) {
	defer func() {
		if v := recover(); v != nil {
			t.Fatalf("second New() panicked (global registry?): %v", v)
		}
	}()
	a, b := metrics.New(), metrics.New()
	if a.Registry == b.Registry {
		t.Fatalf("both instances share one registry")
	}
	a.PHIDetections.WithLabelValues("NAME").Inc()
	a.SetRaftState("leader")
	b.SetRaftState("follower")
	fa, _ := scrape(t, a)
	fb, _ := scrape(t, b)
	if v := value(t, fb["phi_detections_total"], `type="NAME"`); v != 0 {
		t.Errorf("instance b sees a's counter: %v", v)
	}
	if v := value(t, fa["phi_detections_total"], `type="NAME"`); v != 1 {
		t.Errorf("instance a lost its counter: %v", v)
	}
	if raftStates(t, a)["leader"] != 1 || raftStates(t, b)["leader"] != 0 {
		t.Errorf("raft state leaks between instances")
	}
}

// ---- promtool -------------------------------------------------------------------

const promtool = "/usr/bin/promtool"

func TestExpositionPassesPromtool(t *testing.T) {
	path := promtool
	if _, err := os.Stat(path); err != nil {
		p, lerr := exec.LookPath("promtool")
		if lerr != nil {
			t.Fatalf("promtool not found at %s or on PATH: install it with `apt-get install prometheus` (Debian package that ships /usr/bin/promtool)", promtool)
		}
		path = p
	}
	m := metrics.New()
	m.InitRoute("GET", "/health", "200")
	m.InitRoute("GET", "/v1/cases/:id", "200")
	// Some traffic, so histograms and counters carry data too.
	m.HTTPRequests.WithLabelValues("GET", "/v1/cases/:id", "404").Inc()
	m.HTTPDuration.WithLabelValues("GET", "/v1/cases/:id").Observe(0.003)
	m.AgentInference.WithLabelValues("cardiology").Observe(0.02)
	m.AgentConfidence.WithLabelValues("cardiology").Observe(0.87)
	m.CaseProcessing.Observe(1.2)
	m.DebateResolution.Observe(0.004)
	m.ActiveAgents.WithLabelValues("triage").Set(2)
	m.SetRaftState("leader")
	m.SyncLastSuccess.SetToCurrentTime()
	_, body := scrape(t, m)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, "check", "metrics")
	cmd.Stdin = bytes.NewReader(body)
	out, err := cmd.CombinedOutput()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("promtool check metrics failed:\n%s", out)
		}
		t.Fatalf("running promtool: %v\n%s", err, out)
	}
	if s := strings.TrimSpace(string(out)); s != "" {
		t.Logf("promtool: %s", s)
	}
}
