package org.g5sahel.pcms.commons.revocation;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * Refuses a valid token issued to an officer before his access was withdrawn (401 {@code token-revoked}), without
 * waiting for it to expire.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 5)
public class RevokedTokenFilter implements ContainerRequestFilter {

    private final RevokedTokens revoked;

    public RevokedTokenFilter(RevokedTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token
                && revoked.isRevoked(token.getSubject(), Instant.ofEpochSecond(token.getIssuedAtTime()))) {
            Log.infof("Refused a revoked token of %s (%s)", token.getSubject(), token.getName());
            throw new ProblemException(ProblemType.TOKEN_REVOKED);
        }
    }
}
