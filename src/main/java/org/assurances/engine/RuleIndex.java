package org.assurances.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;
import org.kie.api.definition.rule.Rule;

/**
 * What the compiled rules say about themselves: each rule's citation ({@code @source}), what it decides
 * ({@code @decides}, {@code @determination}), and, on one rule per condition or determination, its
 * title and the quoted source text ({@code @title}, {@code @quote}). The report, the catalog and the
 * workbench read every title, quote and citation from here: the text is written once, in the DRL.
 */
public final class RuleIndex {
    /** One rule's metadata; {@code words} is its name without the trailing citation: the reason it gives. */
    public record RuleText(
            String name,
            String words,
            String source,
            String decides,
            String determination,
            String title,
            String quote,
            String settle,
            boolean subsequent) {}

    /**
     * A reading the documents leave open, as its declaring rule states it ({@code @reading}, {@code @question},
     * {@code @default} and {@code @alternative}, each "id: gloss", with {@code @defaultQuote} and
     * {@code @alternativeQuote}, the sentences that speak for each). {@code rule} is the declaring rule's name.
     */
    public record ReadingText(
            String id, String source, String question, Alternative byDefault, Alternative other, String rule) {
        /** Both alternatives, the default first. */
        public List<Alternative> alternatives() {
            return List.of(byDefault, other);
        }

        /** The alternative named {@code id}, if this reading has one. */
        public java.util.Optional<Alternative> alternative(String id) {
            return alternatives().stream().filter(a -> a.id().equals(id)).findFirst();
        }
    }

    /** One alternative of a reading: its id, what it says in one line, and the sentence of the sources for it. */
    public record Alternative(String id, String gloss, String quote) {}

    private final Map<String, RuleText> rules = new LinkedHashMap<>();
    private final Map<String, ReadingText> readings = new LinkedHashMap<>();
    private final Map<Condition, RuleText> conditions = new EnumMap<>(Condition.class);
    private final Map<Determination, RuleText> determinations = new EnumMap<>(Determination.class);

    public RuleIndex(Collection<Rule> compiled) {
        List<Rule> all = new ArrayList<>(compiled);
        Map<String, Integer> order = new java.util.HashMap<>();
        for (String name : Rulebook.files().keySet()) {
            order.put(name, order.size());
        }
        all.sort(java.util.Comparator.comparingInt(r -> order.getOrDefault(r.getName(), Integer.MAX_VALUE)));
        for (Rule rule : all) {
            Map<String, Object> meta = rule.getMetaData();
            String source = text(meta, "source");
            if (source == null) {
                throw new IllegalStateException("rule '" + rule.getName() + "' has no @source citation");
            }
            String suffix = " (" + source + ")";
            String words = rule.getName().endsWith(suffix)
                    ? rule.getName().substring(0, rule.getName().length() - suffix.length())
                    : rule.getName();
            RuleText r = new RuleText(
                    rule.getName(),
                    words,
                    source,
                    text(meta, "decides"),
                    text(meta, "determination"),
                    text(meta, "title"),
                    text(meta, "quote"),
                    text(meta, "settle"),
                    "true".equals(text(meta, "subsequent")));
            rules.put(r.name(), r);
            String reading = text(meta, "reading");
            if (reading != null) {
                ReadingText declared = new ReadingText(
                        reading,
                        source,
                        require(text(meta, "question"), "reading " + reading + " has no @question"),
                        alternative(meta, reading, "default"),
                        alternative(meta, reading, "alternative"),
                        rule.getName());
                if (declared.byDefault().id().equals(declared.other().id())) {
                    throw new IllegalStateException(
                            "rulebook defect: reading " + reading + " has one alternative twice");
                }
                if (readings.putIfAbsent(reading, declared) != null) {
                    throw new IllegalStateException("rulebook defect: reading " + reading + " is declared twice");
                }
            }
            if (r.title() != null && r.decides() != null) {
                putOnce(conditions, Condition.valueOf(r.decides()), r);
            }
            if (r.title() != null && r.determination() != null) {
                putOnce(determinations, Determination.valueOf(r.determination()), r);
            }
        }
        for (Condition c : Condition.values()) {
            require(conditions.get(c), "no rule gives the title and quote of condition " + c);
        }
        for (Determination d : Determination.values()) {
            require(determinations.get(d), "no rule gives the title and quote of determination " + d);
        }
    }

    public Collection<RuleText> rules() {
        return rules.values();
    }

    public RuleText rule(String name) {
        RuleText rule = rules.get(name);
        if (rule == null) {
            throw new IllegalStateException("rulebook defect: no rule named '" + name + "'");
        }
        return rule;
    }

    /** The rule that carries a condition's title and quote. */
    public RuleText condition(Condition clause) {
        return conditions.get(clause);
    }

    /** The rule that carries a determination's title (and its first quote). */
    public RuleText determination(Determination determination) {
        return determinations.get(determination);
    }

    /** Every reading the rules declare, in the rulebook's reading order. */
    public Collection<ReadingText> readings() {
        return readings.values();
    }

    public java.util.Optional<ReadingText> reading(String id) {
        return java.util.Optional.ofNullable(readings.get(id));
    }

    private static Alternative alternative(Map<String, Object> meta, String reading, String key) {
        String said = require(text(meta, key), "reading " + reading + " has no @" + key);
        int colon = said.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException(
                    "rulebook defect: @" + key + " of reading " + reading + " is not 'id: gloss': " + said);
        }
        return new Alternative(
                said.substring(0, colon).strip(),
                said.substring(colon + 1).strip(),
                require(text(meta, key + "Quote"), "reading " + reading + " has no @" + key + "Quote"));
    }

    private static <K> void putOnce(Map<K, RuleText> map, K key, RuleText rule) {
        RuleText earlier = map.putIfAbsent(key, rule);
        if (earlier != null) {
            throw new IllegalStateException("the text of " + key + " is written twice: in '" + earlier.name()
                    + "' and in '" + rule.name() + "'");
        }
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        // A long quote runs over several lines of the DRL (lines stay within 120 characters): one space per break.
        String text = value.toString().replaceAll("\\s*\\R\\s*", " ");
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }

    private static <T> T require(T value, String defect) {
        if (value == null) {
            throw new IllegalStateException("rulebook defect: " + defect);
        }
        return value;
    }
}
