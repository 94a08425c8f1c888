package org.g5sahel.pcms.aml.screening;

import java.util.List;

/**
 * Why a candidate scored what it did, feature by feature, so that an analyst can accept or discard a hit without
 * re-doing the comparison: the best-matching name of the entry and the token pairs behind the name score, then each
 * feature with its outcome and its effect on the score.
 */
public record Explanation(double nameScore, String matchedName, String matchedNameQuality, List<TokenMatch> tokens,
        List<Feature> features) {

    public Explanation {
        tokens = List.copyOf(tokens);
        features = List.copyOf(features);
    }

    /** {@code method}: EXACT, PHONETIC (same consonant skeleton), TRANSLITERATION (Arabic script), FUZZY. */
    public record TokenMatch(String query, String candidate, double similarity, String method) {
    }

    /**
     * @param feature NAME_SIMILARITY, TRANSLITERATION, PARTICLES, NAME_ORDER, ALIAS_QUALITY, DATE_OF_BIRTH,
     *                NATIONALITY, DOCUMENT
     * @param effect  what it added to (or took from) the score
     */
    public record Feature(String feature, String outcome, double effect, String detail) {
    }
}
