package org.assurances.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.assurances.engine.AsOf;
import org.assurances.engine.Determination;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.engine.Status;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;
import org.assurances.facts.Undertaking;

/**
 * Replays dated facts as the history of the agreement: the same evaluator as POST /evaluations, run as
 * of every day on which something can change (a fact's date, the day after a promised IL-28 deadline,
 * 12 Nov 1962), keeping the days on which a status or a condition did change.
 */
public final class Timeline {
    private final Evaluator evaluator;

    public Timeline(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public List<Transition> replay(List<Fact> facts, LocalDate from, LocalDate until) {
        Map<LocalDate, Moment> moments = moments(facts);
        LocalDate start = from != null ? from : moments.isEmpty() ? null : ((TreeMap<LocalDate, Moment>) moments).firstKey();
        LocalDate end = until != null ? until : moments.isEmpty() ? start : ((TreeMap<LocalDate, Moment>) moments).lastKey();
        if (start == null) {
            throw new InvalidFactSetException(List.of(new Problem("/from", "no dated fact and no 'from' date: a timeline needs a first day",
                    "a 'from' date or at least one dated fact")));
        }
        if (end.isBefore(start)) {
            throw new InvalidFactSetException(List.of(new Problem("/until", "'until' " + end + " is before the first day " + start,
                    "a date on or after " + start)));
        }
        moments.computeIfAbsent(start, d -> new Moment()).triggers.add(0, "start of the timeline");
        List<Transition> transitions = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (Map.Entry<LocalDate, Moment> entry : moments.entrySet()) {
            LocalDate day = entry.getKey();
            if (day.isBefore(start) || day.isAfter(end)) {
                continue;
            }
            Report report = evaluator.evaluate(new FactSet(day, facts));
            Map<String, String> now = values(report);
            List<Transition.Change> changes = changes(previous, now);
            if (!changes.isEmpty()) {
                transitions.add(new Transition(day, entry.getValue().triggers, entry.getValue().facts, changes, statuses(report)));
            }
            previous = now;
        }
        return transitions;
    }

    /** The days on which something can change, each with what happens on it. */
    private static Map<LocalDate, Moment> moments(List<Fact> facts) {
        TreeMap<LocalDate, Moment> moments = new TreeMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (fact.date() != null) {
                Moment m = moments.computeIfAbsent(fact.date(), d -> new Moment());
                m.facts.add(i);
                if (m.facts.size() == 1) {
                    m.triggers.add("facts dated this day");
                }
            }
            if (fact instanceof Undertaking u && u.deadline() != null) {
                moments.computeIfAbsent(u.deadline().plusDays(1), d -> new Moment()).triggers
                        .add("the day after the IL-28 deadline " + u.deadline() + " of /facts/" + i);
            }
        }
        moments.computeIfAbsent(AsOf.NEW_QUARANTINE_TERMS, d -> new Moment()).triggers
                .add("the President's decision of 12 Nov 1962 changes the quarantine terms (para 2)");
        return moments;
    }

    private static Map<String, String> values(Report report) {
        Map<String, String> values = new LinkedHashMap<>();
        report.determinations().forEach(d -> values.put("determination " + d.id(), d.status().name()));
        report.clauses().forEach(c -> values.put("condition " + c.id(), c.value().name()));
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

    private static Map<Determination, Status> statuses(Report report) {
        Map<Determination, Status> statuses = new EnumMap<>(Determination.class);
        report.determinations().forEach(d -> statuses.put(d.id(), d.status()));
        return statuses;
    }

    private static final class Moment {
        final List<String> triggers = new ArrayList<>();
        final List<Integer> facts = new ArrayList<>();
    }
}
