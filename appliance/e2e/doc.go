// Package e2e holds the appliance's end-to-end tests: they build the real
// agnomed binary once, start it as a child process on free loopback ports
// with a throw-away data directory, and drive it over HTTP and through its
// CLI exactly as clinic staff and clinic IT would. See README.md.
package e2e
