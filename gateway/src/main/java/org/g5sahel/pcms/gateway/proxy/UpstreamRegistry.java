package org.g5sahel.pcms.gateway.proxy;

import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.g5sahel.pcms.gateway.config.GatewayConfig;
import org.g5sahel.pcms.gateway.resilience.CircuitBreaker;

/**
 * The routed services, built once from {@code pcms.gateway.routes.*} at startup.
 */
@ApplicationScoped
public class UpstreamRegistry {

    /** Service names: the first path segment after {@code /api/}. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    /** The route of the officers' console: not a service, so never routed under {@code /api/}. */
    static final String CONSOLE = "console";

    /** Path segments under {@code /api/} that the gateway serves itself. */
    private static final Set<String> RESERVED = Set.of("docs");

    private final Map<String, Upstream> upstreams = new TreeMap<>();
    private final Optional<Upstream> console;

    public UpstreamRegistry(
            GatewayConfig config,
            Vertx vertx,
            @ConfigProperty(name = "quarkus.http.idle-timeout") Duration clientIdleTimeout) {
        Upstream consoleRoute = null;
        for (var entry : config.routes().entrySet()) {
            String name = entry.getKey();
            GatewayConfig.Route route = entry.getValue();
            validate(name, route);
            if (name.equals(CONSOLE)) {
                consoleRoute = create(vertx, name, route, clientIdleTimeout);
                Log.infof("Routing the console's paths to %s", route.url());
            } else {
                upstreams.put(name, create(vertx, name, route, clientIdleTimeout));
                Log.infof("Routing /api/%s/** to %s (timeout %s)", name, route.url(), route.timeout());
            }
        }
        if (upstreams.isEmpty()) {
            Log.warn("No route is configured (pcms.gateway.routes.<service>.url): the gateway is not ready");
        }
        this.console = Optional.ofNullable(consoleRoute);
    }

    private static Upstream create(Vertx vertx, String name, GatewayConfig.Route route, Duration clientIdleTimeout) {
        if (route.timeout().compareTo(clientIdleTimeout) >= 0) {
            Log.warnf(
                    "pcms.gateway.routes.%s.timeout (%s) is not shorter than quarkus.http.idle-timeout (%s): "
                            + "a client may be cut off before the gateway answers 504",
                    name, route.timeout(), clientIdleTimeout);
        }
        var clientOptions = new HttpClientOptions()
                .setName("pcms-gateway-" + name)
                .setConnectTimeout((int) Math.min(
                        Integer.MAX_VALUE, Math.max(1, route.connectTimeout().toMillis())))
                .setKeepAlive(true)
                .setDecompressionSupported(false);
        var poolOptions = new PoolOptions().setHttp1MaxSize(route.maxConnections());
        var breaker = new CircuitBreaker(
                route.circuitBreaker().failureThreshold(),
                route.circuitBreaker().openDuration(),
                System::nanoTime);
        return new Upstream(name, route, vertx.createHttpClient(clientOptions, poolOptions), breaker);
    }

    /** The console, when one is configured. */
    public Optional<Upstream> console() {
        return console;
    }

    public Optional<Upstream> find(String name) {
        return Optional.ofNullable(upstreams.get(name));
    }

    /**
     * The routed services, by name.
     */
    public Collection<Upstream> all() {
        return upstreams.values();
    }

    @PreDestroy
    void close() {
        upstreams.values().forEach(upstream -> upstream.client().close());
        console.ifPresent(upstream -> upstream.client().close());
    }

    private static void validate(String name, GatewayConfig.Route route) {
        String key = "pcms.gateway.routes." + name + ".url";
        if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
            throw new ConfigurationException("Invalid service name '" + name + "' in " + key
                    + ": lower-case letters, digits and '-', not " + RESERVED);
        }
        var url = route.url();
        if (url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new ConfigurationException(key + " must be an http or https URL with a host, was " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new ConfigurationException(key + " must not have a query or fragment, was " + url);
        }
        if (route.poolWaitTimeout().compareTo(route.connectTimeout()) <= 0) {
            // Else a connection being opened to an unreachable service would end as the gateway's overload, which the
            // breaker ignores.
            throw new ConfigurationException("pcms.gateway.routes." + name + ".pool-wait-timeout must be longer than "
                    + "its connect-timeout (" + route.connectTimeout() + "), was " + route.poolWaitTimeout());
        }
    }
}
