#!/usr/bin/env bash
# rabbitmqctl against the local broker started by start.sh (tests use it for vhosts and broker-outage tests).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
rabbit_env
exec "$ITO_RABBIT_BIN/rabbitmqctl" -q "$@"
