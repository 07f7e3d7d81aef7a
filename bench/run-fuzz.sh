#!/usr/bin/env bash
# Runs the API fuzz harness with a larger budget than CI (default 1,000,000 requests).
# Usage: bench/run-fuzz.sh [requests] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o test -Dtest='ApiFuzzIntegrationTests' -Dsurefire.failIfNoSpecifiedTests=false \
	-Dfuzz.requests="${1:-1000000}" -Dfuzz.seed="${2:-19}"
