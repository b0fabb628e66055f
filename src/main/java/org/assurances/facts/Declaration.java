package org.assurances.facts;

import static org.assurances.facts.FactException.required;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The US (or the OAS) formally giving an assurance. Formal acts are public record: none posted means none made. */
@Schema(name = "declaration", example = "{\"type\": \"declaration\", \"assurance\": \"NON_INVASION\", \"by\": \"US\", \"form\": \"UN_SECURITY_COUNCIL_DECLARATION\", \"date\": \"1963-01-07\"}")
@FactType("declaration")
public record Declaration(AssuranceId assurance, Declarant by, DeclarationForm form, LocalDate date, String source)
        implements Fact {
    public Declaration {
        required(assurance, "assurance", "one of " + java.util.Arrays.toString(AssuranceId.values()));
        required(by, "by", "one of " + java.util.Arrays.toString(Declarant.values()));
        required(form, "form", "one of " + java.util.Arrays.toString(DeclarationForm.values()));
    }
}
