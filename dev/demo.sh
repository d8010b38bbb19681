#!/usr/bin/env bash
# `make demo`: loads the deterministic demo data set (X县, 2021 to today) through the gateway's public HTTP APIs —
# never SQL. Needs the stack (`make up`). Builds the generator (module demo/) when its jar is missing, signs a
# county-admin dev token and runs it. Safe to run again: what exists is not created twice (docs/demo.md).
#
#   JUSTICE_GATEWAY_URL   gateway to load into (default http://localhost:8080)
#   DEMO_ARGS             extra arguments for the generator, e.g. "--seed 7" or "--concurrency 12" or "--plan-only"
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
url="${JUSTICE_GATEWAY_URL:-http://localhost:8080}"
url="${url%/}"

if ! curl -fs -o /dev/null --max-time 5 "$url/q/health/ready"; then
  echo "make demo: the gateway at $url is not up (GET /q/health/ready failed). Start the stack first: make up" >&2
  exit 1
fi

jar="$root/demo/target/demo-data.jar"
if [ ! -f "$jar" ] || [ ! -d "$root/demo/target/lib" ]; then
  echo "Building the demo data generator (./mvnw -pl demo -am package)…"
  (cd "$root" && ./mvnw -B -q -pl demo -am package -DskipTests) || { echo "make demo: building demo/ failed" >&2; exit 1; }
fi

token="$("$root/dev/token" county-admin)"
# a short-lived client: the C1 compiler alone costs less CPU than it saves, and the CPU belongs to the services
# shellcheck disable=SC2086
JUSTICE_TOKEN="$token" exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m -jar "$jar" --url "$url" ${DEMO_ARGS:-}
