#!/usr/bin/env bash
# The event-store databases of the three event-sourced services (reporting has no PostgreSQL), each owned by the
# service's own role, which can reach no other database. Run once by the postgres image on an empty data volume
# (/docker-entrypoint-initdb.d) as POSTGRES_USER (thidua), the administrator. Each service's Flyway creates its schema.
# Same database names as the embedded local stack: registration, review, award.
set -euo pipefail

for service in registration review award; do
  variable="POSTGRES_${service^^}_PASSWORD"
  password=${!variable:?$variable is not set}
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       --set role="$service" --set password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
