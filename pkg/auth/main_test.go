package auth

import (
	"os"
	"testing"
)

// Every test hashes with the cheap TestParams unless it passes DefaultParams
// explicitly (TestDefaultParamsRoundTrip does, once).
func TestMain(m *testing.M) {
	restore := UseParams(TestParams)
	code := m.Run()
	restore()
	os.Exit(code)
}
