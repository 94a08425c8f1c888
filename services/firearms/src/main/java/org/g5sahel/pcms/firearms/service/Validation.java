package org.g5sahel.pcms.firearms.service;

import java.util.List;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** The 400 problem for field errors found by the service (beyond what Bean Validation checks on the request). */
final class Validation {

    private Validation() {}

    static ProblemException failed(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
    }

    static ProblemException failed(String field, String messageKey) {
        return failed(List.of(new Problem.FieldError(field, messageKey)));
    }

    static void requireNone(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw failed(errors);
        }
    }
}
