#!/usr/bin/env bash
# Runs the starter's own tests (not the sample's, not the browser tests) against each supported Spring Boot line
# and Java version, and prints one line per combination. Override the matrix with COMPAT_BOOT_VERSIONS and
# COMPAT_JAVA_HOMES (space-separated). Each combination's log is kept in target/compat/. COMPAT_COVERED="<boot> <java>"
# names one combination that a build just ran (scripts/test-all.sh passes its own), which is then not run again.
set -uo pipefail
cd "$(dirname "$0")/.."

boot_versions=${COMPAT_BOOT_VERSIONS:-"4.0.7 4.1.1"}
# By default Java 17 (the baseline) and any JDK 25 found under /usr/lib/jvm; a machine without one says so and
# skips those combinations. A JDK named in COMPAT_JAVA_HOMES must exist.
if [ -n "${COMPAT_JAVA_HOMES:-}" ]; then
  java_homes=$COMPAT_JAVA_HOMES
else
  java_homes=/usr/lib/jvm/java-17-openjdk-amd64
  jdk25=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | while read -r home; do [ -x "$home/bin/java" ] && echo "$home"; done | head -1)
  if [ -n "$jdk25" ]; then
    java_homes="$java_homes $jdk25"
  else
    echo "compat: no JDK 25 under /usr/lib/jvm; the Java 25 combinations are skipped (set COMPAT_JAVA_HOMES to add one)"
  fi
fi
mkdir -p target/compat
failed=0

covered=${COMPAT_COVERED:-}

for java_home in $java_homes; do
  if [ ! -x "$java_home/bin/java" ]; then
    echo "compat: no JDK at $java_home; set COMPAT_JAVA_HOMES" >&2
    failed=1
    continue
  fi
  java_version=$("$java_home/bin/java" -version 2>&1 | head -1 | sed -E 's/.*version "([^"]+)".*/\1/')
  for boot in $boot_versions; do
    if [ "$boot $java_version" = "$covered" ]; then
      printf 'compat: Spring Boot %-6s Java %-8s covered by the build that just ran its tests\n' "$boot" "$java_version"
      continue
    fi
    log="target/compat/boot-$boot-java-$java_version.log"
    start=$(date +%s)
    if JAVA_HOME="$java_home" ./mvnw -B -ntp -Dspring-boot.version="$boot" \
        -pl cors-spring-boot-autoconfigure,cors-spring-boot-starter verify >"$log" 2>&1; then
      outcome=passed
    else
      outcome=FAILED
      failed=1
    fi
    tests=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$log" | tail -1 | sed -E 's/^\[[A-Z]+\] //')
    printf 'compat: Spring Boot %-6s Java %-8s %-6s %s (%ss)\n' "$boot" "$java_version" "$outcome" \
      "${tests:-no test summary, see $log}" "$(( $(date +%s) - start ))"
  done
done
exit "$failed"
