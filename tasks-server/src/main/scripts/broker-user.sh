#!/usr/bin/env bash
# EE Tasks: the broker user the runtime sends task messages as, with a password generated here.
# Adds the ApplicationRealm user (group eetasks-broker, which 02-messaging.cli lets send and consume on
# the tasks addresses only) and keeps the password where the runtime reads it: the file
# standalone/configuration/eetasks/tasks.amqp.password, readable by its owner only (02-messaging.cli
# makes that directory a MicroProfile Config source). Nothing to remember, nothing in standalone.xml.
#
#   JBOSS_HOME=/opt/wildfly broker-user.sh [user]      (default user: tasks)
#
# A password already kept there is kept, so running it again changes nothing. To change it, delete
# the file, run this again and restart the server.
set -euo pipefail
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly installation}"
user="${1:-tasks}"
config="${JBOSS_BASE_DIR:-$JBOSS_HOME/standalone}/configuration"
secrets="$config/eetasks"
password_file="$secrets/tasks.amqp.password"

mkdir -p "$secrets"
chmod 700 "$secrets"
if [ ! -s "$password_file" ]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$password_file")
fi
if [ "$user" != "tasks" ]; then
    (umask 077 && printf '%s' "$user" > "$secrets/tasks.amqp.username")
fi
"$JBOSS_HOME/bin/add-user.sh" -a -s -u "$user" -p "$(cat "$password_file")" -g eetasks-broker \
    -sc "$config"
echo "Broker user $user added; its password is in $password_file"
