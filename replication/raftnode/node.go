// Package raftnode runs the one write path of the appliance: hashicorp/raft
// with a durable raft-wal log, a file snapshot store, and a thin FSM adapter
// that seals every entry and snapshot with the log key before it leaves the
// process. A single-node appliance is a cluster of one; there is no second
// write path.
package raftnode

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/raft"
	wal "github.com/hashicorp/raft-wal"
	"github.com/hashicorp/raft-wal/metadb"

	"github.com/agnomedical/agno/replication/transport"
)

// Sealer encrypts what raft stores and sends (keys.Ring implements it).
type Sealer interface {
	SealLog([]byte) []byte
	OpenLog([]byte) ([]byte, error)
	SealStream(io.Writer) (io.WriteCloser, error)
	OpenStream(io.Reader) (io.Reader, error)
}

// Entry is one committed command, already opened.
type Entry struct {
	Index uint64
	Term  uint64
	Data  []byte
}

// StateMachine is what the appliance plugs into raft. ApplyBatch must be
// deterministic and must skip entries at or below AppliedIndex (they are
// replayed after a restart because the database persists on its own).
type StateMachine interface {
	ApplyBatch(entries []Entry) []any
	AppliedIndex() uint64
	// Snapshot is called on the apply goroutine and must capture a
	// consistent state quickly; the returned writer function runs later,
	// concurrently with new applies.
	Snapshot() (persist func(w io.Writer) error, release func(), err error)
	Restore(r io.Reader) error
}

// Config of one node.
type Config struct {
	NodeID            string
	Dir               string // raft-wal, snapshots
	BindAddr          string // host:port for the raft transport
	Bootstrap         bool   // form a new single-voter cluster if there is no state
	HeartbeatTimeout  time.Duration
	ElectionTimeout   time.Duration
	LeaderLease       time.Duration
	CommitTimeout     time.Duration
	SnapshotThreshold uint64
	SnapshotInterval  time.Duration // how often raft checks the threshold
	LogSegmentBytes   int           // raft-wal segment size; compaction frees whole segments
	TrailingLogs      uint64
	Logger            *slog.Logger

	// Mux, when set, carries raft and the cluster RPCs (forwarded writes,
	// read index, membership) over mutual TLS; without it raft uses plain
	// TCP on BindAddr (single-node tests only).
	Mux *transport.Mux
	// EncodeResult/DecodeResult carry the state machine's apply results
	// from the leader back to a follower that forwarded a write.
	EncodeResult func(any) []byte
	DecodeResult func([]byte) (any, error)
	// OnLeaderChange is called when the known leader changes.
	OnLeaderChange func(leaderID string)
}

// ErrNotLeader is returned by Apply when no leader took the write.
var ErrNotLeader = errors.New("no leader available to accept writes")

// ErrOutcomeUnknown is returned when leadership was lost after the entry
// was appended: it may still commit. Callers must not blindly retry.
var ErrOutcomeUnknown = errors.New("leadership lost during the write; it may or may not have been applied")

// Node is a running raft member.
type Node struct {
	cfg       Config
	raft      *raft.Raft
	wal       *wal.WAL
	meta      *metadb.BoltMetaDB
	transport *raft.NetworkTransport
	fsm       *adapter
	snapshots *raft.FileSnapshotStore
	closeOnce sync.Once
	hasState  bool
	stop      chan struct{}
	pool      connPool
}

// Open starts the node. If the state machine is behind the newest snapshot
// (its database was lost or replaced), it is restored from that snapshot first,
// so the replay that follows starts from a complete state.
func Open(cfg Config, sm StateMachine, sealer Sealer) (*Node, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, err
	}
	hlog := hclog.New(&hclog.LoggerOptions{Name: "raft", Level: hclog.Warn, Output: os.Stderr})

	walDir := filepath.Join(cfg.Dir, "wal")
	if err := os.MkdirAll(walDir, 0o700); err != nil {
		return nil, err
	}
	// raft-wal does not close a meta store it opened itself, so we own it:
	// otherwise its file lock outlives Close and a reopen in the same
	// process waits forever.
	meta := &metadb.BoltMetaDB{}
	segment := cfg.LogSegmentBytes
	if segment <= 0 {
		segment = wal.DefaultSegmentSize
	}
	logs, err := wal.Open(walDir, wal.WithLogger(hlog), wal.WithMetaStore(meta), wal.WithSegmentSize(segment))
	if err != nil {
		meta.Close()
		return nil, fmt.Errorf("open raft log: %w", err)
	}
	snaps, err := raft.NewFileSnapshotStoreWithLogger(cfg.Dir, 2, hlog)
	if err != nil {
		logs.Close()
		meta.Close()
		return nil, fmt.Errorf("open snapshot store: %w", err)
	}
	fsm := &adapter{sm: sm, sealer: sealer}
	closeLogs := func() { logs.Close(); meta.Close() }
	if err := catchUpFromSnapshot(snaps, fsm, sm.AppliedIndex()); err != nil {
		closeLogs()
		return nil, err
	}

	var trans *raft.NetworkTransport
	if cfg.Mux != nil {
		trans = raft.NewNetworkTransportWithConfig(&raft.NetworkTransportConfig{Stream: cfg.Mux.RaftLayer(), MaxPool: 8, Timeout: 10 * time.Second, Logger: hlog})
	} else {
		addr, err := net.ResolveTCPAddr("tcp", cfg.BindAddr)
		if err != nil {
			closeLogs()
			return nil, fmt.Errorf("raft_addr %q: %w", cfg.BindAddr, err)
		}
		trans, err = raft.NewTCPTransportWithLogger(cfg.BindAddr, addr, 5, 10*time.Second, hlog)
		if err != nil {
			closeLogs()
			return nil, fmt.Errorf("raft transport on %s: %w", cfg.BindAddr, err)
		}
	}

	rc := raft.DefaultConfig()
	rc.LocalID = raft.ServerID(cfg.NodeID)
	rc.Logger = hlog
	rc.NoSnapshotRestoreOnStart = true // the database persists; see StateMachine
	rc.MaxAppendEntries = 512
	rc.BatchApplyCh = true
	if cfg.HeartbeatTimeout > 0 {
		rc.HeartbeatTimeout = cfg.HeartbeatTimeout
	}
	if cfg.ElectionTimeout > 0 {
		rc.ElectionTimeout = cfg.ElectionTimeout
	}
	if cfg.LeaderLease > 0 {
		rc.LeaderLeaseTimeout = cfg.LeaderLease
	}
	if cfg.CommitTimeout > 0 {
		rc.CommitTimeout = cfg.CommitTimeout
	}
	if cfg.SnapshotThreshold > 0 {
		rc.SnapshotThreshold = cfg.SnapshotThreshold
	}
	if cfg.TrailingLogs > 0 {
		rc.TrailingLogs = cfg.TrailingLogs
	}
	if cfg.SnapshotInterval > 0 {
		rc.SnapshotInterval = cfg.SnapshotInterval
	}

	if cfg.Bootstrap {
		has, err := raft.HasExistingState(logs, logs, snaps)
		if err != nil {
			trans.Close()
			closeLogs()
			return nil, err
		}
		if !has {
			boot := raft.Configuration{Servers: []raft.Server{{ID: rc.LocalID, Address: trans.LocalAddr()}}}
			if err := raft.BootstrapCluster(rc, logs, logs, snaps, trans, boot); err != nil {
				trans.Close()
				closeLogs()
				return nil, fmt.Errorf("bootstrap: %w", err)
			}
		}
	}
	r, err := raft.NewRaft(rc, fsm, logs, logs, snaps, trans)
	if err != nil {
		trans.Close()
		closeLogs()
		return nil, fmt.Errorf("start raft: %w", err)
	}
	n := &Node{cfg: cfg, raft: r, wal: logs, meta: meta, transport: trans, fsm: fsm, snapshots: snaps, stop: make(chan struct{})}
	n.hasState, _ = raft.HasExistingState(logs, logs, snaps)
	if cfg.Mux != nil {
		cfg.Mux.HandleRPC(n.serveRPC)
	}
	go n.observeLeader()
	return n, nil
}

func catchUpFromSnapshot(snaps *raft.FileSnapshotStore, fsm *adapter, applied uint64) error {
	list, err := snaps.List()
	if err != nil || len(list) == 0 {
		return err
	}
	newest := list[0]
	if newest.Index <= applied {
		return nil
	}
	_, rc, err := snaps.Open(newest.ID)
	if err != nil {
		return fmt.Errorf("open snapshot %s: %w", newest.ID, err)
	}
	defer rc.Close()
	if err := fsm.Restore(io.NopCloser(rc)); err != nil {
		return fmt.Errorf("restore snapshot %s: %w", newest.ID, err)
	}
	return nil
}

// Apply commits data through raft and returns what the state machine
// returned for it. A follower forwards the entry to the leader; while there
// is no leader (an election) it waits until ctx's deadline, then fails with
// ErrNotLeader.
func (n *Node) Apply(ctx context.Context, data []byte) (any, error) {
	sealed := n.fsm.sealer.SealLog(data)
	for {
		if n.IsLeader() {
			v, err := n.applyLocal(ctx, sealed)
			if !errors.Is(err, ErrNotLeader) || !n.canRetry(ctx) {
				return v, err
			}
		} else if addr, _ := n.raft.LeaderWithID(); addr != "" && n.cfg.Mux != nil {
			v, err := n.forward(ctx, string(addr), sealed)
			if err == nil || !errors.Is(err, ErrNotLeader) || !n.canRetry(ctx) {
				return v, err
			}
		} else if !n.canRetry(ctx) {
			return nil, fmt.Errorf("%w: no leader elected", ErrNotLeader)
		}
	}
}

// canRetry waits a little before the next attempt, if ctx allows it.
func (n *Node) canRetry(ctx context.Context) bool {
	select {
	case <-ctx.Done():
		return false
	case <-n.stop:
		return false
	case <-time.After(20 * time.Millisecond):
		return true
	}
}

func (n *Node) applyLocal(ctx context.Context, sealed []byte) (any, error) {
	timeout := 10 * time.Second
	if dl, ok := ctx.Deadline(); ok {
		timeout = time.Until(dl)
		if timeout <= 0 {
			return nil, fmt.Errorf("%w: %v", ErrNotLeader, ctx.Err())
		}
	}
	f := n.raft.Apply(sealed, timeout)
	if err := f.Error(); err != nil {
		switch {
		case errors.Is(err, raft.ErrNotLeader), errors.Is(err, raft.ErrEnqueueTimeout), errors.Is(err, raft.ErrLeadershipTransferInProgress):
			// Not appended: safe to try again elsewhere.
			return nil, fmt.Errorf("%w: %v", ErrNotLeader, err)
		case errors.Is(err, raft.ErrLeadershipLost), errors.Is(err, raft.ErrRaftShutdown):
			// Appended, maybe committed by the next leader: never retried.
			return nil, fmt.Errorf("%w: %v", ErrOutcomeUnknown, err)
		}
		return nil, err
	}
	return f.Response(), nil
}

// IsLeader reports whether this node leads.
func (n *Node) IsLeader() bool { return n.raft.State() == raft.Leader }

// WaitLeader waits until some node leads (or ctx ends).
func (n *Node) WaitLeader(ctx context.Context) error {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		if addr, _ := n.raft.LeaderWithID(); addr != "" {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("no raft leader: %w", ctx.Err())
		case <-t.C:
		}
	}
}

// Status is what /health and /v1/cluster/status show.
type Status struct {
	NodeID       string
	State        string // leader|follower|candidate|shutdown
	LeaderID     string
	LeaderAddr   string
	Term         uint64
	CommitIndex  uint64
	AppliedIndex uint64
	LastContact  time.Duration
	Servers      []raft.Server
}

// CanWrite reports whether a leader is known, i.e. writes can be served.
func (s Status) CanWrite() bool { return s.LeaderID != "" && s.State != "shutdown" }

// Status reports the node's raft view.
func (n *Node) Status() Status {
	addr, id := n.raft.LeaderWithID()
	st := Status{NodeID: n.cfg.NodeID, LeaderID: string(id), LeaderAddr: string(addr), AppliedIndex: n.raft.AppliedIndex(), CommitIndex: n.raft.CommitIndex(), Term: n.raft.CurrentTerm()}
	switch n.raft.State() {
	case raft.Leader:
		st.State = "leader"
	case raft.Follower:
		st.State = "follower"
	case raft.Candidate:
		st.State = "candidate"
	default:
		st.State = "shutdown"
	}
	if !n.IsLeader() {
		st.LastContact = time.Since(n.raft.LastContact())
	}
	if f := n.raft.GetConfiguration(); f.Error() == nil {
		st.Servers = f.Configuration().Servers
	}
	return st
}

// Snapshot takes a snapshot now and compacts the log (used after an erasure
// so that old entries leave the log sooner).
func (n *Node) Snapshot() error {
	err := n.raft.Snapshot().Error()
	if errors.Is(err, raft.ErrNothingNewToSnapshot) {
		return nil
	}
	return err
}

// Close hands leadership over when there is someone to hand it to, then
// stops raft and closes the log. Safe to call twice.
func (n *Node) Close() error {
	var err error
	n.closeOnce.Do(func() {
		close(n.stop)
		if n.IsLeader() && len(n.Status().Servers) > 1 {
			n.raft.LeadershipTransfer().Error()
		}
		err = n.raft.Shutdown().Error()
		n.transport.Close()
		n.pool.closeAll()
		if cerr := n.wal.Close(); err == nil {
			err = cerr
		}
		if cerr := n.meta.Close(); err == nil {
			err = cerr
		}
	})
	return err
}

// adapter is the raft.BatchingFSM: it opens sealed entries and seals
// snapshots, nothing else.
type adapter struct {
	sm     StateMachine
	sealer Sealer
}

func (a *adapter) Apply(l *raft.Log) any { return a.ApplyBatch([]*raft.Log{l})[0] }

func (a *adapter) ApplyBatch(logs []*raft.Log) []any {
	entries := make([]Entry, 0, len(logs))
	pos := make([]int, 0, len(logs))
	out := make([]any, len(logs))
	for i, l := range logs {
		if l.Type != raft.LogCommand {
			entries = append(entries, Entry{Index: l.Index, Term: l.Term}) // keeps the applied index moving
			pos = append(pos, i)
			continue
		}
		data, err := a.sealer.OpenLog(l.Data)
		if err != nil {
			// A sealed entry that does not open means a wrong master key:
			// applying nothing is the only safe answer, loudly.
			panic(fmt.Sprintf("raft entry %d does not open with this node's master key: %v", l.Index, err))
		}
		entries = append(entries, Entry{Index: l.Index, Term: l.Term, Data: data})
		pos = append(pos, i)
	}
	res := a.sm.ApplyBatch(entries)
	for i, p := range pos {
		out[p] = res[i]
	}
	return out
}

func (a *adapter) Snapshot() (raft.FSMSnapshot, error) {
	persist, release, err := a.sm.Snapshot()
	if err != nil {
		return nil, err
	}
	return &snapshot{persist: persist, release: release, sealer: a.sealer}, nil
}

func (a *adapter) Restore(rc io.ReadCloser) error {
	defer rc.Close()
	r, err := a.sealer.OpenStream(rc)
	if err != nil {
		return err
	}
	return a.sm.Restore(r)
}

type snapshot struct {
	persist func(io.Writer) error
	release func()
	sealer  Sealer
}

func (s *snapshot) Persist(sink raft.SnapshotSink) error {
	w, err := s.sealer.SealStream(sink)
	if err == nil {
		err = s.persist(w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		sink.Cancel()
		return err
	}
	return sink.Close()
}

func (s *snapshot) Release() {
	if s.release != nil {
		s.release()
	}
}
