#!/usr/bin/env bash
# Installs adsync on a running WildFly 39 server, or takes it off again.
#
#   wildfly-config/install.sh             applies the configure scripts that are not applied yet (security,
#                                         logging, PostgreSQL datasource, database timer store, secret key file,
#                                         health checks, Prometheus metrics, the public port for adsync only),
#                                         reloads the server if any was, deploys adsync.ear unless that very EAR
#                                         is deployed already, and waits until the console answers. Run again, it
#                                         finds everything in place and changes nothing.
#   wildfly-config/install.sh uninstall   undeploys adsync and runs the restore script of each applied step, in
#                                         reverse order: the server's configuration is as before the install. The
#                                         database and the secret key file stay (they hold your data).
#
# Start WildFly first, with the database and the first administrator in the server's environment (the server reads
# them; this script never sees a password): ADSYNC_DB_URL, ADSYNC_DB_USER, ADSYNC_DB_PASSWORD, and for the first
# start ADSYNC_ADMIN_USERNAME and ADSYNC_ADMIN_PASSWORD.
#
# What this script reads:
#   JBOSS_HOME                the WildFly installation (its bin/jboss-cli.sh talks to the server)
#   ADSYNC_POSTGRESQL_DRIVER  the PostgreSQL JDBC driver jar to deploy (install only)
#   ADSYNC_EAR                the EAR (default: ear/target/adsync.ear of this repository)
#   ADSYNC_CONTROLLER         the server's management interface (default 127.0.0.1:9990)
#   ADSYNC_URL                the console's address, to wait for (default http://127.0.0.1:8080/adsync/)
#   ADSYNC_WAIT_SECONDS       how long to wait for a reload and for the console (default 300)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
: "${JBOSS_HOME:?Set JBOSS_HOME to the WildFly 39 installation}"
controller=${ADSYNC_CONTROLLER:-127.0.0.1:9990}
console_url=${ADSYNC_URL:-http://127.0.0.1:8080/adsync/}
ear=${ADSYNC_EAR:-$here/../ear/target/adsync.ear}
wait_seconds=${ADSYNC_WAIT_SECONDS:-300}

# Each step: a name, the resource its configure script adds (present = applied), the configure and restore scripts.
steps=(
    "security domain|/subsystem=undertow/application-security-domain=adsync|configure-security.cli|restore-security.cli"
    "logging|/subsystem=logging/logger=org.adsync|configure-logging.cli|restore-logging.cli"
    "PostgreSQL datasource|/subsystem=datasources/data-source=AdsyncDS|configure-datasource-postgresql.cli|restore-datasource-postgresql.cli"
    "database timer store|/subsystem=ejb3/service=timer-service/database-data-store=adsync-timer-store|configure-timer-store-database.cli|restore-timer-store-database.cli"
    "secret key file|/system-property=adsync.secret.key.file|configure-secret-key.cli|restore-secret-key.cli"
    "health checks|/subsystem=microprofile-health-smallrye|configure-health.cli|restore-health.cli"
    "metrics|/subsystem=micrometer|configure-metrics.cli|restore-metrics.cli"
    "public port for adsync only|/system-property=adsync.public-port.closed|configure-public-port.cli|restore-public-port.cli"
)

cli() {
    "$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="$controller" "$@"
}

# Runs a CLI script or command quietly; on failure shows what the CLI said and stops.
apply() {
    local output
    if ! output=$(cli "$@" 2>&1); then
        echo "$output" >&2
        fail "jboss-cli.sh $* failed (above); the server log says more"
    fi
}

present() {
    cli --command="$1:read-resource" > /dev/null 2>&1
}

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

server_state() {
    cli --command=":read-attribute(name=server-state)" 2> /dev/null | sed -n 's/.*"result" => "\([a-z-]*\)".*/\1/p'
}

wait_until_running() {
    local deadline=$((SECONDS + wait_seconds))
    until [ "$(server_state)" = "running" ]; do
        [ $SECONDS -lt $deadline ] || fail "the server is not running after $wait_seconds s (see its server.log)"
        sleep 2
    done
}

# The SHA-1 WildFly keeps of the deployed content, as hex; empty when adsync.ear is not deployed.
deployed_hash() {
    cli --command="/deployment=adsync.ear:read-attribute(name=content)" 2> /dev/null \
        | grep -o '0x[0-9a-f]*' | sed 's/^0x//' | awk '{ printf "%02s", $0 }' | tr ' ' '0'
}

wait_for_console() {
    local deadline=$((SECONDS + wait_seconds))
    until curl --silent --fail --output /dev/null "${console_url%/}/api/openapi.yaml"; do
        [ $SECONDS -lt $deadline ] || fail "adsync does not answer at $console_url after $wait_seconds s (see server.log)"
        sleep 2
    done
}

install() {
    [ -f "$ear" ] || fail "no EAR at $ear: build it (mvn -B -DskipTests package) or set ADSYNC_EAR"
    [ "$(server_state)" = "running" ] \
        || fail "no running WildFly answers at $controller: start it first (bin/standalone.sh), with ADSYNC_DB_URL, ADSYNC_DB_USER, ADSYNC_DB_PASSWORD and ADSYNC_ADMIN_* in its environment"
    local changed=0 step name resource configure
    for step in "${steps[@]}"; do
        IFS='|' read -r name resource configure _ <<< "$step"
        if present "$resource"; then
            echo "  $name: in place"
            continue
        fi
        if [ "$configure" = configure-datasource-postgresql.cli ]; then
            [ -f "${ADSYNC_POSTGRESQL_DRIVER:-}" ] \
                || fail "set ADSYNC_POSTGRESQL_DRIVER to the PostgreSQL JDBC driver jar (postgresql-42.x.jar)"
            apply -Dadsync.postgresql.driver="$ADSYNC_POSTGRESQL_DRIVER" --file="$here/$configure"
        else
            apply --file="$here/$configure"
        fi
        echo "  $name: applied ($configure)"
        changed=1
    done
    if [ $changed = 1 ]; then
        echo "  reloading the server"
        apply --command=reload
        wait_until_running
    fi
    if [ "$(deployed_hash)" = "$(sha1sum "$ear" | cut -d' ' -f1)" ]; then
        echo "  adsync.ear: this EAR is deployed"
    else
        apply --command="deploy \"$ear\" --name=adsync.ear --runtime-name=adsync.ear --force"
        echo "  adsync.ear: deployed"
        changed=1
    fi
    wait_for_console
    if [ $changed = 0 ]; then
        echo "adsync is installed; nothing changed"
    else
        echo "adsync is installed and answers at $console_url"
    fi
}

uninstall() {
    [ "$(server_state)" = "running" ] || fail "no running WildFly answers at $controller"
    if present /deployment=adsync.ear; then
        apply --command="undeploy adsync.ear"
        echo "  adsync.ear: undeployed"
    fi
    local i name resource restore
    for ((i = ${#steps[@]} - 1; i >= 0; i--)); do
        IFS='|' read -r name resource _ restore <<< "${steps[$i]}"
        if present "$resource"; then
            # what the step before took away may still run until a reload (the timer store uses the datasource)
            if [ "$(server_state)" = "reload-required" ]; then
                apply --command=reload
                wait_until_running
            fi
            apply --file="$here/$restore"
            echo "  $name: restored ($restore)"
        fi
    done
    apply --command=reload
    wait_until_running
    echo "adsync is uninstalled; the database and the secret key file are left as they are"
}

case ${1:-install} in
    install) install ;;
    uninstall) uninstall ;;
    *) fail "usage: install.sh [install|uninstall]" ;;
esac
