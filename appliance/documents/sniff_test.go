package documents

import (
	"bytes"
	"errors"
	"image"
	"testing"
)

func TestSniff(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want string
		err  error
	}{
		{"pdf", []byte("%PDF-1.7\n..."), TypePDF, nil},
		{"pdf after blank", []byte("\r\n  %PDF-1.4\n"), TypePDF, nil},
		{"pdf after junk", []byte("junk junk %PDF-1.4\n"), "", ErrUnsupportedType},
		{"png", append(append([]byte{}, magicPNG...), 0, 0, 0, 13), TypePNG, nil},
		{"jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0}, TypeJPEG, nil},
		{"tiff le", []byte("II*\x00\x08\x00\x00\x00"), TypeTIFF, nil},
		{"tiff be", []byte("MM\x00*\x00\x00\x00\x08"), TypeTIFF, nil},
		{"bigtiff", []byte("II+\x00\x08\x00\x00\x00"), "", ErrUnsupportedType},
		{"empty", nil, "", ErrEmpty},
		{"gif", []byte("GIF89a...."), "", ErrUnsupportedType},
		{"zip", []byte("PK\x03\x04...."), "", ErrUnsupportedType},
		{"html", []byte("<html><body>%PDF-</body></html>"), "", ErrUnsupportedType},
		{"png+pdf polyglot", append(append([]byte{}, magicPNG...), []byte("....%PDF-1.4")...), "", ErrUnsupportedType},
		{"jpeg+zip polyglot", []byte("\xFF\xD8\xFF\xE0PK\x03\x04......"), "", ErrUnsupportedType},
		{"short tiff", []byte("II*\x00"), "", ErrCorrupt},
	}
	for _, c := range cases {
		got, err := Sniff(c.data)
		if got != c.want || !errors.Is(err, c.err) || (c.err == nil) != (err == nil) {
			t.Errorf("%s: got %q,%v want %q,%v", c.name, got, err, c.want, c.err)
		}
	}
}

func TestUserMessage(t *testing.T) {
	err := errorf(ErrCorrupt, "/tmp/agno-documents-123/in.pdf: xref broken")
	if UserMessage(err) != ErrCorrupt.Error() {
		t.Errorf("%q", UserMessage(err))
	}
	if UserMessage(errors.New("x")) != "text extraction failed" || UserMessage(nil) != "" {
		t.Error("generic")
	}
}

func TestImageHelpers(t *testing.T) {
	img := toGray(pngTestImage(40, 20))
	q := rotateQuarter(rotateQuarter(img, true), false)
	if !bytes.Equal(q.Pix, img.Pix) {
		t.Error("quarter turns do not invert")
	}
	h := rotateHalf(rotateHalf(img))
	if !bytes.Equal(h.Pix, img.Pix) {
		t.Error("half turns do not invert")
	}
	g, err := readPGM(encodePGM(img), 1e6)
	if err != nil || !bytes.Equal(g.Pix, img.Pix) {
		t.Errorf("PGM round trip: %v", err)
	}
	if _, err := readPGM(encodePGM(img), 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("PGM limit: %v", err)
	}
	if s := scale(img, 2); s.Rect.Dx() != 80 || s.Rect.Dy() != 40 {
		t.Error("scale")
	}
	if m := median3(img); m.Rect != img.Rect {
		t.Error("median")
	}
}

// FuzzSniff feeds arbitrary bytes to the sniffer and every header parser:
// none may panic, and a sniffed type must match the leading signature.
func FuzzSniff(f *testing.F) {
	f.Add([]byte("%PDF-1.4\n"))
	f.Add(append(append([]byte{}, magicPNG...), 0, 0, 0, 13, 'I', 'H', 'D', 'R'))
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xE0})
	f.Add(tiffHeader(10, 10, false))
	f.Add(tiffHeader(10, 10, true))
	f.Add([]byte("P5\n3 2\n255\nabcdef"))
	f.Fuzz(func(t *testing.T, data []byte) {
		typ, err := Sniff(data)
		if err == nil {
			switch typ {
			case TypePNG:
				if !bytes.HasPrefix(data, magicPNG) {
					t.Fatal("png without signature")
				}
			case TypeJPEG:
				if !bytes.HasPrefix(data, magicJPEG) {
					t.Fatal("jpeg without signature")
				}
			case TypeTIFF:
				if !bytes.HasPrefix(data, magicTIFFLE) && !bytes.HasPrefix(data, magicTIFFBE) {
					t.Fatal("tiff without signature")
				}
			case TypePDF:
				if !bytes.Contains(data, magicPDF) {
					t.Fatal("pdf without header")
				}
			default:
				t.Fatalf("type %q", typ)
			}
		}
		tiffPages(data, 8)
		decodeRawTIFF(data, 4, 1<<20)
		readPGM(data, 1<<20)
		pngDPI(data)
		jpegDPI(data)
		if typ == TypePNG || typ == TypeJPEG {
			decodeStdImage(data, typ, 1<<20)
		}
	})
}

func pngTestImage(w, h int) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	return img
}
