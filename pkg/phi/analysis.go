package phi

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Priorities: when candidates of different types overlap, the higher wins.
const (
	pDictName = 10 + iota*10
	pLocation
	pCtxOrg
	pName
	pLocStrong
	pOrg
	pAddress
	pZip
	pGenericID
	pAge
	pDate
	pPhone
	pLabeled
	pStruct
	pChecksum
	pNet
)

type cand struct {
	s, e  int
	typ   string
	score float64
	prio  int
}

// analysis holds the state of one Detect call.
type analysis struct {
	d    *Detector
	v    *vocab
	text string
	en   bool
	pt   bool
	ocr  bool

	// norm is text with OCR noise reduced (digits re-joined, O/l read as
	// 0/1 next to digits); nidx maps each byte of norm to its byte in text.
	// For clean text norm == text and nidx is nil.
	norm string
	nidx []int32

	sc       *scratch
	toks     []token
	caps     []int32 // the indices of the capitalised word tokens (capShape)
	wordToks []int32 // the indices of the word tokens
	clusters []cluster
	rev      []int32
	folds    []string
	hashes   []uint64 // hashString of each folded token (lookupAll)
	raws     []uint32 // raw vocabulary flags of each word token (lookupAll)
	cues     []uint64 // cue bits of each token (cue.go)
	lexs     []uint32 // lexical flags of each token, | lexKnown once computed (lexOf)
	// tokFrom[p] is the index of the first token that starts at or after
	// byte p of text, for 0 <= p <= len(text) (indexTokens): the searches
	// over the tokens by byte offset are one load
	tokFrom []int32
	// lastLocEnd is the token index after the last location found.
	lastLocEnd int
	labelWords map[string]bool
	labelSeen  [64]uint64 // a bit filter of the fold hashes of labelWords
	orgEnds    map[int]bool
	// captureDepth bounds chains of names ("A / B / C")
	captureDepth int
	cands        []cand
	buf          []byte
	// taken marks bytes already claimed by a higher-priority structured
	// detection, so that name and location heuristics skip them.
	claimed []bool
	// tokClaimed[k] is isClaimed(a.toks[k]), kept by claim (claimedAt)
	tokClaimed []bool
	// claimN and claimMin record what claim has marked (see claim)
	claimN, claimMin int
	// regions holds the byte ranges of multi-word states and countries
	// ("New Jersey", "Rio Grande do Sul"): not PHI, so result drops a
	// name, place or organisation found wholly inside one (protectRegions)
	regions [][2]int
	// codes43 holds the byte ranges of a study's numbers (a protocol's,
	// an ethics approval's, a trial's registration): result drops any
	// candidate wholly inside one (protectStudyCodes43, round43.go)
	codes43 [][2]int

	// lineStarts holds the indices of the tokens that start a line, puncts
	// the ASCII punctuation of the note, cueAll the cue bits of all its
	// tokens (notesum.go: the prechecks of the passes)
	lineStarts []int32
	puncts     [2]uint64
	cueAll     uint64
	// classBits holds the token classes of the note (indexClasses)
	classBits [3]uint64
	// loaColon and loaBracket hold lineOrAfter(':') and lineOrAfter(']')
	// once made (nil before)
	loaColon, loaBracket []int32
	// r39Pos holds the tokens that are round 39's trigger words or number
	// words (note39, in lookupAll), r39Kind their kinds (read from the cue
	// table with the cue bits) and r39 the kinds of the note (has39,
	// round39.go)
	r39Pos  []int32
	r39Kind []uint64
	r39     uint64
	// users47 holds the user names found, to find them again
	// (propagateUsers47, round47.go)
	users47 []string
}

// scratch holds the per-call buffers, reused through a sync.Pool so that a
// Detect call allocates little.
type scratch struct {
	toks     []token
	caps     []int32
	wordToks []int32
	bools    []bool
	owner    []int32
	offs     []int32
	folds    []string
	foldBuf  []byte
	buf      []byte // (analysis.buf)
	hashes   []uint64
	raws     []uint32
	cues     []uint64
	lexs     []uint32
	cands    []cand
	acc      []Span
	clus     []cluster
	// maps reused across calls (cleared in release)
	labelWords, names, weakNames map[string]bool

	lineStarts, lineOrAfter []int32
	r39Pos                  []int32  // (round39.go: note39)
	r39Kind                 []uint64 // (round39.go: has39)
	// (the lists of lineOrAfter(':') and lineOrAfter(']'))
	lineOrAfterColon, lineOrAfterBracket []int32
	starts                               []int32
	words                                []int32 // nameWords
	tokFrom                              []int32 // (indexTokens)
	// the tokens by class, and where each class's run starts
	// (indexClasses)
	classPos    []int32
	classOff    [tcCount + 1]int32
	classMerged []int32  // (classToksOf)
	classBitmap []uint64 // (classToksOf)
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (a *analysis) release() {
	sc := a.sc
	if sc == nil {
		return
	}
	sc.toks = a.toks[:0]
	sc.cands = a.cands[:0]
	sc.buf = a.buf[:0]
	if a.clusters != nil {
		sc.clus = a.clusters[:0]
	}
	clear(sc.folds)
	clear(sc.labelWords)
	clear(sc.names)
	clear(sc.weakNames)
	*a = analysis{}
	scratchPool.Put(sc)
}

// boolBuf returns a zeroed []bool of length n carved from the scratch
// space (the claimed bytes and the name marks each get their own slice).
func (a *analysis) boolBuf(n int) []bool {
	sc := a.sc
	if cap(sc.bools)-len(sc.bools) < n {
		nb := make([]bool, len(sc.bools), 2*(len(sc.bools)+n))
		sc.bools = nb
	}
	start := len(sc.bools)
	sc.bools = sc.bools[:start+n]
	b := sc.bools[start : start+n : start+n]
	clear(b)
	return b
}

func newAnalysis(d *Detector, text, lang string) *analysis {
	sc := scratchPool.Get().(*scratch)
	sc.bools = sc.bools[:0]
	a := &analysis{d: d, v: d.v, text: text, sc: sc, cands: sc.cands[:0], buf: sc.buf[:0]}
	switch lang {
	case "en", "en-US", "en-GB":
		a.en = true
	case "pt-BR", "pt", "pt_BR", "pt-PT":
		a.pt = true
	default:
		a.en, a.pt = true, true
	}
	// (the tokens of text tell whether it looks like OCR; setText keeps
	// them when its working copy is text itself, as it mostly is)
	toks := tokenize(text, a.sc.toks[:0])
	ocr, spaced := ocrScan(text, toks)
	a.setText(text, ocr, toks)
	if a.text != text {
		spaced = letterSpacedToks(a.text, a.toks)
	}
	if spaced {
		// "R u a  d a s  F l o r e s": joined in the working copy, read as
		// OCR (rare: the text is tokenized again)
		if j := despaceLetters(text); j != text {
			a.setText(j, true, nil)
		}
	}
	// (made here, once the tokens are final, so that the accessors in the
	// hot loops, folded and isClaimed, need no nil check)
	a.foldAll()
	a.claimed = a.boolBuf(len(a.text) + 1)
	a.tokClaimed = a.boolBuf(len(a.toks))
	// (every index is written, and kept by advancing past it when the
	// token is capitalised: no branch on the coin toss of each token)
	// (and the word tokens in a.wordToks, the same way)
	caps, words := a.sc.caps[:0], a.sc.wordToks[:0]
	if cap(caps) < len(a.toks) {
		caps = make([]int32, 0, len(a.toks)+len(a.toks)/4)
	}
	if cap(words) < len(a.toks) {
		words = make([]int32, 0, len(a.toks)+len(a.toks)/4)
	}
	caps, words = caps[:len(a.toks)], words[:len(a.toks)]
	nc, nw := 0, 0
	for i, t := range a.toks {
		caps[nc], words[nw] = int32(i), int32(i)
		w := b2u(t.kind == kWord)
		nc += int(w & b2u(t.shape != shLower))
		nw += int(w)
	}
	caps, words = caps[:nc], words[:nw]
	a.sc.caps, a.caps = caps, caps
	a.sc.wordToks, a.wordToks = words, words
	a.indexTokens()
	a.summarize()
	return a
}

// setText prepares the working copies of text (see analysis.norm) and
// tokenizes it. toks, if not nil, are the tokens of text: they are kept
// when the working copy is text unchanged.
func (a *analysis) setText(text string, ocr bool, toks []token) {
	a.ocr = ocr
	a.norm, a.nidx = text, nil
	if ocr {
		a.norm, a.nidx = normalizeOCR(ocrWords(text))
		// words read with letters for zeros ("H0SPITAL", "D0B"); same
		// length, so offsets are unchanged
		a.text = ocrJoin(ocrOnes(ocrWords(text), a.v), a.v)
	} else {
		// words broken in syllables ("Ri car do", "Cam pi nas")
		a.text = ocrJoinChains(text, a.v)
	}
	if toks != nil && a.text == text {
		a.toks = toks
		return
	}
	a.toks = tokenize(a.text, a.sc.toks[:0])
}

func (a *analysis) add(s, e int, typ string, score float64, prio int) {
	if s < 0 || e > len(a.text) || s >= e {
		return
	}
	a.cands = append(a.cands, cand{s, e, typ, score, prio})
}

// addNorm adds a candidate given in norm offsets.
func (a *analysis) addNorm(s, e int, typ string, score float64, prio int) {
	if a.nidx == nil {
		a.add(s, e, typ, score, prio)
		return
	}
	if s < 0 || e > len(a.nidx) || s >= e {
		return
	}
	os := int(a.nidx[s])
	last := int(a.nidx[e-1])
	_, size := utf8.DecodeRuneInString(a.text[last:])
	a.add(os, last+size, typ, score, prio)
}

// run executes the detectors in order: structured patterns first, then the
// contextual ones, which skip what is already claimed.
func (a *analysis) run() {
	a.lookupAll() // the vocabulary and cue lookups of all tokens (lexOf, cue)
	a.protectRegions()
	a.detectPatterns()
	a.detectLabels40()
	a.detectAddresses()
	a.detectCapsAddresses()
	a.extendRuralAddresses()
	a.detectCrossStreets()
	a.extendStreetAddresses41()
	a.claim(pAddress)
	a.detectLineAddresses()
	a.detectGenericLabels()
	a.detectAnsweredIDs()
	a.detectLongNumbers()
	a.detectCopulaIDs()
	a.detectPrefixedCodes41()
	a.detectSpokenNumbers39()
	a.detectOrdinalDays()
	a.detectOrgs()
	a.detectKnown()
	a.detectLetterheadOrgs()
	a.detectCNPJOrgs()
	a.detectPublicOffices()
	a.detectFieldOrgs39()
	a.claim(pOrg)
	a.detectSaintNames()
	a.detectLocations()
	a.detectResidencePlaces()
	a.detectRegionCities()
	a.detectStopTowns()
	a.detectCounties()
	a.detectPlaceBeforeState()
	a.detectDatelinePlaces()
	a.districtAfterAddress()
	a.collectLabelWords40()
	a.detectChatSenders()
	a.detectChatSenderRoles()
	a.detectChatOrgSenders()
	a.detectBracketSenders()
	a.detectKinSenders38()
	a.detectLowerNameFields()
	a.detectLowerChatNames()
	a.detectMailDisplayNames()
	a.detectParenPatients()
	a.detectSignoffs()
	a.detectParenRelatives()
	a.detectNamesWithAges()
	a.detectAgeSexNames()
	a.detectCaretNames40()
	a.detectCommaNames()
	a.detectNicknames()
	a.detectGoesBy()
	a.detectContactPossessives()
	a.detectLowerCallers39()
	a.detectChatSelfNames()
	a.detectCallLogNames()
	a.detectEndInitials44()
	a.detectNames()
	a.claim(pName)
	a.detectRankNames41()
	a.detectUnits41()
	a.detectNameBeforeRelation41()
	a.detectAddresseeLines41()
	a.detectAddressedNames()
	a.detectContextOrgs()
	a.detectPracticeAfterName()
	a.detectWorkParens()
	a.extendOrgs()
	a.extendOrgTails()
	a.extendOrgs41()
	a.detectDottedInitials()
	a.detectInitialSurnameCred()
	a.detectTypistInitials()
	a.detectSignerInitials()
	a.detectStaffInitials40()
	a.detectMonthGiven()
	a.detectDashInitials()
	a.detectInitialSurnames()
	a.detectCouncilSigners()
	a.detectDefinedInitials()
	a.detectParenNicknames()
	a.detectParenGiven()
	a.detectListedNames()
	a.detectRosterNames()
	a.includeGivenTitles()
	a.detectArrowHandoff40()
	a.propagateNames()
	a.bridgeNameParticles()
	a.includeParticlesAfterTitle()
	a.includeLeadingParticles()
	a.includeHyphenedGiven()
	a.includeMiddleInitial()
	a.includeHyphenTail()
	a.includeUpperLineBefore()
	a.detectMotionPlaces()
	a.propagatePlaces()
	a.propagateOrgLeads()
	a.includePlaceHyphenTail()
	a.detectSpacedAges()
	a.detectWordAges()
	a.detectPronounAges()
	a.detectParenAges()
	a.detectTurnedAges39()
	a.typeIDs()
	a.extendIDPrefixes()
	a.detectIDPrefixes()
	a.detectWrappedNumbers40()
	a.extendSpacedYears()
	a.late41()
	a.late42()
	a.late43()
	a.late44()
	a.late45()
	a.late46()
	a.late47()
	a.late48()
	a.late49()
	a.late50()
	a.late51()
	a.late52()
	a.late53()
	a.late54()
	a.late55()
	a.late56()
	a.late57()
	a.late58()
	a.protectVehicles()
}

// isLabelWord reports whether word token k is in labelWords; the bit
// filter spares most tokens the map lookup.
func (a *analysis) isLabelWord(k int) bool {
	b := a.hashes[k] >> 52
	return a.labelSeen[b>>6]&(1<<(b&63)) != 0 && a.labelWords[a.folded(k)]
}

// claim marks the bytes of candidates with priority >= min, and the
// tokens whose first or last byte is now claimed. Candidates are only
// appended, so a call marks only what the last one left (the candidates
// added since, and the older ones of a priority it did not take), and
// updates only the tokens over the bytes it marks.
func (a *analysis) claim(min int) {
	tc := a.tokClaimed[:len(a.toks)]
	for k, c := range a.cands {
		if c.prio < min || k < a.claimN && c.prio >= a.claimMin {
			continue // below min, or marked by an earlier call
		}
		for i := c.s; i < c.e; i++ {
			a.claimed[i] = true
		}
		// the tokens that overlap [c.s, c.e) (the tokens are in order and
		// do not overlap)
		j := a.firstTokenEndingAfter(c.s)
		for ; j < len(a.toks) && int(a.toks[j].s) < c.e; j++ {
			t := a.toks[j]
			tc[j] = a.claimed[t.s] || a.claimed[t.e-1]
		}
	}
	// (every candidate before claimN of priority >= claimMin is marked)
	a.claimN, a.claimMin = len(a.cands), min
}

// indexTokens makes a.tokFrom (the tokens and the text are final).
func (a *analysis) indexTokens() {
	n := len(a.text)
	tf := a.sc.tokFrom
	// (four entries are written at a time, past the end of a token's
	// bytes: the next token writes its own over them; hence the slack)
	if cap(tf) < n+5 {
		tf = make([]int32, n+5, n+5+n/4)
	}
	tf = tf[:n+5]
	p := 0
	toks := a.toks
	for k := range toks {
		// (the bytes after the last start, up to this token's start)
		s := int(toks[k].s)
		v := [4]int32{int32(k), int32(k), int32(k), int32(k)}
		for ; p <= s; p += 4 {
			*(*[4]int32)(tf[p : p+4]) = v
		}
		p = s + 1
	}
	seg := tf[p : n+1]
	for j := range seg {
		seg[j] = int32(len(a.toks))
	}
	tf = tf[:n+1]
	a.sc.tokFrom, a.tokFrom = tf, tf
}

// firstTokenEndingAfter returns the index of the first token that ends
// after byte p (len(a.toks) if none): the token before the first one
// that starts at or after p, if p is inside it, else that one (the
// tokens are in order and do not overlap).
func (a *analysis) firstTokenEndingAfter(p int) int {
	if uint(p) < uint(len(a.tokFrom)) {
		k := int(a.tokFrom[p])
		if k > 0 && int(a.toks[k-1].e) > p {
			k--
		}
		return k
	}
	return a.searchTokenEndingAfter(p)
}

// searchTokenEndingAfter is firstTokenEndingAfter for any p, with no
// index: a binary search, written out.
func (a *analysis) searchTokenEndingAfter(p int) int {
	// (branch-free, see b2u: the branch of a binary search is a coin toss
	// at every step)
	toks := a.toks
	if len(toks) == 0 {
		return 0
	}
	base, n := 0, len(toks)
	for n > 1 {
		half := n / 2
		base += half & -int(b2u(int(toks[base+half-1].e) <= p))
		n -= half
	}
	if int(toks[base].e) <= p {
		base++
	}
	return base
}

// firstTokenFrom returns the index of the first token that starts at or
// after byte p (len(a.toks) if none): a.tokFrom[p].
func (a *analysis) firstTokenFrom(p int) int {
	if uint(p) < uint(len(a.tokFrom)) {
		return int(a.tokFrom[p])
	}
	return a.searchTokenFrom(p)
}

// searchTokenFrom is firstTokenFrom for any p, with no index: sort.Search
// over the starts, branch free like searchTokenEndingAfter.
func (a *analysis) searchTokenFrom(p int) int {
	toks := a.toks
	if len(toks) == 0 {
		return 0
	}
	base, n := 0, len(toks)
	for n > 1 {
		half := n / 2
		base += half & -int(b2u(int(toks[base+half-1].s) < p))
		n -= half
	}
	if int(toks[base].s) < p {
		base++
	}
	return base
}

// tokenAt is slices.BinarySearchFunc over the token starts for byte p:
// the first token starting at or after p, and whether it starts at p.
func (a *analysis) tokenAt(p int) (int, bool) {
	k := a.firstTokenFrom(p)
	return k, k < len(a.toks) && int(a.toks[k].s) == p
}

// claimedAt is isClaimed(a.toks[k]), one load.
func (a *analysis) claimedAt(k int) bool { return a.tokClaimed[k] }

// isClaimed reports whether the first or the last byte of t is claimed
// (a.claimed is made with the tokens, in newAnalysis).
func (a *analysis) isClaimed(t token) bool {
	c := a.claimed
	return c[t.s] || c[t.e-1]
}

// result resolves overlapping candidates: same-type overlaps are merged,
// then higher priority (then higher score, then longer) wins.
func (a *analysis) result() []Span {
	min := a.d.minScore
	cs := a.cands[:0]
	for _, c := range a.cands {
		if c.score >= min && a.outsideRegions(&c) && (len(a.codes43) == 0 || a.outsideCodes43(&c)) {
			cs = append(cs, c)
		}
	}
	slices.SortFunc(cs, func(x, y cand) int {
		if x.prio != y.prio {
			return y.prio - x.prio
		}
		if x.score != y.score {
			if x.score > y.score {
				return -1
			}
			return 1
		}
		if lx, ly := x.e-x.s, y.e-y.s; lx != ly {
			return ly - lx
		}
		return x.s - y.s
	})
	// owner[i] = index+1 of the accepted span covering byte i.
	if cap(a.sc.owner) < len(a.text) {
		a.sc.owner = make([]int32, len(a.text))
	}
	owner := a.sc.owner[:len(a.text)]
	clear(owner)
	acc := a.sc.acc[:0]
	defer func() { a.sc.acc = acc[:0] }()
	for _, c := range cs {
		free := true
		sameOnly := true
		for i, prev := c.s, int32(0); i < c.e; i++ {
			if o := owner[i]; o != 0 {
				free = false
				if o != prev {
					// (a run of bytes of one owner is checked once)
					if acc[o-1].Type != c.typ {
						sameOnly = false
						break
					}
					prev = o
				}
			}
		}
		if free {
			acc = append(acc, Span{c.s, c.e, c.typ, c.score})
			for i := c.s; i < c.e; i++ {
				owner[i] = int32(len(acc))
			}
			continue
		}
		if sameOnly {
			// Extend: claim the free bytes as part of the same type; they
			// are merged with their neighbours below.
			acc = append(acc, Span{c.s, c.e, c.typ, c.score})
			for i := c.s; i < c.e; i++ {
				if owner[i] == 0 {
					owner[i] = int32(len(acc))
				}
			}
			continue
		}
		// Partial overlap with another type: keep the free parts if they
		// hold a letter or digit of their own (e.g. a name beside a date).
		i := c.s
		for i < c.e {
			for i < c.e && owner[i] != 0 {
				i++
			}
			j := i
			for j < c.e && owner[j] == 0 {
				j++
			}
			if j > i && c.typ != TypeName && c.typ != TypeOrganization && c.typ != TypeLocation && c.typ != TypeAddress {
				i = j
				continue
			}
			if j > i && hasAlnum(a.text[i:j]) && c.typ == TypeName && a.wordAligned(i, j) {
				acc = append(acc, Span{i, j, c.typ, c.score})
				for k := i; k < j; k++ {
					owner[k] = int32(len(acc))
				}
			}
			i = j
		}
	}
	// Rebuild spans from owners: consecutive bytes of the same type merge.
	// (The owned bytes are those of the accepted spans, each of which
	// owns or finds owned all its bytes: the bytes up to the next span's
	// start are passed at once.)
	starts := a.sc.starts[:0]
	for _, sp := range acc {
		starts = append(starts, int32(sp.Start))
	}
	slices.Sort(starts)
	a.sc.starts = starts
	out := make([]Span, 0, len(acc))
	i := 0
	for i < len(owner) {
		if owner[i] == 0 {
			for len(starts) > 0 && int(starts[0]) <= i {
				starts = starts[1:]
			}
			if len(starts) == 0 {
				break
			}
			i = int(starts[0])
			continue
		}
		sp := acc[owner[i]-1]
		j := i
		score := sp.Score
		for prev := int32(0); j < len(owner) && owner[j] != 0; j++ {
			if o := owner[j]; o != prev {
				// (a run of bytes of one owner is checked once)
				if acc[o-1].Type != sp.Type {
					break
				}
				if s := acc[o-1].Score; s > score {
					score = s
				}
				prev = o
			}
		}
		s, e := trimSpan(a.text, i, j)
		if s < e && loneLetterBefore(a.text, owner, s, e, sp.Type) {
			s -= 2 // "MRN W 8 8 2 1 4 7 7": the letter of a spaced identifier
		}
		if s < e {
			out = append(out, Span{s, e, sp.Type, score})
		}
		i = j
	}
	return out
}

// wordAligned reports whether [i,j) does not cut a word in two.
func (a *analysis) wordAligned(i, j int) bool {
	if i > 0 && isAlnumByteAt(a.text, i-1) && isAlnumByteAt(a.text, i) {
		return false
	}
	if j < len(a.text) && isAlnumByteAt(a.text, j-1) && isAlnumByteAt(a.text, j) {
		return false
	}
	return true
}

func isAlnumByteAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError {
		// inside a multi-byte rune: find its start
		k := i
		for k > 0 && !utf8.RuneStart(s[k]) {
			k--
		}
		r, _ = utf8.DecodeRuneInString(s[k:])
	}
	return isLetter(r) || ('0' <= r && r <= '9') || r > 0x7f && isDigitRune(r)
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if isLetter(r) || isDigitRune(r) {
			return true
		}
	}
	return false
}

// trimSpan trims white space and light punctuation from both ends and puts
// the ends on rune boundaries.
func trimSpan(text string, s, e int) (int, int) {
	// (a byte that starts no rune is 10xxxxxx)
	for s < e && text[s]&0xc0 == 0x80 && !runeBoundary(text, s) {
		s++
	}
	for e < len(text) && text[e]&0xc0 == 0x80 && !runeBoundary(text, e) {
		e++
	}
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if r == '(' && !containsByte(text[s:e], ')') || isTrimRune(r) {
			s += size
			continue
		}
		break
	}
	for e > s {
		r, size := rune(text[e-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(text[s:e])
		}
		if r == ')' && !containsByte(text[s:e], '(') || isTrimRune(r) || r == '.' && e-size > s && !isInitialDot(text, e-size) {
			e -= size
			continue
		}
		break
	}
	return s, e
}

// isInitialDot reports whether the dot at i ends an initial ("J.") or an
// abbreviation that belongs to the span ("St.", "Jr.").
func isInitialDot(text string, i int) bool {
	if i < 1 {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if !isLetter(r) {
		return false
	}
	k := i - size
	if k == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(text[:k])
	return !isLetter(p) || p == '.'
}

func isTrimRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', ',', ';', ':', '[', ']', '{', '}', '<', '>', '"', '\'', '|', '*', '_', '·', '–', '—':
		return true
	}
	return r == utf8.RuneError
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' }

// runeBoundary reports whether i is where a rune starts when s is decoded
// as Go does (an invalid byte is a rune of its own).
func runeBoundary(s string, i int) bool {
	if i <= 0 || i >= len(s) || utf8.RuneStart(s[i]) {
		return true
	}
	k := i - 1
	for k > 0 && i-k < utf8.UTFMax && !utf8.RuneStart(s[k]) {
		k--
	}
	j := k
	for j < i {
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
	}
	return j == i
}

// loneLetterBefore reports whether an identifier spelled digit by digit
// ("8 8 2 1 4 7 7") has a lone capital letter one space before it that
// belongs to it ("W 8 8 2 1 4 7 7") and that nothing else claimed.
func loneLetterBefore(text string, owner []int32, s, e int, typ string) bool {
	switch typ {
	case TypeMRN, TypeID, TypeAccount, TypeHealthPlan, TypeLicense:
	default:
		return false
	}
	if s < 2 || e-s < 5 || !isDigit(text[s]) || text[s+1] != ' ' || !isDigit(text[s+2]) {
		return false
	}
	if text[s-1] != ' ' || !isASCIIUpper(text[s-2]) || owner[s-2] != 0 {
		return false
	}
	return s == 2 || text[s-3] == ' ' || text[s-3] == '\t' || text[s-3] == '#' // ("EMT  #C 4 4 1 2 0")
}

// protectRegions finds multi-word states and countries ("New Jersey",
// "Rio Grande do Sul", "Nova Zelândia"): their words are ordinary names
// and places one by one, but the phrase is a region, which the contract
// keeps. A phrase that is also a city ("São Paulo", "New York") is
// protected only after a city and a comma ("Albany, New York"); elsewhere
// the city reading is the one that can identify.
func (a *analysis) protectRegions() {
	a.regions = a.regions[:0]
	n := len(a.toks)
	next := 0 // (a region's words are passed over)
	for _, wi := range a.wordToks {
		i := int(wi)
		if i < next {
			continue
		}
		if a.raws[i]&lxRegionPrefix == 0 || a.toks[i].kind != kWord || !a.capShape(i) || a.afterDistrictHead(i) {
			continue
		}
		buf := append(a.buf[:0], a.folded(i)...) // (appendFold of its text)
		best := -1
		// "Albany, New York": after a city and a comma it is the state
		afterCity := a.en && i >= 2 && a.isPunct(i-1, ",") && a.capShape(i-2) && a.lexOf(i-2)&(lxPlace|lxForeignPlace|lxGiven|lxName) != 0
		for j := i + 1; j < n && j-i < a.v.maxRegion; j++ {
			t := a.toks[j]
			if t.kind != kWord || t.nl || t.gap != 1 {
				break
			}
			buf = append(buf, ' ')
			buf = append(buf, a.folded(j)...)
			fl := a.v.lookupBytes(buf)
			if fl&lxRegion != 0 && (fl&lxPlace == 0 || afterCity) && a.capShape(j) {
				best = j
			}
			if fl&lxRegionPrefix == 0 {
				break
			}
		}
		a.buf = buf
		if best > 0 {
			a.regions = append(a.regions, [2]int{int(a.toks[i].s), int(a.toks[best].e)})
			next = best + 1
		}
	}
}

// outsideRegions drops a name, place or organisation wholly inside a
// protected region (protectRegions), and cuts the region off a name or
// place that runs into one ("Charlotte, North" of "Charlotte, North
// Carolina"). It reports whether anything of c is left.
func (a *analysis) outsideRegions(c *cand) bool {
	if len(a.regions) == 0 || c.typ != TypeName && c.typ != TypeLocation && c.typ != TypeOrganization {
		return true
	}
	for _, r := range a.regions {
		switch {
		case c.e <= r[0] || c.s >= r[1]:
		case c.s >= r[0] && c.e <= r[1]:
			return false
		case c.typ == TypeOrganization:
		case c.s < r[0] && c.e <= r[1]:
			c.e = r[0]
			for c.e > c.s && strings.IndexByte(" ,;-/(", a.text[c.e-1]) >= 0 {
				c.e--
			}
		case c.s >= r[0] && c.e > r[1]:
			c.s = r[1]
			for c.s < c.e && strings.IndexByte(" ,;-/)", a.text[c.s]) >= 0 {
				c.s++
			}
		}
	}
	return c.e > c.s
}
