package org.g5sahel.pcms.commons.rest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Folds what users type and what is stored the same way, accent- and case-insensitively ({@code surete} finds
 * {@code Sûreté}), so that one trigram-indexed column answers searches.
 */
public final class SearchText {

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** The folded concatenation of every searchable field, for storage. */
    public static String of(String... fields) {
        return Stream.of(fields)
                .filter(Objects::nonNull)
                .map(SearchText::fold)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** A LIKE pattern matching {@code query} anywhere, with LIKE's wildcards escaped. */
    public static String containsPattern(String query) {
        return "%" + fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
