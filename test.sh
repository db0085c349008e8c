#!/usr/bin/env bash
# Runs every test of the solution on a fresh Debian machine with only the .NET 10 SDK, then prints the totals
# alone on a line: "N passed, N failed" (", N skipped" when any were skipped).
# The tests need nothing beyond the SDK today, and the project's shared/ folder beside the repository (seeds,
# research report, metafor reference), which CI provides. Exit status: non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")"

results="artifacts/test-results"
rm -rf "$results"
dotnet test Spinewise.slnx --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or a test host failed before any test could report
  echo "dotnet test exited with $status (see above)." >&2
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi

[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$files" -gt 0 ]
