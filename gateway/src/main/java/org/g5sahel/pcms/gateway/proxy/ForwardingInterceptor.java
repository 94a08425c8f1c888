package org.g5sahel.pcms.gateway.proxy;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;

import org.g5sahel.pcms.gateway.edge.Connections;
import org.g5sahel.pcms.gateway.edge.RequestIds;
import org.g5sahel.pcms.gateway.edge.TraceIds;
import org.g5sahel.pcms.gateway.problem.Problem;
import org.g5sahel.pcms.gateway.problem.ProblemType;
import org.g5sahel.pcms.gateway.problem.ProblemWriter;

import io.quarkus.logging.Log;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * One proxied exchange: opens the request to the service, adjusts what the service receives (normalised path,
 * request id, trace context, forwarding headers, body limit) and what the client receives (no hop-by-hop or CORS
 * headers from the service), and tells the circuit breaker how it went. A failure to reach the service becomes a
 * problem document.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    /** Request headers that concern the client-gateway connection only, or that the gateway sets itself. */
    private static final List<String> DROPPED_REQUEST_HEADERS = List.of("Expect", "Proxy-Connection", "Forwarded",
            "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Prefix");

    /** Response headers that concern the gateway-service connection only. */
    private static final List<String> DROPPED_RESPONSE_HEADERS = List.of("Connection", "Keep-Alive",
            "Proxy-Connection", "Proxy-Authenticate", "Trailer", "Upgrade");

    private final Upstream upstream;
    private final RoutingContext context;
    private final ProblemWriter problems;
    private final OptionalLong maxBodySize;

    private ForwardedBody forwardedBody;
    private HttpClientRequest upstreamRequest;
    private boolean bodyForwarded;
    private boolean ownResponse;
    private boolean closeConnection;

    ForwardingInterceptor(Upstream upstream, RoutingContext context, ProblemWriter problems, OptionalLong maxBodySize) {
        this.upstream = upstream;
        this.context = context;
        this.problems = problems;
        this.maxBodySize = maxBodySize;
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
        headers.set("X-Forwarded-Proto", incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }

        Body body = outgoing.getBody();
        // A declared length was checked by the edge handler, and the HTTP codec enforces it.
        long limit = body.length() < 0 ? maxBodySize.orElse(Long.MAX_VALUE) : Long.MAX_VALUE;
        forwardedBody = new ForwardedBody(body.stream(), limit, this::bodyForwarded);
        outgoing.setBody(Body.body(forwardedBody, body.length()));
        return proxyContext.sendRequest().transform(result -> outcome(proxyContext, result));
    }

    /**
     * Opens the request to the service (the origin of the proxy).
     */
    Future<HttpClientRequest> origin(ProxyContext proxyContext) {
        return upstream.open(proxyContext.request().getMethod(), proxyContext.request().getURI())
                .onSuccess(request -> {
                    upstreamRequest = request;
                    if (bodyForwarded) {
                        request.idleTimeout(upstream.timeoutMillis());
                    }
                });
    }

    /** The whole body is with the service: from now on, the service must answer within the timeout. */
    private void bodyForwarded() {
        bodyForwarded = true;
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

    private Future<ProxyResponse> outcome(ProxyContext proxyContext, AsyncResult<ProxyResponse> result) {
        if (result.succeeded()) {
            int status = result.result().getStatusCode();
            if (status == 502 || status == 503 || status == 504) {
                upstream.breaker().onFailure();
            } else {
                upstream.breaker().onSuccess();
            }
            return Future.succeededFuture(result.result());
        }
        if (forwardedBody != null && forwardedBody.exceeded()) {
            upstream.breaker().release();
            closeConnection = true;
            return problem(proxyContext, ProblemType.PAYLOAD_TOO_LARGE, maxBodySize.getAsLong());
        }
        if (context.response().closed()) {
            // The client went away: that says nothing about the service.
            upstream.breaker().release();
            return Future.failedFuture(result.cause());
        }
        upstream.breaker().onFailure();
        Throwable cause = result.cause();
        HttpServerRequest incoming = proxyContext.request().proxiedRequest();
        Log.warnf("%s %s: service %s failed (request %s): %s", incoming.method(), incoming.path(), upstream.name(),
                incoming.getHeader(RequestIds.HEADER), cause);
        if (cause instanceof TimeoutException) {
            return problem(proxyContext, ProblemType.UPSTREAM_TIMEOUT);
        }
        return problem(proxyContext, ProblemType.SERVICE_UNAVAILABLE);
    }

    private Future<ProxyResponse> problem(ProxyContext proxyContext, ProblemType type, Object... arguments) {
        ownResponse = true;
        HttpServerRequest incoming = proxyContext.request().proxiedRequest();
        Problem problem = problems.render(incoming, type, null, arguments);
        ProxyResponse response = proxyContext.request().release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.CONTENT_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, problem.language().getLanguage())
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .setBody(Body.body(problem.body()));
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        return Future.succeededFuture(response);
    }
}
