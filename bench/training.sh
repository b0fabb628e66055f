# Sourced by bench/train-cds.sh, bench/train-aot.sh and bench/startup.sh: what they share.

# The newest JDK 25 or later: $AOT_JAVA_HOME, else under /usr/lib/jvm. Prints its java, or nothing.
jdk25() {
  local home major
  for home in ${AOT_JAVA_HOME:-} $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
    [ -x "$home/bin/java" ] || continue
    major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$major" ] && [ "${major%%.*}" -ge 25 ] 2>/dev/null; then echo "$home/bin/java"; return; fi
  done
}

# The requests a user sends, $2 times, to the service at $1: an evaluation (compact and full), a scenario
# report, a timeline, the catalog, the workbench page, and a malformed body.
training_requests() {
  local url=$1 rounds=$2
  for _ in $(seq 1 "$rounds"); do
    curl -sf -o /dev/null -XPOST "$url/evaluations" -H 'Content-Type: application/json' --data-binary @bench/nov13.json
    curl -sf -o /dev/null -XPOST "$url/evaluations?detail=full" -H 'Content-Type: application/json' \
      --data-binary @bench/nov13.json
    curl -sf -o /dev/null "$url/scenarios/1970-08-04-implicit-understanding/report"
    curl -sf -o /dev/null -XPOST "$url/timelines" -H 'Content-Type: application/json' \
      -d '{"facts":[{"type":"weaponSystem","system":"MRBM","status":"REMOVED","date":"1962-11-11"}]}'
    curl -sf -o /dev/null "$url/assurances"
    curl -sf -o /dev/null "$url/"
    curl -s -o /dev/null -XPOST "$url/evaluations" -H 'Content-Type: application/json' -d '{"asOf":'
  done
}
