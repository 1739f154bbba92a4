package e2e

import (
	"encoding/base64"
	"strings"
	"testing"
)

func oneLine(t *testing.T, what, s string) {
	t.Helper()
	if lines := strings.Split(strings.TrimRight(s, "\n"), "\n"); len(lines) != 1 || strings.TrimSpace(lines[0]) == "" {
		t.Errorf("%s: want exactly one line on stderr, got %q", what, s)
	}
}

// TestCLI drives the agnomed command line as clinic IT would: help, version,
// errors, and user, key, session and audit administration against a running
// node through its admin socket.
func TestCLI(t *testing.T) {
	t.Parallel()
	// Commands that need no node.
	res := runBinary(t, nil, "", "version")
	if res.Code != 0 || !strings.HasPrefix(res.Stdout, "agnomed ") {
		t.Errorf("agnomed version: %s", res)
	}
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"help"},
		{"serve", "--help"}, {"service", "--help"}, {"user", "--help"}, {"keys", "--help"},
		{"sessions", "--help"}, {"audit", "--help"}, {"cluster", "--help"}, {"version", "--help"},
		{"user", "add", "--help"}, {"keys", "generate", "--help"}, {"sessions", "invalidate", "--help"}, {"audit", "verify", "--help"},
	} {
		res := runBinary(t, nil, "", args...)
		if res.Code != 0 || !strings.Contains(strings.ToLower(res.Stdout), "usage") {
			t.Errorf("agnomed %s: want exit 0 and usage on stdout, got %s", strings.Join(args, " "), res)
		}
	}
	res = runBinary(t, nil, "", "frobnicate")
	if res.Code == 0 {
		t.Errorf("unknown command exited 0: %s", res)
	}
	oneLine(t, "unknown command", res.Stderr)
	if !strings.Contains(res.Stderr, "frobnicate") {
		t.Errorf("unknown command: the error should name it: %q", res.Stderr)
	}
	res = runBinary(t, nil, "", "keys", "generate")
	key, err := base64.StdEncoding.DecodeString(strings.TrimSpace(res.Stdout))
	if res.Code != 0 || err != nil || len(key) != 32 || strings.Count(res.Stdout, "\n") != 1 {
		t.Errorf("keys generate: want one line of standard base64 of 32 bytes, got %s (%v, %d bytes)", res, err, len(key))
	}
	if res2 := runBinary(t, nil, "", "keys", "generate"); res2.Stdout == res.Stdout {
		t.Errorf("keys generate printed the same key twice")
	}

	n := startNode(t, nil)
	// Without a node on that data dir, admin commands fail in one line.
	res = runBinary(t, map[string]string{"AGNOMED_DATA_DIR": t.TempDir()}, "", "user", "list")
	if res.Code == 0 {
		t.Errorf("user list without a node exited 0: %s", res)
	}
	oneLine(t, "user list without a node", res.Stderr)

	admin := n.AdminToken(t)

	// user add / list / disable / enable / passwd.
	pw := newPassword()
	res = runCLI(t, n, pw+"\n", "user", "add", "--username", "nurse.cli", "--role", "nurse", "--password-stdin")
	if res.Code != 0 || !strings.Contains(res.Stdout, "nurse.cli") {
		t.Fatalf("user add: %s", res)
	}
	nurse := n.Login(t, "nurse.cli", pw)
	res = runCLI(t, n, "weak\n", "user", "add", "--username", "weak.cli", "--role", "nurse", "--password-stdin")
	if res.Code == 0 {
		t.Errorf("user add with a weak password exited 0: %s", res)
	}
	oneLine(t, "user add with a weak password", res.Stderr)
	res = runCLI(t, n, newPassword()+"\n", "user", "add", "--username", "x.cli", "--role", "janitor", "--password-stdin")
	if res.Code == 0 {
		t.Errorf("user add with a bad role exited 0: %s", res)
	}
	oneLine(t, "user add with a bad role", res.Stderr)

	// The password may also come from AGNOMED_NEW_PASSWORD, as --help says.
	envPW := newPassword()
	res = runBinary(t, withEnv(n.Env, "AGNOMED_NEW_PASSWORD", envPW), "", "user", "add", "--username", "staff.env", "--role", "staff")
	if res.Code != 0 {
		t.Errorf("user add with AGNOMED_NEW_PASSWORD: %s", res)
	} else {
		n.Login(t, "staff.env", envPW)
	}

	res = runCLI(t, n, "", "user", "list")
	if res.Code != 0 || !strings.Contains(res.Stdout, "nurse.cli") || !strings.Contains(res.Stdout, "admin") || !strings.Contains(res.Stdout, "USERNAME") {
		t.Errorf("user list: %s", res)
	}
	res = runCLI(t, n, "", "user", "disable", "nurse.cli")
	if res.Code != 0 {
		t.Fatalf("user disable: %s", res)
	}
	wantError(t, n.Do(t, "GET", "/v1/cases", nurse.Access, nil), 401, "AUTHENTICATION_FAILED", "token of a user disabled by the CLI")
	wantError(t, loginAttempt(t, n, "nurse.cli", pw), 401, "AUTHENTICATION_FAILED", "sign-in of a user disabled by the CLI")
	if res = runCLI(t, n, "", "user", "enable", "nurse.cli"); res.Code != 0 {
		t.Fatalf("user enable: %s", res)
	}
	nurse = n.Login(t, "nurse.cli", pw)
	res = runCLI(t, n, "", "user", "disable", "nobody.here")
	if res.Code == 0 {
		t.Errorf("disable of an unknown user exited 0: %s", res)
	}
	oneLine(t, "disable of an unknown user", res.Stderr)

	pw2 := newPassword()
	res = runCLI(t, n, pw2+"\n", "user", "passwd", "nurse.cli", "--password-stdin") // the form --help documents
	if res.Code != 0 {
		t.Fatalf("user passwd NAME --password-stdin: %s", res)
	}
	wantError(t, n.Do(t, "GET", "/v1/cases", nurse.Access, nil), 401, "AUTHENTICATION_FAILED", "session from before a CLI password change")
	wantError(t, loginAttempt(t, n, "nurse.cli", pw), 401, "AUTHENTICATION_FAILED", "old password after CLI passwd")
	nurse = n.Login(t, "nurse.cli", pw2)

	// keys rotate-jwt: old tokens keep working, new ones use the new key.
	before := n.Login(t, "admin", adminPassword).Access
	res = runCLI(t, n, "", "keys", "rotate-jwt")
	if res.Code != 0 {
		t.Fatalf("keys rotate-jwt: %s", res)
	}
	after := n.Login(t, "admin", adminPassword).Access
	if k1, k2 := jwtHeader(t, before)["kid"], jwtHeader(t, after)["kid"]; k1 == k2 || k1 == nil || k2 == nil {
		t.Errorf("rotate-jwt: kid before %v, after %v: want two different kids", k1, k2)
	}
	wantStatus(t, n.Do(t, "GET", "/v1/users", before, nil), 200, "token signed before the rotation")
	wantStatus(t, n.Do(t, "GET", "/v1/users", after, nil), 200, "token signed after the rotation")
	wantStatus(t, n.Do(t, "GET", "/v1/cases", nurse.Access, nil), 200, "nurse token from before the rotation")
	for _, a := range []string{"rotate-api-keys", "frob"} {
		res = runCLI(t, n, "", "keys", a)
		if res.Code == 0 {
			t.Errorf("keys %s exited 0: %s", a, res)
		}
		oneLine(t, "keys "+a, res.Stderr)
	}

	// sessions invalidate --user, then --all.
	other := n.Login(t, "nurse.cli", pw2)
	res = runCLI(t, n, "", "sessions", "invalidate", "--user", "nurse.cli")
	if res.Code != 0 {
		t.Fatalf("sessions invalidate --user: %s", res)
	}
	wantError(t, n.Do(t, "GET", "/v1/cases", nurse.Access, nil), 401, "AUTHENTICATION_FAILED", "nurse token after invalidate --user")
	wantError(t, n.Do(t, "GET", "/v1/cases", other.Access, nil), 401, "AUTHENTICATION_FAILED", "second nurse session after invalidate --user")
	wantError(t, n.Do(t, "POST", "/auth/refresh", "", map[string]string{"refresh_token": other.Refresh}), 401, "AUTHENTICATION_FAILED", "nurse refresh after invalidate --user")
	wantStatus(t, n.Do(t, "GET", "/v1/users", admin, nil), 200, "admin untouched by invalidate --user")
	nurse = n.Login(t, "nurse.cli", pw2)
	res = runCLI(t, n, "", "sessions", "invalidate")
	if res.Code == 0 {
		t.Errorf("sessions invalidate without --user or --all exited 0: %s", res)
	}
	oneLine(t, "sessions invalidate without a target", res.Stderr)
	res = runCLI(t, n, "", "sessions", "invalidate", "--all")
	if res.Code != 0 {
		t.Fatalf("sessions invalidate --all: %s", res)
	}
	for name, tok := range map[string]string{"admin": admin, "admin (new key)": after, "nurse": nurse.Access} {
		wantError(t, n.Do(t, "GET", "/v1/users", tok, nil), 401, "AUTHENTICATION_FAILED", name+" token after invalidate --all")
	}
	admin = n.AdminToken(t)

	// audit verify on a clean chain, and the CLI's own actions are audited.
	res = runCLI(t, n, "", "audit", "verify")
	if res.Code != 0 || !strings.Contains(res.Stdout, "intact") {
		t.Errorf("audit verify on a clean chain: %s", res)
	}
	entries := auditEntries(t, n, admin, "action=sessions.invalidate")
	if len(entries) != 2 {
		t.Errorf("audit: want 2 sessions.invalidate entries from the CLI, got %d", len(entries))
	}
	res = runCLI(t, n, "", "cluster", "status")
	if res.Code != 0 || !strings.Contains(res.Stdout, `"leader"`) {
		t.Errorf("cluster status: %s", res)
	}
}
