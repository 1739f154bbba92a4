package e2e

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// TestAuditTamperDetected edits the audit table behind the node's back (as
// someone with disk access could) and checks both the API and the CLI name
// the first entry that no longer fits the hash chain.
func TestAuditTamperDetected(t *testing.T) {
	t.Parallel()
	for _, mode := range []string{"update", "delete"} {
		t.Run(mode, func(t *testing.T) {
			n := startNode(t, nil)
			admin := n.AdminToken(t)
			_, phys := n.UserLogin(t, admin, "physician")
			var cases []string
			for i := 0; i < 3; i++ {
				id := n.CreateCase(t, phys.Access, map[string]any{"patient_id": "pat_t" + string(rune('a'+i))})
				wantStatus(t, n.Do(t, "GET", "/v1/cases/"+id, phys.Access, nil), 200, "read")
				cases = append(cases, id)
			}
			r := n.Do(t, "GET", "/v1/audit/verify", admin, nil)
			if r.Get("ok") != true {
				t.Fatalf("chain not ok before tampering: %s", r)
			}
			n.Stop()

			db, err := sql.Open("duckdb", filepath.Join(n.DataDir, "db", "agnomed.duckdb"))
			if err != nil {
				t.Fatal(err)
			}
			// The target: the creation of the second case, mid-chain.
			var seq int64
			var entryID string
			if err := db.QueryRow(`SELECT seq, entry_id FROM audit_log WHERE action='case.create' AND case_id=?`, cases[1]).Scan(&seq, &entryID); err != nil {
				t.Fatalf("find the entry: %v", err)
			}
			want := entryID
			switch mode {
			case "update":
				if _, err := db.Exec(`UPDATE audit_log SET action='case.list' WHERE seq=?`, seq); err != nil {
					t.Fatal(err)
				}
			case "delete":
				// Removing an entry breaks the link of the one after it.
				if err := db.QueryRow(`SELECT entry_id FROM audit_log WHERE seq=?`, seq+1).Scan(&want); err != nil {
					t.Fatal(err)
				}
				if _, err := db.Exec(`DELETE FROM audit_log WHERE seq=?`, seq); err != nil {
					t.Fatal(err)
				}
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}

			n.Start()
			admin = n.AdminToken(t)
			r = n.Do(t, "GET", "/v1/audit/verify", admin, nil)
			wantStatus(t, r, 200, "verify after tampering")
			first := r.Str("first_bad_entry")
			if r.Get("ok") != false || r.Num("entries") < 5 {
				t.Errorf("%s of entry %s: want ok:false, got %s", mode, entryID, r)
			}
			if first != want && !(mode == "delete" && strings.Contains(first, entryID)) {
				t.Errorf("%s of entry %s (seq %d): first_bad_entry = %q, want %q", mode, entryID, seq, first, want)
			}
			res := runCLI(t, n, "", "audit", "verify")
			if res.Code == 0 {
				t.Errorf("agnomed audit verify exited 0 on a broken chain: %s", res)
			}
			oneLine(t, "audit verify on a broken chain", res.Stderr)
			if !strings.Contains(res.Stderr, want) {
				t.Errorf("agnomed audit verify should name %s: %q", want, res.Stderr)
			}
			// The node keeps working and keeps auditing.
			wantStatus(t, n.Do(t, "GET", "/v1/cases/"+cases[0], phys.Access, nil), 200, "reads after tampering")
		})
	}
}
