#!/usr/bin/env bash
# End-to-end preflight throughput: the sample app as shipped (the starter answers preflights ahead of Spring
# Security) against the same jar with the starter's filter taken out and Spring Security's http.cors() doing CORS
# (HttpCorsSecurityConfiguration, added through Boot's PropertiesLauncher; the starter itself stays enabled, because
# the sample's trusted-origins admin API needs its CorsConfigurationManager, but its filter is not registered). Both run at once on loopback; wrk
# measures them in alternating rounds (A B, then B A, ...), so drift in the machine's load hits both alike.
# Bounded: WARMUP_SECONDS (default 15) of warm-up each, then ROUNDS (default 6) rounds of 2 x SECONDS_PER_ROUND
# (default 5): about 2 minutes with the starts. Prints requests/s per round and the ratio of the medians. Needs wrk (Debian: apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${ROUNDS:-6}
seconds=${SECONDS_PER_ROUND:-5}
# Spring Security's chain needs longer than the starter's filter before the JIT has compiled it all.
warmup=${WARMUP_SECONDS:-15}
starter_port=${STARTER_PORT:-18081}
http_cors_port=${HTTP_CORS_PORT:-18082}
# Whatever the project's version: the newest repackaged jar of the sample (never the .jar.original).
sample_jar=$(ls -t cors-sample-app/target/cors-sample-app-*.jar 2>/dev/null | head -1 || true)
http_cors_jar=cors-benchmarks/target/benchmarks-http-cors.jar
lua=cors-benchmarks/end-to-end/preflight.lua
logs=cors-benchmarks/target/end-to-end
mkdir -p "$logs"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ -z "$sample_jar" ] || [ ! -f "$sample_jar" ] || [ ! -f "$http_cors_jar" ]; then
  mvn -q -B -ntp package -DskipTests -pl cors-sample-app,cors-benchmarks -am
  sample_jar=$(ls -t cors-sample-app/target/cors-sample-app-*.jar | head -1)
fi

echo "sample jar: $sample_jar"
pids=()
stop_apps() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_apps EXIT

# Same JVM, same heap, same launcher for both; only the CORS layer differs.
launch() {
  local name=$1 port=$2; shift 2
  java -Xms512m -Xmx512m -cp "$sample_jar" -Dloader.main=com.example.notes.NotesApplication "$@" \
    org.springframework.boot.loader.launch.PropertiesLauncher --server.port="$port" --server.address=127.0.0.1 \
    "${app_args[@]}" >"$logs/$name.log" 2>&1 &
  pids+=($!)
}
app_args=()
launch starter "$starter_port"
app_args=(--spring.main.sources=io.github.corsstarter.benchmarks.endtoend.HttpCorsSecurityConfiguration)
launch http-cors "$http_cors_port" -Dloader.path="$http_cors_jar"

preflight() {
  curl -s -o /dev/null -D - -X OPTIONS "http://127.0.0.1:$1/api/notes/1" -H 'Origin: http://localhost:5173' \
    -H 'Access-Control-Request-Method: PUT' -H 'Access-Control-Request-Headers: authorization,content-type'
}

for port in "$starter_port" "$http_cors_port"; do
  for _ in $(seq 60); do
    curl -s -o /dev/null "http://127.0.0.1:$port/api/notes" && break
    sleep 1
  done
  curl -s -o /dev/null "http://127.0.0.1:$port/api/notes" \
    || { echo "the app on port $port did not start within 60 s; see $logs" >&2; exit 1; }
done

# Measure nothing unless both answer the preflight as a browser needs: 2xx with Access-Control-Allow-Origin, and
# each from its own CORS layer: the starter answers 204, Spring's http.cors() 200.
for variant in "starter:$starter_port:204" "http-cors:$http_cors_port:200"; do
  name=${variant%%:*}
  port=${variant#*:}
  expected=${port#*:}
  port=${port%%:*}
  answer=$(preflight "$port" | tr -d '\r')
  echo "$name preflight: $(echo "$answer" | head -1), $(echo "$answer" | grep -i '^access-control-allow-origin' || echo 'no Access-Control-Allow-Origin')"
  if ! echo "$answer" | head -1 | grep -q " $expected" || ! echo "$answer" | grep -qi '^access-control-allow-origin: http://localhost:5173'; then
    echo "the $name variant does not answer the preflight with $expected and Access-Control-Allow-Origin; see $logs" >&2
    exit 1
  fi
  # And the API is still the secured one: a write without a token is refused.
  status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "http://127.0.0.1:$port/api/notes/1" \
    -H 'Origin: http://localhost:5173' -H 'Content-Type: application/json' -d '{"text":"x"}')
  echo "$name PUT without a token: $status"
  [ "$status" = 401 ] || { echo "the $name variant does not protect writes; see $logs" >&2; exit 1; }
done

measure() {
  local output
  output=$(wrk -t1 -c16 -d"$2"s -s "$lua" "http://127.0.0.1:$1")
  if echo "$output" | grep -q 'Non-2xx'; then
    echo "non-2xx answers during the run on port $1:" >&2
    echo "$output" >&2
    exit 1
  fi
  echo "$output" | awk '/Requests\/sec/ { print $2 }'
}

echo "load before: $(uptime)"
measure "$starter_port" "$warmup" >/dev/null
measure "$http_cors_port" "$warmup" >/dev/null
starter_results=()
http_cors_results=()
for round in $(seq "$rounds"); do
  if [ $((round % 2)) = 1 ]; then
    starter_results+=("$(measure "$starter_port" "$seconds")")
    http_cors_results+=("$(measure "$http_cors_port" "$seconds")")
  else
    http_cors_results+=("$(measure "$http_cors_port" "$seconds")")
    starter_results+=("$(measure "$starter_port" "$seconds")")
  fi
  echo "round $round: starter ${starter_results[-1]} req/s, http.cors() ${http_cors_results[-1]} req/s"
done
echo "load after: $(uptime)"

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
starter_median=$(median "${starter_results[@]}")
http_cors_median=$(median "${http_cors_results[@]}")
echo "median: starter $starter_median req/s, http.cors() $http_cors_median req/s," \
  "ratio $(awk -v a="$starter_median" -v b="$http_cors_median" 'BEGIN { printf "%.2f", a / b }')"
