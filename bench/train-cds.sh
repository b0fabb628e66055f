#!/usr/bin/env bash
# Class-data sharing trained on real requests: runs the packaged service once with
# -XX:ArchiveClassesAtExit, sends it the requests a user sends (an evaluation, a scenario report, a
# timeline, the catalog, health, the workbench page), stops it, and leaves target/quarkus-app/app-cds.jsa.
# Start with: java -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa -jar target/quarkus-app/quarkus-run.jar
# (the archive belongs to this build and this JDK: the JVM ignores it, with a warning, after a rebuild).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/training.sh
PORT=${PORT:-18085}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
archive=$PWD/target/quarkus-app/app-cds.jsa
rm -f "$archive"
data=$(mktemp -d)
(cd "$data" && exec java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$archive" -Dquarkus.http.port=$PORT \
  -Dquarkus.http.host=127.0.0.1 -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar") > target/train-cds.log 2>&1 &
pid=$!
url=http://127.0.0.1:$PORT
for _ in $(seq 1 1000); do curl -sf -o /dev/null "$url/q/health/ready" && break; sleep 0.02; done
training_requests "$url" 3
kill "$pid"; wait "$pid" || true
rm -rf "$data"
ls -l "$archive" | awk '{printf "class-data archive: %s, %d MB\n", $9, $5/1048576}'
