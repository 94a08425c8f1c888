#!/usr/bin/env bash
# Demo data of the alerts service through the public API: subscriptions of Malian and Burkinabè agencies, a Nigerien
# early warning on the tri-border area drafted by ne-investigator and approved by ne-coordinator (four-eyes), and
# watch-list entries (a person with passport, a container) that border officers can screen against. Idempotent: every
# POST carries an Idempotency-Key (kept 24 hours by the services) and the alert is looked for before it is drafted.
#
#   bin/seed/alerts.sh <gateway-url>
set -euo pipefail

gateway=${1:-http://localhost:8080}
bin_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
api="$gateway/api/alerts/v1"

ne_inv=$("$bin_dir/pcms" token ne-investigator)
ne_coord=$("$bin_dir/pcms" token ne-coordinator)
ml_inv=$("$bin_dir/pcms" token ml-investigator)
bf_analyst=$("$bin_dir/pcms" token bf-analyst)

post() { # TOKEN PATH KEY BODY
  curl -fsS -X POST "$api/$2" -H "Authorization: Bearer $1" -H "Idempotency-Key: $3" \
    -H 'Content-Type: application/json' --data-binary "$4"
}
json_field() {
  python3 -c 'import json,sys; v=json.load(sys.stdin).get(sys.argv[1]); print("" if v is None else v)' "$1"
}

echo "  subscriptions of ML-CT and BF-POLICE (security alerts, Liptako-Gourma)"
post "$ml_inv" subscriptions seed-sub-ml-ct '{"name":"Liptako-Gourma security","categories":["SECURITY"],"areaCodes":["LIPTAKO-GOURMA"]}' >/dev/null
post "$bf_analyst" subscriptions seed-sub-bf-police '{"name":"Near Dori","centerLat":14.03,"centerLon":-0.03,"radiusKm":400}' >/dev/null

existing=$(curl -fsS -G -H "Authorization: Bearer $ne_inv" --data-urlencode "event=Armed group movement (seed)" "$api/alerts" \
  | python3 -c 'import json,sys; i=json.load(sys.stdin)["items"]; print(i[0]["id"] if i else "")')
if [ -z "$existing" ]; then
  echo "  NE alert drafted by ne-investigator, approved by ne-coordinator"
  id=$(post "$ne_inv" alerts seed-alert-ne-1 '{
    "categories":["SECURITY"],"event":"Armed group movement (seed)","urgency":"IMMEDIATE","severity":"SEVERE","certainty":"LIKELY",
    "infos":[{"language":"fr","headline":"Colonne armée signalée vers Ayorou","description":"Une vingtaine de motos armées au nord d’Ayorou, direction frontière malienne.","instruction":"Renforcer la vigilance aux postes de Firgoun et Yassane."},
             {"language":"en","headline":"Armed column reported heading for Ayorou"},
             {"language":"ar","headline":"رتل مسلح يتجه نحو أيورو"}],
    "areas":[{"description":"Zone des trois frontières","polygons":["15.9,0.2 15.9,2.5 14.2,2.5 14.2,0.2 15.9,0.2"],
              "geocodes":[{"valueName":"PCMS-ZONE","value":"LIPTAKO-GOURMA"}]}],
    "sharing":{"distribution":"G5"}}' | json_field id)
  etag() { curl -fsS -o /dev/null -D - -H "Authorization: Bearer $1" "$api/alerts/$id" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
  curl -fsS -o /dev/null -X POST "$api/alerts/$id/submission" -H "Authorization: Bearer $ne_inv" -H "If-Match: $(etag "$ne_inv")"
  curl -fsS -o /dev/null -X POST "$api/alerts/$id/approval" -H "Authorization: Bearer $ne_coord" -H "If-Match: $(etag "$ne_coord")" \
    -H 'Content-Type: application/json' -d '{"approve":true}'
fi

echo "  watch-list entries of NE-OCRTIS (person, container)"
post "$ne_inv" watchlist-entries seed-wl-person-1 '{"kind":"PERSON","details":{"nameLatin":"Mohamed ould Abdallahi","nameOriginal":"محمد ولد عبد الله","aliases":["Abou Abdallah"],"dateOfBirth":"1980-03-12","nationality":"MR","documents":[{"type":"PASSPORT","number":"B1234567","issuingCountry":"MR"}]},"reason":"Suspected financier of an armed group","actionRequested":"DISCREET_CHECK","sharing":{"distribution":"G5"}}' >/dev/null
post "$ne_inv" watchlist-entries seed-wl-container-1 '{"kind":"CONTAINER","details":{"containerNumber":"CSQU3054383"},"reason":"Cannabis resin transhipment","actionRequested":"INSPECT","sharing":{"distribution":"G5"}}' >/dev/null

# Notices and diffusions are looked for by title before they are created, so that a re-run never duplicates them.
find_by_title() { # TOKEN PATH TITLE
  curl -fsS -G -H "Authorization: Bearer $1" --data-urlencode limit=200 "$api/$2" \
    | python3 -c 'import json,sys; i=[n for n in json.load(sys.stdin)["items"] if n["title"]==sys.argv[1]]; print(i[0]["id"] if i else "")' "$3"
}
notice_title="Recherché : Mohamed ould Abdallahi (seed)"
if [ -z "$(find_by_title "$ne_coord" notices "$notice_title")" ]; then
  echo "  NE wanted notice submitted by ne-investigator, published by ne-coordinator"
  nid=$(post "$ne_inv" notices seed-notice-ne-1 '{"kind":"WANTED","title":"'"$notice_title"'",
    "summary":"Financier présumé d’un groupe armé, vu à Ayorou en octobre. Voyage avec un passeport mauritanien.",
    "subjectNames":["Mohamed ould Abdallahi","محمد ولد عبد الله"],"actionRequested":"Interpeller et informer l’OCRTIS",
    "sharing":{"distribution":"G5"}}' | json_field id)
  netag=$(curl -fsS -o /dev/null -D - -H "Authorization: Bearer $ne_coord" "$api/notices/$nid" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  curl -fsS -o /dev/null -X POST "$api/notices/$nid/review" -H "Authorization: Bearer $ne_coord" -H "If-Match: $netag" \
    -H 'Content-Type: application/json' -d '{"approve":true}'
fi
diffusion_title="Mode opératoire : faux convois humanitaires (seed)"
if [ -z "$(find_by_title "$ne_inv" diffusions "$diffusion_title")" ]; then
  echo "  NE diffusion to ML and BF (no review)"
  post "$ne_inv" diffusions seed-diffusion-ne-1 '{"kind":"MODUS_OPERANDI","title":"'"$diffusion_title"'",
    "summary":"Pick-up aux couleurs d’ONG transportant armes et carburant entre Ménaka et Tillabéri.",
    "recipientStates":["ML","BF"]}' >/dev/null
fi
