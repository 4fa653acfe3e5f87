#!/usr/bin/env bash
# Measures the Java heap one logged-in user session holds: starts the packaged app (embedded
# MariaDB, demo data) on a free port, warms it up, then logs in [sessions] fresh users twice
# (a role mix opening the main views, one Chromium context = one HTTP session each), forcing a
# full GC and taking a live class histogram (jcmd) before and after each batch; heap per session
# = growth / sessions. Afterwards a per-view breakdown (sessions/4 per scenario). Stops the app.
#
# Usage: bench/session-heap.sh [sessions]        (default 100 per batch)
# Needs: Java 25 (JAVA_BIN, JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64), node >= 18 + npm,
#        Chromium (CHROMIUM, default /usr/bin/chromium). playwright-core is installed into
#        bench/node_modules when missing.
# Environment (all optional):
#   JAR         packaged app            (default target/program-desk.jar: ./mvnw -DskipTests package)
#   BENCH_WORK  data dir, logs, results (default target/bench-heap; must not be under /tmp,
#               the embedded MariaDB refuses data dirs under java.io.tmpdir)
#   JAVA_OPTS   JVM flags beside those of deploy/jvm.options (production's) (default -Xms1g -Xmx1g)
#   BATCHES     mixed batches (default 2), WARMUP (default 12), BREAKDOWN sessions per view
#               scenario (default sessions/4, 0 = skip)
#   KEEP_DATA=1 reuse BENCH_WORK/data instead of starting from an empty data folder
set -euo pipefail
CALLER_PWD=$(pwd)
cd "$(dirname "$0")/.."
ROOT=$(pwd)
abs() { case "$1" in /*) echo "$1" ;; *) echo "$CALLER_PWD/$1" ;; esac; }

SESSIONS=${1:-100}
[[ "$SESSIONS" =~ ^[0-9]+$ ]] && [ "$SESSIONS" -gt 0 ] || { echo "usage: $0 [sessions]" >&2; exit 2; }
if [ -n "${JAR:-}" ]; then JAR=$(abs "$JAR"); else JAR=$ROOT/target/program-desk.jar; fi
if [ -n "${BENCH_WORK:-}" ]; then BENCH_WORK=$(abs "$BENCH_WORK"); else BENCH_WORK=$ROOT/target/bench-heap; fi
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -f "$JAR" ] || { echo "no jar at $JAR; build it first (./mvnw -DskipTests package) or set JAR" >&2; exit 1; }
[ -x "$CHROMIUM" ] || { echo "no Chromium at $CHROMIUM (apt-get install chromium fonts-noto-cjk) or set CHROMIUM" >&2; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "node and npm are needed" >&2; exit 1; }
case "$BENCH_WORK/" in /tmp/*) echo "BENCH_WORK must not be under /tmp (embedded MariaDB refuses it)" >&2; exit 1 ;; esac

# Java 25, and jcmd next to it
# shellcheck source=deploy/lib.sh
. "$ROOT/deploy/lib.sh"
find_java25
JCMD=$(dirname "$JAVA_BIN")/jcmd
[ -x "$JCMD" ] || { echo "no jcmd next to $JAVA_BIN (a JDK is needed, not a JRE)" >&2; exit 1; }

# playwright-core into bench/node_modules (no browser download: Debian's Chromium is used)
if [ ! -f bench/node_modules/playwright-core/package.json ]; then
  echo "installing playwright-core into bench/node_modules"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix bench --no-save --no-audit --no-fund \
    playwright-core@1.55.0 >/dev/null
fi

mkdir -p "$BENCH_WORK"
RUN=$BENCH_WORK/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
[ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$BENCH_WORK/data"
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
BASE_URL=http://127.0.0.1:$PORT

APP_PID=
stop_app() { stop_process "$APP_PID"; }
trap stop_app EXIT
trap 'exit 130' INT TERM

echo "starting $JAR on port $PORT (JVM flags: deploy/jvm.options $JAVA_OPTS), work dir $RUN"
# shellcheck disable=SC2086
"$JAVA_BIN" @deploy/jvm.options $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --programdesk.data-dir="$BENCH_WORK/data" \
  > "$RUN/app.log" 2>&1 &
APP_PID=$!
start=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/actuator/health")" = 200 ] \
   && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/login")" = 200 ]; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped; see $RUN/app.log" >&2; tail -20 "$RUN/app.log" >&2; exit 1; }
  [ $(( $(date +%s) - start )) -lt 300 ] || { echo "the app did not get ready in 300 s; see $RUN/app.log" >&2; exit 1; }
  sleep 1
done
echo "ready after $(( $(date +%s) - start )) s"

{
  echo "date:    $(date -Iseconds)"
  echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/{print $2}') GiB RAM, $(uname -sr)"
  echo "java:    $("$JAVA_BIN" -version 2>&1 | sed -n 2p)"
  echo "flags:   $(grep -v '^#' deploy/jvm.options | xargs) $JAVA_OPTS  (GC: $("$JCMD" "$APP_PID" VM.flags | grep -o -- '-XX:+Use[A-Za-z0-9]*GC' | head -1))"
  echo "jar:     $JAR ($(stat -c %s "$JAR") bytes, $(sha256sum "$JAR" | cut -c1-12))"
  echo "browser: $("$CHROMIUM" --version 2>/dev/null | head -1), playwright-core $(node -p 'require("./bench/node_modules/playwright-core/package.json").version')"
  echo "N:       $SESSIONS sessions per mixed batch, ${BATCHES:-2} batches"
} | tee "$RUN/environment.txt"

BASE_URL=$BASE_URL APP_PID=$APP_PID JCMD=$JCMD SESSIONS=$SESSIONS OUT=$RUN CHROMIUM=$CHROMIUM \
  node bench/session-heap.mjs | tee "$RUN/console.txt"
"$JCMD" "$APP_PID" VM.flags > "$RUN/vm-flags.txt" 2>&1 || true
echo "results, histograms and app log: $RUN"
