#!/usr/bin/env bash
# The whole test suite, as CI runs it: static checks, unit tests, then integration and
# end-to-end tests on the real Kafka and PostgreSQL (started here when they are not running).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install.sh
source scripts/local-infra.sh

install_dependencies
bash scripts/install-infra-tools.sh
trap stop_local_infra EXIT

echo "[test] lint, format and types"
npx eslint .
npx prettier --check . >/dev/null
npx tsc -p tsconfig.json --noEmit

echo "[test] building the services"
npm run build --silent >/dev/null

start_local_infra
report="$(mktemp)"
status=0
npx jest --runInBand --json --outputFile="$report" "$@" || status=$?
# CI reads a plain "N passed, N failed" closing line.
node -e '
  const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' "$report"
rm -f "$report"
exit "$status"
