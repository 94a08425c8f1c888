package org.g5sahel.pcms.matching;

/**
 * How alike two words are, and by which rule: the same text, the same romanisation-table cluster, the same sound,
 * then the spelling cost ({@link SpellingCost}) with the consonant skeleton and Double Metaphone as corroboration.
 * Symmetric: the query and the listed word play the same part.
 */
final class TokenComparator {

    /** Two spellings of one name in the table: the same name, not quite the same writing. */
    static final double TABLE = 0.97;
    /** The same sound once romanisation habits are read. */
    static final double SOUND = 0.96;
    /** What corroboration by the consonant skeleton and by Double Metaphone each add to the spelling similarity. */
    static final double SKELETON_BONUS = 0.04;

    static final double METAPHONE_BONUS = 0.03;
    /** The most spelling alone may reach, below the same sound. */
    static final double SPELLING_CAP = 0.95;

    private TokenComparator() {}

    static TokenMatch compare(Token q, Token l) {
        return compare(q, l, 0);
    }

    /**
     * {@link #compare(Token, Token)} with its similarity exact when it reaches {@code floor}; under {@code floor}, a
     * similarity under it, found sooner: the spelling distance stops as soon as it cannot reach what the floor needs
     * (the index compares a query word with hundreds of words, and keeps only those alike enough).
     */
    static TokenMatch compare(Token q, Token l, double floor) {
        TokenKind kq = q.kind();
        TokenKind kl = l.kind();
        if (kq == TokenKind.PARTICLE || kl == TokenKind.PARTICLE) {
            boolean same = kq == kl && q.sound().equals(l.sound());
            return match(q, l, kq == kl ? (same ? 1.0 : 0.6) : 0, Rule.PARTICLE);
        }
        if (kq == TokenKind.ORGANISATION_FORM || kl == TokenKind.ORGANISATION_FORM) {
            // One legal form for another (SARL for Ltd) says nearly nothing either way.
            return match(q, l, kq == kl ? (q.text().equals(l.text()) ? 1.0 : 0.9) : 0, Rule.ORGANISATION_FORM);
        }
        if (q.script() == l.script() && q.text().equals(l.text())) {
            return match(q, l, 1.0, Rule.EXACT);
        }
        if (shareCluster(q.clusters(), l.clusters())) {
            return match(q, l, TABLE, Rule.TABLE);
        }
        boolean transliterated = q.arabic() != l.arabic();
        boolean skeleton = q.consonants().length() >= 2 && q.consonants().equals(l.consonants());
        boolean metaphone = sameCode(q.metaphone(), l.metaphone());
        double bonus = (skeleton ? SKELETON_BONUS : 0) + (metaphone ? METAPHONE_BONUS : 0);
        // A spelling similarity under this one cannot bring the words to the floor (a hair under, for rounding).
        double enough = floor <= 0 ? 0 : uncalibrated(floor) - bonus - 1e-9;
        double spelling = 0;
        for (String a : q.sounds()) {
            for (String b : l.sounds()) {
                spelling = Math.max(spelling, SpellingCost.similarity(a, b, q.arabic(), l.arabic(), enough));
            }
        }
        if (spelling >= 1.0) {
            return match(q, l, SOUND, transliterated ? Rule.TRANSLITERATION : Rule.SOUND);
        }
        double similarity = Math.min(SPELLING_CAP, calibrated(spelling + bonus));
        Rule rule = transliterated
                ? Rule.TRANSLITERATION
                : skeleton ? Rule.SKELETON : metaphone ? Rule.DOUBLE_METAPHONE : Rule.EDIT_COST;
        return match(q, l, similarity, rule);
    }

    /** Points of {@link #calibrated}: spelling similarity, and how alike it makes two words. */
    private static final double[] SPELLING = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    private static final double[] ALIKE = {0, 0.3, 0.55, 0.8, 0.9, 0.95, 1.0};

    /**
     * The spelling similarity read as how alike two words are. Spelling similarities of 0.7 to 0.85 are, far more
     * often than not, two romanisations of one name (two different names score so in a few pairs per thousand), so
     * they count nearly as much as closer ones; under 0.6 they are mostly different names. The points were read from
     * the pairs of the romanisation table on development splits, not on the splits the quality test reports.
     */
    static double calibrated(double spelling) {
        for (int k = 1; k < SPELLING.length; k++) {
            if (spelling <= SPELLING[k]) {
                double t = (spelling - SPELLING[k - 1]) / (SPELLING[k] - SPELLING[k - 1]);
                return ALIKE[k - 1] + t * (ALIKE[k] - ALIKE[k - 1]);
            }
        }
        return 1.0;
    }

    /** The spelling similarity {@link #calibrated} reads as {@code alike}: its inverse. */
    static double uncalibrated(double alike) {
        for (int k = 1; k < ALIKE.length; k++) {
            if (alike <= ALIKE[k]) {
                double t = (alike - ALIKE[k - 1]) / (ALIKE[k] - ALIKE[k - 1]);
                return SPELLING[k - 1] + t * (SPELLING[k] - SPELLING[k - 1]);
            }
        }
        return 1.0;
    }

    private static TokenMatch match(Token q, Token l, double similarity, Rule rule) {
        return new TokenMatch(q.written(), l.written(), similarity, rule);
    }

    private static boolean shareCluster(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static boolean sameCode(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        for (String x : a) {
            if (x.length() < 2) {
                continue;
            }
            for (String y : b) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The similarity of two names written together: names and kunya, without particles, titles or legal forms. */
    static double joined(ParsedName a, ParsedName b) {
        return joined(a, b, 0);
    }

    /** {@link #joined(ParsedName, ParsedName)} when it reaches {@code atLeast}, else less. */
    static double joined(ParsedName a, ParsedName b, double atLeast) {
        return a.joined().isEmpty() || b.joined().isEmpty()
                ? 0
                : SpellingCost.similarity(a.joined(), b.joined(), a.joinedArabic(), b.joinedArabic(), atLeast);
    }
}
