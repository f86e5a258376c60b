#!/usr/bin/env bash
# Starts PostgreSQL, Redis and RabbitMQ as plain processes on 127.0.0.1 with all state under $ITO_LOCAL_DIR.
# Idempotent: a server already answering is left alone. Returns when every server accepts connections and
# writes the connection settings the AppHost and the tests read to $ITO_LOCAL_DIR/infra.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

"$(dirname "${BASH_SOURCE[0]}")/install.sh"
mkdir -p "$ITO_LOCAL_DIR"
# Traversable (the postgres user needs to reach its data), not listable; secrets are mode 600.
chmod 711 "$ITO_LOCAL_DIR"

# One generated password per server, kept in a private file (never in git, never printed).
if [ ! -f "$ITO_SECRETS" ]; then
  umask 077
  {
    echo "ITO_PG_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
    echo "ITO_REDIS_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
    echo "ITO_RABBIT_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
  } > "$ITO_SECRETS"
  umask 022
fi
source "$ITO_SECRETS"

wait_until() { # description, seconds, command...
  local what=$1 deadline=$((SECONDS + $2)); shift 2
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "$what did not become ready within $2s"
    sleep 0.2
  done
}

start_postgres() {
  local psql_admin=(env PGPASSWORD="$ITO_PG_PASSWORD" psql -h 127.0.0.1 -p "$ITO_PG_PORT" -U ito_admin -d postgres -v ON_ERROR_STOP=1 -qAt)
  if "${psql_admin[@]}" -c 'select 1' >/dev/null 2>&1; then
    log "postgres already running on 127.0.0.1:$ITO_PG_PORT"
    return
  fi
  mkdir -p "$ITO_PG_DATA" "$ITO_PG_RUN"
  # The server runs as the postgres user, which must be able to reach the project folder.
  local dir="$ITO_LOCAL_DIR"
  while [ "$dir" != "/" ]; do
    runuser -u postgres -- test -x "$dir" 2>/dev/null || chmod o+x "$dir"
    dir=$(dirname "$dir")
  done
  chown -R postgres:postgres "$ITO_LOCAL_DIR/postgres"
  chmod 700 "$ITO_PG_DATA"
  if [ ! -f "$ITO_PG_DATA/PG_VERSION" ]; then
    log "initialising postgres cluster in $ITO_PG_DATA"
    local pwfile; pwfile=$(mktemp); echo "$ITO_PG_PASSWORD" > "$pwfile"; chown postgres "$pwfile"
    runuser -u postgres -- "$ITO_PG_BIN/initdb" -D "$ITO_PG_DATA" -U ito_admin --pwfile="$pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
  fi
  runuser -u postgres -- "$ITO_PG_BIN/pg_ctl" -D "$ITO_PG_DATA" -l "$ITO_PG_LOG" -w -t 60 \
    -o "-p $ITO_PG_PORT -c listen_addresses=127.0.0.1 -k $ITO_PG_RUN -c max_connections=300 -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  wait_until postgres 30 "${psql_admin[@]}" -c 'select 1'
  log "postgres started on 127.0.0.1:$ITO_PG_PORT"
}

start_redis() {
  if redis-cli -h 127.0.0.1 -p "$ITO_REDIS_PORT" --no-auth-warning -a "$ITO_REDIS_PASSWORD" ping 2>/dev/null | grep -q PONG; then
    log "redis already running on 127.0.0.1:$ITO_REDIS_PORT"
    return
  fi
  mkdir -p "$ITO_REDIS_DIR"
  # The password goes through a config file, not the command line (visible in ps).
  umask 077
  printf 'requirepass %s\n' "$ITO_REDIS_PASSWORD" > "$ITO_REDIS_DIR/redis.conf"
  umask 022
  redis-server "$ITO_REDIS_DIR/redis.conf" --port "$ITO_REDIS_PORT" --bind 127.0.0.1 --daemonize yes \
    --dir "$ITO_REDIS_DIR" --save "" --appendonly no --logfile "$ITO_REDIS_DIR/redis.log" \
    --pidfile "$ITO_REDIS_DIR/redis.pid"
  wait_until redis 15 sh -c "redis-cli -h 127.0.0.1 -p $ITO_REDIS_PORT --no-auth-warning -a '$ITO_REDIS_PASSWORD' ping | grep -q PONG"
  log "redis started on 127.0.0.1:$ITO_REDIS_PORT"
}

start_rabbitmq() {
  rabbit_env
  mkdir -p "$HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
  if "$ITO_RABBIT_BIN/rabbitmqctl" -q status >/dev/null 2>&1; then
    log "rabbitmq already running on 127.0.0.1:$ITO_RABBIT_PORT"
  else
    [ -f "$RABBITMQ_ENABLED_PLUGINS_FILE" ] || echo '[].' > "$RABBITMQ_ENABLED_PLUGINS_FILE"
    printf 'loopback_users = none\nlisteners.tcp.default = 127.0.0.1:%s\n' "$ITO_RABBIT_PORT" > "$RABBITMQ_CONFIG_FILE.conf"
    [ -f "$RABBITMQ_ADVANCED_CONFIG_FILE" ] || echo '[].' > "$RABBITMQ_ADVANCED_CONFIG_FILE"
    nohup "$ITO_RABBIT_BIN/rabbitmq-server" > "$ITO_RABBIT_DIR/server.out" 2>&1 &
    local pid=$!
    # await_startup needs the node to be up; until then it fails fast, so poll while the server lives.
    local deadline=$((SECONDS + 90))
    until "$ITO_RABBIT_BIN/rabbitmqctl" -q await_startup --timeout 10 >/dev/null 2>&1; do
      kill -0 "$pid" 2>/dev/null || die "rabbitmq exited during start; see $ITO_RABBIT_DIR/server.out"
      [ $SECONDS -lt $deadline ] || die "rabbitmq did not become ready within 90s; see $ITO_RABBIT_DIR/server.out"
      sleep 1
    done
    log "rabbitmq started on 127.0.0.1:$ITO_RABBIT_PORT"
  fi
  # The application's own user and vhost; the default guest user is removed.
  "$ITO_RABBIT_BIN/rabbitmqctl" -q list_vhosts | grep -qx ito || "$ITO_RABBIT_BIN/rabbitmqctl" -q add_vhost ito
  if "$ITO_RABBIT_BIN/rabbitmqctl" -q list_users | awk '{print $1}' | grep -qx ito; then
    "$ITO_RABBIT_BIN/rabbitmqctl" -q change_password ito "$ITO_RABBIT_PASSWORD" >/dev/null
  else
    "$ITO_RABBIT_BIN/rabbitmqctl" -q add_user ito "$ITO_RABBIT_PASSWORD" >/dev/null
  fi
  "$ITO_RABBIT_BIN/rabbitmqctl" -q set_permissions -p ito ito '.*' '.*' '.*' >/dev/null
  "$ITO_RABBIT_BIN/rabbitmqctl" -q list_users | awk '{print $1}' | grep -qx guest && "$ITO_RABBIT_BIN/rabbitmqctl" -q delete_user guest >/dev/null || true
}

write_infra_json() {
  umask 077
  cat > "$ITO_INFRA_JSON" <<JSON
{
  "Parameters": {
    "postgres-password": "$ITO_PG_PASSWORD",
    "redis-password": "$ITO_REDIS_PASSWORD",
    "rabbitmq-password": "$ITO_RABBIT_PASSWORD"
  },
  "Infrastructure": {
    "Local": {
      "PostgresPort": $ITO_PG_PORT,
      "RedisPort": $ITO_REDIS_PORT,
      "RabbitMqPort": $ITO_RABBIT_PORT,
      "Postgres": "Host=127.0.0.1;Port=$ITO_PG_PORT;Username=ito_admin;Password=$ITO_PG_PASSWORD;Database=postgres",
      "Redis": "127.0.0.1:$ITO_REDIS_PORT,password=$ITO_REDIS_PASSWORD",
      "RabbitMq": "amqp://ito:$ITO_RABBIT_PASSWORD@127.0.0.1:$ITO_RABBIT_PORT/ito"
    }
  }
}
JSON
  umask 022
}

start_postgres
start_redis
start_rabbitmq
write_infra_json
log "ready: postgres 127.0.0.1:$ITO_PG_PORT, redis 127.0.0.1:$ITO_REDIS_PORT, rabbitmq 127.0.0.1:$ITO_RABBIT_PORT (settings in $ITO_INFRA_JSON)"
