# Shared by the HTTP load benchmarks (source it from the repository root): installs `hey` when missing, builds the
# web server (Release), starts it on a free loopback port with a fresh data folder (SQLite, or a throw-away
# PostgreSQL cluster), waits for /health/ready, and stops everything it started on exit.
#
# start_server PROVIDER [NAME=VALUE...]   sets url, work; extra environment for the server after the provider

cluster=tests/Spinewise.Persistence.Tests/postgres-cluster.sh
server_pid=
pg_dir=
work=$(mktemp -d)

cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true; fi
  if [ -n "$pg_dir" ]; then "$cluster" stop "$pg_dir" > /dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

start_server() {
  local provider=$1
  shift
  if ! command -v hey > /dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey > /dev/null
  fi

  dotnet build -c Release src/Spinewise.Web -v q -nologo > /dev/null
  local dll=artifacts/bin/Spinewise.Web/release/Spinewise.Web.dll
  local env_db=()
  case "$provider" in
    sqlite) ;;
    postgres)
      eval "$("$cluster" start 2> "$work/postgres.log")"
      pg_dir=$SPINEWISE_TEST_POSTGRES_DIR
      env_db=(Spinewise__Database__Provider=postgres "Spinewise__Database__ConnectionString=$SPINEWISE_TEST_POSTGRES") ;;
    *) echo "provider must be sqlite or postgres" >&2; exit 2 ;;
  esac

  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  url="http://127.0.0.1:$port"
  env ASPNETCORE_URLS="$url" Spinewise__DataDirectory="$work/data" "${env_db[@]}" "$@" dotnet "$dll" > "$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$url/health/ready" && break
    kill -0 "$server_pid" 2> /dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.05
  done
  curl -fs -o /dev/null "$url/health/ready" || { echo "server not ready" >&2; cat "$work/server.log" >&2; exit 1; }
}
