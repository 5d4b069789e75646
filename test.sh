#!/usr/bin/env bash
# Quick start 2/2: runs every test. Installs what is missing (PostgreSQL, Chromium, poppler-utils, fonts),
# starts PostgreSQL, then runs all test projects against it. Tests create and drop their own databases.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

nvzh_apt_install chromium poppler-utils fonts-dejavu-core fonts-liberation fonts-open-sans
ensure_postgres

export NVZH_TEST_POSTGRES="${NVZH_TEST_POSTGRES:-Host=localhost;Username=nvzh;Password=nvzh}"
export NVZH_CHROMIUM="${NVZH_CHROMIUM:-/usr/bin/chromium}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Local tools from .config/dotnet-tools.json: smtp4dev is the real SMTP server the mail tests start on loopback.
dotnet tool restore
dotnet build NvzhSurvey.sln -c Release -warnaserror
log=$(mktemp)
status=0
run_tests() { dotnet test "$1" -c Release --no-build --logger "console;verbosity=normal" "${extra[@]}" 2>&1 | tee -a "$log"; }
extra=("$@")
# The Core and Web tests run side by side; the browser tests run after them, alone: their steps wait on a real
# browser and server, and on two cores shared with PDF printing those steps get slow enough to time out.
run_tests tests/NvzhSurvey.Core.Tests & core=$!
run_tests tests/NvzhSurvey.Web.Tests || status=$?
wait "$core" || status=$?
run_tests tests/NvzhSurvey.Browser.Tests || status=$?

# One closing line for CI, summed over the test projects: "N passed, N failed".
count() { { grep -Eo "^ +$1: +[0-9]+" "$log" || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
# CI shows the end of the output: repeat each failed test with its message (no stack trace) just above the summary.
if [ "$failed" != 0 ]; then
  echo "--- failed tests ---"
  awk '/^ +Failed [A-Za-z]/ { show = 1; lines = 0 }
       /^ +Stack Trace:/ { show = 0 }
       show && lines++ < 25 { print }' "$log"
  echo "--------------------"
fi
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
