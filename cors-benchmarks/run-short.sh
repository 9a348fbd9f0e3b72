#!/usr/bin/env bash
# The short benchmark run of the README's Performance section: every scenario through the starter's filter,
# Spring's CorsFilter and a pass-through filter, one fork each, 3 x 1 s warm-up and 8 x 1 s measurement (8 rather
# than 5: this machine has one-second hiccups that 5 samples cannot average out), with JMH's gc profiler.
# About 8 minutes on 2 cores. Builds the jar if it is missing or older than the sources.
# Arguments are passed to JMH (a benchmark regex, -p filter=STARTER, ...).
# Prints the machine, the load before and after, and the results as Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=cors-benchmarks/target/benchmarks.jar
results=cors-benchmarks/target/jmh-short.csv

if [ ! -f "$jar" ] || [ -n "$(find cors-benchmarks/src cors-benchmarks/pom.xml cors-spring-boot-autoconfigure/src \
    -newer "$jar" -print -quit)" ]; then
  mvn -q -B -ntp package -DskipTests -pl cors-benchmarks -am
fi

# Refuse to time a filter that gives a wrong answer: its rejection path would look fast.
java -cp "$jar" io.github.corsstarter.benchmarks.ResponseCheck >/dev/null

echo "date: $(date -u +%Y-%m-%d)"
echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
echo "load before: $(uptime)"
java -jar "$jar" -f 1 -wi 3 -w 1s -i 8 -r 1s -prof gc -rf csv -rff "$results" "$@"
echo "load after: $(uptime)"
java -cp "$jar" io.github.corsstarter.benchmarks.report.ResultsTable "$results"
