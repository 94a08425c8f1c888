package org.g5sahel.pcms.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.g5sahel.pcms.gateway.proxy.UpstreamRegistry;

/**
 * Ready when at least one service is routed. Deliberately not tied to the services' health: a service that is down
 * is the circuit breaker's business; taking the gateway out of the load balancer would make every service
 * unreachable. The breakers' states are shown for operators.
 */
@Readiness
@ApplicationScoped
public class RoutesReadinessCheck implements HealthCheck {

    private final UpstreamRegistry upstreams;

    public RoutesReadinessCheck(UpstreamRegistry upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("gateway-routes")
                .status(!upstreams.all().isEmpty())
                .withData("routes", upstreams.all().size());
        upstreams
                .all()
                .forEach(upstream -> response.withData(
                        upstream.name(),
                        "circuit " + upstream.breaker().state().name().toLowerCase(java.util.Locale.ROOT)));
        return response.build();
    }
}
