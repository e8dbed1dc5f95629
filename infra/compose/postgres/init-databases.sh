#!/usr/bin/env bash
# Runs once, on an empty data volume: a database and a role per service, each role owning only
# its own database (the same layout the local mode makes in libs/testing/src/service-databases.ts).
set -euo pipefail
for service in rental catalog locker notification; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
    -v role="${service}_svc" -v password="$SERVICE_DB_PASSWORD" -v database="$service" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
done
