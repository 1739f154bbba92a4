package documents

import (
	"context"
	"fmt"
	"image"
	"math"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/otiai10/gosseract/v2"
)

// ocrLanguages are the Tesseract models every worker loads.
var ocrLanguages = []string{"eng", "por"}

// ocrJob is one page for a worker. done is buffered so a worker never blocks
// on a caller that gave up.
type ocrJob struct {
	ctx  context.Context
	page page
	done chan ocrResult
}

type ocrResult struct {
	text    string
	quality float64
	err     error
}

// ocrPool runs Tesseract on a fixed number of goroutines, each with its own
// client (a TessBaseAPI is not safe for concurrent use and costs ~100 MB).
type ocrPool struct {
	jobs     chan ocrJob
	wg       sync.WaitGroup
	mu       sync.RWMutex
	closed   bool
	psm      gosseract.PageSegMode
	maxPixel int64
}

func newOCRPool(workers int, maxPixels int64) *ocrPool {
	p := &ocrPool{jobs: make(chan ocrJob), psm: gosseract.PSM_SINGLE_COLUMN, maxPixel: maxPixels}
	for i := 0; i < workers; i++ {
		p.wg.Add(1)
		go p.worker()
	}
	return p
}

// submit hands a page to the pool and waits for its text, or for ctx.
// Tesseract itself cannot be interrupted: on timeout the caller returns at
// once and the worker finishes the page (bounded by the pixel limit) before
// taking the next job.
func (p *ocrPool) submit(ctx context.Context, pg page) (ocrResult, error) {
	p.mu.RLock()
	if p.closed {
		p.mu.RUnlock()
		return ocrResult{}, ErrClosed
	}
	job := ocrJob{ctx: ctx, page: pg, done: make(chan ocrResult, 1)}
	select {
	case p.jobs <- job:
		p.mu.RUnlock()
	case <-ctx.Done():
		p.mu.RUnlock()
		return ocrResult{}, ctxErr(ctx)
	}
	select {
	case r := <-job.done:
		return r, r.err
	case <-ctx.Done():
		return ocrResult{}, ctxErr(ctx)
	}
}

func (p *ocrPool) close() {
	p.mu.Lock()
	if !p.closed {
		p.closed = true
		close(p.jobs)
	}
	p.mu.Unlock()
	p.wg.Wait()
}

func (p *ocrPool) worker() {
	defer p.wg.Done()
	// One OS thread per worker keeps Tesseract's thread-local state in place.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var client *gosseract.Client
	defer func() {
		if client != nil {
			client.Close()
		}
	}()
	for job := range p.jobs {
		if err := job.ctx.Err(); err != nil {
			job.done <- ocrResult{err: ctxErr(job.ctx)}
			continue
		}
		if client == nil {
			client = gosseract.NewClient()
			if err := client.SetLanguage(ocrLanguages...); err != nil {
				job.done <- ocrResult{err: err}
				client.Close()
				client = nil
				continue
			}
		}
		res := p.recognizePage(job.ctx, client, job.page)
		job.done <- res
	}
}

// recognizePage preprocesses and OCRs one page, trying other orientations
// when the layout or the confidence says the page is turned.
func (p *ocrPool) recognizePage(ctx context.Context, c *gosseract.Client, pg page) (res ocrResult) {
	defer func() {
		if r := recover(); r != nil {
			res = ocrResult{err: errorf(ErrCorrupt, "ocr: %v", r)}
		}
	}()
	img, quarter := preprocess(pg, p.maxPixel)
	try := func(im *image.Gray) ocrResult {
		txt, q, err := p.ocr(c, im)
		return ocrResult{text: txt, quality: q, err: err}
	}
	var cands []*image.Gray
	if quarter {
		cands = []*image.Gray{rotateQuarter(img, true), rotateQuarter(img, false)}
	} else {
		cands = []*image.Gray{img}
	}
	best := ocrResult{quality: -1}
	for i, im := range cands {
		if i > 0 && ctx.Err() != nil {
			break
		}
		r := try(im)
		if r.err == nil && r.quality > best.quality {
			best = r
		} else if best.quality < 0 && r.err != nil {
			best.err = r.err
		}
	}
	// Upside-down pages read as low-confidence noise: try once turned over.
	if best.err == nil && best.quality < 0.55 && ctx.Err() == nil {
		if r := try(rotateHalf(lastOf(cands, best, img))); r.err == nil && r.quality > best.quality+0.1 {
			best = r
		}
	}
	if best.quality < 0 {
		best.quality = 0
	}
	return best
}

func lastOf(cands []*image.Gray, _ ocrResult, def *image.Gray) *image.Gray {
	if len(cands) == 1 {
		return cands[0]
	}
	return def
}

// preprocess brings a page to about 300 dpi, straightens small skew and
// reports a quarter-turned page.
func preprocess(pg page, maxPixels int64) (*image.Gray, bool) {
	img := pg.img
	dpi := pg.dpi
	w, h := img.Rect.Dx(), img.Rect.Dy()
	if dpi < 50 || dpi > 1200 {
		dpi = guessDPI(w, h)
	}
	if noiseLevel(img) > 8 {
		img = median3(img)
	}
	switch {
	case dpi < 220:
		f := 300 / dpi
		if f > 3 {
			f = 3
		}
		if float64(w)*f*float64(h)*f <= float64(maxPixels) {
			img = scale(img, f)
		}
	case dpi > 450:
		img = scale(img, 300/dpi)
	}
	skew, quarter := layoutAngle(img)
	if quarter {
		return img, true
	}
	if math.Abs(skew) >= 0.15 {
		img = rotateSmall(img, skew)
	}
	return img, false
}

// guessDPI assumes a full page (Letter or A4) when the file does not say.
func guessDPI(w, h int) float64 {
	long, short := float64(max(w, h)), float64(min(w, h))
	if r := long / short; r > 1.2 && r < 1.6 {
		return short / 8.4
	}
	return 300
}

// word is one recognised word on the page.
type word struct {
	text                         string
	x1, y1, x2, y2               int
	conf                         float64
	block, para, line, wordIndex int
}

func (p *ocrPool) ocr(c *gosseract.Client, img *image.Gray) (string, float64, error) {
	img = cloneGray(img)
	leaders := removeLeaders(img)
	if err := c.SetImageFromBytes(encodePGM(img)); err != nil {
		return "", 0, fmt.Errorf("ocr: %w", err)
	}
	c.SetPageSegMode(p.psm)
	c.SetVariable("tessedit_pageseg_mode", strconv.Itoa(int(p.psm)))
	c.SetVariable("user_defined_dpi", "300")
	c.SetVariable("debug_file", "/dev/null")
	c.SetVariable("preserve_interword_spaces", "1")
	boxes, err := c.GetBoundingBoxesVerbose()
	if err != nil {
		return "", 0, fmt.Errorf("ocr: %w", err)
	}
	words := make([]word, 0, len(boxes))
	for _, b := range boxes {
		t := strings.TrimSpace(b.Word)
		if t == "" {
			continue
		}
		words = append(words, word{text: t, x1: b.Box.Min.X, y1: b.Box.Min.Y, x2: b.Box.Max.X, y2: b.Box.Max.Y,
			conf: b.Confidence, block: b.BlockNum, para: b.ParNum, line: b.LineNum, wordIndex: b.WordNum})
	}
	q := ocrQuality(words)
	words = addLeaders(words, leaders)
	return layoutText(words), q, nil
}

func cloneGray(img *image.Gray) *image.Gray {
	out := image.NewGray(img.Rect)
	copy(out.Pix, img.Pix)
	out.Stride = img.Stride
	return out
}

// ocrQuality is the length-weighted mean word confidence (0..1), lowered
// when the words do not look like text.
func ocrQuality(words []word) float64 {
	var sum, n float64
	for _, w := range words {
		l := float64(utf8.RuneCountInString(w.text))
		sum += w.conf * l
		n += l
	}
	if n == 0 {
		return 0
	}
	q := sum / n / 100
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w.text)
		b.WriteByte(' ')
	}
	return clamp01(q * (0.5 + 0.5*textPlausibility(b.String())))
}

// layoutText rebuilds lines from word boxes, placing each word at the column
// its x position implies, so table columns stay apart by two or more spaces
// the way `pdftotext -layout` keeps them.
func layoutText(words []word) string {
	if len(words) == 0 {
		return ""
	}
	var widths []float64
	left := math.MaxInt
	for _, w := range words {
		if n := utf8.RuneCountInString(w.text); n >= 2 {
			widths = append(widths, float64(w.x2-w.x1)/float64(n))
		}
		left = min(left, w.x1)
	}
	cw := 20.0
	if len(widths) > 0 {
		sort.Float64s(widths)
		cw = math.Max(widths[len(widths)/2], 1)
	}
	type line struct {
		words      []word
		top, bot   int
		key        [3]int
		heightHint int
	}
	var lines []*line
	for _, w := range words {
		k := [3]int{w.block, w.para, w.line}
		if n := len(lines); n > 0 && lines[n-1].key == k {
			l := lines[n-1]
			l.words = append(l.words, w)
			l.top, l.bot = min(l.top, w.y1), max(l.bot, w.y2)
			continue
		}
		lines = append(lines, &line{words: []word{w}, top: w.y1, bot: w.y2, key: k})
	}
	var heights []int
	for _, l := range lines {
		heights = append(heights, l.bot-l.top)
	}
	sort.Ints(heights)
	medH := heights[len(heights)/2]
	var b strings.Builder
	prevBot := -1
	for _, l := range lines {
		if prevBot >= 0 && medH > 0 && l.top-prevBot > medH*3/2 {
			b.WriteByte('\n')
		}
		prevBot = l.bot
		sort.SliceStable(l.words, func(i, j int) bool { return l.words[i].x1 < l.words[j].x1 })
		col := 0
		prevX2 := -1
		for i, w := range l.words {
			want := int(math.Round(float64(w.x1-left) / cw))
			gap := 1
			if i > 0 && float64(w.x1-prevX2) > 1.6*cw {
				gap = 2
			}
			if i == 0 {
				gap = 0
			}
			if want < col+gap {
				want = col + gap
			}
			b.WriteString(strings.Repeat(" ", want-col))
			b.WriteString(w.text)
			col = want + utf8.RuneCountInString(w.text)
			prevX2 = w.x2
		}
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n")
}
