# Sourced by build scripts: start_server builds the Api and starts it in Development on a free loopback port, with its
# data in a temporary folder; it sets SERVER_URL and stops the server when the calling script exits.
# Extra settings come as NAME=value arguments (environment variables, such as RateLimits__SendsPerSecond=1000).

start_server() {
  local build_log
  build_log=$(dotnet build src/SortieChat.Api -v q -nologo 2>&1) || { echo "$build_log" >&2; return 1; }
  SERVER_DATA=$(mktemp -d)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  env ASPNETCORE_ENVIRONMENT=Development Storage__Sqlite__Path="$SERVER_DATA/sortiechat.db" Media__Local__Root="$SERVER_DATA/media" "$@" \
    dotnet src/SortieChat.Api/bin/Debug/net10.0/SortieChat.Api.dll --urls "http://127.0.0.1:$port" --contentRoot "$SERVER_DATA" \
    >"$SERVER_DATA/server.log" 2>&1 &
  SERVER_PID=$!
  trap stop_server EXIT
  SERVER_URL="http://127.0.0.1:$port"
  for _ in $(seq 120); do
    curl -sf "$SERVER_URL/health/live" >/dev/null && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "The server did not start:" >&2
  cat "$SERVER_DATA/server.log" >&2
  return 1
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
  rm -rf "$SERVER_DATA"
}
