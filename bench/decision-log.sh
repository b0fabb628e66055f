#!/usr/bin/env bash
# The decision log's cost: POST /evaluations throughput with the log off and on, for the same fact set
# posted again and again and for a different fact set each time (a report to store for nearly every
# request). Each configuration is a fresh packaged service on loopback, warmed up for WARMUP seconds
# (default 90: the JIT compiles for 70-90 s under load) before a measured run of SECONDS_PER_RUN (30).
# Usage: bench/decision-log.sh [seconds per run] [warm-up seconds] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
WARMUP=${2:-90}
CONNECTIONS=${3:-16}
PORT=${PORT:-18081}
URL="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -Daot.skip=true

run() {  # run NAME LOG(on|off) SCRIPT
  local name=$1 log=$2 script=$3 data
  data=$(mktemp -d target/bench-data.XXXX)
  java -Xmx256m -XX:+UseSerialGC -Dquarkus.http.port=$PORT -Dquarkus.http.access-log.enabled=false \
    -Dassurances.decisions.enabled=$([ "$log" = on ] && echo true || echo false) -Dassurances.data-dir="$data" \
    -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$URL/q/health/ready" && break
    sleep 0.05
  done
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$script" "$URL/evaluations" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$script" "$URL/evaluations" > "$data/wrk.out"
  local rps p99 written dropped unlogged
  rps=$(awk '/Requests\/sec/ {print $2}' "$data/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$data/wrk.out")
  written=$(curl -s "$URL/q/metrics" | awk '/^assurances_decisions_written_total/ {print $2}')
  dropped=$(curl -s "$URL/q/metrics" | awk '/^assurances_decisions_dropped_total/ {print $2}')
  unlogged=$(curl -s "$URL/q/metrics" | awk '/^assurances_decisions_unlogged_total/ {print $2}')
  kill $pid; wait $pid 2>/dev/null || true
  printf '| %-34s | %8s | %7s | %10s | %7s | %8s | %s |\n' "$name" "$rps" "$p99" "${written:-—}" "${dropped:-—}" \
    "${unlogged:-—}" \
    "$(grep -c 'Non-2xx\|Socket errors' "$data/wrk.out" | sed 's/^0$/none/')"
  rm -rf "$data"
}

echo "warm-up ${WARMUP} s, then ${SECONDS_PER_RUN} s, $CONNECTIONS connections, 2 wrk threads; -Xmx256m -XX:+UseSerialGC"
echo "| configuration                      |    req/s |     p99 | log writes | dropped | unlogged | errors |"
echo "| ---------------------------------- | -------- | ------- | ---------- | ------- | -------- | ------ |"
run "log off, same fact set"             off bench/post-evaluation.lua
run "log on, same fact set"              on  bench/post-evaluation.lua
run "log off, a new fact set each time"  off bench/post-distinct.lua
run "log on, a new fact set each time"   on  bench/post-distinct.lua
