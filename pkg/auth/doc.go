// Package auth holds the appliance's authentication and authorisation
// primitives: argon2id password hashing and the password policy, JWT access
// tokens signed by a rotating keyring, refresh-token and ID generation, and
// the role-based permission table of CONTRACT.md. It stores nothing and
// speaks no HTTP; see DESIGN.md beside this file for the reasons behind each choice.
package auth
