package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"

	"golang.org/x/crypto/argon2"
)

// Params are argon2id cost parameters. They are written into every hash, so
// changing them affects new hashes only; old hashes keep verifying with the
// parameters they were made with (see NeedsRehash).
type Params struct {
	Memory      uint32 // KiB
	Iterations  uint32 // passes over memory (argon2 "t")
	Parallelism uint8  // lanes (argon2 "p")
	SaltLen     uint32 // bytes
	KeyLen      uint32 // bytes of derived hash
}

// DefaultParams are the production parameters: 64 MiB, 3 passes, 2 lanes
// (about 0.15–0.2 s per hash on the 2-core appliance class of machine).
// Treat as read-only.
var DefaultParams = Params{Memory: 64 * 1024, Iterations: 3, Parallelism: 2, SaltLen: 16, KeyLen: 32}

// TestParams are deliberately weak parameters for tests (1 MiB, 1 pass): use
// them through UseParams in a TestMain, never in production. Treat as read-only.
var TestParams = Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLen: 16, KeyLen: 32}

// Bounds enforced when parsing a stored hash, so that a corrupt or hostile
// hash string can neither panic argon2 nor make it allocate unbounded memory.
const (
	maxMemoryKiB  = 1 << 20 // 1 GiB
	maxIterations = 64
	minSaltLen    = 8
	maxSaltLen    = 64
	minKeyLen     = 16
	maxKeyLen     = 64
	maxEncodedLen = 512
)

// ErrInvalidHash reports a stored password hash that is not a well-formed
// argon2id PHC string within the accepted bounds. It never wraps the string.
var ErrInvalidHash = errors.New("auth: malformed password hash")

var activeParams atomic.Pointer[Params]

// ActiveParams returns the parameters HashPassword, DummyVerify and
// NeedsRehash use: DefaultParams unless UseParams changed them.
func ActiveParams() Params {
	if p := activeParams.Load(); p != nil {
		return *p
	}
	return DefaultParams
}

// UseParams makes p the active parameters and returns a function restoring the
// previous ones. It exists so tests (here and in packages that create users)
// can hash cheaply: call it in TestMain. It panics if p is outside the bounds
// VerifyPassword accepts, since that is a programming error.
func UseParams(p Params) (restore func()) {
	if err := p.validate(); err != nil {
		panic("auth.UseParams: " + err.Error())
	}
	prev := activeParams.Swap(&p)
	return func() { activeParams.Store(prev) }
}

func (p Params) validate() error {
	switch {
	case p.Parallelism < 1:
		return fmt.Errorf("%w: parallelism must be at least 1", ErrInvalidHash)
	case p.Memory < 8*uint32(p.Parallelism) || p.Memory > maxMemoryKiB:
		return fmt.Errorf("%w: memory must be between 8*p and %d KiB", ErrInvalidHash, maxMemoryKiB)
	case p.Iterations < 1 || p.Iterations > maxIterations:
		return fmt.Errorf("%w: iterations must be between 1 and %d", ErrInvalidHash, maxIterations)
	case p.SaltLen < minSaltLen || p.SaltLen > maxSaltLen:
		return fmt.Errorf("%w: salt must be %d to %d bytes", ErrInvalidHash, minSaltLen, maxSaltLen)
	case p.KeyLen < minKeyLen || p.KeyLen > maxKeyLen:
		return fmt.Errorf("%w: hash must be %d to %d bytes", ErrInvalidHash, minKeyLen, maxKeyLen)
	}
	return nil
}

// HashPassword hashes pw with argon2id and the active parameters and a fresh
// random salt, returning a PHC string:
//
//	$argon2id$v=19$m=65536,t=3,p=2$<salt, base64 no padding>$<hash, base64 no padding>
//
// It does not check the password policy; call CheckPolicy first.
func HashPassword(pw string) (string, error) {
	return HashPasswordParams(pw, ActiveParams())
}

// HashPasswordParams is HashPassword with explicit parameters.
func HashPasswordParams(pw string, p Params) (string, error) {
	if err := p.validate(); err != nil {
		return "", err
	}
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil { // never fails since Go 1.24; kept for clarity
		return "", fmt.Errorf("auth: reading random salt: %w", err)
	}
	key := argon2.IDKey([]byte(pw), salt, p.Iterations, p.Memory, p.Parallelism, p.KeyLen)
	return encodePHC(p, salt, key), nil
}

func encodePHC(p Params, salt, key []byte) string {
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Iterations, p.Parallelism,
		b64.EncodeToString(salt), b64.EncodeToString(key))
}

// decodePHC parses an argon2id PHC string strictly: exact field order, version
// 19, canonical decimal numbers, unpadded standard base64, bounded parameters.
func decodePHC(encoded string) (p Params, salt, key []byte, err error) {
	bad := func(why string) (Params, []byte, []byte, error) {
		return Params{}, nil, nil, fmt.Errorf("%w: %s", ErrInvalidHash, why)
	}
	if len(encoded) > maxEncodedLen {
		return bad("too long")
	}
	f := strings.Split(encoded, "$")
	if len(f) != 6 || f[0] != "" {
		return bad("want $argon2id$v=19$m=..,t=..,p=..$salt$hash")
	}
	if f[1] != "argon2id" {
		return bad("algorithm is not argon2id")
	}
	if f[2] != "v="+strconv.Itoa(argon2.Version) {
		return bad("unsupported argon2 version")
	}
	kv := strings.Split(f[3], ",")
	if len(kv) != 3 {
		return bad("want parameters m,t,p")
	}
	var vals [3]uint64
	for i, name := range []string{"m", "t", "p"} {
		v, ok := strings.CutPrefix(kv[i], name+"=")
		if !ok {
			return bad("want parameters m,t,p in that order")
		}
		n, ok := parseCanonicalUint(v, 32)
		if !ok {
			return bad("parameter " + name + " is not a number")
		}
		vals[i] = n
	}
	if vals[2] > 255 {
		return bad("parallelism too large")
	}
	// Strict rejects stray trailing bits; the re-encoding check also rejects
	// the line breaks the decoder would otherwise skip.
	b64 := base64.RawStdEncoding.Strict()
	if salt, err = b64.DecodeString(f[4]); err != nil || b64.EncodeToString(salt) != f[4] {
		return bad("salt is not canonical base64")
	}
	if key, err = b64.DecodeString(f[5]); err != nil || b64.EncodeToString(key) != f[5] {
		return bad("hash is not canonical base64")
	}
	p = Params{
		Memory: uint32(vals[0]), Iterations: uint32(vals[1]), Parallelism: uint8(vals[2]),
		SaltLen: uint32(len(salt)), KeyLen: uint32(len(key)),
	}
	if err := p.validate(); err != nil {
		return Params{}, nil, nil, err
	}
	return p, salt, key, nil
}

// parseCanonicalUint accepts only plain decimal digits without leading zeros.
func parseCanonicalUint(s string, bits int) (uint64, bool) {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(s, 10, bits)
	return n, err == nil
}

// VerifyPassword reports whether pw matches the PHC string encoded, using the
// parameters stored in it and a constant-time comparison. A wrong password is
// (false, nil); a malformed hash is (false, error wrapping ErrInvalidHash).
func VerifyPassword(pw, encoded string) (bool, error) {
	p, salt, key, err := decodePHC(encoded)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(pw), salt, p.Iterations, p.Memory, p.Parallelism, p.KeyLen)
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

// DummyVerify does the work of a VerifyPassword against a hash made with the
// active parameters and throws the result away. Call it when the user name is
// unknown (or the account disabled) so that the response time does not tell
// an attacker which user names exist.
func DummyVerify(pw string) {
	p := ActiveParams()
	salt := make([]byte, p.SaltLen) // fixed salt: the result is never compared with anything real
	key := make([]byte, p.KeyLen)
	_, _ = VerifyPassword(pw, encodePHC(p, salt, key))
}

// NeedsRehash reports whether a stored hash was made with parameters other
// than the active ones (or cannot be parsed). After a successful login the
// caller may re-hash the password it just verified and store the new hash.
func NeedsRehash(encoded string) bool {
	p, _, _, err := decodePHC(encoded)
	return err != nil || p != ActiveParams()
}
