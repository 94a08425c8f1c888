package org.g5sahel.pcms.gateway.docs;

import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.gateway.config.GatewayConfig;
import org.g5sahel.pcms.gateway.edge.RequestIds;
import org.g5sahel.pcms.gateway.problem.ProblemWriter;
import org.g5sahel.pcms.gateway.proxy.Upstream;
import org.g5sahel.pcms.gateway.proxy.UpstreamRegistry;
import org.g5sahel.pcms.gateway.resilience.CircuitBreaker;

/**
 * {@code GET /api/{service}/openapi}: the service's OpenAPI document, fetched from the service's
 * {@code /q/openapi?format=json}, public, and cached for a short while.
 * <p>
 * The document's {@code servers} are removed: the service's paths are the gateway's paths, so Swagger UI sends
 * "try it out" calls to the gateway that served the page.
 */
@ApplicationScoped
public class OpenApiHandler {

    static final String UPSTREAM_PATH = "/q/openapi";

    private final UpstreamRegistry upstreams;
    private final ProblemWriter problems;
    private final long cacheTtlNanos;
    private final int maxDocumentSize;
    private final Map<String, CachedDocument> cache = new ConcurrentHashMap<>();

    public OpenApiHandler(UpstreamRegistry upstreams, ProblemWriter problems, GatewayConfig config) {
        this.upstreams = upstreams;
        this.problems = problems;
        this.cacheTtlNanos = config.docs().cacheTtl().toNanos();
        this.maxDocumentSize = config.docs().maxDocumentSize();
    }

    public void handle(RoutingContext context) {
        Optional<Upstream> found = upstreams.find(context.pathParam("service"));
        if (found.isEmpty()) {
            problems.send(context, ProblemType.NOT_FOUND);
            return;
        }
        Upstream upstream = found.get();
        CachedDocument cached = cache.get(upstream.name());
        if (cached != null && cached.expiresAt() - System.nanoTime() > 0) {
            send(context, cached.document());
            return;
        }
        CircuitBreaker.Permit permit = upstream.breaker().tryAcquire();
        if (!permit.permitted()) {
            long seconds = Math.max(1, (permit.retryAfter().toMillis() + 999) / 1000);
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.send(context, ProblemType.SERVICE_UNAVAILABLE, "circuit-open", seconds);
            return;
        }
        // The breaker learns the outcome once: from the status if the service answered, else from the failure.
        AtomicBoolean reported = new AtomicBoolean();
        upstream.open(HttpMethod.GET, upstream.uriFor(UPSTREAM_PATH, "format=json"))
                .compose(request -> request.idleTimeout(upstream.timeoutMillis())
                        .putHeader(HttpHeaders.ACCEPT, "application/json")
                        .putHeader(RequestIds.HEADER, context.request().getHeader(RequestIds.HEADER))
                        .send())
                .compose(response -> {
                    int status = response.statusCode();
                    reported.set(true);
                    if (status == 502 || status == 503 || status == 504) {
                        upstream.breaker().onFailure();
                    } else {
                        upstream.breaker().onSuccess();
                    }
                    return status == 200 ? readBounded(response) : Future.failedFuture(new InvalidDocument());
                })
                .onSuccess(body -> {
                    Buffer document;
                    try {
                        JsonObject json = new JsonObject(body);
                        json.remove("servers");
                        document = json.toBuffer();
                    } catch (DecodeException | ClassCastException invalid) {
                        fail(context, upstream, new InvalidDocument());
                        return;
                    }
                    cache.put(upstream.name(), new CachedDocument(document, System.nanoTime() + cacheTtlNanos));
                    send(context, document);
                })
                .onFailure(failure -> {
                    if (!reported.getAndSet(true)) {
                        upstream.breaker().onFailure();
                    }
                    fail(context, upstream, failure);
                });
    }

    private void fail(RoutingContext context, Upstream upstream, Throwable failure) {
        if (failure instanceof InvalidDocument) {
            Log.warnf("Service %s did not provide a valid OpenAPI document at %s", upstream.name(), UPSTREAM_PATH);
            problems.send(context, ProblemType.SERVICE_UNAVAILABLE, "invalid-document");
            return;
        }
        Log.warnf(
                "OpenAPI document of service %s unavailable (request %s): %s",
                upstream.name(), context.request().getHeader(RequestIds.HEADER), failure);
        problems.send(
                context,
                failure instanceof TimeoutException ? ProblemType.UPSTREAM_TIMEOUT : ProblemType.SERVICE_UNAVAILABLE);
    }

    private static void send(RoutingContext context, Buffer document) {
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(document);
    }

    private Future<Buffer> readBounded(HttpClientResponse response) {
        Promise<Buffer> body = Promise.promise();
        Buffer received = Buffer.buffer();
        response.handler(chunk -> {
            if (received.length() + chunk.length() > maxDocumentSize) {
                body.tryFail(new InvalidDocument());
                response.request().reset();
            } else {
                received.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(body::tryFail);
        response.endHandler(ignored -> body.tryComplete(received));
        return body.future();
    }

    private record CachedDocument(Buffer document, long expiresAt) {}

    /** The service answered, but not with a usable OpenAPI document. */
    private static final class InvalidDocument extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidDocument() {
            super(null, null, false, false);
        }
    }
}
