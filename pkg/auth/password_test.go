package auth

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

var phcRE = regexp.MustCompile(`^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$`)

func TestHashVerifyRoundTrip(t *testing.T) {
	for _, pw := range []string{"Correct-Horse-9-Battery", "", "ünïcödé Pässwörd 1!", "密码 Secret 42!", strings.Repeat("x", 1000)} {
		enc, err := HashPassword(pw)
		if err != nil {
			t.Fatalf("HashPassword: %v", err)
		}
		m := phcRE.FindStringSubmatch(enc)
		if m == nil {
			t.Fatalf("not a PHC string: %q", enc)
		}
		if got := fmt.Sprintf("m=%s,t=%s,p=%s", m[1], m[2], m[3]); got != "m=1024,t=1,p=1" {
			t.Errorf("params %s, want the active TestParams", got)
		}
		ok, err := VerifyPassword(pw, enc)
		if err != nil || !ok {
			t.Errorf("VerifyPassword(right password) = %v, %v", ok, err)
		}
		for _, wrong := range []string{pw + "x", strings.ToUpper(pw) + "!", "Correct-Horse-9-Batter", " " + pw} {
			if wrong == pw {
				continue
			}
			ok, err := VerifyPassword(wrong, enc)
			if err != nil || ok {
				t.Errorf("VerifyPassword(wrong password) = %v, %v", ok, err)
			}
		}
	}
}

func TestDefaultParamsRoundTrip(t *testing.T) {
	start := time.Now()
	enc, err := HashPasswordParams("Correct-Horse-9-Battery", DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	hashTime := time.Since(start)
	m := phcRE.FindStringSubmatch(enc)
	if m == nil || m[1] != "65536" || m[2] != "3" || m[3] != "2" {
		t.Fatalf("default hash %q, want m=65536,t=3,p=2", enc)
	}
	if len(m[4]) != 22 || len(m[5]) != 43 { // 16-byte salt, 32-byte hash, unpadded base64
		t.Errorf("salt/hash lengths %d/%d, want 22/43 base64 chars", len(m[4]), len(m[5]))
	}
	ok, err := VerifyPassword("Correct-Horse-9-Battery", enc)
	if err != nil || !ok {
		t.Fatalf("verify with default params = %v, %v", ok, err)
	}
	if ok, _ := VerifyPassword("correct-Horse-9-Battery", enc); ok {
		t.Fatal("wrong password accepted")
	}
	if !NeedsRehash(enc) { // the active params are TestParams in this test binary
		t.Error("NeedsRehash(default hash) under TestParams = false")
	}
	t.Logf("one hash with DefaultParams took %v", hashTime)
}

func TestSaltsDiffer(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 20; i++ {
		enc, err := HashPassword("same password")
		if err != nil {
			t.Fatal(err)
		}
		if seen[enc] {
			t.Fatal("two hashes of the same password are equal: salt not random")
		}
		seen[enc] = true
	}
}

// A known-answer vector from the reference implementation (Debian package
// argon2 0~20171227-0.3+deb12u1):
//
//	echo -n "Correct-Horse-9-Battery" | argon2 0123456789abcdef -id -t 2 -m 10 -p 2 -l 32 -e
//
// It pins both the algorithm (argon2id, v=19) and our PHC encoding.
func TestVerifyKnownVector(t *testing.T) {
	const vector = "$argon2id$v=19$m=1024,t=2,p=2$MDEyMzQ1Njc4OWFiY2RlZg$rAjaC0Kj2dpTARUftH4ViLnMHFlRoIHN3NgSAPF06dM"
	ok, err := VerifyPassword("Correct-Horse-9-Battery", vector)
	if err != nil || !ok {
		t.Fatalf("reference vector does not verify: %v, %v", ok, err)
	}
	p, salt, key, err := decodePHC(vector)
	if err != nil {
		t.Fatal(err)
	}
	if string(salt) != "0123456789abcdef" || p.Memory != 1024 || p.Iterations != 2 || p.Parallelism != 2 {
		t.Errorf("decoded %+v salt %q", p, salt)
	}
	if got := encodePHC(p, salt, key); got != vector {
		t.Errorf("re-encoded %q", got)
	}
}

func TestVerifyMalformed(t *testing.T) {
	good, err := HashPassword("pw")
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(good, "$")
	salt, hash := parts[4], parts[5]
	join := func(f ...string) string { return strings.Join(f, "$") }
	cases := map[string]string{
		"empty":               "",
		"garbage":             "not a hash",
		"bcrypt":              "$2b$12$C6UzMDM.H6dfI/f/IKxGhuLZYyUvcr.dHbLKu/O7lRnM/zZdtOwRm",
		"argon2i":             join("", "argon2i", "v=19", "m=1024,t=1,p=1", salt, hash),
		"argon2d":             join("", "argon2d", "v=19", "m=1024,t=1,p=1", salt, hash),
		"version 16":          join("", "argon2id", "v=16", "m=1024,t=1,p=1", salt, hash),
		"no version":          join("", "argon2id", "m=1024,t=1,p=1", salt, hash),
		"missing hash":        join("", "argon2id", "v=19", "m=1024,t=1,p=1", salt),
		"extra field":         good + "$x",
		"no leading $":        strings.TrimPrefix(good, "$"),
		"order t,m,p":         join("", "argon2id", "v=19", "t=1,m=1024,p=1", salt, hash),
		"keyid param":         join("", "argon2id", "v=19", "m=1024,t=1,p=1,keyid=x", salt, hash),
		"t=0 (argon2 panics)": join("", "argon2id", "v=19", "m=1024,t=0,p=1", salt, hash),
		"p=0 (argon2 panics)": join("", "argon2id", "v=19", "m=1024,t=1,p=0", salt, hash),
		"p=256":               join("", "argon2id", "v=19", "m=4096,t=1,p=256", salt, hash),
		"m below 8p":          join("", "argon2id", "v=19", "m=15,t=1,p=2", salt, hash),
		"m 4 TiB":             join("", "argon2id", "v=19", "m=4294967295,t=1,p=1", salt, hash),
		"m overflow":          join("", "argon2id", "v=19", "m=99999999999999999999,t=1,p=1", salt, hash),
		"t huge":              join("", "argon2id", "v=19", "m=1024,t=4294967295,p=1", salt, hash),
		"negative":            join("", "argon2id", "v=19", "m=-1024,t=1,p=1", salt, hash),
		"plus sign":           join("", "argon2id", "v=19", "m=+1024,t=1,p=1", salt, hash),
		"leading zero":        join("", "argon2id", "v=19", "m=01024,t=1,p=1", salt, hash),
		"hex":                 join("", "argon2id", "v=19", "m=0x400,t=1,p=1", salt, hash),
		"empty number":        join("", "argon2id", "v=19", "m=,t=1,p=1", salt, hash),
		"padded salt":         join("", "argon2id", "v=19", "m=1024,t=1,p=1", salt+"==", hash),
		"url base64 salt":     join("", "argon2id", "v=19", "m=1024,t=1,p=1", "____________________AA", hash),
		"short salt":          join("", "argon2id", "v=19", "m=1024,t=1,p=1", "YWJj", hash),
		"empty salt":          join("", "argon2id", "v=19", "m=1024,t=1,p=1", "", hash),
		"short hash":          join("", "argon2id", "v=19", "m=1024,t=1,p=1", salt, "YWJjZGVmZ2g"),
		"non-canonical b64":   join("", "argon2id", "v=19", "m=1024,t=1,p=1", salt, hash[:len(hash)-1]+"B"),
		"newline in salt":     join("", "argon2id", "v=19", "m=1024,t=1,p=1", salt[:4]+"\n"+salt[4:], hash),
		"CRLF in hash":        join("", "argon2id", "v=19", "m=1024,t=1,p=1", salt, hash[:8]+"\r\n"+hash[8:]),
		"too long":            good + strings.Repeat("A", 600),
		"spaces":              " " + good,
	}
	for name, enc := range cases {
		t.Run(name, func(t *testing.T) {
			ok, err := VerifyPassword("pw", enc)
			if ok || !errors.Is(err, ErrInvalidHash) {
				t.Fatalf("VerifyPassword = %v, %v; want false, ErrInvalidHash", ok, err)
			}
			if enc != "" && strings.Contains(err.Error(), enc) {
				t.Errorf("error echoes the stored hash: %v", err)
			}
			if !NeedsRehash(enc) {
				t.Error("NeedsRehash(malformed) = false")
			}
		})
	}
}

func TestNeedsRehash(t *testing.T) {
	enc, _ := HashPassword("pw")
	if NeedsRehash(enc) {
		t.Error("hash with the active params needs rehash")
	}
	other := TestParams
	other.Iterations = 2
	enc2, _ := HashPasswordParams("pw", other)
	if !NeedsRehash(enc2) {
		t.Error("hash with other params does not need rehash")
	}
}

func TestUseParams(t *testing.T) {
	if ActiveParams() != TestParams {
		t.Fatalf("ActiveParams = %+v, want TestParams from TestMain", ActiveParams())
	}
	p := TestParams
	p.Memory = 2048
	restore := UseParams(p)
	if ActiveParams() != p {
		t.Errorf("UseParams did not take effect")
	}
	enc, _ := HashPassword("pw")
	if !strings.Contains(enc, "m=2048,") {
		t.Errorf("hash %q does not use the new params", enc)
	}
	restore()
	if ActiveParams() != TestParams {
		t.Errorf("restore did not restore")
	}
	for _, bad := range []Params{{}, {Memory: 1024, Iterations: 0, Parallelism: 1, SaltLen: 16, KeyLen: 32}, {Memory: 1024, Iterations: 1, Parallelism: 1, SaltLen: 4, KeyLen: 32}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("UseParams(%+v) did not panic", bad)
				}
			}()
			UseParams(bad)
		}()
		if _, err := HashPasswordParams("pw", bad); err == nil {
			t.Errorf("HashPasswordParams(%+v) succeeded", bad)
		}
	}
}

// DummyVerify takes the same code path as VerifyPassword, so its cost is the
// same by construction; this checks it stays within a loose factor of a real
// verify (medians, generous bounds: the machine is shared).
func TestDummyVerifyCost(t *testing.T) {
	p := Params{Memory: 8 * 1024, Iterations: 2, Parallelism: 1, SaltLen: 16, KeyLen: 32}
	defer UseParams(p)()
	enc, err := HashPassword("Real-Password-1")
	if err != nil {
		t.Fatal(err)
	}
	timeIt := func(f func()) time.Duration {
		s := time.Now()
		f()
		return time.Since(s)
	}
	DummyVerify("warm-up") // first run pays for page faults of the argon2 memory
	var reals, dummies []time.Duration
	for i := 0; i < 9; i++ { // interleaved, so load changes hit both alike
		reals = append(reals, timeIt(func() { _, _ = VerifyPassword("Wrong-Password-1", enc) }))
		dummies = append(dummies, timeIt(func() { DummyVerify("Wrong-Password-1") }))
	}
	median := func(d []time.Duration) time.Duration {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		return d[len(d)/2]
	}
	real, dummy := median(reals), median(dummies)
	ratio := float64(dummy) / float64(real)
	t.Logf("verify %v, dummy %v, ratio %.2f", real, dummy, ratio)
	if ratio < 0.33 || ratio > 3 {
		t.Errorf("DummyVerify costs %v, a real verify %v: ratio %.2f outside [0.33, 3]", dummy, real, ratio)
	}
}

// FuzzVerifyPassword: no input panics or allocates without bound; a string
// that parses re-encodes to itself (the parser is canonical); a hash made
// by HashPasswordParams verifies.
func FuzzVerifyPassword(f *testing.F) {
	good, _ := HashPasswordParams("Correct-Horse-9-Battery", Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLen: 16, KeyLen: 32})
	f.Add("Correct-Horse-9-Battery", good)
	f.Add("pw", "$argon2id$v=19$m=64,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
	f.Add("pw", "$argon2id$v=19$m=0,t=0,p=0$$")
	f.Add("pw", "$argon2id$v=19$m=4294967295,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$AAAAAAAAAAAAAAAAAAAAAA")
	f.Add("", "$$$$$")
	f.Add("x", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")
	f.Fuzz(func(t *testing.T, pw, enc string) {
		p, salt, key, err := decodePHC(enc)
		if err != nil {
			if !errors.Is(err, ErrInvalidHash) {
				t.Fatalf("error %v does not wrap ErrInvalidHash", err)
			}
			if ok, verr := VerifyPassword(pw, enc); ok || verr == nil {
				t.Fatalf("VerifyPassword on unparseable hash = %v, %v", ok, verr)
			}
			return
		}
		if again := encodePHC(p, salt, key); again != enc {
			t.Fatalf("parse/encode not canonical:\n in  %q\n out %q", enc, again)
		}
		if p.Memory > 4096 || p.Iterations > 4 { // valid but too slow to run per fuzz input
			return
		}
		if _, err := VerifyPassword(pw, enc); err != nil {
			t.Fatalf("VerifyPassword on a parseable hash: %v", err)
		}
	})
}
