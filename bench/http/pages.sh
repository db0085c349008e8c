#!/usr/bin/env bash
# Server-render speed of every page: Debian's `hey` at a fixed rate on loopback against a Release build of the web app
# (SQLite, a fresh data folder). Prints p50/p90/p95/p99 per page; the target is p95 ≤ 20 ms on this machine.
# One stored evaluation (the stenosis example, via the API) gives the evaluation and personalised decision-aid pages.
#
# Usage: bench/http/pages.sh [RATE]          (default 50 req/s per page)
# Env:   DURATION=10 (seconds per page), WARMUP=3 (seconds per page first, not counted), PAGES="path ..." to choose pages
set -euo pipefail
cd "$(dirname "$0")/../.."
rate=${1:-50}
duration=${DURATION:-10}
warmup=${WARMUP:-3}

. bench/http/server.sh
start_server sqlite Serilog__MinimumLevel__Default=Warning

location=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  --data-binary @examples/cases/stenosis-claudication.json "$url/api/evaluate" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
evaluation=${location##*/}
[ -n "$evaluation" ] || { echo "POST /api/evaluate gave no Location" >&2; exit 1; }

default_pages="/ /search?q=rfa /guidelines /guidelines/aspn-2022 /guidelines/bmj-2025 /about
/interventions /interventions/epidural-steroid-injection /interventions/pild
/decision-aid /decision-aid/epidural-steroid-injection /decision-aid/lumbar-rfa?evaluation=$evaluation
/evaluate /evaluate?from=$evaluation /evaluations/$evaluation
/evidence"
pages=${PAGES:-$default_pages}

echo "$(nproc) cores, $(dotnet --list-runtimes | grep -m1 NETCore.App | cut -d' ' -f2), ${rate} req/s for ${duration}s per page (after ${warmup}s warm-up)"
printf 'page\tstatus\tachieved/s\tp50 ms\tp90 ms\tp95 ms\tp99 ms\tmax ms\n'
for page in $pages; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url$page")
  workers=$(( (rate + 49) / 50 ))
  hey -z "${warmup}s" -c "$workers" -q $(( rate / workers )) "$url$page" > /dev/null
  hey -z "${duration}s" -c "$workers" -q $(( rate / workers )) -o csv "$url$page" > "$work/page.csv"
  python3 - "$work/page.csv" "$page" "$status" <<'PY'
import csv, math, sys
path, page, status = sys.argv[1:4]
rows = list(csv.DictReader(open(path, newline="")))
times = sorted(float(r["response-time"]) * 1000.0 for r in rows)
span = max(float(r["offset"]) for r in rows) if rows else 0.0
def q(p): return times[max(0, min(len(times) - 1, math.ceil(p * len(times)) - 1))] if times else float("nan")
bad = sum(1 for r in rows if r["status-code"] != status)
print("\t".join([page, status + (f" ({bad} other)" if bad else ""), f"{len(times) / span:.0f}" if span else "0",
                 *(f"{q(p):.1f}" for p in (0.5, 0.9, 0.95, 0.99)), f"{times[-1]:.1f}" if times else "nan"]))
PY
done
