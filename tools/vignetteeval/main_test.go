package main

import (
	"io"
	"strings"
	"testing"
	"time"
)

const sample = `{"id":"v-001","lang":"en","input":{"patient_id":"p1","language":"en","patient":{"age":30},"symptoms":"runny nose and cough","symptom_duration":"2 days","vitals":{"heart_rate":76,"systolic_bp":120,"respiratory_rate":14,"spo2":99,"temperature_c":36.9,"consciousness":"alert"}},"gold":{"urgency_level":"non_urgent","specialties":["general_medicine"],"critical_flag":false,"alerts":[]}}
{"id":"v-002","lang":"en","input":{"patient_id":"p2","language":"en","patient":{"age":70},"symptoms":"bruising","labs":[{"name":"INR","value":7.4,"unit":""}],"medications":["warfarin","amiodarone"]},"gold":{"urgency_level":"emergency","specialties":["cardiology"],"critical_flag":true,"alerts":[{"kind":"drug_interaction","drugs":["warfarin","amiodarone"]},{"kind":"critical_lab","analyte":"INR"}]}}
`

func TestEvaluate(t *testing.T) {
	vs, err := load(strings.NewReader(sample), "all")
	if err != nil || len(vs) != 2 {
		t.Fatalf("load: %v %d", err, len(vs))
	}
	if odd, _ := load(strings.NewReader(sample), "odd"); len(odd) != 1 || odd[0].ID != "v-001" {
		t.Errorf("odd split %v", odd)
	}
	if even, _ := load(strings.NewReader(sample), "even"); len(even) != 1 || even[0].ID != "v-002" {
		t.Errorf("even split %v", even)
	}
	m := evaluate(vs, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), false, io.Discard)
	// The second case is deliberately labelled emergency: it is under-triaged
	// (urgent), so accuracy is 0.5 with one emergency under-triaged.
	if m.Cases != 2 || m.UrgencyAccuracy != 0.5 || m.UnderTriaged != 1 || m.UnderTriagedEmerg != 1 {
		t.Errorf("urgency metrics %+v", m)
	}
	if m.AlertRecall != 1 || m.AlertPrecision != 1 || m.SpecialtyRecall != 1 || m.CriticalAgreement != 1 {
		t.Errorf("metrics %+v", m)
	}
	if m.P95Millis <= 0 {
		t.Errorf("p95 %v", m.P95Millis)
	}
	if alertKey("drug_interaction", []string{"Warfarin", "amiodarone"}, "") != "drug_interaction:amiodarone+warfarin" || alertKey("critical_lab", nil, "INR") != "critical_lab:inr" {
		t.Error("alert keys")
	}
}
