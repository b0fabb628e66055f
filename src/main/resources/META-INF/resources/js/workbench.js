// The workbench page: forms built from the published vocabulary (OpenAPI), the JSON beside them, the
// verdicts as condition trees, "What would it take" on each determination, saving, sharing, downloads.
import { $, el, api, problemText, download, toBase64Url, fill, day, WORDS } from "./util.js";
import { state, factSet } from "./state.js";

export const TYPES = ["weaponSystem", "verification", "undertaking", "safeguard", "declaration", "usAction",
  "incident"];
const FORMALITY = {
  FORMAL: "formally given",
  STATED: "stated (a letter or a press conference), not formalized",
  NONE: "no declaration on the record",
};
let timer = null;
let seq = 0;

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
function checks(fact, field, set) {
  const items = resolve(field.schema.items).enum || [];
  const value = fact[field.name];
  return el("span", { class: "checks" }, items.map((option) => el("label", {}, el("input", {
    type: "checkbox", value: option, ...(value && value.includes(option) ? { checked: "" } : {}),
    onchange: (e) => {
      const cur = new Set(fact[field.name] || []);
      if (e.target.checked) cur.add(option); else cur.delete(option);
      set(cur.size ? [...cur] : null);
    },
  }), option)));
}

function input(fact, field) {
  const s = field.schema;
  const value = fact[field.name];
  const set = (v) => {
    if (v === "" || v === null || v === undefined) delete fact[field.name]; else fact[field.name] = v;
    changed(false);
  };
  if (s.type === "array") return checks(fact, field, set);
  if (s.enum || s.type === "boolean") {
    const options = s.enum || [true, false];
    const pick = (e) => {
      const v = e.target.value;
      set(v === "" ? null : s.type === "boolean" ? v === "true" : v);
    };
    return el("select", { name: field.name, onchange: pick }, el("option", { value: "" }, "—"),
      options.map((o) => el("option", { value: String(o), ...(String(value) === String(o) ? { selected: "" } : {}) },
        String(o))));
  }
  const kind = s.format === "date" ? "date" : s.type === "integer" ? "number" : "text";
  const read = (e) => (kind === "number" ? (e.target.value === "" ? null : Number(e.target.value)) : e.target.value);
  return el("input", {
    type: kind, name: field.name, value: value === undefined ? "" : value,
    ...(kind === "date" ? { min: "1959-01-01", max: "2100-12-31" } : {}),
    onchange: (e) => set(read(e)),
  });
}

export function renderFacts() {
  $("facts").replaceChildren(...state.facts.map((fact, i) => el("li",
    { class: "fact", id: "fact-" + i, "data-index": i },
    el("header", {}, el("strong", {}, `#${i} ${fact.type}`),
      el("button", {
        type: "button", title: "remove this fact", "aria-label": `remove fact ${i}`,
        onclick: () => { state.facts.splice(i, 1); changed(true); },
      }, "✕")),
    el("div", { class: "fields" }, fieldsOf(fact.type).map((f) => el("label", {}, f.name, input(fact, f)))))));
  $("factCount").textContent = `(${state.facts.length})`;
}

export function changed(rerenderForms) {
  if (rerenderForms) renderFacts();
  $("factCount").textContent = `(${state.facts.length})`;
  $("json").value = JSON.stringify(factSet(), null, 2);
  $("jsonError").textContent = "";
  evaluateIn(150);
}

/**
 * Evaluates after {@code ms} without a further change. Until the answer to the last change is shown, the verdicts
 * column is aria-busy: a screen reader waits for it, and so do the browser tests.
 */
function evaluateIn(ms) {
  clearTimeout(timer);
  $("output").setAttribute("aria-busy", "true");
  timer = setTimeout(() => { timer = null; evaluate(); }, ms);
}

export function load(set) {
  state.asOf = set.asOf || state.asOf;
  state.facts = (set.facts || []).map((f) => ({ ...f }));
  state.readings = { ...(set.readings || {}) };
  renderReadings();
  $("asOf").value = state.asOf;
  changed(true);
}

// ---- verdicts ----------------------------------------------------------------------------------
function factRefs(indices) {
  return (indices || []).map((i) => el("a", {
    class: "factref", href: "#fact-" + i, title: "show fact #" + i,
    onclick: (e) => { e.preventDefault(); highlight(i); },
  }, "#" + i));
}

/**
 * A reason with the facts it names ("fact #5", "facts #5, #9") as links to them, then links to the facts it rests
 * on but does not name (a combination names its parts, not their facts).
 */
function withRefs(text, indices) {
  const named = new Set();
  const pieces = (text || "").split(/(#\d+)/).map((piece) => {
    const m = /^#(\d+)$/.exec(piece);
    if (!m) return piece;
    named.add(Number(m[1]));
    return factRefs([Number(m[1])])[0];
  });
  const rest = (indices || []).filter((i) => !named.has(i));
  return [...pieces, rest.length ? " " : null, ...factRefs(rest)];
}

function highlight(i) {
  document.querySelectorAll(".fact.highlight").forEach((f) => f.classList.remove("highlight"));
  const f = $("fact-" + i);
  if (f) {
    f.classList.add("highlight");
    f.scrollIntoView({ behavior: "smooth", block: "center" });
  }
}

function condition(c) {
  return el("li", { class: "condition", "data-id": c.id },
    el("span", { class: "badge " + c.value, title: c.value }, WORDS[c.value]), " ",
    el("strong", { title: c.id }, c.title),
    c.subsequent ? el("span", { class: "muted" }, " (condition subsequent)") : null,
    el("div", { class: "reason" }, ...withRefs(c.reason, c.facts)),
    state.quotes[c.id] ? el("div", { class: "quote" }, "“" + state.quotes[c.id] + "”") : null,
    c.value === "UNKNOWN" && c.toSettle.length
      ? el("div", { class: "settle" }, "Would settle it: " + c.toSettle.join("; ")) : null,
    el("div", { class: "cite", title: "rule: " + c.rule }, c.citation, " · ",
      el("a", { href: "edition#decides-" + c.id, class: "edition" }, "in the edition")),
    c.parts && c.parts.length ? el("ul", {}, c.parts.map(condition)) : null);
}

function verdict(d) {
  const other = d.status === "BINDING" ? "NOT_BINDING" : "BINDING";
  return el("article", { class: "verdict " + d.status, "data-id": d.id, id: "verdict-" + d.id },
    el("h3", {}, el("span", { class: "badge " + d.status }, d.status.replace("_", " ")), d.title),
    el("div", { class: "cite" }, d.id, " · ", d.citation, " · ",
      el("a", { href: "edition#decides-" + d.id, class: "edition" }, "in the edition")),
    sensitivity(d),
    d.formalized === null ? null
      : el("div", {}, "Formalized: ", el("strong", {}, d.formalized ? "yes" : "no"), " — ",
        FORMALITY[d.formality] || d.formality),
    d.bindingSince ? el("div", { class: "since" }, "Binding since ",
      el("strong", { title: d.bindingSince }, day(d.bindingSince))) : null,
    el("div", {}, d.reason),
    d.role ? el("div", {}, "Role: ", d.role) : null,
    d.violations.length
      ? el("div", { class: "error" }, d.violations.map((v) => el("div", { class: "violation" },
        `Violated on ${day(v.date)} (binding since ${day(v.boundFrom)}): `, ...withRefs(v.text, v.facts)))) : null,
    d.toSettle.length ? el("div", { class: "settle" }, "Would settle it: " + d.toSettle.join("; ")) : null,
    d.conditions.length
      ? el("details", { class: "conditions" }, el("summary", {}, `Conditions (${d.conditions.length})`),
        el("ul", { class: "tree" }, d.conditions.map(condition)))
      : null,
    el("details", { class: "whatif no-print" },
      el("summary", {}, `What would it take to be ${other.replace("_", " ")}?`),
      el("div", { class: "toolbar" },
        el("label", {}, "at most ", el("select", { class: "maxChanges" },
          [1, 2, 3, 4].map((n) => el("option", { value: n, ...(n === 4 ? { selected: "" } : {}) }, n))), " changes"),
        el("button", { type: "button", class: "ask", onclick: (e) => whatWouldItTake(d.id, other, e.target) },
          "Search")),
      el("div", { class: "answers" })));
}

// ---- readings: the questions the documents leave open ------------------------------------------
function sensitivity(d) {
  if (!d.sensitiveTo || !d.sensitiveTo.length) return null;
  return el("div", { class: "sensitive" }, d.sensitiveTo.map((s) => el("div", {},
    "Depends on reading ", el("a", { href: "edition#reading-" + s.reading }, s.reading),
    `: under ${s.alternative}, ${s.status.replace("_", " ")}`)));
}

export function renderReadings() {
  const list = $("readings");
  if (!list) return;
  list.replaceChildren(...state.readingList.map((r) => el("li", {},
    el("label", {}, el("a", { href: "edition#reading-" + r.id, title: r.question }, r.id), " ",
      el("select", {
        "data-reading": r.id,
        onchange: (e) => {
          if (e.target.value === r.byDefault.id) delete state.readings[r.id];
          else state.readings[r.id] = e.target.value;
          countReadings();
          changed(false);
        },
      }, [r.byDefault, r.alternative].map((a, i) => el("option", {
        value: a.id, title: a.gloss,
        ...((state.readings[r.id] || r.byDefault.id) === a.id ? { selected: "" } : {}),
      }, a.id + (i === 0 ? " (default)" : ""))))),
    el("div", { class: "muted" }, r.question))));
  countReadings();
}

function countReadings() {
  const switched = Object.keys(state.readings).length;
  $("readingCount").textContent = switched ? `(${switched} switched)` : "(all at their default)";
}

// ---- the answer first: one line per determination --------------------------------------------

/** The condition that decides a determination that does not bind: the deepest part with its value. */
function deciding(d) {
  const value = d.status === "NOT_BINDING" ? "UNSATISFIED" : "UNKNOWN";
  let c = d.conditions.find((x) => x.value === value);
  while (c && c.parts && c.parts.some((p) => p.value === value)) c = c.parts.find((p) => p.value === value);
  return c;
}

/** What a condition's reason says after its rule's words: the facts or parts that decided it. */
function evidence(c) {
  const suffix = " (" + c.citation + ")";
  const words = c.rule && c.rule.endsWith(suffix) ? c.rule.slice(0, -suffix.length) : null;
  if (!words || !c.reason.startsWith(words)) return "";
  const rest = c.reason.slice(words.length);
  return rest.startsWith(": ") ? rest.slice(2) : rest.startsWith(" (") ? rest.slice(2, -1) : "";
}

function answerLine(d) {
  let why;
  if (d.status === "BINDING") {
    why = [d.bindingSince ? `binding since ${day(d.bindingSince)}` : "binding"];
  } else {
    const c = deciding(d);
    const said = c ? evidence(c) : "";
    why = !c ? [WORDS[d.status]]
      : [`${WORDS[d.status]}: ${c.title} — ${WORDS[c.value]}`,
        ...(said ? [": ", ...withRefs(said, [])] : c.facts && c.facts.length ? [" ", ...factRefs(c.facts)] : [])];
  }
  return el("li", { class: "answer-line " + d.status, "data-id": d.id },
    el("span", { class: "badge " + d.status }, d.status.replace("_", " ")), " ",
    el("a", {
      href: "#verdict-" + d.id, class: "to-verdict",
      onclick: (e) => {
        e.preventDefault();
        const card = $("verdict-" + d.id);
        const tree = card.querySelector("details.conditions");
        if (tree) tree.open = true;
        card.scrollIntoView({ behavior: "smooth", block: "start" });
      },
    }, d.title), " — ", ...why);
}

/** While the input cannot be evaluated, the last verdicts stay visible but withdrawn, and say why. */
function withdraw(reason) {
  $("answerFirst").classList.add("stale");
  $("verdicts").classList.add("stale");
  $("staleNotice").hidden = false;
  $("staleNotice").textContent = "Not evaluated: " + reason + ". The verdicts below are those of the last fact set"
    + " that could be evaluated.";
}

function fresh() {
  $("answerFirst").classList.remove("stale");
  $("verdicts").classList.remove("stale");
  $("staleNotice").hidden = true;
  document.querySelectorAll(".fielderror").forEach((e) => e.remove());
}

/** Each problem that points into a fact is shown beside the field it names ("fact 3, field status"). */
function markFields(err) {
  document.querySelectorAll(".fielderror").forEach((e) => e.remove());
  const named = [];
  for (const p of (err.problem && err.problem.problems) || []) {
    const m = /^\/facts\/(\d+)(?:\/(\w+))?/.exec(p.pointer || "");
    if (!m) continue;
    named.push(m[2] ? `fact ${m[1]}, field ${m[2]}` : `fact ${m[1]}`);
    const fact = $("fact-" + m[1]);
    if (!fact) continue;
    const field = m[2] && fact.querySelector(`[name="${m[2]}"]`);
    const where = field ? field.closest("label") : fact.querySelector("header");
    where.append(el("span", { class: "fielderror", role: "alert" }, p.detail));
  }
  return named.length ? "fix " + named.join("; ") : problemText(err).split("\n")[0];
}

function renderReport(report) {
  state.report = report;
  $("rulebookId").textContent = report.rulebook;
  $("ignored").textContent = report.ignored.length
    ? "Ignored (dated after the as-of date): " + report.ignored.map((i) => "#" + i.index).join(", ") : "";
  $("verdicts").replaceChildren(...report.determinations.map(verdict));
  $("answerLines").replaceChildren(...report.determinations.map(answerLine));
  $("answerAsOf").textContent = `as of ${report.asOf} · rulebook ${report.rulebook}`;
  $("printFactList").replaceChildren(...state.facts.map((f, i) => el("li", { value: i }, `#${i} `, report.factsSay[i],
    f.source ? el("span", { class: "muted" }, " — source: " + f.source) : null)));
  $("notes").replaceChildren(...report.notes.map((n) => el("p", { class: "muted" }, "Note: ", n.text, " ",
    factRefs(n.facts), el("span", { class: "cite" }, " — ", n.citation))));
}

async function evaluate() {
  const mine = ++seq;
  try {
    const report = await api("POST", "evaluations?detail=full&sensitivity=true", factSet());
    if (mine !== seq) return;
    $("problem").textContent = "";
    fresh();
    renderReport(report);
    document.body.dataset.evaluated = String(mine);
  } catch (err) {
    if (mine === seq) {
      $("problem").textContent = problemText(err);
      withdraw(markFields(err));
    }
  } finally {
    if (mine === seq && timer === null) $("output").setAttribute("aria-busy", "false");
  }
}

// ---- what would it take ------------------------------------------------------------------------
/** Moves the as-of date to {@code day}, evaluates, and asks again on the new verdict's card. */
async function nextDay(id, wanted, maxChanges, day) {
  state.asOf = day;
  $("asOf").value = day;
  changed(false);
  clearTimeout(timer);
  timer = null;
  await evaluate();
  const card = document.querySelector(`.verdict[data-id="${id}"]`);
  card.querySelector(".whatif").open = true;
  card.querySelector(".maxChanges").value = String(maxChanges);
  whatWouldItTake(id, wanted, card.querySelector("button.ask"));
}
async function whatWouldItTake(id, wanted, button) {
  const card = button.closest(".verdict");
  const box = card.querySelector(".answers");
  const maxChanges = Number(card.querySelector(".maxChanges").value);
  box.replaceChildren(el("p", { class: "muted" }, "Searching…"));
  try {
    // 10 s rather than the service's default 2 s: an analyst waits for an answer, and a busy server's cold
    // search (the JIT compiling the rule network) can take longer than 2 s.
    const r = await api("POST", "counterfactuals",
      { factSet: factSet(), determination: id, wanted, maxChanges, timeBudgetMs: 10000 });
    const s = r.searched;
    const how = `${s.evaluations} evaluations in ${s.millis} ms` + (s.cutShort ? ` — ${s.cutShort}` : "");
    const moves = (a) => [
      a.determinations.length ? el("div", {}, "Changes the determinations: ",
        a.determinations.map((d) => `${d.title}: ${WORDS[d.from]} → ${WORDS[d.to]}`).join("; "))
        : null,
      el("div", { class: "muted" }, "Moves the conditions: ",
        a.conditions.map((c) => `${c.title}: ${WORDS[c.from] || "—"} → ${WORDS[c.to]}`).join("; ")
        || "none")];
    const skipped = r.skipped && r.skipped.count ? el("p", { class: "skipped" },
      `${r.skipped.count} ${r.skipped.count === 1 ? "change was" : "changes were"} left out because they contradict `
      + `a fact posted on the same day (${r.skipped.example}). A fact dated the next day supersedes it instead: `,
      el("button", {
        type: "button", class: "nextDay", onclick: () => nextDay(id, wanted, maxChanges, r.skipped.nextDay),
      }, `search as of ${r.skipped.nextDay}`)) : null;
    const closest = !r.answers.length && r.closest ? el("div", { class: "closest" },
      el("p", {}, `The closest found (${r.closest.stillFails.length} ${r.closest.stillFails.length === 1
        ? "condition" : "conditions"} still not holding):`),
      el("ul", {}, r.closest.answer.changes.map((c) => el("li", {}, c.description))), moves(r.closest.answer),
      el("div", {}, "Still not holding: ",
        r.closest.stillFails.map((c) => `${c.title} (${WORDS[c.to]})`).join("; ")),
      el("button", { type: "button", class: "apply", onclick: () => apply(r.closest.answer) }, "Apply")) : null;
    fill(box,
      el("p", { class: "muted" }, r.answers.length ? `Smallest first (${how}):` : `No answer (${how}).`),
      el("ol", {}, r.answers.map((a, i) => el("li", { class: "answer", "data-answer": i },
        el("ul", {}, a.changes.map((c) => el("li", {}, c.description))), moves(a),
        el("button", { type: "button", class: "apply", onclick: () => apply(a) }, "Apply")))),
      closest, skipped);
    card.dataset.searched = String(r.answers.length);
  } catch (err) {
    box.replaceChildren(el("p", { class: "error" }, problemText(err)));
  }
}

function apply(answer) {
  const removed = [];
  for (const c of answer.changes) {
    if (c.kind === "ADD") state.facts.push({ ...c.fact });
    else if (c.kind === "CHANGE") state.facts[c.index] = { ...c.fact };
    else removed.push(c.index);
  }
  removed.sort((a, b) => b - a).forEach((i) => state.facts.splice(i, 1));
  changed(true);
}

// ---- saving, sharing, downloads ----------------------------------------------------------------
export async function listSaved() {
  try {
    const page = await api("GET", "fact-sets?size=100");
    $("savedSets").replaceChildren(el("option", { value: "" }, "—"), ...page.items.map((s) =>
      el("option", { value: s.id, ...(state.saved && state.saved.id === s.id ? { selected: "" } : {}) },
        `${s.name} (rev. ${s.revision}, as of ${s.asOf})`)));
  } catch (err) {
    $("saveStatus").textContent = problemText(err);
  }
}

function savedLink(id) {
  return location.origin + location.pathname + "#/?id=" + id;
}

function showSaved(saved, verb) {
  state.saved = { id: saved.id, revision: saved.revision };
  $("saveName").value = saved.name;
  $("saveStatus").replaceChildren(`${verb} as revision ${saved.revision} · `,
    el("a", { href: savedLink(saved.id), id: "savedLink" }, "link to it"));
  document.body.dataset.saved = saved.id + ":" + saved.revision;
}

async function save() {
  const name = $("saveName").value.trim();
  if (!name) {
    $("saveStatus").textContent = "Give it a name first.";
    $("saveName").focus();
    return;
  }
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

export async function openSaved(id) {
  try {
    const saved = await api("GET", "fact-sets/" + encodeURIComponent(id));
    load(saved.factSet);
    showSaved(saved, "Opened");
  } catch (err) {
    $("problem").textContent = "Could not open the saved fact set: " + problemText(err);
  }
}

export function shareLink() {
  return location.origin + location.pathname + "#/?set=" + toBase64Url(JSON.stringify(factSet()));
}

async function downloadMarkdown() {
  const r = await fetch("evaluations", {
    method: "POST", headers: { "Content-Type": "application/json", Accept: "text/markdown" },
    body: JSON.stringify(factSet()),
  });
  if (!r.ok) {
    $("problem").textContent = problemText({ problem: await r.json().catch(() => null) });
    return;
  }
  download(`assurances-${state.asOf}.md`, "text/markdown", await r.text());
}

export function startWorkbench() {
  $("newType").replaceChildren(...TYPES.map((t) => el("option", { value: t }, t)));
  $("scenario").append(...state.scenarios.map((s) => el("option", { value: s.id }, `${s.asOf} — ${s.name}`)));
  $("scenario").addEventListener("change", async (e) => {
    state.saved = null;
    $("saveStatus").textContent = "";
    load(e.target.value ? await api("GET", "scenarios/" + e.target.value) : { asOf: state.asOf, facts: [] });
  });
  $("asOf").addEventListener("change", (e) => { state.asOf = e.target.value; changed(false); });
  $("addFact").addEventListener("click", () => { state.facts.push({ type: $("newType").value }); changed(true); });
  $("json").addEventListener("input", (e) => {
    try {
      const set = JSON.parse(e.target.value);
      state.asOf = set.asOf;
      state.facts = set.facts || [];
      state.readings = set.readings || {};
      $("asOf").value = state.asOf || "";
      renderFacts();
      renderReadings();
      $("jsonError").textContent = "";
      evaluateIn(300);
    } catch (err) {
      $("jsonError").textContent = "Not valid JSON yet: " + err.message;
      withdraw("the JSON is not valid yet (see under the JSON box)");
    }
  });
  $("share").addEventListener("click", async () => {
    const link = shareLink();
    history.replaceState(null, "", link);
    try {
      await navigator.clipboard.writeText(link);
      $("shareStatus").textContent = "Link copied: it carries this fact set.";
    } catch (e) {
      $("shareStatus").textContent = "The link is in the address bar: copy it from there.";
    }
  });
  $("download").addEventListener("click", () =>
    download(`fact-set-${state.asOf}.json`, "application/json", JSON.stringify(factSet(), null, 2)));
  $("downloadMarkdown").addEventListener("click", downloadMarkdown);
  $("print").addEventListener("click", () => window.print());
  $("save").addEventListener("click", save);
  $("savedSets").addEventListener("change", (e) => { if (e.target.value) openSaved(e.target.value); });
  listSaved();
}
