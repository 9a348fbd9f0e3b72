#!/usr/bin/env bash
# End-to-end preflight throughput on a real server, wrk against variants that differ only in their CORS layer, all
# running at once on loopback and measured in rotating rounds (A B C, then B C A, ...), so drift in the machine's
# load hits all alike.
#
#   cors-benchmarks/run-end-to-end.sh [servlet|webflux]      (default servlet)
#
# servlet (Tomcat): the sample app as shipped (the starter answers preflights ahead of Spring Security) against the
#   same jar with the starter's filter taken out and Spring Security's http.cors() doing CORS
#   (HttpCorsSecurityConfiguration, added through Boot's PropertiesLauncher; the starter itself stays enabled,
#   because the sample's trusted-origins admin API needs its CorsConfigurationManager, but its filter is not
#   registered).
# webflux (Netty): WebFluxEndToEndApp three times: the floor (no CORS layer; WebFlux answers the preflight itself,
#   200 without CORS headers), the starter, and Spring's CorsWebFilter over the same policy.
#
# Bounded: WARMUP_SECONDS (default 15) of warm-up each, then ROUNDS (default 6) rounds of SECONDS_PER_ROUND (default
# 5) per variant. Prints requests/s per round and the ratios of the medians. JFR=1 records the starter's variant
# with JFR's profiling settings into cors-benchmarks/target/end-to-end/starter.jfr. Needs wrk (Debian: apt-get
# install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

stack=${1:-servlet}
rounds=${ROUNDS:-6}
seconds=${SECONDS_PER_ROUND:-5}
# Spring Security's chain needs longer than the starter's filter before the JIT has compiled it all.
warmup=${WARMUP_SECONDS:-15}
lua=cors-benchmarks/end-to-end/preflight.lua
logs=cors-benchmarks/target/end-to-end
mkdir -p "$logs"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

pids=()
stop_apps() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_apps EXIT

# Each variant: its name, its port, the status its preflight answer must have, and whether that answer must carry
# Access-Control-Allow-Origin (the floor's must not: nothing decides CORS there).
variants=()
jfr_option() {
  if [ "${JFR:-0}" = 1 ] && [ "$1" = starter ]; then
    echo "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$logs/starter.jfr"
  fi
}

# Same JVM, same heap, same launcher for every variant; only the CORS layer differs.
case "$stack" in
  servlet)
    # Whatever the project's version: the newest repackaged jar of the sample (never the .jar.original).
    sample_jar=$(ls -t cors-sample-app/target/cors-sample-app-*.jar 2>/dev/null | head -1 || true)
    http_cors_jar=cors-benchmarks/target/benchmarks-http-cors.jar
    if [ -z "$sample_jar" ] || [ ! -f "$http_cors_jar" ]; then
      ./mvnw -q -B -ntp package -DskipTests -pl cors-sample-app,cors-benchmarks -am
      sample_jar=$(ls -t cors-sample-app/target/cors-sample-app-*.jar | head -1)
    fi
    echo "sample jar: $sample_jar"
    launch() {
      local name=$1 port=$2 extra=$3
      # shellcheck disable=SC2046
      java -Xms512m -Xmx512m $(jfr_option "$name") -cp "$sample_jar" -Dloader.main=com.example.notes.NotesApplication \
        ${extra:+-Dloader.path="$http_cors_jar"} org.springframework.boot.loader.launch.PropertiesLauncher \
        --server.port="$port" --server.address=127.0.0.1 \
        ${extra:+--spring.main.sources=io.github.corsstarter.benchmarks.endtoend.HttpCorsSecurityConfiguration} \
        >"$logs/$name.log" 2>&1 &
      pids+=($!)
    }
    launch starter 18081 ""
    launch http-cors 18082 yes
    variants=("starter:18081:204:yes" "http-cors:18082:200:yes")
    ;;
  webflux)
    app_jar=cors-benchmarks/target/benchmarks.jar
    app_lib=cors-benchmarks/target/webflux-app-lib
    if [ ! -f "$app_jar" ] || [ ! -d "$app_lib" ]; then
      ./mvnw -q -B -ntp package -DskipTests -pl cors-benchmarks -am
    fi
    launch() {
      local name=$1 port=$2
      # shellcheck disable=SC2046
      java -Xms512m -Xmx512m $(jfr_option "$name") -cp "$app_jar:$app_lib/*" \
        io.github.corsstarter.benchmarks.webfluxapp.WebFluxEndToEndApp --benchmark.variant="$name" \
        --server.port="$port" --server.address=127.0.0.1 >"$logs/webflux-$name.log" 2>&1 &
      pids+=($!)
    }
    launch floor 18091
    launch starter 18092
    launch cors-web-filter 18093
    variants=("floor:18091:200:no" "starter:18092:204:yes" "cors-web-filter:18093:200:yes")
    ;;
  *)
    echo "usage: $0 [servlet|webflux]" >&2
    exit 2
    ;;
esac

preflight() {
  curl -s -o /dev/null -D - -X OPTIONS "http://127.0.0.1:$1/api/notes/1" -H 'Origin: http://localhost:5173' \
    -H 'Access-Control-Request-Method: PUT' -H 'Access-Control-Request-Headers: authorization,content-type'
}

for variant in "${variants[@]}"; do
  IFS=: read -r name port _ _ <<<"$variant"
  for _ in $(seq 60); do
    curl -s -o /dev/null "http://127.0.0.1:$port/api/notes" && break
    sleep 1
  done
  curl -s -o /dev/null "http://127.0.0.1:$port/api/notes" \
    || { echo "the $name variant (port $port) did not start within 60 s; see $logs" >&2; exit 1; }
done

# Measure nothing unless each answers the preflight from its own CORS layer: its status, and
# Access-Control-Allow-Origin exactly where a CORS layer decides.
for variant in "${variants[@]}"; do
  IFS=: read -r name port expected with_origin <<<"$variant"
  answer=$(preflight "$port" | tr -d '\r')
  allow_origin=$(echo "$answer" | grep -i '^access-control-allow-origin' || true)
  echo "$name preflight: $(echo "$answer" | head -1), ${allow_origin:-no Access-Control-Allow-Origin}"
  if ! echo "$answer" | head -1 | grep -q " $expected" \
    || { [ "$with_origin" = yes ] && [ "${allow_origin,,}" != 'access-control-allow-origin: http://localhost:5173' ]; } \
    || { [ "$with_origin" = no ] && [ -n "$allow_origin" ]; }; then
    echo "the $name variant does not answer the preflight as expected ($expected); see $logs" >&2
    exit 1
  fi
  if [ "$stack" = servlet ]; then
    # And the API is still the secured one: a write without a token is refused.
    status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "http://127.0.0.1:$port/api/notes/1" \
      -H 'Origin: http://localhost:5173' -H 'Content-Type: application/json' -d '{"text":"x"}')
    echo "$name PUT without a token: $status"
    [ "$status" = 401 ] || { echo "the $name variant does not protect writes; see $logs" >&2; exit 1; }
  fi
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
for variant in "${variants[@]}"; do
  measure "$(echo "$variant" | cut -d: -f2)" "$warmup" >/dev/null
done
declare -A results
count=${#variants[@]}
for round in $(seq "$rounds"); do
  line="round $round:"
  for i in $(seq 0 $((count - 1))); do
    IFS=: read -r name port _ _ <<<"${variants[$(((round - 1 + i) % count))]}"
    value=$(measure "$port" "$seconds")
    results[$name]="${results[$name]:-} $value"
    line="$line $name $value req/s,"
  done
  echo "${line%,}"
done
echo "load after: $(uptime)"

median() { printf '%s\n' $1 | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
line="median:"
for variant in "${variants[@]}"; do
  name=${variant%%:*}
  line="$line $name $(median "${results[$name]}") req/s,"
done
echo "${line%,}"
starter=$(median "${results[starter]}")
for variant in "${variants[@]}"; do
  name=${variant%%:*}
  [ "$name" = starter ] && continue
  echo "starter / $name: $(awk -v a="$starter" -v b="$(median "${results[$name]}")" 'BEGIN { printf "%.2f", a / b }')"
done
