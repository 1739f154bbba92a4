package e2e

import (
	"crypto/sha256"
	"crypto/tls"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConfigErrors: a misspelt setting stops the node with one clear line.
func TestConfigErrors(t *testing.T) {
	t.Parallel()
	n := newNode(t, nil) // never started: its env is a valid configuration
	env := func(extra map[string]string) map[string]string {
		m := withEnv(n.Env)
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	res := runBinary(t, env(map[string]string{"AGNOMED_FOO": "1"}), "", "serve")
	if res.Code == 0 {
		t.Errorf("serve with AGNOMED_FOO set exited 0: %s", res)
	}
	oneLine(t, "unknown env var", res.Stderr)
	if !strings.Contains(res.Stderr, "AGNOMED_FOO") {
		t.Errorf("the error should name AGNOMED_FOO: %q", res.Stderr)
	}

	cfg := filepath.Join(t.TempDir(), "agnomed.yaml")
	os.WriteFile(cfg, []byte("listen: 127.0.0.1:"+freePort(t)+"\nrate_limit_auth_per_minute: 3\n"), 0o600)
	res = runBinary(t, env(nil), "", "serve", "--config", cfg)
	if res.Code == 0 {
		t.Errorf("serve with an unknown YAML key exited 0: %s", res)
	}
	oneLine(t, "unknown YAML key", res.Stderr)
	if !strings.Contains(res.Stderr, "rate_limit_auth_per_minute") {
		t.Errorf("the error should name the unknown key: %q", res.Stderr)
	}

	res = runBinary(t, env(map[string]string{"AGNOMED_CONFIG": filepath.Join(t.TempDir(), "missing.yaml")}), "", "serve")
	if res.Code == 0 {
		t.Errorf("serve with a missing config file exited 0: %s", res)
	}
	oneLine(t, "missing config file", res.Stderr)

	res = runBinary(t, env(map[string]string{"AGNOMED_RATE_LIMITS": "maybe"}), "", "serve")
	if res.Code == 0 || !strings.Contains(res.Stderr, "rate_limits") {
		t.Errorf("serve with rate_limits=maybe: %s", res)
	}
	oneLine(t, "bad value", res.Stderr)

	// A weak first admin password is refused (after the start-up log lines,
	// the last line says why) and never echoed.
	res = runBinary(t, env(map[string]string{"AGNOMED_ADMIN_PASSWORD": "qwertyuiop"}), "", "serve")
	lines := strings.Split(strings.TrimRight(res.Stderr, "\n"), "\n")
	if last := lines[len(lines)-1]; res.Code == 0 || !strings.HasPrefix(last, "agnomed serve: ") || !strings.Contains(last, "admin_password") {
		t.Errorf("serve with a weak first admin password: want exit 1 and a last line naming admin_password, got %s", res)
	}
	if strings.Contains(res.Stderr+res.Stdout, "qwertyuiop") {
		t.Errorf("the error echoes the password: %s", res)
	}
	if _, err := os.Stat(filepath.Join(n.DataDir, "agnomed.sock")); err == nil {
		t.Errorf("a node that refused to start left its admin socket behind")
	}

	// A valid YAML file works, and env vars override it.
	good := filepath.Join(t.TempDir(), "good.yaml")
	os.WriteFile(good, []byte("listen: 127.0.0.1:1\nlog_level: debug\nrate_limits: \"off\"\n"), 0o600)
	n.Env["AGNOMED_CONFIG"] = good // AGNOMED_LISTEN (a free port) overrides the file's port 1
	n.Start()
	wantStatus(t, n.Do(t, "GET", "/health", "", nil), 200, "node configured by file + env")
	n.Stop()
}

func certFingerprint(t *testing.T, r *Resp) [32]byte {
	t.Helper()
	if r.TLS == nil || len(r.TLS.PeerCertificates) == 0 {
		t.Fatalf("no TLS peer certificate")
	}
	return sha256.Sum256(r.TLS.PeerCertificates[0].Raw)
}

// TestTLSOffLoopback: any non-loopback listen address serves TLS 1.3 only,
// with a self-signed certificate that is kept across restarts.
func TestTLSOffLoopback(t *testing.T) {
	t.Parallel()
	n := newNode(t, nil)
	n.Env["AGNOMED_LISTEN"] = "0.0.0.0:" + n.Port
	n.Start()
	if !strings.HasPrefix(n.URL, "https://") {
		t.Fatalf("harness: want an https URL, got %s", n.URL)
	}
	r := n.Do(t, "GET", "/health", "", nil)
	wantStatus(t, r, 200, "health over TLS 1.3")
	if r.TLS.Version != tls.VersionTLS13 {
		t.Errorf("negotiated TLS version %x, want TLS 1.3", r.TLS.Version)
	}
	if hsts := r.Header.Get("Strict-Transport-Security"); !strings.Contains(hsts, "max-age=") {
		t.Errorf("no Strict-Transport-Security over TLS: %q", hsts)
	}
	fp := certFingerprint(t, r)

	// A client that stops at TLS 1.2 cannot connect.
	old := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true, MaxVersion: tls.VersionTLS12}}}
	if resp, err := old.Get(n.URL + "/health"); err == nil {
		resp.Body.Close()
		t.Errorf("a TLS 1.2 client got %s; want the handshake refused", resp.Status)
	}
	// Plain HTTP is not served there.
	plain := &http.Client{Timeout: 10 * time.Second}
	if resp, err := plain.Get("http://127.0.0.1:" + n.Port + "/health"); err == nil {
		if resp.StatusCode == 200 {
			t.Errorf("plain HTTP answered 200 on a non-loopback listener")
		}
		resp.Body.Close()
	}
	// The API works over TLS.
	admin := n.AdminToken(t)
	_, tk := n.UserLogin(t, admin, "nurse")
	n.CreateCase(t, tk.Access, map[string]any{"patient_id": "pat_tls"})

	n.Restart()
	r = n.Do(t, "GET", "/health", "", nil)
	wantStatus(t, r, 200, "health after restart")
	if certFingerprint(t, r) != fp {
		t.Errorf("the self-signed certificate changed across a restart")
	}
	wantStatus(t, n.Do(t, "GET", "/v1/cases", tk.Access, nil), 200, "session over TLS after restart")
}

// TestHealthAndSecurityHeaders: /health has the contract's fields, and every
// response — success, error, unauthenticated, unknown path — carries the
// security headers.
func TestHealthAndSecurityHeaders(t *testing.T) {
	t.Parallel()
	n := startNode(t, nil)
	r := n.Do(t, "GET", "/health", "", nil)
	wantStatus(t, r, 200, "health")
	if s := r.Str("status"); s != "healthy" {
		t.Errorf("health status %q, want healthy", s)
	}
	if r.Str("version") == "" || r.Str("node_id") != n.Env["AGNOMED_NODE_ID"] {
		t.Errorf("health version/node_id: %s", r)
	}
	if _, err := time.Parse(time.RFC3339, r.Str("timestamp")); err != nil {
		t.Errorf("health timestamp %q", r.Str("timestamp"))
	}
	for _, svc := range []string{"api", "database", "raft", "agents", "ocr", "sync", "backup"} {
		if r.Str("services."+svc) == "" {
			t.Errorf("health services.%s missing: %s", svc, r)
		}
	}
	for _, svc := range []string{"api", "database", "raft"} {
		if r.Str("services."+svc) != "up" {
			t.Errorf("health services.%s = %q, want up", svc, r.Str("services."+svc))
		}
	}

	admin := n.AdminToken(t)
	_, tk := n.UserLogin(t, admin, "physician")
	id := n.CreateCase(t, tk.Access, map[string]any{"patient_id": "pat_hdr"})
	for _, c := range []struct{ method, path, tok string }{
		{"GET", "/health", ""},
		{"GET", "/metrics", admin},
		{"GET", "/metrics", ""},
		{"GET", "/v1/cases", ""},
		{"GET", "/v1/cases/" + id, tk.Access},
		{"GET", "/v1/cases/nope", tk.Access},
		{"GET", "/nowhere", ""},
		{"DELETE", "/health", ""},
		{"POST", "/auth/token", ""},
	} {
		r := n.Do(t, c.method, c.path, c.tok, nil)
		h := r.Header
		what := c.method + " " + c.path + " (" + r.String()[:3] + ")"
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: Content-Security-Policy %q", what, csp)
		}
		if h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: X-Frame-Options %q", what, h.Get("X-Frame-Options"))
		}
		if h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", what, h.Get("X-Content-Type-Options"))
		}
		if h.Get("Referrer-Policy") == "" {
			t.Errorf("%s: no Referrer-Policy", what)
		}
		if c.path == "/v1/cases/"+id && !strings.Contains(h.Get("Cache-Control"), "no-store") {
			t.Errorf("%s: clinical data must be sent with Cache-Control: no-store, got %q", what, h.Get("Cache-Control"))
		}
		if h.Get("Strict-Transport-Security") != "" {
			t.Errorf("%s: HSTS sent over plain HTTP", what)
		}
		if r.Status >= 400 {
			checkErrorShape(t, r, what)
		}
	}
}

// TestShutdownAndCrash: SIGTERM lets a request in flight finish (and what it
// acknowledged is kept); after SIGKILL nothing acknowledged is lost either.
func TestShutdownAndCrash(t *testing.T) {
	t.Parallel()
	n := startNode(t, nil)
	admin := n.AdminToken(t)
	_, tk := n.UserLogin(t, admin, "physician")

	// A slow upload is on the wire when SIGTERM arrives.
	body := multipartCase(t, `{"patient_id":"pat_drain","symptoms":"in flight"}`, filePart{filename: "a.png", data: pngWithText(t, "x")})
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", n.URL+"/v1/cases", pr)
	req.ContentLength = int64(len(body.Data))
	req.Header.Set("Content-Type", body.ContentType)
	req.Header.Set("Authorization", "Bearer "+tk.Access)
	type result struct {
		status int
		body   []byte
		err    error
	}
	done := make(chan result, 1)
	go func() {
		resp, err := n.Client.Do(req)
		if err != nil {
			done <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		done <- result{status: resp.StatusCode, body: b}
	}()
	half := len(body.Data) / 2
	if _, err := pw.Write(body.Data[:half]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the server is reading the body
	n.SignalTerm()
	time.Sleep(300 * time.Millisecond) // shutdown has begun
	if _, err := pw.Write(body.Data[half:]); err != nil {
		t.Fatalf("the node stopped reading an in-flight request: %v", err)
	}
	pw.Close()
	res := <-done
	if res.err != nil || res.status != 201 {
		t.Fatalf("in-flight request during SIGTERM: want 201, got %d %s %v", res.status, res.body, res.err)
	}
	var created struct {
		CaseID string `json:"case_id"`
	}
	json.Unmarshal(res.body, &created)
	if err := n.WaitExit(30 * time.Second); err != nil {
		t.Fatalf("exit after SIGTERM: %v; log tail:\n%s", err, n.LogTail(30))
	}
	n.Start()
	r := n.Do(t, "GET", "/v1/cases/"+created.CaseID, tk.Access, nil)
	wantStatus(t, r, 200, "case acknowledged during shutdown, after restart")
	if r.Str("input.symptoms") != "in flight" || len(r.Get("documents").([]any)) != 1 {
		t.Errorf("case acknowledged during shutdown came back incomplete: %s", r)
	}

	// Crash: everything acknowledged before SIGKILL is there after restart.
	var ids []string
	for i := 0; i < 5; i++ {
		ids = append(ids, n.CreateCase(t, tk.Access, map[string]any{"patient_id": "pat_crash", "clinical_notes": "note " + noteLetter(i)}))
	}
	n.Kill()
	n.Start()
	for i, id := range ids {
		r := n.Do(t, "GET", "/v1/cases/"+id, tk.Access, nil)
		wantStatus(t, r, 200, "case acknowledged before a crash")
		if r.Str("input.clinical_notes") != "note "+noteLetter(i) {
			t.Errorf("case %s after crash: %s", id, r)
		}
	}
	r = n.Do(t, "GET", "/v1/audit/verify", admin, nil)
	if r.Get("ok") != true {
		t.Errorf("audit chain after a crash: %s", r)
	}
	n.Stop()
}

func noteLetter(i int) string { return string(rune('A' + i)) }

// TestFirstAdminPassword: without AGNOMED_ADMIN_PASSWORD the first admin
// password is generated and handed over once — in a 0600 file when nobody
// watches the terminal, on stdout when asked to (AGNOMED_PRINT_ADMIN).
func TestFirstAdminPassword(t *testing.T) {
	t.Parallel()
	n := startNode(t, map[string]string{"AGNOMED_ADMIN_PASSWORD": ""})
	path := filepath.Join(n.DataDir, "initial-admin-password")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no initial admin password file: %v", err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("%s has mode %v, want 0600", path, fi.Mode().Perm())
	}
	pw := strings.TrimSpace(string(b))
	n.Login(t, "admin", pw)
	if log, _ := os.ReadFile(n.LogPath); strings.Contains(string(log), pw) {
		t.Errorf("the generated password is in the log although it went to the file")
	}

	p := startNode(t, map[string]string{"AGNOMED_ADMIN_PASSWORD": "", "AGNOMED_PRINT_ADMIN": "1"})
	log, _ := os.ReadFile(p.LogPath)
	i := strings.Index(string(log), "password: ")
	if i < 0 {
		t.Fatalf("AGNOMED_PRINT_ADMIN=1: no password printed; log:\n%s", p.LogTail(20))
	}
	printed := strings.Fields(string(log[i+len("password: "):]))[0]
	p.Login(t, "admin", printed)
	if _, err := os.Stat(filepath.Join(p.DataDir, "initial-admin-password")); err == nil {
		t.Errorf("the password was printed and also left in a file")
	}
	// It is shown once: a restart creates nothing new.
	p.Restart()
	log, _ = os.ReadFile(p.LogPath)
	if strings.Count(string(log), "password: ") != 1 {
		t.Errorf("the first admin password was shown again after a restart")
	}
	p.Login(t, "admin", printed)
}

// TestHarnessIgnoresStrayEnv: AGNOMED_* variables in the environment of
// whoever runs the tests do not reach the nodes or the CLI (not parallel:
// it changes this process's environment while it runs).
func TestHarnessIgnoresStrayEnv(t *testing.T) {
	t.Setenv("AGNOMED_FOO", "1")                 // would make serve refuse to start
	t.Setenv("AGNOMED_LISTEN", "192.0.2.1:1")    // would make it listen elsewhere
	t.Setenv("AGNOMED_DATA_DIR", "/nonexistent") // would point the CLI elsewhere
	n := startNode(t, nil)
	if res := runCLI(t, n, "", "user", "list"); res.Code != 0 || !strings.Contains(res.Stdout, "admin") {
		t.Errorf("CLI with stray AGNOMED_* variables set: %s", res)
	}
	n.Stop()
}
