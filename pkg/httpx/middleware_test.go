package httpx_test

import (
	"bytes"
	"crypto/tls"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/agnomedical/agno/pkg/httpx"
)

func okHandler(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }

func TestSecurityHeaders(t *testing.T) {
	h := httpx.SecurityHeaders(http.HandlerFunc(okHandler))
	for _, useTLS := range []bool{false, true} {
		r := httptest.NewRequest("GET", "/v1/cases", nil)
		if useTLS {
			r.TLS = &tls.ConnectionState{Version: tls.VersionTLS13}
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		hd := w.Header()
		csp := hd.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("CSP %q lacks %q", csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") || strings.Contains(csp, "*") {
			t.Errorf("CSP %q allows unsafe sources", csp)
		}
		if got := hd.Get("X-Frame-Options"); got != "DENY" {
			t.Errorf("X-Frame-Options = %q, want DENY", got)
		}
		if got := hd.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
		}
		if got := hd.Get("Referrer-Policy"); got != "no-referrer" && got != "same-origin" && got != "strict-origin-when-cross-origin" {
			t.Errorf("Referrer-Policy = %q: PHI in URLs must not leak to other sites", got)
		}
		if got := hd.Get("Cache-Control"); !strings.Contains(got, "no-store") {
			t.Errorf("Cache-Control = %q: PHI responses must not be cached", got)
		}
		hsts := hd.Get("Strict-Transport-Security")
		if useTLS {
			m := regexp.MustCompile(`max-age=(\d+)`).FindStringSubmatch(hsts)
			if m == nil {
				t.Errorf("HSTS = %q under TLS, want max-age", hsts)
			} else if n, _ := strconv.Atoi(m[1]); n < 31536000 {
				t.Errorf("HSTS max-age %d < one year", n)
			}
		} else if hsts != "" {
			t.Errorf("HSTS %q sent over plain HTTP", hsts)
		}
		if w.Body.String() != "ok" {
			t.Errorf("body %q: the wrapped handler did not run", w.Body)
		}
	}
}

func TestSecurityHeadersOverRealConnections(t *testing.T) {
	h := httpx.SecurityHeaders(http.HandlerFunc(okHandler))
	plain := httptest.NewServer(h)
	defer plain.Close()
	secure := httptest.NewTLSServer(h)
	defer secure.Close()

	resp, err := plain.Client().Get(plain.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Strict-Transport-Security") != "" {
		t.Errorf("HSTS over plain HTTP")
	}
	resp, err = secure.Client().Get(secure.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Strict-Transport-Security") == "" {
		t.Errorf("no HSTS over TLS")
	}
	if resp.Header.Get("X-Frame-Options") != "DENY" {
		t.Errorf("X-Frame-Options missing over TLS")
	}
}

func TestSecurityHeadersOnErrors(t *testing.T) {
	h := httpx.SecurityHeaders(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		httpx.WriteError(w, r, httpx.Errorf(httpx.CodeNotFound, "no such case"))
	}))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/x", nil))
	if w.Code != 404 || w.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("error response lacks security headers: %d %v", w.Code, w.Header())
	}
}

var requestIDRE = regexp.MustCompile(`^req_[a-z2-7]{16}$`)

func TestRequestIDs(t *testing.T) {
	var seenCtx string
	h := httpx.RequestIDs(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seenCtx = httpx.RequestID(r.Context())
		httpx.WriteError(w, r, httpx.Errorf(httpx.CodeConflict, "x"))
	}))
	ids := map[string]bool{}
	for i := 0; i < 2000; i++ {
		r := httptest.NewRequest("POST", "/v1/cases", nil)
		r.Header.Set("X-Request-ID", "req_attacker\nInjected: yes")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		id := w.Header().Get("X-Request-ID")
		if !requestIDRE.MatchString(id) {
			t.Fatalf("X-Request-ID = %q, want req_ + 16 base32 chars", id)
		}
		if seenCtx != id {
			t.Fatalf("context id %q != header id %q", seenCtx, id)
		}
		if ids[id] {
			t.Fatalf("request id %q repeated after %d requests", id, i)
		}
		ids[id] = true
		if i == 0 {
			body := parseErrorBody(t, w.Body.Bytes())
			if body.Error.RequestID != id {
				t.Fatalf("error request_id %q != header %q", body.Error.RequestID, id)
			}
		}
	}
	if !requestIDRE.MatchString(httpx.NewRequestID()) {
		t.Fatalf("NewRequestID format")
	}
}

func TestRecoverTurnsPanicIntoInternalError(t *testing.T) {
	var logBuf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logBuf, nil))
	secret := "patient Quillon Marchbanks CPF 123.456.789-09"
	h := httpx.RequestIDs(httpx.Recover(log)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		panic(secret)
	})))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/v1/cases/1", nil))
	if w.Code != 500 {
		t.Fatalf("status %d, want 500", w.Code)
	}
	body := parseErrorBody(t, w.Body.Bytes())
	if body.Error.Code != httpx.CodeInternal {
		t.Fatalf("code %s", body.Error.Code)
	}
	for _, leak := range []string{"Quillon", "123.456", "goroutine", ".go:"} {
		if strings.Contains(w.Body.String(), leak) {
			t.Fatalf("response leaks %q: %s", leak, w.Body)
		}
	}
	id := w.Header().Get("X-Request-ID")
	if body.Error.RequestID != id || id == "" {
		t.Fatalf("request_id %q, header %q", body.Error.RequestID, id)
	}
	// Operators find it in the log by the request id.
	if !strings.Contains(logBuf.String(), id) || !strings.Contains(logBuf.String(), "panic") {
		t.Fatalf("log does not record the panic with its request id: %s", logBuf.String())
	}
}

func TestRecoverPassesThroughAndReraisesAbort(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	w := httptest.NewRecorder()
	httpx.Recover(log)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
		io.WriteString(w, "fine")
	})).ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	if w.Code != 202 || w.Body.String() != "fine" {
		t.Fatalf("normal response altered: %d %q", w.Code, w.Body)
	}

	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Fatalf("recovered %v, want http.ErrAbortHandler re-raised for net/http", v)
		}
	}()
	httpx.Recover(log)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		panic(http.ErrAbortHandler)
	})).ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	t.Fatalf("ErrAbortHandler was swallowed")
}

func TestRecoverWithErrorValuePanic(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	w := httptest.NewRecorder()
	httpx.Recover(log)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]int
		m["x"] = 1 // runtime error
	})).ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	if w.Code != 500 || strings.Contains(w.Body.String(), "nil map") {
		t.Fatalf("runtime panic: %d %s", w.Code, w.Body)
	}
}

func TestStatusRecorder(t *testing.T) {
	t.Run("explicit status", func(t *testing.T) {
		rec := httptest.NewRecorder()
		s := &httpx.StatusRecorder{ResponseWriter: rec}
		s.WriteHeader(http.StatusCreated)
		s.WriteHeader(http.StatusInternalServerError) // superfluous; must not change the record
		n, err := s.Write([]byte("hello"))
		if err != nil || n != 5 {
			t.Fatal(n, err)
		}
		s.Write([]byte(" world"))
		if s.Status != 201 || s.Bytes != 11 {
			t.Fatalf("Status %d Bytes %d, want 201, 11", s.Status, s.Bytes)
		}
		if rec.Code != 201 || rec.Body.String() != "hello world" {
			t.Fatalf("underlying writer got %d %q", rec.Code, rec.Body)
		}
	})
	t.Run("implicit 200", func(t *testing.T) {
		s := &httpx.StatusRecorder{ResponseWriter: httptest.NewRecorder()}
		s.Write([]byte("x"))
		if s.Status != 200 {
			t.Fatalf("Status %d, want 200", s.Status)
		}
	})
	t.Run("nothing written", func(t *testing.T) {
		s := &httpx.StatusRecorder{ResponseWriter: httptest.NewRecorder()}
		if s.Status != 0 || s.Bytes != 0 {
			t.Fatalf("fresh recorder %+v", s)
		}
	})
	t.Run("through WriteError", func(t *testing.T) {
		s := &httpx.StatusRecorder{ResponseWriter: httptest.NewRecorder()}
		httpx.WriteError(s, httptest.NewRequest("GET", "/", nil), httpx.Errorf(httpx.CodeRateLimited, "slow"))
		if s.Status != 429 || s.Bytes == 0 {
			t.Fatalf("Status %d Bytes %d", s.Status, s.Bytes)
		}
	})
	t.Run("response controller reaches the real writer", func(t *testing.T) {
		rec := httptest.NewRecorder()
		s := &httpx.StatusRecorder{ResponseWriter: rec}
		if err := http.NewResponseController(s).Flush(); err != nil {
			t.Fatalf("Flush through StatusRecorder: %v", err)
		}
		if !rec.Flushed {
			t.Fatalf("underlying writer not flushed")
		}
	})
}
