#!/usr/bin/env bash
# A/B of the starter's filters between two builds of the benchmarks: the same JMH benchmarks (by default
# RequestKindBenchmark and ConfigurationSizeBenchmark on both stacks, starter only) run from an old and a new
# benchmarks.jar, alternating which goes first each round (old new, new old, ...), so drift in the machine's load
# hits both alike. Each jar must sit in its own target directory with its own lib/ (its starter is whatever its
# lib/ holds).
#
#   cors-benchmarks/run-ab.sh OLD_JAR NEW_JAR [JMH arguments...]
#
# Either jar may predate the stack parameter: there the WebFlux scenarios are classes of their own
# (ReactiveRequestKindBenchmark, ReactiveConfigurationSizeBenchmark), which the default regex selects too, and
# AbTable pairs them with stack=REACTIVE of the other jar. A regex of your own must select both names likewise
# ('\.(Reactive)?RequestKindBenchmark\.'). For the servlet side only, add `-p stack=SERVLET` and leave the
# Reactive classes out of the regex ('\.(RequestKind|ConfigurationSize)Benchmark\.'; a jar without the parameter
# ignores it). The WebFlux side alone has no such form against a jar with twins, whose servlet class bears the
# merged class's name: run both stacks.
#
# ROUNDS (default 3) rounds; each run is `-f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -p filter=STARTER` unless JMH
# arguments are given, which replace the benchmark regex and options (keep -rf/-rff out: the script sets them).
# About 4 minutes per run on 2 cores (2 for each stack), 25 minutes with 3 rounds. Checks first that this module's
# report tools pair the two jars' names (PairingCheck); prints uptime before and after every run, then one table of
# medians, old and new side by side (AbTable, from this module's target/benchmarks.jar).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 OLD_JAR NEW_JAR [JMH arguments...]" >&2
  exit 2
fi
old_jar=$1
new_jar=$2
shift 2
rounds=${ROUNDS:-3}
out=${AB_OUTPUT:-$(dirname "$0")/target/ab}
mkdir -p "$out"
if [ $# -eq 0 ]; then
  set -- '^io\.github\.corsstarter\.benchmarks\.(Reactive)?(RequestKind|ConfigurationSize)Benchmark\.' \
    -p filter=STARTER -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
fi
# The tables come from this module's own jar: either side may predate AbTable or the stack parameter.
report_jar=$(dirname "$0")/target/benchmarks.jar
java -cp "$report_jar" io.github.corsstarter.benchmarks.report.PairingCheck

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
echo "old: $old_jar"
echo "new: $new_jar"

run() {
  local label=$1 jar=$2 round=$3
  echo "round $round $label: load before: $(uptime)"
  java -jar "$jar" "${@:4}" -rf csv -rff "$out/$label-$round.csv" >"$out/$label-$round.log" 2>&1 \
    || { echo "the $label run of round $round failed; see $out/$label-$round.log" >&2; exit 1; }
  echo "round $round $label: load after: $(uptime) ($(date -u +%H:%M:%SZ))"
}

for round in $(seq "$rounds"); do
  if [ $((round % 2)) = 1 ]; then
    run old "$old_jar" "$round" "$@"
    run new "$new_jar" "$round" "$@"
  else
    run new "$new_jar" "$round" "$@"
    run old "$old_jar" "$round" "$@"
  fi
done

files=()
for round in $(seq "$rounds"); do
  files+=("old=$out/old-$round.csv" "new=$out/new-$round.csv")
done
java -cp "$report_jar" io.github.corsstarter.benchmarks.report.AbTable "${files[@]}"
