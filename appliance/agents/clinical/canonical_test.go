package clinical

import "testing"

// TestCanonicalGeneric: a generic synonym maps to the table's generic, a
// known generic and an unknown name stay as they are, lower-cased.
func TestCanonicalGeneric(t *testing.T) {
	for in, want := range map[string]string{
		"valproic acid": "valproate",
		"Warfarin":      "warfarin",
		"xarelto":       "rivaroxaban",
		"unobtainium":   "unobtainium",
	} {
		if got := CanonicalGeneric(in); got != want {
			t.Errorf("CanonicalGeneric(%q) = %q, want %q", in, got, want)
		}
	}
}
