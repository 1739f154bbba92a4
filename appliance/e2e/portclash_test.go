package e2e

import (
	"net"
	"os"
	"testing"
)

// TestPortClashRetried: a node whose gossip port was taken by another
// process between freePort and its start is started again on a new port,
// instead of failing the test that wanted it.
func TestPortClashRetried(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	taken := ln.Addr().String()
	n := newNode(t, map[string]string{"AGNOMED_GOSSIP_ADDR": taken})
	n.portRetries = 3
	n.Start()
	n.portRetries = 0
	if n.Env["AGNOMED_GOSSIP_ADDR"] == taken {
		t.Fatalf("gossip address still %s", taken)
	}
	if log, _ := os.ReadFile(n.LogPath); len(log) == 0 {
		t.Fatal("no log")
	}
	n.Stop()
}
