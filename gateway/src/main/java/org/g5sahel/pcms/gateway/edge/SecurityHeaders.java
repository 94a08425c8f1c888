package org.g5sahel.pcms.gateway.edge;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.g5sahel.pcms.gateway.config.GatewayConfig;

/**
 * The security headers of every response, whether the gateway, Quarkus or a service produced it.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** API responses are data, never rendered: nothing may be loaded, nothing may frame them. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /** The documentation page runs Swagger UI, served by the gateway itself; it fetches only from the gateway. */
    static final String DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    /** Headers that tell an attacker which software and version answered; upstream values are dropped too. */
    private static final List<String> FINGERPRINTS =
            List.of("Server", "X-Powered-By", "X-AspNet-Version", "X-AspNetMvc-Version", "X-Runtime", "X-Generator");

    private final String strictTransportSecurity;

    public SecurityHeaders(GatewayConfig config) {
        this.strictTransportSecurity = config.headers().strictTransportSecurity();
    }

    /**
     * Sets the security headers on a response that is about to be sent.
     *
     * @param path the normalised request path
     */
    public void apply(String path, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Strict-Transport-Security", strictTransportSecurity);
        if (isConsole(path)) {
            // The console's forms need their origin sent (same-origin): with no-referrer, a browser posts them with
            // "Origin: null", which the CORS check refuses as a foreign origin.
            if (!headers.contains("Referrer-Policy")) {
                headers.set("Referrer-Policy", "no-referrer");
            }
            // The console's pages set their own policy (its scripts and styles) and caching (a year for fingerprinted
            // files, nothing for pages with records); without one, the strictest apply.
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", API_CSP);
            }
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            FINGERPRINTS.forEach(headers::remove);
            return;
        }
        headers.set("Referrer-Policy", "no-referrer");
        boolean docs = isDocs(path);
        headers.set("Content-Security-Policy", docs ? DOCS_CSP : API_CSP);
        if (!docs || !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            // Operational data must not stay in browser or proxy caches, whatever the service said.
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        FINGERPRINTS.forEach(headers::remove);
    }

    /** Paths of the console: neither the API nor the gateway's own {@code /q}. */
    static boolean isConsole(String path) {
        return path != null
                && !path.equals("/api")
                && !path.startsWith("/api/")
                && !path.equals("/q")
                && !path.startsWith("/q/");
    }

    static boolean isDocs(String path) {
        return path != null && (path.equals("/api/docs") || path.startsWith("/api/docs/"));
    }
}
