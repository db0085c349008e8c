#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests, bound to 127.0.0.1 on a free port, in a temporary folder.
#   eval "$(tests/Spinewise.Persistence.Tests/postgres-cluster.sh start)"   # exports SPINEWISE_TEST_POSTGRES(_DIR)
#   tests/Spinewise.Persistence.Tests/postgres-cluster.sh stop "$SPINEWISE_TEST_POSTGRES_DIR"
# "start" installs Debian's postgresql package when initdb/pg_ctl are missing (apt-get, needs root), runs the
# server as the postgres user when started as root, and prints the export lines on stdout (progress on stderr).
set -euo pipefail

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

find_bin() {
  local dir
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"; return 0
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

start() {
  local bin dir port attempt
  if ! bin=$(find_bin); then
    echo "postgres-cluster: initdb/pg_ctl not found; installing postgresql" >&2
    (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql) >&2
    bin=$(find_bin)
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/spinewise-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; return 1; }
  for attempt in $(seq 1 20); do
    port=$((20000 + RANDOM % 30000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi # taken
    if as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=300" start >&2; then
      echo "export SPINEWISE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
      echo "export SPINEWISE_TEST_POSTGRES_DIR='$dir'"
      echo "postgres-cluster: PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$port, data in $dir" >&2
      return 0
    fi
    tail -n 5 "$dir/server.log" >&2 || true
  done
  echo "postgres-cluster: the server did not start" >&2
  rm -rf "$dir"
  return 1
}

stop() {
  local dir=${1:?the cluster folder} bin
  [ -d "$dir" ] || return 0
  if bin=$(find_bin) && [ -f "$dir/data/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop <folder>" >&2; exit 2 ;;
esac
