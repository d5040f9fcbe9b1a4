#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: `docker compose config -q` (Compose v2
# plugin) if it is installed, else `docker-compose config -q` (Debian's docker-compose 1.29).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "compose-config: no Docker Compose found: install docker-compose (apt-get install -y docker-compose)" >&2
  exit 1
fi

# Secrets a deployment must supply: stand-ins, only to check the file's shape.
export XINHUO_ADMIN_PASSWORD=${XINHUO_ADMIN_PASSWORD:-only-for-validation}
export XINHUO_PRIVACY_KEY=${XINHUO_PRIVACY_KEY:-b25seS1mb3ItdmFsaWRhdGlvbi1ub3QtYS1rZXktMDA=}

if ! "${compose[@]}" -f docker-compose.yml config -q; then
  echo "docker-compose.yml: INVALID (${compose[*]} config)" >&2
  exit 1
fi
echo "docker-compose.yml: valid"
