package org.assurances.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a conclusion rests on, brought up to date while the conclusion stands (FreshMatches). */
class EvidenceTest {
    @Test
    void aConclusionThatQuotesAnothersEvidenceReadsItAsItStands() {
        Finding bombers = Decide.leaf(Condition.BOMBERS_OUT, Value.UNSATISFIED, "the report of 22 Oct");
        Finding term =
                Decide.leaf(Condition.IL28_DEADLINE_KEPT, Value.UNSATISFIED, "the lapsed promise", bombers.because());
        assertThat(term.because()).containsExactly("the lapsed promise", "the report of 22 Oct");

        ((Evidence) bombers.because()).replaceWith(java.util.List.of("the report of 10 Dec"));

        assertThat(bombers.because()).containsExactly("the report of 10 Dec");
        assertThat(term.because()).containsExactly("the lapsed promise", "the report of 10 Dec");
        assertThat(term.because().stream().toList()).containsExactly("the lapsed promise", "the report of 10 Dec");
    }

    @Test
    void outsideAConsequenceAConclusionIsEqualOnlyToItself() {
        Finding a = Decide.leaf(Condition.BOMBERS_OUT, Value.UNSATISFIED);
        Finding b = Decide.leaf(Condition.BOMBERS_OUT, Value.UNSATISFIED);
        assertThat(a).isEqualTo(a).isNotEqualTo(b);
    }

    @Test
    void drawnByTheSameRuleTheSameValueIsTheSameConclusionWhateverItRestsOn() {
        Object rule = new Object();
        Evidence.firing(rule);
        try {
            Finding first = Decide.leaf(Condition.BOMBERS_OUT, Value.UNSATISFIED, "the report of 22 Oct");
            Finding again = Decide.leaf(Condition.BOMBERS_OUT, Value.UNSATISFIED, "the report of 10 Dec");
            Finding other = Decide.leaf(Condition.BOMBERS_OUT, Value.SATISFIED, "the report of 10 Dec");
            assertThat(again).isEqualTo(first).hasSameHashCodeAs(first).isNotEqualTo(other);
        } finally {
            Evidence.firing(null);
        }
    }
}
