# shellcheck shell=bash disable=SC2034  # (the settings are used by the scripts that source it)
# Shared by the ops/cluster scripts: source it after `set -euo pipefail`. Layout, ports and helpers of the
# loopback cluster (docs/operations.md): 3 Galera nodes, N app nodes, HAProxy.
OPS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$OPS_DIR/../.." && pwd)
CLUSTER_HOME=${CLUSTER_HOME:-/var/lib/programdesk-cluster}
DB_NODES=3
DB_BASE_PORT=3310          # node N: SQL 3310+N, gcomm 4570+N, IST 4580+N, SST 4590+N
APP_BASE_PORT=8280         # app node N: 8280+N; HAProxy: 8280
LB_PORT=8280
LB_STATS_PORT=8289
DB_LB_PORT=3310            # HAProxy in front of Galera (DB_ROUTE=haproxy)
DB_NAME=programdesk
DB_USER=programdesk
DB_ROUTES="sequential loadbalance haproxy"

case "$CLUSTER_HOME" in
  /tmp/*|/root/*|/home/*) echo "CLUSTER_HOME=$CLUSTER_HOME: choose a folder outside /tmp and outside home folders (rsync state transfer runs as mysql)" >&2; exit 2 ;;
  /*) ;;
  *) echo "CLUSTER_HOME must be an absolute path" >&2; exit 2 ;;
esac

db_port() { echo $((DB_BASE_PORT + $1)); }
app_port() { echo $((APP_BASE_PORT + $1)); }
db_dir() { echo "$CLUSTER_HOME/db$1"; }
db_cnf() { echo "$CLUSTER_HOME/db$1.cnf"; }
db_sock() { echo "$CLUSTER_HOME/run/db$1.sock"; }
db_pidfile() { echo "$CLUSTER_HOME/run/db$1.pid"; }            # written by us when we start it
db_server_pidfile() { echo "$CLUSTER_HOME/run/db$1.mariadbd.pid"; }  # written by mariadbd (user mysql)
app_pidfile() { echo "$CLUSTER_HOME/run/app$1.pid"; }
lb_pidfile() { echo "$CLUSTER_HOME/run/haproxy.pid"; }
lb_sock() { echo "$CLUSTER_HOME/run/haproxy.sock"; }

check_node_number() {
  [[ "${1:-}" =~ ^[1-9][0-9]?$ ]] || { echo "usage: $(basename "$0") N (a node number)" >&2; exit 2; }
}
check_db_node() {
  check_node_number "${1:-}"
  [ "$1" -le "$DB_NODES" ] || { echo "there are $DB_NODES Galera nodes" >&2; exit 2; }
}

# The pid in file $1 when that process is alive (and it is ours: its command line names CLUSTER_HOME or
# this checkout), else nothing.
live_pid() {
  local pid
  [ -f "$1" ] || return 0
  pid=$(cat "$1" 2>/dev/null || true)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qE "$CLUSTER_HOME|$ROOT" && echo "$pid"
  return 0
}

# SQL as root on node $1 through its socket (unix_socket authentication of root@localhost).
db_sql() {
  local node=$1; shift
  mariadb --defaults-file=/dev/null --socket="$(db_sock "$node")" -uroot --batch --skip-column-names "$@"
}

# wsrep status variable $2 of node $1, or nothing when the node does not answer.
wsrep_var() {
  db_sql "$1" --connect-timeout=2 -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'
}

db_password() { cat "$CLUSTER_HOME/secrets/db-password"; }
admin_password() { cat "$CLUSTER_HOME/secrets/admin-password"; }

# The JDBC URL of route $1 (sequential | loadbalance | haproxy).
jdbc_url() {
  local hosts
  hosts="127.0.0.1:$(db_port 1),127.0.0.1:$(db_port 2),127.0.0.1:$(db_port 3)"
  case "$1" in
    sequential) echo "jdbc:mariadb:sequential://$hosts/$DB_NAME" ;;
    loadbalance) echo "jdbc:mariadb:loadbalance://$hosts/$DB_NAME?sessionVariables=wsrep_sync_wait=1" ;;
    haproxy) echo "jdbc:mariadb://127.0.0.1:$DB_LB_PORT/$DB_NAME" ;;
    *) echo "DB_ROUTE must be one of: $DB_ROUTES" >&2; exit 2 ;;
  esac
}

# The route the cluster was brought up with (kept so that start-app uses the same).
current_route() { cat "$CLUSTER_HOME/db-route" 2>/dev/null || echo sequential; }

# Waits up to $2 seconds until command "${@:3}" succeeds; $1 names what we wait for.
wait_for() {
  local what=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { echo "timed out after ${seconds} s waiting for $what" >&2; return 1; }
    sleep 1
  done
}

app_ready() { curl -fs -m 3 "http://127.0.0.1:$(app_port "$1")/actuator/health/readiness" | grep -q '"UP"'; }

# Stops process $1 (pid) with TERM, waits up to $2 s, then KILL. $3 names it.
stop_pid() {
  local pid=$1 seconds=$2 what=$3
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 "$seconds"); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  echo "$what (pid $pid) still running after ${seconds} s: kill -9" >&2
  kill -KILL "$pid" 2>/dev/null || true
}

ts() { date '+%H:%M:%S'; }

db_synced() {
  [ "$(wsrep_var "$1" wsrep_local_state_comment)" = Synced ] && [ "$(wsrep_var "$1" wsrep_ready)" = ON ]
}

# Writes node $1's defaults file from galera-node.cnf.in and makes its folders (owned by mysql).
write_db_config() {
  local n=$1
  mkdir -p "$CLUSTER_HOME/run" "$CLUSTER_HOME/logs" "$(db_dir "$n")"
  chown mysql:mysql "$CLUSTER_HOME/run" "$CLUSTER_HOME/logs" "$(db_dir "$n")"
  chmod 750 "$(db_dir "$n")"
  sed -e "s|@N@|$n|g" -e "s|@DATADIR@|$(db_dir "$n")|" -e "s|@SOCKET@|$(db_sock "$n")|g" \
      -e "s|@PIDFILE@|$(db_server_pidfile "$n")|" -e "s|@LOGFILE@|$CLUSTER_HOME/logs/db$n.log|" \
      -e "s|@PORT@|$(db_port "$n")|g" -e "s|@GCOMM@|$((4570 + n))|g" -e "s|@IST@|$((4580 + n))|" \
      -e "s|@SST@|$((4590 + n))|" "$OPS_DIR/galera-node.cnf.in" > "$(db_cnf "$n")"
  chmod 644 "$(db_cnf "$n")"
  if [ ! -d "$(db_dir "$n")/mysql" ]; then
    echo "$(ts) db$n: creating the system tables in $(db_dir "$n")"
    mariadb-install-db --defaults-file="$(db_cnf "$n")" --user=mysql --skip-test-db \
      --auth-root-authentication-method=socket >> "$CLUSTER_HOME/logs/db$n-install.log" 2>&1 \
      || { echo "mariadb-install-db failed, see $CLUSTER_HOME/logs/db$n-install.log" >&2; return 1; }
  fi
}

# Starts Galera node $1 (a second argument "bootstrap" starts a new cluster with it) and waits until it is
# Synced: a joining node first receives the state it missed (IST from the gcache, else SST by rsync).
start_db_node() {
  local n=$1 mode=${2:-join} pid
  if [ -n "$(live_pid "$(db_pidfile "$n")")" ]; then echo "$(ts) db$n: already running"; return 0; fi
  write_db_config "$n"
  local flags=() state pos
  [ "$mode" = bootstrap ] && flags=(--wsrep-new-cluster)
  state=$(db_dir "$n")/grastate.dat
  if [ -f "$state" ] && grep -q '^seqno: *-1' "$state"; then
    # killed: tell Galera where it stopped, so it catches up by IST instead of a full copy (SST)
    pos=$(recover_position "$n")
    [ -n "$pos" ] && flags+=(--wsrep_start_position="$pos") && echo "$(ts) db$n: recovered position $pos"
  fi
  local how=""
  [ "$mode" != bootstrap ] || how=" (bootstrapping a new cluster)"
  echo "$(ts) db$n: starting on 127.0.0.1:$(db_port "$n")$how"
  setsid nohup /usr/sbin/mariadbd --defaults-file="$(db_cnf "$n")" "${flags[@]}" \
    >> "$CLUSTER_HOME/logs/db$n.out" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$(db_pidfile "$n")"
  local deadline=$((SECONDS + ${DB_START_TIMEOUT:-300}))
  until db_synced "$n"; do
    kill -0 "$pid" 2>/dev/null || { echo "db$n stopped while starting: see $CLUSTER_HOME/logs/db$n.log" >&2; return 1; }
    [ $SECONDS -lt $deadline ] || { echo "db$n not Synced after ${DB_START_TIMEOUT:-300} s: see $CLUSTER_HOME/logs/db$n.log" >&2; return 1; }
    sleep 1
  done
  echo "$(ts) db$n: Synced, cluster size $(wsrep_var "$n" wsrep_cluster_size)"
}

stop_db_node() {
  local n=$1 pid
  pid=$(live_pid "$(db_pidfile "$n")")
  [ -n "$pid" ] || return 0
  echo "$(ts) db$n: stopping (pid $pid)"
  stop_pid "$pid" 180 "db$n"
}

# Takes Galera node $1 out of use before a planned stop. A clean shutdown alone cuts the statements running
# on it, a COMMIT among them, and the app cannot know whether that commit happened (it tells the user
# 数据库暂时不可用 rather than risk doing it twice). So the node first refuses every new statement
# (wsrep_reject_queries=ALL answers 1047, the error of a node leaving the cluster: the driver moves that
# connection to the next node and base.jdbc.RetryWriteConflicts runs the call again there), HAProxy sends it no
# new connection (DB_ROUTE=haproxy), and the statements already running finish. SET and SHOW still work.
drain_db_node() {
  local n=$1 running=""
  lb_cmd "set server galera/db$n state maint" >/dev/null 2>&1 || true
  db_sql "$n" --connect-timeout=2 -e "SET GLOBAL wsrep_reject_queries = ALL" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    running=$(running_statements "$n")
    [ "$running" = 0 ] && break
    sleep 0.1
  done
  echo "$(ts) db$n: refuses new statements (wsrep_reject_queries=ALL), statements still running: ${running:-?}"
}

# Client statements running on node $1 now (not the replication threads, not this one).
running_statements() {
  db_sql "$1" --connect-timeout=2 -e "SHOW FULL PROCESSLIST" 2>/dev/null \
    | awk -F'\t' '$2 != "system user" && $5 != "Sleep" && $5 != "Daemon" && $8 != "SHOW FULL PROCESSLIST" {c++} END {print c + 0}'
}

# uuid:seqno of the last transaction node $1 committed, read from InnoDB (mariadbd --wsrep-recover): after a
# crash grastate.dat says seqno -1, and a node that does not know its position asks for a full SST.
recover_position() {
  local n=$1 log="$CLUSTER_HOME/logs/db$1-recover.log"
  write_db_config "$n"
  : > "$log"; chown mysql:mysql "$log"
  /usr/sbin/mariadbd --defaults-file="$(db_cnf "$n")" --wsrep-recover --log-error="$log" >/dev/null 2>&1 || true
  grep -o 'Recovered position: [^ ]*' "$log" | tail -1 | sed 's/Recovered position: //'
}

# The node to bootstrap a cluster from when none runs: the one Galera marked safe_to_bootstrap (the last
# to stop cleanly), a fresh one, or after a crash of all nodes the one with the highest recovered seqno.
bootstrap_candidate() {
  local n best=0 best_seqno=-2 seqno state
  for n in $(seq 1 $DB_NODES); do
    state=$(db_dir "$n")/grastate.dat
    [ -f "$state" ] || continue
    grep -q '^safe_to_bootstrap: 1' "$state" && { echo "$n"; return 0; }
  done
  for n in $(seq 1 $DB_NODES); do
    [ -f "$(db_dir "$n")/grastate.dat" ] || continue
    seqno=$(recover_position "$n" | sed 's/.*://')
    [ -n "$seqno" ] || continue
    echo "db$n: recovered seqno $seqno" >&2
    if [ "$seqno" -gt "$best_seqno" ]; then best=$n; best_seqno=$seqno; fi
  done
  if [ "$best" -gt 0 ]; then
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(db_dir "$best")/grastate.dat"
    echo "$best"
  else
    echo 1
  fi
}

# Starts app node $1 the way deploy/start.sh starts it in production (extracted jar, deploy/jvm.options, AOT
# cache), against the cluster by route $2; $3=true lets it load the demo data into an empty database.
start_app_node() {
  local n=$1 route=$2 demo=${3:-false} pid
  if [ -n "$(live_pid "$(app_pidfile "$n")")" ]; then echo "$(ts) app$n: already running"; return 0; fi
  [ -f "$CLUSTER_HOME/app/program-desk.jar" ] || { echo "no prepared app in $CLUSTER_HOME/app: run ops/cluster/up" >&2; return 1; }
  mkdir -p "$CLUSTER_HOME/app-data" "$CLUSTER_HOME/run" "$CLUSTER_HOME/logs"
  echo "$(ts) app$n: starting on 127.0.0.1:$(app_port "$n") (route $route${demo:+, demo data $demo})"
  SPRING_DATASOURCE_URL=$(jdbc_url "$route") SPRING_DATASOURCE_USERNAME=$DB_USER \
  SPRING_DATASOURCE_PASSWORD=$(db_password) PROGRAMDESK_ADMIN_PASSWORD=$(admin_password) \
  APP_DIR=$CLUSTER_HOME/app JAVA_HEAP=${JAVA_HEAP:--Xms2g -Xmx2g} \
    setsid nohup "$ROOT/deploy/start.sh" --server.port="$(app_port "$n")" --server.address=127.0.0.1 \
      --programdesk.data-dir="$CLUSTER_HOME/app-data" --programdesk.demo-data="$demo" \
      >> "$CLUSTER_HOME/logs/app$n.log" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$(app_pidfile "$n")"
  local deadline=$((SECONDS + ${APP_START_TIMEOUT:-600}))
  until app_ready "$n"; do
    kill -0 "$pid" 2>/dev/null || { echo "app$n stopped while starting: see $CLUSTER_HOME/logs/app$n.log" >&2; return 1; }
    [ $SECONDS -lt $deadline ] || { echo "app$n not ready after ${APP_START_TIMEOUT:-600} s: see $CLUSTER_HOME/logs/app$n.log" >&2; return 1; }
    sleep 1
  done
  # back into the balancer if stop_app_node had put it into maintenance
  lb_cmd "set server app/app$n state ready" >/dev/null 2>&1 || true
  echo "$(ts) app$n: ready"
}

# HAProxy admin command $1 on the stats socket; prints the answer.
lb_cmd() {
  [ -S "$(lb_sock)" ] || return 1
  python3 - "$(lb_sock)" "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(3)
s.connect(sys.argv[1])
s.sendall((sys.argv[2] + "\n").encode())
out = b""
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    out += chunk
sys.stdout.write(out.decode())
PY
}

# HAProxy's state of server $2 in backend $1 (UP, DOWN, MAINT, DRAIN, "UP 1/3" ...).
lb_server_status() {
  lb_cmd "show stat" 2>/dev/null | awk -F, -v b="$1" -v s="$2" '$1==b && $2==s {print $18}'
}
lb_server_up() { [ "$(lb_server_status "$1" "$2")" = UP ]; }

# Stops app node $1 without failing a request: HAProxy sends it nothing new (maint), its requests in flight
# finish, then the JVM shuts down gracefully (server.shutdown=graceful).
stop_app_node() {
  local n=$1 pid cur
  pid=$(live_pid "$(app_pidfile "$n")")
  [ -n "$pid" ] || return 0
  if lb_cmd "set server app/app$n state maint" >/dev/null 2>&1; then
    for _ in $(seq 1 30); do
      cur=$(lb_cmd "show stat" 2>/dev/null | awk -F, -v s="app$n" '$1=="app" && $2==s {print $5}')
      [ "${cur:-0}" = 0 ] && break
      sleep 1
    done
  fi
  echo "$(ts) app$n: stopping (pid $pid)"
  stop_pid "$pid" 90 "app$n"
  rm -f "$(app_pidfile "$n")"
}
