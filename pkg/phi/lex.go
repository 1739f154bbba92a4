package phi

import "strings"

// Token-level helpers shared by the name, organisation and location
// detectors.

func (a *analysis) tokText(i int) string { t := &a.toks[i]; return a.text[t.s:t.e] }

// folded returns the folded text of word token i (folded once for all
// tokens, in newAnalysis).
func (a *analysis) folded(i int) string {
	return a.folds[i]
}

// foldAll folds every token once. Tokens that are their own folded form
// (punctuation, numbers, lower-case ASCII words: most of a note) are
// slices of the text; the others are folded one after the other into one
// buffer, made one string and sliced from it.
func (a *analysis) foldAll() {
	n := len(a.toks)
	if cap(a.sc.folds) < n {
		a.sc.folds = make([]string, n)
	}
	folds := a.sc.folds[:n]
	text := a.text
	b := a.sc.foldBuf[:0]
	offs := a.sc.offs[:0] // (the index and the end in b of each folded token)
	toks := a.toks[:n]
	for i := range folds {
		// (t.fold is (t.kind == kWord || t.kind == kAlnum) &&
		// needsFold(a.text[t.s:t.e]), found by the tokenizer)
		t := &toks[i]
		w := text[t.s:t.e]
		if t.fold {
			b = appendFold(b, w)
			offs = append(offs, int32(i), int32(len(b)))
		} else {
			folds[i] = w
		}
	}
	all := string(b)
	for k, s := 0, 0; k+1 < len(offs); k += 2 {
		e := int(offs[k+1])
		folds[offs[k]] = all[s:e]
		s = e
	}
	a.sc.foldBuf, a.sc.offs = b, offs
	a.folds = folds
}

// b2u is b as 0 or 1. The filters at the head of the token loops test
// first what few tokens have, and when that takes several cheap tests of
// the token's fields they are combined with & and | over b2u: the
// compiler makes each a SETcc, so the loop has one branch, nearly always
// taken the same way, instead of a chain of branches that the predictor
// misses on every other token (whether a token is a word is a coin toss).
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

func (a *analysis) isWord(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].kind == kWord }

func (a *analysis) isPunct(i int, c string) bool {
	if uint(i) >= uint(len(a.toks)) {
		return false
	}
	t := &a.toks[i]
	if len(c) == 1 && c[0] < 0x80 {
		// (c is a constant where this is inlined: one byte compared; only
		// one-byte punctuation tokens have a ch, and the other tokens
		// have none)
		return t.ch == c[0] && c[0] != 0
	}
	return t.kind == kPunct && int(t.e-t.s) == len(c) && a.text[t.s:t.e] == c
}

func (v *vocab) isPT(f string) bool { return v.lookup(f)&vfPT != 0 }

// ptCommon looks a Portuguese word up with simple plural and gender folds.
func (v *vocab) ptCommon(f string) bool {
	return v.isPT(f) || v.ptFolded(f)
}

// ptFolded is ptCommon without the lookup of f itself (classify has its
// flags already).
func (v *vocab) ptFolded(f string) bool {
	n := len(f)
	if n > 3 && f[n-1] == 's' {
		if v.isPT(f[:n-1]) {
			return true
		}
		if n > 4 && f[n-2] == 'e' && v.isPT(f[:n-2]) {
			return true
		}
		if n > 4 && f[n-3:] == "oes" && v.isPT(f[:n-3]+"ao") {
			return true
		}
		if n > 4 && f[n-3:] == "ais" && v.isPT(f[:n-3]+"al") {
			return true
		}
	}
	if n > 3 && f[n-1] == 'a' && v.isPT(f[:n-1]+"o") {
		return true
	}
	return false
}

// ptDerived reports whether f is an inflected or prefixed form of a word
// of the Portuguese list ("relata", "telefones", "retomou", "desorientada").
func (v *vocab) ptDerived(f string) bool {
	if len(f) < 4 {
		return false
	}
	if v.ptAffixed(f) || v.ptInflected(f) {
		return true
	}
	for _, p := range ptPrefixesByFirst[f[0]] {
		if len(f)-len(p) >= 4 && f[:len(p)] == p {
			r := f[len(p):]
			// (a bare "a" prefixes verbs only, "aguardar" ← "guardar"; a
			// place, "Azambuja", is no "zambuja")
			if p == "a" {
				if n := len(r); (r[n-2:] == "ar" || r[n-2:] == "er" || r[n-2:] == "ir") && v.isPT(r) {
					return true
				}
				continue
			}
			if v.isPT(r) || v.ptAffixed(r) || v.ptInflected(r) {
				return true
			}
		}
	}
	return false
}

var ptPrefixes = []string{"re", "des", "in", "im", "pre", "sobre", "sub", "auto", "contra", "anti", "super",
	"hiper", "hipo", "inter", "multi", "pos", "semi", "co", "ex", "micro", "macro", "pseudo", "peri", "intra", "trans", "a", "pro"}

// ptPrefixesByFirst buckets ptPrefixes by their first byte, in order.
var ptPrefixesByFirst = func() (b [256][]string) {
	for _, p := range ptPrefixes {
		b[p[0]] = append(b[p[0]], p)
	}
	return b
}()

// ptVerbEndings maps the folded endings of Portuguese verb forms,
// participles, adverbs and diminutives to the endings of the lemma the
// hunspell list holds (it keeps stems only, not the affixed forms):
// "relata" → "relatar", "evoluiu" → "evoluir", "orientada" → "orientar",
// "informamos" → "informar", "rapidamente" → "rapido".
var ptVerbEndings = []struct{ suf, lemma string }{
	{"aramos", "ar"}, {"ariamos", "ar"}, {"assemos", "ar"}, {"avamos", "ar"}, {"eriamos", "er"}, {"iriamos", "ir"},
	{"issemos", "ir"}, {"essemos", "er"}, {"amente", "o"}, {"emente", "e"}, {"mente", ""},
	{"aram", "ar"}, {"arao", "ar"}, {"ariam", "ar"}, {"assem", "ar"}, {"avam", "ar"}, {"aremos", "ar"}, {"eram", "er"},
	{"erao", "er"}, {"eriam", "er"}, {"essem", "er"}, {"eremos", "er"}, {"iram", "ir"}, {"irao", "ir"}, {"iriam", "ir"},
	{"issem", "ir"}, {"iremos", "ir"}, {"ando", "ar"}, {"endo", "er"}, {"indo", "ir"},
	{"ados", "ar"}, {"adas", "ar"}, {"idos", "er"}, {"idos", "ir"}, {"idas", "er"}, {"idas", "ir"},
	{"amos", "ar"}, {"emos", "er"}, {"imos", "ir"}, {"aste", "ar"}, {"este", "er"}, {"iste", "ir"},
	{"asse", "ar"}, {"esse", "er"}, {"isse", "ir"}, {"aria", "ar"}, {"eria", "er"}, {"iria", "ir"},
	{"arei", "ar"}, {"erei", "er"}, {"irei", "ir"}, {"ara", "ar"}, {"era", "er"}, {"ira", "ir"}, {"ava", "ar"}, {"ado", "ar"}, {"ada", "ar"},
	{"ido", "er"}, {"ido", "ir"}, {"ida", "er"}, {"ida", "ir"}, {"ava", "ar"}, {"ia", "er"}, {"ia", "ir"},
	{"iam", "er"}, {"iam", "ir"}, {"ou", "ar"}, {"eu", "er"}, {"iu", "ir"}, {"ei", "ar"}, {"am", "ar"}, {"em", "er"},
	{"em", "ir"}, {"em", "ar"}, {"as", "ar"}, {"es", "er"}, {"es", "ir"}, {"ar", "ar"}, {"er", "er"}, {"ir", "ir"},
	{"inho", "o"}, {"inha", "a"}, {"inhos", "o"}, {"inhas", "a"}, {"issimo", "o"}, {"issima", "o"},
	{"a", "ar"}, {"e", "er"}, {"e", "ir"}, {"e", "ar"}, {"o", "ar"}, {"o", "er"}, {"o", "ir"}, {"i", "er"}, {"i", "ir"},
}

// ptEndingsByLast buckets ptVerbEndings by the last byte of the
// ending, in order: the only ones a word can end with.
var ptEndingsByLast = func() (b [256][]struct{ suf, lemma string }) {
	for _, e := range ptVerbEndings {
		c := e.suf[len(e.suf)-1]
		b[c] = append(b[c], e)
	}
	return b
}()

// ptInflected reports whether folded f is an inflected form of a word of
// the Portuguese list (see ptVerbEndings). It allocates nothing for words
// up to 40 bytes.
func (v *vocab) ptInflected(f string) bool {
	var buf [48]byte
	n := len(f)
	if n > 40 {
		return false
	}
	if n == 0 {
		return false
	}
	for _, e := range ptEndingsByLast[f[n-1]] {
		if n-len(e.suf) < 3 || f[n-len(e.suf):] != e.suf {
			continue
		}
		b := append(buf[:0], f[:n-len(e.suf)]...)
		b = append(b, e.lemma...)
		if v.lookupBytes(b)&vfPT != 0 {
			return true
		}
	}
	return false
}

// lookupAll looks every word token up in the vocabulary at once, and
// every token in the cue sets (see cue.go). The vocabulary table is far
// larger than the CPU caches, so each lookup is a cache miss; hashing first
// and then probing in a tight loop of independent loads lets the CPU
// overlap the misses, where lookups made one at a time from lexOf wait for
// each in turn.
func (a *analysis) lookupAll() {
	n := len(a.toks)
	hs := a.sc.hashes[:0]
	for i := range a.toks {
		hs = append(hs, hashString(a.folds[i]))
	}
	raws := a.sc.raws[:0]
	if cap(raws) < n {
		raws = make([]uint32, 0, n)
	}
	raws = raws[:n]
	cues := a.sc.cues[:0]
	if cap(cues) < n {
		cues = make([]uint64, 0, n)
	}
	cues = cues[:n]
	t := &a.v.flags
	clear(raws)
	for _, i := range a.wordToks {
		raws[i] = t.get(hs[i])
	}
	var all uint64
	folds := a.folds[:len(cues)]
	for i := range cues {
		// (cueTab.get's filter here, which most tokens fail, and get
		// called for the others)
		var c, kinds uint64
		if b := hs[i] >> (64 - cueFilterBits); cueTab.filter[b>>6]&(1<<(b&63)) != 0 {
			c, kinds = cueTab.get(hs[i], folds[i])
		}
		// compounds of clinic are heads too: "Neuroclínica", "Oftalmoclinic"
		// (no word of the cuPresence sets is one)
		if c == 0 && coinedClinic(folds[i]) {
			c = cuOrgPrefix | cuOrgSuffix
		}
		cues[i] = c
		all |= a.note39(i, c, kinds)
	}
	a.cueAll = all
	lexs := a.sc.lexs[:0]
	if cap(lexs) < n {
		lexs = make([]uint32, 0, n)
	}
	lexs = lexs[:n]
	clear(lexs)
	a.sc.hashes, a.sc.raws, a.sc.cues, a.sc.lexs = hs, raws, cues, lexs
	a.hashes, a.raws, a.cues, a.lexs = hs, raws, cues, lexs
}

// lexKnown marks an entry of analysis.lexs as computed (no lx flag uses
// the bit).
const lexKnown uint32 = 1 << 31

// lexOf classifies word token i (cached in a.lexs, which run fills
// first; small enough to be inlined, as it is called everywhere).
func (a *analysis) lexOf(i int) uint32 {
	if x := a.lexs[i]; x != 0 {
		return x ^ lexKnown
	}
	return a.lexFill(i)
}

// lexFill computes and caches the flags of token i (see lexOf).
//
//go:noinline
func (a *analysis) lexFill(i int) uint32 {
	x := a.classify(i)
	a.lexs[i] = x | lexKnown
	return x
}

// classify computes the lexical flags of token i (see lexOf).
func (a *analysis) classify(i int) uint32 {
	t := &a.toks[i]
	if t.kind != kWord {
		return 0
	}
	f := a.folded(i)
	raw := a.raws[i]
	x := raw &^ (vfEN | vfPT)
	if a.en && raw&vfEN != 0 || a.pt && (raw&vfPT != 0 || raw&vfEN != 0 && len(f) > 3) {
		x |= lxCommon
	} else if a.pt && raw&vfPT == 0 && a.v.ptFolded(f) {
		// (raw is f's lookup: ptCommon less isPT(f))
		x |= lxCommon
	} else if a.pt && t.shape != shLower && raw&(lxGiven|lxName|lxPlace) == 0 && a.v.ptDerived(f) {
		// (only capitalised words need it: the rules that look at lower-case
		// words ask for listed names, which this never affects)
		// inflected forms, but never at the expense of a listed name
		x |= lxCommon
	}
	// in English, a particle written with a diacritic in title case is a
	// surname that folds onto it ("Dr. Lê", "Đỗ"), not "le" or "do"
	if a.en && x&lxParticle != 0 && t.shape == shTitle && len(f) >= 2 && hasNonASCII(a.text[t.s:t.e]) {
		x = x&^(lxParticle|lxStop|lxCommon) | lxName
	}
	if x&(lxGiven|lxName|lxCommon|lxMedical|lxPlace|lxRegion|lxStop) == 0 && a.v.medicalShape(f) {
		x |= lxMedical
	} else if x&lxCommon != 0 && x&(lxGiven|lxName|lxPlace|lxMedical) == 0 && specialistNoun(f) {
		x |= lxMedical // "Dr. Renan Pediatra:", "Pediatra - CRM"
	}
	return x
}

// specialistNoun: f names a medical specialty or its specialist in
// Portuguese ("geriatra", "infectologista", "infectologia").
func specialistNoun(f string) bool {
	n := len(f)
	if n < 7 || f[n-1] != 'a' && f[n-1] != 'o' {
		return false
	}
	return strings.HasSuffix(f, "iatra") || strings.HasSuffix(f, "ologista") || strings.HasSuffix(f, "ologia") ||
		strings.HasSuffix(f, "ologo") || strings.HasSuffix(f, "ologa")
}

// nameStrong: a listed name that is not also a common, medical or cue word.
func (a *analysis) nameStrong(i int) bool {
	x := a.lexOf(i)
	return x&(lxGiven|lxName) != 0 && x&(lxCommon|lxMedical|lxRegion|lxStop|lxOrgHead|lxMonth|lxCred) == 0
}

// nameWeak: a listed name that is also something else (Hope, Costa, Young).
func (a *analysis) nameWeak(i int) bool {
	x := a.lexOf(i)
	return x&(lxGiven|lxName) != 0 && x&(lxStop|lxCred) == 0
}

// unknownWord: in no list at all (foreign names, brand names, typos).
func (a *analysis) unknownWord(i int) bool {
	x := a.lexOf(i)
	t := a.toks[i]
	return x&(lxGiven|lxName|lxCommon|lxMedical|lxPlace|lxRegion|lxStop|lxOrgHead|lxParticle|lxCred|lxMonth) == 0 && t.e-t.s >= 3
}

// nonName: a word that argues against a name (common, medical, cue word).
func (a *analysis) nonName(i int) bool {
	x := a.lexOf(i)
	if x&(lxStop|lxOrgHead|lxMonth|lxCred) != 0 {
		return x&lxGiven == 0 || x&(lxStop|lxCred) != 0
	}
	if x&(lxGiven|lxName) != 0 {
		return false
	}
	return x&(lxCommon|lxMedical|lxRegion) != 0
}

func (a *analysis) capShape(i int) bool {
	if i < 0 || i >= len(a.toks) || a.toks[i].kind != kWord {
		return false
	}
	sh := a.toks[i].shape
	return sh == shTitle || sh == shUpper || sh == shMixed || sh == shSingle
}

// sentenceStart reports whether token i opens a sentence or a line.
func (a *analysis) sentenceStart(i int) bool {
	if i == 0 || a.toks[i].nl {
		return true
	}
	p := a.toks[i-1]
	if p.kind == kPunct {
		c := a.text[p.s:p.e]
		switch c {
		case ".", "!", "?", ":", "•", "-", "*", ">", "[", "]":
			// "Dr." is not a sentence end
			if c == "." && i >= 2 && a.toks[i-2].kind == kWord && a.cue(i-2)&cuTitle != 0 {
				return false
			}
			if c == "." && i >= 2 && a.toks[i-2].shape == shSingle {
				return false // an initial
			}
			return true
		case "\"", "”":
			// a quotation's closing mark after its full stop: "… smells
			// like beer." Teacher reports … (round 53)
			if i >= 2 && p.gap == 0 && a.toks[i].gap > 0 {
				q := a.toks[i-2].ch
				return q == '.' || q == '!' || q == '?'
			}
		}
	}
	if p.kind == kNum && i >= 2 && a.toks[i-1].gap > 0 && a.toks[i-1].nl {
		return true // "1) ..."
	}
	// a list item's marker inside a line: "Sim. 3º) Qual o meio?", "… ;
	// b) Foi produzida …"
	if p.ch == ')' && i >= 3 && p.gap == 0 && (a.toks[i-2].kind == kNum && a.toks[i-2].e-a.toks[i-2].s <= 2 || a.ordinalAt(i-2)) {
		q := a.toks[i-3]
		return a.toks[i-2].nl || q.ch == '.' || q.ch == ':' || q.ch == ';' || q.ch == '?' || q.ch == '!'
	}
	return false
}

// hasNonASCII: s holds a byte outside ASCII (a letter with a diacritic).
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}
