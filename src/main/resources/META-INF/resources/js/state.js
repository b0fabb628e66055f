// What the pages share: the fact set on the workbench and what was read from the service at start-up.
export const state = {
  asOf: "1962-11-13",
  facts: [],
  readings: {},
  readingList: [],
  schemas: {},
  quotes: {},
  titles: {},
  catalog: [],
  scenarios: [],
  report: null,
  saved: null,
};

export function factSet() {
  return Object.keys(state.readings).length
    ? { asOf: state.asOf, facts: state.facts, readings: state.readings }
    : { asOf: state.asOf, facts: state.facts };
}
