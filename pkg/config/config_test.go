package config_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/pkg/config"
)

// ---- helpers ---------------------------------------------------------------

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func mustLoad(t *testing.T, path string, environ ...string) config.Config {
	t.Helper()
	c, err := config.Load(path, environ)
	if err != nil {
		t.Fatalf("Load(%q, %q): %v", path, environ, err)
	}
	return c
}

func loadErr(t *testing.T, path string, environ ...string) error {
	t.Helper()
	c, err := config.Load(path, environ)
	if err == nil {
		t.Fatalf("Load(%q, %q) succeeded (%+v), want an error", path, environ, c)
	}
	return err
}

func errMentions(t *testing.T, err error, words ...string) {
	t.Helper()
	for _, w := range words {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not mention %q", err, w)
		}
	}
}

// field returns the Config field for a yaml key, found by tag (not by name),
// so the tests follow the documented key names.
func field(c *config.Config, key string) reflect.Value {
	v := reflect.ValueOf(c).Elem()
	for i := 0; i < v.NumField(); i++ {
		if v.Type().Field(i).Tag.Get("yaml") == key {
			return v.Field(i)
		}
	}
	panic("no config field for key " + key)
}

func envName(key string) string { return "AGNOMED_" + strings.ToUpper(key) }

// noDefaultFile points the installed default path at a file that does not
// exist, so these tests do not depend on the machine's /etc.
func noDefaultFile(t *testing.T) {
	t.Helper()
	old := config.DefaultPath
	config.DefaultPath = filepath.Join(t.TempDir(), "absent.yaml")
	t.Cleanup(func() { config.DefaultPath = old })
}

// ---- defaults ----------------------------------------------------------------

func TestDefaultsMatchTheContract(t *testing.T) {
	d := config.Defaults()
	if err := d.Validate(); err != nil {
		t.Fatalf("embedded defaults do not validate: %v", err)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"data_dir", d.DataDir, "./data"},
		{"listen (loopback, plain HTTP allowed)", d.Listen, "127.0.0.1:8000"},
		{"auth limit 5/min per IP", d.RateLimitAuth, 5},
		{"case creation 10/min", d.RateLimitCaseCreate, 10},
		{"case reads 60/min", d.RateLimitCaseRead, 60},
		{"knowledge 30/min", d.RateLimitKnowledge, 30},
		{"reports 20/min", d.RateLimitReports, 20},
		{"uploads 50 MB", d.MaxUploadBytes, int64(50 << 20)},
		{"rate limits on", d.RateLimitsOn(), true},
		{"single node", d.BootstrapExpect, 1},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: default %v, want %v", c.name, c.got, c.want)
		}
	}
	if d.RaftHeartbeat > time.Second || d.RaftElection > time.Second {
		t.Errorf("raft timeouts %v/%v are not LAN-tuned", d.RaftHeartbeat, d.RaftElection)
	}
	// Defaults are fresh values, not a shared mutable global.
	d.Listen = "changed"
	if config.Defaults().Listen == "changed" {
		t.Fatalf("Defaults() returns shared state")
	}
}

func TestLoadWithoutFileGivesDefaults(t *testing.T) {
	noDefaultFile(t)
	for _, env := range [][]string{nil, {}, {"PATH=/usr/bin", "HOME=/root"}, {"AGNOMED_CONFIG="}} {
		c := mustLoad(t, "", env...)
		if !reflect.DeepEqual(c, config.Defaults()) {
			t.Errorf("Load(\"\", %q) = %+v, want Defaults()", env, c)
		}
	}
}

func TestEmptyOrCommentOnlyFileGivesDefaults(t *testing.T) {
	for _, content := range []string{"", "\n", "# nothing set yet\n", "---\n", "---\n# c\n"} {
		c := mustLoad(t, writeFile(t, "agnomed.yaml", content))
		if !reflect.DeepEqual(c, config.Defaults()) {
			t.Errorf("file %q: got %+v, want defaults", content, c)
		}
	}
}

// ---- the file ------------------------------------------------------------------

func TestFileKeysApplied(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, "agnomed.yaml", `
# clinic node 2
data_dir: `+dir+`
listen: 0.0.0.0:8443
node_id: node-2
clinic_id: clinica-sao-lucas
raft_addr: 10.0.0.2:8300
join: 10.0.0.1:8301,10.0.0.3:8301
bootstrap_expect: 3
raft_heartbeat_timeout: 150ms
raft_election_timeout: 1s
apply_timeout: 1m30s
raft_snapshot_threshold: 100
max_json_bytes: 2048
rate_limits: off
rate_limit_auth_per_min: 7
log_format: json
tls_cert_file: /etc/agnomed/tls.crt
tls_key_file: /etc/agnomed/tls.key
`)
	c := mustLoad(t, p)
	want := config.Defaults()
	want.DataDir = dir
	want.Listen = "0.0.0.0:8443"
	want.NodeID = "node-2"
	want.ClinicID = "clinica-sao-lucas"
	want.RaftAddr = "10.0.0.2:8300"
	want.Join = "10.0.0.1:8301,10.0.0.3:8301"
	want.BootstrapExpect = 3
	want.RaftHeartbeat = 150 * time.Millisecond
	want.RaftElection = time.Second
	want.ApplyTimeout = 90 * time.Second
	want.RaftSnapshotEntries = 100
	want.MaxJSONBytes = 2048
	want.RateLimits = "off" // unquoted YAML "off" must stay the string, not a bool
	want.RateLimitAuth = 7
	want.LogFormat = "json"
	want.TLSCertFile = "/etc/agnomed/tls.crt"
	want.TLSKeyFile = "/etc/agnomed/tls.key"
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("got  %+v\nwant %+v", c, want)
	}
	if c.RateLimitsOn() {
		t.Fatalf("rate_limits: off did not turn limits off")
	}
}

func TestEveryKeyIsAcceptedInTheFile(t *testing.T) {
	for _, key := range config.Keys() {
		t.Run(key, func(t *testing.T) {
			val, env, check := valueFor(t, key)
			var b strings.Builder
			b.WriteString(key + ": " + yamlQuote(val) + "\n")
			for _, kv := range env { // companions (cert needs key)
				k, v, _ := strings.Cut(kv, "=")
				b.WriteString(strings.ToLower(strings.TrimPrefix(k, "AGNOMED_")) + ": " + yamlQuote(v) + "\n")
			}
			c := mustLoad(t, writeFile(t, "agnomed.yaml", b.String()))
			check(t, &c)
		})
	}
}

func yamlQuote(s string) string {
	if _, err := time.ParseDuration(s); err == nil {
		return s
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return `"` + s + `"`
		}
	}
	return s
}

func TestUnknownFileKeyIsAnErrorNamingIt(t *testing.T) {
	for _, key := range []string{"tls_cert_fil", "listen_addr", "Listen", "rate_limit"} {
		p := writeFile(t, "agnomed.yaml", "listen: 127.0.0.1:9000\n"+key+": x\n")
		err := loadErr(t, p)
		errMentions(t, err, key, p)
	}
}

func TestBadFileValues(t *testing.T) {
	for name, content := range map[string]string{
		"int as word":             "bootstrap_expect: three\n",
		"negative uint":           "raft_snapshot_threshold: -1\n",
		"bare number as duration": "raft_heartbeat_timeout: 200\n", // 200 what? must not become 200ns
		"bad duration":            "apply_timeout: soon\n",
		"not a mapping":           "- listen: x\n",
		"bad yaml":                "listen: [\n",
		"nested value":            "listen:\n  host: x\n",
	} {
		t.Run(name, func(t *testing.T) {
			loadErr(t, writeFile(t, "agnomed.yaml", content))
		})
	}
}

func TestSecondYAMLDocumentIsRefused(t *testing.T) {
	// Concatenated files: the second document would otherwise be silently ignored.
	p := writeFile(t, "agnomed.yaml", "listen: 127.0.0.1:9000\n---\ntls_cert_file: /x.crt\ntls_key_file: /x.key\n")
	errMentions(t, loadErr(t, p), "document")
}

func TestAgnomedConfigSelectsTheFile(t *testing.T) {
	p := writeFile(t, "site.yaml", "listen: 127.0.0.1:9100\n")
	c := mustLoad(t, "", "AGNOMED_CONFIG="+p)
	if c.Listen != "127.0.0.1:9100" {
		t.Fatalf("AGNOMED_CONFIG file not used: listen = %q", c.Listen)
	}
	// An explicit path wins over AGNOMED_CONFIG.
	q := writeFile(t, "flag.yaml", "listen: 127.0.0.1:9200\n")
	c = mustLoad(t, q, "AGNOMED_CONFIG="+p)
	if c.Listen != "127.0.0.1:9200" {
		t.Fatalf("--config path did not win over AGNOMED_CONFIG: listen = %q", c.Listen)
	}
}

func TestExplicitMissingFileIsAnError(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	err := loadErr(t, missing)
	errMentions(t, err, "nope.yaml")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error %v does not wrap os.ErrNotExist", err)
	}
	err = loadErr(t, "", "AGNOMED_CONFIG="+missing)
	errMentions(t, err, "nope.yaml")
}

func TestUnreadableFileIsAnError(t *testing.T) {
	// A directory where the file should be.
	loadErr(t, t.TempDir())
}

// ---- environment ------------------------------------------------------------------

func TestEnvOverridesFile(t *testing.T) {
	p := writeFile(t, "agnomed.yaml", "listen: 127.0.0.1:9000\nnode_id: from-file\nbootstrap_expect: 3\n")
	c := mustLoad(t, p, "AGNOMED_LISTEN=127.0.0.1:9999", "AGNOMED_BOOTSTRAP_EXPECT=5")
	if c.Listen != "127.0.0.1:9999" || c.BootstrapExpect != 5 {
		t.Fatalf("env did not override the file: listen=%q bootstrap_expect=%d", c.Listen, c.BootstrapExpect)
	}
	if c.NodeID != "from-file" {
		t.Fatalf("a file key the env did not set was lost: node_id=%q", c.NodeID)
	}
}

func TestUnknownEnvVarIsAnErrorNamingIt(t *testing.T) {
	for _, name := range []string{"AGNOMED_LISTEN_ADDR", "AGNOMED_TLS_CERT", "AGNOMED_", "AGNOMED_listen"} {
		err := loadErr(t, "", name+"=x")
		errMentions(t, err, name)
	}
}

func TestOtherEnvIsIgnored(t *testing.T) {
	noDefaultFile(t)
	c := mustLoad(t, "", "PATH=/bin", "AGNOMEDX=1", "agnomed_listen=x", "NOEQUALS", "MY_AGNOMED_LISTEN=y", "=AGNOMED_LISTEN")
	if !reflect.DeepEqual(c, config.Defaults()) {
		t.Fatalf("foreign variables changed the config: %+v", c)
	}
}

func TestContractEnvVarsAreKeys(t *testing.T) {
	noDefaultFile(t)
	// CONTRACT.md: variables every deployment, script and test may rely on.
	contract := []string{"DATA_DIR", "LISTEN", "ADMIN_PASSWORD", "NODE_ID", "RAFT_ADDR", "GOSSIP_ADDR",
		"JOIN", "BOOTSTRAP_EXPECT", "MASTER_KEY_FILE", "RATE_LIMITS", "S3_ENDPOINT", "S3_BUCKET",
		"S3_ACCESS_KEY", "S3_SECRET_KEY", "CLINIC_ID"}
	keys := config.Keys()
	for _, v := range contract {
		if !slices.Contains(keys, strings.ToLower(v)) {
			t.Errorf("AGNOMED_%s is in the contract but %q is not a config key", v, strings.ToLower(v))
		}
	}
	// AGNOMED_CONFIG is accepted although it is not a key in the file.
	p := writeFile(t, "c.yaml", "")
	mustLoad(t, "", "AGNOMED_CONFIG="+p)
}

func TestKeysAreSortedUniqueAndComplete(t *testing.T) {
	keys := config.Keys()
	if !slices.IsSorted(keys) {
		t.Errorf("Keys() not sorted: %v", keys)
	}
	if len(slices.Compact(slices.Clone(keys))) != len(keys) {
		t.Errorf("Keys() has duplicates: %v", keys)
	}
	if n := reflect.TypeOf(config.Config{}).NumField(); len(keys) != n {
		t.Errorf("Keys() lists %d keys, Config has %d fields", len(keys), n)
	}
	for _, k := range keys {
		if k == "" || k != strings.ToLower(k) || strings.ContainsAny(k, " -,") {
			t.Errorf("key %q is not a lower_snake_case name", k)
		}
	}
}

// valueFor returns a valid value for key as text, extra env entries it needs,
// and a check that the loaded config holds it.
func valueFor(t *testing.T, key string) (string, []string, func(*testing.T, *config.Config)) {
	t.Helper()
	var c config.Config
	f := field(&c, key)
	switch key {
	case "rate_limits":
		return "off", nil, func(t *testing.T, c *config.Config) {
			if c.RateLimits != "off" || c.RateLimitsOn() {
				t.Errorf("rate_limits = %q", c.RateLimits)
			}
		}
	case "log_format":
		return "json", nil, func(t *testing.T, c *config.Config) {
			if c.LogFormat != "json" {
				t.Errorf("log_format = %q", c.LogFormat)
			}
		}
	case "tls_cert_file", "tls_key_file":
		other := map[string]string{"tls_cert_file": "tls_key_file", "tls_key_file": "tls_cert_file"}[key]
		return "/srv/" + key, []string{envName(other) + "=/srv/" + other}, func(t *testing.T, c *config.Config) {
			if got := field(c, key).String(); got != "/srv/"+key {
				t.Errorf("%s = %q", key, got)
			}
		}
	case "admin_password_file", "metrics_token_file", "s3_secret_key_file":
		secret := "s3cr3t for " + key
		p := writeFile(t, key, secret+"\n")
		target := strings.TrimSuffix(key, "_file")
		return p, nil, func(t *testing.T, c *config.Config) {
			if got := field(c, key).String(); got != p {
				t.Errorf("%s = %q, want %q", key, got, p)
			}
			if got := field(c, target).String(); got != secret {
				t.Errorf("%s read from %s = %q, want %q", target, key, got, secret)
			}
		}
	}
	switch f.Interface().(type) {
	case string:
		val := "value-for-" + key
		return val, nil, func(t *testing.T, c *config.Config) {
			if got := field(c, key).String(); got != val {
				t.Errorf("%s = %q, want %q", key, got, val)
			}
		}
	case time.Duration:
		return "150ms", nil, func(t *testing.T, c *config.Config) {
			if got := time.Duration(field(c, key).Int()); got != 150*time.Millisecond {
				t.Errorf("%s = %v, want 150ms", key, got)
			}
		}
	case int, int64:
		return "4242", nil, func(t *testing.T, c *config.Config) {
			if got := field(c, key).Int(); got != 4242 {
				t.Errorf("%s = %d, want 4242", key, got)
			}
		}
	case uint64:
		return "4243", nil, func(t *testing.T, c *config.Config) {
			if got := field(c, key).Uint(); got != 4243 {
				t.Errorf("%s = %d, want 4243", key, got)
			}
		}
	}
	t.Fatalf("test has no value for key %q of type %s", key, f.Type())
	return "", nil, nil
}

func TestEveryKeyIsSettableByEnv(t *testing.T) {
	for _, key := range config.Keys() {
		t.Run(key, func(t *testing.T) {
			val, extra, check := valueFor(t, key)
			env := append([]string{envName(key) + "=" + val}, extra...)
			// Through the file too, so the env value must win over it.
			p := writeFile(t, "agnomed.yaml", "")
			c := mustLoad(t, p, env...)
			check(t, &c)
		})
	}
}

func TestEnvValueTypes(t *testing.T) {
	c := mustLoad(t, writeFile(t, "c.yaml", ""),
		"AGNOMED_RAFT_ELECTION_TIMEOUT=1m30s",
		"AGNOMED_BOOTSTRAP_EXPECT= 3 ",
		"AGNOMED_MAX_UPLOAD_BYTES=104857600",
		"AGNOMED_RAFT_TRAILING_LOGS=18446744073709551615",
		"AGNOMED_JOIN=10.0.0.1:8301,10.0.0.2:8301",
		"AGNOMED_ADMIN_PASSWORD=with spaces = and equals ",
	)
	if c.RaftElection != 90*time.Second || c.BootstrapExpect != 3 || c.MaxUploadBytes != 100<<20 || c.RaftTrailingLogs != 1<<64-1 {
		t.Fatalf("typed env values: %v %d %d %d", c.RaftElection, c.BootstrapExpect, c.MaxUploadBytes, c.RaftTrailingLogs)
	}
	if c.Join != "10.0.0.1:8301,10.0.0.2:8301" {
		t.Fatalf("join = %q", c.Join)
	}
	if c.AdminPassword != "with spaces = and equals " {
		t.Fatalf("admin_password = %q: string values must be taken verbatim", c.AdminPassword)
	}
}

func TestEnvWrongTypeNamesTheVariable(t *testing.T) {
	bad := map[string][]string{}
	var c config.Config
	for _, key := range config.Keys() {
		switch field(&c, key).Interface().(type) {
		case time.Duration:
			bad[key] = []string{"150", "soon", "", "1.5.s"}
		case int, int64:
			bad[key] = []string{"abc", "1.5", "", "99999999999999999999", "0x10"}
		case uint64:
			bad[key] = []string{"-1", "abc", "", "1e3"}
		}
	}
	if len(bad) < 10 {
		t.Fatalf("found only %d typed keys; the table is broken", len(bad))
	}
	for key, vals := range bad {
		for _, v := range vals {
			name := envName(key)
			err := loadErr(t, "", name+"="+v)
			errMentions(t, err, name)
		}
	}
}

// ---- *_file secrets ---------------------------------------------------------------

func TestSecretFiles(t *testing.T) {
	pairs := map[string]func(c *config.Config) string{
		"admin_password_file": func(c *config.Config) string { return c.AdminPassword },
		"metrics_token_file":  func(c *config.Config) string { return c.MetricsToken },
		"s3_secret_key_file":  func(c *config.Config) string { return c.S3SecretKey },
	}
	contents := map[string]string{
		"s3cr3t\n":          "s3cr3t",
		"s3cr3t\r\n":        "s3cr3t",
		"s3cr3t":            "s3cr3t",
		"s3cr3t\n\n":        "s3cr3t",
		" spaced secret \n": " spaced secret ", // only the line end is trimmed
	}
	for key, get := range pairs {
		for content, want := range contents {
			p := writeFile(t, "secret", content)
			// via env
			c := mustLoad(t, writeFile(t, "c.yaml", ""), envName(key)+"="+p)
			if got := get(&c); got != want {
				t.Errorf("%s (env) with %q: got %q, want %q", key, content, got, want)
			}
			// via the file
			c = mustLoad(t, writeFile(t, "c.yaml", key+": "+p+"\n"))
			if got := get(&c); got != want {
				t.Errorf("%s (yaml) with %q: got %q, want %q", key, content, got, want)
			}
		}
		missing := filepath.Join(t.TempDir(), "absent")
		err := loadErr(t, writeFile(t, "c.yaml", ""), envName(key)+"="+missing)
		errMentions(t, err, key)
	}
}

func TestSecretFileErrorDoesNotLeakOtherSecrets(t *testing.T) {
	err := loadErr(t, writeFile(t, "c.yaml", ""),
		"AGNOMED_S3_ACCESS_KEY=AKIAEXAMPLEEXAMPLE",
		"AGNOMED_ADMIN_PASSWORD=TopSecretPassw0rd",
		"AGNOMED_METRICS_TOKEN_FILE="+filepath.Join(t.TempDir(), "absent"))
	for _, s := range []string{"AKIAEXAMPLEEXAMPLE", "TopSecretPassw0rd"} {
		if strings.Contains(err.Error(), s) {
			t.Errorf("error %q leaks a secret", err)
		}
	}
}

// ---- validation -------------------------------------------------------------------

func TestValidateErrors(t *testing.T) {
	cases := []struct {
		name  string
		env   []string
		words []string
	}{
		{"rate_limits maybe", []string{"AGNOMED_RATE_LIMITS=maybe"}, []string{"rate_limits"}},
		{"rate_limits OFF", []string{"AGNOMED_RATE_LIMITS=OFF"}, []string{"rate_limits"}},
		{"bootstrap_expect 0", []string{"AGNOMED_BOOTSTRAP_EXPECT=0"}, []string{"bootstrap_expect"}},
		{"bootstrap_expect -1", []string{"AGNOMED_BOOTSTRAP_EXPECT=-1"}, []string{"bootstrap_expect"}},
		{"cert without key", []string{"AGNOMED_TLS_CERT_FILE=/x.crt"}, []string{"tls_cert_file", "tls_key_file"}},
		{"key without cert", []string{"AGNOMED_TLS_KEY_FILE=/x.key"}, []string{"tls_cert_file", "tls_key_file"}},
		{"log_format xml", []string{"AGNOMED_LOG_FORMAT=xml"}, []string{"log_format"}},
		{"empty data_dir", []string{"AGNOMED_DATA_DIR="}, []string{"data_dir"}},
		{"empty listen", []string{"AGNOMED_LISTEN="}, []string{"listen"}},
		{"two at once", []string{"AGNOMED_LOG_FORMAT=xml", "AGNOMED_RATE_LIMITS=maybe"}, []string{"log_format", "rate_limits"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := loadErr(t, writeFile(t, "c.yaml", ""), tc.env...)
			errMentions(t, err, tc.words...)
		})
	}
}

func TestValidateRefusesNonPositiveDurations(t *testing.T) {
	var c config.Config
	n := 0
	for _, key := range config.Keys() {
		if _, ok := field(&c, key).Interface().(time.Duration); !ok {
			continue
		}
		n++
		for _, v := range []string{"0s", "0", "-1s"} {
			t.Run(key+"="+v, func(t *testing.T) {
				err := loadErr(t, writeFile(t, "c.yaml", ""), envName(key)+"="+v)
				errMentions(t, err, key)
			})
		}
		// And through Validate directly.
		d := config.Defaults()
		field(&d, key).SetInt(0)
		if err := d.Validate(); err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("Validate with %s=0: %v, want an error naming it", key, err)
		}
	}
	if n < 6 {
		t.Fatalf("found only %d duration keys", n)
	}
}

func TestValidateAcceptsBothTLSFiles(t *testing.T) {
	c := mustLoad(t, writeFile(t, "c.yaml", ""), "AGNOMED_TLS_CERT_FILE=/x.crt", "AGNOMED_TLS_KEY_FILE=/x.key")
	if c.TLSCertFile != "/x.crt" || c.TLSKeyFile != "/x.key" {
		t.Fatalf("tls files: %q %q", c.TLSCertFile, c.TLSKeyFile)
	}
}

func TestRateLimitsOn(t *testing.T) {
	for v, want := range map[string]bool{"on": true, "off": false} {
		c := mustLoad(t, writeFile(t, "c.yaml", ""), "AGNOMED_RATE_LIMITS="+v)
		if c.RateLimitsOn() != want {
			t.Errorf("rate_limits=%s: RateLimitsOn() = %v", v, c.RateLimitsOn())
		}
	}
}
