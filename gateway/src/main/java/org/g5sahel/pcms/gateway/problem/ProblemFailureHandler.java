package org.g5sahel.pcms.gateway.problem;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.gateway.edge.EdgeHandler;
import org.g5sahel.pcms.gateway.edge.RequestIds;

/**
 * Turns every failed request into a problem document, before Quarkus' default error page: invalid tokens (refused by
 * Quarkus OIDC before any route runs), failed routes and unexpected errors. The exception is logged, never sent.
 */
@ApplicationScoped
public class ProblemFailureHandler implements Handler<RoutingContext> {

    private final ProblemWriter problems;
    private final EdgeHandler edge;

    public ProblemFailureHandler(ProblemWriter problems, EdgeHandler edge) {
        this.problems = problems;
        this.edge = edge;
    }

    @Override
    public void handle(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        Throwable failure = context.failure();
        ProblemType type;
        if (failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException) {
            // Quarkus OIDC has set the status and the WWW-Authenticate challenge already.
            type = ProblemType.UNAUTHENTICATED;
            if (!context.response().headers().contains("WWW-Authenticate")) {
                context.response().putHeader("WWW-Authenticate", "Bearer");
            }
            Log.debugf("Request %s refused: invalid token (%s)", requestId(context), failure.getMessage());
        } else if (failure instanceof ForbiddenException) {
            type = ProblemType.FORBIDDEN;
        } else {
            type = forStatus(context.statusCode());
            if (type == ProblemType.INTERNAL_ERROR) {
                Log.errorf(
                        failure,
                        "Request %s %s failed (request %s)",
                        context.request().method(),
                        context.request().path(),
                        requestId(context));
            }
        }
        if (type == ProblemType.PAYLOAD_TOO_LARGE && edge.maxBodySize().isPresent()) {
            problems.send(context, type, null, edge.maxBodySize().getAsLong());
        } else {
            problems.send(context, type);
        }
    }

    /**
     * The problem type for an HTTP error status the gateway did not produce itself (a failed route). A wrong method
     * is a path no service answers; any status the gateway does not expect is its own fault.
     */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404, 405 -> ProblemType.NOT_FOUND;
            case 408 -> ProblemType.REQUEST_TIMEOUT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 429 -> ProblemType.RATE_LIMITED;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            case 504 -> ProblemType.UPSTREAM_TIMEOUT;
            default -> ProblemType.INTERNAL_ERROR;
        };
    }

    private static String requestId(RoutingContext context) {
        return context.request().getHeader(RequestIds.HEADER);
    }
}
