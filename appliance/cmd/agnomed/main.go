// Command agnomed is the clinic node: `agnomed serve` runs it; the other
// subcommands administer it (most talk to the running node over its local
// admin socket, so they work while it serves and need file access to the
// data directory, i.e. root or the service user).
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
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
