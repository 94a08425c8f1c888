package org.g5sahel.pcms.matching;

/** How the second signals of a query agree with a listed subject's: date of birth, nationality, document. */
public record Signals(Agreement birthDate, Agreement nationality, Agreement document) {

    public static final Signals NONE = new Signals(Agreement.UNKNOWN, Agreement.UNKNOWN, Agreement.UNKNOWN);

    /** Whether any second signal supports the name: a date of birth, a nationality or a document in common. */
    public boolean anySupport() {
        return birthDate.supports() || nationality == Agreement.MATCH || document == Agreement.MATCH;
    }
}
