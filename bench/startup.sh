#!/usr/bin/env bash
# Launch to the first answered POST /evaluations, packaged, on an existing data folder (a first launch creates it
# and is not counted): best and median of N launches for each form the README names, the forms taking turns:
#   JDK 17, the plain jar (target/quarkus-app); JDK 25, the plain jar; JDK 25, the AOT layout with its cache
#   (target/aot, trained by bench/train-aot.sh) and the README's options for it ($AOT_OPTS).
# Each launch is timed by bench/first-answer.py, one probe process that tries to connect every millisecond; the CPU
# column is the service's own CPU time (user + system) at its first answer, the median of the form's launches.
# Usage: [JAVA_OPTS="-Xmx256m -XX:+UseSerialGC"] [AOT_OPTS=-XX:CompileThresholdScaling=2] bench/startup.sh [launches,
# default 5]. Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5}
OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
AOT_OPTS=${AOT_OPTS:--XX:CompileThresholdScaling=2}
plain=$PWD/target/quarkus-app/quarkus-run.jar
aot=$PWD/target/aot/quarkus-run.jar
cache=$PWD/target/aot/app.aot
[ -f "$plain" ] && [ -f "$aot" ] || ./mvnw -B -q package -DskipTests
. bench/training.sh
jdk25=$(jdk25)
[ -z "$jdk25" ] || [ -f "$cache" ] || bash bench/train-aot.sh > /dev/null
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
labels=() commands=()
form() { labels+=("$1"); shift; commands+=("$*"); }
form "JDK 17 ($(java -version 2>&1 | head -1 | cut -d'"' -f2)), plain jar" java $OPTS -jar "$plain"
if [ -n "$jdk25" ]; then
  v=$("$jdk25" -version 2>&1 | head -1 | cut -d'"' -f2)
  form "JDK 25 ($v), plain jar" "$jdk25" $OPTS -jar "$plain"
  form "**JDK 25 ($v), AOT layout and cache**" "$jdk25" $OPTS -XX:AOTCache="$cache" $AOT_OPTS -jar "$aot"
else
  echo "(no JDK 25 here: the AOT form is not measured)"
fi
python3 bench/first-answer.py "$data" java $OPTS -jar "$plain" > /dev/null  # creates the data folder
declare -A times cpus
for _ in $(seq 1 "$N"); do
  for i in "${!labels[@]}"; do
    read -r ms cpu <<< "$(python3 bench/first-answer.py "$data" ${commands[$i]})"
    times[$i]+="$ms " cpus[$i]+="$cpu "
  done
done
echo "| form | best | median | CPU at the answer (median) | all launches (ms) |"
echo "| --- | --- | --- | --- | --- |"
for i in "${!labels[@]}"; do
  sorted=($(printf '%s\n' ${times[$i]} | sort -n)); c=($(printf '%s\n' ${cpus[$i]} | sort -n))
  printf '| %s | %s ms | %s ms | %s ms | %s |\n' "${labels[$i]}" "${sorted[0]}" "${sorted[$((N / 2))]}" \
    "${c[$((N / 2))]}" "${times[$i]% }"
done
