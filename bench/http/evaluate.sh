#!/usr/bin/env bash
# Load benchmark of POST /api/evaluate (the stenosis example, storage on) with Debian's `hey` at fixed rates on
# loopback, against a Release build of the web server on this machine (load generator and server share the cores).
# Prints p50/p90/p99 per rate and the highest rate whose p99 stays under 5 ms.
#
# Usage: bench/http/evaluate.sh [sqlite|postgres] [RATE...]       (default: sqlite 250 500 1000 1500 2000)
# Env:   DURATION=10 (seconds per rate), WARMUP=20 (seconds at 500 req/s first: the JIT's tiered and PGO rejits settle within it), PER_WORKER=50 (req/s per hey worker)
# postgres starts a throw-away PostgreSQL cluster (the tests' tests/Spinewise.Persistence.Tests/postgres-cluster.sh)
# in a temporary folder and removes it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}
shift || true
rates=("$@")
[ ${#rates[@]} -gt 0 ] || rates=(250 500 1000 1500 2000)
duration=${DURATION:-10}
warmup=${WARMUP:-20}
per_worker=${PER_WORKER:-50}
case_file=examples/cases/stenosis-claudication.json

. bench/http/server.sh
start_server "$provider"

status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$case_file" "$url/api/evaluate")
[ "$status" = 201 ] || { echo "POST /api/evaluate answered $status, not 201" >&2; exit 1; }

post() { # rate seconds csv
  local workers=$(( ($1 + per_worker - 1) / per_worker ))
  local q=$(( $1 / workers ))
  hey -z "$2s" -c "$workers" -q "$q" -m POST -T application/json -D "$case_file" -o csv "$url/api/evaluate" > "$3"
}

echo "provider=$provider, $(nproc) cores, $(dotnet --list-runtimes | grep -m1 NETCore.App | cut -d' ' -f2), ${duration}s per rate, hey workers at ≤${per_worker} req/s each"
post 500 "$warmup" "$work/warmup.csv"
printf 'target/s\tachieved/s\trequests\tnon-201\tp50 ms\tp90 ms\tp99 ms\tmax ms\n'
best=none
for rate in "${rates[@]}"; do
  line=$(post "$rate" "$duration" "$work/run.csv" && python3 bench/http/percentiles.py "$work/run.csv" "$rate")
  echo "$line"
  p99=$(echo "$line" | cut -f7)
  errors=$(echo "$line" | cut -f4)
  achieved=$(echo "$line" | cut -f2)
  if [ "$errors" = 0 ] && python3 -c "import sys; sys.exit(0 if float('$p99') < 5.0 and $achieved >= 0.95 * $rate else 1)"; then best=$rate; fi
done
rows=$(grep -c . "$work/server.log" || true)
echo "highest rate with p99 < 5 ms (all 201, at least 95% of the rate achieved): $best req/s"
echo "server log: $rows lines"
