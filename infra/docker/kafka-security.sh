#!/usr/bin/env bash
# Kafka's users and ACLs for docker-compose.yml, and the brokers' health probe. Each service writes only its own topic
# and its own dead letters and reads only what it consumes; subscribers of other systems read the three event topics.
#
#   kafka-security.sh setup    the one-shot container kafka-setup: topics, SCRAM users, ACLs (idempotent, every start)
#   kafka-security.sh health   a broker's health check (api-versions as the administrator)
#
# Passwords come from the environment (compose passes the KAFKA_*_PASSWORD of .env under these names, without the
# KAFKA_ prefix, which the broker image would turn into broker properties): ADMIN_PASSWORD, and for setup also
# REGISTRATION_PASSWORD, REVIEW_PASSWORD, AWARD_PASSWORD, REPORTING_PASSWORD, SUBSCRIBER_PASSWORD. Use letters and
# digits only (openssl rand -hex 24): they go into JAAS lines and SCRAM configs unescaped.
# KAFKA_BIN (default /opt/kafka/bin) and KAFKA_BOOTSTRAP (default kafka-1:9092) let a test run this on a real broker.
set -euo pipefail

bin=${KAFKA_BIN:-/opt/kafka/bin}
bootstrap=${KAFKA_BOOTSTRAP:-kafka-1:9092}
replicas=${KAFKA_REPLICATION_FACTOR:-3}
min_isr=${KAFKA_MIN_INSYNC_REPLICAS:-2}
export KAFKA_HEAP_OPTS=${KAFKA_TOOL_HEAP_OPTS:--Xmx128m}

admin_config=$(mktemp)
trap 'rm -f "$admin_config"' EXIT
cat > "$admin_config" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${ADMIN_PASSWORD:?ADMIN_PASSWORD is not set}";
PROPERTIES

say() { echo "kafka-security: $*"; }

topic() { # name partitions
  "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" --create --if-not-exists \
    --topic "$1" --partitions "$2" --replication-factor "$replicas" \
    --config min.insync.replicas="$min_isr" --config retention.ms=-1 --config retention.bytes=-1 > /dev/null
}

user() { # name password
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" --alter \
    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]" > /dev/null
}

acl() {
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" --add --force "$@" > /dev/null
}

# user writes reads group: writes and reads are space-separated topics; group is a consumer group (prefix with '+')
grant() {
  local principal=User:$1 writes=$2 reads=$3 group=$4 t
  local -a write_topics=() read_topics=()
  for t in $writes; do write_topics+=(--topic "$t"); done
  for t in $reads; do read_topics+=(--topic "$t"); done
  if (( ${#write_topics[@]} )); then
    acl --allow-principal "$principal" --operation Write --operation Describe --operation Create "${write_topics[@]}"
  fi
  acl --allow-principal "$principal" --operation Read --operation Describe "${read_topics[@]}"
  if [[ $group == +* ]]; then
    acl --allow-principal "$principal" --operation Read --operation Describe --group "${group#+}" \
      --resource-pattern-type prefixed
  else
    acl --allow-principal "$principal" --operation Read --operation Describe --group "$group"
  fi
}

case ${1:-} in
  health)
    "$bin/kafka-broker-api-versions.sh" --bootstrap-server "${KAFKA_BOOTSTRAP:-localhost:9092}" \
      --command-config "$admin_config" > /dev/null
    ;;
  setup)
    say "topics (replication factor $replicas, min ISR $min_isr, kept forever)"
    for t in thidua.registration thidua.review thidua.award thidua.registration.dlq thidua.review.dlq thidua.award.dlq; do
      topic "$t" 3
    done
    topic thidua.reporting.dlq 1
    say "SCRAM-SHA-512 users"
    user registration "${REGISTRATION_PASSWORD:?REGISTRATION_PASSWORD is not set}"
    user review "${REVIEW_PASSWORD:?REVIEW_PASSWORD is not set}"
    user award "${AWARD_PASSWORD:?AWARD_PASSWORD is not set}"
    user reporting "${REPORTING_PASSWORD:?REPORTING_PASSWORD is not set}"
    user subscriber "${SUBSCRIBER_PASSWORD:?SUBSCRIBER_PASSWORD is not set}"
    say "ACLs"
    #     user         writes                                           reads                                                          group
    grant registration "thidua.registration thidua.registration.dlq"   "thidua.review thidua.registration.dlq"                        registration-service
    grant review       "thidua.review thidua.review.dlq"               "thidua.registration thidua.review.dlq"                        review-service
    grant award        "thidua.award thidua.award.dlq"                 "thidua.review thidua.registration thidua.award.dlq"           award-service
    grant reporting    "thidua.reporting.dlq"                          "thidua.registration thidua.review thidua.award thidua.reporting.dlq" reporting
    grant subscriber   ""                                              "thidua.registration thidua.review thidua.award"               +subscriber.
    say "done"
    ;;
  *)
    echo "usage: $0 setup|health" >&2
    exit 2
    ;;
esac
