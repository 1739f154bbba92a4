package clinical

import "testing"

// Expected state of a concept in a phrase (wording tests of every round).
const (
	present = iota
	denied
	absent
)

// phrase is one wording case: in lang, text must leave concept in state want.
type phrase struct {
	lang, text, concept string
	want                int
}

// checkPhrases builds a case from each phrase and checks the concept's state.
func checkPhrases(t *testing.T, cases []phrase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+" "+c.text+" "+c.concept, func(t *testing.T) {
			k := build(c.lang, c.text)
			got := absent
			if k.Has(c.concept) {
				got = present
			} else if k.Denied(c.concept) {
				got = denied
			}
			if got != c.want {
				t.Errorf("%s: got %d, want %d (0 present, 1 denied, 2 absent; findings %v, negated %v)", c.concept, got, c.want, k.Findings, k.Negated)
			}
		})
	}
}
