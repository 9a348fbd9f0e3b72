#!/usr/bin/env bash
# The short benchmark run of the README's Performance section: every scenario through the starter's filter,
# Spring's CorsFilter and a pass-through filter, one fork each, 3 x 1 s warm-up and 8 x 1 s measurement (8 rather
# than 5: this machine has one-second hiccups that 5 samples cannot average out), with JMH's gc profiler.
#
# The same scenarios and configuration sizes also run on WebFlux (ReactiveRequestKindBenchmark,
# ReactiveConfigurationSizeBenchmark): the starter's CorsPolicyWebFilter as CorsReactiveAutoConfiguration builds it
# from the same cors.* properties, Spring's CorsWebFilter over a reactive UrlBasedCorsConfigurationSource holding the
# same CorsConfigurations, and a pass-through WebFilter. Each invocation builds a fresh MockServerWebExchange, runs
# the filter with a chain that completes the response, completes it once more as the server does (so a filter that
# answers without the chain commits too), and blocks. As on the servlet side, the pass-through figure is the floor:
# what the mock exchange itself costs. It is far higher than the servlet mocks' (MockServerWebExchange builds a
# ServerCodecConfigurer with every default codec for each exchange, which a server builds once): ratios of total
# times are pressed towards 1x, so compare the stacks on the ratios net of the floor and on B/op, never on raw
# times. Each reactive table is printed after its servlet twin.
#
# About 15 minutes on 2 cores, half of it the reactive side. Builds the jar if it is missing or older than the
# sources. Arguments are passed to JMH (a benchmark regex, -p filter=STARTER, ...): 'Reactive' runs the WebFlux side
# only, '^(?!.*Reactive)' the servlet side only. JMH regexes match anywhere in the name, so 'RequestKind' also selects
# ReactiveRequestKindBenchmark; '\.RequestKind' does not.
# Prints the machine, the load before and after, and the results as Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=cors-benchmarks/target/benchmarks.jar
results=cors-benchmarks/target/jmh-short.csv

if [ ! -f "$jar" ] || [ -n "$(find cors-benchmarks/src cors-benchmarks/pom.xml cors-spring-boot-autoconfigure/src \
    -newer "$jar" -print -quit)" ]; then
  mvn -q -B -ntp package -DskipTests -pl cors-benchmarks -am
fi

# Refuse to time a filter, servlet or reactive, that gives a wrong answer: its rejection path would look fast.
java -cp "$jar" io.github.corsstarter.benchmarks.ResponseCheck >/dev/null

echo "date: $(date -u +%Y-%m-%d)"
echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
echo "load before: $(uptime)"
java -jar "$jar" -f 1 -wi 3 -w 1s -i 8 -r 1s -prof gc -rf csv -rff "$results" "$@"
echo "load after: $(uptime)"
java -cp "$jar" io.github.corsstarter.benchmarks.report.ResultsTable "$results"
