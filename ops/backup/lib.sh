# shellcheck shell=bash disable=SC2034,SC2001  # (ROOT is for the scripts that source it)
# Shared by ops/backup/backup and restore: source it after `set -euo pipefail`.
BACKUP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BACKUP_DIR/../.." && pwd)
CLUSTER_HOME=${CLUSTER_HOME:-/var/lib/programdesk-cluster}
DB_NAME=${DB_NAME:-programdesk}
MYSQL_BIN=${MYSQL_BIN:-}          # folder of mariadb and mariadb-dump (default: the server's own, else the PATH's)
CLIENT_CNF=""                     # [client] options file of the connection (written by connect_*)

ts() { date '+%H:%M:%S'; }
now_ms() { date +%s%3N; }
# Prints "<what>: <seconds> s" for a step that started at $2 (now_ms) and records it in TIMINGS.
TIMINGS=""
step_done() {
  local s
  s=$(awk -v a="$2" -v b="$(now_ms)" 'BEGIN {printf "%.1f", (b - a) / 1000}')
  TIMINGS+="$1: $s s"$'\n'
  echo "$(ts) $1: $s s"
}

# A private [client] file for the connection: host/port or socket, user, password.
write_client_cnf() {
  local dir=$1; shift
  CLIENT_CNF=$(mktemp -p "$dir" .client-XXXXXX.cnf)
  chmod 600 "$CLIENT_CNF"
  { echo "[client]"; printf '%s\n' "$@"; echo "default-character-set=utf8mb4"; } > "$CLIENT_CNF"
}

sql() { "${MYSQL_BIN:+$MYSQL_BIN/}mariadb" --defaults-extra-file="$CLIENT_CNF" --batch --skip-column-names "$@"; }

# The embedded MariaDB of a running app with data folder $1: its port (from the server's command line),
# user root, the generated root password; its own client binaries (same version as the server).
connect_embedded() {
  local data_dir=$1 tmp=$2 pid port
  data_dir=$(cd "$data_dir" && pwd)
  pid=$(pgrep -f -- "--datadir=$data_dir/mariadb/data" | head -1 || true)
  [ -n "$pid" ] || { echo "no embedded MariaDB runs on $data_dir (start the app first)" >&2; exit 1; }
  port=$(tr '\0' '\n' < "/proc/$pid/cmdline" | sed -n 's/^--port=//p')
  [ -n "$port" ] || { echo "cannot read the port of the embedded MariaDB (pid $pid)" >&2; exit 1; }
  [ -n "$MYSQL_BIN" ] || [ ! -x "$data_dir/mariadb/base/bin/mariadb-dump" ] || MYSQL_BIN=$data_dir/mariadb/base/bin
  # the embedded server runs --skip-ssl on loopback; its 11.4 client would insist on TLS
  write_client_cnf "$tmp" "host=127.0.0.1" "port=$port" "user=root" "password=$(cat "$data_dir/mariadb/root-password")" "skip-ssl"
  echo "embedded MariaDB on 127.0.0.1:$port (data folder $data_dir)"
}

# Galera node $1 of the loopback cluster as root through its socket.
connect_cluster_node() {
  write_client_cnf "$2" "socket=$CLUSTER_HOME/run/db$1.sock" "user=root"
  echo "Galera node db$1 of $CLUSTER_HOME"
}

# host, port, user and password file from the environment: DB_HOST, DB_PORT, DB_USER, DB_PASSWORD_FILE.
connect_server() {
  write_client_cnf "$1" "host=${DB_HOST:-127.0.0.1}" "port=${DB_PORT:-3306}" "user=${DB_USER:-root}" \
    ${DB_PASSWORD_FILE:+"password=$(cat "$DB_PASSWORD_FILE")"}
  echo "MariaDB at ${DB_HOST:-127.0.0.1}:${DB_PORT:-3306} as ${DB_USER:-root}"
}

# The manifest lines of the database that must be equal after a restore: the schema (columns of every table),
# the number of triggers, row count and CHECKSUM TABLE of every table.
manifest_db() {
  local tables list
  tables=$(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$DB_NAME' AND table_type='BASE TABLE' ORDER BY table_name")
  echo "schema $(sql -e "SELECT table_name, column_name, ordinal_position, column_type, is_nullable, IFNULL(column_default,'~')
       FROM information_schema.columns WHERE table_schema='$DB_NAME' ORDER BY table_name, ordinal_position" | sha256sum | cut -d' ' -f1)"
  echo "triggers $(sql -e "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema='$DB_NAME'")"
  if [ -n "$tables" ]; then
    list=$(sed "s/.*/\`$DB_NAME\`.\`&\`/" <<< "$tables" | paste -sd,)
    local counts
    counts=$(sed "s/.*/SELECT '&', COUNT(*) FROM \`$DB_NAME\`.\`&\`/" <<< "$tables" | paste -sd'|' | sed 's/|/ UNION ALL /g')
    LC_ALL=C join -j1 <(sql -e "$counts" | LC_ALL=C sort -k1,1) \
             <(sql -e "CHECKSUM TABLE $list EXTENDED" | sed "s/^$DB_NAME\.//" | LC_ALL=C sort -k1,1) \
      | awk '{printf "table %s rows %s checksum %s\n", $1, $2, $3}'
  fi
}

# Size and SHA-256 of every file below $1.
manifest_files() {
  (cd "$1" && find . -type f -printf '%P\n' | LC_ALL=C sort | while IFS= read -r f; do
    printf 'file %s size %s sha256 %s\n' "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)"
  done)
}

# The manifest lines a restore compares (without the # header lines).
comparable() { grep -v '^#' "$1"; }
