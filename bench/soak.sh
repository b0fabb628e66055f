#!/usr/bin/env bash
# Soak: the packaged service under POST /evaluations at 80 % of its measured maximum for 10 minutes, on
# loopback only, stopping by itself. Warms up (90 s at full speed, then 30 s measured: the maximum), then
# runs 20 back-to-back segments of 30 s at 80 % (wrk, a delay per connection, calibrated once), recording
# per segment the rate, p50, p99, errors and RSS (sampled each second) in target/soak.csv, and draws RSS and
# p99 over time in docs/soak.svg (bench/plot-soak.py). Exits non-zero on any error or non-2xx answer.
# Usage: [JAVA_OPTS=...] bench/soak.sh [segments, default 20] [seconds per segment, default 30] [connections, 16]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/rate.sh
SEGMENTS=${1:-20}
SEGMENT=${2:-30}
CONNECTIONS=${3:-16}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
PORT=${PORT:-18086}
URL="http://127.0.0.1:$PORT"
JAR=$PWD/target/quarkus-app/quarkus-run.jar
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
DATA=$(mktemp -d)
(cd "$DATA" && exec java $JAVA_OPTS -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 -jar "$JAR") \
  > target/soak-service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 3000); do curl -sf -o /dev/null "$URL/q/health/ready" && break; sleep 0.01; done
echo "JAVA_OPTS: $JAVA_OPTS; warm-up 90 s, then the maximum over 30 s"
wrk -t2 -c"$CONNECTIONS" -d90s -s bench/post-evaluation.lua "$URL/evaluations" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d30s -s bench/post-evaluation.lua "$URL/evaluations" > target/soak-max.out
max=$(awk '/Requests\/sec/ {print $2}' target/soak-max.out)
target=$(awk -v m="$max" 'BEGIN {printf "%.0f", 0.8 * m}')
delay=$(delay_for "$target" "$URL" "$CONNECTIONS")
echo "maximum $max req/s; soak at $target req/s (80 %), delay $delay ms per connection, $SEGMENTS x $SEGMENT s"
echo "minute,req_per_s,p50_ms,p99_ms,errors,rss_max_mb,rss_end_mb" > target/soak.csv
failed=0
for i in $(seq 1 "$SEGMENTS"); do
  DELAY_MS=$delay wrk -t2 -c"$CONNECTIONS" -d"${SEGMENT}s" --latency -s bench/post-evaluation-rate.lua \
    "$URL/evaluations" > target/soak-seg.out &
  w=$!
  rmax=0; r=0
  while kill -0 $w 2>/dev/null; do
    r=$(ps -o rss= -p $pid | tr -d ' '); [ "${r:-0}" -gt "$rmax" ] && rmax=$r; sleep 1
  done
  wait $w
  ms() { awk -v k="$1" '$1 == k {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; print v}' target/soak-seg.out; }
  rate=$(awk '/Requests\/sec/ {print $2}' target/soak-seg.out)
  errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) n += $i} END {print n + 0}' target/soak-seg.out)
  [ "$errors" -gt 0 ] && failed=1
  minute=$(awk -v i="$i" -v s="$SEGMENT" 'BEGIN {printf "%.1f", i * s / 60}')
  echo "$minute,$rate,$(ms 50%),$(ms 99%),$errors,$((rmax / 1024)),$((r / 1024))" | tee -a target/soak.csv
done
python3 bench/plot-soak.py target/soak.csv docs/soak.svg "$JAVA_OPTS; $target req/s (80 % of $max)"
exit $failed
