package org.g5sahel.pcms.web.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.g5sahel.pcms.web.config.WebConfig;

/** The API's public paths, called without a token: what the sign-in page needs before anyone is signed in. */
@ApplicationScoped
public class PublicApi {

    private final ApiTransport transport;
    private final ObjectMapper json;
    private final WebConfig config;

    public PublicApi(ApiTransport transport, ObjectMapper json, WebConfig config) {
        this.transport = transport;
        this.json = json;
        this.config = config;
    }

    /**
     * The sign-in page is public: the console asks the API at most once a minute, so that a flood of visitors neither
     * loads the directory nor spends the gateway's per-address allowance of the console's own address.
     */
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private volatile CachedOptions cached;

    private record CachedOptions(List<Map<String, Object>> options, Instant until) {}

    /** The agencies whose officers sign in with their own identity provider: code, name, State and provider alias. */
    public List<Map<String, Object>> signInOptions(String language) {
        CachedOptions current = cached;
        if (current != null && Instant.now().isBefore(current.until())) {
            return current.options();
        }
        List<Map<String, Object>> options = List.copyOf(fetchSignInOptions(language));
        cached = new CachedOptions(options, Instant.now().plus(FRESH_FOR));
        return options;
    }

    private List<Map<String, Object>> fetchSignInOptions(String language) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(config.apiUrl() + "/api/directory/v1/public/sign-in-options"))
                .timeout(config.apiTimeout())
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .GET()
                .build();
        return json.convertValue(transport.exchange(request, json).body(), new TypeReference<>() {});
    }
}
