#!/usr/bin/env bash
# Case-creation benchmark: a fresh single node with rate limits off, then
# tools/loadgen with 100 connections. Prints throughput and latency
# percentiles. Usage: scripts/bench-api.sh [loadgen flags, e.g. -c 100 -d 30s]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
port=$((20000 + RANDOM % 20000))
export AGNOMED_ADMIN_PASSWORD='Bench-Clinic!Pass#2026'
AGNOMED_DATA_DIR=$dir AGNOMED_LISTEN=127.0.0.1:$port AGNOMED_RAFT_ADDR=127.0.0.1:$((port+1)) AGNOMED_GOSSIP_ADDR=127.0.0.1:$((port+2)) \
  AGNOMED_RATE_LIMITS=off bin/agnomed serve >"$dir/node.log" 2>&1 &
pid=$!
for _ in $(seq 150); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; kill -0 $pid 2>/dev/null || { cat "$dir/node.log" >&2; exit 1; }; sleep 0.2; done
go run ./tools/loadgen -url "http://127.0.0.1:$port" -c 100 -d 20s "$@"
