// Command phieval measures the PHI detector of pkg/phi on an annotated set
// (JSONL: {"id","lang","text","spans":[{"start","end","type"}]}).
//
// It prints token-level binary recall and precision (a token — a run of
// letters or digits — is PHI when it overlaps a span), per language and
// per type, token-level typed F1, and throughput in MB/s on one core.
//
//	go run ./tools/phieval [-data ../shared/data/phi/dev.jsonl] [-split all|even|odd] [-errors]
//	go run ./tools/phieval -own    # the own held-out notes of pkg/phi/testdata
//
// -data reads either {"text","spans"} lines or {"marked"} lines, where
// the gold spans are written inline as {{TYPE|value}}.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/agnomedical/agno/pkg/phi"
)

type note struct {
	ID     string     `json:"id"`
	Lang   string     `json:"lang"`
	Text   string     `json:"text"`
	Spans  []goldSpan `json:"spans"`
	Marked string     `json:"marked"` // alternative to text+spans: "{{TYPE|value}}" markup
}

// ownHeldOut is the second held-out set: synthetic notes written for it,
// never used to tune the detector.
const ownHeldOut = "pkg/phi/testdata/heldout.jsonl"

type goldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

type counts struct{ tp, fp, fn int }

func (c counts) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c counts) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c counts) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func main() {
	data := flag.String("data", "../shared/data/phi/dev.jsonl", "annotated JSONL file")
	split := flag.String("split", "all", "all, even (ids ending in an even number) or odd")
	own := flag.Bool("own", false, "evaluate on the own held-out notes ("+ownHeldOut+", markup format) instead of -data")
	showErr := flag.Bool("errors", false, "print missed and spurious tokens")
	bench := flag.Duration("bench", 2*time.Second, "time spent measuring throughput (0 to skip)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the throughput run to this file")
	dump := flag.Bool("dump", false, "print the detected spans of every note as JSONL (no metrics); diff two builds' dumps to check that a change keeps the output identical")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "phieval:", err)
			os.Exit(1)
		}
		defer f.Close()
		profileTo = f
	}
	if *own {
		*data = ownHeldOut
	}
	if *dump {
		if err := dumpSpans(*data, *split, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "phieval:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*data, *split, *showErr, *bench, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "phieval:", err)
		os.Exit(1)
	}
}

func loadNotes(path, split string) ([]note, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var notes []note
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var n note
		if err := json.Unmarshal(sc.Bytes(), &n); err != nil {
			return nil, fmt.Errorf("%s line %d: %v", path, line, err)
		}
		if n.Text == "" && n.Marked != "" {
			n.Text, n.Spans = parseMarked(n.Marked)
		}
		if split != "all" {
			num := trailingNumber(n.ID)
			if num < 0 || (split == "even") != (num%2 == 0) {
				continue
			}
		}
		notes = append(notes, n)
	}
	return notes, sc.Err()
}

// parseMarked turns "{{TYPE|value}}" markup into text and gold spans.
func parseMarked(m string) (string, []goldSpan) {
	var b strings.Builder
	var spans []goldSpan
	for {
		i := strings.Index(m, "{{")
		if i < 0 {
			b.WriteString(m)
			break
		}
		b.WriteString(m[:i])
		m = m[i+2:]
		bar := strings.IndexByte(m, '|')
		end := strings.Index(m, "}}")
		if bar < 0 || end < bar {
			b.WriteString("{{")
			continue
		}
		start := b.Len()
		b.WriteString(m[bar+1 : end])
		spans = append(spans, goldSpan{Start: start, End: b.Len(), Type: m[:bar]})
		m = m[end+2:]
	}
	return b.String(), spans
}

func trailingNumber(id string) int {
	i := len(id)
	for i > 0 && id[i-1] >= '0' && id[i-1] <= '9' {
		i--
	}
	n, err := strconv.Atoi(id[i:])
	if err != nil {
		return -1
	}
	return n
}

type tok struct{ s, e int }

func tokens(text string) []tok {
	var out []tok
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2)) {
					break
				}
				j += s2
			}
			out = append(out, tok{i, j})
			i = j
			continue
		}
		i += size
	}
	return out
}

// typeAt returns the type of the first span overlapping [s,e), or "".
func typeAt(s, e int, starts, ends []int, types []string) string {
	for k := range starts {
		if starts[k] < e && s < ends[k] {
			return types[k]
		}
	}
	return ""
}

func run(path, split string, showErr bool, bench time.Duration, w io.Writer) error {
	notes, err := loadNotes(path, split)
	if err != nil {
		return err
	}
	if len(notes) == 0 {
		return fmt.Errorf("no notes in %s (split %s)", path, split)
	}
	d, err := phi.NewDetector()
	if err != nil {
		return err
	}
	byLang := map[string]*counts{}
	total := &counts{}
	perType := map[string]*counts{} // binary recall per gold type (tp/fn), precision per predicted type (tp/fp)
	typed := map[string]*counts{}   // typed token-level
	typedAll := &counts{}
	get := func(m map[string]*counts, k string) *counts {
		if m[k] == nil {
			m[k] = &counts{}
		}
		return m[k]
	}
	var bytes int
	for _, n := range notes {
		bytes += len(n.Text)
		pred := d.Detect(n.Text, n.Lang)
		var gs, ge, ps, pe []int
		var gt, pt []string
		for _, s := range n.Spans {
			gs, ge, gt = append(gs, s.Start), append(ge, s.End), append(gt, s.Type)
		}
		for _, s := range pred {
			ps, pe, pt = append(ps, s.Start), append(pe, s.End), append(pt, s.Type)
		}
		lc := get(byLang, n.Lang)
		for _, t := range tokens(n.Text) {
			g := typeAt(t.s, t.e, gs, ge, gt)
			p := typeAt(t.s, t.e, ps, pe, pt)
			switch {
			case g != "" && p != "":
				lc.tp++
				total.tp++
				get(perType, g).tp++
			case g != "":
				lc.fn++
				total.fn++
				get(perType, g).fn++
				if showErr {
					fmt.Fprintf(w, "MISS %s %-12s %q  …%s…\n", n.ID, g, n.Text[t.s:t.e], context(n.Text, t.s, t.e))
				}
			case p != "":
				lc.fp++
				total.fp++
				get(perType, p).fp++
				if showErr {
					fmt.Fprintf(w, "FP   %s %-12s %q  …%s…\n", n.ID, p, n.Text[t.s:t.e], context(n.Text, t.s, t.e))
				}
			}
			if g != "" || p != "" {
				if g == p {
					get(typed, g).tp++
					typedAll.tp++
				} else {
					if g != "" {
						get(typed, g).fn++
						typedAll.fn++
					}
					if p != "" {
						get(typed, p).fp++
						typedAll.fp++
					}
				}
			}
		}
	}
	fmt.Fprintf(w, "PHI detection, %s, split %s: %d notes, %d bytes\n\n", path, split, len(notes), bytes)
	fmt.Fprintf(w, "token-level binary     recall  precision   F1     tp    fn    fp\n")
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		c := byLang[l]
		fmt.Fprintf(w, "  %-20s %6.4f   %6.4f   %6.4f %5d %5d %5d\n", l, c.recall(), c.precision(), c.f1(), c.tp, c.fn, c.fp)
	}
	fmt.Fprintf(w, "  %-20s %6.4f   %6.4f   %6.4f %5d %5d %5d\n\n", "all", total.recall(), total.precision(), total.f1(), total.tp, total.fn, total.fp)
	fmt.Fprintf(w, "per type (binary recall by gold type; spurious tokens by predicted type), typed F1\n")
	fmt.Fprintf(w, "  %-14s %6s %6s %6s   %6s %6s %6s\n", "type", "recall", "missed", "spur.", "typedP", "typedR", "typedF1")
	types := phi.Types()
	for _, t := range types {
		c, tc := perType[t], typed[t]
		if c == nil && tc == nil {
			continue
		}
		if c == nil {
			c = &counts{}
		}
		if tc == nil {
			tc = &counts{}
		}
		fmt.Fprintf(w, "  %-14s %6.3f %6d %6d   %6.3f %6.3f %6.3f\n", t, c.recall(), c.fn, c.fp, tc.precision(), tc.recall(), tc.f1())
	}
	fmt.Fprintf(w, "  %-14s %6s %6s %6s   %6.3f %6.3f %6.3f\n\n", "typed (micro)", "", "", "", typedAll.precision(), typedAll.recall(), typedAll.f1())
	if bench > 0 {
		runtime.GC()
		if profileTo != nil {
			if err := pprof.StartCPUProfile(profileTo); err != nil {
				return err
			}
			defer pprof.StopCPUProfile()
		}
		start, cpu0 := time.Now(), cpuTime()
		var done int
		for time.Since(start) < bench {
			for _, n := range notes {
				d.Detect(n.Text, n.Lang)
				done += len(n.Text)
			}
		}
		el, cpu := time.Since(start).Seconds(), (cpuTime() - cpu0).Seconds()
		// CPU time (all threads of the process, garbage collection
		// included) is what a core spends; wall time also counts waiting
		// for a core when the machine is shared.
		fmt.Fprintf(w, "throughput: %.2f MB/s per core of CPU time, %.2f MB/s wall, one goroutine (%d bytes, %.2fs CPU, %.2fs wall)\n",
			float64(done)/cpu/1e6, float64(done)/el/1e6, done, cpu, el)
	}
	return nil
}

// dumpSpans writes {"id","spans":[[start,end,type,score]]} for every note.
func dumpSpans(path, split string, w io.Writer) error {
	notes, err := loadNotes(path, split)
	if err != nil {
		return err
	}
	d, err := phi.NewDetector()
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	for i, n := range notes {
		fmt.Fprintf(bw, "{\"n\":%d,\"id\":%q,\"spans\":[", i, n.ID)
		for k, s := range d.Detect(n.Text, n.Lang) {
			if k > 0 {
				bw.WriteByte(',')
			}
			fmt.Fprintf(bw, "[%d,%d,%q,%g]", s.Start, s.End, s.Type, s.Score)
		}
		bw.WriteString("]}\n")
	}
	return nil
}

// profileTo receives the CPU profile of the throughput run (-cpuprofile).
var profileTo io.Writer

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func context(text string, s, e int) string {
	a, b := s-30, e+30
	if a < 0 {
		a = 0
	}
	if b > len(text) {
		b = len(text)
	}
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	return strings.ReplaceAll(text[a:s]+"[["+text[s:e]+"]]"+text[e:b], "\n", "⏎")
}
