#!/usr/bin/env bash
# The P4 iJw import benchmark (issue 16, ADR 0050) in one command. Not part of ./mvnw verify.
#   bench/run-ijw-benchmark.sh                 # 20,000 messages after 60,000 of warm-up (the JIT needs them: ADR 0059)
#   MESSAGES=10000 WARMUP=2000 bench/run-ijw-benchmark.sh
# Settings (environment): MESSAGES, WARMUP, IJW_DIR (the standard's files: xsd/ and examples/, default ../shared/ijw),
# PGSS=1 (time per statement in the core phase, into target/ijw-benchmark-statements.txt), BENCH_HEAP=1g, BENCH_JAVA_OPTS (e.g. a flight recording: -XX:StartFlightRecording=filename=target/ijw.jfr).
# The floors (what any design keeping each message durably can reach, in the same run) have variants: FLOOR_CHUNK=2000,
# FLOOR_BODY="set storage external", FLOOR_ID=identity|none, FLOOR_LAYOUT=chunk (a chunk's bodies in one row).
# Runs bench/src/main/java/nl/jeugdregie/bench/IjwBenchmark.java: plain JAXP XSD validation of the messages, then the
# application (on an embedded PostgreSQL in target/bench-ijw-postgres, emptied first) importing the same messages from
# an inbox directory. Figures go to target/ijw-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
MESSAGES=${MESSAGES:-20000}; WARMUP=${WARMUP:-60000}
IJW_DIR=${IJW_DIR:-$( [ -d ../shared/ijw ] && echo ../shared/ijw || echo ../../shared/ijw )}
BENCH_HEAP=${BENCH_HEAP:-1g}
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
  echo "iJw benchmark run $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
  echo "nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); JDK: $($JAVA -version 2>&1 | head -1); heap $BENCH_HEAP"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee target/ijw-benchmark-head.md
$JAVA -Xmx$BENCH_HEAP ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.jeugdregie.bench.IjwBenchmark "$MESSAGES" "$WARMUP" "$IJW_DIR" 2>&1 | grep -v '^\s*$' | grep -v ' WARN ' || true
cat target/ijw-benchmark-head.md target/ijw-benchmark.md > target/ijw-benchmark.tmp && mv target/ijw-benchmark.tmp target/ijw-benchmark.md
echo "figures in target/ijw-benchmark.md"
