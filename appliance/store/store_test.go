package store

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/agnomedical/agno/pkg/audit"
	"github.com/agnomedical/agno/pkg/keys"
	"github.com/agnomedical/agno/replication/raftnode"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

func testRing(t *testing.T) *keys.Ring {
	t.Helper()
	r, err := keys.NewRing(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func openStore(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir, testRing(t), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// feeder applies commands as raft would: sequential indexes, one batch each.
type feeder struct {
	s   *Store
	idx uint64
}

func (f *feeder) apply(t *testing.T, cmds ...*Command) []Result {
	t.Helper()
	var entries []raftnode.Entry
	for _, c := range cmds {
		f.idx++
		data, err := c.Encode()
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, raftnode.Entry{Index: f.idx, Term: 1, Data: data})
	}
	out := f.s.ApplyBatch(entries)
	res := make([]Result, len(out))
	for i, v := range out {
		res[i] = v.(Result)
	}
	if err := f.s.WaitVisible(context.Background(), f.idx); err != nil {
		t.Fatal(err)
	}
	return res
}

func auditEntry(action string, at time.Time) audit.Entry {
	return audit.Entry{EntryID: "aud_" + action + at.Format("150405.000000"), Timestamp: at, UserID: "usr_1", Role: "physician", Action: action, Result: audit.ResultSuccess}
}

func userCmd(id, name, role string, at time.Time) *Command {
	return &Command{Type: CmdUserCreate, At: at, User: &UserCmd{UserID: id, Username: name, Role: role, PasswordHash: "$argon2id$x"}, Audit: []audit.Entry{auditEntry("user.create", at)}}
}

func caseCmd(r *keys.Ring, caseID, patientID, keyID string, newKey bool, at time.Time) *Command {
	ref := r.Pseudonym(patientID)
	cc := &CaseCmd{CaseID: caseID, PatientRef: ref, KeyID: keyID, Priority: "high", Language: "en", CreatedBy: "usr_1", InputCT: []byte("sealed")}
	if newKey {
		_, wrapped, _ := r.NewDataKey(ref, keyID)
		cc.NewKey = wrapped
	}
	return &Command{Type: CmdCaseCreate, At: at, Case: cc, Audit: []audit.Entry{auditEntry("case.create", at)}}
}

func TestApplyAndRestartKeepState(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	f := &feeder{s: s}
	r := testRing(t)
	res := f.apply(t, userCmd("usr_1", "Ana", "physician", t0), userCmd("usr_2", "ana", "nurse", t0))
	if res[0].Err != nil || !errors.Is(res[1].Err, ErrConflict) {
		t.Fatalf("user names must be unique case-insensitively: %+v", res)
	}
	f.apply(t, caseCmd(r, "case_1", "pat_1", "dek_1", true, t0.Add(time.Second)), caseCmd(r, "case_2", "pat_1", "dek_1", false, t0.Add(2*time.Second)))
	rows, total, err := s.ListCases(context.Background(), CaseFilter{PatientRef: r.Pseudonym("pat_1"), Limit: 10})
	if err != nil || total != 2 || len(rows) != 2 || rows[0].CaseID != "case_2" {
		t.Fatalf("list: %v %d %+v", err, total, rows)
	}
	before, _ := s.VerifyAudit(context.Background())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openStore(t, dir)
	defer s.Close()
	if s.AppliedIndex() != f.idx {
		t.Fatalf("applied index after restart = %d, want %d", s.AppliedIndex(), f.idx)
	}
	if u, ok := s.UserByName("ANA"); !ok || u.Role != "physician" {
		t.Fatalf("user lost on restart: %+v %v", u, ok)
	}
	if id, ok := s.PatientKeyID(r.Pseudonym("pat_1")); !ok || id != "dek_1" {
		t.Fatalf("patient key lost: %q %v", id, ok)
	}
	after, err := s.VerifyAudit(context.Background())
	if err != nil || !after.OK || after.Entries != before.Entries || after.Entries != 4 {
		t.Fatalf("audit after restart: %+v (before %+v) %v", after, before, err)
	}
	// Replayed entries (raft replays from the last snapshot) are skipped.
	f2 := &feeder{s: s}
	f2.apply(t, caseCmd(r, "case_1", "pat_1", "dek_1", false, t0))
	if _, total, _ := s.ListCases(context.Background(), CaseFilter{Limit: 10}); total != 2 {
		t.Fatalf("replay duplicated rows: total %d", total)
	}
}

func TestEraseShredsKeysAndKeepsAudit(t *testing.T) {
	s := openStore(t, t.TempDir())
	defer s.Close()
	f := &feeder{s: s}
	r := testRing(t)
	f.apply(t, caseCmd(r, "case_1", "pat_1", "dek_1", true, t0), caseCmd(r, "case_2", "pat_2", "dek_2", true, t0))
	if _, err := s.DataKey("dek_1"); err != nil {
		t.Fatal(err)
	}
	ref := r.Pseudonym("pat_1")
	res := f.apply(t, &Command{Type: CmdPatientErase, At: t0.Add(time.Minute), Erase: &EraseCmd{PatientRef: ref, CaseID: "case_1", By: "usr_1"}, Audit: []audit.Entry{auditEntry("case.delete", t0.Add(time.Minute))}})
	if res[0].Err != nil || res[0].Value.(int) != 1 {
		t.Fatalf("erase result %+v", res[0])
	}
	if _, err := s.DataKey("dek_1"); !errors.Is(err, ErrShredded) {
		t.Fatalf("key of an erased patient still opens: %v", err)
	}
	if _, err := s.DataKey("dek_2"); err != nil {
		t.Fatalf("other patient's key lost: %v", err)
	}
	c, err := s.GetCase(context.Background(), "case_1")
	if err != nil || !c.DeletedAt.Valid || c.InputCT != nil {
		t.Fatalf("erased case still holds ciphertext: %+v %v", c, err)
	}
	// A create still carrying the shredded key (a race with the erasure)
	// is refused rather than stored under a key that no longer exists.
	res = f.apply(t, caseCmd(r, "case_3", "pat_1", "dek_1", false, t0.Add(2*time.Minute)))
	if !errors.Is(res[0].Err, ErrKeyShredded) {
		t.Fatalf("create with shredded key: %+v", res[0])
	}
	v, _ := s.VerifyAudit(context.Background())
	if !v.OK || v.Entries != 4 {
		t.Fatalf("audit after erasure: %+v", v)
	}
	if _, total, _ := s.ListCases(context.Background(), CaseFilter{Limit: 10}); total != 1 {
		t.Fatalf("erased cases still listed: %d", total)
	}
}

func TestSessionsEvictionRotationAndReuse(t *testing.T) {
	s := openStore(t, t.TempDir())
	defer s.Close()
	f := &feeder{s: s}
	f.apply(t, userCmd("usr_1", "ana", "physician", t0))
	for i, id := range []string{"ses_a", "ses_b", "ses_c", "ses_d"} {
		at := t0.Add(time.Duration(i) * time.Minute)
		f.apply(t, &Command{Type: CmdSessionCreate, At: at, Session: &SessionCmd{SessionID: id, UserID: "usr_1", RefreshHash: "h_" + id, ExpiresAt: at.Add(7 * 24 * time.Hour), MaxPerUser: 3}})
	}
	now := t0.Add(4 * time.Minute)
	if n := s.ActiveSessions("usr_1", now); n != 3 {
		t.Fatalf("active sessions = %d, want 3", n)
	}
	if a, _ := s.SessionByID("ses_a"); a.RevokedAt.IsZero() {
		t.Fatal("oldest session not evicted by the fourth sign-in")
	}
	res := f.apply(t, &Command{Type: CmdSessionRotate, At: now, Session: &SessionCmd{SessionID: "ses_b", OldHash: "h_ses_b", RefreshHash: "h2"}})
	if res[0].Err != nil {
		t.Fatalf("rotate: %v", res[0].Err)
	}
	if _, reused, ok := s.SessionByRefreshHash("h_ses_b"); !ok || !reused {
		t.Fatal("rotated-out refresh token not remembered")
	}
	res = f.apply(t, &Command{Type: CmdSessionRotate, At: now, Session: &SessionCmd{SessionID: "ses_b", OldHash: "h_ses_b", RefreshHash: "h3"}})
	if !errors.Is(res[0].Err, ErrRefreshReuse) {
		t.Fatalf("reuse not detected: %+v", res[0])
	}
	if b, _ := s.SessionByID("ses_b"); b.RevokedAt.IsZero() {
		t.Fatal("reuse did not revoke the session family")
	}
	// Idle sessions are not active.
	if x, _ := s.SessionByID("ses_d"); x.Active(now.Add(31*time.Minute), IdleTimeout) {
		t.Fatal("session active after 31 idle minutes")
	}
}

func TestLockoutWindow(t *testing.T) {
	s := openStore(t, t.TempDir())
	defer s.Close()
	f := &feeder{s: s}
	for i := 0; i < LockoutFailures; i++ {
		f.apply(t, &Command{Type: CmdLoginFailed, At: t0.Add(time.Duration(i) * time.Minute), Login: &LoginCmd{Username: "Nobody"}})
	}
	now := t0.Add(5 * time.Minute)
	until := s.LockedUntil("nobody", now)
	if until.IsZero() || !until.Equal(t0.Add(LockoutWindow)) {
		t.Fatalf("locked until %v, want %v", until, t0.Add(LockoutWindow))
	}
	if !s.LockedUntil("nobody", t0.Add(LockoutWindow+time.Second)).IsZero() {
		t.Fatal("lock did not expire once the first failure left the window")
	}
}

func TestSnapshotRestoreReproducesState(t *testing.T) {
	a := openStore(t, t.TempDir())
	defer a.Close()
	f := &feeder{s: a}
	r := testRing(t)
	f.apply(t, userCmd("usr_1", "ana", "physician", t0), caseCmd(r, "case_1", "pat_1", "dek_1", true, t0))
	persist, release, err := a.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := persist(&buf); err != nil {
		t.Fatal(err)
	}
	release()

	b := openStore(t, t.TempDir())
	defer b.Close()
	if err := b.Restore(bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	if b.AppliedIndex() != a.AppliedIndex() {
		t.Fatalf("restored applied index %d, want %d", b.AppliedIndex(), a.AppliedIndex())
	}
	if _, ok := b.UserByName("ana"); !ok {
		t.Fatal("restored store lacks the user")
	}
	if _, err := b.DataKey("dek_1"); err != nil {
		t.Fatalf("restored store lacks the patient key: %v", err)
	}
	va, _ := a.VerifyAudit(context.Background())
	vb, _ := b.VerifyAudit(context.Background())
	if !vb.OK || va.Entries != vb.Entries {
		t.Fatalf("audit after restore %+v, source %+v", vb, va)
	}
	// A garbage snapshot is refused and the store keeps working.
	if err := b.Restore(bytes.NewReader([]byte("not a database"))); err == nil {
		t.Fatal("garbage snapshot accepted")
	}
	if err := b.Ping(context.Background()); err != nil {
		t.Fatalf("store unusable after a refused restore: %v", err)
	}
}

func TestDeterministicAcrossNodes(t *testing.T) {
	r := testRing(t)
	cmds := []*Command{userCmd("usr_1", "ana", "physician", t0), caseCmd(r, "case_1", "pat_1", "dek_1", true, t0.Add(time.Second)),
		{Type: CmdAuditOnly, At: t0.Add(2 * time.Second), Audit: []audit.Entry{auditEntry("case.read", t0.Add(2*time.Second))}}}
	var heads []string
	for i := 0; i < 2; i++ {
		s := openStore(t, t.TempDir())
		f := &feeder{s: s}
		f.apply(t, cmds[:2]...)
		f.apply(t, cmds[2:]...)
		heads = append(heads, s.chain.LastHash)
		s.Close()
	}
	if heads[0] != heads[1] {
		t.Fatalf("two nodes applying the same log disagree on the audit head: %v", heads)
	}
}

func TestUnknownCommandStopsUnlessIgnorable(t *testing.T) {
	s := openStore(t, t.TempDir())
	defer s.Close()
	f := &feeder{s: s}
	f.apply(t, &Command{Type: "future.thing", Ignorable: true, At: t0})
	defer func() {
		if recover() == nil {
			t.Fatal("an unknown, non-ignorable command was applied silently")
		}
	}()
	f.apply(t, &Command{Type: "future.thing", At: t0})
}

func TestCommandEnvelope(t *testing.T) {
	c := &Command{Type: CmdDocumentPut, At: t0, Doc: &DocCmd{DocumentID: "doc_1", CaseID: "case_1"}, Blob: bytes.Repeat([]byte{0, 1, 2}, 1000)}
	b, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > len(c.Blob)+300 {
		t.Fatalf("blob inflated: %d bytes for %d", len(b), len(c.Blob))
	}
	d, err := DecodeCommand(b)
	if err != nil || d.Doc.DocumentID != "doc_1" || !bytes.Equal(d.Blob, c.Blob) {
		t.Fatalf("round trip: %+v %v", d, err)
	}
	for _, bad := range [][]byte{nil, {0xA6}, {0xA6, 9, 1, '{'}, {0xA6, 1, 0xff}, {0xA6, 1, 50, '{', '}'}, []byte("garbage")} {
		if _, err := DecodeCommand(bad); err == nil {
			t.Fatalf("malformed envelope %q accepted", bad)
		}
	}
}

func FuzzDecodeCommand(f *testing.F) {
	c := &Command{Type: CmdCaseCreate, At: t0, Case: &CaseCmd{CaseID: "c"}}
	b, _ := c.Encode()
	f.Add(b)
	f.Add([]byte{0xA6, 1, 2, '{', '}'})
	f.Fuzz(func(t *testing.T, data []byte) {
		DecodeCommand(data) // must not panic
	})
}

func TestDatabaseHoldsNoPlaintext(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	f := &feeder{s: s}
	r := testRing(t)
	dek, wrapped, _ := r.NewDataKey(r.Pseudonym("pat_canary"), "dek_c")
	cc := &CaseCmd{CaseID: "case_c", PatientRef: r.Pseudonym("pat_canary"), KeyID: "dek_c", NewKey: wrapped, Priority: "low", Language: "en", CreatedBy: "usr_1",
		InputCT: keys.Seal(dek, []byte(`{"patient_id":"pat_canary","clinical_notes":"Quillon Marchbanks"}`), keys.FieldAAD("cases", "case_c", "input"))}
	f.apply(t, &Command{Type: CmdCaseCreate, At: t0, Case: cc})
	s.Close()
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, _ := os.ReadFile(p)
		for _, needle := range []string{"Quillon", "Marchbanks", "pat_canary"} {
			if bytes.Contains(b, []byte(needle)) {
				t.Errorf("%s holds plaintext %q", filepath.Base(p), needle)
			}
		}
		return nil
	})
}

func TestCaseResultsBatchedWithCreatesAndErasures(t *testing.T) {
	s := openStore(t, t.TempDir())
	defer s.Close()
	f := &feeder{s: s}
	r := testRing(t)
	res := func(id, status string, rerun bool, at time.Time) *Command {
		return &Command{Type: CmdCaseResult, At: at, Result: &CaseResultCmd{CaseID: id, Status: status, Urgency: "urgent", AnalysisCT: []byte("a-" + status), Rerun: rerun}}
	}
	// One raft batch: two creates, their results, a re-run of one, and the
	// erasure of the other patient — the writer groups them in one
	// transaction and must keep their order.
	out := f.apply(t,
		caseCmd(r, "case_a", "pat_a", "dek_a", true, t0), caseCmd(r, "case_b", "pat_b", "dek_b", true, t0),
		res("case_a", "completed", false, t0.Add(time.Second)), res("case_b", "escalated", false, t0.Add(time.Second)),
		res("case_a", "escalated", true, t0.Add(2*time.Second)),
		res("case_a", "completed", false, t0.Add(3*time.Second)), // a late duplicate: first result wins
		&Command{Type: CmdPatientErase, At: t0.Add(4 * time.Second), Erase: &EraseCmd{PatientRef: r.Pseudonym("pat_b"), CaseID: "case_b"}},
	)
	if !errors.Is(out[5].Err, ErrConflict) {
		t.Fatalf("a second non-rerun result was accepted: %+v", out[5])
	}
	a, _ := s.GetCase(context.Background(), "case_a")
	if a.Status != "escalated" || string(a.AnalysisCT) != "a-escalated" || !a.CompletedAt.Valid {
		t.Fatalf("case_a after results: %+v", a)
	}
	b, _ := s.GetCase(context.Background(), "case_b")
	if !b.DeletedAt.Valid || b.AnalysisCT != nil {
		t.Fatalf("erased case kept its analysis: %+v", b)
	}
	if s.IsProcessing("case_a") || s.IsProcessing("case_b") {
		t.Fatal("cases still marked processing")
	}
}
