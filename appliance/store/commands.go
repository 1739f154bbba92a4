package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/agnomedical/agno/pkg/audit"
)

// Command types. A command is built (IDs, times, random values, ciphertext)
// by the handler and applied deterministically by every node.
const (
	CmdUserCreate    = "user.create"
	CmdUserUpdate    = "user.update"
	CmdSessionCreate = "session.create"
	CmdSessionRotate = "session.rotate"
	CmdSessionTouch  = "session.touch"
	CmdSessionRevoke = "session.revoke"
	CmdJWTKeyAdd     = "jwtkey.add"
	CmdLoginFailed   = "login.failed"
	CmdCaseCreate    = "case.create"
	CmdDocumentPut   = "document.put"
	CmdPatientErase  = "patient.erase"
	CmdDocumentDone  = "document.result"
	CmdDocumentsAdd  = "documents.add"
	CmdNodeRemoved   = "node.removed"
	CmdCaseResult    = "case.result"
	CmdAuditOnly     = "audit"
	// Knowledge base and report settings (knowledge.go); both ignorable by
	// older nodes, which then serve without them.
	CmdKnowledgeAdd   = "knowledge.add"
	CmdReportSettings = "report.settings"
)

// commandVersion is the envelope version this build writes and reads.
const commandVersion = 1

// Command is the versioned envelope of every state change. Audit entries
// ride in the same entry as the change they record, so a change without its
// audit record cannot exist.
type Command struct {
	Type      string        `json:"type"`
	V         int           `json:"v"`
	At        time.Time     `json:"at"`
	Ignorable bool          `json:"ignorable,omitempty"` // older nodes may skip it (rolling upgrades)
	Audit     []audit.Entry `json:"audit,omitempty"`

	User    *UserCmd       `json:"user,omitempty"`
	Session *SessionCmd    `json:"session,omitempty"`
	JWTKey  *JWTKeyCmd     `json:"jwt_key,omitempty"`
	Login   *LoginCmd      `json:"login,omitempty"`
	Case    *CaseCmd       `json:"case,omitempty"`
	Doc     *DocCmd        `json:"doc,omitempty"`
	Erase   *EraseCmd      `json:"erase,omitempty"`
	DocDone *DocResultCmd  `json:"doc_result,omitempty"`
	DocsAdd *DocsAddCmd    `json:"docs_add,omitempty"`
	NodeID  string         `json:"node_id,omitempty"` // node.removed
	Result  *CaseResultCmd `json:"case_result,omitempty"`

	Knowledge *KnowledgeCmd      `json:"knowledge,omitempty"`
	Report    *ReportSettingsCmd `json:"report_settings,omitempty"`

	// Blob carries one large binary value (a document's ciphertext) outside
	// the JSON, so uploads are not inflated by base64.
	Blob []byte `json:"-"`
}

// UserCmd creates or changes an account.
type UserCmd struct {
	UserID       string `json:"user_id"`
	Username     string `json:"username,omitempty"`
	Role         string `json:"role,omitempty"`
	PasswordHash string `json:"password_hash,omitempty"`
	Disabled     *bool  `json:"disabled,omitempty"`
	// CreateOnlyIfEmpty makes the first-admin bootstrap idempotent across
	// nodes and restarts: it applies only when there are no users yet.
	CreateOnlyIfEmpty bool `json:"create_only_if_empty,omitempty"`
}

// SessionCmd creates, rotates, touches or revokes sessions.
type SessionCmd struct {
	SessionID   string    `json:"session_id,omitempty"`
	UserID      string    `json:"user_id,omitempty"`
	Username    string    `json:"username,omitempty"`
	RefreshHash string    `json:"refresh_hash,omitempty"`
	OldHash     string    `json:"old_hash,omitempty"`
	ExpiresAt   time.Time `json:"expires_at,omitempty"`
	AllUsers    bool      `json:"all_users,omitempty"`
	Reason      string    `json:"reason,omitempty"`
	MaxPerUser  int       `json:"max_per_user,omitempty"`
}

// JWTKeyCmd adds a signing key (wrapped) and retires the others.
type JWTKeyCmd struct {
	KID     string `json:"kid"`
	Wrapped []byte `json:"wrapped"`
}

// LoginCmd records a failed sign-in for lockout.
type LoginCmd struct {
	Username string `json:"username"`
}

// CaseCmd creates a case. Everything identifying is in InputCT, sealed with
// the patient's data key; NewKey carries that key (wrapped) the first time.
type CaseCmd struct {
	CaseID      string    `json:"case_id"`
	PatientRef  string    `json:"patient_ref"`
	KeyID       string    `json:"key_id"`
	NewKey      []byte    `json:"new_key,omitempty"`
	Priority    string    `json:"priority"`
	Language    string    `json:"language"`
	CreatedBy   string    `json:"created_by"`
	InputCT     []byte    `json:"input_ct"`
	Documents   []DocMeta `json:"documents,omitempty"`
	Specialties []string  `json:"specialties,omitempty"`
}

// DocMeta announces a document of a case; its bytes follow in a DocCmd.
type DocMeta struct {
	DocumentID  string `json:"document_id"`
	FilenameCT  []byte `json:"filename_ct"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
}

// DocsAddCmd announces new documents of an existing case; the case goes
// back to "processing" so its analysis takes them into account.
type DocsAddCmd struct {
	CaseID     string    `json:"case_id"`
	PatientRef string    `json:"patient_ref"`
	KeyID      string    `json:"key_id"`
	Documents  []DocMeta `json:"documents"`
}

// DocCmd stores one document's ciphertext (in Command.Blob).
type DocCmd struct {
	DocumentID string `json:"document_id"`
	CaseID     string `json:"case_id"`
}

// DocResultCmd records a document's extraction (text and labs sealed).
type DocResultCmd struct {
	DocumentID string  `json:"document_id"`
	Status     string  `json:"status"` // done|error
	Pages      int     `json:"pages"`
	Method     string  `json:"method"`
	Quality    float64 `json:"quality"`
	Error      string  `json:"error,omitempty"` // user-safe message, never document content
	ResultCT   []byte  `json:"result_ct,omitempty"`
}

// CaseResultCmd records the agents' analysis of a case. It applies once:
// a case that already left "processing" keeps its first result unless
// Rerun is set (an administrator's explicit re-run).
type CaseResultCmd struct {
	CaseID     string `json:"case_id"`
	Status     string `json:"status"` // completed|escalated|error
	Urgency    string `json:"urgency,omitempty"`
	AnalysisCT []byte `json:"analysis_ct"`
	Rerun      bool   `json:"rerun,omitempty"`
	// Summary is the PHI-free outbox event for the hub (urgency, scores,
	// specialties, confidence); it is built from structured fields only.
	Summary map[string]any `json:"summary,omitempty"`
}

// EraseCmd crypto-shreds a patient: keys destroyed, ciphertext dropped,
// audit kept.
type EraseCmd struct {
	PatientRef string `json:"patient_ref"`
	CaseID     string `json:"case_id"`
	By         string `json:"by"`
}

// Encode frames a command: magic, version, JSON length, JSON, blob.
func (c *Command) Encode() ([]byte, error) {
	c.V = commandVersion
	js, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, 2+binary.MaxVarintLen64+len(js)+len(c.Blob))
	out = append(out, 0xA6, commandVersion)
	out = binary.AppendUvarint(out, uint64(len(js)))
	out = append(out, js...)
	return append(out, c.Blob...), nil
}

// ErrBadCommand is a command that does not decode.
var ErrBadCommand = errors.New("malformed command")

// DecodeCommand reverses Encode.
func DecodeCommand(b []byte) (*Command, error) {
	if len(b) < 3 || b[0] != 0xA6 {
		return nil, ErrBadCommand
	}
	if b[1] > commandVersion {
		return nil, fmt.Errorf("%w: envelope version %d is newer than this node understands (%d); upgrade this node", ErrBadCommand, b[1], commandVersion)
	}
	n, k := binary.Uvarint(b[2:])
	if k <= 0 || uint64(len(b)-2-k) < n {
		return nil, ErrBadCommand
	}
	js := b[2+k : 2+k+int(n)]
	c := &Command{}
	if err := json.Unmarshal(js, c); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadCommand, err)
	}
	if rest := b[2+k+int(n):]; len(rest) > 0 {
		c.Blob = rest
	}
	return c, nil
}

// Result is what applying a command returns to the node that proposed it.
type Result struct {
	Err   error
	Value any
	Index uint64 // raft index; WaitVisible(Index) gives read-your-writes
}

// Errors the state machine returns for commands that lost a race.
var (
	ErrConflict     = errors.New("conflict")
	ErrNotFound     = errors.New("not found")
	ErrKeyShredded  = errors.New("patient data key was erased")
	ErrRefreshReuse = errors.New("refresh token reuse")
	ErrSessionGone  = errors.New("session revoked or expired")
)

// resultErrors are the sentinel errors a Result may carry across the wire.
var resultErrors = map[string]error{
	"conflict": ErrConflict, "not_found": ErrNotFound, "key_shredded": ErrKeyShredded,
	"refresh_reuse": ErrRefreshReuse, "session_gone": ErrSessionGone,
}

type wireResult struct {
	Err   string `json:"err,omitempty"`
	Index uint64 `json:"index"`
}

// EncodeResult carries an apply result from the leader to the follower that
// forwarded the command. Values stay behind: handlers re-read state after
// WaitVisible when they need it.
func EncodeResult(v any) []byte {
	r, _ := v.(Result)
	w := wireResult{Index: r.Index}
	if r.Err != nil {
		w.Err = "other"
		for k, e := range resultErrors {
			if errors.Is(r.Err, e) {
				w.Err = k
			}
		}
	}
	b, _ := json.Marshal(w)
	return b
}

// DecodeResult reverses EncodeResult.
func DecodeResult(b []byte) (any, error) {
	var w wireResult
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, err
	}
	r := Result{Index: w.Index}
	if w.Err != "" {
		r.Err = resultErrors[w.Err]
		if r.Err == nil {
			r.Err = errors.New("command refused by the state machine")
		}
	}
	return r, nil
}
