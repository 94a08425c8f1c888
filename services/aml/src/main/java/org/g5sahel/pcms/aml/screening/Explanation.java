package org.g5sahel.pcms.aml.screening;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Why a candidate is one, feature by feature, so that an analyst can accept or discard a hit without re-doing the
 * comparison: the entry's name that matched best, the word pairs behind the name score, each feature with its
 * outcome, and the matching engine's decision with the name score it needed. Stored with a report's hits as JSON.
 *
 * @param decision  the engine's reason ({@code NAME}, {@code NAME_AND_BIRTH_DATE}, {@code NAME_AND_YEAR_OF_BIRTH},
 *                  {@code NAME_DESPITE_BIRTH_DATE}, {@code DOCUMENT})
 * @param threshold the name score the decision needed given the date of birth (0 for a document in common)
 */
// Hits stored before the matching engine carry an additive "effect" per feature: read, no longer kept.
@JsonIgnoreProperties(ignoreUnknown = true)
public record Explanation(
        double nameScore,
        String matchedName,
        String matchedNameQuality,
        List<TokenMatch> tokens,
        List<Feature> features,
        String decision,
        double threshold) {

    public Explanation {
        tokens = List.copyOf(tokens);
        features = List.copyOf(features);
    }

    /**
     * One word of the query and the listed word it was taken for. {@code method}: the engine's rule ({@code EXACT},
     * {@code TABLE}, {@code TRANSLITERATION}, {@code SOUND}, {@code SKELETON}, {@code DOUBLE_METAPHONE},
     * {@code EDIT_COST}, {@code PARTICLE}, {@code ORGANISATION_FORM}, {@code JOINED}, {@code UNMATCHED}).
     */
    public record TokenMatch(String query, String candidate, double similarity, String method) {}

    /**
     * @param feature NAME_SIMILARITY, TRANSLITERATION, PARTICLES, NAME_ORDER, ALIAS_QUALITY, DATE_OF_BIRTH,
     *                NATIONALITY, DOCUMENT
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feature(String feature, String outcome, String detail) {}
}
