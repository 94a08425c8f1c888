package org.g5sahel.pcms.gateway.ratelimit;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.g5sahel.pcms.gateway.config.GatewayConfig;

/**
 * Per-client rate limiting: one {@link TokenBucket} per client key (token {@code azp} and {@code sub}).
 * <p>
 * The buckets live in this gateway instance's memory: with N replicas behind a load balancer, a client may send up to
 * N times the configured rate. Keys come from verified tokens only, so the number of buckets is bounded by real
 * callers; buckets of idle callers are dropped periodically.
 */
@ApplicationScoped
public class RateLimiter {

    /**
     * The answer for one request.
     *
     * @param allowed whether the request may go on
     * @param retryAfterSeconds when refused, the whole seconds to wait (at least 1)
     */
    public record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);
    }

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final GatewayConfig.RateLimit config;
    private final List<Pattern> screeningPaths;
    private final Vertx vertx;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private long evictionTimer = -1;

    public RateLimiter(GatewayConfig config, Vertx vertx) {
        this.config = config.rateLimit();
        this.screeningPaths =
                this.config.screening().paths().stream().map(Pattern::compile).toList();
        this.vertx = vertx;
    }

    @PostConstruct
    void startEviction() {
        if (config.enabled()) {
            evictionTimer =
                    vertx.setPeriodic(Math.max(1, config.evictionInterval().toMillis()), id -> evictIdle());
            Log.infof(
                    "Rate limit: %s requests/s per client, burst %d; screening %s requests/s, burst %d (per gateway"
                            + " instance)",
                    config.requestsPerSecond(),
                    config.burst(),
                    config.screening().requestsPerSecond(),
                    config.screening().burst());
        } else {
            Log.warn("Rate limiting is disabled");
        }
    }

    @PreDestroy
    void stopEviction() {
        if (evictionTimer >= 0) {
            vertx.cancelTimer(evictionTimer);
        }
    }

    /**
     * Counts a request of {@code clientKey} to {@code path} against its limit: screening paths have an allowance of
     * their own, which the rest of the API does not use up, nor they the rest's.
     */
    public Decision check(String clientKey, String path) {
        if (!config.enabled()) {
            return Decision.ALLOWED;
        }
        long now = System.nanoTime();
        boolean screening = screeningPaths.stream()
                .anyMatch(pattern -> pattern.matcher(path).matches());
        TokenBucket bucket = screening
                ? buckets.computeIfAbsent(
                        clientKey + " screening",
                        key -> new TokenBucket(
                                config.screening().requestsPerSecond(),
                                config.screening().burst(),
                                now))
                : buckets.computeIfAbsent(
                        clientKey, key -> new TokenBucket(config.requestsPerSecond(), config.burst(), now));
        long waitNanos = bucket.tryConsume(now);
        if (waitNanos == 0) {
            return Decision.ALLOWED;
        }
        return new Decision(false, Math.max(1, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
    }

    /**
     * The number of clients currently tracked.
     */
    public int trackedClients() {
        return buckets.size();
    }

    void evictIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
}
