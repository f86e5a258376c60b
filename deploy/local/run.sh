#!/usr/bin/env bash
# Runs the whole system: infrastructure (local processes unless a container engine answers), the AppHost with
# the Aspire dashboard, the gateway, every service and the exchange simulator. Ctrl+C stops the AppHost; the
# servers keep running (deploy/local/stop.sh stops them).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ITO_REPO_ROOT"

command -v dotnet >/dev/null || die "the .NET SDK 10 is required (dotnet not found)"
if ! docker info >/dev/null 2>&1; then
  "$ITO_REPO_ROOT/deploy/local/start.sh"
fi
dotnet tool restore >/dev/null

# The dashboard runs on fixed local ports over plain http (no developer certificate needed).
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:18888}"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://localhost:18889}"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://localhost:18890}"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true

log "starting the AppHost; the dashboard login URL follows (gateway: http://localhost:5200)"
exec dotnet run --project AppHost --launch-profile http
