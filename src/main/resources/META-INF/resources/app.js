// The analyst's workbench: build a fact set with forms made from the published vocabulary (OpenAPI),
// evaluate it on every change, read the verdicts as condition trees, replay timelines, read the rulebook.
"use strict";

const TYPES = ["weaponSystem", "verification", "undertaking", "safeguard", "declaration", "usAction", "incident"];
const FORMALITY = { FORMAL: "formally given", STATED: "stated (a letter or a press conference), not formalized",
  NONE: "no declaration on the record" };
const state = { asOf: "1962-11-13", facts: [], schemas: {}, quotes: {}, catalog: [], scenarios: [], timer: null, seq: 0,
  saved: null };
const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c.nodeType ? c : document.createTextNode(String(c)));
  return e;
};
const api = async (method, path, body, headers = {}) => {
  const r = await fetch(path, { method, headers: body ? { "Content-Type": "application/json", ...headers } : headers,
    body: body ? JSON.stringify(body) : undefined });
  const json = await r.json().catch(() => null);
  if (!r.ok) throw Object.assign(new Error(json && json.detail || r.statusText), { problem: json, status: r.status });
  return json;
};

// ---- the vocabulary, read from the OpenAPI document --------------------------------------------
function resolve(schema) {
  if (schema && schema.$ref) return resolve(state.schemas[schema.$ref.split("/").pop()]);
  if (schema && schema.allOf && schema.allOf.length === 1) return resolve(schema.allOf[0]);
  return schema || {};
}
function fieldsOf(type) {
  const props = (resolve(state.schemas[type]) || {}).properties || {};
  return Object.entries(props).filter(([name]) => name !== "type").map(([name, s]) => ({ name, schema: resolve(s) }));
}

// ---- facts: forms and JSON ---------------------------------------------------------------------
function input(fact, field) {
  const s = field.schema, value = fact[field.name];
  const set = (v) => { if (v === "" || v === null || v === undefined) delete fact[field.name]; else fact[field.name] = v; changed(false); };
  if (s.type === "array") {
    const items = resolve(s.items).enum || [];
    return el("span", { class: "checks" }, items.map((option) => el("label", {}, el("input", {
      type: "checkbox", value: option, ...(value && value.includes(option) ? { checked: "" } : {}),
      onchange: (e) => { const cur = new Set(fact[field.name] || []); e.target.checked ? cur.add(option) : cur.delete(option); set(cur.size ? [...cur] : null); }
    }), option)));
  }
  if (s.enum || s.type === "boolean") {
    const options = s.enum || [true, false];
    return el("select", { name: field.name, onchange: (e) => set(e.target.value === "" ? null : s.type === "boolean" ? e.target.value === "true" : e.target.value) },
      el("option", { value: "" }, "—"),
      options.map((o) => el("option", { value: String(o), ...(String(value) === String(o) ? { selected: "" } : {}) }, String(o))));
  }
  const kind = s.format === "date" ? "date" : s.type === "integer" ? "number" : "text";
  return el("input", { type: kind, name: field.name, value: value === undefined ? "" : value, ...(kind === "date" ? { min: "1959-01-01", max: "2100-12-31" } : {}),
    onchange: (e) => set(kind === "number" ? (e.target.value === "" ? null : Number(e.target.value)) : e.target.value) });
}
function renderFacts() {
  const list = $("facts");
  list.replaceChildren(...state.facts.map((fact, i) => el("li", { class: "fact", id: "fact-" + i, "data-index": i },
    el("header", {}, el("strong", {}, `#${i} ${fact.type}`),
      el("button", { type: "button", title: "remove this fact", "aria-label": `remove fact ${i}`, onclick: () => { state.facts.splice(i, 1); changed(true); } }, "✕")),
    el("div", { class: "fields" }, fieldsOf(fact.type).map((f) => el("label", {}, f.name, input(fact, f)))))));
  $("factCount").textContent = `(${state.facts.length})`;
}
function factSet() { return { asOf: state.asOf, facts: state.facts }; }
function changed(rerenderForms) {
  if (rerenderForms) renderFacts();
  $("factCount").textContent = `(${state.facts.length})`;
  $("json").value = JSON.stringify(factSet(), null, 2);
  $("jsonError").textContent = "";
  clearTimeout(state.timer);
  state.timer = setTimeout(evaluate, 150);
}
function load(set) {
  state.asOf = set.asOf || state.asOf;
  state.facts = (set.facts || []).map((f) => ({ ...f }));
  $("asOf").value = state.asOf;
  changed(true);
}

// ---- verdicts ----------------------------------------------------------------------------------
function factRefs(indices) {
  return (indices || []).map((i) => el("a", { class: "factref", href: "#fact-" + i, title: "show fact #" + i,
    onclick: (e) => { e.preventDefault(); highlight(i); } }, "#" + i));
}
function highlight(i) {
  document.querySelectorAll(".fact.highlight").forEach((f) => f.classList.remove("highlight"));
  const f = $("fact-" + i);
  if (f) { f.classList.add("highlight"); f.scrollIntoView({ behavior: "smooth", block: "center" }); }
}
function condition(c) {
  return el("li", { class: "condition", "data-id": c.id },
    el("span", { class: "badge " + c.value }, c.value), " ", el("strong", {}, c.title), c.subsequent ? el("span", { class: "muted" }, " (condition subsequent)") : null,
    el("div", {}, c.reason, " ", factRefs(c.facts)),
    state.quotes[c.id] ? el("div", { class: "quote" }, "“" + state.quotes[c.id] + "”") : null,
    c.value === "UNKNOWN" && c.toSettle.length ? el("div", { class: "settle" }, "Would settle it: " + c.toSettle.join("; ")) : null,
    el("div", { class: "cite" }, c.citation, " — rule: ", c.rule),
    c.parts && c.parts.length ? el("ul", {}, c.parts.map(condition)) : null);
}
function renderReport(report) {
  $("rulebookId").textContent = report.rulebook;
  $("ignored").textContent = report.ignored.length ? "Ignored (dated after the as-of date): " + report.ignored.map((i) => "#" + i.index).join(", ") : "";
  $("verdicts").replaceChildren(...report.determinations.map((d) => el("article", { class: "verdict " + d.status, "data-id": d.id },
    el("h3", {}, el("span", { class: "badge " + d.status }, d.status.replace("_", " ")), d.title),
    el("div", { class: "cite" }, d.id, " · ", d.citation),
    d.formalized === null ? null : el("div", {}, "Formalized: ", el("strong", {}, d.formalized ? "yes" : "no"), " — ", FORMALITY[d.formality] || d.formality),
    el("div", {}, d.reason),
    d.role ? el("div", {}, "Role: ", d.role) : null,
    d.violations.length ? el("div", { class: "error" }, "Violated: ", d.violations.map((v) => [v.text, " ", factRefs(v.facts)])) : null,
    d.toSettle.length ? el("div", { class: "settle" }, "Would settle it: " + d.toSettle.join("; ")) : null,
    d.conditions.length ? el("details", { open: "" }, el("summary", {}, "Conditions"), el("ul", { class: "tree" }, d.conditions.map(condition))) : null)));
  $("notes").replaceChildren(...report.notes.map((n) => el("p", { class: "muted" }, "Note: ", n.text, " ", factRefs(n.facts), el("span", { class: "cite" }, " — ", n.citation))));
}
function problemText(err) {
  const p = err.problem;
  return p ? `${p.title}: ${p.detail}` + (p.problems || []).map((x) => `\n  ${x.pointer}: ${x.detail} (expected ${x.expected})`).join("") : String(err);
}
async function evaluate() {
  const seq = ++state.seq;
  try {
    const report = await api("POST", "evaluations", factSet());
    if (seq !== state.seq) return;
    $("problem").textContent = "";
    renderReport(report);
    document.body.dataset.evaluated = String(seq);
  } catch (err) {
    if (seq === state.seq) $("problem").textContent = problemText(err);
  }
}

// ---- timeline -----------------------------------------------------------------------------------
const COLORS = { BINDING: "#1b7f3b", NOT_BINDING: "#b3261e", UNDETERMINED: "#a66a00" };
function chart(transitions) {
  const ids = Object.keys(transitions[0].statuses);
  const left = 250, step = 62, row = 26, top = 40, width = left + step * transitions.length + 40, height = top + row * ids.length + 20;
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`); svg.setAttribute("width", width); svg.setAttribute("height", height);
  svg.setAttribute("role", "img"); svg.setAttribute("aria-label", "status of each determination over time");
  const add = (tag, attrs, text) => { const n = document.createElementNS(svg.namespaceURI, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); if (text) n.textContent = text; svg.append(n); return n; };
  ids.forEach((id, r) => {
    add("text", { x: 6, y: top + r * row + 17 }, id);
    transitions.forEach((t, i) => {
      const rect = add("rect", { x: left + i * step, y: top + r * row + 3, width: step - 1, height: row - 6, fill: COLORS[t.statuses[id]], class: "band", "data-id": id, "data-date": t.date });
      const titled = document.createElementNS(svg.namespaceURI, "title"); titled.textContent = `${id}: ${t.statuses[id]} from ${t.date}`; rect.append(titled);
    });
  });
  transitions.forEach((t, i) => {
    const x = left + i * step;
    add("line", { x1: x, x2: x, y1: top - 4, y2: height - 16, stroke: "#1d1d1f", "stroke-width": 1 });
    const label = add("text", { x: x + 3, y: top - 8, transform: `rotate(-20 ${x + 3} ${top - 8})` }, t.date);
    const tip = document.createElementNS(svg.namespaceURI, "title");
    tip.textContent = t.triggers.join("; ") + (t.facts.length ? " — facts " + t.facts.map((f) => "#" + f).join(", ") : "");
    label.append(tip);
  });
  return svg;
}
async function replay() {
  const source = $("timelineSource").value;
  let facts = state.facts, until = state.asOf;
  if (source) { const s = await api("GET", "scenarios/" + source); facts = s.facts; until = s.until || s.asOf; }
  try {
    const answer = await api("POST", "timelines", { facts, until });
    const t = answer.transitions;
    $("timelineChart").replaceChildren(t.length ? chart(t) : el("p", {}, "No transitions."));
    $("transitions").replaceChildren(...t.map((tr) => el("li", {}, el("strong", {}, tr.date), " — ", tr.triggers.join("; "),
      tr.facts.length ? " (facts " + tr.facts.map((f) => "#" + f).join(", ") + ")" : "", ": ",
      tr.changes.filter((c) => c.kind === "determination").map((c) => `${c.id} ${c.from || "—"} → ${c.to}`).join(", ") || "conditions only")));
    document.body.dataset.replayed = String(t.length);
  } catch (err) { $("timelineChart").replaceChildren(el("p", { class: "error" }, problemText(err))); }
}

// ---- rulebook ------------------------------------------------------------------------------------
function node(c) {
  return el("li", {}, el("span", { class: "node" + (c.subsequent ? " subsequent" : ""), title: c.quote }, c.title),
    el("span", { class: "cite" }, " ", c.citation), c.parts.length ? el("ul", {}, c.parts.map(node)) : null);
}
function renderCatalog() {
  $("catalog").replaceChildren(...state.catalog.map((e) => el("article", { class: "entry", id: "rule-" + e.id },
    el("h2", {}, e.title, " ", el("span", { class: "muted" }, e.id)),
    el("blockquote", { class: "quote" }, e.quote),
    e.terms.map((t) => el("div", { class: "diagram" },
      el("div", { class: "muted" }, (t.from ? "From " + t.from : "On offer from 27 Oct 1962") + (t.until ? " until " + t.until : ""), " — ", t.citation),
      e.terms.length > 1 ? el("blockquote", { class: "quote" }, t.quote) : null,
      el("div", {}, el("span", { class: "node" }, e.id), t.conditions.length ? " is contingent on all of:" : " binds on no condition"),
      el("ul", { class: "tree" }, t.conditions.map(node)))))));
}

// ---- rule coverage -------------------------------------------------------------------------------
async function renderCoverage() {
  if (state.coverage) return;
  try {
    state.coverage = await api("GET", "rulebook/coverage");
    const rows = state.coverage.rules;
    const unfired = rows.filter((r) => !r.cases.length).length;
    $("coverageSummary").textContent = `${rows.length} rules, ${state.coverage.cases} cases and scenarios; ` +
      (unfired ? `${unfired} rules fired by no case` : "every rule fires in at least one case");
    $("coverageTable").tBodies[0].replaceChildren(...rows.map((r) => el("tr", { class: r.cases.length ? "" : "unfired" },
      el("td", {}, r.file), el("td", {}, r.rule),
      el("td", {}, el("details", {}, el("summary", {}, r.cases.length + " cases"), r.cases.join(", "))))));
  } catch (err) { $("coverageSummary").textContent = problemText(err); }
}

// ---- saved fact sets -----------------------------------------------------------------------------
async function listSaved() {
  try {
    const page = await api("GET", "fact-sets?size=100");
    $("savedSets").replaceChildren(el("option", { value: "" }, "—"), ...page.items.map((s) =>
      el("option", { value: s.id, ...(state.saved && state.saved.id === s.id ? { selected: "" } : {}) },
        `${s.name} (rev. ${s.revision}, as of ${s.asOf})`)));
  } catch (err) { $("saveStatus").textContent = problemText(err); }
}
function savedLink(id) { return location.origin + location.pathname + "#/?id=" + id; }
function showSaved(saved, verb) {
  state.saved = { id: saved.id, revision: saved.revision };
  $("saveName").value = saved.name;
  $("saveStatus").replaceChildren(`${verb} as revision ${saved.revision} · `,
    el("a", { href: savedLink(saved.id), id: "savedLink" }, "link to it"));
  document.body.dataset.saved = saved.id + ":" + saved.revision;
}
async function save() {
  const name = $("saveName").value.trim();
  if (!name) { $("saveStatus").textContent = "Give it a name first."; $("saveName").focus(); return; }
  const body = { name, factSet: factSet() };
  try {
    const saved = state.saved
      ? await api("PUT", "fact-sets/" + state.saved.id, body, { "If-Match": `"${state.saved.revision}"` })
      : await api("POST", "fact-sets", body);
    showSaved(saved, "Saved");
    history.replaceState(null, "", savedLink(saved.id));
    listSaved();
  } catch (err) {
    $("saveStatus").textContent = err.status === 412
      ? "Someone saved a newer revision meanwhile: open it again (nothing of yours was written), then save."
      : problemText(err);
  }
}
async function openSaved(id) {
  try {
    const saved = await api("GET", "fact-sets/" + encodeURIComponent(id));
    load(saved.factSet);
    showSaved(saved, "Opened");
  } catch (err) { $("problem").textContent = "Could not open the saved fact set: " + problemText(err); }
}

// ---- what the rule change did ----------------------------------------------------------------------
async function renderChanges() {
  if (state.rulebooks) return;
  try {
    const current = (await api("GET", "rulebooks/running")).id;
    state.rulebooks = await api("GET", "rulebooks");
    const earlier = state.rulebooks.filter((r) => r.id !== current);
    $("fromRulebook").replaceChildren(...(earlier.length ? earlier : state.rulebooks).map((r) => el("option", { value: r.id },
      `${r.id}${r.id === current ? " (the running one)" : ""} — seen ${r.firstSeen.slice(0, 10)} to ${r.lastSeen.slice(0, 10)}`)));
    $("changesSummary").textContent = earlier.length ? "" : "The service has run under no other rulebook yet.";
  } catch (err) { $("changesSummary").textContent = problemText(err); }
}
function changeRows(label, changes) {
  if (!changes.length) return null;
  return el("table", { class: "changes" },
    el("thead", {}, el("tr", {}, [label, "was", "now", "decided then by", "decided now by"].map((h) => el("th", {}, h)))),
    el("tbody", {}, changes.map((c) => el("tr", { "data-id": c.id },
      el("td", {}, c.title ? [el("strong", {}, c.id), el("div", { class: "muted" }, c.title)] : c.id),
      el("td", {}, el("span", { class: "badge " + (c.from || "") }, c.from || "—")),
      el("td", {}, el("span", { class: "badge " + (c.to || "") }, c.to || "—")),
      el("td", { class: "cite" }, c.fromRule || "—"), el("td", { class: "cite" }, c.toRule || "—")))));
}
async function compare() {
  const from = $("fromRulebook").value;
  if (!from) return;
  $("changesMarkdown").href = "regressions.md?from=" + encodeURIComponent(from);
  $("changesSummary").textContent = "Comparing…";
  try {
    const r = await api("GET", "regressions?from=" + encodeURIComponent(from));
    $("changesSummary").replaceChildren(`${r.from} → ${r.to}: ${r.cases} cases, ${r.compared} compared, ` +
      `${r.changed.length} changed, ${r.unchanged.length} unchanged.`, r.unrecorded.length
      ? el("details", {}, el("summary", {}, `${r.unrecorded.length} not compared: no decision recorded under ${r.from}`),
        el("ul", {}, r.unrecorded.map((c) => el("li", {}, c.name)))) : null);
    $("changesList").replaceChildren(...r.changed.map((c) => el("article", { class: "entry", "data-case": c.of.id },
      el("h3", {}, c.of.name, " ", el("span", { class: "muted" }, c.of.kind === "FACT_SET" ? "saved fact set" : "scenario")),
      changeRows("Determination", c.determinations), changeRows("Condition", c.conditions),
      c.conditionsCompared ? null : el("p", { class: "muted" }, "Conditions not compared: the old report was not stored."))));
    document.body.dataset.compared = String(r.changed.length);
  } catch (err) { $("changesSummary").textContent = problemText(err); }
}

// ---- routing, sharing, start-up -----------------------------------------------------------------
function route() {
  const page = (location.hash.match(/^#\/(\w+)/) || [])[1] || "workbench";
  document.querySelectorAll(".page").forEach((p) => { p.hidden = p.id !== (page === "workbench" ? "workbench" : page); });
  document.querySelectorAll("nav a[data-page]").forEach((a) => a.classList.toggle("active", a.dataset.page === page));
  if (page === "coverage") renderCoverage();
  if (page === "changes") renderChanges();
  const params = new URLSearchParams(location.hash.split("?")[1] || "");
  if (params.get("id") && (!state.saved || state.saved.id !== params.get("id"))) openSaved(params.get("id"));
  const shared = params.get("set");
  if (shared) { try { load(JSON.parse(decodeURIComponent(escape(atob(shared.replace(/-/g, "+").replace(/_/g, "/")))))); } catch (e) { $("problem").textContent = "The shared link is damaged: " + e.message; } }
}
function shareLink() {
  const encoded = btoa(unescape(encodeURIComponent(JSON.stringify(factSet())))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return location.origin + location.pathname + "#/?set=" + encoded;
}
async function start() {
  const [openapi, catalog, scenarios] = await Promise.all([api("GET", "q/openapi?format=json"), api("GET", "assurances"), api("GET", "scenarios")]);
  state.schemas = openapi.components.schemas;
  state.catalog = catalog;
  state.scenarios = scenarios;
  const walk = (c) => { state.quotes[c.id] = c.quote; c.parts.forEach(walk); };
  catalog.forEach((e) => e.terms.forEach((t) => t.conditions.forEach(walk)));
  $("newType").replaceChildren(...TYPES.map((t) => el("option", { value: t }, t)));
  $("scenario").append(...scenarios.map((s) => el("option", { value: s.id }, `${s.asOf} — ${s.name}`)));
  $("timelineSource").replaceChildren(...scenarios.filter((s) => s.kind === "TIMELINE").map((s) => el("option", { value: s.id }, s.name)),
    el("option", { value: "" }, "the facts on the workbench"));
  renderCatalog();
  $("scenario").addEventListener("change", async (e) => load(e.target.value ? await api("GET", "scenarios/" + e.target.value) : { asOf: state.asOf, facts: [] }));
  $("asOf").addEventListener("change", (e) => { state.asOf = e.target.value; changed(false); });
  $("addFact").addEventListener("click", () => { state.facts.push({ type: $("newType").value }); changed(true); });
  $("json").addEventListener("input", (e) => {
    try { const set = JSON.parse(e.target.value); state.asOf = set.asOf; state.facts = set.facts || []; $("asOf").value = state.asOf || ""; renderFacts();
      $("jsonError").textContent = ""; clearTimeout(state.timer); state.timer = setTimeout(evaluate, 300);
    } catch (err) { $("jsonError").textContent = "Not valid JSON yet: " + err.message; }
  });
  $("share").addEventListener("click", async () => { const link = shareLink(); history.replaceState(null, "", link);
    try { await navigator.clipboard.writeText(link); } catch (e) { /* the address bar holds the link */ } });
  $("download").addEventListener("click", () => {
    const a = el("a", { href: URL.createObjectURL(new Blob([JSON.stringify(factSet(), null, 2)], { type: "application/json" })), download: `fact-set-${state.asOf}.json` });
    document.body.append(a); a.click(); a.remove();
  });
  $("replay").addEventListener("click", replay);
  $("save").addEventListener("click", save);
  $("savedSets").addEventListener("change", (e) => { if (e.target.value) openSaved(e.target.value); });
  $("scenario").addEventListener("change", () => { state.saved = null; $("saveStatus").textContent = ""; });
  $("compare").addEventListener("click", compare);
  listSaved();
  window.addEventListener("hashchange", route);
  route();
  if (!state.facts.length && !location.hash.includes("set=") && !location.hash.includes("id=")) changed(true);
  document.body.dataset.ready = "true";
}
start().catch((err) => { $("problem").textContent = "The workbench could not start: " + problemText(err); });
