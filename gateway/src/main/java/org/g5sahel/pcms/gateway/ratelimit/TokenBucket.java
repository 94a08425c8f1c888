package org.g5sahel.pcms.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code tokensPerSecond}; each request
 * takes one. Thread-safe. Time is passed in (monotonic nanoseconds) so that the bucket is a plain calculation.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    /**
     * A full bucket.
     *
     * @param tokensPerSecond refill rate, positive
     * @param capacity bucket size (the burst), at least 1
     * @param now the current time, in nanoseconds
     */
    public TokenBucket(double tokensPerSecond, int capacity, long now) {
        if (!(tokensPerSecond > 0) || Double.isInfinite(tokensPerSecond)) {
            throw new IllegalArgumentException("tokensPerSecond must be positive, was " + tokensPerSecond);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.tokensPerNano = tokensPerSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /**
     * Takes a token if there is one.
     *
     * @return 0 when a token was taken, else the nanoseconds until one is available
     */
    public synchronized long tryConsume(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /**
     * Whether the bucket has refilled completely: its client has been idle long enough to be forgotten.
     */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            updatedAt = now;
        }
    }
}
