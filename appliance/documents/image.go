package documents

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"

	"image/jpeg"
	"image/png"
	"math"
	"strconv"
)

// page is one raster page waiting for OCR.
type page struct {
	img *image.Gray
	dpi float64 // effective resolution, 0 if unknown
}

// decodeStdImage decodes a PNG or JPEG after checking its header dimensions
// against maxPixels, so a decompression bomb is refused before any allocation.
func decodeStdImage(data []byte, typ string, maxPixels int64) (page, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return page{}, errorf(ErrCorrupt, "image header: %v", err)
	}
	if (typ == TypePNG && format != "png") || (typ == TypeJPEG && format != "jpeg") {
		return page{}, errorf(ErrCorrupt, "header says %s", format)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return page{}, errorf(ErrCorrupt, "image without dimensions")
	}
	if int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		return page{}, errorf(ErrTooLarge, "%dx%d pixels", cfg.Width, cfg.Height)
	}
	var img image.Image
	if typ == TypePNG {
		img, err = png.Decode(bytes.NewReader(data))
	} else {
		img, err = jpeg.Decode(bytes.NewReader(data))
	}
	if err != nil {
		return page{}, errorf(ErrCorrupt, "image data: %v", err)
	}
	dpi := 0.0
	if typ == TypePNG {
		dpi = pngDPI(data)
	} else {
		dpi = jpegDPI(data)
	}
	return page{img: toGray(img), dpi: dpi}, nil
}

// toGray converts to 8-bit gray, compositing transparency over white.
func toGray(img image.Image) *image.Gray {
	b := img.Bounds()
	out := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	switch src := img.(type) {
	case *image.Gray:
		for y := 0; y < b.Dy(); y++ {
			copy(out.Pix[y*out.Stride:y*out.Stride+b.Dx()], src.Pix[(y)*src.Stride:])
		}
	case *image.YCbCr:
		for y := 0; y < b.Dy(); y++ {
			copy(out.Pix[y*out.Stride:y*out.Stride+b.Dx()], src.Y[y*src.YStride:])
		}
	default:
		for y := 0; y < b.Dy(); y++ {
			for x := 0; x < b.Dx(); x++ {
				r, g, bb, a := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
				// over white: c + (1-a)*white
				w := 0xffff - a
				lum := (19595*(r+w) + 38470*(g+w) + 7471*(bb+w) + 1<<15) >> 24
				if lum > 255 {
					lum = 255
				}
				out.Pix[y*out.Stride+x] = uint8(lum)
			}
		}
	}
	return out
}

// pngDPI reads the pHYs chunk (pixels per metre).
func pngDPI(data []byte) float64 {
	i := 8
	for i+8 <= len(data) && i < 1<<16 {
		n := int(binary.BigEndian.Uint32(data[i:]))
		typ := string(data[i+4 : i+8])
		if n < 0 || i+12+n > len(data) {
			return 0
		}
		if typ == "pHYs" && n >= 9 {
			ppm := binary.BigEndian.Uint32(data[i+8:])
			if data[i+16] == 1 {
				return float64(ppm) * 0.0254
			}
			return 0
		}
		if typ == "IDAT" {
			return 0
		}
		i += 12 + n
	}
	return 0
}

// jpegDPI reads the JFIF APP0 density.
func jpegDPI(data []byte) float64 {
	if len(data) < 18 || data[2] != 0xFF || data[3] != 0xE0 || string(data[6:11]) != "JFIF\x00" {
		return 0
	}
	unit := data[13]
	x := float64(binary.BigEndian.Uint16(data[14:]))
	switch unit {
	case 1:
		return x
	case 2:
		return x * 2.54
	}
	return 0
}

// decodeRawTIFF decodes an uncompressed, stripped TIFF (what `tiffcp -c none -s`
// writes): 1, 8 or 16 bits, gray, RGB(A) or palette. Dimensions were already
// checked on the original file.
func decodeRawTIFF(data []byte, maxPages int, maxPixels int64) ([]page, error) {
	if len(data) < 8 {
		return nil, errorf(ErrCorrupt, "short TIFF")
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if bytes.HasPrefix(data, magicTIFFBE) {
		bo = binary.BigEndian
	} else if !bytes.HasPrefix(data, magicTIFFLE) {
		return nil, errorf(ErrCorrupt, "not a TIFF")
	}
	in := func(off, n int64) bool { return off >= 0 && n >= 0 && off+n <= int64(len(data)) }
	off := int64(bo.Uint32(data[4:]))
	var pages []page
	seen := map[int64]bool{}
	for off != 0 {
		if seen[off] || len(pages) >= maxPages || !in(off, 2) {
			return nil, errorf(ErrCorrupt, "TIFF IFD chain")
		}
		seen[off] = true
		n := int64(bo.Uint16(data[off:]))
		if !in(off+2, n*12+4) {
			return nil, errorf(ErrCorrupt, "TIFF IFD truncated")
		}
		tags := map[uint16][]int64{}
		for i := int64(0); i < n; i++ {
			e := off + 2 + i*12
			tag, typ, cnt := bo.Uint16(data[e:]), bo.Uint16(data[e+2:]), int64(bo.Uint32(data[e+4:]))
			size := map[uint16]int64{1: 1, 3: 2, 4: 4, 5: 8}[typ]
			if size == 0 || cnt <= 0 || cnt > 1<<20 {
				continue
			}
			vo := e + 8
			if size*cnt > 4 {
				vo = int64(bo.Uint32(data[e+8:]))
			}
			if !in(vo, size*cnt) {
				return nil, errorf(ErrCorrupt, "TIFF tag out of range")
			}
			vals := make([]int64, 0, cnt)
			for k := int64(0); k < cnt; k++ {
				switch typ {
				case 1:
					vals = append(vals, int64(data[vo+k]))
				case 3:
					vals = append(vals, int64(bo.Uint16(data[vo+2*k:])))
				case 4:
					vals = append(vals, int64(bo.Uint32(data[vo+4*k:])))
				case 5:
					num, den := bo.Uint32(data[vo+8*k:]), bo.Uint32(data[vo+8*k+4:])
					if den == 0 {
						den = 1
					}
					vals = append(vals, int64(num)*100/int64(den))
				}
			}
			tags[tag] = vals
		}
		get := func(tag uint16, def int64) int64 {
			if v := tags[tag]; len(v) > 0 {
				return v[0]
			}
			return def
		}
		w, h := get(256, 0), get(257, 0)
		if w <= 0 || h <= 0 || w*h > maxPixels {
			return nil, errorf(ErrTooLarge, "TIFF page %dx%d", w, h)
		}
		if get(259, 1) != 1 || get(284, 1) != 1 {
			return nil, errorf(ErrUnsupportedType, "TIFF layout not decodable")
		}
		bps, spp, photo := get(258, 1), get(277, 1), get(262, 1)
		rps := get(278, h)
		offs, counts := tags[273], tags[279]
		if len(offs) == 0 || len(offs) != len(counts) || rps <= 0 || (bps != 1 && bps != 8 && bps != 16) || spp < 1 || spp > 4 {
			return nil, errorf(ErrUnsupportedType, "TIFF sample layout")
		}
		rowBytes := (w*bps*spp + 7) / 8
		raw := make([]byte, 0, rowBytes*h)
		for i := range offs {
			if !in(offs[i], counts[i]) {
				return nil, errorf(ErrCorrupt, "TIFF strip out of range")
			}
			raw = append(raw, data[offs[i]:offs[i]+counts[i]]...)
		}
		if int64(len(raw)) < rowBytes*h {
			return nil, errorf(ErrCorrupt, "TIFF strips short")
		}
		img := image.NewGray(image.Rect(0, 0, int(w), int(h)))
		cmap := tags[320]
		for y := int64(0); y < h; y++ {
			row := raw[y*rowBytes : (y+1)*rowBytes]
			for x := int64(0); x < w; x++ {
				var g uint8
				switch bps {
				case 1:
					bit := row[x/8] >> (7 - uint(x%8)) & 1
					g = uint8(bit * 255)
					if photo == 0 {
						g = 255 - g
					}
				case 8, 16:
					bpsB := bps / 8
					px := row[x*spp*bpsB:]
					sample := func(k int64) uint8 { return px[k*bpsB] }
					if bps == 16 && bo == binary.LittleEndian {
						sample = func(k int64) uint8 { return px[k*bpsB+1] }
					}
					switch {
					case photo == 3 && len(cmap) >= 3*256 && bps == 8:
						i := int64(sample(0))
						r, gg, b := cmap[i]>>8, cmap[256+i]>>8, cmap[512+i]>>8
						g = uint8((299*r + 587*gg + 114*b) / 1000)
					case spp >= 3 && photo == 2:
						r, gg, b := int(sample(0)), int(sample(1)), int(sample(2))
						g = uint8((299*r + 587*gg + 114*b) / 1000)
					default:
						g = sample(0)
						if photo == 0 {
							g = 255 - g
						}
					}
				}
				img.Pix[y*int64(img.Stride)+x] = g
			}
		}
		dpi := 0.0
		if xr := get(282, 0); xr > 0 {
			dpi = float64(xr) / 100
			if get(296, 2) == 3 {
				dpi *= 2.54
			} else if get(296, 2) == 1 {
				dpi = 0
			}
		}
		pages = append(pages, page{img: img, dpi: dpi})
		off = int64(bo.Uint32(data[off+2+n*12:]))
	}
	if len(pages) == 0 {
		return nil, errorf(ErrCorrupt, "TIFF without pages")
	}
	return pages, nil
}

// readPGM reads a binary 8-bit PGM (what `pdftoppm -gray` writes).
func readPGM(data []byte, maxPixels int64) (*image.Gray, error) {
	fields := make([]int, 0, 3)
	i := 2
	if !bytes.HasPrefix(data, []byte("P5")) {
		return nil, errorf(ErrCorrupt, "rasteriser output is not PGM")
	}
	for len(fields) < 3 && i < len(data) && i < 256 {
		for i < len(data) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t') {
			i++
		}
		if i < len(data) && data[i] == '#' {
			for i < len(data) && data[i] != '\n' {
				i++
			}
			continue
		}
		j := i
		for j < len(data) && data[j] >= '0' && data[j] <= '9' {
			j++
		}
		v, err := strconv.Atoi(string(data[i:j]))
		if err != nil {
			return nil, errorf(ErrCorrupt, "PGM header")
		}
		fields = append(fields, v)
		i = j
	}
	if len(fields) != 3 || fields[2] != 255 || i >= len(data) {
		return nil, errorf(ErrCorrupt, "PGM header")
	}
	i++ // single whitespace after maxval
	w, h := fields[0], fields[1]
	if w <= 0 || h <= 0 || int64(w)*int64(h) > maxPixels {
		return nil, errorf(ErrTooLarge, "raster %dx%d", w, h)
	}
	if len(data)-i < w*h {
		return nil, errorf(ErrCorrupt, "PGM data short")
	}
	img := image.NewGray(image.Rect(0, 0, w, h))
	copy(img.Pix, data[i:i+w*h])
	return img, nil
}

// encodePGM writes img as binary PGM, which leptonica reads from memory.
func encodePGM(img *image.Gray) []byte {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	hdr := fmt.Sprintf("P5\n%d %d\n255\n", w, h)
	out := make([]byte, len(hdr), len(hdr)+w*h)
	copy(out, hdr)
	for y := 0; y < h; y++ {
		out = append(out, img.Pix[y*img.Stride:y*img.Stride+w]...)
	}
	return out
}

// ---- preprocessing ----

// otsu returns the Otsu threshold of img.
func otsu(img *image.Gray) uint8 {
	var hist [256]int
	for _, p := range img.Pix {
		hist[p]++
	}
	total := len(img.Pix)
	sum := 0.0
	for i, c := range hist {
		sum += float64(i * c)
	}
	sumB, wB, best, thr := 0.0, 0, -1.0, 127
	for t := 0; t < 256; t++ {
		wB += hist[t]
		if wB == 0 {
			continue
		}
		wF := total - wB
		if wF == 0 {
			break
		}
		sumB += float64(t * hist[t])
		mB, mF := sumB/float64(wB), (sum-sumB)/float64(wF)
		v := float64(wB) * float64(wF) * (mB - mF) * (mB - mF)
		if v > best {
			best, thr = v, t
		}
	}
	return uint8(thr)
}

// shrink box-averages img by an integer factor.
func shrink(img *image.Gray, f int) *image.Gray {
	if f <= 1 {
		return img
	}
	w, h := img.Rect.Dx()/f, img.Rect.Dy()/f
	out := image.NewGray(image.Rect(0, 0, max(w, 1), max(h, 1)))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			s := 0
			for dy := 0; dy < f; dy++ {
				row := img.Pix[(y*f+dy)*img.Stride+x*f:]
				for dx := 0; dx < f; dx++ {
					s += int(row[dx])
				}
			}
			out.Pix[y*out.Stride+x] = uint8(s / (f * f))
		}
	}
	return out
}

// inkPoints returns the dark pixels of a small binarised copy of img.
func inkPoints(img *image.Gray) (pts [][2]float64, w, h int) {
	f := max(2, img.Rect.Dx()/700)
	small := shrink(img, f)
	t := otsu(small)
	w, h = small.Rect.Dx(), small.Rect.Dy()
	dark := func(x, y int) bool {
		return x >= 0 && y >= 0 && x < w && y < h && small.Pix[y*small.Stride+x] < t
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if !dark(x, y) {
				continue
			}
			// isolated specks are noise, not ink
			if !dark(x-1, y) && !dark(x+1, y) && !dark(x, y-1) && !dark(x, y+1) {
				continue
			}
			pts = append(pts, [2]float64{float64(x), float64(y)})
		}
	}
	// Keep the work bounded on dark or noisy pages.
	if len(pts) > 200000 {
		step := len(pts)/200000 + 1
		kept := pts[:0]
		for i := 0; i < len(pts); i += step {
			kept = append(kept, pts[i])
		}
		pts = kept
	}
	return pts, w, h
}

// profileScore is the sharpness of the projection profile of pts onto lines
// at angle deg (degrees): high when text lines run along that angle.
func profileScore(pts [][2]float64, deg float64, transpose bool, size int) float64 {
	a := deg * math.Pi / 180
	sin, cos := math.Sin(a), math.Cos(a)
	n := size * 2
	hist := make([]float64, n)
	off := float64(size) / 2
	for _, p := range pts {
		x, y := p[0], p[1]
		if transpose {
			x, y = y, x
		}
		r := int(y*cos - x*sin + off)
		if r >= 0 && r < n {
			hist[r]++
		}
	}
	s := 0.0
	for i := 1; i < n; i++ {
		d := hist[i] - hist[i-1]
		s += d * d
	}
	return s
}

// layoutAngle finds the skew (degrees, counter-clockwise positive as printed)
// and whether the text runs vertically (page turned a quarter).
func layoutAngle(img *image.Gray) (skew float64, quarter bool) {
	pts, w, h := inkPoints(img)
	if len(pts) < 200 {
		return 0, false
	}
	size := max(w, h)
	search := func(transpose bool) (float64, float64) {
		best, bestA := -1.0, 0.0
		for a := -5.0; a <= 5.0; a += 0.5 {
			if s := profileScore(pts, a, transpose, size); s > best {
				best, bestA = s, a
			}
		}
		c := bestA
		for a := c - 0.45; a <= c+0.45; a += 0.05 {
			if s := profileScore(pts, a, transpose, size); s > best {
				best, bestA = s, a
			}
		}
		return bestA, best
	}
	ha, hs := search(false)
	va, vs := search(true)
	if vs > hs*1.5 {
		return va, true
	}
	return ha, false
}

// background estimates the paper gray (a high percentile).
func background(img *image.Gray) uint8 {
	var hist [256]int
	step := max(1, len(img.Pix)/200000)
	n := 0
	for i := 0; i < len(img.Pix); i += step {
		hist[img.Pix[i]]++
		n++
	}
	c := 0
	for v := 255; v >= 0; v-- {
		c += hist[v]
		if c >= n/10 {
			return uint8(v)
		}
	}
	return 255
}

// rotateSmall rotates img by deg degrees (counter-clockwise positive) about
// its centre with bilinear sampling, filling with the paper colour.
func rotateSmall(img *image.Gray, deg float64) *image.Gray {
	if math.Abs(deg) < 0.05 {
		return img
	}
	bg := float64(background(img))
	w, h := img.Rect.Dx(), img.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	a := deg * math.Pi / 180
	sin, cos := math.Sin(a), math.Cos(a)
	cx, cy := float64(w)/2, float64(h)/2
	for y := 0; y < h; y++ {
		dy := float64(y) - cy
		for x := 0; x < w; x++ {
			dx := float64(x) - cx
			// inverse mapping: source = R(-deg) * dest in image coordinates (y down)
			sx := cos*dx - sin*dy + cx
			sy := sin*dx + cos*dy + cy
			out.Pix[y*out.Stride+x] = sampleBilinear(img, sx, sy, bg)
		}
	}
	return out
}

func sampleBilinear(img *image.Gray, x, y, bg float64) uint8 {
	x0, y0 := math.Floor(x), math.Floor(y)
	ix, iy := int(x0), int(y0)
	w, h := img.Rect.Dx(), img.Rect.Dy()
	if ix < 0 || iy < 0 || ix+1 >= w || iy+1 >= h {
		if ix >= 0 && iy >= 0 && ix < w && iy < h {
			return img.Pix[iy*img.Stride+ix]
		}
		return uint8(bg)
	}
	fx, fy := x-x0, y-y0
	p := img.Pix[iy*img.Stride+ix:]
	q := img.Pix[(iy+1)*img.Stride+ix:]
	v := float64(p[0])*(1-fx)*(1-fy) + float64(p[1])*fx*(1-fy) + float64(q[0])*(1-fx)*fy + float64(q[1])*fx*fy
	return uint8(v + 0.5)
}

// rotateQuarter turns img by 90 degrees: clockwise when cw, else counter-clockwise.
func rotateQuarter(img *image.Gray, cw bool) *image.Gray {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, h, w))
	for y := 0; y < h; y++ {
		row := img.Pix[y*img.Stride:]
		for x := 0; x < w; x++ {
			if cw {
				out.Pix[x*out.Stride+(h-1-y)] = row[x]
			} else {
				out.Pix[(w-1-x)*out.Stride+y] = row[x]
			}
		}
	}
	return out
}

// rotateHalf turns img upside down.
func rotateHalf(img *image.Gray) *image.Gray {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			out.Pix[(h-1-y)*out.Stride+(w-1-x)] = img.Pix[y*img.Stride+x]
		}
	}
	return out
}

// scale resizes img by factor with bilinear sampling.
func scale(img *image.Gray, factor float64) *image.Gray {
	w, h := int(float64(img.Rect.Dx())*factor), int(float64(img.Rect.Dy())*factor)
	if w < 1 || h < 1 {
		return img
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	bg := 255.0
	for y := 0; y < h; y++ {
		sy := (float64(y)+0.5)/factor - 0.5
		for x := 0; x < w; x++ {
			sx := (float64(x)+0.5)/factor - 0.5
			out.Pix[y*out.Stride+x] = sampleBilinear(img, math.Max(0, sx), math.Max(0, sy), bg)
		}
	}
	return out
}

// median3 is a 3x3 median filter against speckle noise.
func median3(img *image.Gray) *image.Gray {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	out := image.NewGray(img.Rect)
	copy(out.Pix, img.Pix)
	var p [9]uint8
	sw := func(a, b int) {
		if p[a] > p[b] {
			p[a], p[b] = p[b], p[a]
		}
	}
	for y := 1; y < h-1; y++ {
		r0, r1, r2 := img.Pix[(y-1)*img.Stride:], img.Pix[y*img.Stride:], img.Pix[(y+1)*img.Stride:]
		for x := 1; x < w-1; x++ {
			p = [9]uint8{r0[x-1], r0[x], r0[x+1], r1[x-1], r1[x], r1[x+1], r2[x-1], r2[x], r2[x+1]}
			// Paeth's 19-exchange median-of-9 network.
			sw(1, 2)
			sw(4, 5)
			sw(7, 8)
			sw(0, 1)
			sw(3, 4)
			sw(6, 7)
			sw(1, 2)
			sw(4, 5)
			sw(7, 8)
			sw(0, 3)
			sw(5, 8)
			sw(4, 7)
			sw(3, 6)
			sw(1, 4)
			sw(2, 5)
			sw(4, 7)
			sw(4, 2)
			sw(6, 4)
			sw(4, 2)
			out.Pix[y*out.Stride+x] = p[4]
		}
	}
	return out
}

// noiseLevel estimates the gray-level noise on the paper: the mean absolute
// difference between horizontal neighbours in bright areas.
func noiseLevel(img *image.Gray) float64 {
	bg := int(background(img))
	sum, n := 0, 0
	step := max(1, img.Rect.Dy()/400)
	for y := 0; y < img.Rect.Dy(); y += step {
		row := img.Pix[y*img.Stride : y*img.Stride+img.Rect.Dx()]
		for x := 1; x < len(row); x++ {
			a, b := int(row[x-1]), int(row[x])
			if a > bg-40 && b > bg-40 {
				d := a - b
				if d < 0 {
					d = -d
				}
				sum += d
				n++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(sum) / float64(n)
}
