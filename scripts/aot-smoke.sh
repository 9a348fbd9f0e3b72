#!/usr/bin/env bash
# JVM-mode Spring AOT smoke test of the sample: runs the jar that `mvn install` built (with its process-aot output)
# under -Dspring.aot.enabled=true, and checks through real HTTP that the starter answers a preflight ahead of Spring
# Security, and that cors.enabled=false given at run time (not at build time) switches it off.
set -euo pipefail
cd "$(dirname "$0")/.."

jars=(cors-sample-app/target/cors-sample-app-*.jar)
if [ "${#jars[@]}" -ne 1 ] || [ ! -f "${jars[0]}" ]; then
  echo "aot-smoke: expected one built cors-sample-app jar in cors-sample-app/target; run the build first" >&2
  exit 1
fi
jar=${jars[0]}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
log=$(mktemp)
pid=

stop() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
  fi
}
trap 'stop; rm -f "$log"' EXIT

# Starts the sample on a free port with the given arguments and waits until it serves notes.
start() {
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  "$java" -Dspring.aot.enabled=true -jar "$jar" --server.port="$port" "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "http://localhost:$port/api/notes"; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    sleep 0.5
  done
  echo "aot-smoke: the sample did not start under Spring AOT; its log:" >&2
  tail -40 "$log" >&2
  exit 1
}

# Prints the status and the Access-Control-Allow-Origin of a preflight for PUT with Authorization.
preflight() {
  curl -s -o /dev/null -D - -X OPTIONS "http://localhost:$port/api/notes/1" -H 'Origin: http://localhost:5173' \
    -H 'Access-Control-Request-Method: PUT' -H 'Access-Control-Request-Headers: authorization' |
    awk 'NR == 1 { status = $2 } tolower($1) == "access-control-allow-origin:" { origin = $2 }
         END { gsub(/\r/, "", origin); print status, (origin == "" ? "-" : origin) }'
}

expect() {
  if [ "$1" != "$2" ]; then
    echo "aot-smoke: $3: expected '$2', got '$1'; the sample's log:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  echo "aot-smoke: $3: $1"
}

start
grep -q "Starting AOT-processed" "$log" || { echo "aot-smoke: the sample did not run its AOT code" >&2; exit 1; }
expect "$(preflight)" "204 http://localhost:5173" "preflight answered by the starter under AOT"
stop

start --cors.enabled=false
expect "$(preflight)" "401 -" "cors.enabled=false at run time leaves the preflight to Spring Security"
stop
