package phi

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Brazilian street addresses, "Rua Luís Bordini, 80", "Av. Djalma Batista,
// 1661, loja 12": addrBRAt matches up to the number by hand and the
// complements after it ("loja 12", "apto 3", "fundos") with
// reAddrBRTail. It does what the single pattern in addrbr_test.go did:
// the first part tries the pattern's choices in the pattern's order (the
// most blanks after the street word first, then the shortest name), and
// the complements, all optional, follow the first way the number matched.

// brStreetHeads are the street words of the pattern, in its order.
var brStreetHeads = []string{"Rua", "R.", "Avenida", "Av.", "Av", "Travessa", "Tv.", "Trav.", "Alameda", "Al.", "Estrada", "Estr.", "Rodovia", "Rod.", "Praça", "Pça.", "Pça",
	"Largo", "Viela", "Beco", "Ladeira", "Servidão", "Ramal", "Sítio", "Sitio", "Fazenda", "Chácara", "Chacara", "Vicinal", "Linha",
	"RUA", "AVENIDA", "AV.", "AV", "TRAVESSA", "ALAMEDA", "ESTRADA", "RODOVIA", "PRAÇA"}

// reAddrBRTail: the complements after the number.
var reAddrBRTail = regexp.MustCompile(`^(?:\s*[,\-]\s*(?:(?i:(?:casa )?(?:dos |de )?fundos)|s/n\b|S/N\b|(?i:apto?\.?|apartamento|ap\.?|casa|bloco|bl\.?|loja|sala|sl\.?|conj\.?|cj\.?|conjunto|lote|lt\.?|quadra|qd\.?|andar|sobrado|km|torre|unidade|box)\s*[\w\-]*|\d{1,3}[º°o]?\s*(?i:andar)|(?i:ed\.|edif[ií]cio)\s+[A-ZÀ-Ú][\wÀ-ú]+(?:\s+(?:d[aeo]s?\s+)?[A-ZÀ-Ú][\wÀ-ú]+){0,3}))*`)

// addrBRAt returns the end of the Brazilian address that starts w, or -1.
func addrBRAt(w string) int {
	e := addrBRHead(w)
	if e < 0 {
		return -1
	}
	// the complements start with a comma or a dash
	if k := skipRESpace(w, e); k < len(w) && (w[k] == ',' || w[k] == '-') {
		if m := reAddrBRTail.FindStringIndex(w[e:]); m != nil {
			e += m[1]
		}
	}
	return e
}

// addrBRHead matches
//
//	^(?:Rua|R\.|…|PRAÇA)\s+[^\n,;()]{1,60}?(?:,\s*|\s+)(?:(?i:altura\s+d[oa])\s+)?
//	(?:n[º°o]\.?\s*)?(?:\d{1,3}(?:\.\d{3})+\b|\d{1,6}[A-Za-z]?\b|s/n\b|S/N\b|
//	(?i:quadra|qd\.?)\s*\d{1,4}\b|km\s*\d{1,4}\b)
//
// and returns its end, or -1.
func addrBRHead(w string) int {
	p := -1
	for _, h := range brStreetHeads {
		// (a head is followed by a blank, so at most one fits)
		if strings.HasPrefix(w, h) && len(h) < len(w) && isRESpace(w[len(h)]) {
			p = len(h)
			break
		}
	}
	if p < 0 {
		return -1
	}
	blanks := skipRESpace(w, p) - p
	// \s+ gives blanks back to the name one by one when nothing fits
	for m := blanks; m >= 1; m-- {
		e, runes := p+m, 0
		for e < len(w) && runes < 60 {
			if c := w[e]; c == '\n' || c == ',' || c == ';' || c == '(' || c == ')' {
				break
			}
			_, size := utf8.DecodeRuneInString(w[e:])
			e += size
			runes++
			if r := addrBRNumberAfter(w, e); r >= 0 {
				return r
			}
		}
	}
	return -1
}

// addrBRNumberAfter matches, after the name ending at e, the separator,
// "altura do", "nº" and the number, and returns the end, or -1.
func addrBRNumberAfter(w string, e int) int {
	if e >= len(w) {
		return -1
	}
	t := e
	switch {
	case w[t] == ',':
		t = skipRESpace(w, t+1)
	case isRESpace(w[t]):
		t = skipRESpace(w, t)
	default:
		return -1
	}
	if a := alturaAt(w, t); a > t {
		if r := addrBRNumero(w, a); r >= 0 {
			return r
		}
	}
	return addrBRNumero(w, t)
}

// alturaAt matches (?i:altura\s+d[oa])\s+ at w[t:] and returns its end, or t.
func alturaAt(w string, t int) int {
	if len(w)-t < len("altura") || !strings.EqualFold(w[t:t+6], "altura") {
		return t
	}
	i := t + 6
	if i >= len(w) || !isRESpace(w[i]) {
		return t
	}
	i = skipRESpace(w, i)
	if i+2 > len(w) || w[i]|0x20 != 'd' || w[i+1]|0x20 != 'o' && w[i+1]|0x20 != 'a' {
		return t
	}
	i += 2
	if i >= len(w) || !isRESpace(w[i]) {
		return t
	}
	return skipRESpace(w, i)
}

// addrBRNumero matches (?:n[º°o]\.?\s*)? and the number at w[t:].
func addrBRNumero(w string, t int) int {
	if t < len(w) && w[t] == 'n' {
		u := -1
		switch {
		case strings.HasPrefix(w[t+1:], "º"):
			u = t + 1 + len("º")
		case strings.HasPrefix(w[t+1:], "°"):
			u = t + 1 + len("°")
		case t+1 < len(w) && w[t+1] == 'o':
			u = t + 2
		}
		if u >= 0 {
			if u < len(w) && w[u] == '.' {
				u++
			}
			if r := addrBRNumber(w, skipRESpace(w, u)); r >= 0 {
				return r
			}
		}
	}
	return addrBRNumber(w, t)
}

// addrBRNumber matches the number alternatives of the pattern, in order,
// at w[u:] and returns the end, or -1.
func addrBRNumber(w string, u int) int {
	run := 0
	for u+run < len(w) && isDigit(w[u+run]) {
		run++
	}
	// \d{1,3}(?:\.\d{3})+\b (the most groups that end on a boundary)
	if run >= 1 && run <= 3 {
		v := u + run
		var ends []int
		for v+4 <= len(w) && w[v] == '.' && isDigit(w[v+1]) && isDigit(w[v+2]) && isDigit(w[v+3]) {
			v += 4
			ends = append(ends, v)
		}
		for k := len(ends) - 1; k >= 0; k-- {
			if wordBoundary(w, ends[k]) {
				return ends[k]
			}
		}
	}
	// \d{1,6}[A-Za-z]?\b
	if run >= 1 && run <= 6 {
		v := u + run
		if v < len(w) && isASCIILetter(w[v]) {
			if wordBoundary(w, v+1) {
				return v + 1
			}
		} else if wordBoundary(w, v) {
			return v
		}
	}
	// s/n\b, S/N\b
	if strings.HasPrefix(w[u:], "s/n") || strings.HasPrefix(w[u:], "S/N") {
		if wordBoundary(w, u+3) {
			return u + 3
		}
	}
	// (?i:quadra|qd\.?)\s*\d{1,4}\b, km\s*\d{1,4}\b
	v := -1
	switch {
	case len(w)-u >= 6 && strings.EqualFold(w[u:u+6], "quadra"):
		v = u + 6
	case len(w)-u >= 2 && strings.EqualFold(w[u:u+2], "qd"):
		v = u + 2
		if v < len(w) && w[v] == '.' {
			v++
		}
	}
	if v >= 0 {
		if r := digitsToBoundary(w, skipRESpace(w, v), 4); r >= 0 {
			return r
		}
	}
	if strings.HasPrefix(w[u:], "km") {
		return digitsToBoundary(w, skipRESpace(w, u+2), 4)
	}
	return -1
}

// digitsToBoundary matches \d{1,max}\b at w[i:] and returns its end, or -1.
func digitsToBoundary(w string, i, max int) int {
	d := i
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	if d == i || d-i > max || !wordBoundary(w, d) {
		return -1
	}
	return d
}
