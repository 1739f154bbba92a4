package phi

import (
	"math/rand"
	"slices"
	"testing"
)

// TestURLAtMatchesPattern checks urlFindAll, the hand-written reURL, on
// blank-free stretches built from the pattern's pieces.
func TestURLAtMatchesPattern(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	pieces := []string{"http", "HTTPS", "https", "s", "://", ":/", "ftp", "FTP://", "www", "WWW.", "www.", ".", "..", "-", "/",
		"a", "Z", "x9", "0", "_", "example", "clinic-", "com", "COM", "org", "net", "edu", "gov", "mil", "io", "in", "info",
		"biz", "health", "care", "med", "us", "br", ".br", ".BR", "co", "he", "<", ">", "\"", "'", "[", "]", "{", "}", "|",
		"\\", "^", "`", "@", "?", "=", "&", "#", "%", ",", ";", ":", ")", "(", "!", "+", "~", "*", "é", "\v", "\x00", "ſ"}
	for n := 0; n < 300000; n++ {
		var b []byte
		for k := 1 + rng.Intn(10); k > 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := string(b)
		want := reURL.FindAllStringIndex(s, -1)
		got := urlFindAll(nil, s, 0)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !slices.EqualFunc(want, got, slices.Equal[[]int]) {
			t.Fatalf("%q: regexp %v, urlFindAll %v", s, want, got)
		}
	}
}
