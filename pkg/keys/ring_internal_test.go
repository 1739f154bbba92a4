package keys

import (
	"bytes"
	"crypto/rand"
	"testing"
)

// The purpose keys are unexported; this checks their derivation directly:
// one key per purpose, none equal to the master or to each other, and all
// different for a different master.
func TestNewRingDerivesDistinctPurposeKeys(t *testing.T) {
	m1, m2 := make([]byte, KeySize), make([]byte, KeySize)
	rand.Read(m1)
	rand.Read(m2)
	r1, err := NewRing(m1)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := NewRing(m2)
	if err != nil {
		t.Fatal(err)
	}
	purposes := func(r *Ring) map[string][]byte {
		return map[string][]byte{"log": bytes.Clone(r.log), "blind": bytes.Clone(r.blind), "kek": bytes.Clone(r.kek), "jwt": bytes.Clone(r.jwt)}
	}
	p1, p2 := purposes(r1), purposes(r2)
	for name, k := range p1 {
		if len(k) != KeySize {
			t.Errorf("%s key is %d bytes, want %d", name, len(k), KeySize)
		}
		if bytes.Equal(k, m1) {
			t.Errorf("%s key equals the master key", name)
		}
		for other, k2 := range p1 {
			if other != name && bytes.Equal(k, k2) {
				t.Errorf("%s key equals %s key", name, other)
			}
		}
		if bytes.Equal(k, p2[name]) {
			t.Errorf("%s key is the same for two different masters", name)
		}
	}
	// Same master, same keys (a restarted node must read its own data).
	again, _ := NewRing(m1)
	for name, k := range purposes(again) {
		if !bytes.Equal(k, p1[name]) {
			t.Errorf("%s key differs for the same master", name)
		}
	}
	// The ring must not keep a reference to the caller's master slice.
	m1[0] ^= 0xff
	for name, k := range purposes(r1) {
		if !bytes.Equal(k, p1[name]) {
			t.Errorf("%s key changed when the caller reused the master buffer", name)
		}
	}
}
