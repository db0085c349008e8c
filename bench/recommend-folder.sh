#!/usr/bin/env bash
# Folder mode of `spinewise recommend` end to end: writes N case files (the example cases in turn, each with its own
# id) to a temporary folder, then times `recommend --cases DIR --out FILE.ndjson` on a Release build: reading and
# validating every file, evaluating in parallel, writing one line per case. Usage: bench/recommend-folder.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cases"
python3 - "$n" "$work/cases" <<'PY'
import json, pathlib, sys
n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
examples = sorted(pathlib.Path("examples/cases").glob("*.json"))
cases = [json.loads(p.read_text()) for p in examples]
for i in range(n):
    case = dict(cases[i % len(cases)])
    case["id"] = f"{case['id']}-{i:06d}"
    (out / f"{case['id']}.json").write_text(json.dumps(case))
PY
dotnet build -c Release src/Spinewise.Cli -v q -nologo > /dev/null
dll=artifacts/bin/Spinewise.Cli/release/spinewise.dll
dotnet "$dll" recommend --cases examples/cases --out "$work/warm.ndjson" > /dev/null   # first run: JIT and disk cache
start=$(python3 -c "import time; print(time.time())")
dotnet "$dll" recommend --cases "$work/cases" --out "$work/out.ndjson" --as-of 2026-12-01 | head -n 1
end=$(python3 -c "import time; print(time.time())")
lines=$(wc -l < "$work/out.ndjson")
bytes=$(wc -c < "$work/out.ndjson")
python3 -c "import sys; n,t,b=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]); print(f'{n} cases, process wall time {t:.2f} s ({n/t:.0f} cases/s including start-up, knowledge load and file reads); output {b/n/1024:.1f} KB per case')" "$lines" "$(python3 -c "print($end - $start)")" "$bytes"
