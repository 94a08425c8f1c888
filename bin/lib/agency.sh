# shellcheck shell=bash
# bin/pcms agency: the agencies' Keycloak organizations and identity providers, through the directory's identity API
# (PUT /api/directory/v1/identity/agencies/{code}/identity-provider, POST .../reconcile, GET .../drift). Needs
# common.sh, keycloak.sh and apps.sh.
#
# Against another platform than the local run: PCMS_API_URL=https://api.example PCMS_ADMIN_TOKEN=<a pcms-admin
# access token> bin/pcms agency ...

agency_usage() {
  cat <<'EOF_USAGE'
usage:
  bin/pcms agency onboard <CODE> --oidc <discovery-url> --client-id <id> --client-secret-file <file>
                                 --agency-attribute <claim> [options]
  bin/pcms agency onboard <CODE> --saml <metadata-url> --agency-attribute <attribute> [options]
      options: --role <group>=<role> (repeatable)  --groups-attribute <name> (default groups)
               --display-name <text>  --disable (disable the provider, sign out its officers)  --dry-run
               --second-factor <claim>=<regex> (OIDC: the provider asserts the officer's second factor, e.g.
                 acr=^mfa$; without it PCMS asks its own second factor after the provider's sign-in)
  bin/pcms agency reconcile [--dry-run]    one organization per agency of the directory
  bin/pcms agency drift                    where Keycloak and the directory disagree
EOF_USAGE
}

agency_api_url() {
  printf '%s/api/directory/v1/identity' "${PCMS_API_URL:-$PCMS_GATEWAY_URL}"
}

agency_admin_token() {
  if [[ -n "${PCMS_ADMIN_TOKEN:-}" ]]; then
    printf '%s' "$PCMS_ADMIN_TOKEN"
  else
    keycloak_token platform-admin
  fi
}

# agency_call METHOD URL [JSON]: the answer's body on 2xx; otherwise the problem's detail on stderr and failure.
agency_call() {
  local method=$1 url=$2 body=${3:-} token response status
  token=$(agency_admin_token)
  local args=(-sS --max-time 120 -X "$method" -H "Authorization: Bearer $token" -H 'Accept-Language: en'
    -w '\n%{http_code}')
  [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  response=$(curl "${args[@]}" "$url") || die "the directory does not answer at $url"
  status=${response##*$'\n'}
  response=${response%$'\n'*}
  if [[ "$status" != 2* ]]; then
    python3 -c 'import json,sys
try:
    p = json.loads(sys.argv[1])
    print("error: %s (%s): %s" % (p.get("title"), p.get("status"), p.get("detail")), file=sys.stderr)
    for e in p.get("errors", []):
        print("  %s: %s" % (e.get("field"), e.get("message")), file=sys.stderr)
except ValueError:
    print("error: HTTP " + sys.argv[2], file=sys.stderr)' "$response" "$status"
    return 1
  fi
  printf '%s' "$response"
}

# agency_print_changes: the changes of a plan or a reconciliation, one per line; unchanged ones counted.
agency_print_changes() {
  python3 -c 'import json,sys
d = json.load(sys.stdin)
changes = d.get("changes", [])
unchanged = sum(1 for c in changes if c["action"] == "UNCHANGED")
for c in changes:
    if c["action"] != "UNCHANGED":
        print("  %-9s %s%s" % (c["action"], c["target"], ("  (" + c["detail"] + ")") if c["detail"] else ""))
print("%s: %d change(s), %d unchanged%s" % ("dry run" if d.get("dryRun") else "applied",
      len(changes) - unchanged, unchanged, "; nothing was changed" if d.get("dryRun") else ""))'
}

agency_onboard() {
  [[ $# -ge 1 && "$1" != -* ]] || { agency_usage >&2; exit 2; }
  local code=$1 protocol="" metadata="" client_id="" secret_file="" agency_attribute="" groups_attribute=""
  local display_name="" enabled=true dry_run=false second_factor="" roles=()
  shift
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --oidc) protocol=OIDC metadata=${2:?--oidc needs a URL}; shift 2 ;;
      --saml) protocol=SAML metadata=${2:?--saml needs a URL}; shift 2 ;;
      --client-id) client_id=${2:?}; shift 2 ;;
      --client-secret-file) secret_file=${2:?}; shift 2 ;;
      --agency-attribute) agency_attribute=${2:?}; shift 2 ;;
      --groups-attribute) groups_attribute=${2:?}; shift 2 ;;
      --role) roles+=("${2:?--role needs group=role}"); shift 2 ;;
      --display-name) display_name=${2:?}; shift 2 ;;
      --second-factor) second_factor=${2:?--second-factor needs claim=regex}; shift 2 ;;
      --disable) enabled=false; shift ;;
      --dry-run) dry_run=true; shift ;;
      *) agency_usage >&2; die "unknown option $1" ;;
    esac
  done
  [[ -n "$protocol" ]] || die "--oidc <discovery-url> or --saml <metadata-url> is required"
  local secret=""
  if [[ -n "$secret_file" ]]; then
    [[ -r "$secret_file" ]] || die "cannot read $secret_file"
    secret=$(<"$secret_file")
  fi
  local body
  body=$(python3 -c 'import json,sys
a = sys.argv
roles = {}
for r in a[10:]:
    group, sep, role = r.partition("=")
    if not sep:
        sys.exit("--role takes group=role, not " + r)
    roles[group] = role
req = {"protocol": a[1], "metadataUrl": a[2], "agencyAttribute": a[5], "roleMappings": roles, "enabled": a[8] == "true"}
for key, value in (("clientId", a[3]), ("clientSecret", a[4]), ("groupsAttribute", a[6]), ("displayName", a[7])):
    if value:
        req[key] = value
if a[9]:
    claim, sep, value = a[9].partition("=")
    if not sep:
        sys.exit("--second-factor takes claim=regex, not " + a[9])
    req["secondFactorClaim"], req["secondFactorValue"] = claim, value
print(json.dumps(req))' "$protocol" "$metadata" "$client_id" "$secret" "$agency_attribute" "$groups_attribute" \
    "$display_name" "$enabled" "$second_factor" "${roles[@]}") || exit 2
  agency_call PUT "$(agency_api_url)/agencies/$code/identity-provider?dryRun=$dry_run" "$body" | agency_print_changes
}

cmd_agency() {
  local sub=${1:-}
  [[ $# -gt 0 ]] && shift
  case "$sub" in
    onboard) agency_onboard "$@" ;;
    reconcile)
      local dry_run=false
      [[ "${1:-}" == --dry-run ]] && dry_run=true
      agency_call POST "$(agency_api_url)/reconcile?dryRun=$dry_run" | agency_print_changes
      ;;
    drift)
      agency_call GET "$(agency_api_url)/drift" | python3 -c 'import json,sys
d = json.load(sys.stdin)
for x in d:
    print("  %-16s %-36s %s" % (x["agency"], x["kind"], x["detail"]))
print("no drift" if not d else "%d difference(s)" % len(d))'
      ;;
    *)
      agency_usage >&2
      exit 2
      ;;
  esac
}
