package phi

import "testing"

// BenchmarkDetect measures throughput on the synthetic notes of testdata
// (both languages). Reported MB/s is per goroutine.
func BenchmarkDetect(b *testing.B) {
	d := detector(b)
	notes := loadMarked(b)
	var n int64
	for _, x := range notes {
		n += int64(len(x.text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range notes {
			d.Detect(x.text, x.lang)
		}
	}
}

func BenchmarkScrubSurrogate(b *testing.B) {
	d := detector(b)
	notes := loadMarked(b)
	var n int64
	for _, x := range notes {
		n += int64(len(x.text))
	}
	opt := ScrubOptions{Mode: Surrogate, Key: []byte("k"), PatientKey: "p"}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range notes {
			d.Scrub(x.text, x.lang, opt)
		}
	}
}
