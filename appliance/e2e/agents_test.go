package e2e

import (
	"strings"
	"testing"
	"time"
)

// waitAnalysed polls a case until the agents have decided it.
func waitAnalysed(t *testing.T, n *Node, tok, id string) *Resp {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		r := n.Do(t, "GET", "/v1/cases/"+id, tok, nil)
		if s := r.Str("status"); s != "processing" {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("case %s still processing after 30 s", id)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestCaseIsAnalysedAuditedAndCanBeRespawned(t *testing.T) {
	n := startNode(t, nil)
	admin := n.AdminToken(t)
	_, doc := n.UserLogin(t, admin, "physician")
	id := n.CreateCase(t, doc.Access, map[string]any{
		"patient_id": "pat_agents_1", "language": "en",
		"symptoms":    "crushing chest pain radiating to the left arm, sweating",
		"patient":     map[string]any{"age": 61, "sex": "male"},
		"vitals":      map[string]any{"heart_rate": 118, "systolic_bp": 84, "diastolic_bp": 50, "respiratory_rate": 26, "spo2": 90},
		"medications": []string{"warfarin 5 mg daily", "aspirin 100 mg"},
	})
	r := waitAnalysed(t, n, doc.Access, id)
	if r.Str("triage.urgency_level") != "emergency" {
		t.Fatalf("shock with chest pain not triaged as an emergency: %s", r)
	}
	if r.Str("status") != "escalated" && r.Str("status") != "completed" {
		t.Fatalf("status %q", r.Str("status"))
	}
	alerts, _ := r.Get("alerts").([]any)
	found := false
	for _, a := range alerts {
		am := a.(map[string]any)
		if am["kind"] == "drug_interaction" && strings.Contains(strings.Join(toStrings(am["drugs"]), ","), "aspirin,warfarin") {
			found = true
		}
	}
	if !found {
		t.Fatalf("warfarin + aspirin interaction not alerted: %v", alerts)
	}
	if r.Get("final_report") == nil || r.Get("completed_at") == nil {
		t.Fatalf("no final report / completion time: %s", r)
	}

	// The analysis is in the audit trail, by the agents, without PHI.
	a := n.Do(t, "GET", "/v1/audit/log?action=case.analyse&case_id="+id, admin, nil)
	entries, _ := a.Get("entries").([]any)
	if len(entries) != 1 || entries[0].(map[string]any)["user_id"] != "system:agents" {
		t.Fatalf("analysis not audited: %s", a)
	}

	// Spawn: admin only, names the agent's run, carries no clinical content.
	nurseName, nurse := n.UserLogin(t, admin, "nurse")
	_ = nurseName
	wantError(t, n.Do(t, "POST", "/v1/agents/spawn", nurse.Access, map[string]any{"case_id": id, "agent_type": "cardiology"}), 403, "INSUFFICIENT_PERMISSIONS", "nurse spawn")
	wantError(t, n.Do(t, "POST", "/v1/agents/spawn", admin, map[string]any{"case_id": id, "agent_type": "astrology"}), 400, "INVALID_INPUT", "unknown agent")
	wantError(t, n.Do(t, "POST", "/v1/agents/spawn", admin, map[string]any{"case_id": "case_nope", "agent_type": "cardiology"}), 404, "RESOURCE_NOT_FOUND", "unknown case")
	s := n.Do(t, "POST", "/v1/agents/spawn", admin, map[string]any{"case_id": id, "agent_type": "cardiology"})
	wantStatus(t, s, 201, "spawn")
	if s.Str("agent.agent") != "cardiology" || s.Str("status") == "" {
		t.Fatalf("spawn answer: %s", s)
	}
	if strings.Contains(string(s.Raw), "chest") || strings.Contains(string(s.Raw), "warfarin") {
		t.Fatalf("spawn answer leaks clinical content to an admin: %s", s)
	}
	a = n.Do(t, "GET", "/v1/audit/log?action=case.analyse&case_id="+id, admin, nil)
	if entries, _ := a.Get("entries").([]any); len(entries) != 2 {
		t.Fatalf("re-run not audited: %s", a)
	}
	st := n.Do(t, "GET", "/v1/agents/status", doc.Access, nil)
	wantStatus(t, st, 200, "agents status")
	if st.Num("agents.triage.runs") < 2 || st.Str("system_health") == "" {
		t.Fatalf("agents status: %s", st)
	}
}

func toStrings(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}
