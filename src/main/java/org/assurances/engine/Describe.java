package org.assurances.engine;

import java.util.stream.Collectors;
import org.assurances.facts.Declaration;
import org.assurances.facts.Fact;
import org.assurances.facts.Incident;
import org.assurances.facts.Safeguard;
import org.assurances.facts.Undertaking;
import org.assurances.facts.UsAction;
import org.assurances.facts.Verification;
import org.assurances.facts.WeaponSystem;
import org.assurances.rules.Breach;
import org.assurances.rules.Run;
import org.assurances.rules.Standing;
import org.assurances.rules.SystemState;
import org.assurances.rules.Word;

/** A posted fact in a few words, for the evidence a reason lists after the rule's own words. */
public final class Describe {
    private Describe() {}

    /** A posted fact in a few words: "MRBM REMOVED on 1962-11-11". */
    public static String posted(Fact fact) {
        return fact(fact);
    }

    static String fact(Object item) {
        String text;
        if (item instanceof WeaponSystem w) {
            text = w.system() + " " + w.status();
        } else if (item instanceof Verification v) {
            text = v.by() + (v.onSite() ? " on site " : " ") + v.outcome();
        } else if (item instanceof Undertaking u) {
            text = u.party() + " " + u.pledge() + " " + u.status() + (u.form() == null ? "" : " (" + u.form() + ")")
                    + (u.deadline() == null ? "" : " within " + u.withinDays() + " days, by " + u.deadline());
        } else if (item instanceof Safeguard s) {
            text = s.kind() + " " + s.term() + " " + s.cubaStance()
                    + (s.features().isEmpty()
                            ? ""
                            : " with "
                                    + s.features().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .collect(Collectors.joining(", ")))
                    + (Boolean.FALSE.equals(s.judgedSatisfactory()) ? " judged not satisfactory" : "");
        } else if (item instanceof Declaration d) {
            text = d.assurance() + " by " + d.by() + " (" + d.form() + ")";
        } else if (item instanceof UsAction a) {
            text = a.action().name();
        } else if (item instanceof Incident i) {
            text = i.kind() + (i.confirmed() ? " confirmed" : " unconfirmed");
        } else if (item instanceof Breach b) {
            text = fact(b.incident());
        } else if (item instanceof Standing s) {
            text = fact(s.incident()) + " while " + s.determination() + " had bound since "
                    + s.run().from();
        } else if (item instanceof Word w) {
            text = w.facts().stream().map(Describe::fact).collect(Collectors.joining("; "));
        } else if (item instanceof Run run) {
            text = run.status() + " since " + run.from();
        } else if (item instanceof SystemState st) {
            text = st.system()
                    + (st.report() == null ? " unreported" : " " + st.report().status());
        } else {
            text = String.valueOf(item);
        }
        return item instanceof Fact f && f.date() != null ? text + " on " + f.date() : text;
    }
}
