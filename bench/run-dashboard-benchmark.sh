#!/usr/bin/env bash
# The monitoring dashboard benchmark (issue 5, item 7) in one command. Not part of ./mvnw verify.
#   bench/run-dashboard-benchmark.sh                 # 10k, 100k and 1M help requests
#   bench/run-dashboard-benchmark.sh 10000 100000    # chosen sizes
# Starts the application on an embedded PostgreSQL in target/bench-postgres (emptied first), generates the
# national set per size from a fixed seed, and writes the figures to target/dashboard-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
# The project needs Java 25 (the build's toolchain); use it for javac and java too.
JAVA_HOME=${BENCH_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JAVA_HOME=${JAVA_HOME:-${JAVA_HOME_25:-}}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
./mvnw -B -q $OFFLINE compile
# The project's runtime classpath, printed by the exec plugin the build already uses.
./mvnw -B -q $OFFLINE exec:exec -Dexec.executable=echo -Dexec.args="%classpath" -Dexec.classpathScope=runtime \
  | tail -1 > target/bench-classpath.txt
mkdir -p target/bench-classes
$JAVAC -d target/bench-classes -cp "target/classes:$(cat target/bench-classpath.txt)" \
  $(find bench/src/main/java -name '*.java')
{
  echo "Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "nproc: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2 " GB total, " $7 " GB available"}')"
  echo "JDK: $($JAVA -version 2>&1 | head -1)"
} > target/dashboard-benchmark-machine.txt
$JAVA -Xmx2g -cp "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dbench.output=target/dashboard-benchmark.md \
  nl.jeugdregie.monitoring.internal.DashboardBenchmark "$@"
cat target/dashboard-benchmark-machine.txt target/dashboard-benchmark.md
