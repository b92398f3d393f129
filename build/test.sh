#!/usr/bin/env bash
# Builds and runs every test project of the solution, then the TypeScript SDK's tests against a live server
# (build/test-typescript.sh) and the web client's tests in Chromium (build/test-web.sh), and prints the totals of all
# as one line:
#   N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
ts_log=$(mktemp)
web_log=$(mktemp)
trap 'rm -f "$log" "$ts_log" "$web_log"' EXIT
dotnet test --solution SortieChat.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The TypeScript SDK (node --test); its reporter ends with "# pass N", "# fail N", "# skipped N".
./build/test-typescript.sh 2>&1 | tee "$ts_log"
ts_status=${PIPESTATUS[0]}

# The web client in a real browser (node --test with playwright-core driving /usr/bin/chromium); same closing lines.
./build/test-web.sh 2>&1 | tee "$web_log"
web_status=${PIPESTATUS[0]}

# The .NET runner ends with a "Test run summary" block; add up its counts, then node's.
total() { grep -E "^\s+$1: [0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
node_total() { grep -E "^# $1 [0-9]+$" "$2" | awk '{ s += $3 } END { print s + 0 }'; }
ts_total() { node_total "$1" "$ts_log"; }
web_total() { node_total "$1" "$web_log"; }
passed=$(( $(total succeeded) + $(ts_total pass) + $(web_total pass) ))
failed=$(( $(total failed) + $(ts_total fail) + $(web_total fail) ))
skipped=$(( $(total skipped) + $(ts_total skipped) + $(web_total skipped) ))
if [ "$status" -ne 0 ] && [ "$(total failed)" -eq 0 ]; then
  echo "The .NET tests did not run to the end (exit code $status)." >&2
  failed=$((failed + 1))
fi
if [ "$ts_status" -ne 0 ] && [ "$(ts_total fail)" -eq 0 ]; then
  echo "The TypeScript SDK's tests did not run to the end (exit code $ts_status)." >&2
  failed=$((failed + 1))
fi
if [ "$web_status" -ne 0 ] && [ "$(web_total fail)" -eq 0 ]; then
  echo "The web client's browser tests did not run to the end (exit code $web_status)." >&2
  failed=$((failed + 1))
fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
[ "$status" -eq 0 ] && [ "$ts_status" -eq 0 ] && [ "$web_status" -eq 0 ]
