package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/agnomedical/agno/pkg/keys"
	"github.com/agnomedical/agno/pkg/phi"
	"github.com/agnomedical/agno/pkg/phi/phicli"
)

const phiUsage = `usage:
  agnomed phi detect < notes.jsonl > spans.jsonl
  agnomed phi scrub [--mode redact|surrogate|safe-harbor] [--shift-dates] < notes.jsonl > scrubbed.jsonl

Input, one JSON object a line: {"id":"n1","lang":"en|pt-BR","text":"..."}.
detect prints {"id","spans":[{"start","end","type"}]} (UTF-8 byte offsets);
scrub prints {"id","text"}. Surrogates and date shifts are keyed with a key
derived from the node's master key (found through --config / AGNOMED_*), so
the same value gets the same fake across runs of one clinic; --key-file uses
another key file instead (32 bytes, base64).

`

func cmdPHI(args []string) error {
	if len(args) == 0 {
		return errors.New("missing action: detect or scrub (see --help)")
	}
	if args[0] == "--help" || args[0] == "-h" {
		return errUsage{phiUsage}
	}
	action := args[0]
	fs := flags("phi", phiUsage)
	mode := fs.String("mode", "redact", "scrub mode: redact ([TYPE]), surrogate (consistent fakes), safe-harbor")
	shift := fs.Bool("shift-dates", false, "shift dates per patient (keeps intervals)")
	keyFile := fs.String("key-file", "", "key file for surrogates and date shifts (default: derived from the node's master key)")
	cfgPath := fs.String("config", "", "configuration file of the node (to find its master key)")
	if err := parse(fs, args[1:], phiUsage); err != nil {
		return err
	}
	d, err := phi.NewDetector()
	if err != nil {
		return err
	}
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	switch action {
	case "detect":
		return phicli.Detect(in, out, d, nil)
	case "scrub":
		opt := phi.ScrubOptions{ShiftDates: *shift}
		switch *mode {
		case "redact":
			opt.Mode = phi.Redact
		case "surrogate":
			opt.Mode = phi.Surrogate
		case "safe-harbor":
			opt.Mode = phi.SafeHarbor
		default:
			return fmt.Errorf("unknown --mode %q: use redact, surrogate or safe-harbor", *mode)
		}
		if opt.Mode != phi.Redact || opt.ShiftDates {
			key, err := surrogateKey(*keyFile, *cfgPath)
			if err != nil {
				return err
			}
			opt.Key = key
		}
		return phicli.Scrub(in, out, d, opt, nil)
	}
	return fmt.Errorf("unknown action %q: use detect or scrub", action)
}

// surrogateKey is the clinic's key for consistent surrogates: from a key
// file, or derived from the node's master key.
func surrogateKey(keyFile, cfgPath string) ([]byte, error) {
	path := keyFile
	if path == "" {
		cfg, err := loadConfig(cfgPath)
		if err != nil {
			return nil, err
		}
		path = cfg.MasterKeyFile
		if path == "" {
			path = filepath.Join(cfg.DataDir, "master.key")
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("surrogates need a key: %v (give --key-file, or run where the node's master key is readable)", err)
	}
	k, err := keys.ParseKey(string(b))
	if err != nil {
		return nil, err
	}
	if keyFile != "" {
		return k, nil
	}
	r, err := keys.NewRing(k)
	if err != nil {
		return nil, err
	}
	return r.Derive("phi-surrogate"), nil
}
