package org.g5sahel.pcms.gateway.ratelimit;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.g5sahel.pcms.gateway.config.GatewayConfig;

/**
 * Caps the requests one caller has in flight at once. The rate limit counts requests as they arrive; it cannot stop a
 * caller whose few requests each hold a connection for long (a body sent a byte at a time), which this cap does.
 * <p>
 * Counts live in this gateway instance's memory, keyed like the rate limit; a caller's entry is dropped when its last
 * request ends, so the map holds only callers with requests in flight.
 */
@ApplicationScoped
public class InFlightLimiter {

    /**
     * A request admitted under the cap: {@link #release()} it when the exchange is over. Releasing twice counts once.
     */
    public interface Slot {

        void release();
    }

    private static final Slot UNCOUNTED = () -> {};

    private final boolean enabled;
    private final int perCaller;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    @Inject
    public InFlightLimiter(GatewayConfig config) {
        this(config.inFlight().enabled(), config.inFlight().perCaller());
    }

    InFlightLimiter(boolean enabled, int perCaller) {
        if (perCaller < 1) {
            throw new IllegalArgumentException(
                    "pcms.gateway.in-flight.per-caller must be at least 1, was " + perCaller);
        }
        this.enabled = enabled;
        this.perCaller = perCaller;
        if (enabled) {
            Log.infof("In-flight cap: %d requests at once per caller (per gateway instance)", perCaller);
        } else {
            Log.warn("The per-caller in-flight cap is disabled");
        }
    }

    /**
     * The cap.
     */
    public int perCaller() {
        return perCaller;
    }

    /**
     * Admits a request of {@code callerKey}, or refuses it (empty) when the caller already has {@code perCaller} in
     * flight.
     */
    public Optional<Slot> tryAcquire(String callerKey) {
        if (!enabled) {
            return Optional.of(UNCOUNTED);
        }
        boolean[] admitted = {false};
        inFlight.compute(callerKey, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= perCaller) {
                return count;
            }
            admitted[0] = true;
            return current + 1;
        });
        if (!admitted[0]) {
            return Optional.empty();
        }
        AtomicBoolean released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                inFlight.computeIfPresent(callerKey, (key, count) -> count <= 1 ? null : count - 1);
            }
        });
    }

    /**
     * The requests {@code callerKey} has in flight.
     */
    public int inFlight(String callerKey) {
        return inFlight.getOrDefault(callerKey, 0);
    }
}
