package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
)

// idEncoding is lower-case base32 without padding: URL-, file- and
// shell-safe, case-insensitive to read aloud, no look-alike 0/1/8.
var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// randomBytes returns n bytes from crypto/rand, which (since Go 1.24) never
// fails: on a broken system source the program crashes rather than returning
// predictable bytes.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}

// NewID returns a random identifier of 128 bits as 26 lower-case base32
// characters, after prefix and an underscore when prefix is not empty:
// NewID("ses") → "ses_5f2k…". Collisions are not a practical concern.
func NewID(prefix string) string {
	s := idEncoding.EncodeToString(randomBytes(16))
	if prefix == "" {
		return s
	}
	return prefix + "_" + s
}

// NewRefreshToken returns a new refresh token (32 random bytes, unpadded
// base64url, 43 characters) for the client and its hash for storage. Only the
// hash is stored, so a copy of the database does not yield usable tokens.
func NewRefreshToken() (token string, hash string) {
	token = base64.RawURLEncoding.EncodeToString(randomBytes(32))
	return token, HashRefreshToken(token)
}

// HashRefreshToken returns the lower-case hex SHA-256 of token, the form the
// store keeps and looks tokens up by. A plain hash suffices (no salt, no
// argon2): the token has 256 bits of entropy, so it cannot be guessed from it.
func HashRefreshToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
