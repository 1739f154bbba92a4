package raftnode

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/agnomedical/agno/pkg/keys"
)

// listSM is a minimal state machine: it appends each command to a list and
// remembers the applied index, persisting to a JSON file like a database.
type listSM struct {
	mu      sync.Mutex
	path    string
	Items   []string
	Applied uint64
}

func openListSM(path string) *listSM {
	sm := &listSM{path: path}
	if b, err := os.ReadFile(path); err == nil {
		json.Unmarshal(b, sm)
	}
	return sm
}

func (s *listSM) save() {
	b, _ := json.Marshal(s)
	os.WriteFile(s.path, b, 0o600)
}

func (s *listSM) ApplyBatch(es []Entry) []any {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]any, len(es))
	for i, e := range es {
		if e.Index <= s.Applied {
			continue
		}
		s.Applied = e.Index
		if e.Data != nil {
			s.Items = append(s.Items, string(e.Data))
			out[i] = len(s.Items)
		}
	}
	s.save()
	return out
}

func (s *listSM) AppliedIndex() uint64 { s.mu.Lock(); defer s.mu.Unlock(); return s.Applied }

func (s *listSM) Snapshot() (func(io.Writer) error, func(), error) {
	s.mu.Lock()
	b, _ := json.Marshal(s)
	s.mu.Unlock()
	return func(w io.Writer) error { _, err := w.Write(b); return err }, func() {}, nil
}

func (s *listSM) Restore(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := json.Unmarshal(b, s); err != nil {
		return err
	}
	s.save()
	return nil
}

func (s *listSM) items() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.Items...)
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func ring(t *testing.T) *keys.Ring {
	r, err := keys.NewRing(bytes.Repeat([]byte{3}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func start(t *testing.T, dir, addr string, sm StateMachine) *Node {
	t.Helper()
	n, err := Open(Config{NodeID: "n1", Dir: dir, BindAddr: addr, Bootstrap: true, HeartbeatTimeout: 100 * time.Millisecond, ElectionTimeout: 100 * time.Millisecond, LeaderLease: 50 * time.Millisecond, CommitTimeout: 5 * time.Millisecond, SnapshotThreshold: 1 << 30}, sm, ring(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := n.WaitLeader(ctx); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSingleNodeApplyRestartAndSealing(t *testing.T) {
	dir := t.TempDir()
	addr := freeAddr(t)
	smPath := filepath.Join(t.TempDir(), "sm.json")
	sm := openListSM(smPath)
	n := start(t, dir, addr, sm)
	for i := 0; i < 20; i++ {
		v, err := n.Apply(context.Background(), []byte(fmt.Sprintf("secret-canary-%02d", i)))
		if err != nil {
			t.Fatal(err)
		}
		if v.(int) != i+1 {
			t.Fatalf("apply %d returned %v", i, v)
		}
	}
	if err := n.Snapshot(); err != nil {
		t.Fatal(err)
	}
	n.Apply(context.Background(), []byte("secret-canary-after-snapshot"))
	st := n.Status()
	if st.State != "leader" || st.LeaderID != "n1" || st.AppliedIndex == 0 {
		t.Fatalf("status %+v", st)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	// Nothing raft wrote holds the commands in clear.
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			b, _ := os.ReadFile(p)
			if bytes.Contains(b, []byte("secret-canary")) {
				t.Errorf("%s holds a command in clear", p)
			}
		}
		return nil
	})

	// Restart: the state machine is not re-fed what it already has.
	sm2 := openListSM(smPath)
	n2 := start(t, dir, addr, sm2)
	defer n2.Close()
	n2.Apply(context.Background(), []byte("after-restart"))
	got := sm2.items()
	if len(got) != 22 || got[21] != "after-restart" {
		t.Fatalf("after restart the state machine has %d items (want 22): %v", len(got), got[len(got)-3:])
	}
}

func TestLostDatabaseIsRebuiltFromSnapshotAndLog(t *testing.T) {
	dir := t.TempDir()
	addr := freeAddr(t)
	sm := openListSM(filepath.Join(t.TempDir(), "sm.json"))
	n := start(t, dir, addr, sm)
	for i := 0; i < 5; i++ {
		n.Apply(context.Background(), []byte(fmt.Sprintf("a%d", i)))
	}
	if err := n.Snapshot(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		n.Apply(context.Background(), []byte(fmt.Sprintf("b%d", i)))
	}
	n.Close()

	// The database is gone (disk replaced, file deleted): a fresh state
	// machine is restored from the snapshot, then the log is replayed.
	fresh := openListSM(filepath.Join(t.TempDir(), "new.json"))
	n2 := start(t, dir, addr, fresh)
	defer n2.Close()
	deadline := time.Now().Add(5 * time.Second)
	for len(fresh.items()) < 8 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	got := fresh.items()
	if len(got) != 8 || got[0] != "a0" || got[7] != "b2" {
		t.Fatalf("rebuilt state %v, want a0..a4 b0..b2", got)
	}
}

func TestWrongMasterKeyDoesNotApply(t *testing.T) {
	a := ring(t)
	other, _ := keys.NewRing(bytes.Repeat([]byte{4}, 32))
	sealed := a.SealLog([]byte("x"))
	if _, err := other.OpenLog(sealed); err == nil {
		t.Fatal("a log entry opened with another master key")
	}
}
