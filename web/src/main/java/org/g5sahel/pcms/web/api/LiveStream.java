package org.g5sahel.pcms.web.api;

import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.g5sahel.pcms.web.config.WebConfig;

/**
 * The API's server-sent events ({@code /api/alerts/v1/stream}) for one officer, read without blocking a thread: a page
 * left open on a phone costs a connection, not a worker.
 */
@ApplicationScoped
public class LiveStream {

    /** One event of the stream: its name ({@code message} when unnamed) and data. */
    public record Event(String name, String data) {}

    private final HttpClient client;
    private final WebConfig config;

    public LiveStream(Vertx vertx, WebConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false));
        this.config = config;
    }

    public Multi<Event> open(String accessToken, String language) {
        var url = config.apiUrl();
        int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return Multi.createFrom()
                .emitter(emitter -> client.request(new RequestOptions()
                                .setMethod(HttpMethod.GET)
                                .setHost(url.getHost())
                                .setPort(port)
                                .setSsl("https".equals(url.getScheme()))
                                .setURI(url.getRawPath() + "/api/alerts/v1/stream")
                                .putHeader("Authorization", "Bearer " + accessToken)
                                .putHeader("Accept", "text/event-stream")
                                .putHeader("Accept-Language", language))
                        .compose(request -> request.send())
                        .onFailure(emitter::fail)
                        .onSuccess(response -> {
                            if (response.statusCode() != 200) {
                                emitter.fail(
                                        new ApiUnavailable(new java.io.IOException("stream " + response.statusCode())));
                                return;
                            }
                            SseParser parser = new SseParser((name, data) -> emitter.emit(new Event(name, data)));
                            response.handler(parser::feed);
                            response.endHandler(done -> emitter.complete());
                            response.exceptionHandler(emitter::fail);
                            emitter.onTermination(
                                    () -> response.request().connection().close());
                        }));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
