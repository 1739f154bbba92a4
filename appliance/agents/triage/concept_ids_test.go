package triage

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/casemodel"
)

// A concept id the lexicon does not define makes Has/HasAny silently
// false, and the rule around it never fires. Every id the rules and the
// specialists ask for must be one the lexicon can find.
func TestRulesNameOnlyKnownConcepts(t *testing.T) {
	known := map[string]bool{}
	for _, id := range clinical.ConceptIDs() {
		known[id] = true
	}
	call := regexp.MustCompile(`\bc\.(Has|HasAny|Denied|Hx|Passing)\(([^)]*)\)`)
	lit := regexp.MustCompile(`"([a-z0-9_]+)"`)
	files, _ := filepath.Glob("*.go")
	spec, _ := filepath.Glob(filepath.Join("..", "specialists", "*.go"))
	checked := 0
	for _, f := range append(files, spec...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			for _, l := range lit.FindAllStringSubmatch(m[2], -1) {
				checked++
				if !known[l[1]] {
					t.Errorf("%s: c.%s names %q, which no lexicon concept defines", filepath.Base(f), m[1], l[1])
				}
			}
		}
	}
	if checked < 200 {
		t.Fatalf("only %d concept ids found in the rules", checked)
	}
}

// The concepts added when the test above found rules naming ids the
// lexicon lacked now make those rules fire.
func TestConceptsFoundMissingNowFire(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"en contact lens wearer, eye hurts and light bothers her", in(27, "female", "en", "my right eye hurts and bright light bothers my eyes", "Wears monthly contact lenses, slept in them.", "1 day", v, nil), "urgent", "microbial_keratitis"},
		{"en sickle cell pain with an erection that won't go down", in(19, "male", "en", "bad back pain and an erection that won't go down for 3 hours", "Known sickle cell disease (HbSS).", "5 hours", v, nil), "emergency", "sickle_crisis_complicated"},
		{"en calcium 12.4 with constipation", labCaseInput("en", "female", 66, "constipated and very thirsty", "", "1 week", v, nil, []casemodel.Lab{{Name: "calcium", Value: 12.4, Unit: "mg/dL"}}), "urgent", "hypercalcaemia_symptomatic_moderate"},
	})
}
