#!/usr/bin/env bash
# Prints the commands of the first fenced block after the first line of FILE that holds MARKER, each command
# on one line (a line ending in a backslash is joined with the next): what a user copies from the README or
# the guide, for the tests that run it as written. Fails when there is no such block.
#
#   guide-block.sh docs/guide/cluster.md "Adding a node:"
set -euo pipefail
file=$1 marker=$2
block=$(awk -v marker="$marker" '
    state == 0 && index($0, marker) { state = 1; next }
    state == 1 && /^```/ { state = 2; next }
    state == 2 && /^```/ { exit }
    state == 2 { print }
' "$file" | sed -e ':join' -e '/\\$/{N; s/\\\n[[:space:]]*/ /; b join' -e '}')
if [ -z "$block" ]; then
    echo "guide-block.sh: no command block after '$marker' in $file" >&2
    exit 1
fi
printf '%s\n' "$block"
