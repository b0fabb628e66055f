#!/usr/bin/env python3
"""The top frames of a JFR recording (bench/speed.sh with PROFILE=1): where the CPU samples are (the frame on
top, and the frames below it that most samples pass through) and where the bytes are allocated (the first frame
outside the JDK). Usage: bench/top-frames.py RECORDING.jfr [how many rows, default 25]"""
import collections
import re
import shutil
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w.$<>/]+)\(.*?line:", re.M)
UNITS = {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}


def events(recording, kind):
    jfr = shutil.which("jfr") or "jfr"
    text = subprocess.run([jfr, "print", "--events", kind, "--stack-depth", "64", recording],
                          check=True, capture_output=True, text=True).stdout
    return text.split(kind + " {")[1:]


def main():
    recording, rows = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
    top, through, n = collections.Counter(), collections.Counter(), 0
    for event in events(recording, "jdk.ExecutionSample"):
        frames = FRAME.findall(event)
        if frames:
            n += 1
            top[frames[0]] += 1
            for f in set(frames):
                through[f] += 1
    print(f"CPU: {n} samples\n\ntop of the stack")
    for f, c in top.most_common(rows):
        print(f"{100 * c / n:5.1f} %  {f}")
    print("\nthrough (project and engine frames)")
    shown = 0
    for f, c in through.most_common():
        if ("assurances" in f or "drools" in f or "vertx" in f or "jackson" in f) and "jmh" not in f:
            print(f"{100 * c / n:5.1f} %  {f}")
            shown += 1
            if shown == rows:
                break
    allocated, total = collections.Counter(), 0.0
    for event in events(recording, "jdk.ObjectAllocationSample"):
        weight = re.search(r"weight = ([\d.]+) (\w+)", event)
        if not weight:
            continue
        w = float(weight.group(1)) * UNITS.get(weight.group(2), 1)
        total += w
        outside = [f for f in FRAME.findall(event) if not f.startswith(("java.", "jdk.", "sun."))]
        allocated[outside[0] if outside else "(JDK only)"] += w
    print("\nbytes allocated, by the first frame outside the JDK")
    for f, c in allocated.most_common(rows):
        print(f"{100 * c / max(total, 1):5.1f} %  {f}")


if __name__ == "__main__":
    main()
