package org.assurances.rules;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * What a conclusion rests on. It is the one part of a conclusion that may change while the conclusion stands: a
 * rule that fires again on newer evidence and concludes the same value keeps its conclusion, and with it every
 * conclusion drawn from it, and only the evidence is brought up to date (FreshMatches). An item may be another
 * conclusion's evidence, quoted as it stands ({@code $bombers.because()} in a consequence), so that it is never
 * out of date either.
 */
public final class Evidence extends AbstractList<Object> implements RandomAccess {
    /** The rule whose consequence is running on this thread, set by the engine around each firing. */
    private static final ThreadLocal<Object> FIRING = new ThreadLocal<>();

    /** The rule that drew the conclusion this is the evidence of; null outside a consequence. */
    private final Object rule;

    private List<Object> items;
    /** True if some item is another conclusion's evidence, read as it stands whenever this one is read. */
    private boolean quotes;

    private Evidence(List<Object> items) {
        this.rule = FIRING.get();
        set(items);
    }

    /** Called by the engine before and after each consequence: {@code rule} is the one firing, or null. */
    public static void firing(Object rule) {
        FIRING.set(rule);
    }

    /**
     * True if the two conclusions were drawn by the same rule: then a conclusion of the same value is the same
     * conclusion, and the engine keeps the one it holds, however many matches of the rule draw it.
     */
    boolean sameRule(Evidence other) {
        return rule != null && rule == other.rule;
    }

    int ruleHash() {
        return System.identityHashCode(rule);
    }

    static Evidence of(List<Object> items) {
        return new Evidence(items);
    }

    /** Brings the evidence up to date: {@code now} is what the same rule, fired again, rests on. */
    public void replaceWith(List<Object> now) {
        if (now instanceof Evidence e) {
            this.items = e.items;
            this.quotes = e.quotes;
        } else {
            set(now);
        }
    }

    private void set(List<Object> now) {
        List<Object> copy = List.copyOf(now);
        boolean q = false;
        for (Object item : copy) {
            q |= item instanceof Evidence;
        }
        this.items = copy;
        this.quotes = q;
    }

    private List<Object> current() {
        if (!quotes) {
            return items;
        }
        List<Object> all = new ArrayList<>(items.size() + 4);
        for (Object item : items) {
            if (item instanceof Evidence e) {
                all.addAll(e.current());
            } else {
                all.add(item);
            }
        }
        return all;
    }

    @Override
    public Object get(int index) {
        return current().get(index);
    }

    @Override
    public int size() {
        return current().size();
    }

    @Override
    public Object[] toArray() {
        return current().toArray();
    }

    @Override
    public java.util.Iterator<Object> iterator() {
        return current().iterator();
    }

    @Override
    public java.util.stream.Stream<Object> stream() {
        return current().stream();
    }
}
