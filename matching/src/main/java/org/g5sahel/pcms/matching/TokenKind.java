package org.g5sahel.pcms.matching;

/** What a word is in a name, and what it weighs in a comparison. */
public enum TokenKind {
    /** A given name, family name or part of an organisation's own name. */
    NAME(1.0),
    /** A single letter: an initial. */
    INITIAL(0.3),
    /** Abou, Abu, Oum, أبو: "father of", "mother of". */
    KUNYA(0.35),
    /** El Hadj, Cheikh, Sidi, Moulay. */
    TITLE(0.25),
    /** Ould, Ben, Ag, Ibn, Bint, al-, el-, and the small joining words (de, of, و). */
    PARTICLE(0.05),
    /** SARL, Ltd, Company, Trading, Establishment, شركة, مؤسسة. */
    ORGANISATION_FORM(0.15);

    private final double weight;

    TokenKind(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** Whether the word says who the person or organisation is (a name), rather than how the name is built. */
    public boolean strong() {
        return this == NAME;
    }
}
