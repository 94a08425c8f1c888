#!/usr/bin/env bash
# Demo financial intelligence through the public API: the UN Security Council consolidated list (imported by the
# regional coordinator), two reports received by FIUs (a goAML STR by Mali's FIU, a JSON CTR by Niger's FIU) whose
# subjects are screened at once, a freeze of the STR's wallet, and an FIU-to-FIU request from Mali answered by Niger.
# The UN list is the copy kept with the aml tests (UN public data, with its PROVENANCE.md).
# Idempotent: re-importing the same list changes no entry; reports are posted with fixed Idempotency-Keys and a
# report already registered under its reporting entity's reference is answered 409 and left alone.
#
#   bin/seed/aml.sh <gateway-url>
set -euo pipefail

gateway=${1:-http://localhost:8080}
bin_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root_dir=$(cd "$bin_dir/.." && pwd)
api="$gateway/api/aml/v1"

un_list="$root_dir/services/aml/src/test/resources/sanctions/un-consolidated-2026-01-28.xml"
token=$("$bin_dir/pcms" token g5-coordinator)
curl -fsS -X POST "$api/sanctions-lists/un/imports" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/xml' --data-binary "@$un_list" |
  python3 -c 'import json,sys; r=json.load(sys.stdin); print("  UN list: %d individuals, %d entities (added %d, unchanged %d)" % (r["individuals"], r["entities"], r["added"], r["unchanged"]))'

# post_report USER KEY CONTENT-TYPE PATH BODY-FILE
post_report() {
  local token status
  token=$("$bin_dir/pcms" token "$1")
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$api/$4" -H "Authorization: Bearer $token" \
    -H "Content-Type: $3" -H "Idempotency-Key: seed-aml-$2" --data-binary "@$5")
  case $status in
    201) echo "  report $2 ($1)" ;;
    409) echo "  report $2 already registered" ;;
    *) echo "  report $2: HTTP $status" >&2; return 1 ;;
  esac
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/str.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<report>
  <rentity_id>ORANGE-MONEY-ML</rentity_id>
  <rentity_branch>Gao</rentity_branch>
  <report_code>STR</report_code>
  <entity_reference>OMML-STR-2026-0201</entity_reference>
  <submission_date>2026-04-14T08:30:00</submission_date>
  <currency_code_local>XOF</currency_code_local>
  <reason>Transferts mobile money fractionnés vers la région de Kidal ; bénéficiaire homonyme d'une personne inscrite sur la liste des Nations Unies</reason>
  <action>Portefeuille gelé à titre conservatoire dans l'attente de l'instruction de la CENTIF</action>
  <transaction>
    <transactionnumber>OM-991204</transactionnumber>
    <transaction_description>Transfert mobile money vers Kidal</transaction_description>
    <date_transaction>2026-04-11T19:02:00</date_transaction>
    <transmode_code>MB</transmode_code>
    <amount_local>1980000.00</amount_local>
    <t_from_my_client>
      <from_funds_code>CASH</from_funds_code>
      <from_account>
        <institution_name>Orange Money Mali</institution_name>
        <institution_code>OMML</institution_code>
        <non_bank_institution>true</non_bank_institution>
        <account>+223 66 40 12 19</account>
        <currency_code>XOF</currency_code>
        <signatory><t_person><first_name>Hamadoun</first_name><last_name>Dicko</last_name><birthdate>1979-02-17T00:00:00</birthdate><nationality1>ML</nationality1><id_number>ML-NINA-1979021733</id_number></t_person></signatory>
      </from_account>
    </t_from_my_client>
    <t_to>
      <to_funds_code>MOBMN</to_funds_code>
      <to_person><first_name>Iyad</first_name><last_name>Ag Ghaly</last_name><birthdate>1958-01-01T00:00:00</birthdate><nationality1>ML</nationality1></to_person>
    </t_to>
  </transaction>
  <transaction>
    <transactionnumber>HW-GAO-0412</transactionnumber>
    <transaction_description>Remise en espèces à un comptoir de transfert</transaction_description>
    <date_transaction>2026-04-12T10:15:00</date_transaction>
    <transmode_code>HAWALA</transmode_code>
    <amount_local>750000</amount_local>
    <t_from><from_funds_code>CASH</from_funds_code><from_person><first_name>Hamadoun</first_name><last_name>Dicko</last_name><birthdate>1979-02-17T00:00:00</birthdate><nationality1>ML</nationality1><id_number>ML-NINA-1979021733</id_number></from_person></t_from>
    <t_to><to_funds_code>CASH</to_funds_code><to_entity><name>Comptoir Tilemsi Transferts</name><incorporation_number>RCCM-GAO-2021-B-087</incorporation_number></to_entity></t_to>
  </transaction>
  <report_indicators><indicator>STRUC</indicator><indicator>TF-SAHEL</indicator></report_indicators>
</report>
XML
post_report ml-fiu str-ml-0201 application/xml reports/imports "$tmp/str.xml"

cat > "$tmp/ctr.json" <<'JSON'
{"kind":"CTR","reportingEntity":"Banque Atlantique Niger","reportingBranch":"Agadez","entityReference":"BAN-CTR-2026-0057",
 "submissionDate":"2026-04-20T11:00:00Z","localCurrency":"XOF",
 "reason":"Dépôt en espèces supérieur au seuil légal de déclaration, provenance déclarée : vente de bétail",
 "indicators":["CASH-THRESHOLD"],
 "subjects":[{"key":"s1","kind":"PERSON","role":"REPORTED_PARTY","fullName":"Abdoulaye Ould Mohamed Lemine","birthDate":"1981-06-03","nationality":"MR","idNumber":"MR 1029384756"},
             {"key":"s2","kind":"ENTITY","role":"BENEFICIARY","fullName":"Société Ténéré Import-Export SARL","idNumber":"RCCM-NI-AGZ-2018-B-311"}],
 "accounts":[{"key":"a1","kind":"BANK","institution":"Banque Atlantique Niger","number":"NE 170 01001 004455667788","currency":"XOF","holder":"s2"}],
 "transactions":[{"number":"DEP-AGZ-5521","occurredAt":"2026-04-19T09:40:00Z","amount":18500000,"currency":"XOF","channel":"CASH","fromSubject":"s1","toAccount":"a1"},
                 {"number":"SWIFT-AGZ-0420","occurredAt":"2026-04-19T15:10:00Z","amount":25000,"currency":"EUR","channel":"WIRE","fromAccount":"a1","description":"Virement vers un fournisseur à Tamanrasset"}]}
JSON
post_report ne-fiu ctr-ne-0057 application/json reports "$tmp/ctr.json"

# post_json USER KEY PATH BODY: prints the created (or replayed) record's JSON.
post_json() {
  local token
  token=$("$bin_dir/pcms" token "$1")
  curl -fsS -X POST "$api/$3" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: seed-aml-$2" --data-binary "$4"
}

# Mali's FIU freezes the wallet of the goAML report on the order of the specialised judicial unit.
ml_fiu=$("$bin_dir/pcms" token ml-fiu)
str_id=$(curl -fsS -G "$api/reports" -H "Authorization: Bearer $ml_fiu" --data-urlencode 'subject=Hamadoun Dicko' |
  python3 -c 'import json,sys; items=json.load(sys.stdin)["items"]; print(items[0]["id"] if items else "")')
existing=0
report_field=null
if [[ -n $str_id ]]; then
  report_field="\"$str_id\""
  existing=$(curl -fsS "$api/asset-measures?reportId=$str_id" -H "Authorization: Bearer $ml_fiu" |
    python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
fi
if [[ $existing == 0 ]]; then
  post_json ml-fiu freeze-ml-0201 asset-measures "{\"kind\":\"FREEZE\",\"assetKind\":\"MOBILE_MONEY_WALLET\",
    \"assetDescription\":\"Portefeuille Orange Money +223 66 40 12 19\",\"holderName\":\"Hamadoun Dicko\",
    \"value\":2730000,\"currency\":\"XOF\",
    \"legalBasis\":\"Loi n° 2016-008 relative à la lutte contre le blanchiment de capitaux et le financement du terrorisme, art. 100\",
    \"orderingAuthority\":\"Pôle judiciaire spécialisé de lutte contre le terrorisme, Bamako\",
    \"orderedOn\":\"2026-04-15\",\"reportId\":$report_field}" |
    python3 -c 'import json,sys; r=json.load(sys.stdin); print("  asset measure %s (%s)" % (r["reference"], r["status"]))'
else
  echo "  asset measure of the STR already recorded"
fi

# Mali's FIU asks Niger's FIU about the Agadez company (once: looked up by its purpose, as the due date moves with
# the day of seeding); Niger's FIU answers once.
purpose="Analyse de flux hawala entre Gao et Agadez liés à la déclaration OMML-STR-2026-0201"
request_id=$(curl -fsS "$api/fiu-requests?limit=200" -H "Authorization: Bearer $ml_fiu" |
  python3 -c 'import json,sys; print(next((r["id"] for r in json.load(sys.stdin)["items"] if r["purpose"] == sys.argv[1]), ""))' "$purpose")
if [[ -z $request_id ]]; then
  request_id=$(post_json ml-fiu "rfi-ml-ne-$(date -u +%F)" fiu-requests "{\"answeringAgency\":\"NE-FIU\",
    \"purpose\":\"$purpose\",
    \"foreseenUse\":\"Renseignement financier de la CENTIF ; transmission au pôle judiciaire seulement avec votre accord\",
    \"urgency\":\"URGENT\",\"dueDate\":\"$(date -u -d '+20 days' +%F)\",
    \"question\":\"Comptes et opérations connus de la Société Ténéré Import-Export SARL et de ses dirigeants ?\",
    \"subjectNames\":[\"Société Ténéré Import-Export SARL\"]}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
fi
ne_fiu=$("$bin_dir/pcms" token ne-fiu)
current=$(curl -fsS -D "$tmp/headers" "$api/fiu-requests/$request_id" -H "Authorization: Bearer $ne_fiu")
etag=$(tr -d '\r' < "$tmp/headers" | awk 'tolower($1) == "etag:" {print $2}')
if [[ $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$current") == SENT ]]; then
  curl -fsS -o /dev/null -X POST "$api/fiu-requests/$request_id/reply" -H "Authorization: Bearer $ne_fiu" \
    -H 'Content-Type: application/json' -H "If-Match: $etag" \
    --data-binary '{"reply":"Un compte à la Banque Atlantique Niger (Agadez) ; dépôt en espèces de 18,5 M XOF le 19/04 puis virement de 25 000 EUR vers Tamanrasset (déclaration BAN-CTR-2026-0057)."}'
  echo "  FIU request $request_id sent by ml-fiu, answered by ne-fiu"
else
  echo "  FIU request $request_id already answered"
fi
