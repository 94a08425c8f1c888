package org.g5sahel.pcms.firearms.marking;

import java.util.Optional;
import org.g5sahel.pcms.commons.correlation.SerialNumbers;

/**
 * Serial numbers in the registry: the normalised and folded forms of {@link SerialNumbers} (stored and compared,
 * shared with every holder of a firearm), their checks, and searches. Seizures, searches and trace requests compare
 * folded serials by default.
 * <p>
 * A search may hold wildcards for partially obliterated serials: {@code *} for any run of characters, {@code ?} for
 * exactly one.
 */
public final class Serials {

    /** Longer than any serial in the tracing literature: beyond it, the input is not a serial. */
    public static final int MAX_LENGTH = 40;
    /** A wildcard search must keep this many known characters, or it would list whole registries. */
    public static final int MIN_KNOWN_CHARACTERS = 3;

    private Serials() {}

    /** The normalised form, empty when nothing of a serial is left (the caller rejects it). */
    public static String normalise(String asMarked) {
        return SerialNumbers.normalise(asMarked);
    }

    /** O→0, I→1, L→1, Z→2, S→5, B→8 on a normalised serial or pattern (the migration V3 folds stored ones alike). */
    public static String fold(String normalised) {
        return SerialNumbers.fold(normalised);
    }

    /** Why {@code asMarked} cannot be a serial, as a message key; empty when it can. */
    public static Optional<String> problemWith(String asMarked) {
        if (asMarked == null || asMarked.isBlank()) {
            return Optional.of("serial.required");
        }
        if (asMarked.length() > MAX_LENGTH * 2) {
            return Optional.of("serial.too-long");
        }
        String normalised = normalise(asMarked);
        if (normalised.isEmpty()) {
            return Optional.of("serial.no-characters");
        }
        if (normalised.length() > MAX_LENGTH) {
            return Optional.of("serial.too-long");
        }
        return Optional.empty();
    }

    /**
     * A search by serial, compiled: an exact comparison when the query has no wildcard, a LIKE pattern otherwise.
     *
     * @param value    the normalised (and, when folding, folded) serial or LIKE pattern
     * @param column   the entity attribute it is compared with
     * @param wildcard whether {@code value} is a LIKE pattern
     */
    public record Query(String value, String column, boolean wildcard) {

        /** The HQL condition; the value is bound as {@code :serial}. */
        public String condition() {
            return wildcard ? column + " like :serial" : column + " = :serial";
        }
    }

    /** Compiles what a user typed; empty when it is not a usable search (the reason is {@link #queryProblem}). */
    public static Optional<Query> query(String typed, boolean foldConfusables) {
        if (queryProblem(typed).isPresent()) {
            return Optional.empty();
        }
        String pattern = normaliseWithWildcards(typed).replaceAll("\\*+", "*");
        String compared = foldConfusables ? fold(pattern) : pattern;
        boolean wildcard = compared.indexOf('*') >= 0 || compared.indexOf('?') >= 0;
        String column = foldConfusables ? "serialFolded" : "serialNormalised";
        // Normalised serials hold letters and digits only: LIKE's own % and _ cannot occur in them.
        return Optional.of(
                new Query(wildcard ? compared.replace('*', '%').replace('?', '_') : compared, column, wildcard));
    }

    /** Why {@code typed} is not a usable serial search, as a message key; empty when it is. */
    public static Optional<String> queryProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("serial.required");
        }
        String pattern = normaliseWithWildcards(typed);
        long known = pattern.chars().filter(c -> c != '*' && c != '?').count();
        if (known > MAX_LENGTH || pattern.length() > MAX_LENGTH * 2) {
            return Optional.of("serial.too-long");
        }
        boolean wildcard = pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
        if (known == 0) {
            return Optional.of("serial.no-characters");
        }
        if (wildcard && known < MIN_KNOWN_CHARACTERS) {
            return Optional.of("serial.wildcard-too-broad");
        }
        return Optional.empty();
    }

    private static String normaliseWithWildcards(String typed) {
        return SerialNumbers.normaliseKeeping(typed, "*?");
    }
}
