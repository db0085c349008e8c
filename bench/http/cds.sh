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
# Env:   DURATION=10 (seconds per rate), WARMUP=20 (seconds at 250 req/s first: the JIT's tiered and PGO rejits settle within it), PER_WORKER=50 (req/s per hey worker)
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}
shift || true
rates=("$@")
[ ${#rates[@]} -gt 0 ] || rates=(250 500 1000)
duration=${DURATION:-10}
warmup=${WARMUP:-20}
per_worker=${PER_WORKER:-50}
body=bench/http/cds-order-select.json
path=/cds-services/spinewise-order-select

. bench/http/server.sh
start_server "$provider" ASPNETCORE_ENVIRONMENT=Development Spinewise__CdsHooks__VerifyTokens=false Serilog__MinimumLevel__Default=Warning

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
