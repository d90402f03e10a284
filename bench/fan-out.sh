#!/usr/bin/env bash
# Benchmark: one parent task submits N children (10,000 by default) in its own transaction, then
# waits for them; the last child to finish decides it. Prints how long the whole fan-out and fan-in
# took and checks that the parent was decided exactly once. Not a test: it prints figures.
#
#   bench/fan-out.sh [children]                 # H2, the embedded default
#   TASKS_DB=postgresql bench/fan-out.sh        # PostgreSQL (database eetasks must exist)
set -euo pipefail
cd "$(dirname "$0")/.."

CHILDREN=${1:-10000}
DB=${TASKS_DB:-h2}
source bench/server.sh

echo "One parent with $CHILDREN children on $DB..."
parent=$(curl -sf -X POST "$API/fan-out?children=$CHILDREN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["parent"])')
started_at=$(date +%s)
while true; do
    state=$(curl -sf "$API/fan-out/$parent")
    status=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$state")
    case "$status" in COMPLETED|FAILED|CANCELLED) break ;; esac
    if [ $(( $(date +%s) - started_at )) -gt 3600 ]; then echo "Gave up: parent still $status"; exit 1; fi
    sleep 1
done
sleep 3   # a second decision, if there were one, would show by now
state=$(curl -sf "$API/fan-out/$parent")

python3 - "$state" "$(curl -sf "$API/measurements")" "$CHILDREN" "$DB" <<'PY'
import json, os, sys
state, measured, children, db = json.loads(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
total = (state["completedEpochMillis"] - state["createdEpochMillis"]) / 1000
print(f"machine: {os.cpu_count()} cores; database: {db}; broker: embedded Artemis")
print(f"parent {state['status']} {total:.1f} s after it was submitted: {children} children"
      f" ({children / max(total, 0.001):.0f} children/s, submission included)")
print(f"children started: {state['childrenStarted']}; first {measured['firstStartEpochMillis'] - state['createdEpochMillis']} ms,"
      f" last {measured['lastStartEpochMillis'] - state['createdEpochMillis']} ms after the parent was submitted")
print(f"parent decided {state['decisions']} time(s)" + ("" if state["decisions"] == 1 else "  <-- WRONG"))
PY
