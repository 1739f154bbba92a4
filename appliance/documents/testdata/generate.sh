#!/usr/bin/env bash
# Regenerates the test documents in this folder from the texts in src/.
# Needs (Debian): enscript ghostscript imagemagick libtiff-tools qpdf fonts-dejavu-core poppler-utils
# The outputs are committed; tests only read them. Total stays well under 3 MB.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Text PDFs: real text layer (Courier via enscript, Latin-1 for Portuguese).
iconv -f UTF-8 -t LATIN1 src/report_en.txt > "$tmp/en.txt"
iconv -f UTF-8 -t LATIN1 src/page2_en.txt > "$tmp/p2.txt"
{ cat "$tmp/en.txt"; printf '\f'; cat "$tmp/p2.txt"; } > "$tmp/en2.txt"
enscript -q -B -X latin1 -f Courier10 -p "$tmp/en.ps" "$tmp/en2.txt"
ps2pdf "$tmp/en.ps" text_en.pdf
iconv -f UTF-8 -t LATIN1 src/report_pt.txt > "$tmp/pt.txt"
enscript -q -B -X latin1 -f Courier10 -p "$tmp/pt.ps" "$tmp/pt.txt"
ps2pdf "$tmp/pt.ps" text_pt.pdf

# An encrypted copy (user password "secret").
qpdf --encrypt secret owner 256 -- text_en.pdf encrypted.pdf

# "Scans": 300 dpi gray pages drawn with a monospace font, then skewed,
# blurred and noised like a flatbed scan. Half-height pages keep files small.
scan() { # src out-extension rotate font extra...
  local src=$1 out=$2 rot=$3 font=$4; shift 4
  convert -size 2550x2000 xc:white -font "$font" -pointsize 42 -fill black \
    -annotate +150+170 "$(cat "$src")" \
    -background white -rotate "$rot" -gravity center -extent 2550x2000 +repage \
    -blur 0x0.8 -fill 'gray(238)' -colorize 0 -attenuate 0.25 +noise Gaussian \
    -colorspace Gray "$@" -density 300 -units PixelsPerInch "$out"
}
scan src/report_en.txt "$tmp/en.png" 0.9 DejaVu-Sans-Mono
convert "$tmp/en.png" -colors 16 -depth 4 scan_en.png
scan src/report_pt.txt scan_pt.jpg -1.2 DejaVu-Sans-Mono -quality 70
# Turned a quarter (text runs bottom to top) and a small skew.
scan src/report_en.txt "$tmp/rot.png" 0.5 DejaVu-Sans-Mono
convert "$tmp/rot.png" -rotate -90 -colors 16 -depth 4 scan_rotated.png
# Two-page bilevel fax TIFF (CCITT G4).
scan src/report_en.txt "$tmp/f1.png" 0.6 DejaVu-Sans-Mono
scan src/page2_en.txt "$tmp/f2.png" 0.6 DejaVu-Sans-Mono
convert "$tmp/f1.png" "$tmp/f2.png" -threshold 60% -type bilevel -compress Group4 fax_en.tif
# Scanned PDF: the Portuguese page as a JPEG inside a PDF, no text layer.
# (tiff2pdf -j writes a broken JPEG stream for JPEG-in-TIFF: use deflate on 16 grays.)
convert scan_pt.jpg -colors 16 -depth 8 -compress none "$tmp/pt.tif"
tiff2pdf -z -o scan_pt.pdf "$tmp/pt.tif"
ls -l text_en.pdf text_pt.pdf encrypted.pdf scan_en.png scan_pt.jpg scan_rotated.png fax_en.tif scan_pt.pdf
