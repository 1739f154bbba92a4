package e2e

import (
	"testing"
)

// TestLeastPrivilege checks each role gets what its job needs and no more,
// and that refusals are audited as "denied".
func TestLeastPrivilege(t *testing.T) {
	t.Parallel()
	n := startNode(t, nil)
	admin := n.AdminToken(t)
	_, phys := n.UserLogin(t, admin, "physician")
	_, nurse := n.UserLogin(t, admin, "nurse")
	_, staff := n.UserLogin(t, admin, "staff")
	_, auditor := n.UserLogin(t, admin, "auditor")

	// Front desk: create and list, but no clinical detail.
	staffCase := n.CreateCase(t, staff.Access, map[string]any{"patient_id": "pat_front_1", "clinical_notes": "walk-in"})
	r := n.Do(t, "GET", "/v1/cases", staff.Access, nil)
	wantStatus(t, r, 200, "staff lists cases")
	if ids := caseIDs(r); len(ids) != 1 || ids[0] != staffCase {
		t.Errorf("staff list: %s", r)
	}
	if r.Get("cases.0.input") != nil || r.Get("cases.0.clinical_notes") != nil {
		t.Errorf("the case list carries clinical content: %s", r)
	}
	r = n.Do(t, "GET", "/v1/cases/"+staffCase, staff.Access, nil)
	wantError(t, r, 403, "INSUFFICIENT_PERMISSIONS", "staff reads a case")
	wantError(t, n.Do(t, "DELETE", "/v1/cases/"+staffCase, staff.Access, nil), 403, "INSUFFICIENT_PERMISSIONS", "staff deletes a case")

	// Nurse: create, list, read; no erasure.
	nurseCase := n.CreateCase(t, nurse.Access, map[string]any{"patient_id": "pat_ward_2"})
	wantStatus(t, n.Do(t, "GET", "/v1/cases/"+staffCase, nurse.Access, nil), 200, "nurse reads a case")
	wantError(t, n.Do(t, "DELETE", "/v1/cases/"+nurseCase, nurse.Access, nil), 403, "INSUFFICIENT_PERMISSIONS", "nurse deletes a case")
	wantStatus(t, n.Do(t, "GET", "/v1/cases/"+nurseCase, phys.Access, nil), 200, "case still there after the refused delete")

	// Admin: runs the system, reads no clinical content, may erase.
	wantError(t, n.Do(t, "GET", "/v1/cases/"+nurseCase, admin, nil), 403, "INSUFFICIENT_PERMISSIONS", "admin reads a case")
	wantError(t, n.Do(t, "GET", "/v1/cases", admin, nil), 403, "INSUFFICIENT_PERMISSIONS", "admin lists cases")
	wantError(t, n.Do(t, "POST", "/v1/cases", admin, map[string]any{"patient_id": "x"}), 403, "INSUFFICIENT_PERMISSIONS", "admin creates a case")
	r = n.Do(t, "DELETE", "/v1/cases/"+nurseCase, admin, nil)
	wantStatus(t, r, 200, "admin erases a case")
	wantError(t, n.Do(t, "GET", "/v1/cases/"+nurseCase, phys.Access, nil), 404, "RESOURCE_NOT_FOUND", "case erased by admin")

	// Auditor: the audit log and its verification, nothing else.
	wantStatus(t, n.Do(t, "GET", "/v1/audit/log", auditor.Access, nil), 200, "auditor reads the audit log")
	wantStatus(t, n.Do(t, "GET", "/v1/audit/verify", auditor.Access, nil), 200, "auditor verifies the chain")
	for _, c := range []struct {
		method, path string
		body         any
	}{
		{"GET", "/v1/cases", nil},
		{"GET", "/v1/cases/" + staffCase, nil},
		{"POST", "/v1/cases", map[string]any{"patient_id": "x"}},
		{"DELETE", "/v1/cases/" + staffCase, nil},
		{"GET", "/v1/users", nil},
		{"POST", "/v1/users", map[string]any{"username": "sneaky", "password": newPassword(), "role": "admin"}},
		{"PATCH", "/v1/users/" + auditor.UserID, map[string]any{"role": "admin"}},
		{"POST", "/v1/users/" + auditor.UserID + "/password", map[string]any{"password": newPassword()}},
		{"GET", "/v1/cluster/status", nil},
		{"GET", "/metrics", nil},
	} {
		wantError(t, n.Do(t, c.method, c.path, auditor.Access, c.body), 403, "INSUFFICIENT_PERMISSIONS", "auditor "+c.method+" "+c.path)
	}
	// Clinical roles cannot administer or audit.
	for _, tok := range []string{phys.Access, nurse.Access, staff.Access} {
		wantError(t, n.Do(t, "GET", "/v1/audit/log", tok, nil), 403, "INSUFFICIENT_PERMISSIONS", "clinician reads the audit log")
		wantError(t, n.Do(t, "GET", "/v1/users", tok, nil), 403, "INSUFFICIENT_PERMISSIONS", "clinician lists users")
		wantError(t, n.Do(t, "POST", "/v1/users", tok, map[string]any{"username": "sneaky2", "password": newPassword(), "role": "admin"}), 403, "INSUFFICIENT_PERMISSIONS", "clinician creates an admin")
	}
	// Admin can administer.
	wantStatus(t, n.Do(t, "GET", "/v1/cluster/status", admin, nil), 200, "admin cluster status")
	wantStatus(t, n.Do(t, "GET", "/v1/audit/log", admin, nil), 200, "admin audit log")

	// Roles are case-insensitive on input and stored canonically; a role
	// change ends the user's sessions and takes effect at the next sign-in.
	mixedID, mixedPW := n.CreateUser(t, admin, "mixed.case", "nurse")
	capPW := newPassword()
	r = n.Do(t, "POST", "/v1/users", admin, map[string]any{"username": "capital.role", "password": capPW, "role": "Physician"})
	wantStatus(t, r, 201, "create a user with role Physician")
	if r.Str("role") != "physician" {
		t.Errorf("role Physician should be stored as physician: %s", r)
	}
	mixed := n.Login(t, "mixed.case", mixedPW)
	wantStatus(t, n.Do(t, "GET", "/v1/cases/"+staffCase, mixed.Access, nil), 200, "nurse reads")
	r = n.Do(t, "PATCH", "/v1/users/"+mixedID, admin, map[string]any{"role": "STAFF"})
	wantStatus(t, r, 200, "change role to STAFF")
	if r.Str("role") != "staff" {
		t.Errorf("role STAFF should be stored as staff: %s", r)
	}
	wantError(t, n.Do(t, "GET", "/v1/cases", mixed.Access, nil), 401, "AUTHENTICATION_FAILED", "token issued before a role change")
	mixed = n.Login(t, "mixed.case", mixedPW)
	if mixed.Role != "staff" {
		t.Errorf("sign-in after the role change: role %q, want staff", mixed.Role)
	}
	wantError(t, n.Do(t, "GET", "/v1/cases/"+staffCase, mixed.Access, nil), 403, "INSUFFICIENT_PERMISSIONS", "former nurse, now staff, reads a case")
	if tk := n.Login(t, "Capital.Role", capPW); tk.Role != "physician" { // user names are case-insensitive
		t.Errorf("user created with role Physician signs in with role %q", tk.Role)
	}

	// Each refusal is itself audited as denied, with who tried.
	entries := auditEntries(t, n, auditor.Access, "action=case.read&limit=1000")
	found := false
	for _, e := range entries {
		if e.UserID == staff.UserID && e.CaseID == staffCase && e.Result == "denied" && e.Role == "staff" {
			found = true
		}
		if e.Result == "denied" && e.UserID == admin {
			t.Errorf("bad entry %+v", e)
		}
	}
	if !found {
		t.Errorf("staff's refused GET /v1/cases/%s is not in the audit log as denied: %+v", staffCase, entries)
	}
	found = false
	for _, e := range auditEntries(t, n, auditor.Access, "action=case.delete&limit=1000") {
		if e.UserID == nurse.UserID && e.Result == "denied" && e.CaseID == nurseCase {
			found = true
		}
	}
	if !found {
		t.Errorf("nurse's refused DELETE of %s is not audited as denied", nurseCase)
	}
	found = false
	for _, e := range auditEntries(t, n, admin, "user_id="+auditor.UserID+"&limit=1000") {
		if e.Action == "user.create" && e.Result == "denied" && e.Role == "auditor" {
			found = true
		}
	}
	if !found {
		t.Errorf("auditor's refused POST /v1/users is not audited as denied")
	}
}
