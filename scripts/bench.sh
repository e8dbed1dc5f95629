#!/usr/bin/env bash
# Benchmarks that print figures (nothing is asserted): see scripts/bench.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install.sh
source scripts/local-infra.sh

install_dependencies
npm run build --silent >/dev/null
trap stop_local_infra EXIT
start_local_infra
npx tsx scripts/bench.ts "$@"
