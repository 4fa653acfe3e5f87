#!/usr/bin/env bash
# Measures the time from command to a served login page for three starts of the packaged app:
#   1. embedded MariaDB, empty data folder (unpacks MariaDB, installs it, migrates, loads demo data)
#   2. embedded MariaDB, same folder again (the everyday start)
#   3. java -jar against an already running MariaDB (SPRING_DATASOURCE_URL)
# Usage: bench/startup.sh [runs]   (needs target/program-desk.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=target/program-desk.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
JAVA_BIN=${JAVA_BIN:-}
if [ -z "$JAVA_BIN" ]; then
  for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    [ -n "$j" ] && [ -x "$j/bin/java" ] && "$j/bin/java" -version 2>&1 | grep -q '"25' && JAVA_BIN="$j/bin/java" && break
  done
fi
[ -n "$JAVA_BIN" ] || { echo "no Java 25 found; set JAVA_BIN" >&2; exit 1; }
WORK=$(pwd)/target/bench-startup
PORT=18080

now_ms() { date +%s%3N; }

# Starts the app with the given extra arguments/env, prints ms until GET /login answers 200, stops it.
time_to_login() {
  local log=$1; shift
  local start pid elapsed
  start=$(now_ms)
  env "$@" "$JAVA_BIN" -jar "$JAR" --server.port=$PORT --programdesk.data-dir="$WORK/data" > "$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
    kill -0 $pid 2>/dev/null || { echo "app died, see $log" >&2; exit 1; }
    sleep 0.1
  done
  elapsed=$(( $(now_ms) - start ))
  kill $pid; wait $pid 2>/dev/null || true
  echo $elapsed
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

rm -rf "$WORK"; mkdir -p "$WORK"
first=(); second=(); external=()
for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/data"
  first+=("$(time_to_login "$WORK/first-$run.log" PD_BENCH=1)")
  second+=("$(time_to_login "$WORK/second-$run.log" PD_BENCH=1)")
done

# An already running MariaDB: the binaries and schema the embedded runs left behind, started by hand.
MDB=$WORK/data/mariadb
DBPORT=13306
cp -r "$MDB/data" "$WORK/external-data"
rm -f "$WORK/external-data/"*.pid
"$MDB/base/bin/mariadbd" --no-defaults --basedir="$MDB/base" --datadir="$WORK/external-data" \
  --port=$DBPORT --bind-address=127.0.0.1 --skip-ssl --skip-grant-tables --socket="$WORK/mysql.sock" \
  --pid-file="$WORK/external.pid" $( [ "$(id -un)" = root ] && echo --user=root ) > "$WORK/mariadbd.log" 2>&1 &
DBPID=$!
trap 'kill $DBPID 2>/dev/null || true' EXIT
until grep -qs "ready for connections" "$WORK/mariadbd.log"; do sleep 0.1; done
for run in $(seq 1 "$RUNS"); do
  external+=("$(time_to_login "$WORK/external-$run.log" \
    SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DBPORT/programdesk" \
    SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= )")
done

echo "runs: $RUNS (ms, command to login page served)"
echo "embedded, first start : ${first[*]}  median $(printf '%s\n' "${first[@]}" | median)"
echo "embedded, second start: ${second[*]}  median $(printf '%s\n' "${second[@]}" | median)"
echo "external MariaDB      : ${external[*]}  median $(printf '%s\n' "${external[@]}" | median)"
