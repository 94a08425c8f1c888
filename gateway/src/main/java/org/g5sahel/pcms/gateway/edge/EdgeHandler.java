package org.g5sahel.pcms.gateway.edge;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.gateway.problem.ProblemWriter;

/**
 * First handler of every request, before CORS and authentication: fixes the request id, arranges the security
 * headers of the response, and refuses a declared body over the size limit before reading it.
 */
@ApplicationScoped
public class EdgeHandler implements Handler<RoutingContext> {

    /**
     * Route order: before Quarkus' CORS filter (-300), authentication (-200) and body size check (-2), so that their
     * responses carry the request id and the security headers too.
     */
    public static final int ORDER = -1_000;

    private final SecurityHeaders securityHeaders;
    private final ProblemWriter problems;
    private final OptionalLong maxBodySize;

    public EdgeHandler(
            SecurityHeaders securityHeaders,
            ProblemWriter problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.securityHeaders = securityHeaders;
        this.problems = problems;
        this.maxBodySize =
                maxBodySize.map(size -> OptionalLong.of(size.asLongValue())).orElse(OptionalLong.empty());
    }

    /**
     * The request body size limit ({@code quarkus.http.limits.max-body-size}), if any.
     */
    public OptionalLong maxBodySize() {
        return maxBodySize;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        // The id travels in the request headers: the proxy forwards it and the problem writer reads it from there.
        String requestId = RequestIds.sanitizeOrGenerate(request.getHeader(RequestIds.HEADER));
        request.headers().set(RequestIds.HEADER, requestId);
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> {
            securityHeaders.apply(path, context.response().headers());
            context.response().headers().set(RequestIds.HEADER, requestId);
        });

        if (declaresTooLargeBody(request)) {
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            Connections.closeAfter(
                    context.vertx(),
                    request,
                    problems.send(context, ProblemType.PAYLOAD_TOO_LARGE, null, maxBodySize.getAsLong()));
            return;
        }
        context.next();
    }

    private boolean declaresTooLargeBody(HttpServerRequest request) {
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength == null || maxBodySize.isEmpty()) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize.getAsLong();
        } catch (NumberFormatException malformed) {
            // Left to the HTTP codec, which refuses malformed lengths.
            return false;
        }
    }
}
