#!/usr/bin/env bash
# Load on the packaged service, on loopback only, bounded in time: startup to first answer, then
# POST /evaluations and the no-op /q/health/live (the HTTP floor) in the same run, with RSS under load.
# Usage: [JAVA_OPTS=...] bench/load.sh [seconds per run, default 20] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-16}
PORT=${PORT:-18080}
URL="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

start=$(date +%s%N)
java ${JAVA_OPTS:-} -Dquarkus.http.port=$PORT -Dquarkus.http.access-log.enabled=false -jar target/quarkus-app/quarkus-run.jar > target/load-service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if curl -sf -o /dev/null -XPOST "$URL/evaluations" -H 'Content-Type: application/json' --data-binary @bench/nov13.json; then break; fi
  sleep 0.01
done
echo "startup to first answer: $(( ($(date +%s%N) - start) / 1000000 )) ms"

rss_during() {  # samples RSS every second while the load runs; prints the maximum in MB
  local max=0
  while kill -0 "$1" 2>/dev/null; do
    r=$(ps -o rss= -p $pid | tr -d ' '); [ "${r:-0}" -gt "$max" ] && max=$r; sleep 1
  done
  echo $((max / 1024))
}

for target in "POST /evaluations" "GET /q/health/live"; do
  echo "== $target: warm-up 5 s, then ${SECONDS_PER_RUN} s, $CONNECTIONS connections, 2 threads"
  if [ "$target" = "POST /evaluations" ]; then args=(-s bench/post-evaluation.lua "$URL/evaluations"); else args=("$URL/q/health/live"); fi
  wrk -t2 -c"$CONNECTIONS" -d5s "${args[@]}" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "${args[@]}" > target/wrk.out &
  w=$!
  rss=$(rss_during $w)
  wait $w
  grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors" target/wrk.out
  echo "max RSS under load: ${rss} MB"
done
