#!/usr/bin/env bash
# Builds and runs every test project of the solution, then prints the totals as one line:
#   N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test --solution SortieChat.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The runner ends with a "Test run summary" block; add up its counts.
total() { grep -E "^\s+$1: [0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
passed=$(total succeeded)
failed=$(total failed)
skipped=$(total skipped)
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
