package org.assurances.edition;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import org.assurances.engine.RuleIndex;

/**
 * The woven edition as one printable page (GET /edition): the same sections as docs/edition.md, with links into
 * the workbench (each case opens there) and anchors the workbench links to (a condition's rule, a reading).
 */
public final class EditionHtml {
    private EditionHtml() {}

    public static String of(Edition edition, ObjectMapper json) {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>The edition — assurances-engine</title><style>")
                .append("body{font:16px/1.5 Georgia,serif;max-width:60em;margin:0 auto;padding:1em;color:#222}")
                .append("blockquote{border-left:4px solid #999;margin:1em 0;padding:.2em 1em;background:#f6f6f2}")
                .append("code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f3f3f3;padding:.6em;")
                .append("overflow-x:auto;white-space:pre-wrap}")
                .append("table{border-collapse:collapse;font:13px/1.4 sans-serif;display:block;overflow-x:auto}")
                .append("td,th{border:1px solid #ccc;padding:.2em .4em;text-align:left}")
                .append(".muted{color:#666}.rule{margin:.6em 0}.reading{border:1px solid #d9b400;padding:.4em .8em;")
                .append("margin:1em 0;background:#fffbea}nav.top a{margin-right:1em}:target{outline:3px solid #d9b400}")
                .append("@media print{nav.top,details>summary{display:none}details{display:block}}")
                .append("</style></head><body>\n");
        h.append("<nav class=\"top\"><a href=\"./\">← the workbench</a><a href=\"#contents\">contents</a>")
                .append("<a href=\"readings\">the readings as JSON</a></nav>\n");
        h.append("<h1>The edition: the memo woven with its rules, cases and readings</h1>\n");
        h.append("<p class=\"muted\">Rulebook ")
                .append(esc(edition.rulebook()))
                .append(". Each paragraph of “The Problem of ‘Assurances’” (13 November 1962) as the rule files")
                .append(" quote it, the rules that encode it, the readings the documents leave open there, and")
                .append(" the cases that exercise it. A case opens in the workbench.</p>\n");
        h.append("<h2 id=\"contents\">Contents</h2><ul>\n");
        for (Edition.Section s : edition.sections()) {
            h.append("<li><a href=\"#")
                    .append(s.anchor())
                    .append("\">")
                    .append(esc(s.title()))
                    .append("</a> <span class=\"muted\">")
                    .append(esc(s.citation()))
                    .append("</span></li>\n");
        }
        h.append("</ul>\n");
        for (Edition.Section s : edition.sections()) {
            h.append("<section id=\"")
                    .append(s.anchor())
                    .append("\"><h2>")
                    .append(esc(s.title()))
                    .append(" <span class=\"muted\">")
                    .append(esc(s.citation()))
                    .append("</span></h2>\n");
            for (Edition.Passage p : s.text()) {
                h.append("<blockquote>").append(esc(p.text())).append("</blockquote>\n");
            }
            if (!s.text().isEmpty()) {
                h.append("<p class=\"muted\">as quoted at the head of <code>")
                        .append(esc(s.text().get(0).file()))
                        .append("</code></p>\n");
            }
            if (!s.rules().isEmpty()) {
                h.append("<h3>The rules</h3>\n");
            }
            for (Edition.RuleEntry r : s.rules()) {
                h.append("<div class=\"rule\" id=\"")
                        .append(r.anchor())
                        .append("\"><strong>")
                        .append(esc(r.words()))
                        .append("</strong> <span class=\"muted\">")
                        .append(esc(r.file()))
                        .append("</span>");
                if (r.title() != null) {
                    h.append("<br>decides <code>")
                            .append(esc(r.decides()))
                            .append("</code>: <em>")
                            .append(esc(r.title()))
                            .append("</em>");
                }
                if (r.quote() != null) {
                    h.append("<br>“").append(esc(r.quote())).append("”");
                }
                h.append("<details><summary>DRL</summary><pre>")
                        .append(esc(r.drl()))
                        .append("</pre></details></div>\n");
            }
            for (Edition.ReadingEntry e : s.readings()) {
                RuleIndex.ReadingText r = e.reading();
                h.append("<div class=\"reading\" id=\"reading-")
                        .append(r.id())
                        .append("\"><h3>Reading <code>")
                        .append(esc(r.id()))
                        .append("</code>: ")
                        .append(esc(r.question()))
                        .append("</h3>\n<table tabindex=\"0\">")
                        .append("<tr><th>alternative</th><th>what it says</th><th>the documents</th></tr>");
                for (RuleIndex.Alternative a : r.alternatives()) {
                    h.append("<tr><td><code>")
                            .append(esc(a.id()))
                            .append("</code>")
                            .append(a == r.byDefault() ? " (default)" : "")
                            .append("</td><td>")
                            .append(esc(a.gloss()))
                            .append("</td><td>“")
                            .append(esc(a.quote()))
                            .append("”</td></tr>");
                }
                h.append("</table><p class=\"muted\">Declared by <em>")
                        .append(esc(r.rule()))
                        .append("</em> in <code>")
                        .append(esc(e.file()))
                        .append("</code>.</p>");
                if (!e.changes().isEmpty()) {
                    h.append("<p>What changes under <code>")
                            .append(esc(r.other().id()))
                            .append("</code>:</p><ul>");
                    for (Edition.Change c : e.changes()) {
                        h.append("<li><a href=\"#case-")
                                .append(c.caseId())
                                .append("\">")
                                .append(esc(c.caseId()))
                                .append("</a>: ")
                                .append(esc(c.title()))
                                .append(" ")
                                .append(esc(c.byDefault()))
                                .append(" → ")
                                .append(esc(c.switched()))
                                .append("</li>");
                    }
                    h.append("</ul>");
                }
                h.append("</div>\n");
            }
            if (!s.cases().isEmpty()) {
                h.append("<h3>Paragraph cases</h3><ul>\n");
                for (Edition.CaseEntry c : s.cases()) {
                    h.append("<li id=\"case-").append(c.id()).append("\">").append(esc(c.name()));
                    if (!c.readings().isEmpty()) {
                        h.append(" <span class=\"muted\">(read by ")
                                .append(esc(EditionMarkdown.readings(c.readings())))
                                .append(")</span>");
                    }
                    h.append(" — ")
                            .append(esc(String.join("; ", c.verdicts())))
                            .append(" · <a class=\"workbench\" href=\"")
                            .append(workbench(c, json))
                            .append("\">open in the workbench</a></li>\n");
                }
                h.append("</ul>\n");
            }
            if (!s.scenarios().isEmpty()) {
                h.append("<h3>In the historical scenarios</h3><table tabindex=\"0\">"
                        + "<tr><th>as of</th><th>scenario</th>");
                for (String c : s.columns()) {
                    h.append("<th>").append(esc(c)).append("</th>");
                }
                h.append("</tr>");
                for (Edition.ScenarioRow row : s.scenarios()) {
                    h.append("<tr><td>")
                            .append(esc(row.asOf()))
                            .append("</td><td>")
                            .append(esc(row.name()))
                            .append("</td>");
                    for (String v : row.values()) {
                        h.append("<td>").append(esc(v)).append("</td>");
                    }
                    h.append("</tr>");
                }
                h.append("</table>\n");
            }
            h.append("</section>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    /** The workbench with the case's fact set loaded, as a share link carries it. */
    static String workbench(Edition.CaseEntry c, ObjectMapper json) {
        try {
            // the fact set as posted: each fact with its type, the readings only when switched
            byte[] set = json.writeValueAsBytes(c.scenario().factSet(null));
            return "./#/?set=" + Base64.getUrlEncoder().withoutPadding().encodeToString(set);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String esc(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
