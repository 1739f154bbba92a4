package store

// schema is applied on every open; statements are idempotent. PHI lives only
// in *_ct columns (AES-256-GCM under the patient's data key). patient_ref is
// a keyed pseudonym, also used as the blind index for patient_id filters.
var schema = []string{
	`CREATE TABLE IF NOT EXISTS meta (k VARCHAR PRIMARY KEY, v VARCHAR NOT NULL)`,
	// fsm_state is one row, updated in every apply transaction; no index,
	// so the update costs next to nothing.
	`CREATE TABLE IF NOT EXISTS fsm_state (applied_index UBIGINT NOT NULL, audit_seq BIGINT NOT NULL, audit_hash VARCHAR NOT NULL, outbox_seq BIGINT NOT NULL)`,
	`INSERT INTO fsm_state SELECT 0, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0 WHERE NOT EXISTS (SELECT 1 FROM fsm_state)`,
	`CREATE TABLE IF NOT EXISTS users (
		user_id VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, role VARCHAR NOT NULL,
		password_hash VARCHAR NOT NULL, disabled BOOLEAN NOT NULL DEFAULT false,
		created_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS sessions (
		session_id VARCHAR PRIMARY KEY, user_id VARCHAR NOT NULL, refresh_hash VARCHAR NOT NULL,
		created_at TIMESTAMPTZ NOT NULL, last_seen TIMESTAMPTZ NOT NULL, expires_at TIMESTAMPTZ NOT NULL,
		revoked_at TIMESTAMPTZ, revoke_reason VARCHAR)`,
	`CREATE TABLE IF NOT EXISTS refresh_used (hash VARCHAR NOT NULL, session_id VARCHAR NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS jwt_keys (kid VARCHAR PRIMARY KEY, wrapped BLOB NOT NULL, created_at TIMESTAMPTZ NOT NULL, retired_at TIMESTAMPTZ)`,
	`CREATE TABLE IF NOT EXISTS login_failures (username VARCHAR NOT NULL, failed_at TIMESTAMPTZ NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS patient_keys (key_id VARCHAR PRIMARY KEY, patient_ref VARCHAR NOT NULL, wrapped BLOB NOT NULL, created_at TIMESTAMPTZ NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS erasures (patient_ref VARCHAR NOT NULL, case_id VARCHAR, erased_by VARCHAR, erased_at TIMESTAMPTZ NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS cases (
		case_id VARCHAR PRIMARY KEY, patient_ref VARCHAR NOT NULL, key_id VARCHAR NOT NULL,
		status VARCHAR NOT NULL, priority VARCHAR NOT NULL, language VARCHAR NOT NULL,
		created_by VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL,
		completed_at TIMESTAMPTZ, deleted_at TIMESTAMPTZ, specialties VARCHAR,
		urgency VARCHAR, input_ct BLOB, analysis_ct BLOB)`,
	`CREATE TABLE IF NOT EXISTS documents (
		document_id VARCHAR PRIMARY KEY, case_id VARCHAR NOT NULL, patient_ref VARCHAR NOT NULL, key_id VARCHAR NOT NULL,
		filename_ct BLOB, content_type VARCHAR NOT NULL, size BIGINT NOT NULL, status VARCHAR NOT NULL,
		pages INTEGER, method VARCHAR, quality DOUBLE, error VARCHAR,
		content_ct BLOB, result_ct BLOB, created_at TIMESTAMPTZ NOT NULL, deleted_at TIMESTAMPTZ)`,
	`CREATE TABLE IF NOT EXISTS audit_log (
		seq BIGINT PRIMARY KEY, entry_id VARCHAR NOT NULL, ts TIMESTAMPTZ NOT NULL, user_id VARCHAR, role VARCHAR,
		action VARCHAR NOT NULL, case_id VARCHAR, patient_ref VARCHAR, ip VARCHAR, user_agent VARCHAR,
		result VARCHAR NOT NULL, reason VARCHAR, prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL)`,
	// knowledge_docs holds administrators' uploads to the knowledge base
	// (guidelines, protocols: not PHI, stored in clear); report_settings the
	// physician's report choices per case (knowledge.go).
	`CREATE TABLE IF NOT EXISTS knowledge_docs (document_id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, specialty VARCHAR NOT NULL,
		source VARCHAR NOT NULL, language VARCHAR NOT NULL, filename VARCHAR, content_type VARCHAR, text VARCHAR NOT NULL,
		added_by VARCHAR, added_at TIMESTAMPTZ NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS report_settings (case_id VARCHAR PRIMARY KEY, language VARCHAR NOT NULL, include_evidence BOOLEAN NOT NULL,
		include_identifiers BOOLEAN NOT NULL, updated_by VARCHAR, updated_at TIMESTAMPTZ NOT NULL)`,
	// removed_nodes: a node removed from the cluster may not come back with
	// its old state (it must be wiped and join as a new node).
	`CREATE TABLE IF NOT EXISTS removed_nodes (node_id VARCHAR NOT NULL, removed_at TIMESTAMPTZ NOT NULL)`,
	// outbox holds PHI-free events for the hub syncer (sync issue).
	`CREATE TABLE IF NOT EXISTS outbox (seq BIGINT PRIMARY KEY, created_at TIMESTAMPTZ NOT NULL, kind VARCHAR NOT NULL,
		case_id VARCHAR, patient_ref VARCHAR, body VARCHAR)`,
}
