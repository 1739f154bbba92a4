package clinical

import (
	"regexp"
	"strconv"
	"strings"
)

// Spoken numbers. Voice-to-text and telephone notes write readings as
// words ("INR eight point one", "a hundred point six", "one fifty over
// ninety five", "potássio seis vírgula quatro"). spokenNumbers rewrites
// only those reading shapes — a decimal, a hundred-and-something, a pair
// read "over" or "por" — into digits, so the lab and vital readers see
// them; single number words ("one side", "two days") are left alone for
// the concept patterns.

var enUnits = map[string]int{"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
var enTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
var ptUnits = map[string]int{"zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
	"dez": 10, "onze": 11, "doze": 12, "treze": 13, "quatorze": 14, "catorze": 14, "quinze": 15, "dezesseis": 16, "dezessete": 17, "dezoito": 18, "dezenove": 19}
var ptTens = map[string]int{"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90}

const (
	enUnitAlt = `zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`
	enTenAlt  = `twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`
	ptUnitAlt = `zero|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|quatorze|catorze|quinze|dezesseis|dezessete|dezoito|dezenove`
	ptTenAlt  = `vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa`
)

// enNum: an English number up to 299 in words ("a hundred and two",
// "ninety five", "thirty-eight", "one fifty").
var enNum = `(?:(?:(?:a|one|two) hundred(?: and)?(?: (?:` + enTenAlt + `)(?:[- ](?:` + enUnitAlt + `))?| (?:` + enUnitAlt + `))?)|(?:(?:one|two) (?:` + enTenAlt + `)(?:[- ](?:` + enUnitAlt + `))?)|(?:(?:` + enTenAlt + `)(?:[- ](?:` + enUnitAlt + `))?)|(?:` + enUnitAlt + `))`

// ptNum: a Portuguese number up to 199 in words ("trinta e oito",
// "cento e vinte", "seis").
var ptNum = `(?:(?:cem|cento(?: e (?:` + ptTenAlt + `)(?: e (?:` + ptUnitAlt + `))?| e (?:` + ptUnitAlt + `))?)|(?:(?:` + ptTenAlt + `)(?: e (?:` + ptUnitAlt + `))?)|(?:` + ptUnitAlt + `))`

var (
	enDecimalRx = regexp.MustCompile(`\b(` + enNum + `) point ((?:` + enUnitAlt + `)(?: (?:` + enUnitAlt + `))?)\b`)
	enHundredRx = regexp.MustCompile(`\b((?:a|one) hundred(?: and)? (?:(?:` + enTenAlt + `)(?:[- ](?:` + enUnitAlt + `))?|(?:` + enUnitAlt + `)))\b`)
	enOverRx    = regexp.MustCompile(`\b(` + enNum + `) over (` + enNum + `)\b`)
	ptDecimalRx = regexp.MustCompile(`\b(` + ptNum + `) virgula (` + ptNum + `)\b`)
	ptOverRx    = regexp.MustCompile(`\b(` + ptNum + `) por (` + ptNum + `)\b`)
)

// enValue reads an English number phrase matched by enNum.
func enValue(s string) (int, bool) {
	s = strings.ReplaceAll(s, "-", " ")
	s = strings.ReplaceAll(s, " and ", " ")
	f := strings.Fields(s)
	total, cur := 0, 0
	for i, w := range f {
		switch {
		case w == "a" && i+1 < len(f) && f[i+1] == "hundred":
			cur = 1
		case w == "hundred":
			if cur == 0 {
				cur = 1
			}
			total += cur * 100
			cur = 0
		case enTens[w] > 0:
			// "one fifty": a leading one or two is the hundreds
			if i == 1 && (f[0] == "one" || f[0] == "two") && total == 0 {
				total, cur = cur*100, 0
			}
			cur += enTens[w]
		default:
			u, ok := enUnits[w]
			if !ok {
				return 0, false
			}
			cur += u
		}
	}
	return total + cur, true
}

// ptValue reads a Portuguese number phrase matched by ptNum.
func ptValue(s string) (int, bool) {
	total := 0
	for _, w := range strings.Fields(s) {
		switch {
		case w == "e":
		case w == "cem" || w == "cento":
			total += 100
		case ptTens[w] > 0:
			total += ptTens[w]
		default:
			u, ok := ptUnits[w]
			if !ok {
				return 0, false
			}
			total += u
		}
	}
	return total, true
}

// spokenNumbers rewrites spoken readings in folded text into digits.
func spokenNumbers(t string) string {
	if !strings.Contains(t, " point ") && !strings.Contains(t, " over ") && !strings.Contains(t, "hundred") &&
		!strings.Contains(t, " virgula ") && !strings.Contains(t, " por ") {
		return t
	}
	t = enDecimalRx.ReplaceAllStringFunc(t, func(m string) string {
		sm := enDecimalRx.FindStringSubmatch(m)
		whole, ok := enValue(sm[1])
		if !ok {
			return m
		}
		frac := ""
		for _, w := range strings.Fields(sm[2]) {
			d, ok := enUnits[w]
			if !ok || d > 9 {
				return m
			}
			frac += strconv.Itoa(d)
		}
		return strconv.Itoa(whole) + "." + frac
	})
	t = enHundredRx.ReplaceAllStringFunc(t, func(m string) string {
		if v, ok := enValue(m); ok {
			return strconv.Itoa(v)
		}
		return m
	})
	t = enOverRx.ReplaceAllStringFunc(t, func(m string) string {
		sm := enOverRx.FindStringSubmatch(m)
		a, ok1 := enValue(sm[1])
		b, ok2 := enValue(sm[2])
		if !ok1 || !ok2 || a < 50 || b < 20 || b >= a {
			return m // a blood pressure, not "one over the other"
		}
		return strconv.Itoa(a) + "/" + strconv.Itoa(b)
	})
	t = ptDecimalRx.ReplaceAllStringFunc(t, func(m string) string {
		sm := ptDecimalRx.FindStringSubmatch(m)
		a, ok1 := ptValue(sm[1])
		b, ok2 := ptValue(sm[2])
		if !ok1 || !ok2 {
			return m
		}
		return strconv.Itoa(a) + "," + strconv.Itoa(b)
	})
	t = ptOverRx.ReplaceAllStringFunc(t, func(m string) string {
		sm := ptOverRx.FindStringSubmatch(m)
		a, ok1 := ptValue(sm[1])
		b, ok2 := ptValue(sm[2])
		if !ok1 || !ok2 || b >= a || !(a >= 8 && a <= 30 || a >= 80) {
			return m // "doze por oito" (cmHg) or "120 por 80"; not "um por dia"
		}
		return strconv.Itoa(a) + " por " + strconv.Itoa(b)
	})
	return t
}
