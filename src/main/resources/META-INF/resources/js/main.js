// The analyst's workbench: start-up (the vocabulary, catalog and scenarios) and routing between pages.
import { $, api, problemText, fromBase64Url } from "./util.js";
import { state } from "./state.js";
import { changed, load, openSaved, renderReadings, startWorkbench } from "./workbench.js";
import { openTimeline, startTimeline } from "./timeline.js";
import { renderCatalog, renderCoverage } from "./rulebook.js";
import { renderChanges, startChanges } from "./changes.js";
import { startCompare } from "./compare.js";

function fromLink(shared) {
  load(JSON.parse(fromBase64Url(shared)));
}

function route() {
  const page = (location.hash.match(/^#\/(\w+)/) || [])[1] || "workbench";
  document.querySelectorAll(".page").forEach((p) => { p.hidden = p.id !== page; });
  document.querySelectorAll("nav a[data-page]").forEach((a) => a.classList.toggle("active", a.dataset.page === page));
  if (page === "coverage") renderCoverage();
  if (page === "changes") renderChanges();
  if (page === "timeline") openTimeline();
  const params = new URLSearchParams(location.hash.split("?")[1] || "");
  if (params.get("id") && (!state.saved || state.saved.id !== params.get("id"))) openSaved(params.get("id"));
  const shared = params.get("set");
  if (shared) {
    try {
      fromLink(shared);
    } catch (e) {
      $("problem").textContent = "This shared link is damaged (cut short or changed on the way): no fact set could"
        + " be read from it. Ask for the link again, or start from a scenario.";
    }
  }
}

async function start() {
  const [openapi, catalog, scenarios, readings] = await Promise.all([api("GET", "q/openapi?format=json"),
    api("GET", "assurances"), api("GET", "scenarios"), api("GET", "readings")]);
  state.readingList = readings;
  state.schemas = openapi.components.schemas;
  state.catalog = catalog;
  state.scenarios = scenarios;
  const walk = (c) => { state.quotes[c.id] = c.quote; state.titles[c.id] = c.title; c.parts.forEach(walk); };
  catalog.forEach((e) => { state.titles[e.id] = e.title; e.terms.forEach((t) => t.conditions.forEach(walk)); });
  renderCatalog();
  startWorkbench();
  renderReadings();
  startTimeline();
  startChanges();
  startCompare();
  window.addEventListener("hashchange", route);
  route();
  if (!state.facts.length && !location.hash.includes("set=") && !location.hash.includes("id=")) changed(true);
  document.body.dataset.ready = "true";
}

start().catch((err) => { $("problem").textContent = "The workbench could not start: " + problemText(err); });
