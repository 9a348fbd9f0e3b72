#!/usr/bin/env bash
# Runs every test of the project: the Maven build (unit and integration tests of every module), the sample client's
# unit tests and real-browser tests (Playwright driving Chromium), the Spring AOT smoke test of the sample, and the
# starter's tests against every supported Spring Boot and Java version.
# Installs what a fresh Debian machine lacks: chromium (apt, as root) and the client's npm packages; Maven comes
# from the wrapper. Elsewhere (macOS with Chrome), point CHROMIUM_PATH at the browser's executable.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ]; then
  if command -v chromium >/dev/null 2>&1; then
    CHROMIUM_PATH=$(command -v chromium)
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    CHROMIUM_PATH=$(command -v chromium)
  else
    echo "No Chromium found: install it (sudo apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or" >&2
    echo "Chrome executable, e.g. CHROMIUM_PATH='/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'" >&2
    exit 1
  fi
fi
export CHROMIUM_PATH

./mvnw -B -ntp install

# The browser differential of cors-spring-boot-test (its model against this Chromium) writes its one-line verdict.
verdict=cors-spring-boot-test/target/browser-verdict.txt
if [ ! -f "$verdict" ]; then
  echo "The browser differential did not run: $verdict is missing" >&2
  exit 1
fi
cat "$verdict"

# The published modules as a release builds them: sources and javadoc jars, Javadoc checked (doclint), unsigned.
./mvnw -B -ntp -q -Prelease -Dgpg.skip=true -DskipTests \
  -pl cors-spring-boot-autoconfigure,cors-spring-boot-starter,cors-spring-boot-test verify

(cd cors-sample-app/frontend && npm ci --no-audit --no-fund && npm run test:unit && npm run test:e2e)

./scripts/aot-smoke.sh

# The install above ran the starter's tests on the pom's Spring Boot and this JDK: compat.sh runs the other
# combinations.
main_boot=$(sed -nE 's|.*<spring-boot.version>([^<]+)</spring-boot.version>.*|\1|p' pom.xml | head -1)
main_java=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1 | sed -E 's/.*version "([^"]+)".*/\1/')
COMPAT_COVERED="$main_boot $main_java" ./scripts/compat.sh
