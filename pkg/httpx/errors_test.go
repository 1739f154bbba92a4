package httpx_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/pkg/httpx"
)

// errorBody is the contract's error envelope, decoded strictly.
type errorBody struct {
	Error struct {
		Code      string          `json:"code"`
		Message   string          `json:"message"`
		Details   json.RawMessage `json:"details"`
		Timestamp string          `json:"timestamp"`
		RequestID string          `json:"request_id"`
	} `json:"error"`
}

func writeErr(t *testing.T, err error, requestID string) (*httptest.ResponseRecorder, errorBody) {
	t.Helper()
	r := httptest.NewRequest("GET", "/v1/cases/x", nil)
	if requestID != "" {
		r = r.WithContext(httpx.WithRequestID(r.Context(), requestID))
	}
	w := httptest.NewRecorder()
	httpx.WriteError(w, r, err)
	return w, parseErrorBody(t, w.Body.Bytes())
}

func parseErrorBody(t *testing.T, b []byte) errorBody {
	t.Helper()
	// Exactly the contract's keys, nothing else.
	var top map[string]map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatalf("error body %q is not an {\"error\":{...}} object: %v", b, err)
	}
	if len(top) != 1 || top["error"] == nil {
		t.Fatalf("error body %s: want exactly one top-level key \"error\"", b)
	}
	var keys []string
	for k := range top["error"] {
		keys = append(keys, k)
	}
	for _, k := range []string{"code", "message", "details", "timestamp", "request_id"} {
		if _, ok := top["error"][k]; !ok {
			t.Errorf("error body %s lacks %q", b, k)
		}
	}
	if len(keys) != 5 {
		t.Errorf("error body has keys %v, want exactly code,message,details,timestamp,request_id", keys)
	}
	var eb errorBody
	if err := json.Unmarshal(b, &eb); err != nil {
		t.Fatal(err)
	}
	if d := strings.TrimSpace(string(eb.Error.Details)); !strings.HasPrefix(d, "{") {
		t.Errorf("details = %s, want a JSON object (never null)", d)
	}
	ts, err := time.Parse(time.RFC3339, eb.Error.Timestamp)
	if err != nil {
		t.Errorf("timestamp %q is not RFC3339: %v", eb.Error.Timestamp, err)
	} else if d := time.Since(ts); d < -2*time.Second || d > 10*time.Second {
		t.Errorf("timestamp %q is not now", eb.Error.Timestamp)
	}
	return eb
}

func TestStatusForEveryCode(t *testing.T) {
	want := map[string]int{
		httpx.CodeInvalidInput:       400,
		httpx.CodeAuthFailed:         401,
		httpx.CodeTokenExpired:       401,
		httpx.CodeForbidden:          403,
		httpx.CodeNotFound:           404,
		httpx.CodeRateLimited:        429,
		httpx.CodePayloadTooLarge:    413,
		httpx.CodeConflict:           409,
		httpx.CodeNotLeader:          503,
		httpx.CodeInternal:           500,
		httpx.CodePHIDetectionFailed: 422,
		httpx.CodeAgentTimeout:       504,
	}
	// The contract's list of codes, spelled out.
	contract := "INVALID_INPUT, AUTHENTICATION_FAILED, TOKEN_EXPIRED, INSUFFICIENT_PERMISSIONS, RESOURCE_NOT_FOUND, RATE_LIMIT_EXCEEDED, PAYLOAD_TOO_LARGE, CONFLICT, NOT_LEADER_UNAVAILABLE, INTERNAL_ERROR, PHI_DETECTION_FAILED, AGENT_TIMEOUT"
	for _, c := range strings.Split(contract, ", ") {
		if _, ok := want[c]; !ok {
			t.Errorf("contract code %s has no constant", c)
		}
	}
	if len(want) != 12 {
		t.Fatalf("code constants are not distinct: %d", len(want))
	}
	for code, status := range want {
		t.Run(code, func(t *testing.T) {
			e := httpx.Errorf(code, "something about %s", "it")
			if e.Status() != status {
				t.Fatalf("Status() = %d, want %d", e.Status(), status)
			}
			w, body := writeErr(t, e, "req_abc")
			if w.Code != status {
				t.Fatalf("HTTP status %d, want %d", w.Code, status)
			}
			if body.Error.Code != code || body.Error.Message != "something about it" {
				t.Fatalf("body %+v", body.Error)
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Fatalf("Content-Type %q", ct)
			}
		})
	}
	if s := (&httpx.Error{Code: "MADE_UP"}).Status(); s != 500 {
		t.Errorf("unknown code status %d, want 500", s)
	}
}

func TestWriteErrorShape(t *testing.T) {
	_, body := writeErr(t, httpx.Invalid("vitals.spo2", "spo2 must be between 0 and 100"), "req_0123456789abcdef")
	if body.Error.RequestID != "req_0123456789abcdef" {
		t.Errorf("request_id = %q, want the context's", body.Error.RequestID)
	}
	var details map[string]any
	json.Unmarshal(body.Error.Details, &details)
	if details["field"] != "vitals.spo2" {
		t.Errorf("details = %v, want field vitals.spo2", details)
	}
	if !strings.HasSuffix(body.Error.Timestamp, "Z") {
		t.Errorf("timestamp %q is not UTC", body.Error.Timestamp)
	}
}

func TestWriteErrorDetailsNeverNull(t *testing.T) {
	for _, e := range []*httpx.Error{
		{Code: httpx.CodeNotFound, Message: "no such case"},
		{Code: httpx.CodeNotFound, Message: "no such case", Details: map[string]any{}},
		httpx.Errorf(httpx.CodeConflict, "x"),
	} {
		_, body := writeErr(t, e, "")
		if string(body.Error.Details) != "{}" {
			t.Errorf("details = %s, want {}", body.Error.Details)
		}
	}
}

func TestWriteErrorDoesNotEscapeHTML(t *testing.T) {
	w, body := writeErr(t, httpx.Errorf(httpx.CodeInvalidInput, "use <b> & \"quotes\""), "")
	if body.Error.Message != `use <b> & "quotes"` {
		t.Fatalf("message = %q", body.Error.Message)
	}
	if strings.Contains(w.Body.String(), `\u003c`) {
		t.Errorf("body escapes HTML: %s", w.Body)
	}
}

func TestNonAPIErrorBecomesInternalWithoutLeaking(t *testing.T) {
	cause := errors.New(`duckdb: constraint failed on patients.name = "Quillon Marchbanks"`)
	for _, err := range []error{cause, fmt.Errorf("store case: %w", cause), nil} {
		w, body := writeErr(t, err, "req_x")
		if w.Code != 500 || body.Error.Code != httpx.CodeInternal {
			t.Fatalf("status %d code %s, want 500 INTERNAL_ERROR", w.Code, body.Error.Code)
		}
		for _, leak := range []string{"Quillon", "duckdb", "constraint", "store case"} {
			if strings.Contains(w.Body.String(), leak) {
				t.Fatalf("response %s leaks %q from the cause", w.Body, leak)
			}
		}
		if body.Error.Message == "" {
			t.Fatalf("empty message")
		}
		if body.Error.RequestID != "req_x" {
			t.Fatalf("request_id %q", body.Error.RequestID)
		}
	}
}

func TestWrappedAPIErrorKeepsItsCode(t *testing.T) {
	inner := httpx.Errorf(httpx.CodeNotLeader, "leader is node-1").WithDetails("leader_api_addr", "10.0.0.1:8443")
	w, body := writeErr(t, fmt.Errorf("apply: %w", inner), "")
	if w.Code != 503 || body.Error.Code != httpx.CodeNotLeader || body.Error.Message != "leader is node-1" {
		t.Fatalf("wrapped error lost its code: %d %+v", w.Code, body.Error)
	}
	if !strings.Contains(string(body.Error.Details), "10.0.0.1:8443") {
		t.Fatalf("details lost: %s", body.Error.Details)
	}
}

func TestErrorCauseIsLoggedNotSent(t *testing.T) {
	cause := errors.New("disk I/O error at /var/lib/agnomed/db")
	e := &httpx.Error{Code: httpx.CodeInternal, Message: "could not store the case", Cause: cause}
	if !errors.Is(e, cause) {
		t.Errorf("errors.Is does not reach the cause")
	}
	if !strings.Contains(e.Error(), "disk I/O error") || !strings.Contains(e.Error(), httpx.CodeInternal) {
		t.Errorf("Error() = %q should carry code and cause for the log", e.Error())
	}
	w, _ := writeErr(t, e, "")
	if strings.Contains(w.Body.String(), "disk I/O") {
		t.Errorf("response leaks the cause: %s", w.Body)
	}
	if got := httpx.Errorf(httpx.CodeConflict, "taken").Error(); !strings.Contains(got, "CONFLICT") || !strings.Contains(got, "taken") {
		t.Errorf("Error() without cause = %q", got)
	}
}

func TestWithDetails(t *testing.T) {
	e := httpx.Errorf(httpx.CodeRateLimited, "slow down").WithDetails("limit", 5, "retry_after", 30, "dangling")
	if e.Details["limit"] != 5 || e.Details["retry_after"] != 30 {
		t.Fatalf("details %v", e.Details)
	}
	if _, ok := e.Details["dangling"]; ok {
		t.Fatalf("odd trailing key was added: %v", e.Details)
	}
	inv := httpx.Invalid("patient_id", "patient_id is required").WithDetails("hint", "pat_...")
	if inv.Details["field"] != "patient_id" || inv.Details["hint"] != "pat_..." {
		t.Fatalf("WithDetails dropped the field: %v", inv.Details)
	}
}

func TestRequestIDContext(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	if got := httpx.RequestID(r.Context()); got != "" {
		t.Fatalf("RequestID without one set = %q", got)
	}
	ctx := httpx.WithRequestID(r.Context(), "req_1")
	if httpx.RequestID(ctx) != "req_1" {
		t.Fatalf("RequestID round trip failed")
	}
}

func TestWriteJSON(t *testing.T) {
	w := httptest.NewRecorder()
	httpx.WriteJSON(w, http.StatusCreated, map[string]any{"case_id": "case_1", "status": "processing"})
	if w.Code != 201 || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("status %d content-type %q", w.Code, w.Header().Get("Content-Type"))
	}
	var m map[string]string
	if err := json.Unmarshal(w.Body.Bytes(), &m); err != nil || m["case_id"] != "case_1" {
		t.Fatalf("body %s: %v", w.Body, err)
	}
}
