package org.assurances.api;

/** JSON examples for the published contract (OpenAPI) and the README. */
final class Examples {
    private Examples() {
    }

    static final String NOV_13 = """
            {
              "asOf": "1962-11-13",
              "facts": [
                {"type": "weaponSystem", "system": "MRBM", "status": "REMOVED", "date": "1962-11-11", "source": "KISSINGER-1970"},
                {"type": "weaponSystem", "system": "IRBM", "status": "NEVER_DELIVERED"},
                {"type": "weaponSystem", "system": "IL28_BOMBER", "status": "PRESENT", "date": "1962-11-13"},
                {"type": "verification", "by": "US_AERIAL_SURVEILLANCE", "onSite": false, "outcome": "CONFIRMED", "date": "1962-11-11"},
                {"type": "verification", "by": "AT_SEA_INSPECTION", "onSite": false, "outcome": "CONFIRMED", "date": "1962-11-11"},
                {"type": "verification", "by": "UN", "onSite": true, "outcome": "REFUSED", "date": "1962-10-31", "source": "ASSURANCES-1962-11-13 para 8"}
              ]
            }""";
}
