package org.assurances.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.engine.Rulebook;
import org.assurances.facts.FactSet;
import org.assurances.facts.StrictJson;
import org.assurances.rules.AssuranceUnit;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.assurances.store.Decision;
import org.assurances.store.DecisionLog;
import org.assurances.store.FactSetStore;
import org.assurances.store.RecordedDecisions;
import org.assurances.store.SavedFactSet;
import org.drools.ruleunits.impl.RuleUnitsFromText;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regression diff against a changed copy of the rulebook: one rule of cooperation.drl is changed so
 * that Cuba's silence counts as a refusal. Decisions are recorded under the copy, and the diff under the
 * real rulebook must list exactly the cases the change touches: the saved set in which Cuba said nothing,
 * not the one in which it refused the UN, and exactly the scenarios whose verdicts the two rulebooks give
 * differently.
 */
class RegressionsTest {
    static final String CHANGED_RULE = "With no answer from Cuba on record its cooperation is unknown";
    static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper());
    static final Evaluator REAL = new Evaluator();
    static Evaluator copy;
    static JdbcDataSource db;
    static DecisionLog log;
    static FactSetStore store;

    @BeforeAll
    static void setUp() {
        Map<String, String> files = new LinkedHashMap<>();
        Rulebook.FILES.forEach(f -> files.put(f, Rulebook.text(f)));
        String cooperation = files.get("cooperation.drl");
        int at = cooperation.indexOf(CHANGED_RULE);
        int unknown = cooperation.indexOf("Value.UNKNOWN", at);
        assertThat(at).isPositive();
        assertThat(unknown).isPositive();
        files.put(
                "cooperation.drl",
                cooperation.substring(0, unknown) + "Value.UNSATISFIED"
                        + cooperation.substring(unknown + "Value.UNKNOWN".length()));
        copy = new Evaluator(RuleUnitsFromText.compile(AssuranceUnit.class, files), "rules-copy");

        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:regressions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).load().migrate();
        log = new DecisionLog(db, JSON, new DecisionLog.Settings(1000, 100, true, 365));
        store = new FactSetStore(db, JSON);
    }

    @AfterAll
    static void tearDown() {
        log.close();
    }

    static FactSet facts(String json) throws Exception {
        return JSON.readValue(json, FactSet.class);
    }

    @Test
    void listsExactlyTheCasesTheChangedRuleTouches() throws Exception {
        SavedFactSet silent = store.create(new SavedFactSet.Draft("Cuba says nothing", null, List.of(), facts("""
                {"asOf": "1962-11-21", "facts": [
                  {"type": "weaponSystem", "system": "MRBM", "status": "REMOVED", "date": "1962-11-11"},
                  {"type": "weaponSystem", "system": "IRBM", "status": "NEVER_DELIVERED"},
                  {"type": "weaponSystem", "system": "IL28_BOMBER", "status": "REMOVED", "date": "1962-11-20"}]}""")));
        SavedFactSet refused = store.create(new SavedFactSet.Draft("Cuba refuses the UN", null, List.of(), facts("""
                {"asOf": "1962-11-13", "facts": [
                  {"type": "weaponSystem", "system": "MRBM", "status": "REMOVED", "date": "1962-11-11"},
                  {"type": "verification", "by": "UN", "onSite": true, "outcome": "REFUSED",
                    "date": "1962-10-31"}]}""")));
        List<Scenario> scenarios = new ScenarioLibrary().all();
        for (SavedFactSet s : List.of(silent, refused)) {
            log.record(Decision.Origin.SAVED, s.factSet(), s.id(), s.revision(), null, copy.evaluate(s.factSet()));
        }
        for (Scenario s : scenarios) {
            log.record(Decision.Origin.SCENARIO, s.factSet(null), null, null, s.id(), copy.evaluate(s.factSet(null)));
        }
        assertThat(log.flush(Duration.ofSeconds(10))).isTrue();

        Regressions.Result result = new Regressions(REAL, new RecordedDecisions(log, JSON), JSON)
                .since("rules-copy", RecordedDecisions.cases(store, scenarios));

        assertThat(result.compared()).isEqualTo(2 + scenarios.size());
        assertThat(result.unrecorded()).isEmpty();
        Set<String> changed = result.changed().stream().map(c -> c.of().id()).collect(Collectors.toSet());
        assertThat(changed).contains(silent.id()).doesNotContain(refused.id());
        Set<String> expectedScenarios = scenarios.stream()
                .filter(s -> differs(copy.evaluate(s.factSet(null)), REAL.evaluate(s.factSet(null))))
                .map(Scenario::id)
                .collect(Collectors.toSet());
        assertThat(expectedScenarios)
                .as("the change touches some scenarios and not others")
                .isNotEmpty()
                .hasSizeLessThan(scenarios.size());
        assertThat(changed).containsExactlyInAnyOrderElementsOf(union(Set.of(silent.id()), expectedScenarios));

        Regressions.Changed silence = result.changed().stream()
                .filter(c -> c.of().id().equals(silent.id()))
                .findFirst()
                .orElseThrow();
        assertThat(silence.conditionsCompared()).isTrue();
        Regressions.Change cooperates = silence.conditions().stream()
                .filter(c -> c.id().equals("CASTRO_COOPERATES"))
                .findFirst()
                .orElseThrow();
        assertThat(cooperates.from()).isEqualTo("UNSATISFIED");
        assertThat(cooperates.to()).isEqualTo("UNKNOWN");
        assertThat(cooperates.fromRule()).startsWith(CHANGED_RULE);
        assertThat(cooperates.toRule()).startsWith(CHANGED_RULE);
    }

    @Test
    void aCaseWithNoDecisionUnderTheOldRulebookIsNotComparedButSaidSo() throws Exception {
        SavedFactSet fresh = store.create(new SavedFactSet.Draft(
                "never evaluated", null, List.of(), new FactSet(LocalDate.of(1963, 1, 7), List.of())));
        Regressions.Result result = new Regressions(REAL, new RecordedDecisions(log, JSON), JSON)
                .since("rules-never-run", RecordedDecisions.cases(store, List.of()));
        assertThat(result.unrecorded()).extracting(Regressions.Case::id).contains(fresh.id());
        assertThat(result.changed()).isEmpty();
        assertThat(result.compared()).isZero();
    }

    /** Whether two reports give any determination or condition a different value (read off the records). */
    static boolean differs(Report a, Report b) {
        Map<String, String> left = values(a);
        Map<String, String> right = values(b);
        return !left.equals(right);
    }

    static Map<String, String> values(Report r) {
        Map<String, String> values = new LinkedHashMap<>();
        r.determinations().forEach(d -> values.put("d:" + d.id(), d.status().name()));
        r.conditions().forEach(c -> values.put("c:" + c.id(), c.value().name()));
        return values;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
