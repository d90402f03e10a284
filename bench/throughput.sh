#!/usr/bin/env bash
# Benchmark: throughput, start latency and fan-in of EE Tasks on H2 and on PostgreSQL, beside
# JobRunr's figures from the peer harness (../shared/bench/peers) run in the same invocation on the
# same PostgreSQL. Two kinds of figures: warm, the median of $ROUNDS rounds on one server after a
# $WARM-task warm-up (the $BIG-task run and the fan-out run once per database); and fresh, where, as
# each JobRunr measurement gets a JVM of its own, each measurement gets a server that has just started
# (on a fresh database) and only the warm-up before it, $FRESH_ROUNDS times. Not a test: it prints figures.
#
#   bench/throughput.sh                          # everything: about an hour and a half on 2 cores
#   N=2000 BIG=5000 CHILDREN=500 ROUNDS=1 DBS=h2 PEERS= bench/throughput.sh    # a quick look
#
# Knobs: KINDS ("warm fresh": which kinds of figures), N (20000 tasks per run), ROUNDS (3), FRESH_ROUNDS (ROUNDS), WARM (2000), BIG (100000), CHILDREN (10000),
# RATE and LATENCY_SECONDS of the latency run (200/s for 20 s), DUE_COUNT (40 scheduled tasks and 40
# retries, one every 250 ms, for how late after their due time they start), DBS ("h2 postgresql"), PEERS ("jobrunr", or
# empty), PEERS_DIR (../shared/bench/peers). Each server starts on a data folder of its own (a fresh
# H2 database and broker journal); PostgreSQL runs in its own database bench_eetasks, created afresh
# (127.0.0.1:5432, user postgres). Results stay in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

export N=${N:-20000} ROUNDS=${ROUNDS:-3} WARM=${WARM:-2000} FRESH_ROUNDS=${FRESH_ROUNDS:-${ROUNDS:-3}} BIG=${BIG:-100000} CHILDREN=${CHILDREN:-10000}
export RATE=${RATE:-200} LATENCY_SECONDS=${LATENCY_SECONDS:-20}
DBS=${DBS-h2 postgresql}
KINDS=${KINDS:-warm fresh}
PEERS=${PEERS-jobrunr}
PEERS_DIR=${PEERS_DIR:-../shared/bench/peers}
RESULTS=bench/results/throughput-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RESULTS"
export PGHOST=127.0.0.1 PGUSER=postgres

# One server on a database of its own, started on a data folder of its own (a fresh H2 database and broker
# journal), measured by throughput.py into the result file given; stopped and its folder removed afterwards.
on_fresh_server() {
    (
        DB=$db
        data="$(pwd)/$RESULTS/data-$db"
        SERVER_ARGS="-Djboss.server.data.dir=$data"
        if [ "$db" = postgresql ]; then
            psql -d test -q -c "drop database if exists bench_eetasks" -c "create database bench_eetasks"
            SERVER_ARGS="$SERVER_ARGS -Dtasks.db.name=bench_eetasks"
        fi
        source bench/server.sh
        trap '"$SERVER/bin/jboss-cli.sh" -c --command=:shutdown >/dev/null 2>&1 || true; sleep 2; rm -rf "$data"
              rm -f "$SERVER"/standalone/deployments/tasks-ear.ear* "$SERVER"/standalone/deployments/tasks-bench.war*' EXIT
        python3 bench/throughput.py "$API" "$db" "$1"
    )
}

for db in $DBS; do
    ./mvnw -q -B install -DskipTests -Dtasks.db="$db"
    export BUILT=$db
    if [[ " $KINDS " == *" warm "* ]]; then
        echo "== EE Tasks on $db, warm"
        on_fresh_server "$RESULTS/eetasks-$db.json"
    fi
    [[ " $KINDS " == *" fresh "* ]] || continue
    for round in $(seq 1 "$FRESH_ROUNDS"); do
        for case in bulk single bulk10 latency; do
            echo "== EE Tasks on $db, fresh server $round: $case"
            FRESH_CASE=$case on_fresh_server "$RESULTS/eetasks-$db-fresh-$case-$round.json"
        done
    done
done

for peer in $PEERS; do
    if [ ! -d "$PEERS_DIR/$peer" ]; then
        echo "== $peer: no harness in $PEERS_DIR, left out"
        continue
    fi
    echo "== $peer on postgresql (its harness, copied to $RESULTS/peers)"
    [ -d "$RESULTS/peers" ] || cp -r "$PEERS_DIR" "$RESULTS/peers"
    CASES="bulk single sleep latency" RUNS=$ROUNDS N=$N OUT="$(pwd)/$RESULTS/$peer.txt" \
        bash "$RESULTS/peers/$peer/run.sh" || echo "$peer failed; its figures are left out"
done

python3 bench/throughput-report.py "$RESULTS"
