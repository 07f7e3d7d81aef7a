#!/usr/bin/env bash
# The P3 benchmark (issue 19): the monthly waiting-term report (TOE-9) of one municipality at national scale, in one
# command. Not part of ./mvnw verify.
#   bench/run-report-benchmark.sh                           # national 100k, 1M and 10M help requests
#   bench/run-report-benchmark.sh 1000000 10000000          # chosen sizes
# Starts the application on an embedded PostgreSQL in target/bench-report-postgres (emptied first), gives Oss a
# fixed history and adds the other municipalities' rows to the report's read models with generate_series, then
# times the report, a hand-written SQL query over the same read models and the queries before P3, in the same run.
# Figures in target/report-benchmark.md.
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
  echo "Report benchmark run $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
  echo "nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); memory: $(free -g | awk '/Mem:/ {print $2 " GB total, " $7 " GB available"}')"
  echo "JDK: $($JAVA -version 2>&1 | head -1); load at start: $(uptime)"
} > target/report-benchmark-machine.txt
$JAVA -Xmx1g -cp "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dbench.output=target/report-benchmark.md \
  nl.jeugdregie.monitoring.internal.MonthlyReportBenchmark "$@"
echo "load at end: $(uptime)" >> target/report-benchmark-machine.txt
cat target/report-benchmark-machine.txt target/report-benchmark.md
