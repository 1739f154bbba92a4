// Package audit defines the audit entry and its hash chain. Each entry's hash
// covers the previous entry's hash and every field of the entry, so editing,
// inserting, reordering or removing any entry breaks the chain from that
// point on, and Verify names the first entry that no longer fits.
package audit

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"time"
)

// Results of an audited action.
const (
	ResultSuccess = "success"
	ResultFailure = "failure"
	ResultDenied  = "denied"
)

// Entry is one audit record as users see it. It never holds PHI: patients
// appear only as a pseudonym (PatientRef), and Reason is a fixed phrase or an
// error code, never user input.
type Entry struct {
	Seq        int64     `json:"-"`
	EntryID    string    `json:"entry_id"`
	Timestamp  time.Time `json:"timestamp"`
	UserID     string    `json:"user_id"`
	Role       string    `json:"role"`
	Action     string    `json:"action"`
	CaseID     string    `json:"case_id"`
	PatientRef string    `json:"patient_ref"`
	IPAddress  string    `json:"ip_address"`
	UserAgent  string    `json:"user_agent"`
	Result     string    `json:"result"`
	Reason     string    `json:"reason"`
	PrevHash   string    `json:"-"`
	Hash       string    `json:"-"`
}

// Genesis is the previous hash of the first entry.
const Genesis = "0000000000000000000000000000000000000000000000000000000000000000"

// ComputeHash returns the chain hash of e given the previous entry's hash.
// Fields are length-prefixed so no two different entries encode alike.
func ComputeHash(prev string, e *Entry) string {
	h := sha256.New()
	var n [8]byte
	put := func(s string) {
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	put(prev)
	binary.BigEndian.PutUint64(n[:], uint64(e.Seq))
	h.Write(n[:])
	put(e.EntryID)
	put(e.Timestamp.UTC().Format(time.RFC3339Nano))
	put(e.UserID)
	put(e.Role)
	put(e.Action)
	put(e.CaseID)
	put(e.PatientRef)
	put(e.IPAddress)
	put(e.UserAgent)
	put(e.Result)
	put(e.Reason)
	return hex.EncodeToString(h.Sum(nil))
}

// Chain links entries as they are appended.
type Chain struct {
	LastSeq  int64
	LastHash string
}

// NewChain starts an empty chain.
func NewChain() Chain { return Chain{LastHash: Genesis} }

// Link assigns e its sequence number and hashes and advances the chain.
func (c *Chain) Link(e *Entry) {
	c.LastSeq++
	e.Seq = c.LastSeq
	e.PrevHash = c.LastHash
	e.Hash = ComputeHash(e.PrevHash, e)
	c.LastHash = e.Hash
}

// Verifier checks a chain entry by entry, in sequence order.
type Verifier struct {
	prev     string
	nextSeq  int64
	Checked  int64
	FirstBad string // entry id (or "seq N" when the id itself is gone) of the first bad entry
}

// NewVerifier starts at the genesis.
func NewVerifier() *Verifier { return &Verifier{prev: Genesis, nextSeq: 1} }

// Next checks one entry; after the first failure it keeps counting but the
// first bad entry stays named.
func (v *Verifier) Next(e *Entry) bool {
	v.Checked++
	ok := e.Seq == v.nextSeq && e.PrevHash == v.prev && ComputeHash(e.PrevHash, e) == e.Hash
	if !ok && v.FirstBad == "" {
		v.FirstBad = e.EntryID
		if v.FirstBad == "" {
			v.FirstBad = "seq " + itoa(v.nextSeq)
		}
	}
	v.prev = e.Hash
	v.nextSeq = e.Seq + 1
	return ok
}

// LastHash is the hash of the last entry checked.
func (v *Verifier) LastHash() string { return v.prev }

// OK reports whether every entry checked so far was sound.
func (v *Verifier) OK() bool { return v.FirstBad == "" }

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
