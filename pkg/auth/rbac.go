package auth

import (
	"fmt"
	"strings"
)

// Role is a user's role. Every user has exactly one.
type Role string

// The roles of CONTRACT.md.
const (
	RoleAdmin     Role = "admin"     // runs the system; reads no clinical content
	RolePhysician Role = "physician" // reads and acts on everything clinical
	RoleNurse     Role = "nurse"     // cases, patient-facing reports, documents
	RoleStaff     Role = "staff"     // front desk: creates and lists cases only
	RoleAuditor   Role = "auditor"   // reads the audit log only
)

// Roles returns all roles, in a fixed order.
func Roles() []Role {
	return []Role{RoleAdmin, RolePhysician, RoleNurse, RoleStaff, RoleAuditor}
}

// Valid reports whether r is one of the defined roles.
func (r Role) Valid() bool {
	switch r {
	case RoleAdmin, RolePhysician, RoleNurse, RoleStaff, RoleAuditor:
		return true
	}
	return false
}

// ParseRole parses a role name, ignoring case and surrounding space.
func ParseRole(s string) (Role, error) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	if !r.Valid() {
		return "", fmt.Errorf("auth: unknown role %q (want one of admin, physician, nurse, staff, auditor)", s)
	}
	return r, nil
}

// Permission names one action of the API. The values are stable strings,
// fit for logs and audit entries.
type Permission string

// Permissions, one per action of CONTRACT.md's API table.
const (
	CaseCreate          Permission = "case:create"          // POST /v1/cases
	CaseList            Permission = "case:list"            // GET /v1/cases (list rows, no clinical detail)
	CaseRead            Permission = "case:read"            // GET /v1/cases/{id} (clinical detail)
	CaseDelete          Permission = "case:delete"          // DELETE /v1/cases/{id} (erasure)
	DocumentAdd         Permission = "document:add"         // POST /v1/cases/{id}/documents (as case creation)
	DocumentRead        Permission = "document:read"        // GET /v1/documents/{id}[/text]
	ReportRead          Permission = "report:read"          // GET /v1/reports/{id}/physician
	ReportPatientRead   Permission = "report:patient:read"  // GET /v1/reports/{id}/patient
	ReportAudio         Permission = "report:audio"         // GET /v1/reports/{id}/audio
	ReportFHIR          Permission = "report:fhir"          // GET /v1/reports/{id}/fhir
	ReportRegenerate    Permission = "report:regenerate"    // POST /v1/reports/{id}/regenerate
	KnowledgeSearch     Permission = "knowledge:search"     // GET /v1/knowledge/search
	KnowledgeAdd        Permission = "knowledge:add"        // POST /v1/knowledge/add
	MemorySimilar       Permission = "memory:similar"       // GET /v1/memory/similar-cases
	TeleconsultInitiate Permission = "teleconsult:initiate" // POST /v1/teleconsult/initiate
	TeleconsultEnd      Permission = "teleconsult:end:any"  // DELETE /v1/teleconsult/{id} of a session one is not part of (participants may always end their own)
	AgentsStatus        Permission = "agents:status"        // GET /v1/agents/status
	AgentsSpawn         Permission = "agents:spawn"         // POST /v1/agents/spawn
	AuditRead           Permission = "audit:read"           // GET /v1/audit/log, GET /v1/audit/verify
	UserManage          Permission = "user:manage"          // /v1/users…
	ClusterManage       Permission = "cluster:manage"       // /v1/cluster…
	SyncManage          Permission = "sync:manage"          // GET /v1/sync/status
	BackupManage        Permission = "backup:manage"        // GET/POST /v1/backups
	MetricsRead         Permission = "metrics:read"         // GET /metrics
)

// grants is the contract's API table, permission by permission, so it can be
// read side by side with CONTRACT.md. Anything not listed is denied.
var grants = map[Permission][]Role{
	CaseCreate:          {RolePhysician, RoleNurse, RoleStaff},
	CaseList:            {RolePhysician, RoleNurse, RoleStaff},
	CaseRead:            {RolePhysician, RoleNurse},
	CaseDelete:          {RolePhysician, RoleAdmin},
	DocumentAdd:         {RolePhysician, RoleNurse, RoleStaff},
	DocumentRead:        {RolePhysician, RoleNurse},
	ReportRead:          {RolePhysician},
	ReportPatientRead:   {RolePhysician, RoleNurse},
	ReportAudio:         {RolePhysician, RoleNurse},
	ReportFHIR:          {RolePhysician},
	ReportRegenerate:    {RolePhysician},
	KnowledgeSearch:     {RoleAdmin, RolePhysician, RoleNurse, RoleStaff, RoleAuditor},
	KnowledgeAdd:        {RoleAdmin},
	MemorySimilar:       {RolePhysician},
	TeleconsultInitiate: {RolePhysician, RoleNurse},
	TeleconsultEnd:      {RoleAdmin},
	AgentsStatus:        {RoleAdmin, RolePhysician, RoleNurse, RoleStaff, RoleAuditor},
	AgentsSpawn:         {RoleAdmin},
	AuditRead:           {RoleAdmin, RoleAuditor},
	UserManage:          {RoleAdmin},
	ClusterManage:       {RoleAdmin},
	SyncManage:          {RoleAdmin},
	BackupManage:        {RoleAdmin},
	MetricsRead:         {RoleAdmin},
}

// allowed is grants inverted into a lookup table once, at start-up.
var allowed = func() map[Role]map[Permission]bool {
	m := make(map[Role]map[Permission]bool)
	for p, roles := range grants {
		for _, r := range roles {
			if m[r] == nil {
				m[r] = make(map[Permission]bool)
			}
			m[r][p] = true
		}
	}
	return m
}()

// Allowed reports whether role r may do p. Unknown roles and unknown
// permissions are denied.
func Allowed(r Role, p Permission) bool {
	return allowed[r][p]
}

// Permissions returns every defined permission, in a fixed order.
func Permissions() []Permission {
	return []Permission{
		CaseCreate, CaseList, CaseRead, CaseDelete, DocumentAdd, DocumentRead,
		ReportRead, ReportPatientRead, ReportAudio, ReportFHIR, ReportRegenerate,
		KnowledgeSearch, KnowledgeAdd, MemorySimilar, TeleconsultInitiate, TeleconsultEnd,
		AgentsStatus, AgentsSpawn, AuditRead, UserManage, ClusterManage, SyncManage,
		BackupManage, MetricsRead,
	}
}

// RolePermissions returns the permissions of r, in the order of Permissions
// (for a UI that hides what the user cannot do).
func RolePermissions(r Role) []Permission {
	var out []Permission
	for _, p := range Permissions() {
		if Allowed(r, p) {
			out = append(out, p)
		}
	}
	return out
}
