package org.g5sahel.pcms.commons.identity;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses every request whose (valid) token lacks a usable {@code pcms_state} / {@code pcms_agency}, even on endpoints
 * that do not read the caller: such a token was issued by a misconfigured client or identity provider.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class CallerClaimsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            CallerClaims.from(token);
        }
    }
}
