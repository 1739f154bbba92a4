package documents

import (
	"image"
	"sort"
)

// leader is a run of dots ("Potássio..........: 4,2") found on the page.
// Tesseract reads such runs badly and garbles the word before them, so they
// are erased before OCR and put back as text afterwards, dot for dot.
type leader struct {
	x1, y1, x2, y2 int
	dots           int
	colon          bool // a colon closes the leader ("Potássio.......: 4,2")
}

type component struct {
	x1, y1, x2, y2, n int
}

// findComponents labels the 8-connected dark components of img below thr.
// It gives up (returns nil) on pages with an absurd amount of ink.
func findComponents(img *image.Gray, thr uint8) []component {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	seen := make([]bool, w*h)
	var comps []component
	stack := make([]int32, 0, 1024)
	ink := 0
	for y := 0; y < h; y++ {
		row := img.Pix[y*img.Stride:]
		for x := 0; x < w; x++ {
			i := y*w + x
			if seen[i] || row[x] >= thr {
				continue
			}
			c := component{x1: x, y1: y, x2: x, y2: y}
			seen[i] = true
			stack = append(stack[:0], int32(i))
			for len(stack) > 0 {
				p := int(stack[len(stack)-1])
				stack = stack[:len(stack)-1]
				px, py := p%w, p/w
				c.n++
				c.x1, c.x2 = min(c.x1, px), max(c.x2, px)
				c.y1, c.y2 = min(c.y1, py), max(c.y2, py)
				for dy := -1; dy <= 1; dy++ {
					ny := py + dy
					if ny < 0 || ny >= h {
						continue
					}
					for dx := -1; dx <= 1; dx++ {
						nx := px + dx
						if nx < 0 || nx >= w {
							continue
						}
						j := ny*w + nx
						if !seen[j] && img.Pix[ny*img.Stride+nx] < thr {
							seen[j] = true
							stack = append(stack, int32(j))
						}
					}
				}
			}
			ink += c.n
			if ink > w*h/4 {
				return nil
			}
			comps = append(comps, c)
		}
	}
	return comps
}

// removeLeaders erases dot leaders from img (in place) and returns them.
func removeLeaders(img *image.Gray) []leader {
	thr := otsu(img)
	comps := findComponents(img, thr)
	if len(comps) == 0 {
		return nil
	}
	// Typical glyph height: the median height of components of letter size.
	var hs []int
	for _, c := range comps {
		if h := c.y2 - c.y1 + 1; h >= 8 && c.n >= 20 {
			hs = append(hs, h)
		}
	}
	if len(hs) < 20 {
		return nil
	}
	sort.Ints(hs)
	glyph := hs[len(hs)/2]
	maxDot := max(3, glyph*2/5)
	var dots []component
	for _, c := range comps {
		w, h := c.x2-c.x1+1, c.y2-c.y1+1
		if w >= 2 && h >= 2 && w <= maxDot && h <= maxDot && w*2 >= h && h*2 >= w && c.n*2 >= w*h/2 {
			dots = append(dots, c)
		}
	}
	sort.Slice(dots, func(i, j int) bool { return dots[i].x1 < dots[j].x1 })
	used := make([]bool, len(dots))
	// The lower dot of a colon is not part of the leader before it.
	upper := map[int]int{} // lower dot -> upper dot of a colon
	for i, d := range dots {
		for j := max(0, i-60); j < len(dots) && dots[j].x1 <= d.x2; j++ {
			o := dots[j]
			if j == i || o.x2 < d.x1 {
				continue
			}
			if o.y2 < d.y1 && d.y1-o.y2 < glyph {
				used[i], used[j] = true, true
				upper[i] = j
			}
		}
	}
	var out []leader
	for i := range dots {
		if used[i] {
			continue
		}
		chain := []int{i}
		cur := dots[i]
		for {
			cy := (cur.y1 + cur.y2) / 2
			next := -1
			for j := chain[len(chain)-1] + 1; j < len(dots); j++ {
				d := dots[j]
				if d.x1-cur.x2 > glyph {
					break
				}
				if used[j] || d.x1 <= cur.x2 {
					continue
				}
				if dy := (d.y1+d.y2)/2 - cy; dy >= -2 && dy <= 2 {
					next = j
					break
				}
			}
			if next < 0 {
				break
			}
			chain = append(chain, next)
			cur = dots[next]
		}
		if len(chain) < 4 {
			continue
		}
		l := leader{x1: dots[chain[0]].x1, y1: dots[chain[0]].y1, x2: cur.x2, y2: cur.y2, dots: len(chain)}
		// A colon right after the leader goes with it: left beside the value,
		// Tesseract tends to read it into the number.
		cy := (cur.y1 + cur.y2) / 2
		for lo, up := range upper {
			d := dots[lo]
			if d.x1 > cur.x2 && d.x1-cur.x2 <= glyph && abs((d.y1+d.y2)/2-cy) <= 3 {
				chain = append(chain, lo, up)
				l.colon, l.x2 = true, max(d.x2, dots[up].x2)
				break
			}
		}
		for _, k := range chain {
			used[k] = true
			d := dots[k]
			l.y1, l.y2 = min(l.y1, d.y1), max(l.y2, d.y2)
			for y := max(0, d.y1-2); y <= min(img.Rect.Dy()-1, d.y2+2); y++ {
				for x := max(0, d.x1-2); x <= min(img.Rect.Dx()-1, d.x2+2); x++ {
					img.Pix[y*img.Stride+x] = 255
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// addLeaders puts erased leaders back into the recognised words, on the
// text line they belong to.
func addLeaders(words []word, leaders []leader) []word {
	for _, l := range leaders {
		cy := (l.y1 + l.y2) / 2
		best, bestD := -1, 1<<30
		for i, w := range words {
			if cy < w.y1-4 || cy > w.y2+4 {
				continue
			}
			d := 0
			if w.x2 < l.x1 {
				d = l.x1 - w.x2
			} else if w.x1 > l.x2 {
				d = w.x1 - l.x2
			}
			if d < bestD {
				best, bestD = i, d
			}
		}
		nw := word{x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2, conf: 90}
		for i := 0; i < l.dots; i++ {
			nw.text += "."
		}
		if l.colon {
			nw.text += ":"
		}
		if best >= 0 {
			b := words[best]
			nw.block, nw.para, nw.line = b.block, b.para, b.line
			nw.y1, nw.y2 = b.y1, b.y2
			// insert right after the words of that line so grouping stays contiguous
			k := best
			for k+1 < len(words) && words[k+1].block == b.block && words[k+1].para == b.para && words[k+1].line == b.line {
				k++
			}
			words = append(words[:k+1], append([]word{nw}, words[k+1:]...)...)
		}
	}
	return words
}
