package documents

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textPlausibility scores (0..1) how much s looks like human text rather
// than a broken font encoding or OCR noise: the share of ordinary characters
// times the share of word-like tokens.
func textPlausibility(s string) float64 {
	var good, bad int
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
		case r == utf8.RuneError || unicode.Is(unicode.Co, r) || unicode.IsControl(r):
			bad++
		case r < 0x250 || unicode.IsPunct(r) || unicode.IsSymbol(r) || r == 'µ' || r == 'μ':
			good++
		default:
			bad++ // CJK, Arabic… in an en/pt lab report: a broken font map
		}
	}
	if good+bad == 0 {
		return 0
	}
	charScore := float64(good) / float64(good+bad)
	var words, wordLike int
	for _, f := range strings.Fields(s) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(f) < 2 {
			continue
		}
		words++
		if isWordLike(f) {
			wordLike++
		}
	}
	wordScore := 1.0
	if words > 0 {
		wordScore = float64(wordLike) / float64(words)
	}
	return charScore * (0.4 + 0.6*wordScore)
}

// isWordLike: a number, an abbreviation or a word with vowels and few case
// flips ("Hemoglobina", "mg/dL", "HbA1c", "0,52"), not "lIl1|Il" or "xqzkwr".
func isWordLike(f string) bool {
	var letters, digits, vowels, flips, other int
	prevUpper, first := false, true
	for _, r := range f {
		switch {
		case unicode.IsLetter(r):
			letters++
			if strings.ContainsRune("aeiouyáéíóúâêôãõàüAEIOUYÁÉÍÓÚÂÊÔÃÕÀÜ", r) {
				vowels++
			}
			up := unicode.IsUpper(r)
			if !first && up && !prevUpper {
				flips++
			}
			prevUpper, first = up, false
		case unicode.IsDigit(r):
			digits++
		default:
			other++
		}
	}
	switch {
	case letters == 0:
		return digits > 0
	case letters <= 4:
		return flips <= 1
	default:
		return vowels > 0 && flips <= 2 && float64(vowels)/float64(letters) > 0.15
	}
}

// textLayerQuality scores a page's text layer; below textLayerThreshold the
// page is rasterised and OCRed instead.
func textLayerQuality(s string) float64 {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	if n < minTextLayerChars {
		return 0
	}
	return textPlausibility(s)
}

const (
	minTextLayerChars  = 40
	textLayerThreshold = 0.6
)

func clamp01(x float64) float64 {
	if x < 0 {
		return 0
	}
	if x > 1 {
		return 1
	}
	return x
}
