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
"$root/dev/stack.sh" ensure-postgres || exit 1
cleanup() {
  # test brokers and test-launched apps carry -Djustice.kafka=test / -Djustice.e2e=true on their command line
  pkill -f -- "-Djustice.kafka=test" 2>/dev/null || true
  pkill -f -- "-Djustice.e2e=true" 2>/dev/null || true
}
trap cleanup EXIT
mvn -B $mvn_args verify
