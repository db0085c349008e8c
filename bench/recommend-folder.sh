#!/usr/bin/env bash
# Folder mode of `spinewise recommend` end to end: writes N case files (the example cases in turn, each with its own
# id) to a temporary folder, then times `recommend --cases DIR --out FILE.ndjson` on a Release build: reading and
# validating every file, evaluating in parallel, writing one line per case. Prints wall time, cases/s, and the process's
# CPU time (user + sys) per case. Usage: bench/recommend-folder.sh [N] [full|compact]   (the line mode, default full)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
line=${2:-full}
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
dotnet "$dll" recommend --cases "$work/cases" --out "$work/warm.ndjson" --line "$line" > /dev/null   # first run: disk cache
python3 - "$dll" "$work" "$line" <<'PY'
import resource, subprocess, sys, time, os
dll, work, line = sys.argv[1:4]
start = time.time()
p = subprocess.run(["dotnet", dll, "recommend", "--cases", f"{work}/cases", "--out", f"{work}/out.ndjson", "--as-of", "2026-12-01", "--line", line],
                   capture_output=True, text=True)
wall = time.time() - start
if p.returncode != 0:
    sys.exit(p.stderr)
print(p.stdout.splitlines()[0])
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
n = sum(1 for _ in open(f"{work}/out.ndjson", "rb"))
size = os.path.getsize(f"{work}/out.ndjson")
print(f"{n} cases, --line {line}: process wall time {wall:.2f} s ({n/wall:.0f} cases/s including start-up, knowledge load and file reads); "
      f"CPU {cpu:.2f} s (user {usage.ru_utime:.2f} + sys {usage.ru_stime:.2f}) = {cpu/n*1e6:.1f} us a case ({n/cpu:.0f} cases/s per core); "
      f"peak RSS {usage.ru_maxrss/1024:.0f} MB; output {size/n/1024:.1f} KB per case")
PY
