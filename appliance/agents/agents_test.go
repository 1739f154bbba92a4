package agents

import (
	"bytes"
	"context"
	"encoding/json"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

var refT = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

func fp(v float64) *float64 { return &v }
func ip(v int) *int         { return &v }

func stemi() casemodel.Input {
	return casemodel.Input{PatientID: "pat_1", Priority: "critical", Language: "en",
		Patient:  &casemodel.Patient{Name: "John Testcase", DateOfBirth: "1968-03-14", Sex: "male"},
		Symptoms: "crushing central chest pain radiating to the left arm and jaw, sweating, nausea", SymptomDuration: "40 minutes",
		Vitals:        &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(148), DiastolicBP: fp(92), RespiratoryRate: fp(22), SpO2: fp(95), TemperatureC: fp(36.8), Consciousness: "alert"},
		Labs:          []casemodel.Lab{{Name: "troponin I", Value: 2.4, Unit: "ng/mL"}},
		ClinicalNotes: "ECG: 3 mm ST elevation V1-V4. On warfarin for AF; takes AAS too.",
		Medications:   []string{"warfarin 5 mg daily", "AAS 100 mg"}, Allergies: []string{"penicillin"}}
}

func TestDeterminism(t *testing.T) {
	ctx := WithReferenceTime(context.Background(), refT)
	for _, in := range []casemodel.Input{stemi(), {PatientID: "p", Language: "pt-BR", ClinicalNotes: "Paciente com tosse produtiva e febre, PA 80x50, FC 128, FR 28, Tax 39,2, SatO2 91%. Lactato 5,8."}} {
		var first []byte
		for i := 0; i < 5; i++ {
			a := Analyze(ctx, in, nil)
			b, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			if first == nil {
				first = b
			} else if !bytes.Equal(first, b) {
				t.Fatalf("run %d differs:\n%s\n%s", i, first, b)
			}
		}
	}
}

func TestContractShape(t *testing.T) {
	a, tr := AnalyzeWithTrace(context.Background(), stemi(), nil, Options{ReferenceTime: refT})
	if a.Status != "escalated" || a.Error != "" {
		t.Errorf("status %s %s", a.Status, a.Error)
	}
	if a.Triage == nil || a.Triage.UrgencyLevel != "emergency" || !casemodel.Contains(a.Triage.Specialties, "emergency_medicine") || !casemodel.Contains(a.Triage.Specialties, "cardiology") {
		t.Fatalf("triage %+v", a.Triage)
	}
	for _, s := range a.Triage.Specialties {
		if !casemodel.Contains(casemodel.Specialties, s) {
			t.Errorf("specialty %s not in contract", s)
		}
	}
	if len(a.Triage.RedFlags) == 0 || a.Triage.Scores["news2"] == 0 {
		t.Errorf("red flags %v scores %v", a.Triage.RedFlags, a.Triage.Scores)
	}
	kinds := map[string]bool{}
	for _, al := range a.Alerts {
		kinds[al.Kind+":"+al.Analyte+strings.Join(al.Drugs, "+")] = true
		if !sort.StringsAreSorted(al.Drugs) {
			t.Errorf("drugs not sorted: %v", al.Drugs)
		}
		for _, d := range al.Drugs {
			if d != strings.ToLower(d) {
				t.Errorf("drug %q not lower-case", d)
			}
		}
		if al.Message == "" {
			t.Error("empty alert message")
		}
	}
	if !kinds["critical_lab:troponin"] || !kinds["drug_interaction:aspirin+warfarin"] {
		t.Errorf("alerts %v", kinds)
	}
	fr := a.FinalReport
	if fr == nil || !fr.CriticalFlag || fr.Synthesis == "" || len(fr.Recommendations) == 0 || fr.ConfidenceScore <= 0 || fr.ConfidenceScore > 1 {
		t.Fatalf("final report %+v", fr)
	}
	for _, ag := range []string{"triage", "safety", "cardiology", "validator", "communicator"} {
		if !casemodel.Contains(a.AgentsInvolved, ag) {
			t.Errorf("agents_involved %v lacks %s", a.AgentsInvolved, ag)
		}
		if ag != "safety" && a.Outputs[ag] == nil && ag != "cardiology" {
			t.Errorf("outputs lack %s", ag)
		}
	}
	co, _ := json.Marshal(a.Outputs["communicator"])
	if strings.Contains(string(co), "Testcase") || strings.Contains(string(co), "1968") {
		t.Errorf("identifier in communicator output: %s", co)
	}
	// Trace: every agent timed, durations positive, debate time when debates ran.
	if len(tr.Agents) < 5 || tr.TotalSeconds <= 0 {
		t.Errorf("trace %+v", tr)
	}
	for _, at := range tr.Agents {
		if at.Status != "ok" || at.Type == "" || at.Confidence <= 0 {
			t.Errorf("agent timing %+v", at)
		}
	}
	if tr.Debates != len(a.Debates) || (tr.Debates > 0 && tr.DebateSeconds <= 0) {
		t.Errorf("debates %d/%d, %v s", tr.Debates, len(a.Debates), tr.DebateSeconds)
	}
	// Age comes from the DOB and the reference time.
	intake := a.Outputs["intake"].(map[string]any)
	if age := intake["age_years"].(*float64); age == nil || *age != 58 {
		t.Errorf("age %v", age)
	}
}

func TestLanguage(t *testing.T) {
	in := casemodel.Input{PatientID: "p", Language: "pt-BR", Symptoms: "dor de garganta, coriza, tosse seca", SymptomDuration: "3 dias",
		ClinicalNotes: "Tax 37,8 °C, FC 84, SatO2 98%. Sem falta de ar."}
	a := Analyze(context.Background(), in, nil)
	if a.Triage.UrgencyLevel != "non_urgent" || a.Status != "completed" {
		t.Errorf("urgency %s status %s", a.Triage.UrgencyLevel, a.Status)
	}
	if !strings.Contains(a.FinalReport.Synthesis, "Não urgente") {
		t.Errorf("synthesis not Portuguese: %s", a.FinalReport.Synthesis)
	}
}

func TestTimeout(t *testing.T) {
	// Every agent gets at most 1 ns: the analysis fails fast with AGENT_TIMEOUT.
	a, tr := AnalyzeWithTrace(context.Background(), stemi(), nil, Options{AgentTimeout: time.Nanosecond})
	if a.Status != "error" || a.Error != ErrTimeout {
		t.Fatalf("status %s error %s", a.Status, a.Error)
	}
	if len(tr.Agents) == 0 || tr.Agents[0].Error != ErrTimeout {
		t.Errorf("trace %+v", tr.Agents)
	}
	// One slow specialist: the case does not hang, it errors.
	start := time.Now()
	a, tr = AnalyzeWithTrace(context.Background(), stemi(), nil, Options{AgentTimeout: 50 * time.Millisecond, ReferenceTime: refT,
		delay: map[string]time.Duration{"cardiology": time.Second}})
	if a.Status != "error" || a.Error != ErrTimeout || time.Since(start) > 900*time.Millisecond {
		t.Fatalf("slow agent: status %s error %s after %v", a.Status, a.Error, time.Since(start))
	}
	if e, _ := a.Outputs["error"].(map[string]string); e["agent"] != "cardiology" {
		t.Errorf("error output %v", a.Outputs["error"])
	}
	if a.Triage == nil || len(a.Alerts) == 0 {
		t.Error("partial results (triage, safety alerts) should be kept")
	}
	slow := false
	for _, at := range tr.Agents {
		if at.Agent == "cardiology" && at.Error == ErrTimeout {
			slow = true
		}
	}
	if !slow {
		t.Errorf("trace %+v", tr.Agents)
	}
	// A cancelled parent context also ends in AGENT_TIMEOUT.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if a := Analyze(ctx, stemi(), nil); a.Status != "error" || a.Error != ErrTimeout {
		t.Errorf("cancelled: %s %s", a.Status, a.Error)
	}
}

func TestStatusRule(t *testing.T) {
	minor := casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: ip(30)}, Symptoms: "runny nose", SymptomDuration: "2 days",
		Vitals: &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(120), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.9), Consciousness: "alert"}}
	a := Analyze(context.Background(), minor, nil)
	if a.Status != "completed" || a.FinalReport.CriticalFlag || a.FinalReport.HumanReviewRequired {
		t.Errorf("minor case: %s %+v", a.Status, a.FinalReport)
	}
	// Critical lab without emergency: critical flag → escalated.
	k := casemodel.Input{PatientID: "p", Language: "en", Patient: &casemodel.Patient{Age: ip(70)}, Symptoms: "bruising", Labs: []casemodel.Lab{{Name: "INR", Value: 7.4}},
		Medications: []string{"warfarin"}, Vitals: &casemodel.Vitals{HeartRate: fp(72), SystolicBP: fp(134), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}}
	a = Analyze(context.Background(), k, nil)
	if a.Status != "escalated" || !a.FinalReport.CriticalFlag || a.Triage.UrgencyLevel != "urgent" {
		t.Errorf("INR 7.4: %s %s %+v", a.Status, a.Triage.UrgencyLevel, a.FinalReport)
	}
}

func TestDocumentLabs(t *testing.T) {
	in := casemodel.Input{PatientID: "p", Language: "en", Symptoms: "palpitations"}
	a := Analyze(context.Background(), in, []casemodel.Lab{{Name: "Potassium", Value: 6.8, Unit: "mmol/L", Flag: "critical_high"}})
	found := false
	for _, al := range a.Alerts {
		if al.Kind == "critical_lab" && al.Analyte == "potassium" && *al.Value == 6.8 && al.Unit == "mmol/L" {
			found = true
		}
	}
	if !found {
		t.Errorf("alerts %+v", a.Alerts)
	}
}
