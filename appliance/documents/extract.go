// Package documents turns uploaded lab reports (PDF, PNG, JPEG, TIFF) into
// text and structured lab values: the text layer of PDFs through poppler's
// pdftotext, everything else (and poor text layers) through poppler's
// pdftoppm and Tesseract (gosseract, eng+por) on a bounded worker pool.
// See DESIGN.md beside this file.
package documents

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/otiai10/gosseract/v2"
)

// Limits bound the work one document may cause. Zero fields take the
// defaults of DefaultLimits.
type Limits struct {
	MaxBytes  int64         // input size
	MaxPages  int           // pages per document
	MaxPixels int64         // pixels per page, checked from headers before decoding
	Timeout   time.Duration // per document, including waiting for a worker
	// ScratchDir is where a document's bytes sit while poppler and
	// Tesseract read them (default: the system temp dir). The node points
	// it into its data directory: the service owns it (0700), and what a
	// crash leaves there, patient documents in the clear, is removed at the
	// next start rather than left in a shared /tmp.
	ScratchDir string
}

// DefaultLimits fit the contract's 50 MB upload and a 2-core appliance.
var DefaultLimits = Limits{
	MaxBytes:  50 << 20,
	MaxPages:  50,
	MaxPixels: 40_000_000, // about A3 at 300 dpi
	Timeout:   3 * time.Minute,
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultLimits.MaxBytes
	}
	if l.MaxPages <= 0 {
		l.MaxPages = DefaultLimits.MaxPages
	}
	if l.MaxPixels <= 0 {
		l.MaxPixels = DefaultLimits.MaxPixels
	}
	if l.Timeout <= 0 {
		l.Timeout = DefaultLimits.Timeout
	}
	return l
}

// Methods reported in Result.Method (CONTRACT.md documents[].method).
const (
	MethodTextLayer = "text_layer"
	MethodOCR       = "ocr"
)

// Result is what Extract learned from one document.
type Result struct {
	Method      string          `json:"method"` // text_layer | ocr (ocr when any page needed OCR)
	Pages       int             `json:"pages"`
	Quality     float64         `json:"quality"` // 0..1, mean over pages
	Text        string          `json:"text"`    // pages joined with \f
	Labs        []casemodel.Lab `json:"labs"`
	ContentType string          `json:"content_type"`
	PageInfo    []PageInfo      `json:"page_info,omitempty"`
}

// PageInfo tells how each page was read.
type PageInfo struct {
	Method  string        `json:"method"`
	Quality float64       `json:"quality"`
	Elapsed time.Duration `json:"elapsed_ns"`
}

// Extractor runs extractions with bounded parallelism. It is safe for
// concurrent use; Close it to stop its OCR workers.
type Extractor struct {
	limits Limits
	tools  tools
	pool   *ocrPool
	tmp    string
	once   sync.Once
}

// NewExtractor checks that poppler-utils, libtiff-tools and the Tesseract
// eng/por models are installed and starts workers OCR workers (0 means one
// per CPU). Set OMP_THREAD_LIMIT=1 in the process environment (see
// EnsureThreadLimit): pages are parallelised here, not inside Tesseract.
func NewExtractor(limits Limits, workers int) (*Extractor, error) {
	t, err := findTools()
	if err != nil {
		return nil, err
	}
	langs, _ := gosseract.GetAvailableLanguages()
	var missing []string
	for _, l := range ocrLanguages {
		found := false
		for _, a := range langs {
			found = found || a == l
		}
		if !found {
			missing = append(missing, fmt.Sprintf("tesseract model %q (apt-get install tesseract-ocr-%s)", l, l))
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrToolMissing, strings.Join(missing, ", "))
	}
	if workers <= 0 || workers > runtime.NumCPU() {
		workers = runtime.NumCPU()
	}
	if limits.ScratchDir != "" {
		if err := clearScratch(limits.ScratchDir); err != nil {
			return nil, err
		}
	}
	tmp, err := os.MkdirTemp(limits.ScratchDir, scratchPrefix)
	if err != nil {
		return nil, fmt.Errorf("documents: temp dir: %w", err)
	}
	limits = limits.withDefaults()
	return &Extractor{limits: limits, tools: t, pool: newOCRPool(workers, limits.MaxPixels), tmp: tmp}, nil
}

const scratchPrefix = "agno-documents-"

// clearScratch makes dir (0700) and removes what an earlier process left in
// it. Only one extractor per data directory is expected (the node's); the
// knowledge upload path uses the system temp dir.
func clearScratch(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("documents: scratch dir: %w", err)
	}
	old, err := filepath.Glob(filepath.Join(dir, scratchPrefix+"*"))
	if err != nil {
		return fmt.Errorf("documents: scratch dir: %w", err)
	}
	for _, p := range old {
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("documents: removing a crashed run's scratch: %w", err)
		}
	}
	return nil
}

// Limits returns the limits in force.
func (e *Extractor) Limits() Limits { return e.limits }

// Close stops the workers (after the pages they are on) and removes the
// scratch directory.
func (e *Extractor) Close() error {
	e.once.Do(func() {
		e.pool.close()
		os.RemoveAll(e.tmp)
	})
	return nil
}

// Extract reads one document. Errors are the package's typed errors
// (ErrUnsupportedType, ErrTooLarge, ErrEncrypted, ErrCorrupt, ErrTimeout …);
// UserMessage gives the sentence to show. It never blocks past the limits'
// timeout or ctx.
func (e *Extractor) Extract(ctx context.Context, data []byte) (res Result, err error) {
	if int64(len(data)) > e.limits.MaxBytes {
		return Result{}, errorf(ErrTooLarge, "%d bytes, the limit is %d", len(data), e.limits.MaxBytes)
	}
	typ, err := Sniff(data)
	if err != nil {
		return Result{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, e.limits.Timeout)
	defer cancel()
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, errorf(ErrCorrupt, "internal: %v", r)
		}
	}()
	var pages []pageText
	switch typ {
	case TypePDF:
		pages, err = e.extractPDF(ctx, data)
	case TypePNG, TypeJPEG:
		var pg page
		pg, err = decodeStdImage(data, typ, e.limits.MaxPixels)
		if err == nil {
			pages, err = e.ocrPages(ctx, []page{pg})
		}
	case TypeTIFF:
		pages, err = e.extractTIFF(ctx, data)
	}
	if err != nil {
		return Result{}, err
	}
	if e := ctxErr(ctx); e != nil {
		return Result{}, e
	}
	res = Result{ContentType: typ, Pages: len(pages), Method: MethodTextLayer}
	texts := make([]string, len(pages))
	for i, p := range pages {
		texts[i] = p.text
		res.Quality += p.quality
		if p.method == MethodOCR {
			res.Method = MethodOCR
		}
		res.PageInfo = append(res.PageInfo, PageInfo{Method: p.method, Quality: round3(p.quality), Elapsed: p.elapsed})
	}
	if len(pages) > 0 {
		res.Quality = round3(res.Quality / float64(len(pages)))
	}
	res.Text = strings.Join(texts, "\f")
	if res.Method == MethodOCR {
		res.Labs = extractLabsOCR(res.Text)
	} else {
		res.Labs = ExtractLabs(res.Text)
	}
	if res.Labs == nil {
		res.Labs = []casemodel.Lab{}
	}
	return res, nil
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

type pageText struct {
	text    string
	quality float64
	method  string
	elapsed time.Duration
}

func (e *Extractor) scratch() (string, func(), error) {
	dir, err := os.MkdirTemp(e.tmp, "doc-")
	if err != nil {
		return "", nil, fmt.Errorf("documents: scratch dir: %w", err)
	}
	return dir, func() { os.RemoveAll(dir) }, nil
}

func (e *Extractor) extractPDF(ctx context.Context, data []byte) ([]pageText, error) {
	dir, cleanup, err := e.scratch()
	if err != nil {
		return nil, err
	}
	defer cleanup()
	path := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	info, err := e.tools.info(ctx, path, e.limits.MaxPages)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	texts, err := e.tools.text(ctx, path, info.Pages)
	if err != nil {
		return nil, err
	}
	perPage := time.Since(start) / time.Duration(info.Pages)
	out := make([]pageText, info.Pages)
	var need []int
	for i, t := range texts {
		q := textLayerQuality(t)
		out[i] = pageText{text: strings.TrimRight(t, " \n"), quality: q, method: MethodTextLayer, elapsed: perPage}
		if q < textLayerThreshold {
			need = append(need, i)
		}
	}
	if len(need) == 0 {
		return out, nil
	}
	// Pages without a usable text layer: render and OCR, in parallel on the pool.
	type done struct {
		i   int
		p   pageText
		err error
	}
	results := make(chan done, len(need))
	for _, i := range need {
		go func(i int) {
			t0 := time.Now()
			dpi, err := rasterDPI(info.Sizes[i], e.limits.MaxPixels)
			if err != nil {
				results <- done{i: i, err: err}
				return
			}
			img, err := e.tools.raster(ctx, dir, path, i+1, dpi, e.limits.MaxPixels)
			if err != nil {
				results <- done{i: i, err: err}
				return
			}
			r, err := e.pool.submit(ctx, page{img: img, dpi: dpi})
			results <- done{i: i, p: pageText{text: r.text, quality: r.quality, method: MethodOCR, elapsed: time.Since(t0)}, err: err}
		}(i)
	}
	var firstErr error
	for range need {
		var d done
		select {
		case d = <-results:
		case <-ctx.Done():
			return nil, ctxErr(ctx)
		}
		if d.err != nil {
			if firstErr == nil {
				firstErr = d.err
			}
			continue
		}
		// Keep whichever reading of the page is better.
		if d.p.quality >= out[d.i].quality || strings.TrimSpace(out[d.i].text) == "" {
			out[d.i] = d.p
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return out, nil
}

func (e *Extractor) extractTIFF(ctx context.Context, data []byte) ([]pageText, error) {
	hdr, err := tiffPages(data, e.limits.MaxPages)
	if err != nil {
		return nil, err
	}
	var total int64
	for _, p := range hdr {
		px := int64(p.Width) * int64(p.Height)
		if px > e.limits.MaxPixels {
			return nil, errorf(ErrTooLarge, "TIFF page %dx%d", p.Width, p.Height)
		}
		total += px
	}
	dir, cleanup, err := e.scratch()
	if err != nil {
		return nil, err
	}
	defer cleanup()
	// At most 4 bytes a pixel once uncompressed (RGBA 8-bit).
	raw, err := e.tools.rawTIFF(ctx, dir, data, total*4+1<<20)
	if err != nil {
		return nil, err
	}
	pages, err := decodeRawTIFF(raw, e.limits.MaxPages, e.limits.MaxPixels)
	if err != nil {
		return nil, err
	}
	for i := range pages {
		if pages[i].dpi == 0 && i < len(hdr) {
			pages[i].dpi = hdr[i].XRes
		}
	}
	return e.ocrPages(ctx, pages)
}

// ocrPages runs all pages through the pool at once and keeps page order.
func (e *Extractor) ocrPages(ctx context.Context, pages []page) ([]pageText, error) {
	out := make([]pageText, len(pages))
	errs := make([]error, len(pages))
	var wg sync.WaitGroup
	for i, pg := range pages {
		wg.Add(1)
		go func(i int, pg page) {
			defer wg.Done()
			t0 := time.Now()
			r, err := e.pool.submit(ctx, pg)
			out[i], errs[i] = pageText{text: r.text, quality: r.quality, method: MethodOCR, elapsed: time.Since(t0)}, err
		}(i, pg)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		for _, e := range errs {
			if e != nil {
				return nil, e
			}
		}
	}
	return out, nil
}

// PagesPerMethod summarises page timings of results, for evaluation tools:
// method -> elapsed seconds of each page, sorted.
func PagesPerMethod(results ...Result) map[string][]float64 {
	m := map[string][]float64{}
	for _, r := range results {
		for _, p := range r.PageInfo {
			m[p.Method] = append(m[p.Method], p.Elapsed.Seconds())
		}
	}
	for k := range m {
		sort.Float64s(m[k])
	}
	return m
}
