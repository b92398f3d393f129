#!/usr/bin/env bash
# Saves the OpenAPI document the app itself serves (/swagger/v1/swagger.json) into the file named by $1.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: build/save-openapi.sh OUTPUT.json}
source build/lib/server.sh

start_server
curl -sf "$SERVER_URL/swagger/v1/swagger.json" -o "$out" || { cat "$SERVER_DATA/server.log" >&2; exit 1; }
