# Shared settings for the local (no-container) infrastructure. Sourced by the other scripts.
# Everything lives under one git-ignored folder of the repository: $ITO_LOCAL_DIR (default <repo>/.local).
ITO_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ITO_LOCAL_DIR="${ITO_LOCAL_DIR:-$ITO_REPO_ROOT/.local}"

ITO_PG_PORT="${ITO_PG_PORT:-54329}"
ITO_REDIS_PORT="${ITO_REDIS_PORT:-63790}"
ITO_RABBIT_PORT="${ITO_RABBIT_PORT:-56720}"
ITO_RABBIT_DIST_PORT="${ITO_RABBIT_DIST_PORT:-56721}"
ITO_EPMD_PORT="${ITO_EPMD_PORT:-4369}"
ITO_RABBIT_NODENAME="${ITO_RABBIT_NODENAME:-rabbit@localhost}"

ITO_PG_BIN=/usr/lib/postgresql/15/bin
ITO_PG_DATA="$ITO_LOCAL_DIR/postgres/data"
ITO_PG_RUN="$ITO_LOCAL_DIR/postgres/run"
ITO_PG_LOG="$ITO_LOCAL_DIR/postgres/postgres.log"
ITO_REDIS_DIR="$ITO_LOCAL_DIR/redis"
ITO_RABBIT_DIR="$ITO_LOCAL_DIR/rabbitmq"
ITO_SECRETS="$ITO_LOCAL_DIR/secrets.env"
ITO_INFRA_JSON="$ITO_LOCAL_DIR/infra.json"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

# Debian's /usr/sbin wrappers switch to the rabbitmq user; the bin/ scripts run as we are, with our HOME and cookie.
ITO_RABBIT_BIN=/usr/lib/rabbitmq/bin

rabbit_env() {
  export HOME="$ITO_RABBIT_DIR/home"
  export RABBITMQ_NODENAME="$ITO_RABBIT_NODENAME"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$ITO_RABBIT_PORT"
  export RABBITMQ_DIST_PORT="$ITO_RABBIT_DIST_PORT"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export ERL_EPMD_PORT="$ITO_EPMD_PORT"
  export RABBITMQ_MNESIA_BASE="$ITO_RABBIT_DIR/mnesia"
  export RABBITMQ_LOG_BASE="$ITO_RABBIT_DIR/log"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$ITO_RABBIT_DIR/enabled_plugins"
  export RABBITMQ_CONFIG_FILE="$ITO_RABBIT_DIR/rabbitmq"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$ITO_RABBIT_DIR/advanced.config"
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}
