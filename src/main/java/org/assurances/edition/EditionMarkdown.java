package org.assurances.edition;

import java.util.Map;
import java.util.stream.Collectors;
import org.assurances.engine.RuleIndex;

/** The woven edition as Markdown: docs/edition.md, kept current by a test. */
public final class EditionMarkdown {
    private EditionMarkdown() {}

    public static String of(Edition edition) {
        StringBuilder md = new StringBuilder();
        md.append("# The edition: the memo woven with its rules, cases and readings\n\n");
        md.append("Generated from the rulebook ")
                .append(edition.rulebook())
                .append(" (the DRL files, their readings and the paragraph cases); do not edit: ")
                .append("`./mvnw test -Dtest=EditionTest -Dedition.update=true` writes it again. ")
                .append("The service serves the same edition as a page at `GET /edition`.\n\n");
        md.append("## Contents\n\n");
        for (Edition.Section s : edition.sections()) {
            md.append("- [")
                    .append(s.title())
                    .append(" (")
                    .append(s.citation())
                    .append(")](#")
                    .append(s.anchor())
                    .append(")\n");
        }
        md.append('\n');
        for (Edition.Section s : edition.sections()) {
            md.append("<a id=\"").append(s.anchor()).append("\"></a>\n\n");
            md.append("## ")
                    .append(s.title())
                    .append(" — ")
                    .append(s.citation())
                    .append("\n\n");
            for (Edition.Passage p : s.text()) {
                md.append("> ").append(p.text()).append("\n>\n");
            }
            if (!s.text().isEmpty()) {
                md.append("> — as quoted at the head of `")
                        .append(s.text().get(0).file())
                        .append("`\n\n");
            }
            if (!s.rules().isEmpty()) {
                md.append("### The rules\n\n");
                for (Edition.RuleEntry r : s.rules()) {
                    md.append("<a id=\"").append(r.anchor()).append("\"></a>\n");
                    md.append("- **")
                            .append(r.words())
                            .append("** (`")
                            .append(r.file())
                            .append("`)");
                    if (r.title() != null) {
                        md.append(": decides ")
                                .append(r.decides())
                                .append(", *")
                                .append(r.title())
                                .append('*');
                    }
                    if (r.quote() != null) {
                        md.append(" — “").append(r.quote()).append("”");
                    }
                    md.append("\n\n  <details><summary>DRL</summary>\n\n  ```\n");
                    for (String line : r.drl().split("\n")) {
                        md.append("  ").append(line).append('\n');
                    }
                    md.append("  ```\n\n  </details>\n\n");
                }
            }
            for (Edition.ReadingEntry e : s.readings()) {
                RuleIndex.ReadingText r = e.reading();
                md.append("<a id=\"reading-").append(r.id()).append("\"></a>\n\n");
                md.append("### Reading `")
                        .append(r.id())
                        .append("`: ")
                        .append(r.question())
                        .append("\n\n");
                md.append("| alternative | what it says | the documents |\n| --- | --- | --- |\n");
                md.append("| `")
                        .append(r.byDefault().id())
                        .append("` (default) | ")
                        .append(r.byDefault().gloss())
                        .append(" | “")
                        .append(r.byDefault().quote())
                        .append("” |\n");
                md.append("| `")
                        .append(r.other().id())
                        .append("` | ")
                        .append(r.other().gloss())
                        .append(" | “")
                        .append(r.other().quote())
                        .append("” |\n\n");
                md.append("Declared by the rule *")
                        .append(r.rule())
                        .append("* in `")
                        .append(e.file())
                        .append("`. Switch it with `\"readings\": {\"")
                        .append(r.id())
                        .append("\": \"")
                        .append(r.other().id())
                        .append("\"}`.\n\n");
                if (!e.changes().isEmpty()) {
                    md.append("What changes under `").append(r.other().id()).append("`:\n\n");
                    for (Edition.Change c : e.changes()) {
                        md.append("- case `")
                                .append(c.caseId())
                                .append("`: ")
                                .append(c.title())
                                .append(" (")
                                .append(c.what())
                                .append(") ")
                                .append(c.byDefault())
                                .append(" → ")
                                .append(c.switched())
                                .append('\n');
                    }
                    md.append('\n');
                }
            }
            if (!s.cases().isEmpty()) {
                md.append("### Paragraph cases\n\n");
                for (Edition.CaseEntry c : s.cases()) {
                    md.append("- `").append(c.id()).append("`: ").append(c.name());
                    if (!c.readings().isEmpty()) {
                        md.append(" (read by ").append(readings(c.readings())).append(')');
                    }
                    md.append(" — ").append(String.join("; ", c.verdicts())).append('\n');
                }
                md.append('\n');
            }
            if (!s.scenarios().isEmpty()) {
                md.append("### In the historical scenarios\n\n| as of | scenario | ")
                        .append(String.join(" | ", s.columns()))
                        .append(" |\n| --- | --- |")
                        .append(" --- |".repeat(s.columns().size()))
                        .append('\n');
                for (Edition.ScenarioRow row : s.scenarios()) {
                    md.append("| ")
                            .append(row.asOf())
                            .append(" | ")
                            .append(row.name())
                            .append(" | ")
                            .append(String.join(" | ", row.values()))
                            .append(" |\n");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    static String readings(Map<String, String> readings) {
        return readings.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
