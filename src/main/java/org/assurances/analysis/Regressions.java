package org.assurances.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;

/**
 * What a rule change did: every saved fact set and every scenario, evaluated under the running rulebook
 * and compared with the decision last recorded for the same fact set (by hash) under an earlier one. Only
 * the rulebook differs between the two sides, so every change listed is the rules' doing.
 */
public class Regressions {
    private final Evaluator current;
    private final History history;
    private final ObjectMapper json;

    public Regressions(Evaluator current, History history, ObjectMapper json) {
        this.current = current;
        this.history = history;
        this.json = json;
    }

    /** Where the decisions of earlier rulebooks are kept (the decision log): the last one for a fact set. */
    public interface History {
        Optional<Recorded> latest(String rulebook, FactSet factSet);
    }

    /** A decision recorded under an earlier rulebook: its id, its statuses, and its report when it was stored. */
    public record Recorded(String id, Map<String, String> statuses, JsonNode report) {}

    /** A case compared: a saved fact set or a scenario. */
    public record Case(Kind kind, String id, String name) {
        public enum Kind {
            FACT_SET,
            SCENARIO
        }
    }

    /** One value that changed: a determination's status or a condition's value, with the rule that decided each. */
    public record Change(String id, String title, String from, String to, String fromRule, String toRule) {}

    /** A case whose verdicts changed. {@code conditionsCompared} is false when the old report was not stored. */
    public record Changed(
            Case of,
            String decisionId,
            List<Change> determinations,
            List<Change> conditions,
            boolean conditionsCompared) {}

    /** The whole comparison. */
    public record Result(
            String from,
            String to,
            int cases,
            int compared,
            List<Changed> changed,
            List<Case> unchanged,
            List<Case> unrecorded) {}

    /** Compares every case under the running rulebook with what was last recorded for it under {@code from}. */
    public Result since(String from, Map<Case, FactSet> cases) {
        List<Changed> changed = new ArrayList<>();
        List<Case> unchanged = new ArrayList<>();
        List<Case> unrecorded = new ArrayList<>();
        for (var c : cases.entrySet()) {
            Optional<Recorded> old = history.latest(from, c.getValue());
            if (old.isEmpty()) {
                unrecorded.add(c.getKey());
                continue;
            }
            Report now = current.evaluate(c.getValue());
            Changed diff = compare(c.getKey(), old.get(), json.valueToTree(now));
            if (diff.determinations().isEmpty() && diff.conditions().isEmpty()) {
                unchanged.add(c.getKey());
            } else {
                changed.add(diff);
            }
        }
        return new Result(
                from,
                current.rulebook(),
                cases.size(),
                cases.size() - unrecorded.size(),
                changed,
                unchanged,
                unrecorded);
    }

    private Changed compare(Case of, Recorded old, JsonNode now) {
        List<Change> determinations = new ArrayList<>();
        Map<String, JsonNode> nowDeterminations = byId(now.path("determinations"));
        Map<String, JsonNode> oldDeterminations =
                old.report() == null ? Map.of() : byId(old.report().path("determinations"));
        Set<String> ids = new LinkedHashSet<>(old.statuses().keySet());
        ids.addAll(nowDeterminations.keySet());
        for (String id : ids) {
            JsonNode was = oldDeterminations.get(id);
            JsonNode is = nowDeterminations.get(id);
            String from = old.statuses().get(id);
            String to = is == null ? null : is.path("status").asText();
            if (!Objects.equals(from, to)) {
                determinations.add(new Change(id, title(is, was), from, to, text(was, "rule"), text(is, "rule")));
            }
        }
        List<Change> conditions = new ArrayList<>();
        if (old.report() != null) {
            // Reports stored before the conditions were called one name everywhere list them as "clauses".
            JsonNode stored = old.report().has("conditions")
                    ? old.report().path("conditions")
                    : old.report().path("clauses");
            Map<String, JsonNode> was = byId(stored);
            Map<String, JsonNode> is = byId(now.path("conditions"));
            Set<String> clauseIds = new LinkedHashSet<>(was.keySet());
            clauseIds.addAll(is.keySet());
            for (String id : clauseIds) {
                String from = text(was.get(id), "value");
                String to = text(is.get(id), "value");
                if (!Objects.equals(from, to)) {
                    conditions.add(new Change(
                            id,
                            title(is.get(id), was.get(id)),
                            from,
                            to,
                            text(was.get(id), "rule"),
                            text(is.get(id), "rule")));
                }
            }
        }
        return new Changed(of, old.id(), determinations, conditions, old.report() != null);
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        list.forEach(n -> byId.put(n.path("id").asText(), n));
        return byId;
    }

    private static String title(JsonNode is, JsonNode was) {
        String title = text(is, "title");
        return title != null ? title : text(was, "title");
    }

    private static String text(JsonNode node, String field) {
        return node == null || node.path(field).isNull() || node.path(field).isMissingNode()
                ? null
                : node.path(field).asText();
    }
}
