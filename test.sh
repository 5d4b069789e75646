#!/usr/bin/env bash
# Quick start 2/2: runs every test. Installs what is missing (PostgreSQL, Chromium, poppler-utils, fonts),
# starts PostgreSQL, then runs all test projects against it. Tests create and drop their own databases.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

nvzh_apt_install chromium poppler-utils fonts-dejavu-core fonts-liberation
ensure_postgres

export NVZH_TEST_POSTGRES="${NVZH_TEST_POSTGRES:-Host=localhost;Username=nvzh;Password=nvzh}"
export NVZH_CHROMIUM="${NVZH_CHROMIUM:-/usr/bin/chromium}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build NvzhSurvey.sln -c Release -warnaserror
log=$(mktemp)
status=0
dotnet test NvzhSurvey.sln -c Release --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?

# One closing line for CI, summed over the test projects: "N passed, N failed".
count() { { grep -Eo "^ +$1: +[0-9]+" "$log" || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
