package org.assurances.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.assurances.engine.Conclusions;
import org.assurances.engine.Describe;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Session;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;
import org.assurances.rules.Condition;
import org.assurances.rules.Value;

/**
 * Replays dated facts as the history of the agreement: one long-lived session of the same rules as
 * POST /evaluations, moved to every day on which something can change (a fact's date, the day after a
 * promised IL-28 deadline, a day on which the rules' terms begin), keeping the days on which a status or
 * a condition did change. The engine withdraws what no longer holds; nothing is rebuilt per day.
 */
public final class Timeline {
    private final Evaluator evaluator;

    public Timeline(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public List<Transition> replay(List<Fact> facts, LocalDate from, LocalDate until) {
        return replay(facts, from, until, null);
    }

    /**
     * The same, stopped with a problem (on {@code /facts}) if it runs past {@code budget}: the service bounds
     * a replay in time as well as in days and facts.
     */
    public List<Transition> replay(List<Fact> facts, LocalDate from, LocalDate until, java.time.Duration budget) {
        return replay(facts, Map.of(), from, until, budget);
    }

    /** The same, with the facts read by the alternatives chosen in {@code readings}. */
    public List<Transition> replay(
            List<Fact> facts,
            Map<String, String> readings,
            LocalDate from,
            LocalDate until,
            java.time.Duration budget) {
        long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
        Map<LocalDate, Moment> moments = moments(facts);
        LocalDate start =
                from != null ? from : moments.isEmpty() ? null : ((TreeMap<LocalDate, Moment>) moments).firstKey();
        LocalDate end =
                until != null ? until : moments.isEmpty() ? start : ((TreeMap<LocalDate, Moment>) moments).lastKey();
        if (start == null) {
            throw new InvalidFactSetException(List.of(new Problem(
                    "/from",
                    "no dated fact and no 'from' date: a timeline needs a first day",
                    "a 'from' date or at least one dated fact")));
        }
        if (end.isBefore(start)) {
            throw new InvalidFactSetException(List.of(new Problem(
                    "/until", "'until' " + end + " is before the first day " + start, "a date on or after " + start)));
        }
        moments.computeIfAbsent(start, d -> new Moment()).triggers.add(0, "start of the timeline");
        new FactSet(end, facts); // the same checks as an evaluation: dates in range, no contradiction
        List<Transition> transitions = new ArrayList<>();
        Map<String, String> previous = Map.of();
        try (Session session = evaluator.session(facts, readings)) {
            for (Map.Entry<LocalDate, Moment> entry : moments.entrySet()) {
                LocalDate day = entry.getKey();
                if (day.isBefore(start) || day.isAfter(end)) {
                    continue;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new InvalidFactSetException(List.of(new Problem(
                            "/facts",
                            "the replay ran past its time budget of " + budget.toMillis() + " ms, at " + day,
                            "fewer facts or a shorter span (from, until)")));
                }
                Conclusions now = session.advance(day);
                Map<String, String> values = values(now);
                List<Transition.Change> changes = changes(previous, values);
                if (!changes.isEmpty()) {
                    List<Integer> dated = entry.getValue().facts;
                    transitions.add(new Transition(
                            day,
                            entry.getValue().triggers,
                            dated,
                            dated.stream().map(i -> Describe.said(facts.get(i))).toList(),
                            changes,
                            now.statuses()));
                }
                previous = values;
            }
        }
        return transitions;
    }

    /** The days on which something can change, each with what happens on it (as the session stops on them). */
    private static Map<LocalDate, Moment> moments(List<Fact> facts) {
        TreeMap<LocalDate, Moment> moments = new TreeMap<>();
        Session.days(facts).forEach((day, what) -> {
            Moment m = new Moment();
            m.triggers.addAll(what.triggers());
            m.facts.addAll(what.facts());
            moments.put(day, m);
        });
        return moments;
    }

    private static Map<String, String> values(Conclusions now) {
        Map<String, String> values = new LinkedHashMap<>();
        now.statuses().forEach((d, status) -> values.put("determination " + d, status.name()));
        for (Map.Entry<Condition, Value> c : now.values().entrySet()) {
            values.put("condition " + c.getKey(), c.getValue().name());
        }
        return values;
    }

    private static List<Transition.Change> changes(Map<String, String> before, Map<String, String> after) {
        List<Transition.Change> changes = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!Objects.equals(before.get(key), value)) {
                String[] kind = key.split(" ", 2);
                changes.add(new Transition.Change(kind[0], kind[1], before.get(key), value));
            }
        });
        return changes;
    }

    private static final class Moment {
        final List<String> triggers = new ArrayList<>();
        final List<Integer> facts = new ArrayList<>();
    }
}
