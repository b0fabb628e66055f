package org.assurances.engine;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.SalienceInteger;
import org.drools.base.definitions.rule.impl.RuleImpl;

/**
 * The order in which the engine fires the rules: those nearest the facts first, so that a rule that combines
 * conditions fires once, after its parts have settled, rather than once for each part as it arrives. No rule of
 * the rulebook states an order (a salience): the order changes no conclusion, only how often the engine draws one
 * before it is final (truth maintenance withdraws the others), so it is read off the rules' own text here.
 *
 * <p>What a rule reads: the stores its {@code when} part matches ({@code /weaponSystems}, ...), and of the
 * conditions and determinations, the ones it names ({@code /conditions[ condition == Condition.MISSILES_OUT ]}).
 * What it writes: the stores its {@code then} part adds to, and the condition or determination its {@code Decide}
 * call names. A rule's layer is one more than the highest layer of the rules that write what it reads (0 for a rule
 * that reads posted facts only); it fires with salience {@code -layer}. Measured in docs/performance.md.
 */
public final class Layers {
    private static final Pattern PATTERN = Pattern.compile("/(\\w+)(\\[[^\\]]*\\])?");
    private static final Pattern NAMED = Pattern.compile("(?:Condition|Determination)\\.(\\w+)");
    private static final Pattern WRITES = Pattern.compile("(\\w+)\\.addLogical\\(");
    private static final Pattern DECIDES = Pattern.compile("Decide\\.\\w+\\(\\s*(?:Condition|Determination)\\.(\\w+)");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*");

    private Layers() {}

    /** Each rule's layer, by name, from the rules' DRL texts (name to text, as {@link Rulebook#ruleText} gives). */
    public static Map<String, Integer> of(Map<String, String> texts) {
        Map<String, Set<String>> reads = new LinkedHashMap<>();
        Map<String, Set<String>> writers = new HashMap<>();
        texts.forEach((rule, text) -> {
            int when = text.indexOf("\nwhen");
            int then = text.indexOf("\nthen", Math.max(when, 0));
            if (when < 0 || then < 0) {
                reads.put(rule, Set.of());
                return;
            }
            reads.put(rule, read(COMMENT.matcher(text.substring(when, then)).replaceAll("")));
            String consequence = COMMENT.matcher(text.substring(then)).replaceAll("");
            Set<String> written = new HashSet<>();
            Matcher w = WRITES.matcher(consequence);
            while (w.find()) {
                written.add(w.group(1));
            }
            Matcher d = DECIDES.matcher(consequence);
            while (d.find()) {
                written.add(d.group(1));
            }
            written.forEach(
                    x -> writers.computeIfAbsent(x, k -> new HashSet<>()).add(rule));
        });
        Map<String, Integer> layers = new HashMap<>();
        for (String rule : reads.keySet()) {
            layer(rule, reads, writers, layers, new ArrayDeque<>());
        }
        return layers;
    }

    /** The stores a rule matches, and for conditions and determinations the ones it names (all, if none). */
    private static Set<String> read(String lhs) {
        Set<String> read = new HashSet<>();
        Matcher p = PATTERN.matcher(lhs);
        while (p.find()) {
            String store = p.group(1);
            if ((store.equals("conditions") || store.equals("determinations")) && p.group(2) != null) {
                Matcher n = NAMED.matcher(p.group(2));
                boolean named = false;
                while (n.find()) {
                    read.add(n.group(1));
                    named = true;
                }
                if (named) {
                    continue;
                }
            }
            read.add(store);
        }
        return read;
    }

    private static int layer(
            String rule,
            Map<String, Set<String>> reads,
            Map<String, Set<String>> writers,
            Map<String, Integer> layers,
            Deque<String> path) {
        Integer known = layers.get(rule);
        if (known != null) {
            return known;
        }
        if (path.contains(rule)) {
            return 0; // a rule that reads what a rule reading it writes: no order between the two
        }
        path.push(rule);
        int layer = 0;
        for (String input : reads.getOrDefault(rule, Set.of())) {
            for (String writer : writers.getOrDefault(input, Set.of())) {
                if (!writer.equals(rule)) {
                    layer = Math.max(layer, layer(writer, reads, writers, layers, path) + 1);
                }
            }
        }
        path.pop();
        layers.put(rule, layer);
        return layer;
    }

    /**
     * Gives each rule of the compiled rule base the salience {@code -layer}, reading the rules' texts from the
     * classpath's rulebook; a rule not found there keeps the engine's default order. Called once, before any
     * session of the rule base is opened.
     */
    static void order(Collection<org.kie.api.definition.rule.Rule> rules) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (var rule : rules) {
            texts.put(rule.getName(), Rulebook.ruleText(rule.getName()));
        }
        Map<String, Integer> layers = of(texts);
        for (var rule : rules) {
            if (rule instanceof RuleImpl impl && !texts.get(rule.getName()).isEmpty()) {
                impl.setSalience(new SalienceInteger(-layers.get(rule.getName())));
            }
        }
    }
}
