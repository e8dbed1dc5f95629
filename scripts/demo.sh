#!/usr/bin/env bash
# The demo: installs what is missing, starts Kafka and PostgreSQL without Docker, builds and
# starts the services, and plays rentals through the saga. `npm run demo -- --keep` leaves the
# services running until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install.sh
source scripts/local-infra.sh

if docker info >/dev/null 2>&1; then
  echo "[demo] A Docker engine answers, but the Compose stack is not built yet; using the local mode."
fi

install_dependencies
echo "[demo] building the services"
npm run build --silent >/dev/null
trap stop_local_infra EXIT
start_local_infra
npx tsx scripts/demo.ts "$@"
