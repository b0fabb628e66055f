package org.assurances.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.assurances.facts.Fact;
import org.drools.tms.TruthMaintenanceSystemImpl;
import org.drools.tms.agenda.TruthMaintenanceSystemInternalMatch;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence calls to state its conclusion: a value it read off the facts, or the
 * three-valued combination ({@link Logic}) of the parts it bound by pattern. Parameters are Objects so
 * that a DRL edited in dev mode can call them (see the README). No reason is worded here: the report
 * quotes the deciding rule's own name when it is built.
 */
public final class Decide {
    private Decide() {}

    /** A condition's value as the rule read it off {@code because} (posted facts, derived facts, lists of them). */
    public static Finding leaf(Object drools, Object clause, Object value, Object... because) {
        List<Object> all = flatten(because);
        return new Finding(
                (Clause) clause,
                (Value) value,
                rule(drools),
                all,
                value == Value.SATISFIED ? latest(all) : LocalDate.MIN);
    }

    /**
     * A condition subsequent that nothing broke: it holds from the beginning, whatever the date of the
     * reports that broke nothing (they are its evidence, not the day it began to hold).
     */
    public static Finding unbroken(Object drools, Object clause, Object... because) {
        return new Finding((Clause) clause, Value.SATISFIED, rule(drools), flatten(because), LocalDate.MIN);
    }

    /** A condition that holds from a date written in the rule (the offer of 27 Oct 1962, the OAS resolution). */
    public static Finding from(Object drools, Object clause, Object day) {
        return new Finding((Clause) clause, Value.SATISFIED, rule(drools), List.of(), LocalDate.parse((String) day));
    }

    public static Finding allOf(Object drools, Object clause, Object... parts) {
        List<Decided> all = decided(parts);
        Value value = Logic.allOf(values(all));
        return new Finding((Clause) clause, value, rule(drools), List.copyOf(all), since(value, all, true));
    }

    public static Finding anyOf(Object drools, Object clause, Object... parts) {
        List<Decided> all = decided(parts);
        Value value = Logic.anyOf(values(all));
        return new Finding((Clause) clause, value, rule(drools), List.copyOf(all), since(value, all, false));
    }

    public static Finding not(Object drools, Object clause, Object part) {
        Decided p = (Decided) part;
        Value value = Logic.not(p.value());
        return new Finding(
                (Clause) clause,
                value,
                rule(drools),
                List.of(p),
                value == Value.SATISFIED ? latest(p.because()) : LocalDate.MIN);
    }

    /** A determination's status: "all of" its conditions. */
    public static Verdict status(Object drools, Object determination, Object... conditions) {
        List<Decided> all = decided(conditions);
        Value value = Logic.allOf(values(all));
        return new Verdict(
                (Determination) determination,
                Logic.status(value),
                rule(drools),
                List.copyOf(all),
                since(value, all, true));
    }

    public static Remark remark(Object drools, Object determination, Object kind, Object... because) {
        return new Remark((Determination) determination, (Remark.Kind) kind, rule(drools), flatten(because));
    }

    /**
     * The name of the rule whose consequence is running, after withdrawing what this same match concluded
     * when it fired before. A match fires again when what it bound changes in place (an accumulate's list
     * grows, the as-of date moves): the earlier conclusion no longer holds. Drools' truth maintenance
     * withdraws it in a plain session, but a rule unit runs consequences through a helper that does not
     * (Drools 10.1.0), and the stale conclusion would stand beside the new one.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static String rule(Object drools) {
        RuleContext context = (RuleContext) drools;
        if (context.getMatch() instanceof TruthMaintenanceSystemInternalMatch match
                && match.getLogicalDependencies() != null) {
            TruthMaintenanceSystemImpl.removeLogicalDependencies(match);
            match.setLogicalDependencies(null);
        }
        return context.getRule().getName();
    }

    private static List<Decided> decided(Object[] parts) {
        List<Decided> all = new ArrayList<>(parts.length);
        for (Object part : parts) {
            all.add((Decided) part);
        }
        return all;
    }

    private static Value[] values(List<Decided> parts) {
        Value[] values = new Value[parts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parts.get(i).value();
        }
        return values;
    }

    /** All of: holds from the day its last part came to hold. Any of: from the day its first holding part did. */
    private static LocalDate since(Value value, List<Decided> parts, boolean all) {
        if (value != Value.SATISFIED) {
            return LocalDate.MIN;
        }
        LocalDate since = all ? LocalDate.MIN : LocalDate.MAX;
        for (Decided part : parts) {
            if (part.value() == Value.SATISFIED) {
                since = all == part.since().isAfter(since) ? part.since() : since;
            }
        }
        return since;
    }

    private static List<Object> flatten(Object[] because) {
        List<Object> all = new ArrayList<>();
        for (Object item : because) {
            if (item instanceof Collection<?> many) {
                all.addAll(many);
            } else if (item != null) {
                all.add(item);
            }
        }
        return all;
    }

    private static LocalDate latest(List<Object> because) {
        LocalDate latest = LocalDate.MIN;
        for (Object item : because) {
            LocalDate day = item instanceof Fact f
                    ? f.effective()
                    : item instanceof Decided d ? d.since() : item instanceof Removal r ? r.day() : LocalDate.MIN;
            latest = day.isAfter(latest) ? day : latest;
        }
        return latest;
    }
}
