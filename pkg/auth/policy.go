package auth

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Password policy limits (the seed's MIN_PASSWORD_LENGTH and friends).
const (
	MinPasswordLength = 12  // characters (Unicode code points), not bytes
	MaxPasswordLength = 128 // characters; long passphrases are welcome, megabytes are not
)

// Stable codes of the policy rules, in the order they are checked. The HTTP
// layer may put them in error details so the UI can translate them.
const (
	RuleUTF8      = "invalid_utf8"
	RuleControl   = "control_characters"
	RuleMinLength = "min_length"
	RuleMaxLength = "max_length"
	RuleUpper     = "upper"
	RuleLower     = "lower"
	RuleDigit     = "digit"
	RuleSpecial   = "special"
	RuleUsername  = "contains_username"
	RuleCommon    = "common_password"
)

var ruleText = map[string]string{
	RuleUTF8:      "must be valid UTF-8 text",
	RuleControl:   "must not contain control characters (tabs, line breaks and the like)",
	RuleMinLength: "must be at least 12 characters long",
	RuleMaxLength: "must be at most 128 characters long",
	RuleUpper:     "must contain an upper-case letter",
	RuleLower:     "must contain a lower-case letter",
	RuleDigit:     "must contain a digit",
	RuleSpecial:   "must contain a special character (anything but a letter or digit, e.g. ! # ? or a space)",
	RuleUsername:  "must not contain the username or a part of it",
	RuleCommon:    "must not be a commonly used password, even with digits or symbols added or letters swapped for look-alikes",
}

// PolicyError lists every rule a password breaks. It never contains the
// password or the username.
type PolicyError struct {
	Rules []string // human-readable, one per broken rule, in checking order
	Codes []string // the Rule* codes of the same rules, same order
}

func (e *PolicyError) Error() string {
	return "password does not meet the policy: it " + strings.Join(e.Rules, "; it ")
}

func (e *PolicyError) add(code string) {
	e.Codes = append(e.Codes, code)
	e.Rules = append(e.Rules, ruleText[code])
}

// CheckPolicy checks pw against the password policy for the account username
// and returns nil or a *PolicyError naming every rule it breaks:
//   - 12 to 128 characters, valid UTF-8, no control characters;
//   - an upper-case letter, a lower-case letter, a digit and a special
//     character (any other character, space included; Unicode-aware);
//   - not containing the username (case-insensitive), nor any part of it of
//     4 or more characters (e.g. "silva" for "maria.silva");
//   - not a common password: checked case-insensitively as given, after
//     stripping leading/trailing digits and symbols ("Password123!" →
//     "password"), and after undoing leetspeak ("P@ssw0rd" → "password").
func CheckPolicy(pw, username string) error {
	e := &PolicyError{}
	if !utf8.ValidString(pw) {
		e.add(RuleUTF8)
	}
	var n int
	var upper, lower, digit, special, control bool
	for _, r := range pw {
		n++
		switch {
		case unicode.IsControl(r):
			control = true
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			upper = true
		case unicode.IsLower(r):
			lower = true
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsLetter(r) || unicode.IsMark(r):
			// caseless letters and combining marks: neither case nor special
		default:
			special = true // punctuation, symbols, spaces, other numbers (½)
		}
	}
	if control {
		e.add(RuleControl)
	}
	if n < MinPasswordLength {
		e.add(RuleMinLength)
	}
	if n > MaxPasswordLength {
		e.add(RuleMaxLength)
	}
	if !upper {
		e.add(RuleUpper)
	}
	if !lower {
		e.add(RuleLower)
	}
	if !digit {
		e.add(RuleDigit)
	}
	if !special {
		e.add(RuleSpecial)
	}
	if containsUsername(pw, username) {
		e.add(RuleUsername)
	}
	if isCommonPassword(pw) {
		e.add(RuleCommon)
	}
	if len(e.Rules) == 0 {
		return nil
	}
	return e
}

// containsUsername: the whole username (3+ characters) or any alphanumeric
// part of it of 4+ characters, case-insensitively.
func containsUsername(pw, username string) bool {
	u := strings.ToLower(strings.TrimSpace(username))
	if utf8.RuneCountInString(u) < 3 {
		return false // "al" would reject half of all passwords without adding safety
	}
	p := strings.ToLower(pw)
	if strings.Contains(p, u) {
		return true
	}
	for _, part := range strings.FieldsFunc(u, func(r rune) bool { return !isAlnum(r) }) {
		if utf8.RuneCountInString(part) >= 4 && strings.Contains(p, part) {
			return true
		}
	}
	return false
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

//go:embed data/common-passwords.txt
var commonPasswordsFile string

// commonPasswords is the embedded list split into lines; the file is sorted
// bytewise and deduplicated (a test checks), so lookups are binary searches
// over substrings of the embedded data, with no map to build.
var commonPasswords = sync.OnceValue(func() []string {
	return strings.Split(strings.TrimSuffix(commonPasswordsFile, "\n"), "\n")
})

// contextWords are weak because of where they are used (NIST SP 800-63B asks
// for context-specific words): the product's and the trade's names.
var contextWords = []string{"agno", "agnomed", "agnomedical", "clinic", "clinica", "doctor", "hospital", "medical", "medico", "nurse", "senha"}

func inCommonList(s string) bool {
	if s == "" {
		return false
	}
	if slices.Contains(contextWords, s) {
		return true
	}
	_, found := slices.BinarySearch(commonPasswords(), s)
	return found
}

// isCommonPassword checks the lower-cased password and its variants: with
// leading and/or trailing digits and symbols stripped, and with leetspeak undone.
func isCommonPassword(pw string) bool {
	l := strings.ToLower(pw)
	bases := []string{
		l,
		strings.TrimRightFunc(l, notLetter),
		strings.TrimLeftFunc(l, notLetter),
		strings.TrimFunc(l, notLetter),
	}
	for _, b := range bases {
		if inCommonList(b) {
			return true
		}
		for _, d := range unleet(b) {
			if inCommonList(d) || inCommonList(strings.TrimFunc(d, notLetter)) {
				return true
			}
		}
	}
	return false
}

// notLetter: the digits and symbols people pad a word with (marks stay with their letter).
func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }

// unleet returns s with common look-alike substitutions undone; '1' may stand
// for 'i' or 'l', so there are two variants. Returns nil if nothing changes.
func unleet(s string) []string {
	if !strings.ContainsAny(s, "@4310$57!|") {
		return nil
	}
	r := strings.NewReplacer("@", "a", "4", "a", "3", "e", "0", "o", "$", "s", "5", "s", "7", "t", "!", "i", "|", "l")
	base := r.Replace(s)
	return []string{
		strings.ReplaceAll(base, "1", "i"),
		strings.ReplaceAll(base, "1", "l"),
	}
}
