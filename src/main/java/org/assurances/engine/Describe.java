package org.assurances.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assurances.facts.AssuranceId;
import org.assurances.facts.CubaStance;
import org.assurances.facts.Declarant;
import org.assurances.facts.Declaration;
import org.assurances.facts.DeclarationForm;
import org.assurances.facts.Fact;
import org.assurances.facts.Incident;
import org.assurances.facts.IncidentKind;
import org.assurances.facts.Party;
import org.assurances.facts.Safeguard;
import org.assurances.facts.SafeguardFeature;
import org.assurances.facts.SystemKind;
import org.assurances.facts.SystemStatus;
import org.assurances.facts.Undertaking;
import org.assurances.facts.UndertakingForm;
import org.assurances.facts.UsAction;
import org.assurances.facts.Verification;
import org.assurances.facts.WeaponSystem;
import org.assurances.rules.Breach;
import org.assurances.rules.Determination;
import org.assurances.rules.Run;
import org.assurances.rules.Standing;
import org.assurances.rules.Status;
import org.assurances.rules.SystemState;
import org.assurances.rules.Value;
import org.assurances.rules.Word;

/**
 * A posted fact in the memo's words, for the evidence a reason lists after the rule's own words: "the IL-28 bombers
 * are in Cuba (fact #5, 13 Nov 1962)". The field values a fact set is written in (IL28_BOMBER, PRESENT) stay in the
 * JSON, where the report's {@code facts} indices point; the words a reader sees are these. Every switch below names
 * every value of its list, so a value added to a list does not compile until it has its words here.
 */
public final class Describe {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Function<Fact, String> where;
    private final Function<Determination, String> titles;

    /**
     * @param where the fact's place in the posted set ("fact #5"), or null where there is none
     * @param titles a determination's title, from the rules
     */
    Describe(Function<Fact, String> where, Function<Determination, String> titles) {
        this.where = where;
        this.titles = titles;
    }

    /** Facts on their own, where no report numbers them (a posted fact names no determination). */
    private static final Describe ALONE = new Describe(f -> null, Enum::name);

    /** A fact on its own, with its date, where no report numbers it: "the MRBMs are out of Cuba (11 Nov 1962)". */
    public static String posted(Fact fact) {
        return ALONE.fact(fact);
    }

    /** What a fact says, without its date: "the MRBMs are out of Cuba". */
    public static String said(Fact fact) {
        return ALONE.words(fact);
    }

    /** A day as the reasons write it: "13 Nov 1962". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A value in words: holds, fails, unknown. */
    public static String value(Value value) {
        return switch (value) {
            case SATISFIED -> "holds";
            case UNSATISFIED -> "fails";
            case UNKNOWN -> "unknown";
        };
    }

    /** A status in words: binding, not binding, undetermined. */
    public static String status(Status status) {
        return switch (status) {
            case BINDING -> "binding";
            case NOT_BINDING -> "not binding";
            case UNDETERMINED -> "undetermined";
        };
    }

    /** How an assurance was given, in words: the workbench says the same. */
    public static String formality(Formality formality) {
        return switch (formality) {
            case FORMAL -> "formally given";
            case STATED -> "stated (a letter or a press conference), not formalized";
            case NONE -> "no declaration on the record";
        };
    }

    /** What an item of evidence says, then where it was posted and when. */
    String fact(Object item) {
        String text = words(item);
        return item instanceof Fact f ? text + place(f) : text;
    }

    /** What an item of evidence says; for a derived item (a breach, a word), with the places of its facts. */
    private String words(Object item) {
        String text;
        if (item instanceof WeaponSystem w) {
            text = system(w.system()) + " " + status(w.status());
        } else if (item instanceof Verification v) {
            text = verification(v);
        } else if (item instanceof Undertaking u) {
            text = undertaking(u);
        } else if (item instanceof Safeguard s) {
            text = safeguard(s);
        } else if (item instanceof Declaration d) {
            text = declarant(d.by()) + " gave " + assurance(d.assurance()) + " " + form(d.form());
        } else if (item instanceof UsAction a) {
            text = switch (a.action()) {
                case QUARANTINE_IMPOSED -> "the US imposed the quarantine";
                case QUARANTINE_LIFTED -> "the US lifted the quarantine";
                case AIR_SURVEILLANCE -> "the US flew air surveillance over Cuba";
            };
        } else if (item instanceof Incident i) {
            text = (i.confirmed() ? "a confirmed report of " : "an unconfirmed report of ") + incident(i.kind());
        } else if (item instanceof Breach b) {
            return fact(b.incident());
        } else if (item instanceof Standing s) {
            return fact(s.incident()) + ", while " + titles.apply(s.determination()) + " had bound since "
                    + day(s.run().from());
        } else if (item instanceof Word w) {
            return w.facts().stream().map(this::fact).collect(Collectors.joining("; "));
        } else if (item instanceof Run run) {
            return status(run.status()) + " since " + day(run.from());
        } else if (item instanceof SystemState st) {
            return st.report() == null ? "no report on " + system(st.system()) : fact(st.report());
        } else {
            return String.valueOf(item);
        }
        return text;
    }

    /** " (fact #5, 13 Nov 1962)", " (fact #5)", " (13 Nov 1962)" or nothing. */
    private String place(Fact fact) {
        String at = where.apply(fact);
        String on = fact.date() == null ? null : day(fact.date());
        if (at == null && on == null) {
            return "";
        }
        return " (" + (at == null ? on : on == null ? at : at + ", " + on) + ")";
    }

    /** A kind of system as the documents name it: "the IL-28 bombers". */
    public static String system(SystemKind kind) {
        return switch (kind) {
            case MRBM -> "the MRBMs";
            case IRBM -> "the IRBMs";
            case IL28_BOMBER -> "the IL-28 bombers";
            case SAM -> "the surface-to-air missiles";
            case COASTAL_DEFENSE_CRUISE_MISSILE -> "the coastal defense cruise missiles";
            case MISSILE_PATROL_BOAT -> "the missile patrol boats";
            case FIGHTER -> "the fighter aircraft";
        };
    }

    private static String status(SystemStatus status) {
        return switch (status) {
            case NEVER_DELIVERED -> "were never delivered to Cuba";
            case PRESENT -> "are in Cuba";
            case WORK_CEASED -> "are in Cuba, work on them stopped";
            case INOPERABLE -> "are in Cuba, made inoperable";
            case DISMANTLED -> "are dismantled but not yet out of Cuba";
            case REMOVED -> "are out of Cuba";
        };
    }

    private static String verification(Verification v) {
        String by = switch (v.by()) {
            case UN -> "the UN";
            case US_AERIAL_SURVEILLANCE -> "US aerial surveillance";
            case AT_SEA_INSPECTION -> "inspection at sea";
            case OTHER -> "a verifier other than the UN";
        };
        String site = v.onSite() ? " on site" : "";
        return switch (v.outcome()) {
            case CONFIRMED -> by + " confirmed the removal" + site;
            case INCOMPLETE -> "the check of the removal by " + by + site + " was incomplete";
            case REFUSED -> "the check of the removal by " + by + site + " was refused";
        };
    }

    private static String undertaking(Undertaking u) {
        String party = party(u.party());
        String pledge = switch (u.pledge()) {
            case NO_REINTRODUCTION_INTO_CUBA -> "not to reintroduce offensive weapons into Cuba";
            case NO_OFFENSIVE_WEAPONS_INTO_HEMISPHERE -> "not to bring offensive weapons into the Hemisphere";
            case REMOVE_IL28 -> "to take the IL-28 bombers out";
        };
        String said = switch (u.status()) {
            case GIVEN -> party + " undertook " + pledge;
            case NOT_GIVEN -> party + " has not undertaken " + pledge;
            case REFUSED -> party + " refused to undertake " + pledge;
        };
        String form = u.form() == null ? "" : " " + form(u.form());
        String within = u.deadline() == null
                ? ""
                : " within " + u.withinDays() + (u.withinDays() == 1 ? " day" : " days") + ", by " + day(u.deadline());
        return said + form + within;
    }

    private static String party(Party party) {
        return switch (party) {
            case USSR -> "the Soviet Union";
            case CUBA -> "Cuba";
        };
    }

    private static String form(UndertakingForm form) {
        return switch (form) {
            case PRIVATE_LETTER -> "in a private letter";
            case PUBLIC_STATEMENT -> "in a public statement";
            case UN_SECURITY_COUNCIL_STATEMENT -> "in a statement to the UN Security Council";
            case TREATY -> "by treaty";
        };
    }

    private static String safeguard(Safeguard s) {
        String kind = switch (s.kind()) {
            case ON_SITE_INSPECTION -> "on-site inspection";
            case UN_PRESENCE -> "a UN presence";
            case DENUCLEARIZED_ZONE -> "a denuclearized zone";
            case AIR_SURVEILLANCE -> "air surveillance";
            case OTHER -> "a safeguard of another kind";
        };
        String term = switch (s.term()) {
            case SHORT_TERM -> " for the short term, to verify the removal";
            case LONG_TERM -> " for the long term";
        };
        String stance = s.cubaStance() == CubaStance.ACCEPTED ? "Cuba accepted " : "Cuba refused ";
        String features = s.features().stream().sorted().map(Describe::feature).collect(Collectors.joining(", "));
        return stance
                + kind
                + term
                + (features.isEmpty() ? "" : ", " + features)
                + (Boolean.FALSE.equals(s.judgedSatisfactory()) ? ", judged not satisfactory" : "");
    }

    private static String feature(SafeguardFeature feature) {
        return switch (feature) {
            case SOVIET_VETO -> "under a Soviet veto";
            case TROIKA_COMMISSION -> "under a troika-type control commission";
            case BYPASSES_RIO_TREATY -> "bypassing the Rio Treaty";
            case TIED_TO_FIVE_POINTS -> "tied to Castro's five points";
        };
    }

    private static String declarant(Declarant by) {
        return switch (by) {
            case US -> "the US";
            case OAS -> "the OAS";
        };
    }

    private static String assurance(AssuranceId assurance) {
        return switch (assurance) {
            case NON_INVASION -> "the assurance against an invasion of Cuba";
            case NO_SUPPORT_FOR_INVASION_BY_OTHERS -> "the assurance not to support an invasion by others";
            case OAS_PARALLEL_ASSURANCE -> "the parallel assurance of the OAS";
            case CONTINGENT_NON_INVASION -> "the contingent assurance against an invasion of Cuba";
        };
    }

    private static String form(DeclarationForm form) {
        return switch (form) {
            case UN_SECURITY_COUNCIL_DECLARATION -> "in a declaration to the UN Security Council";
            case OAS_RESOLUTION -> "in an OAS resolution";
            case PRESS_CONFERENCE -> "at a press conference";
            case LETTER -> "in a letter";
        };
    }

    private static String incident(IncidentKind kind) {
        return switch (kind) {
            case REINTRODUCTION_OF_OFFENSIVE_WEAPONS -> "offensive weapons brought back into Cuba";
            case OFFENSIVE_BASE_ESTABLISHED -> "an offensive military base set up in Cuba";
            case CUBAN_AGGRESSION_IN_HEMISPHERE -> "Cuban aggression in the Hemisphere";
            case US_INVASION -> "a US invasion of Cuba";
            case INVASION_FROM_US_TERRITORY -> "an invasion of Cuba from US territory";
            case INVASION_BY_AMERICAN_REPUBLIC -> "an invasion of Cuba by an American republic";
        };
    }
}
