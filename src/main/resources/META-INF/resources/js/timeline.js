// The timeline page: each determination's status over time, on a time-scaled axis (or one column per
// transition), replayed as soon as the page opens; downloads as SVG and CSV.
import { $, el, api, problemText, download, COLORS } from "./util.js";
import { state } from "./state.js";

const NS = "http://www.w3.org/2000/svg";
let last = null;

function days(date) {
  return Date.parse(date + "T00:00:00Z") / 86400000;
}

/** x of each transition: to scale in time (with a minimum gap so labels stay apart), or in equal columns. */
function positions(transitions, scaled, width) {
  if (!scaled) return transitions.map((t, i) => i * (width / transitions.length));
  const first = days(transitions[0].date);
  const span = Math.max(1, days(transitions[transitions.length - 1].date) - first);
  const xs = transitions.map((t) => ((days(t.date) - first) / span) * (width - 60));
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i], xs[i - 1] + 24);
  return xs;
}

function chart(transitions, scaled) {
  const ids = Object.keys(transitions[0].statuses);
  const left = 250;
  const plot = scaled ? 900 : 62 * transitions.length;
  const row = 26;
  const top = 48;
  const width = left + plot + 40;
  const height = top + row * ids.length + 20;
  const xs = positions(transitions, scaled, plot);
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("xmlns", NS);
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "status of each determination over time");
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text) n.textContent = text;
    svg.append(n);
    return n;
  };
  const tip = (node, text) => {
    const t = document.createElementNS(NS, "title");
    t.textContent = text;
    node.append(t);
  };
  ids.forEach((id, r) => {
    add("text", { x: 6, y: top + r * row + 17, "font-size": 13, "font-family": "sans-serif" }, id);
    transitions.forEach((t, i) => {
      const x = left + xs[i];
      const end = i + 1 < transitions.length ? left + xs[i + 1] : left + plot + 30;
      const rect = add("rect", {
        x, y: top + r * row + 3, width: Math.max(1, end - x - 1), height: row - 6, fill: COLORS[t.statuses[id]],
        class: "band", "data-id": id, "data-date": t.date,
      });
      tip(rect, `${id}: ${t.statuses[id]} from ${t.date}`);
    });
  });
  transitions.forEach((t, i) => {
    const x = left + xs[i];
    add("line", { x1: x, x2: x, y1: top - 4, y2: height - 16, stroke: "#1d1d1f", "stroke-width": 1 });
    const label = add("text", {
      x: x + 3, y: top - 8, transform: `rotate(-30 ${x + 3} ${top - 8})`, "font-size": 11, "font-family": "sans-serif",
    }, t.date);
    tip(label, t.triggers.join("; ") + (t.facts.length ? " — facts " + t.facts.map((f) => "#" + f).join(", ") : ""));
  });
  return svg;
}

function csv(transitions) {
  const ids = Object.keys(transitions[0].statuses);
  const quote = (s) => `"${String(s).replace(/"/g, '""')}"`;
  const rows = transitions.map((t) => [t.date, ...ids.map((id) => t.statuses[id]), quote(t.triggers.join("; ")),
    quote(t.facts.join(" "))].join(","));
  return ["date," + ids.join(",") + ",triggers,facts", ...rows].join("\n") + "\n";
}

function draw() {
  if (!last || !last.length) return;
  $("timelineChart").replaceChildren(chart(last, $("timeScale").value === "time"));
}

export async function replay() {
  const source = $("timelineSource").value;
  let facts = state.facts;
  let until = state.asOf;
  try {
    if (source) {
      const s = await api("GET", "scenarios/" + source);
      facts = s.facts;
      until = s.until || s.asOf;
    }
    const answer = await api("POST", "timelines", { facts, until });
    last = answer.transitions;
    if (last.length) draw(); else $("timelineChart").replaceChildren(el("p", {}, "No transitions."));
    $("transitions").replaceChildren(...last.map((tr) => el("li", {}, el("strong", {}, tr.date), " — ",
      tr.triggers.join("; "), tr.facts.length ? " (facts " + tr.facts.map((f) => "#" + f).join(", ") + ")" : "", ": ",
      tr.changes.filter((c) => c.kind === "determination").map((c) => `${c.id} ${c.from || "—"} → ${c.to}`).join(", ")
        || "conditions only")));
    document.body.dataset.replayed = String(last.length);
  } catch (err) {
    $("timelineChart").replaceChildren(el("p", { class: "error" }, problemText(err)));
  }
}

export function startTimeline() {
  $("timelineSource").replaceChildren(
    ...state.scenarios.filter((s) => s.kind === "TIMELINE").map((s) => el("option", { value: s.id }, s.name)),
    el("option", { value: "" }, "the facts on the workbench"));
  $("replay").addEventListener("click", replay);
  $("timelineSource").addEventListener("change", replay);
  $("timeScale").addEventListener("change", draw);
  $("downloadSvg").addEventListener("click", () => {
    const svg = $("timelineChart").querySelector("svg");
    if (svg) download("timeline.svg", "image/svg+xml", new XMLSerializer().serializeToString(svg));
  });
  $("downloadCsv").addEventListener("click", () => { if (last) download("timeline.csv", "text/csv", csv(last)); });
}

/** Opening the page replays what it shows, once. */
export function openTimeline() {
  if (!document.body.dataset.replayed) replay();
}
