package org.g5sahel.pcms.commons.persistence;

import io.quarkus.logging.Log;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemExceptionMappers;
import org.g5sahel.pcms.commons.problem.ProblemResponses;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The problems of the database: a lost optimistic lock (409), a unique index's refusal of a concurrent duplicate (409),
 * an outage (503). Also the last resort of every other error, which must first be told apart from these.
 */
public class DatabaseProblemMappers {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response versionConflict(Exception exception, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(new ProblemException(ProblemType.VERSION_CONFLICT), headers, uri);
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
            return ProblemResponses.of(
                    new ProblemException(ProblemType.CONFLICT, "conflict.concurrent-duplicate"), headers, uri);
        }
        return ProblemExceptionMappers.internalError(throwable, headers, uri);
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
            if (state != null
                    && (state.startsWith("08")
                            || state.startsWith("57P")
                            || state.equals("55000")
                                    && String.valueOf(cause.getMessage()).contains("accepting connections"))) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getMessage() != null
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
}
