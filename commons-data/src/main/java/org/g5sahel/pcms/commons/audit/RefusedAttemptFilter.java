package org.g5sahel.pcms.commons.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.g5sahel.pcms.commons.identity.CallerClaims;
import org.g5sahel.pcms.commons.problem.ProblemException;

/**
 * Hands every request refused with 404 or 403 on a path naming ids to {@link RefusedAttempts}, which audits those that
 * name records. Only queues: the answer and its timing stay those of an id that names nothing.
 */
@Provider
public class RefusedAttemptFilter implements ContainerResponseFilter {

    /** Longest purpose kept: what an officer writes, not a document. */
    private static final int PURPOSE_MAX = 500;

    private final RefusedAttempts attempts;

    public RefusedAttemptFilter(RefusedAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 404 && status != 403
                || !(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        List<UUID> ids = ids(request.getUriInfo().getPathParameters());
        if (ids.isEmpty()) {
            return;
        }
        try {
            String purpose = request.getUriInfo().getQueryParameters().getFirst("purpose");
            attempts.offer(
                    CallerClaims.from(token),
                    request.getMethod(),
                    request.getUriInfo().getPath(),
                    ids,
                    purpose == null ? null : purpose.substring(0, Math.min(purpose.length(), PURPOSE_MAX)),
                    status);
        } catch (ProblemException unusableClaims) {
            // a token without a State and agency was refused before reaching any record
        }
    }

    private static List<UUID> ids(MultivaluedMap<String, String> pathParameters) {
        List<UUID> ids = new ArrayList<>();
        pathParameters
                .values()
                .forEach(values -> values.forEach(value -> {
                    try {
                        ids.add(UUID.fromString(value));
                    } catch (IllegalArgumentException notAnId) {
                        // a reference number or a name in the path: not an id a record is stored under
                    }
                }));
        return ids;
    }
}
