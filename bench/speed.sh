#!/usr/bin/env bash
# Every speed target of docs/performance.md beside its figure, from one run, as a table:
#  - in process (JMH, one thread, 80 s of warm-up): one evaluation of 13 Nov 1962 and of 4 Aug 1970 (time and
#    bytes allocated), a 1,000-event timeline, "what would it take" at depth 3;
#  - the packaged service as the README runs it, with the Kubernetes manifest's memory options in a 512 MB
#    container (-XX:MaxRAM=512m): POST /evaluations at full speed after WARMUP s of load (the JIT compiles for
#    70-90 s), the no-op GET /q/health/live the same way (the HTTP floor), the ratio of the two, p99 at 80 % of
#    the maximum, the highest RSS under load; then the same service with the decision log off, started beside
#    it and warmed the same way, the two loaded in turn for three rounds each: the log's cost.
# PROFILE=1 also records a JFR profile of the service's measured window (target/speed-service.jfr) and of the
# in-process benchmark (target/speed-eval.jfr): bench/top-frames.py prints their top frames.
# Usage: [WARMUP=90] [MEASURE=10] [CONNECTIONS=32] [SKIP_JMH=1] bench/speed.sh      (about 15 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/rate.sh
WARMUP=${WARMUP:-90}
MEASURE=${MEASURE:-10}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18082}
URL="http://127.0.0.1:$PORT"
JAR=$PWD/target/quarkus-app/quarkus-run.jar
OPTS="-XX:MaxRAM=512m -XX:InitialRAMPercentage=6 -XX:MaxRAMPercentage=50 -XX:+UseSerialGC -Xmn32m"
OPTS="$OPTS -XX:SurvivorRatio=4 -XX:MinHeapFreeRatio=30 -XX:MaxHeapFreeRatio=60 -XX:TrimNativeHeapInterval=2000"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -B -q package -DskipTests -Daot.skip=true
OUT=$(mktemp -d)
pid=
pid_on= pid_off=
trap 'kill $pid $pid_on $pid_off 2>/dev/null || true; wait 2>/dev/null; rm -rf "$OUT"' EXIT
echo "$(java -version 2>&1 | head -1); $(nproc) cores; warm-up ${WARMUP} s, measured ${MEASURE} s, $CONNECTIONS connections"

# ---- in process ----------------------------------------------------------------------------------------------
jmh() {  # jmh ARGS...: runs JMH, leaves its JSON in $OUT/jmh.json
  ./mvnw -B -q -Pbench test-compile exec:exec -Djmh.args="$* -f 1 -wi 8 -w 10s -i 3 -r 10s -prof gc -rf json \
    -rff $OUT/jmh.json" > "$OUT/jmh.log" 2>&1 || { tail -20 "$OUT/jmh.log"; exit 1; }
}
figure() {  # figure BENCHMARK-REGEX [param]: "score unit | alloc KB"
  python3 - "$OUT/jmh.json" "$1" "${2:-}" <<'EOF'
import json, re, sys
for r in json.load(open(sys.argv[1])):
    if re.search(sys.argv[2], r["benchmark"]) and sys.argv[3] in json.dumps(r.get("params", {})):
        m = r["primaryMetric"]
        alloc = r["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score", 0) / 1000
        unit = m["scoreUnit"].replace("us/op", "µs").replace("ms/op", "ms")
        print(f'{m["score"]:,.1f} {unit}|{alloc:,.0f} KB')
EOF
}
if [ "${SKIP_JMH:-0}" != 1 ]; then
  jvm=""
  [ "${PROFILE:-0}" = 1 ] && jvm="-jvmArgsAppend -XX:StartFlightRecording=delay=85s,duration=25s,settings=profile,filename=$PWD/target/speed-eval.jfr"
  jmh "PartsBenchmark.evaluate -p scenario=1962-11-13-bombers-remain,1970-08-04-implicit-understanding $jvm"
  nov=$(figure PartsBenchmark.evaluate 1962-11-13); aug=$(figure PartsBenchmark.evaluate 1970-08-04)
  jmh "TimelineBenchmark"
  timeline=$(figure TimelineBenchmark)
  jmh "CounterfactualBenchmark -p depth=3 -p question=1962-11-13-bombers-remain:NON_INVASION"
  search=$(figure CounterfactualBenchmark)
fi

# ---- the packaged service ------------------------------------------------------------------------------------
launch() {  # launch EXTRA-OPTIONS...: the service on a fresh data folder; waits until it is ready
  local data="$OUT/data-$PORT"
  rm -rf "$data"; mkdir -p "$data"
  local record=""  # the first launch only: the one measured against the no-op
  [ "${PROFILE:-0}" = 1 ] && [ -z "${recorded:-}" ] && recorded=1 &&
    record="-XX:StartFlightRecording=delay=$((WARMUP + 5))s,duration=$((MEASURE * 2))s,settings=profile,filename=$PWD/target/speed-service.jfr"
  (cd "$data" && MALLOC_ARENA_MAX=2 exec java $OPTS $record "$@" -Dquarkus.http.port=$PORT \
    -Dquarkus.http.host=127.0.0.1 -jar "$JAR") > "$OUT/service-$PORT.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do curl -sf -o /dev/null "$URL/q/health/ready" && return; sleep 0.01; done
  echo "the service did not become ready"; tail -20 "$OUT/service-$PORT.log"; exit 1
}
load() {  # load SECONDS WRK-ARGS...: sets rate, p99, rss (highest RSS while it ran, MB), errors
  local seconds=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency "$@" > "$OUT/wrk.out" &
  local w=$! max=0 r
  while kill -0 $w 2>/dev/null; do
    r=$(ps -o rss= -p "$pid" | tr -d ' '); [ "${r:-0}" -gt "$max" ] && max=$r; sleep 1
  done
  wait $w
  rate=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$OUT/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/wrk.out")
  rss=$((max / 1024))
  errors=$(grep -E "Non-2xx|Socket errors" "$OUT/wrk.out" | tr '\n' ' ' || true)
}
launch
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/post-evaluation.lua "$URL/evaluations" > /dev/null
load "$MEASURE" -s bench/post-evaluation.lua "$URL/evaluations"
post=$rate post_p99=$p99 rss_post=$rss post_errors=$errors
wrk -t2 -c"$CONNECTIONS" -d5s "$URL/q/health/live" > /dev/null
load "$MEASURE" "$URL/q/health/live"
noop=$rate
target=$(awk -v m="$post" 'BEGIN {printf "%.0f", 0.8 * m}')
delay=$(delay_for "$target" "$URL" "$CONNECTIONS")
DELAY_MS=$delay load "$MEASURE" -s bench/post-evaluation-rate.lua "$URL/evaluations"
at80=$rate at80_p99=$p99
[ "$rss" -gt "$rss_post" ] && rss_post=$rss
# The decision log's cost: the same service with the log off, started beside this one and warmed the same way,
# then both loaded in turn, three rounds each (one service loaded at a time, the other idle): this machine varies
# by ±20 % between runs, more than the 10 % target, so one run of each, an hour apart, cannot show it.
pid_on=$pid URL_ON=$URL
PORT=$((PORT + 1))
URL="http://127.0.0.1:$PORT"
launch -Dassurances.decisions.enabled=false
pid_off=$pid URL_OFF=$URL
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/post-evaluation.lua "$URL_OFF/evaluations" > /dev/null
on_rates="" off_rates=""
for _ in 1 2 3; do
  pid=$pid_on; load "$MEASURE" -s bench/post-evaluation.lua "$URL_ON/evaluations"; on_rates="$on_rates $rate"
  pid=$pid_off; load "$MEASURE" -s bench/post-evaluation.lua "$URL_OFF/evaluations"; off_rates="$off_rates $rate"
done
written=$(curl -s "$URL_ON/q/metrics" | awk '/^assurances_decisions_written_total/ {printf "%.0f", $2}')
kill $pid_on $pid_off; wait $pid_on $pid_off 2>/dev/null || true; pid= pid_on= pid_off=
mean() { echo "$@" | awk '{s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.0f", s / NF}'; }
on=$(mean $on_rates) off=$(mean $off_rates)

ratio=$(awk -v a="$post" -v b="$noop" 'BEGIN {printf "%.1f", 100 * a / b}')
cost=$(awk -v on="$on" -v off="$off" 'BEGIN {printf "%.0f", 100 * (off - on) / off}')
row() { printf '| %s | %s | %s |\n' "$1" "$2" "$3"; }
echo
row "target" "aim" "figure (this run)"
row "---" "---" "---"
if [ "${SKIP_JMH:-0}" != 1 ]; then
  row "one evaluation in process, 13 Nov 1962: time, allocated" "≤ 150 µs (100), ≤ 150 KB" "${nov%|*}, ${nov#*|}"
  row "one evaluation in process, 4 Aug 1970: time, allocated" "≤ 150 µs (100), ≤ 150 KB" "${aug%|*}, ${aug#*|}"
  row "a 1,000-event timeline" "≤ 100 ms" "${timeline%|*}"
  row "what would it take, depth 3 (13 Nov 1962, NON_INVASION)" "≤ 1 s" "${search%|*}"
fi
row "POST /evaluations against the no-op GET /q/health/live" "≥ 12 % (25 %)" \
  "$ratio % ($post against $noop req/s)${post_errors:+; $post_errors}"
row "p99 at 80 % of the maximum" "≤ 20 ms" "$at80_p99 ($at80 req/s)"
row "the decision log's cost in throughput" "≤ 10 %" \
  "$cost % (log on $on, log off $off req/s: the means of rounds${on_rates} and${off_rates}; $written written)"
row "RSS under load, manifest's options, MaxRAM 512 MB" "≤ 250 MB (200)" "$rss_post MB"
