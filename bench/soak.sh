#!/usr/bin/env bash
# Soak: two clustered WildFly nodes (embedded Artemis brokers clustered, standalone-full-ha.xml) on
# PostgreSQL, kept busy at a steady rate for a while as faults hit them at random: kill -9 of a node,
# a graceful stop (SIGTERM), each followed by a restart, or the node's AMQP acceptor stopped for 20 s.
# Then it waits until every task of the run has finished and counts, from the database, what happened
# to each one. Not a test: it prints figures, and exits non-zero if a task was lost or ran twice (by
# its status, or by the runs it recorded).
#
#   bench/soak.sh                                 # 10 minutes, 100 tasks/s, a fault a minute
#   SOAK_MINUTES=2 FAULT_EVERY=30 bench/soak.sh   # a quick look
#
# Knobs: SOAK_MINUTES (10), RATE (100 submissions/s, half to each node), FAULT_EVERY (60 s between
# faults, and at least half of that after the last one's recovery), SEED (of the fault and
# failing-task choices; printed, to run the same faults again), FAIL_PERCENT (5: tasks that always
# throw, at their only attempt, and end FAILED), MAX_MILLIS (200: each task pauses 0 to that at
# random), SENDERS (4 submitting threads per node), DRAIN_MINUTES (10: how long to wait for the last
# tasks), OFFSETS ("400 500": the nodes' port offsets; the integration tests use 0 to 300), KEEP (1
# keeps the nodes' data and the database eetasks_soak; by default only logs and figures stay), BUILD
# (1 builds the project for PostgreSQL first; by default the built EAR and bench WAR and the prepared
# server are used as they are, each node's copy of its configuration given the PostgreSQL datasource
# by 03-datasource-postgresql.cli).
#
# Each task records its run in its own transaction (SoakTasks), so the rows count completed
# executions. Submissions carry their key as idempotency key: a batch whose answer was lost (its node
# died) goes to the other node again without making a task twice; only answered keys count as
# submitted. Needs PostgreSQL on 127.0.0.1:5432 (user postgres), python3 and curl. Results, node logs
# and the fault log stay in bench/results/soak-<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."

SOAK_MINUTES=${SOAK_MINUTES:-10} RATE=${RATE:-100} FAULT_EVERY=${FAULT_EVERY:-60} SEED=${SEED:-$(date +%s)}
FAIL_PERCENT=${FAIL_PERCENT:-5} MAX_MILLIS=${MAX_MILLIS:-200} SENDERS=${SENDERS:-4} DRAIN_MINUTES=${DRAIN_MINUTES:-10}
read -r -a OFFSET <<< "${OFFSETS:-400 500}"
KEEP=${KEEP:-} BUILD=${BUILD:-}
# The unpacked distribution configured with the CLI scripts, which the PostgreSQL build prepares in src-it.
SERVER=$(pwd)/src-it/target/wildfly-39.0.1.Final
CLI_DIR=$(pwd)/tasks-server/src/main/cli
EAR=tasks-ear/target/tasks-ear.ear
WAR=tasks-bench/target/tasks-bench.war
DB=eetasks_soak
RESULTS=$(pwd)/bench/results/soak-$(date +%Y%m%d-%H%M%S)
export PGHOST=127.0.0.1 PGUSER=postgres PGOPTIONS='--client-min-messages=warning'
RANDOM=$SEED

if [ "$BUILD" = 1 ]; then
    ./mvnw -q -B install -DskipTests -Dtasks.db=postgresql
fi
for file in "$EAR" "$WAR" "$SERVER/bin/standalone.sh" "$SERVER/standalone/configuration/standalone-full-ha.xml"; do
    [ -e "$file" ] || { echo "soak: $file is missing; build first (BUILD=1, or ./mvnw install -DskipTests -Dtasks.db=postgresql)" >&2; exit 2; }
done
unzip -l "$WAR" 'WEB-INF/classes/io/eetasks/bench/SoakResource.class' > /dev/null 2>&1 ||
    { echo "soak: $WAR has no soak endpoints; rebuild it: ./mvnw -q -B -o install -pl tasks-bench -Dtasks.db=postgresql" >&2; exit 2; }
grep -q TCPPING "$SERVER/standalone/configuration/standalone-full-ha.xml" ||
    { echo "soak: the server's standalone-full-ha.xml is not clustered (05-cluster.cli); build it again (BUILD=1)" >&2; exit 2; }

mkdir -p "$RESULTS"
log() { echo "$(date '+%H:%M:%S') $*" | tee -a "$RESULTS/soak.log"; }
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
port() { echo $(($1 + OFFSET[$2 - 1])); }
url() { echo "http://127.0.0.1:$(port 8080 "$1")/tasks-bench/api/"; }
cli() {
    JBOSS_HOME=$SERVER "$SERVER/bin/jboss-cli.sh" --no-color-output -c --controller="127.0.0.1:$(port 9990 "$1")" --timeout=30000 \
        --commands="$2" 2>&1
}
pgid() { cat "$RESULTS/node$1/pgid"; }
alive() { kill -0 -- "-$(pgid "$1")" 2>/dev/null; }
MEMBERS="127.0.0.1[$(port 7600 1)],127.0.0.1[$(port 7600 2)]"
DRIVER=
declare -A RESTARTS=([1]=0 [2]=0)

# Each node runs in a session of its own (setsid), so that its script and JVM are one process group:
# signalled together by its id, and untouched by a Ctrl-C meant for this script.
start_node() {
    local n=$1 base=$RESULTS/node$1
    ( JBOSS_HOME=$SERVER setsid "$SERVER/bin/standalone.sh" -c standalone-full-ha.xml -b 127.0.0.1 -bprivate 127.0.0.1 \
        -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="${OFFSET[n - 1]}" \
        -Djboss.node.name="node$n" -Djboss.tx.node.id="node$n" -Djgroups.tcpping.initial_hosts="$MEMBERS" \
        -Dtasks.db.name=$DB >> "$base/console.log" 2>&1 < /dev/null &
      echo $! > "$base/pgid" )
}

await_node() {
    local n=$1 since=$SECONDS
    until curl -sf -m 5 -o /dev/null "$(url "$n")soak/ready"; do
        alive "$n" || { log "node$n exited while starting; see $RESULTS/node$n/console.log"; return 1; }
        # A deployment that failed (its database away, say) is not retried by the scanner.
        for failed in "$RESULTS/node$n"/deployments/*.failed; do
            [ ! -e "$failed" ] || { log "node$n: $(basename "${failed%.failed}") failed to deploy; see $RESULTS/node$n/log/server.log"; return 1; }
        done
        [ $((SECONDS - since)) -lt 300 ] || { log "node$n not ready after 300 s"; return 1; }
        sleep 2
    done
}

# Signals the node's process group and waits until all of it is gone; a graceful stop that takes
# longer than $3 seconds is finished with SIGKILL.
stop_node() {
    local n=$1 signal=$2 patience=${3:-120} since=$SECONDS
    alive "$n" || return 0
    kill -s "$signal" -- "-$(pgid "$n")" 2>/dev/null || true
    while alive "$n"; do
        if [ $((SECONDS - since)) -ge "$patience" ]; then
            log "node$n still running $patience s after SIG$signal: SIGKILL"
            kill -s KILL -- "-$(pgid "$n")" 2>/dev/null || true
        fi
        sleep 1
    done
}

# Heap used after a full GC, in MB.
heap() {
    local used
    used=$(cli "$1" '/core-service=platform-mbean/type=memory:gc,/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)' |
        sed -n 's/.*"used" => \([0-9]*\)L.*/\1/p') || true
    [ -n "$used" ] && echo "$((used / 1048576)) MB" || echo "unknown"
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    set +e
    [ -z "$DRIVER" ] || kill "$DRIVER" 2>/dev/null
    for n in 1 2; do
        [ -f "$RESULTS/node$n/pgid" ] && kill -s TERM -- "-$(pgid "$n")" 2>/dev/null
    done
    for n in 1 2; do
        [ -f "$RESULTS/node$n/pgid" ] && stop_node "$n" TERM 90
    done
    [ -z "$DRIVER" ] || wait "$DRIVER" 2>/dev/null
    if [ "$KEEP" != 1 ]; then
        for n in 1 2; do
            rm -rf "$RESULTS/node$n"/{data,tmp,configuration,deployments}
        done
        psql -X -q -d postgres -c "drop database if exists $DB" 2>/dev/null
    fi
    echo "Logs and figures: $RESULTS"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "soak: SOAK_MINUTES=$SOAK_MINUTES RATE=$RATE FAULT_EVERY=$FAULT_EVERY SEED=$SEED FAIL_PERCENT=$FAIL_PERCENT" \
    "MAX_MILLIS=$MAX_MILLIS offsets ${OFFSET[*]}"
psql -X -q -d postgres -c "drop database if exists $DB" -c "create database $DB"

# Each node: the prepared server's configuration copied (without the deployments it records), its
# datasource made PostgreSQL's by the product's own script, and the EAR and the bench WAR to deploy.
for n in 1 2; do
    base=$RESULTS/node$n
    mkdir -p "$base/deployments"
    cp -r "$SERVER/standalone/configuration" "$base/configuration"
    rm -rf "$base/configuration/standalone_xml_history"
    perl -0pi -e 's{<deployments>.*?</deployments>}{}s' "$base/configuration/standalone-full-ha.xml"
    JBOSS_HOME=$SERVER JAVA_OPTS="-Djboss.server.config.dir=$base/configuration -Dtasks.server.config=standalone-full-ha.xml" \
        "$SERVER/bin/jboss-cli.sh" --file="$CLI_DIR/03-datasource-postgresql.cli" >> "$base/cli.log" 2>&1 ||
        { log "03-datasource-postgresql.cli failed on node$n; see $base/cli.log"; exit 1; }
    cp "$EAR" "$WAR" "$base/deployments/"
done
log "starting node1 and node2 (HTTP ports $(port 8080 1), $(port 8080 2))"
start_node 1
start_node 2
await_node 1
await_node 2
log "both nodes ready"
# After the EAR's migrations: Flyway refuses a schema that has tables but no history of its own.
sql -c "create table bench_soak_run (task_key varchar(200) not null, node varchar(200) not null,
            recorded_at timestamp with time zone not null default current_timestamp)" \
    -c "create index bench_soak_run_key on bench_soak_run (task_key)" \
    -c "create table bench_soak_submitted (task_key varchar(200) primary key)"
HEAP_START=("$(heap 1)" "$(heap 2)")
log "heap used after GC: node1 ${HEAP_START[0]}, node2 ${HEAP_START[1]}"

soak_started=$SECONDS
python3 -u bench/soak.py "$(url 1)" "$(url 2)" "$RATE" $((SOAK_MINUTES * 60)) "$FAIL_PERCENT" "$MAX_MILLIS" "$SEED" \
    "$SENDERS" "$RESULTS/accepted.txt" "$RESULTS/unanswered.txt" > >(tee -a "$RESULTS/soak.log") 2>&1 &
DRIVER=$!
log "submitting $RATE tasks/s for $SOAK_MINUTES min; a fault every $FAULT_EVERY s"

# One CLI session for both operations, the start sent 20 s after the stop has answered: a CLI's own
# start-up takes seconds on a busy machine and would lengthen the pause.
pause_acceptor() {
    local n=$1 out=$RESULTS/cli-acceptor.log acceptor=/subsystem=messaging-activemq/server=default/remote-acceptor=eetasks-amqp
    local answers failures since=$SECONDS
    answers=$(grep -c outcome "$out" 2>/dev/null || true)
    failures=$(grep -c '"failed"' "$out" 2>/dev/null || true)
    {
        echo "$acceptor:stop"
        await_answer "$out" $((answers + 1)) && log "node$n acceptor stopped (the CLI answered after $((SECONDS - since)) s)" >&2
        sleep 20
        echo "$acceptor:start"
        await_answer "$out" $((answers + 2)) || true
    } | JBOSS_HOME=$SERVER "$SERVER/bin/jboss-cli.sh" --no-color-output -c --controller="127.0.0.1:$(port 9990 "$n")" >> "$out" 2>&1
    if [ "$(grep -c '"failed"' "$out")" -gt "${failures:-0}" ] || [ "$(grep -c outcome "$out")" -lt $((answers + 2)) ]; then
        log "an operation on the acceptor of node$n failed; see $out"
    else
        log "node$n acceptor started again"
    fi
}

# Waits (at most 2 minutes) until the file holds $2 answers of the CLI.
await_answer() {
    local since=$SECONDS
    until [ "$(grep -c outcome "$1" 2>/dev/null)" -ge "$2" ]; do
        [ $((SECONDS - since)) -lt 120 ] || return 1
        sleep 0.2
    done
}

FAULTS=()
fault() {
    local kind=$1 n=$2 since=$SECONDS
    case $kind in
        kill)
            log "FAULT kill -9 node$n"
            FAULTS+=("kill -9 node$n")
            stop_node "$n" KILL
            ;;
        term)
            log "FAULT SIGTERM node$n"
            FAULTS+=("SIGTERM node$n")
            stop_node "$n" TERM
            log "node$n stopped after $((SECONDS - since)) s"
            ;;
        pause)
            log "FAULT AMQP acceptor of node$n stopped for 20 s"
            FAULTS+=("acceptor node$n 20 s")
            pause_acceptor "$n"
            return
            ;;
    esac
    start_node "$n"
    RESTARTS[$n]=$((RESTARTS[$n] + 1))
    await_node "$n"
    log "node$n back, $((SECONDS - since)) s after the fault"
}

KINDS=(kill term pause)
next_fault=$((SECONDS + FAULT_EVERY))
while [ $((SECONDS - soak_started)) -lt $((SOAK_MINUTES * 60)) ] && kill -0 "$DRIVER" 2>/dev/null; do
    if [ "$SECONDS" -ge "$next_fault" ]; then
        # Every FAULT_EVERY seconds, but at least half of that after the last fault's recovery.
        next_fault=$((SECONDS + FAULT_EVERY))
        fault "${KINDS[RANDOM % 3]}" $((RANDOM % 2 + 1))
        [ "$next_fault" -ge $((SECONDS + FAULT_EVERY / 2)) ] || next_fault=$((SECONDS + FAULT_EVERY / 2))
    fi
    sleep 1
done
wait "$DRIVER"
DRIVER=
soak_seconds=$((SECONDS - soak_started))
[ -s "$RESULTS/accepted.txt" ] || { log "no submission was accepted"; exit 1; }

log "soak over; waiting up to $DRAIN_MINUTES min for the run's tasks to finish"
drain_started=$SECONDS
while :; do
    open=$(sql -c "select count(*) from eet_task where status not in ('COMPLETED', 'FAILED', 'CANCELLED')")
    [ "$open" -gt 0 ] || break
    [ $((SECONDS - drain_started)) -lt $((DRAIN_MINUTES * 60)) ] || { log "$open tasks still unfinished"; break; }
    [ $(((SECONDS - drain_started) % 30)) -ge 5 ] || log "$open tasks not finished yet"
    sleep 5
done
drain_seconds=$((SECONDS - drain_started))
HEAP_END=("$(heap 1)" "$(heap 2)")

sql -c "\\copy bench_soak_submitted (task_key) from '$RESULTS/accepted.txt'"
# The figures, from the database: each submitted key's task (by its idempotency key) and its runs.
figures=$(sql -F ' ' -c "
    with s as (select s.task_key, s.task_key like 'fail-%' as fails, t.status, t.attempt
               from bench_soak_submitted s left join eet_task t on t.idempotency_key = s.task_key),
         runs as (select task_key, count(*) as n from bench_soak_run group by task_key)
    select (select count(*) from s),
           (select count(*) from s where not fails and status = 'COMPLETED'),
           (select count(*) from s where fails and status = 'FAILED'),
           (select count(*) from s where status in ('COMPLETED', 'FAILED', 'CANCELLED')
                and not (fails and status = 'FAILED') and not (not fails and status = 'COMPLETED')),
           (select count(*) from s where status is null or status not in ('COMPLETED', 'FAILED', 'CANCELLED')),
           (select count(*) from runs where n > 1),
           (select count(*) from s left join runs r using (task_key) where not fails and status = 'COMPLETED' and r.n is null),
           (select count(*) from runs where task_key like 'fail-%'),
           (select count(*) from s where attempt > 1),
           (select count(*) from eet_task t where not exists
                (select 1 from bench_soak_submitted s where s.task_key = t.idempotency_key))")
read -r submitted completed failed_expected failed_unexpected lost twice completed_unrecorded failed_recorded rerun unanswered_made <<< "$figures"
runs_by_node=$(sql -F ' ' -c "select node || ' ' || count(*) from bench_soak_run group by node order by node" | paste -sd, - | sed 's/,/, /g')

minutes() { printf '%dm %02ds' $(($1 / 60)) $(($1 % 60)); }
{
    echo
    echo "== Soak: 2 clustered nodes on PostgreSQL, SOAK_MINUTES=$SOAK_MINUTES RATE=$RATE FAULT_EVERY=$FAULT_EVERY SEED=$SEED"
    echo "duration                         soak $(minutes $soak_seconds), drain $(minutes $drain_seconds), all $(minutes $SECONDS)"
    echo "faults                           ${#FAULTS[@]}: $(IFS=,; echo "${FAULTS[*]}" | sed 's/,/, /g')"
    echo "tasks submitted                  $submitted ($((submitted / (SOAK_MINUTES * 60)))/s; $RATE/s asked)"
    echo "completed                        $completed"
    echo "failed as expected               $failed_expected"
    echo "failed unexpectedly              $failed_unexpected"
    echo "lost                             $lost"
    echo "executed twice                   $twice"
    echo "completed with no recorded run   $completed_unrecorded"
    echo "failed runs not rolled back      $failed_recorded"
    echo "run again after a fault          $rerun (tasks with more than one attempt)"
    echo "made, submission not answered    $unanswered_made (not counted as submitted)"
    echo "completed runs by node           $runs_by_node"
    for n in 1 2; do
        echo "heap used node$n after GC         start ${HEAP_START[n - 1]}, end ${HEAP_END[n - 1]} (restarts: ${RESTARTS[$n]})"
    done
} | tee "$RESULTS/summary.txt"

if [ "$lost" != 0 ] || [ "$twice" != 0 ] || [ "$completed_unrecorded" != 0 ] || [ "$failed_recorded" != 0 ]; then
    echo "FAILED: a task was lost or ran twice" | tee -a "$RESULTS/summary.txt"
    exit 1
fi
