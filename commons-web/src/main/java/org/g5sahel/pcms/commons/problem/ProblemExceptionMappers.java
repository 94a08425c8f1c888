package org.g5sahel.pcms.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error path of every service ends here as problem+json (database failures and the last resort in
 * {@code persistence.DatabaseProblemMappers}). Nothing else reaches a client: no stack trace, no SQL.
 */
public class ProblemExceptionMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException problem, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(problem, headers, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldPath(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return ProblemResponses.of(
                new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        errors,
                        ProblemType.VALIDATION_FAILED.slug() + ".detail",
                        errors.size()),
                headers,
                uri);
    }

    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class
    })
    public Response malformedJson(JsonProcessingException exception, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(JsonProblems.of(exception), headers, uri);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(Exception exception, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(new ProblemException(ProblemType.UNAUTHENTICATED), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(new ProblemException(ProblemType.FORBIDDEN), headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpHeaders headers, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return internalError(exception, headers, uri);
        }
        if (exception.getCause() instanceof ProblemException problem) {
            return problem(problem, headers, uri);
        }
        if (exception.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, headers, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        return ProblemResponses.of(new ProblemException(type), headers, uri);
    }

    /**
     * The answer to a fault of ours: logged with its stack trace, never shown. The last-resort mapper of any
     * {@link Throwable} is {@code persistence.DatabaseProblemMappers}, which first tells database failures apart.
     */
    public static Response internalError(Throwable throwable, HttpHeaders headers, UriInfo uri) {
        Log.error("Unexpected error", throwable);
        return ProblemResponses.of(new ProblemException(ProblemType.INTERNAL_ERROR), headers, uri);
    }

    /** {@code create.request.name} → {@code name}: clients know their fields, not our method parameters. */
    private static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder properties = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    properties.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    properties.append(properties.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        return properties.isEmpty() ? parameter : properties.toString();
    }
}
