#!/usr/bin/env bash
# Runs every test: installs what is missing (PostgreSQL, Redis, RabbitMQ, Chromium), starts the servers unless a
# container engine answers (then Testcontainers is used), builds the solution and runs all test projects.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ITO_REPO_ROOT"

command -v dotnet >/dev/null || die "the .NET SDK 10 is required (dotnet not found)"
"$ITO_REPO_ROOT/deploy/local/install.sh" chromium libgomp1
if ! docker info >/dev/null 2>&1; then
  "$ITO_REPO_ROOT/deploy/local/start.sh"
  export ITO_TEST_INFRASTRUCTURE=local
fi

dotnet tool restore >/dev/null
dotnet build Ito.Aspire.sln -nologo -clp:ErrorsOnly

results="$ITO_LOCAL_DIR/test-results"
rm -rf "$results"
mkdir -p "$results"
# One test project at a time: the broker-outage test stops the shared RabbitMQ, and two cores gain nothing
# from running several Aspire-hosted systems at once.
set +e
dotnet test Ito.Aspire.sln --no-build -m:1 --logger "trx" --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}
set -e

summary=$(grep -hoE '(Passed|Failed)!? +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$results/console.log" \
  | awk -F'[:,]' '{f+=$2; p+=$4; s+=$6} END {printf "%d passed, %d failed, %d skipped", p, f, s}')
echo "Tests: ${summary:-0 passed, 0 failed, 0 skipped}"
exit "$status"
