#!/usr/bin/env bash
# The TypeScript SDK's tests (node --test) against a server this script starts: builds the Api, starts it on a free
# loopback port, installs the package's locked dependencies, compiles it with tsc --strict and runs test/.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/server.sh

# The tests register users and send bursts from one address: the limits they are not about are raised.
start_server RateLimits__SendsPerSecond=1000 RateLimits__RegistrationsPerHour=100000 RateLimits__LoginsPerMinute=1000
cd sdk/typescript
npm ci --no-audit --no-fund --loglevel=error
SORTIECHAT_URL="$SERVER_URL" npm test --silent
