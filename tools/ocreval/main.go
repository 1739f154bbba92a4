// Command ocreval measures appliance/documents against a labelled set
// (truth.jsonl: {file, lang, kind, text, labs}): character error rate by kind
// of document, lab extraction precision/recall/F1 and median seconds per page
// for each extraction path.
//
//	go run ./tools/ocreval [-dir ../shared/data/ocr] [-v] [-only dev07]
//
// A relative -dir is taken from the repository root (where go.mod is).
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/appliance/documents"
)

type truth struct {
	File string          `json:"file"`
	Lang string          `json:"lang"`
	Kind string          `json:"kind"`
	Text string          `json:"text"`
	Labs []casemodel.Lab `json:"labs"`
}

func main() {
	if err := documents.EnsureThreadLimit(); err != nil {
		fmt.Fprintln(os.Stderr, "ocreval:", err)
		os.Exit(1)
	}
	dir := flag.String("dir", "../shared/data/ocr", "folder with truth.jsonl and the documents (relative to the repository root)")
	verbose := flag.Bool("v", false, "print per-file figures and lab mismatches")
	only := flag.String("only", "", "only files whose name contains this")
	workers := flag.Int("workers", 0, "OCR workers (0 = one per CPU)")
	dump := flag.String("dump", "", "write each extracted text to this folder")
	flag.Parse()
	if err := run(*dir, *only, *dump, *workers, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "ocreval:", err)
		os.Exit(1)
	}
}

func repoRoot() string {
	d, _ := os.Getwd()
	for p := d; ; p = filepath.Dir(p) {
		if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
			return p
		}
		if filepath.Dir(p) == p {
			return d
		}
	}
}

type kindStat struct {
	edits, length int
	files         int
	cers          []float64
}

func run(dir, only, dump string, workers int, verbose bool) error {
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(repoRoot(), dir)
	}
	f, err := os.Open(filepath.Join(dir, "truth.jsonl"))
	if err != nil {
		return err
	}
	defer f.Close()
	var set []truth
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var t truth
		if err := json.Unmarshal(sc.Bytes(), &t); err != nil {
			return fmt.Errorf("truth.jsonl: %w", err)
		}
		if only == "" || strings.Contains(t.File, only) {
			set = append(set, t)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	ex, err := documents.NewExtractor(documents.Limits{Timeout: 5 * time.Minute}, workers)
	if err != nil {
		return err
	}
	defer ex.Close()

	kinds := map[string]*kindStat{}
	var tp, fp, fn, unitOK, flagOK int
	pageTimes := map[string][]float64{}
	kindTimes := map[string][]float64{}
	failures := 0
	for _, t := range set {
		data, err := os.ReadFile(filepath.Join(dir, t.File))
		if err != nil {
			return err
		}
		t0 := time.Now()
		res, err := ex.Extract(context.Background(), data)
		el := time.Since(t0)
		ks := kinds[t.Kind]
		if ks == nil {
			ks = &kindStat{}
			kinds[t.Kind] = ks
		}
		if err != nil {
			failures++
			fmt.Printf("%-10s %-10s ERROR %v\n", t.File, t.Kind, err)
			ks.edits += len([]rune(squash(t.Text)))
			ks.length += len([]rune(squash(t.Text)))
			ks.cers = append(ks.cers, 1)
			fn += len(t.Labs)
			continue
		}
		if dump != "" {
			os.MkdirAll(dump, 0o755)
			os.WriteFile(filepath.Join(dump, t.File+".txt"), []byte(res.Text), 0o644)
		}
		want, got := []rune(squash(t.Text)), []rune(squash(res.Text))
		d := levenshtein(want, got)
		ks.edits += d
		ks.length += len(want)
		ks.files++
		cer := float64(d) / math.Max(1, float64(len(want)))
		ks.cers = append(ks.cers, cer)
		for _, p := range res.PageInfo {
			pageTimes[p.Method] = append(pageTimes[p.Method], p.Elapsed.Seconds())
		}
		kindTimes[t.Kind] = append(kindTimes[t.Kind], el.Seconds()/float64(max(1, res.Pages)))
		m := matchLabs(t.Labs, res.Labs)
		tp += m.tp
		fp += m.fp
		fn += m.fn
		unitOK += m.unitOK
		flagOK += m.flagOK
		if verbose {
			fmt.Printf("%-10s %-10s %-6s pages=%d method=%-10s quality=%.2f CER=%.4f labs tp=%d fp=%d fn=%d  %.1fs\n",
				t.File, t.Kind, t.Lang, res.Pages, res.Method, res.Quality, cer, m.tp, m.fp, m.fn, el.Seconds())
			for _, s := range m.notes {
				fmt.Println("    ", s)
			}
		}
	}

	fmt.Println()
	fmt.Println("CER by kind (edits / truth characters, whitespace collapsed):")
	var names []string
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		ks := kinds[k]
		fmt.Printf("  %-11s files=%-3d CER=%.4f  (median file %.4f, worst %.4f)\n", k, len(ks.cers),
			float64(ks.edits)/math.Max(1, float64(ks.length)), median(ks.cers), maxOf(ks.cers))
	}
	p := float64(tp) / math.Max(1, float64(tp+fp))
	r := float64(tp) / math.Max(1, float64(tp+fn))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	fmt.Printf("\nLabs (name+value): precision=%.3f recall=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n", p, r, f1, tp, fp, fn)
	if tp > 0 {
		fmt.Printf("  of matched: unit exact %.3f, flag exact %.3f\n", float64(unitOK)/float64(tp), float64(flagOK)/float64(tp))
	}
	fmt.Println("\nMedian seconds per page:")
	for _, m := range []string{documents.MethodTextLayer, documents.MethodOCR} {
		fmt.Printf("  %-11s %.3f s  (%d pages)\n", m, median(pageTimes[m]), len(pageTimes[m]))
	}
	for _, k := range names {
		fmt.Printf("  %-11s %.3f s  wall per page, per document\n", k, median(kindTimes[k]))
	}
	if failures > 0 {
		return errors.New("some documents failed")
	}
	return nil
}

type labMatch struct {
	tp, fp, fn, unitOK, flagOK int
	notes                      []string
}

// matchLabs pairs extracted and true labs on name and value (in order,
// each truth row used once).
func matchLabs(want, got []casemodel.Lab) labMatch {
	var m labMatch
	used := make([]bool, len(want))
	for _, g := range got {
		hit := -1
		for i, w := range want {
			if !used[i] && w.Name == g.Name && math.Abs(w.Value-g.Value) <= 1e-9*math.Max(1, math.Abs(w.Value)) {
				hit = i
				break
			}
		}
		if hit < 0 {
			m.fp++
			m.notes = append(m.notes, fmt.Sprintf("extra   %s=%v %q %s", g.Name, g.Value, g.Unit, g.Flag))
			continue
		}
		used[hit] = true
		m.tp++
		if want[hit].Unit == g.Unit {
			m.unitOK++
		} else {
			m.notes = append(m.notes, fmt.Sprintf("unit    %s: %q want %q", g.Name, g.Unit, want[hit].Unit))
		}
		if want[hit].Flag == g.Flag {
			m.flagOK++
		} else {
			m.notes = append(m.notes, fmt.Sprintf("flag    %s: %q want %q", g.Name, g.Flag, want[hit].Flag))
		}
	}
	for i, w := range want {
		if !used[i] {
			m.fn++
			m.notes = append(m.notes, fmt.Sprintf("missed  %s=%v %q %s", w.Name, w.Value, w.Unit, w.Flag))
		}
	}
	return m
}

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func maxOf(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m = math.Max(m, x)
	}
	return m
}
