#!/usr/bin/env bash
# Shared by run.sh, test.sh and bench.sh: makes sure a local PostgreSQL (Debian's packages) is installed and
# running, with a login role "nvzh" (password "nvzh", may create databases). Idempotent; needs root on a fresh
# machine. Set NVZH_PG_SKIP=1 to use a server you manage yourself (then set the connection strings).

nvzh_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

nvzh_apt_install() {
  # Installs the named Debian packages when one of them is missing; apt-get update only when needed.
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  nvzh_as_root apt-get update -qq
  nvzh_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

nvzh_pg_version() {
  ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1
}

nvzh_psql() {
  nvzh_as_root su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -c \"$1\""
}

ensure_postgres() {
  [ "${NVZH_PG_SKIP:-0}" = "1" ] && return 0
  if [ -z "$(nvzh_pg_version)" ]; then
    nvzh_apt_install postgresql
  fi
  local version
  version=$(nvzh_pg_version)
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
    echo "==> creating PostgreSQL $version cluster 'main'"
    nvzh_as_root pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    echo "==> starting PostgreSQL $version"
    nvzh_as_root pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do
    nvzh_as_root su postgres -c "pg_isready -q" && break
    sleep 1
  done
  nvzh_psql "DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='nvzh') THEN CREATE ROLE nvzh LOGIN PASSWORD 'nvzh' CREATEDB; END IF; END\\\$\\\$;"
  # Tests drop their databases WITH (FORCE), which must be able to end autovacuum workers too.
  nvzh_psql "GRANT pg_signal_backend TO nvzh"
}

ensure_database() {
  # ensure_database NAME: creates the database owned by nvzh when it does not exist.
  [ "${NVZH_PG_SKIP:-0}" = "1" ] && return 0
  if [ "$(nvzh_psql "SELECT 1 FROM pg_database WHERE datname='$1'")" != "1" ]; then
    echo "==> creating database $1"
    nvzh_psql "CREATE DATABASE $1 OWNER nvzh"
  fi
}
