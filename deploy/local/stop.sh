#!/usr/bin/env bash
# Stops what start.sh started. Data stays in $ITO_LOCAL_DIR (delete that folder to start from scratch).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
[ -f "$ITO_SECRETS" ] && source "$ITO_SECRETS"

if [ -f "$ITO_PG_DATA/postmaster.pid" ]; then
  runuser -u postgres -- "$ITO_PG_BIN/pg_ctl" -D "$ITO_PG_DATA" -m fast -w stop >/dev/null && log "postgres stopped"
fi
if [ -f "$ITO_REDIS_DIR/redis.pid" ] && kill -0 "$(cat "$ITO_REDIS_DIR/redis.pid")" 2>/dev/null; then
  kill "$(cat "$ITO_REDIS_DIR/redis.pid")" && log "redis stopped"
fi
(
  rabbit_env
  if "$ITO_RABBIT_BIN/rabbitmqctl" -q status >/dev/null 2>&1; then
    "$ITO_RABBIT_BIN/rabbitmqctl" -q stop >/dev/null 2>&1 && log "rabbitmq stopped"
  fi
  # epmd outlives the broker; it is shared by every Erlang node on the port, so it goes only when none is left.
  if ! epmd -port "$ITO_EPMD_PORT" -names 2>/dev/null | grep -q "^name "; then
    epmd -port "$ITO_EPMD_PORT" -kill >/dev/null 2>&1 || true
  fi
)
