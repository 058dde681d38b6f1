#!/usr/bin/env bash
# Scale-out figures in one run: JSON-RPC ticket.get (ticket 1) and ticket.update (a comment on a random one of 200
# tickets) requests/s and p99 on SQLite (the baseline),
# on PostgreSQL with one node, and with two nodes on the same database (two wrk processes, one per node, their
# rates added). Every target gets the same 5 s warm-up before any measurement; wrk: 2 threads, 16 connections per
# node, keep-alive, Basic auth. PostgreSQL is Debian's server, installed when missing and run in a temporary
# cluster on the first free port from 55432, stopped at the end.
# Usage: bench/scale.sh [duration]
source "$(dirname "$0")/lib.sh"
DURATION=${1:-10s}
SQLITE_PORT=18190
NODE_PORTS=(18191 18192)
PG_PORT=55432
while (echo >"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1 || true)
if [ -z "$PG_BIN" ]; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
fi
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
mkdir "$DATA/pg"
[ "$(id -u)" != 0 ] || chown postgres "$DATA/pg"
as_postgres "$PG_BIN/initdb -D $DATA/pg -A trust -U postgres" >/dev/null
CLEANUPS+=("as_postgres '$PG_BIN/pg_ctl -D $DATA/pg -m fast stop' >/dev/null 2>&1")
as_postgres "$PG_BIN/pg_ctl -D $DATA/pg -l $DATA/pg/server.log -o '-p $PG_PORT -k /tmp -c max_connections=100' -w start" >/dev/null
as_postgres "$PG_BIN/createdb -h /tmp -p $PG_PORT -U postgres polyport"

serve "$JAR" $SQLITE_PORT "$DATA/sqlite"
# one node migrates and creates the admin first; the second finds both done
serve "$JAR" "${NODE_PORTS[0]}" "$DATA/node1" "jdbc:postgresql://127.0.0.1:$PG_PORT/polyport"
serve "$JAR" "${NODE_PORTS[1]}" "$DATA/node2" "jdbc:postgresql://127.0.0.1:$PG_PORT/polyport"
TICKETS=200
CREATE='{"method":"system.multicall","params":[['
for i in $(seq 1 $TICKETS); do
  CREATE="$CREATE{\"methodName\":\"ticket.create\",\"params\":[\"Bench ticket $i\",\"Created by bench/scale.sh\",{}]}"
  [ "$i" = $TICKETS ] || CREATE="$CREATE,"
done
CREATE="$CREATE]],\"id\":1}"
for port in $SQLITE_PORT "${NODE_PORTS[0]}"; do
  curl -sf -u admin:bench -H 'Content-Type: application/json' "http://127.0.0.1:$port/login/jsonrpc" \
    -d "$CREATE" >/dev/null
done

run_wrk() { # duration port script output
  BODY_FILE=bench/ticket-get.json CONTENT_TYPE=application/json AUTH=$AUTH TICKETS=$TICKETS \
    wrk -t2 -c16 -d"$1" --latency -s "$3" "http://127.0.0.1:$2/login/jsonrpc" >"$4"
}
# A target: its name, the ports it loads at once (one wrk per port) and the body.
measure() { # duration name script ports...
  local duration=$1 name=$2 script=$3
  shift 3
  local i=0 loads=()
  for port in "$@"; do
    run_wrk "$duration" "$port" "$script" "$DATA/$name.$i.txt" &
    loads+=($!)
    i=$((i + 1))
  done
  wait "${loads[@]}"
  local rps=0 p99=""
  for f in "$DATA/$name".*.txt; do
    rps=$(awk -v sum="$rps" '/Requests\/sec/ {print sum + $2}' "$f")
    p99="$p99$(awk '$1 == "99%" {print $2}' "$f") "
  done
  echo "$name $rps $p99"
}
TARGETS=(
  "get-sqlite bench/post.lua $SQLITE_PORT"
  "get-pg-1-node bench/post.lua ${NODE_PORTS[0]}"
  "get-pg-2-nodes bench/post.lua ${NODE_PORTS[0]} ${NODE_PORTS[1]}"
  "update-sqlite bench/update.lua $SQLITE_PORT"
  "update-pg-1-node bench/update.lua ${NODE_PORTS[0]}"
  "update-pg-2-nodes bench/update.lua ${NODE_PORTS[0]} ${NODE_PORTS[1]}"
)
for target in "${TARGETS[@]}"; do
  # shellcheck disable=SC2086
  measure 5s $target >/dev/null
done
for target in "${TARGETS[@]}"; do
  # shellcheck disable=SC2086
  measure "$DURATION" $target
done | awk '$1 ~ /sqlite/ {base = $2}
  {printf "%-18s %9.0f req/s  p99 %-16s %5.1f%% of SQLite\n", $1, $2, $3 " " $4, 100 * $2 / base}'
