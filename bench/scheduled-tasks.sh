#!/usr/bin/env bash
# Benchmark: N tasks (100,000 by default) scheduled for the same instant, outstanding together.
# For clean figures start from a fresh database: tasks left by an interrupted run still run.
# Prints how fast they were submitted, and once due, how late they started and how long the
# whole batch took. Not a test: it asserts nothing, it prints figures.
#
#   bench/scheduled-tasks.sh [count]                 # H2, the embedded default
#   TASKS_DB=postgresql bench/scheduled-tasks.sh     # PostgreSQL (database eetasks must exist)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${1:-100000}
DB=${TASKS_DB:-h2}
source bench/server.sh

# Due once the submission surely ended: about 400 submissions a second at worst, plus 30 s.
due_millis=$(( $(date +%s%3N) + COUNT * 1000 / 400 + 30000 ))
echo "Submitting $COUNT tasks due at $(date -u -d @$((due_millis / 1000)) +%H:%M:%S) UTC on $DB..."
submission=$(curl -sf -X POST "$API/scheduled?count=$COUNT&dueEpochMillis=$due_millis")

while true; do
    measured=$(curl -sf "$API/measurements")
    started=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["started"])' "$measured")
    [ "$started" -ge "$COUNT" ] && break
    if [ "$(date +%s%3N)" -gt $(( due_millis + 1800000 )) ]; then echo "Gave up: $started of $COUNT started"; exit 1; fi
    sleep 2
done

python3 - "$submission" "$measured" "$due_millis" "$DB" <<'PY'
import json, os, sys
submission, measured, due, db = json.loads(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
count = measured["started"]
drain = (measured["lastStartEpochMillis"] - due) / 1000
print(f"machine: {os.cpu_count()} cores; database: {db}; broker: embedded Artemis")
print(f"submitted {submission['submitted']} scheduled tasks in {submission['millis'] / 1000:.1f} s"
      f" ({submission['perSecond']}/s, 1,000 per transaction)")
print(f"all {count} started {drain:.1f} s after their due time ({count / max(drain, 0.001):.0f} tasks/s)")
if measured["startedFromEarlierRuns"]:
    print(f"note: {measured['startedFromEarlierRuns']} tasks left by earlier runs ran meanwhile; start from a"
          " fresh database (./mvnw clean) for clean figures")
print(f"lateness after the due time: p50 {measured['latenessP50Millis']} ms, p95 {measured['latenessP95Millis']} ms,"
      f" p99 {measured['latenessP99Millis']} ms, max {measured['latenessMaxMillis']} ms")
PY
