package org.assurances.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assurances.analysis.Regressions;
import org.assurances.facts.FactSet;
import org.assurances.scenarios.Scenario;

/**
 * The records a regression diff reads: the decision log's last decision for a fact set (by hash) under a
 * rulebook, and the cases to compare, every saved fact set and every scenario.
 */
public final class RecordedDecisions implements Regressions.History {
    private final DecisionLog decisions;
    private final ObjectMapper json;

    public RecordedDecisions(DecisionLog decisions, ObjectMapper json) {
        this.decisions = decisions;
        this.json = json;
    }

    @Override
    public Optional<Regressions.Recorded> latest(String rulebook, FactSet factSet) {
        return decisions
                .latest(rulebook, Hashes.of(json, factSet))
                .map(d -> new Regressions.Recorded(d.id(), d.statuses(), d.report()));
    }

    /** Every saved fact set, then every scenario: the cases a rule change is measured on. */
    public static Map<Regressions.Case, FactSet> cases(FactSetStore factSets, List<Scenario> scenarios) {
        Map<Regressions.Case, FactSet> cases = new LinkedHashMap<>();
        for (SavedFactSet saved : factSets.all()) {
            cases.put(new Regressions.Case(Regressions.Case.Kind.FACT_SET, saved.id(), saved.name()), saved.factSet());
        }
        for (Scenario scenario : scenarios) {
            cases.put(
                    new Regressions.Case(Regressions.Case.Kind.SCENARIO, scenario.id(), scenario.name()),
                    scenario.factSet(null));
        }
        return cases;
    }
}
