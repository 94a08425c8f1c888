package org.g5sahel.pcms.commons.messaging;

import com.rabbitmq.client.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness includes the broker (DESIGN §4): events written while it is down wait in the outbox. */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {

    private final BrokerConnection broker;

    public BrokerHealthCheck(BrokerConnection broker) {
        this.broker = broker;
    }

    @Override
    public HealthCheckResponse call() {
        if (broker.isOpen()) {
            return HealthCheckResponse.up("broker");
        }
        try (Channel channel = broker.openChannel()) {
            return HealthCheckResponse.up("broker");
        } catch (IOException | java.util.concurrent.TimeoutException | RuntimeException e) {
            return HealthCheckResponse.named("broker")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
