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
NAME=screen-vote
# shellcheck source=scripts/bench-app.sh
source scripts/bench-app.sh
bench_build
bench_start
bench_prepare "$RESIDENTS" "$BCRYPT_COST"

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
