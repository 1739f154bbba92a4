package phi

import (
	"math/rand"
	"reflect"
	"regexp"
	"testing"
)

// The hand-written date scanners must find exactly what the regular
// expressions they replace found.
func TestDateScannersMatchRegexps(t *testing.T) {
	reDateNum := regexp.MustCompile(`\b(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})\b`)
	reDateISO := regexp.MustCompile(`\b((?:19|20)\d{2})([\-/.])(\d{1,2})([\-/.])(\d{1,2})\b`)
	r := rand.New(rand.NewSource(1))
	const alpha = "0123456789/.-19200 "
	for n := 0; n < 100000; n++ {
		b := make([]byte, 1+r.Intn(16))
		for i := range b {
			b[i] = alpha[r.Intn(len(alpha))]
		}
		v := string(b)
		for _, c := range []struct {
			re *regexp.Regexp
			f  func(string, int) ([]int, bool)
		}{{reDateNum, matchDateNum}, {reDateISO, matchDateISO}} {
			want := c.re.FindAllStringSubmatchIndex(v, -1)
			got := (&analysis{norm: v}).scanIn(cluster{s: 0, e: len(v)}, c.f)
			if len(want) == 0 && len(got) == 0 {
				continue
			}
			if !reflect.DeepEqual(want, got) {
				t.Fatalf("%q (%s): want %v, got %v", v, c.re, want, got)
			}
		}
	}
}
