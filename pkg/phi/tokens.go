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
		if c := text[i]; c < 0x80 && asciiClass[c] == acSpace {
			// ASCII fast path for blanks
			if c == '\n' || c == '\r' {
				nl = true
			}
			gap++
			i++
			continue
		}
		if c := text[i]; c < 0x80 && asciiClass[c] == acOther {
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
		// (an ASCII byte here is a letter or a digit: blanks, controls and
		// punctuation took the fast paths above)
		r, size := rune(text[i]), 1
		if r >= 0x80 {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n' || r == '\r':
			nl = true
			gap++
			i += size
		case r >= 0x80 && (unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r)):
			gap++
			i += size
		case r < 0x80 && asciiClass[r] >= acUpper || isLetter(r) || unicode.IsDigit(r):
			// (ASCII letters and digits first: unicode.Is(Mn) is a table
			// search)
			start := i
			letters, digits := 0, 0
			upper, lower := 0, 0
			slow := false // a byte outside the ASCII fast path was taken
			firstUpper := unicode.IsUpper(r)
			for i < len(text) {
				if c := text[i]; c < 0x80 {
					// ASCII fast path
					switch asciiClass[c] {
					case acUpper:
						letters++
						upper++
						i++
						continue
					case acLower:
						letters++
						lower++
						i++
						continue
					case acDigit:
						digits++
						i++
						continue
					}
					if c != ocrJoiner {
						break
					}
				}
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if r2 == ocrJoiner && i > start && i+1 < len(text) && text[i+1] != ' ' {
					i++ // a space inside an OCR-broken word
					slow = true
					continue
				}
				if isLetter(r2) {
					letters++
					if unicode.IsUpper(r2) {
						upper++
					} else if unicode.IsLower(r2) {
						lower++
					}
				} else if unicode.IsDigit(r2) {
					digits++
				} else {
					break
				}
				i += s2
				slow = true // (a non-ASCII letter or digit)
			}
			// (a token has a letter or a digit: with no digit it is a word)
			t := token{s: int32(start), e: int32(i), nl: nl, fold: (upper > 0 || slow) && letters > 0}
			if gap > 30000 {
				gap = 30000
			}
			t.gap = int16(gap)
			switch {
			case digits == 0:
				t.kind = kWord
				switch {
				case upper == 1 && lower == 0:
					t.shape = shSingle
				case upper == 0:
					t.shape = shLower
				case lower == 0:
					t.shape = shUpper
				case firstUpper && upper == 1:
					t.shape = shTitle
				case firstUpper:
					t.shape = shMixed
				default:
					t.shape = shMixed
				}
			case letters == 0:
				t.kind = kNum
			default:
				t.kind = kAlnum
			}
			toks = append(toks, t)
			gap, nl = 0, false
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
