#!/usr/bin/env bash
# The web client's tests in a real browser: Debian's Chromium (/usr/bin/chromium) driven by playwright-core, against
# the Api this script builds and starts on a free loopback port (fresh data folder), serving the committed WebClient.
#   build/test-web.sh                 runs web/test (node --test)
#   build/test-web.sh --screenshots   also saves the main screens under docs/screenshots/ (desktop and phone width)
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/server.sh

if [ "${1:-}" = "--screenshots" ]; then
  export SORTIECHAT_SCREENSHOTS=1
fi
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || { echo "Chromium is missing: apt-get install -y chromium" >&2; exit 1; }

# The test registers a few users from one address; the limits it is not about are raised.
start_server RateLimits__SendsPerSecond=1000 RateLimits__RegistrationsPerHour=100000 RateLimits__LoginsPerMinute=1000
(cd sdk/typescript && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)
cd web
npm ci --no-audit --no-fund --loglevel=error
SORTIECHAT_URL="$SERVER_URL" npm test --silent
