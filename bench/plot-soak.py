#!/usr/bin/env python3
"""Draws RSS (MB) and p99 (ms) per soak segment from bench/soak.sh's CSV as one SVG, two panels, no library.
usage: bench/plot-soak.py target/soak.csv docs/soak.svg "caption" """
import csv, sys

rows = list(csv.DictReader(open(sys.argv[1])))
caption = sys.argv[3] if len(sys.argv) > 3 else ""
W, H, L, R, T, GAP, PH = 720, 420, 60, 20, 40, 50, 140
xs = [float(r["minute"]) for r in rows]
xmax = max(xs) if xs else 1


def panel(top, key, label, colour, also=None):
    values = [float(r[key]) for r in rows]
    extra = [float(r[also]) for r in rows] if also else []
    vmax = max(values + extra + [1]) * 1.15
    x = lambda m: L + (W - L - R) * m / xmax
    y = lambda v: top + PH - PH * v / vmax
    out = [f'<text x="{L}" y="{top - 8}" font-size="13">{label}</text>',
           f'<line x1="{L}" y1="{top + PH}" x2="{W - R}" y2="{top + PH}" stroke="#999"/>',
           f'<line x1="{L}" y1="{top}" x2="{L}" y2="{top + PH}" stroke="#999"/>']
    for k in range(5):
        v = vmax * k / 4
        out.append(f'<text x="{L - 6}" y="{y(v) + 4:.1f}" font-size="10" text-anchor="end">{v:.0f}</text>')
        out.append(f'<line x1="{L}" y1="{y(v):.1f}" x2="{W - R}" y2="{y(v):.1f}" stroke="#eee"/>')
    pts = " ".join(f"{x(m):.1f},{y(v):.1f}" for m, v in zip(xs, values))
    out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{pts}"/>')
    for m, v in zip(xs, values):
        out.append(f'<circle cx="{x(m):.1f}" cy="{y(v):.1f}" r="2.5" fill="{colour}"/>')
    if also:
        pts = " ".join(f"{x(m):.1f},{y(v):.1f}" for m, v in zip(xs, extra))
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-dasharray="4 3" points="{pts}"/>')
    for m in range(0, int(xmax) + 1):
        out.append(f'<text x="{x(m):.1f}" y="{top + PH + 14}" font-size="10" text-anchor="middle">{m}</text>')
    return out


parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif">',
         '<rect width="100%" height="100%" fill="white"/>',
         f'<text x="{L}" y="18" font-size="14" font-weight="bold">Soak: POST /evaluations for '
         f'{xmax:.0f} minutes</text>',
         f'<text x="{L}" y="32" font-size="11" fill="#555">{caption}</text>']
parts += panel(T + 20, "rss_max_mb", "RSS, MB (solid: highest in each 30 s; dashed: at its end)", "#1f5fa8",
               also="rss_end_mb")
parts += panel(T + 20 + PH + GAP, "p99_ms", "p99 latency, ms, per 30 s segment (minutes on the axis)", "#b8461b")
parts.append("</svg>")
open(sys.argv[2], "w").write("\n".join(parts) + "\n")
print(f"wrote {sys.argv[2]} ({len(rows)} segments)")
