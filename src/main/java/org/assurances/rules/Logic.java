package org.assurances.rules;

/**
 * Three values, never a silent default (spec 1.2): how the rules combine the parts of a condition.
 * "All of" fails when one part fails, holds when every part holds, and is otherwise unknown ("both of
 * two conditions", para 1). "Any of" holds when one part holds, fails when every part fails, and is
 * otherwise unknown ("or in some other satisfactory way", para 7(c)).
 */
public final class Logic {
    private Logic() {}

    public static Value allOf(Value... parts) {
        boolean unknown = false;
        for (Value part : parts) {
            if (part == Value.UNSATISFIED) {
                return Value.UNSATISFIED;
            }
            unknown |= part == Value.UNKNOWN;
        }
        return unknown ? Value.UNKNOWN : Value.SATISFIED;
    }

    public static Value anyOf(Value... parts) {
        boolean unknown = false;
        for (Value part : parts) {
            if (part == Value.SATISFIED) {
                return Value.SATISFIED;
            }
            unknown |= part == Value.UNKNOWN;
        }
        return unknown ? Value.UNKNOWN : Value.UNSATISFIED;
    }

    public static Value not(Value part) {
        return switch (part) {
            case SATISFIED -> Value.UNSATISFIED;
            case UNSATISFIED -> Value.SATISFIED;
            case UNKNOWN -> Value.UNKNOWN;
        };
    }

    /** A determination binds when its conditions hold, does not when one fails, and is undetermined otherwise. */
    public static Status status(Value conditions) {
        return switch (conditions) {
            case SATISFIED -> Status.BINDING;
            case UNSATISFIED -> Status.NOT_BINDING;
            case UNKNOWN -> Status.UNDETERMINED;
        };
    }

    /** The value a verdict has when another rule reads it as a condition (the ledger's pledge). */
    public static Value value(Status status) {
        return switch (status) {
            case BINDING -> Value.SATISFIED;
            case NOT_BINDING -> Value.UNSATISFIED;
            case UNDETERMINED -> Value.UNKNOWN;
        };
    }
}
