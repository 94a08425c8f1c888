package org.g5sahel.pcms.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.gateway.config.GatewayConfig;
import org.g5sahel.pcms.gateway.edge.EdgeHandler;
import org.g5sahel.pcms.gateway.problem.ProblemWriter;

/**
 * Every path outside {@code /api/} and the gateway's own: the officers' console, streamed like an API exchange (same
 * forwarded headers, timeouts and breaker), without a token check or a rate limit here. The console signs officers
 * in itself and calls the API, where both apply, with the officer's token.
 */
@ApplicationScoped
public class ConsoleProxyHandler implements Handler<RoutingContext> {

    private final UpstreamRegistry upstreams;
    private final ProblemWriter problems;
    private final EdgeHandler edge;
    private final GatewayConfig config;

    public ConsoleProxyHandler(
            UpstreamRegistry upstreams, ProblemWriter problems, EdgeHandler edge, GatewayConfig config) {
        this.upstreams = upstreams;
        this.problems = problems;
        this.edge = edge;
        this.config = config;
    }

    @Override
    public void handle(RoutingContext context) {
        if (upstreams.console().isEmpty()) {
            problems.send(context, ProblemType.NOT_FOUND);
            return;
        }
        ForwardingInterceptor.forward(
                upstreams.console().get(),
                context,
                problems,
                edge.maxBodySize(),
                config.requestTimeouts().body());
    }
}
