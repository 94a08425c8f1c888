package org.g5sahel.pcms.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager.TestInjector.AnnotatedAndMatchesType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything the gateway needs around it in a test, without Keycloak or containers:
 * <ul>
 * <li>a token issuer: a fresh RSA key pair, whose public key the gateway trusts for issuer
 * {@value TestTokens#ISSUER} and audience {@value TestTokens#AUDIENCE} (no OIDC server is contacted);</li>
 * <li>a {@link FakeUpstream} service routed as {@code directory}, and as {@code slow} and {@code patient} with a
 * short timeout;</li>
 * <li>routes {@code stopped} and {@code tripping} to a closed port, the latter with a breaker that opens after
 * {@value #TRIPPING_THRESHOLD} failures;</li>
 * <li>a route {@code narrow} to the fake service with a single pooled connection and a breaker that opens at the first
 * failure;</li>
 * <li>a cap of {@value #IN_FLIGHT_PER_CALLER} requests in flight per caller.</li>
 * </ul>
 * Tests get the fake service with {@link InjectFakeUpstream} and the token factory with {@link InjectTestTokens}.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    public static final int TRIPPING_THRESHOLD = 2;
    public static final int MAX_BODY_SIZE = 64 * 1024;
    public static final String SHORT_TIMEOUT = "300ms";
    public static final int IN_FLIGHT_PER_CALLER = 3;

    private final FakeUpstream upstream = new FakeUpstream();
    private TestTokens tokens;

    @Override
    public Map<String, String> start() {
        KeyPair keys = rsaKeyPair();
        tokens = new TestTokens(keys.getPrivate());
        int upstreamPort = upstream.start();
        int closedPort = closedPort();

        Map<String, String> config = new HashMap<>();
        // An empty server URL: verify locally with the public key, never call an OIDC server.
        config.put("quarkus.oidc.auth-server-url", "");
        config.put(
                "quarkus.oidc.public-key",
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("quarkus.oidc.token.audience", TestTokens.AUDIENCE);

        config.put("pcms.gateway.routes.directory.url", "http://localhost:" + upstreamPort);
        config.put("pcms.gateway.public-paths", "/api/directory/v1/public/[^/]+");
        config.put("pcms.gateway.routes.slow.url", "http://localhost:" + upstreamPort);
        config.put("pcms.gateway.routes.slow.timeout", SHORT_TIMEOUT);
        config.put("pcms.gateway.routes.patient.url", "http://localhost:" + upstreamPort);
        config.put("pcms.gateway.routes.patient.timeout", SHORT_TIMEOUT);
        config.put("pcms.gateway.routes.stopped.url", "http://localhost:" + closedPort);
        config.put("pcms.gateway.routes.tripping.url", "http://localhost:" + closedPort);
        config.put(
                "pcms.gateway.routes.tripping.circuit-breaker.failure-threshold", String.valueOf(TRIPPING_THRESHOLD));
        config.put("pcms.gateway.routes.tripping.circuit-breaker.open-duration", "10m");

        config.put("pcms.gateway.routes.narrow.url", "http://localhost:" + upstreamPort);
        config.put("pcms.gateway.routes.narrow.max-connections", "1");
        config.put("pcms.gateway.routes.narrow.connect-timeout", "100ms");
        config.put("pcms.gateway.routes.narrow.pool-wait-timeout", SHORT_TIMEOUT);
        config.put("pcms.gateway.routes.narrow.circuit-breaker.failure-threshold", "1");
        config.put("pcms.gateway.in-flight.per-caller", String.valueOf(IN_FLIGHT_PER_CALLER));

        config.put("quarkus.http.limits.max-body-size", String.valueOf(MAX_BODY_SIZE));
        // The rate limit keeps its defaults: each test token has its own subject, hence its own bucket.
        return config;
    }

    @Override
    public void stop() {
        upstream.stop();
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                upstream, new AnnotatedAndMatchesType(InjectFakeUpstream.class, FakeUpstream.class));
        testInjector.injectIntoFields(tokens, new AnnotatedAndMatchesType(InjectTestTokens.class, TestTokens.class));
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on: bound, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
