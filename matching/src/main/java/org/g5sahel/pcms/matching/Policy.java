package org.g5sahel.pcms.matching;

/**
 * When a comparison is a hit: the name score needed with no date of birth to support it, the lower score needed when
 * the date of birth is the same (or the year, where one side gives only a year), and the score a name needs despite a
 * different date of birth (lists and travellers get dates wrong; a name this close still deserves a look). A document
 * in common is a hit on its own. A one-word name (one word that says who it is) is a hit only with a second signal.
 */
public record Policy(double nameAlone, double withBirthDate, double withYearOfBirth, double despiteBirthDate) {

    /** The thresholds {@code MatchingQualityTest} measures; services may set their own. */
    public static final Policy STANDARD = new Policy(0.86, 0.62, 0.75, 0.97);

    public Policy {
        for (double threshold : new double[] {nameAlone, withBirthDate, withYearOfBirth, despiteBirthDate}) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("A threshold is in (0, 1]: " + threshold);
            }
        }
    }

    /** The lowest name score that may be a hit under this policy, with the most favourable second signal. */
    public double lowest() {
        return Math.min(Math.min(nameAlone, withBirthDate), Math.min(withYearOfBirth, despiteBirthDate));
    }
}
