package org.assurances.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assurances.engine.Describe;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;

/**
 * What would it take: the smallest sets of changes to a fact set that give a determination the wanted
 * status. The changes come from the closed vocabulary (every fact the posted types can state, dated the
 * as-of date) and, only when the analyst allows rewriting history, from removing or changing a posted
 * fact. Each single change is evaluated once; only those that move a condition of the determination's
 * tree that is not yet satisfied (what the report's toSettle and failed conditions name), or the
 * determination itself, are combined further. Combinations are tried smallest first, and no superset of
 * an answer found is tried; the search stops at the change bound or the time budget and says so.
 */
public final class Counterfactuals {
    private final Evaluator evaluator;
    private final ObjectMapper json;

    public Counterfactuals(Evaluator evaluator, ObjectMapper json) {
        this.evaluator = evaluator;
        this.json = json;
    }

    /** One change to the fact set. {@code index} is the posted fact removed or changed; null for an addition. */
    public record Change(Kind kind, Integer index, Fact fact, String description) {
        public enum Kind {
            ADD,
            CHANGE,
            REMOVE
        }
    }

    /** A condition or determination whose value an answer changes. */
    public record Moved(String id, String title, String from, String to, String rule) {}

    /** One answer: the changes, the status they give, and every condition they move, with its rule. */
    public record Answer(
            List<Change> changes, Status status, String rule, List<Moved> determinations, List<Moved> conditions) {}

    /** How far the search went, and why it stopped where it did. */
    public record Searched(
            int candidates, int relevant, int evaluations, long millis, int depth, boolean complete, String cutShort) {}

    /**
     * The whole answer. With no answer, {@code closest} is the set of changes tried that left the fewest conditions of
     * the determination's tree unsatisfied, with what still fails ({@code stillFails}); {@code skipped} counts the
     * candidates left out because they contradict a fact posted on the same day.
     */
    public record Result(
            Determination determination,
            Status wanted,
            Status was,
            List<Answer> answers,
            Searched searched,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            Closest closest,

            Skipped skipped) {}

    /** The nearest miss: its changes, what they move, and the conditions of the tree that still do not hold. */
    public record Closest(Answer answer, List<Moved> stillFails) {}

    /**
     * Candidates the search could not try: a fact on the as-of date that contradicts one posted on that day (the
     * analyst must say which holds). {@code example} names one and the posted fact; {@code nextDay} is the day after,
     * on which a new fact would supersede the posted one instead of contradicting it.
     */
    public record Skipped(int count, String example, java.time.LocalDate nextDay) {}

    /** What the search keeps while it runs: the nearest miss and the contradictions met (one instance per search). */
    private static final class Track {
        int score = Integer.MAX_VALUE;
        List<Candidate> changes;
        Report report;
        int skipped;
        String example;

        void consider(List<Candidate> tried, Report r, Set<String> tree) {
            int unsatisfied = 0;
            Map<String, String> v = values(r);
            for (String c : tree) {
                if (!"SATISFIED".equals(v.get("c:" + c))) {
                    unsatisfied++;
                }
            }
            if (unsatisfied < score || (unsatisfied == score && changes != null && tried.size() < changes.size())) {
                score = unsatisfied;
                changes = List.copyOf(tried);
                report = r;
            }
        }
    }

    /** A search: the bounds are checked by the caller. */
    public record Query(
            FactSet factSet,
            Determination determination,
            Status wanted,
            int maxChanges,
            long budgetMillis,
            int maxAnswers,
            boolean rewriteHistory) {}

    private record Candidate(Change change, String slot) {}

    public Result search(Query q) {
        long start = System.nanoTime();
        long deadline = start + q.budgetMillis() * 1_000_000;
        Report base = evaluator.snapshot(q.factSet());
        Report.DeterminationReport target = base.determination(q.determination());
        int evaluations = 1;
        if (target.status() == q.wanted()) {
            return new Result(
                    q.determination(),
                    q.wanted(),
                    target.status(),
                    List.of(new Answer(List.of(), target.status(), target.rule(), List.of(), List.of())),
                    new Searched(0, 0, evaluations, millis(start), 0, true, null),
                    null,
                    new Skipped(0, null, null));
        }
        Set<String> tree = new LinkedHashSet<>();
        target.conditions().forEach(c -> collect(c, tree));
        Map<String, String> baseValues = values(base);

        // Every single change, evaluated once: keep those that move the determination or an unsatisfied
        // condition of its tree, one per slot and effect (a pledge's forms that all read alike are one).
        List<Candidate> all = candidates(q);
        List<Candidate> relevant = new ArrayList<>();
        Map<String, Candidate> byEffect = new LinkedHashMap<>();
        List<Answer> answers = new ArrayList<>();
        List<Set<Integer>> found = new ArrayList<>();
        String cut = null;
        Track track = new Track();
        for (Candidate c : all) {
            if (System.nanoTime() > deadline) {
                cut = "the time budget ran out while trying single changes";
                break;
            }
            Report r = apply(q.factSet(), List.of(c), track);
            evaluations++;
            if (r == null) {
                continue;
            }
            track.consider(List.of(c), r, tree);
            Map<String, String> v = values(r);
            String effect = effect(baseValues, v, tree, q.determination());
            if (effect.isEmpty() || byEffect.containsKey(c.slot() + effect)) {
                continue;
            }
            byEffect.put(c.slot() + effect, c);
            relevant.add(c);
            if (r.determination(q.determination()).status() == q.wanted() && answers.size() < q.maxAnswers()) {
                found.add(Set.of(relevant.size() - 1));
                answers.add(answer(List.of(c), base, r, q.determination()));
            }
        }
        int depth = 1;
        int[] tried = {0};
        for (int size = 2; size <= q.maxChanges() && cut == null && answers.size() < q.maxAnswers(); size++) {
            depth = size;
            cut = combine(q, base, relevant, size, found, answers, deadline, new int[size], 0, 0, tried, track, tree);
        }
        evaluations += tried[0];
        // Not cut by time, the search tried every combination within the bound: with no answer, the bound cut it short.
        if (cut == null && answers.isEmpty()) {
            cut = "no answer within " + q.maxChanges() + " changes";
        }
        Closest closest = null;
        if (answers.isEmpty() && track.changes != null) {
            Answer near = answer(track.changes, base, track.report, q.determination());
            List<Moved> still = new ArrayList<>();
            for (Report.ConditionReport c : track.report.conditions()) {
                if (tree.contains(c.id().name()) && c.value() != org.assurances.rules.Value.SATISFIED) {
                    still.add(
                            new Moved(c.id().name(), c.title(), null, c.value().name(), c.rule()));
                }
            }
            closest = new Closest(near, still);
        }
        return new Result(
                q.determination(),
                q.wanted(),
                target.status(),
                answers,
                new Searched(all.size(), relevant.size(), evaluations, millis(start), depth, cut == null, cut),
                closest,
                new Skipped(
                        track.skipped,
                        track.example,
                        track.skipped == 0 ? null : q.factSet().asOf().plusDays(1)));
    }

    /**
     * Tries every combination of {@code size} relevant changes (no two in one slot, no superset of an answer),
     * counting the evaluations in {@code tried}: the search keeps no state of its own between calls, so one
     * instance serves concurrent requests.
     */
    private String combine(
            Query q,
            Report base,
            List<Candidate> relevant,
            int size,
            List<Set<Integer>> found,
            List<Answer> answers,
            long deadline,
            int[] pick,
            int at,
            int from,
            int[] tried,
            Track track,
            Set<String> tree) {
        if (at == size) {
            Set<Integer> chosen = new java.util.HashSet<>();
            for (int i : pick) {
                chosen.add(i);
            }
            for (Set<Integer> answer : found) {
                if (chosen.containsAll(answer)) {
                    return null;
                }
            }
            List<Candidate> changes = new ArrayList<>();
            Set<String> slots = new java.util.HashSet<>();
            for (int i : pick) {
                if (!slots.add(relevant.get(i).slot())) {
                    return null;
                }
                changes.add(relevant.get(i));
            }
            Report r = apply(q.factSet(), changes, track);
            tried[0]++;
            if (r != null) {
                track.consider(changes, r, tree);
            }
            if (r != null && r.determination(q.determination()).status() == q.wanted()) {
                found.add(chosen);
                answers.add(answer(changes, base, r, q.determination()));
            }
            return null;
        }
        for (int i = from; i < relevant.size(); i++) {
            if (answers.size() >= q.maxAnswers()) {
                return null;
            }
            if (System.nanoTime() > deadline) {
                return "the time budget ran out while trying " + size + " changes together";
            }
            pick[at] = i;
            String cut =
                    combine(q, base, relevant, size, found, answers, deadline, pick, at + 1, i + 1, tried, track, tree);
            if (cut != null) {
                return cut;
            }
        }
        return null;
    }

    private Answer answer(List<Candidate> changes, Report base, Report now, Determination id) {
        List<Moved> determinations = new ArrayList<>();
        for (Report.DeterminationReport d : now.determinations()) {
            Report.DeterminationReport was = base.determination(d.id());
            if (was.status() != d.status()) {
                determinations.add(new Moved(
                        d.id().name(),
                        d.title(),
                        was.status().name(),
                        d.status().name(),
                        d.rule()));
            }
        }
        List<Moved> conditions = new ArrayList<>();
        Map<String, Report.ConditionReport> before = new LinkedHashMap<>();
        base.conditions().forEach(c -> before.put(c.id().name(), c));
        for (Report.ConditionReport c : now.conditions()) {
            Report.ConditionReport was = before.get(c.id().name());
            String from = was == null ? null : was.value().name();
            if (!Objects.equals(from, c.value().name())) {
                conditions.add(
                        new Moved(c.id().name(), c.title(), from, c.value().name(), c.rule()));
            }
        }
        Report.DeterminationReport d = now.determination(id);
        return new Answer(
                changes.stream().map(Candidate::change).toList(), d.status(), d.rule(), determinations, conditions);
    }

    /** The report for the fact set with {@code changes} made; null if the changes make it invalid. */
    private Report apply(FactSet factSet, List<Candidate> changes, Track track) {
        List<Fact> facts = new ArrayList<>(factSet.facts());
        List<Integer> removed = new ArrayList<>();
        for (Candidate c : changes) {
            Change ch = c.change();
            switch (ch.kind()) {
                case ADD -> facts.add(ch.fact());
                case CHANGE -> facts.set(ch.index(), ch.fact());
                case REMOVE -> removed.add(ch.index());
            }
        }
        removed.sort(java.util.Comparator.reverseOrder());
        for (int i : removed) {
            facts.remove(i);
        }
        try {
            // Statuses and values only: a snapshot gives them without walking each candidate's history.
            return evaluator.snapshot(factSet.with(factSet.asOf(), facts));
        } catch (InvalidFactSetException e) {
            // a contradiction with a fact posted on the as-of day: counted, and one named, so the analyst hears of it
            if (changes.size() == 1
                    && e.problems().stream().anyMatch(p -> p.detail().contains("contradicts"))) {
                track.skipped++;
                if (track.example == null) {
                    track.example = changes.get(0).change().description() + ": "
                            + e.problems().get(0).detail();
                }
            }
            return null;
        }
    }

    /** What a change did to the determination and to its not-yet-satisfied conditions; empty if nothing. */
    private static String effect(
            Map<String, String> base, Map<String, String> now, Set<String> tree, Determination id) {
        StringBuilder effect = new StringBuilder();
        String key = "d:" + id.name();
        if (!Objects.equals(base.get(key), now.get(key))) {
            effect.append(key).append('=').append(now.get(key)).append(';');
        }
        for (String c : tree) {
            String was = base.get("c:" + c);
            String is = now.get("c:" + c);
            if (!"SATISFIED".equals(was) && !Objects.equals(was, is)) {
                effect.append(c).append('=').append(is).append(';');
            }
        }
        return effect.toString();
    }

    private static void collect(Report.ConditionReport c, Set<String> ids) {
        ids.add(c.id().name());
        c.parts().forEach(p -> collect(p, ids));
    }

    private static Map<String, String> values(Report r) {
        Map<String, String> v = new LinkedHashMap<>();
        r.determinations().forEach(d -> v.put("d:" + d.id().name(), d.status().name()));
        r.conditions().forEach(c -> v.put("c:" + c.id().name(), c.value().name()));
        return v;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    // ---- the candidates: the closed vocabulary, as facts dated the as-of date ----

    private List<Candidate> candidates(Query q) {
        String day = q.factSet().asOf().toString();
        List<Candidate> c = new ArrayList<>();
        for (String system : List.of("MRBM", "IRBM", "IL28_BOMBER")) {
            for (String status : List.of("REMOVED", "PRESENT")) {
                add(
                        c,
                        "weaponSystem " + system,
                        node("weaponSystem", day).put("system", system).put("status", status));
            }
        }
        for (String[] by : new String[][] {
            {"UN", "true"}, {"OTHER", "true"}, {"US_AERIAL_SURVEILLANCE", "false"}, {"AT_SEA_INSPECTION", "false"}
        }) {
            for (String outcome : List.of("CONFIRMED", "REFUSED")) {
                add(
                        c,
                        "verification " + by[0],
                        node("verification", day)
                                .put("by", by[0])
                                .put("onSite", Boolean.parseBoolean(by[1]))
                                .put("outcome", outcome));
            }
        }
        for (String party : List.of("USSR", "CUBA")) {
            for (String pledge : List.of("NO_REINTRODUCTION_INTO_CUBA", "NO_OFFENSIVE_WEAPONS_INTO_HEMISPHERE")) {
                for (String form :
                        List.of("UN_SECURITY_COUNCIL_STATEMENT", "TREATY", "PUBLIC_STATEMENT", "PRIVATE_LETTER")) {
                    add(
                            c,
                            "undertaking " + party + " " + pledge,
                            node("undertaking", day)
                                    .put("party", party)
                                    .put("pledge", pledge)
                                    .put("form", form)
                                    .put("status", "GIVEN"));
                }
                add(
                        c,
                        "undertaking " + party + " " + pledge,
                        node("undertaking", day)
                                .put("party", party)
                                .put("pledge", pledge)
                                .put("status", "REFUSED"));
            }
        }
        add(
                c,
                "undertaking USSR REMOVE_IL28",
                node("undertaking", day)
                        .put("party", "USSR")
                        .put("pledge", "REMOVE_IL28")
                        .put("form", "PRIVATE_LETTER")
                        .put("status", "GIVEN")
                        .put("withinDays", 30));
        for (String kind :
                List.of("ON_SITE_INSPECTION", "UN_PRESENCE", "DENUCLEARIZED_ZONE", "AIR_SURVEILLANCE", "OTHER")) {
            for (String term : List.of("LONG_TERM", "SHORT_TERM")) {
                for (String stance : List.of("ACCEPTED", "REFUSED")) {
                    ObjectNode n = node("safeguard", day)
                            .put("kind", kind)
                            .put("term", term)
                            .put("cubaStance", stance);
                    if (kind.equals("OTHER")) {
                        n.put("judgedSatisfactory", true);
                    }
                    add(c, "safeguard " + kind + " " + term, n);
                }
            }
        }
        for (String assurance : List.of(
                "NON_INVASION",
                "NO_SUPPORT_FOR_INVASION_BY_OTHERS",
                "OAS_PARALLEL_ASSURANCE",
                "CONTINGENT_NON_INVASION")) {
            String by = assurance.equals("OAS_PARALLEL_ASSURANCE") ? "OAS" : "US";
            for (String form : by.equals("OAS")
                    ? List.of("OAS_RESOLUTION")
                    : List.of("UN_SECURITY_COUNCIL_DECLARATION", "PRESS_CONFERENCE")) {
                add(
                        c,
                        "declaration " + assurance,
                        node("declaration", day)
                                .put("assurance", assurance)
                                .put("by", by)
                                .put("form", form));
            }
        }
        for (String action : List.of("QUARANTINE_LIFTED", "QUARANTINE_IMPOSED", "AIR_SURVEILLANCE")) {
            add(c, "usAction " + action, node("usAction", day).put("action", action));
        }
        for (String kind : List.of(
                "REINTRODUCTION_OF_OFFENSIVE_WEAPONS",
                "OFFENSIVE_BASE_ESTABLISHED",
                "CUBAN_AGGRESSION_IN_HEMISPHERE",
                "US_INVASION",
                "INVASION_FROM_US_TERRITORY",
                "INVASION_BY_AMERICAN_REPUBLIC")) {
            add(c, "incident " + kind, node("incident", day).put("kind", kind).put("confirmed", true));
        }
        if (q.rewriteHistory()) {
            List<Fact> facts = q.factSet().facts();
            for (int i = 0; i < facts.size(); i++) {
                Fact f = facts.get(i);
                c.add(new Candidate(
                        new Change(
                                Change.Kind.REMOVE,
                                i,
                                f,
                                "remove fact #" + i + " as if it never happened: " + Describe.posted(f)),
                        "posted #" + i));
                if (f.state() instanceof Enum<?> state) {
                    for (Object other : state.getDeclaringClass().getEnumConstants()) {
                        if (other == state) {
                            continue;
                        }
                        ObjectNode changed = json.valueToTree(f);
                        changed.put(f.stateField(), other.toString());
                        try {
                            Fact g = json.treeToValue(changed, Fact.class);
                            c.add(new Candidate(
                                    new Change(
                                            Change.Kind.CHANGE,
                                            i,
                                            g,
                                            "fact #" + i + " rewritten: " + Describe.posted(g) + ", instead of: "
                                                    + Describe.posted(f)),
                                    "posted #" + i));
                        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                            // not a valid fact with that state
                        }
                    }
                }
            }
        }
        return c;
    }

    private ObjectNode node(String type, String day) {
        return json.createObjectNode().put("type", type).put("date", day);
    }

    private void add(List<Candidate> into, String slot, ObjectNode fact) {
        try {
            Fact f = json.treeToValue(fact, Fact.class);
            into.add(new Candidate(new Change(Change.Kind.ADD, null, f, "a new fact: " + Describe.posted(f)), slot));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            // a combination the vocabulary refuses: not a candidate
        }
    }
}
