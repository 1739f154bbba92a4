package phi

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

var (
	enMonths     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	enMonthsAbbr = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	ptMonths     = []string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}
	ptMonthsAbbr = []string{"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"}
)

type datePart struct {
	s, e  int
	num   bool
	value int
	width int
	text  string
}

// shiftDate moves the date written in v by days and writes it back in the
// same format (separators, zero padding, year width, month-name language,
// abbreviation and case). It reports false when v cannot be read.
func shiftDate(v, lang string, days int) (string, bool) {
	var parts []datePart
	for i := 0; i < len(v); {
		r, size := utf8.DecodeRuneInString(v[i:])
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(v) && isDigit(v[j]) {
				j++
			}
			parts = append(parts, datePart{s: i, e: j, num: true, value: atoi(v[i:j]), width: j - i, text: v[i:j]})
			i = j
		case isLetter(r):
			j := i
			for j < len(v) {
				r2, s2 := utf8.DecodeRuneInString(v[j:])
				if !isLetter(r2) {
					break
				}
				j += s2
			}
			parts = append(parts, datePart{s: i, e: j, text: v[i:j]})
			i = j
		default:
			i += size
		}
	}
	var nums []int // indexes into parts
	month, monthIdx := 0, -1
	for k, p := range parts {
		if p.num {
			nums = append(nums, k)
			continue
		}
		if m, ok := monthNames[foldString(p.text)]; ok && monthIdx < 0 {
			month, monthIdx = m, k
		}
	}
	if len(nums) == 0 || len(nums) > 3 {
		return "", false
	}
	year, day := 2000, 15
	yearIdx, dayIdx, monIdxNum := -1, -1, -1
	if monthIdx >= 0 {
		for _, k := range nums {
			p := parts[k]
			switch {
			case p.width == 4 && yearIdx < 0:
				year, yearIdx = p.value, k
			case p.width <= 2 && dayIdx < 0 && p.value >= 1 && p.value <= 31 && !(k > monthIdx && yearIdx < 0 && len(nums) == 1 && parts[k].width == 2 && strings.Contains(v[parts[monthIdx].e:p.s], "/")):
				day, dayIdx = p.value, k
			case p.width == 2 && yearIdx < 0:
				year, yearIdx = expandYear(p.value), k
			default:
				return "", false
			}
		}
	} else {
		first := parts[nums[0]]
		switch len(nums) {
		case 3:
			a, b, c := nums[0], nums[1], nums[2]
			if first.width == 4 { // ISO y-m-d
				year, yearIdx = parts[a].value, a
				month, monIdxNum = parts[b].value, b
				day, dayIdx = parts[c].value, c
			} else {
				x, y := parts[a].value, parts[b].value
				mi, di := a, b
				if strings.HasPrefix(lang, "pt") && y <= 12 || !strings.HasPrefix(lang, "pt") && x > 12 {
					mi, di = b, a
				}
				month, monIdxNum = parts[mi].value, mi
				day, dayIdx = parts[di].value, di
				yearIdx = c
				year = parts[c].value
				if parts[c].width == 2 {
					year = expandYear(year)
				}
			}
		case 2:
			a, b := nums[0], nums[1]
			if parts[b].width == 4 { // month/year
				month, monIdxNum = parts[a].value, a
				year, yearIdx = parts[b].value, b
			} else {
				x, y := parts[a].value, parts[b].value
				mi, di := a, b
				if strings.HasPrefix(lang, "pt") && y <= 12 || !strings.HasPrefix(lang, "pt") && x > 12 {
					mi, di = b, a
				}
				month, monIdxNum = parts[mi].value, mi
				day, dayIdx = parts[di].value, di
			}
		default:
			return "", false
		}
	}
	if month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999 {
		return "", false
	}
	t := time.Date(year, time.Month(month), day, 12, 0, 0, 0, time.UTC)
	if t.Day() != day { // 31 February
		return "", false
	}
	if dayIdx < 0 {
		// month precision: shift by whole months of the day count
		t = t.AddDate(0, days/30, 0)
		if days%30 != 0 && days/30 == 0 {
			if days > 0 {
				t = t.AddDate(0, 1, 0)
			} else {
				t = t.AddDate(0, -1, 0)
			}
		}
	} else {
		t = t.AddDate(0, 0, days)
	}
	repl := map[int]string{}
	if yearIdx >= 0 {
		p := parts[yearIdx]
		if p.width == 2 {
			repl[yearIdx] = pad(t.Year()%100, 2)
		} else {
			repl[yearIdx] = strconv.Itoa(t.Year())
		}
	}
	if dayIdx >= 0 {
		p := parts[dayIdx]
		repl[dayIdx] = padLike(t.Day(), p)
		// English ordinal suffix glued to the day: 4th → 21st
		if dayIdx+1 < len(parts) && !parts[dayIdx+1].num && parts[dayIdx+1].s == p.e {
			switch strings.ToLower(parts[dayIdx+1].text) {
			case "st", "nd", "rd", "th":
				repl[dayIdx+1] = ordinalSuffix(t.Day())
			}
		}
	}
	if monIdxNum >= 0 {
		repl[monIdxNum] = padLike(int(t.Month()), parts[monIdxNum])
	}
	if monthIdx >= 0 {
		repl[monthIdx] = monthWordLike(parts[monthIdx].text, int(t.Month()), strings.HasPrefix(lang, "pt"))
	}
	var b strings.Builder
	last := 0
	for k, p := range parts {
		if r, ok := repl[k]; ok {
			b.WriteString(v[last:p.s])
			b.WriteString(r)
			last = p.e
		}
	}
	b.WriteString(v[last:])
	return b.String(), true
}

func expandYear(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// padLike keeps two-digit fields two digits wide ("02/28" → "04/08").
func padLike(n int, p datePart) string {
	if p.width == 2 {
		return pad(n, 2)
	}
	return strconv.Itoa(n)
}

func ordinalSuffix(d int) string {
	if d%100 >= 11 && d%100 <= 13 {
		return "th"
	}
	switch d % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// monthWordLike writes month m in the language, length and case of orig.
func monthWordLike(orig string, m int, ptText bool) string {
	f := foldString(orig)
	pt := false
	for i, w := range ptMonths {
		if foldString(w) == f || ptMonthsAbbr[i] == f {
			pt = true
		}
	}
	for _, w := range enMonths {
		if strings.EqualFold(w, f) {
			pt = false
		}
	}
	if f == "mar" || f == "jan" || f == "jun" || f == "jul" || f == "nov" {
		pt = ptText // shared abbreviations: follow the text's language
	}
	abbr := utf8.RuneCountInString(orig) <= 4 && !strings.EqualFold(orig, "june") && !strings.EqualFold(orig, "july") && !strings.EqualFold(orig, "maio") && f != "may"
	var w string
	switch {
	case pt && abbr:
		w = ptMonthsAbbr[m-1]
	case pt:
		w = ptMonths[m-1]
	case abbr:
		w = enMonthsAbbr[m-1]
	default:
		w = enMonths[m-1]
	}
	return matchCaseTitle(w, orig)
}

// matchCaseTitle applies the case of model (UPPER, lower, Title) to w.
func matchCaseTitle(w, model string) string {
	r, _ := utf8.DecodeRuneInString(model)
	switch {
	case strings.ToUpper(model) == model && utf8.RuneCountInString(model) > 1:
		return strings.ToUpper(w)
	case strings.ToLower(model) == model:
		return strings.ToLower(w)
	case r != utf8.RuneError && strings.ToUpper(string(r)) == string(r):
		wr, size := utf8.DecodeRuneInString(w)
		return strings.ToUpper(string(wr)) + strings.ToLower(w[size:])
	}
	return w
}
