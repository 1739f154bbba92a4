package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

func checkLimitHeaders(t *testing.T, r *Resp, limit, remaining int, what string) {
	t.Helper()
	if got := r.Header.Get("X-RateLimit-Limit"); got != strconv.Itoa(limit) {
		t.Errorf("%s: X-RateLimit-Limit = %q, want %d", what, got, limit)
	}
	if got := r.Header.Get("X-RateLimit-Remaining"); got != strconv.Itoa(remaining) {
		t.Errorf("%s: X-RateLimit-Remaining = %q, want %d", what, got, remaining)
	}
	reset, err := strconv.ParseInt(r.Header.Get("X-RateLimit-Reset"), 10, 64)
	now := time.Now().Unix()
	if err != nil || reset < now || reset > now+61 {
		t.Errorf("%s: X-RateLimit-Reset = %q, want a Unix time within the next minute", what, r.Header.Get("X-RateLimit-Reset"))
	}
}

// TestRateLimits runs with the default limits on: 5 sign-in attempts a
// minute per IP and 10 case creations a minute per user.
func TestRateLimits(t *testing.T) {
	t.Parallel()
	n := startNode(t, map[string]string{"AGNOMED_RATE_LIMITS": ""})

	r := loginAttempt(t, n, "admin", adminPassword) // 1
	wantStatus(t, r, 200, "admin sign-in")
	checkLimitHeaders(t, r, 5, 4, "1st sign-in")
	admin := r.Str("access_token")
	_, pwA := n.CreateUser(t, admin, "dr.a", "physician")
	_, pwB := n.CreateUser(t, admin, "dr.b", "physician")
	a := n.Login(t, "dr.a", pwA) // 2
	b := n.Login(t, "dr.b", pwB) // 3

	// Case creation: 10 per user per minute.
	for i := 1; i <= 10; i++ {
		r := n.Do(t, "POST", "/v1/cases", a.Access, map[string]any{"patient_id": "pat_rl"})
		wantStatus(t, r, 201, "case creation within the limit")
		checkLimitHeaders(t, r, 10, 10-i, "case creation "+strconv.Itoa(i))
	}
	r = n.Do(t, "POST", "/v1/cases", a.Access, map[string]any{"patient_id": "pat_rl"})
	wantError(t, r, 429, "RATE_LIMIT_EXCEEDED", "11th case creation in a minute")
	checkLimitHeaders(t, r, 10, 0, "11th case creation")
	if ra, err := strconv.Atoi(r.Header.Get("Retry-After")); err != nil || ra < 1 || ra > 60 {
		t.Errorf("429 Retry-After = %q, want 1..60 seconds", r.Header.Get("Retry-After"))
	}
	wantStatus(t, n.Do(t, "POST", "/v1/cases", b.Access, map[string]any{"patient_id": "pat_rl"}), 201, "another user is not limited by dr.a's burst")
	r = n.Do(t, "GET", "/v1/cases", a.Access, nil)
	wantStatus(t, r, 200, "reads are limited separately")
	if r.Num("total") != 11 {
		t.Errorf("the refused creation must not have created a case: total %v, want 11", r.Get("total"))
	}

	// Sign-in: 5 attempts per IP per minute, failures included.
	wantError(t, loginAttempt(t, n, "dr.a", "Wrong#Password99"), 401, "AUTHENTICATION_FAILED", "4th attempt")
	r = loginAttempt(t, n, "dr.a", pwA) // 5th
	wantStatus(t, r, 200, "5th attempt")
	checkLimitHeaders(t, r, 5, 0, "5th sign-in")
	r = loginAttempt(t, n, "dr.b", pwB) // 6th
	wantError(t, r, 429, "RATE_LIMIT_EXCEEDED", "6th sign-in attempt in a minute")
	checkLimitHeaders(t, r, 5, 0, "6th sign-in")
	ra, err := strconv.Atoi(r.Header.Get("Retry-After"))
	if err != nil || ra < 1 || ra > 60 {
		t.Errorf("429 Retry-After = %q, want 1..60 seconds", r.Header.Get("Retry-After"))
	}
	if r.Get("access_token") != nil {
		t.Errorf("a rate-limited sign-in returned a token")
	}
	wantError(t, n.Do(t, "POST", "/auth/refresh", "", map[string]string{"refresh_token": b.Refresh}), 429, "RATE_LIMIT_EXCEEDED", "refresh shares the sign-in limit")
	// Signed-in users keep working.
	wantStatus(t, n.Do(t, "GET", "/v1/users", admin, nil), 200, "admin API while sign-in is limited")
	// Refusals are counted.
	r = n.Do(t, "GET", "/metrics", admin, nil)
	wantStatus(t, r, 200, "metrics")
	for _, class := range []string{"auth", "case_create"} {
		line := `http_rate_limited_total{class="` + class + `"} `
		if !containsLinePrefix(string(r.Raw), line) || containsLinePrefix(string(r.Raw), line+"0\n") {
			t.Errorf("metrics: %s should be non-zero", line)
		}
	}
}

func containsLinePrefix(text, prefix string) bool {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line+"\n", prefix) {
			return true
		}
	}
	return false
}
