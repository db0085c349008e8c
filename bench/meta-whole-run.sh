#!/usr/bin/env bash
# Whole-process timing of the evidence CLI on large inputs, beside metafor when R is installed
# (`apt-get install -y r-cran-metafor`; not needed otherwise). The CLI as shipped: published for linux-x64, ReadyToRun
# (as deploy/Dockerfile publishes it); /usr/bin/time -v for wall time and peak RSS.
#
# Usage: bench/meta-whole-run.sh [K]        (default K = 1000000)
#   1. escalc --measure OR on K random 2x2 tables (cells U{0..59}, fixed seed), writing yi and vi to a CSV
#   2. meta rma (REML) on K yi/vi rows, JSON out
set -euo pipefail
cd "$(dirname "$0")/.."
k=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/Spinewise.Cli -c Release -r linux-x64 --self-contained false -o artifacts/publish/spinewise-r2r -v q -nologo > /dev/null
cli=artifacts/publish/spinewise-r2r/spinewise.dll

python3 - "$k" "$work" <<'PY'
import random, sys
k, work = int(sys.argv[1]), sys.argv[2]
r = random.Random(20261203)
with open(f"{work}/tables.csv", "w") as f:
    f.write("ai,bi,ci,di\n")
    for _ in range(k):
        f.write(f"{r.randint(0,59)},{r.randint(0,59)},{r.randint(0,59)},{r.randint(0,59)}\n")
with open(f"{work}/yivi.csv", "w") as f:
    f.write("yi,vi\n")
    for _ in range(k):
        f.write(f"{r.gauss(0.2, 0.5)!r},{r.uniform(0.01, 0.3)!r}\n")
PY
echo "k = $k; $(nproc) cores; $(du -h "$work/tables.csv" | cut -f1) tables, $(du -h "$work/yivi.csv" | cut -f1) yi/vi"

measure() { # label command...
  /usr/bin/time -v "${@:2}" > "$work/out.txt" 2> "$work/time.txt" || { printf '%-34s failed: %s\n' "$1" "$(grep -m1 -i error "$work/time.txt")"; return 0; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident" "$work/time.txt" | awk '{print $NF}')
  printf '%-34s wall %8s   peak RSS %6d MB\n' "$1" "$wall" $((rss / 1024))
}

measure "spinewise escalc OR --out" dotnet "$cli" escalc "$work/tables.csv" --measure OR --ai ai --bi bi --ci ci --di di --out "$work/es.csv"
measure "spinewise meta rma REML --json" dotnet "$cli" meta rma "$work/yivi.csv" --method REML --json
if command -v Rscript > /dev/null && Rscript -e 'library(metafor)' > /dev/null 2>&1; then
  measure "metafor escalc OR + write.csv" Rscript -e "suppressMessages(library(metafor)); d <- read.csv('$work/tables.csv'); e <- escalc('OR', ai=ai, bi=bi, ci=ci, di=di, data=d); write.csv(e, '$work/es-r.csv', row.names=FALSE)"
  measure "metafor rma REML" Rscript -e "suppressMessages(library(metafor)); d <- read.csv('$work/yivi.csv'); print(rma(yi, vi, data=d, method='REML'))"
else
  echo "(R with metafor not installed: metafor's side skipped)"
fi
