#!/usr/bin/env bash
# Starts Program Desk as prepared by deploy/prepare.sh: the extracted jar with the flags of
# deploy/jvm.options and the AOT cache. Arguments go to the app (e.g. --server.port=8080); the
# database comes from SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD (else the embedded MariaDB).
#   APP_DIR    the prepared folder (default target/app)
#   JAVA_HEAP  heap flags (default -Xms4g -Xmx4g: 1,000 sessions of the role mix, half of it for short-lived objects;
#              with 2g the old generation filled every 46 s at 1,000 users and each full collection stopped the app
#              for 0.6-0.9 s: docs/benchmarks.md, "Sixteenth round"). Give -Xms as -Xmx: jvm.options fixes the young
#              generation at half the initial heap.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR=${APP_DIR:-$ROOT/target/app}
# shellcheck source=deploy/lib.sh
. "$ROOT/deploy/lib.sh"
find_java25
# shellcheck source=deploy/heap.sh
. "$ROOT/deploy/heap.sh"
check_java_heap
[ -f "$APP_DIR/program-desk.jar" ] || { echo "nothing prepared in $APP_DIR: run deploy/prepare.sh first" >&2; exit 1; }
AOT=()
[ -f "$APP_DIR/program-desk.aot" ] && AOT=(-XX:AOTCache="$APP_DIR/program-desk.aot")
# shellcheck disable=SC2086
exec "$JAVA_BIN" @"$ROOT/deploy/jvm.options" ${JAVA_HEAP:--Xms4g -Xmx4g} "${AOT[@]}" -jar "$APP_DIR/program-desk.jar" "$@"
