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
JAR=${JAR:-$DATA/build/target/community-journeys-0.1.0-SNAPSHOT.jar}
JDBC="jdbc:postgresql://localhost:${PGPORT}/postgres"
APP_PID=""

log() { echo "[session-memory] $*"; }
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$DATA"; else log "data kept in $DATA"; fi
}
trap cleanup EXIT

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update && apt-get install -y chromium chromium-driver
fi
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # a production jar (the browser needs its frontend bundle), built from a copy of the tracked files
  # so the production build leaves this checkout as it was
  log "building the production jar in $DATA/build"
  mkdir -p "$DATA/build"
  git ls-files -z | tar --null -cf - -T - | tar -xf - -C "$DATA/build"
  (cd "$DATA/build" && ./mvnw -B -q -Pproduction -DskipTests -Djacoco.skip=true package)
fi
./mvnw -B -q test-compile -Djacoco.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$DATA/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$DATA/cp.txt")"

log "starting the app (heap $HEAP, port $PORT, database port $PGPORT, data in $DATA)"
java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" \
  --communityjourneys.embedded-db.directory="$DATA/pg" \
  --communityjourneys.embedded-db.port="$PGPORT" \
  --communityjourneys.demo.journey=false --communityjourneys.demo.finished-journey=false >>"$DATA/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 900); do
  if curl -fs "http://localhost:${PORT}/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then log "the app did not start; see $DATA/app.log"; KEEP=1; exit 2; fi
  sleep 1
done

log "preparing $((SESSIONS + 1)) residents"
read -r JOURNEY _ PREFIX < <(java -cp "$CP" org.communityjourneys.voting.bench.BallotLoadDriver prepare --jdbc "$JDBC" \
  --residents "$((SESSIONS + 1))" --bcrypt-cost 4 | sed -E 's/journey=([^ ]+) ideas=([^ ]+) prefix=([^ ]+)/\1 \2 \3/')
uptime
java -cp "$CP" org.communityjourneys.browser.SessionMemoryProbe "http://localhost:${PORT}" "$APP_PID" "$JOURNEY" "$PREFIX" \
  "$SESSIONS" "$DATA/screenshots"
uptime
if [[ "${KEEP:-0}" == 1 ]]; then log "screenshots in $DATA/screenshots"; fi
