package phi

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mode selects how Scrub replaces PHI.
type Mode int

const (
	// Redact replaces each span with its type in brackets: "[NAME]".
	Redact Mode = iota
	// Surrogate replaces each span with a realistic fake value. The same
	// value always gets the same fake under the same Key (HMAC-SHA256), so
	// records stay linkable inside a clinic without being identifying.
	// Dates are shifted (see ScrubOptions.ShiftDates).
	Surrogate
	// SafeHarbor applies the HIPAA Safe Harbor generalisations: dates keep
	// only their year, ages over 89 become "90+", US ZIP codes keep their
	// first three digits ("000" for the sparsely populated prefixes), and
	// everything else is redacted as in Redact.
	SafeHarbor
)

// ScrubOptions configures Scrub.
type ScrubOptions struct {
	Mode Mode
	// Key is the clinic's secret for surrogates and date shifts (HMAC key).
	// An empty key still works but is guessable: always set one.
	Key []byte
	// PatientKey scopes the date shift: every date of one patient moves by
	// the same number of days, so intervals are kept. Empty: one shift for
	// the whole Key.
	PatientKey string
	// ShiftDates replaces dates by shifted dates (same format) in every
	// mode; Surrogate mode always shifts.
	ShiftDates bool
	// MaxShiftDays bounds the shift (default 365); the shift is never 0.
	MaxShiftDays int
	// Lang is used to read ambiguous numeric dates when the Scrub call gets
	// none ("en": month first, "pt-BR": day first).
	Lang string
}

// restrictedZIP3 are the three-digit ZIP prefixes whose areas held 20,000
// people or fewer (HHS guidance on the Safe Harbor method, 2000 Census).
var restrictedZIP3 = map[string]bool{
	"036": true, "059": true, "063": true, "102": true, "203": true, "556": true,
	"692": true, "790": true, "821": true, "823": true, "830": true, "831": true,
	"878": true, "879": true, "884": true, "890": true, "893": true,
}

// Scrub detects PHI in text and replaces it according to opt. It returns
// the scrubbed text and the spans found (offsets into the input text).
func (d *Detector) Scrub(text, lang string, opt ScrubOptions) (string, []Span) {
	spans := d.Detect(text, lang)
	if opt.Lang == "" {
		opt.Lang = lang
	}
	return d.apply(text, spans, opt), spans
}

// ApplySpans replaces the given spans of text (sorted, non-overlapping, as
// Detect returns them) according to opt.
func (d *Detector) ApplySpans(text string, spans []Span, opt ScrubOptions) string {
	return d.apply(text, spans, opt)
}

func (d *Detector) apply(text string, spans []Span, opt ScrubOptions) string {
	if len(spans) == 0 {
		return text
	}
	if opt.MaxShiftDays <= 0 {
		opt.MaxShiftDays = 365
	}
	s := &scrubber{d: d, opt: opt}
	var b strings.Builder
	b.Grow(len(text) + 8*len(spans))
	last := 0
	for _, sp := range spans {
		if sp.Start < last || sp.End > len(text) || sp.Start >= sp.End {
			continue // defensive: never emit overlapping replacements
		}
		b.WriteString(text[last:sp.Start])
		b.WriteString(s.replace(text[sp.Start:sp.End], sp.Type))
		last = sp.End
	}
	b.WriteString(text[last:])
	return b.String()
}

type scrubber struct {
	d   *Detector
	opt ScrubOptions
}

func (s *scrubber) replace(v, typ string) string {
	if typ == TypeDate && (s.opt.ShiftDates || s.opt.Mode == Surrogate) {
		if out, ok := shiftDate(v, s.lang(), s.shiftDays()); ok {
			return out
		}
	}
	switch s.opt.Mode {
	case SafeHarbor:
		return s.safeHarbor(v, typ)
	case Surrogate:
		return s.surrogate(v, typ)
	}
	return "[" + typ + "]"
}

func (s *scrubber) lang() string { return s.opt.Lang }

// mac returns HMAC-SHA256(Key, parts joined by NUL).
func (s *scrubber) mac(parts ...string) []byte {
	m := hmac.New(sha256.New, s.opt.Key)
	for i, p := range parts {
		if i > 0 {
			m.Write([]byte{0})
		}
		m.Write([]byte(p))
	}
	return m.Sum(nil)
}

// shiftDays is the patient's date shift in days: non-zero, within ±MaxShiftDays.
func (s *scrubber) shiftDays() int {
	h := s.mac("date-shift", s.opt.PatientKey)
	n := binary.BigEndian.Uint64(h[:8])
	max := uint64(s.opt.MaxShiftDays)
	k := int(n%(2*max)) - int(max) // [-max, max)
	if k >= 0 {
		k++ // skip zero: [-max, -1] ∪ [1, max]
	}
	return k
}

func (s *scrubber) safeHarbor(v, typ string) string {
	switch typ {
	case TypeDate:
		if y := yearOf(v); y != "" {
			return y
		}
	case TypeAge:
		return replaceNumber(v, "90+")
	case TypeZIP:
		digits := make([]byte, 0, 9)
		for i := 0; i < len(v); i++ {
			if isDigit(v[i]) {
				digits = append(digits, v[i])
			}
		}
		if len(digits) == 5 || len(digits) == 9 {
			z3 := string(digits[:3])
			if restrictedZIP3[z3] {
				return "000"
			}
			return z3
		}
		if len(digits) == 8 {
			return string(digits[:2]) + "000-000" // CEP: keep the region
		}
	}
	return "[" + typ + "]"
}

// yearOf returns the four-digit year of a date string, if any.
func yearOf(v string) string {
	for i := 0; i+4 <= len(v); i++ {
		if (v[i] == '1' && v[i+1] == '9' || v[i] == '2' && v[i+1] == '0') && isDigit(v[i+2]) && isDigit(v[i+3]) &&
			(i == 0 || !isDigit(v[i-1])) && (i+4 == len(v) || !isDigit(v[i+4])) {
			return v[i : i+4]
		}
	}
	return ""
}

// surrogate builds a consistent fake of the same type and shape.
func (s *scrubber) surrogate(v, typ string) string {
	key := normKey(v)
	switch typ {
	case TypeName:
		return s.fakeName(v)
	case TypeAge:
		return replaceNumber(v, "90")
	case TypeEmail:
		h := s.mac("email", key)
		return "user" + hexN(h, 8) + "@example.org"
	case TypeURL:
		h := s.mac("url", key)
		return "https://example.org/" + hexN(h, 10)
	case TypeIP:
		h := s.mac("ip", key)
		if strings.Contains(v, ":") {
			return "2001:db8::" + strconv.FormatUint(uint64(binary.BigEndian.Uint16(h[:2])), 16)
		}
		return "192.0.2." + strconv.Itoa(1+int(h[0])%254)
	case TypeCPF:
		return s.fakeCPF(v, key)
	case TypeCNPJ:
		return s.fakeCNPJ(v, key)
	case TypeSSN:
		out := s.shapeDigits(v, "ssn", key)
		// 9xx areas are never issued: the fake can't be a real SSN
		if i := strings.IndexFunc(out, func(r rune) bool { return r >= '0' && r <= '9' }); i >= 0 && len(strings.Map(keepDigit, v)) == 9 {
			out = out[:i] + "9" + out[i+1:]
		}
		return out
	case TypeLocation:
		return s.pick(s.d.fakes.cities, "city", key, v)
	case TypeOrganization:
		base := s.pick(s.d.fakes.surnames, "org", key, "")
		if strings.HasPrefix(s.lang(), "pt") {
			return matchCase("Clínica "+base, v)
		}
		return matchCase(base+" Medical Group", v)
	case TypeAddress:
		h := s.mac("addr", key)
		street := s.pick(s.d.fakes.surnames, "street", key, "")
		num := strconv.Itoa(1 + int(binary.BigEndian.Uint16(h[:2]))%9899)
		if strings.HasPrefix(s.lang(), "pt") {
			return "Rua " + street + ", " + num
		}
		return num + " " + street + " St"
	}
	// identifiers, phones, dates that could not be shifted: keep the shape
	return s.shapeDigits(v, typ, key)
}

// replaceNumber replaces the first run of digits in v ("92-year-old").
func replaceNumber(v, with string) string {
	i := strings.IndexFunc(v, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return with
	}
	j := i
	for j < len(v) && isDigit(v[j]) {
		j++
	}
	return v[:i] + with + v[j:]
}

func keepDigit(r rune) rune {
	if r >= '0' && r <= '9' {
		return r
	}
	return -1
}

// normKey folds a value so that spelling variants share a surrogate.
func normKey(v string) string {
	var b strings.Builder
	for _, r := range v {
		if f := foldRune(r); f != 0 && (unicode.IsLetter(f) || unicode.IsDigit(f)) {
			b.WriteRune(f)
		}
	}
	return b.String()
}

func hexN(h []byte, n int) string {
	const hexd = "0123456789abcdef"
	out := make([]byte, 0, n)
	for i := 0; len(out) < n && i < len(h); i++ {
		out = append(out, hexd[h[i]>>4], hexd[h[i]&15])
	}
	return string(out[:n])
}

// shapeDigits replaces every digit and letter of v by keyed pseudo-random
// ones, keeping punctuation, spacing and letter case.
func (s *scrubber) shapeDigits(v, typ, key string) string {
	h := s.mac("shape", typ, key)
	var b strings.Builder
	b.Grow(len(v))
	k := 0
	next := func() byte {
		if k >= len(h) {
			h = s.mac("shape-more", string(h))
			k = 0
		}
		c := h[k]
		k++
		return c
	}
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0' + next()%10)
		case r >= 'A' && r <= 'Z':
			b.WriteByte('A' + next()%26)
		case r >= 'a' && r <= 'z':
			b.WriteByte('a' + next()%26)
		case unicode.IsLetter(r):
			if unicode.IsUpper(r) {
				b.WriteByte('A' + next()%26)
			} else {
				b.WriteByte('a' + next()%26)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fakeCPF keeps the format of v and computes valid check digits, so that
// downstream validation still accepts the fake.
func (s *scrubber) fakeCPF(v, key string) string {
	h := s.mac("cpf", key)
	d := make([]int, 11)
	for i := 0; i < 9; i++ {
		d[i] = int(h[i]) % 10
	}
	d[0] = 9 // avoid all-equal digits, keep it obviously synthetic-ish
	for k := 9; k <= 10; k++ {
		sum := 0
		for i := 0; i < k; i++ {
			sum += d[i] * (k + 1 - i)
		}
		r := sum * 10 % 11
		if r == 10 {
			r = 0
		}
		d[k] = r
	}
	return fillDigits(v, d)
}

func (s *scrubber) fakeCNPJ(v, key string) string {
	h := s.mac("cnpj", key)
	d := make([]int, 14)
	for i := 0; i < 12; i++ {
		d[i] = int(h[i]) % 10
	}
	w1 := []int{5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	w2 := []int{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	for k, w := range [][]int{w1, w2} {
		sum := 0
		for i, x := range w {
			sum += d[i] * x
		}
		r := sum % 11
		if r < 2 {
			d[12+k] = 0
		} else {
			d[12+k] = 11 - r
		}
	}
	return fillDigits(v, d)
}

// fillDigits writes digits d into the digit and letter positions of v.
func fillDigits(v string, d []int) string {
	var b strings.Builder
	k := 0
	for _, r := range v {
		if (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') && k < len(d) {
			b.WriteByte(byte('0' + d[k]))
			k++
			continue
		}
		b.WriteRune(r)
	}
	for ; k < len(d); k++ {
		b.WriteByte(byte('0' + d[k]))
	}
	return b.String()
}

// fakeName replaces each word of a name: given names by given names,
// other words by surnames, initials by initials, keeping case and
// punctuation. Each word is keyed on its own, so "Harold J. Whitaker" and
// "Mr. Whitaker" share the surrogate surname.
func (s *scrubber) fakeName(v string) string {
	var b strings.Builder
	i := 0
	for i < len(v) {
		r, size := utf8.DecodeRuneInString(v[i:])
		if !isLetter(r) {
			b.WriteRune(r)
			i += size
			continue
		}
		j := i
		for j < len(v) {
			r2, s2 := utf8.DecodeRuneInString(v[j:])
			if !isLetter(r2) {
				break
			}
			j += s2
		}
		w := v[i:j]
		f := foldString(w)
		switch {
		case utf8.RuneCountInString(w) == 1:
			h := s.mac("initial", f)
			c := 'A' + rune(h[0]%26)
			if unicode.IsLower(r) {
				c = unicode.ToLower(c)
			}
			b.WriteRune(c)
		case particleWords[f]:
			b.WriteString(w)
		case s.d.v.lookup(f)&lxGiven != 0:
			b.WriteString(matchCase(s.pick(s.d.fakes.given, "given", f, w), w))
		default:
			b.WriteString(matchCase(s.pick(s.d.fakes.surnames, "surname", f, w), w))
		}
		i = j
	}
	return b.String()
}

// pick chooses a list entry by HMAC, avoiding the original value.
func (s *scrubber) pick(list []string, kind, key, orig string) string {
	if len(list) == 0 {
		return "[" + strings.ToUpper(kind) + "]"
	}
	h := s.mac("pick", kind, key)
	n := binary.BigEndian.Uint64(h[:8])
	c := list[n%uint64(len(list))]
	if orig != "" && strings.EqualFold(c, orig) {
		c = list[(n+1)%uint64(len(list))]
	}
	return c
}

// matchCase gives c the letter case style of model (UPPER, lower, Title).
func matchCase(c, model string) string {
	upper, lower := 0, 0
	for _, r := range model {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	switch {
	case lower == 0 && upper > 1:
		return strings.ToUpper(c)
	case upper == 0 && lower > 0:
		return strings.ToLower(c)
	}
	return c
}
