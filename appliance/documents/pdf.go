package documents

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// tools holds the absolute paths of the external programs.
type tools struct {
	pdfinfo, pdftotext, pdftoppm, tiffcp string
}

// requiredTools names each program with the Debian package that ships it.
var requiredTools = []struct{ name, pkg string }{
	{"pdfinfo", "poppler-utils"},
	{"pdftotext", "poppler-utils"},
	{"pdftoppm", "poppler-utils"},
	{"tiffcp", "libtiff-tools"},
}

func findTools() (tools, error) {
	var t tools
	var missing []string
	for _, r := range requiredTools {
		p, err := exec.LookPath(r.name)
		if err != nil {
			missing = append(missing, fmt.Sprintf("%s (apt-get install %s)", r.name, r.pkg))
			continue
		}
		switch r.name {
		case "pdfinfo":
			t.pdfinfo = p
		case "pdftotext":
			t.pdftotext = p
		case "pdftoppm":
			t.pdftoppm = p
		case "tiffcp":
			t.tiffcp = p
		}
	}
	if len(missing) > 0 {
		return t, fmt.Errorf("%w: %s", ErrToolMissing, strings.Join(missing, ", "))
	}
	return t, nil
}

// cappedBuffer stops a child process that writes more than max bytes.
type cappedBuffer struct {
	bytes.Buffer
	max      int
	exceeded bool
}

var errOutputCap = errors.New("output over the limit")

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if c.Buffer.Len()+len(p) > c.max {
		c.exceeded = true
		return 0, errOutputCap
	}
	return c.Buffer.Write(p)
}

// run executes a tool with a bounded output and the document's context.
func run(ctx context.Context, maxOut int, name string, args ...string) ([]byte, string, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = []string{"PATH=/usr/bin:/bin", "LC_ALL=C.UTF-8", "HOME=/nonexistent"}
	out := &cappedBuffer{max: maxOut}
	errb := &cappedBuffer{max: 64 << 10}
	cmd.Stdout, cmd.Stderr = out, errb
	cmd.WaitDelay = cmdWaitDelay
	err := cmd.Run()
	if e := ctxErr(ctx); e != nil {
		return nil, errb.String(), e
	}
	if out.exceeded {
		return nil, errb.String(), errorf(ErrTooLarge, "%s output over %d bytes", filepath.Base(name), maxOut)
	}
	return out.Bytes(), errb.String(), err
}

// pdfInfo is what pdfinfo tells before any rendering.
type pdfInfo struct {
	Pages     int
	Encrypted bool
	Sizes     [][2]float64 // per page, points (after /Rotate)
}

var (
	pagesRe    = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)
	encRe      = regexp.MustCompile(`(?m)^Encrypted:\s+(\w+)`)
	pageSizeRe = regexp.MustCompile(`(?m)^Page\s+(\d+)\s+size:\s+([\d.]+) x ([\d.]+) pts`)
	pageRotRe  = regexp.MustCompile(`(?m)^Page\s+(\d+)\s+rot:\s+(\d+)`)
)

func (t tools) info(ctx context.Context, path string, maxPages int) (pdfInfo, error) {
	out, stderr, err := run(ctx, 1<<20, t.pdfinfo, path)
	if err != nil {
		return pdfInfo{}, classifyPopplerError(ctx, err, stderr)
	}
	var pi pdfInfo
	m := pagesRe.FindSubmatch(out)
	if m == nil {
		return pdfInfo{}, errorf(ErrCorrupt, "no page count")
	}
	pi.Pages, _ = strconv.Atoi(string(m[1]))
	if pi.Pages <= 0 {
		return pdfInfo{}, errorf(ErrCorrupt, "no pages")
	}
	if pi.Pages > maxPages {
		return pdfInfo{}, errorf(ErrTooLarge, "%d pages, the limit is %d", pi.Pages, maxPages)
	}
	if m := encRe.FindSubmatch(out); m != nil && string(m[1]) == "yes" {
		pi.Encrypted = true
	}
	out, stderr, err = run(ctx, 1<<20, t.pdfinfo, "-f", "1", "-l", strconv.Itoa(pi.Pages), path)
	if err != nil {
		return pdfInfo{}, classifyPopplerError(ctx, err, stderr)
	}
	pi.Sizes = make([][2]float64, pi.Pages)
	rot := map[int]int{}
	for _, m := range pageRotRe.FindAllSubmatch(out, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		r, _ := strconv.Atoi(string(m[2]))
		rot[n] = r
	}
	for _, m := range pageSizeRe.FindAllSubmatch(out, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		w, _ := strconv.ParseFloat(string(m[2]), 64)
		h, _ := strconv.ParseFloat(string(m[3]), 64)
		if n >= 1 && n <= pi.Pages {
			if rot[n]%180 == 90 {
				w, h = h, w
			}
			pi.Sizes[n-1] = [2]float64{w, h}
		}
	}
	return pi, nil
}

// classifyPopplerError turns a poppler failure into a typed error.
func classifyPopplerError(ctx context.Context, err error, stderr string) error {
	if e := ctxErr(ctx); e != nil {
		return e
	}
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	low := strings.ToLower(stderr)
	switch {
	case strings.Contains(low, "password") || strings.Contains(low, "encrypt"):
		return errorf(ErrEncrypted, "%s", firstLine(stderr))
	case stderr != "" || err != nil:
		return errorf(ErrCorrupt, "%s", firstLine(stderr))
	}
	return nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}

// maxTextBytes bounds what a text layer may produce per page.
const maxTextBytes = 256 << 10

// text runs pdftotext -layout on all pages and splits them.
func (t tools) text(ctx context.Context, path string, pages int) ([]string, error) {
	out, stderr, err := run(ctx, maxTextBytes*pages+4096, t.pdftotext, "-layout", "-enc", "UTF-8", "-f", "1", "-l", strconv.Itoa(pages), path, "-")
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, err
		}
		return nil, classifyPopplerError(ctx, err, stderr)
	}
	parts := strings.Split(string(out), "\f")
	// pdftotext ends every page with \f: drop the empty tail.
	if len(parts) > pages {
		parts = parts[:pages]
	}
	for len(parts) < pages {
		parts = append(parts, "")
	}
	return parts, nil
}

// rasterDPI picks the rendering resolution: 300 dpi unless the page is so
// large that it would pass maxPixels.
func rasterDPI(size [2]float64, maxPixels int64) (float64, error) {
	w, h := size[0], size[1]
	if w <= 0 || h <= 0 {
		w, h = 612, 792
	}
	dpi := 300.0
	if px := (w / 72 * dpi) * (h / 72 * dpi); px > float64(maxPixels) {
		dpi = 72 * math.Sqrt(float64(maxPixels)/(w*h))
	}
	if dpi < 100 {
		return 0, errorf(ErrTooLarge, "page of %.0fx%.0f pt is too large to render", w, h)
	}
	return math.Floor(dpi), nil
}

// raster renders one page to 8-bit gray (a PGM in the document's scratch dir).
func (t tools) raster(ctx context.Context, dir string, path string, pageNo int, dpi float64, maxPixels int64) (*image.Gray, error) {
	n := strconv.Itoa(pageNo)
	root := filepath.Join(dir, "page-"+n)
	_, stderr, err := run(ctx, 64<<10, t.pdftoppm, "-gray", "-r", strconv.Itoa(int(dpi)),
		"-f", n, "-l", n, "-singlefile", path, root)
	if err != nil {
		return nil, classifyPopplerError(ctx, err, stderr)
	}
	defer os.Remove(root + ".pgm")
	st, err := os.Stat(root + ".pgm")
	if err != nil {
		return nil, errorf(ErrCorrupt, "page %d did not render", pageNo)
	}
	if st.Size() > maxPixels+1024 {
		return nil, errorf(ErrTooLarge, "page %d renders to %d bytes", pageNo, st.Size())
	}
	data, err := os.ReadFile(root + ".pgm")
	if err != nil {
		return nil, err
	}
	return readPGM(data, maxPixels)
}

// rawTIFF rewrites a TIFF uncompressed and in strips, which decodeRawTIFF reads.
func (t tools) rawTIFF(ctx context.Context, dir string, data []byte, maxOut int64) ([]byte, error) {
	in := filepath.Join(dir, "in.tif")
	outp := filepath.Join(dir, "raw.tif")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, err
	}
	_, stderr, err := run(ctx, 64<<10, t.tiffcp, "-c", "none", "-s", in, outp)
	if err != nil {
		if e := ctxErr(ctx); e != nil {
			return nil, e
		}
		return nil, errorf(ErrCorrupt, "%s", firstLine(stderr))
	}
	st, err := os.Stat(outp)
	if err != nil {
		return nil, errorf(ErrCorrupt, "tiffcp wrote nothing")
	}
	if st.Size() > maxOut {
		return nil, errorf(ErrTooLarge, "TIFF expands to %d bytes", st.Size())
	}
	return os.ReadFile(outp)
}
