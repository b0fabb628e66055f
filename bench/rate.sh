# Sourced by bench/load.sh and bench/soak.sh: the delay per connection that makes wrk (closed-loop) post
# POST /evaluations at a set rate. The rate is connections / (delay + latency), so a 15 s calibration run at
# the first guess (delay = connections / rate) measures the latency, and the delay is corrected by it.
# Usage: delay_for RATE URL CONNECTIONS   (prints milliseconds)
delay_for() {
  local target=$1 url=$2 connections=$3 delay got
  delay=$(awk -v c="$connections" -v t="$target" 'BEGIN {printf "%.2f", 1000 * c / t}')
  got=$(DELAY_MS=$delay wrk -t2 -c"$connections" -d15s -s bench/post-evaluation-rate.lua "$url/evaluations" \
    | awk '/Requests\/sec/ {print $2}')
  awk -v c="$connections" -v t="$target" -v g="$got" -v d="$delay" \
    'BEGIN {l = 1000 * c / g - d; x = 1000 * c / t - l; printf "%.2f", (x > 0 ? x : 0)}'
}
