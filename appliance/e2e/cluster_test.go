package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/anishathalye/porcupine"
)

// cluster is N real agnomed processes on loopback sharing one master key.
type cluster struct {
	t     *testing.T
	nodes []*Node
}

func startCluster(t *testing.T, size int, extra map[string]string) *cluster {
	t.Helper()
	keyDir := t.TempDir()
	keyFile := filepath.Join(keyDir, "master.key")
	gen := runBinary(t, nil, "", "keys", "generate")
	if gen.Code != 0 {
		t.Fatalf("keys generate: %s", gen)
	}
	if err := os.WriteFile(keyFile, []byte(gen.Stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	c := &cluster{t: t}
	var gossip []string
	for i := 0; i < size; i++ {
		env := map[string]string{
			"AGNOMED_NODE_ID":          fmt.Sprintf("n%d", i+1),
			"AGNOMED_MASTER_KEY_FILE":  keyFile,
			"AGNOMED_BOOTSTRAP_EXPECT": fmt.Sprint(size),
			"AGNOMED_APPLY_TIMEOUT":    "3s",
		}
		for k, v := range extra {
			env[k] = v
		}
		n := newNode(t, env)
		gossip = append(gossip, n.Env["AGNOMED_GOSSIP_ADDR"])
		c.nodes = append(c.nodes, n)
	}
	for _, n := range c.nodes {
		n.Env["AGNOMED_JOIN"] = strings.Join(gossip, ",")
		n.Launch()
	}
	// (a node whose HTTP port was taken in the moment between choosing it
	// and binding it starts again on another)
	for _, n := range c.nodes {
		n.portRetries = 3
		n.WaitHealthy(30 * time.Second)
		n.portRetries = 0
	}
	c.waitLeader(nil, 10*time.Second)
	// The first administrator is created by whichever node leads, just
	// after the election; wait until node 0 has it.
	deadline := time.Now().Add(10 * time.Second)
	for {
		r := c.nodes[0].doQuiet("POST", "/auth/token", "", map[string]string{"username": "admin", "password": adminPassword})
		if r.Status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("first administrator never appeared: %v", r)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return c
}

type health struct {
	State    string
	LeaderID string
	Applied  float64
}

func (c *cluster) health(n *Node) (health, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", n.URL+"/health", nil)
	resp, err := n.Client.Do(req)
	if err != nil {
		return health{}, false
	}
	defer resp.Body.Close()
	var h struct {
		Raft struct {
			State        string  `json:"state"`
			LeaderID     string  `json:"leader_id"`
			AppliedIndex float64 `json:"applied_index"`
		} `json:"raft"`
	}
	if err := jsonDecode(resp.Body, &h); err != nil {
		return health{}, false
	}
	return health{State: h.Raft.State, LeaderID: h.Raft.LeaderID, Applied: h.Raft.AppliedIndex}, true
}

// waitLeader waits until every live node (skipping excluded) agrees on a
// leader among the live ones, and returns it.
func (c *cluster) waitLeader(exclude map[*Node]bool, limit time.Duration) *Node {
	c.t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		leader := ""
		agree := true
		for _, n := range c.nodes {
			if exclude[n] {
				continue
			}
			h, ok := c.health(n)
			if !ok || h.LeaderID == "" || (leader != "" && h.LeaderID != leader) {
				agree = false
				break
			}
			leader = h.LeaderID
		}
		if agree && leader != "" {
			for _, n := range c.nodes {
				if n.Env["AGNOMED_NODE_ID"] == leader && !exclude[n] {
					return n
				}
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	c.t.Fatalf("no agreed leader within %s", limit)
	return nil
}

// physician creates a physician through node 0 and signs in.
func (c *cluster) physician() string {
	admin := c.nodes[0].AdminToken(c.t)
	_, tk := c.nodes[0].UserLogin(c.t, admin, "physician")
	return tk.Access
}

func TestClusterFormsForwardsAndReadsStrongly(t *testing.T) {
	c := startCluster(t, 3, nil)
	tok := c.physician()
	// Writes through every node (followers forward to the leader) are
	// visible to a strong read on every node right after.
	var ids []string
	for _, n := range c.nodes {
		ids = append(ids, n.CreateCase(t, tok, map[string]any{"patient_id": "pat_" + n.Env["AGNOMED_NODE_ID"]}))
	}
	for _, n := range c.nodes {
		for _, id := range ids {
			r := n.Do(t, "GET", "/v1/cases/"+id+"?consistency=strong", tok, nil)
			wantStatus(t, r, 200, "strong read of "+id+" on "+n.Env["AGNOMED_NODE_ID"])
		}
	}
	// Cluster status names three healthy voters and the same leader.
	admin := c.nodes[1].AdminToken(t)
	r := c.nodes[1].Do(t, "GET", "/v1/cluster/status", admin, nil)
	wantStatus(t, r, 200, "cluster status")
	members, _ := r.Get("members").([]any)
	if len(members) != 3 {
		t.Fatalf("members: %v", r)
	}
	for _, m := range members {
		mm := m.(map[string]any)
		if mm["healthy"] != true || mm["suffrage"] != "voter" || mm["api_addr"] == "" {
			t.Fatalf("member %v", mm)
		}
	}
	if r.Str("leader_api_addr") == "" {
		t.Fatalf("no leader API address: %v", r)
	}
	// Graceful stop of the leader hands leadership over quickly.
	leader := c.waitLeader(nil, 5*time.Second)
	start := time.Now()
	leader.Stop()
	next := c.waitLeader(map[*Node]bool{leader: true}, 5*time.Second)
	t.Logf("leadership handed from %s to %s in %s on SIGTERM", leader.Env["AGNOMED_NODE_ID"], next.Env["AGNOMED_NODE_ID"], time.Since(start))
	next.CreateCase(t, tok, map[string]any{"patient_id": "pat_after_transfer"})
}

// caseOp is one operation of the linearizability history.
type caseOp struct {
	Kind string // create|read|delete
	ID   string
}

type caseOut struct {
	Status int // create: 201; read: 200|404; delete: 200|404
}

// caseModel: each case id is a register absent(0) → present(1) → deleted(2).
var caseModel = porcupine.Model{
	Partition: func(h []porcupine.Operation) [][]porcupine.Operation {
		by := map[string][]porcupine.Operation{}
		for _, op := range h {
			id := op.Input.(caseOp).ID
			by[id] = append(by[id], op)
		}
		var out [][]porcupine.Operation
		for _, ops := range by {
			out = append(out, ops)
		}
		return out
	},
	Init: func() any { return 0 },
	Step: func(state, input, output any) (bool, any) {
		s, in, out := state.(int), input.(caseOp), output.(caseOut)
		switch in.Kind {
		case "create":
			return s == 0, 1
		case "delete":
			if out.Status == 200 {
				return s == 1, 2
			}
			return s != 1, s
		case "read":
			if out.Status == 200 {
				return s == 1, s
			}
			return s != 1, s
		}
		return false, s
	},
	DescribeOperation: func(input, output any) string {
		return fmt.Sprintf("%s(%s) -> %d", input.(caseOp).Kind, input.(caseOp).ID, output.(caseOut).Status)
	},
}

func TestClusterKillLeaderUnderLoadIsLinearizable(t *testing.T) {
	// Small snapshot thresholds so the restarted node also exercises
	// catching up by snapshot install.
	c := startCluster(t, 3, map[string]string{"AGNOMED_RAFT_SNAPSHOT_THRESHOLD": "64", "AGNOMED_RAFT_TRAILING_LOGS": "16"})
	tok := c.physician()
	leader := c.waitLeader(nil, 5*time.Second)

	var (
		mu       sync.Mutex
		history  []porcupine.Operation
		acked    = map[string]bool{} // created and not (maybe) deleted
		unknown  = map[string]bool{} // an op on this id had an unknown outcome
		dead     sync.Map            // *Node → true once killed
		killedAt time.Time
		firstOK  time.Time
	)
	epoch := time.Now()
	now := func() int64 { return int64(time.Since(epoch)) }
	stop := make(chan struct{})
	var wg sync.WaitGroup
	client := func(w int) {
		defer wg.Done()
		rng := rand.New(rand.NewSource(int64(w)))
		var mine []string
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			n := c.nodes[(w+i)%len(c.nodes)]
			if _, isDead := dead.Load(n); isDead {
				continue
			}
			switch {
			case i%4 == 0 || len(mine) == 0:
				call := now()
				r := n.doQuiet("POST", "/v1/cases", tok, map[string]any{"patient_id": fmt.Sprintf("pat_w%d_%d", w, i)})
				ret := now()
				if r.Status == 201 {
					id := r.Str("case_id")
					mine = append(mine, id)
					mu.Lock()
					history = append(history, porcupine.Operation{ClientId: w, Input: caseOp{"create", id}, Call: call, Output: caseOut{201}, Return: ret})
					acked[id] = true
					if !killedAt.IsZero() && firstOK.IsZero() && epoch.Add(time.Duration(call)).After(killedAt) {
						firstOK = time.Now()
					}
					mu.Unlock()
				}
			case i%7 == 3:
				id := mine[rng.Intn(len(mine))]
				call := now()
				r := n.doQuiet("DELETE", "/v1/cases/"+id, tok, nil)
				ret := now()
				mu.Lock()
				switch r.Status {
				case 200, 404:
					history = append(history, porcupine.Operation{ClientId: w, Input: caseOp{"delete", id}, Call: call, Output: caseOut{r.Status}, Return: ret})
					if r.Status == 200 {
						delete(acked, id)
					}
				default:
					unknown[id] = true
					delete(acked, id)
				}
				mu.Unlock()
			default:
				mu.Lock()
				var id string
				if len(history) > 0 {
					id = history[rng.Intn(len(history))].Input.(caseOp).ID
				}
				mu.Unlock()
				if id == "" {
					continue
				}
				call := now()
				r := n.doQuiet("GET", "/v1/cases/"+id+"?consistency=strong", tok, nil)
				ret := now()
				if r.Status == 200 || r.Status == 404 {
					mu.Lock()
					history = append(history, porcupine.Operation{ClientId: w, Input: caseOp{"read", id}, Call: call, Output: caseOut{r.Status}, Return: ret})
					mu.Unlock()
				}
			}
		}
	}
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go client(w)
	}
	time.Sleep(3 * time.Second)
	mu.Lock()
	killedAt = time.Now()
	mu.Unlock()
	dead.Store(leader, true)
	leader.Kill()
	time.Sleep(4 * time.Second)
	close(stop)
	wg.Wait()

	survivors := map[*Node]bool{leader: true}
	newLeader := c.waitLeader(survivors, 5*time.Second)
	if firstOK.IsZero() {
		t.Fatal("no write was accepted after the leader was killed")
	}
	t.Logf("leader %s killed; first accepted write %s later; new leader %s; %d operations", leader.Env["AGNOMED_NODE_ID"], firstOK.Sub(killedAt).Round(time.Millisecond), newLeader.Env["AGNOMED_NODE_ID"], len(history))

	// Every acknowledged write is readable from every survivor.
	for _, n := range c.nodes {
		if n == leader {
			continue
		}
		for id := range acked {
			r := n.Do(t, "GET", "/v1/cases/"+id+"?consistency=strong", tok, nil)
			if r.Status != 200 {
				t.Errorf("acknowledged case %s not readable on %s: %v", id, n.Env["AGNOMED_NODE_ID"], r)
			}
		}
	}
	// The history of creates, deletes and strong reads is linearizable.
	var checked []porcupine.Operation
	for _, op := range history {
		if !unknown[op.Input.(caseOp).ID] {
			checked = append(checked, op)
		}
	}
	res := porcupine.CheckOperationsTimeout(caseModel, checked, 30*time.Second)
	if res != porcupine.Ok {
		// Name the offending case's history for the report.
		for _, part := range caseModel.Partition(checked) {
			if !porcupine.CheckOperations(caseModel, part) {
				sort.Slice(part, func(i, j int) bool { return part[i].Call < part[j].Call })
				var b strings.Builder
				for _, op := range part {
					fmt.Fprintf(&b, "  [%d..%d] client %d %s\n", op.Call/1e6, op.Return/1e6, op.ClientId, caseModel.DescribeOperation(op.Input, op.Output))
				}
				t.Fatalf("history of %d operations is not linearizable (%v); first bad case (ms since start):\n%s", len(checked), res, b.String())
			}
		}
		t.Fatalf("history of %d operations is not linearizable (%v)", len(checked), res)
	}

	// The killed node restarts and catches up (by snapshot: logs are short).
	leader.Start()
	deadline := time.Now().Add(20 * time.Second)
	for id := range acked {
		for {
			r := leader.doQuiet("GET", "/v1/cases/"+id+"?consistency=strong", tok, nil)
			if r.Status == 200 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("restarted node lacks acknowledged case %s: %v\nits log:\n%s", id, r, leader.LogTail(30))
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

func TestClusterMinorityAcceptsNoWrites(t *testing.T) {
	c := startCluster(t, 3, nil)
	tok := c.physician()
	leader := c.waitLeader(nil, 5*time.Second)
	var minority *Node
	for _, n := range c.nodes {
		if n != leader {
			minority = n
			break
		}
	}
	// The sign-in is a replicated write: wait until the minority knows the
	// session, so that the refusal tested below is the partition's and not
	// an unknown session's (a race on a loaded machine).
	known := time.Now().Add(10 * time.Second)
	for {
		r := minority.doQuiet("GET", "/v1/cases?limit=1", tok, nil)
		if r.Status != 401 {
			break
		}
		if time.Now().After(known) {
			t.Fatalf("the minority never learned the physician's session: %v", r)
		}
		time.Sleep(50 * time.Millisecond)
	}
	isolate(t, minority, true)
	start := time.Now()
	r := minority.Do(t, "POST", "/v1/cases", tok, map[string]any{"patient_id": "pat_minority"})
	wantError(t, r, 503, "NOT_LEADER_UNAVAILABLE", "write on the isolated minority")
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("minority write took %s to fail", d)
	}
	// The majority keeps working.
	id := leader.CreateCase(t, tok, map[string]any{"patient_id": "pat_majority"})
	// Healing: the minority catches up and serves the majority's write.
	isolate(t, minority, false)
	deadline := time.Now().Add(10 * time.Second)
	for {
		r := minority.doQuiet("GET", "/v1/cases/"+id+"?consistency=strong", tok, nil)
		if r.Status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("healed node never caught up: %v", r)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestClusterRemovedNodeCannotRejoin(t *testing.T) {
	c := startCluster(t, 3, nil)
	tok := c.physician()
	leader := c.waitLeader(nil, 5*time.Second)
	var victim *Node
	for _, n := range c.nodes {
		if n != leader {
			victim = n
		}
	}
	victim.Stop()
	res := runCLI(t, leader, "", "cluster", "remove", victim.Env["AGNOMED_NODE_ID"])
	if res.Code != 0 {
		t.Fatalf("cluster remove: %s", res)
	}
	leader.CreateCase(t, tok, map[string]any{"patient_id": "pat_after_removal"})
	// The removed node comes back with its stale state: it is not let in.
	victim.Launch()
	time.Sleep(5 * time.Second)
	admin := leader.AdminToken(t)
	r := leader.Do(t, "GET", "/v1/cluster/status", admin, nil)
	members, _ := r.Get("members").([]any)
	if len(members) != 2 {
		t.Fatalf("removed node is back in the configuration: %v", r)
	}
	w := victim.doQuiet("POST", "/v1/cases", tok, map[string]any{"patient_id": "pat_on_removed"})
	if w.Status == 201 {
		t.Fatal("a removed node accepted a write")
	}
	if !strings.Contains(readFile(t, leader.LogPath), "refusing a removed node") {
		t.Fatalf("leader did not say it refused the removed node")
	}
}

// isolate cuts a node off from its peers through the local admin socket.
func isolate(t *testing.T, n *Node, on bool) {
	t.Helper()
	sock := filepath.Join(n.DataDir, "agnomed.sock")
	cl := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", sock)
	}}, Timeout: 5 * time.Second}
	resp, err := cl.Post(fmt.Sprintf("http://local/debug/isolate?on=%v", on), "text/plain", nil)
	if err != nil {
		t.Fatalf("isolate: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("isolate: %s", resp.Status)
	}
}

func readFile(t *testing.T, p string) string {
	b, _ := os.ReadFile(p)
	return string(b)
}

// doQuiet sends a JSON request and never fails the test: a transport error
// (a killed node) gives Status 0. For load loops where errors are expected.
func (n *Node) doQuiet(method, path, token string, body any) *Resp {
	var rd io.Reader
	if body != nil {
		js, _ := json.Marshal(body)
		rd = bytes.NewReader(js)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, method, n.URL+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := n.Client.Do(req)
	if err != nil {
		return &Resp{}
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	r := &Resp{Status: resp.StatusCode, Header: resp.Header, Raw: raw}
	var m map[string]any
	if json.Unmarshal(raw, &m) == nil {
		r.JSON = m
	}
	return r
}

func jsonDecode(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }

func TestClusterLaggingNodeCatchesUpBySnapshot(t *testing.T) {
	c := startCluster(t, 3, map[string]string{"AGNOMED_RAFT_SNAPSHOT_THRESHOLD": "32", "AGNOMED_RAFT_TRAILING_LOGS": "8", "AGNOMED_RAFT_SNAPSHOT_INTERVAL": "300ms", "AGNOMED_RAFT_LOG_SEGMENT_BYTES": "65536"})
	tok := c.physician()
	leader := c.waitLeader(nil, 5*time.Second)
	var lagging *Node
	for _, n := range c.nodes {
		if n != leader {
			lagging = n
			break
		}
	}
	lagging.Stop()
	var ids []string
	for i := 0; i < 60; i++ {
		ids = append(ids, leader.CreateCase(t, tok, map[string]any{"patient_id": fmt.Sprintf("pat_snap_%d", i)}))
	}
	time.Sleep(2 * time.Second) // the leader snapshots and compacts its log
	lagging.Start()
	// Until the snapshot is installed, strong reads there answer 503 after
	// apply_timeout; then every case must be there.
	deadline := time.Now().Add(30 * time.Second)
	for _, id := range ids {
		for {
			r := lagging.doQuiet("GET", "/v1/cases/"+id+"?consistency=strong", tok, nil)
			if r.Status == 200 {
				break
			}
			if r.Status != 503 || time.Now().After(deadline) {
				t.Fatalf("case %s on the node that was down: %s\nits log:\n%s", id, r, lagging.LogTail(40))
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	if !strings.Contains(readFile(t, lagging.LogPath), "database restored from a raft snapshot") {
		t.Fatalf("the lagging node caught up without a snapshot install; log tail:\n%s\nleader log:\n%s", lagging.LogTail(30), leader.LogTail(30))
	}
}

func TestClusterResumesWorkOfADeadLeader(t *testing.T) {
	root, err := findModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	scan, err := os.ReadFile(filepath.Join(root, "appliance", "documents", "testdata", "scan_en.png"))
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	c := startCluster(t, 3, nil)
	tok := c.physician()
	leader := c.waitLeader(nil, 5*time.Second)
	// A scanned lab report takes the leader a few seconds of OCR; it dies
	// in the middle.
	body := multipartCase(t, `{"patient_id":"pat_resume","symptoms":"fatigue"}`, filePart{filename: "labs.png", contentType: "image/png", data: scan})
	r := leader.Do(t, "POST", "/v1/cases", tok, body)
	wantStatus(t, r, 201, "create with a scan")
	id := r.Str("case_id")
	leader.Kill()
	next := c.waitLeader(map[*Node]bool{leader: true}, 5*time.Second)
	deadline := time.Now().Add(60 * time.Second)
	for {
		g := next.Do(t, "GET", "/v1/cases/"+id+"?consistency=strong", tok, nil)
		docs, _ := g.Get("documents").([]any)
		if g.Str("status") != "processing" && len(docs) == 1 && docs[0].(map[string]any)["status"] == "done" {
			if docs[0].(map[string]any)["method"] != "ocr" {
				t.Fatalf("document not read by OCR: %v", docs[0])
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the new leader never finished the dead leader's work: %s", g)
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Exactly one analysis was committed.
	admin := next.AdminToken(t)
	a := next.Do(t, "GET", "/v1/audit/log?action=case.analyse&case_id="+id, admin, nil)
	if entries, _ := a.Get("entries").([]any); len(entries) != 1 {
		t.Fatalf("want exactly one committed analysis, audit shows: %s", a)
	}
}
