#!/usr/bin/env bash
# Launch to the first answered POST /evaluations, packaged, on an existing data folder (a first launch creates it
# and is not counted): best and median of 5 launches for each form the README names, in one run:
#   JDK 17 plain jar; JDK 25 plain jar; JDK 25 with the AOT cache of bench/train-aot.sh.
# Usage: bench/startup.sh [launches, default 5]. Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5}
PORT=${PORT:-18087}
OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
jar=$PWD/target/quarkus-app/quarkus-run.jar
cache=$PWD/target/quarkus-app/app.aot
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
. bench/training.sh
jdk25=$(jdk25)
data=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$data"' EXIT
first_answer() {  # java, options...: sets elapsed (ms from launch to the first 200)
  local java=$1; shift
  local start=$(date +%s%N)
  (cd "$data" && exec "$java" $OPTS "$@" -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 -jar "$jar") \
    > target/startup-service.log 2>&1 &
  pid=$!
  for _ in $(seq 1 5000); do
    curl -sf -o /dev/null -XPOST "http://127.0.0.1:$PORT/evaluations" -H 'Content-Type: application/json' \
      --data-binary @bench/nov13.json && break
    sleep 0.002
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}
form() {  # label, java, options...
  local label=$1; shift
  local times=()
  for _ in $(seq 1 "$N"); do first_answer "$@"; times+=("$elapsed"); done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '| %s | %s ms | %s ms | %s |\n' "$label" "${sorted[0]}" "${sorted[$((N / 2))]}" "${times[*]}"
}
first_answer java   # creates the data folder
echo "| form | best | median | all launches (ms) |"
echo "| --- | --- | --- | --- |"
form "JDK 17 ($(java -version 2>&1 | head -1 | cut -d'"' -f2)), plain jar" java
if [ -n "$jdk25" ]; then
  form "JDK 25 ($("$jdk25" -version 2>&1 | head -1 | cut -d'"' -f2)), plain jar" "$jdk25"
  [ -f "$cache" ] || bash bench/train-aot.sh > /dev/null
  form "JDK 25 with the AOT cache" "$jdk25" -XX:AOTCache="$cache"
else
  echo "(no JDK 25 here: the AOT forms are not measured)"
fi
