package metrics

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The shipped alert rules must load in Prometheus and use only metric
// families the node exports, or the alerts silently never fire.
func TestShippedAlertRules(t *testing.T) {
	path := filepath.Join("..", "..", "deploy", "monitoring", "agnomed-alerts.yml")
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		t.Fatal("promtool not found: apt-get install prometheus")
	}
	if out, err := exec.Command(promtool, "check", "rules", path).CombinedOutput(); err != nil {
		t.Fatalf("promtool check rules: %v\n%s", err, out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := New()
	m.InitRoute("GET", "/health", "200") // request families appear with their routes
	families, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, f := range families {
		known[f.GetName()] = true
	}
	for _, name := range regexp.MustCompile(`\b([a-z_]+_(?:total|seconds|state|bucket|index))\b`).FindAllString(string(data), -1) {
		base := strings.TrimSuffix(name, "_bucket")
		if !known[base] {
			t.Errorf("alert rules use %s, which the node does not export", name)
		}
	}
}
