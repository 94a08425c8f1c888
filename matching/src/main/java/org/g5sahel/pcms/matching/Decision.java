package org.g5sahel.pcms.matching;

/**
 * Whether a comparison is a hit, under which threshold, and why.
 *
 * @param hit       whether the listed subject is to be shown as a possible match
 * @param reason    what made it one or not
 * @param nameScore the name score of the comparison
 * @param threshold the name score that was needed given the second signals
 */
public record Decision(boolean hit, Reason reason, double nameScore, double threshold) {

    /** What decided. Each has a sentence in the officer's language ({@code decision.NAME}). */
    public enum Reason {
        /** A document number in common. */
        DOCUMENT,
        /** The name, with the same date of birth. */
        NAME_AND_BIRTH_DATE,
        /** The name, with the same year of birth. */
        NAME_AND_YEAR_OF_BIRTH,
        /** The name alone, alike enough. */
        NAME,
        /** The name, alike enough despite another date of birth. */
        NAME_DESPITE_BIRTH_DATE,
        /** A one-word name alike, with no second signal: not a hit. */
        ONE_WORD_WITHOUT_SECOND_SIGNAL,
        /** The names are not alike enough. */
        BELOW_THRESHOLD
    }
}
