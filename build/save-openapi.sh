#!/usr/bin/env bash
# Saves the OpenAPI document the app itself serves: builds the Api, starts it in Development on a free loopback port
# with its data in a temporary folder, fetches /swagger/v1/swagger.json into the file named by $1, and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: build/save-openapi.sh OUTPUT.json}

build_log=$(dotnet build src/SortieChat.Api -v q -nologo 2>&1) || { echo "$build_log" >&2; exit 1; }
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ASPNETCORE_ENVIRONMENT=Development Storage__Sqlite__Path="$data/sortiechat.db" Media__Local__Root="$data/media" \
  dotnet src/SortieChat.Api/bin/Debug/net10.0/SortieChat.Api.dll --urls "http://127.0.0.1:$port" --contentRoot "$data" \
  >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 60); do
  curl -sf "http://127.0.0.1:$port/health/live" >/dev/null && break
  kill -0 $server 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/swagger/v1/swagger.json" -o "$out" || { cat "$data/server.log" >&2; exit 1; }
