#!/usr/bin/env bash
# Resident memory of `bin/polyport serve` under load: wrk with 32 connections (2 threads) on JSON-RPC ticket.get
# and XML-RPC system.multicall-free ticket.get, then a burst of failed logins; prints the peak RSS seen.
# Usage: bench/memory.sh [duration per run]   (builds the jar if missing)
source "$(dirname "$0")/lib.sh"
DURATION=${1:-20s}
PORT=18090

POLYPORT_ADMIN_PASSWORD=bench bin/polyport serve --port $PORT --data "$DATA/data" >"$DATA/server.log" 2>&1 &
SERVER_PID=$!
PIDS+=($SERVER_PID)
for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$PORT/health/ready" && break; sleep 0.3; done
curl -sf -u admin:bench -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/login/jsonrpc" \
  -d '{"method":"ticket.create","params":["Bench ticket","Created by bench/memory.sh",{}],"id":1}' >/dev/null
( peak=0; while kill -0 $SERVER_PID 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$SERVER_PID/status 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" >"$DATA/peak"
    sleep 0.2
  done ) &
PIDS+=($!)
BODY_FILE=bench/ticket-get.json CONTENT_TYPE=application/json AUTH=$AUTH wrk -t2 -c32 -d"$DURATION" \
  -s bench/post.lua "http://127.0.0.1:$PORT/login/jsonrpc" | awk '/Requests\/sec/ {print "jsonrpc", $2, "req/s"}'
BODY_FILE=bench/ticket-get.xml CONTENT_TYPE=text/xml AUTH=$AUTH wrk -t2 -c32 -d"$DURATION" \
  -s bench/post.lua "http://127.0.0.1:$PORT/login/xmlrpc" | awk '/Requests\/sec/ {print "xmlrpc", $2, "req/s"}'
BAD=$(printf 'admin:wrong' | base64)
BODY_FILE=bench/ticket-get.json CONTENT_TYPE=application/json AUTH=$BAD wrk -t2 -c32 -d"$DURATION" \
  -s bench/post.lua "http://127.0.0.1:$PORT/login/jsonrpc" | awk '/Requests\/sec/ {print "wrong password", $2, "req/s"}'
echo "peak RSS: $(( $(cat "$DATA/peak") / 1024 )) MiB (now $(( $(awk '/VmRSS/ {print $2}' /proc/$SERVER_PID/status) / 1024 )) MiB)"
