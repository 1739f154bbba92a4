package auth

import (
	"encoding/base64"
	"regexp"
	"testing"
)

func TestNewRefreshToken(t *testing.T) {
	seen := map[string]bool{}
	hexRE := regexp.MustCompile(`^[0-9a-f]{64}$`)
	for i := 0; i < 100; i++ {
		tok, hash := NewRefreshToken()
		raw, err := base64.RawURLEncoding.DecodeString(tok)
		if err != nil || len(raw) != 32 || len(tok) != 43 {
			t.Fatalf("token %q: %d bytes, err %v", tok, len(raw), err)
		}
		if !hexRE.MatchString(hash) || hash != HashRefreshToken(tok) {
			t.Fatalf("hash %q does not match HashRefreshToken", hash)
		}
		if seen[tok] {
			t.Fatal("repeated refresh token")
		}
		seen[tok] = true
	}
	// SHA-256 known answer.
	if got := HashRefreshToken("abc"); got != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("HashRefreshToken(abc) = %s", got)
	}
}

func TestNewID(t *testing.T) {
	re := regexp.MustCompile(`^ses_[a-z2-7]{26}$`)
	seen := map[string]bool{}
	for i := 0; i < 1000; i++ {
		id := NewID("ses")
		if !re.MatchString(id) || seen[id] {
			t.Fatalf("NewID = %q (seen before: %v)", id, seen[id])
		}
		seen[id] = true
	}
	if id := NewID(""); !regexp.MustCompile(`^[a-z2-7]{26}$`).MatchString(id) {
		t.Errorf("NewID(\"\") = %q", id)
	}
}
