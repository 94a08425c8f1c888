package org.g5sahel.pcms.commons.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** The {@link Caller} of the current request, for resources and services (which are singletons). */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** @throws ProblemException 401 when anonymous, 403 when the token lacks a valid State and agency */
    public Caller get() {
        if (caller == null) {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                throw new ProblemException(ProblemType.UNAUTHENTICATED);
            }
            caller = CallerClaims.from(token);
        }
        return caller;
    }
}
