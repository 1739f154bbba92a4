// Package node assembles a running clinic node from its parts: keys, store,
// raft, API, listeners. main calls Start and Stop; tests can too. Start reads
// top to bottom in the order things come up, Stop runs in reverse.
package node

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/agnomedical/agno/appliance/api"
	"github.com/agnomedical/agno/appliance/documents"
	"github.com/agnomedical/agno/appliance/jobs"
	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/auth"
	"github.com/agnomedical/agno/pkg/config"
	"github.com/agnomedical/agno/pkg/keys"
	"github.com/agnomedical/agno/pkg/metrics"
	"github.com/agnomedical/agno/replication/discovery"
	"github.com/agnomedical/agno/replication/raftnode"
	"github.com/agnomedical/agno/replication/transport"
)

// SocketName is the local admin socket inside the data directory.
const SocketName = "agnomed.sock"

// Node is one running appliance node.
type Node struct {
	cfg     config.Config
	log     *slog.Logger
	store   *store.Store
	raft    *raftnode.Node
	api     *api.Server
	http    *http.Server
	local   *http.Server
	ln      net.Listener
	localLn net.Listener

	runner    *jobs.Runner
	extractor *documents.Extractor
	ocrErr    error
	mux       *transport.Mux
	cluster   *clusterManager
	dutyStop  chan struct{}
}

// leaderDuties does first-start set-up that only the leader may do; both
// steps are idempotent in the state machine.
func (n *Node) leaderDuties(ctx context.Context, opt Options) error {
	if err := n.api.EnsureJWTKey(ctx); err != nil {
		return fmt.Errorf("create JWT signing key: %w", err)
	}
	pw, made, err := n.api.BootstrapAdmin(ctx, n.cfg.AdminPassword)
	if err != nil {
		return err
	}
	if made {
		n.announceAdmin(pw, opt)
	}
	return nil
}

func (n *Node) watchLeaderDuties(opt Options) {
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-n.dutyStop:
			return
		case <-t.C:
		}
		if n.raft.IsLeader() && (len(n.store.JWTKeys()) == 0 || n.store.UserCount() == 0) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			if err := n.leaderDuties(ctx, opt); err != nil {
				n.log.Warn("first-start set-up on the new leader", "error", err)
			}
			cancel()
		}
	}
}

// services reports background components for /health.
func (n *Node) services() map[string]string {
	out := map[string]string{"agents": "up", "ocr": "up"}
	if n.runner == nil {
		out["agents"] = "down"
	}
	if n.extractor == nil {
		out["ocr"] = "unavailable"
	}
	return out
}

// Options for Start.
type Options struct {
	Version string
	Log     *slog.Logger
	// AdminOut receives the generated first admin password when it is a
	// terminal; otherwise the password goes to a 0600 file in the data dir.
	AdminOut      io.Writer
	AdminOutIsTTY bool
}

// Start brings the node up and returns once it serves HTTP.
func Start(ctx context.Context, cfg config.Config, opt Options) (*Node, error) {
	log := opt.Log
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data_dir: %w", err)
	}
	if cfg.NodeID == "" {
		id, err := stableNodeID(cfg.DataDir)
		if err != nil {
			return nil, err
		}
		cfg.NodeID = id
	}
	// A bad first-admin password is refused before anything is created.
	if cfg.AdminPassword != "" {
		if err := auth.CheckPolicy(cfg.AdminPassword, "admin"); err != nil {
			return nil, fmt.Errorf("admin_password does not meet the password policy: %v", err)
		}
	}
	if cfg.RateLimits == "off" {
		log.Warn("rate limits are OFF (rate_limits=off): use this for benchmarks only")
	}

	// Keys first: nothing is written before it can be sealed.
	keyFile := cfg.MasterKeyFile
	if keyFile == "" {
		keyFile = filepath.Join(cfg.DataDir, "master.key")
	}
	master, created, err := keys.LoadOrCreateMaster(keyFile)
	if err != nil {
		return nil, err
	}
	if created {
		log.Warn("created a new master key: back it up now and keep it apart from the data and its backups; without it no record can be read", "file", keyFile)
	}
	ring, err := keys.NewRing(master)
	if err != nil {
		return nil, err
	}

	n := &Node{cfg: cfg, log: log}
	n.store, err = store.Open(filepath.Join(cfg.DataDir, "db"), ring, log)
	if err != nil {
		return nil, err
	}

	// The cluster port: raft and node-to-node RPCs over mutual TLS, with a
	// CA derived from the master key (the cluster's identity).
	ident, err := transport.NewIdentity(ring.Derive("cluster-ca"), cfg.NodeID)
	if err != nil {
		n.store.Close()
		return nil, err
	}
	n.mux, err = transport.Listen(cfg.RaftAddr, ident)
	if err != nil {
		n.store.Close()
		return nil, err
	}
	m := metrics.New()
	// A lone node with no one to join forms its own cluster of one.
	single := cfg.BootstrapExpect <= 1 && strings.TrimSpace(cfg.Join) == ""
	n.raft, err = raftnode.Open(raftnode.Config{
		NodeID: cfg.NodeID, Dir: filepath.Join(cfg.DataDir, "raft"), BindAddr: cfg.RaftAddr, Mux: n.mux,
		Bootstrap:        single,
		HeartbeatTimeout: cfg.RaftHeartbeat, ElectionTimeout: cfg.RaftElection, LeaderLease: cfg.RaftLeaderLease,
		CommitTimeout: cfg.RaftCommit, SnapshotThreshold: cfg.RaftSnapshotEntries, SnapshotInterval: cfg.RaftSnapshotEvery, LogSegmentBytes: int(cfg.RaftLogSegment), TrailingLogs: cfg.RaftTrailingLogs, Logger: log,
		EncodeResult: store.EncodeResult, DecodeResult: store.DecodeResult,
		OnLeaderChange: func(id string) {
			m.RaftLeaderChanges.Inc()
			log.Info("raft leader changed", "leader_id", id)
		},
	}, n.store, ring)
	if err != nil {
		n.mux.Close()
		n.store.Close()
		return nil, err
	}
	disc, err := discovery.Start(discovery.Config{Self: discovery.Member{ID: cfg.NodeID, RaftAddr: n.raft.LocalAddr(), APIAddr: cfg.Listen}, BindAddr: cfg.GossipAddr, Key: ring.Derive("gossip")})
	if err != nil {
		n.Stop(context.Background())
		return nil, err
	}
	n.startCluster(disc)

	n.api = api.New(api.Deps{Config: cfg, Store: n.store, Raft: n.raft, Ring: ring, Metrics: m, Log: log, Version: opt.Version, NodeID: cfg.NodeID, Services: n.services, Cluster: n})

	// Background work (agents, document extraction) runs on the leader.
	n.extractor, err = documents.NewExtractor(documents.Limits{MaxBytes: cfg.MaxUploadBytes, ScratchDir: filepath.Join(cfg.DataDir, "scratch")}, 0)
	if err != nil {
		n.ocrErr = err
		log.Warn("document extraction unavailable: uploads are stored but not read", "error", err)
	}
	n.runner = jobs.New(jobs.Config{Store: n.store, Commit: n.api.Commit, IsLeader: n.raft.IsLeader, Extractor: n.extractor, Metrics: m, Log: log})
	n.api.Runner = n.runner
	n.runner.Start(context.Background())

	// First start: signing key and first administrator, on the leader. A
	// single node waits for itself; a clustered node does this whenever it
	// becomes leader (it may be waiting for its peers now).
	if single {
		wctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		if err := n.raft.WaitLeader(wctx); err != nil {
			n.Stop(context.Background())
			return nil, err
		}
		if err := n.leaderDuties(wctx, opt); err != nil {
			n.Stop(context.Background())
			return nil, err
		}
	}
	n.dutyStop = make(chan struct{})
	go n.watchLeaderDuties(opt)

	if err := n.listen(); err != nil {
		n.Stop(context.Background())
		return nil, err
	}
	log.Info("agnomed is serving", "node_id", cfg.NodeID, "url", n.URL(), "data_dir", cfg.DataDir, "version", opt.Version)
	return n, nil
}

// announceAdmin tells the operator how to sign in the first time.
func (n *Node) announceAdmin(generated string, opt Options) {
	if generated == "" {
		n.log.Info("first administrator created with the configured admin_password", "username", "admin")
		return
	}
	if opt.AdminOut != nil && opt.AdminOutIsTTY {
		fmt.Fprintf(opt.AdminOut, "\n  First administrator created. Sign in at %s\n    username: admin\n    password: %s\n  This password is shown once and not stored; change it with `agnomed user passwd admin`.\n\n", n.URL(), generated)
		return
	}
	path := filepath.Join(n.cfg.DataDir, "initial-admin-password")
	if err := keys.WriteFileAtomic(path, []byte(generated+"\n"), 0o600); err != nil {
		n.log.Error("could not write the first admin password file", "error", err)
		return
	}
	n.log.Warn("first administrator created; its password is in a file readable only by this service: read it, sign in, change it, delete the file", "username", "admin", "file", path)
}

// URL is where the API is served.
func (n *Node) URL() string {
	scheme := "http"
	if !isLoopback(n.cfg.Listen) {
		scheme = "https"
	}
	addr := n.cfg.Listen
	if n.ln != nil {
		addr = n.ln.Addr().String()
	}
	return scheme + "://" + addr
}

func (n *Node) listen() error {
	ln, err := net.Listen("tcp", n.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", n.cfg.Listen, err)
	}
	n.http = &http.Server{Handler: n.api.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 5 * time.Minute, WriteTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
		ErrorLog: slog.NewLogLogger(n.log.Handler(), slog.LevelDebug)}
	if !isLoopback(n.cfg.Listen) {
		cert, err := loadOrCreateCert(n.cfg, n.log)
		if err != nil {
			ln.Close()
			return err
		}
		n.http.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{cert}}
		ln = tls.NewListener(ln, n.http.TLSConfig)
	}
	n.ln = ln
	go func() {
		if err := n.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.log.Error("http server stopped", "error", err)
		}
	}()

	sock := filepath.Join(n.cfg.DataDir, SocketName)
	os.Remove(sock)
	lln, err := net.Listen("unix", sock)
	if err != nil {
		return fmt.Errorf("local admin socket: %w", err)
	}
	if err := os.Chmod(sock, 0o600); err != nil {
		lln.Close()
		return err
	}
	n.localLn = lln
	// The local socket also serves Go's profiler for support engineers; it
	// is reachable only by root or the service user.
	mux := http.NewServeMux()
	mux.Handle("/", n.api.LocalHandler())
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	// Fault injection for failure drills and tests: cut this node off
	// from its peers (raft and RPC both ways) or heal it.
	mux.HandleFunc("POST /debug/isolate", func(w http.ResponseWriter, r *http.Request) {
		on := r.URL.Query().Get("on") != "false"
		n.mux.Isolate(on)
		n.log.Warn("fault injection: cluster port isolation", "isolated", on)
		fmt.Fprintf(w, "{\"isolated\":%v}\n", on)
	})
	n.local = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go n.local.Serve(lln)
	return nil
}

// Stop drains HTTP, hands over raft leadership, and closes the database, in
// that order: requests in flight finish and commit before raft goes away.
func (n *Node) Stop(ctx context.Context) error {
	var errs []error
	if n.http != nil {
		if err := n.http.Shutdown(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if n.local != nil {
		n.local.Shutdown(ctx)
	}
	if n.dutyStop != nil {
		close(n.dutyStop)
	}
	// Jobs in flight finish or stay "processing" for the next leader.
	if n.runner != nil {
		if err := n.runner.Close(ctx); err != nil {
			n.log.Warn("shutdown", "error", err)
		}
	}
	// Hand leadership over before leaving gossip, so followers elect fast.
	if n.raft != nil {
		if err := n.raft.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if n.cluster != nil {
		n.cluster.close()
		n.cluster.disc.Leave()
	}
	if n.mux != nil {
		n.mux.Close()
	}
	if n.store != nil {
		if err := n.store.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if n.extractor != nil {
		n.extractor.Close()
	}
	return errors.Join(errs...)
}

func isLoopback(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// stableNodeID gives an unconfigured node an id that survives restarts.
func stableNodeID(dir string) (string, error) {
	path := filepath.Join(dir, "node-id")
	if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
		return string(trimNL(b)), nil
	}
	host, _ := os.Hostname()
	if host == "" {
		host = "node"
	}
	id := host
	if err := keys.WriteFileAtomic(path, []byte(id+"\n"), 0o600); err != nil {
		return "", err
	}
	return id, nil
}

func trimNL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
