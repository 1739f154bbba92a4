package api

import (
	"bytes"
	"errors"
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/pkg/httpx"
)

// FuzzCaseInput: any body either decodes and validates, or is refused with
// the contract's error (INVALID_INPUT / PAYLOAD_TOO_LARGE) — never a panic,
// never another kind of error.
func FuzzCaseInput(f *testing.F) {
	f.Add([]byte(`{"patient_id":"p1","vitals":{"heart_rate":80,"consciousness":"alert"},"labs":[{"name":"K","value":6.8,"unit":"mmol/L"}]}`))
	f.Add([]byte(`{"patient_id":"p","patient":{"date_of_birth":"1950-02-30","sex":"x"}}`))
	f.Add([]byte(`{"patient_id":"\u0000","priority":"urgent"}`))
	f.Add([]byte(`[1,2,3]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var in casemodel.Input
		err := httpx.DecodeJSON(bytes.NewReader(body), 1<<16, &in)
		if err == nil {
			err = validateInput(&in)
		}
		if err == nil {
			if in.PatientID == "" || in.Priority == "" || in.Language == "" {
				t.Fatalf("accepted input without defaults: %+v", in)
			}
			return
		}
		var he *httpx.Error
		if !errors.As(err, &he) || (he.Code != httpx.CodeInvalidInput && he.Code != httpx.CodePayloadTooLarge) {
			t.Fatalf("unexpected error kind: %v", err)
		}
	})
}
