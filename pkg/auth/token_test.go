package auth

import (
	"bytes"
	"encoding/base64"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var t0 = time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC)

func testKey(kid string, b byte, created time.Time) SigningKey {
	return SigningKey{KID: kid, Secret: bytes.Repeat([]byte{b}, SigningKeyLen), Created: created}
}

func mustKeyring(t *testing.T, keys ...SigningKey) *Keyring {
	t.Helper()
	k, err := NewKeyring(keys)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func testClaims() Claims {
	return Claims{UserID: "usr_1", Username: "maria", Role: RoleNurse, SessionID: "ses_1"}
}

func mustIssue(t *testing.T, k *Keyring, now time.Time) string {
	t.Helper()
	tok, err := k.Issue(testClaims(), now)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func header(t *testing.T, tok string) string {
	t.Helper()
	h, err := base64.RawURLEncoding.DecodeString(strings.Split(tok, ".")[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(h)
}

func TestIssueVerifyRoundTrip(t *testing.T) {
	k := mustKeyring(t, testKey("k1", 1, t0))
	now := t0.Add(123456789 * time.Nanosecond)
	tok := mustIssue(t, k, now)
	if h := header(t, tok); !strings.Contains(h, `"kid":"k1"`) || !strings.Contains(h, `"alg":"HS256"`) {
		t.Errorf("header %s", h)
	}
	c, err := k.Verify(tok, now)
	if err != nil {
		t.Fatal(err)
	}
	want := testClaims()
	if c.UserID != want.UserID || c.Username != want.Username || c.Role != want.Role || c.SessionID != want.SessionID {
		t.Errorf("claims %+v, want %+v", c, want)
	}
	if !c.IssuedAt.Equal(t0) || !c.ExpiresAt.Equal(t0.Add(AccessTTL)) {
		t.Errorf("iat %v exp %v", c.IssuedAt, c.ExpiresAt)
	}
	if !strings.HasPrefix(c.ID, "jti_") {
		t.Errorf("jti %q", c.ID)
	}
	// The caller's jti is kept; every token gets its own otherwise.
	cl := testClaims()
	cl.ID = "jti_mine"
	tok2, _ := k.Issue(cl, now)
	if c2, _ := k.Verify(tok2, now); c2.ID != "jti_mine" {
		t.Errorf("jti %q, want jti_mine", c2.ID)
	}
	if tok3 := mustIssue(t, k, now); tok3 == tok {
		t.Error("two tokens with the same jti")
	}
	// iss and aud are ours.
	var rc jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(tok, &rc); err != nil || rc.Issuer != "agnomed" || len(rc.Audience) != 1 || rc.Audience[0] != "agnomed" {
		t.Errorf("iss %q aud %v err %v", rc.Issuer, rc.Audience, err)
	}
}

func TestIssueRejectsIncompleteClaims(t *testing.T) {
	k := mustKeyring(t, testKey("k1", 1, t0))
	for name, mod := range map[string]func(*Claims){
		"no user":    func(c *Claims) { c.UserID = "" },
		"no session": func(c *Claims) { c.SessionID = "" },
		"no role":    func(c *Claims) { c.Role = "" },
		"bad role":   func(c *Claims) { c.Role = "root" },
	} {
		c := testClaims()
		mod(&c)
		if _, err := k.Issue(c, t0); err == nil {
			t.Errorf("%s: Issue succeeded", name)
		}
	}
}

func TestExpiry(t *testing.T) {
	k := mustKeyring(t, testKey("k1", 1, t0))
	tok := mustIssue(t, k, t0)
	for _, c := range []struct {
		at   time.Duration
		want error
	}{
		{0, nil},
		{AccessTTL - time.Second, nil},
		{AccessTTL, ErrTokenExpired},
		{AccessTTL + time.Hour, ErrTokenExpired},
		{-ClockSkew, nil},                           // verifying node's clock a little behind
		{-ClockSkew - time.Second, ErrTokenInvalid}, // issued in the future
	} {
		_, err := k.Verify(tok, t0.Add(c.at))
		if c.want == nil && err != nil || c.want != nil && !errors.Is(err, c.want) {
			t.Errorf("Verify at t0%+v = %v, want %v", c.at, err, c.want)
		}
		if errors.Is(err, ErrTokenExpired) && errors.Is(err, ErrTokenInvalid) {
			t.Errorf("error is both expired and invalid")
		}
	}
}

func TestTampering(t *testing.T) {
	k := mustKeyring(t, testKey("k1", 1, t0))
	tok := mustIssue(t, k, t0)
	parts := strings.Split(tok, ".")
	payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
	escalated := base64.RawURLEncoding.EncodeToString(bytes.Replace(payload, []byte(`"role":"nurse"`), []byte(`"role":"admin"`), 1))
	if escalated == parts[1] {
		t.Fatal("test did not change the payload")
	}
	flip := func(s string, i int) string {
		b := []byte(s)
		if b[i] == 'A' {
			b[i] = 'B'
		} else {
			b[i] = 'A'
		}
		return string(b)
	}
	expired := mustIssue(t, k, t0.Add(-2*AccessTTL))
	ep := strings.Split(expired, ".")
	for name, bad := range map[string]string{
		"role escalated":          parts[0] + "." + escalated + "." + parts[2],
		"signature byte changed":  parts[0] + "." + parts[1] + "." + flip(parts[2], 10),
		"signature last char":     parts[0] + "." + parts[1] + "." + flip(parts[2], len(parts[2])-1),
		"signature removed":       parts[0] + "." + parts[1] + ".",
		"padded signature":        tok + "=",
		"two parts":               parts[0] + "." + parts[1],
		"empty":                   "",
		"garbage":                 "not.a.jwt",
		"too long":                tok + strings.Repeat("A", 5000),
		"expired and tampered":    ep[0] + "." + ep[1] + "." + flip(ep[2], 5),
		"other token's signature": parts[0] + "." + parts[1] + "." + ep[2],
	} {
		_, err := k.Verify(bad, t0)
		if !errors.Is(err, ErrTokenInvalid) {
			t.Errorf("%s: Verify = %v, want ErrTokenInvalid", name, err)
		}
	}
}

// sign makes a token with the given method, claims and header kid, bypassing Issue.
func sign(t *testing.T, m jwt.SigningMethod, key any, kid string, claims jwt.Claims) string {
	t.Helper()
	tok := jwt.NewWithClaims(m, claims)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	s, err := tok.SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validWireClaims(now time.Time) jwtClaims {
	return jwtClaims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer: Issuer, Subject: "usr_1", Audience: jwt.ClaimStrings{Audience},
			IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(AccessTTL)), ID: "jti_1",
		},
		Role: "admin", SessionID: "ses_1",
	}
}

func TestWrongAlgorithmAndHeader(t *testing.T) {
	key := testKey("k1", 1, t0)
	k := mustKeyring(t, key)
	good := sign(t, jwt.SigningMethodHS256, key.Secret, "k1", validWireClaims(t0))
	if _, err := k.Verify(good, t0); err != nil {
		t.Fatalf("hand-made HS256 token rejected: %v", err)
	}
	for name, tok := range map[string]string{
		"alg none":    sign(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, "k1", validWireClaims(t0)),
		"alg HS384":   sign(t, jwt.SigningMethodHS384, key.Secret, "k1", validWireClaims(t0)),
		"alg HS512":   sign(t, jwt.SigningMethodHS512, key.Secret, "k1", validWireClaims(t0)),
		"no kid":      sign(t, jwt.SigningMethodHS256, key.Secret, "", validWireClaims(t0)),
		"unknown kid": sign(t, jwt.SigningMethodHS256, key.Secret, "k2", validWireClaims(t0)),
		"wrong key":   sign(t, jwt.SigningMethodHS256, bytes.Repeat([]byte{2}, 32), "k1", validWireClaims(t0)),
	} {
		if _, err := k.Verify(tok, t0); !errors.Is(err, ErrTokenInvalid) {
			t.Errorf("%s: Verify = %v, want ErrTokenInvalid", name, err)
		}
	}
	// A hand-written header: alg "none" with an empty signature, kid known.
	none := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT","kid":"k1"}`))
	body := strings.Split(good, ".")[1]
	if _, err := k.Verify(none+"."+body+".", t0); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("alg none (hand-written): %v", err)
	}
	// kid of the wrong JSON type.
	tk := jwt.NewWithClaims(jwt.SigningMethodHS256, validWireClaims(t0))
	tk.Header["kid"] = 1
	numKid, _ := tk.SignedString(key.Secret)
	if _, err := k.Verify(numKid, t0); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("numeric kid: %v", err)
	}
}

func TestClaimValidation(t *testing.T) {
	key := testKey("k1", 1, t0)
	k := mustKeyring(t, key)
	for name, mod := range map[string]func(*jwtClaims){
		"wrong iss":         func(c *jwtClaims) { c.Issuer = "evil" },
		"no iss":            func(c *jwtClaims) { c.Issuer = "" },
		"wrong aud":         func(c *jwtClaims) { c.Audience = jwt.ClaimStrings{"agnomed-hub"} },
		"no aud":            func(c *jwtClaims) { c.Audience = nil },
		"no exp":            func(c *jwtClaims) { c.ExpiresAt = nil },
		"no iat":            func(c *jwtClaims) { c.IssuedAt = nil },
		"lifetime too long": func(c *jwtClaims) { c.ExpiresAt = jwt.NewNumericDate(t0.Add(24 * time.Hour)) },
		"not before later":  func(c *jwtClaims) { c.NotBefore = jwt.NewNumericDate(t0.Add(time.Minute)) },
		"no sub":            func(c *jwtClaims) { c.Subject = "" },
		"no sid":            func(c *jwtClaims) { c.SessionID = "" },
		"no jti":            func(c *jwtClaims) { c.ID = "" },
		"unknown role":      func(c *jwtClaims) { c.Role = "root" },
		"no role":           func(c *jwtClaims) { c.Role = "" },
	} {
		c := validWireClaims(t0)
		mod(&c)
		tok := sign(t, jwt.SigningMethodHS256, key.Secret, "k1", c)
		if _, err := k.Verify(tok, t0.Add(time.Second)); !errors.Is(err, ErrTokenInvalid) {
			t.Errorf("%s: Verify = %v, want ErrTokenInvalid", name, err)
		}
	}
}

func TestRotation(t *testing.T) {
	a := testKey("a", 1, t0.Add(-24*time.Hour))
	k := mustKeyring(t, a)
	tokA := mustIssue(t, k, t0)

	// Rotate 10 minutes later: A retired, B current.
	rot := t0.Add(10 * time.Minute)
	aRetired := a
	aRetired.Retired = rot
	b := testKey("b", 2, rot)
	if err := k.Replace([]SigningKey{aRetired, b}); err != nil {
		t.Fatal(err)
	}
	tokB := mustIssue(t, k, rot)
	if h := header(t, tokB); !strings.Contains(h, `"kid":"b"`) {
		t.Fatalf("after rotation the new key does not sign: %s", h)
	}
	for _, at := range []time.Duration{10 * time.Minute, 20 * time.Minute, 29*time.Minute + 59*time.Second} {
		if _, err := k.Verify(tokA, t0.Add(at)); err != nil {
			t.Errorf("old-key token at t0+%v after rotation: %v", at, err)
		}
	}
	if _, err := k.Verify(tokA, t0.Add(AccessTTL)); !errors.Is(err, ErrTokenExpired) {
		t.Errorf("old-key token at its expiry: %v, want ErrTokenExpired", err)
	}
	if _, err := k.Verify(tokB, rot.Add(AccessTTL-time.Second)); err != nil {
		t.Errorf("new-key token: %v", err)
	}

	// A key retired AccessTTL or longer ago no longer verifies, even a token
	// whose own lifetime is not over (e.g. a backdated retirement after a leak).
	aLong := a
	aLong.Retired = t0.Add(-AccessTTL)
	if err := k.Replace([]SigningKey{aLong, b}); err != nil {
		t.Fatal(err)
	}
	if _, err := k.Verify(tokA, t0.Add(time.Minute)); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("token of a key retired %v ago: %v, want ErrTokenInvalid", AccessTTL+time.Minute, err)
	}
	// Retired just under AccessTTL ago: still verifies.
	aLong.Retired = t0.Add(-AccessTTL + 2*time.Minute)
	_ = k.Replace([]SigningKey{aLong, b})
	if _, err := k.Verify(tokA, t0.Add(time.Minute)); err != nil {
		t.Errorf("token of a key retired %v ago: %v", AccessTTL-time.Minute, err)
	}
	// Dropped from the set: unknown kid.
	_ = k.Replace([]SigningKey{b})
	if _, err := k.Verify(tokA, t0.Add(time.Minute)); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("token of a removed key: %v, want ErrTokenInvalid", err)
	}
}

func TestSignerChoice(t *testing.T) {
	old := testKey("old", 1, t0.Add(-48*time.Hour))
	mid := testKey("mid", 2, t0.Add(-24*time.Hour))
	newest := testKey("new", 3, t0.Add(-time.Hour))
	newest.Retired = t0.Add(time.Hour) // scheduled retirement: signs until then
	k := mustKeyring(t, old, newest, mid)
	if h := header(t, mustIssue(t, k, t0)); !strings.Contains(h, `"kid":"new"`) {
		t.Errorf("newest current key does not sign: %s", h)
	}
	if h := header(t, mustIssue(t, k, t0.Add(2*time.Hour))); !strings.Contains(h, `"kid":"mid"`) {
		t.Errorf("after its retirement the newest key still signs: %s", h)
	}
	// Newer than now (another node's clock ahead) still signs.
	ahead := testKey("ahead", 4, t0.Add(time.Minute))
	k2 := mustKeyring(t, old, ahead)
	if h := header(t, mustIssue(t, k2, t0)); !strings.Contains(h, `"kid":"ahead"`) {
		t.Errorf("key created slightly in the future does not sign: %s", h)
	}
}

func TestKeyringValidation(t *testing.T) {
	k1 := testKey("k1", 1, t0)
	retired := testKey("r", 2, t0)
	retired.Retired = t0
	for name, keys := range map[string][]SigningKey{
		"empty":        nil,
		"short secret": {{KID: "k", Secret: make([]byte, 16), Created: t0}},
		"long secret":  {{KID: "k", Secret: make([]byte, 44), Created: t0}},
		"empty kid":    {{Secret: make([]byte, 32), Created: t0}},
		"long kid":     {{KID: strings.Repeat("k", 65), Secret: make([]byte, 32), Created: t0}},
		"duplicate":    {k1, k1},
		"only retired": {retired},
	} {
		if _, err := NewKeyring(keys); err == nil {
			t.Errorf("%s: NewKeyring succeeded", name)
		}
	}
	k := mustKeyring(t, k1)
	if err := k.Replace(nil); err == nil {
		t.Error("Replace(nil) succeeded")
	}
	if _, err := k.Verify(mustIssue(t, k, t0), t0); err != nil {
		t.Errorf("a failed Replace changed the keyring: %v", err)
	}
}

func TestKeyringCopiesSecrets(t *testing.T) {
	key := testKey("k1", 1, t0)
	k := mustKeyring(t, key)
	tok := mustIssue(t, k, t0)
	key.Secret[0] ^= 0xff // the caller's slice changes afterwards
	if _, err := k.Verify(tok, t0); err != nil {
		t.Errorf("keyring shares the caller's secret: %v", err)
	}
	got := k.Keys()
	got[0].Secret[0] ^= 0xff
	if _, err := k.Verify(tok, t0); err != nil {
		t.Errorf("Keys() exposes the keyring's secret: %v", err)
	}
	if len(got) != 1 || got[0].KID != "k1" {
		t.Errorf("Keys() = %+v", got)
	}
}

func TestNewSigningKey(t *testing.T) {
	a, b := NewSigningKey(t0), NewSigningKey(t0)
	if len(a.Secret) != SigningKeyLen || bytes.Equal(a.Secret, b.Secret) || a.KID == b.KID || !a.Created.Equal(t0) || !a.Retired.IsZero() {
		t.Errorf("NewSigningKey: %+v / %+v", a, b)
	}
	if _, err := NewKeyring([]SigningKey{a, b}); err != nil {
		t.Error(err)
	}
}

// Issue and Verify run while Replace rotates keys: run with -race to check.
// Every token must verify, whichever key set it met, since old keys are kept.
func TestKeyringConcurrent(t *testing.T) {
	keys := []SigningKey{testKey("k0", 0, t0)}
	k := mustKeyring(t, keys...)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; i < 50; i++ {
			prev := keys[len(keys)-1]
			prev.Retired = t0
			next := testKey("k"+string(rune('a'+i%26))+string(rune('a'+i/26)), byte(i), t0.Add(time.Duration(i)*time.Second))
			keys = append(keys[:len(keys)-1], prev, next)
			if err := k.Replace(keys); err != nil {
				t.Error(err)
				return
			}
		}
		close(stop)
	}()
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				tok, err := k.Issue(testClaims(), t0)
				if err != nil {
					t.Error(err)
					return
				}
				if _, err := k.Verify(tok, t0); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
