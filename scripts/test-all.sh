#!/usr/bin/env bash
# Runs every test of the project: the Maven build (unit and integration tests of every module)
# and the sample's real-browser tests (Playwright driving Debian's chromium).
# Installs what a fresh Debian machine lacks: chromium (apt, as root) and the client's npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: run 'sudo apt-get install -y chromium' and try again" >&2
    exit 1
  fi
fi

mvn -B -ntp install

if [ -f cors-sample-app/frontend/package.json ]; then
  (cd cors-sample-app/frontend && npm ci --no-audit --no-fund && npm run test:e2e)
fi
