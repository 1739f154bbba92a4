package reports

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agnomedical/agno/appliance/agents"
	"github.com/agnomedical/agno/appliance/agents/communicator"
	"github.com/agnomedical/agno/appliance/casemodel"
)

func TestPhysicianPDFEnglish(t *testing.T) {
	c := analysed(t, chestPainInput("en"))
	pdf, err := PhysicianPDF(c, Options{IncludeEvidence: true})
	if err != nil {
		t.Fatal(err)
	}
	txt := pdfText(t, pdf)
	an := c.Analysis
	mustContain(t, "physician report", txt,
		"Physician report", c.CaseID, "Triage", "Urgency", "Emergency", "Red flags", "NEWS2",
		"Safety alerts", "aspirin + warfarin", "potassium", "Specialist findings", "Cardiology",
		"Debate summary", "Final assessment", "Synthesis", "Recommendations", "Confidence score", "Human review required",
		"Laboratory results", "troponin I", "hemograma.pdf", "Hemoglobin", "9.1", "Guidelines consulted",
		testName, testID, "Page 1/")
	// The synthesis and the first recommendation, as stored.
	mustContain(t, "physician report", txt, firstWords(an.FinalReport.Synthesis, 6), firstWords(an.FinalReport.Recommendations[0], 5))
	if an.Triage.RedFlags[0] != "" {
		mustContain(t, "physician report", txt, firstWords(an.Triage.RedFlags[0], 3))
	}
	// A guideline title of a cited kb: id.
	mustContain(t, "physician report", txt, "HEART score")
	if len(an.Debates) > 0 {
		mustContain(t, "physician report", txt, firstWords(an.Debates[0].Topic, 3))
	}
	without, err := PhysicianPDF(c, Options{IncludeEvidence: false})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(pdfText(t, without), "Guidelines consulted") {
		t.Error("evidence section present although include_evidence is false")
	}
}

func TestPhysicianPDFPortugueseRendersAccents(t *testing.T) {
	c := analysed(t, chestPainInput("pt-BR"))
	pdf, err := PhysicianPDF(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	txt := pdfText(t, pdf)
	mustContain(t, "relatório", txt, "Relatório médico", "Triagem", "Urgência", "Emergência", "Sinais de alerta",
		"Alertas de segurança", "Achados dos especialistas", "Avaliação final", "Síntese", "Recomendações",
		"Revisão humana necessária", "Resultados de exames", "Página 1/")
	mustContain(t, "relatório", txt, firstWords(c.Analysis.FinalReport.Synthesis, 5))
}

func TestReportInTheOtherLanguage(t *testing.T) {
	c := analysed(t, chestPainInput("en"))
	pdf, err := PhysicianPDF(c, Options{Language: "pt-BR"})
	if err != nil {
		t.Fatal(err)
	}
	txt := pdfText(t, pdf)
	mustContain(t, "relocalized report", txt, "Relatório médico", "Emergência", "Avaliação principal")
	mustNotContain(t, "relocalized report", txt, "Leading assessment")
	pt, err := Localize(c, "pt-BR")
	if err != nil {
		t.Fatal(err)
	}
	if CaseLanguage(pt) != LangPT || pt.Analysis.Triage.UrgencyLevel != c.Analysis.Triage.UrgencyLevel || len(pt.Analysis.Alerts) != len(c.Analysis.Alerts) {
		t.Fatalf("localized case changed clinically: %+v", pt.Analysis.Triage)
	}
	if pt.Analysis.FinalReport.ConfidenceScore != c.Analysis.FinalReport.ConfidenceScore || pt.Analysis.FinalReport.CriticalFlag != c.Analysis.FinalReport.CriticalFlag {
		t.Error("localization changed the final report's figures")
	}
	if !strings.Contains(PatientSummary(pt), "Procure") {
		t.Errorf("Portuguese patient summary expected, got %q", PatientSummary(pt))
	}
}

// Re-running the communicator in the case's own language reproduces the
// stored texts: the relocalization reads the stored outputs faithfully.
func TestRelocalizeSameLanguageReproducesStoredTexts(t *testing.T) {
	for _, lang := range []string{"en", "pt-BR"} {
		c := analysed(t, chestPainInput(lang))
		r, err := relocalize(c, lang)
		if err != nil {
			t.Fatal(err)
		}
		if r.Analysis.FinalReport.Synthesis != c.Analysis.FinalReport.Synthesis {
			t.Errorf("%s synthesis differs:\n got %q\nwant %q", lang, r.Analysis.FinalReport.Synthesis, c.Analysis.FinalReport.Synthesis)
		}
		if strings.Join(r.Analysis.FinalReport.Recommendations, "|") != strings.Join(c.Analysis.FinalReport.Recommendations, "|") {
			t.Errorf("%s recommendations differ", lang)
		}
		if PatientSummary(r) != PatientSummary(c) {
			t.Errorf("%s patient summary differs", lang)
		}
		if strings.Join(r.Analysis.Triage.RedFlags, "|") != strings.Join(c.Analysis.Triage.RedFlags, "|") {
			t.Errorf("%s red flags differ", lang)
		}
	}
}

func TestPatientPDFHasNoIdentifiersAndReadsEasily(t *testing.T) {
	c := analysed(t, chestPainInput("en"))
	pdf, err := PatientPDF(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	txt := pdfText(t, pdf)
	mustContain(t, "patient summary", txt, "Your visit summary", firstWords(PatientSummary(c), 4), "final say")
	mustNotContain(t, "patient summary", txt, identifiers()...)
	mustNotContain(t, "patient summary", txt, c.CaseID, c.PatientRef)
	p := PatientText(c, Options{})
	if fe := communicator.Flesch(p.Text()); fe < 60 {
		t.Errorf("Flesch reading ease %.1f < 60: %q", fe, p.Text())
	}

	withIDs, err := PatientPDF(c, Options{IncludeIdentifiers: true})
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, "patient summary with identifiers", pdfText(t, withIDs), testName, testDOB, testID)
}

func TestPatientPDFPortuguese(t *testing.T) {
	c := analysed(t, chestPainInput("pt-BR"))
	pdf, err := PatientPDF(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	txt := pdfText(t, pdf)
	mustContain(t, "resumo", txt, "Resumo do seu atendimento", "atendimento agora", "próxima consulta")
	mustNotContain(t, "resumo", txt, identifiers()...)
	// Two critical labs give one plain sentence, not the same one twice.
	if n := strings.Count(PatientText(c, Options{}).Text(), "exames está muito alterado"); n != 1 {
		t.Errorf("the critical-lab sentence appears %d times", n)
	}
	if fe := communicator.FleschPT(PatientText(c, Options{}).Text()); fe < 60 {
		t.Errorf("Portuguese reading ease %.1f < 60", fe)
	}
}

// Every English vignette of the shared dev set gives a patient text with
// Flesch ≥ 60 and without the vignette's identifiers.
func TestPatientTextReadabilityOnVignettes(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "vignettes", "dev.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("vignettes: %v", err)
	}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var v struct {
			ID    string          `json:"id"`
			Input casemodel.Input `json:"input"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatal(err)
		}
		an := agents.Analyze(agents.WithReferenceTime(context.Background(), created), v.Input, nil)
		if an.Status == "error" {
			continue
		}
		c := Case{CaseID: v.ID, Status: an.Status, Created: created, Input: v.Input, Analysis: an}
		for _, lang := range []string{"en", "pt-BR"} {
			lc, err := Localize(c, lang)
			if err != nil {
				t.Fatal(err)
			}
			text := PatientText(lc, Options{}).Text()
			if lang == "en" {
				if fe := communicator.Flesch(text); fe < 60 {
					t.Errorf("%s: Flesch %.1f < 60: %q", v.ID, fe, text)
				}
			}
			mustNotContain(t, v.ID+" patient text", text, v.Input.PatientID)
			if v.Input.Patient != nil && v.Input.Patient.Name != "" {
				mustNotContain(t, v.ID+" patient text", text, strings.Fields(v.Input.Patient.Name)...)
			}
		}
		n++
	}
	if n < 20 {
		t.Fatalf("only %d vignettes checked", n)
	}
}

func TestReportsRefuseCasesWithoutAnalysis(t *testing.T) {
	c := Case{CaseID: "case_x", Status: "processing", Input: chestPainInput("en")}
	for name, f := range map[string]func(Case, Options) ([]byte, error){"physician": PhysicianPDF, "patient": PatientPDF, "fhir": FHIRBundle} {
		_, err := f(c, Options{})
		var na ErrNoAnalysis
		if !errors.As(err, &na) || na.Status != "processing" {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	c.Status = "error"
	c.Analysis.Error = "AGENT_TIMEOUT"
	if _, err := PhysicianPDF(c, Options{}); err == nil || !strings.Contains(err.Error(), "AGENT_TIMEOUT") {
		t.Errorf("error case: %v", err)
	}
}

func TestPDFIsDeterministic(t *testing.T) {
	c := analysed(t, chestPainInput("en"))
	a, err := PhysicianPDF(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// fpdf keeps fonts in maps: several renders catch unsorted output.
	for i := 0; i < 5; i++ {
		b, _ := PhysicianPDF(c, Options{})
		if !bytes.Equal(a, b) {
			t.Fatal("the same case rendered to different bytes")
		}
	}
}

func TestScrubIdentifiers(t *testing.T) {
	c := Case{Input: chestPainInput("en")}
	in := "Hello Joaquina Esmeralda Tavares (pat_canary_4711), born 17/02/1961 or 1961-02-17. Tavares, take care."
	out := ScrubIdentifiers(in, c)
	mustNotContain(t, "scrubbed text", out, identifiers()...)
	if !strings.Contains(out, "take care") {
		t.Errorf("scrub removed too much: %q", out)
	}
}

func TestVoice(t *testing.T) {
	if Voice("pt-BR") != "pt-br" || Voice("en") != "en-us" || Voice("") != "en-us" {
		t.Error("voice mapping")
	}
}

// decodeMP3 checks that data is an MP3 a decoder accepts and returns the
// decoded WAV size.
func decodeMP3(t *testing.T, data []byte) int {
	t.Helper()
	if _, err := exec.LookPath("lame"); err != nil {
		t.Fatal("lame not found: install the Debian package lame (listed in .ci/apt-packages)")
	}
	if !(bytes.HasPrefix(data, []byte("ID3")) || (len(data) > 2 && data[0] == 0xFF && data[1]&0xE0 == 0xE0)) {
		t.Fatalf("not an MP3 stream: % x", data[:min(len(data), 8)])
	}
	dir := t.TempDir()
	in, out := filepath.Join(dir, "s.mp3"), filepath.Join(dir, "s.wav")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if b, err := exec.Command("lame", "--decode", "--quiet", in, out).CombinedOutput(); err != nil {
		t.Fatalf("lame --decode rejected the MP3: %v: %s", err, b)
	}
	wav, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(wav, []byte("RIFF")) {
		t.Fatalf("decoded output is not WAV: %v", err)
	}
	return len(wav)
}

func TestSpokenSummaryMP3(t *testing.T) {
	if err := AudioAvailable(); err != nil {
		t.Fatalf("%v", err)
	}
	for _, lang := range []string{"en", "pt-BR"} {
		c := analysed(t, chestPainInput(lang))
		mp3, err := SpokenMP3(context.Background(), c, Options{})
		if err != nil {
			t.Fatal(err)
		}
		// 16-bit mono 22.05 kHz: 44 kB a second; a summary lasts > 5 s.
		if n := decodeMP3(t, mp3); n < 5*44100 {
			t.Errorf("%s: decoded audio only %d bytes", lang, n)
		}
		text, gotLang, err := SpokenText(c, Options{})
		if err != nil || gotLang != NormLang(lang) {
			t.Fatalf("SpokenText: %v %s", err, gotLang)
		}
		mustNotContain(t, "spoken text", text, identifiers()...)
		withName, _, _ := SpokenText(c, Options{IncludeIdentifiers: true})
		mustContain(t, "spoken text with identifiers", withName, testName)
	}
}

func TestAudioToolsMissingNamesThePackages(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := Synthesize(context.Background(), "hello", "en")
	if !errors.Is(err, ErrAudioTools) || !strings.Contains(err.Error(), "espeak-ng") || !strings.Contains(err.Error(), "lame") {
		t.Fatalf("err = %v", err)
	}
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}
