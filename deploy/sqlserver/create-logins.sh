#!/bin/bash
# Runs 01-logins.sql as sa with the two passwords from the environment (docker-compose's db-init, and CI).
# sqlcmd pastes a -v value into the script as it is, inside N'…': each ' in a password is doubled first, so it stays
# part of the password and can never end the string. ";" and '"' need nothing.
set -euo pipefail
sqlcmd="${SQLCMD:-/opt/mssql-tools18/bin/sqlcmd}"
scripts="$(dirname "$0")"
quoted() { printf '%s' "${1//\'/\'\'}"; }
: "${LIFECYCLE_MIGRATOR_PASSWORD:?Set LIFECYCLE_MIGRATOR_PASSWORD}" "${LIFECYCLE_APP_PASSWORD:?Set LIFECYCLE_APP_PASSWORD}"
exec "$sqlcmd" -S "${DB_SERVER:-db}" -U sa -C -b -i "$scripts/01-logins.sql" \
  -v MIGRATOR_PASSWORD="$(quoted "$LIFECYCLE_MIGRATOR_PASSWORD")" APP_PASSWORD="$(quoted "$LIFECYCLE_APP_PASSWORD")"
