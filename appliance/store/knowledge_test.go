package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/agnomedical/agno/pkg/audit"
)

func TestKnowledgeDocsReplicateAndSurviveRestart(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	f := &feeder{s: s}
	ctx := context.Background()
	v0, err := s.KnowledgeVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	k := &KnowledgeCmd{DocumentID: "kbd_1", Title: "Local sepsis protocol", Specialty: "infectious_disease", Source: "Clinic 2025", Language: "en", Filename: "sepsis.pdf", ContentType: "application/pdf", Text: "Give antibiotics within one hour.", AddedBy: "usr_admin"}
	add := &Command{Type: CmdKnowledgeAdd, At: t0, Ignorable: true, Knowledge: k, Audit: []audit.Entry{auditEntry("knowledge.add", t0)}}
	f.apply(t, add)
	// The same document again (a replayed proposal) must not stop the node.
	f.apply(t, &Command{Type: CmdKnowledgeAdd, At: t0.Add(time.Second), Ignorable: true, Knowledge: k})
	docs, err := s.KnowledgeDocs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Title != k.Title || docs[0].Text != k.Text || docs[0].Specialty != k.Specialty || !docs[0].AddedAt.Equal(t0) {
		t.Fatalf("docs = %+v", docs)
	}
	v1, _ := s.KnowledgeVersion(ctx)
	if v1 == v0 {
		t.Fatal("version did not change after an addition")
	}
	s.Close()
	s = openStore(t, dir)
	defer s.Close()
	docs, err = s.KnowledgeDocs(ctx)
	if err != nil || len(docs) != 1 {
		t.Fatalf("after restart: %v %v", docs, err)
	}
	if v2, _ := s.KnowledgeVersion(ctx); v2 != v1 {
		t.Fatalf("version changed across restart: %s → %s", v1, v2)
	}
}

func TestReportSettingsReplace(t *testing.T) {
	s := openStore(t, t.TempDir())
	defer s.Close()
	f := &feeder{s: s}
	ctx := context.Background()
	if _, err := s.CaseReportSettings(ctx, "case_1"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing settings: %v", err)
	}
	f.apply(t, &Command{Type: CmdReportSettings, At: t0, Report: &ReportSettingsCmd{CaseID: "case_1", Language: "pt-BR", IncludeEvidence: true, UpdatedBy: "usr_1"}})
	f.apply(t, &Command{Type: CmdReportSettings, At: t0.Add(time.Minute), Report: &ReportSettingsCmd{CaseID: "case_1", Language: "en", IncludeIdentifiers: true, UpdatedBy: "usr_2"}})
	r, err := s.CaseReportSettings(ctx, "case_1")
	if err != nil {
		t.Fatal(err)
	}
	if r.Language != "en" || r.IncludeEvidence || !r.IncludeIdentifiers || r.UpdatedBy != "usr_2" || !r.UpdatedAt.Equal(t0.Add(time.Minute)) {
		t.Fatalf("settings = %+v", r)
	}
}

func TestAnalysedCasesSkipsProcessingAndErased(t *testing.T) {
	s := openStore(t, t.TempDir())
	defer s.Close()
	f := &feeder{s: s}
	ctx := context.Background()
	r := testRing(t)
	f.apply(t, caseCmd(r, "case_a", "pat_a", "dek_a", true, t0), caseCmd(r, "case_b", "pat_b", "dek_b", true, t0), caseCmd(r, "case_c", "pat_c", "dek_c", true, t0))
	for _, id := range []string{"case_a", "case_b"} {
		f.apply(t, &Command{Type: CmdCaseResult, At: t0.Add(time.Minute), Result: &CaseResultCmd{CaseID: id, Status: "completed", AnalysisCT: []byte("sealed-" + id)}})
	}
	got, err := s.AnalysedCases(ctx)
	if err != nil || len(got) != 2 {
		t.Fatalf("analysed = %+v, %v", got, err)
	}
	if ct, err := s.CaseAnalysisCT(ctx, "case_a"); err != nil || string(ct) != "sealed-case_a" {
		t.Fatalf("analysis ct = %q %v", ct, err)
	}
	f.apply(t, &Command{Type: CmdPatientErase, At: t0.Add(2 * time.Minute), Erase: &EraseCmd{PatientRef: r.Pseudonym("pat_a"), CaseID: "case_a", By: "usr_1"}})
	got, _ = s.AnalysedCases(ctx)
	if len(got) != 1 || got[0].CaseID != "case_b" || got[0].KeyID != "dek_b" {
		t.Fatalf("after erasure: %+v", got)
	}
	if _, err := s.CaseAnalysisCT(ctx, "case_a"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("erased analysis readable: %v", err)
	}
	if _, err := s.CaseAnalysisCT(ctx, "case_c"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("processing case has an analysis: %v", err)
	}
}
