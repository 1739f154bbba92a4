package e2e

import (
	"bytes"
	"testing"
)

// TestMultipartUploads: cases with files; the type is sniffed from the bytes,
// not taken from the name or the declared type; executables and empty files
// are refused; the size limit is enforced.
func TestMultipartUploads(t *testing.T) {
	t.Parallel()
	const limit = 1 << 20
	n := startNode(t, map[string]string{"AGNOMED_MAX_UPLOAD_BYTES": "1048576"})
	admin := n.AdminToken(t)
	_, tk := n.UserLogin(t, admin, "nurse")
	pngData := pngWithText(t, "")
	pdfData := pdfWithText("Potassium 6.8 mmol/L")
	caseJSON := `{"patient_id":"pat_mp_1","priority":"high","symptoms":"weakness"}`

	body := multipartCase(t, caseJSON,
		filePart{filename: "ecg.png", contentType: "image/png", data: pngData},
		filePart{filename: "labs.pdf", contentType: "application/pdf", data: pdfData},
		filePart{filename: "x.pdf", contentType: "application/pdf", data: pngData}) // a PNG in disguise
	r := n.Do(t, "POST", "/v1/cases", tk.Access, body)
	wantStatus(t, r, 201, "multipart case")
	if r.Str("status") != "processing" {
		t.Errorf("multipart case: %s", r)
	}
	id := r.Str("case_id")
	r = n.Do(t, "GET", "/v1/cases/"+id, tk.Access, nil)
	wantStatus(t, r, 200, "get multipart case")
	if r.Str("input.symptoms") != "weakness" || r.Str("priority") != "high" {
		t.Errorf("the case part was not taken: %s", r)
	}
	docs, _ := r.Get("documents").([]any)
	if len(docs) != 3 {
		t.Fatalf("want 3 documents, got %s", r)
	}
	byName := map[string]map[string]any{}
	for _, d := range docs {
		m := d.(map[string]any)
		byName[m["filename"].(string)] = m
		if id, _ := m["document_id"].(string); len(id) < 5 || id[:4] != "doc_" {
			t.Errorf("document_id %v", m["document_id"])
		}
	}
	for name, want := range map[string]string{"ecg.png": "image/png", "labs.pdf": "application/pdf", "x.pdf": "image/png"} {
		d := byName[name]
		if d == nil {
			t.Errorf("document %s missing: %v", name, docs)
			continue
		}
		if d["content_type"] != want {
			t.Errorf("document %s: content_type %v, want %s (sniffed from the bytes)", name, d["content_type"], want)
		}
	}

	// The originals come back byte for byte, with the sniffed type; front
	// desk staff cannot download them.
	_, staff := n.UserLogin(t, admin, "staff")
	for name, want := range map[string][]byte{"ecg.png": pngData, "labs.pdf": pdfData, "x.pdf": pngData} {
		d := byName[name]
		if d == nil {
			continue
		}
		r := n.Do(t, "GET", "/v1/documents/"+d["document_id"].(string), tk.Access, nil)
		wantStatus(t, r, 200, "download "+name)
		if !bytes.Equal(r.Raw, want) {
			t.Errorf("download %s: %d bytes differ from the %d uploaded", name, len(r.Raw), len(want))
		}
		if r.Header.Get("Content-Type") != d["content_type"] {
			t.Errorf("download %s: Content-Type %q, want %v", name, r.Header.Get("Content-Type"), d["content_type"])
		}
		wantError(t, n.Do(t, "GET", "/v1/documents/"+d["document_id"].(string), staff.Access, nil), 403, "INSUFFICIENT_PERMISSIONS", "staff downloads a document")
	}
	wantError(t, n.Do(t, "GET", "/v1/documents/doc_nope", tk.Access, nil), 404, "RESOURCE_NOT_FOUND", "unknown document")

	// Files can be added to an existing case.
	r = n.Do(t, "POST", "/v1/cases/"+id+"/documents", tk.Access, multipartCase(t, "", filePart{filename: "later.pdf", data: pdfData}))
	wantStatus(t, r, 201, "add a document to a case")
	r = n.Do(t, "GET", "/v1/cases/"+id, tk.Access, nil)
	if docs, _ := r.Get("documents").([]any); len(docs) != 4 {
		t.Errorf("after adding a file the case should list 4 documents: %s", r)
	}
	r = n.Do(t, "POST", "/v1/cases/"+id+"/documents", tk.Access, multipartCase(t, "", filePart{filename: "evil.pdf", data: []byte("MZ\x90\x00")}))
	if d := wantError(t, r, 400, "INVALID_INPUT", "add an executable to a case"); d != nil && d["field"] != "files[]" {
		t.Errorf("add an executable: details.field = %v", d["field"])
	}

	// Refused files: each names files[].
	elf := append([]byte("\x7fELF\x02\x01\x01\x00"), bytes.Repeat([]byte{0}, 120)...)
	exe := append([]byte("MZ\x90\x00\x03\x00\x00\x00"), bytes.Repeat([]byte{0}, 120)...)
	html := []byte("<html><script>alert(1)</script></html>")
	for _, c := range []struct {
		name string
		f    filePart
	}{
		{"Windows executable named .pdf", filePart{filename: "report.pdf", contentType: "application/pdf", data: exe}},
		{"Windows executable", filePart{filename: "setup.exe", contentType: "application/octet-stream", data: exe}},
		{"ELF binary", filePart{filename: "scan.png", contentType: "image/png", data: elf}},
		{"zero-byte file", filePart{filename: "empty.pdf", contentType: "application/pdf", data: nil}},
		{"HTML", filePart{filename: "labs.pdf", contentType: "application/pdf", data: html}},
	} {
		r := n.Do(t, "POST", "/v1/cases", tk.Access, multipartCase(t, caseJSON, filePart{filename: "ok.png", data: pngData}, c.f))
		if d := wantError(t, r, 400, "INVALID_INPUT", c.name); d != nil && d["field"] != "files[]" {
			t.Errorf("%s: details.field = %v, want files[]", c.name, d["field"])
		}
	}
	// A bad case part is reported like a JSON body.
	r = n.Do(t, "POST", "/v1/cases", tk.Access, multipartCase(t, `{"patient_id":"p","priority":"whenever"}`, filePart{filename: "ok.png", data: pngData}))
	if d := wantError(t, r, 400, "INVALID_INPUT", "bad case part"); d != nil && d["field"] != "priority" {
		t.Errorf("bad case part: details.field = %v", d["field"])
	}
	r = n.Do(t, "POST", "/v1/cases", tk.Access, multipartCase(t, "", filePart{filename: "ok.png", data: pngData}))
	if d := wantError(t, r, 400, "INVALID_INPUT", "multipart without a case"); d != nil && d["field"] != "patient_id" {
		t.Errorf("multipart without a case part: details.field = %v", d["field"])
	}
	r = n.Do(t, "POST", "/v1/cases", tk.Access, RawBody{ContentType: "multipart/form-data; boundary=xyz", Data: []byte("--xyz\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\n{\"patient_id\":")})
	wantError(t, r, 400, "INVALID_INPUT", "truncated multipart body")

	// Size limit (made 1 MB here): over it in total, or in one file → 413.
	big := func(size int) []byte {
		b := make([]byte, size)
		copy(b, pngData)
		return b
	}
	for _, c := range []struct {
		name  string
		files []filePart
	}{
		{"two files over the limit together", []filePart{{filename: "a.png", data: big(600 << 10)}, {filename: "b.png", data: big(600 << 10)}}},
		{"one file over the limit", []filePart{{filename: "a.png", data: big(limit + 100<<10)}}},
	} {
		r := n.Do(t, "POST", "/v1/cases", tk.Access, multipartCase(t, caseJSON, c.files...))
		d := wantError(t, r, 413, "PAYLOAD_TOO_LARGE", c.name)
		if d != nil && d["limit_bytes"] != float64(limit) {
			t.Errorf("%s: details.limit_bytes = %v, want %d", c.name, d["limit_bytes"], limit)
		}
	}
	// Just under the limit is fine.
	r = n.Do(t, "POST", "/v1/cases", tk.Access, multipartCase(t, caseJSON, filePart{filename: "a.png", data: big(limit - 4096)}))
	wantStatus(t, r, 201, "upload just under the limit")

	// Nothing refused was stored.
	r = n.Do(t, "GET", "/v1/cases?patient_id=pat_mp_1", tk.Access, nil)
	if r.Num("total") != 2 {
		t.Errorf("want the 2 accepted cases only, got total %v", r.Get("total"))
	}
}
