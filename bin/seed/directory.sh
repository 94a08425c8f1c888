#!/usr/bin/env bash
# Directory demo data through the public API, as the national coordinators would enter it: one 24/7 point of contact
# per State's drug office and counter-terrorism service, with different distributions so that the sovereignty rules
# can be seen at work. Idempotent: a contact already present (same name) is left alone.
#
#   bin/seed/directory.sh <gateway-url>
set -euo pipefail

gateway=${1:-http://localhost:8080}
bin_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# contact_exists TOKEN NAME: whether the coordinator already sees a contact of that exact name.
contact_exists() {
  curl -fsS -G -H "Authorization: Bearer $1" --data-urlencode "q=$2" "$gateway/api/directory/v1/contacts" |
    python3 -c 'import json,sys; name=sys.argv[1]; sys.exit(0 if any(c["fullName"]==name for c in json.load(sys.stdin)["items"]) else 1)' "$2"
}

# seed_contact STATE AGENCY NAME FUNCTION COMPETENCE DISTRIBUTION
seed_contact() {
  local state=$1 agency=$2 name=$3 function=$4 competence=$5 distribution=$6
  local token
  token=$("$bin_dir/pcms" token "$(tr '[:upper:]' '[:lower:]' <<<"$state")-coordinator")
  if contact_exists "$token" "$name"; then
    return 0
  fi
  curl -fsS -o /dev/null -X POST "$gateway/api/directory/v1/contacts" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: seed-$agency-$competence" \
    -d "{\"agencyCode\":\"$agency\",\"fullName\":\"$name\",\"rank\":\"Commissaire\",\"function\":\"$function\",
         \"languages\":[\"fr\",\"en\"],\"availability\":\"24/7\",\"competences\":[\"$competence\"],
         \"liaisonOfficer\":true,\"sharing\":{\"distribution\":\"$distribution\"}}"
  echo "  contact $name ($agency, $distribution)"
}

for state in BF ML MR NE TD; do
  drugs="$state-DRUGS"
  [[ $state == NE ]] && drugs=NE-OCRTIS
  seed_contact "$state" "$drugs" "Permanence stupéfiants $state" "Permanence 24/7 stupéfiants" DRUG_TRAFFICKING G5
  seed_contact "$state" "$state-CT" "Permanence antiterroriste $state" "Permanence 24/7 antiterrorisme" TERRORISM NATIONAL
done

# Federated identity (docs/identity.md): one Keycloak organization per agency, and the identity providers of two
# agencies — the demo realms ne-police-idp (OIDC) and ml-gendarmerie-idp (SAML) of keycloak/realms — linked with the
# onboarding tool, as an administrator would.
"$bin_dir/pcms" agency reconcile | tail -n 1
keycloak=${PCMS_SEED_KEYCLOAK_URL:-http://localhost:8180}
secret_file=$(mktemp)
trap 'rm -f "$secret_file"' EXIT
printf '%s' demo-ne-police-broker-secret >"$secret_file"
echo "  NE-POLICE: OIDC identity provider ne-police"
"$bin_dir/pcms" agency onboard NE-POLICE --oidc "$keycloak/realms/ne-police-idp/.well-known/openid-configuration" \
  --client-id pcms-broker --client-secret-file "$secret_file" --agency-attribute agency --second-factor 'acr=^mfa$' \
  --role pcms-investigators=investigator --role pcms-analysts=analyst --role pcms-border-officers=border-officer |
  tail -n 1
echo "  ML-GENDARMERIE: SAML identity provider ml-gendarmerie"
"$bin_dir/pcms" agency onboard ML-GENDARMERIE --saml "$keycloak/realms/ml-gendarmerie-idp/protocol/saml/descriptor" \
  --agency-attribute agency \
  --role pcms-investigators=investigator --role pcms-analysts=analyst --role pcms-border-officers=border-officer |
  tail -n 1
