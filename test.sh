#!/usr/bin/env bash
# Runs every test of the solution on a fresh Debian machine with only the .NET 10 SDK, then prints the totals
# alone on a line: "N passed, N failed" (", N skipped" when any were skipped).
# Besides the SDK the tests need the project's shared/ folder beside the repository (seeds, research report, metafor
# reference), which CI provides, Debian's chromium (installed when missing) and a PostgreSQL server: unless SPINEWISE_TEST_POSTGRES already names one, this
# script starts a throw-away cluster on 127.0.0.1 (installing Debian's postgresql when initdb is missing) and removes
# it at the end, also on failure. Exit status: non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")"

mkdir -p artifacts

# PostgreSQL for the persistence and web tests (tests/Spinewise.Persistence.Tests/postgres-cluster.sh).
cluster=tests/Spinewise.Persistence.Tests/postgres-cluster.sh
if [ -z "${SPINEWISE_TEST_POSTGRES:-}" ]; then
  if exports=$("$cluster" start); then
    eval "$exports"
    trap '"$cluster" stop "$SPINEWISE_TEST_POSTGRES_DIR" >/dev/null 2>&1' EXIT
    trap 'exit 130' INT TERM
  else
    echo "test.sh: no PostgreSQL cluster could be started; the PostgreSQL tests will skip locally and fail in CI." >&2
  fi
fi

# Debian's Chromium for the page tests (Playwright drives /usr/bin/chromium; it never downloads a browser). Without it
# the browser tests skip locally and fail in CI.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
}
ensure_chromium >&2 || echo "test.sh: chromium could not be installed; the browser tests will skip locally and fail in CI." >&2

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
