package org.assurances.facts;

import static org.assurances.facts.FactException.oneOf;
import static org.assurances.facts.FactException.required;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check that offensive systems left Cuba, or a refusal to allow one. {@code subject} defaults to REMOVAL. */
@Schema(name = "verification", example = "{\"type\": \"verification\", \"subject\": \"REMOVAL\", \"by\": \"UN\", \"onSite\": true, \"outcome\": \"REFUSED\", \"date\": \"1962-10-30\", \"source\": \"U Thant in Havana\"}")
@FactType("verification")
public record Verification(VerificationSubject subject, Verifier by, Boolean onSite, VerificationOutcome outcome,
                           LocalDate date, String source) implements Fact {
    public Verification {
        subject = subject == null ? VerificationSubject.REMOVAL : subject;
        required(by, "by", oneOf(Verifier.class));
        required(onSite, "onSite", "true or false");
        required(outcome, "outcome", oneOf(VerificationOutcome.class));
    }

    public boolean confirmed() { return outcome == VerificationOutcome.CONFIRMED; }

    public boolean byUn() { return by == Verifier.UN; }
}
