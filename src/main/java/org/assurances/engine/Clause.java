package org.assurances.engine;

/**
 * Every condition the rules decide, and the derived facts they decide them from, with the source text
 * each encodes. A clause is a condition subsequent when only a reported incident or a passed deadline
 * can break it (spec 1.3).
 */
public enum Clause {
    OFFENSIVE_OUT("Offensive systems (MRBM, IRBM, IL-28) are out of Cuba", false,
            "surface-to-surface missiles and bombers are offensive [CIA-1962-10-29 Annex para 1]; \"dismantle the "
                    + "arms which we describe as offensive, and to crate and return them\" [KISSINGER-1970, Khrushchev 28 Oct]"),
    MISSILES_OUT("The missiles (MRBM, IRBM) are out of Cuba", false,
            "if the Soviets, in addition to getting the missiles out ... [para 2]"),
    BOMBERS_OUT("The IL-28 bombers are out of Cuba", false,
            "also promised to get the IL-28 bombers out of Cuba [para 2]"),
    CASTRO_COOPERATES("Castro cooperates in verification or safeguards", false,
            "The preceding paragraphs assume a minimum amount of cooperation from Castro. [para 8] If Cuba is "
                    + "cooperating in some form of international safeguards ... [para 9]"),
    SOVIET_PUBLIC_UNDERTAKING("A firm and public Soviet undertaking not to introduce offensive weapons", false,
            "From the Soviets we will want a firm and public undertaking that they will refrain from introducing "
                    + "offensive weapons into the Hemisphere. [para 4(a)]"),
    CUBA_ACCEPTS_INSPECTION("Cuba accepts some on-the-spot inspection for the long term", false,
            "From the Cubans we will want agreement to accept some form of on-the-spot inspection, to back up an "
                    + "undertaking on their part [para 4(b)]; the long-term problem of safeguards against the future "
                    + "introduction of such weapons [para 5]; not ... a Russian veto or troika-type control commission "
                    + "... or cut across the inter-American security system established by the Rio Treaty [para 5]"),
    UN_VERIFICATION("The UN verified the removal", false,
            "verified by the UN [para 7(a)]; \"under appropriate United Nations observation and supervision\" "
                    + "[KISSINGER-1970, Kennedy 27 Oct]"),
    ANY_VERIFICATION("Some verification confirmed the removal", false,
            "The verified removal of offensive weapons [para 1]"),
    SOVIET_UNDERTAKING("The Soviet Union promised not to reintroduce offensive weapons", false,
            "Undertakings by the Soviet Union ... that they would not re-introduce offensive weapons systems into "
                    + "Cuba [para 7(b)]; refrain from introducing offensive weapons into the Hemisphere [para 4(a)]"),
    CUBAN_UNDERTAKING("Cuba promised not to reintroduce offensive weapons", false,
            "Undertakings ... by Cuba that they would not re-introduce offensive weapons systems into Cuba [para 7(b)]; "
                    + "an undertaking on their part that they will refrain from bringing offensive weapons into Cuba [para 4(b)]"),
    IL28_PROMISE("The Soviets promised the IL-28 bombers out within about thirty days", false,
            "also promised to get the IL-28 bombers out of Cuba within a reasonable period, such as thirty days [para 2]"),
    REMOVAL_VERIFIED("Verified removal of offensive weapons", false,
            "The verified removal of offensive weapons [para 1]"),
    SAFEGUARDED_PROMISE("Safeguarded promise not to reintroduce them", false,
            "and the safeguarded promise not to reintroduce them [para 1]"),
    BOMBER_TERM("The IL-28 bombers out, or promised out within about thirty days", false,
            "also promised to get the IL-28 bombers out of Cuba within a reasonable period, such as thirty days [para 2]"),
    IL28_DEADLINE_KEPT("The promised IL-28 deadline has not passed with the bombers still in Cuba", true,
            "within a reasonable period, such as thirty days [para 2]"),
    REMOVAL_VERIFIED_BY_UN("Removal of offensive weapons verified by the UN", false,
            "(a) The removal of offensive weapons systems from Cuba, verified by the UN [para 7(a)]"),
    UNDERTAKINGS("Soviet and Cuban undertakings not to reintroduce offensive weapons", false,
            "(b) Undertakings by the Soviet Union and by Cuba that they would not re-introduce offensive weapons "
                    + "systems into Cuba [para 7(b)]"),
    SAFEGUARDS("Safeguards against reintroduction", false,
            "(c) Safeguards against such re-introduction, as per paragraph 5 above, or in some other satisfactory "
                    + "way. [para 7(c)]"),
    NO_REINTRODUCTION("No offensive weapons reintroduced and no offensive base established", true,
            "we do need to have adequate assurances that all offensive weapons are removed from Cuba and are not "
                    + "reintroduced [KISSINGER-1970, Kennedy 14 Dec]"),
    NO_CUBAN_AGGRESSION("Cuba commits no aggressive acts in the Hemisphere", true,
            "and that Cuba itself commits no aggressive acts against any of the nations of the Western Hemisphere "
                    + "[KISSINGER-1970, Kennedy 14 Dec]; (b) mount aggressive actions against other nations of the "
                    + "Hemisphere [para 8, draft]"),
    OAS_RESOLUTION("The OAS resolution giving parallel assurances is adopted", false,
            "An OAS resolution ... giving parallel assurances on behalf of the nineteen other American republics [para 6(c)]"),
    CASTRO_NOT_COOPERATING("Castro does not cooperate at all", false,
            "If Castro does not cooperate at all, then we could nevertheless say something like this [para 8]"),
    NO_OFFENSIVE_BASE("Cuba allows no offensive military base", true,
            "unless the Cubans (a) allow an offensive military base to be established in their country [para 8, draft]"),
    NUCLEAR_WAR_PREVENTED("Nuclear war prevented", false,
            "He will have prevented nuclear war. ... without the dangerous by-product of nuclear confrontation "
                    + "with the Soviets [last paragraph]"),
    QUARANTINE_LIFTED("The quarantine is lifted", false,
            "He will have secured the lifting of the OAS quarantine. [last paragraph]"),
    CONTINGENT_PLEDGE("A pledge, albeit contingent, against an invasion of Cuba binds", false,
            "And he will have elicited from the President of the United States a pledge (albeit a contingent one) "
                    + "against an invasion of Cuba. [last paragraph]");

    private final String title;
    private final boolean subsequent;
    private final String quote;

    Clause(String title, boolean subsequent, String quote) {
        this.title = title;
        this.subsequent = subsequent;
        this.quote = quote;
    }

    public String title() { return title; }

    public boolean subsequent() { return subsequent; }

    public String quote() { return quote; }
}
