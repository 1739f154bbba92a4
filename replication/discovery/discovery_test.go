package discovery

import (
	"bytes"
	"fmt"
	"net"
	"testing"
	"time"
)

func freePort(t *testing.T) string {
	// memberlist needs the same port free for UDP and TCP.
	for i := 0; i < 20; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := l.Addr().String()
		l.Close()
		u, err := net.ListenPacket("udp", addr)
		if err == nil {
			u.Close()
			return addr
		}
	}
	t.Fatal("no free port")
	return ""
}

func start(t *testing.T, id string, key []byte) (*Discovery, string) {
	addr := freePort(t)
	d, err := Start(Config{Self: Member{ID: id, RaftAddr: "r-" + id, APIAddr: "a-" + id}, BindAddr: addr, Key: key})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Leave() })
	return d, addr
}

func waitMembers(d *Discovery, n int) []Member {
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if m := d.Members(); len(m) >= n {
			return m
		}
		time.Sleep(50 * time.Millisecond)
	}
	return d.Members()
}

func TestMembersFindEachOtherWithMetadata(t *testing.T) {
	key := bytes.Repeat([]byte{5}, 32)
	a, addrA := start(t, "a", key)
	b, _ := start(t, "b", key)
	c, _ := start(t, "c", key)
	for _, d := range []*Discovery{b, c} {
		if _, err := d.Join([]string{addrA}); err != nil {
			t.Fatal(err)
		}
	}
	got := waitMembers(a, 3)
	if fmt.Sprint(got) != "[{a r-a a-a} {b r-b a-b} {c r-c a-c}]" {
		t.Fatalf("members seen by a: %v", got)
	}
}

func TestOtherClusterCannotJoin(t *testing.T) {
	_, addrA := start(t, "a", bytes.Repeat([]byte{5}, 32))
	x, _ := start(t, "x", bytes.Repeat([]byte{6}, 32))
	if _, err := x.Join([]string{addrA}); err == nil {
		if m := waitMembers(x, 2); len(m) > 1 {
			t.Fatalf("a node with another key joined: %v", m)
		}
	}
}
