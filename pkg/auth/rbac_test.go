package auth

import (
	"slices"
	"testing"
)

// The full role × permission matrix, transcribed from CONTRACT.md's API table.
// Columns: admin, physician, nurse, staff, auditor.
var wantMatrix = []struct {
	perm                                    Permission
	admin, physician, nurse, staff, auditor bool
}{
	{CaseCreate, false, true, true, true, false},
	{CaseList, false, true, true, true, false},
	{CaseRead, false, true, true, false, false},
	{CaseDelete, true, true, false, false, false},
	{DocumentAdd, false, true, true, true, false},
	{DocumentRead, false, true, true, false, false},
	{ReportRead, false, true, false, false, false},
	{ReportPatientRead, false, true, true, false, false},
	{ReportAudio, false, true, true, false, false},
	{ReportFHIR, false, true, false, false, false},
	{ReportRegenerate, false, true, false, false, false},
	{KnowledgeSearch, true, true, true, true, true},
	{KnowledgeAdd, true, false, false, false, false},
	{MemorySimilar, false, true, false, false, false},
	{TeleconsultInitiate, false, true, true, false, false},
	{TeleconsultEnd, true, false, false, false, false},
	{AgentsStatus, true, true, true, true, true},
	{AgentsSpawn, true, false, false, false, false},
	{AuditRead, true, false, false, false, true},
	{UserManage, true, false, false, false, false},
	{ClusterManage, true, false, false, false, false},
	{SyncManage, true, false, false, false, false},
	{BackupManage, true, false, false, false, false},
	{MetricsRead, true, false, false, false, false},
}

func TestAllowedMatrix(t *testing.T) {
	seen := map[Permission]bool{}
	for _, row := range wantMatrix {
		seen[row.perm] = true
		want := map[Role]bool{
			RoleAdmin: row.admin, RolePhysician: row.physician, RoleNurse: row.nurse,
			RoleStaff: row.staff, RoleAuditor: row.auditor,
		}
		for _, r := range Roles() {
			if got := Allowed(r, row.perm); got != want[r] {
				t.Errorf("Allowed(%s, %s) = %v, want %v", r, row.perm, got, want[r])
			}
		}
	}
	for _, p := range Permissions() {
		if !seen[p] {
			t.Errorf("permission %s is not in the test matrix", p)
		}
	}
	if len(seen) != len(Permissions()) || len(grants) != len(Permissions()) {
		t.Errorf("matrix has %d rows, Permissions() %d, grants %d", len(seen), len(Permissions()), len(grants))
	}
}

// The contract's principles, checked independently of the table above.
func TestLeastPrivilegeInvariants(t *testing.T) {
	clinical := []Permission{CaseRead, DocumentRead, ReportRead, ReportPatientRead, ReportAudio, ReportFHIR, ReportRegenerate, MemorySimilar}
	for _, p := range clinical {
		for _, r := range []Role{RoleAdmin, RoleStaff, RoleAuditor} {
			if Allowed(r, p) {
				t.Errorf("%s may %s: clinical content must stay with physicians and nurses", r, p)
			}
		}
		if !Allowed(RolePhysician, p) {
			t.Errorf("physician may not %s: physicians read everything clinical", p)
		}
	}
	for _, p := range Permissions() {
		everyone := p == AgentsStatus || p == KnowledgeSearch
		if got := Allowed(RoleAuditor, p); got != (everyone || p == AuditRead) {
			t.Errorf("auditor %s = %v: auditors read the audit log (and what every user sees) only", p, got)
		}
		if everyone {
			for _, r := range Roles() {
				if !Allowed(r, p) {
					t.Errorf("%s may not %s: every user may", r, p)
				}
			}
		}
	}
	if got := RolePermissions(RoleStaff); !slices.Equal(got, []Permission{CaseCreate, CaseList, DocumentAdd, KnowledgeSearch, AgentsStatus}) {
		t.Errorf("staff permissions = %v", got)
	}
}

func TestUnknownRoleAndPermissionDenied(t *testing.T) {
	for _, p := range Permissions() {
		for _, r := range []Role{"", "root", "Admin", "superuser"} {
			if Allowed(r, p) {
				t.Errorf("Allowed(%q, %s) = true", r, p)
			}
		}
	}
	for _, r := range Roles() {
		if Allowed(r, "case:*") || Allowed(r, "") {
			t.Errorf("role %s allowed an undefined permission", r)
		}
	}
}

func TestParseRole(t *testing.T) {
	for in, want := range map[string]Role{
		"admin": RoleAdmin, "physician": RolePhysician, "nurse": RoleNurse, "staff": RoleStaff,
		"auditor": RoleAuditor, " Physician ": RolePhysician, "NURSE": RoleNurse,
	} {
		got, err := ParseRole(in)
		if err != nil || got != want {
			t.Errorf("ParseRole(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "doctor", "root", "admin,nurse", "admín"} {
		if got, err := ParseRole(in); err == nil {
			t.Errorf("ParseRole(%q) = %q, want error", in, got)
		}
	}
	for _, r := range Roles() {
		if !r.Valid() {
			t.Errorf("%s not valid", r)
		}
	}
}
