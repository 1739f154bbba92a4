// Package httpx holds what every HTTP surface of the product shares: the one
// error shape of the contract, request ids, strict JSON decoding, security
// headers and rate limits.
package httpx

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Error codes of the contract.
const (
	CodeInvalidInput       = "INVALID_INPUT"
	CodeAuthFailed         = "AUTHENTICATION_FAILED"
	CodeTokenExpired       = "TOKEN_EXPIRED"
	CodeForbidden          = "INSUFFICIENT_PERMISSIONS"
	CodeNotFound           = "RESOURCE_NOT_FOUND"
	CodeRateLimited        = "RATE_LIMIT_EXCEEDED"
	CodePayloadTooLarge    = "PAYLOAD_TOO_LARGE"
	CodeConflict           = "CONFLICT"
	CodeNotLeader          = "NOT_LEADER_UNAVAILABLE"
	CodeInternal           = "INTERNAL_ERROR"
	CodePHIDetectionFailed = "PHI_DETECTION_FAILED"
	CodeAgentTimeout       = "AGENT_TIMEOUT"
)

var statusOf = map[string]int{
	CodeInvalidInput:       http.StatusBadRequest,
	CodeAuthFailed:         http.StatusUnauthorized,
	CodeTokenExpired:       http.StatusUnauthorized,
	CodeForbidden:          http.StatusForbidden,
	CodeNotFound:           http.StatusNotFound,
	CodeRateLimited:        http.StatusTooManyRequests,
	CodePayloadTooLarge:    http.StatusRequestEntityTooLarge,
	CodeConflict:           http.StatusConflict,
	CodeNotLeader:          http.StatusServiceUnavailable,
	CodeInternal:           http.StatusInternalServerError,
	CodePHIDetectionFailed: http.StatusUnprocessableEntity,
	CodeAgentTimeout:       http.StatusGatewayTimeout,
}

// Error is an API error. Message and Details go to the client, so they must
// never carry PHI or internals; Cause is logged only.
type Error struct {
	Code    string
	Message string
	Details map[string]any
	Cause   error
}

func (e *Error) Error() string {
	if e.Cause != nil {
		return e.Code + ": " + e.Message + ": " + e.Cause.Error()
	}
	return e.Code + ": " + e.Message
}

func (e *Error) Unwrap() error { return e.Cause }

// Status is the HTTP status for the error's code.
func (e *Error) Status() int {
	if s, ok := statusOf[e.Code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Errorf builds an Error.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid is INVALID_INPUT naming the field at fault.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: CodeInvalidInput, Message: fmt.Sprintf(format, args...), Details: map[string]any{"field": field}}
}

// WithDetails adds details and returns the error.
func (e *Error) WithDetails(kv ...any) *Error {
	if e.Details == nil {
		e.Details = map[string]any{}
	}
	for i := 0; i+1 < len(kv); i += 2 {
		e.Details[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return e
}

type ctxKey int

const requestIDKey ctxKey = 1

// RequestID returns the request's id ("req_..."), set by the middleware.
func RequestID(ctx context.Context) string {
	s, _ := ctx.Value(requestIDKey).(string)
	return s
}

// WithRequestID stores a request id in ctx.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

// NewRequestID returns a random request id.
func NewRequestID() string {
	var b [10]byte
	rand.Read(b[:])
	return "req_" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}

// WriteError writes err in the contract's shape. Errors that are not *Error
// become INTERNAL_ERROR with a generic message: internals never reach clients.
func WriteError(w http.ResponseWriter, r *http.Request, err error) {
	var e *Error
	if !errors.As(err, &e) {
		e = &Error{Code: CodeInternal, Message: "internal error; see the node log with this request_id", Cause: err}
	}
	body := map[string]any{"error": map[string]any{
		"code":       e.Code,
		"message":    e.Message,
		"details":    nonNil(e.Details),
		"timestamp":  time.Now().UTC().Format(time.RFC3339),
		"request_id": RequestID(r.Context()),
	}}
	WriteJSON(w, e.Status(), body)
}

func nonNil(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

// WriteJSON writes v as JSON with the given status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// DecodeJSON decodes exactly one JSON object from r into v, rejecting unknown
// fields, wrong types, trailing data and bodies over max bytes, each with an
// INVALID_INPUT or PAYLOAD_TOO_LARGE error that names the field.
func DecodeJSON(r io.Reader, max int64, v any) error {
	lr := &io.LimitedReader{R: r, N: max + 1}
	dec := json.NewDecoder(lr)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if lr.N <= 0 {
		return Errorf(CodePayloadTooLarge, "request body exceeds %d bytes", max).WithDetails("limit_bytes", max)
	}
	if err != nil {
		return jsonError(err)
	}
	if dec.More() {
		return Errorf(CodeInvalidInput, "request body must hold exactly one JSON object")
	}
	if _, err := dec.Token(); err != io.EOF {
		if lr.N <= 0 {
			return Errorf(CodePayloadTooLarge, "request body exceeds %d bytes", max).WithDetails("limit_bytes", max)
		}
		return Errorf(CodeInvalidInput, "request body must hold exactly one JSON object")
	}
	return nil
}

func jsonError(err error) *Error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if field == "" {
			field = "(body)"
		}
		return Invalid(field, "field %q must be %s, not %s", field, jsonKind(typeErr.Type.Kind().String()), typeErr.Value)
	case errors.As(err, &syntaxErr):
		return Errorf(CodeInvalidInput, "malformed JSON at byte %d", syntaxErr.Offset).WithDetails("offset", syntaxErr.Offset)
	case errors.Is(err, io.EOF):
		return Errorf(CodeInvalidInput, "request body is empty; a JSON object is required")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return Errorf(CodeInvalidInput, "request body is truncated JSON")
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		f = strings.Trim(f, `"`)
		return Invalid(f, "unknown field %q", f)
	}
	return Errorf(CodeInvalidInput, "invalid JSON body")
}

func jsonKind(k string) string {
	switch k {
	case "float64", "float32", "int", "int64", "int32", "uint", "uint64":
		return "a number"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice":
		return "an array"
	case "struct", "map", "ptr":
		return "an object"
	}
	return k
}
