#!/usr/bin/env bash
# Runs every test of the solution on a fresh Debian machine with only the .NET 10 SDK, then prints the totals
# alone on a line: "N passed, N failed" (", N skipped" when any were skipped).
# The tests need nothing beyond the SDK today, and the project's shared/ folder beside the repository (seeds,
# research report, metafor reference), which CI provides. Exit status: non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")"

mkdir -p artifacts
log="artifacts/test-output.log"
dotnet test Spinewise.slnx "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly ends with a line such as
#   Passed!  - Failed:     0, Passed:   150, Skipped:     0, Total:   150, Duration: 181 ms - X.Tests.dll (net10.0)
passed=0; failed=0; skipped=0; assemblies=0
while IFS= read -r line; do
  assemblies=$((assemblies + 1))
  count() { echo "$line" | grep -o "$1: *[0-9]*" | grep -o '[0-9]*$'; }
  passed=$((passed + $(count Passed)))
  failed=$((failed + $(count Failed)))
  skipped=$((skipped + $(count Skipped)))
done < <(grep -E '^(Passed|Failed)! +- Failed: ' "$log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or a test host failed before any test could report
  echo "dotnet test exited with $status (see above)." >&2
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi

[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$assemblies" -gt 0 ]
