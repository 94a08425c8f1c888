package org.g5sahel.pcms.commons.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * Converts typed query and header parameters (numbers, UUIDs, enums) so that a value that does not convert answers a
 * 400 problem naming the parameter, instead of the bare 404 JAX-RS prescribes for a query parameter. The failure is
 * thrown as a {@link BadRequestException} because RESTEasy Reactive passes a converter's WebApplicationException
 * through unchanged (any other exception becomes a 404); its cause is the problem the mappers answer.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Converter<>(value -> enumConstant(enumType, name, value));
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>)
                    new Converter<>(value -> parse(name, value, Integer::valueOf, "query.not-an-integer"));
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>)
                    new Converter<>(value -> parse(name, value, Long::valueOf, "query.not-an-integer"));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>)
                    new Converter<>(value -> parse(name, value, UUID::fromString, "query.not-a-uuid"));
        }
        return null;
    }

    /** The parameter's name as the client wrote it; null for parameters of other kinds (a bad path stays a 404). */
    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<? extends Enum> type, String name, String value) {
        try {
            return QueryParams.enumValue((Class) type, name, value);
        } catch (ProblemException problem) {
            throw new BadRequestException(problem);
        }
    }

    private static <V> V parse(String name, String value, Function<String, V> parser, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError(name, messageKey)),
                    messageKey + "-detail",
                    name));
        }
    }

    private record Converter<T>(Function<String, T> fromString) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return fromString.apply(value);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
