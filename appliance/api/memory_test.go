package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func rkSoreThroat(pid string) map[string]any {
	return map[string]any{"patient_id": pid, "language": "en", "patient": map[string]any{"name": "Otto Brandt", "age": 24, "sex": "male"},
		"symptoms": "sore throat and runny nose for two days, no fever", "symptom_duration": "2 days",
		"vitals": map[string]any{"heart_rate": 76, "systolic_bp": 120, "diastolic_bp": 78, "respiratory_rate": 14, "spo2": 99, "temperature_c": 36.9}}
}

func TestSimilarCasesAPI(t *testing.T) {
	e := newRKEnv(t, nil)
	e.users("physician", "nurse")
	a := e.createCase("physician", rkChestPain("pat_mem_a", "Alice Quarry"))
	// Before the agents run: nothing to compare yet.
	if st, b := e.json("GET", "/v1/memory/similar-cases?case_id="+a, "physician", nil); st != http.StatusConflict {
		t.Fatalf("processing case: %d %s", st, b)
	}
	b1 := e.createCase("physician", rkChestPain("pat_mem_b", "Bruno Quarry"))
	a2 := e.createCase("physician", rkChestPain("pat_mem_a", "Alice Quarry")) // same patient as a
	c := e.createCase("physician", rkSoreThroat("pat_mem_c"))
	e.startAgents()
	e.waitDone(a, b1, a2, c)

	if st, _ := e.json("GET", "/v1/memory/similar-cases?case_id="+a, "nurse", nil); st != http.StatusForbidden {
		t.Errorf("nurse: %d", st)
	}
	for _, q := range []string{"", "?case_id=" + a + "&top_k=11", "?case_id=" + a + "&top_k=0", "?case_id=" + a + "&patient=x"} {
		if st, b := e.json("GET", "/v1/memory/similar-cases"+q, "physician", nil); st != 400 || rkErrCode(b) != "INVALID_INPUT" {
			t.Errorf("%q: %d %s", q, st, b)
		}
	}
	if st, _ := e.json("GET", "/v1/memory/similar-cases?case_id=case_nope", "physician", nil); st != 404 {
		t.Errorf("unknown case: %d", st)
	}

	st, body := e.json("GET", "/v1/memory/similar-cases?case_id="+a+"&top_k=10", "physician", nil)
	if st != 200 {
		t.Fatalf("similar: %d %s", st, body)
	}
	var out struct {
		SimilarCases []struct {
			CaseID          string   `json:"case_id"`
			SimilarityScore float64  `json:"similarity_score"`
			Urgency         string   `json:"urgency"`
			Specialties     []string `json:"specialties"`
			AgeBand         string   `json:"age_band"`
			SharedFeatures  []string `json:"shared_features"`
		} `json:"similar_cases"`
	}
	json.Unmarshal(body, &out)
	if len(out.SimilarCases) != 2 {
		t.Fatalf("want the two other patients' cases, got %s", body)
	}
	if out.SimilarCases[0].CaseID != b1 || out.SimilarCases[1].CaseID != c || out.SimilarCases[0].SimilarityScore <= out.SimilarCases[1].SimilarityScore {
		t.Errorf("ranking: %s", body)
	}
	top := out.SimilarCases[0]
	if top.Urgency != "emergency" || top.AgeBand != "65-79" || len(top.Specialties) == 0 || len(top.SharedFeatures) == 0 {
		t.Errorf("top match fields: %+v", top)
	}
	// Anonymized: no names, patient ids, dates of birth or free text.
	for _, bad := range []string{"Quarry", "Bruno", "Otto", "pat_mem", rkDOB, "crushing", "sore throat", "patient_ref", "pref_"} {
		if strings.Contains(string(body), bad) {
			t.Errorf("answer contains %q", bad)
		}
	}

	// Erasing a patient removes their cases from memory at once.
	if st, b := e.json("DELETE", "/v1/cases/"+b1, "physician", nil); st != 200 {
		t.Fatalf("erase: %d %s", st, b)
	}
	_, body = e.json("GET", "/v1/memory/similar-cases?case_id="+a, "physician", nil)
	if strings.Contains(string(body), b1) {
		t.Errorf("erased case still listed: %s", body)
	}
	st, body = e.json("GET", "/v1/audit/log?action=memory.similar&case_id="+a, "admin", nil)
	if st != 200 || !strings.Contains(string(body), `"result":"success"`) {
		t.Errorf("similar-cases access not audited: %d %s", st, body)
	}
}
