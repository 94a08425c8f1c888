package org.g5sahel.pcms.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A directory for the tests, over real HTTP on a free port: {@code GET /api/directory/v1/contacts/{id}} answers the
 * directory's {@code ContactView} with the directory's visibility rule for what training relies on (a NATIONAL contact
 * is visible to its State only, a G5 one to every member), 401 without a bearer token, 404 for an unknown or hidden
 * contact. Tests add contacts with {@code PUT /contacts/{id}} (see {@code Directory}); they live as long as the test JVM.
 */
public class DirectoryTestResource implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTACTS = "/api/directory/v1/contacts/";

    private final Map<String, ObjectNode> contacts = new ConcurrentHashMap<>();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        return Map.of(
                "pcms.training.directory-url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if ("PUT".equals(method) && path.startsWith("/contacts/")) {
            ObjectNode contact = (ObjectNode) JSON.readTree(exchange.getRequestBody());
            contacts.put(path.substring("/contacts/".length()), contact);
            send(exchange, 204, null);
        } else if ("GET".equals(method) && path.equals("/last-authorization")) {
            send(exchange, 200, JSON.createObjectNode().put("authorization", lastAuthorization.get()));
        } else if ("GET".equals(method) && path.startsWith(CONTACTS)) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            lastAuthorization.set(authorization);
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                send(exchange, 401, problem(401));
                return;
            }
            ObjectNode contact = contacts.get(path.substring(CONTACTS.length()));
            if (contact == null || !visible(contact, callerState(authorization.substring(7)))) {
                send(exchange, 404, problem(404));
                return;
            }
            send(exchange, 200, contact);
        } else {
            send(exchange, 404, problem(404));
        }
    }

    private static boolean visible(JsonNode contact, String callerState) {
        JsonNode sharing = contact.path("sharing");
        return !"NATIONAL".equals(sharing.path("distribution").asText())
                || sharing.path("ownerState").asText().equals(callerState);
    }

    /** The State claim of the caller's token (its signature is the real services' business, not this stand-in's). */
    private static String callerState(String token) throws IOException {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return "";
        }
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]))
                .path("pcms_state")
                .asText();
    }

    private static ObjectNode problem(int status) {
        return JSON.createObjectNode()
                .put("type", "https://pcms.g5sahel.org/problems/" + (status == 401 ? "unauthenticated" : "not-found"))
                .put("status", status);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders()
                .set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
