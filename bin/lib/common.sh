# shellcheck shell=bash
# Paths, messages and small network helpers shared by bin/pcms and .ci/run. Sourcing has no side effect.

PCMS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PCMS_STATE_DIR="$PCMS_ROOT/.pcms"
# An instance is one set of services and gateway with its own ports, databases, exchange, logs and pids, beside the
# others on the same PostgreSQL, RabbitMQ and Keycloak: "local" is the demo run, "bench" the benchmarks' run.
PCMS_INSTANCE=${PCMS_INSTANCE:-local}
case "$PCMS_INSTANCE" in
  local) PCMS_PORT_OFFSET=0 ;;
  bench) PCMS_PORT_OFFSET=10000 ;;
  *)
    printf 'error: unknown PCMS_INSTANCE %s (local or bench)\n' "$PCMS_INSTANCE" >&2
    exit 2
    ;;
esac
if [[ "$PCMS_INSTANCE" == local ]]; then
  PCMS_LOG_DIR="$PCMS_STATE_DIR/logs"
  PCMS_RUN_DIR="$PCMS_STATE_DIR/run"
else
  PCMS_LOG_DIR="$PCMS_STATE_DIR/$PCMS_INSTANCE/logs"
  PCMS_RUN_DIR="$PCMS_STATE_DIR/$PCMS_INSTANCE/run"
fi
# Keycloak is shared by every instance: its pid lives in the local run directory.
PCMS_SHARED_RUN_DIR="$PCMS_STATE_DIR/run"

info() { printf '==> %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Runtime state (pids, logs, Keycloak) lives in .pcms/, which ignores itself so that git never sees it.
ensure_state_dir() {
  mkdir -p "$PCMS_LOG_DIR" "$PCMS_RUN_DIR" "$PCMS_SHARED_RUN_DIR"
  [[ -f "$PCMS_STATE_DIR/.gitignore" ]] || printf '*\n' >"$PCMS_STATE_DIR/.gitignore"
}

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() {
  # shellcheck disable=SC2016 # $1 and $2 are expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# wait_for_port HOST PORT SECONDS
wait_for_port() {
  local deadline=$((SECONDS + $3))
  until port_open "$1" "$2"; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

# http_ok URL: true when the URL answers 2xx.
http_ok() {
  curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null
}

# listening_pid PORT: the pid of the process listening on PORT, if any.
listening_pid() {
  ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1
}

# pid_running PIDFILE: true when the file names a live process.
pid_running() {
  local pid
  [[ -f "$1" ]] || return 1
  pid=$(<"$1")
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

# stop_pid PID NAME: TERM, wait up to 30 s, then KILL.
stop_pid() {
  local pid=$1 name=$2 i
  kill -0 "$pid" 2>/dev/null || return 0
  info "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 30; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 1
  done
  warn "$name did not stop in 30 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

# show_log_tail FILE: the end of a log, to explain a failure.
show_log_tail() {
  [[ -f "$1" ]] || return 0
  printf -- '--- last lines of %s ---\n' "${1#"$PCMS_ROOT"/}" >&2
  tail -n 40 "$1" >&2
  printf -- '---\n' >&2
}
