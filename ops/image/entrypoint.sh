#!/bin/sh
# The start command of the Program Desk image (Dockerfile and ops/image/build-local alike): production's
# start (deploy/start.sh) inside the container, i.e. the extracted jar with the flags of jvm.options and
# the AOT cache trained when the image was built. Arguments go to the app (e.g. --server.port=8081).
#   SPRING_DATASOURCE_URL  required: the image has no embedded MariaDB (its binaries are left out)
#   JAVA_HEAP              heap flags (default: three quarters of the container's memory, from the start)
set -eu
case " $* " in
  *" --spring.datasource.url="*) ;;
  *) if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
       echo "Program Desk: set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to a MariaDB, e.g." \
            "jdbc:mariadb://db:3306/programdesk; this image has no embedded database." >&2
       exit 64
     fi ;;
esac
# shellcheck source=deploy/heap.sh
. /app/heap.sh
check_java_heap
aot=
[ -f /app/program-desk.aot ] && aot=-XX:AOTCache=/app/program-desk.aot
# shellcheck disable=SC2086
exec java @/app/jvm.options ${JAVA_HEAP:--XX:InitialRAMPercentage=75 -XX:MaxRAMPercentage=75} $aot -jar /app/program-desk.jar "$@"
