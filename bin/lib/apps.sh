# shellcheck shell=bash
# The services of bin/services.conf, the gateway and the console, run from their built jars. Needs common.sh, infra.sh and
# keycloak.sh.

PCMS_GATEWAY_PORT=$((8080 + PCMS_PORT_OFFSET))
# shellcheck disable=SC2034 # used by bin/pcms
PCMS_GATEWAY_URL="http://localhost:$PCMS_GATEWAY_PORT"
# The console (web/): the gateway routes every path outside /api/ to it, so officers use the gateway's URL.
PCMS_WEB_PORT=$((8087 + PCMS_PORT_OFFSET))

# app_jar NAME: the runnable jar of a service, or of the gateway.
app_jar() {
  if [[ "$1" == gateway || "$1" == web ]]; then
    printf '%s/%s/target/quarkus-app/quarkus-run.jar' "$PCMS_ROOT" "$1"
  else
    printf '%s/services/%s/target/quarkus-app/quarkus-run.jar' "$PCMS_ROOT" "$1"
  fi
}

# apps_list: "name port" for every service, then the gateway, then the console.
apps_list() {
  services_list
  printf 'gateway %s\n' "$PCMS_GATEWAY_PORT"
  printf 'web %s\n' "$PCMS_WEB_PORT"
}

app_pid_file() {
  printf '%s/%s.pid' "$PCMS_RUN_DIR" "$1"
}

app_ready() {
  http_ok "http://localhost:$1/q/health/ready"
}

# build_if_needed: package the reactor when a jar is missing.
build_if_needed() {
  local name _port missing=()
  while read -r name _port; do
    [[ -f "$(app_jar "$name")" ]] || missing+=("$name")
  done < <(apps_list)
  ((${#missing[@]} == 0)) && return 0
  info "building (missing jars: ${missing[*]}): ./mvnw -q -B -DskipTests package"
  (cd "$PCMS_ROOT" && ./mvnw -q -B -DskipTests package) || die "the build failed"
  for name in "${missing[@]}"; do
    [[ -f "$(app_jar "$name")" ]] || die "$(app_jar "$name") is still missing after the build: is the module in the reactor?"
  done
}

# local_secret NAME: a random secret of the local run, made on first use and kept in the run directory.
local_secret() {
  local file="$PCMS_RUN_DIR/$1"
  if [[ ! -s "$file" ]]; then
    (umask 077 && head -c 32 /dev/urandom | base64 >"$file")
  fi
  cat "$file"
}

# app_calls_env NAME: the URL of each service NAME calls (bin/services.conf), as PCMS_<NAME>_<CALLED>_URL.
app_calls_env() {
  local self=${1//-/_} called variable
  while read -r called; do
    [[ -n "$called" ]] || continue
    variable="PCMS_${self^^}_${called//-/_}_URL"
    printf '%s=http://localhost:%s\n' "${variable^^}" "$(service_port "$called")"
  done < <(service_calls "$1")
}

# app_own_env NAME: what a service needs beyond the common settings and the URLs of the services it calls: its
# secrets and its own files.
app_own_env() {
  case "$1" in
    directory)
      # Keeps one Keycloak organization per agency and links the agencies' identity providers (docs/identity.md).
      printf 'PCMS_DIRECTORY_IDENTITY_KEYCLOAK_URL=%s\n' "$PCMS_KEYCLOAK_URL"
      printf 'PCMS_DIRECTORY_IDENTITY_CLIENT_SECRET=demo-pcms-directory-secret\n'
      ;;
    cases | alerts | firearms | aml)
      # The holders of strong identifiers key them with one platform key, so that their hashes meet.
      printf 'PCMS_CORRELATION_KEY=%s\n' "$(local_secret correlation.key)"
      ;;
    web)
      printf 'PCMS_WEB_API_URL=%s\n' "$PCMS_GATEWAY_URL"
      printf 'QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://%s:%s/%s\n' "$PCMS_PG_HOST" "$PCMS_PG_PORT" "$(service_database web)"
      printf 'QUARKUS_DATASOURCE_USERNAME=%s\n' "$PCMS_PG_USER"
      printf 'PCMS_WEB_CLIENT_SECRET=demo-pcms-web-secret\n'
      printf 'PCMS_WEB_SESSION_ENCRYPTION_KEY=%s\n' "$(local_secret console-session.key)"
      ;;
    training)
      printf 'PCMS_TRAINING_CERTIFICATES_GENERATE_KEY=true\n'
      printf 'PCMS_TRAINING_CERTIFICATES_SIGNING_KEY=%s/certificate-signing-key.pem\n' "$PCMS_RUN_DIR"
      printf 'PCMS_TRAINING_CERTIFICATES_VERIFICATION_KEY=%s/certificate-verification-key.pem\n' "$PCMS_RUN_DIR"
      ;;
  esac
}

# service_port NAME: the local port of a service of bin/services.conf.
service_port() {
  local service port
  while read -r service port; do
    [[ "$service" == "$1" ]] && { printf '%s' "$port"; return 0; }
  done < <(services_list)
  return 1
}

# app_env NAME PORT: the environment of one process, as NAME=value lines.
app_env() {
  local name=$1 port=$2 service service_port
  printf 'QUARKUS_HTTP_PORT=%s\n' "$port"
  printf 'QUARKUS_OIDC_AUTH_SERVER_URL=%s\n' "$PCMS_REALM_URL"
  if [[ "$name" == gateway ]]; then
    while read -r service service_port; do
      service=${service//-/_}
      printf 'PCMS_GATEWAY_ROUTES_%s_URL=http://localhost:%s\n' "${service^^}" "$service_port"
    done < <(services_list)
    printf 'PCMS_GATEWAY_ROUTES_CONSOLE_URL=http://localhost:%s\n' "$PCMS_WEB_PORT"
    # The benchmarks measure the gateway's cost, not its limits: the limiter still runs, but never refuses; the cap on
    # requests in flight per caller is off (a measure runs 16 connections on one token).
    if [[ "$PCMS_INSTANCE" == bench ]]; then
      printf 'PCMS_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND=1000000\nPCMS_GATEWAY_RATE_LIMIT_BURST=1000000\n'
      printf 'PCMS_GATEWAY_IN_FLIGHT_ENABLED=false\n'
    fi
  elif [[ "$name" == web ]]; then
    app_own_env web
  else
    printf 'QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://%s:%s/%s\n' "$PCMS_PG_HOST" "$PCMS_PG_PORT" "$(service_database "$name")"
    printf 'QUARKUS_DATASOURCE_USERNAME=%s\n' "$PCMS_PG_USER"
    printf 'PCMS_BROKER_HOST=%s\nPCMS_BROKER_PORT=%s\n' "$PCMS_RABBIT_HOST" "$PCMS_RABBIT_PORT"
    printf 'PCMS_BROKER_USERNAME=guest\nPCMS_BROKER_PASSWORD=guest\n'
    if [[ "$PCMS_INSTANCE" != local ]]; then
      printf 'PCMS_BROKER_EXCHANGE=pcms.%s.events\nPCMS_BROKER_QUEUE_PREFIX=%s.%s\n' "$PCMS_INSTANCE" "$PCMS_INSTANCE" "$name"
    fi
    app_calls_env "$name"
    app_own_env "$name"
  fi
}

# app_start NAME PORT: start one process unless it already runs (or something else already serves its port).
app_start() {
  local name=$1 port=$2 log env_vars=() java_opts=()
  if pid_running "$(app_pid_file "$name")"; then
    info "$name already running (pid $(<"$(app_pid_file "$name")"))"
    return 0
  fi
  if port_open 127.0.0.1 "$port"; then
    warn "$name: port $port is already in use (pid $(listening_pid "$port")); leaving it alone"
    return 0
  fi
  log="$PCMS_LOG_DIR/$name.log"
  mapfile -t env_vars < <(app_env "$name" "$port")
  read -ra java_opts <<<"${PCMS_JAVA_OPTS:-}"
  info "starting $name on port $port (log: ${log#"$PCMS_ROOT"/})"
  (
    cd "$PCMS_ROOT" || exit 1
    env "${env_vars[@]}" nohup java "${java_opts[@]}" -jar "$(app_jar "$name")" >>"$log" 2>&1 </dev/null &
    echo $! >"$(app_pid_file "$name")"
  )
}

# apps_wait_ready SECONDS: wait for every /q/health/ready; on failure (a process that exited, or the time is up)
# show the log of each process not ready.
apps_wait_ready() {
  local deadline=$((SECONDS + $1)) next=$((SECONDS + 10)) name port pending
  while :; do
    pending=()
    while read -r name port; do
      app_ready "$port" && continue
      pending+=("$name")
      if [[ -f "$(app_pid_file "$name")" ]] && ! pid_running "$(app_pid_file "$name")"; then
        show_log_tail "$PCMS_LOG_DIR/$name.log"
        die "$name exited during start-up"
      fi
    done < <(apps_list)
    ((${#pending[@]} == 0)) && return 0
    if ((SECONDS >= deadline)); then
      for name in "${pending[@]}"; do
        show_log_tail "$PCMS_LOG_DIR/$name.log"
      done
      die "not ready within $1 s: ${pending[*]}"
    fi
    if ((SECONDS >= next)); then
      info "waiting for ${pending[*]}..."
      next=$((SECONDS + 10))
    fi
    sleep 2
  done
}

# apps_stop: the console and the gateway first, then the services.
apps_stop() {
  local name _port file
  while read -r name _port; do
    file=$(app_pid_file "$name")
    if pid_running "$file"; then
      stop_pid "$(<"$file")" "$name"
    fi
    rm -f "$file"
  done < <(apps_list | tac)
}
