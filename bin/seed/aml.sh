#!/usr/bin/env bash
# Demo financial intelligence through the public API: the UN Security Council consolidated list (imported by the
# regional coordinator) and two reports received by FIUs (a goAML STR by Mali's FIU, a JSON CTR by Niger's FIU),
# whose subjects are screened at once.
# The UN list may be copied into the project (UN public data, see ../shared/data/README.md): the seed imports the copy
# kept with the aml tests, or ../shared/data's when that one is missing.
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
if [[ ! -f $un_list ]]; then
  un_list="$root_dir/../shared/data/sanctions/un/un-consolidated-2026-01-28.xml"
fi
if [[ -f $un_list ]]; then
  token=$("$bin_dir/pcms" token g5-coordinator)
  curl -fsS -X POST "$api/sanctions-lists/un/imports" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/xml' --data-binary "@$un_list" |
    python3 -c 'import json,sys; r=json.load(sys.stdin); print("  UN list: %d individuals, %d entities (added %d, unchanged %d)" % (r["individuals"], r["entities"], r["added"], r["unchanged"]))'
else
  echo "  UN list not found (neither the project copy nor ../shared/data): screening has no list to match"
fi

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
    <date_transaction>2026-04-11T19:02:00</date_transaction>
    <transmode_code>MB</transmode_code>
    <amount_local>1980000.00</amount_local>
    <t_from_my_client>
      <from_funds_code>CASH</from_funds_code>
      <from_account>
        <institution_name>Orange Money Mali</institution_name>
        <non_bank_institution>true</non_bank_institution>
        <account>+223 66 40 12 19</account>
        <currency_code>XOF</currency_code>
        <signatory><t_person><first_name>Hamadoun</first_name><last_name>Dicko</last_name><birthdate>1979-02-17T00:00:00</birthdate><nationality1>ML</nationality1><id_number>ML-NINA-1979021733</id_number></t_person></signatory>
      </from_account>
    </t_from_my_client>
    <t_to>
      <to_person><first_name>Iyad</first_name><last_name>Ag Ghaly</last_name><birthdate>1958-01-01T00:00:00</birthdate><nationality1>ML</nationality1></to_person>
    </t_to>
  </transaction>
  <transaction>
    <transactionnumber>HW-GAO-0412</transactionnumber>
    <date_transaction>2026-04-12T10:15:00</date_transaction>
    <transmode_code>HAWALA</transmode_code>
    <amount_local>750000</amount_local>
    <t_from><from_person><first_name>Hamadoun</first_name><last_name>Dicko</last_name><birthdate>1979-02-17T00:00:00</birthdate><nationality1>ML</nationality1><id_number>ML-NINA-1979021733</id_number></from_person></t_from>
    <t_to><to_entity><name>Comptoir Tilemsi Transferts</name><incorporation_number>RCCM-GAO-2021-B-087</incorporation_number></to_entity></t_to>
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
