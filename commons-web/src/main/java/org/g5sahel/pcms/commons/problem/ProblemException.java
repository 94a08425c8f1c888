package org.g5sahel.pcms.commons.problem;

import java.util.List;

/**
 * Thrown by services for any outcome the client must see as a problem. {@code detailKey} names a message in the
 * commons bundle or in the service's own {@code messages/service} bundle; {@code arguments} fill its placeholders.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] arguments;
    private final List<Problem.FieldError> fieldErrors;

    public ProblemException(ProblemType type) {
        this(type, type.slug() + ".detail");
    }

    public ProblemException(ProblemType type, String detailKey, Object... arguments) {
        this(type, List.of(), detailKey, arguments);
    }

    public ProblemException(
            ProblemType type, List<Problem.FieldError> fieldErrors, String detailKey, Object... arguments) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.arguments = arguments.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }
}
