#!/usr/bin/env bash
# Load benchmark of POST /cds-services/spinewise-order-select with a full prefetch (bench/http/cds-order-select.json:
# lumbar radicular pain from disc herniation, a transforaminal ESI ordered; every call mapped from FHIR, evaluated,
# answered with cards and stored before the answer) with Debian's `hey` at fixed rates on loopback, against a Release
# build of the web server on this machine (load generator and server share the cores). Prints p50/p90/p99 per rate.
#
# JWT: `hey` sends one fixed Authorization header, and a verified token is refused as a replay from its second use
# (jti). So this script runs the server in Development with Spinewise:CdsHooks:VerifyTokens=false (the one setting the
# app accepts only in Development): the figures measure mapping, evaluation, cards and storage, NOT the signature
# check and the jti insert. docs/benchmarks.md says so next to the figures.
#
# Usage: bench/http/cds.sh [sqlite|postgres] [RATE...]       (default: sqlite 250 500 1000)
# Env:   DURATION=10 (seconds per rate), WARMUP=5 (seconds at 250 req/s first), PER_WORKER=50 (req/s per hey worker)
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}
shift || true
rates=("$@")
[ ${#rates[@]} -gt 0 ] || rates=(250 500 1000)
duration=${DURATION:-10}
warmup=${WARMUP:-5}
per_worker=${PER_WORKER:-50}
body=bench/http/cds-order-select.json
path=/cds-services/spinewise-order-select

if ! command -v hey > /dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey > /dev/null
fi

dotnet build -c Release src/Spinewise.Web -v q -nologo > /dev/null
dll=artifacts/bin/Spinewise.Web/release/Spinewise.Web.dll

work=$(mktemp -d)
server_pid=
pg_dir=
cluster=tests/Spinewise.Persistence.Tests/postgres-cluster.sh
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true; fi
  if [ -n "$pg_dir" ]; then "$cluster" stop "$pg_dir" > /dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

env_db=()
case "$provider" in
  sqlite) ;;
  postgres)
    eval "$("$cluster" start 2> "$work/postgres.log")"
    pg_dir=$SPINEWISE_TEST_POSTGRES_DIR
    env_db=(Spinewise__Database__Provider=postgres "Spinewise__Database__ConnectionString=$SPINEWISE_TEST_POSTGRES") ;;
  *) echo "provider must be sqlite or postgres" >&2; exit 2 ;;
esac

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
env ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Development Spinewise__CdsHooks__VerifyTokens=false \
  Spinewise__DataDirectory="$work/data" Serilog__MinimumLevel__Default=Warning "${env_db[@]}" dotnet "$dll" > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$url/health/ready" && break
  kill -0 "$server_pid" 2> /dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.05
done
curl -fs -o /dev/null "$url/health/ready" || { echo "server not ready" >&2; cat "$work/server.log" >&2; exit 1; }

status=$(curl -s -o "$work/first.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$body" "$url$path")
[ "$status" = 200 ] || { echo "POST $path answered $status, not 200" >&2; cat "$work/first.json" >&2; exit 1; }
grep -q '"cards"' "$work/first.json" || { echo "no cards in the answer" >&2; exit 1; }

post() { # rate seconds csv
  local workers=$(( ($1 + per_worker - 1) / per_worker ))
  local q=$(( $1 / workers ))
  hey -z "$2s" -c "$workers" -q "$q" -m POST -T application/json -D "$body" -o csv "$url$path" > "$3"
}

echo "provider=$provider, $(nproc) cores, $(dotnet --list-runtimes | grep -m1 NETCore.App | cut -d' ' -f2), ${duration}s per rate, hey workers at ≤${per_worker} req/s each, JWT verification OFF"
post 250 "$warmup" "$work/warmup.csv"
printf 'target/s\tachieved/s\trequests\tnon-200\tp50 ms\tp90 ms\tp99 ms\tmax ms\n'
for rate in "${rates[@]}"; do
  post "$rate" "$duration" "$work/run.csv"
  python3 bench/http/percentiles.py "$work/run.csv" "$rate" 200
done
