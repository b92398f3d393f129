#!/usr/bin/env bash
# Benchmarks of docs/benchmarks.md: the bare SignalR baseline and SortieChat, same tool, same scenarios, same run.
#
#   build/bench.sh            every scenario (under 30 minutes), results into docs/benchmarks/
#   build/bench.sh --quick    a tiny sweep against both servers (under a minute, results in a temporary
#                             directory); fails unless every message reached every member. It asserts no timing.
#                             Then one dry pass of every micro-benchmark, to prove they still run (~45 s).
#   build/bench.sh --micro    the BenchmarkDotNet micro-benchmarks of the hot path (bench/SortieChat.Benchmarks:
#                             send pipeline, seq allocation, serialization; ~4 min), tables into docs/benchmarks/micro/
#   BENCH_SCENARIOS="A D" build/bench.sh   only some scenarios; BENCH_OUT=dir writes the results elsewhere
#   BENCH_NICE=-10 build/bench.sh           (root) servers and load tool ahead of other work on a shared machine
#   BENCH_SORTIECHAT_ENV="Push__Enabled=false" build/bench.sh   more settings for SortieChat (NAME=value, space-separated)
#
# Each server runs pinned to core 0 and the load generator to core 1 (taskset), one server loaded at a time.
# SortieChat runs in Release with a fresh SQLite database and media root under a temporary directory, its rate
# limits raised through configuration (JWT, membership checks and durable writes all stay on).
#
# Steps and durations, measured on the 2-core machine of docs/benchmarks.md (whole run: 11 minutes, 659 s):
#   build (Release, bench/bench.slnf, incremental) + start  ~0.3 min
#   A  1 room x 100, 10 senders: warm-up 10 s, then up to 12 rates x (10 s + drain <= 5 s + settle), each server;
#      SortieChat stops one step past its knee                ~4 min (both servers)
#   B  500 rooms x 10, everyone sending, 10 %/min reconnecting: 7 rates, same steps; 4,900 accounts seeded into
#      SQLite in 1 s, 500 sorties and 4,500 memberships through the API in ~40 s      ~3 min
#   D  fresh servers; 10 batches of 1,000 idle joined connections, RSS 4 s after each; 500 more sorties ~2.5 min
#   C  1,000 chats, 1,000,000 + 10,000 + 10,000 messages seeded with sqlite3 (~15 s), a room of 1,000 members,
#      10 kinds of page x 320 requests                          ~1.2 min
#   --quick: 1 room x 5, rates 20 and 50 for 3 s, both servers  ~40 s with a warm build on a quiet machine,
#            75 s with other work using 1.5 cores
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

quick=0
micro=0
case "${1:-}" in
  --quick) quick=1 ;;
  --micro) micro=1 ;;
esac
scenarios=${BENCH_SCENARIOS:-"A B D C"}
baseline_port=${BENCH_BASELINE_PORT:-5301}
sortiechat_port=${BENCH_SORTIECHAT_PORT:-5302}
out=${BENCH_OUT:-docs/benchmarks}
work=$(mktemp -d /tmp/sortiechat-bench.XXXXXX)
pids=()

cleaned=0
cleanup() {
  if [ "$cleaned" -eq 1 ]; then return; fi
  cleaned=1
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  if [ "$quick" -eq 1 ]; then
    rm -rf "$work"
  else
    echo "work directory (database, logs, state): $work"
  fi
}
trap cleanup EXIT

started=$(date +%s)
micro_benchmarks() { # job: dry or short
  dotnet run -c Release --project bench/SortieChat.Benchmarks -- --inProcess --job "$1" --filter '*' \
    --artifacts "$work/micro" >"$work/micro.log" 2>&1 || { cat "$work/micro.log"; exit 1; }
}
if [ "$micro" -eq 1 ]; then
  echo "== micro-benchmarks (BenchmarkDotNet, short job, in process)"
  micro_benchmarks short
  mkdir -p "$out/micro"
  cp "$work"/micro/results/*-report-github.md "$out/micro/"
  grep -h -A12 '^| Method' "$out"/micro/*.md
  echo "micro-benchmarks done in $(( $(date +%s) - started )) s: $out/micro/"
  exit 0
fi

echo "== build (Release)"
# One build of the baseline, the load tool and the Api (bench/bench.slnf): one MSBuild start instead of three.
dotnet build -c Release --nologo -v quiet bench/bench.slnf >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
echo "   built in $(( $(date +%s) - started )) s"

wait_for() { # url
  for _ in $(seq 1 120); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 0.5
  done
  echo "no answer from $1" >&2
  exit 1
}

mkdir -p "$work/db" "$work/media"
signing_key="benchmark-signing-key-$(date +%s%N)"

# BENCH_NICE=-10 runs the servers and the load tool at a higher priority than anything else on the machine
# (root only): on a shared machine it keeps other work from taking the benchmark's cores. Default: unchanged.
priority=()
if [ -n "${BENCH_NICE:-}" ]; then
  priority=(nice -n "$BENCH_NICE")
fi

start_servers() {
  echo "== start the servers (core 0)"
  for port in "$baseline_port" "$sortiechat_port"; do
    # Another benchmark on the same ports would be measured instead of ours (and would measure us).
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
      echo "port $port is already in use (another benchmark running?): set BENCH_BASELINE_PORT / BENCH_SORTIECHAT_PORT" >&2
      exit 1
    fi
  done
  "${priority[@]}" taskset -c 0 dotnet bench/SortieChat.Baseline/bin/Release/net10.0/SortieChat.Baseline.dll \
    --urls "http://127.0.0.1:$baseline_port" >>"$work/baseline.log" 2>&1 &
  baseline_pid=$!
  pids+=("$baseline_pid")
  env ASPNETCORE_ENVIRONMENT=Development \
    Storage__Sqlite__Path="$work/db/sortiechat.db" \
    Media__Local__Root="$work/media" \
    Jwt__SigningKey="$signing_key" \
    Jwt__AccessTokenMinutes=600 \
    Logging__LogLevel__Default=Warning \
    RateLimits__SendsPerSecond=100000 \
    RateLimits__LoginsPerMinute=100000 \
    RateLimits__RegistrationsPerHour=100000 \
    RateLimits__UploadsPerMinute=100000 \
    ${BENCH_SORTIECHAT_ENV:-} \
    "${priority[@]}" taskset -c 0 dotnet src/SortieChat.Api/bin/Release/net10.0/SortieChat.Api.dll \
    --urls "http://127.0.0.1:$sortiechat_port" >>"$work/sortiechat.log" 2>&1 &
  sortiechat_pid=$!
  pids+=("$sortiechat_pid")
  wait_for "http://127.0.0.1:$baseline_port/"
  wait_for "http://127.0.0.1:$sortiechat_port/health/live"
  echo "   baseline pid $baseline_pid, SortieChat pid $sortiechat_pid (up at $(( $(date +%s) - started )) s)"
}

stop_servers() {
  kill "$baseline_pid" "$sortiechat_pid"
  wait "$baseline_pid" "$sortiechat_pid" 2>/dev/null || true
}

start_servers

load() { # command args...: the load tool on core 1, told about both servers
  "${priority[@]}" taskset -c 1 dotnet bench/SortieChat.LoadTest/bin/Release/net10.0/SortieChat.LoadTest.dll "$@" \
    --baseline "http://127.0.0.1:$baseline_port" --baseline-pid "$baseline_pid" \
    --sortiechat "http://127.0.0.1:$sortiechat_port" --sortiechat-pid "$sortiechat_pid" \
    --state "$work/state.json" --database "$work/db/sortiechat.db" --jwt-key "$signing_key"
}

if [ "$quick" -eq 1 ]; then
  echo "== quick: 1 room x 5 members, 2 rates x 3 s, both servers"
  load sweep --scenario quick --title "quick check: one room of 5" --rooms 1 --members 5 --senders 5 \
    --rates 20,50 --step 3 --warmup 1 --drain 3 --out "$work/quick" --require-full-reach
  stop_servers
  echo "== quick: every micro-benchmark once (dry job)"
  micro_benchmarks dry
  echo "quick benchmark passed in $(( $(date +%s) - started )) s"
  exit 0
fi

for scenario in $scenarios; do
  case "$scenario" in
    A)
      echo "== A: one room of 100 members, 10 senders"
      load sweep --scenario A --title "one room of 100 members, 10 senders" --rooms 1 --members 100 --senders 10 \
        --rates 50,100,150,200,300,400,800,1600,2000,2400,3200,4800 --step 10 --warmup 10 --drain 5 --out "$out"
      ;;
    B)
      echo "== B: 500 rooms x 10 members, every member sending, 10 % reconnecting per minute"
      load sweep --scenario B --title "500 rooms of 10 members, everyone sending, 10 % reconnecting per minute" \
        --rooms 500 --members 10 --senders 10 --rates 50,100,250,500,1000,2000,3000 --step 10 --warmup 10 --drain 5 \
        --reconnect-per-minute 10 --out "$out"
      ;;
    D)
      echo "== D: memory per idle joined connection (fresh server processes: an earlier sweep's heap would blur the slope)"
      stop_servers
      start_servers
      load memory --scenario D --from 1000 --to 10000 --by 1000 --rooms 1000 --members 10 --out "$out"
      ;;
    C)
      echo "== C: history paging"
      load history --scenario C --repeat 300 --out "$out"
      ;;
    *)
      echo "unknown scenario $scenario" >&2
      exit 2
      ;;
  esac
  echo "   elapsed $(( $(date +%s) - started )) s"
done
echo "all scenarios done in $(( $(date +%s) - started )) s"
