#!/usr/bin/env bash
# Prepares the packaged app for production in the layout Spring Boot recommends: extracts the jar
# into DEST (DEST/program-desk.jar and DEST/lib/; class-path scans then read plain jar files instead
# of nested ones, about 12 % less CPU per UI round trip) and trains a JDK AOT cache for it
# (DEST/program-desk.aot: classes loaded and linked ahead of time, so the next start is faster).
# The training run starts the app once with deploy/jvm.options, waits until it serves the login
# page, and stops it; the JVM writes the cache on exit. It uses the database of
# SPRING_DATASOURCE_URL (with _USERNAME/_PASSWORD) when set, else a throwaway embedded MariaDB with
# demo data under DEST. Run it again after every build: a cache from another jar is ignored (the
# JVM prints a warning and starts without it). TRAINING_JVM_FLAGS adds flags beside deploy/jvm.options
# to the training run, for a start with the same extra flags (bench/startup-compare.sh).
#
# Usage: deploy/prepare.sh [jar] [dest]      (default target/program-desk.jar target/app)
# Then:  deploy/start.sh [--server.port=...]
set -euo pipefail
CALLER_PWD=$(pwd)
cd "$(dirname "$0")/.."
ROOT=$(pwd)
abs() { case "$1" in /*) echo "$1" ;; *) echo "$CALLER_PWD/$1" ;; esac; }
JAR=$(abs "${1:-$ROOT/target/program-desk.jar}")
DEST=$(abs "${2:-$ROOT/target/app}")
# shellcheck source=deploy/lib.sh
. "$ROOT/deploy/lib.sh"
find_java25
[ -f "$JAR" ] || { echo "no jar at $JAR (build it: ./mvnw -DskipTests package)" >&2; exit 1; }
case "$DEST/" in /tmp/*) echo "DEST must not be under /tmp (the training's embedded MariaDB refuses it)" >&2; exit 1 ;; esac

rm -rf "$DEST"
mkdir -p "$DEST"
"$JAVA_BIN" -Djarmode=tools -jar "$JAR" extract --destination "$DEST" > /dev/null
APP_JAR=$DEST/$(basename "$JAR")
[ -f "$APP_JAR" ] || { echo "extract did not write $APP_JAR" >&2; exit 1; }
echo "extracted into $DEST"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
TRAINING_DATA=$DEST/training-data
LOG=$DEST/training.log
STARTED_PID=
cleanup() { stop_process "$STARTED_PID"; rm -rf "$TRAINING_DATA"; }
trap cleanup EXIT
echo "training the AOT cache (one start on port $PORT, log $LOG)"
# shellcheck disable=SC2086
"$JAVA_BIN" @"$ROOT/deploy/jvm.options" ${TRAINING_JVM_FLAGS:-} -XX:AOTCacheOutput="$DEST/program-desk.aot" -jar "$APP_JAR" \
  --server.port="$PORT" --server.address=127.0.0.1 --programdesk.data-dir="$TRAINING_DATA" > "$LOG" 2>&1 &
STARTED_PID=$!
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && break
  kill -0 "$STARTED_PID" 2>/dev/null || { echo "the training run stopped, see $LOG" >&2; exit 1; }
  sleep 0.2
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" || { echo "no login page after 120 s, see $LOG" >&2; exit 1; }
stop_process "$STARTED_PID"
STARTED_PID=
[ -s "$DEST/program-desk.aot" ] || { echo "no AOT cache written, see $LOG" >&2; exit 1; }
echo "AOT cache: $DEST/program-desk.aot ($(du -h "$DEST/program-desk.aot" | cut -f1))"
