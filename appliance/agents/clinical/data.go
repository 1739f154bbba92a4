package clinical

import (
	"bufio"
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Drug is one row of data/drugs.tsv.
type Drug struct {
	Generic  string   `json:"generic"`
	Classes  []string `json:"classes"`
	Synonyms []string `json:"-"`
	Source   string   `json:"source"`
}

// HasClass reports whether the drug belongs to class c.
func (d *Drug) HasClass(c string) bool {
	for _, x := range d.Classes {
		if x == c {
			return true
		}
	}
	return false
}

// Class is one row of data/classes.tsv.
type Class struct {
	Name         string
	CrossReacts  bool
	Label        Text
	Synonyms     []string
	Source       string
	synonymRegex []*regexp.Regexp
}

// Threshold is a one-sided critical limit such as "<2.8" or ">=450".
type Threshold struct {
	Op    string  `json:"op"`
	Value float64 `json:"value"`
	Set   bool    `json:"-"`
}

// Hit reports whether v crosses the threshold.
func (t Threshold) Hit(v float64) bool {
	if !t.Set {
		return false
	}
	switch t.Op {
	case "<":
		return v < t.Value
	case "<=":
		return v <= t.Value
	case ">":
		return v > t.Value
	case ">=":
		return v >= t.Value
	}
	return false
}

func (t Threshold) String() string {
	if !t.Set {
		return ""
	}
	return t.Op + strconv.FormatFloat(t.Value, 'f', -1, 64)
}

// LabDef is one row of data/labs.tsv: an analyte with its canonical unit,
// synonyms, unit conversions, reference and critical ranges and their source.
type LabDef struct {
	Analyte      string
	Unit         string
	Synonyms     []string // all synonyms (folded)
	TextSynonyms []string // synonyms safe to look for in free text
	Conv         map[string]float64
	RefLow       *float64
	RefHigh      *float64
	CritLow      Threshold
	CritHigh     Threshold
	CritURL      bool // troponin: critical above the assay's 99th percentile
	Source       string
}

type synEntry struct {
	syn      string
	drug     *Drug
	listOnly bool
	rx       *regexp.Regexp
}

type tables struct {
	drugs    map[string]*Drug
	synonyms []synEntry // longest first
	classes  map[string]*Class
	labs     map[string]*LabDef
	labSyn   []labSyn // longest first
}

type labSyn struct {
	syn      string
	def      *LabDef
	textSafe bool
	rx       *regexp.Regexp
}

var (
	tabOnce sync.Once
	tab     *tables
	tabErr  error
)

// Tables loads the embedded data files once. It panics on a malformed file:
// the files ship inside the binary, so a bad row is a build defect that the
// package tests catch.
func loadTables() *tables {
	tabOnce.Do(func() {
		tab, tabErr = parseTables()
		if tabErr != nil {
			panic(tabErr)
		}
	})
	return tab
}

func readTSV(name string, cols int) ([][]string, error) {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fs := strings.Split(t, "\t")
		if len(fs) != cols {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", name, line, len(fs), cols)
		}
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		rows = append(rows, fs)
	}
	return rows, sc.Err()
}

func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func wordRx(s string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^a-z0-9])` + regexp.QuoteMeta(s) + `($|[^a-z0-9])`)
}

func parseThreshold(s string) (Threshold, error) {
	if s == "" {
		return Threshold{}, nil
	}
	for _, op := range []string{"<=", ">=", "<", ">"} {
		if strings.HasPrefix(s, op) {
			v, err := strconv.ParseFloat(strings.TrimPrefix(s, op), 64)
			if err != nil {
				return Threshold{}, err
			}
			return Threshold{Op: op, Value: v, Set: true}, nil
		}
	}
	return Threshold{}, fmt.Errorf("bad threshold %q", s)
}

func parseOptFloat(s string) (*float64, error) {
	if s == "" {
		return nil, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

func parseTables() (*tables, error) {
	t := &tables{drugs: map[string]*Drug{}, classes: map[string]*Class{}, labs: map[string]*LabDef{}}
	rows, err := readTSV("drugs.tsv", 4)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if r[3] == "" {
			return nil, fmt.Errorf("drugs.tsv: %s has no source", r[0])
		}
		if _, dup := t.drugs[r[0]]; dup {
			return nil, fmt.Errorf("drugs.tsv: duplicate %s", r[0])
		}
		d := &Drug{Generic: r[0], Classes: splitList(r[1], ","), Source: r[3]}
		t.drugs[d.Generic] = d
		syns := append([]string{d.Generic}, splitList(r[2], "|")...)
		seen := map[string]bool{}
		for _, s := range syns {
			listOnly := strings.HasPrefix(s, "=")
			s = Fold(strings.TrimPrefix(s, "="))
			if s == "" || seen[s] {
				continue
			}
			seen[s] = true
			d.Synonyms = append(d.Synonyms, s)
			t.synonyms = append(t.synonyms, synEntry{syn: s, drug: d, listOnly: listOnly, rx: wordRx(s)})
		}
	}
	sort.SliceStable(t.synonyms, func(i, j int) bool {
		if len(t.synonyms[i].syn) != len(t.synonyms[j].syn) {
			return len(t.synonyms[i].syn) > len(t.synonyms[j].syn)
		}
		return t.synonyms[i].syn < t.synonyms[j].syn
	})

	rows, err = readTSV("classes.tsv", 6)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		c := &Class{Name: r[0], CrossReacts: r[1] == "yes", Label: T(r[2], r[3]), Source: r[5]}
		for _, s := range splitList(r[4], "|") {
			s = Fold(s)
			c.Synonyms = append(c.Synonyms, s)
			c.synonymRegex = append(c.synonymRegex, wordRx(s))
		}
		t.classes[c.Name] = c
	}

	rows, err = readTSV("labs.tsv", 9)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if r[8] == "" {
			return nil, fmt.Errorf("labs.tsv: %s has no source", r[0])
		}
		d := &LabDef{Analyte: r[0], Unit: r[1], Conv: map[string]float64{}, Source: r[8]}
		for _, s := range splitList(r[2], "|") {
			safe := !strings.HasPrefix(s, "=")
			s = Fold(strings.TrimPrefix(s, "="))
			d.Synonyms = append(d.Synonyms, s)
			if safe {
				d.TextSynonyms = append(d.TextSynonyms, s)
			}
			t.labSyn = append(t.labSyn, labSyn{syn: s, def: d, textSafe: safe, rx: wordRx(s)})
		}
		for _, c := range splitList(r[3], ";") {
			u, f, ok := strings.Cut(c, "=")
			if !ok {
				return nil, fmt.Errorf("labs.tsv: %s: bad conversion %q", r[0], c)
			}
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return nil, fmt.Errorf("labs.tsv: %s: %v", r[0], err)
			}
			d.Conv[normUnit(u)] = v
		}
		if d.RefLow, err = parseOptFloat(r[4]); err != nil {
			return nil, err
		}
		if d.RefHigh, err = parseOptFloat(r[5]); err != nil {
			return nil, err
		}
		if d.CritLow, err = parseThreshold(r[6]); err != nil {
			return nil, err
		}
		if r[7] == ">URL" {
			d.CritURL = true
		} else if d.CritHigh, err = parseThreshold(r[7]); err != nil {
			return nil, err
		}
		t.labs[d.Analyte] = d
	}
	sort.SliceStable(t.labSyn, func(i, j int) bool {
		if len(t.labSyn[i].syn) != len(t.labSyn[j].syn) {
			return len(t.labSyn[i].syn) > len(t.labSyn[j].syn)
		}
		return t.labSyn[i].syn < t.labSyn[j].syn
	})
	return t, nil
}

// DrugByName returns the table row of a generic name.
func DrugByName(generic string) (*Drug, bool) {
	d, ok := loadTables().drugs[generic]
	return d, ok
}

// CanonicalGeneric lower-cases a drug name and maps a synonym that is
// itself a generic name ("valproic acid", "acetaminophen") to the generic
// the drug table uses ("valproate", "paracetamol"), so that two lists
// naming the same drug differently compare equal. A name the table does
// not know, or one naming several drugs, is returned lower-cased.
func CanonicalGeneric(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	if _, ok := DrugByName(n); ok {
		return n
	}
	if ds := FindDrugs(n, true); len(ds) == 1 {
		return ds[0].Generic
	}
	return n
}

// ClassByName returns a drug class row.
func ClassByName(name string) (*Class, bool) {
	c, ok := loadTables().classes[name]
	return c, ok
}

// LabByAnalyte returns the lab definition of a canonical analyte.
func LabByAnalyte(a string) (*LabDef, bool) {
	d, ok := loadTables().labs[a]
	return d, ok
}

// DrugsInClass lists the generic names of a class, sorted.
func DrugsInClass(class string) []string {
	var out []string
	for _, d := range loadTables().drugs {
		if d.HasClass(class) {
			out = append(out, d.Generic)
		}
	}
	sort.Strings(out)
	return out
}

// FindDrugs returns the drugs named in s (longest synonym first, each span
// used once), in order of appearance, each once. listEntry allows list-only
// synonyms (short abbreviations such as "AAS" or "GTN").
func FindDrugs(s string, listEntry bool) []*Drug {
	var out []*Drug
	seen := map[string]bool{}
	for _, sp := range drugSpans(Fold(s), listEntry) {
		if !seen[sp.drug.Generic] {
			seen[sp.drug.Generic] = true
			out = append(out, sp.drug)
		}
	}
	return out
}

// drugSpans finds drug synonyms in folded text f, longest first, each byte
// claimed once, sorted by position.
func drugSpans(f string, listEntry bool) []drugSpan {
	used := make([]bool, len(f))
	claimed := map[[2]int]bool{} // a combination brand ("Bactrim") names several generics on one span
	var out []drugSpan
	for _, e := range loadTables().synonyms {
		if (e.listOnly && !listEntry) || !strings.Contains(f, e.syn) {
			continue
		}
		for _, loc := range e.rx.FindAllStringIndex(f, -1) {
			st := strings.Index(f[loc[0]:loc[1]], e.syn) + loc[0]
			en := st + len(e.syn)
			free := true
			for i := st; i < en; i++ {
				if used[i] {
					free = false
					break
				}
			}
			if !free && !claimed[[2]int{st, en}] {
				continue
			}
			for i := st; i < en; i++ {
				used[i] = true
			}
			claimed[[2]int{st, en}] = true
			out = append(out, drugSpan{st, en, e.drug})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

type drugSpan struct {
	start, end int
	drug       *Drug
}

// FindClass returns the class named in s (allergy lists: "penicillin",
// "sulfa", "AINEs"), or nil.
func FindClass(s string) *Class {
	f := Fold(s)
	var best *Class
	bestLen := 0
	names := make([]string, 0, len(loadTables().classes))
	for n := range loadTables().classes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := loadTables().classes[n]
		for i, rx := range c.synonymRegex {
			if rx.MatchString(f) && len(c.Synonyms[i]) > bestLen {
				best, bestLen = c, len(c.Synonyms[i])
			}
		}
	}
	return best
}

// MatchLabName maps a lab name ("troponin I", "lítio sérico", "venous pH") to
// its definition, preferring the longest synonym contained in the name.
func MatchLabName(name string) *LabDef {
	f := Fold(name)
	// How a sample was taken ("INR (fingerstick)", "POC INR") must not
	// outweigh what was measured: the analyte is looked up without the
	// method words first; "fingerstick" alone still means glucose.
	// A qualifier in brackets ("calcium (albumin-adjusted)", "ketones
	// (beta-hydroxybutyrate)") names how, not what: the name before it is
	// tried alone first, so a second analyte named inside the bracket
	// (albumin) does not win.
	if head := strings.TrimSpace(parenRx.ReplaceAllString(f, " ")); head != "" && head != f {
		if d := matchLabExact(head); d != nil {
			return d
		}
	}
	if bare := strings.TrimSpace(sampleMethodRx.ReplaceAllString(f, " ")); bare != "" && bare != f {
		if d := matchLabName(bare); d != nil {
			return d
		}
	}
	return matchLabName(f)
}

var sampleMethodRx = regexp.MustCompile(`\b(finger[- ]?(stick|prick)|capillary|capilar|point[- ]of[- ]care|poc|bedside|beira do leito|home (meter|monitor|machine)|coaguchek)\b|[()\[\],:]`)

var parenRx = regexp.MustCompile(`\s*\([^)]*\)`)

// matchLabExact finds a lab whose synonym is exactly f.
func matchLabExact(f string) *LabDef {
	if urineLabRx.MatchString(f) {
		return nil
	}
	for _, ls := range loadTables().labSyn {
		if f == ls.syn {
			return ls.def
		}
	}
	return nil
}

func matchLabName(f string) *LabDef {
	// urine and other fluids carry the same names as serum analytes with
	// other ranges ("urine sodium 40"): they are not the blood values.
	if urineLabRx.MatchString(f) {
		return nil
	}
	for _, ls := range loadTables().labSyn {
		if f == ls.syn {
			return ls.def
		}
	}
	for _, ls := range loadTables().labSyn {
		if len(ls.syn) < 2 {
			continue
		}
		if ls.rx.MatchString(f) {
			return ls.def
		}
	}
	return nil
}

var urineLabRx = regexp.MustCompile(`\b(urine|urinary|urina|urinari[oa]|csf|liquor|pleural|ascit\w*|sweat|stool|fezes|effluent|efluente|peritoneal|dialysate|dialisato|synovial|sinovial|joint fluid|liquido (articular|peritoneal|pleural|ascitico|cefalorraquidiano)|bal|lavado)\b|^u[ -]`)

// normUnit folds a unit string for lookup in the conversion table.
func normUnit(u string) string {
	u = Fold(u)
	// superscripts first: one Replacer pass never rescans its own output,
	// so "/mm³" must become "/mm^3" before "/mm^3" can become "/mm3"
	u = strings.NewReplacer("³", "^3", "⁹", "^9").Replace(u)
	r := strings.NewReplacer(" ", "", "µ", "u", "mcg", "ug", "×", "x", "*", "x", "10e9", "10^9", "10e3", "10^3", "mil/ul", "x10^3/ul", "mil/mm^3", "mil/mm3", "celulas/mm^3", "/mm3", "celulas/mm3", "/mm3", "cells/mm^3", "/mm3", "cells/mm3", "/mm3", "/mm^3", "/mm3")
	u = r.Replace(u)
	u = strings.ReplaceAll(u, "x10^9/l", "x10^9/l")
	return u
}
