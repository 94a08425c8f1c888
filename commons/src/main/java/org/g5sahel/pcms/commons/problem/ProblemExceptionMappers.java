package org.g5sahel.pcms.commons.problem;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error path of every service ends here as problem+json. Nothing else reaches a client: no stack trace, no SQL.
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
        return ProblemResponses.of(new ProblemException(ProblemType.VALIDATION_FAILED, errors,
                ProblemType.VALIDATION_FAILED.slug() + ".detail", errors.size()), headers, uri);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class })
    public Response malformedJson(JsonProcessingException exception, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(JsonProblems.of(exception), headers, uri);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(Exception exception, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(new ProblemException(ProblemType.UNAUTHENTICATED), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(new ProblemException(ProblemType.FORBIDDEN), headers, uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response versionConflict(Exception exception, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(new ProblemException(ProblemType.VERSION_CONFLICT), headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpHeaders headers, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception, headers, uri);
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

    @ServerExceptionMapper
    public Response unexpected(Throwable throwable, HttpHeaders headers, UriInfo uri) {
        if (isDatabaseUnavailable(throwable)) {
            Log.warnf("Database unavailable: %s", rootMessage(throwable));
            return ProblemResponses.of(new ProblemException(ProblemType.SERVICE_UNAVAILABLE), headers, uri);
        }
        if (isUniqueViolation(throwable)) {
            // Two requests raced to create the same thing; the service's own check let both through.
            Log.infof("Unique constraint refused a concurrent write: %s", rootMessage(throwable));
            return ProblemResponses.of(new ProblemException(ProblemType.CONFLICT, "conflict.concurrent-duplicate"),
                    headers, uri);
        }
        Log.error("Unexpected error", throwable);
        return ProblemResponses.of(new ProblemException(ProblemType.INTERNAL_ERROR), headers, uri);
    }

    /** SQLState 23505: a unique index refused the row. */
    static boolean isUniqueViolation(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 is a connection failure, class 57P an operator's intervention (server shutting down or
     * starting, connections terminated), 55000 at connection time a database closed to connections; the pool reports
     * its own timeouts without a state.
     */
    static boolean isDatabaseUnavailable(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && (state.startsWith("08") || state.startsWith("57P")
                    || state.equals("55000") && String.valueOf(cause.getMessage()).contains("accepting connections"))) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
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
