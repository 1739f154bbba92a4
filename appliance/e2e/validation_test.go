package e2e

import (
	"strings"
	"testing"
)

// TestValidation sends bad requests and checks that each is refused with the
// contract's error shape, the right code, and the field at fault named —
// never a 500.
func TestValidation(t *testing.T) {
	t.Parallel()
	n := startNode(t, nil)
	admin := n.AdminToken(t)
	_, tk := n.UserLogin(t, admin, "nurse")

	jsonBody := func(s string) RawBody { return RawBody{ContentType: "application/json", Data: []byte(s)} }
	big := `{"patient_id":"p1","clinical_notes":"` + strings.Repeat("a", 1<<20+10) + `"}`

	cases := []struct {
		name   string
		body   RawBody
		status int
		code   string
		field  string // "" = no field to name (body-level error)
	}{
		{"unknown top-level field", jsonBody(`{"patient_id":"p1","colour":"red"}`), 400, "INVALID_INPUT", "colour"},
		{"unknown nested field", jsonBody(`{"patient_id":"p1","vitals":{"foo":1}}`), 400, "INVALID_INPUT", "vitals.foo"},
		{"unknown field in a list item", jsonBody(`{"patient_id":"p1","labs":[{"name":"k","value":1,"unit":"x","zz":1}]}`), 400, "INVALID_INPUT", "labs[0].zz"},
		{"wrong type vitals.heart_rate", jsonBody(`{"patient_id":"p1","vitals":{"heart_rate":"fast"}}`), 400, "INVALID_INPUT", "vitals.heart_rate"},
		{"wrong type patient_id", jsonBody(`{"patient_id":42}`), 400, "INVALID_INPUT", "patient_id"},
		{"wrong type medications", jsonBody(`{"patient_id":"p1","medications":"aspirin"}`), 400, "INVALID_INPUT", "medications"},
		{"bad priority", jsonBody(`{"patient_id":"p1","priority":"urgent"}`), 400, "INVALID_INPUT", "priority"},
		{"bad language", jsonBody(`{"patient_id":"p1","language":"fr"}`), 400, "INVALID_INPUT", "language"},
		{"bad patient.sex", jsonBody(`{"patient_id":"p1","patient":{"sex":"x"}}`), 400, "INVALID_INPUT", "patient.sex"},
		{"bad patient.date_of_birth", jsonBody(`{"patient_id":"p1","patient":{"date_of_birth":"14/03/1970"}}`), 400, "INVALID_INPUT", "patient.date_of_birth"},
		{"future patient.date_of_birth", jsonBody(`{"patient_id":"p1","patient":{"date_of_birth":"2999-01-01"}}`), 400, "INVALID_INPUT", "patient.date_of_birth"},
		{"bad vitals.consciousness", jsonBody(`{"patient_id":"p1","vitals":{"consciousness":"sleepy"}}`), 400, "INVALID_INPUT", "vitals.consciousness"},
		{"bad specialties_hint[0]", jsonBody(`{"patient_id":"p1","specialties_hint":["astrology"]}`), 400, "INVALID_INPUT", "specialties_hint[0]"},
		{"bad specialties_hint[1]", jsonBody(`{"patient_id":"p1","specialties_hint":["cardiology","x"]}`), 400, "INVALID_INPUT", "specialties_hint[1]"},
		{"heart rate out of range", jsonBody(`{"patient_id":"p1","vitals":{"heart_rate":900}}`), 400, "INVALID_INPUT", "vitals.heart_rate"},
		{"negative heart rate", jsonBody(`{"patient_id":"p1","vitals":{"heart_rate":-1}}`), 400, "INVALID_INPUT", "vitals.heart_rate"},
		{"spo2 over 100", jsonBody(`{"patient_id":"p1","vitals":{"spo2":101}}`), 400, "INVALID_INPUT", "vitals.spo2"},
		{"temperature out of range", jsonBody(`{"patient_id":"p1","vitals":{"temperature_c":60}}`), 400, "INVALID_INPUT", "vitals.temperature_c"},
		{"gcs out of range", jsonBody(`{"patient_id":"p1","vitals":{"gcs":2}}`), 400, "INVALID_INPUT", "vitals.gcs"},
		{"severity out of range", jsonBody(`{"patient_id":"p1","severity_rating":11}`), 400, "INVALID_INPUT", "severity_rating"},
		{"age out of range", jsonBody(`{"patient_id":"p1","patient":{"age":200}}`), 400, "INVALID_INPUT", "patient.age"},
		{"lab without a name", jsonBody(`{"patient_id":"p1","labs":[{"name":" ","value":1,"unit":"x"}]}`), 400, "INVALID_INPUT", "labs[0].name"},
		{"missing patient_id", jsonBody(`{"priority":"low"}`), 400, "INVALID_INPUT", "patient_id"},
		{"blank patient_id", jsonBody(`{"patient_id":"   "}`), 400, "INVALID_INPUT", "patient_id"},
		{"control characters in patient_id", jsonBody(`{"patient_id":"p\u0000"}`), 400, "INVALID_INPUT", "patient_id"},
		{"malformed JSON", jsonBody(`{"patient_id":"p1",`), 400, "INVALID_INPUT", ""},
		{"not JSON at all", jsonBody(`patient_id=p1`), 400, "INVALID_INPUT", ""},
		{"JSON array", jsonBody(`[{"patient_id":"p1"}]`), 400, "INVALID_INPUT", ""},
		{"empty body", jsonBody(``), 400, "INVALID_INPUT", ""},
		{"trailing garbage", jsonBody(`{"patient_id":"p1"} trailing`), 400, "INVALID_INPUT", ""},
		{"two objects", jsonBody(`{"patient_id":"p1"}{"patient_id":"p2"}`), 400, "INVALID_INPUT", ""},
		{"body over the JSON limit", jsonBody(big), 413, "PAYLOAD_TOO_LARGE", ""},
		{"bad Content-Type", RawBody{ContentType: "text/plain", Data: []byte(`{"patient_id":"p1"}`)}, 400, "INVALID_INPUT", ""},
		{"XML", RawBody{ContentType: "application/xml", Data: []byte(`<case/>`)}, 400, "INVALID_INPUT", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := n.Do(t, "POST", "/v1/cases", tk.Access, c.body)
			d := wantError(t, r, c.status, c.code, c.name)
			if c.field == "labs[0].zz" && d != nil && d["field"] == "labs.zz" {
				return // encoding/json's own path style for list items is fine too
			}
			if c.field != "" && d != nil && d["field"] != c.field {
				t.Errorf("%s: details.field = %v, want %q (%s)", c.name, d["field"], c.field, r)
			}
			if c.name == "body over the JSON limit" && d != nil && d["limit_bytes"] == nil {
				t.Errorf("413 should say the limit: %s", r)
			}
		})
	}
	// Errors never echo a value back (it may be PHI).
	r := n.Do(t, "POST", "/v1/cases", tk.Access, jsonBody(`{"patient_id":"p1","patient":{"sex":"Zelda Quorrin"}}`))
	wantError(t, r, 400, "INVALID_INPUT", "bad sex value")
	if strings.Contains(string(r.Raw), "Zelda") {
		t.Errorf("the error echoes the rejected value: %s", r)
	}
	// Nothing above created a case.
	r = n.Do(t, "GET", "/v1/cases", tk.Access, nil)
	if r.Num("total") != 0 {
		t.Errorf("rejected requests created cases: %s", r)
	}

	// List query parameters.
	for _, c := range []struct{ q, field string }{
		{"limit=500", "limit"}, {"limit=0", "limit"}, {"limit=abc", "limit"}, {"offset=-1", "offset"},
		{"colour=red", "colour"}, {"from_date=yesterday", "from_date"}, {"to_date=2024-13-45", "to_date"},
		{"status=done", "status"}, {"priority=urgent", "priority"},
	} {
		r := n.Do(t, "GET", "/v1/cases?"+c.q, tk.Access, nil)
		if d := wantError(t, r, 400, "INVALID_INPUT", "list ?"+c.q); d != nil && d["field"] != c.field {
			t.Errorf("list ?%s: details.field = %v, want %q", c.q, d["field"], c.field)
		}
	}
	wantStatus(t, n.Do(t, "GET", "/v1/cases?limit=200", tk.Access, nil), 200, "limit=200 is allowed")

	// Other error paths keep the shape too.
	checkErrorShape(t, n.Do(t, "GET", "/v1/nope", tk.Access, nil), "unknown endpoint")
	wantError(t, n.Do(t, "GET", "/v1/nope", tk.Access, nil), 404, "RESOURCE_NOT_FOUND", "unknown endpoint")
	checkErrorShape(t, n.Do(t, "PUT", "/v1/cases", tk.Access, nil), "wrong method")
	wantError(t, n.Do(t, "POST", "/v1/users", admin, map[string]any{"username": "x y", "password": "a", "role": "nurse"}), 400, "INVALID_INPUT", "bad user name")
	d := wantError(t, n.Do(t, "POST", "/v1/users", admin, map[string]any{"username": "weakling", "password": "password", "role": "nurse"}), 400, "INVALID_INPUT", "weak password")
	if d != nil && d["field"] != "password" {
		t.Errorf("weak password: details.field = %v", d["field"])
	}
	d = wantError(t, n.Do(t, "POST", "/v1/users", admin, map[string]any{"username": "someone", "password": newPassword(), "role": "janitor"}), 400, "INVALID_INPUT", "bad role")
	if d != nil && d["field"] != "role" {
		t.Errorf("bad role: details.field = %v", d["field"])
	}
	wantError(t, n.Do(t, "POST", "/v1/users", admin, map[string]any{"username": "admin", "password": newPassword(), "role": "nurse"}), 409, "CONFLICT", "duplicate user name")
	wantError(t, n.Do(t, "POST", "/auth/token", "", jsonBody(`{"username":"admin"}`)), 400, "INVALID_INPUT", "login without password")
	wantError(t, n.Do(t, "GET", "/v1/audit/log?limit=5000", admin, nil), 400, "INVALID_INPUT", "audit limit over 1000")
}
