package documents

import (
	"os"
	"syscall"
	"time"
)

// cmdWaitDelay bounds how long a killed tool may hold its pipes open.
const cmdWaitDelay = 2 * time.Second

// EnsureThreadLimit makes sure OMP_THREAD_LIMIT=1 is in force for Tesseract.
// OpenMP reads the variable once, when the library is loaded at process
// start, so setting it later with os.Setenv has no effect: when it is missing,
// this re-executes the current program with it set (the call does not return
// on success). Call it first thing in main (and in TestMain). Pages are
// parallelised by the Extractor's worker pool instead; OpenMP threads on top
// of that only contend for the same cores.
func EnsureThreadLimit() error {
	if os.Getenv("OMP_THREAD_LIMIT") == "1" {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	env := append(os.Environ(), "OMP_THREAD_LIMIT=1")
	return syscall.Exec(exe, os.Args, env)
}
