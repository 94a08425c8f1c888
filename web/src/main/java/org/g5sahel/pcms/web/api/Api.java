package org.g5sahel.pcms.web.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.RequestScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.g5sahel.pcms.web.config.WebConfig;
import org.g5sahel.pcms.web.i18n.Language;

/**
 * The public API through the gateway, called with the signed-in officer's own access token and language. The console
 * has no other way to reach data: what the API refuses, the console cannot show.
 */
@RequestScoped
public class Api {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final TypeReference<List<Object>> ARRAY = new TypeReference<>() {};

    private final ApiTransport transport;
    private final AccessTokenCredential accessToken;
    private final Language language;
    private final ObjectMapper json;
    private final WebConfig config;

    public Api(
            ApiTransport transport,
            AccessTokenCredential accessToken,
            Language language,
            ObjectMapper json,
            WebConfig config) {
        this.transport = transport;
        this.accessToken = accessToken;
        this.language = language;
        this.json = json;
        this.config = config;
    }

    /** GET of a JSON object. */
    public Map<String, Object> get(String path, Object... query) {
        return json.convertValue(send("GET", path, query, null, null).body(), OBJECT);
    }

    /** GET of a JSON array. */
    public List<Object> list(String path, Object... query) {
        return json.convertValue(send("GET", path, query, null, null).body(), ARRAY);
    }

    /**
     * GETs sent together (the officer's token and language read once, here): a page that asks every service waits for
     * the slowest, not for their sum. Each answer is the object (or, for a JSON array, the list), or the problem or
     * unavailability that service answered.
     */
    public List<Object> getAll(List<String> paths) {
        List<HttpRequest> requests = paths.stream()
                .map(path -> base(path, new Object[0]).GET().build())
                .toList();
        return transport.exchangeAll(requests, json).stream()
                .map(answer -> answer instanceof ApiTransport.JsonResponse response ? asValue(response.body()) : answer)
                .toList();
    }

    /** GET that answers nothing instead of a 404 (a record the officer may not see is absent, not an error). */
    public Optional<Map<String, Object>> find(String path) {
        try {
            return Optional.of(get(path));
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** POST of a JSON body; the JSON answer, or an empty object for 204. */
    public Map<String, Object> post(String path, Object body) {
        return asObject(send("POST", path, new Object[0], body, null).body());
    }

    /** PUT with If-Match (the API's optimistic locking). */
    public Map<String, Object> put(String path, Object body, long version) {
        return asObject(
                send("PUT", path, new Object[0], body, "\"" + version + "\"").body());
    }

    /** POST of raw bytes (a file), with its name in the query. */
    public Map<String, Object> upload(String path, String fileName, String contentType, byte[] content) {
        HttpRequest request = base(path, new Object[] {"name", fileName})
                .header(
                        "Content-Type",
                        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        return asObject(transport.exchange(request, json).body());
    }

    /** A download, streamed: the file never lands on the console's disk. */
    public HttpResponse<InputStream> download(String path) {
        return transport.stream(base(path, new Object[0]).GET().build());
    }

    /** A JSON array as a list, anything else as an object. */
    private Object asValue(JsonNode node) {
        return node != null && node.isArray() ? json.convertValue(node, ARRAY) : asObject(node);
    }

    private Map<String, Object> asObject(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? Map.of() : json.convertValue(node, OBJECT);
    }

    private ApiTransport.JsonResponse send(String method, String path, Object[] query, Object body, String ifMatch) {
        HttpRequest.Builder builder = base(path, query);
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            try {
                builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            } catch (IOException e) {
                throw new IllegalArgumentException("A form always serialises to JSON", e);
            }
        }
        return transport.exchange(builder.build(), json);
    }

    private HttpRequest.Builder base(String path, Object[] query) {
        return HttpRequest.newBuilder(URI.create(config.apiUrl() + path + queryString(query)))
                .timeout(config.apiTimeout())
                .header("Authorization", "Bearer " + accessToken.getToken())
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language.tag());
    }

    /** Name-value pairs; blank values are left out, as an empty form field means "no filter". */
    public static String queryString(Object[] pairs) {
        Map<String, String> present = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null && !value.toString().isBlank()) {
                present.put(pairs[i].toString(), value.toString());
            }
        }
        if (present.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        present.forEach((name, value) -> parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return "?" + String.join("&", parts);
    }

    /** Keeps JDK HttpClient's one instance for the whole console. */
    public static HttpClient newClient(WebConfig config) {
        return HttpClient.newBuilder()
                .connectTimeout(config.apiTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
