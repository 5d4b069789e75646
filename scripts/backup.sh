#!/usr/bin/env bash
# Backs up the NvzhSurvey database to a custom-format dump: scripts/backup.sh [DATABASE] [FILE]
# Uses the local server as user nvzh unless PGHOST/PGUSER/PGPASSWORD say otherwise.
set -euo pipefail
database="${1:-nvzhsurvey}"
file="${2:-nvzhsurvey-$(date +%Y%m%d-%H%M%S).dump}"
export PGHOST="${PGHOST:-localhost}" PGUSER="${PGUSER:-nvzh}" PGPASSWORD="${PGPASSWORD:-nvzh}"
pg_dump --format=custom --no-owner --file="$file" "$database"
echo "backup written to $file"
