package audit_test

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/agnomedical/agno/pkg/audit"
)

// entries builds a realistic chain of n linked entries.
func entries(n int) []audit.Entry {
	c := audit.NewChain()
	base := time.Date(2025, 3, 14, 9, 26, 53, 589793238, time.UTC)
	roles := []string{"physician", "nurse", "staff", "admin", "auditor"}
	actions := []string{"case.create", "case.read", "case.delete", "auth.login", "audit.verify"}
	results := []string{audit.ResultSuccess, audit.ResultFailure, audit.ResultDenied}
	out := make([]audit.Entry, n)
	for i := range out {
		e := audit.Entry{
			EntryID:    fmt.Sprintf("aud_%04d", i+1),
			Timestamp:  base.Add(time.Duration(i) * 1500 * time.Millisecond),
			UserID:     fmt.Sprintf("usr_%d", i%3),
			Role:       roles[i%len(roles)],
			Action:     actions[i%len(actions)],
			CaseID:     fmt.Sprintf("case_%d", i/2),
			PatientRef: fmt.Sprintf("pt_%020x", i*7919),
			IPAddress:  fmt.Sprintf("10.0.0.%d", i%250+1),
			UserAgent:  "Mozilla/5.0 (X11; Linux x86_64)",
			Result:     results[i%len(results)],
			Reason:     []string{"", "RATE_LIMIT_EXCEEDED", "INSUFFICIENT_PERMISSIONS"}[i%3],
		}
		c.Link(&e)
		out[i] = e
	}
	return out
}

type verdict struct {
	ok       bool
	firstBad string
	checked  int64
	failed   []int // positions where Next returned false
}

func verify(es []audit.Entry) verdict {
	v := audit.NewVerifier()
	var failed []int
	for i := range es {
		if !v.Next(&es[i]) {
			failed = append(failed, i)
		}
	}
	return verdict{ok: v.OK(), firstBad: v.FirstBad, checked: v.Checked, failed: failed}
}

func wantBad(t *testing.T, es []audit.Entry, firstBad string) {
	t.Helper()
	got := verify(es)
	if got.ok {
		t.Fatalf("verifier accepted a tampered chain")
	}
	if got.firstBad != firstBad {
		t.Fatalf("FirstBad = %q, want %q", got.firstBad, firstBad)
	}
	if got.checked != int64(len(es)) {
		t.Fatalf("Checked = %d, want %d (verification must go on after the first failure)", got.checked, len(es))
	}
}

var hex64 = regexp.MustCompile(`^[0-9a-f]{64}$`)

func TestGenesis(t *testing.T) {
	if !hex64.MatchString(audit.Genesis) {
		t.Fatalf("Genesis %q is not a 64-hex hash", audit.Genesis)
	}
	c := audit.NewChain()
	if c.LastSeq != 0 || c.LastHash != audit.Genesis {
		t.Fatalf("NewChain = %+v, want seq 0 at genesis", c)
	}
}

func TestLinkBuildsAChain(t *testing.T) {
	const n = 25
	c := audit.NewChain()
	var es []audit.Entry
	for i := 0; i < n; i++ {
		e := audit.Entry{EntryID: fmt.Sprintf("e%d", i), Timestamp: time.Unix(int64(1700000000+i), 0), Action: "x"}
		c.Link(&e)
		es = append(es, e)
	}
	seen := map[string]bool{}
	for i, e := range es {
		if e.Seq != int64(i+1) {
			t.Fatalf("entry %d: Seq = %d, want %d", i, e.Seq, i+1)
		}
		wantPrev := audit.Genesis
		if i > 0 {
			wantPrev = es[i-1].Hash
		}
		if e.PrevHash != wantPrev {
			t.Fatalf("entry %d: PrevHash = %s, want the previous entry's hash %s", i, e.PrevHash, wantPrev)
		}
		if !hex64.MatchString(e.Hash) {
			t.Fatalf("entry %d: Hash %q is not 64 hex chars", i, e.Hash)
		}
		if e.Hash != audit.ComputeHash(e.PrevHash, &e) {
			t.Fatalf("entry %d: stored Hash does not match ComputeHash", i)
		}
		if seen[e.Hash] {
			t.Fatalf("entry %d: hash repeats", i)
		}
		seen[e.Hash] = true
	}
	if c.LastSeq != n || c.LastHash != es[n-1].Hash {
		t.Fatalf("chain head = (%d, %s), want (%d, last hash)", c.LastSeq, c.LastHash, n)
	}
}

func TestLinkIgnoresCallerSuppliedChainFields(t *testing.T) {
	c := audit.NewChain()
	e := audit.Entry{EntryID: "e1", Seq: 99, PrevHash: "forged", Hash: "forged"}
	c.Link(&e)
	if e.Seq != 1 || e.PrevHash != audit.Genesis || e.Hash == "forged" {
		t.Fatalf("Link kept caller-supplied chain fields: %+v", e)
	}
}

func TestChainCanResumeFromStoredHead(t *testing.T) {
	es := entries(10)
	// A node restarts: it rebuilds Chain from the last stored entry and goes on.
	c := audit.Chain{LastSeq: es[9].Seq, LastHash: es[9].Hash}
	for i := 0; i < 3; i++ {
		e := audit.Entry{EntryID: fmt.Sprintf("more_%d", i), Timestamp: time.Now()}
		c.Link(&e)
		es = append(es, e)
	}
	if got := verify(es); !got.ok {
		t.Fatalf("resumed chain does not verify: %+v", got)
	}
}

func TestVerifierAcceptsGoodChain(t *testing.T) {
	for _, n := range []int{0, 1, 2, 50} {
		es := entries(n)
		v := audit.NewVerifier()
		for i := range es {
			if !v.Next(&es[i]) {
				t.Fatalf("n=%d: entry %d rejected in an untouched chain", n, i)
			}
		}
		if !v.OK() || v.FirstBad != "" || v.Checked != int64(n) {
			t.Fatalf("n=%d: OK=%v FirstBad=%q Checked=%d", n, v.OK(), v.FirstBad, v.Checked)
		}
		want := audit.Genesis
		if n > 0 {
			want = es[n-1].Hash
		}
		if v.LastHash() != want {
			t.Fatalf("n=%d: LastHash = %s, want %s", n, v.LastHash(), want)
		}
	}
}

// edits mutates each field of Entry. The completeness test below makes sure a
// field added to Entry later gets an edit here (and so is known to be hashed).
var edits = map[string]func(e *audit.Entry){
	"Seq":        func(e *audit.Entry) { e.Seq += 100 },
	"EntryID":    func(e *audit.Entry) { e.EntryID = "aud_forged" },
	"Timestamp":  func(e *audit.Entry) { e.Timestamp = e.Timestamp.Add(-time.Nanosecond) },
	"UserID":     func(e *audit.Entry) { e.UserID = "usr_someone_else" },
	"Role":       func(e *audit.Entry) { e.Role = "admin" + "x" },
	"Action":     func(e *audit.Entry) { e.Action = "case.read_all" },
	"CaseID":     func(e *audit.Entry) { e.CaseID = "case_999" },
	"PatientRef": func(e *audit.Entry) { e.PatientRef = "pt_ffffffffffffffffffff" },
	"IPAddress":  func(e *audit.Entry) { e.IPAddress = "192.168.1.66" },
	"UserAgent":  func(e *audit.Entry) { e.UserAgent = "curl/8.0" },
	"Result":     func(e *audit.Entry) { e.Result = "success!" },
	"Reason":     func(e *audit.Entry) { e.Reason = "edited" },
	"PrevHash":   func(e *audit.Entry) { e.PrevHash = audit.Genesis[:63] + "1" },
	"Hash": func(e *audit.Entry) {
		last := "0"
		if e.Hash[63] == '0' {
			last = "1"
		}
		e.Hash = e.Hash[:63] + last
	},
}

func TestEditsCoverEveryEntryField(t *testing.T) {
	rt := reflect.TypeOf(audit.Entry{})
	for i := 0; i < rt.NumField(); i++ {
		if _, ok := edits[rt.Field(i).Name]; !ok {
			t.Errorf("Entry.%s has no tamper case: is it covered by the hash?", rt.Field(i).Name)
		}
	}
	if len(edits) != rt.NumField() {
		t.Errorf("edits names %d fields, Entry has %d", len(edits), rt.NumField())
	}
}

func TestVerifierDetectsEditedField(t *testing.T) {
	const n = 12
	for field, edit := range edits {
		for _, pos := range []int{0, n / 2, n - 1} {
			t.Run(fmt.Sprintf("%s@%d", field, pos), func(t *testing.T) {
				es := entries(n)
				before := es[pos]
				edit(&es[pos])
				if reflect.DeepEqual(before, es[pos]) {
					t.Fatalf("edit did not change the entry")
				}
				wantBad(t, es, es[pos].EntryID)
			})
		}
	}
}

func TestComputeHashCoversEveryContentField(t *testing.T) {
	// Independent of the verifier: each content field changes the hash.
	e := entries(1)[0]
	h := audit.ComputeHash(e.PrevHash, &e)
	for field, edit := range edits {
		if field == "Hash" || field == "PrevHash" {
			continue
		}
		c := e
		edit(&c)
		if audit.ComputeHash(c.PrevHash, &c) == h {
			t.Errorf("ComputeHash ignores %s", field)
		}
	}
	if audit.ComputeHash(audit.Genesis[:63]+"1", &e) == h {
		t.Errorf("ComputeHash ignores the previous hash")
	}
}

func TestComputeHashIgnoresStoredHashFields(t *testing.T) {
	// The hash cannot cover itself, and the previous hash enters through the
	// argument, so what a row says its chain fields are must not matter.
	e := entries(1)[0]
	h := audit.ComputeHash("p", &e)
	e.Hash, e.PrevHash = "x", "y"
	if audit.ComputeHash("p", &e) != h {
		t.Fatalf("ComputeHash depends on e.Hash or e.PrevHash")
	}
}

func TestVerifierDetectsRemovedEntry(t *testing.T) {
	for _, pos := range []int{0, 5, 10} {
		es := entries(12)
		next := es[pos+1].EntryID
		es = slices.Delete(es, pos, pos+1)
		t.Run(fmt.Sprint(pos), func(t *testing.T) { wantBad(t, es, next) })
	}
}

func TestVerifierDetectsSwappedEntries(t *testing.T) {
	for _, pos := range []int{0, 4, 10} {
		es := entries(12)
		es[pos], es[pos+1] = es[pos+1], es[pos]
		t.Run(fmt.Sprint(pos), func(t *testing.T) { wantBad(t, es, es[pos].EntryID) })
	}
}

func TestVerifierDetectsDuplicatedEntry(t *testing.T) {
	es := entries(8)
	es = slices.Insert(es, 4, es[3])
	// The replayed copy (position 4) is the first that does not fit; it has the
	// same id as the original, so that id is named.
	wantBad(t, es, es[3].EntryID)
}

func TestVerifierDetectsInsertedEntry(t *testing.T) {
	t.Run("naive", func(t *testing.T) {
		es := entries(10)
		forged := es[4]
		forged.EntryID = "aud_forged"
		forged.Action = "case.delete"
		es = slices.Insert(es, 5, forged)
		wantBad(t, es, "aud_forged")
	})
	t.Run("linked to its predecessor", func(t *testing.T) {
		// The forger gives the new entry a correct seq, prev hash and hash;
		// the original that followed no longer fits and is named.
		es := entries(10)
		forged := audit.Entry{Seq: es[4].Seq + 1, PrevHash: es[4].Hash, EntryID: "aud_forged", Timestamp: es[4].Timestamp, UserID: "usr_x", Action: "case.delete"}
		forged.Hash = audit.ComputeHash(forged.PrevHash, &forged)
		victim := es[5].EntryID
		es = slices.Insert(es, 5, forged)
		wantBad(t, es, victim)
	})
	t.Run("appended with a bad seq", func(t *testing.T) {
		es := entries(5)
		forged := audit.Entry{Seq: 7, PrevHash: es[4].Hash, EntryID: "aud_gap"}
		forged.Hash = audit.ComputeHash(forged.PrevHash, &forged)
		wantBad(t, append(es, forged), "aud_gap")
	})
}

func TestVerifierDetectsRehashedEditWithoutRelinkingTheRest(t *testing.T) {
	es := entries(10)
	es[3].UserID = "usr_innocent"
	es[3].Hash = audit.ComputeHash(es[3].PrevHash, &es[3])
	// Entry 3 is self-consistent now; entry 4's prev hash no longer matches,
	// so entry 4 is the first that does not fit.
	got := verify(es)
	if got.ok {
		t.Fatalf("rehashed edit accepted")
	}
	if got.firstBad != es[4].EntryID {
		t.Fatalf("FirstBad = %q, want %q", got.firstBad, es[4].EntryID)
	}
	if !slices.Equal(got.failed, []int{4}) {
		t.Fatalf("failing positions %v, want only [4] (the verifier resynchronises after a break)", got.failed)
	}
}

func TestFullyRelinkedChainIsCaughtOnlyByAnAnchor(t *testing.T) {
	// Someone with write access rewrites an entry and re-links everything after
	// it. The chain alone is consistent again; comparing the head with a hash
	// kept elsewhere (hub, backup manifest) is what catches it.
	orig := entries(10)
	es := slices.Clone(orig)
	es[2].Action = "case.read"
	c := audit.Chain{LastSeq: es[1].Seq, LastHash: es[1].Hash}
	for i := 2; i < len(es); i++ {
		c.Link(&es[i])
	}
	v := audit.NewVerifier()
	for i := range es {
		v.Next(&es[i])
	}
	if !v.OK() {
		t.Fatalf("a consistently re-linked chain should verify on its own (FirstBad %q)", v.FirstBad)
	}
	if v.LastHash() == orig[len(orig)-1].Hash {
		t.Fatalf("re-linked chain ends in the original head hash: anchors would not catch it")
	}
}

func TestFirstBadStaysTheFirst(t *testing.T) {
	es := entries(10)
	es[2].Reason = "x"
	es[7].Reason = "y"
	got := verify(es)
	if got.firstBad != es[2].EntryID {
		t.Fatalf("FirstBad = %q, want %q", got.firstBad, es[2].EntryID)
	}
	if !slices.Contains(got.failed, 7) {
		t.Fatalf("the second break (position 7) was not reported by Next: %v", got.failed)
	}
}

func TestFirstBadWithoutEntryIDNamesTheSeq(t *testing.T) {
	es := entries(6)
	es[3].EntryID = ""
	got := verify(es)
	if got.ok || got.firstBad != "seq 4" {
		t.Fatalf("FirstBad = %q, want %q", got.firstBad, "seq 4")
	}
}

func TestComputeHashFieldBoundaries(t *testing.T) {
	ts := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	mk := func(f func(e *audit.Entry)) *audit.Entry {
		e := &audit.Entry{Seq: 1, EntryID: "aud_1", Timestamp: ts}
		f(e)
		return e
	}
	pairs := []struct {
		name string
		a, b *audit.Entry
	}{
		{"UserID|Role", mk(func(e *audit.Entry) { e.UserID, e.Role = "ab", "c" }), mk(func(e *audit.Entry) { e.UserID, e.Role = "a", "bc" })},
		{"Role|Action", mk(func(e *audit.Entry) { e.Role, e.Action = "nurse", "case.read" }), mk(func(e *audit.Entry) { e.Role, e.Action = "nursecase", ".read" })},
		{"value moved to next field", mk(func(e *audit.Entry) { e.CaseID = "x" }), mk(func(e *audit.Entry) { e.PatientRef = "x" })},
		{"IPAddress|UserAgent", mk(func(e *audit.Entry) { e.IPAddress, e.UserAgent = "10.0.0.1", "0" }), mk(func(e *audit.Entry) { e.IPAddress, e.UserAgent = "10.0.0.10", "" })},
		{"Result|Reason", mk(func(e *audit.Entry) { e.Result, e.Reason = "denied", "" }), mk(func(e *audit.Entry) { e.Result, e.Reason = "", "denied" })},
		{"EntryID|UserID", mk(func(e *audit.Entry) { e.EntryID, e.UserID = "aud_1u", "sr" }), mk(func(e *audit.Entry) { e.EntryID, e.UserID = "aud_1", "usr" })},
		{"separator-like content", mk(func(e *audit.Entry) { e.UserID, e.Role = "a\x00\x00\x00\x00\x00\x00\x00\x01b", "" }), mk(func(e *audit.Entry) { e.UserID, e.Role = "a", "b" })},
	}
	for _, p := range pairs {
		if audit.ComputeHash("prev", p.a) == audit.ComputeHash("prev", p.b) {
			t.Errorf("%s: different entries hash alike", p.name)
		}
	}
	// prev/EntryID boundary.
	e1 := &audit.Entry{EntryID: "bc", Timestamp: ts}
	e2 := &audit.Entry{EntryID: "c", Timestamp: ts}
	if audit.ComputeHash("a", e1) == audit.ComputeHash("ab", e2) {
		t.Errorf("prev|EntryID boundary is ambiguous")
	}
	// Seq is part of the hash.
	s1, s2 := *e1, *e1
	s2.Seq = 2
	if audit.ComputeHash("a", &s1) == audit.ComputeHash("a", &s2) {
		t.Errorf("Seq does not change the hash")
	}
}

func TestComputeHashIsDeterministic(t *testing.T) {
	e := entries(3)[2]
	c := e
	if audit.ComputeHash(e.PrevHash, &e) != audit.ComputeHash(c.PrevHash, &c) {
		t.Fatalf("equal entries hash differently")
	}
}

func TestTimestampZoneDoesNotMatter(t *testing.T) {
	instant := time.Date(2025, 6, 1, 12, 0, 0, 123456789, time.UTC)
	zones := []*time.Location{
		time.UTC,
		time.FixedZone("BRT", -3*3600),
		time.FixedZone("IST", 5*3600+1800),
		time.FixedZone("X", 14*3600),
	}
	base := audit.Entry{Seq: 1, EntryID: "aud_1", Timestamp: instant}
	want := audit.ComputeHash(audit.Genesis, &base)
	for _, z := range zones {
		e := base
		e.Timestamp = instant.In(z)
		if got := audit.ComputeHash(audit.Genesis, &e); got != want {
			t.Errorf("zone %s: same instant hashes differently", z)
		}
	}
	// A monotonic clock reading (time.Now) must not matter either: what is
	// stored and read back has none.
	now := time.Now()
	a := audit.Entry{Timestamp: now}
	b := audit.Entry{Timestamp: now.Round(0)}
	if audit.ComputeHash("p", &a) != audit.ComputeHash("p", &b) {
		t.Errorf("monotonic clock reading changes the hash")
	}
	// But a different instant, even by a nanosecond, must.
	c := base
	c.Timestamp = instant.Add(time.Nanosecond)
	if audit.ComputeHash(audit.Genesis, &c) == want {
		t.Errorf("timestamps 1ns apart hash alike")
	}
}

func TestChainVerifiesAfterZoneConversion(t *testing.T) {
	// Entries stored as UTC and read back in the server's local zone verify.
	es := entries(5)
	brt := time.FixedZone("BRT", -3*3600)
	for i := range es {
		es[i].Timestamp = es[i].Timestamp.In(brt)
	}
	if got := verify(es); !got.ok {
		t.Fatalf("chain no longer verifies after a zone conversion: %+v", got)
	}
}
