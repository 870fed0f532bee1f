#!/usr/bin/env bash
# Casting ballots over HTTP: starts the packaged app on a fresh, durable embedded PostgreSQL,
# prepares residents with an open vote, casts for SECONDS with CLIENTS clients and prints the
# driver's throughput, p50 and p99 and the CPU milliseconds per confirmed ballot spent by the app,
# by PostgreSQL and by the driver itself.
#
#   scripts/cast-benchmark.sh                         # build, 170,000 residents, 20 clients, 300 s
#   SKIP_BUILD=1 SECONDS_=60 RESIDENTS=40000 scripts/cast-benchmark.sh
#   SKIP_BUILD=1 JFR=1 SECONDS_=30 scripts/cast-benchmark.sh   # also records target/cast.jfr
#   RATE=250 RESIDENTS=90000 scripts/cast-benchmark.sh            # 250 ballots/s offered for 300 s
#
# Settings (environment): PORT (app, 8147), PGPORT (embedded PostgreSQL, 54347), RESIDENTS
# (170000), CLIENTS (20), SECONDS_ (300), WARMUP (seconds of casting before the measurement, with
# the last 10,000 residents, 30), BCRYPT_COST (4), AUTH (token: residents log in once with
# POST /api/login before the casting is measured, and the login is measured apart; basic: every
# ballot carries the password, so each ballot includes a login), LOGINS (residents logged in for
# the measured run, SECONDS_ x 500 at most; when the casting ends before SECONDS_, they had all
# voted: raise RESIDENTS), RATE (ballots per second offered in all, e.g. 250: the
# clients then keep that pace for SECONDS_ instead of casting as fast as they can, and each ballot's
# time counts from the moment it was due; LOGINS defaults to RATE x SECONDS_ + 1,000), CLIENT (socket:
# each client keeps one plain socket alive, KeepAliveConnection, which leaves the two cores to the app
# and PostgreSQL, after warming its own code for 10 s on GET /actuator/health, so that a cold driver
# does not slow the first seconds; jdk: the JDK's HttpClient, as measured before 7 December 2026), JAR, SKIP_BUILD=1,
# JFR=1, KEEP=1 keeps the data folder. `uptime` is printed before and after: note the load with the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8147}
PGPORT=${PGPORT:-54347}
RESIDENTS=${RESIDENTS:-170000}
WARMUP_RESIDENTS=10000 # the last 10,000 residents are kept for the warm-up
CLIENTS=${CLIENTS:-20}
SECONDS_=${SECONDS_:-300}
BCRYPT_COST=${BCRYPT_COST:-4}
AUTH=${AUTH:-token}
CLIENT=${CLIENT:-socket}
JAR=${JAR:-target/community-journeys-0.1.0-SNAPSHOT.jar}
DATA=$(mktemp -d /tmp/cj-cast-bench.XXXXXX)
JDBC="jdbc:postgresql://localhost:${PGPORT}/postgres"
APP_PID=""

log() { echo "[cast-bench] $*"; }

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

# CPU ticks (utime + stime) of one process, or of the PostgreSQL server: the postmaster and its
# current backends, plus what finished backends left in the postmaster's cutime/cstime.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_ticks() {
  local postmaster=$1 total
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")
  for child in $(pgrep -P "$postmaster"); do
    total=$((total + $(ticks "$child" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

JAVA_OPTS=("-Xlog:gc:file=$DATA/gc.log")
if [[ "${JFR:-0}" == 1 ]]; then
  JAVA_OPTS+=("-XX:StartFlightRecording=filename=target/cast.jfr,settings=profile,dumponexit=true")
fi
log "starting the app (port $PORT, database port $PGPORT, data in $DATA)"
java "${JAVA_OPTS[@]}" -jar "$JAR" --server.port="$PORT" \
  --communityjourneys.embedded-db.directory="$DATA/pg" \
  --communityjourneys.embedded-db.port="$PGPORT" \
  --communityjourneys.demo.journey=false >>"$DATA/app.log" 2>&1 &
APP_PID=$!
STARTED=0
for _ in $(seq 1 900); do
  if curl -fs "http://localhost:${PORT}/actuator/health" >/dev/null 2>&1; then STARTED=1; break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then log "the app did not start; see $DATA/app.log"; KEEP=1; exit 2; fi
  sleep 1
done
if [[ "$STARTED" != 1 ]]; then log "the app did not answer within 900 s; see $DATA/app.log"; KEEP=1; exit 2; fi

log "preparing $RESIDENTS residents (bcrypt cost $BCRYPT_COST)"
read -r JOURNEY IDEAS PREFIX < <(driver prepare --jdbc "$JDBC" --residents "$RESIDENTS" --bcrypt-cost "$BCRYPT_COST" \
  | sed -E 's/journey=([^ ]+) ideas=([^ ]+) prefix=([^ ]+)/\1 \2 \3/')
POSTMASTER=$(head -1 "$DATA/pg/postmaster.pid")
sleep 5 # let the database settle after the bulk insert
HZ=$(getconf CLK_TCK)
cast() { # cast FIRST LAST SECONDS [--tokens FILE]: one ballot each for residents FIRST .. LAST-1
  driver load --url "http://localhost:${PORT}" --journey "$JOURNEY" --ideas "$IDEAS" --prefix "$PREFIX" \
    --first "$1" --residents "$2" --clients "$CLIENTS" --seconds "$3" --client "$CLIENT" "${@:4}"
}
login() { # login FIRST LAST FILE
  driver login --url "http://localhost:${PORT}" --prefix "$PREFIX" --first "$1" --residents "$2" \
    --clients "$CLIENTS" --tokens "$3"
}
# measure WHAT COMMAND...: runs the command, then prints the app's and PostgreSQL's CPU per WHAT
# (the count is the number after "ballots=" or "logins=" in the command's output)
measure() {
  local what=$1; shift
  log "load before: $(uptime)"
  local app_before pg_before app_after pg_after count
  app_before=$(ticks "$APP_PID"); pg_before=$(pg_ticks "$POSTMASTER")
  "$@" | tee "$DATA/measure.log"
  app_after=$(ticks "$APP_PID"); pg_after=$(pg_ticks "$POSTMASTER")
  log "load after: $(uptime)"
  count=$(sed -nE 's/.* '"$what"'s=([0-9]+) .*/\1/p; s/^'"$what"'s=([0-9]+) .*/\1/p' "$DATA/measure.log" | head -1)
  awk -v a=$((app_after - app_before)) -v p=$((pg_after - pg_before)) -v n="${count:-0}" -v hz="$HZ" -v what="$what" 'BEGIN {
    if (n == 0) { print "[cast-bench] nothing counted"; exit }
    printf "[cast-bench] CPU per %s: app %.2f ms, PostgreSQL %.2f ms (%d %ss)\n", what, a * 1000 / hz / n, p * 1000 / hz / n, n, what }'
}

MEASURED=$((RESIDENTS - WARMUP_RESIDENTS))
if [[ "${WARMUP:-30}" -gt 0 ]]; then
  log "warming up for ${WARMUP:-30} s with the last $WARMUP_RESIDENTS residents (not measured)"
  if [[ "$AUTH" == token ]]; then
    login "$MEASURED" "$RESIDENTS" "$DATA/warmup-tokens.tsv" | head -1
    cast "$MEASURED" "$RESIDENTS" "${WARMUP:-30}" --tokens "$DATA/warmup-tokens.tsv" | head -1
  else
    cast "$MEASURED" "$RESIDENTS" "${WARMUP:-30}" | head -1
  fi
fi
if [[ "$AUTH" == token ]]; then
  if [[ -n "${RATE:-}" ]]; then
    LOGINS=${LOGINS:-$((RATE * SECONDS_ + 1000 < MEASURED ? RATE * SECONDS_ + 1000 : MEASURED))}
  fi
  LOGINS=${LOGINS:-$((SECONDS_ * 500 < MEASURED ? SECONDS_ * 500 : MEASURED))}
  log "logging $LOGINS residents in (POST /api/login, HTTP Basic, bcrypt cost $BCRYPT_COST): measured apart"
  measure login login 0 "$LOGINS" "$DATA/tokens.tsv"
  log "casting for $SECONDS_ s with $CLIENTS clients${RATE:+ at $RATE ballots/s}, each ballot with its resident's token"
  measure ballot cast 0 "$LOGINS" "$SECONDS_" --tokens "$DATA/tokens.tsv" ${RATE:+--rate "$RATE"}
else
  log "casting for $SECONDS_ s with $CLIENTS clients, each ballot with HTTP Basic (a login per ballot)"
  measure ballot cast 0 "$MEASURED" "$SECONDS_"
fi
if [[ "${JFR:-0}" == 1 ]]; then
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  log "flight recording in target/cast.jfr"
fi
# what may explain slow seconds: the app's longest garbage-collection pauses and PostgreSQL's checkpoints
log "longest garbage-collection pauses (ms): $(grep -E 'Pause' "$DATA/gc.log" | grep -o '[0-9.]*ms$' | tr -d 'ms' \
  | sort -n | tail -5 | tr '\n' ' ')"
grep -E 'Pause' "$DATA/gc.log" | awk '{ v = $NF; sub(/ms$/, "", v); if (v + 0 > 100) print "[cast-bench]   " $0 }' || true
grep -E 'checkpoint (starting|complete)' "$DATA/app.log" | sed -E 's/^/[cast-bench]   /' | tail -12 || true
