package org.g5sahel.pcms.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform as a user meets it: Keycloak with the realm of {@code keycloak/realms}, every service of
 * {@code bin/services.conf} and the gateway started from their packaged jars, on ports, databases and an exchange of
 * their own so that they never meet the local run ({@code bin/pcms up}): a service's system-test port is 20000 + its
 * local port, its database {@code pcms_<name>_systest}. Started once per test JVM, stopped at its end.
 */
public final class Platform {

    public static final int KEYCLOAK_PORT = 28180;
    private static final int SYSTEST_PORT_OFFSET = 20000;
    public static final int GATEWAY_PORT = 28080;
    /** The console's own port; officers reach it through the gateway. */
    public static final int WEB_PORT = SYSTEST_PORT_OFFSET + 8087;

    public static final String KEYCLOAK = "http://localhost:" + KEYCLOAK_PORT;
    public static final String ISSUER = KEYCLOAK + "/realms/pcms";
    public static final String GATEWAY = "http://localhost:" + GATEWAY_PORT;
    public static final String DIRECTORY = "http://localhost:" + (SYSTEST_PORT_OFFSET + 8081);
    public static final String EXCHANGE = "pcms.systest.events";
    /** Requests that must answer: a hung one fails after 30 s instead of holding the build. */
    public static final io.restassured.config.RestAssuredConfig BOUNDED =
            io.restassured.config.RestAssuredConfig.config()
                    .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 30_000)
                            .setParam("http.connection.timeout", 5_000));
    /** Small enough for a burst test to cross, large enough for the other tests never to. */
    public static final int RATE_LIMIT_BURST = 60;

    /** What the platform starts besides the services of bin/services.conf. */
    private static final java.util.Set<String> NOT_SERVICES = java.util.Set.of("keycloak", "gateway", "web");

    static final Path ROOT =
            Path.of(System.getProperty("pcms.root", "..")).toAbsolutePath().normalize();
    private static final Path LOGS = Path.of(System.getProperty("pcms.logs", "target/platform-logs"));
    private static Platform instance;

    private final Map<String, Process> processes = new HashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    /** The services each service calls over HTTP: the further fields of its line in bin/services.conf. */
    private final Map<String, List<String>> calls = new HashMap<>();

    private Platform() {}

    public static synchronized Platform get() {
        if (instance == null) {
            Platform platform = new Platform();
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stopAll));
            platform.start();
            instance = platform;
        }
        return instance;
    }

    private void start() {
        try {
            Files.createDirectories(LOGS);
            readServices();
            startKeycloak();
            for (String service : ports.keySet()) {
                if (!NOT_SERVICES.contains(service)) {
                    recreateDatabase("pcms_" + service + "_systest");
                    startService(service);
                }
            }
            startGateway();
            recreateDatabase("pcms_web_systest");
            startWeb();
        } catch (IOException | java.sql.SQLException | RuntimeException e) {
            stopAll();
            throw new IllegalStateException("The platform did not start: " + e.getMessage(), e);
        }
    }

    /** The base URL of a service as the system tests start it, bypassing the gateway. */
    public static String service(String name) {
        return "http://localhost:" + get().port(name);
    }

    /** The services of bin/services.conf, in its order. */
    public static List<String> services() {
        return get().ports.keySet().stream()
                .filter(name -> !NOT_SERVICES.contains(name))
                .toList();
    }

    private int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException(name + " is not a service of bin/services.conf");
        }
        return port;
    }

    private void readServices() throws IOException {
        ports.put("keycloak", KEYCLOAK_PORT);
        for (String line : Files.readAllLines(ROOT.resolve("bin/services.conf"))) {
            String[] fields = line.replaceAll("#.*", "").strip().split("\\s+");
            if (fields.length >= 2) {
                ports.put(fields[0], SYSTEST_PORT_OFFSET + Integer.parseInt(fields[1]));
                calls.put(fields[0], List.of(fields).subList(2, fields.length));
            }
        }
        ports.put("gateway", GATEWAY_PORT);
        ports.put("web", WEB_PORT);
    }

    /** The environment variable of a property path's parts: upper case, dashes as underscores. */
    private static String variable(String name) {
        return name.replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    private void startKeycloak() throws IOException {
        Path home = Path.of(System.getProperty("pcms.keycloak.home"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        // The realms name the local run's Keycloak (the demo identity providers' broker endpoints): moved to this one.
        try (var realms = Files.newDirectoryStream(ROOT.resolve("keycloak/realms"), "*.json")) {
            for (Path realm : realms) {
                Files.writeString(
                        imports.resolve(realm.getFileName()),
                        Files.readString(realm).replace("http://localhost:8180", KEYCLOAK));
            }
        }
        // A fresh H2 store each run: --import-realm never overwrites an existing realm.
        deleteRecursively(home.resolve("data/h2"));
        ProcessBuilder builder = new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + KEYCLOAK_PORT,
                "--import-realm",
                "--hostname=" + KEYCLOAK,
                "--http-management-port=" + (KEYCLOAK_PORT + 1));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        launch("keycloak", builder);
        awaitUp("keycloak", ISSUER + "/.well-known/openid-configuration", Duration.ofMinutes(4));
    }

    /** A service from its packaged jar; also used to restart one after a test stopped it. */
    public void startService(String name) throws IOException {
        ProcessBuilder builder = java(ROOT.resolve("services/" + name + "/target/quarkus-app/quarkus-run.jar"));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port(name)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/pcms_" + name + "_systest");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", ISSUER);
        env.put("PCMS_BROKER_EXCHANGE", EXCHANGE);
        env.put("PCMS_BROKER_QUEUE_PREFIX", "systest." + name);
        env.put("PCMS_OUTBOX_INTERVAL", "500ms");
        // Every holder of strong identifiers keys them with the one platform key (the others never read it).
        env.put("PCMS_CORRELATION_KEY", "system-test-correlation-key");
        for (String called : calls.get(name)) {
            env.put(variable("PCMS_" + name + "_" + called + "_URL"), "http://localhost:" + port(called));
        }
        env.putAll(ownEnvironment(name));
        launch(name, builder);
        awaitUp(name, "http://localhost:" + port(name) + "/q/health/live", Duration.ofMinutes(2));
    }

    /** What a service needs beyond the common settings and the URLs of the services it calls: secrets, timeouts. */
    private Map<String, String> ownEnvironment(String name) {
        Path keys = LOGS.toAbsolutePath().getParent().resolve("platform-keys");
        return switch (name) {
            case "directory" ->
                Map.of(
                        "PCMS_DIRECTORY_IDENTITY_KEYCLOAK_URL",
                        KEYCLOAK,
                        "PCMS_DIRECTORY_IDENTITY_CLIENT_SECRET",
                        "demo-pcms-directory-secret");
            // A generous directory timeout: the build machine may be busy, and a slow answer is not what is tested.
            case "cases" -> Map.of("PCMS_CASES_DIRECTORY_TIMEOUT", "30s");
            case "training" ->
                Map.of(
                        "PCMS_TRAINING_DIRECTORY_TIMEOUT",
                        "30s",
                        "PCMS_TRAINING_CERTIFICATES_GENERATE_KEY",
                        "true",
                        "PCMS_TRAINING_CERTIFICATES_SIGNING_KEY",
                        keys.resolve("signing-key.pem").toString(),
                        "PCMS_TRAINING_CERTIFICATES_VERIFICATION_KEY",
                        keys.resolve("verification-key.pem").toString());
            default -> Map.of();
        };
    }

    private void startGateway() throws IOException {
        ProcessBuilder builder = java(ROOT.resolve("gateway/target/quarkus-app/quarkus-run.jar"));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(GATEWAY_PORT));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", ISSUER);
        for (String service : ports.keySet()) {
            if (!NOT_SERVICES.contains(service)) {
                env.put(variable("PCMS_GATEWAY_ROUTES_" + service + "_URL"), "http://localhost:" + port(service));
            }
        }
        env.put("PCMS_GATEWAY_ROUTES_CONSOLE_URL", "http://localhost:" + WEB_PORT);
        env.put("PCMS_GATEWAY_RATE_LIMIT_BURST", Integer.toString(RATE_LIMIT_BURST));
        env.put("PCMS_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND", "5");
        launch("gateway", builder);
        awaitUp("gateway", GATEWAY + "/q/health/live", Duration.ofMinutes(2));
    }

    /**
     * The officers' console, behind the gateway like in every deployment: officers open {@link #GATEWAY}. Its session
     * store is a database of its own; the key that seals the tokens there is this run's.
     */
    private void startWeb() throws IOException {
        ProcessBuilder builder = java(ROOT.resolve("web/target/quarkus-app/quarkus-run.jar"));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(WEB_PORT));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/pcms_web_systest");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", ISSUER);
        env.put("PCMS_WEB_API_URL", GATEWAY);
        env.put("PCMS_WEB_CLIENT_SECRET", "demo-pcms-web-secret");
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        env.put("PCMS_WEB_SESSION_ENCRYPTION_KEY", java.util.Base64.getEncoder().encodeToString(key));
        launch("web", builder);
        awaitUp("web", "http://localhost:" + WEB_PORT + "/q/health/live", Duration.ofMinutes(2));
    }

    /** A connection to a database of the machine's PostgreSQL, as its superuser (trust authentication). */
    public static Connection database(String name) throws java.sql.SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
    }

    /** Runs {@code rabbitmqctl <command>} on the machine's broker (stop_app, start_app, await_startup). */
    public static void rabbitmqctl(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("rabbitmqctl", command)
                .redirectErrorStream(true)
                .start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("rabbitmqctl " + command + " failed");
        }
    }

    /** Kills a process as a crash would ({@code kill -9}: no shutdown hook, no graceful stop), and waits until it is gone. */
    public void crash(String name) {
        Process process = processes.remove(name);
        if (process != null) {
            process.destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
        }
    }

    /** Kills a process the way an outage would, and waits until it is gone. */
    public void stop(String name) {
        Process process = processes.remove(name);
        if (process != null) {
            process.destroy();
            await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
        }
    }

    private void stopAll() {
        List<String> names = new ArrayList<>(ports.keySet());
        Collections.reverse(names);
        List<Process> stopping = new ArrayList<>();
        for (String name : names) {
            Process process = processes.remove(name);
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                stopping.add(process);
            }
        }
        // A process that does not stop in time is killed: it would hold its port against the next run.
        for (Process process : stopping) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private ProcessBuilder java(Path jar) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the system tests run after the modules are packaged");
        }
        return new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString());
    }

    private void launch(String name, ProcessBuilder builder) throws IOException {
        int port = port(name);
        try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
            throw new IllegalStateException("Port " + port + " is already taken: " + name + " cannot start");
        } catch (java.net.ConnectException free) {
            // the port is free, as it must be
        }
        Path log = LOGS.resolve(name + ".log");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        processes.put(name, builder.start());
    }

    private void awaitUp(String name, String url, Duration timeout) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await(name + " at " + url)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Process process = processes.get(name);
                    if (process != null && !process.isAlive()) {
                        throw new IllegalStateException(name + " exited; see " + LOGS.resolve(name + ".log"));
                    }
                    try {
                        return client.send(
                                                HttpRequest.newBuilder(URI.create(url))
                                                        .timeout(Duration.ofSeconds(5))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    private static void recreateDatabase(String database) throws java.sql.SQLException {
        try (Connection admin = database("postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
