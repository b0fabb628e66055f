package org.assurances.report;

import java.util.List;
import org.assurances.engine.Describe;
import org.assurances.engine.Report;

/** A report as Markdown, to put in a memo: one section per determination, conditions as a nested list. */
public final class ReportMarkdown {
    private ReportMarkdown() {}

    public static String of(Report r) {
        return of(r, null);
    }

    /**
     * The report, standing alone: the as-of date, the rulebook, the readings, the facts it cites (by index, each with
     * its source), then the verdicts.
     */
    public static String of(Report r, List<org.assurances.facts.Fact> facts) {
        StringBuilder md =
                new StringBuilder("# The assurances as of ").append(r.asOf()).append("\n\n");
        md.append("Rulebook `").append(r.rulebook()).append('`');
        if (r.decisionId() != null) {
            md.append(", decision `").append(r.decisionId()).append('`');
        }
        md.append(". Facts are cited by their index in the posted fact set (#0, #1, ...).\n");
        List<Report.ReadingInForce> switched =
                r.readings().stream().filter(x -> !x.byDefault()).toList();
        md.append(
                switched.isEmpty()
                        ? "\nEvery reading the documents leave open is read at the rulebook's default.\n"
                        : "\nRead otherwise than by default: "
                                + String.join(
                                        "; ",
                                        switched.stream()
                                                .map(x -> "`" + x.id() + "` = `" + x.alternative() + "` (" + x.gloss()
                                                        + ")")
                                                .toList())
                                + ".\n");
        if (!r.ignored().isEmpty()) {
            md.append("\nIgnored: ");
            md.append(String.join(
                    "; ",
                    r.ignored().stream()
                            .map(i -> "#" + i.index() + " " + i.reason())
                            .toList()));
            md.append('\n');
        }
        if (facts != null) {
            md.append("\n## The facts\n\n");
            if (facts.isEmpty()) {
                md.append("None were posted: every condition not decided by the calendar or the closed world"
                        + " is unknown.\n");
            }
            for (int i = 0; i < facts.size(); i++) {
                org.assurances.facts.Fact f = facts.get(i);
                md.append("- #")
                        .append(i)
                        .append(' ')
                        .append(f.typeName())
                        .append(": ")
                        .append(Describe.posted(f));
                if (f.source() != null && !f.source().isBlank()) {
                    md.append(" — source: ").append(f.source());
                }
                md.append('\n');
            }
        }
        for (Report.DeterminationReport d : r.determinations()) {
            md.append("\n## ")
                    .append(d.title())
                    .append(": **")
                    .append(Describe.status(d.status()))
                    .append("**\n\n");
            md.append("`").append(d.id()).append("`, ").append(d.citation()).append(".\n\n");
            md.append(d.reason()).append('\n');
            if (d.sensitiveTo() != null) {
                for (Report.Sensitivity x : d.sensitiveTo()) {
                    md.append("\nDepends on the reading `")
                            .append(x.reading())
                            .append("`: under `")
                            .append(x.alternative())
                            .append("`, ")
                            .append(Describe.status(x.status()))
                            .append(".\n");
                }
            }
            if (d.formalized() != null) {
                md.append("\nFormalized: ")
                        .append(d.formalized() ? "yes" : "no")
                        .append(" (")
                        .append(Describe.formality(d.formality()))
                        .append(").\n");
            }
            if (d.bindingSince() != null) {
                md.append("\nBinding since ")
                        .append(Describe.day(d.bindingSince()))
                        .append(".\n");
            }
            if (d.role() != null) {
                md.append("\nRole: ").append(d.role()).append(".\n");
            }
            for (Report.Violation v : d.violations()) {
                md.append("\nViolated on ")
                        .append(Describe.day(v.date()))
                        .append(" (binding since ")
                        .append(Describe.day(v.boundFrom()))
                        .append("): ")
                        .append(v.text())
                        .append(facts(v.facts()))
                        .append(" (")
                        .append(v.citation())
                        .append(").\n");
            }
            if (!d.toSettle().isEmpty()) {
                md.append("\nWould settle it: ")
                        .append(String.join("; ", d.toSettle()))
                        .append(".\n");
            }
            if (!d.conditions().isEmpty()) {
                md.append('\n');
                d.conditions().forEach(c -> condition(md, c, 0));
            }
            md.append("\nDecided by the rule: ").append(d.rule()).append(".\n");
        }
        if (!r.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            r.notes()
                    .forEach(n -> md.append("- ")
                            .append(n.text())
                            .append(facts(n.facts()))
                            .append(" (")
                            .append(n.citation())
                            .append(")\n"));
        }
        return md.toString();
    }

    private static void condition(StringBuilder md, Report.ConditionReport c, int depth) {
        md.append("  ".repeat(depth))
                .append("- **")
                .append(Describe.value(c.value()))
                .append("** ")
                .append(c.title())
                .append(c.subsequent() ? " (condition subsequent)" : "")
                .append(facts(c.facts()))
                .append(" — ")
                .append(c.citation())
                .append('\n');
        c.parts().forEach(p -> condition(md, p, depth + 1));
    }

    private static String facts(List<Integer> facts) {
        return facts == null || facts.isEmpty()
                ? ""
                : " [" + String.join(", ", facts.stream().map(i -> "#" + i).toList()) + "]";
    }
}
