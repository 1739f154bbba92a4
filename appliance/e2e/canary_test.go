package e2e

import (
	"bytes"
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"math/big"
	"mime/multipart"
	"net/textproto"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

// needle is one encoding of a canary to look for.
type needle struct {
	enc  string
	b    []byte
	fold bool // search the ASCII-lower-cased haystack (case-insensitive)
}

// canaryNeedles lists a canary in every encoding it could plausibly be
// written in: as is (any letter case), UTF-16 (LE and BE), hex, and base64
// (standard and URL alphabets) at all three byte alignments — with k bytes
// before it, the base64 characters that depend only on the canary are those
// from ceil(8k/6) up to floor(8(k+len)/6).
func canaryNeedles(canary string) []needle {
	low := []byte(asciiLower([]byte(canary)))
	ns := []needle{
		{"raw (any case)", low, true},
		{"utf-16le (any case)", utf16(low, false), true},
		{"utf-16be (any case)", utf16(low, true), true},
		{"hex (any case)", []byte(hex.EncodeToString([]byte(canary))), true},
	}
	for _, alpha := range []struct {
		name string
		enc  *base64.Encoding
	}{{"base64", base64.StdEncoding}, {"base64url", base64.URLEncoding}} {
		for k := 0; k < 3; k++ {
			buf := append(make([]byte, k), canary...)
			s := alpha.enc.EncodeToString(buf)
			start := (8*k + 5) / 6
			end := 8 * (k + len(canary)) / 6
			ns = append(ns, needle{fmt.Sprintf("%s offset %d", alpha.name, k), []byte(s[start:end]), false})
		}
	}
	return ns
}

func utf16(b []byte, bigEndian bool) []byte {
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		if bigEndian {
			out = append(out, 0, c)
		} else {
			out = append(out, c, 0)
		}
	}
	return out
}

func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// scanData reports which canaries appear in data, in which encoding.
func scanData(data []byte, canaries map[string][]needle) []string {
	lowered := asciiLower(data)
	var hits []string
	for name, ns := range canaries {
		for _, n := range ns {
			hay := data
			if n.fold {
				hay = lowered
			}
			if i := bytes.Index(hay, n.b); i >= 0 {
				hits = append(hits, fmt.Sprintf("%s as %s at byte %d", name, n.enc, i))
			}
		}
	}
	return hits
}

// scanTree scans every regular file under root (and extra files).
func scanTree(t *testing.T, roots []string, canaries map[string][]needle) (hits []string, files int, bytesRead int64) {
	t.Helper()
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.Type().IsRegular() {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			files++
			bytesRead += int64(len(data))
			for _, h := range scanData(data, canaries) {
				hits = append(hits, path+": "+h)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("scan %s: %v", root, err)
		}
	}
	return hits, files, bytesRead
}

// scanDuckDB looks for the canaries in every text or blob column of every
// table, through DuckDB itself: its storage compresses strings (dictionary,
// FSST), which a byte scan of the file could miss.
func scanDuckDB(t *testing.T, path string, canaries []string) []string {
	t.Helper()
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT table_name, column_name FROM information_schema.columns WHERE data_type IN ('VARCHAR','BLOB') ORDER BY table_name, column_name`)
	if err != nil {
		t.Fatalf("list columns: %v", err)
	}
	type col struct{ table, column string }
	var cols []col
	for rows.Next() {
		var c col
		if err := rows.Scan(&c.table, &c.column); err != nil {
			t.Fatal(err)
		}
		cols = append(cols, c)
	}
	rows.Close()
	if len(cols) == 0 {
		t.Fatalf("%s: no text columns found to scan", path)
	}
	var hits []string
	for _, c := range cols {
		for _, canary := range canaries {
			var n int
			q := fmt.Sprintf(`SELECT count(*) FROM "%s" WHERE contains(lower(CAST("%s" AS VARCHAR)), ?)`, c.table, c.column)
			if err := db.QueryRow(q, strings.ToLower(canary)).Scan(&n); err != nil {
				t.Fatalf("scan %s.%s: %v", c.table, c.column, err)
			}
			if n > 0 {
				hits = append(hits, fmt.Sprintf("%s.%s holds %q in %d rows", c.table, c.column, canary, n))
			}
		}
	}
	return hits
}

func randomLetters(n int) string {
	const letters = "bcdfghjklmnpqrstvwxz"
	b := make([]byte, n)
	for i := range b {
		x, _ := rand.Int(rand.Reader, big.NewInt(int64(len(letters))))
		b[i] = letters[x.Int64()]
	}
	return string(b)
}

// pngWithText returns a real 4×4 PNG carrying text in a tEXt chunk.
func pngWithText(t testing.TB, text string) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	for i := 0; i < 16; i++ {
		img.Set(i%4, i/4, color.RGBA{uint8(i * 16), 80, 160, 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if text == "" {
		return b
	}
	iend := bytes.LastIndex(b, []byte("IEND")) - 4
	data := append([]byte("Comment\x00"), text...)
	var chunk bytes.Buffer
	binary.Write(&chunk, binary.BigEndian, uint32(len(data)))
	chunk.WriteString("tEXt")
	chunk.Write(data)
	binary.Write(&chunk, binary.BigEndian, crc32.ChecksumIEEE(append([]byte("tEXt"), data...)))
	out := append([]byte{}, b[:iend]...)
	out = append(out, chunk.Bytes()...)
	return append(out, b[iend:]...)
}

// pdfWithText returns a small valid one-page PDF showing text.
func pdfWithText(text string) []byte {
	content := fmt.Sprintf("BT /F1 12 Tf 72 720 Td (%s) Tj ET", text)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// filePart is one multipart upload.
type filePart struct {
	field, filename, contentType string
	data                         []byte
}

// multipartCase builds a multipart/form-data body with a "case" JSON part.
func multipartCase(t testing.TB, caseJSON string, files ...filePart) RawBody {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	if caseJSON != "" {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="case"`)
		h.Set("Content-Type", "application/json")
		p, _ := w.CreatePart(h)
		p.Write([]byte(caseJSON))
	}
	for _, f := range files {
		field := f.field
		if field == "" {
			field = "files[]"
		}
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, field, f.filename))
		if f.contentType != "" {
			h.Set("Content-Type", f.contentType)
		}
		p, _ := w.CreatePart(h)
		p.Write(f.data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return RawBody{ContentType: w.FormDataContentType(), Data: b.Bytes()}
}

// waitCaseSettled polls a case until it is no longer "processing" and none of
// its documents is "pending", or the timeout passes; it returns the last view.
func waitCaseSettled(t *testing.T, n *Node, tok, caseID string, timeout time.Duration) *Resp {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		r := n.Do(t, "GET", "/v1/cases/"+caseID, tok, nil)
		wantStatus(t, r, 200, "poll case")
		busy := r.Str("status") == "processing"
		docs, _ := r.Get("documents").([]any)
		for _, d := range docs {
			if m, _ := d.(map[string]any); m["status"] == "pending" {
				busy = true
			}
		}
		if !busy {
			return r
		}
		if time.Now().After(deadline) {
			t.Logf("case %s still busy after %v: %s", caseID, timeout, r)
			return r
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestCanaryNeverWrittenInClear plants unique PHI canaries in every PHI field
// of a case (and in uploaded files and their names), then looks for them in
// every byte the node wrote: data dir (DuckDB, raft log, snapshots, keys) and
// its log, in every plausible encoding. None may appear.
func TestCanaryNeverWrittenInClear(t *testing.T) {
	t.Parallel()
	name := "Zarquonella" + randomLetters(10)
	phrase := "glimmerfrost" + randomLetters(10)
	patientID := "mrn" + randomLetters(12)
	canaries := map[string][]needle{"name": canaryNeedles(name), "phrase": canaryNeedles(phrase), "patient_id": canaryNeedles(patientID)}

	// The scanner must catch what it claims to: every encoding of the
	// canary, embedded at odd offsets in noise, in a control file.
	control := t.TempDir()
	var ctl bytes.Buffer
	noise := func() { b := make([]byte, 37); rand.Read(b); ctl.Write(b) }
	for k := 0; k < 3; k++ {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding} {
			noise()
			ctl.WriteString(enc.EncodeToString(append([]byte("xyz"[:k]), phrase...)))
		}
	}
	for _, v := range [][]byte{[]byte(strings.ToUpper(phrase)), utf16([]byte(phrase), false), utf16([]byte(strings.ToUpper(phrase)), true), []byte(hex.EncodeToString([]byte(phrase))), []byte(strings.ToUpper(hex.EncodeToString([]byte(phrase))))} {
		noise()
		ctl.Write(v)
	}
	os.WriteFile(filepath.Join(control, "control.bin"), ctl.Bytes(), 0o600)
	hits, _, _ := scanTree(t, []string{control}, map[string][]needle{"phrase": canaries["phrase"]})
	for _, n := range canaries["phrase"] {
		found := false
		for _, h := range hits {
			found = found || strings.Contains(h, " as "+n.enc+" at ")
		}
		if !found {
			t.Errorf("scanner self-test: the control file holds the canary as %s but the scanner missed it", n.enc)
		}
	}
	if h, _, _ := scanTree(t, []string{control}, map[string][]needle{"name": canaries["name"]}); len(h) != 0 {
		t.Errorf("scanner self-test: false positive %v", h)
	}
	ctlDB := filepath.Join(control, "control.duckdb")
	if db, err := sql.Open("duckdb", ctlDB); err != nil {
		t.Fatal(err)
	} else {
		for _, q := range []string{`CREATE TABLE t (a VARCHAR, b BLOB)`, `INSERT INTO t SELECT 'row ' || i, NULL FROM range(5000) r(i)`} {
			if _, err := db.Exec(q); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := db.Exec(`INSERT INTO t VALUES (NULL, ?)`, []byte("\x00\x01"+strings.ToUpper(phrase))); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	if h := scanDuckDB(t, ctlDB, []string{phrase}); len(h) == 0 {
		t.Errorf("scanner self-test: the SQL scan misses a canary inside a BLOB column")
	}

	n := startNode(t, nil)
	admin := n.AdminToken(t)
	_, tk := n.UserLogin(t, admin, "physician")

	in := map[string]any{
		"patient_id":       patientID,
		"priority":         "high",
		"clinical_notes":   "Seen by the night team. " + phrase + " reported by " + name + " herself.",
		"patient":          map[string]any{"name": name + " Pereira", "date_of_birth": "1961-07-04", "sex": "female"},
		"symptoms":         "dizziness; " + phrase,
		"symptom_duration": "2 days " + phrase,
		"medications":      []string{"metformin 850 mg", phrase + " 5 mg"},
		"allergies":        []string{phrase},
		"labs":             []any{map[string]any{"name": "glucose " + phrase, "value": 250, "unit": "mg/dL"}},
	}
	js, _ := json.Marshal(in)
	pngData := pngWithText(t, "Patient "+name+" - "+phrase)
	pdfData := pdfWithText("Lab report for " + name + ": " + phrase)
	body := multipartCase(t, string(js),
		filePart{filename: name + "-" + phrase + ".png", contentType: "image/png", data: pngData},
		filePart{filename: "labs-" + phrase + ".pdf", contentType: "application/pdf", data: pdfData})
	r := n.Do(t, "POST", "/v1/cases", tk.Access, body)
	wantStatus(t, r, 201, "create canary case")
	caseID := r.Str("case_id")

	r = n.Do(t, "GET", "/v1/cases/"+caseID, tk.Access, nil)
	wantStatus(t, r, 200, "read canary case back")
	for path, want := range map[string]string{"input.patient.name": name + " Pereira", "input.clinical_notes": in["clinical_notes"].(string), "input.medications.1": phrase + " 5 mg", "input.symptoms": "dizziness; " + phrase, "patient_id": patientID} {
		if got := r.Str(path); got != want {
			t.Errorf("read back %s = %q, want %q", path, got, want)
		}
	}
	docs, _ := r.Get("documents").([]any)
	var names []string
	for _, d := range docs {
		names = append(names, d.(map[string]any)["filename"].(string))
	}
	slices.Sort(names)
	if want := []string{name + "-" + phrase + ".png", "labs-" + phrase + ".pdf"}; !slices.Equal(names, want) {
		t.Errorf("document filenames %q, want %q", names, want)
	}
	// Let the agents and the document extraction finish, so their outputs
	// (analysis, extracted text, reports) are on disk for the scan too.
	r = waitCaseSettled(t, n, tk.Access, caseID, 30*time.Second)
	t.Logf("case status %s, documents %v", r.Str("status"), r.Get("documents"))
	for i := range docs {
		if d, _ := r.Get(fmt.Sprintf("documents.%d", i)).(map[string]any); d != nil && d["content_type"] == "application/pdf" && d["status"] == "done" {
			tr := n.Do(t, "GET", "/v1/documents/"+d["document_id"].(string)+"/text", tk.Access, nil)
			wantStatus(t, tr, 200, "extracted text of the PDF")
			if !strings.Contains(string(tr.Raw), phrase) {
				t.Errorf("the PDF's extracted text lacks the phrase it shows: %s", tr)
			}
		}
	}
	// Filter by patient id, then erase another patient so that a raft
	// snapshot (a copy of the database) is written too.
	r = n.Do(t, "GET", "/v1/cases?patient_id="+patientID, tk.Access, nil)
	if got := caseIDs(r); len(got) != 1 || got[0] != caseID {
		t.Errorf("list by patient_id: %s", r)
	}
	other := n.CreateCase(t, tk.Access, map[string]any{"patient_id": "other-" + randomLetters(6)})
	wantStatus(t, n.Do(t, "DELETE", "/v1/cases/"+other, tk.Access, nil), 200, "erase another patient")
	snapDir := filepath.Join(n.DataDir, "raft", "snapshots")
	deadline := time.Now().Add(10 * time.Second)
	for {
		m, _ := filepath.Glob(filepath.Join(snapDir, "*", "state.bin"))
		if len(m) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Logf("no raft snapshot appeared after the erasure; scanning without one")
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	n.Stop()

	hits, files, size := scanTree(t, []string{n.DataDir, n.LogPath}, canaries)
	t.Logf("scanned %d files, %d MB, for 3 canaries in %d encodings each", files, size>>20, len(canaries["name"]))
	if files < 4 {
		t.Errorf("scanned only %d files: the data dir looks wrong", files)
	}
	for _, h := range hits {
		t.Errorf("PHI canary written in clear: %s", h)
	}
	for _, h := range scanDuckDB(t, filepath.Join(n.DataDir, "db", "agnomed.duckdb"), []string{name, phrase, patientID}) {
		t.Errorf("PHI canary stored in clear: %s", h)
	}
}
