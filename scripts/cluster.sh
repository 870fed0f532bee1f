#!/usr/bin/env bash
# A real cluster on this machine, as in production: Debian's PostgreSQL, two app nodes from the
# packaged jar (production profile, job executors on), Debian's HAProxy in front with sticky
# sessions by cookie, health checks on /actuator/health/readiness and draining on shutdown. All on
# loopback ports; the packages are installed when missing (as root, apt-get). docs/operations.md
# explains the settings.
#
#   scripts/cluster.sh up            start PostgreSQL, both nodes at the same moment, and HAProxy
#   scripts/cluster.sh first-start   check that the parallel first start made one of everything
#   scripts/cluster.sh jobs          10,000 reminder timers due at once, then 10,000 async jobs, then
#                                    10,000 async jobs ten to an instance, on both nodes
#   scripts/cluster.sh failures      kill -9 a node holding locked jobs while ballots are cast, then restart
#                                    PostgreSQL while ballots are cast; back up and restore into a fresh
#                                    database and start a node on it
#   scripts/cluster.sh browser       a resident's browser session while its node is stopped gracefully
#   scripts/cluster.sh studio-together  two governance leads deploy the same change at once, on node a and node b
#   scripts/cluster.sh clocks        restart both nodes with clocks 2 s apart: timers made before fire
#                                    after, on either node; ballots at the close +/- 50 ms on both nodes
#   scripts/cluster.sh test          up, first-start, jobs, failures, browser, studio-together, clocks, down (what CI runs)
#   scripts/cluster.sh stop-node a   graceful stop (draining) of one node; start-node a starts it
#   scripts/cluster.sh down          stop everything and delete the cluster's folder
#
# Settings (environment): CLUSTER_DIR (/tmp/cj-cluster), PGPORT (55432), LB_PORT (8280),
# NODE_A_PORT (8281), NODE_B_PORT (8282), JOB_LOCK_MS (60000: a killed node's jobs are taken over
# after this), SKIP_BUILD=1 (reuse the jar built last time in $CLUSTER_DIR/build), DRILL_JOBS (10000),
# STUDIO_JOURNEYS (4) and STUDIO_REMINDER (R/PT3M): the journeys launched on the studio's version in "clocks".
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${CLUSTER_DIR:-/tmp/cj-cluster}
PGPORT=${PGPORT:-55432}
LB_PORT=${LB_PORT:-8280}
NODE_A_PORT=${NODE_A_PORT:-8281}
NODE_B_PORT=${NODE_B_PORT:-8282}
NODE_C_PORT=${NODE_C_PORT:-8283}
JAR=${JAR:-$DIR/build/target/community-journeys-0.1.0-SNAPSHOT.jar}
JOB_LOCK_MS=${JOB_LOCK_MS:-60000}
DRILL_JOBS=${DRILL_JOBS:-10000}
STUDIO_JOURNEYS=${STUDIO_JOURNEYS:-4}
STUDIO_REMINDER=${STUDIO_REMINDER:-R/PT3M}
declare -A NODE_CLOCK=()   # a node's clock offset (e.g. 1s, -1s; the drill's clock-offset), empty: the machine's clock
DB=communityjourneys
DB_USER=journeys
DB_PASSWORD=cluster-test-password
JDBC="jdbc:postgresql://127.0.0.1:${PGPORT}/${DB}"

log() { echo "[cluster] $*"; }

# ---------------------------------------------------------------------------- packages and build

install_packages() {
  local missing=()
  command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if ((${#missing[@]})); then
    if [[ $(id -u) != 0 ]]; then log "missing: ${missing[*]} (install them, or run as root)"; exit 2; fi
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
  fi
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
}

build() {
  # built in a copy of the tracked files, so the production frontend never lands in this checkout's target/
  if [[ "${SKIP_BUILD:-0}" == 1 && -f "$JAR" ]]; then return; fi
  log "building the production jar and the load driver in $DIR/build (./mvnw -Pproduction package)"
  rm -rf "$DIR/build"
  mkdir -p "$DIR/build"
  git ls-files -z | tar --null -cf - -T - | tar -xf - -C "$DIR/build"
  (cd "$DIR/build" && ./mvnw -B -q -Pproduction -DskipTests package \
    && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$DIR/build/driver-cp.txt" -Dmdep.includeScope=test >/dev/null)
}

on_test_classpath() {
  java -cp "$DIR/build/target/test-classes:$DIR/build/target/classes:$(cat "$DIR/build/driver-cp.txt")" "$@"
}

driver() { on_test_classpath org.communityjourneys.voting.bench.BallotLoadDriver "$@"; }

# the cluster drill's processes, started straight on the database (ClusterDrillDriver)
drill() { on_test_classpath org.communityjourneys.workflow.bench.ClusterDrillDriver "$@" --jdbc "$JDBC" --user "$DB_USER" --password "$DB_PASSWORD"; }

# ---------------------------------------------------------------------------- PostgreSQL

as_postgres() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  as_postgres "$PGBIN/pg_ctl" -D "$DIR/pg" -l "$DIR/postgres.log" -w -t 60 \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $DIR/sock -c max_connections=200 -c fsync=on -c synchronous_commit=on" start >/dev/null
}

pg_up() {
  mkdir -p "$DIR/sock"
  if [[ $(id -u) == 0 ]]; then chown postgres "$DIR" "$DIR/sock"; fi
  if [[ ! -f "$DIR/pg/PG_VERSION" ]]; then
    as_postgres "$PGBIN/initdb" -D "$DIR/pg" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  pg_start
  psql_admin -c "create role $DB_USER login password '$DB_PASSWORD'" >/dev/null
  psql_admin -c "create database $DB owner $DB_USER" >/dev/null
  log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT (data in $DIR/pg)"
}

psql_admin() { psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
psql_app() { PGPASSWORD=$DB_PASSWORD psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U "$DB_USER" -d "$DB" -v ON_ERROR_STOP=1 "$@"; }

# ---------------------------------------------------------------------------- nodes

node_port() {
  case $1 in a) echo "$NODE_A_PORT" ;; b) echo "$NODE_B_PORT" ;; *) echo "$NODE_C_PORT" ;; esac
}

start_node() {
  local name=$1 port database=${2:-$DB} clock=()
  port=$(node_port "$name")
  if [[ -n "${NODE_CLOCK[$name]:-}" ]]; then
    # the engine's and the services' clock (DrillClock); libfaketime on the JVM made a start take 215 s instead of 35
    clock=(--communityjourneys.cluster-drill.clock-offset="${NODE_CLOCK[$name]}")
    log "node $name runs with its clock ${NODE_CLOCK[$name]} from the machine's and the database's"
  fi
  SPRING_PROFILES_ACTIVE=production \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${PGPORT}/${database}" SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
  CJ_ADMIN_PASSWORD=cluster-admin-password \
  CJ_API_TOKEN_SECRET=cluster-api-token-secret-the-same-on-every-node \
  CJ_PSEUDONYM_SECRET=cluster-pseudonym-secret-kept-out-of-backups-1 \
  CJ_BALLOT_SEALING_SECRET=cluster-ballot-sealing-secret-kept-out-of-backups \
  CJ_PUBLIC_URL="http://127.0.0.1:$LB_PORT" \
  nohup java -Xmx768m -jar "$JAR" --server.port="$port" "${clock[@]}" \
    --camunda.bpm.job-execution.lock-time-in-millis="$JOB_LOCK_MS" \
    --communityjourneys.node-name="$name" --communityjourneys.cluster-drill.enabled=true \
    --camunda.bpm.generic-properties.properties.hostname="node-$name" \
    --spring.datasource.hikari.maximum-pool-size=20 >>"$DIR/node-$name.log" 2>&1 &
  echo $! >"$DIR/node-$name.pid"
}

wait_ready() {
  local name=$1 port
  port=$(node_port "$name")
  for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$(cat "$DIR/node-$name.pid")" 2>/dev/null; then log "node $name did not start; see $DIR/node-$name.log"; tail -30 "$DIR/node-$name.log"; exit 2; fi
    sleep 1
  done
  log "node $name was not ready within 300 s"; exit 2
}

stop_node() {
  local name=$1 pid
  pid=$(cat "$DIR/node-$name.pid" 2>/dev/null || true)
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"   # SIGTERM: graceful shutdown, readiness refuses traffic first
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
}

running() { local pid; pid=$(cat "$DIR/node-$1.pid" 2>/dev/null || true); [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }

nodes_up() { # start again whichever of the named nodes an earlier scenario stopped, so each scenario starts from both
  local name started=()
  for name in "$@"; do
    if ! running "$name"; then log "node $name was stopped by an earlier scenario; starting it again"; start_node "$name"; started+=("$name"); fi
  done
  for name in "${started[@]}"; do wait_ready "$name"; done
}

# ---------------------------------------------------------------------------- HAProxy

haproxy_up() {
  cat >"$DIR/haproxy.cfg" <<CFG
global
    maxconn 4000
    pidfile $DIR/haproxy.pid

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # a request refused at connect (a stopped node) is sent to the other node
    option redispatch
    retries 2

frontend community_journeys
    bind 127.0.0.1:$LB_PORT
    default_backend nodes

backend nodes
    balance roundrobin
    # Vaadin keeps each UI's state in its node's session: a browser stays on its node (cookie CJNODE)
    cookie CJNODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    # readiness is checked every second; two failures take a node out, a draining node goes out at once
    default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
    server a 127.0.0.1:$NODE_A_PORT check cookie a
    server b 127.0.0.1:$NODE_B_PORT check cookie b
CFG
  haproxy -c -q -f "$DIR/haproxy.cfg"
  haproxy -D -f "$DIR/haproxy.cfg"
  log "HAProxy $(haproxy -v | head -1 | awk '{print $3}') on 127.0.0.1:$LB_PORT"
}

# ---------------------------------------------------------------------------- commands

up() {
  install_packages
  build
  down_quietly
  mkdir -p "$DIR"
  pg_up
  log "starting nodes a (:$NODE_A_PORT) and b (:$NODE_B_PORT) at the same moment on the empty database"
  local started
  started=$(date +%s)
  start_node a
  start_node b
  wait_ready a
  wait_ready b
  log "both nodes ready after $(( $(date +%s) - started )) s"
  haproxy_up
  for _ in $(seq 1 10); do curl -fs "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
  log "up: http://127.0.0.1:$LB_PORT/ (admin / cluster-admin-password)"
}

first_start() {
  local failures=0
  check() { # name, query, expected
    local got
    got=$(psql_app -c "$2")
    if [[ "$got" == "$3" ]]; then log "ok   $1: $got"; else log "FAIL $1: $got (expected $3)"; failures=$((failures + 1)); fi
  }
  check "schema migrations, all successful" "select count(*) filter (where not success) from cj_schema_history" 0
  check "seed deployments" "select count(*) from act_re_deployment where name_ = 'community-journeys-seed'" 1
  check "versions of each seed process" "select string_agg(distinct n::text, ',') from (select count(*) n from act_re_procdef group by key_) v" 1
  check "versions of each seed form" "select string_agg(distinct n::text, ',') from (select count(*) n from act_re_camformdef group by key_) v" 1
  check "administrator accounts" "select count(*) from user_account where username = 'admin'" 1
  check "Camunda admin groups" "select count(*) from act_id_group where id_ = 'camunda-admin'" 1
  check "engine schema version rows" "select count(*) from act_ge_schema_log" "$(psql_app -c 'select count(distinct version_) from act_ge_schema_log')"
  for name in a b; do
    if curl -fs "http://127.0.0.1:$(node_port "$name")/actuator/health/readiness" >/dev/null; then log "ok   node $name is ready"; else log "FAIL node $name is not ready"; failures=$((failures + 1)); fi
  done
  return $failures
}

cast_through_the_balancer() { # seconds, then the disruption to run after 10 s, as a function name
  local seconds=$1 disruption=$2 receipts="$DIR/receipts-$2.tsv"
  : >"$receipts"
  read -r JOURNEY IDEAS PREFIX < <(driver prepare --jdbc "$JDBC" --user "$DB_USER" --password "$DB_PASSWORD" \
    --residents 100000 --bcrypt-cost 4 | sed -E 's/journey=([^ ]+) ideas=([^ ]+) prefix=([^ ]+)/\1 \2 \3/')
  driver cast --url "http://127.0.0.1:$LB_PORT" --journey "$JOURNEY" --ideas "$IDEAS" --prefix "$PREFIX" \
    --residents 100000 --clients 6 --seconds "$seconds" --keep-going true --receipts "$receipts" >"$DIR/cast-$disruption.log" 2>&1 &
  local cast=$!
  sleep 10
  "$disruption"
  wait "$cast" || true
  sed 's/^/    /' "$DIR/cast-$disruption.log"
  driver check --jdbc "$JDBC" --user "$DB_USER" --password "$DB_PASSWORD" --url "http://127.0.0.1:$LB_PORT" \
    --journey "$JOURNEY" --receipts "$receipts"
}

kill_node_a() {
  local held=0
  # slow drill jobs (half a second each), so that node a holds some locked when it is killed
  read -r SLOW_RUN _ < <(drill start --kind job --count "$SLOW_JOBS" --pause-millis 500 | sed -n -E 's/^run=([^ ]+) from=([^ ]+)$/\1 \2/p')
  for _ in $(seq 1 30); do
    held=$(drill locked --run "$SLOW_RUN" --node a --out "$DIR/locked-by-a.txt")
    [[ $held -gt 0 ]] && break
    sleep 1
  done
  log "kill -9 node a while ballots are cast through HAProxy and it holds $held locked drill jobs"
  kill -9 "$(cat "$DIR/node-a.pid")"
  KILLED_AT_MS=$(date +%s%3N)
  HELD_BY_A=$held
}

# ---------------------------------------------------------------------------- drills

count_conflicts() { # optimistic-locking conflicts the nodes have logged so far
  cat "$DIR"/node-a.log "$DIR"/node-b.log 2>/dev/null | grep -c 'OptimisticLockingException' || true
}

jobs_drill() {
  local failed=0 run from conflicts_before
  conflicts_before=$(count_conflicts)
  local -A what=([reminder]="reminder timers, one per instance" [job]="async jobs, one per instance"
    [together]="async jobs, ten of one instance at a time (they collide at the join)")
  for kind in reminder job together; do
    local instances=$DRILL_JOBS per=1
    [[ $kind == together ]] && { per=10; instances=$((DRILL_JOBS / 10)); }
    log "drill: $DRILL_JOBS ${what[$kind]}, made in one transaction (all due at once), run by the nodes' job executors"
    read -r run from < <(drill start --kind "$kind" --count "$instances" | sed -n -E 's/^run=([^ ]+) from=([^ ]+)$/\1 \2/p')
    if drill await --run "$run" --count "$DRILL_JOBS" --per-instance $per --nodes 2 --since "$from"; then
      log "PASS: $DRILL_JOBS ${what[$kind]}: each effect exactly once, both nodes worked, no incident"
    else log "FAIL: ${what[$kind]}"; failed=1; fi
  done
  log "optimistic-locking conflicts logged by the nodes during the drill: $(( $(count_conflicts) - conflicts_before )) (none became an incident: see above)"
  return $failed
}

restart_postgres() {
  log "restarting PostgreSQL (fast shutdown: open connections are cut) while ballots are cast"
  local t0
  t0=$(date +%s%N)
  as_postgres "$PGBIN/pg_ctl" -D "$DIR/pg" -m fast -w stop >/dev/null
  sleep 3
  pg_start
  log "PostgreSQL was down for $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

failures() {
  local failed=0
  log "scenario 1: a node killed with kill -9 during casting, holding locked jobs (lock time $JOB_LOCK_MS ms)"
  SLOW_JOBS=1000
  if cast_through_the_balancer 40 kill_node_a; then log "PASS: every confirmed ballot is stored exactly once"; else log "FAIL"; failed=1; fi
  if [[ "${HELD_BY_A:-0}" -gt 0 ]] && drill recovered --ids "$DIR/locked-by-a.txt" --since "$KILLED_AT_MS" \
      && drill await --run "$SLOW_RUN" --count "$SLOW_JOBS" --nodes 2; then
    log "PASS: the jobs node a held were done by node b once their lock expired; all $SLOW_JOBS jobs exactly once"
  else log "FAIL: node a held ${HELD_BY_A:-0} locked jobs; see above"; failed=1; fi
  log "node a back: start it again"
  local restarted
  restarted=$(date +%s)
  start_node a
  wait_ready a
  log "node a ready again $(( $(date +%s) - restarted )) s after its start (the other node served alone meanwhile)"
  log "scenario 2: PostgreSQL restarted during casting (no node restarted)"
  if cast_through_the_balancer 40 restart_postgres; then log "PASS: nothing confirmed was lost, nothing stored twice"; else log "FAIL"; failed=1; fi
  local clear unclear
  clear=$(grep -E '^ +[0-9]+ x 503 ' "$DIR/cast-restart_postgres.log" | awk '{s += $1} END {print s + 0}')
  unclear=$(grep -E '^ +[0-9]+ x (500|401) ' "$DIR/cast-restart_postgres.log" | awk '{s += $1} END {print s + 0}')
  if [[ $unclear == 0 ]]; then
    log "PASS: during the outage clients got $clear clear answers (503, nothing recorded) and no 500 or 401"
  else
    log "FAIL: $unclear answers during the outage were a 500 or a 401 instead of a clear 503"; failed=1
  fi
  for name in a b; do
    if curl -fs "http://127.0.0.1:$(node_port "$name")/actuator/health/readiness" >/dev/null; then log "ok   node $name recovered without a restart"; else log "FAIL node $name is not ready"; failed=1; fi
  done
  log "scenario 3: backup and restore into a fresh database, which then starts and holds the same"
  if backup_and_restore; then log "PASS: the restored database starts and shows the same journeys and ballots"; else log "FAIL"; failed=1; fi
  return $failed
}

backup_and_restore() {
  log "backup: pg_dump of the live database while both nodes run"
  local t0 counts_live counts_restored
  t0=$(date +%s%N)
  PGPASSWORD=$DB_PASSWORD pg_dump -h 127.0.0.1 -p "$PGPORT" -U "$DB_USER" -Fc -f "$DIR/backup.dump" "$DB"
  log "backup made in $(( ($(date +%s%N) - t0) / 1000000 )) ms, $(du -h "$DIR/backup.dump" | cut -f1)"
  psql_admin -c "create database restored owner $DB_USER" >/dev/null
  t0=$(date +%s%N)
  PGPASSWORD=$DB_PASSWORD pg_restore -h 127.0.0.1 -p "$PGPORT" -U "$DB_USER" -d restored --no-owner "$DIR/backup.dump"
  log "restored into a fresh database in $(( ($(date +%s%N) - t0) / 1000000 )) ms; starting node c on it"
  start_node c restored
  wait_ready c
  local query="select (select count(*) from journey) || ' journeys, ' || (select count(*) from ballot) + (select count(*) from sealed_ballot)
    || ' ballots, ' || (select count(*) from vote_participation) || ' voters, ' || (select count(*) from act_re_procdef)
    || ' process versions, ' || (select count(*) from ledger_entry) || ' ledger lines'"
  counts_live=$(psql_app -c "$query")
  counts_restored=$(PGPASSWORD=$DB_PASSWORD psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U "$DB_USER" -d restored -c "$query")
  local journeys_page
  journeys_page=$(curl -fs -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NODE_C_PORT/api/grants/360giving.json" || true)
  stop_node c
  log "live:     $counts_live"
  log "restored: $counts_restored (node c started on it and answered /api/grants/360giving.json with $journeys_page)"
  [[ "$counts_live" == "$counts_restored" && "$journeys_page" == 200 ]]
}

node_stop_browser() {
  log "scenario 6: a resident's browser session through HAProxy while its node is stopped gracefully"
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    log "FAIL: this scenario needs Debian's chromium and chromium-driver (.ci/run installs them)"; return 1
  fi
  if on_test_classpath org.communityjourneys.browser.NodeStopBrowserCheck --lb "http://127.0.0.1:$LB_PORT" \
      --jdbc "$JDBC" --user "$DB_USER" --password "$DB_PASSWORD" --stop "$(pwd)/scripts/cluster.sh stop-node %s" --screenshots "$DIR/screenshots"; then
    log "PASS: asked to log in again, nothing of the half-made ballot stored, then cast whole once (screenshots in $DIR/screenshots)"
  else log "FAIL: the browser session over a node's stop (screenshots in $DIR/screenshots)"; return 1; fi
}

studio_together() {
  local at out_a out_b version_a version_b twice failed=0
  log "scenario 4b: two governance leads deploy the same change to the journey model at the same moment, one in the"
  log "            studio on node a, one on node b"
  nodes_up a b
  at=$(( $(date +%s%3N) + 60000 ))
  local name="Reminder due (together $at)"
  out_a="$DIR/studio-together-a.out"; out_b="$DIR/studio-together-b.out"
  on_test_classpath org.communityjourneys.browser.StudioDeployBrowserCheck --node "http://127.0.0.1:$NODE_A_PORT" \
    --jdbc "$JDBC" --user "$DB_USER" --password "$DB_PASSWORD" --journeys 0 --name "$name" --deploy-at "$at" \
    --screenshots "$DIR/screenshots/together-a" >"$out_a" 2>&1 &
  local pid_a=$!
  on_test_classpath org.communityjourneys.browser.StudioDeployBrowserCheck --node "http://127.0.0.1:$NODE_B_PORT" \
    --jdbc "$JDBC" --user "$DB_USER" --password "$DB_PASSWORD" --journeys 0 --name "$name" --deploy-at "$at" \
    --screenshots "$DIR/screenshots/together-b" >"$out_b" 2>&1 &
  local pid_b=$!
  wait $pid_a || failed=1
  wait $pid_b || failed=1
  version_a=$(sed -n 's/^deployed-version=//p' "$out_a")
  version_b=$(sed -n 's/^deployed-version=//p' "$out_b")
  twice=$(psql_app -c "select count(*) from (select version_ from act_re_procdef where key_ = 'community-journey' group by version_ having count(*) > 1) v")
  log "    node a's lead: version ${version_a:-(failed)}; node b's lead: version ${version_b:-(failed)} (none: the same change was already deployed)"
  if [[ $failed == 0 && -n "$version_a" && -n "$version_b" && "$version_a" != "$version_b" && $twice == 0 ]]; then
    if [[ "$version_a" == none || "$version_b" == none ]]; then log "PASS: one version for the same change deployed at the same moment on two nodes; no version number twice"
    else log "PASS: two distinct versions ($version_a, $version_b) deployed at the same moment on two nodes; no version number twice"; fi
  else
    grep -h "FAILED\|deployed-version" "$out_a" "$out_b" || true
    log "FAIL: two leads deploying at the same moment (screenshots in $DIR/screenshots/together-*)"; return 1
  fi
}

clocks() {
  local failed=0 run from versions_before latest_before stopped_ms
  log "scenario 4: a governance lead deploys a new journey version in the studio on node a (showcase reminders every"
  log "            $STUDIO_REMINDER) and a facilitator launches $STUDIO_JOURNEYS journeys on it; 2000 drill timers due in 90 s;"
  log "            both nodes restarted with clocks 2 s apart (a +1 s, b -1 s from the database's machine)"
  nodes_up a b
  local studio journeys instances
  if ! studio=$(on_test_classpath org.communityjourneys.browser.StudioDeployBrowserCheck --node "http://127.0.0.1:$NODE_A_PORT" \
      --jdbc "$JDBC" --user "$DB_USER" --password "$DB_PASSWORD" --journeys "$STUDIO_JOURNEYS" --reminder "$STUDIO_REMINDER" \
      --screenshots "$DIR/screenshots"); then
    echo "$studio"; log "FAIL: the studio deployment on node a (screenshots in $DIR/screenshots)"; return 1
  fi
  echo "$studio" | grep -v '^definition='
  journeys=$(echo "$studio" | sed -n -E 's/^definition=.* journeys=(.*)$/\1/p')
  instances=$(psql_app -c "select string_agg(quote_literal(process_instance_id), ',') from journey where id::text in ($(echo "$journeys" | sed -E "s/([^,]+)/'\1'/g"))")
  latest_before=$(psql_app -c "select d.name_ || ' version ' || p.version_ from act_re_procdef p join act_re_deployment d on d.id_ = p.deployment_id_ where p.key_ = 'community-journey' order by p.version_ desc limit 1")
  read -r run from < <(drill start --kind reminder --count 2000 --due-in-seconds 90 | sed -n -E 's/^run=([^ ]+) from=([^ ]+)$/\1 \2/p')
  # counted after the drill's own model is deployed (the first drill of a fresh cluster deploys it)
  versions_before=$(psql_app -c "select count(*) from act_re_procdef")
  stop_node a & stop_node b & wait
  stopped_ms=$(date +%s%3N)
  NODE_CLOCK[a]=1s
  NODE_CLOCK[b]=-1s
  start_node a
  start_node b
  wait_ready a
  wait_ready b
  log "both nodes ready again $(( ($(date +%s%3N) - stopped_ms) / 1000 )) s after they stopped"
  local latest_after versions_after
  latest_after=$(psql_app -c "select d.name_ || ' version ' || p.version_ from act_re_procdef p join act_re_deployment d on d.id_ = p.deployment_id_ where p.key_ = 'community-journey' order by p.version_ desc limit 1")
  versions_after=$(psql_app -c "select count(*) from act_re_procdef")
  if [[ "$latest_after" == "$latest_before" && "$latest_after" == community-journeys-studio* && "$versions_after" == "$versions_before" ]]; then
    log "PASS: after the restart the studio's version is still the latest ($latest_after); no seed version was added"
  else log "FAIL: latest journey $latest_before -> $latest_after, versions $versions_before -> $versions_after"; failed=1; fi
  local reminded=0 waited=0 before_stop failed_runs
  local runs="from act_hi_job_log where act_id_ = 'recordShowcaseReminder' and process_instance_id_ in ($instances)"
  while (( waited < 360 )); do
    reminded=$(psql_app -c "select count(distinct process_instance_id_) $runs and job_state_ = 2")
    (( reminded >= STUDIO_JOURNEYS )) && break
    sleep 5; waited=$((waited + 5))
  done
  before_stop=$(psql_app -c "select count(*) $runs and job_state_ = 2 and timestamp_ < to_timestamp($stopped_ms / 1000.0)")
  failed_runs=$(psql_app -c "select count(*) $runs and job_state_ = 1")
  log "    the journeys' showcase reminders ran after the restart: $(psql_app -c "select coalesce(string_agg(hostname_ || ' ' || n, ', '), 'none') from (select hostname_, count(*) n $runs and job_state_ = 2 group by hostname_ order by hostname_) h"); $failed_runs failed runs"
  if (( reminded >= STUDIO_JOURNEYS && before_stop == 0 && failed_runs == 0 )); then
    log "PASS: every journey launched on the studio's version had its own reminder timer fire after the restart"
  else log "FAIL: $reminded of $STUDIO_JOURNEYS journeys reminded ($before_stop before the stop, $failed_runs failed)"; failed=1; fi
  # either node may run them: the one that is ready first often takes all 2,000 (jobs_drill shows both nodes working)
  if drill await --run "$run" --count 2000 --since "$from"; then
    local early
    early=$(psql_app -c "select count(*) from cluster_drill_effect where run = '$run' and recorded_at < to_timestamp($stopped_ms / 1000.0)")
    if [[ $early == 0 ]]; then log "PASS: the 2000 timers made before the restart fired after it, each once"
    else log "FAIL: $early timers fired before the nodes stopped"; failed=1; fi
  else log "FAIL: the timers made before the restart"; failed=1; fi
  log "scenario 5: ballots at the vote's close +/- 50 ms, sent to both nodes (clocks 2 s apart); the database decides"
  if on_test_classpath org.communityjourneys.voting.bench.VoteCloseDriver close --jdbc "$JDBC" --user "$DB_USER" --password "$DB_PASSWORD" \
      --urls "http://127.0.0.1:$NODE_A_PORT,http://127.0.0.1:$NODE_B_PORT" --ballots 10 --window-millis 50 --rounds 10; then
    log "PASS: nothing confirmed after the close, nothing refused before it, every confirmed ballot stored"
  else log "FAIL: the close across nodes"; failed=1; fi
  return $failed
}

down_quietly() {
  for name in a b c; do
    pid=$(cat "$DIR/node-$name.pid" 2>/dev/null || true)
    [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true
  done
  [[ -f "$DIR/haproxy.pid" ]] && kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null || true
  if [[ -f "$DIR/pg/postmaster.pid" ]]; then as_postgres "${PGBIN:-/usr/lib/postgresql/15/bin}/pg_ctl" -D "$DIR/pg" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$DIR/pg" "$DIR/sock" "$DIR"/node-*.pid "$DIR"/haproxy.* "$DIR"/receipts-*
}

case "${1:-}" in
  up) up ;;
  first-start) first_start ;;
  jobs) install_packages; jobs_drill ;;
  failures) install_packages; failures ;;
  clocks) install_packages; clocks ;;
  browser) install_packages; node_stop_browser ;;
  studio-together) install_packages; studio_together ;;
  stop-node) stop_node "$2" ;;
  start-node) install_packages; start_node "$2"; wait_ready "$2" ;;
  down) install_packages; down_quietly; rm -rf "$DIR"; log "down" ;;
  test)
    up
    status=0
    first_start || status=1
    jobs_drill || status=1
    failures || status=1
    node_stop_browser || status=1
    studio_together || status=1
    clocks || status=1
    install_packages; down_quietly
    [[ $status == 0 ]] && log "cluster test PASSED" || log "cluster test FAILED"
    exit $status ;;
  *) sed -n '2,26p' "$0"; exit 2 ;;
esac
