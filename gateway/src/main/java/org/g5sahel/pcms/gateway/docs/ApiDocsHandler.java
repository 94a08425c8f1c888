package org.g5sahel.pcms.gateway.docs;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.gateway.problem.ProblemWriter;
import org.g5sahel.pcms.gateway.proxy.Upstream;
import org.g5sahel.pcms.gateway.proxy.UpstreamRegistry;

/**
 * {@code /api/docs}: one public page listing every routed service's OpenAPI document, with Swagger UI to browse them.
 * <p>
 * The page, its script and the Swagger UI configuration are built at startup from the routes, so a new service
 * appears without a rebuild (Quarkus' own Swagger UI takes its list at build time). The Swagger UI files come from the
 * {@code smallrye-open-api-ui} jar and are served by the gateway itself: the page loads nothing from elsewhere, which
 * lets its Content-Security-Policy forbid inline and third-party scripts.
 */
@ApplicationScoped
public class ApiDocsHandler {

    private static final String SWAGGER_UI = "META-INF/resources/openapi-ui/";

    private final ProblemWriter problems;
    private final Buffer page;
    private final Buffer swaggerConfig;
    private final Map<String, Asset> assets;

    public ApiDocsHandler(UpstreamRegistry upstreams, ProblemWriter problems) {
        this.problems = problems;
        String links = upstreams.all().stream()
                .map(Upstream::name)
                .map(name ->
                        "      <li><a href=\"/api/%1$s/openapi\">%1$s</a> — /api/%1$s/openapi</li>".formatted(name))
                .collect(Collectors.joining("\n"));
        this.page = Buffer.buffer(text("docs/index.html").replace("{{services}}", links));

        JsonArray urls = new JsonArray();
        upstreams
                .all()
                .forEach(upstream -> urls.add(new JsonObject()
                        .put("name", upstream.name())
                        .put("url", "/api/" + upstream.name() + "/openapi")));
        JsonObject config = new JsonObject().put("urls", urls).putNull("validatorUrl");
        if (!urls.isEmpty()) {
            config.put("urls.primaryName", urls.getJsonObject(0).getString("name"));
        }
        this.swaggerConfig = config.toBuffer();

        this.assets = Map.of(
                "docs.js",
                new Asset(bytes("docs/docs.js"), "text/javascript; charset=utf-8"),
                "docs.css",
                new Asset(bytes("docs/docs.css"), "text/css; charset=utf-8"),
                "ui/swagger-ui.css",
                new Asset(bytes(SWAGGER_UI + "swagger-ui.css"), "text/css; charset=utf-8"),
                "ui/swagger-ui-bundle.js",
                new Asset(bytes(SWAGGER_UI + "swagger-ui-bundle.js"), "text/javascript; charset=utf-8"),
                "ui/swagger-ui-standalone-preset.js",
                new Asset(bytes(SWAGGER_UI + "swagger-ui-standalone-preset.js"), "text/javascript; charset=utf-8"));
    }

    /** {@code GET /api/docs}. */
    public void page(RoutingContext context) {
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(page);
    }

    /** {@code GET /api/docs/swagger-config}: the Swagger UI settings, with one entry per routed service. */
    public void swaggerConfig(RoutingContext context) {
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(swaggerConfig);
    }

    /** {@code GET /api/docs/*}: the page's script and style sheets. */
    public void asset(RoutingContext context) {
        String name = context.normalizedPath().substring("/api/docs/".length());
        Asset asset = assets.get(name);
        if (asset == null) {
            problems.send(context, ProblemType.NOT_FOUND);
            return;
        }
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType())
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                .end(asset.content());
    }

    private record Asset(Buffer content, String contentType) {}

    private static String text(String resource) {
        return bytes(resource).toString(StandardCharsets.UTF_8);
    }

    private static Buffer bytes(String resource) {
        try (InputStream in = ApiDocsHandler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing class path resource " + resource);
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read class path resource " + resource, e);
        }
    }
}
