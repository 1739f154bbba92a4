package phi

import "math/bits"

// Note-level summaries, made once per Detect call, so that a pass whose
// trigger cannot occur in the note returns at once instead of walking all
// the tokens (most passes fire on a few notes in ten). A precheck must be
// exact: it may only skip a pass that would have added nothing.

// summarize records the line-start tokens and the ASCII punctuation of
// the note (the tokens are final).
func (a *analysis) summarize() {
	ls := a.sc.lineStarts[:0]
	var p [2]uint64
	var cnt [tcCount]int32 // (the tokens of each class, see indexClasses)
	toks := a.toks
	for i := range toks {
		t := &toks[i]
		if i == 0 || t.nl {
			ls = append(ls, int32(i))
		}
		// (no branch: a token with no ch sets no bit)
		p[t.ch>>6] |= uint64(b2u(t.ch != 0)) << (t.ch & 63)
		cnt[tokClass(t)]++
	}
	a.sc.lineStarts, a.lineStarts = ls, ls
	a.puncts = p
	a.indexClasses(&cnt)
}

// hasPunct reports whether a one-byte punctuation token c is in the note
// (c < 0x80; isPunct(i, string(c)) can then be true for some i).
func (a *analysis) hasPunct(c byte) bool { return a.puncts[c>>6]&(1<<(c&63)) != 0 }

// hasCue reports whether some token of the note has one of the cue bits.
func (a *analysis) hasCue(bits uint64) bool { return a.cueAll&bits != 0 }

// lineOrAfter returns, in order, the tokens that start a line or follow
// the punctuation c (c < 0x80); lineStarts when c is not in the note.
// The lists for ':' and ']', which several passes ask for, are made once
// (each in its own buffer); the list for another c is made again each
// time.
func (a *analysis) lineOrAfter(c byte) []int32 {
	if !a.hasPunct(c) {
		return a.lineStarts
	}
	var buf *[]int32
	switch c {
	case ':':
		if a.loaColon != nil {
			return a.loaColon
		}
		buf = &a.sc.lineOrAfterColon
	case ']':
		if a.loaBracket != nil {
			return a.loaBracket
		}
		buf = &a.sc.lineOrAfterBracket
	default:
		buf = &a.sc.lineOrAfter
	}
	// (the line starts and the tokens after a c, merged)
	out := (*buf)[:0]
	ls, after := a.lineStarts, a.classToks(int(c))
	n := int32(len(a.toks))
	for len(ls) > 0 || len(after) > 0 && after[0]+1 < n {
		switch {
		case len(after) == 0 || after[0]+1 >= n || len(ls) > 0 && ls[0] < after[0]+1:
			out = append(out, ls[0])
			ls = ls[1:]
		case len(ls) > 0 && ls[0] == after[0]+1:
			out = append(out, ls[0])
			ls, after = ls[1:], after[1:]
		default:
			out = append(out, after[0]+1)
			after = after[1:]
		}
	}
	*buf = out
	switch c {
	case ':':
		a.loaColon = out
	case ']':
		a.loaBracket = out
	}
	return out
}

// Token classes: a one-byte punctuation token is of the class of its
// byte (1 … 0x7f); numbers, alphanumeric tokens and the other
// punctuation have their own; a word is of class 0.
const (
	tcNum    = 0x80
	tcAlnum  = 0x81
	tcUPunct = 0x82 // (punctuation of more than one byte: “, –, •)
	tcCount  = 0x83
)

// kindClass is the class of a token with no ch by its kind (kPunct&3 is
// 0; kWord&3, whose class is 0, is 1).
var kindClass = [4]uint8{kPunct & 3: tcUPunct, kNum & 3: tcNum, kAlnum & 3: tcAlnum}

// tokClass is the class of token t (see tcNum): its ch, or by its kind
// when it has none.
func tokClass(t *token) int {
	c := int(t.ch)
	return c | int(kindClass[t.kind&3])&-int(b2u(c == 0))
}

// indexClasses lists the tokens of each class, in order (a counting sort
// of summarize's counts cnt), so that a pass that wants a token of some
// class walks those only (classToks). Only the classes of the note get
// their place; classToks asks classBits first.
func (a *analysis) indexClasses(cnt *[tcCount]int32) {
	bs := [3]uint64{a.puncts[0], a.puncts[1], uint64(b2u(cnt[tcNum] != 0)) | uint64(b2u(cnt[tcAlnum] != 0))<<1 | uint64(b2u(cnt[tcUPunct] != 0))<<2}
	a.classBits = bs
	off := &a.sc.classOff
	var next [tcCount]int32
	var sum int32
	for w, b := range bs {
		for ; b != 0; b &= b - 1 {
			c := w<<6 | bits.TrailingZeros64(b)
			off[c], next[c] = sum, sum
			sum += cnt[c]
			off[c+1] = sum
		}
	}
	pos := a.sc.classPos
	if cap(pos) < int(sum) {
		pos = make([]int32, sum, int(sum)+int(sum)/4)
	}
	pos = pos[:sum]
	toks := a.toks
	for i := range toks {
		t := &toks[i]
		if c := tokClass(t); c != 0 {
			pos[next[c]] = int32(i)
			next[c]++
		}
	}
	a.sc.classPos = pos
}

// classToks returns, in order, the tokens of class c (a one-byte
// punctuation's byte, tcNum, tcAlnum or tcUPunct).
func (a *analysis) classToks(c int) []int32 {
	if a.classBits[c>>6]&(1<<(c&63)) == 0 {
		return nil
	}
	off := &a.sc.classOff
	return a.sc.classPos[off[c]:off[c+1]]
}

// classToksOf returns, in order, the tokens of the classes cs, in a
// buffer that the next call reuses (merged by a bit per token).
func (a *analysis) classToksOf(cs ...int) []int32 {
	bm := a.sc.classBitmap[:0]
	bm = append(bm, make([]uint64, (len(a.toks)+63)/64)...)
	for _, c := range cs {
		for _, p := range a.classToks(c) {
			bm[p>>6] |= 1 << (p & 63)
		}
	}
	out := a.sc.classMerged[:0]
	for w, b := range bm {
		for ; b != 0; b &= b - 1 {
			out = append(out, int32(w<<6|bits.TrailingZeros64(b)))
		}
	}
	a.sc.classBitmap, a.sc.classMerged = bm, out
	return out
}
