#!/usr/bin/env bash
# Where the start-up goes (issue 18, the 3 s goal): starts the app from an extracted jar with Spring's
# BufferingApplicationStartup (bench/startup-steps/StartupSteps.java, a launcher around
# com.programdesk.Application) and prints the self time of each kind of step and the 45 costliest
# steps: config class parsing, each bean's instantiation (Liquibase is the bean `liquibase`), the web
# server. With production's flags (deploy/jvm.options, Spring AOT among them) but without the JDK AOT
# cache (the launcher's class path differs from the jar's), so times include
# class loading; the shares are what to compare. Needs a MariaDB with the schema, as for
# bench/startup.sh's external runs: SPRING_DATASOURCE_URL (and _USERNAME/_PASSWORD) must be set.
# It runs in target/startup-steps: started in the project folder, Liquibase would also find db-changelog/ there.
# Usage: bench/startup-steps.sh [extracted-dir] [app args...]   (default target/app from deploy/prepare.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
APP=${1:-target/app}; shift || true
# shellcheck source=deploy/lib.sh
. deploy/lib.sh
find_java25
[ -f "$APP/program-desk.jar" ] || { echo "no extracted app in $APP (deploy/prepare.sh)" >&2; exit 1; }
APP=$(cd "$APP" && pwd) # Liquibase takes one jar reached by a relative and an absolute path for two changelogs
[ -n "${SPRING_DATASOURCE_URL:-}" ] || { echo "set SPRING_DATASOURCE_URL to a MariaDB with the schema" >&2; exit 1; }
OUT=$(pwd)/target/startup-steps
mkdir -p "$OUT"
CP="$OUT:$APP/program-desk.jar:$(printf '%s:' "$APP"/lib/*.jar)"
"$(dirname "$JAVA_BIN")/javac" -cp "$CP" -d "$OUT" bench/startup-steps/StartupSteps.java
(cd "$OUT" && "$JAVA_BIN" @"$OLDPWD/deploy/jvm.options" -cp "$CP" StartupSteps --server.port="${PORT:-18089}" --programdesk.data-dir="$OUT/data" "$@") \
  > "$OUT/run.log" 2>&1 || { echo "the start failed, see $OUT/run.log" >&2; exit 1; }
sed -n '/^run() took/,$p' "$OUT/run.log" | grep -v '^[0-9]\{4\}-'
