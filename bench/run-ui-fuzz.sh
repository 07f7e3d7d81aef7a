#!/usr/bin/env bash
# Runs the UI form fuzz harness with a larger budget than CI (default 1,000,000 form posts).
# Usage: bench/run-ui-fuzz.sh [requests] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o test -Dtest='UiFormFuzzIntegrationTests' -Dsurefire.failIfNoSpecifiedTests=false \
	-Dfuzz.ui.requests="${1:-1000000}" -Dfuzz.seed="${2:-19}"
