package phi

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
)

//go:embed data/*.txt.gz
var dataFS embed.FS

// vocab holds the embedded word lists. Every folded entry (lower case, no
// diacritics; multi-word places and regions as one phrase) is keyed by its
// 64-bit FNV-1a hash, and maps to the lexical flags (lx* in tokens.go) of
// all the lists it is in. The table holds no pointers, so the garbage
// collector never has to scan it, and classifying a token costs one lookup.
// With ~600k keys a 64-bit hash collision is vanishingly unlikely, and a
// collision would only change a heuristic, never a checksum.
type vocab struct {
	flags    map[uint64]uint32
	maxPlace int // longest place name in words
}

// Flags only used inside vocab.flags.
const (
	vfEN uint32 = 1 << (24 + iota)
	vfPT
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func (v *vocab) lookup(s string) uint32      { return v.flags[hashString(s)] }
func (v *vocab) lookupBytes(b []byte) uint32 { return v.flags[hashBytes(b)] }
func (v *vocab) mark(w string, f uint32)     { v.flags[hashString(w)] |= f }

// loadList reads one embedded list and marks its entries with f; it
// returns the largest number of words in an entry.
func (v *vocab) loadList(name string, f uint32) (int, error) {
	raw, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return 0, fmt.Errorf("phi: vocabulary %s: %w", name, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return 0, fmt.Errorf("phi: vocabulary %s: %w", name, err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		return 0, fmt.Errorf("phi: vocabulary %s: %w", name, err)
	}
	maxWords := 0
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		w := sc.Bytes()
		if len(w) == 0 {
			continue
		}
		v.flags[hashBytes(w)] |= f
		if n := bytes.Count(w, []byte{' '}) + 1; n > maxWords {
			maxWords = n
		}
		if f == lxPlace {
			// every proper prefix of a multi-word place ("belo" of
			// "belo horizonte") lets placeMatch stop early
			for i, c := range w {
				if c == ' ' || c == '-' {
					v.flags[hashBytes(w[:i])] |= lxPlacePrefix
				}
			}
		}
	}
	return maxWords, sc.Err()
}

func loadVocab() (*vocab, error) {
	v := &vocab{flags: make(map[uint64]uint32, 700000)}
	lists := []struct {
		name string
		flag uint32
	}{
		{"given.txt.gz", lxGiven}, {"names.txt.gz", lxName}, {"en_words.txt.gz", vfEN},
		{"pt_words.txt.gz", vfPT}, {"medical.txt.gz", lxMedical}, {"places.txt.gz", lxPlace},
		{"regions.txt.gz", lxRegion},
	}
	for _, l := range lists {
		n, err := v.loadList(l.name, l.flag)
		if err != nil {
			return nil, err
		}
		if l.flag == lxPlace {
			v.maxPlace = n
		}
	}
	if v.maxPlace > 6 {
		v.maxPlace = 6
	}
	v.addCues()
	return v, nil
}

// addCues marks the cue words of lexicon.go.
func (v *vocab) addCues() {
	for _, m := range []map[string]bool{clinicalStop, weekdayWords, titleWords, relationWords} {
		for w := range m {
			v.mark(w, lxStop)
		}
	}
	for w := range labelTable {
		if len(w) > 1 && !containsAnyByte(w, " -/'") {
			v.mark(w, lxStop)
		}
		first := w
		for i := 0; i < len(w); i++ {
			if w[i] == ' ' || w[i] == '-' || w[i] == '/' || w[i] == '\'' {
				first = w[:i]
				break
			}
		}
		v.mark(first, lxLabel)
	}
	for _, w := range []string{"nº", "n°", "nro", "num"} {
		v.mark(w, lxLabel)
	}
	for w := range monthNames {
		v.mark(w, lxMonth)
	}
	for _, m := range []map[string]bool{orgPrefixHeads, orgSuffixHeads} {
		for w := range m {
			v.mark(w, lxOrgHead)
		}
	}
	for w := range particleWords {
		v.mark(w, lxParticle)
	}
	for w := range titleWords {
		v.mark(w, lxTitle)
	}
	for w := range relationWords {
		v.mark(w, lxRelation)
	}
	for _, m := range []map[string]bool{greetWords, closingWords} {
		for w := range m {
			v.mark(w, lxGreet)
		}
	}
	for w := range nameLabels {
		v.mark(w, lxNameLabel)
	}
	for w := range credWords {
		v.mark(w, lxCred)
	}
}

func containsAnyByte(s, chars string) bool {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(chars); j++ {
			if s[i] == chars[j] {
				return true
			}
		}
	}
	return false
}

// fakes are the word lists surrogates are drawn from: given names, surnames
// and place names taken from the embedded vocabularies (entries that are
// plain ASCII words and not common words), sampled evenly.
type fakes struct {
	given, surnames, cities []string
}

func loadFakes(v *vocab) (*fakes, error) {
	read := func(name string, keep func(string) bool, max int) ([]string, error) {
		raw, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			return nil, err
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, err
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			return nil, err
		}
		var all []string
		for _, l := range bytes.Split(body, []byte{'\n'}) {
			w := string(l)
			if len(w) >= 4 && len(w) <= 10 && isPlainWord(w) && keep(w) {
				all = append(all, w)
			}
		}
		if len(all) <= max {
			return titleCase(all), nil
		}
		out := make([]string, 0, max)
		step := float64(len(all)) / float64(max)
		for i := 0; i < max; i++ {
			out = append(out, all[int(float64(i)*step)])
		}
		return titleCase(out), nil
	}
	notCommon := func(w string) bool { return v.lookup(w)&(vfEN|vfPT|lxMedical|lxStop|lxRegion) == 0 }
	f := &fakes{}
	var err error
	if f.given, err = read("given.txt.gz", notCommon, 2000); err != nil {
		return nil, err
	}
	if f.surnames, err = read("names.txt.gz", func(w string) bool { return notCommon(w) && v.lookup(w)&lxGiven == 0 }, 3000); err != nil {
		return nil, err
	}
	if f.cities, err = read("places.txt.gz", func(w string) bool { return notCommon(w) && v.lookup(w)&(lxName|lxGiven) == 0 }, 1500); err != nil {
		return nil, err
	}
	return f, nil
}

func isPlainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func titleCase(ws []string) []string {
	for i, w := range ws {
		ws[i] = string(w[0]-32) + w[1:]
	}
	return ws
}
