// Command vignetteeval measures the clinical agents on labelled vignettes
// (one JSON object a line: {"id","lang","input","gold"}). By default it
// posts every vignette to a running node (-url), polls each case until the
// agents are done and scores what the API returns, adding the p95 latency
// from case creation to a finished analysis; the node must run with
// AGNOMED_RATE_LIMITS=off (make vignette-eval starts one). With -offline it
// calls agents.Analyze in-process instead.
//
//	go run ./tools/vignetteeval [-url URL] [-user U -password P | -admin-password P] [-c N] [-data FILE] [-split all|odd|even] [-v]
//	go run ./tools/vignetteeval -offline [-data FILE] [-split all|odd|even] [-v]
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/agnomedical/agno/appliance/agents/clinical"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/agnomedical/agno/appliance/agents"
	"github.com/agnomedical/agno/appliance/casemodel"
)

type goldAlert struct {
	Kind    string   `json:"kind"`
	Drugs   []string `json:"drugs"`
	Analyte string   `json:"analyte"`
}

type vignette struct {
	ID    string          `json:"id"`
	Lang  string          `json:"lang"`
	Input casemodel.Input `json:"input"`
	Gold  struct {
		Urgency     string      `json:"urgency_level"`
		Specialties []string    `json:"specialties"`
		Critical    bool        `json:"critical_flag"`
		Alerts      []goldAlert `json:"alerts"`
	} `json:"gold"`
}

var levels = map[string]int{"routine": 0, "non_urgent": 1, "urgent": 2, "emergency": 3}

func alertKey(kind string, drugs []string, analyte string) string {
	if kind == "critical_lab" {
		return kind + ":" + strings.ToLower(analyte)
	}
	d := append([]string(nil), drugs...)
	for i := range d {
		d[i] = clinical.CanonicalGeneric(d[i])
	}
	sort.Strings(d)
	return kind + ":" + strings.Join(d, "+")
}

// Metrics are the evaluation figures.
type Metrics struct {
	Cases                     int     `json:"cases"`
	UrgencyAccuracy           float64 `json:"urgency_accuracy"`
	UnderTriaged              int     `json:"under_triaged"`
	UnderTriagedEmerg         int     `json:"under_triaged_emergencies"`
	OverTriaged               int     `json:"over_triaged"`
	SpecialtyRecall           float64 `json:"specialty_recall"`
	SpecialtyRecallMacro      float64 `json:"specialty_recall_macro"`
	AlertRecall               float64 `json:"alert_recall"`
	AlertPrecision            float64 `json:"alert_precision"`
	AlertTP, AlertFP, AlertFN int
	CriticalAgreement         float64 `json:"critical_flag_agreement"`
	P95Millis                 float64 `json:"p95_ms"`
	MaxMillis                 float64 `json:"max_ms"`
	// API mode: client-observed latency from POST /v1/cases to the case
	// leaving "processing" (the figures above are then the server's
	// processing_time_seconds).
	CreateToDoneP95Millis float64 `json:"create_to_done_p95_ms,omitempty"`
	CreateToDoneMaxMillis float64 `json:"create_to_done_max_ms,omitempty"`
	Mode                  string  `json:"mode"`
}

func main() {
	offline := flag.Bool("offline", false, "run agents.Analyze in-process instead of posting to a node")
	url := flag.String("url", "http://127.0.0.1:8000", "API mode: the node's URL")
	user := flag.String("user", "", "API mode: a physician's user name (else one is created with -admin-password)")
	password := flag.String("password", "", "API mode: that physician's password")
	adminPass := flag.String("admin-password", os.Getenv("AGNOMED_ADMIN_PASSWORD"), "API mode: admin password, to create the evaluation physician")
	conc := flag.Int("c", 1, "API mode: cases in flight at once (1 measures unloaded latency)")
	timeout := flag.Duration("timeout", 60*time.Second, "API mode: longest wait for one case")
	data := flag.String("data", "../shared/data/vignettes/dev.jsonl", "vignettes file (JSON lines)")
	split := flag.String("split", "all", "all | odd | even (by the numeric part of the id)")
	verbose := flag.Bool("v", false, "print every mismatch")
	asJSON := flag.Bool("json", false, "print metrics as JSON")
	ref := flag.String("ref", "2026-06-01", "reference date for ages computed from a date of birth")
	flag.Parse()
	refT, err := time.Parse("2006-01-02", *ref)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vignetteeval: bad -ref:", err)
		os.Exit(2)
	}
	f, err := os.Open(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vignetteeval:", err)
		os.Exit(1)
	}
	defer f.Close()
	vs, err := load(f, *split)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vignetteeval:", err)
		os.Exit(1)
	}
	var m Metrics
	if *offline {
		m = evaluate(vs, refT, *verbose, os.Stdout)
	} else {
		c, err := apiLogin(*url, *user, *password, *adminPass)
		if err != nil {
			fmt.Fprintln(os.Stderr, "vignetteeval:", err)
			os.Exit(1)
		}
		outs, e2e, err := apiOutcomes(c, vs, *conc, *timeout)
		if err != nil {
			fmt.Fprintln(os.Stderr, "vignetteeval:", err)
			os.Exit(1)
		}
		m = score(vs, outs, *verbose, os.Stdout)
		m.Mode = "api"
		m.CreateToDoneP95Millis, m.CreateToDoneMaxMillis = p95(e2e)
	}
	if *asJSON {
		b, _ := json.MarshalIndent(m, "", "  ")
		fmt.Println(string(b))
		return
	}
	fmt.Printf("cases                     %d (split %s)\n", m.Cases, *split)
	fmt.Printf("urgency accuracy          %.3f\n", m.UrgencyAccuracy)
	fmt.Printf("under-triaged             %d (emergencies: %d); over-triaged %d\n", m.UnderTriaged, m.UnderTriagedEmerg, m.OverTriaged)
	fmt.Printf("specialty recall          %.3f (macro %.3f)\n", m.SpecialtyRecall, m.SpecialtyRecallMacro)
	fmt.Printf("alert recall / precision  %.3f / %.3f (tp %d, fp %d, fn %d)\n", m.AlertRecall, m.AlertPrecision, m.AlertTP, m.AlertFP, m.AlertFN)
	fmt.Printf("critical-flag agreement   %.3f\n", m.CriticalAgreement)
	if m.Mode == "api" {
		fmt.Printf("processing p95 / max      %.2f ms / %.2f ms (server: created_at → completed_at)\n", m.P95Millis, m.MaxMillis)
		fmt.Printf("create→done p95 / max     %.2f ms / %.2f ms (client: POST /v1/cases → status not processing, %d in flight)\n", m.CreateToDoneP95Millis, m.CreateToDoneMaxMillis, *conc)
		return
	}
	fmt.Printf("analysis time p95 / max   %.2f ms / %.2f ms\n", m.P95Millis, m.MaxMillis)
}

func load(r io.Reader, split string) ([]vignette, error) {
	var out []vignette
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var v vignette
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			return nil, err
		}
		n := idNumber(v.ID)
		if (split == "odd" && n%2 == 0) || (split == "even" && n%2 == 1) {
			continue
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

func idNumber(id string) int {
	i := strings.LastIndexAny(id, "-_")
	n, _ := strconv.Atoi(id[i+1:])
	return n
}

// outcome is what the agents said about one vignette, however obtained.
type outcome struct {
	urgency     string
	specialties []string
	alerts      []casemodel.Alert
	critical    bool
	millis      float64
}

// evaluate runs the agents in-process and scores them.
func evaluate(vs []vignette, ref time.Time, verbose bool, w io.Writer) Metrics {
	outs := make([]outcome, len(vs))
	for i, v := range vs {
		a, tr := agents.AnalyzeWithTrace(context.Background(), v.Input, nil, agents.Options{ReferenceTime: ref})
		o := outcome{alerts: a.Alerts, critical: a.FinalReport != nil && a.FinalReport.CriticalFlag, millis: tr.TotalSeconds * 1000}
		if a.Triage != nil {
			o.urgency, o.specialties = a.Triage.UrgencyLevel, a.Triage.Specialties
		}
		outs[i] = o
	}
	m := score(vs, outs, verbose, w)
	m.Mode = "offline"
	return m
}

// score compares outcomes with the gold labels.
func score(vs []vignette, outs []outcome, verbose bool, w io.Writer) Metrics {
	var m Metrics
	m.Cases = len(vs)
	var correct, critOK, specFound, specGold int
	var macro float64
	var times []float64
	for i, v := range vs {
		o := outs[i]
		times = append(times, o.millis)
		got, spec := o.urgency, o.specialties
		var notes []string
		if got == v.Gold.Urgency {
			correct++
		} else {
			if levels[got] < levels[v.Gold.Urgency] {
				m.UnderTriaged++
				if v.Gold.Urgency == "emergency" {
					m.UnderTriagedEmerg++
				}
			} else {
				m.OverTriaged++
			}
			notes = append(notes, fmt.Sprintf("urgency %s (gold %s)", got, v.Gold.Urgency))
		}
		found := 0
		var missed []string
		for _, s := range v.Gold.Specialties {
			if casemodel.Contains(spec, s) {
				found++
			} else {
				missed = append(missed, s)
			}
		}
		specFound += found
		specGold += len(v.Gold.Specialties)
		if len(v.Gold.Specialties) > 0 {
			macro += float64(found) / float64(len(v.Gold.Specialties))
		} else {
			macro++
		}
		if len(missed) > 0 {
			notes = append(notes, "missed specialties "+strings.Join(missed, ","))
		}
		gold := map[string]int{}
		for _, g := range v.Gold.Alerts {
			gold[alertKey(g.Kind, g.Drugs, g.Analyte)]++
		}
		pred := map[string]int{}
		for _, p := range o.alerts {
			pred[alertKey(p.Kind, p.Drugs, p.Analyte)]++
		}
		for _, k := range sortedKeys(pred) {
			n := pred[k]
			tp := min(n, gold[k])
			m.AlertTP += tp
			m.AlertFP += n - tp
			if n-tp > 0 {
				notes = append(notes, "extra alert "+k)
			}
		}
		for _, k := range sortedKeys(gold) {
			n := gold[k]
			fn := n - min(n, pred[k])
			m.AlertFN += fn
			if fn > 0 {
				notes = append(notes, "missed alert "+k)
			}
		}
		crit := o.critical
		if crit == v.Gold.Critical {
			critOK++
		} else {
			notes = append(notes, fmt.Sprintf("critical_flag %v (gold %v)", crit, v.Gold.Critical))
		}
		if verbose && len(notes) > 0 {
			fmt.Fprintf(w, "%s [%s]: %s\n", v.ID, v.Lang, strings.Join(notes, "; "))
		}
	}
	if m.Cases > 0 {
		m.UrgencyAccuracy = round3(float64(correct) / float64(m.Cases))
		m.CriticalAgreement = round3(float64(critOK) / float64(m.Cases))
		m.SpecialtyRecallMacro = round3(macro / float64(m.Cases))
	}
	if specGold > 0 {
		m.SpecialtyRecall = round3(float64(specFound) / float64(specGold))
	}
	if m.AlertTP+m.AlertFN > 0 {
		m.AlertRecall = round3(float64(m.AlertTP) / float64(m.AlertTP+m.AlertFN))
	}
	if m.AlertTP+m.AlertFP > 0 {
		m.AlertPrecision = round3(float64(m.AlertTP) / float64(m.AlertTP+m.AlertFP))
	} else {
		m.AlertPrecision = 1
	}
	sort.Float64s(times)
	if len(times) > 0 {
		idx := int(math.Ceil(0.95*float64(len(times)))) - 1
		m.P95Millis = math.Round(times[idx]*100) / 100
		m.MaxMillis = math.Round(times[len(times)-1]*100) / 100
	}
	return m
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// sortedKeys gives the alert keys in a fixed order, so two runs print the
// same notes and can be diffed.
func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
