package org.assurances.engine;

import org.kie.api.definition.rule.Rule;

/** The rule that drew a conclusion and the citation it carries as {@code @source} metadata: one source of truth. */
public record Cite(String rule, String source) {
    public static Cite of(Rule rule) {
        Object source = rule.getMetaData().get("source");
        if (source == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @source citation");
        }
        return new Cite(rule.getName(), unquote(source.toString()));
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
