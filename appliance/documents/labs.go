package documents

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// LabResult is one result row with what casemodel.Lab has no room for.
type LabResult struct {
	casemodel.Lab
	Label   string   // the row label as printed ("Potássio", "Troponin I (hs)")
	RefText string   // the reference range as printed, if any
	RefLow  *float64 // parsed reference bounds, when printed
	RefHigh *float64
	Line    int // 1-based line of the extracted text
}

// ExtractLabs returns every analyte result row found in text, in document
// order: canonical analyte name, value (decimal commas and thousands
// separators resolved for the document's locale), unit as printed and the
// printed H/L flag. Reference ranges, previous results and numbers in prose
// are not labs.
func ExtractLabs(text string) []casemodel.Lab {
	res := ExtractLabResults(text)
	out := make([]casemodel.Lab, 0, len(res))
	for _, r := range res {
		out = append(out, r.Lab)
	}
	return out
}

// maxLabLine bounds the work per line: a result row is never this long, and
// a hostile "line" of megabytes must not cost quadratic time.
const maxLabLine = 400

// ExtractLabResults is ExtractLabs with reference ranges and provenance.
func ExtractLabResults(text string) []LabResult {
	idx := loadAnalytes()
	p := labParser{idx: idx, commaDecimal: usesDecimalComma(text)}
	text = strings.ReplaceAll(text, "\f", "\n")
	text = strings.ReplaceAll(text, "\r", "")
	var out []LabResult
	for i, line := range strings.Split(text, "\n") {
		if !utf8.ValidString(line) {
			line = strings.ToValidUTF8(line, " ")
		}
		if len(line) > maxLabLine {
			p.pending = ""
			continue
		}
		line = strings.ReplaceAll(line, "\t", "    ")
		line = ocrDigitFix.ReplaceAllStringFunc(line, fixOCRDigits)
		got := p.parseLine(line, 0)
		for j := range got {
			got[j].Line = i + 1
		}
		out = append(out, got...)
		p.ttl--
		if p.ttl <= 0 {
			p.pending = ""
		}
	}
	return out
}

type labParser struct {
	idx          *analyteIndex
	commaDecimal bool
	pending      string // analyte named alone on a recent line ("PROTEÍNA C REATIVA (PCR)")
	ttl          int
}

// valueRe finds a value that starts a result column: after a column gap,
// a colon or a dotted leader (which OCR often garbles into letters).
var valueRe = regexp.MustCompile(`(?:\s{2,}|:\s*|\.{2,}[^\s\d]{0,20}\s*)([<>≤≥]=?\s?)?([-+]?\d[\d.,]*)`)

// ocrDigitFix finds value-position tokens with letters OCR confuses for
// digits: "I4L", "l.5", "O.6" (after a column gap or a colon).
var ocrDigitFix = regexp.MustCompile(`(?:\s{2}|:\s)[IlO|]?[0-9IlO|][0-9.,IlO|]*[HL]?(?:\s|$)`)

func fixOCRDigits(m string) string {
	core := strings.TrimSpace(m)
	body := strings.TrimRight(core, "HL")
	digits := 0
	for _, r := range body {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if digits == 0 || digits*2 < len(body) {
		return m
	}
	fixed := strings.NewReplacer("I", "1", "l", "1", "|", "1", "O", "0").Replace(body)
	return strings.Replace(m, body, fixed, 1)
}

var resultWords = map[string]bool{
	"resultado": true, "result": true, "valor": true, "value": true, "resultado do exame": true,
	"valor encontrado": true, "resultados": true,
}

func (p *labParser) parseLine(line string, depth int) []LabResult {
	if depth > 4 || strings.TrimSpace(line) == "" {
		return nil
	}
	locs := valueRe.FindAllStringSubmatchIndex(line, 8)
	for _, loc := range locs {
		label := line[:loc[0]]
		if cut := strings.Index(label, ".."); cut >= 0 {
			label = label[:cut]
		}
		nl := normLabel(label)
		if nl == "" {
			continue
		}
		numStart, numEnd := loc[4], loc[5]
		// The number must end a token: not a date, time, phone or ID fragment.
		num := strings.TrimRight(line[numStart:numEnd], ".,")
		numEnd = numStart + len(num)
		if !tokenBoundary(line, numEnd) {
			return p.headerOnly(line)
		}
		canon, ok := p.idx.match(nl)
		if ok && !strongSeparator(line[loc[0]:loc[4]]) && !p.idx.exactOrQualified(nl) {
			// "Potassium repeated: 6.8 mmol/L" is prose, not a result row.
			return p.headerOnly(line)
		}
		if !ok && resultWords[nl] && p.pending != "" {
			canon, ok = p.pending, true
		}
		if !ok {
			if !p.looksLikeRow(line[numEnd:]) {
				return p.headerOnly(line)
			}
			if canon, ok = p.idx.fuzzyMatch(nl); !ok {
				return p.headerOnly(line)
			}
		}
		v, ok := parseNumber(num, p.commaDecimal)
		if !ok {
			return nil
		}
		r := LabResult{Lab: casemodel.Lab{Name: canon, Value: v}, Label: strings.TrimSpace(label)}
		more := p.parseRest(&r, line, numEnd, depth)
		p.pending = ""
		return append([]LabResult{r}, more...)
	}
	return p.headerOnly(line)
}

// strongSeparator: a column gap or a dotted leader, not just ": ".
func strongSeparator(sep string) bool {
	return strings.Contains(sep, "  ") || strings.Contains(sep, "..")
}

// headerOnly remembers a line that is nothing but an analyte name, for the
// "NAME / Resultado: value" layout.
func (p *labParser) headerOnly(line string) []LabResult {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > 60 || strings.ContainsAny(t, "0123456789") && !hasLetterDigitWord(t) {
		return nil
	}
	nl := normLabel(t)
	if c, ok := p.idx.byKey[nl]; ok {
		p.pending, p.ttl = c, 3
		return nil
	}
	for _, k := range p.idx.keys {
		if strings.HasPrefix(nl, k) && len(nl) > len(k) && (nl[len(k)] == ' ' || nl[len(k)] == '(') && qualifiedRest(nl[len(k):]) {
			p.pending, p.ttl = p.idx.byKey[k], 3
			return nil
		}
	}
	return nil
}

func hasLetterDigitWord(s string) bool {
	for _, w := range strings.Fields(s) {
		hasL, hasD := false, false
		for _, r := range w {
			hasL = hasL || unicode.IsLetter(r)
			hasD = hasD || unicode.IsDigit(r)
		}
		if hasL && hasD {
			return true
		}
	}
	return false
}

func tokenBoundary(line string, i int) bool {
	if i >= len(line) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line[i:])
	switch {
	case r == ' ' || r == '%' || r == '*' || r == ')' || r == ';':
		return true
	case r == '/' || r == ':' || r == '-':
		// 11/02/2024, 06:40, 555-0142; but "/mm³" after a value is a unit
		nxt, _ := utf8.DecodeRuneInString(line[i+1:])
		return !unicode.IsDigit(nxt)
	case r == 'a' || r == 'e':
		// "3,5a5,2": a range with the spaces lost, not a value
		nxt, _ := utf8.DecodeRuneInString(line[i+1:])
		return !unicode.IsDigit(nxt) && nxt != ' '
	case unicode.IsLetter(r) || r == 'µ':
		return true // "212H", "91mmHg": split below
	}
	return false
}

// looksLikeRow tells whether what follows a value looks like the rest of a
// result row (a unit, a flag or a range), so that a near-miss label is worth a
// fuzzy look-up.
func (p *labParser) looksLikeRow(rest string) bool {
	for _, f := range strings.Fields(rest) {
		if flagOf(f) != "" || isUnitToken(f) {
			return true
		}
	}
	return false
}

// parseRest reads flag, unit and reference range after the value. It returns
// further results when the line holds a second result (two-column panels).
func (p *labParser) parseRest(r *LabResult, line string, i int, depth int) []LabResult {
	// A suffix glued to the value: "212H", "91%".
	j := i
	for j < len(line) && line[j] != ' ' {
		j++
	}
	if glued := line[i:j]; glued != "" {
		if f := flagOf(glued); f != "" {
			r.Flag = f
		} else if isUnitToken(glued) && !strings.ContainsAny(glued, ",.") {
			r.Unit = glued
		}
	}
	rest := line[j:]
	offset := j
	cells := splitCells(rest)
	seenNumber := false
	for ci, c := range cells {
		toks := strings.Fields(c.text)
		if len(toks) == 0 {
			continue
		}
		// A second result on the same line: "Na  140  mmol/L    K  4.2  mmol/L".
		if ci > 0 && ci+1 < len(cells) && startsWithNumber(cells[ci+1].text) && !isNumberTok(toks[0]) {
			if _, ok := p.idx.match(normLabel(c.text)); ok {
				return p.parseLine(line[offset+c.start:], depth+1)
			}
		}
		if isRangeText(c.text) || isRefKeyword(toks[0]) {
			p.setRef(r, strings.Join(cellTexts(cells[ci:]), " "))
			return nil
		}
		for ti := 0; ti < len(toks); ti++ {
			t := toks[ti]
			switch {
			case flagOf(t) != "":
				if r.Flag == "" && !seenNumber {
					r.Flag = flagOf(t)
				}
			case isRefKeyword(t):
				p.setRef(r, strings.Join(append(toks[ti:], cellTexts(cells[ci+1:])...), " "))
				return nil
			case isNumberTok(t):
				if ti+2 < len(toks) && isRangeWord(toks[ti+1]) && isNumberTok(toks[ti+2]) {
					p.setRef(r, strings.Join(append(toks[ti:], cellTexts(cells[ci+1:])...), " "))
					return nil
				}
				seenNumber = true
			case r.Unit == "" && isUnitToken(t) && !seenNumber || r.Unit == "" && isUnitToken(t) && ci > 0:
				u := t
				for ti+1 < len(toks) && isUnitContinuation(toks[ti+1]) {
					ti++
					u += " " + toks[ti]
				}
				r.Unit = u
			}
		}
	}
	return nil
}

func (p *labParser) setRef(r *LabResult, s string) {
	s = strings.TrimSpace(s)
	if len(s) > 80 {
		s = s[:80]
	}
	r.RefText = s
	var nums []string
	if m := refPairRe.FindStringSubmatch(s); m != nil {
		nums = []string{m[1], m[2]}
	} else {
		nums = numTokRe.FindAllString(s, 1)
	}
	var vals []float64
	for _, n := range nums {
		if v, ok := parseNumber(strings.TrimLeft(strings.TrimRight(n, ".,"), " \t("), p.commaDecimal); ok {
			vals = append(vals, v)
		}
	}
	low := strings.ToLower(foldAccents(s))
	switch {
	case len(vals) == 0:
	case strings.HasPrefix(low, "<") || strings.HasPrefix(low, "≤") || strings.Contains(low, "inferior") ||
		strings.Contains(low, "menor") || strings.Contains(low, "ate ") || strings.Contains(low, "up to") || strings.HasPrefix(low, "vr: <"):
		r.RefHigh = &vals[0]
	case strings.HasPrefix(low, ">") || strings.HasPrefix(low, "≥") || strings.Contains(low, "superior") || strings.Contains(low, "maior"):
		r.RefLow = &vals[0]
	case len(vals) >= 2:
		r.RefLow, r.RefHigh = &vals[0], &vals[1]
	}
}

type cell struct {
	text  string
	start int // byte offset in the string splitCells was given
}

// splitCells cuts at runs of two or more spaces (table columns).
func splitCells(s string) []cell {
	var out []cell
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) {
			break
		}
		start := i
		for i < len(s) && !(s[i] == ' ' && i+1 < len(s) && s[i+1] == ' ') {
			i++
		}
		out = append(out, cell{text: strings.TrimSpace(s[start:i]), start: start})
	}
	return out
}

func cellTexts(cs []cell) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text
	}
	return out
}

var (
	numTokRe   = regexp.MustCompile(`[-+]?\d[\d.,]*`)
	refPairRe  = regexp.MustCompile(`((?:^|[\s(])[-+]?\d[\d.,]*|\d[\d.,]*)\s*(?:-|–|a|to|até|ate)\s*([-+]?\d[\d.,]*)`)
	numOnlyRe  = regexp.MustCompile(`^[<>≤≥]?=?[-+]?\d[\d.,]*\*?$`)
	rangeRe    = regexp.MustCompile(`^(?:[<>≤≥]=?\s*[-+]?\d|[-+]?\d[\d.,]*\s*(?:-|–|a|to|até|ate)\s*[-+]?\d)`)
	unitLikeRe = regexp.MustCompile(`^(?:%|‰|[xX×]?10\^?[0-9*]+/\S+|[xX×]\s?10\S*|[a-zA-Zµμ/][\p{L}0-9/^³²¹.,%*()\-]*)$`)
)

func isNumberTok(t string) bool { return numOnlyRe.MatchString(t) }
func isRangeText(s string) bool { return rangeRe.MatchString(s) }
func startsWithNumber(s string) bool {
	s = strings.TrimLeft(s, "<>≤≥= ")
	r, _ := utf8.DecodeRuneInString(s)
	if r == '-' || r == '+' {
		r, _ = utf8.DecodeRuneInString(s[1:])
	}
	return unicode.IsDigit(r)
}

func isRangeWord(t string) bool {
	switch strings.ToLower(t) {
	case "-", "–", "a", "to", "até", "ate":
		return true
	}
	return false
}

func isRefKeyword(t string) bool {
	switch strings.ToLower(foldAccents(strings.TrimRight(t, ":"))) {
	case "vr", "ref", "ref.", "reference", "referencia", "inferior", "superior", "menor", "maior", "ate",
		"up", "<", ">", "≤", "≥", "<=", ">=", "desejavel", "optimal", "otimo", "normal", "negative", "negativo":
		return true
	}
	return false
}

// flagOf maps a printed flag to the contract's flag, or "".
func flagOf(t string) string {
	switch strings.ToLower(foldAccents(strings.Trim(t, "[]"))) {
	case "h", "(h)", "high", "alto", "alta", "h*", "↑", "(+)":
		return "high"
	case "l", "(l)", "low", "baixo", "baixa", "l*", "↓", "(-)":
		return "low"
	case "hh", "(hh)", "h!", "critical_high", "crit-h", "h!!":
		return "critical_high"
	case "ll", "(ll)", "l!", "critical_low", "crit-l", "l!!":
		return "critical_low"
	}
	return ""
}

var notUnitWords = map[string]bool{
	"a": true, "e": true, "de": true, "do": true, "da": true, "the": true, "and": true, "of": true, "to": true,
	"was": true, "is": true, "em": true, "no": true, "na": true, "with": true, "by": true, "at": true, "in": true,
	"resultado": true, "result": true, "anterior": true, "previous": true, "ver": true, "see": true, "nota": true,
	"note": true, "obs": true, "called": true, "comunicado": true, "repeated": true, "confirmed": true,
}

// isUnitToken accepts the shapes lab units take: "mg/dL", "%", "x10^3/uL",
// "/mm³", "mL/min/1,73m²", "sec", "segundos", "U/L", "milhões/mm³".
func isUnitToken(t string) bool {
	if t == "" || len(t) > 24 || flagOf(t) != "" || isRefKeyword(t) {
		return false
	}
	if notUnitWords[strings.ToLower(t)] {
		return false
	}
	if !unitLikeRe.MatchString(t) {
		return false
	}
	// Plain words are units only when short or known unit words.
	if strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
		l := strings.ToLower(t)
		if len(t) > 5 && !unitWords[l] {
			return false
		}
	}
	return true
}

var unitWords = map[string]bool{
	"segundos": true, "seconds": true, "ratio": true, "index": true, "indice": true, "mmhg": true,
	"mosm": true, "copies": true, "titer": true, "titulo": true, "unidades": true, "units": true,
}

// isUnitContinuation accepts the second word of a unit: "FEU" in "ug/mL FEU".
func isUnitContinuation(t string) bool {
	if flagOf(t) != "" || isRefKeyword(t) || isNumberTok(t) {
		return false
	}
	t = strings.Trim(t, "()")
	if len(t) < 2 || len(t) > 4 {
		return false
	}
	for _, r := range t {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

var (
	commaDecRe = regexp.MustCompile(`\d,(?:\d{1,2}|\d{4,})(?:[^\d]|$)`)
	dotDecRe   = regexp.MustCompile(`\d\.(?:\d{1,2}|\d{4,})(?:[^\d.]|$)`)
	ptWordsRe  = regexp.MustCompile(`(?i)\b(?:paciente|resultado|exames?|refer[êe]ncia|m[ée]dic[oa]|coleta|laborat[óo]rio|valores|unidade|inferior|superior)\b`)
)

// usesDecimalComma decides the document's number style: pt-BR writes "6,4"
// and "95.000", en writes "6.4" and "1,240".
func usesDecimalComma(text string) bool {
	score := len(commaDecRe.FindAllStringIndex(text, 500)) - len(dotDecRe.FindAllStringIndex(text, 500))
	if score != 0 {
		return score > 0
	}
	return len(ptWordsRe.FindAllStringIndex(text, 50)) >= 2
}

// parseNumber reads "6,4", "95.000", "1,240", "1.234,5", "-11,5".
func parseNumber(s string, commaDecimal bool) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 32 {
		return 0, false
	}
	neg := false
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	nDot, nComma := strings.Count(s, "."), strings.Count(s, ",")
	var clean string
	switch {
	case nDot > 0 && nComma > 0:
		lastDot, lastComma := strings.LastIndex(s, "."), strings.LastIndex(s, ",")
		if lastComma > lastDot {
			clean = strings.ReplaceAll(s[:lastComma], ".", "")
			clean = strings.ReplaceAll(clean, ",", "") + "." + s[lastComma+1:]
		} else {
			clean = strings.ReplaceAll(s[:lastDot], ",", "")
			clean = strings.ReplaceAll(clean, ".", "") + "." + s[lastDot+1:]
		}
	case nComma > 1:
		clean = strings.ReplaceAll(s, ",", "")
	case nDot > 1:
		clean = strings.ReplaceAll(s, ".", "")
	case nComma == 1:
		if !commaDecimal && thousandsGroup(s, ',') {
			clean = strings.ReplaceAll(s, ",", "")
		} else {
			clean = strings.ReplaceAll(s, ",", ".")
		}
	case nDot == 1:
		if commaDecimal && thousandsGroup(s, '.') {
			clean = strings.ReplaceAll(s, ".", "")
		} else {
			clean = s
		}
	default:
		clean = s
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

// thousandsGroup: "1,240" / "95.000" — one separator followed by exactly
// three digits, after a 1-3 digit integer part that is not a lone zero.
func thousandsGroup(s string, sep byte) bool {
	i := strings.IndexByte(s, sep)
	intPart, frac := s[:i], s[i+1:]
	return len(frac) == 3 && len(intPart) >= 1 && len(intPart) <= 3 && intPart != "0"
}

// extractLabsOCR is ExtractLabs for OCR text: a decimal separator that OCR
// dropped ("3,4" read as "34") is restored when the row's own reference range
// and printed flag agree only with the restored value.
func extractLabsOCR(text string) []casemodel.Lab {
	res := ExtractLabResults(text)
	out := make([]casemodel.Lab, 0, len(res))
	for _, r := range res {
		out = append(out, repairDroppedDecimal(r).Lab)
	}
	return out
}

func repairDroppedDecimal(r LabResult) LabResult {
	if r.RefLow == nil || r.RefHigh == nil || !strings.ContainsAny(r.RefText, ".,") {
		return r
	}
	v, lo, hi := r.Value, *r.RefLow, *r.RefHigh
	if v < 10 || v != float64(int64(v)) || hi <= lo || v <= 4*hi {
		return r
	}
	c := v / 10
	if c < lo/3 || c > hi*4 {
		return r
	}
	ok := false
	switch r.Flag {
	case "high", "critical_high":
		ok = c > hi
	case "low", "critical_low":
		ok = c < lo
	case "":
		ok = c >= lo && c <= hi
	}
	if ok {
		r.Value = c
	}
	return r
}
