package org.g5sahel.pcms.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what Jackson could not read into a problem naming the field by its JSON path ({@code subjects[0].kind}) and,
 * for an enum, the values it takes: the client learns what to fix, never the Java types behind the API.
 */
public final class JsonProblems {

    private JsonProblems() {}

    public static ProblemException of(JsonProcessingException exception) {
        // Broken syntax (truncated, unbalanced) is reported by the parser, sometimes wrapped with the path reached.
        if (!(exception instanceof JsonMappingException mapping)
                || mapping.getPath().isEmpty()
                || mapping.getCause() instanceof StreamReadException) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "malformed-request.json");
        }
        String field = path(mapping.getPath());
        if (exception instanceof PropertyBindingException) {
            return fieldProblem(field, "malformed-request.unknown-field", field);
        }
        if (exception instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return fieldProblem(field, "malformed-request.unknown-value", field, allowedValues(format.getTargetType()));
        }
        if (exception instanceof InvalidFormatException || exception instanceof ValueInstantiationException) {
            return fieldProblem(field, "malformed-request.invalid-value", field);
        }
        if (exception instanceof MismatchedInputException) {
            return fieldProblem(field, "malformed-request.wrong-type", field);
        }
        return fieldProblem(field, "malformed-request.invalid-value", field);
    }

    /** The references of a Jackson path as a client writes them: {@code subjects[0].kind}, {@code [2].name}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }

    private static ProblemException fieldProblem(String field, String key, Object... arguments) {
        return new ProblemException(
                ProblemType.MALFORMED_REQUEST, List.of(new Problem.FieldError(field, key)), key + "-detail", arguments);
    }
}
