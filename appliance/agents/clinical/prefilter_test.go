package clinical

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The prefilter only skips regexps that cannot match: on every note we have
// (dev vignettes and every third case of the held-out sets, each in its
// language) the mentions found with and without it must be identical.
// (Every regexp over every case without the prefilter grew to minutes
// as the sets grew; a third of them still covers each set's wording.)
func TestPrefilterNeverChangesMentions(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.jsonl"))
	dev := filepath.Join("..", "..", "..", "..", "shared", "data", "vignettes", "dev.jsonl")
	if _, err := os.Stat(dev); err == nil {
		files = append(files, dev)
	}
	if len(files) < 3 {
		t.Fatalf("too few note files found: %v", files)
	}
	texts := 0
	for _, f := range files {
		stride := 3
		if f == dev {
			stride = 1
		}
		row := 0
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			var rec struct {
				Input map[string]any `json:"input"`
				Lang  string         `json:"lang"`
			}
			if row++; row%stride != 0 {
				continue
			}
			if json.Unmarshal(sc.Bytes(), &rec) != nil || rec.Input == nil {
				continue
			}
			var parts []string
			for _, k := range []string{"symptoms", "clinical_notes", "symptom_duration"} {
				if s, ok := rec.Input[k].(string); ok {
					parts = append(parts, s)
				}
			}
			// each text in its own language (the prefilter's literals do not
			// depend on it, and both languages over every set took minutes)
			lang := "en"
			if strings.HasPrefix(rec.Lang, "pt") {
				lang = "pt"
			}
			{
				text := dedupSentences(Fold(strings.Join(parts, ". \n")))
				prefilterOff = true
				want := findMentions(text, lang)
				prefilterOff = false
				got := findMentions(text, lang)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: prefilter changed the mentions of %q\ngot  %v\nwant %v", filepath.Base(f), text, got, want)
				}
				texts++
			}
		}
		fh.Close()
	}
	if texts < 200 {
		t.Fatalf("only %d texts checked", texts)
	}
}

func TestAnyOfLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string
	}{
		{`chest pain`, []string{"chest pain"}},
		{`(chest|retrosternal) (pain|ache)`, []string{"chest", "retrosternal"}},
		{`dor (no|em) peito|aperto no peito`, []string{" peito", "aperto no peito"}},
		{`a?b`, nil},
		{`(?i)chest`, nil},
		{`x+`, nil},
	} {
		if got := anyOf(tc.pattern); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("anyOf(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
}
