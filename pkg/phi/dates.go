package phi

import (
	"strings"
)

// validDM reports whether a, b can be (month, day) or (day, month).
func validDM(x, y int) bool {
	return x >= 1 && y >= 1 && (x <= 12 && y <= 31 || y <= 12 && x <= 31)
}

func (a *analysis) detectDates() {
	for _, cl := range a.numericClusters() {
		if cl.seps&(1|2|4) == 0 || cl.glued && cl.digits < 3 {
			continue
		}
		a.numericDates(cl)
	}
	a.detectTextDates()
	a.detectSpacedTextDates()
	a.detectDayMonthAbbrev()
	a.alnumDates()
	a.monthDayRanges()
	a.dayOfMonthDates()
}

// monthDayRanges takes the second day of a range after a month's name:
// "Sept 12-14", "Oct 3-5, 2024" (the first day is already a date; the
// second is as identifying). It must be a later day of a month, glued to
// the hyphen, and no part of a longer number.
func (a *analysis) monthDayRanges() {
	n := len(a.toks)
	// (the words, from a.wordToks: whether a token is one is a coin toss.
	// lexOf here classifies every word but the last three, in one tight
	// loop, which costs less than classifying them one by one in the
	// passes after it)
	for _, wi := range a.wordToks {
		i := int(wi)
		if i+3 >= n {
			break
		}
		if a.lexOf(i)&lxMonth == 0 || a.toks[i].shape == shLower || a.toks[i+1].kind != kNum || a.toks[i+1].nl || a.toks[i+1].gap != 1 ||
			!a.isPunct(i+2, "-") || a.toks[i+2].gap != 0 || a.toks[i+3].kind != kNum || a.toks[i+3].gap != 0 {
			continue
		}
		d1, d2 := a.toks[i+1], a.toks[i+3]
		if d1.e-d1.s > 2 || d2.e-d2.s > 2 {
			continue
		}
		x, y := atoi(a.tokText(i+1)), atoi(a.tokText(i+3))
		if x < 1 || y <= x || y > 31 || i+4 < n && a.toks[i+4].gap == 0 && (a.isPunct(i+4, "/") || a.isPunct(i+4, "-") || a.isPunct(i+4, ":") || a.toks[i+4].kind != kPunct) {
			continue
		}
		for _, c := range a.cands {
			if c.typ == TypeDate && c.s <= int(d1.s) && c.e >= int(d1.e) && c.e <= int(d2.s) {
				a.add(int(d2.s), int(d2.e), TypeDate, c.score, pDate)
				break
			}
		}
	}
}

func (a *analysis) numericDates(cl cluster) {
	s := a.norm
	nsep := 0
	for k := cl.s; k < cl.e; k++ {
		if c := s[k]; c == '/' || c == '-' || c == '.' {
			nsep++
		}
	}
	if nsep >= 2 {
		a.fullDates(cl)
	}
	if nsep == 1 && cl.seps == 2 {
		a.yearMonths(cl)
	}
	if cl.seps&1 == 0 {
		return
	}
	a.shortDates(cl)
}

func (a *analysis) fullDates(cl cluster) {
	s := a.norm
	for _, m := range a.scanIn(cl, matchDateNum) {
		// dotted dates with a two-digit year need a cue: 02.08.95
		if s[m[4]:m[5]] == "." && m[11]-m[10] == 2 {
			x, y := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]])
			if validDM(x, y) && s[m[8]:m[9]] == "." && a.dateCueBefore(m[0]) && !(m[1] < len(s) && s[m[1]] == '.' && m[1]+1 < len(s) && isDigit(s[m[1]+1])) {
				a.addNorm(m[0], m[1], TypeDate, 0.8, pDate)
			}
			continue
		}
		x, y := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]])
		sep1, sep2 := s[m[4]:m[5]], s[m[8]:m[9]]
		year := s[m[10]:m[11]]
		if sep1 != sep2 || !validDM(x, y) {
			continue
		}
		if sep1 == "." && len(year) != 4 {
			continue
		}
		if sep1 == "-" && len(year) == 4 && (year[0] != '1' || year[1] < '8') && (year[0] != '2' || year[1] != '0') {
			continue // "FP-24-06-0318", "TP-23-12-1170": a code's parts, no year
		}
		if m[1] < len(s) && (s[m[1]] == '/' || s[m[1]] == '-' && m[1]+1 < len(s) && isDigit(s[m[1]+1]) && !dateRangeAfter(s, m[1]+1, sep1, len(year))) {
			continue
		}
		if m[0] > 0 && (s[m[0]-1] == '/' || s[m[0]-1] == '.' && m[0] > 1 && isDigit(s[m[0]-2])) {
			continue
		}
		if len(year) == 2 && sep1 == "-" {
			// 12-10-24 could be a range or a code; want a cue.
			if !a.dateCueBefore(m[0]) && !a.birthAskedBefore(m[0]) {
				continue
			}
		}
		a.addNorm(m[0], m[1], TypeDate, 0.95, pDate)
	}
	has4 := false
	for k := cl.s; k+1 < cl.e; k++ {
		if (s[k] == '1' && s[k+1] == '9' || s[k] == '2' && s[k+1] == '0') && (k == cl.s || !isDigit(s[k-1])) {
			has4 = true
			break
		}
	}
	if !has4 {
		return
	}
	for _, m := range a.scanIn(cl, matchDateISO) {
		mo, d := atoi(s[m[6]:m[7]]), atoi(s[m[10]:m[11]])
		if s[m[4]:m[5]] != s[m[8]:m[9]] || mo < 1 || mo > 12 || d < 1 || d > 31 {
			continue
		}
		a.addNorm(m[0], m[1], TypeDate, 0.97, pDate)
	}
}

// yearMonths finds an ISO year and month alone, a cluster of its own
// ("hx C. diff 2022-10."): four digits of a year from 1900 to 2099, a
// hyphen and two digits of a month, nothing numeric glued on either side
// (a full ISO date is matchDateISO's; "2019-20", a season, has no month).
func (a *analysis) yearMonths(cl cluster) {
	s := a.norm
	e := cl.e
	for e > cl.s && (s[e-1] == '.' || s[e-1] == ')' || s[e-1] == ' ') {
		e-- // a sentence's full stop
	}
	if cl.glued || e-cl.s != 7 || s[cl.s+4] != '-' || e < len(s) && isASCIILetter(s[e]) {
		return
	}
	k := cl.s
	for q := k; q < k+7; q++ {
		if q != k+4 && !isDigit(s[q]) {
			return
		}
	}
	y, mo := atoi(s[k:k+4]), atoi(s[k+5:k+7])
	if y < 1900 || y > 2099 || mo < 1 || mo > 12 || s[k+5] != '0' && s[k+5] != '1' {
		return
	}
	if a.cueBefore(k, 5, "exp") {
		return // a lot's expiry ("exp 2026-03"), as shortDates reads it (round 45)
	}
	a.addNorm(k, k+7, TypeDate, 0.8, pDate)
}

// shortDates finds m/d, d/m and m/yyyy inside a cluster by hand: they are
// the commonest shapes and the cheapest to read directly.
func (a *analysis) shortDates(cl cluster) {
	s := a.norm
	for k := cl.s; k < cl.e; k++ {
		if s[k] != '/' {
			continue
		}
		// left number: 1-2 digits, not preceded by a digit or a separator
		l := k
		for l > cl.s && isDigit(s[l-1]) && k-l < 3 {
			l--
		}
		afterMY := l > 0 && monthYearBefore(s, l-1)
		if l == k || k-l > 2 || l > 0 && (isDigit(s[l-1]) || strings.IndexByte("/.,-", s[l-1]) >= 0) && !afterMY {
			continue
		}
		r := k + 1
		for r < len(s) && isDigit(s[r]) && r-k <= 5 {
			r++
		}
		nr := r - k - 1
		if nr == 0 {
			continue
		}
		x, y := atoi(s[l:k]), atoi(s[k+1:r])
		switch {
		case nr == 4:
			// month/year: 09/2021
			if x < 1 || x > 12 || y < 1900 || y > 2100 || r < len(s) && (s[r] == '/' || isDigit(s[r])) {
				continue
			}
			if a.cueBefore(l, 5, "exp") || (a.cueBefore(l, 5, "val", "venc") || a.cueBefore(l, 12, "validade", "vencimento")) && a.cueBefore(l, 40, "lot") {
				continue // a lot's expiry, not a person's date (round 50: "lote VAN2304K, validade 10/2025")
			}
			a.addNorm(l, r, TypeDate, 0.85, pDate)
		case nr <= 2:
			if afterMY || !validDM(x, y) {
				continue
			}
			if r < len(s) {
				c := s[r]
				if c == '-' {
					if e := dayMonthRangeEnd(s, r); e > 0 && !a.fractionContext(l, e) {
						a.addNorm(l, r, TypeDate, 0.6, pDate)
						a.addNorm(r+1, e, TypeDate, 0.6, pDate)
						continue
					}
				}
				if c == '/' || isASCIILetter(c) || c == '%' || c == '.' && r+1 < len(s) && isDigit(s[r+1]) || c == '-' && r+1 < len(s) && isDigit(s[r+1]) {
					continue
				}
			}
			if a.fractionContext(l, r) || a.en && x == 24 && y == 7 && !a.pt {
				continue // (and "on call 24/7", round 45)
			}
			sc := 0.8
			if !a.dateCueBefore(l) && !a.dateCueAfter(r) {
				sc = 0.5
				// without a cue: month first in English, day first in Portuguese
				if a.pt && !a.en && y > 12 || a.en && !a.pt && x > 12 {
					continue
				}
			}
			a.addNorm(l, r, TypeDate, sc, pDate)
		}
	}
}

// dayMonthRangeEnd: after the hyphen at r, the second day and month of a
// range ("8/2-8/4", "12/05-15/05"), both numbers of one or two digits and
// nothing glued after; it returns the end of the second date, else 0.
func dayMonthRangeEnd(s string, r int) int {
	k := r + 1
	x := k
	for x < len(s) && isDigit(s[x]) && x-k < 3 {
		x++
	}
	if x == k || x-k > 2 || x >= len(s) || s[x] != '/' {
		return 0
	}
	y := x + 1
	for y < len(s) && isDigit(s[y]) && y-x <= 3 {
		y++
	}
	if y == x+1 || y-x-1 > 2 || !validDM(atoi(s[k:x]), atoi(s[x+1:y])) {
		return 0
	}
	if y < len(s) && (s[y] == '/' || s[y] == '-' || isDigit(s[y]) || isASCIILetter(s[y]) || s[y] == '%') {
		return 0
	}
	return y
}

// alnumDate reads "12MAR2024", "12mar24", "MAR2024".
func (a *analysis) alnumDates() {
	for _, ai := range a.classToks(tcAlnum) {
		i, t := int(ai), a.toks[ai]
		if t.kind != kAlnum || t.e-t.s < 5 || t.e-t.s > 9 {
			continue
		}
		v := a.tokText(i)
		d := 0
		for d < len(v) && isDigit(v[d]) {
			d++
		}
		l := d
		for l < len(v) && isASCIILetter(v[l]) {
			l++
		}
		if l-d != 3 || !allDigits(v[l:]) || d > 2 || len(v)-l != 2 && len(v)-l != 4 {
			continue
		}
		if _, ok := monthNames[strings.ToLower(v[d:l])]; !ok {
			continue
		}
		if d > 0 {
			if x := atoi(v[:d]); x < 1 || x > 31 {
				continue
			}
		}
		a.add(int(t.s), int(t.e), TypeDate, 0.85, pDate)
	}
}

// dayValue reads "12", "4th", "1º", "21st".
func dayValue(v string) (int, bool) {
	d := 0
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	if d == 0 || d > 2 {
		return 0, false
	}
	switch strings.ToLower(v[d:]) {
	case "", "st", "nd", "rd", "th", "º", "o":
		return atoi(v[:d]), true
	}
	return 0, false
}

func isYearTok(a *analysis, k int) bool {
	v := a.tokText(k)
	if a.toks[k].kind != kNum {
		// OCR: "2O24", "l998"
		if !a.ocr || a.toks[k].kind != kAlnum || len(v) != 4 {
			return false
		}
		b := []byte(v)
		for i := range b {
			if d, ok := ocrDigit(b[i]); ok {
				b[i] = d
			} else if !isDigit(b[i]) {
				return false
			}
		}
		v = string(b)
	}
	return len(v) == 4 && (v[:2] == "19" || v[:2] == "20")
}

// monthOK: short month forms that are also words ("may", "mar", "set",
// "out") must be capitalised or carry a year; English forms need a day or
// a year, which the caller ensured.
func (a *analysis) monthOK(i int, f string, day, year bool) bool {
	t := a.toks[i]
	switch f {
	case "may", "mar", "set", "out", "dec", "jun", "jul", "ago", "sep", "mai", "jan", "fev", "abr", "dez", "nov", "oct", "apr", "aug", "feb":
		if t.shape == shLower {
			// (an English short form that is no word, before its day:
			// "my oct 14 visit", round 47)
			return year || a.pt && day || a.en && day && monthsNoWord47[f]
		}
	}
	if f == "may" && !year {
		// "May 5" fine, "may 2" modal: lower case handled above
		return t.shape != shLower
	}
	return true
}

// fractionContext rejects 6/10 pain scores, 12/12h schedules, 25/100 doses,
// 9x6 pressures and similar.
func (a *analysis) fractionContext(st, en int) bool {
	s := a.norm
	// what follows
	k := en
	for k < len(s) && s[k] == ' ' {
		k++
	}
	// (not followed by a letter, ASCII or the first byte of a multi-byte one)
	if k+2 <= len(s) && (k+2 == len(s) || !isASCIILetter(s[k+2]) && s[k+2] < 0x80) {
		// a visual acuity: "6/12 OS", "20/40 OU"
		switch s[k : k+2] {
		case "OD", "OS", "OU":
			return true
		}
	}
	if k < len(s) {
		rest := strings.ToLower(s[k:min(len(s), k+8)])
		for _, u := range []string{"mg", "ml", "mmhg", "h ", "hr", "hours", "horas", "tab", "cap", "mcg", "units", "dose", "gotas", "comp", "x ", "mm", "frasco", "bottle", "sets", "session", "sess", "ampola", "vials", "cores", "week", "wk", "seman", "sm ",
			"holosys", "systolic", "diastoli", "murmur", "sopro", // (a murmur's grade, round44.go)
			"crescend", "decresce", "harsh", "blowing", "ejection"} { // (and its kind, round 47)
			if strings.HasPrefix(rest, u) {
				return true
			}
		}
		// what a share counts: "4/7 days", "6/7 taken", "9/10 supported
		// meals", "2/2 opacities"
		if len(rest) >= 4 && countNouns[rest[:4]] {
			return true
		}
	}
	// another score of the list before it: "Strength 3/5 hips, 4/5 arms"
	// (round42.go)
	if scoreListBefore42(s, st, en) || vsFraction45(s, st) {
		return true
	}
	// a scale or points named after it on its line: "was 1/10 on the faces
	// scale", "112/120 points"
	if scaleAfter(s[en:min(len(s), en+32)]) || strings.HasSuffix(s[st:en], "/10") && painAfter46(s[en:min(len(s), en+24)]) {
		return true
	}
	// what precedes
	lo := st - 24
	if lo < 0 {
		lo = 0
	}
	// (and a bracket around the score: "a headache (4/10)", round42.go)
	w := strings.ToLower(strings.TrimRight(s[lo:st], " :("))
	if sp := strings.LastIndexAny(w, " \n\t("); sp >= 0 && !strings.HasSuffix(w, "20/") {
		// a pain score with a word between: "dor fantasma 5/10",
		// "pain level 7/10"
		// (or two: "dor abdominal intensa (8/10)", round44.go)
		if w2 := strings.TrimSpace(w[:sp]); w2 == "dor" || w2 == "pain" || strings.HasSuffix(w2, " dor") || strings.HasSuffix(w2, " pain") ||
			strings.Contains(w2, "dor ") || strings.Contains(w2, "pain ") {
			if strings.HasSuffix(s[st:en], "/10") {
				return true
			}
		}
		// "MEEM de 8/30": the test's name before the preposition
		if w3 := w[sp+1:]; (w3 == "de" || w3 == "of") && sp > 0 {
			if p := strings.LastIndexAny(w[:sp], " \n\t("); p >= 0 && fractionTests42[w[p+1:sp]] {
				return true
			}
		}
		w = w[sp+1:]
	}
	// a course's day of its days: "pred 40 day 4/5" (round44.go; "o dia
	// 12/09" is a date)
	if (w == "day" || w == "dia") && courseDay44(s[st:en]) {
		return true
	}
	// a score going down or up from an earlier one: "pain 3/10, down
	// from 8/10"
	if (w == "from" || w == "de" || w == "to" || w == "para") && strings.HasSuffix(s[st:en], "/10") && strings.Contains(s[max(0, st-40):st], "/10") {
		return true
	}
	// (and after a dose's frequency: "Metoprolol 25 mg BID    9/22 AM",
	// a reconciliation's last dose, round 50)
	if w == "mg" || w == "dose" || (w == "bid" || w == "tid") && doseThenDate(s[st:en]) {
		return !doseThenDate(s[st:en]) // "lisinopril 20 mg 11/20", "last dose 4/21": the day it was taken
	}
	if strings.HasSuffix(s[st:en], "/10") && painClause49(s, st, w) {
		return true // "aching with overhead work, 3/10", "dores no coto (6/10)" (round49.go)
	}
	// (a score's or a scale's word, fractionWords; or a fraction before
	// it: "20/20/", "1/2/")
	return fractionWords[w] || strings.HasSuffix(w, "/") && w != "p/"
}

// fractionWords (fractionContext) name the score, the scale, the test or
// the dose a fraction after them is read on ("pain 6/10", "MoCA 24/30",
// "Apgars 3/7", "BiPAP 10/5"); one lookup, where a loop over them trimmed
// every word for every fraction (round 47).
var fractionWords = set(`pain dor score mood humor sleep sono anxiety ansiedade energy appetite fatigue nausea itch severity
	intensidade intensity scale escala moca mmse gcs glasgow apgar bp pa strength força forca power grade ratio rated nota
	escore x phq gad nihss vision visual acuity ef stage tid bid levodopa ha headache cefaleia craving cravings urge urges
	recall visuospatial naming orientation attention abstraction fluency registration supervisionada supervised distress
	stress worry tinnitus pg page pag folha mini-cog minicog cincinnati weakness fraqueza cp renda meem
	apgars bipap cpap ipap epap peep posologia
	hiv tof mrc grip
	avaliação avaliacao rating estrelas stars`)

// doseThenDate: a month/day after a dose cannot be a tablet's fraction
// (1/2, 3/4) nor a score (/10): a month and a day from the 11th on.
func doseThenDate(v string) bool {
	m, d, ok := strings.Cut(v, "/")
	if !ok || len(m) == 0 || len(m) > 2 || len(d) != 2 || !allDigits(m) || !allDigits(d) {
		return false
	}
	mm, dd := atoi(m), atoi(d)
	return mm >= 1 && mm <= 12 && dd >= 11 && dd <= 31
}

// streetBefore: a street word ("Rua", "Av.", "St") sits within max tokens
// before k on its line, so a "Name, 95," there is a house number.
func (a *analysis) streetBefore(k, max int) bool {
	for p := k; p >= 0 && p > k-max; p-- {
		if a.isWord(p) && (a.cue(p)&cuBRStreet != 0 || streetTypeSet[a.tokText(p)]) {
			return true
		}
		if a.toks[p].nl {
			break
		}
	}
	return false
}

// ageDOBWords follow "Name, 93," in a patient line.
var ageDOBWords = set(`dob born nasc nascimento dn mrn`)

var dateCues = []string{"on", "since", "from", "until", "till", "through", "to", "by", "before", "after",
	"labs", "lab", "visit", "seen", "dated", "date", "data", "dt", "em", "dia", "desde", "até", "ate", "de", "retorno",
	"próximo", "proximo", "next", "f/u", "rtc", "follow-up", "followup", "appt", "appointment", "consulta", "coleta",
	"case", "or", "surgery", "cirurgia", "tpa", "started", "stopped", "admitted", "discharged", "alta", "internado",
	"internada", "placed", "removed", "called", "ligou", "contato", "telefônico", "telefonico", "phone", "vl", "mon", "tue", "tues", "wed",
	"thu", "thur", "thurs", "fri", "sat", "sun", "segunda", "terça", "terca", "quarta", "quinta", "sexta", "sábado", "sabado",
	"domingo", "feira", "encounter", "triage", "note", "clinic", "dos", "dated", "effective", "expires", "exp", "[", "(", "-", "—", "–",
	"clinic f/u", "of", "in", "for", "sent", "as", "updated", "checked", "stopped", "held", "resumed", "ordered", "drawn", "collected", "received", "reported",
	"dob", "d.o.b", "born", "birth", "birthday", "nasc", "nascimento", "nascido", "nascida", "dn", "aniversario", "aniversário", "p/"}

// dateCueBefore reports whether a date cue word or bracket precedes i.
func (a *analysis) dateCueBefore(i int) bool {
	s := a.norm
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	if k == 0 || s[k-1] == '\n' {
		return true // a date opening a line
	}
	if s[k-1] == '[' || s[k-1] == '(' || s[k-1] == '-' || s[k-1] == ':' {
		return true
	}
	j := k
	for j > 0 && (isASCIILetter(s[j-1]) || s[j-1] >= 0x80 || s[j-1] == '/' || s[j-1] == '-') {
		j--
	}
	w := strings.ToLower(s[j:k])
	for _, c := range dateCues {
		if w == c {
			return true
		}
	}
	return false
}

// dateCueAfter reports whether a time or a date-ish word follows.
func (a *analysis) dateCueAfter(i int) bool {
	s := a.norm
	k := i
	for k < len(s) && (s[k] == ' ' || s[k] == ',') {
		k++
	}
	rest := strings.ToLower(s[k:min(len(s), k+6)])
	if strings.HasPrefix(rest, "at ") || strings.HasPrefix(rest, "às") || strings.HasPrefix(rest, "as ") || strings.HasPrefix(rest, "@") {
		return true
	}
	if k+4 < len(s) && isDigit(s[k]) && (s[k+1] == ':' || s[k+2] == ':' || s[k+1] == 'h' || s[k+2] == 'h') {
		return true
	}
	if k < len(s) && (s[k] == ']' || s[k] == ')') {
		return true
	}
	return false
}

// detectAges finds ages over 89: "92-year-old", "91 anos", "90 y/o",
// "Age: 92", "(91)", "93M".
func (a *analysis) detectAges() {
	n := len(a.toks)
	for _, ni := range a.classToksOf(tcNum, tcAlnum) {
		i := int(ni)
		t := a.toks[i]
		if t.kind != kNum && t.kind != kAlnum {
			continue
		}
		v := a.tokText(i)
		d := 0
		for d < len(v) && isDigit(v[d]) {
			d++
		}
		if d < 2 || d > 3 {
			continue
		}
		age := atoi(v[:d])
		if age < 90 || age > 130 {
			continue
		}
		// "97/M", "F/97", "97 F" (age and sex)
		if t.kind == kNum && (a.sexAt(i+2) && a.isPunct(i+1, "/") && a.toks[i+1].gap == 0 || i >= 2 && a.sexAt(i-2) && a.isPunct(i-1, "/") && t.gap == 0 ||
			i+1 < n && a.sexAt(i+1) && a.toks[i+1].gap == 1 && (i+2 >= n || a.toks[i+2].nl || a.toks[i+2].kind == kPunct) &&
				(a.ageFieldBefore(i) || i >= 2 && a.isPunct(i-1, ",") && a.isWord(i-2) && a.capShape(i-2))) || // "Gudrun Asplund, 91 F,"
			// "father, 92, at Westminster Canterbury"
			t.kind == kNum && i >= 2 && a.isPunct(i-1, ",") && a.isWord(i-2) && a.lexOf(i-2)&lxRelation != 0 && i+1 < n && (a.isPunct(i+1, ",") || a.isPunct(i+1, ")")) ||
			// "Mrs. Zlata Vukovic, 90, metastatic…", "his mother Hester, 95, may call"
			t.kind == kNum && i >= 2 && a.isPunct(i-1, ",") && a.capShape(i-2) && a.toks[i-2].shape == shTitle &&
				(a.lexOf(i-2)&(lxGiven|lxName) != 0 && a.lexOf(i-2)&(lxCommon|lxStop|lxMedical|lxPlace|lxRegion|lxMonth) == 0 || a.unknownWord(i-2)) &&
				i+1 < n && a.isPunct(i+1, ",") && !a.streetBefore(i-2, 8) ||
			// "Patient: Fiorella Pellegrino, 93, DOB 08/27/1931"
			t.kind == kNum && i >= 2 && a.isPunct(i-1, ",") && a.capShape(i-2) && !a.nonName(i-2) && i+2 < n && a.isPunct(i+1, ",") && a.isWord(i+2) && ageDOBWords[a.folded(i+2)] ||
			// "i am 91 so i forget", "she's 94", "ela tem 92"
			t.kind == kNum && i >= 2 && a.isWord(i-1) && (a.folded(i-1) == "am" && a.isWord(i-2) && a.folded(i-2) == "i" ||
				(a.folded(i-1) == "is" || a.folded(i-1) == "s") && a.isWord(i-2) && (a.folded(i-2) == "she" || a.folded(i-2) == "he") ||
				a.folded(i-1) == "tem" && a.isWord(i-2) && (a.folded(i-2) == "ela" || a.folded(i-2) == "ele")) &&
				(i+1 >= n || a.toks[i+1].kind == kPunct || a.isWord(i+1) && (a.folded(i+1) == "so" || a.folded(i+1) == "and" || a.folded(i+1) == "mas" || a.folded(i+1) == "e" || a.folded(i+1) == "years" || a.folded(i+1) == "anos")) ||
			// "Marie-Carmel is 90 and the stairs are the issue"
			t.kind == kNum && i >= 2 && a.isWord(i-1) && (a.folded(i-1) == "is" || a.folded(i-1) == "turned" || a.folded(i-1) == "turns") && a.capShape(i-2) && !a.nonName(i-2) &&
				(i+1 >= n || a.toks[i+1].kind == kPunct || a.isWord(i+1) && (a.folded(i+1) == "and" || a.folded(i+1) == "but" || a.folded(i+1) == "now" || a.folded(i+1) == "years")) ||
			// "Mr. Marchetti (95, MRN DPM-5031977)": an age first in brackets
			t.kind == kNum && i >= 2 && a.isPunct(i-1, "(") && a.capShape(i-2) && !a.nonName(i-2) && i+2 < n && a.isPunct(i+1, ",") && a.isWord(i+2) &&
				(ageDOBWords[a.folded(i+2)] || a.folded(i+2) == "mrn") ||
			// "her sister (Irena, 100)": a name and an age in brackets
			t.kind == kNum && i >= 3 && a.isPunct(i-1, ",") && a.capShape(i-2) && !a.nonName(i-2) && i+1 < n && a.isPunct(i+1, ")") && (a.isPunct(i-3, "(") || i >= 4 && a.isPunct(i-4, "(") && a.capShape(i-3)) {
			a.add(int(t.s), int(t.e), TypeAge, 0.8, pAge)
			continue
		}
		if i > 0 && a.toks[i].gap == 0 && (a.isPunct(i-1, "/") || a.isPunct(i-1, ".") || a.isPunct(i-1, "-") || a.isPunct(i-1, ",") || a.toks[i-1].kind != kPunct) {
			continue
		}
		if t.kind == kAlnum {
			u := strings.ToLower(v[d:])
			if u == "m" || u == "f" || u == "yo" || u == "y" || u == "a" && a.pt {
				a.add(int(t.s), int(t.s)+d, TypeAge, 0.85, pAge)
			}
			continue
		}
		if i+1 < n && a.toks[i+1].gap == 0 && (a.isPunct(i+1, "/") || a.isPunct(i+1, ".") && i+2 < n && a.toks[i+2].kind == kNum) {
			continue
		}
		if e, ok := a.ageUnitEnd(i); ok {
			a.add(int(t.s), int(a.toks[e-1].e), TypeAge, 0.9, pAge)
			continue
		}
		// "Age: 92", "Idade: 91", "AGE 94"
		p := i - 1
		if p >= 0 && a.isPunct(p, ":") {
			p--
		}
		if p >= 0 && a.isWord(p) {
			switch a.folded(p) {
			case "age", "idade", "aged", "ages":
				a.add(int(t.s), int(t.e), TypeAge, 0.9, pAge)
				continue
			case "of":
				// "at the age of 96" (round 57)
				if p > 0 && a.isWord(p-1) && a.folded(p-1) == "age" {
					a.add(int(t.s), int(t.e), TypeAge, 0.9, pAge)
					continue
				}
			}
		}
		// "(91)" after a word, not an area code
		if i > 0 && a.isPunct(i-1, "(") && i+1 < n && a.isPunct(i+1, ")") {
			// (nor a count after a drug's strength: "rosuvastatin 20 mg
			// (90)", round 50)
			if !(i+2 < n && a.toks[i+2].kind == kNum && !a.toks[i+2].nl) && !(i >= 2 && a.isWord(i-2) && doseUnit50(a.folded(i-2))) {
				a.add(int(t.s), int(t.e), TypeAge, 0.7, pAge)
			}
		}
	}
}

// ageUnitEnd: the token range end of "92-year-old", "92 years old", "92
// years of age", "91 anos",
// "90 y/o", "90 yo" starting at number token i.
func (a *analysis) ageUnitEnd(i int) (int, bool) {
	n := len(a.toks)
	k := i + 1
	if k < n && a.isPunct(k, "-") {
		k++
	}
	if k >= n || a.toks[k].kind != kWord || a.toks[k].nl {
		return 0, false
	}
	switch a.folded(k) {
	case "year", "years", "yr", "yrs":
		k2 := k + 1
		if k2 < n && a.isPunct(k2, "-") {
			k2++
		}
		if k2 < n && a.isWord(k2) && a.folded(k2) == "old" {
			return k2 + 1, true
		}
		// "92 years of age"
		if k2+1 < n && k2 == k+1 && a.isWord(k2) && a.folded(k2) == "of" && a.isWord(k2+1) && a.folded(k2+1) == "age" && !a.toks[k2+1].nl {
			return k2 + 2, true
		}
		return k + 1, true // "93 years", "93 yrs"
	case "y":
		// y/o, y.o., y
		if k+2 < n && (a.isPunct(k+1, "/") || a.isPunct(k+1, ".")) && a.isWord(k+2) && a.folded(k+2) == "o" {
			e := k + 3
			if e < n && a.isPunct(e, ".") && a.toks[e].gap == 0 {
				e++
			}
			return e, true
		}
		return k + 1, true
	case "yo":
		return k + 1, true
	case "a":
		// "93 a" (anos) in Portuguese only
		return k + 1, a.pt
	case "anos", "ano":
		return k + 1, true
	}
	return 0, false
}

// sexAt: token k is a sex letter or word ("M", "F", "male", "fem").
func (a *analysis) sexAt(k int) bool {
	if k < 0 || k >= len(a.toks) || a.toks[k].kind != kWord {
		return false
	}
	switch a.folded(k) {
	case "m", "f", "male", "female", "masc", "fem", "masculino", "feminino":
		return a.toks[k].shape != shLower || len(a.tokText(k)) > 1
	}
	return false
}

// ageFieldBefore: "Age/Sex:", "Idade/Sexo", "age" shortly before token i.
func (a *analysis) ageFieldBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if a.toks[k].kind == kWord {
			switch a.folded(k) {
			case "age", "idade", "sex", "sexo":
				return true
			}
		}
	}
	return false
}

// Hand-written equivalents of the date patterns (they ran as regexps and
// were the hottest part of detection); each returns the match at i with
// the same submatch layout, trying alternatives in the regexp's order.
//
//	matchDateNum: \b(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})\b
//	matchDateISO: \b((?:19|20)\d{2})([\-/.])(\d{1,2})([\-/.])(\d{1,2})\b

func isWordByte(c byte) bool { return isDigit(c) || isASCIILetter(c) || c == '_' }

func isDateSep(c byte) bool { return c == '/' || c == '.' || c == '-' }

// digitsAt reports whether v[i:i+n] are n digits.
func digitsAt(v string, i, n int) bool {
	if i+n > len(v) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !isDigit(v[k]) {
			return false
		}
	}
	return true
}

func wordEnd(v string, e int) bool { return e >= len(v) || !isWordByte(v[e]) }

func matchDateNum(v string, i int) ([]int, bool) {
	if i > 0 && isWordByte(v[i-1]) {
		return nil, false
	}
	for d1 := 2; d1 >= 1; d1-- {
		if !digitsAt(v, i, d1) || i+d1 >= len(v) || !isDateSep(v[i+d1]) {
			continue
		}
		p := i + d1 + 1
		for d2 := 2; d2 >= 1; d2-- {
			if !digitsAt(v, p, d2) || p+d2 >= len(v) || !isDateSep(v[p+d2]) {
				continue
			}
			q := p + d2 + 1
			for _, y := range [2]int{4, 2} {
				if digitsAt(v, q, y) && wordEnd(v, q+y) {
					return []int{i, q + y, i, i + d1, i + d1, i + d1 + 1, p, p + d2, p + d2, p + d2 + 1, q, q + y}, true
				}
			}
		}
	}
	return nil, false
}

func matchDateISO(v string, i int) ([]int, bool) {
	if i > 0 && isWordByte(v[i-1]) || !digitsAt(v, i, 4) || !(v[i] == '1' && v[i+1] == '9' || v[i] == '2' && v[i+1] == '0') {
		return nil, false
	}
	p := i + 4
	if p >= len(v) || !isDateSep(v[p]) {
		return nil, false
	}
	p++
	for d2 := 2; d2 >= 1; d2-- {
		if !digitsAt(v, p, d2) || p+d2 >= len(v) || !isDateSep(v[p+d2]) {
			continue
		}
		q := p + d2 + 1
		for d3 := 2; d3 >= 1; d3-- {
			if digitsAt(v, q, d3) && wordEnd(v, q+d3) {
				return []int{i, q + d3, i, i + 4, i + 4, i + 5, p, p + d2, p + d2, p + d2 + 1, q, q + d3}, true
			}
		}
	}
	return nil, false
}

// scanIn finds the leftmost, non-overlapping matches of match inside
// cluster cl (as FindAllStringSubmatchIndex would) in norm offsets.
func (a *analysis) scanIn(cl cluster, match func(string, int) ([]int, bool)) [][]int {
	v := a.norm[cl.s:cl.e]
	var out [][]int
	for i := 0; i < len(v); {
		if !isDigit(v[i]) {
			i++
			continue
		}
		m, ok := match(v, i)
		if !ok {
			i++
			continue
		}
		for k := range m {
			m[k] += cl.s
		}
		out = append(out, m)
		i = m[1] - cl.s
	}
	return out
}

// dateRangeAfter: a second full date with the same separator right after
// a dash ("10/20/2025-10/24/2025", "03/04/24-05/29/24": a year of four
// digits or of the first date's length), so the dash joins a range.
func dateRangeAfter(s string, i int, sep string, ylen int) bool {
	if sep == "-" {
		return false
	}
	m, ok := matchDateNum(s, i)
	return ok && s[m[4]:m[5]] == sep && s[m[8]:m[9]] == sep && (m[11]-m[10] == 4 || m[11]-m[10] == ylen)
}

// monthYearBefore: a month and year ("07/2023") ends just before the
// hyphen at p, so that the month after it closes a range of months
// ("07/2023-12/2023"), as dated as its first half.
func monthYearBefore(s string, p int) bool {
	if p < 6 || s[p] != '-' || s[p-5] != '/' {
		return false
	}
	for q := p - 4; q < p; q++ {
		if !isDigit(s[q]) {
			return false
		}
	}
	m := p - 6
	if m > 0 && isDigit(s[m-1]) {
		m--
	}
	if !isDigit(s[m]) || m > 0 && isDigit(s[m-1]) {
		return false
	}
	y, mo := atoi(s[p-4:p]), atoi(s[m:p-5])
	return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12
}
