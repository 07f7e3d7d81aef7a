#!/usr/bin/env bash
# The public CJG site benchmark (issue 17, item 12) in one command. Not part of ./mvnw verify.
#   bench/run-public-site.sh                 # 50 visitors, 60 s measured after 20 s warm-up
#   bench/run-public-site.sh 50 120 30       # visitors, seconds, warm-up seconds
# Runs twice in one go (ADR 0041): first the baseline without the public page cache
# (--jeugdregie.public-site.page-cache=false), then with it, each time starting the application with the demo
# profile (gemeente Oss's public site and social map) on an embedded PostgreSQL in target/bench-public-postgres
# (emptied first) on port 18117, loading the public pages with bench/public_site_load.py (python3, standard library
# only). Writes both tables to target/public-site-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
VISITORS=${1:-50}; SECONDS_MEASURED=${2:-60}; WARMUP=${3:-20}; PORT=${BENCH_PORT:-18117}
MODES=${BENCH_MODES:-"false true"}
JAVA_HOME=${BENCH_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
./mvnw -B -q $OFFLINE compile
./mvnw -B -q $OFFLINE exec:exec -Dexec.executable=echo -Dexec.args="%classpath" -Dexec.classpathScope=runtime \
  | tail -1 > target/bench-classpath.txt
APP=
trap 'if [ -n "$APP" ]; then kill $APP 2>/dev/null || true; fi' EXIT
: > target/public-site-benchmark.md
for CACHE in $MODES; do
  $JAVA -Xmx1g -cp "target/classes:$(cat target/bench-classpath.txt)" nl.jeugdregie.JeugdregieApplication \
    --spring.profiles.active=demo --server.port=$PORT --jeugdregie.public-site.page-cache=$CACHE \
    --jeugdregie.db.embedded.data-directory=target/bench-public-postgres --jeugdregie.db.embedded.clean-on-start=true \
    --logging.level.root=warn > target/public-site-benchmark-app-$CACHE.log 2>&1 &
  APP=$!
  for i in $(seq 1 300); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/cjg/0828"; then break; fi
    sleep 2
  done
  {
    if [ "$CACHE" = true ]; then echo "### With the public page cache"; else echo "### Baseline: page cache off"; fi
    echo
    echo "Benchmark run $(date -u +%Y-%m-%dT%H:%MZ); nproc: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    python3 bench/public_site_load.py 127.0.0.1 "$PORT" 0828 "$VISITORS" "$SECONDS_MEASURED" "$WARMUP"
    echo
    echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
  } | tee -a target/public-site-benchmark.md
  kill $APP; wait $APP 2>/dev/null || true; APP=
done
