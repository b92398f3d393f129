#!/usr/bin/env bash
# Builds and runs every test project of the solution, then the TypeScript SDK's tests against a live server
# (build/test-typescript.sh), and prints the totals of both as one line:
#   N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
ts_log=$(mktemp)
trap 'rm -f "$log" "$ts_log"' EXIT
dotnet test --solution SortieChat.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The TypeScript SDK (node --test); its reporter ends with "# pass N", "# fail N", "# skipped N".
./build/test-typescript.sh 2>&1 | tee "$ts_log"
ts_status=${PIPESTATUS[0]}

# The .NET runner ends with a "Test run summary" block; add up its counts, then node's.
total() { grep -E "^\s+$1: [0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
ts_total() { grep -E "^# $1 [0-9]+$" "$ts_log" | awk '{ s += $3 } END { print s + 0 }'; }
passed=$(( $(total succeeded) + $(ts_total pass) ))
failed=$(( $(total failed) + $(ts_total fail) ))
skipped=$(( $(total skipped) + $(ts_total skipped) ))
if [ "$status" -ne 0 ] && [ "$(total failed)" -eq 0 ]; then
  echo "The .NET tests did not run to the end (exit code $status)." >&2
  failed=$((failed + 1))
fi
if [ "$ts_status" -ne 0 ] && [ "$(ts_total fail)" -eq 0 ]; then
  echo "The TypeScript SDK's tests did not run to the end (exit code $ts_status)." >&2
  failed=$((failed + 1))
fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
[ "$status" -eq 0 ] && [ "$ts_status" -eq 0 ]
