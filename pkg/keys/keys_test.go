package keys_test

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/agnomedical/agno/pkg/keys"
)

// ---- helpers ---------------------------------------------------------------

func randBytes(t testing.TB, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

func newRing(t testing.TB) (*keys.Ring, []byte) {
	t.Helper()
	master := randBytes(t, keys.KeySize)
	r, err := keys.NewRing(master)
	if err != nil {
		t.Fatalf("NewRing: %v", err)
	}
	return r, master
}

func mustRing(t testing.TB, master []byte) *keys.Ring {
	t.Helper()
	r, err := keys.NewRing(master)
	if err != nil {
		t.Fatalf("NewRing: %v", err)
	}
	return r
}

func wantDecryptErr(t *testing.T, what string, pt []byte, err error) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: opened (got %q), want ErrDecrypt", what, pt)
	}
	if !errors.Is(err, keys.ErrDecrypt) {
		t.Fatalf("%s: err = %v, want ErrDecrypt", what, err)
	}
	if pt != nil {
		t.Fatalf("%s: returned plaintext %q alongside the error", what, pt)
	}
}

// ---- key format ------------------------------------------------------------

var b64Line = regexp.MustCompile(`^[A-Za-z0-9+/]{43}=$`)

func TestGenerateIsOneLineOf32BytesStdBase64(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 200; i++ {
		s, err := keys.Generate()
		if err != nil {
			t.Fatal(err)
		}
		if !b64Line.MatchString(s) {
			t.Fatalf("Generate() = %q, want 44 chars of standard base64 with padding, no newline", s)
		}
		raw, err := base64.StdEncoding.DecodeString(s)
		if err != nil || len(raw) != 32 {
			t.Fatalf("Generate() = %q decodes to %d bytes (err %v), want 32", s, len(raw), err)
		}
		k, err := keys.ParseKey(s)
		if err != nil {
			t.Fatalf("ParseKey(Generate()) = %v", err)
		}
		if !bytes.Equal(k, raw) {
			t.Fatalf("ParseKey(%q) = %x, want %x", s, k, raw)
		}
		if seen[s] {
			t.Fatalf("Generate repeated a key after %d calls: %q", i, s)
		}
		seen[s] = true
	}
}

func TestParseKeyAcceptsSurroundingWhitespace(t *testing.T) {
	raw := randBytes(t, 32)
	line := base64.StdEncoding.EncodeToString(raw)
	for _, in := range []string{line, line + "\n", line + "\r\n", "  " + line + " \t\n", "\n" + line} {
		k, err := keys.ParseKey(in)
		if err != nil {
			t.Errorf("ParseKey(%q) = %v, want ok", in, err)
			continue
		}
		if !bytes.Equal(k, raw) {
			t.Errorf("ParseKey(%q) = %x, want %x", in, k, raw)
		}
	}
}

func TestParseKeyRejectsBadKeys(t *testing.T) {
	// A raw key whose base64 uses '+' and '/', so the URL alphabet differs.
	raw := bytes.Repeat([]byte{0xfb, 0xff, 0xbf}, 11)[:32]
	std := base64.StdEncoding.EncodeToString(raw)
	if !strings.ContainsAny(std, "+/") {
		t.Fatalf("test key %q should use + or /", std)
	}
	cases := map[string]string{
		"empty":               "",
		"only whitespace":     " \n\t",
		"16 bytes":            base64.StdEncoding.EncodeToString(randBytes(t, 16)),
		"31 bytes":            base64.StdEncoding.EncodeToString(randBytes(t, 31)),
		"33 bytes":            base64.StdEncoding.EncodeToString(randBytes(t, 33)),
		"64 bytes":            base64.StdEncoding.EncodeToString(randBytes(t, 64)),
		"url-safe alphabet":   base64.URLEncoding.EncodeToString(raw),
		"unpadded":            base64.RawStdEncoding.EncodeToString(raw),
		"hex":                 hex.EncodeToString(raw),
		"not base64":          "this is not a key, it is a sentence!!",
		"split over 2 lines":  std[:22] + "\n" + std[22:],
		"split with CRLF":     std[:22] + "\r\n" + std[22:],
		"two keys, two lines": std + "\n" + std,
		"inner space":         std[:22] + " " + std[22:],
		"trailing garbage":    std + "x",
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			k, err := keys.ParseKey(in)
			if err == nil {
				t.Fatalf("ParseKey(%q) = %x, want an error", in, k)
			}
			if k != nil {
				t.Errorf("ParseKey returned key material with its error")
			}
			if len(strings.TrimSpace(in)) > 8 && strings.Contains(err.Error(), strings.TrimSpace(in)) {
				t.Errorf("error %q echoes the (possibly secret) input", err)
			}
		})
	}
}

// ---- master key file ---------------------------------------------------------

func TestLoadOrCreateMasterCreatesOnceThenLoads(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nested", "keys", "master.key")

	k1, created, err := keys.LoadOrCreateMaster(path)
	if err != nil {
		t.Fatalf("first LoadOrCreateMaster: %v", err)
	}
	if !created {
		t.Fatalf("first call: created = false, want true")
	}
	if len(k1) != keys.KeySize {
		t.Fatalf("key length %d, want %d", len(k1), keys.KeySize)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", st.Mode().Perm())
	}
	if pst, _ := os.Stat(filepath.Dir(path)); pst.Mode().Perm()&0o077 != 0 {
		t.Errorf("created key directory mode %v is open to group/others", pst.Mode().Perm())
	}
	content, _ := os.ReadFile(path)
	if !strings.HasSuffix(string(content), "\n") || strings.Count(string(content), "\n") != 1 {
		t.Fatalf("key file %q is not exactly one line", content)
	}
	fromFile, err := keys.ParseKey(string(content))
	if err != nil || !bytes.Equal(fromFile, k1) {
		t.Fatalf("file content does not parse to the returned key (err %v)", err)
	}

	for i := 0; i < 3; i++ {
		k2, created2, err := keys.LoadOrCreateMaster(path)
		if err != nil {
			t.Fatalf("reload %d: %v", i, err)
		}
		if created2 {
			t.Fatalf("reload %d: created = true, want false", i)
		}
		if !bytes.Equal(k1, k2) {
			t.Fatalf("reload %d returned a different key", i)
		}
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, content) {
		t.Fatalf("loading rewrote the key file")
	}
	assertNoTempFiles(t, filepath.Dir(path), "master.key")
}

func TestLoadOrCreateMasterAcceptsOperatorWrittenKey(t *testing.T) {
	raw := randBytes(t, 32)
	path := filepath.Join(t.TempDir(), "master.key")
	// Written by hand on Windows, say: CRLF line end.
	if err := os.WriteFile(path, []byte(base64.StdEncoding.EncodeToString(raw)+"\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	k, created, err := keys.LoadOrCreateMaster(path)
	if err != nil || created || !bytes.Equal(k, raw) {
		t.Fatalf("LoadOrCreateMaster = (%x, %v, %v), want the operator's key, not created", k, created, err)
	}
}

func TestLoadOrCreateMasterRefusesMalformedFile(t *testing.T) {
	for name, content := range map[string]string{
		"empty":         "",
		"garbage":       "hunter2\n",
		"short key":     base64.StdEncoding.EncodeToString(make([]byte, 16)) + "\n",
		"two lines":     "QUJD\nREVG\n",
		"whitespace":    "\n\n",
		"long key line": base64.StdEncoding.EncodeToString(make([]byte, 48)),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "master.key")
			if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			k, created, err := keys.LoadOrCreateMaster(path)
			if err == nil {
				t.Fatalf("malformed key file accepted: key %x created %v", k, created)
			}
			if created || k != nil {
				t.Fatalf("error path returned key=%x created=%v", k, created)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q should name the file", err)
			}
			after, _ := os.ReadFile(path)
			if string(after) != content {
				t.Fatalf("malformed key file was overwritten: %q -> %q (a new master key would orphan all data)", content, after)
			}
		})
	}
}

func TestLoadOrCreateMasterUnreadablePathIsAnError(t *testing.T) {
	dir := t.TempDir()
	// A directory where the file should be: not "does not exist", so no new key.
	path := filepath.Join(dir, "master.key")
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, created, err := keys.LoadOrCreateMaster(path); err == nil || created {
		t.Fatalf("LoadOrCreateMaster on a directory: created=%v err=%v, want error", created, err)
	}
}

// ---- WriteFileAtomic -----------------------------------------------------------

func assertNoTempFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("directory holds %v, want exactly %v (temp files left behind?)", got, want)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	for _, perm := range []os.FileMode{0o600, 0o640, 0o644, 0o400} {
		t.Run(perm.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "f.dat")
			data := randBytes(t, 1000)
			if err := keys.WriteFileAtomic(path, data, perm); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("read back %d bytes (err %v), want the 1000 written", len(got), err)
			}
			st, _ := os.Stat(path)
			if st.Mode().Perm() != perm {
				t.Fatalf("mode %v, want %v (umask must not apply)", st.Mode().Perm(), perm)
			}
			assertNoTempFiles(t, dir, "f.dat")
		})
	}
}

func TestWriteFileAtomicReplacesContentAndMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "secret")
	if err := os.WriteFile(path, []byte("old content that is longer"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := keys.WriteFileAtomic(path, []byte("new"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "new" {
		t.Fatalf("content %q, want %q", got, "new")
	}
	st, _ := os.Stat(path)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", st.Mode().Perm())
	}
	assertNoTempFiles(t, dir, "secret")
}

func TestWriteFileAtomicEmptyDataAndMissingParents(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a", "b", "empty")
	if err := keys.WriteFileAtomic(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Size() != 0 {
		t.Fatalf("stat = %v, %v; want an empty file", st, err)
	}
}

func TestWriteFileAtomicFailureLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "occupied")
	if err := os.Mkdir(target, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "x"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := keys.WriteFileAtomic(target, []byte("data"), 0o600); err == nil {
		t.Fatalf("rename over a non-empty directory succeeded")
	}
	assertNoTempFiles(t, dir, "occupied")
}

// ---- Seal / Open -----------------------------------------------------------------

func TestSealOpenRoundTrip(t *testing.T) {
	key := randBytes(t, 32)
	for _, n := range []int{0, 1, 15, 16, 17, 1024, 100_000} {
		pt := randBytes(t, n)
		aad := []byte(fmt.Sprintf("cases|case_%d|input", n))
		ct := keys.Seal(key, pt, aad)
		if len(ct) <= n {
			t.Fatalf("n=%d: ciphertext length %d is not longer than the plaintext (no nonce/tag?)", n, len(ct))
		}
		got, err := keys.Open(key, ct, aad)
		if err != nil {
			t.Fatalf("n=%d: Open: %v", n, err)
		}
		if !bytes.Equal(got, pt) {
			t.Fatalf("n=%d: round trip changed the data", n)
		}
	}
}

func TestSealHidesPlaintext(t *testing.T) {
	key := randBytes(t, 32)
	canary := []byte("Quillon Marchbanks, DOB 1961-04-02, CPF 123.456.789-09")
	ct := keys.Seal(key, canary, nil)
	for _, part := range [][]byte{canary, []byte("Quillon"), []byte("Marchbanks")} {
		if bytes.Contains(ct, part) {
			t.Fatalf("ciphertext contains plaintext %q", part)
		}
	}
}

func TestSealUsesFreshNonces(t *testing.T) {
	key := randBytes(t, 32)
	pt := []byte("same plaintext, same key, same aad")
	seen := map[string]bool{}
	prefixes := map[string]bool{}
	for i := 0; i < 500; i++ {
		ct := keys.Seal(key, pt, []byte("aad"))
		if seen[string(ct)] {
			t.Fatalf("Seal produced the same ciphertext twice (nonce reuse)")
		}
		seen[string(ct)] = true
		prefixes[string(ct[:12])] = true
	}
	if len(prefixes) != 500 {
		t.Fatalf("only %d distinct 12-byte prefixes in 500 seals: nonces repeat", len(prefixes))
	}
}

func TestOpenRejects(t *testing.T) {
	key := randBytes(t, 32)
	pt := []byte("troponin I 0.8 ng/mL")
	aad := keys.FieldAAD("cases", "case_1", "input")
	ct := keys.Seal(key, pt, aad)

	t.Run("wrong key", func(t *testing.T) {
		got, err := keys.Open(randBytes(t, 32), ct, aad)
		wantDecryptErr(t, "wrong key", got, err)
	})
	t.Run("key off by one bit", func(t *testing.T) {
		k := bytes.Clone(key)
		k[31] ^= 1
		got, err := keys.Open(k, ct, aad)
		wantDecryptErr(t, "near key", got, err)
	})
	t.Run("wrong aad", func(t *testing.T) {
		for _, other := range [][]byte{nil, []byte(""), keys.FieldAAD("cases", "case_2", "input"), append(bytes.Clone(aad), 'x')} {
			got, err := keys.Open(key, ct, other)
			wantDecryptErr(t, fmt.Sprintf("aad %q", other), got, err)
		}
	})
	t.Run("every flipped bit", func(t *testing.T) {
		for i := range ct {
			for _, bit := range []byte{0x01, 0x80} {
				bad := bytes.Clone(ct)
				bad[i] ^= bit
				got, err := keys.Open(key, bad, aad)
				wantDecryptErr(t, fmt.Sprintf("byte %d bit %#x flipped", i, bit), got, err)
			}
		}
	})
	t.Run("every truncation", func(t *testing.T) {
		for n := 0; n < len(ct); n++ {
			got, err := keys.Open(key, ct[:n], aad)
			wantDecryptErr(t, fmt.Sprintf("truncated to %d", n), got, err)
		}
	})
	t.Run("extended", func(t *testing.T) {
		got, err := keys.Open(key, append(bytes.Clone(ct), 0), aad)
		wantDecryptErr(t, "extra byte", got, err)
	})
	t.Run("nil", func(t *testing.T) {
		got, err := keys.Open(key, nil, aad)
		wantDecryptErr(t, "nil", got, err)
	})
}

func TestOpenDoesNotAliasOrModifyInput(t *testing.T) {
	key := randBytes(t, 32)
	ct := keys.Seal(key, []byte("abc"), nil)
	orig := bytes.Clone(ct)
	pt, err := keys.Open(key, ct, nil)
	if err != nil {
		t.Fatal(err)
	}
	pt[0] = 'X'
	if !bytes.Equal(ct, orig) {
		t.Fatalf("Open's result aliases or modified the ciphertext")
	}
}

// ---- Ring -------------------------------------------------------------------

func TestNewRingRejectsWrongMasterLength(t *testing.T) {
	for _, n := range []int{0, 1, 16, 24, 31, 33, 64} {
		if r, err := keys.NewRing(make([]byte, n)); err == nil || r != nil {
			t.Errorf("NewRing(%d bytes) = %v, %v; want error", n, r, err)
		}
	}
}

func TestRingIsDeterministicPerMaster(t *testing.T) {
	master := randBytes(t, 32)
	a, b := mustRing(t, master), mustRing(t, master)
	// Everything sealed by one ring opens with a ring rebuilt from the same master
	// (this is what a restart or a follower relies on).
	if pt, err := b.OpenLog(a.SealLog([]byte("entry"))); err != nil || string(pt) != "entry" {
		t.Fatalf("OpenLog across rings of one master: %q, %v", pt, err)
	}
	dek, wrapped, err := a.NewDataKey("pt_1", "dek_1")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := b.UnwrapDataKey("pt_1", "dek_1", wrapped); err != nil || !bytes.Equal(got, dek) {
		t.Fatalf("UnwrapDataKey across rings of one master: %v", err)
	}
	if got, err := b.UnwrapSecret("jwt|k1", a.WrapSecret("jwt|k1", []byte("s"))); err != nil || string(got) != "s" {
		t.Fatalf("UnwrapSecret across rings of one master: %q, %v", got, err)
	}
	if a.Blind("patient_id", "pat_1") != b.Blind("patient_id", "pat_1") {
		t.Fatalf("Blind differs across rings of one master")
	}
}

func TestRingDoesNotUseMasterDirectly(t *testing.T) {
	r, master := newRing(t)
	sealed := r.SealLog([]byte("x"))
	if _, err := keys.Open(master, sealed, []byte("raft-entry")); err == nil {
		t.Fatalf("a log entry opens with the raw master key: purpose keys are not derived")
	}
	_, wrapped, _ := r.NewDataKey("pt_1", "k")
	if _, err := keys.Open(master, wrapped, []byte("dek|pt_1|k")); err == nil {
		t.Fatalf("a wrapped data key opens with the raw master key")
	}
}

func TestRingPurposesDoNotCross(t *testing.T) {
	r, _ := newRing(t)
	other, _ := newRing(t)

	logCT := r.SealLog([]byte("payload"))
	secretCT := r.WrapSecret("label", []byte("payload"))
	_, dekCT, _ := r.NewDataKey("label", "payload")

	// A log entry is not a secret or a data key, and vice versa.
	if _, err := r.UnwrapSecret("label", logCT); err == nil {
		t.Error("log entry unwraps as a secret")
	}
	if _, err := r.UnwrapDataKey("label", "payload", logCT); err == nil {
		t.Error("log entry unwraps as a data key")
	}
	if _, err := r.OpenLog(secretCT); err == nil {
		t.Error("wrapped secret opens as a log entry")
	}
	if _, err := r.UnwrapDataKey("label", "payload", secretCT); err == nil {
		t.Error("wrapped secret unwraps as a data key")
	}
	if _, err := r.OpenLog(dekCT); err == nil {
		t.Error("wrapped data key opens as a log entry")
	}
	if _, err := r.UnwrapSecret("label", dekCT); err == nil {
		t.Error("wrapped data key unwraps as a secret")
	}
	// And none of it opens under a ring of another master.
	if pt, err := other.OpenLog(logCT); err == nil {
		t.Errorf("log entry opens under another master: %q", pt)
	}
	if _, err := other.UnwrapSecret("label", secretCT); err == nil {
		t.Error("secret unwraps under another master")
	}
	if _, err := other.UnwrapDataKey("label", "payload", dekCT); err == nil {
		t.Error("data key unwraps under another master")
	}
}

func TestSealLogOpenLog(t *testing.T) {
	r, _ := newRing(t)
	for _, n := range []int{0, 1, 4096} {
		entry := randBytes(t, n)
		sealed := r.SealLog(entry)
		got, err := r.OpenLog(sealed)
		if err != nil || !bytes.Equal(got, entry) {
			t.Fatalf("n=%d: OpenLog = %v", n, err)
		}
		if n >= 16 && bytes.Contains(sealed, entry) {
			t.Fatalf("sealed log entry contains the plaintext")
		}
	}
	a, b := r.SealLog([]byte("same")), r.SealLog([]byte("same"))
	if bytes.Equal(a, b) {
		t.Fatalf("two seals of one entry are identical")
	}
	bad := bytes.Clone(a)
	bad[len(bad)/2] ^= 0x10
	got, err := r.OpenLog(bad)
	if !errors.Is(err, keys.ErrDecrypt) || got != nil {
		t.Fatalf("tampered entry: %q, %v; want ErrDecrypt", got, err)
	}
	got, err = r.OpenLog(keys.Seal(randBytes(t, 32), []byte("forged"), []byte("raft-entry")))
	if !errors.Is(err, keys.ErrDecrypt) || got != nil {
		t.Fatalf("entry sealed with a foreign key: %q, %v; want ErrDecrypt", got, err)
	}
}

// ---- streams -------------------------------------------------------------------

type closeRecorder struct {
	bytes.Buffer
	closed bool
}

func (c *closeRecorder) Close() error { c.closed = true; return nil }

func sealStream(t *testing.T, r *keys.Ring, pt []byte, chunk int) []byte {
	t.Helper()
	var dst closeRecorder
	w, err := r.SealStream(&dst)
	if err != nil {
		t.Fatal(err)
	}
	for off := 0; off < len(pt); off += chunk {
		end := min(off+chunk, len(pt))
		n, err := w.Write(pt[off:end])
		if err != nil || n != end-off {
			t.Fatalf("Write = %d, %v", n, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if dst.closed {
		t.Fatalf("closing the sealing writer closed the destination")
	}
	return bytes.Clone(dst.Bytes())
}

func openStream(r *keys.Ring, ct []byte) ([]byte, error) {
	rd, err := r.OpenStream(bytes.NewReader(ct))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(rd)
}

var streamSizes = []int{0, 1, 64<<10 - 1, 64 << 10, 64<<10 + 1, 128 << 10, 1<<20 + 7}

func TestStreamRoundTrip(t *testing.T) {
	r, _ := newRing(t)
	for _, n := range streamSizes {
		for _, chunk := range []int{1 << 30, 1000, 64 << 10} {
			if n > 100_000 && chunk == 1000 {
				chunk = 7919 // keep the many-writes case quick
			}
			t.Run(fmt.Sprintf("size=%d/chunk=%d", n, chunk), func(t *testing.T) {
				pt := randBytes(t, n)
				ct := sealStream(t, r, pt, chunk)
				if len(ct) == 0 {
					t.Fatalf("sealed stream is empty: it could not be told from a truncated one")
				}
				got, err := openStream(r, ct)
				if err != nil {
					t.Fatalf("open: %v", err)
				}
				if !bytes.Equal(got, pt) {
					t.Fatalf("round trip: got %d bytes, want %d (equal content: %v)", len(got), n, bytes.Equal(got, pt))
				}
				if n >= 16 && bytes.Contains(ct, pt[:16]) {
					t.Fatalf("ciphertext contains plaintext")
				}
			})
		}
	}
}

func TestStreamSealsDifferEachTime(t *testing.T) {
	r, _ := newRing(t)
	for _, n := range []int{0, 100} {
		pt := bytes.Repeat([]byte{'a'}, n)
		if bytes.Equal(sealStream(t, r, pt, 1<<20), sealStream(t, r, pt, 1<<20)) {
			t.Fatalf("size %d: two seals of the same stream are identical", n)
		}
	}
}

func TestStreamDetectsTruncation(t *testing.T) {
	r, _ := newRing(t)
	for _, n := range streamSizes {
		pt := randBytes(t, n)
		ct := sealStream(t, r, pt, 1<<30)
		cuts := map[int]bool{0: true, 1: true, len(ct) - 1: true, len(ct) / 2: true}
		// A DARE 2.0 package is 16 header + 64 KiB + 16 tag bytes: cutting
		// exactly at a package boundary must fail too.
		for b := 65568; b < len(ct); b += 65568 {
			cuts[b] = true
		}
		for cut := range cuts {
			if cut < 0 || cut >= len(ct) {
				continue
			}
			got, err := openStream(r, ct[:cut])
			if err == nil {
				t.Errorf("size %d truncated to %d of %d bytes: opened %d bytes without error", n, cut, len(ct), len(got))
			}
		}
	}
}

func TestStreamDetectsTampering(t *testing.T) {
	r, _ := newRing(t)
	for _, n := range streamSizes {
		pt := randBytes(t, n)
		ct := sealStream(t, r, pt, 1<<30)
		positions := map[int]bool{0: true, 5: true, 20: true, len(ct) / 2: true, len(ct) - 1: true}
		for pos := range positions {
			if pos < 0 || pos >= len(ct) {
				continue
			}
			bad := bytes.Clone(ct)
			bad[pos] ^= 0x04
			got, err := openStream(r, bad)
			if err == nil {
				t.Errorf("size %d: byte %d flipped, stream still opened (%d bytes)", n, pos, len(got))
			}
		}
		// Appended data after the final package is tampering as well.
		if got, err := openStream(r, append(bytes.Clone(ct), randBytes(t, 100)...)); err == nil {
			t.Errorf("size %d: trailing garbage accepted (%d bytes)", n, len(got))
		}
	}
}

func TestStreamNeedsTheSameMaster(t *testing.T) {
	a, _ := newRing(t)
	b, _ := newRing(t)
	for _, n := range []int{0, 10, 70_000} {
		ct := sealStream(t, a, randBytes(t, n), 1<<30)
		if got, err := openStream(b, ct); err == nil {
			t.Errorf("size %d: stream opened under another master (%d bytes)", n, len(got))
		}
	}
}

func TestStreamIsNotALogEntry(t *testing.T) {
	r, _ := newRing(t)
	// The empty-stream marker and a log entry must not be interchangeable.
	empty := sealStream(t, r, nil, 1)
	if _, err := r.OpenLog(empty); err == nil {
		t.Errorf("an empty sealed stream opens as a log entry")
	}
	if got, err := openStream(r, r.SealLog(nil)); err == nil {
		t.Errorf("a sealed empty log entry opens as a stream (%d bytes)", len(got))
	}
}

func TestStreamCloseIsIdempotentAndKeepsDestinationOpen(t *testing.T) {
	r, _ := newRing(t)
	for _, n := range []int{0, 10} {
		var dst closeRecorder
		w, err := r.SealStream(&dst)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(bytes.Repeat([]byte{'z'}, n))
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		first := bytes.Clone(dst.Bytes())
		if err := w.Close(); err != nil {
			t.Fatalf("second Close: %v", err)
		}
		if !bytes.Equal(first, dst.Bytes()) {
			t.Fatalf("size %d: second Close wrote more bytes", n)
		}
		if dst.closed {
			t.Fatalf("destination closed")
		}
		// The caller can still write to the destination (e.g. a manifest after the stream).
		if _, err := dst.Write([]byte("after")); err != nil {
			t.Fatal(err)
		}
		if got, err := openStream(r, first); err != nil || len(got) != n {
			t.Fatalf("size %d: reopen = %d bytes, %v", n, len(got), err)
		}
	}
}

type failAfter struct {
	n   int
	err error
}

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		w := f.n
		f.n = 0
		return w, f.err
	}
	f.n -= len(p)
	return len(p), nil
}

func TestStreamReportsDestinationErrors(t *testing.T) {
	r, _ := newRing(t)
	boom := errors.New("disk full")
	for _, n := range []int{0, 10, 200_000} {
		w, err := r.SealStream(&failAfter{n: 5, err: boom})
		if err != nil {
			t.Fatal(err)
		}
		_, werr := w.Write(make([]byte, n))
		cerr := w.Close()
		if werr == nil && cerr == nil {
			t.Errorf("size %d: a failing destination went unreported", n)
		}
	}
}

// ---- blind indexes and pseudonyms --------------------------------------------

var hex64 = regexp.MustCompile(`^[0-9a-f]{64}$`)

func TestBlind(t *testing.T) {
	r, _ := newRing(t)
	other, _ := newRing(t)
	b := r.Blind("patient_id", "PAT_67890")
	if !hex64.MatchString(b) {
		t.Fatalf("Blind = %q, want 64 lower-case hex chars", b)
	}
	if r.Blind("patient_id", "PAT_67890") != b {
		t.Fatalf("Blind is not deterministic")
	}
	for _, same := range []string{"pat_67890", "Pat_67890", "  PAT_67890", "PAT_67890\n", "\tpat_67890 \r\n"} {
		if got := r.Blind("patient_id", same); got != b {
			t.Errorf("Blind(%q) differs from Blind(%q): normalisation of case/space", same, "PAT_67890")
		}
	}
	if r.Blind("username", "JOSÉ") != r.Blind("username", "josé") {
		t.Errorf("Blind does not fold non-ASCII case")
	}
	for _, diff := range []string{"pat_67891", "pat_6789", "pat 67890", "pat_678 90", ""} {
		if r.Blind("patient_id", diff) == b {
			t.Errorf("Blind(%q) equals Blind(PAT_67890)", diff)
		}
	}
	if r.Blind("username", "pat_67890") == b {
		t.Errorf("Blind does not depend on the kind")
	}
	if other.Blind("patient_id", "pat_67890") == b {
		t.Errorf("Blind does not depend on the master key")
	}
	// kind/value boundary: ("ab","c") and ("a","bc") must differ.
	if r.Blind("ab", "c") == r.Blind("a", "bc") {
		t.Errorf("Blind kind/value boundary is ambiguous")
	}
	if strings.Contains(b, "67890") {
		t.Errorf("blind index leaks the value")
	}
}

func TestBlindHasNoCollisionsOnSimilarValues(t *testing.T) {
	r, _ := newRing(t)
	seen := map[string]string{}
	for i := 0; i < 5000; i++ {
		v := fmt.Sprintf("pat_%05d", i)
		b := r.Blind("patient_id", v)
		if prev, dup := seen[b]; dup {
			t.Fatalf("Blind collision: %q and %q", prev, v)
		}
		seen[b] = v
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  Dr. Ana Silva \n": "dr. ana silva",
		"ADMIN":              "admin",
		"":                   "",
		"ÇÃO":                "ção",
	} {
		if got := keys.Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

var pseudonymRE = regexp.MustCompile(`^pt_[0-9a-f]{20}$`)

func TestPseudonym(t *testing.T) {
	r, _ := newRing(t)
	other, _ := newRing(t)
	p := r.Pseudonym("pat_67890")
	if !pseudonymRE.MatchString(p) {
		t.Fatalf("Pseudonym = %q, want pt_ + 20 lower-case hex", p)
	}
	if r.Pseudonym("pat_67890") != p || r.Pseudonym(" PAT_67890 ") != p {
		t.Fatalf("Pseudonym is not stable/normalised")
	}
	if other.Pseudonym("pat_67890") == p {
		t.Fatalf("Pseudonym is the same under another master (linkable across clinics)")
	}
	if strings.Contains(p, "67890") {
		t.Fatalf("Pseudonym leaks the id")
	}
	seen := map[string]bool{}
	for i := 0; i < 5000; i++ {
		q := r.Pseudonym(fmt.Sprintf("pat_%d", i))
		if seen[q] {
			t.Fatalf("Pseudonym collision at %d", i)
		}
		seen[q] = true
	}
}

// ---- data keys, secrets, field binding --------------------------------------------

func TestDataKeys(t *testing.T) {
	r, _ := newRing(t)
	other, _ := newRing(t)
	refA, refB := r.Pseudonym("pat_A"), r.Pseudonym("pat_B")

	dek, wrapped, err := r.NewDataKey(refA, "dek_1")
	if err != nil {
		t.Fatal(err)
	}
	if len(dek) != keys.KeySize {
		t.Fatalf("data key is %d bytes, want %d", len(dek), keys.KeySize)
	}
	if bytes.Contains(wrapped, dek) {
		t.Fatalf("wrapped key contains the key")
	}
	got, err := r.UnwrapDataKey(refA, "dek_1", wrapped)
	if err != nil || !bytes.Equal(got, dek) {
		t.Fatalf("UnwrapDataKey = %x, %v; want the key", got, err)
	}

	dek2, wrapped2, _ := r.NewDataKey(refA, "dek_1")
	if bytes.Equal(dek, dek2) || bytes.Equal(wrapped, wrapped2) {
		t.Fatalf("two NewDataKey calls returned the same key or wrapping")
	}

	for name, try := range map[string]func() ([]byte, error){
		"moved to another patient": func() ([]byte, error) { return r.UnwrapDataKey(refB, "dek_1", wrapped) },
		"another key id":           func() ([]byte, error) { return r.UnwrapDataKey(refA, "dek_2", wrapped) },
		"ids swapped":              func() ([]byte, error) { return r.UnwrapDataKey("dek_1", refA, wrapped) },
		"another master":           func() ([]byte, error) { return other.UnwrapDataKey(refA, "dek_1", wrapped) },
		"tampered": func() ([]byte, error) {
			bad := bytes.Clone(wrapped)
			bad[len(bad)-1] ^= 1
			return r.UnwrapDataKey(refA, "dek_1", bad)
		},
		"truncated": func() ([]byte, error) { return r.UnwrapDataKey(refA, "dek_1", wrapped[:len(wrapped)-1]) },
	} {
		t.Run(name, func(t *testing.T) {
			got, err := try()
			wantDecryptErr(t, name, got, err)
		})
	}

	// Crypto-shredding: once dek is forgotten, a fresh key for the same patient
	// does not open the old ciphertext.
	field := keys.Seal(dek, []byte("clinical notes"), keys.FieldAAD("cases", "case_1", "input"))
	fresh, _, _ := r.NewDataKey(refA, "dek_1")
	if _, err := keys.Open(fresh, field, keys.FieldAAD("cases", "case_1", "input")); err == nil {
		t.Fatalf("a new data key opens data sealed with the erased one")
	}
}

func TestWrapSecretLabels(t *testing.T) {
	r, _ := newRing(t)
	other, _ := newRing(t)
	secret := randBytes(t, 64)
	w := r.WrapSecret("jwt|kid_1", secret)
	if bytes.Contains(w, secret) {
		t.Fatalf("wrapped secret contains the secret")
	}
	got, err := r.UnwrapSecret("jwt|kid_1", w)
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("UnwrapSecret = %v", err)
	}
	if bytes.Equal(w, r.WrapSecret("jwt|kid_1", secret)) {
		t.Fatalf("wrapping is deterministic (nonce reuse)")
	}
	for _, label := range []string{"jwt|kid_2", "jwt|kid_", "", "JWT|kid_1", "jwt|kid_1 "} {
		got, err := r.UnwrapSecret(label, w)
		wantDecryptErr(t, "label "+label, got, err)
	}
	got, err = other.UnwrapSecret("jwt|kid_1", w)
	wantDecryptErr(t, "other master", got, err)
}

func TestFieldAADBindsRowAndColumn(t *testing.T) {
	dek := randBytes(t, 32)
	ct := keys.Seal(dek, []byte("Maria da Silva"), keys.FieldAAD("patients", "row_A", "name"))
	if got, err := keys.Open(dek, ct, keys.FieldAAD("patients", "row_A", "name")); err != nil || string(got) != "Maria da Silva" {
		t.Fatalf("same row/column: %q, %v", got, err)
	}
	for _, aad := range [][]byte{
		keys.FieldAAD("patients", "row_B", "name"),
		keys.FieldAAD("patients", "row_A", "notes"),
		keys.FieldAAD("cases", "row_A", "name"),
		keys.FieldAAD("patients", "row_a", "name"),
		keys.FieldAAD("patients", "row_A", ""),
		nil,
	} {
		got, err := keys.Open(dek, ct, aad)
		wantDecryptErr(t, fmt.Sprintf("aad %q", aad), got, err)
	}
	// Distinct triples give distinct bindings in the ordinary id alphabet.
	seen := map[string][3]string{}
	for _, tb := range []string{"cases", "documents", "patients"} {
		for _, row := range []string{"a", "b", "case_1", "case_10", "doc_1"} {
			for _, col := range []string{"input", "filename", "content", "name"} {
				k := string(keys.FieldAAD(tb, row, col))
				if prev, dup := seen[k]; dup {
					t.Fatalf("FieldAAD(%v) == FieldAAD(%q,%q,%q)", prev, tb, row, col)
				}
				seen[k] = [3]string{tb, row, col}
			}
		}
	}
}

// ---- format stability ----------------------------------------------------------
//
// These vectors were produced once with a fixed master key. They pin the
// on-disk format (derivation labels, AADs, blind index): if any of them stops
// opening, every existing raft log, wrapped key and blind index of every
// installed node becomes unreadable, which needs a migration, not an edit.

const compatMaster = "YWdub21lZC10ZXN0LW1hc3Rlci1rZXktMzItYnl0ZXM=" // "agnomed-test-master-key-32-bytes"

func TestFormatStability(t *testing.T) {
	master, err := keys.ParseKey(compatMaster)
	if err != nil {
		t.Fatal(err)
	}
	r := mustRing(t, master)
	mustHex := func(s string) []byte {
		b, err := hex.DecodeString(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if got, err := r.OpenLog(mustHex(compatLogEntry)); err != nil || string(got) != "raft entry v1" {
		t.Errorf("stored log entry: %q, %v", got, err)
	}
	if got, err := r.UnwrapDataKey("pt_0123456789abcdef0123", "dek_1", mustHex(compatWrappedDEK)); err != nil || hex.EncodeToString(got) != compatDEK {
		t.Errorf("stored wrapped data key: %x, %v", got, err)
	}
	if got, err := r.UnwrapSecret("jwt|kid_1", mustHex(compatWrappedSecret)); err != nil || string(got) != "jwt-secret" {
		t.Errorf("stored wrapped secret: %q, %v", got, err)
	}
	if got := r.Blind("patient_id", "pat_67890"); got != compatBlind {
		t.Errorf("blind index of a stored patient changed: %s, want %s", got, compatBlind)
	}
	if got, err := openStream(r, mustHex(compatStream)); err != nil || string(got) != "snapshot v1" {
		t.Errorf("stored sealed stream: %q, %v", got, err)
	}
}

// ---- benchmark ------------------------------------------------------------------

func BenchmarkSeal1KiB(b *testing.B) {
	key := randBytes(b, 32)
	pt := randBytes(b, 1024)
	aad := keys.FieldAAD("cases", "case_1", "input")
	b.SetBytes(int64(len(pt)))
	b.ReportAllocs()
	for b.Loop() {
		keys.Seal(key, pt, aad)
	}
}

func BenchmarkOpen1KiB(b *testing.B) {
	key := randBytes(b, 32)
	aad := keys.FieldAAD("cases", "case_1", "input")
	ct := keys.Seal(key, randBytes(b, 1024), aad)
	b.SetBytes(1024)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := keys.Open(key, ct, aad); err != nil {
			b.Fatal(err)
		}
	}
}

const (
	compatLogEntry      = "486b6dbc9f1ace9d81b86c4b2e6a1dfd4016b7b201425f4b84a56f24d4637c46e1b522c6fa62ce75b0"
	compatDEK           = "45749ecf8cec8df2d359d51e99af6d176f116cedef718bfbfa6060cdcec4b279"
	compatWrappedDEK    = "81d47a32120fc3ba4700504b5dad90aff7b8c9040c5d3419e155399181b7dc443f84f578bf035fecfb42f3812175e9f43528e3aa2eb3d17b478565c1"
	compatWrappedSecret = "d09966ee79660b73bfcfc701bd943c40112d18568a8ac0a9ebcaeb30667df0ec9ebea6218f58"
	compatBlind         = "3734bb48696c789af15acbef5fb758f0beaaba21bcb0fee7890ab80949d38fda"
	compatStream        = "20000a00aff2cb5cc7291e755e1bae86cfcf646548aa053163761d423c577a6737cc4b4566382ca0182ab9"
)
