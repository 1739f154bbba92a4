#!/usr/bin/env bash
# Vignette evaluation through the API: a fresh single node (temporary data
# dir, free ports, rate limits off), every vignette posted as a case and
# polled until the agents are done, the metrics printed with the p95
# create→done latency, then the node stopped and its data removed.
# Usage: scripts/vignette-eval.sh [vignetteeval flags, e.g. -split odd -v -c 4]
set -euo pipefail
cd "$(dirname "$0")/.."
VIGNETTES=${VIGNETTES:-../shared/data/vignettes/dev.jsonl}
[ -f "$VIGNETTES" ] || { echo "vignette-eval: no vignettes at $VIGNETTES (set VIGNETTES=FILE)" >&2; exit 1; }
[ -x bin/agnomed ] || { echo "vignette-eval: bin/agnomed missing: run make build" >&2; exit 1; }
dir=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
# A port nobody answers on (bash's /dev/tcp: no extra tools needed).
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
port=$(free_port); raft=$(free_port); gossip=$(free_port)
export AGNOMED_ADMIN_PASSWORD="Vign3tte-Eval!Pass#$RANDOM"
AGNOMED_DATA_DIR=$dir AGNOMED_LISTEN=127.0.0.1:$port AGNOMED_RAFT_ADDR=127.0.0.1:$raft AGNOMED_GOSSIP_ADDR=127.0.0.1:$gossip \
  AGNOMED_RATE_LIMITS=off bin/agnomed serve >"$dir/node.log" 2>&1 &
pid=$!
up=
for _ in $(seq 150); do
  if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then up=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$up" ]; then
  echo "vignette-eval: the node did not start; its log:" >&2
  tail -n 30 "$dir/node.log" >&2
  exit 1
fi
go run ./tools/vignetteeval -url "http://127.0.0.1:$port" -data "$VIGNETTES" "$@"
