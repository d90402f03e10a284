#!/usr/bin/env bash
# Footprint: disk size, boot time and memory of the server provisioned from the feature packs (layers
# eetasks and eetasks-h2, as tasks-server builds it) against the full WildFly distribution configured with
# the CLI scripts (standalone-full.xml, H2), each with the tasks EAR and the demo deployed. Not a test: it
# prints figures. Run after ./mvnw install -DskipTests; ports 8080, 9990 and 5673 must be free.
#
#   bench/footprint.sh            # BOOTS=3 boots of each server
set -euo pipefail
cd "$(dirname "$0")/.."

BOOTS=${BOOTS:-3}
VERSION=$(sed -n 's#.*<version.wildfly>\(.*\)</version.wildfly>.*#\1#p' pom.xml)
RESULTS=$(pwd)/bench/results/footprint-$(date +%Y%m%d-%H%M%S)
CLI=$(pwd)/tasks-server/src/main/cli
mkdir -p "$RESULTS"

# The provisioned server, copied so that tasks-server's own stays as the build left it.
cp -r tasks-server/target/server "$RESULTS/provisioned"
# The full distribution, set up as "With the CLI scripts" in the README says.
unzip -q "$HOME/.m2/repository/org/wildfly/wildfly-dist/$VERSION/wildfly-dist-$VERSION.zip" -d "$RESULTS"
mv "$RESULTS/wildfly-$VERSION" "$RESULTS/full"
(
    export JBOSS_HOME="$RESULTS/full"
    jars=$(pwd)/tasks-galleon-pack/target/footprint-jars && mkdir -p "$jars"
    cp tasks-api/target/tasks-api-*.jar "$jars/tasks-api.jar"
    cp tasks-bridge/target/tasks-bridge-*.jar "$jars/tasks-bridge.jar"
    cp "$(find "$HOME/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' | sort | tail -1)" "$jars/postgresql.jar"
    bash tasks-server/src/main/scripts/broker-user.sh > /dev/null
    "$JBOSS_HOME/bin/jboss-cli.sh" --resolve-parameter-values -Deetasks.api.jar="$jars/tasks-api.jar" \
        -Deetasks.bridge.jar="$jars/tasks-bridge.jar" -Dpostgresql.jar="$jars/postgresql.jar" --file="$CLI/01-modules.cli" > /dev/null
    for script in 02-messaging.cli 03-datasource-h2.cli 07-observability.cli; do
        "$JBOSS_HOME/bin/jboss-cli.sh" --file="$CLI/$script" > /dev/null
    done
)

measure() { # name home [standalone.sh arguments]
    local name=$1 home=$2; shift 2
    local size; size=$(du -sm "$home" | cut -f1)
    cp tasks-ear/target/tasks-ear.ear tasks-demo/target/tasks-demo.war "$home/standalone/deployments/"
    for boot in $(seq 1 "$BOOTS"); do
        local log="$RESULTS/$name-boot$boot.log"
        local begin; begin=$(date +%s%N)
        JBOSS_HOME="$home" "$home/bin/standalone.sh" "$@" > "$log" 2>&1 &
        until grep -q WFLYSRV0025 "$log" 2>/dev/null; do sleep 0.1; done
        local wall=$(( ($(date +%s%N) - begin) / 1000000 ))
        local reported; reported=$(sed -n 's/.*started in \([0-9]*\)ms.*/\1/p' "$log" | head -1)
        local id; id=$(curl -s -X POST 'http://localhost:8080/tasks-demo/api/greetings?name=Ada' | sed 's/.*"taskId":"\([^"]*\)".*/\1/')
        curl -sf "http://localhost:8080/tasks-demo/api/tasks/$id/result" > /dev/null || echo "$name: the task did not run" >&2
        local pid; pid=$(pgrep -f "jboss.home.dir=$home" | head -1)
        local rss; rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
        printf '| %s | %d | %d | %d | %d | %d |\n' "$name" "$boot" "$size" "$wall" "$reported" "$rss" | tee -a "$RESULTS/footprint.md"
        "$home/bin/jboss-cli.sh" -c --command=:shutdown > /dev/null
        while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    done
}

echo "| server | boot | disk MB | start to WFLYSRV0025 ms | WildFly's own start ms | resident MB after one task |" | tee "$RESULTS/footprint.md"
echo "|---|---|---|---|---|---|" | tee -a "$RESULTS/footprint.md"
measure provisioned "$RESULTS/provisioned"
measure full "$RESULTS/full" -c standalone-full.xml
echo "Results and server logs: $RESULTS"
