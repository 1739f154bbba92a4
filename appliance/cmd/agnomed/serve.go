package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/kardianos/service"

	"github.com/agnomedical/agno/appliance/node"
	"github.com/agnomedical/agno/pkg/config"
)

// flags builds a FlagSet whose --help output becomes errUsage.
func flags(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	_ = usage
	return fs
}

func parse(fs *flag.FlagSet, args []string, usage string) error {
	// Flags may also follow positional arguments, as the usage texts show
	// ("user passwd NAME --password-stdin"); "--" ends the flags.
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				var b strings.Builder
				b.WriteString(usage)
				fs.SetOutput(&b)
				fs.PrintDefaults()
				return errUsage{b.String()}
			}
			return fmt.Errorf("%v (see --help)", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

func loadConfig(path string) (config.Config, error) {
	// AGNOMED_NEW_PASSWORD (user add/passwd) and AGNOMED_PRINT_ADMIN (serve)
	// are read by the commands themselves, not configuration keys: the
	// loader, which refuses unknown AGNOMED_* variables, must not see them.
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AGNOMED_NEW_PASSWORD=") && !strings.HasPrefix(kv, "AGNOMED_PRINT_ADMIN=") {
			env = append(env, kv)
		}
	}
	return config.Load(path, env)
}

func newLogger(cfg config.Config) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: lvl}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts))
}

// program adapts the node to kardianos/service, which calls Start and Stop
// from systemd, the Windows SCM, or an interactive terminal alike.
type program struct {
	cfg  config.Config
	log  *slog.Logger
	node *node.Node
	err  chan error
}

func (p *program) Start(s service.Service) error {
	fi, _ := os.Stdout.Stat()
	tty := fi != nil && fi.Mode()&os.ModeCharDevice != 0
	n, err := node.Start(context.Background(), p.cfg, node.Options{Version: version, Log: p.log, AdminOut: os.Stdout, AdminOutIsTTY: tty || os.Getenv("AGNOMED_PRINT_ADMIN") != ""})
	if err != nil {
		return err
	}
	p.node = n
	return nil
}

func (p *program) Stop(s service.Service) error {
	if p.node == nil {
		return nil
	}
	p.log.Info("shutting down: draining requests, handing over leadership, closing the database")
	ctx, cancel := context.WithTimeout(context.Background(), p.cfg.ShutdownTimeout)
	defer cancel()
	err := p.node.Stop(ctx)
	if err != nil {
		p.log.Error("shutdown", "error", err)
	} else {
		p.log.Info("stopped cleanly")
	}
	return err
}

const serveUsage = "usage: agnomed serve [--config FILE]\n\nRuns the clinic node until SIGTERM/SIGINT.\n\n"

func cmdServe(args []string) error {
	fs := flags("serve", serveUsage)
	cfgPath := fs.String("config", "", "configuration file (default: $AGNOMED_CONFIG or "+config.DefaultPath+" if present)")
	if err := parse(fs, args, serveUsage); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	p := &program{cfg: cfg, log: newLogger(cfg)}
	svc, err := service.New(p, serviceConfig(*cfgPath))
	if err != nil {
		return err
	}
	return svc.Run()
}

func serviceConfig(cfgPath string) *service.Config {
	args := []string{"serve"}
	if cfgPath != "" {
		args = append(args, "--config", cfgPath)
	}
	return &service.Config{
		Name:        "agnomed",
		DisplayName: "Agno Medical clinic node",
		Description: "Clinical decision support appliance: case API, offline agents, encrypted store.",
		Arguments:   args,
		Option: service.KeyValue{
			"Restart":           "on-failure",
			"SuccessExitStatus": "0",
			"LimitNOFILE":       65536,
		},
	}
}

const serviceUsage = "usage: agnomed service install|uninstall|start|stop|status [--config FILE]\n\nInstalls or controls agnomed as a system service (systemd on Linux, the Service Control Manager on Windows). Needs root/Administrator.\n\n"

func cmdService(args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			return errUsage{serviceUsage}
		}
		return fmt.Errorf("missing action: install, uninstall, start, stop or status (see --help)")
	}
	action := args[0]
	fs := flags("service", serviceUsage)
	cfgPath := fs.String("config", "", "configuration file the service will use")
	if err := parse(fs, args[1:], serviceUsage); err != nil {
		return err
	}
	svc, err := service.New(&program{}, serviceConfig(*cfgPath))
	if err != nil {
		return err
	}
	switch action {
	case "install", "uninstall", "start", "stop":
		if err := service.Control(svc, action); err != nil {
			return fmt.Errorf("%s: %v", action, err)
		}
		fmt.Printf("service agnomed: %s done\n", action)
		return nil
	case "status":
		st, err := svc.Status()
		if errors.Is(err, service.ErrNotInstalled) {
			return errors.New("service agnomed is not installed (agnomed service install)")
		}
		if err != nil {
			// The init system answers "not running" with a non-zero exit.
			return fmt.Errorf("service agnomed is not running (%v)", err)
		}
		fmt.Println("service agnomed: " + map[service.Status]string{service.StatusRunning: "running", service.StatusStopped: "stopped"}[st] + statusUnknown(st))
		return nil
	}
	return fmt.Errorf("unknown action %q: use install, uninstall, start, stop or status", action)
}

func statusUnknown(st service.Status) string {
	if st == service.StatusRunning || st == service.StatusStopped {
		return ""
	}
	return "unknown"
}
