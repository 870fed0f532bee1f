#!/usr/bin/env bash
# Nothing acknowledged is ever lost: casts ballots over HTTP against the packaged app on the
# embedded (durable) database, kills the app and its database with kill -9 mid-way, restarts
# it on the same data folder and checks that every ballot whose receipt the app confirmed is
# stored exactly once (and that ballots and "has voted" records still agree).
#
#   scripts/kill-during-vote.sh            # build, then run with the defaults below
#   JAR=target/community-journeys-0.1.0-SNAPSHOT.jar SKIP_BUILD=1 scripts/kill-during-vote.sh
#
# Settings (environment): PORT (app, 8189), PGPORT (embedded PostgreSQL, 54329),
# KILL_AFTER (seconds of casting before kill -9, 20), CLIENTS (concurrent voters, 4),
# KEEP=1 keeps the data folder. Exit status 0 when nothing was lost.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8189}
PGPORT=${PGPORT:-54329}
KILL_AFTER=${KILL_AFTER:-20}
CLIENTS=${CLIENTS:-4}
JAR=${JAR:-target/community-journeys-0.1.0-SNAPSHOT.jar}
DATA=$(mktemp -d /tmp/cj-kill-test.XXXXXX)
JDBC="jdbc:postgresql://localhost:${PGPORT}/postgres"
APP_PID=""

log() { echo "[kill-test] $*"; }

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$DATA"; else log "data kept in $DATA"; fi
}
trap cleanup EXIT

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "building the app and the driver"
  ./mvnw -B -q -DskipTests -Djacoco.skip=true package
fi
./mvnw -B -q test-compile -Djacoco.skip=true
# not offline: on a fresh machine the dependency plugin itself is fetched here first
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$DATA/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$DATA/cp.txt")"
driver() { java -cp "$CP" org.communityjourneys.voting.bench.BallotLoadDriver "$@"; }

start_app() {
  java -jar "$JAR" --server.port="$PORT" \
    --communityjourneys.embedded-db.directory="$DATA/pg" \
    --communityjourneys.embedded-db.port="$PGPORT" \
    --communityjourneys.demo.journey=false >>"$DATA/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    if curl -fs "http://localhost:${PORT}/actuator/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then log "the app did not start; see $DATA/app.log"; KEEP=1; exit 2; fi
    sleep 1
  done
  log "the app did not answer within 300 s"; KEEP=1; exit 2
}

log "starting the app (port $PORT, database port $PGPORT, data in $DATA)"
start_app
read -r JOURNEY IDEAS PREFIX < <(driver prepare --jdbc "$JDBC" --residents 200000 --bcrypt-cost 4 \
  | sed -E 's/journey=([^ ]+) ideas=([^ ]+) prefix=([^ ]+)/\1 \2 \3/')
log "journey $JOURNEY with an open vote; casting with $CLIENTS clients, kill -9 after ${KILL_AFTER}s"

driver cast --url "http://localhost:${PORT}" --journey "$JOURNEY" --ideas "$IDEAS" --prefix "$PREFIX" \
  --residents 200000 --clients "$CLIENTS" --receipts "$DATA/receipts.tsv" >"$DATA/cast.log" 2>&1 &
CAST_PID=$!
sleep "$KILL_AFTER"

POSTMASTER=$(head -1 "$DATA/pg/postmaster.pid")
log "kill -9 the app (pid $APP_PID) and its database (postmaster $POSTMASTER) after $(wc -l <"$DATA/receipts.tsv") confirmed ballots"
kill -9 "$APP_PID" "$POSTMASTER"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
wait "$CAST_PID" || true
cat "$DATA/cast.log"
for _ in $(seq 1 30); do pgrep -f "$DATA/pg" >/dev/null || break; sleep 1; done

log "restarting on the same data folder"
start_app
if driver check --jdbc "$JDBC" --url "http://localhost:${PORT}" --journey "$JOURNEY" --receipts "$DATA/receipts.tsv"; then
  log "PASS: every confirmed ballot survived, exactly once"
else
  log "FAIL: see above"; KEEP=1; exit 1
fi
