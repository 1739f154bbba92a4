// Package config loads the node's configuration: embedded defaults, then one
// YAML file, then AGNOMED_<KEY> environment variables. Unknown keys in either
// place are errors, because a misspelt security setting silently ignored is
// worse than a node that refuses to start.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Config is every key the node understands. The yaml tag is the key; the
// environment variable is AGNOMED_ + the key in upper case.
type Config struct {
	DataDir           string `yaml:"data_dir"`
	Listen            string `yaml:"listen"`
	AdminPassword     string `yaml:"admin_password"`
	AdminPasswordFile string `yaml:"admin_password_file"`
	NodeID            string `yaml:"node_id"`
	ClinicID          string `yaml:"clinic_id"`
	MasterKeyFile     string `yaml:"master_key_file"`
	LogLevel          string `yaml:"log_level"`
	LogFormat         string `yaml:"log_format"`

	TLSCertFile string `yaml:"tls_cert_file"`
	TLSKeyFile  string `yaml:"tls_key_file"`

	MetricsToken     string `yaml:"metrics_token"`
	MetricsTokenFile string `yaml:"metrics_token_file"`

	RaftAddr            string        `yaml:"raft_addr"`
	GossipAddr          string        `yaml:"gossip_addr"`
	Join                string        `yaml:"join"`
	BootstrapExpect     int           `yaml:"bootstrap_expect"`
	RaftHeartbeat       time.Duration `yaml:"raft_heartbeat_timeout"`
	RaftElection        time.Duration `yaml:"raft_election_timeout"`
	RaftLeaderLease     time.Duration `yaml:"raft_leader_lease_timeout"`
	RaftCommit          time.Duration `yaml:"raft_commit_timeout"`
	RaftSnapshotEntries uint64        `yaml:"raft_snapshot_threshold"`
	RaftSnapshotEvery   time.Duration `yaml:"raft_snapshot_interval"`
	RaftTrailingLogs    uint64        `yaml:"raft_trailing_logs"`
	RaftLogSegment      int64         `yaml:"raft_log_segment_bytes"`
	ApplyTimeout        time.Duration `yaml:"apply_timeout"`

	RateLimits          string        `yaml:"rate_limits"` // on|off
	RateLimitAuth       int           `yaml:"rate_limit_auth_per_min"`
	RateLimitCaseCreate int           `yaml:"rate_limit_case_create_per_min"`
	RateLimitCaseRead   int           `yaml:"rate_limit_case_read_per_min"`
	RateLimitKnowledge  int           `yaml:"rate_limit_knowledge_per_min"`
	RateLimitReports    int           `yaml:"rate_limit_reports_per_min"`
	MaxUploadBytes      int64         `yaml:"max_upload_bytes"`
	MaxJSONBytes        int64         `yaml:"max_json_bytes"`
	ShutdownTimeout     time.Duration `yaml:"shutdown_timeout"`

	S3Endpoint      string `yaml:"s3_endpoint"`
	S3Bucket        string `yaml:"s3_bucket"`
	S3AccessKey     string `yaml:"s3_access_key"`
	S3SecretKey     string `yaml:"s3_secret_key"`
	S3SecretKeyFile string `yaml:"s3_secret_key_file"`
}

// Defaults are the embedded defaults: a single node on loopback with data in
// ./data, the seed's rate limits and LAN-tuned raft timeouts.
func Defaults() Config {
	return Config{
		DataDir:             "./data",
		Listen:              "127.0.0.1:8000",
		ClinicID:            "clinic-dev",
		LogLevel:            "info",
		LogFormat:           "text",
		RaftAddr:            "127.0.0.1:8300",
		GossipAddr:          "127.0.0.1:8301",
		BootstrapExpect:     1,
		RaftHeartbeat:       200 * time.Millisecond,
		RaftElection:        200 * time.Millisecond,
		RaftLeaderLease:     100 * time.Millisecond,
		RaftCommit:          5 * time.Millisecond,
		RaftSnapshotEntries: 8192,
		RaftSnapshotEvery:   2 * time.Minute,
		RaftTrailingLogs:    2048,
		RaftLogSegment:      64 << 20,
		ApplyTimeout:        5 * time.Second,
		RateLimits:          "on",
		RateLimitAuth:       5,
		RateLimitCaseCreate: 10,
		RateLimitCaseRead:   60,
		RateLimitKnowledge:  30,
		RateLimitReports:    20,
		MaxUploadBytes:      50 << 20,
		MaxJSONBytes:        1 << 20,
		ShutdownTimeout:     20 * time.Second,
	}
}

// DefaultPath is where an installed node looks for its file (a variable
// only so tests can point it elsewhere).
var DefaultPath = "/etc/agnomed/agnomed.yaml"

// Load builds the configuration. path "" means: AGNOMED_CONFIG if set, else
// DefaultPath if it exists, else defaults only. environ is os.Environ() in
// production and a fixed list in tests.
func Load(path string, environ []string) (Config, error) {
	c := Defaults()
	env := map[string]string{}
	for _, kv := range environ {
		k, v, ok := strings.Cut(kv, "=")
		if ok && strings.HasPrefix(k, "AGNOMED_") {
			env[k] = v
		}
	}
	explicit := path != ""
	if path == "" {
		if p := env["AGNOMED_CONFIG"]; p != "" {
			path, explicit = p, true
		} else {
			path = DefaultPath
		}
	}
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
			return c, fmt.Errorf("config file %s: %v", path, err)
		}
		// A second document ("---") would be silently ignored: refuse it.
		var more yaml.Node
		if err := dec.Decode(&more); err == nil && len(more.Content) > 0 && more.Content[0].Tag != "!!null" {
			return c, fmt.Errorf("config file %s: more than one YAML document; put every key in the first", path)
		} else if err != nil && !errors.Is(err, io.EOF) {
			return c, fmt.Errorf("config file %s: %v", path, err)
		}
	case explicit || !errors.Is(err, os.ErrNotExist):
		return c, fmt.Errorf("config file: %w", err)
	}
	if err := applyEnv(&c, env); err != nil {
		return c, err
	}
	if err := c.resolveFiles(); err != nil {
		return c, err
	}
	return c, c.Validate()
}

// Keys lists every configuration key, sorted, for documentation and errors.
func Keys() []string {
	var out []string
	t := reflect.TypeOf(Config{})
	for i := 0; i < t.NumField(); i++ {
		out = append(out, t.Field(i).Tag.Get("yaml"))
	}
	sort.Strings(out)
	return out
}

func applyEnv(c *Config, env map[string]string) error {
	v := reflect.ValueOf(c).Elem()
	t := v.Type()
	byEnv := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		byEnv["AGNOMED_"+strings.ToUpper(t.Field(i).Tag.Get("yaml"))] = i
	}
	names := make([]string, 0, len(env))
	for k := range env {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if k == "AGNOMED_CONFIG" {
			continue
		}
		i, ok := byEnv[k]
		if !ok {
			return fmt.Errorf("unknown environment variable %s (known keys: %s)", k, strings.Join(Keys(), ", "))
		}
		if err := setField(v.Field(i), env[k]); err != nil {
			return fmt.Errorf("%s: %v", k, err)
		}
	}
	return nil
}

func setField(f reflect.Value, s string) error {
	switch f.Interface().(type) {
	case string:
		f.SetString(s)
	case int, int64:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return fmt.Errorf("want an integer, got %q", s)
		}
		f.SetInt(n)
	case uint64:
		n, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return fmt.Errorf("want a non-negative integer, got %q", s)
		}
		f.SetUint(n)
	case time.Duration:
		d, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("want a duration like 200ms, got %q", s)
		}
		f.SetInt(int64(d))
	default:
		return fmt.Errorf("unsupported type %s", f.Type())
	}
	return nil
}

// resolveFiles reads *_file secrets into their keys.
func (c *Config) resolveFiles() error {
	read := func(path string, dst *string, key string) error {
		if path == "" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		*dst = strings.TrimRight(string(b), "\r\n")
		return nil
	}
	if err := read(c.AdminPasswordFile, &c.AdminPassword, "admin_password_file"); err != nil {
		return err
	}
	if err := read(c.MetricsTokenFile, &c.MetricsToken, "metrics_token_file"); err != nil {
		return err
	}
	return read(c.S3SecretKeyFile, &c.S3SecretKey, "s3_secret_key_file")
}

// Validate checks values that would otherwise fail later and less clearly.
func (c *Config) Validate() error {
	var errs []string
	if c.DataDir == "" {
		errs = append(errs, "data_dir must not be empty")
	}
	if c.Listen == "" {
		errs = append(errs, "listen must not be empty")
	}
	if c.RateLimits != "on" && c.RateLimits != "off" {
		errs = append(errs, "rate_limits must be on or off")
	}
	if c.RaftLogSegment < 4096 {
		errs = append(errs, "raft_log_segment_bytes must be at least 4096")
	}
	if c.BootstrapExpect < 1 {
		errs = append(errs, "bootstrap_expect must be at least 1")
	}
	if (c.TLSCertFile == "") != (c.TLSKeyFile == "") {
		errs = append(errs, "tls_cert_file and tls_key_file go together")
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, "log_format must be text or json")
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"raft_heartbeat_timeout", c.RaftHeartbeat}, {"raft_election_timeout", c.RaftElection}, {"raft_leader_lease_timeout", c.RaftLeaderLease}, {"raft_commit_timeout", c.RaftCommit}, {"apply_timeout", c.ApplyTimeout}, {"raft_snapshot_interval", c.RaftSnapshotEvery}, {"shutdown_timeout", c.ShutdownTimeout}} {
		if d.v <= 0 {
			errs = append(errs, d.name+" must be positive")
		}
	}
	if len(errs) > 0 {
		return errors.New("invalid configuration: " + strings.Join(errs, "; "))
	}
	return nil
}

// RateLimitsOn reports whether request rate limits apply.
func (c *Config) RateLimitsOn() bool { return c.RateLimits != "off" }
