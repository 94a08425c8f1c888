package org.g5sahel.pcms.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.g5sahel.pcms.web.i18n.Language;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The console's own security and caching headers. Pages show records, so no browser or proxy may keep them;
 * fingerprinted static files are kept for a year. The Content-Security-Policy allows the console's own scripts and
 * styles only, nothing inline, and forms may post to the console and to Keycloak (sign-out) alone.
 */
public class ConsoleHeaders {

    private final String contentSecurityPolicy;
    private final Language language;

    public ConsoleHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") URI keycloak, Language language) {
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        this.contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; manifest-src 'self'; worker-src 'self'; form-action 'self' " + keycloakOrigin
                + "; frame-ancestors 'none'; base-uri 'none'";
        this.language = language;
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", contentSecurityPolicy);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "no-store");
        }
        headers.add("Vary", "Accept-Language, Cookie, HX-Request");
        if (language.chosenNow()) {
            headers.add(
                    "Set-Cookie",
                    new NewCookie.Builder(Language.COOKIE)
                            .value(language.tag())
                            .path("/")
                            .maxAge(365 * 24 * 3600)
                            .httpOnly(true)
                            .secure(true)
                            .sameSite(NewCookie.SameSite.LAX)
                            .build());
        }
    }
}
