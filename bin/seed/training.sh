#!/usr/bin/env bash
# Demo training catalogue through the public API, as the training managers would enter it: three courses (INTERPOL
# tools, controlled deliveries, financial investigation) and one open session of each, with per-State quotas.
# Idempotent: a course whose code exists is left alone; sessions are posted with fixed Idempotency-Keys and only for a
# course just created.
#
#   bin/seed/training.sh <gateway-url>
set -euo pipefail

gateway=${1:-http://localhost:8080}
bin_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
api="$gateway/api/training/v1"

# course_id TOKEN CODE: the id of the course with that code, empty when there is none.
course_id() {
  curl -fsS -G -H "Authorization: Bearer $1" --data-urlencode "q=$2" "$api/courses" |
    python3 -c 'import json,sys; code=sys.argv[1]; print(next((c["id"] for c in json.load(sys.stdin)["items"] if c["code"]==code), ""))' "$2"
}

# seed_course USER CODE JSON-BODY SESSION-JSON (SESSION-JSON without courseId, starting with a comma-less object body)
seed_course() {
  local user=$1 code=$2 course=$3 session=$4 token id
  token=$("$bin_dir/pcms" token "$user")
  id=$(course_id "$token" "$code")
  if [[ -n $id ]]; then
    return 0
  fi
  id=$(curl -fsS -X POST "$api/courses" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: seed-course-$code" -d "$course" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -fsS -o /dev/null -X POST "$api/sessions" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: seed-session-$code" -d "{\"courseId\":\"$id\",$session}"
  echo "  course $code and one open session ($user)"
}

start=$(date -u -d '+45 days' +%F)
end=$(date -u -d '+49 days' +%F)
start2=$(date -u -d '+75 days' +%F)
end2=$(date -u -d '+86 days' +%F)

seed_course ne-training INTERPOL-I247 '{"code":"INTERPOL-I247","titleFr":"Bases de données d’INTERPOL et réseau sécurisé I-24/7","titleEn":"INTERPOL databases and the I-24/7 secure network","descriptionFr":"Consultation et alimentation des bases (SLTD, iARMS, notices), diffusion par le réseau I-24/7.","descriptionEn":"Querying and feeding the databases (SLTD, iARMS, notices), diffusions over I-24/7.","topics":["INTERPOL_TOOLS","INTERNATIONAL_COOPERATION"],"modality":"IMMERSION","durationDays":5,"partner":"INTERPOL","prerequisites":"Agent d’un BCN ou d’une unité nationale de coordination","assessmentRequired":true,"passMark":60,"certificateValidityMonths":36}' \
  "\"startDate\":\"$start\",\"endDate\":\"$end\",\"hostAgency\":\"NE-NCB\",\"venue\":\"BCN INTERPOL, Niamey\",\"trainers\":[\"INTERPOL – Direction du renforcement des capacités\"],\"language\":\"fr\",\"capacity\":15,\"quotas\":{\"BF\":3,\"ML\":3,\"MR\":3,\"NE\":3,\"TD\":3},\"openForNominations\":true"

seed_course ml-training SIT-CD '{"code":"SIT-CD","titleFr":"Techniques spéciales d’enquête : livraisons surveillées","titleEn":"Special investigative techniques: controlled deliveries","descriptionFr":"Cadre juridique, coordination transfrontalière et sécurité des opérations.","descriptionEn":"Legal framework, cross-border coordination and operational security.","topics":["SPECIAL_INVESTIGATIVE_TECHNIQUES","CONTROLLED_DELIVERIES","DRUG_TRAFFICKING"],"modality":"CLASSROOM","durationDays":10,"partner":"UNODC","assessmentRequired":true,"passMark":70,"certificateValidityMonths":48}' \
  "\"startDate\":\"$start2\",\"endDate\":\"$end2\",\"hostAgency\":\"ML-CT\",\"venue\":\"École de maintien de la paix Alioune Blondin Beye, Bamako\",\"trainers\":[\"ONUDC – Programme Sahel\"],\"language\":\"fr\",\"capacity\":20,\"quotas\":{\"BF\":4,\"ML\":6,\"MR\":4,\"NE\":4,\"TD\":4},\"openForNominations\":true"

seed_course mr-training FIN-INV '{"code":"FIN-INV","titleFr":"Enquêtes financières et financement du terrorisme","titleEn":"Financial investigation and terrorist financing","topics":["FINANCIAL_INVESTIGATION","TERRORIST_FINANCING","MONEY_LAUNDERING"],"modality":"CLASSROOM","durationDays":5,"partner":"UNODC","assessmentRequired":false,"passMark":50}' \
  "\"startDate\":\"$start\",\"endDate\":\"$end\",\"hostAgency\":\"MR-FIU\",\"venue\":\"Nouakchott\",\"trainers\":[\"CRF Mauritanie\"],\"language\":\"fr\",\"capacity\":10,\"quotas\":{\"BF\":2,\"ML\":2,\"MR\":2,\"NE\":2,\"TD\":2},\"openForNominations\":true"
