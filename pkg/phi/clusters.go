package phi

import "regexp"

// numeric clusters: maximal stretches of norm made of digits and the
// separators of dates, phones and identifiers ("(614) 555-0187",
// "12/06/1958", "707 7881 0970 3076"). Numeric patterns only ever run
// inside a cluster, which keeps the regexp work proportional to the
// numbers in the text rather than to its length.
type cluster struct {
	s, e   int  // norm offsets
	digits int  // number of digits
	seps   byte // bit set: 1 '/', 2 '-', 4 '.', 8 ' ', 16 '(' or ')', 32 '+'
	glued  bool // a letter touches its start
	dots   int
}

func (a *analysis) numericClusters() []cluster {
	if a.clusters != nil {
		return a.clusters
	}
	s := a.norm
	n := len(s)
	out := a.sc.clus[:0]
	for i := 0; i < n; {
		// skip the bytes that cannot start a cluster, eight at a time
		for i+8 <= n {
			x := load64(s, i)
			if m := rangeLanes(x, '0', '9') | byteLanes(x, '(') | byteLanes(x, '+'); m != 0 {
				i += firstLane(m)
				break
			}
			i += 8
		}
		for i < n && !clusterStart[s[i]] {
			i++
		}
		if i == n {
			break
		}
		c := s[i]
		start := -1
		switch {
		case isDigit(c):
			start = i
		case (c == '(' || c == '+') && i+1 < n && (isDigit(s[i+1]) || s[i+1] == ' ' && i+2 < n && isDigit(s[i+2])):
			start = i
		}
		if start < 0 {
			i++
			continue
		}
		cl := cluster{s: start, glued: start > 0 && (isASCIILetter(s[start-1]) || s[start-1] >= 0x80)}
		j := start
		for j < n {
			b := s[j]
			switch {
			case isDigit(b):
				cl.digits++
			case b == '/':
				cl.seps |= 1
			case b == '-':
				cl.seps |= 2
			case b == '.':
				cl.seps |= 4
				cl.dots++
			case b == '(' || b == ')':
				cl.seps |= 16
			case b == '+':
				cl.seps |= 32
			case b == ' ':
				// one space, between number parts
				if j+1 < n && (isDigit(s[j+1]) || s[j+1] == '(') && j > start && (isDigit(s[j-1]) || s[j-1] == ')' || s[j-1] == '-' || s[j-1] == '+') {
					cl.seps |= 8
				} else {
					goto done
				}
			default:
				goto done
			}
			j++
		}
	done:
		// trim trailing separators
		for j > start && !isDigit(s[j-1]) && s[j-1] != ')' {
			j--
		}
		cl.e = j
		cl.seps, cl.dots = 0, 0
		for k := cl.s; k < cl.e; k++ {
			switch s[k] {
			case '/':
				cl.seps |= 1
			case '-':
				cl.seps |= 2
			case '.':
				cl.seps |= 4
				cl.dots++
			case ' ':
				cl.seps |= 8
			case '(', ')':
				cl.seps |= 16
			case '+':
				cl.seps |= 32
			}
		}
		if cl.e > cl.s && cl.digits > 0 {
			out = append(out, cl)
		}
		if j <= i {
			j = i + 1
		}
		i = j
	}
	if out == nil {
		out = []cluster{}
	}
	a.clusters = out
	return out
}

// clusterStart marks the bytes a cluster may start with.
var clusterStart = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['('], t['+'] = true, true
	return
}()

// findIn runs re inside cluster cl and returns matches in norm offsets.
func (a *analysis) findIn(re *regexp.Regexp, cl cluster) [][]int {
	ms := re.FindAllStringSubmatchIndex(a.norm[cl.s:cl.e], -1)
	for _, m := range ms {
		for k := range m {
			if m[k] >= 0 {
				m[k] += cl.s
			}
		}
	}
	return ms
}

// matchAt runs the anchored re on norm at pos (at most max bytes).
func (a *analysis) matchAt(re *regexp.Regexp, pos, max int) []int {
	if pos < 0 || pos >= len(a.norm) {
		return nil
	}
	end := pos + max
	if end > len(a.norm) {
		end = len(a.norm)
	}
	m := re.FindStringSubmatchIndex(a.norm[pos:end])
	for k := range m {
		if m[k] >= 0 {
			m[k] += pos
		}
	}
	return m
}

// normPos maps an offset in text to the corresponding offset in norm
// (small enough to be inlined: clean text, the usual case, maps to itself).
func (a *analysis) normPos(i int) int {
	if a.nidx == nil {
		return i
	}
	return a.normPosOCR(i)
}

// normPosOCR is normPos for text with an OCR view.
func (a *analysis) normPosOCR(i int) int {
	if a.rev == nil {
		a.rev = make([]int32, len(a.text)+1)
		k := 0
		for t := 0; t <= len(a.text); t++ {
			for k < len(a.nidx) && int(a.nidx[k]) < t {
				k++
			}
			a.rev[t] = int32(k)
		}
	}
	if i < 0 {
		return 0
	}
	if i > len(a.text) {
		i = len(a.text)
	}
	return int(a.rev[i])
}

// findShapes is a hand-written findIn for fixed-shape patterns between
// word boundaries (`\b...\b`, as Go's regexp reads them: ASCII word
// characters), tried in order at each position like an alternation:
// 'd' is a digit, 'S' is '-' or '.', 'N' is a digit 1-9, 'o' an optional
// ' ' or '.' (taken when present), any other byte itself. It returns the
// leftmost non-overlapping matches in norm offsets, like
// FindAllStringIndex.
func (a *analysis) findShapes(cl cluster, shapes ...string) [][]int {
	s := a.norm[cl.s:cl.e]
	var out [][]int
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || i > 0 && isWordByte(s[i-1]) {
			i++
			continue
		}
		end := -1
		for _, sh := range shapes {
			if e := matchShape(s, i, sh); e >= 0 && (e == len(s) || !isWordByte(s[e])) {
				end = e
				break
			}
		}
		if end < 0 {
			i++
			continue
		}
		out = append(out, []int{cl.s + i, cl.s + end})
		i = end
	}
	return out
}

// matchShape returns the end of shape sh matched at s[i:], or -1.
func matchShape(s string, i int, sh string) int {
	for k := 0; k < len(sh); k++ {
		c := sh[k]
		if c == 'o' {
			if i < len(s) && (s[i] == ' ' || s[i] == '.') {
				i++
			}
			continue
		}
		if i >= len(s) {
			return -1
		}
		b := s[i]
		switch c {
		case 'd':
			if !isDigit(b) {
				return -1
			}
		case 'N':
			if b < '1' || b > '9' {
				return -1
			}
		case 'S':
			if b != '-' && b != '.' {
				return -1
			}
		default:
			if b != c {
				return -1
			}
		}
		i++
	}
	return i
}
