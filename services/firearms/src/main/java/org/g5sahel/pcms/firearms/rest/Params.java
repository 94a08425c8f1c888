package org.g5sahel.pcms.firearms.rest;

import java.util.List;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** Query parameters of the firearms API read by hand (a 400 naming the field, not JAX-RS's bare 404); enums use the shared QueryParams. */
final class Params {

    private Params() {}

    static String state(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Jurisdictions.isOwner(value)) {
            throw invalid(field, "parameter.unknown-state");
        }
        return value;
    }

    static Boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(field, "parameter.not-boolean");
        };
    }

    static ProblemException invalid(String field, String key) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                List.of(new Problem.FieldError(field, key)),
                "validation-failed.detail",
                1);
    }
}
