package org.assurances.api;

/** JSON examples for the published contract (OpenAPI) and the README. */
final class Examples {
    private Examples() {}

    static final String NOV_13 = """
            {
              "asOf": "1962-11-13",
              "facts": [
                {"type": "weaponSystem", "system": "MRBM", "status": "REMOVED", "date": "1962-11-11",
                  "source": "KISSINGER-1970"},
                {"type": "weaponSystem", "system": "IRBM", "status": "NEVER_DELIVERED"},
                {"type": "weaponSystem", "system": "IL28_BOMBER", "status": "PRESENT", "date": "1962-11-13"},
                {"type": "verification", "by": "US_AERIAL_SURVEILLANCE", "onSite": false, "outcome": "CONFIRMED",
                  "date": "1962-11-11"},
                {"type": "verification", "by": "AT_SEA_INSPECTION", "onSite": false, "outcome": "CONFIRMED",
                  "date": "1962-11-11"},
                {"type": "verification", "by": "UN", "onSite": true, "outcome": "REFUSED", "date": "1962-10-31",
                  "source": "ASSURANCES-1962-11-13 para 8"}
              ]
            }""";

    static final String COUNTERFACTUAL = """
            {
              "determination": "NON_INVASION",
              "wanted": "BINDING",
              "maxChanges": 3,
              "factSet": {
                "asOf": "1970-08-04",
                "facts": [
                  {"type": "weaponSystem", "system": "MRBM", "status": "REMOVED", "date": "1962-11-08"},
                  {"type": "weaponSystem", "system": "IRBM", "status": "NEVER_DELIVERED"},
                  {"type": "weaponSystem", "system": "IL28_BOMBER", "status": "REMOVED", "date": "1962-12-06"},
                  {"type": "verification", "by": "UN", "onSite": true, "outcome": "REFUSED", "date": "1962-10-30"},
                  {"type": "undertaking", "party": "USSR", "pledge": "NO_REINTRODUCTION_INTO_CUBA",
                    "form": "PRIVATE_LETTER",
                   "status": "GIVEN", "date": "1962-12-14"},
                  {"type": "undertaking", "party": "CUBA", "pledge": "NO_REINTRODUCTION_INTO_CUBA",
                    "status": "NOT_GIVEN",
                   "date": "1963-01-07"}
                ]
              }
            }""";

    static final String COMPARISON = """
            {
              "factSet": {
                "asOf": "1962-11-13",
                "facts": [
                  {"type": "weaponSystem", "system": "MRBM", "status": "REMOVED", "date": "1962-11-08"},
                  {"type": "weaponSystem", "system": "IRBM", "status": "NEVER_DELIVERED"},
                  {"type": "weaponSystem", "system": "IL28_BOMBER", "status": "PRESENT", "date": "1962-10-22"},
                  {"type": "undertaking", "party": "USSR", "pledge": "REMOVE_IL28", "form": "PRIVATE_LETTER",
                    "status": "GIVEN",
                   "withinDays": 30, "date": "1962-11-20"},
                  {"type": "usAction", "action": "QUARANTINE_LIFTED", "date": "1962-11-20"}
                ]
              },
              "leftAsOf": "1962-11-13",
              "rightAsOf": "1962-11-21"
            }""";

    static final String BATCH = """
            [
              {"asOf": "1962-11-13", "facts": [{"type": "weaponSystem", "system": "IL28_BOMBER", "status": "PRESENT"}]},
              {"asOf": "1962-12-06", "facts": [{"type": "weaponSystem", "system": "IL28_BOMBER", "status": "REMOVED",
                                                 "date": "1962-12-06"}]}
            ]""";
}
