package org.g5sahel.pcms.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of a request, as established by Quarkus OIDC from the bearer token (issuer, signature, expiry and audience
 * already checked; an invalid token never gets this far).
 */
public final class Callers {

    private Callers() {}

    /**
     * The caller's identity, or empty for an anonymous request (no token).
     */
    public static Optional<SecurityIdentity> authenticated(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            return Optional.of(user.getSecurityIdentity());
        }
        return Optional.empty();
    }

    /**
     * The rate-limit key of a caller: the client the token was issued to ({@code azp}) and its subject
     * ({@code sub}), so that one user of a shared client does not exhaust the others' allowance.
     */
    public static String rateLimitKey(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            String client =
                    claim(token, "azp").or(() -> claim(token, "client_id")).orElse("-");
            String subject = Optional.ofNullable(token.getSubject()).orElse(principal.getName());
            return client + ' ' + subject;
        }
        return "- " + principal.getName();
    }

    /** The rate-limit key of a caller without a token, on a public path: its address. */
    public static String anonymousRateLimitKey(RoutingContext context) {
        return "anonymous " + context.request().remoteAddress().hostAddress();
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }
}
