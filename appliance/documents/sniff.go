package documents

import (
	"bytes"
	"encoding/binary"
)

// Content types Sniff returns.
const (
	TypePDF  = "application/pdf"
	TypePNG  = "image/png"
	TypeJPEG = "image/jpeg"
	TypeTIFF = "image/tiff"
)

var (
	magicPNG    = []byte("\x89PNG\r\n\x1a\n")
	magicJPEG   = []byte{0xFF, 0xD8, 0xFF}
	magicTIFFLE = []byte("II*\x00")
	magicTIFFBE = []byte("MM\x00*")
	magicPDF    = []byte("%PDF-")
)

// otherMagics are formats that must never be taken for a document even when a
// PDF header hides behind them (polyglots).
var otherMagics = [][]byte{
	[]byte("PK\x03\x04"), []byte("GIF8"), []byte("BM"), []byte("RIFF"), []byte("\x7fELF"),
	[]byte("MZ"), []byte("#!"), []byte("<?xml"), []byte("<html"), []byte("<!DOCTYPE"),
	[]byte("\x1f\x8b"), []byte("7z\xbc\xaf"), []byte("Rar!"), []byte("II+\x00"), []byte("MM\x00+"),
	[]byte("\x00\x00\x00\x0cjP"), []byte("%!PS"),
}

// pdfHeaderWindow is how far into the file a PDF header may start (readers
// accept leading junk within the first KiB; we accept only blank text).
const pdfHeaderWindow = 1024

// Sniff returns the real content type of data from its bytes, never from a
// name or a declared type: application/pdf, image/png, image/jpeg or
// image/tiff. Files that carry two formats' signatures (polyglots) are
// refused with ErrUnsupportedType; an empty input is ErrEmpty.
func Sniff(data []byte) (string, error) {
	if len(data) == 0 {
		return "", ErrEmpty
	}
	head := data
	if len(head) > pdfHeaderWindow+len(magicPDF) {
		head = head[:pdfHeaderWindow+len(magicPDF)]
	}
	pdfAt := bytes.Index(head, magicPDF)
	typ := ""
	switch {
	case bytes.HasPrefix(data, magicPNG):
		typ = TypePNG
	case bytes.HasPrefix(data, magicJPEG):
		typ = TypeJPEG
	case bytes.HasPrefix(data, magicTIFFLE) || bytes.HasPrefix(data, magicTIFFBE):
		typ = TypeTIFF
	case pdfAt == 0:
		return TypePDF, nil
	case pdfAt > 0:
		// Leading bytes before %PDF-: tolerated only when they are blank.
		if len(bytes.TrimLeft(data[:pdfAt], " \t\r\n\x00\xef\xbb\xbf")) == 0 {
			return TypePDF, nil
		}
		return "", errorf(ErrUnsupportedType, "bytes before the PDF header")
	default:
		return "", ErrUnsupportedType
	}
	// An image whose first KiB also holds a PDF header is a polyglot.
	if pdfAt >= 0 {
		return "", errorf(ErrUnsupportedType, "polyglot: %s with a PDF header", typ)
	}
	for _, m := range otherMagics {
		if i := bytes.Index(head, m); i >= 0 && i < 16 && len(m) >= 4 {
			return "", errorf(ErrUnsupportedType, "polyglot: %s with another signature", typ)
		}
	}
	if typ == TypeTIFF && len(data) < 8 {
		return "", errorf(ErrCorrupt, "truncated TIFF header")
	}
	return typ, nil
}

// tiffPage is what the IFD walk learns about one TIFF page without decoding it.
type tiffPage struct {
	Width, Height int
	XRes          float64 // dots per inch, 0 if absent
}

// tiffPages walks a TIFF's IFD chain (bounded, loop-safe) and returns each
// page's dimensions, so that the pixel limit is checked before any decoding.
func tiffPages(data []byte, maxPages int) ([]tiffPage, error) {
	if len(data) < 8 {
		return nil, errorf(ErrCorrupt, "short TIFF")
	}
	var bo binary.ByteOrder
	switch {
	case bytes.HasPrefix(data, magicTIFFLE):
		bo = binary.LittleEndian
	case bytes.HasPrefix(data, magicTIFFBE):
		bo = binary.BigEndian
	default:
		return nil, ErrUnsupportedType
	}
	off := int64(bo.Uint32(data[4:8]))
	seen := map[int64]bool{}
	var pages []tiffPage
	for off != 0 {
		if seen[off] {
			return nil, errorf(ErrCorrupt, "TIFF IFD loop")
		}
		seen[off] = true
		if len(pages) >= maxPages {
			return nil, errorf(ErrTooLarge, "more than %d pages", maxPages)
		}
		if off < 8 || off+2 > int64(len(data)) {
			return nil, errorf(ErrCorrupt, "TIFF IFD offset out of range")
		}
		n := int64(bo.Uint16(data[off:]))
		end := off + 2 + n*12
		if n == 0 || end+4 > int64(len(data)) {
			return nil, errorf(ErrCorrupt, "TIFF IFD truncated")
		}
		var p tiffPage
		resUnit := 2
		for i := int64(0); i < n; i++ {
			e := data[off+2+i*12:]
			tag, typ := bo.Uint16(e), bo.Uint16(e[2:])
			val := func() int {
				if typ == 3 {
					return int(bo.Uint16(e[8:]))
				}
				return int(bo.Uint32(e[8:]))
			}
			switch tag {
			case 256:
				p.Width = val()
			case 257:
				p.Height = val()
			case 282:
				if typ == 5 {
					if ro := int64(bo.Uint32(e[8:])); ro > 0 && ro+8 <= int64(len(data)) {
						num, den := bo.Uint32(data[ro:]), bo.Uint32(data[ro+4:])
						if den != 0 {
							p.XRes = float64(num) / float64(den)
						}
					}
				}
			case 296:
				resUnit = val()
			}
		}
		if resUnit == 3 {
			p.XRes *= 2.54
		} else if resUnit == 1 {
			p.XRes = 0
		}
		if p.Width <= 0 || p.Height <= 0 {
			return nil, errorf(ErrCorrupt, "TIFF page without dimensions")
		}
		pages = append(pages, p)
		off = int64(bo.Uint32(data[end:]))
	}
	return pages, nil
}
