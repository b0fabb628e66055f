package org.assurances.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a rule's consequence calls to state its conclusion: a value it read off the facts, or the
 * three-valued combination ({@link Logic}) of the parts it bound by pattern. Parameters are Objects so
 * that a DRL edited in dev mode can call them (see docs/rulebook.md). No reason is worded here, and no rule
 * names itself: the engine tells which rule drew each conclusion (its insert events), and the report quotes
 * that rule's own name when it is built.
 */
public final class Decide {
    private Decide() {}

    /** A condition's value as the rule read it off {@code because} (posted facts, derived facts, lists of them). */
    public static Finding leaf(Object clause, Object value, Object... because) {
        return new Finding((Condition) clause, (Value) value, flatten(because));
    }

    public static Finding allOf(Object clause, Object... parts) {
        List<Object> all = decided(parts);
        return new Finding((Condition) clause, Logic.allOf(values(all)), all);
    }

    public static Finding anyOf(Object clause, Object... parts) {
        List<Object> all = decided(parts);
        return new Finding((Condition) clause, Logic.anyOf(values(all)), all);
    }

    public static Finding not(Object clause, Object part) {
        Decided p = (Decided) part;
        return new Finding((Condition) clause, Logic.not(p.value()), List.of(p));
    }

    /** A determination's status: "all of" its conditions. */
    public static Verdict status(Object determination, Object... conditions) {
        List<Object> all = decided(conditions);
        return new Verdict((Determination) determination, Logic.status(Logic.allOf(values(all))), all);
    }

    public static Remark remark(Object determination, Object kind, Object... because) {
        return new Remark((Determination) determination, (Remark.Kind) kind, flatten(because));
    }

    /** The parts a rule combines, each a conclusion other rules drew (a {@link Decided}). */
    private static List<Object> decided(Object[] parts) {
        List<Object> all = new ArrayList<>(parts.length);
        for (Object part : parts) {
            all.add((Decided) part);
        }
        return all;
    }

    private static Value[] values(List<Object> parts) {
        Value[] values = new Value[parts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((Decided) parts.get(i)).value();
        }
        return values;
    }

    private static List<Object> flatten(Object[] because) {
        List<Object> all = new ArrayList<>();
        for (Object item : because) {
            if (item instanceof Evidence quoted) {
                all.add(quoted); // another conclusion's evidence, read as it stands (Evidence)
            } else if (item instanceof Collection<?> many) {
                all.addAll(many);
            } else if (item != null) {
                all.add(item);
            }
        }
        return all;
    }
}
