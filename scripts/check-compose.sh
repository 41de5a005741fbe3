#!/usr/bin/env bash
# Validates docker-compose.yml with a real Compose (v2 plugin if present, else v1 from Debian's
# docker-compose package, installed when missing), against .env.example as the operator's .env.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if docker compose version >/dev/null 2>&1; then compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then compose=(docker-compose)
else
  echo "== installing docker-compose (Debian) to validate docker-compose.yml"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null) || {
    echo "docker-compose is not installable here; tests/deploy.test.ts still checks the file"; exit 0; }
  compose=(docker-compose)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/docker-compose.yml" "$root/Dockerfile" "$work/"
cp "$root/.env.example" "$work/.env"
(cd "$work" && "${compose[@]}" config -q)
echo "docker-compose.yml is valid ($("${compose[@]}" version --short 2>/dev/null || echo compose))"
