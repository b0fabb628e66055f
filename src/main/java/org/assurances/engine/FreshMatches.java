package org.assurances.engine;

import org.drools.tms.TruthMaintenanceSystemImpl;
import org.drools.tms.agenda.TruthMaintenanceSystemInternalMatch;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * The engine's own bookkeeping, so that no rule's consequence has to do it: a match that fires again concludes
 * afresh. A match fires again when what it bound changes in place (an accumulate's list grows, the as-of date
 * moves) and the earlier conclusion no longer holds. Drools' truth maintenance withdraws it in a plain session,
 * but a rule unit runs consequences through a helper that does not (Drools 10.1.0), and the stale conclusion
 * would stand beside the new one. Registered on every rule unit instance ({@link Evaluator#config}).
 */
final class FreshMatches extends DefaultAgendaEventListener {
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (event.getMatch() instanceof TruthMaintenanceSystemInternalMatch match
                && match.getLogicalDependencies() != null) {
            TruthMaintenanceSystemImpl.removeLogicalDependencies(match);
            match.setLogicalDependencies(null);
        }
    }
}
