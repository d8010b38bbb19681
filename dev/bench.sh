#!/usr/bin/env bash
# `make bench [SCENARIO=writes|reads|freshness|indicators|rebuild|footprint|baseline|cost[,…]]`: the benchmark harness
# (DESIGN §9; docs/performance.md). Never part of `make test`.
#
# Builds the applications (skip with BENCH_SKIP_BUILD=1), copies their fast-jars to .run/bench/apps (a concurrent build
# cannot swap them mid-run), starts a PostgreSQL cluster of its own (.run/bench/pg, port 18294) with fresh bench
# databases (*_bench, bench_pgbench), starts a separate Kafka broker (data .run/bench/kafka, ports 18292/18293), and runs
# the Java harness (bench/), which starts the five applications with the prod profile on ports 18280-18284, runs the
# scenarios and writes bench/results/<date>-<sha>[-<scenarios>].json and .md. A running `make up` stack (8080-8085,
# 9092, 5432) is not touched. Everything started here is stopped on exit, failure or Ctrl-C.
#
# Environment: BENCH_SKIP_BUILD=1 (reuse the packaged jars), BENCH_APPS_FROM=<dir> (take the packaged jars of another
# checkout), BENCH_JFR=1 (a JFR recording per application in .run/bench/jfr), BENCH_APP_JVM (JVM options of the
# applications), BENCH_STEP_SECONDS (write-ramp step, default 5), BENCH_ORDER (the services' order in the scenarios,
# e.g. publicity,legal-aid,correction,mediation), BENCH_APP_JAVA_HOME (the applications' JDK; default the harness's),
# BENCH_AOT=1 (JDK 25's AOT cache instead of AppCDS: the first start of each application trains it, later starts use
# it; with BENCH_APP_JAVA_HOME of a JDK 25), BENCH_PG=own|shared (below),
# JUSTICE_DB_HOST/JUSTICE_DB_PORT/JUSTICE_DB_USER (the shared server, BENCH_PG=shared).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run="$root/.run/bench"
# shellcheck source=dev/postgres.sh
. "$root/dev/postgres.sh"
PGHOST_="${JUSTICE_DB_HOST:-127.0.0.1}"
PGPORT_="${JUSTICE_DB_PORT:-5432}"
PGUSER_="${JUSTICE_DB_USER:-postgres}"
PORT_BASE="${BENCH_PORT_BASE:-18280}"         # gateway; services +1..+4
KAFKA_PORT="${BENCH_KAFKA_PORT:-18292}"
KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-18293}"
# MetaspaceSize: the first metaspace GC threshold (default ~21 MB) was crossed while classes still loaded in the first
# minute of load, each time a full collection of 170-245 ms (JFR, docs/performance.md)
APP_JVM="${BENCH_APP_JVM:--Xms256m -Xmx256m -XX:+UseSerialGC -XX:MetaspaceSize=128m}"
SERVICES=(mediation-service correction-service legal-aid-service publicity-service rule-of-law-service)
DATABASES=(mediation_bench correction_bench legal_aid_bench publicity_bench rule_of_law_bench gateway_bench bench_pgbench)
scenarios="${1:-all}"

say() { printf '[bench] %s\n' "$*"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

harness_pid=""
kafka_pid=""
pg_started=""
pg_own=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$harness_pid" ] && kill -0 "$harness_pid" 2>/dev/null; then
    kill "$harness_pid" 2>/dev/null || true
    for _ in $(seq 1 80); do kill -0 "$harness_pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$harness_pid" 2>/dev/null || true
  fi
  # applications the harness started (it stops them itself; this covers a harness that died)
  for f in "$run"/pids/*.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f")"
    if kill -0 "$pid" 2>/dev/null && grep -q 'justice.bench=true' "/proc/$pid/cmdline" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
  done
  if [ -n "$kafka_pid" ] && kill -0 "$kafka_pid" 2>/dev/null; then
    kill "$kafka_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$kafka_pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$kafka_pid" 2>/dev/null || true
    say "stopped the bench Kafka broker"
  fi
  if [ -n "$pg_own" ]; then
    pg_cluster_stop "$pg_own" "$pgdata" 2>/dev/null && say "stopped the bench PostgreSQL"
  fi
  if [ -n "$pg_started" ]; then
    read -r ver cluster <<<"$pg_started"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop && say "stopped PostgreSQL $ver/$cluster"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$run/logs" "$run/pids"

# --- ports: never collide with `make up` or anything else
for p in $PORT_BASE $((PORT_BASE + 1)) $((PORT_BASE + 2)) $((PORT_BASE + 3)) $((PORT_BASE + 4)) $KAFKA_PORT $KAFKA_CONTROLLER_PORT; do
  if port_open "$p"; then say "port $p is in use (a previous bench still running?); set BENCH_PORT_BASE/BENCH_KAFKA_PORT"; exit 1; fi
done

# --- build: the applications, the broker jars and the harness; a service that does not build is not measured
skip_props=()
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "building (mvn package, tests skipped; log .run/bench/logs/build.log)…"
  all="dev/kafka-broker,$(IFS=,; echo "${SERVICES[*]}"),gateway,bench"
  mvn_build() { (cd "$root" && { ./mvnw -B -q -o "$@" || ./mvnw -B -q "$@"; }) >>"$run/logs/build.log" 2>&1; }
  : >"$run/logs/build.log"
  # AppCDS: each application's class archive (quarkus-app/app-cds.jsa) is made at package time and used at start
  # (App.java adds -XX:SharedArchiveFile): the class loading of start-up comes from the archive (docs/performance.md)
  cds=(-Dquarkus.package.jar.appcds.enabled=true)
  if ! mvn_build -DskipTests "${cds[@]}" package -pl "$all" -am; then
    say "the full build failed; building module by module"
    mvn_build -DskipTests install -pl platform,testing -am || { tail -40 "$run/logs/build.log"; say "platform does not build"; exit 1; }
    for m in dev/kafka-broker gateway bench "${SERVICES[@]}"; do
      if ! mvn_build -DskipTests "${cds[@]}" package -pl "$m"; then
        case "$m" in
          *-service) say "$m does not build: not measured"; skip_props+=("-Dbench.skip.$m=its build failed (mvn package -pl $m)") ;;
          *) tail -40 "$run/logs/build.log"; say "$m does not build"; exit 1 ;;
        esac
      fi
    done
  fi
fi
[ -f "$root/bench/target/bench-1.0.0-SNAPSHOT.jar" ] || { say "bench/target/bench-1.0.0-SNAPSHOT.jar missing: build without BENCH_SKIP_BUILD"; exit 1; }
rm -rf "$run/apps"; mkdir -p "$run/apps"
apps_from="${BENCH_APPS_FROM:-$root}"   # another checkout's packaged jars, e.g. a snapshot built apart
for m in "${SERVICES[@]}" gateway; do
  # -p: the AppCDS archive is only used with jars of the timestamps it was made with
  if [ -f "$apps_from/$m/target/quarkus-app/quarkus-run.jar" ]; then cp -rp "$apps_from/$m/target/quarkus-app" "$run/apps/$m"; fi
done

# --- PostgreSQL. Default (BENCH_PG=own): a cluster of its own (initdb with the server's defaults: 128 MB shared
# buffers, fsync and synchronous_commit on) in .run/bench/pg on port 18294, so other users of the shared server (its
# 100 connections, its cache) neither disturb the figures nor get disturbed. max_connections is 200: five applications
# with the platform's pool of 20 (quarkus.datasource.jdbc.max-size) plus the relays' own connections can take 105. BENCH_PG=shared: the server on
# JUSTICE_DB_HOST:JUSTICE_DB_PORT (started from the local cluster if it is down). Fresh databases either way.
if [ "${BENCH_PG:-own}" = own ]; then
  # the installed server's binaries; with none installed, Maven Central's (dev/embedded-postgres)
  pgbin="$(pg_installed_bin)" || pgbin="$(pg_embedded_bin)" || { say "no PostgreSQL binaries (installed or embedded)"; exit 1; }
  pgdata="$(pg_home "$run/pg-cluster")/data"; PGHOST_=127.0.0.1; PGPORT_="${BENCH_PG_PORT:-18294}"; PGUSER_=postgres
  port_open "$PGPORT_" && { say "port $PGPORT_ is in use; set BENCH_PG_PORT"; exit 1; }
  rm -rf "$pgdata"
  pg_cluster_start "$pgbin" "$pgdata" "$PGPORT_" -c max_connections=200 || exit 1
  pg_own="$pgbin"
  say "PostgreSQL of its own on 127.0.0.1:$PGPORT_ (binaries $pgbin, data $pgdata)"
elif ! pg_answers "$PGHOST_" "$PGPORT_" "$PGUSER_"; then
  if cluster="$(pg_installed_cluster)"; then
    read -r ver cluster <<<"$cluster"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" start
    pg_started="$ver $cluster"
    for _ in $(seq 1 60); do pg_answers "$PGHOST_" "$PGPORT_" "$PGUSER_" && break; sleep 0.5; done
  else
    say "no PostgreSQL server answers on $PGHOST_:$PGPORT_"; exit 1
  fi
fi
pg_tool recreate "$PGHOST_" "$PGPORT_" "$PGUSER_" "${DATABASES[@]}" || { say "could not create the bench databases"; exit 1; }
say "fresh databases: ${DATABASES[*]}"

# --- a Kafka broker of its own (fresh data dir, own ports)
rm -rf "$run/kafka"
"$root/dev/kafka-broker/run-broker.sh" "$run/kafka" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" bench >"$run/logs/kafka.log" 2>&1 </dev/null &
kafka_pid=$!
for _ in $(seq 1 120); do
  port_open "$KAFKA_PORT" && grep -q "Kafka Server started" "$run/kafka/logs/server.log" 2>/dev/null && break
  kill -0 "$kafka_pid" 2>/dev/null || { tail -20 "$run/logs/kafka.log"; say "the bench broker exited"; exit 1; }
  sleep 0.5
done
port_open "$KAFKA_PORT" || { say "the bench broker did not start; see $run/kafka/logs/server.log"; exit 1; }
say "Kafka broker on 127.0.0.1:$KAFKA_PORT (pid $kafka_pid)"

# --- the harness
# the postmaster of the bench cluster: the cost scenario counts its backends' CPU (unknown for BENCH_PG=shared)
pg_pid=""; [ -n "$pg_own" ] && pg_pid="$(head -1 "$pgdata/postmaster.pid" 2>/dev/null || true)"
sha="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
dirty=false; [ -n "$(git -C "$root" status --porcelain 2>/dev/null)" ] && dirty=true
stamp="$(date +%Y-%m-%d)"
suffix=""; [ "$scenarios" = all ] || suffix="${scenarios//,/-}"
# shellcheck disable=SC2086
# the generator's own collections would count in the latencies it measures: logged, to be checked (docs/performance.md)
java -Xms256m -Xmx512m -Xlog:gc:file="$run/logs/harness-gc.log" -cp "$root/bench/target/bench-1.0.0-SNAPSHOT.jar:$root/bench/target/lib/*" \
  -Dbench.root="$root" -Dbench.run="$run" -Dbench.apps="$run/apps" -Dbench.kafka="127.0.0.1:$KAFKA_PORT" \
  -Dbench.db.host="$PGHOST_" -Dbench.db.port="$PGPORT_" -Dbench.db.user="$PGUSER_" -Dbench.port.base="$PORT_BASE" \
  -Dbench.jvm="$APP_JVM" -Dbench.jfr="$([ "${BENCH_JFR:-0}" = 1 ] && echo true || echo false)" \
  -Dbench.step.seconds="${BENCH_STEP_SECONDS:-5}" -Dbench.order="${BENCH_ORDER:-}" -Dbench.sha="$sha" -Dbench.dirty="$dirty" -Dbench.stamp="$stamp" -Dbench.suffix="$suffix" \
  -Dbench.app.java.home="${BENCH_APP_JAVA_HOME:-}" -Dbench.aot="$([ "${BENCH_AOT:-0}" = 1 ] && echo true || echo false)" \
  -Dbench.results="$root/bench/results" -Dbench.kafka.pid="$kafka_pid" -Dbench.pg.pid="$pg_pid" "${skip_props[@]}" \
  cn.justice.bench.Bench "$scenarios" &
harness_pid=$!
set +e
wait "$harness_pid"
rc=$?
set -e
harness_pid=""
exit $rc
