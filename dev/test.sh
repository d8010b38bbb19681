#!/usr/bin/env bash
# `make test`: ensures PostgreSQL answers, runs the whole Maven build with every test (unit, @QuarkusTest, *IT),
# then stops any Kafka broker or application a test run left behind (tests stop their own; this is the guard).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/dev/stack.sh" ensure-postgres || exit 1
cleanup() {
  # test brokers and test-launched apps carry -Djustice.kafka=test / -Djustice.e2e=true on their command line
  pkill -f -- "-Djustice.kafka=test" 2>/dev/null || true
  pkill -f -- "-Djustice.e2e=true" 2>/dev/null || true
}
trap cleanup EXIT
mvn -B ${MVN_ARGS:-} verify
