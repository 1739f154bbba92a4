// Package keys is the appliance's envelope encryption: one master key wraps
// everything else, per-patient data keys encrypt PHI fields, blind indexes
// give lookups without plaintext, and a derived log key seals raft entries
// and snapshots. Erasure is crypto-shredding: forget a data key and every copy
// of that patient's ciphertext becomes noise.
package keys

import (
	"bufio"
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/minio/sio"
)

// KeySize is the size of every symmetric key here (AES-256).
const KeySize = 32

// ErrDecrypt is returned when a ciphertext does not open: wrong key, wrong
// binding (AAD) or tampering. It never says which.
var ErrDecrypt = errors.New("keys: ciphertext does not open with this key")

// Generate returns 32 random bytes as one line of standard base64, the format
// of every key file.
func Generate() (string, error) {
	b := make([]byte, KeySize)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

// ParseKey decodes a key file's content.
func ParseKey(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	// base64 decoding skips line breaks; a key file is one line, so a key
	// split over lines (or several keys in one file) is refused.
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b) != KeySize || strings.ContainsAny(s, "\r\n") {
		return nil, fmt.Errorf("key must be %d bytes as one line of standard base64", KeySize)
	}
	return b, nil
}

// LoadOrCreateMaster reads the master key file, or creates it (mode 0600,
// written atomically) when it does not exist. created tells the caller to
// print recovery advice once.
func LoadOrCreateMaster(path string) (key []byte, created bool, err error) {
	data, err := os.ReadFile(path)
	if err == nil {
		k, perr := ParseKey(string(data))
		if perr != nil {
			return nil, false, fmt.Errorf("master key file %s: %w", path, perr)
		}
		return k, false, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, false, fmt.Errorf("master key file: %w", err)
	}
	line, err := Generate()
	if err != nil {
		return nil, false, err
	}
	if err := WriteFileAtomic(path, []byte(line+"\n"), 0o600); err != nil {
		return nil, false, fmt.Errorf("create master key file: %w", err)
	}
	k, _ := ParseKey(line)
	return k, true, nil
}

// WriteFileAtomic writes via temp file → fsync → rename → fsync dir, so a
// crash leaves either the old file or the new one, never half of one.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := f.Chmod(perm); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Ring holds the master key and the purpose keys derived from it. Deriving
// (HKDF-SHA256 with a purpose label) means one secret to back up, and no key
// is ever used for two purposes.
type Ring struct {
	master []byte // kept only to derive further purpose keys (Derive)
	log    []byte // seals raft log entries and snapshots
	blind  []byte // HMAC key for blind indexes and pseudonyms
	kek    []byte // wraps per-patient data keys
	jwt    []byte // wraps JWT signing secrets at rest
}

// NewRing derives the purpose keys from a master key.
func NewRing(master []byte) (*Ring, error) {
	if len(master) != KeySize {
		return nil, fmt.Errorf("master key must be %d bytes", KeySize)
	}
	derive := func(label string) []byte {
		k, err := hkdf.Key(sha256.New, master, nil, "agnomed/v1/"+label, KeySize)
		if err != nil {
			panic(err) // only fails for impossible lengths
		}
		return k
	}
	return &Ring{master: append([]byte(nil), master...), log: derive("raft-log"), blind: derive("blind-index"), kek: derive("patient-kek"), jwt: derive("jwt-wrap")}, nil
}

// Seal encrypts with AES-256-GCM, binding the ciphertext to aad; the random
// nonce is prepended.
func Seal(key, plaintext, aad []byte) []byte {
	g := gcm(key)
	out := make([]byte, g.NonceSize(), g.NonceSize()+len(plaintext)+g.Overhead())
	if _, err := rand.Read(out); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return g.Seal(out, out, plaintext, aad)
}

// Open reverses Seal.
func Open(key, sealed, aad []byte) ([]byte, error) {
	g := gcm(key)
	if len(sealed) < g.NonceSize()+g.Overhead() {
		return nil, ErrDecrypt
	}
	pt, err := g.Open(nil, sealed[:g.NonceSize()], sealed[g.NonceSize():], aad)
	if err != nil {
		return nil, ErrDecrypt
	}
	return pt, nil
}

func gcm(key []byte) cipher.AEAD {
	b, err := aes.NewCipher(key)
	if err != nil {
		panic(fmt.Sprintf("keys: bad key length %d", len(key)))
	}
	g, err := cipher.NewGCM(b)
	if err != nil {
		panic(err)
	}
	return g
}

// Derive returns a 32-byte key for another purpose (cluster CA seed, gossip
// encryption, PHI surrogates…); each label gives an independent key.
func (r *Ring) Derive(label string) []byte {
	k, err := hkdf.Key(sha256.New, r.master, nil, "agnomed/v1/"+label, KeySize)
	if err != nil {
		panic(err)
	}
	return k
}

// SealLog seals one raft log entry.
func (r *Ring) SealLog(b []byte) []byte { return Seal(r.log, b, []byte("raft-entry")) }

// OpenLog opens one raft log entry.
func (r *Ring) OpenLog(b []byte) ([]byte, error) { return Open(r.log, b, []byte("raft-entry")) }

// SealStream wraps w so that what is written is encrypted (DARE, minio/sio:
// authenticated AES-256-GCM in 64 KiB packages, truncation detected).
// Closing the returned writer finishes the stream but does not close w.
func (r *Ring) SealStream(w io.Writer) (io.WriteCloser, error) {
	enc, err := sio.EncryptWriter(writerOnly{w}, sio.Config{Key: r.log, MinVersion: sio.Version20, CipherSuites: []byte{sio.AES_256_GCM}})
	if err != nil {
		return nil, err
	}
	return &streamSealer{enc: enc, dst: w, key: r.log}, nil
}

// OpenStream reverses SealStream; reads fail on any tampering.
func (r *Ring) OpenStream(rd io.Reader) (io.Reader, error) {
	br := bufio.NewReader(rd)
	if head, _ := br.Peek(len(emptyStream)); bytes.Equal(head, emptyStream) {
		rest, err := io.ReadAll(io.LimitReader(br, 1<<10))
		if err != nil {
			return nil, err
		}
		if _, err := Open(r.log, rest[len(emptyStream):], emptyStream); err != nil {
			return nil, ErrDecrypt
		}
		return bytes.NewReader(nil), nil
	}
	return sio.DecryptReader(br, sio.Config{Key: r.log, MinVersion: sio.Version20, CipherSuites: []byte{sio.AES_256_GCM}})
}

// emptyStream starts what SealStream writes for an empty plaintext. DARE
// cannot express one: a package holds at least one byte, and no package at
// all reads as truncation. So an empty stream is this marker followed by an
// empty plaintext sealed with the marker as AAD. A DARE stream starts with
// its version byte (0x20), so the two never look alike.
var emptyStream = []byte("agnomed-empty-stream/v1\n")

type streamSealer struct {
	enc    io.WriteCloser
	dst    io.Writer
	key    []byte
	n      int64
	closed bool
}

func (s *streamSealer) Write(p []byte) (int, error) {
	n, err := s.enc.Write(p)
	s.n += int64(n)
	return n, err
}

func (s *streamSealer) Close() error {
	if err := s.enc.Close(); err != nil || s.closed {
		return err
	}
	s.closed = true
	if s.n == 0 {
		_, err := s.dst.Write(append(bytes.Clone(emptyStream), Seal(s.key, nil, emptyStream)...))
		return err
	}
	return nil
}

// Blind returns the blind index of a value of some kind (e.g. "patient_id"):
// HMAC-SHA256 over the normalised value, hex. Equal values give equal indexes,
// and nothing can be read back from it.
func (r *Ring) Blind(kind, value string) string {
	m := hmac.New(sha256.New, r.blind)
	m.Write([]byte(kind))
	m.Write([]byte{0})
	m.Write([]byte(Normalize(value)))
	return hex.EncodeToString(m.Sum(nil))
}

// Pseudonym is the short patient reference shown in audit entries and sent
// to the hub: stable per clinic, not reversible.
func (r *Ring) Pseudonym(patientID string) string {
	return "pt_" + r.Blind("patient_id", patientID)[:20]
}

// Normalize folds case and surrounding space so lookups match what a user
// would call the same value.
func Normalize(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// NewDataKey returns a fresh patient data key and its wrapped form, bound to
// the patient reference and key id so a wrapped key cannot be moved to
// another patient.
func (r *Ring) NewDataKey(patientRef, keyID string) (dek, wrapped []byte, err error) {
	dek = make([]byte, KeySize)
	if _, err := rand.Read(dek); err != nil {
		return nil, nil, err
	}
	return dek, Seal(r.kek, dek, []byte("dek|"+patientRef+"|"+keyID)), nil
}

// UnwrapDataKey opens a wrapped patient data key.
func (r *Ring) UnwrapDataKey(patientRef, keyID string, wrapped []byte) ([]byte, error) {
	return Open(r.kek, wrapped, []byte("dek|"+patientRef+"|"+keyID))
}

// WrapSecret and UnwrapSecret protect other secrets at rest (JWT keys).
func (r *Ring) WrapSecret(label string, secret []byte) []byte {
	return Seal(r.jwt, secret, []byte("secret|"+label))
}

// UnwrapSecret reverses WrapSecret.
func (r *Ring) UnwrapSecret(label string, wrapped []byte) ([]byte, error) {
	return Open(r.jwt, wrapped, []byte("secret|"+label))
}

// FieldAAD binds a PHI field's ciphertext to its row and column, so a value
// copied into another row or column fails to open.
func FieldAAD(table, rowID, column string) []byte {
	return []byte(table + "|" + rowID + "|" + column)
}

// writerOnly hides Close so that closing the sealing writer does not close
// the destination (sio closes what it wraps when it can).
type writerOnly struct{ io.Writer }
