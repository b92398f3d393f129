#!/usr/bin/env bash
# Builds the web client (web/, Vite + TypeScript over the TypeScript SDK) into src/SortieChat.Api/WebClient, which is
# committed so that a fresh clone's `dotnet run` serves it. Deterministic: the same sources and lock files give
# byte-identical files; .ci/run rebuilds and fails if anything under WebClient differs from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd sdk/typescript && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)
cd web
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
echo "Built web/ into src/SortieChat.Api/WebClient"
