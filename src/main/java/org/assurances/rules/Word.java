package org.assurances.rules;

import java.util.List;
import org.assurances.facts.Party;
import org.assurances.facts.Undertaking;
import org.assurances.facts.UndertakingForm;

/**
 * A party's word against reintroduction (spec 7.5): given while a pledge it gave stands (not withdrawn by a later
 * NOT_GIVEN or REFUSED), in the most public form it was given in since; otherwise withheld or refused, as its
 * latest word says. {@code facts} are what decided it: the standing pledges, or the latest words.
 */
public record Word(Party party, boolean given, UndertakingForm form, List<Undertaking> facts) {
    /** The word from the latest words of {@code party} and its pledges still standing. */
    public static Word of(Object party, List<?> latest, List<?> standing) {
        if (standing.isEmpty()) {
            return new Word((Party) party, false, null, copy(latest));
        }
        UndertakingForm strongest = null;
        for (Object u : standing) {
            UndertakingForm form = ((Undertaking) u).form();
            strongest = strongest == null || form.compareTo(strongest) > 0 ? form : strongest;
        }
        return new Word((Party) party, true, strongest, copy(standing));
    }

    /** Given in public (a public statement, a statement to the Security Council, a treaty): not a private letter. */
    public boolean inPublic() {
        return given && form != UndertakingForm.PRIVATE_LETTER;
    }

    private static List<Undertaking> copy(List<?> facts) {
        return facts.stream().map(f -> (Undertaking) f).toList();
    }
}
