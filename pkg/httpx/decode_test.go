package httpx_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/agnomedical/agno/pkg/httpx"
)

// caseInput mirrors the shape of the contract's case input: nested object,
// pointer to object, array of objects, arrays of strings.
type caseInput struct {
	PatientID     string   `json:"patient_id"`
	Priority      string   `json:"priority"`
	ClinicalNotes string   `json:"clinical_notes"`
	Patient       patient  `json:"patient"`
	Vitals        *vitals  `json:"vitals"`
	Labs          []lab    `json:"labs"`
	Medications   []string `json:"medications"`
	SeverityScore *int     `json:"severity_rating"`
}

type patient struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

type vitals struct {
	HeartRate int     `json:"heart_rate"`
	SpO2      float64 `json:"spo2"`
	OnOxygen  bool    `json:"on_oxygen"`
}

type lab struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

func decode(body string, max int64) (caseInput, error) {
	var in caseInput
	err := httpx.DecodeJSON(strings.NewReader(body), max, &in)
	return in, err
}

func asErr(t *testing.T, err error) *httpx.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("no error")
	}
	var e *httpx.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %T %v is not an *httpx.Error", err, err)
	}
	return e
}

func wantCode(t *testing.T, err error, code string) *httpx.Error {
	t.Helper()
	e := asErr(t, err)
	if e.Code != code {
		t.Fatalf("code = %s (%v), want %s", e.Code, e, code)
	}
	return e
}

func wantField(t *testing.T, err error, field string) {
	t.Helper()
	e := wantCode(t, err, httpx.CodeInvalidInput)
	if got, _ := e.Details["field"].(string); got != field {
		t.Fatalf("details.field = %q (message %q), want %q", got, e.Message, field)
	}
	if !strings.Contains(e.Message, field) && !strings.Contains(e.Message, strconv.Quote(field)) {
		t.Errorf("message %q does not name the field %q", e.Message, field)
	}
}

const fullCase = `{
  "patient_id": "pat_67890", "priority": "high", "clinical_notes": "chest pain",
  "patient": {"name": "Ana", "age": 55},
  "vitals": {"heart_rate": 110, "spo2": 91.5, "on_oxygen": true},
  "labs": [{"name": "troponin I", "value": 0.8, "unit": "ng/mL"}],
  "medications": ["warfarin 5 mg daily"],
  "severity_rating": 9
}`

func TestDecodeJSONAcceptsAValidBody(t *testing.T) {
	in, err := decode(fullCase+"\n", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if in.PatientID != "pat_67890" || in.Patient.Age != 55 || in.Vitals == nil || in.Vitals.HeartRate != 110 ||
		in.Vitals.SpO2 != 91.5 || !in.Vitals.OnOxygen || len(in.Labs) != 1 || in.Labs[0].Value != 0.8 ||
		in.SeverityScore == nil || *in.SeverityScore != 9 {
		t.Fatalf("decoded %+v", in)
	}
	// Surrounding whitespace is fine (curl adds a newline, editors CRLF).
	for _, body := range []string{"  {}  ", "\r\n{}\r\n", "\t{\"patient_id\":\"x\"}\n\n"} {
		if _, err := decode(body, 1<<20); err != nil {
			t.Errorf("%q: %v", body, err)
		}
	}
}

func TestDecodeJSONUnknownField(t *testing.T) {
	cases := []struct{ body, field string }{
		{`{"patient_id":"p","foo":1}`, "foo"},
		{`{"foo":{"a":[1,2]},"patient_id":"p"}`, "foo"},
		{`{"vitals":{"heart_rate":1,"foo":1}}`, "vitals.foo"},
		{`{"patient":{"name":"x","ssn":"123"}}`, "patient.ssn"},
		{`{"labs":[{"name":"k","value":1},{"name":"na","valeu":2}]}`, "labs.valeu"},
		// Case-insensitive matches are known fields for encoding/json; the
		// unknown one is still found and named by its path.
		{`{"PATIENT_ID":"p","Vitals":{"Heart_Rate":1,"bpm":2}}`, "Vitals.bpm"},
		// First in document order is reported.
		{`{"zzz":1,"aaa":2}`, "zzz"},
		{`{"vitals":{"foo":1},"foo":2}`, "vitals.foo"},
		{`{"foo":2,"vitals":{"foo":1}}`, "foo"},
		// Odd keys come back decoded, not JSON-escaped.
		{`{"a\"b":1}`, `a"b`},
		{`{"caf\u00e9":1}`, "café"},
		{`{"":1}`, ""},
	}
	for _, c := range cases {
		t.Run(c.field, func(t *testing.T) {
			_, err := decode(c.body, 1<<20)
			wantField(t, err, c.field)
		})
	}
}

func TestDecodeJSONWrongType(t *testing.T) {
	cases := []struct{ body, field string }{
		{`{"patient_id":123}`, "patient_id"},
		{`{"severity_rating":"9"}`, "severity_rating"},
		{`{"vitals":{"heart_rate":"fast"}}`, "vitals.heart_rate"},
		{`{"vitals":{"on_oxygen":"yes"}}`, "vitals.on_oxygen"},
		{`{"vitals":[1]}`, "vitals"},
		{`{"labs":{"name":"k"}}`, "labs"},
		{`{"labs":[{"value":"0.8"}]}`, "labs.value"},
		{`{"medications":"aspirin"}`, "medications"},
		{`{"patient":{"age":55.5}}`, "patient.age"},
		{`{"patient":{"age":1e400}}`, "patient.age"},
		{`[{"patient_id":"p"}]`, "(body)"},
		{`"just a string"`, "(body)"},
		{`42`, "(body)"},
	}
	for _, c := range cases {
		t.Run(c.field+" "+c.body, func(t *testing.T) {
			_, err := decode(c.body, 1<<20)
			wantField(t, err, c.field)
		})
	}
}

func TestDecodeJSONErrorsDoNotEchoValues(t *testing.T) {
	// Values may be PHI: a type error names the field and the kinds, not the value.
	for _, body := range []string{
		`{"patient":{"age":123456789.5}}`,
		`{"vitals":{"heart_rate":98765432109876543210}}`,
		`{"patient_id":12345678909}`,
		`{"patient":{"name":["Zelda","Quorrin"]}}`,
		`{"vitals":{"heart_rate":"Zelda Quorrin"}}`,
	} {
		_, err := decode(body, 1<<20)
		e := wantCode(t, err, httpx.CodeInvalidInput)
		text := e.Message + fmt.Sprint(e.Details)
		for _, leak := range []string{"123456789", "98765432109876543210", "12345678909", "Zelda", "Quorrin"} {
			if strings.Contains(text, leak) {
				t.Errorf("%s: error %q / %v echoes the value", body, e.Message, e.Details)
			}
		}
	}
}

func TestDecodeJSONMalformed(t *testing.T) {
	cases := map[string]string{
		"syntax":            `{"patient_id": }`,
		"single quotes":     `{'patient_id':'p'}`,
		"trailing comma":    `{"patient_id":"p",}`,
		"empty":             ``,
		"whitespace only":   " \n\t ",
		"truncated":         `{"patient_id":"p"`,
		"truncated string":  `{"patient_id":"p`,
		"truncated literal": `nul`,
		"trailing data":     `{"patient_id":"p"} x`,
		"two objects":       `{"patient_id":"p"}{"patient_id":"q"}`,
		"object then array": `{} []`,
		"object then num":   "{}\n1",
		"comment":           `{"patient_id":"p"} // note`,
		"NaN":               `{"vitals":{"spo2":NaN}}`,
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := decode(body, 1<<20)
			e := wantCode(t, err, httpx.CodeInvalidInput)
			if e.Message == "" {
				t.Fatalf("empty message")
			}
			if e.Status() != http.StatusBadRequest {
				t.Fatalf("status %d, want 400", e.Status())
			}
		})
	}
	_, err := decode(`{"patient_id": }`, 1<<20)
	if off, ok := asErr(t, err).Details["offset"]; !ok || off.(int64) <= 0 {
		t.Errorf("syntax error details.offset = %v, want the byte offset", off)
	}
	_, err = decode("", 1<<20)
	if !strings.Contains(asErr(t, err).Message, "empty") {
		t.Errorf("empty body message %q should say the body is empty", asErr(t, err).Message)
	}
}

func TestDecodeJSONSizeLimit(t *testing.T) {
	const max = 64
	pad := func(n int) string { // a valid object of exactly n bytes
		s := `{"patient_id":"`
		return s + strings.Repeat("x", n-len(s)-2) + `"}`
	}
	if got := len(pad(max)); got != max {
		t.Fatalf("pad(%d) has %d bytes", max, got)
	}
	if _, err := decode(pad(max), max); err != nil {
		t.Fatalf("a body of exactly the limit was refused: %v", err)
	}
	if _, err := decode(pad(max-1)+"\n", max); err != nil {
		t.Fatalf("a body of exactly the limit (with newline) was refused: %v", err)
	}
	for name, body := range map[string]string{
		"one byte over":            pad(max + 1),
		"far over":                 pad(10 * max),
		"over by a trailing byte":  pad(max) + "\n",
		"over by trailing spaces":  pad(max) + strings.Repeat(" ", 1000),
		"small object, much space": "{}" + strings.Repeat(" ", 10*max),
		"over and malformed":       "{" + strings.Repeat(`"a":1,`, 100),
		"over and trailing data":   pad(max) + "{}",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := decode(body, max)
			e := wantCode(t, err, httpx.CodePayloadTooLarge)
			if e.Status() != http.StatusRequestEntityTooLarge {
				t.Fatalf("status %d, want 413", e.Status())
			}
			if got := e.Details["limit_bytes"]; got != int64(max) {
				t.Fatalf("details.limit_bytes = %v, want %d", got, max)
			}
		})
	}
}

func TestDecodeJSONSizeLimitWithRealisticLimit(t *testing.T) {
	// With the production limit the decoder reads in chunks; an object that
	// ends early followed by padding past the limit must still be refused.
	const max = 64 << 10
	for _, pad := range []int{max, max + 1, 4 * max} {
		body := `{"patient_id":"p"}` + strings.Repeat(" ", pad)
		_, err := decode(body, max)
		if err == nil {
			t.Errorf("%d-byte body accepted with a %d-byte limit", len(body), max)
			continue
		}
		wantCode(t, err, httpx.CodePayloadTooLarge)
	}
	body := `{"patient_id":"p"}`
	body += strings.Repeat(" ", max-len(body))
	if _, err := decode(body, max); err != nil {
		t.Errorf("body of exactly %d bytes refused: %v", max, err)
	}
}

func TestDecodeJSONDoesNotReadFarPastTheLimit(t *testing.T) {
	// An endless body must not be read to the end.
	r := &countingReader{r: io.MultiReader(strings.NewReader(`{"patient_id":"`), infinite('x'))}
	var in caseInput
	err := httpx.DecodeJSON(r, 1024, &in)
	wantCode(t, err, httpx.CodePayloadTooLarge)
	if r.n > 1025 {
		t.Fatalf("read %d bytes for a 1024-byte limit", r.n)
	}
}

type infinite byte

func (b infinite) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestDecodeJSONReaderErrorIsAnAPIError(t *testing.T) {
	var in caseInput
	err := httpx.DecodeJSON(iotest.ErrReader(errors.New("connection reset by peer")), 1024, &in)
	e := asErr(t, err)
	if strings.Contains(e.Message, "connection reset") {
		t.Errorf("message %q leaks the transport error", e.Message)
	}
	err = httpx.DecodeJSON(io.MultiReader(strings.NewReader(`{"patient_id":"p"`), iotest.ErrReader(errors.New("boom"))), 1024, &in)
	asErr(t, err)
}

func TestDecodeJSONIntoMapsAndAny(t *testing.T) {
	var m map[string]any
	if err := httpx.DecodeJSON(strings.NewReader(`{"anything":{"goes":[1,2]}}`), 1024, &m); err != nil {
		t.Fatalf("map target: %v", err)
	}
	var raw struct {
		Known json.RawMessage `json:"known"`
	}
	if err := httpx.DecodeJSON(strings.NewReader(`{"known":{"free":1}}`), 1024, &raw); err != nil {
		t.Fatalf("RawMessage field: %v", err)
	}
	var nested struct {
		Meta map[string]struct {
			A int `json:"a"`
		} `json:"meta"`
	}
	err := httpx.DecodeJSON(strings.NewReader(`{"meta":{"k1":{"a":1},"k2":{"b":2}}}`), 1024, &nested)
	wantField(t, err, "meta.k2.b")
}

func TestDecodeJSONEmbeddedStructs(t *testing.T) {
	type Base struct {
		ID string `json:"id"`
	}
	type withEmbedded struct {
		Base
		Name string `json:"name"`
	}
	var v withEmbedded
	if err := httpx.DecodeJSON(strings.NewReader(`{"id":"1","name":"n"}`), 1024, &v); err != nil || v.ID != "1" {
		t.Fatalf("embedded field: %+v %v", v, err)
	}
	err := httpx.DecodeJSON(strings.NewReader(`{"id":"1","nmae":"n"}`), 1024, &v)
	wantField(t, err, "nmae")
}

// ---- fuzzing ------------------------------------------------------------------

func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{
		fullCase, `{}`, ``, `{"vitals":{"foo":1}}`, `{"labs":[{"x":1}]}`, `[1,2]`, `{"a":`, `{} {}`,
		`{"patient":{"age":"x"}}`, `{"a\"b":1}`, `{"vitals":null}`, `null`, "{}" + strings.Repeat(" ", 300),
		`{"labs":[{"name":"k","value":1e999}]}`, "\xff\xfe", `{"patient_id":"\ud800"}`,
	} {
		f.Add([]byte(s))
	}
	const max = 256
	f.Fuzz(func(t *testing.T, data []byte) {
		var in caseInput
		err := httpx.DecodeJSON(bytes.NewReader(data), max, &in)
		if err == nil {
			if len(data) > max {
				t.Fatalf("accepted a %d-byte body with a %d-byte limit", len(data), max)
			}
			if !json.Valid(data) {
				t.Fatalf("accepted invalid JSON %q", data)
			}
			var again caseInput
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&again); err != nil {
				t.Fatalf("accepted %q, which encoding/json refuses: %v", data, err)
			}
			return
		}
		e, ok := err.(*httpx.Error)
		if !ok {
			t.Fatalf("error %T %v is not an *httpx.Error", err, err)
		}
		switch e.Code {
		case httpx.CodeInvalidInput:
			if f, ok := e.Details["field"]; ok {
				s, isString := f.(string)
				if !isString {
					t.Fatalf("details.field is %T, want a string", f)
				}
				// An empty key ({"": 1}) is an unknown field named "".
				if s == "" && !bytes.Contains(data, []byte(`""`)) {
					t.Fatalf("details.field is empty: %v", e)
				}
			}
		case httpx.CodePayloadTooLarge:
			if len(data) <= max {
				t.Fatalf("%d-byte body called too large with a %d-byte limit", len(data), max)
			}
		default:
			t.Fatalf("unexpected code %s", e.Code)
		}
		if e.Message == "" {
			t.Fatalf("empty message for %q", data)
		}
		// The error must survive the API's JSON encoding.
		if _, err := json.Marshal(e.Details); err != nil {
			t.Fatalf("details do not encode: %v", err)
		}
	})
}
