package transport

import (
	"bytes"
	"crypto/tls"
	"io"
	"net"
	"testing"
	"time"

	"github.com/hashicorp/raft"
)

func seed(b byte) []byte { return bytes.Repeat([]byte{b}, 32) }

func mux(t *testing.T, s []byte, name string) *Mux {
	t.Helper()
	id, err := NewIdentity(s, name)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Listen("127.0.0.1:0", id)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

func echoRPC(m *Mux) {
	m.HandleRPC(func(c net.Conn) {
		defer c.Close()
		io.Copy(c, c)
	})
}

func TestSameMasterKeyTalks(t *testing.T) {
	a, b := mux(t, seed(1), "a"), mux(t, seed(1), "b")
	echoRPC(b)
	c, err := a.Dial(b.Addr().String(), TagRPC, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.Write([]byte("ping"))
	buf := make([]byte, 4)
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
	if _, err := io.ReadFull(c, buf); err != nil || string(buf) != "ping" {
		t.Fatalf("echo over mTLS: %q %v", buf, err)
	}
	// Raft connections arrive on the raft layer.
	rc, err := a.RaftLayer().Dial(raft.ServerAddress(b.Addr().String()), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	rc.Write([]byte("x"))
	got := make(chan net.Conn, 1)
	go func() { c, _ := b.RaftLayer().Accept(); got <- c }()
	select {
	case c := <-got:
		if c == nil {
			t.Fatal("raft layer accept failed")
		}
		c.Close()
	case <-time.After(3 * time.Second):
		t.Fatal("raft connection never reached the raft layer")
	}
}

func TestOtherClusterIsRefused(t *testing.T) {
	a, b := mux(t, seed(1), "a"), mux(t, seed(2), "b")
	echoRPC(b)
	c, err := a.Dial(b.Addr().String(), TagRPC, time.Second)
	if err == nil {
		// TLS 1.3 client handshakes can complete before the server's
		// verdict arrives; the first read then fails.
		c.Write([]byte("ping"))
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		if _, rerr := c.Read(make([]byte, 4)); rerr == nil {
			t.Fatal("a node with another master key was served")
		}
		c.Close()
	}
}

func TestPlainTCPAndOldTLSRefused(t *testing.T) {
	b := mux(t, seed(1), "b")
	echoRPC(b)
	raw, err := net.Dial("tcp", b.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	raw.Write([]byte("F hello in clear\n"))
	raw.SetReadDeadline(time.Now().Add(2 * time.Second))
	buf := make([]byte, 64)
	n, _ := raw.Read(buf)
	if bytes.Contains(buf[:n], []byte("hello")) {
		t.Fatal("plain text was echoed")
	}
	raw.Close()
	// A client without a certificate is refused.
	c, err := tls.Dial("tcp", b.Addr().String(), &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS13})
	if err == nil {
		c.Write([]byte{TagRPC, 'x'})
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		if _, rerr := c.Read(make([]byte, 1)); rerr == nil {
			t.Fatal("client without a certificate was served")
		}
		c.Close()
	}
	// TLS 1.2 is refused.
	if c, err := tls.Dial("tcp", b.Addr().String(), &tls.Config{InsecureSkipVerify: true, MaxVersion: tls.VersionTLS12}); err == nil {
		c.Close()
		t.Fatal("TLS 1.2 handshake accepted")
	}
}

func TestIsolateCutsBothWays(t *testing.T) {
	a, b := mux(t, seed(1), "a"), mux(t, seed(1), "b")
	echoRPC(a)
	echoRPC(b)
	c, err := a.Dial(b.Addr().String(), TagRPC, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	b.Isolate(true)
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
	c.Write([]byte("ping"))
	if _, err := io.ReadFull(c, make([]byte, 4)); err == nil {
		t.Fatal("an open connection survived isolation")
	}
	if _, err := b.Dial(a.Addr().String(), TagRPC, time.Second); err != ErrIsolated {
		t.Fatalf("isolated node dialled out: %v", err)
	}
	if c, err := a.Dial(b.Addr().String(), TagRPC, time.Second); err == nil {
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		c.Write([]byte("ping"))
		if _, err := io.ReadFull(c, make([]byte, 4)); err == nil {
			t.Fatal("isolated node accepted a connection")
		}
	}
	b.Isolate(false)
	c2, err := a.Dial(b.Addr().String(), TagRPC, time.Second)
	if err != nil {
		t.Fatalf("after healing: %v", err)
	}
	c2.Write([]byte("pong"))
	c2.SetReadDeadline(time.Now().Add(2 * time.Second))
	if _, err := io.ReadFull(c2, make([]byte, 4)); err != nil {
		t.Fatalf("after healing: %v", err)
	}
}

func TestIdentityIsDeterministicPerMasterKey(t *testing.T) {
	x, _ := NewIdentity(seed(9), "x")
	y, _ := NewIdentity(seed(9), "y")
	if !bytes.Equal(x.Cert.Certificate[1], y.Cert.Certificate[1]) {
		t.Fatal("two nodes with the same master key derived different CA certificates")
	}
	z, _ := NewIdentity(seed(8), "z")
	if bytes.Equal(x.Cert.Certificate[1], z.Cert.Certificate[1]) {
		t.Fatal("different master keys derived the same CA")
	}
}
