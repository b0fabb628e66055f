package org.assurances.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.assurances.rules.Decided;
import org.assurances.rules.Evidence;
import org.assurances.rules.Finding;
import org.assurances.rules.Remark;
import org.assurances.rules.Verdict;
import org.drools.core.common.PropagationContext;
import org.drools.core.reteoo.Tuple;
import org.drools.core.util.LinkedList;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemImpl;
import org.drools.tms.agenda.TruthMaintenanceSystemInternalMatch;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;

/**
 * The engine's own bookkeeping, so that no rule's consequence has to do it: what a rule concludes again stays as the
 * engine holds it, and what it no longer concludes is withdrawn.
 *
 * <p>A finding or a verdict is equal to another one of the same value drawn by the same rule ({@link Evidence}):
 * truth maintenance then adds the new justification to the conclusion it holds instead of inserting another, and
 * only the evidence is brought up to date. So no rule that reads the conclusion fires again only to conclude what it
 * concluded before, and a day on which nothing changed stops where it began. Two things keep the old justification
 * long enough for the new one to join it:
 *
 * <ul>
 *   <li>A match that fires again (what it bound changed in place: an accumulate's list grew, the as-of date moved)
 *       has what it concluded before withdrawn after it fired, not before. Drools' truth maintenance does that in a
 *       plain session; a rule unit runs consequences through a helper that does not (Drools 10.1.0), and without
 *       this the stale conclusion would stand beside the new one.
 *   <li>A match that is withdrawn (what it bound was replaced) keeps its findings and verdicts until the rule has
 *       fired on what replaced it: they are withdrawn before any other rule fires ({@link #accept}), and before the
 *       engine stops ({@link #withdrawPending}). No other rule reads them meanwhile: a match that bound one that is
 *       then withdrawn does not fire.
 * </ul>
 *
 * One per rule unit instance ({@link Evaluator#config}), as it holds the match being fired.
 */
final class FreshMatches extends DefaultAgendaEventListener implements RuleEventListener, AgendaFilter {
    /** What the match being fired had concluded before; null if it had not fired before. */
    @SuppressWarnings("rawtypes")
    private LinkedList before;

    /** The justifications of withdrawn matches, kept until their rule has fired again: by rule. */
    @SuppressWarnings("rawtypes")
    private final Map<Object, List<LogicalDependency>> pending = new IdentityHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (event.getMatch() instanceof TruthMaintenanceSystemInternalMatch match) {
            before = match.getLogicalDependencies();
            match.setLogicalDependencies(null);
        }
        Evidence.firing(event.getMatch().getRule());
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Evidence.firing(null);
        if (!(event.getMatch() instanceof TruthMaintenanceSystemInternalMatch match)) {
            return;
        }
        LinkedList now = match.getLogicalDependencies();
        if (now != null) {
            for (LogicalDependency d = (LogicalDependency) now.getFirst();
                    d != null;
                    d = (LogicalDependency) d.getNext()) {
                Object held = held(d);
                if (held != d.getObject() && because(held) instanceof Evidence kept) {
                    // concluded again: the engine keeps the conclusion it holds, on the evidence there is now
                    kept.replaceWith(because(d.getObject()));
                }
            }
        }
        LinkedList earlier = before;
        before = null;
        if (earlier != null) {
            PropagationContext context = ((Tuple) match).findMostRecentPropagationContext();
            for (LogicalDependency d = (LogicalDependency) earlier.getFirst(); d != null; ) {
                LogicalDependency next = (LogicalDependency) d.getNext();
                withdraw(d, context);
                d = next;
            }
        }
    }

    /**
     * A fired match is withdrawn (the engine calls this just before it withdraws what the match concluded): its
     * findings and verdicts are kept until its rule has fired on what replaced it; anything else goes now.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void onDeleteMatch(Match m) {
        if (!(m instanceof TruthMaintenanceSystemInternalMatch match) || match.getLogicalDependencies() == null) {
            return;
        }
        LinkedList all = match.getLogicalDependencies();
        match.setLogicalDependencies(null);
        PropagationContext context = ((Tuple) match).findMostRecentPropagationContext();
        for (LogicalDependency d = (LogicalDependency) all.getFirst(); d != null; ) {
            LogicalDependency next = (LogicalDependency) d.getNext();
            all.remove(d);
            Object held = held(d);
            if (held instanceof Finding || held instanceof Verdict) {
                pending.computeIfAbsent(match.getRule(), r -> new ArrayList<>()).add(d);
            } else {
                withdraw(d, context);
            }
            d = next;
        }
    }

    /**
     * Asked before each match fires: the withdrawn matches of every other rule go first. A match that bound one of
     * their conclusions does not fire (the engine would have withdrawn it, had it withdrawn them at once).
     */
    @Override
    public boolean accept(Match match) {
        if (pending.isEmpty() || pending.size() == 1 && pending.containsKey(match.getRule())) {
            return true;
        }
        List<Object> gone = null;
        // withdrawing may withdraw further matches, of other rules, whose conclusions wait in turn
        for (List<List<?>> batch = others(match.getRule()); !batch.isEmpty(); batch = others(match.getRule())) {
            for (List<?> deps : batch) {
                gone = withdrawAll(deps, gone);
            }
        }
        if (gone != null) {
            for (Object bound : match.getObjects()) {
                for (Object g : gone) {
                    if (g == bound) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Takes out of {@link #pending} what every rule but {@code rule} keeps. */
    private List<List<?>> others(Object rule) {
        List<List<?>> batch = new ArrayList<>(pending.size());
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey() != rule) {
                batch.add(e.getValue());
                it.remove();
            }
        }
        return batch;
    }

    /** Withdraws what withdrawn matches still keep; true if there was any (then the engine fires again). */
    boolean withdrawPending() {
        if (pending.isEmpty()) {
            return false;
        }
        for (List<List<?>> batch = others(null); !batch.isEmpty(); batch = others(null)) {
            for (List<?> deps : batch) {
                withdrawAll(deps, null);
            }
        }
        return true;
    }

    /** Withdraws the justifications; adds to {@code gone} (made if null) each conclusion left with none. */
    @SuppressWarnings("rawtypes")
    private static List<Object> withdrawAll(List<?> deps, List<Object> gone) {
        for (Object o : deps) {
            LogicalDependency d = (LogicalDependency) o;
            Object held = held(d);
            BeliefSet set = (BeliefSet) d.getJustified();
            withdraw(d, ((Tuple) d.getJustifier()).findMostRecentPropagationContext());
            if (set.isEmpty()) {
                if (gone == null) {
                    gone = new ArrayList<>();
                }
                gone.add(held);
            }
        }
        return gone;
    }

    /**
     * Withdraws one justification. A conclusion still justified by another match of its rule keeps standing, on the
     * evidence of the match that concluded it last.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void withdraw(LogicalDependency d, PropagationContext context) {
        BeliefSet set = (BeliefSet) d.getJustified();
        TruthMaintenanceSystemImpl.removeLogicalDependency(d, context);
        if (!set.isEmpty() && because(set.getFactHandle().getObject()) instanceof Evidence kept) {
            SimpleMode last = (SimpleMode) set.getFirst();
            while (last.getNext() != null) {
                last = last.getNext();
            }
            Object latest = last.getObject().getObject();
            kept.replaceWith(because(latest));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Object held(LogicalDependency d) {
        return ((BeliefSet) d.getJustified()).getFactHandle().getObject();
    }

    /** What a conclusion rests on: an {@link Evidence} for findings, verdicts and remarks. */
    private static List<Object> because(Object conclusion) {
        if (conclusion instanceof Decided d) {
            return d.because();
        }
        if (conclusion instanceof Remark r) {
            return r.because();
        }
        return null; // a derived fact of another kind: equal ones are one fact, as truth maintenance has it
    }

    @Override
    public void onBeforeMatchFire(Match match) {}

    @Override
    public void onAfterMatchFire(Match match) {}

    @Override
    public void onUpdateMatch(Match match) {}
}
