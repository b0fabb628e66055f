// The timeline page: each determination's status over time, on a time-scaled axis (or one column per
// transition), replayed as soon as the page opens; downloads as SVG and CSV.
import { $, el, api, problemText, download, COLORS, day, plural, WORDS } from "./util.js";
import { state } from "./state.js";

const NS = "http://www.w3.org/2000/svg";
let last = null;
let lastUntil = null;

function days(date) {
  return Date.parse(date + "T00:00:00Z") / 86400000;
}

const GAP = 16; // the labels stand upright: one line of 11 px text each, so 16 px apart never overlap

/**
 * x of each transition and of the end of the history: to scale in time (with a minimum gap so that labels stay
 * apart), or in equal columns.
 */
function positions(transitions, scaled, width, until) {
  const n = transitions.length;
  if (!scaled) return [...transitions.map((t, i) => i * (width / (n + 1))), n * (width / (n + 1))];
  const first = days(transitions[0].date);
  const end = Math.max(days(until || transitions[n - 1].date), days(transitions[n - 1].date));
  const span = Math.max(1, end - first);
  const xs = [...transitions.map((t) => days(t.date)), end].map((d) => ((d - first) / span) * (width - GAP * 2));
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i], xs[i - 1] + GAP);
  return xs;
}

function title(id) {
  return state.titles[id] || id;
}

function short(text, most) {
  return text.length > most ? text.slice(0, most - 1) + "…" : text;
}

/** What a transition changed, by name: "The US lifts the quarantine: not binding → binding". */
function changeText(c) {
  const word = (s) => WORDS[s] || s;
  return c.from ? `${title(c.id)}: ${word(c.from)} → ${word(c.to)}` : `${title(c.id)}: ${word(c.to)} (from the start)`;
}

/** The facts dated a day, in words with their numbers: ": the US lifted the quarantine (fact #14)". */
function factsSaid(t) {
  const said = (t.factsSay || []).map((w, i) => `${w} (fact #${t.facts[i]})`);
  return said.length ? ": " + said.join("; ") : "";
}

function explain(t) {
  $("timelineTip").replaceChildren(el("strong", { title: t.date }, day(t.date)), " — ", t.triggers.join("; "),
    factsSaid(t), ". ", t.changes.map(changeText).join("; "));
}

function chart(transitions, scaled, until) {
  const ids = Object.keys(transitions[0].statuses);
  // on a phone the titles are shortened, so that the days, not the names, get the width
  const narrow = window.innerWidth < 600;
  const left = narrow ? 160 : 330;
  const plot = scaled ? Math.max(900, GAP * (transitions.length + 2)) : 40 * (transitions.length + 1);
  const row = 26;
  const top = 84;
  const width = left + plot + 40;
  const height = top + row * ids.length + 20;
  const xs = positions(transitions, scaled, plot, until);
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("xmlns", NS);
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  svg.setAttribute("role", "group");
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
    tip(add("text", { x: 6, y: top + r * row + 17, "font-size": 12, "font-family": "sans-serif", "data-id": id },
      short(title(id), narrow ? 24 : 50)), `${title(id)} (${id})`);
    transitions.forEach((t, i) => {
      const x = left + xs[i];
      const end = left + xs[i + 1];
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
      x: x + 4, y: top - 6, transform: `rotate(-90 ${x + 4} ${top - 6})`, "font-size": 11, "font-family": "sans-serif",
      class: "date", "data-date": t.date, tabindex: 0, role: "button", style: "cursor: pointer",
    }, t.date);
    tip(label, day(t.date) + ": " + t.triggers.join("; ") + factsSaid(t));
    // a tap (or Enter) says what happened that day: hovering cannot work on a phone
    label.addEventListener("click", () => explain(t));
    label.addEventListener("keydown", (e) => { if (e.key === "Enter") explain(t); });
  });
  const endX = left + xs[transitions.length];
  add("line", { x1: endX, x2: endX, y1: top - 4, y2: height - 16, stroke: "#6b6b70", "stroke-dasharray": "3 3" });
  add("text", { x: endX + 4, y: top - 6, transform: `rotate(-90 ${endX + 4} ${top - 6})`, "font-size": 11,
    "font-family": "sans-serif", fill: "#6b6b70", class: "end" }, until || transitions[transitions.length - 1].date);
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
  $("timelineChart").replaceChildren(chart(last, $("timeScale").value === "time", lastUntil));
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
    lastUntil = until;
    if (last.length) draw(); else $("timelineChart").replaceChildren(el("p", {}, "No transitions."));
    $("transitions").replaceChildren(...last.map((tr) => {
      const determinations = tr.changes.filter((c) => c.kind === "determination");
      const conditions = tr.changes.filter((c) => c.kind !== "determination");
      // the determinations at once; the conditions, often dozens on the first day, on demand, so that on a phone
      // a screen shows several days and not one day's conditions
      return el("li", { "data-date": tr.date }, el("strong", { title: tr.date }, day(tr.date)), " — ",
        tr.triggers.join("; "), factsSaid(tr), ". ",
        determinations.length ? el("div", {}, determinations.map(changeText).join("; ")) : null,
        conditions.length ? el("details", { class: "muted conditions-changed" },
          el("summary", {}, plural(conditions.length, "condition") + " changed"),
          el("ul", {}, conditions.map((c) => el("li", {}, changeText(c))))) : null);
    }));
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
