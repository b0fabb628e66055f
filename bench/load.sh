#!/usr/bin/env bash
# Load on the packaged service, on loopback only, bounded in time, as the README runs it (JAVA_OPTS default:
# the README's run options; access log on, as shipped):
#  1. start-up: time from `java -jar` to the first answered evaluation, best and median of 5 launches on an
#     existing database (a first launch creates it and is not counted), without and with the class-data
#     archive of bench/train-cds.sh;
#  2. POST /evaluations at full speed after a warm-up (the JIT compiles for 70-90 s under load: 90 s by
#     default), then the no-op GET /q/health/live the same way (the HTTP floor), in the same service;
#  3. POST /evaluations at 80 % of the rate measured in 2 (wrk with a delay per connection): p50, p99;
#  RSS is sampled every second during each measured run.
# Usage: [JAVA_OPTS=...] [STARTUP=0 to skip 1] bench/load.sh [seconds measured, default 30] [warm-up seconds, default 90] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/rate.sh
MEASURE=${1:-30}
WARMUP=${2:-90}
CONNECTIONS=${3:-16}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
PORT=${PORT:-18080}
URL="http://127.0.0.1:$PORT"
JAR=$PWD/target/quarkus-app/quarkus-run.jar
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
DATA=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT
echo "JAVA_OPTS: $JAVA_OPTS; $(java -version 2>&1 | head -1); $(nproc) cores"

launch() {  # starts the service in $DATA with extra options "$@"; sets pid
  (cd "$DATA" && exec java $JAVA_OPTS "$@" -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 -jar "$JAR") \
    > target/load-service.log 2>&1 &
  pid=$!
}
first_answer() {  # sets elapsed: milliseconds from launch to the first 200 from POST /evaluations
  local start=$(date +%s%N)
  launch "$@"
  for _ in $(seq 1 3000); do
    curl -sf -o /dev/null -XPOST "$URL/evaluations" -H 'Content-Type: application/json' --data-binary @bench/nov13.json && break
    sleep 0.005
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
startup() {  # label, options: five launches, best and median
  local times=()
  local label=$1; shift
  for _ in 1 2 3 4 5; do first_answer "$@"; times+=("$elapsed"); stop; done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "start-up to first answer ($label): best ${sorted[0]} ms, median ${sorted[2]} ms (${times[*]})"
}

first_answer; stop   # creates the database
if [ "${STARTUP:-1}" = 1 ]; then
  startup "as run"
  [ -f target/quarkus-app/app-cds.jsa ] || JAVA_OPTS="$JAVA_OPTS" bench/train-cds.sh > /dev/null
  startup "with the class-data archive" -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa
fi

rss_during() {  # samples RSS every second while process $1 (the load) runs; prints max and last, in MB
  local max=0 r=0
  while kill -0 "$1" 2>/dev/null; do
    r=$(ps -o rss= -p "$pid" | tr -d ' '); [ "${r:-0}" -gt "$max" ] && max=$r; sleep 1
  done
  echo "$((max / 1024)) MB max, $((r / 1024)) MB at the end"
}
run() {  # label, seconds, wrk args...: prints throughput, latency, errors and RSS
  local label=$1 seconds=$2; shift 2
  wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency "$@" > target/wrk.out &
  local w=$!
  local rss; rss=$(rss_during $w)
  wait $w
  local rate p50 p99 errors
  rate=$(awk '/Requests\/sec/ {print $2}' target/wrk.out)
  p50=$(awk '$1 == "50%" {print $2}' target/wrk.out)
  p99=$(awk '$1 == "99%" {print $2}' target/wrk.out)
  errors=$(grep -E "Non-2xx|Socket errors" target/wrk.out | tr '\n' ' ' || true)
  echo "$label: ${rate} req/s, p50 ${p50}, p99 ${p99}, RSS ${rss}${errors:+; $errors}"
  echo "$rate" > target/wrk.rate
}

launch
for _ in $(seq 1 3000); do curl -sf -o /dev/null "$URL/q/health/ready" && break; sleep 0.01; done
echo "warm-up: ${WARMUP} s of POST /evaluations, $CONNECTIONS connections"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/post-evaluation.lua "$URL/evaluations" > /dev/null
run "POST /evaluations, full speed, ${MEASURE} s" "$MEASURE" -s bench/post-evaluation.lua "$URL/evaluations"
max=$(cat target/wrk.rate)
wrk -t2 -c"$CONNECTIONS" -d10s "$URL/q/health/live" > /dev/null
run "GET /q/health/live (no-op), full speed, ${MEASURE} s" "$MEASURE" "$URL/q/health/live"
noop=$(cat target/wrk.rate)
echo "POST /evaluations is $(awk -v a="$max" -v b="$noop" 'BEGIN {printf "%.1f", 100 * a / b}') % of the no-op's throughput"
# 80 % of the maximum, by a delay per connection (bench/rate.sh).
target=$(awk -v m="$max" 'BEGIN {printf "%.0f", 0.8 * m}')
delay=$(delay_for "$target" "$URL" "$CONNECTIONS")
DELAY_MS=$delay run "POST /evaluations aiming at 80 % of the maximum ($target req/s; delay ${delay} ms), ${MEASURE} s" \
  "$MEASURE" -s bench/post-evaluation-rate.lua "$URL/evaluations"
