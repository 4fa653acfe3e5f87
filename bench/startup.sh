#!/usr/bin/env bash
# Measures the time from command to a served login page for three starts of the packaged app:
#   1. embedded MariaDB, empty data folder (unpacks MariaDB, installs it, migrates, loads demo data)
#   2. embedded MariaDB, same folder again (the everyday start)
#   3. java -jar against an already running MariaDB (SPRING_DATASOURCE_URL)
#   4. the same in production's layout (deploy/prepare.sh: extracted, deploy/jvm.options), without
#      and with the JDK AOT cache trained against that MariaDB
# Usage: bench/startup.sh [runs]   (needs target/program-desk.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=target/program-desk.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
# shellcheck source=deploy/lib.sh
. deploy/lib.sh
find_java25
WORK=$(pwd)/target/bench-startup
PORT=18080

# shellcheck source=bench/startup-lib.sh
. bench/startup-lib.sh

# Starts the app with the given extra env and prints ms until GET /login answers 200 (bench/startup-lib.sh).
# RUN_JAR and JVM_ARGS (an array) choose the jar and the flags (default: the fat jar, no flags).
start_app() {
  local log=$1; shift
  time_to_login "$log" $PORT env "$@" "$JAVA_BIN" "${JVM_ARGS[@]}" -jar "${RUN_JAR:-$JAR}" --server.port=$PORT \
    --programdesk.data-dir="$WORK/data"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

rm -rf "$WORK"; mkdir -p "$WORK"
first=(); second=(); external=()
JVM_ARGS=()
for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/data"
  first+=("$(WAIT_FOR="Loaded the demo organisations" start_app "$WORK/first-$run.log" PD_BENCH=1)")
  second+=("$(start_app "$WORK/second-$run.log" PD_BENCH=1)")
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
until grep -qs "ready for connections" "$WORK/mariadbd.log"; do
  kill -0 $DBPID 2>/dev/null || { echo "MariaDB did not start (port $DBPORT taken?), see $WORK/mariadbd.log" >&2; exit 1; }
  sleep 0.1
done
for run in $(seq 1 "$RUNS"); do
  external+=("$(start_app "$WORK/external-$run.log" \
    SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DBPORT/programdesk" \
    SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= )")
done

# Production's layout against the same MariaDB: extracted, then with the AOT cache trained on it.
EXTERNAL_ENV=(SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DBPORT/programdesk" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD=)
env "${EXTERNAL_ENV[@]}" deploy/prepare.sh "$JAR" "$WORK/app" > "$WORK/prepare.log" 2>&1 || { echo "deploy/prepare.sh failed, see $WORK/prepare.log" >&2; exit 1; }
extracted=(); aot=()
RUN_JAR=$WORK/app/$(basename "$JAR")
for run in $(seq 1 "$RUNS"); do
  JVM_ARGS=(@deploy/jvm.options)
  extracted+=("$(start_app "$WORK/extracted-$run.log" "${EXTERNAL_ENV[@]}")")
  JVM_ARGS=(@deploy/jvm.options -XX:AOTCache="$WORK/app/program-desk.aot")
  aot+=("$(start_app "$WORK/aot-$run.log" "${EXTERNAL_ENV[@]}")")
done
# a cache the JVM refuses (another jar, other flags) is named in a warning; the figures would then mean nothing
grep -h '\[aot' "$WORK"/aot-*.log | sort -u | head -3 || true

echo "runs: $RUNS (ms, command to login page served)"
echo "embedded, first start : ${first[*]}  median $(printf '%s\n' "${first[@]}" | median)"
echo "embedded, second start: ${second[*]}  median $(printf '%s\n' "${second[@]}" | median)"
echo "external MariaDB      : ${external[*]}  median $(printf '%s\n' "${external[@]}" | median)"
echo "external, extracted   : ${extracted[*]}  median $(printf '%s\n' "${extracted[@]}" | median)   (deploy/prepare.sh layout, deploy/jvm.options)"
echo "external, AOT cache   : ${aot[*]}  median $(printf '%s\n' "${aot[@]}" | median)   (the same with -XX:AOTCache)"
