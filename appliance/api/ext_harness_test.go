package api

// A bare server for the report, knowledge and memory tests: the real
// handlers, store and agents runner, with raft replaced by a one-node
// in-process log, so a case can be held in "processing" until the test
// starts the agents.

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/jobs"
	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/config"
	"github.com/agnomedical/agno/pkg/keys"
	"github.com/agnomedical/agno/pkg/metrics"
	"github.com/agnomedical/agno/replication/raftnode"
)

const rkPassword = "Quartz!Lemon7Harbor"

// rkRaft applies commands directly to the store, in order, as a one-node
// raft log would.
type rkRaft struct {
	st  *store.Store
	mu  sync.Mutex
	idx uint64
}

func (f *rkRaft) Apply(ctx context.Context, data []byte) (any, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.idx++
	return f.st.ApplyBatch([]raftnode.Entry{{Index: f.idx, Term: 1, Data: data}})[0], nil
}

func (f *rkRaft) ReadIndex(ctx context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.idx, nil
}

func (f *rkRaft) Status() raftnode.Status {
	return raftnode.Status{NodeID: "n1", State: "leader", LeaderID: "n1"}
}

func (f *rkRaft) Snapshot() error { return nil }

type rkEnv struct {
	t      *testing.T
	srv    *Server
	ts     *httptest.Server
	st     *store.Store
	log    *slog.Logger
	tokens map[string]string // role → access token
}

func newRKEnv(t *testing.T, tune func(*config.Config)) *rkEnv {
	t.Helper()
	dir := t.TempDir()
	ring, err := keys.NewRing(bytes.Repeat([]byte{9}, 32))
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := store.Open(dir, ring, log)
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Defaults()
	cfg.DataDir = dir
	cfg.RateLimits = "off"
	if tune != nil {
		tune(&cfg)
	}
	srv := New(Deps{Config: cfg, Store: st, Raft: &rkRaft{st: st}, Ring: ring, Metrics: metrics.New(), Log: log, Version: "test", NodeID: "n1"})
	ctx := context.Background()
	if err := srv.EnsureJWTKey(ctx); err != nil {
		t.Fatal(err)
	}
	if _, _, err := srv.BootstrapAdmin(ctx, rkPassword); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	e := &rkEnv{t: t, srv: srv, ts: ts, st: st, log: log, tokens: map[string]string{}}
	t.Cleanup(func() {
		ts.Close()
		if srv.Runner != nil {
			c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			srv.Runner.Close(c)
			cancel()
		}
		st.Close()
	})
	e.tokens["admin"] = e.login("admin")
	return e
}

// users creates one account per role and signs each in.
func (e *rkEnv) users(roles ...string) {
	e.t.Helper()
	for _, role := range roles {
		name := "u_" + role
		st, body := e.json("POST", "/v1/users", "admin", map[string]string{"username": name, "password": rkPassword, "role": role})
		if st != http.StatusCreated {
			e.t.Fatalf("create %s: %d %s", role, st, body)
		}
		e.tokens[role] = e.login(name)
	}
}

func (e *rkEnv) login(name string) string {
	e.t.Helper()
	b, _ := json.Marshal(map[string]string{"username": name, "password": rkPassword})
	resp, err := http.Post(e.ts.URL+"/auth/token", "application/json", bytes.NewReader(b))
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
	}
	json.NewDecoder(resp.Body).Decode(&out)
	if resp.StatusCode != 200 || out.AccessToken == "" {
		e.t.Fatalf("login %s: %d", name, resp.StatusCode)
	}
	return out.AccessToken
}

// startAgents starts the leader's runner: processing cases get analysed.
func (e *rkEnv) startAgents() {
	r := jobs.New(jobs.Config{Store: e.st, Commit: e.srv.Commit, IsLeader: func() bool { return true }, Metrics: e.srv.Metrics, Log: e.log})
	e.srv.Runner = r
	r.Start(context.Background())
}

func (e *rkEnv) do(method, path, role string, body io.Reader, ctype string) (*http.Response, []byte) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.ts.URL+path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if tok := e.tokens[role]; tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

func (e *rkEnv) json(method, path, role string, v any) (int, []byte) {
	e.t.Helper()
	var body io.Reader
	if v != nil {
		b, _ := json.Marshal(v)
		body = bytes.NewReader(b)
	}
	resp, b := e.do(method, path, role, body, "application/json")
	return resp.StatusCode, b
}

func (e *rkEnv) createCase(role string, in map[string]any) string {
	e.t.Helper()
	st, b := e.json("POST", "/v1/cases", role, in)
	if st != http.StatusCreated {
		e.t.Fatalf("create case: %d %s", st, b)
	}
	var out struct {
		CaseID string `json:"case_id"`
	}
	json.Unmarshal(b, &out)
	return out.CaseID
}

func (e *rkEnv) waitDone(ids ...string) {
	e.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for _, id := range ids {
		for {
			st, b := e.json("GET", "/v1/cases/"+id, "physician", nil)
			var c struct {
				Status string `json:"status"`
			}
			json.Unmarshal(b, &c)
			if st == 200 && c.Status != "processing" {
				if c.Status == "error" {
					e.t.Fatalf("case %s analysis failed: %s", id, b)
				}
				break
			}
			if st == http.StatusTooManyRequests {
				e.t.Fatalf("case %s: polling was rate limited (raise RateLimitCaseRead in this test): %s", id, b)
			}
			if time.Now().After(deadline) {
				e.t.Fatalf("case %s still %s after 30 s (%d)", id, c.Status, st)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

// errCode returns the contract error code of a JSON error body.
func rkErrCode(b []byte) string {
	var e struct {
		Error struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	json.Unmarshal(b, &e)
	return e.Error.Code
}

func rkMultipart(t *testing.T, fields map[string]string, filename string, file []byte) (io.Reader, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if file != nil {
		fw, _ := mw.CreateFormFile("file", filename)
		fw.Write(file)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func rkPDFText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext not found: install the Debian package poppler-utils")
	}
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func rkDecodesMP3(t *testing.T, data []byte) {
	t.Helper()
	if _, err := exec.LookPath("lame"); err != nil {
		t.Fatal("lame not found: install the Debian package lame")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "a.mp3")
	os.WriteFile(in, data, 0o600)
	if out, err := exec.Command("lame", "--decode", "--quiet", in, filepath.Join(dir, "a.wav")).CombinedOutput(); err != nil {
		t.Fatalf("the audio does not decode as MP3: %v %s", err, out)
	}
	if st, err := os.Stat(filepath.Join(dir, "a.wav")); err != nil || st.Size() < 100000 {
		t.Fatalf("decoded audio too short: %v", err)
	}
}
