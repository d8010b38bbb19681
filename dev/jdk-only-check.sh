#!/usr/bin/env bash
# A newcomer's machine with only a JDK, simulated: `make up`, a short `make demo`, `make down`, `make up` again (the
# data kept) and `make down`, with the system PostgreSQL stopped and mvn, psql, pg_isready and the Debian cluster
# tools absent from PATH. Restores the system PostgreSQL at the end. Run by .ci/run on every submission.
# With arguments, runs that command in the same JDK-only setting instead (e.g. `dev/jdk-only-check.sh make test`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf 'jdk-only check: %s\n' "$*"; }

# a PATH without the hidden tools: every other executable of PATH, linked into one directory
hidden=(mvn psql pg_isready pg_lsclusters pg_ctlcluster pg_config pg_ctl initdb postgres)
shim="$(mktemp -d)"; chmod 755 "$shim"   # the server user runs through it too
IFS=: read -r -a dirs <<<"$PATH"
for d in "${dirs[@]}"; do
  [ -d "$d" ] || continue
  for f in "$d"/*; do
    n="${f##*/}"
    [ -x "$f" ] && [ ! -d "$f" ] && [ ! -e "$shim/$n" ] || continue
    [[ " ${hidden[*]} " == *" $n "* ]] && continue
    ln -s "$f" "$shim/$n"
  done
done

stopped=()
restore() {
  local rc=$?
  PATH="$saved_path" make down >/dev/null 2>&1 || true
  PATH="$saved_path"
  for c in "${stopped[@]}"; do
    read -r ver cluster <<<"$c"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" start && say "restarted system PostgreSQL $ver/$cluster"
  done
  rm -rf "$shim"
  exit $rc
}
saved_path="$PATH"
trap restore EXIT

# the system PostgreSQL on the port make up uses, stopped (the port is then the embedded server's)
port="${JUSTICE_DB_PORT:-5432}"
if command -v pg_lsclusters >/dev/null; then
  while read -r ver cluster cport status _; do
    if [ "$status" = online ] && [ "$cport" = "$port" ]; then
      pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop
      stopped+=("$ver $cluster")
      say "stopped system PostgreSQL $ver/$cluster"
    fi
  done < <(pg_lsclusters -h)
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  say "something still listens on $port: cannot prove the embedded fallback"; exit 1
fi

export PATH="$shim" JUSTICE_PG_EMBEDDED=1   # the installed binaries off PATH (/usr/lib/postgresql) too
for t in "${hidden[@]}"; do
  if command -v "$t" >/dev/null; then say "$t still on PATH"; exit 1; fi
done

if [ $# -gt 0 ]; then
  say "running: $*"
  "$@"
  say "passed with only a JDK: $*"
  exit 0
fi
rm -rf .run/pg

up_log="$(mktemp)"
make up | tee "$up_log"
grep -q "embedded PostgreSQL" "$up_log" || { say "make up did not use the embedded PostgreSQL"; exit 1; }
# a short demo: January 2021 only (the generator's "today" set back), loaded through the gateway like the full one
DEMO_ARGS="--today=2021-01-31" make demo
token="$(dev/token county-admin)"
disputes() { curl -fs -H "Authorization: Bearer $token" "http://localhost:8080/api/v1/mediation/disputes?size=1" | grep -o '"total":[0-9]*'; }
before="$(disputes)"
[ -n "$before" ] && [ "$before" != '"total":0' ] || { say "the demo loaded no disputes ($before)"; exit 1; }
make down
JUSTICE_SKIP_BUILD=1 make up >"$up_log"
grep -q "embedded PostgreSQL" "$up_log" || { say "the second make up did not use the embedded PostgreSQL"; exit 1; }
after="$(disputes)"
[ "$after" = "$before" ] || { say "the data did not survive make down / make up: $before then $after"; exit 1; }
say "the demo's disputes ($before) are still there after make down / make up"
make down
rm -f "$up_log"
say "passed: make up, make demo, make down and make up again with only a JDK (embedded PostgreSQL, ./mvnw)"
