# Shared by the screen benchmarks (screen-vote-benchmark.sh, session-memory.sh, idle-sessions.sh);
# sourced, not run. The caller sets NAME, PORT, PGPORT, HEAP and DATA (a fresh folder) first and
# may set JAR, SKIP_BUILD=1, KEEP=1 and JAVA_OPTIONS (extra JVM options for the app).
# After `bench_build` and `bench_start`: CP is the test classpath, APP_PID the app, JDBC its database.

JAR=${JAR:-$DATA/build/target/community-journeys-0.1.0-SNAPSHOT.jar}
JDBC="jdbc:postgresql://localhost:${PGPORT}/postgres"
APP_PID=""

log() { echo "[$NAME] $*"; }
bench_cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$DATA"; else log "data kept in $DATA"; fi
}
trap bench_cleanup EXIT

# The production jar (as residents get it: the browser needs its frontend bundle), built from the
# last commit (git archive HEAD, so the jar is that commit's, whatever is being edited, and the
# production build leaves this checkout as it was); then the test classes and their classpath (not
# offline: on a fresh machine the dependency plugin is fetched here).
bench_build() {
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    log "building the production jar in $DATA/build"
    mkdir -p "$DATA/build"
    git archive HEAD | tar -xf - -C "$DATA/build"
    (cd "$DATA/build" && ./mvnw -B -q -Pproduction -DskipTests -Djacoco.skip=true package)
  fi
  ./mvnw -B -q test-compile -Djacoco.skip=true
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$DATA/cp.txt" -Dmdep.includeScope=test >/dev/null
  CP="target/test-classes:target/classes:$(cat "$DATA/cp.txt")"
}

# Starts the jar on a fresh, durable embedded PostgreSQL (fsync and synchronous_commit on, as the
# app's default) without the demo journeys, its GC log in $DATA/gc.log, and waits until it is healthy.
bench_start() {
  log "starting the app (heap $HEAP, port $PORT, database port $PGPORT, data in $DATA)"
  # shellcheck disable=SC2086
  java -Xmx"$HEAP" -Xlog:gc:file="$DATA/gc.log" ${JAVA_OPTIONS:-} -jar "$JAR" --server.port="$PORT" \
    --communityjourneys.embedded-db.directory="$DATA/pg" \
    --communityjourneys.embedded-db.port="$PGPORT" \
    --communityjourneys.demo.journey=false --communityjourneys.demo.finished-journey=false >>"$DATA/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 900); do
    if curl -fs "http://localhost:${PORT}/actuator/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then log "the app did not start; see $DATA/app.log"; KEEP=1; exit 2; fi
    sleep 1
  done
  log "the app did not become healthy in 15 minutes; see $DATA/app.log"; KEEP=1; exit 2
}

# An open vote and N verified residents straight in the database (BallotLoadDriver prepare):
# sets JOURNEY and PREFIX. Passwords hashed with bcrypt cost $2 (10 as for a real account).
bench_prepare() {
  log "preparing $1 residents (bcrypt cost $2)"
  read -r JOURNEY _ PREFIX < <(java -cp "$CP" org.communityjourneys.voting.bench.BallotLoadDriver prepare --jdbc "$JDBC" \
    --residents "$1" --bcrypt-cost "$2" | sed -E 's/journey=([^ ]+) ideas=([^ ]+) prefix=([^ ]+)/\1 \2 \3/')
}
