# Shared by the deploy and bench scripts: source it after `set -euo pipefail`.

# Sets JAVA_BIN to a Java 25 (JAVA_BIN, JAVA_HOME, the Temurin 25 package or any /usr/lib/jvm/*25*), or stops.
find_java25() {
  JAVA_BIN=${JAVA_BIN:-}
  if [ -z "$JAVA_BIN" ]; then
    for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
      [ -n "$j" ] && [ -x "$j/bin/java" ] && "$j/bin/java" -version 2>&1 | grep -q 'version "25' && JAVA_BIN="$j/bin/java" && break
    done
  fi
  [ -n "$JAVA_BIN" ] || { echo "no Java 25 found; set JAVA_BIN" >&2; exit 1; }
}

# Stops the process $1 (the app a script started): TERM, up to 60 s for a graceful shutdown, then KILL.
stop_process() {
  local pid=$1
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "stopping the app (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && { echo "app still running after 60 s, killing it"; kill -KILL "$pid" 2>/dev/null || true; }
    wait "$pid" 2>/dev/null || true
  fi
}
