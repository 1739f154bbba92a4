// Command agnomed-hub is the central hub: it ingests clinics' PHI-scrubbed
// sync batches from S3-compatible storage and serves the central admins'
// dashboard. This build carries the command surface only; ingest and the
// dashboard arrive with the sync issue.
package main

import (
	"fmt"
	"os"
)

var version = "dev"

const usage = `usage: agnomed-hub <command>

commands:
  agnomed-hub serve            run the hub (dashboard + API)
  agnomed-hub clinic add|list  manage the clinic registry
  agnomed-hub ingest --once    ingest pending batches and exit
  agnomed-hub version          print the version
`

func main() {
	if len(os.Args) < 2 {
		fmt.Print(usage)
		os.Exit(2)
	}
	switch os.Args[1] {
	case "-h", "--help", "help":
		fmt.Print(usage)
	case "version":
		fmt.Println("agnomed-hub " + version)
	case "serve", "clinic", "ingest":
		if len(os.Args) > 2 && (os.Args[2] == "--help" || os.Args[2] == "-h") {
			fmt.Print(usage)
			return
		}
		fmt.Fprintf(os.Stderr, "agnomed-hub %s: not available in this version (the hub ships with clinic sync)\n", os.Args[1])
		os.Exit(1)
	default:
		fmt.Fprintf(os.Stderr, "agnomed-hub: unknown command %q (see agnomed-hub --help)\n", os.Args[1])
		os.Exit(2)
	}
}
