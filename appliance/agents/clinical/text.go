// Package clinical turns a case input (structured fields and free text, English
// or Portuguese) into normalised clinical facts: vitals, labs in canonical
// units, active medications as generic names, allergies, and findings that are
// present, negated or only historical. Every agent reads the same Case, so the
// understanding of the input lives in one place.
package clinical

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text is a bilingual string: every user-facing sentence is written in both
// languages the product supports.
type Text struct {
	EN string `json:"en"`
	PT string `json:"pt"`
}

// T builds a Text.
func T(en, pt string) Text { return Text{EN: en, PT: pt} }

// In returns the text in the given language ("pt-BR"/"pt" → Portuguese).
func (t Text) In(lang string) string {
	if IsPT(lang) && t.PT != "" {
		return t.PT
	}
	return t.EN
}

// IsPT reports whether a language tag means Portuguese.
func IsPT(lang string) bool { return strings.HasPrefix(strings.ToLower(lang), "pt") }

var foldMap = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i",
	'ó': "o", 'ò': "o", 'ô': "o", 'õ': "o", 'ö': "o",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u",
	'ç': "c", 'ñ': "n", 'µ': "u", 'μ': "u",
	'º': "o", 'ª': "a", '–': "-", '—': "-", '’': "'", '‘': "'", '“': "\"", '”': "\"",
	'×': "x", '≥': ">=", '≤': "<=", '\u00a0': " ",
}

// Fold lower-cases s and removes diacritics so that "Lítio", "LITIO" and
// "litio" compare equal. Whitespace runs collapse to one space. Quotation
// marks go: a caller quoted in a note ("took 'a whole bottle'") reads as
// the words themselves; an apostrophe inside a word ("don't") stays.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var prev rune
	for i, r := range s {
		before := prev
		prev = r
		r = unicode.ToLower(r)
		if r == '"' || r == '“' || r == '”' {
			continue
		}
		if r == '\'' || r == '‘' || r == '’' {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(prev):])
			if !unicode.IsLetter(before) || !unicode.IsLetter(next) {
				// a quote, or a plural possessive ("parents'"), not an
				// apostrophe between letters
				continue
			}
		}
		if rep, ok := foldMap[r]; ok {
			b.WriteString(rep)
			space = false
			continue
		}
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// span is a half-open byte range of a folded text.
type span struct{ start, end int }

// sentences splits folded text into sentence spans. A period between two
// digits is a decimal point, not a boundary; newlines, semicolons, '!' and
// '?' always end a sentence.
func sentences(s string) []span {
	var out []span
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		end := false
		switch c {
		case ';', '!', '?', '\n', '|':
			end = true
		case '.':
			prevDigit := i > 0 && s[i-1] >= '0' && s[i-1] <= '9'
			nextDigit := i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9'
			end = !(prevDigit && nextDigit)
		}
		if end {
			if i > start {
				out = append(out, span{start, i})
			}
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, span{start, len(s)})
	}
	return out
}

var ptMarkers = []string{" nao ", " sem ", " com ", " dor ", " de ", " paciente ", " uso ", " ha ", " dias", " febre", " horas", " para ", " nega", " em ", " na ", " no "}
var enMarkers = []string{" no ", " the ", " with ", " pain", " and ", " patient", " days", " hours", " since ", " denies", " of ", " for ", " on ", " without "}

// DetectLanguage guesses en or pt-BR from folded text by counting common words.
func DetectLanguage(folded string) string {
	t := " " + folded + " "
	pt, en := 0, 0
	for _, m := range ptMarkers {
		pt += strings.Count(t, m)
	}
	for _, m := range enMarkers {
		en += strings.Count(t, m)
	}
	if pt > en {
		return "pt-BR"
	}
	return "en"
}

// words counts whitespace-separated words in s.
func words(s string) int { return len(strings.Fields(s)) }

// dedupSentences drops repeated copies of a sentence (copied-forward notes,
// pasted templates): every fact a copy states is already in its first
// occurrence, and matching the lexicon over thousands of copies can cost
// seconds. Short sentences ("no.", "nega.") are kept: their meaning depends
// on the question before them.
func dedupSentences(s string) string {
	sp := sentences(s)
	if len(sp) < 2 {
		return s
	}
	seen := make(map[string]bool, len(sp))
	var b strings.Builder
	last := 0
	dropped := false
	for _, x := range sp {
		key := strings.TrimSpace(s[x.start:x.end])
		if len(key) < 20 || !seen[key] {
			seen[key] = true
			continue
		}
		// Drop the sentence and its terminator.
		end := x.end
		if end < len(s) {
			end++
		}
		b.WriteString(s[last:x.start])
		last = end
		dropped = true
	}
	if !dropped {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
