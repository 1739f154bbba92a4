package reports

import (
	"context"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/agents"
	"github.com/agnomedical/agno/appliance/casemodel"
)

var created = time.Date(2026, 5, 4, 10, 30, 0, 0, time.UTC)

func f(v float64) *float64 { return &v }
func i(v int) *int         { return &v }

// Identifiers planted in every test case; patient-facing outputs must never
// show them unless asked to.
const (
	testName = "Joaquina Esmeralda Tavares"
	testID   = "pat_canary_4711"
	testDOB  = "1961-02-17"
)

func chestPainInput(lang string) casemodel.Input {
	in := casemodel.Input{
		PatientID: testID, Priority: "high", Language: lang,
		Patient:  &casemodel.Patient{Name: testName, DateOfBirth: testDOB, Sex: "female"},
		Symptoms: "severe crushing chest pain radiating to the left arm with sweating", SymptomDuration: "40 minutes",
		SeverityRating: i(9),
		Vitals:         &casemodel.Vitals{HeartRate: f(112), SystolicBP: f(92), DiastolicBP: f(58), RespiratoryRate: f(24), SpO2: f(93), TemperatureC: f(36.8), Consciousness: "alert", GCS: i(15), GlucoseMgDl: f(142)},
		Labs:           []casemodel.Lab{{Name: "troponin I", Value: 0.8, Unit: "ng/mL"}, {Name: "potassium", Value: 6.9, Unit: "mmol/L"}, {Name: "INR", Value: 2.4, Unit: ""}},
		Medications:    []string{"warfarin 5 mg daily", "aspirin 100 mg daily"},
		Allergies:      []string{"penicillin"},
		ClinicalNotes:  "Known atrial fibrillation on warfarin. Hypertension.",
	}
	if lang == "pt-BR" {
		in.Symptoms = "dor no peito em aperto forte irradiando para o braço esquerdo com sudorese"
		in.SymptomDuration = "40 minutos"
		in.ClinicalNotes = "Fibrilação atrial conhecida em uso de varfarina. Hipertensão."
		in.Medications = []string{"varfarina 5 mg ao dia", "AAS 100 mg ao dia"}
		in.Allergies = []string{"penicilina"}
	}
	return in
}

// analysed runs the real agents and stores the analysis as the node does
// (a JSON round trip), with one extracted document.
func analysed(t *testing.T, in casemodel.Input) Case {
	t.Helper()
	docLabs := []casemodel.Lab{{Name: "Hemoglobin", Value: 9.1, Unit: "g/dL", Flag: "low"}}
	an := agents.Analyze(agents.WithReferenceTime(context.Background(), created), in, docLabs)
	b, err := json.Marshal(an)
	if err != nil {
		t.Fatal(err)
	}
	var stored casemodel.Analysis
	if err := json.Unmarshal(b, &stored); err != nil {
		t.Fatal(err)
	}
	if stored.Status != "completed" && stored.Status != "escalated" {
		t.Fatalf("analysis status %s (%s)", stored.Status, stored.Error)
	}
	return Case{CaseID: "case_test_1", PatientRef: "pref_abcdef0123456789", Status: stored.Status, Priority: in.Priority,
		Created: created, Completed: created.Add(3 * time.Second), Input: in, Analysis: stored,
		Documents: []casemodel.Document{{DocumentID: "doc_1", Filename: "hemograma.pdf", ContentType: "application/pdf", Pages: 1, Method: "text_layer", Quality: 0.97, Status: "done", LabsExtracted: docLabs}}}
}

// pdfText extracts a PDF's text with pdftotext (poppler-utils).
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext not found: install the Debian package poppler-utils (listed in .ci/apt-packages)")
	}
	if len(pdf) < 100 || !strings.HasPrefix(string(pdf), "%PDF-") {
		t.Fatalf("not a PDF: %q", pdf[:min(len(pdf), 20)])
	}
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-layout", "-", "-")
	cmd.Stdin = strings.NewReader(string(pdf))
	var errb strings.Builder
	cmd.Stderr = &errb
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext could not read the PDF: %v: %s", err, errb.String())
	}
	if strings.Contains(errb.String(), "Error") {
		t.Fatalf("pdftotext reported errors: %s", errb.String())
	}
	// Join layout columns and wrapped lines into single-spaced text.
	return strings.Join(strings.Fields(string(out)), " ")
}

func mustContain(t *testing.T, what, text string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, w) {
			t.Errorf("%s does not contain %q", what, w)
		}
	}
}

func mustNotContain(t *testing.T, what, text string, bad ...string) {
	t.Helper()
	low := strings.ToLower(text)
	for _, b := range bad {
		if strings.Contains(low, strings.ToLower(b)) {
			t.Errorf("%s contains %q", what, b)
		}
	}
}

func identifiers() []string {
	return append([]string{testID, testDOB, "17/02/1961", "02/17/1961"}, strings.Fields(testName)...)
}
