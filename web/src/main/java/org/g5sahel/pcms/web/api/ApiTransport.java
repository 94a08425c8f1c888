package org.g5sahel.pcms.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.g5sahel.pcms.web.config.WebConfig;

/**
 * The HTTP exchange with the gateway, shared by every request: turns problem documents into {@link ApiProblem} and an
 * unreachable or silent API into {@link ApiUnavailable}.
 */
@ApplicationScoped
public class ApiTransport {

    private final HttpClient client;

    public ApiTransport(WebConfig config) {
        this.client = Api.newClient(config);
    }

    record JsonResponse(int status, JsonNode body) {}

    JsonResponse exchange(HttpRequest request, ObjectMapper json) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ApiUnavailable(e);
        } catch (IOException e) {
            throw new ApiUnavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnavailable(e);
        }
        JsonNode body = parse(response.body(), json);
        if (response.statusCode() >= 400) {
            throw problem(response.statusCode(), body);
        }
        return new JsonResponse(response.statusCode(), body);
    }

    /**
     * Several exchanges at once; for each, in order, its {@link JsonResponse} or the {@link ApiProblem} /
     * {@link ApiUnavailable} it ended with.
     */
    List<Object> exchangeAll(List<HttpRequest> requests, ObjectMapper json) {
        List<java.util.concurrent.CompletableFuture<Object>> answers = requests.stream()
                .map(request -> client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                        .<Object>thenApply(response -> {
                            JsonNode body = parse(response.body(), json);
                            return response.statusCode() >= 400
                                    ? problem(response.statusCode(), body)
                                    : new JsonResponse(response.statusCode(), body);
                        })
                        .exceptionally(failure -> new ApiUnavailable(failure)))
                .toList();
        return answers.stream()
                .map(java.util.concurrent.CompletableFuture::join)
                .toList();
    }

    HttpResponse<InputStream> stream(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() >= 400) {
                byte[] body;
                try (InputStream in = response.body()) {
                    body = in.readAllBytes();
                }
                throw problem(response.statusCode(), parse(body, new ObjectMapper()));
            }
            return response;
        } catch (IOException e) {
            throw new ApiUnavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnavailable(e);
        }
    }

    private static JsonNode parse(byte[] body, ObjectMapper json) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static RuntimeException problem(int status, JsonNode body) {
        if (status >= 500 && status != 503) {
            return new ApiUnavailable(new IOException("The API answered " + status));
        }
        if (status == 503) {
            return new ApiUnavailable(new IOException("A service is unavailable"));
        }
        String title = body == null ? null : text(body, "title");
        String detail = body == null ? null : text(body, "detail");
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (body != null && body.path("errors").isArray()) {
            body.path("errors")
                    .forEach(error ->
                            errors.add(new ApiProblem.FieldError(text(error, "field"), text(error, "message"))));
        }
        return new ApiProblem(status, title == null ? "" : title, detail, errors);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
