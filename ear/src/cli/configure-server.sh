#!/usr/bin/env bash
# Applies wildfly-config scripts to a WildFly base directory while that server is down: an embedded, admin-only
# server loads its standalone.xml, runs the scripts in order, and writes the result back. The build uses it to
# configure the dev and test servers with exactly the scripts an operator runs, so a broken script fails the build.
#
# usage: configure-server.sh JBOSS_HOME BASE_DIR [-Dname=value ...] script.cli [script.cli ...]
set -euo pipefail

jboss_home=$1
base_dir=$2
shift 2

properties=()
combined=$(mktemp --suffix=.cli)
trap 'rm -f "$combined"' EXIT

echo "embed-server --server-config=standalone.xml --std-out=discard" > "$combined"
for argument in "$@"; do
    case $argument in
        -D*) properties+=("$argument") ;;
        *) echo "# --- $argument" >> "$combined"; cat "$argument" >> "$combined"; echo >> "$combined" ;;
    esac
done
echo "stop-embedded-server" >> "$combined"

echo "Configuring $base_dir with: $*"
JAVA_OPTS="-Djboss.server.base.dir=$base_dir" "$jboss_home/bin/jboss-cli.sh" "${properties[@]}" --file="$combined"
