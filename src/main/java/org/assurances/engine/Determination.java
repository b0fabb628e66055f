package org.assurances.engine;

/**
 * What the report answers (spec section 4), in report order, with the source text each one encodes.
 * Citations come from the rules that declare each determination, not from here.
 */
public enum Determination {
    QUARANTINE_LIFT("The US lifts the quarantine",
            "The President said he would lift the quarantine ... only when both of two conditions had been met: "
                    + "The verified removal of offensive weapons, and the safeguarded promise not to reintroduce them. "
                    + "[para 1] The President decided on November 12th that we would lift the quarantine if the Soviets, "
                    + "in addition to getting the missiles out, also promised to get the IL-28 bombers out of Cuba "
                    + "within a reasonable period, such as thirty days. [para 2]"),
    NON_INVASION("Assurance against an invasion of Cuba",
            "The U.S. assurances would include: (a) An assurance against an invasion of Cuba; [para 6(a)]"),
    NO_SUPPORT_FOR_INVASION_BY_OTHERS("Assurance not to support an invasion of Cuba by others from US territory",
            "(b) An assurance that the United States would not support the invasion of Cuba by others operating "
                    + "from U.S. territory; [para 6(b)]"),
    OAS_PARALLEL_ASSURANCE("OAS resolution giving parallel assurances",
            "(c) An OAS resolution, which the United States would be willing to sponsor, giving parallel assurances "
                    + "on behalf of the nineteen other American republics. [para 6(c)]"),
    CONTINGENT_NON_INVASION("Contingent non-invasion assurance if Castro does not cooperate",
            "If Castro does not cooperate at all, then we could nevertheless say something like this: \"The United "
                    + "States does not intend to invade Cuba, and will not do so unless any of the conditions stated in "
                    + "the President's press conference of September 13 should occur.\" This would amount to a "
                    + "non-invasion assurance which we would be giving to the Soviets, contingent upon satisfactory "
                    + "behavior by the Cubans. [para 8]"),
    AIR_SURVEILLANCE("Periodic air surveillance of Cuba",
            "In any event, we should maintain in any ultimate arrangement the possibility of periodic air "
                    + "surveillance of Cuba, under the existing OAS resolution of October 23rd. [para 9]"),
    OUTCOME("The ledger: what each side comes out with",
            "[If] Castro cooperates in the short-term verification or long-term safeguards, Chairman Khrushchev will "
                    + "have come out of the transaction with three substantial accomplishments. He will have prevented "
                    + "nuclear war. He will have secured the lifting of the OAS quarantine. And he will have elicited "
                    + "from the President of the United States a pledge (albeit a contingent one) against an invasion "
                    + "of Cuba. We on one side will have gotten rid of the missiles and the bombers. [last paragraph]");

    private final String title;
    private final String quote;

    Determination(String title, String quote) {
        this.title = title;
        this.quote = quote;
    }

    public String title() { return title; }

    public String quote() { return quote; }
}
