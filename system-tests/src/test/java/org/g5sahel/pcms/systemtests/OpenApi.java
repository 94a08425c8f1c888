package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every operation of every service, read from the OpenAPI document the service publishes: the base of the
 * authorization matrix and of the hostile-input tests, so that an operation added tomorrow is covered without a line
 * of test.
 */
final class OpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static List<Operation> cached;

    private OpenApi() {}

    /**
     * One operation. {@code roles} are those of its security requirement (empty: any authenticated caller);
     * {@code publicPath} when the gateway lets it through without a token.
     */
    record Operation(
            String service,
            String method,
            String path,
            List<String> roles,
            boolean publicPath,
            JsonNode requestBody,
            JsonNode bodySchema,
            boolean streaming) {

        boolean hasJsonBody() {
            return requestBody != null && requestBody.path("content").has("application/json");
        }

        boolean hasXmlBody() {
            return requestBody != null
                    && (requestBody.path("content").has("application/xml")
                            || requestBody.path("content").has("text/xml"));
        }

        /** The path with every parameter filled by a value that names nothing. */
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        String directUrl() {
            return Platform.service(service) + concretePath();
        }

        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    static synchronized List<Operation> operations() {
        if (cached == null) {
            List<Pattern> publicPaths = publicPaths();
            List<Operation> operations = new ArrayList<>();
            for (String service : Platform.services()) {
                JsonNode document = readTree(given().queryParam("format", "json")
                        .get(Platform.service(service) + "/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
                Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                while (paths.hasNext()) {
                    Map.Entry<String, JsonNode> path = paths.next();
                    path.getValue().fields().forEachRemaining(operation -> {
                        if (METHODS.contains(operation.getKey())) {
                            JsonNode body = operation.getValue().get("requestBody");
                            operations.add(new Operation(
                                    service,
                                    operation.getKey(),
                                    path.getKey(),
                                    roles(operation.getValue()),
                                    isPublic(publicPaths, path.getKey()),
                                    body,
                                    resolve(
                                            document,
                                            body == null
                                                    ? null
                                                    : body.path("content")
                                                            .path("application/json")
                                                            .path("schema")),
                                    streams(operation.getValue())));
                        }
                    });
                }
            }
            cached = List.copyOf(operations);
        }
        return cached;
    }

    /** A schema with its {@code $ref} to the components followed once: enough to know a body's properties. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/")
                ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    /** A server-sent event stream never ends: callers allowed in are only checked for the start of the answer. */
    private static boolean streams(JsonNode operation) {
        List<Boolean> streaming = new ArrayList<>();
        operation
                .path("responses")
                .forEach(response -> streaming.add(response.path("content").has("text/event-stream")));
        return streaming.contains(true);
    }

    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation
                .path("security")
                .forEach(requirement -> requirement
                        .fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    /** A path template is public when a concrete path made from it matches one of the gateway's public paths. */
    private static boolean isPublic(List<Pattern> publicPaths, String template) {
        String concrete = template.replaceAll("\\{[^}]+}", "X");
        return publicPaths.stream()
                .anyMatch(pattern -> pattern.matcher(concrete).matches());
    }

    private static List<Pattern> publicPaths() {
        Properties gateway = new Properties();
        try (var in =
                Files.newInputStream(Platform.ROOT.resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : gateway.getProperty("pcms.gateway.public-paths", "").split(",")) {
            if (!regex.isBlank()) {
                patterns.add(Pattern.compile(regex.strip()));
            }
        }
        return patterns;
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
