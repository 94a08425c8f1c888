package org.g5sahel.pcms.commons.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * Query parameters read by the resource rather than by JAX-RS: a value JAX-RS cannot convert answers 404, which tells
 * the client nothing. These answer 400 with the parameter named.
 */
public final class QueryParams {

    private QueryParams() {}

    /** The constant of {@code type} named {@code value}, null when absent, a 400 problem when unknown. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(
                    ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError(name, "query.unknown-value")),
                    "query.unknown-value-detail",
                    name,
                    allowed);
        }
    }
}
