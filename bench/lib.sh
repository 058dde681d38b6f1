# Shared by the bench scripts (source it): the tools, the jar, and Polyport servers started in the background.
# Sets JAR and AUTH (Basic for admin:bench), makes DATA a temporary folder, and on exit stops every server started
# with serve (and any pid added to PIDS) and removes DATA; on failure it shows the servers' logs first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=server/target/polyport.jar
AUTH=$(printf 'admin:bench' | base64)
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$JAR" ] || mvn -B -q -DskipTests package
DATA=$(mktemp -d)
chmod 755 "$DATA"
PIDS=()
CLEANUPS=()
bench_cleanup() {
  local status=$?
  if [ $status != 0 ]; then
    for log in "$DATA"/*.log; do [ -f "$log" ] && { echo "== $log"; tail -20 "$log"; }; done >&2
  fi
  kill "${PIDS[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  for step in "${CLEANUPS[@]}"; do eval "$step" || true; done
  rm -rf "$DATA"
}
trap bench_cleanup EXIT

# Starts `serve` of JAR (or another build) on PORT over FOLDER (created; its log FOLDER.log) and waits until
# /health/ready answers. A database URL, if given, goes into FOLDER/polyport.yaml (user postgres, no password).
serve() { # jar port folder [database-url]
  mkdir -p "$3"
  if [ -n "${4:-}" ]; then
    printf 'database:\n  url: "%s"\n  user: postgres\n' "$4" >"$3/polyport.yaml"
  fi
  POLYPORT_ADMIN_PASSWORD=bench java -jar "$1" serve --port "$2" --data "$3" >"$3.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$2/health/ready" && return
    sleep 0.3
  done
  echo "the server on port $2 did not start; see $3.log" >&2
  return 1
}

# Creates a ticket as admin on the server at PORT.
create_ticket() { # port
  curl -sf -u admin:bench -H 'Content-Type: application/json' "http://127.0.0.1:$1/login/jsonrpc" \
    -d '{"method":"ticket.create","params":["Bench ticket","Created by a bench script",{}],"id":1}' >/dev/null
}
