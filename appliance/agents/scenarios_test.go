package agents

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

type scenario struct {
	ID    string          `json:"id"`
	Input casemodel.Input `json:"input"`
	Want  struct {
		Urgency     string   `json:"urgency"`
		Specialties []string `json:"specialties"`
		Alerts      []struct {
			Kind    string   `json:"kind"`
			Drugs   []string `json:"drugs"`
			Analyte string   `json:"analyte"`
		} `json:"alerts"`
	} `json:"want"`
}

func key(kind string, drugs []string, analyte string) string {
	d := append([]string(nil), drugs...)
	sort.Strings(d)
	return kind + ":" + analyte + strings.Join(d, "+")
}

// TestScenarios runs hand-written clinical scenarios (testdata/scenarios.jsonl,
// written from textbook presentations, independent of the vignette set):
// urgency, required specialties and the exact alert set.
func TestScenarios(t *testing.T) {
	f, err := os.Open("testdata/scenarios.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for sc.Scan() {
		var s scenario
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		t.Run(s.ID, func(t *testing.T) {
			a, _ := AnalyzeWithTrace(context.Background(), s.Input, nil, Options{ReferenceTime: ref})
			if a.Triage == nil {
				t.Fatalf("no triage: %+v", a)
			}
			if a.Triage.UrgencyLevel != s.Want.Urgency {
				t.Errorf("urgency %s, want %s (flags %v)", a.Triage.UrgencyLevel, s.Want.Urgency, a.Triage.RedFlags)
			}
			for _, sp := range s.Want.Specialties {
				if !casemodel.Contains(a.Triage.Specialties, sp) {
					t.Errorf("specialties %v lack %s", a.Triage.Specialties, sp)
				}
			}
			want := map[string]bool{}
			for _, w := range s.Want.Alerts {
				want[key(w.Kind, w.Drugs, w.Analyte)] = true
			}
			got := map[string]bool{}
			for _, g := range a.Alerts {
				got[key(g.Kind, g.Drugs, g.Analyte)] = true
			}
			for k := range want {
				if !got[k] {
					t.Errorf("missing alert %s (got %v)", k, got)
				}
			}
			for k := range got {
				if !want[k] {
					t.Errorf("unexpected alert %s", k)
				}
			}
		})
	}
}
