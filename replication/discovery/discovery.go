// Package discovery finds the clinic's other nodes by gossip
// (hashicorp/memberlist). Gossip is encrypted with a key derived from the
// master key, so a node of another cluster (another master key) can neither
// read nor join it. Each member advertises its node id, raft address and API
// address as metadata.
package discovery

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/memberlist"
)

// Member is one node as gossip sees it.
type Member struct {
	ID       string `json:"id"`
	RaftAddr string `json:"raft"`
	APIAddr  string `json:"api"`
}

// Config of the gossip layer.
type Config struct {
	Self     Member
	BindAddr string // host:port for gossip (UDP and TCP)
	Key      []byte // 32 bytes: AES-256 gossip encryption
	// OnChange is called (from memberlist's goroutines) when membership
	// changes; it must not block.
	OnChange func()
}

// Discovery is the running gossip member.
type Discovery struct {
	ml  *memberlist.Memberlist
	cfg Config
	mu  sync.Mutex
}

// Start joins nothing yet; call Join with seed addresses.
func Start(cfg Config) (*Discovery, error) {
	host, portStr, err := net.SplitHostPort(cfg.BindAddr)
	if err != nil {
		return nil, fmt.Errorf("gossip_addr %q: %w", cfg.BindAddr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("gossip_addr %q: bad port", cfg.BindAddr)
	}
	d := &Discovery{cfg: cfg}
	mc := memberlist.DefaultLANConfig()
	mc.Name = cfg.Self.ID
	mc.BindAddr, mc.BindPort = host, port
	mc.AdvertiseAddr, mc.AdvertisePort = host, port
	mc.SecretKey = cfg.Key
	mc.GossipVerifyIncoming, mc.GossipVerifyOutgoing = true, true
	mc.Delegate = &delegate{d: d}
	mc.Events = &events{d: d}
	mc.Logger = log.New(io.Discard, "", 0)
	mc.ProbeInterval = 500 * time.Millisecond
	mc.ProbeTimeout = 250 * time.Millisecond
	mc.GossipInterval = 100 * time.Millisecond
	mc.PushPullInterval = 10 * time.Second
	ml, err := memberlist.Create(mc)
	if err != nil {
		return nil, fmt.Errorf("start gossip on %s: %w", cfg.BindAddr, err)
	}
	d.ml = ml
	return d, nil
}

// Join contacts seed members (gossip addresses); it succeeds when at least
// one answers.
func (d *Discovery) Join(seeds []string) (int, error) {
	var list []string
	for _, s := range seeds {
		if s = strings.TrimSpace(s); s != "" {
			list = append(list, s)
		}
	}
	if len(list) == 0 {
		return 0, nil
	}
	return d.ml.Join(list)
}

// Members lists the alive members, sorted by id.
func (d *Discovery) Members() []Member {
	var out []Member
	for _, n := range d.ml.Members() {
		var m Member
		if json.Unmarshal(n.Meta, &m) == nil && m.ID != "" {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Leave tells the others we are going, then stops.
func (d *Discovery) Leave() error {
	d.ml.Leave(2 * time.Second)
	return d.ml.Shutdown()
}

type delegate struct{ d *Discovery }

func (g *delegate) NodeMeta(limit int) []byte {
	b, _ := json.Marshal(g.d.cfg.Self)
	if len(b) > limit {
		return nil
	}
	return b
}
func (g *delegate) NotifyMsg([]byte)                           {}
func (g *delegate) GetBroadcasts(overhead, limit int) [][]byte { return nil }
func (g *delegate) LocalState(join bool) []byte                { return nil }
func (g *delegate) MergeRemoteState(buf []byte, join bool)     {}

type events struct{ d *Discovery }

func (e *events) fire() {
	if e.d.cfg.OnChange != nil {
		e.d.cfg.OnChange()
	}
}
func (e *events) NotifyJoin(*memberlist.Node)   { e.fire() }
func (e *events) NotifyLeave(*memberlist.Node)  { e.fire() }
func (e *events) NotifyUpdate(*memberlist.Node) { e.fire() }
