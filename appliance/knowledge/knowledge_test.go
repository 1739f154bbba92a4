package knowledge

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// citedIDs greps the agents' source for the kb: evidence ids they emit.
func citedIDs(t *testing.T) []string {
	t.Helper()
	rx := regexp.MustCompile(`"(kb:[a-z0-9][a-z0-9.-]*)"`)
	seen := map[string]bool{}
	root := filepath.Join("..", "agents")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range rx.FindAllStringSubmatch(string(b), -1) {
			seen[m[1]] = true
		}
		return nil
	})
	if err != nil {
		t.Fatalf("reading the agents' source: %v", err)
	}
	var out []string
	for id := range seen {
		out = append(out, id)
	}
	sort.Strings(out)
	if len(out) < 50 {
		t.Fatalf("found only %d kb: ids in appliance/agents; the grep is broken", len(out))
	}
	return out
}

func TestEveryCitedEvidenceIDIsShippedInBothLanguages(t *testing.T) {
	docs, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, d := range docs {
		have[d.ID+"|"+d.Language] = true
	}
	for _, id := range citedIDs(t) {
		for _, lang := range []string{LangEN, LangPT} {
			if !have[id+"|"+lang] {
				t.Errorf("the agents cite %s but the knowledge base has no %s summary of it", id, lang)
			}
		}
	}
}

var yearRx = regexp.MustCompile(`(19|20)\d\d`)

func TestShippedDocumentsAreComplete(t *testing.T) {
	docs, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs)%2 != 0 {
		t.Fatalf("%d documents: every summary must exist in en and pt-BR", len(docs))
	}
	accents := regexp.MustCompile(`[ãõçáéíóúâêô]`)
	for _, d := range docs {
		if !casemodel.Contains(casemodel.Specialties, d.Specialty) {
			t.Errorf("%s: specialty %q is not a contract specialty", d.ID, d.Specialty)
		}
		if !yearRx.MatchString(d.Source) || len(d.Source) < 30 {
			t.Errorf("%s: source %q is not a dated guideline citation", d.ID, d.Source)
		}
		if len(d.Text) < 400 || len(d.Title) < 8 {
			t.Errorf("%s (%s): title or text too short", d.ID, d.Language)
		}
		if d.Language == LangPT && !accents.MatchString(d.Text) {
			t.Errorf("%s: the Portuguese text has no Portuguese accents; is it really Portuguese?", d.ID)
		}
		if got := DetectLanguage(d.Text); got != d.Language {
			t.Errorf("%s: text marked %s reads as %s", d.ID, d.Language, got)
		}
		if !d.Shipped {
			t.Errorf("%s: not marked shipped", d.ID)
		}
	}
}

func TestLookup(t *testing.T) {
	d, ok := Lookup("kb:dka-ada", "pt-BR")
	if !ok || d.Language != LangPT || !strings.Contains(d.Title, "Cetoacidose") {
		t.Fatalf("Lookup pt: %+v %v", d, ok)
	}
	d, ok = Lookup("kb:dka-ada", "en")
	if !ok || d.Language != LangEN || !strings.Contains(d.Title, "ketoacidosis") {
		t.Fatalf("Lookup en: %+v %v", d, ok)
	}
	if _, ok := Lookup("kb:no-such-thing", "en"); ok {
		t.Fatal("Lookup found an unknown id")
	}
}

func TestParseRejectsBrokenRecords(t *testing.T) {
	cases := map[string]string{
		"missing field": "@ kb:x\nspecialty: cardiology\nsource: X 2020\nen.title: t\nen.text: x\npt.title: t\n",
		"unknown field": "@ kb:x\nspecialty: cardiology\nsource: X 2020\nen.title: t\nen.text: x\npt.title: t\npt.text: y\nfr.text: z\n",
		"bad id":        "@ x\nspecialty: cardiology\nsource: X 2020\nen.title: t\nen.text: x\npt.title: t\npt.text: y\n",
		"orphan field":  "specialty: cardiology\n",
		"repeated":      "@ kb:x\nspecialty: a\nspecialty: b\n",
	}
	for name, data := range cases {
		if _, err := parseKB("t.kb", data); err == nil {
			t.Errorf("%s: parsed without error", name)
		}
	}
	dup := fstest.MapFS{
		"data/a.kb": {Data: []byte("@ kb:x\nspecialty: cardiology\nsource: X 2020\nen.title: t\nen.text: x\npt.title: t\npt.text: y\n")},
		"data/b.kb": {Data: []byte("@ kb:x\nspecialty: cardiology\nsource: X 2020\nen.title: t\nen.text: x\npt.title: t\npt.text: y\n")},
	}
	if _, err := loadShipped(dup); err == nil {
		t.Error("a duplicate id across files was accepted")
	}
}

func TestLexiconRejectsConflicts(t *testing.T) {
	if _, err := parseLexicon("a\tfoo|bar\nb\tbar\n"); err == nil {
		t.Error("a term in two concepts was accepted")
	}
	if _, err := parseLexicon("a\tfoo\na\tbar\n"); err == nil {
		t.Error("a concept defined twice was accepted")
	}
	if _, err := theLexicon(); err != nil {
		t.Fatalf("shipped synonyms: %v", err)
	}
}

func TestFoldAndStem(t *testing.T) {
	if got := Fold("Infecção Urinária AVC"); got != "infeccao urinaria avc" {
		t.Errorf("Fold = %q", got)
	}
	for in, want := range map[string]string{"infeccoes": "infeccao", "fractures": "fracture", "hospitais": "hospital", "pressao": "pressao", "glass": "glass", "crisis": "crisis", "pe": "pe"} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAbbreviationsAcrossLanguages(t *testing.T) {
	pairs := [][2]string{
		{"IAM", "myocardial infarction"}, {"AVC", "stroke"}, {"DPOC", "COPD"}, {"TEP", "pulmonary embolism"},
		{"ICC", "heart failure"}, {"DM", "diabetes"}, {"HAS", "hypertension"}, {"TVP", "DVT"}, {"IRA", "acute kidney injury"},
		{"infarto agudo do miocárdio", "heart attack"}, {"acidente vascular cerebral", "CVA"}, {"hipercalemia", "hyperkalemia"},
	}
	for _, p := range pairs {
		a, b := Expand(p[0]), Expand(p[1])
		if len(a) == 0 || len(b) == 0 || a[0] != b[0] {
			t.Errorf("%q → %v and %q → %v should meet on one concept", p[0], a, p[1], b)
		}
	}
	// Ambiguous abbreviations only count in capitals.
	for _, text := range []string{"the patient has pain", "dor no pé", "pe", "minha tia"} {
		for _, c := range Expand(text) {
			if c == "hypertension" || c == "pe" || c == "tia" {
				t.Errorf("%q wrongly expands to %s", text, c)
			}
		}
	}
}

func search(t *testing.T, q Query) []Result {
	t.Helper()
	ix, err := ShippedIndex()
	if err != nil {
		t.Fatal(err)
	}
	return ix.Search(q)
}

func ids(rs []Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.DocumentID)
	}
	return out
}

func TestSearchRanksTheRightSummaryFirst(t *testing.T) {
	cases := []struct {
		query, lang, want string
	}{
		{"IAM supra ST reperfusão", "", "kb:stemi-reperfusion"},
		{"STEMI reperfusion primary PCI", "", "kb:stemi-reperfusion"},
		{"AVC trombólise", "", "kb:stroke-befast-thrombolysis"},
		{"stroke thrombolysis", "", "kb:stroke-befast-thrombolysis"},
		{"DPOC exacerbação", "", "kb:copd-exacerbation-gold"},
		{"COPD", "pt-BR", "kb:copd-exacerbation-gold"},
		{"TEP", "", "kb:pe-wells-perc"},
		{"HAS", "", "kb:hypertension-management"},
		{"ICC", "", "kb:heart-failure-acute"},
		{"hyperkalemia ECG calcium", "", "kb:hyperkalaemia-uk-kidney"},
		{"infecção urinária", "", "kb:uti-uncomplicated"},
		{"infeccao urinaria", "", "kb:uti-uncomplicated"},
		{"Ottawa ankle x-ray", "", "kb:ottawa-ankle-rules"},
		{"sulfato de magnésio eclâmpsia", "", "kb:eclampsia-magnesium"},
		{"serotonin syndrome tramadol", "", "kb:serotonin-syndrome-hunter"},
		{"cetoacidose diabética", "", "kb:dka-ada"},
		{"DKA insulin potassium", "en", "kb:dka-ada"},
	}
	for _, c := range cases {
		rs := search(t, Query{Text: c.query, Language: c.lang, TopK: 5})
		if len(rs) == 0 || rs[0].DocumentID != c.want {
			t.Errorf("%q: got %v, want %s first", c.query, ids(rs), c.want)
			continue
		}
		if c.lang != "" && rs[0].Language != NormLang(c.lang) {
			t.Errorf("%q: language filter %s ignored (%s)", c.query, c.lang, rs[0].Language)
		}
	}
}

func TestSearchScoresAreOrderedAndExcerptsShort(t *testing.T) {
	rs := search(t, Query{Text: "chest pain troponin", TopK: 20})
	if len(rs) < 5 {
		t.Fatalf("only %d results", len(rs))
	}
	seen := map[string]bool{}
	for i, r := range rs {
		if i > 0 && r.RelevanceScore > rs[i-1].RelevanceScore {
			t.Errorf("result %d scores higher than %d", i, i-1)
		}
		if seen[r.DocumentID] {
			t.Errorf("%s listed twice", r.DocumentID)
		}
		seen[r.DocumentID] = true
		if r.Excerpt == "" || len(r.Excerpt) > excerptChars+len("…") {
			t.Errorf("%s: excerpt of %d bytes", r.DocumentID, len(r.Excerpt))
		}
		if r.Title == "" || r.Source == "" || r.Specialty == "" {
			t.Errorf("%s: missing fields %+v", r.DocumentID, r)
		}
	}
	if !strings.Contains(strings.ToLower(rs[0].Excerpt), "troponin") {
		t.Errorf("excerpt does not show the match: %q", rs[0].Excerpt)
	}
}

func TestSearchFiltersAndLimits(t *testing.T) {
	rs := search(t, Query{Text: "pain", Specialty: "orthopedics", TopK: 20})
	if len(rs) == 0 {
		t.Fatal("no orthopaedic results for pain")
	}
	for _, r := range rs {
		if r.Specialty != "orthopedics" {
			t.Errorf("specialty filter leaked %s (%s)", r.DocumentID, r.Specialty)
		}
	}
	if rs := search(t, Query{Text: "pain", TopK: 3}); len(rs) != 3 {
		t.Errorf("top_k 3 gave %d", len(rs))
	}
	if rs := search(t, Query{Text: "pain", TopK: 500}); len(rs) != MaxTopK {
		t.Errorf("top_k 500 gave %d, want the cap %d", len(rs), MaxTopK)
	}
	if rs := search(t, Query{Text: "the of and"}); len(rs) != 0 {
		t.Errorf("a stopword-only query matched %v", ids(rs))
	}
	if rs := search(t, Query{Text: "zzyzx qwerty"}); len(rs) != 0 {
		t.Errorf("nonsense matched %v", ids(rs))
	}
}

func TestUploadedLongDocumentIsSplitAndFound(t *testing.T) {
	docs, _ := Shipped()
	var b strings.Builder
	for i := 0; i < 60; i++ {
		b.WriteString("Routine clinic administration notes about scheduling and rooms. ")
	}
	b.WriteString("Snakebite envenomation requires antivenom and observation of coagulation for 24 hours. ")
	for i := 0; i < 60; i++ {
		b.WriteString("More routine notes about parking and cleaning. ")
	}
	up := Doc{ID: "kbd_test", Language: LangEN, Title: "Clinic handbook", Specialty: "emergency_medicine", Source: "Local protocol 2025", Text: b.String()}
	if n := len(splitPassages(up.Text)); n < 3 {
		t.Fatalf("long text split into %d passages", n)
	}
	ix := NewIndex(append(append([]Doc{}, docs...), up))
	rs := ix.Search(Query{Text: "snakebite antivenom"})
	if len(rs) == 0 || rs[0].DocumentID != "kbd_test" {
		t.Fatalf("uploaded document not found: %v", ids(rs))
	}
	if !strings.HasPrefix(rs[0].Excerpt, "Snakebite envenomation requires antivenom") {
		t.Errorf("excerpt is not the matching passage: %q", rs[0].Excerpt)
	}
	if ix.Len() != len(docs)+1 {
		t.Errorf("Len %d", ix.Len())
	}
}

func TestDetectLanguage(t *testing.T) {
	if DetectLanguage("Dor no peito com sudorese e falta de ar há duas horas") != LangPT {
		t.Error("Portuguese not detected")
	}
	if DetectLanguage("Chest pain with sweating and shortness of breath for two hours") != LangEN {
		t.Error("English not detected")
	}
}

func TestClip(t *testing.T) {
	s := strings.Repeat("ação ", 200)
	c := clip(s, 50)
	if len(c) > 50+len("…") || !strings.HasSuffix(c, "…") {
		t.Errorf("clip = %q", c)
	}
	if clip("short", 50) != "short" {
		t.Error("short text clipped")
	}
}
