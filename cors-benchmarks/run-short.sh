#!/usr/bin/env bash
# The short benchmark run of docs/performance.md: every scenario through the starter's filter,
# Spring's CorsFilter and a pass-through filter, one fork each, 3 x 1 s warm-up and 8 x 1 s measurement (8 rather
# than 5: this machine has one-second hiccups that 5 samples cannot average out), with JMH's gc profiler.
#
# The same scenarios and configuration sizes also run on WebFlux (RequestKindBenchmark and
# ConfigurationSizeBenchmark have a stack parameter, SERVLET and REACTIVE): the starter's CorsPolicyWebFilter as
# CorsReactiveAutoConfiguration builds it from the same cors.* properties, Spring's CorsWebFilter over a reactive
# UrlBasedCorsConfigurationSource holding the same CorsConfigurations, and a pass-through WebFilter. Each invocation
# builds a fresh exchange from mock request and response as a server's HttpWebHandlerAdapter does (codecs, sessions
# and locales shared, as a server builds them once), runs the filter with a chain that completes the response,
# completes it once more as the server does (so a filter that answers without the chain commits too), and blocks. As
# on the servlet side, the pass-through figure is the floor: what the mock exchange itself costs. It is far higher
# than the servlet mocks': ratios of total times are pressed towards 1x, so compare the stacks on the ratios net of
# the floor and on B/op, never on raw times. Each class's REACTIVE table is printed after its SERVLET one.
#
# The starter's own benchmarks run too: OriginSourceBenchmark (an origin listed by an AllowedOriginsSource of 1 or
# 100,000 origins), OriginResolverBenchmark (a configured origin against one an AllowedOriginResolver answered from
# its cache), OriginFloodBenchmark (10,000 fresh unknown origins per invocation against a resolver; it prints after
# every iteration how often the resolver was called and how many answers are cached), all three servlet only,
# OriginFloodNewTenantsBenchmark (ten new legitimate origins a second among a flood of junk, non-candidate or
# candidate origins, on both stacks; it prints how many were allowed on their first preflight), and
# MetricsBenchmark (Micrometer metrics on and off, on both stacks).
#
# Builds the jar if it is missing or older than the sources. The first argument may name a group:
#   core      the scenario and size tables on both stacks, and the mock header costs (about 15 minutes)
#             regex '\.(RequestKind|ConfigurationSize|MockHeaderCost)Benchmark\.'
#   servlet   every servlet benchmark                     -p stack=SERVLET (the servlet-only ones have no stack)
#   reactive  every WebFlux benchmark                     regex '\.(RequestKind|ConfigurationSize|Metrics)Benchmark\.'
#                                                         -p stack=REACTIVE
#   dynamic   origin sources, resolver cache, floods      regex '\.Origin(Source|Resolver|Flood|FloodNewTenants)Benchmark\.'
#   metrics   metrics on and off, both stacks             regex '\.MetricsBenchmark\.'
#   all       everything (the default; about 20 minutes on 2 cores)
# The other arguments are passed to JMH (-p filter=STARTER, another regex, ...); without a group, the first may be
# a regex of your own, and -p stack=SERVLET or -p stack=REACTIVE picks one stack of the benchmarks that have both
# (JMH ignores it for the others). JMH regexes match anywhere in the name: '\.RequestKindBenchmark\.' for
# one class.
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

case "${1:-}" in
  core) shift; set -- '\.(RequestKind|ConfigurationSize|MockHeaderCost)Benchmark\.' "$@" ;;
  servlet) shift; set -- -p stack=SERVLET "$@" ;;
  reactive) shift; set -- '\.(RequestKind|ConfigurationSize|Metrics)Benchmark\.' -p stack=REACTIVE "$@" ;;
  dynamic) shift; set -- '\.Origin(Source|Resolver|Flood|FloodNewTenants)Benchmark\.' "$@" ;;
  metrics) shift; set -- '\.MetricsBenchmark\.' "$@" ;;
  all) shift ;;
esac

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
echo "load before: $(uptime)"
echo "jmh arguments: $*"
java -jar "$jar" -f 1 -wi 3 -w 1s -i 8 -r 1s -prof gc -rf csv -rff "$results" "$@"
echo "load after: $(uptime)"
java -cp "$jar" io.github.corsstarter.benchmarks.report.ResultsTable "$results"
