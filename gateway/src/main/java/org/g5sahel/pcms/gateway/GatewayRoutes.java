package org.g5sahel.pcms.gateway;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.g5sahel.pcms.gateway.docs.ApiDocsHandler;
import org.g5sahel.pcms.gateway.docs.OpenApiHandler;
import org.g5sahel.pcms.gateway.edge.EdgeHandler;
import org.g5sahel.pcms.gateway.problem.ProblemFailureHandler;
import org.g5sahel.pcms.gateway.proxy.ApiProxyHandler;
import org.g5sahel.pcms.gateway.proxy.ConsoleProxyHandler;

/**
 * The gateway's routes, in the order a request meets them:
 * <ol>
 * <li>{@link EdgeHandler} (request id, security headers, declared body size), then Quarkus' CORS filter and OIDC
 * authentication, which refuses invalid tokens;</li>
 * <li>the public documentation: {@code /api/docs} and {@code /api/{service}/openapi};</li>
 * <li>{@code /api/**}, proxied to the services for authenticated callers;</li>
 * <li>Quarkus' {@code /q/health};</li>
 * <li>anything else: the officers' console when one is configured, else a {@code not-found} problem.</li>
 * </ol>
 * Every failure becomes a problem document through {@link ProblemFailureHandler}.
 */
@ApplicationScoped
public class GatewayRoutes {

    /**
     * After the gateway's routes and Quarkus' {@code /q} routes, but before Quarkus' static resources: the gateway
     * serves nothing else (the Swagger UI jar's own copies under {@code /openapi-ui} stay hidden).
     */
    private static final int CONSOLE_ORDER = RouteConstants.ROUTE_ORDER_DEFAULT - 1;

    private final EdgeHandler edge;
    private final ProblemFailureHandler failures;
    private final ApiDocsHandler docs;
    private final OpenApiHandler openApi;
    private final ApiProxyHandler proxy;
    private final ConsoleProxyHandler console;

    public GatewayRoutes(
            EdgeHandler edge,
            ProblemFailureHandler failures,
            ApiDocsHandler docs,
            OpenApiHandler openApi,
            ApiProxyHandler proxy,
            ConsoleProxyHandler console) {
        this.edge = edge;
        this.failures = failures;
        this.docs = docs;
        this.openApi = openApi;
        this.proxy = proxy;
        this.console = console;
    }

    void register(@Observes Router router) {
        router.route().order(EdgeHandler.ORDER).handler(edge);
        router.route().order(EdgeHandler.ORDER).failureHandler(failures);

        router.get("/api/docs").handler(docs::page);
        router.get("/api/docs/swagger-config").handler(docs::swaggerConfig);
        router.get("/api/docs/*").handler(docs::asset);
        router.get("/api/:service/openapi").handler(openApi::handle);

        router.route("/api/*").handler(proxy);

        router.route().order(CONSOLE_ORDER).handler(console);
    }
}
