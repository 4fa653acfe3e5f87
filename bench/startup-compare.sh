#!/usr/bin/env bash
# Compares the start of the packaged app under two sets of JVM flags (beside deploy/jvm.options), in
# production's layout, each with a JDK AOT cache trained under its own flags, against a running MariaDB
# (SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD, as for bench/startup-steps.sh). The starts alternate,
# A B A B ..., so that both see the same machine: this machine's speed drifts by a third within hours.
# Prints each start's ms from the command to a served login page and the app's CPU ms by then (all threads, the
# JIT's included; it drifts less with the machine than the wall clock), and the medians of both.
# Example (Spring AOT off and on, docs/benchmarks.md, "Sixth round"):
#   bench/startup-compare.sh "-Dspring.aot.enabled=false" "-Dspring.aot.enabled=true" 7
# Two builds instead of two sets of flags: JAR_A=… JAR_B=… bench/startup-compare.sh "" "" 7
# Usage: bench/startup-compare.sh "flags A" "flags B" [pairs]   (needs target/program-desk.jar, or JAR_A and JAR_B)
set -euo pipefail
cd "$(dirname "$0")/.."
FLAGS_A=$1; FLAGS_B=$2; PAIRS=${3:-5}
JAR_A=${JAR_A:-target/program-desk.jar}
JAR_B=${JAR_B:-target/program-desk.jar}
# shellcheck source=deploy/lib.sh
. deploy/lib.sh
find_java25
for jar in "$JAR_A" "$JAR_B"; do
  [ -f "$jar" ] || { echo "no $jar: build the jar first (./mvnw -DskipTests package)" >&2; exit 1; }
done
[ -n "${SPRING_DATASOURCE_URL:-}" ] || { echo "set SPRING_DATASOURCE_URL to a MariaDB with the schema" >&2; exit 1; }
WORK=$(pwd)/target/bench-startup-compare
PORT=${PORT:-18088}
rm -rf "$WORK"; mkdir -p "$WORK"

# shellcheck source=bench/startup-lib.sh
. bench/startup-lib.sh

# start <dir> <log> <flags...>: one start of the app of <dir>; prints the ms to a served login page
start() {
  local dir=$1 log=$2; shift 2
  time_to_login "$log" "$PORT" "$JAVA_BIN" @deploy/jvm.options "$@" -XX:AOTCache="$dir/program-desk.aot" \
    -jar "$(ls "$dir"/*.jar)" --server.port="$PORT" --server.address=127.0.0.1 --programdesk.data-dir="$WORK/data"
}

# train <jar> <dir> <flags...>: production's layout and a JDK AOT cache trained under these flags (deploy/prepare.sh)
train() {
  local jar=$1 dir=$2; shift 2
  TRAINING_JVM_FLAGS="$*" deploy/prepare.sh "$jar" "$dir" > "$WORK/prepare-$(basename "$dir").log" 2>&1 \
    || { echo "deploy/prepare.sh failed, see $WORK/prepare-$(basename "$dir").log" >&2; exit 1; }
}

# shellcheck disable=SC2086
train "$JAR_A" "$WORK/a" $FLAGS_A
# shellcheck disable=SC2086
train "$JAR_B" "$WORK/b" $FLAGS_B
a=(); b=()
for run in $(seq 1 "$PAIRS"); do
  # shellcheck disable=SC2086
  a+=("$(CPU_MS_TO="$WORK/a.cpu" start "$WORK/a" "$WORK/a-$run.log" $FLAGS_A)")
  # shellcheck disable=SC2086
  b+=("$(CPU_MS_TO="$WORK/b.cpu" start "$WORK/b" "$WORK/b-$run.log" $FLAGS_B)")
done
grep -h '\[aot' "$WORK"/[ab]-*.log | sort -u | head -3 || true
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "ms from the command to a served login page, $PAIRS starts each, alternating; CPU ms of the app by then"
echo "A ($JAR_A $FLAGS_A): ${a[*]}  median $(printf '%s\n' "${a[@]}" | median)"
echo "   CPU: $(paste -sd' ' "$WORK/a.cpu")  median $(median < "$WORK/a.cpu")"
echo "B ($JAR_B $FLAGS_B): ${b[*]}  median $(printf '%s\n' "${b[@]}" | median)"
echo "   CPU: $(paste -sd' ' "$WORK/b.cpu")  median $(median < "$WORK/b.cpu")"
