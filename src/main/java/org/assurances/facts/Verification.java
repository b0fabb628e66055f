package org.assurances.facts;

import static org.assurances.facts.FactException.oneOf;
import static org.assurances.facts.FactException.required;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check that offensive systems left Cuba, or a refusal to allow one. {@code subject} defaults to REMOVAL. */
@Schema(
        name = "verification",
        example = "{\"type\": \"verification\", \"subject\": \"REMOVAL\", \"by\": \"UN\", \"onSite\": true,"
                + " \"outcome\": \"REFUSED\", \"date\": \"1962-10-30\", \"source\": \"U Thant in Havana\"}")
@FactType("verification")
public record Verification(
        VerificationSubject subject,
        @Schema(required = true) Verifier by,
        @Schema(required = true) Boolean onSite,
        @Schema(required = true) VerificationOutcome outcome,
        LocalDate date,
        String source)
        implements Fact {
    public Verification {
        subject = subject == null ? VerificationSubject.REMOVAL : subject;
        required(by, "by", oneOf(Verifier.class));
        required(onSite, "onSite", "true or false");
        required(outcome, "outcome", oneOf(VerificationOutcome.class));
        if (onSite && !cubaCanConsent(by)) {
            // Para 4(b): only Cuba's consent puts anyone on the spot; US means never set foot in Cuba.
            throw new FactException(
                    "onSite",
                    by + " is a US means of verification and cannot be on site in Cuba",
                    "false, or 'by' UN or OTHER");
        }
    }

    /** Only a check by the UN or another party can be on the spot, and so only such a check asks for Cuba's consent. */
    public static boolean cubaCanConsent(Verifier by) {
        return by == Verifier.UN || by == Verifier.OTHER;
    }

    /** A check that was Cuba's answer: on site (by the UN or another party), or a UN check that Cuba refused. */
    public boolean answeredByCuba() {
        return onSite || by == Verifier.UN && outcome == VerificationOutcome.REFUSED;
    }

    /** The UN confirmed the removal: the verification 7(a) asks for. */
    public boolean confirmedByUn() {
        return by == Verifier.UN && outcome == VerificationOutcome.CONFIRMED;
    }
}
