package phi

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
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
	flags     flagTable
	maxPlace  int // longest place name in words
	maxRegion int // longest state or country name in words

	// Portuguese morphology: the hunspell pt_BR list holds stems only
	// ("casar", "relatar"), so inflected forms ("casa", "relata",
	// "telefones") are recognised by undoing its suffix rules: ptStem maps
	// a stem's hash to the bit set of the suffix flags it takes, ptRules
	// the folded added suffix to the rules that add it.
	ptStem   stemTable
	ptRules  map[string][]ptStrip
	ptMaxAdd int
	// ptSufLens[c] has bit l set when some rule adds a suffix of l bytes
	// ending in byte c: most lengths are skipped without a map lookup.
	ptSufLens [256]uint32
}

// ptRule is one hunspell suffix rule: remove the added suffix, append
// strip, and the result must end as cond says and take the flag.
type ptRule struct {
	strip string
	flag  uint8
	cond  []condElem
}

// ptStrip groups the rules that add one suffix and strip the same string,
// so that the stem they all point to is looked up once.
type ptStrip struct {
	strip string
	flags uint64 // union of the rules' flags, to skip stems that take none
	rules []ptRule
}

// stemTable maps a Portuguese stem's hash to its suffix flags, laid out
// like flagTable (one cache line a lookup).
type stemTable struct {
	slots []stemSlot
	shift uint
	n     int
}

type stemSlot struct {
	fp   uint32
	bits uint64
}

func newStemTable(bits uint) stemTable {
	return stemTable{slots: make([]stemSlot, 1<<bits), shift: 64 - bits}
}

func (t *stemTable) get(h uint64) uint64 {
	if len(t.slots) == 0 {
		return 0
	}
	i, fp := (h*0x9E3779B97F4A7C15)>>t.shift, uint32(h)|1
	mask := uint64(len(t.slots) - 1)
	for {
		s := t.slots[i]
		if s.fp == fp {
			return s.bits
		}
		if s.fp == 0 {
			return 0
		}
		i = (i + 1) & mask
	}
}

func (t *stemTable) set(h, bits uint64) {
	if 4*(t.n+1) > 3*len(t.slots) {
		panic("phi: stem table full") // sized in loadVocab; never at run time
	}
	i, fp := (h*0x9E3779B97F4A7C15)>>t.shift, uint32(h)|1
	mask := uint64(len(t.slots) - 1)
	for {
		s := &t.slots[i]
		if s.fp == fp || s.fp == 0 {
			if s.fp == 0 {
				t.n++
			}
			s.fp, s.bits = fp, s.bits|bits
			return
		}
		i = (i + 1) & mask
	}
}

// condElem is one position of a hunspell affix condition: "." (any), a
// letter, or a bracketed set ("[aei]", "[^c]").
type condElem struct {
	any, neg bool
	set      string
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

func (v *vocab) lookup(s string) uint32      { return v.flags.get(hashString(s)) }
func (v *vocab) lookupBytes(b []byte) uint32 { return v.flags.get(hashBytes(b)) }
func (v *vocab) mark(w string, f uint32)     { v.flags.or(hashString(w), f) }

// flagTable is the vocabulary's hash table: open addressing with linear
// probing over one flat slice of 8-byte slots (a 32-bit fingerprint of the
// key's hash and the flags), so that a lookup costs one cache line where a
// Go map of this size costs two or three. Which slot a key starts at comes
// from the high bits of its mixed hash, the fingerprint from the low 32
// bits of the hash itself: with ~10^6 keys and 53 bits in all, a false
// match is as unlikely as in the 64-bit map it replaces. It holds no
// pointers, so the garbage collector never scans it.
type flagTable struct {
	slots []flagSlot
	shift uint
	n     int
}

type flagSlot struct{ fp, val uint32 }

func newFlagTable(bits uint) flagTable {
	return flagTable{slots: make([]flagSlot, 1<<bits), shift: 64 - bits}
}

func (t *flagTable) start(h uint64) (uint64, uint32) {
	return (h * 0x9E3779B97F4A7C15) >> t.shift, uint32(h) | 1
}

func (t *flagTable) get(h uint64) uint32 {
	i, fp := t.start(h)
	mask := uint64(len(t.slots) - 1)
	for {
		s := t.slots[i]
		if s.fp == fp {
			return s.val
		}
		if s.fp == 0 {
			return 0
		}
		i = (i + 1) & mask
	}
}

// or sets flags f on key hash h, inserting it if needed.
func (t *flagTable) or(h uint64, f uint32) {
	if 4*(t.n+1) > 3*len(t.slots) {
		panic("phi: vocabulary table full") // sized in loadVocab; never at run time
	}
	i, fp := t.start(h)
	mask := uint64(len(t.slots) - 1)
	for {
		s := &t.slots[i]
		if s.fp == fp {
			s.val |= f
			return
		}
		if s.fp == 0 {
			s.fp, s.val = fp, f
			t.n++
			return
		}
		i = (i + 1) & mask
	}
}

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
		if tab := bytes.IndexByte(w, '\t'); tab >= 0 {
			// "stem<TAB>flag,flag": suffix flags of a Portuguese stem
			var bits uint64
			for _, x := range bytes.Split(w[tab+1:], []byte{','}) {
				if n, err := strconv.Atoi(string(x)); err == nil && n >= 0 && n < 64 {
					bits |= 1 << uint(n)
				}
			}
			w = w[:tab]
			if bits != 0 && v.ptStem.slots != nil {
				v.ptStem.set(hashBytes(w), bits)
			}
		}
		v.flags.or(hashBytes(w), f)
		if n := bytes.Count(w, []byte{' '}) + 1; n > maxWords {
			maxWords = n
		}
		if f == lxPlace || f == lxForeignPlace {
			// every proper prefix of a multi-word place ("belo" of
			// "belo horizonte") lets placeMatch stop early
			for i, c := range w {
				if c == ' ' || c == '-' {
					v.flags.or(hashBytes(w[:i]), lxPlacePrefix)
				}
			}
		}
		if f == lxRegion {
			// the same for states and countries ("new" of "new jersey"),
			// for protectRegions
			for i, c := range w {
				if c == ' ' {
					v.flags.or(hashBytes(w[:i]), lxRegionPrefix)
				}
			}
		}
	}
	return maxWords, sc.Err()
}

func loadVocab() (*vocab, error) {
	// 2^21 slots: about 900k keys, under half full
	v := &vocab{flags: newFlagTable(21), ptStem: newStemTable(19)}
	lists := []struct {
		name string
		flag uint32
	}{
		{"given.txt.gz", lxGiven}, {"names.txt.gz", lxName}, {"en_words.txt.gz", vfEN},
		{"pt_words.txt.gz", vfPT}, {"medical.txt.gz", lxMedical}, {"places.txt.gz", lxPlace},
		{"regions.txt.gz", lxRegion}, {"demonyms.txt.gz", lxDemonym}, {"world_places.txt.gz", lxForeignPlace},
		{"drugs.txt.gz", lxMedical},
	}
	for _, l := range lists {
		n, err := v.loadList(l.name, l.flag)
		if err != nil {
			return nil, err
		}
		if (l.flag == lxPlace || l.flag == lxForeignPlace) && n > v.maxPlace {
			v.maxPlace = n
		}
		if l.flag == lxRegion {
			v.maxRegion = min(n, 6)
		}
	}
	if err := v.loadAffixes("pt_affix.txt.gz"); err != nil {
		return nil, err
	}
	if v.maxPlace > 6 {
		v.maxPlace = 6
	}
	v.addCues()
	return v, nil
}

// loadAffixes reads the Portuguese suffix rules: "flag<TAB>strip<TAB>add<TAB>cond".
func (v *vocab) loadAffixes(name string) error {
	raw, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("phi: vocabulary %s: %w", name, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("phi: vocabulary %s: %w", name, err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		return fmt.Errorf("phi: vocabulary %s: %w", name, err)
	}
	v.ptRules = make(map[string][]ptStrip, 8000)
	for _, line := range strings.Split(string(body), "\n") {
		p := strings.Split(line, "\t")
		if len(p) != 4 {
			continue
		}
		fl, err := strconv.Atoi(p[0])
		if err != nil || fl < 0 || fl >= 64 {
			continue
		}
		r := ptRule{strip: p[1], flag: uint8(fl), cond: parseCond(p[3])}
		groups := v.ptRules[p[2]]
		k := 0
		for k < len(groups) && groups[k].strip != r.strip {
			k++
		}
		if k == len(groups) {
			groups = append(groups, ptStrip{strip: r.strip})
		}
		groups[k].flags |= 1 << r.flag
		groups[k].rules = append(groups[k].rules, r)
		v.ptRules[p[2]] = groups
		if l := len(p[2]); l > 0 && l < 32 {
			v.ptSufLens[p[2][l-1]] |= 1 << uint(l)
		}
		if len(p[2]) > v.ptMaxAdd {
			v.ptMaxAdd = len(p[2])
		}
	}
	return nil
}

func parseCond(c string) []condElem {
	var out []condElem
	rs := []rune(c)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			out = append(out, condElem{any: true})
		case '[':
			j := i + 1
			e := condElem{}
			if j < len(rs) && rs[j] == '^' {
				e.neg = true
				j++
			}
			k := j
			for k < len(rs) && rs[k] != ']' {
				k++
			}
			e.set = string(rs[j:k])
			out = append(out, e)
			i = k
		default:
			out = append(out, condElem{set: string(rs[i])})
		}
	}
	return out
}

// condMatch reports whether w ends as the condition says.
func condMatch(w string, cond []condElem) bool {
	i := len(w)
	for k := len(cond) - 1; k >= 0; k-- {
		if i <= 0 {
			return false
		}
		r, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		e := cond[k]
		if e.any {
			continue
		}
		if strings.ContainsRune(e.set, r) == e.neg {
			return false
		}
	}
	return true
}

// ptAffixed reports whether folded f is a Portuguese stem with one of its
// suffixes ("relata" ← "relatar", "telefones" ← "telefone").
func (v *vocab) ptAffixed(f string) bool {
	var buf [64]byte
	n := len(f)
	if n > 48 || v.ptRules == nil {
		return false
	}
	lens := v.ptSufLens[f[n-1]]
	for l := 1; l <= v.ptMaxAdd && l < n; l++ {
		if lens&(1<<uint(l)) == 0 {
			continue
		}
		rs, ok := v.ptRules[f[n-l:]]
		if !ok {
			continue
		}
		for _, g := range rs {
			b := append(buf[:0], f[:n-l]...)
			b = append(b, g.strip...)
			if len(b) < 2 {
				continue
			}
			bits := v.ptStem.get(hashBytes(b))
			if bits&g.flags == 0 {
				continue
			}
			for _, r := range g.rules {
				if bits&(1<<r.flag) != 0 && condMatch(string(b), r.cond) {
					return true
				}
			}
		}
	}
	return false
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
	for _, w := range []string{"nº", "n°", "nro", "num", "obs", "nb", "ps", "att", "attn", "fyi", "fwd"} {
		v.mark(w, lxLabel)
	}
	// brands and makers that the Debian medical lists do not carry (drugs
	// and devices named in notes are not people), and the common words
	// and stop words each round added, from its roundNN.go
	for _, l := range []struct {
		words map[string]bool
		flag  uint32
	}{
		{extraMedical, lxMedical},
		{extraCommon, vfEN | vfPT},
		{products44, lxMedical}, // round44.go
		{common44, vfEN | vfPT},
		{stop44, lxStop},
		{medical45, lxMedical}, // round45.go
		{common45, vfEN | vfPT},
		{medical46, lxMedical}, // round46.go
		{common46, vfEN | vfPT},
		{medical47, lxMedical}, // round47.go
		{common47, vfEN | vfPT},
		{medical49, lxMedical}, // round49.go
		{common49, vfEN | vfPT},
		{stop49, lxStop},
		{medical50, lxMedical}, // round50.go
		{common50, vfEN | vfPT},
		{stop50, lxStop},
		{medical51, lxMedical}, // round51.go
		{common51, vfEN | vfPT},
		{stop51, lxStop},
		{medical52, lxMedical}, // round52.go
		{common52, vfEN | vfPT},
		{stop52, lxStop},
		{medical53, lxMedical}, // round53.go
		{common53, vfEN | vfPT},
		{stop53, lxStop},
		{medical54, lxMedical}, // round54.go
		{common54, vfEN | vfPT},
		{stop54, lxStop},
		{medical55, lxMedical}, // round55.go
		{common55, vfEN | vfPT},
		{stop55, lxStop},
		{ptCommon55, vfPT},
		{medical56, lxMedical}, // round56.go
		{common56, vfEN | vfPT},
		{stop56, lxStop},
		{medical57, lxMedical}, // round57.go
		{common57, vfEN | vfPT},
		{stop57, lxStop},
		{medical58, lxMedical}, // round58.go
		{stop58, lxStop},
	} {
		for w := range l.words {
			v.mark(w, l.flag)
		}
	}
	v.mark48() // (round48.go)
	for w := range posts46 {
		v.mark(w, lxStop)
	}
	for w := range languageNames42 {
		v.mark(w, lxDemonym)
	}
	for w := range languages55 {
		v.mark(w, lxDemonym) // (round55.go)
	}
	for w := range ethnicWords43 {
		v.mark(w, lxDemonym)
	}
	for w := range monthNames {
		v.mark(w, lxMonth)
	}
	for _, m := range []map[string]bool{orgPrefixHeads, orgSuffixHeads} {
		for w := range m {
			if !streetHeads52[w] {
				v.mark(w, lxOrgHead)
			}
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
	for w := range nameLabels57 {
		v.mark(w, lxNameLabel) // (round57.go)
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
