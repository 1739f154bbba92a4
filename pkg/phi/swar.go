package phi

import "math/bits"

// Eight bytes at a time: the scans that look for a few kinds of byte in
// long stretches of others (capitals, digits) read the text as 64-bit
// words and mark the bytes they want in all eight lanes at once, with no
// carry from one lane to the next, so that a mask is exact lane by lane
// (Bit Twiddling Hacks, "determine if a word has a byte between m and n"
// and "... equal to n").

const (
	lanesOnes = 0x0101010101010101
	lanesLow7 = lanesOnes * 0x7f
	lanesHigh = lanesOnes * 0x80
)

// load64 reads the eight bytes of s from i on as one little-endian word
// (the compiler makes it one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// rangeLanes returns the high bit of each lane of x whose byte is in
// [lo, hi] (lo >= 1, hi <= 0x7f; a byte with its high bit set never is).
func rangeLanes(x uint64, lo, hi byte) uint64 {
	t := x & lanesLow7
	return (lanesOnes*(127+uint64(hi)+1) - t) &^ x & (t + lanesOnes*(127-uint64(lo)+1)) & lanesHigh
}

// byteLanes returns the high bit of each lane of x whose byte is c.
func byteLanes(x uint64, c byte) uint64 {
	y := x ^ lanesOnes*uint64(c)
	return ^((y&lanesLow7 + lanesLow7) | y | lanesLow7)
}

// firstLane is the index of the lowest lane marked in m (m != 0).
func firstLane(m uint64) int { return bits.TrailingZeros64(m) >> 3 }
