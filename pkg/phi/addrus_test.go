package phi

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The pattern addrUSAt replaced.
var (
	// US street addresses: "4410 Sunbury Road", "2200 N. Lakeshore Dr., Suite 410",
	// "1091 Boulevard SE", "5100 Broadway".
	reAddrUS = regexp.MustCompile(`^\d{1,6}[A-Z]?(?:-\d{1,5})?\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)(?: \.|\.)?\s+)?(?:(?:\d{1,4}(?:st|nd|rd|th)|[A-Z][A-Za-z'’.\-]*|[A-Z]{2,}|of|the|de|la|del)\s+){0,4}(?:` + streetTypes + `)\b\.?(?:,?\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?(?:,?\s+(?:(?:Apartment|Apt|Suite|Ste|Unit|Room|Rm|Floor|Fl|Building|Bldg|Lot|Space|Spc|Trailer|Trlr|Box|apt|suite|unit|#)\.?\s*#?\s*[A-Za-z0-9\-]+|\d{1,2}(?:st|nd|rd|th)\s+(?:[Ff]loor|[Ff]l\.?)))?`)
)

// addrUSAt must end every match where reAddrUS ends it, and match nothing
// else.
func TestAddrUSMatchesPattern(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	ws := []string{" ", "  ", "\n", "\t", "", " \n ", "\f"}
	slots := [][]string{
		{"4410", "2200", "12B", "5-7", "12-345678", "1234567", "7", "12A5", "0", "123456", "88-"},
		ws,
		{"N.", "NE", "North", "", "n", "S", "West.", "SW", "E.", "Nw"},
		ws,
		{"Old", "of", "the", "la", "del", "de", "dela", "mill", "Sunbury", "MAIN", "O'Neil", "O’Neil", "St.", "Mc-Kay", "2nd", "42nd", "12345th", "1st", "Park", "Grove", "x", "", "É", "Ñu", "A.B."},
		ws,
		{"Lakeshore", "St.", "", "of", "Grove", "x", "42nd", "Avenue", "N", "Road"},
		{" ", "  ", "\n", "", "\t"},
		{"Road", "Dr.", "Dr", "Street", "St", "Broadway", "Boulevard", "Way", "Rte", "road", "Park", "Ave", "Avenue", "Meadows", "Meadow", "Sta", "St2", "St_", "Stré", "Ter", "Terrace"},
		{"", ".", ",", ", ", " ", "é"},
		{" SE", ", NW", ",N", " N.", " North", " S", "\nE", ""},
		{",", ", ", " ", "  ", "", ",\n"},
		{"Suite 410", "Apt 3", "Apt. 3B", "#4", "# 12", "## 5", "2nd Floor", "3rd floor", "12th Fl.", "1st fl", "123rd Floor", "Flo 2", "Stevens", "Ste", "Unit-7", "Room", "Rm.#2", "Lot 5", "Bldg", "Space .", "Trlr-", "Apartment", "Apartment 2", "Floor", "x", "1st  Flo"},
		{"", " ", ".", ",", " Columbus", ", OH 43219", "\n"},
	}
	matched, n := 0, 300000
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := 0; k < len(slots); k++ {
			sl := slots[k]
			if rng.Intn(12) == 0 {
				sl = slots[rng.Intn(len(slots))]
			}
			if rng.Intn(20) == 0 {
				continue
			}
			b.WriteString(sl[rng.Intn(len(sl))])
			if k == 5 && rng.Intn(3) == 0 {
				k = 3 // more name words
			}
		}
		s := b.String()
		if rng.Intn(4) == 0 && len(s) > 0 {
			s = s[:rng.Intn(len(s))] // a window cut short
		}
		want := -1
		if m := reAddrUS.FindStringSubmatchIndex(s); m != nil {
			want = m[1]
			matched++
		}
		if got := addrUSAt(s); got != want {
			t.Fatalf("addrUSAt(%q) = %d, regexp %d", s, got, want)
		}
	}
	t.Logf("%d of %d match", matched, n)
	if matched < n/10 {
		t.Fatalf("only %d strings match", matched)
	}
}
