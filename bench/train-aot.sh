#!/usr/bin/env bash
# The AOT cache of JDK 25 (JEP 483, 514) for the AOT layout (target/aot, which ./mvnw package builds beside the
# plain jar), trained on real requests: runs the packaged service once with -XX:AOTCacheOutput under a JDK 25 or
# newer, sends it the requests a user sends (an evaluation, a scenario report, a timeline, the catalog, health, the
# workbench page), stops it, and leaves target/aot/app.aot.
# Start with (the README's form): <jdk25>/bin/java -XX:AOTCache=target/aot/app.aot -jar target/aot/quarkus-run.jar
# The cache belongs to this build and that JDK: after a rebuild or with another JDK the JVM ignores it, with a warning.
# Which JDK: $AOT_JAVA_HOME, else the newest JDK 25 or later under /usr/lib/jvm. Without one it says so and stops:
# the plain jar (target/quarkus-app) is then the one to run. ./mvnw package runs this (-Daot.skip=true skips it and
# the AOT layout); the container image (src/main/docker/Dockerfile.jvm) runs it on its copy of the layout, with
# AOT_DIR=/deployments (default: target/aot).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18086}
AOT_DIR=${AOT_DIR:-$PWD/target/aot}
jar=$AOT_DIR/quarkus-run.jar
cache=$AOT_DIR/app.aot
mkdir -p target
[ -f "$jar" ] || { echo "no AOT layout: run ./mvnw package first" >&2; exit 1; }
. bench/training.sh
java=$(jdk25)
if [ -z "$java" ]; then
  echo "AOT cache not trained: no JDK 25 or later here (set AOT_JAVA_HOME); run the plain jar, target/quarkus-app"
  rm -f "$cache"
  exit 0
fi
rm -f "$cache"
data=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$data"' EXIT
url=http://127.0.0.1:$PORT
ready() { for _ in $(seq 1 1500); do curl -sf -o /dev/null "$url/q/health/ready" && return; sleep 0.02; done; }
# A first start creates the database, so that the training run starts as every later start does, on an existing
# one: the classes that create and migrate it (Flyway's, about 400) stay out of the cache that every start loads.
(cd "$data" && exec "$java" -Xmx256m -XX:+UseSerialGC -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 \
  -jar "$jar") > target/train-aot-first.log 2>&1 &
pid=$!
ready
kill "$pid"; wait "$pid" || true
# The cache keeps the classes, loaded and linked, and the objects of their static state, but no method profiles
# (-AOTRecordTraining, a flag of the training run only): with profiles, JDK 25 compiles every method the training
# found hot as soon as the service starts, and on two cores that work was ~0.15 s of the first answer, for no
# measurable gain at full speed after the JIT's warm-up (docs/performance.md, "The first answer").
(cd "$data" && exec "$java" ${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -XX:+UnlockDiagnosticVMOptions \
  -XX:-AOTRecordTraining -XX:AOTCacheOutput="$cache" -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 \
  -jar "$jar") > target/train-aot.log 2>&1 &
pid=$!
ready
training_requests "$url" 20
kill "$pid"; wait "$pid" || true
pid=
# The JVM writes the cache as it exits; a failed training leaves none, and the build says so.
[ -f "$cache" ] || { echo "AOT cache not written: see target/train-aot.log" >&2; tail -5 target/train-aot.log >&2; exit 1; }
ls -l "$cache" | awk -v j="$java" '{printf "AOT cache: %s, %d MB, for %s\n", $9, $5/1048576, j}'
