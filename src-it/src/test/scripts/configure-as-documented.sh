#!/usr/bin/env bash
# Sets up the unpacked WildFly distribution the multi-node tests run on with the commands the documentation
# gives a user, taken from it (guide-block.sh), not copied: the README's "With the CLI scripts" for
# standalone-full.xml, and docs/guide/cluster.md's "Adding a node" for standalone-full-ha.xml. So the
# documentation cannot drift from what works. What is changed before they run, and why:
#   - the placeholders /opt/wildfly, /opt/ee-tasks and /path/to/*.jar become this build's paths;
#   - the README's datasource is PostgreSQL, the choice its comment offers, as these tests share one database;
#   - the README's optional tracing step is left out (the cluster test adds it to its own nodes);
#   - the node's start (standalone.sh) is left out: each test starts its nodes with their own ports.
#
#   JBOSS_HOME=... ROOT=... STAGING=... CLUSTER_PASSWORD=... STORE_PASSWORD=... configure-as-documented.sh
set -euo pipefail
: "${JBOSS_HOME:?}" "${ROOT:?}" "${STAGING:?}" "${CLUSTER_PASSWORD:?}" "${STORE_PASSWORD:?}"
scripts=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

placeholders() {
    sed -e "s#/opt/wildfly#$JBOSS_HOME#g" -e "s#/opt/ee-tasks#$ROOT#g" \
        -e "s#/path/to/tasks-api.jar#$STAGING/tasks-api.jar#g" \
        -e "s#/path/to/tasks-bridge.jar#$STAGING/tasks-bridge.jar#g" \
        -e "s#/path/to/postgresql.jar#$STAGING/postgresql.jar#g"
}

cd "$ROOT"
bash "$scripts/guide-block.sh" README.md "### With the CLI scripts" | placeholders \
    | sed -e 's#03-datasource-h2.cli#03-datasource-postgresql.cli#' | grep -v '08-tracing.cli' > "$work/standalone.sh"
bash "$scripts/guide-block.sh" docs/guide/cluster.md "Adding a node:" | placeholders \
    | grep -v 'bin/standalone.sh' > "$work/cluster-node.sh"
for step in standalone cluster-node; do
    grep -q 'jboss-cli.sh' "$work/$step.sh" || { echo "configure-as-documented.sh: no CLI step in $step" >&2; exit 1; }
done

echo "== README, With the CLI scripts (standalone-full.xml)"
bash -euo pipefail "$work/standalone.sh" > "$work/standalone.log" 2>&1 || { cat "$work/standalone.log"; exit 1; }
echo "== docs/guide/cluster.md, Adding a node (standalone-full-ha.xml)"
(umask 077 && printf %s "$CLUSTER_PASSWORD" > "$work/cluster.password" && printf %s "$STORE_PASSWORD" > "$work/store.password")
(cd "$work" && bash -euo pipefail cluster-node.sh > cluster-node.log 2>&1) || { cat "$work/cluster-node.log"; exit 1; }
if grep -qF -e "$CLUSTER_PASSWORD" -e "$STORE_PASSWORD" "$work/cluster-node.log"; then
    echo "configure-as-documented.sh: 05-cluster.cli printed a password" >&2
    exit 1
fi
