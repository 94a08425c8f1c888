package org.g5sahel.pcms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the bench instance lives ({@code PCMS_INSTANCE=bench bin/pcms up}): the services of {@code bin/services.conf}
 * on their local port + 10000, the gateway on 18080, databases {@code pcms_<name>_bench}, pids and secrets under
 * {@code .pcms/bench/run}; Keycloak is the shared one on 8180. Also hands out access tokens of the demo users.
 */
public final class Platform {

    /** The bench instance's port offset, as in bin/lib/common.sh. */
    static final int PORT_OFFSET = 10000;

    static final int GATEWAY_PORT = 8080 + PORT_OFFSET;
    /** Access tokens live 300 s in the realm: one is reused for at most this long. */
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(120);

    private final Path root;
    private final Map<String, Integer> servicePorts;
    private final String realmUrl;
    private final String pgHost;
    private final String pgPort;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, long takenAtNanos) {}

    Platform(Path root) throws IOException {
        this.root = root;
        this.servicePorts = readServices(root.resolve("bin/services.conf"));
        this.realmUrl = System.getenv().getOrDefault("PCMS_REALM_URL", "http://localhost:8180/realms/pcms");
        this.pgHost = System.getenv().getOrDefault("PCMS_PG_HOST", "127.0.0.1");
        this.pgPort = System.getenv().getOrDefault("PCMS_PG_PORT", "5432");
    }

    private static Map<String, Integer> readServices(Path conf) throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String line : Files.readAllLines(conf)) {
            String content = line.replaceAll("#.*", "").strip();
            if (!content.isEmpty()) {
                String[] fields = content.split("\\s+");
                ports.put(fields[0], Integer.parseInt(fields[1]) + PORT_OFFSET);
            }
        }
        return ports;
    }

    public Path root() {
        return root;
    }

    /** The services of bin/services.conf, in its order. */
    public List<String> services() {
        return List.copyOf(servicePorts.keySet());
    }

    public String serviceUrl(String service) {
        Integer port = servicePorts.get(service);
        if (port == null) {
            throw new IllegalArgumentException("no service " + service + " in bin/services.conf");
        }
        return "http://localhost:" + port;
    }

    public String gatewayUrl() {
        return "http://localhost:" + GATEWAY_PORT;
    }

    /** The base URL of an application of the instance: a service, or {@code gateway}. */
    public String appUrl(String app) {
        return "gateway".equals(app) ? gatewayUrl() : serviceUrl(app);
    }

    public static String database(String service) {
        return "pcms_" + service.replace('-', '_') + "_bench";
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database, "postgres", "");
    }

    public String pgHost() {
        return pgHost;
    }

    public String pgPort() {
        return pgPort;
    }

    private Path runDir() {
        return root.resolve(".pcms/bench/run");
    }

    /** The pid of an application started by bin/pcms, from its pid file. */
    public long pid(String app) throws IOException {
        return Long.parseLong(Files.readString(runDir().resolve(app + ".pid")).strip());
    }

    /** The HMAC key bin/pcms gave the bench instance's cases service (the file's content, as the shell reads it). */
    public String correlationKey() throws IOException {
        return Files.readString(runDir().resolve("correlation.key")).stripTrailing();
    }

    /** An access token of a demo user (password "demo", password grant on pcms-cli, like {@code bin/pcms token}). */
    public String token(String user) {
        Token cached = tokens.get(user);
        if (cached != null && System.nanoTime() - cached.takenAtNanos() < TOKEN_REUSE.toNanos()) {
            return cached.value();
        }
        String form = "grant_type=password&client_id=pcms-cli&password=demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(response.body());
            if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
                throw new IllegalStateException("no token for " + user + ": " + response.body());
            }
            String value = body.get("access_token").asText();
            tokens.put(user, new Token(value, System.nanoTime()));
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak does not answer at " + realmUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
