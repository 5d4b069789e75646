#!/usr/bin/env bash
# Quick start 1/2: runs NvzhSurvey on http://localhost:5080 with demo data on a local PostgreSQL.
# Starts PostgreSQL (Debian's packages), creates the database if missing, applies migrations, loads the demo data
# (25 fictional organisations, editions 2024 and 2025) and creates demo accounts.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

# The PDF export needs Chromium and the publication's typeface (Open Sans).
nvzh_apt_install chromium fonts-open-sans fonts-dejavu-core
ensure_postgres
ensure_database nvzhsurvey

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ConnectionStrings__Survey="${ConnectionStrings__Survey:-Host=localhost;Database=nvzhsurvey;Username=nvzh;Password=nvzh}"
export Seed__DemoData="${Seed__DemoData:-true}"
export Bootstrap__AdminEmail="${Bootstrap__AdminEmail:-beheer@nvzh.example}"
export Bootstrap__AdminPassword="${Bootstrap__AdminPassword:-Demo-wachtwoord-2024}"

cat <<INFO

  NvzhSurvey starts on http://localhost:5080
  Log in as administrator:  $Bootstrap__AdminEmail / $Bootstrap__AdminPassword
  Demo accounts (same password): medewerker@nvzh.example, bestuur@nvzh.example, lid@demo-01.example

INFO
exec dotnet run --project src/NvzhSurvey.Web --launch-profile NvzhSurvey.Web --urls http://localhost:5080
