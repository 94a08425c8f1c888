package org.g5sahel.pcms.gateway.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A circuit breaker for one upstream service.
 * <ul>
 * <li>{@link State#CLOSED}: calls pass; {@code failureThreshold} consecutive failures open the breaker.</li>
 * <li>{@link State#OPEN}: calls are refused at once, for {@code openDuration}.</li>
 * <li>{@link State#HALF_OPEN}: one trial call passes, the others are refused; its success closes the breaker, its
 * failure opens it again.</li>
 * </ul>
 * Every permitted call must be reported exactly once: {@link #onSuccess()}, {@link #onFailure()} or, when the outcome
 * says nothing about the service, {@link #release()}. Thread-safe.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    /**
     * The answer to {@link #tryAcquire()}.
     *
     * @param permitted whether the call may go
     * @param retryAfter when refused, how long before a call may be permitted again
     */
    public record Permit(boolean permitted, Duration retryAfter) {

        static final Permit GRANTED = new Permit(true, Duration.ZERO);

        static Permit refused(Duration retryAfter) {
            return new Permit(false, retryAfter);
        }
    }

    /** Wait announced to callers refused while a trial call is under way. */
    private static final Duration TRIAL_WAIT = Duration.ofSeconds(1);

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    /**
     * @param failureThreshold consecutive failures that open the breaker, at least 1
     * @param openDuration how long the breaker stays open before a trial call
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        if (openDuration.isNegative() || openDuration.isZero()) {
            throw new IllegalArgumentException("openDuration must be positive, was " + openDuration);
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * Asks to make a call. A permitted call must then be reported.
     */
    public synchronized Permit tryAcquire() {
        switch (state) {
            case CLOSED:
                return Permit.GRANTED;
            case OPEN:
                long remaining = openedAt + openNanos - nanoClock.getAsLong();
                if (remaining > 0) {
                    return Permit.refused(Duration.ofNanos(remaining));
                }
                state = State.HALF_OPEN;
                trialInFlight = true;
                return Permit.GRANTED;
            case HALF_OPEN:
            default:
                if (trialInFlight) {
                    return Permit.refused(TRIAL_WAIT);
                }
                trialInFlight = true;
                return Permit.GRANTED;
        }
    }

    /**
     * Reports a permitted call that the service answered.
     */
    public synchronized void onSuccess() {
        if (state == State.OPEN) {
            // A call started before the breaker opened: the breaker waits for its own trial.
            return;
        }
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    /**
     * Reports a permitted call that failed because of the service (refused, timed out, unavailable).
     */
    public synchronized void onFailure() {
        switch (state) {
            case CLOSED:
                consecutiveFailures++;
                if (consecutiveFailures >= failureThreshold) {
                    open();
                }
                break;
            case HALF_OPEN:
                open();
                break;
            case OPEN:
            default:
                break;
        }
    }

    /**
     * Reports a permitted call whose outcome says nothing about the service (the client gave up, the request was
     * refused by the gateway). Frees the trial slot of a half-open breaker.
     */
    public synchronized void release() {
        if (state == State.HALF_OPEN) {
            trialInFlight = false;
        }
    }

    public synchronized State state() {
        return state;
    }

    private void open() {
        state = State.OPEN;
        openedAt = nanoClock.getAsLong();
        trialInFlight = false;
        consecutiveFailures = 0;
    }
}
