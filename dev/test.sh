#!/usr/bin/env bash
# `make test`: ensures PostgreSQL answers, runs the whole Maven build with every test (unit, @QuarkusTest, *IT),
# then stops any Kafka broker or application a test run left behind (tests stop their own; this is the guard).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# the dashboard's end-to-end browser test (e2e DashboardIT) needs Node.js and Debian's Chromium (no browser download)
if [ "${MVN_ARGS:-}" = "${MVN_ARGS#*-DskipITs}" ]; then
  chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
  [ -x "$chromium_bin" ] || {
    echo "make test: Chromium is missing ($chromium_bin); the dashboard's browser test needs it: apt-get install -y chromium (.ci/run installs it)" >&2
    exit 1
  }
  command -v node >/dev/null && command -v npm >/dev/null || {
    echo "make test: Node.js and npm are missing; the dashboard's browser test needs them: apt-get install -y nodejs npm" >&2
    exit 1
  }
fi
"$root/dev/stack.sh" ensure-postgres || exit 1
cleanup() {
  # test brokers and test-launched apps carry -Djustice.kafka=test / -Djustice.e2e=true on their command line
  pkill -f -- "-Djustice.kafka=test" 2>/dev/null || true
  pkill -f -- "-Djustice.e2e=true" 2>/dev/null || true
}
trap cleanup EXIT
mvn -B ${MVN_ARGS:-} verify
