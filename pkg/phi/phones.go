package phi

// Hand-written matchers for the two phone patterns, which cost more as
// regexps than the rest of detectPhones:
//
//	US/NANP    (?:\+\s?1[\s.\-]?|\b1[\s.\-])?(?:\(\s?\d{3}\s?\)\s?|\b\d{3}[\s.\-])\d{3}[\s.\-]\d{4}\b
//	Brazilian  (?:\+\s?55[\s.\-]?)?(?:\(\s?0?\d{2}\s?\)\s?|\b0?\d{2}[\s.\-])9?\s?\d{4}[\s.\-]\d{4}\b
//
// Each tries the choices of its pattern in the pattern's order (an
// optional part taken first, the left alternative first), so that it ends
// each match where Go's leftmost-first regexp ends it; phones_test.go
// checks them against the patterns.

// phoneSep reports whether c is in [\s.\-].
func phoneSep(c byte) bool { return c == '.' || c == '-' || isRESpace(c) }

// opt returns the ends of an optional byte of class f at s[i:] in the
// order a greedy `?` tries them: past the byte when there is one, then i.
func opt(s string, i int, f func(byte) bool) ([2]int, int) {
	if i < len(s) && f(s[i]) {
		return [2]int{i + 1, i}, 2
	}
	return [2]int{i, i}, 1
}

func optByte(s string, i int, c byte) ([2]int, int) {
	if i < len(s) && s[i] == c {
		return [2]int{i + 1, i}, 2
	}
	return [2]int{i, i}, 1
}

// wordBoundary is \b at s[i] (ASCII word characters, as in Go's regexp).
func wordBoundary(s string, i int) bool {
	return (i > 0 && isWordByte(s[i-1])) != (i < len(s) && isWordByte(s[i]))
}

// digitsN reports whether s[i:i+n] are n digits.
func digitsN(s string, i, n int) bool {
	if i < 0 || i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return true
}

func byteAt(s string, i int, c byte) bool { return i < len(s) && s[i] == c }

// phoneUSAt returns the end of the US pattern matched at s[i:], or -1.
func phoneUSAt(s string, i int) int {
	// \+\s?1[\s.\-]?
	if byteAt(s, i, '+') {
		js, nj := opt(s, i+1, isRESpace)
		for _, j := range js[:nj] {
			if !byteAt(s, j, '1') {
				continue
			}
			ks, nk := opt(s, j+1, phoneSep)
			for _, k := range ks[:nk] {
				if e := phoneUSRest(s, k); e >= 0 {
					return e
				}
			}
		}
	}
	// \b1[\s.\-]
	if byteAt(s, i, '1') && i+1 < len(s) && phoneSep(s[i+1]) && wordBoundary(s, i) {
		if e := phoneUSRest(s, i+2); e >= 0 {
			return e
		}
	}
	return phoneUSRest(s, i)
}

// phoneUSRest matches (?:\(\s?\d{3}\s?\)\s?|\b\d{3}[\s.\-])\d{3}[\s.\-]\d{4}\b.
func phoneUSRest(s string, i int) int {
	if byteAt(s, i, '(') {
		js, nj := opt(s, i+1, isRESpace)
		for _, j := range js[:nj] {
			if !digitsN(s, j, 3) {
				continue
			}
			ks, nk := opt(s, j+3, isRESpace)
			for _, k := range ks[:nk] {
				if !byteAt(s, k, ')') {
					continue
				}
				ls, nl := opt(s, k+1, isRESpace)
				for _, l := range ls[:nl] {
					if e := phoneUSTail(s, l); e >= 0 {
						return e
					}
				}
			}
		}
	}
	if digitsN(s, i, 3) && i+3 < len(s) && phoneSep(s[i+3]) && wordBoundary(s, i) {
		return phoneUSTail(s, i+4)
	}
	return -1
}

// phoneUSTail matches \d{3}[\s.\-]\d{4}\b.
func phoneUSTail(s string, i int) int {
	if digitsN(s, i, 3) && i+3 < len(s) && phoneSep(s[i+3]) && digitsN(s, i+4, 4) && wordBoundary(s, i+8) {
		return i + 8
	}
	return -1
}

// phoneBRAt returns the end of the Brazilian pattern matched at s[i:], or -1.
func phoneBRAt(s string, i int) int {
	// \+\s?55[\s.\-]?
	if byteAt(s, i, '+') {
		js, nj := opt(s, i+1, isRESpace)
		for _, j := range js[:nj] {
			if !byteAt(s, j, '5') || !byteAt(s, j+1, '5') {
				continue
			}
			ks, nk := opt(s, j+2, phoneSep)
			for _, k := range ks[:nk] {
				if e := phoneBRRest(s, k); e >= 0 {
					return e
				}
			}
		}
	}
	return phoneBRRest(s, i)
}

// phoneBRRest matches (?:\(\s?0?\d{2}\s?\)\s?|\b0?\d{2}[\s.\-])9?\s?\d{4}[\s.\-]\d{4}\b.
func phoneBRRest(s string, i int) int {
	if byteAt(s, i, '(') {
		js, nj := opt(s, i+1, isRESpace)
		for _, j := range js[:nj] {
			zs, nz := optByte(s, j, '0')
			for _, z := range zs[:nz] {
				if !digitsN(s, z, 2) {
					continue
				}
				ks, nk := opt(s, z+2, isRESpace)
				for _, k := range ks[:nk] {
					if !byteAt(s, k, ')') {
						continue
					}
					ls, nl := opt(s, k+1, isRESpace)
					for _, l := range ls[:nl] {
						if e := phoneBRTail(s, l); e >= 0 {
							return e
						}
					}
				}
			}
		}
	}
	if wordBoundary(s, i) {
		zs, nz := optByte(s, i, '0')
		for _, z := range zs[:nz] {
			if digitsN(s, z, 2) && z+2 < len(s) && phoneSep(s[z+2]) {
				if e := phoneBRTail(s, z+3); e >= 0 {
					return e
				}
			}
		}
	}
	return -1
}

// phoneBRTail matches 9?\s?\d{4}[\s.\-]\d{4}\b.
func phoneBRTail(s string, i int) int {
	ns, nn := optByte(s, i, '9')
	for _, n := range ns[:nn] {
		js, nj := opt(s, n, isRESpace)
		for _, j := range js[:nj] {
			if digitsN(s, j, 4) && j+4 < len(s) && phoneSep(s[j+4]) && digitsN(s, j+5, 4) && wordBoundary(s, j+9) {
				return j + 9
			}
		}
	}
	return -1
}

// findPhones returns the leftmost non-overlapping matches of at (phoneUSAt
// or phoneBRAt) in the cluster, in norm offsets, like findIn with the
// pattern.
func (a *analysis) findPhones(cl cluster, at func(string, int) int) [][]int {
	s := a.norm[cl.s:cl.e]
	var out [][]int
	for i := 0; i < len(s); {
		if c := s[i]; c != '+' && c != '(' && !isDigit(c) {
			i++
			continue
		}
		e := at(s, i)
		if e < 0 {
			i++
			continue
		}
		out = append(out, []int{cl.s + i, cl.s + e})
		i = e
	}
	return out
}
