# Shared by bench/startup.sh and bench/startup-compare.sh (sourced).

now_ms() { date +%s%3N; }

# time_to_login LOG PORT COMMAND...: runs COMMAND (the app, serving on PORT) in the background with its
# output in LOG, prints the ms until GET /login answers 200, then stops it. WAIT_FOR names a log line to
# wait for before stopping: the login page answers before the start-up runner has loaded the demo data
# (in one transaction), and stopping the app then would leave the next starts an empty database. With CPU_MS_TO
# set, it also appends the app's CPU ms at that moment to that file.
time_to_login() {
  local log=$1 port=$2; shift 2
  local began pid elapsed
  began=$(now_ms)
  "$@" > "$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    kill -0 $pid 2>/dev/null || { echo "the app stopped, see $log" >&2; exit 1; }
    sleep 0.05
  done
  elapsed=$(( $(now_ms) - began ))
  # the CPU the process has used by then, all threads (the JIT's included): steadier than the wall clock on a
  # machine whose speed drifts
  [ -z "${CPU_MS_TO:-}" ] || awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat" >> "$CPU_MS_TO"
  if [ -n "${WAIT_FOR:-}" ]; then
    until grep -qs "$WAIT_FOR" "$log"; do
      kill -0 $pid 2>/dev/null || { echo "the app stopped, see $log" >&2; exit 1; }
      sleep 0.2
    done
  fi
  kill $pid; wait $pid 2>/dev/null || true
  echo $elapsed
}
