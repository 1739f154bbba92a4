#!/usr/bin/env bash
# A 3-node cluster on loopback for trying things out (make cluster).
#   scripts/cluster.sh start        start n1..n3 (API on 127.0.0.1:8001..8003)
#   scripts/cluster.sh status       who leads, per node
#   scripts/cluster.sh kill N       kill -9 node N (watch the others elect a leader)
#   scripts/cluster.sh restart N    start node N again (it catches up)
#   scripts/cluster.sh stop         SIGTERM every node and wait
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cluster
bin=bin/agnomed
export AGNOMED_ADMIN_PASSWORD=${AGNOMED_ADMIN_PASSWORD:-'Clinic-Cluster!Pass#2026'}

start_node() {
  local i=$1
  mkdir -p "$dir/n$i"
  AGNOMED_DATA_DIR=$dir/n$i AGNOMED_NODE_ID=n$i AGNOMED_MASTER_KEY_FILE=$dir/master.key \
  AGNOMED_LISTEN=127.0.0.1:800$i AGNOMED_RAFT_ADDR=127.0.0.1:830$i AGNOMED_GOSSIP_ADDR=127.0.0.1:840$i \
  AGNOMED_JOIN=127.0.0.1:8401,127.0.0.1:8402,127.0.0.1:8403 AGNOMED_BOOTSTRAP_EXPECT=3 \
    nohup "$bin" serve >>"$dir/n$i/node.log" 2>&1 &
  echo $! >"$dir/n$i/pid"
  echo "n$i: pid $(cat "$dir/n$i/pid"), API http://127.0.0.1:800$i, log $dir/n$i/node.log"
}

status() {
  for i in 1 2 3; do
    printf 'n%s: ' "$i"
    curl -s --max-time 2 "http://127.0.0.1:800$i/health" | python3 -c 'import json,sys; d=json.load(sys.stdin); r=d["raft"]; print(d["status"], r["state"], "leader="+r["leader_id"], "applied="+str(r["applied_index"]))' 2>/dev/null || echo down
  done
}

case "${1:-}" in
  start)
    [ -x "$bin" ] || { echo "run make build first" >&2; exit 1; }
    mkdir -p "$dir"
    [ -f "$dir/master.key" ] || { "$bin" keys generate >"$dir/master.key"; chmod 600 "$dir/master.key"; }
    for i in 1 2 3; do start_node "$i"; done
    for _ in $(seq 50); do curl -fs --max-time 1 http://127.0.0.1:8001/health >/dev/null 2>&1 && break; sleep 0.2; done
    status
    echo "admin password: $AGNOMED_ADMIN_PASSWORD"
    ;;
  status) status ;;
  kill) kill -9 "$(cat "$dir/n$2/pid")"; echo "killed n$2" ;;
  restart) start_node "$2" ;;
  stop)
    for i in 1 2 3; do [ -f "$dir/n$i/pid" ] && kill "$(cat "$dir/n$i/pid")" 2>/dev/null || true; done
    for i in 1 2 3; do while [ -f "$dir/n$i/pid" ] && kill -0 "$(cat "$dir/n$i/pid")" 2>/dev/null; do sleep 0.1; done; rm -f "$dir/n$i/pid"; done
    echo "stopped (data kept in $dir; rm -rf $dir for a fresh cluster)"
    ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac
