#!/usr/bin/env bash
# The search benchmark (issue 13, item 1; ADR 0032) in one command. Not part of ./mvnw verify.
#   bench/run-search.sh            # 100,000 requests in gemeente 0828 and 100,000 over four other municipalities
#   bench/run-search.sh 20000      # a smaller set
# Starts the application on an embedded PostgreSQL in target/bench-search-postgres (emptied first), loads the
# requests with set-based SQL, and writes the figures (finder, whole search, plain SQL baseline) to
# target/search-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
JAVA_HOME=${BENCH_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JAVA_HOME=${JAVA_HOME:-${JAVA_HOME_25:-}}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
./mvnw -B -q $OFFLINE compile
./mvnw -B -q $OFFLINE exec:exec -Dexec.executable=echo -Dexec.args="%classpath" -Dexec.classpathScope=runtime \
  | tail -1 > target/bench-classpath.txt
mkdir -p target/bench-classes
$JAVAC -d target/bench-classes -cp "target/classes:$(cat target/bench-classpath.txt)" \
  $(find bench/src/main/java -name '*.java')
{
  echo "Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "nproc: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2 " GB total, " $7 " GB available"}'); load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JDK: $($JAVA -version 2>&1 | head -1)"
} > target/search-benchmark-machine.txt
$JAVA -Xmx1g -cp "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dbench.output=target/search-benchmark.md \
  nl.jeugdregie.search.internal.SearchBenchmark "$@"
cat target/search-benchmark-machine.txt target/search-benchmark.md
