#!/usr/bin/env python3
"""Launch to the first answered POST /evaluations, for one launch of the packaged service.

Usage: bench/first-answer.py DATA-FOLDER JAVA [JVM-OPTIONS...] -jar JAR
Prints: milliseconds from launch to the first 200, and the service's CPU time (user + system, ms) at that moment.

The probe is one process: it tries to connect every millisecond (a refused connect costs microseconds) and sends the
evaluation on the first connection that opens. A probe that starts a curl every few milliseconds, as this script's
predecessor did, takes most of one of this machine's two cores from the service it times (docs/performance.md).
Loopback only; stops the service before it returns.
"""
import http.client
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    data, command = sys.argv[1], sys.argv[2:]
    port = int(os.environ.get("PORT", "18087"))
    body = open(os.path.join(ROOT, "bench", "nov13.json"), "rb").read()
    log = open(os.path.join(ROOT, "target", "startup-service.log"), "wb")
    java, rest = command[0], command[1:]
    started = time.monotonic()
    service = subprocess.Popen(
        [java, f"-Dquarkus.http.port={port}", "-Dquarkus.http.host=127.0.0.1"] + rest,
        cwd=data, stdout=log, stderr=subprocess.STDOUT)
    try:
        status = None
        while time.monotonic() - started < 120 and service.poll() is None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            try:
                connection.connect()
            except OSError:
                time.sleep(0.001)
                continue
            connection.request("POST", "/evaluations", body, {"Content-Type": "application/json"})
            answer = connection.getresponse()
            answer.read()
            status = answer.status
            break
        elapsed = (time.monotonic() - started) * 1000
        cpu = "?"
        try:
            with open(f"/proc/{service.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            cpu = str((int(fields[11]) + int(fields[12])) * 1000 // os.sysconf("SC_CLK_TCK"))
        except OSError:
            pass
    finally:
        service.terminate()
        service.wait(60)
    if status != 200:
        sys.exit(f"no answer 200 (got {status}): see target/startup-service.log")
    print(f"{elapsed:.0f} {cpu}")


if __name__ == "__main__":
    main()
