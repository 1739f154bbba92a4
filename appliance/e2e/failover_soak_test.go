//go:build soak

package e2e

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestFailoverTimes kills the leader of a 3-node cluster under continuous
// writes, FAILOVER_KILLS times (default 10), and reports the time from each
// kill to the first write accepted afterwards. Run with `make bench-failover`.
func TestFailoverTimes(t *testing.T) {
	kills := 10
	c := startCluster(t, 3, nil)
	tok := c.physician()
	// firstOK is the earliest return of a write that *started* after the
	// current kill (writes in flight at the kill don't count).
	var killedAt, firstOK atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var down sync.Map
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				n := c.nodes[(w+i)%3]
				if _, d := down.Load(n); d {
					continue
				}
				start := time.Now().UnixNano()
				r := n.doQuiet("POST", "/v1/cases", tok, map[string]any{"patient_id": fmt.Sprintf("pat_%d_%d", w, i)})
				if r.Status == 201 && start > killedAt.Load() {
					firstOK.CompareAndSwap(0, time.Now().UnixNano())
				}
			}
		}(w)
	}
	killedAt.Store(1 << 62)
	var times []time.Duration
	for k := 0; k < kills; k++ {
		leader := c.waitLeader(nil, 10*time.Second)
		time.Sleep(time.Second)
		down.Store(leader, true)
		killed := time.Now()
		firstOK.Store(0)
		killedAt.Store(killed.UnixNano())
		leader.Kill()
		for firstOK.Load() == 0 {
			if time.Since(killed) > 30*time.Second {
				t.Fatalf("kill %d: no write accepted within 30 s", k+1)
			}
			time.Sleep(5 * time.Millisecond)
		}
		d := time.Unix(0, firstOK.Load()).Sub(killed)
		times = append(times, d)
		t.Logf("kill %d: leader %s, first accepted write after %s", k+1, leader.Env["AGNOMED_NODE_ID"], d.Round(time.Millisecond))
		killedAt.Store(1 << 62) // no measurement while the node comes back
		leader.Start()
		down.Delete(leader)
		c.waitLeader(nil, 10*time.Second)
	}
	close(stop)
	wg.Wait()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	t.Logf("leader kill → first accepted write over %d kills: median %s, max %s", len(times), times[len(times)/2].Round(time.Millisecond), times[len(times)-1].Round(time.Millisecond))
}
