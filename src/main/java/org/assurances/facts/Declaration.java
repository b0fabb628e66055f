package org.assurances.facts;

import static org.assurances.facts.FactException.required;

import java.time.LocalDate;

/** The US (or the OAS) formally giving an assurance. Formal acts are public record: none posted means none made. */
@FactType("declaration")
public record Declaration(AssuranceId assurance, Declarant by, DeclarationForm form, LocalDate date, String source)
        implements Fact {
    public Declaration {
        required(assurance, "assurance", "one of " + java.util.Arrays.toString(AssuranceId.values()));
        required(by, "by", "one of " + java.util.Arrays.toString(Declarant.values()));
        required(form, "form", "one of " + java.util.Arrays.toString(DeclarationForm.values()));
    }
}
