#!/usr/bin/env bash
# Idle residents on the ballot page in a 4 GiB heap (docs/benchmarks.md, "Idle sessions in a 4 GiB heap").
#
#   scripts/idle-sessions.sh                                   # builds the production jar, then 10,000 sessions
#   SKIP_BUILD=1 JAR=path/to/production.jar SESSIONS=2000 scripts/idle-sessions.sh
#
# Starts the packaged production jar (heap HEAP, default 4g, G1, GC log) on a fresh, durable
# embedded PostgreSQL, prepares an open vote and SESSIONS + 1 verified residents straight in the
# database (bcrypt cost 4: the password's cost changes the CPU of a login, not what a session
# holds), then IdleSessionDriver opens SESSIONS sessions on the ballot page over Vaadin's client
# protocol, CONCURRENCY at a time, and reports the live heap each holds (full collections by jcmd).
# The sessions are then held HOLD seconds with nothing sent (less than the 30-minute session
# timeout), and the app's GC log gives every pause while they were opened and held: the goal is
# none over 200 ms. The two full collections jcmd asks for are reported apart (a running app never
# asks for them). `uptime` is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8150}
PGPORT=${PGPORT:-54350}
HEAP=${HEAP:-4g}
SESSIONS=${SESSIONS:-10000}
CONCURRENCY=${CONCURRENCY:-8}
HOLD=${HOLD:-300}
DATA=$(mktemp -d /tmp/cj-idle-sessions.XXXXXX)
NAME=idle-sessions
# shellcheck source=scripts/bench-app.sh
source scripts/bench-app.sh
bench_build
JAVA_OPTIONS="-XX:+UseG1GC ${JAVA_OPTIONS:-}" bench_start
bench_prepare "$((SESSIONS + 1))" 4

uptime
java -cp "$CP" org.communityjourneys.voting.bench.IdleSessionDriver --url "http://localhost:${PORT}/" \
  --journey "$JOURNEY" --prefix "$PREFIX" --sessions "$SESSIONS" --pid "$APP_PID" --concurrency "$CONCURRENCY" \
  | tee "$DATA/driver.txt"
uptime
log "holding the sessions ${HOLD} s with nothing sent"
sleep "$HOLD"
uptime
log "heap after holding (jcmd GC.heap_info):"
jcmd "$APP_PID" GC.heap_info | grep -E "garbage-first heap|region size" || true
log "garbage-collection pauses in the whole run (ms), jcmd's own full collections apart:"
# jcmd's GC.class_histogram shows as "Heap Inspection Initiated GC", GC.run as "Diagnostic Command"
JCMD_GC='Heap Inspection Initiated GC|Diagnostic Command'
grep -E 'Pause' "$DATA/gc.log" | grep -vE "$JCMD_GC" | grep -o '[0-9.]*ms$' | tr -d 'ms' | sort -n > "$DATA/pauses.txt" || true
echo "pauses: $(wc -l < "$DATA/pauses.txt"), longest: $(tail -3 "$DATA/pauses.txt" | tr '\n' ' ')," \
  "over 200 ms: $(awk '$1 > 200' "$DATA/pauses.txt" | wc -l)"
echo "jcmd's full collections (ms): $(grep -E "$JCMD_GC" "$DATA/gc.log" | grep -o '[0-9.]*ms$' | tr '\n' ' ')"
grep -E 'Pause' "$DATA/gc.log" | sed -E 's/.*(Pause [A-Za-z]+ \([^)]*\)( \([^)]*\))?).*/\1/' | sort | uniq -c
