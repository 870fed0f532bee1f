#!/usr/bin/env bash
# Heap held per signed-in resident on the ballot page (docs/benchmarks.md, "Memory per session").
#
#   scripts/session-memory.sh                 # builds the jar, then 100 sessions
#   SKIP_BUILD=1 JAR=path/to/production.jar SESSIONS=40 scripts/session-memory.sh
#
# Starts the packaged jar on a fresh, durable embedded PostgreSQL (ports 8148 and 54348, heap
# HEAP, default 2g), prepares an open vote and SESSIONS + 1 verified residents straight in the
# database (BallotLoadDriver prepare), then SessionMemoryProbe logs each resident in with a fresh
# headless Chromium, opens the ballot and kills the browser (the session and its UI stay on the
# server, as for a resident with the page open), and compares the app's live heap (jcmd
# GC.class_histogram, after a full collection) before and after. Needs Debian's chromium and
# chromium-driver (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8148}
PGPORT=${PGPORT:-54348}
SESSIONS=${SESSIONS:-100}
HEAP=${HEAP:-2g}
DATA=$(mktemp -d /tmp/cj-session-memory.XXXXXX)
NAME=session-memory
# shellcheck source=scripts/bench-app.sh
source scripts/bench-app.sh

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update && apt-get install -y chromium chromium-driver
fi
bench_build
bench_start
bench_prepare "$((SESSIONS + 1))" 4
uptime
java -cp "$CP" org.communityjourneys.browser.SessionMemoryProbe "http://localhost:${PORT}" "$APP_PID" "$JOURNEY" "$PREFIX" \
  "$SESSIONS" "$DATA/screenshots"
uptime
if [[ "${KEEP:-0}" == 1 ]]; then log "screenshots in $DATA/screenshots"; fi
