#!/usr/bin/env bash
# Population screening end to end (docs/screening.md): generates a synthetic FHIR Bulk Data export of N patients
# (bench/Spinewise.ExportGen, seeded), then times `spinewise screen EXPORT --out REPORT` on a Release build with
# /usr/bin/time -v: reading, partitioning by patient, mapping, evaluating and writing the report. Prints MB/s of NDJSON,
# patients/s, peak RSS and the machine's load (the machine may be shared).
# Usage: bench/screen.sh [N] [FORMAT]   (N default 100000; FORMAT default ndjson,csv)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
format=${2:-ndjson,csv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/Spinewise.Cli -v q -nologo > /dev/null
dotnet build -c Release bench/Spinewise.ExportGen -v q -nologo > /dev/null
cli=artifacts/bin/Spinewise.Cli/release/spinewise.dll
dotnet artifacts/bin/Spinewise.ExportGen/release/Spinewise.ExportGen.dll --patients "$n" --seed 1 --out "$work/export"
bytes=$(cat "$work"/export/*.ndjson | wc -c)
dotnet "$cli" screen "$work/export" --out "$work/warm" --shard 0/1000 --as-of 2026-12-01 > /dev/null   # JIT and disk cache
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
/usr/bin/time -v -o "$work/time.txt" dotnet "$cli" screen "$work/export" --out "$work/report" --as-of 2026-12-01 --format "$format" | head -n 1
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
cpu=$(grep 'Percent of CPU' "$work/time.txt" | awk '{print $NF}')
out=$(du -sb "$work/report" | cut -f1)
python3 - "$n" "$bytes" "$wall" "$rss" "$cpu" "$out" <<'PY'
import sys
n, b, wall, rss, cpu, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
parts = [float(p) for p in wall.split(':')]
t = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
print(f"{n} patients, {b/1e6:.1f} MB of NDJSON in {t:.2f} s wall (process, incl. start-up and knowledge load; CPU {cpu}):")
print(f"  {b/1e6/t:.1f} MB/s, {n/t:.0f} patients/s, peak RSS {rss/1024:.0f} MB, report {out/1e6:.1f} MB")
PY
