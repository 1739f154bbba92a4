package phi

// Note-level summaries, made once per Detect call, so that a pass whose
// trigger cannot occur in the note returns at once instead of walking all
// the tokens (most passes fire on a few notes in ten). A precheck must be
// exact: it may only skip a pass that would have added nothing.

// summarize records the line-start tokens and the ASCII punctuation of
// the note (the tokens are final).
func (a *analysis) summarize() {
	ls := a.sc.lineStarts[:0]
	var p [2]uint64
	for i := range a.toks {
		t := &a.toks[i]
		if i == 0 || t.nl {
			ls = append(ls, int32(i))
		}
		// (no branch: a token with no ch sets no bit)
		p[t.ch>>6] |= uint64(b2u(t.ch != 0)) << (t.ch & 63)
	}
	a.sc.lineStarts, a.lineStarts = ls, ls
	a.puncts = p
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
	out := (*buf)[:0]
	for i := range a.toks {
		if i == 0 || a.toks[i].nl || a.toks[i-1].ch == c {
			out = append(out, int32(i))
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
