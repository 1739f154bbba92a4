// Command agnomed is the clinic node: `agnomed serve` runs it; the other
// subcommands administer it (most talk to the running node over its local
// admin socket, so they work while it serves and need file access to the
// data directory, i.e. root or the service user).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/agnomedical/agno/appliance/documents"
)

// version is set at build time (-ldflags "-X main.version=...").
var version = "dev"

type command struct {
	name  string
	usage string
	run   func(args []string) error
}

func commands() []command {
	return []command{
		{"serve", "serve [--config F]                     run the node (HTTP API, raft, agents)", cmdServe},
		{"service", "service install|uninstall|start|stop|status [--config F]   system service (systemd / Windows SCM)", cmdService},
		{"user", "user add|list|disable|passwd ...        manage accounts on the running node", cmdUser},
		{"keys", "keys generate|rotate-jwt                 key material", cmdKeys},
		{"sessions", "sessions invalidate [--user U | --all]   sign users out everywhere", cmdSessions},
		{"audit", "audit verify                             check the audit hash chain", cmdAudit},
		{"cluster", "cluster status                           raft membership and leader", cmdCluster},
		{"phi", "phi detect|scrub < notes.jsonl          find or remove PHI in clinical text (JSON lines)", cmdPHI},
		{"extract", "extract FILE...                          text and labs of documents, one JSON line per file", cmdExtract},
		{"version", "version                                  print the version", cmdVersion},
	}
}

func usage() string {
	var b strings.Builder
	b.WriteString("usage: agnomed <command> [options]\n\ncommands:\n")
	for _, c := range commands() {
		b.WriteString("  agnomed " + c.usage + "\n")
	}
	b.WriteString("\nEvery command takes --help. Configuration: --config FILE, AGNOMED_CONFIG, or /etc/agnomed/agnomed.yaml; AGNOMED_<KEY> variables override.\n")
	return b.String()
}

// errUsage makes main print usage text instead of an error line.
type errUsage struct{ text string }

func (e errUsage) Error() string { return e.text }

func main() {
	// Tesseract must run single-threaded (we parallelise across pages); the
	// variable only counts when set before the process starts, so this
	// re-executes once with it set.
	if err := documents.EnsureThreadLimit(); err != nil {
		fmt.Fprintln(os.Stderr, "agnomed: warning: could not set OMP_THREAD_LIMIT=1:", err)
	}
	if len(os.Args) < 2 || os.Args[1] == "-h" || os.Args[1] == "--help" || os.Args[1] == "help" {
		fmt.Print(usage())
		if len(os.Args) < 2 {
			os.Exit(2)
		}
		return
	}
	for _, c := range commands() {
		if c.name == os.Args[1] {
			err := c.run(os.Args[2:])
			var u errUsage
			switch {
			case err == nil:
				return
			case errors.As(err, &u):
				fmt.Fprint(os.Stdout, u.text)
				return
			default:
				fmt.Fprintln(os.Stderr, "agnomed "+c.name+": "+oneLine(err.Error()))
				os.Exit(1)
			}
		}
	}
	fmt.Fprintf(os.Stderr, "agnomed: unknown command %q (see agnomed --help)\n", os.Args[1])
	os.Exit(2)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func cmdVersion(args []string) error {
	if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
		return errUsage{"usage: agnomed version\n"}
	}
	fmt.Println("agnomed " + version)
	return nil
}

const extractUsage = `usage: agnomed extract FILE...

Reads PDF, PNG, JPEG or TIFF files (type sniffed from the bytes) and prints one
JSON line per file: {"file","method","pages","quality","text","labs"}, or
{"file","error"} for a file that cannot be read. Exits 1 if any file failed.

`

func cmdExtract(args []string) error {
	fs := flags("extract", extractUsage)
	if err := parse(fs, args, extractUsage); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("give at least one file (see --help)")
	}
	e, err := documents.NewExtractor(documents.Limits{}, 0)
	if err != nil {
		return err
	}
	defer e.Close()
	return documents.ExtractFilesJSONL(context.Background(), e, fs.Args(), os.Stdout)
}
