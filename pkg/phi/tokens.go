package phi

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  uint8 = iota + 1 // letters only
	kNum                    // digits only
	kAlnum                  // letters and digits
	kPunct                  // one other visible character
)

// Token shapes (for words).
const (
	shLower  uint8 = iota + 1
	shTitle        // Xxxx
	shUpper        // XXXX (two or more letters)
	shMixed        // McDonald, iPhone
	shSingle       // one upper-case letter
)

// token is a run of letters/digits, or one punctuation character.
type token struct {
	s, e  int32 // byte offsets in the original text
	gap   int16 // whitespace characters before the token (capped)
	nl    bool  // a newline is in the gap before the token
	kind  uint8
	shape uint8
	ch    byte // the character of a one-byte (ASCII) punctuation token, else 0
	// fold: a word or alphanumeric token whose folded form is not its
	// text (it has an upper-case letter, a non-ASCII letter or digit, or
	// an OCR joiner; what needsFold finds), for foldAll
	fold bool
	// (16 bytes: the lexical flags live in analysis.lexs, so that the
	// many passes over the tokens read less memory)
}

// Lexical flags.
const (
	lxGiven        uint32 = 1 << iota // a given name
	lxName                            // any person-name token
	lxCommon                          // an English or Portuguese common word
	lxMedical                         // drug, disease, eponym, anatomy
	lxPlace                           // a place name (single word)
	lxRegion                          // a state or country
	lxStop                            // a function word, title, month, label or clinical abbreviation
	lxOrgHead                         // an organisation head word
	lxParticle                        // da, de, dos, van, von, ...
	lxCred                            // a credential (MD, RN, ...)
	lxMonth                           // a month name or abbreviation
	lxLabel                           // the first word of an identifier label
	lxTitle                           // a title (Dr, Mrs, dona)
	lxRelation                        // a relation or role (wife, filha, pharmacist)
	lxGreet                           // a greeting or a closing
	lxNameLabel                       // a word of a name label (Patient, Nome)
	lxPlacePrefix                     // the start of a multi-word place name
	lxForeignPlace                    // a city of another country (location rules only)
	lxDemonym                         // an adjective of a place: Danish, Korean, Haitian
	lxRegionPrefix                    // the start of a multi-word state or country
)

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// tokenize splits text into tokens. It is linear and allocates one slice.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	gap, nl := 0, false
	i := 0
	for i < len(text) {
		if c := text[i]; c < 0x80 {
			switch asciiClass[c] {
			case acSpace:
				// ASCII fast path for blanks
				if c == '\n' || c == '\r' {
					nl = true
				}
				gap++
				i++
				continue
			case acOther:
				// ASCII fast path for controls (part of the gap, as below)
				// and punctuation
				if c < 0x20 || c == 0x7f {
					gap++
					i++
					continue
				}
				if gap > 30000 {
					gap = 30000
				}
				toks = append(toks, token{s: int32(i), e: int32(i + 1), gap: int16(gap), nl: nl, kind: kPunct, ch: c})
				gap, nl = 0, false
				i++
				continue
			}
			// an ASCII letter or digit: its run of ASCII letters and digits
			// makes the token when another ASCII byte (no OCR joiner) or the
			// text's end follows; else wordToken reads it again
			e := i
			var kinds uint8
			upper := 0
			for e < len(text) {
				k := wordKind[text[e]]
				if k == 0 {
					break
				}
				kinds |= k
				upper += int(k & wkUpper)
				e++
			}
			if e == len(text) || text[e] < 0x80 && text[e] != ocrJoiner {
				// (the kind and shape by a table: which of them a token has
				// is a coin toss)
				ks := asciiWordShapes[kinds|b2u(upper == 1)<<3|b2u(asciiClass[c] == acUpper)<<4]
				toks = append(toks, token{s: int32(i), e: int32(e), gap: int16(min(gap, 30000)), nl: nl,
					kind: uint8(ks), shape: uint8(ks >> 8), fold: kinds&wkUpper != 0})
				gap, nl = 0, false
				i = e
				continue
			}
			t := wordToken(text, i, asciiClass[c] == acUpper)
			if gap > 30000 {
				gap = 30000
			}
			t.gap, t.nl = int16(gap), nl
			toks = append(toks, t)
			gap, nl = 0, false
			i = int(t.e)
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r):
			gap++
			i += size
		case isLetter(r) || unicode.IsDigit(r):
			t := wordToken(text, i, unicode.IsUpper(r))
			if gap > 30000 {
				gap = 30000
			}
			t.gap, t.nl = int16(gap), nl
			toks = append(toks, t)
			gap, nl = 0, false
			i = int(t.e)
		default:
			if gap > 30000 {
				gap = 30000
			}
			toks = append(toks, token{s: int32(i), e: int32(i + size), gap: int16(gap), nl: nl, kind: kPunct})
			gap, nl = 0, false
			i += size
		}
	}
	return toks
}

// wordToken reads the word or number that starts at start (with a letter
// or a digit; firstUpper: an upper-case one): its bytes, kind, shape and
// fold (the caller sets gap and nl).
func wordToken(text string, start int, firstUpper bool) token {
	i := start
	// (only whether there are letters, lower-case letters and digits
	// matters, and whether there are no capitals, one or more)
	var kinds uint8 // wkUpper | wkLower | wkDigit
	letters, upper := false, 0
	slow := false // a byte outside the ASCII fast path was taken
	for i < len(text) {
		// ASCII letters and digits, in a tight loop
		for ; i < len(text); i++ {
			k := wordKind[text[i]]
			if k == 0 {
				break
			}
			kinds |= k
			upper += int(k & wkUpper)
		}
		if i == len(text) {
			break
		}
		if c := text[i]; c < 0x80 && c != ocrJoiner {
			break
		}
		r2, s2 := utf8.DecodeRuneInString(text[i:])
		if r2 == ocrJoiner && i > start && i+1 < len(text) && text[i+1] != ' ' {
			i++ // a space inside an OCR-broken word
			slow = true
			continue
		}
		if isLetter(r2) {
			letters = true
			if unicode.IsUpper(r2) {
				upper++
			} else if unicode.IsLower(r2) {
				kinds |= wkLower
			}
		} else if unicode.IsDigit(r2) {
			kinds |= wkDigit
		} else {
			break
		}
		i += s2
		slow = true // (a non-ASCII letter or digit)
	}
	letters = letters || kinds&(wkUpper|wkLower) != 0
	// (a token has a letter or a digit: with no digit it is a word)
	t := token{s: int32(start), e: int32(i), fold: (upper > 0 || slow) && letters}
	switch {
	case kinds&wkDigit == 0:
		t.kind = kWord
		lower := kinds&wkLower != 0
		switch {
		case upper == 1 && !lower:
			t.shape = shSingle
		case upper == 0:
			t.shape = shLower
		case !lower:
			t.shape = shUpper
		case firstUpper && upper == 1:
			t.shape = shTitle
		default:
			t.shape = shMixed
		}
	case !letters:
		t.kind = kNum
	default:
		t.kind = kAlnum
	}
	return t
}

// asciiWordShapes holds the kind and shape (kind | shape<<8) of a token
// of ASCII letters and digits, by the kinds of its bytes (wkUpper,
// wkLower, wkDigit), whether it has one capital (8) and whether it starts
// with one (16): wordToken's rules.
var asciiWordShapes = func() (t [32]uint16) {
	for x := range t {
		kinds, one, first := uint8(x&7), x&8 != 0, x&16 != 0
		var kind, shape uint8
		lower := kinds&wkLower != 0
		switch {
		case kinds&wkDigit == 0:
			kind = kWord
			switch {
			case one && !lower:
				shape = shSingle
			case kinds&wkUpper == 0:
				shape = shLower
			case !lower:
				shape = shUpper
			case first && one:
				shape = shTitle
			default:
				shape = shMixed
			}
		case kinds&(wkUpper|wkLower) == 0:
			kind = kNum
		default:
			kind = kAlnum
		}
		t[x] = uint16(kind) | uint16(shape)<<8
	}
	return
}()

// The kinds of the bytes of wordToken's fast path (0: any other byte).
const (
	wkUpper uint8 = 1 << iota
	wkLower
	wkDigit
)

var wordKind = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = wkUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = wkLower
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = wkDigit
	}
	return
}()

// ASCII character classes for the tokenizer's fast path.
const (
	acOther uint8 = iota
	acSpace
	acUpper
	acLower
	acDigit
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = acUpper
		case c >= 'a' && c <= 'z':
			t[c] = acLower
		case c >= '0' && c <= '9':
			t[c] = acDigit
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = acSpace
		}
	}
	return
}()
