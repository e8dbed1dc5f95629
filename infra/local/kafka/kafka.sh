#!/usr/bin/env bash
# Local Apache Kafka without Docker: the broker's jars come from Maven Central (pom.xml beside
# this file) and run on the machine's Java as one KRaft node.
#
#   kafka.sh install   fetch the jars (once per Kafka version)
#   kafka.sh start     install, format the storage once, start, wait until the broker answers
#   kafka.sh stop      stop the broker started by this script
#   kafka.sh status    say whether it runs and where
#   kafka.sh reset     stop and delete the local data (topics, offsets)
#
# Settings (environment): KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
# KAFKA_HEAP (512m), LOCAL_INFRA_DIR (infra/local/.data, git-ignored).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
heap="${KAFKA_HEAP:-512m}"
data_root="${LOCAL_INFRA_DIR:-$here/../.data}"
kafka_version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")"
libs_dir="$data_root/kafka-libs-$kafka_version"
data_dir="$data_root/kafka"
config="$data_dir/server.properties"
pid_file="$data_dir/kafka.pid"
start_timeout="${KAFKA_START_TIMEOUT:-90}"

say() { echo "[kafka] $*"; }
fail() { echo "[kafka] error: $*" >&2; exit 1; }

require_tools() {
  command -v java >/dev/null 2>&1 || fail "Java is not installed. Install a JDK 17 or newer (Debian: apt-get install openjdk-17-jre-headless)."
  command -v mvn >/dev/null 2>&1 || fail "Maven is not installed. Install it (Debian: apt-get install maven); it fetches Kafka from Maven Central."
}

install() {
  require_tools
  if [ -f "$libs_dir/kafka_2.13-$kafka_version.jar" ]; then return 0; fi
  say "fetching Apache Kafka $kafka_version and its dependencies from Maven Central"
  mkdir -p "$data_root"
  local tmp="$libs_dir.partial"
  rm -rf "$tmp"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" || fail "Maven could not fetch Kafka $kafka_version"
  mv "$tmp" "$libs_dir"
}

is_running() {
  [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

port_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

run_java() {
  java "-Xms$heap" "-Xmx$heap" -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.dir="$data_dir" \
    -cp "$libs_dir/*" "$@"
}

format_once() {
  mkdir -p "$data_dir"
  sed -e "s|@PORT@|$port|g" -e "s|@CONTROLLER_PORT@|$controller_port|g" -e "s|@DATA_DIR@|$data_dir|g" \
    "$here/server.properties.template" >"$config"
  if [ -f "$data_dir/log/meta.properties" ]; then return 0; fi
  local cluster_id
  cluster_id="$(run_java kafka.tools.StorageTool random-uuid | tail -n 1)"
  say "formatting storage (cluster $cluster_id) in $data_dir"
  run_java kafka.tools.StorageTool format -t "$cluster_id" -c "$config" >"$data_dir/format.log" 2>&1 ||
    { cat "$data_dir/format.log" >&2; fail "formatting the storage failed"; }
}

start() {
  if is_running; then say "already running (pid $(cat "$pid_file")) on 127.0.0.1:$port"; return 0; fi
  if port_answers; then say "something already answers on 127.0.0.1:$port; using it as the broker"; return 0; fi
  install
  format_once
  say "starting Kafka $kafka_version on 127.0.0.1:$port"
  nohup java "-Xms$heap" "-Xmx$heap" -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.dir="$data_dir" \
    -cp "$libs_dir/*" kafka.Kafka "$config" >"$data_dir/stdout.log" 2>&1 &
  echo $! >"$pid_file"
  local waited=0
  until port_answers; do
    is_running || { tail -n 40 "$data_dir/stdout.log" "$data_dir/server.log" >&2 2>/dev/null; fail "Kafka exited during start-up"; }
    [ "$waited" -ge "$start_timeout" ] && fail "Kafka did not answer on port $port within ${start_timeout}s (see $data_dir/server.log)"
    sleep 1; waited=$((waited + 1))
  done
  say "ready after ${waited}s (pid $(cat "$pid_file"))"
}

stop() {
  if ! is_running; then say "not running"; rm -f "$pid_file"; return 0; fi
  local pid; pid="$(cat "$pid_file")"
  say "stopping (pid $pid)"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && { say "still running after 30s, killing"; kill -9 "$pid"; }
  rm -f "$pid_file"
}

status() {
  if is_running; then say "running (pid $(cat "$pid_file")) on 127.0.0.1:$port, Kafka $kafka_version, data in $data_dir"
  elif port_answers; then say "not started by this script, but something answers on 127.0.0.1:$port"
  else say "not running"; return 3; fi
}

reset() {
  stop
  rm -rf "$data_dir"
  say "local data deleted"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  reset) reset ;;
  *) echo "usage: $0 install|start|stop|status|reset" >&2; exit 2 ;;
esac
