package org.g5sahel.pcms.gateway.proxy;

import io.quarkus.logging.Log;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyOptions;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.gateway.edge.Connections;
import org.g5sahel.pcms.gateway.edge.RequestIds;
import org.g5sahel.pcms.gateway.edge.TraceIds;
import org.g5sahel.pcms.gateway.problem.ProblemDocument;
import org.g5sahel.pcms.gateway.problem.ProblemWriter;
import org.g5sahel.pcms.gateway.resilience.CircuitBreaker;

/**
 * One proxied exchange: opens the request to the service, adjusts what the service receives (normalised path,
 * request id, trace context, forwarding headers, body limit and time limit) and what the client receives (no
 * hop-by-hop or CORS headers from the service), and tells the circuit breaker how it went. A failure to reach the
 * service becomes a problem document; only the service's own failures count against its breaker, not a client's slow
 * body nor the gateway's lack of a free connection.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    /** Request headers that concern the client-gateway connection only, or that the gateway sets itself. */
    private static final List<String> DROPPED_REQUEST_HEADERS = List.of(
            "Expect",
            "Proxy-Connection",
            "Forwarded",
            "X-Forwarded-For",
            "X-Forwarded-Host",
            "X-Forwarded-Proto",
            "X-Forwarded-Port",
            "X-Forwarded-Prefix");

    /** Response headers that concern the gateway-service connection only. */
    private static final List<String> DROPPED_RESPONSE_HEADERS =
            List.of("Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Trailer", "Upgrade");

    /** A pooled connection frees up as soon as any exchange with the service ends: worth retrying soon. */
    private static final long GATEWAY_BUSY_RETRY_SECONDS = 1;

    private final Upstream upstream;
    private final RoutingContext context;
    private final ProblemWriter problems;
    private final OptionalLong maxBodySize;
    private final Duration bodyTimeout;

    private ForwardedBody forwardedBody;
    private long bodyTimer = -1;
    private boolean noFreeConnection;
    private HttpClientRequest upstreamRequest;
    private boolean bodyForwarded;
    private boolean ownResponse;
    private boolean closeConnection;

    /** The gateway does not tunnel WebSockets: an upgrade request is forwarded as a plain request. */
    private static final ProxyOptions PROXY_OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    /**
     * Streams the exchange to {@code upstream} unless its circuit breaker is open (503 problem with
     * {@code Retry-After}): the one way both the API's routes and the console's are forwarded.
     */
    static void forward(
            Upstream upstream,
            RoutingContext context,
            ProblemWriter problems,
            OptionalLong maxBodySize,
            Duration bodyTimeout) {
        CircuitBreaker.Permit permit = upstream.breaker().tryAcquire();
        if (!permit.permitted()) {
            long seconds = Math.max(1, (permit.retryAfter().toMillis() + 999) / 1000);
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.send(context, ProblemType.SERVICE_UNAVAILABLE, "circuit-open", seconds);
            return;
        }
        if ("100-continue".equalsIgnoreCase(context.request().getHeader(HttpHeaders.EXPECT))) {
            // Accepted: the client may send the body now (the service never sees the Expect header).
            context.response().writeContinue();
        }
        var exchange = new ForwardingInterceptor(upstream, context, problems, maxBodySize, bodyTimeout);
        HttpProxy.reverseProxy(PROXY_OPTIONS, upstream.client())
                .origin(exchange::origin)
                .addInterceptor(exchange)
                .handle(context.request());
    }

    ForwardingInterceptor(
            Upstream upstream,
            RoutingContext context,
            ProblemWriter problems,
            OptionalLong maxBodySize,
            Duration bodyTimeout) {
        this.upstream = upstream;
        this.context = context;
        this.problems = problems;
        this.maxBodySize = maxBodySize;
        this.bodyTimeout = bodyTimeout;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext proxyContext) {
        ProxyRequest outgoing = proxyContext.request();
        HttpServerRequest incoming = outgoing.proxiedRequest();
        outgoing.setURI(upstream.uriFor(context.normalizedPath(), incoming.query()));

        MultiMap headers = outgoing.headers();
        DROPPED_REQUEST_HEADERS.forEach(headers::remove);
        headers.set(RequestIds.HEADER, incoming.getHeader(RequestIds.HEADER));
        if (!headers.contains(TraceIds.TRACEPARENT)) {
            // OpenTelemetry replaces it with the client span's context when tracing is on.
            headers.set(TraceIds.TRACEPARENT, TraceIds.newTraceparent(incoming));
        }
        if (incoming.remoteAddress() != null) {
            headers.set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
        }
        // The services build absolute links (Location) from these: they must name the gateway, never the service.
        // No X-Forwarded-Prefix: the path reaches the service unchanged.
        headers.set("X-Forwarded-Proto", incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
            headers.set("X-Forwarded-Port", Integer.toString(publicPort(incoming)));
        }

        Body body = outgoing.getBody();
        // A declared length was checked by the edge handler, and the HTTP codec enforces it.
        long limit = body.length() < 0 ? maxBodySize.orElse(Long.MAX_VALUE) : Long.MAX_VALUE;
        forwardedBody = new ForwardedBody(body.stream(), limit, this::bodyForwarded);
        outgoing.setBody(Body.body(forwardedBody, body.length()));
        // A body that takes too long would hold one of the service's pooled connections as long as the client likes.
        bodyTimer = context.vertx().setTimer(Math.max(1, bodyTimeout.toMillis()), id -> {
            bodyTimer = -1;
            forwardedBody.timeOut();
        });
        return proxyContext.sendRequest().transform(result -> outcome(proxyContext, result));
    }

    /** The port the client called: the one in its Host header, else the scheme's. */
    private static int publicPort(HttpServerRequest incoming) {
        int port = incoming.authority().port();
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(incoming.scheme()) ? 443 : 80;
    }

    /**
     * Opens the request to the service (the origin of the proxy).
     */
    Future<HttpClientRequest> origin(ProxyContext proxyContext) {
        return upstream.open(
                        proxyContext.request().getMethod(),
                        proxyContext.request().getURI())
                .onFailure(cause -> noFreeConnection = Upstream.isPoolWaitTimeout(cause))
                .compose(request -> {
                    if (forwardedBody != null && forwardedBody.timedOut()) {
                        // The body's time ran out while the request waited for a connection: give the connection back.
                        request.reset();
                        return Future.failedFuture(new ForwardedBody.BodyTimeoutException());
                    }
                    upstreamRequest = request;
                    if (bodyForwarded) {
                        request.idleTimeout(upstream.timeoutMillis());
                    }
                    return Future.succeededFuture(request);
                });
    }

    /** The whole body is with the service: from now on, the service must answer within the timeout. */
    private void bodyForwarded() {
        bodyForwarded = true;
        cancelBodyTimer();
        if (upstreamRequest != null) {
            upstreamRequest.idleTimeout(upstream.timeoutMillis());
        }
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext proxyContext) {
        if (!ownResponse) {
            MultiMap headers = proxyContext.response().headers();
            DROPPED_RESPONSE_HEADERS.forEach(headers::remove);
            headers.names().stream()
                    .filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, "Access-Control-".length()))
                    .toList()
                    .forEach(headers::remove);
        }
        Future<Void> sent = proxyContext.sendResponse();
        if (closeConnection) {
            Connections.closeAfter(context.vertx(), proxyContext.request().proxiedRequest(), sent);
        }
        return sent;
    }

    private void cancelBodyTimer() {
        if (bodyTimer >= 0) {
            context.vertx().cancelTimer(bodyTimer);
            bodyTimer = -1;
        }
    }

    private Future<ProxyResponse> outcome(ProxyContext proxyContext, AsyncResult<ProxyResponse> result) {
        cancelBodyTimer();
        if (result.succeeded()) {
            int status = result.result().getStatusCode();
            if (status == 502 || status == 503 || status == 504) {
                upstream.breaker().onFailure();
            } else {
                upstream.breaker().onSuccess();
            }
            if (status == 413 && result.result().headers().get(HttpHeaders.CONTENT_TYPE) == null) {
                // A chunked body over a service's own limit is refused by its HTTP layer with no body at all: the
                // client still gets a problem saying what happened.
                result.result().release();
                closeConnection = true;
                return problem(proxyContext, ProblemType.PAYLOAD_TOO_LARGE, "service");
            }
            return Future.succeededFuture(result.result());
        }
        if (forwardedBody != null && forwardedBody.exceeded()) {
            upstream.breaker().release();
            closeConnection = true;
            return problem(proxyContext, ProblemType.PAYLOAD_TOO_LARGE, null, maxBodySize.getAsLong());
        }
        HttpServerRequest incoming = proxyContext.request().proxiedRequest();
        if (forwardedBody != null && forwardedBody.timedOut()) {
            // The client's slowness: the service is not to blame, and the connection is not worth keeping.
            upstream.breaker().release();
            closeConnection = true;
            Log.infof(
                    "%s %s: request body not received within %s (request %s)",
                    incoming.method(), incoming.path(), bodyTimeout, incoming.getHeader(RequestIds.HEADER));
            return problem(proxyContext, ProblemType.REQUEST_TIMEOUT, null, bodyTimeout.toSeconds());
        }
        if (context.response().closed()) {
            // The client went away: that says nothing about the service.
            upstream.breaker().release();
            return Future.failedFuture(result.cause());
        }
        if (noFreeConnection) {
            // Every pooled connection is busy: the gateway is overloaded, the service may be perfectly well.
            upstream.breaker().release();
            Log.warnf(
                    "%s %s: no free connection to service %s within %s (request %s)",
                    incoming.method(),
                    incoming.path(),
                    upstream.name(),
                    upstream.poolWaitTimeout(),
                    incoming.getHeader(RequestIds.HEADER));
            return problem(proxyContext, ProblemType.SERVICE_UNAVAILABLE, "gateway-busy", GATEWAY_BUSY_RETRY_SECONDS)
                    .onSuccess(response ->
                            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(GATEWAY_BUSY_RETRY_SECONDS)));
        }
        upstream.breaker().onFailure();
        Throwable cause = result.cause();
        Log.warnf(
                "%s %s: service %s failed (request %s): %s",
                incoming.method(), incoming.path(), upstream.name(), incoming.getHeader(RequestIds.HEADER), cause);
        if (cause instanceof TimeoutException) {
            return problem(proxyContext, ProblemType.UPSTREAM_TIMEOUT, null);
        }
        return problem(proxyContext, ProblemType.SERVICE_UNAVAILABLE, null);
    }

    private Future<ProxyResponse> problem(
            ProxyContext proxyContext, ProblemType type, String detailVariant, Object... arguments) {
        ownResponse = true;
        HttpServerRequest incoming = proxyContext.request().proxiedRequest();
        ProblemDocument problem = problems.render(incoming, type, detailVariant, arguments);
        ProxyResponse response = proxyContext
                .request()
                .release()
                .response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, problem.language().getLanguage())
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .setBody(Body.body(problem.body()));
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        return Future.succeededFuture(response);
    }
}
