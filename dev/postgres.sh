# PostgreSQL for the dev stack, the tests and the bench (sourced by dev/stack.sh, dev/test.sh, dev/bench.sh; needs
# $root). An installed server that answers is preferred; when none is installed, a real PostgreSQL server runs from
# the binaries on Maven Central (module dev/embedded-postgres). No psql or pg_isready needed: PostgresTool (JDBC)
# checks readiness and creates databases.
#
#   pg_answers HOST PORT USER            0 when the server answers
#   pg_installed_cluster                 prints "<version> <cluster>" of a local Debian cluster, if one is installed
#   pg_installed_bin                     prints the bin/ directory of installed server binaries, if any
#   pg_embedded_bin                      unpacks the Maven Central binaries (once) and prints their bin/ directory
#   pg_cluster_start BIN DATA PORT [server options]   initdb when DATA is new, then pg_ctl start (waits)
#   pg_cluster_stop BIN DATA             pg_ctl stop -m fast
#   pg_tool ARGS…                        dev/embedded-postgres PostgresTool (databases, recreate, ready, extract)

pg_tool_dir="$root/dev/embedded-postgres/target"

pg_tool() {
  if [ ! -d "$pg_tool_dir/libs" ] || [ ! -d "$pg_tool_dir/classes" ]; then
    echo "building dev/embedded-postgres (PostgreSQL binaries and PostgresTool)…" >&2
    (cd "$root" && ./mvnw -B -q -pl dev/embedded-postgres package -DskipTests) >&2 || return 2
  fi
  java -cp "$pg_tool_dir/classes:$pg_tool_dir/libs/*" cn.justice.dev.postgres.PostgresTool "$@"
}

pg_answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$1" -p "$2" 2>/dev/null
  else
    # nothing listens: no JVM needed to know that
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null || return 1
    pg_tool ready "$1" "$2" "$3"
  fi
}

pg_installed_cluster() {
  [ "${JUSTICE_PG_EMBEDDED:-0}" = 1 ] && return 1
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  local line; line="$(pg_lsclusters -h 2>/dev/null | head -1)"
  [ -n "$line" ] || return 1
  awk '{print $1, $2}' <<<"$line"
}

# The server refuses to run as root: as root it runs as the postgres user (or nobody), which must reach its files;
# where the checkout is not reachable by that user (a clone under /root, say), the files live under /var/tmp.
pg_server_user() { if id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi; }
as_server_user() { if [ "$(id -u)" = 0 ]; then runuser -u "$(pg_server_user)" -- "$@"; else "$@"; fi; }

# pg_home DIR: prints DIR, or a directory the server user can reach standing for it
pg_home() {
  local dir="$1"
  mkdir -p "$dir"
  if [ "$(id -u)" != 0 ] || runuser -u "$(pg_server_user)" -- /bin/sh -c '[ -x "$1" ]' _ "$dir" 2>/dev/null; then
    echo "$dir"
  else
    local alt; alt="/var/tmp/justice-pg/$(printf '%s' "$dir" | cksum | cut -d' ' -f1)"
    mkdir -p "$alt" && chmod 755 /var/tmp/justice-pg "$alt"
    echo "$alt"
  fi
}

# JUSTICE_PG_EMBEDDED=1 makes the installed binaries invisible (dev/jdk-only-check.sh: a machine without them)
pg_installed_bin() {
  [ "${JUSTICE_PG_EMBEDDED:-0}" = 1 ] && return 1
  local bin; bin="$(pg_config --bindir 2>/dev/null || true)"
  [ -x "$bin/initdb" ] || bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -x "$bin/initdb" ] && echo "$bin"
}

pg_embedded_bin() {
  local home; home="$(pg_home "$root/.run/pg")"
  pg_tool extract "$home/dist" >&2 || return 1
  echo "$home/dist/bin"
}

pg_cluster_start() {
  local bin="$1" data="$2" port="$3"; shift 3
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown "$(pg_server_user)" "$data" && chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_server_user "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 \
      || { tail -20 "$data.initdb.log" >&2; return 1; }
  fi
  as_server_user "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data $*" start >/dev/null \
    || { tail -20 "$data/server.log" >&2; return 1; }
}

pg_cluster_stop() {
  local bin="$1" data="$2"
  [ -f "$data/postmaster.pid" ] || return 0
  as_server_user "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
}
