package node

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/agnomedical/agno/appliance/api"
	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/replication/discovery"
)

// clusterManager turns gossip membership into raft membership: it forms the
// cluster once bootstrap_expect nodes see each other, and on the leader adds
// every live member that is not yet a voter and was never removed.
type clusterManager struct {
	n      *Node
	disc   *discovery.Discovery
	kick   chan struct{}
	stop   chan struct{}
	done   chan struct{}
	expect int
	seeds  []string
	seen   int // members in sight while waiting to form, for the log
}

func (n *Node) startCluster(disc *discovery.Discovery) {
	cm := &clusterManager{n: n, disc: disc, kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{}), expect: n.cfg.BootstrapExpect}
	for _, s := range strings.Split(n.cfg.Join, ",") {
		if s = strings.TrimSpace(s); s != "" {
			cm.seeds = append(cm.seeds, s)
		}
	}
	n.cluster = cm
	go cm.run()
}

func (cm *clusterManager) poke() {
	select {
	case cm.kick <- struct{}{}:
	default:
	}
}

func (cm *clusterManager) close() {
	close(cm.stop)
	<-cm.done
}

func (cm *clusterManager) run() {
	defer close(cm.done)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	joined := len(cm.seeds) == 0
	for {
		// A seed list usually names this node too, so one answer can be our
		// own; until the cluster forms, keep contacting every seed so that a
		// peer that was slow to start, or missed one push under load, is
		// still found.
		if !joined || cm.forming() {
			if _, err := cm.disc.Join(cm.seeds); err == nil {
				joined = true
			} else {
				cm.n.log.Debug("gossip join: no seed answered yet", "seeds", cm.seeds, "error", err)
			}
		}
		cm.step()
		select {
		case <-cm.stop:
			return
		case <-cm.kick:
		case <-t.C:
		}
	}
}

// forming reports whether this node still waits for bootstrap_expect
// members before the cluster can form.
func (cm *clusterManager) forming() bool {
	return cm.expect > 1 && !cm.n.raft.HasState() && len(cm.disc.Members()) < cm.expect
}

func (cm *clusterManager) step() {
	n := cm.n
	if !n.raft.HasState() && cm.expect > 1 {
		members := cm.disc.Members()
		if len(members) < cm.expect {
			if len(members) != cm.seen {
				cm.seen = len(members)
				n.log.Info("waiting for nodes to form the cluster", "in_sight", len(members), "bootstrap_expect", cm.expect)
			}
			return
		}
		// Every founding node computes the same list: the expect lowest ids.
		founders := members[:cm.expect]
		servers := map[string]string{}
		self := false
		for _, m := range founders {
			servers[m.ID] = m.RaftAddr
			self = self || m.ID == n.cfg.NodeID
		}
		if !self {
			return // a later node: the leader adds it
		}
		if err := n.raft.BootstrapCluster(servers); err != nil {
			n.log.Error("cluster bootstrap failed", "error", err)
			return
		}
		n.log.Info("cluster formed", "voters", len(servers))
		return
	}
	if !n.raft.IsLeader() {
		return
	}
	voters := map[string]bool{}
	for _, s := range n.raft.Status().Servers {
		voters[string(s.ID)] = true
	}
	for _, m := range cm.disc.Members() {
		if voters[m.ID] {
			continue
		}
		if n.store.IsRemoved(m.ID) {
			n.log.Warn("refusing a removed node: wipe its data directory and give it a new node_id to bring it back", "node_id", m.ID)
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := n.raft.AddVoter(ctx, m.ID, m.RaftAddr)
		cancel()
		if err != nil {
			n.log.Warn("could not add node to the cluster", "node_id", m.ID, "error", err)
			continue
		}
		n.log.Info("node joined the cluster", "node_id", m.ID, "raft_addr", m.RaftAddr)
	}
}

// Members merges raft's configuration with gossip's view.
func (n *Node) Members() []api.ClusterMember {
	alive := map[string]discovery.Member{}
	if n.cluster != nil {
		for _, m := range n.cluster.disc.Members() {
			alive[m.ID] = m
		}
	}
	var out []api.ClusterMember
	for _, s := range n.raft.Status().Servers {
		m, ok := alive[string(s.ID)]
		apiAddr := m.APIAddr
		if string(s.ID) == n.cfg.NodeID {
			apiAddr, ok = n.cfg.Listen, true
		}
		out = append(out, api.ClusterMember{NodeID: string(s.ID), RaftAddr: string(s.Address), APIAddr: apiAddr, Suffrage: strings.ToLower(s.Suffrage.String()), Healthy: ok})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].NodeID < out[j].NodeID })
	return out
}

// APIAddrOf returns a member's API address, if gossip knows it.
func (n *Node) APIAddrOf(id string) string {
	for _, m := range n.Members() {
		if m.NodeID == id {
			return m.APIAddr
		}
	}
	return ""
}

// JoinCluster contacts another node's gossip address.
func (n *Node) JoinCluster(addr string) error {
	if n.cluster == nil {
		return errors.New("clustering is not running on this node")
	}
	if _, err := n.cluster.disc.Join([]string{addr}); err != nil {
		return fmt.Errorf("no node answered at %s: %v", addr, err)
	}
	n.cluster.poke()
	return nil
}

// RemoveNode records the removal (so the node is never re-added with its
// old state) and takes it out of the raft configuration.
func (n *Node) RemoveNode(ctx context.Context, id string, commit func(context.Context, *store.Command) (store.Result, error), audit func(*store.Command)) error {
	found := false
	for _, s := range n.raft.Status().Servers {
		found = found || string(s.ID) == id
	}
	if !found {
		return fmt.Errorf("%w: no member %s", store.ErrNotFound, id)
	}
	cmd := &store.Command{Type: store.CmdNodeRemoved, At: time.Now().UTC(), NodeID: id}
	audit(cmd)
	if _, err := commit(ctx, cmd); err != nil {
		return err
	}
	return n.raft.RemoveServer(ctx, id)
}
