package phi

import (
	"net"
	"regexp"
	"strconv"
	"strings"
)

// Pattern detectors. They run on a.norm (see ocr.go); Go's regexp is RE2,
// so each scan is linear in the input.

var (
	reURL  = regexp.MustCompile(`(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>"'\]\[{}|\\^` + "`" + `]+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|org|net|edu|gov|mil|io|info|biz|health|care|med|us|br)(?:\.br)?(?:/[^\s<>"'\]\[{}|\\^` + "`" + `]*)?`)
	reIPv4 = regexp.MustCompile(`\b(?:\d{1,3}\.){3}\d{1,3}\b`)

	// US/NANP numbers, (614) 555-0187, 614-555-0123, 773.555.0192,
	// 1-800-555-0199, +1 619 555 0190, are matched by phoneUSAt and
	// Brazilian numbers, (16) 99134-2087, 31 98455-1092, +55 11 2963-4410,
	// by phoneBRAt (phones.go); extensions by rePhoneExt. (Bare local
	// numbers 555-0199, Brazilian mobiles 99134-2087, SSN, CPF and CNS are
	// matched by findShapes; shapesTest checks them against the patterns
	// they replace.)
	rePhoneExt = regexp.MustCompile(`^\s*,?\s*(?i:x|ext\.?|extension|ramal|r\.)\s*\d{1,6}\b`)

	reSSNMasked = regexp.MustCompile(`^(?i)(?:xxx|\*{3}|###)\s{0,2}-?\s{0,2}(?:xx|\*{2}|##)\s{0,2}-?\s{0,2}(\d{4})\b`)

	reCNPJAnchored = regexp.MustCompile(`^(?:[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-\d{2}|[0-9A-Z]{12}\d{2})\b`)
	reCNPJ         = regexp.MustCompile(`\b[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-\d{2}\b|\b[0-9A-Z]{12}\d{2}\b`)

	// Professional councils: CRM-SP 148.552, CRM/SP 187.204, COREN-MG 287.441,
	// CRP 06/118457, CRM 12345-SP, COREN-SP 412.887-ENF (category suffix),
	// CREFITO-3 214587-F (numbered region), CREF 004417-G/GO (round 55); a
	// lawyer's OAB/RJ 98.114; OCR doubles the blanks ("CRESS  7ª  Região
	// nº  3.104").
	reRQE     = regexp.MustCompile(`^RQE\s?(?:n[º°o]\.?\s?)?:?\s?(\d(?:[\d.]*\d)?)`)
	reCouncil = regexp.MustCompile(`^(?:CRM|CREMESP|COREN|CRP|CRO|CRBM|CRTR|CRF|CREFITO|CREFONO|CRN|CRFa|CRESS|CRMV|CRBio|CREA|CREF|OAB)\s?[\-/]?\s?(?:[A-Z]{2}\s{0,2}\d{1,2}ª\s{0,2}Região\s{1,2}|[A-Z]{2}\s?|\d{1,2}\s|\d{1,2}ª\s{0,2}Região\s{1,2})?(?:n[º°o]\.?\s{0,2})?:?\s?\d[\d.\-/]*\d(?:\s?[\-/]\s?[A-Z]{2}\b|-(?:ENF|TE|AE|AUX|IR|F|TO|LTDA)\b|-[GP]/[A-Z]{2}\b)?|^(?:CRM|COREN|CRO|CRP)\s?[\-/]?\s?\d[\d.]*`)

	// Vehicle plates: Mercosul ABC1D23; old ABC-1234 (context needed).

	// Dates: see matchDateNum and matchDateISO (dates.go).

	// Ages over 89.
)

func (a *analysis) detectPatterns() {
	s := a.norm
	a.detectEmails()
	for _, ln := range urlLines(s) {
		for _, m := range urlMatches(s, ln[0], ln[1]) {
			st, en := m[0], m[1]
			for en > st && strings.IndexByte(".,;:)!?", s[en-1]) >= 0 {
				en--
			}
			if st > 0 && s[st-1] == '@' {
				continue // the domain of an e-mail address
			}
			v := s[st:en]
			if !strings.Contains(strings.ToLower(v), "www.") && !strings.Contains(v, "://") {
				if en-st < 6 || strings.IndexByte(v, '/') < 0 && strings.Count(v, ".") < 1 || isFileOrDose(v) {
					continue
				}
				if st > 0 && (s[st-1] == '.' || isASCIILetter(s[st-1])) {
					continue
				}
			}
			a.addNorm(st, en, TypeURL, 0.95, pNet)
		}
	}
	for _, cl := range a.numericClusters() {
		// (a cluster glued to a word at its start may hold an address
		// after it: "AE PRCH_CR1 (10.88.4.27)", round 53)
		if cl.dots >= 3 {
			for _, m := range a.findIn(reIPv4, cl) {
				if m[0] > 0 && (s[m[0]-1] == '.' || s[m[0]-1] == '/') || m[1] < len(s)-1 && s[m[1]] == '.' && isDigit(s[m[1]+1]) ||
					cl.glued && (m[0] == cl.s || m[0] > 0 && (isASCIILetter(s[m[0]-1]) || isDigit(s[m[0]-1]) || s[m[0]-1] >= 0x80)) {
					continue
				}
				// a version of a device's software: "software 7.6.0.2"
				if a.cueBefore(m[0], 12, "software", "firmware", "version", "versão", "build") {
					continue
				}
				if ip := net.ParseIP(s[m[0]:m[1]]); ip != nil {
					a.addNorm(m[0], m[1], TypeIP, 0.95, pNet)
				}
			}
		}
	}
	a.detectIPv6()
	a.detectPhones()
	a.detectBrokenPhones()
	a.detectNationalIDs()
	a.detectDates()
	a.detectAges()
	a.detectPlates()
	a.detectCourtNumbers()
}

// urlLines returns the lines of s that may hold a URL (a scheme, "www."
// or a dot before a known top-level domain), so that the URL pattern only
// runs where it can match.
func urlLines(s string) [][2]int {
	var out [][2]int
	// ("://" looked for once in the whole text, not line by line:
	// round42.go)
	scheme := strings.Contains(s, "://")
	for lineStart := 0; lineStart <= len(s); {
		lineEnd := strings.IndexByte(s[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(s)
		} else {
			lineEnd += lineStart
		}
		if urlLine(s, lineStart, lineEnd, scheme) {
			out = append(out, [2]int{lineStart, lineEnd})
		}
		lineStart = lineEnd + 1
	}
	return out
}

// urlLine reports whether s[ls:le] holds "://", "www." or a dot before a
// known top-level domain; only the dots and colons are visited (the
// colons only when scheme says the text holds "://").
func urlLine(s string, ls, le int, scheme bool) bool {
	line := s[ls:le]
	if scheme && strings.Contains(line, "://") {
		return true
	}
	for off := 0; ; {
		d := strings.IndexByte(line[off:], '.')
		if d < 0 {
			return false
		}
		i := ls + off + d
		off += d + 1
		if i >= 3 && i-3 >= ls && strings.EqualFold(s[i-3:i], "www") {
			return true
		}
		if !(i > 0 && isASCIILetter(s[i-1]) && i+2 < len(s) && isASCIILetter(s[i+1])) {
			continue
		}
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) && j-i <= 7 {
			j++
		}
		if (j == len(s) || !isASCIILetter(s[j])) && j-i-1 <= 6 {
			var low [8]byte
			for k := i + 1; k < j; k++ {
				low[k-i-1] = s[k] | 0x20
			}
			if tlds[string(low[:j-i-1])] {
				return true
			}
		}
	}
}

// urlMatches returns reURL's matches in s[ls:le] (in s offsets). No match
// holds a blank (\s), and a blank before or after a stretch reads as the
// start or end of the text for \b, so the pattern runs only on the blank-
// free stretches that hold "://", "www." or a dot before a top-level
// domain: in a note, few do.
func urlMatches(s string, ls, le int) [][]int {
	var out [][]int
	for i := ls; i < le; {
		if isRESpace(s[i]) {
			i++
			continue
		}
		j, maybe := i, false
		for ; j < le && !isRESpace(s[j]); j++ {
			switch s[j] {
			case ':':
				maybe = maybe || j+2 < le && s[j+1] == '/' && s[j+2] == '/'
			case '.':
				maybe = maybe || tldAt(s[j+1:le]) || j-3 >= i && strings.EqualFold(s[j-3:j], "www")
			}
		}
		if maybe {
			out = urlFindAll(out, s[i:j], i)
		}
		i = j
	}
	return out
}

// urlFindAll appends reURL's matches in w, a blank-free stretch, to out
// (offset by off). A stretch of ASCII is matched by hand (urlAt), which
// finds what the pattern finds: leftmost first, and at each start the
// scheme or "www." before the domain.
func urlFindAll(out [][]int, w string, off int) [][]int {
	if hasNonASCII(w) {
		// ((?i) folds some non-ASCII letters onto the pattern's: "ſ" is "s")
		for _, m := range reURL.FindAllStringIndex(w, -1) {
			out = append(out, []int{m[0] + off, m[1] + off})
		}
		return out
	}
	for p := 0; p < len(w); {
		if e := urlAt(w, p); e > p {
			out = append(out, []int{p + off, e + off})
			p = e
			continue
		}
		p++
	}
	return out
}

// urlAt returns the end of reURL's match at w[p:] (w is ASCII and holds
// no blank), or -1.
func urlAt(w string, p int) int {
	// (\b: every match starts with a letter or a digit)
	if !isASCIILetter(w[p]) && !isDigit(w[p]) || p > 0 && isWordByte(w[p-1]) {
		return -1
	}
	// a scheme or "www.", then one byte or more outside urlStop
	e := -1
	switch {
	case urlPrefixFold(w[p:], "https://"):
		e = p + 8
	case urlPrefixFold(w[p:], "http://"):
		e = p + 7
	case urlPrefixFold(w[p:], "ftp://"):
		e = p + 6
	case urlPrefixFold(w[p:], "www."):
		e = p + 4
	}
	if e > 0 {
		q := e
		for q < len(w) && !urlStop[w[q]] {
			q++
		}
		if q > e {
			return q
		}
	}
	// labels of letters, digits and hyphens joined by dots, then a dot and
	// a top-level domain: the greedy labels give back the dots from the
	// last, so the last dot before a domain ends the name
	var dots [16]int
	nd := 0
	more := []int(nil)
	q := p + 1
	for q < len(w) && isURLLabel(w[q]) {
		q++
	}
	for q < len(w) && w[q] == '.' {
		if nd < len(dots) {
			dots[nd] = q
		} else {
			more = append(more, q)
		}
		nd++
		r := q + 1
		for r < len(w) && isURLLabel(w[r]) {
			r++
		}
		if r == q+1 {
			break // an empty label: no dot after this one
		}
		q = r
	}
	for k := nd - 1; k >= 0; k-- {
		d := 0
		if k < len(dots) {
			d = dots[k]
		} else {
			d = more[k-len(dots)]
		}
		t := urlTLDAt(w[d+1:])
		if t == 0 {
			continue
		}
		e := d + 1 + t
		if urlPrefixFold(w[e:], ".br") {
			e += 3
		}
		if e < len(w) && w[e] == '/' {
			e++
			for e < len(w) && !urlStop[w[e]] {
				e++
			}
		}
		return e
	}
	return -1
}

// urlTLDAt returns the length of the first of reURL's top-level domains
// (in its order) that w starts with, in any case, or 0.
func urlTLDAt(w string) int {
	for _, t := range urlTLDs {
		if urlPrefixFold(w, t) {
			return len(t)
		}
	}
	return 0
}

// urlPrefixFold reports whether s starts with the lower-case ASCII
// prefix, in any case of the ASCII letters.
func urlPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// isURLLabel: [a-z0-9\-] in any case.
func isURLLabel(c byte) bool { return isASCIILetter(c) || isDigit(c) || c == '-' }

// urlStop marks the bytes of reURL's [^\s<>"'\]\[{}|\\^`].
var urlStop = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\f\r<>\"']\\[{}|^`") {
		t[c] = true
	}
	return
}()

// isRESpace reports whether c is in the regexp class \s.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// tldAt reports whether s starts with one of reURL's top-level domains,
// in any case (the pattern does not need a boundary after it).
func tldAt(s string) bool {
	for k := 0; k < len(s) && k < 6; k++ {
		if s[k] >= 0x80 {
			return true // (?i) also folds some non-ASCII letters ("ſ" is "s")
		}
	}
	for _, t := range urlTLDs {
		if len(s) >= len(t) && strings.EqualFold(s[:len(t)], t) {
			return true
		}
	}
	return false
}

// urlTLDs are the top-level domains of reURL.
var urlTLDs = []string{"com", "org", "net", "edu", "gov", "mil", "io", "info", "biz", "health", "care", "med", "us", "br"}

var tlds = set(`com org net edu gov mil io info biz health care med us br`)

// detectEmails expands around each '@'.
func (a *analysis) detectEmails() {
	s := a.norm
	from := 0
	for {
		k := strings.IndexByte(s[from:], '@')
		if k < 0 {
			return
		}
		at := from + k
		from = at + 1
		// (OCR spaces the @ off its parts: "hnakamurareyes @ cox.net",
		// "e.montoya84@ gmail.com")
		ll := at
		if a.ocr && ll > 1 && s[ll-1] == ' ' && isEmailLocal(s[ll-2]) {
			ll--
		}
		l := ll
		for l > 0 && isEmailLocal(s[l-1]) {
			l--
		}
		if l == ll {
			l = at
		}
		r0 := at + 1
		if a.ocr && r0+1 < len(s) && s[r0] == ' ' && isASCIILetter(s[r0+1]) {
			r0++
		}
		r := r0
		for r < len(s) && (isASCIILetter(s[r]) || isDigit(s[r]) || s[r] == '-' || s[r] == '.') {
			r++
		}
		for r > r0 && (s[r-1] == '.' || s[r-1] == '-') {
			r--
		}
		for l < ll && (s[l] == '.' || s[l] == '-') {
			l++
		}
		dom := s[r0:r]
		dot := strings.LastIndexByte(dom, '.')
		if l == at || l == ll || dot <= 0 || len(dom)-dot-1 < 2 {
			continue
		}
		a.addNorm(l, r, TypeEmail, 0.99, pNet)
		if r > from {
			from = r
		}
	}
}

func isEmailLocal(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// detectIPv6 looks at runs of hex digits and colons.
func (a *analysis) detectIPv6() {
	s := a.norm
	// Only runs of hex digits and colons around a colon can be addresses:
	// jump from colon to colon instead of scanning every byte.
	done := 0
	for c := strings.IndexByte(s, ':'); c >= 0; {
		i := c
		for i > done && isHexOrColon(s[i-1]) {
			i--
		}
		next := func(from int) int {
			if from >= len(s) {
				return -1
			}
			if k := strings.IndexByte(s[from:], ':'); k >= 0 {
				return from + k
			}
			return -1
		}
		if i > 0 && (isASCIILetter(s[i-1]) || isDigit(s[i-1])) {
			// glued to a word: skip this run
			j := c
			for j < len(s) && isHexOrColon(s[j]) {
				j++
			}
			done = j
			c = next(j)
			continue
		}
		j := i
		colons := 0
		for j < len(s) && isHexOrColon(s[j]) {
			if s[j] == ':' {
				colons++
			}
			j++
		}
		if colons >= 2 && j-i >= 6 && (j == len(s) || !isASCIILetter(s[j])) {
			v := strings.TrimRight(s[i:j], ":")
			if strings.Contains(v, "::") || strings.Count(v, ":") == 7 {
				if ip := net.ParseIP(v); ip != nil && strings.Contains(v, ":") {
					a.addNorm(i, i+len(v), TypeIP, 0.9, pNet)
				}
			}
		}
		if j <= c {
			j = c + 1
		}
		done = j
		c = next(j)
	}
}

func isHexOrColon(c byte) bool {
	return isDigit(c) || c == ':' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// isFileOrDose rejects "report.pdf"-like and "x.com"-free bare matches.
func isFileOrDose(v string) bool {
	l := strings.ToLower(v)
	for _, ext := range []string{".pdf", ".doc", ".jpg", ".png", ".txt"} {
		if strings.HasSuffix(l, ext) {
			return true
		}
	}
	return false
}

func (a *analysis) detectPhones() {
	s := a.norm
	seen := map[[2]int]bool{}
	emit := func(st, en int, score float64) {
		if st > 0 && (isDigit(s[st-1]) || s[st-1] == '.' || s[st-1] == '/' || isASCIILetter(s[st-1])) {
			return
		}
		if en < len(s) && (s[en] == '/' || en+1 < len(s) && s[en] == '.' && isDigit(s[en+1])) {
			return
		}
		if seen[[2]int{st, en}] {
			return
		}
		seen[[2]int{st, en}] = true
		// extension: "ext. 22", "x104", "ramal 3"
		if extStart(window(s, en, 24)) {
			if m := a.matchAt(rePhoneExt, en, 24); m != nil {
				en = m[1]
			}
		}
		typ := TypePhone
		if a.faxBefore(st) || a.faxAfter(en) {
			typ = TypeFax
		}
		a.addNorm(st, en, typ, score, pPhone)
	}
	for _, cl := range a.numericClusters() {
		if (cl.digits == 10 || cl.digits == 11) && cl.seps == 0 && !cl.glued &&
			a.cueBefore(cl.s, 24, "tel", "phone", "fax", "cel", "ph", "fone", "whats", "zap", "contato", "call", "mobile") {
			// digits written without separators after a phone cue
			emit(cl.s, cl.e, 0.8)
			continue
		}
		if cl.digits < 7 || cl.glued && cl.seps&16 == 0 || !a.phoneShape(cl) || codePrefixed(s, cl.s) {
			continue
		}
		if cl.digits >= 10 {
			// both patterns need ten digits or more
			for _, m := range a.findPhones(cl, phoneUSAt) {
				if !looksLikeDateOrRange(s[m[0]:m[1]]) {
					emit(m[0], m[1], 0.9)
				}
			}
			for _, m := range a.findPhones(cl, phoneBRAt) {
				if !looksLikeDateOrRange(s[m[0]:m[1]]) {
					emit(m[0], m[1], 0.9)
				}
			}
		}
		if cl.seps&2 != 0 {
			for _, m := range a.findShapes(cl, "ddd-dddd") {
				if m[0] > 0 && (s[m[0]-1] == '-' || s[m[0]-1] == ' ' && m[0] > 1 && isDigit(s[m[0]-2])) {
					continue
				}
				if m[1] < len(s) && s[m[1]] == '-' || rangeUnitAfter46(s[m[1]:min(len(s), m[1]+8)]) {
					continue // (a range of frequencies or doses: "250-1000 Hz", round 46)
				}
				emit(m[0], m[1], 0.7)
			}
			for _, m := range a.findShapes(cl, "9dddd-dddd") {
				emit(m[0], m[1], 0.8)
			}
		}
	}
}

// detectBrokenPhones reads a US number that a line break cut after the
// exchange's hyphen, as faxed forms wrap it: "(716) 555-⏎0183",
// "716-555-⏎0183" (the clusters stop at the break).
func (a *analysis) detectBrokenPhones() {
	for i := 4; i < len(a.toks); i++ {
		t := a.toks[i]
		if !t.nl || t.kind != kNum || t.e-t.s != 4 || !a.isPunct(i-1, "-") || a.toks[i-1].gap != 0 || !a.digitsTok(i-2, 3) || a.toks[i-2].nl {
			continue
		}
		s := -1
		switch {
		case a.isPunct(i-3, ")") && a.digitsTok(i-4, 3) && i >= 5 && a.isPunct(i-5, "("):
			s = i - 5
		case (a.isPunct(i-3, "-") || a.isPunct(i-3, ".")) && a.toks[i-3].gap == 0 && a.toks[i-2].gap == 0 && a.digitsTok(i-4, 3):
			s = i - 4
		}
		if s >= 0 && !a.toks[i-3].nl && !a.toks[i-4].nl {
			a.add(int(a.toks[s].s), int(t.e), TypePhone, 0.8, pPhone)
		}
	}
}

// digitsTok: token k is a number of exactly n digits.
func (a *analysis) digitsTok(k, n int) bool {
	return k >= 0 && k < len(a.toks) && a.toks[k].kind == kNum && int(a.toks[k].e-a.toks[k].s) == n
}

// extStart reports whether w starts as rePhoneExt needs: blanks and at
// most one comma, then the x, e or r of "x", "ext", "extension", "ramal"
// or "r.".
func extStart(w string) bool {
	i := 0
	for i < len(w) && isRESpace(w[i]) {
		i++
	}
	if i < len(w) && w[i] == ',' {
		i++
	}
	for i < len(w) && isRESpace(w[i]) {
		i++
	}
	return i < len(w) && strings.IndexByte("xXeErR", w[i]) >= 0
}

// looksLikeDateOrRange rejects phone-shaped dates such as 2023-11-04.
func looksLikeDateOrRange(v string) bool {
	d := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			d++
		}
	}
	return d < 7
}

// faxBefore reports whether "fax" appears shortly before position i (in
// norm), with no other number in between.
func (a *analysis) faxBefore(i int) bool {
	lo := i - 24
	if lo < 0 {
		lo = 0
	}
	w := strings.ToLower(a.norm[lo:i])
	k := strings.LastIndex(w, "fax")
	if k < 0 {
		return false
	}
	for _, c := range []byte(w[k:]) {
		if isDigit(c) {
			return false
		}
	}
	return true
}

func (a *analysis) detectNationalIDs() {
	s := a.norm
	brCtx := a.pt || brIDWordIn42(s)
	for _, cl := range a.numericClusters() {
		if cl.digits < 9 || cl.glued {
			continue
		}
		if cl.seps&2 != 0 {
			for _, m := range a.findShapes(cl, "ddd-dd-dddd") {
				v := s[m[0]:m[1]]
				cue := a.cueBefore(m[0], 30, "ssn", "social security", "ss#")
				if ValidSSN(v) {
					sc := 0.8
					if cue {
						sc = 0.99
					}
					a.addNorm(m[0], m[1], TypeSSN, sc, pChecksum)
				} else if cue {
					a.addNorm(m[0], m[1], TypeSSN, 0.8, pChecksum)
				}
			}
		}
		if cl.digits >= 11 && (brCtx || cl.seps&4 != 0) {
			for _, m := range a.findShapes(cl, "ddd.ddd.dddSdd", "ddddddddddd", "ddddddddd-dd") {
				v := s[m[0]:m[1]]
				cue := a.cueBefore(m[0], 25, "cpf")
				switch {
				case ValidCPF(v) && (cue || len(v) == 14):
					a.addNorm(m[0], m[1], TypeCPF, 0.99, pChecksum)
				case ValidCPF(v) && brCtx:
					a.addNorm(m[0], m[1], TypeCPF, 0.7, pChecksum-1)
				case cue:
					a.addNorm(m[0], m[1], TypeCPF, 0.85, pChecksum)
				}
			}
		}
		if cl.digits >= 14 {
			// (reCNPJ, whose letters a cluster never holds)
			for _, m := range a.findShapes(cl, "dd.ddd.ddd/dddd-dd", "dddddddddddddd") {
				a.cnpjCandidate(m[0], m[1])
			}
		}
		if cl.digits >= 15 {
			for _, m := range a.findShapes(cl, "Nddoddddoddddodddd") {
				v := s[m[0]:m[1]]
				if ValidCNS(v) {
					a.addNorm(m[0], m[1], TypeCNS, 0.99, pChecksum)
				} else if a.cueBefore(m[0], 40, "cns", "cartao sus", "cartão sus", "cartao nacional", "cartão nacional") {
					a.addNorm(m[0], m[1], TypeCNS, 0.85, pChecksum)
				}
			}
		}
		if cl.digits == 10 && cl.seps == 0 {
			v := s[cl.s:cl.e]
			if ValidNPI(v) && a.cueBefore(cl.s, 40, "npi", "provider", "prescriber") {
				a.addNorm(cl.s, cl.e, TypeLicense, 0.97, pStruct)
			}
		}
	}
	// Token-triggered: councils (CRM-SP 148.552), DEA numbers, alphanumeric
	// CNPJ, masked SSN.
	for i, t := range a.toks {
		// (only '*', alphanumeric tokens, words in capitals or mixed case
		// and three-letter words ("xxx") can start one; see b2u)
		if b2u(t.ch == '*')|b2u(t.kind == kAlnum)|b2u(t.shape == shUpper)|b2u(t.shape == shMixed)|b2u(t.shape == shLower)&b2u(t.e-t.s == 3) == 0 {
			continue
		}
		if t.kind == kPunct && a.text[t.s] == '*' && (i == 0 || !a.isPunct(i-1, "*")) {
			// masked SSN in asterisks: "***-**-7204"
			p := a.normPos(int(t.s))
			if m := a.matchAt(reSSNMasked, p, 20); m != nil && a.cueBefore(p, 20, "ssn", "social security", "ss#", "soc sec") {
				a.addNorm(m[2], m[3], TypeSSN, 0.8, pChecksum)
			}
			continue
		}
		if t.kind == kPunct || t.kind == kNum {
			continue
		}
		v := a.text[t.s:t.e]
		p := int(t.s)
		if a.nidx != nil {
			p = a.normPos(p) // (not inlined in a function this size: most notes need no call)
		}
		switch {
		case t.kind == kWord && (t.shape == shUpper || t.shape == shMixed) && a.cue(i)&cuCouncil != 0 && (councilWords[v] || strings.IndexByte(v, ocrJoiner) >= 0 && councilWords[strings.ToUpper(a.folded(i))]):
			if v == "RQE" {
				// specialist registration: the number is the identifier,
				// the label stays readable (dev convention)
				if m := a.matchAt(reRQE, p, 24); m != nil {
					a.addNorm(m[2], m[3], TypeLicense, 0.9, pStruct)
				}
			} else if m := a.matchAt(reCouncil, p, 40); m != nil && !labCouncilValue(v, a.norm[m[0]:m[1]]) {
				a.addNorm(m[0], m[1], TypeLicense, 0.95, pStruct)
			}
		case t.kind == kAlnum && len(v) == 9 && ValidDEA(v) && (isASCIIUpper(v[1]) || v[1] == '9'):
			sc := 0.7
			if a.cueBefore(p, 30, "dea") {
				sc = 0.97
			}
			a.addNorm(p, p+9, TypeLicense, sc, pStruct)
		case t.kind == kWord && (v == "XXX" || v == "xxx"):
			if m := a.matchAt(reSSNMasked, p, 20); m != nil {
				a.addNorm(m[2], m[3], TypeSSN, 0.8, pChecksum)
			}
		}
		if (t.kind == kAlnum || t.kind == kWord && t.shape == shUpper && len(v) <= 3) && (len(v) == 14 || len(v) == 2 && int(t.e) < len(a.text) && a.text[t.e] == '.') {
			// alphanumeric CNPJ: 12.ABC.345/01DE-35 or 12ABC34501DE35
			if i == 0 || a.toks[i-1].kind != kAlnum && a.toks[i-1].kind != kNum || a.toks[i].gap > 0 {
				if m := a.matchAt(reCNPJAnchored, p, 24); m != nil {
					a.cnpjCandidate(m[0], m[1])
				}
			}
		}
	}
}

// labCouncilValue: a council whose acronym is also a lab test or a
// clinical abbreviation (CRP C-reactive protein, CRF, CRO, CRN) followed
// by a lab value, not a registration: fewer than four digits ("CRP 48",
// "CRP 112").
func labCouncilValue(council, m string) bool {
	switch council {
	case "CRP", "CRF", "CRO", "CRN":
		return digitCount(m) < 4
	}
	return false
}

var councilWords = set(`CRM CREMESP COREN CRP CRO CRBM CRTR CRF CREFITO CREFONO CRN CRFa CRESS CRMV CRBio CREA CREF RQE OAB`)

func (a *analysis) cnpjCandidate(st, en int) {
	s := a.norm
	if st > 0 && (isASCIILetter(s[st-1]) || isDigit(s[st-1])) {
		return
	}
	v := s[st:en]
	if ValidCNPJ(v) {
		a.addNorm(st, en, TypeCNPJ, 0.99, pChecksum)
	} else if a.cueBefore(st, 25, "cnpj") && strings.IndexAny(v, "0123456789") >= 0 {
		a.addNorm(st, en, TypeCNPJ, 0.85, pChecksum)
	}
}

// cueBefore reports whether one of the (lower-case) cues occurs in the n
// bytes of norm before i.
func (a *analysis) cueBefore(i, n int, cues ...string) bool {
	lo := i - n
	if lo < 0 {
		lo = 0
	}
	w := a.norm[lo:i]
	if len(w) > 64 {
		for _, c := range cues {
			if containsFold(w, c) {
				return true
			}
		}
		return false
	}
	// (round 50: the window folded once, then each cue's first byte
	// found by IndexByte; containsFold compared every byte twice for
	// every cue, and the plate rules ask seven cues of each plate-shaped
	// token; the same answer: foldedHas50)
	var buf [64]byte
	b := foldWindow50(&buf, w)
	for _, c := range cues {
		if foldedHas50(b, c) {
			return true
		}
	}
	return false
}

// containsFold reports whether lower-case needle occurs in s, ignoring the
// case of ASCII letters (no allocation).
//
// (The first byte is compared in both cases before the rest is folded:
// most positions fail there, at two compares.)
func containsFold(s, needle string) bool {
	n := len(needle)
	if n == 0 {
		return true
	}
	f, fu := needle[0], needle[0]
	if 'a' <= f && f <= 'z' {
		fu = f - 32
	}
	for i := 0; i+n <= len(s); i++ {
		if c := s[i]; c != f && c != fu {
			continue
		}
		j := 1
		for ; j < n; j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 32
			}
			if c != needle[j] {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

func atoi(s string) int {
	// (the digits alone, as nearly all callers pass, without strconv's
	// call and its error: the same value; anything else goes to strconv)
	if len(s) > 0 && len(s) <= 18 {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i] - '0'
			if c > 9 {
				return atoiSlow(s)
			}
			n = n*10 + int(c)
		}
		return n
	}
	return atoiSlow(s)
}

// atoiSlow is atoi by strconv (a sign, an empty or a long string).
func atoiSlow(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func (a *analysis) detectPlates() {
	for i, t := range a.toks {
		// (the rare shapes first: a test that most tokens fail either
		// way, which the branch predictor gets right)
		if !(t.kind == kAlnum || t.shape == shUpper && t.kind == kWord && t.e-t.s <= 3) {
			continue
		}
		v := a.text[t.s:t.e]
		p := a.normPos(int(t.s))
		if t.kind == kAlnum && isMercosulPlate(v) {
			sc := 0.6
			if a.cueBefore(p, 40, "placa", "plate", "veículo", "veiculo", "vehicle", "carro", "moto") {
				sc = 0.95
			}
			a.add(int(t.s), int(t.e), TypeVehicle, sc, pLabeled)
			continue
		}
		if t.kind == kWord && i+2 < len(a.toks) && (a.isPunct(i+1, "-") || a.toks[i+1].kind == kNum || a.toks[i+1].kind == kAlnum) {
			// "HKT-4471", "ABC 1234", "HMJ-7742", Mercosul with a hyphen
			// (the shape first: the cue costs a look behind)
			k := i + 1
			if a.isPunct(k, "-") && a.toks[k].gap == 0 {
				k++
			}
			if k < len(a.toks) && (a.toks[k].kind == kNum && a.toks[k].e-a.toks[k].s >= 3 && a.toks[k].e-a.toks[k].s <= 5 || a.toks[k].kind == kAlnum) && a.toks[k].gap <= 1 &&
				!(k == i+2 && a.gluedGroupAfter(k)) && !vehicleLabels[a.folded(i)] && !a.yearMake57(i) && (a.cueBefore(p, 30, "placa", "plate", "tag ") || // ("license plate" holds "plate")
				// (after a vehicle's word, not its VIN's label)
				a.lexOf(i)&lxLabel == 0 && a.cueBefore(p, 30, "veículo", "veiculo", "vehicle")) {
				s := int(t.s)
				if k == i+1 && usStates[v] && a.gluedGroupAfter(k) && a.toks[k+2].e-a.toks[k+2].s <= 4 {
					// the issuing state before the plate: "plate MO TR4-K9V"
					s, k = int(a.toks[k].s), k+2
				}
				a.add(s, int(a.toks[k].e), TypeVehicle, 0.9, pLabeled)
			}
		}
	}
}

// vehicleLabels label a vehicle's number; after "plate", "VIN 1FT…" is
// the label and its value, not a plate.
var vehicleLabels = set(`vin placa plate chassi renavam`)

// gluedGroupAfter: a hyphen and another group of digits are glued after
// token k — a third group, which no plate has ("tag # LC-2023-08817" is a
// licence tag's number).
func (a *analysis) gluedGroupAfter(k int) bool {
	return k+2 < len(a.toks) && a.isPunct(k+1, "-") && a.toks[k+1].gap == 0 && a.toks[k+2].gap == 0 && (a.toks[k+2].kind == kNum || a.toks[k+2].kind == kAlnum)
}

// isMercosulPlate: ABC1D23.
func isMercosulPlate(v string) bool {
	if len(v) != 7 {
		return false
	}
	return isASCIIUpper(v[0]) && isASCIIUpper(v[1]) && isASCIIUpper(v[2]) && isDigit(v[3]) && isASCIIUpper(v[4]) && isDigit(v[5]) && isDigit(v[6])
}

// faxAfter: "(312) 555-0147 (fax)", "555-0147 fax".
func (a *analysis) faxAfter(i int) bool {
	hi := i + 10
	if hi > len(a.norm) {
		hi = len(a.norm)
	}
	w := a.norm[i:hi]
	k := 0
	for k < len(w) && (w[k] == ' ' || w[k] == '(' || w[k] == '-' || w[k] == '[') {
		k++
	}
	return len(w)-k >= 3 && containsFold(w[k:k+3], "fax")
}

// phoneShape: every phone pattern ends with four digits after a space, a
// dot or a hyphen ("555-0187", "2963 4410"); dates and plain numbers don't.
func (a *analysis) phoneShape(cl cluster) bool {
	s := a.norm
	for k := cl.s; k+4 < cl.e+1 && k+4 <= len(s); k++ {
		c := s[k]
		if c != ' ' && c != '.' && c != '-' {
			continue
		}
		if k+5 <= len(s) && isDigit(s[k+1]) && isDigit(s[k+2]) && isDigit(s[k+3]) && isDigit(s[k+4]) && (k+5 == len(s) || !isDigit(s[k+5])) {
			return true
		}
	}
	return false
}
