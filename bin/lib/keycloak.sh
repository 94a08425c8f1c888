# shellcheck shell=bash
# Local Keycloak: the Maven Central distribution, unpacked under .pcms/, run in dev mode with the realm of
# keycloak/realms imported. Development only (bootstrap admin admin/admin, H2 file database). Needs common.sh.

PCMS_KEYCLOAK_PORT=8180
PCMS_KEYCLOAK_URL="http://localhost:$PCMS_KEYCLOAK_PORT"
PCMS_REALM_URL="$PCMS_KEYCLOAK_URL/realms/pcms"

# The version is set once, in the root POM.
keycloak_version() {
  local version
  version=$(sed -n 's:.*<keycloak\.version>\(.*\)</keycloak\.version>.*:\1:p' "$PCMS_ROOT/pom.xml" | head -n 1)
  [[ -n "$version" ]] || die "no <keycloak.version> property in pom.xml"
  printf '%s' "$version"
}

keycloak_home() {
  printf '%s/keycloak-%s' "$PCMS_STATE_DIR" "$(keycloak_version)"
}

keycloak_pid_file() {
  printf '%s/keycloak.pid' "$PCMS_SHARED_RUN_DIR"
}

realm_checksum() {
  cat "$PCMS_ROOT"/keycloak/realms/*.json | sha256sum | cut -d' ' -f1
}

keycloak_ready() {
  http_ok "$PCMS_REALM_URL/.well-known/openid-configuration"
}

# keycloak_fetch: unpack org.keycloak:keycloak-quarkus-dist (Maven Central, cached in ~/.m2) once.
keycloak_fetch() {
  local version home tmp
  version=$(keycloak_version)
  home=$(keycloak_home)
  [[ -x "$home/bin/kc.sh" ]] && return 0
  ensure_state_dir
  info "fetching Keycloak $version (org.keycloak:keycloak-quarkus-dist:$version:zip)"
  tmp="$PCMS_STATE_DIR/keycloak-unpack"
  rm -rf "$tmp"
  (cd "$PCMS_ROOT" && ./mvnw -q -B -N dependency:unpack -Dmdep.overWriteReleases=true \
    "-Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip" "-DoutputDirectory=$tmp") ||
    die "could not fetch the Keycloak distribution with Maven"
  [[ -x "$tmp/keycloak-$version/bin/kc.sh" ]] || die "unexpected layout of the Keycloak distribution in $tmp"
  mv "$tmp/keycloak-$version" "$home"
  rm -rf "$tmp"
}

# keycloak_start: start Keycloak on port 8180 with the realm imported, and wait until the realm answers.
# If the realm files changed since the last import, the local Keycloak database is reset so that they are imported
# again (--import-realm leaves an existing realm alone).
keycloak_start() {
  local home log checksum
  home=$(keycloak_home)
  log="$PCMS_LOG_DIR/keycloak.log"
  checksum=$(realm_checksum)
  if keycloak_ready; then
    info "Keycloak already running: $PCMS_KEYCLOAK_URL"
    [[ "$(cat "$home/data/realm.sha256" 2>/dev/null)" == "$checksum" ]] ||
      warn "the realm files changed since Keycloak imported them: bin/pcms down && bin/pcms up to import them again"
    return 0
  fi
  if pid_running "$(keycloak_pid_file)"; then
    info "Keycloak is starting (pid $(<"$(keycloak_pid_file)"))"
  else
    port_open 127.0.0.1 "$PCMS_KEYCLOAK_PORT" &&
      die "port $PCMS_KEYCLOAK_PORT is taken by something that does not serve the pcms realm (pid $(listening_pid "$PCMS_KEYCLOAK_PORT"))"
    keycloak_fetch
    ensure_state_dir
    if [[ -d "$home/data/h2" && "$(cat "$home/data/realm.sha256" 2>/dev/null)" != "$checksum" ]]; then
      info "the realm files changed since the last import: resetting the local Keycloak database"
      rm -rf "$home/data/h2"
    fi
    rm -rf "$home/data/import"
    mkdir -p "$home/data/import"
    cp "$PCMS_ROOT"/keycloak/realms/*.json "$home/data/import/"

    info "starting Keycloak on port $PCMS_KEYCLOAK_PORT (log: ${log#"$PCMS_ROOT"/})"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      nohup "$home/bin/kc.sh" start-dev --http-port "$PCMS_KEYCLOAK_PORT" --hostname "$PCMS_KEYCLOAK_URL" \
      --import-realm >>"$log" 2>&1 </dev/null &
    echo $! >"$(keycloak_pid_file)"
  fi

  local start=$SECONDS deadline=$((SECONDS + 180)) next=$((SECONDS + 10))
  until keycloak_ready; do
    if ! pid_running "$(keycloak_pid_file)"; then
      show_log_tail "$log"
      die "Keycloak exited during start-up"
    fi
    if ((SECONDS >= deadline)); then
      show_log_tail "$log"
      die "Keycloak did not serve the pcms realm within 180 s"
    fi
    if ((SECONDS >= next)); then
      info "waiting for Keycloak... $((SECONDS - start)) s"
      next=$((SECONDS + 10))
    fi
    sleep 2
  done
  printf '%s\n' "$checksum" >"$home/data/realm.sha256"
  info "Keycloak ready: $PCMS_KEYCLOAK_URL"
}

keycloak_stop() {
  local pid
  if pid_running "$(keycloak_pid_file)"; then
    stop_pid "$(<"$(keycloak_pid_file)")" keycloak
  fi
  rm -f "$(keycloak_pid_file)"
  pid=$(listening_pid "$PCMS_KEYCLOAK_PORT")
  [[ -z "$pid" ]] || stop_pid "$pid" "keycloak (listening on $PCMS_KEYCLOAK_PORT)"
}

# keycloak_token USERNAME [PASSWORD]: an access token for a demo user (password grant on the development client
# pcms-cli).
keycloak_token() {
  local response token
  response=$(curl -sS --max-time 10 "$PCMS_REALM_URL/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=pcms-cli \
    --data-urlencode "username=$1" --data-urlencode "password=${2:-demo}") ||
    die "Keycloak does not answer at $PCMS_KEYCLOAK_URL (bin/pcms up)"
  token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$response")
  [[ -n "$token" ]] || die "no token for $1: $response"
  printf '%s\n' "$token"
}
