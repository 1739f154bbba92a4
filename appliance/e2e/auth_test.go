package e2e

import (
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/pkg/auth"
	"github.com/agnomedical/agno/pkg/keys"
)

func loginAttempt(t testing.TB, n *Node, username, password string) *Resp {
	t.Helper()
	return n.Do(t, "POST", "/auth/token", "", map[string]string{"username": username, "password": password})
}

// TestAuthentication covers sign-in, lockout, refresh rotation and reuse
// detection, logout, the session cap, disabled accounts and bad tokens.
func TestAuthentication(t *testing.T) {
	t.Parallel()
	n := startNode(t, nil)
	admin := n.AdminToken(t)
	nurseID, nursePW := n.CreateUser(t, admin, "nurse.joy", "nurse")

	// Wrong password and unknown user look the same.
	bad := loginAttempt(t, n, "nurse.joy", "Wrong#Password99")
	wantError(t, bad, 401, "AUTHENTICATION_FAILED", "wrong password")
	unknown := loginAttempt(t, n, "no.such.user", "Wrong#Password99")
	wantError(t, unknown, 401, "AUTHENTICATION_FAILED", "unknown user")
	if bad.Str("error.message") != unknown.Str("error.message") || bad.Str("error.message") == "" {
		t.Errorf("wrong password (%q) and unknown user (%q) must give the same message", bad.Str("error.message"), unknown.Str("error.message"))
	}
	// Form-encoded sign-in (OAuth2 password style) works too.
	r := n.Do(t, "POST", "/auth/token", "", RawBody{ContentType: "application/x-www-form-urlencoded", Data: []byte("username=nurse.joy&password=" + url.QueryEscape(nursePW))})
	wantStatus(t, r, 200, "form sign-in")

	// Lockout: 5 failures, then even the right password is refused.
	for _, user := range []string{"nurse.joy", "ghost.user"} {
		pw := "Wrong#Password99"
		// (The successful form sign-in above cleared nurse.joy's first failure.)
		for i := 0; i < 5; i++ {
			r := loginAttempt(t, n, user, pw)
			wantError(t, r, 401, "AUTHENTICATION_FAILED", "failure "+user)
			if strings.Contains(strings.ToLower(r.Str("error.message")), "lock") {
				t.Fatalf("%s locked after only %d failures: %s", user, i+1, r)
			}
		}
		right := pw
		if user == "nurse.joy" {
			right = nursePW
		}
		r := loginAttempt(t, n, user, right)
		wantError(t, r, 401, "AUTHENTICATION_FAILED", "6th attempt of "+user)
		msg := strings.ToLower(r.Str("error.message"))
		if !strings.Contains(msg, "too many failed") || !strings.Contains(msg, "lock") {
			t.Errorf("6th attempt of %s: want a clear lockout message, got %q", user, r.Str("error.message"))
		}
		if r.Get("access_token") != nil {
			t.Errorf("locked account got a token")
		}
	}
	// The audit log tells lockouts from mere bad passwords.
	locked := 0
	for _, e := range auditEntries(t, n, admin, "action=auth.login&limit=1000") {
		if e.Result == "failure" && strings.Contains(strings.ToLower(e.Reason), "lock") {
			locked++
		}
	}
	if locked != 2 {
		t.Errorf("audit: want 2 auth.login failures with a lockout reason, got %d", locked)
	}
	// An administrator's password reset unlocks.
	newPW := newPassword()
	r = n.Do(t, "POST", "/v1/users/"+nurseID+"/password", admin, map[string]string{"password": newPW})
	wantStatus(t, r, 200, "admin password reset")
	wantError(t, loginAttempt(t, n, "nurse.joy", nursePW), 401, "AUTHENTICATION_FAILED", "old password after reset")
	nurse := n.Login(t, "nurse.joy", newPW)
	nursePW = newPW

	// Refresh rotates; reusing an old refresh token revokes the family.
	refresh := func(tok string) *Resp {
		return n.Do(t, "POST", "/auth/refresh", "", map[string]string{"refresh_token": tok})
	}
	r1 := nurse
	r = refresh(r1.Refresh)
	wantStatus(t, r, 200, "first refresh")
	r2 := Tokens{Access: r.Str("access_token"), Refresh: r.Str("refresh_token")}
	if r2.Refresh == "" || r2.Refresh == r1.Refresh || r2.Access == "" {
		t.Fatalf("refresh did not rotate: %s", r)
	}
	r = refresh(r2.Refresh)
	wantStatus(t, r, 200, "refresh with the new token")
	r3 := Tokens{Access: r.Str("access_token"), Refresh: r.Str("refresh_token")}
	wantStatus(t, n.Do(t, "GET", "/v1/cases", r3.Access, nil), 200, "newest access token")
	r = refresh(r1.Refresh)
	wantError(t, r, 401, "AUTHENTICATION_FAILED", "reuse of a rotated-out refresh token")
	wantError(t, n.Do(t, "GET", "/v1/cases", r3.Access, nil), 401, "AUTHENTICATION_FAILED", "newest access token after reuse")
	wantError(t, refresh(r3.Refresh), 401, "AUTHENTICATION_FAILED", "newest refresh token after reuse")
	wantError(t, refresh("not-a-token"), 401, "AUTHENTICATION_FAILED", "garbage refresh token")

	// Logout revokes the session.
	s := n.Login(t, "nurse.joy", nursePW)
	wantStatus(t, n.Do(t, "GET", "/v1/cases", s.Access, nil), 200, "before logout")
	wantStatus(t, n.Do(t, "POST", "/auth/logout", s.Access, nil), 200, "logout")
	wantError(t, n.Do(t, "GET", "/v1/cases", s.Access, nil), 401, "AUTHENTICATION_FAILED", "access token after logout")
	wantError(t, refresh(s.Refresh), 401, "AUTHENTICATION_FAILED", "refresh token after logout")

	// At most 3 sessions: the 4th sign-in ends the oldest.
	var ss []Tokens
	for i := 0; i < 4; i++ {
		ss = append(ss, n.Login(t, "nurse.joy", nursePW))
	}
	wantError(t, n.Do(t, "GET", "/v1/cases", ss[0].Access, nil), 401, "AUTHENTICATION_FAILED", "oldest of 4 sessions")
	for i := 1; i < 4; i++ {
		wantStatus(t, n.Do(t, "GET", "/v1/cases", ss[i].Access, nil), 200, "newer sessions stay")
	}
	r = n.Do(t, "GET", "/v1/users", admin, nil)
	for _, u := range r.Get("users").([]any) {
		if m := u.(map[string]any); m["username"] == "nurse.joy" && m["active_sessions"] != 3.0 {
			t.Errorf("active_sessions of nurse.joy = %v, want 3", m["active_sessions"])
		}
	}

	// Bad tokens.
	live := ss[3].Access
	parts := strings.Split(live, ".")
	noneHdr := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT","kid":"` + jwtHeader(t, live)["kid"].(string) + `"}`))
	tampered := jwtClaims(t, live)
	tampered["role"] = "admin"
	tb, _ := json.Marshal(tampered)
	for name, tok := range map[string]string{
		"garbage":            "garbage",
		"none alg":           noneHdr + "." + parts[1] + ".",
		"none alg with sig":  noneHdr + "." + parts[1] + "." + parts[2],
		"tampered claims":    parts[0] + "." + base64.RawURLEncoding.EncodeToString(tb) + "." + parts[2],
		"truncated":          live[:len(live)-5],
		"refresh as access":  ss[3].Refresh,
		"empty bearer value": " ",
	} {
		wantError(t, n.Do(t, "GET", "/v1/cases", tok, nil), 401, "AUTHENTICATION_FAILED", name+" token")
	}
	wantError(t, n.Do(t, "GET", "/v1/cases", "", nil), 401, "AUTHENTICATION_FAILED", "no token")
	wantError(t, n.Do(t, "GET", "/v1/cases", "", nil, "Authorization", "Basic YWRtaW46eA=="), 401, "AUTHENTICATION_FAILED", "basic auth")

	// A disabled user cannot sign in, and their tokens stop working.
	r = n.Do(t, "PATCH", "/v1/users/"+nurseID, admin, map[string]any{"disabled": true})
	wantStatus(t, r, 200, "disable user")
	if r.Get("disabled") != true {
		t.Errorf("disable: %s", r)
	}
	for i := 1; i < 4; i++ {
		wantError(t, n.Do(t, "GET", "/v1/cases", ss[i].Access, nil), 401, "AUTHENTICATION_FAILED", "token of a disabled user")
	}
	r = loginAttempt(t, n, "nurse.joy", nursePW)
	wantError(t, r, 401, "AUTHENTICATION_FAILED", "disabled user signs in")
	if r.Str("error.message") != unknown.Str("error.message") {
		t.Errorf("a disabled account should look like any failed sign-in, got %q", r.Str("error.message"))
	}
	wantError(t, n.Do(t, "PATCH", "/v1/users/"+jwtClaims(t, admin)["sub"].(string), admin, map[string]any{"disabled": true}), 409, "CONFLICT", "admin disables themselves")
	wantStatus(t, n.Do(t, "PATCH", "/v1/users/"+nurseID, admin, map[string]any{"disabled": false}), 200, "enable user")
	nurse = n.Login(t, "nurse.joy", nursePW)

	// An expired token (signed with the node's real key, so only its
	// lifetime is wrong) gives TOKEN_EXPIRED. To sign one, read the key the
	// way an attacker with the disk and the master key could.
	n.Stop()
	kr := nodeKeyring(t, n)
	claims := jwtClaims(t, nurse.Access)
	mk := func(at time.Time) string {
		tok, err := kr.Issue(auth.Claims{UserID: nurse.UserID, Username: "nurse.joy", Role: auth.RoleNurse, SessionID: claims["sid"].(string)}, at)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	expired, fresh := mk(time.Now().Add(-2*time.Hour)), mk(time.Now())
	n.Start()
	wantStatus(t, n.Do(t, "GET", "/v1/cases", fresh, nil), 200, "control: a token forged now with the same key works")
	wantError(t, n.Do(t, "GET", "/v1/cases", expired, nil), 401, "TOKEN_EXPIRED", "expired token")
	wantStatus(t, n.Do(t, "GET", "/v1/cases", nurse.Access, nil), 200, "session survives the restart")
}

// nodeKeyring rebuilds the node's JWT keyring from its (stopped) data dir.
func nodeKeyring(t *testing.T, n *Node) *auth.Keyring {
	t.Helper()
	mb, err := os.ReadFile(filepath.Join(n.DataDir, "master.key"))
	if err != nil {
		t.Fatal(err)
	}
	master, err := keys.ParseKey(string(mb))
	if err != nil {
		t.Fatal(err)
	}
	ring, err := keys.NewRing(master)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", filepath.Join(n.DataDir, "db", "agnomed.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var kid string
	var wrapped []byte
	var created time.Time
	if err := db.QueryRow(`SELECT kid, wrapped, created_at FROM jwt_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1`).Scan(&kid, &wrapped, &created); err != nil {
		t.Fatalf("read the JWT key: %v", err)
	}
	secret, err := ring.UnwrapSecret("jwt|"+kid, wrapped)
	if err != nil {
		t.Fatal(err)
	}
	kr, err := auth.NewKeyring([]auth.SigningKey{{KID: kid, Secret: secret, Created: created.Add(-24 * time.Hour)}})
	if err != nil {
		t.Fatal(err)
	}
	return kr
}
