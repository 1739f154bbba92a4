package auth

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Token lifetimes and constants (the seed: HS256, 30 min access, 7 day refresh,
// 30 min session timeout, 3 concurrent sessions).
const (
	AccessTTL             = 30 * time.Minute
	RefreshTTL            = 7 * 24 * time.Hour
	SessionIdleTimeout    = 30 * time.Minute
	MaxConcurrentSessions = 3

	// Issuer and Audience are the iss and aud of every access token.
	Issuer   = "agnomed"
	Audience = "agnomed"

	// SigningKeyLen is the exact length of an HS256 signing secret.
	SigningKeyLen = 32

	// ClockSkew is how far in the future a token's iat may be: tokens are
	// issued by one node and checked by another whose clock may lag a little.
	ClockSkew = 30 * time.Second

	maxTokenLen = 4096 // ours are ~400 bytes; refuse to parse megabytes
	maxKIDLen   = 64
)

// Sentinel errors of Verify; the HTTP layer maps them to TOKEN_EXPIRED and
// AUTHENTICATION_FAILED. ErrTokenExpired is returned only for tokens whose
// signature is valid.
var (
	ErrTokenExpired = errors.New("auth: access token expired")
	ErrTokenInvalid = errors.New("auth: access token invalid")
)

// SigningKey is one HS256 secret of the keyring.
type SigningKey struct {
	KID     string    // key id, written in the JWT header
	Secret  []byte    // exactly SigningKeyLen random bytes
	Created time.Time // newest current key signs
	Retired time.Time // zero: current; else the key stops signing then and stops verifying AccessTTL later
}

// NewSigningKey returns a fresh current key with a random secret and KID.
func NewSigningKey(now time.Time) SigningKey {
	return SigningKey{KID: NewID("jwk"), Secret: randomBytes(SigningKeyLen), Created: now}
}

func (s SigningKey) currentAt(now time.Time) bool {
	return s.Retired.IsZero() || now.Before(s.Retired)
}

// verifiesAt: current, or retired less than AccessTTL ago, so every token it
// signed while current can live out its lifetime after a rotation.
func (s SigningKey) verifiesAt(now time.Time) bool {
	return s.Retired.IsZero() || now.Before(s.Retired.Add(AccessTTL))
}

// Claims are what an access token says about its bearer.
type Claims struct {
	UserID    string
	Username  string
	Role      Role
	SessionID string
	IssuedAt  time.Time
	ExpiresAt time.Time
	ID        string // jti
}

// jwtClaims is the wire form: registered claims plus ours.
type jwtClaims struct {
	jwt.RegisteredClaims
	Username  string `json:"name,omitempty"`
	Role      string `json:"role"`
	SessionID string `json:"sid"`
}

type keyset struct {
	byKID  map[string]SigningKey
	newest []SigningKey // newest first: Created descending, then KID ascending
}

// Keyring holds the JWT signing keys. It is safe for concurrent use; Replace
// swaps the whole set at once (e.g. after `agnomed keys rotate-jwt` reaches
// this node), so a request sees either the old set or the new one.
type Keyring struct {
	set atomic.Pointer[keyset]
}

// NewKeyring returns a keyring over keys; see Replace for the rules.
func NewKeyring(keys []SigningKey) (*Keyring, error) {
	k := &Keyring{}
	if err := k.Replace(keys); err != nil {
		return nil, err
	}
	return k, nil
}

// Replace swaps in a new key set. Keys need unique non-empty KIDs and
// secrets of exactly SigningKeyLen bytes, and at least one key must be
// current (zero Retired). The keys are copied.
func (k *Keyring) Replace(keys []SigningKey) error {
	s := &keyset{byKID: make(map[string]SigningKey, len(keys))}
	hasCurrent := false
	for i, key := range keys {
		switch {
		case key.KID == "" || len(key.KID) > maxKIDLen:
			return fmt.Errorf("auth: signing key %d: KID must be 1 to %d bytes", i, maxKIDLen)
		case len(key.Secret) != SigningKeyLen:
			return fmt.Errorf("auth: signing key %q: secret must be %d bytes, got %d", key.KID, SigningKeyLen, len(key.Secret))
		}
		if _, dup := s.byKID[key.KID]; dup {
			return fmt.Errorf("auth: signing key %q appears twice", key.KID)
		}
		key.Secret = slices.Clone(key.Secret)
		s.byKID[key.KID] = key
		s.newest = append(s.newest, key)
		hasCurrent = hasCurrent || key.Retired.IsZero()
	}
	if !hasCurrent {
		return fmt.Errorf("auth: keyring needs a current (not retired) signing key")
	}
	slices.SortFunc(s.newest, func(a, b SigningKey) int {
		if c := b.Created.Compare(a.Created); c != 0 {
			return c
		}
		return cmp.Compare(a.KID, b.KID)
	})
	k.set.Store(s)
	return nil
}

// Keys returns a copy of the key set, newest first (to persist it).
func (k *Keyring) Keys() []SigningKey {
	s := k.set.Load()
	out := make([]SigningKey, len(s.newest))
	for i, key := range s.newest {
		key.Secret = slices.Clone(key.Secret)
		out[i] = key
	}
	return out
}

// Issue signs an access token for c with the newest current key. IssuedAt and
// ExpiresAt are set from now (truncated to seconds) and AccessTTL; ID (jti)
// is generated when empty. UserID, SessionID and a valid Role are required.
func (k *Keyring) Issue(c Claims, now time.Time) (string, error) {
	switch {
	case c.UserID == "":
		return "", errors.New("auth: token needs a user id")
	case c.SessionID == "":
		return "", errors.New("auth: token needs a session id")
	case !c.Role.Valid():
		return "", fmt.Errorf("auth: token has unknown role %q", c.Role)
	}
	var signer *SigningKey
	for _, key := range k.set.Load().newest {
		if key.currentAt(now) {
			signer = &key
			break
		}
	}
	if signer == nil {
		return "", errors.New("auth: no current signing key") // cannot happen: Replace requires one
	}
	if c.ID == "" {
		c.ID = NewID("jti")
	}
	iat := now.Truncate(time.Second)
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwtClaims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    Issuer,
			Subject:   c.UserID,
			Audience:  jwt.ClaimStrings{Audience},
			IssuedAt:  jwt.NewNumericDate(iat),
			ExpiresAt: jwt.NewNumericDate(iat.Add(AccessTTL)),
			ID:        c.ID,
		},
		Username:  c.Username,
		Role:      string(c.Role),
		SessionID: c.SessionID,
	})
	t.Header["kid"] = signer.KID
	return t.SignedString(signer.Secret)
}

// Verify checks an access token at time now and returns its claims. It
// accepts only HS256 with a known kid whose key is current or retired less
// than AccessTTL ago, iss and aud "agnomed", an exp in the future, an iat not
// in the future (beyond ClockSkew) and at most AccessTTL before exp, and the
// sub, sid, jti and role claims. Errors wrap ErrTokenExpired (signature valid,
// lifetime over) or ErrTokenInvalid (everything else).
func (k *Keyring) Verify(token string, now time.Time) (Claims, error) {
	if len(token) > maxTokenLen {
		return Claims{}, fmt.Errorf("%w: too long", ErrTokenInvalid)
	}
	set := k.set.Load()
	var used SigningKey
	parser := jwt.NewParser(
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(Issuer),
		jwt.WithAudience(Audience),
		jwt.WithExpirationRequired(),
		jwt.WithStrictDecoding(), // one token, one spelling: no padding or stray bits
		jwt.WithTimeFunc(func() time.Time { return now }),
	)
	var jc jwtClaims
	_, err := parser.ParseWithClaims(token, &jc, func(t *jwt.Token) (any, error) {
		kid, ok := t.Header["kid"].(string)
		if !ok {
			return nil, errors.New("no kid")
		}
		key, ok := set.byKID[kid]
		if !ok {
			return nil, errors.New("unknown kid")
		}
		used = key
		return key.Secret, nil
	})
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		// Claims are validated only after the signature, so this token is ours.
		return Claims{}, ErrTokenExpired
	case err != nil:
		return Claims{}, fmt.Errorf("%w: %v", ErrTokenInvalid, err)
	}
	if !used.verifiesAt(now) {
		return Claims{}, fmt.Errorf("%w: signing key retired", ErrTokenInvalid)
	}
	if jc.IssuedAt == nil || jc.IssuedAt.After(now.Add(ClockSkew)) ||
		jc.ExpiresAt.Sub(jc.IssuedAt.Time) > AccessTTL {
		return Claims{}, fmt.Errorf("%w: bad iat", ErrTokenInvalid)
	}
	role := Role(jc.Role)
	if jc.Subject == "" || jc.SessionID == "" || jc.ID == "" || !role.Valid() {
		return Claims{}, fmt.Errorf("%w: missing or bad sub, sid, jti or role", ErrTokenInvalid)
	}
	return Claims{
		UserID:    jc.Subject,
		Username:  jc.Username,
		Role:      role,
		SessionID: jc.SessionID,
		IssuedAt:  jc.IssuedAt.Time,
		ExpiresAt: jc.ExpiresAt.Time,
		ID:        jc.ID,
	}, nil
}
