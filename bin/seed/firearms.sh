#!/usr/bin/env bash
# Demo data of the firearms registry through the public API, as the States' firearms officers would enter it: a
# Burkinabè gendarmerie stockpile (CSV import), a rifle reported stolen in Burkina Faso and seized in Niger under a
# mistyped serial and the French spelling of its make (a recovered hit: both gendarmeries find it in their inbox, and
# the seizure tells Niger whom to call), a Malian pistol shared with the G5, a Nigerien seizure of a Burkinabè-registered
# rifle (a diversion BF is notified of), and an ITI trace request from Niger to Burkina Faso. Idempotent: imports skip firearms already present, and every POST carries an
# Idempotency-Key (kept 24 hours by the services) or is checked before it is made.
#
#   bin/seed/firearms.sh <gateway-url>
set -euo pipefail

gateway=${1:-http://localhost:8080}
bin_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
api="$gateway/api/firearms/v1"

bf=$("$bin_dir/pcms" token bf-firearms)
ml=$("$bin_dir/pcms" token ml-firearms)
ne=$("$bin_dir/pcms" token ne-firearms)
bf_coordinator=$("$bin_dir/pcms" token bf-coordinator)

# json_field FIELD: reads one top-level field of the JSON document on stdin.
json_field() {
  python3 -c 'import json,sys; v=json.load(sys.stdin).get(sys.argv[1]); print("" if v is None else v)' "$1"
}

# own_record TOKEN SERIAL: the id of the caller's visible record with exactly this serial, empty when there is none.
# Exact (fold=false): a folded search would also find, and notify, another State's stolen firearm.
own_record() {
  curl -fsS -G -H "Authorization: Bearer $1" --data-urlencode "serial=$2" --data-urlencode "purpose=demo data" \
    --data-urlencode "fold=false" \
    "$api/firearms/search" | python3 -c 'import json,sys; m=json.load(sys.stdin)["matches"]; print(m[0]["id"] if m else "")'
}

# A hit on a firearm names its owner's 24/7 desk, read from the directory: Burkina Faso's coordinator gives the
# gendarmerie's (demo numbers).
desk=$(curl -fsS -H "Authorization: Bearer $bf_coordinator" "$gateway/api/directory/v1/agencies/BF-GENDARMERIE")
if [[ -z $(json_field deskPhone <<<"$desk") ]]; then
  curl -fsS -o /dev/null -X PATCH "$gateway/api/directory/v1/agencies/BF-GENDARMERIE" \
    -H "Authorization: Bearer $bf_coordinator" -H 'Content-Type: application/merge-patch+json' \
    -H "If-Match: \"$(json_field version <<<"$desk")\"" \
    -d '{"deskPhone":"+226 25 00 00 17","deskEmail":"permanence@gendarmerie-bf.example","deskHours":"24/7"}'
  echo "  24/7 desk of BF-GENDARMERIE"
fi

echo "  stockpile of BF-GENDARMERIE (CSV import)"
curl -fsS -o /dev/null -X POST "$api/imports?fileName=stock-gendarmerie-dori.csv" \
  -H "Authorization: Bearer $bf" -H 'Content-Type: text/csv' --data-binary @- <<'CSV'
type;make;model;calibre;serialNumber;manufactureCountry;manufactureYear;importCountry;importYear;holderCategory;custodyAgency
ASSAULT_RIFLE;Kalashnikov;AKM;7,62 x 39 mm;KA-1978-00412;RU;1978;BF;2004;STATE_GENDARMERIE;BF-GENDARMERIE
ASSAULT_RIFLE;Kalashnikov;AKM;7,62 x 39 mm;KA-1978-00413;RU;1978;BF;2004;STATE_GENDARMERIE;BF-GENDARMERIE
ASSAULT_RIFLE;Norinco;Type 56;7,62 x 39 mm;56-1-330871;CN;1985;BF;2004;STATE_GENDARMERIE;BF-GENDARMERIE
PISTOL;Beretta;92FS;9 mm Parabellum;BER 071 452Z;IT;1996;BF;2001;STATE_GENDARMERIE;BF-GENDARMERIE
LIGHT_MACHINE_GUN;Kalashnikov;PKM;7,62 x 54R;PKM 6601;RU;1981;BF;2004;STATE_GENDARMERIE;BF-GENDARMERIE
CSV

stolen=$(own_record "$bf" "KA-1978-00413")
status=$(curl -fsS -H "Authorization: Bearer $bf" "$api/firearms/$stolen" | json_field status)
if [[ $status == REGISTERED_LICIT ]]; then
  version=$(curl -fsS -H "Authorization: Bearer $bf" "$api/firearms/$stolen" | json_field version)
  curl -fsS -o /dev/null -X POST "$api/firearms/$stolen/status" -H "Authorization: Bearer $bf" \
    -H 'Content-Type: application/json' -H "If-Match: \"$version\"" \
    -d '{"status":"STOLEN","place":"Brigade de gendarmerie de Dori","reason":"Armoury broken into during the night"}'
  echo "  KA-1978-00413 reported stolen (BF)"
fi

# Niger reads KA-1978-00413 off a worn marking as KA-I978-OO4I3 and writes the make the French way: the seizure still
# finds Burkina Faso's stolen rifle.
if [[ -z $(own_record "$ne" "KA-I978-OO4I3") ]]; then
  curl -fsS -o /dev/null -X POST "$api/seizures" -H "Authorization: Bearer $ne" -H 'Content-Type: application/json' \
    -H 'Idempotency-Key: seed-firearms-ne-seizure-makalondi' \
    -d "{\"seizedOn\":\"$(date -u -d '2 days ago' +%F)\",\"place\":\"Poste de contrôle de Makalondi\",
         \"caseReference\":\"NE-CASE-DEMO-0002\",\"circumstances\":\"Bus search at the border post\",
         \"firearms\":[{\"type\":\"ASSAULT_RIFLE\",\"make\":\"Kalachnikov\",\"calibre\":\"7.62x39\",\"serialNumber\":\"KA-I978-OO4I3\"}]}"
  echo "  seizure at Makalondi (NE): BF's stolen rifle under a mistyped serial, recovered hit notified to BF"
fi

if [[ -z $(own_record "$ml" "MK-4471-09") ]]; then
  curl -fsS -o /dev/null -X POST "$api/firearms" -H "Authorization: Bearer $ml" -H 'Content-Type: application/json' \
    -H 'Idempotency-Key: seed-firearms-ml-pistol' \
    -d '{"type":"PISTOL","make":"Makarov","model":"PM","calibre":"9x18","serialNumber":"MK-4471-09",
         "manufactureCountry":"RU","manufactureYear":1976,"holderCategory":"STATE_POLICE","custodyAgency":"ML-POLICE",
         "sharing":{"distribution":"G5"}}'
  echo "  Makarov MK-4471-09 (ML, G5)"
fi

if [[ -z $(own_record "$ne" "KA-1978-00412") ]]; then
  curl -fsS -o /dev/null -X POST "$api/seizures" -H "Authorization: Bearer $ne" -H 'Content-Type: application/json' \
    -H 'Idempotency-Key: seed-firearms-ne-seizure-tera' \
    -d "{\"seizedOn\":\"$(date -u -d '3 days ago' +%F)\",\"place\":\"Poste de contrôle de Téra\",
         \"caseReference\":\"NE-CASE-DEMO-0001\",\"circumstances\":\"Vehicle search at the checkpoint\",
         \"firearms\":[{\"type\":\"ASSAULT_RIFLE\",\"make\":\"Kalashnikov\",\"calibre\":\"7.62x39\",\"serialNumber\":\"KA 1978 00412\"}]}"
  echo "  seizure at Téra (NE): a BF-registered rifle, diversion notified to BF"
fi

traces=$(curl -fsS -G -H "Authorization: Bearer $ne" --data-urlencode "box=sent" "$api/trace-requests" |
  python3 -c 'import json,sys; print(sum(1 for t in json.load(sys.stdin)["items"] if t["serialNormalised"]=="561330871"))')
if [[ $traces == 0 ]]; then
  curl -fsS -o /dev/null -X POST "$api/trace-requests" -H "Authorization: Bearer $ne" -H 'Content-Type: application/json' \
    -H 'Idempotency-Key: seed-firearms-ne-trace' \
    -d '{"addressedTo":"BF","addresseeBasis":"LAST_IMPORT","type":"ASSAULT_RIFLE","make":"Norinco","model":"Type 56",
         "calibre":"7.62x39","serialNumber":"56-1-330871","manufactureCountry":"CN","importCountry":"BF","importYear":2004,
         "circumstances":"Recovered after an attack on a patrol near Ayorou","urgency":"URGENT"}'
  echo "  trace request NE → BF (Norinco 56-1-330871)"
fi
