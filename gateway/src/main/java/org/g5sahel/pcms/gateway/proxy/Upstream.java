package org.g5sahel.pcms.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.g5sahel.pcms.gateway.config.GatewayConfig;
import org.g5sahel.pcms.gateway.resilience.CircuitBreaker;

/**
 * One routed service: where it is, its own connection pool (a slow service cannot starve the others) and its circuit
 * breaker.
 */
public final class Upstream {

    private final String name;
    private final URI url;
    private final String basePath;
    private final long timeoutMillis;
    private final Duration poolWaitTimeout;
    private final HttpClient client;
    private final CircuitBreaker breaker;

    Upstream(String name, GatewayConfig.Route route, HttpClient client, CircuitBreaker breaker) {
        this.name = name;
        this.url = route.url();
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.timeoutMillis = Math.max(1, route.timeout().toMillis());
        this.poolWaitTimeout = route.poolWaitTimeout();
        this.client = client;
        this.breaker = breaker;
    }

    public String name() {
        return name;
    }

    public URI url() {
        return url;
    }

    public HttpClient client() {
        return client;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /**
     * The request URI at the service for a gateway path and query: the path is kept, after the URL's own path.
     */
    public String uriFor(String path, String query) {
        return basePath + path + (query == null ? "" : "?" + query);
    }

    /**
     * How long the service may stay silent once it has the whole request, in milliseconds.
     */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    /**
     * Longest wait for a free pooled connection.
     */
    public Duration poolWaitTimeout() {
        return poolWaitTimeout;
    }

    /**
     * Whether {@link #open} failed because no pooled connection became free in time. Opening a TCP connection that
     * times out fails with a {@link java.net.ConnectException} instead, and the wait for the answer is armed only after
     * {@link #open}.
     */
    public static boolean isPoolWaitTimeout(Throwable openFailure) {
        return openFailure instanceof TimeoutException;
    }

    /**
     * Opens a request to the service. The pool wait timeout bounds getting a connection; the caller arms the wait for
     * the answer ({@link HttpClientRequest#idleTimeout(long)}) once the request is sent, so that a slow upload from a
     * poor mobile link is not mistaken for a slow service.
     */
    public Future<HttpClientRequest> open(HttpMethod method, String uri) {
        return client.request(new RequestOptions()
                .setMethod(method)
                .setHost(url.getHost())
                .setPort(port())
                .setSsl("https".equalsIgnoreCase(url.getScheme()))
                .setURI(uri)
                .setConnectTimeout(Math.max(1, poolWaitTimeout.toMillis())));
    }

    private int port() {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
