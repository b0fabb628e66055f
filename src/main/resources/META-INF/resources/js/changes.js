// "What the rule change did": the regression diff against an earlier rulebook the service ran under.
import { $, el, api, problemText, plural, fill } from "./util.js";

let rulebooks = null;

export async function renderChanges() {
  if (rulebooks) return;
  try {
    const current = (await api("GET", "rulebooks/running")).id;
    rulebooks = await api("GET", "rulebooks");
    const earlier = rulebooks.filter((r) => r.id !== current);
    $("fromRulebook").replaceChildren(...(earlier.length ? earlier : rulebooks).map((r) => el("option", { value: r.id },
      `${r.id}${r.id === current ? " (the running one)" : ""} — seen ${r.firstSeen.slice(0, 10)} to `
      + r.lastSeen.slice(0, 10))));
    $("changesSummary").textContent = earlier.length ? "" : "The service has run under no other rulebook yet.";
  } catch (err) {
    $("changesSummary").textContent = problemText(err);
  }
}

export function changeRows(label, changes, left = "was", right = "now", sides = ["decided then by", "decided now by"]) {
  if (!changes.length) return null;
  const [from, to, fromRule, toRule] = changes[0].left !== undefined
    ? ["left", "right", "leftRule", "rightRule"] : ["from", "to", "fromRule", "toRule"];
  return el("table", { class: "changes" },
    el("thead", {}, el("tr", {}, [label, left, right, ...sides].map((h) => el("th", {}, h)))),
    el("tbody", {}, changes.map((c) => el("tr", { "data-id": c.id },
      el("td", {}, c.title ? [el("strong", {}, c.id), el("div", { class: "muted" }, c.title)] : c.id),
      el("td", {}, el("span", { class: "badge " + (c[from] || "") }, c[from] || "—")),
      el("td", {}, el("span", { class: "badge " + (c[to] || "") }, c[to] || "—")),
      el("td", { class: "cite" }, c[fromRule] || "—"), el("td", { class: "cite" }, c[toRule] || "—")))));
}

async function compare() {
  const from = $("fromRulebook").value;
  if (!from) return;
  $("changesMarkdown").href = "regressions.md?from=" + encodeURIComponent(from);
  $("changesSummary").textContent = "Comparing…";
  try {
    const r = await api("GET", "regressions?from=" + encodeURIComponent(from));
    fill($("changesSummary"), `${r.from} → ${r.to}: ${plural(r.cases, "case")}, ${r.compared} compared, ` +
      `${r.changed.length} changed, ${r.unchanged.length} unchanged.`, r.unrecorded.length
      ? el("details", {},
        el("summary", {}, `${r.unrecorded.length} not compared: no decision recorded under ${r.from}`),
        el("ul", {}, r.unrecorded.map((c) => el("li", {}, c.name)))) : null);
    fill($("changesList"), ...r.changed.map((c) => el("article", { class: "entry", "data-case": c.of.id },
      el("h3", {}, c.of.name, " ",
        el("span", { class: "muted" }, c.of.kind === "FACT_SET" ? "saved fact set" : "scenario")),
      changeRows("Determination", c.determinations), changeRows("Condition", c.conditions),
      c.conditionsCompared ? null
        : el("p", { class: "muted" }, "Conditions not compared: the old report was not stored."))));
    document.body.dataset.compared = String(r.changed.length);
  } catch (err) {
    $("changesSummary").textContent = problemText(err);
  }
}

export function startChanges() {
  $("compareRulebooks").addEventListener("click", compare);
}
