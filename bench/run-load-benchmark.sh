#!/usr/bin/env bash
# The P1 load benchmark (issue 19) in one command. Not part of ./mvnw verify.
#   bench/run-load-benchmark.sh              # open loop, closed loop + pgbench, soak (10 minutes)
#   SOAK_SECONDS=120 bench/run-load-benchmark.sh   # a shorter soak (label it as such in docs/performance.md)
#   PHASES="open closed" bench/run-load-benchmark.sh  # only some phases (open, closed, soak)
#   CAPTURE=1 bench/run-load-benchmark.sh    # also capture one registration's SQL (target/registration-statements.log)
#   PGSS=1 bench/run-load-benchmark.sh       # also PostgreSQL's time per statement in the closed loop and the soak (pg_stat_statements)
# Settings (environment): RATE=100 OPEN_SECONDS=60 CLIENTS=8 CLOSED_SECONDS=60 SOAK_SESSIONS=200 SOAK_SECONDS=600
# THINK_MS=1000 BENCH_PORT=18080 BENCH_HEAP=1g (initial and maximum heap, as a server runs) WARMUP_SECONDS=45 BENCH_JAVA_OPTS= (extra JVM options of the application, e.g. a JFR
# recording: BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=target/bench-load.jfr,settings=profile").
# Starts the application (demo profile: users and Oss's demo data) on an embedded PostgreSQL in
# target/bench-load-postgres (emptied first), issues API tokens through the API, drives it with
# bench/src/main/java/nl/jeugdregie/bench/LoadGenerator.java and replays the captured SQL with pgbench on the
# same database in the same run. Figures go to target/load-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
RATE=${RATE:-100}; OPEN_SECONDS=${OPEN_SECONDS:-60}
CLIENTS=${CLIENTS:-8}; CLOSED_SECONDS=${CLOSED_SECONDS:-60}
SOAK_SESSIONS=${SOAK_SESSIONS:-200}; SOAK_SECONDS=${SOAK_SECONDS:-600}; THINK_MS=${THINK_MS:-1000}
PHASES=${PHASES:-open closed soak}
PORT=${BENCH_PORT:-18080}
BENCH_HEAP=${BENCH_HEAP:-1g}
# Long enough for the JIT to finish compiling the hot path (after 20 s it still used 0.8 ms of CPU per registration).
WARMUP_SECONDS=${WARMUP_SECONDS:-45}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
DATA=target/bench-load-postgres
OUT=target/load-benchmark.md
BASE=http://127.0.0.1:$PORT
JAVA_HOME=${BENCH_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JAVA_HOME=${JAVA_HOME:-${JAVA_HOME_25:-}}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
command -v pgbench >/dev/null || { echo "pgbench missing: apt-get install -y postgresql-client" >&2; exit 1; }

./mvnw -B -q $OFFLINE compile
./mvnw -B -q $OFFLINE exec:exec -Dexec.executable=echo -Dexec.args="%classpath" -Dexec.classpathScope=runtime \
  | tail -1 > target/bench-classpath.txt
mkdir -p target/bench-classes
$JAVAC -d target/bench-classes -cp "target/classes:$(cat target/bench-classpath.txt)" \
  $(find bench/src/main/java -name '*.java')

say() { echo "$*" | tee -a "$OUT"; }
: > "$OUT"
say "Load benchmark run $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
say "nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); memory: $(free -g | awk '/Mem:/ {print $2 " GB total, " $7 " GB available"}'); JDK: $($JAVA -version 2>&1 | head -1); heap $BENCH_HEAP"
say "pgbench: $(pgbench --version)"

# --- the application -------------------------------------------------------------------------------------------
# Monitoring's fold (ADR 0057) runs when a registration of the application commits, as in production; its fallback
# tick is set to an hour here, so it does not fold the rows that pgbench's replay puts into the inbox.
# Two starts: the first makes the database, runs the migrations and generates the demo data; the second runs on the
# same data with PostgreSQL's logging collector on (to target/bench-load-postgres/log), so one registration's
# statements can be captured with log_statement = all.
APP=
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; wait 2>/dev/null || true' EXIT
start_app() { # $1: the log line that says it is ready
  : > target/bench-load-app.log # emptied here, so the wait below cannot see the previous start's lines
  $JAVA -Xms$BENCH_HEAP -Xmx$BENCH_HEAP $BENCH_JAVA_OPTS -cp "target/classes:$(cat target/bench-classpath.txt)" nl.jeugdregie.JeugdregieApplication \
    --server.port=$PORT --spring.profiles.active=demo \
    --jeugdregie.db.embedded.data-directory=$DATA --jeugdregie.db.embedded.clean-on-start=false \
    --jeugdregie.second-factor.required-for=REGIONAL_ADMINISTRATOR \
    --logging.level.root=warn --logging.level.nl.jeugdregie.JeugdregieApplication=info \
    --logging.level.nl.jeugdregie.demo=info --jeugdregie.monitoring.fold-interval=1h > target/bench-load-app.log 2>&1 &
  APP=$!
  for i in $(seq 1 900); do
    grep -q "$1" target/bench-load-app.log && return 0
    kill -0 $APP 2>/dev/null || { tail -50 target/bench-load-app.log; echo "application stopped" >&2; exit 1; }
    sleep 1
  done
  echo "application not ready within 900 s" >&2; exit 1
}
stop_app() { kill $APP; wait $APP 2>/dev/null || true; APP=; }
rm -rf $DATA
start_app "Demo data generated"
stop_app
printf "logging_collector = on\nlog_directory = 'log'\nlog_filename = 'postgresql.log'\n" >> $DATA/postgresql.auto.conf
# PGSS=1: PostgreSQL counts time per statement (pg_stat_statements, lock waits included) during the closed loop.
if [ -n "${PGSS:-}" ]; then printf "shared_preload_libraries = 'pg_stat_statements'\n" >> $DATA/postgresql.auto.conf; fi
start_app "Started JeugdregieApplication"
PGPORT=$(sed -n 4p $DATA/postmaster.pid)
PSQL="psql -X -q -t -A -h 127.0.0.1 -p $PGPORT -U postgres postgres"
say "application started (pid $APP, demo data of gemeente Oss), embedded PostgreSQL $($PSQL -c 'show server_version') on port $PGPORT"
if [ -n "${PGSS:-}" ]; then $PSQL -c "create extension if not exists pg_stat_statements" > /dev/null; fi

# The demo administrator issues the tokens with HTTP Basic, which an account with a second login step may not use
# (ADR 0045): the benchmark's application requires the step of the regional administrator only (the demo's `regio`).
token() { # an API token for a demo account, issued by the demo administrator (ADR 0020)
  curl -sf -u beheerder:jeugdregie-demo -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"description\":\"benchmark\",\"validDays\":1}" $BASE/api/v1/admin/api-tokens \
    | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
TOKEN=$(token professional)
# One token a line (the API's answer has no line end of its own).
printf '%s\n%s\n' "$(token professional.zuid.1)" "$TOKEN" > target/bench-soak-tokens.txt
load() { $JAVA -cp target/bench-classes nl.jeugdregie.bench.LoadGenerator "$@" | tee -a target/bench-load-raw.txt; }
: > target/bench-load-raw.txt
result() { grep "RESULT mode=$1 kind=$2 " target/bench-load-raw.txt | tail -1 | sed -E "s/.* $3=([^ ]+).*/\1/"; }

# --- capture the SQL of one registration (log_statement=all) ---------------------------------------------------
if [ -n "${CAPTURE:-}" ]; then
  register() {
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d '{"givenName":"Vastleggen","familyName":"Statement","dateOfBirth":"2015-04-01","carerName":"Ouder","carerRelation":"moeder","channel":"PHONE","referrer":"SCHOOL","question":"Vastleggen van de SQL."}' \
      $BASE/api/v1/help-requests
  }
  register # once before, so nothing first-time (caches, prepared statements) is in the capture
  sleep 2
  $PSQL -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" > /dev/null
  sleep 1
  FROM=$(($(wc -l < $DATA/log/postgresql.log) + 1))
  register
  sleep 3
  $PSQL -c "alter system reset log_statement" -c "select pg_reload_conf()" > /dev/null
  tail -n +$FROM $DATA/log/postgresql.log > target/registration-statements.log
  say "captured the registration's statements in target/registration-statements.log; bench/registration-transaction.sql"
  say "is the request's own connection's part of it (see docs/performance.md)"
fi

# --- warm-up: the JIT compiles the hot path before anything is measured ----------------------------------------
load closed "$BASE" "$TOKEN" "$CLIENTS" "$WARMUP_SECONDS" > /dev/null
say "warm-up: $WARMUP_SECONDS s of $CLIENTS clients registering (not reported)"

# PGSS=1: the statements that took the most time since the last reset, lock waits included, into file $1.
statements() {
  psql -X -h 127.0.0.1 -p $PGPORT -U postgres postgres -c "select calls, round(total_exec_time::numeric) as total_ms,
    round((total_exec_time / calls)::numeric, 3) as ms_per_call, left(regexp_replace(query, '\s+', ' ', 'g'), 140) as statement
    from pg_stat_statements where calls > 0 order by total_exec_time desc limit 25" > "$1"
}

if [[ " $PHASES " == *" open "* ]]; then
  say "load before open loop: $(uptime)"
  load open "$BASE" "$TOKEN" "$RATE" "$OPEN_SECONDS"
  say "open loop, $RATE registrations/s scheduled in advance for $OPEN_SECONDS s: $(grep 'RESULT mode=open' target/bench-load-raw.txt | tail -1)"
fi

if [[ " $PHASES " == *" closed "* ]]; then
  say "load before closed loop: $(uptime)"
  if [ -n "${PGSS:-}" ]; then $PSQL -c "select pg_stat_statements_reset()" > /dev/null; fi
  load closed "$BASE" "$TOKEN" "$CLIENTS" "$CLOSED_SECONDS"
  if [ -n "${PGSS:-}" ]; then # the statements that took the most time in the closed loop, lock waits included
    statements target/bench-pg-statements.txt
    say "PostgreSQL's time per statement in the closed loop: target/bench-pg-statements.txt"
  fi
  say "closed loop, $CLIENTS clients for $CLOSED_SECONDS s: $(grep 'RESULT mode=closed' target/bench-load-raw.txt | tail -1)"
  # The closed loop counts only if monitoring's fold kept up: what it left in its inbox, and how long that took.
  BACKLOG=$($PSQL -c "select count(*) from monitoring_registration_inbox")
  DRAIN_START=$(date +%s%N)
  while [ "$($PSQL -c 'select count(*) from monitoring_registration_inbox')" != 0 ]; do sleep 0.1; done
  say "monitoring's registration inbox after the closed loop: $BACKLOG registrations, folded in $(( ($(date +%s%N) - DRAIN_START) / 1000000 )) ms"
  # The same transaction with plain SQL on the same database (application still running, idle).
  say "load before pgbench: $(uptime)"
  PGTEAM=$($PSQL -c "select id from team where municipality_code = '0828' and name = 'CJG Oss Noord'")
  TOKEN_ID=$(echo "$TOKEN" | cut -d_ -f2)
  pgbench -n -M prepared -h 127.0.0.1 -p $PGPORT -U postgres -c "$CLIENTS" -j 2 -T "$CLOSED_SECONDS" \
    -D team="$PGTEAM" -D token="$TOKEN_ID" -f bench/registration-transaction.sql postgres 2>&1 | tee target/bench-pgbench.txt
  # The replayed inbox rows belong to no help request: remove them (the application's own were folded above).
  $PSQL -c "delete from monitoring_registration_inbox"
  TPS=$(grep -E '^tps' target/bench-pgbench.txt | head -1 | sed -E 's/tps = ([0-9.]+).*/\1/')
  APP_TPS=$(result closed register throughput)
  say "pgbench, $CLIENTS clients for $CLOSED_SECONDS s, bench/registration-transaction.sql: $TPS transactions/s"
  say "ratio application / pgbench: $(awk -v a="$APP_TPS" -v b="$TPS" 'BEGIN { printf "%.0f %%", 100 * a / b }')"
fi

if [[ " $PHASES " == *" soak "* ]]; then
  say "load before soak: $(uptime)"
  if [ -n "${PGSS:-}" ]; then $PSQL -c "select pg_stat_statements_reset()" > /dev/null; fi
  load soak "$BASE" target/bench-soak-tokens.txt "$SOAK_SESSIONS" "$SOAK_SECONDS" "$THINK_MS"
  if [ -n "${PGSS:-}" ]; then
    statements target/bench-pg-statements-soak.txt
    say "PostgreSQL's time per statement in the soak: target/bench-pg-statements-soak.txt"
  fi
  say "soak, $SOAK_SESSIONS sessions for $SOAK_SECONDS s, think time ${THINK_MS} ms ±50 %:"
  grep 'RESULT mode=soak' target/bench-load-raw.txt | tail -5 | tee -a "$OUT"
  grep '^first error' target/bench-load-raw.txt | tee -a "$OUT" || true
  say "server errors in the application log: $(grep -c ' ERROR ' target/bench-load-app.log || true)"
fi
say "load after: $(uptime)"
echo "Figures in $OUT"
