package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: its folded form (lower case, no accents),
// whether it was written in capitals (for ambiguous abbreviations), and its
// byte span in the original text (for excerpts).
type token struct {
	fold       string
	upper      bool
	start, end int
}

var foldMap = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i",
	'ó': "o", 'ò': "o", 'ô': "o", 'õ': "o", 'ö': "o",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u",
	'ç': "c", 'ñ': "n", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o",
}

// Fold lower-cases s and removes accents ("Infecção" → "infeccao").
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if rep, ok := foldMap[r]; ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// tokenize splits text into words of letters and digits.
func tokenize(text string) []token {
	var out []token
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && start < 0 {
			start = i
		}
		if !word && start >= 0 {
			out = append(out, mkToken(text, start, i))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, mkToken(text, start, len(text)))
	}
	return out
}

func mkToken(text string, start, end int) token {
	w := text[start:end]
	upper := utf8.RuneCountInString(w) > 1
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			upper = false
			break
		}
	}
	return token{fold: Fold(w), upper: upper, start: start, end: end}
}

// stopwords are frequent English and Portuguese function words (folded).
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an and are as at be by for from has have in is it its of on or that the this to was were will with
		than then there these they those which who whom what when where why how not no but if into over under only also may can should
		more most less very each any all other such both per about after before during while within without up out so do does did been
		being our your their his her them he she we you i me my us e o os as um uma uns umas de da do das dos em na no nas nos por
		para pela pelo pelas pelos com sem que se ou ao aos mais menos muito muita muitos muitas ser ter tem sao foi ha entre sobre
		como quando onde qual quais cada todo toda todos todas outro outra outros outras ja ate apos antes depois isso esta este essa esse
		seu sua seus suas ele ela eles elas nao sim mas tambem pode podem deve devem`) {
		m[w] = true
	}
	return m
}()

// stem is a light, language-neutral plural stripper: enough to match
// "fractures"/"fracture" and "infecções"/"infecção" (folded) without the
// over-stemming that would merge unrelated clinical terms.
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "coes"):
		return w[:len(w)-4] + "cao"
	case strings.HasSuffix(w, "soes"):
		return w[:len(w)-4] + "sao"
	case strings.HasSuffix(w, "oes"):
		return w[:len(w)-3] + "ao"
	case strings.HasSuffix(w, "aes"):
		return w[:len(w)-3] + "ao"
	case strings.HasSuffix(w, "ais") && len(w) > 5:
		return w[:len(w)-3] + "al"
	case strings.HasSuffix(w, "ies") && len(w) > 5:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// DetectLanguage guesses en or pt-BR from stopword counts.
func DetectLanguage(text string) string {
	pt, en := 0, 0
	ptWords := map[string]bool{"de": true, "da": true, "do": true, "com": true, "para": true, "nao": true, "uma": true, "em": true, "os": true, "das": true, "dos": true, "que": true}
	enWords := map[string]bool{"the": true, "and": true, "of": true, "with": true, "for": true, "is": true, "to": true, "in": true, "not": true, "or": true}
	for i, t := range tokenize(text) {
		if i > 2000 {
			break
		}
		if ptWords[t.fold] {
			pt++
		}
		if enWords[t.fold] {
			en++
		}
	}
	if pt > en {
		return LangPT
	}
	return LangEN
}
