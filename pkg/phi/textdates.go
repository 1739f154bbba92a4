package phi

// detectTextDates handles dates written with month names, driven by the
// month tokens: "March 12", "Jan 4th", "Sept 28, 2023", "14 March 2024",
// "14 de março de 2024", "March 2024", "jan/2024", "4/jul/2023".
func (a *analysis) detectTextDates() {
	n := len(a.toks)
	for i := 0; i < n; i++ {
		t := a.toks[i]
		if t.kind != kWord || t.e-t.s < 3 || t.e-t.s > 10 {
			continue
		}
		if !monthFilter.may(a.folded(i)) || a.lexOf(i)&lxMonth == 0 {
			continue
		}
		f := a.folded(i)
		s, e := i, i+1 // token range of the date
		k := i + 1
		if k < n && a.isPunct(k, ".") && a.toks[k].gap == 0 {
			k++
		}
		day, year := false, false
		// month/year and day/month/year with slashes or hyphens
		if k < n && (a.isPunct(k, "/") || a.isPunct(k, "-")) && a.toks[k].gap == 0 && k+1 < n && a.toks[k+1].kind == kNum && a.toks[k+1].gap == 0 {
			yv := a.tokText(k + 1)
			if len(yv) == 4 && (yv[:2] == "19" || yv[:2] == "20") || len(yv) == 2 {
				e = k + 2
				year = true
				if i >= 2 && (a.isPunct(i-1, "/") || a.isPunct(i-1, "-")) && a.toks[i].gap == 0 && a.toks[i-1].gap == 0 && a.toks[i-2].kind == kNum {
					if d := atoi(a.tokText(i - 2)); d >= 1 && d <= 31 {
						s = i - 2
						day = true
					}
				}
			}
		}
		if !year {
			// day after the month: "March 12", "Jan 4th", "Sept 28, 2023"
			if k < n && !a.toks[k].nl && a.toks[k].gap <= 2 && (a.toks[k].kind == kNum || a.toks[k].kind == kAlnum) {
				if d, ok := dayValue(a.tokText(k)); ok && d >= 1 && d <= 31 {
					e = k + 1
					day = true
					k2 := k + 1
					if k2 < n && a.isPunct(k2, ",") {
						k2++
					}
					if k2 < n && !a.toks[k2].nl && isYearTok(a, k2) {
						e = k2 + 1
						year = true
					}
				}
			}
			// day before the month: "14 March", "14 de março de 2024", "1º de maio"
			if !day {
				p := i - 1
				if p >= 0 && a.isWord(p) && (a.folded(p) == "de" || a.folded(p) == "of") {
					p--
				}
				if p >= 0 && !a.toks[p+1].nl && (a.toks[p].kind == kNum || a.toks[p].kind == kAlnum) {
					if d, ok := dayValue(a.tokText(p)); ok && d >= 1 && d <= 31 && !(p > 0 && (a.isPunct(p-1, "/") || a.isPunct(p-1, ".")) && a.toks[p].gap == 0) {
						s = p
						day = true
					}
				}
				// year after: "March 2024", "14 March 2024", "março de 2024"
				k2 := k
				if k2 < n && a.isPunct(k2, ",") {
					k2++
				}
				if k2 < n && a.isWord(k2) && (a.folded(k2) == "de" || a.folded(k2) == "of") {
					k2++
				}
				if k2 < n && !a.toks[k2].nl && isYearTok(a, k2) {
					e = k2 + 1
					year = true
				}
			}
		}
		if !day && !year {
			continue
		}
		if !a.monthOK(i, f, day, year) {
			continue
		}
		a.add(int(a.toks[s].s), int(a.toks[e-1].e), TypeDate, 0.9, pDate)
		i = e - 1
	}
}
