#!/usr/bin/env bash
# Makes the certificate that encrypts the app's data-protection keys in the database (DataProtection:CertificatePath),
# once per installation: secrets/dataprotection.pfx, protected by the password in NVZH_CERT_PASSWORD.
# Keep the .pfx and its password with the backups: without them, existing login cookies and reset links stop working
# (users simply log in again), but a database dump alone can no longer be used to forge a login.
#   NVZH_CERT_PASSWORD='…' scripts/make-dataprotection-certificate.sh
set -euo pipefail
: "${NVZH_CERT_PASSWORD:?set NVZH_CERT_PASSWORD (e.g. openssl rand -base64 24), and keep it in .env}"
cd "$(dirname "$0")/.."
mkdir -p secrets
if [[ -e secrets/dataprotection.pfx ]]; then
  echo "secrets/dataprotection.pfx exists already; not replaced (replacing it invalidates the stored keys)." >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey rsa:3072 -sha256 -days 3650 -nodes -subj "/CN=NvzhSurvey data protection" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -out secrets/dataprotection.pfx \
  -passout env:NVZH_CERT_PASSWORD
# Readable by the container's non-root user (compose mounts it as a secret); the password protects the key.
chmod 644 secrets/dataprotection.pfx
echo "Made secrets/dataprotection.pfx (valid 10 years). Set DataProtection__CertificatePath to it (docker-compose.yml does)."
