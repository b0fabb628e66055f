package org.assurances.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.engine.RuleIndex;
import org.assurances.engine.Rulebook;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;

/**
 * The woven edition: the memo paragraph by paragraph, and under each the rules that encode it, the readings that
 * arise there with what changes between their alternatives, and the cases and scenarios that exercise it; then the
 * other documents the rules cite (the Kennedy-Khrushchev letters, the CIA annex). Nothing in it is written here:
 * the paragraphs are the verbatim quotes at the head of the DRL files, the rules are read from the compiled
 * rulebook and its files, the readings from their declaring rules, the verdicts from the case files and from
 * evaluating them.
 */
public final class Edition {
    /** The memo's paragraphs, in order: its numbered paragraphs and the last (whose first words are lost). */
    static final List<String> MEMO = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "last");

    static final String MEMO_KEY = "ASSURANCES-1962-11-13";

    private static final Pattern KEY =
            Pattern.compile("(ASSURANCES-1962-11-13|KISSINGER-1970|CIA-1962-10-29|STATE-1962-10-29|CIA-OCI-3606-62)");
    private static final Pattern PARAGRAPH = Pattern.compile("\\b(\\d)(?:\\([a-c]\\))?");

    /** One section: a paragraph of the memo, or a part of another document the rules cite. */
    public record Section(
            String anchor,
            String title,
            String citation,
            List<Passage> text,
            List<RuleEntry> rules,
            List<ReadingEntry> readings,
            List<CaseEntry> cases,
            List<ScenarioRow> scenarios,
            List<String> columns) {}

    /** A verbatim passage as a DRL file quotes it, and the file. */
    public record Passage(String text, String file) {}

    /**
     * A rule: its name, its reason in plain words, what it decides (a condition or determination, with its title),
     * its quote, its DRL text and the file.
     */
    public record RuleEntry(
            String anchor,
            String name,
            String words,
            String decides,
            String title,
            String quote,
            String drl,
            String file) {}

    /** A reading that arises here, and for each case of its other alternative what the switch changes. */
    public record ReadingEntry(RuleIndex.ReadingText reading, String file, List<Change> changes) {}

    /** What switching a reading changes in one case: a determination or condition, by default and switched. */
    public record Change(String caseId, String what, String title, String byDefault, String switched) {}

    /** A paragraph case: its lesson, the readings it switches, and the verdicts it expects. */
    public record CaseEntry(
            String id, String name, Map<String, String> readings, List<String> verdicts, Scenario scenario) {}

    /** A historical scenario's values for the conditions and determinations of a section (see columns). */
    public record ScenarioRow(String id, String name, String asOf, List<String> values) {}

    private final List<Section> sections;
    private final String rulebook;

    private Edition(List<Section> sections, String rulebook) {
        this.sections = sections;
        this.rulebook = rulebook;
    }

    public List<Section> sections() {
        return sections;
    }

    public String rulebook() {
        return rulebook;
    }

    public static Edition of(Evaluator evaluator, ScenarioLibrary cases, ScenarioLibrary scenarios) {
        RuleIndex index = evaluator.index();
        Map<String, String> fileOf = Rulebook.files();
        List<Quote> quotes = quotes();
        // the sections: the memo's paragraphs, then each other part cited by a rule, in the rulebook's order
        Map<String, List<RuleIndex.RuleText>> rulesOf = new LinkedHashMap<>();
        for (String p : MEMO) {
            rulesOf.put(MEMO_KEY + " " + p, new ArrayList<>());
        }
        for (RuleIndex.RuleText rule : index.rules()) {
            for (String section : sections(rule.source())) {
                rulesOf.computeIfAbsent(section, k -> new ArrayList<>()).add(rule);
            }
        }
        List<Scenario> historical = scenarios.all().stream()
                .filter(s -> s.kind() == Scenario.Kind.HISTORICAL)
                .toList();
        List<Report> historicalReports = historical.stream()
                .map(s -> evaluator.evaluate(s.factSet(null)))
                .toList();
        List<Section> sections = new ArrayList<>();
        java.util.Set<String> anchors = new java.util.HashSet<>();
        for (Map.Entry<String, List<RuleIndex.RuleText>> e : rulesOf.entrySet()) {
            String section = e.getKey();
            // a rule that cites several paragraphs stands under each; its anchor is where it first stands
            List<RuleEntry> rules = e.getValue().stream()
                    .map(r -> rule(index, r, fileOf.get(r.name())))
                    .map(r -> anchors.add(r.anchor())
                            ? r
                            : new RuleEntry(
                                    r.anchor() + "-in-" + anchor(section),
                                    r.name(),
                                    r.words(),
                                    r.decides(),
                                    r.title(),
                                    r.quote(),
                                    r.drl(),
                                    r.file()))
                    .toList();
            List<ReadingEntry> readings = new ArrayList<>();
            for (RuleIndex.ReadingText reading : index.readings()) {
                if (sections(reading.source()).get(0).equals(section)) {
                    readings.add(
                            new ReadingEntry(reading, fileOf.get(reading.rule()), changes(evaluator, reading, cases)));
                }
            }
            List<CaseEntry> exercised = cases.all().stream()
                    .filter(c -> sections(citation(c.description())).contains(section))
                    .map(c -> caseEntry(index, c))
                    .toList();
            List<String> columns = new ArrayList<>();
            for (RuleEntry r : rules) {
                if (r.title() != null && !columns.contains(r.decides())) {
                    columns.add(r.decides());
                }
            }
            List<ScenarioRow> rows = new ArrayList<>();
            if (!columns.isEmpty()) {
                for (int i = 0; i < historical.size(); i++) {
                    Report report = historicalReports.get(i);
                    rows.add(new ScenarioRow(
                            historical.get(i).id(),
                            historical.get(i).name(),
                            String.valueOf(historical.get(i).asOf()),
                            columns.stream().map(c -> value(report, c)).toList()));
                }
            }
            sections.add(new Section(
                    anchor(section),
                    title(section),
                    cited(section),
                    text(section, quotes),
                    rules,
                    readings,
                    exercised,
                    rows,
                    columns));
        }
        return new Edition(List.copyOf(sections), evaluator.rulebook());
    }

    /** The edition's anchor of a condition or determination: its place is the rule that carries its title. */
    public static String anchorOf(String conditionOrDetermination) {
        return "decides-" + conditionOrDetermination;
    }

    // ---- sections and citations --------------------------------------------------------------------------

    /**
     * The sections a citation names: "ASSURANCES-1962-11-13 paras 4(b), 5; KISSINGER-1970 Kennedy 14 Dec" is memo
     * paragraphs 4 and 5 and the letter of 14 Dec. A memo sub-paragraph (7(a)) is in its paragraph (7).
     */
    static List<String> sections(String citation) {
        List<String> found = new ArrayList<>();
        for (String part : citation.split(";")) {
            String p = part.strip();
            Matcher key = KEY.matcher(p);
            if (!key.find()) {
                continue;
            }
            String k = key.group(1);
            String rest = p.substring(key.end()).strip();
            if (k.equals(MEMO_KEY)) {
                if (rest.startsWith("last")) {
                    add(found, MEMO_KEY + " last");
                }
                Matcher n = PARAGRAPH.matcher(rest);
                while (n.find()) {
                    add(found, MEMO_KEY + " " + n.group(1));
                }
                if (rest.isEmpty()) {
                    add(found, MEMO_KEY + " 1");
                }
            } else if (k.equals("KISSINGER-1970")) {
                String[] words = rest.replace(",", "").split("\\s+");
                // a letter: its writer and day (Kennedy 27 Oct); otherwise the memorandum of 1970 itself
                add(
                        found,
                        words.length >= 3 && Character.isUpperCase(words[0].charAt(0)) && !words[0].equals("August")
                                ? k + " " + words[0] + " " + words[1] + " " + words[2]
                                : k);
            } else if (k.equals("CIA-1962-10-29")) {
                add(found, k + " Annex");
            } else {
                add(found, k);
            }
        }
        return found;
    }

    /** The citation a case opens its description with: up to its first ". " or ": ". */
    static String citation(String description) {
        if (description == null) {
            return "";
        }
        int stop = description.length();
        for (String end : List.of(". ", ": ", ", reading")) {
            int at = description.indexOf(end);
            if (at > 0 && at < stop) {
                stop = at;
            }
        }
        return description.substring(0, stop);
    }

    private static void add(List<String> found, String section) {
        if (!found.contains(section)) {
            found.add(section);
        }
    }

    static String anchor(String section) {
        if (section.startsWith(MEMO_KEY + " ")) {
            String p = section.substring(MEMO_KEY.length() + 1);
            return p.equals("last") ? "para-last" : "para-" + p;
        }
        return section.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** How the rules cite a section: "ASSURANCES-1962-11-13 para 7", "ASSURANCES-1962-11-13 last paragraph". */
    static String cited(String section) {
        if (section.startsWith(MEMO_KEY + " ")) {
            String p = section.substring(MEMO_KEY.length() + 1);
            return MEMO_KEY + (p.equals("last") ? " last paragraph" : " para " + p);
        }
        return section;
    }

    static String title(String section) {
        if (section.startsWith(MEMO_KEY + " ")) {
            String p = section.substring(MEMO_KEY.length() + 1);
            return p.equals("last") ? "The last paragraph" : "Paragraph " + p;
        }
        return section;
    }

    // ---- the verbatim text ---------------------------------------------------------------------------------

    /** A quoted passage at the head of a DRL file, with the source it is from. */
    record Quote(String text, String source, String file) {}

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"(\\s*\\[([^\\]]+)\\])?");
    private static final Pattern TITLE_LINE = Pattern.compile("^[A-Z0-9 ,.:'()/-]+?\\s{2,}(.+)$");

    /** Every passage quoted at the head of the rule files, in reading order. */
    static List<Quote> quotes() {
        List<Quote> quotes = new ArrayList<>();
        for (String file : Rulebook.FILES) {
            String text = Rulebook.text(file);
            int end = text.indexOf("\nrule \"");
            List<String> lines = new ArrayList<>();
            for (String line : text.substring(0, end < 0 ? text.length() : end).split("\n")) {
                if (line.startsWith("//")) {
                    lines.add(line.substring(2));
                }
            }
            // the header's own citation: the title line under the first rule of '=' ("THE LEDGER    ASSURANCES...")
            String fileSource = "";
            for (String line : lines) {
                Matcher m = TITLE_LINE.matcher(line.strip());
                if (m.matches() && KEY.matcher(m.group(1)).find()) {
                    fileSource = m.group(1).strip();
                    break;
                }
            }
            // the quotes end at the first commentary: the first blank comment line after a quote
            StringBuilder head = new StringBuilder();
            boolean quoted = false;
            for (String line : lines) {
                if (line.strip().startsWith("\"")) {
                    quoted = true;
                }
                if (quoted && line.isBlank()) {
                    break;
                }
                if (quoted) {
                    head.append(line).append('\n');
                }
            }
            Matcher q = QUOTED.matcher(head);
            while (q.find()) {
                String tag = q.group(3);
                String source = tag == null || !KEY.matcher(tag).find() ? fileSource : tag;
                quotes.add(new Quote(q.group(1), source, file));
            }
        }
        return quotes;
    }

    private static final Pattern MARK = Pattern.compile("(?m)^\\s*(\\d)\\. ");

    /** The verbatim text of a section: the longest quote of each of its passages in the rule files. */
    static List<Passage> text(String section, List<Quote> quotes) {
        List<Passage> text = new ArrayList<>();
        if (section.startsWith(MEMO_KEY + " ")) {
            String p = section.substring(MEMO_KEY.length() + 1);
            Passage best = null;
            List<Passage> continued = new ArrayList<>();
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                if (!q.source().contains(MEMO_KEY)
                        && !q.source().isEmpty()
                        && KEY.matcher(q.source()).find()) {
                    continue;
                }
                String found = paragraph(q.text(), p);
                if (found != null
                        && (best == null || found.length() > best.text().length())) {
                    best = new Passage(clean(found), q.file());
                    continued.clear();
                    // its sub-paragraphs quoted apart, right after it ("(b) From the Cubans ...")
                    for (int j = i + 1;
                            j < quotes.size() && quotes.get(j).file().equals(q.file());
                            j++) {
                        String next = quotes.get(j).text().strip();
                        if (!next.startsWith("(") || MARK.matcher(next).find()) {
                            break;
                        }
                        continued.add(new Passage(clean(next), q.file()));
                    }
                }
            }
            if (best != null) {
                text.add(best);
                text.addAll(continued);
            }
            return text;
        }
        for (Quote q : quotes) {
            String source = q.source().replace(",", "");
            if (!sections(source).isEmpty() && sections(source).get(0).equals(section)) {
                Passage passage = new Passage(clean(q.text()), q.file());
                if (text.stream().noneMatch(t -> t.text().equals(passage.text()))) {
                    text.add(passage);
                }
            }
        }
        return text;
    }

    /** Paragraph {@code p} of a quote that holds it ("2. The President ..." up to "3."), or null. */
    private static String paragraph(String quote, String p) {
        if (p.equals("last")) {
            return quote.strip().startsWith("[...]") ? quote : null;
        }
        Matcher m = MARK.matcher(quote);
        while (m.find()) {
            if (m.group(1).equals(p)) {
                Matcher next = MARK.matcher(quote);
                int end = quote.length();
                if (next.find(m.end())) {
                    end = next.start();
                }
                return quote.substring(m.start(), end);
            }
        }
        return null;
    }

    private static String clean(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    // ---- rules, readings, cases ----------------------------------------------------------------------------

    private static RuleEntry rule(RuleIndex index, RuleIndex.RuleText r, String file) {
        String decides = r.decides() != null ? r.decides() : r.determination();
        return new RuleEntry(
                r.title() != null && decides != null ? anchorOf(decides) : "rule-" + slug(r.name()),
                r.name(),
                r.words(),
                decides,
                r.title(),
                r.quote(),
                Rulebook.ruleText(r.name()),
                file);
    }

    static String slug(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    /**
     * What switching {@code reading} changes: for each case read by its other alternative, every determination and
     * condition whose value differs from the same facts read by the default.
     */
    private static List<Change> changes(Evaluator evaluator, RuleIndex.ReadingText reading, ScenarioLibrary cases) {
        List<Change> changes = new ArrayList<>();
        for (Scenario c : cases.all()) {
            if (!reading.other().id().equals(c.readings().get(reading.id()))) {
                continue;
            }
            Report switched = evaluator.evaluate(c.factSet(null));
            Report byDefault = evaluator.evaluate(c.factSet(null).byDefault(reading.id()));
            for (Report.DeterminationReport d : byDefault.determinations()) {
                var other = switched.determination(d.id()).status();
                if (other != d.status()) {
                    changes.add(new Change(
                            c.id(), d.id().name(), d.title(), d.status().name(), other.name()));
                }
            }
            for (Report.ConditionReport k : byDefault.conditions()) {
                var other = switched.conditions().stream()
                        .filter(x -> x.id() == k.id())
                        .findFirst()
                        .map(x -> x.value().name())
                        .orElse("not decided");
                if (!other.equals(k.value().name())) {
                    changes.add(new Change(
                            c.id(), k.id().name(), k.title(), k.value().name(), other));
                }
            }
        }
        return changes;
    }

    private static CaseEntry caseEntry(RuleIndex index, Scenario c) {
        List<String> verdicts = new ArrayList<>();
        c.expected()
                .statuses()
                .forEach((d, s) -> verdicts.add(index.determination(d).title() + ": " + s));
        c.expected()
                .conditions()
                .forEach((k, v) -> verdicts.add(index.condition(k).title() + ": " + v));
        return new CaseEntry(c.id(), c.name(), c.readings(), verdicts, c);
    }

    private static String value(Report report, String id) {
        for (Determination d : Determination.values()) {
            if (d.name().equals(id)) {
                return report.determination(d).status().name();
            }
        }
        Condition c = Condition.valueOf(id);
        return report.conditions().stream()
                .filter(x -> x.id() == c)
                .findFirst()
                .map(x -> x.value().name())
                .orElse("—");
    }
}
