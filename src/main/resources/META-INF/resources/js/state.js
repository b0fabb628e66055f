// What the pages share: the fact set on the workbench and what was read from the service at start-up.
export const state = {
  asOf: "1962-11-13",
  facts: [],
  schemas: {},
  quotes: {},
  catalog: [],
  scenarios: [],
  report: null,
  saved: null,
};

export function factSet() {
  return { asOf: state.asOf, facts: state.facts };
}
