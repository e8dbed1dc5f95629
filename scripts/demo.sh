#!/usr/bin/env bash
# The demo. With a Docker engine (and Compose v2): builds and starts infra/compose, plays the
# scenario, and takes the stack down at the end. Without one: installs what is missing, starts
# Kafka on the JVM and PostgreSQL, builds and starts the services as processes, and plays the
# same scenario. Either way nothing is left running afterwards, Ctrl-C included.
#   npm run demo                  Docker when it answers, else the local mode
#   npm run demo -- --local       the local mode even with Docker
#   npm run demo -- --keep        leave the system running until Ctrl-C
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install.sh
source scripts/local-infra.sh

compose=(docker compose -p book-rental -f infra/compose/compose.yaml)
use_compose=""
if [[ " $* " != *" --local "* ]] && docker info >/dev/null 2>&1; then
  if "${compose[@]}" version >/dev/null 2>&1; then
    use_compose=1
  else
    echo "[demo] Docker answers but Compose v2 ('docker compose') is missing; using the local mode."
  fi
fi

install_dependencies
if [ -n "$use_compose" ]; then
  trap '"${compose[@]}" down --volumes --remove-orphans' EXIT
  echo "[demo] building the images and starting the Compose stack (the first build takes minutes)"
  "${compose[@]}" up --build --detach --wait
  npx tsx scripts/demo.ts --compose "$@"
else
  echo "[demo] no Docker engine: the local mode (Kafka on the JVM, services as processes)"
  echo "[demo] building the services"
  npm run build --silent >/dev/null
  trap stop_local_infra EXIT
  start_local_infra
  npx tsx scripts/demo.ts "$@"
fi
