package documents

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/otiai10/gosseract/v2"
)

func TestMain(m *testing.M) {
	// OpenMP reads OMP_THREAD_LIMIT at load time: re-exec the test binary with it.
	if err := EnsureThreadLimit(); err != nil {
		fmt.Fprintln(os.Stderr, "OMP_THREAD_LIMIT:", err)
		os.Exit(1)
	}
	code := m.Run()
	if sharedEx != nil {
		sharedEx.Close()
	}
	os.Exit(code)
}

// requireTools fails (never skips) with the Debian package to install.
func requireTools(t testing.TB) {
	t.Helper()
	for _, r := range requiredTools {
		if _, err := exec.LookPath(r.name); err != nil {
			t.Fatalf("%s is not installed: apt-get install %s (listed in .ci/apt-packages)", r.name, r.pkg)
		}
	}
	langs, _ := gosseract.GetAvailableLanguages()
	for _, l := range ocrLanguages {
		found := false
		for _, a := range langs {
			found = found || a == l
		}
		if !found {
			t.Fatalf("Tesseract model %q is missing: apt-get install tesseract-ocr-%s", l, l)
		}
	}
}

var (
	sharedOnce sync.Once
	sharedEx   *Extractor
	sharedErr  error
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	requireTools(t)
	sharedOnce.Do(func() { sharedEx, sharedErr = NewExtractor(Limits{Timeout: 2 * time.Minute}, 2) })
	if sharedErr != nil {
		t.Fatalf("NewExtractor: %v", sharedErr)
	}
	return sharedEx
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("fixture %s: %v (regenerate with testdata/generate.sh)", name, err)
	}
	return b
}

func fixtureLabs(t testing.TB) map[string][]casemodel.Lab {
	t.Helper()
	var m map[string][]casemodel.Lab
	if err := json.Unmarshal(readFixture(t, "fixtures.json"), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func squashSpace(s string) []rune {
	var out []rune
	for _, r := range s {
		if !unicode.IsSpace(r) {
			out = append(out, r)
		}
	}
	return out
}

func cer(want, got string) float64 {
	w, g := squashSpace(want), squashSpace(got)
	return float64(levenshtein(string(w), string(g), len(w)+len(g))) / math.Max(1, float64(len(w)))
}

// labRecall counts expected labs found with the same name and value.
func labRecall(want, got []casemodel.Lab) (found int, missing []string) {
	used := make([]bool, len(got))
	for _, w := range want {
		ok := false
		for i, g := range got {
			if !used[i] && g.Name == w.Name && math.Abs(g.Value-w.Value) < 1e-9 {
				used[i], ok = true, true
				break
			}
		}
		if ok {
			found++
		} else {
			missing = append(missing, fmt.Sprintf("%s=%v", w.Name, w.Value))
		}
	}
	return found, missing
}

func TestTextPDFs(t *testing.T) {
	ex := extractor(t)
	labs := fixtureLabs(t)
	src := func(n string) string { return string(readFixture(t, "src/"+n)) }
	cases := []struct {
		file  string
		pages int
		text  string
		labs  []casemodel.Lab
	}{
		{"text_en.pdf", 2, src("report_en.txt") + src("page2_en.txt"), append(labs["en"], labs["en_page2"]...)},
		{"text_pt.pdf", 1, src("report_pt.txt"), labs["pt"]},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			res, err := ex.Extract(context.Background(), readFixture(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			if res.Method != MethodTextLayer || res.Pages != c.pages || res.ContentType != TypePDF {
				t.Fatalf("method=%s pages=%d type=%s", res.Method, res.Pages, res.ContentType)
			}
			if e := cer(c.text, res.Text); e > 0.01 {
				t.Errorf("CER %.4f > 1%%\n%s", e, res.Text)
			}
			if res.Quality < 0.8 {
				t.Errorf("quality %.2f for a clean text layer", res.Quality)
			}
			if len(res.Labs) != len(c.labs) {
				t.Fatalf("labs: got %d want %d\n%+v", len(res.Labs), len(c.labs), res.Labs)
			}
			for i := range c.labs {
				if res.Labs[i] != c.labs[i] {
					t.Errorf("lab %d: got %+v want %+v", i, res.Labs[i], c.labs[i])
				}
			}
		})
	}
}

func TestScans(t *testing.T) {
	ex := extractor(t)
	labs := fixtureLabs(t)
	src := func(n string) string { return string(readFixture(t, "src/"+n)) }
	cases := []struct {
		file    string
		typ     string
		pages   int
		text    string
		labs    []casemodel.Lab
		maxCER  float64
		minLabs float64
	}{
		{"scan_en.png", TypePNG, 1, src("report_en.txt"), labs["en"], 0.03, 0.85},
		{"scan_pt.jpg", TypeJPEG, 1, src("report_pt.txt"), labs["pt"], 0.03, 0.85},
		{"scan_rotated.png", TypePNG, 1, src("report_en.txt"), labs["en"], 0.05, 0.75},
		{"fax_en.tif", TypeTIFF, 2, src("report_en.txt") + src("page2_en.txt"), append(labs["en"], labs["en_page2"]...), 0.06, 0.75},
		{"scan_pt.pdf", TypePDF, 1, src("report_pt.txt"), labs["pt"], 0.05, 0.75}, // 16 gray levels: harsher
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			t.Parallel()
			res, err := ex.Extract(context.Background(), readFixture(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			if res.Method != MethodOCR || res.Pages != c.pages || res.ContentType != c.typ {
				t.Fatalf("method=%s pages=%d type=%s", res.Method, res.Pages, res.ContentType)
			}
			if e := cer(c.text, res.Text); e > c.maxCER {
				t.Errorf("CER %.4f > %.2f\n%s", e, c.maxCER, res.Text)
			}
			found, missing := labRecall(c.labs, res.Labs)
			if r := float64(found) / float64(len(c.labs)); r < c.minLabs {
				t.Errorf("lab recall %.2f < %.2f, missing %v\n%s", r, c.minLabs, missing, res.Text)
			}
			if res.Quality <= 0.5 || res.Quality > 1 {
				t.Errorf("quality %.2f", res.Quality)
			}
			if len(res.PageInfo) != c.pages {
				t.Errorf("page info %d", len(res.PageInfo))
			}
		})
	}
}

// pngHeader builds a valid PNG signature and IHDR claiming w x h pixels,
// followed by a tiny IDAT: a decompression bomb's header.
func pngHeader(w, h uint32) []byte {
	var b bytes.Buffer
	b.Write(magicPNG)
	chunk := func(typ string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		crc := crc32.ChecksumIEEE(append([]byte(typ), data...))
		binary.Write(&b, binary.BigEndian, crc)
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 0
	chunk("IHDR", ihdr)
	chunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})
	chunk("IEND", nil)
	return b.Bytes()
}

// tiffHeader is a little-endian TIFF with one IFD of the given size; loop
// makes the IFD point at itself.
func tiffHeader(w, h uint32, loop bool) []byte {
	b := make([]byte, 8+2+3*12+4)
	copy(b, magicTIFFLE)
	binary.LittleEndian.PutUint32(b[4:], 8)
	binary.LittleEndian.PutUint16(b[8:], 3)
	put := func(i int, tag uint16, v uint32) {
		e := b[10+i*12:]
		binary.LittleEndian.PutUint16(e, tag)
		binary.LittleEndian.PutUint16(e[2:], 4)
		binary.LittleEndian.PutUint32(e[4:], 1)
		binary.LittleEndian.PutUint32(e[8:], v)
	}
	put(0, 256, w)
	put(1, 257, h)
	put(2, 259, 1)
	if loop {
		binary.LittleEndian.PutUint32(b[10+36:], 8)
	}
	return b
}

// hugePagePDF is a valid one-page PDF with no text and a 200 x 200 inch page.
func hugePagePDF() []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return b.Bytes()
}

func TestHostileInputs(t *testing.T) {
	ex := extractor(t)
	textPDF := readFixture(t, "text_en.pdf")
	png := readFixture(t, "scan_en.png")
	jpg := readFixture(t, "scan_pt.jpg")
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"zero bytes", nil, ErrEmpty},
		{"random bytes", []byte("hello, this is not a document at all"), ErrUnsupportedType},
		{"zip", []byte("PK\x03\x04 rest of a zip"), ErrUnsupportedType},
		{"polyglot png+pdf", append(append([]byte{}, png[:64]...), []byte("%PDF-1.4 hidden")...), ErrUnsupportedType},
		{"truncated pdf", textPDF[:len(textPDF)/3], ErrCorrupt},
		{"pdf header only", []byte("%PDF-1.7\n"), ErrCorrupt},
		{"encrypted pdf", readFixture(t, "encrypted.pdf"), ErrEncrypted},
		{"giant png header", pngHeader(100000, 100000), ErrTooLarge},
		{"truncated png", png[:len(png)/2], ErrCorrupt},
		{"truncated jpeg", jpg[:len(jpg)/3], ErrCorrupt},
		{"png header only", png[:8], ErrCorrupt},
		{"giant tiff", tiffHeader(200000, 200000, false), ErrTooLarge},
		{"tiff ifd loop", tiffHeader(10, 10, true), ErrCorrupt},
		{"tiff truncated", readFixture(t, "fax_en.tif")[:200], ErrCorrupt},
		{"huge pdf page", hugePagePDF(), ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ex.Extract(context.Background(), c.data)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if msg := UserMessage(err); msg != c.want.Error() || strings.Contains(msg, "/tmp") {
				t.Errorf("user message %q", msg)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	requireTools(t)
	ex, err := NewExtractor(Limits{MaxBytes: 20_000, MaxPages: 1, MaxPixels: 3_000_000, Timeout: time.Minute}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer ex.Close()
	if _, err := ex.Extract(context.Background(), readFixture(t, "scan_pt.jpg")); !errors.Is(err, ErrTooLarge) {
		t.Errorf("bytes: %v", err)
	}
	if _, err := ex.Extract(context.Background(), readFixture(t, "text_en.pdf")); !errors.Is(err, ErrTooLarge) {
		t.Errorf("pages: %v", err)
	}
	if _, err := ex.Extract(context.Background(), readFixture(t, "fax_en.tif")); !errors.Is(err, ErrTooLarge) {
		t.Errorf("tiff pages: %v", err)
	}
	// 2550x1800 = 4.6 MP > 3 MP
	ex2, err := NewExtractor(Limits{MaxPixels: 3_000_000}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer ex2.Close()
	if _, err := ex2.Extract(context.Background(), readFixture(t, "scan_en.png")); !errors.Is(err, ErrTooLarge) {
		t.Errorf("pixels: %v", err)
	}
}

func TestTimeoutNeverBlocks(t *testing.T) {
	requireTools(t)
	ex, err := NewExtractor(Limits{Timeout: 50 * time.Millisecond}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer ex.Close()
	start := time.Now()
	_, err = ex.Extract(context.Background(), readFixture(t, "scan_en.png"))
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("got %v, want ErrTimeout", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("caller blocked %v past its deadline", el)
	}
	// A cancelled context is reported as such, not as a timeout.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ex.Extract(ctx, readFixture(t, "scan_en.png")); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestClosedExtractor(t *testing.T) {
	requireTools(t)
	ex, err := NewExtractor(Limits{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	ex.Close()
	ex.Close() // idempotent
	if _, err := ex.Extract(context.Background(), readFixture(t, "scan_en.png")); !errors.Is(err, ErrClosed) {
		t.Fatalf("got %v", err)
	}
}

func TestExtractFilesJSONL(t *testing.T) {
	ex := extractor(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.pdf")
	os.WriteFile(empty, nil, 0o600)
	paths := []string{filepath.Join("testdata", "text_pt.pdf"), empty, filepath.Join(dir, "missing.png")}
	var out bytes.Buffer
	err := ExtractFilesJSONL(context.Background(), ex, paths, &out)
	if err == nil || !strings.Contains(err.Error(), "2 of 3") {
		t.Fatalf("error: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines:\n%s", len(lines), out.String())
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"file", "method", "pages", "quality", "text", "labs"} {
		if _, ok := first[k]; !ok {
			t.Errorf("first line lacks %q: %s", k, lines[0])
		}
	}
	if first["method"] != MethodTextLayer || len(first["labs"].([]any)) != 9 {
		t.Errorf("first line: %s", lines[0])
	}
	var second FileLine
	json.Unmarshal([]byte(lines[1]), &second)
	if second.Error != ErrEmpty.Error() || second.File != empty {
		t.Errorf("second line: %s", lines[1])
	}
	var third FileLine
	json.Unmarshal([]byte(lines[2]), &third)
	if third.Error != "no such file" {
		t.Errorf("third line: %s", lines[2])
	}
}

func TestNewExtractorNamesMissingPackage(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := NewExtractor(Limits{}, 1)
	if !errors.Is(err, ErrToolMissing) || !strings.Contains(err.Error(), "poppler-utils") || !strings.Contains(err.Error(), "libtiff-tools") {
		t.Fatalf("got %v", err)
	}
}

func TestLayoutAngleOnFixtures(t *testing.T) {
	for _, c := range []struct {
		file    string
		quarter bool
	}{{"scan_en.png", false}, {"scan_rotated.png", true}, {"scan_pt.jpg", false}} {
		data := readFixture(t, c.file)
		typ, err := Sniff(data)
		if err != nil {
			t.Fatal(err)
		}
		pg, err := decodeStdImage(data, typ, 1e8)
		if err != nil {
			t.Fatal(err)
		}
		if pg.dpi < 299 || pg.dpi > 301 {
			t.Errorf("%s: dpi %v", c.file, pg.dpi)
		}
		skew, q := layoutAngle(pg.img)
		if q != c.quarter || math.Abs(skew) > 2 {
			t.Errorf("%s: skew %.2f quarter %v", c.file, skew, q)
		}
	}
}

// TestScratchInDataDir: the node keeps documents being read in its own
// directory, and a crashed run's leftovers (patient documents in the
// clear) are gone at the next start; Close leaves nothing behind.
func TestScratchInDataDir(t *testing.T) {
	requireTools(t)
	dir := filepath.Join(t.TempDir(), "scratch")
	stale := filepath.Join(dir, scratchPrefix+"crashed", "doc-1")
	if err := os.MkdirAll(stale, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stale, "in.pdf"), []byte("%PDF-1.4 patient letter"), 0o600); err != nil {
		t.Fatal(err)
	}
	ex, err := NewExtractor(Limits{ScratchDir: dir}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("a crashed run's scratch survived the restart: %v", err)
	}
	if fi, err := os.Stat(dir); err != nil {
		t.Error(err)
	} else if fi.Mode().Perm() != 0o700 {
		t.Errorf("scratch dir mode %v, want 0700", fi.Mode().Perm())
	}
	if !strings.HasPrefix(ex.tmp, dir+string(os.PathSeparator)) {
		t.Errorf("scratch %s is not under %s", ex.tmp, dir)
	}
	if res, err := ex.Extract(context.Background(), readFixture(t, "text_en.pdf")); err != nil || strings.TrimSpace(res.Text) == "" {
		t.Errorf("extract with a scratch dir: %v", err)
	}
	ex.Close()
	left, _ := os.ReadDir(dir)
	if len(left) != 0 {
		t.Errorf("Close left %d entries in the scratch dir", len(left))
	}
}
