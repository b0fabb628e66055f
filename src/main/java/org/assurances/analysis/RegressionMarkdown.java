package org.assurances.analysis;

import java.util.List;

/** The regression diff as Markdown: for a commit message, a review, a memo. */
public final class RegressionMarkdown {
    private RegressionMarkdown() {}

    public static String of(Regressions.Result r) {
        StringBuilder md = new StringBuilder();
        md.append("# What the rule change did: ")
                .append(r.from())
                .append(" → ")
                .append(r.to())
                .append("\n\n");
        md.append(r.cases())
                .append(" cases (saved fact sets and scenarios), ")
                .append(r.compared())
                .append(" with a decision recorded under ")
                .append(r.from())
                .append(": ")
                .append(r.changed().size())
                .append(" changed, ")
                .append(r.unchanged().size())
                .append(" unchanged.\n");
        if (!r.unrecorded().isEmpty()) {
            md.append("Not compared (no decision recorded under ")
                    .append(r.from())
                    .append("): ")
                    .append(String.join(
                            ", ", r.unrecorded().stream().map(c -> c.name()).toList()))
                    .append(".\n");
        }
        for (Regressions.Changed c : r.changed()) {
            md.append("\n## ")
                    .append(c.of().name())
                    .append("\n\n")
                    .append(c.of().kind())
                    .append(' ')
                    .append(c.of().id())
                    .append(", compared with decision ")
                    .append(c.decisionId())
                    .append("\n\n");
            table(md, "Determination", c.determinations());
            if (!c.conditions().isEmpty()) {
                md.append('\n');
                table(md, "Condition", c.conditions());
            } else if (!c.conditionsCompared()) {
                md.append("\n(conditions not compared: the old report was not stored)\n");
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String what, List<Regressions.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("| ").append(what).append(" | was | now | decided then by | decided now by |\n");
        md.append("| --- | --- | --- | --- | --- |\n");
        for (Regressions.Change ch : changes) {
            md.append("| ")
                    .append(ch.id())
                    .append(" | ")
                    .append(or(ch.from()))
                    .append(" | ")
                    .append(or(ch.to()))
                    .append(" | ")
                    .append(or(ch.fromRule()))
                    .append(" | ")
                    .append(or(ch.toRule()))
                    .append(" |\n");
        }
    }

    private static String or(String s) {
        return s == null ? "—" : s.replace("|", "\\|");
    }
}
