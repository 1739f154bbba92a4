package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/agnomedical/agno/appliance/node"
	"github.com/agnomedical/agno/pkg/keys"
)

// localClient talks to the running node over its admin socket.
type localClient struct {
	http *http.Client
	sock string
}

func dialLocal(cfgPath string) (*localClient, error) {
	cfg, err := loadConfig(cfgPath)
	if err != nil {
		return nil, err
	}
	sock := filepath.Join(cfg.DataDir, node.SocketName)
	if _, err := os.Stat(sock); err != nil {
		return nil, fmt.Errorf("cannot reach the node's admin socket %s: is `agnomed serve` running with this configuration, and are you root or the service user?", sock)
	}
	tr := &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", sock)
	}}
	return &localClient{http: &http.Client{Transport: tr, Timeout: 30 * time.Second}, sock: sock}, nil
}

// do sends a request and decodes the JSON answer; API errors become one line.
func (c *localClient) do(method, path string, body any, out any) error {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, "http://agnomed"+path, rd)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "agnomed-cli/"+version)
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("node not answering on %s: %v", c.sock, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		if json.Unmarshal(data, &e) == nil && e.Error.Code != "" {
			return fmt.Errorf("%s: %s", e.Error.Code, e.Error.Message)
		}
		return fmt.Errorf("node answered %s", resp.Status)
	}
	if out != nil {
		return json.Unmarshal(data, out)
	}
	return nil
}

const userUsage = `usage:
  agnomed user add --username NAME --role ROLE [--password-stdin]
  agnomed user list
  agnomed user disable NAME
  agnomed user enable NAME
  agnomed user passwd NAME [--password-stdin]
Roles: admin, physician, nurse, staff, auditor. Without --password-stdin the
password is asked for on the terminal (or read from AGNOMED_NEW_PASSWORD).

`

func cmdUser(args []string) error {
	if len(args) == 0 || args[0] == "--help" || args[0] == "-h" {
		if len(args) == 0 {
			return errors.New("missing action: add, list, disable, enable or passwd (see --help)")
		}
		return errUsage{userUsage}
	}
	action, rest := args[0], args[1:]
	fs := flags("user", userUsage)
	cfgPath := fs.String("config", "", "configuration file of the node")
	username := fs.String("username", "", "user name (add)")
	role := fs.String("role", "", "role (add)")
	stdin := fs.Bool("password-stdin", false, "read the password from standard input")
	if err := parse(fs, rest, userUsage); err != nil {
		return err
	}
	c, err := dialLocal(*cfgPath)
	if err != nil {
		return err
	}
	switch action {
	case "add":
		if *username == "" || *role == "" {
			return errors.New("add needs --username and --role")
		}
		pw, err := readPassword(*stdin)
		if err != nil {
			return err
		}
		var out map[string]any
		if err := c.do("POST", "/v1/users", map[string]string{"username": *username, "password": pw, "role": *role}, &out); err != nil {
			return err
		}
		fmt.Printf("created user %s (%s) with id %s\n", out["username"], out["role"], out["user_id"])
	case "list":
		var out struct {
			Users []map[string]any `json:"users"`
		}
		if err := c.do("GET", "/v1/users", nil, &out); err != nil {
			return err
		}
		tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "USER_ID\tUSERNAME\tROLE\tDISABLED\tSESSIONS\tCREATED")
		for _, u := range out.Users {
			fmt.Fprintf(tw, "%v\t%v\t%v\t%v\t%v\t%v\n", u["user_id"], u["username"], u["role"], u["disabled"], u["active_sessions"], u["created_at"])
		}
		return tw.Flush()
	case "disable", "enable", "passwd":
		if fs.NArg() != 1 {
			return fmt.Errorf("%s needs exactly one user name", action)
		}
		var u struct {
			UserID string `json:"user_id"`
		}
		if err := c.do("GET", "/local/users/by-name/"+url.PathEscape(fs.Arg(0)), nil, &u); err != nil {
			return err
		}
		if action == "passwd" {
			pw, err := readPassword(*stdin)
			if err != nil {
				return err
			}
			if err := c.do("POST", "/v1/users/"+u.UserID+"/password", map[string]string{"password": pw}, nil); err != nil {
				return err
			}
			fmt.Printf("password of %s changed; their sessions were signed out\n", fs.Arg(0))
			return nil
		}
		if err := c.do("PATCH", "/v1/users/"+u.UserID, map[string]bool{"disabled": action == "disable"}, nil); err != nil {
			return err
		}
		fmt.Printf("user %s %sd\n", fs.Arg(0), action)
	default:
		return fmt.Errorf("unknown action %q: use add, list, disable, enable or passwd", action)
	}
	return nil
}

// readPassword takes the password from stdin, AGNOMED_NEW_PASSWORD, or asks.
func readPassword(fromStdin bool) (string, error) {
	if v := os.Getenv("AGNOMED_NEW_PASSWORD"); v != "" && !fromStdin {
		return v, nil
	}
	if !fromStdin {
		fmt.Fprint(os.Stderr, "password (input is shown; use --password-stdin in scripts): ")
	}
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return "", errors.New("no password given on standard input")
	}
	return strings.TrimRight(line, "\r\n"), nil
}

const keysUsage = `usage:
  agnomed keys generate      print a new 32-byte key (base64) for a key file
  agnomed keys rotate-jwt    new JWT signing key on the running node; tokens
                             signed with the old key stay valid until they expire

`

func cmdKeys(args []string) error {
	if len(args) == 0 {
		return errors.New("missing action: generate or rotate-jwt (see --help)")
	}
	if args[0] == "--help" || args[0] == "-h" {
		return errUsage{keysUsage}
	}
	fs := flags("keys", keysUsage)
	cfgPath := fs.String("config", "", "configuration file of the node")
	if err := parse(fs, args[1:], keysUsage); err != nil {
		return err
	}
	switch args[0] {
	case "generate":
		k, err := keys.Generate()
		if err != nil {
			return err
		}
		fmt.Println(k)
		return nil
	case "rotate-jwt":
		c, err := dialLocal(*cfgPath)
		if err != nil {
			return err
		}
		var out map[string]string
		if err := c.do("POST", "/local/keys/rotate-jwt", nil, &out); err != nil {
			return err
		}
		fmt.Println(out["message"])
		return nil
	case "rotate-api-keys", "rotate-data-key":
		return fmt.Errorf("%s is not available in this version", args[0])
	}
	return fmt.Errorf("unknown action %q: use generate or rotate-jwt", args[0])
}

const sessionsUsage = "usage: agnomed sessions invalidate (--user NAME | --all)\n\nSigns the user (or everyone) out on every node at once.\n\n"

func cmdSessions(args []string) error {
	if len(args) == 0 {
		return errors.New("missing action: invalidate (see --help)")
	}
	if args[0] == "--help" || args[0] == "-h" {
		return errUsage{sessionsUsage}
	}
	if args[0] != "invalidate" {
		return fmt.Errorf("unknown action %q: use invalidate", args[0])
	}
	fs := flags("sessions", sessionsUsage)
	cfgPath := fs.String("config", "", "configuration file of the node")
	user := fs.String("user", "", "user name")
	all := fs.Bool("all", false, "every user")
	if err := parse(fs, args[1:], sessionsUsage); err != nil {
		return err
	}
	if (*user == "") == !*all {
		return errors.New("give exactly one of --user NAME or --all")
	}
	c, err := dialLocal(*cfgPath)
	if err != nil {
		return err
	}
	if err := c.do("POST", "/local/sessions/invalidate", map[string]any{"user": *user, "all": *all}, nil); err != nil {
		return err
	}
	if *all {
		fmt.Println("all sessions invalidated")
	} else {
		fmt.Printf("sessions of %s invalidated\n", *user)
	}
	return nil
}

const auditUsage = "usage: agnomed audit verify\n\nChecks every link of the audit hash chain; exits 1 naming the first bad entry.\n\n"

func cmdAudit(args []string) error {
	if len(args) == 0 {
		return errors.New("missing action: verify (see --help)")
	}
	if args[0] == "--help" || args[0] == "-h" {
		return errUsage{auditUsage}
	}
	if args[0] != "verify" {
		return fmt.Errorf("unknown action %q: use verify", args[0])
	}
	fs := flags("audit", auditUsage)
	cfgPath := fs.String("config", "", "configuration file of the node")
	if err := parse(fs, args[1:], auditUsage); err != nil {
		return err
	}
	c, err := dialLocal(*cfgPath)
	if err != nil {
		return err
	}
	var out struct {
		OK       bool   `json:"ok"`
		Entries  int64  `json:"entries"`
		FirstBad string `json:"first_bad_entry"`
	}
	if err := c.do("GET", "/v1/audit/verify", nil, &out); err != nil {
		return err
	}
	if !out.OK {
		return fmt.Errorf("audit chain BROKEN: first bad entry %s (%d entries checked)", out.FirstBad, out.Entries)
	}
	fmt.Printf("audit chain intact: %d entries verified\n", out.Entries)
	return nil
}

const clusterUsage = `usage:
  agnomed cluster status          raft state, leader, members
  agnomed cluster join ADDR       join the cluster of the node whose gossip address is ADDR
  agnomed cluster remove NODE     remove NODE for good (it must be wiped to come back)

`

func cmdCluster(args []string) error {
	if len(args) == 0 {
		return errors.New("missing action: status, join or remove (see --help)")
	}
	if args[0] == "--help" || args[0] == "-h" {
		return errUsage{clusterUsage}
	}
	fs := flags("cluster", clusterUsage)
	cfgPath := fs.String("config", "", "configuration file of the node")
	if err := parse(fs, args[1:], clusterUsage); err != nil {
		return err
	}
	c, err := dialLocal(*cfgPath)
	if err != nil {
		return err
	}
	var out map[string]any
	switch args[0] {
	case "status":
		if err := c.do("GET", "/v1/cluster/status", nil, &out); err != nil {
			return err
		}
		b, _ := json.MarshalIndent(out, "", "  ")
		fmt.Println(string(b))
		return nil
	case "join":
		if fs.NArg() != 1 {
			return errors.New("join needs the gossip address (host:port) of a cluster node")
		}
		if err := c.do("POST", "/v1/cluster/join", map[string]string{"address": fs.Arg(0)}, &out); err != nil {
			return err
		}
		fmt.Println(out["message"])
		return nil
	case "remove":
		if fs.NArg() != 1 {
			return errors.New("remove needs a node id")
		}
		if err := c.do("DELETE", "/v1/cluster/nodes/"+url.PathEscape(fs.Arg(0)), nil, &out); err != nil {
			return err
		}
		fmt.Println(out["message"])
		return nil
	}
	return fmt.Errorf("unknown action %q: use status, join or remove", args[0])
}
