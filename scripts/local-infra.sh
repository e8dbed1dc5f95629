# Sourced by test.sh and demo.sh: makes sure the local Kafka and PostgreSQL run, and stops
# on exit whatever this script started (a broker that was already running is left alone).
kafka_sh="infra/local/kafka/kafka.sh"
postgres_sh="infra/local/postgres/postgres.sh"
started_kafka=""
started_postgres=""

start_local_infra() {
  if [ -z "${KAFKA_BROKERS:-}" ] && ! bash "$kafka_sh" status >/dev/null 2>&1; then
    bash "$kafka_sh" start
    started_kafka=1
  fi
  if [ -z "${POSTGRES_ADMIN_URL:-}" ] && ! bash "$postgres_sh" status >/dev/null 2>&1; then
    bash "$postgres_sh" start >/dev/null
    started_postgres=1
  fi
}

stop_local_infra() {
  if [ -n "$started_kafka" ]; then bash "$kafka_sh" stop; fi
  if [ -n "$started_postgres" ]; then bash "$postgres_sh" stop; fi
}
