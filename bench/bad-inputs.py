#!/usr/bin/env python3
"""Sends every named bad input of src/test/resources/bad-inputs.json to a service and prints, for each, the
status, the problem type and pointer, and the time to answer, against what the file expects.

usage: bench/bad-inputs.py [BASE_URL]   (default: starts the packaged jar on 127.0.0.1:18082 and stops it)
Loopback only; one request at a time; exits non-zero if any answer differs from the file, is not
application/problem+json, is a 5xx, or takes more than 5 s. BadInputCatalogTest runs the same list in CI."""
import base64, json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = json.load(open(os.path.join(ROOT, "src/test/resources/bad-inputs.json")))["cases"]


def body(c):  # the same generators as BadInputCatalogTest.body
    if "bodyBase64" in c:
        return base64.b64decode(c["bodyBase64"])
    if "body" not in c:
        return None
    b = c["body"]
    if "nest" in c:
        b = b.replace("@NEST@", "[" * c["nest"] + "]" * c["nest"])
    if "nestObjects" in c:
        n = c["nestObjects"]; b = b.replace("@NESTOBJ@", '{"a":' * n + "1" + "}" * n)
    if "repeat" in c:
        b = b.replace("@FACTS@", ",".join([c["repeat"]["item"]] * c["repeat"]["count"]))
    if "padTo" in c:
        b = b + " " * max(0, c["padTo"] - len(b))
    return b.encode()


def send(host, port, c):
    data = body(c)
    path = c["path"]
    head = [f'{c["method"]} {path} HTTP/1.1', f"Host: {host}", "Connection: close",
            "Accept: " + c.get("accept", "*/*")]
    if data is not None:
        head += ["Content-Type: " + c.get("contentType", "application/json"), f"Content-Length: {len(data)}"]
    big = data is not None and len(data) > 1024 * 1024
    if big:
        head.append("Expect: 100-continue")  # the service answers before the body is sent
    start = time.perf_counter()
    s = socket.create_connection((host, port), timeout=10)
    s.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
    if data is not None and not big:
        s.sendall(data)
    raw = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        raw += chunk
        if b"\r\n\r\n" in raw:
            header, _, rest = raw.partition(b"\r\n\r\n")
            lines = header.decode("latin-1").split("\r\n")
            if lines[0].split()[1] == "100":
                raw = rest
                continue
            fields = {l.split(":", 1)[0].lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
            length = int(fields.get("content-length", "-1"))
            if length >= 0 and len(rest) >= length:
                break
    elapsed = (time.perf_counter() - start) * 1000
    s.close()
    header, _, rest = raw.partition(b"\r\n\r\n")
    lines = header.decode("latin-1").split("\r\n")
    fields = {l.split(":", 1)[0].lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
    return int(lines[0].split()[1]), fields.get("content-type", ""), rest, elapsed


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else None
    proc = None
    data = None
    if base is None:
        jar = os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")
        if not os.path.exists(jar):
            subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
        data = tempfile.mkdtemp(prefix="bad-inputs-")
        proc = subprocess.Popen(["java", "-Dquarkus.http.port=18082", "-Dquarkus.http.host=127.0.0.1",
                                 "-Dquarkus.http.access-log.enabled=false", "-jar", jar], cwd=data,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = "http://127.0.0.1:18082"
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", 18082), timeout=1).close(); break
            except OSError:
                time.sleep(0.05)
        time.sleep(0.5)
    u = urllib.parse.urlparse(base)
    failures = 0
    times = []
    print("| # | bad input | endpoint | expected | answered | problem type | pointer | ms |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    try:
        for i, c in enumerate(CASES, 1):
            status, ctype, raw, ms = send(u.hostname, u.port or 80, c)
            times.append(ms)
            try:
                p = json.loads(raw)
            except ValueError:
                p = {}
            ptype = str(p.get("type", "")).rsplit(":", 1)[-1]
            pointers = [q.get("pointer") for q in p.get("problems", [])]
            ok = (status == c["status"] and ctype.startswith("application/problem+json") and status < 500
                  and ("type" not in c or ptype == c["type"])
                  and ("pointer" not in c or c["pointer"] in pointers) and ms < 5000)
            failures += not ok
            endpoint = c["method"] + " " + c["path"].split("?")[0][:40]
            shown = next((x for x in pointers if x == c.get("pointer")), pointers[0] if pointers else "")
            print(f'| {i} | {c["name"]} | {endpoint} | {c["status"]} | {status}{"" if ok else " **differs**"} '
                  f'| {ptype} | `{shown}` | {ms:.0f} |')
    finally:
        if proc:
            proc.terminate(); proc.wait(timeout=30)
        if data:
            shutil.rmtree(data, ignore_errors=True)
    times.sort()
    print(f"\n{len(CASES)} bad inputs, {len(CASES) - failures} answered as expected, {failures} differ; "
          f"time to answer: median {times[len(times) // 2]:.0f} ms, max {times[-1]:.0f} ms")
    sys.exit(1 if failures else 0)


main()
