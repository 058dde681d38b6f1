#!/usr/bin/env bash
# Measures Polyport's JSON-RPC and XML-RPC ticket.get and REST GET /rest/tickets/1 against a raw Undertow
# handler, in one run, with wrk (2 threads, 32 connections, 10 s, keep-alive, Basic auth). Prints requests/s, p99 and the ratio to raw.
# Usage: bench/run.sh [duration]   (builds the jar if missing; installs wrk from Debian if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10s}
JAR=server/target/polyport.jar
PORT=18080
RAW_PORT=18081
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$JAR" ] || mvn -B -q -DskipTests package
DATA=$(mktemp -d)
cleanup() { kill "${SERVER_PID:-}" "${RAW_PID:-}" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

POLYPORT_ADMIN_PASSWORD=bench java -jar "$JAR" serve --port $PORT --data "$DATA" >"$DATA/server.log" 2>&1 &
SERVER_PID=$!
java -cp "$JAR" bench/RawUndertow.java $RAW_PORT >"$DATA/raw.log" 2>&1 &
RAW_PID=$!
for _ in $(seq 1 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$RAW_PORT/" && curl -s -o /dev/null "http://127.0.0.1:$PORT/rpc" && break
  sleep 0.3
done
AUTH=$(printf 'admin:bench' | base64)
curl -sf -u admin:bench -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/login/jsonrpc" \
  -d '{"method":"ticket.create","params":["Bench ticket","Created by bench/run.sh",{}],"id":1}' >/dev/null

run() { # name url content-type body-file
  BODY_FILE=$4 CONTENT_TYPE=$3 AUTH=$AUTH wrk -t2 -c32 -d"$DURATION" --latency -s bench/post.lua "$2" >"$DATA/$1.txt"
  report "$1"
}
run_get() { # name url
  wrk -t2 -c32 -d"$DURATION" --latency -H "Authorization: Basic $AUTH" "$2" >"$DATA/$1.txt"
  report "$1"
}
report() { # name
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$DATA/$1.txt")
  echo "$1 $rps $p99"
}
# warm-up, then the measured runs
BODY_FILE=bench/ticket-get.json CONTENT_TYPE=application/json AUTH=$AUTH wrk -t2 -c32 -d5s -s bench/post.lua \
  "http://127.0.0.1:$PORT/login/jsonrpc" >/dev/null
BODY_FILE=bench/ticket-get.xml CONTENT_TYPE=text/xml AUTH=$AUTH wrk -t2 -c32 -d5s -s bench/post.lua \
  "http://127.0.0.1:$PORT/login/xmlrpc" >/dev/null
wrk -t2 -c32 -d5s -H "Authorization: Basic $AUTH" "http://127.0.0.1:$PORT/login/rest/tickets/1" >/dev/null
{
  run raw "http://127.0.0.1:$RAW_PORT/" application/json bench/ticket-get.json
  run jsonrpc "http://127.0.0.1:$PORT/login/jsonrpc" application/json bench/ticket-get.json
  run xmlrpc "http://127.0.0.1:$PORT/login/xmlrpc" text/xml bench/ticket-get.xml
  run_get rest "http://127.0.0.1:$PORT/login/rest/tickets/1"
} | awk 'NR == 1 {raw = $2} {printf "%-8s %10.0f req/s  p99 %-8s %5.1f%% of raw\n", $1, $2, $3, 100 * $2 / raw}'
