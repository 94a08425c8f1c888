#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Stops or starts one application of the bench instance with bin/pcms's own functions (same jar, environment, log
# and pid file as `PCMS_INSTANCE=bench bin/pcms up`), for the start-up measure. Returns at once after a start; the
# caller times the first answer.
#
#   bench/lib/instance.sh stop|start <service|gateway>
set -euo pipefail

[[ $# -eq 2 ]] || {
  echo "usage: bench/lib/instance.sh stop|start <service|gateway>" >&2
  exit 2
}
export PCMS_INSTANCE=bench
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../../bin/lib/common.sh
source "$root/bin/lib/common.sh"
# shellcheck source=../../bin/lib/infra.sh
source "$root/bin/lib/infra.sh"
# shellcheck source=../../bin/lib/keycloak.sh
source "$root/bin/lib/keycloak.sh"
# shellcheck source=../../bin/lib/apps.sh
source "$root/bin/lib/apps.sh"

action=$1
app=$2
port=""
while read -r name app_port; do
  [[ "$name" == "$app" ]] && port=$app_port
done < <(apps_list)
[[ -n "$port" ]] || die "no application '$app' in the bench instance"

case "$action" in
  stop)
    file=$(app_pid_file "$app")
    if pid_running "$file"; then
      stop_pid "$(<"$file")" "$app"
    fi
    rm -f "$file"
    ;;
  start)
    ensure_state_dir
    app_start "$app" "$port"
    ;;
  *) die "unknown action '$action' (stop or start)" ;;
esac
