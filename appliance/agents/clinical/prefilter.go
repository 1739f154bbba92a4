package clinical

import (
	"regexp/syntax"
	"strings"
)

// anyOf computes literals of which every match of the pattern must contain
// at least one (the idea of trigram indexes, without the index). A concept
// whose literals are all absent from a note cannot match it, so its regexp
// is not run. nil means "no such set": the regexp always runs. The lexicon
// is lower-case and matched against folded text, so literals compare
// directly; patterns with case-folding flags get no prefilter.
func anyOf(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	set := required(re.Simplify())
	for _, s := range set {
		if len(s) < 2 {
			return nil // too weak to be worth a scan
		}
	}
	return set
}

const maxLiterals = 64

func required(re *syntax.Regexp) []string {
	if re.Flags&syntax.FoldCase != 0 {
		return nil
	}
	switch re.Op {
	case syntax.OpLiteral:
		return []string{string(re.Rune)}
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s := required(sub)
			if s == nil {
				return nil
			}
			out = append(out, s...)
			if len(out) > maxLiterals {
				return nil
			}
		}
		return out
	case syntax.OpConcat:
		// The child with the longest shortest literal is the best filter.
		var best []string
		bestLen := 0
		for _, sub := range re.Sub {
			s := required(sub)
			if s == nil {
				continue
			}
			short := len(s[0])
			for _, x := range s {
				short = min(short, len(x))
			}
			if short > bestLen {
				best, bestLen = s, short
			}
		}
		return best
	}
	return nil
}

// mayMatch reports whether text contains one of the literals (true when
// there is no prefilter).
func mayMatch(text string, lits []string) bool {
	if lits == nil {
		return true
	}
	for _, l := range lits {
		if strings.Contains(text, l) {
			return true
		}
	}
	return false
}
