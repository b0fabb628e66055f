package org.assurances.facts;

import static org.assurances.facts.FactException.oneOf;
import static org.assurances.facts.FactException.required;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The US (or the OAS) formally giving an assurance. Formal acts are public record: none posted means none made. */
@Schema(
        name = "declaration",
        example = "{\"type\": \"declaration\", \"assurance\": \"NON_INVASION\", \"by\": \"US\","
                + " \"form\": \"UN_SECURITY_COUNCIL_DECLARATION\", \"date\": \"1963-01-07\"}")
@FactType("declaration")
public record Declaration(
        @Schema(required = true) AssuranceId assurance,
        @Schema(required = true) Declarant by,
        @Schema(required = true) DeclarationForm form,
        LocalDate date,
        String source)
        implements Fact {
    public Declaration {
        required(assurance, "assurance", oneOf(AssuranceId.class));
        required(by, "by", oneOf(Declarant.class));
        required(form, "form", oneOf(DeclarationForm.class));
    }
}
