package org.assurances.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.DataProcessor;
import org.drools.ruleunits.api.DataStore;
import org.kie.api.runtime.rule.FactHandle;

/** What the rules concluded in one evaluation, gathered from the unit's result stores as they are written. */
final class Conclusions {
    final List<Finding> findings = new ArrayList<>();
    final List<Combination> combinations = new ArrayList<>();
    final List<Requirement> requirements = new ArrayList<>();
    final List<Verdict> verdicts = new ArrayList<>();
    final List<Remark> remarks = new ArrayList<>();

    static Conclusions collect(AssuranceUnit unit) {
        Conclusions c = new Conclusions();
        into(unit.getFindings(), c.findings);
        into(unit.getCombinations(), c.combinations);
        into(unit.getRequirements(), c.requirements);
        into(unit.getVerdicts(), c.verdicts);
        into(unit.getRemarks(), c.remarks);
        return c;
    }

    private static <T> void into(DataStore<T> store, List<T> list) {
        store.subscribe(new DataProcessor<T>() {
            @Override
            public FactHandle insert(DataHandle handle, T object) {
                list.add(object);
                return null;
            }

            @Override
            public void update(DataHandle handle, T object) {
                throw new IllegalStateException("conclusions are final, yet one was updated: " + object);
            }

            @Override
            public void delete(DataHandle handle) {
                throw new IllegalStateException("conclusions are final, yet one was deleted");
            }
        });
    }
}
