#!/usr/bin/env bash
# Case-creation throughput: 3-node cluster (connections spread over all
# nodes; followers forward to the leader) against one node, 100 connections,
# rate limits off. Usage: scripts/bench-cluster.sh [loadgen flags]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
export AGNOMED_ADMIN_PASSWORD='Bench-Clinic!Pass#2026' AGNOMED_RATE_LIMITS=off
bin/agnomed keys generate >"$dir/master.key"
base=$((20000 + RANDOM % 20000))
wait_up() { for _ in $(seq 150); do curl -fs "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0; sleep 0.2; done; echo "node on $1 did not start" >&2; return 1; }
join="127.0.0.1:$((base+21)),127.0.0.1:$((base+22)),127.0.0.1:$((base+23))"
for i in 1 2 3; do
  mkdir -p "$dir/n$i"
  AGNOMED_DATA_DIR=$dir/n$i AGNOMED_NODE_ID=n$i AGNOMED_MASTER_KEY_FILE=$dir/master.key \
  AGNOMED_LISTEN=127.0.0.1:$((base+i)) AGNOMED_RAFT_ADDR=127.0.0.1:$((base+10+i)) AGNOMED_GOSSIP_ADDR=127.0.0.1:$((base+20+i)) \
  AGNOMED_JOIN=$join AGNOMED_BOOTSTRAP_EXPECT=3 bin/agnomed serve >"$dir/n$i.log" 2>&1 &
  pids+=($!)
done
for i in 1 2 3; do wait_up $((base+i)); done
sleep 2
echo "== 3-node cluster"
go run ./tools/loadgen -url "http://127.0.0.1:$((base+1)),http://127.0.0.1:$((base+2)),http://127.0.0.1:$((base+3))" -c 100 -d 20s "$@"
for p in "${pids[@]}"; do kill "$p"; done; wait 2>/dev/null || true; pids=()
mkdir -p "$dir/single"
AGNOMED_DATA_DIR=$dir/single AGNOMED_LISTEN=127.0.0.1:$((base+4)) AGNOMED_RAFT_ADDR=127.0.0.1:$((base+14)) AGNOMED_GOSSIP_ADDR=127.0.0.1:$((base+24)) \
  bin/agnomed serve >"$dir/single.log" 2>&1 &
pids+=($!)
wait_up $((base+4))
echo "== single node"
go run ./tools/loadgen -url "http://127.0.0.1:$((base+4))" -c 100 -d 20s "$@"
