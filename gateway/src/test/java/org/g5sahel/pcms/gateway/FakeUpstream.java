package org.g5sahel.pcms.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a PCMS service: records every request it receives and answers with what it saw (method, path,
 * query, headers, body size) as JSON. Also serves {@code /q/openapi}, under {@code /api/slow/} answers too late, and
 * to a path ending in {@code /too-large} answers a bare 413.
 */
public final class FakeUpstream {

    /**
     * One request as the service received it.
     */
    public record Received(String method, String path, String query, MultiMap headers, long bodyLength) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    static final JsonObject OPENAPI = new JsonObject("""
            {"openapi": "3.1.0",
             "info": {"title": "directory", "version": "1.0"},
             "servers": [{"url": "http://directory.internal:8080"}],
             "paths": {"/api/directory/v1/agencies": {"get": {"responses": {"200": {"description": "OK"}}}}}}
            """);

    private final Vertx vertx = Vertx.vertx();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> begun = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /**
     * Starts on a free port of the loopback interface.
     */
    public int start() {
        try {
            server = vertx.createHttpServer()
                    .requestHandler(this::handle)
                    .listen(0, "localhost")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the fake upstream service", e);
        }
        return server.actualPort();
    }

    public void stop() {
        vertx.close()
                .toCompletionStage()
                .toCompletableFuture()
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
    }

    /**
     * Whether a request for exactly this path has begun to arrive (its headers are in), whole or not.
     */
    public boolean begun(String path) {
        return begun.contains(path);
    }

    /**
     * The requests received for exactly this path.
     */
    public List<Received> requestsTo(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpServerRequest request) {
        begun.add(request.path());
        long[] bodyLength = {0};
        request.handler(chunk -> bodyLength[0] += chunk.length());
        request.endHandler(end -> {
            received.add(new Received(
                    request.method().name(),
                    request.path(),
                    request.query(),
                    MultiMap.caseInsensitiveMultiMap().addAll(request.headers()),
                    bodyLength[0]));
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(OPENAPI.encode());
            } else if (request.path().endsWith("/too-large")) {
                // What a service's HTTP layer answers to a chunked body over its limit: a status, no body.
                request.response().setStatusCode(413).end();
            } else if (request.path().startsWith("/api/slow/")) {
                vertx.setTimer(3_000, id -> request.response().end("too late"));
            } else {
                echo(request, bodyLength[0]);
            }
        });
    }

    private static void echo(HttpServerRequest request, long bodyLength) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
        JsonObject body = new JsonObject(Map.of(
                "method",
                request.method().name(),
                "path",
                request.path(),
                "query",
                request.query() == null ? "" : request.query(),
                "headers",
                headers,
                "bodyLength",
                bodyLength));
        request.response()
                .putHeader("Content-Type", "application/json")
                // What a careless service might send: the gateway must not let these through.
                .putHeader("Server", "fake-upstream/1.0")
                .putHeader("X-Powered-By", "Express")
                .putHeader("Cache-Control", "public, max-age=600")
                .putHeader("Access-Control-Allow-Origin", "*")
                .end(body.encode());
    }
}
