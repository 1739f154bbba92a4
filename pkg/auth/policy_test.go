package auth

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// codes returns the rule codes CheckPolicy reports (nil when it passes).
func codes(t *testing.T, pw, user string) []string {
	t.Helper()
	err := CheckPolicy(pw, user)
	if err == nil {
		return nil
	}
	var pe *PolicyError
	if !errors.As(err, &pe) {
		t.Fatalf("CheckPolicy error %T is not *PolicyError", err)
	}
	if len(pe.Rules) != len(pe.Codes) || len(pe.Rules) == 0 {
		t.Fatalf("PolicyError has %d rules and %d codes", len(pe.Rules), len(pe.Codes))
	}
	return pe.Codes
}

func TestPolicyAccepts(t *testing.T) {
	for _, pw := range []string{
		"Tr0ub4dor&3-Horse",
		"correct Horse battery 9",
		"Zebra!Quantum7Lagoon",
		"Maçã-Verde-2024-Ônibus", // pt-BR letters count as upper/lower
		"Ωμέγα-Δέλτα-42-σίγμα",   // Greek
		"Ünïcödé Päss 7 wörter",
		"Guarda-chuva 9 Laranja!",
		strings.Repeat("Ab1!", 32), // exactly 128
	} {
		if c := codes(t, pw, "maria.silva"); c != nil {
			t.Errorf("CheckPolicy(%q) rejected: %v", pw, c)
		}
	}
}

func TestPolicyEachRule(t *testing.T) {
	cases := []struct {
		pw, user string
		want     []string
	}{
		{"Short1!a", "", []string{RuleMinLength}},
		{"Abcdefghij1!", "", nil}, // 12 exactly
		{"Abcdefghi1!", "", []string{RuleMinLength}},
		{"zebra!quantum7lagoon", "", []string{RuleUpper}},
		{"ZEBRA!QUANTUM7LAGOON", "", []string{RuleLower}},
		{"Zebra!Quantum-Lagoon", "", []string{RuleDigit}},
		{"Zebra7Quantum7Lagoon", "", []string{RuleSpecial}},
		{"Zebra Quantum7Lagoon", "", nil}, // a space is a special character
		{"Zebra!Quantum7Lagoon\n", "", []string{RuleControl}},
		{"Zebra!Quan\x00tum7Lagoon", "", []string{RuleControl}},
		{"Zebra!Quantum7Lagoon\xff", "", []string{RuleUTF8}},
		{strings.Repeat("Ab1!", 32) + "x", "", []string{RuleMaxLength}},
		{"xx-MariaSilva-99!Zq", "mariasilva", []string{RuleUsername}},
		{"xx-MARIASILVA-99!Zq", "MariaSilva", []string{RuleUsername}},
		{"Silva!Garden-2024x", "maria.silva", []string{RuleUsername}}, // a part of the username
		{"Zebra!Quantum7Lagoon", "zebra", []string{RuleUsername}},
		{"Zebra!Quantum7Lagoon", "ze", nil}, // too short to mean anything
		{"Ana-Dr-Quantum7!", "dr.ana", nil}, // parts "dr", "ana" are too short alone
		{"Password123!", "", []string{RuleCommon}},
		{"", "", []string{RuleMinLength, RuleUpper, RuleLower, RuleDigit, RuleSpecial}},
		{"aaaaaaaa", "", []string{RuleMinLength, RuleUpper, RuleDigit, RuleSpecial}},
	}
	for _, c := range cases {
		got := codes(t, c.pw, c.user)
		if !slices.Equal(got, c.want) {
			t.Errorf("CheckPolicy(%q, %q) = %v, want %v", c.pw, c.user, got, c.want)
		}
	}
}

func TestPolicyCommonPasswords(t *testing.T) {
	for _, pw := range []string{
		"Password123!",
		"password123!",
		"PASSWORD1234!",
		"Password!!!!2024",
		"!!Password2024", // leading padding
		"2024!Password!!",
		"P@ssw0rd2024!",  // leetspeak
		"P@$$w0rd!12345", // more leetspeak
		"Passw0rd!12345", //
		"Qwerty123456!",  // short base, long padding
		"Admin@123456",   // the classic
		"Iloveyou2024!!", //
		"Sunshine#1234",  //
		"Welcome2024!!",  //
		"Dr4gon-1234567", // leet base with padding
		"Letmein!123456", //
		"Qwertyuiop1!",   // a common password of 10 letters, padded
		"Changeme2024!",  //
		"Agnomed2024!!",  // product name (context word)
		"Hospital#2024",
		"Senha@2024!!",  // "senha" is Portuguese for password
		"1qaz2wsx3EDC!", // keyboard walk in the list
	} {
		got := codes(t, pw, "")
		if !slices.Contains(got, RuleCommon) {
			t.Errorf("CheckPolicy(%q) = %v, want it rejected as common", pw, got)
		}
	}
	// Not common: a common word inside a longer password is fine.
	for _, pw := range []string{"MyPassword-Is-Long-7!", "Summer!Zebra-Quantum-7", "Dragon7!Lagoon"} {
		if got := codes(t, pw, ""); slices.Contains(got, RuleCommon) {
			t.Errorf("CheckPolicy(%q) = %v, wrongly common", pw, got)
		}
	}
}

func TestPolicyErrorMessage(t *testing.T) {
	pw, user := "iloveyou", "love"
	err := CheckPolicy(pw, user)
	if err == nil {
		t.Fatal("weak password accepted")
	}
	msg := err.Error()
	for _, want := range []string{"at least 12 characters", "upper-case", "digit", "special", "username", "common"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not mention %q", msg, want)
		}
	}
	if strings.Contains(msg, pw) || strings.Contains(strings.ToLower(msg), user) {
		t.Errorf("message echoes the password or username: %q", msg)
	}
	var pe *PolicyError
	if !errors.As(err, &pe) {
		t.Fatal("not a *PolicyError")
	}
	for i, code := range pe.Codes {
		if ruleText[code] != pe.Rules[i] {
			t.Errorf("rule %d: code %q does not match text %q", i, code, pe.Rules[i])
		}
	}
	t.Logf("message: %s", msg)
}

func TestPolicyLengthCountsCharacters(t *testing.T) {
	// 11 characters but 22+ bytes: still too short; 12 characters pass.
	if got := codes(t, "Ááááá-éééé1", ""); !slices.Contains(got, RuleMinLength) {
		t.Errorf("11 accented characters accepted as long enough: %v", got)
	}
	if got := codes(t, "Ááááá-ééééé1", ""); slices.Contains(got, RuleMinLength) {
		t.Errorf("12 accented characters rejected as too short: %v", got)
	}
	// Caseless scripts satisfy neither upper nor lower on their own.
	if got := codes(t, "密码很长的句子-1234", ""); !slices.Contains(got, RuleUpper) || !slices.Contains(got, RuleLower) {
		t.Errorf("CJK-only password: %v, want upper and lower missing", got)
	}
	// Combining marks are neither special nor stripped away from their letter.
	if got := codes(t, "Cafe\u0301Zebra7Lagoon", ""); !slices.Contains(got, RuleSpecial) {
		t.Errorf("combining accent counted as special: %v", got)
	}
}

func TestCommonPasswordsFile(t *testing.T) {
	fi, err := os.Stat("data/common-passwords.txt")
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() > 1<<20 {
		t.Errorf("common-passwords.txt is %d bytes, over 1 MB", fi.Size())
	}
	list := commonPasswords()
	if len(list) < 40000 {
		t.Fatalf("only %d common passwords loaded", len(list))
	}
	for i, s := range list {
		switch {
		case s != strings.ToLower(strings.TrimSpace(s)):
			t.Fatalf("line %d %q is not lower-case and trimmed", i+1, s)
		case utf8.RuneCountInString(s) < 4:
			t.Fatalf("line %d %q is shorter than 4 characters", i+1, s)
		case i > 0 && list[i-1] >= s:
			t.Fatalf("line %d %q is not sorted and unique after %q (run data/generate.sh)", i+1, s, list[i-1])
		}
	}
	for _, must := range []string{"password", "qwerty", "admin", "iloveyou", "p@ssw0rd", "1qaz2wsx3edc"} {
		if !inCommonList(must) {
			t.Errorf("%q missing from the list", must)
		}
	}
	for _, src := range []string{"data/SOURCES.md", "data/generate.sh"} {
		if _, err := os.Stat(src); err != nil {
			t.Errorf("%s missing: %v", src, err)
		}
	}
}

// FuzzCheckPolicy: never panics, and the message is built only from the fixed
// rule texts (so it cannot echo the password or username).
func FuzzCheckPolicy(f *testing.F) {
	f.Add("Password123!", "admin")
	f.Add("Zebra!Quantum7Lagoon", "maria.silva")
	f.Add("\xff\x00é\u0301", "")
	f.Fuzz(func(t *testing.T, pw, user string) {
		err := CheckPolicy(pw, user)
		if err == nil {
			return
		}
		pe := err.(*PolicyError)
		for i, code := range pe.Codes {
			if text, ok := ruleText[code]; !ok || text != pe.Rules[i] {
				t.Fatalf("rule %q / %q is not a fixed rule", code, pe.Rules[i])
			}
		}
	})
}
