package phi

import "strings"

// addrUSAt matches reAddrUS on w (the window matchAt gives it) and returns
// the end of the match, or -1. The pattern backtracks little: every part
// but the count of name words before the street type and the optional
// direction before them has one way to match, so the matcher tries the
// direction first, then the most name words first, as the regexp does,
// and takes the optional parts after the street type greedily (once the
// street type matched, the match succeeds). addrus_test.go checks it
// against the pattern.
func addrUSAt(w string) int {
	// \d{1,6}[A-Z]?(?:-\d{1,5})?\s+
	q := 0
	for q < len(w) && isDigit(w[q]) {
		q++
	}
	if q == 0 || q > 6 {
		return -1
	}
	if q < len(w) && isASCIIUpper(w[q]) {
		q++
	}
	if q < len(w) && w[q] == '-' {
		d := q + 1
		for d < len(w) && isDigit(w[d]) {
			d++
		}
		if d == q+1 || d-q-1 > 5 {
			return -1
		}
		q = d
	}
	if q >= len(w) || !isRESpace(w[q]) {
		return -1
	}
	q = skipRESpace(w, q)
	// (?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?
	if d := addrDirAt(w, q); d > q {
		if e := addrUSWords(w, d); e >= 0 {
			return e
		}
	}
	return addrUSWords(w, q)
}

// addrDirAt returns the end of a leading direction with its dot and
// blanks at w[q:], or q.
func addrDirAt(w string, q int) int {
	e := q
	for e < len(w) && isASCIILetter(w[e]) {
		e++
	}
	switch w[q:e] {
	case "N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West":
	default:
		return q
	}
	// (OCR spaces the dot off: "1801  S .  Golden  State  Blvd")
	if e+1 < len(w) && w[e] == ' ' && w[e+1] == '.' {
		e++
	}
	if e < len(w) && w[e] == '.' {
		e++
	}
	if e >= len(w) || !isRESpace(w[e]) {
		return q
	}
	return skipRESpace(w, e)
}

// addrUSWords matches, from q, up to four name words (the most first),
// then a street type and what may follow it.
func addrUSWords(w string, q int) int {
	var pos [5]int
	pos[0] = q
	k := 0
	for k < 4 {
		e := addrWordAt(w, pos[k])
		if e < 0 {
			break
		}
		k++
		pos[k] = e
	}
	for ; k >= 0; k-- {
		if e := addrStreetTail(w, pos[k]); e >= 0 {
			return e
		}
	}
	return -1
}

// addrWordAt matches one name word with its blanks,
// (?:\d{1,4}(?:st|nd|rd|th)|[A-Z][A-Za-z'’.\-]*|[A-Z]{2,}|of|the|de|la|del)\s+,
// at w[q:] and returns its end, or -1.
func addrWordAt(w string, q int) int {
	if q >= len(w) {
		return -1
	}
	e := -1
	switch c := w[q]; {
	case isDigit(c):
		d := q
		for d < len(w) && isDigit(w[d]) {
			d++
		}
		if d-q <= 4 && d+2 <= len(w) {
			switch w[d : d+2] {
			case "st", "nd", "rd", "th":
				e = d + 2
			}
		}
	case isASCIIUpper(c):
		// ([A-Z]{2,} ends where this does whenever it matches)
		e = q + 1
		for e < len(w) {
			if b := w[e]; isASCIILetter(b) || b == '\'' || b == '.' || b == '-' {
				e++
			} else if strings.HasPrefix(w[e:], "’") {
				e += len("’")
			} else {
				break
			}
		}
	default:
		r := q
		for r < len(w) && isASCIILower(w[r]) {
			r++
		}
		switch w[q:r] {
		case "of", "the", "de", "la", "del":
			e = r
		}
	}
	if e < 0 || e >= len(w) || !isRESpace(w[e]) {
		return -1
	}
	return skipRESpace(w, e)
}

// addrStreetTail matches a street type at w[q:] and the optional parts
// after it, (?:Street|St|…)\b\.?(?:,?\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?
// (?:,?\s+(?:unit))?, and returns the end, or -1.
func addrStreetTail(w string, q int) int {
	e := wordRunEnd(w, q)
	if e == q || !streetTypeSet[w[q:e]] {
		return -1
	}
	if e < len(w) && w[e] == '.' {
		e++
	}
	// a direction after the street type
	if r, ok := commaBlanks(w, e); ok {
		d := wordRunEnd(w, r)
		switch w[r:d] {
		case "N", "S", "E", "W", "NE", "NW", "SE", "SW":
			e = d
			if e < len(w) && w[e] == '.' {
				e++
			}
		}
	}
	// a unit: "Suite 410", "Apt. 3B", "# 12", "2nd Floor"
	if r, ok := commaBlanks(w, e); ok {
		if u := addrUnitAt(w, r); u > r {
			e = u
		}
	}
	return e
}

var addrUnitWords = []string{"Apartment", "Apt", "Suite", "Ste", "Unit", "Room", "Rm", "Floor", "Fl", "Building", "Bldg", "Lot", "Space", "Spc", "Trailer", "Trlr", "Box", "apt", "suite", "unit", "#"}

// numberedRoadEnd extends an address ending at w[:e] in a road type by
// its route number when the number ends the field: "County Rd 7", "Ave
// 24" (rural and Californian grids).
func numberedRoadEnd(w string, e int) int {
	b := e
	for b > 0 && isASCIILetter(w[b-1]) {
		b--
	}
	if !numberedRoadTypes[w[b:e]] || e >= len(w) || w[e] != ' ' {
		return e
	}
	d := e + 1
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	if d > e+1 && d-e-1 <= 4 && (d == len(w) || w[d] == ',' || w[d] == '\n' || strings.HasPrefix(w[d:], "  ")) {
		return d
	}
	return e
}

// numberedRoadTypes take a route number after them: "County Rd 7".
var numberedRoadTypes = map[string]bool{"Rd": true, "Road": true, "Hwy": true, "Highway": true, "Route": true, "Rte": true, "Ave": true, "Avenue": true}

// addrUnitAt matches the unit of reAddrUS at w[r:] and returns its end, or
// r: (?:Apartment|…|#)\.?\s*#?\s*[A-Za-z0-9\-]+ (the first word that
// leads to a match), else \d{1,2}(?:st|nd|rd|th)\s+(?:[Ff]loor|[Ff]l\.?).
func addrUnitAt(w string, r int) int {
	for _, u := range addrUnitWords {
		if !strings.HasPrefix(w[r:], u) {
			continue
		}
		i := r + len(u)
		if i < len(w) && w[i] == '.' {
			i++
		}
		i = skipRESpace(w, i)
		if i < len(w) && w[i] == '#' {
			i++
		}
		i = skipRESpace(w, i)
		j := i
		for j < len(w) && (isASCIILetter(w[j]) || isDigit(w[j]) || w[j] == '-') {
			j++
		}
		if j > i {
			return j
		}
	}
	d := r
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	if d == r || d-r > 2 || d+2 > len(w) {
		return r
	}
	switch w[d : d+2] {
	case "st", "nd", "rd", "th":
	default:
		return r
	}
	i := d + 2
	if i >= len(w) || !isRESpace(w[i]) {
		return r
	}
	i = skipRESpace(w, i)
	switch {
	case strings.HasPrefix(w[i:], "Floor") || strings.HasPrefix(w[i:], "floor"):
		return i + len("Floor")
	case strings.HasPrefix(w[i:], "Fl") || strings.HasPrefix(w[i:], "fl"):
		i += len("Fl")
		if i < len(w) && w[i] == '.' {
			i++
		}
		return i
	}
	return r
}

// commaBlanks matches ,?\s+ at w[i:] and returns its end.
func commaBlanks(w string, i int) (int, bool) {
	if i < len(w) && w[i] == ',' {
		i++
	}
	if i >= len(w) || !isRESpace(w[i]) {
		return i, false
	}
	return skipRESpace(w, i), true
}

// wordRunEnd returns the end of the run of ASCII word bytes (\w) from q.
func wordRunEnd(w string, q int) int {
	for q < len(w) && isWordByte(w[q]) {
		q++
	}
	return q
}

func skipRESpace(w string, i int) int {
	for i < len(w) && isRESpace(w[i]) {
		i++
	}
	return i
}
