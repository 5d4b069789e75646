#!/usr/bin/env bash
# Restores a dump into a NEW database: scripts/restore.sh FILE NEW_DATABASE
# The database must not exist yet (restoring over a live database is never done in place).
set -euo pipefail
file="$1"
database="$2"
export PGHOST="${PGHOST:-localhost}" PGUSER="${PGUSER:-nvzh}" PGPASSWORD="${PGPASSWORD:-nvzh}"
createdb "$database"
pg_restore --no-owner --exit-on-error --dbname="$database" "$file"
echo "restored $file into $database; point ConnectionStrings__Survey at it and start the app"
