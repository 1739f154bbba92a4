package triage

import (
	"strings"
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// ruleCase is one triage rule check: the input must get urgency want (one
// of several separated by "|") and, when flag is set, raise that flag.
type ruleCase struct {
	name string
	in   casemodel.Input
	want string
	flag string // "" = only the urgency is checked; "-code" = code must be absent
}

// checkRules runs assess on each case and checks urgency and flag.
func checkRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assess(c.in)
			ok := false
			for _, w := range splitBar(c.want) {
				ok = ok || r.Urgency == w
			}
			if !ok {
				t.Errorf("urgency %s, want %s (flags %+v)", r.Urgency, c.want, r.Flags)
			}
			if c.flag == "" {
				return
			}
			if absent, ok := strings.CutPrefix(c.flag, "-"); ok {
				// "-code": the flag must not be raised
				for _, f := range r.Flags {
					if f.Code == absent {
						t.Errorf("flag %s raised: %+v", absent, r.Flags)
					}
				}
				return
			}
			for _, f := range r.Flags {
				if f.Code == c.flag {
					return
				}
			}
			t.Errorf("flag %s missing: %+v", c.flag, r.Flags)
		})
	}
}

func splitBar(s string) []string { return strings.Split(s, "|") }

// routeCase is one routing check: the input must be routed to want.
type routeCase struct {
	in   casemodel.Input
	want string
}

// checkRoutes runs assess on each case and checks the routing.
func checkRoutes(t *testing.T, cases []routeCase) {
	t.Helper()
	for _, c := range cases {
		if r := assess(c.in); !casemodel.Contains(r.Specialties, c.want) {
			t.Errorf("%q not routed to %s: %v", c.in.Symptoms, c.want, r.Specialties)
		}
	}
}

// caseInput builds a case from the fields the round tests vary.
func caseInput(age int, sex, lang, sym, notes, dur string, v *casemodel.Vitals, meds []string) casemodel.Input {
	return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, SymptomDuration: dur, Vitals: v, Medications: meds}
}

// labCaseInput is caseInput with labs, in the argument order of the
// session-9 round tests.
func labCaseInput(lang, sex string, age int, sym, notes, dur string, v *casemodel.Vitals, meds []string, labs []casemodel.Lab) casemodel.Input {
	x := caseInput(age, sex, lang, sym, notes, dur, v, meds)
	x.Labs = labs
	return x
}
