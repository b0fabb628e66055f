package org.assurances.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assurances.facts.Declaration;
import org.assurances.facts.Fact;
import org.assurances.facts.Incident;
import org.assurances.facts.Safeguard;
import org.assurances.facts.Undertaking;
import org.assurances.facts.UsAction;
import org.assurances.facts.Verification;
import org.assurances.facts.WeaponSystem;
import org.assurances.rules.AsOf;
import org.assurances.rules.AssuranceUnit;
import org.assurances.rules.Choice;
import org.assurances.rules.Determination;
import org.assurances.rules.Run;
import org.assurances.rules.Verdict;
import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.kie.api.event.rule.AgendaEventListener;

/**
 * The history of a fact set, day by day (spec 7.1): one rule unit instance kept alive while the as-of date moves
 * forward, as Rete is meant to be used. It stops on every day on which a status can change (a fact's date, the day
 * after a promised IL-28 deadline, a day on which a term of the rulebook begins), and on each it inserts the facts
 * dated up to that day, moves the as-of date and lets the engine withdraw what no longer holds and draw what now
 * does. After each day it writes down each determination's status as a {@link Run}: the history the rules read
 * to say since when an assurance binds and whether it bound on the day before an incident. An evaluation as of a
 * date is this session moved to that date; a timeline is the same session, looked at on every day. Not thread-safe.
 */
public final class Session implements AutoCloseable {
    private final String rulebook;
    private final RuleIndex index;
    private final AssuranceUnit unit = new AssuranceUnit();
    private final Conclusions conclusions = new Conclusions();
    private final FreshMatches fresh = new FreshMatches();
    private final RuleUnitInstance<AssuranceUnit> instance;
    private final List<Fact> facts;
    private final List<Integer> byDate;
    private final List<LocalDate> days;
    private final Map<Fact, Integer> positions = new IdentityHashMap<>();
    private final Map<Determination, DataHandle> open = new EnumMap<>(Determination.class);
    /** False for a snapshot: one step to the day, no runs written, so no since-when and no violations. */
    private final boolean history;

    private DataHandle asOf;
    /** The day the as-of fact holds: moved only when one of its answers changes (see answersChange). */
    private LocalDate asOfDay;
    /** The days on which an answer of the as-of fact changes: the term days, the day after each promised day. */
    private final java.util.TreeSet<LocalDate> asOfChanges = new java.util.TreeSet<>(Rulebook.termDays());

    private LocalDate day;
    private int next;
    private int nextDay;
    /** A run was written since the engine last fired: read by the history rules before any report. */
    private boolean runsToRead;

    Session(
            RuleUnit<AssuranceUnit> rules,
            RuleIndex index,
            String rulebook,
            List<Fact> facts,
            Map<String, String> readings,
            AgendaEventListener firings,
            boolean history) {
        this.history = history;
        this.rulebook = rulebook;
        this.index = index;
        this.facts = List.copyOf(facts);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> facts.get(i).effective()));
        this.byDate = order;
        for (Fact fact : this.facts) {
            if (fact instanceof Undertaking u && u.deadline() != null) {
                asOfChanges.add(passed(u));
            }
        }
        // A snapshot stops on one day only: it needs no list of the days on which something can change.
        this.days = history ? List.copyOf(days(this.facts).keySet()) : List.of();
        // The alternatives chosen for readings hold from the first day: they are how the facts are read.
        readings.forEach((id, alternative) -> unit.getChoices().add(new Choice(id, alternative)));
        this.instance = rules.createInstance(unit, Evaluator.config(conclusions, fresh, firings));
    }

    /** What happens on a day on which something can change: the facts dated that day, and why else it counts. */
    public record Day(List<Integer> facts, List<String> triggers) {}

    /**
     * The days on which something can change, each with what happens on it: a fact's date (with the facts dated
     * that day), the day after a promised IL-28 deadline, a day on which a term of the rulebook begins.
     */
    public static TreeMap<LocalDate, Day> days(List<Fact> facts) {
        TreeMap<LocalDate, Day> days = new TreeMap<>();
        java.util.function.Function<LocalDate, Day> fresh = d -> new Day(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (fact.date() != null) {
                Day day = days.computeIfAbsent(fact.date(), fresh);
                if (day.facts().isEmpty()) {
                    day.triggers().add("facts dated this day");
                }
                day.facts().add(i);
            }
            if (fact instanceof Undertaking u && u.deadline() != null) {
                days.computeIfAbsent(passed(u), fresh)
                        .triggers()
                        .add("the day after the IL-28 deadline " + u.deadline() + " of /facts/" + i);
            }
        }
        for (LocalDate term : Rulebook.termDays()) {
            days.computeIfAbsent(term, fresh).triggers().add("terms in the rulebook begin on " + term);
        }
        return days;
    }

    /**
     * Moves the session to {@code to} (never back), stopping on every day on the way on which something can change,
     * and draws every conclusion as of {@code to}.
     */
    public Conclusions advance(LocalDate to) {
        if (day != null && to.isBefore(day)) {
            throw new IllegalArgumentException("a session moves forward only: " + to + " is before " + day);
        }
        while (history && nextDay < days.size() && !days.get(nextDay).isAfter(to)) {
            LocalDate stop = days.get(nextDay++);
            if (day == null || stop.isAfter(day)) {
                step(stop);
            }
        }
        if (day == null || to.isAfter(day)) {
            step(to);
        }
        if (runsToRead) {
            // The runs written on the way are read once, at the end: they give since-when and violations (remarks),
            // never a status, so no day's statuses wait for them (history.drl).
            fire();
            runsToRead = false;
        }
        return conclusions;
    }

    private void step(LocalDate to) {
        while (next < byDate.size() && !facts.get(byDate.get(next)).effective().isAfter(to)) {
            int i = byDate.get(next++);
            positions.put(facts.get(i), i);
            insert(unit, facts.get(i));
        }
        if (asOf == null) {
            asOf = unit.getAsOf().add(new AsOf(to));
            asOfDay = to;
        } else if (answersChange(asOfDay, to)) {
            unit.getAsOf().update(asOf, new AsOf(to));
            asOfDay = to;
        }
        day = to;
        fire();
        if (history && record(to)) {
            runsToRead = true;
        }
    }

    /** Fires until nothing is left to fire, and no withdrawn match keeps a conclusion (FreshMatches). */
    private void fire() {
        do {
            instance.fire(fresh);
        } while (fresh.withdrawPending());
    }

    /**
     * The rules ask the as-of date two things only (a test checks it): whether a term day has come
     * ({@code onOrAfter}) and whether a promised last day has passed ({@code after}). Both answers change only on a
     * term day or on the day after a deadline; on any other day the as-of fact is left as it is, and no rule that
     * reads it fires again only to conclude what it concluded the day before.
     */
    private boolean answersChange(LocalDate from, LocalDate to) {
        LocalDate next = asOfChanges.higher(from);
        return next != null && !next.isAfter(to);
    }

    /** The first day on which a promise's last day has passed ({@code AsOf.after} turns true). */
    private static LocalDate passed(Undertaking promise) {
        return promise.deadline().plusDays(1);
    }

    /** Writes down each determination's status on {@code today}: a new run where it changed. True if one did. */
    private boolean record(LocalDate today) {
        boolean changed = false;
        for (Map.Entry<Determination, Verdict> v : conclusions.determinations.entrySet()) {
            DataHandle handle = open.get(v.getKey());
            Run run = handle == null ? null : (Run) handle.getObject();
            if (run != null && run.status() == v.getValue().status()) {
                continue;
            }
            if (run != null) {
                unit.getRuns().update(handle, run.endingOn(today.minusDays(1)));
            }
            open.put(
                    v.getKey(),
                    unit.getRuns().add(new Run(v.getKey(), v.getValue().status(), today, null)));
            changed = true;
        }
        return changed;
    }

    /** The full report as of the current day, the same as {@link Evaluator#evaluate} gives for that day. */
    public Report report() {
        List<Report.IgnoredFact> ignored = new ArrayList<>();
        for (int k = next; k < byDate.size(); k++) {
            int i = byDate.get(k);
            ignored.add(Report.IgnoredFact.notYet(i, facts.get(i).date(), day));
        }
        ignored.sort(Comparator.comparingInt(Report.IgnoredFact::index));
        return new ReportBuilder(index, conclusions, positions).build(rulebook, day, ignored);
    }

    @Override
    public void close() {
        instance.close();
    }

    static void insert(AssuranceUnit unit, Fact fact) {
        if (fact instanceof WeaponSystem f) {
            unit.getWeaponSystems().add(f);
        } else if (fact instanceof Verification f) {
            unit.getVerifications().add(f);
        } else if (fact instanceof Undertaking f) {
            unit.getUndertakings().add(f);
        } else if (fact instanceof Safeguard f) {
            unit.getSafeguards().add(f);
        } else if (fact instanceof Declaration f) {
            unit.getDeclarations().add(f);
        } else if (fact instanceof UsAction f) {
            unit.getUsActions().add(f);
        } else if (fact instanceof Incident f) {
            unit.getIncidents().add(f);
        }
    }
}
