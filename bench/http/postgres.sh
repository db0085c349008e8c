# Sourced by the HTTP benchmarks: a throw-away PostgreSQL cluster on 127.0.0.1, owned by the `postgres` user, in a
# temporary folder. `start_throwaway_postgres DIR` sets BENCH_POSTGRES (an Npgsql connection string);
# `stop_throwaway_postgres` stops it (the caller removes DIR). Installs Debian's postgresql when it is missing.

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

start_throwaway_postgres() {
  local dir=$1 port bin
  if [ -z "$(pg_bin)" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
  fi
  bin=$(pg_bin)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$dir"
  chown postgres "$dir"
  runuser -u postgres -- "$bin/initdb" -D "$dir/cluster" -U postgres -A trust --no-instructions > "$dir/initdb.log"
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/cluster" -l "$dir/postgres.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200" start > /dev/null
  PG_BENCH_DIR=$dir
  PG_BENCH_BIN=$bin
  BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export BENCH_POSTGRES
}

stop_throwaway_postgres() {
  if [ -n "${PG_BENCH_DIR:-}" ]; then
    runuser -u postgres -- "$PG_BENCH_BIN/pg_ctl" -D "$PG_BENCH_DIR/cluster" -m immediate stop > /dev/null 2>&1 || true
    PG_BENCH_DIR=
  fi
}
