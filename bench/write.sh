#!/usr/bin/env bash
# Measures the SQLite write path: JSON-RPC ticket.create with wrk (2 threads, 16 connections, 10 s, keep-alive,
# Basic auth), after a 5 s warm-up. Prints requests/s, p50 and p99.
# Usage: bench/write.sh [duration] [baseline.jar]
#   baseline.jar: another build of server/target/polyport.jar (e.g. of an earlier commit), measured in the same
#   run, its line marked "before", so a change is compared with one warm machine.
# Builds the jar if missing; installs wrk from Debian if missing.
source "$(dirname "$0")/lib.sh"
DURATION=${1:-10s}
BASELINE_JAR=${2:-}
PORT=18090
BASELINE_PORT=18092

# name port, one per line; a baseline's line comes first
serve "$JAR" $PORT "$DATA/after"
TARGETS="after $PORT"
if [ -n "$BASELINE_JAR" ]; then
  serve "$BASELINE_JAR" $BASELINE_PORT "$DATA/before"
  TARGETS="before $BASELINE_PORT
$TARGETS"
fi

create() { # duration port
  BODY_FILE=bench/ticket-create.json CONTENT_TYPE=application/json AUTH=$AUTH \
    wrk -t2 -c16 -d"$1" --latency -s bench/post.lua "http://127.0.0.1:$2/login/jsonrpc"
}
# warm-up: the same for every server
while read -r _ port; do
  create 5s "$port" >/dev/null
done <<<"$TARGETS"

while read -r name port; do
  create "$DURATION" "$port" >"$DATA/$name.txt"
  awk -v name="$name" '
    /Requests\/sec/ {rps = $2}
    $1 == "50%" {p50 = $2}
    $1 == "99%" {p99 = $2}
    /Non-2xx/ {errors = $NF}
    END {printf "ticket.create %-7s %8.0f req/s  p50 %-8s p99 %-8s%s\n", name, rps, p50, p99,
         errors ? "  non-2xx " errors : ""}' "$DATA/$name.txt"
  # the statuses of failed calls, from the server's access log
  grep -oE '"POST /login/jsonrpc" [0-9]+' "$DATA/$name.log" | awk '$NF != 200 {print "  status " $NF}' | sort | uniq -c || true
done <<<"$TARGETS"
