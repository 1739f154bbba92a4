package memory

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/agents"
	"github.com/agnomedical/agno/appliance/casemodel"
)

func f(v float64) *float64 { return &v }
func i(v int) *int         { return &v }

func analyse(t *testing.T, in casemodel.Input) casemodel.Analysis {
	t.Helper()
	an := agents.Analyze(agents.WithReferenceTime(context.Background(), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)), in, nil)
	b, _ := json.Marshal(an)
	var stored casemodel.Analysis
	if err := json.Unmarshal(b, &stored); err != nil {
		t.Fatal(err)
	}
	return stored
}

func chestPain(name, id string, age int) casemodel.Input {
	return casemodel.Input{PatientID: id, Language: "en", Patient: &casemodel.Patient{Name: name, Age: i(age), Sex: "male"},
		Symptoms: "crushing chest pain radiating to the left arm with sweating", SymptomDuration: "1 hour",
		Vitals: &casemodel.Vitals{HeartRate: f(104), SystolicBP: f(150), DiastolicBP: f(90), RespiratoryRate: f(20), SpO2: f(96), TemperatureC: f(36.9)},
		Labs:   []casemodel.Lab{{Name: "troponin I", Value: 0.6, Unit: "ng/mL"}}, ClinicalNotes: "Smoker, hypertension."}
}

func soreThroat(name, id string, age int) casemodel.Input {
	return casemodel.Input{PatientID: id, Language: "en", Patient: &casemodel.Patient{Name: name, Age: i(age), Sex: "female"},
		Symptoms: "sore throat and mild cough for two days, no fever", SymptomDuration: "2 days",
		Vitals: &casemodel.Vitals{HeartRate: f(78), SystolicBP: f(118), DiastolicBP: f(76), RespiratoryRate: f(14), SpO2: f(99), TemperatureC: f(37.0)}}
}

func TestFeaturesAreDeidentified(t *testing.T) {
	in := chestPain("Bartholomew Quince", "pat_secret_99", 58)
	in.Patient.DateOfBirth = "1967-03-09"
	fe := FromAnalysis(analyse(t, in))
	b, _ := json.Marshal(fe)
	for _, bad := range []string{"Bartholomew", "Quince", "pat_secret_99", "1967", "crushing", "Smoker"} {
		if strings.Contains(string(b), bad) {
			t.Errorf("features leak %q: %s", bad, b)
		}
	}
	if fe.Urgency != "emergency" || fe.AgeBand != "40-64" || fe.Sex != "male" {
		t.Errorf("features = %+v", fe)
	}
	if len(fe.RedFlags) == 0 || len(fe.Hypotheses) == 0 || fe.Scores["news2"] == 0 && fe.Scores["heart"] == 0 {
		t.Errorf("features miss the clinical picture: %+v", fe)
	}
	if !contains(fe.Specialties, "cardiology") {
		t.Errorf("specialties %v", fe.Specialties)
	}
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestSimilarCasesRankFirst(t *testing.T) {
	q := FromAnalysis(analyse(t, chestPain("A", "p1", 60)))
	same := FromAnalysis(analyse(t, chestPain("B", "p2", 62)))
	other := FromAnalysis(analyse(t, soreThroat("C", "p3", 25)))
	if s := Similarity(q, q); s < 0.999 {
		t.Errorf("self-similarity %.3f", s)
	}
	sSame, sOther := Similarity(q, same), Similarity(q, other)
	if !(sSame > sOther+0.3) {
		t.Errorf("similar %.3f vs dissimilar %.3f", sSame, sOther)
	}
	if Similarity(q, same) != Similarity(same, q) {
		t.Error("similarity is not symmetric")
	}
	ms := Rank(q, []Candidate{{CaseID: "case_throat", Status: "completed", Features: other}, {CaseID: "case_chest", Status: "escalated", Features: same}}, 10)
	if len(ms) != 2 || ms[0].CaseID != "case_chest" || ms[0].SimilarityScore <= ms[1].SimilarityScore {
		t.Fatalf("rank = %+v", ms)
	}
	if len(ms[0].SharedFeatures) == 0 || !contains(ms[0].SharedFeatures, "urgency:emergency") {
		t.Errorf("shared features %v", ms[0].SharedFeatures)
	}
	if got := Rank(q, []Candidate{{CaseID: "a"}, {CaseID: "b"}, {CaseID: "c"}}, 2); len(got) != 2 {
		t.Errorf("topK ignored: %d", len(got))
	}
}

func TestSimilarityBounds(t *testing.T) {
	empty := Features{Urgency: "unknown", AgeBand: "unknown", Sex: "unknown"}
	full := Features{Urgency: "emergency", Specialties: []string{"cardiology"}, RedFlags: []string{"x"}, Alerts: []string{"allergy"},
		Hypotheses: []string{"acs"}, Scores: map[string]float64{"news2": 9}, AgeBand: "80+", Sex: "male"}
	for _, p := range [][2]Features{{empty, empty}, {empty, full}, {full, full}} {
		if s := Similarity(p[0], p[1]); s < 0 || s > 1 {
			t.Errorf("similarity %.3f out of [0,1]", s)
		}
	}
	if AgeBand(3) != "0-4" || AgeBand(17.9) != "5-17" || AgeBand(64) != "40-64" || AgeBand(92) != "80+" {
		t.Error("age bands")
	}
	if jaccard([]string{"a", "b"}, []string{"b", "c"}) != 1.0/3 {
		t.Error("jaccard")
	}
}
