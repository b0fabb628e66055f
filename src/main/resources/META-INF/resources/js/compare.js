// Two reports side by side: the workbench or a scenario on the left, the same on another date, another
// scenario, or an edited copy on the right; every determination and condition that differs is marked.
import { $, el, api, problemText, plural, fill } from "./util.js";
import { state, factSet } from "./state.js";
import { changeRows } from "./changes.js";

async function side(which) {
  const source = $(which + "Source").value;
  if (source === "workbench") return factSet();
  if (source === "copy") {
    try {
      return JSON.parse($("copyJson").value);
    } catch (err) {
      throw new Error("the edited copy is not valid JSON: " + err.message);
    }
  }
  const s = await api("GET", "scenarios/" + source);
  return { asOf: s.asOf, facts: s.facts };
}

function withDate(set, date) {
  return date ? { ...set, asOf: date } : set;
}

function column(report, differing) {
  return el("div", { class: "column" }, el("h3", {}, "As of " + report.asOf),
    report.determinations.map((d) => el("div", {
      class: "summary" + (differing.has(d.id) ? " differs" : ""), "data-id": d.id,
    }, el("span", { class: "badge " + d.status }, d.status.replace("_", " ")), " ", d.title)));
}

async function compare() {
  $("comparisonSummary").textContent = "Comparing…";
  try {
    const left = withDate(await side("left"), $("leftDate").value);
    const right = withDate(await side("right"), $("rightDate").value);
    const r = await api("POST", "comparisons", { left, right });
    const differing = new Set(r.determinations.map((d) => d.id));
    $("comparisonSummary").textContent = `${plural(r.determinations.length, "determination")} and `
      + `${plural(r.conditions.length, "condition")} differ; ${plural(r.onlyLeft.length, "fact")} only on the left, `
      + `${r.onlyRight.length} only on the right.`;
    $("comparisonColumns").replaceChildren(column(r.left, differing), column(r.right, differing));
    const facts = (label, list) => list.length ? el("div", {}, el("h4", {}, label),
      el("ul", {}, list.map((f) => el("li", {}, `#${f.index} `, f.says,
        f.fact.source ? el("span", { class: "muted" }, " — source: " + f.fact.source) : null)))) : null;
    fill($("comparisonDetails"),
      changeRows("Determination", r.determinations, "left", "right", ["rule on the left", "rule on the right"]),
      changeRows("Condition", r.conditions, "left", "right", ["rule on the left", "rule on the right"]),
      facts("Facts only on the left", r.onlyLeft), facts("Facts only on the right", r.onlyRight));
    document.body.dataset.comparedSides = String(r.determinations.length);
  } catch (err) {
    $("comparisonSummary").textContent = problemText(err);
  }
}

export function startCompare() {
  const options = () => [el("option", { value: "workbench" }, "the facts on the workbench"),
    ...state.scenarios.map((s) => el("option", { value: s.id }, `${s.asOf} — ${s.name}`))];
  $("leftSource").replaceChildren(...options());
  $("rightSource").replaceChildren(el("option", { value: "copy" }, "an edited copy (below)"), ...options());
  $("rightSource").value = "workbench";
  $("copyFromLeft").addEventListener("click", async () => {
    try {
      $("copyJson").value = JSON.stringify(await side("left"), null, 2);
      $("rightSource").value = "copy";
    } catch (err) {
      $("comparisonSummary").textContent = problemText(err);
    }
  });
  $("compareSides").addEventListener("click", compare);
}
