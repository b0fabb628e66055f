#!/usr/bin/env python3
"""SIGTERM under load: readiness must go DOWN first, requests in flight must complete, and no request may get
a connection reset or a 5xx.

usage: bench/shutdown.py [seconds of load before SIGTERM, default 10] [connections, default 16]
Starts the packaged jar on 127.0.0.1:18083 (fresh data folder), loads it with POST /evaluations on
persistent connections, and starts slow requests (POST /counterfactuals, depth 4) just before SIGTERM. A
"balancer" thread polls /q/health/ready every 50 ms, as a load balancer would, and once it reads DOWN the
clients send no new request (each finishes the one it has in flight). Loopback only; stops by itself.
Prints what happened and exits non-zero on any reset, 5xx or unfinished request."""
import http.client, json, os, shutil, signal, socket, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = 18083
LOAD = float(sys.argv[1]) if len(sys.argv) > 1 else 10
CONNECTIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 16
BODY = open(os.path.join(ROOT, "bench/nov13.json"), "rb").read()
SLOW = json.dumps({"factSet": json.loads(BODY), "determination": "NON_INVASION", "wanted": "BINDING",
                   "maxChanges": 4, "timeBudgetMs": 10000}).encode()

lock = threading.Lock()
stats = {"ok": 0, "after_sigterm_ok": 0, "5xx": 0, "other": 0, "reset": 0, "refused": 0, "slow_ok": 0,
         "slow_failed": 0}
drain = threading.Event()
sigterm_at = [None]
ready_down_at = [None]


def count(key):
    with lock:
        stats[key] += 1


def client():
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    while not drain.is_set():
        try:
            conn.request("POST", "/evaluations", BODY, {"Content-Type": "application/json"})
            r = conn.getresponse(); r.read()
            if r.status == 200:
                count("ok")
                if sigterm_at[0]:
                    count("after_sigterm_ok")
            elif r.status >= 500:
                count("5xx")
            else:
                count("other")
            if r.getheader("Connection", "").lower() == "close":
                conn.close(); conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        except ConnectionRefusedError:
            count("refused"); time.sleep(0.01)
        except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected) as e:
            count("reset"); conn.close(); conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    conn.close()


def slow(results):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    start = time.time()
    try:
        conn.request("POST", "/counterfactuals", SLOW, {"Content-Type": "application/json"})
        r = conn.getresponse(); r.read()
        results.append((r.status, start, time.time()))
        count("slow_ok" if r.status == 200 else "slow_failed")
    except OSError as e:
        results.append((repr(e), start, time.time())); count("slow_failed")


def balancer():
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            conn.request("GET", "/q/health/ready"); r = conn.getresponse(); r.read(); conn.close()
            up = r.status == 200
        except OSError:
            up = False
        if not up and sigterm_at[0]:
            ready_down_at[0] = time.time(); drain.set(); return
        time.sleep(0.05)


def main():
    jar = os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")
    if not os.path.exists(jar):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    data = tempfile.mkdtemp(prefix="shutdown-")
    proc = subprocess.Popen(["java", "-Xmx256m", "-XX:+UseSerialGC", f"-Dquarkus.http.port={PORT}",
                             "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.access-log.enabled=false",
                             "-jar", jar], cwd=data,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", PORT), timeout=1).close(); break
        except OSError:
            time.sleep(0.05)
    threads = [threading.Thread(target=client) for _ in range(CONNECTIONS)]
    for t in threads:
        t.start()
    watcher = threading.Thread(target=balancer); watcher.start()
    time.sleep(LOAD)
    slow_results = []
    slows = [threading.Thread(target=slow, args=(slow_results,)) for _ in range(4)]
    for t in slows:
        t.start()
    time.sleep(0.3)  # the searches are under way
    before = dict(stats)
    sigterm_at[0] = time.time()
    proc.send_signal(signal.SIGTERM)
    for t in threads + slows:
        t.join(60)
    watcher.join(10)
    out, _ = proc.communicate(timeout=60)
    exited_at = time.time()
    shutil.rmtree(data, ignore_errors=True)
    t0 = sigterm_at[0]
    print(f"load: {LOAD:.0f} s, {CONNECTIONS} connections; {before['ok']} evaluations answered before SIGTERM")
    print(f"readiness DOWN seen {1000 * (ready_down_at[0] - t0):.0f} ms after SIGTERM" if ready_down_at[0]
          else "readiness never seen DOWN")
    print(f"evaluations answered 200 after SIGTERM (before the balancer drained): {stats['after_sigterm_ok']}")
    print(f"slow requests (counterfactual searches) in flight at SIGTERM: {len(slow_results)}, "
          f"answered 200: {stats['slow_ok']}, failed: {stats['slow_failed']}; "
          + ", ".join(f"{1000 * (end - t0):.0f} ms after SIGTERM" for _, _, end in slow_results))
    print(f"process exited {1000 * (exited_at - t0):.0f} ms after SIGTERM with code {proc.returncode}")
    print(f"5xx: {stats['5xx']}, connection resets: {stats['reset']}, refused connections: {stats['refused']},"
          f" other statuses: {stats['other']}")
    bad = stats["5xx"] + stats["reset"] + stats["slow_failed"] + stats["other"] + stats["refused"]
    if not ready_down_at[0] or bad:
        print("FAILED"); print(out[-3000:]); sys.exit(1)
    print("OK: readiness went DOWN first, every request in flight completed, no reset, no 5xx")


main()
