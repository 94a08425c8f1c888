package org.g5sahel.pcms.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Configuration of the gateway, under {@code pcms.gateway}.
 * <p>
 * Standard Quarkus keys cover the rest: {@code quarkus.oidc.*} (token check), {@code quarkus.http.cors.*} (web
 * origins) and {@code quarkus.http.limits.max-body-size} (request body limit).
 */
@ConfigMapping(prefix = "pcms.gateway")
public interface GatewayConfig {

    /**
     * The upstream services, keyed by the service name: {@code /api/{name}/**} is routed to the service's URL with the
     * path unchanged. Set from the list of services ({@code bin/services.conf}, the chart's values) by whatever starts the
     * gateway, one {@code PCMS_GATEWAY_ROUTES_<NAME>_URL=http://host:port} per service: no route is written here.
     * <p>
     * The route named {@code console} is the officers' console ({@code web/}), not a service: every path outside
     * {@code /api/} and the gateway's own goes to it, so that the console and the API share one origin. Without it,
     * those paths are {@code not-found} problems.
     */
    Map<String, Route> routes();

    /**
     * Paths under {@code /api/} that anyone may call without a token (regular expressions matched against the whole
     * normalised path), such as the public verification of a training certificate. The service still decides what
     * such a call may do; the gateway rate-limits anonymous callers by their address.
     */
    Optional<List<Pattern>> publicPaths();

    /**
     * Per-client rate limiting of {@code /api/**}.
     */
    RateLimit rateLimit();

    /**
     * The API documentation page ({@code /api/docs}) and the per-service OpenAPI documents.
     */
    Docs docs();

    /**
     * Security headers added to every response.
     */
    Headers headers();

    /**
     * How long a client may take to send a request body: while it streams, the body holds one of the service's pooled
     * connections.
     */
    RequestTimeouts requestTimeouts();

    /**
     * Per-caller cap on requests in flight at once, so that one caller cannot take every connection to a service.
     */
    InFlight inFlight();

    /**
     * One upstream service.
     */
    interface Route {

        /**
         * Base URL of the service, {@code http} or {@code https}, e.g. {@code http://directory:8080}. A path in this URL
         * is prepended to the request path.
         */
        URI url();

        /**
         * Longest wait for the service to start answering once it has the whole request, and longest silence while it
         * answers, before the gateway answers 504 (a slow upload is not counted).
         */
        @WithDefault("10s")
        Duration timeout();

        /**
         * Longest wait for a TCP connection to the service before the gateway answers 503.
         */
        @WithDefault("1s")
        Duration connectTimeout();

        /**
         * Most connections kept open to the service by each gateway instance.
         */
        @WithDefault("50")
        int maxConnections();

        /**
         * Longest wait for a free pooled connection when all {@code max-connections} are busy. After it the gateway
         * answers 503 with {@code Retry-After}: the gateway is overloaded, which says nothing about the service, so the
         * circuit breaker does not count it. Must be longer than {@code connect-timeout}, so that a connection being
         * opened to an unreachable service fails as such first.
         */
        @WithDefault("2s")
        Duration poolWaitTimeout();

        /**
         * Circuit breaker protecting the service (and the gateway) while the service is down.
         */
        CircuitBreaker circuitBreaker();
    }

    /**
     * Circuit breaker of one route.
     */
    interface CircuitBreaker {

        /**
         * Consecutive failures (connection refused, timeout, 502/503/504 from the service) that open the breaker.
         */
        @WithDefault("5")
        int failureThreshold();

        /**
         * How long an open breaker rejects requests before letting one trial request through.
         */
        @WithDefault("30s")
        Duration openDuration();
    }

    /**
     * Token bucket per client, keyed by the token's {@code azp} (client) and {@code sub} (subject). The buckets are
     * kept in memory: with N gateway replicas, a client may send up to N times the limit.
     */
    interface RateLimit {

        /**
         * Whether requests are rate limited.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * Sustained rate allowed per client, in requests per second (fractions allowed).
         */
        @WithDefault("20")
        double requestsPerSecond();

        /**
         * Bucket size: how many requests a client may send at once after being idle.
         */
        @WithDefault("40")
        int burst();

        /**
         * How often buckets of idle clients are dropped from memory.
         */
        @WithDefault("1m")
        Duration evictionInterval();

        /**
         * Name screening, a class of its own: a manifest is one request, and a border post's single checks come one
         * after the other all day; they must not be throttled like the rest of the API.
         */
        Screening screening();

        interface Screening {

            /** Paths (regular expressions on the whole path) counted in the screening class, apart from the rest. */
            @WithDefault("/api/alerts/v1/screenings,/api/aml/v1/screenings")
            List<String> paths();

            /** Sustained screening requests allowed per client, per second. */
            @WithDefault("200")
            double requestsPerSecond();

            /** Screening requests a client may send at once after being idle. */
            @WithDefault("400")
            int burst();
        }
    }

    /**
     * The API documentation.
     */
    interface Docs {

        /**
         * How long a service's OpenAPI document is cached by the gateway (the documents are public: the cache keeps
         * anonymous readers from loading the services).
         */
        @WithDefault("60s")
        Duration cacheTtl();

        /**
         * Largest OpenAPI document accepted from a service, in bytes.
         */
        @WithDefault("5242880")
        int maxDocumentSize();
    }

    /**
     * Security headers.
     */
    interface Headers {

        /**
         * Value of {@code Strict-Transport-Security}.
         */
        @WithDefault("max-age=31536000; includeSubDomains")
        String strictTransportSecurity();
    }

    /**
     * Time limits on receiving a client's request.
     */
    interface RequestTimeouts {

        /**
         * Longest time to receive a request's whole body once its headers are in. After it the gateway stops
         * forwarding the body, frees the service's connection and answers 408 (problem+json), then closes the
         * connection. Uploads slower than the largest body divided by this time are refused. (The headers are bounded
         * by {@code quarkus.http.idle-timeout}: Vert.x's idle timer does not see a request's header bytes until the
         * headers are complete, so a connection that dribbles its headers is closed when it runs out.)
         */
        @WithDefault("120s")
        Duration body();
    }

    /**
     * Requests in flight at once per caller: the same key as the rate limit (token {@code azp} and {@code sub}, or the
     * address on public paths). A request is in flight from its arrival at the gateway to the end of its response. The
     * counts are per gateway instance.
     */
    interface InFlight {

        /**
         * Whether the cap applies.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * Most requests one caller may have in flight; the next one is refused with 429 and {@code Retry-After}.
         */
        @WithDefault("8")
        int perCaller();
    }
}
