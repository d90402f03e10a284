# Sourced by the bench/*.sh scripts: builds the project for $DB (unless BUILT=$DB says it is built for
# it already), starts the local WildFly with the tasks EAR and the bench application (and $SERVER_ARGS,
# if set), and stops it (removing both) when the script exits.
SERVER=tasks-server/target/server
API=http://localhost:8080/tasks-bench/api
LOG=tasks-bench/target/bench-server.log

[ "${BUILT:-}" = "$DB" ] || ./mvnw -q -B install -DskipTests -Dtasks.db="$DB"
cp tasks-ear/target/tasks-ear.ear tasks-bench/target/tasks-bench.war "$SERVER/standalone/deployments/"
# shellcheck disable=SC2086 # SERVER_ARGS: extra server arguments, split on spaces
JBOSS_HOME="$SERVER" "$SERVER/bin/standalone.sh" ${SERVER_ARGS:-} > "$LOG" 2>&1 &
trap '"$SERVER/bin/jboss-cli.sh" -c --command=:shutdown >/dev/null 2>&1 || true;
      rm -f "$SERVER"/standalone/deployments/tasks-ear.ear* "$SERVER"/standalone/deployments/tasks-bench.war*' EXIT

until curl -sf "$API/measurements" >/dev/null; do sleep 1; done
