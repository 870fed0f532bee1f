#!/usr/bin/env bash
# Residents voting through the Vaadin screens (docs/benchmarks.md, "Voting through the screens").
#
#   scripts/screen-vote-benchmark.sh                        # builds the production jar, then 100 250 500 1000
#   SKIP_BUILD=1 JAR=path/to/production.jar LEVELS="250 500" SECONDS_=120 scripts/screen-vote-benchmark.sh
#
# Starts the packaged production jar on a fresh, durable embedded PostgreSQL (fsync and
# synchronous_commit on, as the app's default), prepares an open vote and RESIDENTS verified
# residents straight in the database (BallotLoadDriver prepare, passwords hashed with bcrypt cost
# BCRYPT_COST, 10 as for a real account), then for each concurrency in LEVELS runs ScreenVoteDriver:
# that many residents at once log in on the login form, open the vote page, tick PICKS ideas,
# cast, confirm and read the receipt over Vaadin's own client protocol (UIDL), thinking THINK_MS
# (on average) before each step, for SECONDS_ seconds; then BallotLoadDriver check proves every
# confirmed receipt is stored once. Each level uses residents no earlier level used.
#
# Settings (environment): PORT (8149), PGPORT (54349), HEAP (4g), LEVELS ("100 250 500 1000"),
# SECONDS_ (180), THINK_MS (5000), RAMP (60 seconds over which a level's residents start), PICKS (2),
# RESIDENTS (40000), BCRYPT_COST (10), JAR, SKIP_BUILD=1, KEEP=1 keeps the data folder.
# `uptime` is printed before and after each level: note the load with the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8149}
PGPORT=${PGPORT:-54349}
HEAP=${HEAP:-4g}
LEVELS=${LEVELS:-100 250 500 1000}
SECONDS_=${SECONDS_:-180}
THINK_MS=${THINK_MS:-5000}
RAMP=${RAMP:-60}
PICKS=${PICKS:-2}
RESIDENTS=${RESIDENTS:-40000}
BCRYPT_COST=${BCRYPT_COST:-10}
DATA=$(mktemp -d /tmp/cj-screen-vote.XXXXXX)
JAR=${JAR:-$DATA/build/target/community-journeys-0.1.0-SNAPSHOT.jar}
JDBC="jdbc:postgresql://localhost:${PGPORT}/postgres"
APP_PID=""

log() { echo "[screen-vote] $*"; }
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$DATA"; else log "data kept in $DATA"; fi
}
trap cleanup EXIT

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # production mode, as residents get it; built from a copy of the tracked files so that the
  # production build leaves this checkout as it was
  log "building the production jar in $DATA/build"
  mkdir -p "$DATA/build"
  git ls-files -z | tar --null -cf - -T - | tar -xf - -C "$DATA/build"
  (cd "$DATA/build" && ./mvnw -B -q -Pproduction -DskipTests -Djacoco.skip=true package)
fi
./mvnw -B -q test-compile -Djacoco.skip=true
# not offline: on a fresh machine the dependency plugin itself is fetched here first
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$DATA/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$DATA/cp.txt")"

log "starting the app (heap $HEAP, port $PORT, database port $PGPORT, data in $DATA)"
java -Xmx"$HEAP" -Xlog:gc:file="$DATA/gc.log" -jar "$JAR" --server.port="$PORT" \
  --communityjourneys.embedded-db.directory="$DATA/pg" \
  --communityjourneys.embedded-db.port="$PGPORT" \
  --communityjourneys.demo.journey=false --communityjourneys.demo.finished-journey=false >>"$DATA/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 900); do
  if curl -fs "http://localhost:${PORT}/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then log "the app did not start; see $DATA/app.log"; KEEP=1; exit 2; fi
  sleep 1
done

log "preparing $RESIDENTS residents (bcrypt cost $BCRYPT_COST)"
read -r JOURNEY _ PREFIX < <(java -cp "$CP" org.communityjourneys.voting.bench.BallotLoadDriver prepare --jdbc "$JDBC" \
  --residents "$RESIDENTS" --bcrypt-cost "$BCRYPT_COST" | sed -E 's/journey=([^ ]+) ideas=([^ ]+) prefix=([^ ]+)/\1 \2 \3/')

FIRST=0
for LEVEL in $LEVELS; do
  log "$LEVEL residents at once, from resident $FIRST"
  uptime
  java -cp "$CP" org.communityjourneys.voting.bench.ScreenVoteDriver --url "http://localhost:${PORT}/" \
    --journey "$JOURNEY" --prefix "$PREFIX" --residents "$RESIDENTS" --first "$FIRST" --concurrency "$LEVEL" \
    --think-ms "$THINK_MS" --ramp-seconds "$RAMP" --seconds "$SECONDS_" --picks "$PICKS" \
    --receipts "$DATA/receipts.tsv" | tee "$DATA/level-$LEVEL.txt"
  uptime
  # the next level starts after every resident this one started (voted or failed)
  FIRST=$(( FIRST + $(grep -o '[0-9]* residents started' "$DATA/level-$LEVEL.txt" | cut -d' ' -f1) ))
done
log "every confirmed ballot stored?"
java -cp "$CP" org.communityjourneys.voting.bench.BallotLoadDriver check --jdbc "$JDBC" --url "http://localhost:${PORT}" \
  --journey "$JOURNEY" --receipts "$DATA/receipts.tsv"
log "longest garbage-collection pauses (ms):"
grep -o 'Pause[^)]*) [0-9.]*ms' "$DATA/gc.log" | awk '{print $NF}' | sort -n | tail -3 | tr '\n' ' '; echo
