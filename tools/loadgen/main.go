// Command loadgen drives case creation against a running node and reports
// throughput and latency percentiles (the `make bench-api` benchmark). It
// creates its own physician account through the admin credentials it is
// given, so it needs no set-up beyond a running node with rate limits off.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8000", "node URL; several comma-separated URLs spread the connections over a cluster's nodes")
	adminPass := flag.String("admin-password", os.Getenv("AGNOMED_ADMIN_PASSWORD"), "admin password (to create the load-test physician)")
	conns := flag.Int("c", 100, "concurrent connections")
	dur := flag.Duration("d", 20*time.Second, "duration")
	warm := flag.Duration("warmup", 3*time.Second, "warm-up excluded from the figures")
	flag.Parse()
	if err := run(*base, *adminPass, *conns, *dur, *warm); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

func post(c *http.Client, url, token string, body any) (int, map[string]any, error) {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", url, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var out map[string]any
	json.Unmarshal(data, &out)
	return resp.StatusCode, out, nil
}

func login(c *http.Client, base, user, pass string) (string, error) {
	code, out, err := post(c, base+"/auth/token", "", map[string]string{"username": user, "password": pass})
	if err != nil || code != 200 {
		return "", fmt.Errorf("sign in as %s: status %d %v %v", user, code, out, err)
	}
	return out["access_token"].(string), nil
}

func run(urls, adminPass string, conns int, dur, warm time.Duration) error {
	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}
	c := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	targets := strings.Split(urls, ",")
	base := targets[0]
	admin, err := login(c, base, "admin", adminPass)
	if err != nil {
		return err
	}
	user := fmt.Sprintf("load%d", time.Now().UnixNano()%1e6)
	pass := "Load-Test!Phys1cian#x"
	if code, out, err := post(c, base+"/v1/users", admin, map[string]string{"username": user, "password": pass, "role": "physician"}); err != nil || code != 201 {
		return fmt.Errorf("create physician: %d %v %v", code, out, err)
	}
	tok, err := login(c, base, user, pass)
	if err != nil {
		return err
	}
	var (
		mu       sync.Mutex
		lat      []time.Duration
		errs     atomic.Int64
		codes    sync.Map
		seq      atomic.Int64
		start    = time.Now()
		measured = start.Add(warm)
		end      = measured.Add(dur)
	)
	var wg sync.WaitGroup
	for w := 0; w < conns; w++ {
		wg.Add(1)
		target := targets[w%len(targets)]
		go func() {
			defer wg.Done()
			var local []time.Duration
			for time.Now().Before(end) {
				n := seq.Add(1)
				body := map[string]any{"patient_id": fmt.Sprintf("pat_load_%d", n%5000), "priority": "medium", "language": "en",
					"symptoms": "chest pain radiating to left arm for 30 minutes", "clinical_notes": "55-year-old with hypertension, diaphoretic.",
					"vitals": map[string]any{"heart_rate": 104, "systolic_bp": 150, "diastolic_bp": 90, "spo2": 96}}
				t0 := time.Now()
				code, _, err := post(c, target+"/v1/cases", tok, body)
				d := time.Since(t0)
				if t0.Before(measured) {
					continue
				}
				if err != nil || code != 201 {
					errs.Add(1)
					k := fmt.Sprint(code)
					if err != nil {
						k = err.Error()
					}
					v, _ := codes.LoadOrStore(k, new(atomic.Int64))
					v.(*atomic.Int64).Add(1)
					continue
				}
				local = append(local, d)
			}
			mu.Lock()
			lat = append(lat, local...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(float64(len(lat))*p))]
	}
	fmt.Printf("case creation: %d connections over %d node(s), %s measured (after %s warm-up)\n", conns, len(targets), dur, warm)
	fmt.Printf("  ok=%d errors=%d throughput=%.0f creates/s\n", len(lat), errs.Load(), float64(len(lat))/dur.Seconds())
	fmt.Printf("  latency p50=%s p95=%s p99=%s max=%s\n", pct(.50).Round(time.Microsecond*100), pct(.95).Round(time.Microsecond*100), pct(.99).Round(time.Microsecond*100), pct(1).Round(time.Microsecond*100))
	codes.Range(func(k, v any) bool { fmt.Printf("  error %v: %d\n", k, v.(*atomic.Int64).Load()); return true })
	if errs.Load() > 0 {
		return fmt.Errorf("%d requests failed", errs.Load())
	}
	return nil
}
