// Package httpx holds what every HTTP surface of the product shares: the one
// error shape of the contract, request ids, strict JSON decoding, security
// headers and rate limits.
package httpx

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strconv"
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
	// seen keeps what the decoder read (at most max+1 bytes), so that an
	// unknown field can be named by its path: encoding/json names only the key.
	var seen bytes.Buffer
	dec := json.NewDecoder(io.TeeReader(lr, &seen))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	tooLarge := func() error {
		return Errorf(CodePayloadTooLarge, "request body exceeds %d bytes", max).WithDetails("limit_bytes", max)
	}
	if lr.N <= 0 {
		return tooLarge()
	}
	if err != nil {
		return jsonError(err, seen.Bytes(), reflect.TypeOf(v))
	}
	trailing := dec.More()
	if !trailing {
		_, err := dec.Token()
		trailing = err != io.EOF
	}
	// Checked after reading on: padding past the limit is still too large.
	if lr.N <= 0 {
		return tooLarge()
	}
	if trailing {
		return Errorf(CodeInvalidInput, "request body must hold exactly one JSON object")
	}
	return nil
}

func jsonError(err error, body []byte, target reflect.Type) *Error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if field == "" {
			field = "(body)"
		}
		// Value is "number 55.5" for numbers: keep the kind, never echo the value.
		kind, _, _ := strings.Cut(typeErr.Value, " ")
		return Invalid(field, "field %q must be %s, not %s", field, jsonKind(typeErr.Type.Kind().String()), kind)
	case errors.As(err, &syntaxErr):
		return Errorf(CodeInvalidInput, "malformed JSON at byte %d", syntaxErr.Offset).WithDetails("offset", syntaxErr.Offset)
	case errors.Is(err, io.EOF):
		return Errorf(CodeInvalidInput, "request body is empty; a JSON object is required")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return Errorf(CodeInvalidInput, "request body is truncated JSON")
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		if u, uerr := strconv.Unquote(f); uerr == nil {
			f = u
		} else {
			f = strings.Trim(f, `"`)
		}
		if p, found := unknownFieldPath(body, target); found && (p == f || strings.HasSuffix(p, "."+f)) {
			f = p
		}
		return Invalid(f, "unknown field %q", f)
	}
	return Errorf(CodeInvalidInput, "invalid JSON body")
}

// unknownFieldPath finds, in document order, the first object key in body
// that t has no field for, and returns its dotted path ("vitals.foo"), the
// way encoding/json names fields in type errors (no array indexes).
func unknownFieldPath(body []byte, t reflect.Type) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	p, found, _ := walkUnknown(dec, t, "")
	return p, found
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

func walkUnknown(dec *json.Decoder, t reflect.Type, path string) (string, bool, error) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() == reflect.Interface || reflect.PointerTo(t).Implements(unmarshalerType) {
		var skip json.RawMessage // anything goes here
		return "", false, dec.Decode(&skip)
	}
	tok, err := dec.Token()
	if err != nil {
		return "", false, err
	}
	join := func(k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	switch tok {
	case json.Delim('{'):
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return "", false, err
			}
			key, _ := kt.(string)
			var ft reflect.Type
			switch t.Kind() {
			case reflect.Struct:
				var ok bool
				if ft, ok = structField(t, key); !ok {
					return join(key), true, nil
				}
			case reflect.Map:
				ft = t.Elem()
			}
			if p, found, err := walkUnknown(dec, ft, join(key)); found || err != nil {
				return p, found, err
			}
		}
		_, err = dec.Token()
		return "", false, err
	case json.Delim('['):
		var et reflect.Type
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			et = t.Elem()
		}
		for dec.More() {
			if p, found, err := walkUnknown(dec, et, path); found || err != nil {
				return p, found, err
			}
		}
		_, err = dec.Token()
		return "", false, err
	}
	return "", false, nil
}

// structField finds the field encoding/json would decode key into: exact
// name first, then a case-insensitive match; embedded structs are promoted.
func structField(t reflect.Type, key string) (reflect.Type, bool) {
	var folded reflect.Type
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				if ft, ok := structField(et, key); ok {
					return ft, true
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if name == key {
			return f.Type, true
		}
		if folded == nil && strings.EqualFold(name, key) {
			folded = f.Type
		}
	}
	return folded, folded != nil
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
