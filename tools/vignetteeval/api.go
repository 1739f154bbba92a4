package main

// API mode: post every vignette to a running node, poll each case until
// the agents are done, and score what the API returns, plus the latency
// from case creation to a finished analysis.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

type apiClient struct {
	base  string
	http  *http.Client
	token string
}

func (c *apiClient) do(method, path string, body any, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, c.base+path, rd)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusTooManyRequests {
		return resp.StatusCode, errors.New("rate limited (429): run the node with AGNOMED_RATE_LIMITS=off for the evaluation")
	}
	if resp.StatusCode >= 300 {
		return resp.StatusCode, fmt.Errorf("%s %s: %d %s", method, path, resp.StatusCode, strings.TrimSpace(string(data)))
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return resp.StatusCode, fmt.Errorf("%s %s: %v", method, path, err)
		}
	}
	return resp.StatusCode, nil
}

func (c *apiClient) login(user, pass string) error {
	var out struct {
		AccessToken string `json:"access_token"`
	}
	c.token = ""
	if _, err := c.do("POST", "/auth/token", map[string]string{"username": user, "password": pass}, &out); err != nil {
		return fmt.Errorf("sign in as %s: %w", user, err)
	}
	c.token = out.AccessToken
	return nil
}

// apiLogin signs in as the given physician, or creates one with the admin
// password.
func apiLogin(base, user, pass, adminPass string) (*apiClient, error) {
	c := &apiClient{base: strings.TrimRight(base, "/"), http: &http.Client{Timeout: 60 * time.Second}}
	if user != "" {
		return c, c.login(user, pass)
	}
	if adminPass == "" {
		return nil, errors.New("give -user/-password of a physician, or -admin-password (or AGNOMED_ADMIN_PASSWORD) to create one")
	}
	if err := c.login("admin", adminPass); err != nil {
		return nil, err
	}
	name := fmt.Sprintf("vignette%d", time.Now().UnixNano()%1e9)
	pw := "Vignette-Eval!Phys1cian#" + fmt.Sprint(time.Now().UnixNano()%1e6)
	if _, err := c.do("POST", "/v1/users", map[string]string{"username": name, "password": pw, "role": "physician"}, nil); err != nil {
		return nil, fmt.Errorf("create the evaluation physician: %w", err)
	}
	return c, c.login(name, pw)
}

type caseView struct {
	Status                string                 `json:"status"`
	ProcessingTimeSeconds *float64               `json:"processing_time_seconds"`
	Triage                *casemodel.Triage      `json:"triage"`
	Alerts                []casemodel.Alert      `json:"alerts"`
	FinalReport           *casemodel.FinalReport `json:"final_report"`
	Error                 *struct {
		Code string `json:"code"`
	} `json:"error"`
}

// apiOutcomes runs every vignette through the node with conc workers; each
// worker posts a case and polls it until it leaves "processing".
func apiOutcomes(c *apiClient, vs []vignette, conc int, timeout time.Duration) ([]outcome, []float64, error) {
	if conc < 1 {
		conc = 1
	}
	outs := make([]outcome, len(vs))
	e2e := make([]float64, len(vs))
	errs := make([]error, len(vs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				outs[i], e2e[i], errs[i] = runOne(c, vs[i], timeout)
			}
		}()
	}
	for i := range vs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", vs[i].ID, err)
		}
	}
	return outs, e2e, nil
}

func runOne(c *apiClient, v vignette, timeout time.Duration) (outcome, float64, error) {
	start := time.Now()
	var created struct {
		CaseID string `json:"case_id"`
	}
	if _, err := c.do("POST", "/v1/cases", v.Input, &created); err != nil {
		return outcome{}, 0, err
	}
	deadline := start.Add(timeout)
	for {
		var cv caseView
		if _, err := c.do("GET", "/v1/cases/"+created.CaseID, nil, &cv); err != nil {
			return outcome{}, 0, err
		}
		if cv.Status != "processing" {
			done := time.Since(start)
			if cv.Status == "error" {
				code := ""
				if cv.Error != nil {
					code = cv.Error.Code
				}
				return outcome{}, 0, fmt.Errorf("case %s: analysis failed (%s)", created.CaseID, code)
			}
			o := outcome{alerts: cv.Alerts}
			if cv.Triage != nil {
				o.urgency, o.specialties = cv.Triage.UrgencyLevel, cv.Triage.Specialties
			}
			o.critical = cv.FinalReport != nil && cv.FinalReport.CriticalFlag
			if cv.ProcessingTimeSeconds != nil {
				o.millis = *cv.ProcessingTimeSeconds * 1000
			}
			return o, float64(done.Microseconds()) / 1000, nil
		}
		if time.Now().After(deadline) {
			return outcome{}, 0, fmt.Errorf("case %s still processing after %s", created.CaseID, timeout)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// p95 is the nearest-rank 95th percentile and the maximum, in ms.
func p95(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	idx := int(math.Ceil(0.95*float64(len(s)))) - 1
	return math.Round(s[idx]*100) / 100, math.Round(s[len(s)-1]*100) / 100
}
