#!/usr/bin/env bash
# Measures Polyport's JSON-RPC and XML-RPC ticket.get and REST GET /rest/tickets/1 against a raw Undertow
# handler, in one run, with wrk (2 threads, 32 connections, 10 s, keep-alive, Basic auth). Prints requests/s, p99 and
# the ratio to raw. Every server, the raw one included, gets the same warm-up (5 s per endpoint) before any
# measurement.
# Usage: bench/run.sh [duration] [baseline.jar]
#   baseline.jar: another build of server/target/polyport.jar (e.g. of an earlier commit), measured in the same
#   run on the same endpoints, its lines marked "before", so a change is compared with one warm machine.
# Builds the jar if missing; installs wrk from Debian if missing.
source "$(dirname "$0")/lib.sh"
DURATION=${1:-10s}
BASELINE_JAR=${2:-}
PORT=18080
RAW_PORT=18081
BASELINE_PORT=18082

serve "$JAR" $PORT "$DATA/after"
PORTS=($PORT)
if [ -n "$BASELINE_JAR" ]; then
  serve "$BASELINE_JAR" $BASELINE_PORT "$DATA/before"
  PORTS+=($BASELINE_PORT)
fi
java -cp "$JAR" bench/RawUndertow.java $RAW_PORT >"$DATA/raw.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$RAW_PORT/" && break
  sleep 0.3
done
for port in "${PORTS[@]}"; do
  create_ticket "$port"
done

post() { # duration url content-type body-file
  BODY_FILE=$4 CONTENT_TYPE=$3 AUTH=$AUTH wrk -t2 -c32 -d"$1" --latency -s bench/post.lua "$2"
}
get() { # duration url
  wrk -t2 -c32 -d"$1" --latency -H "Authorization: Basic $AUTH" "$2"
}
# The measured targets, one per line: name, then the post/get call after the duration. A baseline's line comes
# right before the same endpoint's, so both see the same machine load.
target() { # protocol port label
  case $1 in
    jsonrpc) echo "jsonrpc$3 post http://127.0.0.1:$2/login/jsonrpc application/json bench/ticket-get.json" ;;
    xmlrpc) echo "xmlrpc$3 post http://127.0.0.1:$2/login/xmlrpc text/xml bench/ticket-get.xml" ;;
    rest) echo "rest$3 get http://127.0.0.1:$2/login/rest/tickets/1" ;;
  esac
}
{
  echo "raw post http://127.0.0.1:$RAW_PORT/ application/json bench/ticket-get.json"
  for protocol in jsonrpc xmlrpc rest; do
    [ -z "$BASELINE_JAR" ] || target $protocol $BASELINE_PORT "-before"
    target $protocol $PORT ""
  done
} >"$DATA/targets"

# warm-up: the same for every target, the raw baseline included
while read -r name kind rest; do
  # shellcheck disable=SC2086
  $kind 5s $rest </dev/null >/dev/null
done <"$DATA/targets"

while read -r name kind rest; do
  # shellcheck disable=SC2086
  $kind "$DURATION" $rest </dev/null >"$DATA/$name.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$DATA/$name.txt")
  echo "$name $rps $p99"
done <"$DATA/targets" | awk 'NR == 1 {raw = $2} {printf "%-15s %10.0f req/s  p99 %-8s %5.1f%% of raw\n", $1, $2, $3, 100 * $2 / raw}'
