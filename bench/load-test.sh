#!/usr/bin/env bash
# Protocol-level load test of the Vaadin UI (issue 18): virtual users speak Vaadin's UIDL over HTTP
# (no browsers) with Gatling's Java DSL (bench/load, not part of ./mvnw verify). Starts the packaged
# app on a fresh embedded MariaDB with demo data on a loopback port, ramps up [users] over [ramp]
# seconds, keeps them all busy for [duration] seconds (the steady phase: each logs in with a demo
# account of every role in turn, then clicks through its own side navigation, 2-5 s think time),
# and on some visits saves what its role saves, each write checked by the app's confirmation:
# institution staff save report drafts, file reports, report task progress (submitting at 100 %),
# submit corrections and log activities done; the coordinator approves reports, accepts or returns
# tasks, verifies or returns corrections; association staff log member events; the viewer changes
# the dashboard's period (docs/benchmarks.md, "Load test", Writes). Then prints one summary line
# (steady p50/p95/p99 per round trip, errors, round trips/s, CPU ms per round trip of the app's JVM
# and of MariaDB, machine busy), a per-view table, the writes done and a per-write-flow table.
# Stops the app.
#
# Usage: bench/load-test.sh [users] [ramp-seconds] [duration-seconds]     (default 20 30 60)
# Environment (all optional):
#   JAR         packaged app (default target/program-desk.jar, built with ./mvnw -DskipTests package
#               when missing or with REBUILD=1)
#   BASE_URL    a running app on this machine instead (http://127.0.0.1:PORT); APP_PID and DB_PID
#               then give the processes whose CPU is measured (0 = not measured; "pid,pid" adds several up: the cluster)
#   PORT        loopback port of the started app (default: a free one)
#   BENCH_WORK  data dir, logs, results (default target/bench-load; not under /tmp)
#   JAVA_OPTS   app JVM flags beside deploy/jvm.options (default -Xms4g -Xmx4g, as deploy/start.sh)
#   LAYOUT=fat  run as before the levers of issue 18: the fat jar, without deploy/jvm.options
#   BROWSER_AT  seconds into the steady phase at which a person in Chromium logs in and clicks through
#               a few views (bench/browser-during-load.mjs: timings and a screenshot in the run folder)
#   BROWSER_NICE nice value of that Chromium (default 0). A person's browser runs on their own computer;
#               here it shares the two cores with the app, MariaDB and the generator, and parsing the
#               scripts or laying out a view waits for a core. -10 gives it the cores first, standing in
#               for a computer of its own; the time it waits for the server's answers stays as it is.
#   KEEP_DATA=1 reuse BENCH_WORK/data (demo data as left by the last run) instead of a fresh one
#   THINK_MIN / THINK_MAX think time in ms (default 2000 / 5000)
#   APP=minimal the minimal Vaadin app of bench/minimal instead (jar bench/minimal/target/minimal-vaadin-app.jar,
#               built when missing or with REBUILD=1; no database): its one user clicks through its two
#               views and saves a row on every 3rd visit to the grid (MinimalAppSimulation), for the
#               CPU-per-round-trip ratio of docs/benchmarks.md, "Minimal app for comparison"
# After the run, against the started app's embedded database: every write the app confirmed is stored exactly once,
# and every workflow row agrees with its steps (bench/load/consistency.py; "CONSISTENCY ok|FAILED" in consistency.txt).
# Bounds: at most 2000 users, 600 s ramp and 1800 s steady phase; loopback targets only.
set -euo pipefail
CALLER_PWD=$(pwd)
cd "$(dirname "$0")/.."
ROOT=$(pwd)
abs() { case "$1" in /*) echo "$1" ;; *) echo "$CALLER_PWD/$1" ;; esac; }

USERS=${1:-20}
RAMP=${2:-30}
DURATION=${3:-60}
for n in "$USERS" "$RAMP" "$DURATION"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "usage: $0 [users] [ramp-seconds] [duration-seconds]" >&2; exit 2; }
done
[ "$USERS" -ge 1 ] && [ "$USERS" -le 2000 ] || { echo "users must be 1..2000" >&2; exit 2; }
[ "$RAMP" -ge 1 ] && [ "$RAMP" -le 600 ] || { echo "ramp must be 1..600 s" >&2; exit 2; }
[ "$DURATION" -ge 10 ] && [ "$DURATION" -le 1800 ] || { echo "duration must be 10..1800 s" >&2; exit 2; }
if [ -n "${BENCH_WORK:-}" ]; then BENCH_WORK=$(abs "$BENCH_WORK"); else BENCH_WORK=$ROOT/target/bench-load; fi
case "$BENCH_WORK/" in /tmp/*) echo "BENCH_WORK must not be under /tmp (embedded MariaDB refuses it)" >&2; exit 1 ;; esac
JAVA_OPTS=${JAVA_OPTS:--Xms4g -Xmx4g}
case "${APP:-}" in
  ""|programdesk) SIMULATION=com.programdesk.load.ProgramDeskSimulation; APP_POM=pom.xml; APP_JAR=target/program-desk.jar ;;
  minimal) SIMULATION=com.programdesk.load.MinimalAppSimulation; APP_POM=bench/minimal/pom.xml; APP_JAR=bench/minimal/target/minimal-vaadin-app.jar ;;
  *) echo "APP must be programdesk or minimal" >&2; exit 2 ;;
esac

# shellcheck source=deploy/lib.sh
. "$ROOT/deploy/lib.sh"
find_java25

mkdir -p "$BENCH_WORK"
RUN=$BENCH_WORK/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
APP_PID=${APP_PID:-0}
DB_PID=${DB_PID:-0}
STARTED_PID=

stop_app() { stop_process "$STARTED_PID"; }
trap stop_app EXIT
trap 'exit 130' INT TERM

if [ -n "${BASE_URL:-}" ]; then
  case "$BASE_URL" in
    http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
    *) echo "BASE_URL must be a loopback address (http://127.0.0.1:PORT)" >&2; exit 2 ;;
  esac
  JAR_INFO="running app at $BASE_URL"
else
  if [ -n "${JAR:-}" ]; then
    JAR=$(abs "$JAR")
  else
    JAR=$ROOT/$APP_JAR
    if [ ! -f "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
      echo "building $JAR"
      ./mvnw -q -f "$APP_POM" -DskipTests package
    fi
  fi
  [ -f "$JAR" ] || { echo "no jar at $JAR" >&2; exit 1; }
  JAR_INFO="$JAR ($(stat -c %s "$JAR") bytes, sha256 $(sha256sum "$JAR" | cut -c1-12))"
  PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')}
  BASE_URL=http://127.0.0.1:$PORT
  [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$BENCH_WORK/data"
  # production layout (deploy/prepare.sh without the AOT cache, which only speeds up the start):
  # the jar extracted once per build; LAYOUT=fat runs the fat jar as before for comparison
  if [ "${LAYOUT:-extracted}" = fat ]; then
    RUN_JAR=$JAR
  else
    APP_DIR=$BENCH_WORK/app-$(sha256sum "$JAR" | cut -c1-12)
    if [ ! -f "$APP_DIR/$(basename "$JAR")" ]; then
      rm -rf "$BENCH_WORK"/app-*
      "$JAVA_BIN" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" > /dev/null
    fi
    RUN_JAR=$APP_DIR/$(basename "$JAR")
  fi
  PROD_FLAGS=(@deploy/jvm.options)
  # the minimal app has no Spring AOT build step: the same flags, AOT mode off
  [ "${APP:-}" = minimal ] && PROD_FLAGS+=(-Dspring.aot.enabled=false)
  [ "${LAYOUT:-extracted}" = fat ] && PROD_FLAGS=()
  JAR_INFO="$JAR_INFO, ${LAYOUT:-extracted}, flags: ${PROD_FLAGS[*]:+$(grep -v '^#' deploy/jvm.options | xargs) ${PROD_FLAGS[*]:1}}"
  echo "starting $RUN_JAR on $BASE_URL (JVM flags: $JAVA_OPTS), work dir $RUN"
  # shellcheck disable=SC2086
  "$JAVA_BIN" "${PROD_FLAGS[@]}" $JAVA_OPTS -jar "$RUN_JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --programdesk.data-dir="$BENCH_WORK/data" > "$RUN/app.log" 2>&1 &
  STARTED_PID=$!
  APP_PID=$STARTED_PID
  start=$(date +%s)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/actuator/health/readiness")" = 200 ]; do
    kill -0 "$STARTED_PID" 2>/dev/null || { echo "the app stopped; see $RUN/app.log" >&2; tail -20 "$RUN/app.log" >&2; exit 1; }
    [ $(( $(date +%s) - start )) -lt 600 ] || { echo "the app did not get ready in 600 s; see $RUN/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "ready after $(( $(date +%s) - start )) s"
  DB_PID=$(pgrep -P "$APP_PID" -x mariadbd || pgrep -P "$APP_PID" -x mysqld || echo 0)
fi

{
  echo "date:    $(date -Iseconds)"
  if [ -n "${JAR:-}" ] && [ "$JAR" != "$ROOT/$APP_JAR" ]; then
    # a jar from elsewhere (an older build kept for comparison): this checkout's HEAD says nothing about it
    echo "commit:  not this checkout's; the jar was built at $(unzip -p "$JAR" META-INF/build-info.properties 2>/dev/null | sed -n 's/^build.time=//p' | tr -d '\\' || echo '?')"
  else
    echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
  fi
  echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/{print $2}') GiB RAM, $(uname -sr)"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min load average before the run)"
  echo "java:    $("$JAVA_BIN" -version 2>&1 | sed -n 2p)"
  echo "app:     $JAR_INFO, JVM flags: $JAVA_OPTS, pid $APP_PID, MariaDB pid $DB_PID"
  echo "sim:     $SIMULATION"
  echo "run:     $USERS users, ramp $RAMP s, steady $DURATION s, think ${THINK_MIN:-2000}-${THINK_MAX:-5000} ms"
} | tee "$RUN/environment.txt"

if [ -n "${BROWSER_AT:-}" ]; then
  # a person in Chromium during the steady phase: timings and a screenshot in the run folder
  [ -f bench/node_modules/playwright-core/package.json ] || (cd bench && npm install --no-save --silent playwright-core@1.55.0 > /dev/null)
  ( sleep $(( RAMP + BROWSER_AT + 15 ))
    BASE_URL="$BASE_URL" OUT="$RUN" LABEL="$USERS users under load${BROWSER_NICE:+, Chromium at nice $BROWSER_NICE}" \
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 nice -n "${BROWSER_NICE:-0}" node bench/browser-during-load.mjs > "$RUN/browser.log" 2>&1 ) &
fi
# the database's own clock: the app writes its local time, and the consistency check counts the steps since then
SINCE=$(date '+%F %T')
./mvnw -q -f bench/load/pom.xml test-compile gatling:test -Dsimulation="$SIMULATION" \
  -DbaseUrl="$BASE_URL" -Dusers="$USERS" -Dramp="$RAMP" -Dduration="$DURATION" \
  -DthinkMin="${THINK_MIN:-2000}" -DthinkMax="${THINK_MAX:-5000}" \
  -DappPid="$APP_PID" -DdbPid="$DB_PID" -Dout="$RUN/roundtrips.csv" > "$RUN/gatling.log" 2>&1 || {
    echo "the simulation failed or had errors; see $RUN/gatling.log" >&2; tail -40 "$RUN/gatling.log" >&2; }
# the Gatling plugin writes its HTML report under bench/load/target/gatling; keep it with the run
REPORT=$(ls -td bench/load/target/gatling/*simulation-*/ 2>/dev/null | head -1)
[ -n "$REPORT" ] && [ "$REPORT" -nt "$RUN/environment.txt" ] && mv "$REPORT" "$RUN/gatling-report"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RUN/environment.txt"
if [ -n "$STARTED_PID" ]; then
  # grep -c exits 1 when it counts nothing, which set -e must not take for a failure
  echo "app log: $(grep -c -E ' (ERROR|WARN) ' "$RUN/app.log" || true) WARN/ERROR lines ($RUN/app.log)"
fi
[ -f "$RUN/summary.txt" ] && cat "$RUN/summary.txt"
if [ -n "$STARTED_PID" ] && [ "${APP:-}" != minimal ] && [ -f "$RUN/writes.tsv" ] && [ "$DB_PID" != 0 ]; then
  # the confirmed writes against the embedded database, and the workflows' invariants (bench/load/consistency.py)
  DB_PORT=$(tr '\0' '\n' < "/proc/$DB_PID/cmdline" | sed -n 's/^--port=//p')
  python3 bench/load/consistency.py "$BENCH_WORK/data/mariadb/base/bin/mariadb" "$DB_PORT" \
    "$BENCH_WORK/data/mariadb/root-password" "$SINCE" "$RUN/writes.tsv" | tee "$RUN/consistency.txt" || true
fi
echo "results (summary, every round trip as CSV, Gatling report, app log): $RUN"
