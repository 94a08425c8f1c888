package org.g5sahel.pcms.gateway.proxy;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.gateway.config.GatewayConfig;
import org.g5sahel.pcms.gateway.edge.Connections;
import org.g5sahel.pcms.gateway.edge.EdgeHandler;
import org.g5sahel.pcms.gateway.problem.ProblemWriter;
import org.g5sahel.pcms.gateway.ratelimit.InFlightLimiter;
import org.g5sahel.pcms.gateway.ratelimit.RateLimiter;
import org.g5sahel.pcms.gateway.security.Callers;

/**
 * {@code /api/{service}/**}: checks that the caller is authenticated (unless the path is one of the public ones), finds
 * the service, applies the caller's rate limit, the caller's cap on requests in flight and the service's circuit
 * breaker, then streams the exchange to the service with the path unchanged.
 */
@ApplicationScoped
public class ApiProxyHandler implements Handler<RoutingContext> {

    /** A slot frees as soon as one of the caller's requests ends: worth retrying soon. */
    private static final long IN_FLIGHT_RETRY_SECONDS = 1;

    private final UpstreamRegistry upstreams;
    private final RateLimiter rateLimiter;
    private final InFlightLimiter inFlight;
    private final ProblemWriter problems;
    private final EdgeHandler edge;
    private final List<Pattern> publicPaths;
    private final Duration bodyTimeout;

    public ApiProxyHandler(
            UpstreamRegistry upstreams,
            RateLimiter rateLimiter,
            InFlightLimiter inFlight,
            ProblemWriter problems,
            EdgeHandler edge,
            GatewayConfig config) {
        this.upstreams = upstreams;
        this.rateLimiter = rateLimiter;
        this.inFlight = inFlight;
        this.problems = problems;
        this.edge = edge;
        this.publicPaths = config.publicPaths().orElse(List.of());
        this.bodyTimeout = config.requestTimeouts().body();
    }

    /**
     * The service named by a normalised path {@code /api/{service}[/...]}, if the path has one.
     */
    static Optional<String> serviceOf(String path) {
        if (path == null || !path.startsWith("/api/")) {
            return Optional.empty();
        }
        String rest = path.substring("/api/".length());
        int slash = rest.indexOf('/');
        String service = slash < 0 ? rest : rest.substring(0, slash);
        return service.isEmpty() ? Optional.empty() : Optional.of(service);
    }

    @Override
    public void handle(RoutingContext context) {
        // An invalid token was already refused by Quarkus OIDC; here the request had no token at all.
        Optional<SecurityIdentity> caller = Callers.authenticated(context);
        String path = context.normalizedPath();
        if (caller.isEmpty()
                && publicPaths.stream()
                        .noneMatch(pattern -> pattern.matcher(path).matches())) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            problems.send(context, ProblemType.UNAUTHENTICATED);
            return;
        }
        Optional<Upstream> found = serviceOf(path).flatMap(upstreams::find);
        if (found.isEmpty()) {
            problems.send(context, ProblemType.NOT_FOUND);
            return;
        }
        Upstream upstream = found.get();

        String callerKey = caller.map(Callers::rateLimitKey).orElseGet(() -> Callers.anonymousRateLimitKey(context));
        RateLimiter.Decision limit = rateLimiter.check(callerKey, path);
        if (!limit.allowed()) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(limit.retryAfterSeconds()));
            problems.send(context, ProblemType.RATE_LIMITED, null, limit.retryAfterSeconds());
            return;
        }
        Optional<InFlightLimiter.Slot> slot = inFlight.tryAcquire(callerKey);
        if (slot.isEmpty()) {
            refuseOverInFlightCap(context);
            return;
        }
        // Freed when the response ends or the connection closes, whichever comes first.
        context.addEndHandler(done -> slot.get().release());
        ForwardingInterceptor.forward(upstream, context, problems, edge.maxBodySize(), bodyTimeout);
    }

    private void refuseOverInFlightCap(RoutingContext context) {
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(IN_FLIGHT_RETRY_SECONDS));
        if (context.request().isEnded()) {
            problems.send(
                    context, ProblemType.RATE_LIMITED, "in-flight", inFlight.perCaller(), IN_FLIGHT_RETRY_SECONDS);
            return;
        }
        // The body is not read: the connection cannot serve another request, and a slow sender must not keep it.
        context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        Connections.closeAfter(
                context.vertx(),
                context.request(),
                problems.send(
                        context, ProblemType.RATE_LIMITED, "in-flight", inFlight.perCaller(), IN_FLIGHT_RETRY_SECONDS));
    }
}
