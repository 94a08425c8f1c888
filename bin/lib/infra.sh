# shellcheck shell=bash
# The machine's PostgreSQL and RabbitMQ: started if stopped, never stopped by us. Needs common.sh.

PCMS_PG_HOST=${PCMS_PG_HOST:-127.0.0.1}
PCMS_PG_PORT=${PCMS_PG_PORT:-5432}
PCMS_PG_USER=postgres
PCMS_RABBIT_HOST=${PCMS_RABBIT_HOST:-127.0.0.1}
PCMS_RABBIT_PORT=${PCMS_RABBIT_PORT:-5672}

ensure_postgres() {
  port_open "$PCMS_PG_HOST" "$PCMS_PG_PORT" && return 0
  info "PostgreSQL is not listening on $PCMS_PG_HOST:$PCMS_PG_PORT; starting it"
  local conf
  if command -v pg_ctlcluster >/dev/null; then
    for conf in /etc/postgresql/*/main; do
      [[ -d "$conf" ]] || continue
      pg_ctlcluster --skip-systemctl-redirect "$(basename "$(dirname "$conf")")" main start || true
    done
  fi
  wait_for_port "$PCMS_PG_HOST" "$PCMS_PG_PORT" 30 ||
    die "PostgreSQL is not running on $PCMS_PG_HOST:$PCMS_PG_PORT and could not be started with pg_ctlcluster.
Install PostgreSQL 15 (trust authentication for user postgres on 127.0.0.1) or start it, then try again."
}

ensure_rabbitmq() {
  port_open "$PCMS_RABBIT_HOST" "$PCMS_RABBIT_PORT" && return 0
  info "RabbitMQ is not listening on $PCMS_RABBIT_HOST:$PCMS_RABBIT_PORT; starting it"
  if command -v rabbitmq-server >/dev/null; then
    rabbitmq-server -detached || true
    timeout 120 rabbitmqctl await_startup >/dev/null 2>&1 || true
  fi
  wait_for_port "$PCMS_RABBIT_HOST" "$PCMS_RABBIT_PORT" 30 ||
    die "RabbitMQ is not running on $PCMS_RABBIT_HOST:$PCMS_RABBIT_PORT and could not be started with rabbitmq-server.
Install RabbitMQ (user guest/guest) or start it, then try again."
}

# services_conf: the lines of bin/services.conf, comments and blank lines skipped.
services_conf() {
  sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$PCMS_ROOT/bin/services.conf"
}

# services_list: "name port" for each service of bin/services.conf, the port moved by the instance's offset.
services_list() {
  local name port _calls
  while read -r name port _calls; do
    printf '%s %s\n' "$name" "$((port + PCMS_PORT_OFFSET))"
  done < <(services_conf)
}

# service_calls NAME: the services NAME calls over HTTP (the third and later fields of its line), one per line.
service_calls() {
  local name _port calls
  while read -r name _port calls; do
    # shellcheck disable=SC2086 # one called service per word
    [[ "$name" == "$1" ]] && { printf '%s\n' $calls; return 0; }
  done < <(services_conf)
}

# service_database NAME: the instance's database of a service (pcms_cases locally, pcms_cases_bench for bench).
service_database() {
  local suffix=""
  [[ "$PCMS_INSTANCE" == local ]] || suffix="_$PCMS_INSTANCE"
  printf 'pcms_%s%s' "${1//-/_}" "$suffix"
}

# ensure_database NAME: create the database (owner postgres) if it is missing.
ensure_database() {
  command -v psql >/dev/null || die "psql (the PostgreSQL client) is not installed"
  [[ "$1" =~ ^[a-z_][a-z0-9_]*$ ]] || die "not a plain database name: $1"
  if [[ -z "$(pg_query "SELECT 1 FROM pg_database WHERE datname = '$1'")" ]]; then
    info "creating database $1"
    pg_query "CREATE DATABASE $1" >/dev/null
  fi
}

# ensure_databases: the database of every service of bin/services.conf, and the console's session store.
ensure_databases() {
  local name _port
  while read -r name _port; do
    ensure_database "$(service_database "$name")"
  done < <(services_list)
  ensure_database "$(service_database web)"
}

pg_query() {
  psql -h "$PCMS_PG_HOST" -p "$PCMS_PG_PORT" -U "$PCMS_PG_USER" -d postgres -v ON_ERROR_STOP=1 -qtAc "$1"
}
