package raftnode

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	"github.com/hashicorp/raft"

	"github.com/agnomedical/agno/replication/transport"
)

// Cluster RPC operations (over transport.TagRPC connections). One request at
// a time per connection; connections are pooled per leader address.
const (
	opApply      byte = 'A' // payload: sealed entry → result
	opReadIndex  byte = 'I' // → leader's commit index after confirming leadership
	opMembership byte = 'M' // payload: JSON membershipReq
)

const (
	statusOK       byte = 0
	statusNotLead  byte = 1
	statusUnknown  byte = 2
	statusErr      byte = 3
	maxRPCFrame         = 80 << 20 // a document entry is at most ~67 MB sealed
	rpcDialTimeout      = 2 * time.Second
)

type membershipReq struct {
	Op      string `json:"op"` // add|remove
	ID      string `json:"id"`
	Address string `json:"address,omitempty"`
}

func writeFrame(w *bufio.Writer, tag byte, payload []byte) error {
	var hdr [1 + binary.MaxVarintLen64]byte
	hdr[0] = tag
	n := binary.PutUvarint(hdr[1:], uint64(len(payload)))
	if _, err := w.Write(hdr[:1+n]); err != nil {
		return err
	}
	if _, err := w.Write(payload); err != nil {
		return err
	}
	return w.Flush()
}

func readFrame(r *bufio.Reader) (byte, []byte, error) {
	tag, err := r.ReadByte()
	if err != nil {
		return 0, nil, err
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, nil, err
	}
	if n > maxRPCFrame {
		return 0, nil, fmt.Errorf("cluster RPC frame of %d bytes is too large", n)
	}
	buf := make([]byte, n)
	_, err = io.ReadFull(r, buf)
	return tag, buf, err
}

// serveRPC answers one peer connection until it closes.
func (n *Node) serveRPC(c net.Conn) {
	defer c.Close()
	r, w := bufio.NewReader(c), bufio.NewWriter(c)
	for {
		op, payload, err := readFrame(r)
		if err != nil {
			return
		}
		status, out := n.handleRPC(op, payload)
		if err := writeFrame(w, status, out); err != nil {
			return
		}
	}
}

func (n *Node) handleRPC(op byte, payload []byte) (byte, []byte) {
	if !n.IsLeader() {
		return statusNotLead, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	switch op {
	case opApply:
		v, err := n.applyLocal(ctx, payload)
		switch {
		case errors.Is(err, ErrNotLeader):
			return statusNotLead, nil
		case errors.Is(err, ErrOutcomeUnknown):
			return statusUnknown, []byte(err.Error())
		case err != nil:
			return statusErr, []byte(err.Error())
		}
		if n.cfg.EncodeResult == nil {
			return statusOK, nil
		}
		return statusOK, n.cfg.EncodeResult(v)
	case opReadIndex:
		idx, err := n.readIndexLocal()
		if err != nil {
			return statusNotLead, nil
		}
		return statusOK, binary.AppendUvarint(nil, idx)
	case opMembership:
		var m membershipReq
		if err := json.Unmarshal(payload, &m); err != nil {
			return statusErr, []byte("malformed membership request")
		}
		if err := n.changeLocal(m); err != nil {
			if errors.Is(err, ErrNotLeader) {
				return statusNotLead, nil
			}
			return statusErr, []byte(err.Error())
		}
		return statusOK, nil
	}
	return statusErr, []byte("unknown cluster operation")
}

// call sends one request to the leader and returns its answer.
func (n *Node) call(ctx context.Context, addr string, op byte, payload []byte) ([]byte, error) {
	c, err := n.pool.get(n.cfg.Mux, addr)
	if err != nil {
		return nil, fmt.Errorf("%w: leader unreachable: %v", ErrNotLeader, err)
	}
	if dl, ok := ctx.Deadline(); ok {
		c.conn.SetDeadline(dl)
	} else {
		c.conn.SetDeadline(time.Now().Add(15 * time.Second))
	}
	if err := writeFrame(c.w, op, payload); err != nil {
		c.conn.Close()
		// Not sent completely: the leader did not apply it.
		return nil, fmt.Errorf("%w: %v", ErrNotLeader, err)
	}
	status, out, err := readFrame(c.r)
	if err != nil {
		c.conn.Close()
		if op == opApply {
			return nil, fmt.Errorf("%w: lost the leader's answer: %v", ErrOutcomeUnknown, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrNotLeader, err)
	}
	c.conn.SetDeadline(time.Time{})
	n.pool.put(addr, c)
	switch status {
	case statusOK:
		return out, nil
	case statusNotLead:
		return nil, ErrNotLeader
	case statusUnknown:
		return nil, fmt.Errorf("%w: %s", ErrOutcomeUnknown, out)
	}
	return nil, errors.New(string(out))
}

func (n *Node) forward(ctx context.Context, addr string, sealed []byte) (any, error) {
	out, err := n.call(ctx, addr, opApply, sealed)
	if err != nil {
		return nil, err
	}
	if n.cfg.DecodeResult == nil {
		return nil, nil
	}
	return n.cfg.DecodeResult(out)
}

// ReadIndex returns an index such that, once this node has applied it,
// local reads reflect every write acknowledged before the call
// (linearizable reads, raft's "read index"). It confirms leadership with a
// quorum first, on the leader or through it.
func (n *Node) ReadIndex(ctx context.Context) (uint64, error) {
	for {
		if n.IsLeader() {
			idx, err := n.readIndexLocal()
			if err == nil || !n.canRetry(ctx) {
				return idx, err
			}
			continue
		}
		if addr, _ := n.raft.LeaderWithID(); addr != "" && n.cfg.Mux != nil {
			out, err := n.call(ctx, string(addr), opReadIndex, nil)
			if err == nil {
				idx, k := binary.Uvarint(out)
				if k <= 0 {
					return 0, errors.New("malformed read index")
				}
				return idx, nil
			}
			if !n.canRetry(ctx) {
				return 0, err
			}
			continue
		}
		if !n.canRetry(ctx) {
			return 0, fmt.Errorf("%w: no leader elected", ErrNotLeader)
		}
	}
}

func (n *Node) readIndexLocal() (uint64, error) {
	idx := n.raft.CommitIndex()
	if err := n.raft.VerifyLeader().Error(); err != nil {
		return 0, fmt.Errorf("%w: %v", ErrNotLeader, err)
	}
	return idx, nil
}

// AddVoter adds a node (on the leader, or through it).
func (n *Node) AddVoter(ctx context.Context, id, addr string) error {
	return n.change(ctx, membershipReq{Op: "add", ID: id, Address: addr})
}

// RemoveServer removes a node from the configuration.
func (n *Node) RemoveServer(ctx context.Context, id string) error {
	return n.change(ctx, membershipReq{Op: "remove", ID: id})
}

func (n *Node) change(ctx context.Context, m membershipReq) error {
	for {
		if n.IsLeader() {
			err := n.changeLocal(m)
			if !errors.Is(err, ErrNotLeader) || !n.canRetry(ctx) {
				return err
			}
			continue
		}
		if addr, _ := n.raft.LeaderWithID(); addr != "" && n.cfg.Mux != nil {
			b, _ := json.Marshal(m)
			_, err := n.call(ctx, string(addr), opMembership, b)
			if !errors.Is(err, ErrNotLeader) || !n.canRetry(ctx) {
				return err
			}
			continue
		}
		if !n.canRetry(ctx) {
			return fmt.Errorf("%w: no leader elected", ErrNotLeader)
		}
	}
}

func (n *Node) changeLocal(m membershipReq) error {
	var f raft.IndexFuture
	switch m.Op {
	case "add":
		f = n.raft.AddVoter(raft.ServerID(m.ID), raft.ServerAddress(m.Address), 0, 10*time.Second)
	case "remove":
		f = n.raft.RemoveServer(raft.ServerID(m.ID), 0, 10*time.Second)
	default:
		return fmt.Errorf("unknown membership change %q", m.Op)
	}
	err := f.Error()
	if errors.Is(err, raft.ErrNotLeader) || errors.Is(err, raft.ErrLeadershipLost) {
		return fmt.Errorf("%w: %v", ErrNotLeader, err)
	}
	return err
}

// HasState reports whether this node had raft state when it started (a
// new node waits for bootstrap or to be added).
func (n *Node) HasState() bool { return n.hasState }

// BootstrapCluster forms a new cluster from servers (every founding node
// calls it with the same list; raft tolerates that).
func (n *Node) BootstrapCluster(servers map[string]string) error {
	cfg := raft.Configuration{}
	for id, addr := range servers {
		cfg.Servers = append(cfg.Servers, raft.Server{ID: raft.ServerID(id), Address: raft.ServerAddress(addr), Suffrage: raft.Voter})
	}
	err := n.raft.BootstrapCluster(cfg).Error()
	if errors.Is(err, raft.ErrCantBootstrap) {
		err = nil // already has state (a peer's configuration reached us)
	}
	if err == nil {
		n.hasState = true
	}
	return err
}

// LocalAddr is the address raft advertises for this node.
func (n *Node) LocalAddr() string { return string(n.transport.LocalAddr()) }

// observeLeader reports leader changes (metrics, logs).
func (n *Node) observeLeader() {
	ch := make(chan raft.Observation, 16)
	obs := raft.NewObserver(ch, false, func(o *raft.Observation) bool {
		_, ok := o.Data.(raft.LeaderObservation)
		return ok
	})
	n.raft.RegisterObserver(obs)
	defer n.raft.DeregisterObserver(obs)
	for {
		select {
		case <-n.stop:
			return
		case o := <-ch:
			lo := o.Data.(raft.LeaderObservation)
			if n.cfg.OnLeaderChange != nil {
				n.cfg.OnLeaderChange(string(lo.LeaderID))
			}
		}
	}
}

// pooled is one open RPC connection to a leader.
type pooled struct {
	conn net.Conn
	r    *bufio.Reader
	w    *bufio.Writer
}

// connPool keeps idle RPC connections per address.
type connPool struct {
	mu   sync.Mutex
	idle map[string][]*pooled
}

func (p *connPool) get(m *transport.Mux, addr string) (*pooled, error) {
	p.mu.Lock()
	if list := p.idle[addr]; len(list) > 0 {
		c := list[len(list)-1]
		p.idle[addr] = list[:len(list)-1]
		p.mu.Unlock()
		return c, nil
	}
	p.mu.Unlock()
	c, err := m.Dial(addr, transport.TagRPC, rpcDialTimeout)
	if err != nil {
		return nil, err
	}
	return &pooled{conn: c, r: bufio.NewReaderSize(c, 64<<10), w: bufio.NewWriterSize(c, 64<<10)}, nil
}

func (p *connPool) put(addr string, c *pooled) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.idle == nil {
		p.idle = map[string][]*pooled{}
	}
	if len(p.idle[addr]) >= 64 {
		c.conn.Close()
		return
	}
	p.idle[addr] = append(p.idle[addr], c)
}

func (p *connPool) closeAll() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, list := range p.idle {
		for _, c := range list {
			c.conn.Close()
		}
	}
	p.idle = nil
}
