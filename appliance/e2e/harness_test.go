package e2e

// The harness: build the binary once, start nodes as child processes, talk to
// them over HTTP and through the CLI.

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// adminPassword meets the password policy; every node's first admin uses it.
const adminPassword = "Quartz!Lemon7Harbor"

var (
	binPath    string // the agnomed binary built by TestMain
	moduleRoot string
)

func TestMain(m *testing.M) {
	os.Exit(func() int {
		root, err := findModuleRoot()
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		moduleRoot = root
		dir, err := os.MkdirTemp("", "agnomed-e2e-bin-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		binPath = filepath.Join(dir, "agnomed")
		cmd := exec.Command("go", "build", "-o", binPath, "./appliance/cmd/agnomed")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: building agnomed failed: %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}())
}

func findModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// freePort returns a port that was free a moment ago on 127.0.0.1, for TCP
// and UDP both (gossip listens on both).
func freePort(t testing.TB) string {
	t.Helper()
	for i := 0; ; i++ {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("free port: %v", err)
		}
		_, port, _ := net.SplitHostPort(ln.Addr().String())
		pc, err := net.ListenPacket("udp", "127.0.0.1:"+port)
		ln.Close()
		if err == nil {
			pc.Close()
			return port
		}
		if i == 20 {
			t.Fatalf("free port: no port free for both TCP and UDP: %v", err)
		}
	}
}

// portClashRx finds the address a start-up failed to bind.
var portClashRx = regexp.MustCompile(`127\.0\.0\.1:(\d+)[^\n]*address already in use`)

// retryPortClash handles a first start that failed because another process
// took one of the ports freePort chose in the meantime (tests run in
// parallel with other packages): it wipes the fresh data directory, picks a
// new port for the one that clashed and reports whether to start again.
func (n *Node) retryPortClash() bool {
	if n.portRetries <= 0 {
		return false
	}
	m := portClashRx.FindStringSubmatch(n.LogTail(10))
	if m == nil {
		return false
	}
	for k, v := range n.Env {
		// a cluster node's peers already hold its gossip and raft
		// addresses: only its HTTP listener can move
		if v == "127.0.0.1:"+m[1] && (k == "AGNOMED_LISTEN" || n.Env["AGNOMED_JOIN"] == "") {
			n.portRetries--
			n.Env[k] = "127.0.0.1:" + freePort(n.t)
			if k == "AGNOMED_LISTEN" {
				_, n.Port, _ = net.SplitHostPort(n.Env[k])
			}
			os.RemoveAll(n.DataDir)
			return true
		}
	}
	return false
}

// baseEnv is the environment every child process gets: nothing from the
// test's own environment but PATH, HOME and TMPDIR, so stray AGNOMED_*
// variables of whoever runs the tests cannot change what is tested.
func baseEnv() []string {
	var env []string
	for _, k := range []string{"PATH", "HOME", "TMPDIR"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// Node is one agnomed serve process.
type Node struct {
	t       testing.TB
	Root    string // parent of DataDir; holds the captured log
	DataDir string
	LogPath string
	Port    string
	URL     string // http(s)://127.0.0.1:Port
	Env     map[string]string
	Client  *http.Client

	launchOnly  bool
	portRetries int // first starts left to retry after a port clash
	cmd         *exec.Cmd
	logFile     *os.File
	exited      chan struct{}
	waitErr     error
}

var nodeSeq atomic.Int64

// newNode prepares a node (ports, data dir, environment) without starting it.
// env entries override the defaults; an empty value removes a default.
func newNode(t testing.TB, env map[string]string) *Node {
	t.Helper()
	root := t.TempDir()
	n := &Node{t: t, Root: root, DataDir: filepath.Join(root, "data"), LogPath: filepath.Join(root, "node.log"), Port: freePort(t)}
	n.Env = map[string]string{
		"AGNOMED_DATA_DIR":       n.DataDir,
		"AGNOMED_LISTEN":         "127.0.0.1:" + n.Port,
		"AGNOMED_RAFT_ADDR":      "127.0.0.1:" + freePort(t),
		"AGNOMED_GOSSIP_ADDR":    "127.0.0.1:" + freePort(t),
		"AGNOMED_ADMIN_PASSWORD": adminPassword,
		"AGNOMED_NODE_ID":        fmt.Sprintf("e2e-node-%d", nodeSeq.Add(1)),
		"AGNOMED_RATE_LIMITS":    "off",
	}
	for k, v := range env {
		if v == "" {
			delete(n.Env, k)
		} else {
			n.Env[k] = v
		}
	}
	t.Cleanup(func() {
		if n.running() {
			n.Kill()
		}
	})
	return n
}

// startNode starts a node and waits until it is healthy.
func startNode(t testing.TB, env map[string]string) *Node {
	t.Helper()
	n := newNode(t, env)
	n.portRetries = 3
	n.Start()
	n.portRetries = 0
	return n
}

func (n *Node) environ() []string {
	env := baseEnv()
	for k, v := range n.Env {
		env = append(env, k+"="+v)
	}
	return env
}

// TLS reports whether the node serves HTTPS (any non-loopback listen address).
func (n *Node) TLS() bool {
	host, _, _ := net.SplitHostPort(n.Env["AGNOMED_LISTEN"])
	ip := net.ParseIP(host)
	return host != "localhost" && (ip == nil || !ip.IsLoopback())
}

// Start launches the process (same data dir and ports every time) and waits
// for GET /health to answer 200.
func (n *Node) Start() {
	n.t.Helper()
	if n.running() {
		n.t.Fatalf("node already running")
	}
	_, port, err := net.SplitHostPort(n.Env["AGNOMED_LISTEN"])
	if err != nil {
		n.t.Fatalf("AGNOMED_LISTEN: %v", err)
	}
	scheme := "http"
	tr := &http.Transport{MaxIdleConnsPerHost: 4, DisableCompression: true}
	if n.TLS() {
		scheme = "https"
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS13}
	}
	n.URL = scheme + "://127.0.0.1:" + port
	n.Client = &http.Client{Transport: tr, Timeout: 30 * time.Second}

	lf, err := os.OpenFile(n.LogPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		n.t.Fatalf("log file: %v", err)
	}
	fmt.Fprintf(lf, "=== e2e: starting agnomed serve at %s\n", time.Now().UTC().Format(time.RFC3339Nano))
	cmd := exec.Command(binPath, "serve")
	cmd.Env = n.environ()
	cmd.Dir = n.Root
	cmd.Stdout, cmd.Stderr = lf, lf
	if err := cmd.Start(); err != nil {
		lf.Close()
		n.t.Fatalf("start agnomed: %v", err)
	}
	n.cmd, n.logFile, n.exited, n.waitErr = cmd, lf, make(chan struct{}), nil
	go func(cmd *exec.Cmd, done chan struct{}) {
		err := cmd.Wait()
		n.waitErr = err
		close(done)
	}(cmd, n.exited)
	if n.launchOnly {
		return
	}
	n.WaitHealthy(20 * time.Second)
}

// Launch starts the process without waiting for health (cluster nodes are
// healthy only once enough of them run).
func (n *Node) Launch() {
	n.t.Helper()
	n.launchOnly = true
	defer func() { n.launchOnly = false }()
	n.Start()
}

// WaitHealthy waits for GET /health to answer 200.
func (n *Node) WaitHealthy(limit time.Duration) {
	n.t.Helper()
	deadline := time.Now().Add(limit)
	for {
		select {
		case <-n.exited:
			n.closeLog()
			if n.retryPortClash() {
				n.Start()
				return
			}
			n.t.Fatalf("agnomed exited during start-up (%v); log tail:\n%s", n.waitErr, n.LogTail(40))
		default:
		}
		req, _ := http.NewRequest("GET", n.URL+"/health", nil)
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		resp, err := n.Client.Do(req.WithContext(ctx))
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		cancel()
		if err == nil && resp.StatusCode == http.StatusOK {
			return
		}
		if time.Now().After(deadline) {
			n.Kill()
			n.t.Fatalf("agnomed not healthy after %s (last: %v); log tail:\n%s", limit, errOrStatus(err, resp), n.LogTail(40))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func errOrStatus(err error, resp *http.Response) string {
	if err != nil {
		return err.Error()
	}
	return resp.Status
}

func (n *Node) running() bool {
	if n.exited == nil {
		return false
	}
	select {
	case <-n.exited:
		return false
	default:
		return true
	}
}

func (n *Node) closeLog() {
	if n.logFile != nil {
		n.logFile.Close()
		n.logFile = nil
	}
}

// Stop sends SIGTERM and waits for a clean exit (status 0).
func (n *Node) Stop() {
	n.t.Helper()
	n.SignalTerm()
	if err := n.WaitExit(30 * time.Second); err != nil {
		n.t.Fatalf("agnomed did not exit cleanly after SIGTERM: %v; log tail:\n%s", err, n.LogTail(40))
	}
}

// SignalTerm sends SIGTERM without waiting.
func (n *Node) SignalTerm() {
	n.t.Helper()
	if !n.running() {
		n.t.Fatalf("SIGTERM: node is not running")
	}
	if err := n.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		n.t.Fatalf("SIGTERM: %v", err)
	}
}

// WaitExit waits for the process to end and returns its exit error (nil
// for status 0); after the timeout it kills the process.
func (n *Node) WaitExit(timeout time.Duration) error {
	select {
	case <-n.exited:
	case <-time.After(timeout):
		n.Kill()
		return fmt.Errorf("still running after %v (killed)", timeout)
	}
	n.closeLog()
	n.Client.CloseIdleConnections()
	return n.waitErr
}

// Kill ends the process with SIGKILL (a crash).
func (n *Node) Kill() {
	if !n.running() {
		return
	}
	n.cmd.Process.Kill()
	<-n.exited
	n.closeLog()
	if n.Client != nil {
		n.Client.CloseIdleConnections()
	}
}

// Restart is Stop then Start, on the same data dir and ports.
func (n *Node) Restart() {
	n.t.Helper()
	n.Stop()
	n.Start()
}

// LogTail returns the last lines of the captured log.
func (n *Node) LogTail(lines int) string {
	b, err := os.ReadFile(n.LogPath)
	if err != nil {
		return "(no log: " + err.Error() + ")"
	}
	ls := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(ls) > lines {
		ls = ls[len(ls)-lines:]
	}
	return strings.Join(ls, "\n")
}

// ---- HTTP ----

// Resp is a decoded HTTP response.
type Resp struct {
	Status int
	Header http.Header
	Raw    []byte
	JSON   map[string]any // nil unless the body is a JSON object
	TLS    *tls.ConnectionState
}

// Str returns the string at a dotted path ("error.details.field", "cases.0.case_id").
func (r *Resp) Str(path string) string {
	v := r.Get(path)
	s, _ := v.(string)
	return s
}

// Num returns the number at a dotted path (or -1).
func (r *Resp) Num(path string) float64 {
	if f, ok := r.Get(path).(float64); ok {
		return f
	}
	return -1
}

// Get walks a dotted path through objects and arrays.
func (r *Resp) Get(path string) any {
	return walk(r.JSON, path)
}

func walk(v any, path string) any {
	if path == "" {
		return v
	}
	for _, k := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[k]
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

func (r *Resp) String() string {
	s := string(r.Raw)
	if len(s) > 600 {
		s = s[:600] + "…"
	}
	return fmt.Sprintf("%d %s", r.Status, s)
}

// RawBody is a request body sent as is with its content type.
type RawBody struct {
	ContentType string
	Data        []byte
}

// Do sends a request. body: nil, RawBody, or anything JSON-encodable.
// headers are name/value pairs.
func (n *Node) Do(t testing.TB, method, path, token string, body any, headers ...string) *Resp {
	t.Helper()
	var rd io.Reader
	ct := ""
	switch b := body.(type) {
	case nil:
	case RawBody:
		rd, ct = bytes.NewReader(b.Data), b.ContentType
	case *RawBody:
		rd, ct = bytes.NewReader(b.Data), b.ContentType
	default:
		js, err := json.Marshal(b)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		rd, ct = bytes.NewReader(js), "application/json"
	}
	req, err := http.NewRequest(method, n.URL+path, rd)
	if err != nil {
		t.Fatalf("request: %v", err)
	}
	if ct != "" {
		req.Header.Set("Content-Type", ct)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("User-Agent", "agnomed-e2e/1")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := n.Client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading body: %v", method, path, err)
	}
	r := &Resp{Status: resp.StatusCode, Header: resp.Header, Raw: raw, TLS: resp.TLS}
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err == nil {
			r.JSON = m
		}
	}
	if r.Status >= 500 && r.Status != http.StatusServiceUnavailable {
		t.Errorf("%s %s answered %s (server error); log tail:\n%s", method, path, r, n.LogTail(15))
	}
	return r
}

// wantStatus fails the test unless r has the status.
func wantStatus(t testing.TB, r *Resp, status int, what string) {
	t.Helper()
	if r.Status != status {
		t.Fatalf("%s: want HTTP %d, got %s", what, status, r)
	}
}

// wantError checks the contract's error shape, status and code, and returns
// the details object.
func wantError(t testing.TB, r *Resp, status int, code, what string) map[string]any {
	t.Helper()
	if r.Status != status {
		t.Errorf("%s: want HTTP %d %s, got %s", what, status, code, r)
		return nil
	}
	checkErrorShape(t, r, what)
	if got := r.Str("error.code"); got != code {
		t.Errorf("%s: want error code %s, got %q (%s)", what, code, got, r)
	}
	d, _ := r.Get("error.details").(map[string]any)
	return d
}

// checkErrorShape: {"error":{"code","message","details":{},"timestamp":RFC3339,"request_id":"req_..."}}.
func checkErrorShape(t testing.TB, r *Resp, what string) {
	t.Helper()
	if r.JSON == nil {
		t.Errorf("%s: error body is not a JSON object: %s (Content-Type %q)", what, r, r.Header.Get("Content-Type"))
		return
	}
	e, ok := r.JSON["error"].(map[string]any)
	if !ok {
		t.Errorf("%s: no error object: %s", what, r)
		return
	}
	if s, _ := e["code"].(string); s == "" {
		t.Errorf("%s: error.code missing: %s", what, r)
	}
	if s, _ := e["message"].(string); strings.TrimSpace(s) == "" {
		t.Errorf("%s: error.message missing: %s", what, r)
	}
	if _, ok := e["details"].(map[string]any); !ok {
		t.Errorf("%s: error.details must be an object: %s", what, r)
	}
	ts, _ := e["timestamp"].(string)
	if _, err := time.Parse(time.RFC3339, ts); err != nil {
		t.Errorf("%s: error.timestamp %q is not RFC 3339: %s", what, ts, r)
	}
	id, _ := e["request_id"].(string)
	if !strings.HasPrefix(id, "req_") || len(id) < 8 {
		t.Errorf("%s: error.request_id %q must start with req_: %s", what, id, r)
	}
	if h := r.Header.Get("X-Request-ID"); h != "" && h != id {
		t.Errorf("%s: X-Request-ID %q differs from error.request_id %q", what, h, id)
	}
}

// Tokens of one sign-in.
type Tokens struct {
	Access, Refresh, UserID, Role string
}

// Login signs in and fails the test unless it works.
func (n *Node) Login(t testing.TB, username, password string) Tokens {
	t.Helper()
	r := n.Do(t, "POST", "/auth/token", "", map[string]string{"username": username, "password": password})
	wantStatus(t, r, 200, "login as "+username)
	tk := Tokens{Access: r.Str("access_token"), Refresh: r.Str("refresh_token"), UserID: r.Str("user_id"), Role: r.Str("role")}
	if tk.Access == "" || tk.Refresh == "" || r.Str("token_type") != "bearer" || r.Num("expires_in") != 1800 {
		t.Fatalf("login as %s: unexpected body %s", username, r)
	}
	return tk
}

// AdminToken signs in as the first administrator.
func (n *Node) AdminToken(t testing.TB) string {
	t.Helper()
	return n.Login(t, "admin", adminPassword).Access
}

var userSeq atomic.Int64

// newPassword returns a fresh password that meets the policy and shares no
// part with the user names the tests use.
func newPassword() string {
	const letters = "BCDFGHJKMNPQRTVWXZ"
	var b strings.Builder
	b.WriteString("Kestrel#")
	for i := 0; i < 4; i++ {
		x, _ := rand.Int(rand.Reader, big.NewInt(int64(len(letters))))
		b.WriteByte(letters[x.Int64()])
	}
	x, _ := rand.Int(rand.Reader, big.NewInt(9000))
	b.WriteString(strconv.FormatInt(1000+x.Int64(), 10))
	b.WriteString("fjord!")
	return b.String()
}

// CreateUser creates an account through the API and returns its id and password.
func (n *Node) CreateUser(t testing.TB, adminTok, username, role string) (id, password string) {
	t.Helper()
	password = newPassword()
	r := n.Do(t, "POST", "/v1/users", adminTok, map[string]string{"username": username, "password": password, "role": role})
	wantStatus(t, r, 201, "create user "+username)
	if r.Str("username") != username || r.Str("role") != role || !strings.HasPrefix(r.Str("user_id"), "usr_") {
		t.Fatalf("create user %s: unexpected body %s", username, r)
	}
	return r.Str("user_id"), password
}

// UserLogin creates a user of the role and signs them in.
func (n *Node) UserLogin(t testing.TB, adminTok, role string) (username string, tk Tokens) {
	t.Helper()
	username = fmt.Sprintf("%s%d", role, userSeq.Add(1))
	_, pw := n.CreateUser(t, adminTok, username, role)
	return username, n.Login(t, username, pw)
}

// CreateCase posts a JSON case and returns its id.
func (n *Node) CreateCase(t testing.TB, tok string, in map[string]any) string {
	t.Helper()
	r := n.Do(t, "POST", "/v1/cases", tok, in)
	wantStatus(t, r, 201, "create case")
	id := r.Str("case_id")
	if !strings.HasPrefix(id, "case_") {
		t.Fatalf("create case: no case_id in %s", r)
	}
	return id
}

// ---- CLI ----

// CLIResult is one finished command.
type CLIResult struct {
	Stdout, Stderr string
	Code           int
}

func (c CLIResult) String() string {
	return fmt.Sprintf("exit %d, stdout %q, stderr %q", c.Code, c.Stdout, c.Stderr)
}

// runBinary runs agnomed with exactly env (plus PATH/HOME/TMPDIR) and stdin.
func runBinary(t testing.TB, env map[string]string, stdin string, args ...string) CLIResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Env = baseEnv()
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Dir = t.TempDir()
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	res := CLIResult{Stdout: out.String(), Stderr: errb.String()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		res.Code = ee.ExitCode()
	default:
		t.Fatalf("agnomed %s: %v", strings.Join(args, " "), err)
	}
	if ctx.Err() != nil {
		t.Fatalf("agnomed %s: did not finish within 30 s", strings.Join(args, " "))
	}
	return res
}

// runCLI runs an agnomed subcommand configured like the node, so it finds the
// node's admin socket <data_dir>/agnomed.sock.
func runCLI(t testing.TB, n *Node, stdin string, args ...string) CLIResult {
	t.Helper()
	return runBinary(t, n.Env, stdin, args...)
}

// withEnv returns a copy of env with more variables set.
func withEnv(env map[string]string, kv ...string) map[string]string {
	m := make(map[string]string, len(env)+len(kv)/2)
	for k, v := range env {
		m[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

// ---- JWT helpers (reading, never verifying) ----

func jwtPart(t testing.TB, tok string, i int) map[string]any {
	t.Helper()
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		t.Fatalf("not a JWT: %q", tok)
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[i])
	if err != nil {
		t.Fatalf("JWT part %d: %v", i, err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("JWT part %d: %v", i, err)
	}
	return m
}

func jwtHeader(t testing.TB, tok string) map[string]any { return jwtPart(t, tok, 0) }
func jwtClaims(t testing.TB, tok string) map[string]any { return jwtPart(t, tok, 1) }
