// The rulebook page (each determination's quoted paragraph and condition tree) and the coverage page.
import { $, el, api, problemText } from "./util.js";
import { state } from "./state.js";

function node(c) {
  return el("li", { "data-id": c.id },
    el("span", { class: "node" + (c.subsequent ? " subsequent" : ""), title: c.quote }, c.title),
    el("span", { class: "cite" }, " ", c.citation, " · ",
      el("a", { href: "edition#decides-" + c.id, class: "edition" }, "in the edition")),
    c.parts.length ? el("div", { class: "combines" }, c.combines + ":") : null,
    c.parts.length ? el("ul", {}, c.parts.map(node)) : null);
}

function term(e, t) {
  return el("div", { class: "diagram" },
    el("div", { class: "muted" }, (t.from ? "From " + t.from : "On offer from 27 Oct 1962") + (t.until ? " until "
      + t.until : ""), " — ", t.citation),
    e.terms.length > 1 ? el("blockquote", { class: "quote" }, t.quote) : null,
    el("div", {}, el("span", { class: "node" }, e.id), t.conditions.length ? " is contingent on all of:"
      : " binds on no condition"),
    el("ul", { class: "tree" }, t.conditions.map(node)),
    el("details", { class: "drl" }, el("summary", {}, "DRL"), el("pre", {}, t.drl)));
}

function search() {
  const words = $("rulebookSearch").value.trim().toLowerCase();
  let shown = 0;
  document.querySelectorAll("#catalog .entry").forEach((e) => {
    const hit = !words || e.textContent.toLowerCase().includes(words)
      || [...e.querySelectorAll("[title]")].some((n) => n.title.toLowerCase().includes(words));
    e.hidden = !hit;
    if (hit) shown++;
  });
  $("rulebookCount").textContent = words ? `${shown} of ${state.catalog.length} determinations match “${words}”` : "";
}

export function renderCatalog() {
  $("rulebookSearch").addEventListener("input", search);
  $("catalog").replaceChildren(...state.catalog.map((e) => el("article", { class: "entry", id: "rule-" + e.id },
    el("h2", {}, e.title, " ", el("span", { class: "muted" }, e.id), " ",
      el("a", { href: "edition#decides-" + e.id, class: "edition cite" }, "in the edition")),
    el("blockquote", { class: "quote" }, e.quote),
    e.terms.map((t) => term(e, t)))));
}

let coverage = null;

export async function renderCoverage() {
  if (coverage) return;
  try {
    coverage = await api("GET", "rulebook/coverage");
    const rows = coverage.rules;
    const unfired = rows.filter((r) => !r.cases.length).length;
    $("coverageSummary").textContent = `${rows.length} rules, ${coverage.cases} cases and scenarios; ` +
      (unfired ? `${unfired} rules fired by no case` : "every rule fires in at least one case");
    $("coverageTable").tBodies[0].replaceChildren(...rows.map((r) => el("tr",
      { class: r.cases.length ? "" : "unfired" },
      el("td", {}, r.file), el("td", {}, r.rule),
      el("td", {}, el("details", {}, el("summary", {}, r.cases.length + " cases"), r.cases.join(", "))))));
  } catch (err) {
    $("coverageSummary").textContent = problemText(err);
  }
}
