#!/usr/bin/env bash
# Demo cases through the public API, as the States' investigators would open them: a Malian cocaine route shared with
# Niger, a Nigerien case whose suspect's passport hits the Malian one (both see the correlation), a Burkinabè
# terrorism case shared with the G5, a Chadian kidnapping kept national, a Mauritanian migrant-smuggling case with
# protected victims, and a Malian information request to Niger's drug office. Idempotent: a case already present (same
# title, visible to its owner) is left alone with its subjects.
#
#   bin/seed/cases.sh <gateway-url>
set -euo pipefail

gateway=${1:-http://localhost:8080}
bin_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
api="$gateway/api/cases/v1"

# case_id TOKEN TITLE: the id of the caller's visible case with exactly this title, empty when there is none.
case_id() {
  curl -fsS -G -H "Authorization: Bearer $1" --data-urlencode "q=$2" "$api/cases" |
    python3 -c 'import json,sys; t=sys.argv[1]; print(next((c["id"] for c in json.load(sys.stdin)["items"] if c["title"]==t), ""))' "$2"
}

# open_case TOKEN TITLE JSON-REST: opens the case unless it exists; prints its id and whether it is new.
open_case() {
  local token=$1 title=$2 rest=$3 id
  id=$(case_id "$token" "$title")
  if [[ -n $id ]]; then
    printf '%s old\n' "$id"
    return 0
  fi
  id=$(curl -fsS -X POST "$api/cases" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"title\":\"$title\",$rest}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  printf '%s new\n' "$id"
}

subject() {
  curl -fsS -o /dev/null -X POST "$api/cases/$2/subjects" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' -d "$3"
}

ml=$("$bin_dir/pcms" token ml-investigator)
ne=$("$bin_dir/pcms" token ne-investigator)
bf=$("$bin_dir/pcms" token bf-investigator)
td=$("$bin_dir/pcms" token td-investigator)
mr=$("$bin_dir/pcms" token mr-investigator)

read -r id state < <(open_case "$ml" "Filière de cocaïne Gao – Agadez – Sebha" \
  '"summary":"Convois de 4x4 transportant de la cocaïne du nord du Mali vers la Libye par Agadez.",
   "threats":["DRUG_TRAFFICKING","MONEY_LAUNDERING"],"leadInvestigator":"ml-investigator",
   "prosecutor":"Pôle judiciaire spécialisé de Bamako","judicialReference":"PJS 2026/118",
   "sharing":{"distribution":"SELECTED","sharedWith":["NE"],"handlingCode":"H1","sourceReliability":"B","informationAccuracy":2}')
if [[ $state == new ]]; then
  subject "$ml" "$id" '{"kind":"PERSON","role":"LEADER","chainStage":"LOGISTICS","modusOperandi":["convoi de nuit","4x4 sans plaques"],
    "person":{"nameOriginalScript":"محمد ولد أحمد","nameLatin":"Mohamed Ould Ahmed","aliases":["Hamma"],"yearOfBirth":1979,
    "nationality":"ML","documents":[{"type":"PASSPORT","number":"B2204587","issuingCountry":"ML"}]}}'
  subject "$ml" "$id" '{"kind":"PHONE","role":"MEANS","chainStage":"LOGISTICS","phone":{"number":"+223 76 41 22 90","operator":"Orange Mali"}}'
  subject "$ml" "$id" '{"kind":"PLACE","role":"LOCATION","chainStage":"EXECUTION","place":{"name":"Poste frontière de Labbezanga",
    "type":"BORDER_CROSSING","country":"ML","latitude":14.95,"longitude":0.69}}'
  curl -fsS -o /dev/null -X POST "$api/requests" -H "Authorization: Bearer $ml" -H 'Content-Type: application/json' \
    -d "{\"type\":\"INFORMATION_REQUEST\",\"caseId\":\"$id\",\"recipients\":[\"NE-OCRTIS\"],\"urgency\":\"URGENT\",
         \"subject\":\"Identification d'un convoyeur à Agadez\",\"body\":\"Le titulaire du passeport B2204587 est-il connu de vos services ?\",
         \"purpose\":\"Enquête sur une filière de cocaïne\",\"legalBasis\":\"Accord de coopération judiciaire G5 Sahel\",
         \"handlingCode\":\"H1\",\"sourceReliability\":\"B\",\"informationAccuracy\":2}"
  echo "  ML-CT cocaine route (SELECTED NE), 3 subjects, a request to NE-OCRTIS"
fi

read -r id state < <(open_case "$ne" "Saisie de cocaïne au nord d'Arlit" \
  '"threats":["DRUG_TRAFFICKING"],"summary":"Saisie de 212 kg dans un camion-citerne au nord d Arlit."')
if [[ $state == new ]]; then
  subject "$ne" "$id" '{"kind":"PERSON","role":"SUSPECT","chainStage":"EXECUTION","person":{"nameLatin":"Ahmed Mohamed",
    "nationality":"ML","documents":[{"type":"PASSPORT","number":"b-2204587"}]}}'
  subject "$ne" "$id" '{"kind":"VEHICLE","role":"MEANS","chainStage":"EXECUTION","vehicle":{"plate":"AG 4471 RN","registrationCountry":"NE","make":"Mercedes","model":"Actros"}}'
  echo "  NE-OCRTIS seizure case (AGENCY); its suspect's passport hits the ML case"
fi

read -r id state < <(open_case "$bf" "Attaque d'un convoi logistique près de Djibo" \
  '"threats":["TERRORISM","FIREARMS_TRAFFICKING"],"sharing":{"distribution":"G5"}')
[[ $state == new ]] && echo "  BF-CT terrorism case (G5)"

read -r id state < <(open_case "$td" "Enlèvement contre rançon près de Bol" \
  '"threats":["KIDNAPPING_FOR_RANSOM"],"sharing":{"distribution":"NATIONAL"}')
[[ $state == new ]] && echo "  TD-CT kidnapping case (NATIONAL)"

read -r id state < <(open_case "$mr" "Réseau de passeurs de migrants à Nouadhibou" \
  '"threats":["MIGRANT_SMUGGLING","TRAFFICKING_IN_PERSONS"],"sharing":{"distribution":"G5"}')
if [[ $state == new ]]; then
  subject "$mr" "$id" '{"kind":"PERSON","role":"VICTIM","chainStage":"EXECUTION","person":{"nameLatin":"Awa Diallo","yearOfBirth":2011,"nationality":"ML"}}'
  subject "$mr" "$id" '{"kind":"PERSON","role":"FACILITATOR","chainStage":"LOGISTICS","person":{"nameLatin":"Sidi Ould Brahim","yearOfBirth":1984,"nationality":"MR"}}'
  echo "  MR-CT migrant smuggling case (G5) with a protected minor victim"
fi
