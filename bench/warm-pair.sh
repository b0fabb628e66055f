#!/usr/bin/env bash
# Two forms of the packaged service side by side at full speed, after the JIT has had its time: both started, each
# warmed with WARMUP s of POST /evaluations load, then loaded in turn for ROUNDS rounds of MEASURE s each (one loaded
# at a time, the other idle), so that the machine's drift between runs (±20 %) falls on both alike.
# A form is "LABEL|JAVA|JAR|OPTIONS": which java, which jar, and its options (the manifest's memory options are added).
# Usage: [WARMUP=90] [MEASURE=10] [ROUNDS=3] bench/warm-pair.sh FORM-A FORM-B      (about 4 minutes)
# Example, the JIT's thresholds as shipped against the JVM's defaults (docs/performance.md, "The first answer"):
#   j=$(. bench/training.sh; jdk25); c=$PWD/target/aot
#   bench/warm-pair.sh "shipped|$j|$c/quarkus-run.jar|-XX:AOTCache=$c/app.aot -XX:CompileThresholdScaling=10" \
#                      "defaults|$j|$c/quarkus-run.jar|-XX:AOTCache=$c/app.aot"
# Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-90}
MEASURE=${MEASURE:-10}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
MEMORY="-XX:MaxRAM=512m -XX:InitialRAMPercentage=6 -XX:MaxRAMPercentage=50 -XX:+UseSerialGC -Xmn32m"
MEMORY="$MEMORY -XX:SurvivorRatio=4 -XX:MinHeapFreeRatio=30 -XX:MaxHeapFreeRatio=60 -XX:TrimNativeHeapInterval=2000"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ $# -eq 2 ] || { sed -n 2,12p "$0"; exit 2; }
OUT=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null; rm -rf "$OUT"' EXIT
labels=() urls=()
port=18140
for form in "$@"; do
  IFS='|' read -r label java jar options <<< "$form"
  port=$((port + 1))
  mkdir -p "$OUT/data-$port"
  (cd "$OUT/data-$port" && MALLOC_ARENA_MAX=2 exec "$java" $MEMORY $options -Dquarkus.http.port=$port \
    -Dquarkus.http.host=127.0.0.1 -jar "$jar") > "$OUT/service-$port.log" 2>&1 &
  pids+=($!) labels+=("$label") urls+=("http://127.0.0.1:$port")
  for _ in $(seq 1 3000); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.01; done
done
for url in "${urls[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/post-evaluation.lua "$url/evaluations" > /dev/null
done
declare -A rates
for _ in $(seq 1 "$ROUNDS"); do
  for i in 0 1; do
    r=$(wrk -t2 -c"$CONNECTIONS" -d"${MEASURE}s" --latency -s bench/post-evaluation.lua "${urls[$i]}/evaluations" |
      awk '/Requests\/sec/ {r = $2} $1 == "99%" {p = $2} END {printf "%.0f req/s, p99 %s", r, p}')
    rates[$i]+="$r; "
  done
done
for i in 0 1; do echo "${labels[$i]}: ${rates[$i]}"; done
