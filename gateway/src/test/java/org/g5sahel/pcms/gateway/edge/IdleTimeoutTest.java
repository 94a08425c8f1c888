package org.g5sahel.pcms.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.g5sahel.pcms.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/**
 * The idle timeout the gateway ships with, which {@link SlowClientTest} shows also bounds the time to send headers:
 * short enough that dribbling clients cannot pile up, longer than any route's wait for its service.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class IdleTimeoutTest {

    @ConfigProperty(name = "quarkus.http.idle-timeout")
    Duration idleTimeout;

    @Inject
    GatewayConfig config;

    @Test
    void closesIdleConnectionsWithinAMinuteButNotBeforeAServiceMayAnswer() {
        assertThat(idleTimeout).isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(config.routes().values())
                .allSatisfy(route -> assertThat(route.timeout()).isLessThan(idleTimeout));
    }
}
