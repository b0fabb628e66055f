package org.assurances.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The three-valued combinations every condition of the rulebook goes through (spec 1.2). */
class LogicTest {
    @Property
    void allOfFailsWhenAnyPartFailsHoldsWhenAllHoldAndIsOtherwiseUnknown(
            @ForAll @Size(min = 1, max = 6) Value[] parts) {
        Value expected = Arrays.asList(parts).contains(Value.UNSATISFIED)
                ? Value.UNSATISFIED
                : Arrays.stream(parts).allMatch(p -> p == Value.SATISFIED) ? Value.SATISFIED : Value.UNKNOWN;
        assertThat(Logic.allOf(parts)).isEqualTo(expected);
    }

    @Property
    void anyOfHoldsWhenAnyPartHoldsFailsWhenAllFailAndIsOtherwiseUnknown(
            @ForAll @Size(min = 1, max = 6) Value[] parts) {
        Value expected = Arrays.asList(parts).contains(Value.SATISFIED)
                ? Value.SATISFIED
                : Arrays.stream(parts).allMatch(p -> p == Value.UNSATISFIED) ? Value.UNSATISFIED : Value.UNKNOWN;
        assertThat(Logic.anyOf(parts)).isEqualTo(expected);
    }

    @Property
    void anyOfIsTheNegationOfAllOfTheNegatedParts(@ForAll @Size(min = 1, max = 6) Value[] parts) {
        Value[] negated = Arrays.stream(parts).map(Logic::not).toArray(Value[]::new);
        assertThat(Logic.anyOf(parts)).isEqualTo(Logic.not(Logic.allOf(negated)));
    }

    @Test
    void aStatusFollowsItsConditionsAndReadsBackAsTheSameValue() {
        for (Value v : Value.values()) {
            assertThat(Logic.value(Logic.status(v))).isEqualTo(v);
        }
        assertThat(Logic.status(Value.UNKNOWN)).isEqualTo(Status.UNDETERMINED);
    }
}
