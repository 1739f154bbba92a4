// Package transport is the node-to-node wire: one TCP port per node, mutual
// TLS 1.3 only, and a one-byte protocol tag after the handshake so raft and
// the cluster's own RPCs (write forwarding, read index) share the port.
//
// Cluster identity is the master key: the cluster CA's Ed25519 key is derived
// from it, and Ed25519 signatures are deterministic, so every node that holds
// the master key derives the same CA certificate and can issue itself a leaf
// certificate. A node with another master key fails the handshake: it is not
// part of the cluster and sees nothing in clear.
package transport

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/raft"
)

// ServerName is the name every node certificate carries and every client
// verifies: identity comes from the CA, not from host names.
const ServerName = "node.agnomed-cluster"

// Protocol tags.
const (
	TagRaft byte = 'R'
	TagRPC  byte = 'F'
)

// Identity is this node's TLS material.
type Identity struct {
	Cert tls.Certificate
	Pool *x509.CertPool
}

// NewIdentity derives the cluster CA from seed (32 bytes from the master key)
// and issues a fresh leaf certificate for this node.
func NewIdentity(seed []byte, nodeID string) (*Identity, error) {
	if len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("cluster CA seed must be %d bytes", ed25519.SeedSize)
	}
	caKey := ed25519.NewKeyFromSeed(seed)
	epoch := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "agnomed cluster CA", Organization: []string{"Agno Medical"}},
		NotBefore:             epoch,
		NotAfter:              epoch.AddDate(50, 0, 0),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	caDER, err := x509.CreateCertificate(nil, caTmpl, caTmpl, caKey.Public(), caKey)
	if err != nil {
		return nil, err
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, err
	}
	leafKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	serial, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
	leafTmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: nodeID, Organization: []string{"Agno Medical"}},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().AddDate(1, 0, 0),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
		DNSNames:     []string{ServerName},
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTmpl, ca, &leafKey.PublicKey, caKey)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	return &Identity{Cert: tls.Certificate{Certificate: [][]byte{leafDER, caDER}, PrivateKey: leafKey}, Pool: pool}, nil
}

func (id *Identity) serverConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{id.Cert}, ClientCAs: id.Pool, ClientAuth: tls.RequireAndVerifyClientCert}
}

func (id *Identity) clientConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{id.Cert}, RootCAs: id.Pool, ServerName: ServerName}
}

// ErrIsolated is returned while the node is cut off for a fault test.
var ErrIsolated = errors.New("transport: node isolated")

// Mux listens on one address and hands connections to raft or to RPC
// handlers by their tag.
type Mux struct {
	ln        net.Listener
	advertise net.Addr
	id        *Identity
	raftConns chan net.Conn
	rpc       func(net.Conn)
	closed    chan struct{}
	closeOnce sync.Once

	isolated atomic.Bool
	mu       sync.Mutex
	conns    map[net.Conn]struct{}
}

// Listen opens the node's cluster port.
func Listen(bind string, id *Identity) (*Mux, error) {
	ln, err := net.Listen("tcp", bind)
	if err != nil {
		return nil, fmt.Errorf("cluster port %s: %w", bind, err)
	}
	m := &Mux{ln: ln, advertise: ln.Addr(), id: id, raftConns: make(chan net.Conn, 16), closed: make(chan struct{}), conns: map[net.Conn]struct{}{}}
	go m.accept()
	return m, nil
}

// HandleRPC sets the handler of TagRPC connections (before traffic starts).
func (m *Mux) HandleRPC(f func(net.Conn)) { m.rpc = f }

// Addr is the listening address.
func (m *Mux) Addr() net.Addr { return m.advertise }

func (m *Mux) accept() {
	for {
		c, err := m.ln.Accept()
		if err != nil {
			select {
			case <-m.closed:
				return
			default:
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		go m.serve(c)
	}
}

func (m *Mux) serve(raw net.Conn) {
	if m.isolated.Load() {
		raw.Close()
		return
	}
	c := tls.Server(raw, m.id.serverConfig())
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if err := c.Handshake(); err != nil {
		c.Close() // wrong cluster, plain text, or a scanner: nothing to say
		return
	}
	var tag [1]byte
	if _, err := io.ReadFull(c, tag[:]); err != nil {
		c.Close()
		return
	}
	c.SetDeadline(time.Time{})
	tc := m.track(c)
	switch tag[0] {
	case TagRaft:
		select {
		case m.raftConns <- tc:
		case <-m.closed:
			tc.Close()
		}
	case TagRPC:
		if m.rpc == nil {
			tc.Close()
			return
		}
		m.rpc(tc)
	default:
		tc.Close()
	}
}

// Dial opens a tagged mutual-TLS connection to a peer.
func (m *Mux) Dial(addr string, tag byte, timeout time.Duration) (net.Conn, error) {
	if m.isolated.Load() {
		return nil, ErrIsolated
	}
	d := &net.Dialer{Timeout: timeout}
	c, err := tls.DialWithDialer(d, "tcp", addr, m.id.clientConfig())
	if err != nil {
		return nil, err
	}
	if _, err := c.Write([]byte{tag}); err != nil {
		c.Close()
		return nil, err
	}
	return m.track(c), nil
}

// Isolate cuts the node off (test fault injection): open connections are
// closed and new ones refused both ways until Isolate(false).
func (m *Mux) Isolate(on bool) {
	m.isolated.Store(on)
	if !on {
		return
	}
	m.closeAll()
}

// closeAll closes every tracked connection (outside the lock: a tracked
// connection removes itself under it).
func (m *Mux) closeAll() {
	m.mu.Lock()
	list := make([]net.Conn, 0, len(m.conns))
	for c := range m.conns {
		list = append(list, c)
	}
	m.mu.Unlock()
	for _, c := range list {
		c.Close()
	}
}

// Isolated reports the fault-injection state.
func (m *Mux) Isolated() bool { return m.isolated.Load() }

// Close stops listening and closes every connection.
func (m *Mux) Close() error {
	m.closeOnce.Do(func() {
		close(m.closed)
		m.ln.Close()
		m.closeAll()
	})
	return nil
}

// tracked removes itself from the mux's set when closed.
type tracked struct {
	net.Conn
	m    *Mux
	once sync.Once
}

func (m *Mux) track(c net.Conn) net.Conn {
	t := &tracked{Conn: c, m: m}
	m.mu.Lock()
	m.conns[t] = struct{}{}
	m.mu.Unlock()
	if m.isolated.Load() {
		t.Close()
	}
	return t
}

func (t *tracked) Close() error {
	t.once.Do(func() {
		t.m.mu.Lock()
		delete(t.m.conns, t)
		t.m.mu.Unlock()
	})
	return t.Conn.Close()
}

// RaftLayer adapts the mux to raft.StreamLayer.
func (m *Mux) RaftLayer() raft.StreamLayer { return raftLayer{m} }

type raftLayer struct{ m *Mux }

func (l raftLayer) Accept() (net.Conn, error) {
	select {
	case c := <-l.m.raftConns:
		return c, nil
	case <-l.m.closed:
		return nil, errors.New("transport closed")
	}
}

func (l raftLayer) Close() error   { return l.m.Close() }
func (l raftLayer) Addr() net.Addr { return l.m.advertise }

func (l raftLayer) Dial(addr raft.ServerAddress, timeout time.Duration) (net.Conn, error) {
	return l.m.Dial(string(addr), TagRaft, timeout)
}
