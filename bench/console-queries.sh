#!/usr/bin/env bash
# Benchmark: how fast the console's API answers with 1,000,000 tasks in PostgreSQL.
# Fills a database of its own (eetasks_console, dropped and created again) with synthetic finished
# and scheduled tasks, each with a label (and some with two), starts the local WildFly on it with ports moved by 200 (so it can run beside
# another server), and times the overview, filtered list pages (first and deep) and a detail page.
# Not a test: it prints figures.
#
#   bench/console-queries.sh [rows]      # 1,000,000 by default; needs PostgreSQL on 127.0.0.1:5432
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-1000000}
DB_NAME=eetasks_console
OFFSET=200
SERVER=tasks-server/target/server
BASE=tasks-bench/target/console-server
API=http://localhost:$((8080 + OFFSET))/tasks-admin/api
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

./mvnw -q -B install -DskipTests -Dtasks.db=postgresql
$PSQL -d test -c "drop database if exists $DB_NAME" -c "create database $DB_NAME"

rm -rf "$BASE" && mkdir -p "$BASE/deployments"
cp -r "$SERVER/standalone/configuration" "$BASE/configuration"
sed -i 's#<deployments>.*</deployments>##' "$BASE/configuration/standalone.xml"
cp tasks-ear/target/tasks-ear.ear "$BASE/deployments/"
JBOSS_HOME="$SERVER" "$SERVER/bin/standalone.sh" -Djboss.server.base.dir="$PWD/$BASE" \
    -Djboss.socket.binding.port-offset=$OFFSET -Dtasks.db.name=$DB_NAME \
    -Djboss.node.name=console-bench > "$BASE/console.log" 2>&1 &
trap '"$SERVER/bin/jboss-cli.sh" -c --controller=localhost:$((9990 + OFFSET)) --command=:shutdown >/dev/null 2>&1 || true' EXIT
until curl -sf -u viewer:viewer "$API/me" >/dev/null; do sleep 1; done

echo "Filling $DB_NAME with $ROWS tasks..."
start=$(date +%s)
$PSQL -d $DB_NAME <<SQL
insert into eet_task (id, name, application, status, payload, result, error_type, error_message,
                      error_stack, attempt, max_attempts, scheduled_at, started_at, completed_at, created_at,
                      updated_at, node, parent_id, root_id, version, attempt_offset, cancel_requested,
                      retry_initial_ms, retry_multiplier, retry_max_ms, retry_jitter, joins_parent, pending_children)
select id, 'bench.task-' || (n % 50), 'app-' || (n % 5), status, '["payload ' || n || '"]',
       case when status = 'COMPLETED' then '"done"' end,
       case when status = 'FAILED' then 'java.lang.IllegalStateException' end,
       case when status = 'FAILED' then 'failure of task ' || n end,
       case when status = 'FAILED' then 'java.lang.IllegalStateException: failure of task ' || n || E'\n\tat bench.Task.run(Task.java:1)' end,
       1, 3, case when status = 'SCHEDULED' then now() + interval '30 days' end,
       created + interval '1 second', case when status <> 'SCHEDULED' then created + interval '2 seconds' end,
       created, created, 'console-bench', null, id, 1, 0, false, 1000, 2, 60000, 0.1, false, 0
from (select gen_random_uuid() as id, n,
             now() - (n * interval '2 seconds') as created,
             case when n % 100 < 90 then 'COMPLETED' when n % 100 < 95 then 'FAILED'
                  when n % 100 < 98 then 'CANCELLED' else 'SCHEDULED' end as status
      from generate_series(1, $ROWS) as n) as rows;
-- Labels: a tenant on every task (100 tenants, 1 % each), "vip" on 0.1 %.
update eet_task set labels = 'tenant-' || (abs(hashtext(id::text)) % 100)
    || case when abs(hashtext(id::text || 'v')) % 1000 = 0 then ',vip' else '' end;
insert into eet_task_label (label, created_at, task_id)
select label, created_at, id from eet_task, unnest(string_to_array(labels, ',')) as label;
analyze eet_task;
analyze eet_task_label;
SQL
echo "  filled in $(( $(date +%s) - start )) s"

failed_id=$($PSQL -d $DB_NAME -t -A -c "select id from eet_task where status = 'FAILED' order by created_at desc limit 1")

# Median of 5 answers, in milliseconds.
time_ms() {
    for _ in 1 2 3 4 5; do
        curl -s -o /dev/null -w '%{time_total}\n' -u viewer:viewer "$API/$1"
    done | sort -n | sed -n 3p | awk '{ printf "%.0f", $1 * 1000 }'
}

# The keyset cursor after 100 pages of 50 of a filtered list (its filter as query parameters).
cursor_after_100_pages() {
    local cursor=""
    for _ in $(seq 1 100); do
        cursor=$(curl -s -u viewer:viewer "$API/tasks?$1&limit=50${cursor:+&after=$cursor}" \
            | python3 -c 'import json,sys; print(json.load(sys.stdin).get("next",""))')
    done
    echo "$cursor"
}

first_overview=$(curl -s -o /dev/null -w '%{time_total}' -u viewer:viewer "$API/overview" | awk '{ printf "%.0f", $1 * 1000 }')
cursor=$(cursor_after_100_pages status=FAILED)

echo "machine: $(nproc) cores; database: PostgreSQL, $ROWS tasks; one WildFly node"
echo "overview, first (with the full count by status and name): ${first_overview} ms"
echo "overview, within its 2 s freshness: $(time_ms overview) ms"
refreshes=$(for _ in 1 2 3; do
    sleep 2.2
    curl -s -o /dev/null -w '%{time_total}\n' -u viewer:viewer "$API/overview"
done | sort -n | sed -n 2p | awk '{ printf "%.0f", $1 * 1000 }')
echo "overview, refreshed every 2 s (unfinished tasks and the last hour; totals counted once a minute): ${refreshes} ms"
echo "task list, first page of 50, no filter: $(time_ms 'tasks?limit=50') ms"
echo "task list, FAILED of one name, first page: $(time_ms 'tasks?status=FAILED&name=bench.task-7&limit=50') ms"
echo "task list, FAILED, page 101 (keyset cursor): $(time_ms "tasks?status=FAILED&limit=50&after=$cursor") ms"
echo "task list, text search on names: $(time_ms 'tasks?q=task-4&limit=50') ms"
echo "task list, one id: $(time_ms "tasks?q=$failed_id") ms"
label_cursor=$(cursor_after_100_pages label=tenant-7)
echo "task list, one label of 1 % (tenant-7), first page: $(time_ms 'tasks?label=tenant-7&limit=50') ms"
echo "task list, one label of 1 %, page 101 (keyset cursor): $(time_ms "tasks?label=tenant-7&limit=50&after=$label_cursor") ms"
echo "task list, one label of 0.1 % (vip), first page: $(time_ms 'tasks?label=vip&limit=50') ms"
echo "task list, FAILED with one label of 1 %, first page: $(time_ms 'tasks?label=tenant-7&status=FAILED&limit=50') ms"
echo "task list, priority 9 (none has it): $(time_ms 'tasks?priority=9&limit=50') ms"
echo "task detail: $(time_ms "tasks/$failed_id") ms"
