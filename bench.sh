#!/usr/bin/env bash
# Benchmarks (not tests; not part of CI): prints one table of medians for this machine.
#   ./bench.sh              all six: report scaling, publication, organisation benchmark, HTTP load, autosave,
#                           interview time to interactive
#   ./bench.sh report       only one of them (report | publication | benchmark | http | autosave | interactive)
# The first run seeds a benchmark database with 11,025 synthetic organisations (a few minutes); later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

nvzh_apt_install chromium wrk
ensure_postgres
export NVZH_TEST_POSTGRES="${NVZH_TEST_POSTGRES:-Host=localhost;Username=nvzh;Password=nvzh}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
only="${1:-all}"
if ! build=$(dotnet build NvzhSurvey.sln -c Release -warnaserror -v quiet -nologo 2>&1); then
  echo "$build" | tail -30
  exit 1
fi
bench="dotnet bench/NvzhSurvey.Benchmarks/bin/Release/net10.0/NvzhSurvey.Benchmarks.dll"
results=$(mktemp -d)
trap 'rm -rf "$results"; [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true' EXIT

echo "NvzhSurvey benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m)"
echo

if [[ "$only" == all || "$only" == report ]]; then
  $bench report > "$results/report.md"
  cat "$results/report.md"; echo
fi

if [[ "$only" == all || "$only" == publication ]]; then
  $bench publication > "$results/publication.md"
  cat "$results/publication.md"; echo
fi

if [[ "$only" == all || "$only" == benchmark ]]; then
  $bench benchmark > "$results/benchmark.md"
  cat "$results/benchmark.md"; echo
fi

if [[ "$only" == all || "$only" == http || "$only" == autosave || "$only" == interactive ]]; then
  # The app as in production (Release build), on its own demo database, with request logging to a file.
  # NVZH_BENCH_PORT / NVZH_BENCH_DATABASE: for running beside another checkout's benchmark on the same machine.
  port=${NVZH_BENCH_PORT:-5099}
  database=${NVZH_BENCH_DATABASE:-nvzh_bench_app}
  nvzh_psql "DROP DATABASE IF EXISTS $database WITH (FORCE)" && nvzh_psql "CREATE DATABASE $database OWNER nvzh"
  # The app refuses to start with an API token shorter than 32 characters (StartupSettingsCheck).
  token="nvzh_bench_$(date +%s)_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  password="Bench-wachtwoord-2024"
  (cd src/NvzhSurvey.Web && \
    ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__Survey="Host=localhost;Database=$database;Username=nvzh;Password=nvzh" \
    Seed__DemoData=true Bootstrap__AdminEmail=beheer@nvzh.example Bootstrap__AdminPassword="$password" \
    Bootstrap__ApiToken="$token" RateLimiting__Api__PermitLimit=100000000 RateLimiting__Login__PermitLimit=1000 \
    exec dotnet bin/Release/net10.0/NvzhSurvey.Web.dll --urls "http://127.0.0.1:$port" > "$results/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
  organisation=$(nvzh_as_root su postgres -c "psql -qAt -d $database -c \"SELECT \\\"Id\\\" FROM \\\"Organisations\\\" WHERE \\\"Key\\\"='demo-12'\"")

  if [[ "$only" == all || "$only" == http ]]; then
    # Log in through the form once; wrk then replays the cookies.
    jar="$results/cookies"
    form=$(curl -s -c "$jar" "http://127.0.0.1:$port/Account/Login")
    antiforgery=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<<"$form" | sed 's/.*value="//; s/"$//')
    curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$antiforgery" \
      --data-urlencode "_handler=login" --data-urlencode "Input.Email=beheer@nvzh.example" \
      --data-urlencode "Input.Password=$password" "http://127.0.0.1:$port/Account/Login"
    # curl marks HttpOnly cookies (the login cookie) with a "#HttpOnly_" prefix: they are not comments.
    cookies=$(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")
    # The public web edition: 2024 published (unless the demo already is) with its public page switched on.
    $bench publish-public "Host=localhost;Database=$database;Username=nvzh;Password=nvzh" 2024
    status=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/publicaties/2024")
    [[ "$status" == 200 ]] || { echo "the public page answered $status" >&2; exit 1; }
    status=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $cookies" "http://127.0.0.1:$port/edities/2025/interviews/$organisation")
    [[ "$status" == 200 ]] || { echo "the interview page answered $status with the login cookie" >&2; exit 1; }

    run_wrk() { # name url header...
      local name=$1 url=$2; shift 2
      wrk -t2 -c16 -d5s "$@" "$url" >/dev/null # warm-up (JIT, caches), not measured
      local out; out=$(wrk -t2 -c16 -d20s --latency "$@" "$url")
      local rps p50 p99 errors
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
      p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
      p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
      errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(",", ""); n+=$4+$6+$8+$10} END {print n+0}' <<<"$out")
      echo "| $name | $rps | $p50 | $p99 | $errors |"
    }
    {
      echo "| HTTP load ($(nproc) cores; wrk 16 connections, 20 s after 5 s warm-up, loopback) | requests/s | p50 | p99 | errors |"
      echo "| --- | ---: | ---: | ---: | ---: |"
      run_wrk "GET /api/v1/editions/2024/report (API token)" "http://127.0.0.1:$port/api/v1/editions/2024/report" -H "Authorization: Bearer $token"
      run_wrk "GET interview page, first HTML response (cookie; goal p99 < 100 ms)" "http://127.0.0.1:$port/edities/2025/interviews/$organisation" -H "Cookie: $cookies"
      run_wrk "GET /publicaties/2024, public page, first HTML response (anonymous)" "http://127.0.0.1:$port/publicaties/2024"
    } > "$results/http.md"
    rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status")
    echo "| app peak RSS (VmHWM) | $rss MiB | | | |" >> "$results/http.md"
    cat "$results/http.md"; echo
  fi

  if [[ "$only" == all || "$only" == autosave ]]; then
    $bench autosave "http://127.0.0.1:$port" beheer@nvzh.example "$password" "$organisation" 200 > "$results/autosave.md"
    cat "$results/autosave.md"; echo
  fi

  if [[ "$only" == all || "$only" == interactive ]]; then
    $bench interactive "http://127.0.0.1:$port" beheer@nvzh.example "$password" "$organisation" 20 > "$results/interactive.md"
    cat "$results/interactive.md"; echo
  fi
fi
