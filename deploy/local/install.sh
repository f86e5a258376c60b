#!/usr/bin/env bash
# Installs PostgreSQL 15, Redis 7 and RabbitMQ 3.10 from Debian's packages, only what is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

missing=()
[ -x "$ITO_PG_BIN/postgres" ] || missing+=(postgresql-15 postgresql-contrib)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v rabbitmq-server >/dev/null || missing+=(rabbitmq-server)
for extra in "$@"; do
  dpkg -s "$extra" >/dev/null 2>&1 || missing+=("$extra")
done

if [ ${#missing[@]} -eq 0 ]; then
  log "packages present"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || die "installing ${missing[*]} needs root (or install them yourself)"
log "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
log "installed: ${missing[*]}"
